//! Eligibility: who may apply, from the statements under an eligibility heading or
//! with eligibility words.

use crate::limits::{StopFlag, Stopped};
use crate::text::{Line, has_any};

use serde_json::Value;

/// At most this many statements are kept.
const MAX: usize = 15;

/// Whether `text`, standing under `heading`, is such a statement.
fn is_one(text: &str, heading: &str) -> bool {
    has_any(
        heading,
        &["eligib", "who can apply", "who may apply", "applicant"],
    ) || has_any(
        text,
        &[
            "eligible",
            "eligibility",
            "applicants must",
            "open to",
            "who can apply",
            "must be registered",
            "may apply",
        ],
    )
}

/// The statements of `lines`.
pub(super) fn find(lines: &[Line], stop: &StopFlag) -> Result<Vec<Value>, Stopped> {
    super::statements(lines, stop, &is_one, MAX)
}
