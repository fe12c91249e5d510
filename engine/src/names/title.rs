//! The title: the subject of the call, not its kind ("Rural Digital Skills Programme
//! 2027", not "Call for Proposals"): a labelled field, the line the author styled as
//! the title, the subject a document-type line names or the line beside it, else the
//! first substantive heading (or the file's title property when the text offers only
//! an unstyled line). Never a step heading, a question, a line cut mid-word or an
//! organisation's name.

use std::collections::HashMap;

use serde_json::Value;

use super::cues::{cued_issuer, is_cut_mid_word, is_question, is_sentence, is_step_heading};
use super::evidence::{
    acceptable_title, breadcrumb_title, confirmed_large, meta_title, styled_title,
};
use super::*;
use crate::layout::HintKind;
use crate::text::{Line, quote_line};

/// How many lines after a bare document-type line its subject is looked for in: a
/// notice puts its reference, publication date and a field or two in between.
const SUBJECT_AFTER_TYPE: usize = 6;

/// The title, with its quote; `notes` says where a title from the properties came from.
/// A page number the extraction ran into the title's line ("Leak Detection Services
/// Page 1 of 14") is not part of its value.
pub(super) fn title(lines: &[Line], layout: &Layout, notes: &mut Vec<String>) -> Option<Value> {
    let mut t = any_title(lines, layout, notes)?;
    if let Some(v) = t["value"].as_str() {
        let bare = without_page_number(v);
        let bare = super::evidence::within_styled_line(bare, layout);
        if bare.len() < v.len() && letter_words(bare) >= 2 {
            t["value"] = bare.into();
        }
    }
    Some(t)
}

/// `text` without the page number at its end: "Page 1 of 14", "Page 1 sur 14",
/// "Página 1 de 14", "Pagina 1 di 14", "Seite 1 von 14", "p. 1/14".
fn without_page_number(text: &str) -> &str {
    static PAGE: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
        crate::text::re(
            r"(?i)[\s,;|–—-]+(?:page|p\.|p[áa]gina|pag\.|p[áa]g\.|seite|s\.)\s*[0-9]{1,4}\s*(?:(?:of|sur|de|di|von|/)\s*[0-9]{1,4})\s*$",
        )
    });
    PAGE.find(text)
        .map_or(text, |m| text[..m.start()].trim_end())
}

/// `counts` with the running headers and footers that number their page counted as
/// repeated lines, so never the title: a line that opens or closes two pages or
/// more, the same on each but for its numbers ("Lowmarsh District Council |
/// Invitation to Tender | Page 1 of 3", "… | Page 2 of 3"). A title repeated in
/// the header without a page number is left to the exact count.
fn with_numbered_headers<'a>(
    lines: &[Line<'a>],
    mut counts: HashMap<&'a str, usize>,
) -> HashMap<&'a str, usize> {
    let mut edges: HashMap<String, Vec<(&'a str, usize)>> = HashMap::new();
    for (i, l) in lines.iter().enumerate().take(4000) {
        let first = i == 0 || lines[i - 1].page != l.page;
        let last = lines.get(i + 1).is_none_or(|n| n.page != l.page);
        if (first || last) && l.text.len() <= 160 && l.text.contains(|c: char| c.is_ascii_digit()) {
            let key: String = l.text.chars().filter(|c| !c.is_ascii_digit()).collect();
            edges.entry(key).or_default().push((l.text, l.page));
        }
    }
    for group in edges.values() {
        let on_pages = group.iter().filter(|g| g.1 != group[0].1).count() >= 1;
        let numbered = group.iter().any(|g| g.0 != group[0].0);
        if on_pages && numbered {
            for (text, _) in group {
                let n = counts.entry(text).or_default();
                *n = (*n).max(3);
            }
        }
    }
    counts
}

fn any_title(lines: &[Line], layout: &Layout, notes: &mut Vec<String>) -> Option<Value> {
    let counts = with_numbered_headers(lines, repeated(lines));
    let top = &lines[..lines.len().min(TOP_LINES)];
    if let Some(t) = labelled(top, &counts) {
        return Some(t);
    }
    if let Some(t) = attachment_title(top, &counts) {
        return Some(t);
    }
    if let Some(t) = breadcrumb_title(top, layout, &counts, notes) {
        return Some(t);
    }
    // What the author styled as the title (the Title style, else a page's one
    // first-level heading) before what the text's shapes suggest.
    let styles = [HintKind::Title, HintKind::Heading1];
    if let Some(t) = styled_title(top, layout, &styles, &counts) {
        return Some(t);
    }
    // A line in the first pages' largest type, where the title property agrees.
    let large = confirmed_large(layout);
    if let Some(t) = styled_title(top, &large, &[HintKind::Large], &counts) {
        return Some(t);
    }
    for (i, l) in top.iter().enumerate() {
        if let Some(t) = beside_doc_type(top, i, l, &counts) {
            return Some(t);
        }
    }
    // A title in quotes inside the sentence that announces the call.
    if let Some(t) = super::shapes::quoted_title(top) {
        return Some(t);
    }
    // Where the text names no subject, the kind of document with its reference
    // identifies it ("Tender Notice No.: NIT/CS/PUR/63/12", "Request for Proposals No.
    // 2026-12").
    if let Some(l) = top.iter().find(|l| is_reference_title(l.text, &counts)) {
        return found(clean_value(without_date(l.text)), quote_line(l.text));
    }
    // A cover that offers no title (its month and "Procurement of Goods") leaves it
    // to the running header of the pages after it.
    if !page_offers_title(top, &counts)
        && let Some(t) = running_header_title(lines, &counts)
    {
        return Some(t);
    }
    // The first substantive heading; else the file's title property; else the first
    // substantive line.
    let heading = top
        .iter()
        .position(|l| l.is_heading && acceptable_title(l.text, &counts));
    if heading.is_none()
        && let Some(t) = meta_title(top, layout, &counts, notes)
    {
        return Some(t);
    }
    let pick = heading.or_else(|| {
        (0..top.len()).find(|&i| {
            acceptable_title(top[i].text, &counts)
                && top[i].text.len() <= 160
                && !is_sentence_run(&with_continuation(top, i).0)
        })
    })?;
    let (text, _) = with_continuation(top, pick);
    found(clean_value(&text), quote_line(&text))
}

