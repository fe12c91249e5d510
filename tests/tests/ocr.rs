//! OCR of scanned PDFs (`RFP_OCR=textract`) on the AWS backend: the document really
//! sits in the emulator's S3 bucket, the worker's Textract client talks to a fake
//! Textract on the JSON 1.1 wire protocol (`rfp_tests::fake_textract`). Skipped, saying
//! so, without an emulator (`RFP_TEST_MOTO_URL`).

use std::sync::Arc;
use std::time::Duration;

use rfp_shared::ids::BlobKey;
use rfp_tests::TestApp;
use rfp_tests::fake_textract::{FakeTextract, Outcome};
use serde_json::Value;

const FINAL_WITHIN: Duration = Duration::from_secs(60);

/// The project's sample RFP as the lines of two scanned pages.
fn scanned_pages() -> Vec<Vec<String>> {
    let lines: Vec<String> = rfp_worker::SAMPLE_RFP.lines().map(str::to_owned).collect();
    let half = lines.len() / 2;
    vec![lines[..half].to_vec(), lines[half..].to_vec()]
}

/// The three tests take turns on the shared emulator: once in a full CI run, a
/// re-analysis sent while the others loaded moto was never received within 60 s (moto
/// serves SQS, S3 and DynamoDB from one process and is not atomic under load).
static ONE_AT_A_TIME: tokio::sync::Mutex<()> = tokio::sync::Mutex::const_new(());

async fn start(url: &str, fake: &FakeTextract, extra: &[(&str, &str)]) -> TestApp {
    let config = fake.sdk_config().await;
    let mut overrides = vec![("RFP_RETRY_DELAY_SECS", "0")];
    overrides.extend_from_slice(extra);
    TestApp::spawn_on_aws(
        url,
        &overrides,
        |_| Arc::new(rfp_worker::model::ExtractiveAnalyzer),
        |worker, settings| {
            let textract = rfp_worker::ocr::Textract::new(&config, settings)
                .with_first_poll(Duration::from_millis(20));
            worker.with_ocr(Arc::new(textract))
        },
    )
    .await
}

/// Uploads a two-page PDF without a text layer, asks for its analysis, and returns
/// the proposal id and the final status.
async fn analyse_scan(app: &TestApp) -> (String, Value) {
    let id = app.create_proposal("scan").await;
    let scan = rfp_tests::fixtures::pdf_from_pages(&[vec![], vec![]]);
    assert_eq!(app.upload(&id, scan, "application/pdf").await.status(), 201);
    assert_eq!(app.analyze(&id).await.status(), 202);
    let done = app.wait_until_final(&id, FINAL_WITHIN).await;
    (id, done)
}

