//! `rfp-api setup`: creates what is missing — the table with its indexes (on-demand
//! billing), the bucket with default encryption, the dead-letter queue and the job
//! queue with its redrive policy. Idempotent: what exists is left as it is. For docker
//! compose and tests; production uses `deploy/`.

use aws_sdk_dynamodb::types::{
    AttributeDefinition, BillingMode, GlobalSecondaryIndex, KeySchemaElement, KeyType, Projection,
    ProjectionType, ScalarAttributeType,
};
use aws_sdk_s3::types::{
    BucketLocationConstraint, CreateBucketConfiguration, ServerSideEncryption,
    ServerSideEncryptionByDefault, ServerSideEncryptionConfiguration, ServerSideEncryptionRule,
};
use aws_sdk_sqs::types::QueueAttributeName;

use super::Clients;
use super::describe;
use super::store::{OWNER_INDEX, PROMPT_INDEX};
use crate::settings::Settings;

/// What `setup` did, one line per resource, for the operator.
pub type Report = Vec<String>;

/// The queue name at the end of a queue URL.
pub fn queue_name(url: &str) -> &str {
    url.trim_end_matches('/').rsplit('/').next().unwrap_or(url)
}

pub async fn run(clients: &Clients, settings: &Settings) -> anyhow::Result<Report> {
    let table = settings
        .table_name
        .as_deref()
        .ok_or_else(|| anyhow::anyhow!("TABLE_NAME is required"))?;
    let bucket = settings
        .proposals_bucket
        .as_deref()
        .ok_or_else(|| anyhow::anyhow!("PROPOSALS_BUCKET is required"))?;
    let queue_url = settings
        .queue_url
        .as_deref()
        .ok_or_else(|| anyhow::anyhow!("QUEUE_URL is required"))?;
    let mut report = Report::new();
    report.push(create_table(clients, table).await?);
    report.push(create_bucket(clients, bucket).await?);
    report.extend(create_queues(clients, settings, queue_url).await?);
    Ok(report)
}

fn key(name: &str, kind: KeyType) -> KeySchemaElement {
    KeySchemaElement::builder()
        .attribute_name(name)
        .key_type(kind)
        .build()
        .expect("complete")
}

fn string_attr(name: &str) -> AttributeDefinition {
    AttributeDefinition::builder()
        .attribute_name(name)
        .attribute_type(ScalarAttributeType::S)
        .build()
        .expect("complete")
}

fn index(name: &str, hash: &str, range: &str) -> GlobalSecondaryIndex {
    GlobalSecondaryIndex::builder()
        .index_name(name)
        .key_schema(key(hash, KeyType::Hash))
        .key_schema(key(range, KeyType::Range))
        .projection(
            Projection::builder()
                .projection_type(ProjectionType::All)
                .build(),
        )
        .build()
        .expect("complete")
}

async fn create_table(clients: &Clients, table: &str) -> anyhow::Result<String> {
    let db = &clients.dynamodb;
    if db.describe_table().table_name(table).send().await.is_ok() {
        return Ok(format!("table {table}: exists"));
    }
    let created = db
        .create_table()
        .table_name(table)
        .billing_mode(BillingMode::PayPerRequest)
        .attribute_definitions(string_attr("PK"))
        .attribute_definitions(string_attr("SK"))
        .attribute_definitions(string_attr("GSI1PK"))
        .attribute_definitions(string_attr("GSI1SK"))
        .attribute_definitions(string_attr("active_prompt_key"))
        .key_schema(key("PK", KeyType::Hash))
        .key_schema(key("SK", KeyType::Range))
        .global_secondary_indexes(index(OWNER_INDEX, "GSI1PK", "GSI1SK"))
        .global_secondary_indexes(index(PROMPT_INDEX, "active_prompt_key", "SK"))
        .send()
        .await;
    match created {
        Ok(_) => Ok(format!(
            "table {table}: created (on-demand, indexes {OWNER_INDEX}, {PROMPT_INDEX})"
        )),
        Err(e)
            if e.as_service_error()
                .is_some_and(|s| s.is_resource_in_use_exception()) =>
        {
            Ok(format!("table {table}: exists"))
        }
        Err(e) => anyhow::bail!("cannot create table {table}: {}", describe(&e)),
    }
}

