//! How one statement binds: its shape (a modal verb, an obligation without one, an
//! imperative, an undertaking, a future duty, a prohibition), the modality the matrix
//! records, whether it binds, and who its subject is.
//!
//! The rule of the subject: a statement binds the bidder when its subject is the
//! bidder (bidder, applicant, contractor, consultant, tenderer, "le soumissionnaire",
//! "der Bieter" …) or a thing of theirs ("Proposals must …"), never when it is the
//! issuer (the county, authority, commission, evaluation committee, "o comitê",
//! "der Auftraggeber" …) or a passive whose agent is the issuer ("… arranged by the
//! City"). The subject is the last party named before the verb that carries the
//! obligation, in the same clause; a future ("will deliver") or a present tense
//! ("Le soumissionnaire joint …") is a duty only when that party is the bidder.
//! The words of each language are in the lexicons ([`crate::lexicon::MatrixWords`]).

use std::sync::LazyLock;

use regex::Regex;

use crate::lexicon::{self, Lexicon, MatrixWords};
use crate::text::re;

/// The shape of a binding statement, as the hand counts name them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shape {
    Modal,
    NonModal,
    Imperative,
    Undertaking,
    FutureDuty,
    Prohibition,
    /// An item of a list whose lead-in or heading binds it.
    ListItem,
}

/// How a statement binds: the modality the matrix records and whether it binds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Reading {
    pub name: &'static str,
    pub mandatory: bool,
    pub shape: Shape,
}

impl Reading {
    pub(super) const fn new(name: &'static str, mandatory: bool, shape: Shape) -> Self {
        Self {
            name,
            mandatory,
            shape,
        }
    }
}

/// Who a statement's subject is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Subject {
    Bidder,
    Issuer,
    /// A thing ("Proposals", "The report") or nobody named.
    Other,
}

/// A modal verb, with the modality it gives.
struct Modal {
    name: &'static str,
    mandatory: bool,
    re: Regex,
}

/// `pattern` as whole words, case-insensitive.
fn words(pattern: &str) -> Regex {
    re(&format!(
        r"(?i)(?:^|[^\p{{L}}\d])(?:{pattern})(?:$|[^\p{{L}}\d])"
    ))
}

/// `field` of every language, as whole words.
fn all_words(field: fn(&'static Lexicon) -> &'static [&'static str]) -> Regex {
    words(&lexicon::alternation(field))
}

fn matrix_words(field: fn(&'static MatrixWords) -> &'static [&'static str]) -> Regex {
    let joined: Vec<&str> = lexicon::ALL
        .iter()
        .flat_map(|l| field(&l.matrix).iter().copied())
        .collect();
    words(&joined.join("|"))
}

/// Tried in this order; the first that matches names the sentence's modality. The
/// verbs are the lexicons'; a restriction ("are not eligible") binds as "required".
static MODALS: LazyLock<Vec<Modal>> = LazyLock::new(|| {
    let m = |name, mandatory, re| Modal {
        name,
        mandatory,
        re,
    };
    let required = format!(
        "{}|{}",
        lexicon::alternation(|l| l.modals.required),
        lexicon::alternation(|l| l.not_eligible)
    );
    vec![
        m("shall", true, all_words(|l| l.modals.shall)),
        m("must", true, all_words(|l| l.modals.must)),
        m("required", true, words(&required)),
        m("will", true, all_words(|l| l.modals.will)),
        m("should", false, all_words(|l| l.modals.should)),
        m("may", false, all_words(|l| l.modals.may)),
    ]
});

struct Cues {
    obligations: Regex,
    prohibitions: Regex,
    imperatives: Regex,
    undertakings: Regex,
    charged_to: Regex,
    future: Regex,
    consequences: Regex,
    not_binding: Regex,
    issuer_acts: Regex,
    given: Regex,
    conditionals: Regex,
    bidder: Regex,
    issuer: Regex,
    issuer_agent: Regex,
    list_cues: Regex,
    descriptive: Regex,
    heading_cues: Regex,
}

static CUES: LazyLock<Cues> = LazyLock::new(|| {
    let openings = |field: fn(&'static MatrixWords) -> &'static [&'static str]| {
        let joined: Vec<&str> = lexicon::ALL
            .iter()
            .flat_map(|l| field(&l.matrix).iter().copied())
            .collect();
        re(&format!(
            r"(?i)^[\s\W\d]*(?:{})(?:$|[^\p{{L}}\d])",
            joined.join("|")
        ))
    };
    Cues {
        obligations: matrix_words(|m| m.obligations),
        prohibitions: matrix_words(|m| m.prohibitions),
        imperatives: openings(|m| m.imperatives),
        undertakings: matrix_words(|m| m.undertakings),
        charged_to: matrix_words(|m| m.charged_to),
        future: matrix_words(|m| m.future),
        consequences: matrix_words(|m| m.binding_consequences),
        not_binding: matrix_words(|m| m.not_binding),
        issuer_acts: matrix_words(|m| m.issuer_acts),
        given: matrix_words(|m| m.given),
        conditionals: openings(|m| m.conditionals),
        bidder: matrix_words(|m| m.bidder),
        issuer: matrix_words(|m| m.issuer),
        issuer_agent: matrix_words(|m| m.issuer_agent),
        list_cues: matrix_words(|m| m.list_cues),
        descriptive: matrix_words(|m| m.descriptive_cues),
        heading_cues: matrix_words(|m| m.heading_cues),
    }
});

/// "X means …", "the term X refers to …": a definition, not a requirement.
static DEFINITION: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r#"(?i)^\W*["“']?[\p{L}\d][^.:;]{0,60}?["”']?\s+(?:means|shall mean|refers to|is defined as|désigne\s+(?:l[ae]|l'|les|toute?s?|ce|cet|cette|ces|celui|celle|ceux)|s'entend|significa|se entiende|si intende|bezeichnet|ist definiert)\b"#,
    )
});

/// The document or one of its parts describing itself.
static SELF_DESCRIPTION: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:this|the present|the following)\s+(?:document|section|chapter|part|call|rfp|rfq|request|solicitation|annex|guide|notice)\b[^.]{0,40}?\b(?:will|shall|may|should)\s+(?:describe|outline|provide|present|explain|set out|detail|cover|summari[sz]e|give)",
    )
});

/// The subject of the clause that ends at byte `at` of `sentence`: the last party
/// named in it, from the last clause break (a comma, a semicolon, a colon) before
/// `at`.
pub fn subject_before(sentence: &str, at: usize) -> Subject {
    let before = &sentence[..at];
    let clause_start = before.rfind([',', ';', ':', '(']).map_or(0, |i| i + 1);
    let clause = &before[clause_start..];
    // A party named after a preposition is no subject: "exceptions to our contract
    // must be noted", "workers placed at the University shall not…", "les pièces
    // remises à la Commune doivent…".
    let last = |re: &Regex| {
        re.find_iter(clause)
            .filter(|m| {
                let lead = m.as_str().len()
                    - m.as_str()
                        .trim_start_matches(|c: char| !c.is_alphanumeric())
                        .len();
                !after_preposition(&clause[..m.start() + lead])
            })
            .last()
            .map(|m| m.end())
    };
    match (last(&CUES.bidder), last(&CUES.issuer)) {
        (Some(b), Some(i)) if i > b => Subject::Issuer,
        (Some(_), _) => Subject::Bidder,
        (None, Some(_)) => Subject::Issuer,
        // An agency by its initials right before the verb ("OFA will be responsible
        // for …", "The CO shall respond …"): the bidder is named by its role.
        (None, None) if ACRONYM_SUBJECT.is_match(clause) => Subject::Issuer,
        (None, None) => Subject::Other,
    }
}

/// A clause that is an organisation's initials alone, with at most an article
/// ("OFA", "the CO", "la DGFIP", "der BND").
static ACRONYM_SUBJECT: LazyLock<Regex> =
    LazyLock::new(|| re(r"^\s*(?:(?i:the|la|le|l'|el|o|a|il|lo|der|die|das)\s+)?\p{Lu}{2,6}\s*$"));

/// The prepositions of the six languages that put a party in a phrase of its own
/// rather than in a clause's subject ("to", "à la", "a la", "alla", "an die", "ao").
static PREPOSITION_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)(?:^|\s)(?:to|of|for|with|in|on|at|from|by|under|than|into|towards|à|au|aux|de|du|des|pour|avec|par|chez|sur|dans|auprès de|a|al|del|para|con|por|en|ante|ai|alla|alle|allo|di|della|dello|degli|delle|per|da|dal|dalla|su|presso|an|bei|beim|mit|von|vom|zu|zum|zur|für|durch|auf|aus|gegenüber|ao|aos|à|às|do|da|dos|das|pelo|pela|no|na|nos|nas)\s+(?:the\s+|la\s+|le\s+|l[’']|les\s+|el\s+|los\s+|las\s+|il\s+|lo\s+|gli\s+|der\s+|die\s+|dem\s+|den\s+|des\s+|o\s+|os\s+|a\s+|as\s+)?$",
    )
});

/// Whether `before` (the words before a party's name, within its clause) ends with a
/// preposition and, at most, an article.
fn after_preposition(before: &str) -> bool {
    // "A" alone opening the clause is the Portuguese article ("A OSC deverá …", "A
    // contratada fornecerá …"), no preposition.
    if before.trim().eq_ignore_ascii_case("a") {
        return false;
    }
    let tail = &before[before.floor_char_boundary(before.len().saturating_sub(40))..];
    PREPOSITION_BEFORE.is_match(tail)
}

/// Whether the verb that ends at byte `end` is a passive whose agent is the issuer
/// ("may be arranged by the City").
fn issuer_agent_after(sentence: &str, end: usize) -> bool {
    let rest = &sentence[end..];
    let window = &rest[..rest.floor_char_boundary(80)];
    let Some(agent) = CUES.issuer_agent.find(window) else {
        return false;
    };
    if agent_of_a_noun(&window[..agent.start()]) || needs_approval(window, agent.end()) {
        return false;
    }
    // English "by" also follows what is not a passive ("shall be available for
    // contact by the Government"): there a participle must come before it.
    let by = agent
        .as_str()
        .trim_start_matches(|c: char| !c.is_alphanumeric())
        .get(..3)
        .is_some_and(|w| w.eq_ignore_ascii_case("by "));
    !by || PASSIVE.is_match(&window[..agent.start()])
}

/// A participle that describes a noun right before an issuer's agent ("in a format
/// approved by the Agency", "selon un modèle validé par le maître d'ouvrage", "en el
/// formato aprobado por el órgano de contratación", "num modelo aprovado pela", "secondo
/// un modello approvato dalla"): an article, at most four words, the participle. The
/// agent is the noun's, not the modal verb's: the statement is not the issuer's act.
static NOUN_PARTICIPLE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)(?:^|\s)(?:a|an|the|any|each|un|une|le|la|les|l'|el|los|las|una|unos|unas|um|uma|o|os|il|lo|gli|uno|num|numa)\s+(?:[\p{L}-]+\s+){0,4}?\p{L}+(?:ed|ée?s?|é|ad[oa]s?|id[oa]s?|at[oaie]|ut[oaie]|it[oaie])\s*$",
    )
});

/// Whether `before` (the words between a modal and the issuer's agent) ends with a
/// participle that describes a noun of the statement.
fn agent_of_a_noun(before: &str) -> bool {
    NOUN_PARTICIPLE.is_match(before)
}

/// The participles of approval ("approved", "autorisé", "autorizado", "aprovado",
/// "autorizzata", "genehmigt"): what must be approved by the issuer is the bidder's
/// to submit for approval first ("an overnight trip needs to be approved by the
/// project officer beforehand"), not the issuer's act.
static APPROVAL: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)(?:^|[^\p{L}])(?:(?:pre-?)?approved|authori[sz]ed|validated|endorsed|approuvée?s?|autorisée?s?|validée?s?|agréée?s?|aprobad[oa]s?|autorizad[oa]s?|validad[oa]s?|aprovad[oa]s?|approvat[oaie]|autorizzat[oaie]|validat[oaie]|genehmigt|freigegeben|bewilligt)(?:$|[^\p{L}])",
    )
});

/// Whether the verb after a modal (`window`, the words that follow it, up to the
/// issuer's agent ending at byte `agent_end`, or a word past it where German puts the
/// participle) is one of approval.
fn needs_approval(window: &str, agent_end: usize) -> bool {
    let verb = &window[..window.floor_char_boundary(agent_end + PARTICIPLE_AFTER_AGENT)];
    APPROVAL.is_match(verb)
}

/// How many bytes after the issuer's agent a German participle of approval is looked
/// for ("muss vorab durch den Auftraggeber genehmigt werden").
const PARTICIPLE_AFTER_AGENT: usize = 16;

/// An English passive: "be" and a participle ("be arranged", "been approved").
static PASSIVE: LazyLock<Regex> = LazyLock::new(|| {
    re(r"(?i)\b(?:be|been|being|is|are|was|were)\s+(?:\p{L}+ly\s+)?\p{L}+(?:ed|en|wn|ne|t)\b")
});

/// Whether `text` (a heading or a lead-in) announces what the bidder must provide.
pub fn announces_requirements(text: &str) -> bool {
    CUES.list_cues.is_match(&plain(text))
}

