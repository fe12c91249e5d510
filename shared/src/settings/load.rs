//! Loading the settings: defaults, then the file, then the environment (with the
//! original deployment's names); then every range and rule checked, and any error
//! turned into one line naming the setting (with "did you mean" for a mistyped key).

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use super::{AuthMode, Backend, ModelKind, OcrKind, SETTINGS, SettingDoc, Settings};

/// A setting that cannot be used. Its `Display` is the one line start-up prints.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("invalid setting {setting}: {reason}")]
pub struct SettingsError {
    /// The environment variable (or file key) at fault.
    pub setting: String,
    pub reason: String,
}

impl SettingsError {
    pub fn new(setting: impl Into<String>, reason: impl Into<String>) -> Self {
        Self {
            setting: setting.into(),
            reason: reason.into(),
        }
    }
}

/// The variable naming the configuration file (default `./rfp.toml`, if present).
pub const CONFIG_FILE_ENV: &str = "RFP_CONFIG";

impl Settings {
    /// Loads the settings from the process environment and the configuration file
    /// (`explicit_file`, else `RFP_CONFIG`, else `./rfp.toml` when it exists).
    pub fn load(explicit_file: Option<&Path>) -> Result<Self, SettingsError> {
        Self::from_sources(explicit_file, std::env::vars())
    }

    /// Loads from the given environment instead of the process's (for tests).
    pub fn from_sources(
        explicit_file: Option<&Path>,
        env: impl IntoIterator<Item = (String, String)>,
    ) -> Result<Self, SettingsError> {
        let env: HashMap<String, String> = env.into_iter().collect();
        let file = match explicit_file {
            Some(path) => Some((path.to_path_buf(), true)),
            None => match env.get(CONFIG_FILE_ENV) {
                Some(path) => Some((PathBuf::from(path), true)),
                None => Some((PathBuf::from("rfp.toml"), false)),
            },
        };

        let mut builder = config::Config::builder();
        for doc in SETTINGS {
            if let Some(default) = doc.default {
                builder = builder
                    .set_default(doc.key, default)
                    .expect("defaults are plain strings");
            }
        }
        if let Some((path, required)) = file {
            if required && !path.is_file() {
                return Err(SettingsError::new(
                    CONFIG_FILE_ENV,
                    format!("configuration file {} does not exist", path.display()),
                ));
            }
            builder = builder.add_source(
                config::File::from(path)
                    .format(config::FileFormat::Toml)
                    .required(required),
            );
        }
        for doc in SETTINGS {
            if let Some(value) = env.get(doc.env) {
                builder = builder
                    .set_override(doc.key, value.as_str())
                    .expect("overrides are plain strings");
            }
        }

        let settings: Settings = builder
            .build()
            .and_then(|c| c.try_deserialize())
            .map_err(explain)?;
        settings.validate()?;
        Ok(settings)
    }

    fn validate(&self) -> Result<(), SettingsError> {
        self.check_ranges()?;
        if self.extract_memory_mb != 0 && !(64..=1 << 20).contains(&self.extract_memory_mb) {
            return Err(SettingsError::new(
                "RFP_EXTRACT_MEMORY_MB",
                format!(
                    "{} is out of range 64-1048576 (or 0: no cap)",
                    self.extract_memory_mb
                ),
            ));
        }
        let languages = &self.ocr_languages;
        if languages.is_empty()
            || languages
                .split('+')
                .any(|l| l.is_empty() || !l.chars().all(|c| c.is_ascii_alphanumeric() || c == '_'))
        {
            return Err(SettingsError::new(
                "RFP_OCR_LANGUAGES",
                format!(
                    "`{languages}` is not a list of Tesseract languages joined with `+` (e.g. `eng+fra`)"
                ),
            ));
        }
        if self.ocr == OcrKind::Textract && self.backend != Backend::Aws {
            return Err(SettingsError::new(
                "RFP_OCR",
                "`textract` needs RFP_BACKEND=aws: Textract reads multi-page PDFs from the S3 bucket, and the embedded backend keeps documents on local disk",
            ));
        }
        let set = |v: &Option<String>| v.as_deref().is_some_and(|v| !v.trim().is_empty());
        if set(&self.jwt_issuer) != set(&self.jwt_audience) {
            return Err(SettingsError::new(
                if set(&self.jwt_issuer) {
                    "RFP_JWT_AUDIENCE"
                } else {
                    "RFP_JWT_ISSUER"
                },
                "RFP_JWT_ISSUER and RFP_JWT_AUDIENCE go together: a token is accepted only from its issuer and for this API",
            ));
        }
        let api_keys = self.api_keys.as_ref().map(|k| k.expose().to_owned());
        if self.auth == AuthMode::Required && !set(&self.jwt_issuer) && !set(&api_keys) {
            return Err(SettingsError::new(
                "RFP_AUTH",
                "is `required` but no credential can be accepted: set RFP_JWT_ISSUER and RFP_JWT_AUDIENCE, or RFP_API_KEYS",
            ));
        }
        if self
            .callback_secret
            .as_ref()
            .is_some_and(|s| s.expose().len() < 16)
        {
            return Err(SettingsError::new(
                "RFP_CALLBACK_SECRET",
                "must be at least 16 characters: it is the key that signs callbacks",
            ));
        }
        if self.bedrock_model_id.trim().is_empty() {
            return Err(SettingsError::new("BEDROCK_MODEL_ID", "must not be empty"));
        }
        if self.model == ModelKind::Openai {
            if !set(&self.openai_model) {
                return Err(SettingsError::new(
                    "RFP_OPENAI_MODEL",
                    "is required when RFP_MODEL=openai: the model name the server knows, e.g. `llama3.1:8b` (Ollama) or `gpt-4o-mini` (OpenAI)",
                ));
            }
            let url = self.openai_base_url.trim();
            let rest = url
                .strip_prefix("https://")
                .or_else(|| url.strip_prefix("http://"));
            if rest.is_none_or(|r| r.split('/').next().is_none_or(str::is_empty)) {
                return Err(SettingsError::new(
                    "OPENAI_BASE_URL",
                    format!(
                        "`{url}` is not an http:// or https:// address with a host, e.g. http://127.0.0.1:11434/v1"
                    ),
                ));
            }
        }
        if self.backend == Backend::Aws {
            for (key, value) in [
                ("table_name", &self.table_name),
                ("proposals_bucket", &self.proposals_bucket),
                ("queue_url", &self.queue_url),
            ] {
                if value.as_deref().is_none_or(|v| v.trim().is_empty()) {
                    return Err(SettingsError::new(
                        env_name(key),
                        "is required when RFP_BACKEND=aws",
                    ));
                }
            }
        }
        Ok(())
    }
}

