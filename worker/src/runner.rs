//! The receive loop: `concurrency` pollers, each waiting on one receive or the
//! shutdown signal, then handling what it got. On shutdown the pollers stop receiving;
//! jobs in flight get the grace period to finish, after which they are released to
//! other workers (their messages become visible at once) and the loop returns.

use std::time::Duration;

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
    pub async fn run_until_stopped(self, shutdown: CancellationToken) {
        info!(worker = %self.id, concurrency = self.config.concurrency, "Worker started.");
        let hard_stop = CancellationToken::new();
        let mut pollers = tokio::task::JoinSet::new();
        for _ in 0..self.config.concurrency {
            let worker = self.clone();
            let shutdown = shutdown.clone();
            let hard_stop = hard_stop.clone();
            pollers.spawn(async move { worker.poll(shutdown, hard_stop).await });
        }
        shutdown.cancelled().await;
        info!(
            grace_secs = self.config.shutdown_grace.as_secs(),
            "Worker stopping: no new jobs; waiting for jobs in flight."
        );
        let drained = tokio::time::timeout(self.config.shutdown_grace, async {
            while pollers.join_next().await.is_some() {}
        })
        .await;
        if drained.is_err() {
            warn!("Grace period over; releasing the jobs still in flight to other workers.");
            hard_stop.cancel();
            while pollers.join_next().await.is_some() {}
        }
        info!("Worker stopped.");
    }

    async fn poll(&self, shutdown: CancellationToken, hard_stop: CancellationToken) {
        let mut failures = 0u32;
        loop {
            let received = tokio::select! {
                _ = shutdown.cancelled() => return,
                r = self.queue.receive(1, self.config.receive_wait) => r,
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
                        _ = shutdown.cancelled() => return,
                        _ = tokio::time::sleep(pause) => continue,
                    }
                }
            };
            for delivery in deliveries {
                let held = delivery.clone();
                tokio::select! {
                    _ = self.handle(delivery) => {}
                    _ = hard_stop.cancelled() => {
                        self.release(&held, Duration::ZERO).await;
                        return;
                    }
                }
            }
        }
    }
}
