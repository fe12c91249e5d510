//! Scoring an analysis against facts read by hand (`rfp eval`): the labelled set's
//! format and the rules each field is judged by. Pure functions, no I/O.
//!
//! The rules (also in the README):
//! - **deadline**: the analysis's submission deadline (`summary.deadline`, else the
//!   `deadlines` entry whose `what` is `submission`) is right when its date equals the
//!   label's (or one the label also accepts). Where the label says the document states
//!   none, the right answer is no deadline; any date is *invented*. The time is scored
//!   separately, on documents whose label has one.
//! - **budget**: the headline figure (`max`, else `total`) is right when it is within
//!   1 % of the label's headline figure (`max`, else `total`, or one also accepted) and
//!   the currency, when both give one, is the same; where the label says none is
//!   stated, the right answer is no figure. A reported `min` or `max` within 1 % of a
//!   trap amount (or of the call-wide total where the label has a per-award `max`) is
//!   a *trap taken*.
//! - **title** and **issuer**: by word overlap. Both sides are cut into words, lower
//!   case, accents removed, without stop words in the six languages and without words
//!   that only name the kind of document ("request", "proposals", "tender", "termes",
//!   "référence", "pliego", "bando"…). A title is right when at least 60 % of its words
//!   are in the label (or an accepted name), they share at least two words (one when the
//!   label has one), and they cover at least a quarter of the label's words. An issuer
//!   is right when at least 60 % of its words are in the label or an accepted name and
//!   they share a word that is not a generic organisation word ("department",
//!   "ministry", "office"…) or every word of an accepted name.
//! - **language**: the analysis's `extracted_data.language` (an ISO 639-1 code) is
//!   right when it is the label's (or one of a bilingual label's, `en+he`).
//! - **changes** (packages): the fields the package's `changes` name (`budget.max` and
//!   `budget.min` count as `budget`), among deadline, questions_due, budget, title and
//!   issuer, are right when they are exactly the label's `changes`.
//!
//! The compliance matrix is scored against hand counts in [`matrix`].

pub mod matrix;

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use serde_json::Value;

/// The labelled set: `{"format": "rfp-eval-labels/1", "documents": {file: Label},
/// "bundles": {name: BundleLabel}}`.
#[derive(Debug, Deserialize)]
pub struct LabelSet {
    pub format: String,
    pub documents: BTreeMap<String, Label>,
    /// Tender packages, scored as one analysis each (absent in older label sets).
    #[serde(default)]
    pub bundles: BTreeMap<String, BundleLabel>,
}

/// A tender package: its documents in upload order, the facts of the whole package
/// and the scored fields its later documents change.
#[derive(Debug, Clone, Deserialize)]
pub struct BundleLabel {
    pub documents: Vec<BundleDocument>,
    pub expected: Label,
    /// Among [`CHANGE_FIELDS`]: what the package's `changes` must name, no more.
    #[serde(default)]
    pub changes: Vec<String>,
}

#[derive(Debug, Clone, Deserialize)]
pub struct BundleDocument {
    pub file: String,
    /// `rfp` for the main document (first), else `annex`, `amendment` or
    /// `clarification`. (A label's `issued_on` is for the reader: the documents are
    /// uploaded in the listed order, which is the reading order the service keeps.)
    pub role: String,
}

/// The fields whose changes a package is scored on.
pub const CHANGE_FIELDS: [&str; 5] = ["deadline", "questions_due", "budget", "title", "issuer"];

/// How a package's `changes` compare with the label's.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ChangesScore {
    pub right: bool,
    /// Fields the label names that the package did not list.
    pub missing: Vec<String>,
    /// Fields the package listed that the label does not name.
    pub unexpected: Vec<String>,
    /// Everything the package listed (`field: before → after`), for the reader.
    pub reported: Vec<String>,
}

/// Scores an analysis's `changes` against the fields a label says change.
pub fn score_changes(expected: &[String], changes: &Value) -> ChangesScore {
    let list = changes.as_array().cloned().unwrap_or_default();
    let field = |c: &Value| {
        let f = c["field"].as_str().unwrap_or_default();
        f.split('.').next().unwrap_or_default().to_owned()
    };
    let mut got: Vec<String> = list
        .iter()
        .map(field)
        .filter(|f| CHANGE_FIELDS.contains(&f.as_str()))
        .collect();
    got.sort();
    got.dedup();
    let missing: Vec<String> = expected
        .iter()
        .filter(|e| !got.contains(e))
        .cloned()
        .collect();
    let unexpected: Vec<String> = got
        .iter()
        .filter(|g| !expected.contains(g))
        .cloned()
        .collect();
    ChangesScore {
        right: missing.is_empty() && unexpected.is_empty(),
        missing,
        unexpected,
        reported: list
            .iter()
            .map(|c| {
                format!(
                    "{}: {} → {}",
                    c["field"].as_str().unwrap_or("?"),
                    c["before"],
                    c["after"]
                )
            })
            .collect(),
    }
}

