//! One analysis of a tender package: the main RFP, its annexes, and the amendments and
//! clarifications issued after it, each analysed on its own and merged here by role
//! and order (issue 17's precedence rules, for the offline engine).
//!
//! - **Precedence.** A fact an amendment or a clarification states (the submission
//!   and questions deadlines, the budget's ceiling and floor, the page limit, the
//!   evaluation criteria's weights) replaces the main document's, the later document
//!   over the earlier. An annex only fills what the main document leaves unsaid (the
//!   evaluation grid in a separate annex is kept; an annex's restated deadline does
//!   not move the main one).
//! - **Provenance.** Every object of the merged analysis that carries a quote names
//!   the document it comes from (`document_id`, `filename`), so a quote is checked
//!   against that document's text and a reader sees which file said it.
//! - **What changed.** `changes` lists each fact an amendment or a clarification
//!   changed: `{field, before, after, document_id, filename, quote}`, also a fact the
//!   documents before it left unsaid (`before` is then `null`: a Q&A that states the
//!   budget the call did not).
//! - **What conflicts.** Where two documents state different submission deadlines
//!   and no precedence settles which stands, `conflicts` holds both with their quotes
//!   and `notes` says so ([`conflicts`]).
//!
//! Everything else is the union of the documents' findings, in package order: the
//! other deadlines, eligibility, required sections, contacts, requirements (each row
//! naming its `document`), notes.

use serde_json::{Map, Value, json};

mod conflicts;

/// What a document is to its package (the stored role of its record).
pub use rfp_shared::domain::DocumentRole as Role;

/// One analysed document of a package.
#[derive(Debug, Clone)]
pub struct Analysed {
    pub id: String,
    pub filename: String,
    pub role: Role,
    /// The date the document was issued, when its uploader said it: two amendments
    /// issued the same day have equal rank, and neither settles the other's deadline.
    pub issued_on: Option<chrono::NaiveDate>,
    pub analysis: Value,
}

/// The package order: the main document, its annexes, then the amendments and
/// clarifications in the order given (the caller's: issue date, then upload).
fn ordered(mut docs: Vec<Analysed>) -> Vec<Analysed> {
    let rank = |r: Role| match r {
        Role::Rfp => 0,
        Role::Annex => 1,
        Role::Amendment | Role::Clarification => 2,
    };
    docs.sort_by_key(|d| rank(d.role));
    docs
}

/// Writes `document_id` and `filename` into every object of `v` that carries a quote.
fn tag(v: &mut Value, id: &str, filename: &str) {
    match v {
        Value::Object(map) => {
            let quoted = map
                .iter()
                .any(|(k, v)| k.to_ascii_lowercase().contains("quote") && v.is_string());
            if quoted {
                map.entry("document_id").or_insert_with(|| json!(id));
                map.entry("filename").or_insert_with(|| json!(filename));
            }
            for item in map.values_mut() {
                tag(item, id, filename);
            }
        }
        Value::Array(items) => items.iter_mut().for_each(|i| tag(i, id, filename)),
        _ => {}
    }
}

fn data(a: &mut Value) -> &mut Map<String, Value> {
    if !a["extracted_data"].is_object() {
        a["extracted_data"] = json!({});
    }
    a["extracted_data"].as_object_mut().expect("an object")
}

fn list<'a>(a: &'a Value, key: &str) -> &'a [Value] {
    a["extracted_data"][key]
        .as_array()
        .map(Vec::as_slice)
        .unwrap_or_default()
}

fn is_stated(v: &Value) -> bool {
    !(v.is_null() || v.as_str().is_some_and(str::is_empty))
}

/// The first deadline of kind `what`.
fn deadline<'a>(a: &'a Value, what: &str) -> Option<&'a Value> {
    list(a, "deadlines").iter().find(|d| d["what"] == what)
}

/// "2027-03-29 17:00 CET".
fn when(d: &Value) -> Value {
    let parts: Vec<&str> = ["date", "time", "time_zone"]
        .iter()
        .filter_map(|k| d[*k].as_str())
        .collect();
    json!(parts.join(" "))
}

struct Merge {
    analysis: Value,
    changes: Vec<Value>,
}

impl Merge {
    fn change(&mut self, field: &str, before: Value, after: Value, from: &Analysed, quote: &Value) {
        if before == after {
            return;
        }
        self.changes.push(json!({
            "field": field,
            "before": before,
            "after": after,
            "document_id": from.id,
            "filename": from.filename,
            "role": from.role.as_str(),
            "quote": quote,
        }));
    }

