//! What the document says about itself, weighed with its text: the line the author
//! styled as the title or first heading, found among the top lines (its quote is that
//! line, verbatim); the file's title property, used when the text offers only a weak
//! candidate; the organisation its properties name (Company, Author), when it looks
//! like one and the text confirms it (the name written in the text, or its acronym
//! used throughout).

use std::collections::HashMap;

use serde_json::{Value, json};

use super::cues::{
    cued_issuer, is_about_questions, is_announcing, is_cut_mid_word, is_procurement_category,
    is_question, is_sentence, is_step_heading,
};
use super::title::names_only_the_kind;
use super::words::SOFTWARE_AUTHORS;
use super::*;
use crate::layout::HintKind;
use crate::text::{Line, quote_line};

/// A line that labels a reference number ("Número de Expediente 10/2024",
/// "Tender No. 4/2026", "Vergabenummer"), never a title.
pub(super) static REFERENCE_LABEL: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(
    || {
        crate::text::re(
            r"(?i)^(?:n[úu]mero|num[ée]ro|number|no\.|n[°º]|ref(?:erence)?\b|r[ée]f[ée]rence|expediente|vergabe-?nummer|aktenzeichen|protocollo|processo n|file no|solicitation (?:no|number))",
        )
    },
);

/// How many hints of one kind are tried.
const HINTS_TRIED: usize = 4;

/// How many lines below a letterhead styled as the first heading the title's heading
/// may be.
const LETTERHEAD_TO_TITLE: usize = 6;

/// Lower case letters and digits with single spaces: how a hint and a line compare.
fn norm(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for w in text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
    {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(&w.to_lowercase());
    }
    out
}

/// Whether `text` can be a title: words, not noise, not a step heading ("Part 2:
/// Eligibility"), not a question nor a sentence (about questions or anything else),
/// not a line naming only the kind of document ("Revised Request for Proposal"), not
/// cut mid-word, not an organisation's name nor a
/// line naming the issuer ("Prestation pour PRAEMIA REIM France"), not a sentence's
/// continuation or a stray piece of markup (",cliccare qui").
pub(super) fn acceptable_title(text: &str, counts: &HashMap<&str, usize>) -> bool {
    let first = text.trim_start().chars().next();
    letter_words(text) >= 2
        && !is_noise(text, counts)
        && !is_step_heading(text)
        && !is_question(text)
        && !is_about_questions(text)
        && !is_sentence(text)
        && !is_announcing(text)
        && !names_only_the_kind(text)
        && !is_procurement_category(text)
        && !is_cut_mid_word(text)
        && !text.trim_end().ends_with(',')
        && !is_org_name(text)
        && !super::units::is_unit(text)
        && !is_breadcrumb(text)
        && !ISSUER_LABEL.is_match(&as_field(text))
        && !REFERENCE_LABEL.is_match(text)
        && !super::is_procedure(text)
        && !super::is_code_field(text)
        && cued_issuer(text).is_none()
        && !text
            .split_once(':')
            .is_some_and(|(label, value)| label.len() < 30 && letter_words(value) < 2)
        && first.is_some_and(|c| {
            c.is_uppercase()
                || c.is_ascii_digit()
                || matches!(c, '"' | '“' | '«' | '„' | '(' | '¿' | '¡' | '\'')
        })
}

/// The separators of a breadcrumb trail ("Home › Funding › Calls", "Finanziamenti ->
/// Bandi"): a page's place in its site, not its title.
const BREADCRUMB_SEPARATORS: &[&str] = &["->", "→", "›", " > ", " >> ", " » "];

/// A breadcrumb trail: short parts joined by a breadcrumb separator.
pub(super) fn is_breadcrumb(text: &str) -> bool {
    breadcrumb_parts(text).is_some()
}

/// The parts of a breadcrumb trail, or `None` when `text` is none.
fn breadcrumb_parts(text: &str) -> Option<Vec<&str>> {
    let sep = BREADCRUMB_SEPARATORS.iter().find(|s| text.contains(**s))?;
    let parts: Vec<&str> = text.split(sep).map(str::trim).take(12).collect();
    (parts.len() >= 2
        && parts
            .iter()
            .all(|p| !p.is_empty() && p.split_whitespace().count() <= 6))
    .then_some(parts)
}

