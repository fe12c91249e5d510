//! The issuer: a labelled field; the letterhead (a line near the top that is an
//! organisation's name); the organisation "issued by / on behalf of / pour le compte
//! de …" names (the one an agent acts for, when a line names both); the organisation
//! a letter is signed for (a cue, or the name under its closing formula); the
//! organisation the file's properties name, when the text confirms it; the subject of
//! an inviting sentence ("X is seeking …", "X lance …"); the organisation a sentence
//! presents by its kind ("L'association X œuvre …", "X is a non-profit organisation");
//! else the organisation the
//! first pages name most often, leaving out those named in passing (a funder, a tax
//! authority, a place in the scope), a person's post and an address label; then the
//! properties' organisation alone; and last, the organisation the e-mail domain
//! spells ([`super::signs`]).

use std::collections::HashMap;
use std::sync::LazyLock;

use regex::Regex;
use serde_json::Value;

use super::cues::{
    bare_cue, cued_issuer, is_address_label, is_funding_caption, is_passing_mention,
    is_picture_caption, is_position, is_question, is_sentence, is_tax_authority,
};
use super::evidence::{confirmed_meta_issuer, looks_like_org, unconfirmed_meta_issuer};
use super::*;
use crate::text::{Line, quote_line, re};

/// How many lines a cue ("issued by …") is looked for in.
const CUE_LINES: usize = TOP_LINES;

/// An organisation's name inside a sentence: capitalised words around an
/// organisation word, with its acronym.
const ORG_NAME: &str = r"(?:(?:The|La|Le|El|Il|Die|Der|L['’])\s?)?(?:\p{Lu}\.(?:\p{Lu}\.)+|\p{Lu}(?:[\p{L}&'’-]|\.\p{L})*)(?:\s+(?:e d[aoe]s?|y de(?:l| la)?|et d(?:es|e|u)|and the|of the|und d(?:er|ie|es)|of|for|and|on|de l['’]|dell['’]|de|du|des|de la|del|della|delle|dei|degli|di|dos|das|do|da|ao|aos|für|und|et|y|e|d['’])?\s*(?:\p{Lu}\.(?:\p{Lu}\.)+|\p{Lu}(?:[\p{L}&'’-]|\.\p{L})*)){1,8}(?:\s*[(\[](?:“|\x22)?\p{Lu}[\p{Lu}\p{N}&-]{1,10}(?:”|\x22)?[)\]])?";

/// [`ORG_NAME`] where a text's slice starts.
static ORG_NAME_HERE: LazyLock<Regex> = LazyLock::new(|| re(&format!("^(?:{ORG_NAME})")));

/// The spans of the organisations' names in `text`, leftmost first, none overlapping:
/// each is tried where a name may start (the text's start, or after a space, a
/// bracket or a quote, at a capital) and read forward from there. Searching the whole
/// line for `(?:^|[\s(“'’])(name)` instead ran a large reverse DFA to find each
/// match's start, and building that DFA's states anew for each document was most of
/// the issuer's time on a document read once (the same names are found).
pub(super) fn org_names(text: &str) -> impl Iterator<Item = (usize, usize)> + '_ {
    let mut next = 0;
    let edges = text
        .char_indices()
        .filter(|(_, c)| c.is_whitespace() || ['(', '“', '\'', '’'].contains(c))
        .map(|(i, c)| (i, i + c.len_utf8()));
    std::iter::once((0, 0))
        .chain(edges)
        .filter_map(move |(edge, at)| {
            let opens = text[at..].chars().next().is_some_and(char::is_uppercase);
            if edge < next || !opens {
                return None;
            }
            let m = ORG_NAME_HERE.find(&text[at..])?;
            next = at + m.end();
            Some((at, next))
        })
}

/// The issuer, with its quote; `title_quote` is the title's (whose lines are not the
/// issuer), and `notes` says where an issuer from the properties came from.
pub(super) fn issuer(
    lines: &[Line],
    layout: &Layout,
    title_quote: &str,
    notes: &mut Vec<String>,
) -> Option<Value> {
    let mut i = any_issuer(lines, layout, title_quote, notes)?;
    if let Some(v) = i["value"].as_str() {
        let bare = without_address_tail(v);
        let meta = super::evidence::meta_org(layout)
            .filter(|(p, _)| *p == "company" || *p == "site")
            .map(|(_, org)| org);
        let domains = super::evidence::email_domains(lines.iter().take(2000).map(|l| l.text));
        let bare = super::units::part_the_evidence_names(bare, meta, &domains)
            .unwrap_or_else(|| super::units::parent_of_unit(bare));
        if bare.len() < v.len() && letter_words(bare) >= 1 {
            i["value"] = bare.into();
        }
    }
    Some(i)
}

/// An organisation's name without the address written after it on its line: a
/// street, a post box or a postcode after a comma or a dash ("Ministry of Water, P.O.
/// Box 30521", "Stadtverwaltung Lindenau, Marktplatz 1", "… Universität
/// Cottbus-Senftenberg, Platz der", "… TECHNOLOGY, JAMSHEDPUR - 831014" loses its
/// postcode); a footer's or letterhead's cells after a bar or a middle dot, from the
/// first that holds a number ("Stiftung Lebendige Auen | Uferweg 7 | 01234 Neustadt").
fn without_address_tail(name: &str) -> &str {
    static TAIL: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"(?i)(?:,\s*(?:p\.?\s?o\.?\s|b\.?\s?p\.?\s|box\s|postfach|apartado|casilla|caixa postal|[0-9]|\p{L}*(?:platz|stra(?:ss|ß)e|allee|gasse)\b|(?:street|avenue|road|boulevard|rue|calle|via|viale|piazza|corso|avenida|rua|plot|suite|floor)\b).*|\s+[|·•]\s+[^|·•]*[0-9].*|[\s,–—-]+[0-9]{5,6})$",
        )
    });
    TAIL.find(name)
        .map_or(name, |m| name[..m.start()].trim_end())
}

