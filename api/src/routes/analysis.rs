//! Analysis jobs: `analyze-rfp` records the job as `queued`, enqueues it and answers
//! `202 Accepted` at once; `analysis-status` reports where it stands, optionally
//! waiting (long poll) until that changes.

use std::time::Duration;

use axum::extract::State;
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json as AxumJson, Router};
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use rfp_shared::backends::SubmitError;
use rfp_shared::domain::{AnalysisStatus, JobError, Proposal, Stage};
use rfp_shared::ids::JobId;
use rfp_shared::ports::{Requested, StoreError};
use rfp_shared::state::AnalysisRequest;

use crate::AppState;
use crate::error::ProblemCode;
use crate::error::{ApiError, CommonErrors, JsonBodyErrors, OwnedErrors, Problem};
use crate::extractors::{Caller, Json, OwnedProposal, ProposalPath, Query};
use crate::extractors::{ProposalIdOf, load_owned, load_owned_id};

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/api/proposals/{id}/analyze-rfp", post(analyze))
        .route("/api/proposals/{id}/analysis-status", get(status))
        .route("/api/proposals/{id}/analysis-events", get(events))
}

/// How often an event stream looks at the store: the completed event reaches the
/// client within this of the result being recorded, and each open stream costs at
/// most this many reads a second (on DynamoDB, a `GetItem` each).
const EVENTS_POLL: Duration = Duration::from_millis(250);
/// A stream of a proposal with no job in flight ends after this long, unless one
/// starts (the deadline then stays this one; clients reconnect).
const EVENTS_IDLE: Duration = Duration::from_secs(10);
/// A stream ends after this long; clients reconnect (with `Last-Event-ID`).
const EVENTS_MAX: Duration = Duration::from_secs(600);

/// Server-sent events of a proposal's analysis: a `status` event whenever it changes
/// (its id is the proposal's version), then a `completed` or `failed` event with the
/// result or the error, after which the stream ends. Works across processes: it
/// follows the store, not the worker.
#[utoipa::path(
    get,
    path = "/api/proposals/{id}/analysis-events",
    tag = "analysis",
    summary = "Server-sent events of the analysis",
    params(ProposalPath, ("last-event-id" = Option<String>, Header, description = "The last event id seen; resumes after it")),
    responses(
        (status = 200, description = "`status` events (data: a StatusView) on every change, then `completed` or `failed`, and the stream ends (after 10 s when no job is in flight, and none starts; after 10 min in any case)", content_type = "text/event-stream", body = EventFrame),
        OwnedErrors,
        CommonErrors,
    ),
)]
pub(crate) async fn events(
    State(state): State<AppState>,
    OwnedProposal {
        owner,
        proposal: first,
    }: OwnedProposal,
    headers: HeaderMap,
) -> Result<
    axum::response::sse::Sse<
        impl futures::Stream<Item = Result<axum::response::sse::Event, std::convert::Infallible>>,
    >,
    ApiError,
