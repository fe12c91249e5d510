//! The stages of a job between its text and its result: the model call within its
//! budget (with the parts' progress and the still-wanted check), the progress writes,
//! and the checks every answer passes before it is stored.

use std::sync::Arc;
use std::time::Instant;

use serde_json::Value;
use tracing::{info, warn};

use rfp_shared::domain::{JobMessage, Stage};
use rfp_shared::failure::FailureCode;
use rfp_shared::ports::{DocumentHint, ModelRequest, StoreError};
use rfp_shared::state::Event;
use rfp_shared::telemetry::error_chain;

use super::{Failure, STAGE_WRITE_DELAY, STILL_CURRENT_EVERY, Stop, Worker};

impl Worker {
    /// The model's answer for `pages` (and the document's `hints`), within the analysis budget, recording the
    /// stage (unless `stage_recorded`: a package's later documents) and the parts'
    /// progress.
    pub(super) async fn analyse(
        &self,
        msg: &JobMessage,
        prompt: &crate::prompt::Prompt,
        schema: &Arc<Value>,
        (pages, hints): (&Arc<Vec<String>>, &Arc<Vec<DocumentHint>>),
        stage_recorded: bool,
    ) -> Result<rfp_shared::ports::ModelAnswer, Stop> {
        let (progress_tx, progress_rx) = tokio::sync::watch::channel((0, 0));
        let request = ModelRequest {
            system_prompt: prompt.system_prompt.clone(),
            user_prompt_template: prompt.user_prompt_template.clone(),
            output_format: prompt.output_format.clone(),
            pages: pages.clone(),
            hints: hints.clone(),
            schema: schema.clone(),
            progress: Some(progress_tx),
        };

        if !stage_recorded {
            self.progress(msg, Stage::Analyzing, Stage::Analyzing.progress())
                .await?;
        }
        let model_started = Instant::now();
        // The whole analysis within its budget: past it the model's future is dropped,
        // which stops an offline analysis and abandons a model call, and the slot is
        // free again.
        let budget = self.config.analyze_timeout;
        let bounded = async {
            tokio::time::timeout(budget, self.model.analyze(request))
                .await
                .unwrap_or_else(|_| {
                    Err(rfp_shared::ports::ModelError::BudgetSpent(format!(
                        "the analysis took longer than its budget of {} s (RFP_ANALYZE_TIMEOUT_SECS)",
                        budget.as_secs()
                    )))
                })
        };
        let answer = self
            .with_part_progress(msg, progress_rx, bounded)
            .await?
            .map_err(|e| Failure::of(&e))?;
        metrics::histogram!("rfp_stage_duration_seconds", "stage" => "model")
            .record(model_started.elapsed().as_secs_f64());
        Ok(answer)
    }

    /// Runs the model call, recording progress from 50 to 90 % as a long document's
    /// parts complete, and looking every [`STILL_CURRENT_EVERY`] whether the job is
    /// still the proposal's: a deleted proposal or a replaced document stops the
    /// analysis (dropping it) and frees the slot without waiting for it to end.
    async fn with_part_progress<T>(
        &self,
        msg: &JobMessage,
        mut parts: tokio::sync::watch::Receiver<(usize, usize)>,
        work: impl std::future::Future<Output = T>,
    ) -> Result<T, Stop> {
        tokio::pin!(work);
        let mut recorded = Stage::Analyzing.progress();
        let mut check = tokio::time::interval_at(
            tokio::time::Instant::now() + STILL_CURRENT_EVERY,
            STILL_CURRENT_EVERY,
        );
        loop {
            tokio::select! {
                out = &mut work => return Ok(out),
                _ = check.tick() => self.still_current(msg).await?,
                changed = parts.changed() => {
                    if changed.is_err() {
                        // The model dropped its sender: no more parts to report.
                        return Ok(work.await);
                    }
                    let (done, total) = *parts.borrow_and_update();
                    if total == 0 {
                        continue;
                    }
                    let progress = 50 + (40 * done.min(total) / total) as u8;
                    if progress > recorded {
                        recorded = progress;
                        self.progress(msg, Stage::Analyzing, progress).await?;
                    }
                }
            }
        }
    }

    /// Whether the job is still its proposal's current one, in flight; a store that
    /// does not answer is no reason to stop.
    async fn still_current(&self, msg: &JobMessage) -> Result<(), Stop> {
        match self.store.get_proposal(msg.proposal_id).await {
            Ok(None) => {
                info!("The proposal was deleted while it was analysed; stopping the job.");
                Err(Stop::Superseded("proposal deleted"))
            }
            Ok(Some(p))
                if p.analysis.job_id != Some(msg.job_id) || p.analysis.status.is_final() =>
            {
                info!("The job was superseded while it was analysed; stopping it.");
                Err(Stop::Superseded("superseded"))
            }
            _ => Ok(()),
        }
    }

