//! Test support for the end-to-end tests and the benchmark: documents the project
//! generates itself (a PDF writer on `lopdf`), the service started in-process on a
//! free port, and the real binaries started as processes.

pub mod fake_bedrock;
pub mod fake_openai;
pub mod fake_textract;
pub mod fixtures;
pub mod issuer;
pub mod llm;
pub mod process;
pub mod proxy;

use std::time::Duration;

use rfp_api::Application;
use rfp_shared::settings::Settings;
use serde_json::{Value, json};
use tokio_util::sync::CancellationToken;

/// Hex SHA-256 of `bytes` (document keys are made of it).
pub fn sha256_hex(bytes: &[u8]) -> String {
    use sha2::Digest;
    hex::encode(sha2::Sha256::digest(bytes))
}

/// Settings for a test: the defaults, a fresh data directory, a free loopback port,
/// plus `overrides` as environment variables would give them.
pub fn test_settings(data_dir: &std::path::Path, overrides: &[(&str, &str)]) -> Settings {
    let mut env: Vec<(String, String)> = vec![
        ("RFP_DATA_DIR".into(), data_dir.display().to_string()),
        ("RFP_LISTEN_ADDR".into(), "127.0.0.1:0".into()),
        ("RFP_POLL_INTERVAL_MS".into(), "20".into()),
    ];
    env.extend(
        overrides
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string())),
    );
    Settings::from_sources(None, env).expect("test settings are valid")
}

/// Serves `app` on `addr` (port 0: a free one) until the token is cancelled; returns
/// its `http://` URL and that token.
pub async fn serve_fake(
    addr: std::net::SocketAddr,
    app: axum::Router,
) -> (String, CancellationToken) {
    let listener = tokio::net::TcpListener::bind(addr).await.unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    let stop = CancellationToken::new();
    tokio::spawn(
        axum::serve(listener, app)
            .with_graceful_shutdown(stop.clone().cancelled_owned())
            .into_future(),
    );
    (url, stop)
}

/// An AWS configuration that sends every service's calls to the fake at `url`, with
/// test credentials (what `AWS_ENDPOINT_URL_…` does for a process).
pub async fn fake_sdk_config(url: &str, name: &'static str) -> aws_types::SdkConfig {
    aws_config::defaults(aws_config::BehaviorVersion::latest())
        .endpoint_url(url)
        .region(aws_types::region::Region::new("us-east-1"))
        .credentials_provider(aws_credential_types::Credentials::new(
            "test", "test", None, None, name,
        ))
        .load()
        .await
}

/// The service running in this process, and a client for it.
pub struct TestApp {
    pub base: String,
    pub http: reqwest::Client,
    pub backends: rfp_shared::backends::Backends,
    shutdown: CancellationToken,
    server: Option<tokio::task::JoinHandle<std::io::Result<()>>>,
    worker: Option<tokio::task::JoinHandle<()>>,
    _dir: tempfile::TempDir,
}

/// Where a test's service keeps its data.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TestBackend {
    /// SQLite and a directory; the worker runs inside the API.
    Embedded,
    /// The emulator at this URL (DynamoDB, SQS, S3); the worker runs beside the API.
    Aws(String),
}

impl TestBackend {
    /// Both backends, the AWS one only when `.ci/run` (or the developer) started an
    /// emulator; `test` names the caller in the skip notice.
    pub fn all(test: &str) -> Vec<Self> {
        let mut all = vec![Self::Embedded];
        all.extend(rfp_shared::aws::emulator::url(test).map(Self::Aws));
        all
    }
}

impl TestApp {
    pub async fn spawn(overrides: &[(&str, &str)]) -> Self {
        rfp_shared::telemetry::init_for_tests();
        let dir = tempfile::tempdir().unwrap();
        let app = Application::build(test_settings(dir.path(), overrides))
            .await
            .unwrap();
        let base = format!("http://{}", app.local_addr());
        let backends = app.backends().clone();
        let shutdown = CancellationToken::new();
        let server = tokio::spawn(app.run_until_stopped(shutdown.clone()));
        Self {
            base,
            http: reqwest::Client::new(),
            backends,
            shutdown,
            server: Some(server),
            worker: None,
            _dir: dir,
        }
    }

