//! The application: settings in, a bound listener and (in embedded mode) a worker
//! out. `main` and the tests start it the same way.

use std::net::SocketAddr;

use anyhow::Context;
use axum::Router;
use axum::extract::MatchedPath;
use axum::http::Request;
use tokio::net::TcpListener;
use tokio_util::sync::CancellationToken;
use tower_http::request_id::{MakeRequestUuid, PropagateRequestIdLayer, SetRequestIdLayer};
use tower_http::trace::TraceLayer;

use rfp_shared::backends::{self, Backends};
use rfp_shared::settings::{Backend, Settings};
use rfp_worker::Worker;

use crate::error::ApiError;
use crate::error::ProblemCode;
use crate::{AppState, routes};

/// A built, bound, not yet running service.
pub struct Application {
    listener: TcpListener,
    router: Router,
    connections: rfp_serve::ConnectionLimits,
    backends: Backends,
    worker: Option<Worker>,
}

impl Application {
    /// Connects the backends, binds the listener and builds the router. Every setting
    /// problem surfaces here, before the service takes a request.
    pub async fn build(settings: Settings) -> anyhow::Result<Self> {
        let backends = backends::connect(&settings).await?;
        Self::with_backends(settings, backends).await
    }

    /// As [`build`](Self::build), over adapters the caller made (tests use it to
    /// point the service at an emulator and count its requests).
    pub async fn with_backends(settings: Settings, backends: Backends) -> anyhow::Result<Self> {
        let model = if settings.backend == Backend::Embedded && settings.embedded_worker {
            Some(rfp_worker::model::connect(&settings).await?)
        } else {
            None
        };
        Self::with_parts(settings, backends, model).await
    }

    /// As [`with_backends`](Self::with_backends), with the embedded worker's model
    /// given (tests aim it at a fake Bedrock); `None` runs no embedded worker.
    pub async fn with_parts(
        settings: Settings,
        backends: Backends,
        model: Option<std::sync::Arc<dyn rfp_shared::ports::Model>>,
    ) -> anyhow::Result<Self> {
        rfp_shared::metrics::install();
        // Before anything is bound: an API open to the network without
        // authentication must not start.
        let auth = crate::auth::Authenticator::from_settings(&settings)?;
        // The embedded worker is built as `rfp-worker run` builds its own (its OCR
        // from the settings), on the API's backends.
        let worker = match model {
            Some(m) => Some(Worker::with_parts(&settings, &backends, m).await?),
            None => None,
        };
        let listener = TcpListener::bind(settings.listen_addr)
            .await
            .with_context(|| {
                format!(
                    "cannot listen on {} (RFP_LISTEN_ADDR)",
                    settings.listen_addr
                )
            })?;
        let router = served_router(&settings, &backends, auth)?;
        Ok(Self {
            listener,
            router,
            connections: rfp_serve::ConnectionLimits::from_settings(&settings),
            backends,
            worker,
        })
    }

    pub fn local_addr(&self) -> SocketAddr {
        self.listener
            .local_addr()
            .expect("a bound listener has an address")
    }

    pub fn port(&self) -> u16 {
        self.local_addr().port()
    }

    /// The adapters, for operator commands and tests that look below the API.
    pub fn backends(&self) -> &Backends {
        &self.backends
    }

    /// Serves until `shutdown` is cancelled; then stops accepting, lets requests in
    /// flight finish, and drains the embedded worker within its grace period.
    pub async fn run_until_stopped(self, shutdown: CancellationToken) -> std::io::Result<()> {
        // The connection cap, not the default soft limit of descriptors, bounds
        // connections.
        let descriptors = rfp_shared::process::raise_descriptor_limit();
        tracing::info!(addr = %self.local_addr(), embedded_worker = self.worker.is_some(),
            descriptors, max_connections = self.connections.max_connections, "API listening.");
        let server = rfp_serve::serve(
            self.listener,
            self.router,
            self.connections,
            shutdown.clone(),
        );
        let worker = async {
            if let Some(worker) = self.worker {
                worker.run_until_stopped(shutdown.clone()).await;
            }
        };
        let (served, ()) = tokio::join!(server, worker);
        tracing::info!("API stopped.");
        served
    }
}

/// The router exactly as [`Application`] serves it (authentication, limits, time-outs
/// and all), without a listener: router tests drive it with `tower::ServiceExt::oneshot`.
pub fn router(settings: &Settings, backends: &Backends) -> anyhow::Result<Router> {
    let auth = crate::auth::Authenticator::from_settings(settings)?;
    served_router(settings, backends, auth)
}

fn served_router(
    settings: &Settings,
    backends: &Backends,
    auth: crate::auth::Authenticator,
) -> anyhow::Result<Router> {
    let state = app_state(settings, backends, auth);
    Ok(Hygiene::from_settings(settings)?.apply(app(state)))
}

/// What the handlers share, from the settings.
pub(crate) fn app_state(
    settings: &Settings,
    backends: &Backends,
    auth: crate::auth::Authenticator,
) -> AppState {
    AppState {
        backends: backends.clone(),
        max_upload_bytes: settings.max_upload_bytes,
        max_documents: settings.max_documents,
        max_package_bytes: settings.max_package_bytes,
        auth,
        rate_limit: crate::limits::RateLimit::per_minute(settings.rate_limit_per_minute),
        callbacks: rfp_worker::callback::CallbackConfig::from_settings(settings),
        uploads: std::sync::Arc::new(tokio::sync::Semaphore::new(settings.max_concurrent_uploads)),
        package_turns: routes::PackageTurns::default(),
        workspace_turns: routes::PackageTurns::default(),
    }
}