/// The format this version of `rfp eval` reads.
pub const LABELS_FORMAT: &str = "rfp-eval-labels/1";

#[derive(Debug, Clone, Deserialize)]
pub struct Label {
    pub title: String,
    pub issuer: String,
    #[serde(default)]
    pub language: Option<String>,
    /// `None`: the document states no submission deadline.
    pub deadline: Option<LabelDeadline>,
    #[serde(default)]
    pub questions_due: Option<String>,
    /// `None`: the document states no budget for the work.
    pub budget: Option<LabelBudget>,
    #[serde(default)]
    pub traps: Traps,
    #[serde(default)]
    pub deadline_also_accepted: Vec<String>,
    #[serde(default)]
    pub budget_also_accepted: Vec<f64>,
    #[serde(default)]
    pub title_also_accepted: Vec<String>,
    #[serde(default)]
    pub issuer_also_accepted: Vec<String>,
}

#[derive(Debug, Clone, Deserialize)]
pub struct LabelDeadline {
    pub date: String,
    #[serde(default)]
    pub time: Option<String>,
}

#[derive(Debug, Clone, Deserialize)]
pub struct LabelBudget {
    #[serde(default)]
    pub min: Option<f64>,
    #[serde(default)]
    pub max: Option<f64>,
    #[serde(default)]
    pub total: Option<f64>,
    #[serde(default)]
    pub currency: Option<String>,
}

impl LabelBudget {
    fn headline(&self) -> Option<f64> {
        self.max.or(self.total)
    }
}

#[derive(Debug, Clone, Default, Deserialize)]
pub struct Traps {
    #[serde(default)]
    pub amounts: Vec<f64>,
    #[serde(default)]
    pub dates: Vec<String>,
}

/// What an analysis says about the scored fields.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Observed {
    pub title: Option<String>,
    pub issuer: Option<String>,
    pub language: Option<String>,
    pub deadline: Option<String>,
    pub deadline_time: Option<String>,
    pub questions_due: Option<String>,
    pub budget_min: Option<f64>,
    pub budget_max: Option<f64>,
    pub budget_total: Option<f64>,
    pub currency: Option<String>,
}

fn text(v: &Value) -> Option<String> {
    match v {
        Value::String(s) if !s.trim().is_empty() => Some(s.trim().to_owned()),
        Value::Object(o) => o.get("value").and_then(text),
        _ => None,
    }
}

fn amount(v: &Value) -> Option<f64> {
    match v {
        Value::Number(n) => n.as_f64(),
        Value::String(s) => s.replace([',', ' '], "").parse().ok(),
        Value::Object(o) => o.get("amount").or_else(|| o.get("value")).and_then(amount),
        _ => None,
    }
}

/// The first ten characters of an ISO date (`2027-03-15T17:00` → `2027-03-15`).
fn day(v: &Value) -> Option<String> {
    let s = v.as_str()?.trim();
    (s.len() >= 10 && s.is_char_boundary(10)).then(|| s[..10].to_owned())
}

/// Reads the scored fields from an analysis in the default schema (either engine).
pub fn observe(analysis: &Value) -> Observed {
    let data = &analysis["extracted_data"];
    let summary = &analysis["summary"];
    let deadlines = data["deadlines"].as_array().cloned().unwrap_or_default();
    let of_kind = |kind: &str| {
        deadlines.iter().find(|d| {
            d["what"]
                .as_str()
                .is_some_and(|w| w.eq_ignore_ascii_case(kind))
        })
    };
    let submission = of_kind("submission");
    let deadline = day(&summary["deadline"]).or_else(|| submission.and_then(|d| day(&d["date"])));
    let deadline_time = submission
        .filter(|d| day(&d["date"]) == deadline)
        .and_then(|d| text(&d["time"]));
    let budget = &data["budget"];
    Observed {
        title: text(&data["title"]).or_else(|| text(&summary["title"])),
        issuer: text(&data["issuer"]).or_else(|| text(&summary["donor"])),
        language: text(&data["language"]).map(|l| l.to_lowercase()),
        deadline,
        deadline_time,
        questions_due: of_kind("questions").and_then(|d| day(&d["date"])),
        budget_min: amount(&budget["min"]),
        budget_max: amount(&budget["max"]),
        budget_total: amount(&budget["total"]),
        currency: text(&budget["currency"]).map(|c| c.to_uppercase()),
    }
}

