//! Hostile inputs and hostile clients, generated here (never stored): one-line texts
//! of megabytes, a small DOCX that inflates to 200 million characters, deep HTML,
//! slow and idle connections, documents claimed by their hash, documents replaced
//! mid-job. Each test is bounded in count and time and stops by itself; what it
//! shows is listed in RELIABILITY.md ("Hostile inputs").

use std::io::{Read, Write};
use std::net::TcpStream;
use std::time::{Duration, Instant};

use rfp_shared::ids::{BlobKey, ProposalId};
use rfp_tests::process::Service;
use rfp_tests::{TestApp, TestBackend};
use serde_json::{Value, json};

const START_WITHIN: Duration = Duration::from_secs(20);

/// One line of about `bytes` bytes, dense in what the analyzer looks for.
fn one_line(bytes: usize) -> Vec<u8> {
    let unit = "Proposals must be submitted by 15 March 2027 at 17:00 CET to bids@agency.example.org; the grant is up to EUR 250,000 per award, e.g. the ceiling. ";
    unit.repeat(bytes / unit.len() + 1).into_bytes()
}

/// A DOCX of about a megabyte whose one paragraph holds `chars` characters.
fn inflating_docx(chars: usize) -> Vec<u8> {
    let mut buf = std::io::Cursor::new(Vec::new());
    let mut zip = zip::ZipWriter::new(&mut buf);
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated)
        .compression_level(Some(9));
    zip.start_file("word/document.xml", options).unwrap();
    zip.write_all(br#"<w:document xmlns:w="w"><w:body><w:p><w:r><w:t>"#)
        .unwrap();
    let chunk = "A".repeat(1 << 20);
    for _ in 0..chars / chunk.len() {
        zip.write_all(chunk.as_bytes()).unwrap();
    }
    zip.write_all(b"</w:t></w:r></w:p></w:body></w:document>")
        .unwrap();
    zip.finish().unwrap();
    buf.into_inner()
}

/// A client of a real `rfp-api` process, naming its owner in `x-rfp-owner`.
struct Client {
    http: reqwest::Client,
    base: String,
}

impl Client {
    fn new(api: &mut Service) -> Self {
        let addr = api.wait_for_addr(START_WITHIN);
        Self {
            http: reqwest::Client::new(),
            base: format!("http://{addr}"),
        }
    }

    async fn submit(&self, owner: &str, bytes: Vec<u8>, content_type: &str) -> String {
        rfp_tests::submit_as(&self.http, &self.base, owner, bytes, content_type)
            .await
            .0
    }

    /// The status, and the size of its answer in bytes.
    async fn status(&self, owner: &str, id: &str) -> (Value, usize) {
        let body = self
            .http
            .get(format!("{}/api/proposals/{id}/analysis-status", self.base))
            .header("x-rfp-owner", owner)
            .send()
            .await
            .unwrap()
            .bytes()
            .await
            .unwrap();
        (serde_json::from_slice(&body).unwrap(), body.len())
    }

    /// The final status, and the size of its answer in bytes.
    async fn wait_final(&self, owner: &str, id: &str, within: Duration) -> (Value, usize) {
        rfp_tests::wait_until_final_as(&self.http, &self.base, id, owner, within).await;
        self.status(owner, id).await
    }

    async fn wait_for_stage(&self, owner: &str, id: &str, stage: &str) {
        let deadline = Instant::now() + Duration::from_secs(120);
        loop {
            let (s, _) = self.status(owner, id).await;
            if s["stage"] == stage {
                return;
            }
            assert!(Instant::now() < deadline, "never {stage}: {s}");
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }
}

fn api(dir: &std::path::Path, extra: &[(&str, &str)]) -> Service {
    let data = dir.join("data").display().to_string();
    let mut env = vec![
        ("RFP_DATA_DIR", data.as_str()),
        ("RFP_LISTEN_ADDR", "127.0.0.1:0"),
        ("RFP_POLL_INTERVAL_MS", "50"),
    ];
    env.extend_from_slice(extra);
    Service::start("rfp-api", &[], &env, dir, "api")
}

/// A process's resident memory now and at its peak, in MiB (`/proc`, Linux).
fn rss_mib(pid: i32) -> (u64, u64) {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).unwrap_or_default();
    let field = |name: &str| {
        status
            .lines()
            .find(|l| l.starts_with(name))
            .and_then(|l| l.split_whitespace().nth(1))
            .and_then(|kb| kb.parse::<u64>().ok())
            .map_or(0, |kb| kb / 1024)
    };
    (field("VmRSS:"), field("VmHWM:"))
}

