//! The workspace on DynamoDB: items of their own beside the proposal's, so the
//! proposal item (already holding the analysis) stays under the 400 KB limit.
//!
//! - `PK=PROPOSAL#<id>`, `SK=WORKSPACE`: `version` and the JSON `body`;
//! - `PK=PROPOSAL#<id>`, `SK=HISTORY#<version, 12 digits>`: one item per write.
//!
//! A write is one `TransactWriteItems`: a condition check that the proposal exists,
//! the workspace put conditional on its version, and the history item put only if
//! that version has no entry yet. A body larger than [`LARGE_BODY_BYTES`] goes to S3
//! under a key of its own (`workspaces/<id>/<uuid>.json`, never overwritten, so two
//! racing writers cannot swap bodies), and the item holds `body_key`.
//!
//! Requests per edit (measured in `shared/tests/workspace_contract.rs`): the API's
//! `GetItem` of the proposal and of the workspace, then one `TransactWriteItems`;
//! plus, for a body over the limit, one S3 `PutObject` to write it, one `GetObject` to
//! read it and one `DeleteObject` for the body it replaces.

use aws_sdk_dynamodb::operation::transact_write_items::TransactWriteItemsError;
use aws_sdk_dynamodb::types::{AttributeValue, ConditionCheck, Put, TransactWriteItem};
use std::collections::HashMap;

use super::describe;
use super::store::{DynamoStore, pk};
use crate::ids::ProposalId;
use crate::ports::StoreError;
use crate::workspace::{HistoryEntry, Workspace};

type Item = HashMap<String, AttributeValue>;

/// Bodies larger than this (as JSON) are kept in S3 rather than in the item.
pub const LARGE_BODY_BYTES: usize = 300 * 1024;

const WORKSPACE_SK: &str = "WORKSPACE";

fn backend(operation: &'static str, message: impl Into<String>) -> StoreError {
    StoreError::backend(operation, message.into())
}

fn history_sk(version: u64) -> String {
    format!("HISTORY#{version:012}")
}

fn key(id: ProposalId, sk: &str) -> Item {
    HashMap::from([
        ("PK".to_owned(), AttributeValue::S(pk(id))),
        ("SK".to_owned(), AttributeValue::S(sk.to_owned())),
    ])
}

impl DynamoStore {
    /// The body as an attribute: in the item, or in S3 with its key in the item.
    async fn place_body(
        &self,
        id: ProposalId,
        json: Vec<u8>,
        placed: &mut Vec<String>,
    ) -> Result<(&'static str, AttributeValue), StoreError> {
        if json.len() <= LARGE_BODY_BYTES {
            let text =
                String::from_utf8(json).map_err(|e| backend("encode workspace", e.to_string()))?;
            return Ok(("body", AttributeValue::S(text)));
        }
        let Some((s3, bucket)) = &self.results else {
            return Err(backend(
                "store workspace",
                "the workspace is too large for an item and no bucket is configured",
            ));
        };
        let key = format!("workspaces/{id}/{}.json", uuid::Uuid::new_v4());
        s3.put_object()
            .bucket(bucket)
            .key(&key)
            .content_type("application/json")
            .server_side_encryption(aws_sdk_s3::types::ServerSideEncryption::Aes256)
            .body(json.into())
            .send()
            .await
            .map_err(|e| backend("store workspace", describe(&e)))?;
        placed.push(key.clone());
        Ok(("body_key", AttributeValue::S(key)))
    }

    /// The JSON an item holds, or the S3 object it points to.
    async fn body_of(&self, item: &Item) -> Result<Vec<u8>, StoreError> {
        if let Some(AttributeValue::S(body)) = item.get("body") {
            return Ok(body.clone().into_bytes());
        }
        let Some(AttributeValue::S(key)) = item.get("body_key") else {
            return Err(backend("load workspace", "the item has no body"));
        };
        let Some((s3, bucket)) = &self.results else {
            return Err(backend(
                "load workspace",
                "a workspace is in S3 but no bucket is configured",
            ));
        };
        let out = s3
            .get_object()
            .bucket(bucket)
            .key(key)
            .send()
            .await
            .map_err(|e| backend("load workspace", describe(&e)))?;
        Ok(out
            .body
            .collect()
            .await
            .map_err(|e| backend("load workspace", e.to_string()))?
            .into_bytes()
            .to_vec())
    }

    async fn forget_bodies(&self, keys: &[String]) {
        let Some((s3, bucket)) = &self.results else {
            return;
        };
        for key in keys {
            if let Err(e) = s3.delete_object().bucket(bucket).key(key).send().await {
                tracing::warn!(key, error = %describe(&e), "an unused workspace body was not deleted");
            }
        }
    }

