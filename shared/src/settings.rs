//! Settings of both binaries, layered: built-in defaults → optional TOML file →
//! environment (DESIGN §4).
//!
//! Every setting is described once, in [`SETTINGS`]: its key in the file, its
//! environment variable, its default and what it is for. The defaults, `--help` and
//! the error messages are all made from that table, so they cannot drift apart. The
//! original deployment's names (`TABLE_NAME`, `QUEUE_URL`, …) keep working; everything
//! else has the `RFP_` prefix.
//!
//! A bad value stops start-up with one line naming the setting, never later inside a
//! request.

use std::collections::HashMap;
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::time::Duration;

use serde::Deserialize;

/// One documented setting.
#[derive(Debug, Clone, Copy)]
pub struct SettingDoc {
    /// The key in `rfp.toml`.
    pub key: &'static str,
    /// The environment variable that overrides it.
    pub env: &'static str,
    /// Built-in default, if any.
    pub default: Option<&'static str>,
    pub help: &'static str,
}

const fn setting(
    key: &'static str,
    env: &'static str,
    default: Option<&'static str>,
    help: &'static str,
) -> SettingDoc {
    SettingDoc {
        key,
        env,
        default,
        help,
    }
}

/// Every setting, in the order `--help` shows them.
pub const SETTINGS: &[SettingDoc] = &[
    setting(
        "backend",
        "RFP_BACKEND",
        Some("embedded"),
        "`embedded` (SQLite + a directory, no cloud account) or `aws` (DynamoDB, SQS, S3)",
    ),
    setting(
        "listen_addr",
        "RFP_LISTEN_ADDR",
        Some("127.0.0.1:8080"),
        "address the API listens on; port 0 picks a free port",
    ),
    setting(
        "data_dir",
        "RFP_DATA_DIR",
        Some("./.rfp-data"),
        "embedded backend: directory of the SQLite database and the documents",
    ),
    setting(
        "embedded_worker",
        "RFP_EMBEDDED_WORKER",
        Some("true"),
        "embedded backend: run the worker inside the API process",
    ),
    setting(
        "worker_concurrency",
        "RFP_WORKER_CONCURRENCY",
        Some("4"),
        "jobs one worker process handles at once (1-256)",
    ),
    setting(
        "worker_health_addr",
        "RFP_WORKER_HEALTH_ADDR",
        None,
        "rfp-worker: address of its /healthz and /readyz (e.g. 0.0.0.0:9090 in a container); unset serves none",
    ),
    setting(
        "model",
        "RFP_MODEL",
        Some("extractive"),
        "`extractive` (offline, deterministic, no LLM), `bedrock` (Claude on Amazon Bedrock) or `openai` (any OpenAI-compatible chat-completions server: Ollama, vLLM, llama.cpp, LM Studio, OpenAI)",
    ),
    setting(
        "model_delay_ms",
        "RFP_MODEL_DELAY_MS",
        Some("0"),
        "fixed latency added to every model call, to hold jobs in flight in load and fault tests",
    ),
    setting(
        "max_upload_bytes",
        "RFP_MAX_UPLOAD_BYTES",
        Some("52428800"),
        "largest accepted RFP upload (bytes); larger bodies get 413",
    ),
    setting(
        "visibility_timeout_secs",
        "RFP_VISIBILITY_TIMEOUT_SECS",
        Some("60"),
        "how long a received job stays hidden from other workers; the worker's heartbeat renews it every third of it",
    ),
    setting(
        "max_receives",
        "RFP_MAX_RECEIVES",
        Some("5"),
        "deliveries of one job before it is failed (and its message dead-lettered)",
    ),
    setting(
        "receive_wait_secs",
        "RFP_RECEIVE_WAIT_SECS",
        Some("20"),
        "long-poll wait of one queue receive (0-20)",
    ),
    setting(
        "poll_interval_ms",
        "RFP_POLL_INTERVAL_MS",
        Some("200"),
        "embedded queue: how often a waiting receive looks for messages sent by other processes",
    ),
    setting(
        "retry_delay_secs",
        "RFP_RETRY_DELAY_SECS",
        Some("10"),
        "base delay before a job that failed transiently is delivered again (doubles per attempt, jittered)",
    ),
    setting(
        "extract_timeout_secs",
        "RFP_EXTRACT_TIMEOUT_SECS",
        Some("120"),
        "time budget for extracting one document's text",
    ),
    setting(
        "extract_isolation",
        "RFP_EXTRACT_ISOLATION",
        Some("process"),
        "`process` (a child process per document, killed past its time budget, its memory capped) or `thread`",
    ),
    setting(
        "extract_memory_mb",
        "RFP_EXTRACT_MEMORY_MB",
        Some("2048"),
        "address-space cap of an extraction process in MiB (0: none)",
    ),
    setting(
        "max_text_chars",
        "RFP_MAX_TEXT_CHARS",
        Some("4000000"),
        "most characters of text kept from one document (10000-100000000); pages past it are left out, the last one kept cut, and the result's meta says `text_truncated`",
    ),
    setting(
        "analyze_timeout_secs",
        "RFP_ANALYZE_TIMEOUT_SECS",
        Some("900"),
        "time budget for analysing one document (every model call of it); past it the job fails with `analysis_timeout` and its slot is freed",
    ),
    setting(
        "owner_max_in_flight",
        "RFP_OWNER_MAX_IN_FLIGHT",
        Some("0"),
        "jobs of one owner a worker runs at once while other jobs wait in the queue; more are put back for a few seconds (0: RFP_WORKER_CONCURRENCY - 1, at least 1, so one slot is always left for another owner)",
    ),
    setting(
        "text_cache_min_ms",
        "RFP_TEXT_CACHE_MIN_MS",
        Some("1000"),
        "an extraction at least this slow keeps its text in the blob store, keyed by the document's hash, so a re-analysis skips it",
    ),
    setting(
        "ocr",
        "RFP_OCR",
        Some("off"),
        "`off`; `tesseract`: pages of a PDF without a usable text layer are rendered (poppler's pdftoppm) and read by the local Tesseract, so scanned and mixed documents come out whole (either backend); `textract`: a PDF with no text layer at all is read by Amazon Textract (needs RFP_BACKEND=aws; Textract bills per page)",
    ),
    setting(
        "ocr_timeout_secs",
        "RFP_OCR_TIMEOUT_SECS",
        Some("600"),
        "time budget for reading one scanned document with OCR",
    ),
    setting(
        "ocr_languages",
        "RFP_OCR_LANGUAGES",
        Some("eng"),
        "Tesseract's languages, joined with `+` (e.g. `eng+fra+spa+por+ita+deu`); each needs its Debian package (`tesseract-ocr-fra`), checked at start-up",
    ),
    setting(
        "ocr_max_pages",
        "RFP_OCR_MAX_PAGES",
        Some("50"),
        "most pages of one document read with Tesseract; the pages past it are left out and counted in `meta.ocr_pages_skipped`",
    ),
    setting(
        "ocr_page_timeout_secs",
        "RFP_OCR_PAGE_TIMEOUT_SECS",
        Some("60"),
        "time budget for rendering and reading one page with Tesseract; a page past it fails the job with `document_timeout`",
    ),
    setting(
        "shutdown_grace_secs",
        "RFP_SHUTDOWN_GRACE_SECS",
        Some("30"),
        "on SIGTERM, how long in-flight jobs may run before they are released to other workers",
    ),
    setting(
        "log_format",
        "RFP_LOG_FORMAT",
        Some("auto"),
        "`json`, `pretty`, or `auto` (pretty on a terminal, JSON otherwise); filter with RUST_LOG",
    ),
    setting(
        "table_name",
        "TABLE_NAME",
        None,
        "aws backend: the DynamoDB table",
    ),
    setting(
        "proposals_bucket",
        "PROPOSALS_BUCKET",
        None,
        "aws backend: the S3 bucket of documents",
    ),
    setting(
        "queue_url",
        "QUEUE_URL",
        None,
        "aws backend: the SQS job queue",
    ),
    setting(
        "dlq_url",
        "DLQ_URL",
        None,
        "aws backend: the SQS dead-letter queue",
    ),
    setting(
        "s3_force_path_style",
        "RFP_S3_FORCE_PATH_STYLE",
        Some("false"),
        "aws backend: path-style S3 addresses (needed by most emulators)",
    ),
    setting(
        "s3_kms_key_id",
        "RFP_S3_KMS_KEY_ID",
        None,
        "aws backend: KMS key id for documents (SSE-KMS); unset means SSE-S3",
    ),
    setting(
        "bedrock_model_id",
        "BEDROCK_MODEL_ID",
        Some("anthropic.claude-3-5-sonnet-20240620-v1:0"),
        "bedrock model: model or inference-profile id",
    ),
    setting(
        "openai_base_url",
        "OPENAI_BASE_URL",
        Some("https://api.openai.com/v1"),
        "openai model: the server's API base, to which /chat/completions is added (Ollama: http://127.0.0.1:11434/v1, vLLM: http://HOST:8000/v1)",
    ),
    setting(
        "openai_api_key",
        "OPENAI_API_KEY",
        None,
        "openai model: API key, sent as a bearer token; unset sends none (local servers need none); never logged or printed",
    ),
    setting(
        "openai_model",
        "RFP_OPENAI_MODEL",
        None,
        "openai model: the model name the server knows (e.g. llama3.1:8b on Ollama, gpt-4o-mini on OpenAI); required with RFP_MODEL=openai",
    ),
    setting(
        "openai_structured",
        "RFP_OPENAI_STRUCTURED",
        Some("auto"),
        "openai model: how the answer's structure is forced: `tools` (a forced function call), `json_schema` or `json_object` (response_format), or `auto` (tools, then json_schema, then json_object, as far as the server refuses each)",
    ),
    setting(
        "sweep_interval_secs",
        "RFP_SWEEP_INTERVAL_SECS",
        Some("60"),
        "rfp-worker: how often dead-lettered jobs are looked for and recorded as failed (0: never)",
    ),
    setting(
        "prompt_cache_secs",
        "RFP_PROMPT_CACHE_SECS",
        Some("60"),
        "how long a worker uses a looked-up prompt before looking again: a prompt change reaches workers within it (0-3600)",
    ),
    setting(
        "model_max_tokens",
        "RFP_MODEL_MAX_TOKENS",
        Some("8192"),
        "LLM (bedrock, openai): most tokens one answer may have (1-128000)",
    ),
    setting(
        "model_temperature",
        "RFP_MODEL_TEMPERATURE",
        Some("0.2"),
        "LLM (bedrock, openai): sampling temperature (0-1)",
    ),
    setting(
        "model_top_p",
        "RFP_MODEL_TOP_P",
        None,
        "LLM (bedrock, openai): nucleus sampling (0-1); unset leaves the model's default (some models refuse it together with a temperature)",
    ),
    setting(
        "model_timeout_secs",
        "RFP_MODEL_TIMEOUT_SECS",
        Some("300"),
        "LLM (bedrock, openai): how long one call may take before it is abandoned and retried",
    ),
    setting(
        "model_retry_budget",
        "RFP_MODEL_RETRY_BUDGET",
        Some("6"),
        "LLM (bedrock, openai): repeated calls one job may make after throttling, 5xx or time-outs before it is re-queued (0-100)",
    ),
    setting(
        "model_retry_base_ms",
        "RFP_MODEL_RETRY_BASE_MS",
        Some("1000"),
        "LLM (bedrock, openai): first back-off after a throttled or failed call; doubles per retry, jittered, at most 30 s",
    ),
    setting(
        "model_input_budget_chars",
        "RFP_MODEL_INPUT_BUDGET_CHARS",
        Some("400000"),
        "LLM (bedrock, openai): largest prompt (characters) sent in one call; longer documents are analysed in parts and merged",
    ),
    setting(
        "model_parallel_parts",
        "RFP_MODEL_PARALLEL_PARTS",
        Some("2"),
        "LLM (bedrock, openai): parts of one long document analysed at once (1-16)",
    ),
    setting(
        "auth",
        "RFP_AUTH",
        Some("none"),
        "`none` (callers name themselves in x-rfp-owner; only on a loopback RFP_LISTEN_ADDR) or `required` (a JWT from RFP_JWT_ISSUER or a key of RFP_API_KEYS)",
    ),
    setting(
        "jwt_issuer",
        "RFP_JWT_ISSUER",
        None,
        "issuer (`iss`) of accepted JWTs, e.g. https://cognito-idp.<region>.amazonaws.com/<user pool id>",
    ),
    setting(
        "jwt_audience",
        "RFP_JWT_AUDIENCE",
        None,
        "audience of accepted JWTs: their `aud`, or `client_id` (Cognito access tokens); required with RFP_JWT_ISSUER",
    ),
    setting(
        "jwt_jwks_url",
        "RFP_JWT_JWKS_URL",
        None,
        "where the issuer's signing keys are; default <RFP_JWT_ISSUER>/.well-known/jwks.json (Cognito's)",
    ),
    setting(
        "auth_admin_group",
        "RFP_AUTH_ADMIN_GROUP",
        Some("rfp-admins"),
        "group (`cognito:groups`, `groups` or `roles` claim) whose members may administer prompts",
    ),
    setting(
        "api_keys",
        "RFP_API_KEYS",
        None,
        "service clients' API keys, stored hashed: `id:sha256hex[:admin]`, comma-separated; `rfp-api new-api-key ID` makes one",
    ),
    setting(
        "cors_origins",
        "RFP_CORS_ORIGINS",
        None,
        "browser origins allowed to call the API (comma-separated, or *); unset allows none but the API's own page",
    ),
    setting(
        "rate_limit_per_minute",
        "RFP_RATE_LIMIT_PER_MINUTE",
        Some("0"),
        "requests one owner may make per minute (bursts up to that many); over it, 429 with Retry-After; 0 is no limit",
    ),
    setting(
        "callback_secret",
        "RFP_CALLBACK_SECRET",
        None,
        "key (16+ characters) that signs callbacks (HMAC-SHA256 in x-rfp-signature); unset refuses `callback_url`",
    ),
    setting(
        "callback_allow_private",
        "RFP_CALLBACK_ALLOW_PRIVATE",
        Some("false"),
        "allow callbacks to loopback, private and link-local addresses, and over plain http (for development only)",
    ),
    setting(
        "request_timeout_secs",
        "RFP_REQUEST_TIMEOUT_SECS",
        Some("60"),
        "longest time to produce a response (an upload included); over it, 504 `request_timeout`",
    ),
    setting(
        "http_header_timeout_secs",
        "RFP_HTTP_HEADER_TIMEOUT_SECS",
        Some("30"),
        "a connection is closed when a request's head has not fully arrived this long after the connection began waiting for it: a slow sender's, and an idle keep-alive connection's (1-3600)",
    ),
    setting(
        "max_concurrent_uploads",
        "RFP_MAX_CONCURRENT_UPLOADS",
        Some("16"),
        "uploads one API process reads at once (1-10000; each is held whole, up to RFP_MAX_UPLOAD_BYTES); past it an upload waits up to 10 s, then gets 503 `uploads_busy`",
    ),
    setting(
        "max_connections",
        "RFP_MAX_CONNECTIONS",
        Some("4096"),
        "open HTTP connections at once (16-1000000); past it a new connection is closed at once",
    ),
];

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

