//! A wholeness check of the compliance matrix (issue 31, "every row whole"): for each
//! extracted text given (with its `=== page N ===` lines), every matrix row is found in
//! the text and flagged when it looks cut or merged:
//!
//! - `start`: it begins in lower case where the text before it goes on (no list
//!   marker, no lead-in ending in ':' or ';', no sentence end before it);
//! - `end`: it ends without terminal punctuation where the text after it goes on in
//!   lower case (the sentence was cut);
//! - `page`: it holds text of two pages (a running header or page number may sit
//!   between);
//! - `items`: it holds two list items (a line inside it opens with a list marker);
//! - `sentences`: it holds two sentences that each bind (each has a modal).
//!
//! It prints each flagged row with its shapes, then per document and in all the
//! counts per shape (`-q`: the counts only):
//!
//! ```sh
//! cargo run -p rfp-engine --example wholeness -- /tmp/texts/*.txt
//! ```

use std::collections::BTreeMap;

#[path = "../tests/probe/mod.rs"]
mod probe;

use probe::pages;

const SHAPES: [&str; 7] = [
    "start",
    "end",
    "cap",
    "page",
    "items",
    "sentences",
    "unfound",
];

/// The source as one whitespace-collapsed string of chars, each char's line (its
/// index in `lines`), and the lines (page, text).
struct Source {
    chars: Vec<char>,
    line_of: Vec<usize>,
    lines: Vec<(usize, String)>,
    /// Whether each line is a page's furniture: a page number, or a line (its digits
    /// aside) on three pages or more.
    furniture: Vec<bool>,
}

fn source(pages: &[String]) -> Source {
    let mut s = Source {
        chars: Vec::new(),
        line_of: Vec::new(),
        lines: Vec::new(),
        furniture: Vec::new(),
    };
    for (p, page) in pages.iter().enumerate() {
        for line in page.lines() {
            let words: Vec<&str> = line.split_whitespace().collect();
            if words.is_empty() {
                continue;
            }
            let li = s.lines.len();
            s.lines.push((p, line.trim().to_owned()));
            if !s.chars.is_empty() {
                s.chars.push(' ');
                s.line_of.push(li);
            }
            for c in words.join(" ").chars() {
                s.chars.push(c);
                s.line_of.push(li);
            }
        }
    }
    let key = |l: &str| -> String { l.chars().filter(|c| !c.is_ascii_digit()).collect() };
    let mut seen: std::collections::HashMap<String, std::collections::BTreeSet<usize>> =
        std::collections::HashMap::new();
    for (p, l) in &s.lines {
        seen.entry(key(l)).or_default().insert(*p);
    }
    s.furniture = s
        .lines
        .iter()
        .map(|(_, l)| {
            let low = l.to_lowercase();
            l.chars()
                .all(|c| c.is_ascii_digit() || c.is_whitespace() || c == '-' || c == '/')
                || ((low.starts_with("page ")
                    || low.starts_with("seite ")
                    || low.starts_with("página ")
                    || low.starts_with("pagina "))
                    && l.len() < 60)
                || (key(l).chars().count() > 3 && seen[&key(l)].len() >= 3)
        })
        .collect();
    s
}

fn norm(text: &str) -> Vec<char> {
    text.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .chars()
        .collect()
}

fn find(hay: &[char], needle: &[char], from: usize) -> Option<usize> {
    if needle.is_empty() || hay.len() < needle.len() {
        return None;
    }
    (from..=hay.len() - needle.len()).find(|&i| hay[i..i + needle.len()] == *needle)
}

/// Whether a source line opens with a list marker.
fn list_marker(line: &str) -> bool {
    let t = line.trim_start();
    let mut cs = t.chars();
    let Some(first) = cs.next() else { return false };
    let second = cs.next();
    if matches!(
        first,
        '•' | '·' | '▪' | '■' | '►' | '➢' | '✓' | '○' | '◦' | '●' | '§'
    ) || ('\u{E000}'..='\u{F8FF}').contains(&first)
    {
        return true;
    }
    if matches!(first, '-' | '–' | '—' | '*' | 'o') && second.is_some_and(char::is_whitespace) {
        return true;
    }
    // a) 1) (i) i. iv. 1. 2.3 A.
    let word: String = t.split_whitespace().next().unwrap_or("").to_owned();
    let core = word.trim_start_matches('(');
    let body = core.trim_end_matches([')', '.']);
    if body.len() == core.len() || body.is_empty() || body.len() > 6 {
        return false;
    }
    body.chars().all(|c| c.is_ascii_digit() || c == '.')
        || (body.chars().count() == 1 && body.chars().all(|c| c.is_alphabetic()))
        || body.chars().all(|c| "ivxlIVXL".contains(c))
}

