//! Dates and deadlines: every dated entry of the document with what it is for, and
//! *the* submission deadline picked by its cue words, not by being the first date.
//!
//! Dates are read in the common notations (ISO, `15 March 2027`, `March 15, 2027`,
//! `15th of March 2027`, `15 de marzo de 2027`, `1er avril 2022`, `15. März 2027`,
//! `15/03/2027` or `03/15/2027` by the document's convention, `15.03.2027`) with
//! month names in English, French, Spanish, Portuguese, Italian and German, over
//! paragraphs (so a date wrapped onto the next line is read whole). What a date is
//! for comes from the words of its own clause, its table row, or the label just
//! before it (a cell "Bid Opening Date:" above its value), and the heading it sits
//! under. The submission deadline is the best-supported closing date; an amended one
//! ("extended deadline", "prorogé", "prorrogado"…) wins over the original.

mod clause;
mod cues;
mod notation;
#[cfg(test)]
mod shapes;

use std::ops::Range;

use serde_json::{Value, json};

use crate::limits::{StopFlag, Stopped, cap_bytes};
use crate::text::{Block, has_any};
use clause::*;
use cues::*;
pub(crate) use notation::{Convention, FoundDate, convention, dates};
use notation::{time_in, weekday_contradicts};

/// What a dated entry is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Kind {
    Questions,
    Intent,
    Session,
    Submission,
    Award,
    Start,
    End,
    Publication,
    /// A date inside a legal reference ("Council Decision of 27 November 2009"):
    /// not an entry at all.
    Reference,
}

impl Kind {
    pub fn name(self) -> &'static str {
        match self {
            Kind::Questions => "questions",
            Kind::Intent => "expression_of_interest",
            Kind::Session => "information_session",
            Kind::Submission => "submission",
            Kind::Award => "award_notification",
            Kind::Start => "project_start",
            Kind::End => "project_end",
            Kind::Publication => "publication",
            Kind::Reference => "reference",
        }
    }
}

/// One dated entry: its date, what it is for, how well it is supported as the
/// submission deadline, its time and quote.
#[derive(Debug, Clone)]
pub(super) struct Dated {
    pub iso: String,
    pub kind: Option<Kind>,
    pub score: i32,
    pub superseded: bool,
    /// It cannot be meant as written: the weekday before it names another day
    /// ("Wednesday, 30 April 2024" where that is a Tuesday), or it falls before the
    /// day the document says it was issued. It loses to an equal date without a slip.
    pub slip: bool,
    pub time: Option<(String, Option<String>)>,
    pub quote: String,
    pub order: usize,
}

impl Dated {
    pub fn to_json(&self, kind: &str) -> Value {
        let mut d = json!({ "what": kind, "date": self.iso, "quote": self.quote });
        if let Some((time, zone)) = &self.time {
            d["time"] = json!(time);
            if let Some(z) = zone {
                d["time_zone"] = json!(z);
            }
        }
        d
    }
}

