//! Any model behind the OpenAI chat-completions API — Ollama, vLLM, llama.cpp's
//! server, LM Studio, OpenAI itself and the gateways in front of others — as a
//! [`Chat`] for [`super::llm`], which does the rest (schema validation, the one
//! correction, retries within the job's budget, long documents in parts).
//!
//! One call is `POST {OPENAI_BASE_URL}/chat/completions` with the system prompt and
//! the conversation as messages. The answer's structure is forced by the one function
//! tool and `tool_choice: "required"` — the form llama.cpp's server, vLLM, LM Studio and
//! OpenAI all honour (llama.cpp takes a tool named in `tool_choice` for `auto`, and its
//! model may then answer in prose). A server that refuses tools, or answers a forced
//! call without one (it ignored the choice), is asked with `response_format`
//! `json_schema`, then `json_object` (`RFP_OPENAI_STRUCTURED=auto`, remembered for the
//! process once a server has refused). The schema sent is the answer's, in the words
//! the servers' grammars understand ([`wire_schema`]); the answer is still validated
//! against the schema itself. Failures are classified here, once, from the status and
//! the error body every one of these servers sends (OpenAI's, vLLM's, Ollama's and
//! llama.cpp's, whose own error types are mapped too).
//!
//! The key is sent as a bearer token marked sensitive, and is never in a log line, an
//! error, `meta` or a `Debug` print; redirects are not followed, so it cannot be
//! carried to another host.

use std::sync::atomic::{AtomicBool, AtomicU8, Ordering};
use std::time::Duration;

use async_trait::async_trait;
use reqwest::header::{AUTHORIZATION, HeaderMap, HeaderValue, RETRY_AFTER};
use serde_json::{Value, json};
use tracing::warn;

use rfp_shared::ports::ModelError;
use rfp_shared::settings::{OpenAiStructured, Settings, SettingsError};

use super::llm::{Chat, ChatReply, ChatRequest, Role, Stop, TOOL_NAME, is_too_long, preview};

/// The largest answer body read; a larger one is refused, not buffered.
const MAX_ANSWER_BYTES: usize = 32 << 20;
/// How much of an error body is kept in the job's error message.
const MAX_ERROR_CHARS: usize = 400;

/// How the structure is asked for on one call.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[repr(u8)]
pub enum Mode {
    Tools = 0,
    JsonSchema = 1,
    JsonObject = 2,
}

impl Mode {
    fn from_u8(v: u8) -> Self {
        match v {
            0 => Self::Tools,
            1 => Self::JsonSchema,
            _ => Self::JsonObject,
        }
    }

    /// The next mode to try when the server refuses this one.
    fn fallback(self) -> Option<Self> {
        match self {
            Self::Tools => Some(Self::JsonSchema),
            Self::JsonSchema => Some(Self::JsonObject),
            Self::JsonObject => None,
        }
    }

    fn name(self) -> &'static str {
        match self {
            Self::Tools => "tools",
            Self::JsonSchema => "json_schema",
            Self::JsonObject => "json_object",
        }
    }
}

/// The chat-completions API as a [`Chat`].
pub struct OpenAi {
    http: reqwest::Client,
    endpoint: reqwest::Url,
    /// `host[:port]` of the endpoint, for messages and `meta`.
    host: String,
    model: String,
    key: Option<HeaderValue>,
    max_tokens: u32,
    temperature: f32,
    top_p: Option<f32>,
    timeout: Duration,
    /// Whether the mode may change when the server refuses it.
    auto: bool,
    mode: AtomicU8,
    /// Some servers (OpenAI's reasoning models) take `max_completion_tokens` only.
    completion_tokens_field: AtomicBool,
}