    /// Runs a quick stage, recording it only if it outlasts `STAGE_WRITE_DELAY`.
    pub(super) async fn staged<T>(
        &self,
        msg: &JobMessage,
        stage: Stage,
        work: impl std::future::Future<Output = T>,
    ) -> Result<T, Stop> {
        tokio::pin!(work);
        tokio::select! {
            out = &mut work => return Ok(out),
            _ = tokio::time::sleep(STAGE_WRITE_DELAY) => {}
        }
        self.progress(msg, stage, stage.progress()).await?;
        Ok(work.await)
    }

    /// Records a stage. A job that was superseded meanwhile stops here; a store
    /// hiccup does not stop the job (progress is informative).
    pub(super) async fn progress(
        &self,
        msg: &JobMessage,
        stage: Stage,
        progress: u8,
    ) -> Result<(), Stop> {
        let event = Event::Progress {
            job_id: msg.job_id,
            stage,
            progress,
        };
        match self.store.apply(msg.proposal_id, event).await {
            Ok(_) => Ok(()),
            Err(StoreError::Transition(e)) => {
                info!(reason = %e, "The job was superseded; stopping it.");
                Err(Stop::Superseded("superseded"))
            }
            Err(StoreError::NotFound(_)) => Err(Stop::Superseded("proposal deleted")),
            Err(e) => {
                warn!(error = %error_chain(&e), stage = stage.as_str(), "Cannot record progress; going on.");
                Ok(())
            }
        }
    }
}

impl Worker {
    /// How the compliance matrix of this worker's answers is settled: `None` for a
    /// prompt item's answer, kept as it came; else the service's own, read off the
    /// document when the model reads no instructions (the offline engine, which
    /// analyses each document alone and quotes only the document's words) rather than
    /// given by a model. Asked of the model, never of its name.
    pub(super) fn matrix_of(&self, prompt: &crate::prompt::Prompt) -> Option<FromDocument> {
        let from_document = self.model.reads_packages_per_document();
        (from_document || prompt.is_builtin()).then_some(FromDocument(from_document))
    }
}

/// Whether a compliance matrix was read off the document itself (the offline engine)
/// rather than given by a model.
#[derive(Debug, Clone, Copy)]
pub(super) struct FromDocument(pub bool);

/// What the checks of an answer found.
pub(super) struct Checked {
    /// Values cut to their length limits.
    pub capped: usize,
    pub quotes: crate::quotes::Report,
    /// What settling the compliance matrix kept and dropped, if the answer has one.
    pub requirements: Option<crate::matrix::Settled>,
    /// The words of `semantic_query`, if the answer has one.
    pub query_words: Option<usize>,
}

/// Whatever the engine, nothing unvalidated is stored as `completed`, and no value is
/// larger than a reader needs: `analysis` is capped, checked against its schema, and
/// its quotes checked against the document. The compliance matrix keeps only rows
/// verbatim in the document, when `matrix` says the answer's `requirements` are the
/// service's own (`Some`: the built-in prompt's schema or the offline engine; a prompt
/// item's answer is kept as it came) and whether it was read off the document (the
/// offline engine, whose rows are not looked up again) rather than given by a model.
///
/// A package's answer (`sources`: its documents) has each quote checked against the
/// document it names, or found in one and named after it.
pub(super) fn checked(
    analysis: &mut Value,
    schema: &Value,
    pages: &[String],
    matrix: Option<FromDocument>,
    sources: Option<&[crate::quotes::Source]>,
) -> Result<Checked, Failure> {
    let capped = crate::bounds::cap_result(analysis);
    if capped > 0 {
        warn!(
            capped,
            "Cut values of the analysis that were over their length limits."
        );
    }
    let document = crate::quotes::Document::new(pages);
    let mut requirements = matrix.and_then(|FromDocument(from_document)| {
        crate::matrix::settle(analysis, &document, from_document)
    });
    if let Some(r) = requirements.as_mut() {
        r.criteria_linked = crate::matrix::link_criteria(analysis);
    }
    if let Some(r) = requirements.as_ref().filter(|r| r.dropped_unverified > 0) {
        warn!(
            dropped = r.dropped_unverified,
            kept = r.kept,
            "Dropped requirements whose words are not in the document."
        );
    }
    crate::model::schema::validate(schema, analysis).map_err(|why| {
        Failure::permanent(
            FailureCode::ModelOutputInvalid,
            format!("the analysis does not meet its schema: {why}"),
        )
    })?;
    let quotes = match sources {
        Some(sources) => crate::quotes::check_package(analysis, sources),
        None => crate::quotes::check(analysis, &document),
    };
    if !quotes.unverified.is_empty() {
        warn!(
            unverified = quotes.unverified.len(),
            checked = quotes.checked,
            "Some quotes of the analysis are not in the document."
        );
    }
    let query_words = analysis
        .get("semantic_query")
        .and_then(Value::as_str)
        .map(crate::model::schema::word_count);
    if let Some(words) = query_words.filter(|w| !(150..=250).contains(w)) {
        warn!(
            words,
            "The semantic query is outside the 150-250 words asked for."
        );
    }
    Ok(Checked {
        capped,
        quotes,
        requirements,
        query_words,
    })
}
