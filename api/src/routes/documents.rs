//! RFP upload: a raw body with its Content-Type, or a multipart form with a `file`
//! field. The kind is read from the bytes (a renamed `.exe` is refused whatever its
//! name), the content is stored under its SHA-256 so re-uploads deduplicate, and the
//! proposal points at it.

use axum::body::Body;
use axum::extract::{DefaultBodyLimit, FromRequest, Path, Query, Request, State};
use axum::http::{StatusCode, header};
use axum::response::IntoResponse;
use axum::routing::put;
use axum::{Json as AxumJson, Router};
use bytes::Bytes;
use chrono::Utc;
use http_body_util::{BodyExt, LengthLimitError, Limited};
use serde::Deserialize;
use sha2::{Digest, Sha256};

use rfp_shared::domain::DocumentRef;
use rfp_shared::ids::BlobKey;
use rfp_worker::extract;

use super::proposals::load_owned;
use crate::AppState;
use crate::error::ApiError;
use crate::extractors::Caller;

pub fn router(max_upload_bytes: u64) -> Router<AppState> {
    Router::new().route(
        "/api/proposals/{id}/rfp",
        // The handler enforces the upload limit itself, with a problem response.
        put(upload).layer(DefaultBodyLimit::max(
            max_upload_bytes as usize + MULTIPART_SLACK,
        )),
    )
}

/// Room for multipart boundaries and part headers on top of the file itself.
const MULTIPART_SLACK: usize = 64 * 1024;

#[derive(Deserialize)]
struct UploadQuery {
    filename: Option<String>,
}

fn too_large(limit: u64) -> ApiError {
    ApiError::new(
        StatusCode::PAYLOAD_TOO_LARGE,
        "payload_too_large",
        format!("The document is larger than the limit of {limit} bytes."),
    )
}

async fn read_limited(body: Body, limit: u64) -> Result<Bytes, ApiError> {
    match Limited::new(body, limit as usize).collect().await {
        Ok(collected) => Ok(collected.to_bytes()),
        Err(e) if e.downcast_ref::<LengthLimitError>().is_some() => Err(too_large(limit)),
        Err(e) => Err(ApiError::bad_request(
            "body_unreadable",
            format!("The body could not be read: {e}"),
        )),
    }
}

async fn upload(
    State(state): State<AppState>,
    Caller(owner): Caller,
    Path(id): Path<String>,
    Query(query): Query<UploadQuery>,
    request: Request,
) -> Result<impl IntoResponse, ApiError> {
    let limit = state.max_upload_bytes;
    let proposal = load_owned(&state, &owner, &id).await?;

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
            .map_err(|e| ApiError::bad_request("invalid_multipart", e.body_text()))?;
        let mut found = None;
        loop {
            let field = form.next_field().await.map_err(|e| {
                if e.status() == StatusCode::PAYLOAD_TOO_LARGE {
                    too_large(limit)
                } else {
                    ApiError::bad_request("invalid_multipart", e.body_text())
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
                    ApiError::bad_request("invalid_multipart", e.body_text())
                }
            })?;
            if data.len() as u64 > limit {
                return Err(too_large(limit));
            }
            found = Some((data, declared, name));
            break;
        }
        found.ok_or_else(|| {
            ApiError::bad_request("missing_file", "The multipart form has no `file` field.")
        })?
    } else {
        let bytes = read_limited(request.into_body(), limit).await?;
        (bytes, content_type, query.filename)
    };

    if bytes.is_empty() {
        return Err(ApiError::bad_request(
            "document_empty",
            "The uploaded document is empty.",
        ));
    }
    let filename = filename.map(|f| {
        f.chars()
            .filter(|c| !c.is_control())
            .take(255)
            .collect::<String>()
    });
    let kind = extract::sniff(&bytes, declared_type.as_deref(), filename.as_deref()).ok_or_else(|| {
        ApiError::new(
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            "unsupported_media_type",
            "The document is not a PDF, DOCX, HTML, Markdown or plain-text file (its content was checked, not its name).",
        )
    })?;

    let sha256 = hex::encode(Sha256::digest(&bytes));
    let key = BlobKey::for_document(&sha256);
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
