//! Text extraction: what kind of document an upload really is (by its bytes, not its
//! name), and its text, page by page.
//!
//! PDF goes through `pdf-extract` (on `lopdf`), the most used pure-Rust PDF text
//! extractor: no C library to install, which keeps the quick start to "only Rust".
//! The workspace patches it (`vendor/pdf-extract/PATCHED.md`) so that a document's
//! fonts are parsed once, not once per page.
//! DOCX and HTML are read in `markup.rs`. Extraction runs on the
//! blocking pool with a time budget, and a parser panic is caught and turned into
//! `document_unreadable`: a bad document fails its own job, never the process.

use rfp_shared::failure::FailureCode;
use std::io::Cursor;
use std::time::Duration;

use bytes::Bytes;
use rfp_engine::{HintKind, Layout};
use rfp_shared::ports::DocumentHint;

use super::layout;
use super::markup::{docx_text, html_text};
use super::pdf_lines;

/// The document kinds the service reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DocumentKind {
    Pdf,
    Docx,
    Markdown,
    Html,
    Text,
}

pub const DOCX_CONTENT_TYPE: &str =
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

impl DocumentKind {
    pub fn content_type(self) -> &'static str {
        match self {
            Self::Pdf => "application/pdf",
            Self::Docx => DOCX_CONTENT_TYPE,
            Self::Markdown => "text/markdown",
            Self::Html => "text/html",
            Self::Text => "text/plain",
        }
    }

    pub fn from_content_type(content_type: &str) -> Option<Self> {
        let essence = content_type.split(';').next()?.trim().to_ascii_lowercase();
        match essence.as_str() {
            "application/pdf" => Some(Self::Pdf),
            DOCX_CONTENT_TYPE => Some(Self::Docx),
            "text/markdown" => Some(Self::Markdown),
            "text/html" => Some(Self::Html),
            "text/plain" => Some(Self::Text),
            _ => None,
        }
    }
}

/// Whether `bytes` are a PDF: `%PDF-` first, or (as PDF readers accept) within the
/// first 1,024 bytes of a file that ends with `%%EOF`, so that a text which merely
/// mentions `%PDF-` near its start stays a text.
fn is_pdf(bytes: &[u8]) -> bool {
    if bytes.starts_with(b"%PDF-") {
        return true;
    }
    let head = &bytes[..bytes.len().min(1024)];
    let tail = &bytes[bytes.len().saturating_sub(1024)..];
    head.windows(5).any(|w| w == b"%PDF-") && tail.windows(5).any(|w| w == b"%%EOF")
}

/// What the bytes are, whatever the client called them. `None`: not a kind we read.
pub fn sniff(bytes: &[u8], declared: Option<&str>, filename: Option<&str>) -> Option<DocumentKind> {
    if is_pdf(bytes) {
        return Some(DocumentKind::Pdf);
    }
    if bytes.starts_with(b"PK\x03\x04") {
        let archive = zip::ZipArchive::new(Cursor::new(bytes)).ok()?;
        return archive
            .file_names()
            .any(|n| n.is_ok_and(|n| n == "word/document.xml"))
            .then_some(DocumentKind::Docx);
    }
    let text = std::str::from_utf8(bytes).ok()?;
    // The whole text, not its start: a binary tail after a page of text is not text.
    if text
        .chars()
        .any(|c| c.is_control() && !matches!(c, '\n' | '\r' | '\t' | '\u{c}'))
    {
        return None;
    }
    // (At a character boundary: a multi-byte character may straddle byte 1024.)
    let head_end = text.floor_char_boundary(text.len().min(1024));
    let lower_head = text[..head_end].trim_start().to_ascii_lowercase();
    let looks_like_html = lower_head.starts_with("<!doctype html")
        || lower_head.starts_with("<html")
        || (lower_head.starts_with('<')
            && (lower_head.contains("<body") || lower_head.contains("<head")));
    if looks_like_html {
        return Some(DocumentKind::Html);
    }
    let says_markdown = declared.is_some_and(|d| d.starts_with("text/markdown"))
        || filename.is_some_and(|f| {
            let f = f.to_ascii_lowercase();
            f.ends_with(".md") || f.ends_with(".markdown")
        });
    Some(if says_markdown {
        DocumentKind::Markdown
    } else {
        DocumentKind::Text
    })
}

