//! A proposal as a DynamoDB item and back: the analysis fields at the top level under
//! their original names, the result in S3 when it is too large for the item, the keys.

use std::collections::HashMap;

use aws_sdk_dynamodb::types::AttributeValue;
use chrono::{SecondsFormat, Utc};
use serde_json::{Map, Value};

use crate::domain::{AnalysisStatus, Proposal};
use crate::ids::ProposalId;
use crate::ports::StoreError;

use super::{Item, backend, pk};

/// The attributes of a proposal item that belong to its analysis.
pub(super) const ANALYSIS_FIELDS: &[&str] = &[
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
pub(super) const PACKAGE_SHA256: &str = "package_sha256";

pub(super) fn key(id: ProposalId) -> Item {
    HashMap::from([
        ("PK".to_owned(), AttributeValue::S(pk(id))),
        ("SK".to_owned(), AttributeValue::S("METADATA".into())),
    ])
}

pub(super) fn av<T: serde::Serialize>(value: &T) -> Result<AttributeValue, StoreError> {
    serde_dynamo::to_attribute_value(value).map_err(|e| backend("encode", e.to_string()))
}

pub(super) fn timestamp(t: chrono::DateTime<Utc>) -> String {
    t.to_rfc3339_opts(SecondsFormat::Micros, true)
}

/// A proposal as an item: the analysis fields at the top level, under their names.
pub(super) fn to_item(p: &Proposal) -> Result<Item, StoreError> {
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
pub(super) const TORN_READ_RETRIES: usize = 5;
pub(super) const TORN_READ_PAUSE: std::time::Duration = std::time::Duration::from_millis(20);

/// A final status without what it announces: a result, or an error.
pub(super) fn is_torn(p: &Proposal) -> bool {
    match p.analysis.status {
        AnalysisStatus::Completed => p.analysis.result.is_none(),
        AnalysisStatus::Failed => p.analysis.error.is_none(),
        _ => false,
    }
}

/// Where a large result lives.
#[derive(Debug, Clone, serde::Deserialize, serde::Serialize)]
pub(super) struct ResultRef {
    pub(super) bucket: String,
    pub(super) key: String,
}

pub(super) fn from_item(item: Item) -> Result<(Proposal, Option<ResultRef>), StoreError> {
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