/// A web page whose top heading is a breadcrumb trail ("Finanziamenti -> Bandi") is
/// titled by its `<title>` when that ends with the trail's last part ("Progetti UE -
/// Finanziamenti - Bandi"): the site's name, then the same trail.
pub(super) fn breadcrumb_title(
    top: &[Line],
    layout: &Layout,
    counts: &HashMap<&str, usize>,
    notes: &mut Vec<String>,
) -> Option<Value> {
    let trail = layout.of(HintKind::Heading1).next()?;
    let last = norm(breadcrumb_parts(trail)?.last()?);
    let meta = layout
        .of(HintKind::MetaTitle)
        .take(2)
        .find(|m| last.len() >= 3 && norm(bare_property(m)).ends_with(&last))?;
    let value = bare_property(meta);
    if letter_words(value) < 2 || !words_in_text(value, top) {
        return None;
    }
    if let Some(line) = locate(top, value).filter(|l| acceptable_title(l, counts)) {
        return found(clean_value(&line), quote_line(&line));
    }
    notes.push(
        "The title is the page's title property (its metadata): its top heading is a breadcrumb trail."
            .into(),
    );
    from_properties(value, "title")
}

/// Where `hint` is among `top`: the line that is it (or holds it, the hint being most
/// of the line), or the lines it wraps over; as that text, verbatim.
fn locate(top: &[Line], hint: &str) -> Option<String> {
    let want = norm(hint);
    if want.is_empty() {
        return None;
    }
    for (i, l) in top.iter().enumerate() {
        let n = norm(l.text);
        if n.is_empty() {
            continue;
        }
        if n == want || (n.contains(&want) && want.len() * 3 >= n.len() * 2) {
            return Some(l.text.to_owned());
        }
        if want.starts_with(&n) && n.len() * 4 >= want.len().min(40) {
            let mut joined = n;
            let mut texts = vec![l.text];
            for next in top[i + 1..].iter().take(4) {
                let longer = format!("{joined} {}", norm(next.text));
                if !want.starts_with(&longer) {
                    break;
                }
                joined = longer;
                texts.push(next.text);
            }
            if joined.len() * 5 >= want.len() * 4 {
                return Some(texts.join(" "));
            }
        }
    }
    None
}

/// A title read from the text without the lines after its styled line that no style
/// marks: where the layout shows the title's first line as a heading (a Title or
/// Heading style, a line in the largest type, a heading line) and the line the text
/// went on to as none, that line is in the body's type ("Evaluación final del
/// proyecto …" styled, "en los municipios de …, departamento de …" not), and the
/// title ends with the styled line. A wrapped title whose next line is styled too
/// stays whole; a styled line of fewer than three words is no title's whole.
pub(super) fn within_styled_line<'a>(value: &'a str, layout: &Layout) -> &'a str {
    let styled: Vec<String> = layout
        .hints()
        .iter()
        .filter(|h| {
            matches!(
                h.kind,
                HintKind::Title
                    | HintKind::Heading1
                    | HintKind::Heading2
                    | HintKind::Heading3
                    | HintKind::Large
            )
        })
        .map(|h| h.text.as_str())
        .chain(layout.headings().iter().take(400).map(|h| h.text.as_str()))
        .map(norm)
        .collect();
    let whole = norm(value);
    let in_a_style = |words: &str| {
        styled
            .iter()
            .any(|s| format!(" {s} ").contains(&format!(" {words} ")))
    };
    for s in &styled {
        if letter_words(s) < 3 {
            continue;
        }
        let Some(rest) = whole
            .strip_prefix(s.as_str())
            .and_then(|r| r.strip_prefix(' '))
        else {
            continue;
        };
        let head: Vec<&str> = rest.split(' ').take(2).collect();
        if in_a_style(&head.join(" ")) {
            continue;
        }
        // The value's byte where its words that make the styled line end.
        let n = s.split(' ').count();
        let end = value
            .char_indices()
            .filter(|&(i, c)| {
                c.is_alphanumeric()
                    && value[i + c.len_utf8()..]
                        .chars()
                        .next()
                        .is_none_or(|n| !n.is_alphanumeric())
            })
            .nth(n - 1)
            .map(|(i, c)| i + c.len_utf8());
        if let Some(end) = end {
            return value[..end].trim_end();
        }
    }
    value
}

