//! The analysis as the team sees it: the recorded result with the workspace laid over
//! it. Every reader (the status, the exports, the page, the CLI through the status)
//! reads this, so a corrected fact is corrected everywhere and marked so.
//!
//! What the overlay adds to the result, under `workspace`: the version and `etag`,
//! `edited` (each corrected fact as `{value, source: "edited", by, at, note, was}`),
//! `conflicts`, the lists' added and removed counts, the rows' counts, the rows marked
//! "not a requirement" (`hidden_rows`, out of `requirements`), and `removed_rows`:
//! edited rows the analysis no longer has, each with its likely successor.

use std::collections::BTreeSet;

use serde_json::{Map, Value, json};

use super::edits::{item_texts, row_json};
use super::*;

/// The analysis's own value of `field` (before any correction), `null` when it states
/// none. The shapes are the default analysis schema's.
pub fn engine_value(result: &Value, field: Fact) -> Value {
    let data = &result["extracted_data"];
    let deadline = |what: &str| {
        data["deadlines"]
            .as_array()
            .and_then(|list| list.iter().find(|d| d["what"] == what))
            .map_or(
                Value::Null,
                |d| json!({ "date": d["date"], "time": d["time"], "time_zone": d["time_zone"] }),
            )
    };
    let text = |structured: &Value, summary: &str| {
        structured["value"]
            .as_str()
            .or_else(|| structured.as_str())
            .or_else(|| result["summary"][summary].as_str())
            .map_or(Value::Null, |s| json!(s))
    };
    match field {
        Fact::SubmissionDeadline => deadline("submission"),
        Fact::QuestionsDeadline => deadline("questions"),
        Fact::Budget => {
            let b = &data["budget"];
            let total = b["total"]["amount"].clone();
            if b["min"].is_null() && b["max"].is_null() && total.is_null() {
                Value::Null
            } else {
                json!({ "min": b["min"], "max": b["max"], "total": total, "currency": b["currency"] })
            }
        }
        Fact::Title => text(&data["title"], "title"),
        Fact::Issuer => text(&data["issuer"], "donor"),
        Fact::PageLimit => data["submission"]["page_limit"].clone(),
        Fact::SubmissionMethod => data["submission"]["method"].clone(),
    }
}

/// The rows of the analysis's compliance matrix, as recorded.
pub fn requirement_rows(result: &Value) -> Vec<Value> {
    result["extracted_data"]["requirements"]
        .as_array()
        .cloned()
        .unwrap_or_default()
}

/// The marker a corrected fact carries wherever it is shown.
fn marker(c: &Correction) -> Value {
    json!({
        "value": c.value,
        "source": "edited",
        "by": c.stamp.by,
        "at": c.stamp.at,
        "note": c.note,
        "was": c.was,
    })
}

fn object(v: &mut Value) -> &mut Map<String, Value> {
    if !v.is_object() {
        *v = Value::Object(Map::new());
    }
    v.as_object_mut().expect("an object")
}

fn set_deadline(data: &mut Value, what: &str, c: &Correction) {
    let list = data["deadlines"].as_array().cloned().unwrap_or_default();
    let mut kept: Vec<Value> = list.into_iter().filter(|d| d["what"] != what).collect();
    if !c.value.is_null() {
        let v = &c.value;
        kept.insert(
            0,
            json!({
                "what": what,
                "date": v["date"],
                "time": v["time"],
                "time_zone": v["time_zone"],
                "quote": null,
                "source": "edited",
                "edited": marker(c),
            }),
        );
    }
    object(data).insert("deadlines".into(), Value::Array(kept));
}

fn budget_range(v: &Value) -> Value {
    if v.is_null() {
        return Value::Null;
    }
    let cur = v["currency"].as_str().unwrap_or("");
    let n = |x: &Value| x.as_f64().map(|f| format!("{f}"));
    let text = match (n(&v["min"]), n(&v["max"]), n(&v["total"])) {
        (Some(a), Some(b), _) => format!("{cur} {a} – {b}"),
        (None, Some(b), _) => format!("up to {cur} {b}"),
        (Some(a), None, _) => format!("from {cur} {a}"),
        (None, None, Some(t)) => format!("{cur} {t} in total"),
        _ => return Value::Null,
    };
    json!(text.split_whitespace().collect::<Vec<_>>().join(" "))
}

