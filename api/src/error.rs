//! The one error type of the HTTP API. Every error leaves as
//! `application/problem+json` (RFC 9457) with a stable machine-readable `code`; a 5xx
//! never carries internals to the client, and its cause chain is logged inside the
//! request's span instead.

use std::time::Duration;

use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde_json::json;

use rfp_shared::ports::{BlobError, QueueError, StoreError};
use rfp_shared::state::TransitionError;
use rfp_shared::telemetry::error_chain;

pub use crate::problem::ProblemCode;

pub const PROBLEM_JSON: &str = "application/problem+json";

/// An error answer: status, stable code and a sentence for people.
#[derive(Debug)]
pub struct ApiError {
    pub status: StatusCode,
    pub code: ProblemCode,
    pub detail: String,
    /// Sent as `Retry-After` (503, 429).
    pub retry_after: Option<Duration>,
    /// A 401 that asks for a bearer token (`WWW-Authenticate`).
    pub challenge: bool,
    /// Logged, never returned.
    pub source: Option<Box<dyn std::error::Error + Send + Sync>>,
}

impl ApiError {
    pub fn new(code: ProblemCode, detail: impl Into<String>) -> Self {
        Self {
            status: code.status(),
            code,
            detail: detail.into(),
            retry_after: None,
            challenge: false,
            source: None,
        }
    }

    pub fn not_found() -> Self {
        Self::new(ProblemCode::ProposalNotFound, "There is no such proposal.")
    }

    /// A backend is out of reach: the client may try again shortly.
    pub fn unavailable(
        code: ProblemCode,
        source: impl Into<Box<dyn std::error::Error + Send + Sync>>,
    ) -> Self {
        Self {
            retry_after: Some(Duration::from_secs(2)),
            source: Some(source.into()),
            ..Self::new(code, "A backend service is unavailable; try again shortly.")
        }
    }

    pub fn internal(source: impl Into<Box<dyn std::error::Error + Send + Sync>>) -> Self {
        Self {
            source: Some(source.into()),
            ..Self::new(
                ProblemCode::InternalError,
                "The server failed to handle the request; it has been logged.",
            )
        }
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        if let Some(source) = self
            .source
            .as_ref()
            .filter(|_| self.status.is_server_error())
        {
            tracing::error!(code = self.code.code(), error = %error_chain(source.as_ref()), "Request failed.");
        }
        let body = json!({
            "type": format!("urn:rfp-analyzer:problem:{}", self.code.code()),
            "title": self.status.canonical_reason().unwrap_or("Error"),
            "status": self.status.as_u16(),
            "code": self.code.code(),
            "detail": self.detail,
        });
        let mut response = (self.status, body.to_string()).into_response();
        response
            .headers_mut()
            .insert(header::CONTENT_TYPE, HeaderValue::from_static(PROBLEM_JSON));
        if self.challenge {
            response.headers_mut().insert(
                header::WWW_AUTHENTICATE,
                HeaderValue::from_static("Bearer realm=\"rfp-analyzer\""),
            );
        }
        if let Some(after) = self.retry_after {
            response.headers_mut().insert(
                header::RETRY_AFTER,
                HeaderValue::from((after.as_millis().div_ceil(1000) as u64).max(1)),
            );
        }
        response
    }
}

impl From<StoreError> for ApiError {
    fn from(e: StoreError) -> Self {
        match e {
            StoreError::NotFound(_) => Self::not_found(),
            StoreError::AlreadyExists(_) => {
                Self::new(ProblemCode::ProposalExists, "The proposal already exists.")
            }
            StoreError::NoDocument(_) => Self::new(
                ProblemCode::NoDocument,
                "Upload an RFP document (PUT …/rfp) before asking for its analysis.",
            ),
            StoreError::PackageChanged(_) => Self::new(
                ProblemCode::DocumentsBusy,
                "The proposal's documents kept changing under this request; try again.",
            ),
            e @ StoreError::PromptNotFound { .. } => {
                Self::new(ProblemCode::PromptNotFound, e.to_string())
            }
            e @ StoreError::PromptExists { .. } => Self::new(
                ProblemCode::PromptVersionExists,
                format!("{e}; another version was created at the same time, try again."),
            ),
            StoreError::WorkspaceChanged(_) => Self::new(
                ProblemCode::PreconditionFailed,
                "Someone else changed this proposal's workspace first; read it again (its new ETag) and apply your edit to what is there now.",
            ),
            StoreError::Transition(t) => Self::from(t),
            e @ StoreError::Backend { .. } => Self::unavailable(ProblemCode::StoreUnavailable, e),
        }
    }
}

