//! Reading scanned pages (`RFP_OCR`). Two engines sit behind one [`Ocr`] port:
//!
//! - [`tesseract`]: the local Tesseract, on either backend. Every PDF page without a
//!   usable text layer ([`needs_ocr`]) is rendered by poppler's `pdftoppm` and read;
//!   the pages with text keep it, so a mixed document comes out whole and in order.
//! - [`textract`]: Amazon Textract, on the AWS backend, for PDFs with no text layer at
//!   all (it reads a whole document from S3 and bills every page, so it is not asked
//!   about the odd blank page of a typed document).
//!
//! [`complete`] is the one place the worker calls: it takes what the text layer gave
//! and returns the document with its scanned pages read, and a [`Report`] of which.

pub mod tesseract;
pub mod textract;

use std::sync::Arc;
use std::time::Duration;

use async_trait::async_trait;
use bytes::Bytes;
use tracing::info;

use rfp_shared::failure::FailureCode;
use rfp_shared::ids::BlobKey;
use rfp_shared::settings::{OcrKind, Settings, SettingsError};

use crate::extract::{self, DocumentKind, ExtractError, Extracted};

pub use tesseract::Tesseract;
pub use textract::Textract;

/// Why OCR gave no text.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum OcrError {
    /// The OCR engine read the request and refused the document (unsupported or
    /// damaged, too large, too many pages, past its memory): trying again would not
    /// help.
    #[error("OCR refused the document: {0}")]
    Rejected(String),
    /// The OCR service could not be reached or was busy past its retries.
    #[error("OCR is unavailable: {0}")]
    Unavailable(String),
    #[error("OCR took longer than {0:?} to read the document (RFP_OCR_TIMEOUT_SECS)")]
    Timeout(Duration),
    /// One page took longer than its budget (`RFP_OCR_PAGE_TIMEOUT_SECS`).
    #[error("page {page} took longer than {limit:?} to read with OCR (RFP_OCR_PAGE_TIMEOUT_SECS)")]
    PageTimeout { page: usize, limit: Duration },
    /// The document's OCR programs used its CPU allowance between them (Tesseract:
    /// `RFP_OCR_TIMEOUT_SECS` of CPU time), page `page` being read when it ran out.
    #[error(
        "reading the scanned pages used {:.1} s of CPU (page {page} was being read), past the document's allowance of {} s (RFP_OCR_TIMEOUT_SECS, in CPU time: pages read at once spend it together)",
        .used.as_secs_f64(),
        .limit.as_secs()
    )]
    Cpu {
        page: usize,
        used: Duration,
        limit: Duration,
    },
}

impl rfp_shared::ports::JobFailure for OcrError {
    fn code(&self) -> &'static str {
        match self {
            Self::Rejected(_) => FailureCode::DocumentOcrFailed,
            Self::Unavailable(_) => FailureCode::OcrUnavailable,
            Self::Timeout(_) | Self::PageTimeout { .. } | Self::Cpu { .. } => {
                FailureCode::DocumentTimeout
            }
        }
        .as_str()
    }

    /// Only an engine out of reach may answer on another delivery.
    fn retryable(&self) -> bool {
        matches!(self, Self::Unavailable(_))
    }
}

/// A document to read: where it is stored (Textract reads it there), its bytes
/// (Tesseract reads them), and which pages.
#[derive(Debug, Clone, Copy)]
pub struct Scan<'a> {
    pub key: &'a BlobKey,
    /// The document's SHA-256: reading the same document again may reuse the first
    /// reading.
    pub token: &'a str,
    pub bytes: &'a Bytes,
    /// The pages to read (0-based); `None`: every page.
    pub pages: Option<&'a [usize]>,
    /// Whose document: one owner's pages take at most its share of the page slots
    /// (`RFP_OWNER_MAX_IN_FLIGHT`), as its jobs do; `None` outside a job.
    pub owner: Option<&'a str>,
}

/// What an engine read: one entry per page of the document, `None` for a page it did
/// not read.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PagesRead {
    pub pages: Vec<Option<String>>,
    /// Pages asked for but left out (past `RFP_OCR_MAX_PAGES`).
    pub skipped: usize,
}

/// Reads the text of the pages of a stored document that have no text layer.
#[async_trait]
pub trait Ocr: Send + Sync {
    /// Recorded in the result's `meta.ocr`.
    fn name(&self) -> &'static str;

    /// Whether the engine reads single pages of a document that has a text layer
    /// elsewhere (Tesseract), or only documents with no text layer at all (Textract).
    fn reads_pages(&self) -> bool;

    async fn read(&self, scan: Scan<'_>) -> Result<PagesRead, OcrError>;
}

/// Which pages OCR read, for the result's `meta`.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Report {
    /// The engine (`tesseract`, `textract`).
    pub engine: String,
    /// The pages whose text is OCR's (1-based).
    pub pages: Vec<usize>,
    /// Pages that needed OCR and were left out (past `RFP_OCR_MAX_PAGES`).
    #[serde(default, skip_serializing_if = "is_zero")]
    pub skipped: usize,
}