/// The router with its middleware: a request id on every request and response, and a
/// span per request that carries it with the matched route (not the raw path, which
/// would hold ids).
pub fn app(state: AppState) -> Router {
    routes::router(state)
        .fallback(|| async { ApiError::new(ProblemCode::RouteNotFound, "There is no such route.") })
        .method_not_allowed_fallback(|| async {
            ApiError::new(
                ProblemCode::MethodNotAllowed,
                "This route does not take that method.",
            )
        })
        .layer(axum::middleware::from_fn(count_request))
        .layer(PropagateRequestIdLayer::x_request_id())
        .layer(
            TraceLayer::new_for_http().make_span_with(|req: &Request<_>| {
                let route = req
                    .extensions()
                    .get::<MatchedPath>()
                    .map(MatchedPath::as_str)
                    .unwrap_or("unmatched");
                let request_id = req
                    .headers()
                    .get("x-request-id")
                    .and_then(|v| v.to_str().ok())
                    .unwrap_or("");
                tracing::info_span!("request", method = %req.method(), route, request_id)
            }),
        )
        .layer(SetRequestIdLayer::x_request_id(MakeRequestUuid))
}

/// Counts each request by its route (the pattern, not the raw path) and status.
async fn count_request(
    req: Request<axum::body::Body>,
    next: axum::middleware::Next,
) -> axum::response::Response {
    let route = req
        .extensions()
        .get::<MatchedPath>()
        .map_or("unmatched", MatchedPath::as_str)
        .to_owned();
    let started = std::time::Instant::now();
    let response = next.run(req).await;
    let status = response.status().as_u16().to_string();
    metrics::histogram!("rfp_http_request_duration_seconds", "route" => route.clone())
        .record(started.elapsed().as_secs_f64());
    metrics::counter!("rfp_http_requests_total", "route" => route, "status" => status).increment(1);
    response
}

/// The HTTP layers around every route: loopback mode's guard, CORS for the configured
/// origins, gzip for clients that accept it (never for event streams), a time limit
/// per request, and the security headers.
struct Hygiene {
    cors: Option<tower_http::cors::CorsLayer>,
    timeout: std::time::Duration,
    /// Loopback mode's host and origin checks (`None` with credentials required).
    loopback: Option<crate::guard::LoopbackGuard>,
}

impl Hygiene {
    fn from_settings(settings: &Settings) -> Result<Self, rfp_shared::settings::SettingsError> {
        use axum::http::{HeaderName, HeaderValue, Method, header};
        use tower_http::cors::{AllowOrigin, CorsLayer};
        let cors = match settings.cors_origins.as_deref().map(str::trim) {
            None | Some("") => None,
            Some(list) => {
                let origin = if list == "*" {
                    AllowOrigin::any()
                } else {
                    let origins = list
                        .split(',')
                        .map(str::trim)
                        .filter(|o| !o.is_empty())
                        .map(|o| {
                            let o = o.trim_end_matches('/');
                            let host = o
                                .strip_prefix("https://")
                                .or_else(|| o.strip_prefix("http://"));
                            HeaderValue::from_str(o)
                                .ok()
                                .filter(|_| host.is_some_and(|h| !h.is_empty() && !h.contains('/')))
                                .ok_or_else(|| {
                                    rfp_shared::settings::SettingsError::new(
                                        "RFP_CORS_ORIGINS",
                                        format!(
                                            "`{o}` is not an origin like https://app.example.org"
                                        ),
                                    )
                                })
                        })
                        .collect::<Result<Vec<_>, _>>()?;
                    AllowOrigin::list(origins)
                };
                Some(
                    CorsLayer::new()
                        .allow_origin(origin)
                        .allow_methods([
                            Method::GET,
                            Method::POST,
                            Method::PUT,
                            Method::PATCH,
                            Method::DELETE,
                        ])
                        .allow_headers([
                            header::AUTHORIZATION,
                            header::CONTENT_TYPE,
                            HeaderName::from_static("x-api-key"),
                            HeaderName::from_static("x-request-id"),
                            HeaderName::from_static("last-event-id"),
                            HeaderName::from_static("traceparent"),
                        ])
                        .expose_headers([
                            header::LOCATION,
                            header::RETRY_AFTER,
                            HeaderName::from_static("x-request-id"),
                        ])
                        .max_age(std::time::Duration::from_secs(600)),
                )
            }
        };
        Ok(Self {
            cors,
            timeout: std::time::Duration::from_secs(settings.request_timeout_secs),
            loopback: crate::guard::LoopbackGuard::from_settings(settings)?,
        })
    }

    fn apply(self, router: Router) -> Router {
        use axum::error_handling::HandleErrorLayer;
        use axum::response::IntoResponse;
        use tower_http::compression::CompressionLayer;
        let seconds = self.timeout.as_secs();
        let router = router.layer(CompressionLayer::new().gzip(true)).layer(
            tower::ServiceBuilder::new()
                // A request over its time is a problem like any other, not an empty 504.
                .layer(HandleErrorLayer::new(move |_: tower::BoxError| async move {
                    ApiError::new(ProblemCode::RequestTimeout,
                        format!("The request took longer than {seconds} s (RFP_REQUEST_TIMEOUT_SECS)."),
                    )
                    .into_response()
                }))
                .timeout(self.timeout),
        );
        let router = match self.cors {
            Some(cors) => router.layer(cors),
            None => router,
        };
        // Outermost: a rebound host or a cross-origin write is refused before anything
        // else runs, and every answer, refusals included, has the security headers.
        let router = match self.loopback {
            Some(guard) => router.layer(axum::middleware::from_fn_with_state(
                guard,
                crate::guard::loopback,
            )),
            None => router,
        };
        router.layer(axum::middleware::from_fn(crate::guard::security_headers))
    }
}