/// An attachment's own title: a document that opens on its label ("Attachment C",
/// "Appendix 4", "Annexe 2", "Anexo II", "Allegato 5", "Anlage 3") is titled by what
/// the label names, on its line or on the next ("Proposal Evaluation Form"), not by
/// the call it belongs to, which it names further down.
fn attachment_title(top: &[Line], counts: &HashMap<&str, usize>) -> Option<Value> {
    static LABEL: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
        crate::text::re(
            r"(?i)^[*#\s]*(?:attachment|appendix|annex|exhibit|annexe|appendice|anexo|ap[êe]ndice|allegato|anlage|anhang)\s+(?:n[°º.]?\s*)?(?:[0-9]{1,3}[a-z]?|[ivx]{1,5}|[a-z])(?:[.-][0-9a-z]{1,3})?\b[*\s]*(?:[:.–—-]\s*(.*))?$",
        )
    });
    let first = top.first()?;
    let (i, l, rest) = top
        .iter()
        .enumerate()
        .take(3)
        .take_while(|(_, l)| l.page == first.page)
        .find_map(|(i, l)| {
            let c = LABEL.captures(l.text.trim())?;
            Some((i, l, c.get(1).map_or("", |m| m.as_str()).trim().to_owned()))
        })?;
    let (value, quote) = if letter_words(&rest) >= 1 {
        (rest, l.text)
    } else {
        let next = top.get(i + 1).filter(|n| n.page == l.page)?;
        (next.text.to_owned(), next.text)
    };
    // An attachment's name may be a kind of document of its own ("Proposal
    // Evaluation Form", "Application Form"): it is the title, where it names no
    // subject and is no reference.
    let value = match subject_of_doc_type_line(&value) {
        Some(Some(subject)) => subject.to_owned(),
        Some(None) => {
            let own_name = letter_words(&value) >= 2
                && letter_words(&value) <= 8
                && !is_noise(&value, counts)
                && !is_reference_title(&value, counts)
                && !value.chars().any(|c| c.is_ascii_digit());
            return own_name
                .then(|| found(clean_value(&value), quote_line(quote)))
                .flatten();
        }
        None => value,
    };
    (acceptable_title(&value, counts) && !is_reference_title(&value, counts))
        .then(|| found(clean_value(&value), quote_line(quote)))
        .flatten()
}

/// How many lines running headers are looked for in.
const HEADER_LINES: usize = 3000;
/// How many lines from a page's top or bottom a running header stands in.
const HEADER_EDGE: usize = 3;

/// Whether the first page of `top` has a line that can be the title.
fn page_offers_title(top: &[Line], counts: &HashMap<&str, usize>) -> bool {
    let Some(first) = top.first() else {
        return false;
    };
    top.iter()
        .take_while(|l| l.page == first.page)
        .any(|l| acceptable_title(l.text, counts))
}

/// A running header (or footer) that names the subject: a line at the edge of at
/// least three pages, a title in all but its repetition ("TD – Supply of 2027
/// Laboratory Reagents"), never a page number, a date, an organisation's name or the
/// kind of document alone; the subject when it names the kind of document too.
fn running_header_title(lines: &[Line], counts: &HashMap<&str, usize>) -> Option<Value> {
    let lines = &lines[..lines.len().min(HEADER_LINES)];
    let none = HashMap::new();
    // Lines at the edge of their page: the first and last few of each.
    let at_edge = |i: usize| {
        let page = lines[i].page;
        let before = lines[i.saturating_sub(HEADER_EDGE)..i]
            .iter()
            .filter(|l| l.page == page)
            .count();
        let after = lines[i + 1..lines.len().min(i + 1 + HEADER_EDGE)]
            .iter()
            .filter(|l| l.page == page)
            .count();
        before < HEADER_EDGE || after < HEADER_EDGE
    };
    let mut pages: HashMap<&str, (usize, usize)> = HashMap::new();
    for (i, l) in lines.iter().enumerate() {
        if counts.get(l.text).copied().unwrap_or(0) < 3 || !at_edge(i) {
            continue;
        }
        let seen = pages.entry(l.text).or_insert((usize::MAX, 0));
        if seen.0 != l.page {
            *seen = (l.page, seen.1 + 1);
        }
        if seen.1 < 3 || letter_words(l.text) < 3 {
            continue;
        }
        let value = match subject_of_doc_type_line(l.text) {
            Some(Some(subject)) => subject,
            Some(None) => continue,
            None => without_code(l.text),
        };
        if acceptable_title(value, &none)
            && crate::dates::dates(l.text, crate::dates::Convention::DayFirst).is_empty()
        {
            return found(clean_value(value), quote_line(l.text));
        }
    }
    None
}