/// The settings of both binaries. See [`SETTINGS`] for each field's documentation
/// and default.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Settings {
    pub backend: Backend,
    pub listen_addr: SocketAddr,
    pub data_dir: PathBuf,
    pub embedded_worker: bool,
    pub worker_concurrency: usize,
    pub worker_health_addr: Option<SocketAddr>,
    pub model: ModelKind,
    pub model_delay_ms: u64,
    pub max_upload_bytes: u64,
    pub visibility_timeout_secs: u64,
    pub max_receives: u32,
    pub receive_wait_secs: u64,
    pub poll_interval_ms: u64,
    pub retry_delay_secs: u64,
    pub extract_timeout_secs: u64,
    pub extract_isolation: ExtractIsolation,
    pub extract_memory_mb: u64,
    pub max_text_chars: usize,
    pub analyze_timeout_secs: u64,
    pub owner_max_in_flight: usize,
    pub text_cache_min_ms: u64,
    pub ocr: OcrKind,
    pub ocr_timeout_secs: u64,
    pub ocr_languages: String,
    pub ocr_max_pages: usize,
    pub ocr_page_timeout_secs: u64,
    pub shutdown_grace_secs: u64,
    pub log_format: LogFormat,
    pub table_name: Option<String>,
    pub proposals_bucket: Option<String>,
    pub queue_url: Option<String>,
    pub dlq_url: Option<String>,
    pub s3_force_path_style: bool,
    pub s3_kms_key_id: Option<String>,
    pub bedrock_model_id: String,
    pub openai_base_url: String,
    pub openai_api_key: Option<Secret>,
    pub openai_model: Option<String>,
    pub openai_structured: OpenAiStructured,
    pub sweep_interval_secs: u64,
    pub prompt_cache_secs: u64,
    pub model_max_tokens: u32,
    pub model_temperature: f32,
    pub model_top_p: Option<f32>,
    pub model_timeout_secs: u64,
    pub model_retry_budget: u32,
    pub model_retry_base_ms: u64,
    pub model_input_budget_chars: usize,
    pub model_parallel_parts: usize,
    pub auth: AuthMode,
    pub jwt_issuer: Option<String>,
    pub jwt_audience: Option<String>,
    pub jwt_jwks_url: Option<String>,
    pub auth_admin_group: String,
    pub api_keys: Option<Secret>,
    pub cors_origins: Option<String>,
    pub rate_limit_per_minute: u32,
    pub request_timeout_secs: u64,
    pub http_header_timeout_secs: u64,
    pub max_connections: usize,
    pub max_concurrent_uploads: usize,
    pub callback_secret: Option<Secret>,
    pub callback_allow_private: bool,
}

