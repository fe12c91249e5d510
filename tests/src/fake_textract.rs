//! A fake Amazon Textract for tests: `StartDocumentTextDetection` and
//! `GetDocumentTextDetection` on the JSON 1.1 wire protocol (`X-Amz-Target`), as the
//! SDK sends them. Reach it through the SDK configuration of [`FakeTextract::sdk_config`]
//! (what `AWS_ENDPOINT_URL_TEXTRACT` does for a process).
//!
//! Each started job reads the scripted pages: it answers `IN_PROGRESS` for the first
//! polls, then `SUCCEEDED` with one page of `PAGE`, `LINE` and `WORD` blocks per
//! response (so a reader must follow `NextToken`), or `FAILED`. Starts can be scripted
//! to fail with a service error. Every request is recorded.

use std::collections::VecDeque;
use std::sync::{Arc, Mutex};

use axum::Router;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::post;
use serde_json::{Value, json};
use tokio_util::sync::CancellationToken;

/// How the next started job ends.
#[derive(Debug, Clone)]
pub enum Outcome {
    /// These lines on these pages (a page may have none).
    Pages(Vec<Vec<String>>),
    /// `FAILED`, with this status message.
    Failed(String),
}

/// A recorded request: the operation (`StartDocumentTextDetection`, …) and its body.
#[derive(Debug, Clone)]
pub struct Recorded {
    pub operation: String,
    pub body: Value,
}

#[derive(Default)]
struct Inner {
    outcome: Option<Outcome>,
    /// `IN_PROGRESS` answers each job gives before its result.
    polls_in_progress: u32,
    /// Errors the next starts answer (HTTP status, `__type`), in order.
    start_errors: VecDeque<(u16, &'static str)>,
    jobs: Vec<(Outcome, u32)>,
    requests: Vec<Recorded>,
}

/// The running fake.
pub struct FakeTextract {
    pub url: String,
    inner: Arc<Mutex<Inner>>,
    stop: CancellationToken,
}

impl FakeTextract {
    /// Starts on a free loopback port; jobs read `outcome`.
    pub async fn start(outcome: Outcome) -> Self {
        let inner = Arc::new(Mutex::new(Inner {
            outcome: Some(outcome),
            polls_in_progress: 2,
            ..Inner::default()
        }));
        let app = Router::new()
            .route("/", post(handle))
            .with_state(inner.clone());
        let (url, stop) = crate::serve_fake("127.0.0.1:0".parse().unwrap(), app).await;
        Self { url, inner, stop }
    }

    /// The next starts answer these errors (e.g. `(400, "ThrottlingException")`).
    pub fn fail_starts(&self, errors: impl IntoIterator<Item = (u16, &'static str)>) {
        self.inner.lock().unwrap().start_errors.extend(errors);
    }

    /// An AWS configuration that sends Textract calls here.
    pub async fn sdk_config(&self) -> aws_types::SdkConfig {
        crate::fake_sdk_config(&self.url, "fake-textract").await
    }

    pub fn requests(&self) -> Vec<Recorded> {
        self.inner.lock().unwrap().requests.clone()
    }

    /// The recorded requests of one operation.
    pub fn calls(&self, operation: &str) -> Vec<Value> {
        self.requests()
            .into_iter()
            .filter(|r| r.operation == operation)
            .map(|r| r.body)
            .collect()
    }
}

impl Drop for FakeTextract {
    fn drop(&mut self) {
        self.stop.cancel();
    }
}

fn error(status: u16, kind: &str, message: &str) -> Response {
    (
        StatusCode::from_u16(status).unwrap(),
        [("content-type", "application/x-amz-json-1.1")],
        json!({ "__type": kind, "Message": message }).to_string(),
    )
        .into_response()
}

fn ok(body: Value) -> Response {
    (
        [("content-type", "application/x-amz-json-1.1")],
        body.to_string(),
    )
        .into_response()
}

async fn handle(
    State(inner): State<Arc<Mutex<Inner>>>,
    headers: HeaderMap,
    body: String,
) -> Response {
    let target = headers
        .get("x-amz-target")
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default();
    let Some(operation) = target.strip_prefix("Textract.") else {
        return error(400, "UnknownOperationException", "no Textract target");
    };
    let Ok(body) = serde_json::from_str::<Value>(&body) else {
        return error(400, "SerializationException", "the body is not JSON");
    };
    let mut inner = inner.lock().unwrap();
    inner.requests.push(Recorded {
        operation: operation.to_owned(),
        body: body.clone(),
    });
    match operation {
        "StartDocumentTextDetection" => {
            if body["DocumentLocation"]["S3Object"]["Name"]
                .as_str()
                .is_none()
            {
                return error(
                    400,
                    "InvalidParameterException",
                    "DocumentLocation is required",
                );
            }
            if let Some((status, kind)) = inner.start_errors.pop_front() {
                return error(status, kind, "scripted");
            }
            let outcome = inner.outcome.clone().expect("an outcome");
            inner.jobs.push((outcome, 0));
            ok(json!({ "JobId": format!("job-{}", inner.jobs.len()) }))
        }
        "GetDocumentTextDetection" => {
            let index = body["JobId"]
                .as_str()
                .and_then(|j| j.strip_prefix("job-"))
                .and_then(|n| n.parse::<usize>().ok())
                .filter(|n| (1..=inner.jobs.len()).contains(n));
            let Some(index) = index else {
                return error(400, "InvalidJobIdException", "no such job");
            };
            let in_progress = inner.polls_in_progress;
            let (outcome, polls) = &mut inner.jobs[index - 1];
            if *polls < in_progress {
                *polls += 1;
                return ok(json!({ "JobStatus": "IN_PROGRESS" }));
            }
            match outcome.clone() {
                Outcome::Failed(message) => ok(json!({
                    "JobStatus": "FAILED", "StatusMessage": message,
                })),
                Outcome::Pages(pages) => {
                    // One page of the document per response.
                    let page: usize = body["NextToken"]
                        .as_str()
                        .and_then(|t| t.parse().ok())
                        .unwrap_or(1);
                    let lines = pages.get(page - 1).cloned().unwrap_or_default();
                    let mut blocks = vec![json!({ "BlockType": "PAGE", "Page": page })];
                    for line in lines {
                        blocks.push(json!({ "BlockType": "LINE", "Text": line, "Page": page }));
                        for word in line.split_whitespace() {
                            blocks.push(json!({ "BlockType": "WORD", "Text": word, "Page": page }));
                        }
                    }
                    let mut answer = json!({
                        "JobStatus": "SUCCEEDED",
                        "DocumentMetadata": { "Pages": pages.len() },
                        "Blocks": blocks,
                        "DetectDocumentTextModelVersion": "1.0",
                    });
                    if page < pages.len() {
                        answer["NextToken"] = json!((page + 1).to_string());
                    }
                    ok(answer)
                }
            }
        }
        other => error(400, "UnknownOperationException", other),
    }
}
