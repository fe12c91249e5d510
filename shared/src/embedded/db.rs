//! The SQLite database file shared by the embedded store and queue.

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

use r2d2_sqlite::SqliteConnectionManager;
use r2d2_sqlite::rusqlite::{self, Connection};

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

-- Prompt items, keyed by what the worker looks them up by.
CREATE TABLE IF NOT EXISTS prompts (
    id           TEXT NOT NULL,
    version      INTEGER NOT NULL,
    section      TEXT NOT NULL,
    sub_section  TEXT NOT NULL,
    is_active    INTEGER NOT NULL,
    body         TEXT NOT NULL,
    PRIMARY KEY (id, version)
);
CREATE INDEX IF NOT EXISTS prompts_active ON prompts (section, sub_section, is_active);

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
-- The bid team's workspace on a proposal's analysis (one versioned JSON record), and
-- the history of its writes, one row per write.
CREATE TABLE IF NOT EXISTS workspaces (
    proposal_id  TEXT PRIMARY KEY,
    version      INTEGER NOT NULL,
    body         TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS workspace_history (
    proposal_id  TEXT NOT NULL,
    version      INTEGER NOT NULL,
    body         TEXT NOT NULL,
    PRIMARY KEY (proposal_id, version)
);
-- Dead letters the sweeper has recorded as failed jobs (they stay for inspection).
CREATE TABLE IF NOT EXISTS dead_letters_handled (
    id           INTEGER PRIMARY KEY
);
"#;

/// A write to run on the writer thread. It runs inside a savepoint of the batch's
/// transaction and returns what to do once the batch has committed (or failed to).
/// It gets the error instead when the transaction could not even begin.
type WriteJob = Box<dyn FnOnce(Result<&Connection, &str>) -> Completion + Send>;
type Completion = Box<dyn FnOnce(Result<(), BoxError>) + Send>;

/// Most writes folded into one transaction.
const MAX_BATCH: usize = 128;

/// A pool of reader connections to one database file, and the process's writer thread.
///
/// All writes of a process go, in arrival order, to one thread that owns the write
/// connection. It folds whatever writes are waiting into one transaction (each in its
/// own savepoint, so one failing write does not undo the others) and answers each
/// only after the commit: group commit. Writers queue in a FIFO channel instead of on
/// a lock (an unfair lock starves some callers, which shows as a long latency tail),
/// and a burst costs one commit instead of one per write.
#[derive(Clone)]
pub struct Db {
    pool: r2d2::Pool<SqliteConnectionManager>,
    writer: std::sync::mpsc::Sender<WriteJob>,
    /// Kept by every clone; the checkpointer stops when the last one goes.
    alive: Arc<()>,
    path: PathBuf,
}

impl Db {
    /// Opens (creating if needed) the database and its schema.
    pub fn open(path: &Path) -> Result<Self, BoxError> {
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent)
                .map_err(|e| format!("cannot create {}: {e}", parent.display()))?;
        }
        // A new database switches to WAL once, on one connection, before the pool opens
        // its connections on several threads: the switch takes a lock that SQLite does
        // not wait for (its busy handler is skipped where waiting could deadlock), so
        // under load a pooled connection switching at the same moment failed with
        // "database is locked" (logged at ERROR by the pool at start-up) even with a
        // wait set. WAL is kept in the file: the pooled connections find it set.
        {
            let c = Connection::open(path)
                .map_err(|e| format!("cannot open {}: {e}", path.display()))?;
            c.busy_timeout(Duration::from_secs(10))?;
            c.execute_batch("PRAGMA journal_mode = WAL;")
                .map_err(|e| format!("cannot open {}: {e}", path.display()))?;
        }
        let manager = SqliteConnectionManager::file(path).with_init(|c| {
            // WAL lets readers go on while one writer commits, across processes.
            // synchronous=NORMAL: a commit survives a process crash (SIGKILL) but the
            // last commits may be lost if the machine loses power; FULL would cost an
            // fsync per status write. The queue's at-least-once redelivery covers it.
            // Checkpoints (which fsync) run on a background thread, not in whichever
            // request happens to commit the 1000th page: that commit would otherwise
            // wait for the disk and show in the tail latency.
            // The wait first: the pool opens its connections at once on several
            // threads, and a new database's switch to WAL locks it for a moment; a
            // connection without a wait then failed ("database is locked", logged at
            // ERROR by the pool at start-up) and was opened again.
            c.busy_timeout(Duration::from_secs(10))?;
            c.execute_batch(
                "PRAGMA journal_mode = WAL;
                 PRAGMA synchronous = NORMAL;
                 PRAGMA wal_autocheckpoint = 0;
                 PRAGMA foreign_keys = ON;",
            )
        });
        let pool = r2d2::Pool::builder()
            .max_size(8)
            .connection_timeout(Duration::from_secs(10))
            .build(manager)
            .map_err(|e| format!("cannot open {}: {e}", path.display()))?;
        let conn = pool.get()?;
        conn.execute_batch(SCHEMA)
            .map_err(|e| format!("cannot create the schema in {}: {e}", path.display()))?;
        let write_conn = pool.get()?;
        let db = Self {
            pool,
            writer: spawn_writer(write_conn),
            alive: Arc::new(()),
            path: path.to_path_buf(),
        };
        spawn_checkpointer(path, Arc::downgrade(&db.alive));
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

    /// Runs `f` on the writer thread inside a transaction, and returns its result
    /// once that transaction has committed. An `Err` from `f` undoes `f`'s writes only.
    pub(crate) async fn write<T, E>(
        &self,
        on_error: fn(BoxError) -> E,
        f: impl FnOnce(&Connection) -> Result<T, E> + Send + 'static,
    ) -> Result<T, E>
    where
        T: Send + 'static,
        E: Send + 'static,
    {
        let (tx, rx) = tokio::sync::oneshot::channel::<Result<T, E>>();
        let job: WriteJob = Box::new(move |conn: Result<&Connection, &str>| -> Completion {
            let result = match conn {
                Err(begin) => Err(on_error(begin.to_owned().into())),
                Ok(conn) => Self::run_in_savepoint(conn, on_error, f),
            };
            Box::new(move |committed: Result<(), BoxError>| {
                let _ = tx.send(match committed {
                    Ok(()) => result,
                    Err(e) => Err(on_error(e)),
                });
            })
        });
        self.writer
            .send(job)
            .map_err(|_| on_error("the database writer thread has stopped".into()))?;
        rx.await
            .map_err(|_| on_error("the database writer thread has stopped".into()))?
    }

    /// Runs `f` in a savepoint: its writes are kept if it succeeds, undone if not.
    fn run_in_savepoint<T, E>(
        conn: &Connection,
        on_error: fn(BoxError) -> E,
        f: impl FnOnce(&Connection) -> Result<T, E>,
    ) -> Result<T, E> {
        conn.execute_batch("SAVEPOINT op")
            .map_err(|e| on_error(e.into()))?;
        let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| f(conn)))
            .unwrap_or_else(|_| Err(on_error("a database write panicked".into())));
        let end = if result.is_ok() {
            "RELEASE op"
        } else {
            "ROLLBACK TO op; RELEASE op"
        };
        conn.execute_batch(end).map_err(|e| on_error(e.into()))?;
        result
    }
}

