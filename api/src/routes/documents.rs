//! RFP upload: a raw body with its Content-Type, or a multipart form with a `file`
//! field. The kind is read from the bytes (a renamed `.exe` is refused whatever its
//! name), the content is stored under its SHA-256 so re-uploads deduplicate, and the
//! proposal points at it.

use axum::body::Body;
use axum::extract::{DefaultBodyLimit, FromRequest, Request, State};
use axum::http::{StatusCode, header};
use axum::response::IntoResponse;
use axum::routing::{post, put};
use axum::{Json as AxumJson, Router};
use bytes::Bytes;
use chrono::Utc;
use http_body_util::{BodyExt, LengthLimitError, Limited};
use serde::Deserialize;
use sha2::{Digest, Sha256};

use rfp_shared::domain::DocumentRef;
use rfp_shared::ids::BlobKey;
use rfp_worker::extract;

use crate::AppState;
use crate::error::ProblemCode;
use crate::error::{ApiError, CommonErrors, DocumentErrors, JsonBodyErrors, OwnedErrors, Problem};
use crate::extractors::{Json, OwnedProposal, ProposalPath, Query};

pub fn router(max_upload_bytes: u64) -> Router<AppState> {
    Router::new()
        .route(
            "/api/proposals/{id}/rfp",
            // The handler enforces the upload limit itself, with a problem response.
            put(upload).layer(DefaultBodyLimit::max(
                max_upload_bytes as usize + MULTIPART_SLACK,
            )),
        )
        .route("/api/proposals/{id}/rfp/upload-url", post(upload_url))
        .route("/api/proposals/{id}/rfp/confirm", post(confirm))
}

/// How long a presigned upload URL stays valid.
const UPLOAD_URL_TTL: std::time::Duration = std::time::Duration::from_secs(15 * 60);

/// What a client declares before uploading directly to the blob store.
#[derive(Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub(crate) struct UploadUrlRequest {
    /// Hex SHA-256 of the bytes it will upload; the store refuses other bytes.
    sha256: String,
    size: u64,
    content_type: String,
    filename: Option<String>,
}

fn valid_sha256(s: &str) -> Result<String, ApiError> {
    let s = s.trim().to_ascii_lowercase();
    if s.len() == 64 && s.bytes().all(|b| b.is_ascii_hexdigit()) {
        Ok(s)
    } else {
        Err(ApiError::new(
            ProblemCode::InvalidSha256,
            "`sha256` must be the 64 hex digits of the document's SHA-256.",
        ))
    }
}

/// Large files on the AWS backend: a presigned S3 PUT bound to the document's type
/// and SHA-256, so the bytes go straight to S3 and the API never holds them. The
/// client then calls `…/rfp/confirm`.
#[utoipa::path(
    post,
    path = "/api/proposals/{id}/rfp/upload-url",
    tag = "documents",
    summary = "A presigned upload URL (AWS backend)",
    params(ProposalPath),
    request_body = UploadUrlRequest,
    responses(
        (status = 200, description = "The URL to PUT the document to, with the headers to send", body = Object),
        (status = 400, description = "A bad sha256", body = Problem, content_type = "application/problem+json"),
        OwnedErrors,
        (status = 409, description = "The embedded backend has no presigned uploads: PUT the file instead", body = Problem, content_type = "application/problem+json"),
        JsonBodyErrors,
        DocumentErrors,
        CommonErrors,
    ),
)]
pub(crate) async fn upload_url(
    State(state): State<AppState>,
    OwnedProposal { proposal, .. }: OwnedProposal,
    Json(body): Json<UploadUrlRequest>,
) -> Result<impl IntoResponse, ApiError> {
    let sha256 = valid_sha256(&body.sha256)?;
    if body.size == 0 {
        return Err(ApiError::new(
            ProblemCode::DocumentEmpty,
            "The document is empty.",
        ));
    }
    if body.size > state.max_upload_bytes {
        return Err(too_large(state.max_upload_bytes));
    }
    let kind =
        extract::DocumentKind::from_content_type(&body.content_type).ok_or_else(unsupported)?;
    let key = BlobKey::for_document(proposal.id, &sha256);
    let presigned = state
        .backends
        .blobs
        .presign_put(&key, kind.content_type(), &sha256, UPLOAD_URL_TTL)
        .await?
        .ok_or_else(|| {
            ApiError::new(
                ProblemCode::PresignedUploadUnavailable,
                "This backend keeps documents itself: PUT the file to /api/proposals/{id}/rfp.",
            )
        })?;
    let _ = body.filename;
    Ok(AxumJson(serde_json::json!({
        "method": "PUT",
        "url": presigned.url,
        "headers": presigned.headers,
        "expires_at": Utc::now() + UPLOAD_URL_TTL,
        "confirm": format!("/api/proposals/{}/rfp/confirm", proposal.id),
    })))
}

