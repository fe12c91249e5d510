//! The job queue on SQLite, with SQS's semantics: a received message is invisible for
//! the visibility timeout, its receive count grows with each delivery, and a message
//! received more than `max_receives` times moves to the dead-letter table instead of
//! being delivered again (SQS's redrive policy).
//!
//! A waiting receive is woken at once by a send from the same process, and looks for
//! messages from other processes every `poll_interval`: SQLite cannot push.

use std::sync::Arc;
use std::time::Duration;

use async_trait::async_trait;
use chrono::{TimeZone, Utc};
use r2d2_sqlite::rusqlite::params;
use tokio::sync::Notify;

use super::db::{Db, now_ms, sql_err};
use crate::domain::JobMessage;
use crate::ports::{BoxError, Delivery, JobQueue, QueueDepth, QueueError};

/// The embedded [`JobQueue`].
#[derive(Clone)]
pub struct SqliteQueue {
    db: Db,
    /// Several logical queues may share one database; tests use that.
    name: String,
    visibility: Duration,
    max_receives: u32,
    poll_interval: Duration,
    sent: Arc<Notify>,
}

/// Inserts a message inside the caller's transaction; returns its id.
pub(crate) fn insert_message(
    conn: &r2d2_sqlite::rusqlite::Connection,
    queue: &str,
    body: &str,
) -> r2d2_sqlite::rusqlite::Result<i64> {
    let now = now_ms();
    conn.prepare_cached(
        "INSERT INTO queue_messages (queue, body, sent_at, visible_at) VALUES (?1, ?2, ?3, ?3)",
    )?
    .execute(params![queue, body, now])?;
    Ok(conn.last_insert_rowid())
}

fn backend(e: BoxError) -> QueueError {
    QueueError::Backend {
        operation: "sqlite",
        queue: "embedded".into(),
        source: e,
    }
}

impl SqliteQueue {
    pub fn new(
        db: Db,
        name: impl Into<String>,
        visibility: Duration,
        max_receives: u32,
        poll_interval: Duration,
    ) -> Self {
        Self {
            db,
            name: name.into(),
            visibility,
            max_receives,
            poll_interval,
            sent: Arc::new(Notify::new()),
        }
    }

    /// Sends a raw body (tests use it to send poison messages).
    pub async fn send_raw(&self, body: String) -> Result<String, QueueError> {
        let name = self.name.clone();
        let id = self
            .db
            .write(backend, move |conn| {
                insert_message(conn, &name, &body).map_err(|e| backend(sql_err(e)))
            })
            .await?;
        self.notify_sent();
        Ok(id.to_string())
    }

    pub(crate) fn name(&self) -> &str {
        &self.name
    }

    pub(crate) fn db(&self) -> &Db {
        &self.db
    }

    /// Makes a held message visible `after` from now, if `delivery`'s receipt still
    /// holds it; `forget` also resets its receive count (a deferral, not a delivery).
    async fn update_held(
        &self,
        delivery: &Delivery,
        after: Duration,
        forget: bool,
    ) -> Result<(), QueueError> {
        let message_id = delivery.message_id.clone();
        let id: i64 = message_id.parse().map_err(|_| QueueError::ReceiptInvalid {
            message_id: message_id.clone(),
        })?;
        let receipt = delivery.receipt.clone();
        let ms = after.as_millis() as i64;
        let sql = if forget {
            "UPDATE queue_messages SET visible_at = ?3, receive_count = 0, receipt = NULL WHERE id = ?1 AND receipt = ?2"
        } else {
            "UPDATE queue_messages SET visible_at = ?3 WHERE id = ?1 AND receipt = ?2"
        };
        let changed = self
            .db
            .write(backend, move |conn| {
                conn.execute(sql, params![id, receipt, now_ms() + ms])
                    .map_err(|e| backend(sql_err(e)))
            })
            .await?;
        if changed == 0 {
            return Err(QueueError::ReceiptInvalid { message_id });
        }
        if after.is_zero() {
            self.sent.notify_waiters();
        }
        Ok(())
    }

    /// Wakes this process's waiting receives after a send committed.
    pub(crate) fn notify_sent(&self) {
        self.sent.notify_waiters();
    }

