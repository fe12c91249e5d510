//! The matrix's edits: row updates, the team's rows, moves of a removed row's work.

use serde_json::{Value, json};

use super::values::{optional_text, required_text, text};
use super::{
    Against, CATEGORIES, EditError, MatrixEdits, Move, NewRow, RowUpdate, invalid, too_many,
};
use crate::workspace::overlay::requirement_rows;
use crate::workspace::*;

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
    super::fits(&next)?;
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
