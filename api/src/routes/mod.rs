//! The routes, one module per resource, merged into [`router`].

mod analysis;
mod documents;
mod health;
mod prompts;
mod proposals;

use axum::{Router, middleware};

use crate::AppState;

pub use analysis::StatusView;
pub use proposals::ProposalView;

/// Every route of the API: those under `/api` behind authentication and the
/// per-owner rate limit; health, metrics and documentation open.
pub fn router(state: AppState) -> Router {
    let api = Router::new()
        .merge(proposals::router())
        .merge(documents::router(state.max_upload_bytes))
        .merge(analysis::router())
        .merge(prompts::router())
        // The last layer runs first: identify, then count against the owner.
        .route_layer(middleware::from_fn_with_state(
            state.rate_limit.clone(),
            crate::limits::limit,
        ))
        .route_layer(middleware::from_fn_with_state(
            state.auth.clone(),
            crate::auth::authenticate,
        ));
    Router::new()
        .merge(api)
        .merge(health::router())
        .with_state(state)
}
