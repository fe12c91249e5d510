//! The embedded adapters: one SQLite database (WAL) holds the store and the queue, a
//! directory holds the documents. Several processes may share one data directory:
//! SQLite's file locks order their writes, and within a process one lock serialises
//! writers so that they queue in memory instead of in SQLite's sleep-based busy
//! handler (which would add whole milliseconds to the tail latency).

mod blobs;
mod db;
mod queue;
mod store;

use crate::domain::{JobMessage, Proposal};
use crate::ids::ProposalId;
use crate::ports::StoreError;
use crate::state::Event;

pub use blobs::DirBlobs;
pub use db::Db;
pub use queue::SqliteQueue;
pub use store::SqliteStore;

/// Records a job as queued and inserts its message in one transaction: on the
/// embedded backend a job can never be `queued` without a message (a transactional
/// outbox for free, since the store and the queue share one database).
pub async fn submit_atomically(
    store: &SqliteStore,
    queue: &SqliteQueue,
    id: ProposalId,
    enqueue: Event,
    message: &JobMessage,
) -> Result<Proposal, StoreError> {
    debug_assert_eq!(
        store.db().path(),
        queue.db().path(),
        "store and queue share one database"
    );
    let body =
        serde_json::to_string(message).map_err(|e| StoreError::backend("encode message", e))?;
    let name = queue.name().to_owned();
    let proposal = store
        .db()
        .write(
            |e| StoreError::backend("sqlite", e),
            move |conn| {
                let proposal = store::apply_in(conn, id, enqueue)?;
                queue::insert_message(conn, &name, &body)
                    .map_err(|e| StoreError::backend("sqlite", e))?;
                Ok(proposal)
            },
        )
        .await?;
    queue.notify_sent();
    Ok(proposal)
}
