//! `rfp-client`: the HTTP API of RFP Analyzer, one typed call per route.
//!
//! ```no_run
//! # async fn demo() -> Result<(), rfp_client::Error> {
//! let client = rfp_client::Client::new("http://127.0.0.1:8080").with_token("rfpk_…");
//! let proposal = client.create_proposal("Water network survey").await?;
//! let id = proposal["id"].as_str().unwrap_or_default();
//! client
//!     .upload(id, std::fs::read("call.pdf").unwrap(), "application/pdf", Some("call.pdf"))
//!     .await?;
//! client.analyze(id, &rfp_client::Analyze::default()).await?;
//! let done = client.wait_until_final(id, std::time::Duration::from_secs(300)).await?;
//! println!("{}", done["rfp_analysis"]["summary"]);
//! # Ok(()) }
//! ```
//!
//! Answers are the API's JSON (`serde_json::Value`), as the OpenAPI document at
//! `/openapi.json` describes them; an error answer is [`Error::Problem`] with the
//! problem's `code`, status, detail and `Retry-After`. The CLI, the API's demo, the
//! test harness, the process tests, the benchmark and the load generator all speak to
//! the service through this crate.
//!
//! Beside the calls: [`Error`] and [`Problem`] (`error`), the event stream's reader
//! (`events`), the exports with their out-of-date flag (`exports`).

use std::time::{Duration, Instant};

use reqwest::{Method, RequestBuilder};
use serde::Serialize;
use serde_json::{Value, json};

/// The largest answer read: the API's own are far smaller (a status with its result
/// is under 512 KB); more is a server that is not the API.
pub const MAX_BODY_BYTES: usize = 64 << 20;

mod error;
mod events;
mod exports;

pub use error::{Error, Problem};
pub use events::{Event, Events};
pub use exports::{Download, Export, STALE_HEADER};

/// What to ask of `analyze-rfp`.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Analyze {
    /// Analyse again even if this document has a result.
    pub force: bool,
    /// Where the service POSTs the outcome (signed), when the job ends.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub callback_url: Option<String>,
}

/// A JSON answer with its status (`analyze-rfp` answers 200 with a result it has,
/// 202 for a job).
#[derive(Debug, Clone)]
pub struct Answer {
    pub status: u16,
    pub body: Value,
}

/// A JSON answer with its entity tag: what a workspace edit sends back as `If-Match`.
#[derive(Debug, Clone)]
pub struct Tagged {
    pub body: Value,
    pub etag: String,
}

/// The RFP Analyzer API at one base URL, for one caller. Cheap to clone.
#[derive(Debug, Clone)]
pub struct Client {
    http: reqwest::Client,
    base: String,
    /// `Authorization: Bearer` (a JWT or an API key).
    token: Option<String>,
    /// `x-rfp-owner`, which only a service with `RFP_AUTH=none` listens to.
    owner: Option<String>,
}

impl Client {
    /// The API at `base` (`http://127.0.0.1:8080`), with no credential.
    pub fn new(base: impl Into<String>) -> Self {
        Self::with_http(reqwest::Client::new(), base)
    }

    /// As [`new`](Self::new), on a given HTTP client (time-outs, connection pool).
    pub fn with_http(http: reqwest::Client, base: impl Into<String>) -> Self {
        Self {
            http,
            base: base.into().trim_end_matches('/').to_owned(),
            token: None,
            owner: None,
        }
    }

    /// Requests carry `token` as a bearer token.
    pub fn with_token(mut self, token: impl Into<String>) -> Self {
        self.token = Some(token.into());
        self
    }

    /// Requests name `owner` (`x-rfp-owner`; only `RFP_AUTH=none` listens to it).
    pub fn with_owner(mut self, owner: impl Into<String>) -> Self {
        self.owner = Some(owner.into());
        self
    }

    /// The same service for another caller, by bearer token.
    pub fn as_owner(&self, token: &str) -> Self {
        self.clone().with_token(token)
    }

