//! An analysis as Markdown, a document a writer pastes into a proposal plan: one
//! section per fact group in reading order (at a glance, deadlines, budget,
//! eligibility, how to submit, required sections, evaluation criteria, contacts,
//! scope, requirements), each fact with its quote and the page the quote is on, "not
//! found in the document" where the analysis found nothing, the engine's notes, and
//! every other key of the analysis at the end so nothing it holds is left out.

use std::collections::HashMap;

use serde_json::Value;

fn text(v: &Value) -> String {
    match v {
        Value::Null => "—".into(),
        Value::String(s) => s.replace('|', "\\|").replace('\n', " "),
        Value::Number(n) => n
            .as_f64()
            .filter(|f| f.fract() == 0.0 && f.abs() >= 1000.0)
            .map(|f| group(f as i64))
            .unwrap_or_else(|| n.to_string()),
        Value::Object(o) => o
            .get("value")
            .or_else(|| o.get("text"))
            .or_else(|| o.get("amount"))
            .map(text)
            .unwrap_or_else(|| v.to_string()),
        other => other.to_string(),
    }
}

/// `1200000` → `1,200,000`.
fn group(n: i64) -> String {
    let digits = n.abs().to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    if n < 0 { format!("-{out}") } else { out }
}

/// The page each verified quote is on, by the JSON pointer of the value it supports.
struct Pages(HashMap<String, u64>);

impl Pages {
    fn of(analysis: &Value) -> Self {
        let mut map = HashMap::new();
        for p in analysis["meta"]["quotes"]["pages"]
            .as_array()
            .into_iter()
            .flatten()
        {
            if let (Some(path), Some(page)) = (p["path"].as_str(), p["page"].as_u64()) {
                let owner = path.rsplit_once('/').map_or(path, |(o, _)| o);
                map.entry(owner.to_owned()).or_insert(page);
            }
        }
        Pages(map)
    }

    /// " (p. 3)" for the value at `pointer`, when its quote was found.
    fn cite(&self, pointer: &str) -> String {
        self.0
            .get(pointer)
            .map(|p| format!(" (p. {p})"))
            .unwrap_or_default()
    }
}

fn quote(v: &Value) -> String {
    v.get("quote")
        .and_then(Value::as_str)
        .map(|q| format!("“{}”", q.replace('|', "\\|").replace('\n', " ")))
        .unwrap_or_default()
}

const NOT_FOUND: &str = "_Not found in the document._\n";

fn table(
    out: &mut String,
    pages: &Pages,
    title: &str,
    pointer: &str,
    rows: &Value,
    columns: &[&str],
) {
    out.push_str(&format!("\n## {title}\n\n"));
    let Some(rows) = rows.as_array().filter(|r| !r.is_empty()) else {
        out.push_str(NOT_FOUND);
        return;
    };
    // A package's rows name their document.
    let mut columns = columns.to_vec();
    if rows.iter().any(|r| r["filename"].is_string()) {
        columns.push("filename");
    }
    out.push_str(&format!("| {} | quote | page |\n|", columns.join(" | ")));
    for _ in 0..columns.len() + 2 {
        out.push_str("---|");
    }
    out.push('\n');
    for (i, row) in rows.iter().enumerate() {
        let cells: Vec<String> = columns.iter().map(|c| text(&row[*c])).collect();
        let page = pages
            .0
            .get(&format!("{pointer}/{i}"))
            .map(u64::to_string)
            .unwrap_or_default();
        out.push_str(&format!(
            "| {} | {} | {page} |\n",
            cells.join(" | "),
            quote(row)
        ));
    }
}

/// Statements (eligibility, requirements…) as a list, each with its quote and page.
fn statements(out: &mut String, pages: &Pages, title: &str, pointer: &str, items: &Value) {
    out.push_str(&format!("\n## {title}\n\n"));
    let Some(items) = items.as_array().filter(|r| !r.is_empty()) else {
        out.push_str(NOT_FOUND);
        return;
    };
    for (i, item) in items.iter().enumerate() {
        let cite = pages.cite(&format!("{pointer}/{i}"));
        let q = quote(item);
        let body = text(item);
        if q.is_empty() || q.trim_matches(['“', '”']) == body {
            out.push_str(&format!("- {body}{cite}\n"));
        } else {
            out.push_str(&format!("- {body}{cite} — {q}\n"));
        }
    }
}

