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
//!
//! Both also weigh what the document says about itself ([`Layout`]): a line in the
//! author's Title style or first heading level, and the file's properties (title,
//! author, company). Evidence that converges wins: a property confirms a line of the
//! text, and a property is taken alone only where the text has nothing better and the
//! property looks like what it stands for (an organisation, not a person or "Microsoft
//! Office User"); a value taken from the properties says so (`source` and a note).

use std::collections::HashMap;
use std::sync::LazyLock;

use regex::Regex;
use serde_json::{Value, json};

use crate::layout::Layout;
use crate::lexicon;
use crate::limits::{MAX_VALUE_CHARS, cap_chars};
use crate::text::{Line, NUMBERED_HEADING, re};

mod cues;
mod evidence;
mod issuer;
mod shapes;
mod signs;
mod title;
mod units;
mod unnamed;
mod words;

use words::*;

/// The title and issuer of one document, and what the notes should say about them.
pub(crate) struct Names {
    pub title: Option<Value>,
    pub issuer: Option<Value>,
    pub notes: Vec<String>,
}

/// The title and the issuer, from the lines and what the document says about itself.
pub(crate) fn names(lines: &[Line], layout: &Layout) -> Names {
    // Names are read without the tags that open or close a line ("<b>Ministère de la
    // Santé</b>", "Ministry of Health<br>", "<h1>…</h1>"): what is left is still the
    // document's text, so a quote taken from it is verbatim.
    let lines: Vec<Line> = lines
        .iter()
        .map(|l| Line {
            text: without_edge_tags(l.text),
            raw: l.raw,
            heading: l.heading,
            is_heading: l.is_heading,
            page: l.page,
            starts_paragraph: l.starts_paragraph,
        })
        .collect();
    let lines = shapes::first_language(lines);
    let lines = &lines[..];
    let mut notes = Vec::new();
    let title = title::title(lines, layout, &mut notes);
    let title_quote = title
        .as_ref()
        .and_then(|t| t["quote"].as_str())
        .unwrap_or_default();
    let issuer = issuer::issuer(lines, layout, title_quote, &mut notes);
    Names {
        title,
        issuer,
        notes,
    }
}

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
    let types = lexicon::alternation(|l| l.document_types);
    let more = MORE_DOCUMENT_TYPES.join("|");
    let longer = LONGER_DOCUMENT_TYPES.join("|");
    re(&format!(r"(?i)\b(?:{longer}|{types}|{more})\b"))
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

/// The words between a document-type phrase and its subject: "que rigen la
/// contratación del", "relatif au marché de", "per l'affidamento del", "für die
/// Vergabe von", "relativo ao contrato de". (An acquisition, a supply or a provision
/// is the subject's own first word: "Supply of Laboratory Reagents".)
static SUBJECT_LEAD: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)^(?:(?:que|el cual|la cual) (?:rige|rigen|regir[áa]n?|ha de regir) (?:la|el) (?:contrataci[óo]n|contrato|licitaci[óo]n|adjudicaci[óo]n)|(?:(?:para|relativ[oa]s? a) )?la contrataci[óo]n|(?:relatif|relative|relatifs) (?:au|à la) (?:march[ée]|consultation|passation)|(?:pour )?la passation du march[ée]|(?:per )?(?:al)?l['’]affidamento|relativ[oa] all['’]appalto|(?:f[üu]r )?die vergabe|zur vergabe|relativ[oa] (?:ao|à) contrato de|(?:finalizzat[oa]|volt[oa]) all['’]affidamento|(?:en vue de|visant (?:à|a)) l['’]attribution|(?:destinad[oa]|tendiente) a la contrataci[óo]n|(?:com vista|visando) (?:à|a) contrata[çc][ãa]o)(?:\s*,[^,]{3,80},)?\s+(?:del|de la|de l['’]|de los|de las|de|du|des|d['’]|dello|della|del|di|von|der|des|do|da|of)?\s*",
    )
});

/// A labelled title: the label, then the value on the same line or the next.
static TITLE_LABEL: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)^(?:title|funding opportunity title|(?:project|contract|tender|assignment|opportunity) title|name of (?:the )?(?:assignment|project|contract|tender|procurement)|titre(?: du (?:projet|march[ée]))?|intitulé(?: du march[ée])?|t[íi]tulo(?: del (?:proyecto|contrato)| do (?:projeto|contrato))?|denominaci[óo]n del contrato|titolo(?: del progetto| dell'appalto)?|denominazione dell'appalto|titel|(?:projekt|auftrags)titel|bezeichnung des auftrags|auftragsbezeichnung|bezeichnung der (?:leistung|ma[ßs]nahme)|titel der ma[ßs]nahme|leistungsbezeichnung|assignment(?: title| name)?|(?:intitul[ée]|titre|objet) de la mission|nom(?:bre)? de la consultor[íi]a|t[íi]tulo de la consultor[íi]a|(?:titolo|oggetto) dell'incarico|designa[çc][ãa]o d[ao] (?:consultoria|projeto|contrato|procedimento)|(?:tender|contract|project|procurement) name|subject of the (?:procurement|contract|tender)|nom du march[ée]|objeto(?: de la (?:contrataci[óo]n|licitaci[óo]n)| del (?:contrato|procedimiento|proceso)| do (?:contrato|procedimento|concurso))?|objet(?: du march[ée]| de la consultation)?|oggetto(?: dell'appalto| della (?:gara|procedura)| del contratto)?|gegenstand(?: der (?:ausschreibung|vergabe|beschaffung|leistung)| des (?:auftrags|vertrags))?|(?:auftrags|vertrags|leistungs|beschaffungs)gegenstand)\s*\*?\s*(?:[:：]\s*(.*))?$",
    )
});

