//! Documents written by others (`../shared/corpus/`, found through `RFP_CORPUS_DIR`,
//! which `.ci/run` sets; never copied into the project): every awkward PDF yields text
//! or a clear error code within its time budget, and every real RFP is read and
//! analysed without a panic. Skipped, saying so, when the variable is unset.

use std::io::Write;
use std::path::PathBuf;
use std::time::{Duration, Instant};

use rfp_worker::extract::{self, DocumentKind};

const BUDGET: Duration = Duration::from_secs(30);
const CODES: &[&str] = &[
    "document_encrypted",
    "document_no_text",
    "document_corrupt",
    "document_unreadable",
];

fn corpus(sub: &str, test: &str) -> Option<Vec<PathBuf>> {
    let Some(dir) = std::env::var_os("RFP_CORPUS_DIR") else {
        let _ = writeln!(
            std::io::stderr(),
            "SKIPPED {test}: RFP_CORPUS_DIR is not set"
        );
        return None;
    };
    let mut files: Vec<PathBuf> = std::fs::read_dir(PathBuf::from(dir).join(sub))
        .expect("RFP_CORPUS_DIR names the corpus folder")
        .map(|e| e.unwrap().path())
        .filter(|p| p.file_name().is_some_and(|n| n != "MANIFEST.tsv"))
        .collect();
    files.sort();
    Some(files)
}

#[tokio::test]
async fn every_awkward_pdf_yields_text_or_a_clear_code_within_its_budget() {
    let Some(files) = corpus(
        "pdf-robustness",
        "every_awkward_pdf_yields_text_or_a_clear_code_within_its_budget",
    ) else {
        return;
    };
    assert!(files.len() >= 20, "the corpus has {} files", files.len());
    let mut report = String::new();
    for path in files {
        let bytes = std::fs::read(&path).unwrap();
        let started = Instant::now();
        let result = extract::extract_isolated(bytes.into(), DocumentKind::Pdf, BUDGET).await;
        let elapsed = started.elapsed();
        let name = path.file_name().unwrap().to_string_lossy().to_string();
        match &result {
            Ok(text) => assert!(text.char_count() > 0, "{name}: empty text"),
            Err(e) => assert!(
                CODES.contains(&e.code()),
                "{name}: {} is not a clear code",
                e.code()
            ),
        }
        assert!(elapsed < BUDGET, "{name} took {elapsed:?}");
        let outcome = result.map_or_else(
            |e| e.code().to_owned(),
            |t| format!("{} chars", t.char_count()),
        );
        report.push_str(&format!(
            "  {name}: {outcome} in {} ms\n",
            elapsed.as_millis()
        ));
    }
    let _ = write!(std::io::stderr(), "pdf-robustness:\n{report}");
}

#[tokio::test]
async fn every_real_rfp_is_read_and_analysed() {
    let Some(files) = corpus("rfp", "every_real_rfp_is_read_and_analysed") else {
        return;
    };
    let mut report = String::new();
    for path in files {
        let name = path.file_name().unwrap().to_string_lossy().to_string();
        let bytes = std::fs::read(&path).unwrap();
        let kind = extract::sniff(&bytes, None, Some(&name))
            .unwrap_or_else(|| panic!("{name} was not recognised"));
        let text = extract::extract_isolated(bytes.into(), kind, BUDGET)
            .await
            .unwrap_or_else(|e| panic!("{name}: {}", e.code()))
            .text();
        assert!(
            text.len() > 1000,
            "{name}: only {} bytes of text",
            text.len()
        );
        let analysis = rfp_worker::model::extractive::analyze(&text);
        assert!(analysis["summary"]["title"].is_string(), "{name}: no title");
        // Every quote is the document's own text, by the service's own quote check
        // (whitespace, typographic quotes and Markdown emphasis do not count).
        let document = rfp_worker::quotes::Document::new(std::slice::from_ref(&text));
        let mut quotes = Vec::new();
        collect_quotes(&analysis, &mut quotes);
        for q in quotes {
            assert!(
                document.find(&q).is_some(),
                "{name}: quote not in the document: {q:?}"
            );
        }
        // Each row of the compliance matrix states its requirement verbatim.
        let rows = analysis["extracted_data"]["requirements"]
            .as_array()
            .unwrap();
        for row in rows {
            let text = row["text"].as_str().unwrap();
            assert!(
                document.find(text).is_some(),
                "{name}: requirement not in the document: {text:?}"
            );
        }
        let binding = rows.iter().filter(|r| r["mandatory"] == true).count();
        report.push_str(&format!(
            "  {name}: {} requirements, {binding} binding\n",
            rows.len()
        ));
    }
    let _ = write!(std::io::stderr(), "compliance matrix:\n{report}");
}