impl OpenAi {
    /// The adapter the settings describe; a bad `OPENAI_BASE_URL` names itself.
    pub fn new(settings: &Settings) -> Result<Self, SettingsError> {
        let bad_url = |why: String| SettingsError::new("OPENAI_BASE_URL", why);
        let base = settings.openai_base_url.trim().trim_end_matches('/');
        let endpoint = reqwest::Url::parse(&format!("{base}/chat/completions"))
            .map_err(|e| bad_url(format!("`{base}` is not a URL: {e}")))?;
        if !matches!(endpoint.scheme(), "http" | "https") || endpoint.host_str().is_none() {
            return Err(bad_url(format!(
                "`{base}` is not an http:// or https:// address with a host"
            )));
        }
        if !endpoint.username().is_empty() || endpoint.password().is_some() {
            return Err(bad_url(
                "must not carry credentials: put the key in OPENAI_API_KEY".into(),
            ));
        }
        let host = match endpoint.port() {
            Some(port) => format!("{}:{port}", endpoint.host_str().unwrap_or_default()),
            None => endpoint.host_str().unwrap_or_default().to_owned(),
        };
        let key = match &settings.openai_api_key {
            Some(key) if !key.expose().trim().is_empty() => {
                let mut value = HeaderValue::from_str(&format!("Bearer {}", key.expose().trim()))
                    .map_err(|_| {
                    SettingsError::new(
                        "OPENAI_API_KEY",
                        "holds characters an HTTP header cannot carry",
                    )
                })?;
                // Kept out of the HTTP client's own debug output.
                value.set_sensitive(true);
                Some(value)
            }
            _ => None,
        };
        let model = settings
            .openai_model
            .clone()
            .filter(|m| !m.trim().is_empty())
            .ok_or_else(|| {
                SettingsError::new("RFP_OPENAI_MODEL", "is required when RFP_MODEL=openai")
            })?;
        let http = reqwest::Client::builder()
            .connect_timeout(Duration::from_secs(10))
            .timeout(settings.model_timeout())
            .redirect(reqwest::redirect::Policy::none())
            .user_agent(concat!("rfp-analyzer/", env!("CARGO_PKG_VERSION")))
            .build()
            .map_err(|e| bad_url(format!("cannot build the HTTP client: {e}")))?;
        let (auto, mode) = match settings.openai_structured {
            OpenAiStructured::Auto => (true, Mode::Tools),
            OpenAiStructured::Tools => (false, Mode::Tools),
            OpenAiStructured::JsonSchema => (false, Mode::JsonSchema),
            OpenAiStructured::JsonObject => (false, Mode::JsonObject),
        };
        Ok(Self {
            http,
            endpoint,
            host,
            model: model.trim().to_owned(),
            key,
            max_tokens: settings.model_max_tokens,
            temperature: settings.model_temperature,
            top_p: settings.model_top_p,
            timeout: settings.model_timeout(),
            auto,
            mode: AtomicU8::new(mode as u8),
            completion_tokens_field: AtomicBool::new(false),
        })
    }

    /// The mode calls use now.
    pub fn mode(&self) -> Mode {
        Mode::from_u8(self.mode.load(Ordering::Relaxed))
    }

    /// The request body for `request` in `mode`.
    pub fn body(&self, request: &ChatRequest, mode: Mode) -> Value {
        let mut messages = vec![json!({ "role": "system", "content": request.system })];
        for (role, text) in &request.messages {
            let role = match role {
                Role::User => "user",
                Role::Assistant => "assistant",
            };
            messages.push(json!({ "role": role, "content": text }));
        }
        let mut body = json!({
            "model": self.model,
            "messages": messages,
            "temperature": self.temperature,
            "stream": false,
        });
        let tokens_field = if self.completion_tokens_field.load(Ordering::Relaxed) {
            "max_completion_tokens"
        } else {
            "max_tokens"
        };
        body[tokens_field] = json!(self.max_tokens);
        if let Some(top_p) = self.top_p {
            body["top_p"] = json!(top_p);
        }
        let schema = wire_schema(&request.tool_schema);
        match mode {
            Mode::Tools => {
                body["tools"] = json!([{
                    "type": "function",
                    "function": {
                        "name": TOOL_NAME,
                        "description": "Record the analysis of the RFP document, with every key the output format asks for.",
                        "parameters": schema,
                    },
                }]);
                // With one tool, "required" forces that tool as naming it would, and it
                // is the form every server honours; llama.cpp ignores the named form.
                body["tool_choice"] = json!("required");
            }
            Mode::JsonSchema => {
                body["response_format"] = json!({
                    "type": "json_schema",
                    "json_schema": { "name": TOOL_NAME, "schema": schema, "strict": false },
                });
            }
            Mode::JsonObject => {
                body["response_format"] = json!({ "type": "json_object" });
            }
        }
        body
    }

    /// Asks the next calls by the way after `mode` (under `auto`), saying why.
    fn move_on(&self, mode: Mode, why: &str) {
        let Some(next) = mode.fallback() else {
            return;
        };
        // Another call may have moved on already: only forward, and say so once.
        if self
            .mode
            .compare_exchange(mode as u8, next as u8, Ordering::Relaxed, Ordering::Relaxed)
            .is_ok()
        {
            warn!(
                host = %self.host,
                refused = mode.name(),
                now = next.name(),
                why,
                "The model server does not honour this way of forcing the answer's structure; using the next one (RFP_OPENAI_STRUCTURED=auto)."
            );
        }
    }

