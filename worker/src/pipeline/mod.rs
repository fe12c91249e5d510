//! The job pipeline: one delivery from the queue, handled from start to a durable
//! outcome.
//!
//! Order of writes, and why:
//! 1. `Start` is a fenced write: a delivery for a job that is no longer the
//!    proposal's current one, or that already ended, stops here and its message is
//!    deleted. Duplicates and redeliveries are normal events, not errors.
//! 2. While the job runs, a heartbeat keeps the message invisible to other workers.
//! 3. The result is written (`Complete`, fenced again), and only then is the message
//!    deleted. A crash between the two leaves a message whose redelivery finds the job
//!    finished and deletes it.
//! 4. A transient failure records `Retry` and makes the message visible again after a
//!    jittered, growing delay; on the last allowed delivery it records `Fail` instead,
//!    so no job is left `processing` forever.

use std::sync::Arc;
use std::time::{Duration, Instant};

use chrono::Utc;
use serde_json::{Value, json};
use tracing::{Instrument, info, warn};

use rfp_shared::backends::Backends;
use rfp_shared::domain::{DocumentRef, JobError, JobMessage, Stage};
use rfp_shared::failure::FailureCode;
use rfp_shared::ports::{Blobs, Delivery, JobQueue, Model, QueueError, Store, StoreError};
use rfp_shared::state::{Event, TransitionError};
use rfp_shared::telemetry::error_chain;

use crate::prompt::PromptCache;

mod meta;
mod package;
mod stages;
mod sweep;
mod text;

pub use crate::config::WorkerConfig;

/// How long a quick stage may run before its progress is written. Stages that end
/// sooner are not recorded separately: on DynamoDB every status write is a billed
/// request, and a client polling every second would never have seen them anyway.
const STAGE_WRITE_DELAY: Duration = Duration::from_secs(1);

/// How often a long analysis looks whether its job is still wanted.
const STILL_CURRENT_EVERY: Duration = Duration::from_secs(5);

/// How long a message whose job is not recorded yet waits before it is looked at again.
const NOT_YET_RECORDED_DELAY: Duration = Duration::from_secs(2);

/// The longest a message may be hidden (SQS's longest visibility timeout): the
/// ceiling of a job's redelivery back-off.
const MAX_REDELIVERY_DELAY: Duration = Duration::from_secs(12 * 3600);

/// Whether `msg` is for a job that may still be recorded: newer than the proposal's
/// current job (job ids are time-ordered UUIDv7s) and sent within the grace period.
/// Older, it is a message whose job was never recorded (a lost race, or an API that
/// crashed between send and record), and is dropped.
fn not_yet_recorded(msg: &JobMessage, current: Option<rfp_shared::ids::JobId>) -> bool {
    current.is_none_or(|c| msg.job_id > c)
        && Utc::now() - msg.requested_at < rfp_shared::backends::RECORD_GRACE
}

/// How one delivery ended, for logs, metrics and tests.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Disposition {
    Completed,
    /// Recorded as failed with this code.
    Failed(String),
    /// Will be delivered again after a delay.
    Retrying(String),
    /// A duplicate or stale delivery, or a job whose proposal is gone: deleted.
    Dropped(&'static str),
    /// A message that is not a job; left for the dead-letter queue.
    Poison,
}

/// A failure inside a job, classified.
#[derive(Debug)]
struct Failure {
    error: JobError,
}

impl Failure {
    fn permanent(code: FailureCode, message: impl Into<String>) -> Self {
        Self {
            error: JobError::new(code.as_str(), message, false),
        }
    }

    fn transient(code: FailureCode, message: impl Into<String>) -> Self {
        Self {
            error: JobError::new(code.as_str(), message, true),
        }
    }

    /// The job's error for a classified failure: its code, its message, and whether
    /// it is retried.
    fn of(e: &impl rfp_shared::ports::JobFailure) -> Self {
        Self {
            error: JobError::new(e.code(), e.to_string(), e.retryable()),
        }
    }
}

