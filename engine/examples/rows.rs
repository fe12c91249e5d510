//! The compliance matrix the offline engine reads from one extracted text, one row per
//! line (`section | category | text`), for a person checking sections, categories and
//! what the reader keeps, e.g. while hand-counting a document for `eval/matrix/`. The
//! text's "=== page N ===" lines part its pages and `FILE.hints` (the name without
//! `.txt`), when there is one, gives its hints, as the service reads them:
//!
//! ```sh
//! RFP_OCR=off target/debug/rfp-worker extract TENDER.pdf > /tmp/tender.txt
//! cargo run -p rfp-engine --example rows -- /tmp/tender.txt
//! ```

#[path = "../tests/probe/mod.rs"]
mod probe;

fn main() {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: rows EXTRACTED_TEXT_FILE");
        std::process::exit(2);
    };
    let text = match std::fs::read_to_string(&path) {
        Ok(text) => text,
        Err(e) => {
            eprintln!("rows: cannot read {path}: {e}");
            std::process::exit(1);
        }
    };
    // Pages as the service hands them ("=== page N ===" lines part them), with the
    // document's hints from `FILE.hints` (minus `.txt`) when there is one.
    let pages = probe::pages(&text);
    let mut layout = rfp_engine::Layout::new();
    let hints = format!("{}.hints", path.trim_end_matches(".txt"));
    for line in std::fs::read_to_string(&hints).unwrap_or_default().lines() {
        if let Some((kind, text)) = line.split_once('\t') {
            layout.push_named(kind, text);
        }
    }
    let analysis = rfp_engine::analyze_document(&pages, &layout, &rfp_engine::StopFlag::default())
        .expect("not stopped");
    let rows = analysis["extracted_data"]["requirements"]
        .as_array()
        .cloned()
        .unwrap_or_default();
    for row in &rows {
        let field = |k: &str| row[k].as_str().unwrap_or("-").replace('\n', " ");
        println!(
            "{} | {} | {}",
            field("section"),
            field("category"),
            field("text")
        );
    }
    eprintln!("rows: {} rows", rows.len());
}
