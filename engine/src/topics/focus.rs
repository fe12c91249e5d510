//! The key focus: the first paragraph under a background, purpose or overview
//! heading, else the first long paragraph.

use serde_json::{Value, json};

use crate::text::{Line, quote};

/// The key focus of `lines`.
pub(super) fn find(lines: &[Line]) -> Option<Value> {
    lines
        .iter()
        .find(|l| {
            !l.is_heading
                && l.text.len() > 60
                && super::heading_has(
                    l,
                    &[
                        "purpose",
                        "objective",
                        "background",
                        "overview",
                        "introduction",
                        "summary",
                        "scope",
                        "goal",
                    ],
                )
        })
        .or_else(|| lines.iter().find(|l| !l.is_heading && l.text.len() > 80))
        .map(|l| json!({ "value": quote(l.text, 0..1), "quote": quote(l.text, 0..1) }))
}
