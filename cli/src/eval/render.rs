//! The report as a terminal table: each document's fields, the figures of the whole
//! set, of each part of the split and each language, the packages and the matrix.

use std::collections::BTreeMap;

use super::{DocReport, FieldFigures, PartFigures};
use crate::score::matrix::{self, MatrixScore};
use crate::score::{FIELDS, Outcome};

use super::Report;

pub(super) fn mark(o: Outcome) -> &'static str {
    match o {
        Outcome::Right => "ok",
        Outcome::RightEmpty => "ok-",
        Outcome::Wrong => "WRONG",
        Outcome::Missed => "missed",
        Outcome::Invented => "INVENTED",
        Outcome::Trap => "TRAP",
        Outcome::NotScored => "",
    }
}

/// The per-document table and the per-field figures, as text.
pub fn render(report: &Report) -> String {
    let mut out = String::new();
    out.push_str(&format!(
        "rfp eval: {} documents, engine {} ({}), provider {}, prompt {}\n\n",
        report.documents.len(),
        report.engine.as_deref().unwrap_or("?"),
        report.model_id.as_deref().unwrap_or("?"),
        report.provider.as_deref().unwrap_or("?"),
        report
            .prompt
            .as_ref()
            .map(|p| format!("{}/{}", p["id"].as_str().unwrap_or("?"), p["version"]))
            .unwrap_or_else(|| "?".into()),
    ));
    out.push_str(&format!(
        "| {:<58} | {:<8} | {:<8} | {:<8} | {:<8} | {:<6} | {:<8} | {:>8} |\n",
        "document", "deadline", "time", "budget", "title", "issuer", "language", "model ms"
    ));
    out.push_str(&format!(
        "|{:-<60}|{:-<10}|{:-<10}|{:-<10}|{:-<10}|{:-<8}|{:-<10}|{:-<10}|\n",
        "", "", "", "", "", "", "", ""
    ));
    let hidden = |part: &Option<String>| report.blind && part.as_deref() == Some(super::HELD_OUT);
    for d in report.documents.iter().filter(|d| !hidden(&d.part)) {
        match &d.score {
            Some(s) => out.push_str(&format!(
                "| {:<58} | {:<8} | {:<8} | {:<8} | {:<8} | {:<6} | {:<8} | {:>8} |\n",
                d.document,
                mark(s.deadline),
                mark(s.deadline_time),
                mark(s.budget),
                mark(s.title),
                mark(s.issuer),
                mark(s.language),
                d.model_ms.map(|m| format!("{m:.1}")).unwrap_or_default(),
            )),
            None => out.push_str(&format!(
                "| {:<58} | {} {}\n",
                d.document,
                d.status,
                d.error.as_deref().unwrap_or("")
            )),
        }
    }
    let kept_out = report.documents.iter().filter(|d| hidden(&d.part)).count();
    if kept_out > 0 {
        out.push_str(&format!(
            "\n{kept_out} held-out documents are kept out of sight (--blind): only their part's figures are shown\n"
        ));
    }
    out.push_str("\n| field | right | of | accuracy | right where stated | invented | traps |\n|---|---|---|---|---|---|---|\n");
    for f in FIELDS {
        if let Some(e) = report.fields.get(f) {
            out.push_str(&format!(
                "| {f} | {} | {} | {:.0} % | {}/{} | {} | {} |\n",
                e.right,
                e.scored,
                e.accuracy * 100.0,
                e.stated_right,
                e.stated,
                e.invented,
                e.traps
            ));
        }
    }
    out.push_str(&format!(
        "\naccuracy (mean of deadline, budget, title, issuer): {:.1} %\n",
        report.accuracy * 100.0
    ));
    if let (Some(m), Some(x)) = (report.median_model_ms, report.median_extract_ms) {
        out.push_str(&format!(
            "median per document: model {m:.1} ms, extraction {x:.1} ms\n"
        ));
    }
    render_parts(report, &mut out);
    render_packages(report, &mut out);
    render_matrix(report, &mut out);
    out
}

