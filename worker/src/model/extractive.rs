//! The offline engine ([`rfp_engine`]) behind the `Model` port: the embedded default.
//! The engine is a pure function of the pages; this adapter runs it on a thread of its
//! own and stops it when the job no longer wants its answer.

use async_trait::async_trait;

use rfp_shared::ports::{Model, ModelAnswer, ModelError, ModelRequest};

pub use rfp_engine::{
    ENGINE, Layout, MODEL_ID, StopFlag, Stopped, analyze, analyze_document, analyze_pages,
};

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
        std::thread::Builder::new()
            .name("rfp-analyze".into())
            .spawn(move || {
                let _entered = span.enter();
                let started = std::time::Instant::now();
                // What the document says about itself, bounded and cleaned again.
                let layout = crate::extraction::layout::to_layout(&request.hints);
                let analysis = analyze_document(request.pages.as_slice(), &layout, &thread_stop);
                let _ = tx.send(analysis.map(|a| (a, started.elapsed())));
            })
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