/// A setting that cannot be used. Its `Display` is the one line start-up prints.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("invalid setting {setting}: {reason}")]
pub struct SettingsError {
    /// The environment variable (or file key) at fault.
    pub setting: String,
    pub reason: String,
}

impl SettingsError {
    pub fn new(setting: impl Into<String>, reason: impl Into<String>) -> Self {
        Self {
            setting: setting.into(),
            reason: reason.into(),
        }
    }
}

/// The variable naming the configuration file (default `./rfp.toml`, if present).
pub const CONFIG_FILE_ENV: &str = "RFP_CONFIG";

impl Settings {
    /// Loads the settings from the process environment and the configuration file
    /// (`explicit_file`, else `RFP_CONFIG`, else `./rfp.toml` when it exists).
    pub fn load(explicit_file: Option<&Path>) -> Result<Self, SettingsError> {
        Self::from_sources(explicit_file, std::env::vars())
    }

    /// Loads from the given environment instead of the process's (for tests).
    pub fn from_sources(
        explicit_file: Option<&Path>,
        env: impl IntoIterator<Item = (String, String)>,
    ) -> Result<Self, SettingsError> {
        let env: HashMap<String, String> = env.into_iter().collect();
        let file = match explicit_file {
            Some(path) => Some((path.to_path_buf(), true)),
            None => match env.get(CONFIG_FILE_ENV) {
                Some(path) => Some((PathBuf::from(path), true)),
                None => Some((PathBuf::from("rfp.toml"), false)),
            },
        };

        let mut builder = config::Config::builder();
        for doc in SETTINGS {
            if let Some(default) = doc.default {
                builder = builder
                    .set_default(doc.key, default)
                    .expect("defaults are plain strings");
            }
        }
        if let Some((path, required)) = file {
            if required && !path.is_file() {
                return Err(SettingsError::new(
                    CONFIG_FILE_ENV,
                    format!("configuration file {} does not exist", path.display()),
                ));
            }
            builder = builder.add_source(
                config::File::from(path)
                    .format(config::FileFormat::Toml)
                    .required(required),
            );
        }
        for doc in SETTINGS {
            if let Some(value) = env.get(doc.env) {
                builder = builder
                    .set_override(doc.key, value.as_str())
                    .expect("overrides are plain strings");
            }
        }

        let settings: Settings = builder
            .build()
            .and_then(|c| c.try_deserialize())
            .map_err(explain)?;
        settings.validate()?;
        Ok(settings)
    }

