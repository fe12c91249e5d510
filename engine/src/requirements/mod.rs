//! The compliance matrix: every statement that binds the bidder, one entry each,
//! with its modality, whether it binds, a category, the section and page it stands
//! on, and a stable id.
//!
//! A statement binds when it carries a modal verb of obligation (shall, must, doit,
//! debe, deve, muss …), an obligation without one ("is to be submitted", "il est
//! demandé", "es necesario", "ist … vorzulegen"), an imperative ("Attach …",
//! "Veuillez fournir …"), an undertaking ("The Contractor agrees to …", "s'engage
//! à"), a prohibition ("will not be permitted", "não podem participar"), a duty in the
//! future whose subject is the bidder ("The consultant will deliver …"), or a
//! consequence ("Failure to … may result in disqualification"); how each is read is
//! in `reading`. Left out: the issuer's own undertakings and rights, permissions and
//! descriptive may/can, what is not required, disclaimers, definitions, the document
//! describing itself.
//!
//! Lists are a structure of their own (`units`): the items under a lead-in that binds
//! ("The proposal must contain:", "Specifically, the consultant will:") or that
//! announces what is required ("Documents to submit:", a section "Deliverables")
//! are requirements with the lead-in's modality, each item whole, across page breaks;
//! a list whose lead-in is the issuer's ("The County will:") or background binds
//! nobody. A row is a whole sentence of prose or a whole item, never cut at a page
//! break, an abbreviation or a character cap below [`MAX_REQUIREMENT_CHARS`].
//!
//! The categories come from the lexicons' tables (`category`).

use std::sync::LazyLock;

use regex::Regex;
use serde_json::{Value, json};
use sha2::{Digest, Sha256};

use crate::limits::{StopFlag, Stopped};
use crate::text::{Line, quote_line, re};

mod category;
mod glued;
mod marked;
mod reading;
mod sections;
mod tables;
mod tasks;
mod units;

pub use crate::limits::MAX_REQUIREMENTS;
pub use category::{CATEGORIES, category_of};
pub use reading::{Reading, Shape, Subject, subject_before};

/// Longest requirement text kept, in characters. A longer item is split into its
/// sentences; only a single sentence longer than this (hostile text) is cut.
pub const MAX_REQUIREMENT_CHARS: usize = 1000;

/// A stable id: the same statement under the same section gets the same id in every
/// analysis of the document, whatever else changed around it.
pub fn requirement_id(section: &str, text: &str) -> String {
    let normal: String = text
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase();
    let digest = Sha256::new()
        .chain_update(section.trim().to_lowercase())
        .chain_update([0])
        .chain_update(normal)
        .finalize();
    let hex: String = digest[..4].iter().map(|b| format!("{b:02X}")).collect();
    format!("REQ-{hex}")
}

/// How `sentence` binds the bidder, if it states a requirement of theirs.
pub fn modality(sentence: &str) -> Option<Reading> {
    reading::reading(sentence)
}

/// Abbreviations after which a full stop ends no sentence.
const ABBREVIATIONS: &[&str] = &[
    "e.g", "eg", "i.e", "ie", "etc", "approx", "incl", "no", "nos", "nr", "art", "para", "paras",
    "vs", "cf", "ca", "mr", "mrs", "ms", "dr", "st", "sr", "sra", "p", "pp", "fig", "min", "max",
    "ref", "vol", "z.b", "bzw", "ggf", "vgl", "s", "n°", "núm", "pág", "av", "inc", "ltd", "co",
    "corp", "dept", "sec", "ex", "cap", "gem", "ziff", "abs", "kap", "lett", "cfr", "arts", "apdo",
    "chap", "réf",
];

/// Whether `word` (lower case) is an abbreviation, an elided article before it aside
/// ("l'art. 12", "dell'art. 119", "all'art. 5").
fn abbreviation(word: &str) -> bool {
    let word = word.rsplit(['\'', '’']).next().unwrap_or(word);
    ABBREVIATIONS.contains(&word)
}

/// The sentences of a statement, verbatim: split after `.`, `!` or `?` and a space
/// when a capital or a digit follows and the word before is no abbreviation ("e.g.",
/// "No.", "z.B."), so a row is never cut inside its sentence.
pub(crate) fn statement_sentences(text: &str) -> Vec<&str> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut start = 0;
    for i in 0..bytes.len() {
        if !(matches!(bytes[i], b'.' | b'!' | b'?') && bytes.get(i + 1) == Some(&b' ')) {
            continue;
        }
        let next = text[i + 2..].trim_start_matches(['*', '_', '"', '“', '‘', '(']);
        if !next.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit()) {
            continue;
        }
        let word = text[start..i]
            .rsplit(|c: char| c.is_whitespace() || c == '(')
            .next()
            .unwrap_or("")
            .to_lowercase();
        if bytes[i] == b'.'
            && (abbreviation(&word)
                || german_date(&word, next)
                || (word.chars().count() == 1
                    && word.chars().all(char::is_alphabetic)
                    && !annex_letter(&text[start..i]))
                || (initials(&word) && !clock_end(&text[start..i], &word, next)))
        {
            continue;
        }
        out.push(text[start..=i].trim());
        start = i + 2;
    }
    if start < text.len() {
        out.push(text[start..].trim());
    }
    out.retain(|s| !s.is_empty());
    out
}

/// German months, after whose day ("am 3. Mai") no sentence ends.
const GERMAN_MONTHS: &[&str] = &[
    "Januar",
    "Jänner",
    "Februar",
    "März",
    "April",
    "Mai",
    "Juni",
    "Juli",
    "August",
    "September",
    "Oktober",
    "November",
    "Dezember",
];

/// Whether the full stop after `word` is a German date's ordinal ("bis zum 3. Mai"):
/// a day of one or two digits, then a month.
fn german_date(word: &str, next: &str) -> bool {
    let day = (1..=2).contains(&word.len()) && word.chars().all(|c| c.is_ascii_digit());
    let month = next
        .split(|c: char| !c.is_alphabetic())
        .next()
        .unwrap_or("");
    day && GERMAN_MONTHS.contains(&month)
}

/// The words that name an annex, a form or a lot by a letter ("Appendix B", "Anexo
/// C", "Anlage A"): a stop after such a letter ends the sentence ("… in the form of
/// Appendix B. Proposals must …"), unlike an initial's ("J. Smith"). Lower case.
const ANNEX_WORDS: &[&str] = &[
    "appendix",
    "annex",
    "attachment",
    "exhibit",
    "schedule",
    "form",
    "lot",
    "annexe",
    "appendice",
    "formulaire",
    "anexo",
    "apéndice",
    "formulario",
    "lote",
    "allegato",
    "modulo",
    "lotto",
    "anlage",
    "formblatt",
    "los",
];

/// Whether `before` (a statement up to a full stop) ends with an annex's letter
/// ([`ANNEX_WORDS`]): a capital other than the Roman numerals I, V and X, which also
/// number a part whose title follows ("Section V. General Conditions").
fn annex_letter(before: &str) -> bool {
    let mut words = before.rsplit(|c: char| c.is_whitespace() || c == '(');
    let letter = words.next().unwrap_or("");
    let name = words.find(|w| !w.is_empty()).unwrap_or("");
    // An elided article before it: "l'Annexe C", "dell'Allegato B".
    let name = name
        .rsplit(['\'', '’'])
        .next()
        .unwrap_or(name)
        .to_lowercase();
    letter.chars().count() == 1
        && letter
            .chars()
            .all(|c| c.is_uppercase() && !matches!(c, 'I' | 'V' | 'X'))
        && ANNEX_WORDS.contains(&name.as_str())
}

