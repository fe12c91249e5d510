//! `rfp-worker`: the job pipeline.
//!
//! A tour:
//! - [`extraction`]: a document's text: what an upload really is and its text page by
//!   page ([`extract`]), in a child process with a time budget and a memory bound
//!   ([`sandbox`]), scanned pages read by the local Tesseract or Amazon Textract
//!   ([`ocr`]).
//! - [`prompt`]: prompt assembly (system and user prompts kept apart).
//! - [`model`]: the model adapters: the offline engine (the `rfp-engine` crate) run
//!   on a thread of its own; Claude on Bedrock
//!   (Converse with a forced tool, robust parsing of text answers, retries within a
//!   per-job budget, long documents in parts); the answer schemas; a latency wrapper.
//! - [`quotes`]: every quote of an analysis checked against the document; [`bounds`]:
//!   the ceiling on a result's size (long strings and lists cut), whatever the engine;
//!   [`matrix`]: a model's compliance matrix settled (rows verbatim in the document,
//!   stable ids, categories); [`merge`]: a package's per-document analyses merged by
//!   precedence.
//! - [`config`]: what the worker takes from the settings; [`app`]: the worker built
//!   from them (`Worker::build`), as `rfp-worker run` and the API's embedded worker do.
//! - [`pipeline`]: one delivery handled to a durable outcome, fenced by job id (its
//!   text, cached or extracted, in `pipeline::text`; the model call and the checks
//!   of its answer in `pipeline::stages`; the result's `meta` in `pipeline::meta`;
//!   the dead-letter sweep in `pipeline::sweep`).
//! - [`runner`]: the receive loop with its concurrency, heartbeat and graceful stop.
//! - [`callback`]: signed completion callbacks; [`health`]: the worker's `/healthz`.
//!
//! The back-off policy is `rfp_shared::backoff`; the health listener serves through
//! `rfp_serve`, as the API does.
//!
//! Nothing here speaks HTTP to clients; `rfp-api` embeds this library in embedded mode.

pub mod app;
pub mod bounds;
pub mod callback;
pub mod config;
pub mod extraction;
pub mod health;
pub mod matrix;
pub mod merge;
pub mod model;
pub mod pipeline;
pub mod prompt;
pub mod quotes;
pub mod runner;

pub use extraction::{extract, ocr, sandbox};
pub use pipeline::{Disposition, Worker, WorkerConfig};
pub use runner::Outcome;

/// The project's own sample RFP (fictional, written for this project): the quick
/// start analyses it, and tests use it as a fixture.
pub const SAMPLE_RFP: &str = include_str!("../fixtures/sample-rfp.md");
