//! The offline engine ([`rfp_engine`]) behind the `Model` port: the embedded default.
//! The engine is a pure function of the pages; this adapter runs it on a thread of its
//! own and stops it when the job no longer wants its answer.
//!
//! Those threads are kept once they have analysed a document, up to [`MAX_IDLE`]
//! waiting for the next: the regex crate keeps its lazy DFAs' states per thread, and
//! a fresh thread per analysis built them again every time (release build, the 47
//! corpus texts: 148 ms median per document on a fresh thread, 20 ms on a warm one).

use std::sync::Mutex;
use std::sync::mpsc::{Sender, channel};

use async_trait::async_trait;

use rfp_shared::ports::{Model, ModelAnswer, ModelError, ModelRequest};

pub use rfp_engine::{
    ENGINE, Layout, MODEL_ID, StopFlag, Stopped, analyze, analyze_document, analyze_pages,
};

/// Most analysis threads kept waiting for a next document; past them a thread that
/// ends its analysis ends. Never a bound on how many run at once: a job never waits
/// for a thread (the worker's concurrency and each owner's share bound that).
const MAX_IDLE: usize = 8;

/// One analysis, run on an analysis thread.
type Job = Box<dyn FnOnce() + Send>;

/// The analysis threads waiting for a job, each by the sender of its queue.
static IDLE: Mutex<Vec<Sender<Job>>> = Mutex::new(Vec::new());

/// Runs `job` on a waiting analysis thread, or on a new one when none waits.
fn run_on_analysis_thread(job: Job) -> std::io::Result<()> {
    let waiting = IDLE.lock().unwrap_or_else(|e| e.into_inner()).pop();
    let job = match waiting {
        Some(thread) => match thread.send(job) {
            Ok(()) => return Ok(()),
            // It ended (a panic in an analysis): a new thread takes the job.
            Err(back) => back.0,
        },
        None => job,
    };
    let (queue, jobs) = channel::<Job>();
    std::thread::Builder::new()
        .name("rfp-analyze".into())
        .spawn(move || {
            let mut next = Some(job);
            while let Some(job) = next.take() {
                job();
                {
                    let mut idle = IDLE.lock().unwrap_or_else(|e| e.into_inner());
                    if idle.len() >= MAX_IDLE {
                        return;
                    }
                    idle.push(queue.clone());
                }
                next = jobs.recv().ok();
            }
        })
        .map(|_| ())
}

/// The offline [`Model`].
#[derive(Debug, Clone, Default)]
pub struct ExtractiveAnalyzer;

#[async_trait]
impl Model for ExtractiveAnalyzer {
    /// Runs on a thread of its own, not tokio's blocking pool, so that a runtime
    /// shutting down never waits for it; dropping the returned future (the job's time
    /// budget spent, the worker stopping) stops the analysis at its next check.
    async fn analyze(&self, request: ModelRequest) -> Result<ModelAnswer, ModelError> {
        let span = tracing::Span::current();
        let stop = StopFlag::default();
        let _stop_on_drop = stop.stop_on_drop();
        let (tx, rx) = tokio::sync::oneshot::channel();
        let thread_stop = stop.clone();
        run_on_analysis_thread(Box::new(move || {
            let _entered = span.enter();
            let started = std::time::Instant::now();
            // What the document says about itself, bounded and cleaned again.
            let layout = crate::extraction::layout::to_layout(&request.hints);
            let analysis = analyze_document(request.pages.as_slice(), &layout, &thread_stop);
            let _ = tx.send(analysis.map(|a| (a, started.elapsed())));
        }))
        .map_err(|e| ModelError::Unavailable(format!("cannot start the analyzer: {e}")))?;
        match rx.await {
            Ok(Ok((analysis, took))) => {
                let mut answer = ModelAnswer::local(analysis, ENGINE, MODEL_ID);
                // The engine's own time, so `rfp eval` and the metrics can compare it
                // with extraction's.
                answer.latency_ms = took.as_secs_f64() * 1000.0;
                Ok(answer)
            }
            Ok(Err(Stopped)) => Err(ModelError::Unavailable(
                "the extractive analyzer was stopped".into(),
            )),
            Err(_) => Err(ModelError::Unavailable(
                "the extractive analyzer crashed".into(),
            )),
        }
    }

    /// It reads no instructions: each document is analysed alone and the package
    /// merged by role (`crate::merge`).
    fn reads_packages_per_document(&self) -> bool {
        true
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The thread a job ran on, waited for.
    fn thread_of_a_job() -> std::thread::ThreadId {
        let (tx, rx) = std::sync::mpsc::channel();
        run_on_analysis_thread(Box::new(move || {
            let _ = tx.send(std::thread::current().id());
        }))
        .unwrap();
        rx.recv_timeout(std::time::Duration::from_secs(10)).unwrap()
    }

    #[test]
    fn an_analysis_thread_is_kept_for_the_next_job_and_a_panic_costs_only_its_thread() {
        // Other tests run analyses at the same time: a kept thread may be taken by
        // one of them, so a later job runs on one of the kept threads, not
        // necessarily the first one's. Enough jobs in a row find one again.
        let first = thread_of_a_job();
        let again = (0..50).map(|_| thread_of_a_job()).any(|t| t == first);
        assert!(again, "no job ran on a kept thread");
        assert_ne!(first, std::thread::current().id());
        // A job that panics ends its thread only; the next job still runs.
        run_on_analysis_thread(Box::new(|| panic!("an analysis that panics"))).unwrap();
        let after = thread_of_a_job();
        assert_ne!(after, std::thread::current().id());
    }

    fn quotes(v: &serde_json::Value, out: &mut Vec<String>) {
        match v {
            serde_json::Value::Object(m) => {
                for (k, v) in m {
                    if k.ends_with("quote") {
                        out.push(v.as_str().unwrap().to_owned());
                    } else {
                        quotes(v, out);
                    }
                }
            }
            serde_json::Value::Array(a) => a.iter().for_each(|v| quotes(v, out)),
            _ => {}
        }
    }

    #[test]
    fn every_quote_is_verbatim_text_of_the_document() {
        let mut all = Vec::new();
        quotes(&analyze(crate::SAMPLE_RFP), &mut all);
        assert!(all.len() > 30, "only {} quotes", all.len());
        // The service's own quote check (whitespace and Markdown emphasis do not
        // count), as every analysis goes through it.
        let document = crate::quotes::Document::new(&[crate::SAMPLE_RFP.to_owned()]);
        for q in all {
            assert!(!q.is_empty());
            assert!(document.find(&q).is_some(), "not in the document: {q:?}");
        }
    }
}