/// Whether the stop of "a.m." or "p.m." (`word`, lower case, without its last stop;
/// `before`, the statement up to it) ends the sentence: a time stands before it ("at
/// 5:00 p.m.", not "A.M. Best") and the `next` words start a sentence, not the time's
/// zone ("5:00 p.m. Eastern Time", "p.m. EST", "p.m. Ottawa time").
fn clock_end(before: &str, word: &str, next: &str) -> bool {
    let time_before = before
        .split_whitespace()
        .rev()
        .nth(1)
        .is_some_and(|w| w.ends_with(|c: char| c.is_ascii_digit()));
    if !matches!(word, "a.m" | "p.m") || !time_before {
        return false;
    }
    let mut words = next.split_whitespace().map(|w| {
        w.trim_matches(|c: char| !c.is_alphanumeric())
            .to_lowercase()
    });
    let first = next.split_whitespace().next().unwrap_or("");
    let first_letters = first.trim_matches(|c: char| !c.is_alphanumeric());
    let zone_code = (2..=5).contains(&first_letters.len())
        && first_letters.chars().all(|c| c.is_ascii_uppercase());
    let zone_word = words.by_ref().take(3).any(|w| {
        matches!(
            w.as_str(),
            "time"
                | "standard"
                | "daylight"
                | "eastern"
                | "central"
                | "pacific"
                | "mountain"
                | "atlantic"
                | "local"
                | "prevailing"
        )
    });
    !zone_code && !zone_word
}

/// Whether `word` is letters joined by full stops ("f.o.r", "u.s", "p.o"): initials,
/// after whose last stop no sentence ends.
fn initials(word: &str) -> bool {
    word.contains('.')
        && word
            .split('.')
            .all(|p| p.chars().count() == 1 && p.chars().all(char::is_alphabetic))
}

/// `text` without its soft hyphens (U+00AD) and the line break a layout put after one
/// ("sosteni\u{ad} bile" is "sostenibile"). Only the row's text: its quote keeps the
/// document's characters, which the quote check reads past.
fn without_soft_hyphens(text: &str) -> std::borrow::Cow<'_, str> {
    if !text.contains('\u{ad}') {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find('\u{ad}') {
        out.push_str(&rest[..at]);
        rest = rest[at + '\u{ad}'.len_utf8()..].trim_start_matches([' ', '\t', '\n', '\r']);
    }
    out.push_str(rest);
    std::borrow::Cow::Owned(out)
}

/// `text` cut to [`MAX_REQUIREMENT_CHARS`] on a word boundary (hostile text only).
fn capped(text: &str) -> &str {
    match text.char_indices().nth(MAX_REQUIREMENT_CHARS) {
        Some((at, _)) => {
            let cut = text[..at].rfind(' ').unwrap_or(at);
            &text[..cut]
        }
        None => text,
    }
}

/// A statement without the emphasis and the list mark around it.
fn unmarked(text: &str) -> &str {
    let t = text.trim().trim_matches(['*', '_']).trim();
    let t = match units::ITEM_MARK.find(t) {
        Some(m) => &t[m.end()..],
        None => t,
    };
    t.trim().trim_matches(['*', '_'])
}

/// Emphasis and a list mark around a statement are not its text.
fn clean(text: &str) -> &str {
    unmarked(text).trim_end_matches([';', ',', ':']).trim()
}

/// A row's text: the statement without its emphasis, its list mark and a lead-in's
/// colon, but with the stop an item ends on (";", ","), as the document writes it:
/// "a valid tax clearance certificate;" is the item, quoted whole.
fn row_text(text: &str) -> &str {
    unmarked(text).trim_end_matches(':').trim()
}

static LETTERS: LazyLock<Regex> = LazyLock::new(|| re(r"\p{L}"));
/// Fewest letters a row holds.
const MIN_ROW_LETTERS: usize = 8;
/// Fewest letters an item of a list a lead-in binds holds as a row (see
/// [`Matrix::push`]).
const MIN_ITEM_LETTERS: usize = 3;

/// The matrix being built.
struct Matrix {
    rows: Vec<Value>,
    seen: std::collections::HashSet<String>,
    left_out: usize,
    topics: category::Topics,
}

impl Matrix {
    /// A row of `piece`, a statement of `unit` (an item of a list whose lead-in is
    /// `lead_in`, or `""`), unless it is too short or already a row.
    fn push(&mut self, unit: &units::Unit, piece: &str, reading: Reading, lead_in: &str) {
        let text = without_soft_hyphens(capped(row_text(piece)));
        let text = &*text;
        // An item of a list a lead-in binds may name a thing in a few letters ("MVC
        // 5", "ANSI SQL", "CV"); any other statement needs a few words.
        let fewest = if lead_in.is_empty() || reading.shape != Shape::ListItem {
            MIN_ROW_LETTERS
        } else {
            MIN_ITEM_LETTERS
        };
        if LETTERS.find_iter(text).take(fewest).count() < fewest {
            return;
        }
        let id = requirement_id(&unit.section, text);
        if !self.seen.insert(id.clone()) {
            return;
        }
        if self.rows.len() >= MAX_REQUIREMENTS {
            self.left_out += 1;
            return;
        }
        let category = self.topics.category_of_item(piece, lead_in, &unit.section);
        // The quote is the part of the statement on its first page (a page break
        // may hold a running header the text leaves out).
        let offset = piece.as_ptr() as usize - unit.text.as_ptr() as usize;
        let on_first = unit.first_page_len.saturating_sub(offset).min(piece.len());
        let quote_of = if on_first >= piece.len() / 2 || on_first > 40 {
            &piece[..piece.floor_char_boundary(on_first)]
        } else {
            piece
        };
        self.rows.push(json!({
            "id": id,
            "text": text,
            "modality": reading.name,
            "mandatory": reading.mandatory,
            "category": category,
            "section": (!unit.section.is_empty()).then_some(unit.section.as_str()),
            "page": unit.page + 1,
            "quote": quote_line(clean(quote_of)),
        }));
    }
}

/// A lead-in whose last word is the verb its items complete ("… will:", "… doivent :",
/// "Mit dem Angebot einzureichen:").
static HANGING_VERB: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)(?:^|\s)(?:will|shall|must|should|is to|are to|doit|doivent|devra|devront|debe|deben|deberá|deberán|deve|devem|deverá|deverão|dovrà|dovranno|deve|devono|muss|müssen|wird|werden|soll|sollen|(?:an|ab|auf|aus|bei|ein|mit|nach|vor|dar)zu\p{L}+(?:en|ern|eln))[\s*_]*:?[\s*_]*$",
    )
});

/// A list open under a lead-in.
struct List {
    /// The modality its items take, if its lead-in or heading binds them.
    reading: Option<Reading>,
    lead_in: String,
}

/// The issuer as the document names it ("Direction du numérique (DINUM)"): its
/// name and its acronyms, a party the lexicons cannot know.
///
/// Its patterns are compiled for each document, so they hold no Unicode class: the
/// classes of a letter (`\p{L}`) made compiling them a tenth of the engine's time. The
/// whole-word test and the acronym's shape are checked on what they find, by patterns
/// compiled once ([`WORD_CHAR`], [`ACRONYM`]).
struct Issuer {
    names: Option<Regex>,
}

/// Most words of a lead-in read for its speaker by the issuer's name.
const LEAD_IN_WORDS: usize = 8;
/// Most lines read for the acronym the document gives the issuer.
const MAX_ISSUER_LINES: usize = 3000;
/// Most words before the issuer's name that opens a statement ("La DINUM …").
const OPENING_WORDS_BEFORE_NAME: usize = 2;

/// A letter or a digit: a character a word is made of.
static WORD_CHAR: LazyLock<Regex> = LazyLock::new(|| re(r"^[\p{L}\d]"));
/// An acronym a name is given in brackets ("(DINUM)", "(UNDP)").
static ACRONYM: LazyLock<Regex> = LazyLock::new(|| re(r"^\p{Lu}[\p{Lu}\d&-]{1,9}$"));

/// Whether `c` is a letter or a digit.
fn is_word_char(c: Option<char>) -> bool {
    c.is_some_and(|c| WORD_CHAR.is_match(c.encode_utf8(&mut [0; 4])))
}

/// The matches of `re` in `text` that are whole words (no letter or digit just
/// before or after them), one after the other.
fn whole_words<'t>(re: &'t Regex, text: &'t str) -> impl Iterator<Item = regex::Match<'t>> {
    let mut at = 0;
    std::iter::from_fn(move || {
        while at <= text.len() {
            let m = re.find_at(text, at)?;
            let next = m.start() + text[m.start()..].chars().next().map_or(1, char::len_utf8);
            let before = text[..m.start()].chars().next_back();
            let after = text[m.end()..].chars().next();
            if m.is_empty() || is_word_char(before) || is_word_char(after) {
                at = next;
                continue;
            }
            // The character that ends it may open the next.
            at = m.end();
            return Some(m);
        }
        None
    })
}

