//! The weakest signs of who asks, read only where nothing else names an organisation
//! (the issuer would otherwise be none, so no issuer found another way changes): a
//! logo's alt text ("![Kingsmere Children's Hospital logo](…)"); a name above the
//! title with no organisation word ("Transport for Northshire", "Northshire Water");
//! the name a submission or contact line addresses ("Submit to: Friends of the
//! Valley, …", "Les offres sont à adresser à : …", "Contact: …, Buyer at the X"); the
//! name a running header or footer opens with, before its reference, page number or
//! kind of document, on two pages or more ("Northland DFS RFP 2027-0042 Attachment
//! 12"); and the name an e-mail address's hyphenated domain spells without an organisation
//! word ("…@hands-across-the-delta.org").

use std::sync::LazyLock;

use regex::Regex;
use serde_json::Value;

use super::cues::{is_address_label, is_picture_caption, is_position, is_role};
use super::*;
use crate::text::{Line, quote_line, re};

/// How many lines from the top a logo's alt text is looked for in.
const LOGO_LINES: usize = 20;
/// How many lines of the first page a name above the title is looked for in.
const ABOVE_TITLE_LINES: usize = 8;
/// How many lines a submission or contact line is looked for in.
const ADDRESSED_LINES: usize = 200;

/// The issuer where nothing else names one.
pub(super) fn unnamed_issuer(lines: &[Line], title_quote: &str) -> Option<Value> {
    logo_name(lines)
        .or_else(|| above_title(lines, title_quote))
        .or_else(|| addressed_to(lines, title_quote))
        .or_else(|| running_header(lines))
        .or_else(|| spelt_domain(lines))
}

/// A picture's alt text or caption that names a logo, seal or emblem, with the
/// name it is the logo of ("![Kingsmere Children's Hospital logo](logo.png)", "[Logo:
/// Agence X]", "<img alt=\"Logo de la Commune de Y\">", "Logo of the Z Trust").
fn logo_name(lines: &[Line]) -> Option<Value> {
    static ALT: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r#"^(?:!?\[([^\]]{3,160})\](?:\([^)]*\))?|<img\b[^>]*\balt\s*=\s*["']([^"']{3,160})["'][^>]*>?)$"#,
        )
    });
    static LOGO: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"(?i)(?:^|\s)(?:(?:the|le|la|el|il|o|a|das|der|die)\s+)?(?:(?:official|officiel|oficial|ufficiale|offizielles)\s+)?(?:logo(?:type|tipo)?|emblem|crest|seal|coat of arms|sceau|embl[èe]me|armoiries|escudo|emblema|bras[ãa]o|stemma|wappen|siegel)(?:\s*[:–—-]\s*|\s+(?:of|de|du|des|do|da|di|del|della|dell['’]|der|des|von)\s+(?:the\s+|la\s+|le\s+|l['’]|el\s+|il\s+)?|\s*$|\s+)",
        )
    });
    lines.iter().take(LOGO_LINES).find_map(|l| {
        let text = l.text.trim();
        let alt = match ALT.captures(text) {
            Some(c) => c.get(1).or_else(|| c.get(2))?.as_str(),
            None if is_picture_caption(text) && text.split_whitespace().count() <= 10 => text,
            None => return None,
        };
        let alt = alt.trim().trim_start_matches(['!', '[', '*', '_', ' ']);
        let alt = alt
            .strip_prefix("image:")
            .or_else(|| alt.strip_prefix("Image:"))
            .unwrap_or(alt)
            .trim();
        let m = LOGO.find(alt)?;
        let name = format!("{} {}", &alt[..m.start()], &alt[m.end()..]);
        let name = name
            .trim()
            .trim_matches(|c: char| !c.is_alphanumeric() && !matches!(c, ')' | '’' | '\''));
        plausible_name(name).then(|| found(clean_value(name), quote_line(text)))?
    })
}

/// A line above the title on the first page that is a name, though it has no
/// organisation word: two to eight words in capitals, not a kind of document, a
/// date, a reference, a heading, a post, an address label or a sentence.
fn above_title(lines: &[Line], title_quote: &str) -> Option<Value> {
    let first_page = lines.first()?.page;
    let title = title_quote.trim();
    // Without a title the lines above it are not known.
    if title.is_empty() {
        return None;
    }
    lines
        .iter()
        .take(ABOVE_TITLE_LINES)
        .take_while(|l| l.page == first_page && !title.contains(l.text.trim()))
        .map(|l| l.text.trim())
        .find(|t| {
            !t.contains([':', '|', '>', '[', ']', '/', '#'])
                && !t.starts_with(|c: char| c.is_ascii_digit())
                && !t.split_whitespace().any(|w| {
                    w.chars().any(|c| c.is_ascii_digit()) && w.contains(['-', '/', '.', '_'])
                })
                && !has_year(t)
                && crate::dates::dates(t, crate::dates::Convention::DayFirst).is_empty()
                && !has_sentence_end(t)
                && !is_generic(t)
                && !NUMBERED_HEADING.is_match(t)
                && title_cased(t)
                && letter_words(t) >= 2
                && plausible_name(t)
        })
        .and_then(|t| found(clean_value(t), quote_line(t)))
}