    pub(super) async fn get_workspace_op(&self, id: ProposalId) -> Result<Workspace, StoreError> {
        let out = self
            .client
            .get_item()
            .table_name(&self.table)
            .set_key(Some(key(id, WORKSPACE_SK)))
            .consistent_read(true)
            .send()
            .await
            .map_err(|e| backend("get workspace", describe(&e)))?;
        let Some(item) = out.item.filter(|i| !i.is_empty()) else {
            return Ok(Workspace::default());
        };
        let body = self.body_of(&item).await?;
        let mut ws: Workspace = serde_json::from_slice(&body)
            .map_err(|e| backend("decode workspace", e.to_string()))?;
        if let Some(AttributeValue::N(v)) = item.get("version") {
            ws.version = v.parse().unwrap_or(ws.version);
        }
        ws.stored_at = match item.get("body_key") {
            Some(AttributeValue::S(k)) => Some(k.clone()),
            _ => None,
        };
        Ok(ws)
    }

    pub(super) async fn put_workspace_op(
        &self,
        id: ProposalId,
        expected: u64,
        workspace: &Workspace,
        entry: &HistoryEntry,
    ) -> Result<(), StoreError> {
        let version = expected + 1;
        let mut ws = workspace.clone();
        ws.version = version;
        // The body the version being replaced keeps in S3, as the caller read it.
        let old = workspace.stored_at.clone();
        let mut placed = Vec::new();
        let ws_json = to_json(&ws)?;
        let entry_json = to_json(entry)?;
        let (ws_attr, ws_body) = self.place_body(id, ws_json, &mut placed).await?;
        let (entry_attr, entry_body) = match self.place_body(id, entry_json, &mut placed).await {
            Ok(b) => b,
            Err(e) => {
                self.forget_bodies(&placed).await;
                return Err(e);
            }
        };
        let mut ws_item = key(id, WORKSPACE_SK);
        ws_item.insert("version".into(), AttributeValue::N(version.to_string()));
        ws_item.insert(ws_attr.into(), ws_body);
        let mut entry_item = key(id, &history_sk(version));
        entry_item.insert("version".into(), AttributeValue::N(version.to_string()));
        entry_item.insert(entry_attr.into(), entry_body);
        let built =
            |e: aws_sdk_dynamodb::error::BuildError| backend("put workspace", e.to_string());
        let check = ConditionCheck::builder()
            .table_name(&self.table)
            .set_key(Some(key(id, "METADATA")))
            .condition_expression("attribute_exists(PK)")
            .build()
            .map_err(built)?;
        let put = Put::builder()
            .table_name(&self.table)
            .set_item(Some(ws_item))
            .condition_expression(if expected == 0 {
                "attribute_not_exists(PK)"
            } else {
                "#v = :expected"
            });
        let put = if expected == 0 {
            put
        } else {
            put.expression_attribute_names("#v", "version")
                .expression_attribute_values(":expected", AttributeValue::N(expected.to_string()))
        }
        .build()
        .map_err(built)?;
        let history = Put::builder()
            .table_name(&self.table)
            .set_item(Some(entry_item))
            .condition_expression("attribute_not_exists(PK)")
            .build()
            .map_err(built)?;
        let result = self
            .client
            .transact_write_items()
            .transact_items(TransactWriteItem::builder().condition_check(check).build())
            .transact_items(TransactWriteItem::builder().put(put).build())
            .transact_items(TransactWriteItem::builder().put(history).build())
            .send()
            .await;
        match result {
            Ok(_) => {
                if let Some(old) = old {
                    self.forget_bodies(&[old]).await;
                }
                Ok(())
            }
            Err(e) => {
                self.forget_bodies(&placed).await;
                let message = describe(&e);
                match e.into_service_error() {
                    TransactWriteItemsError::TransactionCanceledException(c) => {
                        let code = |i: usize| {
                            c.cancellation_reasons()
                                .get(i)
                                .and_then(|r| r.code())
                                .unwrap_or_default()
                        };
                        let codes = [code(0), code(1), code(2)];
                        if codes[0] == "ConditionalCheckFailed" {
                            Err(StoreError::NotFound(id))
                        } else if codes.iter().any(|c| {
                            // Another writer's transaction on the same items, at the same
                            // moment (DynamoDB cancels one): the same as a changed version.
                            *c == "ConditionalCheckFailed" || *c == "TransactionConflict"
                        }) {
                            Err(StoreError::WorkspaceChanged(id))
                        } else {
                            Err(backend("put workspace", message))
                        }
                    }
                    _ => Err(backend("put workspace", message)),
                }
            }
        }
    }

