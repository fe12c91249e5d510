//! An analysis as Markdown: the summary, deadlines, budget, criteria and sections as
//! tables and lists, each fact with its quote; every other key as nested lists, so
//! nothing the analysis holds is left out.

use serde_json::Value;

fn text(v: &Value) -> String {
    match v {
        Value::Null => "—".into(),
        Value::String(s) => s.replace('|', "\\|").replace('\n', " "),
        Value::Object(o) => o
            .get("value")
            .or_else(|| o.get("text"))
            .map(text)
            .unwrap_or_else(|| v.to_string()),
        other => other.to_string(),
    }
}

fn quote(v: &Value) -> String {
    v.get("quote")
        .and_then(Value::as_str)
        .map(|q| format!("“{}”", q.replace('|', "\\|").replace('\n', " ")))
        .unwrap_or_default()
}

fn table(out: &mut String, title: &str, rows: &Value, columns: &[&str]) {
    let Some(rows) = rows.as_array().filter(|r| !r.is_empty()) else {
        return;
    };
    out.push_str(&format!(
        "\n## {title}\n\n| {} | quote |\n|",
        columns.join(" | ")
    ));
    for _ in 0..=columns.len() {
        out.push_str("---|");
    }
    out.push('\n');
    for row in rows {
        let cells: Vec<String> = columns.iter().map(|c| text(&row[*c])).collect();
        out.push_str(&format!("| {} | {} |\n", cells.join(" | "), quote(row)));
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

pub fn markdown(analysis: &Value) -> String {
    let s = &analysis["summary"];
    let d = &analysis["extracted_data"];
    let mut out = format!("# {}\n\n", s["title"].as_str().unwrap_or("RFP analysis"));
    if s.is_object() {
        for (label, key) in [
            ("Issuer", "donor"),
            ("Deadline", "deadline"),
            ("Budget", "budget_range"),
            ("Focus", "key_focus"),
        ] {
            let v = &s[key];
            let shown = match v {
                Value::Object(b) if b.contains_key("max") || b.contains_key("min") => format!(
                    "{} {}–{}",
                    text(&b["currency"]),
                    text(&b["min"]),
                    text(&b["max"])
                ),
                other => text(other),
            };
            out.push_str(&format!("- **{label}:** {shown}\n"));
        }
    } else if let Some(summary) = s.as_str() {
        out.push_str(summary);
        out.push('\n');
    }
    if let Some(narrative) = analysis["narrative"].as_str() {
        out.push_str(&format!("\n{narrative}\n"));
    }
    table(
        &mut out,
        "Deadlines",
        &d["deadlines"],
        &["what", "date", "time", "time_zone"],
    );
    table(
        &mut out,
        "Evaluation criteria",
        &d["evaluation_criteria"],
        &["criterion", "weight", "points"],
    );
    table(
        &mut out,
        "Required sections",
        &d["required_sections"],
        &["name", "page_limit"],
    );
    table(
        &mut out,
        "Contacts",
        &d["contacts"],
        &["name", "email", "phone"],
    );
    if let Some(q) = analysis["semantic_query"].as_str() {
        out.push_str(&format!("\n## Search query for past proposals\n\n{q}\n"));
    }
    // Everything else, so nothing is lost.
    let shown = [
        "deadlines",
        "evaluation_criteria",
        "required_sections",
        "contacts",
    ];
    let mut rest = serde_json::Map::new();
    if let Some(o) = d.as_object() {
        for (k, v) in o {
            if !shown.contains(&k.as_str()) {
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
        list(&mut out, &Value::Object(rest), 0);
    }
    let unverified = &analysis["meta"]["quotes"]["unverified_quotes"];
    if let Some(u) = unverified.as_array().filter(|u| !u.is_empty()) {
        out.push_str("\n## Quotes not found in the document\n\n");
        for q in u {
            out.push_str(&format!(
                "- `{}`: {}\n",
                text(&q["path"]),
                text(&q["quote"])
            ));
        }
    }
    out
}