/// The title the author's styles of `kinds` mark (the Title style; a first-level
/// heading; the largest type), among the top lines; a document-type line gives its
/// subject.
pub(super) fn styled_title(
    top: &[Line],
    layout: &Layout,
    kinds: &[HintKind],
    counts: &HashMap<&str, usize>,
) -> Option<Value> {
    for &kind in kinds {
        // A page's one top-level heading is its title; one of many is a section
        // ("1. Contexte", "Deadlines and response formats").
        // And where the author styled a title (even one that says only the kind of
        // document), a first-level heading is a section.
        let has_title = layout.of(HintKind::Title).next().is_some();
        if kind == HintKind::Heading1 && (has_title || layout.of(kind).count() > 2) {
            continue;
        }
        // The first top-level heading, not the first acceptable one: the second is a
        // section's.
        let tried = if kind == HintKind::Heading1 {
            1
        } else {
            HINTS_TRIED
        };
        // A first-level heading that is the issuer's name (a letterhead a Markdown
        // conversion made a heading: "# Oregon Department of Human Services") is no
        // section: the next one may be the title, when it follows the letterhead
        // closely (a few lines of its stack: a division, a reference), not after the
        // cover's text ("# Deadlines and response formats").
        let mut tried = tried;
        let mut after_letterhead: Option<usize> = None;
        for hint in layout.of(kind).take(HINTS_TRIED) {
            if tried == 0 {
                break;
            }
            tried -= 1;
            let Some(line) = locate(top, hint) else {
                continue;
            };
            let at = top.iter().position(|l| line.starts_with(l.text));
            if let Some(letterhead) = after_letterhead
                && at.is_none_or(|at| at > letterhead + LETTERHEAD_TO_TITLE)
            {
                break;
            }
            let value = match subject_of_doc_type_line(&line) {
                Some(Some(subject)) => subject.to_owned(),
                Some(None) => continue,
                None => line.clone(),
            };
            if kind == HintKind::Heading1
                && after_letterhead.is_none()
                && is_org_name(&clean_value(&value))
                && let Some(at) = at
            {
                after_letterhead = Some(at);
                tried += 1;
                continue;
            }
            if acceptable_title(&value, counts) && acceptable_title(&clean_value(&value), counts) {
                return found(clean_value(&value), quote_line(&line));
            }
        }
    }
    None
}

/// The large lines (a PDF's largest type on its first pages) that the file's title
/// property bears out: the one is most of the other. Type size alone is weak
/// evidence (a letterhead, a journal's section heading, "BIDS DUE …" are large too);
/// where the property and the type size say the same, the line is the title.
pub(super) fn confirmed_large(layout: &Layout) -> Layout {
    let metas: Vec<String> = layout
        .of(HintKind::MetaTitle)
        .take(2)
        .map(|m| norm(bare_property(m)))
        .filter(|m| m.split(' ').count() >= 2)
        .collect();
    let mut confirmed = Layout::new();
    for large in layout.of(HintKind::Large) {
        let l = norm(large);
        let agrees = |m: &String| {
            let (short, long) = if l.len() <= m.len() { (&l, m) } else { (m, &l) };
            // Whole words: a space either side of each.
            letter_words(short) >= 2
                && format!(" {long} ").contains(&format!(" {short} "))
                && short.len() * 3 >= long.len() * 2
        };
        if metas.iter().any(agrees) {
            confirmed.push(HintKind::Large, large);
        }
    }
    confirmed
}

/// A title property without what software adds to it ("Microsoft Word - ", a file
/// name's extension).
fn bare_property(text: &str) -> &str {
    let mut t = text.trim();
    for prefix in [
        "Microsoft Word - ",
        "Microsoft PowerPoint - ",
        "Microsoft Excel - ",
    ] {
        t = t.strip_prefix(prefix).unwrap_or(t);
    }
    for ext in [".docx", ".doc", ".pdf", ".odt", ".rtf", ".html", ".htm"] {
        let cut = t.len().saturating_sub(ext.len());
        // (At a character boundary only: the end of a name in Hebrew is not ASCII.)
        if t.get(cut..)
            .is_some_and(|end| end.eq_ignore_ascii_case(ext))
        {
            t = &t[..cut];
        }
    }
    t.trim()
}