fn set_fact(result: &mut Value, field: Fact, c: &Correction) {
    let v = c.value.clone();
    let data = object(&mut result["extracted_data"]);
    let mut data_value = Value::Object(std::mem::take(data));
    match field {
        Fact::SubmissionDeadline => set_deadline(&mut data_value, "submission", c),
        Fact::QuestionsDeadline => set_deadline(&mut data_value, "questions", c),
        Fact::Budget => {
            let b = if v.is_null() {
                Value::Null
            } else {
                json!({
                    "min": v["min"],
                    "max": v["max"],
                    "total": if v["total"].is_null() { Value::Null } else {
                        json!({ "amount": v["total"], "currency": v["currency"] })
                    },
                    "currency": v["currency"],
                    "quote": null,
                    "source": "edited",
                    "edited": marker(c),
                })
            };
            object(&mut data_value).insert("budget".into(), b);
        }
        Fact::Title | Fact::Issuer => {
            let key = if field == Fact::Title {
                "title"
            } else {
                "issuer"
            };
            let fact = if v.is_null() {
                Value::Null
            } else {
                json!({ "value": v, "quote": null, "source": "edited", "edited": marker(c) })
            };
            object(&mut data_value).insert(key.into(), fact);
        }
        Fact::PageLimit | Fact::SubmissionMethod => {
            let key = if field == Fact::PageLimit {
                "page_limit"
            } else {
                "method"
            };
            let submission = object(&mut data_value["submission"]);
            submission.insert(key.into(), v.clone());
            submission.insert(format!("{key}_quote"), Value::Null);
            submission.insert(format!("{key}_edited"), marker(c));
        }
    }
    result["extracted_data"] = data_value;
    let summary_key = match field {
        Fact::SubmissionDeadline => Some(("deadline", v["date"].clone())),
        Fact::Budget => Some(("budget_range", budget_range(&v))),
        Fact::Title => Some(("title", v.clone())),
        Fact::Issuer => Some(("donor", v.clone())),
        _ => None,
    };
    if let Some((key, value)) = summary_key
        && (result["summary"].is_object() || result["summary"].is_null())
    {
        object(&mut result["summary"]).insert(key.into(), value);
    }
}

/// Where the analysis's value of `field` comes from when a package's amendment set it.
fn change_source(result: &Value, field: Fact) -> Value {
    result["changes"]
        .as_array()
        .and_then(|list| {
            list.iter().rev().find(|c| {
                c["field"]
                    .as_str()
                    .is_some_and(|f| field.change_names().contains(&f))
            })
        })
        .map_or(Value::Null, |c| {
            let filename = if c["filename"].is_null() { &c["document"] } else { &c["filename"] };
            json!({ "filename": filename, "role": c["role"], "document_id": c["document_id"], "quote": c["quote"] })
        })
}

fn lists(result: &mut Value, ws: &Workspace) -> Value {
    let mut counts = Map::new();
    for (list, edits) in &ws.lists {
        let key = list.as_str();
        let removed: BTreeSet<&str> = edits.removed.iter().map(|r| r.text.as_str()).collect();
        let mut items = result["extracted_data"][key]
            .as_array()
            .cloned()
            .unwrap_or_default();
        let before = items.len();
        items.retain(|i| !item_texts(i).iter().any(|t| removed.contains(t.as_str())));
        let hidden = before - items.len();
        for a in &edits.added {
            let mut item = a.item.clone();
            let o = object(&mut item);
            o.insert("quote".into(), Value::Null);
            o.insert("source".into(), json!("edited"));
            o.insert(
                "edited".into(),
                json!({ "by": a.stamp.by, "at": a.stamp.at, "note": a.note }),
            );
            items.push(item);
        }
        object(&mut result["extracted_data"]).insert(key.into(), Value::Array(items));
        counts.insert(
            key.into(),
            json!({ "added": edits.added.len(), "removed": hidden }),
        );
    }
    Value::Object(counts)
}

/// Words of a statement, for finding the row that replaced a removed one.
fn words(s: &str) -> BTreeSet<String> {
    s.split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.chars().count() > 2)
        .map(str::to_lowercase)
        .collect()
}

fn similarity(a: &BTreeSet<String>, b: &BTreeSet<String>) -> f64 {
    let union = a.union(b).count();
    if union == 0 {
        return 0.0;
    }
    a.intersection(b).count() as f64 / union as f64
}

