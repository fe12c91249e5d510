//! Target beneficiaries: who the work is for.

use crate::limits::{StopFlag, Stopped};
use crate::text::{Line, has_any};

use serde_json::Value;

/// At most this many statements are kept.
const MAX: usize = 8;

/// Whether `text`, standing under `heading`, is such a statement.
fn is_one(text: &str, _heading: &str) -> bool {
    has_any(
        text,
        &[
            "beneficiar",
            "target group",
            "target population",
            "participants",
            "people who",
            "adults",
            "youth",
            "women",
            "farmers",
            "households",
            "communities",
        ],
    )
}

/// The statements of `lines`.
pub(super) fn find(lines: &[Line], stop: &StopFlag) -> Result<Vec<Value>, Stopped> {
    super::statements(lines, stop, &is_one, MAX)
}
