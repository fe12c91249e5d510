//! Money and the budget: every amount with its currency, and the money available for
//! the work chosen among them, with the traps refused.
//!
//! Amounts are read with their currency before or after (symbols and ISO codes: `$`,
//! `US$`, `€`, `£`, `R$`, `KSh`, `FCFA`, `EUR`, `USD`…, and `euros`, `dollars`), scale
//! words (`million`, `Mio`, `millones`, `milioni`, `milliards`, `mil`, `k`, `bn`) and
//! both number conventions (`1,200,000.00` and `1.200.000,00`, `1 200 000`).
//!
//! Each amount is judged by the words of its own clause: a *trap* (a fee, a bond or a
//! guarantee, insurance, a penalty, the issuer's own budget or past grants, a salary or
//! a daily or hourly rate, a figure in an example or a formula, the VAT on a price),
//! the *call-wide total* (the call's envelope, a programme's funding, "intends to
//! commit"), or a *per-award* figure (a ceiling, a range, a contract's estimated
//! value). The budget is the largest per-award ceiling with the strongest support,
//! with the smallest stated minimum; the total is reported beside it as `total`, and
//! is the headline only when the document gives nothing per award. Traps are never the
//! budget; they are listed under `not_budget` with why.

use std::ops::Range;
use std::sync::LazyLock;

use regex::Regex;
use serde_json::{Value, json};

use crate::limits::{StopFlag, Stopped};
use crate::text::{Block, captures_at, format_amount, has_any, number, re};

mod cues;
#[cfg(test)]
mod shapes;
use cues::*;

const CURRENCY_BEFORE: &str = r"(?-u:\b)S/\.?\s|(?-u:\b)S/\.|(?-u:\b)S?Fr\.|(?-u:\b)US\$|(?-u:\b)U\.S\.\s?\$|(?-u:\b)(?:HK|NZ|TT|RD|J|N|S)\$|(?-u:\b)(?i:euros?)\s|(?-u:\b)C\$|(?-u:\b)A\$|(?-u:\b)R\$|\$|€|£|¥|₦|₹|₪|(?-u:\b)GH₵|(?-u:\b)(?:USD|EUR|GBP|CHF|CAD|AUD|NZD|BRL|JPY|CNY|INR|ZAR|KES|Kshs|KShs|KSh|Ksh|TZS|TSh|UGX|USh|RWF|ETB|NGN|GHS|MAD|TND|DZD|EGP|XOF|XAF|FCFA|F\s?CFA|MGA|ILS|NIS|OMR|AED|SAR|QAR|MXN|COP|CLP|ARS|PEN|SEK|NOK|DKK|PLN|CZK|HUF|RON|MZN|AOA|ZMW|MWK|BWP|NAD|SZL|LSL|CDF|BIF|SSP|SOS|DJF|GMD|GNF|SLE|SLL|LRD|MRU|MUR|SCR|LKR|PKR|BDT|NPR|IDR|VND|THB|MYR|KHR|MMK|HTG|GTQ|HNL|NIO|CRC|PAB|DOP|BOB|PYG|UYU|JMD|TTD|XCD|FJD|PGK|UAH|GEL|AZN|KZT|UZS|MNT|AFN|JOD|LBP|KWD|BHD|LYD|ISK|BGN|RSD|MKD|BAM|MDL|SGD|HKD|KRW|TWD|Rs)(?-u:\b)\.?";
const CURRENCY_AFTER: &str = r"USD|EUR|GBP|CHF|CAD|AUD|BRL|JPY|INR|ZAR|KES|TZS|UGX|RWF|ETB|NGN|GHS|MAD|TND|XOF|XAF|FCFA|F\s?CFA|(?i:francs?\s+CFA)|MGA|Ariary|ILS|NIS|OMR|AED|SAR|MXN|COP|SEK|NOK|DKK|PLN|MZN|AOA|ZMW|MWK|BWP|NAD|SZL|LSL|CDF|BIF|SSP|SOS|DJF|GMD|GNF|SLE|SLL|LRD|MRU|MUR|SCR|LKR|PKR|BDT|NPR|IDR|VND|THB|MYR|KHR|MMK|HTG|GTQ|HNL|NIO|CRC|PAB|DOP|BOB|PYG|UYU|JMD|TTD|XCD|FJD|PGK|UAH|GEL|AZN|KZT|UZS|MNT|AFN|JOD|LBP|KWD|BHD|LYD|ISK|BGN|RSD|MKD|BAM|MDL|SGD|HKD|KRW|TWD|(?i:euros?|dollars?|pounds?\s+sterling|reais|pesos|dirhams?|shillings?)";
const NUMBER: &str = r"\d{1,2}(?:,\d{2})+,\d{3}(?:\.\d{1,2})?|\d{1,3}(?:[,.\x{a0}\x{202f}' ]\d{3})+(?:[.,]\d{1,2})?|\d+(?:[.,]\d+)?";
const SCALE: &str = r"(?i:lakhs?|lacs?|crores?|mil\s+millones|millions?|millones|millón|millon|milhões|milhoes|milhão|milioni|milione|millionen|mio\.?|mn(?-u:\b)|m(?-u:\b)|bn(?-u:\b)|billions?|milliards?|miliardi|mrd\.?|thousand|mil(?-u:\b)|k(?-u:\b))";

static AMOUNT: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        r"(?:\\?(?P<cur1>{CURRENCY_BEFORE})\s?(?P<num1>{NUMBER})(?:\s?(?P<scale1>{SCALE}))?)|(?:(?-u:\b)(?P<num2>{NUMBER})(?P<paren>\))?\s?(?:(?P<scale2>{SCALE})\s?(?:de\s+|d'|di\s+)?)?(?:(?P<cur2>{CURRENCY_AFTER})(?:(?-u:\b)|\s|$)|(?P<cur3>€|\$)))"
    ))
});

