//! The rest of the analysis, one module per fact: eligibility, mandatory statements,
//! geographic scope, beneficiaries, deliverables, evaluation criteria with their points
//! or weights, required sections, the submission method, contacts, the key focus, and
//! the semantic query the next workflow step searches with.

mod beneficiaries;
mod contacts;
mod criteria;
mod deliverables;
mod eligibility;
mod focus;
mod geography;
mod mandatory;
pub(crate) mod query;
mod sections;
mod submission;

use serde_json::{Value, json};

use crate::limits::{StopFlag, Stopped};
use crate::text::{Line, clean_item, has_any, quote_line, sentences};

/// What the rest of the analysis found.
pub(crate) struct Rest {
    pub eligibility: Vec<Value>,
    pub mandatory: Vec<Value>,
    pub geographic: Vec<Value>,
    pub beneficiaries: Vec<Value>,
    pub deliverables: Vec<Value>,
    pub criteria: Vec<Value>,
    pub sections: Vec<Value>,
    pub submission: Value,
    pub contacts: Vec<Value>,
    pub key_focus: Option<Value>,
}

/// Finds the rest of the analysis in `lines`.
pub(crate) fn rest(lines: &[Line], stop: &StopFlag) -> Result<Rest, Stopped> {
    let said = said(lines, stop)?;
    Ok(Rest {
        eligibility: eligibility::find(&said),
        mandatory: mandatory::find(&said),
        geographic: geography::find(&said),
        beneficiaries: beneficiaries::find(&said),
        deliverables: deliverables::find(&said),
        criteria: criteria::find(lines, stop)?,
        sections: sections::find(lines),
        submission: submission::find(lines),
        contacts: contacts::find(lines, stop)?,
        key_focus: focus::find(lines),
    })
}

/// Whether the heading `l` stands under has one of `words`.
fn heading_has(l: &Line, words: &[&str]) -> bool {
    has_any(l.heading, words)
}

/// A sentence of a line that is no heading, as the topics read it: they all look
/// for words in it and in its heading whatever their case, so both are lower-cased
/// once for all of them (each topic lower-cased them again, sentence by sentence).
struct Said<'a> {
    text: &'a str,
    /// `text`, lower-cased.
    lower: String,
    /// The heading it stands under, lower-cased (an index in [`Sayings::headings`]).
    heading: usize,
}

/// The sentences of a document's lines that are no headings, in order.
struct Sayings<'a> {
    said: Vec<Said<'a>>,
    /// The headings the sentences stand under, lower-cased, each run of lines under
    /// one heading sharing one.
    headings: Vec<String>,
}

impl Sayings<'_> {
    /// The lower-cased heading `s` stands under.
    fn heading(&self, s: &Said) -> &str {
        &self.headings[s.heading]
    }
}

/// Whether `lower` (lower-cased text) has one of `words` (lower-case words): what
/// [`has_any`] says of the text before lower-casing.
fn has(lower: &str, words: &[&str]) -> bool {
    words.iter().any(|w| lower.contains(w))
}

/// The sentences of `lines` that are not headings.
fn said<'a>(lines: &[Line<'a>], stop: &StopFlag) -> Result<Sayings<'a>, Stopped> {
    let mut out = Sayings {
        said: Vec::new(),
        headings: Vec::new(),
    };
    let mut last_heading: Option<&str> = None;
    for l in lines.iter().filter(|l| !l.is_heading) {
        stop.check()?;
        if last_heading != Some(l.heading) {
            out.headings.push(l.heading.to_lowercase());
            last_heading = Some(l.heading);
        }
        for text in sentences(l.text) {
            out.said.push(Said {
                text,
                lower: text.to_lowercase(),
                heading: out.headings.len() - 1,
            });
        }
    }
    Ok(out)
}

/// The sentences of `said` that `pred` accepts (given the sentences' lower-cased
/// text and heading), cleaned, each once, at most `cap`.
fn statements(said: &Sayings, pred: &dyn Fn(&Said, &str) -> bool, cap: usize) -> Vec<Value> {
    let mut seen = Vec::<String>::new();
    let mut out = Vec::new();
    for s in &said.said {
        if out.len() >= cap {
            break;
        }
        if !pred(s, said.heading(s)) {
            continue;
        }
        let text = clean_item(s.text);
        if !text.is_empty() && !seen.contains(&text) {
            seen.push(text.clone());
            out.push(json!({ "text": text, "quote": quote_line(s.text) }));
        }
    }
    out
}