fn list(out: &mut String, value: &Value, depth: usize) {
    let indent = "  ".repeat(depth);
    match value {
        Value::Object(o) => {
            for (k, v) in o {
                if v.is_object() || v.is_array() {
                    out.push_str(&format!("{indent}- **{k}**\n"));
                    list(out, v, depth + 1);
                } else {
                    out.push_str(&format!("{indent}- **{k}**: {}\n", text(v)));
                }
            }
        }
        Value::Array(items) => {
            for item in items {
                if item.is_object() || item.is_array() {
                    out.push_str(&format!("{indent}-\n"));
                    list(out, item, depth + 1);
                } else {
                    out.push_str(&format!("{indent}- {}\n", text(item)));
                }
            }
        }
        other => out.push_str(&format!("{indent}- {}\n", text(other))),
    }
}

/// The submission deadline entry, if the analysis has one.
fn submission(d: &Value) -> Option<(usize, &Value)> {
    d["deadlines"]
        .as_array()?
        .iter()
        .enumerate()
        .find(|(_, x)| x["what"] == "submission")
}

/// The analysis as Markdown; `source` names the document analysed.
/// What the package's amendments and clarifications changed, and what differs from
/// the analysis before this one.
fn changes(out: &mut String, analysis: &Value) {
    let shown = |v: &Value| match v {
        Value::Array(items) => format!("{} items", items.len()),
        other => text(other),
    };
    if let Some(changes) = analysis["changes"].as_array().filter(|c| !c.is_empty()) {
        out.push_str("\n## What the amendments changed\n\n");
        for c in changes {
            let by = c["filename"].as_str().or_else(|| c["document"].as_str());
            out.push_str(&format!(
                "- **{}:** {} → {}{}\n",
                text(&c["field"]),
                shown(&c["before"]),
                shown(&c["after"]),
                by.map(|f| format!(" ({f})")).unwrap_or_default()
            ));
        }
    }
    if let Some(conflicts) = analysis["conflicts"].as_array().filter(|c| !c.is_empty()) {
        out.push_str("\n## Where the documents disagree\n\n");
        for c in conflicts {
            conflict(out, c);
        }
    }
    if let Some(fields) = analysis["changed_since_previous"]["fields"]
        .as_array()
        .filter(|f| !f.is_empty())
    {
        out.push_str("\n## Changed since the previous analysis\n\n");
        for f in fields {
            out.push_str(&format!(
                "- **{}:** {} → {}\n",
                text(&f["field"]),
                shown(&f["before"]),
                shown(&f["after"])
            ));
        }
    }
}

/// One deadline two documents of a package state differently, no precedence settling
/// it: the one shown and the other, each with its document and quote, and why.
fn conflict(out: &mut String, c: &Value) {
    let side = |s: &Value| {
        let from = s["filename"].as_str().or_else(|| s["document_id"].as_str());
        let quote = s["quote"].as_str().filter(|q| !q.is_empty());
        format!(
            "{}{}{}",
            text(&s["value"]),
            from.map(|f| format!(" ({f})")).unwrap_or_default(),
            quote.map(|q| format!(": \"{q}\"")).unwrap_or_default()
        )
    };
    out.push_str(&format!(
        "- **{}** ({} differs): shown {}; the other says {}{}\n",
        text(&c["field"]),
        text(&c["differs"]),
        side(&c["shown"]),
        side(&c["other"]),
        c["why"]
            .as_str()
            .map(|w| format!(" ({w})"))
            .unwrap_or_default()
    ));
}

/// The team's corrections (each with who, the note and what the analysis read) and
/// the conflicts a new analysis raised with them.
fn corrections(out: &mut String, analysis: &Value) {
    let ws = &analysis["workspace"];
    let value = |v: &Value| match v {
        Value::Object(o) if o.contains_key("date") => ["date", "time", "time_zone"]
            .iter()
            .filter_map(|k| o.get(*k).and_then(Value::as_str))
            .collect::<Vec<_>>()
            .join(" "),
        Value::Null => "none".to_owned(),
        other => text(other),
    };
    if let Some(conflicts) = ws["conflicts"].as_array().filter(|c| !c.is_empty()) {
        out.push_str("\n## Conflicts to resolve\n\n");
        for c in conflicts {
            out.push_str(&format!(
                "- **{}:** you set {} ({}); {} says {}\n",
                text(&c["field"]),
                value(&c["yours"]),
                text(&c["yours_by"]),
                c["analysis_source"]["filename"]
                    .as_str()
                    .unwrap_or("the new analysis"),
                value(&c["analysis"])
            ));
        }
    }
    if let Some(edited) = ws["edited"].as_object().filter(|e| !e.is_empty()) {
        out.push_str("\n## Corrected by the team\n\n");
        for (field, e) in edited {
            let note = e["note"]
                .as_str()
                .map(|n| format!(": {n}"))
                .unwrap_or_default();
            out.push_str(&format!(
                "- **{field}:** {} (by {}{note}; the analysis read {})\n",
                value(&e["value"]),
                text(&e["by"]),
                value(&e["was"])
            ));
        }
    }
}

