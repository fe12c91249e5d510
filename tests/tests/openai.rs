//! The analysis through an OpenAI-compatible server end to end — API → queue → worker
//! → (fake) chat completions → store — on both backends (the AWS one against the
//! emulator `.ci/run` starts; skipped, saying so, without it). The fake speaks the
//! chat-completions wire format and is scripted per test: tool calls, JSON and fenced
//! content, `Retry-After`, 5xx, slow answers, a bad key, an unknown model, a server
//! without tools, a context limit, `finish_reason: length`, a body that is no answer.

use std::time::Duration;

use rfp_tests::fake_openai::{FakeOpenAi, Reply};
use rfp_tests::llm::{
    DOC, FINAL_WITHIN, analyse, as_returned, assert_matrix_settled,
    assert_parts_requirements_joined, assert_sent_in_parts_and_merged, long_rfp, matrix_answer,
    matrix_doc, real_prompt, tool_answer,
};
use rfp_tests::process::Service;
use rfp_tests::{TestApp, TestBackend};
use serde_json::{Value, json};

const MODEL: &str = "llama3.1:8b-instruct-q4_K_M";
const KEY: &str = "sk-test-7f3a9c1e5b2d4f6a8c0e1a3b5d7f9e1c";

/// The service with `RFP_MODEL=openai` aimed at `fake` through the documented
/// settings, the worker's model built from them as the binaries build it.
async fn start(backend: &TestBackend, fake: &FakeOpenAi, extra: &[(&str, &str)]) -> TestApp {
    let mut overrides = vec![
        ("RFP_MODEL", "openai"),
        ("OPENAI_BASE_URL", fake.url.as_str()),
        ("OPENAI_API_KEY", KEY),
        ("RFP_OPENAI_MODEL", MODEL),
        ("RFP_MODEL_RETRY_BASE_MS", "10"),
        ("RFP_RETRY_DELAY_SECS", "0"),
    ];
    overrides.extend_from_slice(extra);
    TestApp::spawn_with_model(backend, &overrides, |s| {
        rfp_worker::model::openai(s).expect("the openai settings are valid")
    })
    .await
}

/// The fake's host and port, as `meta.provider_host` names it.
fn host(fake: &FakeOpenAi) -> String {
    fake.url
        .trim_start_matches("http://")
        .trim_end_matches("/v1")
        .to_owned()
}

#[tokio::test]
async fn the_prompt_goes_out_as_messages_with_a_forced_tool_and_the_answer_is_stored() {
    for backend in TestBackend::all("openai: the_prompt_goes_out_as_messages") {
        let fake = FakeOpenAi::start().await;
        fake.require_key(KEY);
        fake.models(&[MODEL]);
        let app = start(&backend, &fake, &[]).await;
        let prompt = real_prompt();
        app.backends.store.put_prompt(&prompt).await.unwrap();
        fake.script([Reply::Tool(tool_answer())]);

        let done = analyse(&app, DOC).await;
        assert_eq!(done["status"], "completed", "{backend:?}: {done}");
        let requests = fake.requests();
        assert_eq!(requests.len(), 1);
        let r = &requests[0];
        assert_eq!(r.model(), MODEL);
        assert_eq!(r.authorization.as_deref(), Some(&*format!("Bearer {KEY}")));
        let messages = r.body["messages"].as_array().unwrap();
        assert_eq!(messages.len(), 2);
        assert_eq!(messages[0]["role"], "system");
        assert_eq!(r.system(), prompt.system_prompt);
        assert_eq!(
            r.user(),
            format!(
                "Please analyse the RFP below.\n\n=== RFP START ===\n{DOC}\n=== RFP END ===\n\n{}",
                prompt.output_format
            ),
            "the prompt exactly as the Bedrock path assembles it"
        );
        let tool = &r.body["tools"][0];
        assert_eq!(tool["type"], "function");
        assert_eq!(tool["function"]["name"], "record_rfp_analysis");
        assert_eq!(
            tool["function"]["parameters"]["required"],
            json!(["summary", "extracted_data"])
        );
        assert_eq!(r.body["tool_choice"], "required", "the one tool, forced");
        assert_eq!(r.body["max_tokens"], 8192);
        assert!(r.body.get("response_format").is_none());

        let analysis = &done["rfp_analysis"];
        assert_eq!(as_returned(analysis), tool_answer(), "stored as returned");
        assert_eq!(analysis["engine"], "openai");
        let meta = &analysis["meta"];
        assert_eq!(meta["model"], MODEL);
        assert_eq!(meta["model_id"], MODEL);
        assert_eq!(meta["provider"], "openai-compatible");
        assert_eq!(meta["provider_host"], host(&fake));
        assert_eq!(meta["prompt"], json!({ "id": prompt.id, "version": 4 }));
        assert!(meta["input_tokens"].as_u64().unwrap() > 10, "{meta}");
        assert!(meta["output_tokens"].as_u64().unwrap() > 10, "{meta}");
        assert!(meta["model_latency_ms"].as_f64().unwrap() > 0.0);
        assert_eq!(
            (
                meta["model_calls"].as_u64(),
                meta["model_attempts"].as_u64()
            ),
            (Some(1), Some(1))
        );
        assert!(
            !done.to_string().contains(KEY),
            "the key is not in the result"
        );
        app.stop().await;
    }
}