/// A header's subject without the code of the document before it: "TD – Supply of
/// Laboratory Reagents" gives "Supply of Laboratory Reagents" (two to four capitals,
/// then a dash).
fn without_code(text: &str) -> &str {
    let Some((code, rest)) = text
        .split_once(" – ")
        .or_else(|| text.split_once(" — "))
        .or_else(|| text.split_once(" - "))
    else {
        return text;
    };
    let code = code.trim();
    let is_code = (2..=4).contains(&code.chars().count()) && code.chars().all(|c| c.is_uppercase());
    if is_code && letter_words(rest) >= 3 {
        rest.trim()
    } else {
        text
    }
}

/// A front matter or a labelled field's title ("Title: …", or the line below a bare
/// label).
fn labelled(top: &[Line], counts: &HashMap<&str, usize>) -> Option<Value> {
    for (i, l) in top.iter().enumerate() {
        if let Some(t) = letter_subject(l.text) {
            return Some(t);
        }
        let field = as_field(without_item_mark(l.text));
        if let Some(c) = TITLE_LABEL.captures(&field) {
            let value = c.get(1).map_or("", |m| m.as_str()).trim();
            // "Oggetto: Richiesta di offerta - Manutenzione …": the subject it names.
            let value = match subject_of_doc_type_line(value) {
                Some(Some(subject)) if DOC_TYPE.find(value).is_some_and(|m| m.start() == 0) => {
                    subject
                }
                _ => value,
            };
            if letter_words(value) >= 2 && !value.ends_with(':') {
                let (value, quote) = wrapped_value(top, i, value, counts);
                return found(clean_value(&value), quote_line(&quote));
            }
            if value.is_empty() && i + 1 < top.len() && !is_noise(top[i + 1].text, counts) {
                let (text, last) = with_continuation(top, i + 1);
                if letter_words(&text) >= 2 && !top[i + 1].text.ends_with(':') {
                    let quote = top[i + 1..=last]
                        .iter()
                        .map(|l| l.text)
                        .collect::<Vec<_>>()
                        .join(" ");
                    return found(clean_value(&text), quote_line(&quote));
                }
            }
        }
    }
    None
}

/// A notice's field without the letter or number that marks it ("c) Auftragsgegenstand:
/// …", "II.1.1) Title: …", "2. Objet : …"), when the field has its colon: a numbered
/// heading without one ("1. Objeto del contrato") stays a heading.
fn without_item_mark(text: &str) -> &str {
    static MARK: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
        crate::text::re(r"^(?:\(?[a-z]\)|[IVX]{1,4}(?:\.[0-9]{1,2}){1,3}\)?|\(?[0-9]{1,2}[.)])\s+")
    });
    match MARK.find(text) {
        Some(m) if text[m.end()..].contains([':', '：']) => &text[m.end()..],
        _ => text,
    }
}

/// A labelled value and the lines it wraps onto ("OBJETO: Registro de preços para
/// aquisição de gêneros alimentícios destinados à" / "merenda escolar da rede
/// municipal de ensino."): a next line of the same page that opens in lower case, or
/// follows a line that ends on a joining word, goes on with the value. With the quote
/// of the lines it takes.
fn wrapped_value(
    top: &[Line],
    i: usize,
    value: &str,
    counts: &HashMap<&str, usize>,
) -> (String, String) {
    let (mut value, mut quote) = (value.to_owned(), top[i].text.to_owned());
    for next in top.iter().skip(i + 1).take(2) {
        let joins = value
            .split_whitespace()
            .last()
            .is_some_and(|w| JOINERS.contains(&w.to_lowercase().as_str()));
        let lower = next.text.starts_with(|c: char| c.is_lowercase());
        if next.page != top[i].page
            || !(joins || lower)
            || value.ends_with(['.', ';', ':'])
            || next.text.contains(':')
            || next.text.len() > 120
            || is_noise(next.text, counts)
            || TITLE_LABEL.is_match(&as_field(next.text))
        {
            break;
        }
        value = format!("{value} {}", next.text.trim());
        quote = format!("{quote} {}", next.text);
    }
    (value, quote)
}

/// The subject line of a letter ("Subject: …", "Re: …", "Asunto: …", "Assunto: …",
/// "Betreff: …", a German notice's "Leistung: …"; "Objet" and "Oggetto" are title labels already): its value, or the
/// subject it names when it names the kind of document ("Re: Invitation to Bid for
/// …").
fn letter_subject(text: &str) -> Option<Value> {
    static SUBJECT: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
        crate::text::re(
            r"(?i)^(?:subject|re|asunto|assunto|betreff|betrifft|(?:art(?: und umfang)? der )?leistung)\s*[:：]\s*(.+)$",
        )
    });
    let value = SUBJECT.captures(text)?.get(1)?.as_str().trim();
    let value = match subject_of_doc_type_line(value) {
        Some(Some(subject)) => subject,
        Some(None) => return None,
        None => value,
    };
    if !acceptable_title(value, &HashMap::new()) || value.ends_with(':') {
        return None;
    }
    found(clean_value(value), quote_line(text))
}

/// The words that make what follows them the complement of a noun before them ("des
/// dossiers d'", "preparation of the", "redacción del", "elaborazione dei", "Erstellung
/// der"), ending a line's text where a kind of document follows.
static COMPLEMENT_BEFORE: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    crate::text::re(
        r"(?i)\p{L}\s+(?:of(?: the| an?)?|for(?: the| an?)?|d['’]|de(?: la| l['’])?|des|du|del|de los|de las|do|da|dos|das|di|dei|degli|delle|della|dell['’]|der|des|eines|einer|zur|zum)\s*$",
    )
});

