//! `rfp-api`: serves the HTTP API (and, in embedded mode, the worker) until stopped;
//! `rfp-api demo` runs one sample RFP through the whole service.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};
use rfp_api::Application;
use rfp_shared::settings::{Backend, Settings, help_text};
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
        /// The RFP to analyse (PDF, DOCX, HTML, Markdown or text); default: the project's sample.
        #[arg(long)]
        file: Option<PathBuf>,
    },
    /// Internal: extract one document read from stdin (the sandbox's child process).
    #[command(name = "__extract", hide = true)]
    ExtractChild {
        kind: String,
        max_chars: Option<usize>,
    },
    /// Exit 0 if the API's /healthz (on RFP_LISTEN_ADDR) answers: the container
    /// health check.
    Healthcheck,
    /// Make an API key for a service client: prints the key (give it to the client;
    /// it is not stored) and the RFP_API_KEYS entry that accepts it (only its hash).
    NewApiKey {
        /// The key's id: the owner of everything created with it.
        id: String,
        /// The key may administer prompts.
        #[arg(long)]
        admin: bool,
    },
    /// AWS backend: create what is missing — table and indexes, bucket, queue and
    /// dead-letter queue. Idempotent; for docker compose and tests (production uses deploy/).
    Setup,
    /// AWS backend: index prompt items written by other tools (adds `active_prompt_key`),
    /// so the worker finds the active prompt without a Scan. Idempotent.
    MigratePrompts,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    if let Some(Command::ExtractChild { kind, max_chars }) = &cli.command {
        // The embedded worker's extraction process; needs no settings.
        return rfp_worker::sandbox::child_main(kind, *max_chars);
    }
    if let Some(Command::NewApiKey { id, admin }) = &cli.command {
        return match rfp_api::auth::new_api_key(id, *admin) {
            Ok((key, entry)) => {
                println!("key:   {key}");
                println!("entry: {entry}");
                eprintln!(
                    "Give the key to the client (it is shown once), and add the entry to RFP_API_KEYS (comma-separated)."
                );
                ExitCode::SUCCESS
            }
            Err(e) => {
                eprintln!("rfp-api: {}", e.reason.replace("RFP_API_KEYS", "the key"));
                ExitCode::from(2)
            }
        };
    }
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
            Command::Setup => setup(settings).await,
            Command::MigratePrompts => migrate_prompts(settings).await,
            Command::ExtractChild { .. } | Command::NewApiKey { .. } => {
                unreachable!("dispatched before the settings")
            }
            Command::Healthcheck => {
                let target = rfp_shared::probe::local_target(settings.listen_addr);
                rfp_shared::probe::probe(target, "/healthz", std::time::Duration::from_secs(3))
                    .map(|()| ExitCode::SUCCESS)
                    .map_err(|e| anyhow::anyhow!(e))
            }
        }
    });
    // Whatever still runs on the blocking pool (an abandoned parser) is not waited
    // for: the process ends once its work is drained or released.
    runtime.shutdown_timeout(std::time::Duration::from_secs(1));
    match result {
        Ok(code) => code,
        // A setting found unusable only once its service is reached (a Bedrock model
        // with no region): the same one line and exit code as any bad setting.
        Err(e)
            if e.downcast_ref::<rfp_shared::settings::SettingsError>()
                .is_some() =>
        {
            eprintln!("rfp-api: {e}");
            ExitCode::from(2)
        }
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

fn require_aws(settings: &Settings, command: &str) -> anyhow::Result<()> {
    if settings.backend != Backend::Aws {
        anyhow::bail!(
            "`{command}` is for the aws backend (set RFP_BACKEND=aws); the embedded backend creates its files on start"
        );
    }
    Ok(())
}

async fn setup(settings: Settings) -> anyhow::Result<ExitCode> {
    require_aws(&settings, "setup")?;
    rfp_shared::telemetry::init_with_default("rfp-api", settings.log_format, "warn");
    let clients = rfp_shared::aws::Clients::from_env(&settings).await;
    for line in rfp_shared::aws::setup::run(&clients, &settings).await? {
        println!("{line}");
    }
    Ok(ExitCode::SUCCESS)
}

async fn migrate_prompts(settings: Settings) -> anyhow::Result<ExitCode> {
    require_aws(&settings, "migrate-prompts")?;
    rfp_shared::telemetry::init_with_default("rfp-api", settings.log_format, "warn");
    let clients = rfp_shared::aws::Clients::from_env(&settings).await;
    let table = settings.table_name.clone().unwrap_or_default();
    let store = rfp_shared::aws::DynamoStore::new(clients.dynamodb, table.clone(), None);
    let changed = store.migrate_prompts().await?;
    println!("{changed} prompt item(s) in {table} updated");
    Ok(ExitCode::SUCCESS)
}
