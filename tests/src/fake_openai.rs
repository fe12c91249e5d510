//! A fake OpenAI-compatible chat-completions server (`POST /v1/chat/completions`), for
//! tests and for offline work (`rfp-fake-openai`). Reach it through
//! `OPENAI_BASE_URL=<url>` (the url ends in `/v1`, as Ollama's and vLLM's do).
//!
//! Replies are scripted: each request takes the next [`Reply`] of the script; when the
//! script is empty it answers [`Reply::Analyze`]: the offline extractive analysis of
//! the document in the prompt, as a call of the forced tool (or as JSON content when
//! the request asked by `response_format`), so the quotes are real. Standing rules
//! play a server's configuration: a required key (401 otherwise), the models it has
//! (404 `model_not_found` otherwise), no tool support (400, as Ollama says it), a
//! context length (400 `context_length_exceeded`). Every request is recorded.

use std::collections::VecDeque;
use std::net::SocketAddr;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use axum::Router;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::post;
use serde_json::{Value, json};
use tokio_util::sync::CancellationToken;

/// One scripted answer.
#[derive(Debug, Clone)]
pub enum Reply {
    /// The extractive analysis of the prompt's document (a tool call, or JSON content
    /// when the request has no tools).
    Analyze,
    /// A call of the forced tool with these arguments (serialised, as the API does).
    Tool(Value),
    /// Text content, `finish_reason: stop`.
    Content(String),
    /// Text content cut off: `finish_reason: length`.
    Length(String),
    /// 429 with `Retry-After` (seconds) when given.
    Throttled(Option<&'static str>),
    /// An error status with an OpenAI-shaped error body.
    Error(u16, &'static str, String),
    /// 200 with a body that is not a completion (an HTML page).
    Malformed,
    /// `Reply` after a delay.
    Slow(Duration, Box<Reply>),
}

impl Reply {
    pub fn internal() -> Self {
        Self::Error(
            500,
            "server_error",
            "The server had an error while processing your request.".into(),
        )
    }
}

/// A request as received.
#[derive(Debug, Clone)]
pub struct Recorded {
    pub body: Value,
    /// The `Authorization` header, if any.
    pub authorization: Option<String>,
    pub at: Instant,
}

impl Recorded {
    pub fn model(&self) -> &str {
        self.body["model"].as_str().unwrap_or_default()
    }

    pub fn system(&self) -> &str {
        self.body["messages"][0]["content"]
            .as_str()
            .unwrap_or_default()
    }

    /// The first user message.
    pub fn user(&self) -> &str {
        self.body["messages"]
            .as_array()
            .and_then(|m| m.iter().find(|m| m["role"] == "user"))
            .and_then(|m| m["content"].as_str())
            .unwrap_or_default()
    }
}

const MAX_RECORDED: usize = 1000;

#[derive(Default)]
struct Inner {
    script: VecDeque<Reply>,
    requests: Vec<Recorded>,
    key: Option<String>,
    models: Option<Vec<String>>,
    no_tools: bool,
    max_input_chars: Option<usize>,
}

/// The running fake.
pub struct FakeOpenAi {
    /// The API base, ending in `/v1`: what `OPENAI_BASE_URL` is set to.
    pub url: String,
    inner: Arc<Mutex<Inner>>,
    stop: CancellationToken,
}

impl FakeOpenAi {
    /// Starts on a free loopback port.
    pub async fn start() -> Self {
        Self::start_on("127.0.0.1:0".parse().unwrap()).await
    }

    pub async fn start_on(addr: SocketAddr) -> Self {
        let inner = Arc::new(Mutex::new(Inner::default()));
        let app = Router::new()
            .route("/v1/chat/completions", post(completions))
            .with_state(inner.clone());
        let (url, stop) = crate::serve_fake(addr, app).await;
        Self {
            url: format!("{url}/v1"),
            inner,
            stop,
        }
    }

    /// Appends replies to the script.
    pub fn script(&self, replies: impl IntoIterator<Item = Reply>) {
        self.inner.lock().unwrap().script.extend(replies);
    }

    /// Answers 401 unless `Authorization: Bearer <key>`.
    pub fn require_key(&self, key: &str) {
        self.inner.lock().unwrap().key = Some(key.into());
    }

    /// Answers 404 `model_not_found` for any other model.
    pub fn models(&self, models: &[&str]) {
        self.inner.lock().unwrap().models = Some(models.iter().map(|m| m.to_string()).collect());
    }

    /// Refuses requests with `tools` as Ollama does for a model without tool support.
    pub fn refuse_tools(&self) {
        self.inner.lock().unwrap().no_tools = true;
    }

    /// Refuses prompts longer than `chars` as over the context length.
    pub fn limit_input(&self, chars: usize) {
        self.inner.lock().unwrap().max_input_chars = Some(chars);
    }

    pub fn requests(&self) -> Vec<Recorded> {
        self.inner.lock().unwrap().requests.clone()
    }
}

impl Drop for FakeOpenAi {
    fn drop(&mut self) {
        self.stop.cancel();
    }
}

async fn completions(
    State(inner): State<Arc<Mutex<Inner>>>,
    headers: HeaderMap,
    body: axum::body::Bytes,
) -> Response {
    let Ok(body) = serde_json::from_slice::<Value>(&body) else {
        return error(
            400,
            "invalid_request_error",
            None,
            "We could not parse the JSON body of your request.",
        );
    };
    let authorization = headers
        .get("authorization")
        .and_then(|v| v.to_str().ok())
        .map(str::to_owned);
    let input_chars = prompt_chars(&body);
    let reply = {
        let mut inner = inner.lock().unwrap();
        if inner.requests.len() >= MAX_RECORDED {
            inner.requests.remove(0);
        }
        inner.requests.push(Recorded {
            body: body.clone(),
            authorization: authorization.clone(),
            at: Instant::now(),
        });
        let model = body["model"].as_str().unwrap_or_default();
        if let Some(key) = &inner.key
            && authorization.as_deref() != Some(&format!("Bearer {key}"))
        {
            return error(
                401,
                "invalid_request_error",
                Some("invalid_api_key"),
                "Incorrect API key provided. You can find your API key in your account settings.",
            );
        }
        if let Some(models) = &inner.models
            && !models.iter().any(|m| m == model)
        {
            return error(
                404,
                "invalid_request_error",
                Some("model_not_found"),
                &format!("The model `{model}` does not exist or you do not have access to it."),
            );
        }
        if inner.no_tools && body.get("tools").is_some() {
            return error(
                400,
                "api_error",
                None,
                &format!("registry.ollama.ai/library/{model} does not support tools"),
            );
        }
        if let Some(max) = inner.max_input_chars
            && input_chars > max
        {
            return error(
                400,
                "invalid_request_error",
                Some("context_length_exceeded"),
                &format!(
                    "This model's maximum context length is {} tokens. However, your messages resulted in {} tokens. Please reduce the length of the messages.",
                    max / 4,
                    input_chars / 4
                ),
            );
        }
        inner.script.pop_front().unwrap_or(Reply::Analyze)
    };
    answer(reply, &body, input_chars).await
}

async fn answer(mut reply: Reply, body: &Value, input_chars: usize) -> Response {
    while let Reply::Slow(delay, next) = reply {
        tokio::time::sleep(delay).await;
        reply = *next;
    }
    let tools = body.get("tools").is_some();
    let (message, finish) = match reply {
        Reply::Analyze if tools => (tool_call(&analyze(body)), "stop"),
        Reply::Analyze => (content(&analyze(body).to_string()), "stop"),
        Reply::Tool(arguments) => (tool_call(&arguments), "tool_calls"),
        Reply::Content(text) => (content(&text), "stop"),
        Reply::Length(text) => (content(&text), "length"),
        Reply::Throttled(after) => {
            let mut response = error(
                429,
                "requests",
                Some("rate_limit_exceeded"),
                "Rate limit reached for requests per min. Please try again shortly.",
            );
            if let Some(after) = after {
                response
                    .headers_mut()
                    .insert("retry-after", after.parse().unwrap());
            }
            return response;
        }
        Reply::Error(status, kind, message) => return error(status, kind, None, &message),
        Reply::Malformed => {
            return (
                StatusCode::OK,
                [("content-type", "text/html")],
                "<!doctype html><title>Welcome</title><h1>It works!</h1>",
            )
                .into_response();
        }
        Reply::Slow(..) => unreachable!("unwrapped above"),
    };
    let prompt_tokens = (input_chars / 4).max(1);
    let completion_tokens = (message.to_string().len() / 4).max(1);
    axum::Json(json!({
        "id": format!("chatcmpl-{}", uuid::Uuid::new_v4().simple()),
        "object": "chat.completion",
        "created": 1_764_547_200,
        "model": body["model"],
        "choices": [{ "index": 0, "message": message, "finish_reason": finish }],
        "usage": {
            "prompt_tokens": prompt_tokens,
            "completion_tokens": completion_tokens,
            "total_tokens": prompt_tokens + completion_tokens,
        },
    }))
    .into_response()
}

fn tool_call(arguments: &Value) -> Value {
    json!({
        "role": "assistant",
        "content": null,
        "tool_calls": [{
            "id": format!("call_{}", uuid::Uuid::new_v4().simple()),
            "type": "function",
            "function": { "name": "record_rfp_analysis", "arguments": arguments.to_string() },
        }],
    })
}

fn content(text: &str) -> Value {
    json!({ "role": "assistant", "content": text })
}

fn error(status: u16, kind: &str, code: Option<&str>, message: &str) -> Response {
    (
        StatusCode::from_u16(status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR),
        axum::Json(
            json!({ "error": { "message": message, "type": kind, "param": null, "code": code } }),
        ),
    )
        .into_response()
}

/// The characters of every message.
fn prompt_chars(body: &Value) -> usize {
    body["messages"]
        .as_array()
        .map(|m| {
            m.iter()
                .filter_map(|m| m["content"].as_str())
                .map(str::len)
                .sum()
        })
        .unwrap_or(0)
}

/// The extractive analysis of the last user message's document: between `<rfp>` tags
/// when the prompt has them, else the whole message.
fn analyze(body: &Value) -> Value {
    let user = body["messages"]
        .as_array()
        .and_then(|m| m.iter().rev().find(|m| m["role"] == "user"))
        .and_then(|m| m["content"].as_str())
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