#[derive(Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub(crate) struct ConfirmRequest {
    sha256: String,
    filename: Option<String>,
    /// The type declared for the upload (needed to tell DOCX from other ZIPs).
    content_type: Option<String>,
}

/// Bytes read from an uploaded object to tell its type.
const SNIFF_BYTES: usize = 64 * 1024;

/// Records a document uploaded with a presigned URL: it must be in the store, within
/// the limit, and of a type we read (checked on its first bytes).
#[utoipa::path(
    post,
    path = "/api/proposals/{id}/rfp/confirm",
    tag = "documents",
    summary = "Record a document uploaded with a presigned URL",
    params(ProposalPath),
    request_body = ConfirmRequest,
    responses(
        (status = 201, description = "The document record", body = DocumentRef),
        OwnedErrors,
        (status = 409, description = "The object is not uploaded", body = Problem, content_type = "application/problem+json"),
        JsonBodyErrors,
        DocumentErrors,
        CommonErrors,
    ),
)]
pub(crate) async fn confirm(
    State(state): State<AppState>,
    OwnedProposal { proposal, .. }: OwnedProposal,
    Json(body): Json<ConfirmRequest>,
) -> Result<impl IntoResponse, ApiError> {
    let sha256 = valid_sha256(&body.sha256)?;
    // Under this proposal's own prefix: only its owner could have been given the
    // upload URL, so a hash seen elsewhere attaches nothing.
    let key = BlobKey::for_document(proposal.id, &sha256);
    let blobs = &state.backends.blobs;
    let size = blobs.size(&key).await?.ok_or_else(|| {
        ApiError::new(
            ProblemCode::DocumentNotUploaded,
            "No document with this SHA-256 was uploaded; PUT it to the upload URL first.",
        )
    })?;
    if size > state.max_upload_bytes {
        return Err(too_large(state.max_upload_bytes));
    }
    let head = blobs.get_prefix(&key, SNIFF_BYTES).await?;
    let declared = body.content_type.as_deref();
    let docx = extract::DocumentKind::Docx;
    let kind = if head.starts_with(b"PK\x03\x04")
        && declared.and_then(extract::DocumentKind::from_content_type) == Some(docx)
    {
        // A ZIP declared as DOCX; the worker reads it whole and says if it is not one.
        docx
    } else {
        extract::sniff(&head, declared, body.filename.as_deref()).ok_or_else(unsupported)?
    };
    let document = DocumentRef {
        bucket: blobs.bucket().to_owned(),
        key,
        sha256,
        content_type: kind.content_type().to_owned(),
        size,
        filename: body
            .filename
            .map(|f| rfp_shared::domain::clean_label(&f, 255)),
        uploaded_at: Utc::now(),
    };
    state
        .backends
        .store
        .set_document(proposal.id, document.clone())
        .await?;
    Ok((StatusCode::CREATED, AxumJson(document)))
}

fn unsupported() -> ApiError {
    ApiError::new(
        ProblemCode::UnsupportedMediaType,
        "The document is not a PDF, DOCX, HTML, Markdown or plain-text file (its content was checked, not its name).",
    )
}

/// Room for multipart boundaries and part headers on top of the file itself.
const MULTIPART_SLACK: usize = 64 * 1024;

#[derive(Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub(crate) struct UploadQuery {
    filename: Option<String>,
}

fn too_large(limit: u64) -> ApiError {
    ApiError::new(
        ProblemCode::PayloadTooLarge,
        format!("The document is larger than the limit of {limit} bytes."),
    )
}

async fn read_limited(body: Body, limit: u64) -> Result<Bytes, ApiError> {
    match Limited::new(body, limit as usize).collect().await {
        Ok(collected) => Ok(collected.to_bytes()),
        Err(e) if e.downcast_ref::<LengthLimitError>().is_some() => Err(too_large(limit)),
        Err(e) => Err(ApiError::new(
            ProblemCode::BodyUnreadable,
            format!("The body could not be read: {e}"),
        )),
    }
}

