//! The job state machine: `queued → processing → completed | failed`.
//!
//! Every adapter applies these rules inside one conditional write, so the rules live
//! here once, as a pure function, and the adapters only make the write atomic. An
//! event names the job it is about; an event for any other job than the current one
//! is refused, which is what keeps a stale or duplicate delivery from overwriting a
//! newer job's state or result.

use chrono::{DateTime, Utc};

use crate::domain::{AnalysisState, AnalysisStatus, JobError, Proposal, Stage};
use crate::ids::{JobId, Owner};

/// Something that happens to a job.
#[derive(Debug, Clone, PartialEq)]
pub enum Event {
    /// The API accepted a request to analyse the current document.
    Enqueue {
        job_id: JobId,
        at: DateTime<Utc>,
        trace_id: String,
        document_sha256: String,
        /// Where to say the job ended (checked by the API).
        callback_url: Option<String>,
    },
    /// A worker received the job's message (`attempt` is its receive count).
    Start {
        job_id: JobId,
        attempt: u32,
        worker: String,
        at: DateTime<Utc>,
    },
    /// The worker entered a stage; `progress` may refine the stage's default.
    Progress {
        job_id: JobId,
        stage: Stage,
        progress: u8,
    },
    /// The result is ready; it becomes visible with this write.
    Complete {
        job_id: JobId,
        result: serde_json::Value,
        at: DateTime<Utc>,
    },
    /// The job ended without a result.
    Fail {
        job_id: JobId,
        error: JobError,
        at: DateTime<Utc>,
    },
    /// The attempt failed transiently; the message will be delivered again.
    Retry { job_id: JobId, error: JobError },
}

impl Event {
    pub fn job_id(&self) -> JobId {
        match self {
            Self::Enqueue { job_id, .. }
            | Self::Start { job_id, .. }
            | Self::Progress { job_id, .. }
            | Self::Complete { job_id, .. }
            | Self::Fail { job_id, .. }
            | Self::Retry { job_id, .. } => *job_id,
        }
    }

    /// The statuses the job may be in for this event to apply: the one statement of
    /// the allowed transitions. [`apply`] checks it, and every adapter's conditional
    /// write is made from it.
    pub fn allowed_from(&self) -> &'static [AnalysisStatus] {
        use AnalysisStatus::*;
        match self {
            Self::Enqueue { .. } => ENQUEUE_FROM,
            Self::Start { .. } | Self::Fail { .. } => &[Queued, Processing],
            Self::Progress { .. } | Self::Complete { .. } | Self::Retry { .. } => &[Processing],
        }
    }

    /// A short name for logs and the job history.
    pub fn name(&self) -> &'static str {
        match self {
            Self::Enqueue { .. } => "enqueue",
            Self::Start { .. } => "start",
            Self::Progress { .. } => "progress",
            Self::Complete { .. } => "complete",
            Self::Fail { .. } => "fail",
            Self::Retry { .. } => "retry",
        }
    }
}

/// A job may be enqueued when none is in flight.
pub const ENQUEUE_FROM: &[AnalysisStatus] = &[
    AnalysisStatus::NotStarted,
    AnalysisStatus::Completed,
    AnalysisStatus::Failed,
];

/// Why an event was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum TransitionError {
    /// Another job is already queued or processing; it is the one to follow.
    #[error("job {job_id} is already in flight")]
    InFlight { job_id: JobId },
    /// The event is about a job that is no longer the proposal's current one.
    #[error("job {event_job} is stale: the current job is {current:?}")]
    Stale {
        event_job: JobId,
        current: Option<JobId>,
    },
    /// The job already ended; a duplicate delivery arrived after it.
    #[error("job {job_id} already ended as {}", status.as_str())]
    Finished {
        job_id: JobId,
        status: AnalysisStatus,
    },
    /// The event makes no sense in the job's state (e.g. progress before start).
    #[error("event {event} is not allowed while the job is {}", status.as_str())]
    NotAllowed {
        event: &'static str,
        status: AnalysisStatus,
    },
}

