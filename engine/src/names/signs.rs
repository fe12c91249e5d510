//! Three more signs of who asks, weaker than a label, a letterhead or a cue: the
//! organisation that is the subject of an inviting verb in the first lines ("Greenleaf
//! Relief International is seeking contractors …", "La Fondation X lance …"); the
//! organisation under a letter's closing formula ("Veuillez agréer …" / "Le Président"
//! / a name / "Syndicat intercommunal …"); and, when nothing else names one, the
//! organisation the e-mail addresses' domain spells ("jobs@riverbend-alliance.org").

use std::sync::LazyLock;

use regex::Regex;
use serde_json::Value;

use super::issuer::names_with_lower_case_words;
use super::*;
use crate::text::{Line, quote_line, re};

/// How many lines from the top an inviting sentence is looked for in.
const INVITING_LINES: usize = 40;
/// How many lines from the top a sentence presenting an organisation is looked for
/// in: a background section comes after a cover page and a table of contents.
const PRESENTING_LINES: usize = 120;
/// How many lines at the end a closing formula is looked for in.
const CLOSING_LINES: usize = 40;
/// How many lines after a closing formula its organisation is looked for in.
const AFTER_CLOSING: usize = 6;

/// A sentence whose subject is a capitalised name and whose verb invites, seeks or
/// announces, in the six languages: the name, with its article, is group 1.
static INVITING: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^((?:(?:The|La|Le|El|Il|Die|Der|Das|A|O)\s+|L['’])?(?:\p{Lu}[\p{L}&'’-]*\s+(?:(?:of|for|and|de|du|des|de la|del|della|di|für|und|do|da)\s+)?){1,7}\p{Lu}[\p{L}&'’.-]*(?:\s*\([\p{Lu}\p{N}&-]{2,12}\))?)\s+(?:is (?:seeking|inviting|requesting|looking for|pleased to (?:invite|announce))|seeks|invites|hereby invites|requests|wishes to (?:engage|hire|contract|procure|invite|commission)|intends to (?:engage|hire|procure|contract|commission)|lance|invite|souhaite|recherche|sollicite|convoca|invita|solicita|busca|indice|ricerca|convida|pretende contratar|sucht|l[äa]dt|schreibt)\b",
    )
});

/// The subject of an inviting sentence in the first lines, when it is an
/// organisation's name of two words or more and not a place named in the scope nor
/// the title.
pub(super) fn inviting_subject(lines: &[Line], title_quote: &str) -> Option<Value> {
    lines.iter().take(INVITING_LINES).find_map(|l| {
        let name = INVITING.captures(l.text)?.get(1)?;
        let text = name.as_str().trim();
        let place_only = text.split_whitespace().last().is_some_and(|w| {
            ["county", "region", "district", "province", "state", "city"]
                .contains(&w.to_lowercase().as_str())
        });
        // Two words of its own: "The Ministry invites" names no one in full.
        if own_words(text) < 2
            || place_only
            || DOC_TYPE.is_match(text)
            || super::cues::is_role(text)
            || (!title_quote.is_empty() && title_quote.contains(text))
        {
            return None;
        }
        found(
            clean_value(text),
            crate::text::quote(l.text, name.start()..name.end()),
        )
    })
}

/// The kind of organisation a sentence names before the name itself ("L'association
/// Eau Claire pour Tous …", "The non-profit Riverbend Alliance …", "La ONG Manos
/// Unidas …"), in five languages: the name, with its acronym, is group 1; a sentence's
/// lower-case word follows it. Not German, whose kind is a noun of the name itself
/// ("Die Stiftung Schloss Lindenau" is named "Stiftung Schloss Lindenau").
static PRESENTED: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^(?:(?:The|La|Le|El|Il|Die|Der|Das|A|O|Un[ae]?|An?)\s+|L['’])(?:association|ONG|NGO|organi[sz]ation|non-?profit(?: organi[sz]ation)?|charity|fondation|réseau|coopérative|fédération|asociación|organización|fundación|cooperativa|federación|associação|organização|fundação|associazione|organizzazione|fondazione)(?:\s+(?:non gouvernementale|internationale|nationale|locale|humanitaire|sans but lucratif|non gubernamental|sin ánimo de lucro|sin fines de lucro|não governamental|sem fins lucrativos|non governativa|senza scopo di lucro))?\s+((?:\p{Lu}[\p{L}&'’-]*\s+(?:(?:of|for|and|de|du|des|de la|del|della|di|für|und|do|da|pour|per|para|et|y|e)\s+)?){0,6}\p{Lu}[\p{L}&'’.-]*(?:\s*\([\p{Lu}\p{N}&-]{2,12}\))?),?\s+\p{Ll}",
    )
});