    fn validate(&self) -> Result<(), SettingsError> {
        fn range<T: PartialOrd + std::fmt::Display>(
            key: &str,
            value: T,
            min: T,
            max: T,
        ) -> Result<(), SettingsError> {
            if value < min || value > max {
                return Err(SettingsError::new(
                    env_name(key),
                    format!("{value} is out of range {min}-{max}"),
                ));
            }
            Ok(())
        }
        range("worker_concurrency", self.worker_concurrency, 1, 256)?;
        range("max_upload_bytes", self.max_upload_bytes, 1, 5 << 30)?;
        range(
            "visibility_timeout_secs",
            self.visibility_timeout_secs,
            2,
            43_200,
        )?;
        range("max_receives", self.max_receives, 1, 1000)?;
        range("receive_wait_secs", self.receive_wait_secs, 0, 20)?;
        range("poll_interval_ms", self.poll_interval_ms, 1, 60_000)?;
        range("retry_delay_secs", self.retry_delay_secs, 0, 43_200)?;
        range("extract_timeout_secs", self.extract_timeout_secs, 1, 3600)?;
        if self.extract_memory_mb != 0 {
            range("extract_memory_mb", self.extract_memory_mb, 64, 1 << 20)?;
        }
        range("shutdown_grace_secs", self.shutdown_grace_secs, 0, 3600)?;
        range("ocr_timeout_secs", self.ocr_timeout_secs, 1, 86_400)?;
        range("ocr_max_pages", self.ocr_max_pages, 1, 100_000)?;
        range("ocr_page_timeout_secs", self.ocr_page_timeout_secs, 1, 3600)?;
        let languages = &self.ocr_languages;
        if languages.is_empty()
            || languages
                .split('+')
                .any(|l| l.is_empty() || !l.chars().all(|c| c.is_ascii_alphanumeric() || c == '_'))
        {
            return Err(SettingsError::new(
                "RFP_OCR_LANGUAGES",
                format!(
                    "`{languages}` is not a list of Tesseract languages joined with `+` (e.g. `eng+fra`)"
                ),
            ));
        }
        if self.ocr == OcrKind::Textract && self.backend != Backend::Aws {
            return Err(SettingsError::new(
                "RFP_OCR",
                "`textract` needs RFP_BACKEND=aws: Textract reads multi-page PDFs from the S3 bucket, and the embedded backend keeps documents on local disk",
            ));
        }
        range("model_delay_ms", self.model_delay_ms, 0, 3_600_000)?;
        range("prompt_cache_secs", self.prompt_cache_secs, 0, 3600)?;
        range("sweep_interval_secs", self.sweep_interval_secs, 0, 86_400)?;
        range("model_max_tokens", self.model_max_tokens, 1, 128_000)?;
        range("model_temperature", self.model_temperature, 0.0, 1.0)?;
        if let Some(top_p) = self.model_top_p {
            range("model_top_p", top_p, 0.0, 1.0)?;
        }
        range("model_timeout_secs", self.model_timeout_secs, 1, 3600)?;
        range("model_retry_budget", self.model_retry_budget, 0, 100)?;
        range("model_retry_base_ms", self.model_retry_base_ms, 1, 60_000)?;
        range(
            "model_input_budget_chars",
            self.model_input_budget_chars,
            2_000,
            10_000_000,
        )?;
        range("model_parallel_parts", self.model_parallel_parts, 1, 16)?;
        range(
            "rate_limit_per_minute",
            self.rate_limit_per_minute,
            0,
            1_000_000,
        )?;
        range("request_timeout_secs", self.request_timeout_secs, 1, 3600)?;
        range(
            "http_header_timeout_secs",
            self.http_header_timeout_secs,
            1,
            3600,
        )?;
        range("max_connections", self.max_connections, 16, 1_000_000)?;
        range(
            "max_concurrent_uploads",
            self.max_concurrent_uploads,
            1,
            10_000,
        )?;
        range("max_text_chars", self.max_text_chars, 10_000, 100_000_000)?;
        range("analyze_timeout_secs", self.analyze_timeout_secs, 1, 86_400)?;
        range("owner_max_in_flight", self.owner_max_in_flight, 0, 256)?;
        let set = |v: &Option<String>| v.as_deref().is_some_and(|v| !v.trim().is_empty());
        if set(&self.jwt_issuer) != set(&self.jwt_audience) {
            return Err(SettingsError::new(
                if set(&self.jwt_issuer) {
                    "RFP_JWT_AUDIENCE"
                } else {
                    "RFP_JWT_ISSUER"
                },
                "RFP_JWT_ISSUER and RFP_JWT_AUDIENCE go together: a token is accepted only from its issuer and for this API",
            ));
        }
        let api_keys = self.api_keys.as_ref().map(|k| k.expose().to_owned());
        if self.auth == AuthMode::Required && !set(&self.jwt_issuer) && !set(&api_keys) {
            return Err(SettingsError::new(
                "RFP_AUTH",
                "is `required` but no credential can be accepted: set RFP_JWT_ISSUER and RFP_JWT_AUDIENCE, or RFP_API_KEYS",
            ));
        }
        if self
            .callback_secret
            .as_ref()
            .is_some_and(|s| s.expose().len() < 16)
        {
            return Err(SettingsError::new(
                "RFP_CALLBACK_SECRET",
                "must be at least 16 characters: it is the key that signs callbacks",
            ));
        }
        if self.bedrock_model_id.trim().is_empty() {
            return Err(SettingsError::new("BEDROCK_MODEL_ID", "must not be empty"));
        }
        if self.model == ModelKind::Openai {
            if !set(&self.openai_model) {
                return Err(SettingsError::new(
                    "RFP_OPENAI_MODEL",
                    "is required when RFP_MODEL=openai: the model name the server knows, e.g. `llama3.1:8b` (Ollama) or `gpt-4o-mini` (OpenAI)",
                ));
            }
            let url = self.openai_base_url.trim();
            let rest = url
                .strip_prefix("https://")
                .or_else(|| url.strip_prefix("http://"));
            if rest.is_none_or(|r| r.split('/').next().is_none_or(str::is_empty)) {
                return Err(SettingsError::new(
                    "OPENAI_BASE_URL",
                    format!(
                        "`{url}` is not an http:// or https:// address with a host, e.g. http://127.0.0.1:11434/v1"
                    ),
                ));
            }
        }
        if self.backend == Backend::Aws {
            for (key, value) in [
                ("table_name", &self.table_name),
                ("proposals_bucket", &self.proposals_bucket),
                ("queue_url", &self.queue_url),
            ] {
                if value.as_deref().is_none_or(|v| v.trim().is_empty()) {
                    return Err(SettingsError::new(
                        env_name(key),
                        "is required when RFP_BACKEND=aws",
                    ));
                }
            }
        }
        Ok(())
    }