fn any_issuer(
    lines: &[Line],
    layout: &Layout,
    title_quote: &str,
    notes: &mut Vec<String>,
) -> Option<Value> {
    let counts = repeated(lines);
    let top = &lines[..lines.len().min(TOP_LINES)];
    if let Some(i) = labelled(top, title_quote) {
        return Some(i);
    }
    // A line that is an organisation's name: at the very top, a letterhead; further
    // down, weaker than the properties' organisation confirmed by the text.
    // Not the title nor its tail either: the title's own line ("Independent Audit of
    // the Lakeside Youth Sports Association"), or a line that continues the line
    // before it inside the title's quote (a letterhead the title merely names stays
    // one).
    let tail_of_title = |i: usize| {
        title_quote == top[i].text
            || (i > 0 && title_quote.contains(&format!("{} {}", top[i - 1].text, top[i].text)))
    };
    let letterhead = |i: usize| {
        let l = &top[i];
        (is_org_line(l.text) || super::units::names_a_country_office(l.text))
            && !is_noise(l.text, &counts)
            && !DOC_TYPE.is_match(l.text)
            && !has_sentence_stop(l.text)
            && letter_words(l.text) <= 10
            && !is_position(l.text)
            && !is_address_label(l.text)
            && !is_question(l.text)
            && !is_funding_caption(l.text)
            && !is_picture_caption(l.text)
            && !tail_of_title(i)
    };
    let org_line = (0..top.len().min(30)).find(|&i| letterhead(i));
    if let Some(mut i) = org_line {
        // A letterhead's stack names the state, then its ministry, then the body
        // that asks: the last of them that is no unit of the one above.
        while i + 1 < top.len()
            && top[i + 1].page == top[i].page
            && super::units::heads_a_stack(top[i].text, top[i + 1].text)
            && letterhead(i + 1)
        {
            i += 1;
        }
        let name = with_name_tail(top, i, &counts);
        return found(clean_value(&name), quote_line(&name));
    }
    if let Some(i) = super::shapes::spelt_out_acronym(lines) {
        return Some(i);
    }
    if let Some(i) = cued(&lines[..lines.len().min(CUE_LINES)], title_quote) {
        return Some(i);
    }
    if let Some(i) = signed_for(lines, title_quote) {
        return Some(i);
    }
    if let Some(i) = super::signs::signed_under_closing(lines) {
        return Some(i);
    }
    if let Some(i) = confirmed_meta_issuer(lines, layout, notes) {
        return Some(i);
    }
    if let Some(i) = super::signs::inviting_subject(lines, title_quote) {
        return Some(i);
    }
    if let Some(i) = super::signs::presented_organisation(lines, title_quote) {
        return Some(i);
    }
    most_named(lines, title_quote)
        .or_else(|| unconfirmed_meta_issuer(layout, notes))
        .or_else(|| super::signs::domain_name(lines))
        .or_else(|| short_name(lines))
        .or_else(|| super::unnamed::unnamed_issuer(lines, title_quote))
}

/// A letterhead's name with the line it wraps onto ("Ministerium für Klimaschutz,
/// Umwelt und Landwirtschaft" / "des Landes Nordwestfalen", "Ministère de l'Économie
/// et" / "des Finances"): the next line of the same page, short, without a digit, that
/// opens in lower case or follows a line ending on a joining word.
fn with_name_tail(top: &[Line], i: usize, counts: &HashMap<&str, usize>) -> String {
    let line = top[i].text;
    let Some(next) = top.get(i + 1) else {
        return line.to_owned();
    };
    let joins = line
        .split_whitespace()
        .last()
        .is_some_and(|w| JOINERS.contains(&w.to_lowercase().as_str()));
    // A name's genitive or its last member goes on ("des Landes …", "et des
    // Finances"); a partner or a place does not ("in Zusammenarbeit mit …").
    const TAIL_WORDS: &[&str] = &[
        "des", "der", "du", "de", "del", "della", "delle", "dello", "degli", "di", "do", "da",
        "dos", "das", "of", "et", "and", "y", "e", "und", "für", "for", "pour", "para", "per",
    ];
    let first = next
        .text
        .split(|c: char| c.is_whitespace() || c == '\'' || c == '’')
        .next()
        .unwrap_or_default();
    let lower = TAIL_WORDS.contains(&first) || first == "d" || first == "l";
    let tail = next.page == top[i].page
        && (joins || lower)
        && letter_words(next.text) <= 6
        && !next.text.chars().any(|c| c.is_ascii_digit())
        && !next.text.contains(['@', ':', ';', '.'])
        && !is_noise(next.text, counts)
        && !is_sentence(next.text);
    if tail {
        format!("{line} {}", next.text.trim())
    } else {
        line.to_owned()
    }
}

/// Whether a line has a sentence's stop: a semicolon or a full stop, other than the
/// dots of a legal form or of initials ("Sportverein Grünwiese e.V.", "S.p.A.",
/// "Acme Ltd.", "U.S."). An article's number ("ART. 116") is a stop: a line of a
/// procedure, not a name.
fn has_sentence_stop(text: &str) -> bool {
    const FORMS: &[&str] = &["Ltd.", "Inc.", "Co.", "Corp.", "Ltda."];
    let dotted = |w: &str| {
        let w = w.trim_end_matches([',', ')']);
        FORMS.contains(&w)
            || (w.ends_with('.')
                && w.split_terminator('.')
                    .all(|part| (1..=2).contains(&part.chars().count())))
    };
    text.contains(';')
        || text
            .split_whitespace()
            .take(40)
            .any(|w| w.contains('.') && !dotted(w))
}

