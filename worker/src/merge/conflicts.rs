//! Deadline conflicts across a package (issue 34): two documents that state different
//! submission deadlines where no precedence rule settles which one stands.
//!
//! Precedence settles most disagreements: an amendment or a clarification replaces
//! what the documents before it say (and `changes` lists it). It does not settle:
//!
//! - the main document and an annex (a portal notice and the RFP's body, the letter
//!   and its terms of reference): an annex completes the main document, it does not
//!   amend it, so neither outranks the other;
//! - two amendments or clarifications issued the same day (their uploader said so):
//!   the package's order between them is only their upload order;
//! - the same date and time in two time zones.
//!
//! The merge still shows one deadline (the main document's, or the later notice's), so
//! the summary and the exports have one; `conflicts` lists each disagreement with both
//! quotes, and a note says which was shown, so nobody is silently given one. The
//! trade-off: a reader sees a conflict the issuer may have meant (a time written
//! without its zone in one place), rather than missing the one that costs a bid.

use serde_json::{Value, json};

use super::{Analysed, data, deadline, when};

/// Whether `later` (after `earlier` in package order) replaces `earlier`'s facts: an
/// amendment or a clarification does, unless both are notices issued the same day.
fn overrides(later: &Analysed, earlier: &Analysed) -> bool {
    later.role.changes_facts()
        && !(earlier.role.changes_facts()
            && earlier.issued_on.is_some()
            && earlier.issued_on == later.issued_on)
}

/// A zone that names no zone: the engine's "local time" in each language.
fn named_zone(d: &Value) -> Option<String> {
    let zone = d["time_zone"].as_str()?.trim().to_lowercase();
    let local = ["local", "locale", "ortszeit"];
    (!zone.is_empty() && !local.iter().any(|l| zone.contains(l))).then_some(zone)
}

/// What differs between two deadlines: `date`, `time` (both stated), `time_zone`
/// (both named), or nothing (one only leaves out what the other says).
fn differs(a: &Value, b: &Value) -> Option<&'static str> {
    let stated = |d: &Value, k: &str| d[k].as_str().filter(|s| !s.is_empty()).map(str::to_owned);
    if stated(a, "date") != stated(b, "date") {
        return Some("date");
    }
    if let (Some(x), Some(y)) = (stated(a, "time"), stated(b, "time"))
        && x != y
    {
        return Some("time");
    }
    match (named_zone(a), named_zone(b)) {
        (Some(x), Some(y)) if x != y => Some("time_zone"),
        _ => None,
    }
}

/// One side of a conflict: the deadline as written, its quote and its document.
fn side(doc: &Analysed, d: &Value) -> Value {
    json!({
        "value": when(d),
        "quote": d["quote"],
        "document_id": doc.id,
        "filename": doc.filename,
        "role": doc.role.as_str(),
    })
}

/// Why no precedence settles a disagreement between `a` and `b`.
fn why(a: &Analysed, b: &Analysed, what: &str) -> String {
    let rank = if a.role.changes_facts() && b.role.changes_facts() {
        "two notices issued the same day, so neither replaces the other"
    } else {
        "an annex completes the main document and does not amend it, so neither outranks the other"
    };
    match what {
        "time_zone" => format!("the same date and time in two time zones; {rank}"),
        _ => rank.to_owned(),
    }
}

