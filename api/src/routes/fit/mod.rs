//! Go/no-go: the organisation's profile (`PUT /api/profile`, one per owner) checked
//! against a proposal's analysis (`GET …/fit`): eligibility (legal type, country,
//! where the work is), budget, days left before the deadline, the submission language,
//! and the registrations and certificates the tender asks for. Each check is `pass`,
//! `fail` or `unknown`, with the tender's quote and page; the recommendation is `no_go`
//! on any failure, `go` when eligibility and time pass, else `review`. Deterministic: it
//! reads the stored analysis (the offline engine's or a model's facts), never a model.
//!
//! The profile is kept in the blob store (`profiles/<sha256 of the owner>.json`), which
//! both backends have: one small object a tenant reads and writes whole.
//!
//! Here: the routes and the stored profile; in `profile` the profile and its validation,
//! in `assess` the statements and the recommendation, in `checks` the checks.

use axum::Router;
use axum::extract::State;
use axum::routing::get;
use serde_json::json;
use sha2::{Digest, Sha256};

use rfp_shared::ids::{BlobKey, Owner};
use rfp_shared::ports::BlobError;

use crate::AppState;
use crate::error::{ApiError, CommonErrors, JsonBodyErrors, OwnedErrors, Problem, ProblemCode};
use crate::extractors::{Caller, Json, ProposalPath};

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/api/profile", get(show).put(set))
        .route("/api/proposals/{id}/fit", get(fit))
}

mod assess;
mod checks;
mod profile;

pub use assess::{Fit, assess};
pub use profile::Profile;

fn profile_key(owner: &Owner) -> BlobKey {
    let digest = hex::encode(Sha256::digest(owner.as_str().as_bytes()));
    BlobKey::parse(&format!("profiles/{digest}.json")).expect("a valid key")
}

async fn load(state: &AppState, owner: &Owner) -> Result<Option<Profile>, ApiError> {
    match state.backends.blobs.get(&profile_key(owner)).await {
        Ok(bytes) => serde_json::from_slice(&bytes)
            .map(Some)
            .map_err(ApiError::internal),
        Err(BlobError::NotFound(_)) => Ok(None),
        Err(e) => Err(e.into()),
    }
}

fn not_set() -> ApiError {
    ApiError::new(
        ProblemCode::ProfileNotSet,
        "No organisation profile is set: PUT /api/profile (or `rfp profile set FILE`).",
    )
}

#[utoipa::path(
    put,
    path = "/api/profile",
    tag = "proposals",
    summary = "Set the organisation's profile (for go/no-go)",
    request_body = Profile,
    responses(
        (status = 200, description = "The profile as stored", body = Profile),
        (status = 422, description = "A field that is not what it says", body = Problem, content_type = "application/problem+json"),
        JsonBodyErrors,
        CommonErrors,
    ),
)]
pub(crate) async fn set(
    State(state): State<AppState>,
    Caller(owner): Caller,
    Json(profile): Json<Profile>,
) -> Result<axum::Json<Profile>, ApiError> {
    let profile = profile.checked()?;
    let bytes = serde_json::to_vec(&profile).map_err(ApiError::internal)?;
    state
        .backends
        .blobs
        .put(&profile_key(&owner), bytes.into(), "application/json")
        .await?;
    Ok(axum::Json(profile))
}

#[utoipa::path(
    get,
    path = "/api/profile",
    tag = "proposals",
    summary = "The organisation's profile",
    responses(
        (status = 200, description = "The profile", body = Profile),
        (status = 409, description = "No profile is set", body = Problem, content_type = "application/problem+json"),
        CommonErrors,
    ),
)]
pub(crate) async fn show(
    State(state): State<AppState>,
    Caller(owner): Caller,
) -> Result<axum::Json<Profile>, ApiError> {
    load(&state, &owner)
        .await?
        .map(axum::Json)
        .ok_or_else(not_set)
}

#[utoipa::path(
    get,
    path = "/api/proposals/{id}/fit",
    tag = "analysis",
    summary = "Go/no-go: the analysis checked against the organisation's profile",
    description = "Each check (eligibility, country, geography, budget, time, language, registrations) is `pass`, `fail` or `unknown` with the tender's quote, page and document; `recommendation` is `no_go` on any failure, `go` when eligibility and time pass, else `review`, with its reasons.",
    params(ProposalPath),
    responses(
        (status = 200, description = "The checks and the recommendation", body = Fit),
        OwnedErrors,
        (status = 409, description = "No completed analysis yet, or no profile set", body = Problem, content_type = "application/problem+json"),
        CommonErrors,
    ),
)]
pub(crate) async fn fit(
    State(state): State<AppState>,
    super::workspace::SeenProposal {
        owner, proposal, ..
    }: super::workspace::SeenProposal,
) -> Result<axum::response::Response, ApiError> {
    use axum::response::IntoResponse;
    let result = super::matrix::completed_result(&proposal)?;
    let profile = load(&state, &owner).await?.ok_or_else(not_set)?;
    let fit = assess(&profile, result, chrono::Utc::now().date_naive());
    Ok(super::matrix::mark_stale(
        &proposal,
        axum::Json(json!(fit)).into_response(),
    ))
}

