//! `rfp eval` against the service running in this process: the scoring, the report,
//! `--min-accuracy`, `--compare`, and the floor the offline engine must stay above on
//! the labelled corpus (`../shared/corpus/rfp/`, found through `RFP_CORPUS_DIR`).

use std::path::Path;

use serde_json::{Value, json};

mod common;

use common::rfp;

fn labels(deadline: &str) -> Value {
    json!({
        "format": "rfp-eval-labels/1",
        "documents": {
            "sample.md": {
                "title": "Call for Proposals: Rural Digital Skills Programme 2027",
                "issuer": "Northern Valleys Regional Development Agency (NVRDA)",
                "language": "en",
                "deadline": { "date": deadline, "time": "17:00" },
                "questions_due": "2027-02-20",
                "budget": { "min": 50000, "max": 250000, "total": 1200000, "currency": "EUR" },
                "traps": { "amounts": [], "dates": ["2027-01-12", "2027-06-01"] }
            }
        }
    })
}

#[tokio::test]
async fn rfp_eval_scores_writes_a_report_and_compares_two() {
    let app = rfp_tests::TestApp::spawn(&[]).await;
    let dir = tempfile::tempdir().unwrap();
    let docs = dir.path().join("docs");
    std::fs::create_dir(&docs).unwrap();
    std::fs::write(docs.join("sample.md"), rfp_worker::SAMPLE_RFP).unwrap();
    let write = |name: &str, v: Value| {
        let p = dir.path().join(name);
        std::fs::write(&p, v.to_string()).unwrap();
        p
    };
    let right = write("right.json", labels("2027-03-15"));
    let wrong = write("wrong.json", labels("2027-03-16"));
    let (a, b) = (dir.path().join("a.json"), dir.path().join("b.json"));
    let run = |labels: &Path, out: &Path, extra: &[&str]| {
        let mut args = vec![
            "eval".to_owned(),
            labels.display().to_string(),
            "--docs".into(),
            docs.display().to_string(),
            "--out".into(),
            out.display().to_string(),
        ];
        args.extend(extra.iter().map(|s| s.to_string()));
        args
    };

    let args = run(&right, &a, &["--min-accuracy", "100"]);
    let out = rfp(
        &app.base,
        &args.iter().map(String::as_str).collect::<Vec<_>>(),
    )
    .await;
    let table = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{table}{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(table.contains("| sample.md"), "{table}");
    let report: Value = serde_json::from_slice(&std::fs::read(&a).unwrap()).unwrap();
    assert_eq!(report["format"], "rfp-eval-report/1");
    assert_eq!(report["engine"], "extractive");
    assert_eq!(report["provider"], "local", "{report:#}");
    assert_eq!(report["model_id"], "extractive-v2");
    assert_eq!(report["accuracy"], 1.0, "{report:#}");
    assert_eq!(report["fields"]["questions_due"]["right"], 1);
    assert_eq!(report["documents"][0]["score"]["deadline_time"], "right");
    assert!(report["documents"][0]["model_ms"].as_f64().unwrap() > 0.0);

    // A label the engine disagrees with: under --min-accuracy the run fails, and the
    // comparison names what got worse.
    let args = run(&wrong, &b, &["--min-accuracy", "90"]);
    let out = rfp(
        &app.base,
        &args.iter().map(String::as_str).collect::<Vec<_>>(),
    )
    .await;
    assert!(!out.status.success());
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("under --min-accuracy 90"),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let out = rfp(
        &app.base,
        &[
            "eval",
            "--compare",
            a.to_str().unwrap(),
            b.to_str().unwrap(),
        ],
    )
    .await;
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{text}");
    assert!(text.contains("worse (2):"), "{text}");
    assert!(text.contains("sample.md: deadline ok → WRONG"), "{text}");
    assert!(text.contains("better (0):"), "{text}");

    // Nothing is left behind in the service.
    let list: Value = rfp_client::Client::new(&app.base)
        .list_proposals(None, None)
        .await
        .unwrap();
    assert_eq!(list["items"].as_array().map(Vec::len), Some(0), "{list}");
}

/// `--blind` keeps the held-out part out of sight while tuning: its documents'
/// results are neither printed nor written, its part's figures are, and a comparison
/// leaves its documents out of what got better or worse.
#[tokio::test]
async fn blind_shows_the_held_out_part_only_as_its_figures() {
    let app = rfp_tests::TestApp::spawn(&[]).await;
    let dir = tempfile::tempdir().unwrap();
    let docs = dir.path().join("docs");
    std::fs::create_dir(&docs).unwrap();
    for name in ["kept.md", "hidden.md"] {
        std::fs::write(docs.join(name), rfp_worker::SAMPLE_RFP).unwrap();
    }
    let set = |deadline: &str| {
        let one = labels(deadline)["documents"]["sample.md"].clone();
        json!({"format": "rfp-eval-labels/1", "documents": {"kept.md": one, "hidden.md": one}})
    };
    let split = json!({"format": "rfp-eval-split/1", "groups": [
        {"part": "tuned", "documents": ["kept.md"]},
        {"part": "held_out", "documents": ["hidden.md"]}
    ]});
    let run = |deadline: &'static str, out: &'static str, blind: bool| {
        let sub = dir.path().join(out.trim_end_matches(".json"));
        std::fs::create_dir_all(&sub).unwrap();
        std::fs::write(sub.join("labels.json"), set(deadline).to_string()).unwrap();
        std::fs::write(sub.join("split.json"), split.to_string()).unwrap();
        let report = dir.path().join(out);
        let (base, docs) = (app.base.clone(), docs.clone());
        async move {
            let mut args = vec![
                "eval".to_owned(),
                sub.join("labels.json").display().to_string(),
                "--docs".into(),
                docs.display().to_string(),
                "--out".into(),
                report.display().to_string(),
            ];
            if blind {
                args.push("--blind".into());
            }
            let out = rfp(&base, &args.iter().map(String::as_str).collect::<Vec<_>>()).await;
            let table = String::from_utf8_lossy(&out.stdout).into_owned();
            assert!(out.status.success(), "{table}");
            let json: Value = serde_json::from_slice(&std::fs::read(&report).unwrap()).unwrap();
            (table, json, report)
        }
    };

    let (table, open, _) = run("2027-03-15", "open.json", false).await;
    assert!(table.contains("| hidden.md"), "{table}");
    assert!(open["documents"][0]["score"].is_object(), "{open:#}");

    let (table, blind, _) = run("2027-03-15", "a.json", true).await;
    assert!(table.contains("| kept.md"), "{table}");
    assert!(!table.contains("hidden.md"), "{table}");
    assert!(
        table.contains("1 held-out documents are kept out of sight"),
        "{table}"
    );
    assert!(table.contains("| held_out | 1 |"), "{table}");
    assert_eq!(blind["blind"], true);
    assert_eq!(blind["parts"]["held_out"]["fields"]["deadline"]["right"], 1);
    let hidden = blind["documents"]
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["document"] == "hidden.md")
        .unwrap();
    assert_eq!(hidden["part"], "held_out");
    for key in ["score", "observed", "matrix", "model_ms", "error"] {
        assert!(hidden.get(key).is_none(), "{key} written: {hidden:#}");
    }
    let kept = blind["documents"]
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["document"] == "kept.md")
        .unwrap();
    assert_eq!(kept["score"]["deadline"], "right", "{kept:#}");

    // Both documents get worse; blind, the comparison names only the tuned one.
    let (_, _, b) = run("2027-03-16", "b.json", false).await;
    let (_, _, open_a) = run("2027-03-15", "c.json", false).await;
    let compare = |blind: bool| {
        let (x, y) = (open_a.clone(), b.clone());
        let base = app.base.clone();
        async move {
            let mut args = vec![
                "eval",
                "--compare",
                x.to_str().unwrap(),
                y.to_str().unwrap(),
            ];
            if blind {
                args.push("--blind");
            }
            String::from_utf8_lossy(&rfp(&base, &args).await.stdout).into_owned()
        }
    };
    let text = compare(false).await;
    assert!(text.contains("hidden.md: deadline ok → WRONG"), "{text}");
    let text = compare(true).await;
    assert!(text.contains("kept.md: deadline ok → WRONG"), "{text}");
    assert!(!text.contains("hidden.md"), "{text}");
    // The deadline and its time, of the tuned document alone.
    assert!(text.contains("worse (2):"), "{text}");
}

