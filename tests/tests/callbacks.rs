//! Callbacks: a `callback_url` on `analyze-rfp` gets the outcome POSTed when the job
//! ends, signed, retried, and never to a private address unless allowed.

use std::sync::{Arc, Mutex};
use std::time::Duration;

use axum::http::{HeaderMap, StatusCode};
use axum::routing::post;
use rfp_tests::{TestApp, TestBackend};
use serde_json::{Value, json};

const SECRET: &str = "callback-secret-for-tests";

/// The calls a receiver got: headers and body of each.
type Calls = Arc<Mutex<Vec<(HeaderMap, Vec<u8>)>>>;

/// A receiver on loopback that answers the first `fail_first` calls with 503.
struct Receiver {
    url: String,
    calls: Calls,
}

async fn receiver(fail_first: usize) -> Receiver {
    let calls: Calls = Arc::default();
    let seen = calls.clone();
    let app = axum::Router::new().route(
        "/hook",
        post(move |headers: HeaderMap, body: axum::body::Bytes| {
            let seen = seen.clone();
            async move {
                let mut calls = seen.lock().unwrap();
                calls.push((headers, body.to_vec()));
                if calls.len() <= fail_first {
                    StatusCode::SERVICE_UNAVAILABLE
                } else {
                    StatusCode::NO_CONTENT
                }
            }
        }),
    );
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
    Receiver {
        url: format!("http://{addr}/hook"),
        calls,
    }
}

fn expected_signature(headers: &HeaderMap, body: &[u8]) -> (String, String) {
    let got = headers["x-rfp-signature"].to_str().unwrap().to_owned();
    let t = got
        .split(',')
        .find_map(|p| p.strip_prefix("t="))
        .unwrap()
        .to_owned();
    let key = aws_lc_rs::hmac::Key::new(aws_lc_rs::hmac::HMAC_SHA256, SECRET.as_bytes());
    let mut signed = format!("{t}.").into_bytes();
    signed.extend_from_slice(body);
    let tag = aws_lc_rs::hmac::sign(&key, &signed);
    (got, format!("t={t},v1={}", hex::encode(tag.as_ref())))
}

async fn analyse_with_callback(app: &TestApp, url: &str) -> (String, reqwest::Response) {
    let id = app.create_proposal("with a callback").await;
    app.upload(
        &id,
        rfp_worker::SAMPLE_RFP.as_bytes().to_vec(),
        "text/markdown",
    )
    .await;
    let r = app
        .http
        .post(app.url(&format!("/api/proposals/{id}/analyze-rfp")))
        .json(&json!({ "callback_url": url }))
        .send()
        .await
        .unwrap();
    (id, r)
}

