//! Target beneficiaries: who the work is for.

use super::{Said, Sayings, has};

use serde_json::Value;

/// At most this many statements are kept.
const MAX: usize = 8;

/// Whether `text`, standing under `heading`, is such a statement.
fn is_one(said: &Said, _heading: &str) -> bool {
    has(
        &said.lower,
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
pub(super) fn find(said: &Sayings) -> Vec<Value> {
    super::statements(said, &is_one, MAX)
}
