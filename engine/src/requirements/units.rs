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

use super::sections::{HEADING_NUMBER, Level, Path};
use crate::limits::{StopFlag, Stopped};
use crate::text::{Line, re};

/// A list item's mark at the start of a line.
pub(super) static ITEM_MARK: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^(?:[-*•·▪◦●○■□►▸➢➤➔→✓✔❖–—]|[\x{E000}-\x{F8FF}]|\(?[0-9]{1,2}[.)]|\(?[a-zA-Z][.)]|\(?(?:i|ii|iii|iv|v|vi|vii|viii|ix|x|xi|xii|I|II|III|IV|V|VI|VII|VIII|IX|X)[.)])\s+",
    )
});

/// An item marked by a Roman numeral and a dash, its text in lower case ("III -
/// balanço patrimonial …", as Portuguese and Spanish laws number their items); in
/// capitals it is a heading ("VI – Penalidades").
static ROMAN_DASH_ITEM: LazyLock<Regex> = LazyLock::new(|| {
    re(r"^(?:i|ii|iii|iv|v|vi|vii|viii|ix|x|xi|xii|I|II|III|IV|V|VI|VII|VIII|IX|X)\s[-–—]\s+\p{Ll}")
});

/// The longest item read as naming a thing (its end is then asked line by line), a
/// row's longest text: past it the reader is not asked again of the item's growing
/// text, so thousands of lines going on one item cost each a bounded read.
const MAX_NAMING_ITEM_BYTES: usize = super::MAX_REQUIREMENT_CHARS;

/// The longest open unit read as a table's header row.
const MAX_HEADER_ROW_BYTES: usize = 300;

/// A row of a table numbered without a full stop ("1 Documento de constitución …"),
/// an item only under a header that is no sentence.
static NUMBERED_ROW: LazyLock<Regex> = LazyLock::new(|| re(r"^[0-9]{1,2}\s+\p{Lu}"));

/// A numbered paragraph: its number, then a capital.
static CLAUSE: LazyLock<Regex> =
    LazyLock::new(|| re(r"^([0-9]{1,2}(?:\.[0-9]{1,2})*)\\?\.\s+\p{Lu}"));

/// A subclause's number, two levels or more, then a capital ("2.4 Glasflächen …",
/// "3.1.2. The Contractor …").
static SUBCLAUSE_LINE: LazyLock<Regex> =
    LazyLock::new(|| re(r"^[0-9]{1,2}(?:\.[0-9]{1,2}){1,3}\.?\s+\p{Lu}"));

/// A paragraph numbered with a dash between spaces, then a capital ("2 - O
/// prestador de serviços obriga-se …").
static DASHED_CLAUSE: LazyLock<Regex> =
    LazyLock::new(|| re(r"^[0-9]{1,2}(?:\.[0-9]{1,2})*\s[-–—]\s+\p{Lu}"));

/// A run-in heading: a clause's number or roman numeral, then its name in capitals
/// (most of its letters) and a colon, then its text on the same line ("IV. FINAL CONTRACT: Attachment B
/// is…", "3.2 DELIVERY: The goods…"). The number and name are the section.
static RUN_IN: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^((?:[0-9]{1,2}(?:\.[0-9]{1,2})*|[IVX]{1,5})\.?\s+\p{L}[\p{L}\p{N} /&'’,()-]{2,60}?)\s*:\s+\S",
    )
});

/// Most words of a run-in heading's name.
const MAX_RUN_IN_WORDS: usize = 8;

/// A run-in part's heading: a part's word and number, its title in title case and
/// a dash, then its text ("Tab 3 – Company Background – Describe …", "Part 2 –
/// Prix – Indiquez …", "Lote 1 - Mobiliario - El contratista …").
static DASHED_RUN_IN: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^(\p{Lu}\p{L}{1,11}\s+(?:[0-9]{1,2}|[A-Z]|[IVX]{1,5})\s*[–—-]\s*\p{Lu}[\p{L}\p{N} /&'’,().]{2,60}?)\s+[–—-]\s+\S",
    )
});

/// A run-in heading at the start of `text`: the heading, its level, and where its
/// text starts.
fn run_in(text: &str) -> Option<(&str, Level, usize)> {
    if let Some(found) = dashed_run_in(text) {
        return Some(found);
    }
    let c = RUN_IN.captures(text)?;
    let heading = c.get(1)?;
    let label = heading.as_str().trim_end();
    let mut words = label.split_whitespace();
    let number = words.next()?.trim_end_matches('.');
    let name = &label[label.len() - label.trim_start_matches(|c: char| !c.is_whitespace()).len()..];
    let letters = name.chars().filter(|ch| ch.is_alphabetic()).count();
    let capitals = name.chars().filter(|ch| ch.is_uppercase()).count();
    // A name in capitals, whatever a brand's lower-case letters ("eVA REGISTRATION",
    // "SWaM CERTIFICATION"); a sentence's words are not one.
    if words.count() > MAX_RUN_IN_WORDS || letters < 4 || capitals * 10 < letters * 7 {
        return None;
    }
    let depth = if number.starts_with(|ch: char| ch.is_ascii_digit()) {
        number.split('.').count()
    } else {
        1
    };
    let body = text[heading.end()..].trim_start().strip_prefix(':')?;
    Some((
        label,
        Level::Numbered(depth),
        text.len() - body.trim_start().len(),
    ))
}

/// A run-in part's heading at the start of `text` ("Tab 3 – Company Background –
/// …"): a short title that says nothing binding. It stands as an unnumbered
/// heading, so the next part's replaces it.
fn dashed_run_in(text: &str) -> Option<(&str, Level, usize)> {
    let c = DASHED_RUN_IN.captures(text)?;
    let heading = c.get(1)?;
    let label = heading.as_str().trim_end();
    let title = label.split_once(['–', '—', '-']).map_or(label, |(_, t)| t);
    if title.split_whitespace().count() > MAX_RUN_IN_WORDS
        || super::reading::reading(title).is_some()
    {
        return None;
    }
    let body = text[heading.end()..]
        .trim_start()
        .trim_start_matches(['–', '—', '-'])
        .trim_start();
    Some((label, Level::Plain(1), text.len() - body.len()))
}

/// One statement of the document.
pub(super) struct Unit {
    /// Its lines joined by a space, running headers left out.
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

/// Longest line that may be a running header or footer, in bytes.
const MAX_RUNNING: usize = 200;

/// A table of contents' line ("3. General instructions ........ 7"): neither a
/// heading nor a statement.
static CONTENTS_LINE: LazyLock<Regex> =
    LazyLock::new(|| re(r"(?:\.{4,}|…{2,}|(?:\. ){3,}|_{4,})\s*[0-9]{1,4}\s*$"));

/// A table of contents' heading, alone on its line ("Table of contents", "Sommaire",
/// "Índice", "Indice", "Inhaltsverzeichnis", "Sumário").
static CONTENTS_HEADING: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)^(?:table\s+of\s+contents|contents|sommaire|table\s+des\s+mati[èe]res|[íi]ndice(?:\s+general)?|contenido|sum[áa]rio|inhalt|inhaltsverzeichnis)\s*:?$",
    )
});

/// A contents entry without dot leaders: a heading's words, then its page number
/// ("XII. COSTS OF SERVICES 8", "Annex A Declaration form 15"); or a page's number
/// alone.
static CONTENTS_ENTRY: LazyLock<Regex> =
    LazyLock::new(|| re(r"(?:\p{L}\S*\s+[0-9]{1,3}|^[0-9]{1,3})$"));

/// Most lines a table of contents spans.
const MAX_CONTENTS_LINES: usize = 400;
/// Most lines of a contents entry before the one holding its page number (an entry
/// wrapped, or the table's header row "SECTION DESCRIPTION PAGE").
const MAX_ENTRY_WRAP: usize = 2;
/// Longest line read as a contents entry.
const MAX_ENTRY_BYTES: usize = 200;

/// The lines of the tables of contents whose entries have no dot leaders (those with
/// leaders are [`CONTENTS_LINE`]s wherever they are): from a contents heading on, the
/// lines ending in a page number, with the lines an entry wraps from, until a line
/// that is neither. The heading and its entries are neither headings nor statements:
/// read as headings, the last entries became the section of the whole text after
/// them. A contents heading over fewer than two entries is left as it is. Linear: each
/// line is looked at a bounded number of times.
fn contents_lines(lines: &[Line<'_>]) -> Vec<bool> {
    let entry = |l: &Line<'_>| {
        let t = l.text.trim();
        t.len() <= MAX_ENTRY_BYTES && (CONTENTS_ENTRY.is_match(t) || CONTENTS_LINE.is_match(t))
    };
    let mut marked = vec![false; lines.len()];
    let mut i = 0;
    while i < lines.len() {
        if !CONTENTS_HEADING.is_match(lines[i].text.trim()) {
            i += 1;
            continue;
        }
        let end = (i + 1 + MAX_CONTENTS_LINES).min(lines.len());
        let (mut j, mut entries) = (i + 1, 0);
        while j < end {
            if entry(&lines[j]) {
                entries += 1;
                j += 1;
                continue;
            }
            let wrapped = (j + 1..(j + 1 + MAX_ENTRY_WRAP).min(end)).find(|&k| {
                entry(&lines[k]) && lines[j..k].iter().all(|l| l.text.len() <= MAX_ENTRY_BYTES)
            });
            match wrapped {
                Some(k) => j = k,
                None => break,
            }
        }
        if entries >= 2 {
            marked[i..j].fill(true);
        }
        i = j.max(i + 1);
    }
    marked
}

/// Whether line `i` is among the first or last three of its page.
fn at_page_edge(lines: &[Line<'_>], i: usize) -> bool {
    let page = lines[i].page;
    let same = |j: usize| lines.get(j).is_some_and(|l| l.page == page);
    !(1..=3).all(|d| i >= d && same(i - d)) || !(1..=3).all(|d| same(i + d))
}

/// Lines repeated at the head or foot of pages: a short line (digits aside) on three
/// pages or more, or on every page of a two-page document; a longer one ("8 NO
/// PROPOSAL WILL BE ACCEPTED AFTER …") when it stands at a page's edge each time. A
/// header stands at a page's edge, or in a block of such lines that reaches it: a
/// line repeated only in the body of pages (a form's "Name of the Bidder," under each
/// category, a sample's tag) is text, and so is each occurrence in a page's body of
/// a line that heads other pages (a specification repeated in several schedules).
/// Whether each line is such a running line.
fn running_lines(lines: &[Line<'_>]) -> Vec<bool> {
    let pages = lines.last().map_or(0, |l| l.page + 1);
    let shapes: Vec<Option<String>> = lines
        .iter()
        .enumerate()
        .map(|(i, l)| {
            let long = l.text.len() > MAX_RUNNING || (l.text.len() > 80 && !at_page_edge(lines, i));
            (!long).then(|| shape_of(l.text))
        })
        .collect();
    let mut seen: HashMap<&str, (usize, usize)> = HashMap::new();
    for (l, shape) in lines.iter().zip(&shapes) {
        let Some(shape) = shape else { continue };
        let e = seen.entry(shape.as_str()).or_insert((usize::MAX, 0));
        if e.0 != l.page {
            e.0 = l.page;
            e.1 += 1;
        }
    }
    let need = if pages <= 2 { 2 } else { 3 };
    let repeated = |i: usize| {
        shapes[i]
            .as_deref()
            .is_some_and(|s| pages >= 2 && seen.get(s).is_some_and(|(_, n)| *n >= need))
    };
    let repeated = |i: usize| {
        repeated(i)
            && !goes_on_a_sentence(lines, i, i > 0 && repeated(i - 1))
            && !lines
                .get(i + 1)
                .is_some_and(|_| goes_on_a_sentence(lines, i + 1, true))
    };
    // A page's number alone ("Page 2 of 9", "- 4 -", "Seite 3 von 7") is a footer
    // even where the pages write it once, or each in another form.
    let repeated = |i: usize| repeated(i) || PAGE_NUMBER.is_match(lines[i].text.trim());
    // From each edge of a page inwards, while the lines are repeated ones.
    let mut at_edge: Vec<bool> = (0..lines.len()).map(|i| page_numbered(lines, i)).collect();
    for i in 0..lines.len() {
        let chained = i > 0 && at_edge[i - 1] && lines[i - 1].page == lines[i].page;
        at_edge[i] |= repeated(i) && (chained || at_page_edge(lines, i));
    }
    for i in (0..lines.len()).rev() {
        let chained = lines.get(i + 1).is_some_and(|n| n.page == lines[i].page) && at_edge[i + 1];
        at_edge[i] |= repeated(i) && chained;
    }
    at_edge
}

/// Most lines read ahead for the semicolon that ends a list's first item in lower
/// case ([`Reader::semicolons_ahead`]): an item wraps over three lines at most.
const MAX_SEMICOLON_LOOKAHEAD: usize = 4;

/// A page's number, alone on its line, in the six languages ("Page 2 of 9", "Page 2",
/// "Página 3 de 9", "Pág. 3", "Pagina 3 di 9", "Seite 4 von 9", "p. 5/12", "- 4 -",
/// "3/9").
static PAGE_NUMBER: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)^(?:(?:page|p\.|pag\.|pág\.|página|pagina|seite|s\.)\s*[0-9]{1,4}(?:\s*(?:of|de|sur|di|von|/)\s*[0-9]{1,4})?|[-–—]\s*[0-9]{1,4}\s*[-–—]|[0-9]{1,4}\s*/\s*[0-9]{1,4})$",
    )
});

/// A page's number closing a line: after a word for "page" ("Page 2", "Seite 2 von
/// 5", "Página 2 de 2", "pag. 2", "fl. 2"), as a fraction ("2/3") or alone after a
/// column's gap ("Invitation to Tender      2"). Captures the number.
static PAGE_NUMBER_END: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)(?:(?:^|\s)(?:page|seite|página|pagina|pág\.?|pag\.?|p\.|fl\.|folha|blatt)\s*([0-9]{1,4})(?:\s*(?:of|de|von|di|sur|/)\s*[0-9]{1,4})?|\s{3,}([0-9]{1,4})\s*/\s*[0-9]{1,4}|\s{3,}([0-9]{1,4}))\s*$",
    )
});

