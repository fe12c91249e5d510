//! Tender packages (issue 17) end to end, on both backends (the AWS one against the
//! emulator `.ci/run` starts; skipped, saying so, without it): a main RFP, then an
//! amendment that moves the deadline and raises the ceiling, a clarification, an annex
//! with the evaluation grid; precedence on the offline engine and on the LLM path
//! (fake Bedrock); and the bad requests that must leave the package as it was.

use std::sync::Arc;
use std::time::Duration;

use rfp_tests::fake_bedrock::{FakeBedrock, Reply};
use rfp_tests::fixtures::pdf_from_pages;
use rfp_tests::{TestApp, TestBackend};
use serde_json::{Value, json};

const WITHIN: Duration = Duration::from_secs(60);

/// Page 1 is the amendment's preamble; its two changes are on page 2.
fn amendment_pdf() -> Vec<u8> {
    pdf_from_pages(&[
        vec![
            "Amendment No. 1 to the Call for Proposals NVRDA-2027".into(),
            "Issued by the Northern Valley Regional Development Agency, 1 March 2027.".into(),
            "This amendment modifies the Call for Proposals as follows.".into(),
        ],
        vec![
            "1. The deadline for submission of proposals is extended to 29 March 2027, 17:00 CET."
                .into(),
            "2. The maximum grant per project is increased to EUR 500,000.".into(),
            "All other terms of the Call remain unchanged.".into(),
        ],
    ])
}

const CLARIFICATION: &str = "# Questions and answers to applicants, No. 1\n\nQuestion 1: May a consortium apply?\n\nAnswer: Yes. A consortium of up to three organisations may apply, led by one eligible lead applicant.\n";

const GRID: &str = "# Annex 3: Evaluation grid\n\n| Criterion | Weight |\n|---|---|\n| Relevance to the call's objectives | 30% |\n| Quality of the methodology | 40% |\n| Value for money | 30% |\n";

async fn offline(backend: &TestBackend, extra: &[(&str, &str)]) -> TestApp {
    TestApp::spawn_with_model(backend, extra, |_| {
        Arc::new(rfp_worker::model::ExtractiveAnalyzer)
    })
    .await
}

async fn add(app: &TestApp, id: &str, bytes: Vec<u8>, ct: &str, name: &str, role: &str) -> Value {
    app.client
        .add_document(id, bytes, ct, Some(name), role)
        .await
        .unwrap_or_else(|e| panic!("adding {name} as {role}: {e}"))
}

/// Asks for the analysis and waits for it: `(the answer's status, the final status)`.
async fn analysed(app: &TestApp, id: &str) -> (u16, Value) {
    let answer = app.analyze(id).await;
    let asked = answer.status().as_u16();
    // Read whole, so the connection is free again (a 200 carries the result).
    answer.bytes().await.unwrap();
    (asked, app.wait_until_final(id, WITHIN).await)
}

fn result(status: &Value) -> &Value {
    assert_eq!(status["status"], "completed", "{status:#}");
    &status["rfp_analysis"]
}

fn submission(analysis: &Value) -> &Value {
    analysis["extracted_data"]["deadlines"]
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["what"] == "submission")
        .unwrap_or_else(|| panic!("no submission deadline: {analysis:#}"))
}

/// Each package document's text cache, by file name.
fn text_caches(analysis: &Value) -> Vec<(String, Value)> {
    analysis["meta"]["documents"]
        .as_array()
        .unwrap_or_else(|| panic!("no meta.documents: {:#}", analysis["meta"]))
        .iter()
        .map(|d| {
            (
                d["filename"].as_str().unwrap().to_owned(),
                d["text_cache"].clone(),
            )
        })
        .collect()
}

