//! The section a statement stands in: the path of headings above it, and the rule of
//! how a new heading or a numbered clause enters it.
//!
//! - A heading replaces the headings of its level and deeper: a Markdown heading those
//!   of its depth or deeper, a numbered one ("10. EVALUATION CRITERIA") every heading
//!   numbered at its depth or deeper, an unnumbered one the unnumbered heading before
//!   it (unless it follows that one with nothing between: then it is under it). A
//!   heading also ends the numbered clauses before it.
//! - A numbered clause ("7. Tenders must be delivered …") is the section of what
//!   follows it until the next clause or heading. It stands under the headings above
//!   it when its number starts a list of its own ("1." under "4.1 Scope of
//!   Services"), and replaces a numbered heading whose numbering it goes on ("11."
//!   after "10. EVALUATION CRITERIA", but not "11." right under "2. SUBMISSION": a
//!   document numbered straight through; nor a binding clause right under the
//!   heading: "4. Payment" / "5. The auditor shall …"), so a clause never takes the
//!   previous clause's section nor a heading it has left. A clause's run-in title
//!   after a single number ("4. Insurance. The Supplier …") is part of its label ("4.
//!   Insurance").

use std::sync::LazyLock;

use regex::Regex;

use crate::text::{Line, re};

/// Most headings a section path holds.
const MAX_DEPTH: usize = 5;
/// Longest line read as a heading by its shape, in characters.
const MAX_HEADING_CHARS: usize = 120;
/// Longest heading kept in a path, in characters (a numbered heading wrapped over
/// two lines: "4.3. Mise à disposition de … / … du projet").
const MAX_LABEL_CHARS: usize = 240;

/// A numbered heading's number.
pub(super) static HEADING_NUMBER: LazyLock<Regex> = LazyLock::new(|| {
    re(r"^(?:(?:section|part|article|chapter|sec\.)\s+)?([0-9]{1,2}(?:\.[0-9]{1,2})*)\\?\.?\s")
});

/// A letter or a roman numeral marking a label ("a) ", "(b) ", "iv. ").
static LABEL_MARK: LazyLock<Regex> =
    LazyLock::new(|| re(r"^\(?(?:[a-zA-Z]|i{1,3}|iv|vi{0,3}|ix|x|I{1,3}|IV|VI{0,3}|IX|X)[.)]\s+"));

/// Most words of a label heading alone in its paragraph ("Mode of submission of
/// tenders and last date:"), and of one over its text.
const MAX_LABEL_WORDS: usize = 10;
const MAX_LABEL_WORDS_OVER_TEXT: usize = 8;

/// Line `i` as a label heading: a short line ending in a colon that is no sentence
/// ("Delivery & Payment:", "a) Criteri di ammissibilità in relazione al richiedente:",
/// "Forma de pago:"), standing alone in its paragraph, or over text that is no list
/// (over a list it is the list's lead-in). Not in unwrapped text, where every line is
/// a paragraph and a lead-in would stand alone too.
pub(super) fn label_heading(lines: &[Line<'_>], i: usize, unwrapped: bool) -> Option<Level> {
    let l = lines.get(i)?;
    if unwrapped || !l.starts_paragraph || l.text.len() > MAX_HEADING_CHARS {
        return None;
    }
    let text = l.text.trim().trim_end_matches(['*', '_']).trim_end();
    let label = text.strip_suffix(':')?.trim_end();
    let label = LABEL_MARK.find(label).map_or(label, |m| &label[m.end()..]);
    if super::units::ITEM_MARK.is_match(label) || !label.starts_with(char::is_uppercase) {
        return None;
    }
    let next = lines.get(i + 1);
    let alone = next.is_none_or(|n| n.starts_paragraph);
    let over_list = next.is_some_and(|n| super::units::ITEM_MARK.is_match(n.text));
    let words = label.split_whitespace().count();
    let fits = if alone {
        // Over a list, a clause is its lead-in ("The offer contains:"), a name is
        // its heading ("Opening of bids:").
        words <= MAX_LABEL_WORDS && !(over_list && opens_a_clause(label))
    } else {
        words <= MAX_LABEL_WORDS_OVER_TEXT && !over_list
    };
    let letters = label.chars().filter(|c| c.is_alphabetic()).count();
    let digits = label.chars().filter(|c| c.is_ascii_digit()).count();
    (fits
        && letters >= 4
        && digits * 4 < letters
        && !label.contains([':', '.', ',', ';', '@'])
        && super::reading::reading(label).is_none()
        // A clause of what a thing is made of leads the lines right under it in ("La
        // proposición constará de dos archivos electrónicos:" / "Archivo 1: …").
        && (alone || !super::units::leads_in_bare(label)))
    .then_some(Level::Plain(0))
}

/// A heading numbered by a word of the six languages: a part of the document
/// ("Part B:", "Chapitre 2 -", "Capítulo II", "Teil 3", "Section 4 –") or an article,
/// clause or paragraph of it ("Article 5 –", "Art. 7", "Artículo 4.", "Cláusula 3.ª",
/// "Articolo 4 -", "Art. 3º", "§ 4", "Abschnitt 3"), its number, letter or numeral,
/// then its title's capital or nothing ("Capítulo II").
static WORD_NUMBERED: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^(?:((?i:chapter|chapitre|cap[íi]tulo|capitolo|kapitel|part|partie|parte|teil|titre|title|t[íi]tulo|titolo|section|secci[óo]n|se[çc][ãa]o|sezione|abschnitt))|(?i:article|art\.|art[íi]culo|artigo|articolo|artikel|clause|cl[áa]usula|clausola)|§)\s*([0-9]{1,3}(?:\.[0-9]{1,2})*|[IVXLC]{1,6}|[A-Z])(?:er|e|ème|\.?[ºª°])?\s*(?:[.:–—-]\s*)?(?:\s\p{Lu}|$)",
    )
});