/// Text for a terminal or a file someone will `cat`: no control characters but line
/// feeds, tabs and the CR of a CRLF (CSV and iCalendar end their lines so); an escape
/// sequence in a document's text would otherwise drive the reader's terminal, and a
/// bare CR overwrite the line. A bare CR becomes a line feed; the rest is dropped.
pub fn terminal_safe(s: &str) -> std::borrow::Cow<'_, str> {
    let bytes = s.as_bytes();
    let unsafe_at = |i: usize, c: char| {
        c.is_control()
            && !matches!(c, '\n' | '\t')
            && !(c == '\r' && bytes.get(i + 1) == Some(&b'\n'))
    };
    if !s.char_indices().any(|(i, c)| unsafe_at(i, c)) {
        return std::borrow::Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len());
    for (i, c) in s.char_indices() {
        match c {
            '\r' if unsafe_at(i, c) => out.push('\n'),
            c if unsafe_at(i, c) => {}
            c => out.push(c),
        }
    }
    std::borrow::Cow::Owned(out)
}

/// A string of the analysis as Markdown text: [`terminal_safe`], and `&`, `<`, `>`,
/// backslashes, brackets and backticks escaped, so a document's text never becomes raw
/// HTML (`<img onerror=…>`), a link or image (`[x](javascript:…)`) or a code span in
/// whatever renders the report.
fn md_escape(s: &str) -> String {
    // A Markdown text's lines end in line feeds alone.
    let lf = s.replace("\r\n", "\n");
    let plain = terminal_safe(&lf);
    let mut out = String::with_capacity(plain.len());
    for c in plain.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '\\' | '[' | ']' | '`' => {
                out.push('\\');
                out.push(c);
            }
            c => out.push(c),
        }
    }
    out
}

/// The analysis with every string, keys included, passed through [`md_escape`].
fn escaped(v: &Value) -> Value {
    match v {
        Value::String(s) => Value::String(md_escape(s)),
        Value::Array(a) => Value::Array(a.iter().map(escaped).collect()),
        Value::Object(o) => {
            Value::Object(o.iter().map(|(k, v)| (md_escape(k), escaped(v))).collect())
        }
        other => other.clone(),
    }
}

/// A go/no-go (`GET …/fit`) as a Markdown section: the recommendation, its reasons,
/// and each check with its quote and page.
pub fn fit_markdown(fit: &Value) -> String {
    let mut out = String::from("\n## Go/no-go\n\n");
    let recommendation = match fit["recommendation"].as_str() {
        Some("go") => "**Go**",
        Some("no_go") => "**No go**",
        _ => "**Review**",
    };
    out.push_str(&format!("{recommendation}\n\n"));
    for r in fit["reasons"].as_array().into_iter().flatten() {
        out.push_str(&format!(
            "- {}\n",
            md_escape(r.as_str().unwrap_or_default())
        ));
    }
    out.push_str("\n| check | result | why | quote | page |\n|---|---|---|---|---|\n");
    for c in fit["checks"].as_array().into_iter().flatten() {
        let cell = |k: &str| md_escape(c[k].as_str().unwrap_or_default()).replace('|', "\\|");
        out.push_str(&format!(
            "| {} | {} | {} | {} | {} |\n",
            cell("name"),
            cell("status"),
            cell("why"),
            cell("quote"),
            c["page"]
                .as_u64()
                .map(|p| p.to_string())
                .unwrap_or_default()
        ));
    }
    out
}

/// The analysis as Markdown; see the module's comment. Every text from the analysis
/// and the source's name is escaped first ([`md_escape`]).
pub fn markdown(analysis: &Value, source: Option<&str>) -> String {
    let source = source.map(md_escape);
    markdown_of(&escaped(analysis), source.as_deref())
}