    /// A dated deadline of kind `what` from `doc`: replaces the current one (which
    /// becomes `superseded_<what>`) when `doc` overrides, fills a gap otherwise.
    fn deadline(&mut self, doc: &Analysed, what: &str, field: &str) {
        let Some(new) = deadline(&doc.analysis, what).cloned() else {
            return;
        };
        let current = deadline(&self.analysis, what).cloned();
        if current.is_some() && !doc.role.changes_facts() {
            return;
        }
        let same_instant = |a: &Value, b: &Value| a["date"] == b["date"] && a["time"] == b["time"];
        if current.as_ref().is_some_and(|c| same_instant(c, &new)) {
            return;
        }
        let deadlines = data(&mut self.analysis)
            .entry("deadlines")
            .or_insert_with(|| json!([]));
        if !deadlines.is_array() {
            *deadlines = json!([]);
        }
        let deadlines = deadlines.as_array_mut().expect("an array");
        for d in deadlines.iter_mut().filter(|d| d["what"] == what) {
            d["what"] = json!(format!("superseded_{what}"));
        }
        deadlines.insert(0, new.clone());
        if what == "submission" {
            self.analysis["summary"]["deadline"] = new["date"].clone();
        }
        match current {
            Some(c) => self.change(field, when(&c), when(&new), doc, &new["quote"]),
            // An amendment or a clarification that states what nothing before it
            // did changes it too.
            None if doc.role.changes_facts() => {
                self.change(field, Value::Null, when(&new), doc, &new["quote"]);
            }
            None => {}
        }
    }

    fn budget(&mut self, doc: &Analysed) {
        let new = &doc.analysis["extracted_data"]["budget"];
        let states = |b: &Value| is_stated(&b["max"]) || is_stated(&b["min"]);
        if !states(new) {
            return;
        }
        let current = self.analysis["extracted_data"]["budget"].clone();
        if states(&current) && !doc.role.changes_facts() {
            return;
        }
        for bound in ["max", "min"] {
            let (before, after) = (&current[bound], &new[bound]);
            // A bound stated for the first time by an amendment or a clarification is
            // a change too ("unstated → 20,000").
            if is_stated(after) && before != after && (states(&current) || doc.role.changes_facts())
            {
                let quote = if bound == "min" && is_stated(&new["min_quote"]) {
                    &new["min_quote"]
                } else {
                    &new["quote"]
                };
                self.change(
                    &format!("budget.{bound}"),
                    money(&current, before),
                    money(new, after),
                    doc,
                    quote,
                );
            }
        }
        // The new document's budget, with a bound it leaves unsaid kept from before;
        // that bound's quote stays with the document that said it.
        let mut merged = new.clone();
        let mut kept = Vec::new();
        for bound in ["max", "min"] {
            if !is_stated(&new[bound]) && is_stated(&current[bound]) {
                merged[bound] = current[bound].clone();
                let quote_key = format!("{bound}_quote");
                let quote = if is_stated(&current[&quote_key]) {
                    current[&quote_key].clone()
                } else {
                    current["quote"].clone()
                };
                if let Some(o) = merged.as_object_mut() {
                    o.remove(&quote_key);
                }
                kept.push(json!({
                    "field": bound,
                    "value": current[bound],
                    "quote": quote,
                    "document_id": current["document_id"],
                    "filename": current["filename"],
                }));
            }
        }
        if !kept.is_empty() {
            merged["kept_from_earlier"] = Value::Array(kept);
        }
        // The call's total and the amounts that are not the budget, when the new
        // document does not say them again (each names its own document).
        for key in ["total", "not_budget"] {
            let unsaid = match &new[key] {
                Value::Array(a) => a.is_empty(),
                v => !is_stated(v),
            };
            if unsaid && is_stated(&current[key]) {
                merged[key] = current[key].clone();
            }
        }
        data(&mut self.analysis).insert("budget".into(), merged);
        if let Some(range) = doc.analysis["summary"]["budget_range"]
            .as_str()
            .filter(|s| !s.is_empty())
        {
            self.analysis["summary"]["budget_range"] = json!(range);
        }
    }

