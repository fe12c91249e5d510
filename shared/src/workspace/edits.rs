//! The edits a request makes to a workspace, checked whole before any is applied: one
//! bad edit refuses the request and the workspace stays as it was.

use serde::{Deserialize, Deserializer};
use serde_json::{Value, json};

use super::overlay::{engine_value, requirement_rows};
use super::*;
use crate::domain::plain_text;

/// Why an edit was refused; `code` is the API's problem code.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
#[error("{message}")]
pub struct EditError {
    pub code: &'static str,
    pub message: String,
}

fn invalid(message: impl Into<String>) -> EditError {
    EditError {
        code: "invalid_edit",
        message: message.into(),
    }
}

/// `Some(None)` for an explicit `null`, `None` when the key is absent.
fn present<'de, D: Deserializer<'de>, T: Deserialize<'de>>(
    d: D,
) -> Result<Option<Option<T>>, D::Error> {
    Option::<T>::deserialize(d).map(Some)
}

/// What to keep when a corrected fact is in conflict with a new analysis.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Keep {
    /// The team's value; the conflict is acknowledged.
    Mine,
    /// The analysis's value; the correction is dropped.
    Analysis,
}

/// One edit of `PATCH …/analysis`.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(tag = "op", rename_all = "snake_case", deny_unknown_fields)]
pub enum FactEdit {
    /// Sets a fact; `value` null says the document states none.
    Set {
        field: Fact,
        value: Value,
        #[serde(default)]
        note: Option<String>,
    },
    /// Back to the analysis's value.
    Revert { field: Fact },
    /// Settles a conflict between a correction and a new analysis.
    Resolve { field: Fact, keep: Keep },
    /// Adds an item to a list.
    Add {
        list: List,
        item: Value,
        #[serde(default)]
        note: Option<String>,
    },
    /// Removes the item whose text (or name, or e-mail) is `text`: an analysis's
    /// item is hidden, a team's item deleted.
    Remove { list: List, text: String },
}

/// The body of `PATCH …/analysis`.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FactEdits {
    pub edits: Vec<FactEdit>,
}

/// One row update of `PATCH …/matrix`: each key present is set (null clears it).
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RowUpdate {
    pub id: String,
    #[serde(default, deserialize_with = "present")]
    pub owner: Option<Option<String>>,
    #[serde(default)]
    pub status: Option<RowStatus>,
    #[serde(default, deserialize_with = "present")]
    pub response_section: Option<Option<String>>,
    #[serde(default, deserialize_with = "present")]
    pub note: Option<Option<String>>,
    #[serde(default)]
    pub not_a_requirement: Option<bool>,
}

/// A row the team adds.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NewRow {
    pub text: String,
    #[serde(default)]
    pub section: String,
    #[serde(default)]
    pub category: Option<String>,
    #[serde(default = "yes")]
    pub mandatory: bool,
}

fn yes() -> bool {
    true
}

/// Carries a removed row's edits to the row that replaced it.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Move {
    pub from: String,
    pub to: String,
}

/// The body of `PATCH …/matrix`.
#[derive(Debug, Clone, PartialEq, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MatrixEdits {
    #[serde(default)]
    pub rows: Vec<RowUpdate>,
    #[serde(default)]
    pub add: Vec<NewRow>,
    #[serde(default, rename = "move")]
    pub moves: Vec<Move>,
    /// Team rows to delete (the analysis's rows are marked `not_a_requirement`).
    #[serde(default)]
    pub delete: Vec<String>,
}

impl MatrixEdits {
    fn count(&self) -> usize {
        self.rows.len() + self.add.len() + self.moves.len() + self.delete.len()
    }
}

/// The categories a team row may take (the engine's, in its order).
pub const CATEGORIES: &[&str] = &[
    "submission",
    "format",
    "eligibility",
    "financial",
    "evaluation",
    "legal",
    "management",
    "administrative",
    "technical",
];

/// What the edits are made against: the analysis as recorded and the package it read.
pub struct Against<'a> {
    pub result: &'a Value,
    pub analysed_package: Option<&'a str>,
}

fn too_many(n: usize) -> Result<(), EditError> {
    if n == 0 {
        return Err(invalid("The request holds no edit."));
    }
    if n > MAX_EDITS_PER_REQUEST {
        return Err(EditError {
            code: "too_many_edits",
            message: format!(
                "One request may hold at most {MAX_EDITS_PER_REQUEST} edits; this one holds {n}."
            ),
        });
    }
    Ok(())
}

