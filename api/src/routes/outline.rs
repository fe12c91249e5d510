//! A response skeleton from the analysis: what a bid team otherwise retypes into Word
//! before it writes a line. `GET …/outline?format=docx|md` and `rfp outline`.
//!
//! The sections are the tender's required sections in its order (else one per
//! evaluation criterion, else a plain default), each with its page or word limit, the
//! weighted criteria it answers, the requirements of the compliance matrix it must meet,
//! and a placeholder for the text. A requirement is placed once: in the section whose
//! name shares its words with the requirement's category cue, or the criterion that
//! scores it; the rest (eligibility, format, submission) in a final checklist. The
//! cover page gives the title, issuer, reference, submission deadline with its zone, how
//! and where to submit, the format rules, and the documents to attach. The DOCX is
//! written by `docx-rs` with Word's own heading styles (`heading 1`, `heading 2`, with
//! outline levels, so the navigation pane lists the sections) and the checklist as a
//! table; the Markdown holds the same content.

use axum::Router;
use axum::http::header;
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use serde::{Deserialize, Serialize};
use serde_json::Value;

use rfp_shared::domain::{Proposal, plain_text};

use super::matrix::Row;
use crate::AppState;
use crate::error::{ApiError, CommonErrors, OwnedErrors, Problem};
use crate::extractors::{ProposalPath, Query};

/// Most sections an outline has.
const MAX_SECTIONS: usize = 60;

pub fn router() -> Router<AppState> {
    Router::new().route("/api/proposals/{id}/outline", get(outline_route))
}

/// The form of the outline.
#[derive(Debug, Clone, Copy, Default, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "lowercase")]
pub enum OutlineFormat {
    #[default]
    Docx,
    Md,
}

#[derive(Debug, Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
#[serde(deny_unknown_fields)]
pub struct OutlineQuery {
    /// `docx` (the default) or `md`
    format: Option<OutlineFormat>,
}

/// One section of the response.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Section {
    pub name: String,
    pub page_limit: Option<u64>,
    pub word_limit: Option<u64>,
    /// The evaluation criteria it answers, with their weight as the tender gives it.
    pub criteria: Vec<String>,
    /// The requirements it must meet: `(id, text, mandatory)`.
    pub requirements: Vec<(String, String, bool)>,
}

/// The whole outline.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Outline {
    pub title: String,
    pub cover: Vec<(String, String)>,
    /// Documents to attach, from the requirements that ask for one.
    pub attachments: Vec<String>,
    /// Where the sections come from: `required_sections`, `evaluation_criteria` or
    /// `default`.
    pub source: &'static str,
    pub sections: Vec<Section>,
    /// Requirements no section takes: `(id, text, mandatory, category)`.
    pub checklist: Vec<(String, String, bool, String)>,
}

/// A text of the analysis, trimmed, without control characters.
fn text(v: &Value) -> Option<String> {
    let s = match v {
        Value::String(s) => s.as_str(),
        Value::Object(o) => o
            .get("value")
            .or_else(|| o.get("name"))
            .or_else(|| o.get("criterion"))
            .or_else(|| o.get("text"))
            .and_then(Value::as_str)?,
        _ => return None,
    };
    let s = plain_text(s.trim())
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    (!s.is_empty()).then_some(s)
}

/// The content words of a text, cut to their first five letters (so "budget" and
/// "budgetary", "evaluate" and "evaluation" meet), in any of the engine's languages.
fn stems(s: &str) -> Vec<String> {
    s.to_lowercase()
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.chars().count() >= 4 && !STOP.contains(w))
        .map(|w| w.chars().take(5).collect())
        .collect()
}

/// Words too common in section names to tie anything to a section.
const STOP: &[&str] = &[
    "with",
    "from",
    "that",
    "this",
    "their",
    "your",
    "will",
    "shall",
    "must",
    "plan",
    "section",
    "annex",
    "page",
    "pages",
    "maximum",
    "proposal",
    "project",
    "description",
    "pour",
    "dans",
    "avec",
    "para",
    "della",
    "oder",
    "sowie",
];

