//! The HTTP API end to end, with the service (API, embedded queue and worker) running
//! in this process on a free port.

use std::time::Duration;

use rfp_tests::TestApp;
use rfp_tests::fixtures::sample_pdf;
use serde_json::{Value, json};

const FINAL_WITHIN: Duration = Duration::from_secs(30);

async fn problem(r: reqwest::Response) -> (u16, Value) {
    let status = r.status().as_u16();
    let ct = r
        .headers()
        .get("content-type")
        .map(|v| v.to_str().unwrap().to_owned());
    assert_eq!(
        ct.as_deref(),
        Some("application/problem+json"),
        "status {status}"
    );
    let body: Value = r.json().await.unwrap();
    assert_eq!(body["status"], status);
    assert!(body["code"].is_string(), "{body}");
    (status, body)
}

#[tokio::test]
async fn an_uploaded_pdf_is_analysed_through_the_queue_and_worker() {
    let app = TestApp::spawn(&[]).await;
    let id = app.create_proposal("Digital skills").await;

    let r = app.upload(&id, sample_pdf(), "application/pdf").await;
    assert_eq!(r.status(), 201);
    let doc: Value = r.json().await.unwrap();
    assert_eq!(doc["content_type"], "application/pdf");
    assert_eq!(doc["sha256"].as_str().unwrap().len(), 64);

    let r = app.analyze(&id).await;
    assert_eq!(r.status(), 202);
    let location = r.headers()["location"].to_str().unwrap().to_owned();
    assert_eq!(location, format!("/api/proposals/{id}/analysis-status"));
    let job: Value = r.json().await.unwrap();
    assert!(matches!(
        job["status"].as_str(),
        Some("queued" | "processing")
    ));

    let status = app.wait_until_final(&id, FINAL_WITHIN).await;
    assert_eq!(status["status"], "completed", "{status}");
    assert_eq!(status["job_id"], job["job_id"]);
    assert_eq!(status["progress"], 100);
    assert!(status["started_at"].is_string() && status["completed_at"].is_string());
    let analysis = &status["rfp_analysis"];
    assert_eq!(analysis["engine"], "extractive");
    assert_eq!(analysis["summary"]["deadline"], "2027-03-15");
    assert!(
        analysis["summary"]["title"]
            .as_str()
            .unwrap()
            .contains("Rural Digital Skills")
    );
    assert!(
        !analysis["extracted_data"]["evaluation_criteria"]
            .as_array()
            .unwrap()
            .is_empty()
    );
    assert_eq!(analysis["meta"]["pages"], 2);
    assert_eq!(analysis["meta"]["model_id"], "extractive-v2");
    app.stop().await;
}

#[tokio::test]
async fn a_second_analyze_while_the_job_is_in_flight_returns_the_same_job() {
    let app = TestApp::spawn(&[("RFP_MODEL_DELAY_MS", "1500")]).await;
    let id = app.create_proposal("p").await;
    assert_eq!(
        app.upload(&id, sample_pdf(), "application/pdf")
            .await
            .status(),
        201
    );
    let first: Value = app.analyze(&id).await.json().await.unwrap();
    let again = app.analyze(&id).await;
    assert_eq!(again.status(), 202);
    let again: Value = again.json().await.unwrap();
    assert_eq!(first["job_id"], again["job_id"]);

    // Mid-way the status says where the job is.
    let mid = app.status(&id).await;
    assert!(
        matches!(mid["status"].as_str(), Some("queued" | "processing")),
        "{mid}"
    );
    assert_eq!(mid["rfp_analysis"], Value::Null);

    let done = app.wait_until_final(&id, FINAL_WITHIN).await;
    assert_eq!(done["status"], "completed");

    // Already analysed: the result is returned, no new job, unless forced.
    let r = app.analyze(&id).await;
    assert_eq!(r.status(), 200);
    let same: Value = r.json().await.unwrap();
    assert_eq!(same["job_id"], first["job_id"]);
    let forced = app
        .http
        .post(app.url(&format!("/api/proposals/{id}/analyze-rfp")))
        .json(&json!({ "force": true }))
        .send()
        .await
        .unwrap();
    assert_eq!(forced.status(), 202);
    let forced: Value = forced.json().await.unwrap();
    assert_ne!(forced["job_id"], first["job_id"]);
    app.stop().await;
}

