//! Required sections: list items under a heading about the proposal's format or
//! content, each with its page limit when it states one.

use std::sync::LazyLock;

use regex::Regex;
use serde_json::{Value, json};

use crate::text::{LIST_MARK, Line, clean_item, quote_line, re};

/// A page limit: "not exceed 10 pages", "maximum de 5 pages", "höchstens 8 Seiten".
pub(super) static PAGES: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)(?:not exceed|maximum(?: of)?|max\.?|up to|no more than|at most|limited to|au maximum|au plus|maximum de|máximo(?: de)?|no más de|massimo(?: di)?|höchstens|maximal)\s+(\d{1,3})\s+(?:pages?|páginas?|pagine|seiten)",
    )
});
static ANY_PAGES: LazyLock<Regex> = LazyLock::new(|| re(r"(?i)\b(\d{1,3})\s+pages?\b"));

/// The required sections of `lines`, at most 30.
pub(super) fn find(lines: &[Line]) -> Vec<Value> {
    lines
        .iter()
        .filter(|l| {
            !l.is_heading
                && LIST_MARK.is_match(l.text)
                && super::heading_has(
                    l,
                    &[
                        "format",
                        "required section",
                        "structure",
                        "content",
                        "outline",
                        "table of contents",
                        "proposal sections",
                        "submission requirement",
                        "application package",
                    ],
                )
        })
        .map(|l| {
            let name = clean_item(l.text);
            let mut s = json!({ "name": name, "quote": quote_line(l.text) });
            if let Some(p) = PAGES
                .captures(l.text)
                .or_else(|| ANY_PAGES.captures(l.text))
            {
                s["page_limit"] = json!(p[1].parse::<u32>().unwrap_or(0));
            }
            s
        })
        .take(30)
        .collect()
}
