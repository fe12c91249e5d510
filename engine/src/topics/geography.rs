//! Geographic scope: where the work takes place.

use super::{Said, Sayings, has};

use serde_json::Value;

/// At most this many statements are kept.
const MAX: usize = 8;

/// Whether `text`, standing under `heading`, is such a statement.
fn is_one(said: &Said, heading: &str) -> bool {
    has(
        heading,
        &[
            "geograph",
            "location",
            "target area",
            "place of performance",
        ],
    ) || has(
        &said.lower,
        &[
            "geographic",
            "municipalit",
            "take place in",
            "implemented in",
            "countries",
            "country",
            "county",
            "province",
            "district",
            "territor",
            "nationwide",
            "located in",
        ],
    )
}

/// The statements of `lines`.
pub(super) fn find(said: &Sayings) -> Vec<Value> {
    super::statements(said, &is_one, MAX)
}
