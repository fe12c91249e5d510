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
        .route(
            "/healthz",
            get(|| async { Json(json!({ "status": "ok" })) }),
        )
        .route("/readyz", get(ready))
        .route("/metrics", get(metrics))
}

const CHECK_TIMEOUT: Duration = Duration::from_secs(2);

/// Prometheus text format (with the embedded worker's series in embedded mode).
async fn metrics() -> impl axum::response::IntoResponse {
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
        Ok(Err(e)) => Err(rfp_worker::pipeline::error_chain(&e)),
        Err(_) => Err(format!("no answer within {CHECK_TIMEOUT:?}")),
    }
}

async fn ready(State(state): State<AppState>) -> (StatusCode, Json<Value>) {
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
