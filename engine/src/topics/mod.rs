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
    Ok(Rest {
        eligibility: eligibility::find(lines, stop)?,
        mandatory: mandatory::find(lines, stop)?,
        geographic: geography::find(lines, stop)?,
        beneficiaries: beneficiaries::find(lines, stop)?,
        deliverables: deliverables::find(lines, stop)?,
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

/// The sentences of `lines` (not headings) that `pred` accepts given their heading,
/// cleaned, each once, at most `cap`.
fn statements(
    lines: &[Line],
    stop: &StopFlag,
    pred: &dyn Fn(&str, &str) -> bool,
    cap: usize,
) -> Result<Vec<Value>, Stopped> {
    let mut seen = Vec::<String>::new();
    let mut out = Vec::new();
    for l in lines.iter().filter(|l| !l.is_heading) {
        stop.check()?;
        if out.len() >= cap {
            break;
        }
        for sentence in sentences(l.text) {
            if out.len() >= cap || !pred(sentence, l.heading) {
                continue;
            }
            let text = clean_item(sentence);
            if !text.is_empty() && !seen.contains(&text) {
                seen.push(text.clone());
                out.push(json!({ "text": text, "quote": quote_line(sentence) }));
            }
        }
    }
    Ok(out)
}
