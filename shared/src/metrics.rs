//! Prometheus metrics of both services (`/metrics`): the `metrics` facade, recorded
//! where things happen, rendered by `metrics-exporter-prometheus`. One recorder per
//! process, installed on first use, so the API with its embedded worker shows both.
//!
//! Series (all prefixed `rfp_`):
//! - `jobs_total{outcome, code}`: deliveries by how they ended (`completed`, `failed`,
//!   `retrying`, `dropped`, `poison`) and the error code;
//! - `stage_duration_seconds{stage}`: `extract`, `model`, `job` (start to outcome);
//! - `queue_lag_seconds`: from send to receive, per delivery;
//! - `job_start_wait_seconds`: from the request to the job's recorded start, per
//!   started delivery (a message that waited out a visibility timeout shows here);
//! - `queue_settle_failures_total{operation}`: releases and deletes of a message that
//!   failed (a message not released waits out its visibility timeout);
//! - `queue_messages{queue, state}` and `queue_oldest_message_age_seconds`: queue depth
//!   (and, where the queue can tell, the age of its oldest message);
//! - `model_latency_seconds`, `model_tokens_total{direction}`, `model_calls_total`,
//!   `model_retries_total{code}`;
//! - `dead_letters_total`: dead-lettered jobs the sweep recorded as failed;
//! - `ocr_cpu_seconds{engine}`: the CPU time of a document's OCR programs;
//! - `http_requests_total{route, status}`, `http_request_duration_seconds{route}`.

use std::sync::OnceLock;

use metrics_exporter_prometheus::{Matcher, PrometheusBuilder, PrometheusHandle};

static HANDLE: OnceLock<Option<PrometheusHandle>> = OnceLock::new();

/// Seconds buckets from 1 ms to 15 min: HTTP requests, stages and model calls.
const BUCKETS: &[f64] = &[
    0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0, 60.0,
    120.0, 300.0, 900.0,
];

/// Installs the process's recorder (once; later calls are no-ops).
pub fn install() {
    HANDLE.get_or_init(|| {
        let recorder = PrometheusBuilder::new()
            .set_buckets_for_metric(Matcher::Suffix("_seconds".into()), BUCKETS)
            .expect("the buckets are not empty")
            .build_recorder();
        let handle = recorder.handle();
        match metrics::set_global_recorder(recorder) {
            Ok(()) => {
                describe();
                Some(handle)
            }
            Err(e) => {
                tracing::warn!(error = %e, "Another metrics recorder is installed; /metrics will be empty.");
                None
            }
        }
    });
}

/// The Prometheus text exposition of every series recorded so far.
pub fn render() -> String {
    install();
    match HANDLE.get().and_then(Option::as_ref) {
        Some(handle) => {
            handle.run_upkeep();
            handle.render()
        }
        None => String::new(),
    }
}

fn describe() {
    use metrics::{Unit, describe_counter, describe_gauge, describe_histogram};
    describe_counter!(
        "rfp_jobs_total",
        "Job deliveries by outcome and error code."
    );
    describe_histogram!(
        "rfp_stage_duration_seconds",
        Unit::Seconds,
        "Time spent per job stage."
    );
    describe_histogram!(
        "rfp_queue_lag_seconds",
        Unit::Seconds,
        "Time from a job's send to its receive."
    );
    describe_histogram!(
        "rfp_job_start_wait_seconds",
        Unit::Seconds,
        "Time from a job's request to its recorded start, per started delivery."
    );
    describe_counter!(
        "rfp_queue_settle_failures_total",
        "Releases and deletes of a job message that failed, by operation."
    );
    describe_gauge!(
        "rfp_queue_messages",
        "Messages in the job queue and the dead-letter queue."
    );
    describe_gauge!(
        "rfp_queue_oldest_message_age_seconds",
        Unit::Seconds,
        "Age of the oldest visible job message, where the queue can tell."
    );
    describe_histogram!(
        "rfp_model_latency_seconds",
        Unit::Seconds,
        "Model call latency, per attempt."
    );
    describe_counter!("rfp_model_tokens_total", "Model tokens by direction.");
    describe_counter!(
        "rfp_model_calls_total",
        "Model calls that returned an answer."
    );
    describe_counter!(
        "rfp_model_retries_total",
        "Model calls retried, by error code."
    );
    describe_counter!(
        "rfp_dead_letters_total",
        "Dead-lettered jobs the sweep recorded as failed."
    );
    describe_histogram!(
        "rfp_ocr_cpu_seconds",
        Unit::Seconds,
        "CPU time of one document's OCR programs (Tesseract), per document."
    );
    describe_counter!(
        "rfp_http_requests_total",
        "HTTP requests by route and status."
    );
    describe_histogram!(
        "rfp_http_request_duration_seconds",
        Unit::Seconds,
        "HTTP request duration by route."
    );
}
