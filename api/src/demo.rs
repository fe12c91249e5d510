//! The quick start: one RFP through the real architecture. It starts the service on a
//! free loopback port with a fresh data directory, then acts as a client over HTTP:
//! create a proposal, upload the RFP, ask for its analysis, follow the progress, and
//! print the analysis JSON on stdout. The request goes through the same API, queue and
//! worker as in production; only the backends are the embedded ones.

use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Duration;

use anyhow::{Context, bail};
use serde_json::Value;
use tokio_util::sync::CancellationToken;

use rfp_shared::settings::{Backend, Settings};

use crate::Application;

pub async fn run(mut settings: Settings, file: Option<PathBuf>) -> anyhow::Result<ExitCode> {
    rfp_shared::telemetry::init_with_default("rfp-api", settings.log_format, "warn");
    let (name, bytes) = match &file {
        Some(path) => (
            path.file_name()
                .and_then(|n| n.to_str())
                .unwrap_or("rfp")
                .to_owned(),
            std::fs::read(path).with_context(|| format!("cannot read {}", path.display()))?,
        ),
        None => (
            "sample-rfp.md".to_owned(),
            rfp_worker::SAMPLE_RFP.as_bytes().to_vec(),
        ),
    };

    let data_dir = tempfile::tempdir().context("cannot create a temporary data directory")?;
    settings.backend = Backend::Embedded;
    settings.data_dir = data_dir.path().to_path_buf();
    settings.listen_addr = "127.0.0.1:0".parse().expect("valid address");
    settings.embedded_worker = true;
    let app = Application::build(settings).await?;
    let base = format!("http://{}", app.local_addr());
    eprintln!(
        "Service started at {base} (data in {}).",
        data_dir.path().display()
    );
    let shutdown = CancellationToken::new();
    let server = tokio::spawn(app.run_until_stopped(shutdown.clone()));

    let result = client_session(&base, &name, bytes).await;
    shutdown.cancel();
    let _ = tokio::time::timeout(Duration::from_secs(10), server).await;

    let analysis = result?;
    println!("{}", serde_json::to_string_pretty(&analysis)?);
    Ok(ExitCode::SUCCESS)
}

async fn client_session(base: &str, name: &str, bytes: Vec<u8>) -> anyhow::Result<Value> {
    let client = rfp_client::Client::new(base);
    let proposal = client.create_proposal(&format!("Demo: {name}")).await?;
    let id = proposal["id"]
        .as_str()
        .context("the proposal has no id")?
        .to_owned();
    eprintln!("Created proposal {id}.");

    let document = client.upload_multipart(&id, bytes, name).await?;
    eprintln!(
        "Uploaded {name}: {} bytes, {}, sha256 {}.",
        document["size"], document["content_type"], document["sha256"]
    );

    let job = client.analyze(&id, &rfp_client::Analyze::default()).await?;
    eprintln!("Analysis queued as job {}.", job.body["job_id"]);

    let status = client
        .follow(&id, Duration::MAX, |status| {
            eprintln!(
                "  {:>3}%  {:<11} {}",
                status["progress"],
                status["stage"].as_str().unwrap_or(""),
                status["status"].as_str().unwrap_or("")
            );
        })
        .await?;
    match status["status"].as_str() {
        Some("completed") => Ok(status["rfp_analysis"].clone()),
        _ => bail!("the analysis failed: {}", status["error"]),
    }
}