/// The file's title property as the title: its subject when it names the kind of
/// document, never the kind alone, a file name or a template's name. Quoted from the
/// text where the text has it; else it says it comes from the properties.
pub(super) fn meta_title(
    top: &[Line],
    layout: &Layout,
    counts: &HashMap<&str, usize>,
    notes: &mut Vec<String>,
) -> Option<Value> {
    for hint in layout.of(HintKind::MetaTitle).take(2) {
        let bare = bare_property(site_of_page_title(hint).0);
        if bare.contains(['_', '\\', '/']) || bare.split_whitespace().count() > 30 {
            continue;
        }
        let value = match subject_of_doc_type_line(bare) {
            Some(Some(subject)) => subject,
            Some(None) => continue,
            None => bare,
        };
        if !acceptable_title(value, counts) || letter_words(value) < 2 {
            continue;
        }
        if let Some(line) = locate(top, value) {
            return found(clean_value(&line), quote_line(&line));
        }
        // A property the text does not bear out is a template's or a file's name
        // ("DAO Fournitures" on an English bid document): most of its words must be
        // the text's.
        if !words_in_text(value, top) {
            continue;
        }
        notes.push(
            "The title is the document's title property (its metadata), not a line of its text."
                .into(),
        );
        return from_properties(value, "title");
    }
    None
}

/// Whether at least two thirds of `value`'s words (of three letters or more) are
/// words of `lines`.
fn words_in_text(value: &str, lines: &[Line]) -> bool {
    let text: std::collections::HashSet<String> = lines
        .iter()
        .flat_map(|l| {
            norm(l.text)
                .split(' ')
                .map(str::to_owned)
                .collect::<Vec<_>>()
        })
        .collect();
    let norm_value = norm(value);
    let words: Vec<&str> = norm_value
        .split(' ')
        .filter(|w| w.chars().count() >= 3)
        .collect();
    let known = words.iter().filter(|w| text.contains(**w)).count();
    !words.is_empty() && known * 3 >= words.len() * 2
}

/// A value read from the file's properties: no quote (the properties are not the
/// document's text, and every quote is checked against that text), and `source` says
/// where it is.
fn from_properties(value: &str, property: &str) -> Option<Value> {
    let value = clean_value(value);
    (!value.is_empty()).then(|| {
        json!({
            "value": value,
            "quote": null,
            "source": format!("document properties ({property})"),
        })
    })
}

/// Whether a property's text looks like an organisation's name: an organisation word,
/// or words all in capitals (an acronym: "OSPI", "PRAEMIA REIM"); never software or an
/// account ("Microsoft Office User", "Admin"), a person ("Flinker, Anne", "Alicia
/// LUCIDI"), an address or an e-mail.
pub(super) fn looks_like_org(text: &str) -> bool {
    let lower = format!(" {} ", text.to_lowercase());
    let words: Vec<&str> = lower
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    if words.is_empty()
        || words.len() > 12
        || text.contains(['@', ',', '/', '\\'])
        || text.chars().any(|c| c.is_ascii_digit())
        || words.iter().any(|w| SOFTWARE_AUTHORS.contains(w))
        || SOFTWARE_AUTHORS
            .iter()
            .any(|s| s.contains(' ') && lower.contains(s))
    {
        return false;
    }
    let capitals = text.split_whitespace().all(|w| {
        let letters: Vec<char> = w.chars().filter(|c| c.is_alphabetic()).collect();
        !letters.is_empty() && letters.iter().all(|c| c.is_uppercase())
    });
    let acronym = capitals && text.split_whitespace().any(|w| w.chars().count() >= 3);
    has_org_word(&lower) || acronym
}

/// The organisation the file's properties name (Company first, then Author), if one
/// looks like an organisation.
pub(super) fn meta_org(layout: &Layout) -> Option<(&'static str, &str)> {
    let company = layout.of(HintKind::MetaCompany).map(|t| ("company", t));
    let site = layout
        .of(HintKind::MetaTitle)
        .take(2)
        .filter_map(|t| site_of_page_title(t).1)
        .map(|t| ("site", t));
    let author = layout.of(HintKind::MetaAuthor).map(|t| ("author", t));
    company
        .chain(site)
        .chain(author)
        .take(HINTS_TRIED)
        .find(|(_, t)| looks_like_org(t))
}

