//! Text extraction against poppler's `pdftotext`, on every PDF of a folder (by default
//! `$RFP_CORPUS_DIR/rfp`): pages per second of each, as whole processes
//! (`rfp-worker extract FILE` against `pdftotext FILE -`, median of 3 runs each), and
//! how similar the texts are (a word-level F1: lower-cased alphanumeric words, counted
//! as multisets). Prints a Markdown table with the medians.
//!
//! ```text
//! apt-get install poppler-utils          # pdftotext
//! cargo build --release --bin rfp-worker
//! cargo run --release -p rfp-tests --bin rfp-extract-bench [FOLDER]
//! ```
//!
//! `--ocr [FOLDER]` times `RFP_OCR=tesseract rfp-worker extract FILE` instead, on the
//! scanned PDFs of a folder (by default `$RFP_CORPUS_DIR/pdf-robustness`, the files
//! whose text layer is empty): seconds per OCR'd page with one page at a time
//! (`RFP_WORKER_CONCURRENCY=1`) and with two, median of 3 runs each.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

fn words(text: &str) -> HashMap<String, usize> {
    let mut counts = HashMap::new();
    for w in text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
    {
        *counts.entry(w.to_lowercase()).or_insert(0) += 1;
    }
    counts
}

/// Word-level F1 of `ours` against `reference`.
fn f1(ours: &str, reference: &str) -> f64 {
    let (a, b) = (words(ours), words(reference));
    let common: usize = a
        .iter()
        .map(|(w, n)| (*n).min(b.get(w).copied().unwrap_or(0)))
        .sum();
    let (na, nb) = (a.values().sum::<usize>(), b.values().sum::<usize>());
    if na == 0 || nb == 0 {
        return if na == nb { 1.0 } else { 0.0 };
    }
    let (p, r) = (common as f64 / na as f64, common as f64 / nb as f64);
    if p + r == 0.0 {
        0.0
    } else {
        2.0 * p * r / (p + r)
    }
}

/// Runs `cmd` three times; the median time and the last output.
fn timed(mut cmd: impl FnMut() -> Command) -> (Duration, String, bool) {
    let mut times = Vec::new();
    let mut last = (String::new(), false);
    for _ in 0..3 {
        let t = Instant::now();
        let out = cmd().output().expect("the command runs");
        times.push(t.elapsed());
        last = (
            String::from_utf8_lossy(&out.stdout).into_owned(),
            out.status.success(),
        );
    }
    times.sort();
    (times[1], last.0, last.1)
}

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(f64::total_cmp);
    if v.is_empty() {
        return f64::NAN;
    }
    let m = v.len() / 2;
    if v.len() % 2 == 1 {
        v[m]
    } else {
        (v[m - 1] + v[m]) / 2.0
    }
}

/// The PDFs of `folder`, by name.
fn pdfs_in(folder: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(folder)
        .expect("the folder exists")
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e.eq_ignore_ascii_case("pdf")))
        .collect();
    files.sort();
    files
}

/// The `--ocr` table: seconds per page read by Tesseract, one and two at a time.
fn ocr_bench(folder: &Path) {
    let worker = rfp_tests::process::binary("rfp-worker");
    let files = pdfs_in(folder);
    println!("| file | pages read | s/page, 1 at a time | s/page, 2 at a time |");
    println!("|---|---|---|---|");
    let mut per_page = Vec::new();
    for file in &files {
        let run = |concurrency: &str| {
            let mut read = 0;
            let (time, _, ok) = timed(|| {
                let mut c = Command::new(&worker);
                c.arg("extract")
                    .arg(file)
                    .env("RFP_OCR", "tesseract")
                    .env("RFP_WORKER_CONCURRENCY", concurrency)
                    .env("RFP_LOG_FORMAT", "json");
                c
            });
            if ok {
                // `tesseract read pages [1, 2]` on standard error.
                let out = Command::new(&worker)
                    .arg("extract")
                    .arg(file)
                    .env("RFP_OCR", "tesseract")
                    .env("RFP_LOG_FORMAT", "json")
                    .output()
                    .expect("the command runs");
                let err = String::from_utf8_lossy(&out.stderr);
                read = err
                    .lines()
                    .find_map(|l| l.strip_prefix("tesseract read pages "))
                    .map_or(0, |pages| pages.split(',').count());
            }
            (time, read)
        };
        let (one, read) = run("1");
        if read == 0 {
            continue;
        }
        let (two, _) = run("2");
        let (one, two) = (
            one.as_secs_f64() / read as f64,
            two.as_secs_f64() / read as f64,
        );
        per_page.push(one);
        let name = file.file_name().unwrap().to_string_lossy();
        println!("| {name} | {read} | {one:.2} | {two:.2} |");
    }
    println!(
        "| **median** ({} files) | | {:.2} | |",
        per_page.len(),
        median(per_page)
    );
}

