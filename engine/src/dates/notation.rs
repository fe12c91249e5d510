//! Dates and times as documents write them: ISO, `15 March 2027`, `March 15, 2027`,
//! `15th of March 2027`, `15 de marzo de 2027`, `1er avril 2022`, `15. März 2027`,
//! `15/03/2027` or `03/15/2027` by the document's convention, `15.03.2027`; clock
//! times with their zone.

use std::ops::Range;
use std::sync::LazyLock;

use regex::Regex;

use crate::lexicon;
use crate::limits::cap_bytes;
use crate::text::{captures_at, fold_accent, re};

/// Month names and abbreviations (accents removed, lower case) of every lexicon, with
/// their month's number.
static MONTH_NAMES: LazyLock<Vec<(String, u32)>> = LazyLock::new(|| {
    lexicon::month_names()
        .into_iter()
        .map(|(name, number)| {
            (
                name.to_lowercase().chars().map(fold_accent).collect(),
                number,
            )
        })
        .collect()
});

/// The alternation of month names as they are written (with their accents).
static MONTHS: LazyLock<String> = LazyLock::new(|| {
    lexicon::month_names()
        .into_iter()
        .map(|(name, _)| name)
        .collect::<Vec<_>>()
        .join("|")
});

/// What may follow a day's number before its month, in every lexicon.
static ORDINALS: LazyLock<String> = LazyLock::new(|| lexicon::alternation(|l| l.ordinal_suffixes));

pub(crate) static DAY_MONTH_YEAR: LazyLock<Regex> = LazyLock::new(|| {
    let (months, ordinals) = (&*MONTHS, &*ORDINALS);
    re(&format!(
        r"(?i)(?-u:\b)(\d{{1,2}})(?:\s?(?:{ordinals}))?(?:\s*|[-/])(?:day\s+of\s+|of\s+|de\s+|del\s+)?({months})(?-u:\b)\.?(?:,?\s*|[-/])(?:de\s+|del\s+)?(\d{{4}})(?-u:\b)"
    ))
});
pub(crate) static MONTH_DAY_YEAR: LazyLock<Regex> = LazyLock::new(|| {
    let months = &*MONTHS;
    re(&format!(
        r"(?i)(?-u:\b)({months})(?-u:\b)\.?\s+(\d{{1,2}})(?:\s?(?:st|nd|rd|th)(?-u:\b))?,?\s+(\d{{4}})(?-u:\b)"
    ))
});
pub(crate) static YMD_SLASH_DATE: LazyLock<Regex> =
    LazyLock::new(|| re(r"(?-u:\b)(\d{4})/(\d{1,2})/(\d{1,2})(?-u:\b)"));
pub(crate) static ISO_DATE: LazyLock<Regex> =
    LazyLock::new(|| re(r"(?-u:\b)(\d{4})-(\d{2})-(\d{2})(?:(?-u:\b)|T)"));
pub(crate) static SLASH_DATE: LazyLock<Regex> =
    LazyLock::new(|| re(r"(?-u:\b)(\d{1,2})/(\d{1,2})/(\d{4})(?-u:\b)"));
pub(crate) static DOT_DATE: LazyLock<Regex> =
    LazyLock::new(|| re(r"(?-u:\b)(\d{1,2})\.(\d{1,2})\.(\d{4})(?-u:\b)"));
pub(crate) static DASH_DATE: LazyLock<Regex> =
    LazyLock::new(|| re(r"(?-u:\b)(\d{1,2})-(\d{1,2})-(\d{4})(?-u:\b)"));

