//! The merge of a package: precedence, provenance, changes and what an annex fills.

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
    let restating =
        "# Annex 3: Evaluation grid\n\nProposals are due on 1 April 2027.\n\n".to_owned() + GRID;
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
