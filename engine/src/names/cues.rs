//! The shapes of lines that are never a title or an issuer, and the phrases that
//! introduce the issuer, in the six languages: a step or section heading ("Part 2:
//! Eligibility"), a question, a line cut mid-word, a person's post, an address label,
//! an organisation named in passing (a funder, a tax authority, a place in the scope);
//! and "issued by / on behalf of / pour le compte de / im Auftrag von …".

use std::sync::LazyLock;

use regex::Regex;

use super::issuer::org_names;
use super::words::POSITIONS;
use super::{has_org_word, letter_words};
use crate::text::re;

/// A step or section heading: "Part 2: Eligibility", "FIRST PART – BID PROCEDURES",
/// "Section I. Instructions", "Deuxième partie", "Capítulo 3", "Teil B", "Step 1".
static STEP_HEADING: LazyLock<Regex> = LazyLock::new(|| {
    let ordinals = r"first|second|third|fourth|fifth|sixth|premi[eè]re|deuxi[eè]me|troisi[eè]me|quatri[eè]me|primera|segunda|tercera|cuarta|primeira|terceira|quarta|prima|seconda|terza|erster|zweiter|dritter|vierter";
    let parts = r"part|partie|parte|teil";
    let steps = r"part|partie|parte|teil|section|secci[óo]n|sec[çc][ãa]o|sezione|abschnitt|chapter|chapitre|cap[íi]tulo|capitolo|kapitel|step|[ée]tape|paso|etapa|fase|schritt|phase|stage|module|modul|modulo";
    re(&format!(
        r"(?i)^(?:(?:{ordinals})\s+(?:{parts})\b|(?:{parts})\s+(?:{ordinals})\b|(?:{steps})\s+(?:[0-9]+[a-z]?|[ivxlc]+|[a-z]|one|two|three|four|un|deux|trois|uno|dos|tres|due|tre|eins|zwei|drei)(?:\s*[.:)–—-]|\s*$))"
    ))
});

/// What introduces the issuer in a sentence or a line: "issued by", "on behalf of",
/// "for and on behalf of", "prepared for", "pour le compte de", "au nom de",
/// "prestation pour", "im Auftrag von", "en nombre de", "por cuenta de",
/// "per conto di", "em nome de".
static ISSUER_CUE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)(?:^|[\s,(])(?:(?:is|are|was)\s+)?(?:issued by|published by|(?:launched|promoted) (?:jointly )?by|promoss[oa] (?:congiuntamente )?da|promovid[oa] por|(?:for and )?on behalf of|prepared for|commissioned by|(?:pour le compte|au nom)\s+(?:de la|de l['’]|du|des|de)|publi[ée]e? par|[ée]mise? par|prestation pour|pr[ée]par[ée]e? pour|im (?:auftrag|namen)\s+(?:von|des|der)|herausgegeben von|ausgeschrieben von|erstellt f[üu]r|en (?:nombre|representaci[óo]n)\s+(?:de la|del|de)|por cuenta\s+(?:de la|del|de)|emitido por|publicado por|elaborado para|per conto\s+(?:della|del|dell['’]|di)|in nome e per conto\s+(?:della|del|di)|emesso da|pubblicato da|redatto per|em nome\s+(?:da|do|de)|por conta\s+(?:da|do|de)|preparado para)\s+",
    )
});

/// What puts an organisation aside as the one that lends or finances a borrower's
/// tender ("has received financing from", "a loan from", "financé par", "financiado
/// por", "finanziato da", "finanziert von") or is merely a place in the scope ("in",
/// "dans", "en"…), or a partner the issuer works with ("in partnership with", "en
/// partenariat avec", "in Zusammenarbeit mit"). A grant-maker's "funded by" or "with
/// the support of" is left alone: in a call for grants the funder is often the issuer.
static PASSING: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:financ(?:ed|ing)(?: \S+){0,3} (?:by|from)|(?:loan|credit)s? from|financ[ée]e?s? par|financiad[oa]s? (?:por|con)|con (?:la )?financiaci[óo]n de|finanziat[oaie] da|finanziert (?:von|durch)|financiad[oa]s? pel[oa]|registered with|(?:partnership|partnering|collaboration|cooperation) with|partenariat avec|collaboration avec|colaboraci[óo]n con|parceria com|collaborazione con|(?:zusammenarbeit|kooperation) mit|recrutement d['’]une?|s[ée]lection d['’]une?|(?:recruitment|selection|hiring|engagement|procurement) of(?: an?)?|contrataci[óo]n de(?: una?)?|selecci[óo]n de(?: una?)?|contrata[çc][ãa]o de(?: uma?)?|sele[çc][ãa]o de(?: uma?)?|selezione di(?: una?)?|reclutamento di(?: una?)?|auswahl (?:eines|einer)|beauftragung (?:eines|einer)|in|at|within|across|throughout|dans|en|nel(?:la|lo)?|no|na|im|in der)\s*(?:the\s+|la\s+|le\s+|l['’]|el\s+|il\s+|der\s+|die\s+|des\s+|do\s+|da\s+|del\s+|della\s+)?$",
    )
});