impl From<TransitionError> for ApiError {
    fn from(e: TransitionError) -> Self {
        Self::new(ProblemCode::JobConflict, e.to_string())
    }
}

impl From<QueueError> for ApiError {
    fn from(e: QueueError) -> Self {
        Self::unavailable(ProblemCode::QueueUnavailable, e)
    }
}

impl From<BlobError> for ApiError {
    fn from(e: BlobError) -> Self {
        Self::unavailable(ProblemCode::BlobStoreUnavailable, e)
    }
}

/// An error answer (RFC 9457 `application/problem+json`), for the OpenAPI document.
#[derive(utoipa::ToSchema)]
#[allow(dead_code)]
pub struct Problem {
    /// `urn:rfp-analyzer:problem:<code>`.
    #[schema(rename = "type")]
    kind: String,
    title: String,
    status: u16,
    /// Stable and machine-readable: `proposal_not_found`, `unauthorized`, …
    code: String,
    /// For people.
    detail: String,
}

/// The errors of a route that reads a JSON body, for the OpenAPI document (a route's
/// own answer for a status, listed after, takes its place).
#[derive(utoipa::IntoResponses)]
#[allow(dead_code)]
pub enum JsonBodyErrors {
    #[response(
        status = 400,
        description = "Not JSON",
        content_type = "application/problem+json"
    )]
    NotJson(Problem),
    #[response(
        status = 413,
        description = "Body over 64 KB",
        content_type = "application/problem+json"
    )]
    TooLarge(Problem),
    #[response(
        status = 415,
        description = "Not application/json",
        content_type = "application/problem+json"
    )]
    NotJsonType(Problem),
    #[response(
        status = 422,
        description = "JSON without the expected fields",
        content_type = "application/problem+json"
    )]
    MissingFields(Problem),
}

/// The errors of a route that takes a document, for the OpenAPI document.
#[derive(utoipa::IntoResponses)]
#[allow(dead_code)]
pub enum DocumentErrors {
    #[response(
        status = 400,
        description = "Empty document",
        content_type = "application/problem+json"
    )]
    Empty(Problem),
    #[response(
        status = 413,
        description = "Over RFP_MAX_UPLOAD_BYTES",
        content_type = "application/problem+json"
    )]
    TooLarge(Problem),
    #[response(
        status = 415,
        description = "Not PDF, DOCX, HTML, text or Markdown (read from the bytes)",
        content_type = "application/problem+json"
    )]
    Unsupported(Problem),
}

/// The answer of a route under `/api/proposals/{id}` for another owner's proposal or
/// none: the same 404, so an id tells a caller nothing it does not own.
#[derive(utoipa::IntoResponses)]
#[allow(dead_code)]
pub enum OwnedErrors {
    #[response(
        status = 404,
        description = "No such proposal, or another owner's",
        content_type = "application/problem+json"
    )]
    NotFound(Problem),
}

/// The answer of an administrators' route to anyone else.
#[derive(utoipa::IntoResponses)]
#[allow(dead_code)]
pub enum AdminErrors {
    #[response(
        status = 403,
        description = "Not an administrator",
        content_type = "application/problem+json"
    )]
    Forbidden(Problem),
}

/// The errors every `/api` route may answer, for the OpenAPI document.
#[derive(utoipa::IntoResponses)]
#[allow(dead_code)]
pub enum CommonErrors {
    #[response(
        status = 401,
        description = "No or bad credentials",
        content_type = "application/problem+json"
    )]
    Unauthorized(Problem),
    #[response(
        status = 429,
        description = "Over the owner's rate limit (`Retry-After`)",
        content_type = "application/problem+json"
    )]
    RateLimited(Problem),
    #[response(
        status = 503,
        description = "A backend is unavailable (`Retry-After`)",
        content_type = "application/problem+json"
    )]
    Unavailable(Problem),
    #[response(
        status = 504,
        description = "Over RFP_REQUEST_TIMEOUT_SECS",
        content_type = "application/problem+json"
    )]
    Timeout(Problem),
}
