//! Quote verification: every quote an analysis gives as the source of a fact is looked
//! up in the document's text, ignoring case, whitespace, typographic quotes and dashes,
//! and Markdown emphasis. A quote that is not there was invented (or mangled) by the
//! model; it is listed as `unverified` with where it is in the analysis, so a reader
//! does not trust a contact, date or amount the document never stated. The analysis
//! itself is left exactly as the model returned it.

use serde_json::{Value, json};

/// A document's text prepared for lookups, with where each page starts.
pub struct Document {
    text: String,
    /// Offsets in `text` where pages 2, 3, … start.
    page_starts: Vec<usize>,
}

impl Document {
    pub fn new(pages: &[String]) -> Self {
        let mut text = String::new();
        let mut page_starts = Vec::with_capacity(pages.len());
        for (i, page) in pages.iter().enumerate() {
            if i > 0 {
                text.push(' ');
                page_starts.push(text.len());
            }
            normalize_into(page, &mut text);
        }
        Self { text, page_starts }
    }

    /// The page (1-based) a quote is on, or `None` when the document does not contain
    /// it. A quote with elided parts (`…` or `...`) matches when its pieces appear in
    /// order.
    pub fn find(&self, quote: &str) -> Option<usize> {
        let mut from = 0;
        let mut first = None;
        let mut pieces = 0;
        for piece in quote.split(['…']).flat_map(|p| p.split("...")) {
            let mut needle = String::new();
            normalize_into(piece, &mut needle);
            let needle = needle.trim();
            if needle.is_empty() {
                continue;
            }
            let at = from + self.text[from..].find(needle)?;
            first.get_or_insert(at);
            from = at + needle.len();
            pieces += 1;
        }
        (pieces > 0).then(|| self.page_of(first.unwrap_or(0)))
    }

    fn page_of(&self, offset: usize) -> usize {
        self.page_starts.partition_point(|&s| s <= offset) + 1
    }
}

/// Lower case, one space for any run of whitespace, plain quotes and hyphens, no
/// Markdown emphasis, blockquote markers (a `>` starting a word) or soft hyphens. A
/// soft hyphen marks a word broken at a line's end: the whitespace after it goes with
/// it ("sosteni\u{ad}\nbile" is "sostenibile", as the matrix's rows write it).
fn normalize_into(text: &str, out: &mut String) {
    let mut space = out.is_empty() || out.ends_with(' ');
    let mut joined = false;
    for c in text.chars() {
        if joined && c.is_whitespace() {
            continue;
        }
        joined = c == '\u{ad}';
        let c = match c {
            '\u{2018}' | '\u{2019}' | '\u{201a}' | '\u{2032}' | '`' => '\'',
            '\u{201c}' | '\u{201d}' | '\u{201e}' | '\u{2033}' => '"',
            '\u{2010}'..='\u{2015}' | '\u{2212}' => '-',
            '\u{ad}' | '*' | '_' => continue,
            '>' if space => continue,
            c if c.is_whitespace() => ' ',
            c => c,
        };
        if c == ' ' {
            if !space {
                out.push(' ');
            }
            space = true;
        } else {
            for lower in c.to_lowercase() {
                out.push(lower);
            }
            space = false;
        }
    }
}

/// What the check found.
#[derive(Debug, Default, Clone, PartialEq)]
pub struct Report {
    pub checked: usize,
    pub verified: usize,
    /// `{path, quote, status: "unverified"}` for each quote not found.
    pub unverified: Vec<Value>,
    /// `{path, page}` for each quote found.
    pub pages: Vec<Value>,
}

impl Report {
    pub fn to_json(&self) -> Value {
        json!({
            "checked": self.checked,
            "verified": self.verified,
            "unverified": self.unverified.len(),
            "unverified_quotes": self.unverified,
            "pages": self.pages,
        })
    }
}

/// Checks every quote in `analysis`: string values under a key that contains
/// `quote` (`quote`, `quotes`, `source_quote`, `quoted_text`, …) or is `excerpt`,
/// `verbatim`, `evidence` or `source_text`, and strings in arrays under such keys.
pub fn check(analysis: &Value, document: &Document) -> Report {
    let mut report = Report::default();
    walk(analysis, &mut String::new(), false, document, &mut report);
    report
}

fn is_quote_key(key: &str) -> bool {
    let k = key.to_ascii_lowercase();
    k.contains("quote")
        || ["excerpt", "excerpts", "verbatim", "evidence", "source_text"].contains(&k.as_str())
}

