//! The ports the domain code talks to (DESIGN §3). Each has an embedded adapter
//! (SQLite, a directory, the offline analyzer) and an AWS one, and one contract test
//! suite runs against both; the application holds them as `Arc<dyn Port>`.

use std::time::Duration;

use async_trait::async_trait;
use bytes::Bytes;
use chrono::{DateTime, Utc};

use crate::domain::{DocumentRef, JobMessage, PromptItem, PromptQuery, Proposal};
use crate::ids::{BlobKey, Owner, ProposalId};
use crate::state::{AnalysisRequest, Event, TransitionError};
use crate::workspace::{HistoryEntry, Workspace};

/// A boxed error from a backend's client library, kept as the source of ours.
pub type BoxError = Box<dyn std::error::Error + Send + Sync + 'static>;

/// Failures of the store.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("proposal {0} does not exist")]
    NotFound(ProposalId),
    #[error("proposal {0} already exists")]
    AlreadyExists(ProposalId),
    #[error("proposal {0} has no RFP document yet")]
    NoDocument(ProposalId),
    /// The proposal's documents changed since the caller read them.
    #[error("the documents of proposal {0} changed meanwhile")]
    PackageChanged(ProposalId),
    #[error("prompt {id} version {version} does not exist")]
    PromptNotFound { id: String, version: u32 },
    #[error("prompt {id} version {version} already exists")]
    PromptExists { id: String, version: u32 },
    /// The proposal's workspace was written by someone else since the caller read it.
    #[error("the workspace of proposal {0} changed meanwhile")]
    WorkspaceChanged(ProposalId),
    /// The state machine refused the event (stale, duplicate, in flight).
    #[error(transparent)]
    Transition(#[from] TransitionError),
    /// The backend failed; `operation` says what we were doing, `target` where
    /// (e.g. `table rfp, item PROPOSAL#…`) when the adapter knows.
    #[error("store {operation} failed{}", target.as_deref().map(|t| format!(" on {t}")).unwrap_or_default())]
    Backend {
        operation: &'static str,
        target: Option<String>,
        #[source]
        source: BoxError,
    },
}

impl StoreError {
    pub fn backend(operation: &'static str, source: impl Into<BoxError>) -> Self {
        Self::Backend {
            operation,
            target: None,
            source: source.into(),
        }
    }

    /// Names where a backend failure happened, unless it already says.
    pub fn on(self, target: impl FnOnce() -> String) -> Self {
        match self {
            Self::Backend {
                operation,
                target: None,
                source,
            } => Self::Backend {
                operation,
                target: Some(target()),
                source,
            },
            other => other,
        }
    }
}

/// What an analysis request did.
#[derive(Debug, Clone, PartialEq)]
pub enum Requested {
    /// A new job was recorded as `queued` (its message is still to be sent).
    Enqueued(Proposal),
    /// A job in flight, or a finished analysis of the current document: follow it.
    Existing(Proposal),
}

/// One page of a listing, newest first.
#[derive(Debug, Clone, PartialEq)]
pub struct Page<T> {
    pub items: Vec<T>,
    /// Pass back to get the next page; `None` on the last one.
    pub next_cursor: Option<String>,
}