async fn create_bucket(clients: &Clients, bucket: &str) -> anyhow::Result<String> {
    let s3 = &clients.s3;
    let mut line = format!("bucket {bucket}: exists");
    if s3.head_bucket().bucket(bucket).send().await.is_err() {
        let region = s3
            .config()
            .region()
            .map(|r| r.as_ref().to_owned())
            .unwrap_or_default();
        let mut create = s3.create_bucket().bucket(bucket);
        if !region.is_empty() && region != "us-east-1" {
            create = create.create_bucket_configuration(
                CreateBucketConfiguration::builder()
                    .location_constraint(BucketLocationConstraint::from(region.as_str()))
                    .build(),
            );
        }
        match create.send().await {
            Ok(_) => line = format!("bucket {bucket}: created"),
            Err(e)
                if e.as_service_error()
                    .is_some_and(|s| s.is_bucket_already_owned_by_you()) => {}
            Err(e) => anyhow::bail!("cannot create bucket {bucket}: {}", describe(&e)),
        }
    }
    let rule = ServerSideEncryptionRule::builder()
        .apply_server_side_encryption_by_default(
            ServerSideEncryptionByDefault::builder()
                .sse_algorithm(ServerSideEncryption::Aes256)
                .build()
                .expect("complete"),
        )
        .build();
    s3.put_bucket_encryption()
        .bucket(bucket)
        .server_side_encryption_configuration(
            ServerSideEncryptionConfiguration::builder()
                .rules(rule)
                .build()
                .expect("complete"),
        )
        .send()
        .await
        .map_err(|e| {
            anyhow::anyhow!(
                "cannot set the encryption of bucket {bucket}: {}",
                describe(&e)
            )
        })?;
    Ok(format!("{line}, default encryption SSE-S3"))
}

async fn create_queues(
    clients: &Clients,
    settings: &Settings,
    queue_url: &str,
) -> anyhow::Result<Vec<String>> {
    let sqs = &clients.sqs;
    let name = queue_name(queue_url);
    let dlq_name = settings
        .dlq_url
        .as_deref()
        .map(|u| queue_name(u).to_owned())
        .unwrap_or_else(|| format!("{name}-dlq"));
    let dlq = sqs
        .create_queue()
        .queue_name(&dlq_name)
        .attributes(QueueAttributeName::MessageRetentionPeriod, "1209600")
        .send()
        .await
        .map_err(|e| anyhow::anyhow!("cannot create queue {dlq_name}: {}", describe(&e)))?;
    let dlq_url = dlq.queue_url.unwrap_or_default();
    let arn = sqs
        .get_queue_attributes()
        .queue_url(&dlq_url)
        .attribute_names(QueueAttributeName::QueueArn)
        .send()
        .await
        .map_err(|e| anyhow::anyhow!("cannot read queue {dlq_name}: {}", describe(&e)))?
        .attributes
        .and_then(|a| a.get(&QueueAttributeName::QueueArn).cloned())
        .ok_or_else(|| anyhow::anyhow!("queue {dlq_name} has no ARN"))?;
    let redrive =
        serde_json::json!({ "deadLetterTargetArn": arn, "maxReceiveCount": settings.max_receives })
            .to_string();
    sqs.create_queue()
        .queue_name(name)
        .attributes(
            QueueAttributeName::VisibilityTimeout,
            settings.visibility_timeout_secs.to_string(),
        )
        .attributes(
            QueueAttributeName::ReceiveMessageWaitTimeSeconds,
            settings.receive_wait_secs.to_string(),
        )
        .attributes(QueueAttributeName::RedrivePolicy, redrive)
        .send()
        .await
        .map_err(|e| anyhow::anyhow!("cannot create queue {name}: {}", describe(&e)))?;
    Ok(vec![
        format!("queue {dlq_name}: ready ({dlq_url})"),
        format!(
            "queue {name}: ready, visibility {} s, redrive to {dlq_name} after {} receives",
            settings.visibility_timeout_secs, settings.max_receives
        ),
    ])
}