/// Every dated entry of the document's paragraphs, at most `max`.
pub(super) fn dated_entries(
    blocks: &[Block],
    convention: Convention,
    max: usize,
    limit: &StopFlag,
) -> Result<Vec<Dated>, Stopped> {
    let mut out: Vec<Dated> = Vec::new();
    for (bi, block) in blocks.iter().enumerate() {
        limit.check()?;
        if out.len() >= max {
            break;
        }
        let found = dates(&block.text, convention);
        for (n, date) in found.iter().enumerate() {
            if n % 64 == 63 {
                limit.check()?;
            }
            if out.len() >= max {
                break;
            }
            let around = Around::of(blocks, bi, &found, n);
            let mut kind = around.kind(block.heading);
            if kind == Some(Kind::Reference) {
                continue;
            }
            let lower = around.context.to_lowercase();
            // "extended to 24 July" amends this date; "10 July has been extended to…"
            // is the date being replaced.
            let amended_before = has_any(&around.before, AMENDED);
            let mut amended = amended_before
                || ((around.table_row || around.labels_after) && has_any(around.after, AMENDED));
            let mut superseded = has_any(&lower, ORIGINAL)
                || (!amended
                    && !around.table_row
                    && !around.labels_after
                    && has_any(around.after, AMENDED));
            if let Some(new) = around
                .new_column
                .or(around.change.then_some(around.closes_range))
            {
                (amended, superseded) = (new, !new);
            }
            if kind.is_none()
                && amended_before
                && out
                    .last()
                    .is_some_and(|d: &Dated| d.kind == Some(Kind::Submission))
            {
                kind = Some(Kind::Submission);
            }
            let (line, _) = block.line_at(date.range.start);
            if signed_at(
                &block.text[line.start..date.range.start],
                &block.text[date.range.end.min(line.end)..line.end],
            ) {
                kind = Some(Kind::Publication);
            }
            let mut score = 0;
            if kind == Some(Kind::Submission) {
                score = submission_score(&lower, block.heading, amended, superseded);
            } else if kind == Some(Kind::Intent) && has_closing_cue(&lower) {
                // An expression of interest "received until" a date is what a call
                // for them closes on; it names what is submitted.
                score = submission_score(&lower, block.heading, amended, superseded) + 2;
            }
            let slip = weekday_contradicts(&block.text[..date.range.start], &date.iso);
            let time = around.time(blocks.get(bi + 1), kind);
            if time.is_some() && score > 0 {
                score += 1;
            }
            out.push(Dated {
                iso: date.iso.clone(),
                kind,
                score,
                superseded,
                slip,
                time,
                quote: block.quote(date.range.clone()),
                order: out.len(),
            });
        }
    }
    before_issue_slips(&mut out);
    Ok(out)
}

/// Whether a date is the place and day a document is signed or sent ("Valdora, 10
/// marzo 2027", "Fait à Lyon, le 3 mai 2027", "En Teruel, a 1 de marzo de 2027",
/// "Lindenau, den 15.02.2027", "Maputo, 2 de agosto de 2027"): a place's name and a
/// comma alone before it on its line (the other language's after a slash), nothing
/// after it. It dates the document, whatever heading it stands under; it closes
/// nothing. A weekday before the comma ("Friday, 12 March 2027") is the date itself.
fn signed_at(before: &str, after: &str) -> bool {
    static PLACE: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
        crate::text::re(
            r"^(?:(?:fait|done|signed|given|dado|hecho|firmado|feito|fatto|dato|gegeben)\s+(?:à|at|in|en|em|a|il)\s+|en\s+|em\s+)?(\p{Lu}[\p{L}'’. -]{1,40}),\s*(?:(?:le|el|a|den|am|lì|li|em|aos|ce|il|the)\s+)?$",
        )
    });
    let before = before.rsplit(" / ").next().unwrap_or(before).trim_start();
    let after = after.trim().trim_end_matches('.');
    if !(after.is_empty() || after.starts_with('/')) {
        return false;
    }
    PLACE.captures(before).is_some_and(|c| {
        let place = c[1].trim().to_lowercase();
        !crate::lexicon::ALL.iter().any(|l| {
            l.weekdays
                .iter()
                .any(|d| place.ends_with(&d.to_lowercase()))
        })
    })
}

/// Marks as slips the submission dates that fall before the day the document says it
/// was issued or published ("Issued on: March 20, 2025" and bids due "30 April
/// 2024"): a deadline before its own notice is a typing slip of the year.
fn before_issue_slips(entries: &mut [Dated]) {
    let issued = entries
        .iter()
        .filter(|d| d.kind == Some(Kind::Publication) && has_any(&d.quote.to_lowercase(), ISSUED))
        .map(|d| d.iso.clone())
        .min();
    let Some(issued) = issued else {
        return;
    };
    for d in entries
        .iter_mut()
        .filter(|d| d.kind == Some(Kind::Submission) && d.iso < issued)
    {
        d.slip = true;
    }
}

/// Whether `lower` holds one of the closing cues of a submission ("received until").
fn has_closing_cue(lower: &str) -> bool {
    KIND_CUES
        .iter()
        .find(|(kind, _)| *kind == Kind::Submission)
        .is_some_and(|(_, cues)| starts_word_with_any(lower, cues))
}

