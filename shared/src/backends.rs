//! Builds the store, queue and blob adapters that the settings name. Backend choice
//! is configuration, never a code change.

use std::sync::Arc;

use crate::domain::JobMessage;
use crate::embedded::{Db, DirBlobs, SqliteQueue, SqliteStore};
use crate::ids::ProposalId;
use crate::ports::{Blobs, JobQueue, QueueError, Requested, Store, StoreError};
use crate::settings::{Backend, Settings, SettingsError};
use crate::state::{self, AnalysisRequest, Decision};

/// The adapters behind the ports, shared by the API and the worker.
#[derive(Clone)]
pub struct Backends {
    pub store: Arc<dyn Store>,
    pub queue: Arc<dyn JobQueue>,
    pub blobs: Arc<dyn Blobs>,
    /// Set on the embedded backend: the concrete adapters, for operator commands and
    /// tests that look below the ports (job history, dead letters).
    pub embedded: Option<Embedded>,
}

/// Why a job could not be submitted.
#[derive(Debug, thiserror::Error)]
pub enum SubmitError {
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error(transparent)]
    Queue(#[from] QueueError),
}

impl Backends {
    /// Decides an analysis request and, when a job is due, records it as `queued`
    /// and enqueues its message, so that no job is ever `queued` without a message.
    ///
    /// Embedded: one SQLite transaction does it all. Elsewhere the store and the queue
    /// are separate services, so the message goes first: read the proposal, decide,
    /// send the job's message, then record the job with a conditional write. A crash
    /// between the send and the write, or a concurrent request that wins the write,
    /// leaves a message for a job that was never recorded; the worker recognises it
    /// (its job id is newer than the proposal's, and not recorded within
    /// [`RECORD_GRACE`]) and drops it. A failed send records nothing: the client asks
    /// again.
    pub async fn request_analysis(
        &self,
        id: ProposalId,
        request: &AnalysisRequest,
    ) -> Result<Requested, SubmitError> {
        if let Some(e) = &self.embedded {
            return Ok(crate::embedded::request_atomically(&e.store, &e.queue, id, request).await?);
        }
        let current = self
            .store
            .get_proposal(id)
            .await?
            .ok_or(StoreError::NotFound(id))?;
        match state::decide(&current, request) {
            Decision::NotFound => return Err(StoreError::NotFound(id).into()),
            Decision::NoDocument => return Err(StoreError::NoDocument(id).into()),
            Decision::Existing => return Ok(Requested::Existing(current)),
            Decision::Enqueue(_) => {}
        }
        let message = JobMessage {
            v: JobMessage::VERSION,
            job_id: request.job_id,
            proposal_id: id,
            owner: current.owner.clone(),
            document: current.document.clone().ok_or(StoreError::NoDocument(id))?,
            documents: current.documents.clone(),
            requested_at: request.at,
            trace_id: request.trace_id.clone(),
            callback_url: request.callback_url.clone(),
        };
        self.queue.send(&message).await?;
        let outcome = self.store.request_analysis(id, request).await?;
        if let Requested::Existing(p) = &outcome {
            tracing::info!(job_id = %message.job_id, current = ?p.analysis.job_id,
                "Another request recorded its job first; this job's message will be dropped by the worker.");
        }
        Ok(outcome)
    }
}

/// How long a worker waits for the job of a message to be recorded (the API sends
/// the message just before it records the job) before it drops the message.
pub const RECORD_GRACE: chrono::TimeDelta = chrono::TimeDelta::minutes(2);

/// The embedded adapters by their concrete types.
#[derive(Clone)]
pub struct Embedded {
    pub store: SqliteStore,
    pub queue: SqliteQueue,
    pub blobs: DirBlobs,
}

/// Why the backends could not be reached at start-up.
#[derive(Debug, thiserror::Error)]
pub enum ConnectError {
    #[error(transparent)]
    Setting(#[from] SettingsError),
    #[error("cannot open the embedded database {path}: {reason}")]
    Database { path: String, reason: String },
    #[error("cannot open the document directory {path}: {reason}")]
    Blobs { path: String, reason: String },
}

/// The AWS adapters over `clients` (the settings were validated: the names are set).
pub fn aws_backends(clients: &crate::aws::Clients, settings: &Settings) -> Backends {
    let bucket = settings.proposals_bucket.clone().unwrap_or_default();
    let store = crate::aws::DynamoStore::new(
        clients.dynamodb.clone(),
        settings.table_name.clone().unwrap_or_default(),
        Some((clients.s3.clone(), bucket.clone())),
    );
    let queue = crate::aws::SqsQueue::new(
        clients.sqs.clone(),
        settings.queue_url.clone().unwrap_or_default(),
        settings.dlq_url.clone(),
        settings.visibility_timeout(),
    );
    let blobs =
        crate::aws::S3Blobs::new(clients.s3.clone(), bucket, settings.s3_kms_key_id.clone());
    Backends {
        store: Arc::new(store),
        queue: Arc::new(queue),
        blobs: Arc::new(blobs),
        embedded: None,
    }
}

/// The name of the embedded job queue.
pub const EMBEDDED_QUEUE: &str = "jobs";

/// Opens the adapters the settings ask for.
pub async fn connect(settings: &Settings) -> Result<Backends, ConnectError> {
    match settings.backend {
        Backend::Embedded => {
            let path = settings.database_path();
            let db = Db::open(&path).map_err(|e| ConnectError::Database {
                path: path.display().to_string(),
                reason: e.to_string(),
            })?;
            let blob_dir = settings.blob_dir();
            let blobs = DirBlobs::open(&blob_dir).map_err(|e| ConnectError::Blobs {
                path: blob_dir.display().to_string(),
                reason: e.to_string(),
            })?;
            let store = SqliteStore::new(db.clone());
            let queue = SqliteQueue::new(
                db,
                EMBEDDED_QUEUE,
                settings.visibility_timeout(),
                settings.max_receives,
                settings.poll_interval(),
            );
            Ok(Backends {
                store: Arc::new(store.clone()),
                queue: Arc::new(queue.clone()),
                blobs: Arc::new(blobs.clone()),
                embedded: Some(Embedded {
                    store,
                    queue,
                    blobs,
                }),
            })
        }
        Backend::Aws => {
            let clients = crate::aws::Clients::from_env(settings).await;
            Ok(aws_backends(&clients, settings))
        }
    }
}