#[tokio::test]
async fn a_labelled_set_of_another_format_is_refused_by_name() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("labels.json");
    std::fs::write(&p, r#"{"format": "something-else/9", "documents": {}}"#).unwrap();
    let out = rfp(
        "http://127.0.0.1:9",
        &[
            "eval",
            p.to_str().unwrap(),
            "--docs",
            dir.path().to_str().unwrap(),
        ],
    )
    .await;
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("rfp-eval-labels/1"), "{err}");
}

/// `rfp eval LABELS --docs DIR` against a service that is not there: what is refused
/// is refused before anything is read or sent.
async fn eval_offline(labels: Value, docs: &Path) -> (bool, String) {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("labels.json");
    std::fs::write(&p, labels.to_string()).unwrap();
    let out = rfp(
        "http://127.0.0.1:9",
        &[
            "eval",
            p.to_str().unwrap(),
            "--docs",
            docs.to_str().unwrap(),
        ],
    )
    .await;
    (
        out.status.success(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[tokio::test]
async fn labelled_names_outside_the_docs_folder_or_with_escapes_are_refused() {
    let dir = tempfile::tempdir().unwrap();
    let docs = dir.path().join("docs");
    std::fs::create_dir(&docs).unwrap();
    std::fs::write(dir.path().join("secret.md"), "not for the eval").unwrap();
    let secret = dir.path().join("secret.md");
    for name in [
        "../secret.md",
        "sub/../../secret.md",
        secret.to_str().unwrap(),
        "./../secret.md",
        "evil\u{1b}]0;pwned\u{7}.md",
    ] {
        let (ok, err) = eval_offline(
            json!({"format": "rfp-eval-labels/1", "documents": {name: {"title": "x", "issuer": "y"}}}),
            &docs,
        )
        .await;
        assert!(!ok, "{name:?} was taken");
        assert!(err.contains("a document's name"), "{name:?}: {err}");
        assert!(
            !err.contains('\u{1b}'),
            "the escape reached the terminal: {err:?}"
        );
    }
    // A symbolic link inside the folder that leads out of it.
    std::os::unix::fs::symlink(&secret, docs.join("link.md")).unwrap();
    let (ok, err) = eval_offline(
        json!({"format": "rfp-eval-labels/1", "documents": {"link.md": {"title": "x", "issuer": "y"}}}),
        &docs,
    )
    .await;
    assert!(!ok);
    assert!(err.contains("leads outside --docs"), "{err}");
}

#[tokio::test]
async fn a_report_with_impossible_figures_is_not_compared() {
    let dir = tempfile::tempdir().unwrap();
    let report = |accuracy: Value, right: u64, name: &str| {
        json!({
            "format": "rfp-eval-report/1", "labels": "l.json", "service": "http://x",
            "engine": "extractive", "model_id": "m", "prompt": null,
            "started_at": "2026-01-01T00:00:00Z", "seconds": 1.0,
            "documents": [{"document": name, "status": "completed"}],
            "fields": {"deadline": {"scored": 1, "right": right, "stated": 1, "stated_right": right.min(1),
                "invented": 0, "traps": 0, "accuracy": 1.0}},
            "accuracy": accuracy, "median_model_ms": null, "median_extract_ms": null
        })
    };
    let good = dir.path().join("good.json");
    std::fs::write(&good, report(json!(1.0), 1, "a.md").to_string()).unwrap();
    let compare = |other: Value| {
        let p = dir.path().join("other.json");
        std::fs::write(&p, other.to_string()).unwrap();
        let good = good.clone();
        async move {
            let out = rfp(
                "http://127.0.0.1:9",
                &[
                    "eval",
                    "--compare",
                    good.to_str().unwrap(),
                    p.to_str().unwrap(),
                ],
            )
            .await;
            (
                out.status.success(),
                String::from_utf8_lossy(&out.stdout).into_owned(),
                String::from_utf8_lossy(&out.stderr).into_owned(),
            )
        }
    };
    let (ok, out, _) = compare(report(json!(0.5), 1, "a.md")).await;
    assert!(ok, "{out}");
    for (bad, why) in [
        (report(json!(1e300), 1, "a.md"), "accuracy is"),
        (report(json!(-0.5), 1, "a.md"), "accuracy is"),
        (report(json!(0.5), 7, "a.md"), "contradict"),
        (report(json!(0.5), 1, "a\u{1b}[2J.md"), "control characters"),
        (
            report(json!(0.5), 1, "../../etc/passwd"),
            "not a path inside",
        ),
    ] {
        let (ok, out, err) = compare(bad).await;
        assert!(!ok, "{why}: {out}");
        assert!(err.contains(why), "{why}: {err}");
        assert!(
            !out.contains('\u{1b}') && !err.contains('\u{1b}'),
            "{err:?}"
        );
    }
}

/// The floors the offline engine must stay above on the labelled corpus (47
/// documents), set from its measured figures of 2026-12-06 (README, "Measuring the
/// analysis": deadline 43/47, budget 46/47, title 33/47, issuer 35/47; the deadline
/// 46/47 after issue 34's deadline shapes; title 40/47 and issuer 39/47 after issue
/// 34's names from converging evidence; title 43/47 after the third pass's form
/// fields, subject lines and running-header titles; title 44/47 and issuer 42/47
/// after the fourth pass's signature blocks, short names and labelled fields);
/// ratchet them up as it improves.
const FLOORS: &[(&str, f64)] = &[
    ("deadline", 0.97),
    ("budget", 0.97),
    ("title", 0.93),
    ("issuer", 0.89),
];

#[tokio::test]
async fn the_offline_engine_stays_above_its_floors_on_the_labelled_corpus() {
    let Some(corpus) = std::env::var_os("RFP_CORPUS_DIR") else {
        eprintln!(
            "SKIPPED the_offline_engine_stays_above_its_floors_on_the_labelled_corpus: RFP_CORPUS_DIR is not set"
        );
        return;
    };
    let docs = Path::new(&corpus).join("rfp");
    let labels = Path::new(env!("CARGO_MANIFEST_DIR")).join("../eval/corpus-labels.json");
    let app = rfp_tests::TestApp::spawn(&[]).await;
    let dir = tempfile::tempdir().unwrap();
    let out_path = dir.path().join("report.json");
    let out = rfp(
        &app.base,
        &[
            "eval",
            labels.to_str().unwrap(),
            "--docs",
            docs.to_str().unwrap(),
            "--out",
            out_path.to_str().unwrap(),
            // The measured mean of the four headline fields is 95.2 % (2026-12-06, fourth pass).
            "--min-accuracy",
            "94",
        ],
    )
    .await;
    let table = String::from_utf8_lossy(&out.stdout);
    eprintln!("{table}");
    assert!(
        out.status.success(),
        "{table}{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let report: Value = serde_json::from_slice(&std::fs::read(&out_path).unwrap()).unwrap();
    for (field, floor) in FLOORS {
        let accuracy = report["fields"][field]["accuracy"].as_f64().unwrap();
        assert!(
            accuracy >= *floor,
            "{field}: {accuracy:.3} under its floor {floor}"
        );
    }
    // What costs a proposal writer most never happens: a deadline where the document
    // states none, a trap taken for the budget or the deadline.
    // Issue 34 wants no trap at all: the engine takes no deadline trap since the
    // second pass of 2026-12-06, and still 1 budget trap of the 47 documents, so the
    // budget's is "no more than" today's count, a ratchet to bring down to 0.
    assert_eq!(report["fields"]["deadline"]["invented"], 0, "{table}");
    assert_eq!(report["fields"]["deadline"]["traps"], 0, "{table}");
    // Every package's deadline and budget right, and its `changes` exactly the
    // fields its amendments change (issue 34's must-show).
    for p in report["packages"].as_array().unwrap() {
        for field in ["deadline", "budget"] {
            assert_eq!(
                p["score"][field], "right",
                "{}: {field}\n{table}",
                p["package"]
            );
        }
        assert_eq!(p["changes"]["right"], true, "{}\n{table}", p["package"]);
    }
    assert!(
        report["fields"]["budget"]["traps"].as_u64() <= Some(1),
        "{table}"
    );
    assert_eq!(report["fields"]["budget"]["invented"], 0, "{table}");
    assert!(
        report["documents"]
            .as_array()
            .unwrap()
            .iter()
            .all(|d| d["status"] == "completed"),
        "{table}"
    );
}
