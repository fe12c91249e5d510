//! The real binaries as separate processes on one embedded data directory: a process
//! killed mid-job, several workers sharing the queue, a graceful stop, and start-up
//! errors.

use std::path::Path;
use std::time::Duration;

use futures::StreamExt;
use rfp_shared::embedded::{Db, SqliteStore};
use rfp_shared::ids::JobId;
use rfp_tests::fixtures::sample_pdf;
use rfp_tests::process::{Service, binary};
use serde_json::Value;

const START_WITHIN: Duration = Duration::from_secs(20);

/// The API of a running `rfp-api`, through `rfp-client`.
struct Client {
    api: rfp_client::Client,
    http: reqwest::Client,
}

impl Client {
    fn new(api: &mut Service) -> Self {
        let addr = api.wait_for_addr(START_WITHIN);
        let http = reqwest::Client::new();
        Self {
            api: rfp_client::Client::with_http(http.clone(), format!("http://{addr}")),
            http,
        }
    }

    /// Creates a proposal, uploads the PDF and asks for its analysis.
    async fn submit(&self, pdf: &[u8]) -> (String, String) {
        rfp_tests::submit(&self.http, self.api.base(), pdf, "application/pdf").await
    }

    async fn status(&self, id: &str) -> Value {
        self.api.status(id, None, None).await.unwrap()
    }
}

fn store(data_dir: &Path) -> SqliteStore {
    SqliteStore::new(Db::open(&data_dir.join("rfp.sqlite3")).unwrap())
}

/// How many times each event was recorded for `job`.
async fn count_events(store: &SqliteStore, job: &str, event: &str) -> usize {
    let history = store.job_history(JobId::parse(job).unwrap()).await.unwrap();
    history.iter().filter(|(e, _, _)| e == event).count()
}

#[tokio::test]
async fn a_job_survives_the_sigkill_of_the_process_that_held_it() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let data_s = data.display().to_string();
    let env = |delay: &'static str| {
        vec![
            ("RFP_DATA_DIR", data_s.clone()),
            ("RFP_LISTEN_ADDR", "127.0.0.1:0".to_owned()),
            ("RFP_MODEL_DELAY_MS", delay.to_owned()),
            ("RFP_VISIBILITY_TIMEOUT_SECS", "2".to_owned()),
            ("RFP_POLL_INTERVAL_MS", "50".to_owned()),
        ]
    };
    let as_refs = |v: &Vec<(&'static str, String)>| {
        v.iter().map(|(k, v)| (*k, v.clone())).collect::<Vec<_>>()
    };
    let first_env = as_refs(&env("60000"));
    let first_env: Vec<(&str, &str)> = first_env.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let mut first = Service::start("rfp-api", &[], &first_env, dir.path(), "api-1");
    let client = Client::new(&mut first);
    let (id, job) = client.submit(&sample_pdf()).await;

    // Wait until the worker holds the job in the model call, then kill it outright.
    rfp_tests::wait_for_stage(
        &client.http,
        client.api.base(),
        &id,
        "analyzing",
        Duration::from_secs(20),
        || first.logs(),
    )
    .await;
    first.kill();

    let second_env = as_refs(&env("10"));
    let second_env: Vec<(&str, &str)> = second_env.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let mut second = Service::start("rfp-api", &[], &second_env, dir.path(), "api-2");
    let client = Client::new(&mut second);
    let done = rfp_tests::wait_until_final(
        &client.http,
        client.api.base(),
        &id,
        Duration::from_secs(30),
    )
    .await;
    assert_eq!(done["status"], "completed", "{done}\n{}", second.logs());
    assert_eq!(done["job_id"].as_str(), Some(job.as_str()));
    assert_eq!(done["attempts"], 2, "the redelivery is the second attempt");

    second.terminate();
    assert!(
        second
            .wait(Duration::from_secs(20))
            .is_some_and(|s| s.success())
    );
    let store = store(&data);
    assert_eq!(count_events(&store, &job, "start").await, 2);
    assert_eq!(count_events(&store, &job, "complete").await, 1);
}

