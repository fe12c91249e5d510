//! The store on one DynamoDB table, compatible with the original items (DESIGN §5):
//! proposals at `PK=PROPOSAL#<id>`, `SK=METADATA` with the analysis under its original
//! attribute names (`rfp_analysis_status`, `rfp_analysis` as a map, …); prompts at
//! `PK=prompt#<uuid>`, `SK=version#<n>`.
//!
//! Each job event is one `UpdateItem` whose condition expression states what the state
//! machine requires (the job id, and the statuses the event may follow) and whose
//! update sets what it changes; no read first. When the condition fails, the old item
//! comes back with the error (`ReturnValuesOnConditionCheckFailure`) and the state
//! machine itself says why, so both backends refuse the same events the same way.
//!
//! Indexes: `by_owner` (`GSI1PK=OWNER#<owner>`, `GSI1SK=<created_at>#<id>`) lists an
//! owner's proposals; `active_prompts` (`active_prompt_key=<section>#<sub_section>`,
//! set only on active prompts: a sparse index) finds the prompt without a Scan.
//! Results too large for an item (400 KB) go to S3 with a pointer in the item.
//!
//! Here: the proposal operations and the [`Store`] implementation; in `item` a
//! proposal as an item and back; in `update` the update-expression builder and each
//! job event's update and condition; in `prompts` the prompt items and operations.

use std::collections::HashMap;

use async_trait::async_trait;
use aws_sdk_dynamodb::operation::update_item::UpdateItemError;
use aws_sdk_dynamodb::types::{AttributeValue, ReturnValue, ReturnValuesOnConditionCheckFailure};
use chrono::Utc;

use super::describe;
use crate::domain::{AnalysisStatus, DocumentRef, PromptItem, PromptQuery, Proposal};
use crate::ids::{Owner, ProposalId};
use crate::ports::{Page, Requested, Store, StoreError};
use crate::state::{self, AnalysisRequest, Event, TransitionError};
use crate::workspace::{HistoryEntry, Workspace};

pub const OWNER_INDEX: &str = "by_owner";
pub const PROMPT_INDEX: &str = "active_prompts";
/// Results larger than this (as JSON) are kept in S3 rather than in the item.
pub const LARGE_RESULT_BYTES: usize = 300 * 1024;

type Item = HashMap<String, AttributeValue>;

mod item;
mod prompts;
mod update;

use item::{
    PACKAGE_SHA256, ResultRef, TORN_READ_PAUSE, TORN_READ_RETRIES, av, from_item, is_torn, key,
    timestamp, to_item,
};
use update::{Update, set_enqueued, status_allows, update_for};

/// The AWS [`Store`].
#[derive(Clone, Debug)]
pub struct DynamoStore {
    pub(super) client: aws_sdk_dynamodb::Client,
    pub(super) table: String,
    /// Where large results (and workspaces) go: the S3 client and bucket.
    pub(super) results: Option<(aws_sdk_s3::Client, String)>,
}

fn backend(operation: &'static str, message: impl Into<String>) -> StoreError {
    StoreError::backend(operation, message.into())
}

pub(super) fn pk(id: ProposalId) -> String {
    format!("PROPOSAL#{id}")
}

impl DynamoStore {
    pub fn new(
        client: aws_sdk_dynamodb::Client,
        table: impl Into<String>,
        results: Option<(aws_sdk_s3::Client, String)>,
    ) -> Self {
        Self {
            client,
            table: table.into(),
            results,
        }
    }

    pub fn table(&self) -> &str {
        &self.table
    }

    /// Loads a result kept in S3, if the item points at one.
    async fn resolve(
        &self,
        (mut p, reference): (Proposal, Option<ResultRef>),
    ) -> Result<Proposal, StoreError> {
        if let (Some(r), None) = (reference, &p.analysis.result) {
            let (s3, _) = self.results.as_ref().ok_or_else(|| {
                backend(
                    "load result",
                    "a result is in S3 but no bucket is configured",
                )
            })?;
            let out = s3
                .get_object()
                .bucket(&r.bucket)
                .key(&r.key)
                .send()
                .await
                .map_err(|e| backend("load result", describe(&e)))?;
            let bytes = out
                .body
                .collect()
                .await
                .map_err(|e| backend("load result", e.to_string()))?
                .into_bytes();
            p.analysis.result = Some(
                serde_json::from_slice(&bytes)
                    .map_err(|e| backend("load result", e.to_string()))?,
            );
        }
        Ok(p)
    }