/// Organisations that are never the issuer of a call unless a label says so: tax
/// authorities, named for a bidder's tax certificate.
static TAX_AUTHORITY: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:revenue (?:authority|service|agency)|tax (?:authority|administration|office|agency)|internal revenue|inland revenue|imp[ôo]ts|administration fiscale|agencia tributaria|hacienda|receita federal|agenzia delle entrate|finanzamt|steuer\p{L}*)\b",
    )
});

/// Place words: a county, region or municipality named with a locative ("in Kilifi
/// County") is where the work happens, not who asks for it.
const PLACE_WORDS: &[&str] = &[
    "county",
    "region",
    "province",
    "district",
    "state",
    "city",
    "municipality",
    "région",
    "département",
    "commune",
    "región",
    "provincia",
    "municipio",
    "regione",
    "comune",
    "município",
    "landkreis",
    "kreis",
    "bezirk",
    "stadt",
    "land",
];

/// Address labels: "HEAD OFFICE", "Registered office", "Siège social".
static ADDRESS_LABEL: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)^(?:head office|registered office|main office|postal address|physical address|mailing address|si[èe]ge(?: social)?|adresse(?: postale)?|sede(?: (?:central|legale|social|operativa))?|direcci[óo]n postal|domicilio|endere[çc]o|indirizzo|hauptsitz|anschrift|postanschrift|dienstsitz)\b",
    )
});

/// The role a tender gives its issuer ("the Contracting Authority", "the Procuring
/// Entity", "le Pouvoir adjudicateur", "die Vergabestelle"): a role, not a name.
pub(super) fn is_role(name: &str) -> bool {
    static ROLE: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"(?i)^(?:the\s+|le\s+|la\s+|l['’]|el\s+|il\s+|die\s+|der\s+|a\s+|o\s+)?(?:contracting (?:authority|agency|entity)|procuring (?:entity|agency)|employer|purchaser|client|beneficiary|implementing (?:agency|entity)|pouvoir adjudicateur|autorit[ée] contractante|ma[îi]tre d['’]ouvrage|entidad (?:contratante|adjudicadora)|[óo]rgano de contrataci[óo]n|poder adjudicador|entidade (?:contratante|adjudicante)|stazione appaltante|amministrazione aggiudicatrice|ente appaltante|auftraggeber(?:in)?|vergabestelle|ausschreibende stelle)(?:\s*\([^)]{1,12}\))?$",
        )
    });
    ROLE.is_match(name.trim())
}

/// A step or section heading, never a title.
pub(super) fn is_step_heading(text: &str) -> bool {
    STEP_HEADING.is_match(text.trim_start_matches(['#', '*', ' ']))
}

/// A question (a bidder's, an FAQ's), never a title.
pub(super) fn is_question(text: &str) -> bool {
    let t = text.trim_end_matches(['*', ' ', ')']);
    t.ends_with(['?', '？']) || t.starts_with('¿')
}

/// A sentence, not a title: a line with a modal or auxiliary verb in lower case
/// ("Questions … must be sent in writing", "Les offres sont à remettre", "Le
/// richieste vanno inviate", "Bieterfragen sind … zu stellen"). A title names a
/// subject; it does not say what someone must or will do.
pub(super) fn is_sentence(text: &str) -> bool {
    const VERBS: &[&str] = &[
        "must", "shall", "should", "will", "would", "can", "cannot", "may", "is", "are", "were",
        "doit", "doivent", "devra", "devront", "peut", "peuvent", "sera", "seront", "est", "sont",
        "debe", "deben", "deberá", "deberán", "puede", "pueden", "será", "serán", "deve", "devono",
        "dovrà", "dovranno", "può", "possono", "sarà", "saranno", "vanno", "devem", "deverá",
        "deverão", "pode", "podem", "serão", "são", "muss", "müssen", "soll", "sollen", "kann",
        "können", "wird", "werden", "ist", "sind",
    ];
    text.split_whitespace()
        .take(60)
        .any(|w| VERBS.contains(&w.trim_matches(|c: char| !c.is_alphabetic())))
}