#[tokio::test]
async fn an_amendment_takes_precedence_and_the_package_is_analysed_again_only_when_it_changes() {
    for backend in TestBackend::all("an_amendment_takes_precedence") {
        let app = offline(&backend, &[]).await;
        let id = app.create_proposal("NVRDA 2027").await;
        let main = app
            .client
            .upload(
                &id,
                rfp_worker::SAMPLE_RFP.as_bytes().to_vec(),
                "text/markdown",
                Some("call.md"),
            )
            .await
            .unwrap();
        assert_eq!(main["role"], "rfp");
        let (_, alone) = analysed(&app, &id).await;
        assert_eq!(result(&alone)["summary"]["deadline"], "2027-03-15");

        let amendment = add(
            &app,
            &id,
            amendment_pdf(),
            "application/pdf",
            "amendment-1.pdf",
            "amendment",
        )
        .await;
        assert_eq!(
            (amendment["role"].as_str(), amendment["order"].as_u64()),
            (Some("amendment"), Some(2))
        );
        let amendment_id = amendment["id"].as_str().unwrap().to_owned();

        // The package: the amendment's deadline and ceiling, each quote naming it and
        // its page, and both changes with before and after.
        let (asked, done) = analysed(&app, &id).await;
        assert_eq!(asked, 202, "a changed package is a new job");
        let a = result(&done);
        assert_eq!(a["summary"]["deadline"], "2027-03-29", "{a:#}");
        let deadline = submission(a);
        assert_eq!(
            (&deadline["date"], &deadline["time"]),
            (&json!("2027-03-29"), &json!("17:00"))
        );
        assert_eq!(
            (
                deadline["document_id"].as_str(),
                deadline["filename"].as_str()
            ),
            (Some(amendment_id.as_str()), Some("amendment-1.pdf"))
        );
        assert_eq!(deadline["page"], 2, "{deadline:#}");
        let budget = &a["extracted_data"]["budget"];
        assert_eq!(budget["max"], 500000, "{budget:#}");
        assert_eq!(
            (budget["filename"].as_str(), &budget["page"]),
            (Some("amendment-1.pdf"), &json!(2)),
            "{budget:#}"
        );
        let changes = a["changes"].as_array().unwrap();
        let fields: Vec<&str> = changes
            .iter()
            .map(|c| c["field"].as_str().unwrap())
            .collect();
        assert_eq!(fields, ["deadline", "budget.max"], "{changes:#?}");
        assert_eq!(changes[0]["before"], "2027-03-15 17:00 CET");
        assert_eq!(changes[0]["after"], "2027-03-29 17:00 CET");
        assert_eq!(changes[0]["document_id"], amendment_id.as_str());
        assert_eq!(
            (&changes[1]["before"], &changes[1]["after"]),
            (&json!("EUR 250000"), &json!("EUR 500000")),
            "{changes:#?}"
        );
        assert_eq!(
            a["meta"]["quotes"]["unverified"], 0,
            "{:#}",
            a["meta"]["quotes"]
        );
        // The status says what differs from the analysis before the amendment.
        assert_eq!(done["changed_since_previous"], a["changed_since_previous"]);
        let differs: Vec<&str> = done["changed_since_previous"]["fields"]
            .as_array()
            .unwrap()
            .iter()
            .map(|f| f["field"].as_str().unwrap())
            .collect();
        assert!(
            differs.contains(&"deadline") && differs.contains(&"budget.max"),
            "{differs:?}"
        );
        let job = done["job_id"].clone();

        // The same package again: no new job.
        let (asked, again) = analysed(&app, &id).await;
        assert_eq!(
            (asked, &again["job_id"]),
            (200, &job),
            "an unchanged package is not analysed again"
        );

        // A clarification: a new job, and only it is extracted.
        add(
            &app,
            &id,
            CLARIFICATION.as_bytes().to_vec(),
            "text/markdown",
            "qa-1.md",
            "clarification",
        )
        .await;
        let (asked, clarified) = analysed(&app, &id).await;
        assert_eq!(asked, 202);
        assert_ne!(clarified["job_id"], job);
        let a = result(&clarified);
        assert_eq!(
            text_caches(a),
            [
                ("call.md".to_owned(), json!("hit")),
                ("amendment-1.pdf".to_owned(), json!("hit")),
                ("qa-1.md".to_owned(), json!("stored")),
            ],
            "only the new document is extracted"
        );
        assert_eq!(
            a["summary"]["deadline"], "2027-03-29",
            "a clarification that changes nothing moves nothing"
        );

        // Without the amendment, the original deadline is back.
        app.client
            .delete_document(&id, &amendment_id)
            .await
            .unwrap();
        let listed = app.client.documents(&id).await.unwrap();
        let names: Vec<&str> = listed["documents"]
            .as_array()
            .unwrap()
            .iter()
            .map(|d| d["filename"].as_str().unwrap())
            .collect();
        assert_eq!(names, ["call.md", "qa-1.md"]);
        let (asked, back) = analysed(&app, &id).await;
        assert_eq!(asked, 202);
        let a = result(&back);
        assert_eq!(a["summary"]["deadline"], "2027-03-15", "{a:#}");
        assert_eq!(a["extracted_data"]["budget"]["max"], 250000);
        app.stop().await;
    }
}