/// The subject document-type line `l` (line `i` of `top`) names, or the line beside
/// it; `None` when `l` is no such line.
fn beside_doc_type(
    top: &[Line],
    i: usize,
    l: &Line,
    counts: &HashMap<&str, usize>,
) -> Option<Value> {
    if l.text.len() > 400
        || repeated_line(l, counts)
        || crate::text::LIST_MARK.is_match(l.text)
        || is_question(l.text)
        || is_step_heading(l.text)
        || l.text.starts_with(char::is_lowercase)
        // "Codice bando: FESR-2027-A113-03" is a reference's field.
        || is_code_field(l.text)
    {
        return None;
    }
    let subject = subject_of_doc_type_line(l.text)?;
    // "Request for Proposals issued by the Harlow Valley Transit District", "Appel
    // d'offres lancé pour le compte de …": the words after the kind name its issuer,
    // not its subject; the line is a bare type line.
    let subject = subject.filter(|s| cued_issuer(s).is_none_or(|(_, at)| at.start > 40));
    if subject.is_none()
        && let Some(t) = wrapped_subject(top, i)
    {
        return Some(t);
    }
    // A type line wrapped in capitals names its subject once joined ("AVVISO PUBBLICO
    // PER LA MANIFESTAZIONE DI INTERESSE ALL'AFFIDAMENTO DEL SERVIZIO DI" / "GESTIONE
    // DEL CENTRO ESTIVO …").
    // (A bare type line has its subject on the line below, read further down.)
    if subject.is_none() && !is_bare_type_line(l.text) {
        let (joined, last) = with_continuation(top, i);
        if last > i
            && !continues_sentence(&joined)
            && let Some(Some(s)) = subject_of_doc_type_line(&joined)
            && letter_words(s) >= 2
            && !is_cut_mid_word(s)
            && !is_sentence_run(s)
            && acceptable_title(s, counts)
        {
            return found(clean_value(s), quote_line(&joined));
        }
    }
    // "Bando congiunto" / "Bando Comunità Resilienti 2027": the line below names
    // the kind of document again, with the subject.
    if subject.is_none()
        && top.get(i + 1).is_some_and(|n| {
            n.page == l.page && matches!(subject_of_doc_type_line(n.text), Some(Some(_)))
        })
    {
        return None;
    }
    // "EDITAL N.º 07/2027" / "Programa Ciência para o Cerrado" / "CHAMADA PÚBLICA DE
    // PROJETOS DE …": a line a little further down that opens with the kind of
    // document and names its subject is the title, not the programme's name between.
    if subject.is_none() && names_its_subject_below(top, i, counts) {
        return None;
    }
    // "RFP Number: ___" is a field of a form, not a title line.
    let lower = l.text.to_lowercase();
    if l.text.contains("__") || DOC_TYPE_FIELD.is_match(&lower) {
        return None;
    }
    // A sentence that mentions a request for proposals is not a title line.
    let type_at = DOC_TYPE.find(l.text);
    let starts_with_type = type_at.is_some_and(|m| m.start() <= 5);
    if l.text.split_whitespace().count() > 14 && !starts_with_type {
        return None;
    }
    // Nor is a line where the kind of document is the complement of another noun, a
    // task or a document of the work ("La rédaction des dossiers d'appel d'offres des
    // travaux", "Preparation of the tender documents"): its words after the kind name
    // what that task is about, not the call.
    // (Not a notice of it: "Anuncio de licitación", "Notice of Tender", "Avis d'appel
    // d'offres" name the call by two words.)
    if !starts_with_type
        && type_at.is_some_and(|m| {
            let before = &l.text[..m.start()];
            before.split_whitespace().count() >= 3 && COMPLEMENT_BEFORE.is_match(before)
        })
    {
        return None;
    }
    if let Some(s) = subject {
        // A subject is words: ", p. 11 (…)" after "Reference: RFP" is not one.
        if !s.starts_with(|c: char| c.is_alphanumeric() || matches!(c, '"' | '“' | '«' | '„'))
        {
            return None;
        }
        let (text, last) = with_continuation(top, i);
        let whole = if last > i {
            text.clone()
        } else {
            l.text.to_owned()
        };
        // A type line wrapped onto the next lines names its subject once joined: the
        // words that lead to it may end only there ("PLIEGO … QUE HA DE REGIR LA" /
        // "CONTRATACIÓN, MEDIANTE …, DEL SERVICIO DE" / "LIMPIEZA …").
        let value = if last > i {
            match subject_of_doc_type_line(&whole) {
                Some(Some(joined)) if joined.len() < whole.len() - whole.find(s).unwrap_or(0) => {
                    joined.to_owned()
                }
                _ => whole[whole.find(s).unwrap_or(0)..].to_owned(),
            }
        } else {
            s.to_owned()
        };
        // A subject that starts in lower case continues a sentence ("This solicitation
        // is open to …", "… eine Öffentliche Ausschreibung nach UVgO zu vergeben").
        let continues_sentence = continues_sentence(l.text);
        if !continues_sentence
            && !is_cut_mid_word(&value)
            && (!is_org_name(&value) || letter_words(&value) > 4)
        {
            return found(clean_value(&value), quote_line(&whole));
        }
        if continues_sentence {
            return None;
        }
    }
    // The subject before the kind of document: "PRINCE 2010 — UE27 — Invito a
    // presentare proposte", "Domande e risposte sul bando ED 2008".
    if let Some(m) = DOC_TYPE.find(l.text) {
        let prefix = l.text[..m.start()]
            .trim_matches(|c: char| c.is_whitespace() || matches!(c, '—' | '–' | '-' | ':'));
        // "Address for submission of Tender", "Date limite de dépôt des offres" speak of
        // the tender's process: the words before end with a small word of their own.
        let about_the_tender = prefix
            .split_whitespace()
            .last()
            .is_some_and(|w| JOINERS.contains(&w.to_lowercase().as_str()));
        if letter_words(&subject_words(prefix)) >= 1
            && !about_the_tender
            && crate::dates::dates(l.text, crate::dates::Convention::DayFirst).is_empty()
            && !is_org_line(prefix)
            && !prefix.contains(':')
            // "Assunto: Convite …", "Re: Invitation …": a label, not a subject.
            && !l.text[..m.start()].trim_end().ends_with([':', '：'])
            && l.text.split_whitespace().count() <= 14
            // "La Diputación convoca esta licitación." is a sentence about the tender.
            && !l.text.trim_end().ends_with('.')
            && !is_sentence(l.text)
        {
            return found(clean_value(l.text), quote_line(l.text));
        }
    }
    // Only a line that says little more than what kind of document it is has its
    // subject beside it ("TERMES DE REFERENCE", "Anuncio de licitación"); a sentence
    // that mentions one ("… in Bezug auf die Leistungsbeschreibung geprüft.") has not.
    if !is_bare_type_line(l.text) {
        return None;
    }
    let usable = |j: usize| {
        // A line cut mid-word is judged whole, with the word's end from the next line.
        let whole = is_cut_mid_word(top[j].text).then(|| with_continuation(top, j).0);
        let t = whole.as_deref().unwrap_or(top[j].text);
        top[j].page == l.page
            && !is_noise(t, counts)
            && !is_field_line(t)
            && !t.starts_with(char::is_lowercase)
            && letter_words(t) >= 2
            && !DOC_TYPE.is_match(t)
            && !is_org_name(t)
            && crate::dates::dates(t, crate::dates::Convention::DayFirst).is_empty()
            && t.split_whitespace().count() <= 30
            && !t.ends_with('.')
            && acceptable_title(t, counts)
            && !is_sentence_run(&with_continuation(top, j).0)
    };
    // The line after, else the line before, else one a little further down.
    let next = (i + 1..top.len().min(i + 4)).find(|&j| usable(j));
    let prev = (i.saturating_sub(2)..i).rev().find(|&j| usable(j));
    let further = || (i + 4..top.len().min(i + 1 + SUBJECT_AFTER_TYPE)).find(|&j| usable(j));
    // A title wrapped over the lines above the type line is taken from its first
    // line ("CONTRATACIÓN DEL SERVICIO DE LECTURA" / "DE CONTADORES DE AGUA" /
    // "Procedimiento abierto simplificado"), not from its last.
    let prev = prev.map(|j| {
        let mut k = j;
        while k > 0
            && top[k - 1].page == l.page
            && with_continuation(top, k - 1).1 >= j
            && acceptable_title(top[k - 1].text, counts)
        {
            k -= 1;
        }
        k
    });
    if let Some(j) = next.or(prev).or_else(further) {
        let (text, last) = with_continuation(top, j);
        let text = if j < i && last >= i {
            top[j..i]
                .iter()
                .map(|l| l.text)
                .collect::<Vec<_>>()
                .join(" ")
        } else {
            text
        };
        return found(clean_value(&text), quote_line(&text));
    }
    None
}

