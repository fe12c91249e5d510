//! The repair sweep of the dead-letter queue, and the queue gauges it sets.

use chrono::Utc;
use tracing::warn;

use rfp_shared::domain::{JobError, JobMessage};
use rfp_shared::failure::FailureCode;
use rfp_shared::ports::StoreError;
use rfp_shared::state::Event;
use rfp_shared::telemetry::error_chain;

use super::Worker;

impl Worker {
    /// The repair sweep: every dead-lettered job message (its job was delivered the
    /// allowed number of times without an outcome — say the worker holding it was
    /// killed each time) is recorded as `failed` with `dead_lettered`, so no job stays
    /// `processing` once its message is gone from the queue. The message stays in the
    /// dead-letter queue for inspection, marked handled. Returns how many it handled.
    pub async fn sweep_once(&self) -> usize {
        self.record_queue_depth().await;
        let letters = match self.queue.receive_dead_letters(10).await {
            Ok(l) => l,
            Err(e) => {
                warn!(error = %error_chain(&e), "Cannot read the dead-letter queue; sweeping again later.");
                return 0;
            }
        };
        let mut handled = 0;
        for letter in letters {
            let recorded = match serde_json::from_str::<JobMessage>(&letter.body) {
                Err(e) => {
                    warn!(message_id = %letter.message_id, error = %e, "A dead letter that is not a job; leaving it for an operator.");
                    true
                }
                Ok(msg) => {
                    let fail = Event::Fail {
                        job_id: msg.job_id,
                        error: JobError::new(
                            FailureCode::DeadLettered.as_str(),
                            format!(
                                "The job was delivered {} times without an outcome (its worker stopped each time) and was moved to the dead-letter queue; ask for the analysis again.",
                                letter.receive_count
                            ),
                            true,
                        ),
                        at: Utc::now(),
                    };
                    match self.store.apply(msg.proposal_id, fail).await {
                        Ok(_) => {
                            metrics::counter!("rfp_dead_letters_total").increment(1);
                            warn!(job_id = %msg.job_id, proposal_id = %msg.proposal_id, trace_id = %msg.trace_id,
                                "Recorded a dead-lettered job as failed.");
                            true
                        }
                        // Already ended, superseded, or deleted: nothing to repair.
                        Err(StoreError::Transition(_) | StoreError::NotFound(_)) => true,
                        Err(e) => {
                            warn!(error = %error_chain(&e), "Cannot record a dead-lettered job; sweeping again later.");
                            false
                        }
                    }
                }
            };
            if recorded {
                match self.queue.dead_letter_handled(&letter).await {
                    Ok(()) => handled += 1,
                    Err(e) => warn!(error = %error_chain(&e), "Cannot mark a dead letter handled."),
                }
            }
        }
        handled
    }

    /// Sets the queue gauges (the sweep calls it on its schedule).
    pub async fn record_queue_depth(&self) {
        match self.queue.depth().await {
            Ok(d) => {
                for (queue, state, n) in [
                    ("jobs", "visible", d.visible),
                    ("jobs", "in_flight", d.in_flight),
                    ("dead_letters", "all", d.dead_letters),
                ] {
                    metrics::gauge!("rfp_queue_messages", "queue" => queue, "state" => state)
                        .set(n as f64);
                }
                if let Some(age) = d.oldest_age {
                    metrics::gauge!("rfp_queue_oldest_message_age_seconds").set(age.as_secs_f64());
                } else if d.visible == 0 {
                    metrics::gauge!("rfp_queue_oldest_message_age_seconds").set(0.0);
                }
            }
            Err(e) => warn!(error = %error_chain(&e), "Cannot read the queue's depth."),
        }
    }
}
