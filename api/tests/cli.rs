//! The `rfp-api` binary's command line: settings errors and `--help`. (Having an
//! integration test here also makes `cargo test --workspace` build the binary that
//! the end-to-end tests in `tests/` start.)

use std::process::Command;

const BIN: &str = env!("CARGO_BIN_EXE_rfp-api");

#[test]
fn a_bad_setting_stops_start_up_with_one_line_naming_it() {
    for (name, value) in [
        ("RFP_WORKER_CONCURRENCY", "lots"),
        ("RFP_BACKEND", "cloud"),
        ("RFP_VISIBILITY_TIMEOUT_SECS", "0"),
        ("RFP_MODEL_TEMPERATURE", "1.5"),
        ("RFP_MODEL_INPUT_BUDGET_CHARS", "many"),
    ] {
        let out = Command::new(BIN).env(name, value).output().unwrap();
        assert_eq!(out.status.code(), Some(2), "{name}={value}");
        let stderr = String::from_utf8(out.stderr).unwrap();
        assert_eq!(stderr.trim().lines().count(), 1, "{name}={value}: {stderr}");
        assert!(stderr.contains(name), "{name}={value}: {stderr}");
    }
}

#[test]
fn help_lists_every_setting_with_its_variable() {
    let out = Command::new(BIN).arg("--help").output().unwrap();
    assert!(out.status.success());
    let help = String::from_utf8(out.stdout).unwrap();
    for doc in rfp_shared::settings::SETTINGS {
        assert!(help.contains(doc.env), "--help lacks {}", doc.env);
    }
}

#[test]
fn bedrock_without_a_region_stops_start_up_naming_aws_region() {
    let dir = tempfile::tempdir().unwrap();
    let out = Command::new(BIN)
        .env("RFP_DATA_DIR", dir.path())
        .env("RFP_LISTEN_ADDR", "127.0.0.1:0")
        .env("RFP_MODEL", "bedrock")
        .env_remove("AWS_REGION")
        .env_remove("AWS_DEFAULT_REGION")
        .env_remove("AWS_PROFILE")
        .env_remove("AWS_CONFIG_FILE")
        .env_remove("AWS_SHARED_CREDENTIALS_FILE")
        // No ~/.aws/config to find a region in.
        .env("HOME", dir.path())
        .env("AWS_EC2_METADATA_DISABLED", "true")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert_eq!(stderr.trim().lines().count(), 1, "{stderr}");
    assert!(stderr.contains("AWS_REGION"), "{stderr}");
}
