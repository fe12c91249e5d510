//! What the matrix tests share (`matrix_precision.rs` for now): the texts of
//! the compliance-matrix rows the engine's public analysis makes of a text.

/// The text of each row of `text`'s compliance matrix, in order.
pub fn rows(text: &str) -> Vec<String> {
    let analysis = rfp_engine::analyze(text);
    analysis["extracted_data"]["requirements"]
        .as_array()
        .expect("the analysis has a matrix")
        .iter()
        .map(|r| r["text"].as_str().unwrap_or_default().to_owned())
        .collect()
}