/// An announcing sentence ("The Fenwick Institute invites proposals …", "Le
/// Département lance une consultation …", "La Universidad convoca …", "A Agência
/// convida …", "Il Consorzio invita …", "Die Stadt sucht …"): a verb that announces or
/// invites, in lower case after the line's first word. It says who calls for what; it
/// is not the title. (Words that are also nouns in a subject, "recherche", "ricerca",
/// "busca", "requests", are left out.)
pub(super) fn is_announcing(text: &str) -> bool {
    const VERBS: &[&str] = &[
        "invites",
        "seeks",
        "solicits",
        "announces",
        "intends",
        "lance",
        "invite",
        "sollicite",
        "souhaite",
        "consulte",
        "convoca",
        "invita",
        "solicita",
        "anuncia",
        "convida",
        "pretende",
        "lança",
        "intende",
        "avvia",
        "lädt",
        "sucht",
        "beabsichtigt",
        "bittet",
        "vergibt",
    ];
    text.split_whitespace()
        .skip(1)
        .take(40)
        .any(|w| VERBS.contains(&w.trim_matches(|c: char| !c.is_alphabetic())))
}

/// A sentence about questions ("Questions about this tender must be sent…", "Las
/// consultas sobre el pliego se dirigirán…", "Bieterfragen sind schriftlich zu
/// stellen"): it starts with the word for bidders' questions and goes on for several
/// words; never the title. A questions-and-answers document's own title ("Questions
/// and answers on the call", "Bieterfragen Teil 1") is short or says "and answers".
pub(super) fn is_about_questions(text: &str) -> bool {
    static QUESTIONS: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"(?i)^(?:(?:all|any|the|toute|tous|les|las|los|toda|todas|as|os|le|i|gli|tutte|alle|die)\s+)?(?:questions?|queries|query|clarifications?|requests? for clarification|demandes? de (?:pr[ée]cisions|renseignements|clarification)|consultas|preguntas|aclaraciones|solicitudes de aclaraci[óo]n|pedidos de esclarecimento|perguntas|esclarecimentos|richieste di chiarimenti|quesiti|chiarimenti|bieterfragen|fragen|r[üu]ckfragen)\b",
        )
    });
    static ANSWERS: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"(?i)\b(?:and answers|et r[ée]ponses|y respuestas|e respostas|e risposte|und antworten)\b",
        )
    });
    QUESTIONS.is_match(text.trim_start())
        && text.split_whitespace().count() >= 6
        && !ANSWERS.is_match(text)
}

/// A line cut mid-word ("… die beigefügten Bewerbungs-,"): the rest is on the next
/// line, so the line alone is no title.
pub(super) fn is_cut_mid_word(text: &str) -> bool {
    let t = text.trim_end_matches([',', ';', ' ']);
    let mut rev = t.chars().rev();
    matches!(rev.next(), Some('-' | '‐' | '­')) && rev.next().is_some_and(char::is_alphabetic)
}

/// A person's post ("Director of Administration", "The Registrar"), never the
/// organisation.
pub(super) fn is_position(text: &str) -> bool {
    let lower = text.trim().to_lowercase();
    let lower = lower
        .strip_prefix("the ")
        .or_else(|| lower.strip_prefix("le "))
        .or_else(|| lower.strip_prefix("la "))
        .or_else(|| lower.strip_prefix("el "))
        .or_else(|| lower.strip_prefix("il "))
        .or_else(|| lower.strip_prefix("der "))
        .or_else(|| lower.strip_prefix("die "))
        .unwrap_or(&lower);
    POSITIONS.iter().any(|p| {
        lower
            .strip_prefix(p)
            .is_some_and(|rest| rest.is_empty() || rest.starts_with([' ', ',', '-', '/']))
    })
}