/// Lower-case adjectives that are part of an organisation's name in French, Spanish,
/// Italian, Portuguese and German ("Agence nationale", "Direzione generale",
/// "Agencia estatal", "Bundesamt für zivile …"); never a verb.
const NAME_ADJECTIVES: &[&str] = &[
    "nationale",
    "national",
    "nacional",
    "nazionale",
    "générale",
    "général",
    "general",
    "generale",
    "geral",
    "régionale",
    "régional",
    "regional",
    "regionale",
    "territoriale",
    "territorial",
    "départementale",
    "départemental",
    "municipale",
    "federal",
    "fédérale",
    "fédéral",
    "federale",
    "européenne",
    "europea",
    "europeo",
    "europeu",
    "europeia",
    "estatal",
    "statale",
    "supérieure",
    "supérieur",
    "superior",
    "superiore",
    "provinciale",
    "provincial",
    "autonome",
    "autónoma",
    "autonoma",
    "autónoma",
    "interministérielle",
    "interministériel",
    "regionalen",
    "nationalen",
    "intercommunal",
    "intercommunale",
    "intercommunaux",
    "intermunicipal",
    "intermunicipale",
    "intercomunale",
    "scolaire",
    "comarcal",
    "métropolitain",
    "métropolitaine",
    "metropolitano",
    "metropolitana",
    "europäischen",
    "zivile",
    "ländlichen",
    "communal",
    "communale",
    "sociale",
    "social",
    "municipal",
    "publique",
    "public",
    "pública",
    "público",
    "pubblico",
    "pubblica",
    // The kinds of a body that follow its word: "Syndicat mixte", "Centre hospitalier
    // universitaire", "Azienda ospedaliera", "Consorcio mixto".
    "mixte",
    "mixto",
    "misto",
    "hospitalier",
    "hospitalière",
    "hospitalario",
    "universitaire",
    "universitario",
    "universitaria",
    "ospedaliera",
    "ospedaliero",
    "sanitaire",
    "sanitaria",
    "sanitario",
];

/// The small words that join the parts of a name in those languages, an article
/// with them ("de la", "per la", "para a", "für den").
const NAME_JOINERS: &[&str] = &[
    "de", "du", "des", "del", "della", "delle", "dei", "degli", "di", "do", "da", "dos", "das",
    "per", "para", "pour", "für", "et", "y", "e", "und",
];
const NAME_ARTICLES: &[&str] = &[
    "la", "le", "les", "el", "los", "las", "il", "lo", "i", "gli", "a", "o", "os", "as", "die",
    "den", "der", "das", "dos", "des", "du", "del", "della", "do", "da",
];