    fn page_limit(&mut self, doc: &Analysed) {
        let new = &doc.analysis["extracted_data"]["submission"];
        if !is_stated(&new["page_limit"]) {
            return;
        }
        let before = self.analysis["extracted_data"]["submission"]["page_limit"].clone();
        if is_stated(&before) && !doc.role.changes_facts() {
            return;
        }
        let submission = data(&mut self.analysis)
            .entry("submission")
            .or_insert_with(|| json!({}));
        if !submission.is_object() {
            *submission = json!({});
        }
        // The limit's quote is the new document's, the rest of the object the old
        // one's: the quote goes with its own document.
        submission["page_limit"] = new["page_limit"].clone();
        if let Some(o) = submission.as_object_mut() {
            o.remove("page_limit_quote");
        }
        submission["page_limit_source"] = json!({
            "quote": new["page_limit_quote"],
            "document_id": doc.id,
            "filename": doc.filename,
        });
        if is_stated(&before) {
            let quote = new["page_limit_quote"].clone();
            self.change(
                "submission.page_limit",
                before,
                new["page_limit"].clone(),
                doc,
                &quote,
            );
        }
    }

    /// Criteria with weights or points: an overriding document's replace the list; an
    /// annex's (an evaluation grid) fill an empty one.
    fn criteria(&mut self, doc: &Analysed) {
        let new = list(&doc.analysis, "evaluation_criteria").to_vec();
        if new.is_empty() {
            return;
        }
        let current = list(&self.analysis, "evaluation_criteria").to_vec();
        if !current.is_empty() && !doc.role.changes_facts() {
            return;
        }
        let weights = |l: &[Value]| -> Value {
            Value::Array(
                l.iter()
                    .map(|c| {
                        let w = ["weight_percent", "weight", "points"]
                            .iter()
                            .map(|k| &c[*k])
                            .find(|v| is_stated(v))
                            .cloned()
                            .unwrap_or(Value::Null);
                        json!({ "criterion": c["criterion"], "weight": w })
                    })
                    .collect(),
            )
        };
        if !current.is_empty() {
            let quote = new[0]["quote"].clone();
            self.change(
                "evaluation_criteria",
                weights(&current),
                weights(&new),
                doc,
                &quote,
            );
        }
        data(&mut self.analysis).insert("evaluation_criteria".into(), Value::Array(new));
    }

    /// A list every document adds to, without repeating an entry.
    fn union(&mut self, doc: &Analysed, key: &str) {
        let new = list(&doc.analysis, key).to_vec();
        if new.is_empty() {
            return;
        }
        let entry = data(&mut self.analysis)
            .entry(key)
            .or_insert_with(|| json!([]));
        if !entry.is_array() {
            *entry = json!([]);
        }
        let items = entry.as_array_mut().expect("an array");
        let key_of = |v: &Value| {
            let mut v = v.clone();
            if let Some(o) = v.as_object_mut() {
                o.remove("document_id");
                o.remove("filename");
                o.remove("document");
            }
            v.to_string()
        };
        let seen: std::collections::HashSet<String> = items.iter().map(key_of).collect();
        items.extend(new.into_iter().filter(|v| !seen.contains(&key_of(v))));
    }
}

fn money(budget: &Value, amount: &Value) -> Value {
    match (budget["currency"].as_str(), amount.as_f64()) {
        (Some(c), Some(_)) => json!(format!("{c} {amount}")),
        _ => amount.clone(),
    }
}

/// The facts a proposal writer tracks across re-analyses, as `(field, value)`: the
/// submission and questions deadlines, the budget's bounds, the page limit, the
/// evaluation criteria and their weights, and the title.
fn tracked(a: &Value) -> Vec<(&'static str, Value)> {
    let at = |d: Option<&Value>| d.map(when).unwrap_or(Value::Null);
    let budget = &a["extracted_data"]["budget"];
    let criteria: Vec<Value> = list(a, "evaluation_criteria")
        .iter()
        .map(|c| {
            let weight = [&c["weight"], &c["points"]]
                .into_iter()
                .find(|w| is_stated(w))
                .cloned()
                .unwrap_or(Value::Null);
            json!({ "criterion": c["criterion"], "weight": weight })
        })
        .collect();
    vec![
        ("deadline", at(deadline(a, "submission"))),
        ("questions_due", at(deadline(a, "questions"))),
        ("budget.min", budget["min"].clone()),
        ("budget.max", budget["max"].clone()),
        ("budget.currency", budget["currency"].clone()),
        (
            "page_limit",
            a["extracted_data"]["submission"]["page_limit"].clone(),
        ),
        ("evaluation_criteria", Value::Array(criteria)),
        ("title", a["summary"]["title"].clone()),
    ]
}

