//! End to end on the AWS backend, against the emulator `.ci/run` starts (moto): the
//! real binaries on DynamoDB, SQS and S3, and the AWS requests one analysis costs.
//! Skipped, saying so, when `RFP_TEST_MOTO_URL` is not set.

use std::collections::HashMap;
use std::time::Duration;

use aws_sdk_dynamodb::types::AttributeValue as A;
use futures::StreamExt;
use rfp_shared::aws::emulator;
use rfp_tests::fixtures::sample_pdf;
use rfp_tests::process::Service;
use serde_json::{Value, json};

const START_WITHIN: Duration = Duration::from_secs(20);

fn env_of<'a>(
    fixture: &'a emulator::Fixture,
    extra: &[(&'a str, &'a str)],
) -> Vec<(&'a str, &'a str)> {
    let mut env: Vec<(&str, &str)> = fixture
        .env
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    env.extend_from_slice(extra);
    env
}

/// Lines saying a job completed, per job id, across the given logs.
fn completions(logs: &[String], jobs: &[(String, String)]) -> HashMap<String, usize> {
    let mut counts = HashMap::new();
    for (_, job) in jobs {
        let n = logs
            .iter()
            .flat_map(|l| l.lines())
            .filter(|line| line.contains("Completed the analysis.") && line.contains(job.as_str()))
            .count();
        counts.insert(job.clone(), n);
    }
    counts
}