async fn wait_for_calls(r: &Receiver, n: usize) -> Vec<(HeaderMap, Vec<u8>)> {
    for _ in 0..200 {
        if r.calls.lock().unwrap().len() >= n {
            break;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    r.calls.lock().unwrap().clone()
}

#[tokio::test]
async fn the_outcome_is_posted_signed_once_the_job_ends_and_retried_past_failures() {
    for backend in TestBackend::all("the_outcome_is_posted_signed") {
        let app = TestApp::spawn_with_model(
            &backend,
            &[
                ("RFP_CALLBACK_SECRET", SECRET),
                // The receiver is on loopback.
                ("RFP_CALLBACK_ALLOW_PRIVATE", "true"),
            ],
            |_| Arc::new(rfp_worker::model::ExtractiveAnalyzer),
        )
        .await;
        // Two 503s, then accepted: three calls, one delivery.
        let hook = receiver(2).await;
        let (id, r) = analyse_with_callback(&app, &hook.url).await;
        assert_eq!(r.status(), 202, "{backend:?}");
        let done = app.wait_until_final(&id, Duration::from_secs(30)).await;
        assert_eq!(done["status"], "completed");
        let calls = wait_for_calls(&hook, 3).await;
        assert_eq!(
            calls.len(),
            3,
            "{backend:?}: two refusals, then one delivery"
        );
        let (headers, body) = calls.last().unwrap();
        let (got, expected) = expected_signature(headers, body);
        assert_eq!(got, expected, "signed with the secret over time and body");
        assert_eq!(headers["x-rfp-event"], "analysis.completed");
        assert_eq!(
            calls[0].0["x-rfp-delivery"], headers["x-rfp-delivery"],
            "retries are the same delivery"
        );
        let sent: Value = serde_json::from_slice(body).unwrap();
        assert_eq!(sent["proposal_id"], id.as_str());
        assert_eq!(sent["job_id"], done["job_id"]);
        assert_eq!(sent["status"], "completed");
        // The callback carries the analysis as recorded; readers of the service see
        // it through the team's workspace (empty here), which adds only `workspace`.
        let mut seen = done["rfp_analysis"].clone();
        let workspace = seen.as_object_mut().unwrap().remove("workspace").unwrap();
        assert_eq!(workspace["version"], 0);
        assert_eq!(sent["rfp_analysis"], seen, "{backend:?}");
        tokio::time::sleep(Duration::from_millis(300)).await;
        assert_eq!(hook.calls.lock().unwrap().len(), 3, "nothing more");
        app.stop().await;
    }
}

#[tokio::test]
async fn private_targets_bad_urls_and_a_service_without_a_secret_are_refused() {
    let app = TestApp::spawn(&[("RFP_CALLBACK_SECRET", SECRET)]).await;
    let hook = receiver(0).await;
    for (url, code) in [
        (hook.url.as_str(), "callback_url_invalid"), // http, without the allowance
        ("https://127.0.0.1:9/hook", "callback_url_refused"),
        (
            "https://169.254.169.254/latest/meta-data/",
            "callback_url_refused",
        ),
        ("https://10.1.2.3/hook", "callback_url_refused"),
        ("https://[::1]/hook", "callback_url_refused"),
        // IPv6 forms that carry an IPv4 address, and special ranges.
        ("https://[::169.254.169.254]/", "callback_url_refused"),
        (
            "https://[::ffff:0:169.254.169.254]/",
            "callback_url_refused",
        ),
        ("https://[64:ff9b::a9fe:a9fe]/", "callback_url_refused"),
        ("https://[64:ff9b:1::808:808]/", "callback_url_refused"),
        ("https://[2002:a9fe:a9fe::1]/", "callback_url_refused"),
        ("https://[2001:0:4136:e378::1]/", "callback_url_refused"),
        ("https://[fec0::1]/", "callback_url_refused"),
        ("https://[100::1]/", "callback_url_refused"),
        ("https://198.18.0.1/", "callback_url_refused"),
        ("https://user:pw@example.org/hook", "callback_url_invalid"),
        ("file:///etc/passwd", "callback_url_invalid"),
    ] {
        let (_, r) = analyse_with_callback(&app, url).await;
        assert_eq!(r.status(), 422, "{url}");
        let body: Value = r.json().await.unwrap();
        assert_eq!(body["code"], code, "{url}: {body}");
        let detail = body["detail"].as_str().unwrap_or_default();
        assert!(
            !detail.contains("169.254") && !detail.contains("127.0.0.1"),
            "a refusal names no address: {detail}"
        );
    }

    // Another owner's proposal is not found, whatever the URL: no oracle of how a
    // host resolves through someone else's proposal.
    let (id, _) = analyse_with_callback(&app, "https://127.0.0.1/").await;
    let r = app
        .http
        .post(app.url(&format!("/api/proposals/{id}/analyze-rfp")))
        .header("x-rfp-owner", "mallory")
        .json(&json!({ "callback_url": "https://169.254.169.254/" }))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 404);
    let body: Value = r.json().await.unwrap();
    assert_eq!(body["code"], "proposal_not_found", "{body}");
    app.stop().await;

    let app = TestApp::spawn(&[]).await;
    let (_, r) = analyse_with_callback(&app, "https://example.org/hook").await;
    assert_eq!(r.status(), 422);
    let body: Value = r.json().await.unwrap();
    assert_eq!(body["code"], "callbacks_disabled");
    app.stop().await;
    assert!(hook.calls.lock().unwrap().is_empty());
}