/// A labelled issuer, its label maybe after an article ("The Buyer: …", "Le
/// Pouvoir adjudicateur : …").
static ISSUER_LABEL: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)^(?:(?:the|le|la|el|il|die|der)\s+|l['’])?(?:contracting (?:authority|agency|entity)|(?:name of (?:the )?)?(?:procuring entity|employer|purchaser)|issued by|issuing (?:agency|office|organi[sz]ation|authority|department)|agency|organi[sz]ation|buyer|donor|funder|funded by|funding (?:agency|organi[sz]ation)|sponsor|participating organi[sz]ations?(?:\(s\))?|pouvoir adjudicateur|ma[îi]tre d'ouvrage|acheteur|autorit[ée] contractante|entit[ée] adjudicatrice|entidad (?:contratante|adjudicadora)|[óo]rgano de contrataci[óo]n|poder adjudicador|amministrazione aggiudicatrice|stazione appaltante|ente appaltante|entidade (?:contratante|adjudicante)|[óo]rg[ãa]o (?:contratante|gerenciador)|auftraggeber(?:in)?|vergabestelle|managing authority|autorit[ée] de gestion|autoridad de gesti[óo]n|autorit[àa] di gestione|autoridade de gest[ãa]o|verwaltungsbeh[öo]rde|ausschreibende stelle|client|commanditaire|donneur d'ordres?|committente|contratante|entidad convocante)(?:\s*[:：]\s*(.*)|\s*)$",
    )
});

/// A table row of two cells ("Contracting Authority | Coastal Fisheries Trust", as a
/// Markdown or HTML table is extracted) read as the field it is: "label: value".
fn as_field(text: &str) -> std::borrow::Cow<'_, str> {
    // A form's label in two languages ("Title / Titre: …", "Issuing office / Bureau
    // de distribution: …") is its first language's label.
    static BILINGUAL_LABEL: LazyLock<Regex> =
        LazyLock::new(|| re(r"^([\p{L}][^:/|]{1,40}?)\s+/\s+[\p{L}][^:/|]{1,40}?\s*:\s*(.*)$"));
    if let Some(c) = BILINGUAL_LABEL.captures(text.trim()) {
        return format!("{}: {}", c[1].trim(), c[2].trim()).into();
    }
    let row = text.trim().trim_matches('|').trim();
    match row.split_once(" | ") {
        Some((label, value)) if !value.contains(" | ") && !label.contains(':') => {
            let label = label.trim().trim_matches('*').trim();
            let value = value.trim().trim_matches('*').trim();
            format!("{label}: {value}").into()
        }
        _ => text.into(),
    }
}

/// Words of three letters or more, without digits (a reference number is not a word).
fn letter_words(text: &str) -> usize {
    text.split_whitespace()
        .filter(|w| {
            w.chars().filter(|c| c.is_alphabetic()).count() >= 3
                && !w.chars().any(|c| c.is_ascii_digit())
        })
        .count()
}

/// Names are written in capitals: most of the longer words start with one (the small
/// words that join a name's parts aside: "Ministero della Salute", "Ministerio para
/// la Transición").
fn title_cased(text: &str) -> bool {
    const SMALL: &[&str] = &[
        "degli", "dello", "dalla", "dalle", "nella", "nelle", "sulla", "pour", "avec", "para",
        "pela", "pelo", "über", "unter",
    ];
    let long: Vec<&str> = text
        .split_whitespace()
        .filter(|w| w.chars().filter(|c| c.is_alphabetic()).count() >= 4)
        .filter(|w| {
            let lower = w.to_lowercase();
            // An organisation word in lower case is part of the name ("Communauté
            // de communes du Val d'Arve", "Syndicat des communes de la Vallée").
            let singular = lower.strip_suffix('s').unwrap_or(&lower);
            !JOINERS.contains(&lower.as_str())
                && !SMALL.contains(&lower.as_str())
                && (w.starts_with(char::is_uppercase) || !is_org_word(singular))
        })
        .collect();
    let capitalised = long
        .iter()
        .filter(|w| {
            let w = w.trim_start_matches(['(', '"', '“', '«']);
            // After an elided article: "dell'Interno", "d'Aménagement".
            let w = w.rsplit(['\'', '’']).next().unwrap_or(w);
            w.starts_with(char::is_uppercase)
        })
        .count();
    !long.is_empty() && capitalised * 10 >= long.len() * 7
}

