//! The category of a requirement (submission, format, eligibility, financial,
//! evaluation, legal, management, administrative, technical), from the meaning cues
//! of its words and of its context (the lead-in of its list, its section's heading).
//!
//! The cues are the lexicons' tables ([`crate::lexicon::CategoryWords`]), one per
//! language, read as whole words (so "award" is not read in "awarded"). A statement
//! is read with its own language's table only, told by its commonest words (so a
//! French noun is no English cue), or with every table when its words do not tell.
//! Each cue of the statement counts; the topic of its section's heading (the
//! innermost heading that has one) outweighs one cue, not two; the topic of its
//! list's lead-in breaks a tie; a statement without a cue takes its context's topic.
//! What the offer must hold is submission whatever it talks of ([`offer_duty`]), and so
//! is an item of a list whose lead-in says so, unless it proves who the bidder is.
//! Trade-off: counting cues rather than weighing them keeps the tables readable.

use std::collections::HashMap;
use std::sync::LazyLock;

use regex::Regex;

use crate::lexicon::{self, CategoryWords};
use crate::text::{re, re_with_cache};

/// The lazy DFA cache of a table's one pattern of every cue (hundreds of cues, phrases
/// first, six languages for a statement whose language is not told). A cap, not an
/// allocation: the search is anchored at each word's start, so the states are those of
/// the cues' prefixes, whatever the text (see [`scores`]).
const ANY_CUE_CACHE: usize = 64 << 20;

/// Most headings and lead-ins whose topic a [`Topics`] keeps; it starts afresh past
/// them, so a document of 100,000 headings costs no more memory than this.
const MAX_REMEMBERED: usize = 4096;

