//! The workspace's one back-off policy: exponential from a first delay, doubling, held at
//! a ceiling, jittered (backon's jitter adds up to the delay again, so a crowd of
//! throttled callers spreads out instead of coming back in step).
//!
//! It is used three ways, with one rule:
//! - in a retry loop within one process (a model call, a callback), as backon's
//!   [`ExponentialBuilder`] from [`Backoff::builder`]; the API's refused package
//!   writes pause by [`Backoff::nth`];
//! - across deliveries of a job, where each retry is another receive and only the
//!   attempt number survives: [`Backoff::nth`] is that attempt's delay in the same
//!   sequence;
//! - for polling (Textract's job), without jitter: [`Backoff::steady`].

use std::time::Duration;

use backon::{BackoffBuilder, ExponentialBuilder};

/// An exponential back-off: `first`, doubled per retry, at most `max` (before jitter),
/// for at most `times` retries (`None`: as many as the caller allows).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Backoff {
    first: Duration,
    max: Duration,
    times: Option<usize>,
    jitter: bool,
}

impl Backoff {
    pub const fn new(first: Duration, max: Duration) -> Self {
        Self {
            first,
            max,
            times: None,
            jitter: true,
        }
    }

    /// At most `times` retries.
    pub const fn times(mut self, times: usize) -> Self {
        self.times = Some(times);
        self
    }

    /// The same sequence without jitter: for polling, where nobody competes.
    pub const fn steady(mut self) -> Self {
        self.jitter = false;
        self
    }

    /// The policy as backon's builder, for `.retry(…)`.
    pub fn builder(&self) -> ExponentialBuilder {
        let mut b = ExponentialBuilder::default()
            .with_min_delay(self.first)
            .with_max_delay(self.max);
        b = match self.times {
            Some(n) => b.with_max_times(n),
            None => b.without_max_times(),
        };
        if self.jitter { b.with_jitter() } else { b }
    }

    /// The delay before retry `attempt` (1-based; 0 reads as 1) of the sequence.
    pub fn nth(&self, attempt: u32) -> Duration {
        self.nth_of(self.builder(), attempt)
    }

    fn nth_of(&self, builder: ExponentialBuilder, attempt: u32) -> Duration {
        let index = attempt.saturating_sub(1) as usize;
        builder
            .without_max_times()
            .build()
            .nth(index)
            .unwrap_or(self.max)
    }

    /// The delays of the sequence in order, for polling (no jitter when `steady`).
    pub fn delays(self) -> impl Iterator<Item = Duration> {
        self.builder().without_max_times().build()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SECOND: Duration = Duration::from_secs(1);

    #[test]
    fn the_delay_doubles_per_attempt_up_to_its_ceiling() {
        let b = Backoff::new(10 * SECOND, 12 * 3600 * SECOND).steady();
        assert_eq!(b.nth(1), 10 * SECOND);
        assert_eq!(b.nth(0), 10 * SECOND, "attempt 0 reads as 1");
        assert_eq!(b.nth(2), 20 * SECOND);
        assert_eq!(b.nth(4), 80 * SECOND);
        assert_eq!(b.nth(40), 12 * 3600 * SECOND);
        assert_eq!(Backoff::new(Duration::ZERO, SECOND).nth(5), Duration::ZERO);
        let polls: Vec<_> = Backoff::new(SECOND, 5 * SECOND)
            .steady()
            .delays()
            .take(5)
            .collect();
        assert_eq!(polls, [1, 2, 4, 5, 5].map(|s| s * SECOND));
    }

    #[test]
    fn jitter_adds_up_to_the_delay_again_and_spreads_callers_out() {
        let b = Backoff::new(10 * SECOND, 3600 * SECOND);
        let draws: Vec<Duration> = (0..200).map(|_| b.nth(3)).collect();
        assert!(
            draws
                .iter()
                .all(|d| (40 * SECOND..=80 * SECOND).contains(d)),
            "{draws:?}"
        );
        let distinct: std::collections::BTreeSet<_> = draws.iter().collect();
        assert!(
            distinct.len() > 50,
            "jitter spreads: {} distinct",
            distinct.len()
        );
        let seeded = |seed| b.nth_of(b.builder().with_jitter_seed(seed), 3);
        assert_eq!(seeded(7), seeded(7));
    }

    #[test]
    fn a_limited_policy_stops_after_its_retries() {
        let b = Backoff::new(SECOND, 10 * SECOND).times(3).steady();
        assert_eq!(b.builder().build().count(), 3);
        assert_eq!(b.nth(5), 10 * SECOND, "nth ignores the limit");
    }
}