/// Proposals, their documents and the state of their analysis jobs.
#[async_trait]
pub trait Store: Send + Sync + 'static {
    /// Creates a proposal; fails with `AlreadyExists` if its id is taken.
    async fn create_proposal(&self, proposal: &Proposal) -> Result<(), StoreError>;

    async fn get_proposal(&self, id: ProposalId) -> Result<Option<Proposal>, StoreError>;

    /// The owner's proposals, newest first.
    async fn list_proposals(
        &self,
        owner: &Owner,
        limit: usize,
        cursor: Option<&str>,
    ) -> Result<Page<Proposal>, StoreError>;

    /// Returns whether the proposal existed.
    async fn delete_proposal(&self, id: ProposalId) -> Result<bool, StoreError>;

    /// Makes `document` the proposal's current RFP, keeping its other documents.
    async fn set_document(
        &self,
        id: ProposalId,
        document: DocumentRef,
    ) -> Result<Proposal, StoreError> {
        for _ in 0..5 {
            let p = self
                .get_proposal(id)
                .await?
                .ok_or(StoreError::NotFound(id))?;
            let expected = p.package_sha256();
            match self
                .set_package(id, expected.as_deref(), document.clone(), p.documents)
                .await
            {
                Err(StoreError::PackageChanged(_)) => continue,
                other => return other,
            }
        }
        Err(StoreError::PackageChanged(id))
    }

    /// Sets the proposal's whole package (its main document and the others) if it is
    /// still `expected` (`Proposal::package_sha256` as the caller read it; `None`: no
    /// document yet), else `PackageChanged`. A job in flight for another package ends
    /// in the same write (`state::on_document_replaced`).
    async fn set_package(
        &self,
        id: ProposalId,
        expected: Option<&str>,
        document: DocumentRef,
        documents: Vec<DocumentRef>,
    ) -> Result<Proposal, StoreError>;

    /// Decides an analysis request (see `state::decide`) and, if a job is due,
    /// records it as `queued`, in one conditional write.
    async fn request_analysis(
        &self,
        id: ProposalId,
        request: &AnalysisRequest,
    ) -> Result<Requested, StoreError>;

    /// Applies a job event as one conditional write (see `state::apply`) and returns
    /// the proposal as written.
    async fn apply(&self, id: ProposalId, event: Event) -> Result<Proposal, StoreError>;

    /// Writes a prompt item whole (a new version is a new item).
    async fn put_prompt(&self, prompt: &PromptItem) -> Result<(), StoreError>;

    /// Writes a new prompt version; `PromptExists` if that version is already there.
    async fn create_prompt(&self, prompt: &PromptItem) -> Result<(), StoreError>;

    /// Every version of every prompt item, or of prompt `id` only, ordered by id and
    /// version. For administration: on DynamoDB the list of all prompts is a Scan.
    async fn list_prompts(&self, id: Option<&str>) -> Result<Vec<PromptItem>, StoreError>;

    /// Sets only `is_active` of one version (other attributes, including ones the
    /// original admin tools wrote, stay as they are) and returns the item.
    async fn set_prompt_active(
        &self,
        id: &str,
        version: u32,
        active: bool,
    ) -> Result<PromptItem, StoreError>;

    /// The active prompt for `query` (see `domain::pick_prompt`), by a keyed lookup.
    async fn find_prompt(&self, query: &PromptQuery) -> Result<Option<PromptItem>, StoreError>;

    /// The proposal's workspace (the team's corrections and matrix work); the empty
    /// one (version 0) when nobody wrote it.
    async fn get_workspace(&self, id: ProposalId) -> Result<Workspace, StoreError>;

    /// Writes `workspace` as version `expected + 1` and appends `entry` to the
    /// proposal's history, in one conditional write: `WorkspaceChanged` when its
    /// version is no longer `expected`, `NotFound` when the proposal is gone.
    async fn put_workspace(
        &self,
        id: ProposalId,
        expected: u64,
        workspace: &Workspace,
        entry: &HistoryEntry,
    ) -> Result<(), StoreError>;

    /// The history of the proposal's workspace, newest first: at most `limit` entries
    /// older than version `before` (all when `None`).
    async fn workspace_history(
        &self,
        id: ProposalId,
        limit: usize,
        before: Option<u64>,
    ) -> Result<Vec<HistoryEntry>, StoreError>;

    /// Deletes the workspace and its history (with the proposal).
    async fn delete_workspace(&self, id: ProposalId) -> Result<(), StoreError>;

    /// Cheap round trip for `/readyz`.
    async fn ping(&self) -> Result<(), StoreError>;
}

/// Failures of the queue.
#[derive(Debug, thiserror::Error)]
pub enum QueueError {
    /// The receipt no longer holds the message (its visibility ran out and someone
    /// else received it, or it was deleted).
    #[error("receipt for message {message_id} is no longer valid")]
    ReceiptInvalid { message_id: String },
    #[error("queue {operation} failed on {queue}")]
    Backend {
        operation: &'static str,
        queue: String,
        #[source]
        source: BoxError,
    },
}

/// A received message. Its body is raw text: a worker must cope with a message it
/// cannot parse (a poison message) without failing the others.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Delivery {
    pub message_id: String,
    /// Proves the holder's lease; needed to extend, release or delete.
    pub receipt: String,
    pub body: String,
    /// How many times the message was received, this time included.
    pub receive_count: u32,
    pub sent_at: DateTime<Utc>,
}