/// A web page's title split into the page's own title and the site's name after the
/// last " | " ("Open Data Ecosystems | National Science Foundation"), without a
/// reference before a colon ("NSF 27-123: …") or the site's short name before a dash
/// ("NSF - National Science Foundation" gives "National Science Foundation").
pub(super) fn site_of_page_title(text: &str) -> (&str, Option<&str>) {
    let Some((page, site)) = text.rsplit_once(" | ") else {
        return (text, None);
    };
    let site = site
        .split_once(" - ")
        .filter(|(short, _)| short.split_whitespace().count() == 1)
        .map_or(site, |(_, long)| long)
        .trim();
    let page = page
        .split_once(": ")
        .filter(|(code, rest)| {
            code.chars().any(|c| c.is_ascii_digit())
                && code.split_whitespace().count() <= 3
                && letter_words(rest) >= 2
        })
        .map_or(page, |(_, rest)| rest)
        .trim();
    (page, Some(site).filter(|s| !s.is_empty()))
}

/// The properties' organisation, confirmed by the text: written in the document's
/// first pages (quoted from there), or its acronym used at least three times. `None`
/// when the text does not confirm it.
pub(super) fn confirmed_meta_issuer(
    lines: &[Line],
    layout: &Layout,
    notes: &mut Vec<String>,
) -> Option<Value> {
    let (property, org) = meta_org(layout)?;
    let lower = org.to_lowercase();
    // Offsets found in lower-cased text are the original's only where lower-casing
    // kept every length.
    let searchable = if lower.len() == org.len() { 2000 } else { 0 };
    for l in lines.iter().take(searchable) {
        if l.text.len() < org.len() {
            continue;
        }
        let line_lower = l.text.to_lowercase();
        // Lower-casing keeps byte offsets only where it keeps lengths.
        if line_lower.len() != l.text.len() {
            continue;
        }
        // A template's author named as the lender ("financing from the World Bank")
        // is not confirmed by that mention.
        // The same length overall is not the same offsets ('Ⱥ' lower-cases one byte
        // longer, 'ẞ' one shorter): the original's slice must be the name itself.
        let original = |at: usize| {
            l.text
                .get(at..at + org.len())
                .filter(|name| name.to_lowercase() == lower)
        };
        if let Some(at) = line_lower.find(&lower).filter(|&at| {
            original(at).is_some() && !super::cues::is_passing_mention(&l.text[..at], org)
        }) {
            let name = &l.text[at..at + org.len()];
            return found(
                clean_value(name),
                crate::text::quote(l.text, at..at + org.len()),
            );
        }
    }
    let acronym = org.split_whitespace().find(|w| {
        let letters: Vec<char> = w.chars().filter(|c| c.is_alphabetic()).collect();
        letters.len() >= 3
            && letters.len() == w.chars().count()
            && w.chars().all(char::is_uppercase)
    })?;
    let used = lines
        .iter()
        .take(2000)
        .filter(|l| {
            l.text
                .split(|c: char| !c.is_alphanumeric())
                .any(|w| w == acronym)
        })
        .count();
    if used < 3 {
        return None;
    }
    notes.push(format!(
        "The issuer is the organisation the document's properties name (its metadata); the text uses its acronym {acronym}."
    ));
    from_properties(org, property)
}

/// The distinctive labels of the domains of the e-mail addresses in `lines` (at most
/// a dozen): "finanzen@b-tu.de" gives "btu", "tenders@ebid.org" "ebid"; mail providers
/// and generic labels ("gov", "ac", "co") are left out.
pub(super) fn email_domains<'a>(lines: impl Iterator<Item = &'a str>) -> Vec<String> {
    const GENERIC: &[&str] = &[
        "www",
        "mail",
        "email",
        "gov",
        "go",
        "gob",
        "gouv",
        "gv",
        "org",
        "com",
        "net",
        "edu",
        "ac",
        "co",
        "or",
        "int",
        "info",
        "eu",
        "gmail",
        "yahoo",
        "hotmail",
        "outlook",
        "live",
        "icloud",
        "aol",
        "protonmail",
        "gmx",
        "web",
        "orange",
        "free",
        "libero",
        "wanadoo",
    ];
    let mut out: Vec<String> = Vec::new();
    for line in lines {
        for (at, _) in line.match_indices('@').take(8) {
            let domain: String = line[at + 1..]
                .chars()
                .take_while(|c| c.is_alphanumeric() || matches!(c, '.' | '-'))
                .take(100)
                .collect();
            let labels: Vec<&str> = domain.trim_end_matches('.').split('.').collect();
            // The last label is the top-level domain.
            let Some((_, names)) = labels.split_last() else {
                continue;
            };
            let distinctive = names.iter().rev().find(|l| {
                let l = l.to_lowercase();
                l.chars().filter(|c| c.is_alphabetic()).count() >= 3
                    && !GENERIC.contains(&l.as_str())
            });
            if let Some(label) = distinctive {
                let label: String = label
                    .to_lowercase()
                    .chars()
                    .filter(|c| c.is_alphanumeric())
                    .collect();
                if !out.contains(&label) && out.len() < 12 {
                    out.push(label);
                }
            }
        }
    }
    out
}