#[tokio::test]
async fn an_annex_only_fact_is_in_the_package_analysis() {
    for backend in TestBackend::all("an_annex_only_fact_is_in_the_package_analysis") {
        let app = offline(&backend, &[]).await;
        let id = app.create_proposal("with a grid").await;
        // A call that states no criteria of its own.
        let call = "# Call for Proposals: Rural Broadband 2027\n\nIssued by the Open Fields Foundation.\n\nThe deadline for submission of proposals is 30 April 2027.\n\nProposals are evaluated against the grid in Annex 3.\n";
        app.client
            .upload(
                &id,
                call.as_bytes().to_vec(),
                "text/markdown",
                Some("call.md"),
            )
            .await
            .unwrap();
        add(
            &app,
            &id,
            GRID.as_bytes().to_vec(),
            "text/markdown",
            "annex-3-grid.md",
            "annex",
        )
        .await;
        let (_, done) = analysed(&app, &id).await;
        let a = result(&done);
        let criteria = a["extracted_data"]["evaluation_criteria"]
            .as_array()
            .unwrap();
        let methodology = criteria
            .iter()
            .find(|c| {
                c["criterion"]
                    .as_str()
                    .is_some_and(|n| n.contains("methodology"))
            })
            .unwrap_or_else(|| panic!("the grid's criteria: {criteria:#?}"));
        assert_eq!(
            methodology["filename"], "annex-3-grid.md",
            "{methodology:#}"
        );
        assert!(methodology.to_string().contains("40"), "{methodology:#}");
        assert_eq!(a["summary"]["deadline"], "2027-04-30");
        assert_eq!(a["changes"], json!([]), "an annex changes nothing");
        app.stop().await;
    }
}

#[tokio::test]
async fn two_deadlines_no_precedence_settles_are_shown_as_a_conflict_with_both_quotes() {
    for backend in TestBackend::all("two_deadlines_no_precedence_settles") {
        let app = offline(&backend, &[]).await;
        let id = app.create_proposal("notice and body").await;
        // A portal notice as the main document, the RFP's body as its annex: the two
        // disagree and neither amends the other.
        let notice = "# Tender notice: Harbour Lighting 2027\n\nIssued by the Port of Eastvale.\n\nThe deadline for submission of tenders is 30 April 2027 at 12:00.\n";
        let body = "# Harbour Lighting 2027: Instructions to tenderers\n\nTenders must be received no later than 7 May 2027 at 12:00.\n";
        app.client
            .upload(
                &id,
                notice.as_bytes().to_vec(),
                "text/markdown",
                Some("notice.md"),
            )
            .await
            .unwrap();
        add(
            &app,
            &id,
            body.as_bytes().to_vec(),
            "text/markdown",
            "instructions.md",
            "annex",
        )
        .await;
        let (_, done) = analysed(&app, &id).await;
        let a = result(&done);
        assert_eq!(
            a["summary"]["deadline"], "2027-04-30",
            "the main document's is shown"
        );
        assert_eq!(a["changes"], json!([]), "an annex changes nothing");
        let c = &a["conflicts"][0];
        assert_eq!(c["field"], "deadline", "{:#}", a["conflicts"]);
        assert_eq!(c["differs"], "date");
        assert_eq!(c["shown"]["filename"], "notice.md");
        assert_eq!(c["other"]["filename"], "instructions.md");
        assert!(
            c["shown"]["quote"]
                .as_str()
                .unwrap()
                .contains("30 April 2027"),
            "{c:#}"
        );
        assert!(
            c["other"]["quote"].as_str().unwrap().contains("7 May 2027"),
            "{c:#}"
        );
        assert!(
            a["extracted_data"]["notes"]
                .to_string()
                .contains("Conflicting submission deadlines"),
            "{:#}",
            a["extracted_data"]["notes"]
        );
        app.stop().await;
    }
}