/// A clock time: `17:00`, `5:00 PM`, `5 p.m.`, `23h59`, `12:00 Uhr`, `1600 Hrs`,
/// `noon`, with the zone written after it when there is one. Seconds are read and
/// dropped ("3:00:00 p.m." is 15:00, never 03:00: a wrong time is worse than none).
pub(crate) static TIME: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)(?:(?-u:\b)(?P<h>[01]?\d|2[0-4])(?:\s?[:.h]\s?(?P<m>[0-5]\d)(?::[0-5]\d)?)?\s?(?P<ampm>a\.?\s?m(?-u:\b)\.?|p\.?\s?m(?-u:\b)\.?)|(?-u:\b)(?P<h2>[01]?\d|2[0-4])\s?(?:[:.]|h)\s?(?P<m2>[0-5]\d)(?::[0-5]\d)?(?-u:\b)(?:\s?(?:h|hrs?|uhr|horas?)(?-u:\b))?|(?-u:\b)(?:ore|le|las|alle)\s+(?P<h3>[01]?\d|2[0-4])(?:\s?[:.h]\s?(?P<m3>[0-5]\d)(?::[0-5]\d)?)?(?-u:\b)(?:\s?(?P<ampm3>a\.?\s?m(?-u:\b)\.?|p\.?\s?m(?-u:\b)\.?))?|(?:às|pelas)\s+(?P<h7>[01]?\d|2[0-3])(?:\s?[:.h]\s?(?P<m7>[0-5]\d))?(?-u:\b)|(?-u:\b)(?P<h4>[01]?\d|2[0-4])\s?h(?-u:\b)|(?-u:\b)(?P<h6>[01]?\d|2[0-3])\s(?:heures?|uhr)(?:\s(?P<m6>[0-5]\d)(?:\s?min(?:utes?)?)?)?(?-u:\b)|(?-u:\b)(?P<h5>[01]\d|2[0-3])(?P<m5>[0-5]\d)\s?(?i:hrs|hours|hr)(?-u:\b)|(?-u:\b)(?P<word>noon|midday|midnight|midi|minuit|mediodía|medianoche|mezzogiorno|mezzanotte|meio-dia|meia-noite|mittag|mitternacht)(?-u:\b))",
    )
});
pub(crate) static ZONE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^[\s,]*(?:\(\s*)?(?:noon\s*,?\s*)?(?P<z>(?:ET|EST|EDT|CT|CST|CDT|MT|MST|MDT|PT|PST|PDT|AKST|AKDT|HST|UTC|GMT|CET|CEST|EET|EEST|WET|WEST|BST|EAT|WAT|CAT|SAST|IST|GST|Z)(?-u:\b)|(?:(?i:local time)[\w' ]{0,40}?(?:organi[sz]ation|time)(?-u:\b)|[A-Z][a-z]+(?: [A-Z][a-z]+)? (?:Standard |Daylight |Prevailing )?Time|(?i:eastern|central|pacific|mountain)(?: time)?|(?i:local time)|(?i:submitter's local time)|heure de [A-Z][a-zé]+|ora di [A-Z][a-z]+|hora (?:peninsular|de [A-Z][a-z]+)|(?i:hora local)|(?i:heure locale)|(?i:ora locale)|(?i:ortszeit)))",
    )
});

/// A date read from the text: its ISO form and where it is.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct FoundDate {
    pub iso: String,
    pub range: Range<usize>,
}

pub(crate) fn month_number(name: &str) -> Option<u32> {
    let folded: String = name
        .trim_end_matches('.')
        .to_lowercase()
        .chars()
        .map(fold_accent)
        .collect();
    MONTH_NAMES
        .iter()
        .find(|(n, _)| *n == folded)
        .map(|(_, m)| *m)
}

pub(crate) fn iso(y: &str, m: u32, d: &str) -> Option<String> {
    let (y, d): (i32, u32) = (y.parse().ok()?, d.parse().ok()?);
    if !(1950..=2100).contains(&y) {
        return None;
    }
    chrono::NaiveDate::from_ymd_opt(y, m, d).map(|date| date.format("%Y-%m-%d").to_string())
}

/// How a document writes `a/b/yyyy`: month first (as in the United States) or day
/// first (almost everywhere else).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Convention {
    MonthFirst,
    DayFirst,
}

