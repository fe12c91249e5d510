//! The compliance matrix of a proposal's analysis, in the forms bid teams work in:
//! JSON, CSV (RFC 4180, UTF-8 with a byte-order mark so spreadsheet programs read
//! accents right), Markdown and XLSX (`rust_xlsxwriter`: frozen header, autofilter,
//! wrapped text, set widths, mandatory rows in bold). Each has the requirement's
//! columns and three empty ones for the team to fill.

use axum::Router;
use axum::http::header;
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use serde::{Deserialize, Serialize};
use serde_json::Value;

use rfp_shared::domain::Proposal;

use crate::AppState;
use crate::error::{ApiError, CommonErrors, OwnedErrors, Problem, ProblemCode};
use crate::extractors::{OwnedProposal, ProposalPath, Query};

/// Most rows a matrix has, whatever the analysis holds.
const MAX_ROWS: usize = 5000;

/// The columns, in order; the last three are for the team.
pub const COLUMNS: &[&str] = &[
    "ID",
    "Requirement",
    "Modality",
    "Mandatory",
    "Category",
    "Section",
    "Page",
    "Document",
    "Response section",
    "Owner",
    "Status",
];

pub fn router() -> Router<AppState> {
    Router::new().route("/api/proposals/{id}/compliance-matrix", get(matrix))
}

/// The form of the matrix.
#[derive(Debug, Clone, Copy, Default, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "lowercase")]
pub enum Format {
    #[default]
    Json,
    Csv,
    Xlsx,
    Md,
}

#[derive(Debug, Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
#[serde(deny_unknown_fields)]
pub struct MatrixQuery {
    /// `json` (the default), `csv`, `xlsx` or `md`
    format: Option<Format>,
}

/// One requirement of the matrix.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct Row {
    pub id: String,
    pub text: String,
    pub modality: String,
    pub mandatory: bool,
    pub category: String,
    pub section: String,
    pub page: Option<u64>,
    pub document: String,
}

#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct Matrix {
    pub proposal_id: String,
    pub columns: Vec<String>,
    pub rows: Vec<Row>,
}

/// The rows of an analysis: its `requirements`, or, for an analysis without them (an
/// older one, or a model that gave only the original field), its
/// `mandatory_requirements` as binding rows.
fn rows(result: &Value, document: &str) -> Vec<Row> {
    let data = &result["extracted_data"];
    let text_of = |v: &Value| match v {
        Value::String(s) => Some(s.clone()),
        Value::Object(o) => o.get("text").and_then(Value::as_str).map(str::to_owned),
        _ => None,
    };
    let s = |v: &Value, k: &str| v[k].as_str().unwrap_or_default().to_owned();
    let mut out = Vec::new();
    if let Some(list) = data["requirements"].as_array() {
        for r in list.iter().take(MAX_ROWS) {
            let Some(text) = text_of(r) else { continue };
            out.push(Row {
                id: s(r, "id"),
                text,
                modality: s(r, "modality"),
                mandatory: r["mandatory"].as_bool().unwrap_or(true),
                category: s(r, "category"),
                section: s(r, "section"),
                page: r["page"].as_u64(),
                document: r["document"].as_str().unwrap_or(document).to_owned(),
            });
        }
        return out;
    }
    let list = match &data["mandatory_requirements"] {
        Value::Array(a) => a.clone(),
        Value::String(s) => vec![Value::String(s.clone())],
        _ => Vec::new(),
    };
    for (i, r) in list.iter().take(MAX_ROWS).enumerate() {
        let Some(text) = text_of(r) else { continue };
        out.push(Row {
            id: format!("MR-{}", i + 1),
            text,
            modality: String::new(),
            mandatory: true,
            category: String::new(),
            section: String::new(),
            page: r["page"].as_u64(),
            document: document.to_owned(),
        });
    }
    out
}

/// Longest cell, in characters: a spreadsheet cell holds at most 32,767, and an
/// analysis from a model could hold more.
const MAX_CELL_CHARS: usize = 32_000;

fn cell(s: &str) -> String {
    rfp_shared::domain::cap_chars(s, MAX_CELL_CHARS).to_owned()
}

/// The cells of a row, in [`COLUMNS`] order.
fn cells(r: &Row) -> [String; 11] {
    [
        cell(&r.id),
        cell(&r.text),
        cell(&r.modality),
        if r.mandatory { "yes" } else { "no" }.to_owned(),
        cell(&r.category),
        cell(&r.section),
        r.page.map(|p| p.to_string()).unwrap_or_default(),
        cell(&r.document),
        String::new(),
        String::new(),
        String::new(),
    ]
}

