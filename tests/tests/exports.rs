//! Exports that a hostile tender cannot turn against the user, and a package's change
//! that no export hides, on both backends (the AWS one against the emulator `.ci/run`
//! starts; skipped, saying so, without it):
//! - an amendment added after the analysis marks it out of date in the status, the
//!   proposal, and every export (header and file), until the package is analysed again;
//! - deleted and replaced documents leave no bytes (nor kept text) behind;
//! - replacing the main document counts against `RFP_MAX_PACKAGE_BYTES`;
//! - a document whose HTML entities decode to control characters brings none of them
//!   to the analysis or any export.

use std::sync::Arc;
use std::time::Duration;

use rfp_shared::ids::{BlobKey, ProposalId};
use rfp_tests::{TestApp, TestBackend, sha256_hex};
use serde_json::Value;

const WITHIN: Duration = Duration::from_secs(60);

async fn offline(backend: &TestBackend, extra: &[(&str, &str)]) -> TestApp {
    TestApp::spawn_with_model(backend, extra, |_| {
        Arc::new(rfp_worker::model::ExtractiveAnalyzer)
    })
    .await
}

/// A proposal with the sample RFP, analysed.
async fn analysed_sample(app: &TestApp) -> String {
    app.analysed_sample("Sample call", WITHIN).await.0
}

/// An export: its stale header, and its body.
async fn export(app: &TestApp, id: &str, path: &str) -> (Option<String>, Vec<u8>) {
    let r = app
        .http
        .get(app.url(&format!("/api/proposals/{id}/{path}")))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 200, "{path}");
    let stale = r
        .headers()
        .get("x-rfp-analysis-stale")
        .map(|v| v.to_str().unwrap().to_owned());
    (stale, r.bytes().await.unwrap().to_vec())
}

#[tokio::test]
async fn a_package_changed_after_its_analysis_is_marked_out_of_date_everywhere_until_analysed_again()
 {
    for backend in TestBackend::all("a_package_changed_after_its_analysis_is_marked_out_of_date") {
        let app = offline(&backend, &[]).await;
        let id = analysed_sample(&app).await;
        let status = app.status(&id).await;
        assert_eq!(status["stale"], false, "{status:#}");
        let (stale, _) = export(&app, &id, "deadlines.ics").await;
        assert_eq!(stale, None);

        app.add_sample_amendment(&id).await;
        // The status still holds the old analysis, and says it is out of date.
        let status = app.status(&id).await;
        assert_eq!(status["status"], "completed");
        assert_eq!(status["stale"], true, "{status:#}");
        assert_ne!(
            status["analysed_package_sha256"], status["package_sha256"],
            "{status:#}"
        );
        let proposal = app.client.proposal(&id).await.unwrap();
        assert_eq!(proposal["rfp_analysis_stale"], true, "{proposal:#}");

        for format in ["json", "csv", "md", "xlsx"] {
            let (stale, body) =
                export(&app, &id, &format!("compliance-matrix?format={format}")).await;
            assert_eq!(stale.as_deref(), Some("true"), "{format}");
            match format {
                "json" => {
                    let m: Value = serde_json::from_slice(&body).unwrap();
                    assert_eq!(m["stale"], true);
                }
                "csv" => {
                    let text = String::from_utf8(body).unwrap();
                    let first = text.trim_start_matches('\u{feff}').lines().next().unwrap();
                    assert!(first.contains("OUT OF DATE"), "{first}");
                }
                "md" => assert!(String::from_utf8(body).unwrap().contains("OUT OF DATE")),
                _ => {
                    use calamine::Reader;
                    let book = calamine::open_workbook_from_rs::<calamine::Xlsx<_>, _>(
                        std::io::Cursor::new(body),
                    )
                    .unwrap();
                    assert_eq!(
                        book.sheet_names(),
                        vec!["Matrix (OUT OF DATE)".to_owned(), "Out of date".to_owned()]
                    );
                }
            }
        }
        let (stale, body) = export(&app, &id, "deadlines.ics").await;
        assert_eq!(stale.as_deref(), Some("true"));
        let ics = String::from_utf8(body).unwrap();
        assert!(ics.contains("X-RFP-ANALYSIS-STALE:TRUE\r\n"), "{ics}");
        assert!(ics.contains("SUMMARY:[Out of date] "), "{ics}");

        // Analysed again: the new deadline, and nothing is out of date.
        app.analyze(&id).await.bytes().await.unwrap();
        let status = app.wait_until_final(&id, WITHIN).await;
        assert_eq!(status["status"], "completed", "{status:#}");
        assert_eq!(status["stale"], false, "{status:#}");
        let (stale, body) = export(&app, &id, "deadlines.ics").await;
        assert_eq!(stale, None);
        let ics = String::from_utf8(body).unwrap();
        assert!(
            !ics.contains("STALE") && !ics.contains("[Out of date]"),
            "{ics}"
        );
        app.stop().await;
    }
}