/// An amount of money read from the text.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct Money {
    pub value: f64,
    pub currency: String,
    pub range: Range<usize>,
    /// Written with a bare "$", which is not only the US dollar: the document's
    /// country decides ([`dollar_currency`]).
    pub bare_dollar: bool,
}

/// `1,200,000.00`, `1.200.000,00`, `1 200 000`, `1.5` with its scale word → a number.
pub(super) fn parse_amount(number: &str, scale: Option<&str>) -> Option<f64> {
    let n: String = number
        .chars()
        .filter(|c| !c.is_whitespace() && !matches!(c, '\u{a0}' | '\u{202f}' | '\''))
        .collect();
    let last_sep = n.rfind([',', '.']);
    // The decimal separator is the last separator when both kinds appear, or a lone one
    // not followed by exactly three digits; every other separator groups thousands.
    let decimal_at = match last_sep {
        Some(i) if n.contains(',') && n.contains('.') => Some(i),
        Some(i) if n.matches([',', '.']).count() == 1 && n.len() - i - 1 != 3 => Some(i),
        // "1.500 millones" is rare; "2.5 Mio" is not: with a scale word a lone
        // separator is decimal.
        Some(i)
            if n.matches([',', '.']).count() == 1 && scale.is_some() && n.len() - i - 1 != 3 =>
        {
            Some(i)
        }
        _ => None,
    };
    let digits: String = n
        .char_indices()
        .filter_map(|(i, c)| match c {
            '0'..='9' => Some(c),
            _ if Some(i) == decimal_at => Some('.'),
            _ => None,
        })
        .collect();
    let value: f64 = digits.parse().ok()?;
    let factor = match scale.map(|m| m.to_lowercase()) {
        Some(m) if m.starts_with("mil ") => 1e9,
        Some(m) if m.starts_with("lakh") || m.starts_with("lac") => 1e5,
        Some(m) if m.starts_with("crore") => 1e7,
        Some(m)
            if m.starts_with("bn")
                || m.starts_with("billion")
                || m.starts_with("milliard")
                || m.starts_with("miliard")
                || m.starts_with("mrd") =>
        {
            1e9
        }
        Some(m) if m == "mil" || m.starts_with("thousand") || m.starts_with('k') => 1e3,
        Some(m) if m.starts_with('m') => 1e6,
        _ => 1.0,
    };
    Some(value * factor)
}

fn currency_code(symbol: &str) -> String {
    // "Ksh." and "Rs." are written with a full stop.
    let symbol = symbol.trim_end_matches('.');
    let s = symbol.to_lowercase().replace(char::is_whitespace, "");
    match s.as_str() {
        "$" | "us$" | "u.s.$" => "USD".into(),
        "€" => "EUR".into(),
        "£" => "GBP".into(),
        "r$" | "reais" => "BRL".into(),
        // The Peruvian sol: "S/ 186 000,00", "S/. 2,500.00" (never "S/N", a number-less
        // "sin número", nor a reference "S/2027": a space or a stop follows the slash).
        "s/" | "s/." => "PEN".into(),
        // Swiss francs as written in Switzerland ("Fr. 120'000.–").
        "fr" | "sfr" => "CHF".into(),
        "c$" => "CAD".into(),
        "hk$" => "HKD".into(),
        "nz$" => "NZD".into(),
        "tt$" => "TTD".into(),
        "rd$" => "DOP".into(),
        "j$" => "JMD".into(),
        "n$" => "NAD".into(),
        "s$" => "SGD".into(),
        "a$" => "AUD".into(),
        "¥" => "JPY".into(),
        "₦" => "NGN".into(),
        "₹" => "INR".into(),
        "₪" | "nis" => "ILS".into(),
        "gh₵" => "GHS".into(),
        "ksh" | "kshs" => "KES".into(),
        "rs" => "INR".into(),
        "tsh" => "TZS".into(),
        "ush" => "UGX".into(),
        "fcfa" | "fcfa." => "XOF".into(),
        "ariary" => "MGA".into(),
        _ if s.starts_with("franc") => "XOF".into(),
        _ if s.starts_with("euro") => "EUR".into(),
        _ if s.starts_with("dollar") => "USD".into(),
        _ if s.starts_with("pound") => "GBP".into(),
        _ if s.starts_with("peso") => "MXN".into(),
        _ if s.starts_with("dirham") => "MAD".into(),
        _ if s.starts_with("shilling") => "KES".into(),
        _ => symbol.to_uppercase(),
    }
}

/// Every amount with a currency in `text`.
pub(super) fn amounts(text: &str) -> Vec<Money> {
    let found: Vec<Money> = written_amounts(text).collect();
    let mut out = Vec::with_capacity(found.len());
    for m in found {
        if let Some(low) = bare_low_of_range(text, &m, out.last()) {
            out.push(low);
        }
        out.push(m);
    }
    out
}

/// The low end of a range written with its currency only at the high end
/// ("entre 50 000 et 150 000 EUR", "tra 50.000 e 150.000 EUR", "zwischen 50.000
/// und 150.000 EUR"): a number after an opening word and before a range word just
/// before `high`, read in `high`'s currency. `previous` is the amount found before,
/// which the low end may not overlap.
fn bare_low_of_range(text: &str, high: &Money, previous: Option<&Money>) -> Option<Money> {
    let floor = text.floor_char_boundary(high.range.start.saturating_sub(60));
    let floor = previous.map_or(floor, |p| floor.max(p.range.end));
    let before = &text[floor..high.range.start];
    let c = RANGE_LOW.captures(before)?;
    let n = c.name("n")?;
    let value = parse_amount(n.as_str().trim(), c.name("s").map(|s| s.as_str()))?;
    let start = floor + n.start();
    (value >= 1.0 && value < high.value).then(|| Money {
        value,
        currency: high.currency.clone(),
        range: start..floor + n.end(),
        bare_dollar: high.bare_dollar,
    })
}