#[tokio::test]
async fn a_server_without_tools_is_asked_by_json_schema_and_the_choice_is_kept() {
    for backend in TestBackend::all("openai: a_server_without_tools") {
        let fake = FakeOpenAi::start().await;
        fake.refuse_tools();
        let app = start(&backend, &fake, &[]).await;
        // The default prompt: the fake answers with the extractive analysis as content.
        let done = analyse(&app, DOC).await;
        assert_eq!(done["status"], "completed", "{backend:?}: {done}");
        let requests = fake.requests();
        assert_eq!(requests.len(), 2, "tools refused, then json_schema");
        assert!(requests[0].body.get("tools").is_some());
        let format = &requests[1].body["response_format"];
        assert_eq!(format["type"], "json_schema");
        assert_eq!(
            format["json_schema"]["schema"]["required"][0], "summary",
            "{format}"
        );
        assert!(requests[1].body.get("tools").is_none());
        assert_eq!(done["rfp_analysis"]["meta"]["model_attempts"], 1);
        assert_eq!(
            done["rfp_analysis"]["summary"]["title"], "Clean Water for Schools 2027",
            "the model's answer, read from the content"
        );

        // The next job asks the way that worked, at once.
        let done = analyse(&app, &format!("{DOC}\n\nA second call.")).await;
        assert_eq!(done["status"], "completed", "{done}");
        let requests = fake.requests();
        assert_eq!(requests.len(), 3);
        assert_eq!(requests[2].body["response_format"]["type"], "json_schema");
        app.stop().await;
    }
}

#[tokio::test]
async fn fenced_json_in_the_content_keeps_every_key_and_the_narrative() {
    let fake = FakeOpenAi::start().await;
    let app = start(&TestBackend::Embedded, &fake, &[]).await;
    app.backends.store.put_prompt(&real_prompt()).await.unwrap();
    let text = format!(
        "This is a grant call for water access in schools.\n\n```json\n{}\n```\n\nGood luck.",
        serde_json::to_string_pretty(&tool_answer()).unwrap()
    );
    fake.script([Reply::Content(text)]);
    let done = analyse(&app, DOC).await;
    assert_eq!(done["status"], "completed", "{done}");
    let analysis = &done["rfp_analysis"];
    assert_eq!(analysis["summary"], tool_answer()["summary"]);
    assert_eq!(
        analysis["narrative"],
        "This is a grant call for water access in schools.\n\nGood luck."
    );
    app.stop().await;
}

#[tokio::test]
async fn two_429s_then_success_complete_and_retry_after_is_honoured() {
    for backend in TestBackend::all("openai: two_429s_then_success") {
        let fake = FakeOpenAi::start().await;
        let app = start(&backend, &fake, &[]).await;
        app.backends.store.put_prompt(&real_prompt()).await.unwrap();
        fake.script([
            Reply::Throttled(Some("1")),
            Reply::Throttled(None),
            Reply::Tool(tool_answer()),
        ]);
        let done = analyse(&app, DOC).await;
        assert_eq!(done["status"], "completed", "{backend:?}: {done}");
        let meta = &done["rfp_analysis"]["meta"];
        assert_eq!(meta["model_attempts"], 3);
        assert_eq!(meta["model_calls"], 1);
        assert_eq!(meta["attempts"], 1, "retried within the delivery");
        let requests = fake.requests();
        assert_eq!(requests.len(), 3);
        // The back-off base is 10 ms: only the server's Retry-After explains a second.
        let waited = requests[1].at - requests[0].at;
        assert!(
            waited >= Duration::from_millis(950),
            "Retry-After: 1 was honoured ({waited:?})"
        );
        let next = requests[2].at - requests[1].at;
        assert!(
            next < Duration::from_millis(900),
            "without it, the back-off ({next:?})"
        );
        app.stop().await;
    }
}

