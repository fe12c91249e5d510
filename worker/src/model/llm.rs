//! An analysis by a large language model, over any chat API (Bedrock's Converse is
//! the one in [`super::bedrock`]): structured output through a forced tool, text
//! answers parsed robustly, one bounded correction when an answer is unusable,
//! retries with jittered exponential back-off within a per-job budget, and long
//! documents analysed in parts that a final call merges — never truncated.

use std::sync::Arc;
use std::sync::atomic::{AtomicU32, Ordering};
use std::time::Duration;

use async_trait::async_trait;
use backon::Retryable;
use futures::{StreamExt, TryStreamExt};
use serde_json::Value;
use tracing::{info, warn};

use rfp_shared::ports::{Chunking, Model, ModelAnswer, ModelError, ModelRequest};

use rfp_shared::backoff::Backoff;

use super::{answer, schema};

/// The tool the model is made to call; its input is the analysis.
pub const TOOL_NAME: &str = "record_rfp_analysis";

/// Who says a message.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    User,
    Assistant,
}

/// One call: the system prompt, the conversation, and the tool whose input schema the
/// answer must meet.
#[derive(Debug, Clone)]
pub struct ChatRequest {
    pub system: String,
    pub messages: Vec<(Role, String)>,
    pub tool_schema: Arc<Value>,
}

/// Why the model stopped.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Stop {
    EndTurn,
    ToolUse,
    MaxTokens,
    Other(String),
}

/// One answer.
#[derive(Debug, Clone)]
pub struct ChatReply {
    /// The text blocks, joined.
    pub text: String,
    /// The input of the tool call, if the model made one.
    pub tool_input: Option<Value>,
    pub stop: Stop,
    pub input_tokens: u64,
    pub output_tokens: u64,
}

/// A chat API: one attempt per call; retries are this module's business.
#[async_trait]
pub trait Chat: Send + Sync + 'static {
    async fn send(&self, request: &ChatRequest) -> Result<ChatReply, ModelError>;
    fn model_id(&self) -> &str;
    /// `bedrock`, `openai`, …, recorded as the result's engine.
    fn engine(&self) -> &'static str;
    /// Who serves the model (`aws-bedrock`, `openai-compatible`), for `meta.provider`.
    fn provider(&self) -> &'static str;
    /// The server's host and port, for `meta.provider_host`; never a credential.
    fn provider_host(&self) -> Option<String> {
        None
    }
}

/// How the model is driven, from the settings.
#[derive(Debug, Clone)]
pub struct LlmConfig {
    /// Retries (not calls) one job may spend on throttling, 5xx and time-outs.
    pub retry_budget: u32,
    pub retry_base: Duration,
    pub retry_max: Duration,
    /// The largest prompt, in characters, sent in one call.
    pub input_budget_chars: usize,
    pub parallel_parts: usize,
}

impl LlmConfig {
    pub fn from_settings(s: &rfp_shared::settings::Settings) -> Self {
        Self {
            retry_budget: s.model_retry_budget,
            retry_base: s.model_retry_base(),
            retry_max: Duration::from_secs(30),
            input_budget_chars: s.model_input_budget_chars,
            parallel_parts: s.model_parallel_parts,
        }
    }
}

/// The [`Model`] over a [`Chat`].
pub struct LlmModel<C> {
    chat: C,
    config: LlmConfig,
}

impl<C: Chat> LlmModel<C> {
    pub fn new(chat: C, config: LlmConfig) -> Self {
        Self { chat, config }
    }
}

/// The state of one job's analysis: its retry budget and what its calls cost.
struct Job {
    retries_left: AtomicU32,
    input_tokens: std::sync::atomic::AtomicU64,
    output_tokens: std::sync::atomic::AtomicU64,
    calls: AtomicU32,
    attempts: AtomicU32,
    latency_us: std::sync::atomic::AtomicU64,
}

/// Why an answer cannot be used.
enum Unusable {
    NoJson,
    Invalid(String),
    Truncated,
}