#[tokio::test]
async fn bad_requests_get_problem_responses_with_codes() {
    let app = TestApp::spawn(&[("RFP_MAX_UPLOAD_BYTES", "4096")]).await;
    let id = app.create_proposal("p").await;
    let unknown = "01a22348-b34b-73b2-b5d5-928dde218906";

    let (s, b) = problem(
        app.http
            .get(app.url(&format!("/api/proposals/{unknown}")))
            .send()
            .await
            .unwrap(),
    )
    .await;
    assert_eq!((s, b["code"].as_str()), (404, Some("proposal_not_found")));
    let (s, _) = problem(
        app.http
            .get(app.url("/api/proposals/not-a-uuid"))
            .send()
            .await
            .unwrap(),
    )
    .await;
    assert_eq!(s, 404);
    let (s, _) = problem(app.analyze(unknown).await).await;
    assert_eq!(s, 404);

    let (s, b) = problem(app.upload(&id, Vec::new(), "application/pdf").await).await;
    assert_eq!((s, b["code"].as_str()), (400, Some("document_empty")));
    let exe = [b"MZ\x90\x00".as_slice(), &[0u8; 200]].concat();
    let (s, b) = problem(app.upload(&id, exe, "application/pdf").await).await;
    assert_eq!(
        (s, b["code"].as_str()),
        (415, Some("unsupported_media_type"))
    );
    let (s, b) = problem(app.upload(&id, vec![b'a'; 5000], "text/plain").await).await;
    assert_eq!((s, b["code"].as_str()), (413, Some("payload_too_large")));

    let (s, b) = problem(app.analyze(&id).await).await;
    assert_eq!((s, b["code"].as_str()), (409, Some("no_document")));

    let (s, b) = problem(
        app.http
            .post(app.url("/api/proposals"))
            .header("content-type", "application/json")
            .body("{\"title\": ")
            .send()
            .await
            .unwrap(),
    )
    .await;
    assert_eq!((s, b["code"].as_str()), (400, Some("invalid_json")));
    let (s, b) = problem(
        app.http
            .post(app.url("/api/proposals"))
            .json(&json!({ "name": "x" }))
            .send()
            .await
            .unwrap(),
    )
    .await;
    assert_eq!((s, b["code"].as_str()), (422, Some("invalid_body")));
    let (s, b) = problem(
        app.http
            .post(app.url("/api/proposals"))
            .json(&json!({ "title": "  " }))
            .send()
            .await
            .unwrap(),
    )
    .await;
    assert_eq!((s, b["code"].as_str()), (422, Some("invalid_title")));
    let (s, _) = problem(
        app.http
            .get(app.url("/api/nothing-here"))
            .send()
            .await
            .unwrap(),
    )
    .await;
    assert_eq!(s, 404);

    // None of it hurt the service.
    assert_eq!(
        app.http
            .get(app.url("/readyz"))
            .send()
            .await
            .unwrap()
            .status(),
        200
    );
    app.stop().await;
}

#[tokio::test]
async fn a_multipart_upload_over_the_limit_gets_413_and_a_small_one_is_stored() {
    let app = TestApp::spawn(&[("RFP_MAX_UPLOAD_BYTES", "4096")]).await;
    let id = app.create_proposal("p").await;
    let put = |bytes: Vec<u8>| {
        let form = reqwest::multipart::Form::new().part(
            "file",
            reqwest::multipart::Part::bytes(bytes).file_name("rfp.md"),
        );
        app.http
            .put(app.url(&format!("/api/proposals/{id}/rfp")))
            .multipart(form)
            .send()
    };
    let (s, b) = problem(put(vec![b'a'; 10_000]).await.unwrap()).await;
    assert_eq!((s, b["code"].as_str()), (413, Some("payload_too_large")));
    let r = put(b"# RFP\nDeadline: 15 March 2027".to_vec())
        .await
        .unwrap();
    assert_eq!(r.status(), 201);
    let doc: Value = r.json().await.unwrap();
    assert_eq!(
        (doc["content_type"].as_str(), doc["filename"].as_str()),
        (Some("text/markdown"), Some("rfp.md"))
    );
    app.stop().await;
}