/// How well a closing date is supported as the submission deadline, from its
/// context's words (`lower`), the heading it stands under and whether it amends or is
/// superseded.
fn submission_score(lower: &str, heading: &str, amended: bool, superseded: bool) -> i32 {
    let mut score = 0;
    // The opening of the bids closes them, but a date said to be the deadline
    // outranks it: bids may be opened days later ("Bid opening: 9 June").
    if STRONG
        .iter()
        .any(|c| !BID_OPENING.contains(c) && lower.contains(c))
    {
        score += 3;
    } else if has_any(lower, BID_OPENING) {
        score += 1;
    }
    if has_any(lower, OBJECTS) || has_any(lower, MUST_BE_SENT) {
        score += 2;
    }
    score += 1;
    if has_any(heading, SUBMISSION_HEADINGS) {
        score += 2;
    }
    if amended {
        score += 4;
    }
    if superseded {
        score -= 4;
    }
    score
}

/// The words around one date of a paragraph that say what it is for.
struct Around<'t> {
    /// The words before the date that speak of it (its clause, its table row, or the
    /// label or header above it).
    before: String,
    /// The rest of its clause or table cell.
    after: &'t str,
    /// `before` and `after` together.
    context: String,
    /// Its own table row's words, when it stands in one.
    own_row: Option<String>,
    table_row: bool,
    /// It labels what follows ("June 1, 2024: Project start").
    labels_after: bool,
    /// Its words came from a table's header row.
    from_header: bool,
    /// It opens a period ("from 4 May to 7 June").
    opens_range: bool,
    /// It closes a period.
    closes_range: bool,
    /// The words between the period's start and this date, when it closes one (the
    /// closing time may stand there: "… fino alle ore 13:00 del 14 maggio").
    range_gap: &'t str,
    /// Its period is a change of date ("die Frist wird vom 12.05. auf den 26.05.
    /// verlängert"): the first is superseded, the second amends it.
    change: bool,
    /// The header cell above it in an addendum's old/new table ("Initial opening
    /// date | New opening date"): `Some(true)` in the new column, `Some(false)` in the
    /// old one.
    new_column: Option<bool>,
}

impl<'t> Around<'t> {
    /// The words around date `n` of `found`, the dates of paragraph `bi`.
    fn of(blocks: &'t [Block], bi: usize, found: &[FoundDate], n: usize) -> Self {
        let block = &blocks[bi];
        let text: &str = &block.text;
        let date = &found[n];
        let r = date.range.clone();
        let (line, _) = block.line_at(r.start);
        let line_text = &text[line.clone()];
        let table_row = line_text.matches('|').count() >= 2;
        // The end of a range ("du 4 mai au 7 juin") shares the words before the
        // range's start.
        let closes_range = n > 0 && is_range(text, &found[n - 1], date);
        let previous_end = match n {
            0 => 0,
            1 if closes_range => 0,
            _ if closes_range => found[n - 2].range.end,
            _ => found[n - 1].range.end,
        };
        // "du 2 au 30 mai": the period's start is no date of its own.
        let closes_range = closes_range || short_range_before(text, r.start);
        // The words before the date that speak of it.
        let floor = text
            .floor_char_boundary(r.start.saturating_sub(240))
            .max(previous_end);
        // A row of a table laid out with spaces ("Fin del plazo de presentación
        // 25/02/2027 – 13:00"): its label cell, then a wide gap, then the date. Its
        // own words say what the date is, as a ruled table's row does, not the rows
        // above it in the same paragraph.
        let spaced_row = !table_row && {
            let lead = &text[line.start..r.start];
            lead.len() >= lead.trim_end().len() + 3
                && letter_words(lead) >= 2
                && !lead.trim_end().ends_with([',', ':'])
        };
        let before_start = if table_row || spaced_row {
            line.start.max(floor)
        } else {
            clause_start(text, floor, r.start)
        };
        let mut before = text[before_start..r.start].to_owned();
        let mut from_header = false;
        if bi > 0 && (letter_words(&before) < 2 || bare_under_label(&before, &blocks[bi - 1].text))
        {
            (before, from_header) = label_above(blocks, bi, n, before);
        }
        let next_start = found.get(n + 1).map_or(text.len(), |d| d.range.start);
        let after_end = if table_row || spaced_row {
            line.end.min(next_start)
        } else {
            let reach = text
                .ceil_char_boundary((r.end + 100).min(text.len()))
                .min(next_start);
            clause_end(text, r.end, reach)
        };
        let after = &text[r.end..after_end.max(r.end)];
        // The first of a range ("from 4 May to 7 June") opens a period.
        let opens_range = found
            .get(n + 1)
            .is_some_and(|next| is_range(text, date, next));
        let context = format!("{before} {after}");
        // A date that labels what follows ("June 1, 2024: Project start", "April 4,
        // 2024 - Overview of…") is about what follows.
        let labels_after = after.trim_start().starts_with([':', '-', '–', '—']);
        let own_row = (table_row || spaced_row)
            .then(|| format!("{} {}", &text[line.start.max(floor)..r.start], after));
        let change = (opens_range || closes_range) && {
            let reach = text.ceil_char_boundary((r.end + 200).min(text.len()));
            let start = if opens_range { before_start } else { 0 };
            has_any(&text[start..clause_end(text, r.end, reach)], AMENDED)
        };
        let new_column = if table_row {
            old_new_column(blocks, bi, line.clone(), r.start)
        } else {
            old_new_pair(blocks, bi, line.clone(), found, n)
        };
        let range_gap = match n {
            1.. if found[n - 1].range.end <= r.start && is_range(text, &found[n - 1], date) => {
                let gap = &text[found[n - 1].range.end..r.start];
                let words = gap
                    .trim()
                    .trim_matches([',', '(', ')'])
                    .trim()
                    .to_lowercase();
                if range_word_before_time(&words) {
                    gap
                } else {
                    ""
                }
            }
            _ => "",
        };
        Around {
            before,
            after,
            context,
            own_row,
            table_row,
            labels_after,
            from_header,
            opens_range,
            closes_range,
            range_gap,
            change,
            new_column,
        }
    }