/// Whether `text` (a heading right over a list) says its items are what the bidder
/// must meet or hand in, or what the bid is made of, by the words of
/// [`announces_requirements`] or by those only a heading's own items are read by
/// ("Eligibility criteria", "Documentos de habilitação", "Le dossier comprend").
pub fn heading_announces_items(text: &str) -> bool {
    let plain = plain(text);
    CUES.list_cues.is_match(&plain) || CUES.heading_cues.is_match(&plain)
}

/// Whether `text` names the issuer by a word of its role ("l'Agence", "the County").
pub fn names_issuer(text: &str) -> bool {
    CUES.issuer.is_match(&plain(text))
}

/// Whether `text` names the bidder ("the applicant", "le lauréat", "der Bieter").
pub fn names_bidder(text: &str) -> bool {
    CUES.bidder.is_match(&plain(text))
}

/// Whether `text` (a heading or a lead-in) announces a list that binds nobody.
pub fn announces_description(text: &str) -> bool {
    CUES.descriptive.is_match(&plain(text))
}

/// Whether `text` (a lead-in) says what is not required or not the bidder's ("The
/// Vendor is not responsible for the following:"): its list binds nobody.
pub fn denies(text: &str) -> bool {
    CUES.not_binding.is_match(&plain(text))
}

/// Whether `text` carries a modal verb of any strength ("doit", "may", "will").
pub fn has_modal(text: &str) -> bool {
    let plain = plain(text);
    MODALS.iter().any(|m| m.re.is_match(&plain))
}

/// Whether the first modal verb of `text` (a lead-in) is a permission whose subject
/// is the issuer, wherever it stands ("Pela inexecução do contrato, a Administração
/// poderá aplicar as seguintes sanções:"): its list says what the issuer may do. Not
/// when a word before the modal names the bidder, nor in the passive ("we may be
/// excluded … if we have engaged in the following practices:" in a bidder's form).
/// (Any modal of the issuer, tried, lost the items under "l'administration d'accueil
/// doit s'engager à :", the host administration being the applicant.)
pub fn issuer_may(text: &str) -> bool {
    let plain = plain(text);
    MODALS
        .iter()
        .filter_map(|m| find(&m.re, &plain).map(|(start, end)| (start, end, m.name)))
        .min()
        .is_some_and(|(start, end, name)| {
            let next = plain[end..].split_whitespace().next().unwrap_or_default();
            name == "may"
                && !PASSIVE_AUXILIARIES.contains(&next.to_lowercase().as_str())
                && subject_before(&plain, start) == Subject::Issuer
                && !CUES.bidder.is_match(&plain[..start])
        })
}

/// The auxiliaries of a passive after a modal ("we may be excluded", "pourra être",
/// "poderá ser", "potrà essere", "kann … werden" aside): what is done to the subject,
/// who then is no issuer acting (a bidder's form saying "we").
const PASSIVE_AUXILIARIES: [&str; 4] = ["be", "être", "ser", "essere"];

/// Whether `text` names the issuer as its subject at its start ("The County will:").
pub fn issuer_speaks(text: &str) -> bool {
    let plain = plain(text);
    let words: Vec<&str> = plain.split_whitespace().take(OPENING_WORDS + 1).collect();
    // The word after the opening is read too when it names the bidder: in the
    // Romance languages the noun comes before it ("Une fois le contrat signé,
    // l'administration lauréate …", "la entidad adjudicataria").
    let n = match words.get(OPENING_WORDS) {
        Some(next) if CUES.bidder.is_match(next) => OPENING_WORDS + 1,
        _ => words.len().min(OPENING_WORDS),
    };
    let opening = words[..n].join(" ");
    subject_before(&opening, opening.len()) == Subject::Issuer
}

/// Whether `text` names the issuer as the subject of its modal verb ("The County
/// shall:"), the party named after the modal being its object ("The tenderer shall
/// send the Authority the address …", "The Contractor shall provide the County with
/// …"); without a modal, whether the issuer speaks at its start.
pub fn issuer_speaks_before_modal(text: &str) -> bool {
    let plain = plain(text);
    let opening_end = plain
        .split_whitespace()
        .take(OPENING_WORDS)
        .last()
        .map_or(0, |w| {
            w.as_ptr() as usize - plain.as_ptr() as usize + w.len()
        });
    let opening = &plain[..opening_end];
    let modal = MODALS
        .iter()
        .filter_map(|m| find(&m.re, opening).map(|(start, _)| start))
        .min();
    match modal {
        Some(start) => subject_before(opening, start) == Subject::Issuer,
        None => issuer_speaks(text),
    }
}

/// A lead-in that ends with a stop and still announces the list after it ("The
/// quoter shall complete the following fields of the form.", "… must contain the
/// items below.", "Le candidat doit
/// renseigner les champs suivants.", "los siguientes campos", "os seguintes", "i
/// seguenti", "die folgenden Felder").
static FOLLOWING: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)(?:^|[^\p{L}])(?:the following|as follows|below\W*$|suivante?s|ci-(?:après|dessous)|siguientes|a continuación|seguintes|a seguir|abaixo\W*$|seguenti|di seguito|folgenden?|folgendes|nachstehenden?)(?:$|[^\p{L}])",
    )
});

/// Whether `sentence`, though it ends with a stop, leads in the items after it: it
/// announces them ("the following") and binds the bidder with a modal of its own.
pub fn leads_in_with_a_stop(sentence: &str) -> bool {
    let plain = plain(sentence);
    plain.trim_end().ends_with('.')
        && FOLLOWING.is_match(&plain)
        && reading(&plain).is_some_and(|r| r.mandatory && r.shape == Shape::Modal)
}

/// Longest sentence ending with a stop read as a lead-in without a modal ("The
/// consultant's tasks are as follows.").
const MAX_STOP_LEAD_IN_WORDS: usize = 16;

/// Whether `sentence`, though it ends with a stop and has no modal, leads in the
/// items after it as the bidder's: it announces them ("as follows", "les suivantes",
/// "las siguientes", "as seguintes", "le seguenti", "folgende") and names the bidder
/// or what is asked of it ("The consultant's tasks are as follows.", "As atividades
/// da contratada são as seguintes.", "Le attività richieste sono le seguenti."), and
/// it neither describes, denies nor has the issuer for its subject.
pub fn announces_items_with_a_stop(sentence: &str) -> bool {
    let plain = plain(sentence);
    let bare = plain.trim_end();
    bare.ends_with('.')
        && bare.split_whitespace().count() <= MAX_STOP_LEAD_IN_WORDS
        && FOLLOWING.is_match(bare)
        && (CUES.bidder.is_match(bare) || CUES.list_cues.is_match(bare))
        && !CUES.descriptive.is_match(bare)
        && !CUES.not_binding.is_match(bare)
        && !issuer_speaks(bare)
}

/// Whether `text` (a lead-in) names, by the words only a heading's own items are read
/// by, what the bid is made of ("Proposal contents:"), though a word of it would
/// describe ("contents").
pub fn names_the_bids_parts(text: &str) -> bool {
    CUES.heading_cues.is_match(&plain(text))
}

/// How many words open a statement when its speaker is read.
const OPENING_WORDS: usize = 6;

/// The first match of `re` in `text`, with its start and end (the whole-word
/// wrapper's edges trimmed).
fn find(re: &Regex, text: &str) -> Option<(usize, usize)> {
    re.find(text).map(|m| {
        let s = m.as_str();
        let lead = s.len() - s.trim_start_matches(|c: char| !c.is_alphanumeric()).len();
        let trail = s.len() - s.trim_end_matches(|c: char| !c.is_alphanumeric()).len();
        (m.start() + lead, m.end() - trail)
    })
}

/// Whether `text` puts a duty on a party named right after the words that charge
/// it, and that party is not the bidder ("Compete ao Município:", "Il incombe au
/// maître d'ouvrage de :", "Corresponde al Ayuntamiento:"): a lead-in of the
/// issuer's own duties.
pub fn charges_another(text: &str) -> bool {
    let text = &*plain(text);
    find(&CUES.charged_to, text).is_some_and(|(_, end)| !CHARGED_BIDDER.is_match(&text[end..]))
}

/// Whether `text` binds nobody whatever its verbs: a definition, the document
/// describing itself, what is not required, the issuer's rights, a disclaimer, a
/// question.
pub fn binds_nobody(text: &str) -> bool {
    let text = &*plain(text);
    // A question asks ("Soll das System eine Anmeldefunktion haben?").
    text.trim_end().ends_with('?')
        || DEFINITION.is_match(text)
        || SELF_DESCRIPTION.is_match(text)
        || CUES.not_binding.is_match(text)
        || issuer_acts_first(text)
        || only_given(text)
}

/// Whether what the issuer gives the bidder ("The supplier will have access to a
/// test server") is all `text` says: no modal comes before or after it, and it
/// is no relative clause ("Staff who will have access to data shall sign …").
fn only_given(text: &str) -> bool {
    let Some((start, end)) = find(&CUES.given, text) else {
        return false;
    };
    let (before, after) = (&text[..start], &text[end..]);
    let c = &*CUES;
    let binds = |part: &str| {
        MODALS.iter().any(|m| m.re.is_match(part))
            || [
                &c.obligations,
                &c.prohibitions,
                &c.undertakings,
                &c.future,
                &c.charged_to,
            ]
            .iter()
            .any(|re| re.is_match(part))
    };
    !SUBORDINATE.is_match(text) && !after_relative(before) && !binds(before) && !binds(after)
}

/// Whether the issuer's act ("Bids will be opened in public") is what `text` says
/// first: no modal comes before it.
fn issuer_acts_first(text: &str) -> bool {
    let Some((start, _)) = find(&CUES.issuer_acts, text) else {
        return false;
    };
    let before = &text[..start];
    !MODALS.iter().any(|m| m.re.is_match(before)) && !CUES.obligations.is_match(before)
}

/// `text` with typographic apostrophes as the lexicons write them ("s’engage" is
/// "s'engage"); only what a statement says is read from it, never its quote.
pub(super) fn plain(text: &str) -> std::borrow::Cow<'_, str> {
    if text.contains(['’', '‘', 'ʼ']) {
        std::borrow::Cow::Owned(text.replace(['’', '‘', 'ʼ'], "'"))
    } else {
        std::borrow::Cow::Borrowed(text)
    }
}

/// A clause's number opening a statement ("2.2 ", "4.1. ", "3. ", Portugal's "2 - "),
/// before its first word: the number is no word of the statement, and the shapes that
/// read its opening ("Les travaux seront exécutés …", "Der Auftragnehmer führt …
/// durch") read it without.
static CLAUSE_NUMBER: LazyLock<Regex> = LazyLock::new(|| {
    re(r"^\s*(?:[0-9]{1,2}(?:\.[0-9]{1,2})+\.?|[0-9]{1,2}\.|[0-9]{1,2}\s[-–—])\s+\p{L}")
});

/// `sentence` without the clause number opening it ([`CLAUSE_NUMBER`]).
fn unnumbered(sentence: &str) -> &str {
    match CLAUSE_NUMBER.find(sentence) {
        Some(m) => {
            let letter = sentence[..m.end()]
                .chars()
                .next_back()
                .map_or(0, char::len_utf8);
            &sentence[m.end() - letter..]
        }
        None => sentence,
    }
}

/// How `sentence` binds the bidder, if it does.
pub fn reading(sentence: &str) -> Option<Reading> {
    let sentence = unnumbered(&plain(sentence)).to_owned();
    let sentence = sentence.as_str();
    if binds_nobody(sentence) {
        return None;
    }
    // A conditional opening ("Should the bidder …", "Sollten Sie …") is not the
    // statement's modal: read the sentence without it.
    let opening = CUES.conditionals.find(sentence).map_or(0, |m| m.end());
    let consequence = CUES.consequences.is_match(sentence);
    for modal in MODALS.iter() {
        let Some((start, end)) = main_modal(&modal.re, sentence) else {
            continue;
        };
        if start < opening && matches!(modal.name, "should" | "may") {
            continue;
        }
        // "…, should they need help" is a condition put after the clause it bounds,
        // not a duty.
        if modal.name == "should" && inverted_condition(sentence, start, end) {
            continue;
        }
        // A "may" or "should" of a relative clause describes its noun ("taxes that
        // may be owed"): the statement's verb is elsewhere.
        if matches!(modal.name, "should" | "may") && after_relative(&sentence[..start]) {
            continue;
        }
        // What a thing in place today can or cannot do describes it ("The current
        // database can only be opened …").
        if permits(&sentence[start..end]) && existing_opens(sentence) {
            return None;
        }
        let subject = subject_before(sentence, start);
        return match modal.name {
            // The issuer's rejections are the bidder's concern.
            "will" => Some(Reading::new("will", true, Shape::Modal)),
            // A permission binds only through what failing it costs ("Failure to …
            // may result in disqualification").
            "may" if consequence => Some(Reading::new("may", true, Shape::Modal)),
            // A descriptive "may" beside a prohibition ("… may disturb the staff and
            // are not allowed"), or one that forbids ("No change may occur").
            "may" => prohibition(sentence),
            // The issuer rejecting or excluding bidders ("The Authority shall exclude
            // all applicants who …") states who may bid.
            _ if consequence => Some(Reading::new(modal.name, true, Shape::Modal)),
            _ if (subject == Subject::Issuer || issuer_agent_after(sentence, end))
                && !issuer_receives(sentence) =>
            {
                None
            }
            _ => Some(Reading::new(modal.name, modal.mandatory, Shape::Modal)),
        };
    }
    without_modal(sentence, consequence)
}

