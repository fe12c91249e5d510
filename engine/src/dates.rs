//! Dates and deadlines: every dated entry of the document with what it is for, and
//! *the* submission deadline picked by its cue words, not by being the first date.
//!
//! Dates are read in the common notations (ISO, `15 March 2027`, `March 15, 2027`,
//! `15th of March 2027`, `15 de marzo de 2027`, `1er avril 2022`, `15. März 2027`,
//! `15/03/2027` or `03/15/2027` by the document's convention, `15.03.2027`) with
//! month names in English, French, Spanish, Portuguese, Italian and German, over
//! paragraphs (so a date wrapped onto the next line is read whole). What a date is
//! for comes from the words of its own clause, its table row, or the label just
//! before it (a cell "Bid Opening Date:" above its value), and the heading it sits
//! under. The submission deadline is the best-supported closing date; an amended one
//! ("extended deadline", "prorogé", "prorrogado"…) wins over the original.

use std::ops::Range;
use std::sync::LazyLock;

use regex::Regex;
use serde_json::{Value, json};

use super::text::{Block, captures_at, has_any, re};
use crate::limits::{StopFlag, Stopped, cap_bytes};

/// Month names and abbreviations (accents removed, lower case) in the six languages.
const MONTH_NAMES: &[(&str, u32)] = &[
    ("january", 1),
    ("jan", 1),
    ("janvier", 1),
    ("janv", 1),
    ("enero", 1),
    ("ene", 1),
    ("janeiro", 1),
    ("gennaio", 1),
    ("gen", 1),
    ("januar", 1),
    ("janner", 1),
    ("february", 2),
    ("feb", 2),
    ("fevrier", 2),
    ("fevr", 2),
    ("fev", 2),
    ("febrero", 2),
    ("fevereiro", 2),
    ("febbraio", 2),
    ("februar", 2),
    ("march", 3),
    ("mar", 3),
    ("mars", 3),
    ("marzo", 3),
    ("marco", 3),
    ("marz", 3),
    ("maerz", 3),
    ("april", 4),
    ("apr", 4),
    ("avril", 4),
    ("avr", 4),
    ("abril", 4),
    ("abr", 4),
    ("aprile", 4),
    ("may", 5),
    ("mai", 5),
    ("mayo", 5),
    ("maio", 5),
    ("maggio", 5),
    ("mag", 5),
    ("june", 6),
    ("jun", 6),
    ("juin", 6),
    ("junio", 6),
    ("junho", 6),
    ("giugno", 6),
    ("giu", 6),
    ("juni", 6),
    ("july", 7),
    ("jul", 7),
    ("juillet", 7),
    ("juil", 7),
    ("julio", 7),
    ("julho", 7),
    ("luglio", 7),
    ("lug", 7),
    ("juli", 7),
    ("august", 8),
    ("aug", 8),
    ("aout", 8),
    ("agosto", 8),
    ("ago", 8),
    ("september", 9),
    ("sep", 9),
    ("sept", 9),
    ("septembre", 9),
    ("septiembre", 9),
    ("setiembre", 9),
    ("setembro", 9),
    ("settembre", 9),
    ("set", 9),
    ("october", 10),
    ("oct", 10),
    ("octobre", 10),
    ("octubre", 10),
    ("outubro", 10),
    ("out", 10),
    ("ottobre", 10),
    ("ott", 10),
    ("oktober", 10),
    ("okt", 10),
    ("november", 11),
    ("nov", 11),
    ("novembre", 11),
    ("noviembre", 11),
    ("novembro", 11),
    ("december", 12),
    ("dec", 12),
    ("decembre", 12),
    ("diciembre", 12),
    ("dic", 12),
    ("dezembro", 12),
    ("dez", 12),
    ("dicembre", 12),
    ("dezember", 12),
];

/// The alternation of month names as they are written (with their accents).
const MONTHS: &str = "january|february|march|april|may|june|july|august|september|october|november|december|janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre|janeiro|fevereiro|março|maio|junho|julho|setembro|outubro|novembro|dezembro|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre|januar|jänner|februar|märz|maerz|juni|juli|oktober|dezember|janv|févr|fevr|sept|juil|jan|feb|mar|apr|jun|jul|aug|sep|oct|nov|dec|okt|dez|avr|déc|ene|abr|ago|dic|gen|mag|giu|lug|set|ott";