    /// What the date is for, from its words and the `heading` it stands under.
    fn kind(&self, heading: &str) -> Option<Kind> {
        let (before, after) = (&self.before, self.after);
        let mut kind =
            if let Some(row) = self.own_row.as_deref().filter(|row| kind_of(row).is_some()) {
                // A table row's own words say what its date is; its header only
                // when they do not.
                kind_of(row)
            } else if self.labels_after {
                kind_of(after).or_else(|| kind_of(before))
            } else if self.from_header {
                if has_any(before, STRONG) && !has_any(before, &["question"]) {
                    Some(Kind::Submission)
                } else {
                    first_kind(before).or_else(|| kind_of(after))
                }
            } else {
                kind_of(before).or_else(|| kind_of(after))
            };
        if self.new_column.is_some() {
            return Some(Kind::Submission);
        }
        if kind == Some(Kind::Submission) && has_any(&self.context.to_lowercase(), VALIDITY) {
            return Some(Kind::End);
        }
        if kind.is_none() && has_any(heading, SUBMISSION_HEADINGS) {
            kind = Some(Kind::Submission);
        }
        if self.change {
            return kind;
        }
        if self.opens_range && kind == Some(Kind::Submission) {
            kind = Some(Kind::Start);
        }
        // "Question and Answer period 10 November – 9 January": the period's start is
        // no questions deadline.
        if self.opens_range && kind == Some(Kind::Questions) {
            kind = None;
        }
        // "the questions asked at the pre-bid conference, which was held on 9
        // December": a past event is no deadline; a session's date stays a session.
        let near = &before[before.floor_char_boundary(before.len().saturating_sub(40))..];
        let next = cap_bytes(after, 40);
        if has_any(&format!("{near} | {next}").to_lowercase(), PAST_EVENT) {
            let session = KIND_CUES
                .iter()
                .filter(|(k, _)| *k == Kind::Session)
                .any(|(_, cues)| has_any(&self.context.to_lowercase(), cues));
            return session.then_some(Kind::Session);
        }
        // "Applications are accepted from 4 May to 7 June": the period's end is the
        // deadline ("until" names the end of a period only when nothing is taken in
        // it).
        // A notice's title above the sentence ("Aviso de abertura de candidaturas")
        // may lend it an opening's word: the window's verb says what the period is.
        let window = has_any(before, OBJECTS) && has_any(&self.context, WINDOW_VERBS);
        if self.closes_range
            && (kind.is_none()
                || (window && matches!(kind, Some(Kind::End | Kind::Start | Kind::Publication))))
            && has_any(before, OBJECTS)
        {
            kind = Some(Kind::Submission);
        }
        kind
    }

