//! The compliance matrix of a proposal's analysis, in the forms bid teams work in:
//! JSON, CSV (RFC 4180, UTF-8 with a byte-order mark so spreadsheet programs read
//! accents right), Markdown and XLSX (`rust_xlsxwriter`: frozen header, autofilter,
//! wrapped text, set widths, mandatory rows in bold). Each has the requirement's
//! columns (with its verbatim quote and document) and the team's: response section,
//! owner, status and note, filled from the workspace (`PATCH` on the same path).

use axum::Router;
use axum::http::header;
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use serde::{Deserialize, Serialize};
use serde_json::Value;

use rfp_shared::domain::Proposal;

use crate::AppState;
use crate::error::{ApiError, CommonErrors, OwnedErrors, Problem, ProblemCode};
use crate::extractors::{ProposalPath, Query};

/// Most rows a matrix has, whatever the analysis holds.
const MAX_ROWS: usize = 5000;

/// The columns, in order; the last four are the team's.
pub const COLUMNS: &[&str] = &[
    "ID",
    "Requirement",
    "Modality",
    "Mandatory",
    "Category",
    "Section",
    "Page",
    "Document",
    "Quote",
    "Response section",
    "Owner",
    "Status",
    "Note",
];

pub fn router() -> Router<AppState> {
    Router::new().route(
        "/api/proposals/{id}/compliance-matrix",
        get(matrix).patch(super::workspace::work_matrix),
    )
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
    /// Only the rows of this owner.
    owner: Option<String>,
    /// Only the rows of this status (`open`, `in_progress`, `answered`, `compliant`,
    /// `not_applicable`).
    status: Option<String>,
    /// Also the rows marked not a requirement (hidden by default).
    hidden: Option<bool>,
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
    /// The verbatim sentence of the document (none for the team's own rows).
    pub quote: String,
    /// `analysis`, or `team` for a row the team added.
    pub source: String,
    pub response_section: String,
    pub owner: String,
    /// `open`, `in_progress`, `answered`, `compliant` or `not_applicable`.
    pub status: String,
    pub note: String,
    /// Marked not a requirement by the team (listed only with `hidden=true`).
    pub not_a_requirement: bool,
}

#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct Matrix {
    pub proposal_id: String,
    /// The package changed after the analysis was made: re-analyse before relying on it.
    pub stale: bool,
    pub columns: Vec<String>,
    pub rows: Vec<Row>,
    /// Rows marked not a requirement, not listed unless `hidden=true`.
    pub hidden_rows: usize,
    /// The ETag a `PATCH` sends back as `If-Match`.
    pub etag: String,
}

/// The response header every export of an out-of-date analysis carries (`true`).
pub const STALE_HEADER: &str = "x-rfp-analysis-stale";

/// What an out-of-date export says, in the file itself.
pub(super) fn stale_warning(p: &Proposal) -> String {
    format!(
        "OUT OF DATE: the tender package changed (a document was added, replaced or deleted) after this analysis was made. Analyse it again (POST /api/proposals/{}/analyze-rfp with {{\"force\": true}}, or `rfp analyze` again) before relying on it.",
        p.id
    )
}

/// `response` with [`STALE_HEADER`] when the proposal's analysis is of an older package.
pub(super) fn mark_stale(p: &Proposal, mut response: Response) -> Response {
    if p.analysis_is_stale() {
        response.headers_mut().insert(
            header::HeaderName::from_static(STALE_HEADER),
            header::HeaderValue::from_static("true"),
        );
    }
    response
}

