//! The routes, one module per resource, merged into [`router`].

mod analysis;
mod calendar;
mod documents;
mod fit;
mod health;
mod matrix;
mod ocds;
mod outline;
mod prompts;
mod proposals;
mod web;
mod workspace;

use axum::{Router, middleware};

use crate::AppState;

pub use analysis::StatusView;
pub use documents::PackageTurns;
pub use openapi::ApiDoc;

mod openapi {
    use utoipa::openapi::security::{
        ApiKey, ApiKeyValue, HttpAuthScheme, HttpBuilder, SecurityRequirement, SecurityScheme,
    };

    use super::*;

    /// The OpenAPI 3.1 document, generated from the handlers' annotations.
    #[derive(utoipa::OpenApi)]
    #[openapi(
        info(
            title = "RFP Analyzer",
            description = "Upload an RFP, have it analysed, read the analysis. Errors are RFC 9457 problems with a stable `code`. With `RFP_AUTH=required`, every /api route needs a bearer token (a JWT, or an API key) or `x-api-key`.",
        ),
        paths(
            proposals::create, proposals::list, proposals::show, proposals::remove,
            documents::upload, documents::upload_url, documents::confirm,
            documents::add, documents::list, documents::remove,
            analysis::analyze, analysis::status, analysis::events, matrix::matrix,
            workspace::show, workspace::correct, workspace::work_matrix, workspace::history,
            calendar::deadlines, ocds::ocds, outline::outline_route, fit::set, fit::show, fit::fit,
            prompts::list, prompts::show, prompts::show_version, prompts::create,
            prompts::new_version, prompts::activate, prompts::deactivate,
            health::healthz, health::ready, health::metrics,
        ),
        modifiers(&Security),
        tags(
            (name = "proposals", description = "A proposal holds a tender package (its main RFP, annexes, amendments, clarifications) and its analysis; it belongs to its owner."),
            (name = "documents", description = "The documents of a proposal: the main RFP and the rest of its package."),
            (name = "analysis", description = "Analysis jobs: start, follow, read."),
            (name = "workspace", description = "The bid team's work on an analysis: corrected facts, the matrix as a work list, the history of who changed what."),
            (name = "prompts", description = "Prompt administration (admins)."),
            (name = "operations", description = "Health and metrics, without credentials."),
        )
    )]
    pub struct ApiDoc;

    struct Security;

    impl utoipa::Modify for Security {
        fn modify(&self, api: &mut utoipa::openapi::OpenApi) {
            let components = api.components.get_or_insert_with(Default::default);
            components.add_security_scheme(
                "bearer",
                SecurityScheme::Http(
                    HttpBuilder::new()
                        .scheme(HttpAuthScheme::Bearer)
                        .description(Some(
                            "A JWT from the configured issuer, or an API key (`rfpk_…`)",
                        ))
                        .build(),
                ),
            );
            components.add_security_scheme(
                "api_key",
                SecurityScheme::ApiKey(ApiKey::Header(ApiKeyValue::new("x-api-key"))),
            );
            // Every route under /api takes either credential, declared here once
            // rather than on each handler; health and metrics take none.
            for (path, item) in api.paths.paths.iter_mut() {
                if !path.starts_with("/api/") {
                    continue;
                }
                for operation in [
                    &mut item.get,
                    &mut item.put,
                    &mut item.post,
                    &mut item.delete,
                    &mut item.patch,
                ]
                .into_iter()
                .flatten()
                {
                    operation.security = Some(vec![
                        SecurityRequirement::new("bearer", Vec::<String>::new()),
                        SecurityRequirement::new("api_key", Vec::<String>::new()),
                    ]);
                }
            }
        }
    }
}
pub use proposals::ProposalView;

/// Every route of the API: those under `/api` behind authentication and the
/// per-owner rate limit; health, metrics and documentation open.
pub fn router(state: AppState) -> Router {
    let api = Router::new()
        .merge(proposals::router())
        .merge(documents::router(state.max_upload_bytes))
        .merge(analysis::router())
        .merge(matrix::router())
        .merge(calendar::router())
        .merge(ocds::router())
        .merge(outline::router())
        .merge(fit::router())
        .merge(prompts::router())
        .merge(workspace::router())
        // The last layer runs first: identify, then count against the owner.
        .route_layer(middleware::from_fn_with_state(
            state.rate_limit.clone(),
            crate::limits::limit,
        ))
        .route_layer(middleware::from_fn_with_state(
            state.auth.clone(),
            crate::auth::authenticate,
        ));
    let spec = <ApiDoc as utoipa::OpenApi>::openapi();
    let json = spec
        .to_pretty_json()
        .expect("the OpenAPI document serialises");
    Router::new()
        .merge(api)
        .merge(health::router())
        .merge(web::router())
        .route(
            "/openapi.json",
            axum::routing::get(move || async move {
                (
                    [(axum::http::header::CONTENT_TYPE, "application/json")],
                    json,
                )
            }),
        )
        .with_state(state)
}