/// Whether line `i` is a page's first or last line (of a page after the first) that
/// ends with that page's number ([`PAGE_NUMBER_END`]): a running header or footer,
/// though the document's other pages may lack it.
fn page_numbered(lines: &[Line<'_>], i: usize) -> bool {
    let l = &lines[i];
    let first = i > 0 && lines[i - 1].page != l.page;
    let last = lines.get(i + 1).is_none_or(|n| n.page != l.page);
    l.page > 0
        && (first || last)
        && l.text.len() <= MAX_RUNNING
        && PAGE_NUMBER_END.captures(l.raw.trim_end()).is_some_and(|c| {
            (1..=3)
                .find_map(|k| c.get(k))
                .and_then(|m| m.as_str().parse::<usize>().ok())
                == Some(l.page + 1)
        })
}

/// Longest line of a running header or footer wrapped onto a second line; a longer
/// line is a sentence's.
const MAX_RUNNING_WRAP: usize = 80;

/// Whether line `i`, repeated on several pages, goes on with the sentence of the line
/// before it rather than standing at the page's edge as a header or footer: it opens
/// in lower case right under a line of the same page left open ("The design shall be
/// selected from" / "the submitted samples;"). When that line is repeated too
/// (`before_repeated`), both are a header wrapped onto two lines, unless the first is
/// a sentence's long line and the second ends the sentence ("… must be observed,
/// together with" / "the further directions set out below."); then neither is.
fn goes_on_a_sentence(lines: &[Line<'_>], i: usize, before_repeated: bool) -> bool {
    let l = &lines[i];
    let Some(prev) = i.checked_sub(1).map(|p| &lines[p]) else {
        return false;
    };
    // A page's first line over a line in lower case is a header wrapped onto two
    // lines (a table's header row repeated on each page).
    let heads_page = i < 2 || lines[i - 2].page != prev.page;
    prev.page == l.page
        && !heads_page
        && !l.starts_paragraph
        && l.text.trim_start().starts_with(char::is_lowercase)
        && !prev.text.trim_end().ends_with(['.', '!', '?', ':', ';'])
        && (!before_repeated
            || (prev.text.len() > MAX_RUNNING_WRAP
                && l.text.trim_end().ends_with(['.', '!', '?', ';'])))
}

/// `lines` without the running ones (`running`): a line that a left-out header
/// came before starts a paragraph if the header did (a heading at a page's top under
/// a running header stands alone), and a heading at a page's foot is no longer
/// followed by the footer (which read as the heading's second line).
fn without_running<'a>(lines: &[Line<'a>], running: &[bool]) -> Vec<Line<'a>> {
    let mut out: Vec<Line<'a>> = Vec::with_capacity(lines.len());
    let mut opens = false;
    for (l, &left_out) in lines.iter().zip(running) {
        if left_out {
            opens |= l.starts_paragraph;
            continue;
        }
        out.push(Line {
            starts_paragraph: l.starts_paragraph || opens,
            ..*l
        });
        opens = false;
    }
    out
}

/// A line with its digits as `#` and its marks trimmed, to compare running lines.
fn shape_of(text: &str) -> String {
    text.trim_matches(|c: char| !c.is_alphanumeric())
        .chars()
        .map(|c| if c.is_ascii_digit() { '#' } else { c })
        .collect()
}

/// The heading level of line `i`, if it is a heading.
/// What the reader knows around a line when it asks whether the line is a heading.
#[derive(Clone, Copy)]
struct Around {
    /// Every line is a paragraph (see [`unwrapped`]).
    unwrapped: bool,
    /// The line goes on a list or follows a heading without a blank line (in
    /// unwrapped text, then it is no heading for being short and alone: "Execute
    /// post-production processes").
    in_run: bool,
    /// A lead-in or a numbered item came last: a short numbered line is an item
    /// ("2." after "1." or under "… the following sections:", but not after "- …").
    in_list: bool,
    /// The width the document's lines are wrapped at, in bytes.
    width: usize,
    /// The line is a row of a table under its header ("1 Anexo IV Sí", "Documento B
    /// …" under "Documento Descrizione Osservazioni"): no heading, however short.
    table_row: bool,
}

/// A heading found at a line: its level, its label and how many lines it takes.
struct Heading {
    level: Level,
    label: String,
    lines: usize,
}

/// A heading's number and a dash, then its title's capital ("1- Contexte", "2 -
/// Profil du consultant", "4 – Reporting duties").
static DASHED_NUMBER: LazyLock<Regex> =
    LazyLock::new(|| re(r"^([0-9]{1,2}(?:\.[0-9]{1,2})*)\s*[-–—]\s*\p{Lu}"));

/// A heading numbered with a dash ([`DASHED_NUMBER`]): one line alone in its
/// paragraph, or over prose, outside a list; short, not ending as a sentence does,
/// binding nobody.
fn dashed_number_heading(lines: &[Line<'_>], i: usize, around: Around) -> Option<Heading> {
    let l = &lines[i];
    let c = DASHED_NUMBER.captures(l.text)?;
    let alone = lines.get(i + 1).is_none_or(|n| n.starts_paragraph) || over_prose(lines, i);
    let text = l.text.trim();
    let fits = l.starts_paragraph
        && !around.unwrapped
        && !around.in_list
        && alone
        && text.split_whitespace().count() <= MAX_NUMBERED_WORDS
        && !text.ends_with(['.', ';', ',', ':'])
        && super::reading::reading(text).is_none();
    fits.then(|| Heading {
        level: Level::Numbered(c[1].split('.').count()),
        label: text.to_owned(),
        lines: 1,
    })
}

/// A single number, a stop, a parenthesis, a dash or nothing, then a title's capital
/// ("1- Scope of the Audit", "2) Qualifications", "3 - Submission", "8.Reporting").
static NUMBER_THEN_TITLE: LazyLock<Regex> =
    LazyLock::new(|| re(r"^\(?([0-9]{1,2})\s*[.)\-–—:]?\s*\p{Lu}"));

/// A clause numbered under a single number ("2.1 ", "2.1. "): its first number.
static SUBCLAUSE: LazyLock<Regex> = LazyLock::new(|| re(r"^([0-9]{1,2})\.[0-9]{1,2}\b"));

/// A numbered title over its own subclauses ("2) Qualifications" over "2.1 The audit
/// firm must …", "1- Objet de la mission" over "1.1 …"): whatever mark follows the
/// number, a short title that binds nobody is the heading of the clauses the next line
/// opens numbered under it.
fn title_over_subclauses(lines: &[Line<'_>], i: usize) -> Option<Heading> {
    let l = &lines[i];
    let text = l.text.trim();
    let number = NUMBER_THEN_TITLE.captures(text)?;
    let next = lines.get(i + 1).filter(|n| n.page == l.page)?;
    let sub = SUBCLAUSE.captures(next.text.trim_start())?;
    // A table of contents' line ends with its page number, after a tab or leaders.
    let contents = |t: &str| {
        t.contains(['\t', '…']) || t.contains("..") || t.ends_with(|c: char| c.is_ascii_digit())
    };
    let fits = sub[1] == number[1]
        && !contents(text)
        && !contents(next.text.trim())
        && text.split_whitespace().count() <= MAX_NUMBERED_WORDS
        && !text.ends_with(['.', ';', ',', ':'])
        && !text.contains('[')
        && super::reading::reading(text).is_none();
    fits.then(|| Heading {
        level: Level::Numbered(1),
        label: text.to_owned(),
        lines: 1,
    })
}

/// A numbered heading of a narrow left column, as standard bidding documents set their
/// instructions to bidders ("16. Document" / "s" / "Establishi" / "ng the" /
/// "Eligibility" / "of the" / "Bidder", then " 16.1 To establish …"): the number and
/// a word, then fragments of a few characters each, then the heading's first
/// subclause ("16.1"). The fragments are the title's, glued where a word was cut.
static COLUMN_HEADING: LazyLock<Regex> =
    LazyLock::new(|| re(r"^([0-9]{1,2})\.\s+\p{Lu}\S*(?:\s+\S+)?$"));

/// Most fragments of a narrow column's heading, and the longest, in characters.
const MAX_COLUMN_FRAGMENTS: usize = 10;
const MAX_COLUMN_FRAGMENT_CHARS: usize = 16;

/// Longest end of a cut word a column's fragment opens with ("nt", "ce", "ality").
const MAX_WORD_TAIL_CHARS: usize = 5;

/// How many lines around a narrow column's heading are read for the words its cut
/// fragments make (a bound: each fragment reads at most this many lines).
const COLUMN_WORD_LINES: usize = 80;

/// Whether `word` (lower case) stands as a whole word in the text of `lines`: in the
/// lines longer than a column's fragment (the fragments themselves are no text).
fn has_word(lines: &[Line<'_>], word: &str) -> bool {
    !word.is_empty()
        && lines
            .iter()
            .filter(|l| l.text.chars().count() > MAX_COLUMN_FRAGMENT_CHARS)
            .any(|l| {
                let lower = l.text.to_lowercase();
                lower.match_indices(word).any(|(at, _)| {
                    let before = lower[..at].chars().next_back();
                    let after = lower[at + word.len()..].chars().next();
                    !before.is_some_and(char::is_alphanumeric)
                        && !after.is_some_and(char::is_alphanumeric)
                })
            })
}

/// The opening of the first subclause under a narrow column's heading at `l` ("16.1 "
/// under "16. Document"), if `l` is one ([`COLUMN_HEADING`]).
fn column_subclause(l: &Line<'_>) -> Option<String> {
    COLUMN_HEADING
        .captures(l.text.trim())
        .map(|c| format!("{}.1 ", &c[1]))
}

/// The lines after a narrow column's heading at `i` that may hold its fragments.
fn column_fragments<'l, 'a>(
    lines: &'l [Line<'a>],
    i: usize,
) -> impl Iterator<Item = (usize, &'l Line<'a>)> {
    lines
        .iter()
        .enumerate()
        .skip(i + 1)
        .take(MAX_COLUMN_FRAGMENTS + 1)
}

/// The heading of a narrow left column at line `i` ([`COLUMN_HEADING`]).
fn column_heading(lines: &[Line<'_>], i: usize) -> Option<Heading> {
    let l = &lines[i];
    let sub = column_subclause(l)?;
    let mut label = l.text.trim().to_owned();
    for (k, f) in column_fragments(lines, i) {
        let text = f.text.trim();
        if f.page != l.page {
            return None;
        }
        if text.starts_with(&sub) {
            // At least one fragment: a heading alone over its subclause is read as
            // such elsewhere.
            return (k > i + 1).then(|| Heading {
                level: Level::Numbered(1),
                label,
                lines: k - i,
            });
        }
        if text.chars().count() > MAX_COLUMN_FRAGMENT_CHARS
            || text.ends_with(['.', ';', ':'])
            || ITEM_MARK.is_match(text)
        {
            return None;
        }
        // A word cut by the column: a letter alone ("Document" / "s"), the two parts
        // making a word of the text around ("Clarificati" / "on" is "clarification"),
        // or neither part one, the second short ("Amendme" / "nt"); "Sanction" /
        // "for" and "Language" / "of Bid" are not.
        let first = text
            .split_whitespace()
            .next()
            .unwrap_or("")
            .trim_end_matches(|c: char| !c.is_alphanumeric())
            .to_lowercase();
        let cut = label.rsplit(' ').next().unwrap_or("").to_lowercase();
        let around = &lines
            [i.saturating_sub(COLUMN_WORD_LINES / 2)..(i + COLUMN_WORD_LINES / 2).min(lines.len())];
        let glued = text.starts_with(char::is_lowercase)
            && cut.chars().all(char::is_alphabetic)
            && ((first.chars().count() == 1
                && !matches!(first.as_str(), "a" | "e" | "o" | "y" | "à"))
                || has_word(around, &format!("{cut}{first}"))
                || (first.chars().count() <= MAX_WORD_TAIL_CHARS
                    && !has_word(around, &cut)
                    && !has_word(around, &first)));
        if !glued {
            label.push(' ');
        }
        label.push_str(text);
    }
    None
}

/// Where a narrow column's heading ends on its first subclause's line ("10. Language" /
/// "of Bid 10.1 The Bid, as well as …", "26. Confidenti" / "ality 26.1 No information
/// …"): for each such line, its index and the byte where the subclause's number opens.
/// The fragment before it is the heading's, the rest the subclause's statement.
fn column_tails(lines: &[Line<'_>]) -> Vec<(usize, usize)> {
    let mut tails = Vec::new();
    for (i, l) in lines.iter().enumerate() {
        if !l
            .text
            .trim_start()
            .starts_with(|c: char| c.is_ascii_digit())
        {
            continue;
        }
        let Some(sub) = column_subclause(l) else {
            continue;
        };
        for (k, f) in column_fragments(lines, i) {
            let text = f.text.trim();
            if f.page != l.page || text.starts_with(&sub) {
                break;
            }
            let shared = text.find(&format!(" {sub}")).filter(|&at| {
                let fragment = &text[..at];
                fragment.chars().count() <= MAX_COLUMN_FRAGMENT_CHARS
                    && !fragment.ends_with(['.', ';', ':'])
                    && !ITEM_MARK.is_match(fragment)
                    && text[at + 1 + sub.len()..].starts_with(char::is_uppercase)
            });
            if let Some(at) = shared {
                let opens = text.as_ptr() as usize - f.text.as_ptr() as usize;
                tails.push((k, opens + at + 1));
                break;
            }
            if text.chars().count() > MAX_COLUMN_FRAGMENT_CHARS
                || text.ends_with(['.', ';', ':'])
                || ITEM_MARK.is_match(text)
            {
                break;
            }
        }
    }
    tails
}

/// `lines` with each line of [`column_tails`] parted in two: the heading's last fragment,
/// then the subclause it shares the line with, as if the column had set it apart.
fn with_column_tails<'a>(lines: &[Line<'a>], tails: &[(usize, usize)]) -> Vec<Line<'a>> {
    let mut out = Vec::with_capacity(lines.len() + tails.len());
    let mut tails = tails.iter().peekable();
    for (i, l) in lines.iter().enumerate() {
        match tails.next_if(|(k, _)| *k == i) {
            Some(&(_, at)) => {
                let (fragment, subclause) = l.text.split_at(at);
                out.push(Line {
                    text: fragment.trim_end(),
                    raw: fragment.trim_end(),
                    ..*l
                });
                out.push(Line {
                    text: subclause,
                    raw: subclause,
                    starts_paragraph: false,
                    ..*l
                });
            }
            None => out.push(Line { ..*l }),
        }
    }
    out
}

/// Whether `text` is written as a sentence is, not as a title: after its first word,
/// fewer than half of its words of four letters or more open with a capital ("Une
/// lettre de motivation signée", not "Section IV. Application and Submission
/// Information" nor "BOQ & The TECHNICAL SPECIFICATIONS"), and one such word at least.
fn sentence_case(text: &str) -> bool {
    let (mut long, mut capital) = (0usize, 0usize);
    for w in text
        .split_whitespace()
        .skip(1)
        .filter(|w| w.chars().filter(|c| c.is_alphabetic()).count() >= 4)
    {
        long += 1;
        capital += usize::from(w.starts_with(char::is_uppercase));
    }
    long > 0 && capital * 2 < long
}

/// A heading's number alone on its line ("4.", "3.2", "IV."), its title on the next.
static NUMBER_ALONE: LazyLock<Regex> =
    LazyLock::new(|| re(r"^(?:[0-9]{1,2}(?:\.[0-9]{1,2})*\.?|[IVX]{1,5}\.)$"));

/// A heading whose number stands alone on its line over its title ("4." /
/// "Qualifications of the Consultant"): the number opens a paragraph outside a list,
/// the title is one short line alone that opens with a capital and binds nobody.
fn number_over_title(lines: &[Line<'_>], i: usize, around: Around) -> Option<Heading> {
    let l = &lines[i];
    let number = l.text.trim();
    // It opens a paragraph, or a dotted one ("3.2") follows a sentence's end: a
    // layout may put no blank line above a heading.
    let opens = l.starts_paragraph
        || (number.contains('.')
            && i.checked_sub(1).is_some_and(|p| {
                lines[p].page == l.page && lines[p].text.trim_end().ends_with(['.', '!', '?'])
            }));
    if around.unwrapped || around.in_list || !opens || !NUMBER_ALONE.is_match(number) {
        return None;
    }
    // The title alone in the paragraph, or right over its text's first line when the
    // number has a stop ("4.1", "5."; a bare "1" over a name is a table's row).
    let dotted = number.contains('.');
    // A title that looks like a heading of its own ("3." / "SUBMISSION") opens a
    // paragraph; it is still the number's.
    let title = lines.get(i + 1).filter(|n| {
        n.page == l.page
            && (!n.starts_paragraph || n.is_heading)
            && lines.get(i + 2).is_none_or(|m| {
                m.starts_paragraph
                    || (dotted
                        && m.page == n.page
                        && m.text.starts_with(char::is_uppercase)
                        && !ITEM_MARK.is_match(m.text))
            })
    })?;
    let text = title.text.trim();
    let fits = text.starts_with(char::is_uppercase)
        && text.split_whitespace().count() <= MAX_NUMBERED_WORDS
        && !text.ends_with(['.', ';', ',', ':'])
        && !text.contains('[')
        && !ITEM_MARK.is_match(text)
        && (dotted || !quantity_end(text))
        && super::reading::reading(text).is_none();
    if !fits {
        return None;
    }
    let level = if number.starts_with(|c: char| c.is_ascii_digit()) {
        Level::Numbered(number.trim_end_matches('.').split('.').count())
    } else {
        Level::Plain(3)
    };
    Some(Heading {
        level,
        label: format!("{number} {text}"),
        lines: 2,
    })
}

/// Most words of a numbered heading on one line.
const MAX_NUMBERED_WORDS: usize = 16;

/// Most words of a heading numbered without a stop ("4 Anforderungen an die
/// Software").
const MAX_UNDOTTED_WORDS: usize = 10;

/// A numbered heading in sentence case ("4.1. Composition de l'équipe", "4.
/// Quelles sont les obligations des équipes retenues au titre / du dispositif ?"): a
/// short numbered line, or two, alone in their paragraph and not ending as a
/// sentence or a lead-in does.
fn numbered_heading(lines: &[Line<'_>], i: usize, around: Around) -> Option<Heading> {
    let l = &lines[i];
    let c = HEADING_NUMBER.captures(l.text)?;
    let depth = c[1].split('.').count();
    // "1 Anexo IV" is a table's row; "1. Objet" and "4.2.1 Conditions" are headings.
    let dotted = depth > 1 || c[0].trim_end().ends_with(['.', ')']);
    // Undotted, it is a heading only alone in its paragraph ("4 Anforderungen an die
    // Software"), out of a list and a table.
    let alone_undotted = !around.unwrapped
        && !around.in_list
        && lines.get(i + 1).is_none_or(|n| n.starts_paragraph)
        && l.text.split_whitespace().count() <= MAX_UNDOTTED_WORDS;
    if (depth == 1 && around.in_list) || !(dotted || alone_undotted) || !l.starts_paragraph {
        return None;
    }
    let after = l.text[c[0].len()..].trim_start();
    if !after.starts_with(|c: char| c.is_uppercase()) {
        return None;
    }
    let next = lines.get(i + 1);
    let two = !around.unwrapped
        && next.is_some_and(|n| {
            !n.starts_paragraph
                && n.page == l.page
                && !ITEM_MARK.is_match(n.text)
                && lines.get(i + 2).is_none_or(|m| m.starts_paragraph)
        });
    let taken = if two { 2 } else { 1 };
    let label = match next {
        Some(n) if two => format!("{} {}", l.text, n.text),
        _ => l.text.to_owned(),
    };
    let alone = around.unwrapped
        || lines.get(i + taken).is_none_or(|n| n.starts_paragraph)
        || label.len() * 2 <= around.width;
    let words = label.split_whitespace().count();
    // A form's line with a blank to fill in ("7. Attached are [check the boxes]")
    // is no heading.
    // Wrapped over two lines, a title may be long; then it binds nobody and asks
    // nothing (a long question is a question-and-answer document's).
    let short = words <= MAX_NUMBERED_WORDS
        || (two
            && words <= 2 * MAX_NUMBERED_WORDS
            && !label.ends_with('?')
            && super::reading::reading(&label).is_none());
    // A line the next goes on in lower case to its stop is a sentence wrapped.
    let wrapped_sentence = taken == 1 && goes_on_in_lower_case(lines, i);
    (alone
        && short
        && !label.ends_with(['.', ';', ',', ':'])
        && !label.contains('[')
        && !leads_in_bare(&label)
        && !wrapped_sentence)
        .then_some(Heading {
            level: Level::Numbered(depth),
            label,
            lines: taken,
        })
}

/// Whether `label` ends with a quantity: a last word holding a digit ("40",
/// "31.20mtr"), or a number and a unit word after it ("260 pair", "12 pcs"): under a
/// bare number, a table's row ("8" / "Safety shoes 40"), not a heading's title.
fn quantity_end(label: &str) -> bool {
    let mut words = label.split_whitespace().rev();
    let digit = |w: &str| w.chars().any(|c| c.is_ascii_digit());
    match (words.next(), words.next()) {
        (Some(last), _) if digit(last) => true,
        (Some(last), Some(before)) => {
            digit(before)
                && before
                    .chars()
                    .all(|c| c.is_ascii_digit() || matches!(c, '.' | ','))
                && last.chars().count() <= 5
                && last.chars().all(char::is_lowercase)
        }
        _ => false,
    }
}

/// An annex's number and separator ("Annexe 1 : ", "Annex B – ", "Anexo II. ",
/// "Allegato 3 - ", "Anlage 2: "), then its title's capital.
static ANNEX_HEADING: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^(?i:annexe?|annexure|appendix|schedule|anexo|apéndice|apêndice|allegato|appendice|anhang|anlage)\s+(?:[0-9]{1,2}|[IVX]{1,5}|[A-Z])\s*[:.–—-]?\s+\p{Lu}",
    )
});