    /// The date's time: after the date in its clause, else before it, else (for a
    /// submission date) in the paragraph `next` below.
    fn time(&self, next: Option<&Block>, kind: Option<Kind>) -> Option<(String, Option<String>)> {
        let before = &self.before;
        time_in(cap_bytes(self.after, 60))
            .filter(|(_, _, at)| at.start < 30)
            .or_else(|| time_in(cap_bytes(self.range_gap, 60)))
            .or_else(|| {
                let near = &before[before.floor_char_boundary(before.len().saturating_sub(90))..];
                time_in(near)
            })
            .or_else(|| {
                // "All applications are due by 5:00 PM local time" under a table
                // of due dates.
                let next: &str = &next?.text;
                let next = cap_bytes(next, 200);
                (kind == Some(Kind::Submission)
                    && (has_any(
                        next,
                        &["due", "deadline", "submitted", "received", "closing"],
                    ) || is_time_label(next)))
                .then(|| time_in(next))
                .flatten()
            })
            .map(|(t, z, _)| (t, z))
    }
}

/// Whether the words `before` a date are too bare to say what it is for ("Hasta el",
/// "Date : Wednesday,", "until the") while the paragraph above, `prev`, is a label
/// ("Plazo de Presentación de Oferta", "Deadline for submission of bids:"): the
/// label speaks of the date.
fn bare_under_label(before: &str, prev: &str) -> bool {
    let lower = before.to_lowercase();
    letter_words(before) <= 3
        && !has_any(&lower, STRONG)
        && !has_any(&lower, OBJECTS)
        && (prev.split_whitespace().count() <= 8 || prev.trim_end().ends_with(':'))
        && !prev.trim_end().ends_with(['.', '!', '?'])
}

/// Whether a paragraph opens with a time's label ("Time : 10.00 am", "Heure : 10h",
/// "Hora: 14:00", "Uhrzeit: 12:00"): the time of the date above it.
fn is_time_label(text: &str) -> bool {
    let lower = text.trim_start().to_lowercase();
    ["time", "hour", "heure", "hora", "ora", "orario", "uhrzeit"]
        .iter()
        .any(|w| {
            lower
                .strip_prefix(w)
                .is_some_and(|rest| rest.trim_start().starts_with(':'))
        })
}

/// Whether the date at byte `at` of paragraph `bi` (in the table row `line`) stands in
/// the new column of an old/new table ("Initial opening date | New opening date",
/// "Fecha de cierre anterior | Nueva fecha de cierre"): `None` when the header above
/// is no such table's.
fn old_new_column(blocks: &[Block], bi: usize, line: Range<usize>, at: usize) -> Option<bool> {
    let text: &str = &blocks[bi].text;
    let header = header_above(blocks, bi, line.clone())?;
    if header.matches('|').count() < 2 || !dates(header, Convention::DayFirst).is_empty() {
        return None;
    }
    let column = text[line.start..at].matches('|').count();
    let cell = header.split('|').nth(column)?;
    let word =
        |t: &str, cues: &[&str]| starts_word_with_any(&format!(" {} ", t.to_lowercase()), cues);
    let (old, new) = (word(cell, ORIGINAL), word(cell, NEW_COLUMN));
    let both = word(header, ORIGINAL) && word(header, NEW_COLUMN);
    // "Item | Initial date | New date" above "Closing date for bids | 5 May | 19 May":
    // the row's own label says what closes.
    let row_label = text[line.start..at]
        .split('|')
        .map(str::trim)
        .find(|c| !c.is_empty())
        .unwrap_or("");
    let closing = has_any(cell, CLOSING_COLUMN) || has_any(row_label, CLOSING_COLUMN);
    (both && closing && old != new).then_some(new)
}

/// The line above `line` of paragraph `bi`: the paragraph's previous line, or the
/// previous paragraph's last.
fn line_above<'b>(blocks: &'b [Block], bi: usize, line: Range<usize>) -> Option<&'b str> {
    let (b, above) = line_above_at(blocks, bi, line)?;
    Some(&blocks[b].text[above])
}

/// Where the line above `line` of paragraph `bi` is: its paragraph and its range.
fn line_above_at(blocks: &[Block], bi: usize, line: Range<usize>) -> Option<(usize, Range<usize>)> {
    let block = &blocks[bi];
    if line.start > 0 {
        return Some((bi, block.line_at(line.start - 1).0));
    }
    let b = bi.checked_sub(1)?;
    let prev = blocks.get(b)?;
    Some((b, prev.line_at(prev.text.len().saturating_sub(1)).0))
}