/// The requirement categories that belong to a section, and the words of the section
/// names that take them.
const CATEGORY_WORDS: &[(&str, &[&str])] = &[
    (
        "financial",
        &[
            "budget",
            "financ",
            "cost",
            "price",
            "value for money",
            "budg",
            "coût",
            "presupuesto",
            "costi",
            "kosten",
        ],
    ),
    (
        "technical",
        &[
            "design",
            "approach",
            "method",
            "technical",
            "work plan",
            "activit",
            "workplan",
            "méthod",
            "metodolog",
            "technique",
        ],
    ),
    (
        "management",
        &[
            "manag",
            "partner",
            "team",
            "staff",
            "organis",
            "organiz",
            "governance",
            "équipe",
            "equipo",
        ],
    ),
    (
        "evaluation",
        &[
            "monitor",
            "evaluation",
            "m&e",
            "results",
            "indicator",
            "suivi",
            "seguimiento",
        ],
    ),
    ("reporting", &["report", "monitor", "rapport", "informe"]),
];

/// The section whose name shares the most words with `text`, when it shares at least
/// `min` of them (the first such section on a tie).
fn best_overlap(text: &str, sections: &[Section], min: usize) -> Option<usize> {
    let words = stems(text);
    sections
        .iter()
        .enumerate()
        .map(|(i, s)| {
            (
                i,
                stems(&s.name).iter().filter(|w| words.contains(w)).count(),
            )
        })
        .filter(|(_, n)| *n >= min.max(1))
        .max_by_key(|(i, n)| (*n, std::cmp::Reverse(*i)))
        .map(|(i, _)| i)
}

/// The section the theme of `category` names (a financial requirement goes to the
/// budget), if one does.
fn section_of_theme(category: &str, sections: &[Section]) -> Option<usize> {
    let (_, words) = CATEGORY_WORDS.iter().find(|(c, _)| *c == category)?;
    sections
        .iter()
        .position(|s| words.iter().any(|w| s.name.to_lowercase().contains(w)))
}

/// The index of the section `row` belongs to, if any: the one whose name it states (a
/// "must contain" list names the sections), else the one its category's theme names;
/// eligibility, format and submission rules go to the checklist.
fn section_of(row: &Row, sections: &[Section]) -> Option<usize> {
    if let Some(i) = best_overlap(&row.text, sections, 2) {
        return Some(i);
    }
    if matches!(
        row.category.as_str(),
        "eligibility" | "format" | "submission"
    ) {
        return None;
    }
    section_of_theme(&row.category, sections)
}

/// The section a criterion answers: the one sharing most words with it, else the one
/// its theme names (a "value for money" criterion is answered in the budget).
fn section_of_criterion(name: &str, sections: &[Section]) -> Option<usize> {
    best_overlap(name, sections, 1).or_else(|| {
        let lower = name.to_lowercase();
        let (category, _) = CATEGORY_WORDS
            .iter()
            .find(|(_, words)| words.iter().any(|w| lower.contains(w)))?;
        section_of_theme(category, sections)
    })
}

/// A criterion with its weight: "Value for money (15 points)".
fn criterion(c: &Value) -> Option<(String, String)> {
    let name = text(&c["criterion"]).or_else(|| text(c))?;
    let weight = c["weight"]
        .as_f64()
        .map(|w| format!(" ({w}%)"))
        .or_else(|| c["points"].as_f64().map(|p| format!(" ({p} points)")))
        .unwrap_or_default();
    Some((name.clone(), format!("{name}{weight}")))
}

