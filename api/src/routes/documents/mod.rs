//! A proposal's documents: the main RFP (`PUT …/rfp`) and the rest of its tender
//! package (`POST …/documents` with a role: annexes, amendments, clarifications). An
//! upload is a raw body with its Content-Type, or a multipart form with a `file` field
//! (and `role`, `issued_on`). The kind is read from the bytes (a renamed `.exe` is
//! refused whatever its name), the content is stored under its SHA-256 so re-uploads
//! deduplicate, and the proposal points at it. Every change of the package is one
//! conditional write of the whole list, so two uploads at once never lose one.
//!
//! The package-change machinery (turns, the conditional write, reclaiming dropped
//! bytes, the limits) is in `package`.

use axum::body::Body;
use axum::extract::{DefaultBodyLimit, FromRequest, Path, Request, State};
use axum::http::{StatusCode, header};
use axum::response::IntoResponse;
use axum::routing::{delete, post, put};
use axum::{Json as AxumJson, Router};
use bytes::Bytes;
use chrono::Utc;
use http_body_util::{BodyExt, LengthLimitError, Limited};
use serde::Deserialize;
use sha2::{Digest, Sha256};

use rfp_shared::domain::{DocumentRef, DocumentRole, Proposal};
use rfp_shared::ids::BlobKey;
use rfp_worker::extract;

use crate::AppState;
use crate::error::ProblemCode;
use crate::error::{ApiError, CommonErrors, DocumentErrors, JsonBodyErrors, OwnedErrors, Problem};
use crate::extractors::{Caller, Json, OwnedProposal, ProposalPath, Query};

mod package;

pub use package::PackageTurns;
use package::{add_to_package, change_package, ensure_stored, replace_main};

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
        .route(
            "/api/proposals/{id}/documents",
            post(add).get(list).layer(DefaultBodyLimit::max(
                max_upload_bytes as usize + MULTIPART_SLACK,
            )),
        )
        .route("/api/proposals/{id}/documents/{doc_id}", delete(remove))
}

/// A document of a proposal's package, as clients see it.
#[derive(Debug, serde::Serialize, serde::Deserialize, utoipa::ToSchema)]
pub struct DocumentRecord {
    /// Stable within the proposal: the first 16 hex digits of the SHA-256.
    pub id: String,
    pub filename: Option<String>,
    pub role: DocumentRole,
    pub sha256: String,
    pub content_type: String,
    pub size: u64,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub issued_on: Option<chrono::NaiveDate>,
    pub uploaded_at: chrono::DateTime<Utc>,
    /// Its place in the order the package is read (1: the main document).
    pub order: usize,
}

impl DocumentRecord {
    fn of(d: &DocumentRef, order: usize) -> Self {
        Self {
            id: d.id().to_owned(),
            filename: d.filename.clone(),
            role: d.role,
            sha256: d.sha256.clone(),
            content_type: d.content_type.clone(),
            size: d.size,
            issued_on: d.issued_on,
            uploaded_at: d.uploaded_at,
            order,
        }
    }
}

/// The package's documents in reading order.
pub fn records(p: &Proposal) -> Vec<DocumentRecord> {
    p.package()
        .into_iter()
        .enumerate()
        .map(|(i, d)| DocumentRecord::of(d, i + 1))
        .collect()
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
    /// `rfp` (the default: the main document, replacing the current one), `annex`,
    /// `amendment` or `clarification` (added to the package).
    role: Option<String>,
    /// When an amendment or clarification was issued (`YYYY-MM-DD`).
    issued_on: Option<String>,
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
    let role = body.role.as_deref().map(parse_role).transpose()?;
    let issued_on = body.issued_on.as_deref().map(parse_issued_on).transpose()?;
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
        role: role.unwrap_or_default(),
        issued_on,
    };
    match role {
        // The confirm of the original flow replaces the main document.
        None => {
            replace_main(&state, proposal, document.clone()).await?;
        }
        Some(_) => {
            add_to_package(&state, proposal, document.clone()).await?;
        }
    }
    Ok((StatusCode::CREATED, AxumJson(document)))
}

fn parse_role(s: &str) -> Result<DocumentRole, ApiError> {
    DocumentRole::parse(s).ok_or_else(|| {
        ApiError::new(
            ProblemCode::InvalidRole,
            format!(
                "`role` {:?} is not one of rfp, annex, amendment, clarification.",
                rfp_shared::domain::clean_label(s, 40)
            ),
        )
    })
}