/// Adds to `analysis` (the merged package, whose submission deadline is the one
/// shown) a `conflicts` entry and a note for every document whose own submission
/// deadline differs from the one shown where no precedence settles it.
pub(super) fn deadlines(docs: &[Analysed], analysis: &mut Value) {
    let stated: Vec<(usize, &Value)> = docs
        .iter()
        .enumerate()
        .filter_map(|(i, d)| deadline(&d.analysis, "submission").map(|v| (i, v)))
        .collect();
    // The deadlines no later document replaces.
    let standing: Vec<(usize, &Value)> = stated
        .iter()
        .copied()
        .filter(|(i, _)| {
            !stated
                .iter()
                .any(|(j, _)| j > i && overrides(&docs[*j], &docs[*i]))
        })
        .collect();
    let shown = deadline(analysis, "submission").cloned();
    let Some(shown) = shown else {
        analysis["conflicts"] = json!([]);
        return;
    };
    let Some(&(kept_at, _)) = standing
        .iter()
        .find(|(i, _)| shown["document_id"] == json!(docs[*i].id))
    else {
        analysis["conflicts"] = json!([]);
        return;
    };
    let kept = &docs[kept_at];
    let mut conflicts = Vec::new();
    let mut notes = Vec::new();
    for &(i, other) in standing.iter().filter(|(i, _)| *i != kept_at) {
        let Some(what) = differs(&shown, other) else {
            continue;
        };
        let doc = &docs[i];
        let reason = why(kept, doc, what);
        notes.push(json!(format!(
            "Conflicting submission deadlines: {} says {} and {} says {}; {reason}. The analysis shows {}'s: check with the issuer.",
            kept.filename,
            when(&shown).as_str().unwrap_or_default(),
            doc.filename,
            when(other).as_str().unwrap_or_default(),
            kept.filename,
        )));
        conflicts.push(json!({
            "field": "deadline",
            "differs": what,
            "shown": side(kept, &shown),
            "other": side(doc, other),
            "why": reason,
        }));
    }
    if !notes.is_empty() {
        let entry = data(analysis).entry("notes").or_insert_with(|| json!([]));
        if let Some(items) = entry.as_array_mut() {
            items.extend(notes);
        }
    }
    analysis["conflicts"] = Value::Array(conflicts);
}

#[cfg(test)]
mod tests {
    use super::super::{Role, merge};
    use super::*;

    fn doc(id: &str, role: Role, issued: Option<&str>, deadline: Option<Value>) -> Analysed {
        let deadlines: Vec<Value> = deadline
            .map(|mut d| {
                d["what"] = json!("submission");
                d["quote"] = json!(format!("Proposals are due {}", d["date"]));
                d
            })
            .into_iter()
            .collect();
        Analysed {
            id: id.into(),
            filename: format!("{id}.pdf"),
            role,
            issued_on: issued.map(|d| d.parse().expect("a date")),
            analysis: json!({ "summary": {}, "extracted_data": { "deadlines": deadlines } }),
        }
    }

    fn at(date: &str, time: Option<&str>, zone: Option<&str>) -> Option<Value> {
        Some(json!({ "date": date, "time": time, "time_zone": zone }))
    }

    /// What `merge` says of a package: the deadline shown, and each conflict's
    /// `differs` with the other document's id.
    fn outcome(docs: Vec<Analysed>) -> (Value, Vec<(String, String)>, usize) {
        let merged = merge(docs);
        let conflicts = merged["conflicts"]
            .as_array()
            .expect("conflicts is always a list")
            .iter()
            .map(|c| {
                (
                    c["differs"].as_str().unwrap().to_owned(),
                    c["other"]["document_id"].as_str().unwrap().to_owned(),
                )
            })
            .collect();
        let notes = merged["extracted_data"]["notes"].as_array().map_or(0, |n| {
            n.iter()
                .filter(|n| n.as_str().unwrap_or("").starts_with("Conflicting"))
                .count()
        });
        let shown = deadline(&merged, "submission").map_or(Value::Null, |d| d["date"].clone());
        (shown, conflicts, notes)
    }