> {
    use axum::response::sse::{Event, KeepAlive, Sse};
    let id = first.id.to_string();
    // A reconnecting client says what it saw; it gets only what changed since.
    let seen: Option<u64> = headers
        .get("last-event-id")
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse().ok());
    // A proposal with no job in flight may be about to get one (clients subscribe,
    // then ask for the analysis): its stream waits a little for that, not for ever.
    let opened = tokio::time::Instant::now();
    let deadline = opened
        + if first.analysis.status.in_flight() {
            EVENTS_MAX
        } else {
            EVENTS_IDLE
        };
    struct Follow {
        state: AppState,
        owner: rfp_shared::ids::Owner,
        id: String,
        seen: Option<u64>,
        next: Option<Proposal>,
        done: bool,
        deadline: tokio::time::Instant,
    }
    let follow = Follow {
        state,
        owner,
        id,
        seen,
        next: Some(first),
        done: false,
        deadline,
    };
    let stream = futures::stream::unfold(follow, move |mut f| async move {
        if f.done {
            return None;
        }
        loop {
            let proposal = match f.next.take() {
                Some(p) => p,
                None => {
                    if tokio::time::Instant::now() >= f.deadline {
                        return None;
                    }
                    tokio::time::sleep(EVENTS_POLL).await;
                    match load_owned(&f.state, &f.owner, &f.id).await {
                        Ok(p) => p,
                        // Deleted meanwhile, or the store is away: end; the client
                        // reconnects and hears why.
                        Err(_) => return None,
                    }
                }
            };
            if f.seen.is_some_and(|v| proposal.version <= v) {
                continue;
            }
            f.seen = Some(proposal.version);
            let mut proposal = proposal;
            if super::workspace::see(&f.state, &mut proposal)
                .await
                .is_err()
            {
                return None;
            }
            let version = proposal.version;
            let view = StatusView::from(proposal);
            let name = match view.status {
                AnalysisStatus::Completed => "completed",
                AnalysisStatus::Failed => "failed",
                _ => "status",
            };
            f.done = view.status.is_final();
            if view.status.in_flight() {
                f.deadline = f.deadline.max(opened + EVENTS_MAX);
            }
            let event = Event::default()
                .event(name)
                .id(version.to_string())
                .json_data(&view)
                .unwrap_or_else(|_| Event::default().event(name));
            return Some((Ok(event), f));
        }
    });
    Ok(Sse::new(stream).keep_alive(KeepAlive::new().interval(Duration::from_secs(15))))
}

/// The analysis status, with the field names the existing front end reads.
#[derive(Debug, Serialize, Deserialize, utoipa::ToSchema)]
pub struct StatusView {
    pub status: AnalysisStatus,
    pub progress: u8,
    pub stage: Stage,
    pub job_id: Option<JobId>,
    pub attempts: u32,
    pub requested_at: Option<DateTime<Utc>>,
    pub started_at: Option<DateTime<Utc>>,
    pub completed_at: Option<DateTime<Utc>>,
    pub error: Option<JobError>,
    /// The analysis, once `completed` (its keys follow the prompt's output format).
    #[schema(value_type = Option<Object>)]
    pub rfp_analysis: Option<serde_json::Value>,
    /// Once `completed` after an earlier analysis: `{job_id, fields: [{field, before,
    /// after}]}`, the tracked facts (deadlines, budget, page limit, criteria, title)
    /// that differ from that analysis, e.g. after an amendment was added.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(value_type = Option<Object>)]
    pub changed_since_previous: Option<serde_json::Value>,
    /// The stored analysis (what the exports serve) read another package than the
    /// current one: a document was added, replaced or deleted since. Analyse again
    /// (`{"force": true}` is not needed: the new package is a new job).
    #[serde(default)]
    pub stale: bool,
    /// The identity of the package the stored analysis read, when there is one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub analysed_package_sha256: Option<String>,
    /// The identity of the proposal's package now.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub package_sha256: Option<String>,
    /// Changes whenever the proposal does; pass it as `since` to wait for a change.
    pub version: u64,
}

impl From<Proposal> for StatusView {
    fn from(p: Proposal) -> Self {
        let stale = p.analysis_is_stale();
        let analysed_package_sha256 = p.analysed_package_sha256();
        let package_sha256 = p.package_sha256();
        let a = p.analysis;
        let completed = a.status == AnalysisStatus::Completed;
        let changed_since_previous = a
            .result
            .as_ref()
            .filter(|_| completed)
            .and_then(|r| r.get("changed_since_previous"))
            .cloned();
        Self {
            status: a.status,
            progress: a.progress,
            stage: a.stage,
            job_id: a.job_id,
            attempts: a.attempts,
            requested_at: a.requested_at,
            started_at: a.started_at,
            completed_at: a.completed_at,
            // While a job is retried, its last error is not the job's outcome.
            error: if a.status == AnalysisStatus::Failed {
                a.error
            } else {
                None
            },
            rfp_analysis: if completed { a.result } else { None },
            changed_since_previous,
            stale,
            analysed_package_sha256,
            package_sha256,
            version: p.version,
        }
    }
}

