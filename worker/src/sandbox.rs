//! Extraction in a child process with a time budget and a memory bound.
//!
//! A parser that loops, balloons or crashes (a segfault in a font decoder, an abort on
//! a failed allocation) takes only the child with it: the worker records
//! `document_timeout` or `document_unreadable` and goes on. The child is the running
//! binary itself (`rfp-api` or `rfp-worker`) with the hidden subcommand
//! [`CHILD_COMMAND`]: it reads the document on stdin, its address space is capped with
//! `RLIMIT_AS`, and it answers one JSON object on stdout. Where the running binary is
//! not one of ours (tests that embed the library), extraction falls back to a blocking
//! thread with the same time budget.

use std::io::{Read, Write};
use std::process::{ExitCode, Stdio};
use std::time::Duration;

use bytes::Bytes;
use serde::{Deserialize, Serialize};
use tokio::io::{AsyncReadExt, AsyncWriteExt};

use crate::extract::{self, DocumentKind, ExtractError, Extracted};

/// The hidden subcommand both binaries dispatch to [`child_main`].
pub const CHILD_COMMAND: &str = "__extract";

/// Where and how extraction runs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    pub timeout: Duration,
    /// Address-space cap of the child in MiB; 0: none.
    pub memory_mib: u64,
    /// Run in a child process (when the running binary can be one).
    pub process: bool,
    /// Most characters of text kept (`RFP_MAX_TEXT_CHARS`).
    pub max_chars: usize,
}

#[derive(Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
enum Answer {
    Pages { pages: Vec<String>, truncated: bool },
    Error { code: String, message: String },
}

/// The most bytes a child's answer of `max_chars` characters can take: four bytes a
/// character, escapes and the JSON around it. The parent reads no more than this.
fn answer_limit(max_chars: usize) -> u64 {
    (max_chars as u64).saturating_mul(6).saturating_add(1 << 20)
}

fn kind_name(kind: DocumentKind) -> &'static str {
    match kind {
        DocumentKind::Pdf => "pdf",
        DocumentKind::Docx => "docx",
        DocumentKind::Markdown => "markdown",
        DocumentKind::Html => "html",
        DocumentKind::Text => "text",
    }
}

fn kind_of(name: &str) -> Option<DocumentKind> {
    Some(match name {
        "pdf" => DocumentKind::Pdf,
        "docx" => DocumentKind::Docx,
        "markdown" => DocumentKind::Markdown,
        "html" => DocumentKind::Html,
        "text" => DocumentKind::Text,
        _ => return None,
    })
}

/// The child's side: `__extract KIND [MAX_CHARS]`, the document on stdin, one JSON
/// answer out.
pub fn child_main(kind: &str, max_chars: Option<usize>) -> ExitCode {
    let Some(kind) = kind_of(kind) else {
        eprintln!("unknown document kind {kind}");
        return ExitCode::from(2);
    };
    let max_chars = max_chars.unwrap_or(usize::MAX);
    let mut bytes = Vec::new();
    if std::io::stdin().read_to_end(&mut bytes).is_err() {
        return ExitCode::from(2);
    }
    // Parser panics are noise here: the answer says what happened.
    std::panic::set_hook(Box::new(|_| {}));
    let answer = match std::panic::catch_unwind(|| extract::extract_capped(&bytes, kind, max_chars))
    {
        Ok(Ok(e)) => Answer::Pages {
            pages: e.pages,
            truncated: e.truncated,
        },
        Ok(Err(e)) => Answer::Error {
            code: e.code().into(),
            message: e.detail(),
        },
        Err(_) => Answer::Error {
            code: "document_unreadable".into(),
            message: "the parser panicked".into(),
        },
    };
    let out = serde_json::to_vec(&answer).expect("strings serialise");
    let mut stdout = std::io::stdout().lock();
    if stdout
        .write_all(&out)
        .and_then(|()| stdout.flush())
        .is_err()
    {
        return ExitCode::from(2);
    }
    ExitCode::SUCCESS
}

/// Whether the running binary answers [`CHILD_COMMAND`].
fn can_spawn_self() -> Option<std::path::PathBuf> {
    let exe = std::env::current_exe().ok()?;
    let name = exe.file_name()?.to_str()?;
    (name.starts_with("rfp-api") || name.starts_with("rfp-worker")).then_some(exe)
}

/// Extracts `bytes` within `limits`.
pub async fn extract(
    bytes: Bytes,
    kind: DocumentKind,
    limits: Limits,
) -> Result<Extracted, ExtractError> {
    match can_spawn_self().filter(|_| limits.process) {
        Some(exe) => in_child(&exe, bytes, kind, limits).await,
        None => extract::extract_in_thread(bytes, kind, limits.timeout, limits.max_chars).await,
    }
}

