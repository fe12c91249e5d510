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

use std::collections::HashMap;

use async_trait::async_trait;
use aws_sdk_dynamodb::operation::put_item::PutItemError;
use aws_sdk_dynamodb::operation::update_item::UpdateItemError;
use aws_sdk_dynamodb::types::{AttributeValue, ReturnValue, ReturnValuesOnConditionCheckFailure};
use chrono::{DateTime, SecondsFormat, Utc};
use serde_json::{Map, Value};

use super::describe;
use crate::domain::{
    AnalysisStatus, DocumentRef, PromptItem, PromptQuery, Proposal, Stage, pick_prompt,
};
use crate::ids::{JobId, Owner, ProposalId};
use crate::ports::{Page, Requested, Store, StoreError};
use crate::state::{self, AnalysisRequest, Event, TransitionError};
use crate::workspace::{HistoryEntry, Workspace};

pub const OWNER_INDEX: &str = "by_owner";
pub const PROMPT_INDEX: &str = "active_prompts";
/// Results larger than this (as JSON) are kept in S3 rather than in the item.
pub const LARGE_RESULT_BYTES: usize = 300 * 1024;

type Item = HashMap<String, AttributeValue>;

/// The attributes of a proposal item that belong to its analysis.
const ANALYSIS_FIELDS: &[&str] = &[
    "rfp_analysis_status",
    "rfp_analysis_job_id",
    "progress",
    "stage",
    "attempts",
    "requested_at",
    "started_at",
    "completed_at",
    "rfp_analysis_error",
    "rfp_analysis",
    "document_sha256",
    "worker",
    "trace_id",
    "callback_url",
];

/// The attribute naming the item's package (`Proposal::package_sha256`), kept by
/// every write of its documents so that an analysis request compares it in its
/// condition, without a read first.
const PACKAGE_SHA256: &str = "package_sha256";

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

fn key(id: ProposalId) -> Item {
    HashMap::from([
        ("PK".to_owned(), AttributeValue::S(pk(id))),
        ("SK".to_owned(), AttributeValue::S("METADATA".into())),
    ])
}

fn av<T: serde::Serialize>(value: &T) -> Result<AttributeValue, StoreError> {
    serde_dynamo::to_attribute_value(value).map_err(|e| backend("encode", e.to_string()))
}

fn timestamp(t: chrono::DateTime<Utc>) -> String {
    t.to_rfc3339_opts(SecondsFormat::Micros, true)
}

/// A proposal as an item: the analysis fields at the top level, under their names.
fn to_item(p: &Proposal) -> Result<Item, StoreError> {
    let mut v = serde_json::to_value(p).map_err(|e| backend("encode", e.to_string()))?;
    let obj = v.as_object_mut().expect("a proposal is an object");
    if let Some(Value::Object(analysis)) = obj.remove("analysis") {
        obj.extend(analysis);
    }
    obj.retain(|_, v| !v.is_null());
    obj.insert("PK".into(), Value::String(pk(p.id)));
    obj.insert("SK".into(), Value::String("METADATA".into()));
    obj.insert("entity".into(), Value::String("proposal".into()));
    obj.insert("GSI1PK".into(), Value::String(format!("OWNER#{}", p.owner)));
    obj.insert(
        "GSI1SK".into(),
        Value::String(format!("{}#{}", timestamp(p.created_at), p.id)),
    );
    obj.insert("created_at".into(), Value::String(timestamp(p.created_at)));
    serde_dynamo::to_item(v).map_err(|e| backend("encode", e.to_string()))
}

/// Reads of an item caught half-updated (only moto does that; see `get_proposal`).
const TORN_READ_RETRIES: usize = 5;
const TORN_READ_PAUSE: std::time::Duration = std::time::Duration::from_millis(20);

/// A final status without what it announces: a result, or an error.
fn is_torn(p: &Proposal) -> bool {
    match p.analysis.status {
        AnalysisStatus::Completed => p.analysis.result.is_none(),
        AnalysisStatus::Failed => p.analysis.error.is_none(),
        _ => false,
    }
}

