//! The web page (upload an RFP, watch its progress, read the analysis) and the API
//! reference at `/docs`: static files compiled into the binary (no build step, no
//! viewer from a CDN), served with a content security policy that allows only this
//! origin.

use axum::Router;
use axum::http::header;
use axum::response::IntoResponse;
use axum::routing::get;

use crate::AppState;

const INDEX: &str = include_str!("../../web/index.html");
const SCRIPT: &str = include_str!("../../web/app.js");
const STYLE: &str = include_str!("../../web/app.css");
const WORKSPACE_SCRIPT: &str = include_str!("../../web/workspace.js");
const DOCS: &str = include_str!("../../web/docs.html");
const DOCS_SCRIPT: &str = include_str!("../../web/docs.js");

const CSP: &str = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/", get(|| file("text/html; charset=utf-8", INDEX)))
        .route(
            "/app.js",
            get(|| file("text/javascript; charset=utf-8", SCRIPT)),
        )
        .route("/app.css", get(|| file("text/css; charset=utf-8", STYLE)))
        .route(
            "/workspace.js",
            get(|| file("text/javascript; charset=utf-8", WORKSPACE_SCRIPT)),
        )
        // The API reference: renders /openapi.json with no network.
        .route("/docs", get(|| file("text/html; charset=utf-8", DOCS)))
        .route(
            "/docs.js",
            get(|| file("text/javascript; charset=utf-8", DOCS_SCRIPT)),
        )
}

async fn file(content_type: &'static str, body: &'static str) -> impl IntoResponse {
    (
        [
            (header::CONTENT_TYPE, content_type),
            (header::CONTENT_SECURITY_POLICY, CSP),
            (header::X_CONTENT_TYPE_OPTIONS, "nosniff"),
            (header::CACHE_CONTROL, "no-cache"),
        ],
        body,
    )
}
