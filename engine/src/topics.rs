//! The rest of the analysis: eligibility, mandatory requirements, geographic scope,
//! beneficiaries, deliverables, evaluation criteria with their points or weights,
//! required sections, the submission method, contacts, the key focus, and the
//! semantic query the next workflow step searches with.

use std::sync::LazyLock;

use regex::Regex;
use serde_json::{Value, json};

use super::text::{LIST_MARK, Line, clean_item, has_any, number, quote, quote_line, re, sentences};
use super::{Budget, Stopped, cap_chars};

const MAX_CRITERIA: usize = 60;

static EMAIL: LazyLock<Regex> =
    LazyLock::new(|| re(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}"));
static PHONE: LazyLock<Regex> =
    LazyLock::new(|| re(r"\+?\(?\d{1,4}\)?[\s.-]?\d{2,4}(?:[\s.-]?\d{2,4}){1,3}"));
static POINTS: LazyLock<Regex> = LazyLock::new(|| {
    re(r"(?i)(\d{1,3}(?:\.\d+)?)\s*(%|percent|points?|pts\.?|marks?|punti|puntos|pontos|punkte)")
});

/// Page furniture: "33 | P a ge", "Page 4 of 12", "Seite 3 von 9", "página 2 de 10".
static PAGE_FURNITURE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)(?:^\W*\d{1,4}\s*\|\s*p\s?a\s?ge\b|(?:^|\W)(?:page|p a ge|página|pagina|pág\.|pag\.)\s*\d{1,4}\s*(?:of|de|di|sur|/)\s*\d{1,4}\b|\bseite\s+\d{1,4}\s+von\s+\d{1,4}\b)",
    )
});
static PAGES: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)(?:not exceed|maximum(?: of)?|max\.?|up to|no more than|at most|limited to|au maximum|au plus|maximum de|máximo(?: de)?|no más de|massimo(?: di)?|höchstens|maximal)\s+(\d{1,3})\s+(?:pages?|páginas?|pagine|seiten)",
    )
});
static ANY_PAGES: LazyLock<Regex> = LazyLock::new(|| re(r"(?i)\b(\d{1,3})\s+pages?\b"));
static URL: LazyLock<Regex> = LazyLock::new(|| re(r"https?://[^\s)>\]]+"));
static LANGUAGE: LazyLock<Regex> = LazyLock::new(|| {
    re(r"(?i)\b(written|submitted|prepared) in (english|french|spanish|arabic|portuguese|german)\b")
});
static FORMAT: LazyLock<Regex> = LazyLock::new(|| re(r"\b(PDF|Word|DOCX)\b"));

/// What the rest of the analysis found.
pub(super) struct Rest {
    pub eligibility: Vec<Value>,
    pub mandatory: Vec<Value>,
    pub geographic: Vec<Value>,
    pub beneficiaries: Vec<Value>,
    pub deliverables: Vec<Value>,
    pub criteria: Vec<Value>,
    pub sections: Vec<Value>,
    pub submission: Value,
    pub contacts: Vec<Value>,
    pub key_focus: Option<Value>,
}