fn markdown_of(analysis: &Value, source: Option<&str>) -> String {
    let d = &analysis["extracted_data"];
    let meta = &analysis["meta"];
    let pages = Pages::of(analysis);
    let mut out = String::new();
    heading(&mut out, analysis, source);

    // At a glance.
    at_a_glance(&mut out, analysis, &pages);
    if let Some(narrative) = analysis["narrative"].as_str() {
        out.push_str(&format!("\n{narrative}\n"));
    }
    changes(&mut out, analysis);
    corrections(&mut out, analysis);

    table(
        &mut out,
        &pages,
        "Deadlines",
        "/extracted_data/deadlines",
        &d["deadlines"],
        &["what", "date", "time", "time_zone"],
    );

    budget(&mut out, &pages, &d["budget"]);

    statements(
        &mut out,
        &pages,
        "Eligibility",
        "/extracted_data/eligibility",
        &d["eligibility"],
    );

    how_to_submit(&mut out, &d["submission"]);

    table(
        &mut out,
        &pages,
        "Required sections",
        "/extracted_data/required_sections",
        &d["required_sections"],
        &["name", "page_limit"],
    );
    table(
        &mut out,
        &pages,
        "Evaluation criteria",
        "/extracted_data/evaluation_criteria",
        &d["evaluation_criteria"],
        &["criterion", "weight_percent", "points"],
    );
    table(
        &mut out,
        &pages,
        "Contacts",
        "/extracted_data/contacts",
        &d["contacts"],
        &["name", "email", "phone"],
    );
    statements(
        &mut out,
        &pages,
        "Geographic scope",
        "/extracted_data/geographic_scope",
        &d["geographic_scope"],
    );
    statements(
        &mut out,
        &pages,
        "Mandatory requirements",
        "/extracted_data/mandatory_requirements",
        &d["mandatory_requirements"],
    );
    if let Some(notes) = d["notes"].as_array().filter(|n| !n.is_empty()) {
        out.push_str("\n## Notes from the analysis\n\n");
        for n in notes {
            out.push_str(&format!("- {}\n", text(n)));
        }
    }
    if let Some(q) = analysis["semantic_query"].as_str() {
        out.push_str(&format!("\n## Search query for past proposals\n\n{q}\n"));
    }
    more(&mut out, analysis);
    unverified(&mut out, meta);
    out
}

/// The title and the byline: the documents read, and who read them.
fn heading(out: &mut String, analysis: &Value, source: Option<&str>) {
    let s = &analysis["summary"];
    let d = &analysis["extracted_data"];
    let meta = &analysis["meta"];
    let title = s["title"]
        .as_str()
        .or_else(|| d["title"]["value"].as_str())
        .unwrap_or("RFP analysis");
    out.push_str(&format!("# {title}\n\n"));
    let engine = analysis["engine"]
        .as_str()
        .or_else(|| meta["engine"].as_str());
    let mut byline = Vec::new();
    match meta["documents"].as_array() {
        Some(docs) if docs.len() > 1 => {
            let named: Vec<String> = docs
                .iter()
                .map(|d| format!("{} ({})", text(&d["filename"]), text(&d["role"])))
                .collect();
            byline.push(format!("Documents: {}", named.join(", ")));
        }
        _ => {
            if let Some(src) = source {
                byline.push(format!("Document: {src}"));
            }
        }
    }
    if let Some(e) = engine {
        let model = meta["model_id"].as_str().unwrap_or("");
        byline.push(match e {
            "extractive" => format!("read by the offline pattern reader ({model}), not an LLM"),
            other => format!("analysed by {other} ({model})"),
        });
    }
    if !byline.is_empty() {
        out.push_str(&format!("_{}_\n\n", byline.join(" · ")));
    }
}