fn is_zero(n: &usize) -> bool {
    *n == 0
}

/// Fewer letters and digits than this on a page and its text layer is not believed
/// to be the page: a scan with a stamped page number, a header, or nothing.
pub const MIN_PAGE_ALPHANUMERICS: usize = 12;

/// Whether a page's text layer is not the page's text, so the page is read with OCR:
///
/// - it has fewer than [`MIN_PAGE_ALPHANUMERICS`] letters and digits (no text, or a
///   scanned page with a stamped number or a one-word header); or
/// - it is glyph noise: fewer than half of its visible characters are letters,
///   digits or ordinary punctuation, or more than a tenth are replacement, private-use
///   or control characters (fonts whose codes map to no Unicode).
///
/// Letters of every script count, so a short page in Arabic or Greek is text.
pub fn needs_ocr(text: &str) -> bool {
    let mut visible = 0usize;
    let mut alphanumeric = 0usize;
    let mut plain = 0usize;
    let mut junk = 0usize;
    for c in text.chars().filter(|c| !c.is_whitespace()) {
        visible += 1;
        if c.is_alphanumeric() {
            alphanumeric += 1;
            plain += 1;
        } else if c.is_ascii_punctuation() || is_common_mark(c) {
            plain += 1;
        } else if c == '\u{fffd}' || c.is_control() || is_private_use(c) {
            junk += 1;
        }
    }
    alphanumeric < MIN_PAGE_ALPHANUMERICS || plain * 2 < visible || junk * 10 > visible
}

/// Punctuation and signs of ordinary prose beyond ASCII (quotes, dashes, currency,
/// the marks that combine with letters).
fn is_common_mark(c: char) -> bool {
    matches!(c,
        '\u{2010}'..='\u{2027}' | '\u{00a1}'..='\u{00bf}' | '\u{20a0}'..='\u{20bf}'
        | '\u{0300}'..='\u{036f}' | '\u{064b}'..='\u{065f}' | '\u{00d7}' | '\u{00f7}'
        | '\u{2030}'..='\u{205e}' | '\u{2100}'..='\u{214f}' | '\u{2190}'..='\u{21ff}'
        | '\u{2200}'..='\u{22ff}')
}

fn is_private_use(c: char) -> bool {
    matches!(c, '\u{e000}'..='\u{f8ff}' | '\u{f0000}'..='\u{10ffff}')
}

/// The pages of a text layer that need OCR (0-based). The last page of a text cut at
/// the cap is not one of them: it is short because it was cut.
pub fn pages_needing_ocr(extracted: &Extracted) -> Vec<usize> {
    let last = extracted.pages.len().saturating_sub(1);
    extracted
        .pages
        .iter()
        .enumerate()
        .filter(|&(i, page)| !(extracted.truncated && i == last) && needs_ocr(page))
        .map(|(i, _)| i)
        .collect()
}

/// How many letters and digits a text has.
fn alphanumerics(text: &str) -> usize {
    text.chars().filter(|c| c.is_alphanumeric()).count()
}

/// The document with its scanned pages read by `ocr`: `layer` is what its text layer
/// gave. A page takes OCR's text when OCR read more letters and digits on it than the
/// layer has, so a page that is really short keeps its layer.
pub async fn complete(
    ocr: &dyn Ocr,
    scan: Scan<'_>,
    layer: Result<Extracted, ExtractError>,
    max_chars: usize,
) -> Result<(Extracted, Option<Report>), OcrFailure> {
    let (base, wanted) = match layer {
        Ok(extracted) if ocr.reads_pages() => {
            let wanted = pages_needing_ocr(&extracted);
            if wanted.is_empty() {
                return Ok((extracted, None));
            }
            (Some(extracted), Some(wanted))
        }
        Ok(extracted) => return Ok((extracted, None)),
        Err(ExtractError::NoText) => (None, None),
        Err(e) => return Err(OcrFailure::Extract(e)),
    };
    info!(
        ocr = ocr.name(),
        pages = wanted.as_ref().map_or(0, Vec::len),
        whole = wanted.is_none(),
        "Reading scanned pages with OCR."
    );
    let started = std::time::Instant::now();
    let read = ocr
        .read(Scan {
            pages: wanted.as_deref(),
            ..scan
        })
        .await
        .map_err(OcrFailure::Ocr)?;
    metrics::histogram!("rfp_stage_duration_seconds", "stage" => "ocr")
        .record(started.elapsed().as_secs_f64());

    let mut report = Report {
        engine: ocr.name().to_owned(),
        pages: Vec::new(),
        skipped: read.skipped,
    };
    // The text layer's hints (the PDF's properties) stay with the pages OCR completes.
    let (mut pages, hints) = base.map_or_else(Default::default, |b| (b.pages, b.hints));
    if pages.len() < read.pages.len() && wanted.is_none() {
        pages.resize(read.pages.len(), String::new());
    }
    for (i, text) in read.pages.into_iter().enumerate() {
        let Some(text) = text else { continue };
        let Some(page) = pages.get_mut(i) else {
            continue;
        };
        if wanted.as_ref().is_some_and(|w| !w.contains(&i)) {
            continue;
        }
        if alphanumerics(&text) > alphanumerics(page) {
            *page = text;
            report.pages.push(i + 1);
        }
    }
    metrics::counter!("rfp_ocr_pages_total", "engine" => ocr.name())
        .increment(report.pages.len() as u64);
    let mut extracted = extract::from_pages(DocumentKind::Pdf, pages).map_err(|_| {
        OcrFailure::NoText(format!(
            "the document has no text layer, and {} found no text in it either",
            ocr.name()
        ))
    })?;
    extracted.truncated = extract::cap_pages(&mut extracted.pages, max_chars);
    extracted.hints = hints;
    Ok((extracted, Some(report)))
}

