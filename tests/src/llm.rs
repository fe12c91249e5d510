//! What the LLM adapters' end-to-end tests share (`tests/tests/bedrock.rs`,
//! `tests/tests/openai.rs`): a short RFP, the original deployment's prompt item, a
//! tool answer for it, a 300-page RFP, and the steps of one analysis.

use std::time::Duration;

use rfp_shared::domain::PromptItem;
use serde_json::{Value, json};

use crate::TestApp;

/// How long one analysis may take to end in these tests.
pub const FINAL_WITHIN: Duration = Duration::from_secs(60);

/// A short RFP whose extracted text is the text itself.
pub const DOC: &str = "Call for Proposals: Clean Water for Schools 2027\n\nIssued by: Lakeside Water Trust\n\nProposals are due on 15 March 2027 at 17:00 CET.\n\nThe total budget is EUR 400,000 for up to four grants.\n\nQuestions go to grants@lakeside-water.example by 1 March 2027.";

/// Uploads `text` as Markdown, asks for its analysis and returns the final status.
pub async fn analyse(app: &TestApp, text: &str) -> Value {
    let id = app.create_proposal("rfp").await;
    let r = app
        .upload(&id, text.as_bytes().to_vec(), "text/markdown")
        .await;
    assert_eq!(r.status(), 201);
    assert_eq!(app.analyze(&id).await.status(), 202);
    app.wait_until_final(&id, FINAL_WITHIN).await
}

/// The analysis without what the service adds (`engine`, `meta`, and the team's
/// `workspace` laid over it by every reader).
pub fn as_returned(analysis: &Value) -> Value {
    let mut a = analysis.clone();
    let o = a.as_object_mut().unwrap();
    o.remove("engine");
    o.remove("meta");
    o.remove("workspace");
    a
}

/// The prompt of the original deployment, in its real format: a narrative, then a
/// fenced JSON object with many sections.
pub fn real_prompt() -> PromptItem {
    PromptItem {
        id: "0b9e3c43-2f6a-4a55-8f0e-3c1d9e1f7a21".into(),
        version: 4,
        name: Some("RFP analysis".into()),
        section: "proposal_writer".into(),
        sub_section: "step-1".into(),
        categories: vec!["Concept Note".into(), "RFP / Call for Proposals".into()],
        is_active: true,
        system_prompt: "You are a senior proposal strategist for NGOs. You read calls for proposals closely and never invent facts.".into(),
        user_prompt_template: "Please analyse the RFP below.\n\n=== RFP START ===\n{{rfp_content}}\n=== RFP END ===".into(),
        output_format: "First write a 4-8 paragraph narrative summary of the opportunity. Then output a JSON object in a ```json fenced block with the keys: summary, extracted_data, rfp_overview, eligibility, submission_info, proposal_structure, evaluation_criteria, donor_tone_and_style, critical_constraints, hcd_summaries.".into(),
    }
}

/// A tool answer for a prompt item (its format asks for no semantic query).
pub fn tool_answer() -> Value {
    json!({
        "summary": {
            "title": "Clean Water for Schools 2027",
            "donor": "Lakeside Water Trust",
            "deadline": "2027-03-15",
            "budget_range": { "currency": "EUR", "min": null, "max": 400000 },
            "key_focus": "Water access in schools"
        },
        "extracted_data": {
            "deadlines": [{ "what": "submission", "date": "2027-03-15", "time": "17:00", "time_zone": "CET",
                "quote": "Proposals are due on 15 March 2027 at 17:00 CET." }],
            "contacts": [{ "email": "grants@lakeside-water.example", "quote": "Questions go to grants@lakeside-water.example" }],
            "mandatory_requirements": [], "evaluation_criteria": [], "deliverables": [],
            "target_beneficiaries": ["schools"], "geographic_scope": []
        }
    })
}

/// A 300-page RFP, ~3,000 words a page, each page with a marker.
pub fn long_rfp() -> String {
    let mut text = String::from("# Call for Tenders: National Rail Signalling Renewal\n\n");
    for page in 1..=300 {
        text.push_str(&format!("## Section {page}\n\n"));
        text.push_str(&format!("Requirement R-{page:03}: the contractor shall deliver signalling works for segment {page}. "));
        text.push_str(
            &"The works include design, installation, testing and commissioning. ".repeat(20),
        );
        text.push_str("\n\n\u{c}");
    }
    text
}