/// "RFP_X: 0 is out of range 1-256", from the setting's declared range.
pub(super) fn out_of_range(key: &str, value: String) -> SettingsError {
    let doc = SETTINGS.iter().find(|d| d.key == key);
    let range = doc.and_then(SettingDoc::range_text).unwrap_or_default();
    SettingsError::new(env_name(key), format!("{value} is out of range {range}"))
}

/// The environment variable of a file key.
pub fn env_name(key: &str) -> String {
    SETTINGS
        .iter()
        .find(|d| d.key == key)
        .map_or_else(|| key.to_owned(), |d| d.env.to_owned())
}

/// Turns the `config` crate's error into one line naming the setting.
fn explain(error: config::ConfigError) -> SettingsError {
    match error {
        config::ConfigError::Type {
            key: Some(key),
            unexpected,
            expected,
            ..
        } => SettingsError::new(
            env_name(&key),
            format!("expected {expected}, got {unexpected}"),
        ),
        other => {
            let text = other.to_string();
            // serde names the field in backticks: "unknown variant `x` … for key `model`"
            // or "unknown field `x`, expected one of …".
            let doc = SETTINGS
                .iter()
                .find(|d| text.contains(&format!("key `{}`", d.key)));
            if let Some(unknown) = between(&text, "unknown field `", "`") {
                return SettingsError::new(CONFIG_FILE_ENV, unknown_key(unknown));
            }
            match doc {
                Some(d) => {
                    let reason = match (
                        choices(d.key),
                        between(&text, "variant constructor ", " for key"),
                    ) {
                        (Some(accepted), Some(got)) => {
                            format!("`{got}` is not one of: {}", accepted.join(", "))
                        }
                        _ => text,
                    };
                    SettingsError::new(d.env, reason)
                }
                None => SettingsError::new("configuration", text),
            }
        }
    }
}

/// The values a choice setting accepts, as its enum spells them.
pub(super) fn choices(key: &str) -> Option<&'static [&'static str]> {
    SETTINGS
        .iter()
        .find(|d| d.key == key && !d.choices.is_empty())
        .map(|d| d.choices)
}

/// The text of `s` between `start` and the next `end`.
fn between<'a>(s: &'a str, start: &str, end: &str) -> Option<&'a str> {
    let from = s.find(start)? + start.len();
    let to = from + s[from..].find(end)?;
    Some(&s[from..to])
}

/// "`x` is not a setting", with the nearest known key when one is close.
fn unknown_key(key: &str) -> String {
    let nearest = SETTINGS
        .iter()
        .map(|d| (strsim::levenshtein(key, d.key), d.key))
        .min()
        .filter(|(distance, _)| *distance <= 3.max(key.len() / 4));
    match nearest {
        Some((_, known)) => {
            format!("`{key}` in the configuration file is not a setting; did you mean `{known}`?")
        }
        None => format!("`{key}` in the configuration file is not a setting (`--help` lists them)"),
    }
}
