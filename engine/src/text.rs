//! The document as the fact extractors read it: lines with the heading they stand
//! under, paragraphs ("blocks") of joined lines for facts that wrap across lines, and
//! verbatim quotes cut around a match.

use std::borrow::Cow;
use std::ops::Range;
use std::sync::LazyLock;

use regex::Regex;
use serde_json::{Value, json};

use crate::limits::{MAX_VALUE_CHARS, StopFlag, Stopped, cap_bytes, cap_chars};

/// Longest heading kept as the context of the lines under it, in bytes.
const MAX_HEADING_BYTES: usize = 200;
/// How far a quote looks for its sentence's start and end around a match, in bytes.
pub(super) const QUOTE_REACH: usize = 300;
/// Longest paragraph joined from several lines, in bytes (a longer single line is
/// kept whole, without a copy).
const MAX_BLOCK_BYTES: usize = 2000;

/// One line of the document with the heading it stands under.
pub(super) struct Line<'a> {
    pub text: &'a str,
    /// The line as written, with its Markdown marks (a bold line is a heading).
    pub raw: &'a str,
    pub heading: &'a str,
    pub is_heading: bool,
    /// 0-based page.
    pub page: usize,
    /// A blank line (or a page break) came before it: it starts a paragraph.
    pub starts_paragraph: bool,
}

/// The analyzer's patterns. The lexicons' cue alternations (six languages, each
/// case-insensitive) build lazy DFAs with many states; at the regex crate's default
/// cache of 2 MiB the lazy DFA gives up on long or non-ASCII text and the search falls
/// back to the PikeVM, which made the whole engine about twice as slow. 8 MiB per
/// pattern keeps them on the lazy DFA (about 6 MB more peak memory over the corpus);
/// it is a cap, not an allocation.
pub(super) fn re(pattern: &str) -> Regex {
    re_with_cache(pattern, 8 << 20)
}

/// A pattern whose lazy DFA may grow to `bytes` before the search falls back to the
/// PikeVM, for the few patterns that join hundreds of cues (see its callers). A cap,
/// not an allocation.
pub(super) fn re_with_cache(pattern: &str, bytes: usize) -> Regex {
    regex::RegexBuilder::new(pattern)
        .dfa_size_limit(bytes)
        .build()
        .expect("the analyzer's patterns are valid")
}

/// Every match of `re` in `text` with its groups: the match is found by the fast
/// engine over the whole text, the groups then read from the match alone (reading
/// groups over a whole paragraph is many times slower). Yields the match's offset in
/// `text` and the groups, whose positions are relative to that offset.
pub(super) fn captures_at<'h>(
    re: &'h Regex,
    text: &'h str,
) -> impl Iterator<Item = (usize, regex::Captures<'h>)> + 'h {
    re.find_iter(text)
        .filter_map(move |m| re.captures(m.as_str()).map(|c| (m.start(), c)))
}

pub(super) static LIST_MARK: LazyLock<Regex> =
    LazyLock::new(|| re(r"^(?:[-*•·▪]\s+|\(?[0-9]{1,2}[.)]\s+|\(?[a-z][.)]\s+)"));
pub(super) static NUMBERED_HEADING: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^(?:(?:section|part|article|chapter|sec\.)\s+)?(?:[0-9]{1,2}(?:\.[0-9]{1,2})*\.?|[IVX]{1,5}\.)\s+\p{Lu}",
    )
});

pub(super) fn strip_markup(line: &str) -> &str {
    line.trim()
        .trim_start_matches(['>', ' '])
        .trim_start_matches('#')
        .trim()
        .trim_matches('*')
        .trim_matches('_')
        .trim()
}

