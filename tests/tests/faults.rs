//! Faults at the queue, on both backends (the AWS one against the emulator `.ci/run`
//! starts; skipped, saying so, without it): messages before their job is recorded,
//! messages whose job never was, duplicate and stale deliveries, poison messages, and
//! jobs dead-lettered after their workers died. Each delivery is handled by the real
//! worker pipeline (`run_once`), so every outcome is asserted exactly.

use std::sync::Arc;
use std::time::Duration;

use bytes::Bytes;
use chrono::Utc;
use rfp_shared::backends::Backends;
use rfp_shared::domain::{AnalysisStatus, DocumentRef, JobMessage, Proposal};
use rfp_shared::ids::{BlobKey, JobId, Owner, ProposalId};
use rfp_shared::ports::Requested;
use rfp_shared::settings::Settings;
use rfp_shared::state::AnalysisRequest;
use rfp_tests::TestBackend;
use rfp_worker::{Disposition, Outcome, Worker};

struct Rig {
    backends: Backends,
    worker: Worker,
    settings: Settings,
    /// Sends a raw body to the job queue.
    raw: Box<dyn Fn(String) -> futures::future::BoxFuture<'static, ()> + Send + Sync>,
    _dir: tempfile::TempDir,
}

async fn rig(backend: &TestBackend, overrides: &[(&str, &str)]) -> Rig {
    rfp_shared::telemetry::init_for_tests();
    let dir = tempfile::tempdir().unwrap();
    let (backends, settings, raw): (_, _, Box<dyn Fn(String) -> _ + Send + Sync>) = match backend {
        TestBackend::Embedded => {
            let settings = rfp_tests::test_settings(dir.path(), overrides);
            let backends = rfp_shared::backends::connect(&settings).await.unwrap();
            let queue = backends.embedded.clone().unwrap().queue;
            let raw = Box::new(move |body: String| {
                let queue = queue.clone();
                Box::pin(async move {
                    queue.send_raw(body).await.unwrap();
                }) as futures::future::BoxFuture<'static, ()>
            });
            (backends, settings, raw)
        }
        TestBackend::Aws(url) => {
            let f = rfp_shared::aws::emulator::fixture(url, overrides).await;
            let sqs = f.clients.sqs.clone();
            let queue_url = f.settings.queue_url.clone().unwrap();
            let raw = Box::new(move |body: String| {
                let (sqs, queue_url) = (sqs.clone(), queue_url.clone());
                Box::pin(async move {
                    sqs.send_message()
                        .queue_url(queue_url)
                        .message_body(body)
                        .send()
                        .await
                        .unwrap();
                }) as futures::future::BoxFuture<'static, ()>
            });
            (f.backends, f.settings, raw)
        }
    };
    let worker = Worker::with_parts(
        &settings,
        &backends,
        Arc::new(rfp_worker::model::ExtractiveAnalyzer),
    )
    .await
    .unwrap();
    Rig {
        backends,
        worker,
        settings,
        raw,
        _dir: dir,
    }
}

impl Rig {
    /// A proposal holding the sample RFP.
    async fn proposal(&self) -> (ProposalId, DocumentRef) {
        let owner = Owner::parse("local").unwrap();
        let p = Proposal::new(owner, "faults".into(), Utc::now());
        self.backends.store.create_proposal(&p).await.unwrap();
        let bytes = rfp_worker::SAMPLE_RFP.as_bytes();
        let sha = rfp_tests::sha256_hex(bytes);
        let key = BlobKey::for_document(p.id, &sha);
        self.backends
            .blobs
            .put(&key, Bytes::from_static(bytes), "text/markdown")
            .await
            .unwrap();
        let document = DocumentRef {
            bucket: self.backends.blobs.bucket().to_owned(),
            key,
            sha256: sha,
            content_type: "text/markdown".into(),
            size: bytes.len() as u64,
            filename: None,
            uploaded_at: Utc::now(),
            role: Default::default(),
            issued_on: None,
        };
        self.backends
            .store
            .set_document(p.id, document.clone())
            .await
            .unwrap();
        (p.id, document)
    }