/// A text the team wrote, checked: control characters out, trimmed, within `max`.
fn text(what: &str, value: &str, max: usize) -> Result<String, EditError> {
    let clean = plain_text(value).trim().to_owned();
    let n = clean.chars().count();
    if n > max {
        return Err(invalid(format!(
            "`{what}` is {n} characters long; at most {max} are kept."
        )));
    }
    Ok(clean)
}

fn optional_text(what: &str, value: Option<&str>, max: usize) -> Result<Option<String>, EditError> {
    value
        .map(|v| text(what, v, max))
        .transpose()
        .map(|v| v.filter(|s| !s.is_empty()))
}

fn required_text(what: &str, value: &str, max: usize) -> Result<String, EditError> {
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
fn list_item(list: List, v: &Value) -> Result<Value, EditError> {
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

/// Applies fact and list edits to `ws`, or none of them; returns the changes made.
pub fn apply_fact_edits(
    ws: &mut Workspace,
    against: &Against<'_>,
    edits: &[FactEdit],
    stamp: &Stamp,
) -> Result<Vec<Change>, EditError> {
    too_many(edits.len())?;
    let mut next = ws.clone();
    let mut changes = Vec::new();
    for edit in edits {
        changes.push(apply_fact_edit(&mut next, against, edit, stamp)?);
    }
    next.updated = Some(stamp.clone());
    *ws = next;
    Ok(changes)
}

fn apply_fact_edit(
    ws: &mut Workspace,
    against: &Against<'_>,
    edit: &FactEdit,
    stamp: &Stamp,
) -> Result<Change, EditError> {
    let change = |kind: &str, target: &str, before: Value, after: Value| Change {
        kind: kind.into(),
        target: target.into(),
        before,
        after,
    };
    match edit {
        FactEdit::Set { field, value, note } => {
            let value = fact_value(*field, value)?;
            let note = optional_text("note", note.as_deref(), MAX_NOTE_CHARS)?;
            let engine = engine_value(against.result, *field);
            let before = ws
                .facts
                .get(field)
                .map_or_else(|| engine.clone(), |c| c.value.clone());
            ws.facts.insert(
                *field,
                Correction {
                    value: value.clone(),
                    stamp: stamp.clone(),
                    note,
                    was: engine,
                    package_sha256: against.analysed_package.map(str::to_owned),
                },
            );
            Ok(change("fact", field.as_str(), before, value))
        }
        FactEdit::Revert { field } => {
            let Some(old) = ws.facts.remove(field) else {
                return Err(invalid(format!(
                    "`{}` was not corrected; there is nothing to revert.",
                    field.as_str()
                )));
            };
            Ok(change(
                "fact",
                field.as_str(),
                old.value,
                engine_value(against.result, *field),
            ))
        }
        FactEdit::Resolve { field, keep } => {
            let engine = engine_value(against.result, *field);
            let Some(c) = ws.facts.get_mut(field) else {
                return Err(invalid(format!(
                    "`{}` was not corrected; there is no conflict to resolve.",
                    field.as_str()
                )));
            };
            if c.was == engine {
                return Err(invalid(format!(
                    "`{}` is not in conflict with the analysis.",
                    field.as_str()
                )));
            }
            let before = json!({ "yours": c.value, "analysis": engine });
            match keep {
                Keep::Mine => {
                    c.was = engine;
                    c.package_sha256 = against.analysed_package.map(str::to_owned);
                    c.stamp = stamp.clone();
                    let after = c.value.clone();
                    Ok(change("conflict", field.as_str(), before, after))
                }
                Keep::Analysis => {
                    ws.facts.remove(field);
                    Ok(change("conflict", field.as_str(), before, engine))
                }
            }
        }
        FactEdit::Add { list, item, note } => {
            let item = list_item(*list, item)?;
            let note = optional_text("note", note.as_deref(), MAX_NOTE_CHARS)?;
            let edits = ws.lists.entry(*list).or_default();
            if edits.added.len() >= MAX_LIST_EDITS {
                return Err(EditError {
                    code: "too_many_edits",
                    message: format!(
                        "At most {MAX_LIST_EDITS} items may be added to `{}`.",
                        list.as_str()
                    ),
                });
            }
            edits.added.push(AddedItem {
                item: item.clone(),
                stamp: stamp.clone(),
                note,
            });
            Ok(change("list", list.as_str(), Value::Null, item))
        }
        FactEdit::Remove { list, text: wanted } => {
            let key = wanted.trim().to_lowercase();
            let edits = ws.lists.entry(*list).or_default();
            if let Some(i) = edits
                .added
                .iter()
                .position(|a| item_texts(&a.item).contains(&key))
            {
                let gone = edits.added.remove(i);
                return Ok(change("list", list.as_str(), gone.item, Value::Null));
            }
            let items = against.result["extracted_data"][list.as_str()]
                .as_array()
                .cloned()
                .unwrap_or_default();
            let Some(found) = items.iter().find(|i| item_texts(i).contains(&key)) else {
                return Err(invalid(format!(
                    "`{}` has no item whose text, name or e-mail is {wanted:?}.",
                    list.as_str()
                )));
            };
            if edits.removed.len() >= MAX_LIST_EDITS {
                return Err(EditError {
                    code: "too_many_edits",
                    message: format!(
                        "At most {MAX_LIST_EDITS} items may be removed from `{}`.",
                        list.as_str()
                    ),
                });
            }
            if !edits.removed.iter().any(|r| r.text == key) {
                edits.removed.push(RemovedItem {
                    text: key,
                    stamp: stamp.clone(),
                });
            }
            Ok(change("list", list.as_str(), found.clone(), Value::Null))
        }
    }
}

/// Applies matrix edits to `ws`, or none of them; returns the changes made.
pub fn apply_matrix_edits(
    ws: &mut Workspace,
    against: &Against<'_>,
    edits: &MatrixEdits,
    stamp: &Stamp,
) -> Result<Vec<Change>, EditError> {
    too_many(edits.count())?;
    let mut next = ws.clone();
    let rows = requirement_rows(against.result);
    let mut changes = Vec::new();
    for m in &edits.moves {
        changes.push(move_edits(&mut next, &rows, m, stamp)?);
    }
    for id in &edits.delete {
        let Some(i) = next.team_rows.iter().position(|r| &r.id == id) else {
            return Err(unknown_row(
                id,
                "Only the team's own rows (TEAM-…) can be deleted; mark an analysis's row `not_a_requirement`.",
            ));
        };
        let gone = next.team_rows.remove(i);
        next.rows.remove(id);
        changes.push(Change {
            kind: "team_row".into(),
            target: id.clone(),
            before: serde_json::to_value(&gone).unwrap_or_default(),
            after: Value::Null,
        });
    }
    for add in &edits.add {
        changes.push(add_row(&mut next, add, stamp)?);
    }
    for u in &edits.rows {
        changes.push(update_row(&mut next, &rows, u, stamp)?);
    }
    if next.rows.len() > MAX_ROW_EDITS {
        return Err(EditError {
            code: "too_many_edits",
            message: format!("At most {MAX_ROW_EDITS} rows may hold edits."),
        });
    }
    next.updated = Some(stamp.clone());
    *ws = next;
    Ok(changes)
}

fn unknown_row(id: &str, hint: &str) -> EditError {
    EditError {
        code: "unknown_requirement",
        message: format!("The matrix has no row {id:?}. {hint}"),
    }
}

/// The statement and section of row `id`: the analysis's, the team's, or as it was
/// when it was first edited (a row a later analysis no longer has).
fn row_text(ws: &Workspace, rows: &[Value], id: &str) -> Option<(String, String)> {
    if let Some(r) = rows.iter().find(|r| r["id"] == id) {
        let text = r["text"].as_str().unwrap_or_default().to_owned();
        return Some((text, r["section"].as_str().unwrap_or_default().to_owned()));
    }
    if let Some(t) = ws.team_rows.iter().find(|t| t.id == id) {
        return Some((t.text.clone(), t.section.clone()));
    }
    ws.rows.get(id).map(|e| (e.text.clone(), e.section.clone()))
}

fn update_row(
    ws: &mut Workspace,
    rows: &[Value],
    u: &RowUpdate,
    stamp: &Stamp,
) -> Result<Change, EditError> {
    let Some((text_now, section_now)) = row_text(ws, rows, &u.id) else {
        return Err(unknown_row(&u.id, "Row ids are listed by GET …/matrix."));
    };
    let owner = match &u.owner {
        Some(v) => Some(optional_text("owner", v.as_deref(), MAX_SHORT_CHARS)?),
        None => None,
    };
    let section = match &u.response_section {
        Some(v) => Some(optional_text(
            "response_section",
            v.as_deref(),
            MAX_SHORT_CHARS,
        )?),
        None => None,
    };
    let note = match &u.note {
        Some(v) => Some(optional_text("note", v.as_deref(), MAX_NOTE_CHARS)?),
        None => None,
    };
    if owner.is_none()
        && section.is_none()
        && note.is_none()
        && u.status.is_none()
        && u.not_a_requirement.is_none()
    {
        return Err(invalid(format!(
            "The update of {} changes nothing: give owner, status, response_section, note or not_a_requirement.",
            u.id
        )));
    }
    let entry = ws.rows.entry(u.id.clone()).or_insert_with(|| RowEdit {
        text: text_now.clone(),
        section: section_now.clone(),
        ..RowEdit::default()
    });
    let before = row_json(entry);
    if let Some(o) = owner {
        entry.owner = o;
    }
    if let Some(s) = u.status {
        entry.status = s;
    }
    if let Some(s) = section {
        entry.response_section = s;
    }
    if let Some(n) = note {
        entry.note = n;
    }
    if let Some(flag) = u.not_a_requirement {
        entry.not_a_requirement = flag;
    }
    entry.stamp = Some(stamp.clone());
    Ok(Change {
        kind: "row".into(),
        target: u.id.clone(),
        before,
        after: row_json(entry),
    })
}

/// A row edit's team fields, as the history shows them.
pub(crate) fn row_json(e: &RowEdit) -> Value {
    json!({
        "owner": e.owner,
        "status": e.status,
        "response_section": e.response_section,
        "note": e.note,
        "not_a_requirement": e.not_a_requirement,
    })
}

fn add_row(ws: &mut Workspace, add: &NewRow, stamp: &Stamp) -> Result<Change, EditError> {
    if ws.team_rows.len() >= MAX_TEAM_ROWS {
        return Err(EditError {
            code: "too_many_edits",
            message: format!("A matrix holds at most {MAX_TEAM_ROWS} rows of the team's own."),
        });
    }
    let text = required_text("text", &add.text, MAX_TEXT_CHARS)?;
    let section = text_or_empty("section", &add.section)?;
    let category = match add.category.as_deref() {
        None => "technical".to_owned(),
        Some(c) if CATEGORIES.contains(&c) => c.to_owned(),
        Some(c) => {
            return Err(invalid(format!(
                "`category` {c:?} is not one of {}.",
                CATEGORIES.join(", ")
            )));
        }
    };
    ws.next_team_row += 1;
    let row = TeamRow {
        id: format!("TEAM-{:03}", ws.next_team_row),
        text,
        section,
        category,
        mandatory: add.mandatory,
        stamp: stamp.clone(),
    };
    let after = serde_json::to_value(&row).unwrap_or_default();
    ws.team_rows.push(row);
    Ok(Change {
        kind: "team_row".into(),
        target: format!("TEAM-{:03}", ws.next_team_row),
        before: Value::Null,
        after,
    })
}

fn text_or_empty(what: &str, v: &str) -> Result<String, EditError> {
    text(what, v, MAX_SHORT_CHARS)
}

fn move_edits(
    ws: &mut Workspace,
    rows: &[Value],
    m: &Move,
    stamp: &Stamp,
) -> Result<Change, EditError> {
    if rows.iter().any(|r| r["id"] == m.from.as_str()) {
        return Err(invalid(format!(
            "{} is still a row of the matrix; only a removed row's edits can be moved.",
            m.from
        )));
    }
    let Some((text_to, section_to)) = rows.iter().find(|r| r["id"] == m.to.as_str()).map(|r| {
        (
            r["text"].as_str().unwrap_or_default().to_owned(),
            r["section"].as_str().unwrap_or_default().to_owned(),
        )
    }) else {
        return Err(unknown_row(
            &m.to,
            "Edits move to a row of the current matrix.",
        ));
    };
    if ws.rows.contains_key(&m.to) {
        return Err(invalid(format!(
            "{} already holds edits; change them with a row update instead.",
            m.to
        )));
    }
    let Some(mut edit) = ws.rows.remove(&m.from) else {
        return Err(unknown_row(&m.from, "It holds no edits to move."));
    };
    let before = json!({ "from": m.from, "edits": row_json(&edit) });
    edit.text = text_to;
    edit.section = section_to;
    edit.stamp = Some(stamp.clone());
    let after = row_json(&edit);
    ws.rows.insert(m.to.clone(), edit);
    Ok(Change {
        kind: "row".into(),
        target: m.to.clone(),
        before,
        after,
    })
}
