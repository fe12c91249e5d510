//! Request extractors whose rejections use the API's problem format: a JSON body, and
//! the caller's identity.

use axum::extract::{FromRequest, Request};
use axum::http::header;
use serde::de::DeserializeOwned;

use crate::error::ApiError;
use crate::error::ProblemCode;

/// Largest JSON body accepted on the non-upload routes.
pub const JSON_LIMIT: usize = 64 * 1024;

/// A JSON body. An empty body reads as `{}`, so `POST …/analyze-rfp` needs none.
pub struct Json<T>(pub T);

impl<S, T> FromRequest<S> for Json<T>
where
    S: Send + Sync,
    T: DeserializeOwned,
{
    type Rejection = ApiError;

    async fn from_request(req: Request, _state: &S) -> Result<Self, Self::Rejection> {
        let declared = req
            .headers()
            .get(header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .map(str::to_owned);
        let bytes = axum::body::to_bytes(req.into_body(), JSON_LIMIT)
            .await
            .map_err(|e| {
                let over_limit = std::error::Error::source(&e)
                    .is_some_and(|s| s.is::<http_body_util::LengthLimitError>());
                if over_limit {
                    ApiError::new(
                        ProblemCode::PayloadTooLarge,
                        format!("JSON bodies are limited to {JSON_LIMIT} bytes."),
                    )
                } else {
                    ApiError::new(
                        ProblemCode::BodyUnreadable,
                        format!("The body could not be read: {e}"),
                    )
                }
            })?;
        let bytes = if bytes.iter().all(u8::is_ascii_whitespace) {
            &b"{}"[..]
        } else {
            if let Some(ct) = declared {
                let essence = ct
                    .split(';')
                    .next()
                    .unwrap_or("")
                    .trim()
                    .to_ascii_lowercase();
                if essence != "application/json" && !essence.ends_with("+json") {
                    return Err(ApiError::new(
                        ProblemCode::UnsupportedMediaType,
                        format!("Expected application/json, got {ct}."),
                    ));
                }
            }
            &bytes[..]
        };
        serde_json::from_slice(bytes).map(Json).map_err(|e| {
            use serde_json::error::Category;
            match e.classify() {
                Category::Data => ApiError::new(
                    ProblemCode::InvalidBody,
                    format!("The JSON body does not have the expected fields: {e}"),
                ),
                _ => ApiError::new(
                    ProblemCode::InvalidJson,
                    format!("The body is not valid JSON: {e}"),
                ),
            }
        })
    }
}

pub use crate::auth::{Admin, Caller};

/// Query parameters; a bad one is a 400 problem naming it, like every other error.
pub struct Query<T>(pub T);

impl<S, T> axum::extract::FromRequestParts<S> for Query<T>
where
    S: Send + Sync,
    T: DeserializeOwned,
{
    type Rejection = ApiError;

    async fn from_request_parts(
        parts: &mut axum::http::request::Parts,
        state: &S,
    ) -> Result<Self, Self::Rejection> {
        axum::extract::Query::<T>::from_request_parts(parts, state)
            .await
            .map(|q| Query(q.0))
            .map_err(|e| ApiError::new(ProblemCode::InvalidQuery, e.body_text()))
    }
}

/// Path parameters; one that does not parse is a 404 problem (no such resource).
pub struct Path<T>(pub T);

impl<S, T> axum::extract::FromRequestParts<S> for Path<T>
where
    S: Send + Sync,
    T: DeserializeOwned + Send,
{
    type Rejection = ApiError;

    async fn from_request_parts(
        parts: &mut axum::http::request::Parts,
        state: &S,
    ) -> Result<Self, Self::Rejection> {
        axum::extract::Path::<T>::from_request_parts(parts, state)
            .await
            .map(|p| Path(p.0))
            .map_err(|e| {
                ApiError::new(
                    ProblemCode::NotFound,
                    format!("No such resource: {}", e.body_text()),
                )
            })
    }
}

/// The caller's proposal named by the route's `{id}`, loaded: 404
/// `proposal_not_found` for a malformed id, a missing proposal and another owner's
/// alike. Put it after the query extractors and before the body, where the handlers
/// loaded the proposal themselves, so the order of the checks stays as it was.
pub struct OwnedProposal {
    pub owner: rfp_shared::ids::Owner,
    pub proposal: rfp_shared::domain::Proposal,
}

impl axum::extract::FromRequestParts<crate::AppState> for OwnedProposal {
    type Rejection = ApiError;

    async fn from_request_parts(
        parts: &mut axum::http::request::Parts,
        state: &crate::AppState,
    ) -> Result<Self, Self::Rejection> {
        let crate::auth::Caller(owner) =
            crate::auth::Caller::from_request_parts(parts, state).await?;
        let Path(id) = Path::<String>::from_request_parts(parts, state).await?;
        let proposal = load_owned(state, &owner, &id).await?;
        Ok(Self { owner, proposal })
    }
}

/// The route's `{id}` as a proposal id, not loaded (for a handler whose store call
/// checks the owner itself); a malformed id is 404 `proposal_not_found`.
pub struct ProposalIdOf(pub rfp_shared::ids::ProposalId);

impl<S: Send + Sync> axum::extract::FromRequestParts<S> for ProposalIdOf {
    type Rejection = ApiError;

    async fn from_request_parts(
        parts: &mut axum::http::request::Parts,
        state: &S,
    ) -> Result<Self, Self::Rejection> {
        let Path(id) = Path::<String>::from_request_parts(parts, state).await?;
        rfp_shared::ids::ProposalId::parse(&id)
            .map(Self)
            .map_err(|_| ApiError::not_found())
    }
}

/// The `{id}` of a route under `/api/proposals/{id}`, for the OpenAPI document: the
/// one declaration of the parameter every such route names.
#[derive(utoipa::IntoParams)]
#[into_params(parameter_in = Path)]
#[allow(dead_code)]
pub struct ProposalPath {
    /// The proposal's id (a UUID)
    id: String,
}

/// The caller's proposal `id`, or 404 (for a malformed id, a missing proposal and
/// someone else's alike).
pub async fn load_owned(
    state: &crate::AppState,
    owner: &rfp_shared::ids::Owner,
    id: &str,
) -> Result<rfp_shared::domain::Proposal, ApiError> {
    let id = rfp_shared::ids::ProposalId::parse(id).map_err(|_| ApiError::not_found())?;
    load_owned_id(state, owner, id).await
}

/// The caller's proposal `id`, or 404 (a missing proposal and someone else's alike).
pub async fn load_owned_id(
    state: &crate::AppState,
    owner: &rfp_shared::ids::Owner,
    id: rfp_shared::ids::ProposalId,
) -> Result<rfp_shared::domain::Proposal, ApiError> {
    match state.backends.store.get_proposal(id).await? {
        Some(p) if &p.owner == owner => Ok(p),
        _ => Err(ApiError::not_found()),
    }
}