    pub fn base(&self) -> &str {
        &self.base
    }

    /// `base` + `path`.
    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base)
    }

    /// A request to `path` with the caller's credential: for what no call covers
    /// (a test's malformed request, say).
    pub fn request(&self, method: Method, path: &str) -> RequestBuilder {
        let mut r = self.http.request(method, self.url(path));
        if let Some(token) = &self.token {
            r = r.bearer_auth(token);
        }
        if let Some(owner) = &self.owner {
            r = r.header("x-rfp-owner", owner);
        }
        r
    }

    /// Sends `request`; a non-2xx answer is an [`Error::Problem`].
    pub async fn send(&self, request: RequestBuilder) -> Result<Answer, Error> {
        let response = request
            .send()
            .await
            .map_err(|source| self.unreachable(source))?;
        self.answer(response).await
    }

    fn unreachable(&self, source: reqwest::Error) -> Error {
        Error::Unreachable {
            base: self.base.clone(),
            source,
        }
    }

    /// The body of `response` (at most [`MAX_BODY_BYTES`]), or its problem.
    async fn read(&self, mut response: reqwest::Response) -> Result<(u16, Vec<u8>, Value), Error> {
        let status = response.status();
        let retry_after = response
            .headers()
            .get(reqwest::header::RETRY_AFTER)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.trim().parse::<u64>().ok())
            .map(Duration::from_secs);
        let mut bytes = Vec::new();
        while let Some(chunk) = response.chunk().await.map_err(|s| self.unreachable(s))? {
            if bytes.len() + chunk.len() > MAX_BODY_BYTES {
                return Err(Error::Unexpected {
                    base: self.base.clone(),
                    status: status.as_u16(),
                    why: format!("the body is over {MAX_BODY_BYTES} bytes"),
                });
            }
            bytes.extend_from_slice(&chunk);
        }
        let body: Value = if bytes.is_empty() {
            Value::Null
        } else {
            serde_json::from_slice(&bytes).unwrap_or(Value::Null)
        };
        if !status.is_success() {
            return Err(Error::Problem(Problem {
                status: status.as_u16(),
                code: body["code"].as_str().unwrap_or("error").to_owned(),
                detail: body["detail"]
                    .as_str()
                    .map(str::to_owned)
                    .unwrap_or_else(|| String::from_utf8_lossy(&bytes).chars().take(200).collect()),
                retry_after,
                body,
            }));
        }
        Ok((status.as_u16(), bytes, body))
    }

    /// The JSON of `response` (at most [`MAX_BODY_BYTES`]), or its problem.
    async fn answer(&self, response: reqwest::Response) -> Result<Answer, Error> {
        let (status, bytes, body) = self.read(response).await?;
        if body.is_null() && !bytes.is_empty() {
            return Err(Error::Unexpected {
                base: self.base.clone(),
                status,
                why: "not JSON".into(),
            });
        }
        Ok(Answer { status, body })
    }

    async fn json(&self, request: RequestBuilder) -> Result<Value, Error> {
        Ok(self.send(request).await?.body)
    }

    // ------------------------------------------------------------ proposals

    /// `POST /api/proposals`: 201, the proposal.
    pub async fn create_proposal(&self, title: &str) -> Result<Value, Error> {
        self.json(
            self.request(Method::POST, "/api/proposals")
                .json(&json!({ "title": title })),
        )
        .await
    }

    /// `GET /api/proposals`: the caller's proposals, newest first, and `next_cursor`.
    pub async fn list_proposals(
        &self,
        limit: Option<u32>,
        cursor: Option<&str>,
    ) -> Result<Value, Error> {
        let mut r = self.request(Method::GET, "/api/proposals");
        if let Some(limit) = limit {
            r = r.query(&[("limit", limit)]);
        }
        if let Some(cursor) = cursor {
            r = r.query(&[("cursor", cursor)]);
        }
        self.json(r).await
    }

    /// `GET /api/proposals/{id}`.
    pub async fn proposal(&self, id: &str) -> Result<Value, Error> {
        self.json(self.request(Method::GET, &format!("/api/proposals/{id}")))
            .await
    }

    /// `PUT /api/profile`: the caller's organisation profile, for go/no-go checks.
    pub async fn set_profile(&self, profile: &Value) -> Result<Value, Error> {
        self.json(self.request(Method::PUT, "/api/profile").json(profile))
            .await
    }

    /// `GET /api/profile`.
    pub async fn profile(&self) -> Result<Value, Error> {
        self.json(self.request(Method::GET, "/api/profile")).await
    }

    /// `GET /api/proposals/{id}/fit`: the go/no-go of the analysis for the profile.
    pub async fn fit(&self, id: &str) -> Result<Value, Error> {
        self.json(self.request(Method::GET, &format!("/api/proposals/{id}/fit")))
            .await
    }

    /// `DELETE /api/proposals/{id}`: the proposal, its documents and kept texts.
    pub async fn delete_proposal(&self, id: &str) -> Result<(), Error> {
        self.send(self.request(Method::DELETE, &format!("/api/proposals/{id}")))
            .await
            .map(drop)
    }

    // ------------------------------------------------------------ documents

    /// `PUT /api/proposals/{id}/rfp`, the raw body with its type: 201, the document.
    pub async fn upload(
        &self,
        id: &str,
        bytes: Vec<u8>,
        content_type: &str,
        filename: Option<&str>,
    ) -> Result<Value, Error> {
        let mut r = self
            .request(Method::PUT, &format!("/api/proposals/{id}/rfp"))
            .header(reqwest::header::CONTENT_TYPE, content_type)
            .body(bytes);
        if let Some(name) = filename {
            r = r.query(&[("filename", name)]);
        }
        self.json(r).await
    }

    /// `PUT /api/proposals/{id}/rfp` as `multipart/form-data` (field `file`).
    pub async fn upload_multipart(
        &self,
        id: &str,
        bytes: Vec<u8>,
        filename: &str,
    ) -> Result<Value, Error> {
        let form = reqwest::multipart::Form::new().part(
            "file",
            reqwest::multipart::Part::bytes(bytes).file_name(filename.to_owned()),
        );
        self.json(
            self.request(Method::PUT, &format!("/api/proposals/{id}/rfp"))
                .multipart(form),
        )
        .await
    }

    /// `POST /api/proposals/{id}/documents?role=…`: adds a document to the proposal's
    /// package (`annex`, `amendment`, `clarification`; `rfp` when it has none yet).
    pub async fn add_document(
        &self,
        id: &str,
        bytes: Vec<u8>,
        content_type: &str,
        filename: Option<&str>,
        role: &str,
    ) -> Result<Value, Error> {
        let mut query = vec![("role", role)];
        if let Some(name) = filename {
            query.push(("filename", name));
        }
        self.json(
            self.request(Method::POST, &format!("/api/proposals/{id}/documents"))
                .header(reqwest::header::CONTENT_TYPE, content_type)
                .query(&query)
                .body(bytes),
        )
        .await
    }

    /// `GET /api/proposals/{id}/documents`: the package in reading order.
    pub async fn documents(&self, id: &str) -> Result<Value, Error> {
        self.json(self.request(Method::GET, &format!("/api/proposals/{id}/documents")))
            .await
    }

    /// `DELETE /api/proposals/{id}/documents/{doc_id}`.
    pub async fn delete_document(&self, id: &str, doc_id: &str) -> Result<(), Error> {
        self.send(self.request(
            Method::DELETE,
            &format!("/api/proposals/{id}/documents/{doc_id}"),
        ))
        .await
        .map(|_| ())
    }

    /// `POST /api/proposals/{id}/rfp/upload-url` (AWS): a presigned S3 `PUT`.
    pub async fn upload_url(
        &self,
        id: &str,
        sha256: &str,
        size: u64,
        content_type: &str,
        filename: Option<&str>,
    ) -> Result<Value, Error> {
        let mut body = json!({ "sha256": sha256, "size": size, "content_type": content_type });
        if let Some(name) = filename {
            body["filename"] = json!(name);
        }
        self.json(
            self.request(Method::POST, &format!("/api/proposals/{id}/rfp/upload-url"))
                .json(&body),
        )
        .await
    }

    /// `POST /api/proposals/{id}/rfp/confirm`: attaches what a presigned upload put.
    pub async fn confirm(
        &self,
        id: &str,
        sha256: &str,
        filename: Option<&str>,
    ) -> Result<Value, Error> {
        let mut body = json!({ "sha256": sha256 });
        if let Some(name) = filename {
            body["filename"] = json!(name);
        }
        self.json(
            self.request(Method::POST, &format!("/api/proposals/{id}/rfp/confirm"))
                .json(&body),
        )
        .await
    }

    // ------------------------------------------------------------ analyses

    /// `POST /api/proposals/{id}/analyze-rfp`: 202 and the job, or 200 and the result
    /// the document already has.
    pub async fn analyze(&self, id: &str, options: &Analyze) -> Result<Answer, Error> {
        self.send(
            self.request(Method::POST, &format!("/api/proposals/{id}/analyze-rfp"))
                .json(options),
        )
        .await
    }

    /// `GET /api/proposals/{id}/analysis-status`; `wait` long-polls (at most 20 s)
    /// until the version passes `since` (or the job in flight changes).
    pub async fn status(
        &self,
        id: &str,
        wait: Option<Duration>,
        since: Option<u64>,
    ) -> Result<Value, Error> {
        let mut r = self.request(Method::GET, &format!("/api/proposals/{id}/analysis-status"));
        if let Some(wait) = wait {
            r = r.query(&[("wait", wait.as_secs_f64())]);
        }
        if let Some(since) = since {
            r = r.query(&[("since", since)]);
        }
        self.json(r).await
    }

    // ------------------------------------------------------------ workspace

    async fn tagged(&self, request: RequestBuilder) -> Result<Tagged, Error> {
        let response = request
            .send()
            .await
            .map_err(|source| self.unreachable(source))?;
        let etag = response
            .headers()
            .get(reqwest::header::ETAG)
            .and_then(|v| v.to_str().ok())
            .unwrap_or_default()
            .to_owned();
        let answer = self.answer(response).await?;
        Ok(Tagged {
            body: answer.body,
            etag,
        })
    }

    /// `GET /api/proposals/{id}/analysis`: the analysis as the team sees it (its
    /// corrections and matrix work laid over it), with its ETag.
    pub async fn analysis(&self, id: &str) -> Result<Tagged, Error> {
        self.tagged(self.request(Method::GET, &format!("/api/proposals/{id}/analysis")))
            .await
    }

    /// `PATCH /api/proposals/{id}/analysis`: corrects facts (`{"edits": [...]}`), if the
    /// analysis is still at `etag` (else a 412 problem `precondition_failed`).
    pub async fn correct(&self, id: &str, etag: &str, edits: &Value) -> Result<Tagged, Error> {
        self.tagged(
            self.request(Method::PATCH, &format!("/api/proposals/{id}/analysis"))
                .header(reqwest::header::IF_MATCH, etag)
                .json(edits),
        )
        .await
    }

    /// `PATCH /api/proposals/{id}/compliance-matrix`: row updates, added rows, moves
    /// and deletions (`{"rows": [...], "add": [...], "move": [...], "delete": [...]}`),
    /// if the analysis is still at `etag`.
    pub async fn work_matrix(&self, id: &str, etag: &str, edits: &Value) -> Result<Tagged, Error> {
        self.tagged(
            self.request(
                Method::PATCH,
                &format!("/api/proposals/{id}/compliance-matrix"),
            )
            .header(reqwest::header::IF_MATCH, etag)
            .json(edits),
        )
        .await
    }

    /// `GET /api/proposals/{id}/compliance-matrix` as JSON, the rows filtered by owner
    /// and status (either may be `None`), with the ETag.
    pub async fn matrix_rows(
        &self,
        id: &str,
        owner: Option<&str>,
        status: Option<&str>,
        hidden: bool,
    ) -> Result<Tagged, Error> {
        let mut r = self
            .request(
                Method::GET,
                &format!("/api/proposals/{id}/compliance-matrix"),
            )
            .query(&[("format", "json")]);
        if let Some(owner) = owner {
            r = r.query(&[("owner", owner)]);
        }
        if let Some(status) = status {
            r = r.query(&[("status", status)]);
        }
        if hidden {
            r = r.query(&[("hidden", "true")]);
        }
        self.tagged(r).await
    }

    /// `GET /api/proposals/{id}/history`: who changed what, newest first.
    pub async fn history(
        &self,
        id: &str,
        limit: Option<u32>,
        before: Option<u64>,
    ) -> Result<Value, Error> {
        let mut r = self.request(Method::GET, &format!("/api/proposals/{id}/history"));
        if let Some(limit) = limit {
            r = r.query(&[("limit", limit)]);
        }
        if let Some(before) = before {
            r = r.query(&[("before", before)]);
        }
        self.json(r).await
    }

    /// Long-polls the status until the job is `completed` or `failed`, or `within`
    /// passes (then the last status, whatever it is).
    pub async fn wait_until_final(&self, id: &str, within: Duration) -> Result<Value, Error> {
        self.follow(id, within, |_| {}).await
    }

    /// As [`wait_until_final`](Self::wait_until_final), calling `seen` with every
    /// status on the way (a progress bar).
    pub async fn follow(
        &self,
        id: &str,
        within: Duration,
        mut seen: impl FnMut(&Value),
    ) -> Result<Value, Error> {
        // `Duration::MAX`: no deadline.
        let deadline = Instant::now().checked_add(within);
        let mut status = self.status(id, None, None).await?;
        loop {
            seen(&status);
            if is_final(&status) {
                return Ok(status);
            }
            let left = deadline.map_or(Duration::MAX, |d| {
                d.saturating_duration_since(Instant::now())
            });
            if left.is_zero() {
                return Ok(status);
            }
            let since = status["version"].as_u64();
            status = self
                .status(id, Some(left.min(Duration::from_secs(20))), since)
                .await?;
        }
    }

    // ------------------------------------------------------------ prompts

    /// `GET /api/prompts`: every prompt version (`items`).
    pub async fn prompts(&self) -> Result<Value, Error> {
        self.json(self.request(Method::GET, "/api/prompts")).await
    }

    /// `GET /api/prompts/{id}`: a prompt's versions.
    pub async fn prompt(&self, id: &str) -> Result<Value, Error> {
        self.json(self.request(Method::GET, &format!("/api/prompts/{id}")))
            .await
    }

    /// `POST /api/prompts` (`id: None`: a new prompt) or `POST
    /// /api/prompts/{id}/versions` (its next version): 201, the version.
    pub async fn push_prompt(&self, id: Option<&str>, body: &Value) -> Result<Value, Error> {
        let path = match id {
            Some(id) => format!("/api/prompts/{id}/versions"),
            None => "/api/prompts".into(),
        };
        self.json(self.request(Method::POST, &path).json(body))
            .await
    }

    /// `POST /api/prompts/{id}/versions/{n}/activate` (or `deactivate`).
    pub async fn set_prompt_active(
        &self,
        id: &str,
        version: u64,
        active: bool,
    ) -> Result<Value, Error> {
        let verb = if active { "activate" } else { "deactivate" };
        self.json(self.request(
            Method::POST,
            &format!("/api/prompts/{id}/versions/{version}/{verb}"),
        ))
        .await
    }

    // ------------------------------------------------------------ the service

    /// `GET /healthz` (`/readyz` with `ready`): whether it answered 200.
    pub async fn healthy(&self, ready: bool) -> Result<bool, Error> {
        let path = if ready { "/readyz" } else { "/healthz" };
        match self.send(self.request(Method::GET, path)).await {
            Ok(_) => Ok(true),
            Err(Error::Problem(_)) => Ok(false),
            Err(e) => Err(e),
        }
    }

    /// `GET /openapi.json`.
    pub async fn openapi(&self) -> Result<Value, Error> {
        self.json(self.request(Method::GET, "/openapi.json")).await
    }
}

