//! The load test: the real binaries (`rfp-api` and worker processes) on one backend,
//! 1,000 submissions from 100 concurrent clients, with a model of fixed simulated
//! latency. Reports throughput, submit latency, end-to-end latency minus the model's
//! time and each process's peak RSS, and checks that every job completed exactly once
//! (by the workers' logs: one "Completed the analysis." per job) with no 5xx.
//!
//! ```text
//! cargo build --release --bin rfp-api --bin rfp-worker
//! cargo run --release -p rfp-tests --bin rfp-load -- embedded
//! RFP_TEST_MOTO_URL=http://127.0.0.1:5055 cargo run --release -p rfp-tests --bin rfp-load -- aws
//! ```
//! Options after the backend: `--jobs N` (1000), `--clients N` (100), `--workers N`
//! (2), `--concurrency N` per worker (8), `--model-ms N` (200), `--owners N` (20: the
//! ordinary jobs' tenants, client `i` acting for owner `i mod N`), `--hostile N` (0:
//! one-line texts of 4 MB sent first by another owner, `mallory`; their jobs are
//! followed to their end but the figures are the ordinary jobs').

use std::collections::HashMap;
use std::time::{Duration, Instant};

use chrono::{DateTime, Utc};
use futures::StreamExt;
use hdrhistogram::Histogram;
use rfp_tests::fixtures::sample_pdf;
use rfp_tests::process::Service;
use serde_json::Value;

/// How long one job may take to end before the run fails.
const FOLLOW_WITHIN: Duration = Duration::from_secs(600);

struct Options {
    backend: String,
    jobs: usize,
    clients: usize,
    workers: usize,
    concurrency: usize,
    model_ms: u64,
    owners: usize,
    hostile: usize,
}

fn options() -> Options {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let mut o = Options {
        backend: args.first().cloned().unwrap_or_else(|| "embedded".into()),
        jobs: 1000,
        clients: 100,
        workers: 2,
        concurrency: 8,
        model_ms: 200,
        owners: 20,
        hostile: 0,
    };
    for pair in args[1.min(args.len())..].chunks(2) {
        let value = || {
            pair.get(1)
                .and_then(|v| v.parse().ok())
                .expect("a number after each option")
        };
        match pair[0].as_str() {
            "--jobs" => o.jobs = value(),
            "--clients" => o.clients = value(),
            "--workers" => o.workers = value(),
            "--concurrency" => o.concurrency = value(),
            "--model-ms" => o.model_ms = value() as u64,
            "--owners" => o.owners = value().max(1),
            "--hostile" => o.hostile = value(),
            other => panic!("unknown option {other}"),
        }
    }
    o
}

/// Peak resident set size of a process, from /proc (Linux).
fn peak_rss_mib(pid: i32) -> f64 {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).unwrap_or_default();
    status
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse::<f64>().ok())
        .map_or(0.0, |kb| kb / 1024.0)
}

fn ms(h: &Histogram<u64>, q: f64) -> f64 {
    h.value_at_quantile(q) as f64 / 1000.0
}