/// The rows of an analysis: its `requirements`, or, for an analysis without them (an
/// older one, or a model that gave only the original field), its
/// `mandatory_requirements` as binding rows.
pub(super) fn rows(result: &Value, document: &str) -> Vec<Row> {
    let data = &result["extracted_data"];
    let text_of = |v: &Value| match v {
        Value::String(s) => Some(s.clone()),
        Value::Object(o) => o.get("text").and_then(Value::as_str).map(str::to_owned),
        _ => None,
    };
    let s = |v: &Value, k: &str| v[k].as_str().unwrap_or_default().to_owned();
    let mut out = Vec::new();
    if let Some(list) = data["requirements"].as_array() {
        let hidden = result["workspace"]["hidden_rows"].as_array();
        for r in list
            .iter()
            .chain(hidden.into_iter().flatten())
            .take(MAX_ROWS)
        {
            let Some(text) = text_of(r) else { continue };
            out.push(Row {
                id: s(r, "id"),
                text,
                modality: s(r, "modality"),
                mandatory: r["mandatory"].as_bool().unwrap_or(true),
                category: s(r, "category"),
                section: s(r, "section"),
                page: r["page"].as_u64(),
                document: r["document"]
                    .as_str()
                    .or_else(|| r["filename"].as_str())
                    .unwrap_or(if r["source"] == "team" { "" } else { document })
                    .to_owned(),
                quote: s(r, "quote"),
                source: r["source"].as_str().unwrap_or("analysis").to_owned(),
                response_section: s(r, "response_section"),
                owner: s(r, "owner"),
                status: r["status"].as_str().unwrap_or("open").to_owned(),
                note: s(r, "note"),
                not_a_requirement: r["not_a_requirement"].as_bool().unwrap_or(false),
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
            quote: r["quote"].as_str().unwrap_or_default().to_owned(),
            source: "analysis".into(),
            response_section: String::new(),
            owner: String::new(),
            status: "open".into(),
            note: String::new(),
            not_a_requirement: false,
        });
    }
    out
}

/// Longest cell, in characters: a spreadsheet cell holds at most 32,767, and an
/// analysis from a model could hold more.
const MAX_CELL_CHARS: usize = 32_000;

/// A cell's text: no control characters (see [`rfp_shared::domain::plain_text`]),
/// within the spreadsheet limit.
fn cell(s: &str) -> String {
    let plain = rfp_shared::domain::plain_text(s);
    rfp_shared::domain::cap_chars(&plain, MAX_CELL_CHARS).to_owned()
}

/// A CSV cell that no spreadsheet program runs as a formula ("CSV injection"): text
/// from a document that begins with a tab or a carriage return, or whose first
/// character after any white space is `=`, `+`, `-` or `@`, gets a leading apostrophe,
/// as OWASP advises. The apostrophe shows,
/// the rest of the text is kept as it was, and a number cell (the page) is left alone.
fn csv_cell(s: &str) -> std::borrow::Cow<'_, str> {
    let first = s.chars().next();
    let first_shown = s.trim_start().chars().next();
    if matches!(first, Some('\t' | '\r')) || matches!(first_shown, Some('=' | '+' | '-' | '@')) {
        std::borrow::Cow::Owned(format!("'{s}"))
    } else {
        std::borrow::Cow::Borrowed(s)
    }
}

/// The cells of a row, in [`COLUMNS`] order.
fn cells(r: &Row) -> [String; 13] {
    let status = if r.not_a_requirement {
        "not a requirement"
    } else {
        r.status.as_str()
    };
    [
        cell(&r.id),
        cell(&r.text),
        cell(&r.modality),
        if r.mandatory { "yes" } else { "no" }.to_owned(),
        cell(&r.category),
        cell(&r.section),
        r.page.map(|p| p.to_string()).unwrap_or_default(),
        cell(&r.document),
        cell(&r.quote),
        cell(&r.response_section),
        cell(&r.owner),
        cell(status),
        cell(&r.note),
    ]
}

/// The CSV; an out-of-date analysis's has the `warning` as a first row of its own,
/// above the column names, where a person opening it sees it.
fn csv(rows: &[Row], warning: Option<&str>) -> Result<Vec<u8>, ApiError> {
    let mut w = csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .flexible(true)
        .from_writer(b"\xEF\xBB\xBF".to_vec());
    let failed = |e: csv::Error| ApiError::internal(format!("writing the CSV: {e}"));
    if let Some(warning) = warning {
        w.write_record([warning]).map_err(failed)?;
    }
    w.write_record(COLUMNS).map_err(failed)?;
    for r in rows {
        let cells = cells(r);
        w.write_record(cells.iter().map(|c| csv_cell(c).into_owned()))
            .map_err(failed)?;
    }
    w.into_inner()
        .map_err(|e| ApiError::internal(format!("writing the CSV: {e}")))
}