/// What a sentence says its subject is ("Eau Claire pour Tous est une association
/// …", "Riverbend Alliance is a non-profit organisation …"), in the six languages: the
/// name, with its acronym, is group 1.
static DEFINED: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^((?:(?:The|La|Le|El|Il|Die|Der|Das|A|O)\s+|L['’])?(?:\p{Lu}[\p{L}&'’-]*\s+(?:(?:of|for|and|de|du|des|de la|del|della|di|für|und|do|da|pour|per|para|et|y|e)\s+)?){1,6}\p{Lu}[\p{L}&'’.-]*(?:\s*\([\p{Lu}\p{N}&-]{2,12}\))?),?\s+(?:is an? (?:(?:registered|international|national|local|non-?governmental|non-?profit|not-for-profit|humanitarian|charitable)\s+)*(?:organi[sz]ation|NGO|charity|foundation|association|network|cooperative)|est une? (?:association|ONG|organisation|fondation|réseau|coopérative|fédération)|es una? (?:asociación|ONG|organización|fundación|red|cooperativa|federación)|é uma? (?:associação|ONG|organização|fundação|rede|cooperativa)|è un['’ ]?(?:associazione|organizzazione|ONG|rete)|è una (?:fondazione|ONG|cooperativa)|ist eine? (?:(?:gemeinnützige?r?|internationale?r?)\s+)*(?:Verein|Stiftung|Organisation|Genossenschaft|Netzwerk))\b",
    )
});

/// The organisation a sentence of the first lines presents, by the kind it is before
/// its name ([`PRESENTED`]) or after it ([`DEFINED`]): a call written by an
/// association or a foundation often names it only so, in its background. Not a place,
/// a role, the title, nor a name of one word.
pub(super) fn presented_organisation(lines: &[Line], title_quote: &str) -> Option<Value> {
    lines.iter().take(PRESENTING_LINES).find_map(|l| {
        let text = l.text.trim_start();
        let name = PRESENTED
            .captures(text)
            .or_else(|| DEFINED.captures(text))?
            .get(1)?;
        let value = name.as_str().trim();
        if own_words(value) < 2
            || DOC_TYPE.is_match(value)
            || super::cues::is_role(value)
            || (!title_quote.is_empty() && title_quote.contains(value))
        {
            return None;
        }
        let offset = l.text.len() - text.len();
        found(
            clean_value(value),
            crate::text::quote(l.text, offset + name.start()..offset + name.end()),
        )
    })
}

/// How many words a name has of its own, past its article ("The Ministry" has one,
/// "L'Agence Régionale" two).
fn own_words(name: &str) -> usize {
    let own = name
        .split_whitespace()
        .skip_while(|w| ["The", "La", "Le", "El", "Il", "Die", "Der", "Das", "A", "O"].contains(w))
        .collect::<Vec<_>>()
        .join(" ");
    let own = own
        .strip_prefix("L'")
        .or_else(|| own.strip_prefix("L’"))
        .unwrap_or(&own);
    letter_words(own)
}

/// A letter's closing formula, in the six languages.
static CLOSING: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)^(?:yours (?:faithfully|sincerely|truly)|sincerely|kind regards|best regards|veuillez agr[ée]er|je vous prie d'agr[ée]er|nous vous prions d'agr[ée]er|salutations distingu[ée]es|cordialement|atentamente|saludos cordiales|cordiali saluti|distinti saluti|con i migliori saluti|com os melhores cumprimentos|atenciosamente|cumprimentos|mit freundlichen gr[üu](?:ß|ss)en|hochachtungsvoll)",
    )
});

/// The organisation a letter is signed for: the first line after its closing formula
/// that is an organisation's name (capitalised, or going on in lower case:
/// "Syndicat intercommunal scolaire du Haut-Verdon"), past the signer's post and
/// name.
pub(super) fn signed_under_closing(lines: &[Line]) -> Option<Value> {
    let start = lines.len().saturating_sub(CLOSING_LINES);
    let closing = lines[start..]
        .iter()
        .rposition(|l| CLOSING.is_match(l.text.trim_start()))?
        + start;
    lines
        .iter()
        .skip(closing + 1)
        .take(AFTER_CLOSING)
        .find(|l| is_whole_name(l.text))
        .and_then(|l| found(clean_value(l.text), quote_line(l.text)))
}

/// Whether a line is an organisation's name and nothing else.
fn is_whole_name(text: &str) -> bool {
    let t = text.trim().trim_end_matches([',', '.']);
    if t.is_empty() || super::cues::is_position(t) || letter_words(t) < 2 {
        return false;
    }
    is_org_line(t)
        || names_with_lower_case_words(t)
            .first()
            .is_some_and(|&(s, e)| s == 0 && e >= t.len())
}

/// The organisation the e-mail addresses' domain spells, its words joined by hyphens
/// and one of them an organisation word ("riverbend-alliance.org" gives "Riverbend
/// Alliance", "fundacion-semilla.org" "Fundacion Semilla"): the last resort, where
/// the text names no organisation.
pub(super) fn domain_name(lines: &[Line]) -> Option<Value> {
    lines.iter().take(SENTENCE_LINES).find_map(|l| {
        let (span, label) = email_domain(l.text)?;
        let words: Vec<&str> = label.split('-').filter(|w| !w.is_empty()).collect();
        let org = |w: &str| is_org_word(w) || ORG_WORDS.iter().any(|o| folded(o) == w);
        if words.len() < 2 || words.len() > 6 || !words.iter().any(|w| org(w)) {
            return None;
        }
        found(capitalised(&words), crate::text::quote(l.text, span))
    })
}