#[tokio::main]
async fn main() {
    let o = options();
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let mut env: Vec<(String, String)> = vec![
        ("RFP_LISTEN_ADDR".into(), "127.0.0.1:0".into()),
        ("RFP_EMBEDDED_WORKER".into(), "false".into()),
        ("RFP_MODEL_DELAY_MS".into(), o.model_ms.to_string()),
        ("RFP_WORKER_CONCURRENCY".into(), o.concurrency.to_string()),
        ("RFP_LOG_FORMAT".into(), "json".into()),
        ("RFP_RECEIVE_WAIT_SECS".into(), "1".into()),
    ];
    let _fixture = match o.backend.as_str() {
        "embedded" => {
            env.push(("RFP_DATA_DIR".into(), data.display().to_string()));
            None
        }
        "aws" => {
            let url = std::env::var("RFP_TEST_MOTO_URL")
                .expect("the aws backend needs RFP_TEST_MOTO_URL (a moto server)");
            let f = rfp_shared::aws::emulator::fixture(&url, &[]).await;
            env.extend(f.env.iter().cloned());
            Some(f)
        }
        other => panic!("unknown backend {other}: embedded or aws"),
    };
    let env_refs: Vec<(&str, &str)> = env.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    let mut api = Service::start("rfp-api", &[], &env_refs, dir.path(), "api");
    let base = format!("http://{}", api.wait_for_addr(Duration::from_secs(30)));
    let workers: Vec<Service> = (0..o.workers)
        .map(|n| {
            Service::start(
                "rfp-worker",
                &[],
                &env_refs,
                dir.path(),
                &format!("worker-{n}"),
            )
        })
        .collect();
    let http = reqwest::Client::builder()
        .pool_max_idle_per_host(o.clients)
        .build()
        .unwrap();
    let pdf = sample_pdf();
    eprintln!(
        "{} jobs from {} clients ({} owners), {} workers × {}, model {} ms, backend {}, {} hostile",
        o.jobs, o.clients, o.owners, o.workers, o.concurrency, o.model_ms, o.backend, o.hostile
    );

    // The hostile documents first, so they hold slots when ordinary traffic comes.
    let line = "Proposals must be submitted by 15 March 2027 at 17:00 CET to bids@agency.example.org; the grant is up to EUR 250,000 per award. ";
    let hostile_text = line.repeat((4 << 20) / line.len() + 1).into_bytes();
    let mut hostile = Vec::new();
    for _ in 0..o.hostile {
        let (id, _) =
            rfp_tests::submit_as(&http, &base, "mallory", hostile_text.clone(), "text/plain").await;
        hostile.push(id);
    }

    // Each client: create a proposal, upload the RFP, ask for its analysis.
    let started = Instant::now();
    let submitted: Vec<(String, String, u64, Vec<u16>, String)> = futures::stream::iter(0..o.jobs)
        .map(|i| {
            let (http, base, pdf) = (&http, &base, &pdf);
            let owner = format!("tenant-{}", (i % o.clients) % o.owners);
            async move {
                let client =
                    rfp_client::Client::with_http(http.clone(), base.clone()).with_owner(&owner);
                // The status of each step: the success's own, or the problem's.
                let code = |e: &rfp_client::Error| e.status().unwrap_or(0);
                let mut statuses = Vec::new();
                let p = client.create_proposal(&format!("load {i}")).await;
                statuses.push(p.as_ref().map_or_else(code, |_| 201));
                let id = p.unwrap()["id"].as_str().unwrap().to_owned();
                let r = client
                    .upload(&id, pdf.clone(), "application/pdf", None)
                    .await;
                statuses.push(r.as_ref().map_or_else(code, |_| 201));
                let t = Instant::now();
                let r = client.analyze(&id, &rfp_client::Analyze::default()).await;
                let micros = t.elapsed().as_micros() as u64;
                statuses.push(r.as_ref().map_or_else(code, |a| a.status));
                let job = r
                    .ok()
                    .and_then(|a| a.body["job_id"].as_str().map(str::to_owned))
                    .unwrap_or_default();
                (id, job, micros, statuses, owner)
            }
        })
        .buffer_unordered(o.clients)
        .collect()
        .await;
    let submit_secs = started.elapsed().as_secs_f64();

    // Follow every job to its end.
    let finals: Vec<Value> = futures::stream::iter(&submitted)
        .map(|(id, _, _, _, owner)| {
            let (http, base) = (&http, &base);
            async move { rfp_tests::wait_until_final_as(http, base, id, owner, FOLLOW_WITHIN).await }
        })
        .buffer_unordered(o.clients)
        .collect()
        .await;
    let total_secs = started.elapsed().as_secs_f64();
    let mut hostile_ended = Vec::new();
    for id in &hostile {
        let s = rfp_tests::wait_until_final_as(&http, &base, id, "mallory", FOLLOW_WITHIN).await;
        hostile_ended.push(format!(
            "{}{}",
            s["status"].as_str().unwrap_or("?"),
            s["error"]["code"]
                .as_str()
                .map(|c| format!(" ({c})"))
                .unwrap_or_default()
        ));
    }
    if !hostile.is_empty() {
        eprintln!("hostile jobs: {}", hostile_ended.join(", "));
    }
    let rss: Vec<(String, f64)> = std::iter::once(("rfp-api".to_owned(), peak_rss_mib(api.pid())))
        .chain(
            workers
                .iter()
                .map(|w| (w.name.clone(), peak_rss_mib(w.pid()))),
        )
        .collect();

    let mut submit = Histogram::<u64>::new(3).unwrap();
    let mut e2e = Histogram::<u64>::new(3).unwrap();
    let mut server_errors = 0;
    for (_, _, micros, statuses, _) in &submitted {
        submit.record(*micros).unwrap();
        server_errors += statuses.iter().filter(|s| **s >= 500).count();
    }
    let mut completed = 0;
    for f in &finals {
        if f["status"] == "completed" {
            completed += 1;
        }
        let at = |k: &str| f[k].as_str().and_then(|t| t.parse::<DateTime<Utc>>().ok());
        if let (Some(start), Some(end)) = (at("requested_at"), at("completed_at")) {
            let micros = (end - start).num_microseconds().unwrap_or(0) - (o.model_ms as i64 * 1000);
            e2e.record(micros.max(0) as u64).unwrap();
        }
    }

    // Exactly once: one "Completed the analysis." per job across the workers' logs.
    let mut logs = String::new();
    for mut w in workers {
        w.terminate();
        w.wait(Duration::from_secs(60));
        logs.push_str(&w.logs());
    }
    api.terminate();
    api.wait(Duration::from_secs(30));
    let completions: Vec<&str> = logs
        .lines()
        .filter(|l| l.contains("Completed the analysis."))
        .collect();
    let mut per_job: HashMap<&str, usize> = HashMap::new();
    for (_, job, _, _, _) in &submitted {
        let n = completions
            .iter()
            .filter(|l| l.contains(job.as_str()))
            .count();
        per_job.insert(job.as_str(), n);
    }
    let once = per_job.values().filter(|n| **n == 1).count();
    let twice = per_job.values().filter(|n| **n > 1).count();

    println!(
        "| backend | jobs | clients | workers × slots | model | completed | completed once (logs) | 5xx | submit throughput | jobs/s end to end | submit p50 / p99 | end-to-end minus model p50 / p99 | peak RSS (MiB) |"
    );
    println!("|---|---|---|---|---|---|---|---|---|---|---|---|---|");
    println!(
        "| {} | {} | {} | {} × {} | {} ms | {} | {} (duplicates: {}) | {} | {:.0}/s | {:.1}/s | {:.1} / {:.1} ms | {:.0} / {:.0} ms | {} |",
        o.backend,
        o.jobs,
        o.clients,
        o.workers,
        o.concurrency,
        o.model_ms,
        completed,
        once,
        twice,
        server_errors,
        o.jobs as f64 / submit_secs,
        o.jobs as f64 / total_secs,
        ms(&submit, 0.5),
        ms(&submit, 0.99),
        ms(&e2e, 0.5),
        ms(&e2e, 0.99),
        rss.iter()
            .map(|(n, r)| format!("{n} {r:.0}"))
            .collect::<Vec<_>>()
            .join(", "),
    );
    let hostile_ok = hostile_ended
        .iter()
        .all(|s| s == "completed" || s.contains("analysis_timeout"));
    let ok =
        completed == o.jobs && once == o.jobs && twice == 0 && server_errors == 0 && hostile_ok;
    std::process::exit(if ok { 0 } else { 1 });
}