impl Issuer {
    /// The issuer named `name`, with the acronym the document gives it ("direction
    /// du numérique (DINUM)") in its first lines.
    fn new(name: Option<&str>, lines: &[Line<'_>]) -> Self {
        let Some(name) = name.map(str::trim).filter(|n| (4..=200).contains(&n.len())) else {
            return Self { names: None };
        };
        let bare = name.split('(').next().unwrap_or(name).trim();
        let words: Vec<String> = bare.split_whitespace().map(regex::escape).collect();
        let mut names = vec![format!("(?i:{})", words.join(r"\s+"))];
        let acronym = |text: &str| {
            text.split(|c: char| !c.is_alphanumeric())
                .filter(|w| (3..=10).contains(&w.chars().count()))
                .filter(|w| w.chars().all(|c| c.is_uppercase() || c.is_ascii_digit()))
                .map(regex::escape)
                .collect::<Vec<_>>()
        };
        // An acronym the name carries in brackets ("… (UNDP)").
        if let Some((_, inside)) = name.split_once('(') {
            names.extend(acronym(inside));
        }
        // The acronym the text gives after the name.
        let defined = re(&format!(r"{}\s*\(\s*([^\s()]{{2,10}})\s*\)", names[0]));
        let mut text = String::new();
        for l in lines.iter().take(MAX_ISSUER_LINES) {
            text.push_str(l.text);
            text.push(' ');
        }
        let given = defined
            .captures_iter(&text)
            .map(|c| c.get(1).map_or("", |g| g.as_str()))
            .find(|a| ACRONYM.is_match(a));
        if let Some(a) = given {
            names.push(regex::escape(a));
        }
        let names = re(&names.join("|"));
        Self { names: Some(names) }
    }

    /// Whether the issuer's name opens `text` ("La DINUM assure …").
    fn opens(&self, text: &str) -> bool {
        let Some(names) = &self.names else {
            return false;
        };
        let opening: String = text
            .split_whitespace()
            .take(OPENING_WORDS_BEFORE_NAME + 1)
            .collect::<Vec<_>>()
            .join(" ");
        whole_words(names, &opening).next().is_some()
    }

    /// Whether the issuer's name is the last party a lead-in names in its opening
    /// ("Une équipe au sein de la DINUM est chargée :", "Lors de l'appel, la DINUM :").
    fn leads(&self, lead_in: &str) -> bool {
        let Some(names) = &self.names else {
            return false;
        };
        let opening: String = lead_in
            .split_whitespace()
            .take(LEAD_IN_WORDS)
            .collect::<Vec<_>>()
            .join(" ");
        whole_words(names, &opening).last().is_some_and(|m| {
            // What follows the name, past the character that ends it.
            let rest = &opening[m.end()..];
            let rest = rest.char_indices().nth(1).map_or("", |(i, _)| &rest[i..]);
            !reading::names_bidder(rest)
        })
    }
}

/// The issuer saying what it expects of the bidder in the first person, the verb
/// last ("What we expect:", "Ce que nous attendons :", "Lo que esperamos:", "O que
/// esperamos:", "Cosa ci aspettiamo:", "Was wir erwarten:") or with the bidder named
/// ("We expect the contractor to:", "Nous attendons du titulaire :").
static ISSUER_EXPECTS: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)(?:^|[^\p{L}])(?:we (?:expect|require|ask for)|nous (?:attendons|exigeons|demandons)|esperamos|exigimos|requerimos|ci aspettiamo|richiediamo|wir (?:erwarten|verlangen|fordern))(?:$|[^\p{L}])",
    )
});

/// Whether a lead-in is the issuer saying what it expects of the bidder (see
/// [`ISSUER_EXPECTS`]): its items bind the bidder though the issuer speaks.
fn issuer_expects(lead_in: &str) -> bool {
    let bare = lead_in.trim_end().trim_end_matches(['*', '_', ':', ' ']);
    ISSUER_EXPECTS
        .find(bare)
        .is_some_and(|m| m.end() + 1 >= bare.len() || reading::names_bidder(&bare[m.start()..]))
        && !reading::announces_description(bare)
        && !reading::denies(bare)
}

/// The list a lead-in (the last sentence of a unit, ending in a colon) opens.
fn list_under(lead_in: &str, section: &str, issuer: &Issuer) -> List {
    let reading = match reading::reading(lead_in) {
        None if issuer_expects(lead_in) => Some(Reading::new("required", true, Shape::ListItem)),
        _ if issuer.opens(lead_in) => None,
        Some(r) => Some(Reading::new(r.name, r.mandatory, Shape::ListItem)),
        None if reading::issuer_speaks(lead_in)
            || reading::charges_another(lead_in)
            || reading::issuer_may(lead_in)
            || issuer_states(lead_in)
            || issuer.leads(lead_in)
            || reading::denies(lead_in)
            || (reading::announces_description(lead_in)
                && !reading::names_the_bids_parts(lead_in))
            || (reading::announces_description(section)
                && !announces_by_label(lead_in)
                && !headings_announce(section)) =>
        {
            None
        }
        None => Some(Reading::new("required", true, Shape::ListItem)),
    };
    List {
        reading,
        lead_in: lead_in.to_owned(),
    }
}

/// Whether a lead-in without a modal verb has the issuer for its subject ("The
/// evaluation committee consists of:", "L'Office propose :"): its list says what the
/// issuer is or does. (A lead-in with a modal whose subject the lexicons take for the
/// issuer is left to its reading.)
fn issuer_states(lead_in: &str) -> bool {
    let bare = lead_in.trim_end().trim_end_matches(['*', '_', ':']);
    !reading::has_modal(bare) && reading::issuer_speaks(bare)
}

/// Whether a lead-in is a label that announces what the bidder must give
/// ("Documents to submit:", "Pièces à fournir :", or right over its items without
/// the colon: "Requisitos técnicos"), whatever heading it stands under.
fn announces_by_label(lead_in: &str) -> bool {
    reading::announces_requirements(lead_in)
}

/// Whether the headings a statement stands under announce what the bidder must
/// give: the innermost does ("Background › Documents to submit"), or they do and
/// none of them describes or denies.
fn headings_announce(section: &str) -> bool {
    let announces = |h: &str| {
        reading::announces_requirements(h)
            && !reading::announces_description(h)
            && !reading::denies(h)
    };
    let innermost = section.rsplit(" › ").next().unwrap_or(section);
    announces(innermost) || announces(section)
}

/// Fewest words (its mark counted) of an item a heading that names what the bidder
/// hands in or meets binds ("• Auszug aus dem Handelsregister").
const MIN_ITEM_WORDS_UNDER_CUE: usize = 3;

/// Whether the heading right over a list item, with no lead-in between, binds it:
/// its words name what the bidder must meet or hand in, or what the bid is made of
/// ("Eligibility criteria", "Critères d'éligibilité", "Documentos de habilitação",
/// "Requisiti di partecipazione", "Eignungskriterien", "The proposal comprises"),
/// and none of them names background, objectives, the issuer's services or sites,
/// the evaluation or the contents. The item says something: a few words at least.
fn heading_binds_items(section: &str, item: &str) -> bool {
    let innermost = section.rsplit(" › ").next().unwrap_or(section);
    item.split_whitespace().count() >= MIN_ITEM_WORDS_UNDER_CUE
        && reading::heading_announces_items(innermost)
        && (!reading::announces_description(innermost) || reading::names_the_bids_parts(innermost))
        && !reading::denies(innermost)
        && !reading::issuer_speaks(innermost)
}

/// Whether the headings a statement stands under ask for the work: they announce
/// requirements ("Functional requirements", "Fonctionnalités attendues") or the
/// innermost names the bidder ("Responsabilidades del consultor").
fn asks_for_the_work(section: &str) -> bool {
    let innermost = section.rsplit(" › ").next().unwrap_or(section);
    headings_announce(section) || reading::names_bidder(innermost)
}