/// Why a document's text could not be had. Each maps to a stable `error.code`.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ExtractError {
    #[error("the document is encrypted and cannot be opened without its password")]
    Encrypted,
    #[error("the document has no extractable text (a scan or images only?)")]
    NoText,
    #[error("the document is corrupt: {0}")]
    Corrupt(String),
    #[error("the document could not be read: {0}")]
    Unreadable(String),
    #[error("extracting the text took longer than {0:?}")]
    Timeout(Duration),
}

impl ExtractError {
    /// What the message says after its kind: the part a child process sends, so
    /// that the parent's message does not repeat the prefix.
    pub fn detail(&self) -> String {
        match self {
            Self::Corrupt(d) | Self::Unreadable(d) => d.clone(),
            other => other.to_string(),
        }
    }

    pub fn code(&self) -> &'static str {
        match self {
            Self::Encrypted => FailureCode::DocumentEncrypted,
            Self::NoText => FailureCode::DocumentNoText,
            Self::Corrupt(_) => FailureCode::DocumentCorrupt,
            Self::Unreadable(_) => FailureCode::DocumentUnreadable,
            Self::Timeout(_) => FailureCode::DocumentTimeout,
        }
        .as_str()
    }
}

/// A document's text, page by page (one page for formats without pages).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Extracted {
    pub kind: DocumentKind,
    pub pages: Vec<String>,
    /// The document had more text than its cap: pages past it were left out (see
    /// [`cap_pages`]).
    pub truncated: bool,
    /// What the document says about itself (styles, properties; [`layout`]), bounded.
    pub hints: Vec<DocumentHint>,
}

impl Extracted {
    /// The whole text, pages separated by a blank line.
    pub fn text(&self) -> String {
        self.pages.join("\n\n")
    }

    pub fn char_count(&self) -> usize {
        self.pages.iter().map(|p| p.chars().count()).sum()
    }
}

/// Fewer visible characters than this, and the document is taken to have no text.
const MIN_TEXT_CHARS: usize = 16;

/// Extracts on the calling thread, with no cap on the text. Prefer
/// [`extract_isolated`] in services.
pub fn extract(bytes: &[u8], kind: DocumentKind) -> Result<Extracted, ExtractError> {
    extract_capped(bytes, kind, usize::MAX)
}

/// Extracts on the calling thread, keeping at most `max_chars` characters of text.
/// Parsers that build text as they read (DOCX, HTML, plain text) stop soon after the
/// cap, so a small file that inflates to gigabytes of text never gets there.
pub fn extract_capped(
    bytes: &[u8],
    kind: DocumentKind,
    max_chars: usize,
) -> Result<Extracted, ExtractError> {
    // What a parser reads before the exact cut by characters: bytes are at least as
    // many as characters, and most text is mostly one-byte characters.
    let max_bytes = max_chars.saturating_mul(2);
    let mut cut = false;
    let mut hints = Layout::new();
    let pages = match kind {
        DocumentKind::Pdf => pdf_pages(bytes, &mut hints)?,
        DocumentKind::Docx => vec![docx_text(bytes, max_bytes, &mut cut, &mut hints)?],
        DocumentKind::Html => vec![html_text(
            &String::from_utf8_lossy(bytes),
            max_bytes,
            &mut cut,
            &mut hints,
        )],
        DocumentKind::Markdown | DocumentKind::Text => {
            let end = bytes.len().min(max_chars.saturating_mul(4));
            cut = end < bytes.len();
            // A form feed is a page break (as in `pdftotext` output).
            let text = String::from_utf8_lossy(&bytes[..end]);
            let mut pages: Vec<String> = text.split('\u{c}').map(str::to_owned).collect();
            if pages.len() > 1 && pages.last().is_some_and(|p| p.trim().is_empty()) {
                pages.pop();
            }
            if kind == DocumentKind::Markdown {
                hints = layout::markdown_hints(&text);
            }
            pages
        }
    };
    let mut extracted = from_pages(kind, pages)?;
    extracted.truncated = cap_pages(&mut extracted.pages, max_chars) || cut;
    extracted.hints = layout::to_hints(&hints);
    Ok(extracted)
}

