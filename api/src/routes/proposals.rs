//! Proposals: create, list, read, delete. Each belongs to its owner; another caller
//! gets 404, never someone else's data.

use axum::extract::State;
use axum::http::{StatusCode, header};
use axum::response::IntoResponse;
use axum::routing::get;
use axum::{Json as AxumJson, Router};
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use rfp_shared::domain::{AnalysisStatus, DocumentRef, Proposal};
use rfp_shared::ids::{BlobKey, JobId, Owner, ProposalId};

use crate::AppState;
use crate::error::ProblemCode;
use crate::error::{ApiError, CommonErrors, JsonBodyErrors, OwnedErrors, Problem};
use crate::extractors::{Caller, Json, OwnedProposal, ProposalPath, Query};

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/api/proposals", get(list).post(create))
        .route("/api/proposals/{id}", get(show).delete(remove))
}

/// A proposal as clients see it.
#[derive(Debug, Serialize, Deserialize, utoipa::ToSchema)]
pub struct ProposalView {
    pub id: ProposalId,
    pub owner: Owner,
    pub title: String,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    pub document: Option<DocumentRef>,
    /// The whole package in reading order, the main document first.
    #[serde(default)]
    pub documents: Vec<super::documents::DocumentRecord>,
    pub rfp_analysis_status: AnalysisStatus,
    pub rfp_analysis_job_id: Option<JobId>,
    /// The stored analysis read another package than the current one (see the status).
    #[serde(default)]
    pub rfp_analysis_stale: bool,
}

impl From<Proposal> for ProposalView {
    fn from(p: Proposal) -> Self {
        let documents = super::documents::records(&p);
        let rfp_analysis_stale = p.analysis_is_stale();
        Self {
            rfp_analysis_stale,
            id: p.id,
            owner: p.owner,
            title: p.title,
            created_at: p.created_at,
            updated_at: p.updated_at,
            documents,
            document: p.document,
            rfp_analysis_status: p.analysis.status,
            rfp_analysis_job_id: p.analysis.job_id,
        }
    }
}

#[derive(Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub(crate) struct CreateProposal {
    /// 1 to 500 characters.
    title: String,
}

const MAX_TITLE: usize = 500;

#[utoipa::path(
    post,
    path = "/api/proposals",
    tag = "proposals",
    summary = "Create a proposal",
    request_body = CreateProposal,
    responses(
        (status = 201, description = "Created", body = ProposalView),
        JsonBodyErrors,
        CommonErrors,
    ),
)]
pub(crate) async fn create(
    State(state): State<AppState>,
    Caller(owner): Caller,
    Json(body): Json<CreateProposal>,
) -> Result<impl IntoResponse, ApiError> {
    if body.title.chars().count() > MAX_TITLE {
        return Err(ApiError::new(
            ProblemCode::InvalidTitle,
            format!("The title must have 1 to {MAX_TITLE} characters."),
        ));
    }
    let title = rfp_shared::domain::clean_label(&body.title, MAX_TITLE);
    let title = title.as_str();
    if title.is_empty() {
        return Err(ApiError::new(
            ProblemCode::InvalidTitle,
            format!("The title must have 1 to {MAX_TITLE} characters."),
        ));
    }
    let proposal = Proposal::new(owner, title.to_owned(), Utc::now());
    state.backends.store.create_proposal(&proposal).await?;
    let location = format!("/api/proposals/{}", proposal.id);
    Ok((
        StatusCode::CREATED,
        [(header::LOCATION, location)],
        AxumJson(ProposalView::from(proposal)),
    ))
}

#[derive(Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub(crate) struct ListQuery {
    limit: Option<usize>,
    cursor: Option<String>,
}

#[derive(Serialize, utoipa::ToSchema)]
#[schema(as = ProposalList)]
pub(crate) struct ListView {
    items: Vec<ProposalView>,
    next_cursor: Option<String>,
}

#[utoipa::path(
    get,
    path = "/api/proposals",
    tag = "proposals",
    summary = "The caller's proposals, newest first",
    params(ListQuery),
    responses(
        (status = 200, description = "A page of proposals", body = ListView),
        (status = 400, description = "A bad cursor or limit", body = Problem, content_type = "application/problem+json"),
        CommonErrors,
    ),
)]
pub(crate) async fn list(
    State(state): State<AppState>,
    Caller(owner): Caller,
    Query(q): Query<ListQuery>,
) -> Result<AxumJson<ListView>, ApiError> {
    let limit = q.limit.unwrap_or(50).clamp(1, 200);
    let cursor = match q.cursor.as_deref() {
        Some(c) => Some(
            ProposalId::parse(c)
                .map_err(|_| {
                    ApiError::new(
                        ProblemCode::InvalidCursor,
                        "The cursor is not one this API returned.",
                    )
                })?
                .to_string(),
        ),
        None => None,
    };
    let page = state
        .backends
        .store
        .list_proposals(&owner, limit, cursor.as_deref())
        .await?;
    Ok(AxumJson(ListView {
        items: page.items.into_iter().map(ProposalView::from).collect(),
        next_cursor: page.next_cursor,
    }))
}

#[utoipa::path(
    get,
    path = "/api/proposals/{id}",
    tag = "proposals",
    summary = "A proposal",
    params(ProposalPath),
    responses(
        (status = 200, description = "The proposal", body = ProposalView),
        OwnedErrors,
        CommonErrors,
    ),
)]
pub(crate) async fn show(
    OwnedProposal { proposal, .. }: OwnedProposal,
) -> Result<AxumJson<ProposalView>, ApiError> {
    Ok(AxumJson(proposal.into()))
}

#[utoipa::path(
    delete,
    path = "/api/proposals/{id}",
    tag = "proposals",
    summary = "Delete a proposal",
    params(ProposalPath),
    responses(
        (status = 204, description = "Deleted"),
        OwnedErrors,
        CommonErrors,
    ),
)]
pub(crate) async fn remove(
    State(state): State<AppState>,
    OwnedProposal { proposal: p, .. }: OwnedProposal,
) -> Result<StatusCode, ApiError> {
    state.backends.store.delete_proposal(p.id).await?;
    // The team's workspace and its history go with it; if that fails they are
    // orphans no route can reach (every route reads the proposal first).
    if let Err(e) = state.backends.store.delete_workspace(p.id).await {
        tracing::warn!(proposal_id = %p.id, error = %e,
            "Cannot delete a deleted proposal's workspace; it stays as an orphan.");
    }
    // Then its documents and kept texts: nothing refers to them any more. A blob
    // store that fails here leaves orphans, not a proposal that half exists.
    let blobs = &state.backends.blobs;
    for prefix in [
        BlobKey::proposal_documents(p.id),
        BlobKey::proposal_texts(p.id),
    ] {
        if let Err(e) = blobs.delete_prefix(&prefix).await {
            tracing::warn!(proposal_id = %p.id, prefix = %prefix, error = %e,
                "Cannot delete a deleted proposal's files; they stay as orphans.");
        }
    }
    Ok(StatusCode::NO_CONTENT)
}
