//! The web page, end to end in headless Chromium (Debian's `chromium`, driven by
//! playwright-core from npm through `tests/browser/web.cjs`): against the real
//! `rfp-api` binary with authentication on, upload an RFP, watch the progress, read
//! the rendered analysis, at 1280 and at 390 px, reload it from its address, see it
//! marked out of date when the package changes and analyse it again, refuse an address
//! that is not a proposal, and read `/docs` with the network refused. The screenshots are kept in
//! `RFP_TEST_ARTIFACTS` (or the system temp directory). `.ci/run` installs Chromium and playwright-core and sets
//! `RFP_PLAYWRIGHT_DIR`; without it the test is skipped, saying so.

use std::path::PathBuf;
use std::process::Command;
use std::time::Duration;

use rfp_tests::process::Service;
use serde_json::Value;

const RFP: &str = "\
# Call for Proposals: Clean Water for Rural Schools

Issued by the Riverside Development Foundation.

## Eligibility

Applicants must be registered non-profit organisations working in the region.
Applicants should describe their experience with rural schools.

## Deadlines

Proposals must be submitted by 15 March 2027 at 17:00 CET.
Questions may be sent until 1 February 2027.

## Budget

The total budget available is between USD 50,000 and USD 150,000 per grant.

## Evaluation criteria

- Technical approach: 40%
- Organisational capacity: 30%
- Budget and value for money: 30%

## Proposal format

The proposal must contain the following sections:

1. Executive summary (maximum 1 page)
2. Work plan and timeline
3. Budget and budget notes

## Submission

Submit one PDF of at most 10 pages by email to grants@riverside.example.
";

/// Uploaded with the RFP, as an annex (the page guesses the role from the name).
const ANNEX: &str = "# Annex 1: Budget template\n\nThe table below lists the cost headings of the template.\n\n| Heading | Amount |\n|---|---|\n| Staff | |\n| Travel | |\n";

/// Published after the RFP: it moves the deadline.
const AMENDMENT: &str = "# Amendment No. 1\n\nThis amendment modifies the call as follows.\n\nThe deadline for submission of proposals is extended to 29 March 2027, 17:00 CET.\n";