/// The tracked facts (see [`tracked`]) that differ between the `previous` analysis and
/// the `next` one: `[{field, before, after}]`, for the status of a package analysed
/// again after a new document ("the amendment moved the deadline to …").
pub fn differences(previous: &Value, next: &Value) -> Vec<Value> {
    tracked(previous)
        .into_iter()
        .zip(tracked(next))
        .filter(|((_, before), (_, after))| before != after)
        .map(|((field, before), (_, after))| json!({ "field": field, "before": before, "after": after }))
        .collect()
}

/// The analysis of the whole package (see the module's documentation). `docs` holds
/// each document's own analysis; amendments and clarifications in the order they
/// were issued.
pub fn merge(docs: Vec<Analysed>) -> Value {
    let mut docs = ordered(docs);
    for d in docs.iter_mut() {
        let (id, filename) = (d.id.clone(), d.filename.clone());
        tag(&mut d.analysis, &id, &filename);
        if let Some(rows) = d.analysis["extracted_data"]["requirements"].as_array_mut() {
            for r in rows.iter_mut().filter(|r| r.is_object()) {
                r["document"] = json!(filename);
            }
        }
    }
    let Some(first) = docs.first() else {
        return json!({ "summary": {}, "extracted_data": {}, "changes": [] });
    };
    let mut m = Merge {
        analysis: first.analysis.clone(),
        changes: Vec::new(),
    };
    for doc in docs.iter().skip(1) {
        m.deadline(doc, "submission", "deadline");
        m.deadline(doc, "questions", "questions_due");
        m.budget(doc);
        m.page_limit(doc);
        m.criteria(doc);
        for key in [
            "deadlines",
            "eligibility",
            "required_sections",
            "contacts",
            "requirements",
            "mandatory_requirements",
            "deliverables",
            "geographic_scope",
            "target_beneficiaries",
        ] {
            m.union(doc, key);
        }
        // Fill what the main document leaves unsaid, only when there is none: the
        // issuer from any document, the title and focus from an annex (an
        // amendment's opening words are about the amendment, not the call).
        let fills: &[&str] = match doc.role {
            Role::Annex => &["title", "donor", "key_focus"],
            _ => &["donor"],
        };
        for key in fills {
            if !is_stated(&m.analysis["summary"][key]) && is_stated(&doc.analysis["summary"][key]) {
                m.analysis["summary"][key] = doc.analysis["summary"][key].clone();
            }
        }
        // A later document's own notes, but not its explanations of what it does not
        // state ("No budget: …"): the package may well state it elsewhere.
        let notes: Vec<Value> = list(&doc.analysis, "notes")
            .iter()
            .filter_map(Value::as_str)
            .filter(|n| !n.starts_with("No "))
            .map(|n| json!(format!("{}: {n}", doc.filename)))
            .collect();
        if !notes.is_empty() {
            let entry = data(&mut m.analysis)
                .entry("notes")
                .or_insert_with(|| json!([]));
            if let Some(items) = entry.as_array_mut() {
                items.extend(notes);
            }
        }
    }
    // Superseded deadlines stay in the list, after the ones that stand.
    if let Some(deadlines) = m.analysis["extracted_data"]["deadlines"].as_array_mut() {
        deadlines.sort_by_key(|d| {
            d["what"]
                .as_str()
                .is_some_and(|w| w.starts_with("superseded_"))
        });
    }
    m.analysis["changes"] = Value::Array(m.changes);
    conflicts::deadlines(&docs, &mut m.analysis);
    m.analysis["documents"] = Value::Array(
        docs.iter()
            .map(|d| json!({ "id": d.id, "filename": d.filename, "role": d.role.as_str() }))
            .collect(),
    );
    m.analysis
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::extractive::analyze;

    const AMENDMENT: &str = "# Amendment No. 1 to the Call for Proposals NVRDA-2027\n\nIssued by the Northern Valley Regional Development Agency, 1 March 2027.\n\nThis amendment modifies the Call for Proposals as follows.\n\n1. The deadline for submission of proposals is extended to 29 March 2027, 17:00 CET.\n\n2. The maximum grant per project is increased to EUR 500,000.\n\nAll other terms of the Call remain unchanged.\n";

    const GRID: &str = "# Annex 3: Evaluation grid\n\n| Criterion | Weight |\n|---|---|\n| Relevance to the call's objectives | 30% |\n| Quality of the methodology | 40% |\n| Value for money | 30% |\n";

    fn doc(id: &str, filename: &str, role: Role, text: &str) -> Analysed {
        Analysed {
            id: id.into(),
            filename: filename.into(),
            role,
            issued_on: None,
            analysis: analyze(text),
        }
    }

    fn main_rfp() -> Analysed {
        doc("d1", "call.md", Role::Rfp, crate::SAMPLE_RFP)
    }

    #[test]
    fn an_amendment_moves_the_deadline_and_raises_the_ceiling_and_says_so() {
        let alone = main_rfp().analysis;
        assert_eq!(alone["summary"]["deadline"], "2027-03-15");
        let merged = merge(vec![
            doc("d2", "amendment-1.md", Role::Amendment, AMENDMENT),
            main_rfp(),
        ]);
        assert_eq!(merged["summary"]["deadline"], "2027-03-29");
        let data = &merged["extracted_data"];
        let submission = &data["deadlines"][0];
        assert_eq!(
            (
                &submission["what"],
                &submission["date"],
                &submission["time"]
            ),
            (&json!("submission"), &json!("2027-03-29"), &json!("17:00"))
        );
        assert_eq!(submission["filename"], "amendment-1.md");
        assert!(
            data["deadlines"]
                .as_array()
                .unwrap()
                .iter()
                .any(|d| d["what"] == "superseded_submission"
                    && d["date"] == "2027-03-15"
                    && d["filename"] == "call.md")
        );
        assert_eq!(data["budget"]["max"], 500000);
        assert_eq!(data["budget"]["filename"], "amendment-1.md");
        let changes = merged["changes"].as_array().unwrap();
        let fields: Vec<&str> = changes
            .iter()
            .map(|c| c["field"].as_str().unwrap())
            .collect();
        assert_eq!(fields, ["deadline", "budget.max"], "{changes:#?}");
        assert_eq!(changes[0]["before"], "2027-03-15 17:00 CET");
        assert_eq!(changes[0]["after"], "2027-03-29 17:00 CET");
        assert_eq!(changes[0]["filename"], "amendment-1.md");
        assert!(
            changes[0]["quote"]
                .as_str()
                .unwrap()
                .contains("extended to 29 March 2027")
        );
        assert_eq!(changes[1]["after"], "EUR 500000");
        // The main document's title stays; the amendment's facts name it.
        assert_eq!(merged["summary"]["title"], alone["summary"]["title"]);
        assert_eq!(merged["documents"][0]["role"], "rfp");
    }

    #[test]
    fn an_annex_fills_what_the_main_document_leaves_unsaid_and_moves_nothing() {
        let main = doc(
            "d1",
            "call.md",
            Role::Rfp,
            "# Call for Proposals: Clean Water 2027\n\nIssued by the Lakeside Trust.\n\nProposals are due on 15 March 2027.\n\nProposals will be scored against the grid in Annex 3.\n",
        );
        let restating = "# Annex 3: Evaluation grid\n\nProposals are due on 1 April 2027.\n\n"
            .to_owned()
            + GRID;
        let merged = merge(vec![main, doc("d3", "annex-3.md", Role::Annex, &restating)]);
        let criteria = merged["extracted_data"]["evaluation_criteria"]
            .as_array()
            .unwrap();
        assert_eq!(criteria.len(), 3, "{criteria:#?}");
        assert!(criteria.iter().all(|c| c["filename"] == "annex-3.md"));
        assert_eq!(
            merged["summary"]["deadline"], "2027-03-15",
            "an annex does not move it"
        );
        assert_eq!(merged["changes"], json!([]));
    }

    #[test]
    fn the_later_of_two_amendments_wins_and_each_change_is_listed() {
        let second = AMENDMENT
            .replace("Amendment No. 1", "Amendment No. 2")
            .replace("29 March 2027", "12 April 2027")
            .replace("EUR 500,000", "EUR 450,000");
        let merged = merge(vec![
            main_rfp(),
            doc("d2", "amendment-1.md", Role::Amendment, AMENDMENT),
            doc("d4", "amendment-2.md", Role::Amendment, &second),
        ]);
        assert_eq!(merged["summary"]["deadline"], "2027-04-12");
        assert_eq!(merged["extracted_data"]["budget"]["max"], 450000);
        let changes: Vec<(String, String)> = merged["changes"]
            .as_array()
            .unwrap()
            .iter()
            .map(|c| {
                (
                    c["field"].as_str().unwrap().into(),
                    c["filename"].as_str().unwrap().into(),
                )
            })
            .collect();
        assert_eq!(
            changes,
            [
                ("deadline".into(), "amendment-1.md".into()),
                ("budget.max".into(), "amendment-1.md".into()),
                ("deadline".into(), "amendment-2.md".into()),
                ("budget.max".into(), "amendment-2.md".into()),
            ]
        );
    }

    #[test]
    fn the_merged_analysis_quotes_verify_against_the_documents_they_name() {
        let merged = merge(vec![
            main_rfp(),
            doc("d2", "amendment-1.md", Role::Amendment, AMENDMENT),
            doc("d3", "annex-3.md", Role::Annex, GRID),
        ]);
        let source = |id: &str, filename: &str, text: &str| crate::quotes::Source {
            id: id.into(),
            filename: filename.into(),
            document: crate::quotes::Document::new(&[text.to_owned()]),
        };
        let sources = [
            source("d1", "call.md", crate::SAMPLE_RFP),
            source("d2", "amendment-1.md", AMENDMENT),
            source("d3", "annex-3.md", GRID),
        ];
        let mut checked = merged.clone();
        let report = crate::quotes::check_package(&mut checked, &sources);
        assert!(report.checked > 20, "{}", report.checked);
        assert_eq!(report.unverified, Vec::<Value>::new());
        // Nothing to name; only the pages are added.
        fn without_pages(v: &mut Value) {
            match v {
                Value::Object(m) => {
                    m.remove("page");
                    m.values_mut().for_each(without_pages);
                }
                Value::Array(a) => a.iter_mut().for_each(without_pages),
                _ => {}
            }
        }
        assert_eq!(checked["extracted_data"]["budget"]["page"], 1);
        let (mut a, mut b) = (
            checked["extracted_data"].clone(),
            merged["extracted_data"].clone(),
        );
        without_pages(&mut a);
        without_pages(&mut b);
        assert_eq!(a, b, "nothing to name");
    }

    #[test]
    fn an_amendment_fills_neither_title_nor_focus_and_its_absence_notes_are_left_out() {
        let main = analysed("d1", "call.md", Role::Rfp, json!({}));
        let mut amendment = analysed(
            "d2",
            "amendment-1.md",
            Role::Amendment,
            json!({ "notes": ["No budget: no amount is stated as a ceiling, range or value for the work.", "Two pages were unreadable."] }),
        );
        amendment.analysis["summary"] = json!({
            "title": "Amendment No. 1", "key_focus": "The deadline is extended.", "donor": "The Agency"
        });
        let mut annex = analysed("d3", "tor.md", Role::Annex, json!({}));
        annex.analysis["summary"] = json!({ "key_focus": "Digital skills for rural adults." });
        let merged = merge(vec![main, amendment, annex]);
        let summary = &merged["summary"];
        assert_eq!(summary["title"], Value::Null, "{summary}");
        assert_eq!(summary["donor"], "The Agency");
        assert_eq!(summary["key_focus"], "Digital skills for rural adults.");
        assert_eq!(
            merged["extracted_data"]["notes"],
            json!(["amendment-1.md: Two pages were unreadable."])
        );
    }

    fn analysed(id: &str, filename: &str, role: Role, data: Value) -> Analysed {
        let mut analysis = json!({ "summary": {}, "extracted_data": data });
        tag(&mut analysis, id, filename);
        Analysed {
            id: id.into(),
            filename: filename.into(),
            role,
            issued_on: None,
            analysis,
        }
    }

    #[test]
    fn a_fact_first_stated_by_a_notice_is_a_change_and_by_an_annex_is_not() {
        let budget = json!({ "budget": { "currency": "EUR", "max": 20000, "quote": "von max. 20.000 Euro" },
            "deadlines": [{ "what": "questions", "date": "2027-03-01", "quote": "Fragen bis 1. März 2027" }] });
        for (role, want) in [
            (Role::Clarification, vec!["questions_due", "budget.max"]),
            (Role::Amendment, vec!["questions_due", "budget.max"]),
            (Role::Annex, vec![]),
        ] {
            let merged = merge(vec![
                analysed("d1", "letter.pdf", Role::Rfp, json!({})),
                analysed("d2", "qa.pdf", role, budget.clone()),
            ]);
            assert_eq!(merged["extracted_data"]["budget"]["max"], 20000, "{role:?}");
            let fields: Vec<&str> = merged["changes"]
                .as_array()
                .unwrap()
                .iter()
                .map(|c| c["field"].as_str().unwrap())
                .collect();
            assert_eq!(fields, want, "{role:?}");
            if let Some(c) = merged["changes"].as_array().unwrap().first() {
                assert_eq!(c["before"], Value::Null);
            }
        }
    }

    #[test]
    fn a_bound_or_a_limit_an_amendment_changes_keeps_the_rest_with_its_own_source() {
        let main = analysed(
            "d1",
            "call.pdf",
            Role::Rfp,
            json!({
                "budget": {"currency": "EUR", "min": 50000, "max": 250000,
                    "quote": "up to EUR 250,000", "min_quote": "at least EUR 50,000",
                    "total": {"amount": 2000000, "currency": "EUR", "quote": "EUR 2 million in total"}},
                "submission": {"method": "email", "quote": "by email", "page_limit": 15,
                    "page_limit_quote": "at most 15 pages"},
            }),
        );
        let amendment = analysed(
            "d2",
            "amendment.pdf",
            Role::Amendment,
            json!({
                "budget": {"currency": "EUR", "max": 300000, "quote": "raised to EUR 300,000"},
                "submission": {"page_limit": 20, "page_limit_quote": "at most 20 pages"},
            }),
        );
        let merged = merge(vec![main, amendment]);
        let b = &merged["extracted_data"]["budget"];
        assert_eq!((&b["min"], &b["max"]), (&json!(50000), &json!(300000)));
        assert_eq!(b["document_id"], "d2");
        assert!(b.get("min_quote").is_none(), "{b}");
        assert_eq!(
            b["kept_from_earlier"],
            json!([{"field": "min", "value": 50000, "quote": "at least EUR 50,000", "document_id": "d1", "filename": "call.pdf"}])
        );
        assert_eq!(b["total"]["document_id"], "d1");
        let sub = &merged["extracted_data"]["submission"];
        assert_eq!(
            (&sub["page_limit"], &sub["document_id"]),
            (&json!(20), &json!("d1"))
        );
        assert_eq!(sub["page_limit_source"]["document_id"], "d2");
        assert!(sub.get("page_limit_quote").is_none());
        let fields: Vec<&str> = merged["changes"]
            .as_array()
            .unwrap()
            .iter()
            .map(|c| c["field"].as_str().unwrap())
            .collect();
        assert_eq!(fields, ["budget.max", "submission.page_limit"]);
        // Every quote still verifies against the document its object names.
        let sources = [
            crate::quotes::Source {
                id: "d1".into(),
                filename: "call.pdf".into(),
                document: crate::quotes::Document::new(&[
                    "at least EUR 50,000, up to EUR 250,000, EUR 2 million in total, by email, at most 15 pages".into(),
                ]),
            },
            crate::quotes::Source {
                id: "d2".into(),
                filename: "amendment.pdf".into(),
                document: crate::quotes::Document::new(&[
                    "raised to EUR 300,000; at most 20 pages".into(),
                ]),
            },
        ];
        let mut checked = merged.clone();
        let report = crate::quotes::check_package(&mut checked, &sources);
        assert_eq!(report.unverified, Vec::<Value>::new());
    }

    #[test]
    fn every_quote_names_its_document_and_every_requirement_its_file() {
        let merged = merge(vec![
            main_rfp(),
            doc("d2", "amendment-1.md", Role::Amendment, AMENDMENT),
        ]);
        fn check(v: &Value, path: &str) {
            match v {
                Value::Object(map) => {
                    if map.get("quote").is_some_and(Value::is_string) {
                        assert!(map.contains_key("document_id"), "{path}: {v}");
                    }
                    for (k, item) in map {
                        if k != "changes" {
                            check(item, &format!("{path}/{k}"));
                        }
                    }
                }
                Value::Array(items) => {
                    for (i, item) in items.iter().enumerate() {
                        check(item, &format!("{path}/{i}"));
                    }
                }
                _ => {}
            }
        }
        check(&merged["extracted_data"], "");
        let rows = merged["extracted_data"]["requirements"].as_array().unwrap();
        assert!(
            rows.iter()
                .all(|r| r["document"] == "call.md" || r["document"] == "amendment-1.md")
        );
    }
}
