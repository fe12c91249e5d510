//! `rfp-shared`: the domain library of RFP Analyzer.
//!
//! A tour:
//! - [`ids`]: validated identifiers (`ProposalId`, `JobId`, `Owner`, `BlobKey`).
//! - [`domain`]: the records (proposal, document, analysis state, queue message).
//! - [`state`]: the job state machine every adapter applies in one conditional write;
//!   [`failure`]: the catalogue of the codes a failed job records.
//! - [`ports`]: the four ports (`Store`, `JobQueue`, `Blobs`, `Model`) and their errors.
//! - [`embedded`]: the adapters for one machine (SQLite and a directory).
//! - [`aws`]: the adapters for AWS (DynamoDB, SQS, S3) and the `setup` command.
//! - [`workspace`]: the bid team's corrections and matrix work laid over an analysis.
//! - [`backends`]: builds the adapters the settings ask for.
//! - [`settings`]: layered configuration, documented in one table.
//! - [`telemetry`]: logging set-up, and an error's chain on one line for logs.
//! - [`metrics`]: the Prometheus recorder; [`probe`]: the binaries' health checks;
//!   [`process`]: the limits a server sets for itself; [`shutdown`]: SIGTERM and SIGINT.
//! - [`backoff`]: the one back-off policy (the model calls, callbacks, a job's
//!   redelivery delay, polling, the API's retried package writes).
//!
//! Nothing here speaks HTTP or calls a model.

pub mod aws;
pub mod backends;
pub mod backoff;
pub mod domain;
pub mod embedded;
pub mod failure;
pub mod ids;
pub mod metrics;
pub mod ports;
pub mod probe;
pub mod process;
pub mod settings;
pub mod shutdown;
pub mod state;
pub mod telemetry;
pub mod workspace;

pub use r2d2_sqlite::rusqlite;