/// A condition by inversion after a clause break ("Bidders may call the office,
/// should they need help"; "…, sollten Sie Fragen haben"): the modal at
/// `start..end` follows a comma, a semicolon, a bracket or a dash, and a subject
/// (a pronoun or a determiner) comes right after it.
fn inverted_condition(sentence: &str, start: usize, end: usize) -> bool {
    let after_break = sentence[..start]
        .trim_end()
        .ends_with([',', ';', '(', '–', '—']);
    after_break && INVERTED_SUBJECT.is_match(&sentence[end..])
}

/// The subject right after an inverted "should" / "sollte(n)".
static INVERTED_SUBJECT: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)^\s+(?:they|he|she|it|you|we|there|the|any|a|an|such|this|that|these|those|sie|er|es|der|die|das|ein|eine|einer|dies)\s+\p{L}",
    )
});

/// Most matches of one modal read past the negated ones of relative clauses.
const MAX_MODAL_MATCHES: usize = 8;

/// The first match of `re` in `sentence` that is the statement's modal: a negated
/// modal of a relative clause describes its noun ("lessons that cannot last more than
/// an hour", "lezioni che non possono durare"), so a later match is read instead.
fn main_modal(re: &Regex, sentence: &str) -> Option<(usize, usize)> {
    let mut first = None;
    for m in re.find_iter(sentence).take(MAX_MODAL_MATCHES) {
        let s = m.as_str();
        let lead = s.len() - s.trim_start_matches(|c: char| !c.is_alphanumeric()).len();
        let trail = s.len() - s.trim_end_matches(|c: char| !c.is_alphanumeric()).len();
        let (start, end) = (m.start() + lead, m.end() - trail);
        first.get_or_insert((start, end));
        if !(NEGATION.is_match(&sentence[start..end]) && after_relative(&sentence[..start])) {
            return Some((start, end));
        }
    }
    first.filter(|&(start, _)| !after_relative(&sentence[..start]))
}

/// A negation inside a modal ("may not", "non può", "darf nicht", "no puede").
static NEGATION: LazyLock<Regex> =
    LazyLock::new(|| re(r"(?i)(?:^|[^\p{L}])(?:not|non|nicht|pas|no|não|ne)(?:$|[^\p{L}])"));

/// The shapes without a modal verb.
fn without_modal(sentence: &str, consequence: bool) -> Option<Reading> {
    let c = &*CUES;
    let not_issuer = |start: usize, end: usize| {
        subject_before(sentence, start) != Subject::Issuer && !issuer_agent_after(sentence, end)
    };
    if let Some(r) = prohibition(sentence) {
        return Some(r);
    }
    // When the bidder's papers are due, as a table's row or a label ("Deadline for
    // submission of offers: 31 March 2025, noon").
    if closing_label(sentence) {
        return Some(Reading::new("required", true, Shape::NonModal));
    }
    // The issuer asking that the bidder's papers be so ("The Office requests that
    // offers follow …") binds the bidder, though the issuer is the subject.
    if ISSUER_ASKS.is_match(sentence) {
        return Some(Reading::new("required", true, Shape::NonModal));
    }
    // A duty or a cost put on the bidder named right after it ("Backup is the
    // responsibility of the Contractor", "La reprise des données incombe au
    // titulaire", "Cabe à contratada manter …", "Spetta all'appaltatore la verifica",
    // "Die Pflege obliegt dem Auftragnehmer"); put on anyone else, the other shapes
    // decide.
    if let Some((_, end)) = find(&c.charged_to, sentence)
        && CHARGED_BIDDER.is_match(&sentence[end..])
    {
        return Some(Reading::new("shall", true, Shape::Undertaking));
    }
    if let Some((start, end)) = find(&c.undertakings, sentence) {
        if not_issuer(start, end) {
            return Some(Reading::new("shall", true, Shape::Undertaking));
        }
        return None;
    }
    if let Some((start, end)) = obligation(sentence) {
        // A limit on what a thing in place today allows describes it ("Le portail
        // actuel ne peut être consulté que sur ordinateur", "O portal atual pode
        // ser consultado apenas …").
        if not_issuer(start, end) && !(permits(&sentence[start..end]) && existing_opens(sentence)) {
            return Some(Reading::new("required", true, Shape::NonModal));
        }
        return None;
    }
    // After a label ("Executive Summary: Submit …"), the imperative opens the rest;
    // a label's own first word is none ("Work Location: Nairobi").
    // A task's number opens a task ("Task 1: Review the studies …"), read as a line of
    // a list of tasks is.
    if let Some(m) = TASK_LABEL.find(sentence)
        && super::tasks::opens_task(&sentence[m.end()..])
    {
        return Some(Reading::new("must", true, Shape::Imperative));
    }
    let after_label = LABEL
        .find(sentence)
        .map_or(sentence, |m| &sentence[m.end()..]);
    if c.imperatives.is_match(after_label)
        || polite_clause(sentence)
        || conditional_imperative(sentence)
    {
        return Some(Reading::new("must", true, Shape::Imperative));
    }
    // A passive whose agent is the bidder ("Deliveries will be made by the
    // Supplier"): the bidder's duty.
    if BIDDER_AGENT.is_match(sentence) {
        return Some(Reading::new("will", true, Shape::FutureDuty));
    }
    if let Some((start, end)) = find(&c.future, sentence) {
        // "will be paid", "will not": what is done to the bidder, or a refusal.
        let next = sentence[end..].trim_start();
        let passive = ["be ", "not ", "have been "].iter().any(|w| {
            next.get(..w.len())
                .is_some_and(|n| n.eq_ignore_ascii_case(w))
        });
        // The bidder's future, or that of the thing it delivers ("The platform will
        // allow …", "La plateforme permettra …").
        let subject = subject_before(sentence, start);
        if !passive
            && (subject == Subject::Bidder || (subject == Subject::Other && work_opens(sentence)))
        {
            return Some(Reading::new("will", true, Shape::FutureDuty));
        }
    }
    if work_passive(sentence)
        || OFFER_PASSIVE.is_match(sentence)
        || DELIVERABLE_PASSIVE.is_match(sentence)
        || work_present_passive(sentence)
    {
        return Some(Reading::new("will", true, Shape::FutureDuty));
    }
    if consequence {
        return Some(Reading::new("will", true, Shape::NonModal));
    }
    // A works item of a specification ("Fourniture et pose de regards de visite",
    // "Supply and installation of ...", "Lieferung und Montage von ...").
    if WORKS_ITEM.is_match(sentence) {
        return Some(Reading::new("required", true, Shape::NonModal));
    }
    // The bidder as the subject of a verb in the present ("Le soumissionnaire joint
    // …", "The Contractor provides …"): a duty, unless the verb is a copula or an
    // auxiliary that describes rather than binds.
    // A word in title case after the bidder, in a label before a colon, is the
    // label's, no verb ("Evaluating Contractor Performance: …", "Contractor
    // Representative (CR) Role: …").
    if let Some(c) = BIDDER_OPENING.captures(sentence)
        && let Some(verb) = c.get(2)
        // After a phrase of when, the word after the bidder is its verb in the
        // present, no preposition of a phrase about it ("After the first phase,
        // contractors with a ranking … will be invited") nor an English past.
        && !(c.get(1).is_some()
            && (AFTER_BIDDER_NO_VERB.contains(&verb.as_str().to_lowercase().as_str())
                || verb.as_str().ends_with("ed")))
    {
        let titled = verb.as_str().starts_with(char::is_uppercase)
            && verb.as_str().chars().skip(1).any(char::is_lowercase)
            && sentence
                .split_once(':')
                .is_some_and(|(label, _)| label.split_whitespace().count() <= MAX_LABEL_WORDS);
        let verb = verb.as_str().to_lowercase();
        if !titled
            && !DESCRIBING_VERBS.contains(&verb.as_str())
            && sentence.split_whitespace().count() >= 5
        {
            return Some(Reading::new("required", true, Shape::NonModal));
        }
    }
    None
}

/// One pattern matching any of `patterns`, each read without regard to case.
fn any_case_insensitive(patterns: &[&str]) -> Regex {
    re(&patterns
        .iter()
        .map(|p| format!("(?i:{p})"))
        .collect::<Vec<_>>()
        .join("|"))
}

/// The offer's own passive, future or present, its subject opening the statement and
/// the verb one of how the bidder makes or sends it ("Proposals will be submitted
/// through the portal", "Proposals are submitted in a sealed envelope", "Les offres
/// seront rédigées en français", "Les candidatures sont déposées sur la plateforme",
/// "Las ofertas se presentarán en la plataforma", "Le offerte saranno redatte in
/// italiano", "L'offerta è corredata da una garanzia", "As propostas serão entregues
/// na sede"): a rule of the bidder, as "must be" would say. What the issuer
/// does with the offer ("will be opened", "seront ouvertes", "serán valoradas") is no
/// verb of these.
static OFFER_PASSIVE: LazyLock<Regex> = LazyLock::new(|| {
    any_case_insensitive(&[
        r"^(?:the |all |each |every |your |a )?(?:(?:technical|financial|written|sealed|original|complete) )?(?:proposals?|bids?|offers?|tenders?|quotations?|quotes?|applications?|submissions?)\b[^.;:]{0,60}?\b(?:will be|are|is) (?:submitted|sent|delivered|written|prepared|signed|sealed|marked|addressed|uploaded|accompanied|presented|typed)\b",
        r"^(?:les? |la |l'|chaque |toute?s? (?:les )?)?(?:offres?|propositions?|candidatures?|dossiers?|plis?|soumissions?)\b[^.;:]{0,60}?\b(?:sera|seront|est|sont) (?:remise?s?|rédigée?s?|envoyée?s?|déposée?s?|transmise?s?|présentée?s?|signée?s?|adressée?s?|accompagnée?s?|établie?s?)\b",
        r"^(?:las? |los? |cada |todas? (?:las )?)?(?:ofertas?|proposiciones?|propuestas?|solicitud(?:es)?|sobres?)\b[^.;:]{0,60}?\b(?:se (?:presentar|redactar|entregar|enviar|remitir|firmar|acompañar)án?|se (?:presenta|redacta|entrega|envía|remite|firma|acompaña)n?|(?:serán?|son|es) (?:presentad|redactad|entregad|enviad|remitid|firmad|acompañad)[oa]s?)\b",
        r"^(?:le |la |l'|ogni |ciascuna |tutte le )?(?:offert[ae]|domand[ae]|propost[ae]|plichi|plico|buste?)\b[^.;:]{0,60}?\b(?:sarà|saranno|verrà|verranno|è|sono|viene|vengono) (?:redatt|presentat|inviat|trasmess|consegnat|sottoscritt|firmat|corredat)[oaie]\b",
        r"^(?:as? |os? |cada |todas as |todos os )?(?:propostas?|candidaturas?|envelopes?|lances?)\b[^.;:]{0,60}?\b(?:será|serão|é|são) (?:entregues?|(?:apresentad|redigid|enviad|remetid|assinad|acompanhad|elaborad|ofertad|formulad|registrad)[oa]s?)\b",
    ])
});

/// The work's or the deliverables' own future passive, their name opening the
/// statement and the verb one of how the contractor does or hands them over ("The
/// services will be performed on weekdays", "Les rapports seront rédigés en français",
/// "Los trabajos se ejecutarán de noche", "Os serviços serão executados em dias
/// úteis", "Le prestazioni saranno eseguite"): a duty of the contractor, as "must be"
/// would say. What the issuer does with them ("will be paid", "seront réceptionnés",
/// "serão avaliados") is no verb of these.
static DELIVERABLE_PASSIVE: LazyLock<Regex> = LazyLock::new(|| {
    any_case_insensitive(&[
        r"^(?:the |all |each |every )?(?:services?|works?|reports?|deliverables?)\b[^.;:]{0,60}?\bwill be (?:performed|carried out|executed|delivered|written|prepared|completed|submitted)\b",
        r"^(?:les? |la |l'|chaque |tou(?:te)?s? (?:les )?)?(?:prestations?|travaux|rapports?|livrables?)\b[^.;:]{0,60}?\b(?:sera|seront) (?:exécutée?s?|réalisée?s?|rédigée?s?|remise?s?|livrée?s?|effectuée?s?)\b",
        r"^(?:las? |los? |cada |todos? (?:los )?)?(?:servicios?|trabajos?|informes?|entregables?|prestaciones?)\b[^.;:]{0,60}?\b(?:se (?:realizar|ejecutar|prestar|entregar|redactar)án?|serán? (?:realizad|ejecutad|prestad|entregad|redactad)[oa]s?)\b",
        r"^(?:os? |as? |cada |todos os )?(?:serviços?|trabalhos?|relatórios?|entregáveis|produtos)\b[^.;:]{0,60}?\b(?:será|serão) (?:entregues?|(?:executad|realizad|prestad|redigid|elaborad)[oa]s?)\b",
        r"^(?:i |il |le |la |l'|ogni |tutti i |tutte le )?(?:servizi?|lavori|relazion[ie]|prestazion[ie])\b[^.;:]{0,60}?\b(?:sarà|saranno|verrà|verranno) (?:eseguit|svolt|redatt|consegnat|prestat|effettuat)[oaie]\b",
    ])
});

