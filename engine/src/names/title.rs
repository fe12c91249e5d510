//! The title: the subject of the call, not its kind ("Rural Digital Skills Programme
//! 2027", not "Call for Proposals"): a labelled field, the subject a document-type line
//! names or the line beside it, else the first substantive heading.

use std::collections::HashMap;

use serde_json::Value;

use super::*;
use crate::text::{Line, quote_line};

/// The title, with its quote.
pub(crate) fn title(lines: &[Line]) -> Option<Value> {
    let counts = repeated(lines);
    let top = &lines[..lines.len().min(TOP_LINES)];
    if let Some(t) = labelled(top, &counts) {
        return Some(t);
    }
    for (i, l) in top.iter().enumerate() {
        if let Some(t) = beside_doc_type(top, i, l, &counts) {
            return Some(t);
        }
    }
    // The first substantive heading, else the first substantive line.
    let pick = top
        .iter()
        .position(|l| {
            l.is_heading
                && !is_noise(l.text, &counts)
                && letter_words(l.text) >= 2
                && !is_org_name(l.text)
        })
        .or_else(|| {
            top.iter().position(|l| {
                !is_noise(l.text, &counts)
                    && letter_words(l.text) >= 2
                    && l.text.len() <= 160
                    && !is_org_name(l.text)
            })
        })?;
    let (text, _) = with_continuation(top, pick);
    found(clean_value(&text), quote_line(&text))
}

/// A front matter or a labelled field's title ("Title: …", or the line below a bare
/// label).
fn labelled(top: &[Line], counts: &HashMap<&str, usize>) -> Option<Value> {
    for (i, l) in top.iter().enumerate() {
        if let Some(c) = TITLE_LABEL.captures(l.text) {
            let value = c.get(1).map_or("", |m| m.as_str()).trim();
            if letter_words(value) >= 2 && !value.ends_with(':') {
                return found(clean_value(value), quote_line(l.text));
            }
            if value.is_empty() && i + 1 < top.len() && !is_noise(top[i + 1].text, counts) {
                let (text, last) = with_continuation(top, i + 1);
                if letter_words(&text) >= 2 && !top[i + 1].text.ends_with(':') {
                    let quote = top[i + 1..=last]
                        .iter()
                        .map(|l| l.text)
                        .collect::<Vec<_>>()
                        .join(" ");
                    return found(clean_value(&text), quote_line(&quote));
                }
            }
        }
    }
    None
}

/// The subject document-type line `l` (line `i` of `top`) names, or the line beside
/// it; `None` when `l` is no such line.
fn beside_doc_type(
    top: &[Line],
    i: usize,
    l: &Line,
    counts: &HashMap<&str, usize>,
) -> Option<Value> {
    if l.text.len() > 400 || repeated_line(l, counts) || crate::text::LIST_MARK.is_match(l.text) {
        return None;
    }
    let subject = subject_of_doc_type_line(l.text)?;
    // "RFP Number: ___" is a field of a form, not a title line.
    let lower = l.text.to_lowercase();
    if l.text.contains("__") || DOC_TYPE_FIELD.is_match(&lower) {
        return None;
    }
    // A sentence that mentions a request for proposals is not a title line.
    let starts_with_type = DOC_TYPE.find(l.text).is_some_and(|m| m.start() <= 5);
    if l.text.split_whitespace().count() > 14 && !starts_with_type {
        return None;
    }
    if let Some(s) = subject {
        let (text, last) = with_continuation(top, i);
        let whole = if last > i {
            text.clone()
        } else {
            l.text.to_owned()
        };
        let value = if last > i {
            whole[whole.find(s).unwrap_or(0)..].to_owned()
        } else {
            s.to_owned()
        };
        if !is_org_name(&value) || letter_words(&value) > 4 {
            return found(clean_value(&value), quote_line(&whole));
        }
    }
    // The subject before the kind of document: "PRINCE 2010 — UE27 — Invito a
    // presentare proposte", "Domande e risposte sul bando ED 2008".
    if let Some(m) = DOC_TYPE.find(l.text) {
        let prefix = l.text[..m.start()]
            .trim_matches(|c: char| c.is_whitespace() || matches!(c, '—' | '–' | '-' | ':'));
        if letter_words(prefix) >= 1
            && !is_org_line(prefix)
            && !prefix.contains(':')
            && l.text.split_whitespace().count() <= 14
        {
            return found(clean_value(l.text), quote_line(l.text));
        }
    }
    let usable = |j: usize| {
        let t = top[j].text;
        !is_noise(t, counts)
            && !is_field_line(t)
            && !t.starts_with(char::is_lowercase)
            && letter_words(t) >= 2
            && !DOC_TYPE.is_match(t)
            && !is_org_name(t)
            && crate::dates::dates(t, crate::dates::Convention::DayFirst).is_empty()
            && t.split_whitespace().count() <= 30
            && !t.ends_with('.')
    };
    let next = (i + 1..top.len().min(i + 4)).find(|&j| usable(j));
    let prev = (i.saturating_sub(2)..i).rev().find(|&j| usable(j));
    if let Some(j) = next.or(prev) {
        let (text, _) = with_continuation(top, j);
        return found(clean_value(&text), quote_line(&text));
    }
    None
}