/// Whether one of the two lines after the next one (on `top[i]`'s page) opens with the
/// kind of document and names an acceptable subject, in a line that is no field.
fn names_its_subject_below(top: &[Line], i: usize, counts: &HashMap<&str, usize>) -> bool {
    top.iter()
        .skip(i + 2)
        .take(2)
        .take_while(|n| n.page == top[i].page)
        .any(|n| {
            DOC_TYPE.find(n.text).is_some_and(|m| m.start() == 0)
                && !n.text.contains(':')
                && !repeated_line(n, counts)
                && crate::dates::dates(n.text, crate::dates::Convention::DayFirst).is_empty()
                && match subject_of_doc_type_line(n.text) {
                    Some(Some(subject)) => {
                        acceptable_title(subject, counts) && !is_org_name(subject)
                    }
                    _ => false,
                }
        })
}

/// The subject a bare document-type line leads to on the lines it wraps onto ("BANDO"
/// / "per la concessione di contributi …", "AVVISO PUBBLICO" / "per l'affidamento
/// del servizio …"): the line after starts in lower case with the words that lead
/// to a subject.
fn wrapped_subject(top: &[Line], i: usize) -> Option<Value> {
    const LEADS: &[&str] = &[
        "for ",
        "pour ",
        "para ",
        "per ",
        "für ",
        "zur ",
        "relatif ",
        "relative ",
        "relativo ",
        "relativa ",
        "que ",
        "de ",
        "du ",
        "del ",
        "do ",
        "da ",
        "di ",
        // A notice "finalizzato all'affidamento …", "en vue de l'attribution …",
        // "destinado a la contratación …", "com vista à contratação …".
        "finalizzat",
        "volto ",
        "volta ",
        "en vue de ",
        "visant ",
        "destinad",
        "tendiente ",
        "com vista ",
        "visando ",
    ];
    let next = top.get(i + 1).filter(|n| n.page == top[i].page)?;
    // Or the type line ends with the words that lead to its subject and the subject
    // goes on below in lower case ("Pliego de cláusulas … que rigen la contratación
    // del" / "suministro e instalación de …").
    let ends_with_joiner = top[i]
        .text
        .split_whitespace()
        .last()
        .is_some_and(|w| JOINERS.contains(&w.to_lowercase().as_str()));
    let leads = LEADS.iter().any(|p| next.text.starts_with(p))
        || (ends_with_joiner && next.text.starts_with(char::is_lowercase));
    if !leads {
        return None;
    }
    let (joined, last) = with_continuation(top, i);
    if last == i || continues_sentence(&joined) {
        return None;
    }
    let subject = subject_of_doc_type_line(&joined)??;
    let subject = subject.trim_start_matches(|c: char| c.is_whitespace());
    if is_cut_mid_word(subject) || is_sentence_run(subject) || letter_words(subject) < 2 {
        return None;
    }
    found(clean_value(subject), quote_line(&joined))
}