fn main() {
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    if args.first().is_some_and(|a| a == "--ocr") {
        args.remove(0);
        let folder = args.first().map(PathBuf::from).unwrap_or_else(|| {
            Path::new(
                &std::env::var("RFP_CORPUS_DIR").expect("give a folder, or set RFP_CORPUS_DIR"),
            )
            .join("pdf-robustness")
        });
        ocr_bench(&folder);
        return;
    }
    let folder: PathBuf = args
        .first()
        .map(PathBuf::from)
        .or_else(|| {
            std::env::var("RFP_CORPUS_DIR")
                .ok()
                .map(|d| Path::new(&d).join("rfp"))
        })
        .expect("give a folder of PDFs, or set RFP_CORPUS_DIR");
    let worker = rfp_tests::process::binary("rfp-worker");
    let files = pdfs_in(&folder);

    println!(
        "| file | pages | pdftotext pages/s | ours pages/s | speed ratio (ours ÷ pdftotext) | word F1 |"
    );
    println!("|---|---|---|---|---|---|");
    let (mut ratios, mut f1s) = (Vec::new(), Vec::new());
    let (mut total_pages, mut ours_total, mut theirs_total) = (0usize, 0.0, 0.0);
    for file in &files {
        let (theirs_time, theirs, ok) = timed(|| {
            let mut c = Command::new("pdftotext");
            c.arg("-q").arg(file).arg("-");
            c
        });
        assert!(ok, "pdftotext failed on {}", file.display());
        let (ours_time, ours, ok) = timed(|| {
            let mut c = Command::new(&worker);
            // One process each, as pdftotext: the parser on a thread of this process.
            c.arg("extract")
                .arg(file)
                .env("RFP_LOG_FORMAT", "json")
                .env("RFP_EXTRACT_ISOLATION", "thread");
            c
        });
        let name = file.file_name().unwrap().to_string_lossy();
        if !ok {
            println!("| {name} | — | — | — | — | (ours: no text) |");
            continue;
        }
        let pages = ours.matches("=== page ").count().max(1);
        let ours_text: String = ours
            .lines()
            .filter(|l| !l.starts_with("=== page "))
            .collect::<Vec<_>>()
            .join("\n");
        let score = f1(&ours_text, &theirs);
        let (theirs_rate, ours_rate) = (
            pages as f64 / theirs_time.as_secs_f64(),
            pages as f64 / ours_time.as_secs_f64(),
        );
        total_pages += pages;
        ours_total += ours_time.as_secs_f64();
        theirs_total += theirs_time.as_secs_f64();
        ratios.push(ours_rate / theirs_rate);
        f1s.push(score);
        println!(
            "| {name} | {pages} | {theirs_rate:.0} | {ours_rate:.0} | {:.2} | {score:.3} |",
            ours_rate / theirs_rate
        );
    }
    println!(
        "| **median** ({} files, {total_pages} pages) | | {:.0} (all pages) | {:.0} (all pages) | {:.2} | {:.3} |",
        files.len(),
        total_pages as f64 / theirs_total,
        total_pages as f64 / ours_total,
        median(ratios),
        median(f1s),
    );
}
