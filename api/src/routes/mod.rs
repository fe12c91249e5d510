//! The routes, one module per resource, merged into [`router`].

mod analysis;
mod documents;
mod health;
mod prompts;
mod proposals;

use axum::Router;

use crate::AppState;

pub use analysis::StatusView;
pub use proposals::ProposalView;

/// Every route of the API.
pub fn router(state: AppState) -> Router {
    Router::new()
        .merge(proposals::router())
        .merge(documents::router(state.max_upload_bytes))
        .merge(analysis::router())
        .merge(prompts::router())
        .merge(health::router())
        .with_state(state)
}