    #[test]
    fn deadlines_no_precedence_settles_are_listed_with_both_quotes() {
        type Case = (
            &'static str,
            Vec<Analysed>,
            &'static str,
            Vec<(&'static str, &'static str)>,
        );
        let cases: Vec<Case> = vec![
            (
                "a portal notice (main) and the RFP's body (annex) disagree",
                vec![
                    doc(
                        "notice",
                        Role::Rfp,
                        None,
                        at("2027-03-15", Some("17:00"), None),
                    ),
                    doc(
                        "body",
                        Role::Annex,
                        None,
                        at("2027-03-17", Some("12:00"), None),
                    ),
                ],
                "2027-03-15",
                vec![("date", "body")],
            ),
            (
                "two amendments issued the same day",
                vec![
                    doc("rfp", Role::Rfp, None, at("2027-03-15", None, None)),
                    doc(
                        "a1",
                        Role::Amendment,
                        Some("2027-03-01"),
                        at("2027-03-29", None, None),
                    ),
                    doc(
                        "a2",
                        Role::Amendment,
                        Some("2027-03-01"),
                        at("2027-03-31", None, None),
                    ),
                ],
                "2027-03-31",
                vec![("date", "a1")],
            ),
            (
                "the same instant written in two time zones",
                vec![
                    doc(
                        "rfp",
                        Role::Rfp,
                        None,
                        at("2027-03-15", Some("17:00"), Some("CET")),
                    ),
                    doc(
                        "tor",
                        Role::Annex,
                        None,
                        at("2027-03-15", Some("17:00"), Some("EAT")),
                    ),
                ],
                "2027-03-15",
                vec![("time_zone", "tor")],
            ),
            (
                "a later amendment settles it: a change, no conflict",
                vec![
                    doc("rfp", Role::Rfp, None, at("2027-03-15", None, None)),
                    doc(
                        "a1",
                        Role::Amendment,
                        Some("2027-03-01"),
                        at("2027-03-29", None, None),
                    ),
                    doc(
                        "a2",
                        Role::Amendment,
                        Some("2027-03-08"),
                        at("2027-03-31", None, None),
                    ),
                ],
                "2027-03-31",
                vec![],
            ),
            (
                "an annex that repeats the date without the time agrees",
                vec![
                    doc(
                        "rfp",
                        Role::Rfp,
                        None,
                        at("2027-03-15", Some("17:00"), Some("CET")),
                    ),
                    doc(
                        "tor",
                        Role::Annex,
                        None,
                        at("2027-03-15", None, Some("local time")),
                    ),
                ],
                "2027-03-15",
                vec![],
            ),
            (
                "an amendment of the notice and its annex moves both",
                vec![
                    doc("rfp", Role::Rfp, None, at("2027-03-15", None, None)),
                    doc("tor", Role::Annex, None, at("2027-03-17", None, None)),
                    doc("a1", Role::Amendment, None, at("2027-03-29", None, None)),
                ],
                "2027-03-29",
                vec![],
            ),
        ];
        let mut wrong = Vec::new();
        for (what, docs, shown, want) in cases {
            let (deadline, got, notes) = outcome(docs);
            let want: Vec<(String, String)> = want
                .iter()
                .map(|(a, b)| (a.to_string(), b.to_string()))
                .collect();
            if deadline != json!(shown) || got != want || notes != want.len() {
                wrong.push(format!(
                    "{what}: shown {deadline}, conflicts {got:?}, {notes} notes; want {shown}, {want:?}"
                ));
            }
        }
        assert!(wrong.is_empty(), "\n{}", wrong.join("\n"));
    }

    #[test]
    fn a_conflict_carries_both_quotes_and_documents() {
        let merged = merge(vec![
            doc(
                "notice",
                Role::Rfp,
                None,
                at("2027-03-15", Some("17:00"), None),
            ),
            doc("body", Role::Annex, None, at("2027-03-17", None, None)),
        ]);
        let c = &merged["conflicts"][0];
        assert_eq!(c["field"], "deadline");
        assert_eq!(c["shown"]["filename"], "notice.pdf");
        assert_eq!(c["shown"]["value"], "2027-03-15 17:00");
        assert_eq!(c["other"]["filename"], "body.pdf");
        assert_eq!(c["other"]["role"], "annex");
        assert!(c["other"]["quote"].as_str().unwrap().contains("2027-03-17"));
        assert!(c["shown"]["quote"].as_str().unwrap().contains("2027-03-15"));
    }
}