/// The problem `code` of a refused request, and that it was refused with a 4xx.
fn refused(e: rfp_client::Error) -> (u16, String) {
    let status = e.status().expect("an HTTP answer");
    assert!((400..500).contains(&status), "{e}");
    (status, e.code().unwrap_or_default().to_owned())
}

#[tokio::test]
async fn bad_package_requests_are_refused_with_codes_and_lose_nothing() {
    for backend in TestBackend::all("bad_package_requests_are_refused") {
        let app = offline(
            &backend,
            &[
                ("RFP_MAX_DOCUMENTS", "3"),
                ("RFP_MAX_PACKAGE_BYTES", "20000"),
            ],
        )
        .await;
        let id = app.create_proposal("limits").await;
        let text = |s: &str| s.as_bytes().to_vec();

        // An amendment before any main document.
        let e = app
            .client
            .add_document(
                &id,
                text("Amendment"),
                "text/plain",
                Some("a.txt"),
                "amendment",
            )
            .await
            .unwrap_err();
        assert_eq!(refused(e), (409, "no_document".into()));
        app.client
            .upload(
                &id,
                text(rfp_worker::SAMPLE_RFP),
                "text/markdown",
                Some("call.md"),
            )
            .await
            .unwrap();
        add(
            &app,
            &id,
            text(CLARIFICATION),
            "text/markdown",
            "qa.md",
            "clarification",
        )
        .await;
        let before = app.client.documents(&id).await.unwrap();

        let cases = [
            (
                text("An annex."),
                "annexe",
                "unknown role",
                (400, "invalid_role"),
            ),
            (
                text("Another call."),
                "rfp",
                "a second rfp",
                (409, "rfp_exists"),
            ),
            (
                text(CLARIFICATION),
                "annex",
                "the same file again",
                (409, "duplicate_document"),
            ),
            (
                Vec::new(),
                "annex",
                "an empty file",
                (400, "document_empty"),
            ),
            (
                vec![b'x'; 19_000],
                "annex",
                "past the package's bytes",
                (413, "package_too_large"),
            ),
        ];
        for (bytes, role, what, (status, code)) in cases {
            let e = app
                .client
                .add_document(&id, bytes, "text/plain", Some("x.txt"), role)
                .await
                .unwrap_err();
            assert_eq!(refused(e), (status, code.to_owned()), "{what}");
        }
        add(&app, &id, text(GRID), "text/markdown", "grid.md", "annex").await;
        let full = app.client.documents(&id).await.unwrap();
        let e = app
            .client
            .add_document(&id, text("Annex 4."), "text/plain", Some("a4.txt"), "annex")
            .await
            .unwrap_err();
        assert_eq!(refused(e), (409, "too_many_documents".into()));

        // Another owner's proposal reads as none.
        let other = app.client.clone().with_owner("someone-else");
        let e = other
            .add_document(&id, text("Annex."), "text/plain", Some("a.txt"), "annex")
            .await
            .unwrap_err();
        assert_eq!(refused(e), (404, "proposal_not_found".into()));
        let grid_id = full["documents"][2]["id"].as_str().unwrap();
        let e = other.delete_document(&id, grid_id).await.unwrap_err();
        assert_eq!(refused(e), (404, "proposal_not_found".into()));

        // The main document is not deleted alone; an unknown id is not found.
        let main_id = full["documents"][0]["id"].as_str().unwrap();
        let e = app.client.delete_document(&id, main_id).await.unwrap_err();
        assert_eq!(refused(e), (409, "main_document_not_deletable".into()));
        let e = app
            .client
            .delete_document(&id, "0123456789abcdef")
            .await
            .unwrap_err();
        assert_eq!(refused(e), (404, "document_not_found".into()));

        // Nothing already stored was lost.
        assert_eq!(app.client.documents(&id).await.unwrap(), full);
        assert_eq!(
            full["documents"].as_array().unwrap().len(),
            before["documents"].as_array().unwrap().len() + 1
        );
        app.stop().await;
    }
}

