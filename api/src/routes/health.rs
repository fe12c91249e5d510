//! `/healthz` says the process is up; `/readyz` says its backends answer, so a load
//! balancer sends traffic only to an instance that can serve it.

use std::time::Duration;

use axum::extract::State;
use axum::http::StatusCode;
use axum::routing::get;
use axum::{Json, Router};
use serde_json::{Value, json};

use crate::AppState;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/healthz", get(healthz))
        .route("/readyz", get(ready))
        .route("/metrics", get(metrics))
}

/// The process is up.
#[utoipa::path(get, path = "/healthz", tag = "operations", responses((status = 200, description = "`{\"status\": \"ok\"}`", body = Object)))]
pub(crate) async fn healthz() -> Json<Value> {
    Json(json!({ "status": "ok" }))
}

const CHECK_TIMEOUT: Duration = Duration::from_secs(2);

#[utoipa::path(get, path = "/metrics", tag = "operations", responses((status = 200, description = "Prometheus text format", content_type = "text/plain", body = String)))]
/// Prometheus text format (with the embedded worker's series in embedded mode).
pub(crate) async fn metrics() -> impl axum::response::IntoResponse {
    (
        [(
            axum::http::header::CONTENT_TYPE,
            "text/plain; version=0.0.4; charset=utf-8",
        )],
        rfp_shared::metrics::render(),
    )
}

async fn check<F, E>(f: F) -> Result<(), String>
where
    F: std::future::Future<Output = Result<(), E>>,
    E: std::error::Error,
{
    match tokio::time::timeout(CHECK_TIMEOUT, f).await {
        Ok(Ok(())) => Ok(()),
        Ok(Err(e)) => Err(rfp_shared::telemetry::error_chain(&e)),
        Err(_) => Err(format!("no answer within {CHECK_TIMEOUT:?}")),
    }
}

/// The backends answer.
#[utoipa::path(get, path = "/readyz", tag = "operations", responses(
    (status = 200, description = "Ready: every check `ok`", body = Object),
    (status = 503, description = "A backend does not answer; the failing check names it", body = Object),
))]
pub(crate) async fn ready(State(state): State<AppState>) -> (StatusCode, Json<Value>) {
    let b = &state.backends;
    let (store, queue, blobs) = tokio::join!(
        check(b.store.ping()),
        check(async { b.queue.depth().await.map(|_| ()) }),
        check(b.blobs.ping()),
    );
    let mut checks = serde_json::Map::new();
    let mut ready = true;
    for (name, result) in [("store", store), ("queue", queue), ("blobs", blobs)] {
        match result {
            Ok(()) => {
                checks.insert(name.into(), json!("ok"));
            }
            Err(e) => {
                ready = false;
                tracing::warn!(check = name, error = %e, "Readiness check failed.");
                checks.insert(name.into(), json!({ "error": e }));
            }
        }
    }
    let status = if ready {
        StatusCode::OK
    } else {
        StatusCode::SERVICE_UNAVAILABLE
    };
    (
        status,
        Json(json!({ "status": if ready { "ready" } else { "unavailable" }, "checks": checks })),
    )
}
