//! What the title-and-issuer tests share (`names.rs`, `names_forms.rs`): a case (a
//! small document written for the test, its hints, and the title and issuer it must
//! give), how two names compare, and a check that lists every failing case at once.

use rfp_engine::{HintKind, Layout, StopFlag, analyze_document};

/// One document: the shape it tests, its language, its pages, its hints, and the
/// title and issuer it must give.
pub struct Case {
    pub shape: &'static str,
    pub lang: &'static str,
    pub pages: Vec<String>,
    pub hints: Vec<(HintKind, &'static str)>,
    pub title: &'static str,
    pub issuer: &'static str,
}

/// A one-page case without hints.
pub fn case(
    shape: &'static str,
    lang: &'static str,
    text: &str,
    title: &'static str,
    issuer: &'static str,
) -> Case {
    Case {
        shape,
        lang,
        pages: vec![text.to_owned()],
        hints: Vec::new(),
        title,
        issuer,
    }
}

/// A name as it compares: lower case, single spaces, without a leading article.
pub fn comparable(name: &str) -> String {
    let lower = name
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase();
    for article in [
        "the ", "la ", "le ", "el ", "il ", "die ", "der ", "l'", "l’", "a ", "o ",
    ] {
        if let Some(rest) = lower.strip_prefix(article) {
            return rest.to_owned();
        }
    }
    lower
}

/// The title and issuer `analyze_document` gives a case.
fn names(c: &Case) -> (Option<String>, Option<String>) {
    let mut layout = Layout::new();
    for (kind, text) in &c.hints {
        layout.push(*kind, text);
    }
    let a = analyze_document(&c.pages, &layout, &StopFlag::default()).unwrap();
    let value = |field: &str| {
        a["extracted_data"][field]["value"]
            .as_str()
            .map(str::to_owned)
    };
    (value("title"), value("issuer"))
}

/// Runs every case; fails listing each wrong title and issuer.
pub fn check(cases: &[Case]) {
    let mut wrong = Vec::new();
    for c in cases {
        let (title, issuer) = names(c);
        if title.as_deref().map(comparable) != Some(comparable(c.title)) {
            wrong.push(format!(
                "[{} {}] title {:?}, want {:?}",
                c.shape, c.lang, title, c.title
            ));
        }
        if issuer.as_deref().map(comparable) != Some(comparable(c.issuer)) {
            wrong.push(format!(
                "[{} {}] issuer {:?}, want {:?}",
                c.shape, c.lang, issuer, c.issuer
            ));
        }
    }
    assert!(wrong.is_empty(), "\n{}", wrong.join("\n"));
}