/// The answer a model gives that applied the amendment, as it was told to.
fn amended_answer() -> Value {
    let mut answer = rfp_tests::llm::tool_answer();
    answer["summary"] = json!({ "title": "Call for Proposals NVRDA-2027", "donor": null,
        "deadline": "2027-03-29", "budget_range": { "currency": "EUR", "min": null, "max": 500000 },
        "key_focus": null });
    answer["extracted_data"]["deadlines"] = json!([{ "what": "submission", "date": "2027-03-29",
        "time": "17:00", "time_zone": "CET",
        "quote": "The deadline for submission of proposals is extended to 29 March 2027, 17:00 CET." }]);
    answer["extracted_data"]["budget"] = json!({ "currency": "EUR", "max": 500000,
        "quote": "The maximum grant per project is increased to EUR 500,000." });
    answer["extracted_data"]["contacts"] = json!([]);
    answer["changes"] = json!([{ "field": "deadline", "before": "2027-03-15", "after": "2027-03-29",
        "document": "amendment-1.pdf",
        "quote": "The deadline for submission of proposals is extended to 29 March 2027, 17:00 CET." }]);
    answer["semantic_query"] = json!("regional development grants");
    answer
}

/// A main RFP and an amendment through `app`, whose model answers
/// [`amended_answer`]; `sent` gives the `(system, user)` prompts the model received.
async fn the_model_is_given_the_package(app: &TestApp, sent: impl Fn() -> Vec<(String, String)>) {
    let id = app.create_proposal("llm package").await;
    app.client
        .upload(
            &id,
            rfp_worker::SAMPLE_RFP.as_bytes().to_vec(),
            "text/markdown",
            Some("call.md"),
        )
        .await
        .unwrap();
    let amendment = add(
        app,
        &id,
        amendment_pdf(),
        "application/pdf",
        "amendment-1.pdf",
        "amendment",
    )
    .await;
    let (_, done) = analysed(app, &id).await;
    let a = result(&done);

    let sent = sent();
    assert_eq!(
        sent.len(),
        1,
        "one call for the whole package: {:#?}",
        a["meta"]
    );
    let (system, user) = &sent[0];
    let main_at = user
        .find("===== Document 1 of 2: call.md (role: rfp) =====")
        .expect("the main document's header");
    let amendment_at = user
        .find("===== Document 2 of 2: amendment-1.pdf (role: amendment) =====")
        .expect("the amendment's header");
    assert!(main_at < amendment_at, "in package order");
    assert!(system.contains("report the changed value"), "{system}");

    let deadline = submission(a);
    assert_eq!(
        deadline["document_id"], amendment["id"],
        "the quote names the document that has it: {deadline:#}"
    );
    assert_eq!(deadline["page"], 2, "{deadline:#}");
    assert_eq!(a["extracted_data"]["budget"]["filename"], "amendment-1.pdf");
    assert_eq!(a["changes"][0]["document"], "amendment-1.pdf");
    assert_eq!(
        a["meta"]["quotes"]["unverified"], 0,
        "{:#}",
        a["meta"]["quotes"]
    );
    assert_eq!(a["meta"]["documents"].as_array().map(Vec::len), Some(2));
}

#[tokio::test]
async fn bedrock_is_given_the_documents_in_order_and_its_quotes_are_checked_against_each() {
    for backend in TestBackend::all("bedrock_is_given_the_documents_in_order") {
        let fake = FakeBedrock::start().await;
        let config = fake.sdk_config().await;
        let overrides = [
            ("RFP_MODEL", "bedrock"),
            ("BEDROCK_MODEL_ID", "anthropic.claude-test"),
            ("RFP_MODEL_RETRY_BASE_MS", "10"),
        ];
        let app = TestApp::spawn_with_model(&backend, &overrides, |s| {
            rfp_worker::model::bedrock(&config, s)
        })
        .await;
        fake.script([Reply::Tool(amended_answer())]);
        the_model_is_given_the_package(&app, || {
            fake.requests()
                .iter()
                .map(|r| (r.system().to_owned(), r.user().to_owned()))
                .collect()
        })
        .await;
        app.stop().await;
    }
}