#[utoipa::path(
    put,
    path = "/api/proposals/{id}/rfp",
    tag = "documents",
    summary = "Upload the RFP: the raw body with its type, or multipart field `file`",
    params(ProposalPath, UploadQuery),
    request_body (content = Vec<u8>, content_type = "application/octet-stream", description = "The document (PDF, DOCX, HTML, text or Markdown); its type is read from the bytes"),
    responses(
        (status = 201, description = "The document record", body = DocumentRef),
        OwnedErrors,
        DocumentErrors,
        CommonErrors,
    ),
)]
pub(crate) async fn upload(
    State(state): State<AppState>,
    Query(query): Query<UploadQuery>,
    OwnedProposal { proposal, .. }: OwnedProposal,
    request: Request,
) -> Result<impl IntoResponse, ApiError> {
    let limit = state.max_upload_bytes;
    // Memory for uploads is bounded by their number as well as their size.
    let _reading = tokio::time::timeout(
        std::time::Duration::from_secs(10),
        state.uploads.clone().acquire_owned(),
    )
    .await
    .ok()
    .and_then(Result::ok)
    .ok_or_else(|| {
        let mut e = ApiError::new(ProblemCode::UploadsBusy,
            "Too many uploads are being read at once (RFP_MAX_CONCURRENT_UPLOADS); try again shortly.",
        );
        e.retry_after = Some(std::time::Duration::from_secs(5));
        e
    })?;

    let declared_length = request
        .headers()
        .get(header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<u64>().ok());
    let content_type = request
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .map(str::to_owned);
    let is_multipart = content_type
        .as_deref()
        .is_some_and(|ct| ct.to_ascii_lowercase().starts_with("multipart/form-data"));
    if !is_multipart && declared_length.is_some_and(|n| n > limit) {
        return Err(too_large(limit));
    }

    let (bytes, declared_type, filename) = if is_multipart {
        let mut form = axum::extract::Multipart::from_request(request, &state)
            .await
            .map_err(|e| ApiError::new(ProblemCode::InvalidMultipart, e.body_text()))?;
        let mut found = None;
        loop {
            let field = form.next_field().await.map_err(|e| {
                if e.status() == StatusCode::PAYLOAD_TOO_LARGE {
                    too_large(limit)
                } else {
                    ApiError::new(ProblemCode::InvalidMultipart, e.body_text())
                }
            })?;
            let Some(field) = field else { break };
            if field.name() != Some("file") {
                continue;
            }
            let declared = field.content_type().map(str::to_owned);
            let name = field.file_name().map(str::to_owned);
            let data = field.bytes().await.map_err(|e| {
                if e.status() == StatusCode::PAYLOAD_TOO_LARGE {
                    too_large(limit)
                } else {
                    ApiError::new(ProblemCode::InvalidMultipart, e.body_text())
                }
            })?;
            if data.len() as u64 > limit {
                return Err(too_large(limit));
            }
            found = Some((data, declared, name));
            break;
        }
        found.ok_or_else(|| {
            ApiError::new(
                ProblemCode::MissingFile,
                "The multipart form has no `file` field.",
            )
        })?
    } else {
        let bytes = read_limited(request.into_body(), limit).await?;
        (bytes, content_type, query.filename)
    };

    if bytes.is_empty() {
        return Err(ApiError::new(
            ProblemCode::DocumentEmpty,
            "The uploaded document is empty.",
        ));
    }
    let filename = filename.map(|f| rfp_shared::domain::clean_label(&f, 255));
    let kind = extract::sniff(&bytes, declared_type.as_deref(), filename.as_deref()).ok_or_else(|| {
        ApiError::new(ProblemCode::UnsupportedMediaType,
            "The document is not a PDF, DOCX, HTML, Markdown or plain-text file (its content was checked, not its name).",
        )
    })?;

    let sha256 = hex::encode(Sha256::digest(&bytes));
    let key = BlobKey::for_document(proposal.id, &sha256);
    let blobs = &state.backends.blobs;
    if !blobs.exists(&key).await? {
        blobs.put(&key, bytes.clone(), kind.content_type()).await?;
    }
    let document = DocumentRef {
        bucket: blobs.bucket().to_owned(),
        key,
        sha256,
        content_type: kind.content_type().to_owned(),
        size: bytes.len() as u64,
        filename,
        uploaded_at: Utc::now(),
    };
    state
        .backends
        .store
        .set_document(proposal.id, document.clone())
        .await?;
    Ok((StatusCode::CREATED, AxumJson(document)))
}