/// A funder's caption at the top of a page, beside its logo ("Funded by the European
/// Union", "Financé par …", "Con el apoyo de …", "Gefördert durch …"): the funder, not
/// the letterhead of whoever issues the call.
pub(super) fn is_funding_caption(text: &str) -> bool {
    static CAPTION: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"(?i)^(?:(?:co-?)?(?:funded|financed|supported|sponsored) by|with (?:the )?(?:financial )?support (?:of|from)|(?:co-?)?financ[ée]e?s? par|avec le (?:soutien|concours) d|(?:co)?financiad[oa]s? (?:por|pel[oa])|con el apoyo d|com o apoio d|(?:co)?finanziat[oa] da|con il (?:sostegno|contributo) d|gef[öo]rdert (?:durch|von)|(?:ko)?finanziert (?:durch|von)|mit (?:der )?(?:f[öo]rderung|unterst[üu]tzung) d)",
        )
    });
    CAPTION.is_match(text.trim())
}

/// A picture's caption: a seal, a logo, an emblem or a coat of arms "of" whoever it
/// stands for ("Seal of the State of Oregon", "Logo de la Commune", "Escudo de la
/// Junta", "Wappen der Stadt …"), alone on its line or as a Markdown image's text
/// (`![Seal of …](seal.png)`): the picture, not a letterhead.
pub(super) fn is_picture_caption(text: &str) -> bool {
    static PICTURE: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"(?i)^[!\[*_(\s]*(?:the )?(?:(?:great|official) )?(?:seal|logo(?:type)?|emblem|coat of arms|crest|sceau|embl[èe]me|armoiries|logotipo|escudo|emblema|bras[ãa]o|stemma|wappen|siegel)\s+(?:of|de|du|des|do|da|di|del|della|der|des)\b",
        )
    });
    PICTURE.is_match(text)
}

/// An address label ("HEAD OFFICE", "Siège social : …").
pub(super) fn is_address_label(text: &str) -> bool {
    ADDRESS_LABEL.is_match(text.trim())
}

/// A tax authority, never the issuer by mention alone.
pub(super) fn is_tax_authority(name: &str) -> bool {
    TAX_AUTHORITY.is_match(name)
}

/// Whether `name`, written right after `before` in a sentence, is only mentioned in
/// passing: a funder ("financed by the World Bank"), a place where the work
/// happens ("in Kilifi County"), or the kind of firm the call hires ("Recrutement d'un
/// Bureau d'Études", "Selection of a Consulting Firm"): the bidder, never the issuer.
pub(super) fn is_passing_mention(before: &str, name: &str) -> bool {
    let Some(m) = PASSING.find(before) else {
        return false;
    };
    let cue = m.as_str().trim().to_lowercase();
    let locative = [
        "in",
        "at",
        "within",
        "across",
        "throughout",
        "dans",
        "en",
        "nel",
        "nella",
        "nello",
        "no",
        "na",
        "im",
        "in der",
    ]
    .iter()
    .any(|w| cue == *w || cue.starts_with(&format!("{w} ")));
    if !locative {
        return true;
    }
    let lower = name.to_lowercase();
    lower
        .split(|c: char| !c.is_alphanumeric())
        .any(|w| PLACE_WORDS.contains(&w))
}

/// The organisation a cue names in `line` ("… on behalf of the Northern Water
/// Authority (NWA).", "Prestation pour PRAEMIA REIM France"): capitalised words right
/// after the cue that make an organisation's name (an organisation word, an acronym,
/// or a name in capitals). Returns the name and where it is in `line`.
pub(super) fn cued_issuer(line: &str) -> Option<(&str, std::ops::Range<usize>)> {
    // A certificate or licence "issued by" an authority is a bidder's paper.
    // So is a guarantee or a bond a bank issues on a bidder's behalf.
    let lower = line.to_lowercase();
    if [
        "certificat",
        "licen",
        "attestation",
        "bescheinigung",
        "registration",
        "permit",
        "guarantee",
        "garantie",
        "garantía",
        "garantia",
        "bürgschaft",
        "fideiussione",
        "surety",
        "bond",
    ]
    .iter()
    .any(|w| lower.contains(w))
    {
        return None;
    }
    // An agent that runs the procedure for another ("issued by Tidewater Advisory on
    // behalf of the Marine Trust", "conduite par X pour le compte de Y"): the one it
    // acts for is the issuer.
    let mut first = None;
    for cue in ISSUER_CUE.find_iter(line).take(4) {
        let Some(found) = name_after_cue(line, cue.end()) else {
            continue;
        };
        if is_principal_cue(cue.as_str()) {
            return Some(found);
        }
        first = first.or(Some(found));
    }
    first
}

