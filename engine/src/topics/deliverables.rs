//! Deliverables: list items under a heading about outputs or tasks.

use super::{Said, Sayings, has};
use crate::text::LIST_MARK;

use serde_json::Value;

/// At most this many statements are kept.
const MAX: usize = 20;

/// Whether `text`, standing under `heading`, is such a statement.
fn is_one(said: &Said, heading: &str) -> bool {
    has(
        heading,
        &[
            "deliverable",
            "outputs",
            "expected results",
            "scope of work",
            "tasks",
        ],
    ) && LIST_MARK.is_match(said.text)
}

/// The statements of `lines`.
pub(super) fn find(said: &Sayings) -> Vec<Value> {
    super::statements(said, &is_one, MAX)
}