/// Keeps the pages that fit in `max_chars` characters: the page that crosses the cap
/// is cut there (at a character boundary) and the pages after it are left out.
/// Returns whether anything was left out.
pub fn cap_pages(pages: &mut Vec<String>, max_chars: usize) -> bool {
    let mut left = max_chars;
    for (i, page) in pages.iter_mut().enumerate() {
        match page.char_indices().nth(left) {
            Some((at, _)) => {
                page.truncate(at);
                pages.truncate(i + 1);
                return true;
            }
            None => left -= page.chars().count(),
        }
    }
    false
}

/// A document from its pages' raw text (a parser's, or OCR's): normalised, and
/// refused as `NoText` if there is next to nothing to read.
pub fn from_pages(kind: DocumentKind, pages: Vec<String>) -> Result<Extracted, ExtractError> {
    let pages: Vec<String> = pages.iter().map(|p| normalize(p)).collect();
    let visible = pages
        .iter()
        .flat_map(|p| p.chars())
        .filter(|c| !c.is_whitespace())
        .count();
    if visible < MIN_TEXT_CHARS {
        return Err(ExtractError::NoText);
    }
    Ok(Extracted {
        kind,
        pages,
        truncated: false,
        hints: Vec::new(),
    })
}

/// Extracts on a thread of its own within `budget`, with no cap on the text; a panic
/// in a parser becomes `Unreadable`.
pub async fn extract_isolated(
    bytes: Bytes,
    kind: DocumentKind,
    budget: Duration,
) -> Result<Extracted, ExtractError> {
    extract_in_thread(bytes, kind, budget, usize::MAX).await
}

/// Extracts on a thread of its own (not tokio's blocking pool, which a stopping
/// runtime waits for) within `budget`, keeping at most `max_chars` characters; a panic
/// in a parser becomes `Unreadable`. On time-out the thread is abandoned (threads
/// cannot be killed) and the job fails at once; a process that stops does not wait
/// for it.
pub async fn extract_in_thread(
    bytes: Bytes,
    kind: DocumentKind,
    budget: Duration,
    max_chars: usize,
) -> Result<Extracted, ExtractError> {
    let span = tracing::Span::current();
    let (tx, rx) = tokio::sync::oneshot::channel();
    std::thread::Builder::new()
        .name("rfp-extract".into())
        .spawn(move || {
            let _entered = span.enter();
            let result = std::panic::catch_unwind(|| extract_capped(&bytes, kind, max_chars));
            let _ = tx.send(result.map_err(|panic| panic_message(panic.as_ref())));
        })
        .map_err(|e| ExtractError::Unreadable(format!("cannot start an extraction thread: {e}")))?;
    match tokio::time::timeout(budget, rx).await {
        Err(_) => Err(ExtractError::Timeout(budget)),
        Ok(Err(_)) => Err(ExtractError::Unreadable(
            "the parser stopped abnormally".into(),
        )),
        Ok(Ok(Err(panic))) => Err(ExtractError::Unreadable(panic)),
        Ok(Ok(Ok(result))) => result,
    }
}

fn panic_message(panic: &(dyn std::any::Any + Send)) -> String {
    panic
        .downcast_ref::<&str>()
        .map(|s| s.to_string())
        .or_else(|| panic.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "the parser panicked".into())
}

