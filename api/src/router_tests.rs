//! The router as served ([`crate::app::router`]), driven request by request with
//! `tower::ServiceExt::oneshot`: no listener, no port, no client. What every answer
//! must look like (the problem document), the rejections of a body or a query, the
//! outcomes of authentication, another owner's proposal, and the long-poll deadline
//! under paused time.

use axum::Router;
use axum::body::Body;
use axum::http::{Method, Request, StatusCode, header};
use http_body_util::BodyExt;
use serde_json::{Value, json};
use tower::ServiceExt;

use rfp_shared::settings::Settings;

struct Rig {
    router: Router,
    _dir: tempfile::TempDir,
}

/// The router as served, on the embedded backend with `overrides`.
async fn rig(overrides: &[(&str, &str)]) -> Rig {
    rig_with(overrides, true).await
}

/// `served`: with the request time-outs and limits of [`crate::app::router`]; without,
/// only the routes and their middleware ([`crate::app::app`]), for paused time: the
/// SQLite store answers on blocking threads, and while one works a paused clock runs
/// ahead to the next timer, which would be the request's time-out.
async fn rig_with(overrides: &[(&str, &str)], served: bool) -> Rig {
    let dir = tempfile::tempdir().unwrap();
    let mut env: Vec<(String, String)> = vec![
        ("RFP_DATA_DIR".into(), dir.path().display().to_string()),
        ("RFP_LISTEN_ADDR".into(), "127.0.0.1:0".into()),
    ];
    env.extend(
        overrides
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string())),
    );
    let settings = Settings::from_sources(None, env).unwrap();
    let backends = rfp_shared::backends::connect(&settings).await.unwrap();
    let router = if served {
        crate::app::router(&settings, &backends).unwrap()
    } else {
        let auth = crate::auth::Authenticator::from_settings(&settings).unwrap();
        crate::app::app(crate::app::app_state(&settings, &backends, auth))
    };
    Rig { router, _dir: dir }
}

struct Answer {
    status: StatusCode,
    headers: axum::http::HeaderMap,
    body: Value,
}

impl Rig {
    /// A new proposal's id.
    async fn create(&self, token: Option<&str>, title: &str) -> String {
        let a = self
            .send(request(
                Method::POST,
                "/api/proposals",
                token,
                Some(json!({ "title": title })),
            ))
            .await;
        assert_eq!(a.status, StatusCode::CREATED, "{}", a.body);
        a.body["id"].as_str().unwrap().to_owned()
    }

    /// Sends `request` as a client on this machine would: with a `Host` (HTTP/1.1
    /// always has one) of 127.0.0.1 unless the test gave another.
    async fn send(&self, mut request: Request<Body>) -> Answer {
        if !request.headers().contains_key(header::HOST) {
            request
                .headers_mut()
                .insert(header::HOST, "127.0.0.1:8080".parse().unwrap());
        }
        let response = self.router.clone().oneshot(request).await.unwrap();
        let status = response.status();
        let headers = response.headers().clone();
        let bytes = response.into_body().collect().await.unwrap().to_bytes();
        let body = serde_json::from_slice(&bytes).unwrap_or(Value::Null);
        Answer {
            status,
            headers,
            body,
        }
    }
}

fn request(method: Method, uri: &str, token: Option<&str>, body: Option<Value>) -> Request<Body> {
    let mut r = Request::builder().method(method).uri(uri);
    if let Some(token) = token {
        r = r.header(header::AUTHORIZATION, format!("Bearer {token}"));
    }
    match body {
        Some(body) => r
            .header(header::CONTENT_TYPE, "application/json")
            .body(Body::from(body.to_string()))
            .unwrap(),
        None => r.body(Body::empty()).unwrap(),
    }
}

/// The shape of every error: RFC 9457 with our stable code, and its request id.
fn assert_problem(a: &Answer, status: u16, code: &str) {
    assert_eq!(a.status.as_u16(), status, "{}", a.body);
    assert_eq!(
        a.headers[header::CONTENT_TYPE],
        crate::error::PROBLEM_JSON,
        "{code}"
    );
    assert!(a.headers.contains_key("x-request-id"), "{code}");
    assert_eq!(a.body["code"], code);
    assert_eq!(a.body["status"], status);
    assert_eq!(a.body["type"], format!("urn:rfp-analyzer:problem:{code}"));
    assert!(a.body["title"].is_string() && a.body["detail"].is_string());
}