pub(super) fn looks_like_heading(raw: &str, text: &str) -> bool {
    if raw.trim_start().starts_with('#') {
        return true;
    }
    // Most lines are sentences: the cheap tests first, and nothing collected.
    if text.is_empty()
        || text.len() > 90
        || text.ends_with(['.', ',', ';', ':'])
        || text.split_whitespace().count() > 12
    {
        return false;
    }
    let (mut letters, mut all_caps) = (0usize, true);
    for c in text.chars().filter(|c| c.is_alphabetic()) {
        letters += 1;
        all_caps &= c.is_uppercase();
    }
    if letters < 3 {
        return false;
    }
    if all_caps {
        return true;
    }
    // "3. Eligibility Criteria" is a heading; "3. Budget and budget narrative" is more
    // likely an item of a numbered list.
    let (mut long_words, mut capitalised) = (0usize, 0usize);
    for w in text
        .split_whitespace()
        .filter(|w| w.chars().filter(|c| c.is_alphabetic()).count() >= 4)
    {
        long_words += 1;
        capitalised += usize::from(w.starts_with(|c: char| c.is_uppercase()));
    }
    let title_case = long_words > 0 && capitalised * 10 >= long_words * 8;
    title_case && NUMBERED_HEADING.is_match(text)
}

/// The document's lines, page by page, without blank ones and table rules.
pub(super) fn lines<'a, S: AsRef<str>>(
    pages: &'a [S],
    stop: &StopFlag,
) -> Result<Vec<Line<'a>>, Stopped> {
    let mut out = Vec::new();
    let mut heading = "";
    for (page, text) in pages.iter().enumerate() {
        let mut starts_paragraph = true;
        for raw in text.as_ref().lines() {
            stop.check()?;
            let text = strip_markup(raw);
            if text.is_empty()
                || text
                    .chars()
                    .all(|c| matches!(c, '|' | '-' | ':' | ' ' | '=' | '_'))
            {
                starts_paragraph = true;
                continue;
            }
            let is_heading = looks_like_heading(raw, text);
            if is_heading {
                heading = cap_bytes(text, MAX_HEADING_BYTES);
            }
            out.push(Line {
                text,
                raw,
                heading,
                is_heading,
                page,
                starts_paragraph: starts_paragraph || is_heading,
            });
            starts_paragraph = is_heading;
        }
    }
    Ok(out)
}

/// A paragraph: consecutive lines of one page joined with a space, so a date or an
/// amount that wraps onto the next line is read whole. (The quote check ignores how
/// whitespace is written, so a quote taken from it is still verbatim.)
pub(super) struct Block<'a> {
    pub text: Cow<'a, str>,
    /// Where each line starts in `text`, and its index in the document's lines.
    pub starts: Vec<(usize, usize)>,
    pub heading: &'a str,
    pub page: usize,
}

impl Block<'_> {
    /// The range of the line (in `text`) that holds byte `at`, and that line's index.
    pub fn line_at(&self, at: usize) -> (Range<usize>, usize) {
        let i = self
            .starts
            .partition_point(|(s, _)| *s <= at)
            .saturating_sub(1);
        let start = self.starts[i].0;
        let end = self
            .starts
            .get(i + 1)
            .map_or(self.text.len(), |(s, _)| s.saturating_sub(1));
        (start..end.max(start), self.starts[i].1)
    }
}

impl Block<'_> {
    /// A verbatim quote around `at`: from its own line when that line says enough
    /// (a sentence of its own), else from the paragraph (a value wrapped or standing
    /// under its label).
    pub fn quote(&self, at: Range<usize>) -> String {
        let (line, _) = self.line_at(at.start);
        let own = &self.text[line.clone()];
        let says_enough = line.len() >= 60
            || own.matches('|').count() >= 2
            || own[..at.start.saturating_sub(line.start).min(own.len())].contains(':');
        if at.end <= line.end && says_enough {
            let text = &self.text[line.clone()];
            return quote(text, at.start - line.start..at.end - line.start);
        }
        quote(&self.text, at)
    }
}

/// The document's paragraphs.
pub(super) fn blocks<'a>(lines: &[Line<'a>], stop: &StopFlag) -> Result<Vec<Block<'a>>, Stopped> {
    let mut out: Vec<Block<'a>> = Vec::new();
    for (i, l) in lines.iter().enumerate() {
        stop.check()?;
        let joins = !l.starts_paragraph
            && out.last().is_some_and(|b| {
                b.page == l.page && b.text.len() + 1 + l.text.len() <= MAX_BLOCK_BYTES
            });
        if joins {
            let b = out.last_mut().expect("a block to join");
            let text = b.text.to_mut();
            text.push(' ');
            b.starts.push((text.len(), i));
            text.push_str(l.text);
        } else {
            out.push(Block {
                text: Cow::Borrowed(l.text),
                starts: vec![(0, i)],
                heading: l.heading,
                page: l.page,
            });
        }
    }
    Ok(out)
}

