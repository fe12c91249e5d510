//! Three shapes of a tender's first lines that name its title or issuer in passing:
//! a title in quotes inside the sentence that announces the call ("invites proposals
//! for the 'Design of …'", "lance une consultation pour l'« Étude de … »"); a cover
//! in two languages side by side ("Appel d'offres / Call for Tenders"), read in its
//! first language; and an issuer whose letterhead is only its acronym, spelt out in a
//! later sentence ("NRWB" … "The Northern Region Water Board (NRWB) invites …").

use serde_json::Value;

use super::*;
use crate::text::{Line, quote_line};

/// How many lines from the top a quoted title or a letterhead acronym is looked for in.
const SHAPE_LINES: usize = 15;
/// How many lines an acronym's spelt-out name is looked for in.
const SPELT_OUT_LINES: usize = 200;
/// The longest quoted title read, in words.
const MAX_QUOTED_WORDS: usize = 24;

/// Word stems of a sentence that announces a call, in the six languages.
const ANNOUNCING: &[&str] = &[
    "recrut",
    "prestataire",
    "cherche",
    "busca",
    "procura",
    "cerca",
    "invit",
    "propos",
    "tender",
    "bid",
    "quot",
    "seek",
    "solicit",
    "consult",
    "lance",
    "offre",
    "candidat",
    "convoca",
    "oferta",
    "licita",
    "procedimiento",
    "indice",
    "procedura",
    "gara",
    "offert",
    "convida",
    "procedimento",
    "concurso",
    "ausschreib",
    "angebot",
    "vergabe",
    "sucht",
];

/// Words right before a quote that make it the name of what the call is for.
const LEADS_TO_QUOTE: &[&str] = &[
    " for ",
    " pour ",
    " para ",
    " per ",
    " für ",
    "titled",
    "intitul",
    "denominad",
    "denominat",
    "called",
    "named",
    "project",
    "projet",
    "proyecto",
    "projeto",
    "progetto",
    "projekt",
    "programme",
    "program",
    "service",
    "servicio",
    "serviço",
    "servizio",
];

/// The quoted spans of a line: (start, end) of the words inside the quotes. A
/// straight single quote opens only after a space and closes only before a
/// non-letter, so an apostrophe ("l'Office") opens nothing.
fn quoted_spans(line: &str) -> Vec<(usize, usize)> {
    let mut spans = Vec::new();
    for (open, close) in [('“', '”'), ('«', '»'), ('„', '“'), ('"', '"'), ('\'', '\'')] {
        let mut from = 0;
        while spans.len() < 4 {
            let Some(o) = line[from..].find(open).map(|o| from + o) else {
                break;
            };
            let start = o + open.len_utf8();
            let Some(c) = line[start..].find(close).map(|c| start + c) else {
                break;
            };
            from = c + close.len_utf8();
            if open == '\'' {
                let before_ok = line[..o].ends_with(' ');
                let after_ok = !line[from..].starts_with(char::is_alphabetic);
                if !before_ok || !after_ok {
                    from = start;
                    continue;
                }
            }
            spans.push((start, c));
        }
    }
    spans
}

/// A title in quotes inside the sentence that announces the call, in the first lines.
pub(super) fn quoted_title(top: &[Line]) -> Option<Value> {
    top.iter().take(SHAPE_LINES).find_map(|l| {
        let words = l.text.split_whitespace().count();
        if !(8..=80).contains(&words) {
            return None;
        }
        quoted_spans(l.text).into_iter().find_map(|(s, e)| {
            let inner = l.text[s..e].trim();
            let lead = l.text[..s].to_lowercase();
            let announced = ANNOUNCING.iter().any(|a| lead.contains(a));
            // The quote names what the call is for: "for the '…'", "pour l'« … »",
            // "para el proyecto “…”", "denominato \"…\"" (not "read the 'General
            // Conditions' first").
            let mut from = lead.len().saturating_sub(40);
            while !lead.is_char_boundary(from) {
                from += 1;
            }
            let tail = &lead[from..];
            let names_it = LEADS_TO_QUOTE.iter().any(|w| tail.contains(w));
            let n = inner.split_whitespace().count();
            (announced
                && names_it
                && inner.starts_with(char::is_uppercase)
                && letter_words(inner) >= 2
                && n <= MAX_QUOTED_WORDS
                && !is_org_name(inner)
                && !DOC_TYPE.is_match(inner))
            .then(|| found(clean_value(inner), quote_line(l.text)))
            .flatten()
        })
    })
}