/// A specification's present passive of how the work is done, the thing done opening
/// the statement ("Le revêtement est réalisé en pavés de granit", "Les joints sont
/// garnis au mortier", "Les échantillons sont soumis au maître d'œuvre avant toute
/// commande", "Il servizio è svolto nei giorni feriali"): as French and Italian
/// specifications state the contractor's duties. The verbs are those of doing or
/// handing over the work; the thing opens with its article ("Des points d'étape sont
/// réalisés au sein des instances …" tells what happens).
static WORK_PRESENT_PASSIVE: LazyLock<Regex> = LazyLock::new(|| {
    any_case_insensitive(&[
        r"^(?:les? |la |l'|chaque |tou(?:te)?s? (?:les )?)\p{L}[\p{L}'’ -]{0,60}? (?:est|sont) (?:\p{L}+ment )?(?:réalisée?s?|exécutée?s?|assurée?s?|garnie?s?|soumise?s?|remise?s?|posée?s?|évacuée?s?|effectuée?s?|mise?s? en (?:œuvre|oeuvre|place)|nettoyée?s?|livrée?s?|transmise?s?|raccordée?s?)(?:$|[^\p{L}])",
        r"^(?:il |lo |la |l'|i |gli |le |ogni )\p{L}[\p{L}'’ -]{0,60}? (?:è|sono|viene|vengono) (?:\p{L}+mente )?(?:eseguit|svolt|effettuat|assicurat|garantit|realizzat|consegnat|smaltit)[oaie](?:$|[^\p{L}])",
    ])
});

/// The words of a description of what is done today ("Le nettoyage est actuellement
/// assuré …", "Il servizio è attualmente svolto …"), not of the work to deliver.
static TODAY: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)(?:^|[^\p{L}])(?:actuellement|aujourd'hui|déjà|jusqu'à présent|attualmente|oggi|già|finora)(?:$|[^\p{L}])",
    )
});

/// Whether `sentence` states the work in the present passive ([`WORK_PRESENT_PASSIVE`]):
/// its subject is no party, no agent but the bidder comes after the verb ("est
/// assuré par la commune" is the issuer's act) and it does not describe today.
fn work_present_passive(sentence: &str) -> bool {
    let Some(m) = WORK_PRESENT_PASSIVE.find(sentence) else {
        return false;
    };
    let rest = sentence[m.end()..].trim_start().to_lowercase();
    let agent = ["par ", "da ", "dal", "dagli ", "dai "]
        .iter()
        .any(|w| rest.starts_with(w));
    subject_before(sentence, m.end()) == Subject::Other
        && !TODAY.is_match(sentence)
        && (!agent || CUES.bidder.is_match(&rest[..rest.floor_char_boundary(40)]))
}

/// A works item opening a statement, the pair of nouns a specification names the
/// contractor's work by ("Fourniture et pose de caniveaux", "Fourniture et mise en
/// œuvre de …", "Supply and installation of …", "Suministro e instalación de …",
/// "Fornecimento e instalação de …", "Fornitura e posa in opera di …", "Lieferung
/// und Montage von …").
static WORKS_ITEM: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)^\W*(?:fourniture,? (?:et )?(?:pose|mise en (?:œuvre|oeuvre)|installation)|supply,? (?:and )?(?:install|installation|fix|fixing|erection)|suministro,? (?:e|y) (?:instalación|colocación|montaje)|fornecimento,? e (?:instalação|assentamento|montagem)|fornitura,? e (?:posa|installazione|montaggio)|(?:lieferung|liefern),? und (?:montage|einbau|montieren|einbauen))(?:$|[^\p{L}])",
    )
});

/// A German passive in the present, its participle (a lower-case word ending in "t")
/// closing the statement ("Die neue Website wird vollständig responsiv umgesetzt", "Das
/// System wird … integriert"). A strong participle ("angebunden") is the future's
/// pattern already.
static WORK_PASSIVE: LazyLock<Regex> = LazyLock::new(|| {
    re(r"(?i)(?:^|[^\p{L}])(?:wird|werden) (?:[\p{L}\d.,-]+ ){0,10}(?-i:\p{Ll}\p{L}*t)\W*$")
});

/// Whether `sentence` says in the German passive what the thing the contract delivers
/// is to be made ([`WORK_PASSIVE`]): it opens with that thing, the new one, as its
/// future does ([`work_opens`]).
fn work_passive(sentence: &str) -> bool {
    work_opens(sentence) && WORK_PASSIVE.is_match(sentence) && !NOW.is_match(sentence)
}

/// The adverbs of a statement about what is done today ("Das Portal wird derzeit
/// überarbeitet"), not about the work to deliver.
static NOW: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)(?:^|[^\p{L}])(?:derzeit|zurzeit|momentan|gegenwärtig|aktuell|bisher|bislang|heute)(?:$|[^\p{L}])",
    )
});

/// A German zu-infinitive that tells where a thing is found or what to expect, not a
/// duty ("Die Unterlagen sind auf der Plattform zu finden", "Mit dem Zuschlag ist im
/// Mai zu rechnen", "Unter X sind … zu verstehen", "sind der Anlage zu entnehmen",
/// "Einzusehen sind die Unterlagen auf der Plattform").
static DESCRIBING_INFINITIVE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)(?:^|[^\p{L}])(?:zu (?:finden|rechnen|entnehmen|ersehen|verstehen|erwarten|erkennen|erreichen)|(?:einzusehen|abzurufen|herunterzuladen) (?:ist|sind))$",
    )
});

/// Most matches of the obligations read past the zu-infinitives that describe.
const MAX_OBLIGATION_MATCHES: usize = 4;

/// The first obligation without a modal in `sentence` ([`MatrixWords::obligations`])
/// that is no zu-infinitive describing ([`DESCRIBING_INFINITIVE`]).
fn obligation(sentence: &str) -> Option<(usize, usize)> {
    CUES.obligations
        .find_iter(sentence)
        .take(MAX_OBLIGATION_MATCHES)
        .map(|m| {
            let s = m.as_str();
            let lead = s.len() - s.trim_start_matches(|c: char| !c.is_alphanumeric()).len();
            let trail = s.len() - s.trim_end_matches(|c: char| !c.is_alphanumeric()).len();
            (m.start() + lead, m.end() - trail)
        })
        .find(|&(start, end)| !DESCRIBING_INFINITIVE.is_match(&sentence[start..end]))
}

/// An article or a demonstrative opening a statement, before the thing it names.
const OPENING_ARTICLES: &str = r"the|this|la|le|l'|cette|ce|el|este|esta|o|a|este|esta|il|lo|questo|questa|das|die|der|dieses|diese";

/// The thing the contract delivers opening a statement ("The platform", "Le nouveau
/// système", "Das System"), and the word after it.
static WORK_OPENING: LazyLock<Regex> = LazyLock::new(|| {
    let work: Vec<&str> = lexicon::ALL
        .iter()
        .flat_map(|l| l.matrix.work.iter().copied())
        .collect();
    re(&format!(
        r"(?i)^\W*(?:{OPENING_ARTICLES})\s*(?:(?:new|nouvelle|nouveau|nuevo|nueva|novo|nova|nuovo|nuova|neue[ns]?|future|futur|futura|futuro)\s+)?(?:{})(?:$|[^\p{{L}}\d]+(\p{{L}}*))",
        work.join("|")
    ))
});

/// The words after a thing that make it the one in place today ("le système actuel",
/// "el portal existente"), which the contract does not deliver.
const EXISTING: &[&str] = &[
    "actuel",
    "actuelle",
    "existant",
    "existante",
    "ancien",
    "actual",
    "existente",
    "vigente",
    "antiguo",
    "antigua",
    "atual",
    "antigo",
    "antiga",
    "attuale",
    "esistente",
    "vecchio",
    "vecchia",
    "currently",
    "today",
    "aujourd'hui",
    "hoy",
    "hoje",
    "oggi",
    "heute",
    "derzeit",
    "bisher",
    "existing",
    "current",
    // A thing that is not the work's product: its making ("This software development
    // project will use …").
    "development",
    "project",
    "développement",
    "projet",
    "desarrollo",
    "proyecto",
    "desenvolvimento",
    "projeto",
    "sviluppo",
    "progetto",
    "entwicklung",
    "projekt",
];

/// Whether `sentence` opens with the thing the contract delivers: a new system, not
/// the one in place today.
pub fn work_opens(sentence: &str) -> bool {
    WORK_OPENING.captures(sentence).is_some_and(|c| {
        let next = c.get(1).map_or("", |m| m.as_str()).to_lowercase();
        !EXISTING.contains(&next.as_str())
    })
}

/// Whether `reading` of `sentence` (`previous` being whom the statement before it
/// spoke of) is the future of the work ("The new system will allow …"), which
/// binds only under a heading that asks for it ("Functional requirements",
/// "Fonctionnalités attendues"): elsewhere (a product's vision, the context) it is
/// what the issuer hopes for.
pub fn work_future(reading: &Reading, sentence: &str, previous: Antecedent) -> bool {
    reading.shape == Shape::FutureDuty
        && (work_opens(sentence)
            || (previous == Antecedent::Work && PRONOUN_OPENING.is_match(sentence)))
}

/// A thing in place today opening a statement ("The current portal", "Le système
/// actuel", "O portal atual", "Das bestehende System").
static EXISTING_OPENING: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        r"(?i)^\W*(?:{OPENING_ARTICLES})\s*(?:(?:current|existing|present|old|bestehende[nrs]?|aktuelle[nrs]?|derzeitige[nrs]?|bisherige[nrs]?)\s+\p{{L}}+|\p{{L}}+\s+(?:actuel|actuelle|existant|existante|actual|existente|vigente|atual|attuale|esistente)(?:$|[^\p{{L}}]))"
    ))
});

/// Whether `sentence` only grants the bidder a permission ("Applicants may act alone
/// or with partners", "Les candidats pourront …", "Los licitadores podrán …", "Os
/// proponentes poderão …", "I concorrenti potranno …", "Bieter dürfen …"): it binds
/// by nothing, its main verb is a permissive "may" (not "can", which also states
/// what a thing must be able to do), neither negated nor limited ("may only", "up
/// to", "no more than").
pub fn only_permits(sentence: &str) -> bool {
    let sentence = &*plain(sentence);
    if reading(sentence).is_some() || CUES.consequences.is_match(sentence) {
        return false;
    }
    let Some(may) = MODALS.iter().find(|m| m.name == "may") else {
        return false;
    };
    let Some((start, end)) = main_modal(&may.re, sentence) else {
        return false;
    };
    // The statement's own verb: early in it, in no relative clause ("applicants
    // which may request a grant") and no passive that asks ("may be asked to").
    let before = &sentence[..start];
    if after_relative(before)
        || before.contains(',')
        || before.split_whitespace().count() > PERMISSION_SUBJECT_WORDS
        || ASKED.is_match(&sentence[start..])
    {
        return false;
    }
    let cue = &sentence[start..end];
    let first = cue
        .split(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or_default()
        .to_lowercase();
    PERMISSIONS.contains(&first.as_str()) && !NEGATION.is_match(cue) && !LIMITED.is_match(sentence)
}

/// The permissive "may" of each language, without the "can" that also states an
/// ability ("peut", "puede", "pode", "può", "kann").
const PERMISSIONS: &[&str] = &[
    "may", "pourra", "pourront", "podrá", "podrán", "poderá", "poderão", "potrà", "potranno",
    "darf", "dürfen",
];

/// Most words before a permission's "may": its subject, and no more.
const PERMISSION_SUBJECT_WORDS: usize = 6;

/// A "may" that asks for something ("may be asked to", "pourra être invité à",
/// "podrá ser requerido").
static ASKED: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)^\p{L}+\s+(?:also\s+)?(?:be|être|ser|essere|werden)\s+(?:asked|required|requested|invited|called upon|invité|invitée?s?|demandé|tenue?s?|requerid[oa]s?|solicitad[oa]s?|invitad[oa]s?|solicitad[oa]s?|chiamat[oi]|invitat[oi]|richiest[oi]|aufgefordert)",
    )
});

/// A limit put on a permission ("may only", "up to", "no more than", "ne … que").
static LIMITED: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)(?:^|[^\p{L}])(?:only|up to|no more than|not more than|at most|maximum|max\.|seulement|uniquement|que|jusqu'à|au plus|au maximum|solo|sólo|solamente|únicamente|hasta|como máximo|apenas|somente|até|no máximo|soltanto|solamente|fino a|al massimo|massimo|nur|ausschließlich|bis zu|höchstens|maximal)(?:$|[^\p{L}])",
    )
});

/// Whether `sentence` opens with a thing in place today.
fn existing_opens(sentence: &str) -> bool {
    EXISTING_OPENING.is_match(sentence)
}

/// Whether a cue (`cue`, a statement's words that bind) is a permission that
/// limits ("may … only", "pode … apenas", "ne peut … que").
fn permits(cue: &str) -> bool {
    let first = cue
        .split(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or_default()
        .to_lowercase();
    [
        "may", "can", "pode", "podem", "poderá", "poderão", "peut", "peuvent", "puede", "pueden",
        "podrá", "podrán", "può", "possono", "potrà", "potranno", "kann", "können", "darf",
        "dürfen",
    ]
    .contains(&first.as_str())
}

/// Who a statement speaks of, for the next one if it names its subject by a pronoun
/// ("It will submit …", "Elle enverra …", "Er übergibt …") or, in Spanish, Italian
/// and Portuguese, leaves it out ("Entregará …").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Antecedent {
    Bidder,
    /// The thing the contract delivers.
    Work,
    Other,
}

