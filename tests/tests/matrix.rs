//! The compliance matrix end to end: the sample RFP analysed through the service,
//! then its matrix read back in each format as a bid team's tools would read it (a
//! spreadsheet library for the workbook, a CSV parser, a Markdown table).

use std::io::Cursor;
use std::time::Duration;

use calamine::{Reader, Xlsx};
use icalendar::{Calendar, CalendarComponent, Component};

/// The seconds before the start an alarm trigger of RFC 5545 names (`-P7D`, `-PT86400S`).
fn seconds_before(trigger: &str) -> i64 {
    let d = trigger
        .strip_prefix("-P")
        .unwrap_or_else(|| panic!("not before the start: {trigger}"));
    if let Some(days) = d.strip_suffix('D') {
        return days.parse::<i64>().unwrap() * 86_400;
    }
    d.strip_prefix('T')
        .and_then(|s| s.strip_suffix('S'))
        .unwrap_or_else(|| panic!("{trigger}"))
        .parse()
        .unwrap()
}
use rfp_tests::TestApp;
use serde_json::Value;

const FINAL_WITHIN: Duration = Duration::from_secs(30);

async fn get(app: &TestApp, path: &str) -> reqwest::Response {
    app.client
        .request(reqwest::Method::GET, path)
        .send()
        .await
        .unwrap()
}

/// Another owner's proposal is not found at `path`.
async fn assert_hidden_from_others(app: &TestApp, path: &str) {
    let r = app
        .http
        .get(app.url(path))
        .header("x-rfp-owner", "someone-else")
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 404, "{path}");
}

/// Uploads the sample RFP to proposal `id` and waits for its analysis to complete.
async fn analyse_the_sample(app: &TestApp, id: &str) {
    let upload = app
        .client
        .request(
            reqwest::Method::PUT,
            &format!("/api/proposals/{id}/rfp?filename=nvrda-call.md"),
        )
        .header("content-type", "text/markdown")
        .body(rfp_worker::SAMPLE_RFP)
        .send()
        .await
        .unwrap();
    assert_eq!(upload.status(), 201, "{}", upload.text().await.unwrap());
    assert_eq!(app.analyze(id).await.status(), 202);
    let status = app.wait_until_final(id, FINAL_WITHIN).await;
    assert_eq!(status["status"], "completed", "{status}");
}

