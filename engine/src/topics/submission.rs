//! Submission: how proposals are sent (portal, e-mail, post), where, and in what
//! form (page limit, language, file format).

use std::sync::LazyLock;

use regex::Regex;
use serde_json::{Value, json};

use super::sections::PAGES;
use crate::text::{LIST_MARK, Line, has_any, quote_line, re};

static URL: LazyLock<Regex> = LazyLock::new(|| re(r"https?://[^\s)>\]]+"));
static LANGUAGE: LazyLock<Regex> = LazyLock::new(|| {
    re(r"(?i)\b(written|submitted|prepared) in (english|french|spanish|arabic|portuguese|german)\b")
});
static FORMAT: LazyLock<Regex> = LazyLock::new(|| re(r"\b(PDF|Word|DOCX)\b"));

/// How, where and in what form proposals are submitted, as far as `lines` say.
pub(super) fn find(lines: &[Line]) -> Value {
    let mut submission = json!({});
    if let Some(l) = submission_line(lines) {
        let lower = l.text.to_lowercase();
        let method = if lower.contains("portal")
            || lower.contains("online")
            || lower.contains("electronic")
            || lower.contains("upload")
            || lower.contains("platform")
            || lower.contains("system")
        {
            "online portal"
        } else if lower.contains("email") || lower.contains("e-mail") {
            "email"
        } else {
            "post or hand delivery"
        };
        submission["method"] = json!(method);
        submission["quote"] = json!(quote_line(l.text));
        if let Some(url) = URL.find(l.text) {
            submission["address"] = json!(url.as_str().trim_end_matches(['.', ',']));
        }
    }
    // The proposal's page limit, not one section's: a list item ("Executive summary
    // (maximum 1 page)") is a section's.
    if let Some((l, c)) = lines
        .iter()
        .filter(|l| !LIST_MARK.is_match(l.text))
        .find_map(|l| PAGES.captures(l.text).map(|c| (l, c)))
    {
        submission["page_limit"] = json!(c[1].parse::<u32>().unwrap_or(0));
        submission["page_limit_quote"] = json!(quote_line(l.text));
    }
    if let Some(l) = lines.iter().find(|l| LANGUAGE.is_match(l.text)) {
        let lang = LANGUAGE.captures(l.text).map(|c| c[2].to_owned());
        submission["language"] = json!(lang);
        submission["language_quote"] = json!(quote_line(l.text));
    }
    if let Some(l) = lines
        .iter()
        .find(|l| has_any(l.text, &["submit", "submission", "file"]) && FORMAT.is_match(l.text))
    {
        let f = FORMAT.captures(l.text).map(|c| c[1].to_owned());
        submission["format"] = json!(f);
        submission["format_quote"] = json!(quote_line(l.text));
    }
    submission
}

/// The line that says how proposals are sent.
fn submission_line<'a, 'b>(lines: &'b [Line<'a>]) -> Option<&'b Line<'a>> {
    lines.iter().find(|l| {
        has_any(l.text, &["submit", "submission", "sent to", "send "])
            && has_any(
                l.text,
                &[
                    "email",
                    "e-mail",
                    "portal",
                    "online",
                    "electronic",
                    "upload",
                    "platform",
                    "post",
                    "courier",
                    "hand",
                    "sam.gov",
                    "grants.gov",
                    "system",
                ],
            )
    })
}