    pub fn visibility_timeout(&self) -> Duration {
        Duration::from_secs(self.visibility_timeout_secs)
    }

    /// A third of the visibility timeout: two heartbeats may be lost before another
    /// worker could receive the job.
    pub fn heartbeat_interval(&self) -> Duration {
        self.visibility_timeout() / 3
    }

    pub fn receive_wait(&self) -> Duration {
        Duration::from_secs(self.receive_wait_secs)
    }

    pub fn poll_interval(&self) -> Duration {
        Duration::from_millis(self.poll_interval_ms)
    }

    pub fn shutdown_grace(&self) -> Duration {
        Duration::from_secs(self.shutdown_grace_secs)
    }

    pub fn ocr_timeout(&self) -> Duration {
        Duration::from_secs(self.ocr_timeout_secs)
    }

    pub fn ocr_page_timeout(&self) -> Duration {
        Duration::from_secs(self.ocr_page_timeout_secs)
    }

    pub fn extract_timeout(&self) -> Duration {
        Duration::from_secs(self.extract_timeout_secs)
    }

    pub fn model_delay(&self) -> Duration {
        Duration::from_millis(self.model_delay_ms)
    }

    pub fn analyze_timeout(&self) -> Duration {
        Duration::from_secs(self.analyze_timeout_secs)
    }