/// Whether a cue names the one an agent acts for: "on behalf of", "pour le compte
/// de", "au nom de", "por cuenta de", "en nombre de", "per conto di", "im Auftrag",
/// "em nome de", "por conta de".
fn is_principal_cue(cue: &str) -> bool {
    let lower = cue.to_lowercase();
    [
        "behalf",
        "compte",
        "au nom",
        "cuenta",
        "nombre",
        "representaci",
        "conto",
        "auftrag",
        "namen",
        "em nome",
        "por conta",
    ]
    .iter()
    .any(|w| lower.contains(w))
}

/// The organisation named right after a cue that ends at byte `end` of `line`.
fn name_after_cue(line: &str, end: usize) -> Option<(&str, std::ops::Range<usize>)> {
    let rest = &line[end..];
    // "pour le compte de l'Agence …": the elided article is not the name's.
    let elided = ["l'", "l’", "L'", "L’"]
        .iter()
        .find_map(|a| rest.strip_prefix(a).map(|_| a.len()))
        .unwrap_or(0);
    let rest = &rest[elided..];
    // A form's blank ("on behalf of [Name of Bidder]", "____") names nobody yet.
    if rest.starts_with(['[', '_', '<', '…', '.']) {
        return None;
    }
    // A capitalised name, or one that goes on in lower case ("la Communauté
    // d'agglomération du Pays de Brenne"), whichever is longer.
    let capitalised = org_names(rest).next();
    let lower_case = super::issuer::names_with_lower_case_words(rest)
        .into_iter()
        .next()
        .filter(|(s, _)| rest[..*s].trim().len() <= 4);
    let (m_start, m_end) = match (capitalised, lower_case) {
        (Some(c), Some(l)) if l.0 < c.0 || (l.0 <= c.0 + 1 && l.1 > c.1) => l,
        (Some(c), _) => c,
        (None, Some(l)) => l,
        (None, None) => return None,
    };
    // The name starts where the cue ends, not further in the sentence.
    if rest[..m_start].trim().len() > 4 {
        return None;
    }
    let name = rest[m_start..m_end].trim();
    let lower = format!(" {} ", name.to_lowercase());
    let placeholder = is_role(name)
        || [
            "bidder",
            "tenderer",
            "applicant",
            "consultant",
            "supplier",
            "contractor",
            "company",
            "firm",
            "soumissionnaire",
            "candidat",
            "licitador",
            "licitante",
            "offerente",
            "bieter",
            "proponente",
        ]
        .iter()
        .any(|w| lower.contains(&format!(" {w} ")));
    let acronym = name.split_whitespace().any(|w| {
        let letters: Vec<char> = w.chars().filter(|c| c.is_alphabetic()).collect();
        letters.len() >= 3 && letters.iter().all(|c| c.is_uppercase())
    });
    if placeholder || letter_words(name) < 1 || !(has_org_word(&lower) || acronym) {
        return None;
    }
    let spanned = &rest[m_start..m_end];
    let start = end + elided + m_start + (spanned.len() - spanned.trim_start().len());
    Some((name, start..start + name.len()))
}

/// A line that is only a cue ("For and on behalf of:", "Pour le compte de", "Im
/// Auftrag von", a word or two before it: "Signed for and on behalf of"): a signature
/// block's, whose organisation is on the next line. Returns the cue's text to join
/// with that line.
pub(super) fn bare_cue(line: &str) -> Option<&str> {
    let text = line.trim().trim_end_matches([':', ',']).trim_end();
    if text.is_empty() || text.len() > 60 {
        return None;
    }
    // The cue ends with a space; the line ends where the cue does.
    let padded = format!("{text} ");
    let m = ISSUER_CUE.find(&padded)?;
    let before = padded[..m.start()].split_whitespace().count();
    (m.end() == padded.len() && before <= 2).then_some(text)
}

