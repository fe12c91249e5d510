//! `rfp`: the RFP Analyzer from a terminal.
//!
//! ```text
//! rfp analyze call.pdf                  # create, upload, analyse, follow, print JSON
//! rfp analyze call.pdf --format markdown --out analysis.md
//! rfp list [--limit N] [--format json]                 # your proposals, newest first
//! rfp status PROPOSAL_ID [--wait] [--format json|markdown]
//! rfp show PROPOSAL_ID [--format json|markdown]         # its analysis
//! rfp set PROPOSAL_ID submission_deadline "2027-02-25 17:00 CET" --note "…"
//! rfp matrix PROPOSAL_ID --owner ana --status open      # the rows, as a list
//! rfp matrix PROPOSAL_ID set REQ-… --owner ana --status in_progress
//! rfp history PROPOSAL_ID                              # who changed what
//! rfp prompts list | show ID | push FILE [--id ID] [--activate]
//! rfp eval eval/corpus-labels.json --docs corpus/rfp [--out report.json] [--min-accuracy 80]
//! rfp eval --compare before.json after.json
//! ```
//! `--url` (or `RFP_URL`) names the service; `--token` (or `RFP_TOKEN`) is sent as a
//! bearer token, `--owner` (or `RFP_OWNER`) as `x-rfp-owner` until the service has
//! authentication.

mod args;
mod eval;
mod render;
mod score;
mod work;

use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Duration;

use anyhow::{Context, bail};
use clap::Parser;
use rfp_client::{Analyze, Client};
use serde_json::{Value, json};

use args::{
    AnalyzeArgs, Cli, Command, EvalArgs, Format, ListFormat, MatrixFormat, ProfileCommand,
    PromptCommand,
};

/// Fetches the matrix and writes it to `out` (or standard output, but not a workbook).
async fn write_matrix(
    client: &rfp_client::Client,
    id: &str,
    format: MatrixFormat,
    out: Option<&std::path::Path>,
) -> anyhow::Result<()> {
    let download = client
        .export(id, rfp_client::Export::Matrix(format.name()))
        .await?;
    warn_if_stale(download.stale);
    match out {
        Some(path) => {
            std::fs::write(path, &download.bytes)
                .with_context(|| format!("cannot write {}", path.display()))?;
            eprintln!("rfp: compliance matrix written to {}", path.display());
        }
        None if matches!(format, MatrixFormat::Xlsx) => {
            bail!("a workbook is not printed: give --out FILE.xlsx (or --format csv|md|json)")
        }
        None => print!(
            "{}",
            render::terminal_safe(&String::from_utf8_lossy(&download.bytes))
        ),
    }
    Ok(())
}

/// Fetches a text export and writes it to `out`, or prints it.
async fn save_export(
    client: &rfp_client::Client,
    id: &str,
    export: rfp_client::Export<'_>,
    out: Option<PathBuf>,
    what: &str,
) -> anyhow::Result<()> {
    let download = client.export(id, export).await?;
    warn_if_stale(download.stale);
    match out {
        Some(path) => {
            std::fs::write(&path, &download.bytes)
                .with_context(|| format!("cannot write {}", path.display()))?;
            eprintln!("rfp: {what} written to {}", path.display());
        }
        None => print!(
            "{}",
            render::terminal_safe(&String::from_utf8_lossy(&download.bytes))
        ),
    }
    Ok(())
}

/// Says on standard error that an analysis is of a package that changed since.
fn warn_if_stale(stale: bool) {
    if stale {
        eprintln!(
            "rfp: warning: the analysis is out of date: the tender package changed after it was made; analyse it again (POST /api/proposals/ID/analyze-rfp) before relying on it"
        );
    }
}

#[tokio::main]
async fn main() -> ExitCode {
    let cli = Cli::parse();
    let mut client = Client::new(cli.url.clone());
    if let Some(token) = &cli.token {
        client = client.with_token(token);
    }
    if let Some(owner) = &cli.owner {
        client = client.with_owner(owner);
    }
    match run(&client, cli.command).await {
        Ok(code) => code,
        Err(e) => {
            eprintln!("rfp: {e:#}");
            ExitCode::FAILURE
        }
    }
}