fn walk(value: &Value, path: &mut String, quoted: bool, doc: &Document, report: &mut Report) {
    match value {
        Value::String(quote) if quoted => {
            if quote.trim().is_empty() {
                return;
            }
            report.checked += 1;
            match doc.find(quote) {
                Some(page) => {
                    report.verified += 1;
                    report
                        .pages
                        .push(json!({ "path": path.clone(), "page": page }));
                }
                None => report.unverified.push(json!({
                    "path": path.clone(),
                    "quote": quote,
                    "status": "unverified",
                })),
            }
        }
        Value::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                let len = path.len();
                path.push_str(&format!("/{i}"));
                walk(item, path, quoted, doc, report);
                path.truncate(len);
            }
        }
        Value::Object(map) => {
            for (key, item) in map {
                let len = path.len();
                path.push('/');
                // JSON pointer escaping (RFC 6901).
                path.push_str(&key.replace('~', "~0").replace('/', "~1"));
                walk(item, path, is_quote_key(key), doc, report);
                path.truncate(len);
            }
        }
        _ => {}
    }
}

/// One document of a package, for [`check_package`].
pub struct Source {
    pub id: String,
    pub filename: String,
    pub document: Document,
}

/// Checks every quote of a package's analysis against the document it comes from: an
/// object naming its `document_id` (the offline engine's merge names each) is checked
/// against that document only; an object without one (a model's answer over all the
/// documents) is looked up in each, the latest first (an amendment restating the
/// call's words is the one that counts), and gets the `document_id` and `filename` of
/// the document that has it. The pages `report` lists name their document, and an
/// object without a `page` gets the page (within its document) of its first quote.
pub fn check_package(analysis: &mut Value, sources: &[Source]) -> Report {
    let mut report = Report::default();
    walk_package(analysis, &mut String::new(), sources, &mut report);
    report
}