#[tokio::test]
async fn an_api_and_two_workers_on_aws_complete_50_jobs_each_once() {
    let Some(url) = emulator::url("an_api_and_two_workers_on_aws_complete_50_jobs_each_once")
    else {
        return;
    };
    let f = emulator::fixture(&url, &[]).await;
    let dir = tempfile::tempdir().unwrap();
    let mut api = Service::start(
        "rfp-api",
        &[],
        &env_of(&f, &[("RFP_LISTEN_ADDR", "127.0.0.1:0")]),
        dir.path(),
        "api",
    );
    let base = format!("http://{}", api.wait_for_addr(START_WITHIN));
    let worker_env = env_of(
        &f,
        &[
            ("RFP_MODEL_DELAY_MS", "20"),
            ("RFP_WORKER_CONCURRENCY", "4"),
        ],
    );
    let workers: Vec<Service> = (1..=2)
        .map(|n| {
            Service::start(
                "rfp-worker",
                &[],
                &worker_env,
                dir.path(),
                &format!("worker-{n}"),
            )
        })
        .collect();

    let http = reqwest::Client::new();
    let pdf = sample_pdf();
    let jobs: Vec<(String, String)> = futures::stream::iter(0..50)
        .map(|_| rfp_tests::submit(&http, &base, &pdf, "application/pdf"))
        .buffer_unordered(8)
        .collect()
        .await;
    for (id, job) in &jobs {
        let done = rfp_tests::wait_until_final(&http, &base, id, Duration::from_secs(120)).await;
        assert_eq!(done["status"], "completed", "{done}");
        assert_eq!(done["job_id"].as_str(), Some(job.as_str()));
        assert_eq!(done["rfp_analysis"]["summary"]["deadline"], "2027-03-15");
    }
    // A job's status is written before its message is deleted, and a message received
    // twice (at least once, as SQS delivers) is deleted by whichever worker sees the
    // job done: let the queue drain before the workers stop. The assertion below still
    // wants it empty.
    let drained_by = std::time::Instant::now() + Duration::from_secs(60);
    loop {
        let depth = rfp_shared::ports::JobQueue::depth(f.backends.queue.as_ref())
            .await
            .unwrap();
        if (depth.visible, depth.in_flight, depth.dead_letters) == (0, 0, 0)
            || std::time::Instant::now() > drained_by
        {
            break;
        }
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    for w in &workers {
        w.terminate();
    }
    api.terminate();
    let mut logs = Vec::new();
    for mut s in workers.into_iter().chain([api]) {
        assert!(
            s.wait(Duration::from_secs(30)).is_some_and(|s| s.success()),
            "{} did not stop cleanly:\n{}",
            s.name,
            s.logs()
        );
        logs.push(s.logs());
    }
    let counts = completions(&logs, &jobs);
    assert!(
        counts.values().all(|n| *n == 1),
        "each job completes once: {counts:?}"
    );
    let busy = logs
        .iter()
        .filter(|l| l.contains("Completed the analysis."))
        .count();
    assert_eq!(busy, 2, "both workers took jobs");

    // The item has the original shape; the document is in S3, encrypted; the queue is empty.
    let (id, _) = &jobs[0];
    let item = f
        .clients
        .dynamodb
        .get_item()
        .table_name(f.settings.table_name.as_deref().unwrap())
        .key("PK", A::S(format!("PROPOSAL#{id}")))
        .key("SK", A::S("METADATA".into()))
        .send()
        .await
        .unwrap()
        .item
        .unwrap();
    assert_eq!(item["rfp_analysis_status"], A::S("completed".into()));
    let analysis = item["rfp_analysis"].as_m().unwrap();
    assert!(analysis["summary"].as_m().is_ok() && analysis["extracted_data"].as_m().is_ok());
    let key = item["document"].as_m().unwrap()["key"]
        .as_s()
        .unwrap()
        .clone();
    let head = f
        .clients
        .s3
        .head_object()
        .bucket(f.settings.proposals_bucket.as_deref().unwrap())
        .key(&key)
        .send()
        .await
        .unwrap();
    assert_eq!(
        head.server_side_encryption().map(|s| s.as_str()),
        Some("AES256")
    );
    assert_eq!(
        head.metadata()
            .and_then(|m| m.get("sha256"))
            .map(String::len),
        Some(64)
    );
    let depth = rfp_shared::ports::JobQueue::depth(f.backends.queue.as_ref())
        .await
        .unwrap();
    assert_eq!(
        (depth.visible, depth.in_flight, depth.dead_letters),
        (0, 0, 0)
    );
}

#[tokio::test]
async fn a_job_on_aws_survives_the_sigkill_of_its_worker() {
    let Some(url) = emulator::url("a_job_on_aws_survives_the_sigkill_of_its_worker") else {
        return;
    };
    let f = emulator::fixture(&url, &[("RFP_VISIBILITY_TIMEOUT_SECS", "2")]).await;
    let dir = tempfile::tempdir().unwrap();
    let mut api = Service::start(
        "rfp-api",
        &[],
        &env_of(&f, &[("RFP_LISTEN_ADDR", "127.0.0.1:0")]),
        dir.path(),
        "api",
    );
    let base = format!("http://{}", api.wait_for_addr(START_WITHIN));
    let mut first = Service::start(
        "rfp-worker",
        &[],
        &env_of(&f, &[("RFP_MODEL_DELAY_MS", "60000")]),
        dir.path(),
        "worker-1",
    );
    let http = reqwest::Client::new();
    let (id, job) = rfp_tests::submit(&http, &base, &sample_pdf(), "application/pdf").await;
    rfp_tests::wait_for_stage(
        &http,
        &base,
        &id,
        "analyzing",
        Duration::from_secs(30),
        || first.logs(),
    )
    .await;
    first.kill();
    let second = Service::start(
        "rfp-worker",
        &[],
        &env_of(&f, &[("RFP_MODEL_DELAY_MS", "10")]),
        dir.path(),
        "worker-2",
    );
    let done = rfp_tests::wait_until_final(&http, &base, &id, Duration::from_secs(60)).await;
    assert_eq!(done["status"], "completed", "{done}\n{}", second.logs());
    assert_eq!(done["job_id"].as_str(), Some(job.as_str()));
    assert_eq!(
        done["attempts"], 2,
        "the message came back after its visibility timeout"
    );
}

/// The AWS requests of one analysis, from `analyze-rfp` to the deleted message
/// (status reads excluded), counted by the SDK interceptor. The README quotes the
/// table this prints: `cargo test -p rfp-tests --test aws -- --nocapture requests`.
#[tokio::test]
async fn one_analysis_costs_at_most_9_aws_requests() {
    let Some(url) = emulator::url("one_analysis_costs_at_most_9_aws_requests") else {
        return;
    };
    let f = emulator::fixture(&url, &[]).await;
    let dir = tempfile::tempdir().unwrap();
    let settings = rfp_tests::test_settings(dir.path(), &[("RFP_EMBEDDED_WORKER", "false")]);
    let app = rfp_api::Application::with_backends(settings, f.backends.clone())
        .await
        .unwrap();
    let base = format!("http://{}", app.local_addr());
    let shutdown = tokio_util::sync::CancellationToken::new();
    let server = tokio::spawn(app.run_until_stopped(shutdown.clone()));
    let worker = rfp_worker::Worker::with_parts(
        &f.settings,
        &f.backends,
        std::sync::Arc::new(rfp_worker::model::ExtractiveAnalyzer),
    )
    .await
    .unwrap();
    let http = reqwest::Client::new();

    let mut table = Vec::new();
    for round in [
        "first (prompt not cached)",
        "second (prompt cached)",
        "a three-document package (main, amendment, annex; prompt cached)",
    ] {
        let p: Value = http
            .post(format!("{base}/api/proposals"))
            .json(&json!({ "title": "t" }))
            .send()
            .await
            .unwrap()
            .json()
            .await
            .unwrap();
        let id = p["id"].as_str().unwrap().to_owned();
        let r = http
            .put(format!("{base}/api/proposals/{id}/rfp"))
            .header("content-type", "application/pdf")
            .body(sample_pdf())
            .send()
            .await
            .unwrap();
        assert_eq!(r.status(), 201);
        if round.starts_with("a three") {
            for (role, text) in [
                (
                    "amendment",
                    "The deadline for submission of proposals is extended to 29 March 2027, 17:00 CET.",
                ),
                (
                    "annex",
                    "Annex 3: Evaluation grid. Methodology 40%. Relevance 30%. Value for money 30%.",
                ),
            ] {
                let r = http
                    .post(format!("{base}/api/proposals/{id}/documents?role={role}"))
                    .header("content-type", "text/plain")
                    .body(text)
                    .send()
                    .await
                    .unwrap();
                assert_eq!(r.status(), 201);
            }
        }
        let before = f.clients.counter.snapshot();
        assert_eq!(
            http.post(format!("{base}/api/proposals/{id}/analyze-rfp"))
                .send()
                .await
                .unwrap()
                .status(),
            202
        );
        let outcome = worker.run_once(Duration::from_secs(5)).await.unwrap();
        assert_eq!(
            outcome,
            rfp_worker::Outcome::Processed(vec![rfp_worker::Disposition::Completed])
        );
        let after = f.clients.counter.snapshot();
        let delta: Vec<(String, u64)> = after
            .iter()
            .map(|(k, v)| (k.clone(), v - before.get(k).copied().unwrap_or(0)))
            .filter(|(_, n)| *n > 0)
            .collect();
        table.push((round, delta));
    }
    shutdown.cancel();
    server.await.unwrap().unwrap();

    for (round, delta) in &table {
        let total: u64 = delta.iter().map(|(_, n)| n).sum();
        println!("{round}: {total} requests");
        for (op, n) in delta {
            println!("  {op}: {n}");
        }
    }
    let steady: u64 = table[1].1.iter().map(|(_, n)| n).sum();
    assert!(
        steady <= 9,
        "one analysis cost {steady} AWS requests: {:?}",
        table[1].1
    );
    // Per document of a package: its text looked up, the document read, its text
    // kept (3 S3 requests); the rest is the job's, as for one document.
    let package: u64 = table[2].1.iter().map(|(_, n)| n).sum();
    assert!(
        package <= 8 + 3 * 3,
        "a three-document package cost {package} AWS requests: {:?}",
        table[2].1
    );
}

/// The service relies on DynamoDB applying each write to an item whole: a job's record
/// is written by one conditional `UpdateItem`, and no read or other write sees it half
/// done. moto's threaded server interleaves two `UpdateItem`s on one item, so `.ci/run`
/// starts it through `.ci/moto-server.py`, which serialises DynamoDB's requests; this
/// test holds the emulator to that: two writers setting 30 attributes each and a reader,
/// at once, 60 times, and every read and the item after each round shows one writer's
/// values whole.
#[tokio::test]
async fn the_emulator_applies_each_write_to_an_item_whole() {
    let Some(url) = emulator::url("the_emulator_applies_each_write_to_an_item_whole") else {
        return;
    };
    let f = emulator::fixture(&url, &[]).await;
    let table = f.settings.table_name.clone().unwrap();
    let db = f.clients.dynamodb.clone();
    let key = |u: aws_sdk_dynamodb::operation::update_item::builders::UpdateItemFluentBuilder| {
        u.key("PK", A::S("PROPOSAL#whole".into()))
            .key("SK", A::S("METADATA".into()))
    };
    const ATTRIBUTES: usize = 30;
    let write = |tag: String| {
        let (db, table) = (db.clone(), table.clone());
        async move {
            let sets: Vec<String> = (0..ATTRIBUTES).map(|i| format!("a{i} = :v")).collect();
            key(db.update_item().table_name(table))
                .update_expression(format!("SET {}", sets.join(", ")))
                .expression_attribute_values(":v", A::S(tag))
                .send()
                .await
                .unwrap();
        }
    };
    let read = || {
        let (db, table) = (db.clone(), table.clone());
        async move {
            let item = db
                .get_item()
                .table_name(table)
                .key("PK", A::S("PROPOSAL#whole".into()))
                .key("SK", A::S("METADATA".into()))
                .consistent_read(true)
                .send()
                .await
                .unwrap()
                .item
                .unwrap_or_default();
            let mut values: Vec<String> = (0..ATTRIBUTES)
                .filter_map(|i| item.get(&format!("a{i}"))?.as_s().ok().cloned())
                .collect();
            values.dedup();
            values
        }
    };
    write("start".into()).await;
    for round in 0..60 {
        let (_, _, seen) = tokio::join!(
            write(format!("x{round}")),
            write(format!("y{round}")),
            read()
        );
        assert_eq!(
            seen.len(),
            1,
            "round {round}: a read saw a write half done: {seen:?}"
        );
        let after = read().await;
        assert_eq!(
            after.len(),
            1,
            "round {round}: two writes interleaved: {after:?}"
        );
    }
}
