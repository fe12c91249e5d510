//! The Bedrock analysis end to end — API → queue → worker → (fake) Bedrock → store —
//! on both backends (the AWS one against the emulator `.ci/run` starts; skipped,
//! saying so, without it). The fake speaks the Converse wire format and is scripted
//! per test: tool answers, text answers, fenced JSON, truncation, throttling, 5xx,
//! hangs and refusals.

use std::time::Duration;

use rfp_shared::domain::PromptItem;
use rfp_tests::fake_bedrock::{FakeBedrock, Reply};
use rfp_tests::llm::{
    DOC, FINAL_WITHIN, analyse, as_returned, assert_matrix_settled,
    assert_parts_requirements_joined, assert_sent_in_parts_and_merged, long_rfp, matrix_answer,
    matrix_doc, real_prompt, tool_answer,
};
use rfp_tests::process::Service;
use rfp_tests::{TestApp, TestBackend};
use serde_json::{Value, json};

/// An inference-profile id: its `:` reaches the server percent-encoded.
const MODEL: &str = "us.anthropic.claude-sonnet-4-20250514-v1:0";

async fn start(backend: &TestBackend, fake: &FakeBedrock, extra: &[(&str, &str)]) -> TestApp {
    let config = fake.sdk_config().await;
    let mut overrides = vec![
        ("RFP_MODEL", "bedrock"),
        ("BEDROCK_MODEL_ID", MODEL),
        ("RFP_MODEL_RETRY_BASE_MS", "10"),
        ("RFP_RETRY_DELAY_SECS", "0"),
    ];
    overrides.extend_from_slice(extra);
    TestApp::spawn_with_model(backend, &overrides, |s| {
        rfp_worker::model::bedrock(&config, s)
    })
    .await
}

fn item(
    id: &str,
    version: u32,
    active: bool,
    section: &str,
    sub: &str,
    category: &str,
) -> PromptItem {
    PromptItem {
        id: id.into(),
        version,
        name: Some(format!("{section}/{sub}/{category} v{version}")),
        section: section.into(),
        sub_section: sub.into(),
        categories: vec!["Grant Application".into(), category.into()],
        is_active: active,
        system_prompt: format!("Decoy system prompt {id} v{version}."),
        user_prompt_template: "Decoy {rfp_text}".into(),
        output_format: "Decoy format.".into(),
    }
}

/// A complete answer in the default schema (the built-in prompt).
fn default_answer(semantic_query: &str) -> Value {
    let mut a = tool_answer();
    a["semantic_query"] = json!(semantic_query);
    a
}

