//! The embedded backend's benchmark: `cargo run --release -p rfp-tests --bin rfp-bench`.
//!
//! It starts the service in this process (its own runtime and threads), fills it over
//! HTTP, and measures from a client runtime with 64 concurrent connections:
//! 1. `POST analyze-rfp` throughput and latency (the worker is off in this phase, so
//!    the figure is the API's: validate, record `queued`, enqueue, answer 202);
//! 2. `GET analysis-status` throughput and latency;
//! 3. the pipeline's overhead per job, with the worker on and jobs one at a time: the
//!    time from the API recording the request to the worker recording the result,
//!    minus the extraction and model time the result itself reports.
//!
//! It prints a Markdown table. Figures depend on the machine; the README quotes them.

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use chrono::{DateTime, Utc};
use futures::StreamExt;
use hdrhistogram::Histogram;
use tokio_util::sync::CancellationToken;

const CLIENTS: usize = 64;
const SUBMITS: usize = 20_000;
const STATUS_READS: usize = 100_000;
const OVERHEAD_JOBS: usize = 300;

fn arg(name: &str, default: usize) -> usize {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

/// Starts the service on its own runtime (2 threads, like the machine) and returns its
/// base URL and a handle that stops it.
fn start_service(
    dir: &std::path::Path,
    overrides: &[(&str, &str)],
) -> (String, CancellationToken, std::thread::JoinHandle<()>) {
    let settings = rfp_tests::test_settings(dir, overrides);
    let (tx, rx) = std::sync::mpsc::channel();
    let stop = CancellationToken::new();
    let stop2 = stop.clone();
    let handle = std::thread::spawn(move || {
        let rt = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(2)
            .enable_all()
            .build()
            .unwrap();
        rt.block_on(async move {
            let app = rfp_api::Application::build(settings).await.unwrap();
            tx.send(format!("http://{}", app.local_addr())).unwrap();
            app.run_until_stopped(stop2).await.unwrap();
        });
    });
    (rx.recv().unwrap(), stop, handle)
}

async fn create_with_document(http: &reqwest::Client, base: &str, n: usize) -> Vec<String> {
    let client = rfp_client::Client::with_http(http.clone(), base);
    futures::stream::iter(0..n)
        .map(|i| {
            let client = client.clone();
            async move {
                let p = client.create_proposal(&format!("bench {i}")).await.unwrap();
                let id = p["id"].as_str().unwrap().to_owned();
                client
                    .upload(&id, rfp_worker::SAMPLE_RFP.into(), "text/markdown", None)
                    .await
                    .unwrap();
                id
            }
        })
        .buffer_unordered(CLIENTS)
        .collect()
        .await
}

struct Run {
    requests: usize,
    elapsed: Duration,
    latency: Histogram<u64>,
    errors: usize,
}

/// `total` requests from `CLIENTS` concurrent clients; `request(i)` makes the i-th.
async fn load<F, Fut>(total: usize, request: F) -> Run
where
    F: Fn(usize) -> Fut + Send + Sync + 'static,
    Fut: std::future::Future<Output = bool> + Send,
{
    let next = Arc::new(AtomicUsize::new(0));
    let request = Arc::new(request);
    let started = Instant::now();
    let mut tasks = Vec::new();
    for _ in 0..CLIENTS {
        let next = next.clone();
        let request = request.clone();
        tasks.push(tokio::spawn(async move {
            let mut h = Histogram::<u64>::new(3).unwrap();
            let mut errors = 0;
            loop {
                let i = next.fetch_add(1, Ordering::Relaxed);
                if i >= total {
                    return (h, errors);
                }
                let t = Instant::now();
                if !request(i).await {
                    errors += 1;
                }
                h.record(t.elapsed().as_micros() as u64).unwrap();
            }
        }));
    }
    let mut latency = Histogram::<u64>::new(3).unwrap();
    let mut errors = 0;
    for t in tasks {
        let (h, e) = t.await.unwrap();
        latency.add(h).unwrap();
        errors += e;
    }
    Run {
        requests: total,
        elapsed: started.elapsed(),
        latency,
        errors,
    }
}

fn row(name: &str, run: &Run) -> String {
    format!(
        "| {name} | {} | {:.0}/s | {:.2} ms | {:.2} ms | {} |",
        run.requests,
        run.requests as f64 / run.elapsed.as_secs_f64(),
        run.latency.value_at_quantile(0.5) as f64 / 1000.0,
        run.latency.value_at_quantile(0.99) as f64 / 1000.0,
        run.errors
    )
}

/// `rfp-bench serve IDS_FILE`: starts the API (worker off) with `BENCH_SUBMITS`
/// proposals that have a document, writes their ids to IDS_FILE and its base URL to
/// stdout, and serves until ctrl-c, so an external load generator (wrk) can drive it.
async fn serve_prepared(ids_file: &str) {
    let n = arg("BENCH_SUBMITS", SUBMITS);
    let dir = tempfile::tempdir().unwrap();
    let (base, stop, server) = start_service(dir.path(), &[("RFP_EMBEDDED_WORKER", "false")]);
    let http = reqwest::Client::new();
    let ids = create_with_document(&http, &base, n).await;
    std::fs::write(ids_file, ids.join("\n") + "\n").unwrap();
    println!("{base}");
    eprintln!("Serving {n} proposals at {base}; ctrl-c stops.");
    tokio::signal::ctrl_c().await.unwrap();
    stop.cancel();
    server.join().unwrap();
}

#[tokio::main(worker_threads = 2)]
async fn main() {
    let args: Vec<String> = std::env::args().collect();
    if args.get(1).map(String::as_str) == Some("serve") {
        return serve_prepared(args.get(2).expect("usage: rfp-bench serve IDS_FILE")).await;
    }
    let submits = arg("BENCH_SUBMITS", SUBMITS);
    let reads = arg("BENCH_STATUS_READS", STATUS_READS);
    let jobs = arg("BENCH_OVERHEAD_JOBS", OVERHEAD_JOBS);
    let http = reqwest::Client::builder()
        .pool_max_idle_per_host(CLIENTS)
        .build()
        .unwrap();

    // Phases 1 and 2: the API alone.
    let dir = tempfile::tempdir().unwrap();
    let (base, stop, server) = start_service(dir.path(), &[("RFP_EMBEDDED_WORKER", "false")]);
    eprintln!("Creating {submits} proposals with a document…");
    let ids = Arc::new(create_with_document(&http, &base, submits).await);

    eprintln!("Phase 1: {submits} × POST analyze-rfp from {CLIENTS} clients…");
    // The measured requests are built by rfp-client, sent as they are (no body to
    // serialise, no answer to parse beyond its status).
    let api = rfp_client::Client::with_http(http.clone(), base.clone());
    let submit = {
        let (api, ids) = (api.clone(), ids.clone());
        load(submits, move |i| {
            let request = api.request(
                reqwest::Method::POST,
                &format!("/api/proposals/{}/analyze-rfp", ids[i]),
            );
            async move { request.send().await.is_ok_and(|r| r.status() == 202) }
        })
        .await
    };

    eprintln!("Phase 2: {reads} × GET analysis-status from {CLIENTS} clients…");
    let status = {
        let (api, ids) = (api.clone(), ids.clone());
        load(reads, move |i| {
            let request = api.request(
                reqwest::Method::GET,
                &format!(
                    "/api/proposals/{}/analysis-status",
                    ids[(i * 7919) % ids.len()]
                ),
            );
            async move {
                match request.send().await {
                    Ok(r) if r.status() == 200 => r.bytes().await.is_ok(),
                    _ => false,
                }
            }
        })
        .await
    };
    stop.cancel();
    server.join().unwrap();

    // Phase 3: the pipeline's own cost per job, one job at a time.
    eprintln!("Phase 3: {jobs} jobs one at a time through the embedded worker…");
    let dir = tempfile::tempdir().unwrap();
    let (base, stop, server) = start_service(dir.path(), &[]);
    let ids = create_with_document(&http, &base, jobs).await;
    let mut overhead = Histogram::<u64>::new(3).unwrap();
    let mut end_to_end = Histogram::<u64>::new(3).unwrap();
    let client = rfp_client::Client::with_http(http.clone(), base.clone());
    for id in &ids {
        let asked = client
            .analyze(id, &rfp_client::Analyze::default())
            .await
            .unwrap();
        assert_eq!(asked.status, 202);
        let done = loop {
            let s = client.status(id, None, None).await.unwrap();
            if s["status"] == "completed" {
                break s;
            }
            assert_ne!(s["status"], "failed", "{s}");
            tokio::time::sleep(Duration::from_millis(2)).await;
        };
        let at = |k: &str| done[k].as_str().unwrap().parse::<DateTime<Utc>>().unwrap();
        let total_us = (at("completed_at") - at("requested_at"))
            .num_microseconds()
            .unwrap() as f64;
        let meta = &done["rfp_analysis"]["meta"];
        let inner_us = (meta["extract_ms"].as_f64().unwrap()
            + meta["model_latency_ms"].as_f64().unwrap())
            * 1000.0;
        end_to_end.record(total_us as u64).unwrap();
        overhead
            .record((total_us - inner_us).max(0.0) as u64)
            .unwrap();
    }
    stop.cancel();
    server.join().unwrap();

    println!("| measure | requests | throughput | p50 | p99 | errors |");
    println!("|---|---|---|---|---|---|");
    println!("{}", row("POST analyze-rfp (worker off)", &submit));
    println!("{}", row("GET analysis-status", &status));
    println!();
    println!("| per job, {jobs} jobs one at a time | p50 | p99 |");
    println!("|---|---|---|");
    let ms = |h: &Histogram<u64>, q: f64| h.value_at_quantile(q) as f64 / 1000.0;
    println!(
        "| request recorded → result recorded | {:.2} ms | {:.2} ms |",
        ms(&end_to_end, 0.5),
        ms(&end_to_end, 0.99)
    );
    println!(
        "| of which pipeline overhead (minus extraction and model time) | {:.2} ms | {:.2} ms |",
        ms(&overhead, 0.5),
        ms(&overhead, 0.99)
    );
}
