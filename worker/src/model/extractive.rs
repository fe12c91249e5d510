//! The offline extractive analyzer: the default model of the embedded backend.
//!
//! It makes no network call and no LLM call and is deterministic: the same text
//! always gives the same analysis. It reads the document line by line, keeps track of
//! the section heading each line stands under, and fills the analysis schema with
//! what plain patterns can find honestly: the title, the issuer, dated deadlines,
//! amounts with their currency, eligibility statements, evaluation criteria with their
//! points or weights, required sections, the submission method, contacts and the
//! geographic scope. Every extracted value carries the quote it came from, a verbatim
//! piece of the document, so a reader can check it. What it cannot find it leaves
//! empty rather than guessing.

use std::sync::LazyLock;

use async_trait::async_trait;
use regex::Regex;
use serde_json::{Value, json};

use rfp_shared::ports::{Model, ModelAnswer, ModelError, ModelRequest};

/// The analyzer's version, recorded as the model id of its results.
pub const MODEL_ID: &str = "extractive-v1";

/// The offline [`Model`].
#[derive(Debug, Clone, Default)]
pub struct ExtractiveAnalyzer;

#[async_trait]
impl Model for ExtractiveAnalyzer {
    /// Runs on a thread of its own, not tokio's blocking pool, so that a runtime
    /// shutting down never waits for it; dropping the returned future (the job's time
    /// budget spent, the worker stopping) stops the analysis at its next check.
    async fn analyze(&self, request: ModelRequest) -> Result<ModelAnswer, ModelError> {
        let span = tracing::Span::current();
        let budget = Budget::default();
        let _cancel_on_drop = budget.cancel_on_drop();
        let (tx, rx) = tokio::sync::oneshot::channel();
        let thread_budget = budget.clone();
        std::thread::Builder::new()
            .name("rfp-analyze".into())
            .spawn(move || {
                let _entered = span.enter();
                let _ = tx.send(analyze_pages(request.pages.as_slice(), &thread_budget));
            })
            .map_err(|e| ModelError::Unavailable(format!("cannot start the analyzer: {e}")))?;
        match rx.await {
            Ok(Ok(analysis)) => Ok(ModelAnswer::local(analysis, "extractive", MODEL_ID)),
            Ok(Err(Stopped)) => Err(ModelError::Unavailable(
                "the extractive analyzer was stopped".into(),
            )),
            Err(_) => Err(ModelError::Unavailable(
                "the extractive analyzer crashed".into(),
            )),
        }
    }
}

/// The analysis was stopped before it ended (its job's budget spent, or the worker
/// stopping).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Stopped;

/// When an analysis must stop: a flag its caller sets, looked at every line and every
/// few hundred matches within a line, so a stop takes effect within milliseconds.
#[derive(Debug, Clone, Default)]
pub struct Budget {
    cancelled: std::sync::Arc<std::sync::atomic::AtomicBool>,
}

impl Budget {
    pub fn cancel(&self) {
        self.cancelled
            .store(true, std::sync::atomic::Ordering::Relaxed);
    }

    /// A guard that cancels the analysis when dropped.
    pub fn cancel_on_drop(&self) -> impl Drop + use<> {
        struct Guard(Budget);
        impl Drop for Guard {
            fn drop(&mut self) {
                self.0.cancel();
            }
        }
        Guard(self.clone())
    }

    fn check(&self) -> Result<(), Stopped> {
        if self.cancelled.load(std::sync::atomic::Ordering::Relaxed) {
            Err(Stopped)
        } else {
            Ok(())
        }
    }
}

/// Longest value the analyzer writes (a title, an item's text), in characters: a
/// document made of one enormous line must not make an enormous result.
pub const MAX_VALUE_CHARS: usize = 500;
/// Longest heading kept as the context of the lines under it, in bytes.
const MAX_HEADING_BYTES: usize = 200;
/// How far a quote looks for its sentence's start and end around a match, in bytes.
const QUOTE_REACH: usize = 300;
/// At most this many dated entries and amounts are collected from one document.
const MAX_DATES: usize = 60;
const MAX_AMOUNTS: usize = 200;
const MAX_CRITERIA: usize = 60;

/// `text` cut to at most `max` characters (at a character boundary, so still a
/// verbatim piece of the document).
pub fn cap_chars(text: &str, max: usize) -> &str {
    match text.char_indices().nth(max) {
        Some((at, _)) => &text[..at],
        None => text,
    }
}

/// `text`'s first `max` bytes at most, cut at a character boundary.
fn cap_bytes(text: &str, max: usize) -> &str {
    &text[..text.floor_char_boundary(max)]
}

/// One line of the document with the heading it stands under.
struct Line<'a> {
    text: &'a str,
    heading: &'a str,
    is_heading: bool,
}

fn re(pattern: &str) -> Regex {
    Regex::new(pattern).expect("the analyzer's patterns are valid")
}

const MONTHS: &str = "January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec";