/// A Markdown table cell: one line of plain text. Pipes are escaped so the row keeps
/// its columns; `<`, `>` and `&` become entities and brackets and backticks are escaped,
/// so text from a document never becomes raw HTML (`<img onerror=…>`), a link or an
/// image (`[x](javascript:…)`) or code in whatever renders the file.
fn md_cell(s: &str) -> String {
    let plain = rfp_shared::domain::plain_text(s);
    let line = plain.split_whitespace().collect::<Vec<_>>().join(" ");
    let mut out = String::with_capacity(line.len());
    for c in line.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '\\' | '|' | '[' | ']' | '`' => {
                out.push('\\');
                out.push(c);
            }
            c => out.push(c),
        }
    }
    out
}

fn markdown(title: &str, rows: &[Row], warning: Option<&str>) -> String {
    let mut out = format!("# Compliance matrix: {}\n\n", md_cell(title));
    if let Some(warning) = warning {
        out.push_str(&format!("> **{}**\n\n", md_cell(warning)));
    }
    out.push_str(&format!("| {} |\n", COLUMNS.join(" | ")));
    out.push_str(&format!("|{}\n", "---|".repeat(COLUMNS.len())));
    for r in rows {
        let line: Vec<String> = cells(r).iter().map(|c| md_cell(c)).collect();
        out.push_str(&format!("| {} |\n", line.join(" | ")));
    }
    out
}