/// The header row of the table whose row is `line` of paragraph `bi`: the first line
/// above that is not itself a row holding a date ("| Milestone | Original date |
/// Revised date |" above "| Site inspection | 12 Aug | 19 Aug |" and "| Tender
/// closing time | 3 Sep | 17 Sep |"), within a dozen rows.
fn header_above<'b>(blocks: &'b [Block], bi: usize, line: Range<usize>) -> Option<&'b str> {
    let (mut bi, mut line) = (bi, line);
    for _ in 0..12 {
        let (b, above) = line_above_at(blocks, bi, line)?;
        let text: &str = &blocks[b].text[above.clone()];
        if text.matches('|').count() < 2 || dates(text, Convention::DayFirst).is_empty() {
            return Some(text);
        }
        (bi, line) = (b, above);
    }
    None
}

/// An old/new table read without its cell borders (a scan read by OCR: "Initial
/// opening date New opening date" above "12 May 2026 26 May 2026"): date `n` of
/// `found` is the new one (`Some(true)`) when it is the second of the two dates that
/// make up its `line`, the old one when the first; `None` when the line above is no
/// such header.
fn old_new_pair(
    blocks: &[Block],
    bi: usize,
    line: Range<usize>,
    found: &[FoundDate],
    n: usize,
) -> Option<bool> {
    // The dates are in order: the line's are found by bisection, in constant time
    // per date however many the paragraph holds.
    let first = found.partition_point(|d| d.range.start < line.start);
    let end = found.partition_point(|d| d.range.start < line.end);
    if end != first + 2 {
        return None;
    }
    let second = first + 1;
    // A date wrapped onto the next line is no cell of this one.
    if found[second].range.end > line.end {
        return None;
    }
    let text: &str = &blocks[bi].text;
    // The row may open with its label ("Closing date of tenders 12 May 2027 26 May
    // 2027") and each date carry its time ("12 mai 2027 à 10h00 26 mai 2027 à 10h00").
    let label = text[line.start..found[first].range.start].trim();
    let cells_only = (label.is_empty()
        || (has_any(label, CLOSING_COLUMN) && letter_words(label) <= 6))
        && only_a_time(&text[found[first].range.end..found[second].range.start])
        && only_a_time(&text[found[second].range.end..line.end]);
    let header = line_above(blocks, bi, line)?;
    let lower = format!(" {} ", header.to_lowercase());
    let is_header = cells_only
        && dates(header, Convention::DayFirst).is_empty()
        && starts_word_with_any(&lower, ORIGINAL)
        && starts_word_with_any(&lower, NEW_COLUMN)
        && (has_any(&lower, CLOSING_COLUMN) || !label.is_empty());
    is_header.then_some(n == second)
}

/// Whether `cell` holds nothing, or nothing but a time and its small words ("à
/// 10h00", "at 11:00 a.m.").
fn only_a_time(cell: &str) -> bool {
    let cell = cell.trim();
    cell.is_empty()
        || (time_in(cell).is_some()
            && cell.split_whitespace().count() <= 4
            && cell.chars().filter(|c| c.is_alphabetic()).count() <= 6)
}

/// A value standing alone under its label: the label is the previous paragraph's end
/// ("Full Proposal Deadline(s):" then the date). Under a table's header row
/// ("Application Due Dates | Review | Start Date"), the first date of a row is the
/// first column's: the header's earliest cue, not its strongest. Returns the words
/// before the date (date `n` of paragraph `bi`, with `before` its own) and whether
/// they came from a header row.
fn label_above(blocks: &[Block], bi: usize, n: usize, before: String) -> (String, bool) {
    let prev: &str = &blocks[bi - 1].text;
    let tail = &prev[prev.floor_char_boundary(prev.len().saturating_sub(240))..];
    // A short paragraph above is the value's label; a long one is a
    // header row, which may begin in the paragraph before it.
    let label = prev.split_whitespace().count() <= 8 || prev.trim_end().ends_with(':');
    let mut earlier = String::new();
    if n == 0 && !label {
        // The header row's earlier paragraphs, back to a sentence's end.
        for b in blocks[..bi - 1].iter().rev().take(6) {
            let t: &str = &b.text;
            if t.trim_end().ends_with('.') || earlier.len() + t.len() > 320 {
                break;
            }
            earlier = format!("{t} {earlier}");
        }
    }
    (format!("{earlier} {tail} {before}"), n == 0 && !label)
}

