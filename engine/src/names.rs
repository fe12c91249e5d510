//! Title and issuer: what is procured or funded, and who asks.
//!
//! The **title** is the subject of the call, looked for near the top of the document
//! in this order: a labelled field (`title:`, "Funding Opportunity Title", "Objeto
//! del contrato"…); the subject a document-type line names ("Request for Proposals
//! for X", "Appel à projets : X", "PWS for X"); the line next to a document-type line
//! that says only what kind of document it is ("TERMES DE REFERENCE" then the
//! subject; the subject then "Request for Quote"); else the first substantive heading.
//! Running headers and footers (lines repeated on several pages), page numbers,
//! numbered section headings ("1. Background"), reference numbers, dates, addresses
//! and organisation names are never the title.
//!
//! The **issuer** is the organisation's name: a labelled field ("Issued by",
//! "Contracting Authority", "Pouvoir adjudicateur", "Órgano de contratación",
//! "Participating Organization(s)"…), else a line near the top that is an
//! organisation's name, else an organisation named in the first sentences ("The X
//! Alliance (XA) is pleased to announce…"). Never a URL, an e-mail address or an
//! address line.

use std::collections::HashMap;
use std::sync::LazyLock;

use regex::Regex;
use serde_json::{Value, json};

use super::text::{Line, NUMBERED_HEADING, quote_line, re};
use crate::limits::{MAX_VALUE_CHARS, cap_chars};

/// How many lines from the top the title and issuer are looked for in.
const TOP_LINES: usize = 60;
/// How many lines an organisation named in a sentence is looked for in.
const SENTENCE_LINES: usize = 400;
/// How much of the document an organisation's mentions are counted in, in bytes.
const MENTION_TEXT_BYTES: usize = 256 * 1024;
/// How many distinct names have their mentions counted.
const MAX_COUNTED: usize = 200;

/// Phrases that name the kind of document.
static DOC_TYPE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:requests? for (?:proposals?|quotations?|quotes?|applications?|information|tenders?|expressions? of interest)|calls? for (?:proposals?|applications?|tenders?|expressions? of interest|projects)|invitation (?:to|for) (?:tender|bid)s?|notice of funding opportunity|funding opportunity announcement|terms of reference|performance work statement|statement of work|scope of work|program solicitation|programme solicitation|solicitation|tender(?: no\.?| notice| document)?|rf[pqai]\b|tor\b|pws\b|sow\b|appels? (?:à|a) (?:projets|propositions|candidatures|manifestation d'intérêt)|appel d'offres|avis d'appel (?:d'offres|public)|termes de r[ée]f[ée]rence|cahier des (?:charges|clauses (?:techniques|administratives)(?: particuli[èe]res)?)|dossier de consultation|invito a presentare proposte|bando(?: di gara)?|avviso pubblico|capitolato(?: tecnico| d'oneri)?|convocatoria|pliego de (?:cl[áa]usulas (?:administrativas )?particulares|prescripciones t[ée]cnicas(?: particulares)?)|licitaci[óo]n|edital|chamada p[úu]blica|termos de refer[êe]ncia|ausschreibung|aufruf zur einreichung|leistungsbeschreibung|guidelines for (?:grant )?applicants|(?:proposal )?evaluation form|application form|formulaire de candidature)\b",
    )
});

/// A document-type word that names a form's field: "RFP Number", "Tender No.".
static DOC_TYPE_FIELD: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"\b(?:rf[pqai]|tender|solicitation|bando|licitaci[óo]n)\s*(?:number|no\b|n°|nº|#|reference|ref\b)\.?\s*[:_]",
    )
});

/// What may follow a document-type phrase before its subject: an acronym in
/// brackets, a separator.
static DOC_TYPE_TAIL: LazyLock<Regex> =
    LazyLock::new(|| re(r#"^[\s"«“]*(?:\([^)]{1,12}\))?[\s]*[:–—-]?[\s"«“]*"#));

/// A labelled title: the label, then the value on the same line or the next.
static TITLE_LABEL: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)^(?:title|funding opportunity title|project title|opportunity title|titre(?: du projet)?|intitulé|t[íi]tulo(?: del proyecto| do projeto)?|titolo(?: del progetto)?|titel|objeto del contrato|objeto|objet(?: du march[ée]| de la consultation)?|oggetto(?: dell'appalto)?|gegenstand)\s*[:：]?\s*(.*)$",
    )
});