/// The domain of the first e-mail address on a line: its span in the line (at most
/// 100 characters) and its first label in lower case ("riverbend-alliance").
pub(super) fn email_domain(text: &str) -> Option<(std::ops::Range<usize>, String)> {
    let (at, _) = text.match_indices('@').next()?;
    let domain: String = text[at + 1..]
        .chars()
        .take_while(|c| c.is_alphanumeric() || matches!(c, '.' | '-'))
        .take(100)
        .collect();
    let label = domain.split('.').next()?.to_lowercase();
    Some((at + 1..at + 1 + domain.len(), label))
}

/// Words joined as a name, each with a capital ("riverbend", "alliance" give
/// "Riverbend Alliance").
pub(super) fn capitalised(words: &[&str]) -> String {
    words
        .iter()
        .map(|w| {
            let mut c = w.chars();
            c.next()
                .map(|f| f.to_uppercase().chain(c).collect::<String>())
                .unwrap_or_default()
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// A word without its accents, as a domain name writes it ("associação" is
/// "associacao").
fn folded(word: &str) -> String {
    word.chars().map(crate::text::fold_accent).collect()
}

#[cfg(test)]
mod tests {
    use super::super::tests::issuer_of;

    #[test]
    fn the_subject_of_an_inviting_sentence_a_closing_and_a_domain_name_the_issuer() {
        let cases: &[(&str, &str)] = &[
            (
                "Call for Proposals\nRepair of Footbridges in Lowmoor County\nBrightwater Relief International is seeking contractors for the repairs.\n",
                "Brightwater Relief International",
            ),
            (
                "Appel à candidatures\nÉtude des mobilités douces\nLa Maison Commune des Vallées lance une consultation.\n",
                "La Maison Commune des Vallées",
            ),
            (
                "Objet : fourniture de bancs publics\nMadame, Monsieur,\nNous sollicitons votre offre.\nVeuillez agréer nos salutations.\nLa Directrice,\nClaire Vasseur\nSyndicat intercommunal des eaux du Clairval\n",
                "Syndicat intercommunal des eaux du Clairval",
            ),
            (
                "Consultancy: Mapping of Village Wells\nWe are a small charity.\nWrite to apply@stillwater-foundation.org before 3 May.\n",
                "Stillwater Foundation",
            ),
        ];
        for (text, want) in cases {
            assert_eq!(issuer_of(text).as_deref(), Some(*want), "{text}");
        }
    }

    #[test]
    fn an_organisation_presented_by_its_kind_in_the_background_is_the_issuer() {
        let cases: &[(&str, &str)] = &[
            (
                "TERMES DE RÉFÉRENCE\nÉvaluation finale du projet\n1. Contexte\nL'association Eau Claire pour Tous œuvre depuis 2015 pour l'accès à l'eau potable.\n",
                "Eau Claire pour Tous",
            ),
            (
                "TERMS OF REFERENCE\nFinal evaluation of the project\n1. Background\nThe non-profit Riverbend Alliance runs literacy classes in twelve villages.\n",
                "Riverbend Alliance",
            ),
            (
                "TÉRMINOS DE REFERENCIA\nEvaluación final del proyecto\n1. Antecedentes\nManos Abiertas es una asociación sin ánimo de lucro fundada en 2004.\n",
                "Manos Abiertas",
            ),
            (
                "TERMOS DE REFERÊNCIA\nAvaliação final do projeto\n1. Contexto\nA associação Mãos Dadas apoia cooperativas de pescadores desde 2010.\n",
                "Mãos Dadas",
            ),
            (
                "TERMINI DI RIFERIMENTO\nValutazione finale del progetto\n1. Contesto\nL'associazione Mani Tese Lombarde opera dal 1990 nella cooperazione.\n",
                "Mani Tese Lombarde",
            ),
            (
                "LEISTUNGSBESCHREIBUNG\nAbschlussevaluierung des Projekts\n1. Hintergrund\nOffene Hände ist ein gemeinnütziger Verein, der seit 2012 Kooperativen unterstützt.\n",
                "Offene Hände",
            ),
            (
                "TERMS OF REFERENCE\nMid-term review\n1. Background\nGreen Valleys Trust is a registered non-profit organisation working with farmers.\n",
                "Green Valleys Trust",
            ),
        ];
        for (text, want) in cases {
            assert_eq!(issuer_of(text).as_deref(), Some(*want), "{text}");
        }
    }

    #[test]
    fn the_kind_of_firm_a_call_hires_is_never_its_issuer() {
        let text = "TERMES DE RÉFÉRENCE POUR LE RECRUTEMENT D'UN BUREAU D'ÉTUDES\n\n1. Contexte\n\nLe Fonds régional pour l'énergie solaire accompagne les communes depuis 2019.\n";
        let got = issuer_of(text);
        assert_ne!(got.as_deref(), Some("BUREAU D'ÉTUDES"), "{got:?}");
        assert!(
            got.as_deref()
                .is_some_and(|g| g.starts_with("Fonds régional")),
            "{got:?}"
        );
    }
}
