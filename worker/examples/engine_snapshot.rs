//! Writes the offline engine's analysis of every corpus document to a folder, so a
//! change that must not change behaviour (a move, a refactor) can be checked byte for
//! byte: run it before and after, then `diff -r` the two folders.
//!
//! ```sh
//! RFP_CORPUS_DIR=/work/shared/corpus cargo run -p rfp-worker --example engine_snapshot -- /tmp/engine-before
//! ```
//!
//! For each document of `$RFP_CORPUS_DIR/rfp/` (through the worker's own extraction,
//! page by page, as a job reads it) it writes:
//! - `<file>.json`: the engine's analysis of the pages;
//! - `<file>.checked.json`: the same after the checks every answer passes (the result
//!   bounds, the compliance matrix settled against the document, criteria linked);
//! - `<file>.merged.json`: the document as the main one of a package whose amendment is
//!   the next document of the corpus, merged by precedence.
//!
//! The engine's own time is left out: it is the one thing that differs between runs.

use std::path::PathBuf;
use std::time::Duration;

use rfp_worker::extract;
use rfp_worker::merge::{Analysed, Role};
use serde_json::Value;

fn analyse(pages: &[String]) -> Value {
    rfp_worker::model::extractive::analyze_pages(pages, &Default::default())
        .expect("an analysis nobody stops ends")
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let corpus = std::env::var_os("RFP_CORPUS_DIR").expect("RFP_CORPUS_DIR names the corpus");
    let out = PathBuf::from(
        std::env::args()
            .nth(1)
            .expect("usage: engine_snapshot <out dir>"),
    );
    std::fs::create_dir_all(&out).unwrap();
    let mut files: Vec<PathBuf> = std::fs::read_dir(PathBuf::from(corpus).join("rfp"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.file_name().is_some_and(|n| n != "MANIFEST.tsv"))
        .collect();
    files.sort();
    let mut analysed: Vec<(String, Vec<String>, Value)> = Vec::new();
    for path in &files {
        let name = path.file_name().unwrap().to_string_lossy().to_string();
        let bytes = std::fs::read(path).unwrap();
        let Some(kind) = extract::sniff(&bytes, None, Some(&name)) else {
            eprintln!("{name}: not recognised, skipped");
            continue;
        };
        let pages =
            match extract::extract_isolated(bytes.into(), kind, Duration::from_secs(60)).await {
                Ok(e) => e.pages,
                Err(e) => {
                    eprintln!("{name}: {}, skipped", e.code());
                    continue;
                }
            };
        let analysis = analyse(&pages);
        write(&out, &format!("{name}.json"), &analysis);

        let mut checked = analysis.clone();
        rfp_worker::bounds::cap_result(&mut checked);
        let document = rfp_worker::quotes::Document::new(&pages);
        let settled = rfp_worker::matrix::settle(&mut checked, &document, true);
        let linked = rfp_worker::matrix::link_criteria(&mut checked);
        checked["_settled"] = serde_json::to_value(&settled).unwrap();
        checked["_linked"] = linked.into();
        write(&out, &format!("{name}.checked.json"), &checked);
        analysed.push((name, pages, analysis));
    }
    for (i, (name, _, analysis)) in analysed.iter().enumerate() {
        let (next, _, amendment) = &analysed[(i + 1) % analysed.len()];
        let merged = rfp_worker::merge::merge(vec![
            Analysed {
                id: "a".into(),
                filename: name.clone(),
                role: Role::Rfp,
                issued_on: None,
                analysis: analysis.clone(),
            },
            Analysed {
                id: "b".into(),
                filename: next.clone(),
                role: Role::Amendment,
                issued_on: None,
                analysis: amendment.clone(),
            },
        ]);
        write(&out, &format!("{name}.merged.json"), &merged);
    }
    // The project's own sample, which the engine's pinned-output test reads too.
    write(
        &out,
        "sample-rfp.md.json",
        &analyse(&[rfp_worker::SAMPLE_RFP.to_owned()]),
    );
    eprintln!("{} documents written to {}", analysed.len(), out.display());
}

fn write(dir: &std::path::Path, name: &str, value: &Value) {
    let text = serde_json::to_string_pretty(value).unwrap();
    std::fs::write(dir.join(name), text).unwrap();
}
