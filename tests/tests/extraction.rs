//! PDF text, page by page, through the patched `pdf-extract` (vendor/pdf-extract): a
//! font is built once per document and thread, found by object id, so the cache must
//! never hand a page the font another page or resource dictionary meant by that name.

use rfp_tests::fixtures::{pdf_from_pages, pdf_with_quote_operators, pdf_with_reused_font_names};
use rfp_worker::extract::{DocumentKind, extract};

#[test]
fn a_font_name_means_the_font_of_its_own_resources() {
    let pages = extract(&pdf_with_reused_font_names(), DocumentKind::Pdf)
        .expect("the fixture has text")
        .pages;
    assert_eq!(pages.len(), 3, "{pages:?}");
    // Page 1: its own /F1 (plain), then the form's /F1 (A drawn as Z).
    assert!(pages[0].contains("Plain AAA"), "{pages:?}");
    assert!(pages[0].contains("ZZZ"), "the form's own font: {pages:?}");
    // Page 2 uses the plain font again; page 3's /F1 is the other font.
    assert!(pages[1].contains("Plain again AAA"), "{pages:?}");
    assert!(!pages[1].contains("ZZZ"), "{pages:?}");
    assert_eq!(pages[2].trim(), "ZZZ", "{pages:?}");
}

#[test]
fn lines_shown_with_the_quote_operators_are_read_on_their_own_lines() {
    let lines = [
        "Request for proposals",
        "Proposals are due on 15 March 2027.",
        "The budget is up to EUR 250,000.",
        "Questions to bids@agency.example.org.",
    ];
    let text = extract(&pdf_with_quote_operators(&lines), DocumentKind::Pdf)
        .expect("text drawn with ' and \" is text")
        .text();
    let read: Vec<&str> = text
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect();
    assert_eq!(read, lines, "{text:?}");
}

#[test]
fn every_page_of_a_long_document_keeps_its_own_text() {
    // One shared font on 60 pages read on several threads: each page's text lands on
    // its own page, in order.
    let pages: Vec<Vec<String>> = (1..=60)
        .map(|p| (1..=5).map(|l| format!("page {p} line {l}")).collect())
        .collect();
    let read = extract(&pdf_from_pages(&pages), DocumentKind::Pdf)
        .expect("the fixture has text")
        .pages;
    assert_eq!(read.len(), 60);
    for (i, text) in read.iter().enumerate() {
        for l in 1..=5 {
            let line = format!("page {} line {l}", i + 1);
            assert!(text.contains(&line), "page {}: {text:?}", i + 1);
        }
        assert!(!text.contains(&format!("page {} line", i + 2)), "{text:?}");
    }
}
