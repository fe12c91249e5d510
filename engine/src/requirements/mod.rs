//! The compliance matrix: every requirement statement of the document, one entry
//! each, with its modality, whether it binds, a category, the section and page it
//! stands on, and a stable id.
//!
//! A requirement is a sentence (or a list item, or a table row) that carries a
//! modal of obligation in one of the six languages the analysis reads — shall, must,
//! is required, mandatory, "will not be considered", should, may; doit, devra,
//! obligatoire; debe, deberá, obligatorio; deve, deverá, obrigatório; deve, dovrà,
//! obbligatorio, è richiesto; muss, erforderlich, verpflichtend — or an eligibility
//! restriction ("are not eligible"). Skipped: headings, definitions ("X means …"), the
//! document describing itself ("this section will describe …"), and what the issuer
//! undertakes ("the Agency will notify …": a `will` binds only in a rejection, "will
//! not be considered"). The items of a list introduced by a requirement ending in a
//! colon ("The proposal must contain the following sections:") are requirements
//! too, with the lead-in's modality.
//!
//! The categories are, in the order they are tried: submission, format, eligibility,
//! financial, evaluation, legal, management, administrative; technical otherwise.

use std::sync::LazyLock;

use regex::Regex;
use serde_json::{Value, json};
use sha2::{Digest, Sha256};

use crate::lexicon::{self, Lexicon};
use crate::limits::{StopFlag, Stopped, cap_chars};
use crate::text::{Block, LIST_MARK, Line, clean_item, quote_line, re, sentences};

mod category;

pub use crate::limits::MAX_REQUIREMENTS;
pub use category::{CATEGORIES, category_of};

/// Longest requirement text kept, in characters (a prefix is still verbatim).
const MAX_REQUIREMENT_CHARS: usize = 1000;

/// A modality, with whether it binds by itself.
pub struct Modal {
    pub name: &'static str,
    pub mandatory: bool,
    re: Regex,
}

/// Tried in this order; the first that matches names the sentence's modality. The
/// verbs are the lexicons'; a restriction ("are not eligible") binds as "required".
static MODALS: LazyLock<Vec<Modal>> = LazyLock::new(|| {
    let m = |name, mandatory, pattern: &str| Modal {
        name,
        mandatory,
        re: re(&format!(
            r"(?i)(?:^|[^\p{{L}}])(?:{pattern})(?:$|[^\p{{L}}])"
        )),
    };
    let of = |field: fn(&'static Lexicon) -> &'static [&'static str]| lexicon::alternation(field);
    let required = format!("{}|{}", of(|l| l.modals.required), of(|l| l.not_eligible));
    vec![
        m("shall", true, &of(|l| l.modals.shall)),
        m("must", true, &of(|l| l.modals.must)),
        m("required", true, &required),
        m("will", true, &of(|l| l.modals.will)),
        m("should", false, &of(|l| l.modals.should)),
        m("may", false, &of(|l| l.modals.may)),
    ]
});

/// "X means …", "the term X refers to …": a definition, not a requirement.
static DEFINITION: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r#"(?i)^\W*["“']?[\p{L}\d][^.:;]{0,60}?["”']?\s+(?:means|shall mean|refers to|is defined as|désigne|s'entend|significa|se entiende|si intende|bezeichnet|ist definiert)\b"#,
    )
});

/// The document or one of its parts describing itself.
static SELF_DESCRIPTION: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:this|the present|the following)\s+(?:document|section|chapter|part|call|rfp|rfq|request|solicitation|annex|guide|notice)\b[^.]{0,40}?\b(?:will|shall|may|should)\s+(?:describe|outline|provide|present|explain|set out|detail|cover|summari[sz]e|give)",
    )
});

/// The subject of a sentence naming the issuer (who does not bind itself in a
/// compliance matrix).
static ISSUER_SUBJECT: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)^\W*(?:we|our|the\s+(?:agency|foundation|ministry|commission|donor|fund|secretariat|client|purchaser|employer|buyer|contracting authority|awarding authority|government|organi[sz]ers?|evaluation committee|committee|panel|programme|program)|l'agence|la commission|le ministère|la fundación|el ministerio|a fundação|la fondazione|il ministero|die stiftung|das ministerium|der auftraggeber)\b",
    )
});

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