fn team_fields(row: &mut Value, e: Option<&RowEdit>) {
    let o = object(row);
    let e = e.cloned().unwrap_or_default();
    if let Value::Object(team) = row_json(&e) {
        o.extend(team);
    }
    if let Some(s) = &e.stamp {
        o.insert("edited".into(), json!({ "by": s.by, "at": s.at }));
    }
}

fn rows(result: &mut Value, ws: &Workspace) -> Value {
    let recorded = requirement_rows(result);
    let ids: BTreeSet<String> = recorded
        .iter()
        .filter_map(|r| r["id"].as_str().map(str::to_owned))
        .collect();
    let mut shown = Vec::new();
    let mut hidden = Vec::new();
    for mut r in recorded.clone() {
        // A row nobody worked on is left as the analysis wrote it (its status is open).
        let edit = r["id"].as_str().and_then(|id| ws.rows.get(id));
        if edit.is_some() {
            team_fields(&mut r, edit);
        }
        if edit.is_some_and(|e| e.not_a_requirement) {
            hidden.push(r);
        } else {
            shown.push(r);
        }
    }
    for t in &ws.team_rows {
        let mut r = json!({
            "id": t.id, "text": t.text, "section": t.section, "category": t.category,
            "mandatory": t.mandatory, "modality": null, "page": null, "quote": null,
            "source": "team", "added": { "by": t.stamp.by, "at": t.stamp.at },
        });
        let edit = ws.rows.get(&t.id);
        team_fields(&mut r, edit);
        if edit.is_some_and(|e| e.not_a_requirement) {
            hidden.push(r);
        } else {
            shown.push(r);
        }
    }
    let team_ids: BTreeSet<&str> = ws.team_rows.iter().map(|t| t.id.as_str()).collect();
    let unedited: Vec<&Value> = recorded
        .iter()
        .filter(|r| r["id"].as_str().is_some_and(|id| !ws.rows.contains_key(id)))
        .collect();
    let mut removed = Vec::new();
    for (id, e) in &ws.rows {
        if ids.contains(id) || team_ids.contains(id.as_str()) {
            continue;
        }
        let mine = words(&e.text);
        let successor = unedited
            .iter()
            .filter(|r| r["section"].as_str().unwrap_or_default() == e.section)
            .map(|r| {
                (
                    similarity(&mine, &words(r["text"].as_str().unwrap_or_default())),
                    r,
                )
            })
            .filter(|(s, _)| *s >= 0.5)
            .max_by(|a, b| a.0.total_cmp(&b.0))
            .map(|(_, r)| r["id"].clone());
        let mut row =
            json!({ "id": id, "text": e.text, "section": e.section, "likely_now": successor });
        team_fields(&mut row, Some(e));
        removed.push(row);
    }
    let mut by_status = Map::new();
    for s in RowStatus::ALL {
        let n = shown
            .iter()
            .filter(|r| r["status"].as_str().unwrap_or("open") == s.as_str())
            .count();
        by_status.insert(s.as_str().into(), json!(n));
    }
    let counts = json!({
        "shown": shown.len(),
        "edited": shown.iter().filter(|r| r.get("edited").is_some()).count(),
        "team": ws.team_rows.len(),
        "hidden": hidden.len(),
        "removed": removed.len(),
        "by_status": by_status,
    });
    if result["extracted_data"]["requirements"].is_array() || !ws.team_rows.is_empty() {
        object(&mut result["extracted_data"]).insert("requirements".into(), Value::Array(shown));
    }
    json!({ "counts": counts, "hidden_rows": hidden, "removed_rows": removed })
}