/// The submission deadline: the best-supported closing date, the earliest of equals;
/// a date whose written weekday is another day's ranks as if four cues weaker.
/// A date needs a closing cue and either a strong one ("deadline", "no later than",
/// "date limite"…) or what is submitted ("proposals", "offres"…): a lone "due" is
/// not enough.
pub(super) fn submission_deadline(entries: &[Dated]) -> Option<&Dated> {
    best_of(entries, Kind::Submission).or_else(|| best_of(entries, Kind::Intent))
}

/// The best supported entry of `kind` that a closing cue stands beside: a call for
/// expressions of interest alone closes on its expressions' date, but a call that
/// also states when proposals are due closes then.
fn best_of(entries: &[Dated], kind: Kind) -> Option<&Dated> {
    entries
        .iter()
        .filter(|d| d.kind == Some(kind) && d.score >= 3)
        .max_by_key(|d| (d.score - 4 * i32::from(d.slip), std::cmp::Reverse(d.order)))
}

/// The document's deadlines as the analysis lists them.
pub(super) struct Deadlines {
    /// The submission deadline, with the time said where the same date is repeated.
    pub chosen: Option<Dated>,
    /// The submission deadline first, then every other dated entry with its kind,
    /// once per date and kind.
    pub list: Vec<Value>,
    /// Why there is no submission deadline, when there is none.
    pub note: Option<String>,
}

/// The deadlines of `entries`: the submission deadline first, with its time.
pub(super) fn deadlines(entries: &[Dated]) -> Deadlines {
    let chosen = submission_deadline(entries).cloned().map(|mut c| {
        // The deadline's time may be written where the same date is said again
        // ("31 March 2011" on the cover, "by 31 March 2011 at 5 p.m." inside).
        if c.time.is_none() {
            c.time = entries
                .iter()
                .filter(|d| d.kind == Some(Kind::Submission) && d.iso == c.iso)
                .find_map(|d| d.time.clone());
        }
        c
    });
    let mut list = Vec::new();
    let mut seen = std::collections::HashSet::new();
    if let Some(c) = &chosen {
        list.push(c.to_json("submission"));
        seen.insert((c.iso.clone(), "submission"));
    }
    for d in entries {
        let kind = match d.kind {
            Some(Kind::Submission) if chosen.as_ref().is_some_and(|c| c.order == d.order) => {
                "submission"
            }
            Some(Kind::Submission) if d.superseded => "superseded_submission",
            Some(Kind::Submission) if d.score >= 3 => "submission",
            Some(Kind::Submission) => "other",
            // The expression of interest chosen as the deadline is listed once.
            Some(_) if chosen.as_ref().is_some_and(|c| c.order == d.order) => continue,
            Some(k) => k.name(),
            None => continue,
        };
        if seen.insert((d.iso.clone(), kind)) {
            list.push(d.to_json(kind));
        }
    }
    let note = match &chosen {
        Some(c) => rival_note(entries, c),
        None if entries.iter().any(|d| d.kind == Some(Kind::Submission)) => Some(
            "No submission deadline: the dates near closing words are not clearly the deadline for submissions.".to_owned(),
        ),
        None => Some(
            "No submission deadline: no date in the document stands beside a closing cue (deadline, due, no later than, date limite, fecha límite, prazo, scadenza, Frist).".to_owned(),
        ),
    };
    Deadlines { chosen, list, note }
}