static RANGE_LOW: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        r"(?i)(?-u:\b)(?:between|from|entre|de|tra|da|dal|zwischen|von)\s+(?P<n>{NUMBER})(?:\s?(?P<s>{SCALE}))?\s*(?:and|to|et|à|y|a|e|und|bis|-|–)\s+$"
    ))
});

/// The amounts written with their currency, in order.
fn written_amounts(text: &str) -> impl Iterator<Item = Money> + '_ {
    captures_at(&AMOUNT, text).filter_map(|(at, c)| {
        let (num, scale, cur) = match c.name("num1") {
            Some(n) => (n.as_str(), c.name("scale1"), c.name("cur1")?),
            None => (
                c.name("num2")?.as_str(),
                c.name("scale2"),
                c.name("cur2").or(c.name("cur3"))?,
            ),
        };
        let value = parse_amount(num.trim(), scale.map(|m| m.as_str()))?;
        let whole = c.get(0).unwrap();
        let start = at + whole.start();
        let end = start + whole.as_str().trim_end().len();
        // The figures in brackets after the amount in words, the currency after the
        // bracket ("cent millions (100 000 000) F CFA", "trois millions (3 000 000)
        // FCFA"): a bracket closed only after one opened.
        if c.name("paren").is_some() && !text[..start].ends_with('(') {
            return None;
        }
        // "Fr. 12.05." may be a Friday: Swiss francs are read from a hundred up; so
        // is the word "euro" before a number ("pari a euro 9.000.000,00"), where a
        // vehicle's emission class ("Euro 6") is no amount.
        let floor = if cur.as_str().ends_with("Fr.")
            || cur.as_str().trim().to_lowercase().starts_with("euro")
        {
            100.0
        } else {
            1.0
        };
        (value >= floor).then(|| Money {
            value,
            currency: currency_code(cur.as_str()),
            range: start..end,
            bare_dollar: cur.as_str() == "$",
        })
    })
}

/// The lines lower-cased into one text, each ended by a newline, and where each
/// starts: each cue is then searched once rather than once per line, and counts once
/// per line it is in ([`lines_with_word`]).
fn lowered_lines<'a>(texts: impl Iterator<Item = &'a str>) -> (String, Vec<usize>) {
    let mut lower = String::new();
    let mut starts = Vec::new();
    for text in texts {
        starts.push(lower.len());
        lower.push_str(&text.to_lowercase());
        lower.push('\n');
    }
    (lower, starts)
}

/// The dollars a bare "$" means, by the countries the document names most (its
/// issuer's address, its place of work): Canadian, Australian, New Zealand, Mexican,
/// Argentine, Chilean, Colombian or Singapore dollars or pesos, else US dollars; and
/// the country it was inferred from when that is not the United States.
pub(super) fn dollar_currency<'a>(
    texts: impl Iterator<Item = &'a str>,
) -> (&'static str, Option<&'static str>) {
    let (lower, starts) = lowered_lines(texts);
    let mut counts = [0usize; DOLLAR_COUNTRIES.len()];
    for (i, (_, _, cues)) in DOLLAR_COUNTRIES.iter().enumerate() {
        counts[i] = cues
            .iter()
            .map(|c| lines_with_word(&lower, &starts, c))
            .sum();
    }
    let best = (0..counts.len()).max_by_key(|&i| (counts[i], std::cmp::Reverse(i)));
    match best {
        Some(i) if counts[i] > 0 && i > 0 => (DOLLAR_COUNTRIES[i].0, Some(DOLLAR_COUNTRIES[i].1)),
        _ => ("USD", None),
    }
}

/// The CFA franc an "FCFA" or "francs CFA" means: the Central African one (XAF) where
/// the document names the countries of Central Africa that use it (Cameroon, Gabon,
/// Chad, the Central African Republic, the Republic of the Congo, Equatorial Guinea)
/// more often than those of West Africa that use the West African one (XOF, the
/// reading otherwise).
pub(super) fn cfa_currency<'a>(texts: impl Iterator<Item = &'a str>) -> &'static str {
    const CENTRAL: &[&str] = &[
        "cameroun",
        "cameroon",
        "camerounais",
        "gabon",
        "gabonaise",
        "tchad",
        "chad",
        "tchadien",
        "centrafrique",
        "centrafricaine",
        "central african republic",
        "guinée équatoriale",
        "equatorial guinea",
        "guinea ecuatorial",
        "congo-brazzaville",
        "brazzaville",
        "cemac",
        "beac",
        "xaf",
    ];
    const WEST: &[&str] = &[
        "sénégal",
        "senegal",
        "côte d'ivoire",
        "ivory coast",
        "mali",
        "burkina faso",
        "niger",
        "togo",
        "togolaise",
        "bénin",
        "benin",
        "guinée-bissau",
        "guinea-bissau",
        "uemoa",
        "waemu",
        "bceao",
        "xof",
    ];
    let (lower, starts) = lowered_lines(texts);
    let count = |cues: &[&str]| -> usize {
        cues.iter()
            .map(|c| lines_with_word(&lower, &starts, c))
            .sum()
    };
    if count(CENTRAL) > count(WEST) {
        "XAF"
    } else {
        "XOF"
    }
}

