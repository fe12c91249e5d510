//! Deliverables: list items under a heading about outputs or tasks.

use crate::limits::{StopFlag, Stopped};
use crate::text::{LIST_MARK, Line, has_any};

use serde_json::Value;

/// At most this many statements are kept.
const MAX: usize = 20;

/// Whether `text`, standing under `heading`, is such a statement.
fn is_one(text: &str, heading: &str) -> bool {
    has_any(
        heading,
        &[
            "deliverable",
            "outputs",
            "expected results",
            "scope of work",
            "tasks",
        ],
    ) && LIST_MARK.is_match(text)
}

/// The statements of `lines`.
pub(super) fn find(lines: &[Line], stop: &StopFlag) -> Result<Vec<Value>, Stopped> {
    super::statements(lines, stop, &is_one, MAX)
}