/// Asserts that [`long_rfp`] was analysed in parts of at most `budget` characters and
/// merged: `meta` counts them consistently, every page's marker and every sentence
/// went out exactly once, and the last of the `prompts` (the user prompts, in the
/// order the model server received them) was a merge.
pub fn assert_sent_in_parts_and_merged(meta: &Value, prompts: &[&str], budget: usize) {
    assert_eq!(meta["chunked"], true, "{meta}");
    let parts = meta["chunking"]["parts"].as_u64().unwrap();
    assert!(parts >= 4, "{}", meta["chunking"]);
    assert_eq!(
        meta["model_calls"].as_u64().unwrap(),
        parts + meta["chunking"]["merge_calls"].as_u64().unwrap()
    );
    let part_prompts: Vec<&str> = prompts
        .iter()
        .copied()
        .filter(|u| u.contains("[This is part") && !u.contains("<part_analysis"))
        .collect();
    assert_eq!(part_prompts.len() as u64, parts);
    assert!(part_prompts.iter().all(|p| p.len() <= budget));
    for page in 1..=300 {
        let marker = format!("Requirement R-{page:03}:");
        assert!(
            part_prompts.iter().any(|p| p.contains(&marker)),
            "{marker} was sent"
        );
    }
    let sentences: usize = part_prompts
        .iter()
        .map(|p| p.matches("commissioning.").count())
        .sum();
    assert_eq!(sentences, 300 * 20, "every sentence was sent once");
    assert!(
        prompts
            .last()
            .is_some_and(|p| p.contains("<part_analysis index=\"1\">")),
        "the parts were merged last"
    );
}

/// [`DOC`] with three requirement statements, for the compliance-matrix tests.
pub fn matrix_doc() -> String {
    format!(
        "{DOC}\n\n## 4. Eligibility\n\nApplicants must be registered charities.\n\n## 5. Format\n\nProposals shall not exceed 10 pages.\n\nA budget narrative should accompany the budget table."
    )
}

/// A tool answer for [`matrix_doc`] with the default prompt: three real requirements
/// (one paraphrased, with its verbatim quote; one repeated) and one the document never
/// states.
pub fn matrix_answer() -> Value {
    let mut a = tool_answer();
    a["semantic_query"] = json!("Grants for clean water in schools.");
    a["extracted_data"]["requirements"] = json!([
        { "text": "Applicants must be registered charities.", "modality": "must", "category": "eligibility", "section": "4. Eligibility", "page": 12, "quote": "Applicants must be registered charities." },
        { "text": "Proposals may be at most ten pages long.", "modality": "Shall", "section": "5. Format", "quote": "Proposals shall not exceed 10 pages." },
        { "text": "A budget narrative should accompany the budget table.", "section": "5. Format" },
        { "text": "Applicants must hold ISO 9001 certification.", "modality": "must", "section": "4. Eligibility", "quote": "Applicants must hold ISO 9001 certification." },
        { "text": "Applicants must be registered charities.", "section": "4. Eligibility" },
    ]);
    a
}

/// Asserts the matrix of a completed analysis of [`matrix_answer`]: the invented row
/// dropped and counted, the others kept verbatim with the document's page, the
/// paraphrase replaced by its quote, the repeat dropped, every quote verified.
pub fn assert_matrix_settled(done: &Value) {
    assert_eq!(done["status"], "completed", "{done}");
    let a = &done["rfp_analysis"];
    let rows = a["extracted_data"]["requirements"].as_array().unwrap();
    let texts: Vec<&str> = rows.iter().map(|r| r["text"].as_str().unwrap()).collect();
    assert_eq!(
        texts,
        [
            "Applicants must be registered charities.",
            "Proposals shall not exceed 10 pages.",
            "A budget narrative should accompany the budget table.",
        ],
        "{a:#}"
    );
    assert!(
        rows.iter().all(|r| r["page"] == 1),
        "the page the text is on, not the model's"
    );
    assert_eq!(rows[1]["modality"], "shall");
    assert_eq!(rows[1]["category"], "format");
    assert_eq!(
        (&rows[2]["modality"], &rows[2]["mandatory"]),
        (&json!("should"), &json!(false))
    );
    assert!(
        rows.iter()
            .all(|r| r["id"].as_str().unwrap().starts_with("REQ-"))
    );
    let meta = &a["meta"]["requirements"];
    assert_eq!(meta["kept"], 3, "{meta}");
    assert_eq!(meta["dropped_unverified"], 1, "{meta}");
    assert_eq!(meta["dropped_duplicate"], 1, "{meta}");
    assert_eq!(
        meta["unverified_examples"],
        json!(["Applicants must hold ISO 9001 certification."])
    );
    assert_eq!(
        a["meta"]["quotes"]["unverified"], 0,
        "{}",
        a["meta"]["quotes"]
    );
}

/// Asserts that the analysis of [`long_rfp`] in parts has each page's requirement once
/// in its compliance matrix, on its page: the parts' rows joined, not lost in a merge.
pub fn assert_parts_requirements_joined(analysis: &Value) {
    let rows = analysis["extracted_data"]["requirements"]
        .as_array()
        .unwrap_or_else(|| panic!("no requirements: {}", analysis["meta"]));
    for page in 1..=300u64 {
        let marker = format!("Requirement R-{page:03}:");
        let found: Vec<&Value> = rows
            .iter()
            .filter(|r| r["text"].as_str().unwrap().contains(&marker))
            .collect();
        assert_eq!(found.len(), 1, "{marker}: {found:?}");
        assert_eq!(found[0]["page"], page, "{marker}");
    }
}