/// A personal pronoun opening a statement, or a person named by a demonstrative
/// ("This person will also chair …"). German "Sie" is the bidder addressed
/// (the lexicon's), Spanish "es" a verb: neither is here.
static PRONOUN_OPENING: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)^\W*(?:it|they|he|she|this (?:individual|person)|il|elle|ils|elles|cette personne|(?-i:Er|Es)|diese person|ele|ela|eles|elas|esta pessoa|essa pessoa|él|ella|ellos|ellas|esta persona|esso|essa|essi|esse|questa persona)(?:\s*,[^,]{1,40},)?\s+",
    )
});

/// Whom `sentence` speaks of, `previous` being whom the statement before it spoke of.
pub fn antecedent(sentence: &str, previous: Antecedent) -> Antecedent {
    let sentence = &*plain(sentence);
    if PRONOUN_OPENING.is_match(sentence) || opens_with_future(sentence) {
        return previous;
    }
    if work_opens(sentence) {
        return Antecedent::Work;
    }
    let opening: String = sentence
        .split_whitespace()
        .take(OPENING_WORDS)
        .collect::<Vec<_>>()
        .join(" ");
    match subject_before(&opening, opening.len()) {
        Subject::Bidder => Antecedent::Bidder,
        _ => Antecedent::Other,
    }
}

/// Whether `sentence`'s first word is a verb in the future ("Entregará …"): its
/// subject is left out.
fn opens_with_future(sentence: &str) -> bool {
    let start = sentence.len()
        - sentence
            .trim_start_matches(|c: char| !c.is_alphanumeric())
            .len();
    find(&CUES.future, sentence)
        .is_some_and(|(s, e)| s == start && sentence[e..].starts_with(|c: char| c.is_whitespace()))
}

/// How `sentence`, which no reading of its own binds, binds through whom the
/// statement before it spoke of: a duty in the future of the bidder or of the thing
/// it delivers ("The Consultant reports to the board. It will submit …"; "La
/// plateforme permettra … Elle enverra …"; "Das System wird … Es wird …"). A
/// pronoun in the present is left: what it says of the bidder is as often a
/// description ("Elle comprend trois volets") as a duty.
pub fn after_antecedent(sentence: &str, previous: Antecedent) -> Option<Reading> {
    if previous == Antecedent::Other {
        return None;
    }
    let sentence = &*plain(sentence);
    if binds_nobody(sentence) {
        return None;
    }
    let opening = sentence.len()
        - sentence
            .trim_start_matches(|c: char| !c.is_alphanumeric())
            .len();
    let verb_at = match PRONOUN_OPENING.find(sentence) {
        // German "Es" is the work's ("das System"), or impersonal ("Es wird
        // empfohlen, …").
        Some(m) if m.as_str().trim().eq_ignore_ascii_case("es") && previous != Antecedent::Work => {
            return None;
        }
        Some(m) => m.end(),
        None if opens_with_future(sentence) => opening,
        None => return None,
    };
    let (start, end) = find(&CUES.future, &sentence[verb_at..])?;
    let next = sentence[verb_at + end..].trim_start();
    let passive = ["be ", "not "].iter().any(|w| {
        next.get(..w.len())
            .is_some_and(|n| n.eq_ignore_ascii_case(w))
    });
    (start == 0 && !passive).then_some(Reading::new("will", true, Shape::FutureDuty))
}

/// A prohibition without a modal verb ("will not be permitted"), unless the issuer
/// is the one refused.
fn prohibition(sentence: &str) -> Option<Reading> {
    let (start, end) = find(&CUES.prohibitions, sentence)?;
    // A limit on what a thing in place today allows describes it.
    if permits(&sentence[start..end]) && existing_opens(sentence) {
        return None;
    }
    (subject_before(sentence, start) != Subject::Issuer && !issuer_agent_after(sentence, end))
        .then_some(Reading::new("must", true, Shape::Prohibition))
}

/// A task's or a step's number as its label ("Task 2: Conduct …", "Step 3 – Submit
/// …", "Tâche 1 : …", "Actividad 2. …", "Aufgabe 4: …"), before the task.
static TASK_LABEL: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)^\W*(?:task|step|activity|tâche|étape|activité|tarea|actividad|paso|tarefa|atividade|etapa|compito|attività|fase|aufgabe|schritt|arbeitspaket)\s*(?:n[°º.o]\s*)?[0-9]{1,2}(?:\.[0-9]{1,2})*[a-z]?\s*[:.–—-]\s+",
    )
});

/// Most words of a label before its colon, whose title-case words are no verbs.
const MAX_LABEL_WORDS: usize = 6;

/// A label before its value or statement ("Work Location:", "Executive Summary:"),
/// or a part's name between dashes ("Part 4 – Price Schedule – Fill in …").
static LABEL: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^\W*(?:\p{L}+(?:[ -]\p{L}+){0,2}\s?:|(?:\p{L}+\s+(?:\d{1,2}|[IVX]{1,4}|[A-Z])\s*[–—]\s*)?\p{Lu}[\p{L}'’]*(?:[ /&-]+[\p{L}'’]+){0,4}\s+[–—]\s)",
    )
});

/// A sentence opening with a subordinate clause ("Once the Office orders, …",
/// "Lorsque la Commune …, le titulaire …", "Wenn die Stadt …, hat der Bieter …").
static SUBORDINATE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)^\W*(?:if|when|whenever|once|after|upon|where|unless|in the event|as soon as|before|si|lorsque|lorsqu'|quand|dès que|dès qu'|une fois|après|avant|en cas|cuando|una vez|tras|después de|antes de|en caso|se|quando|uma vez|após|depois de|caso|em caso|qualora|una volta|dopo|prima di|in caso|nel caso|wenn|sobald|falls|nachdem|bevor|sofern)(?:$|[^\p{L}'])",
    )
});

/// Most bytes of a subordinate clause that opens a sentence.
const MAX_SUBORDINATE_BYTES: usize = 300;

/// The main clause of `sentence`: what follows the comma of the subordinate clause
/// it opens with, if it does ("Once the Office orders, the Supplier confirms …"), else
/// the whole sentence. Who the main clause opens with is who speaks.
pub fn main_clause(sentence: &str) -> &str {
    if !SUBORDINATE.is_match(sentence) {
        return sentence;
    }
    match sentence.find(',') {
        Some(i) if i < MAX_SUBORDINATE_BYTES => sentence[i + 1..].trim_start(),
        _ => sentence,
    }
}

/// Whether `sentence` is the issuer asking the bidder for something ("The Office
/// requests that offers follow …"): it binds the bidder, though the issuer speaks.
pub fn issuer_asks(sentence: &str) -> bool {
    ISSUER_ASKS.is_match(&plain(sentence))
}

/// The name of the time the bidder's papers are due by ("deadline for submission",
/// "date limite de remise", "plazo de presentación", "prazo de entrega", "termine
/// per la presentazione", "Angebotsfrist"); the issuer's own dates ("deadline to
/// respond to questions", "date limite de réponse") are none.
static CLOSING_LABEL: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)(?:^|[^\p{L}])(?:(?:deadline|closing date|due date|last date|closing time)s? (?:for|of|to) (?:the )?(?:[\p{L}-]+ ){0,2}(?:submissions?|submit(?:ting)?|receipt|delivery|filing|bids?|tenders?|proposals?|offers?|applications?|quotations?|quotes?)|(?:submission|bid|bidding|tender|proposal|application|quotation) (?:deadline|closing date|due date)|(?:the )?(?:tenders?|bids?|call|applications?|submissions?) (?:closes?|will close|closing) (?:on|at|by)|date limite (?:de |d'|pour )(?:la |le |l')?(?:dépôt|remise|retour|réception|soumission|envoi|transmission)|(?:fecha|plazo)(?: límite| máximo)? (?:de|para) (?:la )?(?:presentación|recepción|entrega|envío)|(?:data|prazo)(?: limite| final)? (?:de|para) (?:a |o )?(?:entrega|submissão|apresentação|envio|recepção|receção)|(?:termine|scadenza|data)(?: ultim[oa]| perentori[oa])? (?:per la |per il |di |della |del )(?:presentazione|ricezione|consegna|invio|trasmissione)|(?:angebots|abgabe|einreichungs|bewerbungs|teilnahmeantrags)(?:frist|termin)|(?:frist|termin) für (?:die |den )?(?:abgabe|einreichung|eingang|vorlage))(?:$|[^\p{L}])",
    )
});

/// Most words of a statement read as a closing date's label with its date: a
/// longer sentence says more than when papers are due.
const MAX_CLOSING_WORDS: usize = 24;

/// Whether `sentence` names when the bidder's papers are due, with the date or time
/// ("Deadline for Submission of Offers Monday, March 31, 2025", "Date limite de
/// remise des offres : 05/12/2025", "The closing date for bids is 4 June 2027", "The
/// call closes on 30 April").
fn closing_label(sentence: &str) -> bool {
    sentence.split_whitespace().count() <= MAX_CLOSING_WORDS
        && sentence.contains(|c: char| c.is_ascii_digit())
        && CLOSING_LABEL
            .find(sentence)
            .is_some_and(|m| !FROM_BEFORE.is_match(&sentence[..m.start()]))
}

/// "From" right before a date's label: the date a term runs from, no deadline
/// ("L'appalto ha durata di 36 mesi dalla data di consegna del servizio", "from the
/// date of delivery", "à compter de la date de remise").
static FROM_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)(?:^|[^\p{L}])(?:from(?: the)?|after(?: the)?|dalla|dal|dopo la|à compter de la|à partir de la|après la|desde la|a partir de la|tras la|a partir da|a contar da|após a|ab dem|nach dem|vom)\s*$",
    )
});

/// What the issuer must receive, or what must be received by it, the bidder must
/// send ("The Office must receive the CVs by …", "Offers must be received by the
/// County before noon", "doit recevoir", "deberá recibir", "deve receber", "dovrà
/// ricevere", "muss … bei der Vergabestelle eingehen").
static ISSUER_RECEIVES: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)(?:^|[^\p{L}])(?:(?:must|shall|doit|doivent|devra|devront|debe|deben|deberá|deberán|deve|devem|deverá|deverão|dovrà|dovranno|devono)\s+(?:be\s+|être\s+|ser\s+|essere\s+)?(?:receive|received|recevoir|reçue?s?|recibir|recibid[oa]s?|receber|recebid[oa]s?|ricevere|ricevut[oaie])|(?:muss|müssen|soll|sollen)\s+(?:\S+\s+){1,8}?(?:eingehen|eingegangen sein|vorliegen))(?:$|[^\p{L}])",
    )
});

/// Whether `sentence` says what the issuer must receive: the bidder's duty to send
/// it, though the issuer is its subject or agent.
pub fn issuer_receives(sentence: &str) -> bool {
    ISSUER_RECEIVES.is_match(&plain(sentence))
}

/// The relative pronouns right before the verb of a clause describing a noun
/// ("that", "qui", "que", "che").
const RELATIVES: &[&str] = &["that", "which", "who", "qui", "que", "che", "cui"];

/// The German relative pronouns, which open their clause after a comma and leave
/// the verb at its end ("…, die anfallen können").
const RELATIVES_OPENING: &[&str] = &[
    "die", "der", "das", "welche", "welcher", "welches", "denen", "dem",
];

/// Whether `before` (a sentence up to its modal) ends inside a relative clause: a
/// relative pronoun right before the modal, or opening the clause after the last
/// comma.
fn after_relative(before: &str) -> bool {
    let lower = before.trim_end().to_lowercase();
    let last = lower
        .rsplit(|c: char| !c.is_alphabetic())
        .next()
        .unwrap_or("");
    let clause = lower.rsplit(',').next().unwrap_or("");
    let opening = clause.split_whitespace().next().unwrap_or("");
    RELATIVES.contains(&last)
        || (lower.contains(',')
            && clause.split_whitespace().count() > 1
            && (RELATIVES.contains(&opening) || RELATIVES_OPENING.contains(&opening)))
}

/// The issuer asking that the bidder or its papers be so ("requests that all
/// offers…", "exige que les candidats…", "solicita que los licitadores…",
/// "requer que as propostas…", "richiede che le offerte…", "verlangt, dass die
/// Angebote…").
static ISSUER_ASKS: LazyLock<Regex> = LazyLock::new(|| {
    let bidder: Vec<&str> = lexicon::ALL
        .iter()
        .filter_map(|l| l.matrix.bidder.first().copied())
        .collect();
    re(&format!(
        r"(?i)(?:^|[^\p{{L}}])(?:requests?|requires?|asks?|demande|exige|solicita|requiere|pide|requer|pede|richiede|chiede|esige|verlangt|fordert|erwartet),? (?:that|que|che|dass) (?:the |all |each |every |any |les |le |la |l'|chaque |tous les |toutes les |el |los |las |cada |todos los |todas las |o |a |os |as |todos os |todas as |il |i |gli |ogni |tutti i |tutte le |der |die |das |jeder |jede |alle )?(?:[\p{{L}}-]+ )?(?:{}|proposals?|bids?|offers?|tenders?|quotations?|quotes?|submissions?|responses?|applications?|offres?|propositions?|candidatures?|dossiers?|ofertas?|propuestas?|solicitudes?|propostas?|candidaturas?|offerte|proposte|domande|candidature|angebote?|bewerbungen)(?:$|[^\p{{L}}])",
        bidder.join("|")
    ))
});