/// Most words of a heading numbered by a word.
const MAX_WORD_NUMBERED_WORDS: usize = 16;

/// Line `i` as a heading numbered by a word ([`WORD_NUMBERED`]): alone in its
/// paragraph, short, not ending as a sentence or a lead-in does, binding nobody. A
/// part stands above the numbered headings ("Capítulo II" › "Artículo 4."), an
/// article at the depth of a first-level number ("Article 5" › "5.1").
pub(super) fn word_numbered_heading(lines: &[Line<'_>], i: usize) -> Option<Level> {
    let l = lines.get(i)?;
    let text = l.text.trim();
    let c = WORD_NUMBERED.captures(text)?;
    // Alone in its paragraph, over a list, or, with a title after its number, right
    // over its text's first line (no blank line under it: the word, the number and
    // the title say it is a heading; a bare "Section A" over a line is a form's part).
    let titled = text.split_whitespace().count() >= 3;
    let alone = l.starts_paragraph
        && lines.get(i + 1).is_none_or(|n| {
            n.starts_paragraph
                || opens_a_list(n.text)
                || (titled && n.page == l.page && n.text.starts_with(char::is_uppercase))
        });
    let heading = alone
        && text.len() <= MAX_HEADING_CHARS
        && text.split_whitespace().count() <= MAX_WORD_NUMBERED_WORDS
        && !text.ends_with(['.', ';', ',', ':'])
        && !text.contains('[')
        && super::reading::reading(text).is_none_or(|r| r.shape == super::Shape::NonModal);
    heading.then_some(if c.get(1).is_some() {
        Level::Numbered(0)
    } else {
        Level::Numbered(1)
    })
}

/// A list's first mark, then its text ("1. ", "a) ", "(i) ", "4.2.1 "): the line
/// under a heading that puts no blank line under itself opens its clauses.
static FIRST_MARK: LazyLock<Regex> =
    LazyLock::new(|| re(r"^(?:\(?(?:1|a|i)[.)]|[0-9]{1,2}(?:\.[0-9]{1,2})*\.1[.)]?)\s+\S"));

/// Whether `text` opens a list with its first mark.
fn opens_a_list(text: &str) -> bool {
    FIRST_MARK.is_match(text.trim_start())
}

/// A line marked by a letter or a Roman numeral, then a short title in mixed case
/// or capitals without a stop ("A. Format", "b) Das obrigações da contratada",
/// "III. PROPOSAL REQUIREMENTS").
static MARKED_TITLE: LazyLock<Regex> =
    LazyLock::new(|| re(r"^\(?([A-Z]|[a-z]|[IVX]{1,5})[.)]\s+(\p{Lu}[^.;:!?@\[]{1,90})$"));

/// Most words of a title marked by a letter or a numeral.
const MAX_MARKED_TITLE_WORDS: usize = 10;

/// The mark of a line marked by a letter or a Roman numeral ("B", "c", "IV").
fn mark_of(text: &str) -> Option<&str> {
    let text = text.trim();
    let m = text.trim_start_matches('(');
    let end = m.find(['.', ')'])?;
    let mark = &m[..end];
    (!mark.is_empty()
        && mark.len() <= 5
        && (mark.chars().all(|c| c.is_ascii_uppercase())
            || mark.chars().all(|c| c.is_ascii_lowercase()))
        && m[end + 1..].starts_with(char::is_whitespace))
    .then_some(mark)
}

/// The value of a Roman numeral ("IV" is 4).
fn roman(mark: &str) -> Option<u32> {
    let value = |c| match c {
        'I' => Some(1),
        'V' => Some(5),
        'X' => Some(10),
        _ => None,
    };
    let digits: Vec<u32> = mark.chars().map(value).collect::<Option<_>>()?;
    let mut total = 0;
    for (k, d) in digits.iter().enumerate() {
        if digits.get(k + 1).is_some_and(|n| n > d) {
            total -= *d as i64;
        } else {
            total += *d as i64;
        }
    }
    u32::try_from(total).ok().filter(|t| *t > 0)
}

/// Whether mark `b` comes right after mark `a` ("B" after "A", "III" after "II").
fn next_mark(a: &str, b: &str) -> bool {
    if let (Some(x), Some(y)) = (roman(a), roman(b))
        && a.len() + b.len() > 2
    {
        return y == x + 1;
    }
    let (mut a, mut b) = (a.chars(), b.chars());
    match (a.next(), a.next(), b.next(), b.next()) {
        (Some(x), None, Some(y), None) => y as u32 == x as u32 + 1,
        _ => false,
    }
}

/// Line `i` as a heading marked by a letter or a Roman numeral on a line of its own
/// ("A. Format" or "a) Format" over "1. Proposals must …", "III. PROPOSAL
/// REQUIREMENTS"): a short title that binds nobody, over a list's first clause, a
/// paragraph or another such heading, not under a lead-in and not next to the line
/// marked before or after it ("A. Cover letter" / "B. Price form", blank lines
/// between or not, are a list's items). A Roman numeral stands above a capital
/// letter, a capital above a small one.
pub(super) fn marked_title_heading(lines: &[Line<'_>], i: usize, unwrapped: bool) -> Option<Level> {
    let l = lines.get(i)?;
    let text = l.text.trim();
    let c = MARKED_TITLE.captures(text)?;
    let title = c.get(2)?.as_str();
    let mark = &c[1];
    if unwrapped
        || title.split_whitespace().count() > MAX_MARKED_TITLE_WORDS
        || title.chars().filter(|c| c.is_alphabetic()).count() < 3
        || super::reading::reading(title).is_some()
    {
        return None;
    }
    let prev = i
        .checked_sub(1)
        .map(|p| &lines[p])
        .filter(|p| p.page == l.page);
    let in_sequence = |other: &str, before: bool| {
        mark_of(other).is_some_and(|m| {
            if before {
                next_mark(m, mark)
            } else {
                next_mark(mark, m)
            }
        })
    };
    let after_lead_in =
        prev.is_some_and(|p| p.text.trim_end().ends_with(':') || in_sequence(p.text, true));
    let next = lines.get(i + 1)?;
    let over = next.text.trim_start();
    let over_text =
        (over.starts_with(char::is_uppercase) || opens_a_list(over)) && !in_sequence(over, false);
    (!after_lead_in && over_text).then(|| {
        if mark.len() == 1 && mark.starts_with(char::is_lowercase) {
            Level::Lettered(2)
        } else if mark.len() == 1 && roman(mark).is_none_or(|_| mark != "I") {
            Level::Lettered(1)
        } else {
            Level::Lettered(0)
        }
    })
}

/// Most words of a run-in heading's title in mixed case ("3.4 Delivery:", "§ 5
/// Abnahme.", "**Langue :**").
const MAX_RUN_IN_TITLE_WORDS: usize = 6;
/// Most words of a heading in capitals glued to its text.
const MAX_GLUED_CAPITALS_WORDS: usize = 6;

/// A numbered run-in heading in mixed case: a heading's number, a short title, a
/// colon or a full stop, then its text's capital on the same line ("3.4 Delivery:
/// The supplier …", "4.2. Garantie. Le titulaire …", "1.2 Quote Submission: Quotes
/// …").
static NUMBERED_RUN_IN: LazyLock<Regex> = LazyLock::new(|| {
    re(r"^([0-9]{1,2}(?:\.[0-9]{1,2})*)\.?\s+(\p{Lu}[^.:;!?*_\[\]]{1,60}?)\s*[.:]\s+[\p{Lu}«“\x22]")
});

/// A run-in heading numbered by a word: an article, clause or paragraph, or a part,
/// its number, a separator, a short title, a full stop or a colon, then its text's
/// capital ("Cláusula 7.ª Plazo. El contratista …", "Art. 9 - Penali. In caso …",
/// "§ 5 Abnahme. Der Auftragnehmer …", "Cláusula 3.ª – Prazo. O adjudicatário …").
static WORD_NUMBERED_RUN_IN: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^(?:((?i:chapter|chapitre|cap[íi]tulo|capitolo|kapitel|part|partie|parte|teil|titre|t[íi]tulo|titolo|section|secci[óo]n|se[çc][ãa]o|sezione|abschnitt))|(?i:article|art\.|art[íi]culo|artigo|articolo|artikel|clause|cl[áa]usula|clausola)|§)\s*(?:[0-9]{1,3}(?:\.[0-9]{1,2})*|[IVXLC]{1,6})(?:er|e|ème|\.?[ºª°])?\s*(?:[.:–—-]\s*)?(\p{Lu}[^.:;!?*_\[\]]{1,60}?)\s*[.:]\s+[\p{Lu}«“\x22]",
    )
});