    /// Jobs of one owner a worker runs at once.
    pub fn owner_slots(&self) -> usize {
        match self.owner_max_in_flight {
            0 => self.worker_concurrency.saturating_sub(1).max(1),
            n => n.min(self.worker_concurrency),
        }
    }

    pub fn model_timeout(&self) -> Duration {
        Duration::from_secs(self.model_timeout_secs)
    }

    pub fn model_retry_base(&self) -> Duration {
        Duration::from_millis(self.model_retry_base_ms)
    }

    pub fn retry_delay(&self) -> Duration {
        Duration::from_secs(self.retry_delay_secs)
    }

    /// The SQLite database of the embedded backend.
    pub fn database_path(&self) -> PathBuf {
        self.data_dir.join("rfp.sqlite3")
    }

    /// The document directory of the embedded backend.
    pub fn blob_dir(&self) -> PathBuf {
        self.data_dir.join("blobs")
    }
}

/// The environment variable of a file key.
pub fn env_name(key: &str) -> String {
    SETTINGS
        .iter()
        .find(|d| d.key == key)
        .map_or_else(|| key.to_owned(), |d| d.env.to_owned())
}

/// Turns the `config` crate's error into one line naming the setting.
fn explain(error: config::ConfigError) -> SettingsError {
    match error {
        config::ConfigError::Type {
            key: Some(key),
            unexpected,
            expected,
            ..
        } => SettingsError::new(
            env_name(&key),
            format!("expected {expected}, got {unexpected}"),
        ),
        other => {
            let text = other.to_string();
            // serde names the field in backticks: "unknown variant `x` … for key `model`"
            // or "unknown field `x`, expected one of …".
            let doc = SETTINGS
                .iter()
                .find(|d| text.contains(&format!("key `{}`", d.key)));
            if let Some(unknown) = between(&text, "unknown field `", "`") {
                return SettingsError::new(CONFIG_FILE_ENV, unknown_key(unknown));
            }
            match doc {
                Some(d) => {
                    let reason = match (
                        choices(d.key),
                        between(&text, "variant constructor ", " for key"),
                    ) {
                        (Some(accepted), Some(got)) => {
                            format!("`{got}` is not one of: {}", accepted.join(", "))
                        }
                        _ => text,
                    };
                    SettingsError::new(d.env, reason)
                }
                None => SettingsError::new("configuration", text),
            }
        }
    }
}

/// The values a choice setting accepts, as its enum spells them.
fn choices(key: &str) -> Option<&'static [&'static str]> {
    Some(match key {
        "backend" => &["embedded", "aws"],
        "model" => &["extractive", "bedrock", "openai"],
        "openai_structured" => &["auto", "tools", "json_schema", "json_object"],
        "extract_isolation" => &["process", "thread"],
        "ocr" => &["off", "tesseract", "textract"],
        "log_format" => &["auto", "json", "pretty"],
        "auth" => &["none", "required"],
        _ => return None,
    })
}

