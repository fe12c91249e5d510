//! The bid team's workspace: corrections of the analysis's facts (`PATCH …/analysis`),
//! the matrix as a work list (`PATCH …/compliance-matrix`), and who changed what
//! (`GET …/history`). See `rfp_shared::workspace` for the records and the rules that
//! keep the team's work through a re-analysis.
//!
//! Every reader of an analysis goes through [`see`], which lays the workspace over the
//! stored result, so a corrected deadline is the deadline of the status, the page, the
//! calendar, the reports and the exports alike. Reads carry an `ETag` (the workspace's
//! version and the analysis's job); writes need it back as `If-Match` and get 412 when
//! another member's edit or a new analysis came first. Within one API process the
//! writes of one proposal take turns; across processes the store's conditional write
//! decides.

use axum::Router;
use axum::extract::State;
use axum::http::{HeaderMap, HeaderValue, header};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use chrono::Utc;
use serde::{Deserialize, Serialize};
use serde_json::Value;

use rfp_shared::domain::Proposal;
use rfp_shared::ids::ProposalId;
use rfp_shared::workspace::edits::{
    Against, EditError, FactEdits, MatrixEdits, apply_fact_edits, apply_matrix_edits,
};
use rfp_shared::workspace::{self, HistoryEntry, Stamp, Workspace, overlay};

use crate::AppState;
use crate::auth::Member;
use crate::error::{ApiError, CommonErrors, JsonBodyErrors, OwnedErrors, Problem, ProblemCode};
use crate::extractors::{Json, OwnedProposal, ProposalIdOf, ProposalPath, Query, load_owned_id};

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/api/proposals/{id}/analysis", get(show).patch(correct))
        .route("/api/proposals/{id}/history", get(history))
}

/// The job whose result the proposal holds (the result's own, else the last job's).
fn result_job(p: &Proposal) -> Option<String> {
    let result = p.analysis.result.as_ref()?;
    result["meta"]["job_id"]
        .as_str()
        .map(str::to_owned)
        .or_else(|| p.analysis.job_id.map(|j| j.to_string()))
}

/// Lays `ws` over the proposal's stored result; returns the `ETag`.
pub(crate) fn lay_over(p: &mut Proposal, ws: &Workspace) -> String {
    let job = result_job(p);
    let analysed = p.analysed_package_sha256();
    if let Some(result) = p.analysis.result.as_mut() {
        *result = overlay::effective(result, ws, analysed.as_deref(), job.as_deref());
    }
    workspace::etag(ws.version, job.as_deref())
}

/// The proposal as the team sees it: its analysis through the workspace. Returns the
/// `ETag`. Every route that reads an analysis calls this.
pub(crate) async fn see(state: &AppState, p: &mut Proposal) -> Result<String, ApiError> {
    let ws = state.backends.store.get_workspace(p.id).await?;
    Ok(lay_over(p, &ws))
}

/// `response` with the `ETag` header.
pub(crate) fn tagged(etag: &str, mut response: Response) -> Response {
    if let Ok(v) = HeaderValue::from_str(etag) {
        response.headers_mut().insert(header::ETAG, v);
    }
    response
}

fn edit_error(e: EditError) -> ApiError {
    let code = match e.code {
        "too_many_edits" => ProblemCode::TooManyEdits,
        "unknown_requirement" => ProblemCode::UnknownRequirement,
        _ => ProblemCode::InvalidEdit,
    };
    ApiError::new(code, e.message)
}

/// The `If-Match` of a write, required.
fn if_match(headers: &HeaderMap) -> Result<String, ApiError> {
    let value = headers.get(header::IF_MATCH).ok_or_else(|| {
        ApiError::new(
            ProblemCode::PreconditionRequired,
            "Edits need `If-Match` with the ETag of the analysis you read (GET …/analysis), so that nobody's edit is lost.",
        )
    })?;
    value.to_str().map(str::to_owned).map_err(|_| {
        ApiError::new(
            ProblemCode::PreconditionRequired,
            "`If-Match` is not a list of entity tags.",
        )
    })
}