/// How many of the lines of `lower` (which begin at `starts`) have `word` as a word
/// (or phrase) of its own.
fn lines_with_word(lower: &str, starts: &[usize], word: &str) -> usize {
    let mut lines = 0;
    let mut last = None;
    // The same matches as `str::match_indices` (each non-overlapping, from the
    // left), found with SIMD: the cues are searched through the whole text, one by one.
    for i in memchr::memmem::find_iter(lower.as_bytes(), word.as_bytes()) {
        let whole = !lower[..i].ends_with(char::is_alphanumeric)
            && !lower[i + word.len()..].starts_with(char::is_alphanumeric);
        let line = starts.partition_point(|s| *s <= i);
        if whole && last != Some(line) {
            lines += 1;
            last = Some(line);
        }
    }
    lines
}

/// An amount with what its words say of it.
#[derive(Debug, Clone)]
pub(super) struct Judged {
    pub money: Money,
    pub quote: String,
    pub trap: Option<&'static str>,
    pub total: bool,
    /// 0: no budget cue; 1: about money for the work; 2: a value in a budget
    /// section, or a ceiling further off in its sentence; 3: a stated ceiling, range or
    /// value right beside it.
    pub strength: u8,
    pub minimum: bool,
    pub range_high: bool,
}

/// Every amount of the document's paragraphs, judged, at most `max`.
pub(super) fn judged_amounts(
    blocks: &[Block],
    dollar: &str,
    cfa: &str,
    max: usize,
    limit: &StopFlag,
) -> Result<Vec<Judged>, Stopped> {
    let mut out = Vec::new();
    for (bi, block) in blocks.iter().enumerate() {
        limit.check()?;
        if out.len() >= max {
            break;
        }
        let text: &str = &block.text;
        let found = amounts(text);
        let label = bi
            .checked_sub(1)
            .map_or("", |p| label_of(&blocks[p].text, text));
        let in_budget_section = has_any(block.heading, BUDGET_HEADINGS);
        for (n, m) in found.iter().enumerate() {
            if n % 64 == 63 {
                limit.check()?;
            }
            if out.len() >= max {
                break;
            }
            let r = m.range.clone();
            let prev_end = if n > 0 { found[n - 1].range.end } else { 0 };
            let next_start = found.get(n + 1).map_or(text.len(), |x| x.range.start);
            let (line, _) = block.line_at(r.start);
            let table_row = text[line.clone()].matches('|').count() >= 2;
            let floor = text.floor_char_boundary(r.start.saturating_sub(160));
            let start = if table_row {
                line.start.max(floor)
            } else if line.start > floor
                && after_label_line(&text[block.line_at(line.start - 1).0], &text[line.clone()])
            {
                sentence_start(text, line.start, r.start)
            } else {
                sentence_start(text, floor, r.start)
            };
            let before = &text[start..r.start];
            // The words between this amount and the previous one belong to this one,
            // unless the two make a range.
            let near_before = &text[start.max(prev_end)..r.start];
            let reach = text.ceil_char_boundary((r.end + 80).min(text.len()));
            let after_all = &text[r.end..reach];
            // The clause after it ends at a stop, a cell's border, or the end of its
            // line when the next starts a sentence of its own ("Budget: USD 400,000
            // (all-inclusive)" above "The successful bidder shall furnish a
            // guarantee…").
            let line_cut = (line.end >= r.end
                && line.end - r.end <= after_all.len()
                && new_sentence_below(text, line.end))
            .then(|| line.end - r.end);
            let after_end = after_all
                .find(['.', ';', '|'])
                .into_iter()
                .chain(line_cut)
                .min()
                .unwrap_or(after_all.len());
            let after = &after_all[..after_end];
            let after_own = &after[..after.len().min(next_start.saturating_sub(r.end))];
            let range_high = n > 0 && is_range_join(&text[prev_end..r.start]);
            let range_low = found
                .get(n + 1)
                .is_some_and(|x| is_range_join(&text[r.end..x.range.start]));
            let own = format!("{label} {near_before} {after_own}").to_lowercase();
            let clause = format!("{label} {before} {after}").to_lowercase();
            let just_before = near_before.trim_end().to_lowercase();
            let vat = is_vat(&just_before);
            // The high end of a range, or the cap of the amount before it ("a penalty
            // of € 200 a day, up to a maximum of € 8,000"), is what that one is.
            let caps_previous = n > 0 && caps_previous(&text[prev_end..r.start]);
            let inherited = if range_high || caps_previous {
                out.last().and_then(|j: &Judged| j.trap)
            } else {
                None
            };
            let trap = if vat {
                Some("the VAT on a price")
            } else {
                inherited.or_else(|| trap_of(&own, &clause))
            };
            // "Le montant total de la prestation ne doit pas dépasser 30 000 EUR" is the
            // ceiling of one assignment, and so is an envelope allocated to it ("à
            // cette mission"); "the call's envelope" is the total.
            // A project's own total is one award's. A value holding the contract's
            // extensions is its whole life's, even of one contract ("el valor estimado del contrato, incluidas las prórrogas").
            let total = (!mentions(&own, ONE_CONTRACT)
                && !mentions(&own, PROJECT_TOTAL)
                && (mentions(&own, TOTAL)
                    || (mentions(&own, CONTRACT_TOTAL) && !mentions(&own, &CEILING))))
                || WITH_EXTENSIONS.is_match(&own);
            let mut m = m.clone();
            if m.bare_dollar {
                m.currency = dollar.to_owned();
            }
            // "FCFA" and "francs CFA" name either franc: the document's countries say which.
            if m.currency == "XOF" && !text[m.range.clone()].contains("XOF") {
                m.currency = cfa.to_owned();
            }
            let ranged = range_low || range_high;
            let mut strength = strength(&own, &clause, ranged, in_budget_section);
            // The two ends of a range are one figure: they share its support.
            if range_high && let Some(low) = out.last_mut() {
                strength = strength.max(low.strength);
                low.strength = strength;
            }
            // "a maximum of X and a minimum of Y", "valor máximo de X e um valor
            // mínimo de Y": the words after a joining word are the next amount's.
            let own_min =
                format!("{label} {near_before} {}", before_joiner(after_own)).to_lowercase();
            let minimum = mentions(&own_min, &MIN_WORDS) || range_low;
            out.push(Judged {
                money: m,
                quote: block.quote(r.clone()),
                trap,
                total,
                strength,
                minimum,
                range_high,
            });
        }
    }
    Ok(out)
}