/// Whether an organisation's name matches one of the e-mail `domains`: its acronym
/// (in brackets, or the initials of its capitalised words) or one of its words.
pub(super) fn sends_from(name: &str, domains: &[String]) -> bool {
    if domains.is_empty() {
        return false;
    }
    let words: Vec<String> = name
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    let initials: String = name
        .split(|c: char| c.is_whitespace() || c == '-')
        .filter_map(|w| w.chars().next())
        .filter(|c| c.is_uppercase())
        .flat_map(char::to_lowercase)
        .collect();
    domains
        .iter()
        .any(|d| (d.len() >= 3 && initials == *d) || words.iter().any(|w| w.len() >= 3 && w == d))
}

/// The organisation property (a DOCX's Company, a page's site name) when nothing in
/// the text names an organisation. An author property alone is not enough: it names
/// whoever made the file (a regional office relaying a call, a consultant).
pub(super) fn unconfirmed_meta_issuer(layout: &Layout, notes: &mut Vec<String>) -> Option<Value> {
    let (property, org) = meta_org(layout).filter(|(p, _)| *p == "company" || *p == "site")?;
    notes.push(
        "The issuer is the organisation the document's properties name (its metadata); the text names none."
            .into(),
    );
    from_properties(org, property)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_title_property_loses_what_software_added_and_never_panics_on_its_end() {
        assert_eq!(
            bare_property("Microsoft Word - Bieterfragen 1.docx"),
            "Bieterfragen 1"
        );
        assert_eq!(bare_property("Appel à projets.pdf"), "Appel à projets");
        assert_eq!(bare_property("בקשה להצעות מחקר"), "בקשה להצעות מחקר");
        assert_eq!(bare_property("ÉÉÉ"), "ÉÉÉ");
    }
}

#[cfg(test)]
mod email_tests {
    use super::*;

    #[test]
    fn the_senders_domain_matches_the_organisations_acronym_or_word() {
        let domains = email_domains(
            [
                "Email: finanzen@b-tu.de",
                "Send bids to tenders@ebid.org or j.doe@gmail.com.",
                "contact: appels@fondation-terres.fr; info@ministerio.gob.es",
                "E-Mail: vergabe@stadt.koeln.de",
                "Correo: compras@santafe.gov.ar",
            ]
            .into_iter(),
        );
        assert_eq!(
            domains,
            [
                "btu",
                "ebid",
                "fondationterres",
                "ministerio",
                "koeln",
                "santafe"
            ]
        );
        assert!(sends_from(
            "Brandenburgische Technische Universität",
            &domains
        ));
        assert!(sends_from(
            "ECOWAS Bank for Investment and Development (EBID)",
            &domains
        ));
        assert!(sends_from("Stadt Koeln", &domains));
        assert!(!sends_from("Agence Française de Développement", &domains));
        assert!(!sends_from("Ministry of Finance", &[]));
    }
}

#[cfg(test)]
mod layout_tests {
    use super::super::tests::names_of;
    use super::*;