impl Unusable {
    fn describe(&self) -> String {
        match self {
            Self::NoJson => "the answer holds no JSON object".into(),
            Self::Invalid(why) => format!("the answer does not meet the schema: {why}"),
            Self::Truncated => "the answer was cut off at the output token limit".into(),
        }
    }

    fn into_error(self) -> ModelError {
        match self {
            Self::Truncated => ModelError::OutputTruncated(
                "even a corrected answer did not fit; raise RFP_MODEL_MAX_TOKENS".into(),
            ),
            other => ModelError::OutputInvalid(other.describe()),
        }
    }
}

#[async_trait]
impl<C: Chat> Model for LlmModel<C> {
    async fn analyze(&self, request: ModelRequest) -> Result<ModelAnswer, ModelError> {
        let job = Job {
            retries_left: AtomicU32::new(self.config.retry_budget),
            input_tokens: 0.into(),
            output_tokens: 0.into(),
            calls: 0.into(),
            attempts: 0.into(),
            latency_us: 0.into(),
        };
        let mut budget = self.config.input_budget_chars;
        let mut rounds = 0;
        let (analysis, chunking) = loop {
            match self.analyze_within(&request, &job, budget).await {
                Err(ModelError::InputTooLong(why)) if rounds < 3 => {
                    // The model's own limit is below the configured budget: split finer.
                    rounds += 1;
                    let size = prompt_overhead(&request) + text_len(&request.pages);
                    budget = budget.min(size) / 2;
                    warn!(reason = %why, budget_chars = budget, "The model refused the input as too long; splitting it into smaller parts.");
                }
                other => break other?,
            }
        };
        Ok(ModelAnswer {
            analysis,
            engine: self.chat.engine(),
            model_id: self.chat.model_id().to_owned(),
            provider: self.chat.provider(),
            provider_host: self.chat.provider_host(),
            input_tokens: job.input_tokens.load(Ordering::Relaxed),
            output_tokens: job.output_tokens.load(Ordering::Relaxed),
            calls: job.calls.load(Ordering::Relaxed),
            attempts: job.attempts.load(Ordering::Relaxed),
            latency_ms: job.latency_us.load(Ordering::Relaxed) as f64 / 1000.0,
            chunking,
        })
    }
}

impl<C: Chat> LlmModel<C> {
    /// The analysis with prompts of at most `budget` characters: one call when the
    /// document fits, else its parts and then the merges.
    async fn analyze_within(
        &self,
        request: &ModelRequest,
        job: &Job,
        budget: usize,
    ) -> Result<(Value, Option<Chunking>), ModelError> {
        let overhead = prompt_overhead(request);
        if overhead + text_len(&request.pages) <= budget {
            let prompt = request.user_prompt(&request.document_text());
            let analysis = self.analyze_one(request, prompt, job).await?;
            return Ok((analysis, None));
        }
        let part_budget = budget
            .saturating_sub(overhead + PART_HEADER_CHARS)
            .max(1000);
        let parts = split(&request.pages, part_budget);
        let total_pages = request.pages.len();
        let n = parts.len();
        info!(
            parts = n,
            pages = total_pages,
            "The document exceeds the model's input budget; analysing it in parts."
        );
        let progress = request.progress.clone();
        let done = AtomicU32::new(0);
        let report = |done: usize| {
            if let Some(p) = &progress {
                // The merge is the last step of n + 1.
                let _ = p.send((done, n + 1));
            }
        };
        report(0);
        let prompts: Vec<String> = parts
            .iter()
            .enumerate()
            .map(|(i, part)| {
                let header = format!(
                    "[This is part {} of {n} of the document: pages {}-{} of {total_pages}. The other parts are analysed separately and the analyses merged afterwards; analyse only this part.]\n\n",
                    i + 1,
                    part.first_page,
                    part.last_page,
                );
                request.user_prompt(&(header + &part.text))
            })
            .collect();
        let (done, report) = (&done, &report);
        let partials: Vec<Value> = futures::stream::iter(prompts)
            .map(|prompt| async move {
                let analysis = self.analyze_one(request, prompt, job).await?;
                report(done.fetch_add(1, Ordering::Relaxed) as usize + 1);
                Ok::<_, ModelError>(analysis)
            })
            .buffered(self.config.parallel_parts.max(1))
            .try_collect()
            .await?;

        // The parts' compliance matrices are joined here, in document order, not by
        // the model: a merge call would have to repeat hundreds of rows verbatim, and
        // the pipeline de-duplicates and verifies them anyway.
        let mut partials = partials;
        let requirements = take_requirements(&mut partials);
        let (mut merged, merge_calls) = self.merge(request, partials, job, budget).await?;
        if let (Some(rows), Some(data)) = (
            requirements,
            merged
                .get_mut("extracted_data")
                .and_then(Value::as_object_mut),
        ) {
            data.insert("requirements".into(), Value::Array(rows));
        }
        report(n + 1);
        Ok((
            merged,
            Some(Chunking {
                parts: n,
                pages: parts.iter().map(|p| (p.first_page, p.last_page)).collect(),
                merge_calls,
            }),
        ))
    }

