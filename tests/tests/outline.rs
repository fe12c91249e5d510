//! The response outline (`GET …/outline`, `rfp outline`) of the sample RFP and of a
//! package with an amendment, on both backends: its headings are the required sections
//! in order with their limits and the weighted criteria they answer, every mandatory
//! requirement of the matrix is placed exactly once, the cover carries the (amended)
//! deadline, and the DOCX, read back by a DOCX reader (`docx-rs`), has Word's heading
//! styles and the same content as the Markdown.

use std::sync::Arc;
use std::time::Duration;

use rfp_tests::{TestApp, TestBackend};
use serde_json::Value;

const WITHIN: Duration = Duration::from_secs(60);

/// The required sections of the sample RFP, in its order.
const SECTIONS: [&str; 7] = [
    "Executive summary (maximum 1 page)",
    "Needs assessment and target groups",
    "Project design, activities and work plan",
    "Partnership and management arrangements",
    "Monitoring and evaluation plan",
    "Budget and budget narrative",
    "Sustainability plan",
];

/// A DOCX's paragraphs as `(style id, text)`, and its tables' cell texts by row.
fn read_docx(bytes: &[u8]) -> (Vec<(String, String)>, Vec<Vec<String>>) {
    use docx_rs::{DocumentChild, TableChild, TableRowChild};
    let doc = docx_rs::read_docx(bytes).expect("a DOCX the reader opens");
    // Word's heading styles, by name, with outline levels for the navigation pane.
    let styles: Vec<(String, String)> = doc
        .styles
        .styles
        .iter()
        .map(|s| {
            let name = serde_json::to_value(&s.name).unwrap();
            (
                s.style_id.clone(),
                name.as_str().unwrap_or_default().to_owned(),
            )
        })
        .collect();
    for (id, name) in [("Heading1", "heading 1"), ("Heading2", "heading 2")] {
        assert!(
            styles.iter().any(|(i, n)| i == id && n == name),
            "{id} is named {name}: {styles:?}"
        );
    }
    let mut paragraphs = Vec::new();
    let mut tables = Vec::new();
    for child in &doc.document.children {
        match child {
            DocumentChild::Paragraph(p) => paragraphs.push((
                p.property
                    .style
                    .as_ref()
                    .map(|s| s.val.clone())
                    .unwrap_or_default(),
                p.raw_text(),
            )),
            DocumentChild::Table(t) => {
                for row in &t.rows {
                    let TableChild::TableRow(row) = row;
                    tables.push(
                        row.cells
                            .iter()
                            .map(|c| {
                                let TableRowChild::TableCell(cell) = c;
                                cell.children
                                    .iter()
                                    .filter_map(|p| match p {
                                        docx_rs::TableCellContent::Paragraph(p) => {
                                            Some(p.raw_text())
                                        }
                                        _ => None,
                                    })
                                    .collect::<String>()
                            })
                            .collect(),
                    );
                }
            }
            _ => {}
        }
    }
    (paragraphs, tables)
}

#[tokio::test]
async fn the_outline_follows_the_required_sections_and_places_every_mandatory_requirement_once() {
    for backend in TestBackend::all("the_outline_follows_the_required_sections") {
        let app = TestApp::spawn_with_model(&backend, &[], |_| {
            Arc::new(rfp_worker::model::ExtractiveAnalyzer)
        })
        .await;
        let (id, status) = app.analysed_sample("Rural Digital Skills", WITHIN).await;
        let requirements: Vec<Value> = status["rfp_analysis"]["extracted_data"]["requirements"]
            .as_array()
            .unwrap()
            .clone();

        let docx = app
            .client
            .export(&id, rfp_client::Export::Outline("docx"))
            .await
            .unwrap();
        let (paragraphs, tables) = read_docx(&docx.bytes);
        let headings: Vec<&str> = paragraphs
            .iter()
            .filter(|(style, _)| style == "Heading1")
            .map(|(_, text)| text.as_str())
            .collect();
        let expected: Vec<String> = SECTIONS
            .iter()
            .enumerate()
            .map(|(i, s)| format!("{}. {s}", i + 1))
            .chain(["Compliance checklist".to_owned()])
            .collect();
        assert_eq!(headings, expected);
        let all: String = paragraphs
            .iter()
            .map(|(_, t)| t.as_str())
            .collect::<Vec<_>>()
            .join("\n");
        assert!(all.contains("Limit: at most 1 page"), "{all}");
        assert!(
            all.contains("Answers the criterion: Value for money (15 points)"),
            "{all}"
        );
        assert!(
            all.contains("Submission deadline: 2027-03-15 17:00 CET"),
            "{all}"
        );
        assert!(all.contains("Page limit: 15 pages"), "{all}");
        // Every mandatory requirement once: in a section, or in the checklist's table.
        let table_ids: Vec<&str> = tables.iter().skip(1).map(|r| r[1].as_str()).collect();
        for r in requirements.iter().filter(|r| r["mandatory"] == true) {
            let rid = r["id"].as_str().unwrap();
            let in_sections = paragraphs
                .iter()
                .filter(|(_, t)| t.starts_with(&format!("☐ {rid} ")))
                .count();
            let in_table = table_ids.iter().filter(|t| **t == rid).count();
            assert_eq!(in_sections + in_table, 1, "{rid}: {all}\n{tables:?}");
        }
        assert_eq!(
            tables[0],
            ["Done", "ID", "Requirement", "Binding", "Category"]
        );

        // The Markdown holds the same headings and requirements.
        let md = app
            .client
            .export(&id, rfp_client::Export::Outline("md"))
            .await
            .unwrap();
        let md = String::from_utf8(md.bytes).unwrap();
        let md_headings: Vec<&str> = md.lines().filter_map(|l| l.strip_prefix("## ")).collect();
        assert_eq!(md_headings.len(), expected.len(), "{md}");
        for r in requirements.iter().filter(|r| r["mandatory"] == true) {
            let rid = r["id"].as_str().unwrap();
            assert_eq!(md.matches(&format!(" {rid} ")).count(), 1, "{rid}: {md}");
        }

        // With an amendment, the cover gives the new deadline.
        app.add_sample_amendment(&id).await;
        app.analyze(&id).await.bytes().await.unwrap();
        let status = app.wait_until_final(&id, WITHIN).await;
        assert_eq!(status["status"], "completed", "{status:#}");
        let docx = app
            .client
            .export(&id, rfp_client::Export::Outline("docx"))
            .await
            .unwrap();
        let (paragraphs, _) = read_docx(&docx.bytes);
        assert!(
            paragraphs
                .iter()
                .any(|(_, t)| t == "Submission deadline: 2027-03-29 17:00 CET"),
            "{paragraphs:?}"
        );
        app.stop().await;
    }
}