/// The categories, in the order they win a tie.
pub const CATEGORIES: &[&str] = &[
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

/// Where [`CATEGORIES`] holds the categories the rules below name.
const SUBMISSION: usize = 0;
const FORMAT: usize = 1;
const ELIGIBILITY: usize = 2;
const FINANCIAL: usize = 3;
const EVALUATION: usize = 4;
const LEGAL: usize = 5;
const MANAGEMENT: usize = 6;
const ADMINISTRATIVE: usize = 7;
const TECHNICAL: usize = 8;

/// The topics a statement of what the offer must hold ([`offer_duty`]) outweighs, in
/// its own words and in its heading's and lead-in's: the work it describes, the
/// qualification a document proves, the document itself, the plan it sets out, and
/// the law or contract a document it encloses belongs to ("submit with the proposal
/// any agreement…" under "Final contract").
const OFFER_DUTY_OUTWEIGHS: [usize; 5] =
    [ELIGIBILITY, LEGAL, MANAGEMENT, ADMINISTRATIVE, TECHNICAL];

/// The topics an item's own words lose when its list's lead-in says what the offer
/// must hold ("In its proposal, the firm shall include a short account of these
/// points:", "L'offre doit comprendre :"): the work it describes, the plan or
/// team it sets out, the form it is on. Not the bidder's qualifications: the hand counts
/// file a copy of a register or of references the offer encloses under what it proves.
const LEAD_DUTY_OUTWEIGHS: [usize; 3] = [MANAGEMENT, ADMINISTRATIVE, TECHNICAL];

/// The narrower topics a section's heading does not outweigh, by the heading's
/// topic: the form of the offer (format) under a heading on how to submit ("How to
/// apply": "in one original and two copies"); staff qualifications under a heading
/// on the team ("Key personnel": "ten years of experience"); money under a heading of
/// the work ("Scope of services": "The hosting fees are borne by the contractor",
/// "Pricing must be complete"): the work's heading is the broadest, and what the bidder
/// quotes, is paid or bears is filed as money wherever it stands. Not the bidder's
/// qualifications under a heading of what the offer holds: one cue of them there is
/// what the offer describes ("Company profile (main clients, staff)" under "How to
/// apply", "CVs of the technicians" under "Contenu de l'offre"); two still outweigh
/// the heading ("three similar contracts of the last five years").
const NARROWER: [(usize, &[usize]); 3] = [
    (SUBMISSION, &[FORMAT]),
    (MANAGEMENT, &[ELIGIBILITY]),
    (TECHNICAL, &[FINANCIAL]),
];

/// The topics of a heading under which the work's words are only what a statement
/// is about, not its topic: the skills a team needs ("Visual design" under "Required
/// skills"), what an offer describes ("The approach to data migration" under
/// "Contents of the proposal"), what is scored ("the methodology" under "Award
/// criteria").
const TECHNICAL_AS_SUBJECT: [usize; 3] = [SUBMISSION, ELIGIBILITY, EVALUATION];

/// How much each cue of a statement weighs.
const OWN: usize = 2;
/// How much the topic of a list's lead-in weighs: it breaks a tie between the
/// item's own cues ("Minimum turnover of USD 2 million" under "Qualification
/// requirements include:").
const LEAD_IN: usize = 1;
/// How much the topic of the section's heading weighs: more than one cue of the
/// statement, less than two ("It must be written in English" under "Eligibility" is
/// eligibility; "Quote the price in euros, VAT excluded" stays financial).
const HEADING: usize = 3;
/// Most words read to tell a statement's language.
const MAX_LANGUAGE_WORDS: usize = 200;
/// Most headings of a section's path read for its topic, innermost first: the
/// innermost and the one above it; a chapter further up is a weak guess of what a
/// statement deep inside it talks about.
const MAX_HEADINGS: usize = 2;

type Field = fn(&'static CategoryWords) -> &'static [&'static str];

const FIELDS: [Field; 9] = [
    |c| c.submission,
    |c| c.format,
    |c| c.eligibility,
    |c| c.financial,
    |c| c.evaluation,
    |c| c.legal,
    |c| c.management,
    |c| c.administrative,
    |c| c.technical,
];

/// The cues of one table: every category's at once, phrases before words, and each
/// category's alone, anchored, to tell which categories a cue found belongs to.
struct Table {
    /// Any cue as a whole word or phrase, anchored at the start of the text it is
    /// tried on (a word's start) and ending where a word does; at one place a phrase
    /// is read before a word it starts with ("technical proposal" is a part of the
    /// offer, not the technical topic; "financial capacity" a qualification, not
    /// money). Lower case: it reads the text lowered.
    any: Regex,
    /// Each category's cues, matching a cue found whole.
    each: [Regex; 9],
}

/// A table of `cues` (each category's patterns) and of `names` read whole for no
/// category: the kinds of document a call is ("invito a presentare proposte" names the
/// call; it is no cue of submission).
fn table(cues: [Vec<&str>; 9], names: &[&str]) -> Table {
    let mut all: Vec<&str> = cues.iter().flatten().chain(names).copied().collect();
    // Phrases first, the longer first: the alternation takes the first that matches.
    all.sort_by_key(|p| (!p.contains(' '), std::cmp::Reverse(p.len())));
    all.dedup();
    Table {
        any: re_with_cache(
            &format!(r"^(?:{})(?:$|[^\p{{L}}\d])", all.join("|")),
            ANY_CUE_CACHE,
        ),
        each: cues.map(|c| re(&format!(r"^(?:{})$", c.join("|")))),
    }
}

/// A character no word is made of: a cue starts after one (or at the text's start).
static WORD_BOUNDARY: LazyLock<Regex> = LazyLock::new(|| re(r"[^\p{L}\d]"));

/// Each category's cues, one table per language (in [`lexicon::ALL`]'s order).
static TABLES: LazyLock<Vec<Table>> = LazyLock::new(|| {
    lexicon::ALL
        .iter()
        .map(|l| {
            table(
                FIELDS.map(|field| field(&l.matrix.categories).to_vec()),
                l.document_types,
            )
        })
        .collect()
});

/// Each category's cues in every language at once: for a statement whose language
/// its words do not tell.
static EVERY_LANGUAGE: LazyLock<Table> = LazyLock::new(|| {
    let names: Vec<&str> = lexicon::ALL
        .iter()
        .flat_map(|l| l.document_types.iter().copied())
        .collect();
    table(
        FIELDS.map(|field| {
            lexicon::ALL
                .iter()
                .flat_map(|l| field(&l.matrix.categories).iter().copied())
                .collect()
        }),
        &names,
    )
});

/// Each language's words naming the offer or who makes it (in [`lexicon::ALL`]'s
/// order), then every language's: a whole word or phrase anywhere in a lowered text.
static OFFER: LazyLock<Vec<Regex>> = LazyLock::new(|| {
    let pattern = |words: Vec<&str>| {
        re(&format!(
            r"(?:^|[^\p{{L}}\d])(?:{})(?:$|[^\p{{L}}\d])",
            words.join("|")
        ))
    };
    let mut out: Vec<Regex> = lexicon::ALL
        .iter()
        .map(|l| pattern(l.matrix.categories.offer.to_vec()))
        .collect();
    out.push(pattern(
        lexicon::ALL
            .iter()
            .flat_map(|l| l.matrix.categories.offer.iter().copied())
            .collect(),
    ));
    out
});

/// The modals of each language that put a duty on the subject before them, for the
/// patterns of [`OFFER_DUTIES`] (`{M}` in them), with an adverb after them or none
/// ("must specifically address", "doivent obligatoirement présenter", "deberán
/// necesariamente incluir").
const DUTY_MODALS: [&str; 6] = [
    r"(?:shall|must|should|will|is to|are to|(?:is|are) required to|has to|have to|needs? to)(?: also| \p{L}+ly)?",
    r"(?:doit|doivent|devra|devront)?(?: également| aussi| \p{L}+ment)?",
    r"(?:deberá|deberán|debe|deben|ha de|han de|tendrá que|tendrán que)?(?: también| \p{L}+mente)?",
    r"(?:deve|devem|deverá|deverão|tem de|têm de|tem que|têm que)?(?: também| \p{L}+mente)?",
    r"(?:deve|devono|dovrà|dovranno)?(?: anche| \p{L}+mente)?",
    r"(?:muss|müssen|hat|haben|ist|sind|soll|sollen)",
];

/// What a statement says the OFFER must hold, one table per language (in
/// [`lexicon::ALL`]'s order), each pattern on the lowered statement: the offer (or a
/// part of it) must contain, describe, state or be accompanied by something ("The
/// proposal shall describe the hosting", "L'offre technique comprendra une
/// méthodologie"), the bidder must state or describe something in it ("Le
/// soumissionnaire précisera dans son offre la garantie"), or a document must be
/// enclosed with it or a copy submitted ("A copy of the tax certificate must be
/// enclosed", "Die Bieter müssen eine Kopie … vorlegen"). That is submission, whatever
/// the content or what the document proves: the work's words name what the offer
/// describes, and the document's what the bidder proves with it, not the duty. A
/// certificate the bidder must produce, not enclosed, stays with what it proves ("Le
/// candidat doit fournir les certificats de qualification" is eligibility): only a
/// copy or an extract is a document by its name. The offer's parts count as the offer
/// (a cost proposal, a project narrative, a "note méthodologique", a "sobre C", a
/// "Projektskizze"), and so do its verbs of showing ("must demonstrate", "doit
/// démontrer", "deberá justificar", "nachzuweisen"); a participle is no duty ("Le
/// domande presentate devono rispettare le condizioni"). A statement that opens by
/// telling the reader to describe or explain ("Describe your approach", "Décrivez",
/// "Describa", "Beschreiben Sie") is said to a bidder: only a response does that, and
/// so is one that tells it to indicate, specify or list something, or to give a link
/// ("Indicate whether the solution is hosted…", "List every module…", "Provide a link
/// to a demonstration…", "Indiquer…", "Enumere…", "Elencare…"), whatever the work it
/// names; a list is told by what follows the verb ("List all…"), since "List of
/// deliverables" is a noun. What must be listed, stated or said in the response, or in
/// one of its sections, is the response's too ("All deviations must be listed in a
/// separate section of the response", "A vendor that takes no exception must say so in
/// its response"); a participle alone is no duty ("the data identified in the proposal
/// as confidential" is the contract's).
/// `{M}` stands for the language's [`DUTY_MODALS`].
///
/// Word boundaries are ASCII ones (`(?-u:\b)`): the regex crate's lazy DFA follows
/// them on any text, while a Unicode `\b` makes it give up on the first non-ASCII
/// byte, and the search of every French, Spanish or German statement fell back to
/// the PikeVM (6 % of the engine's instructions). Every word the patterns name starts
/// and ends with an ASCII letter or keeps a shorter form that does; the two groups of
/// Italian futures ending in "-rà" end with a class of non-letters instead.
const OFFER_DUTIES: [&[&str]; 6] = [
    &[
        // The offer holds or describes.
        r"(?-u:\b)(?:the |each |every |all |your |its |their |a )?(?:technical |financial |written |full |cost |price |business |management )?(?:proposals?|offers?|bids?|tenders?|quotations?|quotes?|applications?|bid responses?|responses?|(?:project )?narratives?|project descriptions?|volumes?) (?:submitted |received )?{M} (?:include|contain|describe|present|set out|explain|detail|outline|identify|specify|state|indicate|list|comprise|address|be accompanied by|demonstrate|show|provide|discuss|justify)(?-u:\b)",
        // Stated in the offer, whoever states it.
        r"(?-u:\b)(?:describe|state|specify|indicate|detail|explain|outline|set out|identify|demonstrate|show|discuss|address|justify|list|say so|{M} be (?:listed|stated|described|identified|indicated|specified|detailed|explained|noted))(?-u:\b)[^.]*(?-u:\b)in (?:(?:a|the) (?:separate |specific |dedicated )?(?:section|part|tab|annex|appendix) of )?(?:the|its|their|his|her|your) (?:technical |financial )?(?:bid responses?|responses?|proposals?|offers?|bids?|tenders?|quotations?|quotes?|applications?|cover letters?)(?-u:\b)",
        r"(?-u:\b)in (?:the|its|their|his|her|your) (?:technical |financial )?(?:bid responses?|proposals?|offers?|bids?|tenders?|quotations?|applications?)(?-u:\b)[^.]*(?-u:\b){M} (?:include|describe|state|specify|indicate|detail|explain|outline|set out|identify|list)(?-u:\b)",
        // Told to describe or explain, with no one named: only a response does that.
        r"^[^\p{L}]*(?:please )?(?:briefly |clearly )?(?:describe|explain|discuss|outline|demonstrate|summari[sz]e|indicate|specify|list (?:all|every|each|any|the|your|up to)|state (?:whether|if|any|how|which|why|your)|provide (?:a |an |the )?(?:publicly[- ]available |public |working )?(?:link|url|hyperlink)s?)(?-u:\b)",
        // A statement cut after its subject that says what to indicate; one that asks
        // the reader ("please indicate"); one that tells it to include a statement.
        r"^[^\p{L}]*(?:must|shall|should) (?:also )?(?:indicate|specify|describe|list|state|identify|explain)(?-u:\b)",
        r"(?-u:\b)please (?:also )?(?:indicate|specify|describe|list|state|explain|identify|include|attach|provide (?:a |an |the )?(?:link|url|list|description|summary|copy))(?-u:\b)",
        r"^[^\p{L}]*include (?:a|an) (?:statement|description|list|summary|narrative|brief|short|detailed|written|copy)(?-u:\b)",
        // Sent with the offer.
        r"(?-u:\b)submit(?:ted)? [^.]{0,60}?(?-u:\b)with (?:the|its|their|his|her|your) (?:bids?|offers?|proposals?|tenders?|quotations?|applications?)(?-u:\b)",
        // The bidder states or describes.
        r"(?-u:\b)(?:bidders?|tenderers?|offerors?|applicants?|respondents?|proposers?|quoters?) {M} (?:state|specify|indicate|describe|detail|explain|outline|set out|identify|list|discuss|address|justify|provide (?:evidence|proof|details|a (?:description|summary|narrative)|an (?:explanation|overview|outline)|(?:a |an |the )?(?:publicly[- ]available |public |working )?(?:link|url|hyperlink)s?))(?-u:\b)",
        // A document enclosed or attached, or the offer accompanied by it.
        r"(?-u:\b)(?:(?:be|is|are) (?:enclosed|attached)|(?:shall|must|should|will|to|please) (?:also )?(?:enclose|attach)|(?:be|is|are) accompanied by)(?-u:\b)",
        // The bidder submits a copy or an extract.
        r"(?-u:\b)(?:bidders?|tenderers?|offerors?|applicants?|respondents?|proposers?|quoters?) {M} (?:submit|provide|furnish|produce|present) (?:a |an |the |one |their |its |his |her |certified |signed |valid )*(?:cop(?:y|ies)|extracts?)(?-u:\b)",
    ],
    &[
        r"(?:^|[^\p{L}])(?:l'|les |la |le |chaque )(?:offres?|propositions?|candidatures?|mémoires?|note méthodologique|note technique|dossier de candidature|dossier d'offre|dossier de l'offre|dossier de réponse)(?: technique| financière)? {M} ?(?:compren\p{L}*|comport\p{L}*|conten\p{L}*|contiend\p{L}*|inclu\p{L}*|présent(?:er|era|eront|e|ent)(?-u:\b)|décri\p{L}*|précis\p{L}*|indiqu\p{L}*|détaill\p{L}*|mentionn\p{L}*|expos\p{L}*|démontr\p{L}*|justifi\p{L}*|expliqu\p{L}*|être accompagnée?s?)(?-u:\b)",
        r"(?-u:\b)(?:soumissionnaires?|candidats?) {M} ?(?:précis\p{L}*|indiqu\p{L}*|décri\p{L}*|détaill\p{L}*|mentionn\p{L}*|expos\p{L}*|présent\p{L}* dans (?:son|sa|leur|l')\p{L}*)",
        r"(?-u:\b)(?:précise\p{L}*|indique\p{L}*|signal(?:er|era|eront|ée?s?)|listée?s?|énumérée?s?|décri(?:re|ra|ront|t|vent)|détaille\p{L}*|mentionne\p{L}*|présente(?:ra|ront|r|nt)?|démontre(?:r|ra|ront|nt)?|explique(?:r|ra|ront|nt)?|justifie(?:r|ra|ront|nt)?)(?-u:\b)[^.]*(?-u:\b)dans (?:son |sa |leur |leurs |l'|les |la )(?:offres?|propositions?|mémoires?|note méthodologique|dossier de candidature|candidatures?|réponses?)(?-u:\b)",
        r"^[^\p{L}]*(?:décri(?:re|vez)|expliqu(?:er|ez)|démontr(?:er|ez)|indiqu(?:er|ez)|précis(?:er|ez)|list(?:er|ez)|énumér(?:er|ez)|fourni(?:r|ssez) (?:un |le |les )?liens?)(?-u:\b)",
        r"(?-u:\b)(?:veuillez |merci de |il est demandé de |il est demandé d'|il est requis de |il est requis d')(?:préciser|indiquer|décrire|lister|expliquer|joindre|fournir)",
        r"(?-u:\b)(?:fournisseur|prestataire|candidat|soumissionnaire)s? (?:précisera|préciseront|décrira|décriront|indiquera|indiqueront|détaillera|détailleront)(?-u:\b)",
        r"(?-u:\b)(?:joindre|join(?:t|dra|dront|gnent) à (?:son|sa|leur|leurs|l')|(?:être|est|sont|sera|seront|soit|soient) jointe?s?|accompagnée?s? (?:de|d'|par))(?-u:\b)",
        r"(?-u:\b)(?:soumissionnaires?|candidats?) {M} ?(?:fourni\p{L}*|produi\p{L}*|remet\p{L}*|transmet\p{L}*|présent\p{L}*|dépos\p{L}*) (?:une |un |l'|la |le |les |des |leur |leurs |son |sa |ses )?(?:copies?|extraits?)(?-u:\b)",
    ],
    &[
        r"(?-u:\b)(?:la |las |el |los |cada )(?:propuestas?|ofertas?|solicitud(?:es)?|memorias?(?: técnicas?| descriptivas?)?|proposici(?:ón|ones)|sobres?(?: [a-c1-3](?-u:\b))?)(?: técnicas?| económicas?)? {M} ?(?:inclu\p{L}*|conten\p{L}*|contendr\p{L}*|describ\p{L}*|present(?:ar|ará|arán|a|an|e|en)(?-u:\b)|detall\p{L}*|indic\p{L}*|especific\p{L}*|recog\p{L}*|demostr\p{L}*|justific\p{L}*|explic\p{L}*|ir acompañad\p{L}*|estar acompañad\p{L}*)",
        r"(?-u:\b)(?:licitadores?|oferentes?|proponentes?) {M} ?(?:indic\p{L}*|especific\p{L}*|describ\p{L}*|detall\p{L}*|precis\p{L}*|señal\p{L}*)",
        r"(?-u:\b)(?:indicar|indicará|indicarán|indique|indiquen|especificar|especificará|especificarán|especifique|especifiquen|describir|describirá|describirán|describa|describan|detallar|detallará|detallarán|detalle|detallen|precisar|precisará|precisarán|explicar|explicará|explicarán|explique|expliquen|demostrar|demostrará|demostrarán|demuestre|demuestren|justificar|justificará|justificarán)(?-u:\b)[^.]*(?-u:\b)en (?:su|sus|la|las) (?:ofertas?|propuestas?|solicitud(?:es)?|memorias?(?: técnicas?)?)(?-u:\b)",
        r"^[^\p{L}]*(?:describa|describan|describir|explique|expliquen|demuestre|demuestren|detalle|detallen|indique|indiquen|indicar|especifique|especifiquen|especificar|enumere|enumeren|enumerar|(?:aportar|facilitar|proporcionar|aporte|facilite|proporcione) (?:un |el |los )?enlaces?)(?-u:\b)",
        r"^[^\p{L}]*(?:se (?:deberá|deberán|debe|deben|ha de|han de) |por favor,? )(?:indicar|indique|especificar|especifique|describir|describa|detallar|detalle|enumerar|enumere)(?-u:\b)",
        r"(?-u:\b)(?:adjuntar\p{L}*|se adjuntará\p{L}*|anexar\p{L}*|acompañad[ao]s? (?:de|por))",
        r"(?-u:\b)(?:licitadores?|oferentes?|proponentes?|candidatos?) {M} ?(?:present\p{L}*|aport\p{L}*|entreg\p{L}*) (?:una |un |la |el |las |los |su |sus )?(?:copias?|extractos?)(?-u:\b)",
    ],
    &[
        r"(?-u:\b)(?:a |as |o |os |cada )(?:propostas?|candidaturas?|formulários? de candidatura|memórias? (?:descritivas?|técnicas?|justificativas?))(?: técnicas?| financeiras?| comerciais?| de preços?)? {M} ?(?:inclu\p{L}*|conter|contém|contenha\p{L}*|conterá\p{L}*|descrev\p{L}*|apresent(?:ar|ará|arão|a|am|e|em)(?-u:\b)|detalh\p{L}*|indic\p{L}*|especific\p{L}*|demonstr\p{L}*|comprov\p{L}*|explic\p{L}*|justific\p{L}*|ser acompanhad\p{L}*)",
        r"(?-u:\b)(?:concorrentes?|proponentes?|licitantes?) {M} ?(?:indic\p{L}*|especific\p{L}*|descrev\p{L}*|detalh\p{L}*|mencion\p{L}*)",
        r"(?-u:\b)(?:declarar|declarará|declararão|declare|declarem|listar|liste|listem|indicar|indicará|indicarão|indique|indiquem|especificar|especificará|especifique|especifiquem|descrever|descreverá|descreva|descrevam|detalhar|detalhará|detalhe|detalhem|mencionar|mencione|mencionem|demonstrar|demonstre|demonstrem|explicar|explique|expliquem|justificar|justifique|justifiquem)(?-u:\b)[^.]*(?-u:\b)(?:na|nas|em sua|na sua|em suas|nas suas) (?:propostas?|candidaturas?)(?-u:\b)",
        r"^[^\p{L}]*(?:descreva|descrevam|descrever|explique|expliquem|demonstre|demonstrem|detalhe|detalhem|indique|indiquem|indicar|especifique|especifiquem|especificar|liste|listem|listar|(?:fornecer|forneça|apresentar|apresente|indicar|indique) (?:o |um |os )?(?:link|endereço eletrônico|endereço eletrónico)s?)(?-u:\b)",
        r"(?-u:\b)(?:anexar|anexad[ao]s?|acompanhad[ao]s? d[aeo]s?|juntar)(?-u:\b)",
        r"(?-u:\b)(?:concorrentes?|proponentes?|licitantes?|candidatos?) {M} ?(?:apresent\p{L}*|entreg\p{L}*|fornec\p{L}*) (?:uma |um |a |o |as |os |sua |suas )?(?:cópias?|extratos?)(?-u:\b)",
    ],
    &[
        r"(?:^|[^\p{L}])(?:l'|la |le |ogni |ciascuna )(?:offert[ae]|propost[ae]|domand[ae]|relazione tecnica|relazione illustrativa|progetto tecnico)(?: tecnic[ae]| economic[ae])? {M} ?(?:conten\p{L}*|contien\p{L}*|inclu\p{L}*|descriv\p{L}*|present(?:are|a|ano|erà|eranno|ino)(?:$|[^\p{L}\p{N}_])|indic\p{L}*|illustr\p{L}*|specific\p{L}*|dettagli\p{L}*|dimostr\p{L}*|spieg\p{L}*|giustific\p{L}*|essere corredat\p{L}*|essere accompagnat\p{L}*)",
        r"(?-u:\b)(?:concorrenti|concorrente|offerenti|offerente|richiedenti|richiedente) {M} ?(?:indic\p{L}*|specific\p{L}*|descriv\p{L}*|illustr\p{L}*|dettagli\p{L}*|precis\p{L}*)",
        r"(?-u:\b)(?:indicare|indicherà|indicheranno|indichi|indichino|specificare|specificherà|specifichi|descrivere|descriverà|descriveranno|descriva|descrivano|illustrare|illustrerà|illustri|dettagliare|precisare|precisi|dimostrare|dimostrerà|dimostri|spiegare|spiegherà|spieghi)(?:$|[^\p{L}\p{N}_])[^.]*(?:nell'|nella (?:propria )?|nelle (?:proprie )?)(?:offert[ae]|propost[ae]|domand[ae]|relazione tecnica)(?-u:\b)",
        r"^[^\p{L}]*(?:descriva|descrivano|descrivere|spieghi|spieghino|dimostri|dimostrino|illustri|illustrino|indicare|indichi|indichino|specificare|specifichi|elencare|elenchi|fornire (?:il |un |i )?link)(?-u:\b)",
        r"(?:^|[^\p{L}])(?:è richiesto|si richiede|è necessario|occorre|si chiede|si prega) (?:di )?(?:specificare|indicare|descrivere|illustrare|elencare)(?-u:\b)",
        r"(?-u:\b)(?:allegar(?:e|si|vi|ne)?|allegando|(?:essere|è|sono|va|vanno|viene|vengono|venga|vengano) allegat[oaie]|corredat[oaie] d\p{L}*|accompagnat[oaie] d\p{L}*)",
        r"(?-u:\b)(?:concorrenti|concorrente|offerenti|offerente|richiedenti|richiedente|candidati|candidato) {M} ?(?:present\p{L}*|produ\p{L}*|fornir\p{L}*|trasmett\p{L}*) (?:una |un |la |il |le |i |gli |l')?(?:copi[ae]|estratt[oi]|visura)(?-u:\b)",
    ],
    &[
        r"(?-u:\b)(?:das |jedes |die )?(?:technische |finanzielle )?(?:angebot|angebote|bewerbung|antrag|projektskizze|projektbeschreibung|konzept) {M}(?-u:\b)[^.]*(?-u:\b)(?:enthalten|beschreiben|umfassen|darstellen|darzustellen|angeben|anzugeben|beinhalten|erläutern|zu erläutern|aufführen|aufzuführen|zu enthalten|zu beschreiben|darlegen|darzulegen|nachweisen|nachzuweisen|aufzeigen|aufzuzeigen)(?-u:\b)",
        r"(?-u:\b)(?:im|in ihrem|in seinem|in dem) (?:angebot|konzept|antrag)(?-u:\b)[^.]*(?-u:\b)(?:anzugeben|angeben|darzustellen|darstellen|zu beschreiben|beschreiben|zu erläutern|erläutern|aufzuführen|aufführen|darzulegen|darlegen|nachzuweisen|nachweisen|aufzuzeigen|aufzeigen)(?-u:\b)",
        r"^[^\p{L}]*(?:beschreiben|erläutern|erklären|skizzieren) sie(?-u:\b)",
        r"^[^\p{L}]*(?:stellen|legen) sie(?-u:\b)[^.]*(?-u:\b)dar(?-u:\b)",
        r"(?-u:\b)(?:beizufügen|beifügen|beigefügt|beiliegen|beizulegen|beilegen|beigelegt)(?-u:\b)",
        r"(?-u:\b)(?:kopie|kopien|abschrift\p{L}*|\p{L}*auszug\p{L}*|\p{L}*auszugs)(?-u:\b)[^.]*(?-u:\b)(?:vorzulegen|vorlegen|einzureichen|einreichen)(?-u:\b)",
    ],
];

/// A statement whose subject is the system, software or platform the work builds, in
/// any language, at its start ("The system shall generate a monthly report", "La
/// plateforme doit permettre…", "Das Portal muss…"): what it does is the work, so the
/// words of running a project (reports, notifications' schedules, users' roles) name
/// its features, not the contract's management. One pattern anchored at the start.
static SYSTEM_SUBJECT: LazyLock<Regex> = LazyLock::new(|| {
    re(concat!(
        r"^[^\p{L}]*(?:",
        r"(?:the |each |this |any )?(?:proposed |new |online |web |mobile )?(?:system|software|application|app|platform|solution|portal|tool|database|dashboard)s? (?:shall|must|should|will|is to|needs? to|has to)",
        r"|(?:le |la |l'|chaque )(?:système|logiciel|application|plateforme|solution|outil|portail)s? (?:doit|doivent|devra|devront|permet|permettra)",
        r"|(?:el |la |cada )(?:sistema|software|aplicación|plataforma|solución|herramienta|portal) (?:deberá|debe|deben|deberán|permitirá|permite)",
        r"|(?:o |a |cada )(?:sistema|software|aplicação|aplicativo|plataforma|solução|ferramenta|portal) (?:deverá|deve|devem|deverão|permitirá|permite)",
        r"|(?:il |la |l'|ogni )(?:sistema|software|applicazione|piattaforma|soluzione|strumento|portale) (?:deve|devono|dovrà|dovranno|consente|consentirà)",
        r"|(?:das |die |der |jedes |jede )(?:system|software|anwendung|plattform|lösung|portal|werkzeug|fachverfahren) (?:muss|müssen|soll|sollen|hat|wird|ermöglicht)",
        r")(?-u:\b)"
    ))
});

/// A CV is the expert's qualification however it is sent ("CVs of the team must be
/// attached" is eligibility in the hand counts): no duty of the offer.
static CV: LazyLock<Regex> = LazyLock::new(|| {
    re(r"(?-u:\b)(?:cvs?|curricul(?:um|a)|r[ée]sum[ée]s?|lebensl[äa]uf\p{L}*)(?:$|[^\p{L}\p{N}_])")
});

/// [`OFFER_DUTIES`] as one pattern per language, then one of every language's.
static OFFER_DUTY: LazyLock<Vec<Regex>> = LazyLock::new(|| {
    let language = |l: usize| -> Vec<String> {
        OFFER_DUTIES[l]
            .iter()
            .map(|p| p.replace("{M}", DUTY_MODALS[l]))
            .collect()
    };
    let mut out: Vec<Regex> = (0..OFFER_DUTIES.len())
        .map(|l| re(&language(l).join("|")))
        .collect();
    out.push(re(&(0..OFFER_DUTIES.len())
        .flat_map(language)
        .collect::<Vec<_>>()
        .join("|")));
    out
});

/// Whether `text` says what the offer must hold or be accompanied by (in the table at
/// `index`, see [`OFFER_DUTIES`]).
fn offer_duty(text: &str, index: usize) -> bool {
    let text = super::reading::plain(text).to_lowercase();
    OFFER_DUTY[index].is_match(&text) && !CV.is_match(&text)
}

/// Whether one of `texts` names the offer or who makes it, in the table at `index`.
fn names_the_offer(texts: &[&str], index: usize) -> bool {
    texts
        .iter()
        .any(|t| OFFER[index].is_match(&super::reading::plain(t).to_lowercase()))
}

/// Every language's names of the kinds of document a call is ("request for proposals",
/// "invito a presentare proposte"), as whole words or phrases of a lowered text.
static DOCUMENT_TYPES: LazyLock<Regex> = LazyLock::new(|| {
    let names: Vec<&str> = lexicon::ALL
        .iter()
        .flat_map(|l| l.document_types.iter().copied())
        .collect();
    re(&format!(
        r"(?:^|[^\p{{L}}\d])(?:{})(?:$|[^\p{{L}}\d])",
        names.join("|")
    ))
});

/// Whether `text` names the offer or who makes it, in the table at `index`, outside
/// the name of the call ("the present call for proposals" names no proposal).
fn names_the_offer_itself(text: &str, index: usize) -> bool {
    let text = super::reading::plain(text).to_lowercase();
    OFFER[index].is_match(&DOCUMENT_TYPES.replace_all(&text, " "))
}

/// The language of `texts` (an index of [`lexicon::ALL`]) when their commonest words
/// tell it: two of them at least, and more than any other language's.
fn language(texts: &[&str]) -> Option<usize> {
    let mut counts = [0usize; lexicon::ALL.len()];
    let words = texts
        .iter()
        .flat_map(|t| t.split(|c: char| !c.is_alphabetic()))
        .filter(|w| !w.is_empty())
        .take(MAX_LANGUAGE_WORDS);
    for w in words {
        let w = w.to_lowercase();
        for (i, l) in lexicon::ALL.iter().enumerate() {
            if l.matrix.categories.function_words.contains(&w.as_str()) {
                counts[i] += 1;
            }
        }
    }
    let top = *counts.iter().max()?;
    let first = counts.iter().position(|n| *n == top)?;
    let unique = counts.iter().filter(|n| **n == top).count() == 1;
    (top >= 2 && unique).then_some(first)
}

/// How many cues of each category `text` holds: the cues found one after the other,
/// none inside another, each counted for every category it belongs to.
///
/// A cue starts a word: the table's pattern is tried anchored at each word's start,
/// leftmost first. One unanchored search over the text found the same cues, but the
/// lazy DFA of an unanchored alternation of hundreds of cues builds new states for
/// every new text, and a document is read once: in the service that took two fifths of
/// the engine's time. Anchored, its states are the cues' prefixes, built once.
fn scores(text: &str, table: &Table) -> [usize; 9] {
    let text = &super::reading::plain(text).to_lowercase();
    let mut out = [0; 9];
    // The earliest the character before the next cue may be: the character that ends
    // a cue may open the next one's word.
    let mut next = 0;
    // Where a cue may start: the text's start, and after each character that is no
    // letter or digit (each with where that character is).
    let boundaries = WORD_BOUNDARY.find_iter(text).map(|b| (b.start(), b.end()));
    for (before, start) in std::iter::once((0, 0)).chain(boundaries) {
        if before < next || start >= text.len() {
            continue;
        }
        let Some(m) = table.any.find(&text[start..]) else {
            continue;
        };
        // The match holds the character that ends the cue.
        let cue = m.as_str().trim_matches(|c: char| !c.is_alphanumeric());
        for (i, each) in table.each.iter().enumerate() {
            if each.is_match(cue) {
                out[i] += 1;
            }
        }
        let end = start
            + m.as_str()
                .trim_end_matches(|c: char| !c.is_alphanumeric())
                .len();
        next = end.max(before + 1);
    }
    out
}

/// The one best of `scores`, if one stands above the others.
fn topic(scores: &[usize; 9]) -> Option<usize> {
    let top = *scores.iter().max()?;
    let at = scores.iter().position(|s| *s == top)?;
    (top > 0 && scores.iter().filter(|s| **s == top).count() == 1).then_some(at)
}

/// The category of the statement's own cues that wins among those scoring `top`: the
/// first in [`CATEGORIES`]' order, but submission only when the offer is named (a
/// verb of sending is no topic: "submit the inception report" is a report, "send
/// the invoices" money, "submit the proposal" submission), and never against the
/// offer's form ("Offers are delivered in a sealed envelope" is format).
fn tie_winner(total: &[usize; 9], top: usize, offer_named: impl FnOnce() -> bool) -> Option<usize> {
    let mut tied = (0..total.len()).filter(|c| total[*c] == top);
    let first = tied.next()?;
    match tied.next() {
        Some(second) if first == SUBMISSION && (second == FORMAT || !offer_named()) => Some(second),
        _ => Some(first),
    }
}

/// The topics of the headings and lead-ins of one document, each read once: a
/// section's rows share its heading, and reading a heading's cues again for each of
/// them took a sixth of the engine's time.
#[derive(Default)]
pub struct Topics {
    /// A heading's or lead-in's topic in each table (six languages, then every one).
    seen: HashMap<String, [Option<Option<usize>>; lexicon::ALL.len() + 1]>,
    /// Whether a lead-in says what the offer must hold ([`offer_duty`]), in each table.
    duties: HashMap<String, [Option<bool>; lexicon::ALL.len() + 1]>,
}

impl Topics {
    /// The topic of `text` in the table at `index` (of [`TABLES`], or 6 for
    /// [`EVERY_LANGUAGE`]).
    fn topic(&mut self, text: &str, table: &Table, index: usize) -> Option<usize> {
        if let Some(Some(t)) = self.seen.get(text).map(|t| t[index]) {
            return t;
        }
        let t = topic(&scores(text, table));
        if self.seen.len() >= MAX_REMEMBERED && !self.seen.contains_key(text) {
            self.seen.clear();
        }
        self.seen.entry(text.to_owned()).or_default()[index] = Some(t);
        t
    }

    /// Whether the lead-in `text` says what the offer must hold, in the table at `index`.
    /// Only a lead-in that announces its list with a colon: a table's header that
    /// names a column "to attach" announces no content.
    fn lead_duty(&mut self, text: &str, index: usize) -> bool {
        if !text.trim_end().ends_with(':') {
            return false;
        }
        if let Some(Some(d)) = self.duties.get(text).map(|d| d[index]) {
            return d;
        }
        let d = offer_duty(text, index);
        if self.duties.len() >= MAX_REMEMBERED && !self.duties.contains_key(text) {
            self.duties.clear();
        }
        self.duties.entry(text.to_owned()).or_default()[index] = Some(d);
        d
    }

    /// The topic of a section: that of its innermost heading that has one.
    fn section_topic(&mut self, section: &str, table: &Table, index: usize) -> Option<usize> {
        section
            .rsplit(" › ")
            .take(MAX_HEADINGS)
            .find_map(|h| self.topic(h, table, index))
    }

    /// The category of an item of a list whose lead-in is `lead_in`, in a section
    /// whose path of headings is `section`: its own cues, each outweighed by the
    /// lead-in's topic and the section's ("Qualification requirements include:", "4.
    /// Eligibility"); a tie goes to the lead-in, then to the section.
    pub fn category_of_item(&mut self, text: &str, lead_in: &str, section: &str) -> &'static str {
        let (table, index) = match language(&[text, lead_in, section]) {
            Some(l) => (&TABLES[l], l),
            None => (&*EVERY_LANGUAGE, TABLES.len()),
        };
        let mut lead = self.topic(lead_in, table, index);
        let mut heading = self.section_topic(section, table, index);
        let mut own = scores(text, table);
        if SYSTEM_SUBJECT.is_match(&super::reading::plain(text).to_lowercase()) {
            // The system's reports and schedules are its features.
            own[TECHNICAL] += std::mem::take(&mut own[MANAGEMENT]);
            for topic in [&mut lead, &mut heading] {
                if *topic == Some(MANAGEMENT) {
                    *topic = None;
                }
            }
        }
        let format_read = own[FORMAT] > 0 || lead == Some(FORMAT) || heading == Some(FORMAT);
        if format_read && !names_the_offer(&[text, lead_in, section], index) {
            // Pages, a format, a language of the work's product: its specification.
            own[TECHNICAL] += std::mem::take(&mut own[FORMAT]);
            for topic in [&mut lead, &mut heading] {
                if *topic == Some(FORMAT) {
                    *topic = Some(TECHNICAL);
                }
            }
        }
        let outweighed: &[usize] = if offer_duty(text, index) {
            &OFFER_DUTY_OUTWEIGHS
        } else if self.lead_duty(lead_in, index) {
            &LEAD_DUTY_OUTWEIGHS
        } else {
            &[]
        };
        if !outweighed.is_empty() {
            for &c in outweighed {
                own[c] = 0;
            }
            // Under a lead-in, what the item proves of the bidder keeps the tie.
            if outweighed.contains(&ELIGIBILITY) || own[ELIGIBILITY] == 0 {
                own[SUBMISSION] += 1;
            }
            for topic in [&mut lead, &mut heading] {
                if topic.is_some_and(|t| outweighed.contains(&t)) {
                    *topic = None;
                }
            }
        }
        if heading.is_some_and(|h| TECHNICAL_AS_SUBJECT.contains(&h)) {
            own[TECHNICAL] = 0;
        }
        if let Some(h) = heading
            && NARROWER
                .iter()
                .any(|(broad, narrow)| *broad == h && narrow.iter().any(|c| own[*c] > 0))
        {
            heading = None;
        }
        let mut total = own.map(|s| s * OWN);
        if let Some(c) = lead {
            total[c] += LEAD_IN;
        }
        if let Some(c) = heading {
            total[c] += HEADING;
        }
        let top = total.iter().copied().max().unwrap_or(0);
        if top == 0 {
            // Nothing tells, in the statement or around it: a statement that names the
            // offer or who makes it is about bidding ("It is the responsibility of the
            // bidders to ensure that the bids reach…"); only one that does not falls back
            // to the work.
            if names_the_offer_itself(text, index) {
                return "submission";
            }
            return "technical";
        }
        let pick = [lead, heading]
            .into_iter()
            .flatten()
            .find(|c| total[*c] == top)
            .or_else(|| {
                tie_winner(&total, top, || {
                    names_the_offer(&[text, lead_in, section], index)
                })
            })
            .unwrap_or(TECHNICAL);
        CATEGORIES[pick]
    }
}

/// The category of an item of a list whose lead-in is `lead_in`, in a section whose
/// path of headings is `section` ([`Topics::category_of_item`], remembering nothing).
pub fn category_of_item(text: &str, lead_in: &str, section: &str) -> &'static str {
    Topics::default().category_of_item(text, lead_in, section)
}

/// The category of `text`, a statement whose context (its section's heading) is
/// `context`.
pub fn category_of(text: &str, context: &str) -> &'static str {
    category_of_item(text, "", context)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn eligible_actions_and_costs_are_the_work_and_money_not_who_may_apply() {
        for (text, section, want) in [
            (
                "Eligible actions must reach at least 500 pupils.",
                "3. Eligible actions",
                "technical",
            ),
            (
                "Les actions éligibles doivent se dérouler en Europe.",
                "Actions éligibles",
                "technical",
            ),
            (
                "Eligible costs must be incurred during the action.",
                "Costs",
                "financial",
            ),
            // Arrears of taxes or contributions say who may bid.
            (
                "Applicants must not be in arrears with social security contributions.",
                "Eligibility of applicants",
                "eligibility",
            ),
        ] {
            assert_eq!(category_of(text, section), want, "{text}");
        }
    }

    #[test]
    fn money_periods_and_meetings_keep_their_topic_under_the_works_heading() {
        for (text, section, want) in [
            (
                "The hosting fees shall be borne by the contractor.",
                "1. Scope of work",
                "financial",
            ),
            (
                "Die Kosten für Ersatzteile sind vom Auftragnehmer zu tragen.",
                "1. Leistungsumfang",
                "financial",
            ),
            (
                "Le taux horaire doit inclure les salaires.",
                "Description des prestations",
                "financial",
            ),
            // A period the work keeps, from the contract's signature.
            (
                "The first release shall be delivered within twelve weeks of contract signature.",
                "1. Scope of work",
                "management",
            ),
            (
                "O consultor deverá concluir os trabalhos no prazo de quatro meses.",
                "1. Âmbito dos serviços",
                "management",
            ),
            // A guarantee measured in time is the product's warranty.
            (
                "Os uniformes devem ter garantia de doze meses contra defeitos.",
                "Especificações técnicas",
                "technical",
            ),
            // Meetings, in every language.
            (
                "El adjudicatario deberá asistir a una reunión mensual.",
                "",
                "management",
            ),
            // The work's own words stay technical.
            (
                "The system shall export the data to spreadsheet files.",
                "1. Scope of work",
                "technical",
            ),
        ] {
            assert_eq!(category_of(text, section), want, "{text}");
        }
    }

    #[test]
    fn what_the_offer_must_hold_is_submission_under_any_heading() {
        for (text, section, want) in [
            // The offer's content, under a heading of the work.
            (
                "The proposal shall describe the backup of the servers.",
                "Technical requirements",
                "submission",
            ),
            (
                "Le soumissionnaire précisera dans son offre le délai de livraison.",
                "Spécifications techniques",
                "submission",
            ),
            (
                "Das Angebot muss ein Konzept für die Migration enthalten.",
                "Leistungsbeschreibung",
                "submission",
            ),
            // A document enclosed, under a heading of who may bid.
            (
                "La oferta deberá ir acompañada de un aval bancario vigente.",
                "Solvencia",
                "submission",
            ),
            (
                "Bidders shall submit a copy of their trade licence.",
                "Eligibility criteria",
                "submission",
            ),
            // A contract's document the offer must hold, under a heading of the law.
            (
                "The proposal must include the signed non-disclosure agreement.",
                "Legal terms",
                "submission",
            ),
            // The work itself, and who may bid, keep their topics.
            (
                "The servers shall be backed up every night.",
                "Technical requirements",
                "technical",
            ),
            (
                "Bidders must have ten years of experience.",
                "Eligibility criteria",
                "eligibility",
            ),
            // A CV is the expert's qualification however it is sent.
            (
                "CVs of the key experts must be attached.",
                "Qualifications",
                "eligibility",
            ),
        ] {
            assert_eq!(category_of(text, section), want, "{text}");
        }
    }

    #[test]
    fn the_items_of_a_lead_in_that_says_what_the_offer_holds_are_submission() {
        for (text, lead_in, section, want) in [
            (
                "A timeline for each phase of the work",
                "Each proposal must contain the following:",
                "3. Proposal contents",
                "submission",
            ),
            (
                "How the firm trains its new staff.",
                "In its proposal, the firm shall include a short account of the following points:",
                "Specifications",
                "submission",
            ),
            // What proves who the bidder is keeps its topic.
            (
                "Résumés of every consultant named in the bid",
                "The Bidder shall attach the following documents to its bid:",
                "",
                "eligibility",
            ),
            // A table's header is no lead-in that announces content; nor a participle.
            (
                "Anexo VII Sí Digital",
                "Ítem Documento exigido Adjuntar Soporte",
                "Requisitos Técnicos",
                "technical",
            ),
            (
                "le iniziative a scopo di lucro",
                "Le domande presentate devono rispettare le condizioni seguenti:",
                "Criteri di ammissibilità",
                "eligibility",
            ),
            // One qualification cue under a heading of the offer's content is what
            // it describes; two are who may bid.
            (
                "Company profile (main clients, staff, equipment)",
                "",
                "Proposal contents",
                "submission",
            ),
            (
                "Le candidat doit fournir les CV des techniciens.",
                "",
                "Contenu de l'offre",
                "submission",
            ),
            (
                "Bidders must have completed three similar contracts in the last five years.",
                "",
                "How to apply",
                "eligibility",
            ),
            // Told to describe: said to a bidder.
            (
                "Describe your experience with similar projects.",
                "",
                "Technical proposal",
                "submission",
            ),
            (
                "Beschreiben Sie Ihre Erfahrung mit vergleichbaren Projekten.",
                "",
                "Angebotsinhalt",
                "submission",
            ),
        ] {
            assert_eq!(category_of_item(text, lead_in, section), want, "{text}");
        }
    }

    #[test]
    fn what_the_response_must_indicate_list_or_link_to_is_submission() {
        for (text, section, want) in [
            (
                "Indicate whether the software is hosted by the vendor.",
                "Response requirements",
                "submission",
            ),
            (
                "List every module included in the base licence.",
                "Scope of services",
                "submission",
            ),
            (
                "Provide a link to a working demonstration of the system.",
                "",
                "submission",
            ),
            (
                "Offerors shall provide a link to the code of a similar project.",
                "Team",
                "submission",
            ),
            (
                "Every deviation from the specification must be listed in the response.",
                "Specifications",
                "submission",
            ),
            (
                "Préciser les conditions d'hébergement des données.",
                "Contenu de la réponse",
                "submission",
            ),
            (
                "Le candidat joint à son offre un calendrier prévisionnel.",
                "",
                "submission",
            ),
            (
                "Enumere los módulos de la aplicación propuesta.",
                "",
                "submission",
            ),
            (
                "O licitante deverá declarar na proposta as divergências encontradas.",
                "",
                "submission",
            ),
            (
                "Elencare i servizi compresi nel canone annuo.",
                "",
                "submission",
            ),
            // Asked of the reader, or of a subject the row leaves out.
            (
                "If the service runs on shared servers, please indicate so.",
                "Scope of services",
                "submission",
            ),
            (
                "must indicate each site where the service can be given",
                "Specifications",
                "submission",
            ),
            (
                "Include a statement that every product offered meets the specification.",
                "Scope",
                "submission",
            ),
            (
                "Veuillez préciser la version du logiciel proposée.",
                "",
                "submission",
            ),
            (
                "Se deberá indicar la versión del programa ofertado.",
                "",
                "submission",
            ),
            (
                "È richiesto di specificare le sedi in cui si svolge il servizio.",
                "",
                "submission",
            ),
            // A list named by a noun, and the work's own imperatives, stay the work's.
            (
                "List of the screens the application must offer",
                "Functional requirements",
                "technical",
            ),
            (
                "Provide training for the help desk staff before go-live.",
                "Scope of services",
                "technical",
            ),
        ] {
            assert_eq!(category_of(text, section), want, "{text}");
        }
    }

    #[test]
    fn the_reports_and_schedules_of_the_system_are_its_features() {
        for (text, section, want) in [
            (
                "The system shall generate a monthly report of permits by zone.",
                "1.4 Reporting",
                "technical",
            ),
            (
                "La plateforme doit produire un rapport hebdomadaire des réservations.",
                "Suivi",
                "technical",
            ),
            (
                "Das System muss einen Bericht über die Auslastung erzeugen.",
                "",
                "technical",
            ),
            // The contractor's reports are the running of the contract.
            (
                "The contractor shall submit a monthly report to the project manager.",
                "1.4 Reporting",
                "management",
            ),
        ] {
            assert_eq!(category_of(text, section), want, "{text}");
        }
    }

    #[test]
    fn a_bidding_documents_data_sheet_is_no_technical_topic() {
        for (text, section, want) in [
            (
                "Unit prices stay fixed for the life of the contract.",
                "Part 1 - Bid Data Sheet",
                "financial",
            ),
            (
                "Bids must be sealed in two envelopes.",
                "Tender Data Sheet",
                "format",
            ),
            // A product's data sheet is technical.
            (
                "Each pump comes with its data sheet.",
                "Specifications",
                "technical",
            ),
        ] {
            assert_eq!(category_of(text, section), want, "{text}");
        }
    }

    #[test]
    fn cues_are_whole_words_found_one_after_the_other() {
        let submission = |text: &str| scores(text, &EVERY_LANGUAGE)[0];
        for (text, want) in [
            // Two cues apart by one space, by a comma; at the text's start and end.
            ("submit deadline", 2),
            ("Deadline, portal", 2),
            ("SUBMIT", 1),
            // No cue inside a word, after an accented letter or a digit.
            ("resubmitting", 0),
            ("ésubmit", 0),
            ("2deadline", 0),
            ("deadlines", 0),
            // Punctuation and typographic quotes are word boundaries.
            ("(deadline) «portal» ’upload’", 3),
            ("", 0),
        ] {
            assert_eq!(submission(text), want, "{text}");
        }
    }

    #[test]
    fn categories_come_from_whole_words_of_the_statements_language() {
        for (text, want) in [
            (
                "Proposals must be submitted through the portal.",
                "submission",
            ),
            ("Proposals must not exceed 15 pages.", "format"),
            ("Applicants must be legally registered.", "eligibility"),
            ("Co-financing of 10% is required.", "financial"),
            // Not "award" in "awarded", nor "page" in "pageant".
            ("The contract awarded must start in May.", "legal"),
            ("Host the pageant video on the platform.", "technical"),
            // "police" is a font in French, not in an English statement.
            (
                "A police clearance certificate must be provided.",
                "administrative",
            ),
            (
                "Each envelope must be sealed and marked with the tender number.",
                "format",
            ),
            (
                "The bidder must not be blacklisted by any public body.",
                "eligibility",
            ),
            (
                "I hereby certify that the information given is true.",
                "legal",
            ),
            ("Le dossier doit être rédigé en français.", "format"),
            ("Les montants sont exprimés en euros hors TVA.", "financial"),
            (
                "Le rapport final doit être remis au comité de pilotage.",
                "management",
            ),
            ("Los precios deberán incluir el IVA.", "financial"),
            ("Quedarán excluidas las empresas en quiebra.", "eligibility"),
            ("La garantía deberá constituirse en pesos.", "financial"),
            (
                "As amostras devem ser entregues junto com a proposta.",
                "submission",
            ),
            ("O valor deve incluir todos os impostos.", "financial"),
            (
                "Le domande devono essere spedite in busta sigillata.",
                "format",
            ),
            (
                "Il richiedente deve essere una persona giuridica.",
                "eligibility",
            ),
            ("Die Rechnung ist elektronisch zu senden.", "financial"),
            (
                "Bieter, die sich in Insolvenz befinden, werden ausgeschlossen.",
                "eligibility",
            ),
        ] {
            assert_eq!(category_of(text, ""), want, "{text}");
        }
    }

    #[test]
    fn who_may_bid_is_eligibility_whatever_the_verb_of_bidding() {
        for (text, section, want) in [
            (
                "The lead developer must hold a current security clearance.",
                "4. Who may submit a quote",
                "eligibility",
            ),
            (
                "Seules les associations déclarées peuvent candidater.",
                "",
                "eligibility",
            ),
            (
                "Podrán participar las pymes de la región.",
                "",
                "eligibility",
            ),
            (
                "Die Einrichtung muss ihren Sitz im Land haben.",
                "Wer kann einen Antrag stellen?",
                "eligibility",
            ),
            // How to submit stays submission.
            (
                "Quotes must reach the office by noon.",
                "How to submit a quote",
                "submission",
            ),
        ] {
            assert_eq!(category_of(text, section), want, "{text}");
        }
    }

    #[test]
    fn a_statement_without_any_topic_that_names_the_offer_is_submission() {
        for (text, want) in [
            (
                "It is the responsibility of the bidders to ensure that their bids reach us.",
                "submission",
            ),
            (
                "Chaque candidat ne peut présenter qu'une offre.",
                "submission",
            ),
            (
                "Ogni offerente deve garantire che il plico arrivi integro.",
                "submission",
            ),
            // Without the offer named, the work.
            ("It must be ready by then.", "technical"),
        ] {
            assert_eq!(category_of(text, ""), want, "{text}");
        }
    }

    #[test]
    fn a_heading_outweighs_one_cue_and_a_lead_in_breaks_a_tie() {
        for (text, lead_in, section, want) in [
            // No cue: the section speaks.
            (
                "It must run for two years.",
                "",
                "4. Eligibility",
                "eligibility",
            ),
            (
                "It must use open standards.",
                "",
                "Scope of work",
                "technical",
            ),
            // One cue: the heading outweighs it.
            (
                "Applications must arrive in two copies.",
                "",
                "Eligibility criteria",
                "eligibility",
            ),
            (
                "Il documento deve essere firmato.",
                "",
                "1. Criteri di ammissibilità",
                "eligibility",
            ),
            (
                "Das Formular ist zu unterschreiben.",
                "",
                "3 Eignung",
                "eligibility",
            ),
            // Two cues: the statement keeps its own.
            (
                "Prices must be quoted in euros, VAT excluded.",
                "",
                "Eligibility criteria",
                "financial",
            ),
            (
                "Los precios deberán incluir el IVA.",
                "",
                "Criterios de evaluación",
                "financial",
            ),
            // The innermost heading with a topic.
            (
                "It must run for two years.",
                "",
                "2. Submission › 2.1 Eligibility › 2.1.1",
                "eligibility",
            ),
            // A tie between the item's cues: the lead-in's topic.
            (
                "Minimum average annual turnover of USD 2 million",
                "Qualification requirements include:",
                "",
                "eligibility",
            ),
            (
                "Language proficiency in English is required.",
                "",
                "Consultant profile",
                "eligibility",
            ),
        ] {
            assert_eq!(category_of_item(text, lead_in, section), want, "{text}");
        }
    }

    #[test]
    fn a_phrase_is_read_whole_before_its_words() {
        for (text, want) in [
            // The part of an offer is no topic of its adjective.
            (
                "The technical proposal shall carry the bidder's name on its cover.",
                "submission",
            ),
            (
                "Put the financial offer in the second parcel.",
                "submission",
            ),
            (
                "L'offre technique est remise avant la date limite.",
                "submission",
            ),
            (
                "La oferta técnica debe entregarse antes del plazo.",
                "submission",
            ),
            (
                "L'offerta tecnica deve pervenire entro e non oltre il 3 marzo.",
                "submission",
            ),
            (
                "A proposta técnica deve ser entregue até às 10 horas.",
                "submission",
            ),
            (
                "Das technische Angebot ist spätestens am Freitag abzugeben.",
                "submission",
            ),
            // A qualification named by money words is a qualification.
            (
                "Bidders must show a financial capacity of two million.",
                "eligibility",
            ),
            (
                "Le candidat justifie d'une capacité financière suffisante.",
                "eligibility",
            ),
            (
                "El licitador acreditará su solvencia económica.",
                "eligibility",
            ),
            (
                "Il richiedente deve dimostrare la capacità finanziaria.",
                "eligibility",
            ),
            (
                "O proponente deve comprovar capacidade financeira.",
                "eligibility",
            ),
            (
                "Der Bieter muss einen Mindestumsatz nachweisen.",
                "eligibility",
            ),
            // The name of the call is no cue ("presentare" in it): who may take part.
            (
                "Possono partecipare al presente invito a presentare proposte le associazioni.",
                "eligibility",
            ),
        ] {
            assert_eq!(category_of(text, ""), want, "{text}");
        }
    }

    #[test]
    fn topic_words_of_each_language() {
        for (text, want) in [
            // A French administration is a body, not the administrative topic.
            (
                "L'administration d'accueil doit désigner un chef de projet.",
                "management",
            ),
            (
                "Les pièces administratives sont signées par le mandataire.",
                "administrative",
            ),
            // Roles, recruiting and working hours are the running of the work.
            (
                "The roles and responsibilities of each expert must be described.",
                "management",
            ),
            (
                "Le titulaire assure le recrutement des intervenants.",
                "management",
            ),
            (
                "Las funciones y responsabilidades del equipo deben definirse.",
                "management",
            ),
            (
                "Il fornitore deve rispettare l'orario di lavoro dell'ente.",
                "management",
            ),
            (
                "O contratado deve garantir o recrutamento dos técnicos.",
                "management",
            ),
            (
                "Die Rollen und Verantwortlichkeiten sind festzulegen.",
                "management",
            ),
            // Pay and funding are money.
            (
                "Le porteur assure le financement de la rémunération des agents.",
                "financial",
            ),
            (
                "La remuneración del consultor incluye los viajes.",
                "financial",
            ),
            // Attaching and dates of receipt are submission.
            (
                "Offers received after the due date will not be opened.",
                "submission",
            ),
            ("Please attach the signed letter.", "submission"),
            ("Veuillez joindre le mémoire au dossier.", "submission"),
            // Past work of the last years is a qualification.
            (
                "Supply orders completed during the last three years must be listed.",
                "eligibility",
            ),
            (
                "Il fatturato degli ultimi tre esercizi deve essere indicato.",
                "eligibility",
            ),
            (
                "Beachten Sie die Eignungskriterien der Anlage.",
                "eligibility",
            ),
            // Meetings and their like are the running of the work.
            (
                "The team must attend a daily stand-up with the client.",
                "management",
            ),
            (
                "Le prestataire participe aux séances du comité.",
                "management",
            ),
            ("Die Sitzungen sind zu protokollieren.", "management"),
            // Drafting and pages are the form of the offer.
            (
                "La relazione tecnica deve essere redatta su una sola pagina.",
                "format",
            ),
        ] {
            assert_eq!(category_of(text, ""), want, "{text}");
        }
    }

    #[test]
    fn the_fields_of_an_application_form_are_submission() {
        // A form's rows under the heading that asks for them: no cue of their own.
        for (text, section) in [
            ("Name of the lead partner", "Annex 2 › Required information"),
            (
                "Nom du référent du projet",
                "Dossier › Informations à fournir",
            ),
            (
                "Nombre del responsable del proyecto",
                "Anexo › Información a presentar",
            ),
            (
                "Nome della persona di contatto per il progetto",
                "Allegato › Informazioni richieste",
            ),
            (
                "Nome do responsável pelo projeto",
                "Anexo › Informações solicitadas",
            ),
            (
                "Name der Ansprechperson des Projekts",
                "Anlage › Erforderliche Angaben",
            ),
        ] {
            assert_eq!(category_of(text, section), "submission", "{text}");
        }
        // Only the two innermost headings speak for a statement: a far chapter's
        // topic is no guess ("3. Budget" above "3.2 Team" above "3.2.1 Lead").
        assert_eq!(
            category_of(
                "It must be named.",
                "3. Budget › 3.2 Organisation › 3.2.1 Lead"
            ),
            "technical"
        );
    }

    #[test]
    fn a_statements_language_is_told_by_its_commonest_words() {
        let code = |texts: &[&str]| language(texts).map(|l| lexicon::ALL[l].code);
        assert_eq!(
            code(&["The bidder shall provide all the documents."]),
            Some("en")
        );
        assert_eq!(
            code(&["Le candidat doit fournir les pièces du dossier."]),
            Some("fr")
        );
        assert_eq!(
            code(&["El licitador deberá presentar los documentos."]),
            Some("es")
        );
        assert_eq!(
            code(&["O proponente deve apresentar os documentos do edital."]),
            Some("pt")
        );
        assert_eq!(
            code(&["Il richiedente deve presentare la domanda per posta."]),
            Some("it")
        );
        assert_eq!(
            code(&["Der Bieter hat die Unterlagen mit dem Angebot einzureichen."]),
            Some("de")
        );
        assert_eq!(code(&["Anexo IV"]), None);
        for c in CATEGORIES {
            assert!(c.chars().all(|c| c.is_ascii_lowercase()));
        }
    }
}