#[tokio::test]
async fn a_scanned_pdf_is_read_by_textract_from_the_bucket_and_analysed() {
    let _turn = ONE_AT_A_TIME.lock().await;
    let Some(url) = rfp_shared::aws::emulator::url("a_scanned_pdf_is_read_by_textract") else {
        return;
    };
    let fake = FakeTextract::start(Outcome::Pages(scanned_pages())).await;
    // Cache any extraction, however fast, to show a re-analysis does not pay again.
    let app = start(&url, &fake, &[("RFP_TEXT_CACHE_MIN_MS", "0")]).await;
    let (id, done) = analyse_scan(&app).await;
    assert_eq!(done["status"], "completed", "{done}");
    let meta = &done["rfp_analysis"]["meta"];
    assert_eq!(meta["ocr"], "textract", "{meta}");
    assert_eq!(meta["pages"], 2, "{meta}");
    assert!(meta["text_chars"].as_u64().unwrap() > 1000, "{meta}");
    // The analysis quotes the scanned text, and every quote is found in it.
    assert!(meta["quotes"]["checked"].as_u64().unwrap() > 0, "{meta}");
    assert_eq!(meta["quotes"]["unverified"], 0, "{meta}");

    // Textract was asked for the object the API stored, once per document.
    let starts = fake.calls("StartDocumentTextDetection");
    assert_eq!(starts.len(), 1, "{starts:?}");
    let object = &starts[0]["DocumentLocation"]["S3Object"];
    let key = object["Name"].as_str().unwrap();
    let stored = app
        .backends
        .blobs
        .get(&BlobKey::parse(key).unwrap())
        .await
        .expect("Textract was pointed at a stored object");
    assert!(stored.starts_with(b"%PDF-"));
    assert_eq!(
        starts[0]["ClientRequestToken"], meta["document_sha256"],
        "the document's hash makes a repeated start reuse Textract's job"
    );
    // Two polls in progress, then one answer per page (NextToken followed).
    assert_eq!(fake.calls("GetDocumentTextDetection").len(), 4);

    // A re-analysis reads the cached text: no second Textract job.
    assert_eq!(app.analyze_again(&id).await.status(), 202);
    // The new job's outcome is the status whose result is that job's: on moto a
    // status can be read while the completion is half applied (UpdateItem is not
    // atomic against a concurrent GetItem), showing `completed` and the new job's id
    // beside the previous result.
    let deadline = std::time::Instant::now() + 3 * FINAL_WITHIN;
    let mut again = app.wait_until_final(&id, FINAL_WITHIN).await;
    while (again["job_id"] == done["job_id"]
        || again["rfp_analysis"]["meta"]["job_id"] != again["job_id"])
        && std::time::Instant::now() < deadline
    {
        tokio::time::sleep(Duration::from_millis(50)).await;
        again = app.wait_until_final(&id, FINAL_WITHIN).await;
    }
    assert_eq!(again["status"], "completed", "{again}");
    assert_eq!(again["rfp_analysis"]["meta"]["text_cache"], "hit");
    assert_eq!(again["rfp_analysis"]["meta"]["ocr"], "textract");
    assert_eq!(fake.calls("StartDocumentTextDetection").len(), 1);
    app.stop().await;
}

#[tokio::test]
async fn a_scan_textract_cannot_read_fails_with_its_code_without_a_retry() {
    let _turn = ONE_AT_A_TIME.lock().await;
    let Some(url) = rfp_shared::aws::emulator::url("a_scan_textract_cannot_read_fails") else {
        return;
    };
    let cases = [
        (
            Outcome::Failed("Request has unsupported document format".into()),
            "document_ocr_failed",
            "unsupported document format",
        ),
        (
            Outcome::Pages(vec![vec![], vec!["  ".into()]]),
            "document_no_text",
            "found no text in it either",
        ),
    ];
    for (outcome, code, says) in cases {
        let fake = FakeTextract::start(outcome).await;
        let app = start(&url, &fake, &[]).await;
        let (_, done) = analyse_scan(&app).await;
        assert_eq!(done["status"], "failed", "{done}");
        assert_eq!(done["error"]["code"], code, "{done}");
        assert!(
            done["error"]["message"].as_str().unwrap().contains(says),
            "{done}"
        );
        assert_eq!(done["attempts"], 1, "not retried: {done}");
        assert_eq!(fake.calls("StartDocumentTextDetection").len(), 1);
        app.stop().await;
    }
}

#[tokio::test]
async fn textract_busy_past_its_retries_is_a_transient_failure_then_a_success() {
    let _turn = ONE_AT_A_TIME.lock().await;
    let Some(url) = rfp_shared::aws::emulator::url("textract_busy_is_transient") else {
        return;
    };
    let fake = FakeTextract::start(Outcome::Pages(scanned_pages())).await;
    // More throttles than the SDK's own three attempts: the first delivery fails
    // transiently (`ocr_unavailable`), the second is read.
    fake.fail_starts([(400, "ProvisionedThroughputExceededException"); 3]);
    let app = start(&url, &fake, &[]).await;
    let (_, done) = analyse_scan(&app).await;
    assert_eq!(done["status"], "completed", "{done}");
    assert_eq!(done["attempts"], 2, "{done}");
    assert_eq!(done["rfp_analysis"]["meta"]["ocr"], "textract");
    assert_eq!(fake.calls("StartDocumentTextDetection").len(), 4);
    app.stop().await;
}