/// Whether the blob store still holds `key`.
async fn held(app: &TestApp, key: &str) -> bool {
    app.backends
        .blobs
        .exists(&BlobKey::parse(key).unwrap())
        .await
        .unwrap()
}

#[tokio::test]
async fn deleted_and_replaced_documents_leave_no_bytes_behind() {
    for backend in TestBackend::all("deleted_and_replaced_documents_leave_no_bytes_behind") {
        let app = offline(&backend, &[]).await;
        let id = analysed_sample(&app).await;
        let pid = ProposalId::parse(&id).unwrap();
        let main_sha = sha256_hex(rfp_worker::SAMPLE_RFP.as_bytes());
        let doc = |sha: &str| BlobKey::for_document(pid, sha).as_str().to_owned();
        let text = |sha: &str| BlobKey::for_text(pid, sha).as_str().to_owned();
        assert!(held(&app, &doc(&main_sha)).await);

        // Add and delete a 1 MiB annex again and again (another one each time): the
        // store keeps none of them.
        let cycles = if matches!(backend, TestBackend::Embedded) {
            20
        } else {
            5
        };
        for i in 0..cycles {
            let mut annex = format!("# Annex {i}\n\n").into_bytes();
            annex.resize(1 << 20, b'x');
            let sha = sha256_hex(&annex);
            let added = app
                .client
                .add_document(&id, annex, "text/plain", Some("annex.txt"), "annex")
                .await
                .unwrap();
            assert!(held(&app, &doc(&sha)).await, "cycle {i}: not stored");
            app.client
                .delete_document(&id, added["id"].as_str().unwrap())
                .await
                .unwrap();
            assert!(!held(&app, &doc(&sha)).await, "cycle {i}: its bytes stayed");
        }

        // An analysed annex's kept text goes with it.
        let annex =
            b"# Annex: evaluation grid\n\nRelevance 30%, quality 40%, value 30%.\n".to_vec();
        let annex_sha = sha256_hex(&annex);
        let added = app
            .client
            .add_document(&id, annex, "text/markdown", Some("grid.md"), "annex")
            .await
            .unwrap();
        app.analyze(&id).await.bytes().await.unwrap();
        let status = app.wait_until_final(&id, WITHIN).await;
        assert_eq!(status["status"], "completed", "{status:#}");
        assert!(
            held(&app, &text(&annex_sha)).await,
            "the annex's text was not kept"
        );
        app.client
            .delete_document(&id, added["id"].as_str().unwrap())
            .await
            .unwrap();
        assert!(!held(&app, &doc(&annex_sha)).await);
        assert!(!held(&app, &text(&annex_sha)).await, "its kept text stayed");

        // A replaced main document goes; the new one stays, and so does the package.
        let new_main = format!("{}\n\nRevised edition.\n", rfp_worker::SAMPLE_RFP);
        let new_sha = sha256_hex(new_main.as_bytes());
        app.client
            .upload(
                &id,
                new_main.into_bytes(),
                "text/markdown",
                Some("call-v2.md"),
            )
            .await
            .unwrap();
        assert!(
            !held(&app, &doc(&main_sha)).await,
            "the replaced document stayed"
        );
        assert!(!held(&app, &text(&main_sha)).await, "its kept text stayed");
        assert!(held(&app, &doc(&new_sha)).await);
        // Uploading the same bytes again keeps them (nothing is dropped).
        app.client
            .upload(
                &id,
                format!("{}\n\nRevised edition.\n", rfp_worker::SAMPLE_RFP).into_bytes(),
                "text/markdown",
                Some("call-v2.md"),
            )
            .await
            .unwrap();
        assert!(held(&app, &doc(&new_sha)).await);
        app.stop().await;
    }
}