    /// The bodies in the dead-letter table, oldest first.
    pub async fn dead_letters(&self) -> Result<Vec<String>, QueueError> {
        let name = self.name.clone();
        self.db
            .read(backend, move |conn| {
                let mut stmt = conn
                    .prepare_cached("SELECT body FROM dead_letters WHERE queue = ?1 ORDER BY id")
                    .map_err(|e| backend(sql_err(e)))?;
                stmt.query_map([name], |r| r.get(0))
                    .map_err(|e| backend(sql_err(e)))?
                    .collect::<Result<Vec<String>, _>>()
                    .map_err(|e| backend(sql_err(e)))
            })
            .await
    }

    async fn try_receive(&self, max: usize) -> Result<Vec<Delivery>, QueueError> {
        let name = self.name.clone();
        let visibility = self.visibility.as_millis() as i64;
        let max_receives = self.max_receives;
        self.db
            .write(backend, move |conn| {
                let now = now_ms();
                let mut select = conn
                    .prepare_cached(
                        "SELECT id, body, sent_at, receive_count FROM queue_messages
                         WHERE queue = ?1 AND visible_at <= ?2
                         ORDER BY visible_at, id LIMIT ?3",
                    )
                    .map_err(|e| backend(sql_err(e)))?;
                let ready = select
                    .query_map(params![name, now, max as i64], |r| {
                        Ok((
                            r.get::<_, i64>(0)?,
                            r.get::<_, String>(1)?,
                            r.get::<_, i64>(2)?,
                            r.get::<_, u32>(3)?,
                        ))
                    })
                    .map_err(|e| backend(sql_err(e)))?
                    .collect::<Result<Vec<_>, _>>()
                    .map_err(|e| backend(sql_err(e)))?;

                let mut deliveries = Vec::with_capacity(ready.len());
                for (id, body, sent_at, count) in ready {
                    if count >= max_receives {
                        conn.execute(
                            "INSERT INTO dead_letters (id, queue, body, sent_at, receive_count, dead_at)
                             SELECT id, queue, body, sent_at, receive_count, ?2 FROM queue_messages WHERE id = ?1",
                            params![id, now],
                        )
                        .and_then(|_| conn.execute("DELETE FROM queue_messages WHERE id = ?1", [id]))
                        .map_err(|e| backend(sql_err(e)))?;
                        tracing::warn!(message_id = id, receive_count = count, "Moved a message to the dead-letter queue after its last allowed delivery.");
                        continue;
                    }
                    let receipt = uuid::Uuid::new_v4().to_string();
                    conn.execute(
                        "UPDATE queue_messages SET receive_count = receive_count + 1, visible_at = ?2, receipt = ?3 WHERE id = ?1",
                        params![id, now + visibility, receipt],
                    )
                    .map_err(|e| backend(sql_err(e)))?;
                    deliveries.push(Delivery {
                        message_id: id.to_string(),
                        receipt,
                        body,
                        receive_count: count + 1,
                        sent_at: Utc.timestamp_millis_opt(sent_at).single().unwrap_or_else(Utc::now),
                    });
                }
                Ok(deliveries)
            })
            .await
    }
}

#[async_trait]
impl JobQueue for SqliteQueue {
    async fn send(&self, message: &JobMessage) -> Result<String, QueueError> {
        let body = serde_json::to_string(message).map_err(|e| backend(e.into()))?;
        self.send_raw(body).await
    }

    async fn defer(&self, delivery: &Delivery, delay: Duration) -> Result<(), QueueError> {
        self.update_held(delivery, delay, true).await
    }

    async fn receive(&self, max: usize, wait: Duration) -> Result<Vec<Delivery>, QueueError> {
        self.receive_until(max, wait, &tokio_util::sync::CancellationToken::new())
            .await
    }

    /// Stops waiting between two looks once `stop` is cancelled: a look is one
    /// transaction, so nothing is ever taken and then dropped.
    async fn receive_until(
        &self,
        max: usize,
        wait: Duration,
        stop: &tokio_util::sync::CancellationToken,
    ) -> Result<Vec<Delivery>, QueueError> {
        let deadline = tokio::time::Instant::now() + wait;
        loop {
            // Register for the wake-up before looking, so a send in between is not missed.
            let sent = self.sent.notified();
            tokio::pin!(sent);
            sent.as_mut().enable();
            let got = self.try_receive(max.max(1)).await?;
            let now = tokio::time::Instant::now();
            if !got.is_empty() || now >= deadline {
                return Ok(got);
            }
            let nap = self.poll_interval.min(deadline - now);
            tokio::select! {
                // A stop wins over a message sent at the same moment: a stopping
                // worker takes nothing more.
                biased;
                _ = stop.cancelled() => return Ok(got),
                _ = sent => {}
                _ = tokio::time::sleep(nap) => {}
            }
        }
    }