/// Where a large result lives.
#[derive(Debug, Clone, serde::Deserialize, serde::Serialize)]
struct ResultRef {
    bucket: String,
    key: String,
}

fn from_item(item: Item) -> Result<(Proposal, Option<ResultRef>), StoreError> {
    let v: Value = serde_dynamo::from_item(item).map_err(|e| backend("decode", e.to_string()))?;
    let Value::Object(mut obj) = v else {
        return Err(backend("decode", "the item is not a map"));
    };
    let reference = obj
        .remove("rfp_analysis_ref")
        .and_then(|r| serde_json::from_value::<ResultRef>(r).ok());
    let mut analysis = Map::new();
    for field in ANALYSIS_FIELDS {
        if let Some(value) = obj.remove(*field) {
            analysis.insert((*field).to_owned(), value);
        }
    }
    obj.insert("analysis".into(), Value::Object(analysis));
    for k in ["PK", "SK", "entity", "GSI1PK", "GSI1SK"] {
        obj.remove(k);
    }
    let p = serde_json::from_value(Value::Object(obj))
        .map_err(|e| backend("decode proposal", e.to_string()))?;
    Ok((p, reference))
}

/// An update expression under construction, with placeholders for every name and value.
#[derive(Default)]
struct Update {
    sets: Vec<String>,
    removes: Vec<String>,
    names: HashMap<String, String>,
    values: HashMap<String, AttributeValue>,
}

impl Update {
    fn name(&mut self, attr: &str) -> String {
        let placeholder = format!("#{attr}");
        self.names.insert(placeholder.clone(), attr.to_owned());
        placeholder
    }

    fn value(&mut self, v: AttributeValue) -> String {
        let placeholder = format!(":v{}", self.values.len());
        self.values.insert(placeholder.clone(), v);
        placeholder
    }

    fn set(&mut self, attr: &str, v: AttributeValue) {
        let (n, v) = (self.name(attr), self.value(v));
        self.sets.push(format!("{n} = {v}"));
    }

    fn set_s(&mut self, attr: &str, v: impl Into<String>) {
        self.set(attr, AttributeValue::S(v.into()));
    }

    fn set_n(&mut self, attr: &str, v: impl ToString) {
        self.set(attr, AttributeValue::N(v.to_string()));
    }

    fn remove(&mut self, attr: &str) {
        let n = self.name(attr);
        self.removes.push(n);
    }

    /// `#status IN (…)` over the given statuses.
    fn status_in(&mut self, statuses: &[AnalysisStatus]) -> String {
        let n = self.name("rfp_analysis_status");
        let vs: Vec<String> = statuses
            .iter()
            .map(|s| self.value(AttributeValue::S(s.as_str().into())))
            .collect();
        format!("{n} IN ({})", vs.join(", "))
    }

    /// `version + 1` and `updated_at`, which every write makes.
    fn bump(&mut self) {
        let (version, one) = (
            self.name("version"),
            self.value(AttributeValue::N("1".into())),
        );
        let zero = self.value(AttributeValue::N("0".into()));
        self.sets.push(format!(
            "{version} = if_not_exists({version}, {zero}) + {one}"
        ));
        self.set_s("updated_at", timestamp(Utc::now()));
    }

    fn expression(&self) -> String {
        let mut e = format!("SET {}", self.sets.join(", "));
        if !self.removes.is_empty() {
            e.push_str(&format!(" REMOVE {}", self.removes.join(", ")));
        }
        e
    }
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