/// A lot's number and separator in a tender for goods ("Lot 3 : ", "Lote 2 - ",
/// "Lotto 1 – ", "Los 4: "), then its name's capital.
static LOT_HEADING: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^(?:(?i:lot|lote|lotto)\s+(?:n[°º.]?\s*)?[0-9]{1,3}\s*[:.–—-]?|(?i:los)\s+[0-9]{1,3}\s*[:–—-])\s+\p{Lu}",
    )
});

/// Most words of an annex's heading.
const MAX_ANNEX_WORDS: usize = 16;

/// An annex's heading ("Annexe 2 : PIÈCES À JOINDRE AU DOSSIER DE" /
/// "CANDIDATURE", "Anexo I: Modelo de declaración"): alone in its paragraph, or
/// wrapped onto one more line (a title in capitals goes on in capitals), no
/// sentence. It stands above every numbered heading, so the last section of the body
/// does not run on into the annexes.
fn annex_heading(lines: &[Line<'_>], i: usize, around: Around) -> Option<Heading> {
    let l = &lines[i];
    if let Some(lot) = lot_heading(lines, i) {
        return Some(lot);
    }
    if !l.starts_paragraph || !ANNEX_HEADING.is_match(l.text) {
        return None;
    }
    let capitals = |t: &str| {
        t.chars()
            .filter(|c| c.is_alphabetic())
            .all(char::is_uppercase)
    };
    let title = l
        .text
        .split_once([':', '.', '–', '—', '-'])
        .map_or("", |(_, t)| t);
    let next = lines.get(i + 1);
    let two = !around.unwrapped
        && next.is_some_and(|n| {
            n.page == l.page
                && !ITEM_MARK.is_match(n.text)
                && (!n.starts_paragraph || (n.is_heading && capitals(title) && capitals(n.text)))
                && lines.get(i + 2).is_none_or(|m| m.starts_paragraph)
        });
    let taken = if two { 2 } else { 1 };
    let label = match next {
        Some(n) if two => format!("{} {}", l.text, n.text),
        _ => l.text.to_owned(),
    };
    let alone = lines.get(i + taken).is_none_or(|n| n.starts_paragraph);
    (alone
        && !CONTENTS_LINE.is_match(&label)
        && !label.contains("....")
        && label.split_whitespace().count() <= MAX_ANNEX_WORDS
        && !label.trim_end().ends_with(['.', ';', ',', ':'])
        && super::reading::reading(&label).is_none())
    .then_some(Heading {
        level: Level::Numbered(0),
        label,
        lines: taken,
    })
}

/// Most words of a lot's heading.
const MAX_LOT_WORDS: usize = 10;

/// A lot's heading ("Lot 3 : Office chairs", "Lote 2 - Material de oficina"): one
/// short line, which a table's rows may follow without a blank line, that no
/// lower-case line goes on, no sentence. Like an annex, it stands above every
/// numbered heading: the forms and clauses before it are left.
fn lot_heading(lines: &[Line<'_>], i: usize) -> Option<Heading> {
    let l = &lines[i];
    let text = l.text.trim();
    if !LOT_HEADING.is_match(text) || text.split_whitespace().count() > MAX_LOT_WORDS {
        return None;
    }
    let goes_on = lines
        .get(i + 1)
        .is_some_and(|n| !n.starts_paragraph && n.text.starts_with(char::is_lowercase));
    (!goes_on && !text.ends_with(['.', ';', ',', ':']) && super::reading::reading(text).is_none())
        .then(|| Heading {
            level: Level::Numbered(0),
            label: text.to_owned(),
            lines: 1,
        })
}

/// A property and its value, as a specification states them ("Colour: black or
/// grey", "Cover material: leather", "Tensión nominal: 230 V"): a short label in
/// which no clause opens, a colon, a value.
static PROPERTY: LazyLock<Regex> =
    LazyLock::new(|| re(r"^\p{Lu}[\p{L}\p{N}'’ /()-]{1,40}\s?:\s*\S"));

/// A line that ends a sentence and then opens a property with its label ("… phone
/// stand. Card slots:", "… en acier. Couleur :"): the value is on the next line.
static WRAPPED_LABEL: LazyLock<Regex> =
    LazyLock::new(|| re(r"[.;]\s+\p{Lu}\p{L}*(?:\s+\p{L}+){0,2}\s?:$"));

/// Most words of a property's label.
const MAX_PROPERTY_WORDS: usize = 3;

/// Whether `sentence`, a statement under `section`, states a property of a lot's
/// goods ("Lot 2 : Office chairs" › "Seat: fabric, black"): under a lot's heading,
/// a specification binds without a verb.
pub(super) fn specifies_a_lot(section: &str, sentence: &str) -> bool {
    let under_lot = section
        .split(" › ")
        .any(|heading| LOT_HEADING.is_match(heading));
    let label_words = sentence
        .split(':')
        .next()
        .map_or(usize::MAX, |l| l.split_whitespace().count());
    under_lot && PROPERTY.is_match(sentence) && label_words <= MAX_PROPERTY_WORDS
}

/// The heading at line `i`, if it is one.
fn heading_at(lines: &[Line<'_>], i: usize, around: Around) -> Option<Heading> {
    // A line of two table columns ("Category 5 - Data Engineer Category 6 - Tester")
    // is no heading.
    if around.table_row || super::sections::two_columns(lines[i].text) {
        return None;
    }
    if !lines[i].raw.trim_start().starts_with('#')
        && let Some(h) = annex_heading(lines, i, around)
    {
        return Some(h);
    }
    if let Some(h) = column_heading(lines, i) {
        return Some(h);
    }
    if let Some(h) = number_over_title(lines, i, around) {
        return Some(h);
    }
    if let Some(h) = title_over_subclauses(lines, i) {
        return Some(h);
    }
    if let Some(h) = dashed_number_heading(lines, i, around) {
        return Some(h);
    }
    if let Some(level) = super::sections::marked_title_heading(lines, i, around.unwrapped) {
        return Some(Heading {
            level,
            label: lines[i].text.trim().to_owned(),
            lines: 1,
        });
    }
    if !around.in_list
        && let Some(level) = super::sections::word_numbered_heading(lines, i)
    {
        return Some(Heading {
            level,
            label: lines[i].text.trim().to_owned(),
            lines: 1,
        });
    }
    if let Some(level) = heading_level(lines, i, around) {
        return Some(Heading {
            level,
            label: lines[i].text.to_owned(),
            lines: 1,
        });
    }
    if lines[i].raw.trim_start().starts_with('#') || marked_in_raw(lines[i].raw) {
        return None;
    }
    numbered_heading(lines, i, around)
}

/// The heading level of line `i`, if it is a heading by its marks, its capitals or
/// standing alone.
fn heading_level(lines: &[Line<'_>], i: usize, around: Around) -> Option<Level> {
    let l = &lines[i];
    let text = l.text;
    let raw = l.raw.trim();
    let words = text.split_whitespace().count();
    if raw.starts_with('#') {
        // A "heading" that is a sentence or a list item is text (some converters
        // make every line a heading).
        if words > 14
            || text.ends_with(['.', ';', ','])
            || (ITEM_MARK.is_match(text) && words > 8)
            || binding_lead_in(text)
        {
            return None;
        }
        return Some(Level::Markdown(
            raw.chars().take_while(|c| *c == '#').count(),
        ));
    }
    // A data sheet's row ("ITB 20.1 Bid bond is not required") is no heading.
    if DATA_SHEET_ROW.is_match(text) {
        return None;
    }
    if let Some(level) = super::sections::label_heading(lines, i, around.unwrapped) {
        return Some(level);
    }
    if lettered_part(lines, i, around) {
        return Some(Level::Plain(3));
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
        // A sentence in capitals that binds is a statement ("PROPOSALS WILL NOT BE
        // ACCEPTED VIA EMAIL").
        let number = HEADING_NUMBER.captures(text);
        if number.is_some() && numbered_item(text, around) {
            return None;
        }
        // A line in title case (German nouns) that the next goes on in lower case to
        // its stop is a sentence wrapped.
        if goes_on_in_lower_case(lines, i) {
            return None;
        }
        // A line in capitals that the next one goes on is a sentence wrapped.
        let sentence = match lines.get(i + 1) {
            Some(n) if !n.starts_paragraph && n.page == l.page => format!("{text} {}", n.text),
            _ => text.to_owned(),
        };
        if number.is_none()
            && sentence.split_whitespace().count() >= 5
            && super::reading::reading(&sentence).is_some_and(|r| r.shape != super::Shape::NonModal)
        {
            return None;
        }
        return Some(match number {
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
    let next = lines.get(i + 1);
    let alone = if around.unwrapped {
        !around.in_run
    } else {
        // Alone in its paragraph, or a short line over one that opens with a capital
        // (a heading the text puts no blank line under).
        l.starts_paragraph
            && (next.is_none_or(|n| n.starts_paragraph)
                || (!around.in_run
                    && text.len() * 2 <= around.width
                    && super::reading::reading(text).is_none()
                    && next.is_some_and(|n| {
                        n.text.starts_with(|c: char| c.is_uppercase())
                            && !ITEM_MARK.is_match(n.text)
                    }))
                || titles_list(lines, i, around))
            || titles_prose(lines, i, around)
    };

    // A tag in brackets may open a heading ("[Lot 2] Catering").
    let titled = BRACKET_TAG.find(text).map_or(text, |m| &text[m.end()..]);
    let starts_upper = titled.starts_with(|c: char| c.is_uppercase());
    if !starts_upper || letters < 4 || text.ends_with('*') {
        return None;
    }
    // "Rechnung:", "Documents to submit:" — a label over what follows.
    if let Some(label) = text.strip_suffix(':') {
        // Over a list it is the list's lead-in, not a heading.
        let over_list = lines
            .get(i + 1)
            .is_some_and(|n| ITEM_MARK.is_match(n.text) || marked_in_raw(n.raw));
        if words <= 4
            && !over_list
            && !label.contains([':', '.', ',', ';'])
            && super::reading::reading(label).is_none()
        {
            return Some(Level::Plain(0));
        }
        return None;
    }
    // A question may title what answers it ("Qui peut postuler ?"); a longer line
    // titles only the prose it stands over.
    let over_prose = titles_prose(lines, i, around) || (l.starts_paragraph && over_prose(lines, i));
    let question = text.ends_with('?') && over_prose;
    if alone
        && (words <= 8 || (words <= MAX_TITLE_WORDS && over_prose))
        && text.len() <= MAX_TITLE_BYTES
        && (question || !text.ends_with(['.', ';', ',', '!', '?']))
        && !text.contains(':')
        && !text.contains('@')
        && text.chars().filter(|c| c.is_ascii_digit()).count() * 4 < letters
        && !binds(text)
        && !leads_in_bare(text)
        && !goes_on_in_lower_case(lines, i)
        && leads_text(lines, i)
    {
        return Some(Level::Plain(1));
    }
    None
}

/// Whether line `i` is a sentence's first line that the next one goes on, in lower
/// case, to its stop ("2.1 Der Auftragnehmer hat die Reinigung nach … in Anlage 2" /
/// "auszuführen."): a wrapped sentence, no title.
fn goes_on_in_lower_case(lines: &[Line<'_>], i: usize) -> bool {
    // (A line after one that looks like a heading opens a paragraph of its own,
    // blank line or not.)
    lines.get(i + 1).is_some_and(|n| {
        (!n.starts_paragraph || lines[i].is_heading)
            && n.page == lines[i].page
            && n.text.starts_with(char::is_lowercase)
            && !ITEM_MARK.is_match(n.text)
            && n.text.trim_end().ends_with('.')
    })
}

/// Fewest words of a line without its final stop read as a statement rather than
/// a heading ("Qualifications (mandatory)" is a heading).
const MIN_STATEMENT_WORDS: usize = 4;

/// Most words and bytes of an unnumbered heading over a paragraph of prose
/// ("Profil et compétences attendus du partenaire de mise en œuvre").
const MAX_TITLE_WORDS: usize = 12;
const MAX_TITLE_BYTES: usize = 100;

/// Fewest words of the line under a short unnumbered heading, unless it is an item
/// or a heading: a label over a short line is a form's field or a table's cell
/// ("Name and Address of Firm" / "Telephone").
const MIN_WORDS_UNDER_HEADING: usize = 4;

/// Whether what follows line `i` is text a heading may stand over: a line of a few
/// words, a lead-in, an item, another heading, or the document's end.
fn leads_text(lines: &[Line<'_>], i: usize) -> bool {
    lines.get(i + 1).is_none_or(|n| {
        n.is_heading
            || ITEM_MARK.is_match(n.text)
            || marked_in_raw(n.raw)
            || n.text.trim_end().ends_with(':')
            || n.text
                .split_whitespace()
                .nth(MIN_WORDS_UNDER_HEADING - 1)
                .is_some()
    })
}

/// Most words of a title right over a list.
const MAX_LIST_TITLE_WORDS: usize = 6;

/// Whether line `i` is a title right over a list that says nothing of what the bidder
/// gives ("Township departments involved" / "• Clerk's Office"): a short line, no
/// colon, no verb that binds, not naming requirements, tasks or documents (then it
/// leads its items in as a colon does: "Documents to submit"), with an item right
/// under it on its page. The list is then read under it as under any heading.
fn titles_list(lines: &[Line<'_>], i: usize, around: Around) -> bool {
    let l = &lines[i];
    let text = l.text.trim();
    !around.in_run
        && !around.in_list
        && text.split_whitespace().count() <= MAX_LIST_TITLE_WORDS
        && !text.ends_with([':', '.', ';', ',', '!', '?'])
        && lines.get(i + 1).is_some_and(|n| {
            n.page == l.page
                && !n.starts_paragraph
                && (ITEM_MARK.is_match(n.text) || marked_in_raw(n.raw))
        })
        && super::reading::reading(text).is_none()
        && !super::reading::announces_requirements(text)
}

/// Whether the line after line `i` on its page is prose: a sentence's line, at
/// least twice as long as line `i`, opening with a capital, no item.
fn over_prose(lines: &[Line<'_>], i: usize) -> bool {
    let l = &lines[i];
    lines.get(i + 1).is_some_and(|n| {
        n.page == l.page
            && n.text.len() >= 2 * l.text.len()
            && n.text.split_whitespace().nth(5).is_some()
            && n.text.starts_with(|c: char| c.is_uppercase())
            && !ITEM_MARK.is_match(n.text)
            && !n.is_heading
    })
}

/// Whether line `i`, which no blank line sets apart, is a heading over prose: it
/// follows a sentence's end on its page (or a heading) outside a list, it is short
/// beside the text's width, binds nobody, and prose follows it ("… sont requis." /
/// "Barrierefreiheit" / "Die Website muss …").
fn titles_prose(lines: &[Line<'_>], i: usize, around: Around) -> bool {
    let l = &lines[i];
    let after_sentence = i.checked_sub(1).is_some_and(|p| {
        let prev = &lines[p];
        prev.page == l.page && (prev.is_heading || prev.text.trim_end().ends_with(['.', '!', '?']))
    });
    !l.starts_paragraph
        && !around.in_run
        && after_sentence
        && l.text.len() * 2 <= around.width
        && over_prose(lines, i)
        && super::reading::reading(l.text).is_none()
}

/// A tag in brackets opening a line ("[Lot 2] ", "[Lote 1] ").
static BRACKET_TAG: LazyLock<Regex> = LazyLock::new(|| re(r"^\[[^\[\]]{1,24}\]\s+"));

/// Whether a short line binds with a modal verb ("L'appaltatore deve controllare gli
/// estintori", a statement without its final stop): a statement, no heading.
fn binds(text: &str) -> bool {
    text.split_whitespace().count() >= MIN_STATEMENT_WORDS
        && super::reading::reading(text).is_some_and(|r| r.shape != super::Shape::NonModal)
}

/// A row of a tender's data sheet: the clause of the instructions it completes
/// ("ITB 14.7", "IAO 11.1", "IC 20.2", "DPAO 5.1", "IAL 3.2"), then its text.
pub(super) static DATA_SHEET_ROW: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^(?:ITB|ITT|ITQ|IFB|BDS|PDS|GCC|SCC|GC|SC|IAO|IAL|IOB|IC|IS|DPAO|DDAO|CCAP|CCAG|CGC|CPC)\s?[0-9]{1,2}\.[0-9]{1,2}(?:[^0-9]|$)",
    )
});

/// A part of a document lettered in capitals or numbered in Roman numerals ("C.
/// Opening of Offers", "(B) Delivery", "D) Payment Terms", "B) Da entrega", "II.
/// Obligaciones del adjudicatario"): the letter or numeral, a stop or a bracket and
/// a short title alone in its paragraph.
static LETTERED_PART: LazyLock<Regex> = LazyLock::new(|| {
    re(r"^(?:[A-H]\.|\(?[A-H]\)|[IVX]{1,5}\.|\(?[IVX]{1,5}\))\s+\p{Lu}[\p{L} ,'’&/()-]{2,70}$")
});

/// Most words of a lettered part's title.
const MAX_PART_WORDS: usize = 8;

/// Whether line `i` is a lettered part's heading: alone in its paragraph, not under
/// a lead-in nor after an item (then it is an item of a list lettered in capitals),
/// no statement.
fn lettered_part(lines: &[Line<'_>], i: usize, around: Around) -> bool {
    let l = &lines[i];
    let text = l.text.trim();
    // At a page's top the page number may stand on the line above.
    let opens = l.starts_paragraph
        || i.checked_sub(1).is_some_and(|p| {
            lines[p].page != l.page || lines[p].text.trim().chars().all(|c| c.is_ascii_digit())
        });
    if around.unwrapped || around.in_list || !opens || !LETTERED_PART.is_match(text) {
        return false;
    }
    let alone = lines.get(i + 1).is_none_or(|n| n.starts_paragraph);
    // After a lead-in or an item lettered or numbered too it is an item; after a
    // bullet's item it is the next part.
    let after_item_or_lead_in = i.checked_sub(1).is_some_and(|p| {
        let prev = lines[p].text.trim_end();
        prev.ends_with(':')
            || ITEM_MARK
                .find(prev)
                .is_some_and(|m| m.as_str().contains(|c: char| c.is_alphanumeric()))
    });
    alone
        && !after_item_or_lead_in
        && text.split_whitespace().count() <= MAX_PART_WORDS
        && super::reading::reading(text).is_none()
}

/// Whether a numbered line in title case is an item rather than a heading: it
/// follows a lead-in or a numbered item, its number has one level ("2.", "3)") and it
/// is not in capitals (German nouns make an item look like a title: "2. Gestaltung
/// eines barrierefreien Designs" under "… folgende Leistungen erbringen:").
fn numbered_item(text: &str, around: Around) -> bool {
    let one_level = ITEM_MARK.find(text).is_some_and(|m| {
        m.as_str()
            .trim_start()
            .starts_with(|c: char| c.is_ascii_digit())
    });
    let capitals = text
        .chars()
        .filter(|c| c.is_alphabetic())
        .all(char::is_uppercase);
    around.in_list && !around.unwrapped && one_level && !capitals
}

/// A future, whose verb states something ("will invite", "fournira", "publicará"): the
/// auxiliaries and the endings no noun has (not French "-ra", as in "Escritura").
static FUTURE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:will|shall|wird|werden|sera|seront|fera|feront|aura|auront|\p{L}{2,}(?:eront|iront|dront)|\p{L}{3,}(?:ará|arán|erá|erán|irá|irán|arão|erão|irão|arà|aranno|erà|eranno|irà|iranno))\b",
    )
});

/// The words of an item parted by blank lines read for a modal verb: a subject of a
/// few words and its verb.
const MODAL_OPENING_WORDS: usize = 5;

/// Whether a line holds a form's blank to fill in ("Name: ________", "Datum: .....").
fn form_blank(text: &str) -> bool {
    text.contains("___") || text.contains(".....") || text.contains("……")
}

/// Longest item of a list parted by blank lines, in bytes.
const MAX_PARTED_ITEM_BYTES: usize = 300;

/// A sentence's end inside a paragraph: a stop, then the next sentence's capital.
static SENTENCE_BREAK: LazyLock<Regex> = LazyLock::new(|| re(r"[.!?]\s+\p{Lu}"));

/// Most lines of an item of a list parted by blank lines ([`Reader::parted_item`]): a
/// longer paragraph is prose, not a table's row.
const MAX_PARTED_ITEM_LINES: usize = 3;

/// A lead-in naming an address to send to ("must be sent to the following
/// address:", "should be sent to:", "est à adresser à :", "inviata a:"): the lines
/// under it are the address's, no items. (English "address" is a noun only after a
/// determiner, at the lead-in's start or at its end: "must address the following:"
/// is a verb.)
static NAMES_AN_ADDRESS: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:(?:the|this|following|postal|mailing|our|e-?mail)\s+address(?:es)?\b|^\W*address(?:es)?\b|address(?:es)?\s*:\s*$|adresses?\b|direcci[óo]n\b|domicilio\b|endere[çc]os?\b|indirizzo\b|(?:post)?anschrift\b|\b(?:to|à|au|aux|a|al|para|presso|an|bei)\s*:\s*$)",
    )
});

/// The prepositions a lead-in without a colon leaves hanging for its items ("le
/// partenaire sera chargé de" / "Mobiliser les communautés …", "The Contractor will
/// be responsible for", "el consultor se encargará de", "ficará responsável por",
/// "sarà responsabile di", "ist zuständig für").
/// (Not "à", "to", "a": "Les offres sont adressées à" leads an address's lines.)
const HANGING_WORDS: &[&str] = &["de", "pour", "of", "for", "para", "por", "di", "per", "für"];

/// Whether `text` ends with a preposition left hanging ([`HANGING_WORDS`]), after three
/// words at least: a lead-in whose items finish its sentence.
fn hangs(text: &str) -> bool {
    let mut words = text.split_whitespace().rev();
    words
        .next()
        .is_some_and(|w| HANGING_WORDS.contains(&w.to_lowercase().as_str()))
        && words.nth(2).is_some()
}

/// Whether a line is a lead-in that binds ("The proposal must contain:", "… must
/// contain the items below.", "Le partenaire sera chargé de"): a
/// converter's heading mark over it makes no heading of it, so the items after it
/// are its list's.
fn binding_lead_in(text: &str) -> bool {
    if hangs(text) {
        return super::reading::reading(text).is_some();
    }
    if let Some(bare) = text.trim_end().strip_suffix('.') {
        // One that ends with a stop announces its items with its last words ("… must
        // contain the items below.", "… the following documents."), not a sentence
        // that names a chart or instructions on the way ("The following chart sets
        // forth the standards the code must meet.").
        return (FOLLOWING_END.is_match(bare) || BELOW_END.is_match(bare))
            && super::statement_sentences(text)
                .last()
                .is_some_and(|s| super::reading::leads_in_with_a_stop(s));
    }
    text.trim_end().trim_end_matches(['*', '_']).ends_with(':')
        && super::reading::reading(text).is_some()
}

/// Whether a Markdown bullet ("* ", "- ", "+ ") opens the line as written (the
/// line's text has its emphasis marks, and so a leading `*`, trimmed).
fn marked_in_raw(raw: &str) -> bool {
    let raw = raw.trim_start();
    ["* ", "- ", "+ "].iter().any(|m| raw.starts_with(m))
}

/// Whether the document's lines are paragraphs rather than lines wrapped at a width
/// (a word processor's or a web page's text: lines of several hundred characters, no
/// blank line between paragraphs): then every line is a paragraph of its own.
fn unwrapped(lines: &[Line<'_>]) -> bool {
    let prose = lines.iter().filter(|l| l.raw.matches('|').count() < 2);
    let (mut all, mut long) = (0usize, 0usize);
    for l in prose {
        all += 1;
        long += usize::from(l.text.len() > 200);
    }
    long >= 2 && long * 100 >= all * 3
}

/// The width the document's lines are wrapped at: the ninth decile of their lengths.
fn width(lines: &[Line<'_>]) -> usize {
    let mut lengths: Vec<usize> = lines.iter().map(|l| l.text.len()).collect();
    lengths.sort_unstable();
    lengths.get(lengths.len() * 9 / 10).copied().unwrap_or(0)
}

/// A line that labels a short value ("DATE: February 12, 2025", "Lieu : Paris"):
/// under a lead-in it is the lead-in's detail, not an item of its own (a longer one,
/// "Ticketing : Offrir un point d'entrée unique …", is a feature of a list).
static LABEL_VALUE: LazyLock<Regex> =
    LazyLock::new(|| re(r"^[\p{L}][\p{L}'’ .-]{0,30}\s?:\s*\S+(?:\s+\S+){0,3}\s*$"));

/// Whether a converter made most lines Markdown headings ("###### The bidder shall
/// provide the"): then the marks say nothing of the structure.
fn headings_everywhere(lines: &[Line<'_>]) -> bool {
    let marked = lines
        .iter()
        .filter(|l| l.raw.trim_start().starts_with('#'))
        .count();
    marked >= 20 && marked * 2 > lines.len()
}

/// The lines read without their heading marks: a heading is one by its capitals or
/// its number, as in any text.
fn without_heading_marks<'a>(lines: &[Line<'a>]) -> Vec<Line<'a>> {
    lines
        .iter()
        .map(|l| {
            let raw = l.raw.trim_start().trim_start_matches('#').trim_start();
            Line {
                text: l.text,
                raw,
                heading: l.heading,
                is_heading: crate::text::looks_like_heading(raw, l.text),
                page: l.page,
                starts_paragraph: l.starts_paragraph,
            }
        })
        .collect()
}

/// A line that opens with the letter "o" as a word processor's bullet, as a PDF's
/// extraction leaves it ("o export of bookings;"), then a word (an amount after it,
/// "o $500,000", is read with the line before it).
static O_BULLET: LazyLock<Regex> = LazyLock::new(|| re(r"^o[ \t]+\p{L}"));

/// Most lines between an "o" bullet and the end of its item on the next page (the
/// running header between them counts).
const MAX_CUT_ITEM_LINES: usize = 6;

/// The lines whose "o" is a bullet, with their text as an item marked "◦": an "o"
/// opening a line is a bullet when the line before or after on its page opens with
/// one too, or the line before is a lead-in (a colon) or an item (in Portuguese,
/// Spanish and Italian a wrapped sentence's line may open with the word "o").
fn o_bullets(lines: &[Line<'_>]) -> Vec<(usize, String)> {
    let shaped = |j: usize| lines.get(j).is_some_and(|l| O_BULLET.is_match(l.text));
    let mut out = Vec::new();
    for (i, l) in lines.iter().enumerate() {
        if !O_BULLET.is_match(l.text) {
            continue;
        }
        let same_page = |j: usize| lines.get(j).is_some_and(|n| n.page == l.page);
        let before = i.checked_sub(1).filter(|&p| same_page(p));
        let neighbour = before.is_some_and(shaped) || (same_page(i + 1) && shaped(i + 1));
        let after_lead = before.is_some_and(|p| {
            let t = lines[p].text.trim_end();
            t.ends_with(':') || ITEM_MARK.is_match(t)
        });
        // After an item that a page break cut and that ends on this page ("… por" /
        // "unidade de atendimento;" / "o integração …"): the line before ends as an
        // item does and an "o" bullet opens one of the few lines above it.
        let after_cut_item = i.checked_sub(1).is_some_and(|p| {
            lines[p].text.trim_end().ends_with([';', '.'])
                && (p.saturating_sub(MAX_CUT_ITEM_LINES)..p)
                    .any(|q| lines[q].page < l.page && O_BULLET.is_match(lines[q].text))
        });
        if neighbour || after_lead || after_cut_item {
            out.push((i, format!("◦ {}", l.text[1..].trim_start())));
        }
    }
    out
}

/// `lines` with the texts of `bullets` in place of theirs.
fn with_bullets<'b>(lines: &[Line<'b>], bullets: &'b [(usize, String)]) -> Vec<Line<'b>> {
    let mut texts: Vec<Option<&'b str>> = vec![None; lines.len()];
    for (i, text) in bullets {
        texts[*i] = Some(text);
    }
    lines
        .iter()
        .zip(texts)
        .map(|(l, text)| Line {
            text: text.unwrap_or(l.text),
            raw: text.unwrap_or(l.raw),
            heading: l.heading,
            is_heading: l.is_heading,
            page: l.page,
            starts_paragraph: l.starts_paragraph,
        })
        .collect()
}

/// The reader's state between lines.
struct Reader<'l, 'a> {
    lines: &'l [Line<'a>],
    /// The lines the document's layout sets as headings.
    marked: &'l super::marked::Marked,
    /// The running lines (headers and footers), by line.
    running: Vec<bool>,
    /// The lines of tables of contents without dot leaders.
    contents: Vec<bool>,
    /// The rows of tables laid out in columns ([`column_rows`]).
    columns: Vec<bool>,
    /// The lines that open with a requirement's identifier ([`id_rows`]).
    ids: Vec<bool>,
    /// The lines in a run of numbered lines ([`numbered_runs`]).
    runs: Vec<bool>,
    /// The line being opened is an item of such a run, not a clause.
    run_item: bool,
    /// The open unit is an item of such a run.
    open_in_run: bool,
    unwrapped: bool,
    /// The last heading announces what the bidder must provide or do ("Pièces à
    /// fournir", "Deliverables": [`super::reading::announces_requirements`]) and
    /// neither describes, denies nor is the issuer's.
    heading_announces: bool,
    out: Vec<Unit>,
    path: Path,
    /// The open unit.
    open: Option<Unit>,
    last_page: usize,
    /// The last unit closed was an item, or a lead-in ending in a colon.
    in_list: bool,
    /// The open unit is an item of a list without marks.
    implicit: bool,
    /// The list without marks under way follows a lead-in (not a heading).
    lead_in_list: bool,
    /// The open item is one in lower case under a lead-in without a colon.
    lower_items: bool,
    /// The open unit is an item of a list without marks whose items are parted by
    /// blank lines ([`Reader::parted_item`]).
    parted: bool,
    /// The items of that list have a modal verb of their own.
    parted_modal: bool,
    /// The last item closed was numbered ("1.", "(2)").
    numbered_items: bool,
    /// The number of the last clause.
    last_clause: String,
    /// The last line was a heading.
    after_heading: bool,
    /// Lines a heading of two lines took.
    skip: usize,
    /// The first cell of the table header last read as a heading ("Documento" of
    /// "Documento Descrizione Osservazioni"), which opens each of its rows.
    table_key: Option<String>,
    /// The heading last read is a table's header row under a heading that announces
    /// what the bidder must give ("Required information" / "Field Size
    /// Description"): each paragraph of the table is an item.
    form_rows: bool,
    /// The header row over the numbered rows being read binds them.
    rows_bind: bool,
    /// The width the document's lines are wrapped at, in bytes.
    width: usize,
}

/// The document's statements, in reading order.
pub(super) fn units(
    lines: &[Line<'_>],
    marked: &super::marked::Marked,
    stop: &StopFlag,
) -> Result<Vec<Unit>, Stopped> {
    let unmarked = headings_everywhere(lines).then(|| without_heading_marks(lines));
    let lines = unmarked.as_deref().unwrap_or(lines);
    let bullets = o_bullets(lines);
    let relined = (!bullets.is_empty()).then(|| with_bullets(lines, &bullets));
    let lines = relined.as_deref().unwrap_or(lines);
    let running = running_lines(lines);
    let kept = running
        .contains(&true)
        .then(|| without_running(lines, &running));
    let lines = kept.as_deref().unwrap_or(lines);
    let tails = column_tails(lines);
    let parted = (!tails.is_empty()).then(|| with_column_tails(lines, &tails));
    let lines = parted.as_deref().unwrap_or(lines);
    let mut r = Reader {
        lines,
        marked,
        running: vec![false; lines.len()],
        contents: contents_lines(lines),
        runs: numbered_runs(lines),
        columns: column_rows(lines),
        ids: id_rows(lines),
        run_item: false,
        open_in_run: false,
        unwrapped: unwrapped(lines),
        heading_announces: false,
        out: Vec::new(),
        path: Path::default(),
        open: None,
        last_page: 0,
        in_list: false,
        implicit: false,
        lead_in_list: false,
        lower_items: false,
        parted: false,
        parted_modal: false,
        numbered_items: false,
        last_clause: String::new(),
        after_heading: false,
        skip: 0,
        table_key: None,
        form_rows: false,
        rows_bind: false,
        width: width(lines),
    };
    for i in 0..lines.len() {
        stop.check()?;
        r.line(i);
    }
    let mut out = r.out;
    out.extend(r.open);
    for u in &mut out {
        u.first_page_len = u.first_page_len.min(u.text.len());
    }
    Ok(out)
}

/// The first cell of a table's header row read as a heading: two to six
/// capitalised words, no digit and no punctuation ("Documento Descrizione
/// Osservazioni", "Lot Description Quantity").
fn header_key(label: &str) -> Option<String> {
    let words: Vec<&str> = label.split_whitespace().collect();
    let cells = (2..=6).contains(&words.len())
        && words.iter().all(|w| {
            w.starts_with(char::is_uppercase) && w.chars().all(|c| c.is_alphabetic() || c == '/')
        });
    cells.then(|| words[0].to_owned())
}

/// Most words of a table's header row read as a heading.
const MAX_HEADER_CELLS_WORDS: usize = 8;

/// The name of a table's column of explanations, in the six languages: a header
/// row holds one ("Field Size Description").
const EXPLANATION_COLUMNS: &[&str] = &[
    "description",
    "details",
    "remarks",
    "notes",
    "comments",
    "désignation",
    "détails",
    "observations",
    "commentaires",
    "descripción",
    "observaciones",
    "detalles",
    "descrição",
    "observações",
    "detalhes",
    "descrizione",
    "osservazioni",
    "dettagli",
    "beschreibung",
    "bemerkungen",
    "erläuterung",
];

/// Whether a line names a table's columns, the last one of explanations ("Document
/// Remarks", "Documents required Comments", "Pièce Observations"): two to six
/// words, no punctuation.
fn column_names(text: &str) -> bool {
    let words: Vec<&str> = text.split_whitespace().collect();
    (2..=6).contains(&words.len())
        && !text.contains([':', ';', ',', '.', '!', '?'])
        && words
            .last()
            .is_some_and(|w| EXPLANATION_COLUMNS.contains(&w.to_lowercase().as_str()))
}

/// Whether a heading is a table's header row: a few cells, three or more of them
/// opening with a capital, one naming a column of explanations ("Field Size
/// Description", "Rubrique Information demandée Taille Description"); a heading in
/// capitals is a heading.
fn header_row(label: &str) -> bool {
    let words: Vec<&str> = label.split_whitespace().collect();
    let capitalised = words
        .iter()
        .filter(|w| w.starts_with(char::is_uppercase))
        .count();
    let capitals = label
        .chars()
        .filter(|c| c.is_alphabetic())
        .all(char::is_uppercase);
    let explains = words.iter().any(|w| {
        let w = w.trim_matches(|c: char| !c.is_alphabetic()).to_lowercase();
        EXPLANATION_COLUMNS.contains(&w.as_str())
    });
    (3..=MAX_HEADER_CELLS_WORDS).contains(&words.len())
        && capitalised >= 3
        && explains
        && !capitals
        && !label.contains([':', ';', ','])
        && !label.trim_end().ends_with(['.', '!', '?'])
}

/// Whether the paragraph at line `i` is a row of a form's table: it opens with a
/// capital and holds a few words or goes on over more lines (a word alone is the
/// next heading: "Important").
fn form_row(lines: &[Line<'_>], i: usize) -> bool {
    let l = &lines[i];
    let wraps = lines
        .get(i + 1)
        .is_some_and(|n| !n.starts_paragraph && n.page == l.page);
    l.text.starts_with(char::is_uppercase) && (wraps || l.text.split_whitespace().nth(2).is_some())
}

/// Whether `text` opens a row of the table whose first cell is `key`: the key, then
/// the row's letter, number or numeral ("Documento B …", "Lot 3 …").
fn row_of(text: &str, key: &str) -> bool {
    let mut words = text.split_whitespace();
    words.next() == Some(key)
        && words.next().is_some_and(|id| {
            let id = id.trim_end_matches(['.', ':', ')']);
            (id.chars().count() == 1 && id.starts_with(|c: char| c.is_ascii_uppercase()))
                || (1..=3).contains(&id.len()) && id.chars().all(|c| c.is_ascii_digit())
                || (1..=5).contains(&id.len()) && id.chars().all(|c| "IVX".contains(c))
        })
}

/// Most words of a schedule's row.
const MAX_SCHEDULE_WORDS: usize = 16;

/// A word that ends a schedule's row: a year, a date, a time or its mark
/// ("2025,", "12-11-2012", "(12:00", "03.00P.M)", "P.M.", "Uhr").
static DATE_OR_TIME_END: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)^\W*(?:(?:19|20)\d\d|\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|[^\s]*\d{1,2}[:.h]\d{2}[^\s]*|[ap]\.?m\.?|noon|midnight|midi|uhr|heures?)\W*$",
    )
});

