//! The document as the compliance matrix reads it: statements ("units": a paragraph
//! or a list item, whole, across line and page breaks) under the path of headings
//! they stand in.
//!
//! - Running headers and footers (a short line on three pages or more, page numbers
//!   alike) are left out, so a paragraph that a page break cuts continues past them.
//! - A heading is what `text::lines` calls one (Markdown, capitals, a numbered title),
//!   a line in bold alone, a short label ending in a colon ("Rechnung:"), or a short
//!   unnumbered line alone in its paragraph ("Tipo de Cotización"). Headings stack
//!   when one follows another with nothing between; an unnumbered heading replaces
//!   the last one otherwise, a numbered one every heading of its depth or deeper.
//! - A numbered paragraph that is not an item of a list ("7. Tenders must be
//!   delivered …") is a clause: its number is its section, not the previous clause's.
//! - A list item starts at any bullet (hyphens, dashes, private-use glyphs of word
//!   processors), a number, a letter or a roman numeral, and runs until the next item,
//!   heading or paragraph; a list goes on after a page break.

use std::collections::HashMap;
use std::sync::LazyLock;

use regex::Regex;

use crate::limits::{StopFlag, Stopped};
use crate::text::{Line, re};

/// Most headings a section path holds.
const MAX_DEPTH: usize = 4;
/// Longest heading kept in a path, in characters.
const MAX_HEADING_CHARS: usize = 120;

/// A list item's mark at the start of a line.
pub(super) static ITEM_MARK: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^(?:[-*•·▪◦●○■□►▸➢➤➔→✓✔❖–—]|[\x{E000}-\x{F8FF}]|\(?[0-9]{1,2}[.)]|\(?[a-zA-Z][.)]|\(?(?:i|ii|iii|iv|v|vi|vii|viii|ix|x|xi|xii|I|II|III|IV|V|VI|VII|VIII|IX|X)[.)])\s+",
    )
});

/// A row of a table numbered without a full stop ("1 Documento de constitución …"),
/// an item only under a header that is no sentence.
static NUMBERED_ROW: LazyLock<Regex> = LazyLock::new(|| re(r"^[0-9]{1,2}\s+\p{Lu}"));

/// A numbered paragraph: its number, then a capital.
static CLAUSE: LazyLock<Regex> =
    LazyLock::new(|| re(r"^([0-9]{1,2}(?:\.[0-9]{1,2})*)\\?\.\s+\p{Lu}"));

/// A numbered heading's number.
static HEADING_NUMBER: LazyLock<Regex> = LazyLock::new(|| {
    re(r"^(?:(?:section|part|article|chapter|sec\.)\s+)?([0-9]{1,2}(?:\.[0-9]{1,2})*)\\?\.?\s")
});

/// What kind of heading opened a level of the path.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Level {
    /// `#` … `######`.
    Markdown(usize),
    /// "2.", "2.1", and clauses: the depth of the number.
    Numbered(usize),
    /// Capitals, bold, a short line alone, a label ending in a colon: ranked so a
    /// lower one never replaces a higher one.
    Plain(u8),
}

/// One statement of the document.
pub(super) struct Unit {
    /// Its lines joined by a space; " … " where a running header was left out.
    pub text: String,
    /// How many bytes of `text` stand on its first page.
    pub first_page_len: usize,
    /// 0-based page of its first line.
    pub page: usize,
    /// Whether it is an item of a list.
    pub is_item: bool,
    /// The headings it stands under, outermost first, joined by " › ".
    pub section: String,
}

