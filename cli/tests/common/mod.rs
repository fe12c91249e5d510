//! What the `rfp` command's tests share: running the built binary against a service.

use std::process::{Command, Output};

pub const RFP: &str = env!("CARGO_BIN_EXE_rfp");

/// Runs `rfp --url BASE ARGS…` off the async runtime and returns what it printed.
pub async fn rfp(base: &str, args: &[&str]) -> Output {
    let mut cmd = Command::new(RFP);
    cmd.arg("--url").arg(base).args(args);
    tokio::task::spawn_blocking(move || cmd.output().unwrap())
        .await
        .unwrap()
}