/// Names that start with a capitalised organisation word and go on in lower case
/// ("L'Agence nationale de la cohésion des territoires lance …" gives "Agence
/// nationale de la cohésion des territoires"): the word, then its adjectives and
/// the parts a joining word brings ("de la cohésion", "per la coesione"), until a
/// word that neither qualifies nor is joined (the sentence's verb). Byte spans in
/// `line`; at most a few a line, each of at most a dozen words.
pub(super) fn names_with_lower_case_words(line: &str) -> Vec<(usize, usize)> {
    const MAX_WORDS: usize = 12;
    let words: Vec<(usize, &str)> = line
        .split_whitespace()
        .take(120)
        .map(|w| (w.as_ptr() as usize - line.as_ptr() as usize, w))
        .collect();
    let bare = |w: &str| {
        w.trim_matches(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’')
            .to_lowercase()
    };
    let elided = |w: &str| w.rsplit(['\'', '’']).next().unwrap_or(w).to_owned();
    let mut spans = Vec::new();
    let mut k = 0;
    while k < words.len() && spans.len() < 4 {
        let (at, w) = words[k];
        let head = elided(w.trim_start_matches(['(', '"', '“', '«']));
        if !head.starts_with(char::is_uppercase) || !is_org_word(&bare(&head)) {
            k += 1;
            continue;
        }
        let start = at + w.len() - head.len();
        let mut end = at
            + w.trim_end_matches([',', '.', ';', ')', '"', '”', '»'])
                .len();
        let mut lower_parts = 0;
        // Whether a part has been joined to the name yet ("de l'eau").
        let mut joined = false;
        let mut j = k + 1;
        while j < words.len() && j - k < MAX_WORDS {
            let (wat, ww) = words[j];
            let b = bare(ww);
            if ww.ends_with([',', ';', ':', '.']) && NAME_ADJECTIVES.contains(&b.as_str()) {
                end = wat + ww.trim_end_matches([',', ';', ':', '.']).len();
                lower_parts += 1;
                break;
            }
            if NAME_ADJECTIVES.contains(&b.as_str()) {
                end = wat + ww.len();
                lower_parts += 1;
                j += 1;
                continue;
            }
            // A part joined by an elided "de" ("Communauté d'agglomération", "Chambre
            // d'agriculture").
            if let Some(part) = b.strip_prefix("d'").or_else(|| b.strip_prefix("d’"))
                && part.chars().filter(|c| c.is_alphabetic()).count() >= 3
            {
                end = wat
                    + ww.trim_end_matches([',', '.', ';', ')', '"', '”', '»'])
                        .len();
                lower_parts += 1;
                joined = true;
                j += 1;
                if ww.ends_with([',', ';', ':', '.']) {
                    break;
                }
                continue;
            }
            // A lower-case adjective of the part just joined, when the name goes on
            // after it with a joining word and a capitalised part ("Régie … de l'eau
            // potable des Deux-Rives", "Ministère des Affaires étrangères et du
            // Commerce"): a sentence's verb is seldom followed so.
            let goes_on = |n: usize| {
                let mut n = n;
                if words
                    .get(n)
                    .is_some_and(|w| NAME_ARTICLES.contains(&bare(w.1).as_str()))
                {
                    n += 1;
                }
                words
                    .get(n)
                    .is_some_and(|w| elided(w.1).starts_with(char::is_uppercase))
            };
            if joined
                && ww.starts_with(char::is_lowercase)
                && !ww.ends_with([',', ';', ':', '.'])
                && !NAME_JOINERS.contains(&b.as_str())
                && words
                    .get(j + 1)
                    .is_some_and(|w| NAME_JOINERS.contains(&bare(w.1).as_str()))
                && goes_on(j + 2)
            {
                lower_parts += 1;
                j += 1;
                continue;
            }
            if !NAME_JOINERS.contains(&b.as_str()) || ww.ends_with([',', ';', ':', '.']) {
                break;
            }
            // A joining word, maybe an article, then the part it joins.
            let mut n = j + 1;
            if n < words.len() && NAME_ARTICLES.contains(&bare(words[n].1).as_str()) {
                n += 1;
            }
            // "für regionalen Zusammenhalt": the part's adjectives before it; a
            // lower-case word before a capitalised noun is one too ("für ländliche
            // Räume").
            let adjective = |n: usize| {
                NAME_ADJECTIVES.contains(&bare(words[n].1).as_str())
                    || (words[n].1.starts_with(char::is_lowercase)
                        && !NAME_JOINERS.contains(&bare(words[n].1).as_str())
                        && words[n + 1].1.starts_with(char::is_uppercase))
            };
            while n + 1 < words.len()
                && n - j < 4
                && adjective(n)
                && !words[n].1.ends_with([',', ';', ':', '.'])
            {
                n += 1;
                lower_parts += 1;
            }
            let Some(&(pat, part)) = words.get(n) else {
                break;
            };
            let part_bare = elided(&bare(part));
            if part_bare.chars().filter(|c| c.is_alphabetic()).count() < 3 {
                break;
            }
            end = pat
                + part
                    .trim_end_matches([',', '.', ';', ')', '"', '”', '»'])
                    .len();
            if part.starts_with(char::is_lowercase) || part.contains(['\'', '’']) {
                lower_parts += 1;
            }
            joined = true;
            j = n + 1;
            if part.ends_with([',', ';', ':', '.']) {
                break;
            }
        }
        // Only a name with a lower-case part is new here: the others are read by
        // org_names.
        if lower_parts > 0 && end > start {
            spans.push((start, end));
        }
        k = j.max(k + 1);
    }
    spans
}

/// A name without the capitalised small word a sentence starts with ("Als Agentur
/// haben wir…", "As a Foundation we…", "Pour la Commune…"): a preposition, a pronoun
/// or a conjunction is never the first word of an organisation's name.
fn without_leading_small_word(name: &str) -> &str {
    const SMALL: &[&str] = &[
        "As", "For", "In", "On", "At", "By", "With", "From", "To", "If", "When", "We", "Our",
        "Pour", "Par", "Avec", "Dans", "Sur", "Si", "Quand", "Nous", "Notre", "Para", "Por", "Con",
        "En", "Desde", "Cuando", "Nosotros", "Nuestra", "Per", "Da", "Di", "Su", "Quando", "Noi",
        "Nostra", "Pelo", "Pela", "Em", "Nós", "Nossa", "Als", "Für", "Mit", "Von", "Bei", "Nach",
        "Durch", "Über", "Wenn", "Wir", "Unsere", "Unser",
    ];
    match name.split_once(' ') {
        Some((first, rest)) if SMALL.contains(&first) => rest.trim_start(),
        _ => name,
    }
}

/// Whether a line is about a bidder's papers ("a tax compliance certificate from the
/// Kenya Revenue Authority"): the tax authority it names is not the issuer (one that
/// issues its own tender names itself in other sentences too).
fn names_a_bidders_paper(line: &str) -> bool {
    let lower = line.to_lowercase();
    [
        "certificat",
        "compliance",
        "clearance",
        "attestation",
        "registration",
        "registered",
        "bescheinigung",
        "certidão",
        "certificado",
        "certificato",
        " pin",
    ]
    .iter()
    .any(|w| lower.contains(w))
}

/// The organisation a cue names ("issued by", "on behalf of", "pour le compte de"…),
/// outside the title's lines: on the cue's line, or on the next line when the cue
/// ends its line (a signature block: "For and on behalf of" / "Lakeside Water
/// Authority").
fn cued(lines: &[Line], title_quote: &str) -> Option<Value> {
    let in_title = |text: &str| !title_quote.is_empty() && title_quote.contains(text);
    lines.iter().enumerate().find_map(|(i, l)| {
        if in_title(l.text) {
            return None;
        }
        if let Some(cue) = bare_cue(l.text) {
            let next = lines.get(i + 1).filter(|n| !in_title(n.text))?;
            let joined = format!("{cue} {}", next.text);
            let (name, at) = cued_issuer(&joined)?;
            let offset = cue.len() + 1;
            if at.start < offset || is_tax_authority(name) || DOC_TYPE.is_match(name) {
                return None;
            }
            let at = at.start - offset..at.end - offset;
            return found(clean_value(name), crate::text::quote(next.text, at));
        }
        let (name, at) = cued_issuer(l.text)?;
        if is_tax_authority(name) || DOC_TYPE.is_match(name) {
            return None;
        }
        found(clean_value(name), crate::text::quote(l.text, at))
    })
}

/// How many lines at the end of a document its signature block is looked for in.
const SIGNATURE_LINES: usize = 40;

/// The organisation the signature block at the end of the document signs for ("For
/// and on behalf of" / "Lakeside Water Authority", "Im Auftrag von" / …).
fn signed_for(lines: &[Line], title_quote: &str) -> Option<Value> {
    let start = lines.len().saturating_sub(SIGNATURE_LINES).max(CUE_LINES);
    cued(lines.get(start..)?, title_quote)
}

/// Whether the words after a name (on its line, the rest of a longer name between)
/// give it a short name for the rest of the document: "(hereafter referred to as …)", "(ci-après …)", "(en adelante …)", "(di seguito …)",
/// "(doravante …)", "(im Folgenden …)".
fn defines_a_short_name(after: &str) -> bool {
    static DEFINES: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"(?i)\(\s*(?:here(?:in)?after|ci-apr[èe]s|en adelante|en lo sucesivo|di seguito|doravante|(?:im )?(?:folgenden|nachfolgend))",
        )
    });
    // The rest of the name's line, a short way: "Ministry of Commerce, Industry &
    // Investment Promotion (hereafter …".
    DEFINES.is_match(crate::limits::cap_bytes(after, 120))
}