#[tokio::test]
async fn replacing_the_main_document_counts_against_the_package_limit() {
    for backend in TestBackend::all("replacing_the_main_document_counts_against_the_package_limit")
    {
        let app = offline(&backend, &[("RFP_MAX_PACKAGE_BYTES", "20000")]).await;
        let id = app.create_proposal("limits").await;
        let sample = rfp_worker::SAMPLE_RFP.as_bytes().to_vec();
        assert!(sample.len() < 10_000, "{}", sample.len());
        app.client
            .upload(&id, sample.clone(), "text/markdown", Some("call.md"))
            .await
            .unwrap();
        let mut annex = b"# Annex 1\n\n".to_vec();
        annex.resize(20_000 - sample.len(), b'a');
        app.client
            .add_document(&id, annex, "text/plain", Some("annex.txt"), "annex")
            .await
            .unwrap();
        // The package is full: a larger main document would pass the limit.
        let mut bigger = sample.clone();
        bigger.extend_from_slice(b"\n\nOne more line.\n");
        let e = app
            .client
            .upload(&id, bigger, "text/markdown", Some("call-v2.md"))
            .await
            .unwrap_err();
        assert_eq!(e.status(), Some(413), "{e}");
        assert_eq!(e.code(), Some("package_too_large"), "{e}");
        let proposal = app.client.proposal(&id).await.unwrap();
        assert_eq!(proposal["document"]["filename"], "call.md", "{proposal:#}");
        assert_eq!(proposal["documents"].as_array().unwrap().len(), 2);
        // One of the same size or smaller still replaces it.
        let mut same = sample.clone();
        same[0] = b' ';
        app.client
            .upload(&id, same, "text/markdown", Some("call-v2.md"))
            .await
            .unwrap();
        app.stop().await;
    }
}

/// Every string in `v`, keys included.
fn strings(v: &Value, out: &mut Vec<String>) {
    match v {
        Value::String(s) => out.push(s.clone()),
        Value::Array(a) => a.iter().for_each(|x| strings(x, out)),
        Value::Object(o) => {
            for (k, x) in o {
                out.push(k.clone());
                strings(x, out);
            }
        }
        _ => {}
    }
}

#[tokio::test]
async fn control_characters_from_html_entities_reach_no_analysis_and_no_export() {
    let html = "<html><head><title>Call for Proposals&#27;[2J</title></head><body>\
<h1>Call for Proposals: Village Water Points 2027&#27;]0;pwned&#7;</h1>\
<p>Issued by the Lakeside Water Board.</p>\
<p>The deadline for submission of proposals is 15 March 2027 at 17:00 CET.&#13;END:VEVENT&#27;[31m</p>\
<p>The applicant must attach a signed declaration&#27;[2J of honour.</p>\
<p>=HYPERLINK(\"http://attacker.example/\",\"click\") The applicant must submit the budget form.</p>\
<p>The maximum grant is EUR 200,000.</p></body></html>";
    for backend in TestBackend::all("control_characters_from_html_entities_reach_no_export") {
        let app = offline(&backend, &[]).await;
        let id = app.create_proposal("Hostile").await;
        app.client
            .upload(
                &id,
                html.as_bytes().to_vec(),
                "text/html",
                Some("call.html"),
            )
            .await
            .unwrap();
        app.analyze(&id).await.bytes().await.unwrap();
        let status = app.wait_until_final(&id, WITHIN).await;
        assert_eq!(status["status"], "completed", "{status:#}");
        let mut all = Vec::new();
        strings(&status["rfp_analysis"], &mut all);
        let controlled: Vec<&String> = all
            .iter()
            .filter(|s| {
                s.chars()
                    .any(|c| c.is_control() && !matches!(c, '\n' | '\t'))
            })
            .collect();
        assert!(controlled.is_empty(), "{controlled:?}");
        assert!(
            all.iter().any(|s| s.contains("signed declaration")),
            "the requirement is still read: {:#}",
            status["rfp_analysis"]
        );
        for path in [
            "compliance-matrix?format=csv",
            "compliance-matrix?format=md",
            "compliance-matrix?format=json",
            "deadlines.ics",
        ] {
            let (_, body) = export(&app, &id, path).await;
            let text = String::from_utf8(body).unwrap();
            let bad: Vec<char> = text
                .chars()
                .filter(|c| c.is_control() && !matches!(c, '\r' | '\n'))
                .collect();
            assert!(bad.is_empty(), "{path}: {bad:?}");
            if path.ends_with("csv") {
                // No cell a spreadsheet would run.
                let mut reader = csv::ReaderBuilder::new()
                    .has_headers(false)
                    .from_reader(text.trim_start_matches('\u{feff}').as_bytes());
                for record in reader.records() {
                    for cell in record.unwrap().iter() {
                        assert!(
                            !cell.trim_start().starts_with(['=', '+', '-', '@']),
                            "{cell:?}"
                        );
                    }
                }
            }
        }
        app.stop().await;
    }
}