async fn run(client: &Client, command: Command) -> anyhow::Result<ExitCode> {
    match command {
        Command::Analyze(args) => analyze(client, args).await,
        Command::Matrix {
            id,
            format,
            out,
            owner,
            status,
            list,
            hidden,
            action,
        } => {
            if let Some(action) = action {
                work::work(client, &id, action).await?;
            } else if list || owner.is_some() || status.is_some() || hidden {
                work::list_rows(client, &id, owner.as_deref(), status.as_deref(), hidden).await?;
            } else {
                write_matrix(client, &id, format, out.as_deref()).await?;
            }
            Ok(ExitCode::SUCCESS)
        }
        Command::Set {
            id,
            field,
            value,
            note,
            revert,
        } => {
            work::set_fact(
                client,
                &id,
                &field,
                value.as_deref(),
                note.as_deref(),
                revert,
            )
            .await?;
            Ok(ExitCode::SUCCESS)
        }
        Command::History { id, limit } => {
            work::history(client, &id, limit).await?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Deadlines { id, out } => {
            save_export(client, &id, rfp_client::Export::Deadlines, out, "deadlines").await?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Outline { id, out, format } => {
            let format = outline_format(format.as_deref(), out.as_deref())?;
            save_export(
                client,
                &id,
                rfp_client::Export::Outline(&format),
                out,
                "outline",
            )
            .await?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Profile { command } => profile(client, command).await,
        Command::Fit { id, format } => {
            let fit = client.fit(&id).await?;
            match format {
                Format::Json => println!("{}", serde_json::to_string_pretty(&fit)?),
                Format::Markdown => print!("{}", render::fit_markdown(&fit)),
            }
            Ok(ExitCode::SUCCESS)
        }
        Command::Ocds { id, out } => {
            save_export(client, &id, rfp_client::Export::Ocds, out, "OCDS release").await?;
            Ok(ExitCode::SUCCESS)
        }
        Command::List { limit, format } => {
            let page = client.list_proposals(Some(limit), None).await?;
            match format {
                ListFormat::Json => println!("{}", serde_json::to_string_pretty(&page)?),
                ListFormat::Table => print!("{}", render::terminal_safe(&proposals_table(&page))),
            }
            Ok(ExitCode::SUCCESS)
        }
        Command::Status { id, wait, format } => {
            let status = if wait {
                follow(client, &id).await?
            } else {
                client.status(&id, None, None).await?
            };
            match format {
                Format::Json => {
                    println!("{}", serde_json::to_string_pretty(&status)?);
                    Ok(ExitCode::SUCCESS)
                }
                Format::Markdown => finish(&status, format, None, None, None),
            }
        }
        Command::Show { id, format, out } => show(client, id, format, out).await,
        Command::Eval(args) => evaluate(client, args).await,
        Command::Prompts { command } => prompts(client, command).await,
    }
}

/// `rfp analyze`: every file read, the proposal created, its documents uploaded (a
/// refused one deletes the proposal), the analysis asked for and followed.
async fn analyze(client: &Client, args: AnalyzeArgs) -> anyhow::Result<ExitCode> {
    let AnalyzeArgs {
        file,
        title,
        force,
        no_wait,
        format,
        out,
        matrix,
        annex,
        amendment,
        clarification,
    } = args;
    let matrix_format = matrix.as_deref().map(MatrixFormat::of_path).transpose()?;
    let read = |file: &Path| -> anyhow::Result<(Vec<u8>, String)> {
        let bytes =
            std::fs::read(file).with_context(|| format!("cannot read {}", file.display()))?;
        let name = file
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_else(|| "rfp".into());
        Ok((bytes, name))
    };
    let (bytes, name) = read(&file)?;
    // Every file is read before anything is created.
    let mut others = Vec::new();
    for (role, files) in [
        ("annex", &annex),
        ("amendment", &amendment),
        ("clarification", &clarification),
    ] {
        for f in files {
            others.push((role, f.clone(), read(f)?));
        }
    }
    let proposal = client
        .create_proposal(&title.unwrap_or_else(|| name.clone()))
        .await?;
    let id = proposal["id"]
        .as_str()
        .context("the service gave no proposal id")?
        .to_owned();
    eprintln!("rfp: proposal {id}");
    let uploaded = client
        .upload(&id, bytes, content_type(&file), Some(&name))
        .await;
    if let Err(e) = uploaded {
        // A refused document leaves no empty proposal behind.
        let _ = client.delete_proposal(&id).await;
        return Err(anyhow::Error::new(e).context(format!("{} was refused", file.display())));
    }
    for (role, path, (bytes, name)) in others {
        let added = client
            .add_document(&id, bytes, content_type(&path), Some(&name), role)
            .await;
        if let Err(e) = added {
            let _ = client.delete_proposal(&id).await;
            return Err(
                anyhow::Error::new(e).context(format!("{} ({role}) was refused", path.display()))
            );
        }
        eprintln!("rfp: added {} as {role}", path.display());
    }
    let job = client
        .analyze(
            &id,
            &Analyze {
                force,
                ..Analyze::default()
            },
        )
        .await?
        .body;
    if no_wait {
        println!("{}", json!({ "proposal_id": id, "job_id": job["job_id"] }));
        return Ok(ExitCode::SUCCESS);
    }
    let done = follow(client, &id).await?;
    if let (Some(path), Some(matrix_format)) = (&matrix, matrix_format)
        && done["status"] == "completed"
    {
        write_matrix(client, &id, matrix_format, Some(path)).await?;
    }
    finish(&done, format, out.as_deref(), Some(&name), None)
}

/// The outline's format: `--format`, else the extension of `--out`, else Markdown;
/// a Word document only to a file.
fn outline_format(format: Option<&str>, out: Option<&Path>) -> anyhow::Result<String> {
    let format = match (format, out) {
        (Some(f @ ("docx" | "md")), _) => f.to_owned(),
        (Some(other), _) => bail!("--format {other:?}: docx or md"),
        (None, Some(path)) => match path.extension().and_then(|e| e.to_str()) {
            Some("docx") => "docx".to_owned(),
            Some("md") => "md".to_owned(),
            _ => bail!(
                "--out {}: give a .docx or .md file, or --format",
                path.display()
            ),
        },
        (None, None) => "md".to_owned(),
    };
    if format == "docx" && out.is_none() {
        bail!("a Word document is not printed: give --out FILE.docx (or --format md)");
    }
    Ok(format)
}

/// `rfp profile set|show`.
async fn profile(client: &Client, command: ProfileCommand) -> anyhow::Result<ExitCode> {
    let profile = match command {
        ProfileCommand::Set { file } => {
            let text = std::fs::read_to_string(&file)
                .with_context(|| format!("cannot read {}", file.display()))?;
            let body: Value = serde_json::from_str(&text)
                .with_context(|| format!("{} is not JSON", file.display()))?;
            client.set_profile(&body).await?
        }
        ProfileCommand::Show => client.profile().await?,
    };
    println!("{}", serde_json::to_string_pretty(&profile)?);
    Ok(ExitCode::SUCCESS)
}

/// `rfp show`: the analysis of a proposal whose job ended, with the go/no-go in a
/// Markdown report when a profile is set.
async fn show(
    client: &Client,
    id: String,
    format: Format,
    out: Option<PathBuf>,
) -> anyhow::Result<ExitCode> {
    let status = client.status(&id, None, None).await?;
    let proposal = client.proposal(&id).await.unwrap_or(Value::Null);
    let source = proposal["document"]["filename"].as_str().map(str::to_owned);
    if !matches!(status["status"].as_str(), Some("completed" | "failed")) {
        bail!(
            "proposal {id} has no analysis yet (status {}); `rfp status {id} --wait` follows it",
            status["status"].as_str().unwrap_or("unknown")
        );
    }
    // The go/no-go joins the report when a profile is set.
    let fit = match format {
        Format::Markdown => client.fit(&id).await.ok(),
        Format::Json => None,
    };
    finish(
        &status,
        format,
        out.as_deref(),
        source.as_deref(),
        fit.as_ref(),
    )
}

/// `rfp eval`: the labelled set through the service, or two reports compared.
async fn evaluate(client: &Client, args: EvalArgs) -> anyhow::Result<ExitCode> {
    let EvalArgs {
        labels,
        docs,
        out,
        min_accuracy,
        only,
        timeout_secs,
        blind,
        compare,
    } = args;
    if let Some(pair) = compare {
        eval::run_compare(&pair[0], &pair[1], blind)?;
        return Ok(ExitCode::SUCCESS);
    }
    let passed = eval::run(
        client,
        eval::Options {
            labels: labels.context("the labelled set is required")?,
            docs: docs.context("--docs is required")?,
            out,
            min_accuracy,
            only,
            timeout: Duration::from_secs(timeout_secs),
            blind,
        },
    )
    .await?;
    Ok(if passed {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    })
}

/// `rfp prompts list|show|push`.
async fn prompts(client: &Client, command: PromptCommand) -> anyhow::Result<ExitCode> {
    let value = match command {
        PromptCommand::List => client.prompts().await?,
        PromptCommand::Show { id } => client.prompt(&id).await?,
        PromptCommand::Push { file, id, activate } => {
            let text = std::fs::read_to_string(&file)
                .with_context(|| format!("cannot read {}", file.display()))?;
            let mut body: Value = serde_json::from_str(&text)
                .with_context(|| format!("{} is not JSON", file.display()))?;
            body["is_active"] = json!(activate);
            let created = client.push_prompt(id.as_deref(), &body).await?;
            if activate {
                let (pid, version) = (&created["id"], &created["version"]);
                client
                    .set_prompt_active(
                        pid.as_str().unwrap_or_default(),
                        version.as_u64().unwrap_or_default(),
                        true,
                    )
                    .await?
            } else {
                created
            }
        }
    };
    println!("{}", serde_json::to_string_pretty(&value)?);
    Ok(ExitCode::SUCCESS)
}

pub(crate) fn content_type(file: &std::path::Path) -> &'static str {
    match file
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase)
        .as_deref()
    {
        Some("pdf") => "application/pdf",
        Some("docx") => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        Some("html" | "htm") => "text/html",
        Some("md" | "markdown") => "text/markdown",
        // The service reads the type from the bytes anyway.
        _ => "application/octet-stream",
    }
}

/// Follows a job with long polls until it ends, drawing a progress bar on a terminal.
async fn follow(client: &Client, id: &str) -> anyhow::Result<Value> {
    let bar = indicatif::ProgressBar::new(100);
    bar.set_style(
        indicatif::ProgressStyle::with_template("{spinner} [{bar:30}] {pos:>3}% {msg}")
            .expect("a valid template")
            .progress_chars("=> "),
    );
    bar.enable_steady_tick(Duration::from_millis(120));
    let mut last_line: Option<String> = None;
    let status = client
        .follow(id, Duration::MAX, |status| {
            let (progress, stage) = (
                status["progress"].as_u64().unwrap_or(0),
                status["stage"].as_str().unwrap_or("").to_owned(),
            );
            // Without a terminal (a script, a log) each change is a line of its own.
            if !std::io::IsTerminal::is_terminal(&std::io::stderr()) {
                let line = format!(
                    "rfp: {} {stage} {progress} %",
                    status["status"].as_str().unwrap_or("")
                );
                if last_line.as_deref() != Some(line.as_str()) {
                    eprintln!("{line}");
                    last_line = Some(line);
                }
            }
            bar.set_position(progress);
            bar.set_message(stage);
        })
        .await?;
    match status["status"].as_str() {
        Some("completed") => bar.finish_with_message("completed"),
        _ => bar.abandon_with_message("failed"),
    }
    Ok(status)
}

/// The caller's proposals as a plain table.
fn proposals_table(page: &Value) -> String {
    let mut out = format!("{:<38} {:<11} {:<20} title\n", "id", "analysis", "updated");
    for p in page["items"].as_array().into_iter().flatten() {
        out.push_str(&format!(
            "{:<38} {:<11} {:<20} {}\n",
            p["id"].as_str().unwrap_or(""),
            if p["rfp_analysis_stale"] == true {
                "stale"
            } else {
                p["rfp_analysis_status"].as_str().unwrap_or("")
            },
            p["updated_at"]
                .as_str()
                .map_or("", |u| &u[..u.len().min(19)]),
            p["title"].as_str().unwrap_or("")
        ));
    }
    if page["next_cursor"].is_string() {
        out.push_str("(more: raise --limit)\n");
    }
    out
}

fn finish(
    status: &Value,
    format: Format,
    out: Option<&std::path::Path>,
    source: Option<&str>,
    fit: Option<&Value>,
) -> anyhow::Result<ExitCode> {
    if status["status"] != "completed" {
        eprintln!(
            "rfp: the analysis failed: {}: {}",
            render::terminal_safe(status["error"]["code"].as_str().unwrap_or("unknown")),
            render::terminal_safe(status["error"]["message"].as_str().unwrap_or(""))
        );
        return Ok(ExitCode::FAILURE);
    }
    let stale = status["stale"] == true;
    warn_if_stale(stale);
    let analysis = &status["rfp_analysis"];
    let text = match format {
        // JSON escapes every control character itself.
        Format::Json => serde_json::to_string_pretty(analysis)?,
        Format::Markdown if stale => format!(
            "> **OUT OF DATE:** the tender package changed after this analysis was made; analyse it again before relying on it.\n\n{}",
            render::markdown(analysis, source)
        ),
        Format::Markdown => render::markdown(analysis, source),
    };
    let text = match (format, fit) {
        (Format::Markdown, Some(fit)) => format!("{text}\n{}", render::fit_markdown(fit)),
        _ => text,
    };
    match out {
        Some(path) => {
            std::fs::write(path, text)
                .with_context(|| format!("cannot write {}", path.display()))?;
            eprintln!("rfp: analysis written to {}", path.display());
        }
        None => println!("{text}"),
    }
    Ok(ExitCode::SUCCESS)
}
