//! Scoring a compliance matrix against a hand count (`eval/matrix/<document>.json`,
//! format `rfp-eval-matrix/1`, issue 31). Pure functions, no I/O.
//!
//! A hand count lists the document's binding statements, each as a short verbatim
//! fragment with its shape, category and section, and a sample of statements that are
//! not requirements (the issuer's own undertakings and rights, permissions,
//! disclaimers, background). Its `language` and `counted` (who counted, when, how,
//! which pages) are for the reader and not read here. The rules:
//! - a requirement is **found** when a matrix row's `text` contains its fragment, both
//!   lower-cased with their whitespace collapsed (a fragment may span a line break);
//! - recall is found / counted, overall, without the `modal` shape (the statements a
//!   search for modal verbs cannot find) and per shape;
//! - a row holding a counted requirement is **binding**; binding rows / all rows is the
//!   strict precision, a lower bound;
//! - a non-requirement found in a row is a **false positive**; the rows that hold no
//!   counted fragment at all are listed whole, for a person to judge (the hand-checked
//!   precision: counted requirements are rarely every row a reader would accept);
//! - among the found requirements, the **category** is right when it equals the
//!   count's, the **section** when the row's section contains the count's heading as
//!   whole words (or the other way round); a count without a section is not scored.

use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};
use serde_json::Value;

/// The format this version reads.
pub const MATRIX_FORMAT: &str = "rfp-eval-matrix/1";

/// The shapes a binding statement takes; all but `modal` carry no modal verb of
/// obligation.
pub const SHAPES: [&str; 7] = [
    "modal",
    "imperative",
    "non_modal",
    "undertaking",
    "future_duty",
    "list_item",
    "prohibition",
];