#[tokio::test]
async fn proposals_belong_to_their_owner() {
    let app = TestApp::spawn(&[]).await;
    let mine = app
        .http
        .post(app.url("/api/proposals"))
        .header("x-rfp-owner", "alice")
        .json(&json!({ "title": "Alice's" }))
        .send()
        .await
        .unwrap()
        .json::<Value>()
        .await
        .unwrap()["id"]
        .as_str()
        .unwrap()
        .to_owned();
    for path in [
        format!("/api/proposals/{mine}"),
        format!("/api/proposals/{mine}/analysis-status"),
    ] {
        let r = app
            .http
            .get(app.url(&path))
            .header("x-rfp-owner", "mallory")
            .send()
            .await
            .unwrap();
        assert_eq!(r.status(), 404, "{path}");
        let r = app
            .http
            .get(app.url(&path))
            .header("x-rfp-owner", "alice")
            .send()
            .await
            .unwrap();
        assert_eq!(r.status(), 200, "{path}");
    }
    let listed: Value = app
        .http
        .get(app.url("/api/proposals"))
        .header("x-rfp-owner", "mallory")
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(listed["items"], json!([]));
    let r = app
        .http
        .delete(app.url(&format!("/api/proposals/{mine}")))
        .header("x-rfp-owner", "mallory")
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 404);
    let r = app
        .http
        .delete(app.url(&format!("/api/proposals/{mine}")))
        .header("x-rfp-owner", "alice")
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 204);
    app.stop().await;
}

#[tokio::test]
async fn a_scanned_pdf_without_text_fails_with_a_clear_code() {
    let app = TestApp::spawn(&[]).await;
    let id = app.create_proposal("scan").await;
    let blank = rfp_tests::fixtures::pdf_from_pages(&[vec![], vec![]]);
    assert_eq!(
        app.upload(&id, blank, "application/pdf").await.status(),
        201
    );
    assert_eq!(app.analyze(&id).await.status(), 202);
    let status = app.wait_until_final(&id, FINAL_WITHIN).await;
    assert_eq!(status["status"], "failed");
    assert_eq!(status["error"]["code"], "document_no_text");
    assert_eq!(status["attempts"], 1, "a permanent failure is not retried");
    app.stop().await;
}

#[tokio::test]
async fn a_status_long_poll_returns_when_the_job_moves() {
    let app = TestApp::spawn(&[("RFP_MODEL_DELAY_MS", "800")]).await;
    let id = app.create_proposal("p").await;
    app.upload(
        &id,
        rfp_worker::SAMPLE_RFP.as_bytes().to_vec(),
        "text/markdown",
    )
    .await;
    let before = app.status(&id).await;
    assert_eq!(before["status"], "not_started");
    app.analyze(&id).await;
    let started = std::time::Instant::now();
    let url = app.url(&format!(
        "/api/proposals/{id}/analysis-status?wait=15&since={}",
        before["version"]
    ));
    let changed: Value = app
        .http
        .get(url)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert!(changed["version"].as_u64() > before["version"].as_u64());
    assert!(
        started.elapsed() < Duration::from_secs(10),
        "the long poll waited for its whole budget"
    );
    app.stop().await;
}

#[tokio::test]
async fn listing_pages_through_the_callers_proposals_newest_first() {
    let app = TestApp::spawn(&[]).await;
    let mut ids = Vec::new();
    for i in 0..5 {
        ids.push(app.create_proposal(&format!("p{i}")).await);
    }
    ids.reverse();
    let page: Value = app
        .http
        .get(app.url("/api/proposals?limit=3"))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let cursor = page["next_cursor"].as_str().unwrap();
    let rest: Value = app
        .http
        .get(app.url(&format!("/api/proposals?limit=3&cursor={cursor}")))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let got: Vec<&str> = page["items"]
        .as_array()
        .unwrap()
        .iter()
        .chain(rest["items"].as_array().unwrap())
        .map(|p| p["id"].as_str().unwrap())
        .collect();
    assert_eq!(got, ids);
    assert_eq!(rest["next_cursor"], Value::Null);
    app.stop().await;
}

