//! Prompt administration: list, show, create a version, activate, deactivate.
//!
//! Items keep the original format (`PK=prompt#<id>`, `SK=version#<n>`, `section`,
//! `sub_section`, `categories`, `is_active`, the three texts), so prompts written by
//! the original admin UI and by this API are the same kind of item. A version is
//! never edited: a change is a new version, activated when it is ready. Workers see
//! an activation within their prompt cache's lifetime (60 s).
//!
//! Every route here needs an administrator (`Admin`): a member of the admin group, an
//! admin key, or anyone while authentication is off (loopback only).

use axum::extract::State;
use axum::http::{StatusCode, header};
use axum::response::IntoResponse;
use axum::routing::{get, post};
use axum::{Json as AxumJson, Router};
use serde::{Deserialize, Serialize};

use rfp_shared::domain::PromptItem;

use crate::AppState;
use crate::error::ProblemCode;
use crate::error::{AdminErrors, ApiError, CommonErrors, JsonBodyErrors, Problem};
use crate::extractors::{Admin, Json, Path, Query};

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/api/prompts", get(list).post(create))
        .route("/api/prompts/{id}", get(show))
        .route("/api/prompts/{id}/versions", post(new_version))
        .route("/api/prompts/{id}/versions/{version}", get(show_version))
        .route(
            "/api/prompts/{id}/versions/{version}/activate",
            post(activate),
        )
        .route(
            "/api/prompts/{id}/versions/{version}/deactivate",
            post(deactivate),
        )
}

/// The most text one prompt version may hold: DynamoDB items stop at 400 KB.
const MAX_PROMPT_BYTES: usize = 300 * 1024;

#[derive(Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub(crate) struct ListQuery {
    section: Option<String>,
    sub_section: Option<String>,
}

#[derive(Serialize, utoipa::ToSchema)]
#[schema(as = PromptList)]
pub(crate) struct ListView {
    items: Vec<PromptItem>,
}

#[utoipa::path(
    get,
    path = "/api/prompts",
    tag = "prompts",
    summary = "Every prompt version",
    params(ListQuery),
    responses(
        (status = 200, description = "The prompt items", body = ListView),
        (status = 400, description = "Bad query parameters", body = Problem, content_type = "application/problem+json"),
        AdminErrors,
        CommonErrors,
    ),
)]
pub(crate) async fn list(
    _: Admin,
    State(state): State<AppState>,
    Query(q): Query<ListQuery>,
) -> Result<AxumJson<ListView>, ApiError> {
    let items = state
        .backends
        .store
        .list_prompts(None)
        .await?
        .into_iter()
        .filter(|p| q.section.as_ref().is_none_or(|s| &p.section == s))
        .filter(|p| q.sub_section.as_ref().is_none_or(|s| &p.sub_section == s))
        .collect();
    Ok(AxumJson(ListView { items }))
}

#[derive(Serialize, utoipa::ToSchema)]
pub(crate) struct PromptView {
    id: String,
    /// Oldest first.
    versions: Vec<PromptItem>,
}

/// `id` if it can be a prompt's id, else 404.
fn valid_id(id: &str) -> Result<&str, ApiError> {
    let valid = !id.is_empty()
        && id.len() <= 100
        && id
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
    if valid {
        Ok(id)
    } else {
        Err(prompt_not_found(id))
    }
}

/// The versions of prompt `id`, or 404.
async fn versions(state: &AppState, id: &str) -> Result<Vec<PromptItem>, ApiError> {
    valid_id(id)?;
    let versions = state.backends.store.list_prompts(Some(id)).await?;
    if versions.is_empty() {
        return Err(prompt_not_found(id));
    }
    Ok(versions)
}

fn prompt_not_found(id: &str) -> ApiError {
    ApiError::new(
        ProblemCode::PromptNotFound,
        format!("There is no prompt {id}."),
    )
}

#[utoipa::path(
    get,
    path = "/api/prompts/{id}",
    tag = "prompts",
    summary = "A prompt's versions",
    params(("id" = String, Path, description = "The prompt's id")),
    responses(
        (status = 200, description = "The versions, oldest first", body = PromptView),
        (status = 404, description = "No such prompt", body = Problem, content_type = "application/problem+json"),
        AdminErrors,
        CommonErrors,
    ),
)]
pub(crate) async fn show(
    _: Admin,
    State(state): State<AppState>,
    Path(id): Path<String>,
) -> Result<AxumJson<PromptView>, ApiError> {
    let versions = versions(&state, &id).await?;
    Ok(AxumJson(PromptView { id, versions }))
}

