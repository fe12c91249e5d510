//! The model adapters behind the `Model` port: the offline extractive analyzer (the
//! embedded default) and a wrapper that adds a fixed latency for load and fault tests.

pub mod extractive;

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
}

/// The model the settings ask for.
pub fn from_settings(settings: &Settings) -> Result<Arc<dyn Model>, SettingsError> {
    let model: Arc<dyn Model> = match settings.model {
        ModelKind::Extractive => Arc::new(ExtractiveAnalyzer),
        ModelKind::Bedrock => {
            return Err(SettingsError {
                setting: "RFP_MODEL".into(),
                reason: "`bedrock` is not available in this build yet; use `extractive`".into(),
            });
        }
    };
    Ok(if settings.model_delay_ms > 0 {
        Arc::new(Delayed {
            inner: model,
            delay: settings.model_delay(),
        })
    } else {
        model
    })
}
