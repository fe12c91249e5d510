//! Settings of both binaries, layered: built-in defaults → optional TOML file →
//! environment (DESIGN §4).
//!
//! Every setting is declared once, in the `settings!` block below: its field and
//! type, its environment variable, its default, its accepted range or choices, which
//! binary reads it and what it is for. The macro makes [`Settings`], the [`SETTINGS`]
//! table and the range checks from it; the defaults, `--help`, the error messages
//! and the test against docs/settings.md are all made from that table, so they
//! cannot drift apart. The
//! original deployment's names (`TABLE_NAME`, `QUEUE_URL`, …) keep working; everything
//! else has the `RFP_` prefix.
//!
//! A bad value stops start-up with one line naming the setting, never later inside a
//! request.
//!
//! Here: the table and what is derived from it (durations, paths, `--help`); in
//! `load` the layered loading, the validation and the error messages; in `values`
//! the choice types and [`Secret`].

use std::net::SocketAddr;
use std::path::PathBuf;
use std::time::Duration;

use serde::Deserialize;

mod load;
mod values;

use load::out_of_range;
pub use load::{CONFIG_FILE_ENV, SettingsError, env_name};
pub use values::{
    AuthMode, Backend, ExtractIsolation, LogFormat, ModelKind, OcrKind, OpenAiStructured, Secret,
};

/// One documented setting.
#[derive(Debug, Clone, Copy)]
pub struct SettingDoc {
    /// The key in `rfp.toml`, and the field of [`Settings`].
    pub key: &'static str,
    /// The environment variable that overrides it.
    pub env: &'static str,
    /// Built-in default, if any.
    pub default: Option<&'static str>,
    /// The accepted values of a number, lowest and highest.
    pub range: Option<(f64, f64)>,
    /// The accepted values of a choice, as the configuration spells them.
    pub choices: &'static [&'static str],
    /// Read by the API only; the worker binary ignores it. The API reads every other
    /// setting too: in embedded mode it runs a worker in its own process.
    pub api_only: bool,
    pub help: &'static str,
}

impl SettingDoc {
    /// The accepted range as `--help` and error messages print it: `1-256`, `0-1`.
    pub fn range_text(&self) -> Option<String> {
        self.range
            .map(|(min, max)| format!("{}-{}", number(min), number(max)))
    }
}

/// A bound as people write it: no `.0` on whole numbers, no exponent.
fn number(value: f64) -> String {
    if value.fract() == 0.0 && value.abs() < 1e18 {
        format!("{}", value as i64)
    } else {
        format!("{value}")
    }
}

/// A number setting's range check, for each type a setting may have.
trait InRange {
    type Bound;
    fn in_range(&self, range: &std::ops::RangeInclusive<Self::Bound>) -> bool;
    /// The value as an error message shows it.
    fn shown(&self) -> String;
}

macro_rules! in_range {
    ($($ty:ty),*) => {$(
        impl InRange for $ty {
            type Bound = $ty;
            fn in_range(&self, range: &std::ops::RangeInclusive<$ty>) -> bool {
                range.contains(self)
            }
            fn shown(&self) -> String {
                self.to_string()
            }
        }
        impl InRange for Option<$ty> {
            type Bound = $ty;
            fn in_range(&self, range: &std::ops::RangeInclusive<$ty>) -> bool {
                self.as_ref().is_none_or(|v| range.contains(v))
            }
            fn shown(&self) -> String {
                self.map(|v| v.to_string()).unwrap_or_default()
            }
        }
    )*};
}
in_range!(u32, u64, usize, f32);