/// A passive in the future whose agent is the bidder ("will be made by the
/// Supplier", "sera assurée par le prestataire", "será realizada por el
/// contratista", "será feita pelo contratado", "sarà svolta dal fornitore",
/// "wird durch den Auftragnehmer erbracht").
static BIDDER_AGENT: LazyLock<Regex> = LazyLock::new(|| {
    let bidder: Vec<&str> = lexicon::ALL
        .iter()
        .filter_map(|l| l.matrix.bidder.first().copied())
        .collect();
    re(&format!(
        r"(?i)(?:^|[^\p{{L}}])(?:(?:will|shall) be \p{{L}}+ (?:by|through)|(?:sera|seront|est|sont) \p{{L}}+ par|(?:será|serán|es|son) \p{{L}}+ por|(?:será|serão|é|são) \p{{L}}+ (?:pel[oa]s?|por)|(?:sarà|saranno|verrà|verranno|è|sono|viene|vengono) \p{{L}}+ (?:dal|dalla|dall'|dai|dagli|da)|(?:wird|werden) (?:durch|vom|von)) (?:the |le |la |l'|les |el |los |las |o |a |os |as |il |lo |i |gli |den |dem |der |die )?(?:(?:selected|successful|chosen|awarded|retenu|retenue|seleccionad[oa]|selecionad[oa]|selezionat[oa]|beauftragten?) )?(?:{})(?:$|[^\p{{L}}])",
        bidder.join("|")
    ))
});

/// A clause after the first that asks politely ("If your firm also repairs them,
/// please state so", "…, veuillez joindre …", "…, por favor indique …", "…, si
/// prega di allegare …", "…, bitte fügen Sie … bei"), but for a note ("please
/// note", "veuillez noter", "bitte beachten Sie").
fn polite_clause(sentence: &str) -> bool {
    sentence
        .match_indices([',', ';'])
        .take(MAX_CLAUSES)
        .any(|(at, _)| {
            let clause = &sentence[at + 1..];
            let Some(m) = POLITE.find(clause) else {
                return false;
            };
            let rest = &clause[m.end()..];
            !NOTE.is_match(rest)
                && (CUES.imperatives.is_match(clause) || CUES.imperatives.is_match(rest))
        })
}

/// A condition, then an imperative after a comma ("If the firm is a joint venture,
/// attach the agreement", "Si le candidat est un groupement, joindre la convention",
/// "En caso de consorcio, adjunte el compromiso", "Caso haja subcontratação,
/// apresentar a declaração", "Qualora il concorrente sia un consorzio, allegare
/// l'atto", "Falls eine Bietergemeinschaft bietet, fügen Sie die Erklärung bei").
fn conditional_imperative(sentence: &str) -> bool {
    CONDITION.is_match(sentence)
        && sentence
            .match_indices(',')
            .take(MAX_CLAUSES)
            .any(|(at, _)| {
                // A polite request is read by [`polite_clause`], a note aside.
                let clause = sentence[at + 1..].trim_start();
                !POLITE.is_match(clause) && CUES.imperatives.is_match(clause)
            })
}

/// A sentence opening with a condition, in the six languages.
static CONDITION: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)^\s*(?:if|where|when|in case|in the event|si|lorsque|lorsqu'|quand|en cas|dans le cas|au cas|cuando|en caso|en el caso|caso|se|quando|na hipótese|no caso|qualora|nel caso|ove|falls|wenn|sofern|soweit|im fall)(?:$|[^\p{L}])",
    )
});

/// Most clauses of a sentence read for a polite request.
const MAX_CLAUSES: usize = 6;

static POLITE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)^\s*(?:please|kindly|veuillez|merci de|prière de|por favor|sírvase|sírvanse|favor de|si prega di|si prega|bitte)(?:$|[^\p{L}])",
    )
});

/// What a note asks, which binds nobody.
static NOTE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)^\W*(?:note|noter|notare|beachten|tenga en cuenta|tener en cuenta|observe|be advised|be aware|remember)(?:$|[^\p{L}])",
    )
});

/// The bidder named right after a phrase that charges someone with a duty or a cost:
/// a preposition and an article of the six languages ("of the", "du", "de l'", "al",
/// "à", "dell'", "dem"), at most two words ("the successful", "l'impresa"), the
/// bidder's noun.
static CHARGED_BIDDER: LazyLock<Regex> = LazyLock::new(|| {
    let bidder: Vec<&str> = lexicon::ALL
        .iter()
        .filter_map(|l| l.matrix.bidder.first().copied())
        .collect();
    re(&format!(
        r"(?i)^[\s,]*(?:(?:of|to|upon|on|with|du|de|des|au|aux|à|del|al|a|da|do|das|dos|ao|aos|às|dello|della|dei|degli|delle|allo|alla|ai|agli|alle|di|dem|der|den|des|beim|bei dem|bei der)\s+|(?:dell|all|d|l)['’])?(?:(?:the|each|every|any|all|its|le|la|les|el|los|las|o|a|os|as|il|lo|gli|i|dem|der|den|des|jeweiligen)\s+|l['’])?(?:[\p{{L}}'’-]+\s+){{0,2}}?(?:{})(?:$|[^\p{{L}}\d])",
        bidder.join("|")
    ))
});

/// A statement opening with the bidder as its subject, capturing the next word: the
/// bidder may be an adjective after its noun or a noun after its adjective ("Les
/// structures lauréates fournissent …", "The successful bidder provides …"), and
/// a parenthesis may stand between it and its verb; a phrase of when may open it
/// ("À l'achèvement des travaux, l'entrepreneur remet …").
static BIDDER_OPENING: LazyLock<Regex> = LazyLock::new(|| {
    // The nouns only (the first pattern of each language), not "you" or "your".
    let bidder: Vec<&str> = lexicon::ALL
        .iter()
        .filter_map(|l| l.matrix.bidder.first().copied())
        .collect();
    re(&format!(
        r"(?i)^\W*((?:à|au|dès|après|avant|lors|upon|after|before|at|on|within|al|tras|antes|después|ao|após|antes|alla|al|dopo|prima|entro|nach|vor|bei)\s[^,;:.]{{2,60}},\s*)?(?:the|each|every|all|le|la|les|l'|l’|chaque|el|los|las|cada|o|a|os|as|il|lo|i|gli|ogni|der|die|jeder|jede|alle)?\s*(?:\p{{L}}+\s+)?(?:{})\s+(?:\([^()]{{0,80}}\)\s+)?(\p{{L}}+)\b",
        bidder.join("|")
    ))
});

/// Words after the bidder that open a phrase about it, no verb.
const AFTER_BIDDER_NO_VERB: &[&str] = &[
    "with", "of", "in", "from", "on", "at", "for", "and", "or", "who", "that", "de", "du", "des",
    "avec", "en", "et", "ou", "qui", "con", "y", "o", "que", "com", "e", "di", "da", "che", "mit",
    "von", "und", "oder", "der", "die",
];