/// A caller asking for the analysis of a proposal's current document.
#[derive(Debug, Clone, PartialEq)]
pub struct AnalysisRequest {
    pub owner: Owner,
    /// The id the job gets if one is started.
    pub job_id: JobId,
    pub at: DateTime<Utc>,
    pub trace_id: String,
    /// Analyse again even if the current document already has a result.
    pub force: bool,
    /// Where to POST the outcome once the job ends (checked by the API).
    pub callback_url: Option<String>,
}

/// What an analysis request comes to.
#[derive(Debug, Clone, PartialEq)]
pub enum Decision {
    /// Start a job: apply this `Enqueue` event.
    Enqueue(Event),
    /// A job is in flight, or the current document is already analysed: that one.
    Existing,
    NoDocument,
    /// No such proposal for this caller (another owner's reads the same).
    NotFound,
}

/// Decides an analysis request; every backend applies this, atomically.
pub fn decide(p: &Proposal, request: &AnalysisRequest) -> Decision {
    if p.owner != request.owner {
        return Decision::NotFound;
    }
    let Some(package) = p.package_sha256() else {
        return Decision::NoDocument;
    };
    let a = &p.analysis;
    let analysed = a.status == AnalysisStatus::Completed
        && a.document_sha256.as_deref() == Some(package.as_str());
    if a.status.in_flight() || (analysed && !request.force) {
        return Decision::Existing;
    }
    Decision::Enqueue(Event::Enqueue {
        job_id: request.job_id,
        at: request.at,
        trace_id: request.trace_id.clone(),
        document_sha256: package,
        callback_url: request.callback_url.clone(),
    })
}

/// The progress a `Progress` event records: never below its stage's starting point,
/// never 100 before completion. (A retry keeps the progress the job had reached.)
pub fn progress_of(stage: Stage, progress: u8) -> u8 {
    progress.max(stage.progress()).min(99)
}

/// Applies `event` to `state`, or says why it may not be applied.
pub fn apply(state: &AnalysisState, event: Event) -> Result<AnalysisState, TransitionError> {
    use AnalysisStatus::*;

    if let Event::Enqueue {
        job_id,
        at,
        trace_id,
        document_sha256,
        callback_url,
    } = event
    {
        if !ENQUEUE_FROM.contains(&state.status) {
            return Err(TransitionError::InFlight {
                job_id: state.job_id.expect("an in-flight job has an id"),
            });
        }
        return Ok(AnalysisState {
            status: Queued,
            job_id: Some(job_id),
            progress: Stage::Queued.progress(),
            stage: Stage::Queued,
            attempts: 0,
            requested_at: Some(at),
            started_at: None,
            completed_at: None,
            error: None,
            // The previous result stays readable until the new one replaces it.
            result: state.result.clone(),
            document_sha256: Some(document_sha256),
            worker: None,
            trace_id: Some(trace_id),
            callback_url,
        });
    }

    fence(state, &event)?;
    let mut next = state.clone();
    match event {
        Event::Enqueue { .. } => unreachable!("handled above"),
        Event::Start {
            attempt,
            worker,
            at,
            ..
        } => {
            next.status = Processing;
            next.stage = Stage::Fetching;
            next.progress = Stage::Fetching.progress();
            next.attempts = attempt.max(state.attempts);
            next.started_at.get_or_insert(at);
            next.worker = Some(worker);
        }
        Event::Progress {
            stage, progress, ..
        } => {
            next.stage = stage;
            // A retry keeps the progress the job had reached; a stage never shows
            // less than its own starting point, nor 100 before completion.
            if stage != Stage::Retrying {
                next.progress = progress_of(stage, progress);
            }
        }
        Event::Complete { result, at, .. } => {
            next.status = Completed;
            next.stage = Stage::Completed;
            next.progress = 100;
            next.completed_at = Some(at);
            next.error = None;
            next.result = Some(result);
        }
        Event::Fail { error, at, .. } => {
            next.status = Failed;
            next.stage = Stage::Failed;
            next.completed_at = Some(at);
            next.error = Some(error);
        }
        Event::Retry { error, .. } => {
            next.stage = Stage::Retrying;
            next.error = Some(error);
        }
    }
    Ok(next)
}