fn open_descriptors(pid: i32) -> usize {
    std::fs::read_dir(format!("/proc/{pid}/fd")).map_or(0, |d| d.count())
}

#[tokio::test]
async fn one_line_texts_end_within_their_budget_and_never_starve_another_owner() {
    let dir = tempfile::tempdir().unwrap();
    // Two slots, one per owner while others wait.
    let mut api = api(
        dir.path(),
        &[
            ("RFP_WORKER_CONCURRENCY", "2"),
            ("RFP_ANALYZE_TIMEOUT_SECS", "60"),
        ],
    );
    let client = Client::new(&mut api);
    let started = Instant::now();
    let mut hostile = Vec::new();
    for size in [512 * 1024, 4 << 20, 4 << 20, 4 << 20] {
        hostile.push(client.submit("mallory", one_line(size), "text/plain").await);
    }
    let sample = rfp_worker::SAMPLE_RFP.as_bytes().to_vec();
    let alice = client.submit("alice", sample, "text/markdown").await;
    let (s, _) = client
        .wait_final("alice", &alice, Duration::from_secs(60))
        .await;
    let alice_took = started.elapsed();
    assert_eq!(s["status"], "completed", "{s}");
    for id in &hostile {
        let (s, size) = client
            .wait_final("mallory", id, Duration::from_secs(90))
            .await;
        // Completed (the analyzer is linear) or failed with the budget's code.
        assert!(
            s["status"] == "completed" || s["error"]["code"] == "analysis_timeout",
            "{s}"
        );
        assert!(size < 512 * 1024, "a status answer of {size} bytes");
    }
    eprintln!(
        "alice's job completed {alice_took:?} after mallory's four; all ended in {:?}",
        started.elapsed()
    );
    api.terminate();
    assert!(
        api.wait(Duration::from_secs(40)).is_some(),
        "{}",
        api.logs()
    );
}

#[tokio::test]
async fn a_docx_of_200_million_characters_keeps_the_api_under_its_memory_bound() {
    const BOUND_MIB: u64 = 1024;
    let docx = inflating_docx(200 << 20);
    assert!(docx.len() < 2 << 20, "{} bytes", docx.len());
    let dir = tempfile::tempdir().unwrap();
    let mut api = api(dir.path(), &[("RFP_WORKER_CONCURRENCY", "3")]);
    let client = Client::new(&mut api);
    let content_type = rfp_worker::extract::DOCX_CONTENT_TYPE;
    let mut ids = Vec::new();
    for _ in 0..3 {
        ids.push(client.submit("mallory", docx.clone(), content_type).await);
    }
    for id in &ids {
        let (s, size) = client
            .wait_final("mallory", id, Duration::from_secs(240))
            .await;
        assert_eq!(s["status"], "completed", "{s}");
        let meta = &s["rfp_analysis"]["meta"];
        assert_eq!(meta["text_truncated"], true, "{meta}");
        assert!(meta["text_chars"].as_u64().unwrap() <= 4_000_000, "{meta}");
        assert!(size < 512 * 1024, "a status answer of {size} bytes");
    }
    let (rss, peak) = rss_mib(api.pid());
    eprintln!(
        "rfp-api: {rss} MiB resident after three 200 M-character DOCX, {peak} MiB at its peak"
    );
    assert!(peak < BOUND_MIB, "peak RSS {peak} MiB over {BOUND_MIB} MiB");
    api.terminate();
    assert!(api.wait(Duration::from_secs(40)).is_some());
}