#[utoipa::path(
    get,
    path = "/api/prompts/{id}/versions/{version}",
    tag = "prompts",
    summary = "One version of a prompt",
    params(("id" = String, Path, description = "The prompt's id"), ("version" = u32, Path, description = "The version number")),
    responses(
        (status = 200, description = "The version", body = PromptItem),
        (status = 404, description = "No such prompt or version", body = Problem, content_type = "application/problem+json"),
        AdminErrors,
        CommonErrors,
    ),
)]
pub(crate) async fn show_version(
    _: Admin,
    State(state): State<AppState>,
    Path((id, version)): Path<(String, u32)>,
) -> Result<AxumJson<PromptItem>, ApiError> {
    versions(&state, &id)
        .await?
        .into_iter()
        .find(|p| p.version == version)
        .map(AxumJson)
        .ok_or_else(|| prompt_not_found(&format!("{id} version {version}")))
}

/// A new prompt, or a new version of one (omitted fields are copied from the latest
/// version).
#[derive(Deserialize, Default, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub(crate) struct PromptBody {
    name: Option<String>,
    section: Option<String>,
    sub_section: Option<String>,
    categories: Option<Vec<String>>,
    system_prompt: Option<String>,
    user_prompt_template: Option<String>,
    output_format: Option<String>,
    /// Active at once (default: no; activate it when it is ready).
    #[serde(default)]
    is_active: bool,
}

fn invalid(detail: impl Into<String>) -> ApiError {
    ApiError::new(ProblemCode::InvalidPrompt, detail)
}

/// Builds version `version` of prompt `id` from `body` over `base`.
fn build(
    id: String,
    version: u32,
    body: PromptBody,
    base: Option<&PromptItem>,
) -> Result<PromptItem, ApiError> {
    let pick = |given: Option<String>, old: Option<&String>, field: &str| {
        given
            .or_else(|| old.cloned())
            .map(|v| v.trim().to_owned())
            .filter(|v| !v.is_empty())
            .ok_or_else(|| invalid(format!("`{field}` is required and must not be empty.")))
    };
    let item = PromptItem {
        id,
        version,
        name: body.name.or_else(|| base.and_then(|b| b.name.clone())),
        section: pick(body.section, base.map(|b| &b.section), "section")?,
        sub_section: pick(
            body.sub_section,
            base.map(|b| &b.sub_section),
            "sub_section",
        )?,
        categories: body
            .categories
            .or_else(|| base.map(|b| b.categories.clone()))
            .unwrap_or_default(),
        is_active: body.is_active,
        system_prompt: pick(
            body.system_prompt,
            base.map(|b| &b.system_prompt),
            "system_prompt",
        )?,
        user_prompt_template: pick(
            body.user_prompt_template,
            base.map(|b| &b.user_prompt_template),
            "user_prompt_template",
        )?,
        output_format: body
            .output_format
            .or_else(|| base.map(|b| b.output_format.clone()))
            .unwrap_or_default(),
    };
    let size = item.system_prompt.len()
        + item.user_prompt_template.len()
        + item.output_format.len()
        + item.categories.iter().map(String::len).sum::<usize>();
    if size > MAX_PROMPT_BYTES {
        return Err(invalid(format!(
            "The prompt's texts hold {size} bytes; at most {MAX_PROMPT_BYTES} fit in one item."
        )));
    }
    Ok(item)
}

fn created(item: PromptItem) -> impl IntoResponse {
    let location = format!("/api/prompts/{}/versions/{}", item.id, item.version);
    (
        StatusCode::CREATED,
        [(header::LOCATION, location)],
        AxumJson(item),
    )
}

