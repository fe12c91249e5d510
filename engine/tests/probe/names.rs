//! How the name probes (`names_probe.rs`, `issuer_probe.rs`, `titles_probe.rs`) judge a title or an
//! issuer, as `rfp eval` judges one: by its words, accents folded, case and small words
//! ignored, at least 60 % of the words given in the expected name and at least 80 % of
//! the expected words given.

// Each probe is a test crate of its own and uses only part of this module.
#![allow(dead_code)]

use rfp_engine::{HintKind, Layout, StopFlag, analyze_document};

use crate::probe::pages;

/// Small words a name is compared without, in the six languages.
pub const SMALL_WORDS: &[&str] = &[
    "the", "and", "for", "les", "des", "du", "pour", "une", "los", "las", "del", "para", "por",
    "con", "dos", "das", "der", "die", "und", "für", "fur", "von", "eines", "einer", "per",
    "della", "dello", "degli", "delle", "alla", "alle", "nel", "uno",
];

fn fold(c: char) -> char {
    match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' => 'a',
        'ç' => 'c',
        'è' | 'é' | 'ê' | 'ë' => 'e',
        'ì' | 'í' | 'î' | 'ï' => 'i',
        'ñ' => 'n',
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' => 'o',
        'ù' | 'ú' | 'û' | 'ü' => 'u',
        'ß' => 's',
        other => other,
    }
}

/// The words a name is compared by: folded, lower case, of three letters or more,
/// without small words, each once.
pub fn words(name: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for w in name.split(|c: char| !c.is_alphanumeric()) {
        let w: String = w.to_lowercase().chars().map(fold).collect();
        if w.chars().count() >= 3 && !SMALL_WORDS.contains(&w.as_str()) && !out.contains(&w) {
            out.push(w);
        }
    }
    out
}

/// Whether `got` names `want`: most of its words are `want`'s and it gives nearly all
/// of `want`'s words.
pub fn same_name(got: Option<&str>, want: &str) -> bool {
    let (Some(got), want) = (got, words(want)) else {
        return false;
    };
    let got = words(got);
    let shared = got.iter().filter(|w| want.contains(w)).count();
    !got.is_empty() && shared * 10 >= got.len() * 6 && shared * 10 >= want.len() * 8
}

/// The title and issuer the engine gives a small document with its layout hints.
pub fn title_and_issuer(
    text: &str,
    hints: &[(HintKind, &str)],
) -> (Option<String>, Option<String>) {
    let mut layout = Layout::new();
    for (kind, text) in hints {
        layout.push(*kind, text);
    }
    let a = analyze_document(&pages(text), &layout, &StopFlag::default()).unwrap();
    let value = |field: &str| {
        a["extracted_data"][field]["value"]
            .as_str()
            .map(str::to_owned)
    };
    (value("title"), value("issuer"))
}

/// One first-page case of the title and issuer probes (`issuer_probe.rs`,
/// `titles_probe.rs`): an id (language and shape), the text as extraction gives it,
/// its layout hints, and the expected title and issuer (empty: not checked).
pub struct Case {
    pub id: &'static str,
    pub text: &'static str,
    pub hints: &'static [(HintKind, &'static str)],
    pub title: &'static str,
    pub issuer: &'static str,
}

/// A case without hints.
pub const fn c(
    id: &'static str,
    text: &'static str,
    title: &'static str,
    issuer: &'static str,
) -> Case {
    Case {
        id,
        text,
        hints: &[],
        title,
        issuer,
    }
}

/// The fields `cases` get wrong (`"<id> title"`, `"<id> issuer"`), and a line for
/// each saying what was given.
pub fn misses(cases: &[Case]) -> (std::collections::BTreeSet<String>, Vec<String>) {
    let mut misses = std::collections::BTreeSet::new();
    let mut report = Vec::new();
    for case in cases {
        let (title, issuer) = title_and_issuer(case.text, case.hints);
        for (field, got, want) in [
            ("title", &title, case.title),
            ("issuer", &issuer, case.issuer),
        ] {
            if want.is_empty() || same_name(got.as_deref(), want) {
                continue;
            }
            misses.insert(format!("{} {field}", case.id));
            let how = if got.is_none() { "none given" } else { "wrong" };
            report.push(format!(
                "{} {field} ({how}): {got:?}, want {want:?}",
                case.id
            ));
        }
    }
    (misses, report)
}