/// Whether a requirement asks for a document to attach: a verb of attaching, or a
/// document's name with a verb of providing ("submit a tax certificate").
fn asks_for_a_document(text: &str) -> bool {
    let t = text.to_lowercase();
    let has = |words: &[&str]| words.iter().any(|w| t.contains(w));
    has(&[
        "attach",
        "enclos",
        "copy of",
        "copies of",
        "joindre",
        "adjunt",
        "allegar",
        "beifüg",
        "beizufüg",
        "anexar",
    ]) || (has(&[
        "certificate",
        "declaration",
        " form",
        "letter of",
        "statement",
        "certificat",
        "attestation",
        "declaración",
        "dichiarazione",
        "bescheinigung",
        "declaração",
    ]) && has(&[
        "submit",
        "provide",
        "include",
        "fournir",
        "produire",
        "presentar",
        "present",
        "vorleg",
        "apresentar",
    ]))
}

/// The outline of a proposal's analysis.
pub fn outline(p: &Proposal, result: &Value) -> Outline {
    let summary = &result["summary"];
    let data = &result["extracted_data"];
    let title = text(&data["title"])
        .or_else(|| text(&summary["title"]))
        .unwrap_or_else(|| plain_text(&p.title).into_owned());

    // The cover.
    let mut cover = cover_of(data, summary);

    // The sections: the tender's own, else its criteria, else a default.
    let criteria: Vec<(String, String)> = data["evaluation_criteria"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(criterion)
        .collect();
    let (source, mut sections) = sections_of(data, &criteria);
    sections.truncate(MAX_SECTIONS);

    // Criteria go to the section that shares most words with them (sections made from
    // the criteria already hold theirs).
    if source == "required_sections" {
        for (name, weighted) in &criteria {
            if let Some(i) = section_of_criterion(name, &sections) {
                sections[i].criteria.push(weighted.clone());
            }
        }
    }
    // All the criteria, weighted, on the cover too: the team plans its pages by them.
    if !criteria.is_empty() {
        cover.push((
            "Evaluation criteria".to_owned(),
            criteria
                .iter()
                .map(|(_, w)| w.as_str())
                .collect::<Vec<_>>()
                .join("; "),
        ));
    }

    // Every requirement once: in its section, else in the checklist.
    let document = p
        .document
        .as_ref()
        .and_then(|d| d.filename.clone())
        .unwrap_or_default();
    let mut checklist = Vec::new();
    let mut attachments = Vec::new();
    for row in super::matrix::rows(result, &document) {
        let text = plain_text(&row.text).into_owned();
        if asks_for_a_document(&text) && attachments.len() < 100 {
            attachments.push(text.clone());
        }
        match section_of(&row, &sections) {
            Some(i) => sections[i]
                .requirements
                .push((row.id.clone(), text, row.mandatory)),
            None => checklist.push((row.id.clone(), text, row.mandatory, row.category.clone())),
        }
    }
    Outline {
        title,
        cover,
        attachments,
        source,
        sections,
        checklist,
    }
}

/// The cover: issuer, reference, submission deadline and how to submit, each when the
/// analysis has it.
fn cover_of(data: &Value, summary: &Value) -> Vec<(String, String)> {
    let mut cover = Vec::new();
    let mut add = |label: &str, value: Option<String>| {
        if let Some(v) = value {
            cover.push((label.to_owned(), v));
        }
    };
    add(
        "Issuer",
        text(&data["issuer"]).or_else(|| text(&summary["donor"])),
    );
    add("Reference", text(&data["reference"]));
    let submission_deadline = data["deadlines"]
        .as_array()
        .and_then(|d| d.iter().find(|d| d["what"] == "submission"))
        .map(|d| {
            [&d["date"], &d["time"], &d["time_zone"]]
                .iter()
                .filter_map(|v| text(v))
                .collect::<Vec<_>>()
                .join(" ")
        });
    add("Submission deadline", submission_deadline);
    let s = &data["submission"];
    add("How to submit", text(&s["method"]));
    add("Where", text(&s["address"]));
    add("Language", text(&s["language"]));
    add("File format", text(&s["format"]));
    add(
        "Page limit",
        s["page_limit"].as_u64().map(|n| format!("{n} pages")),
    );
    add("Font", text(&s["font"]));

    cover
}

/// The sections, and where they come from: the tender's required sections, else one
/// per evaluation criterion, else a default list.
fn sections_of(data: &Value, criteria: &[(String, String)]) -> (&'static str, Vec<Section>) {
    let required: Vec<&Value> = data["required_sections"]
        .as_array()
        .map(|r| r.iter().collect())
        .unwrap_or_default();
    if !required.is_empty() {
        let sections = required
            .iter()
            .filter_map(|r| {
                Some(Section {
                    name: text(r)?,
                    page_limit: r["page_limit"].as_u64(),
                    word_limit: r["word_limit"].as_u64(),
                    ..Section::default()
                })
            })
            .collect();
        ("required_sections", sections)
    } else if !criteria.is_empty() {
        let sections = criteria
            .iter()
            .map(|(name, weighted)| Section {
                name: name.clone(),
                criteria: vec![weighted.clone()],
                ..Section::default()
            })
            .collect();
        ("evaluation_criteria", sections)
    } else {
        let sections = [
            "Executive summary",
            "Understanding of the need",
            "Approach and work plan",
            "Team and experience",
            "Budget",
        ]
        .iter()
        .map(|n| Section {
            name: (*n).to_owned(),
            ..Section::default()
        })
        .collect();
        ("default", sections)
    }
}
/// A Markdown line's text: no HTML, links or code from the document.
fn md(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '\\' | '[' | ']' | '`' | '|' | '*' | '_' | '#' => {
                out.push('\\');
                out.push(c);
            }
            c => out.push(c),
        }
    }
    out
}