/// Starts the writer thread; it ends when every sender (every `Db` clone) is gone.
fn spawn_writer(
    conn: r2d2::PooledConnection<SqliteConnectionManager>,
) -> std::sync::mpsc::Sender<WriteJob> {
    let (tx, rx) = std::sync::mpsc::channel::<WriteJob>();
    std::thread::Builder::new()
        .name("sqlite-writer".into())
        .spawn(move || {
            while let Ok(first) = rx.recv() {
                let mut batch = vec![first];
                while batch.len() < MAX_BATCH {
                    match rx.try_recv() {
                        Ok(job) => batch.push(job),
                        Err(_) => break,
                    }
                }
                // BEGIN IMMEDIATE takes the file's write lock at once (waiting up to the
                // busy timeout for other processes), so no statement fails half-way.
                if let Err(e) = conn.execute_batch("BEGIN IMMEDIATE") {
                    let message = e.to_string();
                    for job in batch {
                        job(Err(&message))(Ok(()));
                    }
                    continue;
                }
                let completions: Vec<Completion> =
                    batch.into_iter().map(|job| job(Ok(&conn))).collect();
                let committed = conn.execute_batch("COMMIT").map_err(|e| e.to_string());
                if committed.is_err() {
                    let _ = conn.execute_batch("ROLLBACK");
                }
                for done in completions {
                    done(committed.clone().map_err(Into::into));
                }
            }
        })
        .expect("a thread starts");
    tx
}

/// How often the background thread folds the WAL back into the database file.
const CHECKPOINT_EVERY: Duration = Duration::from_millis(500);

/// Checkpoints the WAL in the background (PASSIVE: never blocks readers or writers)
/// for as long as the `Db` that owns `alive` exists.
fn spawn_checkpointer(path: &Path, alive: std::sync::Weak<()>) {
    let path = path.to_path_buf();
    std::thread::Builder::new()
        .name("sqlite-checkpoint".into())
        .spawn(move || {
            let Ok(conn) = Connection::open(&path) else {
                return;
            };
            let _ = conn.busy_timeout(Duration::from_secs(1));
            while alive.strong_count() > 0 {
                std::thread::sleep(CHECKPOINT_EVERY);
                if let Err(e) = conn.query_row("PRAGMA wal_checkpoint(PASSIVE)", [], |_| Ok(())) {
                    tracing::debug!(error = %e, "WAL checkpoint skipped.");
                }
            }
        })
        .expect("a thread starts");
}

/// Milliseconds since the epoch, the queue's clock.
pub(crate) fn now_ms() -> i64 {
    chrono::Utc::now().timestamp_millis()
}

pub(crate) fn sql_err(e: rusqlite::Error) -> BoxError {
    e.into()
}