/// How much work is waiting, for `/readyz`, metrics and autoscaling.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct QueueDepth {
    pub visible: u64,
    pub in_flight: u64,
    pub dead_letters: u64,
    /// Age of the oldest visible message, where the queue can tell (SQS cannot; its
    /// CloudWatch metric `ApproximateAgeOfOldestMessage` does).
    pub oldest_age: Option<Duration>,
}

/// At-least-once job queue with visibility timeouts and a dead-letter queue.
#[async_trait]
pub trait JobQueue: Send + Sync + 'static {
    async fn send(&self, message: &JobMessage) -> Result<String, QueueError>;

    /// Up to `max` messages, waiting up to `wait` for the first. Each received message
    /// is invisible to others for the queue's visibility timeout. A message received
    /// more than the allowed number of times goes to the dead-letter queue instead.
    async fn receive(&self, max: usize, wait: Duration) -> Result<Vec<Delivery>, QueueError>;

    /// As [`receive`](Self::receive), but a queue that can stop waiting early once
    /// `stop` is cancelled does so (returning what it took, maybe nothing). Whatever
    /// it returns is the caller's to handle or release: dropping a pending receive
    /// instead can leave messages taken and hidden for a visibility timeout (an SQS
    /// long poll goes on server-side). The default waits as `receive` does.
    async fn receive_until(
        &self,
        max: usize,
        wait: Duration,
        stop: &tokio_util::sync::CancellationToken,
    ) -> Result<Vec<Delivery>, QueueError> {
        let _ = stop;
        self.receive(max, wait).await
    }

    /// Keeps the message invisible for `visibility` from now (heartbeat), or makes it
    /// visible again after that long (release with a delay; zero releases at once).
    async fn set_visibility(
        &self,
        delivery: &Delivery,
        visibility: Duration,
    ) -> Result<(), QueueError>;

    /// Puts a received message back as if it had not been received: visible again
    /// after `delay` (whole seconds on SQS, at most 15 minutes), its receive count
    /// back to zero. For a job that was not started (its owner already has its share
    /// of the worker's slots), so waiting its turn never counts as a delivery towards
    /// the dead-letter queue.
    async fn defer(&self, delivery: &Delivery, delay: Duration) -> Result<(), QueueError>;

    /// Removes the message for good; call only once its outcome is durable.
    async fn delete(&self, delivery: &Delivery) -> Result<(), QueueError>;

    async fn depth(&self) -> Result<QueueDepth, QueueError>;

    /// Up to `max` dead-lettered messages the sweeper has not handled yet.
    async fn receive_dead_letters(&self, max: usize) -> Result<Vec<Delivery>, QueueError>;

    /// Marks a dead letter handled: it stays in the dead-letter queue for inspection
    /// (SQS: hidden for 12 hours, then looked at again, harmlessly) but is not
    /// returned again.
    async fn dead_letter_handled(&self, delivery: &Delivery) -> Result<(), QueueError>;
}

/// Failures of the blob store.
#[derive(Debug, thiserror::Error)]
pub enum BlobError {
    #[error("blob {0} does not exist")]
    NotFound(BlobKey),
    #[error("blob {operation} failed for {key}")]
    Backend {
        operation: &'static str,
        key: String,
        #[source]
        source: BoxError,
    },
}

/// A presigned upload: PUT the bytes to `url` with exactly these headers.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct PresignedPut {
    pub url: String,
    pub headers: std::collections::BTreeMap<String, String>,
}