    /// Adds `active_prompt_key` to prompt items written without it (by the original
    /// admin tools), and removes it from inactive ones. Idempotent; returns how many
    /// items changed. One Scan, for an operator to run once after an upgrade.
    pub async fn migrate_prompts(&self) -> Result<usize, StoreError> {
        let mut changed = 0;
        for item in self.scan_prompts().await? {
            let Some(p) = prompt_from_item(&item) else {
                continue;
            };
            let want = p.is_active.then(|| active_key(&p.section, &p.sub_section));
            let have = item
                .get("active_prompt_key")
                .and_then(|v| v.as_s().ok())
                .cloned();
            if want == have {
                continue;
            }
            let mut u = self
                .client
                .update_item()
                .table_name(&self.table)
                .set_key(Some(HashMap::from([
                    ("PK".to_owned(), item["PK"].clone()),
                    ("SK".to_owned(), item["SK"].clone()),
                ])));
            u = match want {
                Some(k) => u
                    .update_expression("SET active_prompt_key = :k")
                    .expression_attribute_values(":k", AttributeValue::S(k)),
                None => u.update_expression("REMOVE active_prompt_key"),
            };
            u.send()
                .await
                .map_err(|e| backend("migrate prompts", describe(&e)))?;
            changed += 1;
        }
        Ok(changed)
    }

    async fn scan_prompts(&self) -> Result<Vec<Item>, StoreError> {
        let mut items = Vec::new();
        let mut start: Option<Item> = None;
        loop {
            let out = self
                .client
                .scan()
                .table_name(&self.table)
                .filter_expression("begins_with(PK, :p)")
                .expression_attribute_values(":p", AttributeValue::S("prompt#".into()))
                .set_exclusive_start_key(start.take())
                .send()
                .await
                .map_err(|e| backend("scan prompts", describe(&e)))?;
            items.extend(out.items.unwrap_or_default());
            match out.last_evaluated_key {
                Some(k) if !k.is_empty() => start = Some(k),
                _ => return Ok(items),
            }
        }
    }
}

/// The item of a prompt version, in the original format plus the sparse index key.
fn prompt_item(prompt: &PromptItem) -> Item {
    let mut item: Item = HashMap::from([
        (
            "PK".to_owned(),
            AttributeValue::S(format!("prompt#{}", prompt.id)),
        ),
        (
            "SK".to_owned(),
            AttributeValue::S(format!("version#{}", prompt.version)),
        ),
        (
            "section".to_owned(),
            AttributeValue::S(prompt.section.clone()),
        ),
        (
            "sub_section".to_owned(),
            AttributeValue::S(prompt.sub_section.clone()),
        ),
        (
            "categories".to_owned(),
            AttributeValue::L(
                prompt
                    .categories
                    .iter()
                    .cloned()
                    .map(AttributeValue::S)
                    .collect(),
            ),
        ),
        (
            "is_active".to_owned(),
            AttributeValue::Bool(prompt.is_active),
        ),
        (
            "system_prompt".to_owned(),
            AttributeValue::S(prompt.system_prompt.clone()),
        ),
        (
            "user_prompt_template".to_owned(),
            AttributeValue::S(prompt.user_prompt_template.clone()),
        ),
        (
            "output_format".to_owned(),
            AttributeValue::S(prompt.output_format.clone()),
        ),
    ]);
    if let Some(name) = &prompt.name {
        item.insert("name".into(), AttributeValue::S(name.clone()));
    }
    if prompt.is_active {
        item.insert(
            "active_prompt_key".into(),
            AttributeValue::S(active_key(&prompt.section, &prompt.sub_section)),
        );
    }
    item
}

fn active_key(section: &str, sub_section: &str) -> String {
    format!("{section}#{sub_section}")
}