fn pdf_pages(bytes: &[u8], hints: &mut Layout) -> Result<Vec<String>, ExtractError> {
    use pdf_extract::{Document, OutputError, PageExtractor, PlainTextOutput};

    let mut doc = Document::load_mem(bytes).map_err(|e| ExtractError::Corrupt(e.to_string()))?;
    if doc.is_encrypted() {
        // Many PDFs are "encrypted" with an empty user password (owner-only
        // restrictions); those open fine. Anything else needs a password we lack.
        doc.decrypt("").map_err(|_| ExtractError::Encrypted)?;
    }
    let count = doc.get_pages().len() as u32;
    if count == 0 {
        return Err(ExtractError::Corrupt("the PDF has no pages".into()));
    }
    *hints = layout::pdf_hints(&doc);
    // Pages are independent: read them on every core, each page's panic caught alone.
    let threads = std::thread::available_parallelism()
        .map_or(1, |n| n.get())
        .min(count as usize)
        .max(1);
    // One bad page (an error, or a panic in the parser on an odd font) should not
    // cost the rest of the document. Each thread keeps one `PageExtractor`, so a font
    // used on many pages is parsed once per thread, not once per page.
    // Every page's lines are measured as its text is read (no second parse; the text
    // output is called exactly as without it): the first pages' large lines, and
    // every page's candidate heading lines.
    type Page = (String, Vec<String>, pdf_lines::PageLines);
    let read_page = |reader: &mut PageExtractor<'_>, n: u32| -> Result<Page, String> {
        let mut text = String::new();
        let mut large = Vec::new();
        let mut headings = pdf_lines::PageLines::default();
        let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            let mut out = PlainTextOutput::new(&mut text);
            let mut measured = pdf_lines::Measured::new(&mut out);
            let read = reader.output_page(&mut measured, n);
            if n <= pdf_lines::LARGE_LINE_PAGES {
                large = measured.large_lines();
            }
            headings = measured.page_lines();
            read
        }));
        match result {
            Ok(Ok(())) => Ok((text, large, headings)),
            Ok(Err(OutputError::PdfError(e))) => Err(e.to_string()),
            Ok(Err(other)) => Err(other.to_string()),
            Err(panic) => Err(panic_message(panic.as_ref())),
        }
    };
    let mut results: Vec<(u32, Result<Page, String>)> = std::thread::scope(|scope| {
        let workers: Vec<_> = (0..threads as u32)
            .map(|t| {
                let (read_page, doc) = (&read_page, &doc);
                scope.spawn(move || {
                    let mut reader = PageExtractor::new(doc);
                    (1..=count)
                        .filter(|n| (n - 1) % threads as u32 == t)
                        .map(|n| (n, read_page(&mut reader, n)))
                        .collect::<Vec<_>>()
                })
            })
            .collect();
        workers
            .into_iter()
            .flat_map(|w| w.join().unwrap_or_default())
            .collect()
    });
    // Every page answers once; a page whose thread died (it cannot, panics are caught
    // per page) would count as unreadable rather than shift the others.
    let mut by_page: Vec<Result<Page, String>> =
        vec![Err("the page was not read".into()); count as usize];
    for (n, result) in results.drain(..) {
        by_page[n as usize - 1] = result;
    }
    let mut pages = Vec::with_capacity(count as usize);
    let mut page_lines = Vec::with_capacity(count as usize);
    let mut failures = 0;
    let mut last_error = None;
    for result in by_page {
        match result {
            Ok((text, large, headings)) => {
                for line in large {
                    hints.push(HintKind::Large, &line);
                }
                pages.push(text);
                page_lines.push(headings);
            }
            Err(e) => {
                failures += 1;
                last_error = Some(e);
                pages.push(String::new());
            }
        }
    }
    if failures == count {
        return Err(ExtractError::Unreadable(last_error.unwrap_or_default()));
    }
    for (level, text) in pdf_lines::heading_lines(&page_lines) {
        hints.push_heading(level, &text);
    }
    Ok(pages)
}