    fn request(&self, job_id: JobId, force: bool) -> AnalysisRequest {
        AnalysisRequest {
            owner: Owner::parse("local").unwrap(),
            job_id,
            at: Utc::now(),
            trace_id: format!("trace-{job_id}"),
            force,
            callback_url: None,
        }
    }

    fn message(&self, id: ProposalId, document: &DocumentRef, job_id: JobId) -> JobMessage {
        JobMessage {
            v: JobMessage::VERSION,
            job_id,
            proposal_id: id,
            owner: Owner::parse("local").unwrap(),
            document: document.clone(),
            documents: Vec::new(),
            requested_at: Utc::now(),
            trace_id: format!("trace-{job_id}"),
            callback_url: None,
        }
    }

    /// Records a job through the store alone (as the API's second step does).
    async fn record(&self, id: ProposalId, job_id: JobId, force: bool) {
        let r = self
            .backends
            .store
            .request_analysis(id, &self.request(job_id, force))
            .await
            .unwrap();
        assert!(matches!(r, Requested::Enqueued(_)), "{r:?}");
    }

    /// Handles what the queue delivers within `wait`.
    async fn deliver(&self, wait: Duration) -> Vec<Disposition> {
        match self.worker.run_once(wait).await.unwrap() {
            Outcome::Processed(d) => d,
            Outcome::Empty => Vec::new(),
        }
    }

    /// Handles deliveries until one arrives (or `within` passes).
    async fn deliver_some(&self, within: Duration) -> Vec<Disposition> {
        let deadline = tokio::time::Instant::now() + within;
        loop {
            let d = self.deliver(Duration::from_secs(1)).await;
            if !d.is_empty() || tokio::time::Instant::now() > deadline {
                return d;
            }
        }
    }

    async fn status(&self, id: ProposalId) -> rfp_shared::domain::AnalysisState {
        self.backends
            .store
            .get_proposal(id)
            .await
            .unwrap()
            .unwrap()
            .analysis
    }
}

const WITHIN: Duration = Duration::from_secs(15);

/// Sweeps until `n` dead letters were handled (SQS hides a message moved to the
/// dead-letter queue for the rest of the visibility timeout of the receive that moved
/// it), or `WITHIN` passes; returns how many were.
async fn sweep_until(r: &Rig, n: usize) -> usize {
    let deadline = tokio::time::Instant::now() + WITHIN;
    let mut handled = 0;
    while handled < n && tokio::time::Instant::now() < deadline {
        handled += r.worker.sweep_once().await;
        if handled < n {
            tokio::time::sleep(Duration::from_millis(250)).await;
        }
    }
    handled
}

#[tokio::test]
async fn a_message_sent_before_its_job_is_recorded_waits_for_the_record() {
    for backend in TestBackend::all("a_message_sent_before_its_job_is_recorded") {
        let r = rig(&backend, &[]).await;
        let (id, doc) = r.proposal().await;
        let job = JobId::new();
        r.backends
            .queue
            .send(&r.message(id, &doc, job))
            .await
            .unwrap();
        assert_eq!(
            r.deliver_some(WITHIN).await,
            [Disposition::Retrying("job_not_recorded_yet".into())],
            "{backend:?}"
        );
        r.record(id, job, false).await;
        assert_eq!(r.deliver_some(WITHIN).await, [Disposition::Completed]);
        let a = r.status(id).await;
        assert_eq!((a.status, a.job_id), (AnalysisStatus::Completed, Some(job)));
    }
}

#[tokio::test]
async fn a_message_whose_job_was_never_recorded_is_dropped() {
    for backend in TestBackend::all("a_message_whose_job_was_never_recorded") {
        let r = rig(&backend, &[]).await;
        let (id, doc) = r.proposal().await;
        // The API sent B, then lost the race to record it (A was recorded), or
        // crashed before recording it: B's message is old and its job unknown.
        let a = JobId::new();
        let b = JobId::new();
        r.record(id, a, false).await;
        let mut orphan = r.message(id, &doc, b);
        orphan.requested_at = Utc::now() - chrono::TimeDelta::minutes(3);
        r.backends.queue.send(&orphan).await.unwrap();
        assert_eq!(
            r.deliver_some(WITHIN).await,
            [Disposition::Dropped("stale")],
            "{backend:?}"
        );
        assert_eq!(r.status(id).await.job_id, Some(a), "A is untouched");
        assert_eq!(r.deliver(Duration::from_secs(1)).await, [], "and B is gone");
    }
}