/// The analysis `result` as the team sees it through `ws`. `analysed_package` is the
/// package the result read; `job` the job that recorded it (for the `etag`).
pub fn effective(
    result: &Value,
    ws: &Workspace,
    analysed_package: Option<&str>,
    job: Option<&str>,
) -> Value {
    let mut out = result.clone();
    let mut edited = Map::new();
    let mut conflicts = Vec::new();
    for (field, c) in &ws.facts {
        let engine = engine_value(result, *field);
        if engine != c.was && analysed_package != c.package_sha256.as_deref() {
            conflicts.push(json!({
                "field": field.as_str(),
                "yours": c.value,
                "yours_by": c.stamp.by,
                "yours_at": c.stamp.at,
                "analysis": engine,
                "analysis_source": change_source(result, *field),
                "was": c.was,
            }));
        }
        set_fact(&mut out, *field, c);
        edited.insert(field.as_str().into(), marker(c));
    }
    let list_counts = lists(&mut out, ws);
    let rows = rows(&mut out, ws);
    let workspace = json!({
        "version": ws.version,
        "etag": etag(ws.version, job),
        "updated_at": ws.updated.as_ref().map(|s| s.at),
        "updated_by": ws.updated.as_ref().map(|s| s.by.clone()),
        "edited": edited,
        "conflicts": conflicts,
        "lists": list_counts,
        "rows": rows["counts"],
        "hidden_rows": rows["hidden_rows"],
        "removed_rows": rows["removed_rows"],
    });
    if let Some(o) = out.as_object_mut() {
        o.insert("workspace".into(), workspace);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::super::edits::*;
    use super::*;

    fn stamp(by: &str) -> Stamp {
        Stamp {
            by: by.into(),
            at: "2027-01-10T09:00:00Z".parse().unwrap(),
        }
    }

    fn analysis(deadline: &str) -> Value {
        json!({
            "summary": { "title": "Call", "deadline": deadline },
            "extracted_data": {
                "title": { "value": "Call", "quote": "Call" },
                "deadlines": [{ "what": "submission", "date": deadline, "time": "17:00", "time_zone": "CET", "quote": "q" }],
                "budget": { "min": 1000, "max": 5000, "currency": "EUR", "total": null },
                "eligibility": [{ "text": "Be an NGO", "quote": "Be an NGO" }],
                "requirements": [
                    { "id": "REQ-A", "text": "Bidders must sign the form.", "section": "1", "mandatory": true },
                    { "id": "REQ-B", "text": "Bidders must attach the insurance certificate valid for 2027.", "section": "2", "mandatory": true },
                    { "id": "REQ-C", "text": "Bidders should be nice.", "section": "3", "mandatory": false },
                ]
            },
            "changes": []
        })
    }

    fn set_deadline(ws: &mut Workspace, result: &Value, pkg: &str, date: &str) {
        let edits = vec![FactEdit::Set {
            field: Fact::SubmissionDeadline,
            value: json!({ "date": date, "time": "12:00", "time_zone": "CET" }),
            note: Some("phoned the buyer".into()),
        }];
        let against = Against {
            result,
            analysed_package: Some(pkg),
        };
        apply_fact_edits(ws, &against, &edits, &stamp("ana")).unwrap();
    }

    #[test]
    fn a_correction_is_read_everywhere_and_marked_edited() {
        let r = analysis("2027-02-18");
        let mut ws = Workspace::default();
        set_deadline(&mut ws, &r, "p1", "2027-02-25");
        let e = effective(&r, &ws, Some("p1"), Some("job1"));
        assert_eq!(e["summary"]["deadline"], "2027-02-25");
        let d = &e["extracted_data"]["deadlines"][0];
        assert_eq!(d["date"], "2027-02-25");
        assert_eq!(d["source"], "edited");
        assert_eq!(d["edited"]["was"]["date"], "2027-02-18");
        assert_eq!(e["workspace"]["edited"]["submission_deadline"]["by"], "ana");
        assert_eq!(e["workspace"]["conflicts"], json!([]));
    }

    #[test]
    fn a_new_documents_other_value_is_a_conflict_and_the_same_package_is_not() {
        let r = analysis("2027-02-18");
        let mut ws = Workspace::default();
        set_deadline(&mut ws, &r, "p1", "2027-02-20");
        // The same package read again, by a changed engine: still corrected, silently.
        let again = analysis("2027-02-19");
        let e = effective(&again, &ws, Some("p1"), None);
        assert_eq!(e["workspace"]["conflicts"], json!([]));
        // An amendment's analysis: conflict, the team's value kept meanwhile.
        let mut amended = analysis("2027-03-01");
        amended["changes"] = json!([{ "field": "deadline", "before": "2027-02-18", "after": "2027-03-01", "filename": "amendment-2.pdf", "role": "amendment", "quote": "now 1 March" }]);
        let e = effective(&amended, &ws, Some("p2"), None);
        let c = &e["workspace"]["conflicts"][0];
        assert_eq!(c["yours"]["date"], "2027-02-20");
        assert_eq!(c["analysis"]["date"], "2027-03-01");
        assert_eq!(c["analysis_source"]["filename"], "amendment-2.pdf");
        assert_eq!(e["summary"]["deadline"], "2027-02-20");
        // Resolved for the analysis: the amendment's date, no conflict.
        let against = Against {
            result: &amended,
            analysed_package: Some("p2"),
        };
        let resolve = [FactEdit::Resolve {
            field: Fact::SubmissionDeadline,
            keep: Keep::Analysis,
        }];
        let mut resolved = ws.clone();
        apply_fact_edits(&mut resolved, &against, &resolve, &stamp("bo")).unwrap();
        let e = effective(&amended, &resolved, Some("p2"), None);
        assert_eq!(e["summary"]["deadline"], "2027-03-01");
        assert_eq!(e["workspace"]["conflicts"], json!([]));
        // Or for the team's value: acknowledged, no conflict, still the team's.
        let resolve = [FactEdit::Resolve {
            field: Fact::SubmissionDeadline,
            keep: Keep::Mine,
        }];
        apply_fact_edits(&mut ws, &against, &resolve, &stamp("bo")).unwrap();
        let e = effective(&amended, &ws, Some("p2"), None);
        assert_eq!(e["summary"]["deadline"], "2027-02-20");
        assert_eq!(e["workspace"]["conflicts"], json!([]));
    }

    #[test]
    fn row_edits_survive_a_reanalysis_and_a_changed_row_is_reported_with_its_successor() {
        let r = analysis("2027-02-18");
        let against = Against {
            result: &r,
            analysed_package: Some("p1"),
        };
        let mut ws = Workspace::default();
        let edits: MatrixEdits = serde_json::from_value(json!({
            "rows": [
                { "id": "REQ-A", "owner": "ana", "status": "in_progress" },
                { "id": "REQ-B", "owner": "bo", "status": "answered", "note": "cert from broker" },
                { "id": "REQ-C", "not_a_requirement": true },
            ],
            "add": [{ "text": "Print two copies.", "section": "4" }]
        }))
        .unwrap();
        apply_matrix_edits(&mut ws, &against, &edits, &stamp("ana")).unwrap();
        let mut next = analysis("2027-02-18");
        next["extracted_data"]["requirements"][1] = json!({ "id": "REQ-B2", "text": "Bidders must attach the insurance certificate valid for 2028.", "section": "2", "mandatory": true });
        let e = effective(&next, &ws, Some("p2"), None);
        let rows = e["extracted_data"]["requirements"].as_array().unwrap();
        let ids: Vec<&str> = rows.iter().map(|r| r["id"].as_str().unwrap()).collect();
        assert_eq!(ids, ["REQ-A", "REQ-B2", "TEAM-001"]);
        assert_eq!(rows[0]["owner"], "ana");
        assert_eq!(rows[0]["status"], "in_progress");
        assert_eq!(
            rows[1]["status"],
            Value::Null,
            "an unworked row as the analysis wrote it"
        );
        assert_eq!(e["workspace"]["rows"]["by_status"]["open"], 2);
        let removed = &e["workspace"]["removed_rows"][0];
        assert_eq!(removed["id"], "REQ-B");
        assert_eq!(removed["owner"], "bo");
        assert_eq!(removed["likely_now"], "REQ-B2");
        assert_eq!(e["workspace"]["hidden_rows"][0]["id"], "REQ-C");
        assert_eq!(e["workspace"]["rows"]["hidden"], 1);
        // The edits move to the successor on request.
        let against = Against {
            result: &next,
            analysed_package: Some("p2"),
        };
        let mv: MatrixEdits =
            serde_json::from_value(json!({ "move": [{ "from": "REQ-B", "to": "REQ-B2" }] }))
                .unwrap();
        apply_matrix_edits(&mut ws, &against, &mv, &stamp("bo")).unwrap();
        let e = effective(&next, &ws, Some("p2"), None);
        assert_eq!(e["extracted_data"]["requirements"][1]["owner"], "bo");
        assert_eq!(e["workspace"]["removed_rows"], json!([]));
    }

    #[test]
    fn the_workspace_stays_within_its_size_whatever_the_notes() {
        let mut r = analysis("2027-02-18");
        let rows: Vec<Value> = (0..400)
            .map(|i| json!({ "id": format!("REQ-{i}"), "text": format!("Bidders must do {i}."), "section": "1" }))
            .collect();
        r["extracted_data"]["requirements"] = Value::Array(rows);
        let against = Against {
            result: &r,
            analysed_package: None,
        };
        let mut ws = Workspace::default();
        let note = "€".repeat(MAX_NOTE_CHARS);
        let mut refused = None;
        for batch in 0..4 {
            let rows: Vec<Value> = (batch * 100..batch * 100 + 100)
                .map(|i| json!({ "id": format!("REQ-{i}"), "note": note }))
                .collect();
            let edits: MatrixEdits = serde_json::from_value(json!({ "rows": rows })).unwrap();
            let before = ws.clone();
            match apply_matrix_edits(&mut ws, &against, &edits, &stamp("a")) {
                Ok(_) => {}
                Err(e) => {
                    assert_eq!(e.code, "too_many_edits", "{e}");
                    assert_eq!(ws, before, "a refused request changes nothing");
                    refused = Some(batch);
                    break;
                }
            }
        }
        assert!(refused.is_some(), "400 notes of 6 KB each pass 1 MiB");
        assert!(serde_json::to_vec(&ws).unwrap().len() <= MAX_WORKSPACE_BYTES);
    }

    #[test]
    fn a_bad_edit_refuses_the_whole_request() {
        let r = analysis("2027-02-18");
        let against = Against {
            result: &r,
            analysed_package: Some("p1"),
        };
        let mut ws = Workspace::default();
        let bad = |v: Value| {
            let e: FactEdits = serde_json::from_value(json!({ "edits": [
                { "op": "set", "field": "title", "value": "Fine" }, v
            ] }))
            .unwrap();
            e.edits
        };
        for v in [
            json!({ "op": "set", "field": "submission_deadline", "value": { "date": "2027-02-30" } }),
            json!({ "op": "set", "field": "submission_deadline", "value": { "date": "18/02/2027" } }),
            json!({ "op": "set", "field": "submission_deadline", "value": { "date": "2027-02-18", "time": "25:00" } }),
            json!({ "op": "set", "field": "budget", "value": { "max": -5 } }),
            json!({ "op": "set", "field": "budget", "value": { "max": "lots" } }),
            json!({ "op": "set", "field": "budget", "value": { "min": 9, "max": 3 } }),
            json!({ "op": "set", "field": "page_limit", "value": 0 }),
            json!({ "op": "set", "field": "title", "value": "x".repeat(MAX_TEXT_CHARS + 1) }),
            json!({ "op": "revert", "field": "issuer" }),
            json!({ "op": "remove", "list": "eligibility", "text": "no such" }),
        ] {
            let err =
                apply_fact_edits(&mut ws, &against, &bad(v.clone()), &stamp("a")).unwrap_err();
            assert_eq!(err.code, "invalid_edit", "{v}: {err}");
            assert_eq!(ws, Workspace::default(), "{v}");
        }
        let unknown = serde_json::from_value::<FactEdits>(
            json!({ "edits": [{ "op": "set", "field": "colour", "value": 1 }] }),
        );
        assert!(unknown.is_err());
        let many = vec![FactEdit::Revert { field: Fact::Title }; MAX_EDITS_PER_REQUEST + 1];
        let err = apply_fact_edits(&mut ws, &against, &many, &stamp("a")).unwrap_err();
        assert_eq!(err.code, "too_many_edits");
        let rows = MatrixEdits {
            rows: vec![
                serde_json::from_value(json!({ "id": "REQ-ZZ", "status": "open" })).unwrap(),
            ],
            ..MatrixEdits::default()
        };
        let err = apply_matrix_edits(&mut ws, &against, &rows, &stamp("a")).unwrap_err();
        assert_eq!(err.code, "unknown_requirement");
    }

    #[test]
    fn list_items_are_added_and_removed_and_counted() {
        let r = analysis("2027-02-18");
        let against = Against {
            result: &r,
            analysed_package: None,
        };
        let mut ws = Workspace::default();
        let e: FactEdits = serde_json::from_value(json!({ "edits": [
            { "op": "remove", "list": "eligibility", "text": "be an ngo" },
            { "op": "add", "list": "eligibility", "item": { "text": "Registered in the EU" } },
            { "op": "add", "list": "contacts", "item": { "email": "buyer@example.org" } },
        ] }))
        .unwrap();
        apply_fact_edits(&mut ws, &against, &e.edits, &stamp("a")).unwrap();
        let out = effective(&r, &ws, None, None);
        let el = out["extracted_data"]["eligibility"].as_array().unwrap();
        assert_eq!(el.len(), 1);
        assert_eq!(el[0]["text"], "Registered in the EU");
        assert_eq!(el[0]["source"], "edited");
        assert_eq!(out["workspace"]["lists"]["eligibility"]["removed"], 1);
        assert_eq!(
            out["extracted_data"]["contacts"][0]["email"],
            "buyer@example.org"
        );
    }
}