/// Words after the bidder that do not state a duty: copulas, auxiliaries,
/// relatives and the participles of an issuer's act on the bidder.
const DESCRIBING_VERBS: &[&str] = &[
    "is",
    "are",
    "was",
    "were",
    "has",
    "have",
    "had",
    "may",
    "can",
    "could",
    "might",
    "who",
    "that",
    "which",
    "whose",
    "will",
    "would",
    "selected",
    "retained",
    "awarded",
    "receive",
    "receives",
    "benefit",
    "benefits",
    "bénéficie",
    "bénéficient",
    "reçoit",
    "reçoivent",
    "recibe",
    "reciben",
    "beneficia",
    "benefician",
    "recebe",
    "recebem",
    "beneficiam",
    "riceve",
    "ricevono",
    "beneficiano",
    "erhält",
    "erhalten",
    "est",
    "sont",
    "était",
    "a",
    "ont",
    "peut",
    "peuvent",
    "qui",
    "dont",
    "sera",
    "seront",
    "retenu",
    "retenue",
    "sélectionné",
    "retenus",
    "sélectionnés",
    "es",
    "son",
    "era",
    "ha",
    "han",
    "puede",
    "pueden",
    "que",
    "cuyo",
    "será",
    "adjudicatario",
    "seleccionado",
    "seleccionados",
    "é",
    "são",
    "foi",
    "tem",
    "têm",
    "pode",
    "podem",
    "selecionado",
    "selecionados",
    "è",
    "sono",
    "ha",
    "hanno",
    "può",
    "possono",
    "che",
    "selezionato",
    "selezionati",
    "ammessi",
    "ist",
    "sind",
    "war",
    "hat",
    "haben",
    "kann",
    "können",
    "der",
    "die",
    "das",
    "wird",
    "werden",
    "and",
    "or",
    "et",
    "ou",
    "y",
    "o",
    "e",
    "und",
    "oder",
    "of",
    "de",
    "du",
    "des",
    "del",
    "do",
    "da",
    "di",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_party_at_the_openings_edge_is_read_with_the_word_after_it() {
        for (lead_in, issuer) in [
            (
                "Une fois la convention signée, l'administration lauréate s'engage à :",
                false,
            ),
            (
                "Tras firmar el contrato, la administración adjudicataria deberá:",
                false,
            ),
            (
                "Une fois la convention signée, l'administration met à disposition :",
                true,
            ),
            ("The County will provide the following services:", true),
        ] {
            assert_eq!(issuer_speaks(lead_in), issuer, "{lead_in}");
        }
    }

    #[test]
    fn the_subject_is_the_last_party_named_before_the_verb() {
        for (sentence, verb, want) in [
            (
                "The Contractor will deliver the report.",
                "will",
                Subject::Bidder,
            ),
            (
                "The County will notify all bidders.",
                "will",
                Subject::Issuer,
            ),
            (
                "If the vendor fails, the Authority will terminate.",
                "will",
                Subject::Issuer,
            ),
            ("Proposals must be signed.", "must", Subject::Other),
            (
                "Le prestataire fournira un rapport.",
                "fournira",
                Subject::Bidder,
            ),
            (
                "Vendor must use the US Web Design Standards.",
                "must",
                Subject::Bidder,
            ),
            ("We will notify the winner.", "will", Subject::Issuer),
            // A party after a preposition is no subject.
            (
                "Any exceptions to our standard terms must be noted.",
                "must",
                Subject::Other,
            ),
            (
                "Staff placed at the University shall hold a permit.",
                "shall",
                Subject::Other,
            ),
            (
                "Les documents remis à la Commune doivent être signés.",
                "doivent",
                Subject::Other,
            ),
            (
                "Los informes entregados a la Universidad deberán estar firmados.",
                "deberán",
                Subject::Other,
            ),
            (
                "I documenti consegnati alla Commissione devono essere firmati.",
                "devono",
                Subject::Other,
            ),
            (
                "Die an den Auftraggeber gesendeten Unterlagen müssen signiert sein.",
                "müssen",
                Subject::Other,
            ),
            (
                "Os relatórios entregues ao Comitê devem ser assinados.",
                "devem",
                Subject::Other,
            ),
            (
                "O comitê poderá pedir esclarecimentos.",
                "poderá",
                Subject::Issuer,
            ),
            (
                "Der Auftraggeber wird informieren.",
                "wird",
                Subject::Issuer,
            ),
        ] {
            let at = sentence.find(verb).unwrap();
            assert_eq!(subject_before(sentence, at), want, "{sentence}");
        }
    }
    #[test]
    fn an_imperative_after_a_condition_binds() {
        for sentence in [
            "If the firm is a joint venture, attach the joint venture agreement.",
            "Where a subcontractor is proposed, list its name and its share of the work.",
            "Si le candidat est un groupement, joindre la convention de groupement.",
            "En caso de consorcio, adjunte el compromiso de constitución.",
            "Caso haja subcontratação, apresentar a declaração do subcontratado.",
            "Qualora il concorrente sia un consorzio, allegare l'atto costitutivo.",
        ] {
            let got = reading(sentence).map(|r| r.shape);
            assert_eq!(got, Some(Shape::Imperative), "{sentence}");
        }
        // A condition over the issuer's act, or a description, binds nobody.
        for sentence in [
            "If the contract is renewed, the County will notify the vendor in writing.",
            "When the survey ends, the data belong to the Ministry.",
        ] {
            assert_eq!(reading(sentence), None, "{sentence}");
        }
    }

    #[test]
    fn second_person_modals_soll_prohibitive_imperatives_and_charges_bind() {
        for (sentence, want) in [
            (
                "Die Website soll barrierefrei sein.",
                ("shall", Shape::Modal),
            ),
            (
                "Sie sollen zwei Referenzen nennen.",
                ("shall", Shape::Modal),
            ),
            (
                "Vous devez joindre un extrait Kbis.",
                ("must", Shape::Modal),
            ),
            (
                "Debes adjuntar el certificado fiscal.",
                ("must", Shape::Modal),
            ),
            ("Dovete allegare il DURC.", ("must", Shape::Modal)),
            (
                "Do not include prices in the technical offer.",
                ("must", Shape::Imperative),
            ),
            ("Ne pas dépasser dix pages.", ("must", Shape::Imperative)),
            (
                "Les frais de déplacement sont à la charge du titulaire.",
                ("shall", Shape::Undertaking),
            ),
            (
                "Los gastos de envío correrán por cuenta del adjudicatario.",
                ("shall", Shape::Undertaking),
            ),
            (
                "Compete ao contratado manter o sítio atualizado.",
                ("shall", Shape::Undertaking),
            ),
            // "by the Government" after no passive is no agent.
            (
                "The Contractor shall be available for technical contact by the Government.",
                ("shall", Shape::Modal),
            ),
        ] {
            let r = reading(sentence).unwrap_or_else(|| panic!("{sentence}"));
            assert_eq!((r.name, r.shape), want, "{sentence}");
        }
        // Not the issuer's need, nor what it does not ask.
        for sentence in [
            "The programme aims to help adults who need to use online services.",
            "Der Auftraggeber soll die Abnahme bestätigen.",
            "All documents shall be reviewed by the Authority before use.",
        ] {
            assert_eq!(reading(sentence), None, "{sentence}");
        }
    }

    #[test]
    fn an_issuer_approving_or_a_noun_s_participle_leaves_the_duty_the_bidder_s() {
        // What the issuer must approve first, and a passive whose issuer's agent is
        // a noun's ("a format approved by"), bind the bidder.
        for sentence in [
            "All documents shall be approved by the Authority before use.",
            "Reports shall be submitted on a template approved by the Agency.",
            "Les rapports doivent être établis selon un modèle validé par le maître d'ouvrage.",
            "Los informes deberán presentarse en el formato aprobado por el órgano de contratación.",
            "Ogni trasferta deve essere autorizzata preventivamente dalla stazione appaltante.",
            "Jede Dienstreise muss vorab durch den Auftraggeber genehmigt werden.",
        ] {
            assert!(reading(sentence).is_some(), "{sentence}");
        }
        // The issuer's own act stays its own.
        for sentence in [
            "Applications shall be evaluated by the Committee within six weeks.",
            "Les factures doivent être réglées par le maître d'ouvrage dans un délai de trente jours.",
            "Le fatture devono essere pagate dalla stazione appaltante entro trenta giorni.",
        ] {
            assert_eq!(reading(sentence), None, "{sentence}");
        }
    }

    #[test]
    fn duties_without_a_modal_and_signed_undertakings_bind_in_six_languages() {
        for (sentence, want) in [
            // "are required to" and its kin, an adverb or "by contract" between.
            (
                "Grantees are obliged to keep all receipts.",
                Shape::NonModal,
            ),
            (
                "Les bénéficiaires sont tenus de conserver les factures.",
                Shape::NonModal,
            ),
            (
                "Los beneficiarios están obligados a conservar las facturas.",
                Shape::NonModal,
            ),
            (
                "Os beneficiários estão obrigados a guardar as faturas.",
                Shape::NonModal,
            ),
            (
                "I beneficiari sono contrattualmente tenuti a conservare le fatture.",
                Shape::NonModal,
            ),
            (
                "Il contraente è tenuto per contratto a conservare le fatture.",
                Shape::NonModal,
            ),
            (
                "Die Zuwendungsempfänger sind verpflichtet, alle Belege aufzubewahren.",
                Shape::NonModal,
            ),
            // A request addressed to the bidder.
            (
                "Applicants are requested to number every page.",
                Shape::NonModal,
            ),
            (
                "Les candidats sont invités à numéroter chaque page.",
                Shape::NonModal,
            ),
            (
                "Se invita a los solicitantes a numerar cada página.",
                Shape::NonModal,
            ),
            (
                "Os candidatos são convidados a numerar cada página.",
                Shape::NonModal,
            ),
            (
                "Si invitano i richiedenti a numerare ogni pagina.",
                Shape::NonModal,
            ),
            (
                "I candidati sono invitati a numerare ogni pagina.",
                Shape::NonModal,
            ),
            (
                "Die Bewerber werden gebeten, jede Seite zu nummerieren.",
                Shape::NonModal,
            ),
            // The bidder's present tense ("make sure that").
            (
                "The applicants ensure that the annexes follow the order of the list.",
                Shape::NonModal,
            ),
            (
                "Les candidats veillent à ce que les annexes suivent l'ordre de la liste.",
                Shape::NonModal,
            ),
            (
                "Los solicitantes aseguran que los anexos siguen el orden de la lista.",
                Shape::NonModal,
            ),
            (
                "Os proponentes asseguram que os anexos seguem a ordem da lista.",
                Shape::NonModal,
            ),
            (
                "I richiedenti fanno in modo che gli allegati seguano l'ordine.",
                Shape::NonModal,
            ),
            (
                "Die Bieter stellen sicher, dass die Anlagen der Liste folgen.",
                Shape::NonModal,
            ),
            // A signed form's undertaking in the first person.
            (
                "I/We hereby undertake to supply the goods at the quoted rates.",
                Shape::Undertaking,
            ),
            (
                "We agree to abide by all the terms of the tender.",
                Shape::Undertaking,
            ),
            (
                "I hereby accept the rules and procedures of the Institute.",
                Shape::Undertaking,
            ),
            // The signer of a form, whatever the verb.
            (
                "I/we have not modified the tender forms in any manner.",
                Shape::Undertaking,
            ),
            (
                "We also confirm that we will abide by all the terms.",
                Shape::Undertaking,
            ),
            (
                "Je soussigné atteste l'exactitude des informations fournies.",
                Shape::Undertaking,
            ),
            (
                "El abajo firmante acredita la exactitud de los datos aportados.",
                Shape::Undertaking,
            ),
            (
                "O abaixo assinado atesta a exatidão das informações prestadas.",
                Shape::Undertaking,
            ),
            (
                "Il sottoscritto attesta l'esattezza delle informazioni fornite.",
                Shape::Undertaking,
            ),
            (
                "Der Unterzeichnete bestätigt die Richtigkeit der Angaben.",
                Shape::Undertaking,
            ),
            (
                "Je m'engage à livrer les fournitures aux prix indiqués.",
                Shape::Undertaking,
            ),
            (
                "Nous nous engageons à respecter toutes les clauses du marché.",
                Shape::Undertaking,
            ),
            (
                "Nos comprometemos a suministrar los bienes a los precios ofertados.",
                Shape::Undertaking,
            ),
            (
                "Comprometemo-nos a fornecer os bens aos preços propostos.",
                Shape::Undertaking,
            ),
            (
                "Ci impegniamo a fornire i beni ai prezzi offerti.",
                Shape::Undertaking,
            ),
            (
                "Wir verpflichten uns, die Waren zu den angebotenen Preisen zu liefern.",
                Shape::Undertaking,
            ),
        ] {
            let r = reading(sentence).unwrap_or_else(|| panic!("{sentence}"));
            assert_eq!(r.shape, want, "{sentence}");
            assert!(r.mandatory, "{sentence}");
        }
        // What is done to late applications binds them ("will be rejected").
        for sentence in [
            "Le domande inviate oltre il termine verranno respinte.",
            "L'assenza di uno dei documenti può comportare il rigetto della domanda.",
        ] {
            assert!(reading(sentence).is_some_and(|r| r.mandatory), "{sentence}");
        }
        // The issuer excluding bidders, or refusing a claim, binds them.
        for sentence in [
            "The Authority shall exclude all applicants who are bankrupt.",
            "La Commission exclura tous les candidats qui sont en faillite.",
            "El órgano de contratación excluirá a todos los licitadores en quiebra.",
            "A comissão excluirá todos os proponentes em situação de falência.",
            "La Commissione escluderà tutti i richiedenti che si trovano in stato di fallimento.",
            "Die Vergabestelle schließt alle Bieter im Insolvenzverfahren aus.",
            "No claim for escalation of rates will be considered after opening.",
            "Aucune réclamation sur les prix ne sera acceptée après l'ouverture.",
            "Ninguna reclamación de precios será aceptada tras la apertura.",
            "Nenhuma reclamação de preços será aceite após a abertura.",
            "Nessuna richiesta di revisione dei prezzi sarà accettata dopo l'apertura.",
            "Keine Nachforderung zu den Preisen wird nach der Öffnung berücksichtigt.",
        ] {
            assert!(reading(sentence).is_some_and(|r| r.mandatory), "{sentence}");
        }
        // The issuer's words and the selected bidder's description still bind nobody.
        for sentence in [
            "We will notify the successful bidder.",
            "Les candidats retenus seront informés par courrier.",
            "I candidati selezionati saranno informati per posta.",
        ] {
            assert_eq!(reading(sentence), None, "{sentence}");
        }
    }

    #[test]
    fn waivers_terms_requests_polite_clauses_and_the_bidder_as_agent_bind_in_six_languages() {
        for (sentence, want) in [
            // A "may" or "should" of a relative clause is not the statement's verb.
            (
                "The Supplier accepts liability for all duties and levies that may be owed to the tax office.",
                Shape::Undertaking,
            ),
            (
                "Le prestataire s'engage à régler les frais qui peuvent être dus aux douanes.",
                Shape::Undertaking,
            ),
            (
                "El contratista se compromete a pagar los impuestos que pueden corresponder.",
                Shape::Undertaking,
            ),
            (
                "O contratado compromete-se a pagar as taxas que podem ser devidas.",
                Shape::Undertaking,
            ),
            (
                "Il fornitore si impegna a pagare le imposte che possono essere dovute.",
                Shape::Undertaking,
            ),
            (
                "Der Auftragnehmer übernimmt alle Abgaben, die anfallen können.",
                Shape::Undertaking,
            ),
            // Giving up a claim.
            (
                "A firm which skips the site visit waives any right to claim extra costs.",
                Shape::Undertaking,
            ),
            (
                "Le candidat qui ne visite pas le site renonce à tout recours pour des coûts imprévus.",
                Shape::Undertaking,
            ),
            (
                "El licitador que no visite el lugar renuncia a cualquier reclamación por costes imprevistos.",
                Shape::Undertaking,
            ),
            (
                "O proponente que não visitar o local renuncia a qualquer reclamação por custos imprevistos.",
                Shape::Undertaking,
            ),
            (
                "Il concorrente che non visita il sito rinuncia a qualsiasi pretesa per costi imprevisti.",
                Shape::Undertaking,
            ),
            (
                "Der Bieter, der den Ort nicht besichtigt, verzichtet auf jegliche Nachforderungen.",
                Shape::Undertaking,
            ),
            // Held to the call's terms.
            (
                "All offers are subject to the conditions set out in this invitation.",
                Shape::NonModal,
            ),
            (
                "Les offres sont soumises aux conditions générales du présent appel.",
                Shape::NonModal,
            ),
            (
                "Las ofertas están sujetas a las condiciones de esta convocatoria.",
                Shape::NonModal,
            ),
            (
                "As propostas estão sujeitas às condições deste convite.",
                Shape::NonModal,
            ),
            (
                "Le offerte sono soggette alle condizioni del presente invito.",
                Shape::NonModal,
            ),
            (
                "Alle Angebote unterliegen den Vergabebedingungen dieser Ausschreibung.",
                Shape::NonModal,
            ),
            // The issuer asking that the offers be so.
            (
                "The Agency requests that offers follow the structure given in Annex 2.",
                Shape::NonModal,
            ),
            (
                "L'Agence exige que les offres suivent le plan de l'annexe 2.",
                Shape::NonModal,
            ),
            (
                "La Agencia solicita que las ofertas sigan la estructura del anexo 2.",
                Shape::NonModal,
            ),
            (
                "A Agência solicita que as propostas sigam a estrutura do anexo 2.",
                Shape::NonModal,
            ),
            (
                "L'Agenzia richiede che le offerte seguano la struttura dell'allegato 2.",
                Shape::NonModal,
            ),
            (
                "Die Agentur verlangt, dass die Angebote der Gliederung in Anlage 2 folgen.",
                Shape::NonModal,
            ),
            // A polite request after a condition.
            (
                "If your company can also deliver spare parts, please state so in your offer.",
                Shape::Imperative,
            ),
            (
                "Si votre entreprise livre aussi des pièces, veuillez le préciser dans l'offre.",
                Shape::Imperative,
            ),
            (
                "Si su empresa suministra también repuestos, por favor, indique este dato en la oferta.",
                Shape::Imperative,
            ),
            (
                "Se a sua empresa fornece também peças, por favor indique-o na proposta.",
                Shape::Imperative,
            ),
            (
                "Se la vostra impresa fornisce anche ricambi, si prega di indicarlo nell'offerta.",
                Shape::Imperative,
            ),
            (
                "Falls Ihr Unternehmen auch Ersatzteile liefert, bitte geben Sie dies im Angebot an.",
                Shape::Imperative,
            ),
            // A part's name between dashes before an imperative.
            (
                "Part 4 – Price Schedule – Fill in the unit price of every item.",
                Shape::Imperative,
            ),
            (
                "Partie 4 – Bordereau des prix – Indiquez le prix unitaire de chaque article.",
                Shape::Imperative,
            ),
            (
                "Parte 4 – Cuadro de precios – Indique el precio unitario de cada artículo.",
                Shape::Imperative,
            ),
            (
                "Parte 4 – Tabela de preços – Indique o preço unitário de cada artigo.",
                Shape::Imperative,
            ),
            (
                "Parte 4 – Tabella dei prezzi – Indicare il prezzo unitario di ogni voce.",
                Shape::Imperative,
            ),
            (
                "Teil 4 – Preisblatt – Geben Sie den Einheitspreis jeder Position an.",
                Shape::Imperative,
            ),
            // A passive whose agent is the bidder.
            (
                "All deliveries will be made through the selected Supplier at its own cost.",
                Shape::FutureDuty,
            ),
            (
                "La maintenance sera assurée par le prestataire pendant deux ans.",
                Shape::FutureDuty,
            ),
            (
                "El mantenimiento será realizado por el contratista durante dos años.",
                Shape::FutureDuty,
            ),
            (
                "A manutenção será feita pelo contratado durante dois anos.",
                Shape::FutureDuty,
            ),
            (
                "La manutenzione sarà svolta dal fornitore per due anni.",
                Shape::FutureDuty,
            ),
            (
                "Die Wartung wird durch den Auftragnehmer zwei Jahre lang erbracht.",
                Shape::FutureDuty,
            ),
        ] {
            let r = reading(sentence).unwrap_or_else(|| panic!("{sentence}"));
            assert_eq!(r.shape, want, "{sentence}");
            assert!(r.mandatory, "{sentence}");
        }
        // A schedule open to change, a note, what the issuer pays, a permission in a
        // relative clause: nobody bound.
        for sentence in [
            "The timetable is subject to change.",
            "If you have questions, please note that the office closes at noon.",
            "Si vous avez des questions, veuillez noter que le bureau ferme à midi.",
            "Falls Sie Fragen haben, bitte beachten Sie die Öffnungszeiten.",
            "Invoices will be paid by the Agency within thirty days.",
            "Firms that may wish to visit the site can ask for a date.",
        ] {
            assert_eq!(reading(sentence), None, "{sentence}");
        }
    }

    #[test]
    fn when_the_bidders_papers_are_due_binds_but_the_issuers_own_dates_do_not() {
        for sentence in [
            "Deadline for submission of offers: 31 March 2025 at noon.",
            "Date limite de remise des offres : 5 décembre 2025 à 12h00",
            "Fecha límite de presentación de ofertas: 5 de diciembre de 2025",
            "Prazo de entrega das propostas: 5 de dezembro de 2025",
            "Termine per la presentazione delle offerte: 5 dicembre 2025, ore 12:00",
            "Angebotsfrist: 05.12.2025, 12:00 Uhr",
            // The date said in a sentence of its own.
            "The closing date for bids is 4 June 2027 at 10:00.",
            "The submission deadline is 12 noon on 3 May 2027.",
            "The call closes on 30 April 2027.",
        ] {
            let r = reading(sentence).unwrap_or_else(|| panic!("{sentence}"));
            assert_eq!(r.shape, Shape::NonModal, "{sentence}");
        }
        for sentence in [
            "Deadline to respond to questions: 20 March 2025",
            "Date limite de réponse aux questions : 21/11/2025",
            "If the deadline for submission is extended, the notice says so.",
            "The closing date for questions is 20 May 2027.",
            "The bid opening will take place on 5 June 2027 at 11:00.",
        ] {
            assert_eq!(reading(sentence), None, "{sentence}");
        }
    }

    #[test]
    fn what_the_issuer_must_receive_the_bidder_must_send_in_six_languages() {
        for sentence in [
            "The Office must receive the CVs of the proposed staff by Friday.",
            "Offers must be received by the County before noon on 3 May.",
            "La Commune doit recevoir les CV du personnel proposé avant vendredi.",
            "La Administración deberá recibir los currículos antes del viernes.",
            "A Administração deve receber os currículos até sexta-feira.",
            "L'Amministrazione dovrà ricevere i curricula entro venerdì.",
            "Bei der Vergabestelle müssen die Angebote bis Freitag vorliegen.",
        ] {
            let r = reading(sentence).unwrap_or_else(|| panic!("{sentence}"));
            assert_eq!(r.shape, Shape::Modal, "{sentence}");
            assert!(r.mandatory, "{sentence}");
        }
        for sentence in [
            "The County will receive the goods at its warehouse.",
            "The Office must approve the schedule before work starts.",
        ] {
            assert_eq!(reading(sentence), None, "{sentence}");
        }
    }

    #[test]
    fn the_main_clause_follows_an_opening_subordinate_clause() {
        for (sentence, main) in [
            (
                "Once the Office places an order, the Supplier confirms the date.",
                "the Supplier confirms the date.",
            ),
            (
                "Lorsque la Commune passe commande, le titulaire confirme la date.",
                "le titulaire confirme la date.",
            ),
            (
                "Cuando la Agencia hace un pedido, el contratista confirma la fecha.",
                "el contratista confirma la fecha.",
            ),
            (
                "Quando a Agência faz um pedido, o contratado confirma a data.",
                "o contratado confirma a data.",
            ),
            (
                "Qualora l'Agenzia ordini, il fornitore conferma la data.",
                "il fornitore conferma la data.",
            ),
            (
                "Sobald die Stadt bestellt, bestätigt der Auftragnehmer den Termin.",
                "bestätigt der Auftragnehmer den Termin.",
            ),
            (
                "The Office places the orders, and the Supplier confirms them.",
                "The Office places the orders, and the Supplier confirms them.",
            ),
        ] {
            assert_eq!(main_clause(sentence), main, "{sentence}");
        }
    }

    #[test]
    fn requests_restrictions_and_forbidding_mays_bind_in_six_languages() {
        for (sentence, want) in [
            // A request in the issuer's voice.
            (
                "We ask bidders to state the size of their team.",
                Shape::Imperative,
            ),
            (
                "Nous vous prions de joindre le planning.",
                Shape::Imperative,
            ),
            (
                "Les rogamos indicar el número de técnicos.",
                Shape::Imperative,
            ),
            (
                "Solicitamos que os proponentes indiquem a equipa.",
                Shape::Imperative,
            ),
            (
                "Vi preghiamo di indicare il numero di tecnici.",
                Shape::Imperative,
            ),
            (
                "Antwort: Wir bitten um Angabe der Stundensätze im Angebot.",
                Shape::Imperative,
            ),
            (
                "(Wir bitten Sie, die Nachunternehmer zu benennen)",
                Shape::Imperative,
            ),
            // The only way a thing is taken.
            (
                "Offers will only be accepted through the portal.",
                Shape::NonModal,
            ),
            (
                "Only signed forms will be accepted by the office.",
                Shape::NonModal,
            ),
            (
                "Les dossiers ne seront acceptés que par voie électronique.",
                Shape::Prohibition,
            ),
            (
                "Die Angebote werden nur elektronisch angenommen.",
                Shape::NonModal,
            ),
            // A "may" that forbids, or beside a prohibition.
            (
                "No change in the hourly rates may occur during the term.",
                Shape::Prohibition,
            ),
            (
                "Ningún cambio de precios podrá aplicarse durante el contrato.",
                Shape::Prohibition,
            ),
            (
                "Nenhuma alteração de preços poderá ocorrer durante o contrato.",
                Shape::Prohibition,
            ),
            (
                "Nessuna modifica dei prezzi potrà essere applicata.",
                Shape::Prohibition,
            ),
            (
                "Il fornitore non potrà subappaltare il servizio.",
                Shape::Prohibition,
            ),
            (
                "Keine Änderung der Preise darf während der Laufzeit erfolgen.",
                Shape::Prohibition,
            ),
            (
                "Calls to other staff may delay the process and, for that reason, aren't allowed.",
                Shape::Prohibition,
            ),
            (
                "Bidders will not be able to change their offer after the deadline.",
                Shape::Prohibition,
            ),
            (
                "Die Bieter werden ihr Angebot nicht mehr ändern können.",
                Shape::Prohibition,
            ),
        ] {
            let r = reading(sentence).unwrap_or_else(|| panic!("{sentence}"));
            assert_eq!(r.shape, want, "{sentence}");
            assert!(r.mandatory, "{sentence}");
        }
        // What is not strictly needed, or not the bidder's, binds nobody; nor does the
        // issuer refusing itself something.
        for sentence in [
            "A style guide would help, but not strictly necessary.",
            "Antwort: Ein Styleguide wäre hilfreich, aber nicht zwingend notwendig.",
            "Un guide de style serait utile, mais pas obligatoire.",
            "Una guía de estilo sería útil, pero no imprescindible.",
            "Um guia de estilo seria útil, mas não obrigatório.",
            "Una guida di stile sarebbe utile, ma non indispensabile.",
            "The Contractor is not responsible for hosting the system.",
            "Le prestataire n'est pas responsable de l'hébergement.",
            "El contratista no es responsable del alojamiento.",
            "O contratado não é responsável pela hospedagem.",
            "Il fornitore non è responsabile dell'hosting.",
            "Der Auftragnehmer ist nicht für das Hosting verantwortlich.",
            "The Authority will not be able to answer late questions.",
            "We will only be able to answer questions sent in writing.",
        ] {
            assert_eq!(reading(sentence), None, "{sentence}");
        }
    }

    #[test]
    fn a_condition_put_after_its_clause_binds_nobody() {
        for sentence in [
            "Bidders may also call the helpdesk, should they run into trouble with the portal.",
            "Applicants may ask for an extension, should the portal be unavailable.",
            "Sie können uns jederzeit anrufen, sollten Sie Fragen zum Formular haben.",
        ] {
            assert_eq!(reading(sentence), None, "{sentence}");
        }
        // A "should" after a comma that is the verb still reads as one.
        for sentence in [
            "The proposal, in all cases, should include a work plan.",
            "Each bidder, should include three references.",
        ] {
            assert!(reading(sentence).is_some(), "{sentence}");
        }
    }

    #[test]
    fn who_may_take_part_restricted_without_a_modal_binds_in_six_languages() {
        for sentence in [
            "The call is only open to registered cooperatives.",
            "This grant is open exclusively to municipalities of the region.",
            "Participation is restricted to firms with fewer than fifty staff.",
            "Lot 3 is reserved for social enterprises.",
            "Only proposals sent through the portal are eligible for funding.",
            "L'appel est réservé aux associations déclarées.",
            "Le concours est ouvert uniquement aux étudiants inscrits.",
            "Seules les offres complètes sont recevables.",
            "La convocatoria está reservada a entidades sin ánimo de lucro.",
            "Solo las candidaturas firmadas serán admitidas.",
            "O edital é reservado a associações sem fins lucrativos.",
            "Apenas as propostas completas serão aceitas.",
            "Il bando è riservato alle imprese giovanili.",
            "Solo le domande complete sono ammesse.",
            "Die Teilnahme ist auf kleine Unternehmen beschränkt.",
            "Nur vollständige Anträge werden zugelassen.",
        ] {
            let r = reading(sentence).unwrap_or_else(|| panic!("{sentence}"));
            assert_eq!(r.shape, Shape::NonModal, "{sentence}");
            assert!(r.mandatory, "{sentence}");
        }
        // A limit that is no restriction on who takes part, an open door, and the
        // issuer's own reservation bind nobody.
        for sentence in [
            "Services include, but are not limited to, cleaning of the premises.",
            "The office is open to visitors on weekdays.",
            "The Authority's liability is limited to the contract value.",
            "The Ministry is reserved for its own staff on Fridays.",
        ] {
            assert_eq!(reading(sentence), None, "{sentence}");
        }
    }

    #[test]
    fn application_steps_limits_and_refusals_without_a_modal_bind_in_six_languages() {
        for sentence in [
            "Follow the steps of the applicant handbook.",
            "Enter the number of sites in box 7 of the form.",
            "Avoid colour charts in the narrative.",
            "It is critical that each budget line matches the justification.",
            "The maximum grant period is two years.",
            "Budgets are limited to EUR 80,000 per partner.",
            "Page limit: 10 pages for the work plan.",
            "Un dossier hors délai n'est pas recevable.",
            "La durée maximale du projet est de 18 mois.",
            "Le montant de la subvention est plafonné à 30 000 euros.",
            "No incluya vídeos en la memoria.",
            "La extensión máxima de la memoria es de 15 páginas.",
            "Los gastos de viaje no son subvencionables.",
            "Não inclua anexos em formato vídeo.",
            "É indispensável que a entidade tenha contabilidade organizada.",
            "O prazo máximo de execução é de 10 meses.",
            "Non inserire immagini nel formulario.",
            "La durata massima dell'intervento è di 12 mesi.",
            "Il contributo è limitato al 70 % dei costi.",
            "Verwenden Sie die Vorlage des Förderportals.",
            "Die Laufzeit beträgt maximal zwei Jahre.",
            "Die Zuwendung ist auf 40.000 Euro begrenzt.",
        ] {
            let r = reading(sentence).unwrap_or_else(|| panic!("{sentence}"));
            assert!(r.mandatory, "{sentence}");
        }
        // The issuer refusing papers of a kind leads in a list of prohibitions.
        for sentence in [
            "The agency will not accept an application that:",
            "L'agence n'acceptera pas les dossiers qui :",
            "La agencia no aceptará las solicitudes que:",
            "A agência não aceitará as candidaturas que:",
            "L'agenzia non accetterà le domande che:",
            "Die Behörde nimmt keine Anträge an, die:",
        ] {
            assert_eq!(
                reading(sentence).map(|r| (r.name, r.mandatory)),
                Some(("will", true)),
                "{sentence}"
            );
        }
        // A score's maximum, a liability's limit, the issuer's timetable and help
        // offered bind nobody.
        for sentence in [
            "The maximum score is 100 points.",
            "La note maximale est de 20 points.",
            "The Authority's liability is limited to the contract value.",
            "Awards are expected to be made in June.",
            "Applicants may contact the help desk with questions.",
        ] {
            assert_eq!(reading(sentence), None, "{sentence}");
        }
    }
}
