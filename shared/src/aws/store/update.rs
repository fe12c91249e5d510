//! The update expressions: a builder with a placeholder for every name and value, and
//! the update and condition of each job event (pure, so the expressions are tested
//! without DynamoDB).

use std::collections::HashMap;

use aws_sdk_dynamodb::types::AttributeValue;
use chrono::{DateTime, Utc};

use crate::domain::{AnalysisStatus, Stage};
use crate::ids::JobId;
use crate::ports::StoreError;
use crate::state::{self, Event};

use super::item::{ResultRef, av, timestamp};

/// An update expression under construction, with placeholders for every name and value.
#[derive(Default)]
pub(super) struct Update {
    pub(super) sets: Vec<String>,
    removes: Vec<String>,
    pub(super) names: HashMap<String, String>,
    pub(super) values: HashMap<String, AttributeValue>,
}

impl Update {
    pub(super) fn name(&mut self, attr: &str) -> String {
        let placeholder = format!("#{attr}");
        self.names.insert(placeholder.clone(), attr.to_owned());
        placeholder
    }

    pub(super) fn value(&mut self, v: AttributeValue) -> String {
        let placeholder = format!(":v{}", self.values.len());
        self.values.insert(placeholder.clone(), v);
        placeholder
    }

    pub(super) fn set(&mut self, attr: &str, v: AttributeValue) {
        let (n, v) = (self.name(attr), self.value(v));
        self.sets.push(format!("{n} = {v}"));
    }

    pub(super) fn set_s(&mut self, attr: &str, v: impl Into<String>) {
        self.set(attr, AttributeValue::S(v.into()));
    }

    pub(super) fn set_n(&mut self, attr: &str, v: impl ToString) {
        self.set(attr, AttributeValue::N(v.to_string()));
    }

    pub(super) fn remove(&mut self, attr: &str) {
        let n = self.name(attr);
        self.removes.push(n);
    }

    /// `#status IN (…)` over the given statuses.
    pub(super) fn status_in(&mut self, statuses: &[AnalysisStatus]) -> String {
        let n = self.name("rfp_analysis_status");
        let vs: Vec<String> = statuses
            .iter()
            .map(|s| self.value(AttributeValue::S(s.as_str().into())))
            .collect();
        format!("{n} IN ({})", vs.join(", "))
    }

    /// `version + 1` and `updated_at`, which every write makes.
    pub(super) fn bump(&mut self) {
        let (version, one) = (
            self.name("version"),
            self.value(AttributeValue::N("1".into())),
        );
        let zero = self.value(AttributeValue::N("0".into()));
        self.sets.push(format!(
            "{version} = if_not_exists({version}, {zero}) + {one}"
        ));
        self.set_s("updated_at", timestamp(Utc::now()));
    }

    pub(super) fn expression(&self) -> String {
        let mut e = format!("SET {}", self.sets.join(", "));
        if !self.removes.is_empty() {
            e.push_str(&format!(" REMOVE {}", self.removes.join(", ")));
        }
        e
    }
}

/// The fields a new job sets, whichever write enqueues it.
pub(super) fn set_enqueued(
    u: &mut Update,
    job_id: JobId,
    at: DateTime<Utc>,
    trace_id: &str,
    callback_url: Option<&str>,
) {
    match callback_url {
        Some(url) => u.set_s("callback_url", url),
        None => u.remove("callback_url"),
    }
    u.set_s("rfp_analysis_status", AnalysisStatus::Queued.as_str());
    u.set_s("rfp_analysis_job_id", job_id.to_string());
    u.set_n("progress", Stage::Queued.progress());
    u.set_s("stage", Stage::Queued.as_str());
    u.set_n("attempts", 0);
    u.set_s("requested_at", timestamp(at));
    u.set_s("trace_id", trace_id);
    for attr in ["started_at", "completed_at", "rfp_analysis_error", "worker"] {
        u.remove(attr);
    }
}