const MODALS: &[&str] = &[
    "shall",
    "must",
    "will",
    "should",
    "required",
    "doit",
    "doivent",
    "devra",
    "devront",
    "obligatoire",
    "deberá",
    "deberán",
    "debe",
    "deben",
    "deve",
    "devono",
    "dovrà",
    "dovranno",
    "deverá",
    "deverão",
    "muss",
    "müssen",
    "soll",
    "sollen",
    "ist zu",
    "sind zu",
];

fn binds(sentence: &str) -> bool {
    let s = sentence.to_lowercase();
    MODALS.iter().any(|m| {
        s.match_indices(m).any(|(i, _)| {
            let before = s[..i].chars().next_back();
            let after = s[i + m.len()..].chars().next();
            !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
        })
    })
}

/// The row's sentences: split after ". " / "; " / "! " / "? " before a capital, the
/// common abbreviations kept whole.
fn sentences(text: &str) -> Vec<String> {
    let words: Vec<&str> = text.split_whitespace().collect();
    let mut out = vec![String::new()];
    for (i, w) in words.iter().enumerate() {
        let cur = out.last_mut().expect("one");
        if !cur.is_empty() {
            cur.push(' ');
        }
        cur.push_str(w);
        let next_cap = words
            .get(i + 1)
            .and_then(|n| n.chars().next())
            .is_some_and(char::is_uppercase);
        let lw = w.to_lowercase();
        let abbrev = [
            "e.g.", "i.e.", "z.", "b.", "p.", "ex.", "es.", "art.", "no.", "nr.", "n.º", "vs.",
            "etc.", "mr.", "ms.", "dr.", "sec.", "st.", "inc.", "ltd.", "co.",
        ]
        .contains(&lw.as_str())
            || (lw.len() <= 2 && lw.ends_with('.'));
        if next_cap && !abbrev && (w.ends_with('.') || w.ends_with('!') || w.ends_with('?')) {
            out.push(String::new());
        }
    }
    out.retain(|s| !s.is_empty());
    out
}

/// The shapes of a row found at `span` of the source.
fn shapes_at(
    src: &Source,
    r: &[char],
    t: &str,
    (p, e): (usize, usize),
    exact: bool,
) -> Vec<&'static str> {
    let mut shapes = Vec::new();
    let first = r[0];
    let before = src.chars[..p]
        .iter()
        .rev()
        .find(|c| !c.is_whitespace())
        .copied();
    let rest: String = src.chars[e..src.chars.len().min(e + 40)].iter().collect();
    let rest = rest.trim_start_matches([',', ' ']);
    let after = rest.chars().next().filter(|_| !list_marker(rest));
    if first.is_lowercase()
        && before.is_some_and(|c| c.is_alphanumeric() || c == ',')
        && !list_marker(&src.lines[src.line_of[p]].1)
    {
        shapes.push("start");
    }
    let last = *r.last().expect("non-empty");
    if !matches!(
        last,
        '.' | ';' | ':' | '!' | '?' | ')' | ']' | '»' | '"' | '”'
    ) && after.is_some_and(|c| c.is_lowercase() || c == ',' || c == '(')
    {
        shapes.push(if r.len() >= 490 { "cap" } else { "end" });
    }
    let (l0, l1) = (src.line_of[p], src.line_of[e - 1]);
    if src.lines[l0].0 != src.lines[l1].0
        && (l0..=l1).any(|l| {
            let line: String = norm(&src.lines[l].1).into_iter().collect();
            src.furniture[l] && (exact || (line.len() >= 6 && t.contains(line.as_str())))
        })
    {
        shapes.push("page");
    }
    // A line opening with a marker after a line that ends mid-sentence is a wrapped
    // line ("... in the year\n2012. The ..."), no item.
    let item = |l: usize| {
        list_marker(&src.lines[l].1)
            && !src.lines[l - 1]
                .1
                .chars()
                .next_back()
                .is_some_and(|c| c.is_lowercase() || c == ',')
    };
    if let Some(l) = (l0 + 1..=l1).find(|&l| item(l)) {
        if std::env::var_os("WHOLENESS_DEBUG").is_some() {
            eprintln!("items at: {}", src.lines[l].1);
        }
        shapes.push("items");
    }
    if sentences(t).iter().filter(|s| binds(s)).count() >= 2 {
        shapes.push("sentences");
    }
    shapes
}