/// Documents and derived files, by key.
#[async_trait]
pub trait Blobs: Send + Sync + 'static {
    /// Writes the object whole or not at all.
    async fn put(&self, key: &BlobKey, bytes: Bytes, content_type: &str) -> Result<(), BlobError>;

    async fn get(&self, key: &BlobKey) -> Result<Bytes, BlobError>;

    async fn exists(&self, key: &BlobKey) -> Result<bool, BlobError>;

    /// Deletes one object. One that is not there is no error.
    async fn delete(&self, key: &BlobKey) -> Result<(), BlobError>;

    /// Deletes every object under `prefix/`; returns how many. Nothing there is no
    /// error.
    async fn delete_prefix(&self, prefix: &BlobKey) -> Result<u64, BlobError>;

    /// The object's size in bytes, or `None` when it does not exist.
    async fn size(&self, key: &BlobKey) -> Result<Option<u64>, BlobError>;

    /// The first `n` bytes of the object (all of it when shorter).
    async fn get_prefix(&self, key: &BlobKey, n: usize) -> Result<Bytes, BlobError> {
        let all = self.get(key).await?;
        Ok(all.slice(..all.len().min(n)))
    }

    /// A URL a client can PUT the object's bytes to directly, bound to its type and
    /// SHA-256, valid for `expires`; `None` where the store has no such thing (the
    /// embedded directory).
    async fn presign_put(
        &self,
        _key: &BlobKey,
        _content_type: &str,
        _sha256_hex: &str,
        _expires: Duration,
    ) -> Result<Option<PresignedPut>, BlobError> {
        Ok(None)
    }

    /// The bucket name recorded in document references (`local` when embedded).
    fn bucket(&self) -> &str;

    async fn ping(&self) -> Result<(), BlobError>;
}

/// One thing a document says about itself besides its text, as extraction found it:
/// a line in the Title style or a heading level, one of the largest lines, or a
/// property (title, author, company). `kind` is the offline engine's name for it
/// (`rfp_engine::HintKind::name`): `title`, `heading1`…`heading3`, `large`,
/// `meta_title`, `meta_subject`, `meta_author`, `meta_company`. Extraction bounds and
/// cleans them (a few dozen, a few hundred characters each, no control characters).
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct DocumentHint {
    pub kind: String,
    pub text: String,
}

/// What a model is asked: the prompt, the document's text page by page, and the
/// JSON schema its answer must meet.
#[derive(Debug, Clone)]
pub struct ModelRequest {
    pub system_prompt: String,
    /// The prompt item's template; the document's text replaces its placeholder.
    pub user_prompt_template: String,
    /// Appended to the template (DESIGN §9); authoritative about the answer's keys.
    pub output_format: String,
    /// The document's text, one entry per page (one entry for formats without pages).
    pub pages: std::sync::Arc<Vec<String>>,
    /// What the document says about itself (styles, properties); empty for a package
    /// read whole and for texts cached before extraction kept them. The offline engine
    /// weighs them when it picks the title and issuer.
    pub hints: std::sync::Arc<Vec<DocumentHint>>,
    /// The JSON schema the analysis must meet.
    pub schema: std::sync::Arc<serde_json::Value>,
    /// Told `(parts done, parts)` as a long document's parts are analysed.
    pub progress: Option<tokio::sync::watch::Sender<(usize, usize)>>,
}

impl ModelRequest {
    /// The whole document's text, pages separated by blank lines.
    pub fn document_text(&self) -> String {
        self.pages.join("\n\n")
    }

    /// The user prompt for `text`, as DESIGN §9 assembles it.
    pub fn user_prompt(&self, text: &str) -> String {
        crate::domain::user_prompt(&self.user_prompt_template, &self.output_format, text)
    }
}

/// How a long document was split for the model.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Chunking {
    /// The parts analysed separately before the merge.
    pub parts: usize,
    /// The first and last page (1-based) of each part.
    pub pages: Vec<(usize, usize)>,
    /// The calls that merged the parts' analyses.
    pub merge_calls: u32,
}

/// What a model answered.
#[derive(Debug, Clone, PartialEq)]
pub struct ModelAnswer {
    /// The analysis object: at least `summary` and `extracted_data`.
    pub analysis: serde_json::Value,
    /// `extractive`, `bedrock`, `openai`, …
    pub engine: &'static str,
    pub model_id: String,
    /// Who ran the model: `local`, `aws-bedrock`, `openai-compatible`.
    pub provider: &'static str,
    /// The host (and port) of the model's server, where there is one; never a key.
    pub provider_host: Option<String>,
    pub input_tokens: u64,
    pub output_tokens: u64,
    /// Model calls that returned an answer (parts, merges, corrections).
    pub calls: u32,
    /// HTTP attempts, including those retried after throttling or errors.
    pub attempts: u32,
    /// Time spent waiting for the model, summed over calls.
    pub latency_ms: f64,
    /// Set when the document was analysed in parts.
    pub chunking: Option<Chunking>,
}