#[tokio::test]
async fn an_answer_that_is_never_json_fails_model_output_invalid_after_one_correction() {
    for backend in TestBackend::all("openai: never_json") {
        let fake = FakeOpenAi::start().await;
        // Tools only: under `auto` prose in answer to a forced call moves to json_schema
        // first (tests/tests/llama.rs shows that against llama.cpp's server).
        let app = start(&backend, &fake, &[("RFP_OPENAI_STRUCTURED", "tools")]).await;
        app.backends.store.put_prompt(&real_prompt()).await.unwrap();
        fake.script([
            Reply::Content("I am sorry, I cannot analyse this document.".into()),
            Reply::Content("It is a water call.".into()),
        ]);
        let done = analyse(&app, DOC).await;
        assert_eq!(done["status"], "failed", "{backend:?}: {done}");
        assert_eq!(done["error"]["code"], "model_output_invalid");
        assert_eq!(done["rfp_analysis"], Value::Null);
        let requests = fake.requests();
        assert_eq!(requests.len(), 2, "exactly one correction");
        let messages = requests[1].body["messages"].as_array().unwrap();
        assert_eq!(
            messages.len(),
            4,
            "system, user, the answer, the correction"
        );
        assert_eq!(messages[2]["role"], "assistant");
        assert!(
            messages[3]["content"]
                .as_str()
                .unwrap()
                .contains("no JSON object")
        );
        app.stop().await;
    }
}

#[tokio::test]
async fn a_wrong_key_fails_model_auth_failed_after_one_call() {
    for backend in TestBackend::all("openai: a_wrong_key") {
        let fake = FakeOpenAi::start().await;
        fake.require_key("sk-the-right-one");
        let app = start(&backend, &fake, &[("RFP_MAX_RECEIVES", "5")]).await;
        let done = analyse(&app, DOC).await;
        assert_eq!(done["status"], "failed", "{backend:?}: {done}");
        assert_eq!(done["error"]["code"], "model_auth_failed");
        let message = done["error"]["message"].as_str().unwrap();
        assert!(message.contains("OPENAI_API_KEY"), "{message}");
        assert!(!message.contains(KEY), "the key is not in the error");
        assert_eq!(done["attempts"], 1, "not re-queued");
        // No retry storm: nothing more arrives afterwards.
        tokio::time::sleep(Duration::from_millis(500)).await;
        assert_eq!(fake.requests().len(), 1);
        app.stop().await;
    }
}

#[tokio::test]
async fn an_unknown_model_fails_model_not_found_naming_it() {
    for backend in TestBackend::all("openai: an_unknown_model") {
        let fake = FakeOpenAi::start().await;
        fake.models(&["llama3.2:3b"]);
        let app = start(&backend, &fake, &[]).await;
        let done = analyse(&app, DOC).await;
        assert_eq!(done["status"], "failed", "{backend:?}: {done}");
        assert_eq!(done["error"]["code"], "model_not_found");
        let message = done["error"]["message"].as_str().unwrap();
        assert!(
            message.contains(MODEL) && message.contains("RFP_OPENAI_MODEL"),
            "{message}"
        );
        assert_eq!(fake.requests().len(), 1);
        app.stop().await;
    }
}

#[tokio::test]
async fn an_answer_cut_at_the_length_limit_fails_model_output_truncated() {
    let fake = FakeOpenAi::start().await;
    let app = start(&TestBackend::Embedded, &fake, &[]).await;
    app.backends.store.put_prompt(&real_prompt()).await.unwrap();
    let cut = "{\"summary\": {\"title\": \"Clean Water\"}, \"extracted_data\": {}}";
    fake.script([Reply::Length(cut.into()), Reply::Length(cut.into())]);
    let done = analyse(&app, DOC).await;
    assert_eq!(done["status"], "failed", "{done}");
    assert_eq!(done["error"]["code"], "model_output_truncated");
    assert_eq!(
        done["rfp_analysis"],
        Value::Null,
        "a cut answer is never stored"
    );
    let requests = fake.requests();
    assert_eq!(requests.len(), 2, "one retry, asking for a shorter answer");
    let correction = requests[1].body["messages"][3]["content"].as_str().unwrap();
    assert!(correction.contains("cut off"), "{correction}");
    app.stop().await;
}