    /// One consistent read of a proposal, its result loaded from S3 if kept there.
    async fn read_proposal(&self, id: ProposalId) -> Result<Option<Proposal>, StoreError> {
        let out = self
            .client
            .get_item()
            .table_name(&self.table)
            .set_key(Some(key(id)))
            .consistent_read(true)
            .send()
            .await
            .map_err(|e| backend("get proposal", describe(&e)))?;
        match out.item {
            Some(item) => Ok(Some(self.resolve(from_item(item)?).await?)),
            None => Ok(None),
        }
    }

    /// Where a completed job's result goes: `Some` when it is too large for the item
    /// and was uploaded to S3 (before the write that makes it visible), `None` to keep
    /// it in the item.
    async fn place_result(
        &self,
        id: ProposalId,
        event: &Event,
    ) -> Result<Option<ResultRef>, StoreError> {
        let (Event::Complete { job_id, result, .. }, Some((s3, bucket))) = (event, &self.results)
        else {
            return Ok(None);
        };
        let json =
            serde_json::to_vec(result).map_err(|e| backend("encode result", e.to_string()))?;
        if json.len() <= LARGE_RESULT_BYTES {
            return Ok(None);
        }
        let key = format!("results/{id}/{job_id}.json");
        s3.put_object()
            .bucket(bucket)
            .key(&key)
            .content_type("application/json")
            .server_side_encryption(aws_sdk_s3::types::ServerSideEncryption::Aes256)
            .body(json.into())
            .send()
            .await
            .map_err(|e| backend("store result", describe(&e)))?;
        Ok(Some(ResultRef {
            bucket: bucket.clone(),
            key,
        }))
    }

    /// Sends one conditional `UpdateItem`. `Ok(Ok(new))` when it applied;
    /// `Ok(Err(old))` when the condition refused it, with the item as it was (`None`:
    /// there is no such item).
    async fn conditional_update(
        &self,
        id: ProposalId,
        u: Update,
        condition: String,
        operation: &'static str,
    ) -> Result<Result<Proposal, Option<Proposal>>, StoreError> {
        let result = self
            .client
            .update_item()
            .table_name(&self.table)
            .set_key(Some(key(id)))
            .update_expression(u.expression())
            .condition_expression(condition)
            .set_expression_attribute_names(Some(u.names))
            .set_expression_attribute_values(Some(u.values))
            .return_values(ReturnValue::AllNew)
            .return_values_on_condition_check_failure(ReturnValuesOnConditionCheckFailure::AllOld)
            .send()
            .await;
        match result {
            Ok(out) => Ok(Ok(self
                .resolve(from_item(out.attributes.unwrap_or_default())?)
                .await?)),
            Err(e) => match e.into_service_error() {
                UpdateItemError::ConditionalCheckFailedException(c) => {
                    match c.item.filter(|i| !i.is_empty()) {
                        Some(old) => Ok(Err(Some(self.resolve(from_item(old)?).await?))),
                        None => Ok(Err(None)),
                    }
                }
                other => Err(backend(
                    operation,
                    aws_smithy_types::error::display::DisplayErrorContext(&other).to_string(),
                )),
            },
        }
    }
}

/// The store operations; [`Store`] adds where each failure happened.
impl DynamoStore {
    async fn create_proposal_op(&self, proposal: &Proposal) -> Result<(), StoreError> {
        let result = self
            .client
            .put_item()
            .table_name(&self.table)
            .set_item(Some(to_item(proposal)?))
            .condition_expression("attribute_not_exists(PK)")
            .send()
            .await;
        match result {
            Ok(_) => Ok(()),
            Err(e)
                if e.as_service_error()
                    .is_some_and(|s| s.is_conditional_check_failed_exception()) =>
            {
                Err(StoreError::AlreadyExists(proposal.id))
            }
            Err(e) => Err(backend("create proposal", describe(&e))),
        }
    }

    async fn get_proposal_op(&self, id: ProposalId) -> Result<Option<Proposal>, StoreError> {
        // DynamoDB applies an UpdateItem atomically. moto, the emulator the tests run
        // on, applies its actions one at a time while it serves reads, so a read can
        // land between `completed` and its result (or `failed` and its error). Such an
        // item is read again; against DynamoDB the first read is always whole.
        for _ in 0..TORN_READ_RETRIES {
            match self.read_proposal(id).await? {
                Some(p) if is_torn(&p) => tokio::time::sleep(TORN_READ_PAUSE).await,
                whole => return Ok(whole),
            }
        }
        self.read_proposal(id).await
    }