/// Every requirement of the document, in reading order, and how many were left out
/// past [`MAX_REQUIREMENTS`].
pub(super) fn requirements(
    lines: &[Line<'_>],
    issuer_name: Option<&str>,
    layout: &crate::Layout,
    limit: &StopFlag,
) -> Result<(Vec<Value>, usize), Stopped> {
    let issuer = Issuer::new(issuer_name, lines);
    let mut m = Matrix {
        rows: Vec::new(),
        seen: std::collections::HashSet::new(),
        left_out: 0,
        topics: category::Topics::default(),
    };
    let mut list: Option<List> = None;
    // A list opened by an item of another ("• The sample bears a tag with" / "I. the
    // bidder's name"): its marks, and the list it stands in.
    let mut nested: Option<(MarkKind, Option<List>)> = None;
    // The marks of the items since the last paragraph: a mark seen before returns to
    // its list rather than opening one.
    let mut kinds: Vec<MarkKind> = Vec::new();
    let mut last_section = String::new();
    // The unit before was a requirement box's number ("Exigence n°4"): the next
    // item may be the box's title.
    let mut after_box_label = false;
    // The column of what is asked in the table being read, if its header names one.
    let mut asked_column: Option<usize> = None;
    let all = units::units(lines, &marked::Marked::new(layout), limit)?;
    for (at, unit) in all.iter().enumerate() {
        limit.check()?;
        // A table's header row is no statement; a row's cell under a header that
        // names what is asked binds by its column.
        match tables::row(&all, at, &mut asked_column) {
            tables::Row::Header | tables::Row::Fact => continue,
            tables::Row::Asked(r) => {
                m.push(unit, &unit.text, r, "");
                continue;
            }
            tables::Row::Other => {}
        }
        // A heading ends a list: items under the next one are not the lead-in's.
        if unit.section != last_section {
            list = None;
            nested = None;
        }
        last_section.clone_from(&unit.section);
        if unit.is_item {
            // A requirement box's number and title ("Requirement no. 12", "Boat
            // reservations" over "| The portal shall …") end the list before them and
            // are no rows.
            if box_label(&unit.text) {
                list = None;
                nested = None;
                after_box_label = true;
                continue;
            }
            if std::mem::take(&mut after_box_label) && box_title(&unit.text) {
                continue;
            }
            let kind = mark_kind(&unit.text);
            if !kinds.contains(&kind) && kinds.len() < 8 {
                kinds.push(kind);
            }
            // An item with the outer list's marks closes the nested one.
            if nested.as_ref().is_some_and(|(k, _)| *k != kind) {
                list = nested.take().and_then(|(_, outer)| outer);
            }
            // The item's sentences are read without its mark ("a. Submit …").
            let body = units::ITEM_MARK
                .find(&unit.text)
                .map_or(unit.text.as_str(), |mark| &unit.text[mark.end()..]);
            let sentences = statement_sentences(body);
            item_rows(&mut m, unit, &sentences, list.as_ref());
            if let Some(next) = all.get(at + 1).filter(|n| n.is_item)
                && nested.is_none()
                && !kinds.contains(&mark_kind(&next.text))
                && leads_in(body, &next.text)
            {
                let sub = item_lead_in(body, list.as_ref());
                nested = Some((mark_kind(&next.text), std::mem::replace(&mut list, sub)));
            }
            continue;
        }
        nested = None;
        kinds.clear();
        after_box_label = false;
        let sentences = statement_sentences(&unit.text);
        list = None;
        // A header over items that is no sentence ("Documents to submit", a table's
        // header row) leads them in as a colon does.
        let heads_items = all.get(at + 1).is_some_and(|n| n.is_item)
            && (!unit.text.trim_end().ends_with(['.', '!', '?', ';'])
                || sentences.last().is_some_and(|s| {
                    reading::leads_in_with_a_stop(s) || reading::announces_items_with_a_stop(s)
                }));
        // Whom the last statement spoke of, for a pronoun that opens the next: a
        // party of the same paragraph.
        let mut antecedent = reading::Antecedent::Other;
        for (i, sentence) in sentences.iter().enumerate() {
            let previous = antecedent;
            antecedent = reading::antecedent(sentence, previous);
            let last = i + 1 == sentences.len();
            let ends_colon = sentence
                .trim_end()
                .trim_end_matches(['*', '_'])
                .ends_with(':');
            if last && (ends_colon || heads_items) {
                list = Some(list_under(sentence, &unit.section, &issuer));
                // A lead-in that binds by itself is a row too ("The offeror shall
                // submit a price quotation that includes:", "Please send a proposal
                // that includes the following:"); a label ("Einzureichende
                // Nachweise:") or a verb left for the items ("the consultant will:")
                // is not.
                // A table's header row ("Requisito N°: Descripción Se debe adjuntar
                // Papel/Electrónica") is no statement either.
                let header_row = !ends_colon
                    && sentences.len() == 1
                    && !sentence.trim_end().ends_with(['.', '!', '?', ';', ','])
                    && all
                        .get(at + 1)
                        .is_some_and(|n| n.text.starts_with(|c: char| c.is_ascii_digit()));
                match reading::reading(sentence) {
                    Some(r)
                        if r.shape != Shape::NonModal
                            && !HANGING_VERB.is_match(sentence)
                            && !header_row => {}
                    _ => continue,
                }
            }
            // The issuer's own acts ("La DINUM assure …"), but for its rejections.
            if let Some(r) =
                reading::reading(sentence).or_else(|| reading::after_antecedent(sentence, previous))
                && (!reading::work_future(&r, sentence, previous)
                    || asks_for_the_work(&unit.section))
                && (r.name == "will"
                    || reading::issuer_asks(sentence)
                    || reading::issuer_receives(sentence)
                    || !issuer.opens(reading::main_clause(sentence)))
            {
                m.push(unit, sentence, r, "");
            } else if units::specifies_a_lot(&unit.section, sentence)
                && !reading::binds_nobody(sentence)
                && !reading::issuer_speaks(sentence)
            {
                // A lot's specification without a verb ("Colour: black or grey")
                // is what the goods must be.
                m.push(
                    unit,
                    sentence,
                    Reading::new("required", true, Shape::NonModal),
                    "",
                );
            }
        }
    }
    Ok((m.rows, m.left_out))
}

/// A requirement box's number on a line of its own ("Requirement no. 12",
/// "Exigence n°4", "Requisito n.º 6", "Anforderung Nr. 5", "Exigence n°xx").
static BOX_LABEL: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)^\W*(?:requirement|req|exigence|exigencia|exigência|requisito|requerimiento|anforderung)\s*(?:n°|nº|n\.º|n\.°|n\.|no\.?|nr\.?|núm\.?|num\.?|#)?\s*(?:\d+(?:\.\d+)*[a-z]?|x{1,3})\W*$",
    )
});

/// Whether an item is a requirement box's number (see [`BOX_LABEL`]).
fn box_label(item: &str) -> bool {
    BOX_LABEL.is_match(clean(item))
}

/// Whether an item after a box's number is the box's title: a few words without a
/// verb that binds ("Boat reservations", "Gestion des tarifs").
fn box_title(item: &str) -> bool {
    let text = clean(item);
    text.split_whitespace().count() <= 10
        && !text.starts_with('|')
        && !text.ends_with(['.', '!', '?'])
        && reading::reading(text).is_none()
}

/// The kind of mark an item opens with: items of one list share it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum MarkKind {
    /// No mark (an item of a list without marks).
    None,
    Number,
    Roman,
    Lower,
    Upper,
    Bullet(char),
}

/// The kind of `item`'s mark ("a." and "i." are told apart by the numerals; "v."
/// and "x." are numerals too).
fn mark_kind(item: &str) -> MarkKind {
    let Some(mark) = units::ITEM_MARK.find(item) else {
        // A table's row numbered without a stop ("1 Anexo IV").
        return if item.starts_with(|c: char| c.is_ascii_digit()) {
            MarkKind::Number
        } else {
            MarkKind::None
        };
    };
    let token = mark
        .as_str()
        .trim()
        .trim_start_matches('(')
        .trim_end_matches(['.', ')']);
    let Some(first) = token.chars().next() else {
        return MarkKind::None;
    };
    let roman = token.chars().all(|c| "ivxIVX".contains(c));
    if first.is_ascii_digit() {
        MarkKind::Number
    } else if roman {
        MarkKind::Roman
    } else if first.is_lowercase() {
        MarkKind::Lower
    } else if first.is_uppercase() {
        MarkKind::Upper
    } else {
        MarkKind::Bullet(first)
    }
}