/// The label a paragraph holding nothing but an amount stands under: the previous
/// paragraph `prev` when it is short or ends with a colon ("Estimated budget:" then
/// "USD 50,000"), else nothing.
fn label_of<'t>(prev: &'t str, text: &str) -> &'t str {
    let words = |t: &str| {
        t.split_whitespace()
            .filter(|w| w.chars().filter(|c| c.is_alphabetic()).count() >= 2)
            .count()
    };
    let bare = words(text) <= 1 && text.len() <= 60;
    let label = prev.trim_end().ends_with(':') || prev.split_whitespace().count() <= 6;
    if bare && label && prev.len() <= 120 {
        prev
    } else {
        ""
    }
}

/// Whether the line `own` opens a sentence under a line `above` that is a statement
/// of its own, a label and its value ("Clôture de l'appel : 30 avril 2027" above
/// "L'aide est comprise entre…"): the amount's words do not reach back into it.
fn after_label_line(above: &str, own: &str) -> bool {
    // The value holds a figure (a date, a number), and the line below opens with a
    // word ("L'aide", "The"), not a currency's code.
    let value = above.rsplit_once(':').map_or("", |(_, v)| v.trim());
    let first_word = own.split_whitespace().next().unwrap_or("");
    first_word.starts_with(char::is_uppercase)
        && first_word.chars().any(char::is_lowercase)
        && value.len() <= 60
        && value.chars().any(|c| c.is_ascii_digit())
}

/// Whether the words `between` two amounts make the second the cap of the first: a
/// short phrase in the same sentence with a ceiling's word and no word of a budget
/// (", up to a maximum of", ", fino a un massimo di", ", plafonnée à").
fn caps_previous(between: &str) -> bool {
    let lower = between.to_lowercase();
    !lower.contains(['.', ';', ':'])
        && lower.split_whitespace().count() <= 7
        && mentions(&lower, &CEILING)
        && !mentions(&lower, &BUDGET_WORDS)
}

/// Whether the line of `text` that ends at byte `end` is followed by a line that
/// starts a sentence of its own: the next line opens with a capital letter and this
/// one does not break off mid-phrase (its last character is no small letter nor a
/// comma, as "… to be paid by the" above "Ministry of…" would).
fn new_sentence_below(text: &str, end: usize) -> bool {
    let ends_phrase = text[..end]
        .trim_end()
        .chars()
        .next_back()
        .is_some_and(|c| !c.is_lowercase() && c != ',');
    ends_phrase && text[end..].trim_start().starts_with(char::is_uppercase)
}

/// Whether the words `just_before` an amount (lower case) make it a tax: "IVA
/// 43.659,00 €" is the tax; "sin IVA: 207.900,00 €" the price without it.
fn is_vat(just_before: &str) -> bool {
    let tail =
        &just_before[just_before.floor_char_boundary(just_before.len().saturating_sub(24))..];
    ["iva", "vat", "tva", "mwst", "ust."]
        .iter()
        .any(|w| just_before.ends_with(w) || just_before.ends_with(&format!("{w}:")))
        && ![
            "sin ", "con ", "excl", "incl", "hors", "without", "with ", "sans", "senza", "ohne",
            "inkl", "zzgl", "plus ", "más ", "mas ",
        ]
        .iter()
        .any(|w| tail.contains(w))
}

/// The trap an amount is, from its `own` words (an example from its whole `clause`).
fn trap_of(own: &str, clause: &str) -> Option<&'static str> {
    // "The total fee for the assignment shall not exceed…" is what the work is paid.
    let work_fee = mentions(own, WORK_FEE);
    TRAPS
        .iter()
        .find(|(why, words)| {
            let scope = if why.starts_with("an example") {
                clause
            } else {
                own
            };
            !(work_fee && *why == "a fee") && mentions(scope, words)
        })
        .map(|(why, _)| *why)
        .or_else(|| mentions(own, DOCUMENT_COST).then_some("a fee"))
        .or_else(|| mentions(own, &["indemnity"]).then_some("insurance"))
        .or_else(|| mentions(own, EXPENSES).then_some("an allowance for expenses"))
}

/// How strongly an amount is money for the work (see [`Judged::strength`]).
fn strength(own: &str, clause: &str, ranged: bool, in_budget_section: bool) -> u8 {
    if mentions(own, &CEILING)
        || mentions(own, PROJECT_TOTAL)
        || (ranged && mentions(clause, &CEILING))
        || (ranged && mentions(own, RANGE_OPENERS))
    {
        3
    } else if mentions(clause, &CEILING)
        || mentions(own, &BUDGET_WORDS)
        || (in_budget_section && mentions(clause, &BUDGET_WORDS))
    {
        2
    } else if mentions(clause, &BUDGET_WORDS) || in_budget_section {
        1
    } else {
        0
    }
}

/// Whether `haystack` (lower case) has one of `words` not negated just before it
/// ("does not guarantee", "no more than" are not a guarantee or a threshold).
fn mentions(haystack: &str, words: &[&str]) -> bool {
    const NEGATIONS: &[&str] = &[
        "not ", "no ", "without ", "sans ", "sin ", "senza ", "ohne ", "não ",
    ];
    words.iter().any(|w| {
        haystack.match_indices(w).any(|(i, _)| {
            let before = &haystack[haystack.floor_char_boundary(i.saturating_sub(12))..i];
            // A cue starts a word: "o più" is not in "importo più".
            let starts_word =
                !w.starts_with(char::is_alphanumeric) || !before.ends_with(char::is_alphanumeric);
            starts_word
                && !NEGATIONS
                    .iter()
                    .any(|n| before.ends_with(n) || before.trim_end().ends_with(n.trim_end()))
        })
    })
}

