//! The issuer: a labelled field, a line that is an organisation's name, else the
//! organisation the first pages name most often.

use std::collections::HashMap;
use std::sync::LazyLock;

use regex::Regex;
use serde_json::Value;

use super::*;
use crate::text::{Line, quote_line, re};

/// An organisation's name inside a sentence: capitalised words around an
/// organisation word, with its acronym.
static ORG_IN_SENTENCE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?:^|[\s(“'’])((?:(?:The|La|Le|El|Il|Die|Der|L['’])\s?)?(?:\p{Lu}\.(?:\p{Lu}\.)+|\p{Lu}(?:[\p{L}&'’-]|\.\p{L})*)(?:\s+(?:of|for|and|on|de|du|des|de la|del|della|di|do|da|für|und|et|y|e|d['’])?\s*(?:\p{Lu}\.(?:\p{Lu}\.)+|\p{Lu}(?:[\p{L}&'’-]|\.\p{L})*)){1,8}(?:\s*[(\[](?:“|\x22)?\p{Lu}[\p{Lu}\p{N}&-]{1,10}(?:”|\x22)?[)\]])?)",
    )
});

/// The issuer, with its quote.
pub(crate) fn issuer(lines: &[Line]) -> Option<Value> {
    let counts = repeated(lines);
    let top = &lines[..lines.len().min(TOP_LINES)];
    if let Some(i) = labelled(top) {
        return Some(i);
    }
    // A line that is an organisation's name.
    if let Some(l) = top.iter().take(30).find(|l| {
        is_org_line(l.text)
            && !is_noise(l.text, &counts)
            && !DOC_TYPE.is_match(l.text)
            && !l.text.contains(['.', ';'])
            && letter_words(l.text) <= 10
    }) {
        return found(clean_value(l.text), quote_line(l.text));
    }
    most_named(lines)
}

/// A labelled field's issuer ("Issued by: …", or the line below a bare label).
fn labelled(top: &[Line]) -> Option<Value> {
    for (i, l) in top.iter().enumerate() {
        let Some(c) = ISSUER_LABEL.captures(l.text) else {
            continue;
        };
        let value = c.get(1).map_or("", |m| m.as_str()).trim();
        let value = value.trim_start_matches("<br>").trim();
        if letter_words(value) >= 1 && !value.contains('@') && !value.ends_with(':') {
            return found(clean_value(value), quote_line(l.text));
        }
        if value.is_empty() {
            let next = top[i + 1..]
                .iter()
                .take(3)
                .find(|n| letter_words(n.text) >= 1 && !n.text.starts_with("<br"));
            if let Some(n) = next.filter(|n| !n.text.ends_with(':') && !n.text.contains('@')) {
                return found(clean_value(n.text), quote_line(n.text));
            }
        }
    }
    None
}

/// The organisation named in the first sentences (or, in a long document, the first
/// pages) the most often.
fn most_named(lines: &[Line]) -> Option<Value> {
    // An organisation named in the first sentences (or, in a long document, the
    // first pages), the most often named one.
    let mut best: Option<(bool, usize, usize, &str, &str)> = None;
    // How often a name is written in the document's first pages, counted once a name.
    // Bounded whatever the document: the text counted in is at most
    // MENTION_TEXT_BYTES, and at most MAX_COUNTED names are counted (later ones
    // count as never mentioned again), so a page of invented names costs
    // MAX_COUNTED scans of a bounded text, not one per name over the whole document.
    let joined: String = lines
        .iter()
        .take(2000)
        .map(|l| l.text)
        .collect::<Vec<_>>()
        .join("\n");
    let haystack = crate::limits::cap_bytes(&joined, MENTION_TEXT_BYTES);
    let mut counted: HashMap<String, usize> = HashMap::new();
    let mut count = |needle: &str| -> usize {
        if let Some(n) = counted.get(needle) {
            return *n;
        }
        if counted.len() >= MAX_COUNTED {
            return 0;
        }
        let n = haystack.matches(needle).count();
        counted.insert(needle.to_owned(), n);
        n
    };
    for (i, l) in lines.iter().take(SENTENCE_LINES).enumerate() {
        for (at, c) in crate::text::captures_at(&ORG_IN_SENTENCE, l.text).take(20) {
            let m = c.get(1).unwrap();
            let name = m.as_str().trim();
            // "Head Office: …" labels an address.
            if l.text[at + m.end()..].trim_start().starts_with(':') {
                continue;
            }
            let articles = [
                "the ", "la ", "le ", "el ", "il ", "die ", "der ", "l'", "l’",
            ];
            let bare = articles
                .iter()
                .find_map(|a| name.to_lowercase().starts_with(a).then(|| &name[a.len()..]))
                .unwrap_or(name);
            // A name with its acronym, the acronym used throughout the document, is an
            // organisation even without an organisation word ("Publiez Ce Que Vous
            // Payez Madagascar (PCQVP)").
            if letter_words(bare) < 2 || DOC_TYPE.is_match(name) {
                continue;
            }
            let org = is_org_line(name);
            let acronym_used = !org
                && i < TOP_LINES
                && name.rfind(['(', '[']).is_some_and(|open| {
                    let acr = name[open + 1..]
                        .trim_end_matches([')', ']'])
                        .trim_matches(['"', '“', '”']);
                    acr.len() >= 2 && count(acr) >= 3
                });
            if !(org || acronym_used) {
                continue;
            }
            let mentions = count(name);
            // Named with an organisation word beats named with an acronym only.
            if best.is_none_or(|(o, m, j, _, _)| {
                (org, mentions, std::cmp::Reverse(i)) > (o, m, std::cmp::Reverse(j))
            }) {
                best = Some((org, mentions, i, name, l.text));
            }
        }
    }
    best.and_then(|(_, _, _, name, line)| {
        found(
            clean_value(name),
            crate::text::quote(line, line.find(name).map_or(0..0, |s| s..s + name.len())),
        )
    })
}
