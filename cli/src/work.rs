//! The bid team's workspace from a terminal: `rfp set` corrects a fact, `rfp matrix ID
//! --owner … --status …` lists rows, `rfp matrix ID set REQ-… --owner … --status …`
//! works a row, `rfp history ID` shows who changed what. Each write reads the
//! analysis's ETag first and sends it back as `If-Match`, so an edit made meanwhile by
//! someone else is never overwritten: the command says so and changes nothing.

use anyhow::{Context, bail};
use clap::{Args, Subcommand};
use rfp_client::Client;
use serde_json::{Value, json};

use crate::render::terminal_safe;

/// The facts `rfp set` corrects, as the API names them.
pub const FIELDS: &[&str] = &[
    "submission_deadline",
    "questions_deadline",
    "budget",
    "title",
    "issuer",
    "page_limit",
    "submission_method",
];

/// `rfp matrix ID set REQ-…`: the row's team fields.
#[derive(Subcommand)]
pub enum MatrixAction {
    /// Works one row: owner, status, response section, note, or not a requirement.
    Set(RowArgs),
    /// Adds a row of the team's own.
    Add {
        /// The requirement's statement.
        text: String,
        #[arg(long, default_value = "")]
        section: String,
        /// submission, format, eligibility, financial, evaluation, legal, management,
        /// administrative or technical (default technical).
        #[arg(long)]
        category: Option<String>,
    },
}

#[derive(Args)]
pub struct RowArgs {
    /// The row's id (`REQ-…`, or `TEAM-…` for the team's own).
    pub row: String,
    /// Who answers it (`--owner ""` clears it).
    #[arg(long)]
    pub owner: Option<String>,
    /// open, in_progress, answered, compliant or not_applicable.
    #[arg(long)]
    pub status: Option<String>,
    /// Where the response answers it.
    #[arg(long)]
    pub section: Option<String>,
    #[arg(long)]
    pub note: Option<String>,
    /// The analysis was wrong: hide it from the matrix (kept and counted).
    #[arg(long)]
    pub not_a_requirement: bool,
    /// Undo --not-a-requirement.
    #[arg(long, conflicts_with = "not_a_requirement")]
    pub is_a_requirement: bool,
}

/// `VALUE` as the API takes it for `field`: a deadline as `YYYY-MM-DD [HH:MM [ZONE]]`,
/// a budget as `[CUR] MAX`, `[CUR] MIN-MAX` or JSON, a page limit as a number, `none`
/// for "the tender states none", any JSON object as it is.
pub fn parse_value(field: &str, value: &str) -> anyhow::Result<Value> {
    let v = value.trim();
    if v.eq_ignore_ascii_case("none") {
        return Ok(Value::Null);
    }
    if v.starts_with('{') {
        return serde_json::from_str(v).context("the value is not valid JSON");
    }
    Ok(match field {
        "submission_deadline" | "questions_deadline" => {
            let mut parts = v.splitn(3, ' ');
            let date = parts.next().unwrap_or_default();
            let time = parts.next();
            let zone = parts.next();
            json!({ "date": date, "time": time, "time_zone": zone })
        }
        "budget" => {
            let (currency, amounts) = match v.split_once(' ') {
                Some((c, rest)) if c.chars().all(|c| c.is_ascii_alphabetic()) => {
                    (Some(c.to_ascii_uppercase()), rest)
                }
                _ => (None, v),
            };
            let number = |s: &str| -> anyhow::Result<Value> {
                let clean: String = s
                    .chars()
                    .filter(|c| !matches!(c, ',' | '_' | ' '))
                    .collect();
                let n: f64 = clean
                    .parse()
                    .with_context(|| format!("{s:?} is not an amount"))?;
                Ok(json!(n))
            };
            match amounts.split_once('-') {
                Some((min, max)) => {
                    json!({ "min": number(min)?, "max": number(max)?, "currency": currency })
                }
                None => json!({ "max": number(amounts)?, "currency": currency }),
            }
        }
        "page_limit" => json!(
            v.parse::<u64>()
                .with_context(|| format!("{v:?} is not a number of pages"))?
        ),
        _ => json!(v),
    })
}

/// `rfp set ID FIELD VALUE [--note]` (or `--revert`).
pub async fn set_fact(
    client: &Client,
    id: &str,
    field: &str,
    value: Option<&str>,
    note: Option<&str>,
    revert: bool,
) -> anyhow::Result<()> {
    if !FIELDS.contains(&field) {
        bail!("FIELD is one of {}", FIELDS.join(", "));
    }
    let edit = match (revert, value) {
        (true, _) => json!({ "op": "revert", "field": field }),
        (false, Some(v)) => {
            json!({ "op": "set", "field": field, "value": parse_value(field, v)?, "note": note })
        }
        (false, None) => bail!("give VALUE (or --revert)"),
    };
    let current = client.analysis(id).await?;
    let done = client
        .correct(id, &current.etag, &json!({ "edits": [edit] }))
        .await?;
    let shown = &done.body["workspace"]["edited"][field];
    if revert {
        eprintln!("rfp: {field} is the analysis's again");
    } else {
        eprintln!(
            "rfp: {field} set to {} (was {})",
            terminal_safe(&shown["value"].to_string()),
            terminal_safe(&shown["was"].to_string())
        );
    }
    print_conflicts(&done.body);
    Ok(())
}