/// Whether a status is an outcome (`completed` or `failed`).
pub fn is_final(status: &Value) -> bool {
    matches!(status["status"].as_str(), Some("completed" | "failed"))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A server that answers every request with a problem, or echoes what it got.
    async fn server() -> String {
        use axum::http::{HeaderMap, StatusCode, header};
        use axum::response::IntoResponse;
        let app = axum::Router::new()
            .route(
                "/api/proposals",
                axum::routing::post(|headers: HeaderMap| async move {
                    let auth = headers
                        .get(header::AUTHORIZATION)
                        .and_then(|v| v.to_str().ok())
                        .unwrap_or("")
                        .to_owned();
                    (StatusCode::CREATED, axum::Json(json!({ "id": "p1", "auth": auth })))
                }),
            )
            .route(
                "/api/proposals/{id}",
                axum::routing::get(|| async {
                    (
                        StatusCode::TOO_MANY_REQUESTS,
                        [
                            (header::CONTENT_TYPE, "application/problem+json"),
                            (header::RETRY_AFTER, "7"),
                        ],
                        r#"{"type":"urn:rfp-analyzer:problem:rate_limited","title":"Too Many Requests","status":429,"code":"rate_limited","detail":"Slow down."}"#,
                    )
                        .into_response()
                }),
            )
            .route(
                "/healthz",
                axum::routing::get(|| async { (StatusCode::BAD_GATEWAY, "<html>proxy</html>") }),
            );
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = listener.local_addr().unwrap();
        tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
        format!("http://{addr}/")
    }

    #[tokio::test]
    async fn calls_carry_the_token_and_problems_become_errors_with_their_code() {
        let base = server().await;
        let client = Client::new(&base).with_token("k1");
        assert_eq!(client.base(), base.trim_end_matches('/'));
        let created = client.create_proposal("t").await.unwrap();
        assert_eq!(created["auth"], "Bearer k1");
        let other = client.as_owner("k2").create_proposal("t").await.unwrap();
        assert_eq!(other["auth"], "Bearer k2");

        let e = client.proposal("p1").await.unwrap_err();
        assert_eq!((e.code(), e.status()), (Some("rate_limited"), Some(429)));
        let Error::Problem(p) = e else { unreachable!() };
        assert_eq!(p.retry_after, Some(Duration::from_secs(7)));
        assert_eq!(p.to_string(), "rate_limited (429): Slow down.");

        // Not a problem document: the code says so, the detail keeps the body.
        assert!(!client.healthy(false).await.unwrap());
        let e = client
            .send(client.request(Method::GET, "/healthz"))
            .await
            .unwrap_err();
        let Error::Problem(p) = e else { unreachable!() };
        assert_eq!((p.code.as_str(), p.status), ("error", 502));
        assert!(p.detail.contains("proxy"), "{}", p.detail);

        let gone = Client::new("http://127.0.0.1:9")
            .proposal("x")
            .await
            .unwrap_err();
        assert!(matches!(gone, Error::Unreachable { .. }), "{gone}");
        assert!(
            gone.to_string()
                .contains("cannot reach the service at http://127.0.0.1:9")
        );
    }
}
