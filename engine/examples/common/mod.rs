//! What the engine's examples share: reading an extracted text's pages.

/// The text's pages, split at its `=== page N ===` lines (as `rfp-worker extract`
/// writes them).
pub fn pages(text: &str) -> Vec<String> {
    let mut pages = vec![String::new()];
    for line in text.lines() {
        if line.starts_with("=== page ") && line.ends_with(" ===") {
            if !pages.last().is_some_and(String::is_empty) {
                pages.push(String::new());
            }
            continue;
        }
        let page = pages.last_mut().expect("a page");
        page.push_str(line);
        page.push('\n');
    }
    pages
}
