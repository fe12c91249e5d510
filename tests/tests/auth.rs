//! Authentication and tenant isolation, with tokens from an issuer of our own (a
//! JWKS on loopback, like a Cognito user pool) and API keys; and the HTTP hygiene
//! around every route: rate limits, CORS, compression, request ids.

use std::sync::Arc;
use std::time::Duration;

use reqwest::{Method, StatusCode};
use rfp_client::Analyze;
use rfp_tests::issuer::{Issuer, Key, hs256};
use rfp_tests::process::Service;
use rfp_tests::{TestApp, TestBackend};
use serde_json::{Value, json};

const AUDIENCE: &str = "rfp-web-client";

/// The service with authentication on: tokens from `issuer`, plus two API keys
/// (`ci-bot`, admin; `reporter`, not), whose secrets are returned.
async fn start(
    backend: &TestBackend,
    issuer: &Issuer,
    extra: &[(&str, &str)],
) -> (TestApp, String, String) {
    let (admin_key, admin_entry) = rfp_api::auth::new_api_key("ci-bot", true).unwrap();
    let (plain_key, plain_entry) = rfp_api::auth::new_api_key("reporter", false).unwrap();
    let keys = format!("{admin_entry},{plain_entry}");
    let mut overrides = vec![
        ("RFP_AUTH", "required"),
        ("RFP_JWT_ISSUER", issuer.url.as_str()),
        ("RFP_JWT_AUDIENCE", AUDIENCE),
        ("RFP_API_KEYS", keys.as_str()),
    ];
    overrides.extend_from_slice(extra);
    let app = TestApp::spawn_with_model(backend, &overrides, |_| {
        Arc::new(rfp_worker::model::ExtractiveAnalyzer)
    })
    .await;
    (app, admin_key, plain_key)
}

async fn create(app: &TestApp, token: &str, title: &str) -> reqwest::Response {
    app.as_owner(token)
        .request(Method::POST, "/api/proposals")
        .json(&json!({ "title": title }))
        .send()
        .await
        .unwrap()
}

async fn get(app: &TestApp, token: &str, path: &str) -> reqwest::Response {
    app.as_owner(token)
        .request(Method::GET, path)
        .send()
        .await
        .unwrap()
}

async fn code_of(r: reqwest::Response) -> (StatusCode, String) {
    let status = r.status();
    let body: Value = r.json().await.unwrap_or(Value::Null);
    (status, body["code"].as_str().unwrap_or("").to_owned())
}

#[tokio::test]
async fn without_credentials_the_api_answers_401_and_health_stays_open() {
    let issuer = Issuer::start().await;
    let (app, _, _) = start(&TestBackend::Embedded, &issuer, &[]).await;
    let r = app
        .http
        .get(app.url("/api/proposals"))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 401);
    assert_eq!(
        r.headers()["www-authenticate"],
        "Bearer realm=\"rfp-analyzer\""
    );
    assert_eq!(r.headers()["content-type"], "application/problem+json");
    assert_eq!(code_of(r).await.1, "unauthorized");
    // The owner header that names the caller when auth is off means nothing now.
    let r = app
        .http
        .post(app.url("/api/proposals"))
        .header("x-rfp-owner", "alice")
        .json(&json!({ "title": "t" }))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 401);
    for path in ["/healthz", "/readyz", "/metrics"] {
        let r = app.http.get(app.url(path)).send().await.unwrap();
        assert_eq!(r.status(), 200, "{path}");
    }
    app.stop().await;
}

