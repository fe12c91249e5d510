//! The `rfp-worker` binary's command line: settings errors and `--help`. (Having an
//! integration test here also makes `cargo test --workspace` build the binary that
//! the end-to-end tests in `tests/` start.)

use std::process::Command;

const BIN: &str = env!("CARGO_BIN_EXE_rfp-worker");

#[test]
fn a_bad_setting_stops_start_up_with_one_line_naming_it() {
    for (name, value) in [
        ("RFP_WORKER_CONCURRENCY", "lots"),
        ("RFP_BACKEND", "cloud"),
        ("RFP_VISIBILITY_TIMEOUT_SECS", "0"),
    ] {
        let out = Command::new(BIN).env(name, value).output().unwrap();
        assert_eq!(out.status.code(), Some(2), "{name}={value}");
        let stderr = String::from_utf8(out.stderr).unwrap();
        assert_eq!(stderr.trim().lines().count(), 1, "{name}={value}: {stderr}");
        assert!(stderr.contains(name), "{name}={value}: {stderr}");
    }
}

#[test]
fn help_lists_every_setting_the_worker_reads_and_no_other() {
    let out = Command::new(BIN).arg("--help").output().unwrap();
    assert!(out.status.success());
    let help = String::from_utf8(out.stdout).unwrap();
    for doc in rfp_shared::settings::SETTINGS {
        // "  RFP_X   help": the variable as a word of its own.
        let listed = help
            .lines()
            .any(|l| l.split_whitespace().next() == Some(doc.env));
        let api_only = doc.api_only;
        assert_eq!(listed, !api_only, "{} in the worker's --help", doc.env);
    }
}

#[test]
fn extract_prints_the_text_or_a_clear_error_code() {
    let dir = tempfile::tempdir().unwrap();
    let md = dir.path().join("rfp.md");
    std::fs::write(&md, rfp_worker::SAMPLE_RFP).unwrap();
    let out = Command::new(BIN).arg("extract").arg(&md).output().unwrap();
    assert!(out.status.success());
    assert!(
        String::from_utf8(out.stdout)
            .unwrap()
            .contains("Rural Digital Skills Programme")
    );

    let exe = dir.path().join("rfp.pdf");
    std::fs::write(&exe, b"MZ\x90\x00\x03\x00\x00\x00\x04\x00").unwrap();
    let out = Command::new(BIN).arg("extract").arg(&exe).output().unwrap();
    assert_eq!(out.status.code(), Some(3));
    assert!(
        String::from_utf8(out.stderr)
            .unwrap()
            .starts_with("unsupported_media_type")
    );

    let broken = dir.path().join("broken.pdf");
    std::fs::write(&broken, b"%PDF-1.7\n1 0 obj << /Type /Catalog").unwrap();
    let out = Command::new(BIN)
        .arg("extract")
        .arg(&broken)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(3));
    assert!(
        String::from_utf8(out.stderr)
            .unwrap()
            .starts_with("document_")
    );
}

#[test]
fn extract_writes_the_documents_hints_when_asked() {
    let dir = tempfile::tempdir().unwrap();
    let html = dir.path().join("call.html");
    std::fs::write(
        &html,
        "<html><head><title>Call for\tproposals:\nbridge repair</title>\
         <meta name=\"author\" content=\"Town of Millbrook\"></head>\
         <body><h1>Bridge repair</h1><h2>Scope of work</h2><p>Repair two bridges.</p></body></html>",
    )
    .unwrap();
    let hints = dir.path().join("call.hints");
    let out = Command::new(BIN)
        .arg("extract")
        .arg("--hints")
        .arg(&hints)
        .arg(&html)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let hints = std::fs::read_to_string(&hints).unwrap();
    let lines: Vec<(&str, &str)> = hints
        .lines()
        .map(|l| l.split_once('\t').expect("kind<TAB>text"))
        .collect();
    // The title's tab and line break are one space: one hint per line.
    assert!(
        lines.contains(&("meta_title", "Call for proposals: bridge repair")),
        "{hints}"
    );
    assert!(
        lines.contains(&("meta_author", "Town of Millbrook")),
        "{hints}"
    );
    assert!(
        lines
            .iter()
            .any(|(k, t)| k.starts_with("heading_line") && *t == "Scope of work"),
        "{hints}"
    );

    // A file it cannot write is a clear error, not a panic.
    let out = Command::new(BIN)
        .arg("extract")
        .arg("--hints")
        .arg(dir.path().join("missing").join("x.hints"))
        .arg(&html)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("cannot write"));
}
