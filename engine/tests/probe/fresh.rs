//! What the fresh fields probes (`fresh_fields_probe.rs`, `fresh_fields_probe2.rs`)
//! share: a fresh document's expected facts, the checks of what the engine read from
//! it, and the run of a whole probe against its `KNOWN_MISSES`. Each probe's test crate
//! declares `fields`, `names` and `probe` beside it.

// Each probe is a test crate of its own and uses only part of this module.
#![allow(dead_code)]

use std::collections::BTreeSet;

use rfp_engine::{Layout, StopFlag, analyze_document};
use serde_json::Value;

use crate::fields::{bounds, day, minutes, same, time_on};
use crate::names::same_name;
use crate::probe::pages;

/// The budget a document states.
#[derive(Clone, Copy, Debug)]
pub enum B {
    /// None: neither a `max` nor a `total`.
    None,
    /// The headline amount: `budget.max`, else `budget.total.amount`.
    Headline(f64),
    /// A fund's whole envelope beside a per-proposal range: `budget.total` is it, and
    /// `budget.max` is not.
    Envelope(f64),
}

/// One fresh document and what the engine must read from it.
pub struct Fresh {
    pub id: &'static str,
    pub text: &'static str,
    /// The expected titles, separated by `|` (one must match).
    pub title: &'static str,
    /// The expected issuers, separated by `|` (one must match).
    pub issuer: &'static str,
    pub deadline: Option<&'static str>,
    /// "HH:MM" on 24 hours.
    pub time: Option<&'static str>,
    pub budget: B,
    pub currency: Option<&'static str>,
    pub traps: &'static [f64],
}

/// What the engine gave, as one line for the report.
pub fn summary(a: &Value) -> String {
    let data = &a["extracted_data"];
    format!(
        "title {} issuer {} deadline {} deadlines {} budget max {} min {} total {} {}",
        data["title"]["value"],
        data["issuer"]["value"],
        a["summary"]["deadline"],
        data["deadlines"],
        data["budget"]["max"],
        data["budget"]["min"],
        data["budget"]["total"]["amount"],
        data["budget"]["currency"],
    )
}

/// Whether `got` names one of `wants` (separated by `|`).
pub fn names_one(got: Option<&str>, wants: &str) -> bool {
    wants.split('|').any(|w| same_name(got, w))
}

/// The checks a document fails, by name, and the number of checks.
pub fn failed_checks(doc: &Fresh, a: &Value) -> (usize, Vec<&'static str>) {
    let data = &a["extracted_data"];
    let mut failed = Vec::new();
    let mut n = 4;
    if !names_one(data["title"]["value"].as_str(), doc.title) {
        failed.push("title");
    }
    if !names_one(data["issuer"]["value"].as_str(), doc.issuer) {
        failed.push("issuer");
    }
    let list = data["deadlines"].as_array().cloned().unwrap_or_default();
    let submission = list
        .iter()
        .find(|d| d["what"].as_str() == Some("submission"))
        .cloned();
    let deadline = day(&a["summary"]["deadline"])
        .or_else(|| submission.as_ref().and_then(|d| day(&d["date"])));
    if deadline.as_deref() != doc.deadline {
        failed.push("deadline");
    }
    if let Some(want) = doc.time {
        n += 1;
        if time_on(submission.as_ref(), deadline.as_deref()) != minutes(want) {
            failed.push("time");
        }
    }
    let budget = &data["budget"];
    let (min, max, total) = bounds(budget);
    let right = match doc.budget {
        B::None => max.is_none() && total.is_none(),
        B::Headline(v) => max.or(total).is_some_and(|g| same(g, v)),
        B::Envelope(v) => total.is_some_and(|g| same(g, v)) && !max.is_some_and(|g| same(g, v)),
    };
    if !right {
        failed.push("budget");
    }
    if let Some(want) = doc.currency {
        n += 1;
        if !budget["currency"]
            .as_str()
            .is_some_and(|c| c.eq_ignore_ascii_case(want))
        {
            failed.push("currency");
        }
    }
    if !doc.traps.is_empty() {
        n += 1;
        if [min, max, total]
            .into_iter()
            .flatten()
            .any(|g| doc.traps.iter().any(|t| same(g, *t)))
        {
            failed.push("trap");
        }
    }
    (n, failed)
}

/// Checks every document of a fresh probe and asserts its misses ("<id> <check>")
/// equal `known`; prints the score per field (`name` names the probe).
pub fn assert_fresh_misses(name: &str, docs: &[Fresh], known: &[&str]) {
    let mut misses = BTreeSet::new();
    let mut report = Vec::new();
    let mut total = 0;
    let mut per_field: std::collections::BTreeMap<&str, (usize, usize)> = Default::default();
    for doc in docs {
        let a = analyze_document(&pages(doc.text), &Layout::new(), &StopFlag::default()).unwrap();
        let (n, failed) = failed_checks(doc, &a);
        total += n;
        let mut fields = vec!["title", "issuer", "deadline", "budget"];
        if doc.time.is_some() {
            fields.push("time");
        }
        if doc.currency.is_some() {
            fields.push("currency");
        }
        if !doc.traps.is_empty() {
            fields.push("trap");
        }
        for f in fields {
            let e = per_field.entry(f).or_default();
            e.1 += 1;
            if !failed.contains(&f) {
                e.0 += 1;
            }
        }
        if !failed.is_empty() {
            report.push(format!("{} {failed:?}: {}", doc.id, summary(&a)));
        }
        misses.extend(failed.into_iter().map(|c| format!("{} {c}", doc.id)));
    }
    let right = total - misses.len();
    println!("{name}: {right}/{total} right");
    for (f, (ok, n)) in &per_field {
        println!("  {f}: {ok}/{n}");
    }
    println!("{}", report.join("\n"));
    let known: BTreeSet<String> = known.iter().map(|s| s.to_string()).collect();
    assert_eq!(
        misses,
        known,
        "\n{name}'s misses changed ({right}/{total} right):\n{}",
        report.join("\n")
    );
}

/// Whether a fresh probe's ids are unique and it holds three documents at least in
/// each of the six languages, each of 30 to 120 lines when `sized`.
pub fn assert_fresh_set(docs: &[Fresh], sized: bool) {
    let ids: BTreeSet<&str> = docs.iter().map(|d| d.id).collect();
    assert_eq!(ids.len(), docs.len());
    for lang in ["en-", "fr-", "es-", "pt-", "it-", "de-"] {
        assert!(docs.iter().filter(|d| d.id.starts_with(lang)).count() >= 3);
    }
    if sized {
        for doc in docs {
            let lines = doc.text.lines().count();
            assert!((30..=120).contains(&lines), "{}: {lines} lines", doc.id);
        }
    }
}