static DAY_MONTH_YEAR: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        r"(?i)(?-u:\b)(\d{{1,2}})(?:st|nd|rd|th|er|°|º|\.)?(?:\s*|[-/])(?:of\s+|de\s+|del\s+)?({MONTHS})(?-u:\b)\.?(?:,?\s*|[-/])(?:de\s+|del\s+)?(\d{{4}})(?-u:\b)"
    ))
});
static MONTH_DAY_YEAR: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        r"(?i)(?-u:\b)({MONTHS})(?-u:\b)\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})(?-u:\b)"
    ))
});
static YMD_SLASH_DATE: LazyLock<Regex> =
    LazyLock::new(|| re(r"(?-u:\b)(\d{4})/(\d{1,2})/(\d{1,2})(?-u:\b)"));
static ISO_DATE: LazyLock<Regex> = LazyLock::new(|| re(r"(?-u:\b)(\d{4})-(\d{2})-(\d{2})(?-u:\b)"));
static SLASH_DATE: LazyLock<Regex> =
    LazyLock::new(|| re(r"(?-u:\b)(\d{1,2})/(\d{1,2})/(\d{4})(?-u:\b)"));
static DOT_DATE: LazyLock<Regex> =
    LazyLock::new(|| re(r"(?-u:\b)(\d{1,2})\.(\d{1,2})\.(\d{4})(?-u:\b)"));
static DASH_DATE: LazyLock<Regex> =
    LazyLock::new(|| re(r"(?-u:\b)(\d{1,2})-(\d{1,2})-(\d{4})(?-u:\b)"));

/// A clock time: `17:00`, `5:00 PM`, `5 p.m.`, `23h59`, `12:00 Uhr`, `noon`, with the
/// zone written after it when there is one.
static TIME: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)(?:(?-u:\b)(?P<h>[01]?\d|2[0-4])(?:\s?[:.h]\s?(?P<m>[0-5]\d))?\s?(?P<ampm>a\.?\s?m(?-u:\b)\.?|p\.?\s?m(?-u:\b)\.?)|(?-u:\b)(?P<h2>[01]?\d|2[0-4])\s?(?:[:.]|h)\s?(?P<m2>[0-5]\d)(?-u:\b)(?:\s?(?:h|hrs?|uhr|horas?)(?-u:\b))?|(?-u:\b)(?:ore|le|las|alle)\s+(?P<h3>[01]?\d|2[0-4])(?-u:\b)|(?-u:\b)(?P<h4>[01]?\d|2[0-4])\s?h(?-u:\b)|(?-u:\b)(?P<word>noon|midday|midnight|midi|minuit|mediodía|medianoche|mezzogiorno|mezzanotte|meio-dia|meia-noite|mittag|mitternacht)(?-u:\b))",
    )
});
static ZONE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^[\s,]*(?:\(\s*)?(?:noon\s*,?\s*)?(?P<z>(?:ET|EST|EDT|CT|CST|CDT|MT|MST|MDT|PT|PST|PDT|AKST|AKDT|HST|UTC|GMT|CET|CEST|EET|EEST|WET|WEST|BST|EAT|WAT|CAT|SAST|IST|GST|Z)(?-u:\b)|(?:(?i:local time)[\w' ]{0,40}?(?:organi[sz]ation|time)(?-u:\b)|[A-Z][a-z]+(?: [A-Z][a-z]+)? (?:Standard |Daylight |Prevailing )?Time|(?i:eastern|central|pacific|mountain)(?: time)?|(?i:local time)|(?i:submitter's local time)|heure de [A-Z][a-zé]+|ora di [A-Z][a-z]+|hora (?:peninsular|de [A-Z][a-z]+)|(?i:hora local)|(?i:heure locale)|(?i:ora locale)|(?i:ortszeit)))",
    )
});

/// A date read from the text: its ISO form and where it is.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct FoundDate {
    pub iso: String,
    pub range: Range<usize>,
}

fn fold(c: char) -> char {
    match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' => 'a',
        'ç' => 'c',
        'è' | 'é' | 'ê' | 'ë' => 'e',
        'ì' | 'í' | 'î' | 'ï' => 'i',
        'ñ' => 'n',
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' => 'o',
        'ù' | 'ú' | 'û' | 'ü' => 'u',
        other => other,
    }
}

fn month_number(name: &str) -> Option<u32> {
    let folded: String = name
        .trim_end_matches('.')
        .to_lowercase()
        .chars()
        .map(fold)
        .collect();
    MONTH_NAMES
        .iter()
        .find(|(n, _)| *n == folded)
        .map(|(_, m)| *m)
}

fn iso(y: &str, m: u32, d: &str) -> Option<String> {
    let (y, d): (i32, u32) = (y.parse().ok()?, d.parse().ok()?);
    if !(1950..=2100).contains(&y) {
        return None;
    }
    chrono::NaiveDate::from_ymd_opt(y, m, d).map(|date| date.format("%Y-%m-%d").to_string())
}