/// A run-in title set off by a dash, after a heading's number or none, then its
/// text's capital ("Warranty – The Supplier …", "3.5 Subcontracting – The Contractor
/// …", "Plazo de ejecución - El contratista …"). A dash that opens an aside goes on in
/// lower case ("Option 2 – which covers …"), and a subject is no title ("The
/// Contractor – as defined …").
static DASHED_TITLE_RUN_IN: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^(?:([0-9]{1,2}(?:\.[0-9]{1,2})*)\.?\s+)?(\p{Lu}[^.:;!?*_\[\]–—]{1,60}?)\s+[–—-]\s+[\p{Lu}«“\x22]",
    )
});

/// A bold run-in title without a stop or a colon, then its text's capital
/// ("**Confidentiality** The Contractor …", "__Pénalités__ Le titulaire …").
static BOLD_TITLE_RUN_IN: LazyLock<Regex> =
    LazyLock::new(|| re(r"^(?:\*\*|__)?(\p{Lu}[^.:;!?*_\[\]]{1,60}?)(?:\*\*|__)\s+[\p{Lu}«“\x22]"));

/// A bold run-in label: its title and a colon or a full stop, in or after the
/// closing marks, then its text ("**Deliverables.** The consultant …", "**Langue :**
/// les offres …", "__Plazo__: el proveedor …").
static BOLD_RUN_IN: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^(?:\*\*|__)?(\p{Lu}[^.:;!?*_\[\]]{1,60}?)\s*(?:[.:]\s*(?:\*\*|__)|(?:\*\*|__)\s*[.:])\s+\p{L}",
    )
});