/// Whether an item leads in the items after it: it ends in a colon, or it is left
/// open and the next item goes on with it ("• The sample bears a tag with" / "I. the
/// bidder's name,").
fn leads_in(body: &str, next: &str) -> bool {
    let body = body.trim_end().trim_end_matches(['*', '_']);
    if body.ends_with(':') {
        return true;
    }
    let next = units::ITEM_MARK
        .find(next)
        .map_or(next, |mark| &next[mark.end()..])
        .trim();
    !body.ends_with(['.', '!', '?', ';', ','])
        && (next.ends_with([',', ';']) || next.starts_with(char::is_lowercase))
}

/// The list an item leads in ("• The sample bears a tag with", then "I. …", "II.
/// …"): its items take the item's own obligation, or the outer list's.
fn item_lead_in(body: &str, outer: Option<&List>) -> Option<List> {
    let last = statement_sentences(body).pop().unwrap_or(body);
    let reading = reading::reading(last)
        .map(|r| Reading::new(r.name, r.mandatory, Shape::ListItem))
        .or(outer.and_then(|l| l.reading));
    Some(List {
        reading,
        lead_in: last.to_owned(),
    })
}

/// The rows of a list item: the whole item when the list binds it or it binds
/// itself.
fn item_rows(m: &mut Matrix, unit: &units::Unit, sentences: &[&str], list: Option<&List>) {
    let whole = unit.text.as_str();
    // "Familiarity with the region is a plus": its first clause says it binds nobody.
    // Only the first sentence is read for it: a later one that says what is not needed
    // ("… Each sample need not be signed.") leaves the first binding.
    let first = sentences.first().copied().unwrap_or(whole);
    let first_clause = first.split(';').next().unwrap_or(first);
    let lead_in = list.map_or("", |l| l.lead_in.as_str());
    // A permission the bidder is given ("Applicants may act alone or with partners")
    // binds nobody, whatever the heading over it; under a lead-in, the lead-in decides.
    if reading::binds_nobody(first_clause)
        || (list.is_none() && reading::only_permits(first_clause))
        || reading::issuer_speaks_before_modal(clean(whole))
    {
        later_sentences(m, unit, sentences, lead_in);
        return;
    }
    let own = sentences.iter().find_map(|s| reading::reading(s));
    let from_list = match list {
        Some(l) => l.reading,
        // A heading's items need a few words to say something ("Marque blanche"
        // under "Exigence n°1" is the requirement's name).
        None if headings_announce(&unit.section) && whole.split_whitespace().count() >= 4 => {
            Some(Reading::new("required", true, Shape::ListItem))
        }
        // (An item that binds by its own verb keeps its verb's reading.)
        None if own.is_none() && heading_binds_items(&unit.section, whole) => {
            Some(Reading::new("required", true, Shape::ListItem))
        }
        // A task under a heading that names the work or the profile asked ("Activités
        // à réaliser" / "Cartographier les dépôts …").
        None if own.is_none() && tasks::heading_binds_task(&unit.section, whole) => {
            Some(Reading::new("required", true, Shape::ListItem))
        }
        // A lot's specification without a verb ("Colour: black or grey").
        None if units::specifies_a_lot(&unit.section, whole) => {
            Some(Reading::new("required", true, Shape::ListItem))
        }
        None => None,
    };
    // A line without a mark that opens with a task's verb right under background or
    // objectives states the issuer's aim ("Objectifs du projet" / "Développer l'offre
    // de transport …"), not a duty.
    if list.is_none()
        && from_list.is_none()
        && !units::ITEM_MARK.is_match(whole)
        && tasks::under_description(&unit.section, whole)
    {
        return;
    }
    let Some(r) = from_list.or(own) else {
        return;
    };
    // An item whose later sentence binds nobody ("No partial delivery shall be
    // accepted. Payment is made on receipt.") is no one row: its binding sentences are.
    let mixed = sentences.iter().skip(1).any(|s| reading::binds_nobody(s));
    if whole.chars().count() <= MAX_REQUIREMENT_CHARS && !mixed {
        m.push(unit, whole, r, lead_in);
        return;
    }
    // Too long for one row, or mixed: its sentences, the first with the list's
    // modality.
    for (i, s) in sentences.iter().enumerate() {
        let r = if i == 0 {
            Some(r)
        } else {
            reading::reading(s).or_else(|| {
                (units::specifies_a_lot(&unit.section, s) && !reading::binds_nobody(s))
                    .then(|| Reading::new("required", true, Shape::ListItem))
            })
        };
        if let Some(r) = r {
            m.push(unit, s, r, lead_in);
        }
    }
}

