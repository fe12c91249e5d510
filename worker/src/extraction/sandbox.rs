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

use std::collections::HashMap;
use std::io::{Read, Write};
use std::process::{ExitCode, Stdio};
use std::sync::{Arc, Mutex};
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
    Pages {
        pages: Vec<String>,
        truncated: bool,
        /// What the document says about itself; bounded and cleaned again here.
        #[serde(default)]
        hints: Vec<rfp_shared::ports::DocumentHint>,
    },
    Error {
        code: String,
        message: String,
    },
}

/// The most bytes a child's answer of `max_chars` characters can take: four bytes a
/// character, escapes and the JSON around it, and its bounded hints and heading
/// lines (read from every page, so not bounded by the text's cap). The parent reads
/// no more than this.
fn answer_limit(max_chars: usize) -> u64 {
    use rfp_engine::layout::{MAX_HEADING_LINES, MAX_HINT_CHARS, MAX_HINTS};
    let hints = ((MAX_HINTS + MAX_HEADING_LINES) * (MAX_HINT_CHARS * 6 + 64)) as u64;
    (max_chars as u64)
        .saturating_mul(6)
        .saturating_add(1 << 20)
        .saturating_add(hints)
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
            hints: e.hints,
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
        cpu: None,
    };
    let Output {
        status,
        stdout: out,
        stderr: err,
    } = match run(cmd, bytes, bounds).await {
        Ok(output) => output,
        Err(RunError::Timeout) => return Err(ExtractError::Timeout(limits.timeout)),
        Err(e @ RunError::Cpu { .. }) => return Err(ExtractError::Unreadable(e.to_string())),
        Err(RunError::Spawn(e)) => {
            return Err(ExtractError::Unreadable(format!(
                "cannot start the extraction process: {e}"
            )));
        }
    };
    match serde_json::from_slice::<Answer>(&out) {
        Ok(Answer::Pages {
            pages,
            truncated,
            hints,
        }) => Ok(Extracted {
            kind,
            pages,
            truncated,
            // The child is not trusted to have bounded them.
            hints: super::layout::to_hints(&super::layout::to_layout(&hints)),
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

/// The bounds of one program run by [`run`] or [`run_piped`].
#[derive(Debug, Clone)]
pub struct Bounds {
    pub timeout: Duration,
    /// Address-space cap in MiB; 0: none.
    pub memory_mib: u64,
    /// Most bytes of standard output read; the rest is not read.
    pub max_output: u64,
    /// The CPU allowance the program draws on with others (a document's OCR), if any.
    pub cpu: Option<Arc<CpuMeter>>,
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
    /// The programs sharing a [`CpuMeter`] used up its allowance; this one was killed.
    #[error("the programs used {used:?} of CPU, past their allowance of {allowance:?}")]
    Cpu { used: Duration, allowance: Duration },
}

/// The CPU time the programs of one piece of work (a document's OCR) may use between
/// them, whether they run one after the other or at once: two programs at once spend
/// it twice as fast, as they cost two cores. Each program's time is read from
/// `/proc/<pid>/stat` every [`CPU_SAMPLE`] while it runs and once more when it has
/// exited (before it is reaped), so a program is killed within a tenth of a second of
/// the allowance running out, however many cores it and its siblings hold; `RLIMIT_CPU`
/// at what was left when it started is the kernel's backstop. Elsewhere than on Linux
/// nothing is counted.
#[derive(Debug)]
pub struct CpuMeter {
    allowance: Duration,
    spent: Mutex<Spent>,
}

#[derive(Debug, Default)]
struct Spent {
    /// Programs that have ended.
    ended: Duration,
    /// Running programs, by process id, as last read.
    running: HashMap<u32, Duration>,
}

/// How often the CPU time of a running program is read.
pub const CPU_SAMPLE: Duration = Duration::from_millis(100);

impl CpuMeter {
    pub fn new(allowance: Duration) -> Arc<Self> {
        Arc::new(Self {
            allowance,
            spent: Mutex::default(),
        })
    }

    pub fn allowance(&self) -> Duration {
        self.allowance
    }

    /// The CPU time used so far by the programs that ran and are running.
    pub fn used(&self) -> Duration {
        let spent = self.spent.lock().expect("never poisoned");
        spent.ended + spent.running.values().sum::<Duration>()
    }

    fn exceeded(&self) -> Option<RunError> {
        let used = self.used();
        (used > self.allowance).then_some(RunError::Cpu {
            used,
            allowance: self.allowance,
        })
    }

    fn saw(&self, pid: u32, cpu: Duration) {
        let mut spent = self.spent.lock().expect("never poisoned");
        spent.running.insert(pid, cpu);
    }

    /// The program `pid` ended having used `last` (or, unknown, what it was last seen
    /// using).
    fn ended(&self, pid: u32, last: Option<Duration>) {
        let mut spent = self.spent.lock().expect("never poisoned");
        let seen = spent.running.remove(&pid);
        let cpu = last.or(seen).unwrap_or_default();
        spent.ended += cpu;
    }
}

/// The user and system CPU time of process `pid` (with its reaped children's), from
/// `/proc/<pid>/stat`; a process that has exited and is not reaped yet still has it.
#[cfg(target_os = "linux")]
fn cpu_time(pid: u32) -> Option<Duration> {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).ok()?;
    // The command name, in parentheses, may hold spaces: count fields after it.
    let fields: Vec<&str> = stat
        .get(stat.rfind(')')? + 1..)?
        .split_whitespace()
        .collect();
    // utime, stime, cutime, cstime are fields 14 to 17; `state` (field 3) is first here.
    let ticks: u64 = fields
        .get(11..15)?
        .iter()
        .map(|f| f.parse::<u64>().ok())
        .sum::<Option<u64>>()?;
    // SAFETY: sysconf has no preconditions.
    let hz = unsafe { libc::sysconf(libc::_SC_CLK_TCK) };
    (hz > 0).then(|| Duration::from_secs_f64(ticks as f64 / hz as f64))
}

/// A handle that becomes readable when process `pid` exits, without reaping it.
#[cfg(target_os = "linux")]
fn exit_watch(pid: u32) -> Option<tokio::io::unix::AsyncFd<std::os::fd::OwnedFd>> {
    use std::os::fd::FromRawFd;
    // SAFETY: pidfd_open takes a pid and flags and returns a new descriptor or -1.
    let fd = unsafe { libc::syscall(libc::SYS_pidfd_open, pid as libc::pid_t, 0) };
    if fd < 0 {
        return None;
    }
    // SAFETY: the descriptor was just opened and is owned by nothing else; the
    // `OwnedFd` keeps it open, the same descriptor, for as long as the `AsyncFd`.
    unsafe {
        let fd = std::os::fd::OwnedFd::from_raw_fd(fd as i32);
        tokio::io::unix::AsyncFd::register_with_interest(fd, tokio::io::Interest::READABLE).ok()
    }
}

/// Sets the child's limits before it runs its program: its address space at
/// `memory_mib`, and its CPU time at what is left of `cpu`'s allowance (whole seconds,
/// one more before SIGKILL; the meter itself acts first).
fn limit(cmd: &mut tokio::process::Command, memory_mib: u64, cpu: Option<&CpuMeter>) {
    let memory = memory_mib.saturating_mul(1024 * 1024);
    let cpu_secs = cpu.map(|m| m.allowance.saturating_sub(m.used()).as_secs() + 1);
    #[cfg(unix)]
    if memory > 0 || cpu_secs.is_some() {
        // SAFETY: setrlimit is async-signal-safe and touches only the child.
        unsafe {
            cmd.pre_exec(move || {
                let set = |resource, soft: u64, hard: u64| {
                    let limit = libc::rlimit {
                        rlim_cur: soft as libc::rlim_t,
                        rlim_max: hard as libc::rlim_t,
                    };
                    if libc::setrlimit(resource, &limit) != 0 {
                        return Err(std::io::Error::last_os_error());
                    }
                    Ok(())
                };
                if memory > 0 {
                    set(libc::RLIMIT_AS, memory, memory)?;
                }
                if let Some(secs) = cpu_secs {
                    set(libc::RLIMIT_CPU, secs, secs + 1)?;
                }
                Ok(())
            });
        }
    }
    #[cfg(not(unix))]
    let _ = (memory, cpu_secs);
}

/// Watches a spawned program's CPU time on `meter` until it exits: returns the
/// allowance's error as soon as the program and its siblings have used it up, or
/// `Ok` once the program has exited (not reaped: its exit status is the caller's),
/// its last CPU time counted. Where a process cannot be watched without reaping it
/// (no pidfd), it returns at once and only `RLIMIT_CPU` bounds the program.
#[cfg(target_os = "linux")]
async fn watch(pid: Option<u32>, meter: Option<&CpuMeter>) -> Result<(), RunError> {
    let (Some(pid), Some(meter)) = (pid, meter) else {
        return Ok(());
    };
    if let Some(e) = meter.exceeded() {
        return Err(e);
    }
    let Some(exit) = exit_watch(pid) else {
        return Ok(());
    };
    let mut tick = tokio::time::interval(CPU_SAMPLE);
    tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    loop {
        tokio::select! {
            _ = exit.readable() => {
                meter.ended(pid, cpu_time(pid));
                return Ok(());
            }
            _ = tick.tick() => {
                if let Some(cpu) = cpu_time(pid) {
                    meter.saw(pid, cpu);
                }
                if let Some(e) = meter.exceeded() {
                    meter.ended(pid, cpu_time(pid));
                    return Err(e);
                }
            }
        }
    }
}

#[cfg(not(target_os = "linux"))]
async fn watch(_pid: Option<u32>, _meter: Option<&CpuMeter>) -> Result<(), RunError> {
    Ok(())
}

/// Runs `cmd` with `input` on its standard input, its address space capped and its
/// output bounded, killed when `bounds.timeout` passes (or when the caller stops
/// waiting), or when the programs of its CPU meter have used its allowance.
/// Extraction's child process and the OCR programs run through here.
pub async fn run(
    mut cmd: tokio::process::Command,
    input: Bytes,
    bounds: Bounds,
) -> Result<Output, RunError> {
    cmd.stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .kill_on_drop(true);
    limit(&mut cmd, bounds.memory_mib, bounds.cpu.as_deref());
    let mut child = cmd.spawn().map_err(RunError::Spawn)?;
    let pid = child.id();
    let mut stdin = child.stdin.take().expect("piped");
    let mut stdout = child.stdout.take().expect("piped").take(bounds.max_output);
    let mut stderr = child.stderr.take().expect("piped").take(64 * 1024);
    let meter = bounds.cpu.as_deref();
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
            async {
                // Counted before it is reaped; killed past the allowance.
                if let Err(e) = watch(pid, meter).await {
                    let _ = child.start_kill();
                    let _ = child.wait().await;
                    return Err(e);
                }
                child.wait().await.map_err(RunError::Spawn)
            }
        );
        status.map(|status| (out, err, status))
    };
    // Dropping the future drops the child, which is killed (kill_on_drop).
    let (stdout, stderr, status) = tokio::time::timeout(bounds.timeout, work)
        .await
        .map_err(|_| RunError::Timeout)??;
    Ok(Output {
        status,
        stdout,
        stderr,
    })
}