/// A heading in capitals glued to its text: a few words in capitals, a full stop or
/// none, then the text's first word in mixed case ("INSURANCE REQUIREMENTS The
/// Contractor …", "PAYMENT TERMS. Invoices …",
/// "OBBLIGHI DELL'APPALTATORE L'appaltatore …").
static GLUED_CAPITALS: LazyLock<Regex> = LazyLock::new(|| {
    re(r"^((?:[\p{Lu}][\p{Lu}'’&/-]*\s+){0,5}[\p{Lu}][\p{Lu}'’&/-]*)\.?\s+\p{Lu}['’]?\p{Ll}")
});

/// Whether a run-in title is a name, not a clause: short, with letters, opening with
/// no article or pronoun, binding nobody.
pub(super) fn titles(title: &str) -> bool {
    let words = title.split_whitespace().count();
    let letters = title.chars().filter(|c| c.is_alphabetic()).count();
    let last = title
        .split_whitespace()
        .next_back()
        .map_or(0, |w| w.chars().filter(|c| c.is_alphabetic()).count());
    words <= MAX_RUN_IN_TITLE_WORDS
        && letters >= 4
        // "… Mr. Smith", "… Inc. The": an abbreviation's stop ends no title.
        && last >= 3
        && !opens_a_clause(title)
        && super::reading::reading(title).is_none_or(|r| {
            // A title in title case whose first word reads as a verb ("Quote
            // Submission") names a part; a modal binds.
            matches!(r.shape, super::Shape::Imperative | super::Shape::NonModal)
                && title
                    .split_whitespace()
                    .filter(|w| w.chars().count() >= 4)
                    .all(|w| w.starts_with(char::is_uppercase))
        })
}

/// A run-in title set off by a dash at the start of `text` ([`DASHED_TITLE_RUN_IN`]):
/// the heading, its level, and where its text starts. The caller asks it only outside
/// a list: an item's label stays in its row ("Sécurité – Le titulaire devra …" under
/// "… les objectifs suivants :").
pub(super) fn dashed_title_run_in(text: &str) -> Option<(&str, Level, usize)> {
    let c = DASHED_TITLE_RUN_IN.captures(text)?;
    let title = c.get(2)?;
    let end = before_last_char(text, c.get(0)?.end());
    // The text after the dash must bind with a verb of its own (a modal, an order,
    // an undertaking): a name and a dash over a description ("Lot 1 – Office
    // chairs") is no run-in heading, nor a glossary's term over its definition
    // ("Amendment – A change to the Solicitation that is issued …").
    let binds =
        super::reading::reading(&text[end..]).is_some_and(|r| r.shape != super::Shape::NonModal);
    if !titles(title.as_str()) || !binds {
        return None;
    }
    let level = match c.get(1) {
        Some(n) => Level::Numbered(n.as_str().split('.').count()),
        None => Level::Plain(2),
    };
    Some((text[..title.end()].trim_end(), level, end))
}

/// Where the last character of `text[..end]` starts: a run-in pattern ends on its
/// text's first letter, which may take more than one byte ("É").
fn before_last_char(text: &str, end: usize) -> usize {
    end - text[..end].chars().next_back().map_or(0, char::len_utf8)
}

/// A run-in heading of mixed case, numbered by a number or a word or set in bold, or
/// one in capitals glued to its text, at the start of `text` (`raw` is its line as
/// written): the heading, its level, and where its text starts. The heading is the
/// section of its own text and of what follows, and the text's row does not open
/// with it.
pub(super) fn run_in_heading<'t>(raw: &str, text: &'t str) -> Option<(&'t str, Level, usize)> {
    let (label, level, start) = run_in_shape(raw, text)?;
    // A statement that binds only with its heading's words keeps them ("Quote
    // Submission: Quotes will be accepted …"): its row is not lost.
    let reads = |t: &str| super::reading::reading(t).is_some();
    let start = if start > 0 && !reads(&text[start..]) && reads(text) {
        0
    } else {
        start
    };
    Some((label, level, start))
}

/// Where the text of a run-in heading ending at `end` starts: past the spaces, stops,
/// colons and emphasis marks between them.
fn body_at(text: &str, end: usize) -> usize {
    let rest = text[end..]
        .trim_start_matches(|c: char| c.is_whitespace() || matches!(c, '.' | ':' | '*' | '_'));
    text.len() - rest.len()
}

/// The run-in title of a clause numbered by a single number ("4. Insurance. The
/// Supplier …", "6. Acceptance: The buyer …", "3. Garantie. Le titulaire …"): the
/// clause's number and title, which are its section and that of what follows it
/// until the next clause, and where its text starts. The clause stays a clause (a
/// list's numbering goes on through it); only its label gains the title. A statement
/// that binds only with its title's words keeps them, as under [`run_in_heading`].
pub(super) fn clause_title(text: &str) -> Option<(&str, usize)> {
    let c = NUMBERED_RUN_IN.captures(text)?;
    let title = c.get(2)?;
    if c[1].contains('.') || !titles(title.as_str()) {
        return None;
    }
    let start = body_at(text, before_last_char(text, c.get(0)?.end()));
    let reads = |t: &str| super::reading::reading(t).is_some();
    let start = if !reads(&text[start..]) && reads(text) {
        0
    } else {
        start
    };
    Some((text[..title.end()].trim_end(), start))
}

