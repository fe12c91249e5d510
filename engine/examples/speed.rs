//! The engine's own time on a folder of extracted texts, without extraction or the
//! service around it. Each file is analysed once, then five times again; two figures:
//!
//! - **first read**: the median and largest over the files of that first analysis, the
//!   process's first file left out (it compiles the patterns). This is what the service
//!   spends on a document: it reads each once, and the lazy DFAs of the patterns build
//!   states for text they have not seen;
//! - **again**: the median over the files of each file's five, every state built.
//!
//! ```sh
//! mkdir -p /tmp/texts
//! for f in ../shared/corpus/rfp/*; do
//!   RFP_OCR=off target/release/rfp-worker extract "$f" > "/tmp/texts/$(basename "$f").txt"
//! done
//! cargo run --release -p rfp-engine --example speed -- /tmp/texts
//! ```
//!
//! `--out DIR` also writes each analysis to `DIR/<file>.json`, so that a change
//! meant only to be faster can be shown to change no result (`diff -r` two runs).

use std::time::Instant;

const RUNS: usize = 5;

fn main() {
    let Some(dir) = std::env::args().nth(1) else {
        eprintln!("usage: speed FOLDER_OF_TEXT_FILES");
        std::process::exit(2);
    };
    let out = match (std::env::args().nth(2).as_deref(), std::env::args().nth(3)) {
        (Some("--out"), Some(out)) => Some(std::path::PathBuf::from(out)),
        (None, _) => None,
        _ => {
            eprintln!("usage: speed FOLDER_OF_TEXT_FILES [--out DIR]");
            std::process::exit(2);
        }
    };
    let entries = match std::fs::read_dir(&dir) {
        Ok(entries) => entries,
        Err(e) => {
            eprintln!("speed: cannot read {dir}: {e}");
            std::process::exit(1);
        }
    };
    let mut per_file: Vec<(f64, String)> = Vec::new();
    let mut first_reads: Vec<(f64, String)> = Vec::new();
    for entry in entries.flatten() {
        let path = entry.path();
        let Ok(text) = std::fs::read_to_string(&path) else {
            continue;
        };
        let start = Instant::now();
        let first = rfp_engine::analyze(&text);
        first_reads.push((
            start.elapsed().as_secs_f64() * 1000.0,
            path.display().to_string(),
        ));
        if let (Some(out), Some(name)) = (&out, path.file_name()) {
            let file = out.join(name).with_extension("json");
            let json = serde_json::to_string_pretty(&first).unwrap_or_default();
            if let Err(e) = std::fs::write(&file, json) {
                eprintln!("speed: cannot write {}: {e}", file.display());
                std::process::exit(1);
            }
        }
        let mut runs: Vec<f64> = (0..RUNS)
            .map(|_| {
                let start = Instant::now();
                let _ = rfp_engine::analyze(&text);
                start.elapsed().as_secs_f64() * 1000.0
            })
            .collect();
        runs.sort_by(f64::total_cmp);
        per_file.push((runs[RUNS / 2], path.display().to_string()));
    }
    if per_file.is_empty() {
        eprintln!("speed: no readable text files in {dir}");
        std::process::exit(1);
    }
    let documents = per_file.len();
    let (median, largest, name) = summary(per_file);
    // The process's first file compiles the patterns: not a document's time.
    let first = (documents > 1).then(|| summary(first_reads.split_off(1)));
    print!("{documents} documents: ");
    if let Some((f_median, f_largest, f_name)) = first {
        print!("first read median {f_median:.1} ms, largest {f_largest:.1} ms ({f_name}); ");
    }
    println!("again median {median:.1} ms, largest {largest:.1} ms ({name})");
}

/// The median and the largest of `times`, and the file of the largest.
fn summary(mut times: Vec<(f64, String)>) -> (f64, f64, String) {
    times.sort_by(|a, b| a.0.total_cmp(&b.0));
    let (largest, name) = times[times.len() - 1].clone();
    (times[times.len() / 2].0, largest, name)
}
