//! A document's text: read from the blob store's cache when an earlier analysis kept
//! it, or fetched, extracted in the sandbox, completed by OCR, and kept when that was
//! slow (`RFP_TEXT_CACHE_MIN_MS`).

use std::time::Instant;

use tracing::{info, warn};

use rfp_shared::domain::{DocumentRef, JobMessage, Stage};
use rfp_shared::failure::FailureCode;
use rfp_shared::ids::BlobKey;
use rfp_shared::ports::BlobError;
use rfp_shared::telemetry::error_chain;

use super::{Failure, Stop, Worker};
use crate::extract::{self, DocumentKind, Extracted};

/// The version of what extraction writes. A kept text of another version is
/// extracted again, since it lacks what extraction learnt since (2: DOCX list items
/// keep the bullets and numbers Word draws; texts kept before had no version).
const EXTRACTION_VERSION: u32 = 2;

/// A document's extracted text as kept in the blob store
/// (`text/<proposal>/<sha256>.json`, deleted with the proposal).
#[derive(serde::Serialize, serde::Deserialize)]
struct CachedText {
    /// [`EXTRACTION_VERSION`] when it was kept (absent before: 1).
    #[serde(default = "first_version")]
    extraction: u32,
    content_type: String,
    pages: Vec<String>,
    /// The OCR engine that read scanned pages (absent: the text layer only).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    ocr: Option<String>,
    /// The pages OCR read (1-based); absent in texts cached before pages were read
    /// one by one, which were read whole.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    ocr_pages: Option<Vec<usize>>,
    #[serde(default, skip_serializing_if = "is_zero")]
    ocr_pages_skipped: usize,
    /// The text was cut at the cap (`RFP_MAX_TEXT_CHARS`).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    truncated: bool,
    /// What the document says about itself (absent in texts kept before extraction
    /// read it: those are analysed from their text alone).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    hints: Vec<rfp_shared::ports::DocumentHint>,
}

fn first_version() -> u32 {
    1
}

/// A kept text, read back when extraction still writes what it holds.
fn current(bytes: &[u8]) -> Option<CachedText> {
    let c = serde_json::from_slice::<CachedText>(bytes).ok()?;
    if c.extraction != EXTRACTION_VERSION {
        info!(
            kept = c.extraction,
            now = EXTRACTION_VERSION,
            "The kept text is of an older extraction; extracting again."
        );
        return None;
    }
    Some(c)
}

impl CachedText {
    fn kind(&self) -> DocumentKind {
        DocumentKind::from_content_type(&self.content_type).unwrap_or(DocumentKind::Text)
    }

    fn ocr_report(&self) -> Option<crate::ocr::Report> {
        let engine = self.ocr.clone()?;
        let pages = self
            .ocr_pages
            .clone()
            .unwrap_or_else(|| (1..=self.pages.len()).collect());
        Some(crate::ocr::Report {
            engine,
            pages,
            skipped: self.ocr_pages_skipped,
        })
    }
}

fn is_zero(n: &usize) -> bool {
    *n == 0
}

/// A document's text, and how it was had.
pub(super) struct Text {
    pub extracted: Extracted,
    /// How long extraction took (0 for a cached text).
    pub extract_ms: f64,
    /// `hit` (read from the cache), `stored` (extracted and kept), or neither.
    pub cache: Option<&'static str>,
    pub ocr: Option<crate::ocr::Report>,
}

impl Text {
    fn from_cache(c: CachedText) -> Self {
        let ocr = c.ocr_report();
        Self {
            extracted: Extracted {
                kind: c.kind(),
                truncated: c.truncated,
                pages: c.pages,
                hints: crate::extraction::layout::to_hints(&crate::extraction::layout::to_layout(
                    &c.hints,
                )),
            },
            extract_ms: 0.0,
            cache: Some("hit"),
            ocr,
        }
    }
}

/// Whether an extraction this slow keeps its text for the next analysis.
fn worth_keeping(extract_ms: f64, min_ms: u64) -> bool {
    extract_ms >= min_ms as f64
}

impl Worker {
    /// The text of one document of a package: its kept text, whatever the previous
    /// analysis was, or extracted and kept (a package is analysed again as it grows,
    /// and an added amendment must not cost the main RFP's extraction again).
    pub(super) async fn package_text(
        &self,
        msg: &JobMessage,
        document: &DocumentRef,
    ) -> Result<Text, Stop> {
        let key = BlobKey::for_text(msg.proposal_id, &document.sha256);
        let kept = match self.blobs.get(&key).await {
            Ok(bytes) => current(&bytes),
            Err(BlobError::NotFound(_)) => None,
            Err(e) => {
                info!(error = %error_chain(&e), "Cannot read the kept text; extracting again.");
                None
            }
        };
        if let Some(c) = kept {
            return Ok(Text::from_cache(c));
        }
        let (extracted, extract_ms, ocr) = self.extract(msg, document).await?;
        let stored = self.store_text(&key, &extracted, ocr.as_ref()).await;
        Ok(Text {
            extracted,
            extract_ms,
            cache: stored.then_some("stored"),
            ocr,
        })
    }

    /// The text of the job's document; `cached` says an earlier analysis kept it.
    pub(super) async fn text(
        &self,
        msg: &JobMessage,
        document: &DocumentRef,
        cached: bool,
    ) -> Result<Text, Stop> {
        let key = BlobKey::for_text(msg.proposal_id, &document.sha256);
        let kept = match cached {
            true => match self.blobs.get(&key).await {
                Ok(bytes) => current(&bytes),
                Err(e) => {
                    info!(error = %error_chain(&e), "The cached text is gone; extracting again.");
                    None
                }
            },
            false => None,
        };
        if let Some(c) = kept {
            return Ok(Text::from_cache(c));
        }
        let (extracted, extract_ms, ocr) = self.extract(msg, document).await?;
        let stored = worth_keeping(extract_ms, self.config.text_cache_min_ms)
            && self.store_text(&key, &extracted, ocr.as_ref()).await;
        Ok(Text {
            extracted,
            extract_ms,
            cache: stored.then_some("stored"),
            ocr,
        })
    }

