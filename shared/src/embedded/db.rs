//! The SQLite database file shared by the embedded store and queue.

use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use r2d2_sqlite::SqliteConnectionManager;
use r2d2_sqlite::rusqlite::{self, Connection, TransactionBehavior};

use crate::ports::BoxError;

const SCHEMA: &str = r#"
CREATE TABLE IF NOT EXISTS proposals (
    id          TEXT PRIMARY KEY,
    owner       TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    version     INTEGER NOT NULL,
    body        TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS proposals_by_owner ON proposals (owner, created_at DESC, id DESC);

-- Every job transition except progress, in order: the audit trail an operator reads
-- to see what happened to a job, and what the tests count results with.
CREATE TABLE IF NOT EXISTS job_events (
    seq          INTEGER PRIMARY KEY AUTOINCREMENT,
    proposal_id  TEXT NOT NULL,
    job_id       TEXT NOT NULL,
    event        TEXT NOT NULL,
    status       TEXT NOT NULL,
    worker       TEXT,
    at           TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS job_events_by_job ON job_events (job_id);

CREATE TABLE IF NOT EXISTS queue_messages (
    id             INTEGER PRIMARY KEY AUTOINCREMENT,
    queue          TEXT NOT NULL,
    body           TEXT NOT NULL,
    sent_at        INTEGER NOT NULL,
    visible_at     INTEGER NOT NULL,
    receive_count  INTEGER NOT NULL DEFAULT 0,
    receipt        TEXT
);
CREATE INDEX IF NOT EXISTS queue_ready ON queue_messages (queue, visible_at);

CREATE TABLE IF NOT EXISTS dead_letters (
    id             INTEGER PRIMARY KEY,
    queue          TEXT NOT NULL,
    body           TEXT NOT NULL,
    sent_at        INTEGER NOT NULL,
    receive_count  INTEGER NOT NULL,
    dead_at        INTEGER NOT NULL
);
"#;

/// A pool of connections to one database file, and the process-wide writer lock.
#[derive(Clone)]
pub struct Db {
    pool: r2d2::Pool<SqliteConnectionManager>,
    write_lock: Arc<Mutex<()>>,
    path: PathBuf,
}

impl Db {
    /// Opens (creating if needed) the database and its schema.
    pub fn open(path: &Path) -> Result<Self, BoxError> {
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent)
                .map_err(|e| format!("cannot create {}: {e}", parent.display()))?;
        }
        let manager = SqliteConnectionManager::file(path).with_init(|c| {
            // WAL lets readers go on while one writer commits, across processes.
            // synchronous=NORMAL: a commit survives a process crash (SIGKILL) but the
            // last commits may be lost if the machine loses power; FULL would cost an
            // fsync per status write. The queue's at-least-once redelivery covers it.
            c.execute_batch(
                "PRAGMA journal_mode = WAL;
                 PRAGMA synchronous = NORMAL;
                 PRAGMA foreign_keys = ON;",
            )?;
            c.busy_timeout(Duration::from_secs(10))
        });
        let pool = r2d2::Pool::builder()
            .max_size(8)
            .connection_timeout(Duration::from_secs(10))
            .build(manager)
            .map_err(|e| format!("cannot open {}: {e}", path.display()))?;
        let db = Self {
            pool,
            write_lock: Arc::new(Mutex::new(())),
            path: path.to_path_buf(),
        };
        let conn = db.pool.get()?;
        conn.execute_batch(SCHEMA)
            .map_err(|e| format!("cannot create the schema in {}: {e}", path.display()))?;
        Ok(db)
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Runs `f` on a pooled connection on the blocking pool.
    pub(crate) async fn read<T, E>(
        &self,
        on_error: fn(BoxError) -> E,
        f: impl FnOnce(&Connection) -> Result<T, E> + Send + 'static,
    ) -> Result<T, E>
    where
        T: Send + 'static,
        E: Send + 'static,
    {
        let pool = self.pool.clone();
        tokio::task::spawn_blocking(move || {
            let conn = pool.get().map_err(|e| on_error(e.into()))?;
            f(&conn)
        })
        .await
        .map_err(|e| on_error(e.into()))?
    }

    /// Runs `f` in an immediate (write-locked) transaction and commits if it returns
    /// `Ok`. Writers of this process wait for each other here, in memory.
    pub(crate) async fn write<T, E>(
        &self,
        on_error: fn(BoxError) -> E,
        f: impl FnOnce(&Connection) -> Result<T, E> + Send + 'static,
    ) -> Result<T, E>
    where
        T: Send + 'static,
        E: Send + 'static,
    {
        let pool = self.pool.clone();
        let lock = self.write_lock.clone();
        tokio::task::spawn_blocking(move || {
            let mut conn = pool.get().map_err(|e| on_error(e.into()))?;
            let _guard = lock.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
            let tx = conn
                .transaction_with_behavior(TransactionBehavior::Immediate)
                .map_err(|e| on_error(e.into()))?;
            let value = f(&tx)?;
            tx.commit().map_err(|e| on_error(e.into()))?;
            Ok(value)
        })
        .await
        .map_err(|e| on_error(e.into()))?
    }
}

/// Milliseconds since the epoch, the queue's clock.
pub(crate) fn now_ms() -> i64 {
    chrono::Utc::now().timestamp_millis()
}

pub(crate) fn sql_err(e: rusqlite::Error) -> BoxError {
    e.into()
}