/// Whether `text` is a row of a schedule: a short line opening with a capital and
/// ending with a date or a time ("Pre-bid meeting Wednesday, February 12, 2025, at
/// 10:00 A.M.", "Opening of bids – 12-11-2012 at 05.00 P.M").
fn schedule_row(text: &str) -> bool {
    let text = text.trim();
    text.starts_with(char::is_uppercase)
        && text.split_whitespace().count() <= MAX_SCHEDULE_WORDS
        && text
            .split_whitespace()
            .last()
            .is_some_and(|w| DATE_OR_TIME_END.is_match(w))
}

/// Whether a line opens a sentence of its own: its first letter is a capital. A line
/// in lower case goes on with the line before it ("… using a centralized" / "data
/// architecture that …"), even where it ends a list's last item.
fn opens_a_sentence(text: &str) -> bool {
    text.trim_start_matches(|c: char| !c.is_alphanumeric())
        .starts_with(char::is_uppercase)
}

/// A lead-in's end without a colon: a verb of what a thing is made of closing it
/// ("El servicio comprende", "Each tender is to contain", "As tarefas diárias
/// compreendem", "Zu den täglichen Leistungen gehören"), or such a verb before a
/// count and its noun ("L'offerta si compone di tre buste telematiche", "The bid
/// consists of two envelopes", "Das Angebot besteht aus drei Teilen", "La proposición
/// constará de dos archivos").
static BARE_LEAD_IN: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)(?:^|[^\p{L}])(?:(?:comprises?|includes?|contains?|is to contain|are to contain|comprend|comprennent|comporte|comportent|comprende|comprenden|incluye|incluyen|compreende|compreendem|inclui|incluem|comprendono|includono|umfasst|umfassen|gehören|enthält|enthalten|beinhaltet|beinhalten)(?: (?:notamment|en particulier|entre autres|in particular|among others|inter alia|en particular|entre otros|especialmente|nomeadamente|designadamente|in particolare|tra l'altro|insbesondere|unter anderem))?|(?:consists? of|will consist of|is made up of|comprises|will comprise|contains|includes|se compose de|se composera de|comprend|comprendra|comporte|comportera|se compone de|se compondrá de|consta de|constará de|está compuesta por|estará compuesta por|compõe-se de|é composta por|será composta por|é constituída por|será constituída por|si compone di|si comporrà di|è composta da|sarà composta da|è costituita da|sarà costituita da|si articola in|besteht aus|umfasst|gliedert sich in) (?:two|three|four|five|six|deux|trois|quatre|cinq|six|dos|tres|cuatro|cinco|seis|dois|duas|três|quatro|cinco|seis|due|tre|quattro|cinque|sei|zwei|drei|vier|fünf|sechs|[2-9]) \p{L}+(?: \p{L}+)?)$",
    )
});