#[tokio::test]
async fn another_owners_proposal_answers_404_everywhere() {
    let issuer = Issuer::start().await;
    for backend in TestBackend::all("another_owners_proposal_answers_404_everywhere") {
        let (app, _, _) = start(&backend, &issuer, &[]).await;
        let alice = issuer.sign(Key::Rsa, &issuer.claims("alice-sub", AUDIENCE));
        let bob = issuer.sign(Key::Ec, &issuer.claims("bob-sub", AUDIENCE));

        let r = create(&app, &alice, "Alice's tender").await;
        assert_eq!(r.status(), 201, "{backend:?}");
        let id = r.json::<Value>().await.unwrap()["id"]
            .as_str()
            .unwrap()
            .to_owned();
        let (as_alice, as_bob) = (app.as_owner(&alice), app.as_owner(&bob));
        let r = as_alice
            .request(Method::PUT, &format!("/api/proposals/{id}/rfp"))
            .header("content-type", "text/plain")
            .body("Request for proposals. Deadline: 1 March 2027. Budget: USD 50,000.")
            .send()
            .await
            .unwrap();
        assert!(r.status().is_success(), "{backend:?}: {}", r.status());
        let job = as_alice.analyze(&id, &Analyze::default()).await.unwrap();
        assert_eq!(job.status, 202);
        let done = rfp_tests::wait_until_final_with(
            &app.http,
            &app.base,
            &id,
            Some(&alice),
            Duration::from_secs(30),
        )
        .await;
        assert_eq!(done["status"], "completed", "{backend:?}: {done}");

        // Bob sees nothing of it, and cannot tell it exists.
        for path in [
            format!("/api/proposals/{id}"),
            format!("/api/proposals/{id}/analysis-status"),
            format!("/api/proposals/{id}/analysis-events"),
        ] {
            let (status, code) = code_of(get(&app, &bob, &path).await).await;
            assert_eq!(status, 404, "{backend:?} {path}");
            assert_eq!(code, "proposal_not_found", "{path}");
        }
        let force = Analyze {
            force: true,
            ..Analyze::default()
        };
        let e = as_bob.analyze(&id, &force).await.unwrap_err();
        assert_eq!(e.status(), Some(404), "{backend:?}: bob cannot re-run it");
        let e = as_bob
            .upload(&id, b"overwritten".to_vec(), "text/plain", None)
            .await
            .unwrap_err();
        assert_eq!(e.status(), Some(404), "{backend:?}: bob cannot replace it");
        let e = as_bob.delete_proposal(&id).await.unwrap_err();
        assert_eq!(e.status(), Some(404), "{backend:?}: bob cannot delete it");
        let listed: Value = get(&app, &bob, "/api/proposals")
            .await
            .json()
            .await
            .unwrap();
        assert_eq!(listed["items"], json!([]), "{backend:?}: {listed}");

        // Alice still has it, result and all.
        let mine: Value = get(&app, &alice, "/api/proposals")
            .await
            .json()
            .await
            .unwrap();
        assert_eq!(mine["items"].as_array().unwrap().len(), 1, "{mine}");
        let status: Value = get(
            &app,
            &alice,
            &format!("/api/proposals/{id}/analysis-status"),
        )
        .await
        .json()
        .await
        .unwrap();
        assert_eq!(status["status"], "completed");
        app.stop().await;
    }
}