/// How one field of one document came out.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Outcome {
    /// The right value.
    Right,
    /// Nothing reported, and the document states nothing: right too.
    RightEmpty,
    /// A wrong value.
    Wrong,
    /// Nothing reported where the document states a value.
    Missed,
    /// A value reported where the document states none.
    Invented,
    /// A trap (an amount or a date that is not this fact) reported as the fact.
    Trap,
    /// Not scored: the label has nothing to compare (e.g. no time in the label).
    NotScored,
}

impl Outcome {
    pub fn is_right(self) -> bool {
        matches!(self, Outcome::Right | Outcome::RightEmpty)
    }
}

/// One document's outcomes, field by field.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DocScore {
    pub deadline: Outcome,
    pub deadline_time: Outcome,
    pub questions_due: Outcome,
    pub budget: Outcome,
    pub title: Outcome,
    pub issuer: Outcome,
    #[serde(default = "not_scored")]
    pub language: Outcome,
    /// How a wrong or missed title differs from the label ([`name_miss`]).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title_miss: Option<NameMiss>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub issuer_miss: Option<NameMiss>,
}

/// How a name that is not right differs from the label's nearest accepted name, by
/// the same words the score compares: a diagnostic that says whether the engine took
/// the wrong line, or the right line cut or run on, without showing either text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum NameMiss {
    /// No name given.
    None,
    /// Not one word in common with any accepted name.
    NoWordShared,
    /// Some words in common, neither holding the other.
    SomeShared,
    /// Every word of an accepted name, and more beside (run on, or a longer line).
    LabelAndMore,
    /// Only words of an accepted name, too few of them (cut, or a short part).
    PartOfLabel,
}

impl NameMiss {
    pub const ALL: [NameMiss; 5] = [
        NameMiss::None,
        NameMiss::NoWordShared,
        NameMiss::SomeShared,
        NameMiss::LabelAndMore,
        NameMiss::PartOfLabel,
    ];

    pub fn describe(self) -> &'static str {
        match self {
            NameMiss::None => "none given",
            NameMiss::NoWordShared => "no word shared",
            NameMiss::SomeShared => "some words shared",
            NameMiss::LabelAndMore => "the label and more",
            NameMiss::PartOfLabel => "part of the label",
        }
    }
}

/// How `got`, scored `outcome`, misses the accepted names; `None` when it is right or
/// not scored.
pub fn name_miss<'a>(
    accepted: impl Iterator<Item = &'a String>,
    got: Option<&str>,
    outcome: Outcome,
) -> Option<NameMiss> {
    if !matches!(outcome, Outcome::Wrong | Outcome::Missed) {
        return None;
    }
    let Some(got) = got else {
        return Some(NameMiss::None);
    };
    let mine = words(got);
    accepted
        .map(|name| {
            let theirs = words(name);
            let shared = mine.iter().filter(|w| theirs.contains(w)).count();
            if shared == 0 {
                NameMiss::NoWordShared
            } else if shared == theirs.len() {
                NameMiss::LabelAndMore
            } else if shared == mine.len() {
                NameMiss::PartOfLabel
            } else {
                NameMiss::SomeShared
            }
        })
        .max()
        .or(Some(NameMiss::NoWordShared))
}

fn not_scored() -> Outcome {
    Outcome::NotScored
}

/// The scored fields, in report order.
pub const FIELDS: [&str; 7] = [
    "deadline",
    "deadline_time",
    "questions_due",
    "budget",
    "title",
    "issuer",
    "language",
];

impl DocScore {
    /// How the title or issuer is not right, when it is not.
    pub fn name_miss(&self, name: &str) -> Option<NameMiss> {
        match name {
            "title" => self.title_miss,
            "issuer" => self.issuer_miss,
            _ => None,
        }
    }