    /// Merges the parts' analyses with as few calls as the budget allows: all at once
    /// when they fit, else in groups, and the groups' results again.
    async fn merge(
        &self,
        request: &ModelRequest,
        mut analyses: Vec<Value>,
        job: &Job,
        budget: usize,
    ) -> Result<(Value, u32), ModelError> {
        let mut calls = 0;
        loop {
            let room = budget.saturating_sub(
                request.system_prompt.len() + request.output_format.len() + MERGE_HEADER_CHARS,
            );
            let mut groups: Vec<Vec<Value>> = Vec::new();
            let mut size = 0;
            for a in analyses {
                let len = a.to_string().len();
                match groups.last_mut() {
                    Some(g) if size + len <= room || g.len() < 2 => {
                        g.push(a);
                        size += len;
                    }
                    _ => {
                        groups.push(vec![a]);
                        size = len;
                    }
                }
            }
            let mut next = Vec::with_capacity(groups.len());
            for group in groups {
                if group.len() == 1 {
                    next.extend(group);
                    continue;
                }
                let prompt = merge_prompt(&group, &request.output_format);
                next.push(self.analyze_one(request, prompt, job).await?);
                calls += 1;
            }
            if next.len() == 1 {
                return Ok((next.pop().expect("one analysis"), calls));
            }
            analyses = next;
        }
    }

    /// One analysis call, and one correction call if its answer cannot be used.
    async fn analyze_one(
        &self,
        request: &ModelRequest,
        user_prompt: String,
        job: &Job,
    ) -> Result<Value, ModelError> {
        let mut chat = ChatRequest {
            system: request.system_prompt.clone(),
            messages: vec![(Role::User, user_prompt)],
            tool_schema: tool_schema(&request.schema),
        };
        let reply = self.call(&chat, job).await?;
        let problem = match usable(&reply, &request.schema) {
            Ok(analysis) => return Ok(analysis),
            Err(problem) => problem,
        };
        // One bounded correction, saying what was wrong: never a blind repeat.
        warn!(problem = %problem.describe(), "The model's answer cannot be used; asking once for a corrected one.");
        let previous = match &reply.tool_input {
            Some(input) => input.to_string(),
            None => reply.text.clone(),
        };
        let correction = match problem {
            Unusable::Truncated => format!(
                "Your answer was cut off at the output token limit. Answer again, more concisely (shorter prose and quotes), with every key the output format asks for, by calling the `{TOOL_NAME}` tool (or, if you cannot call tools, as one JSON object)."
            ),
            ref other => format!(
                "Your answer could not be used: {}. Answer again with the complete analysis as one JSON object in the output format, by calling the `{TOOL_NAME}` tool (or, if you cannot call tools, as the whole answer).",
                other.describe()
            ),
        };
        chat.messages
            .push((Role::Assistant, preview(&previous, 4000)));
        chat.messages.push((Role::User, correction));
        let reply = self.call(&chat, job).await?;
        usable(&reply, &request.schema).map_err(Unusable::into_error)
    }