/// Why a job stopped early without an outcome of its own.
enum Stop {
    Failed(Failure),
    /// The job was superseded or finished elsewhere; nothing more to write.
    Superseded(&'static str),
}

impl From<Failure> for Stop {
    fn from(f: Failure) -> Self {
        Stop::Failed(f)
    }
}

/// The worker: handles deliveries; see [`crate::runner`] for the receive loop.
#[derive(Clone)]
pub struct Worker {
    /// All of them, for the health listener.
    backends: Backends,
    pub(crate) store: Arc<dyn Store>,
    pub(crate) queue: Arc<dyn JobQueue>,
    blobs: Arc<dyn Blobs>,
    model: Arc<dyn Model>,
    /// Reads PDFs without a text layer (`RFP_OCR`); none: they fail `document_no_text`.
    ocr: Option<Arc<dyn crate::ocr::Ocr>>,
    prompts: Arc<PromptCache>,
    pub(crate) config: WorkerConfig,
    /// Recorded on the jobs this worker holds.
    pub(crate) id: String,
}

impl Worker {
    pub fn new(backends: &Backends, model: Arc<dyn Model>, config: WorkerConfig) -> Self {
        let host = std::env::var("HOSTNAME").unwrap_or_else(|_| "local".into());
        let nonce = &uuid::Uuid::new_v4().simple().to_string()[..6];
        Self {
            backends: backends.clone(),
            store: backends.store.clone(),
            queue: backends.queue.clone(),
            blobs: backends.blobs.clone(),
            model,
            ocr: None,
            prompts: Arc::new(PromptCache::new(config.prompt_ttl)),
            config,
            id: format!("{host}-{}-{nonce}", std::process::id()),
        }
    }

    /// Scanned PDFs are read by `ocr` instead of failing with `document_no_text`.
    pub fn with_ocr(mut self, ocr: Arc<dyn crate::ocr::Ocr>) -> Self {
        self.ocr = Some(ocr);
        self
    }

    /// The store, queue and blob store the worker uses.
    pub fn backends(&self) -> &Backends {
        &self.backends
    }

    pub fn id(&self) -> &str {
        &self.id
    }

    /// Handles one delivery to a durable outcome, and counts how it ended.
    pub async fn handle(&self, delivery: Delivery) -> Disposition {
        let lag = (Utc::now() - delivery.sent_at).to_std().unwrap_or_default();
        metrics::histogram!("rfp_queue_lag_seconds").record(lag.as_secs_f64());
        let started = Instant::now();
        let disposition = self.handle_delivery(delivery).await;
        let (outcome, code) = match &disposition {
            Disposition::Completed => ("completed", String::new()),
            Disposition::Failed(code) => ("failed", code.clone()),
            Disposition::Retrying(code) => ("retrying", code.clone()),
            Disposition::Dropped(why) => ("dropped", (*why).to_owned()),
            Disposition::Poison => ("poison", String::new()),
        };
        metrics::counter!("rfp_jobs_total", "outcome" => outcome, "code" => code).increment(1);
        metrics::histogram!("rfp_stage_duration_seconds", "stage" => "job")
            .record(started.elapsed().as_secs_f64());
        disposition
    }

    async fn handle_delivery(&self, delivery: Delivery) -> Disposition {
        let message: JobMessage = match serde_json::from_str(&delivery.body) {
            Ok(m) => m,
            Err(e) => {
                // Left to its visibility timeout; after the last allowed delivery the
                // queue moves it to the dead-letter queue, where an operator looks.
                warn!(message_id = %delivery.message_id, receive_count = delivery.receive_count, error = %e,
                    "Received a message that is not a job; leaving it for the dead-letter queue.");
                self.release(&delivery, self.config.retry_delay).await;
                return Disposition::Poison;
            }
        };
        let span = tracing::info_span!(
            "job",
            job_id = %message.job_id,
            proposal_id = %message.proposal_id,
            trace_id = %message.trace_id,
            attempt = delivery.receive_count,
        );
        self.handle_job(delivery, message).instrument(span).await
    }

