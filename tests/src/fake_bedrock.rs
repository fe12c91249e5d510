//! A fake Amazon Bedrock Runtime that speaks the Converse wire format, for tests and
//! for offline work (`rfp-fake-bedrock`). Reach it through
//! `AWS_ENDPOINT_URL_BEDROCK_RUNTIME`.
//!
//! Replies are scripted: each request takes the next [`Reply`] of the script; when the
//! script is empty it answers [`Reply::Analyze`], a tool call whose input is the offline
//! extractive analysis of the document in the prompt, so the quotes are real. Every
//! request is recorded for assertions.

use std::collections::VecDeque;
use std::net::SocketAddr;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use axum::Router;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::post;
use serde_json::{Value, json};
use tokio_util::sync::CancellationToken;

/// One scripted answer.
#[derive(Debug, Clone)]
pub enum Reply {
    /// A `toolUse` block with this input, stop reason `tool_use`.
    Tool(Value),
    /// As `Tool`, under another tool name than the one asked for.
    ToolNamed(&'static str, Value),
    /// A text answer, stop reason `end_turn`.
    Text(String),
    /// A text answer cut off: stop reason `max_tokens`.
    MaxTokens(String),
    /// An error: HTTP status, `x-amzn-ErrorType`, message.
    Error(u16, &'static str, String),
    /// `Reply` after a delay (past the client's time-out, it is never seen).
    Slow(Duration, Box<Reply>),
    /// The extractive analysis of the prompt's document, as a tool call.
    Analyze,
}

impl Reply {
    pub fn throttled() -> Self {
        Self::Error(
            429,
            "ThrottlingException",
            "Too many requests, please wait before trying again.".into(),
        )
    }

    pub fn internal() -> Self {
        Self::Error(
            500,
            "InternalServerException",
            "The server encountered an internal error.".into(),
        )
    }

    pub fn too_long() -> Self {
        Self::Error(
            400,
            "ValidationException",
            "Input is too long for requested model.".into(),
        )
    }
}

/// A request as received.
#[derive(Debug, Clone)]
pub struct Recorded {
    /// Percent-decoded.
    pub model_id: String,
    pub body: Value,
}

impl Recorded {
    pub fn system(&self) -> &str {
        self.body["system"][0]["text"].as_str().unwrap_or_default()
    }

    /// The text of the first user message.
    pub fn user(&self) -> &str {
        self.body["messages"][0]["content"][0]["text"]
            .as_str()
            .unwrap_or_default()
    }
}

/// Requests kept for assertions.
const MAX_RECORDED: usize = 1000;

#[derive(Default)]
struct Inner {
    script: VecDeque<Reply>,
    requests: Vec<Recorded>,
    /// Largest prompt (system + messages, in characters) answered; longer → too long.
    max_input_chars: Option<usize>,
}

/// The running fake.
pub struct FakeBedrock {
    pub url: String,
    inner: Arc<Mutex<Inner>>,
    stop: CancellationToken,
}

impl FakeBedrock {
    /// Starts on a free loopback port.
    pub async fn start() -> Self {
        Self::start_on("127.0.0.1:0".parse().unwrap()).await
    }

    pub async fn start_on(addr: SocketAddr) -> Self {
        let inner = Arc::new(Mutex::new(Inner::default()));
        let app = Router::new()
            .route("/model/{model_id}/converse", post(converse))
            .with_state(inner.clone());
        let (url, stop) = crate::serve_fake(addr, app).await;
        Self { url, inner, stop }
    }

    /// Appends replies to the script.
    pub fn script(&self, replies: impl IntoIterator<Item = Reply>) {
        self.inner.lock().unwrap().script.extend(replies);
    }

    /// Answers prompts longer than `chars` with a too-long ValidationException, as a
    /// model with a small context would.
    pub fn limit_input(&self, chars: usize) {
        self.inner.lock().unwrap().max_input_chars = Some(chars);
    }

    /// An AWS configuration that sends Bedrock calls here (what
    /// `AWS_ENDPOINT_URL_BEDROCK_RUNTIME` does for a process).
    pub async fn sdk_config(&self) -> aws_types::SdkConfig {
        crate::fake_sdk_config(&self.url, "fake-bedrock").await
    }

    pub fn requests(&self) -> Vec<Recorded> {
        self.inner.lock().unwrap().requests.clone()
    }
}

impl Drop for FakeBedrock {
    fn drop(&mut self) {
        self.stop.cancel();
    }
}

async fn converse(
    State(inner): State<Arc<Mutex<Inner>>>,
    Path(model_id): Path<String>,
    _headers: HeaderMap,
    body: axum::body::Bytes,
) -> Response {
    let Ok(body) = serde_json::from_slice::<Value>(&body) else {
        return error(400, "ValidationException", "Malformed request body.");
    };
    let input_chars = prompt_chars(&body);
    let reply = {
        let mut inner = inner.lock().unwrap();
        if inner.requests.len() >= MAX_RECORDED {
            // A long-running fake keeps the latest requests only.
            inner.requests.remove(0);
        }
        inner.requests.push(Recorded {
            model_id: model_id.clone(),
            body: body.clone(),
        });
        if inner.max_input_chars.is_some_and(|max| input_chars > max) {
            Reply::too_long()
        } else {
            inner.script.pop_front().unwrap_or(Reply::Analyze)
        }
    };
    answer(reply, &body, input_chars).await
}

async fn answer(mut reply: Reply, body: &Value, input_chars: usize) -> Response {
    while let Reply::Slow(delay, next) = reply {
        tokio::time::sleep(delay).await;
        reply = *next;
    }
    let input_tokens = (input_chars / 4).max(1);
    let content_and_stop = match reply {
        Reply::Tool(input) => Ok((tool_use(input), "tool_use")),
        Reply::ToolNamed(name, input) => {
            let mut block = tool_use(input);
            block[0]["toolUse"]["name"] = json!(name);
            Ok((block, "tool_use"))
        }
        Reply::Analyze => Ok((tool_use(analyze(body)), "tool_use")),
        Reply::Text(text) => Ok((json!([{ "text": text }]), "end_turn")),
        Reply::MaxTokens(text) => Ok((json!([{ "text": text }]), "max_tokens")),
        Reply::Error(status, kind, message) => Err(error(status, kind, &message)),
        Reply::Slow(..) => unreachable!("unwrapped above"),
    };
    match content_and_stop {
        Err(response) => response,
        Ok((content, stop)) => {
            let output_tokens = (content.to_string().len() / 4).max(1);
            axum::Json(json!({
                "output": { "message": { "role": "assistant", "content": content } },
                "stopReason": stop,
                "usage": {
                    "inputTokens": input_tokens,
                    "outputTokens": output_tokens,
                    "totalTokens": input_tokens + output_tokens,
                },
                "metrics": { "latencyMs": 5 },
            }))
            .into_response()
        }
    }
}

fn tool_use(input: Value) -> Value {
    json!([{ "toolUse": {
        "toolUseId": format!("tooluse_{}", uuid::Uuid::new_v4().simple()),
        "name": "record_rfp_analysis",
        "input": input,
    } }])
}

fn error(status: u16, kind: &str, message: &str) -> Response {
    (
        StatusCode::from_u16(status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR),
        [
            ("x-amzn-ErrorType", kind.to_owned()),
            ("content-type", "application/json".to_owned()),
        ],
        json!({ "message": message }).to_string(),
    )
        .into_response()
}

/// The characters of the system prompt and every message.
fn prompt_chars(body: &Value) -> usize {
    let texts = |v: &Value| -> usize {
        v.as_array()
            .map(|blocks| {
                blocks
                    .iter()
                    .filter_map(|b| b["text"].as_str())
                    .map(str::len)
                    .sum()
            })
            .unwrap_or(0)
    };
    texts(&body["system"])
        + body["messages"]
            .as_array()
            .map(|m| m.iter().map(|m| texts(&m["content"])).sum())
            .unwrap_or(0)
}

/// The extractive analysis of the text of the last user message: between `<rfp>`
/// tags when the prompt has them, else the whole message.
fn analyze(body: &Value) -> Value {
    let user = body["messages"]
        .as_array()
        .and_then(|m| m.iter().rev().find(|m| m["role"] == "user"))
        .and_then(|m| m["content"][0]["text"].as_str())
        .unwrap_or_default();
    let text = match (user.find("<rfp>"), user.rfind("</rfp>")) {
        (Some(a), Some(b)) if a < b => &user[a + 5..b],
        _ => user,
    };
    let mut analysis = rfp_worker::model::extractive::analyze(text);
    if let Some(o) = analysis.as_object_mut() {
        o.remove("engine");
    }
    analysis
}
