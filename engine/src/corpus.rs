//! The example corpus (`engine/corpus/<language>/<dimension>.tsv`): phrasings written
//! for this project, each with the value the engine must read in it, or `-` where it
//! must read none. One test runs them all and prints a pass count per language and
//! dimension. A row whose third column says `gap` is a known miss: it is counted and
//! printed, but does not fail the test; once the engine reads it, the test fails
//! until the mark is removed, so the marks stay true.

use std::fmt::Write as _;

use crate::dates::{Convention, dates};
use crate::{analyze, lexicon, requirements};

/// What the engine reads in a phrase for one dimension (`-` for nothing).
type Reader = fn(&str) -> String;

/// The dimensions, each with its reader.
const DIMENSIONS: &[(&str, Reader)] = &[
    ("dates", read_date),
    ("deadline", read_deadline),
    ("budget", read_budget),
    ("modality", read_modality),
    ("matrix", read_matrix),
];

fn read_date(text: &str) -> String {
    dates(text, Convention::DayFirst)
        .first()
        .map_or("-".into(), |d| d.iso.clone())
}

fn read_deadline(text: &str) -> String {
    analyze(text)["summary"]["deadline"]
        .as_str()
        .unwrap_or("-")
        .to_owned()
}

fn read_budget(text: &str) -> String {
    analyze(text)["extracted_data"]["budget"]["max"]
        .as_f64()
        .map_or("-".into(), |v| format!("{v}"))
}

fn read_modality(text: &str) -> String {
    requirements::modality(text).map_or("-".into(), |m| m.name.to_owned())
}

/// The compliance matrix of a short text (`\\n` in the example is a line break): each
/// row's `modality/mandatory`, joined by `; `, or `none` when it has no row.
fn read_matrix(text: &str) -> String {
    let text = text.replace("\\n", "\n");
    let rows = analyze(&text)["extracted_data"]["requirements"]
        .as_array()
        .cloned()
        .unwrap_or_default();
    if rows.is_empty() {
        return "none".into();
    }
    rows.iter()
        .map(|r| {
            format!(
                "{}/{}",
                r["modality"].as_str().unwrap_or("?"),
                r["mandatory"]
            )
        })
        .collect::<Vec<_>>()
        .join("; ")
}

#[test]
fn the_example_corpus_of_every_language_reads_as_written() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus");
    let mut table = String::from("language  ");
    for (dimension, _) in DIMENSIONS {
        let _ = write!(table, "{dimension:>10}");
    }
    table.push('\n');
    let mut failures = Vec::new();
    for l in lexicon::ALL {
        let _ = write!(table, "{:<10}", l.code);
        for (dimension, read) in DIMENSIONS {
            let path = root.join(l.code).join(format!("{dimension}.tsv"));
            let text = std::fs::read_to_string(&path)
                .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
            let (mut passed, mut total) = (0, 0);
            for line in text
                .lines()
                .filter(|l| !l.is_empty() && !l.starts_with('#'))
            {
                let mut cols = line.split('\t');
                let (phrase, want) = (cols.next().unwrap(), cols.next().unwrap_or(""));
                let gap = cols.next() == Some("gap");
                let got = read(phrase);
                total += 1;
                if got == want {
                    passed += 1;
                    if gap {
                        failures.push(format!(
                            "{}/{dimension}: {phrase:?} reads as written now; remove its gap mark",
                            l.code
                        ));
                    }
                } else if !gap {
                    failures.push(format!(
                        "{}/{dimension}: {phrase:?} reads {got:?}, not {want:?}",
                        l.code
                    ));
                }
            }
            assert!(
                total >= 7,
                "{}/{dimension} has only {total} examples",
                l.code
            );
            let _ = write!(table, "{:>10}", format!("{passed}/{total}"));
        }
        table.push('\n');
    }
    eprintln!("example corpus, rows read as written:\n{table}");
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
