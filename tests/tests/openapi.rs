//! The OpenAPI document: generated from the handlers, served at `/openapi.json` with
//! a docs page at `/docs`, covering every route; and schemathesis (PyPI) run against
//! the real binary: no 5xx, no response outside the document. `.ci/run` installs
//! schemathesis and names it in `RFP_SCHEMATHESIS`; without it that part is skipped,
//! saying so.

use std::collections::BTreeSet;
use std::path::PathBuf;
use std::process::Command;
use std::time::Duration;

use rfp_tests::process::Service;
use serde_json::Value;

/// The API binary on a free loopback port with authentication on, and an admin key.
fn start(dir: &std::path::Path) -> (Service, String, String) {
    let (key, entry) = rfp_api::auth::new_api_key("schemathesis", true).unwrap();
    let data = dir.join("data").display().to_string();
    let mut api = Service::start(
        "rfp-api",
        &[],
        &[
            ("RFP_LISTEN_ADDR", "127.0.0.1:0"),
            ("RFP_DATA_DIR", &data),
            ("RFP_AUTH", "required"),
            ("RFP_API_KEYS", &entry),
        ],
        dir,
        "api",
    );
    let addr = api.wait_for_addr(Duration::from_secs(30));
    (api, format!("http://{addr}"), key)
}

#[tokio::test]
async fn the_openapi_document_covers_every_route_and_is_served_with_docs() {
    let dir = tempfile::tempdir().unwrap();
    let (_api, base, _) = start(dir.path());
    let http = reqwest::Client::new();
    let doc: Value = http
        .get(format!("{base}/openapi.json"))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(doc["openapi"], "3.1.0");
    let paths: BTreeSet<String> = doc["paths"].as_object().unwrap().keys().cloned().collect();
    let expected = [
        "/api/proposals",
        "/api/proposals/{id}",
        "/api/proposals/{id}/rfp",
        "/api/proposals/{id}/rfp/upload-url",
        "/api/proposals/{id}/rfp/confirm",
        "/api/proposals/{id}/documents",
        "/api/proposals/{id}/documents/{doc_id}",
        "/api/proposals/{id}/analyze-rfp",
        "/api/proposals/{id}/analysis-status",
        "/api/proposals/{id}/analysis-events",
        "/api/proposals/{id}/compliance-matrix",
        "/api/proposals/{id}/deadlines.ics",
        "/api/proposals/{id}/ocds",
        "/api/proposals/{id}/outline",
        "/api/proposals/{id}/fit",
        "/api/proposals/{id}/analysis",
        "/api/proposals/{id}/history",
        "/api/profile",
        "/api/prompts",
        "/api/prompts/{id}",
        "/api/prompts/{id}/versions",
        "/api/prompts/{id}/versions/{version}",
        "/api/prompts/{id}/versions/{version}/activate",
        "/api/prompts/{id}/versions/{version}/deactivate",
        "/healthz",
        "/readyz",
        "/metrics",
    ];
    assert_eq!(
        paths,
        expected
            .iter()
            .map(|p| p.to_string())
            .collect::<BTreeSet<_>>()
    );
    // Every /api operation says it needs credentials and documents the 401.
    for (path, item) in doc["paths"].as_object().unwrap() {
        for (method, op) in item.as_object().unwrap() {
            if path.starts_with("/api/") {
                assert!(
                    op["security"].as_array().is_some_and(|s| !s.is_empty()),
                    "{method} {path}"
                );
                assert!(op["responses"].get("401").is_some(), "{method} {path}");
            }
        }
    }
    for scheme in ["bearer", "api_key"] {
        assert!(
            doc["components"]["securitySchemes"].get(scheme).is_some(),
            "{scheme}"
        );
    }
    let docs = http.get(format!("{base}/docs")).send().await.unwrap();
    assert_eq!(docs.status(), 200);
    let html = docs.text().await.unwrap();
    assert!(html.contains("/openapi.json") || html.contains("\"openapi\""));
}

#[tokio::test]
async fn schemathesis_finds_no_server_error_and_no_response_outside_the_document() {
    let Ok(st) = std::env::var("RFP_SCHEMATHESIS") else {
        eprintln!(
            "SKIPPED schemathesis_finds_no_server_error…: set RFP_SCHEMATHESIS to the schemathesis executable (.ci/run does)"
        );
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let (mut api, base, key) = start(dir.path());
    let report = dir.path().join("junit.xml");
    let out = tokio::task::spawn_blocking(move || {
        Command::new(st)
            .args([
                "run",
                &format!("{base}/openapi.json"),
                "--checks",
                "not_a_server_error,response_schema_conformance,content_type_conformance",
                "--max-examples",
                "25",
                "--seed",
                "20261129",
                "--request-timeout",
                "30",
                // A stream that stays open by design (10 s on a proposal with no
                // job): each example would wait it out. Its events are tested in
                // tests/tests/api.rs.
                "--exclude-path",
                "/api/proposals/{id}/analysis-events",
                "--header",
                &format!("Authorization: Bearer {key}"),
                "--report",
                "junit",
                "--report-junit-path",
                &report.display().to_string(),
            ])
            .env("SCHEMATHESIS_HOOKS", "")
            .output()
            .expect("schemathesis runs")
    })
    .await
    .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    // The whole report, kept beside the other artifacts; the failures in the message.
    if let Ok(dir) = std::env::var("RFP_TEST_ARTIFACTS") {
        let _ = std::fs::write(
            PathBuf::from(dir).join("schemathesis.txt"),
            stdout.as_bytes(),
        );
    }
    let tail: String = match stdout.find("FAILURES") {
        Some(at) => stdout[at..].chars().take(20_000).collect(),
        None => stdout.lines().rev().take(40).collect::<Vec<_>>().join("\n"),
    };
    assert!(
        out.status.success(),
        "schemathesis found failures:\n{tail}\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(stdout.contains("Tested: 33"), "{tail}");
    // The service is still alive and well after the fuzzing.
    assert!(
        api.wait(Duration::from_millis(10)).is_none(),
        "{}",
        api.logs()
    );
    assert!(!api.logs().contains("panicked"), "{}", api.logs());
}
