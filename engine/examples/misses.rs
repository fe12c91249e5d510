//! Where the compliance matrix's misses stand in the text, counted per part of the
//! labelled corpus (issue 31): for each extracted text given, the engine's matrix is
//! scored against its hand count (`eval/matrix/<document>.json`, the fragment found in
//! a row's text as `rfp eval` finds it) and
//!
//! - each **missed** statement is placed in the text and counted by the shape of the
//!   line it starts on: its list marker (bullet, number, letter, roman numeral, a
//!   Markdown table row or heading, a check box), none at the line's start, or
//!   mid-line; and whether the line before it ends with ':' (a lead-in);
//! - each **wrong section** is counted by how its counted heading is written in the
//!   text: on a line of its own (a Markdown heading, bold, numbered, capitals, ending
//!   with ':'), opening a line that goes on with the text, or mid-line.
//!
//! Only counts are printed, per part of `eval/split.json`, so it may be run on the
//! held-out part without showing any of its text; `--tuned-details` prints the tuned
//! documents' missed fragments with their class.
//!
//! ```sh
//! cargo run -p rfp-engine --example misses -- eval/matrix eval/split.json /tmp/texts/*.txt
//! ```
//!
//! A text's file name is the document's name with `.txt` added; the engine reads it
//! with the document's hints (its styles, properties and heading lines) from the file
//! of the same name ending `.hints` instead, as the service does, when there is one:
//!
//! ```sh
//! RFP_OCR=off rfp-worker extract --hints /tmp/t/D.pdf.hints D.pdf > /tmp/t/D.pdf.txt
//! ```

use std::collections::BTreeMap;

use serde_json::Value;

#[path = "../tests/probe/mod.rs"]
mod probe;

use probe::{holds_words, normal, pages};

/// Typographic variants folded and the stop after a clause number dropped ("3.2." is
/// "3.2"), as `rfp eval` compares headings.
fn fold(text: &str) -> String {
    let folded: Vec<char> = text
        .chars()
        .map(|c| match c {
            '’' | '‘' | 'ʼ' | '`' => '\'',
            '–' | '—' | '‑' | '−' => '-',
            '“' | '”' | '„' | '«' | '»' => '"',
            c => c,
        })
        .collect();
    let mut out = String::with_capacity(folded.len());
    for (i, &c) in folded.iter().enumerate() {
        let number_stop = c == '.'
            && i > 0
            && folded[i - 1].is_ascii_digit()
            && folded.get(i + 1).is_none_or(|n| n.is_whitespace());
        if !number_stop {
            out.push(c);
        }
    }
    out
}

fn clean_heading(s: &str) -> String {
    fold(&normal(s))
        .trim_end_matches([':', '.', ' '])
        .trim_start_matches(['#', '*', ' '])
        .to_owned()
}

/// `rfp eval`'s test of a row's section against the counted heading (without its
/// folding of a clause number's stop).
fn same_section(got: &str, want: &str) -> bool {
    let (g, w) = (clean_heading(got), clean_heading(want));
    !g.is_empty() && (holds_words(&g, &w) || holds_words(&w, &g))
}

/// The class of a line's opening: its list marker, or none.
fn marker(line: &str) -> &'static str {
    let t = line.trim_start();
    let mut cs = t.chars();
    let Some(first) = cs.next() else {
        return "empty";
    };
    let second = cs.next();
    if first == '|' {
        return "table row";
    }
    if first == '#' {
        return "md heading";
    }
    if t.starts_with("**") || t.starts_with("__") {
        return "bold";
    }
    if t.starts_with("[ ]") || t.starts_with("[x]") || matches!(first, '☐' | '□' | '❑' | '☑')
    {
        return "check box";
    }
    if matches!(
        first,
        '•' | '·'
            | '▪'
            | '■'
            | '►'
            | '➢'
            | '✓'
            | '○'
            | '◦'
            | '●'
            | '➤'
            | '→'
            | '♦'
            | '◆'
    ) || ('\u{E000}'..='\u{F8FF}').contains(&first)
    {
        return "bullet";
    }
    if matches!(first, '-' | '–' | '—' | '*' | '+' | 'o') && second.is_some_and(char::is_whitespace)
    {
        return "dash";
    }
    let word = t.split_whitespace().next().unwrap_or("");
    let core = word.trim_start_matches('(');
    let body = core.trim_end_matches([')', '.', ':']);
    if body.len() < core.len() && !body.is_empty() && body.len() <= 8 {
        if body.chars().all(|c| c.is_ascii_digit() || c == '.') {
            return if body.contains('.') {
                "number 1.2"
            } else {
                "number"
            };
        }
        if body.chars().all(|c| "ivxlIVXL".contains(c)) && body.len() <= 5 {
            return "roman";
        }
        if body.chars().count() == 1 && body.chars().all(char::is_alphabetic) {
            return "letter";
        }
    }
    "none"
}