/// Whether the whole line is a name whose words after the first go on in lower case
/// ("Centre communal d'action sociale de Vernoux", "Agence nationale de la cohésion
/// des territoires"): an organisation word first, then its adjectives and the parts
/// joined to it, to the end of the line.
fn named_in_lower_case(text: &str) -> bool {
    let text = text.trim();
    text.split_whitespace().count() <= 12
        && issuer::names_with_lower_case_words(text)
            .first()
            .is_some_and(|&(s, e)| s == 0 && e == text.len())
}

/// A field whose value is a code, not words ("CIG: B4F27C1A90", "Codice bando:
/// FESR-2027-A113-03", "Vergabenummer: SKLA-2027-004"), or a reference's line.
fn is_code_field(text: &str) -> bool {
    evidence::REFERENCE_LABEL.is_match(text.trim())
        || text.split_once(':').is_some_and(|(label, value)| {
            label.len() < 30
                && letter_words(label) <= 3
                && !value.trim().is_empty()
                && letter_words(value) == 0
                && value.chars().any(|c| c.is_ascii_digit())
        })
}

/// A procedure's name with its number only ("Consulta Prévia n.º CP-03/2027",
/// "Procedura aperta n. 3/2027", "Offenes Verfahren"): how the call is run, never
/// its subject.
fn is_procedure(text: &str) -> bool {
    static PROCEDURE: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"(?i)^(?:consulta pr[ée]via|ajuste direto|concurso (?:p[úu]blico|limitado)|procedimiento (?:abierto|negociado|restringido)(?: simplificado)?|procedura (?:aperta|negoziata|ristretta)|proc[ée]dure (?:adapt[ée]e|ouverte|restreinte|n[ée]goci[ée]e)|open (?:tender|procedure)|restricted procedure|(?:nicht )?offenes verfahren|verhandlungsverfahren)\b[^\p{L}]*(?:(?:n\.?\s?[º°o]?|no|nr|núm|num)\.?[^\p{L}]*)?(?:\p{L}{1,6}[-/.]?[0-9]\S*\s*)?$",
        )
    });
    PROCEDURE.is_match(text.trim())
}

/// Words after a document-type phrase that only say how the call is run ("Appel
/// d'offres ouvert accéléré N° …", "Licitación abierta nacional n.º …"): with a
/// reference after them, the line names no subject.
const PROCEDURE_QUALIFIERS: &[&str] = &[
    "open",
    "national",
    "international",
    "competitive",
    "restricted",
    "ouvert",
    "ouverte",
    "accéléré",
    "accélérée",
    "restreint",
    "restreinte",
    "nationale",
    "internationale",
    "abierto",
    "abierta",
    "nacional",
    "internacional",
    "restringido",
    "restringida",
    "aberto",
    "aberta",
    "aperta",
    "aperto",
    "nazionale",
    "internazionale",
    "ristretta",
    "offenes",
    "offene",
    "nationales",
    "internationales",
    "europaweites",
    "europaweite",
];

/// Whether `after` (what follows a document-type phrase) is only procedure words and
/// then a reference.
fn only_procedure_and_reference(after: &str) -> bool {
    let mut rest = after.trim_start();
    let mut skipped = 0;
    while let Some(word) = rest.split_whitespace().next() {
        let bare = word
            .trim_matches(|c: char| !c.is_alphanumeric())
            .to_lowercase();
        if !PROCEDURE_QUALIFIERS.contains(&bare.as_str()) {
            break;
        }
        rest = rest[word.len()..].trim_start();
        skipped += 1;
    }
    skipped > 0 && (letter_words(rest) == 0 || evidence::REFERENCE_LABEL.is_match(rest))
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
        && (title_cased(text) || named_in_lower_case(text))
        && ![" front office", " back office", " box office"]
            .iter()
            .any(|w| lower.contains(w))
        && crate::dates::dates(text, crate::dates::Convention::DayFirst).is_empty()
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
            " portal ",
            " portail ",
            "plattform ",
            " weekly ",
            " newsletter ",
            " boletim ",
            " boletín ",
            " bulletin ",
            " notiziario ",
            " rundbrief ",
        ]
        .iter()
        .any(|v| lower.contains(v))
        && !lower.contains("http")
        && !has_year(text)
        && has_org_word(&lower)
}