/// Whether a span is the row written whole (not its opening and closing words).
fn e_exact((p, e): (usize, usize), r: &[char]) -> bool {
    e - p == r.len()
}

fn main() {
    let mut quiet = false;
    let mut files = Vec::new();
    for a in std::env::args().skip(1) {
        if a == "-q" {
            quiet = true;
        } else {
            files.push(a);
        }
    }
    let mut total: BTreeMap<&str, usize> = BTreeMap::new();
    let mut total_rows = 0;
    let mut total_flagged = 0;
    for path in &files {
        let text = std::fs::read_to_string(path).expect("readable");
        let pages = pages(&text);
        let analysis = rfp_engine::analyze_pages(&pages, &rfp_engine::StopFlag::default())
            .expect("not stopped");
        let rows = analysis["extracted_data"]["requirements"]
            .as_array()
            .cloned()
            .unwrap_or_default();
        let src = source(&pages);
        let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
        let mut flagged = 0;
        let name = path.rsplit('/').next().unwrap_or(path);
        for row in &rows {
            let t = row["text"].as_str().unwrap_or_default();
            let r = norm(t);
            if r.is_empty() {
                continue;
            }
            let k = r.len().min(40);
            // Every place the whole row is written (the best one counts), else the
            // span from its opening to its closing words.
            let mut spans = Vec::new();
            let mut from = 0;
            while let Some(p) = find(&src.chars, &r, from) {
                spans.push((p, p + r.len()));
                from = p + 1;
                if spans.len() == 20 {
                    break;
                }
            }
            if spans.is_empty()
                && let Some(p) = find(&src.chars, &r[..k], 0)
                && let Some(e) = find(&src.chars, &r[r.len() - k..], p)
            {
                spans.push((p, e + k));
            }
            if spans.is_empty() {
                *counts.entry("unfound").or_default() += 1;
                if !quiet {
                    println!("{name} [unfound] {t}");
                }
                continue;
            }
            let (shapes, (p, e)) = spans
                .iter()
                .map(|&span| (shapes_at(&src, &r, t, span, e_exact(span, &r)), span))
                .min_by_key(|(s, _)| s.len())
                .expect("a span");
            if shapes.is_empty() {
                continue;
            }
            flagged += 1;
            for s in &shapes {
                *counts.entry(s).or_default() += 1;
            }
            if !quiet {
                let ctx = |a: usize, b: usize| -> String {
                    src.chars[a.min(src.chars.len())..b.min(src.chars.len())]
                        .iter()
                        .collect()
                };
                println!(
                    "{name} [{}] «{}» {t} «{}»",
                    shapes.join(","),
                    ctx(p.saturating_sub(30), p),
                    ctx(e, e + 30)
                );
            }
        }
        let line: Vec<String> = SHAPES
            .iter()
            .map(|s| format!("{s} {}", counts.get(s).copied().unwrap_or(0)))
            .collect();
        eprintln!(
            "{name}: {} rows, {flagged} flagged: {}",
            rows.len(),
            line.join(", ")
        );
        total_rows += rows.len();
        total_flagged += flagged;
        for (s, n) in counts {
            *total.entry(s).or_default() += n;
        }
    }
    let line: Vec<String> = SHAPES
        .iter()
        .map(|s| format!("{s} {}", total.get(s).copied().unwrap_or(0)))
        .collect();
    eprintln!(
        "all: {total_rows} rows, {total_flagged} flagged: {}",
        line.join(", ")
    );
}