#[tokio::test]
async fn the_active_prompt_item_is_used_and_recorded_with_the_result() {
    use rfp_shared::domain::PromptItem;
    let app = TestApp::spawn(&[]).await;
    let prompt = PromptItem {
        id: "5f0c3c9e-8d1e-4d7a-9a43-6f1d2b7c9e10".into(),
        version: 3,
        name: Some("RFP analysis".into()),
        section: "proposal_writer".into(),
        sub_section: "step-1".into(),
        categories: vec!["RFP / Call for Proposals".into()],
        is_active: true,
        system_prompt: "You read RFPs.".into(),
        user_prompt_template: "{{rfp_content}}".into(),
        output_format: "JSON".into(),
    };
    app.backends.store.put_prompt(&prompt).await.unwrap();
    let id = app.create_proposal("p").await;
    app.upload(
        &id,
        rfp_worker::SAMPLE_RFP.as_bytes().to_vec(),
        "text/markdown",
    )
    .await;
    app.analyze(&id).await;
    let done = app.wait_until_final(&id, FINAL_WITHIN).await;
    assert_eq!(
        done["rfp_analysis"]["meta"]["prompt"],
        json!({ "id": prompt.id, "version": 3 })
    );
    app.stop().await;
}

#[tokio::test]
async fn an_html_rfp_is_read_for_its_visible_text() {
    let app = TestApp::spawn(&[]).await;
    let id = app.create_proposal("html").await;
    let html = format!(
        "<!DOCTYPE html><html><head><script>var deadline = '1 January 2020';</script></head><body>{}</body></html>",
        rfp_worker::SAMPLE_RFP
            .lines()
            .map(|l| format!("<p>{}</p>", l.trim_start_matches('#').trim()))
            .collect::<String>()
    );
    let r = app.upload(&id, html.into_bytes(), "text/html").await;
    assert_eq!(r.status(), 201);
    assert_eq!(
        r.json::<Value>().await.unwrap()["content_type"],
        "text/html"
    );
    app.analyze(&id).await;
    let done = app.wait_until_final(&id, FINAL_WITHIN).await;
    assert_eq!(done["status"], "completed", "{done}");
    assert_eq!(
        done["rfp_analysis"]["summary"]["deadline"], "2027-03-15",
        "the script's date is not text"
    );
    app.stop().await;
}

#[tokio::test]
async fn metrics_expose_jobs_stages_queue_lag_and_http_requests() {
    let app = TestApp::spawn(&[]).await;
    let id = app.create_proposal("metrics").await;
    app.upload(
        &id,
        rfp_worker::SAMPLE_RFP.as_bytes().to_vec(),
        "text/markdown",
    )
    .await;
    app.analyze(&id).await;
    let done = app.wait_until_final(&id, FINAL_WITHIN).await;
    assert_eq!(done["status"], "completed");
    let r = app.http.get(app.url("/metrics")).send().await.unwrap();
    assert_eq!(r.status(), 200);
    assert!(
        r.headers()["content-type"]
            .to_str()
            .unwrap()
            .starts_with("text/plain")
    );
    let text = r.text().await.unwrap();
    for series in [
        "rfp_jobs_total{outcome=\"completed\",code=\"\"}",
        "rfp_stage_duration_seconds_bucket{stage=\"extract\"",
        "rfp_stage_duration_seconds_bucket{stage=\"model\"",
        "rfp_stage_duration_seconds_bucket{stage=\"job\"",
        "rfp_queue_lag_seconds_count",
        "rfp_queue_messages{queue=\"jobs\",state=\"visible\"}",
        "rfp_queue_messages{queue=\"dead_letters\",state=\"all\"}",
        "rfp_http_requests_total{route=\"/api/proposals/{id}/analyze-rfp\",status=\"202\"}",
        "rfp_http_request_duration_seconds_bucket{route=\"/api/proposals/{id}/rfp\"",
        "# HELP rfp_jobs_total",
    ] {
        assert!(text.contains(series), "/metrics lacks {series}:\n{text}");
    }
    app.stop().await;
}

