//! A heading glued to its statement on one line: a PDF's bold or run-in title that
//! extraction set on the same line as its paragraph ("C. Minimum Qualifications The
//! proposer must …", "Article 5 – Délais d'exécution Le titulaire doit …", "§ 4
//! Vergütung Der Auftragnehmer hat …", "Delivery Schedule: The Contractor …").
//!
//! The heading is a marker (a number of two levels or more, a capital letter, or a
//! part's or an article's word and number) or none, then a short title, then either
//! a full stop or a colon and the statement's capital, or no separator and a word
//! that opens a sentence in one of the six languages (an article, a determiner, a
//! pronoun: "The", "Le", "L'", "El", "O", "Il", "Der"). Without a marker the title is
//! in title case (or ends in a colon), the statement opens with such a word whatever
//! the separator, and it must read as a statement; a note's label ("Note:",
//! "Important:") is none. A run-in label before any other word ("Annexes: Only two
//! short annexes …") stays the statement's, as a document's own headings may not
//! count it. Unnumbered, the heading stands below the headings on lines of their own,
//! which replace it.
//!
//! Trade-off: a glued line right after a list's item still goes on the item (see
//! `units.rs`): split from it, a statement of the item that binds by nothing of its
//! own lost the row it shared with the glued paragraph's.

use std::sync::LazyLock;

use regex::Regex;

use super::sections::Level;
use crate::text::re;

/// Most words of a glued heading's title.
const MAX_TITLE_WORDS: usize = 6;
/// Most words of a title without a marker that ends in a full stop ("Invoicing.").
const MAX_STOPPED_TITLE_WORDS: usize = 4;

/// A glued heading's marker, then the title's capital: a number of two levels or
/// more ("3.2", "4.1.3."), a capital letter ("C.", "B)"), or a part's or an article's
/// word and its number or numeral, with an optional separator ("Article 5 –",
/// "Cláusula 9.ª –", "Art. 10 -", "§ 4", "Abschnitt 3:").
static MARKER: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^(?:([0-9]{1,2}(?:\.[0-9]{1,2})+)\.?|[A-Z][.)]|(?:((?i:chapter|chapitre|cap[íi]tulo|capitolo|kapitel|part|partie|parte|teil|titre|t[íi]tulo|titolo|section|secci[óo]n|se[çc][ãa]o|sezione|abschnitt))|(?i:article|art\.|art[íi]culo|artigo|articolo|artikel|clause|cl[áa]usula|clausola)|§)\s*(?:[0-9]{1,3}(?:\.[0-9]{1,2})*|[IVXLC]{1,6})(?:er|e|ème|\.?[ºª°])?\s*[.:–—-]?)\s+\p{Lu}",
    )
});

/// The words that open a sentence and never a heading's next word, capitalised, in
/// the six languages: articles, determiners and personal pronouns. One letter long
/// ("A", "O", "I"), they open one only before a word in lower case.
const OPENERS: &[&str] = &[
    // en
    "The", "Each", "Every", "Any", "This", "These", "Such", "It", "We", "You", "They", "A",
    "An", // fr
    "Le", "La", "Les", "Un", "Une", "Chaque", "Tout", "Toute", "Tous", "Toutes", "Ce", "Cet",
    "Cette", "Ces", "Il", "Ils", "Elle", "Nous", "Vous", "Aucun", "Aucune", // es
    "El", "Los", "Las", "Una", "Cada", "Todo", "Toda", "Todos", "Todas", "Este", "Esta", "Estos",
    "Estas", "Dicho", "Dicha", // pt
    "O", "Os", "As", "Um", "Uma", "Estes", "Esse", "Essa", // it
    "Lo", "I", "Gli", "Uno", "Ogni", "Tutti", "Tutte", "Questo", "Questa", "Ciascun", "Ciascuno",
    "Ciascuna", // de
    "Der", "Die", "Das", "Den", "Dem", "Ein", "Eine", "Jeder", "Jede", "Jedes", "Alle", "Diese",
    "Dieser", "Dieses", "Es", "Er", "Sie", "Wir",
];

/// A note's or an example's label before a colon: no heading of what follows.
const NOTE_LABELS: &[&str] = &[
    "note",
    "notes",
    "nb",
    "important",
    "example",
    "remarque",
    "remarques",
    "attention",
    "exemple",
    "nota",
    "notas",
    "ejemplo",
    "atención",
    "importante",
    "esempio",
    "hinweis",
    "hinweise",
    "beispiel",
    "achtung",
    "anmerkung",
];