/// A labelled issuer.
static ISSUER_LABEL: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)^(?:contracting (?:authority|agency|entity)|issued by|issuing (?:agency|office|organi[sz]ation|authority)|agency|organi[sz]ation|buyer|donor|funder|funded by|funding (?:agency|organi[sz]ation)|sponsor|participating organi[sz]ations?(?:\(s\))?|pouvoir adjudicateur|ma[îi]tre d'ouvrage|acheteur|autorit[ée] contractante|entit[ée] adjudicatrice|entidad (?:contratante|adjudicadora)|[óo]rgano de contrataci[óo]n|poder adjudicador|amministrazione aggiudicatrice|stazione appaltante|ente appaltante|entidade (?:contratante|adjudicante)|[óo]rg[ãa]o (?:contratante|gerenciador)|auftraggeber(?:in)?|vergabestelle|ausschreibende stelle)(?:\s*[:：]\s*(.*)|\s*)$",
    )
});

/// Words organisations' names have, in the six languages.
const ORG_WORDS: &[&str] = &[
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
    "institutes",
    "alliance",
    "association",
    "organization",
    "organisation",
    "directorate",
    "division",
    "bureau",
    "centre",
    "center",
    "corporation",
    "company",
    "inc",
    "ltd",
    "llc",
    "network",
    "society",
    "trust",
    "government",
    "state of",
    "republic",
    "county",
    "city of",
    "municipality",
    "ministère",
    "ministre",
    "direction",
    "agence",
    "conseil",
    "fondation",
    "commune",
    "région",
    "institut",
    "université",
    "équipe",
    "ministerio",
    "consejería",
    "fundación",
    "fundacion",
    "ayuntamiento",
    "junta",
    "xunta",
    "generalitat",
    "diputación",
    "agencia",
    "instituto",
    "universidad",
    "ministério",
    "secretaria",
    "fundação",
    "prefeitura",
    "agência",
    "ministero",
    "commissione",
    "regione",
    "comune",
    "provincia",
    "agenzia",
    "fondazione",
    "università",
    "ministerium",
    "bundesamt",
    "stiftung",
    "behörde",
    "kommission",
    "agentur",
    "landesamt",
    "european",
    "europea",
    "européenne",
    "europäische",
    "national",
    "nacional",
    "nationale",
    "nazionale",
    "federal",
    "science foundation",
    "programme des nations",
    "united nations",
    "world bank",
    "ngo",
    "s.a.",
    "gmbh",
    "sarl",
];

/// Headings that are never a title.
const GENERIC_HEADINGS: &[&str] = &[
    "background",
    "introduction",
    "overview",
    "purpose",
    "summary",
    "contents",
    "table of contents",
    "sommaire",
    "índice",
    "indice",
    "contexte",
    "contexto",
    "contesto",
    "hintergrund",
    "inhalt",
    "inhaltsverzeichnis",
    "portada",
    "cover",
    "general information",
    "general conditions",
    "definitions",
    "objectives",
    "objetivos",
    "objectifs",
    "obiettivi",
    "mission",
    "scope",
    "preamble",
    "préambule",
    "annex",
    "attachment",
    "appendix",
    "skip to main content",
    "main content",
    "print this page",
    "menu",
    "search",
    "home",
    "document information",
];

/// Short words that continue a title onto the next line when it ends or starts with one.
const JOINERS: &[&str] = &[
    "of", "for", "the", "and", "to", "in", "on", "a", "an", "de", "des", "du", "la", "le", "les",
    "et", "pour", "d'une", "d'un", "del", "el", "los", "las", "y", "para", "en", "do", "da", "dos",
    "das", "e", "per", "di", "della", "delle", "dei", "il", "für", "von", "der", "die", "und",
    "zur", "zum",
];

/// Words of three letters or more, without digits (a reference number is not a word).
fn letter_words(text: &str) -> usize {
    text.split_whitespace()
        .filter(|w| {
            w.chars().filter(|c| c.is_alphabetic()).count() >= 3
                && !w.chars().any(|c| c.is_ascii_digit())
        })
        .count()
}