/// A labelled field's issuer ("Issued by: …", or the line below a bare label; not a
/// line of the title: "Vergabestelle" alone on a cover names an office, and the line
/// below it may be the title's).
fn labelled(top: &[Line], title_quote: &str) -> Option<Value> {
    for (i, l) in top.iter().enumerate() {
        let field = as_field(l.text);
        let Some(c) = ISSUER_LABEL.captures(&field) else {
            continue;
        };
        let value = c.get(1).map_or("", |m| m.as_str()).trim();
        let value = value.trim_start_matches("<br>").trim();
        // A form's blank names nobody: "[insert name of the Employer]", "______".
        let blank =
            value.starts_with(['[', '_', '<', '…']) || value.to_lowercase().contains("insert");
        if blank {
            continue;
        }
        if letter_words(value) >= 1 && !value.contains('@') && !value.ends_with(':') {
            match signer(value, top.get(i + 1).map(|n| n.text)) {
                Some(Some(org)) => return found(clean_value(org), quote_line(org)),
                Some(None) => continue,
                None => return found(clean_value(value), quote_line(l.text)),
            }
        }
        if value.is_empty() {
            let next = top[i + 1..]
                .iter()
                .take(3)
                .position(|n| letter_words(n.text) >= 1 && !n.text.starts_with("<br"))
                .map(|k| i + 1 + k);
            if let Some(k) = next
                && let Some(org) = signer(top[k].text, top.get(k + 1).map(|n| n.text))
            {
                match org {
                    Some(org) => return found(clean_value(org), quote_line(org)),
                    None => continue,
                }
            }
            let next = next.map(|k| &top[k]);
            let blank = |t: &str| {
                t.starts_with(['[', '_', '<', '…']) || t.to_lowercase().contains("insert")
            };
            // A line of the title is no issuer unless it names an organisation.
            let in_title = |t: &str| {
                !title_quote.is_empty()
                    && title_quote.contains(t)
                    && !has_org_word(&format!(" {} ", t.to_lowercase()))
            };
            if let Some(n) = next.filter(|n| {
                !n.text.ends_with(':')
                    && !n.text.contains('@')
                    && !blank(n.text)
                    && !in_title(n.text)
            }) {
                return found(clean_value(n.text), quote_line(n.text));
            }
        }
    }
    None
}

/// Whether a label's value is the person who signs, not the organisation: a name of
/// two to four capitalised words without an organisation word, with the signer's post
/// on the line below ("Issued by:" / "Rosa Delgado-Finch" / "Procurement Officer,
/// County of Marlow Hills"). Gives the organisation the post names after a comma, if
/// any (`Some(None)`: a signer, no organisation).
fn signer<'a>(value: &str, below: Option<&'a str>) -> Option<Option<&'a str>> {
    let below = below?.trim();
    let words: Vec<&str> = value.split_whitespace().collect();
    let person = (2..=4).contains(&words.len())
        && words
            .iter()
            .all(|w| w.chars().next().is_some_and(char::is_uppercase))
        && !value.chars().any(|c| c.is_ascii_digit())
        && !has_org_word(&format!(" {} ", value.to_lowercase()))
        && !looks_like_org(value);
    if !person || !is_position(below) {
        return None;
    }
    let org = below
        .split_once(',')
        .map(|(_, org)| org.trim())
        .filter(|org| has_org_word(&format!(" {} ", org.to_lowercase())) && !is_position(org));
    Some(org)
}

/// A name's standing: (it has an organisation word, the e-mail addresses are its),
/// its mentions, its line, the name and the line.
type Named<'a> = ((bool, bool), usize, usize, &'a str, &'a str);