#[tokio::test]
async fn the_matching_active_prompt_is_sent_exactly_and_the_tool_answer_stored_faithfully() {
    for backend in TestBackend::all("the_matching_active_prompt_is_sent_exactly") {
        let fake = FakeBedrock::start().await;
        let app = start(&backend, &fake, &[]).await;
        let right = real_prompt();
        let decoys = [
            // The same prompt's older version, inactive.
            PromptItem {
                version: 3,
                is_active: false,
                system_prompt: "old".into(),
                ..right.clone()
            },
            // A newer version, but not active.
            PromptItem {
                version: 5,
                is_active: false,
                system_prompt: "draft".into(),
                ..right.clone()
            },
            item(
                "a1",
                9,
                true,
                "proposal_writer",
                "step-2",
                "RFP / Call for Proposals",
            ),
            item("a2", 9, true, "proposal_writer", "step-1", "Concept Note"),
            item(
                "a3",
                9,
                true,
                "budget_writer",
                "step-1",
                "RFP / Call for Proposals",
            ),
        ];
        for p in decoys.iter().chain([&right]) {
            app.backends.store.put_prompt(p).await.unwrap();
        }
        fake.script([Reply::Tool(tool_answer())]);

        let done = analyse(&app, DOC).await;
        assert_eq!(done["status"], "completed", "{backend:?}: {done}");
        let requests = fake.requests();
        assert_eq!(requests.len(), 1);
        let r = &requests[0];
        assert_eq!(r.model_id, MODEL);
        assert_eq!(r.system(), right.system_prompt);
        assert_eq!(
            r.user(),
            format!(
                "Please analyse the RFP below.\n\n=== RFP START ===\n{DOC}\n=== RFP END ===\n\n{}",
                right.output_format
            )
        );
        assert_eq!(r.body["messages"].as_array().unwrap().len(), 1);
        assert_eq!(
            r.body["toolConfig"]["toolChoice"]["tool"]["name"],
            "record_rfp_analysis"
        );
        let schema = &r.body["toolConfig"]["tools"][0]["toolSpec"]["inputSchema"]["json"];
        assert_eq!(schema["required"], json!(["summary", "extracted_data"]));
        assert_eq!(r.body["inferenceConfig"]["maxTokens"], 8192);

        let analysis = &done["rfp_analysis"];
        assert_eq!(as_returned(analysis), tool_answer(), "stored as returned");
        assert_eq!(analysis["engine"], "bedrock");
        let meta = &analysis["meta"];
        assert_eq!(meta["prompt"], json!({ "id": right.id, "version": 4 }));
        assert_eq!(meta["model_id"], MODEL);
        assert_eq!(meta["engine"], "bedrock");
        assert_eq!(
            (
                meta["model_calls"].as_u64(),
                meta["model_attempts"].as_u64()
            ),
            (Some(1), Some(1))
        );
        assert!(meta["input_tokens"].as_u64().unwrap() > 0);
        assert!(meta["output_tokens"].as_u64().unwrap() > 0);
        assert!(meta["model_latency_ms"].as_f64().unwrap() > 0.0);
        assert_eq!(meta["chunked"], false);
        assert_eq!(meta["quotes"]["checked"], 2);
        assert_eq!(meta["quotes"]["unverified"], 0);
        app.stop().await;
    }
}

#[tokio::test]
async fn a_narrative_with_fenced_json_keeps_every_key_and_the_narrative() {
    for backend in TestBackend::all("a_narrative_with_fenced_json_keeps_every_key") {
        let fake = FakeBedrock::start().await;
        let app = start(&backend, &fake, &[]).await;
        app.backends.store.put_prompt(&real_prompt()).await.unwrap();
        let object = json!({
            "summary": { "title": "Clean Water for Schools 2027", "donor": "Lakeside Water Trust",
                "deadline": "2027-03-15", "budget_range": "EUR 400,000", "key_focus": "WASH in schools" },
            "extracted_data": { "mandatory_requirements": ["Registered NGO"], "evaluation_criteria": [],
                "deliverables": [], "target_beneficiaries": ["pupils"], "geographic_scope": ["Lakeside"] },
            "rfp_overview": { "purpose": "Safe water", "funding": { "total": 400000, "grants": 4 } },
            "eligibility": { "who": ["NGOs"], "exclusions": [] },
            "submission_info": { "deadline": "2027-03-15T17:00:00+01:00", "portal": null },
            "proposal_structure": [{ "section": "Narrative", "pages": 10, "subsections": [{ "name": "Context", "nested": { "deep": [1, [2, [3]]] } }] }],
            "evaluation_criteria": [{ "criterion": "Impact", "weight": 40 }],
            "donor_tone_and_style": "Plain, evidence-led",
            "critical_constraints": ["Due 15 March 2027 at 17:00 CET"],
            "hcd_summaries": [{ "persona": "Head teacher", "need": "Working taps" }]
        });
        let paragraphs = (1..=5)
            .map(|i| format!("Paragraph {i} of the narrative about the Lakeside call."))
            .collect::<Vec<_>>()
            .join("\n\n");
        let text = format!(
            "{paragraphs}\n\n```json\n{}\n```\n\nI hope this helps your proposal team.",
            serde_json::to_string_pretty(&object).unwrap()
        );
        fake.script([Reply::Text(text)]);

        let done = analyse(&app, DOC).await;
        assert_eq!(done["status"], "completed", "{backend:?}: {done}");
        let mut stored = as_returned(&done["rfp_analysis"]);
        let narrative = stored.as_object_mut().unwrap().remove("narrative").unwrap();
        assert_eq!(
            stored, object,
            "every key the prompt asked for is stored as returned"
        );
        assert_eq!(
            narrative.as_str().unwrap(),
            format!("{paragraphs}\n\nI hope this helps your proposal team.")
        );
        app.stop().await;
    }
}