/// The run-in heading of [`run_in_heading`] by its shape alone.
fn run_in_shape<'t>(raw: &str, text: &'t str) -> Option<(&'t str, Level, usize)> {
    let body_at = |end: usize| body_at(text, end);
    let raw = raw.trim_start();
    if raw.starts_with("**") || raw.starts_with("__") {
        let c = BOLD_RUN_IN
            .captures(text)
            .or_else(|| BOLD_TITLE_RUN_IN.captures(text))?;
        let title = c.get(1)?;
        if !titles(title.as_str()) {
            return None;
        }
        let end = before_last_char(text, c.get(0)?.end());
        return Some((title.as_str().trim_end(), Level::Plain(2), body_at(end)));
    }
    if let Some(c) = NUMBERED_RUN_IN.captures(text) {
        let title = c.get(2)?;
        if !titles(title.as_str()) {
            return None;
        }
        let depth = c[1].split('.').count();
        // A single number ("8. Temporary-to-Hire Policy: …") is a clause of a list
        // more often than a part's heading: it stays a clause.
        if depth < 2 {
            return None;
        }
        let end = before_last_char(text, c.get(0)?.end());
        return Some((
            text[..title.end()].trim_end(),
            Level::Numbered(depth),
            body_at(end),
        ));
    }
    if let Some(c) = WORD_NUMBERED_RUN_IN.captures(text) {
        let title = c.get(2)?;
        if !titles(title.as_str()) {
            return None;
        }
        let level = if c.get(1).is_some() {
            Level::Numbered(0)
        } else {
            Level::Numbered(1)
        };
        let end = before_last_char(text, c.get(0)?.end());
        return Some((text[..title.end()].trim_end(), level, body_at(end)));
    }
    let Some(c) = GLUED_CAPITALS.captures(text) else {
        return super::glued::glued_heading(text);
    };
    let heading = c.get(1)?;
    let label = heading.as_str();
    let words: Vec<&str> = label.split_whitespace().collect();
    let letters = label.chars().filter(|ch| ch.is_alphabetic()).count();
    let longest = words
        .iter()
        .map(|w| w.chars().filter(|ch| ch.is_alphabetic()).count())
        .max()
        .unwrap_or(0);
    let body = text[heading.end()..].trim_start_matches('.').trim_start();
    let glued = words.len() <= MAX_GLUED_CAPITALS_WORDS
        && letters >= 8
        && longest >= 5
        && body.split_whitespace().count() >= 4
        && super::reading::reading(label).is_none();
    glued
        .then(|| (label, Level::Plain(3), text.len() - body.len()))
        .or_else(|| super::glued::glued_heading(text))
}

/// A label and its number, then another label of the same word and number on the
/// same line: two columns of a table ("Category 5 - Data Engineer Category 6 -
/// Tester", "Lot 1 – Peinture Lot 2 – Menuiserie").
static NUMBERED_LABEL: LazyLock<Regex> =
    LazyLock::new(|| re(r"(?:^|\s)(\p{Lu}\p{L}{1,15})\s+(?:[0-9]{1,3}|[A-Z])\s*[–—:-]\s"));

/// Most numbered labels of one line read for [`two_columns`].
const MAX_COLUMN_LABELS: usize = 64;

/// Whether line `text` holds two columns of a table (the same label word numbered
/// twice): no heading.
pub(super) fn two_columns(text: &str) -> bool {
    // A row of a table holds a few cells: the first labels tell, and a line of a
    // million distinct ones costs no more than these.
    let mut seen: Vec<&str> = Vec::new();
    for c in NUMBERED_LABEL.captures_iter(text).take(MAX_COLUMN_LABELS) {
        let word = c.get(1).map_or("", |m| m.as_str());
        if seen.contains(&word) {
            return true;
        }
        seen.push(word);
    }
    false
}

/// Whether `label` opens with one of the commonest words of a language (an article,
/// a pronoun): a clause rather than a name.
fn opens_a_clause(label: &str) -> bool {
    let first = label
        .split(|c: char| !c.is_alphabetic())
        .next()
        .unwrap_or("")
        .to_lowercase();
    crate::lexicon::ALL
        .iter()
        .any(|l| l.matrix.categories.function_words.contains(&first.as_str()))
}

/// What kind of heading opened a level of the path.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Level {
    /// `#` … `######`.
    Markdown(usize),
    /// "2.", "2.1": the depth of the number; 0 for an annex, above them all.
    Numbered(usize),
    /// Capitals, bold, a short line alone, a label ending in a colon: ranked so a
    /// lower one never replaces a higher one.
    Plain(u8),
    /// A heading marked by a Roman numeral (0), a capital letter (1) or a small one (2)
    /// ("III.", "B.", "c)"): it replaces those of its rank or below, and stands under
    /// every other heading.
    Lettered(u8),
    /// A numbered paragraph, whose number is its section.
    Clause,
}

/// The lowest rank of a [`Level::Plain`] heading that the document's layout marks
/// (see `marked`): ranks below it are headings the text's shapes find.
pub(super) const MARKED_RANK: u8 = 4;

/// One heading of the path.
struct Entry {
    label: String,
    level: Level,
    /// The heading's or clause's number ("4.1" is `[4, 1]`); empty when it has none.
    number: Vec<u32>,
}