/// Reads a prompt item, leniently: the original tools wrote `is_active` as a boolean
/// (sometimes a string or number) and `categories` as a list or a string set.
fn prompt_from_item(item: &Item) -> Option<PromptItem> {
    let s = |k: &str| item.get(k).and_then(|v| v.as_s().ok()).cloned();
    let id = s("PK")?.strip_prefix("prompt#")?.to_owned();
    let version = s("SK")
        .and_then(|sk| sk.strip_prefix("version#").and_then(|n| n.parse().ok()))
        .or_else(|| {
            item.get("version")
                .and_then(|v| v.as_n().ok())
                .and_then(|n| n.parse().ok())
        })
        .unwrap_or(0);
    let is_active = match item.get("is_active") {
        Some(AttributeValue::Bool(b)) => *b,
        Some(AttributeValue::S(v)) => v.eq_ignore_ascii_case("true"),
        Some(AttributeValue::N(n)) => n != "0",
        _ => false,
    };
    let categories = match item.get("categories") {
        Some(AttributeValue::L(l)) => l.iter().filter_map(|v| v.as_s().ok().cloned()).collect(),
        Some(AttributeValue::Ss(ss)) => ss.clone(),
        Some(AttributeValue::S(one)) => vec![one.clone()],
        _ => Vec::new(),
    };
    Some(PromptItem {
        id,
        version,
        name: s("name"),
        section: s("section")?,
        sub_section: s("sub_section")?,
        categories,
        is_active,
        system_prompt: s("system_prompt").unwrap_or_default(),
        user_prompt_template: s("user_prompt_template").unwrap_or_default(),
        output_format: s("output_format").unwrap_or_default(),
    })
}

/// The fields a new job sets, whichever write enqueues it.
fn set_enqueued(
    u: &mut Update,
    job_id: JobId,
    at: DateTime<Utc>,
    trace_id: &str,
    callback_url: Option<&str>,
) {
    match callback_url {
        Some(url) => u.set_s("callback_url", url),
        None => u.remove("callback_url"),
    }
    u.set_s("rfp_analysis_status", AnalysisStatus::Queued.as_str());
    u.set_s("rfp_analysis_job_id", job_id.to_string());
    u.set_n("progress", Stage::Queued.progress());
    u.set_s("stage", Stage::Queued.as_str());
    u.set_n("attempts", 0);
    u.set_s("requested_at", timestamp(at));
    u.set_s("trace_id", trace_id);
    for attr in ["started_at", "completed_at", "rfp_analysis_error", "worker"] {
        u.remove(attr);
    }
}

/// "The item's status is one of `allowed`", an item without a status counting as
/// `not_started`.
fn status_allows(u: &mut Update, allowed: &[AnalysisStatus]) -> String {
    let listed = u.status_in(allowed);
    if allowed.contains(&AnalysisStatus::NotStarted) {
        let st = u.name("rfp_analysis_status");
        format!("(attribute_not_exists({st}) OR {listed})")
    } else {
        listed
    }
}