    async fn list_proposals_op(
        &self,
        owner: &Owner,
        limit: usize,
        cursor: Option<&str>,
    ) -> Result<Page<Proposal>, StoreError> {
        let limit = limit.clamp(1, 1000);
        let start = cursor.and_then(|c| {
            let id = ProposalId::parse(c.rsplit('#').next()?).ok()?;
            Some(HashMap::from([
                ("PK".to_owned(), AttributeValue::S(pk(id))),
                ("SK".to_owned(), AttributeValue::S("METADATA".into())),
                (
                    "GSI1PK".to_owned(),
                    AttributeValue::S(format!("OWNER#{owner}")),
                ),
                ("GSI1SK".to_owned(), AttributeValue::S(c.to_owned())),
            ]))
        });
        let out = self
            .client
            .query()
            .table_name(&self.table)
            .index_name(OWNER_INDEX)
            .key_condition_expression("GSI1PK = :o")
            .expression_attribute_values(":o", AttributeValue::S(format!("OWNER#{owner}")))
            .scan_index_forward(false)
            .limit(limit as i32 + 1)
            .set_exclusive_start_key(start)
            .send()
            .await
            .map_err(|e| backend("list proposals", describe(&e)))?;
        let mut items = Vec::new();
        for item in out.items.unwrap_or_default() {
            items.push(self.resolve(from_item(item)?).await?);
        }
        let next_cursor = if items.len() > limit {
            items.truncate(limit);
            items
                .last()
                .map(|p| format!("{}#{}", timestamp(p.created_at), p.id))
        } else {
            None
        };
        Ok(Page { items, next_cursor })
    }

    async fn delete_proposal_op(&self, id: ProposalId) -> Result<bool, StoreError> {
        let out = self
            .client
            .delete_item()
            .table_name(&self.table)
            .set_key(Some(key(id)))
            .return_values(ReturnValue::AllOld)
            .send()
            .await
            .map_err(|e| backend("delete proposal", describe(&e)))?;
        Ok(out.attributes.is_some_and(|a| !a.is_empty()))
    }

    async fn set_package_op(
        &self,
        id: ProposalId,
        expected: Option<&str>,
        document: DocumentRef,
        documents: Vec<DocumentRef>,
    ) -> Result<Proposal, StoreError> {
        use AnalysisStatus::*;
        let package = crate::domain::package_sha256(Some(&document), &documents)
            .expect("a package with a main document has a hash");
        // The package, and the attribute that names it (items written before packages
        // have none: their package is their document's hash).
        let sets = |u: &mut Update| -> Result<(), StoreError> {
            u.set("document", av(&document)?);
            if documents.is_empty() {
                u.remove("documents");
            } else {
                u.set("documents", av(&documents)?);
            }
            u.set_s(PACKAGE_SHA256, package.clone());
            Ok(())
        };
        // "The package is still the one the caller read."
        let unchanged = |u: &mut Update| -> String {
            let doc = u.name("document");
            match expected {
                None => format!("attribute_not_exists({doc})"),
                Some(e) => {
                    let (pkg, sha) = (u.name(PACKAGE_SHA256), u.name("sha256"));
                    let e = u.value(AttributeValue::S(e.to_owned()));
                    format!(
                        "((attribute_exists({pkg}) AND {pkg} = {e}) OR \
                         (attribute_not_exists({pkg}) AND {doc}.{sha} = {e}))"
                    )
                }
            }
        };
        // Either no job of another package is in flight and the package is set, or
        // one is and the same write ends it (`state::on_document_replaced`); the
        // condition tells which, so a job that starts or ends in between is seen.
        for _ in 0..3 {
            let mut u = Update::default();
            sets(&mut u)?;
            u.bump();
            let (pk_name, st, job_sha) = (
                u.name("PK"),
                u.name("rfp_analysis_status"),
                u.name("document_sha256"),
            );
            let in_flight = u.status_in(&[Queued, Processing]);
            let sha = u.value(AttributeValue::S(package.clone()));
            let same = unchanged(&mut u);
            let condition = format!(
                "attribute_exists({pk_name}) AND {same} AND (attribute_not_exists({st}) OR NOT ({in_flight}) OR {job_sha} = {sha})"
            );
            let old = match self
                .conditional_update(id, u, condition, "set documents")
                .await?
            {
                Ok(p) => return Ok(p),
                Err(None) => return Err(StoreError::NotFound(id)),
                Err(Some(old)) => old,
            };
            if old.package_sha256().as_deref() != expected {
                return Err(StoreError::PackageChanged(id));
            }
            let Some(fail) = state::on_document_replaced(&old.analysis, &package, Utc::now())
            else {
                continue;
            };
            let (mut u, condition) = update_for(&fail, None)?;
            sets(&mut u)?;
            let same = unchanged(&mut u);
            let condition = format!("{condition} AND {same}");
            match self
                .conditional_update(id, u, condition, "set documents")
                .await?
            {
                Ok(p) => return Ok(p),
                Err(None) => return Err(StoreError::NotFound(id)),
                Err(Some(_)) => continue,
            }
        }
        Err(backend(
            "set documents",
            "the proposal kept changing under the upload",
        ))
    }