/// The organisation named in the first sentences (or, in a long document, the first
/// pages) the most often.
fn most_named(lines: &[Line], title_quote: &str) -> Option<Value> {
    // An organisation named in the first sentences (or, in a long document, the
    // first pages), the most often named one.
    // The sender's domain of the document's e-mail addresses: a name whose acronym or
    // a word of which is that domain ("tenders@ebid.org", "ECOWAS Bank for Investment
    // and Development (EBID)") is the one that asks.
    let domains = super::evidence::email_domains(lines.iter().take(SENTENCE_LINES).map(|l| l.text));
    let mut best: Option<Named> = None;
    // How often a name is written in the document's first pages, counted once a name.
    // Bounded whatever the document: the text counted in is at most
    // MENTION_TEXT_BYTES, and at most MAX_COUNTED names are counted (later ones
    // count as never mentioned again), so a page of invented names costs
    // MAX_COUNTED scans of a bounded text, not one per name over the whole document.
    let joined: String = lines
        .iter()
        .take(2000)
        .map(|l| l.text)
        .collect::<Vec<_>>()
        .join("\n");
    let haystack = crate::limits::cap_bytes(&joined, MENTION_TEXT_BYTES);
    let mut counted: HashMap<String, usize> = HashMap::new();
    let mut count = |needle: &str| -> usize {
        if let Some(n) = counted.get(needle) {
            return *n;
        }
        if counted.len() >= MAX_COUNTED {
            return 0;
        }
        let n = haystack.matches(needle).count();
        counted.insert(needle.to_owned(), n);
        n
    };
    for (i, l) in lines.iter().take(SENTENCE_LINES).enumerate() {
        // Each name's span, and whether it was read as an organisation word's name
        // in lower case (one by construction).
        let spans: Vec<(usize, usize, bool)> = org_names(l.text)
            .take(20)
            .map(|(start, end)| (start, end, false))
            .chain(
                names_with_lower_case_words(l.text)
                    .into_iter()
                    .map(|(s, e)| (s, e, true)),
            )
            .collect();
        for (start, end, lower_case_name) in spans {
            let name = without_leading_small_word(l.text[start..end].trim());
            // "Head Office: …" labels an address.
            if l.text[end..].trim_start().starts_with(':') {
                continue;
            }
            let articles = [
                "the ", "la ", "le ", "el ", "il ", "die ", "der ", "l'", "l’",
            ];
            let bare = articles
                .iter()
                .find_map(|a| name.to_lowercase().starts_with(a).then(|| &name[a.len()..]))
                .unwrap_or(name);
            // A name with its acronym, the acronym used throughout the document, is an
            // organisation even without an organisation word ("Publiez Ce Que Vous
            // Payez Madagascar (PCQVP)").
            if letter_words(bare) < 2
                || DOC_TYPE.is_match(name)
                || (is_tax_authority(name) && names_a_bidders_paper(l.text))
                || is_position(name)
                || super::cues::is_role(bare)
                || is_passing_mention(&l.text[..start], name)
                || is_the_title(name, title_quote)
            {
                continue;
            }
            let org = lower_case_name || is_org_line(name);
            let acronym_used = !org
                && i < TOP_LINES
                && name.rfind(['(', '[']).is_some_and(|open| {
                    let acr = name[open + 1..]
                        .trim_end_matches([')', ']'])
                        .trim_matches(['"', '“', '”']);
                    acr.len() >= 2 && count(acr) >= 3
                });
            if !(org || acronym_used) {
                continue;
            }
            let mentions = count(name);
            // A name written once, past the first page's lines, is no evidence of who
            // asks (another tender's issuer in a bidder's question, a reference),
            // unless the text names it there for the rest of the document ("… (hereafter
            // referred to as the Ministry)").
            if mentions < 2 && i >= TOP_LINES && !defines_a_short_name(&l.text[end..]) {
                continue;
            }
            // Named with an organisation word beats named with an acronym only.
            let rank = (org, super::evidence::sends_from(name, &domains));
            if best.is_none_or(|(o, m, j, _, _)| {
                (rank, mentions, std::cmp::Reverse(i)) > (o, m, std::cmp::Reverse(j))
            }) {
                best = Some((rank, mentions, i, name, l.text));
            }
        }
    }
    best.and_then(|(_, _, _, name, line)| {
        found(
            clean_value(name),
            crate::text::quote(line, line.find(name).map_or(0..0, |s| s..s + name.len())),
        )
    })
}

/// Whether `name` is the title itself, or most of it ("Supply of Office Furniture"
/// has an organisation word, but it is what is bought, not who buys).
fn is_the_title(name: &str, title_quote: &str) -> bool {
    let title = title_quote.trim();
    !title.is_empty() && title.contains(name) && name.len() * 3 >= title.len() * 2
}

/// Acronyms that name a thing, a currency or a kind of document, not an organisation.
pub(super) const THING_ACRONYMS: &[&str] = &[
    "VAT", "IVA", "TVA", "MWST", "EUR", "USD", "GBP", "CHF", "PDF", "DOC", "DOCX", "XLS", "XLSX",
    "CSV", "XML", "HTML", "URL", "API", "CMS", "CRM", "ERP", "SQL", "GIS", "ICT", "TIC", "FAQ",
    "SME", "PME", "KMU", "GDPR", "RGPD", "DSGVO", "SLA", "KPI", "TOR", "TDR", "RFP", "RFQ", "RFI",
    "EOI", "ITB", "IFB", "BOQ", "CPV", "ISO", "DIN", "LED", "USB", "UTC", "GMT", "CET", "CEST",
    "SSL", "TLS", "VPN", "LAN", "WAN", "CAD", "BIM", "HVAC", "NGO", "ONG", "CEO", "CFO", "FTE",
    "WCAG", "SEO", "UX", "UI", "AI", "IA", "KI", "IT", "EU", "UE", "UN", "ONU", "USA",
];

/// Articles and contractions a name used as a short name follows ("the NWSA", "der
/// BTU", "la Commission", "dalla Commissione", "pela Câmara").
const SHORT_NAME_ARTICLES: &[&str] = &[
    "the", "la", "le", "les", "el", "il", "lo", "los", "las", "der", "die", "des", "dem", "den",
    "du", "del", "della", "dalla", "alla", "dal", "al", "nella", "nel", "dello", "da", "do",
    "pela", "pelo", "na", "no", "a", "o", "au", "aux",
];

/// How many distinct short names [`short_name`] counts.
const MAX_SHORT_NAMES: usize = 50;

