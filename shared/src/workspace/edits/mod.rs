//! The edits a request makes to a workspace, checked whole before any is applied: one
//! bad edit refuses the request and the workspace stays as it was.

mod rows;
mod values;

use serde::{Deserialize, Deserializer};
use serde_json::{Value, json};

use super::overlay::engine_value;
use super::*;

pub use rows::apply_matrix_edits;
pub(crate) use rows::row_json;
pub use values::fact_value;
pub(crate) use values::item_texts;
use values::{list_item, optional_text};

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
    fits(&next)?;
    *ws = next;
    Ok(changes)
}

/// Refuses a workspace over [`MAX_WORKSPACE_BYTES`].
pub(super) fn fits(ws: &Workspace) -> Result<(), EditError> {
    let size = serde_json::to_vec(ws).map_or(usize::MAX, |v| v.len());
    if size > MAX_WORKSPACE_BYTES {
        return Err(EditError {
            code: "too_many_edits",
            message: format!(
                "The workspace would hold {size} bytes of the team's work; it holds at most {MAX_WORKSPACE_BYTES}. Shorten or clear some notes."
            ),
        });
    }
    Ok(())
}

fn change(kind: &str, target: &str, before: Value, after: Value) -> Change {
    Change {
        kind: kind.into(),
        target: target.into(),
        before,
        after,
    }
}

fn apply_fact_edit(
    ws: &mut Workspace,
    against: &Against<'_>,
    edit: &FactEdit,
    stamp: &Stamp,
) -> Result<Change, EditError> {
    match edit {
        FactEdit::Set { field, value, note } => set(ws, against, *field, value, note, stamp),
        FactEdit::Revert { field } => revert(ws, against, *field),
        FactEdit::Resolve { field, keep } => resolve(ws, against, *field, *keep, stamp),
        FactEdit::Add { list, item, note } => add_item(ws, *list, item, note, stamp),
        FactEdit::Remove { list, text } => remove_item(ws, against, *list, text, stamp),
    }
}

fn set(
    ws: &mut Workspace,
    against: &Against<'_>,
    field: Fact,
    value: &Value,
    note: &Option<String>,
    stamp: &Stamp,
) -> Result<Change, EditError> {
    let value = fact_value(field, value)?;
    let note = optional_text("note", note.as_deref(), MAX_NOTE_CHARS)?;
    let engine = engine_value(against.result, field);
    let before = ws
        .facts
        .get(&field)
        .map_or_else(|| engine.clone(), |c| c.value.clone());
    ws.facts.insert(
        field,
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

fn revert(ws: &mut Workspace, against: &Against<'_>, field: Fact) -> Result<Change, EditError> {
    let Some(old) = ws.facts.remove(&field) else {
        return Err(invalid(format!(
            "`{}` was not corrected; there is nothing to revert.",
            field.as_str()
        )));
    };
    Ok(change(
        "fact",
        field.as_str(),
        old.value,
        engine_value(against.result, field),
    ))
}

fn resolve(
    ws: &mut Workspace,
    against: &Against<'_>,
    field: Fact,
    keep: Keep,
    stamp: &Stamp,
) -> Result<Change, EditError> {
    let engine = engine_value(against.result, field);
    let Some(c) = ws.facts.get_mut(&field) else {
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
            ws.facts.remove(&field);
            Ok(change("conflict", field.as_str(), before, engine))
        }
    }
}

fn full(list: List, what: &str) -> EditError {
    EditError {
        code: "too_many_edits",
        message: format!(
            "At most {MAX_LIST_EDITS} items may be {what} `{}`.",
            list.as_str()
        ),
    }
}

fn add_item(
    ws: &mut Workspace,
    list: List,
    item: &Value,
    note: &Option<String>,
    stamp: &Stamp,
) -> Result<Change, EditError> {
    let item = list_item(list, item)?;
    let note = optional_text("note", note.as_deref(), MAX_NOTE_CHARS)?;
    let edits = ws.lists.entry(list).or_default();
    if edits.added.len() >= MAX_LIST_EDITS {
        return Err(full(list, "added to"));
    }
    edits.added.push(AddedItem {
        item: item.clone(),
        stamp: stamp.clone(),
        note,
    });
    Ok(change("list", list.as_str(), Value::Null, item))
}

fn remove_item(
    ws: &mut Workspace,
    against: &Against<'_>,
    list: List,
    wanted: &str,
    stamp: &Stamp,
) -> Result<Change, EditError> {
    let key = wanted.trim().to_lowercase();
    let edits = ws.lists.entry(list).or_default();
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
        return Err(full(list, "removed from"));
    }
    if !edits.removed.iter().any(|r| r.text == key) {
        edits.removed.push(RemovedItem {
            text: key,
            stamp: stamp.clone(),
        });
    }
    Ok(change("list", list.as_str(), found.clone(), Value::Null))
}