/// The numbers of "4.1.2" (at most four, each below 1000).
fn numbers(text: &str) -> Vec<u32> {
    let Some(c) = HEADING_NUMBER.captures(text) else {
        return Vec::new();
    };
    c[1].split('.')
        .take(4)
        .filter_map(|n| n.parse().ok())
        .collect()
}

/// Whether `a` is a proper prefix of `b` ("4" of "4.2").
fn parent_of(a: &[u32], b: &[u32]) -> bool {
    a.len() < b.len() && b.starts_with(a)
}

/// Most numbers a clause may skip after a heading's and still go on its numbering:
/// "11." after "10. EVALUATION" (or "12.", one heading missed) is the next part, but
/// "11." right under "2. SUBMISSION" is a paragraph of a document numbered straight
/// through, under its heading.
const MAX_SKIPPED_NUMBERS: u32 = 1;

/// Whether `n` goes on the numbering of `h` at its own depth ("11" after "10", "5"
/// after "4.1"): its next number, or one after that.
fn follows(h: &[u32], n: &[u32]) -> bool {
    let Some(k) = n.len().checked_sub(1) else {
        return false;
    };
    h.len() >= n.len() && h[..k] == n[..k] && h[k] < n[k] && n[k] - h[k] <= 1 + MAX_SKIPPED_NUMBERS
}

/// The path of headings, with the rule of how a new one enters it.
#[derive(Default)]
pub(super) struct Path {
    levels: Vec<Entry>,
    /// A heading came last: the next one is under it.
    pub stacking: bool,
}

impl Path {
    /// A heading enters the path.
    pub fn enter(&mut self, heading: &str, level: Level) {
        let label: String = heading
            .replace("\\.", ".")
            .trim()
            .trim_end_matches(':')
            .trim()
            .chars()
            .take(MAX_LABEL_CHARS)
            .collect();
        if let Some(at) = self.levels.iter().position(|e| e.level == Level::Clause) {
            self.levels.truncate(at);
        }
        let tops = |e: &Entry| match (level, e.level) {
            (Level::Markdown(n), Level::Markdown(m)) => m < n,
            (Level::Numbered(_), Level::Markdown(_)) => true,
            (Level::Numbered(d), Level::Numbered(e)) => e < d,
            _ => false,
        };
        // A heading marked by a letter or a numeral ends those of its rank or below;
        // an unnumbered heading that does not stand under it ends them all.
        let lettered = |e: &Entry, rank: Option<u8>| matches!(e.level, Level::Lettered(r) if rank.is_none_or(|rank| r >= rank));
        let level = match level {
            Level::Lettered(rank @ (0 | 1)) => Level::Lettered(self.roman_or_capital(&label, rank)),
            level => level,
        };
        match level {
            Level::Lettered(rank) => {
                while self.levels.last().is_some_and(|e| lettered(e, Some(rank))) {
                    self.levels.pop();
                }
            }
            Level::Plain(_) if !self.stacking => {
                while self.levels.last().is_some_and(|e| lettered(e, None)) {
                    self.levels.pop();
                }
            }
            _ => {}
        }
        match level {
            Level::Markdown(_) | Level::Numbered(_) => {
                while self.levels.last().is_some_and(|e| !tops(e)) {
                    self.levels.pop();
                }
            }
            Level::Plain(rank) if rank >= MARKED_RANK => {
                // A heading the layout marks replaces every unnumbered heading of its
                // rank or below, even right after one (a section left empty).
                while let Some(Entry {
                    level: Level::Plain(top),
                    ..
                }) = self.levels.last()
                    && *top <= rank
                {
                    self.levels.pop();
                }
            }
            Level::Plain(rank) => {
                if !self.stacking
                    && let Some(Entry {
                        level: Level::Plain(top),
                        ..
                    }) = self.levels.last()
                    && *top <= rank
                {
                    self.levels.pop();
                }
            }
            Level::Clause | Level::Lettered(_) => {}
        }
        let number = if matches!(level, Level::Numbered(_) | Level::Markdown(_)) {
            numbers(&label)
        } else {
            Vec::new()
        };
        self.push(label, level, number);
        self.stacking = true;
    }

    /// A numbered clause ("7", "2.1") enters the path.
    /// The rank of a heading marked by one letter that is also a Roman numeral ("I.",
    /// "V.", "X."), from the marked heading it follows: after "IV." a "V." is the fifth
    /// part (a Roman numeral's rank, 0), after "H." an "I." is the ninth letter (a
    /// capital's, 1); else `rank` as its line gave it.
    fn roman_or_capital(&self, label: &str, rank: u8) -> u8 {
        let Some(mark) = mark_of(label).filter(|m| m.len() == 1 && roman(m).is_some()) else {
            return rank;
        };
        let last = |r: u8| {
            self.levels
                .iter()
                .rev()
                .find(|e| e.level == Level::Lettered(r))
                .and_then(|e| mark_of(&e.label))
        };
        if last(0).is_some_and(|p| next_mark(p, mark)) {
            0
        } else if last(1).is_some_and(|p| next_mark(p, mark)) {
            1
        } else {
            rank
        }
    }

