//! Test support for the end-to-end tests and the benchmark: documents the project
//! generates itself (a PDF writer on `lopdf`), the service started in-process on a
//! free port, and the real binaries started as processes.

pub mod fake_bedrock;
pub mod fake_openai;
pub mod fake_textract;
pub mod fixtures;
pub mod issuer;
pub mod llama;
pub mod llm;
pub mod process;
pub mod proxy;

use std::time::Duration;

use rfp_api::Application;
use rfp_shared::settings::Settings;
use serde_json::Value;
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
    /// The API's client (`rfp-client`), without a credential; see [`TestApp::as_owner`].
    pub client: rfp_client::Client,
    pub backends: rfp_shared::backends::Backends,
    shutdown: CancellationToken,
    server: Option<tokio::task::JoinHandle<std::io::Result<()>>>,
    worker: Option<tokio::task::JoinHandle<()>>,
    _dir: tempfile::TempDir,
}

/// An amendment of the sample RFP: it moves the submission deadline from 15 March to
/// 29 March 2027, 17:00 CET (the day after Brussels moves to summer time).
pub const SAMPLE_AMENDMENT: &str = "# Amendment No. 1\n\nThis amendment modifies the call as follows.\n\nThe deadline for submission of proposals is extended to 29 March 2027, 17:00 CET.\n";

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
            client: rfp_client::Client::new(base.clone()),
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
            client: rfp_client::Client::new(base.clone()),
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

    /// The service's client, for the owner of `token`.
    pub fn as_owner(&self, token: &str) -> rfp_client::Client {
        self.client.as_owner(token)
    }

    /// Creates a proposal and returns its id.
    pub async fn create_proposal(&self, title: &str) -> String {
        let p = self.client.create_proposal(title).await.unwrap();
        p["id"].as_str().unwrap().to_owned()
    }

    /// Uploads `bytes` as the proposal's document: the raw answer, for its status.
    pub async fn upload(&self, id: &str, bytes: Vec<u8>, content_type: &str) -> reqwest::Response {
        self.client
            .request(reqwest::Method::PUT, &format!("/api/proposals/{id}/rfp"))
            .header("content-type", content_type)
            .body(bytes)
            .send()
            .await
            .unwrap()
    }

    /// Asks for the analysis: the raw answer (200 with a result, 202 with a job).
    pub async fn analyze(&self, id: &str) -> reqwest::Response {
        self.client
            .request(
                reqwest::Method::POST,
                &format!("/api/proposals/{id}/analyze-rfp"),
            )
            .send()
            .await
            .unwrap()
    }

    /// Asks for a new analysis even if one is done (`{"force": true}`).
    pub async fn analyze_again(&self, id: &str) -> reqwest::Response {
        self.client
            .request(
                reqwest::Method::POST,
                &format!("/api/proposals/{id}/analyze-rfp"),
            )
            .json(&rfp_client::Analyze {
                force: true,
                ..rfp_client::Analyze::default()
            })
            .send()
            .await
            .unwrap()
    }

    /// A new proposal holding the sample RFP (`call.md`), its analysis asked for and
    /// completed: its id, and the final status.
    pub async fn analysed_sample(&self, title: &str, within: Duration) -> (String, Value) {
        let id = self.create_proposal(title).await;
        self.client
            .upload(
                &id,
                rfp_worker::SAMPLE_RFP.as_bytes().to_vec(),
                "text/markdown",
                Some("call.md"),
            )
            .await
            .unwrap();
        self.analyze(&id).await.bytes().await.unwrap();
        let status = self.wait_until_final(&id, within).await;
        assert_eq!(status["status"], "completed", "{status:#}");
        (id, status)
    }

    /// Adds [`SAMPLE_AMENDMENT`] to the proposal's package, as `amendment-1.md`.
    pub async fn add_sample_amendment(&self, id: &str) {
        self.client
            .add_document(
                id,
                SAMPLE_AMENDMENT.as_bytes().to_vec(),
                "text/markdown",
                Some("amendment-1.md"),
                "amendment",
            )
            .await
            .unwrap();
    }

    pub async fn status(&self, id: &str) -> Value {
        self.client.status(id, None, None).await.unwrap()
    }

    /// Polls until the job ends (`completed` or `failed`) and returns the status.
    pub async fn wait_until_final(&self, id: &str, within: Duration) -> Value {
        final_within(&self.client, id, within).await
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
    let client = rfp_client::Client::with_http(http.clone(), base);
    let client = match token {
        Some(token) => client.with_token(token),
        None => client,
    };
    final_within(&client, id, within).await
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
    let client = rfp_client::Client::with_http(http.clone(), base).with_owner(owner);
    final_within(&client, id, within).await
}

/// The job's final status, by long polls of `client`; fails the test past `within`.
async fn final_within(client: &rfp_client::Client, id: &str, within: Duration) -> Value {
    let status = client.wait_until_final(id, within).await.unwrap();
    assert!(
        rfp_client::is_final(&status),
        "job of {id} not final in {within:?}: {status}"
    );
    status
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
    let client = rfp_client::Client::with_http(http.clone(), base).with_owner(owner);
    let p = client.create_proposal("t").await.unwrap();
    let id = p["id"].as_str().unwrap().to_owned();
    client
        .upload(&id, document, content_type, None)
        .await
        .unwrap();
    let job = client
        .analyze(&id, &rfp_client::Analyze::default())
        .await
        .unwrap();
    assert_eq!(job.status, 202, "{}", job.body);
    (id, job.body["job_id"].as_str().unwrap().to_owned())
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
    let client = rfp_client::Client::with_http(http.clone(), base);
    let deadline = tokio::time::Instant::now() + within;
    loop {
        let s = client.status(id, None, None).await.unwrap();
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
