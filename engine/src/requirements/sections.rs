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
//!   after "10. EVALUATION CRITERIA"), so a clause never takes the previous clause's
//!   section nor a heading it has left.

use std::sync::LazyLock;

use regex::Regex;

use crate::text::re;

/// Most headings a section path holds.
const MAX_DEPTH: usize = 4;
/// Longest heading kept in a path, in characters.
const MAX_HEADING_CHARS: usize = 120;

/// A numbered heading's number.
pub(super) static HEADING_NUMBER: LazyLock<Regex> = LazyLock::new(|| {
    re(r"^(?:(?:section|part|article|chapter|sec\.)\s+)?([0-9]{1,2}(?:\.[0-9]{1,2})*)\\?\.?\s")
});

/// What kind of heading opened a level of the path.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Level {
    /// `#` … `######`.
    Markdown(usize),
    /// "2.", "2.1": the depth of the number.
    Numbered(usize),
    /// Capitals, bold, a short line alone, a label ending in a colon: ranked so a
    /// lower one never replaces a higher one.
    Plain(u8),
    /// A numbered paragraph, whose number is its section.
    Clause,
}

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

/// Whether `n` goes on the numbering of `h` at its own depth ("11" after "10", "5"
/// after "4.1").
fn follows(h: &[u32], n: &[u32]) -> bool {
    let Some(k) = n.len().checked_sub(1) else {
        return false;
    };
    h.len() >= n.len() && h[..k] == n[..k] && h[k] < n[k]
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
            .take(MAX_HEADING_CHARS)
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
        match level {
            Level::Markdown(_) | Level::Numbered(_) => {
                while self.levels.last().is_some_and(|e| !tops(e)) {
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
            Level::Clause => {}
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
    pub fn enter_clause(&mut self, number: &str) {
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
                    popped.as_ref().is_none_or(|p| parent_of(&e.number, p))
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
        self.push(number.to_owned(), Level::Clause, n);
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

    fn walk(steps: &[(&str, Option<Level>)]) -> Vec<String> {
        let mut path = Path::default();
        let mut out = Vec::new();
        for (text, level) in steps {
            match level {
                Some(l) => path.enter(text, *l),
                None => {
                    path.enter_clause(text);
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
        path.enter_clause("1");
        path.enter("Garanties", Level::Plain(1));
        assert_eq!(path.section(), "3. Documents › Garanties");
        path.stacking = false;
        path.enter("Paiement", Level::Plain(1));
        assert_eq!(path.section(), "3. Documents › Paiement");
    }
}
