//! What the probes share (`list_probe.rs`, `names_probe.rs`, `fields_probe.rs`,
//! `section_probe.rs`, `category_probe.rs`, `binds_probe.rs` and the rest): a probe's
//! small document split into pages, a row's text as the probes compare it, the
//! matrix's rows of a document, whether an item is a row of its own, and the verdict
//! against a probe's `KNOWN_MISSES`.

// Each probe is a test crate of its own and uses only part of this module.
#![allow(dead_code)]

/// The pages of a probe's text, split at its `=== page N ===` lines (a text without
/// one is one page).
pub fn pages(text: &str) -> Vec<String> {
    let mut pages = vec![String::new()];
    for line in text.lines() {
        if line.starts_with("=== page ") && line.ends_with(" ===") {
            if !pages.last().is_some_and(String::is_empty) {
                pages.push(String::new());
            }
            continue;
        }
        let page = pages.last_mut().expect("one page at least");
        page.push_str(line);
        page.push('\n');
    }
    pages
}

/// Lower case, whitespace collapsed to one space, trimmed.
pub fn normal(text: &str) -> String {
    text.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// The compliance matrix's rows of a probe's small document.
pub fn matrix(text: &str) -> Vec<serde_json::Value> {
    let analysis = rfp_engine::analyze_pages(&pages(text), &rfp_engine::StopFlag::default())
        .expect("not stopped");
    analysis["extracted_data"]["requirements"]
        .as_array()
        .expect("a matrix")
        .clone()
}

/// The texts of a document's matrix rows, each through `norm`.
pub fn row_texts(text: &str, norm: fn(&str) -> String) -> Vec<String> {
    matrix(text)
        .iter()
        .map(|r| norm(r["text"].as_str().unwrap_or_default()))
        .collect()
}

/// Whether `items[i]` is in a row that holds no other of `items` (all normalised): a
/// row of its own, neither missing nor merged with another item.
pub fn own_row(rows: &[String], items: &[String], i: usize) -> bool {
    rows.iter().any(|r| {
        r.contains(items[i].as_str())
            && items
                .iter()
                .enumerate()
                .all(|(j, other)| j == i || !r.contains(other.as_str()))
    })
}

/// A probe's verdict: each case's checks and failures (`case` gives them; `show` what
/// to print for a case that fails), the score printed, and the failures, sorted,
/// asserted equal to its `KNOWN_MISSES`, so a fix and a loss both fail the test.
pub fn assert_known_misses<C>(
    probe: &str,
    cases: &[C],
    case: impl Fn(&C) -> (usize, Vec<String>),
    show: impl Fn(&C) -> String,
    known: &[&str],
) {
    let mut all = Vec::new();
    let mut checks = 0;
    for c in cases {
        let (n, failed) = case(c);
        checks += n;
        if !failed.is_empty() {
            eprintln!("{}", show(c));
        }
        all.extend(failed);
    }
    all.sort();
    eprintln!("{probe}: {}/{} checks pass", checks - all.len(), checks);
    let known: Vec<String> = known.iter().map(|s| (*s).to_owned()).collect();
    assert_eq!(all, known, "the failures differ from KNOWN_MISSES");
}

/// A heading or a row's text as the section probes compare them: its lower-case words,
/// without a trailing colon or stop and without leading Markdown marks.
pub fn heading(text: &str) -> String {
    normal(text)
        .trim_end_matches([':', '.', ' '])
        .trim_start_matches(['#', '*', '_', ' '])
        .to_owned()
}

/// A list probe's case: a small document, the items each of which must be a row of
/// its own, and fragments no row may hold (items of a list that binds nobody).
pub struct ItemCase {
    pub name: &'static str,
    pub text: &'static str,
    pub rows: &'static [&'static str],
    pub not_rows: &'static [&'static str],
}

/// The rows of a list probe's case, normalised.
pub fn item_case_rows(case: &ItemCase) -> Vec<String> {
    row_texts(case.text, normal)
}

/// The failed checks of one list probe's case ("case name | fragment"): an item that
/// is no row of its own (missing, or merged with another item), a fragment that is in
/// a row; with the number of checks.
pub fn item_failures(case: &ItemCase) -> (usize, Vec<String>) {
    item_checks(case.name, &item_case_rows(case), case.rows, case.not_rows)
}