    /// `binds`: the clause is a sentence that binds; right under a heading, nothing
    /// between, it is then the heading's first clause whatever its number ("4.
    /// Payment" / "5. The auditor shall invoice …": a heading is not left empty),
    /// where a list of parts' titles goes on as siblings ("3. Technical Approach" /
    /// "4. Proposed Business Solution").
    pub fn enter_clause(&mut self, number: &str, label: &str, binds: bool) {
        let under_heading = self.stacking && binds;
        let n: Vec<u32> = numbers(&format!("{number} "));
        // The last number popped: a heading is compared with a clause only when the
        // clauses went on its own numbering ("2.4" under "2.").
        let mut popped: Option<Vec<u32>> = None;
        while let Some(at) = self.levels.iter().rposition(|e| !e.number.is_empty()) {
            let e = &self.levels[at];
            if parent_of(&e.number, &n) {
                break;
            }
            let pops = match e.level {
                Level::Clause => true,
                _ => {
                    !under_heading
                        && popped.as_ref().is_none_or(|p| parent_of(&e.number, p))
                        && follows(&e.number, &n)
                }
            };
            if !pops {
                break;
            }
            popped = Some(e.number.clone());
            self.levels.truncate(at);
        }
        self.stacking = false;
        let label: String = label.chars().take(MAX_LABEL_CHARS).collect();
        self.push(label, Level::Clause, n);
        self.stacking = false;
    }

    fn push(&mut self, label: String, level: Level, number: Vec<u32>) {
        if self.levels.len() >= MAX_DEPTH {
            // The oldest unnumbered heading goes first (a letterhead's lines).
            let at = self
                .levels
                .iter()
                .position(|e| matches!(e.level, Level::Plain(_)))
                .unwrap_or(0);
            self.levels.remove(at);
        }
        self.levels.push(Entry {
            label,
            level,
            number,
        });
    }