#[tokio::test]
async fn the_matrix_of_the_sample_rfp_opens_as_json_csv_markdown_and_a_real_workbook() {
    let app = TestApp::spawn(&[]).await;
    let id = app.create_proposal("Digital skills: NVRDA 2027").await;
    let matrix = format!("/api/proposals/{id}/compliance-matrix");

    // Before any analysis: a problem with its code.
    let r = get(&app, &matrix).await;
    assert_eq!(r.status(), 409);
    let body: Value = r.json().await.unwrap();
    assert_eq!(body["code"], "analysis_not_ready");

    analyse_the_sample(&app, &id).await;

    // JSON: the analysis's requirements, with the document named.
    let r = get(&app, &matrix).await;
    assert_eq!(r.status(), 200);
    let json: Value = r.json().await.unwrap();
    let rows = json["rows"].as_array().unwrap();
    assert!(rows.len() >= 15, "{json:#}");
    let late = rows
        .iter()
        .find(|r| {
            r["text"] == "Proposals received after the submission deadline will not be considered."
        })
        .expect("the late-submission rule");
    assert_eq!(late["mandatory"], true);
    assert_eq!(late["section"], "5. Important Dates");
    assert_eq!(late["document"], "nvrda-call.md");
    assert_eq!(json["columns"][0], "ID");
    assert_eq!(json["columns"].as_array().unwrap().len(), 13);
    // Every row carries its verbatim quote, and is open until the team works it.
    assert_eq!(
        late["quote"],
        "Proposals received after the submission deadline will not be considered."
    );
    assert_eq!(late["status"], "open");

    // CSV: a byte-order mark, then RFC 4180 that a parser reads with accents intact.
    let r = get(&app, &format!("{matrix}?format=csv")).await;
    assert_eq!(r.status(), 200);
    assert_eq!(r.headers()["content-type"], "text/csv; charset=utf-8");
    assert_eq!(
        r.headers()["content-disposition"],
        "attachment; filename=\"digital-skills-nvrda-2027-compliance-matrix.csv\""
    );
    let bytes = r.bytes().await.unwrap();
    assert!(bytes.starts_with(b"\xEF\xBB\xBF"));
    let mut reader = csv::Reader::from_reader(&bytes[3..]);
    let header: Vec<String> = reader
        .headers()
        .unwrap()
        .iter()
        .map(str::to_owned)
        .collect();
    assert_eq!(header[..4], ["ID", "Requirement", "Modality", "Mandatory"]);
    assert_eq!(
        header[8..],
        ["Quote", "Response section", "Owner", "Status", "Note"]
    );
    let records: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(records.len(), rows.len());
    for (record, row) in records.iter().zip(rows) {
        assert_eq!(&record[0], row["id"].as_str().unwrap());
        assert_eq!(
            &record[1],
            row["text"].as_str().unwrap(),
            "verbatim through CSV"
        );
        assert_eq!(
            &record[3],
            if row["mandatory"] == true {
                "yes"
            } else {
                "no"
            }
        );
    }

    // XLSX: a workbook a spreadsheet library opens, its header and rows as sent.
    let r = get(&app, &format!("{matrix}?format=xlsx")).await;
    assert_eq!(r.status(), 200);
    assert_eq!(
        r.headers()["content-type"],
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    );
    let bytes = r.bytes().await.unwrap().to_vec();
    let mut book: Xlsx<_> = calamine::open_workbook_from_rs(Cursor::new(bytes)).unwrap();
    assert_eq!(book.sheet_names(), ["Compliance matrix"]);
    let sheet = book.worksheet_range("Compliance matrix").unwrap();
    assert_eq!(sheet.height(), rows.len() + 1);
    assert_eq!(sheet.width(), 13);
    assert_eq!(sheet.get_value((0, 1)).unwrap().to_string(), "Requirement");
    let at = rows.iter().position(|r| r["text"] == late["text"]).unwrap() as u32 + 1;
    assert_eq!(
        sheet.get_value((at, 1)).unwrap().to_string(),
        late["text"].as_str().unwrap()
    );
    assert_eq!(sheet.get_value((at, 3)).unwrap().to_string(), "yes");

    // Markdown: a table with one line per requirement.
    let r = get(&app, &format!("{matrix}?format=md")).await;
    assert_eq!(r.status(), 200);
    let md = r.text().await.unwrap();
    let table: Vec<&str> = md.lines().filter(|l| l.starts_with("| ")).collect();
    assert_eq!(table.len(), rows.len() + 1, "{md}");

    // An unknown format is a 400 naming the parameter.
    let r = get(&app, &format!("{matrix}?format=ods")).await;
    assert_eq!(r.status(), 400);
    let body: Value = r.json().await.unwrap();
    assert_eq!(body["code"], "invalid_query");
    assert!(
        body["detail"].as_str().unwrap().contains("format"),
        "{body}"
    );

    assert_hidden_from_others(&app, &matrix).await;
    app.stop().await;
}