/// The document's convention: from its unambiguous numeric dates (a first number over
/// 12 is a day, a second over 12 is a day), else from its language (month first in
/// English, day first otherwise).
pub(crate) fn convention<'a>(texts: impl Iterator<Item = &'a str>, english: bool) -> Convention {
    let (mut day_first, mut month_first) = (0, 0);
    for text in texts {
        for c in SLASH_DATE.captures_iter(text).take(200) {
            let (a, b): (u32, u32) = (c[1].parse().unwrap_or(0), c[2].parse().unwrap_or(0));
            if a > 12 && b <= 12 {
                day_first += 1;
            } else if b > 12 && a <= 12 {
                month_first += 1;
            }
        }
    }
    match day_first.cmp(&month_first) {
        std::cmp::Ordering::Greater => Convention::DayFirst,
        std::cmp::Ordering::Less => Convention::MonthFirst,
        std::cmp::Ordering::Equal if english => Convention::MonthFirst,
        std::cmp::Ordering::Equal => Convention::DayFirst,
    }
}

/// Every date in `text`, in order, overlapping matches removed.
pub(crate) fn dates(text: &str, convention: Convention) -> Vec<FoundDate> {
    let mut found = Vec::new();
    let mut push = |d: Option<String>, r: Range<usize>| {
        if let Some(iso) = d {
            found.push(FoundDate { iso, range: r });
        }
    };
    for (at, c) in captures_at(&DAY_MONTH_YEAR, text) {
        let m = month_number(&c[2]);
        push(
            m.and_then(|m| iso(&c[3], m, &c[1])),
            shift(at, c.get(0).unwrap().range()),
        );
    }
    for (at, c) in captures_at(&MONTH_DAY_YEAR, text) {
        let m = month_number(&c[1]);
        push(
            m.and_then(|m| iso(&c[3], m, &c[2])),
            shift(at, c.get(0).unwrap().range()),
        );
    }
    for (at, c) in captures_at(&YMD_SLASH_DATE, text) {
        push(
            iso(&c[1], c[2].parse().unwrap_or(0), &c[3]),
            shift(at, c.get(0).unwrap().range()),
        );
    }
    for (at, c) in captures_at(&ISO_DATE, text) {
        // "2026-05-30T17:00:00": the date ends before its time's "T".
        let whole = c.get(0).unwrap().range();
        push(
            iso(&c[1], c[2].parse().unwrap_or(0), &c[3]),
            shift(at, whole.start..c.get(3).unwrap().end()),
        );
    }
    for (at, c) in captures_at(&SLASH_DATE, text) {
        let (a, b): (u32, u32) = (c[1].parse().unwrap_or(0), c[2].parse().unwrap_or(0));
        let month_first = match convention {
            _ if a > 12 => false,
            _ if b > 12 => true,
            Convention::MonthFirst => true,
            Convention::DayFirst => false,
        };
        let d = if month_first {
            iso(&c[3], a, &c[2])
        } else {
            iso(&c[3], b, &c[1])
        };
        push(d, shift(at, c.get(0).unwrap().range()));
    }
    for pattern in [&*DOT_DATE, &*DASH_DATE] {
        for (at, c) in captures_at(pattern, text) {
            push(
                iso(&c[3], c[2].parse().unwrap_or(0), &c[1]),
                shift(at, c.get(0).unwrap().range()),
            );
        }
    }
    found.sort_by_key(|d| (d.range.start, std::cmp::Reverse(d.range.end)));
    found.dedup_by(|later, earlier| later.range.start < earlier.range.end);
    found
}

pub(crate) fn shift(at: usize, r: Range<usize>) -> Range<usize> {
    at + r.start..at + r.end
}