/// A section's limits as a reader says them: "at most 1 page".
fn limits(s: &Section) -> Option<String> {
    let mut parts = Vec::new();
    if let Some(p) = s.page_limit {
        parts.push(format!("{p} page{}", if p == 1 { "" } else { "s" }));
    }
    if let Some(w) = s.word_limit {
        parts.push(format!("{w} words"));
    }
    (!parts.is_empty()).then(|| format!("Limit: at most {}", parts.join(", ")))
}

const PLACEHOLDER: &str = "[Write this section here.]";

/// The outline as Markdown.
pub fn markdown(o: &Outline) -> String {
    let mut out = format!("# {}\n\n", md(&o.title));
    out.push_str("Response outline, from the tender's analysis.\n\n");
    for (label, value) in &o.cover {
        out.push_str(&format!("- **{label}:** {}\n", md(value)));
    }
    if !o.attachments.is_empty() {
        out.push_str("\n**Documents to attach**\n\n");
        for a in &o.attachments {
            out.push_str(&format!("- {}\n", md(a)));
        }
    }
    for (i, s) in o.sections.iter().enumerate() {
        out.push_str(&format!("\n## {}. {}\n\n", i + 1, md(&s.name)));
        if let Some(l) = limits(s) {
            out.push_str(&format!("_{l}_\n\n"));
        }
        for c in &s.criteria {
            out.push_str(&format!("- Answers the criterion: {}\n", md(c)));
        }
        for (id, text, mandatory) in &s.requirements {
            let must = if *mandatory { "must" } else { "should" };
            out.push_str(&format!("- [ ] {id} ({must}): {}\n", md(text)));
        }
        out.push_str(&format!("\n{PLACEHOLDER}\n"));
    }
    out.push_str("\n## Compliance checklist\n\n");
    if o.checklist.is_empty() {
        out.push_str("Every requirement is placed in a section above.\n");
    } else {
        out.push_str("| Done | ID | Requirement | Binding | Category |\n|---|---|---|---|---|\n");
        for (id, text, mandatory, category) in &o.checklist {
            out.push_str(&format!(
                "| ☐ | {id} | {} | {} | {} |\n",
                md(text),
                if *mandatory { "yes" } else { "no" },
                md(category)
            ));
        }
    }
    out
}