static DATE_DMY: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        r"(?i)\b(\d{{1,2}})(?:st|nd|rd|th)?\s+({MONTHS})\.?,?\s+(\d{{4}})\b"
    ))
});
static DATE_MDY: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        r"(?i)\b({MONTHS})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})\b"
    ))
});
static DATE_ISO: LazyLock<Regex> = LazyLock::new(|| re(r"\b(\d{4})-(\d{2})-(\d{2})\b"));
static DATE_NUMERIC: LazyLock<Regex> = LazyLock::new(|| re(r"\b(\d{1,2})/(\d{1,2})/(\d{4})\b"));
static TIME: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(\d{1,2}[:.]\d{2})\s*(a\.?m\.?|p\.?m\.?)?\s*\(?\b(CET|CEST|UTC|GMT|EST|EDT|CST|CDT|MST|MDT|PST|PDT|AKST|AKDT|HST|BST|EET|EEST|WET|WEST|GST|IST|[A-Z][a-z]+ [Tt]ime)?\b",
    )
});
static AMOUNT: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)(?:(?P<cur1>USD|EUR|GBP|CHF|CAD|AUD|NZD|NOK|SEK|DKK|OMR|INR|KES|ZAR|US\$|\$|€|£)\s?(?P<num1>\d{1,3}(?:[,.\s]\d{3})+(?:\.\d{1,2})?|\d+(?:\.\d+)?)(?:\s?(?P<mult1>million|billion|thousand|m\b|k\b|bn\b))?)|(?:(?P<num2>\d{1,3}(?:[,.\s]\d{3})+(?:\.\d{1,2})?|\d+(?:\.\d+)?)\s?(?P<mult2>million|billion|thousand)?\s?(?P<cur2>USD|EUR|GBP|CHF|euros?|dollars?|pounds?)\b)",
    )
});
static EMAIL: LazyLock<Regex> =
    LazyLock::new(|| re(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}"));
static PHONE: LazyLock<Regex> =
    LazyLock::new(|| re(r"\+?\(?\d{1,4}\)?[\s.-]?\d{2,4}(?:[\s.-]?\d{2,4}){1,3}"));
static POINTS: LazyLock<Regex> =
    LazyLock::new(|| re(r"(?i)(\d{1,3}(?:\.\d+)?)\s*(%|percent|points?|pts\.?|marks?)"));
static PAGES: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)(?:not exceed|maximum(?: of)?|max\.?|up to|no more than|limited to)\s+(\d{1,3})\s+pages?",
    )
});
static ISSUER: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:issued by|issuing (?:agency|organi[sz]ation|authority|office)|contracting (?:authority|agency|entity)|funded by|funding (?:agency|organi[sz]ation)|donor|on behalf of)\b\W*\s*(.+)",
    )
});
static ANY_PAGES: LazyLock<Regex> = LazyLock::new(|| re(r"(?i)\b(\d{1,3})\s+pages?\b"));
static URL: LazyLock<Regex> = LazyLock::new(|| re(r"https?://[^\s)>\]]+"));
static LANGUAGE: LazyLock<Regex> = LazyLock::new(|| {
    re(r"(?i)\b(written|submitted|prepared) in (english|french|spanish|arabic|portuguese|german)\b")
});
static FORMAT: LazyLock<Regex> = LazyLock::new(|| re(r"\b(PDF|Word|DOCX)\b"));
static LIST_MARK: LazyLock<Regex> =
    LazyLock::new(|| re(r"^(?:[-*•·▪]\s+|\(?[0-9]{1,2}[.)]\s+|\(?[a-z][.)]\s+)"));
static NUMBERED_HEADING: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^(?:(?:section|part|article|chapter)\s+)?(?:[0-9]{1,2}(?:\.[0-9]{1,2})*\.?|[IVX]{1,5}\.)\s+[A-Z]",
    )
});

const TITLE_WORDS: &[&str] = &[
    "request for proposal",
    "call for proposal",
    "request for quotation",
    "request for application",
    "invitation to tender",
    "terms of reference",
    "solicitation",
    "notice of funding",
    "grant",
    "tender",
    "rfp",
    "rfq",
];
const ISSUER_WORDS: &[&str] = &[
    "agency",
    "ministry",
    "department",
    "foundation",
    "commission",
    "council",
    "authority",
    "office",
    "bank",
    "fund",
    "university",
    "administration",
    "institute",
    "programme",
];

fn strip_markup(line: &str) -> &str {
    line.trim()
        .trim_start_matches('#')
        .trim()
        .trim_matches('*')
        .trim_matches('_')
        .trim()
}

fn looks_like_heading(raw: &str, text: &str) -> bool {
    if raw.trim_start().starts_with('#') {
        return true;
    }
    let words = text.split_whitespace().count();
    if text.is_empty() || text.len() > 90 || words > 12 || text.ends_with(['.', ',', ';', ':']) {
        return false;
    }
    let letters: Vec<char> = text.chars().filter(|c| c.is_alphabetic()).collect();
    if letters.len() < 3 {
        return false;
    }
    let all_caps = letters.iter().all(|c| c.is_uppercase());
    // "3. Eligibility Criteria" is a heading; "3. Budget and budget narrative" is more
    // likely an item of a numbered list.
    let long_words: Vec<&str> = text
        .split_whitespace()
        .filter(|w| w.chars().filter(|c| c.is_alphabetic()).count() >= 4)
        .collect();
    let capitalised = long_words
        .iter()
        .filter(|w| w.starts_with(|c: char| c.is_uppercase()))
        .count();
    let title_case = !long_words.is_empty() && capitalised * 10 >= long_words.len() * 8;
    all_caps || (NUMBERED_HEADING.is_match(text) && title_case)
}

fn lines<'a, S: AsRef<str>>(pages: &'a [S], budget: &Budget) -> Result<Vec<Line<'a>>, Stopped> {
    let mut out = Vec::new();
    let mut heading = "";
    for raw in pages.iter().flat_map(|p| p.as_ref().lines()) {
        budget.check()?;
        let text = strip_markup(raw);
        if text.is_empty() || text.chars().all(|c| matches!(c, '|' | '-' | ':' | ' ')) {
            continue;
        }
        let is_heading = looks_like_heading(raw, text);
        if is_heading {
            heading = cap_bytes(text, MAX_HEADING_BYTES);
        }
        out.push(Line {
            text,
            heading,
            is_heading,
        });
    }
    Ok(out)
}