#[tokio::test]
async fn an_api_and_two_worker_processes_complete_100_jobs_each_once() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let data_s = data.display().to_string();
    let common = [
        ("RFP_DATA_DIR", data_s.as_str()),
        ("RFP_MODEL_DELAY_MS", "20"),
        ("RFP_POLL_INTERVAL_MS", "20"),
        ("RFP_WORKER_CONCURRENCY", "4"),
    ];
    let mut api_env = common.to_vec();
    api_env.extend([
        ("RFP_LISTEN_ADDR", "127.0.0.1:0"),
        ("RFP_EMBEDDED_WORKER", "false"),
    ]);
    let mut api = Service::start("rfp-api", &[], &api_env, dir.path(), "api");
    let client = Client::new(&mut api);
    let workers: Vec<Service> = (1..=2)
        .map(|n| {
            Service::start(
                "rfp-worker",
                &[],
                &common,
                dir.path(),
                &format!("worker-{n}"),
            )
        })
        .collect();

    let pdf = sample_pdf();
    let jobs: Vec<(String, String)> = futures::stream::iter(0..100)
        .map(|_| client.submit(&pdf))
        .buffer_unordered(16)
        .collect()
        .await;
    assert_eq!(jobs.len(), 100);

    for (id, job) in &jobs {
        let done = rfp_tests::wait_until_final(
            &client.http,
            client.api.base(),
            id,
            Duration::from_secs(120),
        )
        .await;
        assert_eq!(done["status"], "completed", "{done}");
        assert_eq!(done["job_id"].as_str(), Some(job.as_str()));
    }

    for w in &workers {
        w.terminate();
    }
    api.terminate();
    for mut s in workers.into_iter().chain([api]) {
        let status = s.wait(Duration::from_secs(30));
        assert!(
            status.is_some_and(|s| s.success()),
            "{} did not stop cleanly:\n{}",
            s.name,
            s.logs()
        );
    }

    let store = store(&data);
    let mut by_worker = std::collections::HashMap::<String, usize>::new();
    for (_, job) in &jobs {
        assert_eq!(count_events(&store, job, "complete").await, 1, "job {job}");
        let history = store.job_history(JobId::parse(job).unwrap()).await.unwrap();
        let (_, _, worker) = history.iter().find(|(e, _, _)| e == "complete").unwrap();
        *by_worker.entry(worker.clone().unwrap()).or_default() += 1;
    }
    assert_eq!(by_worker.len(), 2, "both workers took jobs: {by_worker:?}");
}

#[tokio::test]
async fn sigterm_lets_the_job_in_flight_finish_before_the_worker_exits() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let data_s = data.display().to_string();
    let api_env = [
        ("RFP_DATA_DIR", data_s.as_str()),
        ("RFP_LISTEN_ADDR", "127.0.0.1:0"),
        ("RFP_EMBEDDED_WORKER", "false"),
    ];
    let mut api = Service::start("rfp-api", &[], &api_env, dir.path(), "api");
    let client = Client::new(&mut api);
    let worker_env = [
        ("RFP_DATA_DIR", data_s.as_str()),
        ("RFP_MODEL_DELAY_MS", "1500"),
        ("RFP_POLL_INTERVAL_MS", "20"),
        ("RFP_SHUTDOWN_GRACE_SECS", "20"),
    ];
    let mut worker = Service::start("rfp-worker", &[], &worker_env, dir.path(), "worker");
    let (id, _) = client.submit(&sample_pdf()).await;
    rfp_tests::wait_for_stage(
        &client.http,
        client.api.base(),
        &id,
        "analyzing",
        Duration::from_secs(20),
        || worker.logs(),
    )
    .await;
    worker.terminate();
    let exit = worker.wait(Duration::from_secs(20));
    assert!(exit.is_some_and(|s| s.success()), "{}", worker.logs());
    assert_eq!(
        client.status(&id).await["status"],
        "completed",
        "{}",
        worker.logs()
    );
}

#[test]
fn the_api_refuses_to_start_on_an_address_it_cannot_bind() {
    let taken = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let addr = taken.local_addr().unwrap().to_string();
    let dir = tempfile::tempdir().unwrap();
    let out = std::process::Command::new(binary("rfp-api"))
        .env("RFP_LISTEN_ADDR", &addr)
        .env("RFP_DATA_DIR", dir.path())
        .env("RFP_LOG_FORMAT", "json")
        .output()
        .unwrap();
    assert!(!out.status.success());
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(stderr.contains("RFP_LISTEN_ADDR"), "{stderr}");
}

mod plain_http {
    /// A plain blocking GET (this test is synchronous).
    pub fn blocking_get(url: &str) -> String {
        use std::io::{Read, Write};
        let rest = url.strip_prefix("http://").unwrap();
        let (addr, path) = rest.split_at(rest.find('/').unwrap());
        let mut s = std::net::TcpStream::connect(addr).unwrap();
        write!(
            s,
            "GET {path} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n\r\n"
        )
        .unwrap();
        let mut out = String::new();
        s.read_to_string(&mut out).unwrap();
        out
    }
}