/// How a document writes `a/b/yyyy`: month first (as in the United States) or day
/// first (almost everywhere else).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Convention {
    MonthFirst,
    DayFirst,
}

/// The document's convention: from its unambiguous numeric dates (a first number over
/// 12 is a day, a second over 12 is a day), else from its language (month first in
/// English, day first otherwise).
pub(super) fn convention<'a>(texts: impl Iterator<Item = &'a str>, english: bool) -> Convention {
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
pub(super) fn dates(text: &str, convention: Convention) -> Vec<FoundDate> {
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
        push(
            iso(&c[1], c[2].parse().unwrap_or(0), &c[3]),
            shift(at, c.get(0).unwrap().range()),
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

fn shift(at: usize, r: Range<usize>) -> Range<usize> {
    at + r.start..at + r.end
}

/// A time of day as `HH:MM` (24-hour) and the zone written after it.
pub(super) fn time_in(text: &str) -> Option<(String, Option<String>, Range<usize>)> {
    let c = TIME.captures(text)?;
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
    } else if let Some(h) = c.name("h3") {
        (h.as_str().parse().ok()?, 0)
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

/// What a dated entry is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Kind {
    Questions,
    Intent,
    Session,
    Submission,
    Award,
    Start,
    End,
    Publication,
    /// A date inside a legal reference ("Council Decision of 27 November 2009"):
    /// not an entry at all.
    Reference,
}

impl Kind {
    pub fn name(self) -> &'static str {
        match self {
            Kind::Questions => "questions",
            Kind::Intent => "expression_of_interest",
            Kind::Session => "information_session",
            Kind::Submission => "submission",
            Kind::Award => "award_notification",
            Kind::Start => "project_start",
            Kind::End => "project_end",
            Kind::Publication => "publication",
            Kind::Reference => "reference",
        }
    }
}

/// Cue words of each kind, in the order they are tried: a clause that speaks of
/// questions and of submitting ("questions must be submitted by…") is about questions.
const KIND_CUES: &[(Kind, &[&str])] = &[
    (
        Kind::Reference,
        &[
            "regulation",
            "decision of",
            "decree",
            "directive",
            "ordonnance",
            "décret",
            "decreto",
            "règlement",
            "reglamento",
            "regolamento",
            "verordnung",
            "gesetz",
            " law ",
            "ley ",
            "loi n",
            "legge",
            "official journal",
            "journal officiel",
            "boe",
            "convenio colectivo",
            "far 52",
            "(jan 20",
            "(feb 20",
            "(mar 20",
            "(apr 20",
            "(may 20",
            "(jun 20",
            "(jul 20",
            "(aug 20",
            "(sep 20",
            "(oct 20",
            "(nov 20",
            "(dec 20",
        ],
    ),
    (
        Kind::Questions,
        &[
            "question",
            "clarification",
            "inquir",
            "enquir",
            "q&a",
            "answers",
            "responses to",
            "preguntas",
            "aclaracion",
            "aclaración",
            "consultas",
            "éclaircissement",
            "eclaircissement",
            "renseignements",
            "réponse aux",
            "reponse aux",
            "chiariment",
            "quesiti",
            "domande di",
            "risposte",
            "esclarecimento",
            "perguntas",
            "rückfrage",
            "ruckfrage",
            "fragen",
            "antworten",
        ],
    ),
    (
        Kind::Intent,
        &[
            "letter of intent",
            "letters of intent",
            "(loi)",
            " loi ",
            "loi decision",
            "expression of interest",
            "expressions of interest",
            "concept note",
            "pre-application",
            "preliminary proposal",
            "lettre d'intention",
            "manifestation d'intérêt",
            "manifestación de interés",
            "manifestazione di interesse",
            "manifestação de interesse",
            "interessenbekundung",
            "eligibility checklist",
        ],
    ),
    (
        Kind::Session,
        &[
            "webinar",
            "webinaire",
            "information session",
            "info session",
            "informational session",
            "pre-bid",
            "pre-proposal conference",
            "pre-submission",
            "briefing",
            "site visit",
            "site inspection",
            "bidders conference",
            "bidders' conference",
            "réunion d'information",
            "visite",
            "sesión informativa",
            "sessione informativa",
            "sopralluogo",
            "informationsveranstaltung",
            "besichtigung",
            "sessão de esclarecimento",
        ],
    ),
    (
        Kind::Publication,
        &[
            "on or after",
            "effective",
            "in effect",
            "entrée en vigueur",
            "en vigor",
            "in vigore",
            "in kraft",
            "open date",
            "opening date",
            "earliest submission",
            "ouverture de",
            "apertura de",
            "apertura del",
            "abertura",
            "eröffnung",
        ],
    ),
    (
        Kind::Submission,
        &[
            "deadline",
            "open until",
            "ouvert jusqu",
            "abierta hasta",
            "aberta até",
            "aperto fino",
            "geöffnet bis",
            "accepted until",
            "received until",
            "jusqu'au",
            "presentar",
            "recibir",
            "hasta las",
            "entreg",
            "apresentad",
            "présentées",
            "déposé",
            "remis",
            "soumis",
            "transmis",
            "envoy",
            "eingereicht",
            "einzureichen",
            "vorzulegen",
            "presentat",
            "consegnat",
            "closing date",
            "close date",
            "closing time",
            "closes",
            "due",
            "submission",
            "submit",
            "receipt of",
            "received",
            "no later than",
            "not later than",
            "reply by",
            "respond by",
            "bid opening",
            "opening of bids",
            "tender opening",
            "apply by",
            "date limite",
            "au plus tard",
            "avant le",
            "clôture",
            "cloture",
            "remise des",
            "dépôt",
            "depot des",
            "soumission",
            "retour des offres",
            "réception des",
            "fecha límite",
            "fecha limite",
            "plazo",
            "presentación de",
            "presentacion de",
            "a más tardar",
            "cierre",
            "hasta el",
            "recepción de",
            "prazo",
            "data limite",
            "data-limite",
            "até o dia",
            "até às",
            "entrega das",
            "submissão",
            "encerramento",
            "scadenza",
            "entro",
            "termine",
            "presentazione delle",
            "inviate",
            "pervenire",
            "frist",
            "abgabe",
            "einreichung",
            "einsendeschluss",
            "spätestens",
            "bis zum",
            "eingang",
            "schlusstermin",
        ],
    ),
    (
        Kind::Award,
        &[
            "award",
            "notification",
            "notified",
            "decision",
            "announce",
            "selection of",
            "attribution",
            "adjudicación",
            "adjudicacion",
            "resolución",
            "aggiudicazione",
            "zuschlag",
            "jury",
            "soutenance",
            "interview",
            "oral presentation",
            "evaluation",
            "review",
            "évaluation",
            "evaluación",
            "valutazione",
            "bewertung",
            "choix du",
            "signing of",
            "signature",
            "contract award",
        ],
    ),
    (
        Kind::Start,
        &[
            "start",
            "commence",
            "begin",
            "implementation period",
            "inception",
            "kick-off",
            "kickoff",
            "début",
            "debut",
            "démarrage",
            "commencement",
            "inicio",
            "início",
            "inizio",
            "avvio",
            "beginn",
            "arrival",
            "arrivée",
        ],
    ),
    (
        Kind::End,
        &[
            "end date",
            "completion",
            "period of performance",
            "ends",
            "end of",
            "fin de",
            "fin del",
            "fine del",
            "ende",
            "until",
            "duration",
            "durée",
            "duración",
            "durata",
            "laufzeit",
            "expiration",
            "expire",
            "valid until",
            "validity",
            "livraison",
            "delivery",
            "entrega final",
            "consegna",
        ],
    ),
    (
        Kind::Publication,
        &[
            "publication",
            "published",
            "posted",
            "posting",
            "issue date",
            "issued",
            "release date",
            "released",
            "open date",
            "opening date",
            "date:",
            "publié",
            "publicación",
            "publicado",
            "pubblicazione",
            "pubblicato",
            "veröffentlich",
            "created",
            "dated",
            "rev.",
            "revision",
            "version",
            "last updated",
            "modified",
            "launched",
            "lancé",
            "lanzad",
        ],
    ),
];

/// Words that make a closing cue strong: the deadline itself, not a passing "due".
const STRONG: &[&str] = &[
    "deadline",
    "closing date",
    "close date",
    "due date",
    "date limite",
    "fecha límite",
    "fecha limite",
    "plazo",
    "prazo",
    "data limite",
    "data-limite",
    "scadenza",
    "termine",
    "frist",
    "einsendeschluss",
    "schlusstermin",
    "no later than",
    "not later than",
    "au plus tard",
    "a más tardar",
    "entro e non oltre",
    "spätestens",
    "reply by",
    "bid opening",
    "closing time",
    "apply by",
    "applications close",
    "application close",
];

/// What is being submitted.
const OBJECTS: &[&str] = &[
    "proposal",
    "application",
    "bid",
    "offer",
    "quote",
    "quotation",
    "tender",
    "submission",
    "response",
    "dossier",
    "offre",
    "candidature",
    "propuesta",
    "oferta",
    "solicitud",
    "proposicion",
    "proposición",
    "proposta",
    "domand",
    "richiest",
    "offert",
    "candidatura",
    "angebot",
    "antrag",
    "bewerbung",
    "projets",
];

/// An amended date: it wins over the original.
const AMENDED: &[&str] = &[
    "extended",
    "extension",
    "new deadline",
    "revised",
    "amended",
    "postponed",
    "moved to",
    "prorogé",
    "proroge",
    "reporté",
    "reporte",
    "nouvelle date",
    "prorrogad",
    "ampliad",
    "nueva fecha",
    "prorrogat",
    "differit",
    "nuova scadenza",
    "verlängert",
    "verschoben",
    "neue frist",
    "nova data",
];

/// A superseded date.
const ORIGINAL: &[&str] = &[
    "original",
    "initial",
    "previous",
    "former",
    "initialement",
    "anterior",
    "precedente",
    "ursprünglich",
    "bisherige",
];

/// Headings of sections about submitting.
const SUBMISSION_HEADINGS: &[&str] = &[
    "submission",
    "deadline",
    "how to apply",
    "closing",
    "due date",
    "key dates",
    "soumission",
    "date limite",
    "dépôt",
    "remise des",
    "presentación",
    "plazo",
    "presentazione",
    "termine",
    "scadenz",
    "submissão",
    "prazo",
    "einreichung",
    "frist",
];

/// Range words between two dates: the first one starts a period.
const RANGE_WORDS: &[&str] = &[
    "-", "–", "—", "to", "until", "till", "through", "thru", "au", "à", "al", "a", "hasta",
    "fino al", "bis", "and", "et", "y", "e", "und", "und dem",
];

/// The kind whose cue comes first in `context` (a table header's first column).
fn first_kind(context: &str) -> Option<Kind> {
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
fn starts_word_with_any(lower: &str, cues: &[&str]) -> bool {
    cues.iter().any(|c| {
        // German writes its cues inside compounds ("Angebotsfrist"): those match
        // anywhere.
        let inside = ["frist", "abgabe", "einreichung", "schluss", "termin"].contains(c);
        lower.match_indices(c).any(|(i, _)| {
            inside
                || !c.starts_with(char::is_alphanumeric)
                || !lower[..i].ends_with(char::is_alphanumeric)
        })
    })
}

/// Where the clause that starts at `from` ends, at most at `reach`: at `;`, a line
/// end, or a full stop that ends a sentence ("5 p.m. ET" goes on).
fn clause_end(text: &str, from: usize, reach: usize) -> usize {
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

/// Whether `a` and `b` are the ends of a period ("4 May to 7 June", "1/7 – 28/2").
fn is_range(text: &str, a: &FoundDate, b: &FoundDate) -> bool {
    let between = text[a.range.end..b.range.start.max(a.range.end)]
        .trim()
        .trim_matches([',', '(', ')'])
        .trim()
        .to_lowercase();
    RANGE_WORDS.contains(&between.as_str())
}

/// Where a clause starts before byte `at` of `text`: after the last sentence end, `;`
/// or table cell boundary, and never before `floor`.
fn clause_start(text: &str, floor: usize, at: usize) -> usize {
    let window = &text[floor..at];
    let mut start = floor;
    for (i, c) in window.char_indices().rev() {
        let absolute = floor + i;
        let cut = match c {
            ';' | '•' | '▪' | '·' => true,
            '.' | '!' | '?' => text[absolute + 1..at]
                .strip_prefix(' ')
                .is_some_and(|rest| rest.starts_with(|c: char| c.is_uppercase())),
            _ => false,
        };
        if cut {
            start = absolute + c.len_utf8();
            break;
        }
    }
    start
}

fn letter_words(text: &str) -> usize {
    text.split_whitespace()
        .filter(|w| w.chars().filter(|c| c.is_alphabetic()).count() >= 2)
        .count()
}

/// One dated entry: its date, what it is for, how well it is supported as the
/// submission deadline, its time and quote.
#[derive(Debug, Clone)]
pub(super) struct Dated {
    pub iso: String,
    pub kind: Option<Kind>,
    pub score: i32,
    pub superseded: bool,
    pub time: Option<(String, Option<String>)>,
    pub quote: String,
    pub order: usize,
}

impl Dated {
    pub fn to_json(&self, kind: &str) -> Value {
        let mut d = json!({ "what": kind, "date": self.iso, "quote": self.quote });
        if let Some((time, zone)) = &self.time {
            d["time"] = json!(time);
            if let Some(z) = zone {
                d["time_zone"] = json!(z);
            }
        }
        d
    }
}

/// The kind a context's words speak of, first in [`KIND_CUES`] order.
fn kind_of(context: &str) -> Option<Kind> {
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

/// Every dated entry of the document's paragraphs, at most `max`.
pub(super) fn dated_entries(
    blocks: &[Block],
    convention: Convention,
    max: usize,
    limit: &StopFlag,
) -> Result<Vec<Dated>, Stopped> {
    let mut out: Vec<Dated> = Vec::new();
    for (bi, block) in blocks.iter().enumerate() {
        limit.check()?;
        if out.len() >= max {
            break;
        }
        let text: &str = &block.text;
        let found = dates(text, convention);
        for (n, date) in found.iter().enumerate() {
            if n % 64 == 63 {
                limit.check()?;
            }
            if out.len() >= max {
                break;
            }
            let r = date.range.clone();
            let (line, _) = block.line_at(r.start);
            let line_text = &text[line.clone()];
            let table_row = line_text.matches('|').count() >= 2;
            // The end of a range ("du 4 mai au 7 juin") shares the words before the
            // range's start.
            let closes_range = n > 0 && is_range(text, &found[n - 1], date);
            let previous_end = match n {
                0 => 0,
                1 if closes_range => 0,
                _ if closes_range => found[n - 2].range.end,
                _ => found[n - 1].range.end,
            };
            // The words before the date that speak of it.
            let floor = text
                .floor_char_boundary(r.start.saturating_sub(240))
                .max(previous_end);
            let before_start = if table_row {
                line.start.max(floor)
            } else {
                clause_start(text, floor, r.start)
            };
            let mut before = text[before_start..r.start].to_owned();
            // A value standing alone under its label: the label is the previous
            // paragraph's end ("Full Proposal Deadline(s):" then the date).
            // Under a table's header row ("Application Due Dates | Review | Start
            // Date"), the first date of a row is the first column's: the header's
            // earliest cue, not its strongest.
            let mut from_header = false;
            if letter_words(&before) < 2 && bi > 0 {
                let prev: &str = &blocks[bi - 1].text;
                let tail = &prev[prev.floor_char_boundary(prev.len().saturating_sub(240))..];
                // A short paragraph above is the value's label; a long one is a
                // header row, which may begin in the paragraph before it.
                let label = prev.split_whitespace().count() <= 8 || prev.trim_end().ends_with(':');
                let mut earlier = String::new();
                if n == 0 && !label {
                    // The header row's earlier paragraphs, back to a sentence's end.
                    for b in blocks[..bi - 1].iter().rev().take(6) {
                        let t: &str = &b.text;
                        if t.trim_end().ends_with('.') || earlier.len() + t.len() > 320 {
                            break;
                        }
                        earlier = format!("{t} {earlier}");
                    }
                }
                before = format!("{earlier} {tail} {before}");
                from_header = n == 0 && !label;
            }
            let next_start = found.get(n + 1).map_or(text.len(), |d| d.range.start);
            let after_end = if table_row {
                line.end.min(next_start)
            } else {
                let reach = text
                    .ceil_char_boundary((r.end + 100).min(text.len()))
                    .min(next_start);
                clause_end(text, r.end, reach)
            };
            let after = &text[r.end..after_end.max(r.end)];
            // The first of a range ("from 4 May to 7 June") opens a period.
            let opens_range = found
                .get(n + 1)
                .is_some_and(|next| is_range(text, date, next));
            let context = format!("{before} {after}");
            // A date that labels what follows ("June 1, 2024: Project start", "April 4,
            // 2024 - Overview of…") is about what follows.
            let labels_after = after.trim_start().starts_with([':', '-', '–', '—']);
            let own_row =
                table_row.then(|| format!("{} {}", &text[line.start.max(floor)..r.start], after));
            let mut kind =
                if let Some(row) = own_row.as_deref().filter(|row| kind_of(row).is_some()) {
                    // A table row's own words say what its date is; its header only
                    // when they do not.
                    kind_of(row)
                } else if labels_after {
                    kind_of(after).or_else(|| kind_of(&before))
                } else if from_header {
                    if has_any(&before, STRONG) && !has_any(&before, &["question"]) {
                        Some(Kind::Submission)
                    } else {
                        first_kind(&before).or_else(|| kind_of(after))
                    }
                } else {
                    kind_of(&before).or_else(|| kind_of(after))
                };
            if kind.is_none() && has_any(block.heading, SUBMISSION_HEADINGS) {
                kind = Some(Kind::Submission);
            }
            if opens_range && kind == Some(Kind::Submission) {
                kind = Some(Kind::Start);
            }
            // "Applications are accepted from 4 May to 7 June": the period's end is the
            // deadline.
            if closes_range && kind.is_none() && has_any(&before, OBJECTS) {
                kind = Some(Kind::Submission);
            }
            if kind == Some(Kind::Reference) {
                continue;
            }
            let lower = context.to_lowercase();
            // "extended to 24 July" amends this date; "10 July has been extended to…"
            // is the date being replaced.
            let amended_before = has_any(&before, AMENDED);
            let amended =
                amended_before || ((table_row || labels_after) && has_any(after, AMENDED));
            let superseded = has_any(&lower, ORIGINAL)
                || (!amended && !table_row && !labels_after && has_any(after, AMENDED));
            if kind.is_none()
                && amended_before
                && out
                    .last()
                    .is_some_and(|d: &Dated| d.kind == Some(Kind::Submission))
            {
                kind = Some(Kind::Submission);
            }
            let mut score = 0;
            if kind == Some(Kind::Submission) {
                if has_any(&lower, STRONG) {
                    score += 3;
                }
                if has_any(&lower, OBJECTS) {
                    score += 2;
                }
                score += 1;
                if has_any(block.heading, SUBMISSION_HEADINGS) {
                    score += 2;
                }
                if amended {
                    score += 4;
                }
                if superseded {
                    score -= 4;
                }
            }
            // Its time: after the date in its clause, else before it.
            let time = time_in(cap_bytes(after, 60))
                .filter(|(_, _, at)| at.start < 30)
                .or_else(|| {
                    let near =
                        &before[before.floor_char_boundary(before.len().saturating_sub(90))..];
                    time_in(near)
                })
                .or_else(|| {
                    // "All applications are due by 5:00 PM local time" under a table
                    // of due dates.
                    let next: &str = &blocks.get(bi + 1)?.text;
                    let next = cap_bytes(next, 200);
                    (kind == Some(Kind::Submission)
                        && has_any(
                            next,
                            &["due", "deadline", "submitted", "received", "closing"],
                        ))
                    .then(|| time_in(next))
                    .flatten()
                })
                .map(|(t, z, _)| (t, z));
            if time.is_some() && score > 0 {
                score += 1;
            }
            out.push(Dated {
                iso: date.iso.clone(),
                kind,
                score,
                superseded,
                time,
                quote: block.quote(r.clone()),
                order: out.len(),
            });
        }
    }
    Ok(out)
}

/// The submission deadline: the best-supported closing date, the earliest of equals.
/// A date needs a closing cue and either a strong one ("deadline", "no later than",
/// "date limite"…) or what is submitted ("proposals", "offres"…): a lone "due" is
/// not enough.
pub(super) fn submission_deadline(entries: &[Dated]) -> Option<&Dated> {
    entries
        .iter()
        .filter(|d| d.kind == Some(Kind::Submission) && d.score >= 3)
        .max_by_key(|d| (d.score, std::cmp::Reverse(d.order)))
}

/// The document's deadlines as the analysis lists them.
pub(super) struct Deadlines {
    /// The submission deadline, with the time said where the same date is repeated.
    pub chosen: Option<Dated>,
    /// The submission deadline first, then every other dated entry with its kind,
    /// once per date and kind.
    pub list: Vec<Value>,
    /// Why there is no submission deadline, when there is none.
    pub note: Option<String>,
}

/// The deadlines of `entries`: the submission deadline first, with its time.
pub(super) fn deadlines(entries: &[Dated]) -> Deadlines {
    let chosen = submission_deadline(entries).cloned().map(|mut c| {
        // The deadline's time may be written where the same date is said again
        // ("31 March 2011" on the cover, "by 31 March 2011 at 5 p.m." inside).
        if c.time.is_none() {
            c.time = entries
                .iter()
                .filter(|d| d.kind == Some(Kind::Submission) && d.iso == c.iso)
                .find_map(|d| d.time.clone());
        }
        c
    });
    let mut list = Vec::new();
    let mut seen = std::collections::HashSet::new();
    if let Some(c) = &chosen {
        list.push(c.to_json("submission"));
        seen.insert((c.iso.clone(), "submission"));
    }
    for d in entries {
        let kind = match d.kind {
            Some(Kind::Submission) if chosen.as_ref().is_some_and(|c| c.order == d.order) => {
                "submission"
            }
            Some(Kind::Submission) if d.superseded => "superseded_submission",
            Some(Kind::Submission) if d.score >= 3 => "submission",
            Some(Kind::Submission) => "other",
            Some(k) => k.name(),
            None => continue,
        };
        if seen.insert((d.iso.clone(), kind)) {
            list.push(d.to_json(kind));
        }
    }
    let note = chosen.is_none().then(|| {
        if entries.iter().any(|d| d.kind == Some(Kind::Submission)) {
            "No submission deadline: the dates near closing words are not clearly the deadline for submissions.".to_owned()
        } else {
            "No submission deadline: no date in the document stands beside a closing cue (deadline, due, no later than, date limite, fecha límite, prazo, scadenza, Frist).".to_owned()
        }
    });
    Deadlines { chosen, list, note }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(s: &str) -> Vec<String> {
        dates(s, Convention::MonthFirst)
            .into_iter()
            .map(|d| d.iso)
            .collect()
    }

    #[test]
    fn dates_are_read_in_the_notations_real_documents_use() {
        let cases: &[(&str, &str)] = &[
            ("due March 15, 2027 at noon", "2027-03-15"),
            ("Wednesday, October 15, 2025", "2025-10-15"),
            ("closes 15th March 2027", "2027-03-15"),
            ("by the 15th of March 2027", "2027-03-15"),
            ("by 2027-03-15", "2027-03-15"),
            ("Deadline Date: 2023-12-10 00:00:00 Z", "2023-12-10"),
            ("by 03/15/2027", "2027-03-15"),
            ("le 24 août 2025", "2025-08-24"),
            ("les 31 mars et 1er avril 2022", "2022-04-01"),
            ("el 15 de marzo de 2027", "2027-03-15"),
            ("até 15 de março de 2027", "2027-03-15"),
            ("entro il 30 settembre 2011", "2011-09-30"),
            ("bis zum 15. März 2027", "2027-03-15"),
            ("am 15.03.2027", "2027-03-15"),
            ("Sept. 7, 2023", "2023-09-07"),
            ("November 07, 2025 November 07, 2025", "2025-11-07"),
            ("Closing: 15-Mar-2027 at 11:00", "2027-03-15"),
            ("by 2027/03/15", "2027-03-15"),
        ];
        for (text, want) in cases {
            assert!(
                read(text).contains(&want.to_string()),
                "{text}: {:?}",
                read(text)
            );
        }
        assert_eq!(read("by 31 February 2027"), Vec::<String>::new());
        assert_eq!(read("version 10/3/25, 9:05 AM"), Vec::<String>::new());
        assert_eq!(read("Ley 4/2019, de 17 de julio"), Vec::<String>::new());
    }

    #[test]
    fn numeric_dates_follow_the_documents_convention() {
        let day_first = convention(
            ["offres le 21/11/2025, soutenance 15/12/2025"].into_iter(),
            false,
        );
        assert_eq!(day_first, Convention::DayFirst);
        assert_eq!(dates("05/12/2025", day_first)[0].iso, "2025-12-05");
        let us = convention(["issued 2/19/2021, due 3/26/2021"].into_iter(), true);
        assert_eq!(us, Convention::MonthFirst);
        assert_eq!(dates("4/2/2021", us)[0].iso, "2021-04-02");
        assert_eq!(
            convention(["no numeric dates"].into_iter(), false),
            Convention::DayFirst
        );
    }

    #[test]
    fn times_and_zones_are_read_in_both_clocks() {
        let t = |s: &str| time_in(s).map(|(t, z, _)| (t, z));
        assert_eq!(
            t("at 5:00 PM (EDT)"),
            Some(("17:00".into(), Some("EDT".into())))
        );
        assert_eq!(
            t("by 1:00PM EST"),
            Some(("13:00".into(), Some("EST".into())))
        );
        assert_eq!(
            t("à 23h59 (heure de Paris)"),
            Some(("23:59".into(), Some("heure de Paris".into())))
        );
        assert_eq!(
            t("by 5 p.m. submitter's local time"),
            Some(("17:00".into(), Some("submitter's local time".into())))
        );
        assert_eq!(
            t("at noon, eastern"),
            Some(("12:00".into(), Some("eastern".into())))
        );
        assert_eq!(
            t("17:00 East Africa Time"),
            Some(("17:00".into(), Some("East Africa Time".into())))
        );
        assert_eq!(
            t("entro le 24 (ora di Bruxelles)"),
            Some(("24:00".into(), Some("ora di Bruxelles".into())))
        );
        assert_eq!(t("um 12:00 Uhr"), Some(("12:00".into(), None)));
        assert_eq!(
            t("4:00 pm Alaska Prevailing Time"),
            Some(("16:00".into(), Some("Alaska Prevailing Time".into())))
        );
        assert_eq!(t("page 12 of 40"), None);
    }
}