    /// One call with retries on throttling, 5xx and time-outs, while the job's retry
    /// budget lasts.
    async fn call(&self, chat: &ChatRequest, job: &Job) -> Result<ChatReply, ModelError> {
        let backoff = Backoff::new(self.config.retry_base, self.config.retry_max).builder();
        let reply = (|| async {
            job.attempts.fetch_add(1, Ordering::Relaxed);
            let started = std::time::Instant::now();
            let reply = self.chat.send(chat).await;
            let elapsed = started.elapsed();
            job.latency_us
                .fetch_add(elapsed.as_micros() as u64, Ordering::Relaxed);
            metrics::histogram!("rfp_model_latency_seconds").record(elapsed.as_secs_f64());
            reply
        })
        .retry(backoff)
        // The server's own wait, when it names one; a wait longer than the back-off's
        // ceiling is not spent holding a slot: the job is re-queued instead.
        .adjust(|e: &ModelError, wait| e.retry_after().or(wait))
        .when(|e: &ModelError| {
            e.is_retryable()
                && e.retry_after().is_none_or(|w| w <= self.config.retry_max)
                && job
                    .retries_left
                    .fetch_update(Ordering::Relaxed, Ordering::Relaxed, |n| n.checked_sub(1))
                    .is_ok()
        })
        .notify(|e: &ModelError, wait: Duration| {
            metrics::counter!("rfp_model_retries_total", "code" => e.code()).increment(1);
            warn!(error = %e, code = e.code(), retry_in_ms = wait.as_millis() as u64, "The model call failed; retrying.");
        })
        .await?;
        job.calls.fetch_add(1, Ordering::Relaxed);
        metrics::counter!("rfp_model_calls_total").increment(1);
        metrics::counter!("rfp_model_tokens_total", "direction" => "input")
            .increment(reply.input_tokens);
        metrics::counter!("rfp_model_tokens_total", "direction" => "output")
            .increment(reply.output_tokens);
        job.input_tokens
            .fetch_add(reply.input_tokens, Ordering::Relaxed);
        job.output_tokens
            .fetch_add(reply.output_tokens, Ordering::Relaxed);
        Ok(reply)
    }
}

/// The analysis in a reply, or why there is none. A tool call's input is the
/// analysis; text beside it is kept as the narrative. A text answer is parsed.
fn usable(reply: &ChatReply, schema: &Value) -> Result<Value, Unusable> {
    if reply.stop == Stop::MaxTokens {
        return Err(Unusable::Truncated);
    }
    let text = reply.text.trim();
    let (mut object, narrative) = match &reply.tool_input {
        Some(Value::Object(input)) => (input.clone(), (!text.is_empty()).then(|| text.to_owned())),
        Some(_) => return Err(Unusable::Invalid("the tool input is not an object".into())),
        None => {
            let parsed = answer::parse(text).ok_or(Unusable::NoJson)?;
            (parsed.object, parsed.narrative)
        }
    };
    if let Some(narrative) = narrative {
        object
            .entry("narrative")
            .or_insert_with(|| Value::String(narrative));
    }
    let analysis = Value::Object(object);
    schema::validate(schema, &analysis).map_err(Unusable::Invalid)?;
    Ok(analysis)
}

/// Takes the `extracted_data.requirements` rows out of each part's analysis and
/// returns them joined in part order, or `None` when no part has any.
fn take_requirements(partials: &mut [Value]) -> Option<Vec<Value>> {
    let mut rows = Vec::new();
    let mut any = false;
    for p in partials.iter_mut() {
        let taken = p
            .get_mut("extracted_data")
            .and_then(Value::as_object_mut)
            .and_then(|d| d.remove("requirements"));
        match taken {
            Some(Value::Array(r)) => {
                any = true;
                rows.extend(r);
            }
            Some(Value::Null) | None => {}
            Some(other) => {
                any = true;
                rows.push(other);
            }
        }
    }
    any.then_some(rows)
}