    pub fn field(&self, name: &str) -> Outcome {
        match name {
            "deadline" => self.deadline,
            "deadline_time" => self.deadline_time,
            "questions_due" => self.questions_due,
            "budget" => self.budget,
            "title" => self.title,
            "issuer" => self.issuer,
            "language" => self.language,
            _ => Outcome::NotScored,
        }
    }
}

pub fn score(label: &Label, got: &Observed) -> DocScore {
    let titles = || std::iter::once(&label.title).chain(&label.title_also_accepted);
    let issuers = || std::iter::once(&label.issuer).chain(&label.issuer_also_accepted);
    let title = score_name(titles(), got.title.as_deref(), NameRule::Title);
    let issuer = score_name(issuers(), got.issuer.as_deref(), NameRule::Issuer);
    DocScore {
        deadline: score_deadline(label, got),
        deadline_time: score_time(label, got),
        questions_due: match (&label.questions_due, &got.questions_due) {
            (None, _) => Outcome::NotScored,
            (Some(_), None) => Outcome::Missed,
            (Some(want), Some(g)) if want == g => Outcome::Right,
            (Some(_), Some(_)) => Outcome::Wrong,
        },
        budget: score_budget(label, got),
        title,
        issuer,
        title_miss: name_miss(titles(), got.title.as_deref(), title),
        issuer_miss: name_miss(issuers(), got.issuer.as_deref(), issuer),
        // "en+he": either language is right.
        language: match (&label.language, &got.language) {
            (None, _) => Outcome::NotScored,
            (Some(_), None) => Outcome::Missed,
            (Some(want), Some(g)) if want.split('+').any(|w| w.eq_ignore_ascii_case(g)) => {
                Outcome::Right
            }
            (Some(_), Some(_)) => Outcome::Wrong,
        },
    }
}

fn score_deadline(label: &Label, got: &Observed) -> Outcome {
    let accepted = label
        .deadline
        .iter()
        .map(|d| d.date.as_str())
        .chain(label.deadline_also_accepted.iter().map(String::as_str));
    let Some(g) = got.deadline.as_deref() else {
        return if label.deadline.is_some() {
            Outcome::Missed
        } else {
            Outcome::RightEmpty
        };
    };
    if accepted.into_iter().any(|a| a == g) {
        Outcome::Right
    } else if label.traps.dates.iter().any(|t| t == g) {
        Outcome::Trap
    } else if label.deadline.is_none() {
        Outcome::Invented
    } else {
        Outcome::Wrong
    }
}

/// `17:00`, `5:00 PM`, `5 p.m.`, `1700`, `24:00` → minutes after midnight.
pub fn minutes(time: &str) -> Option<u32> {
    let t = time.trim().to_ascii_lowercase();
    let pm = t.contains("pm") || t.contains("p.m");
    let am = t.contains("am") || t.contains("a.m");
    let digits: String = t
        .chars()
        .take_while(|c| c.is_ascii_digit() || matches!(c, ':' | '.' | 'h' | ' '))
        .collect();
    let mut parts = digits
        .split([':', '.', 'h'])
        .map(str::trim)
        .filter(|p| !p.is_empty());
    let first = parts.next()?;
    let (mut h, m): (u32, u32) = if first.len() == 4 && !digits.contains([':', '.', 'h']) {
        (first[..2].parse().ok()?, first[2..].parse().ok()?)
    } else {
        (
            first.parse().ok()?,
            parts.next().map_or(Some(0), |m| m.parse().ok())?,
        )
    };
    if pm && h < 12 {
        h += 12;
    }
    if am && h == 12 {
        h = 0;
    }
    (h <= 24 && m < 60).then_some(h * 60 + m)
}

fn score_time(label: &Label, got: &Observed) -> Outcome {
    let Some(want) = label.deadline.as_ref().and_then(|d| d.time.as_deref()) else {
        return Outcome::NotScored;
    };
    // The label's time, on its date or one it also accepts.
    let on_the_day = got.deadline.as_deref().is_some_and(|g| {
        label.deadline.as_ref().is_some_and(|d| d.date == g)
            || label.deadline_also_accepted.iter().any(|a| a == g)
    });
    match (&got.deadline_time, on_the_day) {
        (_, false) | (None, _) => Outcome::Missed,
        (Some(g), true) => {
            // Midnight is written both ways: "24:00" on the day and "00:00".
            let same = match (minutes(want), minutes(g)) {
                (Some(a), Some(b)) => a == b || (a % 1440 == 0 && b % 1440 == 0),
                _ => false,
            };
            if same { Outcome::Right } else { Outcome::Wrong }
        }
    }
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() <= 0.01 * a.abs().max(b.abs())
}

