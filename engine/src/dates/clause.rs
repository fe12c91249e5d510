//! A date's clause: where the words that speak of it start and end, whether two
//! dates are the ends of a period, and the kind its words name.

use super::cues::{KIND_CUES, RANGE_WORDS};
use super::notation::FoundDate;
use std::sync::LazyLock;

use regex::Regex;

use super::Kind;
use crate::text::{has_any, re};

/// The kind whose cue comes first in `context` (a table header's first column).
pub(super) fn first_kind(context: &str) -> Option<Kind> {
    let lower = format!(" {} ", context.to_lowercase());
    KIND_CUES
        .iter()
        .filter_map(|(kind, cues)| {
            cues.iter()
                .filter_map(|c| {
                    lower.match_indices(c).map(|(i, _)| i).find(|&i| {
                        !c.starts_with(char::is_alphanumeric)
                            || !lower[..i].ends_with(char::is_alphanumeric)
                    })
                })
                .min()
                .map(|at| (at, *kind))
        })
        .min_by_key(|(at, _)| *at)
        .map(|(_, kind)| kind)
}

/// Whether `lower` has one of `cues` starting a word ("ende" is not in "extended").
pub(super) fn starts_word_with_any(lower: &str, cues: &[&str]) -> bool {
    cues.iter().any(|c| {
        // German writes its cues inside compounds ("Angebotsfrist"): those match
        // anywhere.
        let inside = [
            "frist",
            "abgabe",
            "einreichung",
            "schluss",
            "termin",
            "fragen",
        ]
        .contains(c);
        lower.match_indices(c).any(|(i, _)| {
            inside
                || !c.starts_with(char::is_alphanumeric)
                || !lower[..i].ends_with(char::is_alphanumeric)
        })
    })
}

/// Where the clause that starts at `from` ends, at most at `reach`: at `;`, a line
/// end, or a full stop that ends a sentence ("5 p.m. ET" goes on).
pub(super) fn clause_end(text: &str, from: usize, reach: usize) -> usize {
    let window = &text[from..reach];
    for (i, c) in window.char_indices() {
        match c {
            ';' | '\n' => return from + i,
            '.' => {
                let rest = &window[i + 1..];
                let abbreviation = window[..i].ends_with(|c: char| c.is_ascii_lowercase())
                    && window[..i].len() >= 2
                    && window[..i - 1].ends_with('.');
                if !abbreviation && (rest.is_empty() || rest.starts_with(' ')) {
                    return from + i;
                }
            }
            _ => {}
        }
    }
    reach
}

/// The start of a period written without its month or year before a date ("du 2 au
/// 30 mai", "del 2 al 30 de mayo", "vom 2. bis 30. Mai", "from 2 to 30 May", "du 3
/// mars au", "de 10 de maio a", "dal 5 giugno al", "vom 1. März bis"): the date
/// closes the period.
static SHORT_RANGE: LazyLock<Regex> = LazyLock::new(|| {
    let months = crate::lexicon::month_names()
        .into_iter()
        .map(|(name, _)| name)
        .collect::<Vec<_>>()
        .join("|");
    re(&format!(
        r"(?i)(?-u:\b)(?:from|between|du|del|dal|de|desde|entre|vom|von)\s+(?:le\s+|el\s+|o\s+|dia\s+)?\d{{1,2}}(?:\.|er|º|°|st|nd|rd|th)?(?:\s*(?:de\s+|of\s+)?(?:{months})\.?)?\s*(?:-|–|—|to|and|until|till|au|al|a|até|bis|y|e|et|und|hasta)\s+(?:le\s+|el\s+|zum\s+|the\s+)?$",
    ))
});

/// Whether the words just before byte `at` of `text` open a period whose end is the
/// date at `at` ([`SHORT_RANGE`]).
pub(super) fn short_range_before(text: &str, at: usize) -> bool {
    let from = text.floor_char_boundary(at.saturating_sub(48));
    SHORT_RANGE.is_match(&text[from..at])
}

/// Whether `a` and `b` are the ends of a period ("4 May to 7 June", "1/7 – 28/2").
pub(super) fn is_range(text: &str, a: &FoundDate, b: &FoundDate) -> bool {
    let between = text[a.range.end..b.range.start.max(a.range.end)]
        .trim()
        .trim_matches([',', '(', ')'])
        .trim()
        .to_lowercase();
    RANGE_WORDS.contains(&between.as_str())
        || range_word_before_time(&between)
        || time_before_range_word(&between)
}

/// Whether the words between two dates are a range's word and the second date's time
/// ("dalle ore 10:00 del 1° marzo fino alle ore 13:00 del 14 maggio", "desde las 9:00
/// del 1 de marzo hasta las 14:00 horas del 14 de mayo", "from 2 May until 5 p.m. on
/// 30 May"): the time between is the period's closing time.
pub(super) fn range_word_before_time(between: &str) -> bool {
    static TIME_TAIL: LazyLock<Regex> = LazyLock::new(|| {
        re(&format!(
            r"^(.{{1,20}}?)\s+{PREPOSITION}{CLOCK}\s*(?:del|du|de|on|am|el|il|do|dia|of)?(?:\s+giorno)?$"
        ))
    });
    TIME_TAIL
        .captures(between)
        .and_then(|c| c.get(1))
        .is_some_and(|w| until_word(w.as_str()))
}