/// A free loopback port (bound and released; good enough for a test).
fn free_addr() -> String {
    let l = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    l.local_addr().unwrap().to_string()
}

/// `healthcheck` is what the container images run: it passes against a live service
/// and fails (non-zero, saying why) when nothing answers.
#[test]
fn the_healthcheck_subcommands_probe_the_running_services() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let (api_addr, worker_addr) = (free_addr(), free_addr());
    let probe = |bin: &str, env: &[(&str, &str)]| {
        std::process::Command::new(binary(bin))
            .arg("healthcheck")
            .envs(env.iter().copied())
            .output()
            .unwrap()
    };
    let down = probe("rfp-worker", &[("RFP_WORKER_HEALTH_ADDR", &worker_addr)]);
    assert!(!down.status.success());
    assert!(String::from_utf8_lossy(&down.stderr).contains("cannot connect"));

    let mut api = Service::start(
        "rfp-api",
        &[],
        &[
            ("RFP_LISTEN_ADDR", &api_addr),
            ("RFP_DATA_DIR", data.to_str().unwrap()),
            ("RFP_EMBEDDED_WORKER", "false"),
        ],
        dir.path(),
        "api",
    );
    api.wait_for_addr(START_WITHIN);
    let mut worker = Service::start(
        "rfp-worker",
        &[],
        &[
            ("RFP_WORKER_HEALTH_ADDR", &worker_addr),
            ("RFP_DATA_DIR", data.to_str().unwrap()),
        ],
        dir.path(),
        "worker",
    );
    let deadline = std::time::Instant::now() + START_WITHIN;
    loop {
        let up = probe("rfp-worker", &[("RFP_WORKER_HEALTH_ADDR", &worker_addr)]);
        if up.status.success() {
            break;
        }
        assert!(std::time::Instant::now() < deadline, "{}", worker.logs());
        std::thread::sleep(Duration::from_millis(50));
    }
    // The worker records its queue gauges as its loop starts, just after /healthz is up.
    let metrics = loop {
        let m = plain_http::blocking_get(&format!("http://{worker_addr}/metrics"));
        if m.contains("rfp_queue_messages") || std::time::Instant::now() > deadline {
            break m;
        }
        std::thread::sleep(Duration::from_millis(50));
    };
    assert!(
        metrics.contains("rfp_queue_messages{queue=\"jobs\""),
        "{metrics}\n{}",
        worker.logs()
    );
    let up = probe("rfp-api", &[("RFP_LISTEN_ADDR", &api_addr)]);
    assert!(
        up.status.success(),
        "{}",
        String::from_utf8_lossy(&up.stderr)
    );
    worker.terminate();
    api.terminate();
    assert!(
        worker.wait(START_WITHIN).is_some_and(|s| s.success()),
        "{}",
        worker.logs()
    );
    assert!(
        api.wait(START_WITHIN).is_some_and(|s| s.success()),
        "{}",
        api.logs()
    );
}

/// Two workers SIGKILLed over and over at random moments — while fetching,
/// extracting, in the model call or saving — and restarted: every job still ends
/// `completed`, with exactly one result written. Bounded: 40 jobs, 10 kills.
#[tokio::test]
async fn random_sigkills_of_workers_lose_nothing_and_complete_each_job_once() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let data_s = data.display().to_string();
    let env = [
        ("RFP_DATA_DIR", data_s.as_str()),
        ("RFP_LISTEN_ADDR", "127.0.0.1:0"),
        ("RFP_EMBEDDED_WORKER", "false"),
        ("RFP_MODEL_DELAY_MS", "150"),
        ("RFP_VISIBILITY_TIMEOUT_SECS", "2"),
        ("RFP_POLL_INTERVAL_MS", "20"),
        ("RFP_RETRY_DELAY_SECS", "0"),
        ("RFP_MAX_RECEIVES", "50"),
        ("RFP_WORKER_CONCURRENCY", "4"),
    ];
    let mut api = Service::start("rfp-api", &[], &env, dir.path(), "api");
    let client = Client::new(&mut api);
    let pdf = sample_pdf();
    let jobs: Vec<(String, String)> = futures::stream::iter(0..40)
        .map(|_| client.submit(&pdf))
        .buffer_unordered(8)
        .collect()
        .await;

    let mut generation = 0;
    let mut start = |slot: usize| {
        generation += 1;
        Service::start(
            "rfp-worker",
            &[],
            &env,
            dir.path(),
            &format!("worker-{slot}-{generation}"),
        )
    };
    let mut workers = vec![start(0), start(1)];
    for kill in 0..10 {
        tokio::time::sleep(Duration::from_millis(rand::random_range(150..600))).await;
        let slot = kill % 2;
        workers[slot].kill();
        workers[slot] = start(slot);
    }

    let deadline = tokio::time::Instant::now() + Duration::from_secs(90);
    for (id, job) in &jobs {
        loop {
            let s = client.status(id).await;
            if s["status"] == "completed" {
                assert_eq!(s["job_id"].as_str(), Some(job.as_str()));
                break;
            }
            assert_ne!(s["status"], "failed", "{s}");
            assert!(
                tokio::time::Instant::now() < deadline,
                "{id} never completed: {s}"
            );
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }
    for w in &workers {
        w.terminate();
    }
    for w in &mut workers {
        assert!(
            w.wait(START_WITHIN).is_some_and(|s| s.success()),
            "{}",
            w.logs()
        );
    }
    let store = store(&data);
    let mut restarted = 0;
    for (_, job) in &jobs {
        assert_eq!(count_events(&store, job, "complete").await, 1, "job {job}");
        if count_events(&store, job, "start").await > 1 {
            restarted += 1;
        }
    }
    assert!(restarted > 0, "the kills hit jobs in flight");
    println!("40 jobs completed once each; {restarted} of them were restarted after a kill");
}