#[tokio::test]
async fn an_openai_compatible_model_is_given_the_documents_in_order_too() {
    use rfp_tests::fake_openai::{FakeOpenAi, Reply};
    for backend in TestBackend::all("an_openai_compatible_model_is_given_the_documents_in_order") {
        let fake = FakeOpenAi::start().await;
        let overrides = [
            ("RFP_MODEL", "openai"),
            ("OPENAI_BASE_URL", fake.url.as_str()),
            ("RFP_OPENAI_MODEL", "llama3.1:8b-instruct"),
            ("RFP_MODEL_RETRY_BASE_MS", "10"),
        ];
        let app = TestApp::spawn_with_model(&backend, &overrides, |s| {
            rfp_worker::model::openai(s).expect("the openai settings are valid")
        })
        .await;
        fake.script([Reply::Tool(amended_answer())]);
        the_model_is_given_the_package(&app, || {
            fake.requests()
                .iter()
                .map(|r| (r.system().to_owned(), r.user().to_owned()))
                .collect()
        })
        .await;
        app.stop().await;
    }
}

/// On AWS a large amendment goes straight to S3 like a main document, and `confirm`
/// with its role adds it to the package.
#[tokio::test]
async fn a_presigned_upload_adds_an_amendment_on_aws() {
    for backend in TestBackend::all("a_presigned_upload_adds_an_amendment_on_aws") {
        if backend == TestBackend::Embedded {
            continue; // no presigned uploads there (a_presigned_upload_goes_straight_to_s3…)
        }
        let app = offline(&backend, &[]).await;
        let id = app.create_proposal("presigned amendment").await;
        app.client
            .upload(
                &id,
                rfp_worker::SAMPLE_RFP.as_bytes().to_vec(),
                "text/markdown",
                Some("call.md"),
            )
            .await
            .unwrap();
        let pdf = amendment_pdf();
        let sha = rfp_tests::sha256_hex(&pdf);
        let grant = app
            .client
            .upload_url(
                &id,
                &sha,
                pdf.len() as u64,
                "application/pdf",
                Some("amendment-1.pdf"),
            )
            .await
            .unwrap();
        let mut put = app.http.put(grant["url"].as_str().unwrap()).body(pdf);
        for (k, v) in grant["headers"].as_object().unwrap() {
            put = put.header(k.as_str(), v.as_str().unwrap());
        }
        assert!(put.send().await.unwrap().status().is_success());
        let confirm = |role: &str| {
            app.http
                .post(app.url(&format!("/api/proposals/{id}/rfp/confirm")))
                .json(&json!({ "sha256": sha, "filename": "amendment-1.pdf", "content_type": "application/pdf",
                    "role": role, "issued_on": "2027-03-01" }))
                .send()
        };
        let bad = confirm("addendum").await.unwrap();
        assert_eq!(bad.status(), 400);
        assert_eq!(confirm("amendment").await.unwrap().status(), 201);
        let listed = app.client.documents(&id).await.unwrap();
        let second = &listed["documents"][1];
        assert_eq!(
            (
                second["role"].as_str(),
                second["issued_on"].as_str(),
                second["filename"].as_str()
            ),
            (
                Some("amendment"),
                Some("2027-03-01"),
                Some("amendment-1.pdf")
            ),
            "{listed:#}"
        );
        let (_, done) = analysed(&app, &id).await;
        assert_eq!(result(&done)["summary"]["deadline"], "2027-03-29");
        app.stop().await;
    }
}

#[tokio::test]
async fn documents_added_at_once_are_all_kept() {
    for backend in TestBackend::all("documents_added_at_once_are_all_kept") {
        let app = offline(&backend, &[]).await;
        let id = app.create_proposal("at once").await;
        app.client
            .upload(
                &id,
                rfp_worker::SAMPLE_RFP.as_bytes().to_vec(),
                "text/markdown",
                Some("call.md"),
            )
            .await
            .unwrap();
        let adds = (1..=6).map(|n| {
            let client = app.client.clone();
            let id = id.clone();
            async move {
                let text = format!("Annex {n}: form number {n} for the applicant.");
                client
                    .add_document(
                        &id,
                        text.into_bytes(),
                        "text/plain",
                        Some(&format!("annex-{n}.txt")),
                        "annex",
                    )
                    .await
            }
        });
        for added in futures::future::join_all(adds).await {
            added.expect("every concurrent upload is kept");
        }
        let listed = app.client.documents(&id).await.unwrap();
        assert_eq!(
            listed["documents"].as_array().unwrap().len(),
            7,
            "{listed:#}"
        );
        app.stop().await;
    }
}
