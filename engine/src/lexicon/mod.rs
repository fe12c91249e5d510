//! The words of each language the rules read, one [`Lexicon`] value per language.
//!
//! Every field must be filled for every language, so adding a language is writing one
//! file, and the compiler lists what it still lacks (the completeness test lists the
//! empty ones). Rules never hold words of their own for these facts: they take them
//! from [`ALL`], every language at once, because tenders are often bilingual (a
//! French call with an English annex) and a document's language is not known before
//! it is read.
//!
//! Two kinds of entries: *cues* are lower-case fragments looked for inside the text
//! (where the order of a list does not matter: a rule asks whether any is there), and
//! *patterns* are pieces of a regular expression joined into one alternation (their
//! fields say so). A cue that merely extends another ("penalidade" beside
//! "penalidad") changes nothing a rule finds. A pattern holds no `\b`: the rules wrap
//! the alternation in whole-word edges themselves, and one Unicode `\b` in an
//! alternation makes the regex crate's lazy DFA give up on the first non-ASCII byte of
//! every text (the engine's category tables took many times as long for it).

mod de;
mod en;
mod es;
mod fr;
mod it;
mod pt;

pub use de::DE;
pub use en::EN;
pub use es::ES;
pub use fr::FR;
pub use it::IT;
pub use pt::PT;

/// The six languages, in the order their words are joined.
pub const ALL: [&Lexicon; 6] = [&EN, &FR, &ES, &PT, &IT, &DE];

/// The words of one language.
#[derive(Debug)]
pub struct Lexicon {
    /// ISO 639-1 code: `en`, `fr`, …
    pub code: &'static str,
    /// The language's name in English.
    pub name: &'static str,
    /// Each month's names and abbreviations as written (lower case, with their
    /// accents), January first; a date reads them in any of the six languages.
    pub months: [&'static [&'static str]; 12],
    /// Monday first.
    pub weekdays: [&'static str; 7],
    /// Patterns: what may follow a day's number before its month ("1st", "1er",
    /// "1º", "15." in German).
    pub ordinal_suffixes: &'static [&'static str],
    /// Cues: a date beside one of these closes submissions.
    pub deadline_cues: &'static [&'static str],
    /// Cues: a date beside one of these is the last day for questions.
    pub question_cues: &'static [&'static str],
    /// Cues: an amount beside one of these is a ceiling, a range or the value of the
    /// work.
    pub ceiling_cues: &'static [&'static str],
    /// Cues: an amount beside one of these is money for the work.
    pub budget_cues: &'static [&'static str],
    /// Cues: an amount beside one of these is a floor.
    pub minimum_cues: &'static [&'static str],
    /// Cues of the amounts that are never the budget.
    pub traps: Traps,
    /// Patterns of the modal verbs a binding statement uses.
    pub modals: Modals,
    /// Patterns: "are not eligible" and its like, a restriction that binds the bidder.
    pub not_eligible: &'static [&'static str],
    /// Patterns: the kinds of document a tender is ("request for proposals", "appel
    /// d'offres", "Ausschreibung"), which a title is not.
    pub document_types: &'static [&'static str],
    /// The words the compliance matrix reads beyond the modal verbs: obligations
    /// without a modal, undertakings, who the subject is, and the categories.
    pub matrix: MatrixWords,
}