/// The tool's input schema: the answer's schema without the `$schema` keyword, which
/// tool definitions do not take.
fn tool_schema(schema: &Value) -> Arc<Value> {
    let mut s = schema.clone();
    if let Some(o) = s.as_object_mut() {
        o.remove("$schema");
    }
    Arc::new(s)
}

const PART_HEADER_CHARS: usize = 300;
const MERGE_HEADER_CHARS: usize = 1200;

fn merge_prompt(analyses: &[Value], output_format: &str) -> String {
    let parts: Vec<String> = analyses
        .iter()
        .enumerate()
        .map(|(i, a)| format!("<part_analysis index=\"{}\">\n{a}\n</part_analysis>", i + 1))
        .collect();
    format!(
        "The document was too long to read at once, so its consecutive parts were analysed separately. \
         Below are the analyses of the parts, in document order. Merge them into one analysis of the whole \
         document in the output format below: keep every key, combine lists without duplicates, keep each \
         quote exactly as given, prefer a specific value over an empty one, and write the summary and any \
         narrative for the whole document.\n\n{}\n\n{output_format}",
        parts.join("\n\n")
    )
}

/// The prompt's characters besides the document's text.
fn prompt_overhead(request: &ModelRequest) -> usize {
    request.system_prompt.len()
        + request.user_prompt_template.len()
        + request.output_format.len()
        + 8
}

fn text_len(pages: &[String]) -> usize {
    pages.iter().map(|p| p.len() + 2).sum()
}

/// Whether a model server's refusal says the prompt exceeds the model's context, in
/// the wordings Bedrock, OpenAI, vLLM, Ollama and llama.cpp use.
pub fn is_too_long(message: &str) -> bool {
    let m = message.to_lowercase();
    [
        "too long",
        "too many tokens",
        "context limit",
        "context length",
        "context_length",
        "context window",
        "maximum context",
        "exceeds the context",
        "exceed context",
        "reduce the length",
    ]
    .iter()
    .any(|p| m.contains(p))
}

/// The first `max` bytes of `text` (on a character boundary), marked when cut.
pub fn preview(text: &str, max: usize) -> String {
    if text.len() <= max {
        return text.to_owned();
    }
    let mut end = max;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    format!("{}…", &text[..end])
}

/// A part of a long document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Part {
    pub text: String,
    /// 1-based.
    pub first_page: usize,
    pub last_page: usize,
}

/// Splits pages into parts of at most `budget` bytes: whole pages where they fit,
/// else a page at paragraph, then line, then character boundaries.
pub fn split(pages: &[String], budget: usize) -> Vec<Part> {
    let budget = budget.max(1);
    let mut parts: Vec<Part> = Vec::new();
    let mut current: Option<Part> = None;
    for (i, page) in pages.iter().enumerate() {
        let number = i + 1;
        for piece in pieces(page, budget) {
            match &mut current {
                Some(part) if part.text.len() + 2 + piece.len() <= budget => {
                    part.text.push_str("\n\n");
                    part.text.push_str(piece);
                    part.last_page = number;
                }
                _ => {
                    parts.extend(current.take());
                    current = Some(Part {
                        text: piece.to_owned(),
                        first_page: number,
                        last_page: number,
                    });
                }
            }
        }
    }
    parts.extend(current);
    parts
}