/// What [`run_piped`] relays from its first program to its second sees it pass.
pub trait Relay: Send {
    /// The next bytes the first program wrote.
    fn chunk(&mut self, bytes: &[u8]);
    /// Once everything is relayed: whether the second program's answer is wanted.
    /// `false` and the second is killed without being waited for.
    fn wanted(&self) -> bool;
}

/// What [`run_piped`] left.
#[derive(Debug)]
pub struct Piped {
    /// The first program: its exit and standard error (its output went to the second).
    pub first: Output,
    /// The second program, `None` when the relay said its answer was not wanted.
    pub second: Option<Output>,
    /// The first program wrote more than the bound; the rest was neither read nor
    /// relayed, and the first was killed.
    pub cut: bool,
}

/// The most bytes held at once while relaying.
const RELAY_CHUNK: usize = 64 * 1024;

/// Runs `first` with `input` on its standard input and `second` reading what `first`
/// writes, relayed `RELAY_CHUNK` bytes at a time through `relay`: a page image goes
/// from the renderer to the reader without ever being held here whole. Both programs
/// get `bounds` (memory, CPU meter, one time budget for the two); at most
/// `max_relayed` bytes pass, and `bounds.max_output` bytes of the second's answer are
/// read.
pub async fn run_piped(
    mut first: tokio::process::Command,
    input: Bytes,
    mut second: tokio::process::Command,
    bounds: Bounds,
    max_relayed: u64,
    relay: &mut dyn Relay,
) -> Result<Piped, RunError> {
    let meter = bounds.cpu.as_deref();
    for cmd in [&mut first, &mut second] {
        cmd.stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .kill_on_drop(true);
        limit(cmd, bounds.memory_mib, meter);
    }
    let mut from = first.spawn().map_err(RunError::Spawn)?;
    let mut into = second.spawn().map_err(RunError::Spawn)?;
    let (from_pid, into_pid) = (from.id(), into.id());
    let mut from_stdin = from.stdin.take().expect("piped");
    let from_stdout = from.stdout.take().expect("piped");
    let mut from_stderr = from.stderr.take().expect("piped").take(64 * 1024);
    let into_stdin = into.stdin.take().expect("piped");
    let into_stdout = into.stdout.take().expect("piped").take(bounds.max_output);
    let into_stderr = into.stderr.take().expect("piped").take(64 * 1024);

    let first_done = async move {
        let feed = async {
            let _ = from_stdin.write_all(&input).await;
            drop(from_stdin);
        };
        let pass = pass_through(from_stdout, into_stdin, max_relayed, &mut *relay);
        let mut err = Vec::new();
        let (_, _, cut, watched) =
            tokio::join!(feed, from_stderr.read_to_end(&mut err), pass, async {
                let watched = watch(from_pid, meter).await;
                if watched.is_err() {
                    let _ = from.start_kill();
                }
                watched
            });
        if cut {
            let _ = from.start_kill();
        }
        let watched = watched.map(|()| cut);
        let status = from.wait().await.map_err(RunError::Spawn);
        (watched, status, err, relay.wanted())
    };
    let second_done = reader_output(into, into_pid, into_stdout, into_stderr, meter);
    let work = async {
        tokio::pin!(first_done, second_done);
        // Both run at once; the reader's answer is awaited only if the relay wants
        // it (dropping its future kills it).
        let mut second = None;
        let (cut, status, err, wanted) = loop {
            tokio::select! {
                done = &mut first_done => break done,
                done = &mut second_done, if second.is_none() => second = Some(done),
            }
        };
        let cut = cut?;
        let first = Output {
            status: status?,
            stdout: Vec::new(),
            stderr: err,
        };
        if cut || !first.status.success() || !wanted {
            return Ok(Piped {
                first,
                second: None,
                cut,
            });
        }
        let second = match second {
            Some(done) => done?,
            None => second_done.await?,
        };
        Ok(Piped {
            first,
            second: Some(second),
            cut,
        })
    };
    // Dropping the futures drops the children, which are killed (kill_on_drop).
    tokio::time::timeout(bounds.timeout, work)
        .await
        .map_err(|_| RunError::Timeout)?
}