#[derive(Deserialize, Default, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub(crate) struct AnalyzeRequest {
    /// Analyse again even if the current document already has a result.
    #[serde(default)]
    force: bool,
    /// Where to POST the outcome when the job ends: https, a public host. Signed
    /// with HMAC-SHA256 (`x-rfp-signature: t=…,v1=…`); needs RFP_CALLBACK_SECRET.
    #[serde(default)]
    callback_url: Option<String>,
}

/// One server-sent event of `analysis-events`.
#[derive(utoipa::ToSchema)]
#[allow(dead_code)]
pub(crate) struct EventFrame {
    /// `status`, `completed` or `failed`.
    event: String,
    /// The proposal's version; send it back as `Last-Event-ID` to resume.
    id: String,
    /// A `StatusView`, as JSON.
    data: String,
}

/// The answer of a queued analysis.
#[derive(Serialize, utoipa::ToSchema)]
pub(crate) struct Accepted {
    job_id: JobId,
    status: AnalysisStatus,
    /// Where to follow it.
    status_url: String,
}

fn status_location(id: &str) -> String {
    format!("/api/proposals/{id}/analysis-status")
}

fn accepted(id: &str, job_id: JobId, status: AnalysisStatus) -> Response {
    let location = status_location(id);
    (
        StatusCode::ACCEPTED,
        [(header::LOCATION, location.clone())],
        AxumJson(Accepted {
            job_id,
            status,
            status_url: location,
        }),
    )
        .into_response()
}

/// The trace id of a request: the W3C `traceparent` trace id if the caller sent one,
/// else the request id (which the API makes up when the caller sent none).
fn trace_id(headers: &HeaderMap) -> String {
    headers
        .get("traceparent")
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.split('-').nth(1))
        .filter(|t| t.len() == 32 && t.bytes().all(|b| b.is_ascii_hexdigit()))
        .or_else(|| headers.get("x-request-id").and_then(|v| v.to_str().ok()))
        .map(str::to_owned)
        .unwrap_or_else(|| uuid::Uuid::new_v4().simple().to_string())
}