/// Names are written in capitals: most of the longer words start with one.
fn title_cased(text: &str) -> bool {
    let long: Vec<&str> = text
        .split_whitespace()
        .filter(|w| w.chars().filter(|c| c.is_alphabetic()).count() >= 4)
        .collect();
    let capitalised = long
        .iter()
        .filter(|w| {
            w.trim_start_matches(['(', '"', '“', '«'])
                .starts_with(char::is_uppercase)
        })
        .count();
    !long.is_empty() && capitalised * 10 >= long.len() * 7
}

/// A "Label: value" line ("From: …", "In Reply Refer To: …").
fn is_field_line(text: &str) -> bool {
    text.find(':')
        .is_some_and(|i| i < 30 && i + 1 < text.trim_end().len())
}

fn is_generic(text: &str) -> bool {
    let lower = text.to_lowercase();
    let bare = lower.trim_matches(|c: char| !c.is_alphanumeric());
    GENERIC_HEADINGS.iter().any(|g| {
        bare == *g || (text.split_whitespace().count() <= 4 && bare.starts_with(&format!("{g} ")))
    })
}

fn is_org_line(text: &str) -> bool {
    let lower = format!(" {} ", text.to_lowercase());
    text.split_whitespace().count() <= 14
        && !text.contains(['@', ':'])
        && !text.starts_with(|c: char| c.is_lowercase() || matches!(c, '-' | '•' | '*'))
        && title_cased(text)
        && ![" front office", " back office", " box office"]
            .iter()
            .any(|w| lower.contains(w))
        && super::dates::dates(text, super::dates::Convention::DayFirst).is_empty()
        && ![
            " is ",
            " are ",
            " will ",
            " has ",
            " have ",
            " was ",
            " est ",
            " sont ",
            " es ",
            " son ",
            " è ",
            " sono ",
            " ist ",
            " sind ",
            " official website",
        ]
        .iter()
        .any(|v| lower.contains(v))
        && !lower.contains("http")
        && has_org_word(&lower)
}

/// Whether `lower` (lower case, padded with spaces) has an organisation word as a
/// word of its own (or a phrase of them).
fn has_org_word(lower: &str) -> bool {
    let words: Vec<&str> = lower
        .split(|c: char| !(c.is_alphanumeric() || c == '.'))
        .map(|w| w.trim_end_matches('.'))
        .filter(|w| !w.is_empty())
        .collect();
    ORG_WORDS.iter().any(|w| {
        if w.contains(' ') {
            lower.contains(w)
        } else {
            words.contains(w)
        }
    })
}

/// A line that is an organisation's name and nothing else: an organisation word
/// first or last ("Ministry of Health", "World Bank – Tanzania Country Office"), not
/// a subject that mentions one ("Janitorial Services for County Office Buildings").
fn is_org_name(text: &str) -> bool {
    if !is_org_line(text) {
        return false;
    }
    let words: Vec<String> = text
        .split(|c: char| !c.is_alphanumeric() && c != '.')
        .filter(|w| w.chars().filter(|c| c.is_alphabetic()).count() >= 2)
        .filter(|w| !w.chars().all(|c| c.is_uppercase()) || w.len() > 5)
        .map(str::to_lowercase)
        .collect();
    let is_org = |w: &String| ORG_WORDS.contains(&w.as_str());
    let first = words
        .iter()
        .find(|w| !["the", "la", "le", "el", "il", "u.s."].contains(&w.as_str()));
    first.is_some_and(is_org) || words.last().is_some_and(is_org)
}

fn looks_like_address(text: &str) -> bool {
    let lower = text.to_lowercase();
    let digits = text.chars().filter(char::is_ascii_digit).count();
    (digits >= 1
        && [
            " st.",
            " street",
            " avenue",
            " ave",
            " road",
            " rue ",
            " calle",
            " via ",
            "strasse",
            "straße",
            " nw",
            " box ",
            "p.o.",
            "suite",
            "floor",
            "| washington",
        ]
        .iter()
        .any(|w| lower.contains(w)))
        || lower.starts_with("tel")
        || lower.starts_with("fax")
        || lower.starts_with("phone")
        || lower.contains("teléfono")
        || lower.contains("courriel")
        || lower.contains("correo")
}