/// The modality of `sentence`, if it states a requirement.
pub fn modality(sentence: &str) -> Option<&'static Modal> {
    if DEFINITION.is_match(sentence) || SELF_DESCRIPTION.is_match(sentence) {
        return None;
    }
    let modal = MODALS.iter().find(|m| m.re.is_match(sentence))?;
    // The issuer's own undertakings ("The Agency shall notify …") bind nobody who
    // bids; its rejections ("… will not be considered") are the bidders' concern.
    if modal.name != "will" && ISSUER_SUBJECT.is_match(sentence) {
        return None;
    }
    Some(modal)
}

/// The pieces of a block that stand alone: a list item or a table row starts a new
/// one, even without a blank line before it.
fn units<'b>(block: &'b Block<'_>, lines: &[Line<'_>]) -> Vec<(&'b str, bool)> {
    let mut cuts: Vec<usize> = Vec::new();
    for (at, index) in &block.starts {
        let text = lines[*index].text;
        if *at == 0 || LIST_MARK.is_match(text) || text.starts_with('|') {
            cuts.push(*at);
        }
    }
    cuts.push(block.text.len());
    cuts.windows(2)
        .map(|w| {
            let piece = block.text[w[0]..w[1]].trim();
            (piece, LIST_MARK.is_match(piece))
        })
        .filter(|(piece, _)| !piece.is_empty())
        .collect()
}

/// Every requirement of the document, in reading order, and how many were left out
/// past [`MAX_REQUIREMENTS`].
pub(super) fn requirements(
    blocks: &[Block<'_>],
    lines: &[Line<'_>],
    limit: &StopFlag,
) -> Result<(Vec<Value>, usize), Stopped> {
    let mut out: Vec<Value> = Vec::new();
    let mut seen = std::collections::HashSet::new();
    let mut left_out = 0;
    // The modality a list inherits from the requirement that introduced it.
    let mut lead_in: Option<(&'static Modal, &str)> = None;
    for block in blocks.iter().filter(|b| !lines[b.starts[0].1].is_heading) {
        limit.check()?;
        if lead_in.is_some_and(|(_, heading)| heading != block.heading) {
            lead_in = None;
        }
        for (unit, is_item) in units(block, lines) {
            // Prose after the list ends it.
            if !is_item && !unit.trim_end().ends_with(':') {
                lead_in = None;
            }
            // Whether no sentence of words has come yet in this unit (its list mark,
            // "1.", is split off as a sentence of its own).
            let mut head = true;
            for sentence in sentences(unit) {
                let first = head;
                if sentence.chars().filter(|c| c.is_alphabetic()).count() >= 8 {
                    head = false;
                }
                let found = modality(sentence);
                let modal = match (found, lead_in) {
                    (Some(m), _) => m,
                    // An item of a list a requirement introduced is required; the
                    // sentences that explain it after its first are not, unless they
                    // say so themselves ("Cover Page. It is not counted in …").
                    (None, Some((m, _))) if is_item && first => m,
                    _ => continue,
                };
                if sentence.trim_end().ends_with(':') && found.is_some() {
                    lead_in = Some((modal, block.heading));
                }
                // Emphasis around a statement ("**Late bids will be rejected.**") is not
                // its text.
                let text = clean_item(cap_chars(sentence, MAX_REQUIREMENT_CHARS))
                    .trim_matches(['*', '_'])
                    .trim()
                    .to_owned();
                if text.chars().filter(|c| c.is_alphabetic()).count() < 8 {
                    continue;
                }
                let id = requirement_id(block.heading, &text);
                if !seen.insert(id.clone()) {
                    continue;
                }
                if out.len() >= MAX_REQUIREMENTS {
                    left_out += 1;
                    continue;
                }
                let offset = sentence.as_ptr() as usize - block.text.as_ptr() as usize;
                let (_, line) = block.line_at(offset);
                out.push(json!({
                    "id": id,
                    "text": text,
                    "modality": modal.name,
                    "mandatory": modal.mandatory,
                    "category": category_of(&text, block.heading),
                    "section": (!block.heading.is_empty()).then_some(block.heading),
                    "page": lines[line].page + 1,
                    "quote": quote_line(sentence),
                }));
            }
        }
    }
    Ok((out, left_out))
}

#[cfg(test)]
mod tests {
    use super::*;

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
            ("Applicants may attach letters of support.", ("may", false)),
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
            "Mustard seed farmers are the target group.",
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
}