/// How many lines of the top a cover in two languages has written "A / B" at least.
const BILINGUAL_LINES: usize = 3;

/// Whether a line is written in two languages side by side: "A / B", each side words
/// of about the same length.
fn side_by_side(text: &str) -> Option<&str> {
    let (a, b) = if text.matches(" / ").count() == 1 {
        text.split_once(" / ")?
    } else {
        columns(text)?
    };
    let (la, lb) = (a.trim().len(), b.trim().len());
    (letter_words(a) >= 1
        && letter_words(b) >= 1
        && la <= lb * 3
        && lb <= la * 3
        && !a.contains(['/', ':'])
        && !crate::text::LIST_MARK.is_match(text))
    .then(|| a.trim_end())
}

/// A line laid out in two columns, as a cover in two languages is extracted
/// ("RÉPUBLIQUE DU CAMEROUN          REPUBLIC OF CAMEROON"): two parts, and only
/// two, apart by a tab or a run of three spaces or more.
fn columns(text: &str) -> Option<(&str, &str)> {
    let t = text.trim();
    let gap = |i: usize| t[i..].starts_with('\t') || t[i..].starts_with("   ");
    let start = t.char_indices().map(|(i, _)| i).find(|&i| gap(i))?;
    let end = start + t[start..].len() - t[start..].trim_start().len();
    let (a, b) = (&t[..start], &t[end..]);
    let again = b.contains('\t') || b.contains("   ");
    (!a.is_empty() && !b.is_empty() && !again).then_some((a, b))
}

