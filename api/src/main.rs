//! `rfp-api`: serves the HTTP API (and, in embedded mode, the worker) until stopped;
//! `rfp-api demo` runs one sample RFP through the whole service.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};
use rfp_api::Application;
use rfp_shared::settings::{Settings, help_text};
use tokio_util::sync::CancellationToken;

#[derive(Parser)]
#[command(name = "rfp-api", version, about = "RFP Analyzer HTTP API.", after_help = help_text())]
struct Cli {
    /// Configuration file (default ./rfp.toml if present, or RFP_CONFIG).
    #[arg(long, global = true)]
    config: Option<PathBuf>,
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Subcommand)]
enum Command {
    /// Serve the API until SIGTERM or SIGINT (the default).
    Serve,
    /// Start the service on a free loopback port with a fresh data directory, submit
    /// an RFP through the HTTP API, follow its progress and print the analysis JSON.
    Demo {
        /// The RFP to analyse (PDF, DOCX, Markdown or text); default: the project's sample.
        #[arg(long)]
        file: Option<PathBuf>,
    },
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let settings = match Settings::load(cli.config.as_deref()) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("rfp-api: {e}");
            return ExitCode::from(2);
        }
    };
    let runtime = tokio::runtime::Runtime::new().expect("a tokio runtime starts");
    let result = runtime.block_on(async move {
        match cli.command.unwrap_or(Command::Serve) {
            Command::Serve => serve(settings).await,
            Command::Demo { file } => rfp_api::demo::run(settings, file).await,
        }
    });
    match result {
        Ok(code) => code,
        Err(e) => {
            eprintln!("rfp-api: {e:#}");
            ExitCode::FAILURE
        }
    }
}

async fn serve(settings: Settings) -> anyhow::Result<ExitCode> {
    rfp_shared::telemetry::init("rfp-api", settings.log_format);
    let app = Application::build(settings).await?;
    let shutdown = CancellationToken::new();
    let signal = shutdown.clone();
    tokio::spawn(async move {
        rfp_shared::shutdown::signal().await;
        signal.cancel();
    });
    app.run_until_stopped(shutdown).await?;
    Ok(ExitCode::SUCCESS)
}
