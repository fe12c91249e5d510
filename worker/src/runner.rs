//! The receive loop: up to `concurrency` jobs at once, received in batches, each
//! waiting on the shutdown signal as well as the queue. On shutdown the pollers stop receiving;
//! jobs in flight get the grace period to finish, after which they are released to
//! other workers (their messages become visible at once) and the loop returns.
//!
//! Fairness: while other jobs wait in the queue, one owner holds at most
//! `owner_slots` of a worker's slots. A job of an owner who already has that many
//! running is then deferred — put back in the queue for a few seconds, as if never
//! received, so the wait never counts towards the dead-letter queue — and the slot
//! goes to whoever is next. With nothing else waiting, the job runs: a lone owner
//! is not slowed down.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use tokio::sync::Semaphore;

use tokio_util::sync::CancellationToken;
use tracing::{error, info, warn};

use crate::pipeline::{Disposition, Worker};
use rfp_shared::telemetry::error_chain;

/// What one iteration did (for tests that drain the queue deterministically).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    Processed(Vec<Disposition>),
    Empty,
}

impl Worker {
    /// Receives up to `concurrency` messages (waiting up to `wait`) and handles them.
    pub async fn run_once(&self, wait: Duration) -> Result<Outcome, rfp_shared::ports::QueueError> {
        let deliveries = self.queue.receive(self.config.concurrency, wait).await?;
        if deliveries.is_empty() {
            return Ok(Outcome::Empty);
        }
        let handled =
            futures::future::join_all(deliveries.into_iter().map(|d| self.handle(d))).await;
        Ok(Outcome::Processed(handled))
    }

    /// Runs until `shutdown` is cancelled, then drains within the grace period.
    ///
    /// One receive loop fills the free job slots: it waits for a slot, then receives
    /// up to as many messages as there are free slots (10 at most, SQS's batch size),
    /// so a busy worker makes one receive per batch rather than one per job.
    pub async fn run_until_stopped(self, shutdown: CancellationToken) {
        info!(worker = %self.id, concurrency = self.config.concurrency, "Worker started.");
        self.record_queue_depth().await;
        let sweeper = self.spawn_sweeper(&shutdown);
        let slots = Arc::new(Semaphore::new(self.config.concurrency));
        let owners = OwnerSlots::new(self.config.owner_slots);
        let hard_stop = CancellationToken::new();
        let mut jobs = tokio::task::JoinSet::new();
        let mut failures = 0u32;
        loop {
            let first = tokio::select! {
                // Once told to stop, no new receive starts, even with a slot free.
                biased;
                _ = shutdown.cancelled() => break,
                permit = slots.clone().acquire_owned() => permit.expect("the semaphore is never closed"),
            };
            let free = (1 + slots.available_permits()).min(10);
            let receive = self
                .queue
                .receive_until(free, self.config.receive_wait, &shutdown);
            tokio::pin!(receive);
            let received = tokio::select! {
                // Told to stop while a receive is ready too: hand it back rather than
                // start its jobs (an unbiased select would pick either).
                biased;
                _ = shutdown.cancelled() => {
                    // A long poll abandoned here would still take messages and hide
                    // them for a visibility timeout: let it end, and hand back what
                    // it took.
                    self.hand_back(receive).await;
                    break;
                }
                r = &mut receive => r,
            };
            let deliveries = match received {
                Ok(d) => {
                    failures = 0;
                    d
                }
                Err(e) => {
                    failures += 1;
                    let pause = Duration::from_millis(200 * 2u64.pow(failures.min(6)));
                    error!(error = %error_chain(&e), retry_in_ms = pause.as_millis() as u64, "Cannot receive from the queue.");
                    tokio::select! {
                        _ = shutdown.cancelled() => break,
                        _ = tokio::time::sleep(pause) => continue,
                    }
                }
            };
            let mut first = Some(first);
            let (received, mut deferred) = (deliveries.len(), 0);
            // Whether other jobs wait: looked up once per batch, and only when an
            // owner is at its share.
            let mut others_wait: Option<bool> = None;
            for delivery in deliveries {
                let permit = match first.take() {
                    Some(p) => p,
                    None => slots
                        .clone()
                        .try_acquire_owned()
                        .expect("a slot per received message"),
                };
                let owner_slot = match owners.take(&delivery, false) {
                    Some(slot) => slot,
                    None => {
                        let wait = match others_wait {
                            Some(w) => w,
                            None => *others_wait.insert(self.others_wait().await),
                        };
                        if wait {
                            deferred += 1;
                            self.defer(&delivery).await;
                            continue;
                        }
                        owners.take(&delivery, true).expect("a forced place")
                    }
                };
                self.spawn_job(&mut jobs, delivery, &hard_stop, (owner_slot, permit));
            }
            if received > 0 && deferred == received {
                // Every job received belongs to owners at their share: do not spin
                // through their backlog; look again shortly.
                tokio::select! {
                    _ = shutdown.cancelled() => break,
                    _ = tokio::time::sleep(Duration::from_millis(50)) => {}
                }
            }
            // Reap finished tasks so the set does not grow without bound.
            while jobs.try_join_next().is_some() {}
        }
        self.drain(jobs, hard_stop).await;
        drop(sweeper);
        info!("Worker stopped.");
    }