/// "The following" and its like closing a lead-in without a colon, a noun or two
/// after it ("The proposal consists of the following sections", "les pièces
/// suivantes", "los siguientes documentos", "as seguintes rotinas", "i seguenti
/// documenti", "folgende Unterlagen"), not a participle ("the day following his").
static FOLLOWING_END: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)(?:^|[^\p{L}])(?:the following(?: \p{L}+){0,2}|(?:les|des) (?:\p{L}+ ){1,2}suivante?s|(?:les|des) (?:\p{L}+ ){1,2}ci-après|(?:los|las) siguientes(?: \p{L}+){0,2}|(?:la|el) siguiente \p{L}+|(?:os|as) seguintes(?: \p{L}+){0,2}|(?:i|le|gli) seguenti(?: \p{L}+){0,2}|(?:die )?folgenden?(?: \p{L}+){0,2})$",
    )
});

/// "Below" and its like closing a sentence that leads in a list ("… must contain the
/// items below", "… comme suit", "… a continuación", "… abaixo", "… di seguito").
static BELOW_END: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)(?:^|[^\p{L}])(?:below|as follows|ci-dessous|comme suit|a continuación|como sigue|abaixo|a seguir|di seguito|come segue|nachstehend|wie folgt)$",
    )
});

/// Whether `text` ends as a lead-in without a colon: "the following" or its like
/// ([`FOLLOWING_END`]), a verb of what a thing is made of, an adverb after it or
/// none ([`BARE_LEAD_IN`]: "Les prestations comprennent notamment"), or "as follows"
/// and its like ([`BELOW_END`]: "… un personnel clé composé comme suit"); never a
/// sentence's end.
pub(super) fn leads_in_bare(text: &str) -> bool {
    let text = text.trim_end();
    !text.ends_with(['.', '!', '?', ';', ',', ':'])
        && ends_near_lead_word(text)
        && (FOLLOWING_END.is_match(text) || BARE_LEAD_IN.is_match(text) || BELOW_END.is_match(text))
}

