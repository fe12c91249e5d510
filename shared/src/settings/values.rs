//! The types of the choice settings (each spelled in the configuration as its
//! variant in snake_case) and [`Secret`], which never prints its value.

use serde::Deserialize;

/// How callers are authenticated.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AuthMode {
    None,
    Required,
}

/// Where the data lives.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Backend {
    Embedded,
    Aws,
}

/// Where a document's text is extracted.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ExtractIsolation {
    Process,
    Thread,
}

/// Who reads documents that have no text layer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum OcrKind {
    /// Tesseract when it can run here (checked at start-up), else no OCR.
    Auto,
    Off,
    Tesseract,
    Textract,
}

/// Which model analyses documents.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ModelKind {
    Extractive,
    Bedrock,
    Openai,
}

/// How an OpenAI-compatible server is made to answer in the analysis's structure.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum OpenAiStructured {
    /// Tools first, then `json_schema`, then `json_object`, as the server refuses each.
    Auto,
    /// A function tool whose parameters are the schema, named in `tool_choice`.
    Tools,
    /// `response_format` `json_schema` with the schema.
    JsonSchema,
    /// `response_format` `json_object`: JSON, its shape told by the prompt only.
    JsonObject,
}

/// A setting that must not be shown: `Debug` prints `[redacted]`, and only
/// [`Secret::expose`] gives the value.
#[derive(Clone, PartialEq, Eq, Deserialize)]
#[serde(transparent)]
pub struct Secret(String);

impl Secret {
    pub fn new(value: impl Into<String>) -> Self {
        Self(value.into())
    }

    /// The value, for the one place that sends it.
    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Debug for Secret {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("[redacted]")
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum LogFormat {
    Auto,
    Json,
    Pretty,
}