async fn in_child(
    exe: &std::path::Path,
    bytes: Bytes,
    kind: DocumentKind,
    limits: Limits,
) -> Result<Extracted, ExtractError> {
    let mut cmd = tokio::process::Command::new(exe);
    cmd.arg(CHILD_COMMAND)
        .arg(kind_name(kind))
        .arg(limits.max_chars.to_string());
    // Read with a limit: a child that answers more than its cap allows is not believed.
    let limit = answer_limit(limits.max_chars);
    let bounds = Bounds {
        timeout: limits.timeout,
        memory_mib: limits.memory_mib,
        max_output: limit,
    };
    let Output {
        status,
        stdout: out,
        stderr: err,
    } = match run(cmd, bytes, bounds).await {
        Ok(output) => output,
        Err(RunError::Timeout) => return Err(ExtractError::Timeout(limits.timeout)),
        Err(RunError::Spawn(e)) => {
            return Err(ExtractError::Unreadable(format!(
                "cannot start the extraction process: {e}"
            )));
        }
    };
    match serde_json::from_slice::<Answer>(&out) {
        Ok(Answer::Pages { pages, truncated }) => Ok(Extracted {
            kind,
            pages,
            truncated,
        }),
        Ok(Answer::Error { code, message }) => Err(match code.as_str() {
            "document_encrypted" => ExtractError::Encrypted,
            "document_no_text" => ExtractError::NoText,
            "document_corrupt" => ExtractError::Corrupt(message),
            _ => ExtractError::Unreadable(message),
        }),
        Err(_) if out.len() as u64 >= limit => Err(ExtractError::Unreadable(format!(
            "the extraction answered more than {limit} bytes for a cap of {} characters",
            limits.max_chars
        ))),
        Err(_) => Err(ExtractError::Unreadable(if ran_out_of_memory(&err) {
            format!(
                "the parser needed more than its memory budget of {} MiB (RFP_EXTRACT_MEMORY_MB)",
                limits.memory_mib
            )
        } else {
            format!("the parser stopped abnormally ({status})")
        })),
    }
}

/// The bounds of one program run by [`run`].
#[derive(Debug, Clone, Copy)]
pub struct Bounds {
    pub timeout: Duration,
    /// Address-space cap in MiB; 0: none.
    pub memory_mib: u64,
    /// Most bytes of standard output read; the rest is not read.
    pub max_output: u64,
}

/// What a program run by [`run`] left.
#[derive(Debug)]
pub struct Output {
    pub status: std::process::ExitStatus,
    pub stdout: Vec<u8>,
    /// At most 64 KiB of it.
    pub stderr: Vec<u8>,
}

#[derive(Debug, thiserror::Error)]
pub enum RunError {
    #[error("the program could not be started: {0}")]
    Spawn(std::io::Error),
    #[error("the program ran past its time budget and was killed")]
    Timeout,
}

/// Runs `cmd` with `input` on its standard input, its address space capped and its
/// output bounded, killed when `bounds.timeout` passes (or when the caller stops
/// waiting). Extraction's child process and the OCR programs run through here.
pub async fn run(
    mut cmd: tokio::process::Command,
    input: Bytes,
    bounds: Bounds,
) -> Result<Output, RunError> {
    cmd.stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .kill_on_drop(true);
    let memory = bounds.memory_mib.saturating_mul(1024 * 1024);
    #[cfg(unix)]
    if memory > 0 {
        // SAFETY: setrlimit is async-signal-safe and touches only the child.
        unsafe {
            cmd.pre_exec(move || {
                let limit = libc::rlimit {
                    rlim_cur: memory as libc::rlim_t,
                    rlim_max: memory as libc::rlim_t,
                };
                if libc::setrlimit(libc::RLIMIT_AS, &limit) != 0 {
                    return Err(std::io::Error::last_os_error());
                }
                Ok(())
            });
        }
    }
    let mut child = cmd.spawn().map_err(RunError::Spawn)?;
    let mut stdin = child.stdin.take().expect("piped");
    let mut stdout = child.stdout.take().expect("piped").take(bounds.max_output);
    let mut stderr = child.stderr.take().expect("piped").take(64 * 1024);
    let work = async {
        let feed = async {
            // A child that dies early closes its stdin; its exit says why.
            let _ = stdin.write_all(&input).await;
            drop(stdin);
        };
        let mut out = Vec::new();
        let mut err = Vec::new();
        let (_, _, _, status) = tokio::join!(
            feed,
            stdout.read_to_end(&mut out),
            stderr.read_to_end(&mut err),
            child.wait()
        );
        (out, err, status)
    };
    // Dropping the future drops the child, which is killed (kill_on_drop).
    let (stdout, stderr, status) = tokio::time::timeout(bounds.timeout, work)
        .await
        .map_err(|_| RunError::Timeout)?;
    Ok(Output {
        status: status.map_err(RunError::Spawn)?,
        stdout,
        stderr,
    })
}

/// Whether a program's standard error says an allocation failed (under the cap).
pub fn ran_out_of_memory(stderr: &[u8]) -> bool {
    let err = String::from_utf8_lossy(stderr);
    [
        "memory allocation",
        "out of memory",
        "bad_alloc",
        "Out of memory",
    ]
    .iter()
    .any(|m| err.contains(m))
}
