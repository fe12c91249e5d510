//! `rfp-engine`: the offline extractive analyzer, the default model of the embedded
//! backend, as a pure library: pages in, analysis out (`rfp_worker::model::extractive`
//! puts it behind the service's `Model` port).
//!
//! It makes no network call and no LLM call and is deterministic: the same text
//! always gives the same analysis. It reads the document line by line (and paragraph
//! by paragraph, for facts that wrap), keeps track of the section heading each line
//! stands under, and fills the analysis schema with named fact extractors:
//!
//! - [`layout`]: what the document says about itself besides its text (styles,
//!   properties), which extraction hands over with the pages;
//! - [`lexicon`]: the words of each of the six languages the rules read, one value
//!   per language;
//! - [`limits`]: the flag that stops an analysis and the caps on what it collects;
//! - `text`: lines, headings, paragraphs, sentences and verbatim quotes;
//! - `dates`: dates in six languages and every common notation, what each is for,
//!   and the submission deadline;
//! - `money`: amounts and currencies, the budget, the call-wide total, the traps;
//! - `names`: the title (the subject of the call) and the issuer;
//! - [`requirements`]: the compliance matrix (every statement that binds the bidder);
//! - `topics`: eligibility, mandatory statements, criteria, sections, submission,
//!   contacts, scope, and the semantic query.
//!
//! Every extracted value carries the quote it came from, a verbatim piece of the
//! document, so a reader can check it. Where the evidence is weak it leaves the field
//! empty and says why in `extracted_data.notes`: a wrong deadline or a fee shown as
//! the budget costs a proposal writer far more than an empty field.

#[cfg(test)]
mod corpus;
mod dates;
pub mod layout;
pub mod lexicon;
pub mod limits;
mod money;
mod names;
pub mod requirements;
mod text;
mod topics;

use serde_json::{Value, json};

pub use layout::{HeadingLine, Hint, HintKind, Layout};
pub use limits::{MAX_VALUE_CHARS, StopFlag, Stopped, cap_chars};
pub use requirements::CATEGORIES as REQUIREMENT_CATEGORIES;

/// The engine name results and meta record for this engine.
pub const ENGINE: &str = "extractive";
/// The analyzer's version, recorded as the model id of its results.
pub const MODEL_ID: &str = "extractive-v2";

/// Analyses `text`; the result has `summary`, `extracted_data` and `engine`.
pub fn analyze(text: &str) -> Value {
    analyze_pages(&[text], &StopFlag::default()).expect("an analysis nobody stops ends")
}

/// Analyses a document's pages until `stop` says stop, from its text alone (see
/// [`analyze_document`]).
pub fn analyze_pages<S: AsRef<str>>(pages: &[S], stop: &StopFlag) -> Result<Value, Stopped> {
    analyze_document(pages, &Layout::new(), stop)
}

/// Analyses a document's pages and what it says about itself (`layout`: its styles
/// and properties, which weigh in the choice of its title and issuer) until `stop`
/// says stop. Its time is linear in the text: every pattern runs over each line or
/// paragraph once, and each match looks at a bounded window around it. Every value it
/// writes is bounded too ([`MAX_VALUE_CHARS`], lists of a few dozen entries), whatever
/// the document.
pub fn analyze_document<S: AsRef<str>>(
    pages: &[S],
    layout: &Layout,
    stop: &StopFlag,
) -> Result<Value, Stopped> {
    let lines = text::lines(pages, stop)?;
    let blocks = text::blocks(&lines, stop)?;
    let language = text::language(lines.iter().take(3000).map(|l| l.text));
    let mut notes: Vec<String> = Vec::new();

    let convention =
        dates::convention(blocks.iter().take(2000).map(|b| &*b.text), language == "en");
    let entries = dates::dated_entries(&blocks, convention, limits::MAX_DATES, stop)?;
    let dates::Deadlines {
        chosen,
        list: deadlines,
        note,
    } = dates::deadlines(&entries);
    notes.extend(note);

    // Which dollars a bare "$" means matters only where one is written.
    let (dollar, dollar_country) = if lines.iter().any(|l| l.text.contains('$')) {
        money::dollar_currency(lines.iter().take(400).map(|l| l.text))
    } else {
        ("USD", None)
    };
    // Which CFA franc an "FCFA" means matters only where one is written.
    let cfa = if lines.iter().any(|l| l.text.contains("CFA")) {
        money::cfa_currency(lines.iter().take(400).map(|l| l.text))
    } else {
        "XOF"
    };
    let judged = money::judged_amounts(&blocks, dollar, cfa, limits::MAX_AMOUNTS, stop)?;
    let (budget, budget_range) = money::budget(&judged);
    notes.extend(money::no_budget_note(&budget, &judged));
    notes.extend(money::dollar_note(&judged, &budget, dollar_country));

    let names::Names {
        title,
        issuer,
        notes: name_notes,
    } = names::names(&lines, layout);
    notes.extend(name_notes);

    let rest = topics::rest(&lines, stop)?;
    let issuer_name = issuer.as_ref().and_then(|i| i["value"].as_str());
    let (requirements, requirements_left_out) =
        requirements::requirements(&lines, issuer_name, layout, stop)?;
    if requirements_left_out > 0 {
        notes.push(format!(
            "The compliance matrix lists the first {} requirements; {requirements_left_out} more were left out.",
            requirements::MAX_REQUIREMENTS
        ));
    }
    let semantic_query = topics::query::for_analysis(&lines, [&title, &issuer], &rest);

    let summary = json!({
        "title": title.as_ref().map(|t| t["value"].clone()),
        "donor": issuer.as_ref().map(|i| i["value"].clone()),
        "deadline": chosen.as_ref().map(|d| d.iso.clone()),
        "budget_range": budget_range,
        "key_focus": rest.key_focus.as_ref().map(|k| k["value"].clone()),
    });
    Ok(json!({
        "summary": summary,
        "extracted_data": {
            "title": title,
            "issuer": issuer,
            "language": language,
            "key_focus": rest.key_focus,
            "deadlines": deadlines,
            "budget": budget,
            "eligibility": rest.eligibility,
            "evaluation_criteria": rest.criteria,
            "required_sections": rest.sections,
            "submission": rest.submission,
            "contacts": rest.contacts,
            "geographic_scope": rest.geographic,
            "target_beneficiaries": rest.beneficiaries,
            "deliverables": rest.deliverables,
            "mandatory_requirements": rest.mandatory,
            "requirements": requirements,
            "notes": notes,
        },
        "semantic_query": semantic_query,
        "engine": ENGINE,
    }))
}