    /// Handles `delivery` on a task of `jobs`, holding `slots` (its job and owner
    /// slots) until it ends; `hard_stop` releases it to other workers instead.
    fn spawn_job<S: Send + 'static>(
        &self,
        jobs: &mut tokio::task::JoinSet<()>,
        delivery: rfp_shared::ports::Delivery,
        hard_stop: &CancellationToken,
        slots: S,
    ) {
        let worker = self.clone();
        let hard_stop = hard_stop.clone();
        jobs.spawn(async move {
            let held = delivery.clone();
            tokio::select! {
                _ = worker.handle(delivery) => {}
                _ = hard_stop.cancelled() => worker.release(&held, Duration::ZERO).await,
            }
            drop(slots);
        });
    }

    /// The dead-letter sweep, every `sweep_interval` from a random offset, until
    /// `shutdown`; `None` when the sweep is off.
    fn spawn_sweeper(&self, shutdown: &CancellationToken) -> Option<crate::pipeline::AbortOnDrop> {
        (!self.config.sweep_interval.is_zero()).then(|| {
            let worker = self.clone();
            let stop = shutdown.clone();
            crate::pipeline::AbortOnDrop(tokio::spawn(async move {
                // Workers started together do not sweep in step.
                let offset = worker.config.sweep_interval.mul_f64(rand::random_range(0.0..1.0));
                tokio::select! { _ = stop.cancelled() => return, _ = tokio::time::sleep(offset) => {} }
                let mut tick = tokio::time::interval(worker.config.sweep_interval);
                loop {
                    tokio::select! { _ = stop.cancelled() => return, _ = tick.tick() => {} }
                    worker.sweep_once().await;
                }
            }))
        })
    }

    /// Waits for the jobs in flight within the grace period, then releases the rest to
    /// other workers (`hard_stop`).
    async fn drain(&self, mut jobs: tokio::task::JoinSet<()>, hard_stop: CancellationToken) {
        // Jobs that ended since the last look are not in flight.
        while jobs.try_join_next().is_some() {}
        info!(
            grace_secs = self.config.shutdown_grace.as_secs(),
            in_flight = jobs.len(),
            "Worker stopping: no new jobs; waiting for jobs in flight."
        );
        let drained = tokio::time::timeout(self.config.shutdown_grace, async {
            while jobs.join_next().await.is_some() {}
        })
        .await;
        if drained.is_err() {
            warn!("Grace period over; releasing the jobs still in flight to other workers.");
            hard_stop.cancel();
            while jobs.join_next().await.is_some() {}
        }
    }

    /// Waits for a receive that was pending when the worker was told to stop (the
    /// embedded queue ends it at its next look; an SQS long poll runs its course,
    /// within the grace period) and makes what it returns visible to other workers
    /// at once.
    async fn hand_back(
        &self,
        receive: impl std::future::Future<
            Output = Result<Vec<rfp_shared::ports::Delivery>, rfp_shared::ports::QueueError>,
        >,
    ) {
        let bound =
            (self.config.receive_wait + Duration::from_secs(2)).min(self.config.shutdown_grace);
        let Ok(Ok(deliveries)) = tokio::time::timeout(bound, receive).await else {
            return;
        };
        for delivery in &deliveries {
            self.release(delivery, Duration::ZERO).await;
        }
        if !deliveries.is_empty() {
            info!(
                released = deliveries.len(),
                "Handed back what the last receive took."
            );
        }
    }

    /// Whether jobs wait in the queue (an unreadable depth counts as yes: fairness
    /// over throughput).
    async fn others_wait(&self) -> bool {
        self.queue.depth().await.map_or(true, |d| d.visible > 0)
    }

    /// Puts back a job whose owner has its share of the slots, for 1 to 3 seconds.
    async fn defer(&self, delivery: &rfp_shared::ports::Delivery) {
        metrics::counter!("rfp_jobs_deferred_total").increment(1);
        let delay = Duration::from_secs(rand::random_range(1..=3));
        info!(message_id = %delivery.message_id, delay_secs = delay.as_secs(),
            "Deferred a job: its owner already has its share of this worker's slots.");
        if let Err(e) = self.queue.defer(delivery, delay).await {
            warn!(error = %error_chain(&e), "Cannot defer the job; releasing it instead.");
            self.release(delivery, delay).await;
        }
    }
}