/// Whether the words after a line's document-type phrase continue a sentence ("This
/// solicitation is open to …", "Request for Proposals must be sent …") rather than
/// name a subject ("Call for Proposals for community radio stations", "Call for
/// proposals under the Horizon programme"): the first word is a verb or a conjunction.
fn continues_sentence(line: &str) -> bool {
    const SENTENCE_WORDS: &[&str] = &[
        "is", "are", "was", "were", "will", "must", "shall", "should", "may", "can", "has", "have",
        "and", "or", "which", "that", "est", "sont", "sera", "seront", "doit", "doivent", "peut",
        "et", "ou", "qui", "que", "es", "son", "será", "serán", "debe", "deben", "puede", "y", "o",
        "que", "è", "sono", "sarà", "deve", "devono", "può", "e", "che", "é", "são", "deverá",
        "pode", "ist", "sind", "wird", "werden", "muss", "müssen", "kann", "und", "oder", "die",
        "der", "das", "zu", "vanno", "va", "possono", "pueden", "peuvent", "können", "podem",
        "devem",
    ];
    let Some(m) = DOC_TYPE.find(line) else {
        return false;
    };
    let rest = &line[m.end()..];
    let skip = DOC_TYPE_TAIL.find(rest).map_or(0, |t| t.end());
    // "… que rigen la contratación del suministro …" leads to a subject.
    if SUBJECT_LEAD.is_match(&rest[skip..]) {
        return false;
    }
    let first = rest[skip..]
        .split_whitespace()
        .next()
        .unwrap_or("")
        .trim_end_matches([',', ';', ':']);
    first.starts_with(char::is_lowercase) && SENTENCE_WORDS.contains(&first)
}

/// Whether a document-type line says little else: at most three words of its own
/// besides the kind of document and its reference ("State of Alaska Request for
/// Proposals", "Tender No /2023").
fn is_bare_type_line(line: &str) -> bool {
    let rest = DOC_TYPE.replace_all(line, " ");
    letter_words(&rest) <= 3 && !line.trim_end().ends_with('.')
}

/// Whether a line names only the kind of document, with at most a qualifier and a
/// reference ("Request for Proposals", "Revised Request for Proposal", "Avviso di
/// gara rettificato", "Invitation to Quote No. 12/2027"): never the title.
/// So does a line of qualifiers alone, a notice that changes the call ("Avviso di
/// rettifica", "Notice of Amendment", "Avis rectificatif", "Addendum No. 2").
pub(super) fn names_only_the_kind(text: &str) -> bool {
    let kind_alone = |t: &str| letter_words(t) >= 1 && letter_words(&subject_words(t)) == 0;
    (DOC_TYPE.is_match(text) && letter_words(&subject_words(&DOC_TYPE.replace_all(text, " "))) == 0)
        || (!DOC_TYPE.is_match(text) && kind_alone(text))
}

/// Sentences, not a title: more than 30 words once wrapped lines are joined, or a
/// sentence's end followed by another ("… staff members. Reputed firms are invited").
fn is_sentence_run(text: &str) -> bool {
    static NEXT_SENTENCE: std::sync::LazyLock<regex::Regex> =
        std::sync::LazyLock::new(|| crate::text::re(r"\p{Ll}{2}[.!?]\s+\p{Lu}\p{Ll}"));
    text.split_whitespace().count() > 30 || NEXT_SENTENCE.is_match(text)
}

/// A reference line without the date that follows it ("… R/63/12 dated: 19-10-2012",
/// "… n° 12/2026 du 3 mars 2026", "… vom 30.03.2026").
fn without_date(text: &str) -> &str {
    static DATED: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
        crate::text::re(
            r"(?i)[\s,]+(?:dated|date|du|vom|del|de fecha|de|em|datato|del giorno)\s*:?\s*\d",
        )
    });
    DATED.find(text).map_or(text, |m| &text[..m.start()])
}

/// A document-type line whose subject is its reference number.
fn is_reference_title(text: &str, counts: &HashMap<&str, usize>) -> bool {
    let Some(m) = DOC_TYPE.find(text) else {
        return false;
    };
    let rest = text[m.end()..].trim_start();
    m.start() <= 5
        && text.len() <= 120
        && evidence_reference(rest)
        && rest.chars().any(|c| c.is_ascii_digit())
        && !repeated_line_text(text, counts)
        && !is_question(text)
}