/// A note when the document itself states another submission deadline about as well
/// supported as the `chosen` one (a notice's date and its data sheet's, neither
/// amending the other): the analysis shows one, the reader is told of the other.
fn rival_note(entries: &[Dated], chosen: &Dated) -> Option<String> {
    let rival = entries.iter().find(|d| {
        d.kind == Some(Kind::Submission)
            && !d.superseded
            && d.iso != chosen.iso
            && d.score >= 5
            && d.score >= chosen.score - 1
    })?;
    let why = if rival.slip && !chosen.slip {
        "the other cannot be meant as written (its weekday is another day's, or it falls before the document's issue date)"
    } else if rival.score < chosen.score {
        "it has the stronger closing words"
    } else {
        "it comes first"
    };
    Some(format!(
        "The document states two submission deadlines: {} (\"{}\") and {} (\"{}\"); the analysis shows {} because {why}: check with the issuer.",
        chosen.iso, chosen.quote, rival.iso, rival.quote, chosen.iso
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(s: &str) -> Vec<String> {
        dates(s, Convention::MonthFirst)
            .into_iter()
            .map(|d| d.iso)
            .collect()
    }

    #[test]
    fn dates_are_read_in_the_notations_real_documents_use() {
        let cases: &[(&str, &str)] = &[
            ("due March 15, 2027 at noon", "2027-03-15"),
            ("Wednesday, October 15, 2025", "2025-10-15"),
            ("closes 15th March 2027", "2027-03-15"),
            ("by the 15th of March 2027", "2027-03-15"),
            ("by 2027-03-15", "2027-03-15"),
            ("Deadline Date: 2023-12-10 00:00:00 Z", "2023-12-10"),
            ("by 03/15/2027", "2027-03-15"),
            ("le 24 août 2025", "2025-08-24"),
            ("les 31 mars et 1er avril 2022", "2022-04-01"),
            ("el 15 de marzo de 2027", "2027-03-15"),
            ("até 15 de março de 2027", "2027-03-15"),
            ("entro il 30 settembre 2011", "2011-09-30"),
            ("bis zum 15. März 2027", "2027-03-15"),
            ("am 15.03.2027", "2027-03-15"),
            ("Sept. 7, 2023", "2023-09-07"),
            ("November 07, 2025 November 07, 2025", "2025-11-07"),
            ("Closing: 15-Mar-2027 at 11:00", "2027-03-15"),
            ("by 2027/03/15", "2027-03-15"),
        ];
        for (text, want) in cases {
            assert!(
                read(text).contains(&want.to_string()),
                "{text}: {:?}",
                read(text)
            );
        }
        assert_eq!(read("by 31 February 2027"), Vec::<String>::new());
        assert_eq!(read("version 10/3/25, 9:05 AM"), Vec::<String>::new());
        assert_eq!(read("Ley 4/2019, de 17 de julio"), Vec::<String>::new());
    }

    #[test]
    fn numeric_dates_follow_the_documents_convention() {
        let day_first = convention(
            ["offres le 21/11/2025, soutenance 15/12/2025"].into_iter(),
            false,
        );
        assert_eq!(day_first, Convention::DayFirst);
        assert_eq!(dates("05/12/2025", day_first)[0].iso, "2025-12-05");
        let us = convention(["issued 2/19/2021, due 3/26/2021"].into_iter(), true);
        assert_eq!(us, Convention::MonthFirst);
        assert_eq!(dates("4/2/2021", us)[0].iso, "2021-04-02");
        assert_eq!(
            convention(["no numeric dates"].into_iter(), false),
            Convention::DayFirst
        );
    }

    #[test]
    fn times_and_zones_are_read_in_both_clocks() {
        let t = |s: &str| time_in(s).map(|(t, z, _)| (t, z));
        assert_eq!(
            t("at 5:00 PM (EDT)"),
            Some(("17:00".into(), Some("EDT".into())))
        );
        assert_eq!(
            t("by 1:00PM EST"),
            Some(("13:00".into(), Some("EST".into())))
        );
        assert_eq!(
            t("à 23h59 (heure de Paris)"),
            Some(("23:59".into(), Some("heure de Paris".into())))
        );
        assert_eq!(
            t("by 5 p.m. submitter's local time"),
            Some(("17:00".into(), Some("submitter's local time".into())))
        );
        assert_eq!(
            t("at noon, eastern"),
            Some(("12:00".into(), Some("eastern".into())))
        );
        assert_eq!(
            t("17:00 East Africa Time"),
            Some(("17:00".into(), Some("East Africa Time".into())))
        );
        assert_eq!(
            t("entro le 24 (ora di Bruxelles)"),
            Some(("24:00".into(), Some("ora di Bruxelles".into())))
        );
        assert_eq!(t("um 12:00 Uhr"), Some(("12:00".into(), None)));
        assert_eq!(
            t("4:00 pm Alaska Prevailing Time"),
            Some(("16:00".into(), Some("Alaska Prevailing Time".into())))
        );
        assert_eq!(t("page 12 of 40"), None);
    }
}