fn csv(rows: &[Row]) -> Result<Vec<u8>, ApiError> {
    let mut w = csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .from_writer(b"\xEF\xBB\xBF".to_vec());
    let failed = |e: csv::Error| ApiError::internal(format!("writing the CSV: {e}"));
    w.write_record(COLUMNS).map_err(failed)?;
    for r in rows {
        w.write_record(cells(r)).map_err(failed)?;
    }
    w.into_inner()
        .map_err(|e| ApiError::internal(format!("writing the CSV: {e}")))
}

/// A Markdown table cell: one line, its pipes escaped.
fn md_cell(s: &str) -> String {
    s.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .replace('\\', "\\\\")
        .replace('|', "\\|")
}

fn markdown(title: &str, rows: &[Row]) -> String {
    let mut out = format!("# Compliance matrix: {}\n\n", md_cell(title));
    out.push_str(&format!("| {} |\n", COLUMNS.join(" | ")));
    out.push_str(&format!("|{}\n", "---|".repeat(COLUMNS.len())));
    for r in rows {
        let line: Vec<String> = cells(r).iter().map(|c| md_cell(c)).collect();
        out.push_str(&format!("| {} |\n", line.join(" | ")));
    }
    out
}

fn xlsx(rows: &[Row]) -> Result<Vec<u8>, rust_xlsxwriter::XlsxError> {
    use rust_xlsxwriter::{Format as Cell, FormatAlign, Workbook};
    let mut book = Workbook::new();
    let sheet = book.add_worksheet();
    sheet.set_name("Compliance matrix")?;
    let header = Cell::new()
        .set_bold()
        .set_background_color("D9E1F2")
        .set_text_wrap()
        .set_align(FormatAlign::Top);
    let plain = Cell::new().set_text_wrap().set_align(FormatAlign::Top);
    let binding = plain.clone().set_bold();
    for (c, (name, width)) in COLUMNS
        .iter()
        .zip([12, 70, 10, 10, 14, 30, 6, 24, 20, 14, 12])
        .enumerate()
    {
        sheet.write_string_with_format(0, c as u16, *name, &header)?;
        sheet.set_column_width(c as u16, width)?;
    }
    for (i, r) in rows.iter().enumerate() {
        let row = i as u32 + 1;
        let format = if r.mandatory { &binding } else { &plain };
        for (c, value) in cells(r).iter().enumerate() {
            match (c, r.page) {
                (6, Some(page)) => {
                    sheet.write_number_with_format(row, c as u16, page as f64, format)?
                }
                _ => sheet.write_string_with_format(row, c as u16, value, format)?,
            };
        }
    }
    sheet.set_freeze_panes(1, 0)?;
    sheet.autofilter(0, 0, rows.len() as u32, COLUMNS.len() as u16 - 1)?;
    book.save_to_buffer()
}

/// The proposal's completed analysis, or the problem that there is none yet.
pub(super) fn completed_result(p: &Proposal) -> Result<&Value, ApiError> {
    p.analysis.result.as_ref().ok_or_else(|| {
        ApiError::new(
            ProblemCode::AnalysisNotReady,
            "The proposal has no completed analysis yet: POST …/analyze-rfp and wait for it to complete.",
        )
    })
}

/// A file name from the proposal's title (ASCII letters and digits, dashes between)
/// and what the file holds: `digital-skills-2027-compliance-matrix.xlsx`.
pub(super) fn file_name(p: &Proposal, what: &str, extension: &str) -> String {
    let mut slug = String::new();
    for c in p.title.chars() {
        if c.is_ascii_alphanumeric() {
            slug.push(c.to_ascii_lowercase());
        } else if !slug.ends_with('-') && !slug.is_empty() {
            slug.push('-');
        }
        if slug.len() >= 60 {
            break;
        }
    }
    let slug = slug.trim_end_matches('-');
    let slug = if slug.is_empty() { "proposal" } else { slug };
    format!("{slug}-{what}.{extension}")
}