    async fn handle_job(&self, delivery: Delivery, msg: JobMessage) -> Disposition {
        let started = Instant::now();
        let attempt = delivery.receive_count;
        let started_as = match self.start(&delivery, &msg).await {
            Ok(p) => p,
            Err(settled) => return settled,
        };

        let heartbeat = AbortOnDrop(self.spawn_heartbeat(delivery.clone()));
        let outcome = self
            .run(&msg, attempt, &started_as)
            .await
            .map(|mut result| {
                // What a re-analysis changed, against the analysis it replaces.
                if let Some(previous) = started_as.analysis.result.as_ref() {
                    let differences = crate::merge::differences(previous, &result);
                    result["changed_since_previous"] = json!({
                        "job_id": previous.pointer("/meta/job_id"),
                        "fields": differences,
                    });
                }
                result
            });
        drop(heartbeat);

        match outcome {
            Ok(result) => {
                let complete = Event::Complete {
                    job_id: msg.job_id,
                    result,
                    at: Utc::now(),
                };
                let gone = Disposition::Dropped("superseded");
                let done = self
                    .finish(
                        &delivery,
                        &msg,
                        attempt,
                        complete,
                        Disposition::Completed,
                        gone,
                    )
                    .await;
                match &done {
                    Disposition::Completed => info!(
                        elapsed_ms = started.elapsed().as_millis() as u64,
                        "Completed the analysis."
                    ),
                    Disposition::Dropped(_) => {
                        info!("The job was superseded while it ran; its result is discarded.");
                    }
                    _ => {}
                }
                done
            }
            Err(Stop::Superseded(why)) => {
                self.delete(&delivery).await;
                Disposition::Dropped(why)
            }
            Err(Stop::Failed(f)) if f.error.retryable && attempt < self.config.max_receives => {
                let delay = self.backoff(attempt);
                warn!(code = %f.error.code, error = %f.error.message, retry_in_ms = delay.as_millis() as u64,
                    "The attempt failed; the job will be delivered again.");
                let code = f.error.code.clone();
                let retry = Event::Retry {
                    job_id: msg.job_id,
                    error: f.error,
                };
                if let Err(e) = self.store.apply(msg.proposal_id, retry).await {
                    warn!(error = %error_chain(&e), "Cannot record the retry.");
                }
                self.release(&delivery, delay).await;
                Disposition::Retrying(code)
            }
            Err(Stop::Failed(f)) => {
                let code = f.error.code.clone();
                info!(code = %code, error = %f.error.message, "The analysis failed.");
                let fail = Event::Fail {
                    job_id: msg.job_id,
                    error: f.error,
                    at: Utc::now(),
                };
                let failed = Disposition::Failed(code);
                self.finish(&delivery, &msg, attempt, fail, failed.clone(), failed)
                    .await
            }
        }
    }

