//! `rfp-worker`: takes analysis jobs from the queue until stopped; `rfp-worker extract
//! FILE` prints a document's text as the worker sees it.

use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Context;
use clap::{Parser, Subcommand};
use rfp_shared::ports::JobFailure;
use rfp_shared::settings::{Binary, OcrKind, Settings, help_text_for};
use rfp_worker::extract::{self, DocumentKind};
use rfp_worker::{Worker, WorkerConfig};
use tokio_util::sync::CancellationToken;

#[derive(Parser)]
#[command(name = "rfp-worker", version, about = "RFP Analyzer worker: analyses queued RFP documents.", after_help = help_text_for(Binary::Worker))]
struct Cli {
    /// Configuration file (default ./rfp.toml if present, or RFP_CONFIG).
    #[arg(long, global = true)]
    config: Option<PathBuf>,
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Subcommand)]
enum Command {
    /// Take jobs from the queue until SIGTERM or SIGINT (the default).
    Run,
    /// Internal: extract one document read from stdin (the sandbox's child process).
    #[command(name = "__extract", hide = true)]
    ExtractChild {
        kind: String,
        max_chars: Option<usize>,
    },
    /// Exit 0 if this worker's /healthz (RFP_WORKER_HEALTH_ADDR) answers: the
    /// container health check.
    Healthcheck,
    /// Print the text of a document, page by page, as the worker extracts it.
    Extract {
        /// A PDF, DOCX, HTML, Markdown or text file.
        file: PathBuf,
        /// Also write what the document says about itself (its styles, properties
        /// and heading lines, which the offline engine reads beside the text) to this
        /// file, one `kind<TAB>text` line each.
        #[arg(long, value_name = "FILE")]
        hints: Option<PathBuf>,
    },
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    if let Some(Command::ExtractChild { kind, max_chars }) = &cli.command {
        // Before settings and logging: the child needs neither.
        return rfp_worker::sandbox::child_main(kind, *max_chars);
    }
    let settings = match Settings::load(cli.config.as_deref()) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("rfp-worker: {e}");
            return ExitCode::from(2);
        }
    };
    let runtime = tokio::runtime::Runtime::new().expect("a tokio runtime starts");
    let result = match cli.command.unwrap_or(Command::Run) {
        Command::Run => runtime.block_on(run(settings)),
        Command::Extract { file, hints } => {
            runtime.block_on(print_text(&file, hints.as_deref(), &settings))
        }
        Command::Healthcheck => healthcheck(&settings),
        Command::ExtractChild { .. } => unreachable!("dispatched before the settings"),
    };
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
            eprintln!("rfp-worker: {e}");
            ExitCode::from(2)
        }
        Err(e) => {
            eprintln!("rfp-worker: {e:#}");
            ExitCode::FAILURE
        }
    }
}

async fn run(settings: Settings) -> anyhow::Result<ExitCode> {
    rfp_shared::telemetry::init("rfp-worker", settings.log_format);
    rfp_shared::metrics::install();
    let worker = Worker::build(&settings).await?;
    let shutdown = CancellationToken::new();
    let health = match settings.worker_health_addr {
        Some(addr) => Some(
            rfp_worker::health::serve(addr, worker.backends().clone(), shutdown.clone()).await?,
        ),
        None => None,
    };
    let signal = shutdown.clone();
    tokio::spawn(async move {
        rfp_shared::shutdown::signal().await;
        signal.cancel();
    });
    worker.run_until_stopped(shutdown).await;
    if let Some(health) = health {
        let _ = health.await;
    }
    Ok(ExitCode::SUCCESS)
}

fn healthcheck(settings: &Settings) -> anyhow::Result<ExitCode> {
    let Some(addr) = settings.worker_health_addr else {
        anyhow::bail!("RFP_WORKER_HEALTH_ADDR is not set, so this worker serves no /healthz");
    };
    let target = rfp_shared::probe::local_target(addr);
    rfp_shared::probe::probe(target, "/healthz", std::time::Duration::from_secs(3))
        .map_err(|e| anyhow::anyhow!(e))?;
    Ok(ExitCode::SUCCESS)
}

async fn print_text(
    file: &std::path::Path,
    hints: Option<&std::path::Path>,
    settings: &Settings,
) -> anyhow::Result<ExitCode> {
    let bytes = std::fs::read(file).with_context(|| format!("cannot read {}", file.display()))?;
    let name = file.file_name().and_then(|n| n.to_str());
    let Some(kind) = extract::sniff(&bytes, None, name) else {
        eprintln!(
            "unsupported_media_type: {} is not a PDF, DOCX, HTML, Markdown or text file",
            file.display()
        );
        return Ok(ExitCode::from(3));
    };
    let limits = WorkerConfig::from_settings(settings).extract;
    let bytes = bytes::Bytes::from(bytes);
    let layer = rfp_worker::sandbox::extract(bytes.clone(), kind, limits).await;
    // Tesseract reads the file itself; Textract reads documents from the bucket only.
    let ocr = match settings.ocr {
        OcrKind::Tesseract | OcrKind::Auto => rfp_worker::ocr::connect(settings)
            .await?
            .filter(|_| kind == DocumentKind::Pdf),
        _ => None,
    };
    let extracted = match ocr {
        Some(ocr) => {
            let key = rfp_shared::ids::BlobKey::parse("local/extract").expect("a valid key");
            let scan = rfp_worker::ocr::Scan {
                key: &key,
                token: "",
                bytes: &bytes,
                pages: None,
                owner: None,
            };
            match rfp_worker::ocr::complete(ocr.as_ref(), scan, layer, limits.max_chars).await {
                Ok((text, report)) => {
                    if let Some(r) = report {
                        eprintln!("{} read pages {:?}", r.engine, r.pages);
                    }
                    Ok(text)
                }
                Err(e) => Err((JobFailure::code(&e), e.to_string())),
            }
        }
        None => layer.map_err(|e| (e.code(), e.to_string())),
    };
    match extracted {
        Ok(text) => {
            if let Some(path) = hints {
                // Hint texts are cleaned (no control characters, one space for any
                // whitespace run), so one per line is unambiguous.
                let lines: String = text
                    .hints
                    .iter()
                    .map(|h| format!("{}\t{}\n", h.kind, h.text))
                    .collect();
                std::fs::write(path, lines)
                    .with_context(|| format!("cannot write {}", path.display()))?;
            }
            let mut out = String::new();
            for (i, page) in text.pages.iter().enumerate() {
                if kind == DocumentKind::Pdf {
                    out.push_str(&format!("=== page {} ===\n", i + 1));
                }
                out.push_str(page);
                out.push('\n');
            }
            // A closed pipe (`| head`) is not an error worth a panic.
            let _ = std::io::Write::write_all(&mut std::io::stdout().lock(), out.as_bytes());
            Ok(ExitCode::SUCCESS)
        }
        Err((code, why)) => {
            eprintln!("{code}: {why}");
            Ok(ExitCode::from(3))
        }
    }
}