/// The words of the compliance matrix (`requirements/`), by what they tell. All are
/// patterns, read as whole words, case-insensitive, every language at once.
#[derive(Debug)]
pub struct MatrixWords {
    /// An obligation without a modal verb ("is to be submitted", "il est demandé",
    /// "es necesario", "ist … vorzulegen"): binding, read as `required`.
    pub obligations: &'static [&'static str],
    /// A prohibition without a modal verb ("will not be permitted", "ist nicht
    /// gestattet", "é vedado"): binding, read as `must`.
    pub prohibitions: &'static [&'static str],
    /// The verbs that open an imperative ("Attach …", "Veuillez fournir …",
    /// "Indique …", "Bitte senden Sie …"), looked for at the start of a statement only:
    /// binding, read as `must`.
    pub imperatives: &'static [&'static str],
    /// An undertaking ("agrees to", "is responsible for", "s'engage à", "se compromete
    /// a"): binding (`shall`) unless the issuer is the one undertaking.
    pub undertakings: &'static [&'static str],
    /// A duty or a cost put on the party named right after it, without a modal ("is
    /// the responsibility of", "incombe", "corre a cargo", "cabe", "a carico",
    /// "obliegt"): an undertaking (`shall`) when that party is the bidder; said of anyone
    /// else (the issuer, one of its departments) it binds nobody by itself.
    pub charged_to: &'static [&'static str],
    /// The future of a verb ("will", "fournira", "entregará"): a duty (`will`) only
    /// when the bidder is its subject ("The consultant will deliver …").
    pub future: &'static [&'static str],
    /// A consequence that makes a statement binding whatever its verb ("may result in
    /// disqualification", "may be deemed non-responsive", "entraîne le rejet").
    pub binding_consequences: &'static [&'static str],
    /// What binds nobody although it holds a modal: what is not required, the
    /// issuer's rights ("reserves the right"), disclaimers, advantages ("is a plus").
    pub not_binding: &'static [&'static str],
    /// What the issuer does, said in the passive or the future ("Bids will be opened
    /// in public", "Payment shall be made on delivery", "Les plis seront ouverts"):
    /// binds nobody when no modal of the statement comes before it ("No partial
    /// delivery shall be accepted, nor advance payment be made" binds).
    pub issuer_acts: &'static [&'static str],
    /// What the issuer gives the bidder, said with the bidder for subject ("The
    /// supplier will have access to a test server", "Le titulaire aura accès
    /// aux locaux"): binds nobody when no modal of the statement comes before or after
    /// it and it is no relative clause ("staff who will have access to data shall …").
    pub given: &'static [&'static str],
    /// Openings that make a modal conditional ("Should the bidder …", "Sollten
    /// Sie …"): the modal there states no requirement.
    pub conditionals: &'static [&'static str],
    /// Who bids: bidder, applicant, contractor, consultant, tenderer, "Le
    /// soumissionnaire", "der Bieter" … A statement whose subject is one of them binds.
    pub bidder: &'static [&'static str],
    /// Who issues: the county, authority, commission, evaluation committee, "le
    /// maître d'ouvrage", "o comitê", "der Auftraggeber" … Their own undertakings and
    /// rights are not the bidder's requirements.
    pub issuer: &'static [&'static str],
    /// The agent of a passive naming the issuer ("by the County", "par le comité"): a
    /// statement of what the issuer does ("Site visits may be arranged by the City").
    pub issuer_agent: &'static [&'static str],
    /// Words of a heading or a lead-in that announce what the bidder must provide or
    /// do ("requirements", "deliverables", "documents to submit", "profile",
    /// "livrables", "einzureichende Nachweise"): the items under it are requirements.
    pub list_cues: &'static [&'static str],
    /// Words of a heading or a lead-in that announce a list binding nobody
    /// (background, objectives, the evaluation's steps and committee, priorities,
    /// expected impacts, the issuer's services and sites).
    pub descriptive_cues: &'static [&'static str],
    /// Words of a heading right over a list that say its items are what the bidder
    /// must meet or hand in, beyond `list_cues` ("Eligibility criteria", "Critères
    /// d'éligibilité", "Documentos de habilitação", "Eignungskriterien"), or that the
    /// bid is made of them ("The proposal comprises", "Le dossier comprend"). Read
    /// only for a heading's own items.
    pub heading_cues: &'static [&'static str],
    /// The thing the contract delivers, opening a statement ("The platform",
    /// "Le système", "La piattaforma", "Das System"): its future states what it must
    /// do ("The platform will allow …", "La plateforme permettra …").
    pub work: &'static [&'static str],
    /// What each category's statements talk about.
    pub categories: CategoryWords,
}