/// Reads the workspace, checks `If-Match`, applies `edit` and writes the next version
/// with its history entry in one conditional write; answers the analysis as it now is.
async fn write(
    state: &AppState,
    member: Member,
    id: ProposalId,
    headers: &HeaderMap,
    edit: impl FnOnce(&mut Workspace, &Against<'_>, &Stamp) -> Result<Vec<workspace::Change>, EditError>,
) -> Result<Response, ApiError> {
    let wanted = if_match(headers)?;
    let turn = state.workspace_turns.of(id);
    let _held = turn.lock().await;
    let mut proposal = load_owned_id(state, &member.owner, id).await?;
    let result = super::matrix::completed_result(&proposal)?.clone();
    let ws = state.backends.store.get_workspace(id).await?;
    let current = workspace::etag(ws.version, result_job(&proposal).as_deref());
    if !workspace::if_match(&wanted, &current) {
        return Err(ApiError::new(
            ProblemCode::PreconditionFailed,
            format!(
                "The analysis changed since you read it (your {wanted}, now {current}): another member's edit or a new analysis came first. Read it again and apply your edit to what is there now."
            ),
        ));
    }
    let analysed = proposal.analysed_package_sha256();
    let against = Against {
        result: &result,
        analysed_package: analysed.as_deref(),
    };
    let stamp = Stamp {
        by: member.subject,
        at: Utc::now(),
    };
    let mut next = ws.clone();
    let changes = edit(&mut next, &against, &stamp).map_err(edit_error)?;
    let entry = HistoryEntry {
        version: ws.version + 1,
        stamp,
        changes,
    };
    state
        .backends
        .store
        .put_workspace(id, ws.version, &next, &entry)
        .await?;
    next.version = ws.version + 1;
    metrics::counter!("rfp_workspace_writes_total").increment(1);
    let etag = lay_over(&mut proposal, &next);
    let body = proposal.analysis.result.take().unwrap_or(Value::Null);
    Ok(tagged(
        &etag,
        super::matrix::mark_stale(&proposal, axum::Json(body).into_response()),
    ))
}

#[utoipa::path(
    get,
    path = "/api/proposals/{id}/analysis",
    tag = "workspace",
    summary = "The analysis as the team sees it",
    description = "The completed analysis with the team's corrections and matrix work laid over it. Corrected facts carry `source: \"edited\"` and `edited: {value, source, by, at, note, was}`; `workspace` holds the version, the `etag`, every corrected fact, `conflicts` (a correction a new document's analysis disagrees with), the rows' counts, the rows marked not a requirement (`hidden_rows`) and `removed_rows` (edited rows the analysis no longer has, with `likely_now`). The `ETag` header is what writes send back as `If-Match`.",
    params(ProposalPath),
    responses(
        (status = 200, description = "The analysis, with the `ETag` header", body = Object),
        OwnedErrors,
        (status = 409, description = "No completed analysis yet", body = Problem, content_type = "application/problem+json"),
        CommonErrors,
    ),
)]
pub(crate) async fn show(
    State(state): State<AppState>,
    OwnedProposal { mut proposal, .. }: OwnedProposal,
) -> Result<Response, ApiError> {
    super::matrix::completed_result(&proposal)?;
    let etag = see(&state, &mut proposal).await?;
    let body = proposal.analysis.result.take().unwrap_or(Value::Null);
    Ok(tagged(
        &etag,
        super::matrix::mark_stale(&proposal, axum::Json(body).into_response()),
    ))
}

#[utoipa::path(
    patch,
    path = "/api/proposals/{id}/analysis",
    tag = "workspace",
    summary = "Correct the analysis's facts",
    description = "A list of edits applied together or not at all (at most 200): `{\"op\": \"set\", \"field\", \"value\", \"note\"?}` sets a fact (`value` null: the tender states none); `{\"op\": \"revert\", \"field\"}` goes back to the analysis's value; `{\"op\": \"resolve\", \"field\", \"keep\": \"mine\" | \"analysis\"}` settles a conflict; `{\"op\": \"add\", \"list\", \"item\", \"note\"?}` and `{\"op\": \"remove\", \"list\", \"text\"}` edit `eligibility` (`{text}`), `required_sections` (`{name, page_limit?}`) and `contacts` (`{name?, email?, phone?}`). Fields: `submission_deadline` and `questions_deadline` (`{date: YYYY-MM-DD, time?: HH:MM, time_zone?}`), `budget` (`{min?, max?, total?, currency?}`, amounts of zero or more, ISO 4217), `title`, `issuer`, `submission_method` (texts up to 1,000 characters), `page_limit` (1–10000). Notes up to 2,000 characters. Needs `If-Match`.",
    params(ProposalPath, ("If-Match" = String, Header, description = "The ETag of the analysis as you read it")),
    request_body = Object,
    responses(
        (status = 200, description = "The analysis as it now is, with its new `ETag`", body = Object),
        JsonBodyErrors,
        OwnedErrors,
        (status = 409, description = "No completed analysis yet", body = Problem, content_type = "application/problem+json"),
        (status = 412, description = "Changed since the `If-Match` version", body = Problem, content_type = "application/problem+json"),
        (status = 428, description = "No `If-Match`", body = Problem, content_type = "application/problem+json"),
        CommonErrors,
    ),
)]
pub(crate) async fn correct(
    State(state): State<AppState>,
    member: Member,
    ProposalIdOf(id): ProposalIdOf,
    headers: HeaderMap,
    Json(body): Json<FactEdits>,
) -> Result<Response, ApiError> {
    write(&state, member, id, &headers, |ws, against, stamp| {
        apply_fact_edits(ws, against, &body.edits, stamp)
    })
    .await
}