impl ModelAnswer {
    /// An answer computed in process, without a model call.
    pub fn local(analysis: serde_json::Value, engine: &'static str, model_id: &str) -> Self {
        Self {
            analysis,
            engine,
            model_id: model_id.into(),
            provider: "local",
            provider_host: None,
            input_tokens: 0,
            output_tokens: 0,
            calls: 0,
            attempts: 0,
            latency_ms: 0.0,
            chunking: None,
        }
    }
}

/// Failures of a model call, classified once so the worker knows what to retry.
#[derive(Debug, thiserror::Error)]
pub enum ModelError {
    /// 429 or a quota-per-minute refusal; `retry_after` is the server's own wait
    /// (`Retry-After`), honoured when it is within the back-off's ceiling.
    #[error("the model is throttling requests: {detail}")]
    Throttled {
        detail: String,
        retry_after: Option<std::time::Duration>,
    },
    #[error("the model is unavailable: {0}")]
    Unavailable(String),
    #[error("the model did not answer in time")]
    Timeout,
    #[error("the model refused the request: {0}")]
    Invalid(String),
    /// The credentials were refused (401, 403): another attempt would be refused too.
    #[error("the model server refused the credentials: {0}")]
    AuthFailed(String),
    /// The server has no such model.
    #[error("the model was not found: {0}")]
    NotFound(String),
    #[error("the model's answer is not a valid analysis: {0}")]
    OutputInvalid(String),
    #[error("the input is too long for the model: {0}")]
    InputTooLong(String),
    #[error("the model's answer was cut off at the output limit: {0}")]
    OutputTruncated(String),
    /// The whole analysis outlasted its budget (`RFP_ANALYZE_TIMEOUT_SECS`); not
    /// retried, as a deterministic analysis would only spend it again.
    #[error("{0}")]
    BudgetSpent(String),
}

impl ModelError {
    /// A throttling refusal without a wait from the server.
    pub fn throttled(detail: impl Into<String>) -> Self {
        Self::Throttled {
            detail: detail.into(),
            retry_after: None,
        }
    }

    /// The one place that decides what is worth another attempt.
    pub fn is_retryable(&self) -> bool {
        matches!(
            self,
            Self::Throttled { .. } | Self::Unavailable(_) | Self::Timeout
        )
    }

    /// The wait the server asked for before another attempt, if it named one.
    pub fn retry_after(&self) -> Option<std::time::Duration> {
        match self {
            Self::Throttled { retry_after, .. } => *retry_after,
            _ => None,
        }
    }

    /// The stable code recorded on a failed job.
    pub fn code(&self) -> &'static str {
        use crate::failure::FailureCode;
        let code = match self {
            Self::Throttled { .. } => FailureCode::ModelThrottled,
            Self::Unavailable(_) | Self::Timeout => FailureCode::ModelUnavailable,
            Self::Invalid(_) => FailureCode::ModelRequestInvalid,
            Self::AuthFailed(_) => FailureCode::ModelAuthFailed,
            Self::NotFound(_) => FailureCode::ModelNotFound,
            Self::OutputInvalid(_) => FailureCode::ModelOutputInvalid,
            Self::OutputTruncated(_) => FailureCode::ModelOutputTruncated,
            Self::InputTooLong(_) => FailureCode::ModelInputTooLong,
            Self::BudgetSpent(_) => FailureCode::AnalysisTimeout,
        };
        code.as_str()
    }
}

/// The LLM call (or the offline analyzer standing in for it).
#[async_trait]
pub trait Model: Send + Sync + 'static {
    async fn analyze(&self, request: ModelRequest) -> Result<ModelAnswer, ModelError>;

    /// Whether a tender package is analysed one document at a time and the analyses
    /// merged by role (the offline engine, which reads no instructions), rather than
    /// given to the model whole, in order, with its roles and the precedence rule.
    fn reads_packages_per_document(&self) -> bool {
        false
    }
}

/// A failure that knows its job error's `code` and whether another delivery may
/// succeed: the one classification of each failure type (the model's, the text
/// extraction's, OCR's), turned into the job's `JobError` in one place (the worker's
/// pipeline).
pub trait JobFailure: std::fmt::Display {
    fn code(&self) -> &'static str;
    fn retryable(&self) -> bool;
}

impl JobFailure for ModelError {
    fn code(&self) -> &'static str {
        ModelError::code(self)
    }

    fn retryable(&self) -> bool {
        self.is_retryable()
    }
}
