//! The embedded adapters: one SQLite database (WAL) holds the store and the queue, a
//! directory holds the documents. Several processes may share one data directory:
//! SQLite's file locks order their writes, and within a process one lock serialises
//! writers so that they queue in memory instead of in SQLite's sleep-based busy
//! handler (which would add whole milliseconds to the tail latency).

mod blobs;
mod db;
mod queue;
mod store;
mod workspace;

use crate::domain::JobMessage;
use crate::ids::ProposalId;
use crate::ports::{Requested, StoreError};
use crate::state::AnalysisRequest;

pub use blobs::DirBlobs;
pub use db::Db;
pub use queue::SqliteQueue;
pub use store::SqliteStore;

/// Decides an analysis request and, when a job is due, records it as queued and
/// inserts its message, all in one transaction: on the embedded backend a job can
/// never be `queued` without a message (a transactional outbox for free, since the
/// store and the queue share one database).
pub async fn request_atomically(
    store: &SqliteStore,
    queue: &SqliteQueue,
    id: ProposalId,
    request: &AnalysisRequest,
) -> Result<Requested, StoreError> {
    debug_assert_eq!(
        store.db().path(),
        queue.db().path(),
        "store and queue share one database"
    );
    let name = queue.name().to_owned();
    let request = request.clone();
    let outcome = store
        .db()
        .write(
            |e| StoreError::backend("sqlite", e),
            move |conn| {
                let outcome = store::request_in(conn, id, &request)?;
                if let Requested::Enqueued(p) = &outcome {
                    let message = JobMessage::for_current_job(p).ok_or_else(|| {
                        StoreError::backend("enqueue", "the new job lacks its document")
                    })?;
                    let body = serde_json::to_string(&message)
                        .map_err(|e| StoreError::backend("encode message", e))?;
                    queue::insert_message(conn, &name, &body)
                        .map_err(|e| StoreError::backend("sqlite", e))?;
                }
                Ok(outcome)
            },
        )
        .await?;
    if matches!(outcome, Requested::Enqueued(_)) {
        queue.notify_sent();
    }
    Ok(outcome)
}