/// Whether a line has a year ("Neighbourhood Green Spaces Fund 2027", "Programme
/// 2026-2028"): a programme's or a call's name, not an organisation's.
fn has_year(text: &str) -> bool {
    text.split(|c: char| !c.is_alphanumeric()).any(|w| {
        w.len() == 4
            && (w.starts_with("19") || w.starts_with("20"))
            && w.chars().all(|c| c.is_ascii_digit())
    })
}

/// Whether `lower` (lower case, padded with spaces) has an organisation word as a
/// word of its own (or a phrase of them).
fn has_org_word(lower: &str) -> bool {
    let words: Vec<&str> = lower
        .split(|c: char| !(c.is_alphanumeric() || c == '.'))
        .map(|w| w.trim_end_matches('.'))
        .filter(|w| !w.is_empty())
        .collect();
    ORG_WORDS
        .iter()
        .any(|w| w.contains(' ') && lower.contains(w))
        || words.iter().any(|w| is_org_word(w))
        || weak_org_word(without_number(without_acronym(&words, lower)))
}

/// `words` without the number that ends a name ("Unified School District 214",
/// "Local 1199", "Escuela n.º 5"): the name's last word is the one before it.
fn without_number<S: AsRef<str>>(words: &[S]) -> &[S] {
    match words.split_last() {
        Some((last, rest))
            if !rest.is_empty() && last.as_ref().chars().all(|c| c.is_ascii_digit()) =>
        {
            rest
        }
        _ => words,
    }
}

/// `words` without the acronym in brackets that ends `text` ("Humanitarian Data
/// Collective (HDC)"): the name's last word is the one before it.
fn without_acronym<'a, S: AsRef<str>>(words: &'a [S], text: &str) -> &'a [S] {
    let text = text.trim_end();
    let acronym = text
        .strip_suffix(')')
        .and_then(|t| t.rfind('(').map(|open| t[open + 1..].trim().to_lowercase()));
    match (words.split_last(), acronym) {
        (Some((last, rest)), Some(acronym)) if !rest.is_empty() && last.as_ref() == acronym => rest,
        _ => words,
    }
}

/// Whether lower-case `words` put one of the [`WEAK_ORG_WORDS`] where a name does:
/// right before a joining word ("museum of", "museum für"), or before an adjective
/// and a joining word where adjectives follow their noun ("museo civico di", not
/// "laboratory reagents for"), or last with no small joining word before it
/// ("northgate public library").
fn weak_org_word<S: AsRef<str>>(words: &[S]) -> bool {
    const ENGLISH: &[&str] = &[
        "museum",
        "library",
        "school",
        "district",
        "college",
        "academy",
        "committee",
        "observatory",
        "laboratory",
    ];
    let w = |k: usize| words[k].as_ref();
    (0..words.len().min(40)).any(|k| {
        let reach = if ENGLISH.contains(&w(k)) { 2 } else { 3 };
        WEAK_ORG_WORDS.contains(&w(k))
            && ((k + 1..words.len().min(k + reach)).any(|j| NAME_OF.contains(&w(j)))
                || (k + 1 == words.len() && !(0..k).any(|j| JOINERS.contains(&w(j)))))
    })
}