    async fn set_visibility(
        &self,
        delivery: &Delivery,
        visibility: Duration,
    ) -> Result<(), QueueError> {
        self.update_held(delivery, visibility, false).await
    }

    async fn delete(&self, delivery: &Delivery) -> Result<(), QueueError> {
        let id: i64 = delivery
            .message_id
            .parse()
            .map_err(|_| QueueError::ReceiptInvalid {
                message_id: delivery.message_id.clone(),
            })?;
        let receipt = delivery.receipt.clone();
        let deleted = self
            .db
            .write(backend, move |conn| {
                conn.execute(
                    "DELETE FROM queue_messages WHERE id = ?1 AND receipt = ?2",
                    params![id, receipt],
                )
                .map_err(|e| backend(sql_err(e)))
            })
            .await?;
        if deleted == 0 {
            return Err(QueueError::ReceiptInvalid {
                message_id: delivery.message_id.clone(),
            });
        }
        Ok(())
    }

    async fn depth(&self) -> Result<QueueDepth, QueueError> {
        let name = self.name.clone();
        self.db
            .read(backend, move |conn| {
                let now = now_ms();
                conn.query_row(
                    "SELECT
                        (SELECT COUNT(*) FROM queue_messages WHERE queue = ?1 AND visible_at <= ?2),
                        (SELECT COUNT(*) FROM queue_messages WHERE queue = ?1 AND visible_at > ?2),
                        (SELECT COUNT(*) FROM dead_letters WHERE queue = ?1),
                        (SELECT MIN(sent_at) FROM queue_messages WHERE queue = ?1 AND visible_at <= ?2)",
                    params![name, now],
                    |r| {
                        Ok(QueueDepth {
                            visible: r.get::<_, i64>(0)? as u64,
                            in_flight: r.get::<_, i64>(1)? as u64,
                            dead_letters: r.get::<_, i64>(2)? as u64,
                            oldest_age: r.get::<_, Option<i64>>(3)?.map(|sent| {
                                Duration::from_millis(now.saturating_sub(sent).max(0) as u64)
                            }),
                        })
                    },
                )
                .map_err(|e| backend(sql_err(e)))
            })
            .await
    }

    async fn receive_dead_letters(&self, max: usize) -> Result<Vec<Delivery>, QueueError> {
        let name = self.name.clone();
        self.db
            .read(backend, move |conn| {
                let mut stmt = conn
                    .prepare_cached(
                        "SELECT id, body, sent_at, receive_count FROM dead_letters
                         WHERE queue = ?1 AND id NOT IN (SELECT id FROM dead_letters_handled)
                         ORDER BY id LIMIT ?2",
                    )
                    .map_err(|e| backend(sql_err(e)))?;
                stmt.query_map(params![name, max as i64], |r| {
                    let id: i64 = r.get(0)?;
                    Ok(Delivery {
                        message_id: id.to_string(),
                        receipt: id.to_string(),
                        body: r.get(1)?,
                        receive_count: r.get(3)?,
                        sent_at: chrono::DateTime::from_timestamp_millis(r.get(2)?)
                            .unwrap_or_else(chrono::Utc::now),
                    })
                })
                .map_err(|e| backend(sql_err(e)))?
                .collect::<Result<Vec<_>, _>>()
                .map_err(|e| backend(sql_err(e)))
            })
            .await
    }

    async fn dead_letter_handled(&self, delivery: &Delivery) -> Result<(), QueueError> {
        let id: i64 = delivery
            .receipt
            .parse()
            .map_err(|_| QueueError::ReceiptInvalid {
                message_id: delivery.message_id.clone(),
            })?;
        self.db
            .write(backend, move |conn| {
                conn.execute(
                    "INSERT OR IGNORE INTO dead_letters_handled (id) VALUES (?1)",
                    [id],
                )
                .map(|_| ())
                .map_err(|e| backend(sql_err(e)))
            })
            .await
    }
}