#[tokio::test]
async fn a_duplicated_message_gives_one_result() {
    for backend in TestBackend::all("a_duplicated_message_gives_one_result") {
        // On SQLite the two deliveries are handled at once. moto applies two racing
        // conditional writes both (DynamoDB never does), so on the emulator they are
        // handled one after the other: the fence is tested, not moto's atomicity.
        let one_at_a_time: &[(&str, &str)] = match backend {
            TestBackend::Aws(_) => &[("RFP_WORKER_CONCURRENCY", "1")],
            TestBackend::Embedded => &[],
        };
        let r = rig(&backend, one_at_a_time).await;
        let (id, doc) = r.proposal().await;
        let job = JobId::new();
        r.record(id, job, false).await;
        let message = r.message(id, &doc, job);
        r.backends.queue.send(&message).await.unwrap();
        r.backends.queue.send(&message).await.unwrap();
        // Deliver until both messages are gone (a transient retry on the way is fine).
        let mut outcomes = Vec::new();
        let deadline = tokio::time::Instant::now() + WITHIN;
        loop {
            outcomes.extend(r.deliver(Duration::from_secs(1)).await);
            let depth = r.backends.queue.depth().await.unwrap();
            if depth.visible + depth.in_flight == 0 && outcomes.len() >= 2 {
                break;
            }
            assert!(
                tokio::time::Instant::now() < deadline,
                "{backend:?}: {outcomes:?}"
            );
        }
        let completed = outcomes
            .iter()
            .filter(|d| **d == Disposition::Completed)
            .count();
        assert_eq!(completed, 1, "{backend:?}: {outcomes:?}");
        assert_eq!(r.status(id).await.status, AnalysisStatus::Completed);
        assert!(
            outcomes
                .iter()
                .any(|d| matches!(d, Disposition::Dropped(_))),
            "{outcomes:?}"
        );
        if let Some(e) = &r.backends.embedded {
            let history = e.store.job_history(job).await.unwrap();
            let results = history
                .iter()
                .filter(|(event, _, _)| event == "complete")
                .count();
            assert_eq!(results, 1, "one result written: {history:?}");
        }
    }
}

#[tokio::test]
async fn a_stale_redelivery_cannot_overwrite_a_newer_job() {
    for backend in TestBackend::all("a_stale_redelivery_cannot_overwrite") {
        let r = rig(&backend, &[]).await;
        let (id, doc) = r.proposal().await;
        let old = JobId::new();
        r.record(id, old, false).await;
        let old_message = r.message(id, &doc, old);
        r.backends.queue.send(&old_message).await.unwrap();
        assert_eq!(r.deliver_some(WITHIN).await, [Disposition::Completed]);

        let new = JobId::new();
        r.record(id, new, true).await;
        r.backends
            .queue
            .send(&r.message(id, &doc, new))
            .await
            .unwrap();
        assert_eq!(r.deliver_some(WITHIN).await, [Disposition::Completed]);
        let before = r.status(id).await;

        // The old job's message comes back (a redelivery, a replay).
        r.backends.queue.send(&old_message).await.unwrap();
        assert_eq!(
            r.deliver_some(WITHIN).await,
            [Disposition::Dropped("stale")],
            "{backend:?}"
        );
        let after = r.status(id).await;
        assert_eq!(
            after, before,
            "the newer job's state and result are untouched"
        );
        assert_eq!(after.job_id, Some(new));
    }
}

