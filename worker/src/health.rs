//! The worker's own `/healthz` and `/readyz` (on `RFP_WORKER_HEALTH_ADDR`), for
//! container health checks and orchestrators: alive, and able to reach its store and
//! queue.

use std::net::SocketAddr;
use std::time::Duration;

use axum::extract::State;
use axum::http::StatusCode;
use axum::routing::get;
use axum::{Json, Router};
use serde_json::{Value, json};
use tokio_util::sync::CancellationToken;

use rfp_shared::backends::Backends;

const CHECK_TIMEOUT: Duration = Duration::from_secs(2);

/// Binds `addr` (a bad address fails start-up) and serves until `shutdown`.
pub async fn serve(
    addr: SocketAddr,
    backends: Backends,
    shutdown: CancellationToken,
) -> anyhow::Result<tokio::task::JoinHandle<()>> {
    let listener = tokio::net::TcpListener::bind(addr)
        .await
        .map_err(|e| anyhow::anyhow!("cannot listen on {addr} (RFP_WORKER_HEALTH_ADDR): {e}"))?;
    tracing::info!(addr = %listener.local_addr()?, "Worker health endpoints listening.");
    let app = Router::new()
        .route(
            "/healthz",
            get(|| async { Json(json!({ "status": "ok" })) }),
        )
        .route("/readyz", get(ready))
        .route(
            "/metrics",
            get(|| async {
                (
                    [(
                        axum::http::header::CONTENT_TYPE,
                        "text/plain; version=0.0.4; charset=utf-8",
                    )],
                    rfp_shared::metrics::render(),
                )
            }),
        )
        .with_state(backends);
    // The same connection limits as the API's, smaller: probes and a scraper.
    let limits = rfp_serve::ConnectionLimits {
        header_timeout: Duration::from_secs(10),
        max_connections: 256,
        drain: Duration::from_secs(2),
    };
    Ok(tokio::spawn(async move {
        let served = rfp_serve::serve(listener, app, limits, shutdown).await;
        if let Err(e) = served {
            tracing::warn!(error = %e, "The health endpoints stopped.");
        }
    }))
}

async fn ready(State(b): State<Backends>) -> (StatusCode, Json<Value>) {
    let (store, queue) = tokio::join!(
        tokio::time::timeout(CHECK_TIMEOUT, b.store.ping()),
        tokio::time::timeout(CHECK_TIMEOUT, b.queue.depth()),
    );
    let store = match store {
        Ok(Ok(())) => Ok(()),
        Ok(Err(e)) => Err(rfp_shared::telemetry::error_chain(&e)),
        Err(_) => Err("no answer in time".to_owned()),
    };
    let queue = match queue {
        Ok(Ok(_)) => Ok(()),
        Ok(Err(e)) => Err(rfp_shared::telemetry::error_chain(&e)),
        Err(_) => Err("no answer in time".to_owned()),
    };
    let ready = store.is_ok() && queue.is_ok();
    let show = |r: Result<(), String>| r.map_or_else(|e| json!({ "error": e }), |()| json!("ok"));
    (
        if ready {
            StatusCode::OK
        } else {
            StatusCode::SERVICE_UNAVAILABLE
        },
        Json(json!({
            "status": if ready { "ready" } else { "unavailable" },
            "checks": { "store": show(store), "queue": show(queue) },
        })),
    )
}
