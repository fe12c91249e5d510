//! What the probes share (`list_probe.rs`, `names_probe.rs`, `fields_probe.rs`,
//! `section_probe.rs`, `category_probe.rs`, `binds_probe.rs`): a probe's small
//! document split into pages, and a row's text as the probes compare it.

// Each probe is a test crate of its own and uses only part of this module.
#![allow(dead_code)]

/// The pages of a probe's text, split at its `=== page N ===` lines (a text without
/// one is one page).
pub fn pages(text: &str) -> Vec<String> {
    let mut pages = vec![String::new()];
    for line in text.lines() {
        if line.starts_with("=== page ") && line.ends_with(" ===") {
            if !pages.last().is_some_and(String::is_empty) {
                pages.push(String::new());
            }
            continue;
        }
        let page = pages.last_mut().expect("one page at least");
        page.push_str(line);
        page.push('\n');
    }
    pages
}

/// Lower case, whitespace collapsed to one space, trimmed.
pub fn normal(text: &str) -> String {
    text.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}