/// A tender package of three such DOCX annexes (each 200 M characters inflated): the
/// package is read within one document's text bound, its amendment and main document
/// whole, and the API's memory stays bounded.
#[tokio::test]
async fn a_package_of_inflating_docx_annexes_is_read_within_one_text_bound() {
    const BOUND_MIB: u64 = 1024;
    let dir = tempfile::tempdir().unwrap();
    let mut api = api(dir.path(), &[]);
    let client = Client::new(&mut api);
    let owner =
        rfp_client::Client::with_http(client.http.clone(), &client.base).with_owner("mallory");
    let p = owner.create_proposal("bombs").await.unwrap();
    let id = p["id"].as_str().unwrap().to_owned();
    owner
        .upload(
            &id,
            rfp_worker::SAMPLE_RFP.as_bytes().to_vec(),
            "text/markdown",
            Some("call.md"),
        )
        .await
        .unwrap();
    let amendment =
        "The deadline for submission of proposals is extended to 29 March 2027, 17:00 CET.";
    owner
        .add_document(
            &id,
            amendment.as_bytes().to_vec(),
            "text/plain",
            Some("a1.txt"),
            "amendment",
        )
        .await
        .unwrap();
    let content_type = rfp_worker::extract::DOCX_CONTENT_TYPE;
    for n in 0..3 {
        // Distinct bytes: a package holds the same file once.
        let docx = inflating_docx((200 + n) << 20);
        owner
            .add_document(
                &id,
                docx,
                content_type,
                Some(&format!("annex-{n}.docx")),
                "annex",
            )
            .await
            .unwrap();
    }
    owner
        .analyze(&id, &rfp_client::Analyze::default())
        .await
        .unwrap();
    let (s, size) = client
        .wait_final("mallory", &id, Duration::from_secs(240))
        .await;
    assert_eq!(s["status"], "completed", "{s}");
    let a = &s["rfp_analysis"];
    let meta = &a["meta"];
    assert!(meta["text_chars"].as_u64().unwrap() <= 4_000_000, "{meta}");
    assert_eq!(meta["text_truncated"], true, "{meta}");
    let documents = meta["documents"].as_array().unwrap();
    let truncated: Vec<bool> = documents
        .iter()
        .map(|d| d["text_truncated"] == true)
        .collect();
    assert_eq!(
        truncated,
        [false, true, true, true, false],
        "main, annexes, amendment: {meta}"
    );
    assert_eq!(
        a["summary"]["deadline"], "2027-03-29",
        "the amendment was read whole"
    );
    assert!(size < 512 * 1024, "a status answer of {size} bytes");
    let (rss, peak) = rss_mib(api.pid());
    eprintln!(
        "rfp-api: {rss} MiB resident after a package of three 200 M-character DOCX, {peak} MiB at its peak"
    );
    assert!(peak < BOUND_MIB, "peak RSS {peak} MiB over {BOUND_MIB} MiB");
    api.terminate();
    assert!(api.wait(Duration::from_secs(40)).is_some());
}

#[tokio::test]
async fn sigterm_during_long_analyses_ends_the_process_within_the_grace_period() {
    let dir = tempfile::tempdir().unwrap();
    let mut api = api(
        dir.path(),
        &[
            ("RFP_WORKER_CONCURRENCY", "2"),
            ("RFP_OWNER_MAX_IN_FLIGHT", "2"),
            ("RFP_SHUTDOWN_GRACE_SECS", "2"),
            ("RFP_MAX_TEXT_CHARS", "50000000"),
            ("RFP_MAX_UPLOAD_BYTES", "52428800"),
        ],
    );
    let client = Client::new(&mut api);
    let mut ids = Vec::new();
    for _ in 0..2 {
        ids.push(
            client
                .submit("mallory", one_line(40 << 20), "text/plain")
                .await,
        );
    }
    // Both analyses running: the analyzer threads are busy when the signal comes.
    for id in &ids {
        client.wait_for_stage("mallory", id, "analyzing").await;
    }
    let signalled = Instant::now();
    api.terminate();
    let status = api.wait(Duration::from_secs(15));
    let took = signalled.elapsed();
    assert!(
        status.is_some(),
        "still running 15 s after SIGTERM (grace 2 s):\n{}",
        api.logs()
    );
    eprintln!("exited {took:?} after SIGTERM with {status:?}");
    assert!(status.unwrap().success(), "{}", api.logs());
}