fn parse_issued_on(s: &str) -> Result<chrono::NaiveDate, ApiError> {
    chrono::NaiveDate::parse_from_str(s.trim(), "%Y-%m-%d").map_err(|_| {
        ApiError::new(
            ProblemCode::InvalidIssuedOn,
            "`issued_on` must be a date as YYYY-MM-DD.",
        )
    })
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
    summary = "Upload (or replace) the main RFP: the raw body with its type, or multipart field `file`",
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
    let upload = read_upload(&state, request).await?;
    let bytes = upload.file.0.clone();
    let mut document = store_upload(&state, &proposal, upload.file, query.filename).await?;
    document.role = DocumentRole::Rfp;
    replace_main(&state, proposal, document.clone()).await?;
    ensure_stored(&state, &document, bytes).await?;
    Ok((StatusCode::CREATED, AxumJson(document)))
}

#[derive(Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub(crate) struct AddQuery {
    filename: Option<String>,
    /// `rfp` (the main document, when there is none yet), `annex`, `amendment` or
    /// `clarification`; a multipart form may give it as its `role` field instead.
    role: Option<String>,
    /// When an amendment or clarification was issued (`YYYY-MM-DD`): it orders them
    /// before the upload time does.
    issued_on: Option<String>,
}

/// Adds a document to the proposal's package. An amendment or a clarification
/// overrides what the documents before it state; an annex adds to them.
#[utoipa::path(
    post,
    path = "/api/proposals/{id}/documents",
    tag = "documents",
    summary = "Add a document to the package: the raw body (`?role=`), or multipart fields `file` and `role`",
    params(ProposalPath, AddQuery),
    request_body (content = Vec<u8>, content_type = "application/octet-stream", description = "The document (PDF, DOCX, HTML, text or Markdown); its type is read from the bytes"),
    responses(
        (status = 201, description = "The document's record", body = DocumentRecord),
        (status = 400, description = "An unknown role or a bad `issued_on`", body = Problem, content_type = "application/problem+json"),
        OwnedErrors,
        (status = 409, description = "A second `rfp`, the same file twice, RFP_MAX_DOCUMENTS reached, or no main document yet", body = Problem, content_type = "application/problem+json"),
        DocumentErrors,
        CommonErrors,
    ),
)]
pub(crate) async fn add(
    State(state): State<AppState>,
    Query(query): Query<AddQuery>,
    OwnedProposal { proposal, .. }: OwnedProposal,
    request: Request,
) -> Result<impl IntoResponse, ApiError> {
    // The query is checked before the body is read.
    let query_role = query.role.as_deref().map(parse_role).transpose()?;
    let query_issued = query
        .issued_on
        .as_deref()
        .map(parse_issued_on)
        .transpose()?;
    let upload = read_upload(&state, request).await?;
    let role = match upload.role.as_deref().map(parse_role).transpose()? {
        Some(r) => r,
        None => query_role.ok_or_else(|| {
            ApiError::new(
                ProblemCode::InvalidRole,
                "`role` is required: rfp, annex, amendment or clarification.",
            )
        })?,
    };
    let issued_on = match upload
        .issued_on
        .as_deref()
        .map(parse_issued_on)
        .transpose()?
    {
        Some(d) => Some(d),
        None => query_issued,
    };
    let bytes = upload.file.0.clone();
    let mut document = store_upload(&state, &proposal, upload.file, query.filename).await?;
    document.role = role;
    document.issued_on = issued_on;
    let stored = add_to_package(&state, proposal, document.clone()).await?;
    ensure_stored(&state, &document, bytes).await?;
    let order = stored
        .package()
        .iter()
        .position(|d| d.sha256 == document.sha256)
        .map_or(0, |i| i + 1);
    Ok((
        StatusCode::CREATED,
        AxumJson(DocumentRecord::of(&document, order)),
    ))
}

#[utoipa::path(
    get,
    path = "/api/proposals/{id}/documents",
    tag = "documents",
    summary = "The package's documents, in the order they are read",
    params(ProposalPath),
    responses(
        (status = 200, description = "The documents", body = Object),
        OwnedErrors,
        CommonErrors,
    ),
)]
pub(crate) async fn list(
    OwnedProposal { proposal, .. }: OwnedProposal,
) -> Result<impl IntoResponse, ApiError> {
    Ok(AxumJson(serde_json::json!({
        "proposal_id": proposal.id,
        "package_sha256": proposal.package_sha256(),
        "documents": records(&proposal),
    })))
}