/// Patterns of what each category of requirement talks about (whole words; a
/// pattern may end in `\p{L}*` to take a word's endings).
#[derive(Debug)]
pub struct CategoryWords {
    /// Cues, whole words in lower case: the language's commonest words, which tell
    /// the language of a statement, so that only its own language's patterns read it
    /// (a French noun is no English cue).
    pub function_words: &'static [&'static str],
    pub submission: &'static [&'static str],
    pub format: &'static [&'static str],
    pub eligibility: &'static [&'static str],
    pub financial: &'static [&'static str],
    pub evaluation: &'static [&'static str],
    pub legal: &'static [&'static str],
    pub management: &'static [&'static str],
    pub administrative: &'static [&'static str],
    pub technical: &'static [&'static str],
    /// Words naming the offer or who makes it (proposal, bid, tenderer, dossier,
    /// Angebot …): a statement, lead-in or heading without one talks of the work, so
    /// its format words ("pages", "format", "language") describe the work's product
    /// (a diary's pages, a report exported as CSV), which is technical.
    pub offer: &'static [&'static str],
}

/// Cues of amounts that are not money for the work, by why not.
#[derive(Debug)]
pub struct Traps {
    /// A fee for the tender documents or for applying.
    pub fee: &'static [&'static str],
    /// A bid bond or a guarantee.
    pub guarantee: &'static [&'static str],
    /// Insurance cover.
    pub insurance: &'static [&'static str],
    /// A penalty or liquidated damages.
    pub penalty: &'static [&'static str],
    /// The issuer's own budget, turnover or history of awards.
    pub issuer_figures: &'static [&'static str],
    /// A salary, a daily or hourly rate, a cost per person.
    pub rate: &'static [&'static str],
    /// A worked example or a scoring formula.
    pub example: &'static [&'static str],
    /// A threshold a bidder must meet (a turnover, "or more").
    pub threshold: &'static [&'static str],
}

/// Patterns of the modal verbs, by the modality the compliance matrix records.
#[derive(Debug)]
pub struct Modals {
    /// Binding, the strongest form ("shall", "devra").
    pub shall: &'static [&'static str],
    /// Binding ("must", "doit", "muss"), and prohibitions ("may not").
    pub must: &'static [&'static str],
    /// Binding by an adjective or a passive ("is required", "obligatoire").
    pub required: &'static [&'static str],
    /// The issuer's rejections, which bind the bidder ("will not be considered").
    pub will: &'static [&'static str],
    /// Recommended, not binding ("should", "sollte").
    pub should: &'static [&'static str],
    /// Allowed, not binding ("may", "peut", "kann").
    pub may: &'static [&'static str],
}