#[tokio::test]
async fn slow_and_idle_connections_are_closed_and_never_exhaust_the_server() {
    // Room for this test's own sockets.
    rfp_shared::process::raise_descriptor_limit();
    let dir = tempfile::tempdir().unwrap();
    let mut api = api(dir.path(), &[("RFP_HTTP_HEADER_TIMEOUT_SECS", "2")]);
    let addr = api.wait_for_addr(START_WITHIN);
    let base = format!("http://{addr}");
    let http = reqwest::Client::new();

    // Slowloris: a request head trickled a byte every 300 ms is cut off.
    let slow = std::thread::spawn(move || {
        let mut s = TcpStream::connect(addr).unwrap();
        s.set_read_timeout(Some(Duration::from_millis(100)))
            .unwrap();
        s.write_all(b"GET /healthz HTTP/1.1\r\nHost: x\r\n")
            .unwrap();
        let started = Instant::now();
        let mut buf = [0u8; 256];
        while started.elapsed() < Duration::from_secs(20) {
            if s.write_all(b"X").is_err() {
                break;
            }
            match s.read(&mut buf) {
                // Closed (EOF or reset); a read time-out only means nothing yet.
                Ok(0) => break,
                Err(e)
                    if !matches!(
                        e.kind(),
                        std::io::ErrorKind::WouldBlock | std::io::ErrorKind::TimedOut
                    ) =>
                {
                    break;
                }
                _ => {}
            }
            std::thread::sleep(Duration::from_millis(300));
        }
        started.elapsed()
    });

    // 2,000 connections that send nothing.
    let idle: Vec<TcpStream> = (0..2000)
        .map(|_| TcpStream::connect(addr).expect("a connection"))
        .collect();
    let held = open_descriptors(api.pid());
    let r = http.get(format!("{base}/healthz")).send().await.unwrap();
    assert_eq!(r.status(), 200, "/healthz with 2,000 idle connections open");
    let took = slow.join().unwrap();
    assert!(
        took < Duration::from_secs(8),
        "a slow sender held its connection {took:?}"
    );

    // Past the timeout the server has closed them all.
    tokio::time::sleep(Duration::from_secs(4)).await;
    let after = open_descriptors(api.pid());
    let mut closed = 0;
    for mut s in idle.into_iter().take(50) {
        s.set_read_timeout(Some(Duration::from_secs(1))).unwrap();
        let mut b = [0u8; 1];
        if matches!(s.read(&mut b), Ok(0) | Err(_)) {
            closed += 1;
        }
    }
    eprintln!(
        "server descriptors: {held} with the idle connections, {after} after the timeout; slow sender cut after {took:?}"
    );
    assert_eq!(closed, 50, "idle connections closed by the server");
    assert!(after < 200, "{after} descriptors still open");
    let r = http.get(format!("{base}/healthz")).send().await.unwrap();
    assert_eq!(r.status(), 200);
    api.terminate();
    assert!(api.wait(Duration::from_secs(20)).is_some());
}

