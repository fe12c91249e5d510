//! `rfp-worker`: the job pipeline.
//!
//! A tour:
//! - [`extract`]: what an upload really is, and its text page by page.
//! - [`prompt`]: prompt assembly (system and user prompts kept apart).
//! - [`model`]: the model adapters (the offline extractive analyzer, a latency wrapper).
//! - [`pipeline`]: one delivery handled to a durable outcome, fenced by job id.
//! - [`runner`]: the receive loop with its concurrency, heartbeat and graceful stop.
//!
//! Nothing here speaks HTTP to clients; `rfp-api` embeds this library in embedded mode.

pub mod extract;
pub mod model;
pub mod pipeline;
pub mod prompt;
pub mod runner;

pub use pipeline::{Disposition, Worker, WorkerConfig};
pub use runner::Outcome;