/// Whether word `w` (with the word after it) opens a sentence: an [`OPENERS`] word, or
/// an elided article before a word ("L'appaltatore", "L’offre").
fn opens_sentence(w: &str, next: Option<&str>) -> bool {
    let mut chars = w.chars();
    if matches!(chars.next(), Some('L'))
        && matches!(chars.next(), Some('\'' | '’'))
        && chars.next().is_some_and(char::is_alphabetic)
    {
        return true;
    }
    if !OPENERS.contains(&w) {
        return false;
    }
    w.chars().count() > 1 || next.is_some_and(|n| n.starts_with(char::is_lowercase))
}

/// Whether a title is in title case: each word of four letters or more opens with a
/// capital.
fn title_case(title: &str) -> bool {
    title
        .split_whitespace()
        .filter(|w| w.chars().filter(|c| c.is_alphabetic()).count() >= 4)
        .all(|w| w.starts_with(char::is_uppercase))
}

/// How the title ends.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Separator {
    Stop,
    Colon,
    /// No mark: a sentence's first word follows.
    None,
}

/// The glued heading at the start of line `text`: its label (marker and title), its
/// level and where the statement starts.
pub(super) fn glued_heading(text: &str) -> Option<(&str, Level, usize)> {
    let (level, at, marked) = match MARKER.captures(text) {
        Some(c) => {
            let level = if let Some(n) = c.get(1) {
                Level::Numbered(n.as_str().split('.').count())
            } else if c.get(2).is_some() {
                Level::Numbered(0)
            } else if text.as_bytes().first().is_some_and(u8::is_ascii_uppercase)
                && matches!(text.as_bytes().get(1), Some(b'.' | b')'))
            {
                // A capital letter's rank, as on a line of its own ("C. Pricing").
                Level::Lettered(1)
            } else {
                Level::Numbered(1)
            };
            (level, before_last_char(text, c.get(0)?.end()), true)
        }
        None => (Level::Plain(0), 0, false),
    };
    let rest = &text[at..];
    if !rest.starts_with(char::is_uppercase) {
        return None;
    }
    // The title's words and the one after it at most, whatever the line's length.
    let words: Vec<(usize, &str)> = word_spans(rest).take(MAX_TITLE_WORDS + 2).collect();
    let mut found = None;
    for (k, &(off, w)) in words.iter().enumerate() {
        let next = words.get(k + 1).map(|&(_, n)| n);
        if k > 0 && opens_sentence(w, next) {
            let (prev_off, prev) = words[k - 1];
            found = Some((prev_off + prev.len(), off, Separator::None));
            break;
        }
        if k >= MAX_TITLE_WORDS {
            return None;
        }
        if w.contains([
            ';', '!', '?', ',', '(', ')', '[', ']', '*', '_', '"', '«', '“',
        ]) {
            return None;
        }
        if w == ":" && k > 0 {
            let (prev_off, prev) = words[k - 1];
            found = Some((prev_off + prev.len(), off + 1, Separator::Colon));
            break;
        }
        if let Some(stem) = w.strip_suffix(['.', ':']) {
            // "Art." or an initial is no title's end.
            if stem.chars().filter(|c| c.is_alphabetic()).count() < 3 {
                return None;
            }
            let sep = if w.ends_with(':') {
                Separator::Colon
            } else {
                Separator::Stop
            };
            found = Some((off + stem.len(), off + w.len(), sep));
            break;
        }
        if w.contains(['.', ':']) {
            return None;
        }
    }
    let (title_end, body_at, sep) = found?;
    let title = rest[..title_end].trim();
    let body = rest[body_at..].trim_start();
    if !body.starts_with(|c: char| c.is_uppercase()) || body.split_whitespace().take(3).count() < 3
    {
        return None;
    }
    let n_words = title.split_whitespace().count();
    if !super::sections::titles(title)
        || NOTE_LABELS.contains(&title.to_lowercase().as_str())
        || title.split_whitespace().any(|w| opens_sentence(w, None))
    {
        return None;
    }
    if !marked {
        let shaped = match sep {
            Separator::Colon => true,
            Separator::Stop => title_case(title) && n_words <= MAX_STOPPED_TITLE_WORDS,
            Separator::None => title_case(title),
        };
        let mut first = body.split_whitespace();
        let opens = first
            .next()
            .is_some_and(|w| opens_sentence(w, first.clone().next()));
        if !shaped || !opens || super::reading::reading(body).is_none() {
            return None;
        }
    }
    let label_end = at + title_end;
    Some((text[..label_end].trim_end(), level, text.len() - body.len()))
}