/// The outline as a Word document.
pub fn docx(o: &Outline) -> Result<Vec<u8>, ApiError> {
    use docx_rs::{Docx, Paragraph, Run, Style, StyleType, Table, TableCell, TableRow};
    let para = |text: &str| Paragraph::new().add_run(Run::new().add_text(text));
    let styled = |text: &str, style: &str| para(text).style(style);
    let mut doc = Docx::new()
        .add_style(
            Style::new("Title", StyleType::Paragraph)
                .name("Title")
                .size(48)
                .bold(),
        )
        .add_style(
            Style::new("Heading1", StyleType::Paragraph)
                .name("heading 1")
                .size(32)
                .bold()
                .outline_lvl(0),
        )
        .add_style(
            Style::new("Heading2", StyleType::Paragraph)
                .name("heading 2")
                .size(26)
                .bold()
                .outline_lvl(1),
        );
    doc = doc
        .add_paragraph(styled(&o.title, "Title"))
        .add_paragraph(para("Response outline, from the tender's analysis."));
    for (label, value) in &o.cover {
        doc = doc.add_paragraph(
            Paragraph::new()
                .add_run(Run::new().add_text(format!("{label}: ")).bold())
                .add_run(Run::new().add_text(value)),
        );
    }
    if !o.attachments.is_empty() {
        doc = doc.add_paragraph(styled("Documents to attach", "Heading2"));
        for a in &o.attachments {
            doc = doc.add_paragraph(para(&format!("• {a}")));
        }
    }
    for (i, s) in o.sections.iter().enumerate() {
        doc = doc.add_paragraph(
            styled(&format!("{}. {}", i + 1, s.name), "Heading1").page_break_before(i == 0),
        );
        if let Some(l) = limits(s) {
            doc = doc.add_paragraph(Paragraph::new().add_run(Run::new().add_text(l).italic()));
        }
        for c in &s.criteria {
            doc = doc.add_paragraph(para(&format!("Answers the criterion: {c}")));
        }
        for (id, text, mandatory) in &s.requirements {
            let must = if *mandatory { "must" } else { "should" };
            doc = doc.add_paragraph(para(&format!("☐ {id} ({must}): {text}")));
        }
        doc = doc.add_paragraph(para(PLACEHOLDER));
    }
    doc = doc.add_paragraph(styled("Compliance checklist", "Heading1"));
    if o.checklist.is_empty() {
        doc = doc.add_paragraph(para("Every requirement is placed in a section above."));
    } else {
        let cell = |t: &str| TableCell::new().add_paragraph(para(t));
        let mut rows = vec![TableRow::new(
            ["Done", "ID", "Requirement", "Binding", "Category"]
                .iter()
                .map(|h| cell(h))
                .collect(),
        )];
        for (id, text, mandatory, category) in &o.checklist {
            rows.push(TableRow::new(vec![
                cell("☐"),
                cell(id),
                cell(text),
                cell(if *mandatory { "yes" } else { "no" }),
                cell(category),
            ]));
        }
        doc = doc.add_table(Table::new(rows));
    }
    let mut out = std::io::Cursor::new(Vec::new());
    doc.build()
        .pack(&mut out)
        .map_err(|e| ApiError::internal(format!("writing the outline: {e}")))?;
    Ok(out.into_inner())
}