/// A time of day as `HH:MM` (24-hour) and the zone written after it.
pub(crate) fn time_in(text: &str) -> Option<(String, Option<String>, Range<usize>)> {
    // "2026-05-30T17:00:00": the time follows its date's "T".
    if text.starts_with('T') && text[1..].starts_with(|c: char| c.is_ascii_digit()) {
        return time_in(&text[1..]).map(|(t, z, r)| (t, z, r.start + 1..r.end + 1));
    }
    // "12.05" of "12.05.2026" is a date's day and month, not a time.
    let c = TIME.captures_iter(text).find(|c| {
        let r = c.get(0).expect("a whole match").range();
        let in_date =
            |s: &str| s.starts_with(['.', '/']) && s[1..].starts_with(|c: char| c.is_ascii_digit());
        !in_date(&text[r.end..])
            && !text[..r.start].ends_with(|c: char| c.is_ascii_digit() || matches!(c, '.' | ':'))
    })?;
    let whole = c.get(0)?;
    let (h, m): (u32, u32) = if let Some(w) = c.name("word") {
        let w = w.as_str().to_lowercase();
        let midnight = [
            "midnight",
            "minuit",
            "medianoche",
            "mezzanotte",
            "meia-noite",
            "mitternacht",
        ];
        (
            if midnight.contains(&w.as_str()) {
                24
            } else {
                12
            },
            0,
        )
    } else if let Some(h) = c.name("h") {
        let mut h: u32 = h.as_str().parse().ok()?;
        let m = c.name("m").map_or(Some(0), |m| m.as_str().parse().ok())?;
        let ampm = c.name("ampm").map(|a| a.as_str().to_lowercase());
        match ampm.as_deref().map(|a| a.starts_with('p')) {
            Some(true) if h < 12 => h += 12,
            Some(false) if h == 12 => h = 0,
            _ => {}
        }
        (h, m)
    } else if let Some(h) = c.name("h2") {
        (
            h.as_str().parse().ok()?,
            c.name("m2")?.as_str().parse().ok()?,
        )
    } else if let Some(h) = c.name("h5") {
        (
            h.as_str().parse().ok()?,
            c.name("m5")?.as_str().parse().ok()?,
        )
    } else if let Some(h) = c.name("h3") {
        // "a las 09:49" is 09:49, not nine o'clock; "hasta las 3:00:00 p.m." is 15:00.
        let mut h: u32 = h.as_str().parse().ok()?;
        let m = c.name("m3").map_or(Some(0), |m| m.as_str().parse().ok())?;
        match c
            .name("ampm3")
            .map(|a| a.as_str().to_lowercase().starts_with('p'))
        {
            Some(true) if h < 12 => h += 12,
            Some(false) if h == 12 => h = 0,
            _ => {}
        }
        (h, m)
    } else if let Some(h) = c.name("h7") {
        // "às 18 horas", "às 17h30".
        let m = c.name("m7").map_or(Some(0), |m| m.as_str().parse().ok())?;
        (h.as_str().parse().ok()?, m)
    } else if let Some(h) = c.name("h6") {
        // "à 12 heures", "um 12 Uhr"; "à 12 heures 30", "à 9 heures 15 minutes".
        let m = c.name("m6").map_or(Some(0), |m| m.as_str().parse().ok())?;
        (h.as_str().parse().ok()?, m)
    } else {
        (c.name("h4")?.as_str().parse().ok()?, 0)
    };
    if h > 24 || (h == 24 && m > 0) {
        return None;
    }
    let zone = ZONE
        .captures(cap_bytes(&text[whole.end()..], 80))
        .and_then(|z| z.name("z").map(|z| z.as_str().trim().to_owned()));
    Some((format!("{h:02}:{m:02}"), zone, whole.range()))
}

/// Whether the weekday written just before a date (`before` ends where the date
/// starts: "Wednesday, 30 April 2024", "mercredi 7 mai") names another day than the
/// date's own: a typing slip in one of the two, so the date is not to be trusted
/// over one that agrees.
pub(crate) fn weekday_contradicts(before: &str, iso: &str) -> bool {
    use chrono::Datelike;
    let Ok(date) = chrono::NaiveDate::parse_from_str(iso, "%Y-%m-%d") else {
        return false;
    };
    let tail = &before[before.floor_char_boundary(before.len().saturating_sub(40))..];
    let tail = tail
        .trim_end_matches(|c: char| c.is_whitespace() || matches!(c, ',' | '.' | '('))
        .to_lowercase();
    let word = tail
        .rsplit(|c: char| !(c.is_alphabetic() || c == '-'))
        .next()
        .unwrap_or("");
    let folded: String = word.chars().map(fold_accent).collect();
    let named = lexicon::ALL.iter().find_map(|l| {
        l.weekdays
            .iter()
            .position(|d| d.chars().map(fold_accent).collect::<String>() == folded)
    });
    named.is_some_and(|day| day as u32 != date.weekday().num_days_from_monday())
}
