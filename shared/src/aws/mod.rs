//! The AWS adapters: DynamoDB (store), SQS (queue), S3 (blobs).
//!
//! Configuration comes from the standard `aws-config` chain only — credentials,
//! region, `AWS_ENDPOINT_URL` and `AWS_ENDPOINT_URL_<SERVICE>` — so the code path is
//! the same for AWS, LocalStack and moto. The config is loaded once and every client
//! is built from it, each with the request counter attached.

mod blobs;
mod counter;
pub mod emulator;
mod queue;
pub mod setup;
mod store;
mod workspace;

pub use blobs::S3Blobs;
pub use counter::RequestCounter;
pub use queue::SqsQueue;
pub use store::{DynamoStore, OWNER_INDEX, PROMPT_INDEX};

use std::time::Duration;

use aws_config::BehaviorVersion;

/// Above the longest long poll (20 s), with room for a slow answer.
const SQS_ATTEMPT_TIMEOUT_SECS: u64 = 30;

use crate::settings::Settings;

/// The SDK clients, built once from one configuration.
#[derive(Clone, Debug)]
pub struct Clients {
    pub dynamodb: aws_sdk_dynamodb::Client,
    pub sqs: aws_sdk_sqs::Client,
    pub s3: aws_sdk_s3::Client,
    /// Counts every request attempt these clients send, by service and operation.
    pub counter: RequestCounter,
}

impl Clients {
    pub async fn from_env(settings: &Settings) -> Self {
        let config = aws_config::defaults(BehaviorVersion::latest()).load().await;
        Self::from_config(&config, settings.s3_force_path_style)
    }

    /// The clients of an explicit configuration (tests point it at an emulator).
    ///
    /// Each client gets a per-attempt time-out, so a connection that hangs fails (and
    /// is retried by the SDK) instead of blocking a worker: SQS's is above the 20 s long
    /// poll, or every empty receive would time out; S3's allows a 50 MiB upload.
    pub fn from_config(config: &aws_types::SdkConfig, s3_force_path_style: bool) -> Self {
        let counter = RequestCounter::default();
        let timeouts = |attempt_secs: u64| {
            aws_smithy_types::timeout::TimeoutConfig::builder()
                .connect_timeout(Duration::from_secs(5))
                .operation_attempt_timeout(Duration::from_secs(attempt_secs))
                .build()
        };
        let dynamodb = aws_sdk_dynamodb::config::Builder::from(config)
            .timeout_config(timeouts(10))
            .interceptor(counter.clone())
            .build();
        let sqs = aws_sdk_sqs::config::Builder::from(config)
            .timeout_config(timeouts(SQS_ATTEMPT_TIMEOUT_SECS))
            .interceptor(counter.clone())
            .build();
        let s3 = aws_sdk_s3::config::Builder::from(config)
            .force_path_style(s3_force_path_style)
            .timeout_config(timeouts(120))
            .interceptor(counter.clone())
            .build();
        Self {
            dynamodb: aws_sdk_dynamodb::Client::from_conf(dynamodb),
            sqs: aws_sdk_sqs::Client::from_conf(sqs),
            s3: aws_sdk_s3::Client::from_conf(s3),
            counter,
        }
    }
}

/// An SDK error with its code and message, for logs and error sources (`Display` of
/// the SDK's error says only "service error").
pub(crate) fn describe<E>(
    e: &aws_smithy_runtime_api::client::result::SdkError<E, aws_smithy_runtime_api::http::Response>,
) -> String
where
    E: std::error::Error + 'static,
{
    aws_smithy_types::error::display::DisplayErrorContext(e).to_string()
}

/// The standard configuration chain's answer, refused without a region: `needed_for`
/// says which setting asked (`RFP_MODEL=bedrock (the region of the Bedrock model)`).
pub async fn config_with_region(
    needed_for: &str,
) -> Result<aws_types::SdkConfig, crate::settings::SettingsError> {
    let config = aws_config::defaults(BehaviorVersion::latest()).load().await;
    if config.region().is_none() {
        return Err(crate::settings::SettingsError::new(
            "AWS_REGION",
            format!("is required when {needed_for}"),
        ));
    }
    Ok(config)
}