/// A line that cannot be a title: noise, a page number, a reference, a date, a label.
fn is_noise(text: &str, repeated: &HashMap<&str, usize>) -> bool {
    let lower = text.to_lowercase();
    let lower = lower.trim();
    repeated.get(text).copied().unwrap_or(0) >= 3
        || letter_words(text) == 0
        || lower.starts_with("page ")
        || lower.starts_with("![")
        || lower.starts_with("<%")
        || lower.starts_with("http")
        || lower.contains("p a ge")
        || lower.starts_with("---")
        || lower.contains('@')
        || text.ends_with(':')
        || is_generic(text)
        || lower.contains("official website")
        || (NUMBERED_HEADING.is_match(text) && letter_words(text) <= 4)
        || looks_like_address(text)
}

/// A document-type line says nothing else: "REQUEST FOR PROPOSAL", "Tender No /2023",
/// "2023-2024 REQUEST FOR PROPOSALS", "State of Alaska Request for Proposals".
fn subject_of_doc_type_line(text: &str) -> Option<Option<&str>> {
    let m = DOC_TYPE.find(text)?;
    let rest = &text[m.end()..];
    let skip = DOC_TYPE_TAIL.find(rest).map_or(0, |t| t.end());
    let after = rest[skip..].trim();
    let after_lower = after.to_lowercase();
    let after = [
        "for ",
        "pour ",
        "para ",
        "per ",
        "für ",
        "relativas al ",
        "relativo a ",
        "de ",
    ]
    .iter()
    .find_map(|p| after_lower.starts_with(p).then(|| &after[p.len()..]))
    .unwrap_or(after);
    let substantive = letter_words(after) >= 2
        && !DOC_TYPE.is_match(after)
        && !after.trim_start().starts_with('(');
    if substantive && m.start() < 40 {
        Some(Some(after))
    } else {
        Some(None)
    }
}

/// `lines[i]` and the lines that continue it (a title wrapped onto the next lines).
fn with_continuation(lines: &[Line], i: usize) -> (String, usize) {
    let mut text = lines[i].text.to_owned();
    let mut last = i;
    while last + 1 < lines.len() && last - i < 4 && text.len() < 300 {
        let next = lines[last + 1].text;
        let ends_with_joiner = text
            .split_whitespace()
            .last()
            .is_some_and(|w| JOINERS.contains(&w.to_lowercase().as_str()));
        let starts_lower = next.starts_with(|c: char| c.is_lowercase());
        let caps_run = text
            .chars()
            .filter(|c| c.is_alphabetic())
            .all(char::is_uppercase)
            && next
                .chars()
                .filter(|c| c.is_alphabetic())
                .all(char::is_uppercase)
            && letter_words(next) >= 1
            && !DOC_TYPE.is_match(next);
        let open_paren = text.matches('(').count() > text.matches(')').count();
        let generic = is_generic(next);
        if lines[last + 1].page != lines[i].page
            || generic
            || NUMBERED_HEADING.is_match(next)
            || next.ends_with(':')
            || next.len() > 120
            || !(ends_with_joiner
                || starts_lower
                || caps_run
                || open_paren
                || next.starts_with('('))
        {
            break;
        }
        text.push(' ');
        text.push_str(next);
        last += 1;
    }
    (text, last)
}

fn clean_value(text: &str) -> String {
    let no_urls = super::text::strip_urls(text);
    let t = no_urls
        .trim()
        .trim_matches(|c: char| {
            matches!(
                c,
                '*' | '#' | ':' | '|' | '"' | '«' | '»' | '“' | '”' | ' ' | '.'
            )
        })
        .trim();
    cap_chars(t, MAX_VALUE_CHARS).to_owned()
}

fn found(value: String, quote: String) -> Option<Value> {
    (!value.is_empty()).then(|| json!({ "value": value, "quote": quote }))
}

/// Lines of the top of the document, and how often each line's text appears in the
/// whole document (running headers and footers repeat).
fn repeated<'a>(lines: &[Line<'a>]) -> HashMap<&'a str, usize> {
    let mut counts: HashMap<&str, usize> = HashMap::new();
    for l in lines.iter().filter(|l| l.text.len() <= 120) {
        *counts.entry(l.text).or_default() += 1;
    }
    counts
}