#[tokio::test]
async fn server_errors_and_slow_answers_are_retried_within_the_budget_then_requeued() {
    for backend in TestBackend::all("openai: server_errors") {
        let fake = FakeOpenAi::start().await;
        let app = start(
            &backend,
            &fake,
            &[
                ("RFP_MODEL_RETRY_BUDGET", "1"),
                ("RFP_MAX_RECEIVES", "2"),
                ("RFP_MODEL_TIMEOUT_SECS", "1"),
            ],
        )
        .await;
        app.backends.store.put_prompt(&real_prompt()).await.unwrap();
        // A hung call, then a 500: the budget of one retry is spent, the job
        // re-queued; the second delivery meets two more 500s and fails.
        fake.script([
            Reply::Slow(Duration::from_secs(5), Box::new(Reply::Tool(tool_answer()))),
            Reply::internal(),
            Reply::internal(),
            Reply::internal(),
        ]);
        let done = analyse(&app, DOC).await;
        assert_eq!(done["status"], "failed", "{backend:?}: {done}");
        assert_eq!(done["error"]["code"], "model_unavailable");
        assert_eq!(done["attempts"], 2, "re-queued once through the queue");
        assert_eq!(fake.requests().len(), 4);

        // And a slow answer followed by a good one completes.
        fake.script([
            Reply::Slow(Duration::from_secs(5), Box::new(Reply::Tool(tool_answer()))),
            Reply::Tool(tool_answer()),
        ]);
        let done = analyse(&app, &format!("{DOC}\n\nAgain.")).await;
        assert_eq!(done["status"], "completed", "{done}");
        assert_eq!(done["rfp_analysis"]["meta"]["model_attempts"], 2);
        app.stop().await;
    }
}

#[tokio::test]
async fn a_body_that_is_no_completion_fails_naming_the_base_url() {
    let fake = FakeOpenAi::start().await;
    let app = start(&TestBackend::Embedded, &fake, &[]).await;
    fake.script([Reply::Malformed]);
    let done = analyse(&app, DOC).await;
    assert_eq!(done["status"], "failed", "{done}");
    assert_eq!(done["error"]["code"], "model_output_invalid");
    let message = done["error"]["message"].as_str().unwrap();
    assert!(message.contains("OPENAI_BASE_URL"), "{message}");
    app.stop().await;
}

#[tokio::test]
async fn a_300_page_rfp_is_analysed_in_parts_and_merged_with_nothing_truncated() {
    for backend in TestBackend::all("openai: a_300_page_rfp") {
        let fake = FakeOpenAi::start().await;
        let app = start(
            &backend,
            &fake,
            &[("RFP_MODEL_INPUT_BUDGET_CHARS", "100000")],
        )
        .await;
        let done = analyse(&app, &long_rfp()).await;
        assert_eq!(done["status"], "completed", "{backend:?}");
        let requests = fake.requests();
        let prompts: Vec<&str> = requests.iter().map(|r| r.user()).collect();
        assert_sent_in_parts_and_merged(&done["rfp_analysis"]["meta"], &prompts, 100_000);
        assert_parts_requirements_joined(&done["rfp_analysis"]);
        app.stop().await;
    }
}

#[tokio::test]
async fn the_models_compliance_matrix_keeps_only_what_the_document_says() {
    for backend in TestBackend::all("openai: the_models_compliance_matrix") {
        let fake = FakeOpenAi::start().await;
        let app = start(&backend, &fake, &[]).await;
        fake.script([Reply::Tool(matrix_answer())]);
        let done = analyse(&app, &matrix_doc()).await;
        assert_matrix_settled(&done);
        let r = &fake.requests()[0];
        let parameters = &r.body["tools"][0]["function"]["parameters"];
        assert_eq!(
            parameters["properties"]["extracted_data"]["properties"]["requirements"]["type"],
            json!(["array", "null"])
        );
        app.stop().await;
    }
}