#[utoipa::path(
    post,
    path = "/api/prompts",
    tag = "prompts",
    summary = "Create a prompt (version 1)",
    request_body = PromptBody,
    responses(
        (status = 201, description = "The new prompt item (`Location`)", body = PromptItem),
        JsonBodyErrors,
        (status = 422, description = "Missing fields, or an invalid prompt", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "Created at the same time by another call", body = Problem, content_type = "application/problem+json"),
        AdminErrors,
        CommonErrors,
    ),
)]
pub(crate) async fn create(
    _: Admin,
    State(state): State<AppState>,
    Json(body): Json<PromptBody>,
) -> Result<impl IntoResponse, ApiError> {
    let item = build(uuid::Uuid::new_v4().to_string(), 1, body, None)?;
    state.backends.store.create_prompt(&item).await?;
    if item.is_active {
        tracing::info!(prompt_id = %item.id, version = item.version, "Created an active prompt.");
    }
    Ok(created(item))
}

#[utoipa::path(
    post,
    path = "/api/prompts/{id}/versions",
    tag = "prompts",
    summary = "A new version; fields left out come from the latest",
    params(("id" = String, Path, description = "The prompt's id")),
    request_body = PromptBody,
    responses(
        (status = 201, description = "The new version (`Location`)", body = PromptItem),
        (status = 404, description = "No such prompt", body = Problem, content_type = "application/problem+json"),
        JsonBodyErrors,
        (status = 422, description = "Missing fields, or an invalid prompt", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "Created at the same time by another call", body = Problem, content_type = "application/problem+json"),
        AdminErrors,
        CommonErrors,
    ),
)]
pub(crate) async fn new_version(
    _: Admin,
    State(state): State<AppState>,
    Path(id): Path<String>,
    Json(body): Json<PromptBody>,
) -> Result<impl IntoResponse, ApiError> {
    let versions = versions(&state, &id).await?;
    let latest = versions.last().expect("versions() is never empty");
    let activate = body.is_active;
    let item = build(id, latest.version + 1, body, Some(latest))?;
    state.backends.store.create_prompt(&item).await?;
    if activate {
        deactivate_others(&state, &item).await?;
    }
    Ok(created(item))
}

#[utoipa::path(
    post,
    path = "/api/prompts/{id}/versions/{version}/activate",
    tag = "prompts",
    summary = "Activate a version (deactivating the others)",
    params(("id" = String, Path, description = "The prompt's id"), ("version" = u32, Path, description = "The version number")),
    responses(
        (status = 200, description = "The version, now active", body = PromptItem),
        (status = 404, description = "No such prompt or version", body = Problem, content_type = "application/problem+json"),
        AdminErrors,
        CommonErrors,
    ),
)]
pub(crate) async fn activate(
    _: Admin,
    State(state): State<AppState>,
    Path((id, version)): Path<(String, u32)>,
) -> Result<AxumJson<PromptItem>, ApiError> {
    valid_id(&id)?;
    // Activate first, then deactivate the others: in between, two versions are
    // active and workers pick the higher one; never is none active.
    let item = state
        .backends
        .store
        .set_prompt_active(&id, version, true)
        .await?;
    deactivate_others(&state, &item).await?;
    tracing::info!(prompt_id = %id, version, "Activated a prompt version.");
    Ok(AxumJson(item))
}

#[utoipa::path(
    post,
    path = "/api/prompts/{id}/versions/{version}/deactivate",
    tag = "prompts",
    summary = "Deactivate a version",
    params(("id" = String, Path, description = "The prompt's id"), ("version" = u32, Path, description = "The version number")),
    responses(
        (status = 200, description = "The version, now inactive", body = PromptItem),
        (status = 404, description = "No such prompt or version", body = Problem, content_type = "application/problem+json"),
        AdminErrors,
        CommonErrors,
    ),
)]
pub(crate) async fn deactivate(
    _: Admin,
    State(state): State<AppState>,
    Path((id, version)): Path<(String, u32)>,
) -> Result<AxumJson<PromptItem>, ApiError> {
    valid_id(&id)?;
    let item = state
        .backends
        .store
        .set_prompt_active(&id, version, false)
        .await?;
    tracing::info!(prompt_id = %id, version, "Deactivated a prompt version.");
    Ok(AxumJson(item))
}

/// One version of a prompt is active at a time.
async fn deactivate_others(state: &AppState, active: &PromptItem) -> Result<(), ApiError> {
    for other in state.backends.store.list_prompts(Some(&active.id)).await? {
        if other.is_active && other.version != active.version {
            state
                .backends
                .store
                .set_prompt_active(&other.id, other.version, false)
                .await?;
        }
    }
    Ok(())
}