#[tokio::test]
async fn past_the_connection_cap_new_connections_are_closed_not_queued() {
    rfp_shared::process::raise_descriptor_limit();
    let dir = tempfile::tempdir().unwrap();
    let mut api = api(
        dir.path(),
        &[
            ("RFP_HTTP_HEADER_TIMEOUT_SECS", "2"),
            ("RFP_MAX_CONNECTIONS", "32"),
        ],
    );
    let addr = api.wait_for_addr(START_WITHIN);
    let idle: Vec<TcpStream> = (0..300)
        .map(|_| TcpStream::connect(addr).unwrap())
        .collect();
    tokio::time::sleep(Duration::from_millis(500)).await;
    let held = open_descriptors(api.pid());
    assert!(held < 32 + 64, "{held} descriptors with a cap of 32");
    // Once the idle ones time out, new clients are served again.
    tokio::time::sleep(Duration::from_secs(3)).await;
    let r = reqwest::get(format!("http://{addr}/healthz"))
        .await
        .unwrap();
    assert_eq!(r.status(), 200);
    drop(idle);
    api.terminate();
    assert!(api.wait(Duration::from_secs(20)).is_some());
}

async fn upload_as(app: &TestApp, owner: &str, id: &str, body: &[u8]) -> Value {
    let r = app
        .http
        .put(app.url(&format!("/api/proposals/{id}/rfp")))
        .header("x-rfp-owner", owner)
        .header("content-type", "text/markdown")
        .body(body.to_vec())
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 201);
    r.json().await.unwrap()
}

async fn create_as(app: &TestApp, owner: &str) -> String {
    let r = app
        .http
        .post(app.url("/api/proposals"))
        .header("x-rfp-owner", owner)
        .json(&json!({ "title": "t" }))
        .send()
        .await
        .unwrap();
    r.json::<Value>().await.unwrap()["id"]
        .as_str()
        .unwrap()
        .to_owned()
}

#[tokio::test]
async fn a_document_is_attached_only_by_the_owner_who_uploaded_it() {
    for backend in TestBackend::all("a_document_is_attached_only_by_the_owner_who_uploaded_it") {
        let app = TestApp::spawn_with_model(&backend, &[], |_| {
            std::sync::Arc::new(rfp_worker::model::ExtractiveAnalyzer)
        })
        .await;
        let alices = create_as(&app, "alice").await;
        let doc = upload_as(
            &app,
            "alice",
            &alices,
            b"# Alice's confidential call\n\nBudget: EUR 9,999,999.",
        )
        .await;
        let sha = doc["sha256"].as_str().unwrap();
        // Mallory knows the hash (it is in records, meta, callbacks) and claims it.
        let mallorys = create_as(&app, "mallory").await;
        let r = app
            .http
            .post(app.url(&format!("/api/proposals/{mallorys}/rfp/confirm")))
            .header("x-rfp-owner", "mallory")
            .json(&json!({ "sha256": sha, "content_type": "text/markdown" }))
            .send()
            .await
            .unwrap();
        assert_eq!(r.status(), 409, "{backend:?}");
        let body: Value = r.json().await.unwrap();
        assert_eq!(body["code"], "document_not_uploaded", "{backend:?}: {body}");
        // And on Alice's own proposal the record still points at her document only.
        let (id, _) = (ProposalId::parse(&mallorys).unwrap(), ());
        assert!(
            !app.backends
                .blobs
                .exists(&BlobKey::for_document(id, sha))
                .await
                .unwrap()
        );
        app.stop().await;
    }
}