/// The short name a document uses for its issuer when it never writes the name in
/// full (a bidders' questions sheet: "the budget set by the NWSA", "approved by the
/// Commission", "Servern der BTU", "la sede della Commissione"): an acronym written
/// at least three times, once at least after an article, or a capitalised
/// organisation word alone after an article at least three times. The last resort:
/// only where nothing else names an organisation.
fn short_name(lines: &[Line]) -> Option<Value> {
    // (name, uses, uses after an article, its first line and where it is there)
    let mut seen: Vec<(String, usize, usize, usize, std::ops::Range<usize>)> = Vec::new();
    let mut bytes = 0;
    for (i, l) in lines.iter().enumerate().take(2000) {
        bytes += l.text.len();
        if bytes > MENTION_TEXT_BYTES {
            break;
        }
        let words: Vec<(usize, &str)> = l
            .text
            .split_whitespace()
            .take(200)
            .map(|w| (w.as_ptr() as usize - l.text.as_ptr() as usize, w))
            .collect();
        for (k, &(at, w)) in words.iter().enumerate() {
            let prev = k
                .checked_sub(1)
                .map(|p| words[p].1.to_lowercase())
                .unwrap_or_default();
            // "l'Agence", "dell'Autorità": the article elided onto the word.
            let (elided, w, at) = match w.find(['\'', '’']) {
                Some(q)
                    if q <= 5
                        && SHORT_NAME_ARTICLES.iter().any(|a| {
                            w[..q].eq_ignore_ascii_case("l") || w[..q].to_lowercase().starts_with(a)
                        }) =>
                {
                    let skip = q + w[q..].chars().next().map_or(1, char::len_utf8);
                    (true, &w[skip..], at + skip)
                }
                _ => (false, w, at),
            };
            let after_article = elided || SHORT_NAME_ARTICLES.contains(&prev.as_str());
            // The word itself, before a hyphenated compound or punctuation.
            let word = w
                .split(['-', '‐'])
                .next()
                .unwrap_or(w)
                .trim_end_matches(|c: char| !c.is_alphanumeric());
            let letters = word.chars().count();
            let acronym = (3..=6).contains(&letters)
                && word.chars().all(|c| c.is_uppercase())
                && !THING_ACRONYMS.contains(&word)
                && !DOC_TYPE.is_match(word);
            let next_capitalised = words
                .get(k + 1)
                .is_some_and(|(_, n)| n.starts_with(char::is_uppercase));
            let org_word = after_article
                && word.starts_with(char::is_uppercase)
                && !word.chars().all(|c| c.is_uppercase())
                && !w.ends_with('-')
                && !next_capitalised
                && is_org_word(&word.to_lowercase())
                && !super::cues::is_role(word);
            if !(acronym || org_word) {
                continue;
            }
            let span = at..at + word.len();
            if let Some(s) = seen.iter_mut().find(|s| s.0 == word) {
                s.1 += 1;
                s.2 += usize::from(after_article);
            } else if seen.len() < MAX_SHORT_NAMES {
                seen.push((word.to_owned(), 1, usize::from(after_article), i, span));
            }
        }
    }
    let best = seen
        .iter()
        .filter(|(name, uses, articled, _, _)| {
            let acronym = name.chars().all(|c| c.is_uppercase());
            if acronym {
                *uses >= 3 && *articled >= 1
            } else {
                *articled >= 3
            }
        })
        .max_by_key(|(_, uses, _, line, _)| (*uses, std::cmp::Reverse(*line)))?;
    let line = lines[best.3].text;
    found(
        clean_value(&best.0),
        crate::text::quote(line, best.4.clone()),
    )
}

#[cfg(test)]
mod tests {
    use super::super::tests::issuer_of;
    use super::has_sentence_stop;

    #[test]
    fn the_dots_of_a_legal_form_or_initials_are_no_sentence_stop() {
        for name in [
            "Sportverein Grünwiese e.V.",
            "Ferrovie Alpine S.p.A.",
            "Harbour Cranes Ltd.",
            "U.S. Coastal Survey Office",
        ] {
            assert!(!has_sentence_stop(name), "{name}");
        }
        for line in [
            "The Board meets monthly. Offers are opened in public",
            "CONTRATACIÓN DIRECTA - ART. 45 INC. B",
            "see www.example.org",
            "Ministry of Health; Directorate of Planning",
        ] {
            assert!(has_sentence_stop(line), "{line}");
        }
    }

    #[test]
    fn the_issuer_is_named_by_a_label_a_cue_or_the_letterhead() {
        let cases: &[(&str, &str)] = &[
            (
                "Employer: JSC “Northern Water Supply”\nProject: Water Supply Project (Phase 2)\nCountry: Republic of Examplestan",
                "JSC “Northern Water Supply”",
            ),
            (
                "Marché de services numériques\nPrestation pour ALTAREA GESTION France\nCahier des Clauses Techniques Particulières (CCTP)",
                "ALTAREA GESTION France",
            ),
            (
                "Terms of Reference\nThis call is issued on behalf of the Coastal Fisheries Trust (CFT).",
                "Coastal Fisheries Trust (CFT)",
            ),
            (
                "Appel à projets 2027\nL'appel est lancé pour le compte de la Fondation Terres Vives.",
                "Fondation Terres Vives",
            ),
            (
                "Ausschreibung Website-Relaunch\nDie Vergabe erfolgt im Auftrag der Stiftung Digitale Bildung.",
                "Stiftung Digitale Bildung",
            ),
            (
                "Pliego de prescripciones técnicas\nContrato tramitado en nombre de la Fundación Agua Limpia.",
                "Fundación Agua Limpia",
            ),
            (
                "Avviso pubblico\nProcedura gestita per conto della Fondazione Mare Nostro.",
                "Fondazione Mare Nostro",
            ),
            (
                "Edital de concurso\nProcedimento lançado em nome da Câmara Municipal de Évora.",
                "Câmara Municipal de Évora",
            ),
            (
                "Brandenburgische Technische\nUniversität Cottbus-Senftenberg\nDer Kanzler\nWebsite und Logo Entwicklung",
                "Universität Cottbus-Senftenberg",
            ),
        ];
        for (text, want) in cases {
            assert_eq!(issuer_of(text).as_deref(), Some(*want), "{text}");
        }
    }