#[tokio::test]
async fn two_throttles_then_success_complete_with_the_attempts_recorded() {
    for backend in TestBackend::all("two_throttles_then_success") {
        let fake = FakeBedrock::start().await;
        let app = start(&backend, &fake, &[]).await;
        app.backends.store.put_prompt(&real_prompt()).await.unwrap();
        fake.script([
            Reply::throttled(),
            Reply::throttled(),
            Reply::Tool(tool_answer()),
        ]);
        let done = analyse(&app, DOC).await;
        assert_eq!(done["status"], "completed", "{backend:?}: {done}");
        let meta = &done["rfp_analysis"]["meta"];
        assert_eq!(meta["model_attempts"], 3);
        assert_eq!(meta["model_calls"], 1);
        assert_eq!(
            meta["attempts"], 1,
            "retried within the delivery, not re-queued"
        );
        assert_eq!(fake.requests().len(), 3);
        let metrics = app
            .http
            .get(app.url("/metrics"))
            .send()
            .await
            .unwrap()
            .text()
            .await
            .unwrap();
        for series in [
            "rfp_model_retries_total{code=\"model_throttled\"}",
            "rfp_model_latency_seconds_count",
            "rfp_model_calls_total",
            "rfp_model_tokens_total{direction=\"input\"}",
        ] {
            assert!(metrics.contains(series), "/metrics lacks {series}");
        }
        app.stop().await;
    }
}

#[tokio::test]
async fn a_non_json_answer_gets_one_correction_then_fails_loud() {
    for backend in TestBackend::all("a_non_json_answer_fails_loud") {
        let fake = FakeBedrock::start().await;
        let app = start(&backend, &fake, &[]).await;
        app.backends.store.put_prompt(&real_prompt()).await.unwrap();
        fake.script([
            Reply::Text("I am sorry, I cannot analyse this document.".into()),
            Reply::Text("Here is the analysis: it is a water call.".into()),
        ]);
        let done = analyse(&app, DOC).await;
        assert_eq!(done["status"], "failed", "{backend:?}: {done}");
        assert_eq!(done["error"]["code"], "model_output_invalid");
        assert_eq!(done["rfp_analysis"], Value::Null, "no placeholder result");
        let requests = fake.requests();
        assert_eq!(requests.len(), 2, "exactly one bounded correction");
        let messages = requests[1].body["messages"].as_array().unwrap();
        assert_eq!(messages.len(), 3);
        assert_eq!(messages[1]["role"], "assistant");
        assert!(
            messages[2]["content"][0]["text"]
                .as_str()
                .unwrap()
                .contains("no JSON object")
        );

        // A correction that works completes the job.
        fake.script([
            Reply::Text("No JSON here.".into()),
            Reply::Tool(tool_answer()),
        ]);
        let done = analyse(&app, DOC).await;
        assert_eq!(done["status"], "completed", "{done}");
        assert_eq!(done["rfp_analysis"]["meta"]["model_calls"], 2);
        app.stop().await;
    }
}

#[tokio::test]
async fn an_answer_cut_at_max_tokens_is_never_stored() {
    for backend in TestBackend::all("an_answer_cut_at_max_tokens_is_never_stored") {
        let fake = FakeBedrock::start().await;
        let app = start(&backend, &fake, &[]).await;
        app.backends.store.put_prompt(&real_prompt()).await.unwrap();
        let cut = "{\"summary\": {\"title\": \"Clean Water\"}, \"extracted_data\": {}}";
        fake.script([Reply::MaxTokens(cut.into()), Reply::MaxTokens(cut.into())]);
        let done = analyse(&app, DOC).await;
        assert_eq!(done["status"], "failed", "{backend:?}: {done}");
        assert_eq!(done["error"]["code"], "model_output_truncated");
        assert_eq!(done["rfp_analysis"], Value::Null);
        let correction = fake.requests()[1].body["messages"][2]["content"][0]["text"]
            .as_str()
            .unwrap()
            .to_owned();
        assert!(correction.contains("cut off"), "{correction}");
        app.stop().await;
    }
}