/// The name a submission or contact line addresses: "Submit to: X, …", "Tenders
/// shall be delivered to the X", "à adresser à : X", "dirigidas al X", "indirizzate
/// alla X", "endereçadas à X", "zu richten an die X"; "Contact: a person, a post at
/// the X", "… en el X", "… auprès de la X", "… presso la X", "… bei der X", "… junto
/// à X". The name runs to the first comma, semicolon, dash or bracket.
fn addressed_to(lines: &[Line], title_quote: &str) -> Option<Value> {
    static ADDRESSED: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"(?i)(?:\b(?:submit(?:ted)?|sen[dt]|deliver(?:ed)?|address(?:ed)?|return(?:ed)?|mail(?:ed)?|forward(?:ed)?)(?:\s+[\p{L}-]+){0,4}?\s+to\s*:?|\b(?:adress(?:er|ée?s?)|envoy(?:er|ée?s?)|transmi(?:s|ses|ttre)|dépos(?:er|ée?s?)|remi(?:s|ses|ttre))\s+(?:à|au|auprès d(?:e|u|e la|e l['’]))\s*:?|\b(?:dirigid[ao]s?|remitid[ao]s?|enviad[ao]s?|entregad[ao]s?|dirigir(?:se)?|remitir|enviar|entregar)\s+(?:a|al|ante)\s*:?|\b(?:indirizzat[aeio]|inviat[aeio]|trasmess[aeio]|consegnat[aeio]|indirizzare|inviare|trasmettere|consegnare)\s+(?:a|al|alla|allo|all['’]|presso)\s*:?|\b(?:endere[çc]ad[ao]s?|enviad[ao]s?|remetid[ao]s?|entregues?|enviar|remeter|entregar)\s+(?:a|à|ao|para|junto (?:à|ao|da|do))\s*:?|\b(?:zu richten an|einzureichen (?:bei|an)|einreichen (?:bei|an)|senden sie (?:\p{L}+\s+)?an|richten sie (?:\p{L}+\s+)?an)\s*:?)\s*(?:(?:the|la|le|el|il|lo|a|o|die|der|den|das|dem)\s+|l['’])?",
        )
    });
    static CONTACT_AT: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"(?i)^(?:contacts?|point of contact|enquiries|contacto|contatto|referente|kontakt|ansprechpartner(?:in)?|contato|personne à contacter|interlocuteur)\b[^@]*?\s(?:at(?: the)?|en(?: el| la)?|au|à la|à l['’]|auprès d(?:e la|e l['’]|u|e)|presso(?: il| la| l['’])?|bei(?: der| dem| den)?|beim|na|no|junto (?:à|ao))\s+",
        )
    });
    let title = title_quote.trim();
    lines.iter().take(ADDRESSED_LINES).find_map(|l| {
        let text = l.text;
        let end = CONTACT_AT
            .find(text.trim_start())
            .map(|m| m.end() + (text.len() - text.trim_start().len()))
            .or_else(|| ADDRESSED.find(text).map(|m| m.end()))?;
        let rest = &text[end..];
        let stop = rest
            .find([',', ';', '(', '|', '<'])
            .into_iter()
            .chain(
                [" - ", " – ", " — ", ". "]
                    .iter()
                    .filter_map(|s| rest.find(s)),
            )
            .min()
            .unwrap_or(rest.len());
        let name = rest[..stop].trim().trim_end_matches(['.', ':']);
        let name = name
            .trim_start_matches(['"', '“', '«', '*'])
            .trim_end_matches(['"', '”', '»', '*']);
        if !name.starts_with(char::is_uppercase)
            || letter_words(name) < 2
            || (!title.is_empty() && title.contains(name))
            || !plausible_name(name)
        {
            return None;
        }
        let start = text.find(name)?;
        found(
            clean_value(name),
            crate::text::quote(text, start..start + name.len()),
        )
    })
}

/// How many pages' first and last lines a running header is looked for in.
const HEADER_PAGES: usize = 30;

