//! Per-owner rate limiting (`RFP_RATE_LIMIT_PER_MINUTE`): a GCRA bucket per owner
//! (`governor`), refilled evenly over the minute, bursting up to the whole minute's
//! allowance. Over it, `429 rate_limited` with `Retry-After`. The buckets live in
//! this process: with N API tasks an owner gets up to N times the limit, which the
//! deploy guide accounts for.

use std::num::NonZeroU32;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

use axum::extract::{Request, State};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use governor::clock::{Clock, DefaultClock};
use governor::{DefaultKeyedRateLimiter, Quota};

use rfp_shared::ids::Owner;

use crate::auth::Identity;
use crate::error::ApiError;
use crate::error::ProblemCode;

/// The limiter of one API process; `None` inside when there is no limit.
#[derive(Clone)]
pub struct RateLimit {
    limiter: Option<Arc<DefaultKeyedRateLimiter<Owner>>>,
    checks: Arc<AtomicU64>,
}

impl RateLimit {
    pub fn per_minute(n: u32) -> Self {
        Self {
            limiter: NonZeroU32::new(n)
                .map(|n| Arc::new(DefaultKeyedRateLimiter::keyed(Quota::per_minute(n)))),
            checks: Arc::new(AtomicU64::new(0)),
        }
    }

    /// `Err(wait)` when `owner` is over its limit.
    fn check(&self, owner: &Owner) -> Result<(), Duration> {
        let Some(limiter) = &self.limiter else {
            return Ok(());
        };
        // Forget owners whose buckets are full again, now and then, so that memory
        // follows the owners active in the last minute, not all owners ever seen.
        if self.checks.fetch_add(1, Ordering::Relaxed) % 4096 == 4095 {
            limiter.retain_recent();
        }
        limiter
            .check_key(owner)
            .map_err(|not_until| not_until.wait_time_from(DefaultClock::default().now()))
    }
}

/// The middleware: after authentication, before the handler.
pub async fn limit(State(limit): State<RateLimit>, request: Request, next: Next) -> Response {
    let owner = request
        .extensions()
        .get::<Identity>()
        .map(|i| i.owner.clone());
    if let Some(owner) = owner
        && let Err(wait) = limit.check(&owner)
    {
        metrics::counter!("rfp_rate_limited_total").increment(1);
        return ApiError {
            retry_after: Some(wait.max(Duration::from_secs(1))),
            ..ApiError::new(
                ProblemCode::RateLimited,
                format!(
                    "Too many requests from this owner; try again in {} s.",
                    wait.as_secs().max(1)
                ),
            )
        }
        .into_response();
    }
    next.run(request).await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_owner_over_its_limit_waits_and_others_do_not() {
        let limit = RateLimit::per_minute(3);
        let a = Owner::parse("a").unwrap();
        let b = Owner::parse("b").unwrap();
        for _ in 0..3 {
            limit.check(&a).unwrap();
        }
        let wait = limit.check(&a).unwrap_err();
        assert!(
            wait > Duration::from_secs(10) && wait <= Duration::from_secs(20),
            "{wait:?}"
        );
        limit.check(&b).unwrap();
        let none = RateLimit::per_minute(0);
        for _ in 0..1000 {
            none.check(&a).unwrap();
        }
    }
}