/// Whether one lower-case word is an organisation word: one of [`ORG_WORDS`], or a
/// German compound ending in one ("Zweckverband", "Landratsamt"; not "insgesamt").
fn is_org_word(word: &str) -> bool {
    ORG_WORDS.contains(&word)
        || ORG_ENDINGS.iter().any(|e| {
            word.len() >= e.len() + 3
                && word.ends_with(e)
                && !["gesamt", "insgesamt"].contains(&word)
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
    let is_org = |w: &String| is_org_word(w);
    let first = words
        .iter()
        .find(|w| !["the", "la", "le", "el", "il", "u.s."].contains(&w.as_str()));
    let lower = text.trim_start_matches("The ").to_lowercase();
    // "City of Lakeside", "County of Marin", "Town of Hudson" ("State of the Art …" is
    // no State).
    let place_of = [
        "city of ",
        "county of ",
        "town of ",
        "village of ",
        "state of ",
    ]
    .iter()
    .any(|p| lower.starts_with(p) && !lower.starts_with("state of the "));
    // An organisation word last makes a name only without a subject's joiner before
    // it: "Lakeside Youth Sports Association" is a name, "Audit of the Lakeside Youth
    // Sports Association" and "Leak Detection Services for the Western Network" are
    // subjects (a name with a joiner has its organisation word first: "Ministry of
    // Health", "Agency for Rural Roads").
    // So is a place in the scope after "at" ("Roof Repairs at Kingsmere Primary
    // School") and a thing after the joiner of another language ("Wartung der
    // Blockheizkraftwerke"): those languages put a name's organisation word first.
    let subject_joiner = [
        " of ", " for ", " pour ", " para ", " per ", " für ", " at ", " de ", " du ", " des ",
        " del ", " della ", " di ", " do ", " da ", " der ",
    ]
    .iter()
    .any(|j| format!(" {lower} ").contains(j));
    // "Camera di Commercio di …": a name that starts with an organisation's phrase.
    let org_phrase = ORG_WORDS
        .iter()
        .any(|w| w.contains(' ') && !w.ends_with(" of") && lower.starts_with(w));
    // "Technische Universität Wallheim", "Technical University of Lakeside": an
    // institution's word after one adjective.
    let institution_second = words.len() <= 5
        && words
            .get(1)
            .is_some_and(|w| INSTITUTIONS.contains(&w.as_str()))
        && words
            .first()
            .is_some_and(|w| !JOINERS.contains(&w.as_str()));
    // "Oregon Department of Human Services", "Texas Department of Transportation": a
    // state's or a city's name, then its department, ministry or agency of a field.
    static PLACE_DEPARTMENT_OF: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"^(?:The\s+)?(?:\p{Lu}[\p{L}.'’-]*\s+){1,2}(?i:department|ministry|agency|bureau|commission)\s+(?i:of|for)\s+\p{Lu}",
        )
    });
    // "Network Refresh for Two Campuses", "Office Furniture for the Town Hall": an
    // English organisation word first, then a capitalised word of the subject and
    // its joiner, is a subject's first noun ("Ministry of Health" and "Agency for
    // Rural Roads" join at once; "University College London" has no joiner).
    let modifier_first = first.is_some_and(is_org) && {
        let ws: Vec<&str> = text.split_whitespace().collect();
        let k = usize::from(ws.first().is_some_and(|w| w.eq_ignore_ascii_case("the")));
        ws.get(k + 1).is_some_and(|w| {
            w.starts_with(char::is_uppercase)
                && !is_org_word(&w.to_lowercase())
                && !JOINERS.contains(&w.to_lowercase().as_str())
        }) && ws[(k + 2).min(ws.len())..]
            .iter()
            .any(|w| ["for", "of", "at"].contains(w))
    };
    (first.is_some_and(is_org) && !modifier_first)
        || org_phrase
        || PLACE_DEPARTMENT_OF.is_match(text.trim())
        || institution_second
        || (words.last().is_some_and(is_org) && !subject_joiner)
        || place_of
        || (weak_org_word(without_acronym(&words, text)) && !place_or_beneficiary(&lower))
}

/// Whether the weak organisation word of a line comes after a subject's joiner: the
/// place of the work or its beneficiary ("Roof Repairs at Kingsmere Primary School",
/// "Supply of Freezers for the School of Biosciences", "Fourniture de mobilier pour
/// l'école …"), which makes the line a subject, not a name.
fn place_or_beneficiary(lower: &str) -> bool {
    let padded = format!(" {lower} ");
    if padded.contains(" at ") {
        return true;
    }
    let joiner = [" for ", " pour ", " para ", " per ", " für "]
        .iter()
        .filter_map(|j| padded.find(j))
        .min();
    let weak = WEAK_ORG_WORDS
        .iter()
        .filter_map(|w| padded.find(&format!(" {w} ")))
        .min();
    matches!((joiner, weak), (Some(j), Some(w)) if j > 0 && w > j)
}

/// The words of a university or an institute, which an adjective may come before.
const INSTITUTIONS: &[&str] = &[
    "university",
    "université",
    "universidad",
    "universidade",
    "università",
    "universität",
    "hochschule",
    "institute",
    "institut",
    "instituto",
    "istituto",
    "polytechnic",
    "politecnico",
];

/// An address line: a post box, a suite or a floor with its number, a street with its
/// number written as an address is ("12 Main Street", "Via Roma 1", "Plot 14, Kenyatta
/// Avenue"), a postcode after a comma (", 14467 Potsdam"), a telephone or an e-mail
/// label. A subject that names a road is no address ("Lärmschutzwand an der
/// Bundesstraße 12", "Winterdienst auf den Kreisstraßen 2027/2028").
fn looks_like_address(text: &str) -> bool {
    static POSTCODE: LazyLock<Regex> =
        LazyLock::new(|| re(r",\s*(?:[A-Z]{1,2}-)?[0-9]{4,5}(?:-[0-9]{3,4})?\s+\p{Lu}"));
    // A postcode that opens the line or follows a dash, with the town after it
    // ("CH-7999 Sertig Dorf", "Via dei Chiostri 18 – 06999 Monteverde (PG)",
    // "75012 Paris", "1000-001 Lisboa"): a country's letters, five digits or a
    // Portuguese or Brazilian code, so that a year ("2027 Community Grants") is none.
    static OPENING_POSTCODE: LazyLock<Regex> = LazyLock::new(|| {
        re(r"(?:^|\s[–—-])\s*(?:[A-Z]{1,2}-[0-9]{4,5}|[0-9]{5}|[0-9]{4,5}-[0-9]{3})\s+\p{Lu}\p{Ll}")
    });
    let lower = format!("{} ", text.to_lowercase());
    let digits = text.chars().filter(char::is_ascii_digit).count();
    let boxed = [" box ", "p.o.", "suite", "floor", "| washington", " nw "]
        .iter()
        .any(|w| lower.contains(w));
    let street = [
        " st.", " street", " avenue", " ave ", " ave.", " road", " rue ", " calle", " via ",
        "strasse", "straße",
    ]
    .iter()
    .any(|w| format!(" {lower}").contains(w));
    let written_as_address = text.split_whitespace().count() <= 4
        || text.trim_start().starts_with(|c: char| c.is_ascii_digit())
        || text.contains(',');
    (digits >= 1 && (boxed || (street && written_as_address)))
        || POSTCODE.is_match(text)
        || OPENING_POSTCODE.is_match(text.trim())
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
        || is_masthead(lower)
        || ((NUMBERED_HEADING.is_match(text) || LETTERED_HEADING.is_match(text))
            && letter_words(text) <= 4)
        || looks_like_address(text)
}

