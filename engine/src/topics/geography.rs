//! Geographic scope: where the work takes place.

use crate::limits::{StopFlag, Stopped};
use crate::text::{Line, has_any};

use serde_json::Value;

/// At most this many statements are kept.
const MAX: usize = 8;

/// Whether `text`, standing under `heading`, is such a statement.
fn is_one(text: &str, heading: &str) -> bool {
    has_any(
        heading,
        &[
            "geograph",
            "location",
            "target area",
            "place of performance",
        ],
    ) || has_any(
        text,
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
pub(super) fn find(lines: &[Line], stop: &StopFlag) -> Result<Vec<Value>, Stopped> {
    super::statements(lines, stop, &is_one, MAX)
}