/// The lines of a cover in two languages side by side, each read in its first
/// language; the lines unchanged when the cover is in one.
pub(super) fn first_language(lines: Vec<Line<'_>>) -> Vec<Line<'_>> {
    let pairs = lines
        .iter()
        .take(SHAPE_LINES)
        .filter(|l| side_by_side(l.text).is_some())
        .count();
    if pairs < BILINGUAL_LINES {
        return lines;
    }
    lines
        .into_iter()
        .enumerate()
        .map(|(i, mut l)| {
            if i < SHAPE_LINES {
                l.text = side_by_side(l.text).unwrap_or(l.text);
            }
            l
        })
        .collect()
}

/// Whether a line is an acronym alone: two to eight capitals (digits and `&` too).
fn bare_acronym(text: &str) -> bool {
    let t = text.trim();
    (2..=8).contains(&t.chars().count())
        && t.chars()
            .all(|c| c.is_uppercase() || c.is_ascii_digit() || c == '&')
        && t.chars().filter(|c| c.is_uppercase()).count() >= 2
}

/// The small words inside a spelt-out name.
const NAME_SMALL_WORDS: &[&str] = &[
    "of", "for", "and", "the", "de", "du", "des", "la", "le", "et", "del", "los", "las", "y", "e",
    "do", "da", "dos", "das", "à", "ao", "di", "della", "delle", "dei", "degli", "per", "für",
    "und", "der", "den",
];

/// The name spelt out before `(ACR)` on a line: the capitalised words and the small
/// words between them, back to the first word that is neither, without a leading
/// article; its first word starts with the acronym's first letter.
fn spelt_out(line: &str, acronym: &str) -> Option<(usize, usize)> {
    let at = line.find(&format!("({acronym})"))?;
    let before = &line[..at];
    let words: Vec<(usize, &str)> = before
        .split_whitespace()
        .map(|w| (w.as_ptr() as usize - line.as_ptr() as usize, w))
        .collect();
    let words = &words[words.len().saturating_sub(16)..];
    let capitalised = |w: &str| {
        let w = w.rsplit(['\'', '’']).next().unwrap_or(w);
        w.starts_with(char::is_uppercase)
    };
    let mut start = words.len();
    for k in (0..words.len()).rev() {
        let w = words[k].1;
        let lower = w.to_lowercase();
        if capitalised(w) || NAME_SMALL_WORDS.contains(&lower.as_str()) {
            start = k;
        } else {
            break;
        }
    }
    // The name starts at its first capitalised word whose initial is the acronym's.
    let first = acronym.chars().next()?;
    let initial = |w: &str| {
        w.rsplit(['\'', '’'])
            .next()
            .unwrap_or(w)
            .chars()
            .next()
            .map(|c| c.to_uppercase().eq([first]))
    };
    let start = (start..words.len()).find(|&k| initial(words[k].1) == Some(true))?;
    let (s, _) = words[start];
    let end = before.trim_end().len();
    let name = &line[s..end];
    let name = ["L'", "L’", "l'", "l’"]
        .iter()
        .find_map(|a| name.strip_prefix(a))
        .unwrap_or(name);
    let s = end - name.len();
    (letter_words(name) >= 2 && !DOC_TYPE.is_match(name)).then_some((s, end))
}

/// The issuer a letterhead names only by its acronym, spelt out in a later sentence.
pub(super) fn spelt_out_acronym(lines: &[Line]) -> Option<Value> {
    let acronym = lines
        .iter()
        .take(5)
        .map(|l| l.text.trim())
        .find(|t| bare_acronym(t) && !DOC_TYPE.is_match(t))?;
    if super::issuer::THING_ACRONYMS.contains(&acronym) {
        return None;
    }
    lines.iter().take(SPELT_OUT_LINES).find_map(|l| {
        let (s, e) = spelt_out(l.text, acronym)?;
        found(clean_value(&l.text[s..e]), crate::text::quote(l.text, s..e))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_quoted_span_is_not_an_apostrophe() {
        let line = "The Board invites bids for the 'Repair of the Old Mill Weir' this spring";
        let spans = quoted_spans(line);
        assert_eq!(spans.len(), 1);
        assert_eq!(&line[spans[0].0..spans[0].1], "Repair of the Old Mill Weir");
        assert!(quoted_spans("L'Office de l'Eau lance l'appel").is_empty());
    }

    #[test]
    fn a_quote_is_the_title_where_the_sentence_says_what_the_call_is_for() {
        use crate::{StopFlag, text::lines};
        for (text, want) in [
            (
                "Notice\nThe Town Council invites bids for the 'Repair of the Old Mill Weir' this spring.\n",
                Some("Repair of the Old Mill Weir"),
            ),
            (
                "Avis\nLa Mairie lance une consultation pour la « Rénovation du lavoir communal ».\n",
                Some("Rénovation du lavoir communal"),
            ),
            (
                "Notice\nBidders must read the 'General Conditions of Contract' before they submit a bid.\n",
                None,
            ),
        ] {
            let pages = [text];
            let l = lines(&pages, &StopFlag::default()).unwrap();
            let got = quoted_title(&l).map(|t| t["value"].as_str().unwrap().to_owned());
            assert_eq!(got.as_deref(), want, "{text}");
        }
    }

    #[test]
    fn an_acronym_is_spelt_out_by_the_capitalised_words_before_it() {
        for (line, acronym, want) in [
            (
                "The Eastern Lakes Power Company (ELPC) invites bids.",
                "ELPC",
                "Eastern Lakes Power Company",
            ),
            (
                "L'Agence de l'Eau et des Forêts (AEF) lance un appel.",
                "AEF",
                "Agence de l'Eau et des Forêts",
            ),
            (
                "La Empresa de Aguas del Norte (EMAN) invita a presentar ofertas.",
                "EMAN",
                "Empresa de Aguas del Norte",
            ),
        ] {
            let (s, e) = spelt_out(line, acronym).unwrap();
            assert_eq!(&line[s..e], want, "{line}");
        }
        assert!(spelt_out("Bids go to the ELPC (ELPC) office", "ELPC").is_none());
    }
}
