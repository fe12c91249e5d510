//! Requirements written in tables (issue 31): a functionality table ("Area |
//! Requirement | Priority"), a requirements matrix ("ID | Description | M/O"), a
//! deliverables table ("Deliverable | Due | Format"), a documents-to-submit table
//! ("Document | Form | Required?"), as DOCX, HTML and Markdown give them: one
//! "| cell | cell |" line a row.
//!
//! A table's header row is no statement. Under a header that names the column of what
//! is asked (a requirement, a function, a deliverable, a document to submit, in the
//! six languages), that column's cell binds the bidder without a modal verb, as an
//! item under a lead-in does ("Permit editors to schedule a page", "Audit trail of
//! every change", "Certificate of insurance"), unless the cell says something else: a
//! descriptive "can" ("The current system can store …"), a question, a definition.
//!
//! Trade-off: a table without a header that names such a column is read as prose
//! only (each row's sentences by their own verbs); a requirement column is told by
//! its header's words, so a table whose header names it otherwise is missed rather
//! than every table's longest cell being taken for a requirement.

use std::sync::LazyLock;

use regex::Regex;

use super::reading::{self, Reading, Shape};
use crate::text::re;

/// Most words of a header row's cell ("Mandatory / Optional", "Date de remise").
const MAX_HEADER_CELL_WORDS: usize = 4;

/// Fewest words of a requirement cell read as binding by its column (a single word,
/// "Reporting", names an area, not a duty).
const MIN_CELL_WORDS: usize = 2;

/// A header's cell that names the column of what is asked of the bidder: a
/// requirement, its description, a deliverable, a document to submit.
static ASKED_COLUMN: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)^(?:(?:functional\s+|technical\s+|minimum\s+)?requirements?(?:\s+description)?|description(?:\s+of\s+(?:the\s+)?requirement)?|deliverables?|documents?(?:\s+to\s+(?:be\s+)?submit(?:ted)?)?|required\s+documents?|exigences?(?:\s+fonctionnelles?)?|besoins?|livrables?|pi[èe]ces?(?:\s+[àa]\s+fournir)?|documents?\s+[àa]\s+fournir|requisitos?(?:\s+funcionales?|\s+funcionais)?|descripci[óo]n(?:\s+del\s+requisito)?|entregables?|entreg[áa]veis|entreg[áa]vel|documentos?(?:\s+a\s+presentar|\s+exigidos?)?|descri[çc][ãa]o|descrizione|requisiti(?:\s+funzionali)?|requisito|documenti(?:\s+da\s+(?:presentare|allegare))?|anforderung(?:en)?|anforderungsbeschreibung|beschreibung|leistung(?:en)?|unterlagen?|nachweise?|lieferung(?:en)?|lieferleistung(?:en)?)\s*(?::|\?)?$",
    )
});

/// A header's cell that names a column of functions, read as the column of what is
/// asked only when no cell names a requirement ("Function | Priority"): beside a
/// requirement's column it names the area ("Fonction | Exigence | Priorité").
static FUNCTION_COLUMN: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)^(?:functionality|functionalities|functions?|features?|capabilit(?:y|ies)|fonctionnalit[ée]s?|fonctions?|funcionalidad(?:es)?|funcionalidades?|funcionalidade|funzionalit[àa]|funzioni|funktion(?:en)?|funktionalit[äa]t(?:en)?)\s*:?$",
    )
});

/// A "can" that may describe a fact ("The current system can store …", "L'outil
/// actuel peut …", "Das bisherige System kann …").
static CAN: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)(?:^|[^\p{L}])(?:can|cannot|could|peut|peuvent|pourra|pourront|puede|pueden|podr[áa]|podr[áa]n|pode|podem|poder[áa]|pu[òo]|possono|potr[àa]|kann|k[öo]nnen)(?:$|[^\p{L}])",
    )
});

/// A word that opens a relative clause: a "can" after it describes what the
/// requirement's object allows ("Provide a sandbox in which users can …").
static RELATIVE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)(?:^|[^\p{L}])(?:which|that|who|whom|where|whereby|so|qui|que|dont|o[ùu]|donde|cuales?|quienes?|onde|cui|dove|che|affinch[ée]|wo|womit|denen|welche[rsmn]?|damit|dass)(?:$|[^\p{L}])",
    )
});

