//! The OCDS export (`GET …/ocds`, `rfp ocds`) validated against the standard's own
//! release schema and closed codelists (OCDS 1.1.5, JSON Schema draft 4), which live
//! beside the repository in `../shared/schemas/` and are read through
//! `RFP_SCHEMAS_DIR` (`.ci/run` sets it; without it the test says it is skipped), on
//! both backends: the sample RFP, then the same proposal after an amendment moved its
//! deadline.

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

use rfp_tests::{TestApp, TestBackend};
use serde_json::Value;

const WITHIN: Duration = Duration::from_secs(60);

fn schemas() -> Option<PathBuf> {
    match std::env::var("RFP_SCHEMAS_DIR") {
        Ok(dir) => Some(PathBuf::from(dir)),
        Err(_) => {
            eprintln!(
                "SKIPPED the OCDS schema checks: set RFP_SCHEMAS_DIR to the folder holding ocds-1.1.5-release-schema.json (.ci/run does)"
            );
            None
        }
    }
}

/// The codes of one of the standard's codelists.
fn codelist(dir: &Path, name: &str) -> Vec<String> {
    let path = dir.join(format!("ocds-1.1.5-codelist-{name}.csv"));
    let mut reader = csv::Reader::from_path(&path).unwrap();
    let at = reader
        .headers()
        .unwrap()
        .iter()
        .position(|h| h == "Code")
        .unwrap();
    reader
        .records()
        .map(|r| r.unwrap()[at].to_owned())
        .collect()
}

/// Every way the release breaks the schema, or one of the codelists it uses.
fn problems(dir: &Path, release: &Value) -> Vec<String> {
    let schema: Value =
        serde_json::from_slice(&std::fs::read(dir.join("ocds-1.1.5-release-schema.json")).unwrap())
            .unwrap();
    let validator = jsonschema::draft4::options()
        .should_validate_formats(true)
        .build(&schema)
        .unwrap();
    let mut out: Vec<String> = validator
        .iter_errors(release)
        .map(|e| format!("{} at {}", e, e.instance_path()))
        .collect();
    let tender = &release["tender"];
    let mut check = |list: &str, values: Vec<&Value>| {
        let codes = codelist(dir, list);
        for v in values {
            let code = v.as_str().unwrap_or_default();
            if !codes.iter().any(|c| c == code) {
                out.push(format!("{code:?} is not in the {list} codelist"));
            }
        }
    };
    check(
        "releaseTag",
        release["tag"].as_array().unwrap().iter().collect(),
    );
    check(
        "documentType",
        tender["documents"]
            .as_array()
            .into_iter()
            .flatten()
            .map(|d| &d["documentType"])
            .collect(),
    );
    check(
        "milestoneType",
        tender["milestones"]
            .as_array()
            .into_iter()
            .flatten()
            .map(|m| &m["type"])
            .collect(),
    );
    check(
        "submissionMethod",
        tender["submissionMethod"]
            .as_array()
            .into_iter()
            .flatten()
            .collect(),
    );
    check(
        "awardCriteria",
        tender.get("awardCriteria").into_iter().collect(),
    );
    check(
        "partyRole",
        release["parties"]
            .as_array()
            .into_iter()
            .flatten()
            .flat_map(|p| p["roles"].as_array().unwrap().iter())
            .collect(),
    );
    check(
        "currency",
        [&tender["value"], &tender["minValue"]]
            .into_iter()
            .filter(|v| v.is_object())
            .map(|v| &v["currency"])
            .collect(),
    );
    out
}