    /// Fetches the document and extracts its text; returns it with the time it took and
    /// which pages OCR read, if any.
    async fn extract(
        &self,
        msg: &JobMessage,
        document: &DocumentRef,
    ) -> Result<(Extracted, f64, Option<crate::ocr::Report>), Stop> {
        let bytes = self.blobs.get(&document.key).await.map_err(|e| match e {
            BlobError::NotFound(key) => Failure::permanent(
                FailureCode::DocumentMissing,
                format!("the document {key} is no longer in the blob store; upload it again"),
            ),
            other => Failure::transient(FailureCode::BlobStoreUnavailable, error_chain(&other)),
        })?;

        let kind = DocumentKind::from_content_type(&document.content_type)
            .or_else(|| extract::sniff(&bytes, None, document.filename.as_deref()))
            .ok_or_else(|| {
                Failure::permanent(
                    FailureCode::UnsupportedMediaType,
                    format!("cannot read documents of type {}", document.content_type),
                )
            })?;
        let extract_started = Instant::now();
        let limits = self.config.extract;
        let work = async {
            let layer = crate::sandbox::extract(bytes.clone(), kind, limits).await;
            let Some(ocr) = self.ocr.as_deref().filter(|_| kind == DocumentKind::Pdf) else {
                return layer.map(|e| (e, None)).map_err(|e| Failure::of(&e));
            };
            let scan = crate::ocr::Scan {
                key: &document.key,
                token: &document.sha256,
                bytes: &bytes,
                pages: None,
                owner: Some(msg.owner.as_str()),
            };
            crate::ocr::complete(ocr, scan, layer, limits.max_chars)
                .await
                .map_err(|e| Failure::of(&e))
        };
        let (extracted, ocr) = self.staged(msg, Stage::Extracting, work).await??;
        Ok((
            extracted,
            extract_started.elapsed().as_secs_f64() * 1000.0,
            ocr,
        ))
    }

    /// Keeps a slow extraction's text for the next analysis of the same document.
    async fn store_text(
        &self,
        key: &BlobKey,
        extracted: &Extracted,
        ocr: Option<&crate::ocr::Report>,
    ) -> bool {
        // `CachedText`'s shape, borrowed: the text is not copied to be written.
        #[derive(serde::Serialize)]
        struct Borrowed<'a> {
            extraction: u32,
            content_type: &'a str,
            pages: &'a [String],
            #[serde(skip_serializing_if = "Option::is_none")]
            ocr: Option<&'a str>,
            #[serde(skip_serializing_if = "Option::is_none")]
            ocr_pages: Option<&'a [usize]>,
            #[serde(skip_serializing_if = "is_zero")]
            ocr_pages_skipped: usize,
            #[serde(skip_serializing_if = "std::ops::Not::not")]
            truncated: bool,
            #[serde(skip_serializing_if = "<[_]>::is_empty")]
            hints: &'a [rfp_shared::ports::DocumentHint],
        }
        let body = Borrowed {
            extraction: EXTRACTION_VERSION,
            content_type: extracted.kind.content_type(),
            pages: &extracted.pages,
            ocr: ocr.map(|r| r.engine.as_str()),
            ocr_pages: ocr.map(|r| r.pages.as_slice()),
            ocr_pages_skipped: ocr.map_or(0, |r| r.skipped),
            truncated: extracted.truncated,
            hints: &extracted.hints,
        };
        let bytes = serde_json::to_vec(&body).expect("strings serialise");
        match self.blobs.put(key, bytes.into(), "application/json").await {
            Ok(()) => true,
            Err(e) => {
                warn!(error = %error_chain(&e), "Cannot store the extracted text; the next analysis extracts again.");
                false
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_a_slow_extraction_is_kept() {
        assert!(worth_keeping(1000.0, 1000));
        assert!(worth_keeping(5.0, 0));
        assert!(!worth_keeping(999.9, 1000));
    }

    #[test]
    fn a_cached_text_of_before_page_by_page_ocr_was_read_whole() {
        let old: CachedText = serde_json::from_str(
            r#"{"content_type":"application/pdf","pages":["a","b"],"ocr":"textract"}"#,
        )
        .unwrap();
        let report = old.ocr_report().unwrap();
        assert_eq!(
            (report.engine.as_str(), report.pages),
            ("textract", vec![1, 2])
        );
        assert_eq!(old.kind(), DocumentKind::Pdf);
        let layer: CachedText =
            serde_json::from_str(r#"{"content_type":"text/markdown","pages":["a"]}"#).unwrap();
        assert_eq!(layer.ocr_report(), None);
    }

    #[test]
    fn a_text_kept_by_an_older_extraction_is_extracted_again() {
        let unversioned = br#"{"content_type":"application/vnd.openxmlformats-officedocument.wordprocessingml.document","pages":["a"]}"#;
        assert!(current(unversioned).is_none());
        let now = format!(
            r#"{{"extraction":{EXTRACTION_VERSION},"content_type":"text/plain","pages":["a"]}}"#
        );
        assert_eq!(current(now.as_bytes()).unwrap().pages, ["a"]);
        assert!(current(b"not json").is_none());
    }
}
