//! The catalogue of job failure codes: every code a failed (or retried) job records in
//! its `JobError`, the job-side sibling of the API's `ProblemCode`. Codes are stable:
//! clients, `rfp` and stored records read them, so a code is never renamed without
//! [`FailureCode::parse`] still reading the old spelling.
//!
//! One rename happened: the blob store out of reach was `storage_unavailable` on a
//! job and `blob_store_unavailable` in the API's problems; both now say
//! `blob_store_unavailable`, and a job stored with the old code still parses.

/// Declares the catalogue once: each variant, its code and what it means.
macro_rules! failure_codes {
    ($($(#[doc = $doc:literal])* $variant:ident = $code:literal,)*) => {
        /// Why a job failed, or why its last attempt did.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum FailureCode {
            $($(#[doc = $doc])* $variant,)*
        }

        impl FailureCode {
            /// Every code, in the catalogue's order.
            pub const ALL: &[FailureCode] = &[$(FailureCode::$variant,)*];

            /// The code as jobs record it.
            pub const fn as_str(self) -> &'static str {
                match self {
                    $(FailureCode::$variant => $code,)*
                }
            }

            /// The code a stored job names, including spellings older records use.
            pub fn parse(stored: &str) -> Option<Self> {
                match stored {
                    $($code => Some(FailureCode::$variant),)*
                    "storage_unavailable" => Some(FailureCode::BlobStoreUnavailable),
                    _ => None,
                }
            }
        }
    };
}

failure_codes! {
    /// The job was delivered too many times without an outcome and went to the
    /// dead-letter queue.
    DeadLettered = "dead_lettered",
    /// The package changed while the job ran.
    DocumentReplaced = "document_replaced",
    /// The document is no longer in the blob store.
    DocumentMissing = "document_missing",
    /// The document's type is not one the worker reads.
    UnsupportedMediaType = "unsupported_media_type",
    /// The document (a PDF) is encrypted.
    DocumentEncrypted = "document_encrypted",
    /// The document has no text, even after OCR.
    DocumentNoText = "document_no_text",
    /// The document's bytes are not a valid file of its type.
    DocumentCorrupt = "document_corrupt",
    /// The parser gave up on the document (or crashed on it).
    DocumentUnreadable = "document_unreadable",
    /// Extraction or OCR ran past its time or CPU allowance.
    DocumentTimeout = "document_timeout",
    /// OCR refused a scan.
    DocumentOcrFailed = "document_ocr_failed",
    /// OCR was out of reach or busy.
    OcrUnavailable = "ocr_unavailable",
    /// The model throttled past the retries.
    ModelThrottled = "model_throttled",
    /// The model was out of reach or timed out past the retries.
    ModelUnavailable = "model_unavailable",
    /// The model refused the request.
    ModelRequestInvalid = "model_request_invalid",
    /// The model server refused the credentials.
    ModelAuthFailed = "model_auth_failed",
    /// The model server has no such model.
    ModelNotFound = "model_not_found",
    /// The document is longer than the model reads.
    ModelInputTooLong = "model_input_too_long",
    /// No valid analysis came back, even after a correction.
    ModelOutputInvalid = "model_output_invalid",
    /// The answer was cut at the token limit twice.
    ModelOutputTruncated = "model_output_truncated",
    /// The analysis outlasted its time.
    AnalysisTimeout = "analysis_timeout",
    /// The store was out of reach.
    StoreUnavailable = "store_unavailable",
    /// The blob store was out of reach (once `storage_unavailable` on jobs).
    BlobStoreUnavailable = "blob_store_unavailable",
    /// A delivery put back because its job is not recorded yet (never a job's error).
    JobNotRecordedYet = "job_not_recorded_yet",
    /// A delivery put back because its job's start was refused while its record
    /// changed (never a job's error).
    JobStartRefused = "job_start_refused",
}

impl std::fmt::Display for FailureCode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ports::ModelError;

    #[test]
    fn every_code_parses_back_to_itself() {
        for code in FailureCode::ALL {
            assert_eq!(FailureCode::parse(code.as_str()), Some(*code));
        }
    }

    #[test]
    fn a_job_stored_with_the_old_blob_store_code_still_reads() {
        assert_eq!(
            FailureCode::parse("storage_unavailable"),
            Some(FailureCode::BlobStoreUnavailable)
        );
    }

    #[test]
    fn the_codes_other_modules_write_are_in_the_catalogue() {
        let model = [
            ModelError::throttled(""),
            ModelError::Unavailable(String::new()),
            ModelError::Timeout,
            ModelError::Invalid(String::new()),
            ModelError::AuthFailed(String::new()),
            ModelError::NotFound(String::new()),
            ModelError::OutputInvalid(String::new()),
            ModelError::OutputTruncated(String::new()),
            ModelError::InputTooLong(String::new()),
            ModelError::BudgetSpent(String::new()),
        ];
        for e in &model {
            assert!(FailureCode::parse(e.code()).is_some(), "{}", e.code());
        }
        assert!(FailureCode::parse(crate::state::DOCUMENT_REPLACED).is_some());
    }

    #[test]
    fn the_api_docs_name_every_code_a_job_records() {
        let docs = include_str!("../../docs/api.md");
        let delivery_only = [FailureCode::JobNotRecordedYet, FailureCode::JobStartRefused];
        let missing: Vec<&str> = FailureCode::ALL
            .iter()
            .filter(|c| !delivery_only.contains(c))
            .map(|c| c.as_str())
            .filter(|code| !docs.contains(&format!("`{code}`")))
            .collect();
        assert!(missing.is_empty(), "docs/api.md never names {missing:?}");
    }
}