/// The title, with its quote.
pub(super) fn title(lines: &[Line]) -> Option<Value> {
    let counts = repeated(lines);
    let top = &lines[..lines.len().min(TOP_LINES)];
    // A front matter or a labelled field.
    for (i, l) in top.iter().enumerate() {
        if let Some(c) = TITLE_LABEL.captures(l.text) {
            let value = c.get(1).map_or("", |m| m.as_str()).trim();
            if letter_words(value) >= 2 && !value.ends_with(':') {
                return found(clean_value(value), quote_line(l.text));
            }
            if value.is_empty() && i + 1 < top.len() && !is_noise(top[i + 1].text, &counts) {
                let (text, last) = with_continuation(top, i + 1);
                if letter_words(&text) >= 2 && !top[i + 1].text.ends_with(':') {
                    let quote = top[i + 1..=last]
                        .iter()
                        .map(|l| l.text)
                        .collect::<Vec<_>>()
                        .join(" ");
                    return found(clean_value(&text), quote_line(&quote));
                }
            }
        }
    }
    // The subject a document-type line names, or the line beside it.
    for (i, l) in top.iter().enumerate() {
        if l.text.len() > 400
            || repeated_line(l, &counts)
            || super::text::LIST_MARK.is_match(l.text)
        {
            continue;
        }
        let Some(subject) = subject_of_doc_type_line(l.text) else {
            continue;
        };
        // "RFP Number: ___" is a field of a form, not a title line.
        let lower = l.text.to_lowercase();
        if l.text.contains("__") || DOC_TYPE_FIELD.is_match(&lower) {
            continue;
        }
        // A sentence that mentions a request for proposals is not a title line.
        let starts_with_type = DOC_TYPE.find(l.text).is_some_and(|m| m.start() <= 5);
        if l.text.split_whitespace().count() > 14 && !starts_with_type {
            continue;
        }
        if let Some(s) = subject {
            let (text, last) = with_continuation(top, i);
            let whole = if last > i {
                text.clone()
            } else {
                l.text.to_owned()
            };
            let value = if last > i {
                whole[whole.find(s).unwrap_or(0)..].to_owned()
            } else {
                s.to_owned()
            };
            if !is_org_name(&value) || letter_words(&value) > 4 {
                return found(clean_value(&value), quote_line(&whole));
            }
        }
        // The subject before the kind of document: "PRINCE 2010 — UE27 — Invito a
        // presentare proposte", "Domande e risposte sul bando ED 2008".
        if let Some(m) = DOC_TYPE.find(l.text) {
            let prefix = l.text[..m.start()]
                .trim_matches(|c: char| c.is_whitespace() || matches!(c, '—' | '–' | '-' | ':'));
            if letter_words(prefix) >= 1
                && !is_org_line(prefix)
                && !prefix.contains(':')
                && l.text.split_whitespace().count() <= 14
            {
                return found(clean_value(l.text), quote_line(l.text));
            }
        }
        let usable = |j: usize| {
            let t = top[j].text;
            !is_noise(t, &counts)
                && !is_field_line(t)
                && !t.starts_with(char::is_lowercase)
                && letter_words(t) >= 2
                && !DOC_TYPE.is_match(t)
                && !is_org_name(t)
                && super::dates::dates(t, super::dates::Convention::DayFirst).is_empty()
                && t.split_whitespace().count() <= 30
                && !t.ends_with('.')
        };
        let next = (i + 1..top.len().min(i + 4)).find(|&j| usable(j));
        let prev = (i.saturating_sub(2)..i).rev().find(|&j| usable(j));
        if let Some(j) = next.or(prev) {
            let (text, _) = with_continuation(top, j);
            return found(clean_value(&text), quote_line(&text));
        }
    }
    // The first substantive heading, else the first substantive line.
    let pick = top
        .iter()
        .position(|l| {
            l.is_heading
                && !is_noise(l.text, &counts)
                && letter_words(l.text) >= 2
                && !is_org_name(l.text)
        })
        .or_else(|| {
            top.iter().position(|l| {
                !is_noise(l.text, &counts)
                    && letter_words(l.text) >= 2
                    && l.text.len() <= 160
                    && !is_org_name(l.text)
            })
        })?;
    let (text, _) = with_continuation(top, pick);
    found(clean_value(&text), quote_line(&text))
}

fn repeated_line(l: &Line, counts: &HashMap<&str, usize>) -> bool {
    counts.get(l.text).copied().unwrap_or(0) >= 3
}

