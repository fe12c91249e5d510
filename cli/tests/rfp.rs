//! The `rfp` command against the service running in this process.

mod common;

use common::rfp;

#[tokio::test]
async fn rfp_analyze_follows_the_job_and_writes_the_analysis() {
    let app = rfp_tests::TestApp::spawn(&[("RFP_MODEL_DELAY_MS", "300")]).await;
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("call.md");
    std::fs::write(&file, rfp_worker::SAMPLE_RFP).unwrap();
    let md = dir.path().join("analysis.md");

    let out = rfp(
        &app.base,
        &[
            "analyze",
            file.to_str().unwrap(),
            "--format",
            "markdown",
            "--out",
            md.to_str().unwrap(),
        ],
    )
    .await;
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = std::fs::read_to_string(&md).unwrap();
    assert!(
        text.starts_with("# Rural Digital Skills Programme 2027"),
        "{text}"
    );
    assert!(
        text.contains("## Deadlines") && text.contains("2027-03-15"),
        "{text}"
    );
    assert!(text.contains("## Evaluation criteria"), "{text}");

    let out = rfp(&app.base, &["analyze", file.to_str().unwrap(), "--force"]).await;
    assert!(out.status.success());
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json["engine"], "extractive");
    assert!(json["summary"]["title"].is_string());

    let out = rfp(&app.base, &["analyze", file.to_str().unwrap(), "--no-wait"]).await;
    let queued: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let id = queued["proposal_id"].as_str().unwrap();
    let out = rfp(&app.base, &["status", id, "--wait"]).await;
    let status: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(status["status"], "completed");

    // A file the service does not read: a clear error and a failing exit code.
    let exe = dir.path().join("call.pdf");
    std::fs::write(&exe, b"MZ\x90\x00\x03\x00\x00\x00").unwrap();
    let out = rfp(&app.base, &["analyze", exe.to_str().unwrap()]).await;
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("unsupported_media_type (415)"));
    app.stop().await;
}

#[tokio::test]
async fn rfp_list_status_wait_and_show_follow_a_slow_job_and_leave_nothing_refused() {
    let app = rfp_tests::TestApp::spawn(&[("RFP_MODEL_DELAY_MS", "1500")]).await;
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("call.md");
    std::fs::write(&file, rfp_worker::SAMPLE_RFP).unwrap();

    let out = rfp(&app.base, &["analyze", file.to_str().unwrap(), "--no-wait"]).await;
    assert!(out.status.success());
    let queued: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let id = queued["proposal_id"].as_str().unwrap().to_owned();
    assert!(
        String::from_utf8_lossy(&out.stderr).contains(&format!("rfp: proposal {id}")),
        "the proposal id is printed"
    );

    // --wait follows the job's real stages to the end, one line per change.
    let out = rfp(&app.base, &["status", &id, "--wait"]).await;
    assert!(out.status.success());
    let log = String::from_utf8_lossy(&out.stderr);
    let status: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(status["status"], "completed", "{log}");
    let lines: Vec<&str> = log.lines().collect();
    assert!(lines.len() >= 2, "more than one state seen: {log}");
    assert!(
        lines.iter().any(|l| l.contains("analyzing 50 %")),
        "the model stage is shown: {log}"
    );
    assert!(lines.last().unwrap().starts_with("rfp: completed"), "{log}");

    // The list names it; show renders its report.
    let out = rfp(&app.base, &["list"]).await;
    let table = String::from_utf8_lossy(&out.stdout);
    assert!(
        table.contains(&id) && table.contains("completed"),
        "{table}"
    );
    let out = rfp(&app.base, &["show", &id, "--format", "markdown"]).await;
    let md = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    for section in [
        "# Rural Digital Skills Programme 2027",
        "Document: call.md",
        "- **Submission deadline:** 2027-03-15 17:00 CET (p. 1)",
        "## Budget",
        "## Eligibility",
        "## How to submit",
        "## Required sections",
        "## Evaluation criteria",
        "## Contacts",
    ] {
        assert!(md.contains(section), "{section}: {md}");
    }
    let out = rfp(&app.base, &["status", &id, "--format", "markdown"]).await;
    assert!(String::from_utf8_lossy(&out.stdout).contains("## Budget"));

    // A refused document leaves no empty proposal behind.
    let before = rfp(&app.base, &["list", "--format", "json"]).await;
    let count = |o: &std::process::Output| {
        serde_json::from_slice::<serde_json::Value>(&o.stdout).unwrap()["items"]
            .as_array()
            .unwrap()
            .len()
    };
    let exe = dir.path().join("tool.exe");
    std::fs::write(&exe, b"MZ\x90\x00\x03\x00\x00\x00").unwrap();
    let out = rfp(&app.base, &["analyze", exe.to_str().unwrap()]).await;
    assert!(!out.status.success());
    let after = rfp(&app.base, &["list", "--format", "json"]).await;
    assert_eq!(count(&after), count(&before));
    app.stop().await;
}