/// Most words before a cell's "can" read as its subject.
const MAX_SUBJECT_WORDS: usize = 6;

/// Whether a cell states a fact with a descriptive "can": a "can" among its first
/// words, no relative clause before it.
fn describes(cell: &str) -> bool {
    let Some(can) = CAN.find(cell) else {
        return false;
    };
    let before = &cell[..can.start()];
    before.split_whitespace().count() <= MAX_SUBJECT_WORDS && !RELATIVE.is_match(before)
}

/// A table's row as extraction gives a DOCX, HTML or Markdown table: a line that
/// opens and ends with a pipe and holds two cells at least. Its cells, trimmed, the
/// empty ones kept so each stands in its column.
pub(super) fn cells(text: &str) -> Option<Vec<&str>> {
    let t = text.trim();
    if t.len() <= 2 || !t.starts_with('|') || !t.ends_with('|') || t.matches('|').count() < 3 {
        return None;
    }
    Some(t[1..t.len() - 1].split('|').map(str::trim).collect())
}

/// Whether a table's first row is its header: every cell a few words that end no
/// sentence.
pub(super) fn header(cells: &[&str]) -> bool {
    cells.iter().filter(|c| !c.is_empty()).count() >= 2
        && cells.iter().all(|c| {
            c.split_whitespace().count() <= MAX_HEADER_CELL_WORDS && !c.ends_with(['.', ';', ','])
        })
}

/// The column of what is asked, in a header row's cells.
pub(super) fn asked_column(header: &[&str]) -> Option<usize> {
    let named = |re: &Regex| {
        header
            .iter()
            .position(|c| re.is_match(c.trim_matches(['*', '_', ' '])))
    };
    named(&ASKED_COLUMN).or_else(|| named(&FUNCTION_COLUMN))
}

/// How a row's cell in the column of what is asked binds the bidder: as a
/// requirement without a modal verb, when it is a few words at least and says
/// nothing else (a descriptive "can", a question, a definition).
pub(super) fn cell_reading(cells: &[&str], column: usize) -> Option<Reading> {
    let cell = cells.get(column)?.trim_matches(['*', '_', ' ']);
    if cell.split_whitespace().count() < MIN_CELL_WORDS
        || reading::has_modal(cell)
        || describes(cell)
        || reading::binds_nobody(cell)
    {
        return None;
    }
    Some(Reading::new("required", true, Shape::NonModal))
}

/// What a unit is as a table's row.
pub(super) enum Row {
    /// No table's row, or a row read as prose (by its own verbs).
    Other,
    /// A table's header row: no statement.
    Header,
    /// A row whose cell under the column of what is asked states a fact with a
    /// descriptive "can", and no other cell binds: no statement.
    Fact,
    /// A row whose cell under the column of what is asked binds, though none of the
    /// row's sentences reads as binding by itself.
    Asked(Reading),
}

/// What unit `at` of `all` is as a table's row; `asked` keeps the column of what is
/// asked in the table being read, from its header row.
pub(super) fn row(all: &[super::units::Unit], at: usize, asked: &mut Option<usize>) -> Row {
    let Some(cells) = cells(&all[at].text) else {
        *asked = None;
        return Row::Other;
    };
    let first = at == 0 || self::cells(&all[at - 1].text).is_none();
    if first {
        *asked = None;
        let next_row = all
            .get(at + 1)
            .is_some_and(|n| self::cells(&n.text).is_some());
        if next_row && header(&cells) {
            *asked = asked_column(&cells);
            return Row::Header;
        }
    }
    let Some(column) = *asked else {
        return Row::Other;
    };
    let binds_alone = |c: &&str| reading::reading(c).is_some();
    if cells
        .get(column)
        .is_some_and(|c| describes(c.trim_matches(['*', '_', ' '])))
        && !cells
            .iter()
            .enumerate()
            .any(|(i, c)| i != column && binds_alone(c))
    {
        return Row::Fact;
    }
    match cell_reading(&cells, column) {
        Some(r)
            if !super::statement_sentences(&all[at].text)
                .iter()
                .any(|s| reading::reading(s).is_some()) =>
        {
            Row::Asked(r)
        }
        _ => Row::Other,
    }
}
