//! `rfp-api`: the HTTP API of RFP Analyzer.
//!
//! A tour:
//! - [`app`]: `Application::build(settings)` → bound listener (+ embedded worker),
//!   `run_until_stopped(shutdown)`; the router and its middleware.
//! - [`routes`]: proposals, RFP upload, analysis jobs, health; one module each.
//! - [`error`]: `ApiError`, the problem+json answer with a stable `code`;
//!   [`problem`]: every code with its one status.
//! - [`auth`]: JWT (JWKS) and API-key authentication, the loopback rule, the admin guard.
//! - [`guard`]: loopback mode's refusal of rebound hosts and cross-origin writes, and
//!   the security headers of every response.
//! - [`limits`]: per-owner rate limiting.
//! - [`extractors`]: a JSON body, a query, a path, and the caller's proposal
//!   (`OwnedProposal`), rejecting in the same shape.
//! - [`demo`]: the quick start: one RFP through the whole service, printed.

pub mod app;
pub mod auth;
pub mod demo;
pub mod error;
pub mod extractors;
pub mod guard;
pub mod limits;
pub mod problem;
pub mod routes;

pub use app::Application;

use rfp_shared::backends::Backends;

/// What every handler can reach.
#[derive(Clone)]
pub struct AppState {
    pub backends: Backends,
    /// Largest accepted RFP upload, in bytes.
    pub max_upload_bytes: u64,
    /// Documents per proposal (`RFP_MAX_DOCUMENTS`).
    pub max_documents: usize,
    /// Total bytes of a proposal's documents (`RFP_MAX_PACKAGE_BYTES`).
    pub max_package_bytes: u64,
    pub auth: auth::Authenticator,
    pub rate_limit: limits::RateLimit,
    pub callbacks: rfp_worker::callback::CallbackConfig,
    /// Uploads read at once (each is held in memory whole while it is read):
    /// `RFP_MAX_CONCURRENT_UPLOADS`.
    pub uploads: std::sync::Arc<tokio::sync::Semaphore>,
    /// Changes of one package made by this process take turns (see
    /// [`routes::PackageTurns`]).
    pub package_turns: routes::PackageTurns,
    /// Writes of one proposal's workspace take turns within this process.
    pub workspace_turns: routes::PackageTurns,
}

#[cfg(test)]
mod router_tests;