/// How a heading's line is written.
fn heading_line(line: &str, heading: &str) -> &'static str {
    let t = line.trim();
    let low = fold(&normal(t));
    let rest = low
        .trim_start_matches(['#', '*', ' '])
        .trim_end_matches(['*', ' ']);
    let opens = rest.starts_with(heading)
        || rest
            .split_once(' ')
            .is_some_and(|(n, r)| n.len() <= 8 && r.starts_with(heading));
    let whole = rest.trim_end_matches([':', '.', ' ']).len() <= heading.len() + 10;
    if t.starts_with('#') {
        return "own line: md heading";
    }
    if t.starts_with('|') {
        return "table cell";
    }
    if whole && opens {
        if t.starts_with("**") {
            return "own line: bold";
        }
        if t.trim_end().ends_with(':') {
            return "own line: ending ':'";
        }
        match marker(t) {
            "none" => {}
            "number" | "number 1.2" => return "own line: numbered",
            "letter" => return "own line: lettered",
            "roman" => return "own line: roman numeral",
            _ => return "own line: marked",
        }
        let first = low.split_whitespace().next().unwrap_or("");
        if [
            "section",
            "part",
            "article",
            "chapter",
            "annex",
            "appendix",
            "attachment",
        ]
        .contains(&first)
        {
            return "own line: 'section N'";
        }
        let letters: Vec<char> = t.chars().filter(|c| c.is_alphabetic()).collect();
        if !letters.is_empty() && letters.iter().all(|c| !c.is_lowercase()) {
            return "own line: capitals";
        }
        return "own line: other";
    }
    if opens {
        return "opening a longer line";
    }
    "mid-line"
}

/// Words that make a line bind (a rough test, for counting only).
const BINDS: &[&str] = &[
    "shall",
    "must",
    "required",
    "require",
    "requires",
    "should",
    "will",
    "include",
    "including",
    "following",
    "submit",
    "provide",
    "doit",
    "doivent",
    "devra",
    "devront",
    "requis",
    "suivants",
    "suivantes",
    "deberá",
    "deberán",
    "debe",
    "deben",
    "siguientes",
    "deve",
    "devono",
    "dovrà",
    "seguenti",
    "muss",
    "müssen",
    "sind",
    "folgende",
    "deverá",
    "deverão",
    "seguintes",
];

/// The line a marked item's list hangs from (the nearest line above that is no item
/// and does not go on a sentence), and its kind.
fn list_head(lines: &[String], item: usize) -> (usize, &'static str) {
    let mut i = item;
    while i > 0 {
        i -= 1;
        let l = &lines[i];
        let cont = l.chars().next().is_some_and(char::is_lowercase);
        if marker(l) == "none" && !cont {
            break;
        }
        if item - i > 60 {
            return (i, "none within 60 lines");
        }
    }
    let l = lines[i].trim();
    let low = l.to_lowercase();
    let binds = low
        .split(|c: char| !c.is_alphanumeric())
        .any(|w| BINDS.contains(&w));
    let kind = match (l.ends_with(':'), binds) {
        (true, true) => "a lead-in ending ':' with a cue",
        (true, false) => "a lead-in ending ':' without a cue",
        _ if l.split_whitespace().count() <= 8 && !l.ends_with('.') => {
            if binds {
                "a short line with a cue (heading?)"
            } else {
                "a short line without a cue (heading?)"
            }
        }
        (false, true) => "a sentence with a cue",
        (false, false) => "a sentence without a cue",
    };
    (i, kind)
}