/// `right/of` of a field in some figures.
pub(super) fn cell(fields: &BTreeMap<String, FieldFigures>, field: &str) -> String {
    fields
        .get(field)
        .map(|e| format!("{}/{}", e.right, e.scored))
        .unwrap_or_else(|| "-".into())
}

/// The whole set, each part of the split and each language, side by side.
pub(super) fn render_parts(report: &Report, out: &mut String) {
    if report.parts.is_empty() && report.languages.len() < 2 {
        return;
    }
    out.push_str("\n| part | documents |");
    for f in FIELDS {
        out.push_str(&format!(" {f} |"));
    }
    out.push_str(" accuracy |\n|---|---|");
    out.push_str(&"---|".repeat(FIELDS.len() + 1));
    out.push('\n');
    let whole = PartFigures {
        documents: report
            .documents
            .iter()
            .filter(|d| d.score.is_some())
            .count(),
        fields: report.fields.clone(),
        accuracy: report.accuracy,
    };
    let rows = std::iter::once(("all".to_owned(), &whole))
        .chain(report.parts.iter().map(|(k, v)| (k.clone(), v)))
        .chain(
            report
                .languages
                .iter()
                .map(|(k, v)| (format!("language {k}"), v)),
        );
    for (name, p) in rows {
        out.push_str(&format!("| {name} | {} |", p.documents));
        for f in FIELDS {
            out.push_str(&format!(" {} |", cell(&p.fields, f)));
        }
        out.push_str(&format!(" {:.1} % |\n", p.accuracy * 100.0));
    }
    render_name_misses(report, out);
}

/// How the titles and issuers that are not right differ from their labels, per part,
/// as counts only (a held-out name is never shown).
fn render_name_misses(report: &Report, out: &mut String) {
    let mut lines = Vec::new();
    let parts = std::iter::once(("all", &report.fields))
        .chain(report.parts.iter().map(|(k, v)| (k.as_str(), &v.fields)));
    for (name, fields) in parts {
        let mut said = Vec::new();
        for field in ["title", "issuer"] {
            let Some(f) = fields.get(field) else { continue };
            let wrong = f.scored - f.right;
            if wrong == 0 {
                continue;
            }
            let how: Vec<String> = crate::score::NameMiss::ALL
                .iter()
                .filter_map(|m| {
                    let n = f.misses.get(m.describe()).copied().unwrap_or(0);
                    (n > 0).then(|| format!("{n} {}", m.describe()))
                })
                .collect();
            said.push(format!("{field} {wrong} ({})", how.join(", ")));
        }
        if !said.is_empty() {
            lines.push(format!("  {name}: {}\n", said.join("; ")));
        }
    }
    if !lines.is_empty() {
        out.push_str("\nnames not right, per part, by how they differ from the label's words:\n");
        out.extend(lines);
    }
}

pub(super) fn render_packages(report: &Report, out: &mut String) {
    if report.packages.is_empty() {
        return;
    }
    out.push_str("\npackages:\n| package | part | deadline | time | budget | title | issuer | changes |\n|---|---|---|---|---|---|---|---|\n");
    let hidden =
        |p: &&super::PackageReport| report.blind && p.part.as_deref() == Some(super::HELD_OUT);
    for p in report.packages.iter().filter(|p| !hidden(p)) {
        let Some(s) = &p.score else {
            out.push_str(&format!(
                "| {} | {} | {} {} |\n",
                p.package,
                p.part.as_deref().unwrap_or("-"),
                p.status,
                p.error.as_deref().unwrap_or("")
            ));
            continue;
        };
        let changes = p.changes.as_ref().map_or("-".to_owned(), |c| {
            if c.right {
                "ok".to_owned()
            } else {
                format!(
                    "WRONG (missing {:?}, unexpected {:?})",
                    c.missing, c.unexpected
                )
            }
        });
        out.push_str(&format!(
            "| {} | {} | {} | {} | {} | {} | {} | {changes} |\n",
            p.package,
            p.part.as_deref().unwrap_or("-"),
            mark(s.deadline),
            mark(s.deadline_time),
            mark(s.budget),
            mark(s.title),
            mark(s.issuer),
        ));
        if let Some(c) = &p.changes {
            for r in &c.reported {
                out.push_str(&format!("    reported change {r}\n"));
            }
        }
    }
}