/// The categories a matrix row may have (the engine's and the schema's list).
pub const CATEGORIES: [&str; 9] = [
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

/// One document's hand count.
#[derive(Debug, Clone, Deserialize)]
pub struct MatrixCount {
    pub format: String,
    /// The document's file name, as in the labels.
    pub document: String,
    /// `tuned` or `held_out`, by the split's rule (checked against eval/split.json).
    #[serde(default)]
    pub split: Option<String>,
    /// The first and last page counted, when the count covers part of the document
    /// (`[4, 6]`), or several such ranges (`[[33, 36], [47, 50]]`): rows from other
    /// pages are left out of the score (rows without a page are kept).
    #[serde(default)]
    pub pages: Option<PageRanges>,
    pub requirements: Vec<Binding>,
    #[serde(default)]
    pub not_requirements: Vec<NotBinding>,
}

/// The pages a count read: one range of pages, or several.
#[derive(Debug, Clone, Deserialize)]
#[serde(untagged)]
pub enum PageRanges {
    One([u64; 2]),
    Many(Vec<[u64; 2]>),
}

impl PageRanges {
    /// Whether `page` falls in one of the ranges (first and last included).
    pub fn hold(&self, page: u64) -> bool {
        let within = |[first, last]: &[u64; 2]| (*first..=*last).contains(&page);
        match self {
            PageRanges::One(range) => within(range),
            PageRanges::Many(ranges) => ranges.iter().any(within),
        }
    }
}

#[derive(Debug, Clone, Deserialize)]
pub struct Binding {
    pub fragment: String,
    pub shape: String,
    pub category: String,
    /// The heading the statement stands under; `None` where it stands under none.
    #[serde(default)]
    pub section: Option<String>,
}

#[derive(Debug, Clone, Deserialize)]
pub struct NotBinding {
    pub fragment: String,
    #[serde(default)]
    pub why: String,
}

impl MatrixCount {
    /// The count's own consistency: known shapes and categories, no empty or
    /// repeated fragment.
    pub fn check(&self) -> Result<(), String> {
        if self.format != MATRIX_FORMAT {
            return Err(format!(
                "format {:?}, not {MATRIX_FORMAT:?}",
                self.format.chars().take(64).collect::<String>()
            ));
        }
        let mut seen = std::collections::BTreeSet::new();
        for b in &self.requirements {
            if !SHAPES.contains(&b.shape.as_str()) {
                return Err(format!(
                    "{:?} has an unknown shape {:?}",
                    b.fragment, b.shape
                ));
            }
            if !CATEGORIES.contains(&b.category.as_str()) {
                return Err(format!(
                    "{:?} has an unknown category {:?}",
                    b.fragment, b.category
                ));
            }
        }
        let fragments = self
            .requirements
            .iter()
            .map(|b| &b.fragment)
            .chain(self.not_requirements.iter().map(|n| &n.fragment));
        for f in fragments {
            let n = normalise(f);
            if n.is_empty() || !seen.insert(n) {
                return Err(format!("the fragment {f:?} is empty or listed twice"));
            }
        }
        Ok(())
    }
}

/// Lower case, whitespace collapsed to one space, trimmed.
pub fn normalise(text: &str) -> String {
    text.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// `found` of `of`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize, Deserialize)]
pub struct Tally {
    pub found: usize,
    pub of: usize,
}

impl Tally {
    pub fn add(&mut self, hit: bool) {
        self.of += 1;
        if hit {
            self.found += 1;
        }
    }

    pub fn merge(&mut self, other: Tally) {
        self.found += other.found;
        self.of += other.of;
    }

    pub fn share(self) -> Option<f64> {
        (self.of > 0).then(|| self.found as f64 / self.of as f64)
    }
}

/// One document's matrix against its hand count.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct MatrixScore {
    /// Rows in the analysis's matrix.
    pub rows: usize,
    pub recall: Tally,
    /// Recall on every shape but `modal`.
    pub without_modal: Tally,
    pub by_shape: BTreeMap<String, Tally>,
    /// Counted non-requirements found as a row (`found` are false positives).
    pub non_requirements: Tally,
    /// Rows that hold a counted binding statement, of all rows: the strict precision,
    /// a lower bound (a row the count does not cover may still bind: advice or an
    /// ambiguous statement the count leaves in neither list, a statement cut short).
    #[serde(default)]
    pub rows_binding: Tally,
    /// Among the found requirements: the category right.
    pub category: Tally,
    /// Among the found requirements with a section in the count: the section right.
    pub section: Tally,
    /// Of the requirements not found, those a row holds in part (the first or the last
    /// half of the fragment's words): a row cut short or one statement split over two
    /// rows, not a statement left out. The rest are in no row at all.
    #[serde(default)]
    pub missed_in_part: usize,
    /// Of the found requirements whose section is wrong, those whose row has none.
    #[serde(default)]
    pub section_empty: usize,
    /// Of the found requirements whose section is wrong, those whose counted heading is
    /// another row's section: the heading was read, its extent was not.
    #[serde(default)]
    pub section_elsewhere: usize,
    /// Of the found requirements whose section is wrong, those whose row's section holds
    /// half of the counted heading's words or more: a heading written otherwise (a
    /// number, a cut title) rather than another heading.
    #[serde(default)]
    pub section_near: usize,
    /// Of the found requirements whose section is wrong, those whose counted heading
    /// opens a row's text (after a clause number at most): a heading read as a
    /// statement or glued to one.
    #[serde(default)]
    pub section_in_text: usize,
    /// Of the found requirements whose category is wrong, those whose section is wrong
    /// too (the category may have been decided from the wrong heading).
    #[serde(default)]
    pub category_wrong_section_wrong: usize,
    /// The found requirements whose category is wrong, by `want→got`.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub category_confusions: BTreeMap<String, usize>,
    /// The requirements not found, as counted.
    pub missed: Vec<String>,
    /// The non-requirements found, as counted.
    pub false_positives: Vec<String>,
    /// Found rows whose category or section is wrong: `fragment: got category /
    /// section (want …)`.
    pub wrong_fields: Vec<String>,
    /// Rows that hold no counted fragment, whole: for a person to judge.
    pub unmatched_rows: Vec<String>,
}

impl MatrixScore {
    /// The requirements not found (the lists are not carried in totals; the tallies are).
    pub fn missed_count(&self) -> usize {
        self.recall.of - self.recall.found
    }
}

/// Whether `hay` holds `needle` as whole words (both normalised).
fn holds_words(hay: &str, needle: &str) -> bool {
    if needle.is_empty() {
        return false;
    }
    hay.match_indices(needle).any(|(i, _)| {
        let before = hay[..i].chars().next_back();
        let after = hay[i + needle.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    })
}

/// Whether a row's section is the counted heading: one holds the other as whole
/// words, after normalising, folding typographic variants (see [`plain_heading`]) and
/// dropping a trailing colon or full stop.
pub fn same_section(got: &str, want: &str) -> bool {
    let clean = |s: &str| {
        plain_heading(&normalise(s))
            .trim_end_matches([':', '.', ' '])
            .trim_start_matches(['#', '*', ' '])
            .to_owned()
    };
    let (g, w) = (clean(got), clean(want));
    !g.is_empty() && (holds_words(&g, &w) || holds_words(&w, &g))
}

/// A heading as a person reads it: a typographic apostrophe, dash or quote is the
/// plain one, and the stop after a clause number is dropped ("3.2." is "3.2"), so a
/// count typed by hand and a heading quoted from the document compare as the same.
/// Whether `text` opens with `heading`, after a clause number or a list marker at
/// most ("3.2 ", "(b) ", "• "): no word of the text before it, so a sentence that
/// only repeats the heading's words ("These work sections must …") is not counted.
fn opens_with(text: &str, heading: &str) -> bool {
    text.find(heading).is_some_and(|at| {
        let before = &text[..at];
        before.chars().count() <= 12
            && before.split_whitespace().all(|w| {
                let letters = w.chars().filter(|c| c.is_alphabetic());
                letters.clone().count() <= 1
                    || (w.len() <= 6 && letters.clone().all(|c| "ivxlIVXL".contains(c)))
            })
    })
}

fn plain_heading(heading: &str) -> String {
    let folded: String = heading
        .chars()
        .map(|c| match c {
            '’' | '‘' | 'ʼ' | '`' => '\'',
            '–' | '—' | '‑' | '−' => '-',
            '“' | '”' | '„' | '«' | '»' => '"',
            c => c,
        })
        .collect();
    let mut out = String::with_capacity(folded.len());
    let mut chars = folded.chars().peekable();
    let mut last = None;
    while let Some(c) = chars.next() {
        let number_stop = c == '.'
            && last.is_some_and(|l: char| l.is_ascii_digit())
            && chars.peek().is_none_or(|n| n.is_whitespace());
        if !number_stop {
            out.push(c);
        }
        last = Some(c);
    }
    out
}

/// Scores `rows` (the analysis's `extracted_data.requirements`) against `count`.
pub fn score(count: &MatrixCount, rows: &[Value]) -> MatrixScore {
    let rows: Vec<&Value> = rows
        .iter()
        .filter(|r| match (&count.pages, r["page"].as_u64()) {
            (Some(pages), Some(page)) => pages.hold(page),
            _ => true,
        })
        .collect();
    let texts: Vec<String> = rows
        .iter()
        .map(|r| normalise(r["text"].as_str().unwrap_or_default()))
        .collect();
    let sections: Vec<&str> = rows
        .iter()
        .map(|r| r["section"].as_str().unwrap_or_default())
        .collect();
    let mut used = vec![false; rows.len()];
    let mut binding = vec![false; rows.len()];
    let mut s = MatrixScore {
        rows: rows.len(),
        ..MatrixScore::default()
    };
    for b in &count.requirements {
        let fragment = normalise(&b.fragment);
        let hit = texts.iter().position(|t| t.contains(&fragment));
        // Every row holding the fragment is accounted for, not only the first.
        for (i, t) in texts.iter().enumerate() {
            if t.contains(&fragment) {
                used[i] = true;
                binding[i] = true;
            }
        }
        s.recall.add(hit.is_some());
        if b.shape != "modal" {
            s.without_modal.add(hit.is_some());
        }
        s.by_shape
            .entry(b.shape.clone())
            .or_default()
            .add(hit.is_some());
        let Some(i) = hit else {
            if held_in_part(&texts, &fragment) {
                s.missed_in_part += 1;
            }
            s.missed.push(b.fragment.clone());
            continue;
        };
        let row = rows[i];
        let category = row["category"].as_str().unwrap_or_default();
        let category_right = category.eq_ignore_ascii_case(&b.category);
        s.category.add(category_right);
        let section = row["section"].as_str().unwrap_or_default();
        let section_right = b.section.as_deref().map(|want| same_section(section, want));
        if let Some(right) = section_right {
            s.section.add(right);
            let want = b.section.as_deref().unwrap_or_default();
            if !right && section.trim().is_empty() {
                s.section_empty += 1;
            } else if !right {
                if sections.iter().any(|other| same_section(other, want)) {
                    s.section_elsewhere += 1;
                }
                if shares_half_the_words(section, want) {
                    s.section_near += 1;
                }
                let heading = plain_heading(&normalise(want));
                let heading = heading.trim_end_matches([':', '.', ' ']);
                if !heading.is_empty()
                    && texts.iter().any(|t| opens_with(&plain_heading(t), heading))
                {
                    s.section_in_text += 1;
                }
            }
        }
        if !category_right {
            *s.category_confusions
                .entry(format!("{}→{}", b.category, category.to_lowercase()))
                .or_default() += 1;
            if section_right == Some(false) {
                s.category_wrong_section_wrong += 1;
            }
        }
        if !category_right || section_right == Some(false) {
            s.wrong_fields.push(format!(
                "{}: {category:?} / {section:?} (want {:?} / {:?})",
                b.fragment,
                b.category,
                b.section.as_deref().unwrap_or("-")
            ));
        }
    }
    for n in &count.not_requirements {
        let fragment = normalise(&n.fragment);
        let mut hit = false;
        for (i, t) in texts.iter().enumerate() {
            if t.contains(&fragment) {
                used[i] = true;
                hit = true;
            }
        }
        s.non_requirements.add(hit);
        if hit {
            s.false_positives
                .push(format!("{} ({})", n.fragment, n.why));
        }
    }
    for &b in &binding {
        s.rows_binding.add(b);
    }
    s.unmatched_rows = rows
        .iter()
        .zip(&used)
        .filter(|(_, used)| !**used)
        .map(|(r, _)| r["text"].as_str().unwrap_or_default().to_owned())
        .collect();
    s
}

/// Several documents' scores added up (the lists are not carried).
pub fn total<'a>(scores: impl IntoIterator<Item = &'a MatrixScore>) -> MatrixScore {
    let mut t = MatrixScore::default();
    for s in scores {
        t.rows += s.rows;
        t.recall.merge(s.recall);
        t.without_modal.merge(s.without_modal);
        for (shape, tally) in &s.by_shape {
            t.by_shape.entry(shape.clone()).or_default().merge(*tally);
        }
        t.non_requirements.merge(s.non_requirements);
        t.rows_binding.merge(s.rows_binding);
        t.category.merge(s.category);
        t.section.merge(s.section);
        t.missed_in_part += s.missed_in_part;
        t.section_empty += s.section_empty;
        t.section_elsewhere += s.section_elsewhere;
        t.section_near += s.section_near;
        t.section_in_text += s.section_in_text;
        t.category_wrong_section_wrong += s.category_wrong_section_wrong;
        for (pair, n) in &s.category_confusions {
            *t.category_confusions.entry(pair.clone()).or_default() += n;
        }
    }
    t
}

/// Whether `got` holds at least half of the words of `want` (both normalised, typographic
/// variants folded), in any order.
fn shares_half_the_words(got: &str, want: &str) -> bool {
    let words = |s: &str| -> BTreeSet<String> {
        plain_heading(&normalise(s))
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(str::to_owned)
            .collect()
    };
    let (g, w) = (words(got), words(want));
    !w.is_empty() && 2 * w.intersection(&g).count() >= w.len()
}

/// Whether a row holds the first or the last half of a fragment's words (four at least,
/// all normalised), though none holds it whole: a row cut short, or one statement split
/// over two rows. Four shared words alone are often a common phrase.
fn held_in_part(texts: &[String], fragment: &str) -> bool {
    let words: Vec<&str> = fragment.split(' ').collect();
    let half = words.len().div_ceil(2).max(4);
    if words.len() <= half {
        return false;
    }
    let head = words[..half].join(" ");
    let tail = words[words.len() - half..].join(" ");
    texts.iter().any(|t| t.contains(&head) || t.contains(&tail))
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn count() -> MatrixCount {
        serde_json::from_value(json!({
            "format": MATRIX_FORMAT,
            "document": "a.md",
            "requirements": [
                { "fragment": "Proposals must be   received by\nnoon", "shape": "modal",
                  "category": "submission", "section": "Instructions" },
                { "fragment": "Attach a signed copy of the licence", "shape": "imperative",
                  "category": "legal", "section": "Forms" },
                { "fragment": "The Contractor agrees to keep records", "shape": "undertaking",
                  "category": "management" }
            ],
            "not_requirements": [
                { "fragment": "The County reserves the right to reject", "why": "issuer's right" }
            ]
        }))
        .unwrap()
    }

    #[test]
    fn fragments_are_found_in_rows_whatever_their_case_and_line_breaks() {
        let rows = vec![
            json!({ "text": "All proposals MUST be received by noon on 3 May.",
                    "category": "submission", "section": "4. Instructions to bidders" }),
            json!({ "text": "The County reserves the right to reject any proposal.",
                    "category": "legal", "section": "" }),
            json!({ "text": "Pages shall be numbered.", "category": "format", "section": "" }),
        ];
        let s = score(&count(), &rows);
        assert_eq!(s.recall, Tally { found: 1, of: 3 });
        assert_eq!(s.without_modal, Tally { found: 0, of: 2 });
        assert_eq!(s.by_shape["modal"], Tally { found: 1, of: 1 });
        assert_eq!(s.non_requirements, Tally { found: 1, of: 1 });
        assert_eq!(s.category, Tally { found: 1, of: 1 });
        assert_eq!(s.section, Tally { found: 1, of: 1 });
        assert_eq!(s.unmatched_rows, ["Pages shall be numbered."]);
        assert_eq!(s.missed.len(), 2);
        // One row of three holds a counted binding statement: the issuer's right and
        // the row no count covers are not.
        assert_eq!(s.rows_binding, Tally { found: 1, of: 3 });
        assert_eq!(total([&s, &s]).rows_binding, Tally { found: 2, of: 6 });
    }

    #[test]
    fn a_miss_is_told_apart_from_a_cut_row_and_a_wrong_section_from_none() {
        let rows = vec![
            // Cut short before the fragment's end: its first four words are there.
            json!({ "text": "Attach a signed copy", "category": "legal", "section": "Forms" }),
            json!({ "text": "Proposals must be received by noon.", "category": "submission",
                    "section": "" }),
        ];
        let s = score(&count(), &rows);
        assert_eq!(s.missed_count(), 2);
        assert_eq!(
            s.missed_in_part, 1,
            "the cut row, not the undertaking in no row"
        );
        assert_eq!(s.section, Tally { found: 0, of: 1 });
        assert_eq!(s.section_empty, 1);
        let t = total([&s, &s]);
        assert_eq!(
            (t.missed_count(), t.missed_in_part, t.section_empty),
            (4, 2, 2)
        );
        let rows = vec![
            json!({ "text": "Proposals must be received by noon.", "category": "submission",
                    "section": "4. Instructions to bidders › Delivery" }),
            json!({ "text": "Attach a signed copy of the licence.", "category": "legal",
                    "section": "Annex: Instructions" }),
        ];
        let s = score(&count(), &rows);
        // 'Instructions' is whole words of the first row's section: it is right. The
        // second row's 'Forms' is nobody's section and shares no word with it.
        assert_eq!(s.section, Tally { found: 1, of: 2 });
        assert_eq!((s.section_elsewhere, s.section_near), (0, 0));
        let rows = vec![
            json!({ "text": "Attach a signed copy of the licence.", "category": "legal",
                    "section": "Instructions" }),
            json!({ "text": "Other.", "category": "legal", "section": "Forms" }),
        ];
        let s = score(&count(), &rows);
        assert_eq!((s.section_elsewhere, s.section_near), (1, 0));
        let rows = vec![
            json!({ "text": "Forms. Attach a signed copy of the licence.", "category": "legal",
                    "section": "Annexes" }),
        ];
        assert_eq!(score(&count(), &rows).section_in_text, 1);
        // After a clause number or marker it still opens the text; a sentence that
        // repeats the heading's words is no heading read as a statement.
        for (text, opening) in [
            ("4.2 Forms. Attach a signed copy of the licence.", 1),
            ("(iv) Forms: attach a signed copy of the licence.", 1),
            ("The forms: attach a signed copy of the licence.", 0),
        ] {
            let rows = vec![json!({ "text": text, "category": "legal", "section": "Annexes" })];
            assert_eq!(score(&count(), &rows).section_in_text, opening, "{text}");
        }
        assert!(shares_half_the_words(
            "3 Signed forms and annexes",
            "Forms to be signed"
        ));
        assert!(!shares_half_the_words("Annexes", "Forms to be signed"));
        // A fragment of four words or fewer is never 'in part', and a longer one needs
        // half its words: four of ten shared are a common phrase.
        assert!(!held_in_part(
            &["we must attach a signed form".into()],
            "you must attach a signed copy of the licence to the bid"
        ));
        assert!(held_in_part(
            &["you must attach a signed copy".into()],
            "you must attach a signed copy of the licence to the bid"
        ));
        assert!(!held_in_part(
            &["attach a signed".into()],
            "attach a signed copy"
        ));
    }

    #[test]
    fn rows_outside_the_counted_pages_are_left_out() {
        let mut c = count();
        c.pages = Some(PageRanges::One([1, 2]));
        let rows = vec![
            json!({ "text": "Pages shall be numbered.", "page": 2 }),
            json!({ "text": "Insurance shall be kept.", "page": 9 }),
        ];
        let s = score(&c, &rows);
        assert_eq!(s.rows, 1);
        assert_eq!(s.unmatched_rows, ["Pages shall be numbered."]);
    }

    #[test]
    fn several_page_ranges_keep_the_rows_of_each() {
        let mut c = count();
        c.pages = serde_json::from_value(json!([[1, 2], [7, 7]])).unwrap();
        let rows = vec![
            json!({ "text": "Pages shall be numbered.", "page": 2 }),
            json!({ "text": "Insurance shall be kept.", "page": 5 }),
            json!({ "text": "Samples shall be labelled.", "page": 7 }),
        ];
        let s = score(&c, &rows);
        assert_eq!(s.rows, 2);
        let one: Option<PageRanges> = serde_json::from_value(json!([4, 6])).unwrap();
        assert!(one.is_some_and(|p| p.hold(4) && p.hold(6) && !p.hold(7)));
    }

    #[test]
    fn sections_match_as_whole_words_only() {
        assert!(same_section("3. Consultant profile", "Consultant profile"));
        assert!(same_section("SOUMISSION", "Soumission:"));
        assert!(same_section("3", "3"));
        assert!(!same_section("13", "3"));
        assert!(!same_section("", "Forms"));
        // Typographic variants and a clause number's stop are the same heading.
        assert!(same_section(
            "3.2. Offre de l’entreprise",
            "3.2 Offre de l'entreprise"
        ));
        assert!(same_section("Part B – Scope", "Part B - Scope"));
        assert!(same_section("“Lot 2” Catering", "\"Lot 2\" Catering"));
        assert!(!same_section("3.2. Offre", "3.3 Offre"));
    }

    #[test]
    fn a_count_with_an_unknown_shape_or_a_repeated_fragment_is_refused() {
        let mut c = count();
        assert!(c.check().is_ok());
        c.requirements[0].shape = "maybe".into();
        assert!(c.check().is_err());
        let mut c = count();
        c.not_requirements[0].fragment = "proposals must be received by noon".into();
        assert!(c.check().is_err());
    }
}