/// Removes an annex, amendment or clarification from the package, and its stored
/// bytes and kept text with it.
#[utoipa::path(
    delete,
    path = "/api/proposals/{id}/documents/{doc_id}",
    tag = "documents",
    summary = "Remove a document from the package",
    params(ProposalPath, ("doc_id" = String, Path, description = "The document's id (from the list)")),
    responses(
        (status = 204, description = "Removed"),
        OwnedErrors,
        (status = 409, description = "The main document: replace it with PUT …/rfp instead", body = Problem, content_type = "application/problem+json"),
        CommonErrors,
    ),
)]
pub(crate) async fn remove(
    State(state): State<AppState>,
    Caller(owner): Caller,
    Path((id, doc_id)): Path<(String, String)>,
) -> Result<impl IntoResponse, ApiError> {
    let proposal = crate::extractors::load_owned(&state, &owner, &id).await?;
    let doc_id = doc_id.to_ascii_lowercase();
    change_package(&state, proposal, |p| {
        let main = p.document.clone().ok_or_else(|| not_in_package(&doc_id))?;
        if main.id() == doc_id {
            return Err(ApiError::new(
                ProblemCode::MainDocumentNotDeletable,
                "This is the main document: replace it with PUT …/rfp; a package always has one.",
            ));
        }
        if !p.documents.iter().any(|d| d.id() == doc_id) {
            return Err(not_in_package(&doc_id));
        }
        let others = p
            .documents
            .iter()
            .filter(|d| d.id() != doc_id)
            .cloned()
            .collect();
        Ok((main, others))
    })
    .await?;
    Ok(StatusCode::NO_CONTENT)
}

fn not_in_package(doc_id: &str) -> ApiError {
    ApiError::new(
        ProblemCode::DocumentNotFound,
        format!(
            "The package has no document {:?}.",
            rfp_shared::domain::clean_label(doc_id, 40)
        ),
    )
}

/// An upload as read: the file and the form's other fields.
struct Upload {
    file: (Bytes, Option<String>, Option<String>),
    role: Option<String>,
    issued_on: Option<String>,
}

/// Reads an upload within the limits: a raw body, or a multipart form's `file` (with
/// `role` and `issued_on` fields in any order).
async fn read_upload(state: &AppState, request: Request) -> Result<Upload, ApiError> {
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
    if !is_multipart {
        let bytes = read_limited(request.into_body(), limit).await?;
        return Ok(Upload {
            file: (bytes, content_type, None),
            role: None,
            issued_on: None,
        });
    }

    let multipart_error = |e: axum::extract::multipart::MultipartError| {
        if e.status() == StatusCode::PAYLOAD_TOO_LARGE {
            too_large(limit)
        } else {
            ApiError::new(ProblemCode::InvalidMultipart, e.body_text())
        }
    };
    let mut form = axum::extract::Multipart::from_request(request, state)
        .await
        .map_err(|e| ApiError::new(ProblemCode::InvalidMultipart, e.body_text()))?;
    let (mut file, mut role, mut issued_on) = (None, None, None);
    while let Some(field) = form.next_field().await.map_err(multipart_error)? {
        match field.name() {
            Some("file") if file.is_none() => {
                let declared = field.content_type().map(str::to_owned);
                let name = field.file_name().map(str::to_owned);
                let data = field.bytes().await.map_err(multipart_error)?;
                if data.len() as u64 > limit {
                    return Err(too_large(limit));
                }
                file = Some((data, declared, name));
            }
            Some(name @ ("role" | "issued_on")) => {
                let name = name.to_owned();
                let value = field.bytes().await.map_err(multipart_error)?;
                // A form field, not a file: a few characters.
                let value = String::from_utf8_lossy(&value[..value.len().min(64)]).into_owned();
                match name.as_str() {
                    "role" => role = Some(value),
                    _ => issued_on = Some(value),
                }
            }
            _ => {}
        }
    }
    let file = file.ok_or_else(|| {
        ApiError::new(
            ProblemCode::MissingFile,
            "The multipart form has no `file` field.",
        )
    })?;
    Ok(Upload {
        file,
        role,
        issued_on,
    })
}

/// Checks an upload's bytes and stores them under the proposal, by their hash; the
/// record is the main document's until the caller says otherwise.
async fn store_upload(
    state: &AppState,
    proposal: &Proposal,
    (bytes, declared_type, form_name): (Bytes, Option<String>, Option<String>),
    query_name: Option<String>,
) -> Result<DocumentRef, ApiError> {
    if bytes.is_empty() {
        return Err(ApiError::new(
            ProblemCode::DocumentEmpty,
            "The uploaded document is empty.",
        ));
    }
    let filename = form_name
        .or(query_name)
        .map(|f| rfp_shared::domain::clean_label(&f, 255));
    let kind = extract::sniff(&bytes, declared_type.as_deref(), filename.as_deref())
        .ok_or_else(unsupported)?;

    let sha256 = hex::encode(Sha256::digest(&bytes));
    let key = BlobKey::for_document(proposal.id, &sha256);
    let blobs = &state.backends.blobs;
    if !blobs.exists(&key).await? {
        blobs.put(&key, bytes.clone(), kind.content_type()).await?;
    }
    Ok(DocumentRef {
        bucket: blobs.bucket().to_owned(),
        key,
        sha256,
        content_type: kind.content_type().to_owned(),
        size: bytes.len() as u64,
        filename,
        uploaded_at: Utc::now(),
        role: DocumentRole::Rfp,
        issued_on: None,
    })
}