/// "The item's status is one of `allowed`", an item without a status counting as
/// `not_started`.
pub(super) fn status_allows(u: &mut Update, allowed: &[AnalysisStatus]) -> String {
    let listed = u.status_in(allowed);
    if allowed.contains(&AnalysisStatus::NotStarted) {
        let st = u.name("rfp_analysis_status");
        format!("(attribute_not_exists({st}) OR {listed})")
    } else {
        listed
    }
}

/// The update and condition that apply `event` (see the module docs): the condition
/// is the job id and [`Event::allowed_from`]; `large_result` is where
/// [`DynamoStore::place_result`] put a result too large for the item. Pure, so the
/// expression is tested without DynamoDB.
pub(super) fn update_for(
    event: &Event,
    large_result: Option<&ResultRef>,
) -> Result<(Update, String), StoreError> {
    use AnalysisStatus::*;
    let mut u = Update::default();
    match event {
        Event::Enqueue {
            job_id,
            at,
            trace_id,
            document_sha256,
            callback_url,
        } => {
            set_enqueued(&mut u, *job_id, *at, trace_id, callback_url.as_deref());
            u.set_s("document_sha256", document_sha256);
        }
        Event::Start {
            attempt,
            worker,
            at,
            ..
        } => {
            u.set_s("rfp_analysis_status", Processing.as_str());
            u.set_s("stage", Stage::Fetching.as_str());
            u.set_n("progress", Stage::Fetching.progress());
            u.set_n("attempts", attempt);
            u.set_s("worker", worker);
            let (n, v) = (
                u.name("started_at"),
                u.value(AttributeValue::S(timestamp(*at))),
            );
            u.sets.push(format!("{n} = if_not_exists({n}, {v})"));
        }
        Event::Progress {
            stage, progress, ..
        } => {
            u.set_s("stage", stage.as_str());
            if *stage != Stage::Retrying {
                u.set_n("progress", state::progress_of(*stage, *progress));
            }
        }
        Event::Complete { result, at, .. } => {
            u.set_s("rfp_analysis_status", Completed.as_str());
            u.set_s("stage", Stage::Completed.as_str());
            u.set_n("progress", 100);
            u.set_s("completed_at", timestamp(*at));
            u.remove("rfp_analysis_error");
            match large_result {
                Some(stored) => {
                    u.set("rfp_analysis_ref", av(stored)?);
                    u.remove("rfp_analysis");
                }
                None => {
                    u.set("rfp_analysis", av(result)?);
                    u.remove("rfp_analysis_ref");
                }
            }
        }
        Event::Fail { error, at, .. } => {
            u.set_s("rfp_analysis_status", Failed.as_str());
            u.set_s("stage", Stage::Failed.as_str());
            u.set_s("completed_at", timestamp(*at));
            u.set("rfp_analysis_error", av(error)?);
        }
        Event::Retry { error, .. } => {
            u.set_s("stage", Stage::Retrying.as_str());
            u.set("rfp_analysis_error", av(error)?);
        }
    }
    let allowed = status_allows(&mut u, event.allowed_from());
    let condition = match event {
        Event::Enqueue { .. } => {
            let pk_name = u.name("PK");
            format!("attribute_exists({pk_name}) AND {allowed}")
        }
        other => {
            let job = u.name("rfp_analysis_job_id");
            let v = u.value(AttributeValue::S(other.job_id().to_string()));
            format!("{job} = {v} AND {allowed}")
        }
    };
    u.bump();
    Ok((u, condition))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{AnalysisState, JobError};
    use serde_json::Value;

    fn events(job_id: JobId) -> Vec<Event> {
        let at = Utc::now();
        let error = JobError::new("x", "x", true);
        vec![
            Event::Enqueue {
                job_id,
                at,
                trace_id: "t".into(),
                document_sha256: "abc".into(),
                callback_url: Some("https://example.com/hook".into()),
            },
            Event::Start {
                job_id,
                attempt: 1,
                worker: "w".into(),
                at,
            },
            Event::Progress {
                job_id,
                stage: Stage::Analyzing,
                progress: 50,
            },
            Event::Complete {
                job_id,
                result: serde_json::json!({"title": "t"}),
                at,
            },
            Event::Fail {
                job_id,
                error: error.clone(),
                at,
            },
            Event::Retry { job_id, error },
        ]
    }

    /// The statuses the condition accepts (those listed after `#rfp_analysis_status
    /// IN (`), and whether it accepts an item without a status (an original item, or
    /// one never analysed).
    fn accepted(u: &Update, condition: &str) -> (Vec<AnalysisStatus>, bool) {
        let list = condition
            .split("#rfp_analysis_status IN (")
            .nth(1)
            .and_then(|rest| rest.split(')').next())
            .expect("a status list");
        let statuses: Vec<AnalysisStatus> = list
            .split(", ")
            .map(|placeholder| {
                let s = u.values[placeholder].as_s().unwrap();
                serde_json::from_value(Value::String(s.clone())).unwrap()
            })
            .collect();
        let missing = condition.contains("attribute_not_exists(#rfp_analysis_status)");
        (statuses, missing)
    }

    #[test]
    fn each_events_condition_accepts_exactly_what_the_state_machine_accepts() {
        use AnalysisStatus::*;
        let job_id = JobId::new();
        for event in events(job_id) {
            let (u, condition) = update_for(&event, None).unwrap();
            let (accepted, missing) = accepted(&u, &condition);
            for status in [NotStarted, Queued, Processing, Completed, Failed] {
                let state = AnalysisState {
                    status,
                    job_id: Some(job_id),
                    ..AnalysisState::default()
                };
                let machine = state::apply(&state, event.clone()).is_ok();
                assert_eq!(
                    accepted.contains(&status),
                    machine,
                    "{} from {}: condition `{condition}`",
                    event.name(),
                    status.as_str()
                );
                if status == NotStarted {
                    assert_eq!(missing, machine, "{}: `{condition}`", event.name());
                }
            }
            // Every event but the first names its job: a stale delivery is refused.
            let names_job = condition.contains("#rfp_analysis_job_id = :v");
            assert_eq!(
                names_job,
                !matches!(event, Event::Enqueue { .. }),
                "{condition}"
            );
        }
    }

    #[test]
    fn a_large_result_is_pointed_to_and_a_small_one_kept_in_the_item() {
        let complete = events(JobId::new()).remove(3);
        let (u, _) = update_for(&complete, None).unwrap();
        let expression = u.expression();
        assert!(expression.contains("#rfp_analysis = :v"), "{expression}");
        assert!(expression.contains("REMOVE") && expression.contains("#rfp_analysis_ref"));
        let stored = ResultRef {
            bucket: "b".into(),
            key: "results/p/j.json".into(),
        };
        let (u, _) = update_for(&complete, Some(&stored)).unwrap();
        let expression = u.expression();
        assert!(
            expression.contains("#rfp_analysis_ref = :v"),
            "{expression}"
        );
        let removes = expression.split(" REMOVE ").nth(1).unwrap();
        assert!(
            removes.split(", ").any(|n| n == "#rfp_analysis"),
            "{expression}"
        );
    }

    #[test]
    fn an_enqueue_records_its_callback_and_clears_the_last_jobs_times() {
        let enqueue = events(JobId::new()).remove(0);
        let (u, condition) = update_for(&enqueue, None).unwrap();
        let expression = u.expression();
        assert!(
            condition.starts_with("attribute_exists(#PK) AND "),
            "{condition}"
        );
        assert!(expression.contains("#callback_url = :v"), "{expression}");
        let removes = expression.split(" REMOVE ").nth(1).unwrap();
        for attr in [
            "#started_at",
            "#completed_at",
            "#rfp_analysis_error",
            "#worker",
        ] {
            assert!(
                removes.split(", ").any(|n| n == attr),
                "{attr}: {expression}"
            );
        }
    }
}