/// The sentences of a line, verbatim: split after `.`, `!` or `?` followed by a space
/// and a capital letter or digit (so "e.g. the" and "1.5 million" stay whole).
pub(super) fn sentences(line: &str) -> Vec<&str> {
    let bytes = line.as_bytes();
    let mut out = Vec::new();
    let mut start = 0;
    for i in 0..bytes.len() {
        if matches!(bytes[i], b'.' | b'!' | b'?')
            && bytes.get(i + 1) == Some(&b' ')
            // A sentence may open with emphasis or a quote mark: ". **The price…".
            && line[i + 2..]
                .trim_start_matches(['*', '_', '"', '“', '‘', '('])
                .starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
        {
            out.push(line[start..=i].trim());
            start = i + 2;
        }
    }
    if start < line.len() {
        out.push(line[start..].trim());
    }
    out.retain(|s| !s.is_empty());
    out
}

/// A lower-case letter without its accent ("é" is "e"), as month names, domain names
/// and hand-typed words are compared.
pub(crate) fn fold_accent(c: char) -> char {
    match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' => 'a',
        'ç' => 'c',
        'è' | 'é' | 'ê' | 'ë' => 'e',
        'ì' | 'í' | 'î' | 'ï' => 'i',
        'ñ' => 'n',
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' => 'o',
        'ù' | 'ú' | 'û' | 'ü' => 'u',
        other => other,
    }
}

pub(super) fn has_any(haystack: &str, needles: &[&str]) -> bool {
    let lower = haystack.to_lowercase();
    needles.iter().any(|n| lower.contains(n))
}

/// The sentence of `line` around the byte range `at`, as a verbatim quote; long
/// sentences are cut to a window on word boundaries. It looks at most
/// [`QUOTE_REACH`] bytes either side of the match, so quoting every match of a long
/// line costs time in proportion to the matches, not to the line.
pub(super) fn quote(line: &str, at: std::ops::Range<usize>) -> String {
    let bytes = line.as_bytes();
    let reach_start = line.floor_char_boundary(at.start.saturating_sub(QUOTE_REACH));
    let reach_end = line.ceil_char_boundary((at.end + QUOTE_REACH).min(line.len()));
    let mut start = reach_start;
    for i in (reach_start..at.start).rev() {
        if i + 1 < bytes.len() && matches!(bytes[i], b'.' | b'!' | b'?') && bytes[i + 1] == b' ' {
            // "e.g. " and decimals are not sentence ends, but a capital after is.
            if line[i + 1..reach_end]
                .trim_start()
                .starts_with(|c: char| c.is_uppercase())
            {
                start = i + 2;
                break;
            }
        }
    }
    let mut end = reach_end;
    for i in at.end..reach_end {
        if matches!(bytes[i], b'.' | b'!' | b'?') && (i + 1 == bytes.len() || bytes[i + 1] == b' ')
        {
            end = i + 1;
            break;
        }
    }
    let mut s = &line[start..end];
    if s.len() > 320 {
        let lo = line.floor_char_boundary(at.start.saturating_sub(140).max(start));
        let hi = line.ceil_char_boundary((at.end + 140).min(end));
        let lo = line[lo..hi]
            .find(' ')
            .map_or(lo, |p| lo + p + 1)
            .min(at.start);
        let hi = line[lo..hi].rfind(' ').map_or(hi, |p| lo + p).max(at.end);
        s = &line[lo..hi];
    }
    let s = s
        .trim()
        .trim_start_matches(['|', '-', '*', ' '])
        .trim_end_matches(['|', ' '])
        .trim();
    cap_bytes(s, 4 * QUOTE_REACH).to_owned()
}