    async fn request_analysis_op(
        &self,
        id: ProposalId,
        request: &AnalysisRequest,
    ) -> Result<Requested, StoreError> {
        use AnalysisStatus::*;
        // A refusal is explained by the old item; if that item would now be accepted
        // (it changed in between), try again.
        for _ in 0..3 {
            let mut u = Update::default();
            set_enqueued(
                &mut u,
                request.job_id,
                request.at,
                &request.trace_id,
                request.callback_url.as_deref(),
            );
            // The job analyses the package the item holds at the time of the write
            // (an item written before packages: its document).
            let (job_sha, doc, sha, pkg) = (
                u.name("document_sha256"),
                u.name("document"),
                u.name("sha256"),
                u.name(PACKAGE_SHA256),
            );
            u.sets
                .push(format!("{job_sha} = if_not_exists({pkg}, {doc}.{sha})"));
            u.bump();
            let (pk_name, owner, st) =
                (u.name("PK"), u.name("owner"), u.name("rfp_analysis_status"));
            let owner_value = u.value(AttributeValue::S(request.owner.to_string()));
            let allowed = status_allows(&mut u, state::ENQUEUE_FROM);
            let mut condition = format!(
                "attribute_exists({pk_name}) AND {owner} = {owner_value} AND attribute_exists({doc}) \
                 AND {allowed}"
            );
            if !request.force {
                let completed = u.value(AttributeValue::S(Completed.as_str().into()));
                condition.push_str(&format!(
                    " AND NOT ({st} = {completed} AND ((attribute_exists({pkg}) AND {job_sha} = {pkg}) \
                     OR (attribute_not_exists({pkg}) AND {job_sha} = {doc}.{sha})))"
                ));
            }
            match self
                .conditional_update(id, u, condition, "request analysis")
                .await?
            {
                Ok(p) => return Ok(Requested::Enqueued(p)),
                Err(None) => return Err(StoreError::NotFound(id)),
                Err(Some(old)) => match state::decide(&old, request) {
                    state::Decision::NotFound => return Err(StoreError::NotFound(id)),
                    state::Decision::NoDocument => return Err(StoreError::NoDocument(id)),
                    state::Decision::Existing => return Ok(Requested::Existing(old)),
                    state::Decision::Enqueue(_) => continue,
                },
            }
        }
        Err(backend(
            "request analysis",
            "the proposal kept changing under the request",
        ))
    }

    async fn apply_op(&self, id: ProposalId, event: Event) -> Result<Proposal, StoreError> {
        let large_result = self.place_result(id, &event).await?;
        let (u, condition) = update_for(&event, large_result.as_ref())?;
        match self
            .conditional_update(id, u, condition, "apply job event")
            .await?
        {
            Ok(p) => Ok(p),
            Err(None) => Err(StoreError::NotFound(id)),
            // The state machine names the reason; it cannot accept an event the
            // condition refused, unless the item changed in between.
            Err(Some(old)) => Err(match state::apply(&old.analysis, event) {
                Err(t) => StoreError::Transition(t),
                Ok(_) => StoreError::Transition(TransitionError::NotAllowed {
                    event: "concurrent update",
                    status: old.analysis.status,
                }),
            }),
        }
    }

    async fn ping_op(&self) -> Result<(), StoreError> {
        self.client
            .get_item()
            .table_name(&self.table)
            .key("PK", AttributeValue::S("HEALTHCHECK".into()))
            .key("SK", AttributeValue::S("HEALTHCHECK".into()))
            .send()
            .await
            .map(|_| ())
            .map_err(|e| backend("ping", describe(&e)))
    }
}

/// The table, and the item when there is one, that a failure happened on.
impl DynamoStore {
    fn proposal_target(&self, id: ProposalId) -> impl FnOnce() -> String + '_ {
        move || format!("table {}, item {}", self.table, pk(id))
    }

    fn prompt_target<'a>(&'a self, id: &'a str) -> impl FnOnce() -> String + 'a {
        move || format!("table {}, prompt {id}", self.table)
    }

    fn table_target(&self) -> impl FnOnce() -> String + '_ {
        move || format!("table {}", self.table)
    }
}

