//! The result's `meta`: how the analysis was made (engine, model, tokens, the text and
//! its cache, OCR, quotes, attempts), one typed record instead of a `json!` literal,
//! and the part of it a later delivery reads back.

use serde::{Deserialize, Serialize};

use rfp_shared::ids::JobId;
use rfp_shared::ports::Chunking;

/// The prompt an analysis used.
#[derive(Debug, Serialize)]
pub(super) struct PromptRef<'a> {
    pub id: &'a str,
    pub version: u32,
}

/// The result's `meta`. Field order and names are the stored shape, which clients
/// and the web page read; an absent value is `null`, as it always was.
#[derive(Debug, Serialize)]
pub(super) struct ResultMeta<'a> {
    pub job_id: JobId,
    pub engine: &'a str,
    pub model_id: &'a str,
    /// The same as `model_id`, under the name the OpenAI-compatible adapter uses.
    pub model: &'a str,
    pub provider: &'a str,
    pub provider_host: Option<&'a str>,
    pub prompt: PromptRef<'a>,
    pub input_tokens: u64,
    pub output_tokens: u64,
    pub model_latency_ms: f64,
    pub model_calls: u32,
    pub model_attempts: u32,
    pub chunked: bool,
    pub chunking: Option<&'a Chunking>,
    pub quotes: serde_json::Value,
    /// The compliance matrix's rows kept and dropped (`null` without one).
    pub requirements: Option<&'a crate::matrix::Settled>,
    pub semantic_query_words: Option<usize>,
    pub extract_ms: f64,
    /// `stored`, `hit`, or `null`.
    pub text_cache: Option<&'a str>,
    pub ocr: Option<&'a str>,
    pub ocr_pages: Option<&'a [usize]>,
    pub ocr_pages_skipped: Option<usize>,
    pub pages: usize,
    pub text_chars: usize,
    pub text_truncated: bool,
    pub values_capped: usize,
    /// A package's documents, each with its own text's figures (absent: one document).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub documents: Option<&'a [DocumentMeta]>,
    /// The document's hash, or the package's identity when it has several.
    pub document_sha256: &'a str,
    pub attempts: u32,
    pub worker: &'a str,
}

/// What `meta` says of the text an analysis read.
pub(super) struct TextFacts<'a> {
    pub extract_ms: f64,
    pub text_cache: Option<&'a str>,
    pub ocr: Option<&'a crate::ocr::Report>,
    pub pages: usize,
    pub text_chars: usize,
    pub text_truncated: bool,
    pub documents: Option<&'a [DocumentMeta]>,
    pub document_sha256: &'a str,
}

impl<'a> ResultMeta<'a> {
    /// The `meta` of an analysis by `answer` with `prompt`, checked as `checked`, of
    /// the text `text` describes.
    pub(super) fn new(
        job_id: JobId,
        answer: &'a rfp_shared::ports::ModelAnswer,
        prompt: &'a crate::prompt::Prompt,
        checked: &'a super::stages::Checked,
        text: TextFacts<'a>,
        attempts: u32,
        worker: &'a str,
    ) -> Self {
        let round2 = super::round2;
        Self {
            job_id,
            engine: answer.engine,
            model_id: &answer.model_id,
            model: &answer.model_id,
            provider: answer.provider,
            provider_host: answer.provider_host.as_deref(),
            prompt: PromptRef {
                id: &prompt.id,
                version: prompt.version,
            },
            input_tokens: answer.input_tokens,
            output_tokens: answer.output_tokens,
            model_latency_ms: round2(answer.latency_ms),
            model_calls: answer.calls,
            model_attempts: answer.attempts,
            chunked: answer.chunking.is_some(),
            chunking: answer.chunking.as_ref(),
            quotes: checked.quotes.to_json(),
            requirements: checked.requirements.as_ref(),
            semantic_query_words: checked.query_words,
            extract_ms: round2(text.extract_ms),
            text_cache: text.text_cache,
            ocr: text.ocr.map(|r| r.engine.as_str()),
            ocr_pages: text.ocr.map(|r| r.pages.as_slice()),
            ocr_pages_skipped: text.ocr.map(|r| r.skipped).filter(|n| *n > 0),
            pages: text.pages,
            text_chars: text.text_chars,
            text_truncated: text.text_truncated,
            values_capped: checked.capped,
            documents: text.documents,
            document_sha256: text.document_sha256,
            attempts,
            worker,
        }
    }
}

/// One document of a package, in `meta.documents`.
#[derive(Debug, Serialize)]
pub(super) struct DocumentMeta {
    pub id: String,
    pub filename: Option<String>,
    pub role: rfp_shared::domain::DocumentRole,
    pub sha256: String,
    pub pages: usize,
    pub text_chars: usize,
    pub extract_ms: f64,
    /// `stored`, `hit`, or `null`.
    pub text_cache: Option<&'static str>,
    pub text_truncated: bool,
    pub ocr: Option<String>,
}

/// What a later delivery reads of a stored result's `meta`.
#[derive(Debug, Deserialize)]
pub(super) struct StoredMeta {
    #[serde(default)]
    document_sha256: Option<String>,
    #[serde(default)]
    text_cache: Option<String>,
}

/// Whether the stored `result` is an analysis of the document `sha256` whose text was
/// kept in the blob store (so a new analysis of it reads that instead of extracting).
pub(super) fn kept_text_of(result: Option<&serde_json::Value>, sha256: &str) -> bool {
    result
        .and_then(|r| r.get("meta"))
        .and_then(|m| StoredMeta::deserialize(m).ok())
        .is_some_and(|m| m.document_sha256.as_deref() == Some(sha256) && m.text_cache.is_some())
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn a_kept_text_is_read_back_only_for_the_same_document() {
        let result = json!({ "meta": { "document_sha256": "abc", "text_cache": "stored" } });
        assert!(kept_text_of(Some(&result), "abc"));
        assert!(!kept_text_of(Some(&result), "def"));
        let fast = json!({ "meta": { "document_sha256": "abc", "text_cache": null } });
        assert!(!kept_text_of(Some(&fast), "abc"));
        assert!(!kept_text_of(Some(&json!({ "summary": "no meta" })), "abc"));
        assert!(!kept_text_of(None, "abc"));
        // A result written by another version of the worker, with other fields.
        let other = json!({ "meta": { "document_sha256": "abc", "text_cache": "hit", "x": 1 } });
        assert!(kept_text_of(Some(&other), "abc"));
    }
}