    /// One HTTP exchange: the status, the headers and the body (bounded).
    async fn exchange(&self, body: &Value) -> Result<(u16, HeaderMap, Vec<u8>), ModelError> {
        let mut call = self.http.post(self.endpoint.clone()).json(body);
        if let Some(key) = &self.key {
            call = call.header(AUTHORIZATION, key.clone());
        }
        let send = async {
            let mut response = call.send().await.map_err(|e| self.transport(e))?;
            let status = response.status().as_u16();
            let headers = response.headers().clone();
            let mut bytes = Vec::new();
            while let Some(chunk) = response.chunk().await.map_err(|e| self.transport(e))? {
                if bytes.len() + chunk.len() > MAX_ANSWER_BYTES {
                    return Err(ModelError::OutputInvalid(format!(
                        "the answer of {} is larger than {} MiB",
                        self.host,
                        MAX_ANSWER_BYTES >> 20
                    )));
                }
                bytes.extend_from_slice(&chunk);
            }
            Ok((status, headers, bytes))
        };
        // The client's own time-out covers the body too; this one is the backstop.
        tokio::time::timeout(self.timeout + Duration::from_secs(1), send)
            .await
            .unwrap_or(Err(ModelError::Timeout))
    }

    /// A failure before a status arrived (or while the body was read).
    fn transport(&self, e: reqwest::Error) -> ModelError {
        if e.is_timeout() {
            return ModelError::Timeout;
        }
        // reqwest's errors name the URL, which holds no credential (they are refused
        // in OPENAI_BASE_URL); the source says what went wrong.
        let e = e.without_url();
        let mut why = e.to_string();
        let mut source = std::error::Error::source(&e);
        while let Some(s) = source {
            why.push_str(": ");
            why.push_str(&s.to_string());
            source = s.source();
        }
        ModelError::Unavailable(format!("cannot reach {}: {why}", self.host))
    }
}

#[async_trait]
impl Chat for OpenAi {
    async fn send(&self, request: &ChatRequest) -> Result<ChatReply, ModelError> {
        // At most one change of mode per refusal, and one of the token field.
        let mut spent = (0, 0);
        for _ in 0..4 {
            let mode = self.mode();
            let body = self.body(request, mode);
            let (status, headers, bytes) = self.exchange(&body).await?;
            if (200..300).contains(&status) {
                let (mut reply, called) = read_completion(&bytes, &self.host)?;
                reply.input_tokens += spent.0;
                reply.output_tokens += spent.1;
                let ignored = mode == Mode::Tools && !called && reply.stop != Stop::MaxTokens;
                if !(ignored && self.auto) {
                    return Ok(reply);
                }
                // The server took the forced call for a suggestion (llama.cpp with a
                // tool_choice it does not read, Ollama always): later calls ask by
                // json_schema. A JSON answer is used as it is; prose is asked again
                // now, rather than spending the one correction on the server's choice.
                self.move_on(mode, "answers a forced tool call without calling it");
                if super::answer::parse(&reply.text).is_some() {
                    return Ok(reply);
                }
                spent = (reply.input_tokens, reply.output_tokens);
                continue;
            }
            match classify(status, &headers, &bytes, &self.model, &self.host) {
                Refusal::Unsupported(Feature::MaxTokensField)
                    if !self.completion_tokens_field.swap(true, Ordering::Relaxed) =>
                {
                    warn!(
                        host = %self.host,
                        "The model server refuses max_tokens; sending max_completion_tokens instead."
                    );
                }
                Refusal::Unsupported(feature)
                    if feature.of(mode) && self.auto && mode.fallback().is_some() =>
                {
                    self.move_on(mode, "refuses it");
                }
                Refusal::Unsupported(feature) => {
                    return Err(ModelError::Invalid(format!(
                        "{} refuses {} ({status}): {}; set RFP_OPENAI_STRUCTURED to another mode, or `auto`",
                        self.host,
                        feature.describe(),
                        error_message(&bytes)
                    )));
                }
                Refusal::Error(e) => return Err(e),
            }
        }
        Err(ModelError::Invalid(format!(
            "{} refused every way of asking for a structured answer",
            self.host
        )))
    }

    fn model_id(&self) -> &str {
        &self.model
    }

    fn engine(&self) -> &'static str {
        "openai"
    }

    fn provider(&self) -> &'static str {
        "openai-compatible"
    }

    fn provider_host(&self) -> Option<String> {
        Some(self.host.clone())
    }
}

/// What a server refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Feature {
    Tools,
    ResponseFormat,
    MaxTokensField,
}

impl Feature {
    /// Whether refusing this feature refuses `mode`.
    fn of(self, mode: Mode) -> bool {
        matches!(
            (self, mode),
            (Self::Tools, Mode::Tools)
                | (Self::ResponseFormat, Mode::JsonSchema | Mode::JsonObject)
        )
    }