#[tokio::test]
async fn server_errors_past_the_budget_are_requeued_then_failed_with_a_code() {
    for backend in TestBackend::all("server_errors_past_the_budget") {
        for (reply, code) in [
            (Reply::internal(), "model_unavailable"),
            (Reply::throttled(), "model_throttled"),
        ] {
            let fake = FakeBedrock::start().await;
            let app = start(
                &backend,
                &fake,
                &[("RFP_MODEL_RETRY_BUDGET", "1"), ("RFP_MAX_RECEIVES", "2")],
            )
            .await;
            app.backends.store.put_prompt(&real_prompt()).await.unwrap();
            fake.script(std::iter::repeat_n(reply, 4));
            let done = analyse(&app, DOC).await;
            assert_eq!(done["status"], "failed", "{backend:?}: {done}");
            assert_eq!(done["error"]["code"], code);
            assert_eq!(done["attempts"], 2, "re-queued once through the queue");
            assert_eq!(
                fake.requests().len(),
                4,
                "two calls per delivery: one plus one retry"
            );
            app.stop().await;
        }
    }
}

#[tokio::test]
async fn a_hung_call_times_out_and_is_retried() {
    for backend in TestBackend::all("a_hung_call_times_out_and_is_retried") {
        let fake = FakeBedrock::start().await;
        let app = start(&backend, &fake, &[("RFP_MODEL_TIMEOUT_SECS", "1")]).await;
        app.backends.store.put_prompt(&real_prompt()).await.unwrap();
        fake.script([
            Reply::Slow(Duration::from_secs(5), Box::new(Reply::Tool(tool_answer()))),
            Reply::Tool(tool_answer()),
        ]);
        let done = analyse(&app, DOC).await;
        assert_eq!(done["status"], "completed", "{backend:?}: {done}");
        assert_eq!(done["rfp_analysis"]["meta"]["model_attempts"], 2);
        app.stop().await;
    }
}

#[tokio::test]
async fn a_validation_error_is_not_retried() {
    for backend in TestBackend::all("a_validation_error_is_not_retried") {
        let fake = FakeBedrock::start().await;
        let app = start(&backend, &fake, &[]).await;
        fake.script([Reply::Error(
            400,
            "ValidationException",
            "The provided model identifier is invalid.".into(),
        )]);
        let done = analyse(&app, DOC).await;
        assert_eq!(done["status"], "failed", "{backend:?}: {done}");
        assert_eq!(done["error"]["code"], "model_request_invalid");
        assert!(
            done["error"]["message"]
                .as_str()
                .unwrap()
                .contains("model identifier")
        );
        assert_eq!(fake.requests().len(), 1);
        assert_eq!(done["attempts"], 1);
        app.stop().await;
    }
}

#[tokio::test]
async fn refused_credentials_and_an_unknown_model_fail_at_once_with_their_codes() {
    let backend = TestBackend::Embedded;
    for (status, kind, code) in [
        (403, "AccessDeniedException", "model_auth_failed"),
        (400, "UnrecognizedClientException", "model_auth_failed"),
        (404, "ResourceNotFoundException", "model_not_found"),
    ] {
        let fake = FakeBedrock::start().await;
        let app = start(&backend, &fake, &[]).await;
        fake.script([Reply::Error(status, kind, format!("{kind}: refused."))]);
        let done = analyse(&app, DOC).await;
        assert_eq!(done["status"], "failed", "{kind}: {done}");
        assert_eq!(done["error"]["code"], code, "{kind}");
        assert_eq!(fake.requests().len(), 1, "{kind}: not retried");
        assert_eq!(done["attempts"], 1, "{kind}: not re-queued");
        app.stop().await;
    }
}