/// A section numbered under a lettered part, as a form or a federal solicitation
/// numbers them ("B.1 BRIEF DESCRIPTION OF SERVICES", "L.3 Volumes", "C.2.1 Scope").
static LETTERED_HEADING: LazyLock<Regex> =
    LazyLock::new(|| re(r"^[A-Z]\.[0-9]{1,2}(?:\.[0-9]{1,2}){0,2}\.?\s+\p{Lu}"));

/// A newsletter's masthead ("Civil Society Weekly", "Boletim Semanal …"): the
/// publication that carries a notice, not its title.
fn is_masthead(lower: &str) -> bool {
    const MASTHEADS: &[&str] = &[
        "newsletter",
        "weekly",
        "boletim",
        "boletín",
        "bulletin",
        "notiziario",
        "rundbrief",
    ];
    lower.split_whitespace().count() <= 8
        && lower
            .split(|c: char| !c.is_alphanumeric())
            .any(|w| MASTHEADS.contains(&w))
}

/// A document-type line says nothing else: "REQUEST FOR PROPOSAL", "Tender No /2023",
/// "2023-2024 REQUEST FOR PROPOSALS", "State of Alaska Request for Proposals".
fn subject_of_doc_type_line(text: &str) -> Option<Option<&str>> {
    let m = DOC_TYPE.find(text)?;
    let mut after = after_doc_type(&text[m.end()..]);
    // A kind of document named for another ("Avviso pubblico per la manifestazione di
    // interesse all'affidamento del …", "Aviso para la presentación de manifestaciones
    // de interés para …"): the subject follows the second.
    let bare = strip_article(after);
    if let Some(second) = DOC_TYPE.find(bare).filter(|s| s.start() == 0) {
        after = after_doc_type(&bare[second.end()..]);
    }
    // "… que rigen la contratación del servicio de …", "… relatif au marché de …",
    // "… per l'affidamento del servizio …": the words that lead to the subject.
    let after = SUBJECT_LEAD
        .find(after)
        .map_or(after, |m| after[m.end()..].trim_start());
    // "Tender Notice No.: NIT/CS/PUR/63" names a reference, not a subject; nor does
    // the rule it follows ("Öffentliche Ausschreibung nach UVgO", "Appel d'offres
    // selon l'article R2124", "pursuant to section 12").
    static UNDER_RULE: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"(?i)^(?:nach|gem(?:ä|a)(?:ß|ss)|gem\.|selon|conform[ée]ment (?:à|a)|seg[úu]n|conforme|ai sensi|nos termos|pursuant to|under (?:section|article|rule))\b",
        )
    });
    let substantive = !UNDER_RULE.is_match(after)
        && !is_procedure(after)
        && !only_procedure_and_reference(after)
        && letter_words(after) >= 2
        && !evidence::REFERENCE_LABEL.is_match(after)
        && !DOC_TYPE.is_match(after)
        && !cues::is_procurement_category(after)
        && !after.trim_start().starts_with('(');
    if substantive && m.start() < 40 {
        Some(Some(after))
    } else {
        Some(None)
    }
}

