//! The workspace on SQLite: one row per proposal holding its JSON, and one history row
//! per write, both written in one transaction after the version check.

use r2d2_sqlite::rusqlite::{OptionalExtension, params};

use super::db::sql_err;
use super::store::SqliteStore;
use crate::ids::ProposalId;
use crate::ports::StoreError;
use crate::workspace::{HistoryEntry, Workspace};

fn backend(e: crate::ports::BoxError) -> StoreError {
    StoreError::backend("sqlite workspace", e)
}

fn decode<T: serde::de::DeserializeOwned>(body: &str) -> Result<T, StoreError> {
    serde_json::from_str(body).map_err(|e| StoreError::backend("decode workspace", e))
}

fn encode<T: serde::Serialize>(v: &T) -> Result<String, StoreError> {
    serde_json::to_string(v).map_err(|e| StoreError::backend("encode workspace", e))
}

impl SqliteStore {
    pub(super) async fn get_workspace_op(&self, id: ProposalId) -> Result<Workspace, StoreError> {
        self.db()
            .read(backend, move |conn| {
                let body: Option<String> = conn
                    .query_row(
                        "SELECT body FROM workspaces WHERE proposal_id = ?1",
                        [id.to_string()],
                        |r| r.get(0),
                    )
                    .optional()
                    .map_err(|e| backend(sql_err(e)))?;
                body.as_deref()
                    .map(decode)
                    .transpose()
                    .map(Option::unwrap_or_default)
            })
            .await
    }

    pub(super) async fn put_workspace_op(
        &self,
        id: ProposalId,
        expected: u64,
        workspace: &Workspace,
        entry: &HistoryEntry,
    ) -> Result<(), StoreError> {
        let mut ws = workspace.clone();
        ws.version = expected + 1;
        let body = encode(&ws)?;
        let history = encode(entry)?;
        self.db()
            .write(backend, move |conn| {
                let exists: Option<i64> = conn
                    .query_row("SELECT 1 FROM proposals WHERE id = ?1", [id.to_string()], |r| {
                        r.get(0)
                    })
                    .optional()
                    .map_err(|e| backend(sql_err(e)))?;
                if exists.is_none() {
                    return Err(StoreError::NotFound(id));
                }
                let current: Option<i64> = conn
                    .query_row(
                        "SELECT version FROM workspaces WHERE proposal_id = ?1",
                        [id.to_string()],
                        |r| r.get(0),
                    )
                    .optional()
                    .map_err(|e| backend(sql_err(e)))?;
                if current.unwrap_or(0) as u64 != expected {
                    return Err(StoreError::WorkspaceChanged(id));
                }
                conn.execute(
                    "INSERT INTO workspaces (proposal_id, version, body) VALUES (?1, ?2, ?3)
                     ON CONFLICT (proposal_id) DO UPDATE SET version = ?2, body = ?3",
                    params![id.to_string(), (expected + 1) as i64, body],
                )
                .map_err(|e| backend(sql_err(e)))?;
                conn.execute(
                    "INSERT INTO workspace_history (proposal_id, version, body) VALUES (?1, ?2, ?3)",
                    params![id.to_string(), (expected + 1) as i64, history],
                )
                .map_err(|e| backend(sql_err(e)))?;
                Ok(())
            })
            .await
    }

    pub(super) async fn workspace_history_op(
        &self,
        id: ProposalId,
        limit: usize,
        before: Option<u64>,
    ) -> Result<Vec<HistoryEntry>, StoreError> {
        let limit = limit.clamp(1, 1000) as i64;
        let before = before.map_or(i64::MAX, |b| b.min(i64::MAX as u64) as i64);
        self.db()
            .read(backend, move |conn| {
                let mut stmt = conn
                    .prepare_cached(
                        "SELECT body FROM workspace_history
                         WHERE proposal_id = ?1 AND version < ?2
                         ORDER BY version DESC LIMIT ?3",
                    )
                    .map_err(|e| backend(sql_err(e)))?;
                let bodies = stmt
                    .query_map(params![id.to_string(), before, limit], |r| {
                        r.get::<_, String>(0)
                    })
                    .map_err(|e| backend(sql_err(e)))?
                    .collect::<Result<Vec<_>, _>>()
                    .map_err(|e| backend(sql_err(e)))?;
                bodies.iter().map(|b| decode(b)).collect()
            })
            .await
    }

    pub(super) async fn delete_workspace_op(&self, id: ProposalId) -> Result<(), StoreError> {
        self.db()
            .write(backend, move |conn| {
                for table in ["workspaces", "workspace_history"] {
                    conn.execute(
                        &format!("DELETE FROM {table} WHERE proposal_id = ?1"),
                        [id.to_string()],
                    )
                    .map_err(|e| backend(sql_err(e)))?;
                }
                Ok(())
            })
            .await
    }
}