/// The workbook. An out-of-date analysis's matrix sheet is named so, and a second
/// sheet holds the `warning`.
fn xlsx(rows: &[Row], warning: Option<&str>) -> Result<Vec<u8>, rust_xlsxwriter::XlsxError> {
    use rust_xlsxwriter::{Format as Cell, FormatAlign, Workbook};
    let mut book = Workbook::new();
    let sheet = book.add_worksheet();
    sheet.set_name(if warning.is_some() {
        "Matrix (OUT OF DATE)"
    } else {
        "Compliance matrix"
    })?;
    let header = Cell::new()
        .set_bold()
        .set_background_color("D9E1F2")
        .set_text_wrap()
        .set_align(FormatAlign::Top);
    let plain = Cell::new().set_text_wrap().set_align(FormatAlign::Top);
    let binding = plain.clone().set_bold();
    for (c, (name, width)) in COLUMNS
        .iter()
        .zip([12, 60, 10, 10, 14, 30, 6, 24, 50, 20, 14, 14, 30])
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
    if let Some(warning) = warning {
        let note = book.add_worksheet();
        note.set_name("Out of date")?;
        note.set_column_width(0, 100)?;
        note.write_string_with_format(0, 0, warning, &Cell::new().set_bold().set_text_wrap())?;
    }
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
    description = "Every requirement statement of the analysed RFP with its modality, whether it binds, category, section, page, document and verbatim quote, plus the team's Response section, Owner, Status and Note (from `PATCH` on this path); `owner` and `status` filter the rows, `hidden=true` adds the rows the team marked not a requirement. `format=csv` is RFC 4180 in UTF-8 with a byte-order mark; `xlsx` a workbook with a frozen, filtered header and mandatory rows in bold; `md` a Markdown table. The file formats come as attachments named after the proposal.",
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
    super::workspace::SeenProposal { proposal, etag, .. }: super::workspace::SeenProposal,
) -> Result<Response, ApiError> {
    let result = completed_result(&proposal)?;
    let document = proposal
        .document
        .as_ref()
        .and_then(|d| d.filename.clone())
        .unwrap_or_default();
    let mut rows = rows(result, &document);
    let hidden_rows = rows.iter().filter(|r| r.not_a_requirement).count();
    if let Some(status) = query.status.as_deref()
        && rfp_shared::workspace::RowStatus::parse(status).is_none()
    {
        return Err(ApiError::new(
            ProblemCode::InvalidQuery,
            "`status` is one of open, in_progress, answered, compliant, not_applicable.",
        ));
    }
    rows.retain(|r| {
        (query.hidden == Some(true) || !r.not_a_requirement)
            && query.owner.as_deref().is_none_or(|o| r.owner == o)
            && query.status.as_deref().is_none_or(|s| r.status == s)
    });
    let warning = proposal
        .analysis_is_stale()
        .then(|| stale_warning(&proposal));
    let warning = warning.as_deref();
    let attachment = |ext: &str| {
        format!(
            "attachment; filename=\"{}\"",
            file_name(&proposal, "compliance-matrix", ext)
        )
    };
    let response = match query.format.unwrap_or_default() {
        Format::Json => axum::Json(Matrix {
            proposal_id: proposal.id.to_string(),
            stale: warning.is_some(),
            columns: COLUMNS.iter().map(|c| (*c).to_owned()).collect(),
            rows,
            hidden_rows,
            etag: etag.clone(),
        })
        .into_response(),
        Format::Csv => (
            [
                (header::CONTENT_TYPE, "text/csv; charset=utf-8".to_owned()),
                (header::CONTENT_DISPOSITION, attachment("csv")),
            ],
            csv(&rows, warning)?,
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
            markdown(&proposal.title, &rows, warning),
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
            xlsx(&rows, warning)
                .map_err(|e| ApiError::internal(format!("writing the workbook: {e}")))?,
        )
            .into_response(),
    };
    Ok(super::workspace::tagged(
        &etag,
        mark_stale(&proposal, response),
    ))
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
            quote: text.into(),
            source: "analysis".into(),
            response_section: String::new(),
            owner: String::new(),
            status: "open".into(),
            note: String::new(),
            not_a_requirement: false,
        }
    }

    #[test]
    fn csv_quotes_what_needs_it_and_starts_with_a_byte_order_mark() {
        let bytes = csv(
            &[row("Le dossier doit être rédigé, \"en français\".", true)],
            None,
        )
        .unwrap();
        assert!(bytes.starts_with(b"\xEF\xBB\xBF"));
        let text = String::from_utf8(bytes[3..].to_vec()).unwrap();
        let mut lines = text.split("\r\n");
        assert_eq!(lines.next().unwrap(), COLUMNS.join(","));
        assert_eq!(
            lines.next().unwrap(),
            "REQ-1,\"Le dossier doit être rédigé, \"\"en français\"\".\",must,yes,format,6. Format,3,rfp.pdf,\"Le dossier doit être rédigé, \"\"en français\"\".\",,,open,"
        );
    }

    #[test]
    fn a_workbook_is_written_even_for_a_cell_past_the_spreadsheet_limit() {
        let long = "x".repeat(100_000);
        let bytes = xlsx(&[row(&long, true), row("short", false)], None).unwrap();
        assert!(bytes.starts_with(b"PK"));
    }

    #[test]
    fn markdown_cells_keep_to_one_line_and_escape_pipes() {
        let md = markdown("T", &[row("A | B\nC", false)], None);
        assert!(md.contains("| REQ-1 | A \\| B C | must | no |"), "{md}");
    }

    /// The rows of a CSV export, as a spreadsheet program's importer reads them.
    fn csv_records(bytes: &[u8]) -> Vec<Vec<String>> {
        csv::ReaderBuilder::new()
            .has_headers(false)
            .flexible(true)
            .from_reader(&bytes[3..])
            .records()
            .map(|r| r.unwrap().iter().map(str::to_owned).collect())
            .collect()
    }

    #[test]
    fn csv_cells_that_a_spreadsheet_would_run_as_formulas_are_neutralised() {
        let hostile = [
            "=HYPERLINK(\"http://attacker.example/\",\"click\") The bidder must sign.",
            "+1+cmd|' /C calc'!A0",
            "-2+3",
            "@SUM(1+1)",
            "\t=1+1",
            "\r=1+1",
            "  =1+1",
        ];
        let mut rows: Vec<Row> = hostile.iter().map(|t| row(t, true)).collect();
        rows[0].document = "=cmd|' /C calc'!A0.pdf".into();
        rows[1].section = "@evil".into();
        let records = csv_records(&csv(&rows, None).unwrap());
        for (record, text) in records[1..].iter().zip(hostile) {
            let cell = &record[1];
            assert!(cell.starts_with('\''), "{cell:?} would run as a formula");
            // Readable: the text is all there after the apostrophe, less its controls.
            assert_eq!(cell[1..], *rfp_shared::domain::plain_text(text), "{cell:?}");
        }
        assert_eq!(records[1][7], "'=cmd|' /C calc'!A0.pdf");
        assert_eq!(records[2][5], "'@evil");
        // Plain text and numbers are left alone.
        let plain = csv_records(&csv(&[row("The bidder must sign.", true)], None).unwrap());
        assert_eq!(plain[1][1], "The bidder must sign.");
        assert_eq!(plain[1][6], "3");
    }

    #[test]
    fn no_export_carries_a_control_character() {
        let text = "Bids close 17:00.\rEND:VEVENT\u{1b}[2J\u{0}\u{9b}31m done";
        let rows = [row(text, true)];
        let csv_bytes = csv(&rows, None).unwrap();
        let md = markdown("Title\u{1b}]0;pwned\u{7}", &rows, None);
        let book = xlsx(&rows, None).unwrap();
        let sheet = sheet_xml(&book);
        for (what, out) in [
            ("csv", String::from_utf8(csv_bytes).unwrap()),
            ("md", md),
            ("xlsx", sheet),
        ] {
            let bad: Vec<char> = out
                .chars()
                .filter(|c| c.is_control() && !matches!(c, '\n' | '\r' | '\t'))
                .collect();
            assert!(bad.is_empty(), "{what} holds {bad:?}");
            assert!(!out.contains("\rEND"), "{what} keeps the bare CR");
            // Nor the escaped forms a workbook writer would use for them.
            assert!(
                !out.contains("_x001B_") && !out.contains("_x0000_"),
                "{what}"
            );
        }
    }

    /// The first worksheet's XML of a workbook.
    fn sheet_xml(book: &[u8]) -> String {
        use std::io::Read;
        let mut zip = zip::ZipArchive::new(std::io::Cursor::new(book)).unwrap();
        let mut xml = String::new();
        zip.by_name("xl/worksheets/sheet1.xml")
            .unwrap()
            .read_to_string(&mut xml)
            .unwrap();
        xml
    }

    #[test]
    fn the_workbook_holds_formula_like_text_as_plain_strings() {
        let book = xlsx(&[row("=HYPERLINK(\"http://x\",\"y\")", true)], None).unwrap();
        let xml = sheet_xml(&book);
        assert!(!xml.contains("<f>"), "a formula cell: {xml}");
        assert!(xml.contains("t=\"s\"") || xml.contains("t=\"inlineStr\""));
    }

    #[test]
    fn markdown_cells_carry_no_html_links_or_images() {
        let md = markdown(
            "<script>alert(1)</script>",
            &[row(
                "<img src=x onerror=alert(1)> [click](javascript:alert(1)) ![i](http://x/t.png) <javascript:alert(1)> `code` a & b",
                true,
            )],
            None,
        );
        for raw in ["<img", "<script", "<javascript", "`code`"] {
            assert!(!md.contains(raw), "{raw} in {md}");
        }
        // A link's brackets are escaped, so `](` never closes one.
        assert!(
            md.match_indices("](")
                .all(|(at, _)| md[..at].ends_with('\\')),
            "{md}"
        );
        assert!(md.contains("&lt;img src=x onerror=alert(1)&gt;"), "{md}");
        assert!(md.contains("\\[click\\](javascript:alert(1))"), "{md}");
        assert!(md.contains("a &amp; b"), "{md}");
    }

    #[test]
    fn an_out_of_date_analysis_says_so_in_every_file() {
        let warning = "OUT OF DATE: re-analyse";
        let records = csv_records(&csv(&[row("x", true)], Some(warning)).unwrap());
        assert_eq!(records[0], vec![warning.to_owned()]);
        assert_eq!(records[1][0], "ID");
        assert!(markdown("T", &[], Some(warning)).contains("> **OUT OF DATE: re-analyse**"));
        let book = xlsx(&[row("x", true)], Some(warning)).unwrap();
        let mut zip = zip::ZipArchive::new(std::io::Cursor::new(book)).unwrap();
        let mut workbook = String::new();
        std::io::Read::read_to_string(&mut zip.by_name("xl/workbook.xml").unwrap(), &mut workbook)
            .unwrap();
        assert!(workbook.contains("Matrix (OUT OF DATE)"), "{workbook}");
        assert!(workbook.contains("Out of date"), "{workbook}");
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