/// Recall of the compliance matrix against a hand count (`eval/requirements-recall.json`):
/// in each of four documents (two English, one French, one Spanish), every sentence a
/// plain search for the binding modal verbs finds was read and judged binding or not.
/// Every binding one must be in a row of the matrix, and the issuer's own undertakings
/// must not be binding rows.
#[tokio::test]
async fn the_matrix_holds_every_binding_sentence_a_modal_search_finds() {
    let Some(files) = corpus("rfp", "the_matrix_holds_every_binding_sentence") else {
        return;
    };
    let labels: serde_json::Value =
        serde_json::from_str(include_str!("../../eval/requirements-recall.json")).unwrap();
    let mut report = String::new();
    let (mut found_all, mut total_all) = (0, 0);
    for doc in labels["documents"].as_array().unwrap() {
        let name = doc["document"].as_str().unwrap();
        let path = files
            .iter()
            .find(|p| p.file_name().is_some_and(|n| n == name))
            .unwrap_or_else(|| panic!("{name} is not in the corpus"));
        let bytes = std::fs::read(path).unwrap();
        let kind = extract::sniff(&bytes, None, Some(name)).unwrap();
        let text = extract::extract_isolated(bytes.into(), kind, BUDGET)
            .await
            .unwrap_or_else(|e| panic!("{name}: {}", e.code()))
            .text();
        let whole = rfp_worker::quotes::Document::new(std::slice::from_ref(&text));
        let analysis = rfp_worker::model::extractive::analyze(&text);
        let rows: Vec<(rfp_worker::quotes::Document, bool)> =
            analysis["extracted_data"]["requirements"]
                .as_array()
                .unwrap()
                .iter()
                .map(|r| {
                    let t = r["text"].as_str().unwrap().to_owned();
                    (
                        rfp_worker::quotes::Document::new(&[t]),
                        r["mandatory"] == true,
                    )
                })
                .collect();
        let in_a_row = |fragment: &str| rows.iter().find(|(row, _)| row.find(fragment).is_some());
        let binding: Vec<&str> = doc["binding"]
            .as_array()
            .unwrap()
            .iter()
            .map(|f| f.as_str().unwrap())
            .collect();
        let mut missed = Vec::new();
        for fragment in &binding {
            assert!(
                whole.find(fragment).is_some(),
                "{name}: the label {fragment:?} is not in the document"
            );
            if in_a_row(fragment).is_none() {
                missed.push(*fragment);
            }
        }
        for fragment in doc["not_binding"].as_array().unwrap() {
            let fragment = fragment.as_str().unwrap();
            assert!(
                !in_a_row(fragment).is_some_and(|(_, mandatory)| *mandatory),
                "{name}: {fragment:?} does not bind the bidder but is a binding row"
            );
        }
        let found = binding.len() - missed.len();
        found_all += found;
        total_all += binding.len();
        report.push_str(&format!(
            "  {name} ({}): {found} of {} binding sentences in the matrix ({} rows); missed: {missed:?}\n",
            doc["language"].as_str().unwrap(),
            binding.len(),
            rows.len()
        ));
        // Each document on its own: at least 95 % of its binding sentences.
        assert!(
            found * 100 >= binding.len() * 95,
            "{name}: recall {found}/{}; missed: {missed:#?}",
            binding.len()
        );
    }
    let _ = write!(
        std::io::stderr(),
        "compliance-matrix recall against the hand count: {found_all} of {total_all}\n{report}"
    );
}

fn collect_quotes(v: &serde_json::Value, out: &mut Vec<String>) {
    match v {
        serde_json::Value::Object(m) => {
            for (k, v) in m {
                match v.as_str() {
                    Some(q) if k.ends_with("quote") => out.push(q.to_owned()),
                    _ => collect_quotes(v, out),
                }
            }
        }
        serde_json::Value::Array(a) => a.iter().for_each(|v| collect_quotes(v, out)),
        _ => {}
    }
}