#[utoipa::path(
    get,
    path = "/api/proposals/{id}/outline",
    tag = "analysis",
    summary = "A response outline from the analysis (DOCX or Markdown)",
    description = "A skeleton of the response: a cover (title, issuer, reference, submission deadline with its zone, how and where to submit, format rules, documents to attach), then the tender's required sections in its order (else one per evaluation criterion, else a default), each with its page or word limit, the weighted criteria it answers, the requirements it must meet and a placeholder, and a final checklist of the requirements no section takes. Every requirement appears once. `docx` (the default) uses Word's heading styles, so the navigation pane lists the sections; `md` holds the same content.",
    params(ProposalPath, OutlineQuery),
    responses(
        (status = 200, description = "The outline", content(
            (Vec<u8> = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
            (String = "text/markdown"),
        )),
        (status = 400, description = "An unknown format", body = Problem, content_type = "application/problem+json"),
        OwnedErrors,
        (status = 409, description = "No completed analysis yet", body = Problem, content_type = "application/problem+json"),
        CommonErrors,
    ),
)]
pub(crate) async fn outline_route(
    Query(query): Query<OutlineQuery>,
    super::workspace::SeenProposal { proposal, .. }: super::workspace::SeenProposal,
) -> Result<Response, ApiError> {
    let result = super::matrix::completed_result(&proposal)?;
    let o = outline(&proposal, result);
    let attachment = |ext: &str| {
        format!(
            "attachment; filename=\"{}\"",
            super::matrix::file_name(&proposal, "outline", ext)
        )
    };
    let response = match query.format.unwrap_or_default() {
        OutlineFormat::Docx => (
            [
                (
                    header::CONTENT_TYPE,
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
                        .to_owned(),
                ),
                (header::CONTENT_DISPOSITION, attachment("docx")),
            ],
            docx(&o)?,
        )
            .into_response(),
        OutlineFormat::Md => (
            [
                (
                    header::CONTENT_TYPE,
                    "text/markdown; charset=utf-8".to_owned(),
                ),
                (header::CONTENT_DISPOSITION, attachment("md")),
            ],
            markdown(&o),
        )
            .into_response(),
    };
    Ok(super::matrix::mark_stale(&proposal, response))
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn proposal() -> Proposal {
        Proposal::new(
            rfp_shared::ids::Owner::parse("someone").unwrap(),
            "Call".into(),
            chrono::Utc::now(),
        )
    }

    #[test]
    fn without_required_sections_the_criteria_make_the_sections_and_every_requirement_is_placed_once()
     {
        let result = json!({"extracted_data": {
            "evaluation_criteria": [{"criterion": "Technical approach", "weight": 40}, {"criterion": "Budget and value for money", "weight": 30}],
            "requirements": [
                {"id": "REQ-1", "text": "The bidder must describe the work plan.", "category": "technical", "mandatory": true, "section": "3. Approach"},
                {"id": "REQ-2", "text": "The budget must be in EUR.", "category": "financial", "mandatory": true, "section": "5. Budget"},
                {"id": "REQ-3", "text": "Attach a copy of the registration certificate.", "category": "eligibility", "mandatory": true, "section": "2. Eligibility"},
            ]
        }});
        let o = outline(&proposal(), &result);
        assert_eq!(o.source, "evaluation_criteria");
        let names: Vec<&str> = o.sections.iter().map(|s| s.name.as_str()).collect();
        assert_eq!(names, ["Technical approach", "Budget and value for money"]);
        assert_eq!(o.sections[0].criteria, ["Technical approach (40%)"]);
        assert_eq!(o.sections[0].requirements[0].0, "REQ-1");
        assert_eq!(o.sections[1].requirements[0].0, "REQ-2");
        assert_eq!(o.checklist.len(), 1);
        assert_eq!(o.checklist[0].0, "REQ-3");
        assert_eq!(
            o.attachments,
            ["Attach a copy of the registration certificate."]
        );
        let md = markdown(&o);
        assert!(md.contains("## 1. Technical approach"), "{md}");
        assert!(md.contains("| ☐ | REQ-3 |"), "{md}");
    }

    #[test]
    fn an_analysis_with_nothing_gets_the_default_sections_and_a_docx() {
        let o = outline(&proposal(), &json!({"extracted_data": {}}));
        assert_eq!(o.source, "default");
        assert_eq!(o.sections.len(), 5);
        let bytes = docx(&o).unwrap();
        assert!(bytes.starts_with(b"PK"));
    }
}
