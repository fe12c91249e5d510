//! The worker as an application: what `rfp-worker run`, the API's embedded worker and
//! the tests wire from the settings, written once.

use std::sync::Arc;

use rfp_shared::backends::Backends;
use rfp_shared::ports::Model;
use rfp_shared::settings::Settings;

use crate::{Worker, WorkerConfig};

impl Worker {
    /// The worker the settings describe: its backends, its model and its OCR
    /// connected. Run it with [`Worker::run_until_stopped`].
    pub async fn build(settings: &Settings) -> anyhow::Result<Self> {
        let backends = rfp_shared::backends::connect(settings).await?;
        let model = crate::model::connect(settings).await?;
        Ok(Self::with_parts(settings, &backends, model).await?)
    }

    /// As [`build`](Self::build), on `backends` and with `model` given (the API's
    /// embedded worker shares the API's backends; tests aim them at an emulator or a
    /// fake model server). The OCR still comes from the settings, so a missing
    /// Tesseract language stops start-up here too.
    pub async fn with_parts(
        settings: &Settings,
        backends: &Backends,
        model: Arc<dyn Model>,
    ) -> Result<Self, rfp_shared::settings::SettingsError> {
        let worker = Worker::new(backends, model, WorkerConfig::from_settings(settings));
        Ok(match crate::ocr::connect(settings).await? {
            Some(ocr) => worker.with_ocr(ocr),
            None => worker,
        })
    }
}
