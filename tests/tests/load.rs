//! The load test (`rfp-load`) at a size CI affords, on both backends: it exits
//! non-zero unless every job completed exactly once with no 5xx. The full-size run
//! (1,000 submissions, 100 clients) and its figures are in RELIABILITY.md.

use std::process::Command;

fn run(backend: &str, jobs: &str, clients: &str, extra: &[&str]) {
    let out = Command::new(rfp_tests::process::binary("rfp-load"))
        .args([backend, "--jobs", jobs, "--clients", clients])
        .args(extra)
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{stdout}\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(stdout.contains("(duplicates: 0) | 0 |"), "{stdout}");
}

#[test]
fn two_hundred_submissions_from_fifty_clients_complete_once_each_on_sqlite() {
    // With two one-line texts of 4 MB from another owner mixed in: they end (the
    // run fails otherwise) and every ordinary job still completes once.
    run("embedded", "200", "50", &["--hostile", "2"]);
}

#[test]
fn a_hundred_submissions_from_twenty_clients_complete_once_each_on_aws() {
    if rfp_shared::aws::emulator::url("a_hundred_submissions_on_aws").is_none() {
        return;
    }
    run("aws", "100", "20", &[]);
}
