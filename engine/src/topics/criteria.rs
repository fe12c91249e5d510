//! Evaluation criteria: lines under an evaluation heading that carry points or
//! weights, in a table row ("| Relevance | 30 |") or in prose ("Relevance (30 points)").

use std::sync::LazyLock;

use regex::Regex;
use serde_json::{Value, json};

use crate::limits::{MAX_CRITERIA, StopFlag, Stopped};
use crate::text::{Line, clean_item, has_any, number, quote_line, re};

static POINTS: LazyLock<Regex> = LazyLock::new(|| {
    re(r"(?i)(\d{1,3}(?:\.\d+)?)\s*(%|percent|points?|pts\.?|marks?|punti|puntos|pontos|punkte)")
});

/// Page furniture: "33 | P a ge", "Page 4 of 12", "Seite 3 von 9", "página 2 de 10".
static PAGE_FURNITURE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)(?:^\W*\d{1,4}\s*\|\s*p\s?a\s?ge\b|(?:^|\W)(?:page|p a ge|página|pagina|pág\.|pag\.)\s*\d{1,4}\s*(?:of|de|di|sur|/)\s*\d{1,4}\b|\bseite\s+\d{1,4}\s+von\s+\d{1,4}\b)",
    )
});

/// The evaluation criteria of `lines`, at most [`MAX_CRITERIA`].
pub(super) fn find(lines: &[Line], stop: &StopFlag) -> Result<Vec<Value>, Stopped> {
    let mut criteria = Vec::new();
    for l in lines {
        stop.check()?;
        if criteria.len() >= MAX_CRITERIA {
            break;
        }
        if !may_score(l) {
            continue;
        }
        if let Some(c) = criterion(l) {
            criteria.push(c);
        }
    }
    Ok(criteria)
}

/// Whether `l` may be a scored row: under an evaluation heading or speaking of points,
/// not under an exclusion or eligibility heading, not a page's running footer.
fn may_score(l: &Line) -> bool {
    if l.is_heading
        || !(super::heading_has(
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
        return false;
    }
    // Exclusion and eligibility criteria are pass/fail, and their percentages are
    // penalties or shares, not weights.
    if super::heading_has(
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
    ) && !super::heading_has(l, &["evaluat", "award", "scoring", "attribution"])
    {
        return false;
    }
    // A page's running footer ("33 | Page", "Page 4 of 12"), not a scored row.
    !PAGE_FURNITURE.is_match(l.text)
}

/// The criterion `l` states with its points or weight, if it states one.
fn criterion(l: &Line) -> Option<Value> {
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
                let before = l.text[..m.start()].trim_end_matches(['(', ':', '–', '-', ' ', '—']);
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
    let (value, unit) = caps?;
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
        return None;
    }
    let v = value.parse::<f64>().ok()?;
    let mut c = json!({ "criterion": name, "quote": quote_line(l.text) });
    if unit.starts_with('%') || unit.starts_with("percent") {
        c["weight_percent"] = number(v);
    } else {
        c["points"] = number(v);
    }
    Some(c)
}
