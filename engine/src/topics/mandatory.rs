//! Mandatory statements: sentences with a binding word (the short list the summary
//! shows; the compliance matrix in `crate::requirements` is the full one).

use super::{Said, Sayings, has};

use serde_json::Value;

/// At most this many statements are kept.
const MAX: usize = 25;

/// Whether `text`, standing under `heading`, is such a statement.
fn is_one(said: &Said, _heading: &str) -> bool {
    has(
        &said.lower,
        &[" must ", " shall ", "required", "mandatory", "must not"],
    )
}

/// The statements of `lines`.
pub(super) fn find(said: &Sayings) -> Vec<Value> {
    super::statements(said, &is_one, MAX)
}