fn walk_package(value: &mut Value, path: &mut String, sources: &[Source], report: &mut Report) {
    match value {
        Value::Array(items) => {
            for (i, item) in items.iter_mut().enumerate() {
                let len = path.len();
                path.push_str(&format!("/{i}"));
                walk_package(item, path, sources, report);
                path.truncate(len);
            }
        }
        Value::Object(map) => {
            let named = map
                .get("document_id")
                .and_then(Value::as_str)
                .and_then(|id| sources.iter().position(|s| s.id == id));
            let mut found_in = None;
            for (key, item) in map.iter_mut() {
                let len = path.len();
                path.push('/');
                path.push_str(&key.replace('~', "~0").replace('/', "~1"));
                if is_quote_key(key) {
                    let quotes: Vec<(String, &str)> = match &*item {
                        Value::String(q) => vec![(path.clone(), q.as_str())],
                        Value::Array(qs) => qs
                            .iter()
                            .enumerate()
                            .filter_map(|(i, q)| q.as_str().map(|q| (format!("{path}/{i}"), q)))
                            .collect(),
                        _ => Vec::new(),
                    };
                    for (at, quote) in quotes {
                        if quote.trim().is_empty() {
                            continue;
                        }
                        report.checked += 1;
                        let hit =
                            match named {
                                Some(i) => sources[i].document.find(quote).map(|page| (i, page)),
                                None => sources.iter().enumerate().rev().find_map(|(i, s)| {
                                    s.document.find(quote).map(|page| (i, page))
                                }),
                            };
                        match hit {
                            Some((i, page)) => {
                                report.verified += 1;
                                found_in.get_or_insert((i, page));
                                report.pages.push(json!({
                                    "path": at, "page": page, "document_id": sources[i].id,
                                }));
                            }
                            None => report.unverified.push(json!({
                                "path": at, "quote": quote, "status": "unverified",
                            })),
                        }
                    }
                } else {
                    walk_package(item, path, sources, report);
                }
                path.truncate(len);
            }
            if let (None, Some((i, _))) = (named, found_in) {
                map.insert("document_id".into(), json!(sources[i].id));
                map.insert("filename".into(), json!(sources[i].filename));
            }
            // The page within that document, where the object does not say it.
            if let Some((_, page)) = found_in {
                map.entry("page").or_insert_with(|| json!(page));
            }
        }
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc() -> Document {
        Document::new(&[
            "Proposals are due on\n15 March 2027 at 17:00 CET.".into(),
            "Contact: Jane  Doe — “grants@example.org”.\n**Budget:** up to EUR 250,000.".into(),
        ])
    }

    #[test]
    fn finds_quotes_regardless_of_case_space_and_typography() {
        let d = doc();
        assert_eq!(d.find("proposals are due on 15 March 2027"), Some(1));
        assert_eq!(d.find("CONTACT: Jane Doe"), Some(2));
        assert_eq!(d.find("\"grants@example.org\""), Some(2));
        assert_eq!(d.find("Budget: up to EUR 250,000"), Some(2));
        assert_eq!(d.find("Proposals are due … 17:00 CET"), Some(1));
        assert_eq!(d.find("Contact: John Smith"), None);
        assert_eq!(
            d.find("17:00 CET ... Proposals"),
            None,
            "pieces must be in order"
        );
    }

    #[test]
    fn a_word_broken_at_a_soft_hyphen_is_found_whole_or_as_written() {
        let d = Document::new(&["una crescita sosteni\u{ad}\n bile ed inclusiva".to_owned()]);
        assert!(d.find("crescita sostenibile ed inclusiva").is_some());
        assert!(d.find("crescita sosteni\u{ad} bile ed").is_some());
        assert!(d.find("crescita insostenibile").is_none());
    }

    #[test]
    fn markdown_blockquote_markers_do_not_count() {
        let d = Document::new(&[
            "> The lowest cost proposal, in this case \\$40,000,\n> receives 40 points.".to_owned(),
        ]);
        assert!(
            d.find("in this case \\$40,000, receives 40 points")
                .is_some()
        );
        assert!(d.find("in this case $40,000, receives 41 points").is_none());
    }

    fn sources() -> Vec<Source> {
        vec![
            Source {
                id: "d1".into(),
                filename: "call.pdf".into(),
                document: Document::new(&[
                    "Proposals are due on 15 March 2027.".into(),
                    "The ceiling is EUR 400,000.".into(),
                ]),
            },
            Source {
                id: "d2".into(),
                filename: "amendment-1.pdf".into(),
                document: Document::new(&[
                    "The deadline is extended to 29 March 2027. The ceiling is EUR 400,000.".into(),
                ]),
            },
        ]
    }

    #[test]
    fn a_packages_quotes_are_checked_against_their_own_document() {
        let mut analysis = json!({"extracted_data": {
            // Named: checked against that document only.
            "deadlines": [
                {"date": "2027-03-15", "quote": "Proposals are due on 15 March 2027.", "document_id": "d1"},
                {"date": "2027-03-29", "quote": "extended to 29 March 2027", "document_id": "d1"},
            ],
            // A model's: found, the latest document first, and named.
            "budget": {"max": 400000, "quote": "The ceiling is EUR 400,000."},
            "contacts": [{"quote": "Proposals are due on 15 March 2027."}],
        }});
        let r = check_package(&mut analysis, &sources());
        assert_eq!((r.checked, r.verified, r.unverified.len()), (4, 3, 1));
        assert_eq!(
            r.unverified[0]["path"], "/extracted_data/deadlines/1/quote",
            "in the amendment, not in the document it names"
        );
        let data = &analysis["extracted_data"];
        assert_eq!(
            (&data["budget"]["document_id"], &data["budget"]["filename"]),
            (&json!("d2"), &json!("amendment-1.pdf"))
        );
        assert_eq!(data["contacts"][0]["filename"], "call.pdf");
        assert!(r.pages.contains(&json!({
            "path": "/extracted_data/contacts/0/quote", "page": 1, "document_id": "d1",
        })));
        assert!(r.pages.contains(&json!({
            "path": "/extracted_data/deadlines/0/quote", "page": 1, "document_id": "d1",
        })));
    }

    #[test]
    fn reports_each_unverified_quote_with_its_path() {
        let analysis = json!({
            "summary": { "deadline": "2027-03-15", "deadline_quote": "due on 15 March 2027" },
            "extracted_data": {
                "contacts": [
                    { "email": "grants@example.org", "quote": "grants@example.org" },
                    { "email": "ceo@example.org", "quote": "Write to ceo@example.org" }
                ],
                "budget": { "quotes": ["up to EUR 250,000", ""] }
            }
        });
        let r = check(&analysis, &doc());
        assert_eq!((r.checked, r.verified, r.unverified.len()), (4, 3, 1));
        assert_eq!(r.unverified[0]["path"], "/extracted_data/contacts/1/quote");
        assert_eq!(r.unverified[0]["status"], "unverified");
        assert!(
            r.pages
                .contains(&json!({ "path": "/summary/deadline_quote", "page": 1 }))
        );
    }
}