/// The facts at a glance (issuer, deadline, budget, language, focus), each marked when
/// the team edited it; or the summary as text.
fn at_a_glance(out: &mut String, analysis: &Value, pages: &Pages) {
    let s = &analysis["summary"];
    let d = &analysis["extracted_data"];
    if s.is_object() {
        let deadline = submission(d).map(|(i, x)| {
            let mut v = text(&x["date"]);
            for k in ["time", "time_zone"] {
                if let Some(t) = x[k].as_str() {
                    v.push(' ');
                    v.push_str(t);
                }
            }
            v + &pages.cite(&format!("/extracted_data/deadlines/{i}"))
        });
        let budget = {
            let b = &d["budget"];
            let mut v = s["budget_range"].as_str().map(str::to_owned);
            if let (Some(shown), Some(t)) = (&mut v, b["total"].as_object())
                && !shown.contains("(total)")
            {
                shown.push_str(&format!(
                    " (call total {} {})",
                    text(t.get("currency").unwrap_or(&Value::Null)),
                    text(t.get("amount").unwrap_or(&Value::Null))
                ));
            }
            v.map(|v| v + &pages.cite("/extracted_data/budget"))
        };
        let facts = [
            (
                "Issuer",
                text(&s["donor"]) + &pages.cite("/extracted_data/issuer"),
            ),
            (
                "Submission deadline",
                deadline.unwrap_or_else(|| text(&s["deadline"])),
            ),
            ("Budget", budget.unwrap_or_else(|| text(&s["budget_range"]))),
            ("Language", text(&d["language"])),
            ("Focus", text(&s["key_focus"])),
        ];
        for (label, value) in facts {
            let shown = if value == "—" {
                "not found in the document".to_owned()
            } else {
                value
            };
            let field = match label {
                "Issuer" => "issuer",
                "Submission deadline" => "submission_deadline",
                "Budget" => "budget",
                _ => "",
            };
            let mark = match &analysis["workspace"]["edited"][field] {
                Value::Object(e) => format!(
                    " _(edited by {})_",
                    text(e.get("by").unwrap_or(&Value::Null))
                ),
                _ => String::new(),
            };
            out.push_str(&format!("- **{label}:** {shown}{mark}\n"));
        }
    } else if let Some(summary) = s.as_str() {
        out.push_str(summary);
        out.push('\n');
    }
}

/// The budget: its bounds, the call's total, its source, and the amounts that are not
/// the budget.
fn budget(out: &mut String, pages: &Pages, b: &Value) {
    out.push_str("\n## Budget\n\n");
    if b["max"].is_null() && b["min"].is_null() && b["total"].is_null() {
        out.push_str(NOT_FOUND);
    } else {
        for (label, key) in [("Minimum", "min"), ("Maximum", "max")] {
            if !b[key].is_null() {
                out.push_str(&format!(
                    "- **{label}:** {} {}\n",
                    text(&b["currency"]),
                    text(&b[key])
                ));
            }
        }
        if let Some(t) = b["total"].as_object() {
            out.push_str(&format!(
                "- **Total for the call:** {} {} — {}\n",
                text(t.get("currency").unwrap_or(&Value::Null)),
                text(t.get("amount").unwrap_or(&Value::Null)),
                quote(&b["total"])
            ));
        }
        if !quote(b).is_empty() {
            out.push_str(&format!(
                "- Source{}: {}\n",
                pages.cite("/extracted_data/budget"),
                quote(b)
            ));
        }
    }
    if let Some(traps) = b["not_budget"].as_array().filter(|t| !t.is_empty()) {
        out.push_str("\nNot the budget:\n\n");
        for t in traps {
            out.push_str(&format!(
                "- {} {} ({}) — {}\n",
                text(&t["currency"]),
                text(&t["amount"]),
                text(&t["why"]),
                quote(t)
            ));
        }
    }
}

/// How to submit: method, where, format, language, page limit, each with its quote.
fn how_to_submit(out: &mut String, sub: &Value) {
    out.push_str("\n## How to submit\n\n");
    let parts = [
        ("Method", "method", "quote"),
        ("Where", "address", "quote"),
        ("Format", "format", "format_quote"),
        ("Language", "language", "language_quote"),
        ("Page limit", "page_limit", "page_limit_quote"),
    ];
    let mut any = false;
    for (label, key, q) in parts {
        if sub[key].is_null() {
            continue;
        }
        any = true;
        let cited = sub[q]
            .as_str()
            .map(|s| format!(" — “{}”", s.replace('\n', " ")))
            .unwrap_or_default();
        out.push_str(&format!("- **{label}:** {}{cited}\n", text(&sub[key])));
    }
    if !any {
        out.push_str(NOT_FOUND);
    }
}

