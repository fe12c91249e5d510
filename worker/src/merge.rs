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
mod tests;