/// How an unmarked line holding a missed statement's opening is written: its length,
/// its end, and how far above the nearest line ending ':' is.
fn unmarked_line(lines: &[String], li: usize) -> String {
    let line = lines[li].trim();
    let words = line.split_whitespace().count();
    let length = match words {
        0..=5 => "1-5 words",
        6..=12 => "6-12 words",
        _ => "13+ words",
    };
    let end = match line.chars().last() {
        Some('.') => "ends '.'",
        Some(';') => "ends ';'",
        Some(',') => "ends ','",
        Some(':') => "ends ':'",
        _ => "ends otherwise",
    };
    let first_upper = line.chars().next().is_some_and(char::is_uppercase);
    let colon = (1..=10)
        .take_while(|&d| d <= li)
        .find(|&d| lines[li - d].trim_end().ends_with(':'))
        .map_or("no ':' line within 10 above".to_owned(), |d| {
            format!("':' line {} above", if d <= 3 { "1-3" } else { "4-10" })
        });
    let case = if first_upper { "capital" } else { "lower-case" };
    format!("{length}, {end}, {case}, {colon}")
}

struct Text {
    /// The whitespace-collapsed lower-case text, one space between lines.
    flat: Vec<char>,
    /// Each char's line.
    line_of: Vec<usize>,
    lines: Vec<String>,
}

fn text_of(pages: &[String]) -> Text {
    let mut t = Text {
        flat: Vec::new(),
        line_of: Vec::new(),
        lines: Vec::new(),
    };
    for page in pages {
        for line in page.lines() {
            if line.trim().is_empty() {
                continue;
            }
            let li = t.lines.len();
            t.lines.push(line.trim().to_owned());
            if !t.flat.is_empty() {
                t.flat.push(' ');
                t.line_of.push(li - 1);
            }
            for c in normal(line).chars() {
                t.flat.push(c);
                t.line_of.push(li);
            }
        }
    }
    t
}

fn find(hay: &[char], needle: &[char]) -> Option<usize> {
    if needle.is_empty() || hay.len() < needle.len() {
        return None;
    }
    (0..=hay.len() - needle.len()).find(|&i| hay[i..i + needle.len()] == *needle)
}

type Counts = BTreeMap<String, usize>;

fn bump(part: &mut BTreeMap<String, Counts>, what: &str, key: String) {
    *part
        .entry(what.to_owned())
        .or_default()
        .entry(key)
        .or_default() += 1;
}