/// Finds the rest of the analysis in `lines`.
pub(super) fn rest(lines: &[Line], limit: &Budget) -> Result<Rest, Stopped> {
    let heading_has = |l: &Line, words: &[&str]| has_any(l.heading, words);
    // Statements by topic.
    let statements =
        |pred: &dyn Fn(&str, &str) -> bool, cap: usize| -> Result<Vec<Value>, Stopped> {
            let mut seen = Vec::<String>::new();
            let mut out = Vec::new();
            for l in lines.iter().filter(|l| !l.is_heading) {
                limit.check()?;
                if out.len() >= cap {
                    break;
                }
                for sentence in sentences(l.text) {
                    if out.len() >= cap || !pred(sentence, l.heading) {
                        continue;
                    }
                    let text = clean_item(sentence);
                    if !text.is_empty() && !seen.contains(&text) {
                        seen.push(text.clone());
                        out.push(json!({ "text": text, "quote": quote_line(sentence) }));
                    }
                }
            }
            Ok(out)
        };
    let eligibility = statements(
        &|text, heading| {
            has_any(
                heading,
                &["eligib", "who can apply", "who may apply", "applicant"],
            ) || has_any(
                text,
                &[
                    "eligible",
                    "eligibility",
                    "applicants must",
                    "open to",
                    "who can apply",
                    "must be registered",
                    "may apply",
                ],
            )
        },
        15,
    )?;
    let mandatory = statements(
        &|text, _| {
            has_any(
                text,
                &[" must ", " shall ", "required", "mandatory", "must not"],
            )
        },
        25,
    )?;
    let geographic = statements(
        &|text, heading| {
            has_any(
                heading,
                &[
                    "geograph",
                    "location",
                    "target area",
                    "place of performance",
                ],
            ) || has_any(
                text,
                &[
                    "geographic",
                    "municipalit",
                    "take place in",
                    "implemented in",
                    "countries",
                    "country",
                    "county",
                    "province",
                    "district",
                    "territor",
                    "nationwide",
                    "located in",
                ],
            )
        },
        8,
    )?;
    let beneficiaries = statements(
        &|text, _| {
            has_any(
                text,
                &[
                    "beneficiar",
                    "target group",
                    "target population",
                    "participants",
                    "people who",
                    "adults",
                    "youth",
                    "women",
                    "farmers",
                    "households",
                    "communities",
                ],
            )
        },
        8,
    )?;
    let deliverables = statements(
        &|text, heading| {
            has_any(
                heading,
                &[
                    "deliverable",
                    "outputs",
                    "expected results",
                    "scope of work",
                    "tasks",
                ],
            ) && LIST_MARK.is_match(text)
        },
        20,
    )?;

    // Evaluation criteria: lines under an evaluation heading that carry points or weights.
    let mut criteria = Vec::new();
    for l in lines {
        limit.check()?;
        if criteria.len() >= MAX_CRITERIA {
            break;
        }
        if l.is_heading
            || !(heading_has(
                l,
                &[
                    "evaluat",
                    "criteria",
                    "scoring",
                    "selection",
                    "assessment",
                    "award",
                ],
            ) || has_any(l.text, &["points", "weight"]))
        {
            continue;
        }
        // Exclusion and eligibility criteria are pass/fail, and their percentages are
        // penalties or shares, not weights.
        if heading_has(
            l,
            &[
                "exclusion",
                "eligibility",
                "éligibilité",
                "exclusión",
                "elegibilidad",
                "esclusione",
                "ammissibilità",
                "ausschluss",
            ],
        ) && !heading_has(l, &["evaluat", "award", "scoring", "attribution"])
        {
            continue;
        }
        // A page's running footer ("33 | Page", "Page 4 of 12"), not a scored row.
        if PAGE_FURNITURE.is_match(l.text) {
            continue;
        }
        let cells: Vec<&str> = l
            .text
            .split('|')
            .map(str::trim)
            .filter(|c| !c.is_empty())
            .collect();
        let (name, caps) = if cells.len() >= 2 {
            let name = cells
                .iter()
                .find(|c| c.chars().any(char::is_alphabetic) && !POINTS.is_match(c))
                .copied()
                .unwrap_or(cells[0]);
            let caps = cells
                .iter()
                .find_map(|c| {
                    POINTS
                        .captures(c)
                        .map(|c| (c[1].to_owned(), c[2].to_lowercase()))
                })
                .or_else(|| {
                    cells
                        .iter()
                        .find(|c| c.parse::<f64>().is_ok())
                        .map(|n| (n.to_string(), "points".to_owned()))
                });
            (name.to_owned(), caps)
        } else {
            let c = POINTS.captures(l.text);
            let name = match &c {
                Some(c) => {
                    let m = c.get(0).unwrap();
                    let before =
                        l.text[..m.start()].trim_end_matches(['(', ':', '–', '-', ' ', '—']);
                    if before.trim().len() > 2 {
                        before.to_owned()
                    } else {
                        l.text[m.end()..].to_owned()
                    }
                }
                None => l.text.to_owned(),
            };
            (name, c.map(|c| (c[1].to_owned(), c[2].to_lowercase())))
        };
        let Some((value, unit)) = caps else { continue };
        let name = clean_item(&name);
        let lower = name.to_lowercase();
        if name.is_empty()
            || name.len() > 200
            || lower.contains("scored out of")
            || lower.contains("below")
            || lower.contains("total")
            || lower.contains("out of")
            || lower.contains("minimum")
        {
            continue;
        }
        let Ok(v) = value.parse::<f64>() else {
            continue;
        };
        let mut c = json!({ "criterion": name, "quote": quote_line(l.text) });
        if unit.starts_with('%') || unit.starts_with("percent") {
            c["weight_percent"] = number(v);
        } else {
            c["points"] = number(v);
        }
        criteria.push(c);
    }

    // Required sections: list items under a heading about the proposal's format or content.
    let sections: Vec<Value> = lines
        .iter()
        .filter(|l| {
            !l.is_heading
                && LIST_MARK.is_match(l.text)
                && heading_has(
                    l,
                    &[
                        "format",
                        "required section",
                        "structure",
                        "content",
                        "outline",
                        "table of contents",
                        "proposal sections",
                        "submission requirement",
                        "application package",
                    ],
                )
        })
        .map(|l| {
            let name = clean_item(l.text);
            let mut s = json!({ "name": name, "quote": quote_line(l.text) });
            if let Some(p) = PAGES
                .captures(l.text)
                .or_else(|| ANY_PAGES.captures(l.text))
            {
                s["page_limit"] = json!(p[1].parse::<u32>().unwrap_or(0));
            }
            s
        })
        .take(30)
        .collect();

    // Submission: how and in what form.
    let submission_line = lines.iter().find(|l| {
        has_any(l.text, &["submit", "submission", "sent to", "send "])
            && has_any(
                l.text,
                &[
                    "email",
                    "e-mail",
                    "portal",
                    "online",
                    "electronic",
                    "upload",
                    "platform",
                    "post",
                    "courier",
                    "hand",
                    "sam.gov",
                    "grants.gov",
                    "system",
                ],
            )
    });
    let mut submission = json!({});
    if let Some(l) = submission_line {
        let lower = l.text.to_lowercase();
        let method = if lower.contains("portal")
            || lower.contains("online")
            || lower.contains("electronic")
            || lower.contains("upload")
            || lower.contains("platform")
            || lower.contains("system")
        {
            "online portal"
        } else if lower.contains("email") || lower.contains("e-mail") {
            "email"
        } else {
            "post or hand delivery"
        };
        submission["method"] = json!(method);
        submission["quote"] = json!(quote_line(l.text));
        if let Some(url) = URL.find(l.text) {
            submission["address"] = json!(url.as_str().trim_end_matches(['.', ',']));
        }
    }
    // The proposal's page limit, not one section's: a list item ("Executive summary
    // (maximum 1 page)") is a section's.
    if let Some((l, c)) = lines
        .iter()
        .filter(|l| !LIST_MARK.is_match(l.text))
        .find_map(|l| PAGES.captures(l.text).map(|c| (l, c)))
    {
        submission["page_limit"] = json!(c[1].parse::<u32>().unwrap_or(0));
        submission["page_limit_quote"] = json!(quote_line(l.text));
    }
    if let Some(l) = lines.iter().find(|l| LANGUAGE.is_match(l.text)) {
        let lang = LANGUAGE.captures(l.text).map(|c| c[2].to_owned());
        submission["language"] = json!(lang);
        submission["language_quote"] = json!(quote_line(l.text));
    }
    if let Some(l) = lines
        .iter()
        .find(|l| has_any(l.text, &["submit", "submission", "file"]) && FORMAT.is_match(l.text))
    {
        let f = FORMAT.captures(l.text).map(|c| c[1].to_owned());
        submission["format"] = json!(f);
        submission["format_quote"] = json!(quote_line(l.text));
    }

    // Contacts: e-mail addresses and telephone numbers.
    let mut contacts = Vec::new();
    'lines: for l in lines {
        limit.check()?;
        // The line's phone number, looked for once whatever its number of addresses.
        let mut phone: Option<Option<String>> = None;
        for m in EMAIL.find_iter(l.text) {
            if contacts.len() >= 10 {
                break 'lines;
            }
            let email = cap_chars(m.as_str().trim_end_matches('.'), 254);
            if contacts.iter().any(|c: &Value| c["email"] == email) {
                continue;
            }
            let mut c = json!({ "email": email, "quote": quote(l.text, m.range()) });
            let phone = phone.get_or_insert_with(|| {
                if !has_any(l.text, &["tel", "phone", "call"]) {
                    return None;
                }
                PHONE
                    .find_iter(l.text)
                    .find(|p| {
                        p.as_str().chars().filter(char::is_ascii_digit).count() >= 8
                            && super::dates::dates(p.as_str(), super::dates::Convention::DayFirst)
                                .is_empty()
                    })
                    .map(|p| cap_chars(p.as_str().trim(), 40).to_owned())
            });
            if let Some(p) = phone {
                c["phone"] = json!(p);
            }
            contacts.push(c);
        }
    }

    // Purpose: the first paragraph under a background/purpose/overview heading.
    let key_focus = lines
        .iter()
        .find(|l| {
            !l.is_heading
                && l.text.len() > 60
                && heading_has(
                    l,
                    &[
                        "purpose",
                        "objective",
                        "background",
                        "overview",
                        "introduction",
                        "summary",
                        "scope",
                        "goal",
                    ],
                )
        })
        .or_else(|| lines.iter().find(|l| !l.is_heading && l.text.len() > 80))
        .map(|l| json!({ "value": quote(l.text, 0..1), "quote": quote(l.text, 0..1) }));

    Ok(Rest {
        eligibility,
        mandatory,
        geographic,
        beneficiaries,
        deliverables,
        criteria,
        sections,
        submission,
        contacts,
        key_focus,
    })
}

/// Words a semantic query aims for (the next workflow step searches with it).
const QUERY_WORDS: std::ops::RangeInclusive<usize> = 150..=250;

/// A description for searching past proposals: what was found (title, issuer, focus,
/// beneficiaries, places, deliverables, eligibility), then the document's own
/// sentences in order until it reaches 150 words; at most 250 words.
pub(super) fn semantic_query<'a>(
    found: impl Iterator<Item = &'a str>,
    body: impl Iterator<Item = &'a str>,
) -> String {
    let mut words: Vec<&str> = Vec::new();
    let mut used: Vec<&str> = Vec::new();
    for text in found {
        let text = text.trim();
        if text.is_empty() || used.contains(&text) {
            continue;
        }
        used.push(text);
        words.extend(text.split_whitespace());
    }
    if words.len() < *QUERY_WORDS.start() {
        for sentence in body {
            let sentence = sentence.trim();
            if sentence.split_whitespace().count() < 4 || used.iter().any(|u| u.contains(sentence))
            {
                continue;
            }
            used.push(sentence);
            words.extend(sentence.split_whitespace());
            if words.len() >= *QUERY_WORDS.start() {
                break;
            }
        }
    }
    words.truncate(*QUERY_WORDS.end());
    words.join(" ")
}
