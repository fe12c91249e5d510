//! The errors of a call: a problem answer of the API (RFC 9457) with its code, or why
//! there was none (the service out of reach, an answer that is not the route's).

use std::time::Duration;

use serde_json::Value;

/// An error answer of the API (RFC 9457), or why there was none.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("{0}")]
    Problem(Problem),
    #[error("cannot reach the service at {base}: {source}")]
    Unreachable {
        base: String,
        #[source]
        source: reqwest::Error,
    },
    /// A success whose body is not what the route answers.
    #[error("the service at {base} answered {status} with a body that is not the route's: {why}")]
    Unexpected {
        base: String,
        status: u16,
        why: String,
    },
}

impl Error {
    /// The problem's code (`proposal_not_found`, `rate_limited`, …), if the service
    /// answered one.
    pub fn code(&self) -> Option<&str> {
        match self {
            Self::Problem(p) => Some(&p.code),
            _ => None,
        }
    }

    /// The HTTP status of a problem answer.
    pub fn status(&self) -> Option<u16> {
        match self {
            Self::Problem(p) => Some(p.status),
            _ => None,
        }
    }
}

/// A problem document: `{type, title, status, code, detail}`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub status: u16,
    /// Stable and machine-readable; `error` when the answer was not a problem
    /// document (a proxy's page, hyper's bare 431).
    pub code: String,
    pub detail: String,
    /// `Retry-After`, for 429 and 503.
    pub retry_after: Option<Duration>,
    /// The whole body, for what the fields above leave out.
    pub body: Value,
}

impl std::fmt::Display for Problem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} ({}): {}", self.code, self.status, self.detail)
    }
}