/// The fences of every event of a job after its `Enqueue`: the event is of the current
/// job, that job has not ended, and the event may follow the job's status.
fn fence(state: &AnalysisState, event: &Event) -> Result<(), TransitionError> {
    let job_id = event.job_id();
    if state.job_id != Some(job_id) {
        return Err(TransitionError::Stale {
            event_job: job_id,
            current: state.job_id,
        });
    }
    if state.status.is_final() {
        return Err(TransitionError::Finished {
            job_id,
            status: state.status,
        });
    }
    if !event.allowed_from().contains(&state.status) {
        return Err(TransitionError::NotAllowed {
            event: event.name(),
            status: state.status,
        });
    }
    Ok(())
}

/// The code of a job cancelled because its document (or its package) changed.
pub const DOCUMENT_REPLACED: &str = crate::failure::FailureCode::DocumentReplaced.as_str();

/// The event that ends the job in flight when the document it analyses is replaced by
/// one with `new_sha256`; `None` when no job is in flight, or it analyses that very
/// document. Applied in the same write as the new document, so a status never
/// presents the old document's analysis as the new one's.
pub fn on_document_replaced(
    state: &AnalysisState,
    new_sha256: &str,
    at: DateTime<Utc>,
) -> Option<Event> {
    if !state.status.in_flight() || state.document_sha256.as_deref() == Some(new_sha256) {
        return None;
    }
    Some(Event::Fail {
        job_id: state.job_id?,
        error: JobError::new(
            DOCUMENT_REPLACED,
            "The documents changed while they were being analysed; ask for the analysis of the new ones.",
            true,
        ),
        at,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn replacing_the_document_ends_the_job_of_the_old_one() {
        let job = JobId::new();
        let queued = enqueued(job);
        assert_eq!(on_document_replaced(&queued, "abc", Utc::now()), None);
        let fail = on_document_replaced(&queued, "def", Utc::now()).expect("a job to end");
        let ended = apply(&queued, fail).unwrap();
        assert_eq!(ended.status, AnalysisStatus::Failed);
        assert_eq!(ended.error.unwrap().code, DOCUMENT_REPLACED);
        let started = apply(&queued, start(job, 1)).unwrap();
        assert!(on_document_replaced(&started, "def", Utc::now()).is_some());
        assert_eq!(
            on_document_replaced(&AnalysisState::default(), "def", Utc::now()),
            None
        );
    }

    fn enqueued(job_id: JobId) -> AnalysisState {
        apply(
            &AnalysisState::default(),
            Event::Enqueue {
                job_id,
                at: Utc::now(),
                trace_id: "t".into(),
                document_sha256: "abc".into(),
                callback_url: None,
            },
        )
        .unwrap()
    }

    fn start(job_id: JobId, attempt: u32) -> Event {
        Event::Start {
            job_id,
            attempt,
            worker: "w1".into(),
            at: Utc::now(),
        }
    }

    fn complete(job_id: JobId, n: i32) -> Event {
        Event::Complete {
            job_id,
            result: serde_json::json!({ "n": n }),
            at: Utc::now(),
        }
    }

    #[test]
    fn a_job_moves_from_queued_through_processing_to_completed() {
        let job = JobId::new();
        let s = enqueued(job);
        assert_eq!((s.status, s.progress), (AnalysisStatus::Queued, 0));
        let s = apply(&s, start(job, 1)).unwrap();
        assert_eq!(
            (s.status, s.stage, s.progress),
            (AnalysisStatus::Processing, Stage::Fetching, 10)
        );
        let s = apply(
            &s,
            Event::Progress {
                job_id: job,
                stage: Stage::Analyzing,
                progress: 70,
            },
        )
        .unwrap();
        assert_eq!(s.progress, 70);
        let s = apply(&s, complete(job, 1)).unwrap();
        assert_eq!((s.status, s.progress), (AnalysisStatus::Completed, 100));
        assert_eq!(s.result, Some(serde_json::json!({ "n": 1 })));
    }

    #[test]
    fn a_second_enqueue_while_in_flight_names_the_running_job() {
        let job = JobId::new();
        let s = enqueued(job);
        let err = apply(
            &s,
            Event::Enqueue {
                job_id: JobId::new(),
                at: Utc::now(),
                trace_id: "t".into(),
                document_sha256: "x".into(),
                callback_url: None,
            },
        )
        .unwrap_err();
        assert_eq!(err, TransitionError::InFlight { job_id: job });
    }

    #[test]
    fn a_duplicate_delivery_cannot_write_a_second_result() {
        let job = JobId::new();
        let s = apply(&enqueued(job), start(job, 1)).unwrap();
        let done = apply(&s, complete(job, 1)).unwrap();
        assert!(matches!(
            apply(&done, start(job, 2)),
            Err(TransitionError::Finished { .. })
        ));
        assert!(matches!(
            apply(&done, complete(job, 2)),
            Err(TransitionError::Finished { .. })
        ));
    }

    #[test]
    fn a_stale_job_cannot_overwrite_a_newer_one() {
        let old = JobId::new();
        let s = apply(
            &apply(&enqueued(old), start(old, 1)).unwrap(),
            complete(old, 1),
        )
        .unwrap();
        let new = JobId::new();
        let s = apply(
            &s,
            Event::Enqueue {
                job_id: new,
                at: Utc::now(),
                trace_id: "t".into(),
                document_sha256: "y".into(),
                callback_url: None,
            },
        )
        .unwrap();
        for event in [start(old, 2), complete(old, 9)] {
            assert!(matches!(
                apply(&s, event),
                Err(TransitionError::Stale { .. })
            ));
        }
        // The old result stays visible until the new job completes.
        assert_eq!(s.result, Some(serde_json::json!({ "n": 1 })));
    }

    #[test]
    fn progress_and_completion_need_a_started_job() {
        let job = JobId::new();
        let s = enqueued(job);
        assert!(matches!(
            apply(
                &s,
                Event::Progress {
                    job_id: job,
                    stage: Stage::Saving,
                    progress: 95
                }
            ),
            Err(TransitionError::NotAllowed { .. })
        ));
        assert!(matches!(
            apply(&s, complete(job, 1)),
            Err(TransitionError::NotAllowed { .. })
        ));
    }

    #[test]
    fn a_queued_job_can_fail_and_then_be_requested_again() {
        let job = JobId::new();
        let failed = apply(
            &enqueued(job),
            Event::Fail {
                job_id: job,
                error: JobError::new("x", "y", false),
                at: Utc::now(),
            },
        )
        .unwrap();
        assert_eq!(failed.status, AnalysisStatus::Failed);
        let again = apply(
            &failed,
            Event::Enqueue {
                job_id: JobId::new(),
                at: Utc::now(),
                trace_id: "t".into(),
                document_sha256: "x".into(),
                callback_url: None,
            },
        )
        .unwrap();
        assert_eq!(again.status, AnalysisStatus::Queued);
        assert_eq!(again.error, None);
    }

    #[test]
    fn a_redelivery_counts_attempts_and_keeps_the_first_start_time() {
        let job = JobId::new();
        let first = apply(&enqueued(job), start(job, 1)).unwrap();
        let retry = apply(
            &first,
            Event::Retry {
                job_id: job,
                error: JobError::new("model_throttled", "slow down", true),
            },
        )
        .unwrap();
        assert_eq!(retry.stage, Stage::Retrying);
        let second = apply(&retry, start(job, 2)).unwrap();
        assert_eq!(second.attempts, 2);
        assert_eq!(second.started_at, first.started_at);
    }
}