/// A whole line as a quote (cut to its first 320 bytes on a word boundary).
pub(super) fn quote_line(line: &str) -> String {
    let text = line
        .trim()
        .trim_start_matches(['|', ' '])
        .trim_end_matches(['|', ' ']);
    if text.len() <= 320 {
        return text.to_owned();
    }
    // A window of 320 bytes ends inside a character as often as not in accented text.
    let window = text.floor_char_boundary(320);
    let cut = text[..window].rfind(' ').unwrap_or(window);
    text[..cut].to_owned()
}

pub(super) fn number(v: f64) -> Value {
    if v.fract() == 0.0 && v.abs() < 9e15 {
        json!(v as i64)
    } else {
        json!(v)
    }
}

pub(super) fn format_amount(v: f64) -> String {
    let whole = v.round() as i64;
    let s = whole.to_string();
    let mut out = String::new();
    for (i, c) in s.chars().enumerate() {
        if i > 0 && (s.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

pub(super) fn clean_item(text: &str) -> String {
    let text = cap_chars(text.trim(), MAX_VALUE_CHARS);
    let t = LIST_MARK.replace(text, "");
    t.trim().trim_end_matches([':', ';', ',']).trim().to_owned()
}

static URL_IN_TEXT: LazyLock<Regex> =
    LazyLock::new(|| re(r"\(?\s*(?:https?://|//|www\.)[^\s)]+\s*\)?"));

/// `text` without its URLs (and the brackets left empty by them).
pub(super) fn strip_urls(text: &str) -> String {
    let t = URL_IN_TEXT.replace_all(text, "");
    t.replace("()", "")
        .replace(" )", ")")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// The document's language (`en`, `fr`, `es`, `pt`, `it`, `de`), from how often each
/// language's commonest words appear; `en` when nothing stands out.
pub(super) fn language<'a>(lines: impl Iterator<Item = &'a str>) -> &'static str {
    const WORDS: &[(&str, &[&str])] = &[
        (
            "en",
            &["the", "and", "of", "to", "for", "with", "shall", "will"],
        ),
        (
            "fr",
            &["le", "la", "les", "des", "et", "du", "pour", "une", "est"],
        ),
        (
            "es",
            &["el", "los", "las", "del", "y", "para", "por", "una", "que"],
        ),
        (
            "pt",
            &[
                "os", "as", "do", "da", "dos", "das", "para", "não", "uma", "em",
            ],
        ),
        (
            "it",
            &[
                "il", "di", "che", "della", "delle", "per", "una", "gli", "sono",
            ],
        ),
        (
            "de",
            &[
                "der", "die", "und", "das", "für", "nicht", "mit", "eine", "ist",
            ],
        ),
    ];
    debug_assert!(
        WORDS
            .iter()
            .all(|(_, list)| list.iter().all(|w| w.len() <= 8))
    );
    let mut counts = [0usize; 6];
    let mut seen = 0usize;
    for line in lines {
        for w in line
            .split(|c: char| !c.is_alphabetic())
            .filter(|w| !w.is_empty())
        {
            seen += 1;
            if seen > 50_000 {
                break;
            }
            // An ASCII word lower-cases to as many bytes: one longer than every
            // listed word is none of them, and a short one is lower-cased in place
            // (the lists' words are at most 8 bytes, as the debug build checks).
            let mut buf = [0u8; 8];
            let lower: std::borrow::Cow<str> = if w.is_ascii() {
                if w.len() > buf.len() {
                    continue;
                }
                let buf = &mut buf[..w.len()];
                buf.copy_from_slice(w.as_bytes());
                buf.make_ascii_lowercase();
                std::borrow::Cow::Borrowed(std::str::from_utf8(buf).expect("ASCII"))
            } else {
                std::borrow::Cow::Owned(w.to_lowercase())
            };
            for (i, (_, list)) in WORDS.iter().enumerate() {
                if list.contains(&&*lower) {
                    counts[i] += 1;
                }
            }
        }
    }
    let (best, n) = counts
        .iter()
        .enumerate()
        .max_by_key(|(i, n)| (**n, std::cmp::Reverse(*i)))
        .expect("six languages");
    if *n == 0 { "en" } else { WORDS[best].0 }
}