/// Says which corrections a new analysis disagrees with.
pub fn print_conflicts(analysis: &Value) {
    for c in analysis["workspace"]["conflicts"]
        .as_array()
        .into_iter()
        .flatten()
    {
        let source = c["analysis_source"]["filename"]
            .as_str()
            .unwrap_or("the new analysis");
        eprintln!(
            "rfp: conflict on {}: you set {}; {} says {} (resolve with the page, or PATCH …/analysis {{\"op\": \"resolve\"}})",
            terminal_safe(c["field"].as_str().unwrap_or_default()),
            terminal_safe(&c["yours"].to_string()),
            terminal_safe(source),
            terminal_safe(&c["analysis"].to_string()),
        );
    }
}

/// `rfp matrix ID --owner … --status …`: the rows, one per line.
pub async fn list_rows(
    client: &Client,
    id: &str,
    owner: Option<&str>,
    status: Option<&str>,
    hidden: bool,
) -> anyhow::Result<()> {
    let matrix = client.matrix_rows(id, owner, status, hidden).await?.body;
    let rows = matrix["rows"].as_array().cloned().unwrap_or_default();
    for r in &rows {
        let s = |k: &str| terminal_safe(r[k].as_str().unwrap_or_default()).into_owned();
        let text: String = s("text").chars().take(90).collect();
        println!(
            "{:<13} {:<14} {:<12} {:<10} {}",
            s("id"),
            if r["not_a_requirement"] == true {
                "not a req.".to_owned()
            } else {
                s("status")
            },
            if s("owner").is_empty() {
                "-".to_owned()
            } else {
                s("owner")
            },
            s("section").chars().take(10).collect::<String>(),
            text
        );
    }
    eprintln!(
        "rfp: {} rows{}",
        rows.len(),
        match matrix["hidden_rows"].as_u64() {
            Some(n) if n > 0 && !hidden => format!(" ({n} marked not a requirement: --hidden)"),
            _ => String::new(),
        }
    );
    Ok(())
}

/// `rfp matrix ID set|add …`.
pub async fn work(client: &Client, id: &str, action: MatrixAction) -> anyhow::Result<()> {
    let body = match action {
        MatrixAction::Set(a) => {
            let mut row = serde_json::Map::new();
            row.insert("id".into(), json!(a.row));
            let clearable = |v: String| if v.is_empty() { Value::Null } else { json!(v) };
            if let Some(o) = a.owner {
                row.insert("owner".into(), clearable(o));
            }
            if let Some(s) = a.status {
                row.insert("status".into(), json!(s));
            }
            if let Some(s) = a.section {
                row.insert("response_section".into(), clearable(s));
            }
            if let Some(n) = a.note {
                row.insert("note".into(), clearable(n));
            }
            if a.not_a_requirement || a.is_a_requirement {
                row.insert("not_a_requirement".into(), json!(a.not_a_requirement));
            }
            json!({ "rows": [row] })
        }
        MatrixAction::Add {
            text,
            section,
            category,
        } => json!({ "add": [{ "text": text, "section": section, "category": category }] }),
    };
    let current = client.analysis(id).await?;
    let done = client.work_matrix(id, &current.etag, &body).await?;
    let counts = &done.body["workspace"]["rows"];
    eprintln!(
        "rfp: saved; {} rows shown, {} edited, {} of the team's, {} hidden, {} removed by a re-analysis",
        counts["shown"], counts["edited"], counts["team"], counts["hidden"], counts["removed"]
    );
    Ok(())
}

/// `rfp history ID`: one line per change, newest first.
pub async fn history(client: &Client, id: &str, limit: u32) -> anyhow::Result<()> {
    let page = client.history(id, Some(limit), None).await?;
    for e in page["entries"].as_array().into_iter().flatten() {
        for c in e["changes"].as_array().into_iter().flatten() {
            println!(
                "v{:<4} {} {:<16} {} {}: {} -> {}",
                e["version"],
                terminal_safe(e["at"].as_str().unwrap_or_default()),
                terminal_safe(e["by"].as_str().unwrap_or_default()),
                terminal_safe(c["kind"].as_str().unwrap_or_default()),
                terminal_safe(c["target"].as_str().unwrap_or_default()),
                terminal_safe(&c["before"].to_string()),
                terminal_safe(&c["after"].to_string()),
            );
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_are_read_as_the_api_takes_them() {
        assert_eq!(
            parse_value("submission_deadline", "2027-02-25 17:00 CET").unwrap(),
            json!({ "date": "2027-02-25", "time": "17:00", "time_zone": "CET" })
        );
        assert_eq!(
            parse_value("questions_deadline", "2027-02-01").unwrap(),
            json!({ "date": "2027-02-01", "time": null, "time_zone": null })
        );
        assert_eq!(
            parse_value("budget", "eur 50,000-250,000").unwrap(),
            json!({ "min": 50000.0, "max": 250000.0, "currency": "EUR" })
        );
        assert_eq!(
            parse_value("budget", "1200000").unwrap(),
            json!({ "max": 1200000.0, "currency": null })
        );
        assert!(parse_value("budget", "EUR lots").is_err());
        assert_eq!(parse_value("page_limit", "15").unwrap(), json!(15));
        assert_eq!(parse_value("title", "none").unwrap(), Value::Null);
        assert_eq!(
            parse_value("issuer", " City of X ").unwrap(),
            json!("City of X")
        );
    }
}