#[tokio::test]
async fn deleting_a_proposal_deletes_its_documents_and_kept_texts() {
    for backend in TestBackend::all("deleting_a_proposal_deletes_its_documents_and_kept_texts") {
        let app = TestApp::spawn_with_model(&backend, &[("RFP_TEXT_CACHE_MIN_MS", "0")], |_| {
            std::sync::Arc::new(rfp_worker::model::ExtractiveAnalyzer)
        })
        .await;
        let id = app.create_proposal("to delete").await;
        let doc: Value = app
            .upload(
                &id,
                rfp_worker::SAMPLE_RFP.as_bytes().to_vec(),
                "text/markdown",
            )
            .await
            .json()
            .await
            .unwrap();
        assert_eq!(app.analyze(&id).await.status(), 202);
        let s = app.wait_until_final(&id, Duration::from_secs(30)).await;
        assert_eq!(s["status"], "completed", "{s}");
        let pid = ProposalId::parse(&id).unwrap();
        let sha = doc["sha256"].as_str().unwrap();
        let blobs = &app.backends.blobs;
        let document = BlobKey::for_document(pid, sha);
        let text = BlobKey::for_text(pid, sha);
        assert!(blobs.exists(&document).await.unwrap(), "{backend:?}");
        assert!(
            blobs.exists(&text).await.unwrap(),
            "{backend:?}: the text was kept"
        );
        let r = app
            .http
            .delete(app.url(&format!("/api/proposals/{id}")))
            .send()
            .await
            .unwrap();
        assert_eq!(r.status(), 204);
        assert!(!blobs.exists(&document).await.unwrap(), "{backend:?}");
        assert!(!blobs.exists(&text).await.unwrap(), "{backend:?}");
        app.stop().await;
    }
}