#[tokio::test]
async fn bad_tokens_are_refused_with_a_reason() {
    let issuer = Issuer::start().await;
    let (app, _, _) = start(&TestBackend::Embedded, &issuer, &[]).await;
    let good = issuer.claims("alice-sub", AUDIENCE);
    let now = chrono::Utc::now().timestamp();
    let with = |patch: Value| {
        let mut c = good.clone();
        for (k, v) in patch.as_object().unwrap() {
            if v.is_null() {
                c.as_object_mut().unwrap().remove(k);
            } else {
                c[k] = v.clone();
            }
        }
        c
    };
    let valid = issuer.sign(Key::Rsa, &good);
    // One character inside the signature (the last one carries padding bits).
    let mut tampered = valid.clone().into_bytes();
    let at = tampered.len() - 10;
    tampered[at] = if tampered[at] == b'A' { b'B' } else { b'A' };
    let tampered = String::from_utf8(tampered).unwrap();
    let forged_claims = {
        let parts: Vec<&str> = valid.split('.').collect();
        let other = issuer.sign(Key::Rsa, &with(json!({ "sub": "mallory" })));
        let other_claims = other.split('.').nth(1).unwrap().to_owned();
        format!("{}.{}.{}", parts[0], other_claims, parts[2])
    };
    let cases: Vec<(&str, String, &str)> = vec![
        (
            "expired",
            issuer.sign(Key::Rsa, &with(json!({ "exp": now - 3600 }))),
            "expired",
        ),
        (
            "not valid before next hour",
            issuer.sign(Key::Rsa, &with(json!({ "nbf": now + 3600 }))),
            "not valid yet",
        ),
        (
            "a subject in the API keys' namespace",
            issuer.sign(Key::Rsa, &with(json!({ "sub": "key:reporter" }))),
            "sub",
        ),
        (
            "another issuer",
            issuer.sign(Key::Rsa, &with(json!({ "iss": "https://evil.example" }))),
            "issuer",
        ),
        (
            "another audience",
            issuer.sign(Key::Ec, &with(json!({ "aud": "someone-else" }))),
            "audience",
        ),
        (
            "no exp",
            issuer.sign(Key::Rsa, &with(json!({ "exp": null }))),
            "exp",
        ),
        (
            "no sub",
            issuer.sign(Key::Rsa, &with(json!({ "sub": null }))),
            "sub",
        ),
        ("tampered signature", tampered, "signature"),
        (
            "claims swapped under a signature",
            forged_claims,
            "signature",
        ),
        (
            "HS256 with the key id of the RSA key",
            hs256(b"secret", &json!({ "alg": "HS256", "kid": "rsa-1" }), &good),
            "HS256",
        ),
        (
            "alg none",
            format!(
                "{}.{}.",
                base64_url(&json!({ "alg": "none" }).to_string()),
                base64_url(&good.to_string())
            ),
            "",
        ),
        (
            "a key the issuer does not publish",
            issuer.sign_with_header(Key::Rsa, &json!({ "alg": "RS256", "kid": "rsa-9" }), &good),
            "does not publish",
        ),
        (
            "an EC signature claimed as RS256",
            issuer.sign_with_header(Key::Ec, &json!({ "alg": "RS256", "kid": "ec-1" }), &good),
            "",
        ),
        ("not a JWT", "hello".to_owned(), "not a valid JWT"),
        (
            "an unknown API key",
            "rfpk_0000000000".to_owned(),
            "API key",
        ),
    ];
    for (what, token, reason) in cases {
        let r = get(&app, &token, "/api/proposals").await;
        assert_eq!(r.status(), 401, "{what}");
        let body: Value = r.json().await.unwrap();
        assert_eq!(body["code"], "unauthorized", "{what}");
        assert!(
            body["detail"].as_str().unwrap().contains(reason),
            "{what}: {body}"
        );
    }
    let r = get(&app, &valid, "/api/proposals").await;
    assert_eq!(r.status(), 200, "the untouched token passes");
    let r = app
        .http
        .get(app.url("/api/proposals"))
        .header("authorization", format!("Basic {valid}"))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 401, "not a bearer scheme");
    // Unknown kids refetch the key set, but not on every request.
    assert!(issuer.fetches() <= 2, "{} fetches", issuer.fetches());
    app.stop().await;
}

fn base64_url(s: &str) -> String {
    use base64::Engine;
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(s)
}