#[tokio::test]
async fn a_quote_that_is_not_in_the_document_is_flagged_unverified() {
    for backend in TestBackend::all("a_quote_that_is_not_in_the_document") {
        let fake = FakeBedrock::start().await;
        let app = start(&backend, &fake, &[]).await;
        app.backends.store.put_prompt(&real_prompt()).await.unwrap();
        let mut answer = tool_answer();
        answer["extracted_data"]["contacts"]
            .as_array_mut()
            .unwrap()
            .push(json!({ "phone": "+1 555 0100", "quote": "Call us on +1 555 0100." }));
        fake.script([Reply::Tool(answer.clone())]);
        let done = analyse(&app, DOC).await;
        assert_eq!(done["status"], "completed", "{backend:?}: {done}");
        assert_eq!(
            as_returned(&done["rfp_analysis"]),
            answer,
            "the analysis is not rewritten"
        );
        let quotes = &done["rfp_analysis"]["meta"]["quotes"];
        assert_eq!(
            (
                quotes["checked"].as_u64(),
                quotes["verified"].as_u64(),
                quotes["unverified"].as_u64()
            ),
            (Some(3), Some(2), Some(1))
        );
        assert_eq!(
            quotes["unverified_quotes"],
            json!([{ "path": "/extracted_data/contacts/1/quote", "quote": "Call us on +1 555 0100.", "status": "unverified" }])
        );
        app.stop().await;
    }
}

#[tokio::test]
async fn the_models_compliance_matrix_keeps_only_what_the_document_says() {
    for backend in TestBackend::all("the_models_compliance_matrix") {
        let fake = FakeBedrock::start().await;
        let app = start(&backend, &fake, &[]).await;
        fake.script([Reply::Tool(matrix_answer())]);
        let done = analyse(&app, &matrix_doc()).await;
        assert_matrix_settled(&done);
        // The tool's schema and the prompt asked for the matrix.
        let r = &fake.requests()[0];
        let schema = &r.body["toolConfig"]["tools"][0]["toolSpec"]["inputSchema"]["json"];
        assert_eq!(
            schema["properties"]["extracted_data"]["properties"]["requirements"]["type"],
            json!(["array", "null"])
        );
        assert!(r.user().contains("\"requirements\""));
        app.stop().await;
    }
}

#[tokio::test]
async fn a_prompt_items_own_requirements_key_is_kept_as_the_model_gave_it() {
    for backend in TestBackend::all("a_prompt_items_own_requirements_key") {
        let fake = FakeBedrock::start().await;
        let app = start(&backend, &fake, &[]).await;
        app.backends.store.put_prompt(&real_prompt()).await.unwrap();
        let mut answer = tool_answer();
        answer["extracted_data"]["requirements"] =
            json!([{ "name": "ISO 9001", "description": "a quality certificate" }]);
        fake.script([Reply::Tool(answer.clone())]);
        let done = analyse(&app, DOC).await;
        assert_eq!(done["status"], "completed", "{backend:?}: {done}");
        // Its format defines the key, not the service's schema: nothing is settled.
        assert_eq!(as_returned(&done["rfp_analysis"]), answer);
        assert_eq!(done["rfp_analysis"]["meta"]["requirements"], Value::Null);
        app.stop().await;
    }
}