    /// Records the job's start. `Ok`: it runs, with the proposal as the start wrote it
    /// (the previous result still in it); `Err`: the delivery is settled without
    /// running (dropped, put back, or deleted), with its disposition.
    async fn start(
        &self,
        delivery: &Delivery,
        msg: &JobMessage,
    ) -> Result<rfp_shared::domain::Proposal, Disposition> {
        let attempt = delivery.receive_count;
        let start = || Event::Start {
            job_id: msg.job_id,
            attempt,
            worker: self.id.clone(),
            at: Utc::now(),
        };
        let mut started_as = self.store.apply(msg.proposal_id, start()).await;
        // A long-polling worker can receive a message within milliseconds of its send,
        // before the API's record of the job lands: look again a few times, briefly,
        // before putting the message back.
        //
        // The same goes for a start refused because the record changed under the
        // write (`NotAllowed`: the refusal's own read of the record would accept it,
        // which only a write landing in between explains — the API's record of this
        // very job, on an emulator whose conditional writes are not atomic). Such a
        // delivery was once dropped and its message deleted, losing the job.
        for pause_ms in [20, 80, 300] {
            match &started_as {
                Err(StoreError::Transition(TransitionError::Stale { current, .. }))
                    if not_yet_recorded(msg, *current) =>
                {
                    tokio::time::sleep(Duration::from_millis(pause_ms)).await;
                    started_as = self.store.apply(msg.proposal_id, start()).await;
                }
                Err(StoreError::Transition(TransitionError::NotAllowed { .. })) => {
                    tokio::time::sleep(Duration::from_millis(pause_ms)).await;
                    started_as = self.store.apply(msg.proposal_id, start()).await;
                }
                _ => break,
            }
        }
        match started_as {
            Ok(p) => {
                // From the request to the start: a message that waited out a
                // visibility timeout shows here as a minute or more.
                let waited = (Utc::now() - msg.requested_at).to_std().unwrap_or_default();
                metrics::histogram!("rfp_job_start_wait_seconds").record(waited.as_secs_f64());
                Ok(p)
            }
            Err(StoreError::NotFound(_)) => {
                info!("The proposal was deleted; dropping its job.");
                self.delete(delivery).await;
                Err(Disposition::Dropped("proposal deleted"))
            }
            Err(StoreError::Transition(TransitionError::Stale { current, .. }))
                if not_yet_recorded(msg, current)
                    && delivery.receive_count < self.config.max_receives =>
            {
                // The API sends a job's message just before it records the job: give
                // the record a moment rather than drop a job that is about to exist.
                info!("The job is not recorded yet; looking again shortly.");
                self.release(delivery, NOT_YET_RECORDED_DELAY).await;
                Err(Disposition::Retrying(
                    FailureCode::JobNotRecordedYet.as_str().into(),
                ))
            }
            Err(StoreError::Transition(e @ TransitionError::NotAllowed { .. }))
                if delivery.receive_count < self.config.max_receives =>
            {
                // Still changing under the write: never a reason to lose the job.
                warn!(reason = %e, "The job's record kept changing under its start; looking again shortly.");
                self.release(delivery, NOT_YET_RECORDED_DELAY).await;
                Err(Disposition::Retrying(
                    FailureCode::JobStartRefused.as_str().into(),
                ))
            }
            Err(StoreError::Transition(e)) => {
                info!(reason = %e, "Dropping a duplicate or stale delivery.");
                self.delete(delivery).await;
                Err(Disposition::Dropped(match e {
                    TransitionError::Finished { .. } => "already finished",
                    _ => "stale",
                }))
            }
            Err(e) => {
                warn!(error = %error_chain(&e), "Cannot record the job's start; it will be delivered again.");
                self.release(delivery, self.backoff(attempt)).await;
                Err(Disposition::Retrying(
                    FailureCode::StoreUnavailable.as_str().into(),
                ))
            }
        }
    }

    /// Records the job's last event (its result or its failure) and settles the
    /// delivery: recorded, the callback is sent and the message deleted (`recorded`);
    /// refused because the job moved on meanwhile, the message is deleted (`gone`);
    /// the store out of reach, the message comes back after the backoff.
    async fn finish(
        &self,
        delivery: &Delivery,
        msg: &JobMessage,
        attempt: u32,
        event: Event,
        recorded: Disposition,
        gone: Disposition,
    ) -> Disposition {
        match self.store.apply(msg.proposal_id, event).await {
            Ok(p) => {
                self.notify(msg, &p);
                self.delete(delivery).await;
                recorded
            }
            Err(StoreError::Transition(_) | StoreError::NotFound(_)) => {
                self.delete(delivery).await;
                gone
            }
            Err(e) => {
                warn!(error = %error_chain(&e), "Cannot record the job's outcome; it will be delivered again.");
                self.release(delivery, self.backoff(attempt)).await;
                Disposition::Retrying(FailureCode::StoreUnavailable.as_str().into())
            }
        }
    }