/// [`item_failures`]'s checks against the normalised `rows` of a document.
pub fn item_checks(
    name: &str,
    rows: &[String],
    items: &[&str],
    not_rows: &[&str],
) -> (usize, Vec<String>) {
    let wanted: Vec<String> = items.iter().map(|f| normal(f)).collect();
    let mut failed = Vec::new();
    for (i, item) in items.iter().enumerate() {
        if !own_row(rows, &wanted, i) {
            failed.push(format!("{name} | {item}"));
        }
    }
    for fragment in not_rows {
        if rows.iter().any(|r| r.contains(&normal(fragment))) {
            failed.push(format!("{name} | {fragment}"));
        }
    }
    (items.len() + not_rows.len(), failed)
}

/// `text`'s lower-case words joined by single spaces, its apostrophes straight.
pub fn normal_quotes(text: &str) -> String {
    normal(&text.replace('\u{2019}', "'"))
}

/// A statement probe's rows of `text`: (normalised text, mandatory).
pub fn statement_rows(text: &str) -> Vec<(String, Option<bool>)> {
    matrix(text)
        .iter()
        .map(|r| {
            (
                normal_quotes(r["text"].as_str().unwrap_or_default()),
                r["mandatory"].as_bool(),
            )
        })
        .collect()
}

/// The failed checks of a statement probe's case (`recall_probe.rs`,
/// `instructions_probe.rs`, `recall_probe2.rs`), as "name | fragment": a statement of
/// `rows` in no row, or only in a row that is not mandatory ("(flag)"); an item of
/// `items` that is no row of its own; a fragment of `not_rows` that is in a row. With
/// the number of checks.
pub fn statement_failures(
    name: &str,
    text: &str,
    rows: &[&str],
    items: &[&str],
    not_rows: &[&str],
) -> (usize, Vec<String>) {
    let got = statement_rows(text);
    let mut failed = Vec::new();
    for fragment in rows {
        let want = normal_quotes(fragment);
        let holding: Vec<_> = got.iter().filter(|(t, _)| t.contains(&want)).collect();
        if holding.is_empty() {
            failed.push(format!("{name} | {fragment}"));
        } else if !holding.iter().any(|(_, m)| *m == Some(true)) {
            failed.push(format!("{name} | {fragment} (flag)"));
        }
    }
    let wanted: Vec<String> = items.iter().map(|f| normal_quotes(f)).collect();
    let texts: Vec<String> = got.iter().map(|(t, _)| t.clone()).collect();
    for (i, item) in items.iter().enumerate() {
        if !own_row(&texts, &wanted, i) {
            failed.push(format!("{name} | {item}"));
        }
    }
    for fragment in not_rows {
        if got
            .iter()
            .any(|(t, _)| t.contains(&normal_quotes(fragment)))
        {
            failed.push(format!("{name} | {fragment}"));
        }
    }
    (rows.len() + items.len() + not_rows.len(), failed)
}

/// A statement probe's case (`recall_probe.rs`, `instructions_probe.rs`,
/// `german_duties_probe.rs`): a small document whose pages are separated by
/// "=== page N ===" lines.
pub struct StatementCase {
    pub name: &'static str,
    pub text: &'static str,
    /// Fragments each in a row whose `mandatory` flag is true.
    pub rows: &'static [&'static str],
    /// List items each in a row of its own (no other item of the list in it).
    pub items: &'static [&'static str],
    /// Fragments in no row.
    pub not_rows: &'static [&'static str],
}

/// The failed checks of a statement probe's case (see [`statement_failures`]).
pub fn statement_case_failures(case: &StatementCase) -> (usize, Vec<String>) {
    statement_failures(case.name, case.text, case.rows, case.items, case.not_rows)
}

/// A category probe's case (`category_probe.rs`, `category_probe2.rs`,
/// `category_probe3.rs`): a small document and, for some of its rows, a fragment of
/// the row's text and the row's expected category.
pub struct CategoryCase {
    pub name: &'static str,
    pub text: &'static str,
    pub rows: &'static [(&'static str, &'static str)],
}

/// The rows of a category case's document: normalised text and category.
pub fn category_rows(case: &CategoryCase) -> Vec<(String, String)> {
    matrix(case.text)
        .iter()
        .map(|r| {
            (
                normal(r["text"].as_str().unwrap_or_default()),
                r["category"].as_str().unwrap_or_default().to_owned(),
            )
        })
        .collect()
}

/// The checks of a category case and its failures ("name | fragment | category"): a
/// fragment in no row, or in a row of another category (printed with what the engine
/// gave; `PROBE_DEBUG` prints every row).
pub fn category_failures(case: &CategoryCase) -> (usize, Vec<String>) {
    let rows = category_rows(case);
    if std::env::var("PROBE_DEBUG").is_ok() {
        eprintln!("{}: {rows:#?}", case.name);
    }
    let mut failed = Vec::new();
    for (fragment, want) in case.rows {
        assert!(
            rfp_engine::REQUIREMENT_CATEGORIES.contains(want),
            "{want} is no category"
        );
        let got = rows
            .iter()
            .find(|(text, _)| text.contains(&normal(fragment)))
            .map_or("no row", |(_, c)| c.as_str());
        if got != *want {
            eprintln!("{}: {fragment:?} got {got}, want {want}", case.name);
            failed.push(format!("{} | {fragment} | {want}", case.name));
        }
    }
    (case.rows.len(), failed)
}