    fn describe(self) -> &'static str {
        match self {
            Self::Tools => "tool calls",
            Self::ResponseFormat => "this response_format",
            Self::MaxTokensField => "max_tokens",
        }
    }
}

/// A refused call: an error for the job, or a feature to do without.
#[derive(Debug)]
pub enum Refusal {
    Error(ModelError),
    Unsupported(Feature),
}

/// Sorts a non-2xx answer, from its status, `Retry-After` and error body (OpenAI's
/// `{"error": {"message", "type", "code"}}`, vLLM's flat `{"message", "type"}`,
/// Ollama's and llama.cpp's variants of either).
pub fn classify(status: u16, headers: &HeaderMap, body: &[u8], model: &str, host: &str) -> Refusal {
    let message = error_message(body);
    let code = error_code(body);
    let lower = message.to_lowercase();
    let detail = format!("{host} answered {status}: {message}");
    let error = match status {
        429 if code == "insufficient_quota"
            || (lower.contains("quota") && lower.contains("billing")) =>
        {
            ModelError::Invalid(format!(
                "{detail} (the account's quota is spent; retrying will not help)"
            ))
        }
        429 => ModelError::Throttled {
            detail,
            retry_after: retry_after(headers),
        },
        401 | 403 => ModelError::AuthFailed(format!("{detail}; check OPENAI_API_KEY")),
        // llama.cpp's router (`--models-dir`) answers 400 "model '…' not found".
        404 if code == "model_not_found" || lower.contains("model") => ModelError::NotFound(
            format!("{host} has no model `{model}` ({message}); check RFP_OPENAI_MODEL"),
        ),
        400 if names_a_missing_model(&lower) => ModelError::NotFound(format!(
            "{host} has no model `{model}` ({message}); check RFP_OPENAI_MODEL"
        )),
        404 | 405 => ModelError::Invalid(format!(
            "{detail}; is OPENAI_BASE_URL the API's base address (it usually ends in /v1)?"
        )),
        300..=399 => ModelError::Invalid(format!(
            "{host} redirected the call ({status}{}); set OPENAI_BASE_URL to the final address",
            headers
                .get(reqwest::header::LOCATION)
                .and_then(|l| l.to_str().ok())
                .map(|l| format!(" to {l}"))
                .unwrap_or_default()
        )),
        413 => ModelError::InputTooLong(detail),
        400 | 422 | 500 | 501 if refuses_tools(&lower) => {
            return Refusal::Unsupported(Feature::Tools);
        }
        400 | 422 if lower.contains("max_completion_tokens") => {
            return Refusal::Unsupported(Feature::MaxTokensField);
        }
        400 | 422 if refuses_response_format(&lower) => {
            return Refusal::Unsupported(Feature::ResponseFormat);
        }
        400 | 422
            if matches!(
                code.as_str(),
                "context_length_exceeded" | "exceed_context_size_error"
            ) || is_too_long(&lower)
                || lower.contains("context size") =>
        {
            ModelError::InputTooLong(detail)
        }
        408 | 409 | 425 | 500..=599 => ModelError::Unavailable(detail),
        _ => ModelError::Invalid(detail),
    };
    Refusal::Error(error)
}

/// Whether a 400's message says the model asked for is not there (llama.cpp's router:
/// `model 'm1' not found`, `model is not found`).
fn names_a_missing_model(m: &str) -> bool {
    m.starts_with("model ") && m.contains("not found")
}

/// The answer's schema in the words the servers' grammars take: a string that must
/// not be blank (`pattern: "\\S"`, which llama.cpp's grammar ignores as unanchored and
/// so lets the model answer `""`) is sent as `minLength: 1`. The answer is validated
/// against the schema itself, so a blank one is still corrected.
pub fn wire_schema(schema: &Value) -> Value {
    match schema {
        Value::Object(map) => {
            let mut out = serde_json::Map::with_capacity(map.len());
            let not_blank = map.get("pattern").and_then(Value::as_str) == Some("\\S");
            for (key, value) in map {
                if not_blank && key == "pattern" {
                    continue;
                }
                out.insert(key.clone(), wire_schema(value));
            }
            if not_blank {
                out.entry("minLength").or_insert(json!(1));
            }
            Value::Object(out)
        }
        Value::Array(items) => Value::Array(items.iter().map(wire_schema).collect()),
        other => other.clone(),
    }
}

/// Whether an error says the server (or this model) does not do tool calls.
fn refuses_tools(m: &str) -> bool {
    (m.contains("tool") || m.contains("function call"))
        && [
            "not support",
            "unsupported",
            "--jinja",
            "not enabled",
            "not allowed",
            "unknown",
            "unrecognized",
            "extra inputs",
            "not available",
        ]
        .iter()
        .any(|p| m.contains(p))
}