    /// POSTs the ended job's outcome to its callback URL, if it has one, in the
    /// background (see `callback`); the job is not held up by a slow receiver.
    fn notify(&self, msg: &JobMessage, p: &rfp_shared::domain::Proposal) {
        let Some(url) = msg.callback_url.clone() else {
            return;
        };
        let a = &p.analysis;
        let event = if a.status == rfp_shared::domain::AnalysisStatus::Completed {
            "analysis.completed"
        } else {
            "analysis.failed"
        };
        let body = json!({
            "event": event,
            "proposal_id": p.id,
            "job_id": msg.job_id,
            "status": a.status,
            "completed_at": a.completed_at,
            "error": a.error,
            "rfp_analysis": a.result,
        });
        let body = serde_json::to_vec(&body).expect("a JSON value serialises");
        let callbacks = self.config.callbacks.clone();
        let span = tracing::Span::current();
        tokio::spawn(tracing::Instrument::instrument(
            async move {
                match callbacks.deliver(&url, event, body).await {
                    Ok(attempts) => {
                        metrics::counter!("rfp_callbacks_total", "outcome" => "delivered")
                            .increment(1);
                        info!(attempts, "Delivered the callback.");
                    }
                    Err(why) => {
                        metrics::counter!("rfp_callbacks_total", "outcome" => "failed")
                            .increment(1);
                        warn!(error = %why, "Could not deliver the callback.");
                    }
                }
            },
            span,
        ));
    }

    /// The stages between start and result.
    async fn run(
        &self,
        msg: &JobMessage,
        attempt: u32,
        started: &rfp_shared::domain::Proposal,
    ) -> Result<Value, Stop> {
        // The documents the job's record names: the proposal's own when its package is
        // the job's (a message sent just before a concurrent upload carries the list
        // as it was), else the message's.
        let documents: Vec<DocumentRef> = match started.package_sha256() {
            Some(p) if Some(&p) == started.analysis.document_sha256.as_ref() => {
                started.package().into_iter().cloned().collect()
            }
            _ => msg.package().into_iter().cloned().collect(),
        };
        if documents.len() > 1 {
            return self.run_package(msg, attempt, documents).await;
        }
        let document = &documents[0];
        // The previous analysis of this very document stored its text (a slow
        // extraction): read that instead of extracting again.
        let text_cached = meta::kept_text_of(started.analysis.result.as_ref(), &document.sha256);
        let text::Text {
            extracted,
            extract_ms,
            cache: text_cache,
            ocr,
        } = self.text(msg, document, text_cached).await?;
        metrics::histogram!("rfp_stage_duration_seconds", "stage" => "extract")
            .record(extract_ms / 1000.0);

        let prompt = self
            .staged(msg, Stage::Prompting, self.prompts.get(self.store.as_ref()))
            .await?
            .map_err(|e| Failure::transient(FailureCode::StoreUnavailable, error_chain(&e)))?;
        let schema = crate::model::schema::for_prompt(prompt.is_builtin(), &prompt.output_format);
        let truncated = extracted.truncated;
        if truncated {
            warn!(
                max_chars = self.config.extract.max_chars,
                "The document has more text than RFP_MAX_TEXT_CHARS; the rest is left out."
            );
        }
        // One copy of the text, shared by the model and the quote check.
        let pages = Arc::new(extracted.pages);
        let hints = Arc::new(extracted.hints);
        let text_chars: usize = pages.iter().map(|p| p.chars().count()).sum();
        let mut answer = self
            .analyse(msg, &prompt, &schema, (&pages, &hints), false)
            .await?;
        let mut analysis = std::mem::take(&mut answer.analysis);
        let checked = {
            let matrix = self.matrix_of(&prompt);
            stages::checked(&mut analysis, &schema, &pages, matrix, None)?
        };
        let object = analysis
            .as_object_mut()
            .expect("the schema requires an object");
        object
            .entry("engine")
            .or_insert_with(|| json!(answer.engine));
        let text = meta::TextFacts {
            extract_ms,
            text_cache,
            ocr: ocr.as_ref(),
            pages: pages.len(),
            text_chars,
            text_truncated: truncated,
            documents: None,
            document_sha256: &document.sha256,
        };
        let meta = meta::ResultMeta::new(
            msg.job_id, &answer, &prompt, &checked, text, attempt, &self.id,
        );
        object.insert(
            "meta".into(),
            serde_json::to_value(&meta).expect("the meta serialises"),
        );
        Ok(analysis)
    }