/// The words after an amount up to a joining word that opens the next clause ("…
/// and a minimum of", "… e um valor mínimo de", "… y un mínimo de", "… und
/// mindestens"): what follows it speaks of the next amount.
fn before_joiner(after: &str) -> &str {
    const JOINS: &[&str] = &[
        " and ", " or ", " et ", " ou ", " y ", " o ", " e ", " ed ", " und ", " oder ",
    ];
    JOINS
        .iter()
        .filter_map(|j| after.find(j))
        .min()
        .map_or(after, |i| &after[..i])
}

fn is_range_join(between: &str) -> bool {
    let b = between.trim().trim_matches(',').trim().to_lowercase();
    RANGE_JOIN.contains(&b.as_str())
}

/// Where the sentence holding byte `at` starts, not before `floor`.
fn sentence_start(text: &str, floor: usize, at: usize) -> usize {
    let window = &text[floor..at];
    for (i, c) in window.char_indices().rev() {
        if matches!(c, '.' | '!' | '?' | ';') {
            let rest = &text[floor + i + 1..at];
            if rest.starts_with(' ') && rest.trim_start().starts_with(|c: char| c.is_uppercase()) {
                return floor + i + 1;
            }
        }
    }
    floor
}

/// The budget chosen from the judged amounts, as the analysis's `budget` object, and
/// its one-line summary.
pub(super) fn budget(judged: &[Judged]) -> (Value, Option<String>) {
    let usable: Vec<&Judged> = judged.iter().filter(|j| j.trap.is_none()).collect();
    // The per-award figures with the strongest support: a stated ceiling beats a
    // value in a budget section.
    let tier = usable
        .iter()
        .filter(|j| !j.total)
        .map(|j| j.strength)
        .max()
        .unwrap_or(0);
    let per_award: Vec<&Judged> = usable
        .iter()
        .copied()
        .filter(|j| !j.total && j.strength >= 2 && j.strength == tier)
        .collect();
    // The currency most of the per-award figures are in.
    let currency = per_award.first().map(|j| j.money.currency.clone());
    let same: Vec<&Judged> = per_award
        .iter()
        .copied()
        .filter(|j| Some(&j.money.currency) == currency.as_ref())
        .collect();
    let max = same
        .iter()
        .copied()
        .filter(|j| !j.minimum || j.range_high)
        .max_by(|a, b| a.money.value.total_cmp(&b.money.value));
    let min = same
        .iter()
        .copied()
        .filter(|j| j.minimum && max.is_some_and(|m| j.money.value < m.money.value))
        .min_by(|a, b| a.money.value.total_cmp(&b.money.value));
    let total = usable
        .iter()
        .copied()
        .filter(|j| j.total)
        .max_by(|a, b| a.money.value.total_cmp(&b.money.value))
        .filter(|t| max.is_none_or(|m| t.money.value > m.money.value));
    let mut out = match max {
        Some(m) => json!({
            "currency": m.money.currency,
            "min": min.map(|j| number(j.money.value)),
            "max": number(m.money.value),
            "quote": m.quote,
        }),
        None => {
            json!({ "currency": total.map(|t| t.money.currency.clone()), "min": null, "max": null })
        }
    };
    if let Some(mn) = min {
        out["min_quote"] = json!(mn.quote);
    }
    if let Some(t) = total {
        out["total"] = json!({ "amount": number(t.money.value), "currency": t.money.currency, "quote": t.quote });
    }
    out["amounts"] = json!(
        usable
            .iter()
            .filter(|j| j.strength >= 1)
            .take(20)
            .map(|j| json!({ "amount": number(j.money.value), "currency": j.money.currency, "quote": j.quote }))
            .collect::<Vec<_>>()
    );
    out["not_budget"] = json!(
        judged
            .iter()
            .filter_map(|j| j.trap.map(|why| (j, why)))
            .take(10)
            .map(|(j, why)| json!({ "amount": number(j.money.value), "currency": j.money.currency, "why": why, "quote": j.quote }))
            .collect::<Vec<_>>()
    );
    let summary = match (max, min, total) {
        (Some(m), Some(mn), _) => Some(format!(
            "{} {} – {}",
            m.money.currency,
            format_amount(mn.money.value),
            format_amount(m.money.value)
        )),
        (Some(m), None, _) => Some(format!(
            "up to {} {}",
            m.money.currency,
            format_amount(m.money.value)
        )),
        (None, _, Some(t)) => Some(format!(
            "{} {} (total)",
            t.money.currency,
            format_amount(t.money.value)
        )),
        _ => None,
    };
    (out, summary)
}

/// What a bare "$" was read as, when the budget is written with one.
pub(super) fn dollar_note(
    judged: &[Judged],
    budget: &Value,
    country: Option<&str>,
) -> Option<String> {
    let currency = budget["currency"].as_str()?;
    judged
        .iter()
        .any(|j| j.money.bare_dollar && j.money.currency == currency && j.trap.is_none())
        .then(|| match country {
            Some(c) if currency != "USD" => format!(
                "The budget is written with a bare \"$\": read as {currency}, the currency of {c}, the country the document names most."
            ),
            _ => "The budget is written with a bare \"$\": read as US dollars (USD), as the document names no other dollar country.".to_owned(),
        })
}