fn score_budget(label: &Label, got: &Observed) -> Outcome {
    let reported = got.budget_max.or(got.budget_total);
    let mut traps: Vec<f64> = label.traps.amounts.clone();
    if let Some(b) = &label.budget
        && b.max.is_some()
        && let Some(total) = b.total
    {
        traps.push(total);
    }
    let accepted: Vec<f64> = label
        .budget
        .as_ref()
        .and_then(LabelBudget::headline)
        .into_iter()
        .chain(label.budget_also_accepted.iter().copied())
        .collect();
    let is_trap =
        |v: f64| !accepted.iter().any(|a| close(*a, v)) && traps.iter().any(|t| close(*t, v));
    if [got.budget_max, got.budget_min]
        .into_iter()
        .flatten()
        .any(is_trap)
    {
        return Outcome::Trap;
    }
    let Some(value) = reported else {
        return if label.budget.is_some() {
            Outcome::Missed
        } else {
            Outcome::RightEmpty
        };
    };
    let Some(budget) = &label.budget else {
        // A document that states no budget of its own may still have a figure the
        // label tolerates (a listing's one call with a budget).
        return if accepted.iter().any(|a| close(*a, value)) {
            Outcome::Right
        } else {
            Outcome::Invented
        };
    };
    let currency_ok = match (&budget.currency, &got.currency) {
        (Some(a), Some(b)) => a.eq_ignore_ascii_case(b),
        _ => true,
    };
    let min_ok = match (budget.min, got.budget_min) {
        (Some(a), Some(b)) => close(a, b),
        _ => true,
    };
    if currency_ok && min_ok && accepted.iter().any(|a| close(*a, value)) {
        Outcome::Right
    } else {
        Outcome::Wrong
    }
}

#[derive(Clone, Copy)]
enum NameRule {
    Title,
    Issuer,
}

/// Words too common to say anything, in the six languages.
const STOP_WORDS: &[&str] = &[
    "the", "and", "for", "with", "from", "into", "its", "our", "this", "that", "des", "les",
    "pour", "par", "aux", "une", "sur", "dans", "del", "los", "las", "para", "por", "con", "una",
    "della", "delle", "degli", "dei", "per", "nel", "alla", "una", "dos", "das", "und", "der",
    "die", "den", "dem", "von", "fur", "mit", "zur", "zum", "ein", "eine",
];

/// Words that only say what kind of document it is.
const DOCUMENT_WORDS: &[&str] = &[
    "request",
    "requests",
    "proposal",
    "proposals",
    "call",
    "calls",
    "rfp",
    "rfq",
    "rfa",
    "rfi",
    "tender",
    "tenders",
    "quotation",
    "quote",
    "quotes",
    "invitation",
    "solicitation",
    "terms",
    "reference",
    "document",
    "documents",
    "notice",
    "guidelines",
    "appel",
    "projets",
    "offres",
    "termes",
    "cahier",
    "charges",
    "consultation",
    "pliego",
    "clausulas",
    "prescripciones",
    "licitacion",
    "convocatoria",
    "bando",
    "invito",
    "presentare",
    "proposte",
    "avviso",
    "edital",
    "chamada",
    "ausschreibung",
    "draft",
    "final",
    "page",
    "annex",
    "attachment",
];

/// Words most organisations' names have.
const ORGANISATION_WORDS: &[&str] = &[
    "department",
    "ministry",
    "office",
    "division",
    "unit",
    "directorate",
    "general",
    "national",
    "state",
    "government",
    "agency",
    "institute",
    "commission",
    "council",
    "services",
    "administration",
    "direction",
    "ministere",
    "ministerio",
    "ministero",
    "bureau",
    "team",
    "programme",
    "program",
    "fund",
    "foundation",
    "fundacion",
    "country",
    "regional",
    "head",
    "central",
    "federal",
];

fn fold(c: char) -> char {
    match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' => 'a',
        'ç' => 'c',
        'è' | 'é' | 'ê' | 'ë' => 'e',
        'ì' | 'í' | 'î' | 'ï' => 'i',
        'ñ' => 'n',
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' => 'o',
        'ù' | 'ú' | 'û' | 'ü' => 'u',
        other => other,
    }
}