    #[test]
    fn the_address_after_a_name_is_not_part_of_it() {
        for (name, want) in [
            (
                "Ministry of Water, P.O. Box 30521, Nairobi",
                "Ministry of Water",
            ),
            (
                "Stadtverwaltung Lindenau, Marktplatz 1",
                "Stadtverwaltung Lindenau",
            ),
            (
                "Technische Universität Lindenau, Platz der",
                "Technische Universität Lindenau",
            ),
            (
                "Mairie de Belleville, 12 rue de la Paix",
                "Mairie de Belleville",
            ),
            ("Comune di Valdoro, Piazza Garibaldi 3", "Comune di Valdoro"),
            (
                "Ayuntamiento de Villaverde, Calle Mayor 1",
                "Ayuntamiento de Villaverde",
            ),
            (
                "Câmara Municipal de Vila Serena, Rua Augusta 10",
                "Câmara Municipal de Vila Serena",
            ),
            (
                "NATIONAL INSTITUTE OF TECHNOLOGY, LAKESIDE - 831014",
                "NATIONAL INSTITUTE OF TECHNOLOGY, LAKESIDE",
            ),
            (
                "Ministry of Health, Nutrition and Welfare",
                "Ministry of Health, Nutrition and Welfare",
            ),
            ("Agency for Road 12 Safety", "Agency for Road 12 Safety"),
            (
                "Stiftung Grüne Wiesen | Am Deich 4 | 12345 Altdorf",
                "Stiftung Grüne Wiesen",
            ),
            (
                "Ministry of Health | Directorate of Planning",
                "Ministry of Health | Directorate of Planning",
            ),
            (
                "Ministry of Water, Engineering and Catering",
                "Ministry of Water, Engineering and Catering",
            ),
        ] {
            assert_eq!(super::without_address_tail(name), want, "{name}");
        }
    }

    #[test]
    fn a_short_name_needs_three_uses_and_names_no_thing() {
        let cases: &[(&str, Option<&str>)] = &[
            (
                "Questions\n1. Is VAT included?\nAnswer: the VAT is included.\n2. Which PDF form?\nAnswer: the PDF form in the annex; the VAT number goes on it.\n",
                None,
            ),
            (
                "Questions\n1. Who hosts the site?\nAnswer: the LWA hosts it.\n2. Who pays?\nAnswer: the LWA pays on delivery.\n",
                None,
            ),
            (
                "Questions\n1. Who hosts the site?\nAnswer: the LWA hosts it.\n2. Who pays?\nAnswer: LWA pays on delivery.\n3. Who signs?\nAnswer: the LWA.\n",
                Some("LWA"),
            ),
            (
                "Questions\n1. Does the Agency pay travel?\nAnswer: No.\n2. Does the Agency own the rights?\nAnswer: Yes, the Agency owns them.\n",
                Some("Agency"),
            ),
            (
                "Questions\n1. Who signs?\nAnswer: the Employer signs; the Employer pays; the Employer decides.\n",
                None,
            ),
        ];
        for (text, want) in cases {
            assert_eq!(issuer_of(text).as_deref(), *want, "{text}");
        }
    }

    #[test]
    fn posts_addresses_funders_tax_authorities_and_places_are_not_the_issuer() {
        let cases: &[(&str, &str)] = &[
            (
                "Director of Administration\nLakeside Development Bank\nInvitation to Bid",
                "Lakeside Development Bank",
            ),
            (
                "HEAD OFFICE\nMinistry of Water and Sanitation\nRequest for Proposals",
                "Ministry of Water and Sanitation",
            ),
            (
                "The Republic has received financing from the Asian Infrastructure Investment Bank toward the project. The Lakeside Water Corporation now invites sealed tenders. The Lakeside Water Corporation will evaluate them.",
                "The Lakeside Water Corporation",
            ),
            (
                "Bidders must hold a tax compliance certificate from the Kenya Revenue Authority. The Coastal Health Alliance invites proposals; the Coastal Health Alliance will evaluate them.",
                "Coastal Health Alliance",
            ),
            (
                "Le projet est financé par l'Agence Française de Développement. L'Association Villages Solidaires lance cet appel ; l'Association Villages Solidaires sélectionnera les offres.",
                "Association Villages Solidaires",
            ),
            (
                "National Water Authority\nRequest for Proposals\nConsultancy for the\nNational Water Authority\n",
                "National Water Authority",
            ),
            (
                "Purchaser:\n[insert the name of the Purchaser]\nThe Harbour Development Agency (HDA) invites bids. The Harbour Development Agency (HDA) will open them.",
                "The Harbour Development Agency (HDA)",
            ),
            (
                "Als Agentur haben wir Erfahrung.\nDie Stadtwerke Cottbus GmbH vergibt den Auftrag. Die Stadtwerke Cottbus GmbH prüft die Angebote.",
                "Die Stadtwerke Cottbus GmbH",
            ),
            (
                "Activities take place in Kilifi County and Kwale County. The Youth Futures Network invites consultants; the Youth Futures Network will sign the contract.",
                "Youth Futures Network",
            ),
        ];
        for (text, want) in cases {
            assert_eq!(issuer_of(text).as_deref(), Some(*want), "{text}");
        }
    }
}

#[cfg(test)]
mod org_names_tests {
    use super::*;

    /// `org_names` finds what searching the whole line for the name after its edge
    /// finds, edge cases included: a name at the text's start, after a bracket or a
    /// typographic quote, two names one space apart, a lower-case word between
    /// capitals, accents, and no name at all.
    #[test]
    fn org_names_finds_what_the_whole_line_search_finds() {
        let whole = re(&format!(r"(?:^|[\s(“'’])({ORG_NAME})"));
        for text in [
            "Ministry of Water and Sanitation invites sealed bids",
            " The County of Ashford (CoA) and the Harbour Authority",
            "issued by the Département de la Somme, pour le compte de l’Agence Régionale de Santé",
            "(Fundación Río Claro) y la Universidad de Valparaíso",
            "“Stadtwerke Lindenau GmbH” und Kreisverwaltung Nordheim",
            "Comune di Varenna Ufficio Tecnico Lavori Pubblici",
            "all lower case text with no name",
            "A B C D E F G H I J K",
            "",
        ] {
            let expected: Vec<(usize, usize)> = whole
                .captures_iter(text)
                .filter_map(|c| c.get(1).map(|m| (m.start(), m.end())))
                .collect();
            let found: Vec<(usize, usize)> = org_names(text).collect();
            assert_eq!(found, expected, "{text}");
        }
    }
}