/// Whether an error says `response_format` (or its `json_schema`) is refused.
fn refuses_response_format(m: &str) -> bool {
    (m.contains("response_format") || m.contains("json_schema") || m.contains("json mode"))
        && [
            "not support",
            "unsupported",
            "invalid",
            "unknown",
            "unrecognized",
            "extra inputs",
            "not available",
            "must be",
        ]
        .iter()
        .any(|p| m.contains(p))
}

/// The server's wait: `retry-after-ms` (OpenAI), else `Retry-After` in seconds or
/// as an HTTP date. At most an hour is believed.
pub fn retry_after(headers: &HeaderMap) -> Option<Duration> {
    let text = |name: &str| {
        headers
            .get(name)
            .and_then(|v| v.to_str().ok())
            .map(str::trim)
    };
    let wait = if let Some(ms) = text("retry-after-ms").and_then(|v| v.parse::<f64>().ok()) {
        Duration::from_secs_f64(ms.max(0.0) / 1000.0)
    } else {
        let value = text(RETRY_AFTER.as_str())?;
        match value.parse::<f64>() {
            Ok(secs) if secs.is_finite() => Duration::from_secs_f64(secs.max(0.0)),
            _ => {
                let at = chrono::DateTime::parse_from_rfc2822(value).ok()?;
                (at.with_timezone(&chrono::Utc) - chrono::Utc::now())
                    .to_std()
                    .unwrap_or(Duration::ZERO)
            }
        }
    };
    (wait <= Duration::from_secs(3600)).then_some(wait)
}

/// The human message of an error body, bounded; the raw text when it is not JSON.
fn error_message(body: &[u8]) -> String {
    let parsed: Option<Value> = serde_json::from_slice(body).ok();
    let message = parsed.as_ref().and_then(|v| {
        [
            &v["error"]["message"],
            &v["message"],
            &v["error"],
            &v["detail"],
        ]
        .into_iter()
        .find_map(|m| m.as_str().map(str::to_owned))
    });
    let text = message.unwrap_or_else(|| String::from_utf8_lossy(body).trim().to_owned());
    let text = if text.is_empty() {
        "(no message)".to_owned()
    } else {
        text
    };
    preview(&text, MAX_ERROR_CHARS)
}

/// The error's `code` (or `type`), when it is a string.
fn error_code(body: &[u8]) -> String {
    let Ok(v) = serde_json::from_slice::<Value>(body) else {
        return String::new();
    };
    [
        &v["error"]["code"],
        &v["code"],
        &v["error"]["type"],
        &v["type"],
    ]
    .into_iter()
    .find_map(|c| c.as_str().map(str::to_owned))
    .unwrap_or_default()
}

/// A chat completion as a [`ChatReply`].
pub fn parse_completion(bytes: &[u8], host: &str) -> Result<ChatReply, ModelError> {
    read_completion(bytes, host).map(|(reply, _)| reply)
}

/// A chat completion as a [`ChatReply`], and whether it holds a tool call at all
/// (llama.cpp sends `content: ""` beside one, OpenAI `null`).
fn read_completion(bytes: &[u8], host: &str) -> Result<(ChatReply, bool), ModelError> {
    let not_a_completion = |why: &str| {
        ModelError::OutputInvalid(format!(
            "{host} answered with something that is not a chat completion ({why}): {}; is OPENAI_BASE_URL the API's base address (it usually ends in /v1)?",
            preview(String::from_utf8_lossy(bytes).trim(), 200)
        ))
    };
    let completion: Value =
        serde_json::from_slice(bytes).map_err(|_| not_a_completion("not JSON"))?;
    let Some(choice) = completion["choices"].as_array().and_then(|c| c.first()) else {
        return Err(not_a_completion("no choices"));
    };
    let message = &choice["message"];
    let mut text = content_text(&message["content"]);
    if text.trim().is_empty() {
        // A structured-output refusal says why in `refusal`.
        if let Some(refusal) = message["refusal"].as_str() {
            text = refusal.to_owned();
        }
    }
    let mut tool_input = None;
    let calls = message["tool_calls"]
        .as_array()
        .map(Vec::as_slice)
        .unwrap_or_default();
    // The forced tool's call; a server that names it otherwise is taken at its first.
    let call = calls
        .iter()
        .find(|c| c["function"]["name"] == TOOL_NAME)
        .or_else(|| calls.first());
    if let Some(call) = call {
        match &call["function"]["arguments"] {
            Value::String(arguments) => match serde_json::from_str::<Value>(arguments) {
                Ok(input @ Value::Object(_)) => tool_input = Some(input),
                // Not an object: read as text, so fenced or wrapped JSON still parses.
                _ => {
                    if !text.is_empty() {
                        text.push('\n');
                    }
                    text.push_str(arguments);
                }
            },
            input @ Value::Object(_) => tool_input = Some(input.clone()),
            _ => {}
        }
    }
    let stop = match choice["finish_reason"].as_str().unwrap_or("stop") {
        "stop" | "eos" | "end_turn" => Stop::EndTurn,
        "tool_calls" | "function_call" => Stop::ToolUse,
        "length" | "max_tokens" => Stop::MaxTokens,
        other => Stop::Other(other.to_owned()),
    };
    let usage = &completion["usage"];
    let reply = ChatReply {
        text,
        tool_input,
        stop,
        input_tokens: usage["prompt_tokens"].as_u64().unwrap_or(0),
        output_tokens: usage["completion_tokens"].as_u64().unwrap_or(0),
    };
    Ok((reply, call.is_some()))
}