    /// The service on `backend` with the worker's model made by `model` from the
    /// settings: API → queue → worker → model → store, all real but the model's server.
    pub async fn spawn_with_model(
        backend: &TestBackend,
        overrides: &[(&str, &str)],
        model: impl FnOnce(&Settings) -> std::sync::Arc<dyn rfp_shared::ports::Model>,
    ) -> Self {
        rfp_shared::telemetry::init_for_tests();
        let dir = tempfile::tempdir().unwrap();
        let shutdown = CancellationToken::new();
        let (app, worker) = match backend {
            TestBackend::Embedded => {
                let settings = test_settings(dir.path(), overrides);
                let backends = rfp_shared::backends::connect(&settings).await.unwrap();
                let model = model(&settings);
                let app = Application::with_parts(settings, backends, Some(model))
                    .await
                    .unwrap();
                (app, None)
            }
            TestBackend::Aws(url) => {
                return Self::spawn_on_aws(url, overrides, model, |w, _| w).await;
            }
        };
        Self::serving(app, worker, shutdown, dir)
    }

    /// The service on the emulator at `url`, its worker beside it, made by `model` and
    /// then `worker` from the settings (a test adds OCR there, for instance).
    pub async fn spawn_on_aws(
        url: &str,
        overrides: &[(&str, &str)],
        model: impl FnOnce(&Settings) -> std::sync::Arc<dyn rfp_shared::ports::Model>,
        worker: impl FnOnce(rfp_worker::Worker, &Settings) -> rfp_worker::Worker,
    ) -> Self {
        rfp_shared::telemetry::init_for_tests();
        let dir = tempfile::tempdir().unwrap();
        let shutdown = CancellationToken::new();
        let mut overrides = overrides.to_vec();
        overrides.push(("RFP_LISTEN_ADDR", "127.0.0.1:0"));
        let f = rfp_shared::aws::emulator::fixture(url, &overrides).await;
        let model = model(&f.settings);
        let w = rfp_worker::Worker::with_parts(&f.settings, &f.backends, model)
            .await
            .unwrap();
        let w = worker(w, &f.settings);
        let w = tokio::spawn(w.run_until_stopped(shutdown.clone()));
        let app = Application::with_parts(f.settings, f.backends, None)
            .await
            .unwrap();
        Self::serving(app, Some(w), shutdown, dir)
    }

    fn serving(
        app: Application,
        worker: Option<tokio::task::JoinHandle<()>>,
        shutdown: CancellationToken,
        dir: tempfile::TempDir,
    ) -> Self {
        let base = format!("http://{}", app.local_addr());
        let backends = app.backends().clone();
        let server = tokio::spawn(app.run_until_stopped(shutdown.clone()));
        Self {
            base,
            http: reqwest::Client::new(),
            backends,
            shutdown,
            server: Some(server),
            worker,
            _dir: dir,
        }
    }

    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base)
    }

    /// Creates a proposal and returns its id.
    pub async fn create_proposal(&self, title: &str) -> String {
        let r = self
            .http
            .post(self.url("/api/proposals"))
            .json(&json!({ "title": title }))
            .send()
            .await
            .unwrap();
        assert_eq!(r.status(), 201);
        r.json::<Value>().await.unwrap()["id"]
            .as_str()
            .unwrap()
            .to_owned()
    }

    pub async fn upload(&self, id: &str, bytes: Vec<u8>, content_type: &str) -> reqwest::Response {
        self.http
            .put(self.url(&format!("/api/proposals/{id}/rfp")))
            .header("content-type", content_type)
            .body(bytes)
            .send()
            .await
            .unwrap()
    }

    pub async fn analyze(&self, id: &str) -> reqwest::Response {
        self.http
            .post(self.url(&format!("/api/proposals/{id}/analyze-rfp")))
            .send()
            .await
            .unwrap()
    }

    /// Asks for a new analysis even if one is done (`{"force": true}`).
    pub async fn analyze_again(&self, id: &str) -> reqwest::Response {
        self.http
            .post(self.url(&format!("/api/proposals/{id}/analyze-rfp")))
            .json(&serde_json::json!({ "force": true }))
            .send()
            .await
            .unwrap()
    }

    pub async fn status(&self, id: &str) -> Value {
        let r = self
            .http
            .get(self.url(&format!("/api/proposals/{id}/analysis-status")))
            .send()
            .await
            .unwrap();
        assert_eq!(r.status(), 200);
        r.json().await.unwrap()
    }

    /// Polls until the job ends (`completed` or `failed`) and returns the status.
    pub async fn wait_until_final(&self, id: &str, within: Duration) -> Value {
        wait_until_final(&self.http, &self.base, id, within).await
    }

    pub async fn stop(mut self) {
        self.shutdown.cancel();
        if let Some(server) = self.server.take() {
            server.await.unwrap().unwrap();
        }
        if let Some(worker) = self.worker.take() {
            worker.await.unwrap();
        }
    }
}