#[tokio::test]
async fn routing_errors_and_rejected_bodies_are_problems_with_their_code() {
    let rig = rig(&[]).await;
    let id = rig.create(None, "t").await;
    let not_json = Request::post("/api/proposals")
        .header(header::CONTENT_TYPE, "application/json")
        .body(Body::from("{\"title\": "))
        .unwrap();
    assert_problem(&rig.send(not_json).await, 400, "invalid_json");
    let status = format!("/api/proposals/{id}/analysis-status?wait=-1");
    let analyze = format!("/api/proposals/{id}/analyze-rfp");
    let cases: [(Method, &str, Option<Value>, u16, &str); 8] = [
        (Method::GET, "/api/nowhere", None, 404, "route_not_found"),
        (
            Method::PATCH,
            "/api/proposals",
            None,
            405,
            "method_not_allowed",
        ),
        (
            Method::POST,
            "/api/proposals",
            Some(json!({})),
            422,
            "invalid_body",
        ),
        (
            Method::POST,
            "/api/proposals",
            Some(json!({ "title": " " })),
            422,
            "invalid_title",
        ),
        (
            Method::GET,
            "/api/proposals/not-a-uuid",
            None,
            404,
            "proposal_not_found",
        ),
        (
            Method::GET,
            "/api/proposals?cursor=garbage",
            None,
            400,
            "invalid_cursor",
        ),
        (Method::GET, &status, None, 400, "invalid_wait"),
        (Method::POST, &analyze, Some(json!({})), 409, "no_document"),
    ];
    for (method, path, body, status, code) in cases {
        let a = rig.send(request(method, path, None, body)).await;
        assert_problem(&a, status, code);
    }

    // Without authentication the owner is named by a header, which must be one
    // (at most 256 bytes).
    let mut bad_owner = request(Method::GET, "/api/proposals", None, None);
    bad_owner
        .headers_mut()
        .insert(crate::auth::OWNER_HEADER, "o".repeat(300).parse().unwrap());
    assert_problem(&rig.send(bad_owner).await, 400, "invalid_owner");
}

#[tokio::test]
async fn loopback_mode_refuses_rebound_hosts_and_cross_origin_writes() {
    let rig = rig(&[("RFP_ALLOWED_HOSTS", "rfp.internal")]).await;
    let id = rig.create(None, "mine").await;
    let with = |method: Method, path: &str, headers: &[(&str, &str)]| {
        let mut r = request(method, path, None, None);
        for (k, v) in headers {
            r.headers_mut().insert(
                axum::http::HeaderName::from_bytes(k.as_bytes()).unwrap(),
                axum::http::HeaderValue::from_str(v).unwrap(),
            );
        }
        r
    };
    // A page at attacker.example, its name rebound to 127.0.0.1, lists nothing.
    let a = rig
        .send(with(
            Method::GET,
            "/api/proposals",
            &[("host", "attacker.example:8080")],
        ))
        .await;
    assert_problem(&a, 421, "host_not_allowed");
    let a = rig
        .send(with(
            Method::GET,
            &format!("/api/proposals/{id}/compliance-matrix?format=csv"),
            &[("host", "attacker.example:8080")],
        ))
        .await;
    assert_problem(&a, 421, "host_not_allowed");
    // The exception the operator named passes.
    let a = rig
        .send(with(
            Method::GET,
            "/api/proposals",
            &[("host", "rfp.internal")],
        ))
        .await;
    assert_eq!(a.status, StatusCode::OK, "{}", a.body);
    // A page of another origin cannot delete; the service's own page can.
    let path = format!("/api/proposals/{id}");
    let a = rig
        .send(with(
            Method::DELETE,
            &path,
            &[("origin", "http://evil.example")],
        ))
        .await;
    assert_problem(&a, 403, "cross_origin_refused");
    let a = rig
        .send(with(
            Method::GET,
            &path,
            &[("origin", "http://evil.example")],
        ))
        .await;
    assert_eq!(a.status, StatusCode::OK, "still there: {}", a.body);
    let a = rig
        .send(with(
            Method::DELETE,
            &path,
            &[("origin", "http://127.0.0.1:8080")],
        ))
        .await;
    assert_eq!(a.status, StatusCode::NO_CONTENT, "{}", a.body);
}

#[tokio::test]
async fn every_answer_has_nosniff_and_a_content_security_policy() {
    let rig = rig(&[]).await;
    let id = rig.create(None, "t").await;
    for path in [
        "/api/proposals".to_owned(),
        format!("/api/proposals/{id}"),
        format!("/api/proposals/{id}/compliance-matrix?format=csv"),
        format!("/api/proposals/{id}/deadlines.ics"),
        "/api/nowhere".to_owned(),
        "/healthz".to_owned(),
        "/openapi.json".to_owned(),
        "/".to_owned(),
    ] {
        let a = rig.send(request(Method::GET, &path, None, None)).await;
        assert_eq!(
            a.headers[header::X_CONTENT_TYPE_OPTIONS],
            "nosniff",
            "{path}"
        );
        let csp = a.headers[header::CONTENT_SECURITY_POLICY].to_str().unwrap();
        assert!(csp.contains("frame-ancestors 'none'"), "{path}: {csp}");
    }
    // API answers and exports allow nothing to load or run; the page keeps its own.
    let a = rig
        .send(request(Method::GET, "/api/proposals", None, None))
        .await;
    assert!(
        a.headers[header::CONTENT_SECURITY_POLICY]
            .to_str()
            .unwrap()
            .starts_with("default-src 'none'")
    );
    let a = rig.send(request(Method::GET, "/", None, None)).await;
    assert!(
        a.headers[header::CONTENT_SECURITY_POLICY]
            .to_str()
            .unwrap()
            .starts_with("default-src 'self'")
    );
}

