//! The real binaries as child processes: started with a given environment, their
//! JSON logs kept in a file (printed by tests when something fails), signalled with
//! SIGTERM or SIGKILL, and killed when dropped so a failing test leaves nothing
//! running.

use std::io::{BufRead, BufReader, Write};
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, ExitStatus, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

/// Where cargo put the workspace's binaries: next to the test executable's `deps/`.
pub fn binary(name: &str) -> PathBuf {
    let exe = std::env::current_exe().expect("the test knows its executable");
    let deps = exe.parent().expect("the test executable is in a directory");
    [deps.join(name), deps.parent().unwrap_or(deps).join(name)]
        .into_iter()
        .find(|p| p.is_file())
        .unwrap_or_else(|| {
            panic!(
                "{name} is not built next to {}; `cargo test --workspace` builds it",
                exe.display()
            )
        })
}

/// A running binary.
pub struct Service {
    pub name: String,
    child: Child,
    log: PathBuf,
    addr: mpsc::Receiver<SocketAddr>,
}

impl Service {
    /// Starts `binary` with `args` and only the settings in `env` (the caller's own
    /// `RFP_*` and AWS table/queue variables are not inherited).
    pub fn start(
        binary_name: &str,
        args: &[&str],
        env: &[(&str, &str)],
        log_dir: &Path,
        name: &str,
    ) -> Self {
        let mut cmd = Command::new(binary(binary_name));
        cmd.args(args);
        for (k, _) in std::env::vars() {
            if k.starts_with("RFP_")
                || ["TABLE_NAME", "PROPOSALS_BUCKET", "QUEUE_URL", "DLQ_URL"].contains(&k.as_str())
            {
                cmd.env_remove(k);
            }
        }
        cmd.env("RFP_LOG_FORMAT", "json")
            .env("RUST_LOG", "info")
            .env("RUST_BACKTRACE", "0");
        cmd.envs(env.iter().copied());
        cmd.stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::piped());
        let mut child = cmd
            .spawn()
            .unwrap_or_else(|e| panic!("cannot start {binary_name}: {e}"));

        let log = log_dir.join(format!("{name}.log"));
        let mut file = std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(&log)
            .unwrap();
        let stderr = child.stderr.take().unwrap();
        let (tx, rx) = mpsc::channel();
        std::thread::spawn(move || {
            for line in BufReader::new(stderr).lines().map_while(Result::ok) {
                let _ = writeln!(file, "{line}");
                let announces =
                    line.contains("API listening") || line.contains("Fake server listening");
                let addr = announces
                    .then(|| serde_json::from_str::<serde_json::Value>(&line).ok())
                    .flatten()
                    .and_then(|v| v["addr"].as_str().and_then(|a| a.parse().ok()));
                if let Some(addr) = addr {
                    let _ = tx.send(addr);
                }
            }
        });
        Self {
            name: name.to_owned(),
            child,
            log,
            addr: rx,
        }
    }

    /// The address an `rfp-api` (or a fake server binary) listens on, once it says so.
    pub fn wait_for_addr(&mut self, within: Duration) -> SocketAddr {
        match self.addr.recv_timeout(within) {
            Ok(addr) => addr,
            Err(_) => panic!(
                "{} did not start listening within {within:?}; its log:\n{}",
                self.name,
                self.logs()
            ),
        }
    }

    pub fn pid(&self) -> i32 {
        self.child.id() as i32
    }

    pub fn signal(&self, signal: i32) {
        // SAFETY: kill(2) on our own child's pid has no memory-safety preconditions.
        unsafe {
            libc::kill(self.pid(), signal);
        }
    }

    pub fn kill(&mut self) {
        self.signal(libc::SIGKILL);
        let _ = self.child.wait();
    }

    pub fn terminate(&self) {
        self.signal(libc::SIGTERM);
    }

    /// Waits for the process to exit on its own.
    pub fn wait(&mut self, within: Duration) -> Option<ExitStatus> {
        let deadline = Instant::now() + within;
        loop {
            if let Ok(Some(status)) = self.child.try_wait() {
                return Some(status);
            }
            if Instant::now() >= deadline {
                return None;
            }
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    pub fn logs(&self) -> String {
        std::fs::read_to_string(&self.log).unwrap_or_default()
    }
}

impl Drop for Service {
    fn drop(&mut self) {
        if let Ok(None) = self.child.try_wait() {
            let _ = self.child.kill();
            let _ = self.child.wait();
        }
    }
}