#[cfg(test)]
mod tests {
    use super::checks::*;
    use super::profile::*;
    use super::*;
    use serde_json::Value;

    fn profile(v: Value) -> Result<Profile, ApiError> {
        serde_json::from_value::<Profile>(v).unwrap().checked()
    }

    #[test]
    fn bad_profiles_name_their_field() {
        let base = json!({"legal_type": "ngo", "country": "KE"});
        assert!(profile(base.clone()).is_ok());
        for (change, field) in [
            (json!({"country": "XX"}), "country"),
            (json!({"countries": ["KE", "ZZ"]}), "countries"),
            (json!({"legal_type": "cooperative"}), "legal_type"),
            (json!({"budget_min": -5, "currency": "USD"}), "budget_min"),
            (
                json!({"budget_min": 10, "budget_max": 5, "currency": "USD"}),
                "budget_min",
            ),
            (json!({"budget_max": 5}), "currency"),
            (json!({"currency": "DOLLARS", "budget_max": 5}), "currency"),
            (json!({"languages": ["english"]}), "languages"),
            (json!({"sectors": vec!["x"; 51]}), "sectors"),
            (json!({"min_days_to_prepare": 1000}), "min_days_to_prepare"),
        ] {
            let mut v = base.clone();
            v.as_object_mut()
                .unwrap()
                .extend(change.as_object().unwrap().clone());
            let e = profile(v).unwrap_err();
            assert_eq!(e.code.code(), "invalid_profile");
            assert!(e.detail.contains(field), "{field}: {}", e.detail);
        }
        assert_eq!(
            profile(json!({"legal_type": "NGO", "country": "ke"}))
                .unwrap()
                .country,
            "KE"
        );
    }

    #[test]
    fn countries_are_found_by_name_as_whole_words() {
        assert_eq!(
            countries_in("Firms registered in Kenya or Uganda"),
            ["KE", "UG"]
        );
        assert!(countries_in("Nigerian firms").is_empty());
        assert!(COUNTRIES.windows(2).all(|w| w[0].0 < w[1].0));
    }

    fn analysis() -> Value {
        json!({"extracted_data": {
            "eligibility": [
                {"text": "Applicants must be non-profit organisations registered in Kenya.", "quote": "Applicants must be non-profit organisations registered in Kenya."},
                {"text": "Individuals are not eligible.", "quote": "Individuals are not eligible."}
            ],
            "budget": {"min": 50000, "max": 250000, "currency": "USD", "quote": "between USD 50,000 and USD 250,000"},
            "deadlines": [{"what": "submission", "date": "2027-03-15", "quote": "by 15 March 2027"}],
            "submission": {"language": "English", "language_quote": "in English"},
            "requirements": [{"text": "Attach a valid tax compliance certificate.", "mandatory": true}]
        }})
    }

    #[test]
    fn an_eligible_ngo_in_time_goes_and_an_individual_does_not() {
        let today = chrono::NaiveDate::from_ymd_opt(2027, 2, 1).unwrap();
        let ngo = profile(
            json!({"legal_type": "ngo", "country": "KE", "countries": ["KE"], "languages": ["en"],
            "budget_min": 100000, "budget_max": 1000000, "currency": "USD",
            "registrations": ["tax compliance certificate"], "min_days_to_prepare": 10}),
        )
        .unwrap();
        let fit = assess(&ngo, &analysis(), today);
        let status = |f: &Fit, n: &str| f.checks.iter().find(|c| c.name == n).unwrap().status;
        assert_eq!(fit.recommendation, "go", "{fit:#?}");
        for n in [
            "eligibility",
            "country",
            "budget",
            "time",
            "language",
            "registrations",
        ] {
            assert_eq!(status(&fit, n), "pass", "{n}: {fit:#?}");
        }
        assert_eq!(status(&fit, "geography"), "unknown");
        let person =
            profile(json!({"legal_type": "individual", "country": "FR", "languages": ["fr"]}))
                .unwrap();
        let fit = assess(&person, &analysis(), today);
        assert_eq!(fit.recommendation, "no_go");
        let e = fit.checks.iter().find(|c| c.name == "eligibility").unwrap();
        assert_eq!(e.status, "fail");
        assert_eq!(e.quote.as_deref(), Some("Individuals are not eligible."));
        assert_eq!(status(&fit, "country"), "fail");
        assert_eq!(status(&fit, "language"), "fail");
        assert_eq!(status(&fit, "registrations"), "fail");
        let late = chrono::NaiveDate::from_ymd_opt(2027, 3, 10).unwrap();
        let fit = assess(&ngo, &analysis(), late);
        assert_eq!(status(&fit, "time"), "fail");
        assert_eq!(fit.recommendation, "no_go");
        let nothing = assess(&ngo, &json!({"extracted_data": {}}), today);
        assert_eq!(nothing.recommendation, "review");
        assert!(
            nothing
                .checks
                .iter()
                .filter(|c| c.name != "registrations")
                .all(|c| c.status == "unknown"),
            "{nothing:#?}"
        );
    }
}
