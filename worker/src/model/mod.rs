//! The model adapters behind the `Model` port: the offline extractive analyzer (the
//! embedded default); a large language model through [`llm`] (provider-neutral: the
//! prompt, schema validation, the correction, retries, long documents in parts) over
//! one of two thin wire adapters, Bedrock's Converse ([`bedrock`]) and the OpenAI
//! chat-completions API ([`openai`]); and a wrapper that adds a fixed latency for load
//! and fault tests.

pub mod answer;
pub mod bedrock;
pub mod extractive;
pub mod llm;
pub mod openai;
pub mod schema;

use std::sync::Arc;
use std::time::Duration;

use async_trait::async_trait;
use rfp_shared::ports::{Model, ModelAnswer, ModelError, ModelRequest};
use rfp_shared::settings::{ModelKind, Settings, SettingsError};

pub use extractive::ExtractiveAnalyzer;

/// Adds `delay` before every call of `inner` (`RFP_MODEL_DELAY_MS`), so tests can hold
/// jobs in flight the way a real model would.
pub struct Delayed {
    pub inner: Arc<dyn Model>,
    pub delay: Duration,
}

#[async_trait]
impl Model for Delayed {
    async fn analyze(&self, request: ModelRequest) -> Result<ModelAnswer, ModelError> {
        tokio::time::sleep(self.delay).await;
        self.inner.analyze(request).await
    }

    fn reads_packages_per_document(&self) -> bool {
        self.inner.reads_packages_per_document()
    }
}

/// The model the settings ask for. Bedrock's client comes from the standard AWS
/// configuration chain (credentials, `AWS_REGION`, `AWS_ENDPOINT_URL_BEDROCK_RUNTIME`).
pub async fn connect(settings: &Settings) -> Result<Arc<dyn Model>, SettingsError> {
    let model: Arc<dyn Model> = match settings.model {
        ModelKind::Extractive => Arc::new(ExtractiveAnalyzer),
        ModelKind::Bedrock => {
            let config = rfp_shared::aws::config_with_region(
                "RFP_MODEL=bedrock (the region of the Bedrock model)",
            )
            .await?;
            bedrock(&config, settings)
        }
        ModelKind::Openai => openai(settings)?,
    };
    Ok(with_delay(model, settings))
}

/// Claude on Bedrock through `config` (tests pass one aimed at a fake server).
pub fn bedrock(config: &aws_types::SdkConfig, settings: &Settings) -> Arc<dyn Model> {
    Arc::new(llm::LlmModel::new(
        bedrock::Bedrock::new(config, settings),
        llm::LlmConfig::from_settings(settings),
    ))
}

/// A model behind an OpenAI-compatible chat-completions server (`OPENAI_BASE_URL`,
/// `OPENAI_API_KEY`, `RFP_OPENAI_MODEL`).
pub fn openai(settings: &Settings) -> Result<Arc<dyn Model>, SettingsError> {
    Ok(Arc::new(llm::LlmModel::new(
        openai::OpenAi::new(settings)?,
        llm::LlmConfig::from_settings(settings),
    )))
}

/// `model`, slowed by `RFP_MODEL_DELAY_MS` when it is set.
pub fn with_delay(model: Arc<dyn Model>, settings: &Settings) -> Arc<dyn Model> {
    if settings.model_delay_ms > 0 {
        Arc::new(Delayed {
            inner: model,
            delay: settings.model_delay(),
        })
    } else {
        model
    }
}