/// Declares every setting once: the field of [`Settings`] (documented by its help),
/// its entry in [`SETTINGS`] (key, variable, default, range, choices, which binary
/// reads it) and its range check. `--help`, the defaults, the error messages and the
/// test against docs/settings.md are all made from it.
macro_rules! settings {
    ($(
        $key:ident: $ty:ty {
            env: $env:literal,
            $(default: $default:literal,)?
            $(range: $range:expr,)?
            $(choices: [$($choice:literal),+],)?
            $(api_only: $api_only:literal,)?
            help: $help:literal,
        }
    )*) => {
        /// The settings of both binaries; [`SETTINGS`] documents each one.
        #[derive(Debug, Clone, Deserialize)]
        #[serde(deny_unknown_fields)]
        pub struct Settings {
            $(
                #[doc = $help]
                pub $key: $ty,
            )*
        }

        /// Every setting, in the order `--help` shows them.
        pub const SETTINGS: &[SettingDoc] = &[$(
            SettingDoc {
                key: stringify!($key),
                env: $env,
                default: settings!(@option $($default)?),
                range: settings!(@range $ty, $($range)?),
                choices: &[$($($choice),+)?],
                api_only: settings!(@flag $($api_only)?),
                help: $help,
            },
        )*];

        impl Settings {
            /// Every declared range, checked.
            fn check_ranges(&self) -> Result<(), SettingsError> {
                $($(
                    if !InRange::in_range(&self.$key, &$range) {
                        return Err(out_of_range(stringify!($key), InRange::shown(&self.$key)));
                    }
                )?)*
                Ok(())
            }
        }
    };
    (@option) => { None };
    (@option $value:literal) => { Some($value) };
    (@range $ty:ty,) => { None };
    (@range $ty:ty, $range:expr) => {{
        // Typed as the setting is, so `5 << 30` is a u64 and not an overflowing i32.
        const RANGE: std::ops::RangeInclusive<<$ty as InRange>::Bound> = $range;
        Some((*RANGE.start() as f64, *RANGE.end() as f64))
    }};
    (@flag) => { false };
    (@flag $value:literal) => { $value };
}

