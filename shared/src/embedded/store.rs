//! The store on SQLite: one row per proposal holding its JSON record, plus the job
//! history. A job event is a read-modify-write inside one immediate transaction, so
//! the state machine's verdict and the write are atomic even across processes.

use async_trait::async_trait;
use chrono::{SecondsFormat, Utc};
use r2d2_sqlite::rusqlite::{OptionalExtension, params};

use super::db::{Db, sql_err};
use crate::domain::{DocumentRef, PromptItem, PromptQuery, Proposal, pick_prompt};
use crate::ids::{Owner, ProposalId};
use crate::ports::{BoxError, Page, Requested, Store, StoreError};
use crate::state::{self, AnalysisRequest, Decision, Event};
use crate::workspace::{HistoryEntry, Workspace};

/// The embedded [`Store`].
#[derive(Clone)]
pub struct SqliteStore {
    db: Db,
}

fn backend(e: BoxError) -> StoreError {
    StoreError::backend("sqlite", e)
}

fn sortable(t: chrono::DateTime<Utc>) -> String {
    t.to_rfc3339_opts(SecondsFormat::Micros, true)
}

fn decode(body: &str) -> Result<Proposal, StoreError> {
    serde_json::from_str(body).map_err(|e| StoreError::backend("decode proposal", e))
}

fn encode(p: &Proposal) -> Result<String, StoreError> {
    serde_json::to_string(p).map_err(|e| StoreError::backend("encode proposal", e))
}

fn load(
    conn: &r2d2_sqlite::rusqlite::Connection,
    id: ProposalId,
) -> Result<Option<Proposal>, StoreError> {
    let body: Option<String> = conn
        .prepare_cached("SELECT body FROM proposals WHERE id = ?1")
        .and_then(|mut stmt| {
            stmt.query_row([id.to_string()], |row| row.get(0))
                .optional()
        })
        .map_err(|e| backend(sql_err(e)))?;
    body.as_deref().map(decode).transpose()
}

fn save(conn: &r2d2_sqlite::rusqlite::Connection, p: &Proposal) -> Result<(), StoreError> {
    let body = encode(p)?;
    conn.prepare_cached("UPDATE proposals SET body = ?2, version = ?3 WHERE id = ?1")
        .and_then(|mut stmt| stmt.execute(params![p.id.to_string(), body, p.version as i64]))
        .map_err(|e| backend(sql_err(e)))?;
    Ok(())
}