#[test]
fn the_web_page_uploads_follows_and_renders_an_analysis_in_chromium() {
    let Ok(playwright) = std::env::var("RFP_PLAYWRIGHT_DIR") else {
        eprintln!(
            "SKIPPED the_web_page…: set RFP_PLAYWRIGHT_DIR to a folder with node_modules/playwright-core, and install Debian's chromium (.ci/run does)"
        );
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let (key, entry) = rfp_api::auth::new_api_key("browser", false).unwrap();
    let data = dir.path().join("data").display().to_string();
    let mut api = Service::start(
        "rfp-api",
        &[],
        &[
            ("RFP_LISTEN_ADDR", "127.0.0.1:0"),
            ("RFP_DATA_DIR", &data),
            ("RFP_AUTH", "required"),
            ("RFP_API_KEYS", &entry),
            // Long enough to see the progress move.
            ("RFP_MODEL_DELAY_MS", "1500"),
        ],
        dir.path(),
        "api",
    );
    let addr = api.wait_for_addr(Duration::from_secs(30));
    let file = dir.path().join("clean-water-rfp.md");
    std::fs::write(&file, RFP).unwrap();
    let artifacts = std::env::var("RFP_TEST_ARTIFACTS")
        .map(PathBuf::from)
        .unwrap_or_else(|_| std::env::temp_dir());
    std::fs::create_dir_all(&artifacts).unwrap();
    let screenshot = artifacts.join("web-page.png");
    let narrow = artifacts.join("web-page-390.png");
    let packaged = artifacts.join("web-page-package.png");
    let amendment = dir.path().join("amendment-1.md");
    std::fs::write(&amendment, AMENDMENT).unwrap();
    let annex = dir.path().join("annex-1-budget-template.md");
    std::fs::write(&annex, ANNEX).unwrap();
    let _ = std::fs::remove_file(&screenshot);
    let _ = std::fs::remove_file(&narrow);

    let script = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("browser/web.cjs");
    let out = Command::new("node")
        .arg(&script)
        .env("RFP_PLAYWRIGHT_DIR", &playwright)
        .env("BASE_URL", format!("http://{addr}"))
        .env("RFP_FILE", &file)
        .env("TOKEN", &key)
        .env("SCREENSHOT", &screenshot)
        .env("SCREENSHOT_NARROW", &narrow)
        .env("AMENDMENT_FILE", &amendment)
        .env("ANNEX_FILE", &annex)
        .env("SCREENSHOT_PACKAGE", &packaged)
        .env("SCREENSHOT_STALE", artifacts.join("web-page-stale.png"))
        .env(
            "SCREENSHOT_WORKSPACE",
            artifacts.join("web-page-workspace.png"),
        )
        .output()
        .expect("node runs");
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "the browser script failed:\n{stdout}\n{}\n{}",
        String::from_utf8_lossy(&out.stderr),
        api.logs()
    );
    let seen: Value = serde_json::from_str(stdout.lines().last().unwrap()).unwrap();
    eprintln!("screenshot: {}", screenshot.display());
    assert!(
        screenshot.metadata().is_ok_and(|m| m.len() > 10_000),
        "a screenshot was taken"
    );

    assert_eq!(seen["error"], Value::Null, "{seen}");
    assert_eq!(
        seen["console"],
        serde_json::json!([]),
        "no script errors: {seen}"
    );
    // Progress was shown live, then done.
    let stages: Vec<&str> = seen["stages"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(Value::as_str)
        .collect();
    assert!(stages.contains(&"Analysing"), "{stages:?}");
    assert_eq!(seen["stage"], "Done");
    assert_eq!(seen["percent"], "100 %");
    // The analysis, rendered.
    assert!(
        seen["title"].as_str().unwrap().contains("Clean Water"),
        "{seen}"
    );
    let budget = seen["budget"].as_str().unwrap();
    assert!(
        budget.contains("USD") && budget.contains("150,000"),
        "{budget}"
    );
    let deadlines = seen["deadlines"].as_array().unwrap();
    assert!(
        deadlines
            .iter()
            .any(|r| r.to_string().contains("2027-03-15")),
        "{deadlines:?}"
    );
    let criteria = seen["criteria"].as_array().unwrap();
    assert!(
        criteria
            .iter()
            .any(|r| r[0].as_str().unwrap().contains("Technical approach") && r[1] == "40 %"),
        "{criteria:?}"
    );
    let quotes = seen["quotes"].as_array().unwrap();
    assert!(
        quotes
            .iter()
            .any(|q| q.as_str().unwrap().contains("page 1")),
        "quotes with their pages: {quotes:?}"
    );
    assert!(!seen["query"].as_str().unwrap().is_empty());

    // Every fact group, each with its source under it.
    let deadline = seen["deadline"].as_str().unwrap();
    assert!(deadline.starts_with("2027-03-15 17:00 CET"), "{deadline}");
    assert!(
        seen["engine"].as_str().unwrap().contains("not an LLM"),
        "{seen}"
    );
    let joined = |key: &str| seen[key].to_string();
    assert!(
        joined("eligibility").contains("registered non-profit"),
        "{seen}"
    );
    assert!(
        seen["openedSource"]
            .as_str()
            .is_some_and(|q| q.contains("Applicants must be registered")),
        "the quote unfolds under its fact: {seen}"
    );
    assert!(joined("submission").contains("email"), "{seen}");
    assert!(
        joined("submission").contains("Page limit: 10 pages"),
        "the proposal's limit, not a section's: {seen}"
    );
    assert!(
        joined("contacts").contains("grants@riverside.example"),
        "{seen}"
    );
    assert!(joined("budgetDetails").contains("150,000"), "{seen}");
    // What the document does not state says so.
    let not_found: Vec<&str> = seen["notFound"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(Value::as_str)
        .collect();
    assert!(not_found.contains(&"Where"), "{not_found:?}");
    assert!(!not_found.contains(&"Required sections"), "{not_found:?}");
    let sections = joined("sections");
    assert!(
        sections.contains("Executive summary (maximum 1 page)"),
        "{sections}"
    );
    assert!(sections.contains("Work plan and timeline"), "{sections}");
    // The compliance matrix: every requirement statement, filtered as asked.
    let matrix = &seen["matrix"];
    let rows = |key: &str| matrix[key].as_array().unwrap().clone();
    let all = rows("all");
    let text_of = |r: &Value| r["cells"][1].as_str().unwrap().to_owned();
    // A permission ("Questions may be sent …") binds nobody: not a row.
    assert!(
        !all.iter().any(|r| text_of(r).starts_with("Questions may")),
        "{all:?}"
    );
    for statement in [
        "Applicants must be registered non-profit organisations working in the region.",
        "Proposals must be submitted by 15 March 2027 at 17:00 CET.",
        "Applicants should describe their experience with rural schools.",
        "Work plan and timeline",
    ] {
        assert!(
            all.iter().any(|r| text_of(r) == statement),
            "{statement} in {all:?}"
        );
    }
    assert_eq!(
        matrix["allCount"],
        format!("{} of {} requirements", all.len(), all.len())
    );
    let mandatory = rows("mandatory");
    assert!(
        !mandatory.is_empty() && mandatory.len() < all.len(),
        "{mandatory:?}"
    );
    assert!(mandatory.iter().all(|r| r["mandatory"] == true));
    assert!(
        !mandatory
            .iter()
            .any(|r| text_of(r).starts_with("Applicants should"))
    );
    assert!(
        matrix["categories"].to_string().contains("eligibility"),
        "{matrix}"
    );
    let eligibility = rows("eligibility");
    assert!(
        !eligibility.is_empty() && eligibility.iter().all(|r| r["cells"][3] == "eligibility"),
        "{eligibility:?}"
    );
    let searched = rows("searched");
    assert_eq!(searched.len(), 1, "{searched:?}");
    assert_eq!(text_of(&searched[0]), "Work plan and timeline");
    // Its downloads, fetched with the page's key and saved under the service's names.
    // The go/no-go card, for the profile the script set.
    assert_eq!(seen["profileStatus"], 200, "{seen}");
    let fit = &seen["fit"];
    assert!(
        fit["recommendation"].as_str().unwrap().starts_with("Go"),
        "{fit}"
    );
    assert!(
        fit["rows"]
            .to_string()
            .contains("[\"eligibility\",\"pass\""),
        "{fit}"
    );
    let downloads = &seen["downloads"];
    assert_eq!(seen["afterDownloadsError"], Value::Null, "{seen}");
    assert_eq!(
        downloads["xlsx"]["name"],
        "clean-water-rfp-md-compliance-matrix.xlsx"
    );
    assert_eq!(downloads["xlsx"]["head"], "PK", "a zip container");
    let csv = downloads["csv"]["text"].as_str().unwrap();
    assert!(csv.starts_with("\u{feff}ID,Requirement,"), "{csv}");
    assert!(
        csv.contains("Applicants must be registered non-profit"),
        "{csv}"
    );
    let ics = downloads["ics"]["text"].as_str().unwrap();
    assert!(ics.starts_with("BEGIN:VCALENDAR"), "{ics}");
    assert!(ics.contains("DTSTART:20270315T160000Z"), "{ics}");
    assert_eq!(downloads["ics"]["name"], "clean-water-rfp-md-deadlines.ics");
    let ocds = downloads["ocds"]["text"].as_str().unwrap();
    assert!(
        ocds.starts_with('{') && ocds.contains("\"ocid\":\"ocds-rfpanl-"),
        "{ocds}"
    );
    assert_eq!(downloads["ocds"]["name"], "clean-water-rfp-md-ocds.json");
    assert_eq!(downloads["outline"]["head"], "PK", "a Word document");
    assert_eq!(
        downloads["outline"]["name"],
        "clean-water-rfp-md-outline.docx"
    );

    // A phone's width fits, and a reload returns to the analysis with its history.
    assert!(
        seen["narrowOverflow"].as_i64().unwrap() <= 0,
        "wider than 390 px by {}",
        seen["narrowOverflow"]
    );
    assert!(
        narrow.metadata().is_ok_and(|m| m.len() > 10_000),
        "a 390 px screenshot"
    );
    let again = &seen["afterReload"];
    assert!(
        again["hash"].as_str().unwrap().starts_with("#proposal="),
        "{again}"
    );
    assert_eq!(again["deadline"], seen["deadline"], "{again}");
    assert!(
        again["history"].to_string().contains("clean-water-rfp.md"),
        "{again}"
    );
    // The annex uploaded with the RFP, under the role guessed from its name.
    assert_eq!(seen["guessedRole"], "annex", "{seen}");
    let first = seen["documents"].to_string();
    assert!(
        first.contains("annex-1-budget-template.md") && first.contains("Annex"),
        "{first}"
    );
    // The amendment added later: the package listed, its change highlighted, the
    // deadline moved and its source named.
    let package = &seen["package"];
    assert_eq!(package["error"], Value::Null, "{package}");
    let documents = package["documents"].to_string();
    assert!(
        documents.contains("clean-water-rfp.md")
            && documents.contains("amendment-1.md")
            && documents.contains("Amendment"),
        "{package}"
    );
    assert!(
        package["changes"]
            .to_string()
            .contains("deadline: 2027-03-15 17:00 CET → 2027-03-29 17:00 CET"),
        "{package}"
    );
    assert!(
        package["deadline"]
            .as_str()
            .unwrap()
            .starts_with("2027-03-29 17:00 CET"),
        "{package}"
    );
    assert!(
        package["deadlines"]
            .to_string()
            .contains("amendment-1.md, p. 1"),
        "the amended deadline names its document: {package}"
    );
    assert!(
        package["since"].to_string().contains("deadline"),
        "{package}"
    );
    assert!(
        packaged.metadata().is_ok_and(|m| m.len() > 10_000),
        "a package screenshot"
    );
    // The annex deleted behind the page: the reloaded analysis says it is out of
    // date, and analysing the package again clears it.
    let stale = &seen["stale"];
    assert_eq!(stale["deleted"], 204, "{stale}");
    assert_eq!(stale["shown"], true, "the out-of-date banner: {stale}");
    assert_eq!(stale["afterReanalysis"]["shown"], false, "{stale}");
    assert_eq!(stale["afterReanalysis"]["error"], Value::Null, "{stale}");
    assert_eq!(stale["afterReanalysis"]["documents"], 2, "{stale}");
    // The workspace: a corrected deadline and a worked row, kept through a reload.
    let ws = &seen["workspace"];
    assert_eq!(ws["factStatus"], 200, "{ws}");
    assert_eq!(ws["ownerStatus"], 200, "{ws}");
    assert_eq!(ws["rowStatus"], 200, "{ws}");
    let after = &ws["afterReload"];
    assert_eq!(after["error"], Value::Null, "{ws}");
    assert!(
        after["deadline"]
            .as_str()
            .unwrap()
            .starts_with("2027-04-02 12:00 CET"),
        "{ws}"
    );
    let edited = after["edited"].as_str().unwrap();
    assert!(
        edited.contains("confirmed by the buyer")
            && edited.contains("The analysis read 2027-03-29"),
        "{edited}"
    );
    assert_eq!(after["owner"], "ana", "{ws}");
    assert_eq!(after["status"], "in_progress", "{ws}");
    assert_eq!(ws["mine"], 1, "{ws}");
    assert_eq!(ws["inProgress"], 1, "{ws}");
    assert!(
        artifacts
            .join("web-page-workspace.png")
            .metadata()
            .is_ok_and(|m| m.len() > 10_000),
        "a workspace screenshot"
    );
    // An address that is not a proposal id: refused, never fetched.
    let bad = &seen["badAddress"];
    assert!(
        bad["error"]
            .as_str()
            .unwrap()
            .contains("does not name a proposal"),
        "{bad}"
    );
    assert!(!bad["requested"].to_string().contains("metrics"), "{bad}");
    // /docs needs no network.
    let docs = &seen["docs"];
    assert_eq!(docs["blocked"], serde_json::json!([]), "{docs}");
    let operations = docs["operations"].to_string();
    for op in [
        "POST /api/proposals",
        "GET /api/proposals/{id}/analysis-status",
        "GET /healthz",
    ] {
        assert!(operations.contains(op), "{op} in {operations}");
    }
}