#[tokio::test]
async fn poison_messages_are_dead_lettered_or_dropped_without_blocking_others() {
    for backend in TestBackend::all("poison_messages_are_dead_lettered") {
        let r = rig(
            &backend,
            &[
                ("RFP_MAX_RECEIVES", "2"),
                ("RFP_RETRY_DELAY_SECS", "0"),
                ("RFP_VISIBILITY_TIMEOUT_SECS", "2"),
            ],
        )
        .await;
        let (id, doc) = r.proposal().await;
        (r.raw)("this is not JSON".into()).await;
        (r.raw)("{\"v\": 1, \"job_id\": 42}".into()).await;
        // A job for a proposal that does not exist (or was deleted).
        let ghost = r.message(ProposalId::new(), &doc, JobId::new());
        r.backends.queue.send(&ghost).await.unwrap();
        // And a good job behind them.
        let job = JobId::new();
        r.record(id, job, false).await;
        r.backends
            .queue
            .send(&r.message(id, &doc, job))
            .await
            .unwrap();

        let mut outcomes = Vec::new();
        let deadline = tokio::time::Instant::now() + WITHIN;
        while tokio::time::Instant::now() < deadline {
            outcomes.extend(r.deliver(Duration::from_secs(1)).await);
            let depth = r.backends.queue.depth().await.unwrap();
            if depth.visible + depth.in_flight == 0 && depth.dead_letters == 2 {
                break;
            }
        }
        assert_eq!(
            r.status(id).await.status,
            AnalysisStatus::Completed,
            "{backend:?}: {outcomes:?}"
        );
        assert!(
            outcomes.contains(&Disposition::Dropped("proposal deleted")),
            "{outcomes:?}"
        );
        assert!(outcomes.contains(&Disposition::Poison), "{outcomes:?}");
        let depth = r.backends.queue.depth().await.unwrap();
        assert_eq!(
            (depth.visible + depth.in_flight, depth.dead_letters),
            (0, 2),
            "the two malformed messages are dead-lettered, nothing else is left"
        );
        // The sweep leaves messages that are not jobs for an operator.
        assert_eq!(sweep_until(&r, 2).await, 2);
        let _ = &r.settings;
    }
}

#[tokio::test]
async fn a_job_whose_workers_all_died_is_failed_by_the_sweep() {
    for backend in TestBackend::all("a_job_whose_workers_all_died") {
        let r = rig(
            &backend,
            &[
                ("RFP_MAX_RECEIVES", "2"),
                ("RFP_VISIBILITY_TIMEOUT_SECS", "2"),
            ],
        )
        .await;
        let (id, doc) = r.proposal().await;
        let job = JobId::new();
        r.record(id, job, false).await;
        r.backends
            .queue
            .send(&r.message(id, &doc, job))
            .await
            .unwrap();
        // Two workers take the job and die without a word: their deliveries simply
        // time out (here: are released at once).
        for _ in 0..2 {
            let d = loop {
                let got = r
                    .backends
                    .queue
                    .receive(1, Duration::from_secs(1))
                    .await
                    .unwrap();
                if let Some(d) = got.into_iter().next() {
                    break d;
                }
            };
            r.backends
                .store
                .apply(
                    id,
                    rfp_shared::state::Event::Start {
                        job_id: job,
                        attempt: d.receive_count,
                        worker: "doomed".into(),
                        at: Utc::now(),
                    },
                )
                .await
                .unwrap();
            r.backends
                .queue
                .set_visibility(&d, Duration::ZERO)
                .await
                .unwrap();
        }
        // The next receive moves the message to the dead-letter queue...
        let deadline = tokio::time::Instant::now() + WITHIN;
        while r.backends.queue.depth().await.unwrap().dead_letters == 0 {
            assert!(
                tokio::time::Instant::now() < deadline,
                "{backend:?}: never dead-lettered"
            );
            r.deliver(Duration::from_secs(1)).await;
        }
        assert_eq!(
            r.status(id).await.status,
            AnalysisStatus::Processing,
            "stuck without repair"
        );
        // ...and the sweep records the job as failed, once.
        assert_eq!(sweep_until(&r, 1).await, 1);
        let a = r.status(id).await;
        assert_eq!(a.status, AnalysisStatus::Failed, "{backend:?}");
        assert_eq!(a.error.unwrap().code, "dead_lettered");
        assert_eq!(
            r.worker.sweep_once().await,
            0,
            "a handled dead letter is not handled again"
        );
        assert_eq!(
            r.backends.queue.depth().await.unwrap().dead_letters,
            1,
            "kept for inspection"
        );
    }
}