#[tokio::test]
async fn the_ocds_release_of_the_sample_and_of_its_amended_package_validates() {
    let Some(dir) = schemas() else { return };
    // The checks can fail: a release missing its required fields, with a closed code
    // misspelt, is refused.
    let broken = serde_json::json!({"ocid": "x", "tag": ["tenders"], "tender": {"id": "1",
        "value": {"amount": 1, "currency": "EURO"}, "tenderPeriod": {"endDate": "15 March"}}});
    let found = problems(&dir, &broken);
    for expected in [
        "\"date\" is a required property",
        "tenders",
        "EURO",
        "date-time",
    ] {
        assert!(
            found.iter().any(|p| p.contains(expected)),
            "{expected}: {found:#?}"
        );
    }
    for backend in TestBackend::all("the_ocds_release_of_the_sample_and_of_its_amended_package") {
        let app = TestApp::spawn_with_model(&backend, &[], |_| {
            Arc::new(rfp_worker::model::ExtractiveAnalyzer)
        })
        .await;
        let (id, _) = app.analysed_sample("Rural Digital Skills", WITHIN).await;

        let download = app
            .client
            .export(&id, rfp_client::Export::Ocds)
            .await
            .unwrap();
        assert!(!download.stale);
        let release: Value = serde_json::from_slice(&download.bytes).unwrap();
        let found = problems(&dir, &release);
        assert!(found.is_empty(), "{found:#?}\n{release:#}");
        let tender = &release["tender"];
        assert_eq!(release["tag"], serde_json::json!(["tender"]));
        assert_eq!(release["ocid"], format!("ocds-rfpanl-{id}"));
        assert_eq!(tender["title"], "Rural Digital Skills Programme 2027");
        // 17:00 CET in March is UTC+1.
        assert_eq!(
            tender["tenderPeriod"]["endDate"],
            "2027-03-15T17:00:00+01:00"
        );
        assert_eq!(tender["enquiryPeriod"]["endDate"], "2027-02-20T23:59:59Z");
        assert_eq!(
            tender["value"],
            serde_json::json!({"amount": 250000.0, "currency": "EUR"})
        );
        assert_eq!(
            tender["minValue"],
            serde_json::json!({"amount": 50000.0, "currency": "EUR"})
        );
        assert_eq!(
            tender["submissionMethod"],
            serde_json::json!(["electronicSubmission"])
        );
        assert_eq!(tender["awardCriteria"], "ratedCriteria");
        assert!(
            tender["awardCriteriaDetails"]
                .as_str()
                .unwrap()
                .contains("Value for money: 15 points"),
            "{tender:#}"
        );
        assert_eq!(
            release["buyer"]["name"],
            "Northern Valleys Regional Development Agency (NVRDA)"
        );
        assert_eq!(
            release["parties"][0]["contactPoint"]["email"],
            "digital-skills@nvrda.example.org"
        );
        assert_eq!(tender["documents"][0]["documentType"], "tenderNotice");
        let milestones = tender["milestones"].as_array().unwrap();
        assert!(
            milestones
                .iter()
                .any(|m| m["title"] == "Information session" && m["type"] == "engagement"),
            "{milestones:#?}"
        );

        // An amendment moves the deadline: the release is a tender amendment whose
        // tender period ends at the new deadline, and says what changed.
        app.add_sample_amendment(&id).await;
        let stale = app
            .client
            .export(&id, rfp_client::Export::Ocds)
            .await
            .unwrap();
        assert!(stale.stale, "the old release is marked out of date");
        app.analyze(&id).await.bytes().await.unwrap();
        let status = app.wait_until_final(&id, WITHIN).await;
        assert_eq!(status["status"], "completed", "{status:#}");
        let download = app
            .client
            .export(&id, rfp_client::Export::Ocds)
            .await
            .unwrap();
        let release: Value = serde_json::from_slice(&download.bytes).unwrap();
        let found = problems(&dir, &release);
        assert!(found.is_empty(), "{found:#?}\n{release:#}");
        let tender = &release["tender"];
        assert_eq!(release["tag"], serde_json::json!(["tenderAmendment"]));
        assert_eq!(
            tender["tenderPeriod"]["endDate"],
            "2027-03-29T17:00:00+02:00"
        );
        let amendments = tender["amendments"].as_array().unwrap();
        assert_eq!(amendments.len(), 1, "{amendments:#?}");
        let description = amendments[0]["description"].as_str().unwrap();
        assert!(
            description.contains("2027-03-15 17:00 CET → 2027-03-29 17:00 CET"),
            "{description}"
        );
        let documents = tender["documents"].as_array().unwrap();
        assert_eq!(documents.len(), 2);
        assert_eq!(documents[1]["title"], "amendment-1.md");
        app.stop().await;
    }
}