/// Extraction runs in a child process with its address space capped: a decompression
/// bomb that needs more memory than the cap fails with `document_unreadable` naming
/// the budget, the process that asked survives, and a normal document reads fine
/// under the same cap.
#[test]
fn a_decompression_bomb_exceeds_the_extraction_memory_cap_and_nothing_else_breaks() {
    let dir = tempfile::tempdir().unwrap();
    let bomb = dir.path().join("bomb.pdf");
    let pdf = rfp_tests::fixtures::pdf_bomb(1024);
    assert!(pdf.len() < 8 << 20, "small on disk: {} bytes", pdf.len());
    std::fs::write(&bomb, &pdf).unwrap();
    let good = dir.path().join("rfp.pdf");
    std::fs::write(&good, sample_pdf()).unwrap();
    let extract = |file: &Path| {
        std::process::Command::new(binary("rfp-worker"))
            .arg("extract")
            .arg(file)
            .env("RFP_EXTRACT_ISOLATION", "process")
            .env("RFP_EXTRACT_MEMORY_MB", "512")
            .env("RFP_EXTRACT_TIMEOUT_SECS", "60")
            .output()
            .unwrap()
    };
    let out = extract(&bomb);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(3), "{stderr}");
    assert!(stderr.starts_with("document_unreadable"), "{stderr}");
    assert!(stderr.contains("memory budget of 512 MiB"), "{stderr}");
    let out = extract(&good);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn the_api_stops_on_sigterm_after_the_pipe_of_its_logs_closed() {
    use std::io::BufRead;
    let dir = tempfile::tempdir().unwrap();
    // As `rfp-api 2>&1 | head -1`: the reader of its logs goes away after a line.
    let mut child = std::process::Command::new(binary("rfp-api"))
        .env("RFP_DATA_DIR", dir.path())
        .env("RFP_LISTEN_ADDR", "127.0.0.1:0")
        .env("RFP_LOG_FORMAT", "json")
        .env("RFP_SHUTDOWN_GRACE_SECS", "2")
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let mut stderr = std::io::BufReader::new(child.stderr.take().unwrap());
    let addr = (0..20)
        .find_map(|_| {
            let mut line = String::new();
            stderr.read_line(&mut line).ok()?;
            let line: Value = serde_json::from_str(&line).ok()?;
            (line["message"] == "API listening.").then(|| line["addr"].as_str().unwrap().to_owned())
        })
        .expect("the API says where it listens");
    drop(stderr);
    // Logging now fails (EPIPE) on every request and on the signal itself.
    for _ in 0..3 {
        let body = plain_http::blocking_get(&format!("http://{addr}/healthz"));
        assert!(body.contains("ok"), "{body}");
    }
    // SAFETY: kill(2) on our own child's pid.
    unsafe {
        libc::kill(child.id() as i32, libc::SIGTERM);
    }
    let deadline = std::time::Instant::now() + Duration::from_secs(10);
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break Some(status);
        }
        if std::time::Instant::now() > deadline {
            break None;
        }
        std::thread::sleep(Duration::from_millis(50));
    };
    if status.is_none() {
        let _ = child.kill();
    }
    assert!(status.is_some(), "still running 10 s after SIGTERM");
}
