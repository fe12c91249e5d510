//! The semantic query: a description for searching past proposals (the next workflow
//! step searches with it).

use serde_json::Value;

use super::Rest;
use crate::text::{Line, sentences};

/// The semantic query of an analysis: what was found first (`names`, the title and the
/// issuer; the key focus; the first beneficiaries, places, deliverables and
/// eligibility statements), then the document's own sentences.
pub(crate) fn for_analysis(lines: &[Line], names: [&Option<Value>; 2], rest: &Rest) -> String {
    semantic_query(
        names
            .into_iter()
            .chain([&rest.key_focus])
            .flatten()
            .filter_map(|v| v["value"].as_str())
            .chain(
                [
                    &rest.beneficiaries,
                    &rest.geographic,
                    &rest.deliverables,
                    &rest.eligibility,
                ]
                .into_iter()
                .flat_map(|list| list.iter().take(4))
                .filter_map(|v| v["text"].as_str()),
            ),
        lines
            .iter()
            .filter(|l| !l.is_heading)
            .flat_map(|l| sentences(l.text)),
    )
}

/// Words a semantic query aims for (the next workflow step searches with it).
const QUERY_WORDS: std::ops::RangeInclusive<usize> = 150..=250;

/// A description for searching past proposals: what was found (title, issuer, focus,
/// beneficiaries, places, deliverables, eligibility), then the document's own
/// sentences in order until it reaches 150 words; at most 250 words.
fn semantic_query<'a>(
    found: impl Iterator<Item = &'a str>,
    body: impl Iterator<Item = &'a str>,
) -> String {
    let mut words: Vec<&str> = Vec::new();
    let mut used: Vec<&str> = Vec::new();
    for text in found {
        let text = text.trim();
        if text.is_empty() || used.contains(&text) {
            continue;
        }
        used.push(text);
        words.extend(text.split_whitespace());
    }
    if words.len() < *QUERY_WORDS.start() {
        for sentence in body {
            let sentence = sentence.trim();
            if sentence.split_whitespace().count() < 4 || used.iter().any(|u| u.contains(sentence))
            {
                continue;
            }
            used.push(sentence);
            words.extend(sentence.split_whitespace());
            if words.len() >= *QUERY_WORDS.start() {
                break;
            }
        }
    }
    words.truncate(*QUERY_WORDS.end());
    words.join(" ")
}