/// Whether line `text` (`raw` as written), after an open statement `open` that ended
/// a sentence, opens with a run-in or glued heading: it opens a statement of its own
/// rather than going on the paragraph.
pub(super) fn after_a_sentence(open: &str, raw: &str, text: &str) -> bool {
    open.trim_end().ends_with(['.', '!', '?'])
        && !super::sections::two_columns(text)
        && super::sections::run_in_heading(raw, text).is_some()
}

/// Where the last character of `text[..end]` starts (a pattern that ends on the
/// title's capital, which may take more than one byte).
fn before_last_char(text: &str, end: usize) -> usize {
    end - text[..end].chars().next_back().map_or(0, char::len_utf8)
}

/// The words of `text` with their byte offsets.
fn word_spans(text: &str) -> impl Iterator<Item = (usize, &str)> {
    text.split_whitespace()
        .map(move |w| (w.as_ptr() as usize - text.as_ptr() as usize, w))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(text: &str) -> Option<(String, String)> {
        glued_heading(text).map(|(label, _, at)| (label.to_owned(), text[at..].to_owned()))
    }

    #[test]
    fn a_heading_glued_to_its_statement_is_split_in_six_languages() {
        for (line, label, body) in [
            (
                "C. Minimum Qualifications The proposer must hold a licence.",
                "C. Minimum Qualifications",
                "The proposer must hold a licence.",
            ),
            (
                "Scope of Work The Contractor shall supply rock salt to the depots.",
                "Scope of Work",
                "The Contractor shall supply rock salt to the depots.",
            ),
            (
                "Delivery Schedule: The Contractor must deliver each order in two days.",
                "Delivery Schedule",
                "The Contractor must deliver each order in two days.",
            ),
            (
                "Article 5 – Délais d'exécution Le titulaire doit finir en cinq jours.",
                "Article 5 – Délais d'exécution",
                "Le titulaire doit finir en cinq jours.",
            ),
            (
                "Sous-traitance : Le titulaire doit déclarer chaque sous-traitant.",
                "Sous-traitance",
                "Le titulaire doit déclarer chaque sous-traitant.",
            ),
            (
                "§ 3 Leistungszeit Der Auftragnehmer hat werktags zu reinigen.",
                "§ 3 Leistungszeit",
                "Der Auftragnehmer hat werktags zu reinigen.",
            ),
            (
                "Cláusula 9.ª – Prazo de entrega O fornecedor deve entregar as refeições.",
                "Cláusula 9.ª – Prazo de entrega",
                "O fornecedor deve entregar as refeições.",
            ),
            (
                "Art. 10 – Personale L'appaltatore deve impiegare un cuoco diplomato.",
                "Art. 10 – Personale",
                "L'appaltatore deve impiegare un cuoco diplomato.",
            ),
            (
                "Invoicing. Each invoice must quote the purchase order number.",
                "Invoicing",
                "Each invoice must quote the purchase order number.",
            ),
        ] {
            assert_eq!(
                split(line),
                Some((label.to_owned(), body.to_owned())),
                "{line}"
            );
        }
    }

    #[test]
    fn sentences_names_notes_and_clause_numbers_are_not_split() {
        for line in [
            "New Hampshire Licensed Pesticide Applicators must carry out every treatment.",
            "The Contractor shall keep a log of every visit.",
            "A. The Contractor shall keep a log of every visit.",
            "Note: The Contractor must keep the receipts.",
            "Prices are firm. The Contractor shall not raise them.",
            "Lot 1 Northern Fields 12 hectares Weekly",
            "La Ville de Saint-Aubin Direction des Sports exige que le titulaire nettoie.",
            "Mr. Smith The Contractor shall call him.",
            "Annex A Declaration of Honour must be signed by the bidder.",
            "Staffing Plan: Applicants are asked to name every member of the team.",
            "Annexes: Only two short annexes are accepted. Keep to the page limits.",
        ] {
            assert_eq!(split(line), None, "{line}");
        }
    }

    #[test]
    fn a_capital_letters_heading_has_a_capitals_rank_and_a_long_line_is_read_in_part() {
        let (_, level, _) =
            glued_heading("B. Delivery The Contractor must deliver in two days.").unwrap();
        assert_eq!(level, Level::Lettered(1));
        // Two million words on one line: only the title's words are looked at.
        let line = format!("Alpha {}", "a ".repeat(2_000_000));
        assert_eq!(glued_heading(&line), None);
    }
}