#[tokio::test]
async fn replacing_the_document_during_a_job_never_yields_a_stale_completed() {
    for backend in
        TestBackend::all("replacing_the_document_during_a_job_never_yields_a_stale_completed")
    {
        let app = TestApp::spawn_with_model(&backend, &[("RFP_MODEL_DELAY_MS", "1500")], |s| {
            rfp_worker::model::with_delay(
                std::sync::Arc::new(rfp_worker::model::ExtractiveAnalyzer),
                s,
            )
        })
        .await;
        let id = app.create_proposal("replaced").await;
        app.upload(
            &id,
            b"# Old call\n\nApplications are due on 1 March 2027.".to_vec(),
            "text/markdown",
        )
        .await;
        assert_eq!(app.analyze(&id).await.status(), 202);
        let deadline = Instant::now() + Duration::from_secs(20);
        while app.status(&id).await["status"] != "processing" {
            assert!(Instant::now() < deadline);
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
        let new: Value = app
            .upload(
                &id,
                rfp_worker::SAMPLE_RFP.as_bytes().to_vec(),
                "text/markdown",
            )
            .await
            .json()
            .await
            .unwrap();
        let s = app.status(&id).await;
        assert_eq!(s["status"], "failed", "{backend:?}: {s}");
        assert_eq!(s["error"]["code"], "document_replaced", "{s}");
        // The old job's end comes and is refused: the status stays as it is.
        tokio::time::sleep(Duration::from_secs(3)).await;
        let s = app.status(&id).await;
        assert_eq!(
            s["status"], "failed",
            "{backend:?}: a stale analysis took over: {s}"
        );
        // Asked again, the new document is analysed.
        assert_eq!(app.analyze(&id).await.status(), 202);
        let s = app.wait_until_final(&id, Duration::from_secs(30)).await;
        assert_eq!(s["status"], "completed", "{s}");
        assert_eq!(s["rfp_analysis"]["meta"]["document_sha256"], new["sha256"]);
        app.stop().await;
    }
}

#[tokio::test]
async fn deep_html_with_thread_isolation_ends_the_job_not_the_process() {
    let app = TestApp::spawn(&[("RFP_EXTRACT_ISOLATION", "thread")]).await;
    let depth = 100_000;
    let html = format!(
        "<html><body>{}Applications are due on 15 March 2027.{}</body></html>",
        "<b>".repeat(depth),
        "</b>".repeat(depth)
    );
    let id = app.create_proposal("deep").await;
    assert_eq!(
        app.upload(&id, html.into_bytes(), "text/html")
            .await
            .status(),
        201
    );
    assert_eq!(app.analyze(&id).await.status(), 202);
    let s = app.wait_until_final(&id, Duration::from_secs(60)).await;
    assert!(
        s["status"] == "completed" || s["error"]["code"].is_string(),
        "{s}"
    );
    let r = app.http.get(app.url("/healthz")).send().await.unwrap();
    assert_eq!(r.status(), 200, "the service is still up");
    app.stop().await;
}

#[tokio::test]
async fn malformed_requests_get_problems_that_name_the_real_problem() {
    let app = TestApp::spawn(&[]).await;
    let problem = |r: reqwest::Response| async move {
        let status = r.status().as_u16();
        let ct = r
            .headers()
            .get("content-type")
            .map(|v| v.to_str().unwrap().to_owned());
        let body: Value = r.json().await.unwrap();
        assert_eq!(ct.as_deref(), Some("application/problem+json"), "{body}");
        (status, body["code"].as_str().unwrap_or_default().to_owned())
    };
    let r = app
        .http
        .post(app.url("/api/proposals"))
        .header("content-type", "application/json")
        .body("{\"title\": ")
        .send()
        .await
        .unwrap();
    assert_eq!(problem(r).await, (400, "invalid_json".into()));
    let r = app
        .http
        .post(app.url("/api/proposals"))
        .header("content-type", "application/json")
        .body(format!("{{\"title\": \"{}\"}}", "x".repeat(70 * 1024)))
        .send()
        .await
        .unwrap();
    assert_eq!(problem(r).await, (413, "payload_too_large".into()));
    let r = app
        .http
        .patch(app.url("/api/proposals"))
        .send()
        .await
        .unwrap();
    assert_eq!(problem(r).await, (405, "method_not_allowed".into()));

    // A title is cleaned like a file name: no NUL, no bidi override.
    let r = app
        .http
        .post(app.url("/api/proposals"))
        .json(&json!({ "title": "Call\u{0} for \u{202e}slasoporp" }))
        .send()
        .await
        .unwrap();
    let p: Value = r.json().await.unwrap();
    assert_eq!(p["title"], "Call for slasoporp");

    // A text that mentions a PDF header near its start is a text, not a corrupt PDF.
    let id = app.create_proposal("notes").await;
    let text = b"File formats: a PDF begins with %PDF-1.7. This call for proposals closes on 15 March 2027.";
    let doc: Value = app
        .upload(&id, text.to_vec(), "text/plain")
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(doc["content_type"], "text/plain", "{doc}");
    app.stop().await;
}

#[tokio::test]
async fn deleting_a_proposal_stops_its_long_analysis_and_frees_the_slot() {
    let dir = tempfile::tempdir().unwrap();
    let mut api = api(
        dir.path(),
        &[
            ("RFP_WORKER_CONCURRENCY", "1"),
            ("RFP_MAX_TEXT_CHARS", "50000000"),
        ],
    );
    let client = Client::new(&mut api);
    let long = client
        .submit("mallory", one_line(48 << 20), "text/plain")
        .await;
    client.wait_for_stage("mallory", &long, "analyzing").await;
    let r = client
        .http
        .delete(format!("{}/api/proposals/{long}", client.base))
        .header("x-rfp-owner", "mallory")
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 204);
    let deleted = Instant::now();
    let next = client
        .submit(
            "alice",
            rfp_worker::SAMPLE_RFP.as_bytes().to_vec(),
            "text/markdown",
        )
        .await;
    let (s, _) = client
        .wait_final("alice", &next, Duration::from_secs(60))
        .await;
    let took = deleted.elapsed();
    assert_eq!(s["status"], "completed", "{s}");
    eprintln!("the next job completed {took:?} after the deletion");
    assert!(
        api.logs()
            .contains("The proposal was deleted while it was analysed"),
        "{}",
        api.logs()
    );
    api.terminate();
    assert!(api.wait(Duration::from_secs(40)).is_some());
}

#[tokio::test]
async fn a_client_whose_idle_connection_the_server_closed_goes_on_working() {
    let app = TestApp::spawn(&[("RFP_HTTP_HEADER_TIMEOUT_SECS", "1")]).await;
    for _ in 0..3 {
        let r = app.http.get(app.url("/healthz")).send().await.unwrap();
        assert_eq!(r.status(), 200);
        // Idle past the server's timeout: it closes the pooled connection.
        tokio::time::sleep(Duration::from_millis(2500)).await;
    }
    app.stop().await;
}