settings! {
    backend: Backend {
        env: "RFP_BACKEND",
        default: "embedded",
        choices: ["embedded", "aws"],
        help: "`embedded` (SQLite + a directory, no cloud account) or `aws` (DynamoDB, SQS, S3)",
    }
    listen_addr: SocketAddr {
        env: "RFP_LISTEN_ADDR",
        default: "127.0.0.1:8080",
        api_only: true,
        help: "address the API listens on; port 0 picks a free port",
    }
    data_dir: PathBuf {
        env: "RFP_DATA_DIR",
        default: "./.rfp-data",
        help: "embedded backend: directory of the SQLite database and the documents",
    }
    embedded_worker: bool {
        env: "RFP_EMBEDDED_WORKER",
        default: "true",
        api_only: true,
        help: "embedded backend: run the worker inside the API process",
    }
    worker_concurrency: usize {
        env: "RFP_WORKER_CONCURRENCY",
        default: "4",
        range: 1..=256,
        help: "jobs one worker process handles at once",
    }
    worker_health_addr: Option<SocketAddr> {
        env: "RFP_WORKER_HEALTH_ADDR",
        help: "rfp-worker: address of its /healthz and /readyz (e.g. 0.0.0.0:9090 in a container); unset serves none",
    }
    model: ModelKind {
        env: "RFP_MODEL",
        default: "extractive",
        choices: ["extractive", "bedrock", "openai"],
        help: "`extractive` (offline, deterministic, no LLM), `bedrock` (Claude on Amazon Bedrock) or `openai` (any OpenAI-compatible chat-completions server: Ollama, vLLM, llama.cpp, LM Studio, OpenAI)",
    }
    model_delay_ms: u64 {
        env: "RFP_MODEL_DELAY_MS",
        default: "0",
        range: 0..=3_600_000,
        help: "fixed latency added to every model call, to hold jobs in flight in load and fault tests",
    }
    max_upload_bytes: u64 {
        env: "RFP_MAX_UPLOAD_BYTES",
        default: "52428800",
        range: 1..=(5 << 30),
        api_only: true,
        help: "largest accepted RFP upload (bytes); larger bodies get 413",
    }
    max_documents: usize {
        env: "RFP_MAX_DOCUMENTS",
        default: "20",
        range: 1..=200,
        api_only: true,
        help: "documents one proposal's package may hold (the main RFP, annexes, amendments, clarifications); one more gets 409 `too_many_documents`",
    }
    max_package_bytes: u64 {
        env: "RFP_MAX_PACKAGE_BYTES",
        default: "209715200",
        range: 1..=(50 << 30),
        api_only: true,
        help: "total bytes of one proposal's documents; a document that would pass it gets 413 `package_too_large`",
    }
    visibility_timeout_secs: u64 {
        env: "RFP_VISIBILITY_TIMEOUT_SECS",
        default: "60",
        range: 2..=43_200,
        help: "how long a received job stays hidden from other workers; the worker's heartbeat renews it every third of it",
    }
    max_receives: u32 {
        env: "RFP_MAX_RECEIVES",
        default: "5",
        range: 1..=1000,
        help: "deliveries of one job before it is failed (and its message dead-lettered)",
    }
    receive_wait_secs: u64 {
        env: "RFP_RECEIVE_WAIT_SECS",
        default: "20",
        range: 0..=20,
        help: "long-poll wait of one queue receive",
    }
    poll_interval_ms: u64 {
        env: "RFP_POLL_INTERVAL_MS",
        default: "200",
        range: 1..=60_000,
        help: "embedded queue: how often a waiting receive looks for messages sent by other processes",
    }
    retry_delay_secs: u64 {
        env: "RFP_RETRY_DELAY_SECS",
        default: "10",
        range: 0..=43_200,
        help: "base delay before a job that failed transiently is delivered again (doubles per attempt, at most 12 h, plus up to as much again at random)",
    }
    extract_timeout_secs: u64 {
        env: "RFP_EXTRACT_TIMEOUT_SECS",
        default: "120",
        range: 1..=3600,
        help: "time budget for extracting one document's text",
    }
    extract_isolation: ExtractIsolation {
        env: "RFP_EXTRACT_ISOLATION",
        default: "process",
        choices: ["process", "thread"],
        help: "`process` (a child process per document, killed past its time budget, its memory capped) or `thread`",
    }
    extract_memory_mb: u64 {
        env: "RFP_EXTRACT_MEMORY_MB",
        default: "2048",
        help: "address-space cap of an extraction process in MiB (0: none)",
    }
    max_text_chars: usize {
        env: "RFP_MAX_TEXT_CHARS",
        default: "4000000",
        range: 10_000..=100_000_000,
        help: "most characters of text kept from one document; pages past it are left out, the last one kept cut, and the result's meta says `text_truncated`",
    }
    analyze_timeout_secs: u64 {
        env: "RFP_ANALYZE_TIMEOUT_SECS",
        default: "900",
        range: 1..=86_400,
        help: "time budget for analysing one document (every model call of it); past it the job fails with `analysis_timeout` and its slot is freed",
    }
    owner_max_in_flight: usize {
        env: "RFP_OWNER_MAX_IN_FLIGHT",
        default: "0",
        range: 0..=256,
        help: "jobs of one owner a worker runs at once while other jobs wait in the queue; more are put back for a few seconds (0: RFP_WORKER_CONCURRENCY - 1, at least 1, so one slot is always left for another owner)",
    }
    text_cache_min_ms: u64 {
        env: "RFP_TEXT_CACHE_MIN_MS",
        default: "1000",
        help: "an extraction at least this slow keeps its text in the blob store, keyed by the document's hash, so a re-analysis skips it",
    }
    ocr: OcrKind {
        env: "RFP_OCR",
        default: "auto",
        choices: ["auto", "off", "tesseract", "textract"],
        help: "`auto`: `tesseract` when Tesseract and its languages are installed, else `off`, said at start-up; `off`; `tesseract`: pages of a PDF without a usable text layer are rendered (poppler's pdftoppm) and read by the local Tesseract, so scanned and mixed documents come out whole (either backend); `textract`: a PDF with no text layer at all is read by Amazon Textract (needs RFP_BACKEND=aws; Textract bills per page)",
    }
    ocr_timeout_secs: u64 {
        env: "RFP_OCR_TIMEOUT_SECS",
        default: "600",
        range: 1..=86_400,
        help: "time budget for reading one scanned document with OCR",
    }
    ocr_languages: String {
        env: "RFP_OCR_LANGUAGES",
        default: "eng",
        help: "Tesseract's languages, joined with `+` (e.g. `eng+fra+spa+por+ita+deu`); each needs its Debian package (`tesseract-ocr-fra`), checked at start-up",
    }
    ocr_max_pages: usize {
        env: "RFP_OCR_MAX_PAGES",
        default: "50",
        range: 1..=100_000,
        help: "most pages of one document read with Tesseract; the pages past it are left out and counted in `meta.ocr_pages_skipped`",
    }
    ocr_page_timeout_secs: u64 {
        env: "RFP_OCR_PAGE_TIMEOUT_SECS",
        default: "60",
        range: 1..=3600,
        help: "time budget for rendering and reading one page with Tesseract; a page past it fails the job with `document_timeout`",
    }
    shutdown_grace_secs: u64 {
        env: "RFP_SHUTDOWN_GRACE_SECS",
        default: "30",
        range: 0..=3600,
        help: "on SIGTERM, how long in-flight jobs may run before they are released to other workers",
    }
    log_format: LogFormat {
        env: "RFP_LOG_FORMAT",
        default: "auto",
        choices: ["auto", "json", "pretty"],
        help: "`json`, `pretty`, or `auto` (pretty on a terminal, JSON otherwise); filter with RUST_LOG",
    }
    table_name: Option<String> {
        env: "TABLE_NAME",
        help: "aws backend: the DynamoDB table",
    }
    proposals_bucket: Option<String> {
        env: "PROPOSALS_BUCKET",
        help: "aws backend: the S3 bucket of documents",
    }
    queue_url: Option<String> {
        env: "QUEUE_URL",
        help: "aws backend: the SQS job queue",
    }
    dlq_url: Option<String> {
        env: "DLQ_URL",
        help: "aws backend: the SQS dead-letter queue",
    }
    s3_force_path_style: bool {
        env: "RFP_S3_FORCE_PATH_STYLE",
        default: "false",
        help: "aws backend: path-style S3 addresses (needed by most emulators)",
    }
    s3_kms_key_id: Option<String> {
        env: "RFP_S3_KMS_KEY_ID",
        help: "aws backend: KMS key id for documents (SSE-KMS); unset means SSE-S3",
    }
    bedrock_model_id: String {
        env: "BEDROCK_MODEL_ID",
        default: "anthropic.claude-3-5-sonnet-20240620-v1:0",
        help: "bedrock model: model or inference-profile id",
    }
    openai_base_url: String {
        env: "OPENAI_BASE_URL",
        default: "https://api.openai.com/v1",
        help: "openai model: the server's API base, to which /chat/completions is added (Ollama: http://127.0.0.1:11434/v1, vLLM: http://HOST:8000/v1)",
    }
    openai_api_key: Option<Secret> {
        env: "OPENAI_API_KEY",
        help: "openai model: API key, sent as a bearer token; unset sends none (local servers need none); never logged or printed",
    }
    openai_model: Option<String> {
        env: "RFP_OPENAI_MODEL",
        help: "openai model: the model name the server knows (e.g. llama3.1:8b on Ollama, gpt-4o-mini on OpenAI); required with RFP_MODEL=openai",
    }
    openai_structured: OpenAiStructured {
        env: "RFP_OPENAI_STRUCTURED",
        default: "auto",
        choices: ["auto", "tools", "json_schema", "json_object"],
        help: "openai model: how the answer's structure is forced: `tools` (a forced function call), `json_schema` or `json_object` (response_format), or `auto` (tools, then json_schema, then json_object, as far as the server refuses each)",
    }
    sweep_interval_secs: u64 {
        env: "RFP_SWEEP_INTERVAL_SECS",
        default: "60",
        range: 0..=86_400,
        help: "rfp-worker: how often dead-lettered jobs are looked for and recorded as failed (0: never)",
    }
    prompt_cache_secs: u64 {
        env: "RFP_PROMPT_CACHE_SECS",
        default: "60",
        range: 0..=3600,
        help: "how long a worker uses a looked-up prompt before looking again: a prompt change reaches workers within it",
    }
    model_max_tokens: u32 {
        env: "RFP_MODEL_MAX_TOKENS",
        default: "8192",
        range: 1..=128_000,
        help: "LLM (bedrock, openai): most tokens one answer may have",
    }
    model_temperature: f32 {
        env: "RFP_MODEL_TEMPERATURE",
        default: "0.2",
        range: 0.0..=1.0,
        help: "LLM (bedrock, openai): sampling temperature",
    }
    model_top_p: Option<f32> {
        env: "RFP_MODEL_TOP_P",
        range: 0.0..=1.0,
        help: "LLM (bedrock, openai): nucleus sampling; unset leaves the model's default (some models refuse it together with a temperature)",
    }
    model_timeout_secs: u64 {
        env: "RFP_MODEL_TIMEOUT_SECS",
        default: "300",
        range: 1..=3600,
        help: "LLM (bedrock, openai): how long one call may take before it is abandoned and retried",
    }
    model_retry_budget: u32 {
        env: "RFP_MODEL_RETRY_BUDGET",
        default: "6",
        range: 0..=100,
        help: "LLM (bedrock, openai): repeated calls one job may make after throttling, 5xx or time-outs before it is re-queued",
    }
    model_retry_base_ms: u64 {
        env: "RFP_MODEL_RETRY_BASE_MS",
        default: "1000",
        range: 1..=60_000,
        help: "LLM (bedrock, openai): first back-off after a throttled or failed call; doubles per retry, jittered, at most 30 s",
    }
    model_input_budget_chars: usize {
        env: "RFP_MODEL_INPUT_BUDGET_CHARS",
        default: "400000",
        range: 2_000..=10_000_000,
        help: "LLM (bedrock, openai): largest prompt (characters) sent in one call; longer documents are analysed in parts and merged",
    }
    model_parallel_parts: usize {
        env: "RFP_MODEL_PARALLEL_PARTS",
        default: "2",
        range: 1..=16,
        help: "LLM (bedrock, openai): parts of one long document analysed at once",
    }
    auth: AuthMode {
        env: "RFP_AUTH",
        default: "none",
        choices: ["none", "required"],
        api_only: true,
        help: "`none` (callers name themselves in x-rfp-owner; only on a loopback RFP_LISTEN_ADDR) or `required` (a JWT from RFP_JWT_ISSUER or a key of RFP_API_KEYS)",
    }
    jwt_issuer: Option<String> {
        env: "RFP_JWT_ISSUER",
        api_only: true,
        help: "issuer (`iss`) of accepted JWTs, e.g. https://cognito-idp.<region>.amazonaws.com/<user pool id>",
    }
    jwt_audience: Option<String> {
        env: "RFP_JWT_AUDIENCE",
        api_only: true,
        help: "audience of accepted JWTs: their `aud`, or `client_id` (Cognito access tokens); required with RFP_JWT_ISSUER",
    }
    jwt_tenant_claim: Option<String> {
        env: "RFP_JWT_TENANT_CLAIM",
        api_only: true,
        help: "JWT claim naming the caller's organisation (e.g. `org_id`, `custom:org`): its members share the organisation's proposals (owner `org:<value>`); a token without it owns its own (its `sub`)",
    }
    jwt_jwks_url: Option<String> {
        env: "RFP_JWT_JWKS_URL",
        api_only: true,
        help: "where the issuer's signing keys are; default <RFP_JWT_ISSUER>/.well-known/jwks.json (Cognito's)",
    }
    auth_admin_group: String {
        env: "RFP_AUTH_ADMIN_GROUP",
        default: "rfp-admins",
        api_only: true,
        help: "group (`cognito:groups`, `groups` or `roles` claim) whose members may administer prompts",
    }
    api_keys: Option<Secret> {
        env: "RFP_API_KEYS",
        api_only: true,
        help: "service clients' API keys, stored hashed: `id:sha256hex[:admin]`, comma-separated; `rfp-api new-api-key ID` makes one",
    }
    cors_origins: Option<String> {
        env: "RFP_CORS_ORIGINS",
        api_only: true,
        help: "browser origins allowed to call the API (comma-separated, or *); unset allows none but the API's own page",
    }
    allowed_hosts: Option<String> {
        env: "RFP_ALLOWED_HOSTS",
        api_only: true,
        help: "with RFP_AUTH=none: host names (comma-separated, each with an optional :port) accepted in the Host header beside loopback ones (localhost, 127.0.0.0/8, [::1]); others get 421, against DNS rebinding",
    }
    rate_limit_per_minute: u32 {
        env: "RFP_RATE_LIMIT_PER_MINUTE",
        default: "0",
        range: 0..=1_000_000,
        api_only: true,
        help: "requests one owner may make per minute (bursts up to that many); over it, 429 with Retry-After; 0 is no limit",
    }
    callback_secret: Option<Secret> {
        env: "RFP_CALLBACK_SECRET",
        help: "key (16+ characters) that signs callbacks (HMAC-SHA256 in x-rfp-signature); unset refuses `callback_url`",
    }
    callback_allow_private: bool {
        env: "RFP_CALLBACK_ALLOW_PRIVATE",
        default: "false",
        help: "allow callbacks to loopback, private and link-local addresses, and over plain http (for development only)",
    }
    request_timeout_secs: u64 {
        env: "RFP_REQUEST_TIMEOUT_SECS",
        default: "60",
        range: 1..=3600,
        api_only: true,
        help: "longest time to produce a response (an upload included); over it, 504 `request_timeout`",
    }
    http_header_timeout_secs: u64 {
        env: "RFP_HTTP_HEADER_TIMEOUT_SECS",
        default: "30",
        range: 1..=3600,
        help: "a connection is closed when a request's head has not fully arrived this long after the connection began waiting for it: a slow sender's, and an idle keep-alive connection's",
    }
    max_concurrent_uploads: usize {
        env: "RFP_MAX_CONCURRENT_UPLOADS",
        default: "16",
        range: 1..=10_000,
        api_only: true,
        help: "uploads one API process reads at once (each is held whole, up to RFP_MAX_UPLOAD_BYTES); past it an upload waits up to 10 s, then gets 503 `uploads_busy`",
    }
    max_connections: usize {
        env: "RFP_MAX_CONNECTIONS",
        default: "4096",
        range: 16..=1_000_000,
        help: "open HTTP connections at once; past it a new connection is closed at once",
    }
}