/// The AWS services vanish for 10 s mid-run (a proxy in front of the emulator is
/// cut, so nothing it holds is lost) and come back: the API answers 503 with
/// `Retry-After` meanwhile, the worker backs off and recovers by itself, and every
/// job submitted before the outage completes.
#[tokio::test]
async fn an_aws_outage_of_10_seconds_loses_no_job() {
    let Some(url) = rfp_shared::aws::emulator::url("an_aws_outage_of_10_seconds_loses_no_job")
    else {
        return;
    };
    let target: std::net::SocketAddr = url.trim_start_matches("http://").parse().unwrap();
    let proxy = rfp_tests::proxy::Proxy::start(target).await;
    let backend = TestBackend::Aws(proxy.url());
    let app = rfp_tests::TestApp::spawn_with_model(
        &backend,
        &[
            ("RFP_MODEL_DELAY_MS", "500"),
            ("RFP_VISIBILITY_TIMEOUT_SECS", "4"),
            ("RFP_RETRY_DELAY_SECS", "1"),
            ("RFP_MAX_RECEIVES", "20"),
        ],
        |s| rfp_worker::model::with_delay(Arc::new(rfp_worker::model::ExtractiveAnalyzer), s),
    )
    .await;
    let doc = rfp_worker::SAMPLE_RFP.as_bytes();
    let mut ids = Vec::new();
    for _ in 0..12 {
        let (id, _) = rfp_tests::submit(&app.http, &app.base, doc, "text/markdown").await;
        ids.push(id);
    }
    let spare = app.create_proposal("during the outage").await;
    app.upload(&spare, doc.to_vec(), "text/markdown").await;

    proxy.cut();
    let outage = tokio::time::Instant::now();
    let r = app.analyze(&spare).await;
    assert_eq!(r.status(), 503, "the API says the backend is away");
    assert!(r.headers().contains_key("retry-after"));
    let problem: serde_json::Value = r.json().await.unwrap();
    assert!(
        problem["code"].as_str().unwrap().ends_with("_unavailable"),
        "{problem}"
    );
    tokio::time::sleep(Duration::from_secs(10).saturating_sub(outage.elapsed())).await;
    proxy.restore().await;

    for id in &ids {
        let done = app.wait_until_final(id, Duration::from_secs(90)).await;
        assert_eq!(done["status"], "completed", "{done}");
    }
    // And the API serves again.
    assert_eq!(app.analyze(&spare).await.status(), 202);
    app.stop().await;
}