#[tokio::test]
async fn without_a_prompt_item_the_default_prompt_and_schema_apply() {
    for backend in TestBackend::all("without_a_prompt_item_the_default_prompt") {
        let fake = FakeBedrock::start().await;
        let app = start(&backend, &fake, &[]).await;
        // Unscripted, the fake answers with an analysis of the prompt's document.
        let done = analyse(&app, rfp_worker::SAMPLE_RFP).await;
        assert_eq!(done["status"], "completed", "{backend:?}: {done}");
        let a = &done["rfp_analysis"];
        assert_eq!(a["meta"]["prompt"]["id"], "default");
        assert!(
            a["semantic_query"]
                .as_str()
                .unwrap()
                .split_whitespace()
                .count()
                >= 150
        );
        assert_eq!(
            a["meta"]["quotes"]["unverified"], 0,
            "{}",
            a["meta"]["quotes"]
        );
        let r = &fake.requests()[0];
        assert!(r.user().starts_with("Analyse the following RFP document."));
        assert!(r.user().contains("semantic_query"));
        let schema = &r.body["toolConfig"]["tools"][0]["toolSpec"]["inputSchema"]["json"];
        assert!(
            schema["required"]
                .as_array()
                .unwrap()
                .contains(&json!("semantic_query"))
        );

        // An empty semantic query fails the job: the next workflow step needs it.
        fake.script([
            Reply::Tool(default_answer("")),
            Reply::Tool(default_answer(" ")),
        ]);
        let done = analyse(&app, DOC).await;
        assert_eq!(done["status"], "failed", "{done}");
        assert_eq!(done["error"]["code"], "model_output_invalid");
        assert!(
            done["error"]["message"]
                .as_str()
                .unwrap()
                .contains("semantic_query")
        );
        app.stop().await;
    }
}

#[tokio::test]
async fn a_300_page_rfp_is_analysed_in_parts_and_merged_with_nothing_truncated() {
    for backend in TestBackend::all("a_300_page_rfp_is_analysed_in_parts") {
        let fake = FakeBedrock::start().await;
        let app = start(
            &backend,
            &fake,
            &[("RFP_MODEL_INPUT_BUDGET_CHARS", "100000")],
        )
        .await;
        // Each part takes a moment, so that progress can be seen moving.
        fake.script(std::iter::repeat_n(
            Reply::Slow(Duration::from_millis(150), Box::new(Reply::Analyze)),
            40,
        ));
        let text = long_rfp();
        let id = app.create_proposal("long").await;
        app.upload(&id, text.clone().into_bytes(), "text/markdown")
            .await;
        app.analyze(&id).await;
        let mut seen = std::collections::BTreeSet::new();
        let done = loop {
            let s = app.status(&id).await;
            if let Some(p) = s["progress"].as_u64() {
                seen.insert(p);
            }
            if s["status"] == "completed" || s["status"] == "failed" {
                break s;
            }
            tokio::time::sleep(Duration::from_millis(25)).await;
        };
        assert_eq!(done["status"], "completed", "{backend:?}: {done}");
        assert_eq!(
            done["rfp_analysis"]["meta"]["chunked"],
            true,
            "{backend:?}: {}",
            brief(&done)
        );
        assert!(
            seen.iter().any(|p| (51..=90).contains(p)),
            "progress moved as parts completed: {seen:?}"
        );
        let requests = fake.requests();
        let prompts: Vec<&str> = requests.iter().map(|r| r.user()).collect();
        assert_sent_in_parts_and_merged(&done["rfp_analysis"]["meta"], &prompts, 100_000);
        assert_parts_requirements_joined(&done["rfp_analysis"]);
        app.stop().await;
    }
}

#[tokio::test]
async fn a_too_long_refusal_splits_the_document_instead_of_failing() {
    let backend = TestBackend::Embedded;
    let fake = FakeBedrock::start().await;
    // The model's context is smaller than the configured budget.
    fake.limit_input(120_000);
    let app = start(
        &backend,
        &fake,
        &[("RFP_MODEL_INPUT_BUDGET_CHARS", "1000000")],
    )
    .await;
    let text = long_rfp();
    let done = analyse(&app, &text).await;
    assert_eq!(done["status"], "completed", "{done}");
    assert_eq!(done["rfp_analysis"]["meta"]["chunked"], true);
    let requests = fake.requests();
    let first = requests[0].user();
    assert!(
        first.contains("Requirement R-001:") && first.contains("Requirement R-300:"),
        "the whole document was tried first"
    );
    let refused = requests.iter().filter(|r| r.user().len() > 120_000).count();
    assert!(
        refused >= 2,
        "then smaller parts until they fit ({refused} refused)"
    );
    app.stop().await;
}