fn evidence_reference(rest: &str) -> bool {
    super::evidence::REFERENCE_LABEL.is_match(rest)
}

fn repeated_line_text(text: &str, counts: &HashMap<&str, usize>) -> bool {
    counts.get(text).copied().unwrap_or(0) >= 3
}

/// Words before a document-type phrase that only qualify the kind of document
/// ("Revised", "Draft", "Anuncio de", "Avis d'"), never a subject.
const KIND_QUALIFIERS: &[&str] = &[
    "revised",
    "draft",
    "final",
    "amended",
    "updated",
    "new",
    "modified",
    "corrected",
    "notice",
    "announcement",
    "révisé",
    "révisée",
    "modifié",
    "modifiée",
    "nouvel",
    "nouveau",
    "avis",
    "projet",
    "anuncio",
    "aviso",
    "revisado",
    "revisada",
    "modificado",
    "modificada",
    "borrador",
    "nuevo",
    "nueva",
    "avviso",
    "rettifica",
    "bozza",
    "nuovo",
    "nuova",
    "revisto",
    "revista",
    "rascunho",
    "novo",
    "joint",
    "conjoint",
    "conjointe",
    "conjunta",
    "conjunto",
    "congiunto",
    "congiunta",
    "gemeinsame",
    "gemeinsamer",
    "nova",
    "geänderte",
    "geänderter",
    "überarbeitete",
    "entwurf",
    "neue",
    "öffentliche",
    "public",
    "public",
    "publique",
    "pública",
    "pubblico",
    "rectified",
    "rectifié",
    "rectifiée",
    "rectificatif",
    "rectificado",
    "rectificada",
    "retificado",
    "retificada",
    "rettificato",
    "rettificata",
    // A notice that changes the call: its kind, not a subject.
    "amendment",
    "addendum",
    "corrigendum",
    "erratum",
    "modification",
    "modificación",
    "modificação",
    "modifica",
    "berichtigung",
    "änderung",
    "änderungsbekanntmachung",
    "berichtigte",
    "berichtigter",
    // The procedure, not the subject: "Beschränkte Ausschreibung", "Open Tender",
    // "Procedura aperta".
    "beschränkte",
    "beschränkter",
    "öffentlicher",
    "offenes",
    "offene",
    "europaweite",
    "europaweiter",
    "open",
    "restricted",
    "ouvert",
    "restreint",
    "abierta",
    "abierto",
    "aberto",
    "aperta",
    "ristretta",
];

