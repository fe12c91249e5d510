//! The assessment: the statements of an analysis (text, quote, page, document), the
//! seven checks run over them, and the recommendation drawn from their outcomes.

use serde::Serialize;
use serde_json::Value;

use rfp_shared::domain::plain_text;

use super::checks::{
    budget, eligibility, geography, language, registered_where, registrations, time_left,
};
use super::profile::Profile;

/// One check of the go/no-go.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct Check {
    pub name: &'static str,
    /// `pass`, `fail` or `unknown`.
    pub status: &'static str,
    pub why: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub quote: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub page: Option<u64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub document: Option<String>,
}

/// The go/no-go of an analysis for a profile.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct Fit {
    pub checks: Vec<Check>,
    /// `go`, `review` or `no_go`.
    pub recommendation: &'static str,
    pub reasons: Vec<String>,
}

/// A statement of the analysis: its text, quote, page and document.
pub(super) struct Statement {
    pub(super) text: String,
    pub(super) quote: Option<String>,
    pub(super) page: Option<u64>,
    pub(super) document: Option<String>,
}

/// The pages the quotes of the analysis were found on, by the pointer of their value.
pub(super) fn page_of(analysis: &Value, pointer: &str) -> Option<u64> {
    analysis["meta"]["quotes"]["pages"]
        .as_array()?
        .iter()
        .find(|p| {
            p["path"]
                .as_str()
                .is_some_and(|path| path.starts_with(pointer))
        })
        .and_then(|p| p["page"].as_u64())
}

pub(super) fn statements(analysis: &Value, key: &str) -> Vec<Statement> {
    let list = &analysis["extracted_data"][key];
    let items: Vec<&Value> = match list {
        Value::Array(a) => a.iter().collect(),
        Value::Null => Vec::new(),
        other => vec![other],
    };
    items
        .into_iter()
        .enumerate()
        .filter_map(|(i, v)| {
            let text = match v {
                Value::String(s) => s.clone(),
                Value::Object(o) => o
                    .get("text")
                    .or_else(|| o.get("value"))
                    .or_else(|| o.get("name"))
                    .and_then(Value::as_str)?
                    .to_owned(),
                _ => return None,
            };
            Some(Statement {
                quote: v["quote"].as_str().map(|q| plain_text(q).into_owned()),
                page: v["page"]
                    .as_u64()
                    .or_else(|| page_of(analysis, &format!("/extracted_data/{key}/{i}"))),
                document: v["document"]
                    .as_str()
                    .or_else(|| v["filename"].as_str())
                    .map(str::to_owned),
                text: plain_text(&text).into_owned(),
            })
        })
        .collect()
}

pub(super) fn check(
    name: &'static str,
    status: &'static str,
    why: String,
    from: Option<&Statement>,
) -> Check {
    Check {
        name,
        status,
        why,
        quote: from.and_then(|s| s.quote.clone().or_else(|| Some(s.text.clone()))),
        page: from.and_then(|s| s.page),
        document: from.and_then(|s| s.document.clone()),
    }
}

/// The go/no-go of `analysis` for `profile`, on `today`.
pub fn assess(profile: &Profile, analysis: &Value, today: chrono::NaiveDate) -> Fit {
    let rules = statements(analysis, "eligibility");
    let checks = vec![
        eligibility(profile, &rules),
        registered_where(profile, &rules),
        geography(profile, analysis),
        budget(profile, analysis),
        time_left(profile, analysis, today),
        language(profile, analysis),
        registrations(profile, analysis),
    ];
    let failed: Vec<String> = checks
        .iter()
        .filter(|c| c.status == "fail")
        .map(|c| format!("{}: {}", c.name, c.why))
        .collect();
    let unknown: Vec<String> = checks
        .iter()
        .filter(|c| c.status == "unknown")
        .map(|c| format!("{} (check it yourself): {}", c.name, c.why))
        .collect();
    let key_pass = ["eligibility", "time"]
        .iter()
        .all(|n| checks.iter().any(|c| c.name == *n && c.status == "pass"));
    let (recommendation, reasons) = if !failed.is_empty() {
        ("no_go", failed)
    } else if key_pass {
        ("go", unknown)
    } else {
        ("review", unknown)
    };
    Fit {
        checks,
        recommendation,
        reasons,
    }
}