#[utoipa::path(
    patch,
    path = "/api/proposals/{id}/compliance-matrix",
    tag = "workspace",
    summary = "Work the compliance matrix",
    description = "Applied together or not at all (at most 200 edits): `rows` updates rows by id, each key present set and null clearing it (`owner`, `status`: open, in_progress, answered, compliant or not_applicable, `response_section`, `note`, `not_a_requirement`: hidden from the matrix, kept and counted); `add` adds the team's rows (`{text, section?, category?, mandatory?}`, ids TEAM-001…); `move` carries a removed row's edits to the row that replaced it (`{from, to}`); `delete` deletes team rows. Needs `If-Match`.",
    params(ProposalPath, ("If-Match" = String, Header, description = "The ETag of the analysis as you read it")),
    request_body = Object,
    responses(
        (status = 200, description = "The analysis as it now is, with its new `ETag`", body = Object),
        JsonBodyErrors,
        OwnedErrors,
        (status = 409, description = "No completed analysis yet", body = Problem, content_type = "application/problem+json"),
        (status = 412, description = "Changed since the `If-Match` version", body = Problem, content_type = "application/problem+json"),
        (status = 428, description = "No `If-Match`", body = Problem, content_type = "application/problem+json"),
        CommonErrors,
    ),
)]
pub(crate) async fn work_matrix(
    State(state): State<AppState>,
    member: Member,
    ProposalIdOf(id): ProposalIdOf,
    headers: HeaderMap,
    Json(body): Json<MatrixEdits>,
) -> Result<Response, ApiError> {
    write(&state, member, id, &headers, |ws, against, stamp| {
        apply_matrix_edits(ws, against, &body, stamp)
    })
    .await
}

#[derive(Debug, Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
#[serde(deny_unknown_fields)]
pub(crate) struct HistoryQuery {
    /// Entries per page, 1 to 200 (default 50).
    limit: Option<usize>,
    /// Entries older than this version (the `next_before` of the previous page).
    before: Option<u64>,
}

/// A page of the workspace's history, newest first.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct History {
    /// Each write: `version`, `by`, `at`, and its `changes` (`kind`, `target`,
    /// `before`, `after`).
    #[schema(value_type = Vec<Object>)]
    pub entries: Vec<HistoryEntry>,
    /// Pass as `before` for the next page; absent on the last.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub next_before: Option<u64>,
}

#[utoipa::path(
    get,
    path = "/api/proposals/{id}/history",
    tag = "workspace",
    summary = "Who changed what in the workspace",
    description = "Every correction and row change, newest first: the member (the token's subject, or the key), the time, and each change's before and after.",
    params(ProposalPath, HistoryQuery),
    responses(
        (status = 200, description = "A page of the history", body = History),
        (status = 400, description = "A bad `limit` or `before`", body = Problem, content_type = "application/problem+json"),
        OwnedErrors,
        CommonErrors,
    ),
)]
pub(crate) async fn history(
    State(state): State<AppState>,
    Query(q): Query<HistoryQuery>,
    OwnedProposal { proposal, .. }: OwnedProposal,
) -> Result<axum::Json<History>, ApiError> {
    let limit = q.limit.unwrap_or(50);
    if !(1..=200).contains(&limit) {
        return Err(ApiError::new(
            ProblemCode::InvalidQuery,
            "`limit` is from 1 to 200.",
        ));
    }
    let mut entries = state
        .backends
        .store
        .workspace_history(proposal.id, limit + 1, q.before)
        .await?;
    let next_before = if entries.len() > limit {
        entries.truncate(limit);
        entries.last().map(|e| e.version)
    } else {
        None
    };
    Ok(axum::Json(History {
        entries,
        next_before,
    }))
}

/// The caller's proposal with its analysis as the team sees it (see [`see`]): what
/// every export reads.
pub struct SeenProposal {
    pub owner: rfp_shared::ids::Owner,
    pub proposal: Proposal,
    pub etag: String,
}

impl axum::extract::FromRequestParts<AppState> for SeenProposal {
    type Rejection = ApiError;

    async fn from_request_parts(
        parts: &mut axum::http::request::Parts,
        state: &AppState,
    ) -> Result<Self, Self::Rejection> {
        let OwnedProposal {
            owner,
            mut proposal,
        } = OwnedProposal::from_request_parts(parts, state).await?;
        let etag = see(state, &mut proposal).await?;
        Ok(Self {
            owner,
            proposal,
            etag,
        })
    }
}
