//! Mandatory statements: sentences with a binding word (the short list the summary
//! shows; the compliance matrix in `crate::requirements` is the full one).

use crate::limits::{StopFlag, Stopped};
use crate::text::{Line, has_any};

use serde_json::Value;

/// At most this many statements are kept.
const MAX: usize = 25;

/// Whether `text`, standing under `heading`, is such a statement.
fn is_one(text: &str, _heading: &str) -> bool {
    has_any(
        text,
        &[" must ", " shall ", "required", "mandatory", "must not"],
    )
}

/// The statements of `lines`.
pub(super) fn find(lines: &[Line], stop: &StopFlag) -> Result<Vec<Value>, Stopped> {
    super::statements(lines, stop, &is_one, MAX)
}