/// The words a name is compared by.
pub fn words(text: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for w in text
        .split(|c: char| !c.is_alphanumeric())
        .map(|w| w.to_lowercase().chars().map(fold).collect::<String>())
    {
        let short = w.chars().count() < 3
            && !(w.chars().count() == 2 && w.chars().all(|c| c.is_ascii_digit()));
        if w.is_empty()
            || short
            || STOP_WORDS.contains(&w.as_str())
            || DOCUMENT_WORDS.contains(&w.as_str())
            || out.contains(&w)
        {
            continue;
        }
        out.push(w);
    }
    out
}

fn score_name<'a>(
    accepted: impl Iterator<Item = &'a String>,
    got: Option<&str>,
    rule: NameRule,
) -> Outcome {
    let Some(got) = got else {
        return Outcome::Missed;
    };
    let mine = words(got);
    if mine.is_empty() {
        return Outcome::Wrong;
    }
    let right = accepted.into_iter().any(|name| {
        let theirs = words(name);
        let shared: Vec<&String> = mine.iter().filter(|w| theirs.contains(w)).collect();
        let precision = shared.len() as f64 / mine.len() as f64;
        match rule {
            NameRule::Title => {
                let recall = shared.len() as f64 / theirs.len().max(1) as f64;
                precision >= 0.6 && shared.len() >= theirs.len().min(2) && recall >= 0.25
            }
            // "Country Office" alone is not the World Bank's office; "General
            // Services Administration", every word of an accepted name, is GSA.
            NameRule::Issuer => {
                precision >= 0.6
                    && (shared
                        .iter()
                        .any(|w| !ORGANISATION_WORDS.contains(&w.as_str()))
                        || (!theirs.is_empty() && shared.len() == theirs.len()))
            }
        }
    });
    if right {
        Outcome::Right
    } else {
        Outcome::Wrong
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn label(extra: Value) -> Label {
        let mut base = json!({
            "title": "Terms of Reference – Geospatial Programming Specialist for Ocean Health",
            "issuer": "World Bank – Tanzania Country Office",
            "deadline": { "date": "2027-03-15", "time": "17:00" },
            "budget": { "min": null, "max": 250000, "currency": "USD", "total": 4000000 },
            "traps": { "amounts": [25], "dates": ["2027-01-10"] }
        });
        for (k, v) in extra.as_object().unwrap() {
            base[k] = v.clone();
        }
        serde_json::from_value(base).unwrap()
    }

    fn analysis(deadline: Value, budget: Value) -> Value {
        json!({
            "summary": { "title": null, "deadline": deadline },
            "extracted_data": {
                "title": { "value": "Geospatial Programming Specialist", "quote": "…" },
                "issuer": { "value": "The World Bank", "quote": "…" },
                "deadlines": [{ "what": "submission", "date": deadline, "time": "5:00 PM" }],
                "budget": budget
            }
        })
    }

    #[test]
    fn deadlines_are_right_missed_invented_or_traps() {
        let l = label(json!({}));
        let got = observe(&analysis(json!("2027-03-15"), json!({})));
        let s = score(&l, &got);
        assert_eq!(s.deadline, Outcome::Right);
        assert_eq!(s.deadline_time, Outcome::Right, "5:00 PM is 17:00");
        let trap = observe(&analysis(json!("2027-01-10"), json!({})));
        assert_eq!(score(&l, &trap).deadline, Outcome::Trap);
        let other = observe(&analysis(json!("2027-03-16"), json!({})));
        assert_eq!(score(&l, &other).deadline, Outcome::Wrong);
        let none = observe(&json!({ "summary": {}, "extracted_data": {} }));
        assert_eq!(score(&l, &none).deadline, Outcome::Missed);
        let unstated = label(json!({ "deadline": null }));
        assert_eq!(score(&unstated, &none).deadline, Outcome::RightEmpty);
        assert_eq!(score(&unstated, &other).deadline, Outcome::Invented);
    }

    #[test]
    fn budgets_compare_the_headline_within_one_percent_and_catch_traps() {
        let l = label(json!({}));
        let right = observe(&analysis(
            json!(null),
            json!({ "max": 250_000.0, "currency": "USD" }),
        ));
        assert_eq!(score(&l, &right).budget, Outcome::Right);
        let near = observe(&analysis(json!(null), json!({ "max": 251_000.0 })));
        assert_eq!(score(&l, &near).budget, Outcome::Right);
        let euro = observe(&analysis(
            json!(null),
            json!({ "max": 250_000.0, "currency": "EUR" }),
        ));
        assert_eq!(score(&l, &euro).budget, Outcome::Wrong);
        let fee = observe(&analysis(json!(null), json!({ "max": 25.0 })));
        assert_eq!(score(&l, &fee).budget, Outcome::Trap);
        let total_as_max = observe(&analysis(json!(null), json!({ "max": 4_000_000.0 })));
        assert_eq!(score(&l, &total_as_max).budget, Outcome::Trap);
        let total_beside = observe(&analysis(
            json!(null),
            json!({ "max": 250_000.0, "total": { "amount": 4_000_000.0 } }),
        ));
        assert_eq!(score(&l, &total_beside).budget, Outcome::Right);
        let none = label(json!({ "budget": null }));
        assert_eq!(score(&none, &right).budget, Outcome::Invented);
        let empty = observe(&analysis(json!(null), json!({ "max": null })));
        assert_eq!(score(&none, &empty).budget, Outcome::RightEmpty);
        assert_eq!(score(&l, &empty).budget, Outcome::Missed);
    }

    #[test]
    fn names_are_judged_by_their_words_not_by_headings() {
        let l = label(json!({}));
        let s = score(&l, &observe(&analysis(json!(null), json!({}))));
        assert_eq!(s.title, Outcome::Right);
        assert_eq!(s.issuer, Outcome::Right);
        for heading in [
            "1. Background",
            "REQUEST FOR PROPOSAL",
            "Page 1 of 3",
            "Terms of Reference",
        ] {
            let got = Observed {
                title: Some(heading.into()),
                ..Observed::default()
            };
            assert_eq!(score(&l, &got).title, Outcome::Wrong, "{heading}");
        }
        for issuer in ["https://worldbank.org", "Head Office:", "Country Office"] {
            let got = Observed {
                issuer: Some(issuer.into()),
                ..Observed::default()
            };
            assert_eq!(score(&l, &got).issuer, Outcome::Wrong, "{issuer}");
        }
    }

    #[test]
    fn a_name_not_right_is_told_by_how_its_words_differ() {
        let l = label(json!({}));
        let miss = |title: Option<&str>| {
            let got = Observed {
                title: title.map(str::to_owned),
                ..Observed::default()
            };
            score(&l, &got).title_miss
        };
        // Right: no miss.
        assert_eq!(miss(Some("Geospatial Programming Specialist")), None);
        assert_eq!(miss(None), Some(NameMiss::None));
        assert_eq!(miss(Some("1. Background")), Some(NameMiss::NoWordShared));
        assert_eq!(
            miss(Some(
                "Ocean Health Programme Annual Work Plan and Budget Review"
            )),
            Some(NameMiss::SomeShared)
        );
        assert_eq!(
            miss(Some(
                "Geospatial Programming Specialist for Ocean Health, Pacific Islands Region, Fiji Suva Apia Honiara Nuku'alofa office"
            )),
            Some(NameMiss::LabelAndMore)
        );
        assert_eq!(miss(Some("Ocean")), Some(NameMiss::PartOfLabel));
    }

    #[test]
    fn changes_are_right_when_they_name_exactly_the_labelled_fields() {
        let got = json!([
            { "field": "budget.max", "before": null, "after": 20000 },
            { "field": "page_limit", "before": 10, "after": 12 }
        ]);
        let s = score_changes(&["budget".to_owned()], &got);
        assert!(s.right, "{s:?}");
        assert_eq!(s.reported.len(), 2);
        let s = score_changes(&[], &got);
        assert!(!s.right);
        assert_eq!(s.unexpected, ["budget"]);
        let s = score_changes(&["deadline".to_owned()], &json!([]));
        assert_eq!(s.missing, ["deadline"]);
    }

    #[test]
    fn times_are_read_in_both_clocks() {
        assert_eq!(minutes("17:00"), Some(1020));
        assert_eq!(minutes("5:00 PM"), Some(1020));
        assert_eq!(minutes("5 p.m."), Some(1020));
        assert_eq!(minutes("23h59"), Some(1439));
        assert_eq!(minutes("1700"), Some(1020));
        assert_eq!(minutes("12:00 noon"), Some(720));
        assert_eq!(minutes("12:30 AM"), Some(30));
        assert_eq!(minutes("later"), None);
    }
}
