//! The embedded adapters: one SQLite database (WAL) holds the store and the queue, a
//! directory holds the documents. Several processes may share one data directory:
//! SQLite's file locks order their writes, and within a process one lock serialises
//! writers so that they queue in memory instead of in SQLite's sleep-based busy
//! handler (which would add whole milliseconds to the tail latency).

mod blobs;
mod db;
mod queue;
mod store;

pub use blobs::DirBlobs;
pub use db::Db;
pub use queue::SqliteQueue;
pub use store::SqliteStore;
