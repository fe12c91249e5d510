//! `rfp-serve`: serving connections with limits on what a client may hold: a connection whose
//! request head has not fully arrived within `RFP_HTTP_HEADER_TIMEOUT_SECS` of the
//! connection waiting for it is closed (a slow sender's; a new connection that sends
//! nothing; an idle keep-alive connection's, since hyper starts that clock whenever
//! the connection waits for a request), at most `RFP_MAX_CONNECTIONS` are open at once (past it a new connection
//! is closed at once, before it costs more than its descriptor), and on shutdown the
//! open ones get a bounded drain. Built on hyper-util's connection builder, as
//! `axum::serve` is, with the timer that makes hyper's header timeout work. The API
//! and the worker's health listener both serve through it: a crate of its own because
//! `rfp-shared` speaks no HTTP and the API should not borrow it from the worker.

use std::sync::Arc;
use std::time::Duration;

use axum::Router;
use hyper_util::rt::{TokioExecutor, TokioIo, TokioTimer};
use hyper_util::server::conn::auto::Builder;
use hyper_util::server::graceful::GracefulShutdown;
use hyper_util::service::TowerToHyperService;
use tokio::net::TcpListener;
use tokio::sync::Semaphore;
use tokio_util::sync::CancellationToken;

/// Limits on the connections of one API process.
#[derive(Debug, Clone, Copy)]
pub struct ConnectionLimits {
    pub header_timeout: Duration,
    pub max_connections: usize,
    /// How long open connections (a long poll, an event stream) may take to finish
    /// after shutdown begins.
    pub drain: Duration,
}

impl ConnectionLimits {
    pub fn from_settings(s: &rfp_shared::settings::Settings) -> Self {
        Self {
            header_timeout: Duration::from_secs(s.http_header_timeout_secs),
            max_connections: s.max_connections,
            drain: s.shutdown_grace().min(Duration::from_secs(30)),
        }
    }
}

/// Serves `router` on `listener` until `shutdown`; then stops accepting and gives
/// open connections `limits.drain` to finish before they are dropped.
pub async fn serve(
    listener: TcpListener,
    router: Router,
    limits: ConnectionLimits,
    shutdown: CancellationToken,
) -> std::io::Result<()> {
    let mut builder = Builder::new(TokioExecutor::new());
    builder
        .http1()
        .timer(TokioTimer::new())
        .header_read_timeout(limits.header_timeout)
        .max_buf_size(64 * 1024);
    builder
        .http2()
        .timer(TokioTimer::new())
        .keep_alive_interval(limits.header_timeout)
        .keep_alive_timeout(limits.header_timeout)
        .max_concurrent_streams(64);
    let builder = Arc::new(builder);
    let open = Arc::new(Semaphore::new(limits.max_connections));
    let graceful = GracefulShutdown::new();
    loop {
        let accepted = tokio::select! {
            _ = shutdown.cancelled() => break,
            accepted = listener.accept() => accepted,
        };
        let (stream, _peer) = match accepted {
            Ok(a) => a,
            Err(e) => {
                // Out of descriptors (EMFILE) or a connection reset before accept:
                // wait a moment rather than spin, and go on.
                tracing::warn!(error = %e, "Cannot accept a connection.");
                tokio::time::sleep(Duration::from_millis(50)).await;
                continue;
            }
        };
        let Ok(permit) = open.clone().try_acquire_owned() else {
            metrics::counter!("rfp_http_connections_refused_total").increment(1);
            drop(stream);
            continue;
        };
        let _ = stream.set_nodelay(true);
        metrics::gauge!("rfp_http_connections_open").increment(1.0);
        let service = TowerToHyperService::new(router.clone());
        let builder = builder.clone();
        let watcher = graceful.watcher();
        let header_timeout = limits.header_timeout;
        tokio::spawn(async move {
            // The builder reads a connection's first bytes (HTTP/1 or HTTP/2?) before
            // hyper's header timer runs: a connection that sends nothing at all is
            // timed here.
            let mut first = [0u8; 1];
            let spoke = tokio::time::timeout(header_timeout, stream.peek(&mut first)).await;
            if !matches!(spoke, Ok(Ok(n)) if n > 0) {
                metrics::gauge!("rfp_http_connections_open").decrement(1.0);
                return;
            }
            let conn = builder.serve_connection_with_upgrades(TokioIo::new(stream), service);
            // Errors here are the client's (a reset, a header timeout): not ours to log
            // above debug.
            if let Err(e) = watcher.watch(conn.into_owned()).await {
                tracing::debug!(error = %e, "A connection ended with an error.");
            }
            metrics::gauge!("rfp_http_connections_open").decrement(1.0);
            drop(permit);
        });
    }
    drop(listener);
    if tokio::time::timeout(limits.drain, graceful.shutdown())
        .await
        .is_err()
    {
        tracing::warn!(
            drain_secs = limits.drain.as_secs(),
            "Connections still open after the drain; closing them."
        );
    }
    Ok(())
}
