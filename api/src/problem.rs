//! Every code an API error can carry, with its HTTP status, declared once. A handler
//! names a [`ProblemCode`]; the status follows from it, so one code never leaves with two
//! statuses, and `tests/tests/deploy.rs` fails when docs/api.md's lists and this one
//! differ.

use axum::http::StatusCode;

macro_rules! problems {
    ($( $(#[$doc:meta])* $variant:ident = $code:literal, $status:ident; )*) => {
        /// The machine-readable `code` of a problem document, and its status.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum ProblemCode { $( $(#[$doc])* $variant, )* }

        impl ProblemCode {
            /// Every problem, in declaration order.
            pub const ALL: &'static [ProblemCode] = &[$(ProblemCode::$variant),*];

            pub const fn code(self) -> &'static str {
                match self { $(ProblemCode::$variant => $code,)* }
            }

            pub const fn status(self) -> StatusCode {
                match self { $(ProblemCode::$variant => StatusCode::$status,)* }
            }
        }
    };
}

problems! {
    // Routing and the request itself.
    /// No route has this path.
    RouteNotFound = "route_not_found", NOT_FOUND;
    MethodNotAllowed = "method_not_allowed", METHOD_NOT_ALLOWED;
    /// The request ran past `RFP_REQUEST_TIMEOUT_SECS`.
    RequestTimeout = "request_timeout", GATEWAY_TIMEOUT;
    /// A path parameter that cannot be what it names.
    NotFound = "not_found", NOT_FOUND;
    InvalidJson = "invalid_json", BAD_REQUEST;
    InvalidBody = "invalid_body", UNPROCESSABLE_ENTITY;
    InvalidQuery = "invalid_query", BAD_REQUEST;
    /// The body could not be read (a client that stopped sending it).
    BodyUnreadable = "body_unreadable", BAD_REQUEST;
    PayloadTooLarge = "payload_too_large", PAYLOAD_TOO_LARGE;
    RateLimited = "rate_limited", TOO_MANY_REQUESTS;
    // Who is asking.
    Unauthorized = "unauthorized", UNAUTHORIZED;
    Forbidden = "forbidden", FORBIDDEN;
    InvalidOwner = "invalid_owner", BAD_REQUEST;
    /// With `RFP_AUTH=none`, a `Host` that is not loopback nor in `RFP_ALLOWED_HOSTS`
    /// (a page whose domain was rebound to this machine).
    HostNotAllowed = "host_not_allowed", MISDIRECTED_REQUEST;
    /// With `RFP_AUTH=none`, a state-changing request sent by a page of another origin.
    CrossOriginRefused = "cross_origin_refused", FORBIDDEN;
    /// The token issuer's keys cannot be fetched.
    AuthUnavailable = "auth_unavailable", SERVICE_UNAVAILABLE;
    // Proposals and their documents.
    /// No such proposal, or another owner's.
    ProposalNotFound = "proposal_not_found", NOT_FOUND;
    ProposalExists = "proposal_exists", CONFLICT;
    InvalidTitle = "invalid_title", UNPROCESSABLE_ENTITY;
    InvalidCursor = "invalid_cursor", BAD_REQUEST;
    DocumentEmpty = "document_empty", BAD_REQUEST;
    /// The type is read from the bytes, not the file name.
    UnsupportedMediaType = "unsupported_media_type", UNSUPPORTED_MEDIA_TYPE;
    InvalidMultipart = "invalid_multipart", BAD_REQUEST;
    MissingFile = "missing_file", BAD_REQUEST;
    /// `RFP_MAX_CONCURRENT_UPLOADS` uploads are being read.
    UploadsBusy = "uploads_busy", SERVICE_UNAVAILABLE;
    /// The embedded backend has no presigned uploads.
    PresignedUploadUnavailable = "presigned_upload_unavailable", CONFLICT;
    DocumentNotUploaded = "document_not_uploaded", CONFLICT;
    InvalidSha256 = "invalid_sha256", BAD_REQUEST;
    /// A role other than `rfp`, `annex`, `amendment`, `clarification`.
    InvalidRole = "invalid_role", BAD_REQUEST;
    /// `issued_on` is not a date (`YYYY-MM-DD`).
    InvalidIssuedOn = "invalid_issued_on", BAD_REQUEST;
    /// A second main document: replace it with `PUT /api/proposals/{id}/rfp`.
    RfpExists = "rfp_exists", CONFLICT;
    /// The package already holds these very bytes.
    DuplicateDocument = "duplicate_document", CONFLICT;
    /// The package holds `RFP_MAX_DOCUMENTS` documents.
    TooManyDocuments = "too_many_documents", CONFLICT;
    /// The package would pass `RFP_MAX_PACKAGE_BYTES`.
    PackageTooLarge = "package_too_large", PAYLOAD_TOO_LARGE;
    DocumentNotFound = "document_not_found", NOT_FOUND;
    /// The main document is replaced, never deleted alone.
    MainDocumentNotDeletable = "main_document_not_deletable", CONFLICT;
    /// The documents kept changing under the request.
    DocumentsBusy = "documents_busy", CONFLICT;
    // Analyses.
    /// An analysis asked for before any document was uploaded.
    NoDocument = "no_document", CONFLICT;
    JobConflict = "job_conflict", CONFLICT;
    InvalidWait = "invalid_wait", BAD_REQUEST;
    CallbacksDisabled = "callbacks_disabled", UNPROCESSABLE_ENTITY;
    CallbackUrlInvalid = "callback_url_invalid", UNPROCESSABLE_ENTITY;
    CallbackUrlRefused = "callback_url_refused", UNPROCESSABLE_ENTITY;
    CallbackUrlUnresolvable = "callback_url_unresolvable", UNPROCESSABLE_ENTITY;
    /// A compliance matrix asked for before an analysis completed.
    AnalysisNotReady = "analysis_not_ready", CONFLICT;
    /// A deadlines calendar asked of an analysis that found no dated deadline.
    NoDatedDeadlines = "no_dated_deadlines", CONFLICT;
    /// A go/no-go profile with a field that is not what it says.
    InvalidProfile = "invalid_profile", UNPROCESSABLE_ENTITY;
    /// A go/no-go asked for before the owner set a profile.
    ProfileNotSet = "profile_not_set", CONFLICT;
    // The team's workspace.
    /// An edit whose value is not what its field takes: a date that is not a date, a
    /// negative or non-numeric amount, an empty title, a revert of what was not set.
    InvalidEdit = "invalid_edit", UNPROCESSABLE_ENTITY;
    /// More edits in one request than 200, or a list or matrix holding its most.
    TooManyEdits = "too_many_edits", UNPROCESSABLE_ENTITY;
    /// A row id the matrix does not have (nor the team's rows, nor the removed ones).
    UnknownRequirement = "unknown_requirement", UNPROCESSABLE_ENTITY;
    /// A write of the workspace without `If-Match`.
    PreconditionRequired = "precondition_required", PRECONDITION_REQUIRED;
    /// `If-Match` names a version that changed since (another member's edit, or a
    /// new analysis): read it again, and apply the edit to what is there now.
    PreconditionFailed = "precondition_failed", PRECONDITION_FAILED;
    // Prompts.
    InvalidPrompt = "invalid_prompt", UNPROCESSABLE_ENTITY;
    PromptNotFound = "prompt_not_found", NOT_FOUND;
    PromptVersionExists = "prompt_version_exists", CONFLICT;
    // The service's own state.
    StoreUnavailable = "store_unavailable", SERVICE_UNAVAILABLE;
    QueueUnavailable = "queue_unavailable", SERVICE_UNAVAILABLE;
    BlobStoreUnavailable = "blob_store_unavailable", SERVICE_UNAVAILABLE;
    InternalError = "internal_error", INTERNAL_SERVER_ERROR;
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_code_is_snake_case_and_used_once() {
        let mut seen = std::collections::BTreeSet::new();
        for p in ProblemCode::ALL {
            let code = p.code();
            assert!(
                code.chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_'),
                "{code}"
            );
            assert!(seen.insert(code), "{code} twice");
            assert!(p.status().is_client_error() || p.status().is_server_error());
        }
    }
}
