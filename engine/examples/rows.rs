//! The compliance matrix the offline engine reads from one extracted text, one row per
//! line (`section | category | text`), for a person checking sections, categories and
//! what the reader keeps, e.g. while hand-counting a document for `eval/matrix/`:
//!
//! ```sh
//! RFP_OCR=off target/debug/rfp-worker extract TENDER.pdf > /tmp/tender.txt
//! cargo run -p rfp-engine --example rows -- /tmp/tender.txt
//! ```

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
    let analysis = rfp_engine::analyze(&text);
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