impl Settings {
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
        if binary == Binary::Worker && doc.api_only {
            continue;
        }
        let facts: Vec<String> = [
            doc.range_text(),
            doc.default.map(|d| format!("default: {d}")),
        ]
        .into_iter()
        .flatten()
        .collect();
        let facts = if facts.is_empty() {
            String::new()
        } else {
            format!(" [{}]", facts.join("; "))
        };
        out.push_str(&format!("  {:<28} {}{}\n", doc.env, doc.help, facts));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::load::choices;
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
    fn every_declared_range_is_enforced_at_both_ends() {
        let mut checked = 0;
        for doc in SETTINGS {
            let Some((min, max)) = doc.range else {
                continue;
            };
            let whole = min.fract() == 0.0 && max.fract() == 0.0;
            let step = if whole { 1.0 } else { 0.01 };
            for (value, ok) in [
                (min, true),
                (max, true),
                (max + step, false),
                (min - step, false),
            ] {
                if value < 0.0 && whole {
                    continue;
                }
                let text = number(value);
                match load(&[(doc.env, &text)]) {
                    Ok(_) => assert!(ok, "{}={text} accepted past {:?}", doc.env, doc.range),
                    Err(e) if ok => {
                        // Accepted by its range; only another rule may refuse it.
                        assert!(
                            !e.reason.contains("out of range"),
                            "{}={text}: {e}",
                            doc.env
                        )
                    }
                    Err(e) => {
                        assert_eq!(e.setting, doc.env, "{e}");
                        let range = doc.range_text().unwrap();
                        assert!(e.reason.ends_with(&format!("out of range {range}")), "{e}");
                    }
                }
            }
            checked += 1;
        }
        assert!(checked >= 30, "only {checked} ranges declared");
    }

    #[test]
    fn help_shows_each_range_and_default_from_the_declaration() {
        let help = help_text();
        assert!(
            help.contains("RFP_WORKER_CONCURRENCY       jobs one worker process handles at once [1-256; default: 4]"),
            "{help}"
        );
        assert!(help.contains("[0-1; default: 0.2]"), "{help}");
        assert!(help.contains("[1-5368709120; default: 52428800]"), "{help}");
    }

    #[test]
    fn help_lists_every_setting() {
        let help = help_text();
        for doc in SETTINGS {
            assert!(help.contains(doc.env), "{} missing from --help", doc.env);
        }
    }
}