/// The sentences after the first of an item whose first binds nobody ("Payment is
/// made on delivery. No partial delivery shall be accepted."): each that binds by
/// itself is a row; the list's obligation does not reach them.
fn later_sentences(m: &mut Matrix, unit: &units::Unit, sentences: &[&str], lead_in: &str) {
    for s in sentences.iter().skip(1) {
        if let Some(r) = reading::reading(s) {
            m.push(unit, s, r, lead_in);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_requirement_boxs_number_and_title_are_no_rows() {
        for label in [
            "Requirement no. 12",
            "Exigence n°4",
            "Exigence n°xx",
            "Requisito n.º 6",
            "Requisito 3",
            "Anforderung Nr. 5",
        ] {
            assert!(box_label(label), "{label}");
        }
        for item in [
            "Requirement 3 applies to every lot",
            "Formulaire 3",
            "Exigence de sécurité",
        ] {
            assert!(!box_label(item), "{item}");
        }
        assert!(box_title("Gestion des tarifs"));
        assert!(!box_title("Le titulaire devra paramétrer les tarifs."));
    }

    fn modal_of(s: &str) -> Option<(&'static str, bool)> {
        modality(s).map(|m| (m.name, m.mandatory))
    }

    #[test]
    fn modals_are_read_in_the_six_languages() {
        for (sentence, want) in [
            (
                "The bidder shall provide three references.",
                ("shall", true),
            ),
            ("Applicants must be registered charities.", ("must", true)),
            ("A bid bond is required.", ("required", true)),
            ("Late proposals will not be considered.", ("will", true)),
            ("Proposals should include a logic model.", ("should", false)),
            (
                "Each organisation may submit only one proposal.",
                ("must", true),
            ),
            ("Le dossier doit être rédigé en français.", ("must", true)),
            (
                "Les offres devront parvenir avant le 3 mars.",
                ("shall", true),
            ),
            ("La garantie est obligatoire.", ("required", true)),
            (
                "La oferta deberá presentarse en sobre cerrado.",
                ("shall", true),
            ),
            ("Los licitadores deben acreditar solvencia.", ("must", true)),
            (
                "A proposta deve ser apresentada em português.",
                ("must", true),
            ),
            ("É obrigatório o registo no portal.", ("required", true)),
            (
                "La domanda dovrà essere firmata digitalmente.",
                ("shall", true),
            ),
            (
                "I partecipanti devono essere persone giuridiche.",
                ("must", true),
            ),
            (
                "Das Angebot muss in deutscher Sprache verfasst sein.",
                ("must", true),
            ),
            ("Ein Nachweis ist erforderlich.", ("required", true)),
            (
                "Activities in the capital are not eligible.",
                ("required", true),
            ),
        ] {
            assert_eq!(modal_of(sentence), Some(want), "{sentence}");
        }
    }

    #[test]
    fn definitions_self_descriptions_and_the_issuers_undertakings_are_not_requirements() {
        for sentence in [
            "“Applicant” means any organisation that submits a proposal and must be registered.",
            "This section will describe the evaluation process that applicants must follow.",
            "The Agency will notify all applicants by 30 April.",
            "The Foundation shall publish the answers on its website.",
            "Answers to all questions will be published on the portal.",
            "The programme aims to help 2,000 adults.",
            "The purpose of this request is to establish a framework contract.",
            "Mustard seed farmers are the target group.",
            // A permission binds nobody.
            "Applicants may attach letters of support.",
            // What the bidder receives is no duty of theirs.
            "Les structures lauréates bénéficient d'un accompagnement personnalisé.",
            "The successful applicants receive a grant of up to five thousand euros.",
            "Las entidades beneficiarias reciben un anticipo del cincuenta por ciento.",
            "Der ausgewählte Bewerber erhält einen Vertrag über zwölf Monate.",
        ] {
            assert_eq!(modal_of(sentence), None, "{sentence}");
        }
        // A rejection binds even when the issuer is its subject.
        assert_eq!(
            modal_of("The committee will not be considered bound by late offers."),
            Some(("will", true))
        );
    }

    #[test]
    fn ids_are_stable_and_ignore_spacing_but_not_the_section() {
        let a = requirement_id("4. Eligibility", "Applicants must be  registered.");
        assert_eq!(
            a,
            requirement_id("4. Eligibility", "applicants must be registered.")
        );
        assert_ne!(
            a,
            requirement_id("5. Submission", "Applicants must be registered.")
        );
        assert!(a.starts_with("REQ-") && a.len() == 12, "{a}");
    }

    #[test]
    fn categories_come_from_the_statement_then_its_section() {
        assert_eq!(
            category_of("Proposals must be submitted through the portal.", ""),
            "submission"
        );
        assert_eq!(
            category_of("Proposals must not exceed 15 pages.", ""),
            "format"
        );
        assert_eq!(
            category_of("Applicants must be legally registered.", ""),
            "eligibility"
        );
        assert_eq!(
            category_of("Co-financing of 10% is required.", ""),
            "financial"
        );
        assert_eq!(
            category_of("It must run for two years.", "4. Eligibility"),
            "eligibility"
        );
        assert_eq!(
            category_of("It must use open standards.", "Scope of work"),
            "technical"
        );
        for c in CATEGORIES {
            assert!(c.chars().all(|c| c.is_ascii_lowercase()));
        }
    }

    #[test]
    fn obligations_without_a_modal_verb_are_read_in_the_six_languages() {
        for (sentence, want) in [
            // Imperatives.
            (
                "Attach a certified copy of the business licence.",
                ("must", true),
            ),
            (
                "Quote the unit price and the brand of each item.",
                ("must", true),
            ),
            (
                "Veuillez fournir la liste des références similaires.",
                ("must", true),
            ),
            (
                "Indique el plazo de entrega en días hábiles.",
                ("must", true),
            ),
            (
                "Bitte senden Sie das Formular unterschrieben zurück.",
                ("must", true),
            ),
            // Obligations in the indicative or the passive infinitive.
            (
                "A valid tax clearance certificate is required.",
                ("required", true),
            ),
            (
                "Insurance cover is a mandatory requirement.",
                ("required", true),
            ),
            (
                "All invoices are to be addressed to the finance office.",
                ("required", true),
            ),
            // "Be to" with the bidder as its subject; a purpose's "is to" binds nobody
            // (below).
            (
                "Offerors are to communicate only with the procurement officer.",
                ("required", true),
            ),
            ("Bidders are not to contact the evaluators.", ("must", true)),
            (
                "The work is expected to be completed within six months.",
                ("required", true),
            ),
            (
                "É necessário apresentar o certificado de registo.",
                ("required", true),
            ),
            (
                "Il est demandé au prestataire un planning détaillé.",
                ("required", true),
            ),
            (
                "Es obligatorio adjuntar la póliza de seguro.",
                ("required", true),
            ),
            (
                "Die Nachweise sind mit dem Angebot vorzulegen.",
                ("required", true),
            ),
            (
                "Le soumissionnaire joint à son offre un mémoire technique.",
                ("required", true),
            ),
            // The bidder as an adjective after its noun, or a noun after its
            // adjective, a parenthesis before the verb.
            (
                "Les structures lauréates fournissent un bilan d'activité chaque trimestre.",
                ("required", true),
            ),
            (
                "L'association candidate (ou son mandataire) transmet les pièces justificatives.",
                ("required", true),
            ),
            (
                "La sociedad adjudicataria presenta un informe mensual de actividades.",
                ("required", true),
            ),
            (
                "A associação beneficiária apresenta o plano de trabalho detalhado.",
                ("required", true),
            ),
            (
                "L'ente beneficiario trasmette una relazione finale entro giugno.",
                ("required", true),
            ),
            (
                "The successful bidder provides a performance bond within ten days.",
                ("required", true),
            ),
            (
                "Der ausgewählte Bieter legt die Nachweise innerhalb einer Woche vor.",
                ("required", true),
            ),
            (
                "It is expected that the consultant travels to each site.",
                ("required", true),
            ),
            (
                "Se espera que el contratista asista a las reuniones mensuales.",
                ("required", true),
            ),
            (
                "Espera-se que o contratado participe das reuniões mensais.",
                ("required", true),
            ),
            (
                "Si richiede che il fornitore nomini un referente.",
                ("required", true),
            ),
            (
                "Es wird erwartet, dass der Auftragnehmer monatlich berichtet.",
                ("required", true),
            ),
            (
                "Executive summary: Submit a summary of two pages at most.",
                ("must", true),
            ),
            // Undertakings and future duties of the bidder (typographic apostrophes
            // too).
            (
                "Les structures lauréates s’engagent à transmettre un bilan annuel.",
                ("shall", true),
            ),
            (
                "The Contractor agrees to keep all records for five years.",
                ("shall", true),
            ),
            (
                "The supplier is responsible for the transport of the goods.",
                ("shall", true),
            ),
            (
                "El adjudicatario se compromete a mantener los precios.",
                ("shall", true),
            ),
            (
                "Le titulaire s'engage à respecter la charte graphique.",
                ("shall", true),
            ),
            (
                "The consultant will deliver a draft report by week four.",
                ("will", true),
            ),
            // Prohibitions and consequences.
            ("Partial offers will not be permitted.", ("must", true)),
            (
                "Empresas estrangeiras não podem participar do certame.",
                ("must", true),
            ),
            (
                "Os documentos não podem ser enviados por e-mail.",
                ("must", true),
            ),
            (
                "O proponente precisa apresentar dois orçamentos.",
                ("must", true),
            ),
            (
                "Failure to sign the form may result in disqualification.",
                ("may", true),
            ),
            (
                "Bids without a security may be deemed non-responsive.",
                ("may", true),
            ),
        ] {
            assert_eq!(modal_of(sentence), Some(want), "{sentence}");
        }
    }

    #[test]
    fn the_issuers_undertakings_rights_and_descriptions_bind_nobody() {
        for sentence in [
            "The County reserves the right to reject any offer.",
            "The Authority will notify the successful tenderer in writing.",
            "O comitê poderá solicitar esclarecimentos.",
            "Site visits may be arranged by the City on request.",
            "The portal can host files of any size.",
            "Oral explanations shall not bind the Authority.",
            "Knowledge of Swahili is a plus.",
            "A qualified electronic signature is not required.",
            "Le maître d'ouvrage fournira les plans du bâtiment.",
            "The consultant will be paid monthly.",
            "Der Auftraggeber behält sich vor, Teilleistungen zu vergeben.",
            "Work Location: Nairobi, Kenya",
            "L’acheteur se réserve le droit d’annuler la procédure.",
        ] {
            assert_eq!(modal_of(sentence), None, "{sentence}");
        }
    }

    #[test]
    fn the_issuer_setting_aside_papers_that_fail_binds_in_six_languages() {
        for sentence in [
            "The panel rejects applications that arrive after the deadline.",
            "Le jury écarte les dossiers incomplets ou hors délai.",
            "La mesa descarta las ofertas que superen el presupuesto.",
            "La commissione scarta le domande prive della firma.",
            "A comissão desclassifica as propostas sem assinatura.",
            "Angebote, die nach der Frist eingehen, werden vom Verfahren ausgeschlossen.",
        ] {
            assert_eq!(modal_of(sentence), Some(("will", true)), "{sentence}");
        }
    }

    /// The matrix's texts of `text` when the document's issuer is `issuer`.
    fn texts_with_issuer(text: &str, issuer: &str) -> Vec<String> {
        let stop = StopFlag::default();
        let pages = [text];
        let lines = crate::text::lines(&pages, &stop).unwrap();
        requirements(&lines, Some(issuer), &crate::Layout::new(), &stop)
            .unwrap()
            .0
            .iter()
            .map(|r| r["text"].as_str().unwrap().to_owned())
            .collect()
    }

    #[test]
    fn the_issuers_name_is_found_as_whole_words_only() {
        let names = re("(?i:water office)|WO");
        let found = |text: &str| {
            whole_words(&names, text)
                .map(|m| m.as_str().to_owned())
                .collect::<Vec<_>>()
        };
        assert_eq!(
            found("WO. The WATER OFFICE, not SWO nor WOS; (WO) éWO WO2 WO WO"),
            ["WO", "WATER OFFICE", "WO", "WO", "WO"]
        );
        assert!(found("").is_empty());
    }

    #[test]
    fn the_issuer_named_by_its_acronym_speaks_for_itself_in_six_languages() {
        for (issuer, text, issuers, bidders) in [
            (
                "Office of Rural Water",
                "The Office of Rural Water (ORW) runs the grant scheme.\n\nAt the close of the call, ORW will:\n- screen every application received\n- publish the list of grantees\n\nORW undertakes to answer questions within five days.\n\nApplicants must send their budget to ORW by 3 May.\n",
                [
                    "screen every application received",
                    "ORW undertakes to answer questions within five days.",
                ],
                ["Applicants must send their budget to ORW by 3 May."],
            ),
            (
                "Agence régionale de l'eau",
                "L'Agence régionale de l'eau (ARE) pilote le dispositif.\n\nÀ la clôture de l'appel, l'ARE :\n- examine chaque dossier reçu\n- publie la liste des lauréats\n\nL'ARE s'engage à répondre aux questions sous cinq jours.\n\nLe candidat doit transmettre son budget à l'ARE avant le 3 mai.\n",
                [
                    "examine chaque dossier reçu",
                    "L'ARE s'engage à répondre aux questions sous cinq jours.",
                ],
                ["Le candidat doit transmettre son budget à l'ARE avant le 3 mai."],
            ),
            (
                "Agencia Regional del Agua",
                "La Agencia Regional del Agua (ARA) gestiona el programa.\n\nAl cierre de la convocatoria, la ARA:\n- examina cada solicitud recibida\n- publica la lista de beneficiarios\n\nLa ARA se compromete a responder las consultas en cinco días.\n\nEl solicitante debe enviar su presupuesto a la ARA antes del 3 de mayo.\n",
                [
                    "examina cada solicitud recibida",
                    "La ARA se compromete a responder las consultas en cinco días.",
                ],
                ["El solicitante debe enviar su presupuesto a la ARA antes del 3 de mayo."],
            ),
            (
                "Agência Regional da Água",
                "A Agência Regional da Água (ARAG) gere o programa.\n\nNo fecho do concurso, a ARAG:\n- examina cada candidatura recebida\n- publica a lista de beneficiários\n\nA ARAG compromete-se a responder às perguntas em cinco dias.\n\nO proponente deve enviar o orçamento à ARAG até 3 de maio.\n",
                [
                    "examina cada candidatura recebida",
                    "A ARAG compromete-se a responder às perguntas em cinco dias.",
                ],
                ["O proponente deve enviar o orçamento à ARAG até 3 de maio."],
            ),
            (
                "Agenzia Regionale delle Acque",
                "L'Agenzia Regionale delle Acque (ARPA) gestisce il bando.\n\nAlla chiusura del bando, l'ARPA:\n- esamina ogni domanda ricevuta\n- pubblica l'elenco dei beneficiari\n\nL'ARPA si impegna a rispondere ai quesiti entro cinque giorni.\n\nIl richiedente deve inviare il bilancio all'ARPA entro il 3 maggio.\n",
                [
                    "esamina ogni domanda ricevuta",
                    "L'ARPA si impegna a rispondere ai quesiti entro cinque giorni.",
                ],
                ["Il richiedente deve inviare il bilancio all'ARPA entro il 3 maggio."],
            ),
            (
                "Landesamt für Wasser",
                "Das Landesamt für Wasser (LAW) betreut das Programm.\n\nNach Ende der Frist wird das LAW:\n- jeden eingegangenen Antrag prüfen\n- die Liste der Zuwendungsempfänger veröffentlichen\n\nDas LAW verpflichtet sich, Fragen binnen fünf Tagen zu beantworten.\n\nDer Antragsteller muss das Budget vor Ende Mai an das LAW senden.\n",
                [
                    "jeden eingegangenen Antrag prüfen",
                    "Das LAW verpflichtet sich, Fragen binnen fünf Tagen zu beantworten.",
                ],
                ["Der Antragsteller muss das Budget vor Ende Mai an das LAW senden."],
            ),
        ] {
            let got = texts_with_issuer(text, issuer);
            for t in issuers {
                assert!(!got.iter().any(|g| g == t), "{issuer}: {got:?}");
            }
            for t in bidders {
                assert!(got.iter().any(|g| g == t), "{issuer}: {got:?}");
            }
        }
    }

    #[test]
    fn sentences_are_not_cut_at_abbreviations() {
        assert_eq!(
            statement_sentences("Use open formats, e.g. CSV or JSON. Submit by May."),
            ["Use open formats, e.g. CSV or JSON.", "Submit by May."]
        );
        assert_eq!(
            statement_sentences("See para. 4 and No. 12 of the annex. Then sign."),
            ["See para. 4 and No. 12 of the annex.", "Then sign."]
        );
    }

    #[test]
    fn an_annex_letter_and_a_clock_time_end_a_sentence() {
        assert_eq!(
            statement_sentences(
                "Quote the price in the form of Appendix B. Proposals must be signed."
            ),
            [
                "Quote the price in the form of Appendix B.",
                "Proposals must be signed."
            ]
        );
        assert_eq!(
            statement_sentences("Joindre le formulaire de l'Annexe C. Les offres sont signées."),
            [
                "Joindre le formulaire de l'Annexe C.",
                "Les offres sont signées."
            ]
        );
        assert_eq!(
            statement_sentences(
                "Clean the offices between 6:00 p.m. and 10:00 p.m. The Contractor shall supply the products."
            ),
            [
                "Clean the offices between 6:00 p.m. and 10:00 p.m.",
                "The Contractor shall supply the products."
            ]
        );
        // An initial, a part numbered in Roman numerals and a time's zone go on.
        for whole in [
            "Send it to J. Smith at the County.",
            "Read Section V. General Conditions before you sign.",
            "Proposals are due by 2:00 p.m. Eastern Time on 3 May.",
            "Proposals are due by 2:00 p.m. EST on 3 May.",
            "Proposals are due by 2:00 p.m. Ottawa time on 3 May.",
            "Insurers must hold an A.M. Best rating of A- or better.",
        ] {
            assert_eq!(statement_sentences(whole), [whole]);
        }
    }

    #[test]
    fn a_german_dates_day_ends_no_sentence() {
        assert_eq!(
            statement_sentences(
                "Die Berichte sind bis zum 3. Mai vorzulegen. Danach endet die Frist."
            ),
            [
                "Die Berichte sind bis zum 3. Mai vorzulegen.",
                "Danach endet die Frist."
            ]
        );
        assert_eq!(
            statement_sentences("Es gibt 3. Danach folgt nichts."),
            ["Es gibt 3.", "Danach folgt nichts."]
        );
    }

    fn matrix_of(pages: &[&str]) -> Vec<(String, String, bool, String)> {
        crate::analyze_pages(pages, &StopFlag::default()).unwrap()["extracted_data"]["requirements"]
            .as_array()
            .unwrap()
            .iter()
            .map(|r| {
                (
                    r["text"].as_str().unwrap().to_owned(),
                    r["modality"].as_str().unwrap().to_owned(),
                    r["mandatory"].as_bool().unwrap(),
                    r["section"].as_str().unwrap_or("").to_owned(),
                )
            })
            .collect()
    }

    #[test]
    fn lists_are_read_whole_with_any_mark_across_pages() {
        let rows = matrix_of(&[
            "HEADER OF THE TENDER\n\n## 3. Documents to submit\n\nThe offer contains:\n\n\u{f0b7} a signed cover letter;\n– the company registration certificate;\ni. a list of three similar contracts completed since 2020",
            "HEADER OF THE TENDER\n\nwith their value and client;\nii. the CV of the team leader.\n\nThe City will publish the results on its website.",
        ]);
        let texts: Vec<&str> = rows.iter().map(|r| r.0.as_str()).collect();
        assert_eq!(
            texts,
            [
                "a signed cover letter;",
                "the company registration certificate;",
                // The running header between the pages is left out.
                "a list of three similar contracts completed since 2020 with their value and client;",
                "the CV of the team leader.",
            ]
        );
        assert!(
            rows.iter()
                .all(|r| r.1 == "required" && r.2 && r.3 == "3. Documents to submit"),
            "{rows:?}"
        );
    }

    #[test]
    fn a_list_under_the_issuer_or_background_binds_nobody() {
        let rows = matrix_of(&[
            "Background\n\nThe programme has three aims:\n\n- to reduce waste;\n- to train staff.\n\nThe Agency will:\n\n- review each offer;\n- publish the results.",
        ]);
        assert!(rows.is_empty(), "{rows:?}");
    }

    #[test]
    fn when_the_bidders_papers_are_due_binds_in_six_languages() {
        for sentence in [
            "Quotes are due by 3 pm on the closing day.",
            "Applications are due no later than the date above.",
            "Les offres sont attendues au plus tard le 4 avril.",
            "Les candidatures seront reçues jusqu'au 4 avril à midi.",
            "Las propuestas se recibirán hasta el 4 de abril.",
            "As propostas serão recebidas até 4 de abril.",
            "Le offerte saranno ricevute entro il 4 aprile.",
            "Angebote werden bis zum 4. April um 12 Uhr entgegengenommen.",
        ] {
            assert!(modal_of(sentence).is_some_and(|(_, m)| m), "{sentence}");
        }
        // Money due to the bidder binds nobody.
        assert_eq!(
            modal_of("Payment is due within thirty days of the invoice."),
            None
        );
    }

    #[test]
    fn a_list_of_what_the_bidder_does_not_do_binds_nobody_in_six_languages() {
        for lead_in in [
            "The Contractor is not responsible for the following:",
            "Le prestataire n'est pas responsable des tâches suivantes :",
            "El contratista no es responsable de las tareas siguientes:",
            "O contratado não é responsável pela execução das tarefas seguintes:",
            "Il fornitore non è responsabile delle attività seguenti:",
            "Der Auftragnehmer ist für folgende Aufgaben nicht verantwortlich:",
        ] {
            let rows = matrix_of(&[&format!(
                "Tasks\n\n{lead_in}\n\n- Hosting of the platform after the pilot.\n- Repair the printers of the office."
            )]);
            assert!(rows.is_empty(), "{lead_in}: {rows:?}");
        }
    }

    #[test]
    fn the_issuers_own_acts_bind_nobody_in_six_languages() {
        for sentence in [
            "The sealed envelopes will be opened in public on the closing day.",
            "The list of shortlisted firms will be posted on the portal.",
            "Payment shall be made within thirty days of the invoice.",
            "The bid security shall be returned to unsuccessful bidders.",
            "The Director may in his discretion extend the closing date.",
            "Les plis seront ouverts en séance publique le 3 mars.",
            "Les paiements seront effectués par virement bancaire.",
            "Las ofertas serán abiertas en acto público.",
            "El pago se realizará contra factura mensual.",
            "As propostas serão abertas em sessão pública.",
            "O pagamento será efetuado em duas parcelas.",
            "Le offerte saranno aperte in seduta pubblica.",
            "Il pagamento verrà effettuato entro trenta giorni.",
            "Die Angebote werden am 3. Mai um 10 Uhr geöffnet.",
            "Die Zahlung erfolgt nach Abnahme der Leistung.",
        ] {
            assert_eq!(modal_of(sentence), None, "{sentence}");
        }
        // The bidder's own passives still bind.
        for sentence in [
            "Proposals shall be submitted in sealed envelopes.",
            "Les offres devront être remises sous pli fermé.",
            "Late bids will not be opened.",
        ] {
            assert!(modal_of(sentence).is_some(), "{sentence}");
        }
    }

    #[test]
    fn an_items_later_sentence_binds_when_its_first_is_the_issuers() {
        for (text, issuers, bidders) in [
            (
                "Terms of supply:\n\n(a) Payment shall be made on delivery. No partial delivery shall be accepted.\n(b) Prices shall be firm.",
                "Payment shall",
                "No partial delivery shall be accepted.",
            ),
            (
                "Conditions :\n\n- Les paiements seront effectués à la livraison. Le titulaire doit fournir une facture.\n- Les prix sont fermes.",
                "paiements seront",
                "Le titulaire doit fournir une facture.",
            ),
        ] {
            let rows = matrix_of(&[text]);
            assert!(!rows.iter().any(|r| r.0.contains(issuers)), "{rows:#?}");
            assert!(rows.iter().any(|r| r.0 == bidders), "{rows:#?}");
        }
    }

    #[test]
    fn a_dash_that_goes_on_with_a_sentence_is_punctuation() {
        let rows = matrix_of(&[
            "Le rapport financier doit couvrir les dépenses (hors\n— frais de personnel) et être signé.",
        ]);
        assert_eq!(rows.len(), 1, "{rows:?}");
        assert!(rows[0].0.ends_with("et être signé."), "{rows:?}");
    }

    #[test]
    fn numbered_clauses_are_their_own_sections() {
        let rows = matrix_of(&[
            "1. The Ministry invites sealed bids for the supply of pumps.\n\n2. Bids must be delivered to the address below.\n\n3. Late bids will be rejected.",
        ]);
        let sections: Vec<&str> = rows.iter().map(|r| r.3.as_str()).collect();
        assert_eq!(sections, ["2", "3"], "{rows:?}");
    }

    #[test]
    fn initials_end_no_sentence_and_soft_hyphens_leave_the_text() {
        for (text, want) in [
            (
                "Rates should be quoted F.O.R. Destination free delivery.",
                1,
            ),
            ("Send it to P.O. Box 12. The bidder signs.", 2),
            ("Le prix est F.O.B. Port de Lomé.", 1),
        ] {
            assert_eq!(statement_sentences(text).len(), want, "{text}");
        }
        for (text, want) in [
            (
                "crescita sosteni\u{ad} bile ed inclusiva",
                "crescita sostenibile ed inclusiva",
            ),
            ("grande pas\u{ad}\nsaggio", "grande passaggio"),
            ("Nachhaltig\u{ad}keit", "Nachhaltigkeit"),
            ("no soft hyphen", "no soft hyphen"),
        ] {
            assert_eq!(without_soft_hyphens(text), want);
        }
    }

    #[test]
    fn dashed_items_under_a_lead_in_without_a_colon_are_rows() {
        for (lead_in, items) in [
            (
                "Applicants are excluded who, at the time of the call, are in one of the following situations, namely applicants",
                [
                    "who are bankrupt or being wound up by a court",
                    "who have been convicted of fraud by a final judgment",
                ],
            ),
            (
                "Sont exclus les candidats qui, au moment de l'appel, se trouvent dans l'une des situations suivantes, à savoir les candidats",
                [
                    "qui sont en état de faillite ou de liquidation judiciaire",
                    "qui ont fait l'objet d'une condamnation pour fraude",
                ],
            ),
            (
                "Quedan excluidos los solicitantes que, en el momento de la convocatoria, se encuentren en una de las situaciones siguientes, es decir los solicitantes",
                [
                    "que estén en quiebra o en liquidación judicial",
                    "que hayan sido condenados por fraude en sentencia firme",
                ],
            ),
            (
                "Estão excluídos os candidatos que, no momento do convite, se encontrem numa das situações seguintes, ou seja os candidatos",
                [
                    "que estejam em situação de falência ou liquidação",
                    "que tenham sido condenados por fraude por sentença transitada",
                ],
            ),
            (
                "Sono esclusi dalla gara i concorrenti che, al momento della domanda, si trovino in una delle situazioni seguenti, ossia i concorrenti",
                [
                    "che sono in stato di fallimento o di liquidazione coatta",
                    "che hanno commesso gravi illeciti professionali accertati",
                ],
            ),
            (
                "Von der Teilnahme ausgeschlossen sind Bewerber, die sich zum Zeitpunkt des Aufrufs in einer der folgenden Lagen befinden, nämlich Bewerber",
                [
                    "die zahlungsunfähig sind oder sich in Liquidation befinden",
                    "die wegen Betrugs rechtskräftig verurteilt worden sind",
                ],
            ),
        ] {
            let page = format!(
                "HEADER\n\n2. Exclusion\n\n{lead_in}\n\n— {},\n\n— {}.",
                items[0], items[1]
            );
            let rows = matrix_of(&[page.as_str()]);
            for item in items {
                assert!(
                    rows.iter().any(|r| r.0.starts_with(item) && r.2),
                    "{item}: {rows:?}"
                );
            }
        }
    }
}