#[utoipa::path(
    get,
    path = "/api/proposals/{id}/compliance-matrix",
    tag = "analysis",
    summary = "The compliance matrix of the analysis",
    description = "Every requirement statement of the analysed RFP with its modality, whether it binds, category, section, page and document, plus empty Response section, Owner and Status columns. `format=csv` is RFC 4180 in UTF-8 with a byte-order mark; `xlsx` a workbook with a frozen, filtered header and mandatory rows in bold; `md` a Markdown table. The file formats come as attachments named after the proposal.",
    params(ProposalPath, MatrixQuery),
    responses(
        (status = 200, description = "The matrix, in the asked format", content(
            (Matrix = "application/json"),
            (String = "text/csv"),
            (String = "text/markdown"),
            (Vec<u8> = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
        )),
        (status = 400, description = "An unknown format", body = Problem, content_type = "application/problem+json"),
        OwnedErrors,
        (status = 409, description = "No completed analysis yet", body = Problem, content_type = "application/problem+json"),
        CommonErrors,
    ),
)]
pub(crate) async fn matrix(
    Query(query): Query<MatrixQuery>,
    OwnedProposal { proposal, .. }: OwnedProposal,
) -> Result<Response, ApiError> {
    let result = completed_result(&proposal)?;
    let document = proposal
        .document
        .as_ref()
        .and_then(|d| d.filename.clone())
        .unwrap_or_default();
    let rows = rows(result, &document);
    let attachment = |ext: &str| {
        format!(
            "attachment; filename=\"{}\"",
            file_name(&proposal, "compliance-matrix", ext)
        )
    };
    Ok(match query.format.unwrap_or_default() {
        Format::Json => axum::Json(Matrix {
            proposal_id: proposal.id.to_string(),
            columns: COLUMNS.iter().map(|c| (*c).to_owned()).collect(),
            rows,
        })
        .into_response(),
        Format::Csv => (
            [
                (header::CONTENT_TYPE, "text/csv; charset=utf-8".to_owned()),
                (header::CONTENT_DISPOSITION, attachment("csv")),
            ],
            csv(&rows)?,
        )
            .into_response(),
        Format::Md => (
            [
                (
                    header::CONTENT_TYPE,
                    "text/markdown; charset=utf-8".to_owned(),
                ),
                (header::CONTENT_DISPOSITION, attachment("md")),
            ],
            markdown(&proposal.title, &rows),
        )
            .into_response(),
        Format::Xlsx => (
            [
                (
                    header::CONTENT_TYPE,
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet".to_owned(),
                ),
                (header::CONTENT_DISPOSITION, attachment("xlsx")),
            ],
            xlsx(&rows).map_err(|e| ApiError::internal(format!("writing the workbook: {e}")))?,
        )
            .into_response(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(text: &str, mandatory: bool) -> Row {
        Row {
            id: "REQ-1".into(),
            text: text.into(),
            modality: "must".into(),
            mandatory,
            category: "format".into(),
            section: "6. Format".into(),
            page: Some(3),
            document: "rfp.pdf".into(),
        }
    }

    #[test]
    fn csv_quotes_what_needs_it_and_starts_with_a_byte_order_mark() {
        let bytes = csv(&[row("Le dossier doit être rédigé, \"en français\".", true)]).unwrap();
        assert!(bytes.starts_with(b"\xEF\xBB\xBF"));
        let text = String::from_utf8(bytes[3..].to_vec()).unwrap();
        let mut lines = text.split("\r\n");
        assert_eq!(lines.next().unwrap(), COLUMNS.join(","));
        assert_eq!(
            lines.next().unwrap(),
            "REQ-1,\"Le dossier doit être rédigé, \"\"en français\"\".\",must,yes,format,6. Format,3,rfp.pdf,,,"
        );
    }

    #[test]
    fn a_workbook_is_written_even_for_a_cell_past_the_spreadsheet_limit() {
        let long = "x".repeat(100_000);
        let bytes = xlsx(&[row(&long, true), row("short", false)]).unwrap();
        assert!(bytes.starts_with(b"PK"));
    }

    #[test]
    fn markdown_cells_keep_to_one_line_and_escape_pipes() {
        let md = markdown("T", &[row("A | B\nC", false)]);
        assert!(md.contains("| REQ-1 | A \\| B C | must | no |"), "{md}");
    }

    #[test]
    fn an_analysis_without_requirements_falls_back_to_its_mandatory_ones() {
        let result = serde_json::json!({"extracted_data": {"mandatory_requirements": ["Be registered", {"text": "Sign the form"}]}});
        let rows = rows(&result, "rfp.pdf");
        assert_eq!(rows.len(), 2);
        assert_eq!(
            (rows[1].id.as_str(), rows[1].text.as_str()),
            ("MR-2", "Sign the form")
        );
        assert!(rows.iter().all(|r| r.mandatory && r.document == "rfp.pdf"));
    }
}
