//! The receive loop: up to `concurrency` jobs at once, received in batches, each
//! waiting on the shutdown signal as well as the queue. On shutdown the pollers stop receiving;
//! jobs in flight get the grace period to finish, after which they are released to
//! other workers (their messages become visible at once) and the loop returns.

use std::sync::Arc;
use std::time::Duration;

use tokio::sync::Semaphore;

use tokio_util::sync::CancellationToken;
use tracing::{error, info, warn};

use crate::pipeline::{Disposition, Worker, error_chain};

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
        let sweeper = (!self.config.sweep_interval.is_zero()).then(|| {
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
        });
        let slots = Arc::new(Semaphore::new(self.config.concurrency));
        let hard_stop = CancellationToken::new();
        let mut jobs = tokio::task::JoinSet::new();
        let mut failures = 0u32;
        loop {
            let first = tokio::select! {
                _ = shutdown.cancelled() => break,
                permit = slots.clone().acquire_owned() => permit.expect("the semaphore is never closed"),
            };
            let free = (1 + slots.available_permits()).min(10);
            let received = tokio::select! {
                _ = shutdown.cancelled() => break,
                r = self.queue.receive(free, self.config.receive_wait) => r,
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
            for delivery in deliveries {
                let permit = match first.take() {
                    Some(p) => p,
                    None => slots
                        .clone()
                        .try_acquire_owned()
                        .expect("a slot per received message"),
                };
                let worker = self.clone();
                let hard_stop = hard_stop.clone();
                jobs.spawn(async move {
                    let held = delivery.clone();
                    tokio::select! {
                        _ = worker.handle(delivery) => {}
                        _ = hard_stop.cancelled() => worker.release(&held, Duration::ZERO).await,
                    }
                    drop(permit);
                });
            }
            // Reap finished tasks so the set does not grow without bound.
            while jobs.try_join_next().is_some() {}
        }
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
        drop(sweeper);
        info!("Worker stopped.");
    }
}