impl rfp_shared::ports::JobFailure for OcrFailure {
    fn code(&self) -> &'static str {
        match self {
            Self::Extract(e) => e.code(),
            Self::Ocr(e) => rfp_shared::ports::JobFailure::code(e),
            Self::NoText(_) => FailureCode::DocumentNoText.as_str(),
        }
    }

    fn retryable(&self) -> bool {
        match self {
            Self::Ocr(e) => rfp_shared::ports::JobFailure::retryable(e),
            Self::Extract(_) | Self::NoText(_) => false,
        }
    }
}

/// Why [`complete`] gave no document.
#[derive(Debug, thiserror::Error)]
pub enum OcrFailure {
    /// The text layer could not be read at all (not a missing layer).
    #[error(transparent)]
    Extract(ExtractError),
    #[error(transparent)]
    Ocr(OcrError),
    /// OCR read the document and found nothing either (`document_no_text`).
    #[error("{0}")]
    NoText(String),
}

/// The OCR the settings ask for (`RFP_OCR`), if any, said in the log. Tesseract's
/// programs and languages are checked here, so with `tesseract` a missing one stops
/// start-up rather than a job; with `auto` (the default) it means no OCR, and the log
/// says why.
pub async fn connect(settings: &Settings) -> Result<Option<Arc<dyn Ocr>>, SettingsError> {
    let languages = &settings.ocr_languages;
    match settings.ocr {
        OcrKind::Off => {
            tracing::info!(
                ocr = "off",
                "OCR is off (RFP_OCR=off): a PDF without a text layer fails with document_no_text."
            );
            Ok(None)
        }
        OcrKind::Auto => Ok(match Tesseract::from_settings(settings) {
            Ok(t) => {
                tracing::info!(ocr = "tesseract", %languages, "OCR chose Tesseract (RFP_OCR=auto): it is installed with its languages.");
                Some(Arc::new(t))
            }
            Err(e) => {
                tracing::info!(ocr = "off", reason = %e, "OCR is off (RFP_OCR=auto): Tesseract cannot run here.");
                None
            }
        }),
        OcrKind::Tesseract => {
            let t = Tesseract::from_settings(settings)?;
            tracing::info!(ocr = "tesseract", %languages, "OCR is Tesseract (RFP_OCR=tesseract).");
            Ok(Some(Arc::new(t)))
        }
        OcrKind::Textract => {
            let config = rfp_shared::aws::config_with_region(
                "RFP_OCR=textract (the region of Textract and the bucket)",
            )
            .await?;
            Ok(Some(Arc::new(Textract::new(&config, settings))))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_page_with_real_text_keeps_its_layer() {
        assert!(!needs_ocr(
            "Proposals must be submitted by 15 March 2027 at 12:00 noon."
        ));
        // Short, but text, in another script.
        assert!(!needs_ocr("حَبيبي habibi حَبيبي"));
        assert!(!needs_ocr("Τεχνικές προδιαγραφές"));
        assert!(!needs_ocr("Offre — « délai » : 30 jours, 5 000 €."));
    }

    #[test]
    fn an_empty_or_stamped_page_needs_ocr() {
        assert!(needs_ocr(""));
        assert!(needs_ocr("   \n\n "));
        assert!(needs_ocr("Page 3 of 10"));
        assert!(needs_ocr("- 7 -"));
    }

    #[test]
    fn glyph_noise_needs_ocr() {
        assert!(needs_ocr(&"\u{e001}\u{e017}\u{e002} ".repeat(40)));
        assert!(needs_ocr(
            &"\u{fffd}\u{fffd}ab\u{fffd}\u{fffd}cd ".repeat(20)
        ));
        assert!(needs_ocr(&"▯▯▯ ⌧⌧ ".repeat(30).replace(' ', "x ")));
        // Mostly text with a stray bad glyph is text.
        assert!(!needs_ocr(&format!(
            "{} \u{fffd}",
            "The tender closes on 3 May. ".repeat(5)
        )));
    }

    #[test]
    fn the_cut_last_page_is_not_read_again() {
        let extracted = Extracted {
            kind: DocumentKind::Pdf,
            pages: vec![
                "".into(),
                "Some real text on the page here.".into(),
                "Ab".into(),
            ],
            truncated: true,
            hints: Vec::new(),
        };
        assert_eq!(pages_needing_ocr(&extracted), vec![0]);
        let whole = Extracted {
            truncated: false,
            hints: Vec::new(),
            ..extracted
        };
        assert_eq!(pages_needing_ocr(&whole), vec![0, 2]);
    }

    /// An engine that reads each asked page as a fixed text.
    struct Echo(&'static str, bool);

    #[async_trait]
    impl Ocr for Echo {
        fn name(&self) -> &'static str {
            "echo"
        }
        fn reads_pages(&self) -> bool {
            self.1
        }
        async fn read(&self, scan: Scan<'_>) -> Result<PagesRead, OcrError> {
            let n = 3;
            let pages = (0..n)
                .map(|i| {
                    scan.pages
                        .is_none_or(|p| p.contains(&i))
                        .then(|| format!("{} {}", self.0, i + 1))
                })
                .collect();
            Ok(PagesRead { pages, skipped: 0 })
        }
    }

    fn scan_of(bytes: &Bytes) -> Scan<'_> {
        static KEY: std::sync::OnceLock<BlobKey> = std::sync::OnceLock::new();
        Scan {
            key: KEY.get_or_init(|| BlobKey::parse("k").unwrap()),
            token: "t",
            bytes,
            pages: None,
            owner: None,
        }
    }

    #[tokio::test]
    async fn a_mixed_document_comes_out_whole_and_in_order() {
        let bytes = Bytes::new();
        let layer = Ok(Extracted {
            kind: DocumentKind::Pdf,
            pages: vec![
                "Typed page one with plenty of words on it.".into(),
                String::new(),
                "Typed page three, also with enough words.".into(),
            ],
            truncated: false,
            hints: Vec::new(),
        });
        let ocr = Echo("Scanned words on page number", true);
        let (doc, report) = complete(&ocr, scan_of(&bytes), layer, usize::MAX)
            .await
            .unwrap();
        assert_eq!(doc.pages[0], "Typed page one with plenty of words on it.");
        assert_eq!(doc.pages[1], "Scanned words on page number 2");
        assert_eq!(doc.pages[2], "Typed page three, also with enough words.");
        let report = report.unwrap();
        assert_eq!((report.engine.as_str(), report.pages), ("echo", vec![2]));
    }

    #[tokio::test]
    async fn a_typed_document_is_not_sent_to_ocr_and_a_whole_scan_is() {
        let bytes = Bytes::new();
        let typed = Extracted {
            kind: DocumentKind::Pdf,
            pages: vec!["A typed page with enough words to be believed.".into()],
            truncated: false,
            hints: Vec::new(),
        };
        let ocr = Echo("never", true);
        let (doc, report) = complete(&ocr, scan_of(&bytes), Ok(typed.clone()), usize::MAX)
            .await
            .unwrap();
        assert_eq!((doc, report), (typed, None));

        // Textract only reads documents with no layer at all.
        let textract_like = Echo("Whole scan read on page", false);
        let mixed = Extracted {
            kind: DocumentKind::Pdf,
            pages: vec![
                "A typed page with enough words to be believed.".into(),
                "".into(),
            ],
            truncated: false,
            hints: Vec::new(),
        };
        let (_, report) = complete(&textract_like, scan_of(&bytes), Ok(mixed), usize::MAX)
            .await
            .unwrap();
        assert_eq!(report, None);
        let (doc, report) = complete(
            &textract_like,
            scan_of(&bytes),
            Err(ExtractError::NoText),
            usize::MAX,
        )
        .await
        .unwrap();
        assert_eq!(doc.pages.len(), 3);
        assert_eq!(report.unwrap().pages, vec![1, 2, 3]);
    }

    #[tokio::test]
    async fn ocr_text_is_capped_like_any_text() {
        let bytes = Bytes::new();
        let ocr = Echo("Scanned words on page number", true);
        let (doc, _) = complete(&ocr, scan_of(&bytes), Err(ExtractError::NoText), 40)
            .await
            .unwrap();
        assert!(doc.truncated);
        assert_eq!(
            doc.pages.iter().map(|p| p.chars().count()).sum::<usize>(),
            40
        );
    }
}
