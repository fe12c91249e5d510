//! Eligibility: who may apply, from the statements under an eligibility heading or
//! with eligibility words.

use super::{Said, Sayings, has};

use serde_json::Value;

/// At most this many statements are kept.
const MAX: usize = 15;

/// Whether `text`, standing under `heading`, is such a statement.
fn is_one(said: &Said, heading: &str) -> bool {
    has(
        heading,
        &["eligib", "who can apply", "who may apply", "applicant"],
    ) || has(
        &said.lower,
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
pub(super) fn find(said: &Sayings) -> Vec<Value> {
    super::statements(said, &is_one, MAX)
}