/// Tidies extracted text: trailing spaces and runs of spaces go, words hyphenated
/// across a line break are joined, and more than one blank line becomes one. Control
/// characters go too, whatever brought them (a parser, OCR, an HTML entity such as
/// `&#27;` decoded past the upload's check of the raw bytes): a bare CR or a vertical
/// tab is a space, a tab stays, the rest (ESC, NUL, the C1 range) is dropped, so no
/// quote carries an escape sequence to a terminal or forges a line in an export.
pub fn normalize(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut blank_run = 0;
    let mut join_next = false;
    for raw in text.lines() {
        let mut line = String::with_capacity(raw.len());
        let mut space = false;
        for c in raw.trim_end().chars() {
            let c = match c {
                '\r' | '\u{b}' | '\u{c}' => ' ',
                '\t' => '\t',
                c if c.is_control() => continue,
                c => c,
            };
            if c == ' ' || c == '\u{a0}' {
                if !space {
                    line.push(' ');
                }
                space = true;
            } else {
                line.push(c);
                space = false;
            }
        }
        if line.trim().is_empty() {
            blank_run += 1;
            join_next = false;
            if blank_run == 1 && !out.is_empty() {
                out.push('\n');
            }
            continue;
        }
        blank_run = 0;
        if join_next && line.trim_start().starts_with(|c: char| c.is_lowercase()) {
            out.pop(); // the newline
            out.pop(); // the hyphen
            out.push_str(line.trim_start());
        } else {
            out.push_str(&line);
        }
        let chars: Vec<char> = out.chars().rev().take(2).collect();
        join_next = chars.len() == 2 && chars[0] == '-' && chars[1].is_alphabetic();
        out.push('\n');
    }
    out.trim_end().to_owned()
}