/// The sentences of a line, verbatim: split after `.`, `!` or `?` followed by a space
/// and a capital letter or digit (so "e.g. the" and "1.5 million" stay whole).
fn sentences(line: &str) -> Vec<&str> {
    let bytes = line.as_bytes();
    let mut out = Vec::new();
    let mut start = 0;
    for i in 0..bytes.len() {
        if matches!(bytes[i], b'.' | b'!' | b'?')
            && bytes.get(i + 1) == Some(&b' ')
            && line[i + 2..].starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
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

fn has_any(haystack: &str, needles: &[&str]) -> bool {
    let lower = haystack.to_lowercase();
    needles.iter().any(|n| lower.contains(n))
}

/// The sentence of `line` around the byte range `at`, as a verbatim quote; long
/// sentences are cut to a window on word boundaries. It looks at most
/// [`QUOTE_REACH`] bytes either side of the match, so quoting every match of a long
/// line costs time in proportion to the matches, not to the line.
fn quote(line: &str, at: std::ops::Range<usize>) -> String {
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
fn quote_line(line: &str) -> String {
    let text = line
        .trim()
        .trim_start_matches(['|', ' '])
        .trim_end_matches(['|', ' ']);
    if text.len() <= 320 {
        return text.to_owned();
    }
    let cut = text[..320].rfind(' ').unwrap_or(320);
    let mut cut = cut;
    while !text.is_char_boundary(cut) {
        cut -= 1;
    }
    text[..cut].to_owned()
}

fn month_number(name: &str) -> u32 {
    let n = name.to_lowercase();
    MONTHS
        .to_lowercase()
        .split('|')
        .position(|m| m == n)
        .map(|i| {
            if i < 12 {
                i as u32 + 1
            } else {
                [1, 2, 3, 4, 6, 7, 8, 9, 9, 10, 11, 12][i - 12]
            }
        })
        .unwrap_or(0)
}

fn iso(y: &str, m: u32, d: &str) -> Option<String> {
    let (y, d): (i32, u32) = (y.parse().ok()?, d.parse().ok()?);
    chrono::NaiveDate::from_ymd_opt(y, m, d).map(|date| date.format("%Y-%m-%d").to_string())
}

/// Every date in a line: (ISO date, byte range).
fn dates(line: &str) -> Vec<(String, std::ops::Range<usize>)> {
    let mut found = Vec::new();
    for c in DATE_DMY.captures_iter(line) {
        if let Some(d) = iso(&c[3], month_number(&c[2]), &c[1]) {
            found.push((d, c.get(0).unwrap().range()));
        }
    }
    for c in DATE_MDY.captures_iter(line) {
        if let Some(d) = iso(&c[3], month_number(&c[1]), &c[2]) {
            found.push((d, c.get(0).unwrap().range()));
        }
    }
    for c in DATE_ISO.captures_iter(line) {
        if let Some(d) = iso(&c[1], c[2].parse().unwrap_or(0), &c[3]) {
            found.push((d, c.get(0).unwrap().range()));
        }
    }
    for c in DATE_NUMERIC.captures_iter(line) {
        // Month first (US style) when it can be; otherwise day first.
        let (a, b): (u32, u32) = (c[1].parse().unwrap_or(0), c[2].parse().unwrap_or(0));
        let date = if a <= 12 {
            iso(&c[3], a, &c[2])
        } else {
            iso(&c[3], b, &c[1])
        };
        if let Some(d) = date {
            found.push((d, c.get(0).unwrap().range()));
        }
    }
    found.sort_by_key(|(_, r)| r.start);
    found.dedup_by(|a, b| a.1.start < b.1.end);
    found
}

fn deadline_kind(context: &str) -> Option<&'static str> {
    let l = context.to_lowercase();
    let kinds: &[(&[&str], &str)] = &[
        (
            &["question", "clarification", "inquir", "enquir"],
            "questions",
        ),
        (
            &[
                "information session",
                "webinar",
                "info session",
                "pre-proposal",
                "pre-bid",
                "briefing",
            ],
            "information_session",
        ),
        (
            &["letter of intent", "expression of interest", "concept note"],
            "expression_of_interest",
        ),
        (
            &[
                "submission",
                "submit",
                "closing",
                "deadline",
                "due",
                "receipt of",
                "no later than",
                "received by",
                "applications close",
            ],
            "submission",
        ),
        (
            &["award", "notification", "notified", "decision", "announce"],
            "award_notification",
        ),
        (
            &[
                "start",
                "commence",
                "begin",
                "implementation period",
                "inception",
            ],
            "project_start",
        ),
        (
            &["end date", "completion", "period of performance", "ends"],
            "project_end",
        ),
        (
            &[
                "publication",
                "published",
                "issue date",
                "release date",
                "issued",
            ],
            "publication",
        ),
    ];
    kinds
        .iter()
        .find(|(words, _)| words.iter().any(|w| l.contains(w)))
        .map(|(_, kind)| *kind)
}

fn parse_amount(number: &str, multiplier: Option<&str>) -> Option<f64> {
    let n: String = number.chars().filter(|c| !c.is_whitespace()).collect();
    let last_sep = n.rfind([',', '.']);
    // The decimal separator is the last separator when both kinds appear, or a lone one
    // not followed by exactly three digits; every other separator groups thousands.
    let decimal_at = match last_sep {
        Some(i) if n.contains(',') && n.contains('.') => Some(i),
        Some(i) if n.matches([',', '.']).count() == 1 && n.len() - i - 1 != 3 => Some(i),
        _ => None,
    };
    let digits: String = n
        .char_indices()
        .filter_map(|(i, c)| match c {
            '0'..='9' => Some(c),
            _ if Some(i) == decimal_at => Some('.'),
            _ => None,
        })
        .collect();
    let value: f64 = digits.parse().ok()?;
    let factor = match multiplier.map(|m| m.to_lowercase()) {
        Some(m) if m.starts_with("bn") || m.starts_with("billion") => 1e9,
        Some(m) if m.starts_with('m') => 1e6,
        Some(m) if m.starts_with('k') || m.starts_with("thousand") => 1e3,
        _ => 1.0,
    };
    Some(value * factor)
}

fn currency_code(symbol: &str) -> String {
    let s = symbol.to_lowercase();
    match s.as_str() {
        "$" | "us$" => "USD".into(),
        "€" => "EUR".into(),
        "£" => "GBP".into(),
        _ if s.starts_with("euro") => "EUR".into(),
        _ if s.starts_with("dollar") => "USD".into(),
        _ if s.starts_with("pound") => "GBP".into(),
        _ => symbol.to_uppercase(),
    }
}

/// Every amount with a currency in a line: (amount, currency, byte range).
fn amounts(line: &str) -> Vec<(f64, String, std::ops::Range<usize>)> {
    AMOUNT
        .captures_iter(line)
        .filter_map(|c| {
            let (num, mult, cur) = match c.name("num1") {
                Some(n) => (n.as_str(), c.name("mult1"), c.name("cur1")?),
                None => (c.name("num2")?.as_str(), c.name("mult2"), c.name("cur2")?),
            };
            let value = parse_amount(num, mult.map(|m| m.as_str()))?;
            (value >= 1.0).then(|| {
                (
                    value,
                    currency_code(cur.as_str()),
                    c.get(0).unwrap().range(),
                )
            })
        })
        .collect()
}

fn number(v: f64) -> Value {
    if v.fract() == 0.0 && v.abs() < 9e15 {
        json!(v as i64)
    } else {
        json!(v)
    }
}

fn format_amount(v: f64) -> String {
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

fn clean_item(text: &str) -> String {
    let text = cap_chars(text.trim(), MAX_VALUE_CHARS);
    let t = LIST_MARK.replace(text, "");
    t.trim().trim_end_matches([':', ';', ',']).trim().to_owned()
}

/// Analyses `text`; the result has `summary`, `extracted_data` and `engine`.
pub fn analyze(text: &str) -> Value {
    analyze_pages(&[text], &Budget::default()).expect("an analysis nobody cancels ends")
}

/// Analyses a document's pages (read as one text) until `budget` says stop. Its time
/// is linear in the text: every pattern runs over each line once, and each match
/// looks at a bounded window around it. Every value it writes is bounded too
/// ([`MAX_VALUE_CHARS`], lists of a few dozen entries), whatever the document.
pub fn analyze_pages<S: AsRef<str>>(pages: &[S], limit: &Budget) -> Result<Value, Stopped> {
    let lines = lines(pages, limit)?;
    let heading_has = |l: &Line, words: &[&str]| has_any(l.heading, words);

    // Title: a heading near the top that names the kind of document, else the first heading.
    let top = &lines[..lines.len().min(40)];
    let title_line = top
        .iter()
        .find(|l| l.is_heading && has_any(l.text, TITLE_WORDS))
        .or_else(|| top.iter().find(|l| l.is_heading))
        .or_else(|| lines.first());
    let title = title_line.map(
        |l| json!({ "value": cap_chars(l.text, MAX_VALUE_CHARS), "quote": quote_line(l.text) }),
    );

    // Issuer: "Issued by: …" and the like, else an organisation's name near the top.
    let issuer = top
        .iter()
        .find_map(|l| {
            let c = ISSUER.captures(l.text)?;
            let value = c[1]
                .trim()
                .trim_matches(['*', ':', ' '])
                .trim_end_matches('.')
                .to_owned();
            (!value.is_empty() && value.len() < 200)
                .then(|| json!({ "value": value, "quote": quote_line(l.text) }))
        })
        .or_else(|| {
            top.iter()
                .take(15)
                .find(|l| {
                    l.text.len() < 120
                        && has_any(l.text, ISSUER_WORDS)
                        && !has_any(l.text, TITLE_WORDS)
                })
                .map(|l| json!({ "value": l.text, "quote": quote_line(l.text) }))
        });

    // Deadlines and other dates, with what they are for.
    let mut deadlines = Vec::new();
    let mut seen_dates = std::collections::HashSet::new();
    for l in &lines {
        limit.check()?;
        if deadlines.len() >= MAX_DATES {
            break;
        }
        for (n, (date, range)) in dates(l.text).into_iter().enumerate() {
            if n % 256 == 255 {
                limit.check()?;
            }
            if deadlines.len() >= MAX_DATES {
                break;
            }
            let q = quote(l.text, range.clone());
            // The line beyond the quote, within reach: a long line is not lowered
            // again for each of its dates.
            let around = &l.text[l
                .text
                .floor_char_boundary(range.start.saturating_sub(QUOTE_REACH))
                ..l.text
                    .ceil_char_boundary((range.end + QUOTE_REACH).min(l.text.len()))];
            let kind = deadline_kind(&q)
                .or_else(|| deadline_kind(around))
                .or_else(|| {
                    heading_has(l, &["date", "timeline", "schedule", "deadline", "calendar"])
                        .then_some("other")
                });
            let Some(kind) = kind else { continue };
            let after = &l.text[range.end.min(l.text.len())..];
            let time = TIME
                .captures(cap_bytes(after, 80))
                .filter(|c| c.get(0).unwrap().start() < 30);
            let mut d = json!({ "what": kind, "date": date, "quote": q });
            if let Some(t) = time {
                d["time"] = json!(t[1].replace('.', ":"));
                if let Some(tz) = t.get(3) {
                    d["time_zone"] = json!(tz.as_str());
                }
            }
            if seen_dates.insert((date, kind)) {
                deadlines.push(d);
            }
        }
    }
    let submission_deadline = deadlines
        .iter()
        .find(|d| d["what"] == "submission")
        .cloned();

    // Budget: amounts in lines about money.
    const BUDGET_WORDS: &[&str] = &[
        "budget",
        "fund",
        "grant",
        "award",
        "amount",
        "ceiling",
        "maximum",
        "minimum",
        "up to",
        "between",
        "total",
        "value",
        "co-financ",
        "cost",
        "contribution",
        "price",
    ];
    let mut found_amounts = Vec::new();
    let mut range: Option<(f64, f64, String, String)> = None;
    let mut ceiling: Option<(f64, String, String)> = None;
    for l in &lines {
        limit.check()?;
        if found_amounts.len() >= MAX_AMOUNTS {
            break;
        }
        let in_budget_section = heading_has(l, &["budget", "funding", "financ"]);
        for sentence in sentences(l.text) {
            if !has_any(sentence, BUDGET_WORDS) && !in_budget_section {
                continue;
            }
            let mut found = amounts(sentence);
            found.truncate(MAX_AMOUNTS - found_amounts.len().min(MAX_AMOUNTS));
            for (v, cur, r) in &found {
                found_amounts.push(json!({ "amount": number(*v), "currency": cur, "quote": quote(sentence, r.clone()) }));
            }
            let is_range = has_any(
                sentence,
                &["between", "range", "minimum", "from", " to ", "–", " - "],
            );
            if found.len() >= 2 && range.is_none() && is_range {
                let cur = found[0].1.clone();
                let same: Vec<f64> = found.iter().filter(|a| a.1 == cur).map(|a| a.0).collect();
                if same.len() >= 2 {
                    let lo = same.iter().cloned().fold(f64::MAX, f64::min);
                    let hi = same.iter().cloned().fold(0.0, f64::max);
                    range = Some((lo, hi, cur, quote_line(sentence)));
                }
            } else if found.len() == 1
                && ceiling.is_none()
                && has_any(
                    sentence,
                    &["up to", "maximum", "not exceed", "ceiling", "max."],
                )
            {
                ceiling = Some((found[0].0, found[0].1.clone(), quote_line(sentence)));
            }
        }
    }
    let total = found_amounts
        .iter()
        .find(|a| {
            has_any(
                a["quote"].as_str().unwrap_or(""),
                &[
                    "total",
                    "overall",
                    "envelope",
                    "programme budget",
                    "program budget",
                ],
            )
        })
        .cloned();
    let budget = match (&range, &ceiling) {
        (Some((lo, hi, cur, q)), _) => {
            json!({ "currency": cur, "min": number(*lo), "max": number(*hi), "quote": q })
        }
        (None, Some((hi, cur, q))) => {
            json!({ "currency": cur, "min": null, "max": number(*hi), "quote": q })
        }
        (None, None) => match found_amounts.first() {
            Some(a) => {
                json!({ "currency": a["currency"], "min": null, "max": a["amount"], "quote": a["quote"] })
            }
            None => json!({ "currency": null, "min": null, "max": null }),
        },
    };
    let mut budget = budget;
    if let Some(t) = &total {
        budget["total"] = t.clone();
    }
    budget["amounts"] = json!(found_amounts.iter().take(20).collect::<Vec<_>>());
    let budget_range = match (&range, &ceiling) {
        (Some((lo, hi, cur, _)), _) => Some(format!(
            "{cur} {} – {}",
            format_amount(*lo),
            format_amount(*hi)
        )),
        (None, Some((hi, cur, _))) => Some(format!("up to {cur} {}", format_amount(*hi))),
        _ => total.as_ref().map(|t| {
            format!(
                "{} {} (total)",
                t["currency"].as_str().unwrap_or(""),
                format_amount(t["amount"].as_f64().unwrap_or(0.0))
            )
        }),
    };

    // Statements by topic.
    let statements =
        |pred: &dyn Fn(&str, &str) -> bool, cap: usize| -> Result<Vec<Value>, Stopped> {
            let mut seen = Vec::<String>::new();
            let mut out = Vec::new();
            for l in lines.iter().filter(|l| !l.is_heading) {
                limit.check()?;
                if out.len() >= cap {
                    break;
                }
                for sentence in sentences(l.text) {
                    if out.len() >= cap || !pred(sentence, l.heading) {
                        continue;
                    }
                    let text = clean_item(sentence);
                    if !text.is_empty() && !seen.contains(&text) {
                        seen.push(text.clone());
                        out.push(json!({ "text": text, "quote": quote_line(sentence) }));
                    }
                }
            }
            Ok(out)
        };
    let eligibility = statements(
        &|text, heading| {
            has_any(
                heading,
                &["eligib", "who can apply", "who may apply", "applicant"],
            ) || has_any(
                text,
                &[
                    "eligible",
                    "eligibility",
                    "applicants must",
                    "open to",
                    "who can apply",
                    "must be registered",
                    "may apply",
                ],
            )
        },
        15,
    )?;
    let mandatory = statements(
        &|text, _| {
            has_any(
                text,
                &[" must ", " shall ", "required", "mandatory", "must not"],
            )
        },
        25,
    )?;
    let geographic = statements(
        &|text, heading| {
            has_any(
                heading,
                &[
                    "geograph",
                    "location",
                    "target area",
                    "place of performance",
                ],
            ) || has_any(
                text,
                &[
                    "geographic",
                    "municipalit",
                    "take place in",
                    "implemented in",
                    "countries",
                    "country",
                    "county",
                    "province",
                    "district",
                    "territor",
                    "nationwide",
                    "located in",
                ],
            )
        },
        8,
    )?;
    let beneficiaries = statements(
        &|text, _| {
            has_any(
                text,
                &[
                    "beneficiar",
                    "target group",
                    "target population",
                    "participants",
                    "people who",
                    "adults",
                    "youth",
                    "women",
                    "farmers",
                    "households",
                    "communities",
                ],
            )
        },
        8,
    )?;
    let deliverables = statements(
        &|text, heading| {
            has_any(
                heading,
                &[
                    "deliverable",
                    "outputs",
                    "expected results",
                    "scope of work",
                    "tasks",
                ],
            ) && LIST_MARK.is_match(text)
        },
        20,
    )?;

    // Evaluation criteria: lines under an evaluation heading that carry points or weights.
    let mut criteria = Vec::new();
    for l in &lines {
        limit.check()?;
        if criteria.len() >= MAX_CRITERIA {
            break;
        }
        if l.is_heading
            || !(heading_has(
                l,
                &[
                    "evaluat",
                    "criteria",
                    "scoring",
                    "selection",
                    "assessment",
                    "award",
                ],
            ) || has_any(l.text, &["points", "weight"]))
        {
            continue;
        }
        let cells: Vec<&str> = l
            .text
            .split('|')
            .map(str::trim)
            .filter(|c| !c.is_empty())
            .collect();
        let (name, caps) = if cells.len() >= 2 {
            let name = cells
                .iter()
                .find(|c| c.chars().any(char::is_alphabetic) && !POINTS.is_match(c))
                .copied()
                .unwrap_or(cells[0]);
            let caps = cells
                .iter()
                .find_map(|c| {
                    POINTS
                        .captures(c)
                        .map(|c| (c[1].to_owned(), c[2].to_lowercase()))
                })
                .or_else(|| {
                    cells
                        .iter()
                        .find(|c| c.parse::<f64>().is_ok())
                        .map(|n| (n.to_string(), "points".to_owned()))
                });
            (name.to_owned(), caps)
        } else {
            let c = POINTS.captures(l.text);
            let name = match &c {
                Some(c) => {
                    let m = c.get(0).unwrap();
                    let before =
                        l.text[..m.start()].trim_end_matches(['(', ':', '–', '-', ' ', '—']);
                    if before.trim().len() > 2 {
                        before.to_owned()
                    } else {
                        l.text[m.end()..].to_owned()
                    }
                }
                None => l.text.to_owned(),
            };
            (name, c.map(|c| (c[1].to_owned(), c[2].to_lowercase())))
        };
        let Some((value, unit)) = caps else { continue };
        let name = clean_item(&name);
        let lower = name.to_lowercase();
        if name.is_empty()
            || name.len() > 200
            || lower.contains("scored out of")
            || lower.contains("below")
            || lower.contains("total")
            || lower.contains("out of")
            || lower.contains("minimum")
        {
            continue;
        }
        let Ok(v) = value.parse::<f64>() else {
            continue;
        };
        let mut c = json!({ "criterion": name, "quote": quote_line(l.text) });
        if unit.starts_with('%') || unit.starts_with("percent") {
            c["weight_percent"] = number(v);
        } else {
            c["points"] = number(v);
        }
        criteria.push(c);
    }

    // Required sections: list items under a heading about the proposal's format or content.
    let sections: Vec<Value> = lines
        .iter()
        .filter(|l| {
            !l.is_heading
                && LIST_MARK.is_match(l.text)
                && heading_has(
                    l,
                    &[
                        "format",
                        "required section",
                        "structure",
                        "content",
                        "outline",
                        "table of contents",
                        "proposal sections",
                        "submission requirement",
                        "application package",
                    ],
                )
        })
        .map(|l| {
            let name = clean_item(l.text);
            let mut s = json!({ "name": name, "quote": quote_line(l.text) });
            if let Some(p) = PAGES
                .captures(l.text)
                .or_else(|| ANY_PAGES.captures(l.text))
            {
                s["page_limit"] = json!(p[1].parse::<u32>().unwrap_or(0));
            }
            s
        })
        .take(30)
        .collect();

    // Submission: how and in what form.
    let submission_line = lines.iter().find(|l| {
        has_any(l.text, &["submit", "submission", "sent to", "send "])
            && has_any(
                l.text,
                &[
                    "email",
                    "e-mail",
                    "portal",
                    "online",
                    "electronic",
                    "upload",
                    "platform",
                    "post",
                    "courier",
                    "hand",
                    "sam.gov",
                    "grants.gov",
                    "system",
                ],
            )
    });
    let mut submission = json!({});
    if let Some(l) = submission_line {
        let lower = l.text.to_lowercase();
        let method = if lower.contains("portal")
            || lower.contains("online")
            || lower.contains("electronic")
            || lower.contains("upload")
            || lower.contains("platform")
            || lower.contains("system")
        {
            "online portal"
        } else if lower.contains("email") || lower.contains("e-mail") {
            "email"
        } else {
            "post or hand delivery"
        };
        submission["method"] = json!(method);
        submission["quote"] = json!(quote_line(l.text));
        if let Some(url) = URL.find(l.text) {
            submission["address"] = json!(url.as_str().trim_end_matches(['.', ',']));
        }
    }
    if let Some((l, c)) = lines
        .iter()
        .find_map(|l| PAGES.captures(l.text).map(|c| (l, c)))
    {
        submission["page_limit"] = json!(c[1].parse::<u32>().unwrap_or(0));
        submission["page_limit_quote"] = json!(quote_line(l.text));
    }
    if let Some(l) = lines.iter().find(|l| LANGUAGE.is_match(l.text)) {
        let lang = LANGUAGE.captures(l.text).map(|c| c[2].to_owned());
        submission["language"] = json!(lang);
        submission["language_quote"] = json!(quote_line(l.text));
    }
    if let Some(l) = lines
        .iter()
        .find(|l| has_any(l.text, &["submit", "submission", "file"]) && FORMAT.is_match(l.text))
    {
        let f = FORMAT.captures(l.text).map(|c| c[1].to_owned());
        submission["format"] = json!(f);
        submission["format_quote"] = json!(quote_line(l.text));
    }

    // Contacts: e-mail addresses and telephone numbers.
    let mut contacts = Vec::new();
    'lines: for l in &lines {
        limit.check()?;
        // The line's phone number, looked for once whatever its number of addresses.
        let mut phone: Option<Option<String>> = None;
        for m in EMAIL.find_iter(l.text) {
            if contacts.len() >= 10 {
                break 'lines;
            }
            let email = cap_chars(m.as_str().trim_end_matches('.'), 254);
            if contacts.iter().any(|c: &Value| c["email"] == email) {
                continue;
            }
            let mut c = json!({ "email": email, "quote": quote(l.text, m.range()) });
            let phone = phone.get_or_insert_with(|| {
                if !has_any(l.text, &["tel", "phone", "call"]) {
                    return None;
                }
                PHONE
                    .find_iter(l.text)
                    .find(|p| {
                        p.as_str().chars().filter(char::is_ascii_digit).count() >= 8
                            && dates(p.as_str()).is_empty()
                    })
                    .map(|p| cap_chars(p.as_str().trim(), 40).to_owned())
            });
            if let Some(p) = phone {
                c["phone"] = json!(p);
            }
            contacts.push(c);
        }
    }

    // Purpose: the first paragraph under a background/purpose/overview heading.
    let key_focus = lines
        .iter()
        .find(|l| {
            !l.is_heading
                && l.text.len() > 60
                && heading_has(
                    l,
                    &[
                        "purpose",
                        "objective",
                        "background",
                        "overview",
                        "introduction",
                        "summary",
                        "scope",
                        "goal",
                    ],
                )
        })
        .or_else(|| lines.iter().find(|l| !l.is_heading && l.text.len() > 80))
        .map(|l| json!({ "value": quote(l.text, 0..1), "quote": quote(l.text, 0..1) }));

    let semantic_query = semantic_query(
        [&title, &issuer, &key_focus]
            .into_iter()
            .flatten()
            .filter_map(|v| v["value"].as_str())
            .chain(
                [&beneficiaries, &geographic, &deliverables, &eligibility]
                    .into_iter()
                    .flat_map(|list| list.iter().take(4))
                    .filter_map(|v| v["text"].as_str()),
            ),
        lines
            .iter()
            .filter(|l| !l.is_heading)
            .flat_map(|l| sentences(l.text)),
    );

    let summary = json!({
        "title": title.as_ref().map(|t| t["value"].clone()),
        "donor": issuer.as_ref().map(|i| i["value"].clone()),
        "deadline": submission_deadline.as_ref().map(|d| d["date"].clone()),
        "budget_range": budget_range,
        "key_focus": key_focus.as_ref().map(|k| k["value"].clone()),
    });
    Ok(json!({
        "summary": summary,
        "extracted_data": {
            "title": title,
            "issuer": issuer,
            "key_focus": key_focus,
            "deadlines": deadlines,
            "budget": budget,
            "eligibility": eligibility,
            "evaluation_criteria": criteria,
            "required_sections": sections,
            "submission": submission,
            "contacts": contacts,
            "geographic_scope": geographic,
            "target_beneficiaries": beneficiaries,
            "deliverables": deliverables,
            "mandatory_requirements": mandatory,
        },
        "semantic_query": semantic_query,
        "engine": "extractive",
    }))
}

/// Words a semantic query aims for (the next workflow step searches with it).
const QUERY_WORDS: std::ops::RangeInclusive<usize> = 150..=250;

/// A description for searching past proposals: what was found (title, issuer, focus,
/// beneficiaries, places, deliverables, eligibility), then the document's own
/// sentences in order until it reaches 150 words; at most 250 words.
fn semantic_query<'a>(
    found: impl Iterator<Item = &'a str>,
    body: impl Iterator<Item = &'a str>,
) -> String {
    let mut words: Vec<&str> = Vec::new();
    let mut used: Vec<&str> = Vec::new();
    for text in found {
        let text = text.trim();
        if text.is_empty() || used.contains(&text) {
            continue;
        }
        used.push(text);
        words.extend(text.split_whitespace());
    }
    if words.len() < *QUERY_WORDS.start() {
        for sentence in body {
            let sentence = sentence.trim();
            if sentence.split_whitespace().count() < 4 || used.iter().any(|u| u.contains(sentence))
            {
                continue;
            }
            used.push(sentence);
            words.extend(sentence.split_whitespace());
            if words.len() >= *QUERY_WORDS.start() {
                break;
            }
        }
    }
    words.truncate(*QUERY_WORDS.end());
    words.join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    const SAMPLE: &str = include_str!("../../fixtures/sample-rfp.md");

    fn quotes(v: &Value, out: &mut Vec<String>) {
        match v {
            Value::Object(m) => {
                for (k, v) in m {
                    if k.ends_with("quote") {
                        out.push(v.as_str().unwrap().to_owned());
                    } else {
                        quotes(v, out);
                    }
                }
            }
            Value::Array(a) => a.iter().for_each(|v| quotes(v, out)),
            _ => {}
        }
    }

    #[test]
    fn the_sample_rfp_yields_its_key_facts() {
        let a = analyze(SAMPLE);
        let s = &a["summary"];
        assert_eq!(
            s["title"],
            "Call for Proposals: Rural Digital Skills Programme 2027"
        );
        assert_eq!(
            s["donor"],
            "Northern Valleys Regional Development Agency (NVRDA)"
        );
        assert_eq!(s["deadline"], "2027-03-15");
        assert_eq!(s["budget_range"], "EUR 50,000 – 250,000");
        assert_eq!(a["engine"], "extractive");

        let d = &a["extracted_data"];
        let submission = d["deadlines"]
            .as_array()
            .unwrap()
            .iter()
            .find(|d| d["what"] == "submission")
            .unwrap();
        assert_eq!(
            (
                submission["time"].as_str(),
                submission["time_zone"].as_str()
            ),
            (Some("17:00"), Some("CET"))
        );
        assert!(
            d["deadlines"]
                .as_array()
                .unwrap()
                .iter()
                .any(|d| d["what"] == "questions" && d["date"] == "2027-02-20")
        );
        assert_eq!(
            (d["budget"]["min"].as_i64(), d["budget"]["max"].as_i64()),
            (Some(50_000), Some(250_000))
        );
        assert_eq!(d["budget"]["total"]["amount"].as_i64(), Some(1_200_000));

        let criteria: Vec<(String, i64)> = d["evaluation_criteria"]
            .as_array()
            .unwrap()
            .iter()
            .map(|c| {
                (
                    c["criterion"].as_str().unwrap().to_owned(),
                    c["points"].as_i64().unwrap(),
                )
            })
            .collect();
        assert_eq!(criteria.len(), 5, "{criteria:?}");
        assert_eq!(criteria.iter().map(|c| c.1).sum::<i64>(), 100);
        assert_eq!(
            criteria[1],
            ("Quality of the project design and work plan".to_owned(), 30)
        );

        let sections: Vec<&str> = d["required_sections"]
            .as_array()
            .unwrap()
            .iter()
            .map(|s| s["name"].as_str().unwrap())
            .collect();
        assert_eq!(sections.len(), 7, "{sections:?}");
        assert_eq!(d["required_sections"][0]["page_limit"], 1);
        assert_eq!(d["submission"]["method"], "online portal");
        assert_eq!(d["submission"]["page_limit"], 15);
        assert_eq!(d["submission"]["language"], "English");
        assert_eq!(
            d["contacts"][0]["email"],
            "digital-skills@nvrda.example.org"
        );
        assert_eq!(d["contacts"][0]["phone"], "+44 1632 960 418");
        assert!(d["eligibility"].as_array().unwrap().iter().any(|e| {
            e["text"]
                .as_str()
                .unwrap()
                .starts_with("Applicants must be non-profit")
        }));
        assert!(
            d["geographic_scope"]
                .as_array()
                .unwrap()
                .iter()
                .any(|g| g["text"].as_str().unwrap().contains("Dunmore Fells"))
        );
    }

    #[test]
    fn every_quote_is_verbatim_text_of_the_document() {
        let mut all = Vec::new();
        quotes(&analyze(SAMPLE), &mut all);
        assert!(all.len() > 30, "only {} quotes", all.len());
        for q in all {
            assert!(!q.is_empty());
            assert!(SAMPLE.contains(&q), "not in the document: {q:?}");
        }
    }

    #[test]
    fn the_same_text_always_gives_the_same_analysis() {
        assert_eq!(analyze(SAMPLE), analyze(SAMPLE));
    }

    #[test]
    fn nothing_is_invented_for_a_text_without_facts() {
        let a = analyze("Minutes of the garden committee.\nWe discussed roses and the weather.");
        assert_eq!(a["summary"]["deadline"], Value::Null);
        assert_eq!(a["summary"]["budget_range"], Value::Null);
        let d = &a["extracted_data"];
        for key in [
            "deadlines",
            "evaluation_criteria",
            "contacts",
            "required_sections",
        ] {
            assert_eq!(d[key], json!([]), "{key}");
        }
    }

    #[test]
    fn amounts_read_the_common_ways_of_writing_them() {
        let read = |s: &str| {
            amounts(s)
                .into_iter()
                .map(|(v, c, _)| (v, c))
                .collect::<Vec<_>>()
        };
        assert_eq!(
            read("up to $1,500,000.00 in total"),
            vec![(1_500_000.0, "USD".into())]
        );
        assert_eq!(read("EUR 1.5 million"), vec![(1_500_000.0, "EUR".into())]);
        assert_eq!(
            read("a grant of 250.000 euros"),
            vec![(250_000.0, "EUR".into())]
        );
        assert_eq!(read("£ 75 000 per year"), vec![(75_000.0, "GBP".into())]);
        assert_eq!(read("page 12 of 40"), vec![]);
    }

    #[test]
    fn dates_are_read_in_several_notations() {
        let read = |s: &str| dates(s).into_iter().map(|(d, _)| d).collect::<Vec<_>>();
        assert_eq!(read("due March 15, 2027 at noon"), vec!["2027-03-15"]);
        assert_eq!(read("closes 15th March 2027"), vec!["2027-03-15"]);
        assert_eq!(read("by 2027-03-15"), vec!["2027-03-15"]);
        assert_eq!(read("by 03/15/2027"), vec!["2027-03-15"]);
        assert_eq!(read("by 31 February 2027"), Vec::<String>::new());
    }
}

#[cfg(test)]
mod hostile {
    use super::*;

    /// One line of `bytes` bytes, dense in what the patterns look for: dates, times,
    /// amounts, addresses, sentence ends, list marks.
    pub(crate) fn one_line(bytes: usize) -> String {
        let unit = "Proposals must be submitted by 15 March 2027 at 17:00 CET to bids@agency.example.org (tel +1 555 0100 2000); the budget is up to EUR 250,000 per award, e.g. the ceiling. ";
        let mut s = String::with_capacity(bytes + unit.len());
        while s.len() < bytes {
            s.push_str(unit);
        }
        s
    }

    #[test]
    fn a_long_single_line_is_read_in_linear_time_with_a_bounded_result() {
        for size in [64 * 1024, 512 * 1024, 4 << 20] {
            let text = one_line(size);
            let started = std::time::Instant::now();
            let a = analyze(&text);
            let took = started.elapsed();
            let out = serde_json::to_string(&a).unwrap();
            eprintln!("{size} bytes: {took:?}, result {} bytes", out.len());
            assert!(out.len() < 256 * 1024, "a result of {} bytes", out.len());
        }
    }

    #[test]
    fn other_hostile_shapes_end_with_a_bounded_result() {
        let long_heading = format!(
            "# Call {}\n{}",
            "for proposals ".repeat(80_000),
            "Applications are due on 15 March 2027. Eligible applicants must apply.\n"
                .repeat(20_000)
        );
        let no_spaces = "9".repeat(2 << 20) + &"15/03/2027".repeat(100_000);
        let pipes = "| Criterion | 10 points |\n".repeat(100_000);
        let emails = "a@b.example.org ".repeat(200_000);
        for (name, text) in [
            ("long heading", long_heading),
            ("no spaces", no_spaces),
            ("table rows", pipes),
            ("addresses", emails),
        ] {
            let started = std::time::Instant::now();
            let a = analyze(&text);
            let out = serde_json::to_string(&a).unwrap();
            eprintln!(
                "{name}: {:?}, result {} bytes",
                started.elapsed(),
                out.len()
            );
            assert!(
                out.len() < 256 * 1024,
                "{name}: a result of {} bytes",
                out.len()
            );
        }
    }

    #[test]
    fn a_cancelled_analysis_stops() {
        let budget = Budget::default();
        budget.cancel();
        assert_eq!(analyze_pages(&[one_line(1 << 20)], &budget), Err(Stopped));
    }
}