    fn spawn_heartbeat(&self, delivery: Delivery) -> tokio::task::JoinHandle<()> {
        let queue = self.queue.clone();
        let every = self.config.heartbeat;
        let visibility = self.config.visibility;
        tokio::spawn(
            async move {
                let mut tick = tokio::time::interval_at(tokio::time::Instant::now() + every, every);
                loop {
                    tick.tick().await;
                    match queue.set_visibility(&delivery, visibility).await {
                        Ok(()) => {}
                        Err(QueueError::ReceiptInvalid { .. }) => {
                            warn!("Lost the job's lease: another worker may now hold it.");
                            return;
                        }
                        Err(e) => warn!(error = %error_chain(&e), "Heartbeat failed; retrying at the next beat."),
                    }
                }
            }
            .in_current_span(),
        )
    }

    /// The delay before delivery `attempt + 1`: the worker's one back-off policy
    /// from `RFP_RETRY_DELAY_SECS`, jittered so that throttled jobs do not come back
    /// in step.
    pub fn backoff(&self, attempt: u32) -> Duration {
        rfp_shared::backoff::Backoff::new(self.config.retry_delay, MAX_REDELIVERY_DELAY)
            .nth(attempt)
            .min(MAX_REDELIVERY_DELAY)
    }

    pub(crate) async fn release(&self, delivery: &Delivery, delay: Duration) {
        if let Err(e) = self.queue.set_visibility(delivery, delay).await {
            // Counted: a message that cannot be released waits out its visibility
            // timeout (a minute by default) before anyone handles it again.
            metrics::counter!("rfp_queue_settle_failures_total", "operation" => "release")
                .increment(1);
            warn!(error = %error_chain(&e), "Cannot release the message; it returns after its visibility timeout.");
        }
    }

    async fn delete(&self, delivery: &Delivery) {
        if let Err(e) = self.queue.delete(delivery).await {
            metrics::counter!("rfp_queue_settle_failures_total", "operation" => "delete")
                .increment(1);
            // The outcome is durable; a redelivery will find the job finished.
            warn!(error = %error_chain(&e), "Cannot delete the message; its redelivery will be dropped.");
        }
    }
}

/// Stops the heartbeat however the job ends, including when its future is dropped
/// (a worker releasing jobs at the end of its grace period).
pub(crate) struct AbortOnDrop(pub(crate) tokio::task::JoinHandle<()>);

impl Drop for AbortOnDrop {
    fn drop(&mut self) {
        self.0.abort();
    }
}

fn round2(ms: f64) -> f64 {
    (ms * 100.0).round() / 100.0
}

#[cfg(test)]
mod tests {
    use super::*;
    use rfp_shared::domain::DocumentRef;
    use rfp_shared::ids::{BlobKey, JobId, Owner, ProposalId};

    fn message(job_id: JobId, sent_ago: chrono::TimeDelta) -> JobMessage {
        JobMessage {
            v: JobMessage::VERSION,
            job_id,
            proposal_id: ProposalId::new(),
            owner: Owner::parse("someone").unwrap(),
            document: DocumentRef {
                bucket: "local".into(),
                key: BlobKey::parse("documents/x").unwrap(),
                sha256: "0".repeat(64),
                content_type: "text/plain".into(),
                size: 1,
                filename: None,
                uploaded_at: Utc::now(),
                role: Default::default(),
                issued_on: None,
            },
            documents: Vec::new(),
            requested_at: Utc::now() - sent_ago,
            trace_id: "t".into(),
            callback_url: None,
        }
    }

    #[test]
    fn a_message_may_precede_its_record_only_when_newer_and_recent() {
        let older = JobId::new();
        std::thread::sleep(Duration::from_millis(2));
        let newer = JobId::new();
        let recent = chrono::TimeDelta::seconds(5);
        // Nothing recorded yet, or an older job recorded: wait for this one.
        assert!(not_yet_recorded(&message(newer, recent), None));
        assert!(not_yet_recorded(&message(newer, recent), Some(older)));
        // The proposal already moved past it: a stale message.
        assert!(!not_yet_recorded(&message(older, recent), Some(newer)));
        // Sent longer ago than the grace: its job was never recorded.
        let late = rfp_shared::backends::RECORD_GRACE + chrono::TimeDelta::seconds(1);
        assert!(!not_yet_recorded(&message(newer, late), None));
    }
}