/// Why there is no budget, when `budget` has neither a ceiling nor a total.
pub(super) fn no_budget_note(budget: &Value, judged: &[Judged]) -> Option<String> {
    if !budget["max"].is_null() || budget.get("total").is_some() {
        return None;
    }
    Some(if judged.iter().any(|j| j.trap.is_some()) {
        "No budget: the amounts in the document are fees, guarantees, rates, examples or the issuer's own figures, not money for the work.".to_owned()
    } else {
        "No budget: no amount is stated as a ceiling, range or value for the work.".to_owned()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(s: &str) -> Vec<(f64, String)> {
        amounts(s)
            .into_iter()
            .map(|m| (m.value, m.currency))
            .collect()
    }

    #[test]
    fn an_emission_class_and_a_closed_bracket_alone_are_no_amounts() {
        for text in ["autobus di classe Euro 6", "(voir point 3) 12 000 EUR"] {
            assert!(
                read(text).iter().all(|(v, _)| *v != 6.0 && *v != 3.0),
                "{text}: {:?}",
                read(text)
            );
        }
    }

    #[test]
    fn amounts_are_read_in_both_conventions_and_six_languages() {
        let cases: &[(&str, f64, &str)] = &[
            ("up to $1,500,000.00 in total", 1_500_000.0, "USD"),
            ("EUR 1.5 million", 1_500_000.0, "EUR"),
            ("a grant of 250.000 euros", 250_000.0, "EUR"),
            ("£ 75 000 per year", 75_000.0, "GBP"),
            ("207.900,00 € IVA excluido", 207_900.0, "EUR"),
            ("compreso tra 100 000 EUR e 500 000 EUR", 100_000.0, "EUR"),
            ("R$ 500 mil", 500_000.0, "BRL"),
            ("KSh 2,000,000", 2_000_000.0, "KES"),
            ("5 000 000 FCFA", 5_000_000.0, "XOF"),
            ("2,5 millones de euros", 2_500_000.0, "EUR"),
            ("2.5 Mio EUR", 2_500_000.0, "EUR"),
            ("\\$7,200,000.00 for completion", 7_200_000.0, "USD"),
            ("US$ 350k", 350_000.0, "USD"),
            ("38,4 milliards d'euros", 38_400_000_000.0, "EUR"),
            ("Ksh. 2,000,000", 2_000_000.0, "KES"),
            ("Rs. 50,00,000", 5_000_000.0, "INR"),
            ("INR 5 crore", 50_000_000.0, "INR"),
            ("S/ 186 000,00 incluidos los impuestos", 186_000.0, "PEN"),
            ("S/. 2,500.00 por mes", 2_500.0, "PEN"),
            ("è pari a euro 9.000.000,00", 9_000_000.0, "EUR"),
            ("importo di Euro 78.400,00 oltre IVA", 78_400.0, "EUR"),
            (
                "cent quatre-vingt-cinq millions (185 000 000) F CFA TTC",
                185_000_000.0,
                "XOF",
            ),
            ("trois millions (3 000 000)\nFCFA", 3_000_000.0, "XOF"),
        ];
        for (text, value, currency) in cases {
            let got = read(text);
            assert_eq!(
                got.first(),
                Some(&(*value, currency.to_string())),
                "{text}: {got:?}"
            );
        }
        assert_eq!(read("page 12 of 40"), vec![]);
        assert_eq!(read("in 2023 we met 40 people"), vec![]);
        assert_eq!(read("Av. Grau S/N 2do piso, ref. S/2027"), vec![]);
    }

    fn judge(text: &str) -> Vec<Judged> {
        let blocks = vec![Block {
            text: std::borrow::Cow::Borrowed(text),
            starts: vec![(0, 0)],
            heading: "",
            page: 0,
        }];
        judged_amounts(&blocks, "USD", "XOF", 100, &StopFlag::default()).unwrap()
    }

    /// The judged amounts of one paragraph made of `lines`, joined as paragraphs are.
    fn judge_lines(lines: &[&str]) -> Vec<Judged> {
        let mut text = String::new();
        let mut starts = Vec::new();
        for (i, l) in lines.iter().enumerate() {
            if i > 0 {
                text.push(' ');
            }
            starts.push((text.len(), i));
            text.push_str(l);
        }
        let blocks = vec![Block {
            text: std::borrow::Cow::Owned(text),
            starts,
            heading: "",
            page: 0,
        }];
        judged_amounts(&blocks, "USD", "XOF", 100, &StopFlag::default()).unwrap()
    }

    #[test]
    fn the_words_after_an_amount_stop_where_a_new_line_starts_a_sentence() {
        let j = judge_lines(&[
            "Budget: USD 400,000 (all-inclusive)",
            "The winning firm shall lodge a performance guarantee of USD 40,000.",
        ]);
        assert_eq!((j[0].trap, j[1].trap), (None, Some("a bond or guarantee")));
        // A phrase that wraps onto a capital goes on.
        let j = judge_lines(&[
            "A sum of USD 5,000 is to be paid as",
            "Bid Security for each lot.",
        ]);
        assert_eq!(j[0].trap, Some("a bond or guarantee"));
        // An amount ending its line, then a long line without a stop.
        let long =
            "The text below runs on for well over eighty bytes with no stop at all and on and on";
        let j = judge_lines(&["Ceiling: EUR 90 000", long, "Fees: EUR 1 000"]);
        assert_eq!(j.len(), 2);
        let j = judge_lines(&["EUR 90 000", long]);
        assert_eq!(j.len(), 1);
        // An amount far from its line's end, more than the words read after it.
        let j = judge_lines(&[&format!("Ceiling: EUR 90 000 {long}"), "Next line"]);
        assert_eq!(j.len(), 1);
    }

    #[test]
    fn traps_are_refused_whatever_their_size() {
        for (text, why) in [
            (
                "A non-refundable bid processing fee of $25.00 is required.",
                "a fee",
            ),
            (
                "The County's operating budget of $3.9 billion funds 40 departments.",
                "the issuer's own budget or history",
            ),
            (
                "For example, a proposal priced at $40,000 would receive 20 points.",
                "an example or a formula",
            ),
            (
                "Consultants are paid a daily rate of USD 450 per day.",
                "a salary or a rate",
            ),
            (
                "A bid security of KSh 200,000 must accompany each bid.",
                "a bond or guarantee",
            ),
            (
                "Importe IVA excluido: 207.900,00 € IVA 43.659,00 €",
                "the VAT on a price",
            ),
            (
                "The World Bank has received a USD 350,000 sponsored grant to support this.",
                "the issuer's own budget or history",
            ),
            (
                "Les EIG perçoivent 3 500 euros nets par mois.",
                "a salary or a rate",
            ),
        ] {
            let j = judge(text);
            let last = j.last().unwrap();
            assert_eq!(last.trap, Some(why), "{text}");
            let (b, _) = budget(&j);
            assert!(
                b["max"].is_null() || b["max"] != number(last.money.value),
                "{text}: {b}"
            );
        }
    }

    #[test]
    fn the_per_award_ceiling_is_the_budget_and_the_envelope_its_total() {
        let (b, summary) = budget(&judge(
            "The total programme budget is EUR 1,200,000. Individual grants will range between EUR 50,000 and EUR 250,000 per project.",
        ));
        assert_eq!(
            (b["min"].as_i64(), b["max"].as_i64()),
            (Some(50_000), Some(250_000)),
            "{b}"
        );
        assert_eq!(b["total"]["amount"].as_i64(), Some(1_200_000));
        assert_eq!(summary.as_deref(), Some("EUR 50,000 – 250,000"));

        let (b, _) = budget(&judge(
            "NIAID intends to commit $10 million in FY 2026 to fund 4-5 awards. Application budgets are not expected to exceed $1.5 million direct costs per year.",
        ));
        assert_eq!(b["max"].as_i64(), Some(1_500_000), "{b}");
        assert_eq!(b["total"]["amount"].as_i64(), Some(10_000_000));

        let (b, summary) = budget(&judge(
            "L'importo disponibile a titolo del presente invito a presentare proposte è di 2 500 000 EUR.",
        ));
        assert!(b["max"].is_null(), "{b}");
        assert_eq!(b["total"]["amount"].as_i64(), Some(2_500_000));
        assert_eq!(summary.as_deref(), Some("EUR 2,500,000 (total)"));

        let (b, _) = budget(&judge(
            "La sovvenzione sarà di importo compreso tra 100 000 EUR e 500 000 EUR.",
        ));
        assert_eq!(
            (b["min"].as_i64(), b["max"].as_i64()),
            (Some(100_000), Some(500_000)),
            "{b}"
        );

        let (b, _) = budget(&judge(
            "Presupuesto base de licitación sin IVA: 207.900,00€",
        ));
        assert_eq!(b["max"].as_i64(), Some(207_900), "{b}");

        let (b, _) = budget(&judge("Minutes of the garden committee: 12 roses."));
        assert!(b["max"].is_null() && b.get("total").is_none(), "{b}");
    }

    #[test]
    fn a_value_with_the_renewals_is_the_total_beside_the_first_terms_budget() {
        // The first term's budget, then the whole life's value with its extensions.
        for (text, base, whole) in [
            (
                "El presupuesto base de licitación es de 90.000,00 euros, IVA excluido. El valor estimado del contrato, incluidas las dos prórrogas posibles, asciende a 270.000,00 euros.",
                90_000,
                270_000,
            ),
            (
                "The not-to-exceed amount for the initial term is $150,000. The estimated value including all renewal options is $450,000.",
                150_000,
                450_000,
            ),
            (
                "O preço base do procedimento é de 60 000,00 EUR. O valor estimado, incluindo as eventuais prorrogações, é de 120 000,00 EUR.",
                60_000,
                120_000,
            ),
            (
                "L'importo a base di gara è pari a 200.000,00 euro. Il valore stimato dell'appalto, compresi gli eventuali rinnovi, è pari a 400.000,00 euro.",
                200_000,
                400_000,
            ),
            (
                "Le montant maximum du marché est de 80 000 EUR HT. Le montant estimé du marché avec ses reconductions est de 240 000 EUR HT.",
                80_000,
                240_000,
            ),
            (
                "Das Auftragsvolumen beträgt höchstens 50.000 Euro netto. Der geschätzte Auftragswert einschließlich der Verlängerungsoptionen beträgt 150.000 Euro.",
                50_000,
                150_000,
            ),
        ] {
            let (b, _) = budget(&judge(text));
            assert_eq!(b["max"].as_i64(), Some(base), "{text}: {b}");
            assert_eq!(b["total"]["amount"].as_i64(), Some(whole), "{text}: {b}");
        }
        // A renewal named in another clause of the sentence does not make the budget a
        // total.
        let (b, _) = budget(&judge(
            "The budget for this contract is up to $75,000; renewal is at the County's discretion.",
        ));
        assert_eq!(b["max"].as_i64(), Some(75_000), "{b}");
    }

    #[test]
    fn the_projects_total_budget_outweighs_a_cap_on_one_part_of_it() {
        for (text, want) in [
            (
                "The total project budget is $60,000, including the first year of support. Support after year one should be priced separately and not exceed $3,000 per year.",
                60_000,
            ),
            (
                "Le budget total du projet est de 35 000 EUR. Les frais d'impression ne doivent pas dépasser 2 000 EUR.",
                35_000,
            ),
            (
                "El presupuesto total del proyecto es de 40.000 euros. La partida de difusión no podrá superar los 4.000 euros.",
                40_000,
            ),
        ] {
            let (b, _) = budget(&judge(text));
            assert_eq!(b["max"].as_i64(), Some(want), "{text}: {b}");
        }
    }
}