/// What follows a document-type phrase, without its tail (an acronym, a separator)
/// and the preposition that leads to its subject ("for", "pour", "per", "für" …).
fn after_doc_type(rest: &str) -> &str {
    let skip = DOC_TYPE_TAIL.find(rest).map_or(0, |t| t.end());
    let after = rest[skip..].trim();
    let after_lower = after.to_lowercase();
    [
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
    .unwrap_or(after)
}

/// `text` without the article it opens with ("la ", "the ", "l'", "die " …).
fn strip_article(text: &str) -> &str {
    const ARTICLES: &[&str] = &[
        "the ", "a ", "an ", "la ", "le ", "les ", "l'", "l’", "el ", "los ", "las ", "il ", "lo ",
        "gli ", "o ", "os ", "as ", "die ", "der ", "das ", "eine ", "einer ",
    ];
    let lower = text.to_lowercase();
    ARTICLES
        .iter()
        .find_map(|a| {
            (lower.starts_with(a) && text.is_char_boundary(a.len())).then(|| &text[a.len()..])
        })
        .unwrap_or(text)
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
        // A line that ends on a comma goes on ("… QUE HA DE REGIR LA CONTRATACIÓN," /
        // "MEDIANTE PROCEDIMIENTO ABIERTO, DEL SERVICIO …").
        let open_comma = text.trim_end().ends_with(',');
        let generic = is_generic(next);
        if lines[last + 1].page != lines[i].page
            || generic
            || ISSUER_LABEL.is_match(next)
            // A bracketed reference ("(2027/C 123/04)") is no part of the title.
            || (next.starts_with('(') && letter_words(next) == 0)
            || NUMBERED_HEADING.is_match(next)
            || next.ends_with(':')
            || next.len() > 120
            // A reference's field ("CIG: B4F27C1A90", "Expediente: 2027/415") is no
            // part of the title above it.
            || is_code_field(next)
            || !(ends_with_joiner
                || starts_lower
                || caps_run
                || open_paren
                || open_comma
                || next.starts_with('('))
        {
            break;
        }
        // A word cut at the line's end ("Mainte-" / "nance Dredging …") is made whole;
        // a German word's shared ending ("Bau-" / "und Planungsleistungen") is not cut.
        let shared_ending = [
            "und ", "oder ", "bzw. ", "and ", "or ", "et ", "ou ", "y ", "o ", "e ",
        ]
        .iter()
        .any(|c| next.starts_with(c));
        if cues::is_cut_mid_word(&text)
            && text.ends_with(['-', '‐', '\u{ad}'])
            && starts_lower
            && !shared_ending
        {
            text.pop();
        } else {
            text.push(' ');
        }
        text.push_str(next);
        last += 1;
    }
    (text, last)
}

fn clean_value(text: &str) -> String {
    // The value is capped below anyway: what is cut here could never show.
    let no_tags = strip_tags(cap_chars(text, MAX_VALUE_CHARS * 4));
    let no_urls = crate::text::strip_urls(&no_tags);
    let t = no_urls
        .trim()
        .trim_matches(|c: char| {
            matches!(
                c,
                '*' | '#' | ':' | '|' | '"' | '«' | '»' | '“' | '”' | ' ' | '.'
            )
        })
        .trim();
    // A name in quotes keeps its closing quote: JSC “Northern Water Supply”.
    let mut t = t.to_owned();
    for (open, close) in [('“', '”'), ('«', '»')] {
        if t.matches(open).count() > t.matches(close).count() && no_urls.contains(close) {
            t.push(close);
        }
    }
    cap_chars(&t, MAX_VALUE_CHARS).to_owned()
}

/// How many tags [`without_edge_tags`] takes off each end of a line.
const MAX_EDGE_TAGS: usize = 8;

/// `text` without the markup tags at its start and end (a few at most, each
/// [`MAX_TAG_BYTES`] long at most): "<strong>Ministero della Salute</strong><br/>"
/// gives "Ministero della Salute". A `<` that opens no tag stays.
fn without_edge_tags(text: &str) -> &str {
    let is_tag = |t: &str| {
        t.len() <= MAX_TAG_BYTES
            && t.starts_with('<')
            && t.ends_with('>')
            && t[1..]
                .trim_start_matches('/')
                .starts_with(|c: char| c.is_ascii_alphabetic())
    };
    let mut t = text.trim();
    for _ in 0..MAX_EDGE_TAGS {
        let Some(end) = t
            .as_bytes()
            .iter()
            .take(MAX_TAG_BYTES)
            .position(|&b| b == b'>')
        else {
            break;
        };
        if !is_tag(&t[..=end]) {
            break;
        }
        t = t[end + 1..].trim_start();
    }
    for _ in 0..MAX_EDGE_TAGS {
        let floor = t.len().saturating_sub(MAX_TAG_BYTES);
        let Some(start) = t.as_bytes()[floor..].iter().rposition(|&b| b == b'<') else {
            break;
        };
        let start = floor + start;
        if !is_tag(&t[start..]) {
            break;
        }
        t = t[..start].trim_end();
    }
    t
}

/// The longest tag [`strip_tags`] takes out, its angle brackets included.
const MAX_TAG_BYTES: usize = 202;