#[tokio::test]
async fn authentication_outcomes_and_another_owners_proposal() {
    let (alice, alice_entry) = crate::auth::new_api_key("alice", false).unwrap();
    let (bob, bob_entry) = crate::auth::new_api_key("bob", false).unwrap();
    let keys = format!("{alice_entry},{bob_entry}");
    let rig = rig(&[("RFP_AUTH", "required"), ("RFP_API_KEYS", &keys)]).await;

    let a = rig
        .send(request(Method::GET, "/api/proposals", None, None))
        .await;
    assert_problem(&a, 401, "unauthorized");
    assert!(a.headers.contains_key(header::WWW_AUTHENTICATE));
    let a = rig
        .send(request(
            Method::GET,
            "/api/proposals",
            Some("rfpk_wrong"),
            None,
        ))
        .await;
    assert_problem(&a, 401, "unauthorized");

    let id = rig.create(Some(&alice), "alice's").await;
    let own = rig
        .send(request(
            Method::GET,
            &format!("/api/proposals/{id}"),
            Some(&alice),
            None,
        ))
        .await;
    assert_eq!(own.status, StatusCode::OK);
    // Bob is told there is no such proposal, exactly as for one that does not exist.
    for (method, path) in [
        (Method::GET, format!("/api/proposals/{id}")),
        (Method::DELETE, format!("/api/proposals/{id}")),
        (Method::GET, format!("/api/proposals/{id}/analysis-status")),
        (Method::POST, format!("/api/proposals/{id}/analyze-rfp")),
    ] {
        let body = (method == Method::POST).then(|| json!({}));
        let a = rig.send(request(method, &path, Some(&bob), body)).await;
        assert_problem(&a, 404, "proposal_not_found");
    }
    // Prompt administration is for admins only.
    let a = rig
        .send(request(Method::GET, "/api/prompts", Some(&bob), None))
        .await;
    assert_problem(&a, 403, "forbidden");
    // Health needs no credential.
    let a = rig.send(request(Method::GET, "/healthz", None, None)).await;
    assert_eq!(a.status, StatusCode::OK);
}

/// The long poll's deadline under paused time: a `wait=20` on a job that never moves
/// answers after 20 virtual seconds, at once in real time, with the state unchanged.
#[tokio::test(start_paused = true)]
async fn a_long_poll_answers_at_its_deadline_when_nothing_changes() {
    let rig = rig_with(&[("RFP_EMBEDDED_WORKER", "false")], false).await;
    let id = rig.create(None, "t").await;
    let upload = Request::put(format!("/api/proposals/{id}/rfp?filename=rfp.md"))
        .header(header::CONTENT_TYPE, "text/markdown")
        .body(Body::from(rfp_worker::SAMPLE_RFP))
        .unwrap();
    assert_eq!(rig.send(upload).await.status, StatusCode::CREATED);
    let asked = rig
        .send(request(
            Method::POST,
            &format!("/api/proposals/{id}/analyze-rfp"),
            None,
            Some(json!({})),
        ))
        .await;
    assert_eq!(asked.status, StatusCode::ACCEPTED, "{}", asked.body);

    // No worker runs: the job stays queued.
    let real = std::time::Instant::now();
    let virtual_start = tokio::time::Instant::now();
    let a = rig
        .send(request(
            Method::GET,
            &format!("/api/proposals/{id}/analysis-status?wait=20"),
            None,
            None,
        ))
        .await;
    assert_eq!(a.status, StatusCode::OK, "{}", a.body);
    assert_eq!(a.body["status"], "queued", "{}", a.body);
    let waited = virtual_start.elapsed();
    assert!(
        waited >= std::time::Duration::from_secs(20) && waited < std::time::Duration::from_secs(21),
        "{waited:?}"
    );
    assert!(
        real.elapsed() < std::time::Duration::from_secs(10),
        "{:?}",
        real.elapsed()
    );

    // Past 20 s, a wait is 20 s.
    let virtual_start = tokio::time::Instant::now();
    let a = rig
        .send(request(
            Method::GET,
            &format!("/api/proposals/{id}/analysis-status?wait=3600"),
            None,
            None,
        ))
        .await;
    assert_eq!(a.status, StatusCode::OK);
    assert!(virtual_start.elapsed() < std::time::Duration::from_secs(21));
}