/// Relays what the first program of a pipe writes (`from`) to the second (`into`),
/// `RELAY_CHUNK` bytes at a time through `relay`, until the first ends, the second
/// stops reading, or more than `max_relayed` bytes passed; says whether it was cut.
async fn pass_through(
    mut from: tokio::process::ChildStdout,
    mut into: tokio::process::ChildStdin,
    max_relayed: u64,
    relay: &mut dyn Relay,
) -> bool {
    let mut buf = vec![0u8; RELAY_CHUNK];
    let mut passed = 0u64;
    let mut cut = false;
    loop {
        let n = match from.read(&mut buf).await {
            Ok(0) | Err(_) => break,
            Ok(n) => n,
        };
        passed += n as u64;
        if passed > max_relayed {
            cut = true;
            break;
        }
        relay.chunk(&buf[..n]);
        // A reader that stopped reading has exited or will: its status says why.
        if into.write_all(&buf[..n]).await.is_err() {
            break;
        }
    }
    // Closing the first program's output stops it (SIGPIPE) if it writes on.
    drop(from);
    drop(into);
    cut
}

/// The second program of a pipe to its end (killed if its CPU meter runs out), with
/// what it wrote.
async fn reader_output(
    mut into: tokio::process::Child,
    into_pid: Option<u32>,
    mut stdout: tokio::io::Take<tokio::process::ChildStdout>,
    mut stderr: tokio::io::Take<tokio::process::ChildStderr>,
    meter: Option<&CpuMeter>,
) -> Result<Output, RunError> {
    let mut out = Vec::new();
    let mut err = Vec::new();
    let (_, _, status) = tokio::join!(
        stdout.read_to_end(&mut out),
        stderr.read_to_end(&mut err),
        async {
            if let Err(e) = watch(into_pid, meter).await {
                let _ = into.start_kill();
                let _ = into.wait().await;
                return Err(e);
            }
            into.wait().await.map_err(RunError::Spawn)
        }
    );
    status.map(|status| Output {
        status,
        stdout: out,
        stderr: err,
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_child_answer_with_every_hint_and_heading_line_fits_the_limit() {
        use rfp_engine::layout::{MAX_HEADING_LINES, MAX_HINT_CHARS, MAX_HINTS};
        let mut layout = rfp_engine::Layout::new();
        // The widest text a cleaned hint can have: four-byte characters and quotes.
        let wide: String = "\u{1F4C4}\"".repeat(MAX_HINT_CHARS);
        for i in 0..MAX_HINTS {
            layout.push_named("meta_title", &format!("{i}{wide}"));
        }
        for i in 0..MAX_HEADING_LINES * 2 {
            layout.push_heading(1, &format!("{i}{wide}"));
        }
        let answer = Answer::Pages {
            pages: vec![String::new()],
            truncated: true,
            hints: super::super::layout::to_hints(&layout),
        };
        let bytes = serde_json::to_vec(&answer).unwrap();
        assert!(
            bytes.len() as u64 <= answer_limit(0),
            "{} > {}",
            bytes.len(),
            answer_limit(0)
        );
    }
}
