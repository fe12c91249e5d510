//! The values the team writes, checked and normalised: texts (control characters
//! out, within their length), deadlines, budgets, list items.

use serde_json::{Value, json};

use super::{EditError, invalid};
use crate::domain::plain_text;
use crate::workspace::{Fact, List, MAX_TEXT_CHARS};

/// A text the team wrote, checked: control characters out, trimmed, within `max`.
pub(super) fn text(what: &str, value: &str, max: usize) -> Result<String, EditError> {
    let clean = plain_text(value).trim().to_owned();
    let n = clean.chars().count();
    if n > max {
        return Err(invalid(format!(
            "`{what}` is {n} characters long; at most {max} are kept."
        )));
    }
    Ok(clean)
}

pub(super) fn optional_text(
    what: &str,
    value: Option<&str>,
    max: usize,
) -> Result<Option<String>, EditError> {
    value
        .map(|v| text(what, v, max))
        .transpose()
        .map(|v| v.filter(|s| !s.is_empty()))
}

pub(super) fn required_text(what: &str, value: &str, max: usize) -> Result<String, EditError> {
    let t = text(what, value, max)?;
    if t.is_empty() {
        return Err(invalid(format!("`{what}` is empty.")));
    }
    Ok(t)
}

/// A deadline as the analysis writes one: `{date, time, time_zone}`.
fn deadline(field: Fact, v: &Value) -> Result<Value, EditError> {
    let Some(o) = v.as_object() else {
        return Err(invalid(format!(
            "`{}` is an object {{\"date\": \"YYYY-MM-DD\", \"time\": \"HH:MM\", \"time_zone\": \"CET\"}}.",
            field.as_str()
        )));
    };
    if let Some(k) = o
        .keys()
        .find(|k| !["date", "time", "time_zone"].contains(&k.as_str()))
    {
        return Err(invalid(format!(
            "`{}` has no key `{k}`: it takes date, time and time_zone.",
            field.as_str()
        )));
    }
    let date = o.get("date").and_then(Value::as_str).unwrap_or_default();
    if chrono::NaiveDate::parse_from_str(date, "%Y-%m-%d").is_err() || date.len() != 10 {
        return Err(invalid(format!(
            "`{}.date` is not a date as YYYY-MM-DD: {}.",
            field.as_str(),
            o.get("date").unwrap_or(&Value::Null)
        )));
    }
    let time = match o.get("time") {
        None | Some(Value::Null) => Value::Null,
        Some(Value::String(t))
            if t.len() == 5 && chrono::NaiveTime::parse_from_str(t, "%H:%M").is_ok() =>
        {
            json!(t)
        }
        Some(other) => {
            return Err(invalid(format!(
                "`{}.time` is not a time as HH:MM (24-hour): {other}.",
                field.as_str()
            )));
        }
    };
    let zone = match o.get("time_zone") {
        None | Some(Value::Null) => Value::Null,
        Some(Value::String(z)) => json!(required_text("time_zone", z, 64)?),
        Some(other) => return Err(invalid(format!("`time_zone` is a text: {other}."))),
    };
    Ok(json!({ "date": date, "time": time, "time_zone": zone }))
}

fn amount(name: &str, v: Option<&Value>) -> Result<Value, EditError> {
    match v {
        None | Some(Value::Null) => Ok(Value::Null),
        Some(Value::Number(n)) if n.as_f64().is_some_and(|f| f.is_finite() && f >= 0.0) => {
            Ok(Value::Number(n.clone()))
        }
        Some(other) => Err(invalid(format!(
            "`budget.{name}` is an amount of zero or more: {other}."
        ))),
    }
}