/// Everything of the analysis no section above shows, so nothing is lost.
fn more(out: &mut String, analysis: &Value) {
    let d = &analysis["extracted_data"];
    let shown = [
        "title",
        "issuer",
        "language",
        "deadlines",
        "budget",
        "eligibility",
        "submission",
        "required_sections",
        "evaluation_criteria",
        "contacts",
        "geographic_scope",
        "mandatory_requirements",
        "notes",
    ];
    let mut rest = serde_json::Map::new();
    if let Some(o) = d.as_object() {
        for (k, v) in o {
            let empty = v.is_null() || v.as_array().is_some_and(Vec::is_empty);
            if !shown.contains(&k.as_str()) && !empty {
                rest.insert(k.clone(), v.clone());
            }
        }
    }
    if let Some(o) = analysis.as_object() {
        for (k, v) in o {
            if ![
                "summary",
                "extracted_data",
                "narrative",
                "semantic_query",
                "meta",
                "engine",
            ]
            .contains(&k.as_str())
            {
                rest.insert(k.clone(), v.clone());
            }
        }
    }
    if !rest.is_empty() {
        out.push_str("\n## More\n\n");
        list(out, &Value::Object(rest), 0);
    }
}

/// The quotes an LLM gave that are not in the document.
fn unverified(out: &mut String, meta: &Value) {
    let unverified = &meta["quotes"]["unverified_quotes"];
    if let Some(u) = unverified.as_array().filter(|u| !u.is_empty()) {
        out.push_str("\n## Quotes not found in the document\n\n");
        for q in u {
            out.push_str(&format!("- {}: {}\n", text(&q["path"]), text(&q["quote"])));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn a_corrected_fact_is_marked_and_a_conflict_listed() {
        let analysis = json!({
            "summary": { "title": "Call", "donor": "Trust", "deadline": "2027-03-20" },
            "extracted_data": { "deadlines": [{ "what": "submission", "date": "2027-03-20", "time": "12:00", "time_zone": "CET", "source": "edited" }] },
            "workspace": {
                "edited": { "submission_deadline": { "value": { "date": "2027-03-20", "time": "12:00", "time_zone": "CET" },
                    "by": "ana", "note": "<b>phoned</b>", "was": { "date": "2027-03-15", "time": "17:00", "time_zone": "CET" } } },
                "conflicts": [{ "field": "submission_deadline", "yours": { "date": "2027-03-20" }, "yours_by": "ana",
                    "analysis": { "date": "2027-03-29" }, "analysis_source": { "filename": "amendment-1.md" } }]
            }
        });
        let md = markdown(&analysis, None);
        assert!(
            md.contains("- **Submission deadline:** 2027-03-20 12:00 CET _(edited by ana)_"),
            "{md}"
        );
        assert!(md.contains("## Conflicts to resolve\n\n- **submission_deadline:** you set 2027-03-20 (ana); amendment-1.md says 2027-03-29"), "{md}");
        assert!(
            md.contains(
                "(by ana: &lt;b&gt;phoned&lt;/b&gt;; the analysis read 2027-03-15 17:00 CET)"
            ),
            "{md}"
        );
    }

    #[test]
    fn a_packages_conflicting_deadlines_are_listed_with_both_quotes() {
        let side = |value: &str, file: &str, quote: &str| json!({ "value": value, "quote": quote, "filename": file, "document_id": "d", "role": "annex" });
        let analysis = json!({
            "summary": { "title": "Call" },
            "extracted_data": {},
            "conflicts": [{ "field": "deadline", "differs": "date",
                "shown": side("2027-03-15 17:00", "rfp.pdf", "Proposals are due 15 March 2027"),
                "other": side("2027-03-22 17:00", "portal.html", "Closing date: 22 March 2027"),
                "why": "an annex completes the main document and does not amend it" }]
        });
        let md = markdown(&analysis, None);
        assert!(
            md.contains("## Where the documents disagree\n\n- **deadline** (date differs): shown 2027-03-15 17:00 (rfp.pdf): \"Proposals are due 15 March 2027\"; the other says 2027-03-22 17:00 (portal.html): \"Closing date: 22 March 2027\" (an annex completes the main document and does not amend it)"),
            "{md}"
        );
        let none = markdown(
            &json!({ "summary": {}, "extracted_data": {}, "conflicts": [] }),
            None,
        );
        assert!(!none.contains("disagree"), "{none}");
    }

    #[test]
    fn the_report_carries_no_html_links_or_escape_sequences() {
        let analysis = json!({
            "summary": { "title": "Call <script>alert(1)</script>\u{1b}]0;pwned\u{7}", "donor": "A & B [x](javascript:alert(1))" },
            "extracted_data": {
                "eligibility": [{ "text": "Be registered <img src=x onerror=alert(1)>\u{1b}[2J", "quote": "![i](http://x/t.png) `code`\rEND" }],
                "notes": ["plain \u{9b}31m note"]
            },
            "meta": { "quotes": { "unverified_quotes": [{ "path": "/x`y", "quote": "q" }] } }
        });
        let md = markdown(&analysis, Some("evil\u{1b}[31m.pdf"));
        assert!(!md.chars().any(|c| c.is_control() && c != '\n'), "{md:?}");
        for raw in ["<script", "<img", "`code`"] {
            assert!(!md.contains(raw), "{raw} in {md}");
        }
        // A link's brackets are escaped, so `](` never closes one.
        assert!(
            md.match_indices("](")
                .all(|(at, _)| md[..at].ends_with('\\')),
            "{md}"
        );
        assert!(
            md.contains("A &amp; B \\[x\\](javascript:alert(1))"),
            "{md}"
        );
        assert!(md.contains("&lt;img src=x onerror=alert(1)&gt;"), "{md}");
        assert_eq!(terminal_safe("a\r\nb\rc\u{1b}[0m"), "a\r\nb\nc[0m");
        assert!(matches!(
            terminal_safe("plain é\tx\n"),
            std::borrow::Cow::Borrowed(_)
        ));
    }

    #[test]
    fn each_fact_group_has_its_section_page_and_not_found() {
        let analysis = json!({
            "summary": { "title": "Road Maintenance Services", "donor": "Ministry of Works", "deadline": "2027-03-15", "budget_range": "up to EUR 250,000", "key_focus": null },
            "extracted_data": {
                "language": "en",
                "deadlines": [{ "what": "submission", "date": "2027-03-15", "time": "17:00", "time_zone": "CET", "quote": "due 15 March 2027, 17:00 CET" }],
                "budget": { "currency": "EUR", "min": null, "max": 250000, "quote": "up to EUR 250,000", "total": { "amount": 1200000, "currency": "EUR", "quote": "EUR 1,200,000 in total" },
                    "not_budget": [{ "amount": 25, "currency": "EUR", "why": "a fee", "quote": "a fee of EUR 25" }] },
                "eligibility": [{ "text": "Registered firms only.", "quote": "Registered firms only." }],
                "submission": { "method": "email", "quote": "by email to bids@works.example" },
                "contacts": [],
                "notes": ["No evaluation criteria were found."]
            },
            "engine": "extractive",
            "meta": { "model_id": "extractive-v2", "quotes": { "pages": [
                { "path": "/extracted_data/deadlines/0/quote", "page": 3 },
                { "path": "/extracted_data/budget/quote", "page": 2 }
            ] } }
        });
        let md = markdown(&analysis, Some("tender.pdf"));
        assert!(md.starts_with("# Road Maintenance Services\n"), "{md}");
        assert!(md.contains("Document: tender.pdf"), "{md}");
        assert!(
            md.contains("offline pattern reader (extractive-v2), not an LLM"),
            "{md}"
        );
        assert!(
            md.contains("- **Submission deadline:** 2027-03-15 17:00 CET (p. 3)"),
            "{md}"
        );
        assert!(
            md.contains("- **Budget:** up to EUR 250,000 (call total EUR 1,200,000) (p. 2)"),
            "{md}"
        );
        assert!(
            md.contains("- **Focus:** not found in the document"),
            "{md}"
        );
        for section in [
            "## Deadlines",
            "## Budget",
            "## Eligibility",
            "## How to submit",
            "## Required sections",
            "## Evaluation criteria",
            "## Contacts",
            "## Notes from the analysis",
        ] {
            assert!(md.contains(section), "{section}: {md}");
        }
        assert!(
            md.contains(
                "| submission | 2027-03-15 | 17:00 | CET | “due 15 March 2027, 17:00 CET” | 3 |"
            ),
            "{md}"
        );
        assert!(md.contains("- EUR 25 (a fee) — “a fee of EUR 25”"), "{md}");
        assert!(
            md.contains("- **Method:** email — “by email to bids@works.example”"),
            "{md}"
        );
        assert!(
            md.contains("## Contacts\n\n_Not found in the document._"),
            "{md}"
        );
        assert!(!md.contains("## More"), "nothing left over: {md}");
    }
}