/// An organisation's name inside a sentence: capitalised words around an
/// organisation word, with its acronym.
static ORG_IN_SENTENCE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?:^|[\s(“'’])((?:(?:The|La|Le|El|Il|Die|Der|L['’])\s?)?(?:\p{Lu}\.(?:\p{Lu}\.)+|\p{Lu}(?:[\p{L}&'’-]|\.\p{L})*)(?:\s+(?:of|for|and|on|de|du|des|de la|del|della|di|do|da|für|und|et|y|e|d['’])?\s*(?:\p{Lu}\.(?:\p{Lu}\.)+|\p{Lu}(?:[\p{L}&'’-]|\.\p{L})*)){1,8}(?:\s*[(\[](?:“|\x22)?\p{Lu}[\p{Lu}\p{N}&-]{1,10}(?:”|\x22)?[)\]])?)",
    )
});

/// The issuer, with its quote.
pub(super) fn issuer(lines: &[Line]) -> Option<Value> {
    let counts = repeated(lines);
    let top = &lines[..lines.len().min(TOP_LINES)];
    for (i, l) in top.iter().enumerate() {
        let Some(c) = ISSUER_LABEL.captures(l.text) else {
            continue;
        };
        let value = c.get(1).map_or("", |m| m.as_str()).trim();
        let value = value.trim_start_matches("<br>").trim();
        if letter_words(value) >= 1 && !value.contains('@') && !value.ends_with(':') {
            return found(clean_value(value), quote_line(l.text));
        }
        if value.is_empty() {
            let next = top[i + 1..]
                .iter()
                .take(3)
                .find(|n| letter_words(n.text) >= 1 && !n.text.starts_with("<br"));
            if let Some(n) = next.filter(|n| !n.text.ends_with(':') && !n.text.contains('@')) {
                return found(clean_value(n.text), quote_line(n.text));
            }
        }
    }
    // A line that is an organisation's name.
    if let Some(l) = top.iter().take(30).find(|l| {
        is_org_line(l.text)
            && !is_noise(l.text, &counts)
            && !DOC_TYPE.is_match(l.text)
            && !l.text.contains(['.', ';'])
            && letter_words(l.text) <= 10
    }) {
        return found(clean_value(l.text), quote_line(l.text));
    }
    // An organisation named in the first sentences (or, in a long document, the
    // first pages), the most often named one.
    let mut best: Option<(bool, usize, usize, &str, &str)> = None;
    // How often a name is written in the document's first pages, counted once a name.
    // Bounded whatever the document: the text counted in is at most
    // MENTION_TEXT_BYTES, and at most MAX_COUNTED names are counted (later ones
    // count as never mentioned again), so a page of invented names costs
    // MAX_COUNTED scans of a bounded text, not one per name over the whole document.
    let joined: String = lines
        .iter()
        .take(2000)
        .map(|l| l.text)
        .collect::<Vec<_>>()
        .join("\n");
    let haystack = crate::limits::cap_bytes(&joined, MENTION_TEXT_BYTES);
    let mut counted: HashMap<String, usize> = HashMap::new();
    let mut count = |needle: &str| -> usize {
        if let Some(n) = counted.get(needle) {
            return *n;
        }
        if counted.len() >= MAX_COUNTED {
            return 0;
        }
        let n = haystack.matches(needle).count();
        counted.insert(needle.to_owned(), n);
        n
    };
    for (i, l) in lines.iter().take(SENTENCE_LINES).enumerate() {
        for (at, c) in super::text::captures_at(&ORG_IN_SENTENCE, l.text).take(20) {
            let m = c.get(1).unwrap();
            let name = m.as_str().trim();
            // "Head Office: …" labels an address.
            if l.text[at + m.end()..].trim_start().starts_with(':') {
                continue;
            }
            let articles = [
                "the ", "la ", "le ", "el ", "il ", "die ", "der ", "l'", "l’",
            ];
            let bare = articles
                .iter()
                .find_map(|a| name.to_lowercase().starts_with(a).then(|| &name[a.len()..]))
                .unwrap_or(name);
            // A name with its acronym, the acronym used throughout the document, is an
            // organisation even without an organisation word ("Publiez Ce Que Vous
            // Payez Madagascar (PCQVP)").
            if letter_words(bare) < 2 || DOC_TYPE.is_match(name) {
                continue;
            }
            let org = is_org_line(name);
            let acronym_used = !org
                && i < TOP_LINES
                && name.rfind(['(', '[']).is_some_and(|open| {
                    let acr = name[open + 1..]
                        .trim_end_matches([')', ']'])
                        .trim_matches(['"', '“', '”']);
                    acr.len() >= 2 && count(acr) >= 3
                });
            if !(org || acronym_used) {
                continue;
            }
            let mentions = count(name);
            // Named with an organisation word beats named with an acronym only.
            if best.is_none_or(|(o, m, j, _, _)| {
                (org, mentions, std::cmp::Reverse(i)) > (o, m, std::cmp::Reverse(j))
            }) {
                best = Some((org, mentions, i, name, l.text));
            }
        }
    }
    best.and_then(|(_, _, _, name, line)| {
        found(
            clean_value(name),
            super::text::quote(line, line.find(name).map_or(0..0, |s| s..s + name.len())),
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{StopFlag, text::lines};

    fn title_of(text: &str) -> Option<String> {
        let pages = [text];
        let l = lines(&pages, &StopFlag::default()).unwrap();
        title(&l).map(|t| t["value"].as_str().unwrap().to_owned())
    }

    fn issuer_of(text: &str) -> Option<String> {
        let pages = [text];
        let l = lines(&pages, &StopFlag::default()).unwrap();
        issuer(&l).map(|t| t["value"].as_str().unwrap().to_owned())
    }

    #[test]
    fn the_title_is_the_subject_not_the_kind_of_document() {
        let cases: &[(&str, &str)] = &[
            (
                "Page 1 of 3\nREQUEST FOR PROPOSAL\nSchool Feeding Programme Evaluation\n1. Background\nThe ministry…",
                "School Feeding Programme Evaluation",
            ),
            (
                "TERMES DE REFERENCE\nRECRUTEMENT D'UN CABINET POUR L'AUDIT\nDES COMPTES DU PROJET\n\nCONTEXTE",
                "RECRUTEMENT D'UN CABINET POUR L'AUDIT DES COMPTES DU PROJET",
            ),
            (
                "Ministry of Works\nRoad Maintenance Framework Services\nRequest for Quote\nDate: 4 May 2026",
                "Road Maintenance Framework Services",
            ),
            (
                "Call for Proposals for community radio stations in the framework\nof the Media Freedom Programme\n\n1. OBJECTIVES",
                "community radio stations in the framework of the Media Freedom Programme",
            ),
            (
                "PERFORMANCE WORK STATEMENT (PWS) FOR HELP DESK PLATFORM SUPPORT\n\n1.0 BACKGROUND",
                "HELP DESK PLATFORM SUPPORT",
            ),
            (
                "---\ntitle: Consultant for a Baseline Survey - West Africa\ndate: 2026-01-02\n---",
                "Consultant for a Baseline Survey - West Africa",
            ),
            (
                "Funding Opportunity Title\nDigital Tools for the Management of\nChronic Kidney Disease (R01)\nActivity Code",
                "Digital Tools for the Management of Chronic Kidney Disease (R01)",
            ),
        ];
        for (text, want) in cases {
            assert_eq!(title_of(text).as_deref(), Some(*want), "{text}");
        }
    }

    #[test]
    fn the_issuer_is_an_organisation_not_an_address_or_a_url() {
        let cases: &[(&str, &str)] = &[
            (
                "Contracting Authority: European Commission\nCALL FOR PROPOSALS",
                "European Commission",
            ),
            (
                "RFQ\nIssued by:\nThe General Services Administration (GSA)\nSIN 132-51",
                "The General Services Administration (GSA)",
            ),
            (
                "ÓRGANO DE CONTRATACIÓN: FUNDACIÓN CIDADE DA CULTURA DE GALICIA.\nTeléfono: 881 99 75",
                "FUNDACIÓN CIDADE DA CULTURA DE GALICIA",
            ),
            (
                "Participating Organization(s)\nNational Institutes of Health (NIH (http://www.nih.gov))\n",
                "National Institutes of Health (NIH)",
            ),
            (
                "www.example.org\nHead Office: 12 Main Street\nThe Northern Rivers Water Authority (NRWA) invites proposals for a study.",
                "The Northern Rivers Water Authority (NRWA)",
            ),
        ];
        for (text, want) in cases {
            assert_eq!(issuer_of(text).as_deref(), Some(*want), "{text}");
        }
    }
}