fn main() {
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    let details = args.iter().any(|a| a == "--tuned-details");
    args.retain(|a| a != "--tuned-details");
    if args.len() < 3 {
        eprintln!("usage: misses [--tuned-details] MATRIX_DIR SPLIT_JSON TEXT...");
        std::process::exit(2);
    }
    let read = |p: &str| std::fs::read_to_string(p).unwrap_or_else(|e| panic!("{p}: {e}"));
    let split: Value = serde_json::from_str(&read(&args[1])).expect("split json");
    let mut part_of: BTreeMap<String, String> = BTreeMap::new();
    for g in split["groups"].as_array().expect("groups") {
        for d in g["documents"].as_array().expect("documents") {
            part_of.insert(
                d.as_str().expect("name").to_owned(),
                g["part"].as_str().expect("part").to_owned(),
            );
        }
    }
    let mut by_part: BTreeMap<String, BTreeMap<String, Counts>> = BTreeMap::new();
    for path in &args[2..] {
        let name = path
            .rsplit('/')
            .next()
            .unwrap_or(path)
            .trim_end_matches(".txt");
        let count_path = format!("{}/{name}.json", args[0]);
        let Ok(count) = std::fs::read_to_string(&count_path) else {
            continue;
        };
        let count: Value = serde_json::from_str(&count).expect("count json");
        let part = part_of
            .get(name)
            .cloned()
            .unwrap_or_else(|| "unknown".into());
        let show = details && part == "tuned";
        let format = name.rsplit('.').next().unwrap_or("?").to_owned();
        let pages = pages(&read(path));
        let text = text_of(&pages);
        let mut layout = rfp_engine::Layout::new();
        let hints_path = format!("{}.hints", path.trim_end_matches(".txt"));
        for line in std::fs::read_to_string(&hints_path)
            .unwrap_or_default()
            .lines()
        {
            if let Some((kind, text)) = line.split_once('\t') {
                layout.push_named(kind, text);
            }
        }
        let analysis =
            rfp_engine::analyze_document(&pages, &layout, &rfp_engine::StopFlag::default())
                .expect("not stopped");
        let in_range = |page: Option<u64>| {
            let (Some(ranges), Some(page)) = (count.get("pages"), page) else {
                return true;
            };
            let Some(list) = ranges.as_array() else {
                return true;
            };
            let within = |r: &Value| {
                let r = r.as_array();
                r.is_some_and(|r| {
                    r.len() == 2
                        && r[0].as_u64().is_some_and(|a| a <= page)
                        && r[1].as_u64().is_some_and(|b| page <= b)
                })
            };
            if list.first().is_some_and(Value::is_array) {
                list.iter().any(within)
            } else {
                within(ranges)
            }
        };
        let rows: Vec<(String, String)> = analysis["extracted_data"]["requirements"]
            .as_array()
            .cloned()
            .unwrap_or_default()
            .iter()
            .filter(|r| in_range(r["page"].as_u64()))
            .map(|r| {
                (
                    normal(r["text"].as_str().unwrap_or_default()),
                    r["section"].as_str().unwrap_or_default().to_owned(),
                )
            })
            .collect();
        let counts = by_part.entry(part.clone()).or_default();
        for req in count["requirements"].as_array().expect("requirements") {
            let fragment = normal(req["fragment"].as_str().unwrap_or_default());
            let shape = req["shape"].as_str().unwrap_or("?").to_owned();
            let hit = rows.iter().find(|(t, _)| t.contains(&fragment));
            bump(counts, "counted", "statements".into());
            let Some((_, section)) = hit else {
                bump(counts, "missed, by format", format.clone());
                let needle: Vec<char> = fragment.chars().collect();
                let Some(at) = find(&text.flat, &needle) else {
                    bump(
                        counts,
                        "missed, by the line it starts on",
                        "not in the text".into(),
                    );
                    continue;
                };
                let li = text.line_of[at];
                let line = &text.lines[li];
                let line_start = at == 0 || text.line_of[at - 1] != li;
                let lead_in = li > 0 && text.lines[li - 1].trim_end().ends_with(':');
                let mut class = if line_start {
                    "line start, no marker".to_owned()
                } else {
                    let m = marker(line);
                    let skipped = {
                        // The marker is all the line holds before the fragment.
                        let first = text.line_of.iter().position(|&l| l == li).unwrap_or(0);
                        let before: String = text.flat[first..at].iter().collect();
                        before.split_whitespace().count() <= 1
                    };
                    if m != "none" && skipped {
                        format!("after a marker: {m}")
                    } else {
                        format!("mid-line (line opens: {m})")
                    }
                };
                if lead_in {
                    class.push_str(", after a line ending ':'");
                }
                // Whether a row holds the statement's opening words (a row cut or
                // merged with its neighbours) or none does.
                let opening: String = fragment
                    .split_whitespace()
                    .take(5)
                    .collect::<Vec<_>>()
                    .join(" ");
                let in_row = rows.iter().any(|(t, _)| t.contains(&opening));
                bump(
                    counts,
                    "missed, whether a row holds its opening words",
                    format!("{shape}: {}", if in_row { "a row does" } else { "no row" }),
                );
                if !in_row {
                    // The statement's sentence read alone, as a document of its own:
                    // a row then means the miss comes from its context (the lines
                    // around it, its section, how the text is cut), none from how
                    // the sentence itself is written.
                    let first = text.line_of.iter().position(|&l| l == li).unwrap_or(at);
                    let end = (at + needle.len()..text.flat.len())
                        .find(|&i| {
                            text.flat[i] == '.'
                                && text.flat.get(i + 1).is_none_or(|c| c.is_whitespace())
                        })
                        .map_or(text.flat.len(), |i| i + 1)
                        .min(at + needle.len() + 600);
                    let sentence: String = text.flat[first..end].iter().collect();
                    let alone = rfp_engine::analyze_document(
                        &[sentence],
                        &rfp_engine::Layout::new(),
                        &rfp_engine::StopFlag::default(),
                    )
                    .expect("not stopped");
                    let row = alone["extracted_data"]["requirements"]
                        .as_array()
                        .is_some_and(|r| !r.is_empty());
                    if !row {
                        let language = analysis["extracted_data"]["language"]
                            .as_str()
                            .unwrap_or("?")
                            .to_owned();
                        bump(
                            counts,
                            "missed in no row and none alone, by the document's language",
                            format!("{shape}: {language}"),
                        );
                    }
                    bump(
                        counts,
                        "missed in no row, its sentence read alone",
                        format!(
                            "{shape}: {}",
                            if row { "makes a row" } else { "makes none" }
                        ),
                    );
                }
                if !in_row {
                    // Whether the line that holds the statement's opening was read as a
                    // heading: some row's section holds it.
                    let own = clean_heading(line);
                    let heading = !own.is_empty()
                        && rows
                            .iter()
                            .any(|(_, s)| s.split('›').any(|h| clean_heading(h) == own));
                    bump(
                        counts,
                        "missed in no row, its line read as a heading",
                        format!("{shape}: {}", if heading { "yes" } else { "no" }),
                    );
                }
                if line_start && !in_row {
                    bump(
                        counts,
                        "missed at a line's start in no row, by its line",
                        unmarked_line(&text.lines, li),
                    );
                }
                if class.starts_with("after a marker") {
                    let (head, kind) = list_head(&text.lines, li);
                    bump(
                        counts,
                        "missed marked items, by their list's head",
                        kind.into(),
                    );
                    bump(
                        counts,
                        "missed marked items, lists",
                        format!("{name}#{head}"),
                    );
                }
                if show {
                    println!("{name}: missed [{shape}] [{class}] {fragment}");
                }
                bump(counts, "missed, by the line it starts on", class.clone());
                bump(
                    counts,
                    "missed, by shape and line",
                    format!("{shape}: {class}"),
                );
                continue;
            };
            let Some(want) = req["section"].as_str() else {
                continue;
            };
            if same_section(section, want) {
                continue;
            }
            let heading = clean_heading(want);
            // The heading's line nearest before the statement (a table of contents
            // writes it first), else its first line.
            let at = find(&text.flat, &fragment.chars().collect::<Vec<_>>())
                .map_or(text.lines.len(), |at| text.line_of[at]);
            let holds = |l: &String| fold(&normal(l)).contains(&heading);
            let line = text.lines[..at.min(text.lines.len())]
                .iter()
                .rposition(holds)
                .or_else(|| text.lines.iter().position(holds));
            let class = line.map_or("not in the text", |l| {
                heading_line(&text.lines[l], &heading)
            });
            // The innermost heading of the row's path ("A › B").
            let got = clean_heading(section.rsplit('›').next().unwrap_or_default());
            let got_class = if got.is_empty() {
                "row has no section"
            } else if got.chars().all(|c| !c.is_alphabetic()) {
                "row's section is a number"
            } else {
                match (
                    line,
                    text.lines.iter().rposition(|l| {
                        let l = fold(&normal(l));
                        l.contains(&got) && l.len() <= got.len() + 12
                    }),
                ) {
                    (Some(w), Some(g)) if g < w => "row's section a heading before it",
                    (Some(_), Some(_)) => "row's section a heading after it",
                    _ => "row's section not a line",
                }
            };
            // Whether the document lists the heading in a table of contents: a line
            // holding it that ends with a page number after leaders, a tab or spaces.
            let listed = text.lines.iter().any(|l| {
                let f = fold(&normal(l));
                f.contains(&heading) && {
                    let t = f.trim_end();
                    let digits = t.len() - t.trim_end_matches(|c: char| c.is_ascii_digit()).len();
                    (1..=3).contains(&digits) && {
                        let before = t[..t.len() - digits].trim_end();
                        before.ends_with(['.', '…'])
                            || l.contains('\t')
                            || before.len() + 1 < t.len() - digits
                    }
                }
            });
            bump(
                counts,
                "section wrong, heading listed in contents",
                format!(
                    "{}; {got_class}",
                    if listed { "listed" } else { "not listed" }
                ),
            );
            let class = format!("{class}; {got_class}");
            if show {
                println!("{name}: section [{class}] want {want:?} got {section:?}");
            }
            bump(counts, "section wrong, by its heading's line", class);
        }
    }
    for (part, counts) in &by_part {
        println!("{part}:");
        for (what, c) in counts {
            if what == "missed marked items, lists" {
                let items: usize = c.values().sum();
                println!("  {what}: {items} items in {} lists", c.len());
                continue;
            }
            let mut pairs: Vec<(&String, &usize)> = c.iter().collect();
            pairs.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
            let total: usize = c.values().sum();
            let list: Vec<String> = pairs.iter().map(|(k, n)| format!("{k} {n}")).collect();
            println!("  {what} ({total}): {}", list.join("; "));
        }
    }
}