/// The text of `s` between `start` and the next `end`.
fn between<'a>(s: &'a str, start: &str, end: &str) -> Option<&'a str> {
    let from = s.find(start)? + start.len();
    let to = from + s[from..].find(end)?;
    Some(&s[from..to])
}

/// "`x` is not a setting", with the nearest known key when one is close.
fn unknown_key(key: &str) -> String {
    let nearest = SETTINGS
        .iter()
        .map(|d| (strsim::levenshtein(key, d.key), d.key))
        .min()
        .filter(|(distance, _)| *distance <= 3.max(key.len() / 4));
    match nearest {
        Some((_, known)) => {
            format!("`{key}` in the configuration file is not a setting; did you mean `{known}`?")
        }
        None => format!("`{key}` in the configuration file is not a setting (`--help` lists them)"),
    }
}

/// Settings only the API reads (the worker binary ignores them). The API reads every
/// other one too: in embedded mode it runs a worker in its own process.
pub const API_ONLY: &[&str] = &[
    "listen_addr",
    "embedded_worker",
    "max_upload_bytes",
    "auth",
    "jwt_issuer",
    "jwt_audience",
    "jwt_jwks_url",
    "auth_admin_group",
    "api_keys",
    "cors_origins",
    "rate_limit_per_minute",
    "request_timeout_secs",
    "max_concurrent_uploads",
];

/// Which binary a `--help` is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Binary {
    Api,
    Worker,
}

/// The settings table for the API's `--help`: every setting.
pub fn help_text() -> String {
    help_text_for(Binary::Api)
}