/// What is left of the words before a document-type phrase once the words that only
/// qualify the kind and the small words that join them are gone.
fn subject_words(prefix: &str) -> String {
    prefix
        .split_whitespace()
        .filter(|w| {
            let w = w
                .trim_matches(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’')
                .to_lowercase();
            let w = w.trim_end_matches(['\'', '’']);
            let w = w
                .strip_prefix("d'")
                .or_else(|| w.strip_prefix("d’"))
                .unwrap_or(w);
            !w.is_empty() && !KIND_QUALIFIERS.contains(&w) && !JOINERS.contains(&w)
        })
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::super::tests::title_of;

    #[test]
    fn a_line_that_only_names_the_kind_of_document_is_never_the_title() {
        let cases: &[(&str, &str)] = &[
            (
                "Revised Request for Proposal\nCommunity Health Worker Training Programme\n",
                "Community Health Worker Training Programme",
            ),
            (
                "Avis d'appel d'offres\nRéf. 12/2026\nFourniture de matériel informatique pour les écoles\n",
                "Fourniture de matériel informatique pour les écoles",
            ),
            (
                "Anuncio de licitación\nNúmero de Expediente 10/2026/ABC\nPublicado en la Plataforma el 11-11-2026 a\nlas 09:49 horas.\nSuministro de mobiliario escolar para los centros del\nmunicipio de Teruel.\n",
                "Suministro de mobiliario escolar para los centros del municipio de Teruel",
            ),
            (
                "Avviso pubblico\nServizio di manutenzione del verde urbano\n",
                "Servizio di manutenzione del verde urbano",
            ),
            (
                "Edital\nContratação de serviços de limpeza hospitalar\n",
                "Contratação de serviços de limpeza hospitalar",
            ),
            (
                "Website und Logo Entwicklung - ZeStuR\nAufforderung zur Abgabe eines Angebotes\nSehr geehrte Damen und Herren,\n",
                "Website und Logo Entwicklung - ZeStuR",
            ),
        ];
        for (text, want) in cases {
            assert_eq!(title_of(text).as_deref(), Some(*want), "{text}");
        }
    }

    #[test]
    fn a_task_about_tender_documents_is_no_line_of_the_kind_of_document() {
        // The call's own kind is named only by a notice word; a list's task names tender
        // documents of the work, and its last words are no title.
        let text = "Notice\n\n1. Background\n\nThe Regional Solar Fund supports rural clinics with solar power systems since\n2019 and is now preparing the second phase of its programme.\n\n2. Tasks\n\nThe survey of forty rural clinics\nThe preparation of the request for proposals for the works\n";
        assert_ne!(title_of(text).as_deref(), Some("for the works"));
        let text = "Avis\n\n1. Contexte\n\nLe Fonds régional accompagne les centres de santé ruraux depuis 2019 et prépare\nla deuxième phase de son programme.\n\n2. Tâches\n\nLe diagnostic de quarante centres de santé\nLa rédaction des dossiers d'appel d'offres des travaux\n";
        assert_ne!(title_of(text).as_deref(), Some("des travaux"));
    }

    #[test]
    fn the_words_leading_from_the_kind_of_document_to_its_subject_are_not_the_title() {
        let cases: &[(&str, &str)] = &[
            (
                "Cahier des charges relatif au marché de maintenance des ascenseurs communaux\n1. Objet\n",
                "maintenance des ascenseurs communaux",
            ),
            (
                "Pliego de prescripciones técnicas para la contratación del servicio de limpieza viaria\n1. Objeto\n",
                "servicio de limpieza viaria",
            ),
            (
                "Capitolato tecnico per l'affidamento del servizio di pulizia delle scuole\n1. Oggetto\n",
                "servizio di pulizia delle scuole",
            ),
            (
                "Leistungsbeschreibung für die Vergabe von Reinigungsleistungen im Rathaus\n1. Gegenstand\n",
                "Reinigungsleistungen im Rathaus",
            ),
            (
                "Caderno de encargos relativo ao contrato de aquisição de viaturas elétricas\n1. Objeto\n",
                "aquisição de viaturas elétricas",
            ),
            (
                "Terms of Reference for the provision of cleaning services at the head office\n1. Background\n",
                "the provision of cleaning services at the head office",
            ),
        ];
        for (text, want) in cases {
            assert_eq!(title_of(text).as_deref(), Some(*want), "{text}");
        }
    }

    #[test]
    fn steps_questions_sentences_and_the_issuer_are_never_the_title() {
        let cases: &[(&str, &str)] = &[
            (
                "FIRST PART – BID PROCEDURES\nSupply of Laboratory Reagents 2026\n",
                "Supply of Laboratory Reagents 2026",
            ),
            (
                "Partie 1 : Conditions générales\nÉtude de faisabilité d'un réseau de chaleur\n",
                "Étude de faisabilité d'un réseau de chaleur",
            ),
            (
                "Teil 2: Eignung\nDigitalisierung der Stadtbibliothek\n",
                "Digitalisierung der Stadtbibliothek",
            ),
            (
                "1. Is the budget inclusive of VAT?\nAnswer: yes.\nRegional Roads Maintenance Study\n",
                "Regional Roads Maintenance Study",
            ),
            (
                "CITY OF LAKESIDE\nTender Notice No.: CL/PW/17/2026 dated: 3 March 2026\nTENDER NOTICE\nThe City intends to procure road salt.\n",
                "Tender Notice No.: CL/PW/17/2026",
            ),
            (
                "TENDER NOTICE\nThe Lakeside Institute of Technology intends to procure the uniform items for\nits staff members. Reputed firms are invited to submit their offer\nfor the following categories.\nTender Notice No.: LIT/CS/63/26\n",
                "Tender Notice No.: LIT/CS/63/26",
            ),
            (
                "Tender Notice No.: LIT/CS/63/26\nLast date for submission of Tender: 12-11-2026 (up to 3 P.M.)\n",
                "Tender Notice No.: LIT/CS/63/26",
            ),
            (
                "Tender Notice No.: LIT/CS/63/26\nAddress for submission of Tender\n",
                "Tender Notice No.: LIT/CS/63/26",
            ),
            (
                "Questions about this RFP should be sent to the coordinator.\nRequest for Proposals\nFleet Telematics Services\n",
                "Fleet Telematics Services",
            ),
            (
                "Les questions relatives à cet appel d'offres sont à adresser par écrit.\nAppel d'offres\nEntretien des espaces verts\n",
                "Entretien des espaces verts",
            ),
            (
                "Prepared for the Lakeside Water Authority\nAsset Management Plan Update\n",
                "Asset Management Plan Update",
            ),
            (
                "CONSULTANT ELIGIBILITY: This solicitation is open to those consultants who qualify.\nRequest for Proposals No. 2026-12\nSchool Meals Modernization\n",
                "School Meals Modernization",
            ),
        ];
        for (text, want) in cases {
            assert_eq!(title_of(text).as_deref(), Some(*want), "{text}");
        }
    }

    #[test]
    fn an_attachment_is_titled_by_its_own_name_and_a_procedure_is_no_subject() {
        let cases: &[(&str, &str)] = &[
            (
                "Exhibit B\nVendor Reference Questionnaire\nRFP 12-044 - Parks Irrigation Upgrade\nCity of Elm Bend\n",
                "Vendor Reference Questionnaire",
            ),
            (
                "Anexo III: Criterios de valoración de las ofertas\nLicitación de la limpieza del polideportivo\n",
                "Criterios de valoración de las ofertas",
            ),
            (
                "Attachment 2\nProposal Evaluation Form\nRFP No. 31-7 - Fleet Fuel Cards\n",
                "Proposal Evaluation Form",
            ),
            (
                "Stadt Kornberg\nAufforderung zur Angebotsabgabe\nÖffentliche Ausschreibung nach VOB/A\nNeubau einer Fahrradgarage am Bahnhof\n",
                "Neubau einer Fahrradgarage am Bahnhof",
            ),
            (
                "PLIEGO DE CLÁUSULAS ADMINISTRATIVAS PARTICULARES QUE RIGEN LA CONTRATACIÓN, POR PROCEDIMIENTO ABIERTO, DEL SERVICIO DE LIMPIEZA DE LAS OFICINAS CENTRALES\n1. Objeto\n",
                "SERVICIO DE LIMPIEZA DE LAS OFICINAS CENTRALES",
            ),
        ];
        for (text, want) in cases {
            assert_eq!(title_of(text).as_deref(), Some(*want), "{text}");
        }
    }
}