/// Whether `text` ends with a sentence that leads in a list though it ends with a
/// stop ("Le candidat devra fournir les pièces suivantes.", "Each proposer must
/// include the following items in its proposal.", "The consultant's tasks are as
/// follows."): the lines right under it that open with a capital are its items, as
/// under a colon. Only its last [`MAX_STOP_LEAD_IN_BYTES`] are read, so a paragraph
/// of a thousand lines that each end with a stop costs a thousand short reads.
fn leads_in_with_a_stop(text: &str) -> bool {
    let text = text.trim_end();
    if !text.ends_with('.') || text.ends_with("..") {
        return false;
    }
    let tail = &text[text.floor_char_boundary(text.len().saturating_sub(MAX_STOP_LEAD_IN_BYTES))..];
    let body = &tail[..tail.len() - 1];
    // The last sentence, with its stop: after the last mark that ends one, or the
    // whole text when it is that short.
    let sentence = match body.rfind(['.', '!', '?', ';', ':']) {
        Some(at) => &tail[at + 1..],
        None if tail.len() == text.len() => tail,
        None => return false,
    };
    // Most sentences name no list: a literal search for the words of "the following"
    // and its like spares them the two readings below.
    if !FOLLOWING_WORDS.is_match(sentence) {
        return false;
    }
    super::reading::leads_in_with_a_stop(sentence)
        || super::reading::announces_items_with_a_stop(sentence)
}

/// A part of every word [`super::reading::leads_in_with_a_stop`] and
/// [`super::reading::announces_items_with_a_stop`] need to find ("follow" in "the
/// following" and "as follows", "suivant", "continuaci" …): a literal search, so a
/// sentence without one is not read.
static FOLLOWING_WORDS: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)follow|below|suivant|ci-après|ci-dessous|siguiente|continuaci|seguint|seguir|abaixo|seguent|seguito|folgend|nachstehend",
    )
});

/// The most bytes of a unit read for a sentence that leads in a list with a stop
/// ([`leads_in_with_a_stop`]): a lead-in is short.
const MAX_STOP_LEAD_IN_BYTES: usize = 400;

/// Whether `text` ends as every match of [`FOLLOWING_END`], [`BARE_LEAD_IN`] and
/// [`BELOW_END`] does, read on its last three words (letters and digits, in lower case,
/// so "ci-après" is two): "follows", "suit", "below" and their like last, a count second
/// or third from last, "following", "suivantes" and a verb of what a thing is made of
/// anywhere among them (an adverb may follow the verb). Almost every other line
/// fails this test, so the two patterns run on few lines: they ran on every line, 4 % of
/// the engine's instructions.
fn ends_near_lead_word(text: &str) -> bool {
    let bytes = text.as_bytes();
    let mut end = bytes.len();
    for place in 0..3 {
        // A word: a run of ASCII letters and digits and of any byte outside ASCII (so
        // "gehören" is one), then stripped of what opens it that is no letter ("«").
        let in_word = |b: &u8| b.is_ascii_alphanumeric() || !b.is_ascii();
        while end > 0 && !in_word(&bytes[end - 1]) {
            end -= 1;
        }
        let start = bytes[..end]
            .iter()
            .rposition(|b| !in_word(b))
            .map_or(0, |i| i + 1);
        if start == end {
            return false;
        }
        let word = text[start..end].trim_start_matches(|c: char| !c.is_alphanumeric());
        end = start;
        if word.len() > 16 {
            continue;
        }
        let mut buf = [0u8; 16];
        let lower;
        let word = if word.is_ascii() {
            buf[..word.len()].copy_from_slice(word.as_bytes());
            buf[..word.len()].make_ascii_lowercase();
            std::str::from_utf8(&buf[..word.len()]).unwrap_or_default()
        } else {
            lower = word.to_lowercase();
            lower.as_str()
        };
        let fits =
            match word {
                "following" | "siguientes" | "seguintes" | "seguenti" | "folgende"
                | "folgenden" => true,
                "siguiente" => place == 1,
                "two" | "three" | "four" | "five" | "six" | "deux" | "trois" | "quatre"
                | "cinq" | "dos" | "tres" | "cuatro" | "cinco" | "seis" | "dois" | "duas"
                | "três" | "quatro" | "due" | "tre" | "quattro" | "cinque" | "sei" | "zwei"
                | "drei" | "vier" | "fünf" | "sechs" | "2" | "3" | "4" | "5" | "6" | "7" | "8"
                | "9" => place > 0,
                "suivante" | "suivantes" | "suivants" | "après" | "comprise" | "comprises"
                | "include" | "includes" | "contain" | "contains" | "comprend" | "comprennent"
                | "comporte" | "comportent" | "comprende" | "comprenden" | "incluye"
                | "incluyen" | "compreende" | "compreendem" | "inclui" | "incluem"
                | "comprendono" | "includono" | "umfasst" | "umfassen" | "gehören" | "enthält"
                | "enthalten" | "beinhaltet" | "beinhalten" => true,
                "below" | "follows" | "suit" | "dessous" | "continuación" | "sigue" | "abaixo"
                | "seguir" | "seguito" | "segue" | "nachstehend" | "folgt" => place == 0,
                _ => false,
            };
        if fits {
            return true;
        }
    }
    false
}

/// Whether `text` leads in a list: it ends with a colon, or as a lead-in without one
/// ([`leads_in_bare`]).
fn leads_in(text: &str) -> bool {
    text.trim_end().ends_with(':') || leads_in_bare(text)
}

/// Whether a line is a row of a Markdown table: it opens and ends with a pipe and
/// holds two cells at least ("| F1 | Self-registration | Mandatory |").
fn markdown_row(raw: &str) -> bool {
    let raw = raw.trim();
    raw.len() > 2 && raw.starts_with('|') && raw.ends_with('|') && raw.matches('|').count() >= 3
}

/// A gap between a table's columns as a PDF's extraction keeps it: three spaces or
/// more inside a line.
static COLUMN_GAP: LazyLock<Regex> = LazyLock::new(|| re(r"\S {3,}\S"));

/// Most words of a table's last cell (a priority, a level, a yes or no).
const MAX_LAST_CELL_WORDS: usize = 3;