#[tokio::test]
async fn the_deadlines_calendar_parses_and_holds_the_submission_deadline_at_its_instant() {
    let app = TestApp::spawn(&[]).await;
    let id = app.create_proposal("Digital skills: NVRDA 2027").await;
    let ics = format!("/api/proposals/{id}/deadlines.ics");
    let r = get(&app, &ics).await;
    assert_eq!(r.status(), 409);
    let body: Value = r.json().await.unwrap();
    assert_eq!(body["code"], "analysis_not_ready");

    analyse_the_sample(&app, &id).await;
    let r = get(&app, &ics).await;
    assert_eq!(r.status(), 200);
    assert_eq!(r.headers()["content-type"], "text/calendar; charset=utf-8");
    assert_eq!(
        r.headers()["content-disposition"],
        "attachment; filename=\"digital-skills-nvrda-2027-deadlines.ics\""
    );
    let text = r.text().await.unwrap();
    assert!(text.starts_with("BEGIN:VCALENDAR\r\n"), "{text}");
    assert!(text.contains("\r\nVERSION:2.0\r\n"), "{text}");
    assert!(
        text.contains("\r\nPRODID:-//RFP Analyzer//Deadlines//EN\r\n"),
        "{text}"
    );
    let calendar: Calendar = text.parse().unwrap_or_else(|e| panic!("{e}\n{text}"));
    let events: Vec<&icalendar::Event> = calendar
        .components
        .iter()
        .filter_map(|c| match c {
            CalendarComponent::Event(e) => Some(e),
            _ => None,
        })
        .collect();

    // "15 March 2027, 17:00 CET" is 16:00 UTC.
    let submission = events
        .iter()
        .find(|e| {
            e.get_summary()
                .is_some_and(|s| s.starts_with("Submission:"))
        })
        .unwrap_or_else(|| panic!("no submission event:\n{text}"));
    let start = submission.get_start().expect("DTSTART");
    let at = match start {
        icalendar::DatePerhapsTime::DateTime(icalendar::CalendarDateTime::Utc(at)) => at,
        other => panic!("the submission deadline is not an instant: {other:?}"),
    };
    assert_eq!(at.to_rfc3339(), "2027-03-15T16:00:00+00:00");
    let description = submission.get_description().unwrap();
    assert!(description.contains("17:00 CET"), "{description}");
    assert!(
        description.contains("15 March 2027, 17:00 CET"),
        "{description}"
    );
    // Its two reminders, 7 days and 1 day before.
    let alarms: Vec<&str> = submission
        .components()
        .iter()
        .filter(|c| c.component_kind() == "VALARM")
        .filter_map(|c| c.property_value("TRIGGER"))
        .collect();
    let before: Vec<i64> = alarms.iter().map(|t| seconds_before(t)).collect();
    assert_eq!(before, [7 * 86_400, 86_400], "{text}");

    // The questions deadline, a date without a time: an all-day event, no reminders.
    let questions = events
        .iter()
        .find(|e| e.get_summary().is_some_and(|s| s.starts_with("Questions:")))
        .unwrap_or_else(|| panic!("no questions event:\n{text}"));
    assert_eq!(
        questions.get_start(),
        Some(icalendar::DatePerhapsTime::Date(
            chrono::NaiveDate::from_ymd_opt(2027, 2, 20).unwrap()
        ))
    );
    assert_eq!(
        questions.get_end(),
        Some(icalendar::DatePerhapsTime::Date(
            chrono::NaiveDate::from_ymd_opt(2027, 2, 21).unwrap()
        )),
        "an all-day event ends the next day"
    );
    assert!(questions.components().is_empty());

    assert_hidden_from_others(&app, &ics).await;
    app.stop().await;
}

#[tokio::test]
async fn a_french_matrix_keeps_its_accents_through_csv_and_the_workbook() {
    let app = TestApp::spawn(&[]).await;
    let id = app.create_proposal("Appel à projets 2027").await;
    let text = "# Appel à projets : Eau potable 2027\n\n## 3. Éligibilité\n\nLes candidats doivent être des associations déclarées depuis au moins deux ans.\n\n## 4. Dossier\n\nLe dossier doit être rédigé en français et ne doit pas dépasser 15 pages.\n";
    let r = app
        .upload(&id, text.as_bytes().to_vec(), "text/markdown")
        .await;
    assert_eq!(r.status(), 201);
    assert_eq!(app.analyze(&id).await.status(), 202);
    let status = app.wait_until_final(&id, FINAL_WITHIN).await;
    assert_eq!(status["status"], "completed", "{status}");
    let matrix = format!("/api/proposals/{id}/compliance-matrix");

    let bytes = get(&app, &format!("{matrix}?format=csv"))
        .await
        .bytes()
        .await
        .unwrap();
    assert!(bytes.starts_with(b"\xEF\xBB\xBF"));
    let mut reader = csv::Reader::from_reader(&bytes[3..]);
    let texts: Vec<String> = reader.records().map(|r| r.unwrap()[1].to_owned()).collect();
    for statement in [
        "Les candidats doivent être des associations déclarées depuis au moins deux ans.",
        "Le dossier doit être rédigé en français et ne doit pas dépasser 15 pages.",
    ] {
        assert!(
            texts.iter().any(|t| t == statement),
            "{statement} in {texts:?}"
        );
    }

    let bytes = get(&app, &format!("{matrix}?format=xlsx"))
        .await
        .bytes()
        .await
        .unwrap()
        .to_vec();
    let mut book: Xlsx<_> = calamine::open_workbook_from_rs(Cursor::new(bytes)).unwrap();
    let sheet = book.worksheet_range("Compliance matrix").unwrap();
    let cells: Vec<String> = (1..sheet.height() as u32)
        .map(|r| sheet.get_value((r, 5)).unwrap().to_string())
        .collect();
    assert!(cells.iter().any(|s| s == "3. Éligibilité"), "{cells:?}");
    app.stop().await;
}