#[utoipa::path(
    post,
    path = "/api/proposals/{id}/analyze-rfp",
    tag = "analysis",
    summary = "Analyse the proposal's RFP",
    params(ProposalPath),
    request_body (content = Option<AnalyzeRequest>, description = "Optional; `{\"force\": true}` analyses again"),
    responses(
        (status = 202, description = "Queued, or a job already in flight (`Location`: the status)", body = Accepted),
        (status = 200, description = "Already analysed: the result", body = StatusView),
        OwnedErrors,
        (status = 409, description = "No document uploaded yet", body = Problem, content_type = "application/problem+json"),
        JsonBodyErrors,
        CommonErrors,
    ),
)]
pub(crate) async fn analyze(
    State(state): State<AppState>,
    Caller(owner): Caller,
    ProposalIdOf(proposal_id): ProposalIdOf,
    headers: HeaderMap,
    Json(body): Json<AnalyzeRequest>,
) -> Result<Response, ApiError> {
    let trace_id = trace_id(&headers);
    if let Some(url) = &body.callback_url {
        use rfp_worker::callback::Refused;
        // The proposal first: nobody learns anything about a URL (how its host
        // resolves) through a proposal that is not theirs.
        load_owned_id(&state, &owner, proposal_id).await?;
        state.callbacks.check(url).await.map_err(|e| {
            let code = match e {
                Refused::Disabled => ProblemCode::CallbacksDisabled,
                Refused::Invalid(_) => ProblemCode::CallbackUrlInvalid,
                Refused::Private(_) => ProblemCode::CallbackUrlRefused,
                Refused::Unresolved(_) => ProblemCode::CallbackUrlUnresolvable,
            };
            ApiError::new(code, e.to_string())
        })?;
    }
    let request = AnalysisRequest {
        owner,
        job_id: JobId::new(),
        at: Utc::now(),
        trace_id: trace_id.clone(),
        force: body.force,
        callback_url: body.callback_url,
    };
    match state.backends.request_analysis(proposal_id, &request).await {
        Ok(Requested::Enqueued(p)) => {
            let job_id = p.analysis.job_id.expect("an enqueued job has an id");
            tracing::info!(%job_id, proposal_id = %p.id, %trace_id, "Queued an analysis.");
            Ok(accepted(
                &proposal_id.to_string(),
                job_id,
                AnalysisStatus::Queued,
            ))
        }
        Ok(Requested::Existing(p)) => match (p.analysis.status.in_flight(), p.analysis.job_id) {
            // A job in flight: follow it rather than start a second.
            (true, Some(job_id)) => Ok(accepted(
                &proposal_id.to_string(),
                job_id,
                p.analysis.status,
            )),
            // Already analysed: the existing result, not a new job.
            _ => Ok((StatusCode::OK, AxumJson(StatusView::from(p))).into_response()),
        },
        Err(SubmitError::Store(StoreError::NoDocument(_))) => Err(ApiError::new(
            ProblemCode::NoDocument,
            "Upload an RFP document (PUT …/rfp) before asking for its analysis.",
        )),
        Err(SubmitError::Store(e)) => Err(e.into()),
        Err(SubmitError::Queue(e)) => Err(e.into()),
    }
}

#[derive(Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub(crate) struct StatusQuery {
    /// Seconds to wait for a change (at most 20).
    wait: Option<f64>,
    /// The `version` the client has seen; without it, the version at the request.
    since: Option<u64>,
}

/// How often a waiting status request looks again: bounded store reads per connection.
const WAIT_POLL: Duration = Duration::from_millis(100);
const MAX_WAIT: f64 = 20.0;

#[utoipa::path(
    get,
    path = "/api/proposals/{id}/analysis-status",
    tag = "analysis",
    summary = "Where the analysis stands; optionally waits for a change",
    params(ProposalPath, StatusQuery),
    responses(
        (status = 200, description = "The status, and the analysis once completed", body = StatusView),
        (status = 400, description = "A bad `wait` or `since`", body = Problem, content_type = "application/problem+json"),
        OwnedErrors,
        CommonErrors,
    ),
)]
pub(crate) async fn status(
    State(state): State<AppState>,
    Query(q): Query<StatusQuery>,
    OwnedProposal {
        owner,
        mut proposal,
    }: OwnedProposal,
) -> Result<Response, ApiError> {
    let id = proposal.id.to_string();
    let wait = q.wait.unwrap_or(0.0);
    if !wait.is_finite() || wait < 0.0 {
        return Err(ApiError::new(
            ProblemCode::InvalidWait,
            "`wait` is a number of seconds from 0 to 20.",
        ));
    }
    let deadline = tokio::time::Instant::now() + Duration::from_secs_f64(wait.min(MAX_WAIT));
    let seen = q.since.unwrap_or(proposal.version);
    // Without `since`, only a job in flight has a change to wait for.
    let waits_for_change = q.since.is_some() || proposal.analysis.status.in_flight();
    while waits_for_change && proposal.version <= seen && tokio::time::Instant::now() < deadline {
        tokio::time::sleep(WAIT_POLL).await;
        proposal = load_owned(&state, &owner, &id).await?;
    }
    let etag = super::workspace::see(&state, &mut proposal).await?;
    Ok(super::workspace::tagged(
        &etag,
        AxumJson(StatusView::from(proposal)).into_response(),
    ))
}