#[tokio::test]
async fn rfp_prompts_push_activate_list_and_show() {
    let app = rfp_tests::TestApp::spawn(&[]).await;
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("prompt.json");
    std::fs::write(
        &file,
        serde_json::json!({
            "name": "RFP analysis",
            "section": "proposal_writer",
            "sub_section": "step-1",
            "categories": ["RFP / Call for Proposals"],
            "system_prompt": "You read RFPs.",
            "user_prompt_template": "{{rfp_text}}",
            "output_format": "JSON"
        })
        .to_string(),
    )
    .unwrap();
    let out = rfp(
        &app.base,
        &["prompts", "push", file.to_str().unwrap(), "--activate"],
    )
    .await;
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let pushed: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(pushed["is_active"], true);
    let id = pushed["id"].as_str().unwrap();
    let out = rfp(&app.base, &["prompts", "show", id]).await;
    let shown: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(shown["versions"][0]["system_prompt"], "You read RFPs.");
    let out = rfp(&app.base, &["prompts", "list"]).await;
    let listed: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(listed["items"].as_array().unwrap().len(), 1);
    app.stop().await;
}

#[tokio::test]
async fn rfp_analyze_writes_the_compliance_matrix_and_rfp_matrix_fetches_it_again() {
    let app = rfp_tests::TestApp::spawn(&[]).await;
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("call.md");
    std::fs::write(&file, rfp_worker::SAMPLE_RFP).unwrap();
    let xlsx = dir.path().join("matrix.xlsx");
    let out = rfp(
        &app.base,
        &[
            "analyze",
            file.to_str().unwrap(),
            "--matrix",
            xlsx.to_str().unwrap(),
        ],
    )
    .await;
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let workbook = std::fs::read(&xlsx).unwrap();
    assert!(workbook.starts_with(b"PK"), "a zip container");
    // The proposal is the only one made.
    let list = rfp(&app.base, &["list", "--format", "json"]).await;
    let page: serde_json::Value = serde_json::from_slice(&list.stdout).unwrap();
    let id = page["items"][0]["id"].as_str().unwrap().to_owned();

    let out = rfp(&app.base, &["matrix", &id, "--format", "csv"]).await;
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let mut reader = csv::Reader::from_reader(&out.stdout[3..]);
    assert_eq!(&reader.headers().unwrap()[1], "Requirement");
    let rows = reader.records().count();
    assert!(rows >= 15, "{rows} rows");

    // A workbook is not printed on a terminal's standard output; a bad extension is
    // refused before anything is uploaded.
    let out = rfp(&app.base, &["matrix", &id]).await;
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("--out"));
    let bad = dir.path().join("matrix.ods");
    let out = rfp(
        &app.base,
        &[
            "analyze",
            file.to_str().unwrap(),
            "--matrix",
            bad.to_str().unwrap(),
        ],
    )
    .await;
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains(".xlsx, .csv, .md or .json"));

    // The deadlines, to a file and to standard output.
    let ics = dir.path().join("deadlines.ics");
    let out = rfp(
        &app.base,
        &["deadlines", &id, "--out", ics.to_str().unwrap()],
    )
    .await;
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let calendar = std::fs::read_to_string(&ics).unwrap();
    assert!(calendar.starts_with("BEGIN:VCALENDAR"), "{calendar}");
    assert!(calendar.contains("DTSTART:20270315T160000Z"), "{calendar}");
    let out = rfp(&app.base, &["deadlines", &id]).await;
    assert_eq!(String::from_utf8_lossy(&out.stdout), calendar);
    // An unknown proposal: the service's problem, and a failing exit.
    let out = rfp(
        &app.base,
        &["deadlines", "00000000-0000-0000-0000-000000000000"],
    )
    .await;
    assert!(!out.status.success());
}

