//! The category of a requirement (submission, format, eligibility, financial,
//! evaluation, legal, management, administrative, technical), from the meaning cues
//! of its words and of its context (the lead-in of its list, its section's heading).
//!
//! The cues are the lexicons' tables ([`crate::lexicon::CategoryWords`]), one per
//! language, read as whole words (so "award" is not read in "awarded", nor an English
//! cue inside a French noun). A statement takes the category most of its cues point
//! to; its context breaks a tie, and speaks alone when the statement has no cue.
//! Trade-off: counting cues rather than weighing them keeps the tables readable; a
//! statement that names two topics once each is decided by its section.

use std::sync::LazyLock;

use regex::Regex;

use crate::lexicon::{self, CategoryWords};
use crate::text::re;

/// The categories, in the order they win a tie.
pub const CATEGORIES: &[&str] = &[
    "submission",
    "format",
    "eligibility",
    "financial",
    "evaluation",
    "legal",
    "management",
    "administrative",
    "technical",
];

type Field = fn(&'static CategoryWords) -> &'static [&'static str];

/// Each category's cues, every language at once.
static CUES: LazyLock<Vec<(&'static str, Regex)>> = LazyLock::new(|| {
    let fields: [(&str, Field); 9] = [
        ("submission", |c| c.submission),
        ("format", |c| c.format),
        ("eligibility", |c| c.eligibility),
        ("financial", |c| c.financial),
        ("evaluation", |c| c.evaluation),
        ("legal", |c| c.legal),
        ("management", |c| c.management),
        ("administrative", |c| c.administrative),
        ("technical", |c| c.technical),
    ];
    fields
        .iter()
        .map(|(name, field)| {
            let joined: Vec<&str> = lexicon::ALL
                .iter()
                .flat_map(|l| field(&l.matrix.categories).iter().copied())
                .collect();
            (
                *name,
                re(&format!(
                    r"(?i)(?:^|[^\p{{L}}\d])(?:{})(?:$|[^\p{{L}}\d])",
                    joined.join("|")
                )),
            )
        })
        .collect()
});

/// How many cues of each category `text` holds (overlapping matches are counted
/// once each, which is enough to rank).
fn scores(text: &str) -> [usize; 9] {
    let text = &*super::reading::plain(text);
    let mut out = [0; 9];
    for (i, (_, cue)) in CUES.iter().enumerate() {
        // A match consumes the character after it; count starting points instead.
        let mut at = 0;
        while let Some(m) = cue.find_at(text, at) {
            out[i] += 1;
            at = text.ceil_char_boundary(m.end().saturating_sub(1).max(m.start() + 1));
        }
    }
    out
}

/// The best of `scores`, with the categories `prefer` holds winning a tie.
fn best(scores: &[usize; 9], prefer: Option<usize>) -> Option<usize> {
    let top = *scores.iter().max()?;
    if top == 0 {
        return None;
    }
    if let Some(p) = prefer.filter(|p| scores[*p] == top) {
        return Some(p);
    }
    scores.iter().position(|s| *s == top)
}

/// The category of `text`, a statement whose context (a list's lead-in, its section's
/// heading) is `context`.
pub fn category_of(text: &str, context: &str) -> &'static str {
    let own = scores(text);
    let around = best(&scores(context), None);
    let pick = best(&own, around).or(around);
    pick.map_or("technical", |i| CATEGORIES[i])
}

/// The category of an item of a list whose lead-in is `lead_in`: its own cues, the
/// lead-in's topic ("Qualification requirements include:") or else the section's
/// breaking a tie and speaking alone when the item names none.
pub fn category_of_item(text: &str, lead_in: &str, section: &str) -> &'static str {
    let around = best(&scores(lead_in), None).or_else(|| best(&scores(section), None));
    let pick = best(&scores(text), around).or(around);
    pick.map_or("technical", |i| CATEGORIES[i])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn categories_come_from_whole_words_then_the_context() {
        for (text, context, want) in [
            (
                "Proposals must be submitted through the portal.",
                "",
                "submission",
            ),
            ("Proposals must not exceed 15 pages.", "", "format"),
            ("Applicants must be legally registered.", "", "eligibility"),
            ("Co-financing of 10% is required.", "", "financial"),
            (
                "It must run for two years.",
                "4. Eligibility",
                "eligibility",
            ),
            ("It must use open standards.", "Scope of work", "technical"),
            // Not "award" in "awarded", nor "page" in "pageant".
            ("The contract awarded must start in May.", "", "legal"),
            ("Host the pageant video on the platform.", "", "technical"),
            (
                "Le rapport final doit être remis en français.",
                "",
                "management",
            ),
            ("La garantía deberá constituirse en pesos.", "", "financial"),
            ("Die Rechnung ist elektronisch zu senden.", "", "financial"),
            (
                "Language proficiency in English is required.",
                "Consultant profile",
                "eligibility",
            ),
        ] {
            assert_eq!(category_of(text, context), want, "{text}");
        }
        assert_eq!(
            category_of_item(
                "Minimum average annual turnover of USD 2 million",
                "Qualification requirements include:",
                ""
            ),
            "eligibility"
        );
        for c in CATEGORIES {
            assert!(c.chars().all(|c| c.is_ascii_lowercase()));
        }
    }
}