fn budget(v: &Value) -> Result<Value, EditError> {
    let Some(o) = v.as_object() else {
        return Err(invalid(
            "`budget` is an object {\"min\", \"max\", \"total\", \"currency\"}.",
        ));
    };
    if let Some(k) = o
        .keys()
        .find(|k| !["min", "max", "total", "currency"].contains(&k.as_str()))
    {
        return Err(invalid(format!(
            "`budget` has no key `{k}`: it takes min, max, total and currency."
        )));
    }
    let (min, max, total) = (
        amount("min", o.get("min"))?,
        amount("max", o.get("max"))?,
        amount("total", o.get("total"))?,
    );
    if min.is_null() && max.is_null() && total.is_null() {
        return Err(invalid(
            "`budget` needs at least one of min, max and total (set the fact to null for none).",
        ));
    }
    if let (Some(a), Some(b)) = (min.as_f64(), max.as_f64())
        && a > b
    {
        return Err(invalid(format!(
            "`budget.min` ({a}) is more than `budget.max` ({b})."
        )));
    }
    let currency = match o.get("currency") {
        None | Some(Value::Null) => Value::Null,
        Some(Value::String(c)) if c.len() == 3 && c.chars().all(|c| c.is_ascii_uppercase()) => {
            json!(c)
        }
        Some(other) => {
            return Err(invalid(format!(
                "`budget.currency` is an ISO 4217 code such as EUR: {other}."
            )));
        }
    };
    Ok(json!({ "min": min, "max": max, "total": total, "currency": currency }))
}

/// The value of `field` as the team sets it, checked and normalised.
pub fn fact_value(field: Fact, v: &Value) -> Result<Value, EditError> {
    if v.is_null() {
        return Ok(Value::Null);
    }
    match field {
        Fact::SubmissionDeadline | Fact::QuestionsDeadline => deadline(field, v),
        Fact::Budget => budget(v),
        Fact::Title | Fact::Issuer | Fact::SubmissionMethod => match v {
            Value::String(s) => Ok(json!(required_text(field.as_str(), s, MAX_TEXT_CHARS)?)),
            other => Err(invalid(format!("`{}` is a text: {other}.", field.as_str()))),
        },
        Fact::PageLimit => match v.as_u64() {
            Some(n @ 1..=10_000) => Ok(json!(n)),
            _ => Err(invalid(format!(
                "`page_limit` is a whole number of pages from 1 to 10000: {v}."
            ))),
        },
    }
}

/// A list item as the team adds it: eligibility `{text}`, required sections `{name,
/// page_limit?}`, contacts `{name?, email?, phone?}`.
pub(super) fn list_item(list: List, v: &Value) -> Result<Value, EditError> {
    let Some(o) = v.as_object() else {
        return Err(invalid(format!(
            "An item of `{}` is an object.",
            list.as_str()
        )));
    };
    let allowed: &[&str] = match list {
        List::Eligibility => &["text"],
        List::RequiredSections => &["name", "page_limit"],
        List::Contacts => &["name", "email", "phone"],
    };
    if let Some(k) = o.keys().find(|k| !allowed.contains(&k.as_str())) {
        return Err(invalid(format!(
            "An item of `{}` has no key `{k}`: it takes {}.",
            list.as_str(),
            allowed.join(", ")
        )));
    }
    let mut out = serde_json::Map::new();
    for k in allowed {
        match o.get(*k) {
            None | Some(Value::Null) => {}
            Some(Value::String(s)) => {
                let t = text(k, s, MAX_TEXT_CHARS)?;
                if !t.is_empty() {
                    out.insert((*k).to_owned(), json!(t));
                }
            }
            Some(n)
                if *k == "page_limit" && n.as_u64().is_some_and(|n| (1..=10_000).contains(&n)) =>
            {
                out.insert("page_limit".into(), n.clone());
            }
            Some(other) => return Err(invalid(format!("`{k}` is not valid here: {other}."))),
        }
    }
    let named = match list {
        List::Eligibility => out.contains_key("text"),
        List::RequiredSections => out.contains_key("name"),
        List::Contacts => ["name", "email", "phone"]
            .iter()
            .any(|k| out.contains_key(*k)),
    };
    if !named {
        return Err(invalid(format!(
            "An item of `{}` needs {}.",
            list.as_str(),
            if list == List::Contacts {
                "a name, an e-mail or a phone"
            } else {
                allowed[0]
            }
        )));
    }
    Ok(Value::Object(out))
}

/// The words an item of a list is found by.
pub(crate) fn item_texts(item: &Value) -> Vec<String> {
    ["text", "name", "email", "criterion"]
        .iter()
        .filter_map(|k| item.get(*k).and_then(Value::as_str))
        .map(|s| s.trim().to_lowercase())
        .collect()
}