#[tokio::test]
async fn cognito_access_tokens_and_api_keys_identify_their_owner() {
    let issuer = Issuer::start().await;
    let (app, admin_key, plain_key) = start(&TestBackend::Embedded, &issuer, &[]).await;
    // A Cognito access token: no `aud`, the app client in `client_id`.
    let now = chrono::Utc::now().timestamp();
    let access = issuer.sign(
        Key::Rsa,
        &json!({
            "iss": issuer.url, "sub": "5f0c-carol", "client_id": AUDIENCE,
            "token_use": "access", "scope": "openid", "iat": now, "exp": now + 600,
            "cognito:groups": ["rfp-admins"],
        }),
    );
    let r = create(&app, &access, "Carol's").await;
    assert_eq!(r.status(), 201);
    assert_eq!(r.json::<Value>().await.unwrap()["owner"], "5f0c-carol");

    // A key, as a bearer token or in x-api-key: it owns what `key:<id>` owns.
    let r = create(&app, &plain_key, "Reporter's").await;
    assert_eq!(r.status(), 201);
    assert_eq!(r.json::<Value>().await.unwrap()["owner"], "key:reporter");
    // A token whose subject is the key's id sees nothing of the key's.
    let namesake = issuer.sign(Key::Rsa, &issuer.claims("reporter", AUDIENCE));
    let r = get(&app, &namesake, "/api/proposals").await;
    assert_eq!(r.status(), 200);
    let theirs: Value = r.json().await.unwrap();
    assert!(theirs["items"].as_array().unwrap().is_empty(), "{theirs}");
    // The scheme is case-insensitive.
    let r = app
        .http
        .get(app.url("/api/proposals"))
        .header("authorization", format!("BEARER {plain_key}"))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 200);
    let listed: Value = app
        .http
        .get(app.url("/api/proposals"))
        .header("x-api-key", &plain_key)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(listed["items"].as_array().unwrap().len(), 1, "{listed}");
    assert_eq!(listed["items"][0]["title"], "Reporter's");
    let _ = admin_key;
    app.stop().await;
}

#[tokio::test]
async fn prompt_administration_needs_the_admin_group_or_an_admin_key() {
    let issuer = Issuer::start().await;
    let (app, admin_key, plain_key) = start(&TestBackend::Embedded, &issuer, &[]).await;
    let member = issuer.sign(Key::Rsa, &issuer.claims("writer", AUDIENCE));
    let mut admin_claims = issuer.claims("boss", AUDIENCE);
    admin_claims["cognito:groups"] = json!(["editors", "rfp-admins"]);
    let admin = issuer.sign(Key::Ec, &admin_claims);
    let prompt = json!({
        "name": "RFP main", "section": "step-1", "sub_section": "RFP / Call for Proposals",
        "system_prompt": "You read RFPs.", "user_prompt_template": "Read {rfp_text}",
        "output_format": "JSON with summary and extracted_data",
    });
    for (who, token) in [("group member", &member), ("plain key", &plain_key)] {
        let (status, code) = code_of(get(&app, token, "/api/prompts").await).await;
        assert_eq!(
            (status.as_u16(), code.as_str()),
            (403, "forbidden"),
            "{who}"
        );
        let e = app
            .as_owner(token)
            .push_prompt(None, &prompt)
            .await
            .unwrap_err();
        assert_eq!(e.code(), Some("forbidden"), "{who} cannot write a prompt");
    }
    let created = app
        .as_owner(&admin)
        .push_prompt(None, &prompt)
        .await
        .unwrap();
    let id = created["id"].as_str().unwrap().to_owned();
    let r = get(&app, &admin_key, &format!("/api/prompts/{id}")).await;
    assert_eq!(r.status(), 200);
    app.stop().await;
}

#[tokio::test]
async fn an_owner_over_its_rate_limit_gets_429_with_retry_after_and_others_do_not() {
    let issuer = Issuer::start().await;
    let (app, _, _) = start(
        &TestBackend::Embedded,
        &issuer,
        &[("RFP_RATE_LIMIT_PER_MINUTE", "5")],
    )
    .await;
    let alice = issuer.sign(Key::Rsa, &issuer.claims("alice", AUDIENCE));
    let bob = issuer.sign(Key::Rsa, &issuer.claims("bob", AUDIENCE));
    for i in 0..5 {
        assert_eq!(
            get(&app, &alice, "/api/proposals").await.status(),
            200,
            "{i}"
        );
    }
    let r = get(&app, &alice, "/api/proposals").await;
    assert_eq!(r.status(), 429);
    let after: u64 = r.headers()["retry-after"]
        .to_str()
        .unwrap()
        .parse()
        .unwrap();
    assert!((1..=60).contains(&after), "{after}");
    assert_eq!(code_of(r).await.1, "rate_limited");
    assert_eq!(get(&app, &bob, "/api/proposals").await.status(), 200);
    // Health checks are not rate limited.
    for _ in 0..10 {
        assert_eq!(
            app.http
                .get(app.url("/healthz"))
                .send()
                .await
                .unwrap()
                .status(),
            200
        );
    }
    app.stop().await;
}