pub(super) fn share(t: matrix::Tally) -> String {
    match t.share() {
        Some(x) => format!("{}/{} ({:.0} %)", t.found, t.of, x * 100.0),
        None => "-".into(),
    }
}

/// The matrix against the hand counts: per document, per part, then what was missed
/// and the rows no count covers, for a person to judge.
pub(super) fn render_matrix(report: &Report, out: &mut String) {
    let counted: Vec<&DocReport> = report
        .documents
        .iter()
        .filter(|d| d.matrix.is_some())
        .collect();
    if counted.is_empty() {
        return;
    }
    out.push_str("\ncompliance matrix against the hand counts (eval/matrix/):\n| document | part | rows | recall | without modal | rows binding (strict precision) | non-requirements found | category right | section right | rows matched to neither |\n|---|---|---|---|---|---|---|---|---|---|\n");
    let line = |name: &str, part: &str, m: &MatrixScore, unmatched: String| {
        format!(
            "| {name} | {part} | {} | {} | {} | {} | {} | {} | {} | {unmatched} |\n",
            m.rows,
            share(m.recall),
            share(m.without_modal),
            share(m.rows_binding),
            share(m.non_requirements),
            share(m.category),
            share(m.section),
        )
    };
    for d in &counted {
        let m = d.matrix.as_ref().expect("filtered");
        out.push_str(&line(
            &d.document,
            d.part.as_deref().unwrap_or("-"),
            m,
            m.unmatched_rows.len().to_string(),
        ));
    }
    for (name, m) in &report.matrix {
        out.push_str(&line(name, "", m, String::new()));
    }
    out.push_str("\nrecall per shape, per part:\n");
    for (name, m) in &report.matrix {
        let shapes: Vec<String> = m
            .by_shape
            .iter()
            .map(|(shape, t)| format!("{shape} {}", share(*t)))
            .collect();
        out.push_str(&format!("  {name}: {}\n", shapes.join(", ")));
    }
    out.push_str("\ncategories not right, per part (want→got, most often first):\n");
    for (name, m) in &report.matrix {
        let mut pairs: Vec<(&String, &usize)> = m.category_confusions.iter().collect();
        pairs.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
        let pairs: Vec<String> = pairs.iter().map(|(p, n)| format!("{p} {n}")).collect();
        out.push_str(&format!(
            "  {name}: {} wrong, {} of them with the section wrong too: {}\n",
            m.category.of - m.category.found,
            m.category_wrong_section_wrong,
            pairs.join(", ")
        ));
    }
    out.push_str("\nwhat the misses are, per part (a row that holds the first or last half of a missed statement's words cut it or split it; a wrong section is no section, or another):\n");
    for (name, m) in &report.matrix {
        out.push_str(&format!(
            "  {name}: missed {}, {} of them in part of a row and {} in none; section wrong {}, {} with none and {} another ({} of them another row's section, {} holding half its words or more, {} opening a row's text)\n",
            m.missed_count(),
            m.missed_in_part,
            m.missed_count() - m.missed_in_part,
            m.section.of - m.section.found,
            m.section_empty,
            m.section.of - m.section.found - m.section_empty,
            m.section_elsewhere,
            m.section_near,
            m.section_in_text,
        ));
    }
    for d in &counted {
        let m = d.matrix.as_ref().expect("filtered");
        out.push_str(&format!("\n{}:\n", d.document));
        for f in &m.missed {
            out.push_str(&format!("  missed: {f}\n"));
        }
        for f in &m.false_positives {
            out.push_str(&format!("  NOT A REQUIREMENT, in the matrix: {f}\n"));
        }
        for f in &m.wrong_fields {
            out.push_str(&format!("  category/section: {f}\n"));
        }
        for r in &m.unmatched_rows {
            let short: String = r.chars().take(160).collect();
            out.push_str(&format!(
                "  neither (judge): {}\n",
                short.replace('\n', " ")
            ));
        }
    }
}