#[tokio::test]
async fn the_binaries_reach_bedrock_through_the_standard_endpoint_variable() {
    let fake = FakeBedrock::start().await;
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let mut api = Service::start(
        "rfp-api",
        &[],
        &[
            ("RFP_DATA_DIR", data.to_str().unwrap()),
            ("RFP_LISTEN_ADDR", "127.0.0.1:0"),
            ("RFP_MODEL", "bedrock"),
            ("BEDROCK_MODEL_ID", MODEL),
            ("AWS_ENDPOINT_URL_BEDROCK_RUNTIME", &fake.url),
            ("AWS_REGION", "eu-west-1"),
            ("AWS_ACCESS_KEY_ID", "test"),
            ("AWS_SECRET_ACCESS_KEY", "test"),
        ],
        dir.path(),
        "api",
    );
    let base = format!("http://{}", api.wait_for_addr(Duration::from_secs(20)));
    let http = reqwest::Client::new();
    let (id, _) = rfp_tests::submit(&http, &base, DOC.as_bytes(), "text/markdown").await;
    let done = rfp_tests::wait_until_final(&http, &base, &id, FINAL_WITHIN).await;
    assert_eq!(done["status"], "completed", "{done}\n{}", api.logs());
    assert_eq!(done["rfp_analysis"]["engine"], "bedrock");
    let requests = fake.requests();
    assert_eq!(requests.len(), 1);
    assert_eq!(requests[0].model_id, MODEL);
    api.terminate();
    assert!(
        api.wait(Duration::from_secs(20))
            .is_some_and(|s| s.success()),
        "{}",
        api.logs()
    );
}

#[tokio::test]
async fn prompts_are_administered_through_the_api_and_workers_follow() {
    for backend in TestBackend::all("prompts_are_administered_through_the_api") {
        let fake = FakeBedrock::start().await;
        let app = start(&backend, &fake, &[("RFP_PROMPT_CACHE_SECS", "0")]).await;
        let post = |path: String, body: Value| {
            let r = app.http.post(app.url(&path)).json(&body).send();
            async move {
                let r = r.await.unwrap();
                let status = r.status().as_u16();
                (status, r.json::<Value>().await.unwrap())
            }
        };
        let (status, problem) = post(
            "/api/prompts".into(),
            json!({ "section": "proposal_writer" }),
        )
        .await;
        assert_eq!(
            (status, problem["code"].as_str()),
            (422, Some("invalid_prompt")),
            "{problem}"
        );

        let v1 = json!({
            "name": "RFP analysis",
            "section": "proposal_writer",
            "sub_section": "step-1",
            "categories": ["RFP / Call for Proposals"],
            "system_prompt": "System v1.",
            "user_prompt_template": "Read {{rfp_text}}",
            "output_format": "Answer in JSON with summary and extracted_data.",
            "is_active": true
        });
        let (status, created) = post("/api/prompts".into(), v1).await;
        assert_eq!(status, 201, "{created}");
        let id = created["id"].as_str().unwrap().to_owned();
        assert_eq!(created["version"], 1);

        let (status, v2) = post(
            format!("/api/prompts/{id}/versions"),
            json!({ "system_prompt": "System v2." }),
        )
        .await;
        assert_eq!(status, 201, "{v2}");
        assert_eq!(
            (v2["version"].as_u64(), v2["is_active"].as_bool()),
            (Some(2), Some(false))
        );
        assert_eq!(
            v2["user_prompt_template"], "Read {{rfp_text}}",
            "copied from v1"
        );

        fake.script([Reply::Tool(tool_answer())]);
        analyse(&app, DOC).await;
        assert_eq!(fake.requests().last().unwrap().system(), "System v1.");

        let (status, active) =
            post(format!("/api/prompts/{id}/versions/2/activate"), json!({})).await;
        assert_eq!((status, active["is_active"].as_bool()), (200, Some(true)));
        let shown: Value = app
            .http
            .get(app.url(&format!("/api/prompts/{id}")))
            .send()
            .await
            .unwrap()
            .json()
            .await
            .unwrap();
        let flags: Vec<(u64, bool)> = shown["versions"]
            .as_array()
            .unwrap()
            .iter()
            .map(|v| {
                (
                    v["version"].as_u64().unwrap(),
                    v["is_active"].as_bool().unwrap(),
                )
            })
            .collect();
        assert_eq!(
            flags,
            [(1, false), (2, true)],
            "one active version at a time"
        );
        fake.script([Reply::Tool(tool_answer())]);
        let done = analyse(&app, DOC).await;
        assert_eq!(fake.requests().last().unwrap().system(), "System v2.");
        assert_eq!(
            done["rfp_analysis"]["meta"]["prompt"],
            json!({ "id": id, "version": 2 })
        );

        let (status, _) = post(
            format!("/api/prompts/{id}/versions/2/deactivate"),
            json!({}),
        )
        .await;
        assert_eq!(status, 200);
        let done = analyse(&app, DOC).await;
        assert_eq!(done["rfp_analysis"]["meta"]["prompt"]["id"], "default");

        let listed: Value = app
            .http
            .get(app.url("/api/prompts?section=proposal_writer"))
            .send()
            .await
            .unwrap()
            .json()
            .await
            .unwrap();
        assert_eq!(listed["items"].as_array().unwrap().len(), 2);
        let r = app
            .http
            .get(app.url("/api/prompts/no-such-prompt"))
            .send()
            .await
            .unwrap();
        assert_eq!(r.status(), 404);
        let (status, problem) =
            post(format!("/api/prompts/{id}/versions/7/activate"), json!({})).await;
        assert_eq!(
            (status, problem["code"].as_str()),
            (404, Some("prompt_not_found"))
        );
        app.stop().await;
    }
}