/// A line that names only a category of procurement ("Procurement of Goods",
/// "Acquisition de fournitures", "Adquisición de bienes", "Acquisizione di beni",
/// "Aquisição de bens", "Beschaffung von Lieferleistungen"), or the kind of contract
/// ("Marché de services", "Contrato de suministro", "Appalto di lavori",
/// "Dienstleistungsauftrag"): a cover says what kind of purchase it is, not what is
/// bought.
pub(super) fn is_procurement_category(text: &str) -> bool {
    static CATEGORY: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"(?i)^(?:(?:procurement|acquisition|purchase) of (?:goods|works|(?:non-)?consult(?:ing|ancy) services|services|goods and (?:related )?services)|(?:acquisition|achat|passation des march[ée]s) de (?:biens|fournitures|travaux|services|prestations intellectuelles)|(?:adquisici[óo]n|contrataci[óo]n) de (?:bienes|obras|servicios(?: de consultor[íi]a)?)|(?:acquisizione|affidamento) di (?:beni|lavori|servizi|forniture)|(?:aquisi[çc][ãa]o|contrata[çc][ãa]o) de (?:bens|obras|servi[çc]os(?: de consultoria)?)|(?:beschaffung|vergabe) von (?:waren|lieferleistungen|bauleistungen|dienstleistungen|lieferungen|leistungen)|(?:public )?(?:goods|works|services|supply) contract|contract for (?:goods|works|services)|march[ée] (?:public )?de (?:services|fournitures|travaux|prestations intellectuelles)|contrato (?:p[úu]blico )?de (?:servicios|suministros?|obras|presta[çc][ãa]o de servi[çc]os|fornecimento|empreitada)|appalto (?:pubblico )?di (?:servizi|forniture|lavori)|(?:dienstleistungs|liefer|bau)auftrag)$",
        )
    });
    let t = text.trim_matches(|c: char| !c.is_alphanumeric());
    t.len() <= 80 && CATEGORY.is_match(t)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn step_and_section_headings_are_recognised_in_six_languages() {
        let steps = [
            "Part 2: Eligibility",
            "FIRST PART – BID PROCEDURES",
            "Section I. Instructions to Bidders",
            "Step 1 – Register on the portal",
            "Deuxième partie : conditions du marché",
            "Partie 3 - Modalités de soumission",
            "Capítulo 2. Requisitos de los licitadores",
            "Segunda parte – Condiciones",
            "Parte II - Critérios de seleção",
            "Etapa 1: inscrição",
            "Sezione 3: Requisiti di partecipazione",
            "Seconda parte – Modalità",
            "Teil B: Leistungsbeschreibung",
            "Abschnitt 4 - Eignungskriterien",
            "## Step 2: Budget template",
        ];
        for s in steps {
            assert!(is_step_heading(s), "{s}");
        }
        let subjects = [
            "Partnership Programme for Rural Water 2027",
            "Section Eight Housing Survey",
            "Participatory Budgeting Platform",
            "Étape par étape : une plateforme pour les communes",
            "Parteneriato per la ricerca agricola",
            "Teilhabe digital – Website-Relaunch",
            "Steps Towards Inclusion: a Training Programme",
            "Annex 2: Terms of Reference for the Baseline Survey",
        ];
        for s in subjects {
            assert!(!is_step_heading(s), "{s}");
        }
    }

    #[test]
    fn questions_and_lines_cut_mid_word_are_recognised() {
        for q in [
            "Is the budget inclusive of VAT?",
            "Le budget est-il TTC ?",
            "¿Se admiten variantes",
            "Il budget è comprensivo di IVA?",
            "O orçamento inclui IVA?",
            "Ist das Budget brutto?",
        ] {
            assert!(is_question(q), "{q}");
        }
        assert!(!is_question("Digital Skills for Youth (phase II)"));
        for cut in [
            "Es gelten die beigefügten Bewerbungs-,",
            "Supply and installation of solar-",
            "Fourniture de matériel informa-",
        ] {
            assert!(is_cut_mid_word(cut), "{cut}");
        }
        for whole in ["Website Relaunch 2026 -", "Lot 1 – Catering", "Call 2027-"] {
            assert!(!is_cut_mid_word(whole), "{whole}");
        }
    }

    #[test]
    fn posts_and_address_labels_are_not_organisations() {
        for p in [
            "Director of Administration",
            "The Registrar",
            "Directeur des affaires financières",
            "Secretario General",
            "Der Kanzler",
            "Direttore Generale",
            "Coordenador do Projeto",
            "Head of Procurement",
        ] {
            assert!(is_position(p), "{p}");
        }
        for o in ["Directorate of Water Resources", "Headwaters Foundation"] {
            assert!(!is_position(o), "{o}");
        }
        for a in [
            "HEAD OFFICE",
            "Registered Office: 4 Kenyatta Avenue",
            "Siège social : 12 rue de la Paix",
            "Sede legale: Via Roma 1",
            "Dirección postal: Calle Mayor 3",
            "Endereço: Rua Augusta 10",
            "Anschrift: Platz der Einheit 1",
        ] {
            assert!(is_address_label(a), "{a}");
        }
        assert!(!is_address_label("Office of the Superintendent"));
    }

    #[test]
    fn funders_tax_authorities_and_places_are_mentions_in_passing() {
        let passing: &[(&str, &str)] = &[
            (
                "The Republic has received financing from the ",
                "Asian Infrastructure Investment Bank",
            ),
            (
                "The Borrower has applied for a loan from the ",
                "African Development Bank",
            ),
            (
                "Le projet est financé par l'",
                "Agence Française de Développement",
            ),
            (
                "El proyecto está financiado por el ",
                "Banco Interamericano",
            ),
            ("Il progetto è finanziato da ", "Regione Lombardia"),
            (
                "Das Vorhaben wird finanziert von der ",
                "Kreditanstalt für Wiederaufbau",
            ),
            ("O projeto é financiado pelo ", "Banco Mundial"),
            ("Training of youth groups in ", "Kilifi County"),
            ("Des ateliers dans la ", "Région des Savanes"),
        ];
        for (before, name) in passing {
            assert!(is_passing_mention(before, name), "{before}{name}");
        }
        let issuing: &[(&str, &str)] = &[
            ("", "Kilifi County Government"),
            ("The ", "Northern Water Authority invites"),
            ("Offices in ", "the Ministry of Health"),
        ];
        for (before, name) in issuing {
            assert!(!is_passing_mention(before, name), "{before}{name}");
        }
        for tax in [
            "Kenya Revenue Authority",
            "Direction Générale des Impôts",
            "Agencia Tributaria",
            "Agenzia delle Entrate",
            "Finanzamt Cottbus",
            "Receita Federal",
        ] {
            assert!(is_tax_authority(tax), "{tax}");
        }
    }

    #[test]
    fn a_signature_blocks_cue_alone_on_its_line_is_recognised() {
        for cue in [
            "For and on behalf of:",
            "Signed for and on behalf of",
            "Pour le compte de",
            "Por cuenta de",
            "Per conto di",
            "Im Auftrag von",
            "Em nome de",
        ] {
            assert!(bare_cue(cue).is_some(), "{cue}");
        }
        for not_bare in [
            "This call is issued on behalf of the Coastal Fisheries Trust.",
            "The consultant will act on behalf of",
            "Terms of Reference",
        ] {
            assert!(bare_cue(not_bare).is_none(), "{not_bare}");
        }
    }

    #[test]
    fn the_issuer_is_the_organisation_a_cue_names() {
        let cases: &[(&str, Option<&str>)] = &[
            (
                "This request is issued by the Northern Rivers Water Authority (NRWA).",
                Some("Northern Rivers Water Authority (NRWA)"),
            ),
            (
                "Signed for and on behalf of Coastal Health Trust",
                Some("Coastal Health Trust"),
            ),
            (
                "Prestation pour PRAEMIA REIM France",
                Some("PRAEMIA REIM France"),
            ),
            (
                "La consultation est lancée pour le compte de la Fondation Terres Vives.",
                Some("Fondation Terres Vives"),
            ),
            (
                "Die Ausschreibung erfolgt im Auftrag der Stiftung Digitale Bildung.",
                Some("Stiftung Digitale Bildung"),
            ),
            (
                "Contratación en nombre de la Fundación Agua Limpia",
                Some("Fundación Agua Limpia"),
            ),
            (
                "Avviso pubblicato per conto della Fondazione Mare Nostro",
                Some("Fondazione Mare Nostro"),
            ),
            (
                "Concurso lançado em nome da Câmara Municipal de Évora",
                Some("Câmara Municipal de Évora"),
            ),
            (
                "This bid guarantee is issued by the Lakeside Commercial Bank.",
                None,
            ),
            ("Signed for and on behalf of [Name of Bidder]", None),
            ("Signed on behalf of the Bidder", None),
            (
                "These documents are issued by the Procuring Entity (PE).",
                None,
            ),
            ("Le dossier est publié par le Pouvoir Adjudicateur.", None),
            ("on behalf of Maria Lopez", None),
        ];
        for (line, want) in cases {
            assert_eq!(cued_issuer(line).map(|(n, _)| n), *want, "{line}");
            if let Some((name, at)) = cued_issuer(line) {
                assert_eq!(&line[at], name);
            }
        }
    }
}