/// The name a running header or footer opens with, the same on two pages or more:
/// its words before a bar or a dash, a kind of document ("RFP", "Pliego", "Anlage"),
/// a word with a digit or a page's number ("Northland DFS RFP 2027-0042 Attachment
/// 12" gives "Northland DFS", "Puerto de Valdemar | Pliego técnico | Página 2"
/// "Puerto de Valdemar").
fn running_header(lines: &[Line]) -> Option<Value> {
    static CUT: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"(?i)\s+(?:[|·•–—-]\s|(?:page|p[áa]gina|pagina|seite|attachment|annex|annexe|appendix|exhibit|schedule|anexo|allegato|anlage|anhang|ap[êe]ndice))|\s+\S*[0-9]",
        )
    });
    let mut edges: Vec<&Line> = Vec::new();
    for (i, l) in lines.iter().enumerate().take(4000) {
        let first = i == 0 || lines[i - 1].page != l.page;
        let last = lines.get(i + 1).is_none_or(|n| n.page != l.page);
        if first || last {
            edges.push(l);
        }
        if l.page >= HEADER_PAGES {
            break;
        }
    }
    let prefix = |text: &'_ str| -> Option<String> {
        let t = text.trim().trim_matches(['|', ' ']);
        let mut end = CUT.find(t).map_or(t.len(), |m| m.start());
        if let Some(d) = DOC_TYPE.find(&t[..end]) {
            end = d.start();
        }
        let name = t[..end].trim().trim_end_matches([',', '-', '–']);
        let plain = !name.contains([':', '[', ']', '#', '(', '_']);
        (plain
            && title_cased(name)
            && plausible_name(name)
            && letter_words(name) >= 2
            && name.split_whitespace().count() <= 8)
            .then(|| name.to_owned())
    };
    let names: Vec<(Option<String>, &Line)> = edges.iter().map(|l| (prefix(l.text), *l)).collect();
    names.iter().find_map(|(name, l)| {
        let name = name.as_deref()?;
        let pages = names
            .iter()
            .filter(|(n, o)| n.as_deref() == Some(name) && o.page != l.page)
            .count();
        if pages == 0 {
            return None;
        }
        let start = l.text.find(name)?;
        found(
            clean_value(name),
            crate::text::quote(l.text, start..start + name.len()),
        )
    })
}

/// The name an e-mail address's domain spells in hyphenated words
/// ("consultancies@hands-across-the-delta.org" gives "Hands Across The Delta"), where
/// none of them is an organisation word (those [`super::signs::domain_name`] reads).
fn spelt_domain(lines: &[Line]) -> Option<Value> {
    lines.iter().take(SENTENCE_LINES).find_map(|l| {
        let (span, label) = super::signs::email_domain(l.text)?;
        let words: Vec<&str> = label.split('-').collect();
        let wordy = |w: &&str| w.chars().count() >= 2 && w.chars().all(char::is_alphabetic);
        if !(2..=6).contains(&words.len()) || !words.iter().all(wordy) {
            return None;
        }
        found(
            super::signs::capitalised(&words),
            crate::text::quote(l.text, span),
        )
    })
}

/// Whether a text can be an organisation's name: a capital first, one to ten words of
/// letters, no address, e-mail or link, not a kind of document, a post, a role or an
/// address label.
fn plausible_name(name: &str) -> bool {
    let lower = name.to_lowercase();
    name.starts_with(char::is_uppercase)
        && (1..=10).contains(&letter_words(name))
        && name.split_whitespace().count() <= 12
        && !name.contains(['@', '/', '\\', '=', '?'])
        && !lower.contains("http")
        && !lower.contains("www.")
        && !DOC_TYPE.is_match(name)
        && !is_position(name)
        && !is_role(name)
        && !is_address_label(name)
        && !looks_like_address(name)
}

/// Whether a line ends a sentence or holds one: a full stop after a word of letters
/// (not an initial or a legal form's dots), or a semicolon.
fn has_sentence_end(text: &str) -> bool {
    text.contains(';')
        || text.split_whitespace().any(|w| {
            w.ends_with('.')
                && w.trim_end_matches('.')
                    .chars()
                    .filter(|c| c.is_alphabetic())
                    .count()
                    >= 4
        })
}

#[cfg(test)]
mod tests {
    use super::super::tests::issuer_of;

    #[test]
    fn where_nothing_names_an_organisation_weaker_signs_do() {
        let cases: &[(&str, Option<&str>)] = &[
            (
                "![Ridgeway Sailing Club logo](img/logo.png)\n# Invitation to Quote\n## Dinghy Storage Racks\nQuotes are due by 3 June.\n",
                Some("Ridgeway Sailing Club"),
            ),
            (
                "Fenmoor Libraries\nRequest for Proposals\nSelf-Service Kiosks for Six Branches\nProposals are due by 9 May.\n",
                Some("Fenmoor Libraries"),
            ),
            (
                "Invitation to Tender\nRepainting of the Town Bandstand\nThe work covers sanding and two coats of paint.\nSubmit to: Heritage Friends of Oldbury, 2 Church Row\n",
                Some("Heritage Friends of Oldbury"),
            ),
            (
                "Termes de référence\nCartographie des puits villageois\nLes candidatures sont à envoyer à contact@eaux-vives-sahel.org avant le 3 mai.\n",
                Some("Eaux Vives Sahel"),
            ),
            (
                "Request for Quotation\nSupply of Office Chairs\nPlease quote for forty chairs by 3 May.\nSend your quote to procurement@gmail.com.\n",
                None,
            ),
        ];
        for (text, want) in cases {
            assert_eq!(issuer_of(text).as_deref(), *want, "{text}");
        }
    }
}
