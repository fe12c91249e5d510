//! For tests against an AWS-API emulator (moto, LocalStack): fresh, uniquely named
//! resources on the emulator at `RFP_TEST_MOTO_URL`, created with `setup`, and the
//! adapters over them. Tests that need an emulator call [`url`] and skip, saying so,
//! when none is configured.

use aws_config::BehaviorVersion;
use aws_types::region::Region;

use super::Clients;
use crate::backends::{Backends, aws_backends};
use crate::settings::Settings;

/// The variable that names the emulator (`.ci/run` starts moto and sets it).
pub const EMULATOR_ENV: &str = "RFP_TEST_MOTO_URL";

/// The emulator's URL, or `None` after printing why the caller skips.
pub fn url(test: &str) -> Option<String> {
    match std::env::var(EMULATOR_ENV) {
        Ok(url) if !url.is_empty() => Some(url),
        _ => {
            // Straight to the stream, not through `eprintln!`, which the test harness
            // captures: a skip must show in the test output, never pass silently.
            use std::io::Write;
            let _ = writeln!(
                std::io::stderr(),
                "SKIPPED {test}: {EMULATOR_ENV} is not set (.ci/run starts moto and sets it)"
            );
            None
        }
    }
}

/// A fresh set of resources on the emulator.
pub struct Fixture {
    pub clients: Clients,
    pub settings: Settings,
    pub backends: Backends,
    /// The environment a child process needs to use the same resources.
    pub env: Vec<(String, String)>,
}

/// Creates a uniquely named table, bucket and queues on the emulator at `url`, with
/// `overrides` (as environment variables) on top of the test defaults.
pub async fn fixture(url: &str, overrides: &[(&str, &str)]) -> Fixture {
    let suffix = &uuid::Uuid::new_v4().simple().to_string()[..10];
    let mut env: Vec<(String, String)> = vec![
        ("RFP_BACKEND".into(), "aws".into()),
        ("TABLE_NAME".into(), format!("rfp-{suffix}")),
        ("PROPOSALS_BUCKET".into(), format!("rfp-{suffix}")),
        (
            "QUEUE_URL".into(),
            format!("{url}/123456789012/rfp-jobs-{suffix}"),
        ),
        (
            "DLQ_URL".into(),
            format!("{url}/123456789012/rfp-jobs-{suffix}-dlq"),
        ),
        ("RFP_S3_FORCE_PATH_STYLE".into(), "true".into()),
        ("RFP_RECEIVE_WAIT_SECS".into(), "1".into()),
        ("AWS_ENDPOINT_URL".into(), url.into()),
        ("AWS_REGION".into(), "us-east-1".into()),
        ("AWS_ACCESS_KEY_ID".into(), "test".into()),
        ("AWS_SECRET_ACCESS_KEY".into(), "test".into()),
    ];
    env.extend(
        overrides
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string())),
    );
    let settings = Settings::from_sources(None, env.clone()).expect("fixture settings are valid");
    let config = aws_config::defaults(BehaviorVersion::latest())
        .endpoint_url(url)
        .region(Region::new("us-east-1"))
        .credentials_provider(aws_credential_types::Credentials::new(
            "test", "test", None, None, "emulator",
        ))
        .load()
        .await;
    let clients = Clients::from_config(&config, true);
    super::setup::run(&clients, &settings)
        .await
        .expect("setup on the emulator");
    let backends = aws_backends(&clients, &settings);
    Fixture {
        clients,
        settings,
        backends,
        env,
    }
}