/// `text` without markup tags (`Ministry of Health<br>`): a value is plain words. Each
/// `<` looks for its `>` a tag's length ahead at most, so a run of `<` is linear.
fn strip_tags(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(open) = rest.find('<') {
        // '>' is ASCII: its byte offset is a character boundary.
        let close = rest.as_bytes()[open..]
            .iter()
            .take(MAX_TAG_BYTES)
            .position(|&b| b == b'>')
            .map(|c| open + c);
        let tag = close.map(|c| &rest[open + 1..c]);
        // A tag is a name, maybe with attributes; "a < b > c" is text.
        match tag.filter(|t| {
            t.trim_start_matches('/')
                .starts_with(|c: char| c.is_ascii_alphabetic())
                && t.len() <= 200
        }) {
            Some(_) => {
                out.push_str(&rest[..open]);
                out.push(' ');
                rest = &rest[close.unwrap_or(rest.len()) + 1..];
            }
            None => {
                out.push_str(&rest[..open + 1]);
                rest = &rest[open + 1..];
            }
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod strip_tests {
    use super::*;

    #[test]
    fn tags_go_text_stays_and_a_run_of_angle_brackets_is_linear() {
        assert_eq!(strip_tags("Ministry of Health<br>"), "Ministry of Health ");
        assert_eq!(strip_tags("a < b > c"), "a < b > c");
        assert_eq!(strip_tags("<b>Öko</b>-Institut"), " Öko -Institut");
        // 500 KB of '<' with no '>': linear (quadratic, each '<' looking to the end
        // of the text, is over 10^11 steps here: hours), and capped by clean_value.
        // Sized so that a debug build on a loaded 2-core machine stays far inside
        // the bound (2 MB took 10 s alone and failed it under load).
        let hostile = format!("Title: Road Works {}", "<".repeat(500_000));
        let started = std::time::Instant::now();
        assert_eq!(strip_tags(&hostile).len(), hostile.len());
        let value = clean_value(&hostile);
        assert!(value.chars().count() <= MAX_VALUE_CHARS, "{}", value.len());
        assert!(started.elapsed() < std::time::Duration::from_secs(20));
    }
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

fn repeated_line(l: &Line, counts: &HashMap<&str, usize>) -> bool {
    counts.get(l.text).copied().unwrap_or(0) >= 3
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{StopFlag, text::lines};

    /// The title and issuer of `text` with `layout`, as values.
    pub(super) fn names_of(text: &str, layout: &Layout) -> (Option<String>, Option<String>) {
        let pages = [text];
        let l = lines(&pages, &StopFlag::default()).unwrap();
        let n = names(&l, layout);
        let value = |v: Option<Value>| v.map(|t| t["value"].as_str().unwrap().to_owned());
        (value(n.title), value(n.issuer))
    }

    pub(super) fn title_of(text: &str) -> Option<String> {
        names_of(text, &Layout::new()).0
    }

    pub(super) fn issuer_of(text: &str) -> Option<String> {
        names_of(text, &Layout::new()).1
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
            (
                "Joint Call for Proposals\nRiverside Heat Pumps 2028\nOpen to housing cooperatives.",
                "Riverside Heat Pumps 2028",
            ),
            (
                "Bando congiunto\nBando Borghi in Rete 2028\nPromosso da due fondazioni.",
                "Borghi in Rete 2028",
            ),
            (
                "Oggetto: Richiesta di preventivo - Potatura dei platani del viale\nGentili operatori,",
                "Potatura dei platani del viale",
            ),
            (
                "Objeto del proceso: Compra de mobiliario para bibliotecas rurales\nFecha límite: 3 de mayo",
                "Compra de mobiliario para bibliotecas rurales",
            ),
            (
                "Appel d'offres / Call for Tenders\nRéfection du pont des Saules / Repair of the Willow Bridge\nVille de Saules / Town of Willows\n",
                "Réfection du pont des Saules",
            ),
        ];
        for (text, want) in cases {
            assert_eq!(title_of(text).as_deref(), Some(*want), "{text}");
        }
    }

    #[test]
    fn an_institutions_word_names_it_only_where_a_name_puts_it() {
        for name in [
            "Northgate Public Library",
            "Museum für Stadtgeschichte Lindenau",
            "Museo Civico di Valdoro",
            "Escola Secundária de Vila Serena",
            "Collectif Citoyen pour la Transparence",
            "Freie Universität Lindenau",
            "Centre communal d'action sociale de Brévent",
            "Harrowgate Water Utility",
        ] {
            assert!(is_org_name(name), "{name}");
        }
        // "Authority" in the other languages, as in English; a public board that runs
        // a service; a German public institution.
        for name in [
            "Autoridad Portuaria de Valdemar",
            "Autorité de régulation des transports",
            "Autorità di Sistema Portuale del Mare Adriatico",
            "Bundesanstalt für Gewässerkunde",
            "Régie intermunicipale de l'eau potable des Deux-Rives",
        ] {
            assert!(is_org_name(name), "{name}");
        }
        for subject in [
            "Integrated Library System Replacement",
            "School Meals Modernization",
            "Museum Collection Management System",
            "District Heating Network Study",
            "Supply of Laboratory Reagents for District Hospitals",
            "Digitalisierung der Schule",
            "Centre aquatique de Brévent",
            "Utility Bill Auditing Services",
        ] {
            assert!(!is_org_name(subject), "{subject}");
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