#[async_trait]
impl Store for DynamoStore {
    async fn create_proposal(&self, proposal: &Proposal) -> Result<(), StoreError> {
        let on = self.proposal_target(proposal.id);
        self.create_proposal_op(proposal)
            .await
            .map_err(|e| e.on(on))
    }

    async fn get_proposal(&self, id: ProposalId) -> Result<Option<Proposal>, StoreError> {
        let on = self.proposal_target(id);
        self.get_proposal_op(id).await.map_err(|e| e.on(on))
    }

    async fn list_proposals(
        &self,
        owner: &Owner,
        limit: usize,
        cursor: Option<&str>,
    ) -> Result<Page<Proposal>, StoreError> {
        let on = self.table_target();
        self.list_proposals_op(owner, limit, cursor)
            .await
            .map_err(|e| e.on(on))
    }

    async fn delete_proposal(&self, id: ProposalId) -> Result<bool, StoreError> {
        let on = self.proposal_target(id);
        self.delete_proposal_op(id).await.map_err(|e| e.on(on))
    }

    async fn set_package(
        &self,
        id: ProposalId,
        expected: Option<&str>,
        document: DocumentRef,
        documents: Vec<DocumentRef>,
    ) -> Result<Proposal, StoreError> {
        let on = self.proposal_target(id);
        self.set_package_op(id, expected, document, documents)
            .await
            .map_err(|e| e.on(on))
    }

    async fn request_analysis(
        &self,
        id: ProposalId,
        request: &AnalysisRequest,
    ) -> Result<Requested, StoreError> {
        let on = self.proposal_target(id);
        self.request_analysis_op(id, request)
            .await
            .map_err(|e| e.on(on))
    }

    async fn apply(&self, id: ProposalId, event: Event) -> Result<Proposal, StoreError> {
        let on = self.proposal_target(id);
        self.apply_op(id, event).await.map_err(|e| e.on(on))
    }

    async fn put_prompt(&self, prompt: &PromptItem) -> Result<(), StoreError> {
        let on = self.prompt_target(&prompt.id);
        self.put_prompt_op(prompt).await.map_err(|e| e.on(on))
    }

    async fn create_prompt(&self, prompt: &PromptItem) -> Result<(), StoreError> {
        let on = self.prompt_target(&prompt.id);
        self.create_prompt_op(prompt).await.map_err(|e| e.on(on))
    }

    async fn list_prompts(&self, id: Option<&str>) -> Result<Vec<PromptItem>, StoreError> {
        let on = self.table_target();
        self.list_prompts_op(id).await.map_err(|e| e.on(on))
    }

    async fn set_prompt_active(
        &self,
        id: &str,
        version: u32,
        active: bool,
    ) -> Result<PromptItem, StoreError> {
        let on = self.prompt_target(id);
        self.set_prompt_active_op(id, version, active)
            .await
            .map_err(|e| e.on(on))
    }

    async fn find_prompt(&self, query: &PromptQuery) -> Result<Option<PromptItem>, StoreError> {
        let on = self.table_target();
        self.find_prompt_op(query).await.map_err(|e| e.on(on))
    }

    async fn get_workspace(&self, id: ProposalId) -> Result<Workspace, StoreError> {
        self.get_workspace_op(id)
            .await
            .map_err(|e| e.on(self.proposal_target(id)))
    }

    async fn put_workspace(
        &self,
        id: ProposalId,
        expected: u64,
        workspace: &Workspace,
        entry: &HistoryEntry,
    ) -> Result<(), StoreError> {
        self.put_workspace_op(id, expected, workspace, entry)
            .await
            .map_err(|e| e.on(self.proposal_target(id)))
    }

    async fn workspace_history(
        &self,
        id: ProposalId,
        limit: usize,
        before: Option<u64>,
    ) -> Result<Vec<HistoryEntry>, StoreError> {
        self.workspace_history_op(id, limit, before)
            .await
            .map_err(|e| e.on(self.proposal_target(id)))
    }

    async fn delete_workspace(&self, id: ProposalId) -> Result<(), StoreError> {
        self.delete_workspace_op(id)
            .await
            .map_err(|e| e.on(self.proposal_target(id)))
    }

    async fn ping(&self) -> Result<(), StoreError> {
        let on = self.table_target();
        self.ping_op().await.map_err(|e| e.on(on))
    }
}