/// A precision probe's case (`precision_probe.rs`, `precision_probe2.rs`): a small
/// document whose pages are separated by "=== page N ===" lines, and its checks (see
/// [`precision_failures`]).
pub struct PrecisionCase {
    pub name: &'static str,
    pub text: &'static str,
    pub rows: &'static [&'static str],
    pub not_rows: &'static [&'static str],
    pub not_alone: &'static [&'static str],
}

/// The failed checks of a precision probe's case (see [`precision_failures`]).
pub fn precision_case_failures(case: &PrecisionCase) -> (usize, Vec<String>) {
    precision_failures(
        case.name,
        case.text,
        case.rows,
        case.not_rows,
        case.not_alone,
    )
}

/// The rows of `text` for a precision probe, normalised with straight apostrophes.
pub fn precision_rows(text: &str) -> Vec<String> {
    row_texts(text, normal_quotes)
}

/// The failed checks of a precision probe's case (`precision_probe.rs`,
/// `precision_probe2.rs`), as "name | fragment": a binding fragment of `rows` in no
/// row, a fragment of `not_rows` in a row, a fragment of `not_alone` in a row that
/// holds no binding fragment. With the number of checks.
pub fn precision_failures(
    name: &str,
    text: &str,
    rows: &[&str],
    not_rows: &[&str],
    not_alone: &[&str],
) -> (usize, Vec<String>) {
    let got = precision_rows(text);
    let binding: Vec<String> = rows.iter().map(|f| normal_quotes(f)).collect();
    let mut failed = Vec::new();
    for (fragment, want) in rows.iter().zip(&binding) {
        if !got.iter().any(|r| r.contains(want.as_str())) {
            failed.push(format!("{name} | {fragment}"));
        }
    }
    for fragment in not_rows {
        if got.iter().any(|r| r.contains(&normal_quotes(fragment))) {
            failed.push(format!("{name} | {fragment}"));
        }
    }
    for fragment in not_alone {
        let want = normal_quotes(fragment);
        let alone = got
            .iter()
            .any(|r| r.contains(&want) && !binding.iter().any(|b| r.contains(b.as_str())));
        if alone {
            failed.push(format!("{name} | {fragment}"));
        }
    }
    (rows.len() + not_rows.len() + not_alone.len(), failed)
}

/// Whether `hay` holds `needle` as whole words.
pub fn holds_words(hay: &str, needle: &str) -> bool {
    !needle.is_empty()
        && hay.match_indices(needle).any(|(i, _)| {
            let before = hay[..i].chars().next_back();
            let after = hay[i + needle.len()..].chars().next();
            !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
        })
}

/// Whether a row's section is the heading (or one of the headings `want` lists,
/// separated by "|"), as the eval compares them: one holds the other as whole words.
pub fn same_section(got: &str, want: &str) -> bool {
    let g = heading(got);
    want.split('|').any(|want| {
        let w = heading(want);
        !g.is_empty() && (holds_words(&g, &w) || holds_words(&w, &g))
    })
}

/// Per language (a case name's first word) of a whole-document list probe: the binding
/// fragments in a row of their own and all of them, the `not_rows` fragments kept out
/// and all of them.
pub fn per_language(cases: &[ItemCase]) -> Vec<(String, usize, usize, usize, usize)> {
    let mut out: Vec<(String, usize, usize, usize, usize)> = Vec::new();
    for case in cases {
        let lang = case.name.split(' ').next().unwrap_or_default().to_owned();
        let (_, failed) = item_failures(case);
        let missed = |f: &&str| failed.contains(&format!("{} | {f}", case.name));
        let rows_ok = case.rows.iter().filter(|f| !missed(f)).count();
        let kept_out = case.not_rows.iter().filter(|f| !missed(f)).count();
        match out.iter_mut().find(|(l, ..)| *l == lang) {
            Some(entry) => {
                entry.1 += rows_ok;
                entry.2 += case.rows.len();
                entry.3 += kept_out;
                entry.4 += case.not_rows.len();
            }
            None => out.push((
                lang,
                rows_ok,
                case.rows.len(),
                kept_out,
                case.not_rows.len(),
            )),
        }
    }
    out
}