/// The lines that are rows of a table laid out in columns ("Hosting in the EU
/// <spaces> Mandatory"): cells parted by wide gaps, the last cell of a few words, on
/// three lines in a row at least (a header and two rows). Two columns of prose have
/// long cells on both sides.
fn column_rows(lines: &[Line<'_>]) -> Vec<bool> {
    let shaped: Vec<bool> = lines
        .iter()
        .map(|l| {
            let text = l.text.trim();
            COLUMN_GAP.is_match(text)
                && text
                    .rsplit("   ")
                    .next()
                    .is_some_and(|last| last.split_whitespace().count() <= MAX_LAST_CELL_WORDS)
        })
        .collect();
    let mut rows = vec![false; lines.len()];
    let mut start = 0;
    while start < lines.len() {
        let mut end = start;
        while end < lines.len() && shaped[end] {
            end += 1;
        }
        if end - start >= 3 {
            rows[start..end].fill(true);
        }
        start = end + 1;
    }
    rows
}

/// A requirement's identifier opening a line, letters, a hyphen or a stop and a
/// number, then a capital ("SO-03 The Vendor …", "REQ-12 The system …", "NFR.4
/// Backups …").
static REQUIREMENT_ID: LazyLock<Regex> =
    LazyLock::new(|| re(r"^([A-Z]{1,6})[-.][0-9]{1,3}(?:\.[0-9]{1,2})?\s+\p{Lu}"));

/// Most lines between two identifiers of one requirements table.
const MAX_ID_GAP: usize = 8;

/// The lines that open with a requirement's identifier ([`REQUIREMENT_ID`]) whose
/// letters another such line near it shares ("SO-01" … "SO-02"): a table of
/// requirements, one row each. A code alone ("COVID-19 Vaccination …") is none.
fn id_rows(lines: &[Line<'_>]) -> Vec<bool> {
    let prefixes: Vec<Option<&str>> = lines
        .iter()
        .map(|l| {
            l.text
                .starts_with(|c: char| c.is_ascii_uppercase())
                .then(|| REQUIREMENT_ID.captures(l.text))
                .flatten()
                .and_then(|c| c.get(1))
                .map(|m| m.as_str())
        })
        .collect();
    (0..lines.len())
        .map(|i| {
            prefixes[i].is_some_and(|p| {
                let near = i.saturating_sub(MAX_ID_GAP)..(i + MAX_ID_GAP + 1).min(lines.len());
                near.filter(|&j| j != i).any(|j| prefixes[j] == Some(p))
            })
        })
        .collect()
}

/// Whether a line is the rule under a Markdown table's header row ("|---|:--:|").
fn table_rule(raw: &str) -> bool {
    markdown_row(raw)
        && raw
            .trim()
            .chars()
            .all(|c| matches!(c, '|' | '-' | ':' | ' '))
}

/// Whether an item's text opens with a number ("1.", "(2)").
fn numbered(text: &str) -> bool {
    text.trim_start_matches('(')
        .starts_with(|c: char| c.is_ascii_digit())
}

/// A list's number at the start of a line, one level deep ("1. ", "2) ", "(3) ").
static RUN_NUMBER: LazyLock<Regex> = LazyLock::new(|| re(r"^\(?([0-9]{1,2})[.)]\s+\S"));

/// The lines that stand in a run of numbered lines, each whole on its line: a line
/// numbered n with the line
/// right before it numbered n - 1 or the line right after it numbered n + 1 ("1.
/// Installation of the system" / "2. Import of the records" under "2. Services
/// required"), no blank line between them. Headings numbered one after another have
/// text or a blank line between them; such a run is a list, whatever the heading
/// above it.
fn numbered_runs(lines: &[Line<'_>]) -> Vec<bool> {
    let number = |l: &Line<'_>| {
        RUN_NUMBER
            .captures(l.text)
            .and_then(|c| c[1].parse::<u32>().ok())
    };
    // A numbered line that wraps onto the next is a clause's start, not a run's item
    // ("19. The Center will request … A specific job description and" / "time …").
    let numbers: Vec<Option<u32>> = lines
        .iter()
        .enumerate()
        .map(|(i, l)| {
            let whole = lines
                .get(i + 1)
                .is_none_or(|n| n.starts_paragraph || n.page != l.page || number(n).is_some());
            number(l).filter(|_| whole)
        })
        .collect();
    (0..lines.len())
        .map(|i| {
            let Some(n) = numbers[i] else {
                return false;
            };
            // Right before or after: no blank line between.
            let before = !lines[i].starts_paragraph
                && i.checked_sub(1)
                    .and_then(|p| numbers[p])
                    .is_some_and(|p| p + 1 == n);
            let after = lines.get(i + 1).is_some_and(|l| !l.starts_paragraph)
                && numbers
                    .get(i + 1)
                    .copied()
                    .flatten()
                    .is_some_and(|m| m == n + 1);
            before || after
        })
        .collect()
}

/// A numbered line that opens with a run-in title and a colon, then a capital
/// ("3. Validity: Bids must …").
static TITLED_LINE: LazyLock<Regex> =
    LazyLock::new(|| re(r"^\(?[0-9]{1,2}[.)]\s+\p{Lu}[^:.;!?]{0,50}:\s+\p{Lu}"));

/// Whether a numbered line is a condition with its title ("3. Validity: Bids must
/// remain valid for ninety days"): a run-in title, then a statement that binds.
fn titled_condition(text: &str) -> bool {
    TITLED_LINE.find(text).is_some_and(|m| {
        let rest = &text[m.end() - 1..];
        super::reading::reading(rest).is_some()
    })
}

/// Whether clause number `next` comes right after `prev` ("4" after "3", "2.3"
/// after "2.2").
fn next_clause(prev: &str, next: &str) -> bool {
    let (Some((pp, pl)), Some((np, nl))) = (
        Some(prev.rsplit_once('.').unwrap_or(("", prev))),
        Some(next.rsplit_once('.').unwrap_or(("", next))),
    ) else {
        return false;
    };
    match (pl.parse::<u32>(), nl.parse::<u32>()) {
        (Ok(a), Ok(b)) => pp == np && b == a + 1,
        _ => false,
    }
}

impl Reader<'_, '_> {
    /// The heading at line `i`: a numbered, annex or Markdown heading as the text
    /// shows it, else one the layout marks (at its level), else one by the text's
    /// other shapes.
    fn heading(&self, i: usize, around: Around) -> Option<Heading> {
        let shaped = heading_at(self.lines, i, around);
        if shaped
            .as_ref()
            .is_some_and(|h| !matches!(h.level, Level::Plain(_)))
        {
            return shaped;
        }
        let marked = (!around.table_row)
            .then(|| self.marked.at(self.lines, i, around.unwrapped))
            .flatten()
            .map(|(level, label, lines)| Heading {
                level,
                label,
                lines,
            });
        marked.or(shaped)
    }

    fn line(&mut self, i: usize) {
        let l = &self.lines[i];
        if self.running[i] {
            return;
        }
        if CONTENTS_LINE.is_match(l.text) || self.contents[i] {
            return;
        }
        // A Markdown table's rule under its header row ("|---|:--|") says nothing.
        if table_rule(l.raw) {
            return;
        }
        let in_run = !l.starts_paragraph
            && (self.after_heading
                || self
                    .open
                    .as_ref()
                    .is_some_and(|u| u.is_item || u.text.trim_end().ends_with(':')));
        if self.skip > 0 {
            self.skip -= 1;
            return;
        }
        let after_header = self.open.as_ref().map_or(self.in_list, |u| {
            u.is_item || !u.text.trim_end().ends_with(['.', '!', '?', ';'])
        });
        // A short numbered row is no heading when its table's header row binds with
        // a modal ("Requisito | Se debe adjuntar": "1 Anexo IV Sí"); a list of
        // contacts or files keeps its rows as it reads them.
        if let Some(u) = self.open.as_ref().filter(|u| !u.is_item) {
            // (A column "Quantity required" binds nobody.)
            // A header row is one short line: reading a longer open unit again at
            // each of its lines would make the reader quadratic.
            self.rows_bind = after_header
                && u.text.len() <= MAX_HEADER_ROW_BYTES
                && super::reading::reading(&u.text)
                    .is_some_and(|r| matches!(r.name, "shall" | "must"));
        } else if self.open.as_ref().is_some_and(|u| !numbered(&u.text)) {
            // A list of bullets came after the header row: its rows are over.
            self.rows_bind = false;
        }
        let numbered_row = NUMBERED_ROW.is_match(l.text) && after_header;
        let keyed_row = l.starts_paragraph
            && (self
                .table_key
                .as_deref()
                .is_some_and(|key| row_of(l.text, key))
                || (self.form_rows && form_row(self.lines, i)));
        let table_row = (numbered_row && self.rows_bind) || keyed_row;
        let around = Around {
            table_row,
            unwrapped: self.unwrapped,
            in_run,
            // A run of numbered lines ends at a blank line: a numbered line after it is
            // the next heading ("3. Final report" / "" / "4. Participating units").
            in_list: self.runs[i]
                || self.parted
                || (!(self.open_in_run && l.starts_paragraph)
                    && self
                        .open
                        .as_ref()
                        .map_or(self.in_list && self.numbered_items, |u| {
                            (!u.is_item && leads_in(&u.text))
                                || u.text.trim_end().ends_with(':')
                                || (u.is_item && numbered(&u.text))
                        })),
            width: self.width,
        };
        // An item of a list parted by blank lines stands alone as a heading does; it
        // is one only over prose. The header row of the table whose rows they are
        // ("Document Remarks") is neither: it says nothing.
        // (The list goes on after a page break: the page's first line opens a
        // paragraph.)
        let page_opens = i > 0 && self.lines[i - 1].page != l.page;
        let parted_modal = ((l.starts_paragraph || page_opens) && !l.is_heading && i > 0)
            .then(|| self.parted_item(i))
            .flatten();
        let parted = parted_modal.is_some();
        if parted && self.open.as_ref().is_some_and(|u| !u.is_item) && column_names(l.text) {
            return;
        }
        // In a document of wrapped paragraphs too, a run of short lines right under a
        // heading that announces what the bidder must provide or do ("Pièces à
        // fournir" / "Une lettre de motivation signée" / "Un curriculum vitae …"): the
        // line and the next stop short of the width, as a wrapped sentence's lines
        // would not; the next opens with a capital and is no question nor lead-in; the
        // line ends with no stop or colon and is written as a sentence is, not in
        // capitals or title case as a heading or a table of contents' line is
        // ([`sentence_case`]), and is no row of a table. Such a line is no heading for
        // being short: it is the list's first item.
        let short = |t: &str| t.trim_end().len() * 4 <= self.width * 3;
        let short_run_under_heading = !self.unwrapped
            && !self.columns[i]
            && !table_row
            && self.after_heading
            && self.heading_announces
            && short(l.text)
            && sentence_case(l.text)
            && !l.text.trim_end().ends_with(['.', '!', '?', ':'])
            && self.lines.get(i + 1).is_some_and(|n| {
                !n.starts_paragraph
                    && n.page == l.page
                    && !n.is_heading
                    && n.text.starts_with(char::is_uppercase)
                    && !n.text.trim_end().ends_with(['?', ':'])
                    && short(n.text)
            });
        let heading = self.heading(i, around).filter(|h| {
            let plain = matches!(h.level, Level::Plain(_));
            !plain
                || !(short_run_under_heading
                    || (parted && h.lines == 1 && !over_prose(self.lines, i)))
        });
        if let Some(h) = heading {
            self.out.extend(self.open.take());
            self.table_key = header_key(&h.label);
            self.path.enter(&h.label, h.level);
            // (A lead-in read as a heading keeps its own modality: "As competências
            // úteis podem incluir:" lists what may help.)
            self.heading_announces = !h.label.trim_end().ends_with(':')
                && !super::reading::has_modal(&h.label)
                && super::reading::announces_requirements(&h.label)
                && !super::reading::announces_description(&h.label)
                && !super::reading::denies(&h.label)
                && !super::reading::issuer_speaks(&h.label)
                // (The issuer's own: "Obligations de la commune".)
                && (!super::reading::names_issuer(&h.label)
                    || super::reading::names_bidder(&h.label));
            self.form_rows = header_row(&h.label) && {
                let section = self.path.section();
                super::reading::announces_requirements(&section)
                    && !super::reading::announces_description(&section)
            };
            self.skip = h.lines - 1;

            self.in_list = false;
            self.implicit = false;
            self.parted = false;
            self.after_heading = true;
            return;
        }
        let after_heading = std::mem::take(&mut self.after_heading);
        let text = l.text;
        let new_page = l.page != self.last_page;
        self.last_page = l.page;
        let blank = l.starts_paragraph && !new_page;
        let paragraph = l.starts_paragraph || self.unwrapped;
        let capital = text.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit());
        let open_ended = |u: &Unit, marks: &[char]| u.text.trim_end().ends_with(marks);
        // A dash that goes on with a sentence's lower-case words is punctuation; one
        // that opens a paragraph marks an item, even under a lead-in that ends without
        // a colon ("… ossia i richiedenti" / "— che sono in stato di fallimento").
        let dash_goes_on = !l.starts_paragraph
            && self.open.as_ref().is_some_and(|u| {
                !u.is_item && !open_ended(u, &['.', '!', '?', ':', ';']) && !leads_in_bare(&u.text)
            })
            && text.starts_with(['-', '–', '—'])
            && text
                .trim_start_matches(['-', '–', '—'])
                .trim_start()
                .starts_with(|c: char| c.is_lowercase());
        let marked = !dash_goes_on
            && (ITEM_MARK.is_match(text)
                || ROMAN_DASH_ITEM.is_match(text)
                || marked_in_raw(l.raw)
                || numbered_row
                || keyed_row);
        // An item of a list without marks: a line opening with a capital right under a
        // lead-in ending in a colon or under another such item; in a document of
        // unwrapped paragraphs, also a run of short lines right under a heading.
        // A property's label wrapped after a sentence ("… with a hinged lid. Strap Loops:"
        // / "Two loops for a strap.") leads no list in: its value goes on.
        let wrapped_label = i > 0
            && !l.starts_paragraph
            && WRAPPED_LABEL.is_match(self.lines[i - 1].text.trim_end());
        // The line before stopped short of the width: a sentence wrapped would have
        // filled it, so a lead-in without a colon ends there.
        let short_before = i > 0 && self.lines[i - 1].text.trim_end().len() * 4 <= self.width * 3;
        let under_lead_in = !wrapped_label
            && !self.parted
            && self.open.as_ref().is_some_and(|u| {
                open_ended(u, &[':'])
                    || (!u.is_item && leads_in_bare(&u.text) && short_before)
                    || (!u.is_item && !l.starts_paragraph && leads_in_with_a_stop(&u.text))
                    || (self.implicit && u.is_item)
            });
        let run_under_heading = self.unwrapped
            && after_heading
            && text.len() <= 300
            && self
                .lines
                .get(i + 1)
                .is_some_and(|n| !n.starts_paragraph && n.page == l.page && !n.is_heading);
        // The last line of a list without marks that, unlike the items before it,
        // ends as a sentence is the text after the list ("Shortlisting will be done
        // on a rolling basis.").
        let after_list = self.implicit
            && self.lead_in_list
            && self
                .open
                .as_ref()
                .is_some_and(|u| u.is_item && !open_ended(u, &['.']))
            && text.trim_end().ends_with('.')
            && opens_a_sentence(text)
            && self
                .lines
                .get(i + 1)
                .is_none_or(|n| n.starts_paragraph || n.page != l.page);
        let parted_item = parted && !marked && capital && !after_list;
        // An item of a list whose marks the extraction lost, in lower case, told by
        // the semicolon that ends each item ("… aura pour tâches de :" / "élaborer
        // une note … au comité" / "de pilotage ;" / "conduire des entretiens …"):
        // under a lead-in ending in ':' when one of the next lines ends with ';', or
        // after such an item that ended with ';'.
        let semicolon_item = !marked
            && !wrapped_label
            && text.starts_with(char::is_lowercase)
            && self.open.as_ref().is_some_and(|u| {
                (open_ended(u, &[':']) && self.semicolons_ahead(i))
                    || (u.is_item && self.implicit && open_ended(u, &[';']))
            });
        // An item in lower case (its bullet lost) under a lead-in, or after such an
        // item, when the line before it stopped short of the width: a sentence
        // wrapped would have filled it ("… comprend les pièces suivantes" / "le
        // formulaire de candidature complété et signé" / "les statuts de la
        // structure").
        let lower_item = !capital
            && !blank
            && !new_page
            && !after_list
            && self.open.as_ref().is_some_and(|u| {
                (!u.is_item && leads_in_bare(&u.text)) || (u.is_item && self.lower_items)
            })
            && text.starts_with(char::is_lowercase)
            && short_before;
        let implicit = !marked
            && (lower_item
                || (capital
                    && (!blank || short_run_under_heading)
                    && !after_list
                    && !text.trim_end().ends_with(':')
                    && !LABEL_VALUE.is_match(text)
                    && (under_lead_in || run_under_heading || short_run_under_heading))
                || parted_item
                || semicolon_item
                || self.task_item(i, after_heading));
        // The rows of a schedule, one date or time each, are statements of their own
        // ("Deadline for questions Friday, March 14, 2025" / "Opening of bids …").
        let next_row = !l.starts_paragraph
            && i > 0
            && self.lines[i - 1].page == l.page
            && schedule_row(self.lines[i - 1].text)
            && schedule_row(text);
        // A table's row is a statement of its own ("| F2 | Shift scheduling |
        // Mandatory |", a row laid out in columns): the rows of a table never make one
        // sentence, nor does a row with the line after the table.
        // A row of a requirements table opens with its identifier ("SO-03 The
        // Vendor should …   D"): the column after it ("M", "D", "Mandatory") ends no
        // sentence, so the identifier ends the row before.
        let table_line =
            markdown_row(l.raw) || self.columns[i] || (i > 0 && self.columns[i - 1]) || self.ids[i];
        // A heading glued to the next statement on a line after a sentence's end
        // opens a statement of its own ("… of the award." / "3.2 Insurance. The
        // Contractor shall …"), as it does after a blank line; after a list's item
        // the line goes on the item, as any line does.
        let glued = !l.starts_paragraph
            && self.open.as_ref().is_some_and(|u| {
                !u.is_item && super::glued::after_a_sentence(&u.text, l.raw, text)
            });
        // A marked item that ended with its stop, or that names a thing on a line
        // stopping short of the width, is over when the next line opens a statement
        // of its own ("- Treppenhäuser und Flure" / "Der Auftragnehmer hat … zu
        // stellen."): a capital alone does not tell, since a noun may go on an item
        // in German.
        let item_ended = !l.starts_paragraph
            && !new_page
            && !marked
            && i > 0
            && opens_a_sentence(text)
            && self.open.as_ref().is_some_and(|u| {
                // An item that ended with its stop is over ("b) smaltire i rifiuti …
                // autorizzati." / "L'appaltatore dovrà …"). One that is a sentence
                // itself goes on until its stop ("13 Tenders must be submitted at the
                // time stipulated in the Tender" / "Notice, and …"); one that names a
                // thing on a short line is over.
                u.is_item
                    && (open_ended(u, &['.', '!', '?'])
                        || (!open_ended(u, &[',', ';', ':', '-', '–'])
                            && u.text.len() <= MAX_NAMING_ITEM_BYTES
                            && self.lines[i - 1].text.trim_end().len() * 2 <= self.width
                            && super::reading::reading(&u.text).is_none()))
            })
            && {
                let sentence = match self.lines.get(i + 1) {
                    Some(n)
                        if !n.starts_paragraph
                            && n.page == l.page
                            && !text.trim_end().ends_with('.') =>
                    {
                        format!("{text} {}", n.text)
                    }
                    _ => text.to_owned(),
                };
                super::reading::reading(&sentence)
                    .is_some_and(|r| r.shape != super::Shape::ListItem)
            };
        // A clause's number with its stop ("5.2. A contratada …") or a dash ("2 - O
        // prestador …", as Portuguese and Italian regulations number their
        // paragraphs) after a sentence's end opens the next clause, blank line or
        // not: no sentence goes on with a number and a stop after it has ended.
        // A subclause's number ("2.4 Glasflächen sind …") after an item marked
        // otherwise ("- Reinigen der Sanitäranlagen") opens the next clause too: the
        // list is over, stop or not.
        let next_clause_line = !l.starts_paragraph
            && (((CLAUSE.is_match(text) || DASHED_CLAUSE.is_match(text))
                && self
                    .open
                    .as_ref()
                    .is_some_and(|u| open_ended(u, &['.', '!', '?', ';', ':'])))
                || (SUBCLAUSE_LINE.is_match(text)
                    && self
                        .open
                        .as_ref()
                        .is_some_and(|u| u.is_item && !numbered(&u.text))));
        let continues = !(implicit
            || after_list
            || next_row
            || table_line
            || glued
            || item_ended
            || next_clause_line)
            && self.open.as_ref().is_some_and(|u| !markdown_row(&u.text))
            && self.open.as_ref().is_some_and(|u| {
                let ended = open_ended(u, &['.', '!', '?', ':', ';']);
                let lower = text.starts_with(|c: char| c.is_lowercase());
                // A sentence left open at the foot of a page goes on at the head of
                // the next, whatever its next word ("… submitted to the / City
                // Clerk …").
                let goes_on = new_page && (u.is_item || u.text.split_whitespace().count() >= 8);
                !marked && (!paragraph || (!ended && (lower || goes_on)))
            });
        if continues {
            let u = self.open.as_mut().expect("an open unit");
            if new_page && u.first_page_len == usize::MAX {
                u.first_page_len = u.text.len();
            }
            // The running header left out between the pages leaves no mark: the row
            // reads as the sentence does (its quote stops at the page's end).
            u.text.push(' ');
            u.text.push_str(text);
            return;
        }
        self.close();
        if implicit && !self.implicit {
            self.lead_in_list = under_lead_in || parted_item;
        }
        self.implicit = implicit;
        self.lower_items = lower_item;
        self.parted = parted_item;
        self.parted_modal = parted_item && parted_modal == Some(true);
        // An item of a run of numbered lines that does not end as a sentence is no
        // clause ("1. Migration of the content", "2. Training of the editors").
        // One that opens with its run-in title and binds ("3. Validity: Bids must
        // remain valid for ninety days") is a clause of a list of conditions, stop
        // or not.
        self.run_item =
            self.runs[i] && !text.trim_end().ends_with(['.', '!', '?']) && !titled_condition(text);
        self.open_in_run = self.runs[i];
        self.open_unit(l, marked || implicit);
    }

    /// Whether one of the lines from `i` on, in its paragraph and at most
    /// [`MAX_SEMICOLON_LOOKAHEAD`] of them, ends with ';': the lines are a list's items
    /// whose marks were lost, each ending with a semicolon.
    fn semicolons_ahead(&self, i: usize) -> bool {
        self.lines
            .iter()
            .skip(i)
            .take(MAX_SEMICOLON_LOOKAHEAD)
            .enumerate()
            .take_while(|(k, l)| *k == 0 || !l.starts_paragraph)
            .any(|(_, l)| l.text.trim_end().ends_with(';'))
    }

    /// Whether the paragraph line `i` opens (after a blank line) is an item of a list
    /// without marks whose items the extraction parts by blank lines, as it gives a
    /// table's rows one paragraph each ("Applications must include:" / "" / "A cover
    /// letter signed by …" / "" / "Proof of registration …"): the unit open is a
    /// lead-in that binds and ends with ':' (not one naming an address, whose lines
    /// are no items), or another such item; the paragraph has a row's shape
    /// ([`Reader::parted_row`]) and does not bind nobody; a paragraph with a modal verb
    /// after items without one is the text after the list ("The Library will invite
    /// …"). Says whether the item has a modal verb. (Right under a heading that names
    /// what to hand in, with no lead-in, such paragraphs are no items: tried, it made
    /// rows of a score table's lines and took a declaration's sentences into one.)
    fn parted_item(&self, i: usize) -> Option<bool> {
        let under = match self.open.as_ref() {
            Some(u) if self.parted => u.is_item,
            Some(u) => {
                !u.is_item
                    && u.text.len() <= MAX_HEADER_ROW_BYTES
                    && !form_blank(&u.text)
                    && binding_lead_in(&u.text)
                    && !NAMES_AN_ADDRESS.is_match(&u.text)
            }
            None => false,
        };
        if !under {
            return None;
        }
        let (paragraph, modal) = self.parted_row(i)?;
        // The text after the list: a sentence where the items had none.
        let after_list = self.parted && modal && !self.parted_modal;
        (!after_list && !super::reading::binds_nobody(&paragraph)).then_some(modal)
    }

    /// The paragraph line `i` opens, if it has a row's shape: a short paragraph
    /// (a row wrapped over [`MAX_PARTED_ITEM_LINES`] lines at most, one sentence), no
    /// numbered line (the next clause or heading: "6. Price proposal", "Section 5"), no
    /// label (the next lead-in or a form's field: "Size of Organization:"), no blank
    /// of a form; with whether a modal verb or a future opens it.
    fn parted_row(&self, i: usize) -> Option<(String, bool)> {
        let l = &self.lines[i];
        if HEADING_NUMBER.is_match(l.text)
            || super::sections::word_numbered_heading(self.lines, i).is_some()
            || l.text.trim_end().ends_with(':')
            || LABEL_VALUE.is_match(l.text)
            || form_blank(l.raw)
            || !l
                .text
                .starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
        {
            return None;
        }
        let wrapped = self.lines[i + 1..]
            .iter()
            .take(MAX_PARTED_ITEM_LINES)
            .take_while(|n| !n.starts_paragraph && n.page == l.page)
            .count();
        if wrapped >= MAX_PARTED_ITEM_LINES {
            return None;
        }
        let paragraph = self.lines[i..=i + wrapped]
            .iter()
            .map(|n| n.text)
            .collect::<Vec<_>>()
            .join(" ");
        // A row names one thing: a paragraph of several sentences is prose; a form's
        // field to fill in is no item.
        if paragraph.len() > MAX_PARTED_ITEM_BYTES
            || SENTENCE_BREAK.is_match(paragraph.trim_end())
            || form_blank(&paragraph)
        {
            return None;
        }
        // A modal verb among its first words makes a sentence of it ("The Library will
        // invite …"), not one in a clause of a thing named ("The number of kiosks and
        // where each would be placed").
        let opening: Vec<&str> = paragraph
            .split_whitespace()
            .take(MODAL_OPENING_WORDS)
            .collect();
        let opening = opening.join(" ");
        let modal = super::reading::has_modal(&opening) || FUTURE.is_match(&opening);
        Some((paragraph, modal))
    }

    /// Whether line `i` is an item of a list of tasks whose marks the text lost
    /// ([`super::tasks`]): it opens with a task's verb, and the unit open is such an
    /// item, or the line is right under a heading that names the work or the profile
    /// asked ("Missions du consultant"), or the next item of the run opens the same
    /// way after at most two lines that wrap this one (under such a heading, any
    /// line of an item's shape: "Être titulaire d'un …" / "Expérience de …").
    /// A line that opens with a noun of a duty, a profile, a deliverable or a document
    /// ([`super::tasks::opens_noun_item`]) is one only in a run of such lines, under
    /// such a heading or a lead-in of "the following".
    fn task_item(&self, i: usize, after_heading: bool) -> bool {
        let l = &self.lines[i];
        let task = super::tasks::opens_task(l.text);
        // (Asked once, and only when needed: most lines are no task.)
        let under = std::cell::OnceCell::new();
        let under_tasks = || *under.get_or_init(|| super::tasks::names_tasks(&self.path.section()));
        // A line that opens with a noun (a duty's, a profile's, a deliverable's, a
        // document's: "Élaboration d'un …", "Rapport de démarrage …") is an item only
        // in a run of such lines under a heading that names them, or under a lead-in
        // of "the following", and never inside a sentence left open. (The place is
        // asked before the line: the noun test reads the line as a sentence.)
        let noun = !task
            && match self.open.as_ref() {
                None => under_tasks(),
                Some(u) => {
                    let text = u.text.trim_end();
                    (under_tasks() && (u.is_item || text.ends_with(['.', ':', ';', '!', '?'])))
                        || super::tasks::leads_in_the_following(text)
                }
            }
            && super::tasks::opens_noun_item(l.text);
        if !task && !noun {
            return false;
        }
        if self
            .open
            .as_ref()
            .is_some_and(|u| u.is_item && self.implicit)
        {
            return true;
        }
        if after_heading && !noun && under_tasks() {
            return true;
        }
        // The lines after it: the next item, or this one's wrapped lines (two at most).
        for (wrapped, n) in self.lines[i + 1..].iter().enumerate().take(3) {
            if n.page != l.page && n.starts_paragraph && wrapped > 0 {
                return false;
            }
            // (A noun's next item may stand after a blank line, as its own paragraph,
            // if it opens with a task's verb or a noun too.)
            if super::tasks::opens_task(n.text)
                || (under_tasks()
                    && super::tasks::item_shaped(n.text)
                    && !(noun && n.starts_paragraph))
                || (noun && super::tasks::opens_noun_item(n.text))
            {
                return !n.is_heading;
            }
            if n.starts_paragraph || !n.text.starts_with(char::is_lowercase) {
                return false;
            }
        }
        false
    }

    /// Closes the open unit.
    fn close(&mut self) {
        if let Some(done) = self.open.take() {
            self.in_list = done.is_item || leads_in(&done.text);
            if done.is_item {
                self.numbered_items = numbered(&done.text);
            }
            self.out.push(done);
        }
    }

    /// Opens a unit at line `l`.
    fn open_unit(&mut self, l: &Line<'_>, is_item: bool) {
        let text = l.text;
        let mut is_item = is_item;
        let mut body = text;
        // A run-in heading is the section of its own text and of what follows: one
        // in capitals or with a part's dashes, else one in mixed case, numbered by a
        // number or a word or set in bold, or glued in capitals (outside a list), or a
        // title set off by a dash (outside a list and its items). A line of two table
        // columns opens none.
        let run_in = (!super::sections::two_columns(text))
            .then(|| run_in(text))
            .flatten()
            .or_else(|| {
                (!(self.in_list && is_item))
                    .then(|| super::sections::run_in_heading(l.raw, text))
                    .flatten()
            })
            .or_else(|| {
                (!self.in_list && !is_item)
                    .then(|| super::sections::dashed_title_run_in(text))
                    .flatten()
            });
        if let Some((label, level, start)) = run_in {
            self.path.enter(label, level);
            self.path.stacking = false;
            self.open = Some(Unit {
                text: text[start..].to_owned(),
                first_page_len: usize::MAX,
                page: l.page,
                is_item: false,
                section: self.path.section(),
            });
            self.implicit = false;
            return;
        }
        // A numbered paragraph outside a list is a clause: its number is its section.
        // Inside a list of other marks, the next number of the last clause is one too.
        let clause = CLAUSE.captures(text).filter(|c| {
            !self.run_item
                && (!self.in_list
                    || (!self.numbered_items && next_clause(&self.last_clause, &c[1])))
        });
        if let Some(c) = clause {
            let number = c.get(1).expect("a clause number");
            let titled = super::sections::clause_title(text);
            let label = titled.map_or(number.as_str(), |(label, _)| label);
            let binds = text.trim_end().ends_with('.')
                && super::reading::reading(&text[number.end()..]).is_some();
            self.path.enter_clause(number.as_str(), label, binds);
            self.last_clause = number.as_str().to_owned();
            is_item = false;
            self.implicit = false;
            body = match titled {
                Some((_, start)) if start > 0 => &text[start..],
                _ => text[number.end()..]
                    .trim_start_matches(['\\', '.', ')'])
                    .trim_start(),
            };
        }
        self.path.stacking = false;
        self.open = Some(Unit {
            text: body.to_owned(),
            first_page_len: usize::MAX,
            page: l.page,
            is_item,
            section: self.path.section(),
        });
    }
}

#[cfg(test)]
mod tests;