/// The update and condition that apply `event` (see the module docs): the condition
/// is the job id and [`Event::allowed_from`]; `large_result` is where
/// [`DynamoStore::place_result`] put a result too large for the item. Pure, so the
/// expression is tested without DynamoDB.
fn update_for(
    event: &Event,
    large_result: Option<&ResultRef>,
) -> Result<(Update, String), StoreError> {
    use AnalysisStatus::*;
    let mut u = Update::default();
    match event {
        Event::Enqueue {
            job_id,
            at,
            trace_id,
            document_sha256,
            callback_url,
        } => {
            set_enqueued(&mut u, *job_id, *at, trace_id, callback_url.as_deref());
            u.set_s("document_sha256", document_sha256);
        }
        Event::Start {
            attempt,
            worker,
            at,
            ..
        } => {
            u.set_s("rfp_analysis_status", Processing.as_str());
            u.set_s("stage", Stage::Fetching.as_str());
            u.set_n("progress", Stage::Fetching.progress());
            u.set_n("attempts", attempt);
            u.set_s("worker", worker);
            let (n, v) = (
                u.name("started_at"),
                u.value(AttributeValue::S(timestamp(*at))),
            );
            u.sets.push(format!("{n} = if_not_exists({n}, {v})"));
        }
        Event::Progress {
            stage, progress, ..
        } => {
            u.set_s("stage", stage.as_str());
            if *stage != Stage::Retrying {
                u.set_n("progress", state::progress_of(*stage, *progress));
            }
        }
        Event::Complete { result, at, .. } => {
            u.set_s("rfp_analysis_status", Completed.as_str());
            u.set_s("stage", Stage::Completed.as_str());
            u.set_n("progress", 100);
            u.set_s("completed_at", timestamp(*at));
            u.remove("rfp_analysis_error");
            match large_result {
                Some(stored) => {
                    u.set("rfp_analysis_ref", av(stored)?);
                    u.remove("rfp_analysis");
                }
                None => {
                    u.set("rfp_analysis", av(result)?);
                    u.remove("rfp_analysis_ref");
                }
            }
        }
        Event::Fail { error, at, .. } => {
            u.set_s("rfp_analysis_status", Failed.as_str());
            u.set_s("stage", Stage::Failed.as_str());
            u.set_s("completed_at", timestamp(*at));
            u.set("rfp_analysis_error", av(error)?);
        }
        Event::Retry { error, .. } => {
            u.set_s("stage", Stage::Retrying.as_str());
            u.set("rfp_analysis_error", av(error)?);
        }
    }
    let allowed = status_allows(&mut u, event.allowed_from());
    let condition = match event {
        Event::Enqueue { .. } => {
            let pk_name = u.name("PK");
            format!("attribute_exists({pk_name}) AND {allowed}")
        }
        other => {
            let job = u.name("rfp_analysis_job_id");
            let v = u.value(AttributeValue::S(other.job_id().to_string()));
            format!("{job} = {v} AND {allowed}")
        }
    };
    u.bump();
    Ok((u, condition))
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

    async fn put_prompt_op(&self, prompt: &PromptItem) -> Result<(), StoreError> {
        let item = prompt_item(prompt);
        self.client
            .put_item()
            .table_name(&self.table)
            .set_item(Some(item))
            .send()
            .await
            .map_err(|e| backend("put prompt", describe(&e)))?;
        Ok(())
    }

    async fn create_prompt_op(&self, prompt: &PromptItem) -> Result<(), StoreError> {
        let result = self
            .client
            .put_item()
            .table_name(&self.table)
            .set_item(Some(prompt_item(prompt)))
            .condition_expression("attribute_not_exists(PK)")
            .send()
            .await;
        match result {
            Ok(_) => Ok(()),
            Err(e) => match e.into_service_error() {
                PutItemError::ConditionalCheckFailedException(_) => Err(StoreError::PromptExists {
                    id: prompt.id.clone(),
                    version: prompt.version,
                }),
                other => Err(backend(
                    "create prompt",
                    aws_smithy_types::error::display::DisplayErrorContext(&other).to_string(),
                )),
            },
        }
    }

    async fn list_prompts_op(&self, id: Option<&str>) -> Result<Vec<PromptItem>, StoreError> {
        let items = match id {
            None => self.scan_prompts().await?,
            Some(id) => {
                let mut items = Vec::new();
                let mut start: Option<Item> = None;
                loop {
                    let out = self
                        .client
                        .query()
                        .table_name(&self.table)
                        .key_condition_expression("PK = :pk")
                        .expression_attribute_values(
                            ":pk",
                            AttributeValue::S(format!("prompt#{id}")),
                        )
                        .set_exclusive_start_key(start.take())
                        .send()
                        .await
                        .map_err(|e| backend("list prompt versions", describe(&e)))?;
                    items.extend(out.items.unwrap_or_default());
                    match out.last_evaluated_key {
                        Some(k) if !k.is_empty() => start = Some(k),
                        _ => break items,
                    }
                }
            }
        };
        let mut prompts: Vec<PromptItem> = items.iter().filter_map(prompt_from_item).collect();
        prompts.sort_by(|a, b| a.id.cmp(&b.id).then(a.version.cmp(&b.version)));
        Ok(prompts)
    }

    async fn set_prompt_active_op(
        &self,
        id: &str,
        version: u32,
        active: bool,
    ) -> Result<PromptItem, StoreError> {
        // Only the flag and the sparse index key change. The key is made of the item's
        // section and sub-section, read first; the update's condition checks they
        // are still the same, so a concurrent edit cannot leave a wrong key.
        let update = if active {
            "SET is_active = :a, active_prompt_key = :k"
        } else {
            "SET is_active = :a REMOVE active_prompt_key"
        };
        let key = HashMap::from([
            ("PK".to_owned(), AttributeValue::S(format!("prompt#{id}"))),
            (
                "SK".to_owned(),
                AttributeValue::S(format!("version#{version}")),
            ),
        ]);
        let current = self
            .client
            .get_item()
            .table_name(&self.table)
            .set_key(Some(key.clone()))
            .consistent_read(true)
            .send()
            .await
            .map_err(|e| backend("read prompt", describe(&e)))?
            .item
            .and_then(|i| prompt_from_item(&i));
        let Some(current) = current else {
            return Err(StoreError::PromptNotFound {
                id: id.to_owned(),
                version,
            });
        };
        let mut u = self
            .client
            .update_item()
            .table_name(&self.table)
            .set_key(Some(key))
            .update_expression(update)
            // `section` is a reserved word in expressions.
            .condition_expression("attribute_exists(PK) AND #s = :s AND #ss = :ss")
            .expression_attribute_names("#s", "section")
            .expression_attribute_names("#ss", "sub_section")
            .expression_attribute_values(":a", AttributeValue::Bool(active))
            .expression_attribute_values(":s", AttributeValue::S(current.section.clone()))
            .expression_attribute_values(":ss", AttributeValue::S(current.sub_section.clone()))
            .return_values(ReturnValue::AllNew);
        if active {
            u = u.expression_attribute_values(
                ":k",
                AttributeValue::S(active_key(&current.section, &current.sub_section)),
            );
        }
        match u.send().await {
            Ok(out) => out
                .attributes
                .and_then(|i| prompt_from_item(&i))
                .ok_or_else(|| backend("activate prompt", "the updated item is not a prompt")),
            Err(e) => match e.into_service_error() {
                UpdateItemError::ConditionalCheckFailedException(_) => {
                    Err(StoreError::PromptNotFound {
                        id: id.to_owned(),
                        version,
                    })
                }
                other => Err(backend(
                    "activate prompt",
                    aws_smithy_types::error::display::DisplayErrorContext(&other).to_string(),
                )),
            },
        }
    }

    async fn find_prompt_op(&self, query: &PromptQuery) -> Result<Option<PromptItem>, StoreError> {
        let out = self
            .client
            .query()
            .table_name(&self.table)
            .index_name(PROMPT_INDEX)
            .key_condition_expression("active_prompt_key = :k")
            .expression_attribute_values(
                ":k",
                AttributeValue::S(active_key(&query.section, &query.sub_section)),
            )
            .send()
            .await
            .map_err(|e| backend("find prompt", describe(&e)))?;
        let indexed: Vec<PromptItem> = out
            .items
            .unwrap_or_default()
            .iter()
            .filter_map(prompt_from_item)
            .collect();
        if let Some(p) = pick_prompt(query, indexed) {
            return Ok(Some(p));
        }
        // Items written by the original tools lack the index attribute. Find them the
        // slow way (the worker caches the answer), and say how to stop needing it.
        let found = pick_prompt(
            query,
            self.scan_prompts()
                .await?
                .iter()
                .filter_map(prompt_from_item)
                .collect(),
        );
        if let Some(p) = &found {
            tracing::warn!(prompt_id = %p.id, version = p.version,
                "Found the active prompt only by scanning the table; run `rfp-api migrate-prompts` once to index prompt items.");
        }
        Ok(found)
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{AnalysisState, JobError};

    fn events(job_id: JobId) -> Vec<Event> {
        let at = Utc::now();
        let error = JobError::new("x", "x", true);
        vec![
            Event::Enqueue {
                job_id,
                at,
                trace_id: "t".into(),
                document_sha256: "abc".into(),
                callback_url: Some("https://example.com/hook".into()),
            },
            Event::Start {
                job_id,
                attempt: 1,
                worker: "w".into(),
                at,
            },
            Event::Progress {
                job_id,
                stage: Stage::Analyzing,
                progress: 50,
            },
            Event::Complete {
                job_id,
                result: serde_json::json!({"title": "t"}),
                at,
            },
            Event::Fail {
                job_id,
                error: error.clone(),
                at,
            },
            Event::Retry { job_id, error },
        ]
    }

    /// The statuses the condition accepts (those listed after `#rfp_analysis_status
    /// IN (`), and whether it accepts an item without a status (an original item, or
    /// one never analysed).
    fn accepted(u: &Update, condition: &str) -> (Vec<AnalysisStatus>, bool) {
        let list = condition
            .split("#rfp_analysis_status IN (")
            .nth(1)
            .and_then(|rest| rest.split(')').next())
            .expect("a status list");
        let statuses: Vec<AnalysisStatus> = list
            .split(", ")
            .map(|placeholder| {
                let s = u.values[placeholder].as_s().unwrap();
                serde_json::from_value(Value::String(s.clone())).unwrap()
            })
            .collect();
        let missing = condition.contains("attribute_not_exists(#rfp_analysis_status)");
        (statuses, missing)
    }

    #[test]
    fn each_events_condition_accepts_exactly_what_the_state_machine_accepts() {
        use AnalysisStatus::*;
        let job_id = JobId::new();
        for event in events(job_id) {
            let (u, condition) = update_for(&event, None).unwrap();
            let (accepted, missing) = accepted(&u, &condition);
            for status in [NotStarted, Queued, Processing, Completed, Failed] {
                let state = AnalysisState {
                    status,
                    job_id: Some(job_id),
                    ..AnalysisState::default()
                };
                let machine = state::apply(&state, event.clone()).is_ok();
                assert_eq!(
                    accepted.contains(&status),
                    machine,
                    "{} from {}: condition `{condition}`",
                    event.name(),
                    status.as_str()
                );
                if status == NotStarted {
                    assert_eq!(missing, machine, "{}: `{condition}`", event.name());
                }
            }
            // Every event but the first names its job: a stale delivery is refused.
            let names_job = condition.contains("#rfp_analysis_job_id = :v");
            assert_eq!(
                names_job,
                !matches!(event, Event::Enqueue { .. }),
                "{condition}"
            );
        }
    }

    #[test]
    fn a_large_result_is_pointed_to_and_a_small_one_kept_in_the_item() {
        let complete = events(JobId::new()).remove(3);
        let (u, _) = update_for(&complete, None).unwrap();
        let expression = u.expression();
        assert!(expression.contains("#rfp_analysis = :v"), "{expression}");
        assert!(expression.contains("REMOVE") && expression.contains("#rfp_analysis_ref"));
        let stored = ResultRef {
            bucket: "b".into(),
            key: "results/p/j.json".into(),
        };
        let (u, _) = update_for(&complete, Some(&stored)).unwrap();
        let expression = u.expression();
        assert!(
            expression.contains("#rfp_analysis_ref = :v"),
            "{expression}"
        );
        let removes = expression.split(" REMOVE ").nth(1).unwrap();
        assert!(
            removes.split(", ").any(|n| n == "#rfp_analysis"),
            "{expression}"
        );
    }

    #[test]
    fn an_enqueue_records_its_callback_and_clears_the_last_jobs_times() {
        let enqueue = events(JobId::new()).remove(0);
        let (u, condition) = update_for(&enqueue, None).unwrap();
        let expression = u.expression();
        assert!(
            condition.starts_with("attribute_exists(#PK) AND "),
            "{condition}"
        );
        assert!(expression.contains("#callback_url = :v"), "{expression}");
        let removes = expression.split(" REMOVE ").nth(1).unwrap();
        for attr in [
            "#started_at",
            "#completed_at",
            "#rfp_analysis_error",
            "#worker",
        ] {
            assert!(
                removes.split(", ").any(|n| n == attr),
                "{attr}: {expression}"
            );
        }
    }
}