/// Large files on AWS go straight to S3 with a presigned PUT bound to their type and
/// SHA-256; the API records them on `confirm`, checking what arrived.
#[tokio::test]
async fn a_presigned_upload_goes_straight_to_s3_and_is_checked_on_confirm() {
    for backend in TestBackend::all("a_presigned_upload_goes_straight_to_s3") {
        let app = rfp_tests::TestApp::spawn_with_model(
            &backend,
            &[("RFP_MAX_UPLOAD_BYTES", "1000000")],
            |_| Arc::new(rfp_worker::model::ExtractiveAnalyzer),
        )
        .await;
        let pdf = rfp_tests::fixtures::sample_pdf();
        let sha = rfp_tests::sha256_hex(&pdf);
        let id = app.create_proposal("presigned").await;
        let ask = |body: serde_json::Value| {
            app.http
                .post(app.url(&format!("/api/proposals/{id}/rfp/upload-url")))
                .json(&body)
                .send()
        };
        let r = ask(serde_json::json!({ "sha256": sha, "size": pdf.len(), "content_type": "application/pdf" }))
            .await
            .unwrap();
        if backend == TestBackend::Embedded {
            assert_eq!(r.status(), 409);
            let p: serde_json::Value = r.json().await.unwrap();
            assert_eq!(p["code"], "presigned_upload_unavailable");
            app.stop().await;
            continue;
        }
        assert_eq!(r.status(), 200);
        let grant: serde_json::Value = r.json().await.unwrap();
        let too_big = ask(serde_json::json!({ "sha256": sha, "size": 2_000_000, "content_type": "application/pdf" }))
            .await
            .unwrap();
        assert_eq!(too_big.status(), 413);

        let confirm = |sha: String| {
            app.http
                .post(app.url(&format!("/api/proposals/{id}/rfp/confirm")))
                .json(&serde_json::json!({ "sha256": sha, "filename": "rfp.pdf" }))
                .send()
        };
        assert_eq!(
            confirm(sha.clone()).await.unwrap().status(),
            409,
            "nothing uploaded yet"
        );

        let mut put = app
            .http
            .put(grant["url"].as_str().unwrap())
            .body(pdf.clone());
        for (k, v) in grant["headers"].as_object().unwrap() {
            put = put.header(k.as_str(), v.as_str().unwrap());
        }
        let r = put.send().await.unwrap();
        assert!(r.status().is_success(), "{}", r.text().await.unwrap());

        let r = confirm(sha.clone()).await.unwrap();
        assert_eq!(r.status(), 201);
        let doc: serde_json::Value = r.json().await.unwrap();
        assert_eq!(
            (doc["content_type"].as_str(), doc["size"].as_u64()),
            (Some("application/pdf"), Some(pdf.len() as u64))
        );
        assert_eq!(app.analyze(&id).await.status(), 202);
        let done = app.wait_until_final(&id, Duration::from_secs(60)).await;
        assert_eq!(done["status"], "completed", "{done}");

        // A renamed executable uploaded the same way is refused on confirm.
        let exe = b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff".repeat(64);
        let exe_sha = rfp_tests::sha256_hex(&exe);
        let grant: serde_json::Value = ask(serde_json::json!({ "sha256": exe_sha, "size": exe.len(), "content_type": "application/pdf" }))
            .await
            .unwrap()
            .json()
            .await
            .unwrap();
        let mut put = app.http.put(grant["url"].as_str().unwrap()).body(exe);
        for (k, v) in grant["headers"].as_object().unwrap() {
            put = put.header(k.as_str(), v.as_str().unwrap());
        }
        assert!(put.send().await.unwrap().status().is_success());
        assert_eq!(confirm(exe_sha).await.unwrap().status(), 415);
        app.stop().await;
    }
}

#[tokio::test]
async fn a_worker_stopping_during_its_receive_hands_back_what_it_took() {
    for backend in TestBackend::all("a_worker_stopping_during_its_receive_hands_back_what_it_took")
    {
        // A visibility timeout far longer than the test may wait: the job must not
        // wait for it.
        let r = rig(
            &backend,
            &[
                ("RFP_VISIBILITY_TIMEOUT_SECS", "120"),
                ("RFP_RECEIVE_WAIT_SECS", "2"),
                ("RFP_SHUTDOWN_GRACE_SECS", "10"),
            ],
        )
        .await;
        let (id, doc) = r.proposal().await;
        let stopping = tokio_util::sync::CancellationToken::new();
        let first = tokio::spawn(r.worker.clone().run_until_stopped(stopping.clone()));
        // The first worker is in its long poll; it is told to stop, then the job comes.
        tokio::time::sleep(Duration::from_millis(300)).await;
        stopping.cancel();
        let job = JobId::new();
        r.record(id, job, false).await;
        r.backends
            .queue
            .send(&r.message(id, &doc, job))
            .await
            .unwrap();
        tokio::time::timeout(Duration::from_secs(15), first)
            .await
            .expect("the first worker stops")
            .unwrap();
        // Another worker gets the job at once, not after 120 s.
        let started = tokio::time::Instant::now();
        let outcomes = r.deliver_some(Duration::from_secs(10)).await;
        assert_eq!(outcomes, vec![Disposition::Completed], "{backend:?}");
        assert!(started.elapsed() < Duration::from_secs(10), "{backend:?}");
        assert_eq!(r.status(id).await.status, AnalysisStatus::Completed);
    }
}