/// Lines repeated at the head or foot of pages: a short line (digits aside) on three
/// pages or more, or on every page of a two-page document.
fn running_lines(lines: &[Line<'_>]) -> HashMap<String, usize> {
    let pages = lines.last().map_or(0, |l| l.page + 1);
    let mut seen: HashMap<String, (usize, usize)> = HashMap::new();
    for l in lines {
        if l.text.len() > 80 {
            continue;
        }
        let e = seen.entry(shape_of(l.text)).or_insert((usize::MAX, 0));
        if e.0 != l.page {
            e.0 = l.page;
            e.1 += 1;
        }
    }
    let need = if pages <= 2 { 2 } else { 3 };
    seen.into_iter()
        .filter(|(_, (_, n))| pages >= 2 && *n >= need)
        .map(|(k, (_, n))| (k, n))
        .collect()
}

/// A line with its digits as `#` and its marks trimmed, to compare running lines.
fn shape_of(text: &str) -> String {
    text.trim_matches(|c: char| !c.is_alphanumeric())
        .chars()
        .map(|c| if c.is_ascii_digit() { '#' } else { c })
        .collect()
}

/// The heading level of line `i`, if it is a heading.
fn heading_level(lines: &[Line<'_>], i: usize) -> Option<Level> {
    let l = &lines[i];
    let text = l.text;
    let raw = l.raw.trim();
    let words = text.split_whitespace().count();
    if raw.starts_with('#') {
        // A "heading" that is a sentence or a list item is text (some converters
        // make every line a heading).
        if words > 14 || text.ends_with(['.', ';', ',']) || (ITEM_MARK.is_match(text) && words > 8)
        {
            return None;
        }
        return Some(Level::Markdown(
            raw.chars().take_while(|c| *c == '#').count(),
        ));
    }
    if ITEM_MARK.is_match(text) && !l.is_heading || marked_in_raw(l.raw) {
        return None;
    }
    // A reference number, a date or an amount is no heading ("VA-2026-0239").
    let letters = text.chars().filter(|c| c.is_alphabetic()).count();
    if text.chars().filter(|c| c.is_ascii_digit()).count() * 4 >= letters.max(1) * 3 {
        return None;
    }
    if l.is_heading {
        return Some(match HEADING_NUMBER.captures(text) {
            Some(c) => Level::Numbered(c[1].split('.').count()),
            None => Level::Plain(3),
        });
    }
    let bold = (raw.starts_with("**") && raw.ends_with("**") && raw.len() > 4)
        || (raw.starts_with("__") && raw.ends_with("__") && raw.len() > 4);
    if bold && words <= 14 && !text.ends_with(['.', ';', ',']) {
        return Some(match HEADING_NUMBER.captures(text) {
            Some(c) => Level::Numbered(c[1].split('.').count()),
            None => Level::Plain(2),
        });
    }
    let alone = l.starts_paragraph && lines.get(i + 1).is_none_or(|n| n.starts_paragraph);
    let starts_upper = text.starts_with(|c: char| c.is_uppercase());
    if !starts_upper || letters < 4 || text.ends_with('*') {
        return None;
    }
    // "Rechnung:", "Documents to submit:" — a label over what follows.
    if let Some(label) = text.strip_suffix(':') {
        // Over a list it is the list's lead-in, not a heading.
        let over_list = lines
            .get(i + 1)
            .is_some_and(|n| ITEM_MARK.is_match(n.text) || marked_in_raw(n.raw));
        if words <= 4 && !over_list && !label.contains([':', '.', ',', ';']) {
            return Some(Level::Plain(0));
        }
        return None;
    }
    if alone
        && words <= 8
        && text.len() <= 80
        && !text.ends_with(['.', ';', ',', '!', '?'])
        && !text.contains(':')
        && !text.contains('@')
        && text.chars().filter(|c| c.is_ascii_digit()).count() * 4 < letters
    {
        return Some(Level::Plain(1));
    }
    None
}

/// Whether a Markdown bullet ("* ", "- ", "+ ") opens the line as written (the
/// line's text has its emphasis marks, and so a leading `*`, trimmed).
fn marked_in_raw(raw: &str) -> bool {
    let raw = raw.trim_start();
    ["* ", "- ", "+ "].iter().any(|m| raw.starts_with(m))
}

/// The path of headings, with the rule of how a new one enters it.
#[derive(Default)]
struct Path {
    levels: Vec<(String, Level)>,
    /// A heading came last: the next one is under it.
    stacking: bool,
}

impl Path {
    fn enter(&mut self, heading: &str, level: Level) {
        let label: String = heading
            .replace("\\.", ".")
            .trim()
            .trim_end_matches(':')
            .trim()
            .chars()
            .take(MAX_HEADING_CHARS)
            .collect();
        match level {
            Level::Markdown(n) => {
                while let Some((_, top)) = self.levels.last() {
                    match top {
                        Level::Markdown(m) if *m < n => break,
                        _ => {
                            self.levels.pop();
                        }
                    }
                }
            }
            Level::Numbered(d) => {
                while let Some((_, top)) = self.levels.last() {
                    match top {
                        Level::Markdown(_) => break,
                        Level::Numbered(e) if *e < d => break,
                        _ => {
                            self.levels.pop();
                        }
                    }
                }
            }
            Level::Plain(rank) => {
                if !self.stacking
                    && let Some((_, Level::Plain(top))) = self.levels.last()
                    && *top <= rank
                {
                    self.levels.pop();
                }
            }
        }
        if self.levels.len() >= MAX_DEPTH {
            // The oldest unnumbered heading goes first (a letterhead's lines).
            let at = self
                .levels
                .iter()
                .position(|(_, l)| matches!(l, Level::Plain(_)))
                .unwrap_or(0);
            self.levels.remove(at);
        }
        self.levels.push((label, level));
        self.stacking = true;
    }

    fn section(&self) -> String {
        // The document's title (its one `#` heading) is no section of it.
        let skip =
            usize::from(self.levels.len() > 1 && matches!(self.levels[0].1, Level::Markdown(1)));
        self.levels[skip..]
            .iter()
            .map(|(l, _)| l.as_str())
            .collect::<Vec<_>>()
            .join(" › ")
    }
}

/// The document's statements, in reading order.
pub(super) fn units(lines: &[Line<'_>], stop: &StopFlag) -> Result<Vec<Unit>, Stopped> {
    let running = running_lines(lines);
    let mut out: Vec<Unit> = Vec::new();
    let mut path = Path::default();
    // The open unit, and whether a running line was left out since its last line.
    let mut open: Option<Unit> = None;
    let mut skipped = false;
    let mut last_page = 0;
    // Whether the last unit closed was an item, or a lead-in ending in a colon.
    let mut in_list = false;
    for (i, l) in lines.iter().enumerate() {
        stop.check()?;
        if l.text.len() <= 80 && running.contains_key(&shape_of(l.text)) {
            skipped = true;
            continue;
        }
        if let Some(level) = heading_level(lines, i) {
            out.extend(open.take());
            path.enter(l.text, level);
            in_list = false;
            continue;
        }
        let text = l.text;
        let after_header = open.as_ref().map_or(in_list, |u| {
            u.is_item || !u.text.trim_end().ends_with(['.', '!', '?', ';'])
        });
        // A dash that goes on with a sentence's lower-case words is punctuation.
        let dash_goes_on = open
            .as_ref()
            .is_some_and(|u| !u.is_item && !u.text.trim_end().ends_with(['.', '!', '?', ':', ';']))
            && text.starts_with(['-', '–', '—'])
            && text
                .trim_start_matches(['-', '–', '—'])
                .trim_start()
                .starts_with(|c: char| c.is_lowercase());
        let marked = !dash_goes_on
            && (ITEM_MARK.is_match(text)
                || marked_in_raw(l.raw)
                || (NUMBERED_ROW.is_match(text) && after_header));
        let new_page = l.page != last_page;
        last_page = l.page;
        let continues = open.as_ref().is_some_and(|u| {
            let ended = u.text.trim_end().ends_with(['.', '!', '?', ':', ';']);
            let lower = text.starts_with(|c: char| c.is_lowercase());
            !marked && (!l.starts_paragraph || (!ended && (lower || (new_page && u.is_item))))
        });
        if continues {
            let u = open.as_mut().expect("an open unit");
            if new_page && u.first_page_len == usize::MAX {
                u.first_page_len = u.text.len();
            }
            u.text
                .push_str(if skipped && new_page { " … " } else { " " });
            u.text.push_str(text);
            skipped = false;
            continue;
        }
        skipped = false;
        if let Some(done) = open.take() {
            in_list = done.is_item || done.text.trim_end().ends_with(':');
            out.push(done);
        }
        let mut is_item = marked;
        let mut body = text;
        // A numbered paragraph outside a list is a clause: its number is its section.
        if let Some(c) = CLAUSE.captures(text).filter(|_| !in_list) {
            let number = c.get(1).expect("a clause number");
            path.stacking = false;
            path.enter(
                number.as_str(),
                Level::Numbered(number.as_str().split('.').count()),
            );
            is_item = false;
            body = text[number.end()..]
                .trim_start_matches(['\\', '.', ')'])
                .trim_start();
        }
        path.stacking = false;
        open = Some(Unit {
            text: body.to_owned(),
            first_page_len: usize::MAX,
            page: l.page,
            is_item,
            section: path.section(),
        });
    }
    out.extend(open);
    for u in &mut out {
        u.first_page_len = u.first_page_len.min(u.text.len());
    }
    Ok(out)
}
