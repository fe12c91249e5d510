//! Amazon Textract (`RFP_OCR=textract`): a PDF with no text layer goes to Textract's
//! asynchronous text detection, the one Textract API that reads
//! multi-page PDFs (from S3, where the AWS backend keeps documents). The worker starts
//! the job, polls it with a growing interval within `RFP_OCR_TIMEOUT_SECS`, and puts
//! the `LINE` blocks back on their pages.
//!
//! The job is started with the document's SHA-256 as its client request token, so a
//! redelivered analysis of the same document gets Textract's existing job back rather
//! than paying for the pages again. The client comes from the standard `aws-config`
//! chain (`AWS_ENDPOINT_URL_TEXTRACT` reaches an emulator or a test's fake server).

use std::time::Duration;

use async_trait::async_trait;
use aws_sdk_textract::error::{ProvideErrorMetadata, SdkError};
use aws_sdk_textract::types::{BlockType, DocumentLocation, JobStatus, S3Object};
use tracing::info;

use rfp_shared::ids::BlobKey;
use rfp_shared::settings::Settings;

use super::{Ocr, OcrError, PagesRead, Scan};
use rfp_shared::backoff::Backoff;

/// Amazon Textract, reading documents from `bucket`.
pub struct Textract {
    client: aws_sdk_textract::Client,
    bucket: String,
    timeout: Duration,
    first_poll: Duration,
}

/// The longest wait between two polls of a running job.
const MAX_POLL: Duration = Duration::from_secs(5);

impl Textract {
    pub fn new(config: &aws_types::SdkConfig, settings: &Settings) -> Self {
        let conf = aws_sdk_textract::config::Builder::from(config)
            .timeout_config(
                aws_smithy_types::timeout::TimeoutConfig::builder()
                    .connect_timeout(Duration::from_secs(5))
                    .operation_attempt_timeout(Duration::from_secs(30))
                    .build(),
            )
            .build();
        Self {
            client: aws_sdk_textract::Client::from_conf(conf),
            bucket: settings.proposals_bucket.clone().unwrap_or_default(),
            timeout: settings.ocr_timeout(),
            first_poll: Duration::from_millis(500),
        }
    }

    /// Polls from `first` (tests poll fast; Textract takes seconds a page).
    pub fn with_first_poll(mut self, first: Duration) -> Self {
        self.first_poll = first;
        self
    }

    async fn start(&self, key: &BlobKey, token: &str) -> Result<String, OcrError> {
        let location = DocumentLocation::builder()
            .s3_object(
                S3Object::builder()
                    .bucket(&self.bucket)
                    .name(key.as_str())
                    .build(),
            )
            .build();
        let started = self
            .client
            .start_document_text_detection()
            .document_location(location)
            .client_request_token(token.chars().take(64).collect::<String>())
            .send()
            .await
            .map_err(classify)?;
        started
            .job_id
            .ok_or_else(|| OcrError::Unavailable("Textract started a job without an id".into()))
    }

    async fn wait_and_collect(&self, job_id: &str) -> Result<Vec<String>, OcrError> {
        let mut intervals = Backoff::new(self.first_poll, MAX_POLL).steady().delays();
        let mut pages: Vec<String> = Vec::new();
        let mut next_token: Option<String> = None;
        loop {
            let out = self
                .client
                .get_document_text_detection()
                .job_id(job_id)
                .max_results(1000)
                .set_next_token(next_token.take())
                .send()
                .await
                .map_err(classify)?;
            match out.job_status() {
                Some(JobStatus::InProgress) => {
                    tokio::time::sleep(intervals.next().unwrap_or(MAX_POLL)).await;
                    continue;
                }
                Some(JobStatus::Succeeded | JobStatus::PartialSuccess) => {}
                Some(JobStatus::Failed) => {
                    return Err(OcrError::Rejected(
                        out.status_message()
                            .unwrap_or("Textract's job failed without a reason")
                            .to_owned(),
                    ));
                }
                other => {
                    return Err(OcrError::Unavailable(format!(
                        "Textract answered an unknown job status {other:?}"
                    )));
                }
            }
            if let Some(n) = out.document_metadata().and_then(|m| m.pages()) {
                let n = usize::try_from(n).unwrap_or(0);
                if pages.len() < n {
                    pages.resize(n, String::new());
                }
            }
            for block in out.blocks() {
                if block.block_type() != Some(&BlockType::Line) {
                    continue;
                }
                let (Some(text), Some(page)) = (block.text(), block.page()) else {
                    continue;
                };
                let Some(index) = usize::try_from(page).ok().and_then(|p| p.checked_sub(1)) else {
                    continue;
                };
                if pages.len() <= index {
                    pages.resize(index + 1, String::new());
                }
                let page = &mut pages[index];
                if !page.is_empty() {
                    page.push('\n');
                }
                page.push_str(text);
            }
            match out.next_token() {
                Some(token) if !token.is_empty() => next_token = Some(token.to_owned()),
                _ => return Ok(pages),
            }
        }
    }
}

#[async_trait]
impl Ocr for Textract {
    fn name(&self) -> &'static str {
        "textract"
    }

    fn reads_pages(&self) -> bool {
        false
    }

    /// Reads the whole document (Textract's asynchronous API takes no page range).
    async fn read(&self, scan: Scan<'_>) -> Result<PagesRead, OcrError> {
        let work = async {
            let job_id = self.start(scan.key, scan.token).await?;
            info!(textract_job_id = %job_id, "Reading the scanned document with Textract.");
            self.wait_and_collect(&job_id).await
        };
        let pages = tokio::time::timeout(self.timeout, work)
            .await
            .map_err(|_| OcrError::Timeout(self.timeout))??;
        Ok(PagesRead {
            pages: pages.into_iter().map(Some).collect(),
            skipped: 0,
        })
    }
}

/// A Textract error as permanent (the document) or transient (the service).
fn classify<E, R>(e: SdkError<E, R>) -> OcrError
where
    E: ProvideErrorMetadata + std::error::Error + 'static,
    R: std::fmt::Debug,
{
    let code = e.code().map(str::to_owned);
    let message = match e.message() {
        Some(m) => format!("{}: {m}", code.as_deref().unwrap_or("error")),
        None => rfp_shared::telemetry::error_chain(&e),
    };
    match code.as_deref() {
        Some(
            "BadDocumentException"
            | "DocumentTooLargeException"
            | "UnsupportedDocumentException"
            | "InvalidS3ObjectException"
            | "InvalidParameterException"
            | "InvalidJobIdException",
        ) => OcrError::Rejected(message),
        _ => OcrError::Unavailable(message),
    }
}