#[tokio::test]
async fn cors_compression_and_request_ids() {
    let app = TestApp::spawn(&[("RFP_CORS_ORIGINS", "https://app.example.org")]).await;
    let preflight = |origin: &'static str| {
        app.http
            .request(reqwest::Method::OPTIONS, app.url("/api/proposals"))
            .header("origin", origin)
            .header("access-control-request-method", "POST")
            .header(
                "access-control-request-headers",
                "authorization,content-type",
            )
            .send()
    };
    let r = preflight("https://app.example.org").await.unwrap();
    assert!(r.status().is_success(), "{}", r.status());
    assert_eq!(
        r.headers()["access-control-allow-origin"],
        "https://app.example.org"
    );
    let r = preflight("https://evil.example").await.unwrap();
    assert!(r.headers().get("access-control-allow-origin").is_none());

    for i in 0..20 {
        app.create_proposal(&format!("proposal number {i} with a title long enough"))
            .await;
    }
    let r = app
        .http
        .get(app.url("/api/proposals"))
        .header("accept-encoding", "gzip")
        .header("x-request-id", "req-abc-123")
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 200);
    assert_eq!(r.headers()["content-encoding"], "gzip");
    assert_eq!(r.headers()["x-request-id"], "req-abc-123");
    let r = app
        .http
        .get(app.url("/api/proposals"))
        .send()
        .await
        .unwrap();
    assert!(r.headers().get("content-encoding").is_none());
    assert!(!r.headers()["x-request-id"].is_empty(), "one is made up");
    app.stop().await;
}

#[test]
fn the_api_refuses_to_start_open_to_the_network_without_auth() {
    let dir = tempfile::tempdir().unwrap();
    let cases: [(&[(&str, &str)], &str); 3] = [
        (
            &[("RFP_LISTEN_ADDR", "0.0.0.0:0")],
            "is `none`, but the API would listen on 0.0.0.0:0",
        ),
        (
            &[("RFP_LISTEN_ADDR", "0.0.0.0:0"), ("RFP_AUTH", "required")],
            "no credential can be accepted",
        ),
        (
            &[("RFP_AUTH", "required"), ("RFP_API_KEYS", "ci:123")],
            "RFP_API_KEYS",
        ),
    ];
    for (i, (env, says)) in cases.iter().enumerate() {
        let data = dir.path().join(i.to_string());
        let data = data.display().to_string();
        let mut env = env.to_vec();
        env.push(("RFP_DATA_DIR", &data));
        let mut api = Service::start("rfp-api", &[], &env, dir.path(), &format!("api-{i}"));
        let status = api
            .wait(Duration::from_secs(20))
            .expect("the API exits instead of serving");
        assert_eq!(status.code(), Some(2), "{env:?}: {}", api.logs());
        let logs = api.logs();
        assert!(logs.contains(says), "{env:?}: {logs}");
        assert!(logs.contains("invalid setting RFP_"), "{logs}");
    }
}

#[tokio::test]
async fn a_request_over_its_time_limit_is_a_504_problem() {
    let app = TestApp::spawn(&[("RFP_REQUEST_TIMEOUT_SECS", "1")]).await;
    let id = app.create_proposal("slow").await;
    // A long poll of 3 s for a version that will not come: cut at 1 s.
    let started = std::time::Instant::now();
    let r = app
        .http
        .get(app.url(&format!(
            "/api/proposals/{id}/analysis-status?wait=3&since=1000000"
        )))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 504);
    assert!(started.elapsed() < Duration::from_millis(2500));
    assert_eq!(r.headers()["content-type"], "application/problem+json");
    assert_eq!(code_of(r).await.1, "request_timeout");
    app.stop().await;
}