impl rfp_shared::ports::JobFailure for ExtractError {
    fn code(&self) -> &'static str {
        ExtractError::code(self)
    }

    /// A document that cannot be read now cannot be read on the next delivery.
    fn retryable(&self) -> bool {
        false
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_kind_comes_from_the_bytes_not_the_name() {
        assert_eq!(
            sniff(b"%PDF-1.7\n...", None, Some("rfp.txt")),
            Some(DocumentKind::Pdf)
        );
        assert_eq!(
            sniff(
                b"MZ\x90\x00\x03\x00\x00\x00",
                Some("application/pdf"),
                Some("rfp.pdf")
            ),
            None
        );
        assert_eq!(
            sniff(b"# Call\nText", Some("text/markdown"), None),
            Some(DocumentKind::Markdown)
        );
        assert_eq!(
            sniff(b"Plain RFP text", None, Some("rfp.txt")),
            Some(DocumentKind::Text)
        );
        assert_eq!(
            sniff(b"<!DOCTYPE html><html>", None, None),
            Some(DocumentKind::Html)
        );
        assert_eq!(sniff(b"PK\x03\x04garbage", None, Some("a.docx")), None);
        let accents = format!("a{}", "é".repeat(600));
        assert_eq!(
            sniff(accents.as_bytes(), None, None),
            Some(DocumentKind::Text)
        );
    }

    #[test]
    fn a_text_that_mentions_a_pdf_header_is_a_text() {
        let text =
            b"Notes on file formats: every PDF starts with %PDF-1.7 and ends with a trailer.";
        assert_eq!(sniff(text, None, None), Some(DocumentKind::Text));
        let mut late_header = b"\r\n\r\n%PDF-1.4\n1 0 obj\n".to_vec();
        late_header.extend_from_slice(b"trailer\n%%EOF\n");
        assert_eq!(sniff(&late_header, None, None), Some(DocumentKind::Pdf));
    }

    #[test]
    fn control_bytes_anywhere_make_it_not_a_text() {
        let mut text = "Request for proposals. ".repeat(10_000).into_bytes();
        text.extend_from_slice(b"\x00\x01\x02 binary");
        assert_eq!(sniff(&text, None, Some("rfp.txt")), None);
    }

    #[test]
    fn deep_html_is_read_without_recursion() {
        let depth = 100_000;
        let html = format!(
            "<html><body>{}Deadline: 15 March 2027{}</body></html>",
            "<b>".repeat(depth),
            "</b>".repeat(depth)
        );
        // A thread with less stack than the default: the walk must not use the
        // stack in proportion to the nesting.
        let text = std::thread::Builder::new()
            .stack_size(512 * 1024)
            .spawn(move || extract(html.as_bytes(), DocumentKind::Html).map(|e| e.text()))
            .unwrap()
            .join()
            .expect("no stack overflow")
            .unwrap();
        assert!(text.contains("Deadline: 15 March 2027"), "{text}");
    }

    #[test]
    fn text_past_the_cap_is_left_out_and_said() {
        let pages = "Page text. ".repeat(100);
        let text = [pages.as_str(); 5].join("\u{c}");
        let e = extract_capped(text.as_bytes(), DocumentKind::Text, 2_500).unwrap();
        assert!(e.truncated);
        assert_eq!(e.pages.len(), 3, "two whole pages and the cut third");
        assert_eq!(e.char_count(), 2_500);
        let whole = extract_capped(text.as_bytes(), DocumentKind::Text, 1_000_000).unwrap();
        assert!(!whole.truncated);
        assert_eq!(whole.pages.len(), 5);
    }

    #[test]
    fn a_docx_that_inflates_is_read_only_up_to_the_cap() {
        use std::io::Write;
        // 20 million characters of text in a file of a few tens of kilobytes.
        let mut buf = Cursor::new(Vec::new());
        {
            let mut zip = zip::ZipWriter::new(&mut buf);
            zip.start_file(
                "word/document.xml",
                zip::write::SimpleFileOptions::default(),
            )
            .unwrap();
            zip.write_all(br#"<w:document xmlns:w="w"><w:body><w:p><w:r><w:t>"#)
                .unwrap();
            let chunk = "All work and no play. ".repeat(50_000);
            for _ in 0..20 {
                zip.write_all(chunk.as_bytes()).unwrap();
            }
            zip.write_all(b"</w:t></w:r></w:p></w:body></w:document>")
                .unwrap();
            zip.finish().unwrap();
        }
        let bytes = buf.into_inner();
        assert!(bytes.len() < 200 * 1024, "{} bytes", bytes.len());
        let e = extract_capped(&bytes, DocumentKind::Docx, 100_000).unwrap();
        assert!(e.truncated);
        assert!(e.char_count() <= 100_000, "{}", e.char_count());
    }

    #[test]
    fn html_gives_its_visible_text_only() {
        let html = br#"<!DOCTYPE html><html><head><title>T</title><style>p{color:red}</style>
<script>var secret = 1;</script></head><body><h1>Call for
Proposals</h1><p>Deadline: <b>15 March 2027</b>.</p><ul><li>One</li><li>Two</li></ul>
<table><tr><td>Relevance</td><td>30 points</td></tr></table><noscript>enable js</noscript>
<div hidden>not shown</div></body></html>"#;
        let text = extract(html, DocumentKind::Html).unwrap().text();
        assert!(text.contains("Call for Proposals"), "{text}");
        assert!(text.contains("Deadline: 15 March 2027."), "{text}");
        assert!(text.contains("- One\n") && text.contains("- Two"), "{text}");
        assert!(text.contains("Relevance | 30 points"), "{text}");
        for hidden in ["secret", "color:red", "enable js", "not shown", "<"] {
            assert!(!text.contains(hidden), "{hidden:?} leaked: {text}");
        }
    }

    #[test]
    fn control_characters_decoded_from_html_entities_do_not_reach_the_text() {
        // The raw bytes are plain text (the upload's check passes them); the entities
        // decode to ESC, CR, NUL, BEL and a C1 CSI.
        let html = b"<html><body><h1>Call&#27;[2J&#27;]0;pwned&#7;</h1>\
<p>Deadline: 15 March 2027&#13;END:VEVENT &#0;&#x9b;31m</p></body></html>";
        assert!(sniff(html, Some("text/html"), None).is_some());
        let text = extract(html, DocumentKind::Html).unwrap().text();
        assert!(
            !text.chars().any(|c| c.is_control() && c != '\n'),
            "{text:?}"
        );
        assert!(text.contains("Call[2J]0;pwned"), "{text:?}");
        assert!(text.contains("15 March 2027 END:VEVENT"), "{text:?}");
    }

    #[test]
    fn hyphenated_line_breaks_are_joined_and_blank_runs_folded() {
        let text = "The pro-\ngramme   funds\n\n\n\nrural  areas.  \nWell-\nKnown stays";
        assert_eq!(
            normalize(text),
            "The programme funds\n\nrural areas.\nWell-\nKnown stays"
        );
    }

    #[test]
    fn a_document_without_text_is_refused_with_its_code() {
        let e = extract(b"   \n\n  ", DocumentKind::Text).unwrap_err();
        assert_eq!(e.code(), "document_no_text");
        let e = extract(b"%PDF-1.4 garbage", DocumentKind::Pdf).unwrap_err();
        assert_eq!(e.code(), "document_corrupt");
    }

    /// A DOCX of `body` paragraphs (already WordprocessingML), with `numbering` and
    /// `styles` parts when given.
    fn docx(body: &str, numbering: Option<&str>, styles: Option<&str>) -> Vec<u8> {
        use std::io::Write;
        let mut buf = Cursor::new(Vec::new());
        {
            let mut zip = zip::ZipWriter::new(&mut buf);
            let o = zip::write::SimpleFileOptions::default();
            zip.start_file("word/document.xml", o).unwrap();
            write!(
                zip,
                r#"<?xml version="1.0"?><w:document xmlns:w="w"><w:body>{body}</w:body></w:document>"#
            )
            .unwrap();
            for (name, part) in [
                ("word/numbering.xml", numbering),
                ("word/styles.xml", styles),
            ] {
                if let Some(part) = part {
                    zip.start_file(name, o).unwrap();
                    zip.write_all(part.as_bytes()).unwrap();
                }
            }
            zip.finish().unwrap();
        }
        buf.into_inner()
    }

    #[test]
    fn docx_list_items_keep_the_bullets_and_numbers_word_draws() {
        let numbering = r#"<w:numbering xmlns:w="w">
<w:abstractNum w:abstractNumId="4"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="&#61623;"/></w:lvl></w:abstractNum>
<w:abstractNum w:abstractNumId="5"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>
<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2"/></w:lvl></w:abstractNum>
<w:abstractNum w:abstractNumId="6"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%1)"/></w:lvl></w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="4"/></w:num>
<w:num w:numId="2"><w:abstractNumId w:val="5"/></w:num>
<w:num w:numId="3"><w:abstractNumId w:val="6"/></w:num>
</w:numbering>"#;
        // Heading 1 and 2 are numbered by their styles, as Word's outline lists are;
        // their level places them, their number is left out.
        let styles = r#"<w:styles xmlns:w="w">
<w:style w:styleId="Heading1"><w:name w:val="heading 1"/><w:pPr><w:numPr><w:numId w:val="2"/></w:numPr></w:pPr></w:style>
<w:style w:styleId="Heading2"><w:name w:val="heading 2"/><w:pPr><w:numPr><w:ilvl w:val="1"/><w:numId w:val="2"/></w:numPr></w:pPr></w:style>
</w:styles>"#;
        let p = |style: &str, num: Option<(u8, u8)>, text: &str| {
            let style = if style.is_empty() {
                String::new()
            } else {
                format!(r#"<w:pStyle w:val="{style}"/>"#)
            };
            let num = num.map_or(String::new(), |(id, l)| {
                format!(r#"<w:numPr><w:ilvl w:val="{l}"/><w:numId w:val="{id}"/></w:numPr>"#)
            });
            format!(r#"<w:p><w:pPr>{style}{num}</w:pPr><w:r><w:t>{text}</w:t></w:r></w:p>"#)
        };
        let body = [
            p("Heading1", None, "Instructions to tenderers"),
            p("Heading2", None, "Documents to enclose"),
            p("", None, "Each tender comprises the following documents:"),
            p("", Some((1, 0)), "a copy of the trade register entry;"),
            p("", Some((1, 0)), "a signed declaration of honour;"),
            p(
                "",
                Some((1, 0)),
                "three references for similar cleaning contracts.",
            ),
            p("Heading2", None, "Language"),
            p("", Some((3, 0)), "Tenders are written in English."),
            p("", Some((3, 0)), "Prices are quoted in euros."),
            // A plain paragraph numbered "2." (its own numPr, no heading style).
            p("", Some((2, 0)), "Annexes"),
        ]
        .concat();
        let bytes = docx(&body, Some(numbering), Some(styles));
        let text = extract(&bytes, DocumentKind::Docx).unwrap().text();
        let lines: Vec<&str> = text.lines().filter(|l| !l.trim().is_empty()).collect();
        assert_eq!(
            lines,
            [
                "Instructions to tenderers",
                "Documents to enclose",
                "Each tender comprises the following documents:",
                "• a copy of the trade register entry;",
                "• a signed declaration of honour;",
                "• three references for similar cleaning contracts.",
                "Language",
                "a) Tenders are written in English.",
                "b) Prices are quoted in euros.",
                "1. Annexes",
            ]
        );
        // Each item is now a row of the matrix of its own, under its numbered heading.
        let e = extract(&bytes, DocumentKind::Docx).unwrap();
        let layout = crate::extraction::layout::to_layout(&e.hints);
        let a = rfp_engine::analyze_document(&e.pages, &layout, &rfp_engine::StopFlag::default())
            .unwrap();
        let rows: Vec<String> = a["extracted_data"]["requirements"]
            .as_array()
            .unwrap()
            .iter()
            .map(|r| r["text"].as_str().unwrap_or("").to_owned())
            .collect();
        let items = [
            "a copy of the trade register entry",
            "a signed declaration of honour",
            "three references for similar cleaning contracts",
        ];
        for item in items {
            let holding: Vec<&String> = rows.iter().filter(|r| r.contains(item)).collect();
            assert_eq!(holding.len(), 1, "{item} in {rows:#?}");
            assert!(
                items
                    .iter()
                    .all(|other| other == &item || !holding[0].contains(other)),
                "{item} merged with another item: {rows:#?}"
            );
        }
    }

    #[test]
    fn docx_paragraphs_and_tables_become_lines() {
        use std::io::Write;
        let mut buf = Cursor::new(Vec::new());
        {
            let mut zip = zip::ZipWriter::new(&mut buf);
            zip.start_file(
                "word/document.xml",
                zip::write::SimpleFileOptions::default(),
            )
            .unwrap();
            zip.write_all(br#"<?xml version="1.0"?><w:document xmlns:w="w"><w:body>
<w:p><w:r><w:t>Call for Proposals &amp; Grants</w:t></w:r></w:p>
<w:tbl><w:tr><w:tc><w:p><w:r><w:t>Deadline</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>15 March 2027</w:t></w:r></w:p></w:tc></w:tr></w:tbl>
</w:body></w:document>"#).unwrap();
            for (name, text) in [
                ("word/header1.xml", "Ref. NVRDA-2027"),
                ("word/header2.xml", "Ref. NVRDA-2027"),
                ("word/footer1.xml", "Page footer"),
            ] {
                zip.start_file(name, zip::write::SimpleFileOptions::default())
                    .unwrap();
                zip.write_all(
                    format!(
                        r#"<w:hdr xmlns:w="w"><w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:hdr>"#
                    )
                    .as_bytes(),
                )
                .unwrap();
            }
            zip.finish().unwrap();
        }
        let bytes = buf.into_inner();
        assert_eq!(sniff(&bytes, None, None), Some(DocumentKind::Docx));
        let text = extract(&bytes, DocumentKind::Docx).unwrap().text();
        assert!(text.contains("Call for Proposals & Grants"), "{text}");
        assert!(text.contains("Deadline"), "{text}");
        assert!(text.contains("15 March 2027"), "{text}");
        assert!(text.starts_with("Ref. NVRDA-2027\n"), "{text}");
        assert_eq!(text.matches("Ref. NVRDA-2027").count(), 1, "{text}");
        assert!(text.trim_end().ends_with("Page footer"), "{text}");
    }
}