#[tokio::test]
async fn a_scanned_pdf_fails_with_document_no_text_without_a_model_call() {
    for backend in TestBackend::all("a_scanned_pdf_fails_without_a_model_call") {
        let fake = FakeBedrock::start().await;
        let app = start(&backend, &fake, &[]).await;
        let id = app.create_proposal("scan").await;
        let scan = rfp_tests::fixtures::pdf_from_pages(&[vec![], vec![], vec![]]);
        assert_eq!(app.upload(&id, scan, "application/pdf").await.status(), 201);
        app.analyze(&id).await;
        let done = app.wait_until_final(&id, FINAL_WITHIN).await;
        assert_eq!(done["status"], "failed", "{backend:?}: {done}");
        assert_eq!(done["error"]["code"], "document_no_text");
        assert_eq!(done["attempts"], 1, "not retried");
        assert!(fake.requests().is_empty(), "no model call was made");
        app.stop().await;
    }
}

#[tokio::test]
async fn a_tool_answer_under_another_name_and_other_quote_keys_are_understood() {
    let fake = FakeBedrock::start().await;
    let app = start(&TestBackend::Embedded, &fake, &[]).await;
    app.backends.store.put_prompt(&real_prompt()).await.unwrap();
    let mut answer = tool_answer();
    answer["extracted_data"]["contacts"][0] =
        json!({ "email": "x@example.org", "supporting_quote": "Write to x@example.org" });
    fake.script([Reply::ToolNamed("analysis", answer.clone())]);
    let done = analyse(&app, DOC).await;
    assert_eq!(done["status"], "completed", "{done}");
    assert_eq!(as_returned(&done["rfp_analysis"]), answer);
    let quotes = &done["rfp_analysis"]["meta"]["quotes"];
    assert_eq!(
        quotes["unverified_quotes"][0]["path"],
        "/extracted_data/contacts/0/supporting_quote"
    );
    app.stop().await;
}

/// A status for an assertion message: the analysis' keys and its meta, not the whole.
fn brief(status: &Value) -> String {
    let mut shown = status.clone();
    if let Some(analysis) = shown.get_mut("rfp_analysis").and_then(Value::as_object_mut) {
        let keys: Vec<String> = analysis.keys().cloned().collect();
        let meta = analysis.get("meta").cloned();
        analysis.clear();
        analysis.insert("keys".into(), json!(keys));
        analysis.insert("meta".into(), meta.unwrap_or(Value::Null));
    }
    shown.to_string()
}
