//! What the worker needs to know, taken from the settings once.

use std::time::Duration;

use rfp_shared::settings::Settings;

/// What the worker needs to know, taken from the settings once.
#[derive(Debug, Clone)]
pub struct WorkerConfig {
    pub concurrency: usize,
    pub visibility: Duration,
    pub heartbeat: Duration,
    pub receive_wait: Duration,
    pub max_receives: u32,
    pub extract: crate::sandbox::Limits,
    /// Time budget of the analysis of one document (every model call of it).
    pub analyze_timeout: Duration,
    /// Jobs of one owner this worker runs at once.
    pub owner_slots: usize,
    /// Extractions at least this slow keep their text for a re-analysis.
    pub text_cache_min_ms: u64,
    pub retry_delay: Duration,
    pub shutdown_grace: Duration,
    /// How often dead letters are looked for (zero: never).
    pub sweep_interval: Duration,
    /// How long a looked-up prompt is used before it is looked up again.
    pub prompt_ttl: Duration,
    /// Signing key and address rules of callbacks.
    pub callbacks: crate::callback::CallbackConfig,
}

impl WorkerConfig {
    pub fn from_settings(s: &Settings) -> Self {
        Self {
            concurrency: s.worker_concurrency,
            visibility: s.visibility_timeout(),
            heartbeat: s.heartbeat_interval(),
            receive_wait: s.receive_wait(),
            max_receives: s.max_receives,
            extract: crate::sandbox::Limits {
                timeout: s.extract_timeout(),
                memory_mib: s.extract_memory_mb,
                process: s.extract_isolation == rfp_shared::settings::ExtractIsolation::Process,
                max_chars: s.max_text_chars,
            },
            analyze_timeout: s.analyze_timeout(),
            owner_slots: s.owner_slots(),
            retry_delay: s.retry_delay(),
            shutdown_grace: s.shutdown_grace(),
            sweep_interval: Duration::from_secs(s.sweep_interval_secs),
            text_cache_min_ms: s.text_cache_min_ms,
            prompt_ttl: Duration::from_secs(s.prompt_cache_secs),
            callbacks: crate::callback::CallbackConfig::from_settings(s),
        }
    }
}
