//! Logging set-up shared by both binaries: an `EnvFilter` (`RUST_LOG`) with a
//! sensible default, JSON lines in production and readable lines on a terminal.

use std::io::IsTerminal;

use tracing_subscriber::EnvFilter;

use crate::settings::LogFormat;

/// Installs the global subscriber. Call once, first thing in `main`.
pub fn init(service: &'static str, format: LogFormat) {
    init_with_default(
        service,
        format,
        "info,aws_config=warn,aws_smithy_runtime=warn",
    );
}

/// As [`init`], with another filter when `RUST_LOG` is unset.
pub fn init_with_default(service: &'static str, format: LogFormat, default_filter: &str) {
    let filter =
        EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new(default_filter));
    let json = match format {
        LogFormat::Json => true,
        LogFormat::Pretty => false,
        LogFormat::Auto => !std::io::stderr().is_terminal(),
    };
    // A log line that cannot be written (stderr's reader went away: `| head`) is
    // dropped. By default the subscriber reports that with `eprintln!`, which panics
    // on the same closed pipe, in whatever task was logging: the signal handler's
    // panic left the process deaf to SIGTERM.
    let builder = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr)
        .log_internal_errors(false);
    let result = if json {
        builder
            .json()
            .flatten_event(true)
            .with_current_span(true)
            .with_span_list(false)
            .try_init()
    } else {
        builder.compact().try_init()
    };
    if result.is_ok() {
        tracing::debug!(service, "Logging started.");
    }
}

/// For tests: logs only when `TEST_LOG` is set, so a passing run stays quiet.
pub fn init_for_tests() {
    if std::env::var_os("TEST_LOG").is_some() {
        let _ = tracing_subscriber::fmt()
            .with_env_filter(EnvFilter::new("debug"))
            .with_test_writer()
            .try_init();
    }
}

/// An error and its sources on one line, for logs.
pub fn error_chain(e: &dyn std::error::Error) -> String {
    let mut s = e.to_string();
    let mut source = e.source();
    while let Some(cause) = source {
        s.push_str(": ");
        s.push_str(&cause.to_string());
        source = cause.source();
    }
    s
}