    /// Hints of a case, by kind.
    type Hints<'a> = &'a [(HintKind, &'a str)];

    fn layout(hints: Hints) -> Layout {
        let mut l = Layout::new();
        for (k, t) in hints {
            l.push(*k, t);
        }
        l
    }

    #[test]
    fn a_title_ends_with_its_styled_line_where_the_next_is_in_no_style() {
        let styled = layout(&[
            (HintKind::Title, "TERMS OF REFERENCE"),
            (
                HintKind::Heading1,
                "Final Evaluation of the Rural Water Project",
            ),
        ]);
        let read = "Final Evaluation of the Rural Water Project in the districts of Ama and Obi";
        assert_eq!(
            within_styled_line(read, &styled),
            "Final Evaluation of the Rural Water Project"
        );
        // The next line styled too (a PDF's large title over two lines): whole.
        let wrapped = layout(&[
            (HintKind::Large, "Support for Community Radio"),
            (HintKind::Large, "and Local Newspapers"),
        ]);
        let read = "Support for Community Radio and Local Newspapers";
        assert_eq!(within_styled_line(read, &wrapped), read);
        // No style, or a styled line of two words: as read.
        assert_eq!(within_styled_line(read, &Layout::new()), read);
        let short = layout(&[(HintKind::Heading1, "Support for")]);
        assert_eq!(within_styled_line(read, &short), read);
    }

    #[test]
    fn a_styled_title_wins_and_is_quoted_from_the_text() {
        // Each text alone reads another line as its title (asserted below).
        let cases: &[(&str, Hints, &str)] = &[
            (
                "Ministry of Works\nProcurement of consultancy services for the design of rural water supply schemes\nRoad Safety Audit of the\nNorthern Corridor\nIntroduction\n",
                &[(
                    HintKind::Title,
                    "Road Safety Audit of the Northern Corridor",
                )],
                "Road Safety Audit of the Northern Corridor",
            ),
            (
                "Accueil\nAppel à projets : Mobilités douces 2026\nAppel à projets : Tiers-lieux ruraux 2027\nContexte\n",
                &[(
                    HintKind::Heading1,
                    "Appel à projets : Tiers-lieux ruraux 2027",
                )],
                "Tiers-lieux ruraux 2027",
            ),
            (
                "Inicio\nConvocatoria de ayudas al comercio local 2026\nAyudas a la innovación social 2027\nBases\n",
                &[(HintKind::Title, "Ayudas a la innovación social 2027")],
                "Ayudas a la innovación social 2027",
            ),
        ];
        for (text, hints, want) in cases {
            assert_eq!(
                names_of(text, &layout(hints)).0.as_deref(),
                Some(*want),
                "{text}"
            );
            // The style decides: the text alone reads another title. And the value is
            // quoted from the text, not from the hint.
            let pages = [*text];
            let l = crate::text::lines(&pages, &crate::limits::StopFlag::default()).unwrap();
            let n = super::super::names(&l, &layout(hints));
            let quote = n.title.as_ref().and_then(|t| t["quote"].as_str());
            // As the quote check reads it: whitespace collapsed.
            let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
            assert!(quote.is_some_and(|q| flat.contains(q)), "{text}: {quote:?}");
            assert_ne!(
                names_of(text, &Layout::new()).0.as_deref(),
                Some(*want),
                "{text}: the hint made no difference"
            );
        }
    }

    #[test]
    fn a_section_heading_style_is_not_the_title() {
        let text =
            "Digital Archive Platform for the Regional Museum\n1. Contexte\nTexte.\n2. Objectifs\n";
        let many = layout(&[
            (HintKind::Heading1, "Contexte"),
            (HintKind::Heading1, "Objectifs"),
            (HintKind::Heading1, "Budget"),
        ]);
        assert_eq!(
            names_of(text, &many).0.as_deref(),
            Some("Digital Archive Platform for the Regional Museum")
        );
    }

    #[test]
    fn a_title_property_is_used_only_where_the_text_bears_it_out() {
        let text = "Page 1\nthe supply of promotional items for 2026\n";
        let template = layout(&[(HintKind::MetaTitle, "Microsoft Word - DAO Fournitures.docx")]);
        assert_ne!(
            names_of(text, &template).0.as_deref(),
            Some("DAO Fournitures")
        );
        let confirmed = layout(&[(HintKind::MetaTitle, "Supply of Promotional Items 2026")]);
        assert_eq!(
            names_of(text, &confirmed).0.as_deref(),
            Some("Supply of Promotional Items 2026")
        );
    }

    #[test]
    fn every_quote_is_in_the_text_and_odd_case_mappings_do_not_panic() {
        use crate::limits::StopFlag;
        use crate::text::lines;
        let cases: &[(&str, Hints)] = &[
            // 'Ⱥ' lower-cases one byte longer and 'ẞ' one shorter: the line's length is
            // kept, its offsets are not.
            (
                "Questions go to Ⱥ Éxito Agency staff ẞ.\n",
                &[(HintKind::MetaCompany, "Éxito Agency")],
            ),
            (
                "Queries go to Ⱥ Ministry of Health staff ẞ.\n",
                &[(HintKind::MetaCompany, "Ministry of Health")],
            ),
            (
                "Page 1\nthe supply of promotional items for 2026\n",
                &[(HintKind::MetaTitle, "Supply of Promotional Items 2026")],
            ),
            (
                "Bids are invited for road works.\n",
                &[(HintKind::MetaCompany, "Northern Water Authority")],
            ),
        ];
        for (text, hints) in cases {
            let pages = [*text];
            let l = lines(&pages, &StopFlag::default()).unwrap();
            let n = super::super::names(&l, &layout(hints));
            for v in [n.title, n.issuer].into_iter().flatten() {
                let value = v["value"].as_str().unwrap();
                assert!(!value.starts_with("inistry"), "{text}: {value}");
                match v["quote"].as_str() {
                    Some(q) => assert!(text.contains(q), "{text}: quote {q:?}"),
                    None => assert!(v["source"].is_string(), "{text}: {v}"),
                }
            }
        }
    }

    #[test]
    fn an_organisation_in_the_properties_needs_the_texts_confirmation() {
        let text = "Questions and answers\n1. Question: is OSPI open to new tools?\nAnswer: OSPI is interested.\nOSPI will post the answers.\n";
        let org = layout(&[(HintKind::MetaAuthor, "OSPI Procurement Office")]);
        assert_eq!(
            names_of(text, &org).1.as_deref(),
            Some("OSPI Procurement Office")
        );
        // A lender's template: its author is named in the text only as the lender.
        let text = "The Borrower has received financing from the World Bank toward the cost of the project.\nBids are invited for road works.\n";
        let template = layout(&[(HintKind::MetaAuthor, "World Bank")]);
        assert_eq!(names_of(text, &template).1, None);
        for not_org in [
            "Microsoft Office User",
            "Flinker, Anne",
            "Alicia LUCIDI",
            "Jean-Jacques Raoul",
            "admin",
        ] {
            assert!(!looks_like_org(not_org), "{not_org}");
        }
        for org in [
            "Regione Lombardia",
            "Stadtverwaltung Jena",
            "UNICEF",
            "Ayuntamiento de Jaén",
        ] {
            assert!(looks_like_org(org), "{org}");
        }
    }

    #[test]
    fn a_large_line_is_the_title_where_the_title_property_agrees() {
        let text = "Department of Rural Affairs\nRequest for Proposals\nReference DRA/2027/04\nIssued 3 March 2027\nRural Broadband\nVouchers Scheme 2027\nKey Dates\n";
        let meta = (
            HintKind::MetaTitle,
            "Microsoft Word - DRA-2027-04 Rural Broadband Vouchers Scheme 2027.docx",
        );
        let cases: &[(&str, Hints, Option<&str>)] = &[
            (
                "the type size and the property agree, over a wrapped line",
                &[
                    (HintKind::Large, "Rural Broadband Vouchers Scheme 2027"),
                    meta,
                ],
                Some("Rural Broadband Vouchers Scheme 2027"),
            ),
            ("nor is the property alone, here", &[meta], None),
            (
                "a large line alone is no title",
                &[(HintKind::Large, "Rural Broadband Vouchers Scheme 2027")],
                None,
            ),
            (
                "a property that names another subject confirms nothing",
                &[
                    (HintKind::Large, "Rural Broadband Vouchers Scheme 2027"),
                    (HintKind::MetaTitle, "Annual Procurement Plan"),
                ],
                None,
            ),
        ];
        let plain = names_of(text, &Layout::new()).0;
        assert_ne!(
            plain.as_deref(),
            Some("Rural Broadband Vouchers Scheme 2027")
        );
        for (what, hints, want) in cases {
            let got = names_of(text, &layout(hints)).0;
            match want {
                Some(want) => assert_eq!(got.as_deref(), Some(*want), "{what}"),
                None => assert_eq!(got, plain, "{what}"),
            }
        }
    }

    #[test]
    fn a_large_kind_step_question_or_issuer_is_never_the_title() {
        let text = "Ministry of Health\nRequest for Proposals\nSection 2: Eligibility\nWho can apply?\nMaternal Health Outreach Programme 2027\nThe Ministry invites proposals.\n";
        let plain = names_of(text, &Layout::new()).0;
        for large in [
            "Request for Proposals",
            "Section 2: Eligibility",
            "Who can apply?",
            "Ministry of Health",
        ] {
            let l = layout(&[(HintKind::Large, large), (HintKind::MetaTitle, large)]);
            let got = names_of(text, &l).0;
            assert_ne!(got.as_deref(), Some(large), "{large}");
            assert_eq!(got, plain, "{large}");
        }
    }
}