    pub(super) async fn workspace_history_op(
        &self,
        id: ProposalId,
        limit: usize,
        before: Option<u64>,
    ) -> Result<Vec<HistoryEntry>, StoreError> {
        let limit = limit.clamp(1, 1000);
        let upper = match before {
            Some(0) => return Ok(Vec::new()),
            Some(b) => history_sk(b - 1),
            None => history_sk(999_999_999_999),
        };
        let out = self
            .client
            .query()
            .table_name(&self.table)
            .key_condition_expression("PK = :pk AND SK BETWEEN :lo AND :hi")
            .expression_attribute_values(":pk", AttributeValue::S(pk(id)))
            .expression_attribute_values(":lo", AttributeValue::S(history_sk(0)))
            .expression_attribute_values(":hi", AttributeValue::S(upper))
            .scan_index_forward(false)
            .limit(limit as i32)
            .consistent_read(true)
            .send()
            .await
            .map_err(|e| backend("query history", describe(&e)))?;
        let mut entries = Vec::new();
        for item in out.items.unwrap_or_default() {
            let body = self.body_of(&item).await?;
            entries.push(
                serde_json::from_slice(&body)
                    .map_err(|e| backend("decode history", e.to_string()))?,
            );
        }
        Ok(entries)
    }

    /// Deletes up to 25 items of the proposal, retrying what DynamoDB leaves
    /// unprocessed a few times.
    async fn delete_batch(&self, id: ProposalId, sks: &[String]) -> Result<(), StoreError> {
        use aws_sdk_dynamodb::types::{DeleteRequest, WriteRequest};
        let mut requests = sks
            .iter()
            .map(|sk| {
                DeleteRequest::builder()
                    .set_key(Some(key(id, sk)))
                    .build()
                    .map(|d| WriteRequest::builder().delete_request(d).build())
                    .map_err(|e| backend("delete workspace", e.to_string()))
            })
            .collect::<Result<Vec<_>, _>>()?;
        for attempt in 0..5 {
            if requests.is_empty() {
                return Ok(());
            }
            if attempt > 0 {
                tokio::time::sleep(std::time::Duration::from_millis(50 << attempt)).await;
            }
            let out = self
                .client
                .batch_write_item()
                .request_items(&self.table, requests)
                .send()
                .await
                .map_err(|e| backend("delete workspace", describe(&e)))?;
            requests = out
                .unprocessed_items
                .and_then(|mut u| u.remove(&self.table))
                .unwrap_or_default();
        }
        if requests.is_empty() {
            Ok(())
        } else {
            Err(backend(
                "delete workspace",
                "DynamoDB left items unprocessed",
            ))
        }
    }

    pub(super) async fn delete_workspace_op(&self, id: ProposalId) -> Result<(), StoreError> {
        let mut start: Option<Item> = None;
        loop {
            let out = self
                .client
                .query()
                .table_name(&self.table)
                .key_condition_expression("PK = :pk AND SK BETWEEN :lo AND :hi")
                .expression_attribute_values(":pk", AttributeValue::S(pk(id)))
                .expression_attribute_values(":lo", AttributeValue::S("HISTORY#".into()))
                .expression_attribute_values(":hi", AttributeValue::S(WORKSPACE_SK.into()))
                .projection_expression("PK, SK, body_key")
                .set_exclusive_start_key(start.take())
                .send()
                .await
                .map_err(|e| backend("query workspace", describe(&e)))?;
            let items = out.items.unwrap_or_default();
            let bodies: Vec<String> = items
                .iter()
                .filter_map(|i| match i.get("body_key") {
                    Some(AttributeValue::S(k)) => Some(k.clone()),
                    _ => None,
                })
                .collect();
            let keys: Vec<String> = items
                .iter()
                .filter_map(|i| match i.get("SK") {
                    Some(AttributeValue::S(sk))
                        if sk == WORKSPACE_SK || sk.starts_with("HISTORY#") =>
                    {
                        Some(sk.clone())
                    }
                    _ => None,
                })
                .collect();
            for chunk in keys.chunks(25) {
                self.delete_batch(id, chunk).await?;
            }
            self.forget_bodies(&bodies).await;
            match out.last_evaluated_key {
                Some(k) if !k.is_empty() => start = Some(k),
                _ => return Ok(()),
            }
        }
    }
}

fn to_json<T: serde::Serialize>(v: &T) -> Result<Vec<u8>, StoreError> {
    serde_json::to_vec(v).map_err(|e| backend("encode workspace", e.to_string()))
}