/// The entries `field` picks from every language, in [`ALL`]'s order, each once.
pub(crate) fn all<F>(field: F) -> Vec<&'static str>
where
    F: Fn(&'static Lexicon) -> &'static [&'static str],
{
    let mut out: Vec<&'static str> = Vec::new();
    for lexicon in ALL {
        for word in field(lexicon) {
            if !out.contains(word) {
                out.push(word);
            }
        }
    }
    out
}

/// The patterns `field` picks from every language as one alternation (`a|b|c`).
pub(crate) fn alternation<F>(field: F) -> String
where
    F: Fn(&'static Lexicon) -> &'static [&'static str],
{
    all(field).join("|")
}

/// Every month name or abbreviation of every language, with its month's number.
pub(crate) fn month_names() -> Vec<(&'static str, u32)> {
    let mut out: Vec<(&'static str, u32)> = Vec::new();
    for lexicon in ALL {
        for (number, names) in (1..).zip(lexicon.months) {
            for name in names {
                if !out.iter().any(|(n, _)| n == name) {
                    out.push((name, number));
                }
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The compiler makes every language name every field; this makes it fill them,
    /// and keeps Unicode word boundaries out of them.
    #[test]
    fn every_lexicon_fills_every_field() {
        let mut empty = Vec::new();
        let mut unicode_boundaries = Vec::new();
        for l in ALL {
            let fields: [(&str, &[&str]); 24] = [
                ("ordinal_suffixes", l.ordinal_suffixes),
                ("deadline_cues", l.deadline_cues),
                ("question_cues", l.question_cues),
                ("ceiling_cues", l.ceiling_cues),
                ("budget_cues", l.budget_cues),
                ("minimum_cues", l.minimum_cues),
                ("traps.fee", l.traps.fee),
                ("traps.guarantee", l.traps.guarantee),
                ("traps.insurance", l.traps.insurance),
                ("traps.penalty", l.traps.penalty),
                ("traps.issuer_figures", l.traps.issuer_figures),
                ("traps.rate", l.traps.rate),
                ("traps.example", l.traps.example),
                ("traps.threshold", l.traps.threshold),
                ("modals.shall", l.modals.shall),
                ("modals.must", l.modals.must),
                ("modals.required", l.modals.required),
                ("modals.will", l.modals.will),
                ("modals.should", l.modals.should),
                ("modals.may", l.modals.may),
                ("not_eligible", l.not_eligible),
                ("document_types", l.document_types),
                (
                    "months",
                    if l.months.iter().all(|m| !m.is_empty()) {
                        &["x"]
                    } else {
                        &[]
                    },
                ),
                (
                    "weekdays",
                    if l.weekdays.iter().all(|d| !d.is_empty()) {
                        &["x"]
                    } else {
                        &[]
                    },
                ),
            ];
            let m = &l.matrix;
            let c = &m.categories;
            let matrix: [(&str, &[&str]); 28] = [
                ("matrix.obligations", m.obligations),
                ("matrix.prohibitions", m.prohibitions),
                ("matrix.imperatives", m.imperatives),
                ("matrix.undertakings", m.undertakings),
                ("matrix.future", m.future),
                ("matrix.binding_consequences", m.binding_consequences),
                ("matrix.not_binding", m.not_binding),
                ("matrix.issuer_acts", m.issuer_acts),
                ("matrix.given", m.given),
                ("matrix.conditionals", m.conditionals),
                ("matrix.bidder", m.bidder),
                ("matrix.issuer", m.issuer),
                ("matrix.issuer_agent", m.issuer_agent),
                ("matrix.list_cues", m.list_cues),
                ("matrix.descriptive_cues", m.descriptive_cues),
                ("matrix.work", m.work),
                ("categories.function_words", c.function_words),
                ("categories.submission", c.submission),
                ("categories.format", c.format),
                ("categories.eligibility", c.eligibility),
                ("categories.financial", c.financial),
                ("categories.evaluation", c.evaluation),
                ("categories.legal", c.legal),
                ("categories.management", c.management),
                ("categories.administrative", c.administrative),
                ("categories.technical", c.technical),
                ("categories.offer", c.offer),
                ("modals.must", l.modals.must),
            ];
            for (name, words) in fields.into_iter().chain(matrix) {
                if words.is_empty() {
                    empty.push(format!("{}.{name}", l.code));
                }
                // No Unicode word boundary (module docs): an ASCII one may stay.
                for w in words {
                    if w.replace(r"(?-u:\b)", "").contains(r"\b") {
                        unicode_boundaries.push(format!("{}.{name}: {w}", l.code));
                    }
                }
            }
        }
        assert!(empty.is_empty(), "the fields still empty: {empty:?}");
        assert!(
            unicode_boundaries.is_empty(),
            "patterns with a Unicode \\b: {unicode_boundaries:?}"
        );
    }

    #[test]
    fn every_month_name_belongs_to_one_month() {
        let names = month_names();
        for l in ALL {
            for (number, month) in (1..).zip(l.months) {
                for name in month {
                    let found = names.iter().find(|(n, _)| n == name).map(|(_, m)| *m);
                    assert_eq!(found, Some(number), "{}: {name}", l.code);
                }
            }
        }
    }
}