/// `text` cut into pieces of at most `budget` bytes, at the largest boundary that works.
fn pieces(text: &str, budget: usize) -> Vec<&str> {
    if text.len() <= budget {
        return vec![text];
    }
    let mut out = Vec::new();
    let mut rest = text;
    while rest.len() > budget {
        let mut cut = budget;
        while !rest.is_char_boundary(cut) {
            cut -= 1;
        }
        let window = &rest[..cut];
        let at = window
            .rfind("\n\n")
            .or_else(|| window.rfind('\n'))
            .or_else(|| window.rfind(". ").map(|i| i + 1))
            .or_else(|| window.rfind(' '))
            .filter(|&i| i > budget / 4)
            .unwrap_or(cut);
        out.push(&rest[..at]);
        rest = rest[at..].trim_start();
    }
    if !rest.is_empty() {
        out.push(rest);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn the_parts_requirements_are_joined_in_order_and_kept_out_of_the_merge() {
        let mut partials = vec![
            serde_json::json!({"extracted_data": {"requirements": [{"text": "A must"}], "x": 1}}),
            serde_json::json!({"extracted_data": {"x": 2}}),
            serde_json::json!({"extracted_data": {"requirements": [{"text": "B shall"}, {"text": "A must"}]}}),
        ];
        let rows = take_requirements(&mut partials).unwrap();
        let texts: Vec<&str> = rows.iter().map(|r| r["text"].as_str().unwrap()).collect();
        assert_eq!(texts, ["A must", "B shall", "A must"]);
        assert!(
            partials
                .iter()
                .all(|p| p["extracted_data"].get("requirements").is_none())
        );
        assert_eq!(partials[0]["extracted_data"]["x"], 1);
        let mut none = vec![serde_json::json!({"extracted_data": {}})];
        assert_eq!(take_requirements(&mut none), None);
    }

    #[test]
    fn split_keeps_every_character_and_page_order() {
        let pages: Vec<String> = (1..=300)
            .map(|i| format!("Page {i}.\n\nSection {i} text. {}", "word ".repeat(50)))
            .collect();
        let parts = split(&pages, 10_000);
        assert!(parts.len() > 1);
        assert!(parts.iter().all(|p| p.text.len() <= 10_000));
        assert_eq!(parts.first().unwrap().first_page, 1);
        assert_eq!(parts.last().unwrap().last_page, 300);
        let joined: String = parts
            .iter()
            .map(|p| p.text.as_str())
            .collect::<Vec<_>>()
            .join("\n\n");
        assert_eq!(joined, pages.join("\n\n"));
    }

    #[test]
    fn a_page_larger_than_the_budget_is_cut_at_boundaries() {
        let page = "Alpha beta gamma.\n".repeat(1000);
        let parts = split(std::slice::from_ref(&page), 5000);
        assert!(parts.len() >= 4);
        assert!(
            parts
                .iter()
                .all(|p| p.text.len() <= 5000 && (p.first_page, p.last_page) == (1, 1))
        );
        let words: usize = parts
            .iter()
            .map(|p| p.text.split_whitespace().count())
            .sum();
        assert_eq!(words, page.split_whitespace().count());
    }

    #[test]
    fn text_and_tool_answers() {
        let schema = schema::for_prompt(false, "");
        let reply = |text: &str, tool: Option<Value>, stop| ChatReply {
            text: text.into(),
            tool_input: tool,
            stop,
            input_tokens: 1,
            output_tokens: 1,
        };
        let tool = json!({ "summary": {"title": "T"}, "extracted_data": {} });
        assert_eq!(
            usable(&reply("", Some(tool.clone()), Stop::ToolUse), &schema).ok(),
            Some(tool)
        );
        let narrated = usable(
            &reply(
                "Narrative.\n```json\n{\"summary\": \"S\", \"extracted_data\": {}}\n```",
                None,
                Stop::EndTurn,
            ),
            &schema,
        )
        .ok()
        .unwrap();
        assert_eq!(narrated["narrative"], "Narrative.");
        assert!(matches!(
            usable(&reply("no", None, Stop::EndTurn), &schema),
            Err(Unusable::NoJson)
        ));
        assert!(matches!(
            usable(
                &reply(
                    "{\"summary\": {}, \"extracted_data\"",
                    None,
                    Stop::MaxTokens
                ),
                &schema
            ),
            Err(Unusable::Truncated)
        ));
        assert!(matches!(
            usable(&reply("{\"summary\": {}}", None, Stop::EndTurn), &schema),
            Err(Unusable::Invalid(_))
        ));
    }
}