/// How many jobs each owner has running on this worker.
#[derive(Clone)]
struct OwnerSlots {
    per_owner: usize,
    running: Arc<Mutex<HashMap<String, usize>>>,
}

/// One job's place in its owner's share; given back when dropped.
struct OwnerSlot {
    owner: String,
    running: Arc<Mutex<HashMap<String, usize>>>,
}

impl OwnerSlots {
    fn new(per_owner: usize) -> Self {
        Self {
            per_owner: per_owner.max(1),
            running: Arc::default(),
        }
    }

    /// A place for the delivery's job, or `None` when its owner has its share (unless
    /// `force`). A message that is not a job is never refused (the pipeline deals
    /// with it).
    fn take(&self, delivery: &rfp_shared::ports::Delivery, force: bool) -> Option<OwnerSlot> {
        #[derive(serde::Deserialize)]
        struct OwnerOnly {
            owner: String,
        }
        let owner = serde_json::from_str::<OwnerOnly>(&delivery.body)
            .map(|m| m.owner)
            .unwrap_or_default();
        let mut running = self.running.lock().expect("never poisoned");
        let count = running.entry(owner.clone()).or_default();
        if !force && !owner.is_empty() && *count >= self.per_owner {
            return None;
        }
        *count += 1;
        Some(OwnerSlot {
            owner,
            running: self.running.clone(),
        })
    }
}

impl Drop for OwnerSlot {
    fn drop(&mut self) {
        let mut running = self.running.lock().expect("never poisoned");
        if let Some(count) = running.get_mut(&self.owner) {
            *count -= 1;
            if *count == 0 {
                running.remove(&self.owner);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn delivery(owner: &str) -> rfp_shared::ports::Delivery {
        rfp_shared::ports::Delivery {
            message_id: "m".into(),
            receipt: "r".into(),
            body: format!(r#"{{"owner":"{owner}"}}"#),
            receive_count: 1,
            sent_at: chrono::Utc::now(),
        }
    }

    #[test]
    fn an_owner_holds_at_most_its_share_and_gets_it_back() {
        let slots = OwnerSlots::new(2);
        let a1 = slots.take(&delivery("alice"), false).expect("first");
        let _a2 = slots.take(&delivery("alice"), false).expect("second");
        assert!(
            slots.take(&delivery("alice"), false).is_none(),
            "a third is deferred"
        );
        let _b = slots
            .take(&delivery("bob"), false)
            .expect("another owner is not held up");
        drop(a1);
        assert!(
            slots.take(&delivery("alice"), false).is_some(),
            "a freed place is reused"
        );
        // Not a job: no owner to count, never deferred here.
        let poison = rfp_shared::ports::Delivery {
            body: "not json".into(),
            ..delivery("x")
        };
        for _ in 0..5 {
            assert!(slots.take(&poison, false).is_some());
        }
    }
}