#[tokio::test]
async fn a_context_length_refusal_splits_the_document_instead_of_failing() {
    let fake = FakeOpenAi::start().await;
    fake.limit_input(120_000);
    let app = start(
        &TestBackend::Embedded,
        &fake,
        &[("RFP_MODEL_INPUT_BUDGET_CHARS", "1000000")],
    )
    .await;
    let done = analyse(&app, &long_rfp()).await;
    assert_eq!(done["status"], "completed", "{done}");
    assert_eq!(done["rfp_analysis"]["meta"]["chunked"], true);
    let requests = fake.requests();
    let first = requests[0].user();
    assert!(first.contains("Requirement R-001:") && first.contains("Requirement R-300:"));
    assert!(requests.iter().filter(|r| r.user().len() > 120_000).count() >= 1);
    app.stop().await;
}

/// The whole flow with the fake as its own process and the service configured only
/// through the documented environment variables; the key is in no log line, even at
/// debug level, nor in `--help`.
#[tokio::test]
async fn the_binaries_reach_an_openai_compatible_server_through_the_documented_variables() {
    let dir = tempfile::tempdir().unwrap();
    let mut fake = Service::start(
        "rfp-fake-openai",
        &["127.0.0.1:0"],
        &[("FAKE_OPENAI_API_KEY", KEY), ("FAKE_OPENAI_MODELS", MODEL)],
        dir.path(),
        "fake-openai",
    );
    let fake_addr = fake.wait_for_addr(Duration::from_secs(20));
    let base_url = format!("http://{fake_addr}/v1");
    let data = dir.path().join("data");
    let env = [
        ("RFP_DATA_DIR", data.to_str().unwrap()),
        ("RFP_LISTEN_ADDR", "127.0.0.1:0"),
        ("RFP_MODEL", "openai"),
        ("OPENAI_BASE_URL", base_url.as_str()),
        ("OPENAI_API_KEY", KEY),
        ("RFP_OPENAI_MODEL", MODEL),
        ("RUST_LOG", "debug"),
    ];
    let mut api = Service::start("rfp-api", &[], &env, dir.path(), "api");
    let base = format!("http://{}", api.wait_for_addr(Duration::from_secs(20)));
    let http = reqwest::Client::new();
    let (id, _) = rfp_tests::submit(&http, &base, DOC.as_bytes(), "text/markdown").await;
    let done = rfp_tests::wait_until_final(&http, &base, &id, FINAL_WITHIN).await;
    assert_eq!(done["status"], "completed", "{done}\n{}", api.logs());
    assert_eq!(done["rfp_analysis"]["engine"], "openai");
    assert_eq!(done["rfp_analysis"]["meta"]["model"], MODEL);
    assert_eq!(
        done["rfp_analysis"]["meta"]["provider_host"],
        fake_addr.to_string()
    );
    api.terminate();
    assert!(
        api.wait(Duration::from_secs(20))
            .is_some_and(|s| s.success()),
        "{}",
        api.logs()
    );
    let logs = api.logs();
    assert!(logs.lines().count() > 10, "debug logs were written: {logs}");
    assert!(!logs.contains(KEY), "the key is in the api's log:\n{logs}");
    assert!(
        !logs.contains(&KEY[8..]),
        "part of the key is in the api's log"
    );
    fake.terminate();
    fake.wait(Duration::from_secs(10));

    // `--help` documents the variable and never prints its value.
    let help = std::process::Command::new(rfp_tests::process::binary("rfp-worker"))
        .arg("--help")
        .env("OPENAI_API_KEY", KEY)
        .output()
        .unwrap();
    let help = String::from_utf8_lossy(&help.stdout);
    assert!(help.contains("OPENAI_API_KEY"), "{help}");
    assert!(!help.contains(KEY));

    // A missing model name stops start-up, naming the setting.
    let worker = std::process::Command::new(rfp_tests::process::binary("rfp-worker"))
        .arg("run")
        .env("RFP_MODEL", "openai")
        .env_remove("RFP_OPENAI_MODEL")
        .env("RFP_DATA_DIR", dir.path().join("w"))
        .output()
        .unwrap();
    assert!(!worker.status.success());
    let stderr = String::from_utf8_lossy(&worker.stderr);
    assert!(stderr.contains("RFP_OPENAI_MODEL"), "{stderr}");
}