#[tokio::test]
async fn rfp_show_and_rfp_matrix_print_no_escape_sequence() {
    let app = rfp_tests::TestApp::spawn(&[]).await;
    let dir = tempfile::tempdir().unwrap();
    // Plain bytes on upload; the entities decode to ESC, BEL and CR in the text.
    let file = dir.path().join("call.html");
    std::fs::write(
        &file,
        "<html><body><h1>Call for Proposals: Clean Water 2027&#27;]0;pwned&#7;</h1>\
<p>Issued by the Lakeside Water Board.</p>\
<p>The deadline for submission of proposals is 15 March 2027 at 17:00 CET.&#13;&#27;[2J</p>\
<p>The applicant must attach a signed declaration&#27;[31m of honour.</p></body></html>",
    )
    .unwrap();
    let out = rfp(&app.base, &["analyze", file.to_str().unwrap()]).await;
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let list = rfp(&app.base, &["list", "--format", "json"]).await;
    let page: serde_json::Value = serde_json::from_slice(&list.stdout).unwrap();
    let id = page["items"][0]["id"].as_str().unwrap().to_owned();
    for args in [
        vec!["show", id.as_str(), "--format", "markdown"],
        vec!["matrix", id.as_str(), "--format", "md"],
        vec!["matrix", id.as_str(), "--format", "csv"],
        vec!["deadlines", id.as_str()],
        vec!["list"],
    ] {
        let out = rfp(&app.base, &args).await;
        assert!(
            out.status.success(),
            "{args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        for (stream, bytes) in [("stdout", &out.stdout), ("stderr", &out.stderr)] {
            let text = String::from_utf8_lossy(bytes);
            let bad: Vec<char> = text
                .chars()
                .filter(|c| c.is_control() && !matches!(c, '\n' | '\r' | '\t'))
                .collect();
            assert!(bad.is_empty(), "{args:?} {stream}: {bad:?}");
            assert!(!text.contains("\r\u{1b}") && !text.contains('\u{1b}'));
        }
    }
    let show = rfp(&app.base, &["show", &id, "--format", "markdown"]).await;
    assert!(String::from_utf8_lossy(&show.stdout).contains("signed declaration"));
}

#[tokio::test]
async fn rfp_set_matrix_set_and_history_work_the_analysis_and_refuse_bad_values() {
    let app = rfp_tests::TestApp::spawn(&[]).await;
    let (id, _) = app
        .analysed_sample("Sample call", std::time::Duration::from_secs(60))
        .await;
    let ok = |out: &std::process::Output| {
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
    };
    // Correct the deadline; `rfp show` reports it edited.
    let out = rfp(
        &app.base,
        &[
            "set",
            &id,
            "submission_deadline",
            "2027-03-20 12:00 CET",
            "--note",
            "the buyer's e-mail",
        ],
    )
    .await;
    ok(&out);
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("submission_deadline set to"),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let out = rfp(&app.base, &["show", &id, "--format", "markdown"]).await;
    ok(&out);
    let md = String::from_utf8_lossy(&out.stdout);
    assert!(
        md.contains("- **Submission deadline:** 2027-03-20 12:00 CET")
            && md.contains("_(edited by local)_"),
        "{md}"
    );
    // A value that is not a date changes nothing, and says why.
    let out = rfp(&app.base, &["set", &id, "submission_deadline", "next week"]).await;
    assert!(!out.status.success());
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("invalid_edit"),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );

    // Work a row, then list that owner's rows.
    let matrix = app
        .client
        .matrix_rows(&id, None, None, false)
        .await
        .unwrap();
    let row = matrix.body["rows"][0]["id"].as_str().unwrap().to_owned();
    let out = rfp(
        &app.base,
        &[
            "matrix",
            &id,
            "set",
            &row,
            "--owner",
            "ana",
            "--status",
            "in_progress",
        ],
    )
    .await;
    ok(&out);
    let out = rfp(&app.base, &["matrix", &id, "--owner", "ana"]).await;
    ok(&out);
    let listed = String::from_utf8_lossy(&out.stdout);
    assert_eq!(listed.lines().count(), 1, "{listed}");
    assert!(
        listed.starts_with(&row) && listed.contains("in_progress") && listed.contains("ana"),
        "{listed}"
    );
    let out = rfp(&app.base, &["matrix", &id, "--status", "open"]).await;
    ok(&out);
    assert!(!String::from_utf8_lossy(&out.stdout).contains(&row));

    // Who changed what: the row, then the deadline.
    let out = rfp(&app.base, &["history", &id]).await;
    ok(&out);
    let history = String::from_utf8_lossy(&out.stdout);
    let lines: Vec<&str> = history.lines().collect();
    assert_eq!(lines.len(), 2, "{history}");
    assert!(lines[0].contains(&format!("row {row}")), "{history}");
    assert!(
        lines[1].contains("fact submission_deadline") && lines[1].contains("2027-03-20"),
        "{history}"
    );
}