/// A message's content: a string, or the text of its parts.
fn content_text(content: &Value) -> String {
    match content {
        Value::String(s) => s.clone(),
        Value::Array(parts) => parts
            .iter()
            .filter_map(|p| p["text"].as_str())
            .collect::<Vec<_>>()
            .join("\n"),
        _ => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn refusal(status: u16, body: Value) -> Refusal {
        classify(
            status,
            &HeaderMap::new(),
            body.to_string().as_bytes(),
            "m1",
            "h:1",
        )
    }

    fn code(status: u16, body: Value) -> &'static str {
        match refusal(status, body) {
            Refusal::Error(e) => e.code(),
            Refusal::Unsupported(_) => "unsupported",
        }
    }

    #[test]
    fn failures_are_classified_from_status_and_body() {
        let openai = |message: &str, code: &str| json!({ "error": { "message": message, "type": "invalid_request_error", "code": code } });
        assert_eq!(
            code(429, openai("Rate limit reached", "rate_limit_exceeded")),
            "model_throttled"
        );
        assert_eq!(
            code(
                429,
                openai(
                    "You exceeded your current quota, please check your plan and billing details.",
                    "insufficient_quota"
                )
            ),
            "model_request_invalid",
            "a spent quota is not retried"
        );
        assert_eq!(
            code(
                401,
                openai("Incorrect API key provided: sk-…", "invalid_api_key")
            ),
            "model_auth_failed"
        );
        assert_eq!(
            code(403, json!({ "message": "Forbidden" })),
            "model_auth_failed"
        );
        assert_eq!(
            code(
                404,
                openai(
                    "The model `m1` does not exist or you do not have access to it.",
                    "model_not_found"
                )
            ),
            "model_not_found"
        );
        // Ollama's wording.
        assert_eq!(
            code(
                404,
                json!({ "error": { "message": "model \"m1\" not found, try pulling it first", "type": "api_error" } })
            ),
            "model_not_found"
        );
        assert_eq!(
            code(404, json!("404 page not found")),
            "model_request_invalid"
        );
        assert_eq!(
            code(
                400,
                openai(
                    "This model's maximum context length is 128000 tokens. However, your messages resulted in 210000 tokens.",
                    "context_length_exceeded"
                )
            ),
            "model_input_too_long"
        );
        // vLLM's flat error.
        assert_eq!(
            code(
                400,
                json!({ "object": "error", "message": "This model's maximum context length is 8192 tokens.", "type": "BadRequestError", "code": 400 })
            ),
            "model_input_too_long"
        );
        assert_eq!(
            code(400, openai("temperature must be <= 2", "invalid_value")),
            "model_request_invalid"
        );
        for status in [500, 502, 503, 504, 408] {
            assert_eq!(
                code(status, json!({ "error": "upstream failed" })),
                "model_unavailable"
            );
        }
        assert_eq!(code(302, json!({})), "model_request_invalid");
    }

    #[test]
    fn a_refused_feature_is_recognised() {
        let unsupported = |status, message: &str| match refusal(
            status,
            json!({ "error": { "message": message } }),
        ) {
            Refusal::Unsupported(f) => Some(f),
            Refusal::Error(_) => None,
        };
        assert_eq!(
            unsupported(
                400,
                "registry.ollama.ai/library/gemma:2b does not support tools"
            ),
            Some(Feature::Tools)
        );
        assert_eq!(
            unsupported(500, "tools param requires --jinja flag"),
            Some(Feature::Tools)
        );
        assert_eq!(
            unsupported(
                400,
                "'response_format' of type 'json_schema' is not supported with this model"
            ),
            Some(Feature::ResponseFormat)
        );
        assert_eq!(
            unsupported(
                400,
                "Unsupported parameter: 'max_tokens' is not supported with this model. Use 'max_completion_tokens' instead."
            ),
            Some(Feature::MaxTokensField)
        );
        assert_eq!(unsupported(400, "temperature must be <= 2"), None);
        assert!(Feature::Tools.of(Mode::Tools) && !Feature::Tools.of(Mode::JsonSchema));
        assert!(Feature::ResponseFormat.of(Mode::JsonObject));
    }

    #[test]
    fn retry_after_is_read_in_its_three_forms() {
        let headers = |pairs: &[(&'static str, &str)]| {
            let mut h = HeaderMap::new();
            for (k, v) in pairs {
                h.insert(*k, HeaderValue::from_str(v).unwrap());
            }
            h
        };
        assert_eq!(
            retry_after(&headers(&[("retry-after", "2")])),
            Some(Duration::from_secs(2))
        );
        assert_eq!(
            retry_after(&headers(&[("retry-after", "2"), ("retry-after-ms", "250")])),
            Some(Duration::from_millis(250))
        );
        let soon = (chrono::Utc::now() + chrono::Duration::seconds(30)).to_rfc2822();
        let wait = retry_after(&headers(&[("retry-after", &soon)])).unwrap();
        assert!(
            (Duration::from_secs(28)..=Duration::from_secs(31)).contains(&wait),
            "{wait:?}"
        );
        assert_eq!(retry_after(&headers(&[("retry-after", "soon")])), None);
        assert_eq!(
            retry_after(&headers(&[("retry-after", "86400")])),
            None,
            "not believed"
        );
        assert_eq!(retry_after(&HeaderMap::new()), None);
    }

    #[test]
    fn completions_are_read_whatever_shape_the_answer_takes() {
        let tool = json!({
            "choices": [{ "message": { "role": "assistant", "content": null, "tool_calls": [
                { "id": "c1", "type": "function", "function": { "name": TOOL_NAME, "arguments": "{\"summary\": {}}" } }
            ] }, "finish_reason": "stop" }],
            "usage": { "prompt_tokens": 120, "completion_tokens": 30 }
        });
        let r = parse_completion(tool.to_string().as_bytes(), "h").unwrap();
        assert_eq!(r.tool_input, Some(json!({ "summary": {} })));
        assert_eq!((r.input_tokens, r.output_tokens), (120, 30));

        let fenced = json!({ "choices": [{ "message": { "content": "Here:\n```json\n{\"a\": 1}\n```" }, "finish_reason": "stop" }] });
        let r = parse_completion(fenced.to_string().as_bytes(), "h").unwrap();
        assert!(r.tool_input.is_none() && r.text.contains("```json"));
        assert_eq!(r.stop, Stop::EndTurn);

        let parts = json!({ "choices": [{ "message": { "content": [{ "type": "text", "text": "{}" }] }, "finish_reason": "length" }] });
        let r = parse_completion(parts.to_string().as_bytes(), "h").unwrap();
        assert_eq!((r.text.as_str(), r.stop), ("{}", Stop::MaxTokens));

        // Arguments that are not an object are read as text.
        let odd = json!({ "choices": [{ "message": { "tool_calls": [{ "function": { "name": "x", "arguments": "```json\n{\"a\": 1}\n```" } }] } }] });
        let r = parse_completion(odd.to_string().as_bytes(), "h").unwrap();
        assert!(r.tool_input.is_none() && r.text.contains("{\"a\": 1}"));

        for bad in [
            &b"<html>Welcome</html>"[..],
            b"{\"choices\": []}",
            b"{\"object\": \"list\", \"data\": []}",
        ] {
            let e = parse_completion(bad, "h").unwrap_err();
            assert_eq!(e.code(), "model_output_invalid", "{e}");
            assert!(e.to_string().contains("OPENAI_BASE_URL"), "{e}");
        }
    }

    #[test]
    fn llama_cpp_servers_error_bodies_are_classified() {
        let llama = |code: u16, message: &str, kind: &str| json!({ "error": { "code": code, "message": message, "type": kind } });
        let mut too_long = llama(
            400,
            "request (20480 tokens) exceeds the available context size (16384 tokens), try increasing it",
            "exceed_context_size_error",
        );
        too_long["error"]["n_prompt_tokens"] = json!(20480);
        too_long["error"]["n_ctx"] = json!(16384);
        assert_eq!(code(400, too_long), "model_input_too_long");
        assert_eq!(
            code(
                400,
                llama(
                    400,
                    "input (9000 tokens) is larger than the max context size (8192 tokens). skipping",
                    "exceed_context_size_error"
                )
            ),
            "model_input_too_long"
        );
        // The router (`--models-dir`) names the model it does not have, with a 400.
        match refusal(
            400,
            llama(400, "model 'm1' not found", "invalid_request_error"),
        ) {
            Refusal::Error(e) => {
                assert_eq!(e.code(), "model_not_found");
                assert!(e.to_string().contains("RFP_OPENAI_MODEL"), "{e}");
            }
            Refusal::Unsupported(f) => panic!("{f:?}"),
        }
        assert_eq!(
            code(
                400,
                llama(400, "model is not found", "invalid_request_error")
            ),
            "model_not_found"
        );
        assert_eq!(
            code(401, llama(401, "Invalid API Key", "authentication_error")),
            "model_auth_failed"
        );
        assert_eq!(
            code(
                400,
                llama(
                    400,
                    "the model's template does not support this",
                    "invalid_request_error"
                )
            ),
            "model_request_invalid",
            "a 400 about a model is not a missing model"
        );
    }

    #[test]
    fn a_tool_call_beside_empty_content_is_read_as_the_call() {
        // llama.cpp's shape: `content: ""`, a random id, `finish_reason: tool_calls`.
        let llama = json!({
            "choices": [{ "index": 0, "finish_reason": "tool_calls", "message": {
                "role": "assistant", "content": "",
                "tool_calls": [{ "type": "function", "id": "Xq3ZlQpH2n8vT4aK9mB1cD6eF0gJ5rLs",
                    "function": { "name": TOOL_NAME, "arguments": "{\"summary\":{}}" } }] } }],
            "usage": { "completion_tokens": 7, "prompt_tokens": 900, "total_tokens": 907,
                "prompt_tokens_details": { "cached_tokens": 0 } },
            "timings": { "prompt_n": 900 }
        });
        let (r, called) = read_completion(llama.to_string().as_bytes(), "h").unwrap();
        assert!(called);
        assert_eq!(r.tool_input, Some(json!({ "summary": {} })));
        assert_eq!((r.text.as_str(), r.stop), ("", Stop::ToolUse));
        assert_eq!((r.input_tokens, r.output_tokens), (900, 7));
        let prose =
            json!({ "choices": [{ "message": { "content": "" }, "finish_reason": "stop" }] });
        let (_, called) = read_completion(prose.to_string().as_bytes(), "h").unwrap();
        assert!(!called);
    }

    #[test]
    fn the_structure_is_forced_in_a_form_the_servers_grammars_take() {
        let schema = json!({
            "type": "object",
            "required": ["q"],
            "properties": {
                "q": { "type": "string", "pattern": "\\S" },
                "r": { "type": "array", "items": { "type": "string", "pattern": "\\S", "minLength": 3 } },
                "code": { "type": "string", "pattern": "^[A-Z]{3}$" }
            }
        });
        let wire = wire_schema(&schema);
        assert_eq!(
            wire["properties"]["q"],
            json!({ "type": "string", "minLength": 1 })
        );
        assert_eq!(
            wire["properties"]["r"]["items"],
            json!({ "type": "string", "minLength": 3 })
        );
        assert_eq!(
            wire["properties"]["code"]["pattern"], "^[A-Z]{3}$",
            "an anchored pattern is kept"
        );
        // The default schema's only pattern is the semantic query's.
        let default = wire_schema(&super::super::schema::DEFAULT);
        assert!(!default.to_string().contains("pattern"), "{default}");

        let settings = rfp_shared::settings::Settings::from_sources(
            None,
            [
                ("RFP_MODEL".to_owned(), "openai".to_owned()),
                ("RFP_OPENAI_MODEL".to_owned(), "m1".to_owned()),
            ],
        )
        .unwrap();
        let adapter = OpenAi::new(&settings).unwrap();
        let request = ChatRequest {
            system: "s".into(),
            messages: vec![(Role::User, "u".into())],
            tool_schema: std::sync::Arc::new(schema),
        };
        let body = adapter.body(&request, Mode::Tools);
        assert_eq!(body["tool_choice"], "required", "{body}");
        assert_eq!(body["tools"].as_array().map(Vec::len), Some(1));
        assert_eq!(body["tools"][0]["function"]["name"], TOOL_NAME);
        assert_eq!(body["tools"][0]["function"]["parameters"], wire);
        let body = adapter.body(&request, Mode::JsonSchema);
        assert_eq!(body["response_format"]["json_schema"]["schema"], wire);
        assert!(body.get("tool_choice").is_none());
    }

    #[test]
    fn error_messages_are_bounded() {
        let long = "x".repeat(10_000);
        let m = error_message(long.as_bytes());
        assert!(m.chars().count() <= MAX_ERROR_CHARS + 1);
        assert_eq!(error_message(b""), "(no message)");
    }
}