#[tokio::test]
async fn a_slow_extractions_text_is_kept_and_a_reanalysis_skips_extraction() {
    // Every extraction counts as slow here.
    let app = TestApp::spawn(&[("RFP_TEXT_CACHE_MIN_MS", "0")]).await;
    let id = app.create_proposal("cache").await;
    app.upload(&id, rfp_tests::fixtures::sample_pdf(), "application/pdf")
        .await;
    app.analyze(&id).await;
    let first = app.wait_until_final(&id, FINAL_WITHIN).await;
    assert_eq!(
        first["rfp_analysis"]["meta"]["text_cache"], "stored",
        "{first}"
    );
    let sha = first["rfp_analysis"]["meta"]["document_sha256"]
        .as_str()
        .unwrap();
    let key =
        rfp_shared::ids::BlobKey::for_text(rfp_shared::ids::ProposalId::parse(&id).unwrap(), sha);
    assert!(app.backends.blobs.exists(&key).await.unwrap());

    assert_eq!(app.analyze_again(&id).await.status(), 202);
    let mut second = app.wait_until_final(&id, FINAL_WITHIN).await;
    while second["job_id"] == first["job_id"] {
        second = app.wait_until_final(&id, FINAL_WITHIN).await;
    }
    let meta = &second["rfp_analysis"]["meta"];
    assert_eq!(meta["text_cache"], "hit", "{meta}");
    assert_eq!(meta["extract_ms"], 0.0);
    assert_eq!(
        second["rfp_analysis"]["summary"], first["rfp_analysis"]["summary"],
        "the same text gives the same analysis"
    );
    app.stop().await;
}

/// Reads server-sent events from `response` until one named `last` arrives; returns
/// each event's name, its JSON data and when it was received.
async fn read_events(
    response: reqwest::Response,
    last: &[&str],
) -> Vec<(String, Value, chrono::DateTime<chrono::Utc>)> {
    let mut response = response;
    let mut buffer = String::new();
    let mut events = Vec::new();
    while let Some(chunk) = response.chunk().await.unwrap() {
        buffer.push_str(&String::from_utf8_lossy(&chunk));
        while let Some(end) = buffer.find("\n\n") {
            let block: String = buffer.drain(..end + 2).collect();
            let mut name = String::from("message");
            let mut data = String::new();
            for line in block.lines() {
                if let Some(v) = line.strip_prefix("event:") {
                    name = v.trim().to_owned();
                } else if let Some(v) = line.strip_prefix("data:") {
                    data.push_str(v.trim_start());
                }
            }
            if data.is_empty() {
                continue; // a keep-alive comment
            }
            let done = last.contains(&name.as_str());
            events.push((
                name,
                serde_json::from_str(&data).unwrap(),
                chrono::Utc::now(),
            ));
            if done {
                return events;
            }
        }
    }
    events
}

#[tokio::test]
async fn the_event_stream_delivers_progress_and_the_completed_result_within_a_second() {
    for backend in rfp_tests::TestBackend::all("the_event_stream_delivers_progress") {
        let app = TestApp::spawn_with_model(&backend, &[("RFP_MODEL_DELAY_MS", "1500")], |s| {
            rfp_worker::model::with_delay(
                std::sync::Arc::new(rfp_worker::model::ExtractiveAnalyzer),
                s,
            )
        })
        .await;
        let id = app.create_proposal("sse").await;
        app.upload(
            &id,
            rfp_worker::SAMPLE_RFP.as_bytes().to_vec(),
            "text/markdown",
        )
        .await;
        let stream = app
            .http
            .get(app.url(&format!("/api/proposals/{id}/analysis-events")))
            .send()
            .await
            .unwrap();
        assert_eq!(stream.status(), 200);
        assert!(
            stream.headers()["content-type"]
                .to_str()
                .unwrap()
                .starts_with("text/event-stream")
        );
        assert_eq!(app.analyze(&id).await.status(), 202);
        let events = read_events(stream, &["completed", "failed"]).await;
        let names: Vec<&str> = events.iter().map(|(n, _, _)| n.as_str()).collect();
        assert_eq!(names.last(), Some(&"completed"), "{backend:?}: {names:?}");
        assert!(
            events
                .iter()
                .any(|(n, v, _)| n == "status" && v["stage"] == "analyzing"),
            "progress was pushed: {names:?}"
        );
        let (_, done, received) = events.last().unwrap();
        assert!(done["rfp_analysis"]["summary"].is_object());
        let completed_at: chrono::DateTime<chrono::Utc> =
            done["completed_at"].as_str().unwrap().parse().unwrap();
        let lag = *received - completed_at;
        assert!(
            lag < chrono::TimeDelta::seconds(1),
            "{backend:?}: completed event {lag} after completion"
        );

        // Someone else's proposal has no stream.
        let r = app
            .http
            .get(app.url(&format!("/api/proposals/{id}/analysis-events")))
            .header("x-rfp-owner", "mallory")
            .send()
            .await
            .unwrap();
        assert_eq!(r.status(), 404);
        app.stop().await;
    }
}