/// Applies a job event inside the caller's transaction (see `state::apply`).
pub(crate) fn apply_in(
    conn: &r2d2_sqlite::rusqlite::Connection,
    id: ProposalId,
    event: Event,
) -> Result<Proposal, StoreError> {
    let mut p = load(conn, id)?.ok_or(StoreError::NotFound(id))?;
    let job_id = event.job_id();
    let name = event.name();
    p.analysis = state::apply(&p.analysis, event)?;
    p.version += 1;
    p.updated_at = Utc::now();
    save(conn, &p)?;
    if name != "progress" {
        conn.prepare_cached(
            "INSERT INTO job_events (proposal_id, job_id, event, status, worker, at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        )
        .and_then(|mut stmt| {
            stmt.execute(params![
                id.to_string(),
                job_id.to_string(),
                name,
                p.analysis.status.as_str(),
                p.analysis.worker,
                sortable(p.updated_at)
            ])
        })
        .map_err(|e| backend(sql_err(e)))?;
    }
    Ok(p)
}

/// Decides and records an analysis request inside the caller's transaction.
pub(crate) fn request_in(
    conn: &r2d2_sqlite::rusqlite::Connection,
    id: ProposalId,
    request: &AnalysisRequest,
) -> Result<Requested, StoreError> {
    let p = load(conn, id)?.ok_or(StoreError::NotFound(id))?;
    match state::decide(&p, request) {
        Decision::NotFound => Err(StoreError::NotFound(id)),
        Decision::NoDocument => Err(StoreError::NoDocument(id)),
        Decision::Existing => Ok(Requested::Existing(p)),
        Decision::Enqueue(event) => apply_in(conn, id, event).map(Requested::Enqueued),
    }
}

impl SqliteStore {
    pub fn new(db: Db) -> Self {
        Self { db }
    }

    pub(crate) fn db(&self) -> &Db {
        &self.db
    }

    /// The job history of one job: `(event, status, worker)` in order. For operators
    /// and for tests that prove a result was written once.
    pub async fn job_history(
        &self,
        job_id: crate::ids::JobId,
    ) -> Result<Vec<(String, String, Option<String>)>, StoreError> {
        self.db
            .read(backend, move |conn| {
                let mut stmt = conn
                    .prepare_cached(
                        "SELECT event, status, worker FROM job_events WHERE job_id = ?1 ORDER BY seq",
                    )
                    .map_err(|e| backend(sql_err(e)))?;
                let rows = stmt
                    .query_map([job_id.to_string()], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
                    .map_err(|e| backend(sql_err(e)))?;
                rows.collect::<Result<Vec<_>, _>>()
                    .map_err(|e| backend(sql_err(e)))
            })
            .await
    }
}

#[async_trait]
impl Store for SqliteStore {
    async fn create_proposal(&self, proposal: &Proposal) -> Result<(), StoreError> {
        let p = proposal.clone();
        let body = encode(&p)?;
        self.db
            .write(backend, move |conn| {
                let inserted = conn
                    .execute(
                        "INSERT INTO proposals (id, owner, created_at, version, body)
                         VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT (id) DO NOTHING",
                        params![
                            p.id.to_string(),
                            p.owner.as_str(),
                            sortable(p.created_at),
                            p.version as i64,
                            body
                        ],
                    )
                    .map_err(|e| backend(sql_err(e)))?;
                if inserted == 0 {
                    return Err(StoreError::AlreadyExists(p.id));
                }
                Ok(())
            })
            .await
    }

    async fn get_proposal(&self, id: ProposalId) -> Result<Option<Proposal>, StoreError> {
        self.db.read(backend, move |conn| load(conn, id)).await
    }

    async fn list_proposals(
        &self,
        owner: &Owner,
        limit: usize,
        cursor: Option<&str>,
    ) -> Result<Page<Proposal>, StoreError> {
        let owner = owner.clone();
        let cursor = cursor.map(str::to_owned);
        let limit = limit.clamp(1, 1000);
        self.db
            .read(backend, move |conn| {
                let mut stmt = conn
                    .prepare_cached(
                        "SELECT body FROM proposals
                         WHERE owner = ?1
                           AND (?2 IS NULL OR (created_at, id) <
                                (SELECT created_at, id FROM proposals WHERE id = ?2 AND owner = ?1))
                         ORDER BY created_at DESC, id DESC
                         LIMIT ?3",
                    )
                    .map_err(|e| backend(sql_err(e)))?;
                let bodies = stmt
                    .query_map(params![owner.as_str(), cursor, (limit + 1) as i64], |r| {
                        r.get::<_, String>(0)
                    })
                    .map_err(|e| backend(sql_err(e)))?
                    .collect::<Result<Vec<_>, _>>()
                    .map_err(|e| backend(sql_err(e)))?;
                let mut items = bodies
                    .iter()
                    .map(|b| decode(b))
                    .collect::<Result<Vec<_>, _>>()?;
                let next_cursor = if items.len() > limit {
                    items.truncate(limit);
                    items.last().map(|p| p.id.to_string())
                } else {
                    None
                };
                Ok(Page { items, next_cursor })
            })
            .await
    }

    async fn delete_proposal(&self, id: ProposalId) -> Result<bool, StoreError> {
        self.db
            .write(backend, move |conn| {
                conn.execute("DELETE FROM proposals WHERE id = ?1", [id.to_string()])
                    .map(|n| n > 0)
                    .map_err(|e| backend(sql_err(e)))
            })
            .await
    }

    async fn set_package(
        &self,
        id: ProposalId,
        expected: Option<&str>,
        document: DocumentRef,
        documents: Vec<DocumentRef>,
    ) -> Result<Proposal, StoreError> {
        let expected = expected.map(str::to_owned);
        self.db
            .write(backend, move |conn| {
                let mut p = load(conn, id)?.ok_or(StoreError::NotFound(id))?;
                if p.package_sha256() != expected {
                    return Err(StoreError::PackageChanged(id));
                }
                let package = crate::domain::package_sha256(Some(&document), &documents)
                    .expect("a package with a main document has a hash");
                if let Some(fail) = state::on_document_replaced(&p.analysis, &package, Utc::now()) {
                    p.analysis = state::apply(&p.analysis, fail).map_err(StoreError::Transition)?;
                }
                p.document = Some(document);
                p.documents = documents;
                p.version += 1;
                p.updated_at = Utc::now();
                save(conn, &p)?;
                Ok(p)
            })
            .await
    }

    async fn request_analysis(
        &self,
        id: ProposalId,
        request: &AnalysisRequest,
    ) -> Result<Requested, StoreError> {
        let request = request.clone();
        self.db
            .write(backend, move |conn| request_in(conn, id, &request))
            .await
    }

    async fn apply(&self, id: ProposalId, event: Event) -> Result<Proposal, StoreError> {
        self.db
            .write(backend, move |conn| apply_in(conn, id, event))
            .await
    }

    async fn put_prompt(&self, prompt: &PromptItem) -> Result<(), StoreError> {
        let p = prompt.clone();
        let body =
            serde_json::to_string(&p).map_err(|e| StoreError::backend("encode prompt", e))?;
        self.db
            .write(backend, move |conn| {
                conn.execute(
                    "INSERT INTO prompts (id, version, section, sub_section, is_active, body)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6)
                     ON CONFLICT (id, version) DO UPDATE SET section = ?3, sub_section = ?4, is_active = ?5, body = ?6",
                    params![p.id, p.version, p.section, p.sub_section, p.is_active, body],
                )
                .map(|_| ())
                .map_err(|e| backend(sql_err(e)))
            })
            .await
    }

    async fn create_prompt(&self, prompt: &PromptItem) -> Result<(), StoreError> {
        let p = prompt.clone();
        let body =
            serde_json::to_string(&p).map_err(|e| StoreError::backend("encode prompt", e))?;
        self.db
            .write(backend, move |conn| {
                let inserted = conn
                    .execute(
                        "INSERT INTO prompts (id, version, section, sub_section, is_active, body)
                         VALUES (?1, ?2, ?3, ?4, ?5, ?6) ON CONFLICT (id, version) DO NOTHING",
                        params![p.id, p.version, p.section, p.sub_section, p.is_active, body],
                    )
                    .map_err(|e| backend(sql_err(e)))?;
                if inserted == 0 {
                    return Err(StoreError::PromptExists {
                        id: p.id,
                        version: p.version,
                    });
                }
                Ok(())
            })
            .await
    }

    async fn list_prompts(&self, id: Option<&str>) -> Result<Vec<PromptItem>, StoreError> {
        let id = id.map(str::to_owned);
        self.db
            .read(backend, move |conn| {
                let mut stmt = conn
                    .prepare_cached(
                        "SELECT body FROM prompts WHERE ?1 IS NULL OR id = ?1 ORDER BY id, version",
                    )
                    .map_err(|e| backend(sql_err(e)))?;
                let bodies = stmt
                    .query_map(params![id], |r| r.get::<_, String>(0))
                    .map_err(|e| backend(sql_err(e)))?
                    .collect::<Result<Vec<_>, _>>()
                    .map_err(|e| backend(sql_err(e)))?;
                bodies
                    .iter()
                    .map(|b| {
                        serde_json::from_str(b).map_err(|e| StoreError::backend("decode prompt", e))
                    })
                    .collect()
            })
            .await
    }

    async fn set_prompt_active(
        &self,
        id: &str,
        version: u32,
        active: bool,
    ) -> Result<PromptItem, StoreError> {
        let id = id.to_owned();
        self.db
            .write(backend, move |conn| {
                let body: Option<String> = conn
                    .query_row(
                        "SELECT body FROM prompts WHERE id = ?1 AND version = ?2",
                        params![id, version],
                        |r| r.get(0),
                    )
                    .optional()
                    .map_err(|e| backend(sql_err(e)))?;
                let Some(body) = body else {
                    return Err(StoreError::PromptNotFound { id, version });
                };
                let mut item: PromptItem = serde_json::from_str(&body)
                    .map_err(|e| StoreError::backend("decode prompt", e))?;
                item.is_active = active;
                let body = serde_json::to_string(&item)
                    .map_err(|e| StoreError::backend("encode prompt", e))?;
                conn.execute(
                    "UPDATE prompts SET is_active = ?3, body = ?4 WHERE id = ?1 AND version = ?2",
                    params![id, version, active, body],
                )
                .map_err(|e| backend(sql_err(e)))?;
                Ok(item)
            })
            .await
    }

    async fn find_prompt(&self, query: &PromptQuery) -> Result<Option<PromptItem>, StoreError> {
        let q = query.clone();
        self.db
            .read(backend, move |conn| {
                let mut stmt = conn
                    .prepare_cached(
                        "SELECT body FROM prompts WHERE section = ?1 AND sub_section = ?2 AND is_active = 1",
                    )
                    .map_err(|e| backend(sql_err(e)))?;
                let bodies = stmt
                    .query_map(params![q.section, q.sub_section], |r| r.get::<_, String>(0))
                    .map_err(|e| backend(sql_err(e)))?
                    .collect::<Result<Vec<_>, _>>()
                    .map_err(|e| backend(sql_err(e)))?;
                let items = bodies
                    .iter()
                    .map(|b| serde_json::from_str(b).map_err(|e| StoreError::backend("decode prompt", e)))
                    .collect::<Result<Vec<PromptItem>, _>>()?;
                Ok(pick_prompt(&q, items))
            })
            .await
    }

    async fn get_workspace(&self, id: ProposalId) -> Result<Workspace, StoreError> {
        self.get_workspace_op(id).await
    }

    async fn put_workspace(
        &self,
        id: ProposalId,
        expected: u64,
        workspace: &Workspace,
        entry: &HistoryEntry,
    ) -> Result<(), StoreError> {
        self.put_workspace_op(id, expected, workspace, entry).await
    }

    async fn workspace_history(
        &self,
        id: ProposalId,
        limit: usize,
        before: Option<u64>,
    ) -> Result<Vec<HistoryEntry>, StoreError> {
        self.workspace_history_op(id, limit, before).await
    }

    async fn delete_workspace(&self, id: ProposalId) -> Result<(), StoreError> {
        self.delete_workspace_op(id).await
    }

    async fn ping(&self) -> Result<(), StoreError> {
        self.db
            .read(backend, |conn| {
                conn.query_row("SELECT 1", [], |_| Ok(()))
                    .map_err(|e| backend(sql_err(e)))
            })
            .await
    }
}