/// Whether the words between two dates are the first date's time and a range's word
/// ("du 1er mars 2027 à 9 h jusqu'au 14 mai", "vom 1. März, 9 Uhr, bis zum 14. Mai").
fn time_before_range_word(between: &str) -> bool {
    static TIME_HEAD: LazyLock<Regex> =
        LazyLock::new(|| re(&format!(r"^,?\s*{PREPOSITION}{CLOCK}\s*,?\s+(.{{1,20}})$")));
    TIME_HEAD
        .captures(between)
        .and_then(|c| c.get(1))
        .is_some_and(|w| until_word(w.as_str()))
}

/// A time's preposition and article ("alle ore", "a las", "à", "at", "um").
const PREPOSITION: &str = r"(?:(?:alle|à|a las|las|a la|às|as|at|um|by|vers|ab)\s+)?(?:ore\s+)?";
/// A time of day with its unit ("13:00", "9 h", "5:00 p.m.", "14:00 horas", "12 Uhr").
const CLOCK: &str = r"[0-9]{1,2}(?:\s?[:.h]\s?[0-9]{2})?\s*(?:uhr|h|hrs|horas|heures|hours|ore|a\.?\s?m\.?|p\.?\s?m\.?)?";

/// A range's word, or a word that closes a period ("fino", "jusqu'au", "hasta").
fn until_word(w: &str) -> bool {
    const UNTIL: &[&str] = &[
        "fino",
        "jusqu'au",
        "jusqu'à",
        "jusqu’au",
        "hasta",
        "até",
        "bis",
        "until",
        "to",
        "through",
    ];
    let w = w.trim();
    RANGE_WORDS.contains(&w) || UNTIL.contains(&w)
}

/// Where a clause starts before byte `at` of `text`: after the last sentence end, `;`
/// or table cell boundary, and never before `floor`.
pub(super) fn clause_start(text: &str, floor: usize, at: usize) -> usize {
    let window = &text[floor..at];
    let mut start = floor;
    for (i, c) in window.char_indices().rev() {
        let absolute = floor + i;
        let cut = match c {
            ';' | '•' | '▪' | '·' => true,
            // "vom 4. Mai": a German day's ordinal point ends no sentence, nor does
            // the point of "p.m." before a zone ("by 2:00 p.m. Pacific Time on…").
            '.' if is_day_ordinal(&text[..absolute])
                || is_dotted_abbreviation(&text[..absolute]) =>
            {
                false
            }
            // A sentence ends at a stop before a capital, on the same line or the
            // next ("at 10:00.\nProposals must …").
            '.' | '!' | '?' => {
                let rest = &text[absolute + 1..at];
                let next = rest.trim_start_matches([' ', '\n']);
                next.len() < rest.len() && next.starts_with(|c: char| c.is_uppercase())
            }
            _ => false,
        };
        if cut {
            start = absolute + c.len_utf8();
            break;
        }
    }
    start
}

/// Whether `before` ends with a dotted abbreviation's last letter ("p.m", "a.m",
/// "e.g", "i.e"): one letter after a point that follows another letter.
fn is_dotted_abbreviation(before: &str) -> bool {
    let mut tail = before.chars().rev();
    matches!(
        (tail.next(), tail.next(), tail.next()),
        (Some(a), Some('.'), Some(b)) if a.is_alphabetic() && b.is_alphabetic()
    )
}

/// Whether `before` ends with a day's number of one or two digits, standing alone.
fn is_day_ordinal(before: &str) -> bool {
    let digits = before.len() - before.trim_end_matches(|c: char| c.is_ascii_digit()).len();
    (1..=2).contains(&digits)
        && !before[..before.len() - digits]
            .ends_with(|c: char| c.is_alphanumeric() || matches!(c, '.' | ':' | ','))
}

pub(super) fn letter_words(text: &str) -> usize {
    text.split_whitespace()
        .filter(|w| w.chars().filter(|c| c.is_alphabetic()).count() >= 2)
        .count()
}

/// The kind a context's words speak of, first in [`KIND_CUES`] order.
pub(super) fn kind_of(context: &str) -> Option<Kind> {
    let lower = format!(" {} ", context.to_lowercase());
    // "Bid opening" is when the bids close, not an opening date.
    let bid_opening = has_any(
        &lower,
        &[
            "bid opening",
            "tender opening",
            "opening of bids",
            "opening of tenders",
            "ouverture des plis",
            "apertura de ofertas",
            "apertura delle offerte",
        ],
    );
    KIND_CUES
        .iter()
        .find(|(kind, cues)| {
            !(bid_opening && *kind == Kind::Publication) && starts_word_with_any(&lower, cues)
        })
        .map(|(k, _)| *k)
}