/// The settings table for `binary`'s `--help`: the settings it reads.
pub fn help_text_for(binary: Binary) -> String {
    let mut out = String::from(
        "Settings (environment variable, or the same key in lower case in rfp.toml;\n\
         the file is ./rfp.toml, or the path in RFP_CONFIG or --config):\n",
    );
    for doc in SETTINGS {
        if binary == Binary::Worker && API_ONLY.contains(&doc.key) {
            continue;
        }
        let default = doc
            .default
            .map(|d| format!(" [default: {d}]"))
            .unwrap_or_default();
        out.push_str(&format!("  {:<28} {}{}\n", doc.env, doc.help, default));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn load(env: &[(&str, &str)]) -> Result<Settings, SettingsError> {
        Settings::from_sources(
            None,
            env.iter().map(|(k, v)| (k.to_string(), v.to_string())),
        )
    }

    #[test]
    fn defaults_give_an_embedded_service_on_loopback() {
        let s = load(&[]).unwrap();
        assert_eq!(s.backend, Backend::Embedded);
        assert_eq!(s.listen_addr.to_string(), "127.0.0.1:8080");
        assert_eq!(s.model, ModelKind::Extractive);
        assert_eq!(s.max_upload_bytes, 50 * 1024 * 1024);
        assert_eq!(
            s.bedrock_model_id,
            "anthropic.claude-3-5-sonnet-20240620-v1:0"
        );
    }

    #[test]
    fn environment_overrides_defaults_including_the_original_names() {
        let s = load(&[
            ("RFP_WORKER_CONCURRENCY", "9"),
            ("RFP_EMBEDDED_WORKER", "false"),
            (
                "BEDROCK_MODEL_ID",
                "us.anthropic.claude-sonnet-4-20250514-v1:0",
            ),
            ("TABLE_NAME", "proposals"),
        ])
        .unwrap();
        assert_eq!(s.worker_concurrency, 9);
        assert!(!s.embedded_worker);
        assert_eq!(
            s.bedrock_model_id,
            "us.anthropic.claude-sonnet-4-20250514-v1:0"
        );
        assert_eq!(s.table_name.as_deref(), Some("proposals"));
    }

    #[test]
    fn a_bad_value_names_its_environment_variable() {
        let e = load(&[("RFP_WORKER_CONCURRENCY", "many")]).unwrap_err();
        assert_eq!(e.setting, "RFP_WORKER_CONCURRENCY", "{e}");
        let e = load(&[("RFP_WORKER_CONCURRENCY", "0")]).unwrap_err();
        assert_eq!(e.setting, "RFP_WORKER_CONCURRENCY", "{e}");
        let e = load(&[("RFP_LISTEN_ADDR", "localhost")]).unwrap_err();
        assert_eq!(e.setting, "RFP_LISTEN_ADDR", "{e}");
        let e = load(&[("RFP_MODEL", "gpt")]).unwrap_err();
        assert_eq!(e.setting, "RFP_MODEL", "{e}");
        let e = load(&[("RFP_BACKEND", "aws"), ("TABLE_NAME", "t")]).unwrap_err();
        assert_eq!(e.setting, "PROPOSALS_BUCKET", "{e}");
        let e = load(&[("RFP_OCR", "easyocr")]).unwrap_err();
        assert_eq!(e.setting, "RFP_OCR", "{e}");
        for bad in ["", "eng+", "eng fra", "eng,fra", "../eng"] {
            let e = load(&[("RFP_OCR_LANGUAGES", bad)]).unwrap_err();
            assert_eq!(e.setting, "RFP_OCR_LANGUAGES", "{bad:?}: {e}");
        }
        let s = load(&[
            ("RFP_OCR", "tesseract"),
            ("RFP_OCR_LANGUAGES", "eng+chi_sim"),
        ])
        .unwrap();
        assert_eq!(s.ocr_languages, "eng+chi_sim");
        let e = load(&[("RFP_OCR", "textract")]).unwrap_err();
        assert_eq!(e.setting, "RFP_OCR", "{e}");
        assert!(e.to_string().contains("RFP_BACKEND=aws"), "{e}");
    }

    #[test]
    fn a_bad_choice_names_the_accepted_values_and_every_one_is_accepted() {
        for (key, env) in [
            ("backend", "RFP_BACKEND"),
            ("model", "RFP_MODEL"),
            ("extract_isolation", "RFP_EXTRACT_ISOLATION"),
            ("ocr", "RFP_OCR"),
            ("log_format", "RFP_LOG_FORMAT"),
            ("auth", "RFP_AUTH"),
            ("openai_structured", "RFP_OPENAI_STRUCTURED"),
        ] {
            let accepted = choices(key).unwrap();
            let e = load(&[(env, "bogus")]).unwrap_err();
            assert_eq!(e.setting, env);
            assert_eq!(
                e.reason,
                format!("`bogus` is not one of: {}", accepted.join(", "))
            );
            for value in accepted {
                // Accepted as a value: any error is another rule's (aws needs a table).
                if let Err(e) = load(&[(env, value)]) {
                    assert!(!e.reason.contains("is not one of"), "{env}={value}: {e}");
                }
            }
        }
    }

    #[test]
    fn a_file_is_layered_between_defaults_and_environment() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("rfp.toml");
        std::fs::write(&path, "worker_concurrency = 7\nmodel_delay_ms = 5\n").unwrap();
        let s = Settings::from_sources(
            Some(&path),
            [("RFP_MODEL_DELAY_MS".to_string(), "9".to_string())],
        )
        .unwrap();
        assert_eq!((s.worker_concurrency, s.model_delay_ms), (7, 9));

        std::fs::write(&path, "worker_concurency = 7\n").unwrap();
        let e = Settings::from_sources(Some(&path), []).unwrap_err();
        assert!(e.to_string().contains("worker_concurency"), "{e}");
        assert!(
            e.to_string().contains("did you mean `worker_concurrency`?"),
            "{e}"
        );
        std::fs::write(&path, "colour_scheme = 1\n").unwrap();
        let e = Settings::from_sources(Some(&path), []).unwrap_err();
        assert!(!e.to_string().contains("did you mean"), "{e}");

        let missing = dir.path().join("nope.toml");
        let e = Settings::from_sources(Some(&missing), []).unwrap_err();
        assert_eq!(e.setting, "RFP_CONFIG");
    }

    #[test]
    fn the_workers_help_lists_only_what_the_worker_reads() {
        for key in API_ONLY {
            assert!(
                SETTINGS.iter().any(|d| d.key == *key),
                "{key} is not a setting"
            );
        }
        let worker = help_text_for(Binary::Worker);
        for absent in [
            "RFP_LISTEN_ADDR",
            "RFP_AUTH ",
            "RFP_API_KEYS",
            "RFP_CORS_ORIGINS",
        ] {
            assert!(!worker.contains(absent), "{absent} in the worker's help");
        }
        for present in [
            "RFP_WORKER_CONCURRENCY",
            "RFP_MODEL ",
            "RFP_BACKEND",
            "RFP_CALLBACK_SECRET",
        ] {
            assert!(
                worker.contains(present),
                "{present} missing from the worker's help"
            );
        }
    }

    #[test]
    fn the_openai_model_needs_its_name_and_an_address_and_hides_its_key() {
        let e = load(&[("RFP_MODEL", "openai")]).unwrap_err();
        assert_eq!(e.setting, "RFP_OPENAI_MODEL", "{e}");
        for bad in [
            "127.0.0.1:11434/v1",
            "ftp://host/v1",
            "http://",
            "http:///v1",
        ] {
            let e = load(&[
                ("RFP_MODEL", "openai"),
                ("RFP_OPENAI_MODEL", "m"),
                ("OPENAI_BASE_URL", bad),
            ])
            .unwrap_err();
            assert_eq!(e.setting, "OPENAI_BASE_URL", "{bad}: {e}");
        }
        let s = load(&[
            ("RFP_MODEL", "openai"),
            ("RFP_OPENAI_MODEL", "llama3.1:8b"),
            ("OPENAI_BASE_URL", "http://127.0.0.1:11434/v1"),
            ("OPENAI_API_KEY", "sk-test-very-secret-value"),
        ])
        .unwrap();
        assert_eq!(s.model, ModelKind::Openai);
        assert_eq!(s.openai_structured, OpenAiStructured::Auto);
        assert_eq!(
            s.openai_api_key.as_ref().map(Secret::expose),
            Some("sk-test-very-secret-value")
        );
        let printed = format!("{s:?}");
        assert!(!printed.contains("very-secret"), "{printed}");
        assert!(printed.contains("[redacted]"));
        // The default is OpenAI's own API.
        let s = load(&[]).unwrap();
        assert_eq!(s.openai_base_url, "https://api.openai.com/v1");
    }

    #[test]
    fn help_lists_every_setting() {
        let help = help_text();
        for doc in SETTINGS {
            assert!(help.contains(doc.env), "{} missing from --help", doc.env);
        }
    }
}
