//! Go/no-go (`PUT /api/profile`, `GET …/fit`) against the sample RFP, on both backends:
//! a profile that passes, one that fails on eligibility (with the tender's quote), one
//! with too few days left; unknowns where the analysis lacks the fact; bad profiles
//! refused with their codes; profiles kept per owner.

use std::sync::Arc;
use std::time::Duration;

use rfp_tests::{TestApp, TestBackend};
use serde_json::{Value, json};

const WITHIN: Duration = Duration::from_secs(60);

fn check<'a>(fit: &'a Value, name: &str) -> &'a Value {
    fit["checks"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["name"] == name)
        .unwrap_or_else(|| panic!("no {name} check: {fit:#}"))
}

/// The problem code and status of a refused request.
fn refused(e: rfp_client::Error) -> (u16, String) {
    (e.status().unwrap(), e.code().unwrap_or_default().to_owned())
}

#[tokio::test]
async fn go_no_go_checks_the_sample_against_three_profiles_and_refuses_bad_ones() {
    for backend in TestBackend::all("go_no_go_checks_the_sample_against_three_profiles") {
        let app = TestApp::spawn_with_model(&backend, &[], |_| {
            Arc::new(rfp_worker::model::ExtractiveAnalyzer)
        })
        .await;
        let (id, _) = app.analysed_sample("Rural Digital Skills", WITHIN).await;
        // Before any profile: a clear refusal.
        let e = app.client.fit(&id).await.unwrap_err();
        assert_eq!(refused(e), (409, "profile_not_set".into()));

        // A non-profit that bids in euros, writes English and has time: go.
        let ngo = json!({"legal_type": "ngo", "country": "GB", "countries": ["GB"],
            "languages": ["en", "fr"], "sectors": ["education"], "budget_min": 20000,
            "budget_max": 500000, "currency": "EUR", "registrations": [],
            "min_days_to_prepare": 10});
        let stored = app.client.set_profile(&ngo).await.unwrap();
        assert_eq!(stored["country"], "GB");
        assert_eq!(app.client.profile().await.unwrap(), stored);
        let fit = app.client.fit(&id).await.unwrap();
        assert_eq!(fit["recommendation"], "go", "{fit:#}");
        let eligibility = check(&fit, "eligibility");
        assert_eq!(eligibility["status"], "pass", "{fit:#}");
        assert!(
            eligibility["quote"]
                .as_str()
                .unwrap()
                .contains("non-profit organisations"),
            "{fit:#}"
        );
        assert_eq!(eligibility["page"], 1);
        for name in ["budget", "time", "language"] {
            assert_eq!(check(&fit, name)["status"], "pass", "{name}: {fit:#}");
        }
        // The sample names a region, not a country: the analysis lacks the fact.
        assert_eq!(check(&fit, "country")["status"], "unknown", "{fit:#}");

        // A company: the tender names who may apply, and companies are not among them.
        let company = json!({"legal_type": "company", "country": "GB", "languages": ["en"],
            "min_days_to_prepare": 10});
        app.client.set_profile(&company).await.unwrap();
        let fit = app.client.fit(&id).await.unwrap();
        assert_eq!(fit["recommendation"], "no_go", "{fit:#}");
        assert_eq!(check(&fit, "eligibility")["status"], "fail", "{fit:#}");
        assert!(
            fit["reasons"].to_string().contains("eligibility"),
            "{fit:#}"
        );
        assert!(check(&fit, "eligibility")["quote"].is_string());
        // No budget range in the profile: the budget is unknown, not guessed.
        assert_eq!(check(&fit, "budget")["status"], "unknown", "{fit:#}");

        // Eligible, but needs more days than are left before 15 March 2027.
        let mut slow = ngo.clone();
        slow["min_days_to_prepare"] = json!(365);
        app.client.set_profile(&slow).await.unwrap();
        let fit = app.client.fit(&id).await.unwrap();
        assert_eq!(fit["recommendation"], "no_go", "{fit:#}");
        assert_eq!(check(&fit, "time")["status"], "fail", "{fit:#}");
        assert!(
            check(&fit, "time")["why"]
                .as_str()
                .unwrap()
                .contains("you need 365"),
            "{fit:#}"
        );

        // Bad profiles are refused with their code, and the stored one stays.
        for (bad, code) in [
            (
                json!({"legal_type": "ngo", "country": "XY"}),
                "invalid_profile",
            ),
            (
                json!({"legal_type": "ngo", "country": "KE", "budget_min": -1, "currency": "USD"}),
                "invalid_profile",
            ),
            (
                json!({"legal_type": "ngo", "country": "KE", "sectors": ["x".repeat(1 << 20)]}),
                "payload_too_large",
            ),
            (
                json!({"legal_type": "ngo", "country": "KE", "colour": "blue"}),
                "invalid_body",
            ),
        ] {
            let e = app.client.set_profile(&bad).await.unwrap_err();
            assert_eq!(refused(e).1, code, "{bad:.80}");
        }
        assert_eq!(
            app.client.profile().await.unwrap()["min_days_to_prepare"],
            365
        );

        // Another owner has no profile, and cannot see the proposal.
        let other = app.client.clone().with_owner("someone-else");
        let e = other.profile().await.unwrap_err();
        assert_eq!(refused(e), (409, "profile_not_set".into()));
        other.set_profile(&ngo).await.unwrap();
        let e = other.fit(&id).await.unwrap_err();
        assert_eq!(refused(e).0, 404);
        app.stop().await;
    }
}