    /// The path as a section: its headings, outermost first, joined by " › ".
    pub fn section(&self) -> String {
        // The document's title (its one `#` heading) is no section of it.
        let skip = usize::from(
            self.levels.len() > 1 && matches!(self.levels[0].level, Level::Markdown(1)),
        );
        self.levels[skip..]
            .iter()
            .map(|e| e.label.as_str())
            .collect::<Vec<_>>()
            .join(" › ")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_single_numbers_run_in_title_labels_its_clause() {
        fn title(t: &str) -> Option<(&str, &str)> {
            clause_title(t).map(|(label, at)| (label, &t[at..]))
        }
        assert_eq!(
            title("4. Insurance. The Supplier shall carry cover."),
            Some(("4. Insurance", "The Supplier shall carry cover."))
        );
        assert_eq!(
            title("6. Acceptance: The buyer must test each unit."),
            Some(("6. Acceptance", "The buyer must test each unit."))
        );
        assert_eq!(
            title("3. Garantie. Le titulaire doit garantir les matériels."),
            Some(("3. Garantie", "Le titulaire doit garantir les matériels."))
        );
        // A sentence is no title; a deeper number is a run-in heading, not this.
        assert_eq!(
            title("4. Proposals shall be sealed. Each copy must be signed."),
            None
        );
        assert_eq!(
            title("5. Payment will be made in 30 days. Invoices must be sent."),
            None
        );
        assert_eq!(
            title("4.2 Insurance. The Supplier shall carry cover."),
            None
        );
    }

    /// Whether the first line of `page` is a label heading.
    fn is_label(page: &str) -> bool {
        let pages = [page];
        let lines = crate::text::lines(&pages, &crate::limits::StopFlag::default()).unwrap();
        label_heading(&lines, 0, false).is_some()
    }

    #[test]
    fn a_short_label_ending_in_a_colon_is_a_heading_unless_it_leads_a_list_in() {
        for (page, want) in [
            (
                "Delivery and payment:\n\nThe supplier shall deliver within 30 days.",
                true,
            ),
            (
                "Mode of submission of offers and closing date:\n\n1. Offers shall be sealed.",
                true,
            ),
            (
                "a) Conditions relatives au candidat :\n\n— le candidat doit être une personne morale.",
                true,
            ),
            (
                "Facturación y pago:\nEl adjudicatario deberá presentar la factura electrónica.",
                true,
            ),
            (
                "Prazo de entrega das propostas:\n\nAs propostas devem ser entregues até às 17h.",
                true,
            ),
            (
                "b) Requisiti relativi alla domanda:\n\n— la domanda deve essere firmata.",
                true,
            ),
            (
                "Rechnungsstellung und Zahlung:\n\nRechnungen sind elektronisch einzureichen.",
                true,
            ),
            // Over a list without a blank line: the list's lead-in.
            (
                "Documents to submit:\n- a company profile\n- a signed declaration",
                false,
            ),
            (
                "Pièces à fournir :\n- un extrait Kbis\n- une attestation fiscale",
                false,
            ),
            // A sentence that binds, a label with a value, a long line.
            (
                "The bidder shall note the following:\n\nOffers are opened in public.",
                false,
            ),
            (
                "Fecha de apertura: 12 de mayo de 2026\n\nLas ofertas se abren en acto público.",
                false,
            ),
            (
                "Die folgenden Unterlagen und Nachweise sind mit dem Angebot vollständig und fristgerecht vorzulegen:\n\nText.",
                false,
            ),
            ("- Eignungsnachweise:\n\nText.", false),
        ] {
            assert_eq!(is_label(page), want, "{page}");
        }
    }

    #[test]
    fn statements_under_a_label_heading_take_it_as_their_section() {
        let page = "GENERAL CONDITIONS\n\nDelivery and payment:\n\nThe supplier shall deliver the goods within 30 days.\n\nOpening of offers:\n\nOffers received after the closing date will not be considered.\n\na) Condizioni relative al proponente:\n\n— il proponente deve avere sede in uno Stato membro.\n\nb) Condizioni relative alla domanda:\n\n— la domanda deve essere redatta in italiano.\n";
        let analysis = crate::analyze_pages(&[page], &crate::limits::StopFlag::default()).unwrap();
        let rows = analysis["extracted_data"]["requirements"]
            .as_array()
            .unwrap();
        let section = |start: &str| {
            rows.iter()
                .find(|r| r["text"].as_str().unwrap().starts_with(start))
                .and_then(|r| r["section"].as_str())
                .unwrap_or_else(|| panic!("missing: {start}\n{rows:#?}"))
                .to_owned()
        };
        assert_eq!(
            section("The supplier shall"),
            "GENERAL CONDITIONS › Delivery and payment"
        );
        assert_eq!(
            section("Offers received"),
            "GENERAL CONDITIONS › Opening of offers"
        );
        assert!(section("il proponente").ends_with("a) Condizioni relative al proponente"));
        assert!(section("la domanda").ends_with("b) Condizioni relative alla domanda"));
    }

    fn walk(steps: &[(&str, Option<Level>)]) -> Vec<String> {
        let mut path = Path::default();
        let mut out = Vec::new();
        for (text, level) in steps {
            match level {
                Some(l) => path.enter(text, *l),
                None => {
                    path.enter_clause(text, text, false);
                    out.push(path.section());
                }
            }
            path.stacking = false;
        }
        out
    }

    #[test]
    fn a_clause_list_that_starts_again_stands_under_its_heading() {
        let sections = walk(&[
            ("4. PROPOSAL SPECIFICATIONS", Some(Level::Numbered(1))),
            ("4.1 Scope of Services", Some(Level::Numbered(2))),
            ("1", None),
            ("2", None),
            ("5. SUBMISSION", Some(Level::Numbered(1))),
            ("1", None),
        ]);
        assert_eq!(
            sections,
            [
                "4. PROPOSAL SPECIFICATIONS › 4.1 Scope of Services › 1",
                "4. PROPOSAL SPECIFICATIONS › 4.1 Scope of Services › 2",
                "5. SUBMISSION › 1",
            ]
        );
    }

    #[test]
    fn a_clause_that_goes_on_a_headings_numbering_leaves_it() {
        let sections = walk(&[
            ("10. EVALUATION CRITERIA", Some(Level::Numbered(1))),
            ("11", None),
            ("2. Scope", Some(Level::Numbered(1))),
            ("2.1", None),
            ("2.2", None),
            ("3", None),
            ("Anexo", Some(Level::Plain(1))),
            ("1", None),
        ]);
        assert_eq!(
            sections,
            ["11", "2. Scope › 2.1", "2. Scope › 2.2", "3", "Anexo › 1"]
        );
    }

    #[test]
    fn a_heading_ends_the_clauses_and_replaces_its_level() {
        let mut path = Path::default();
        path.enter("3. Documents", Level::Markdown(2));
        path.stacking = false;
        path.enter_clause("1", "1", false);
        path.enter("Garanties", Level::Plain(1));
        assert_eq!(path.section(), "3. Documents › Garanties");
        path.stacking = false;
        path.enter("Paiement", Level::Plain(1));
        assert_eq!(path.section(), "3. Documents › Paiement");
    }

    #[test]
    fn a_one_letter_mark_takes_its_rank_from_the_mark_it_follows() {
        // "V." after "IV." is the next part, not a letter under it.
        let mut path = Path::default();
        path.enter("IV. EVALUATION", Level::Lettered(0));
        path.enter("V. CONTRACT TERMS", Level::Lettered(1));
        assert_eq!(path.section(), "V. CONTRACT TERMS");
        path.enter("A. Insurance", Level::Lettered(1));
        assert_eq!(path.section(), "V. CONTRACT TERMS › A. Insurance");
        // "I." after "H." is the next letter, not a part above it.
        let mut path = Path::default();
        path.enter("II. REQUIREMENTS", Level::Lettered(0));
        path.enter("H. Hosting", Level::Lettered(1));
        path.enter("I. Insurance", Level::Lettered(0));
        assert_eq!(path.section(), "II. REQUIREMENTS › I. Insurance");
        // Without a mark before it, the line's own reading stands.
        let mut path = Path::default();
        path.enter("X. Annexes", Level::Lettered(1));
        path.enter("IX. Scope", Level::Lettered(0));
        assert_eq!(path.section(), "IX. Scope");
    }

    #[test]
    fn a_line_of_many_numbered_labels_is_read_in_bounded_time() {
        // Distinct label words ("Waaaa", "Waaab", …): no two columns among them.
        let word = |k: usize| -> String {
            let letters: String = (0..4)
                .map(|d| char::from(b'a' + ((k / 26usize.pow(d)) % 26) as u8))
                .collect();
            format!("W{letters}")
        };
        let line: String = (0..200_000).map(|k| format!("{} 1 - ", word(k))).collect();
        assert!(!two_columns(&line));
    }
}