/// Follows a job's status with long polls until it is `completed` or `failed`.
pub async fn wait_until_final(
    http: &reqwest::Client,
    base: &str,
    id: &str,
    within: Duration,
) -> Value {
    wait_until_final_with(http, base, id, None, within).await
}

/// As [`wait_until_final`], as the owner of `token` when there is one.
pub async fn wait_until_final_with(
    http: &reqwest::Client,
    base: &str,
    id: &str,
    token: Option<&str>,
    within: Duration,
) -> Value {
    follow(http, base, id, within, |r| match token {
        Some(token) => r.bearer_auth(token),
        None => r,
    })
    .await
}

/// As [`wait_until_final`], as `owner` (`x-rfp-owner`, on a service without
/// authentication).
pub async fn wait_until_final_as(
    http: &reqwest::Client,
    base: &str,
    id: &str,
    owner: &str,
    within: Duration,
) -> Value {
    follow(http, base, id, within, |r| r.header("x-rfp-owner", owner)).await
}

async fn follow(
    http: &reqwest::Client,
    base: &str,
    id: &str,
    within: Duration,
    caller: impl Fn(reqwest::RequestBuilder) -> reqwest::RequestBuilder,
) -> Value {
    let deadline = tokio::time::Instant::now() + within;
    loop {
        let request = http.get(format!("{base}/api/proposals/{id}/analysis-status?wait=2"));
        let r = caller(request).send().await.unwrap();
        assert_eq!(r.status(), 200);
        let status: Value = r.json().await.unwrap();
        if matches!(status["status"].as_str(), Some("completed" | "failed")) {
            return status;
        }
        assert!(
            tokio::time::Instant::now() < deadline,
            "job of {id} not final in {within:?}: {status}"
        );
    }
}

/// Creates a proposal, uploads `document` and asks for its analysis; returns the
/// proposal id and the job id.
pub async fn submit(
    http: &reqwest::Client,
    base: &str,
    document: &[u8],
    content_type: &str,
) -> (String, String) {
    submit_as(http, base, "local", document.to_vec(), content_type).await
}

/// As [`submit`], as `owner` (`x-rfp-owner`, on a service without authentication).
pub async fn submit_as(
    http: &reqwest::Client,
    base: &str,
    owner: &str,
    document: Vec<u8>,
    content_type: &str,
) -> (String, String) {
    let p: Value = http
        .post(format!("{base}/api/proposals"))
        .header("x-rfp-owner", owner)
        .json(&json!({ "title": "t" }))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let id = p["id"].as_str().unwrap().to_owned();
    let r = http
        .put(format!("{base}/api/proposals/{id}/rfp"))
        .header("x-rfp-owner", owner)
        .header("content-type", content_type)
        .body(document)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 201, "{}", r.text().await.unwrap());
    let r = http
        .post(format!("{base}/api/proposals/{id}/analyze-rfp"))
        .header("x-rfp-owner", owner)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 202);
    let job: Value = r.json().await.unwrap();
    (id, job["job_id"].as_str().unwrap().to_owned())
}

/// Polls until the job of `id` is in `stage`; `context` explains a time-out (a log).
pub async fn wait_for_stage(
    http: &reqwest::Client,
    base: &str,
    id: &str,
    stage: &str,
    within: Duration,
    context: impl Fn() -> String,
) {
    let deadline = tokio::time::Instant::now() + within;
    loop {
        let s: Value = http
            .get(format!("{base}/api/proposals/{id}/analysis-status"))
            .send()
            .await
            .unwrap()
            .json()
            .await
            .unwrap();
        if s["stage"] == stage {
            return;
        }
        assert!(
            tokio::time::Instant::now() < deadline,
            "never reached {stage}: {s}\n{}",
            context()
        );
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
}
