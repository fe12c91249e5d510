//! The text of the markup formats: a DOCX (a zip of WordprocessingML parts, read with
//! `zip` and `quick-xml`) and an HTML page (parsed with `scraper`), each read as it is
//! built so that a file inflating to gigabytes stops at the cap, and each giving the
//! hints of its structure ([`super::layout`]: styles, headings, properties) on the way.

use std::io::{Cursor, Read};

use rfp_engine::Layout;

use super::extract::ExtractError;
use super::layout;

/// A DOCX's text: the headers, the body, then the footers (each part's paragraphs and
/// table rows as lines). A header repeated on every page appears once.
pub(super) fn docx_text(
    bytes: &[u8],
    max_bytes: usize,
    cut: &mut bool,
    hints: &mut Layout,
) -> Result<String, ExtractError> {
    let mut archive = zip::ZipArchive::new(Cursor::new(bytes))
        .map_err(|e| ExtractError::Corrupt(e.to_string()))?;
    let styles = layout::docx_styles(&mut archive);
    let mut numbering =
        super::numbering::Numbering::parse(&layout::docx_part(&mut archive, "word/numbering.xml"));
    layout::docx_properties(&mut archive, hints);
    let mut names: Vec<String> = archive
        .file_names()
        .filter_map(|n| n.ok().map(|n| n.into_owned()))
        .collect();
    names.sort();
    // One allowance of text for all the parts together: a document may have any
    // number of headers and footers.
    let mut left = max_bytes;
    let mut part = |name: &str| -> Result<String, ExtractError> {
        let mut xml = String::new();
        archive
            .by_name(name)
            .map_err(|e| ExtractError::Corrupt(e.to_string()))?
            .take(256 * 1024 * 1024)
            .read_to_string(&mut xml)
            .map_err(|e| ExtractError::Corrupt(e.to_string()))?;
        let (text, full) = wordprocessing_text(&xml, left, &styles, &mut numbering, hints)?;
        left = left.saturating_sub(text.len());
        *cut |= !full;
        Ok(text)
    };
    let body = part("word/document.xml")?;
    let mut headers = Vec::new();
    let mut footers = Vec::new();
    for name in names {
        let is_header = name.starts_with("word/header") && name.ends_with(".xml");
        let is_footer = name.starts_with("word/footer") && name.ends_with(".xml");
        if !(is_header || is_footer) {
            continue;
        }
        let text = part(&name)?;
        let text = text.trim();
        let list = if is_header {
            &mut headers
        } else {
            &mut footers
        };
        if !text.is_empty() && !list.iter().any(|t: &String| t == text) {
            list.push(text.to_owned());
        }
    }
    let mut out = headers.join("\n");
    if !out.is_empty() {
        out.push_str("\n\n");
    }
    out.push_str(&body);
    for footer in footers {
        out.push_str("\n\n");
        out.push_str(&footer);
    }
    Ok(out)
}

/// The text of one WordprocessingML part, up to about `max_bytes`; and whether it is
/// whole.
/// Most characters of a paragraph in bold read as a heading.
const MAX_BOLD_HEADING_CHARS: usize = 160;

/// The visible characters of a paragraph in bold and not.
#[derive(Default)]
struct BoldCount {
    bold: usize,
    regular: usize,
}

impl BoldCount {
    fn add(&mut self, text: &str, bold: bool) {
        // Past the most a heading holds the answer is known: a 200 MB run is not
        // counted through.
        let room = (MAX_BOLD_HEADING_CHARS + 1).saturating_sub(self.bold + self.regular);
        let n = text
            .chars()
            .filter(|c| !c.is_whitespace())
            .take(room)
            .count();
        if bold {
            self.bold = self.bold.saturating_add(n);
        } else {
            self.regular = self.regular.saturating_add(n);
        }
    }

    /// Every visible character is bold, and there are few.
    fn all_bold(&self) -> bool {
        self.regular == 0 && (1..=MAX_BOLD_HEADING_CHARS).contains(&self.bold)
    }
}

/// Paragraphs in one of `styles` (Title, Heading 1–3) are added to `hints`; those in
/// Heading 1–6 (or an outline level), and short ones all in bold, are heading lines.
/// A numbered paragraph (its own `numPr`, or its style's) that is no heading starts
/// with the marker Word draws for it (`numbering`).
fn wordprocessing_text(
    xml: &str,
    max_bytes: usize,
    styles: &std::collections::HashMap<String, layout::DocxStyle>,
    numbering: &mut super::numbering::Numbering,
    hints: &mut Layout,
) -> Result<(String, bool), ExtractError> {
    use quick_xml::events::Event;

    let mut reader = quick_xml::Reader::from_str(xml);
    let mut out = String::new();
    let mut in_text = false;
    // Where the current paragraph's text starts, and what its style makes it.
    let mut paragraph = (0, layout::DocxStyle::default());
    // Whether the current run is bold (the paragraph mark's own properties aside),
    // and how many visible characters of the paragraph are in bold and not.
    let (mut in_paragraph_props, mut bold_run) = (false, false);
    let mut weights = BoldCount::default();
    // The paragraph's own numbering: its instance and level (`numPr`).
    let (mut num_id, mut num_level): (Option<u32>, Option<u8>) = (None, None);
    loop {
        if out.len() > max_bytes {
            return Ok((out, false));
        }
        match reader.read_event() {
            Err(e) => return Err(ExtractError::Corrupt(e.to_string())),
            Ok(Event::Eof) => break,
            Ok(Event::Start(e)) if e.local_name().as_ref() == "t" => in_text = true,
            Ok(Event::Start(e)) if e.local_name().as_ref() == "p" => {
                paragraph = (out.len(), layout::DocxStyle::default());
                weights = BoldCount::default();
                (num_id, num_level) = (None, None);
            }
            Ok(Event::Start(e)) if e.local_name().as_ref() == "pPr" => in_paragraph_props = true,
            Ok(Event::Start(e)) if e.local_name().as_ref() == "r" => bold_run = false,
            Ok(Event::Empty(e)) => match e.local_name().as_ref() {
                "tab" => out.push('\t'),
                "br" | "cr" => out.push('\n'),
                "pStyle" => {
                    let style = layout::attr(&e, "val").and_then(|id| styles.get(&id).copied());
                    let style = style.unwrap_or_default();
                    paragraph.1.hint = style.hint;
                    paragraph.1.level = paragraph.1.level.or(style.level);
                    paragraph.1.num = style.num;
                }
                "numId" if in_paragraph_props => {
                    num_id = layout::attr(&e, "val").and_then(|v| v.parse().ok());
                }
                "ilvl" if in_paragraph_props => {
                    num_level = layout::attr(&e, "val").and_then(|v| v.parse().ok());
                }
                // The paragraph's own outline level (a heading without a heading style).
                "outlineLvl" => paragraph.1.level = layout::outline_level(&e),
                "b" if !in_paragraph_props => {
                    bold_run = !matches!(layout::attr(&e, "val").as_deref(), Some("0" | "false"));
                }
                _ => {}
            },
            Ok(Event::End(e)) => match e.local_name().as_ref() {
                "t" => in_text = false,
                "pPr" => {
                    in_paragraph_props = false;
                    // The paragraph's own numbering overrides its style's (numId 0:
                    // none); its marker opens the paragraph's text.
                    // A heading style's number is left out: its level already
                    // places it (tried: numbered, the headings nested the titles of
                    // requirement boxes under them as sub-headings, and a counted
                    // French CCTP lost 5 of 95 sections).
                    let style = paragraph.1.num;
                    let num = num_id
                        .or(style.map(|s| s.0))
                        .filter(|_| paragraph.1.level.is_none());
                    let level = num_level.or(style.map(|s| s.1)).unwrap_or(0);
                    if let Some(marker) =
                        num.and_then(|n| numbering.next(&n.to_string(), usize::from(level)))
                    {
                        out.push_str(&marker);
                        out.push(' ');
                    }
                }
                "p" => {
                    let (start, style) = paragraph;
                    let text = out.get(start.min(out.len())..).unwrap_or("");
                    if let Some(kind) = style.hint {
                        hints.push(kind, text);
                    }
                    if let Some(level) = style.level {
                        hints.push_heading(level.min(rfp_engine::layout::MAX_STYLE_LEVEL), text);
                    } else if weights.all_bold() {
                        // A short paragraph all in bold is a heading below the styled ones.
                        hints.push_heading(rfp_engine::layout::MAX_HEADING_LEVEL, text);
                    }
                    paragraph = (out.len(), layout::DocxStyle::default());
                    out.push('\n');
                }
                "tc" => out.push_str(" | "),
                "tr" => out.push('\n'),
                _ => {}
            },
            Ok(Event::Text(t)) if in_text => {
                let text = t.xml10_content();
                weights.add(&text, bold_run);
                out.push_str(&text);
            }
            Ok(Event::GeneralRef(r)) if in_text => push_ref(&mut out, &r),
            Ok(_) => {}
        }
    }
    Ok((out, true))
}

/// An XML entity or character reference (`&amp;`, `&#232;`), which the reader hands
/// over apart from the text around it, as the character it stands for.
pub(super) fn push_ref(out: &mut String, r: &quick_xml::events::BytesRef) {
    if let Ok(Some(c)) = r.resolve_char_ref() {
        out.push(c);
    } else {
        out.push_str(match r.as_ref() {
            "amp" => "&",
            "lt" => "<",
            "gt" => ">",
            "quot" => "\"",
            "apos" => "'",
            _ => "",
        });
    }
}

/// The visible text of an HTML document: no scripts, styles or head; block elements
/// start new lines, list items get a dash, table cells are separated by ` | `.
pub(super) fn html_text(
    html: &str,
    max_bytes: usize,
    cut: &mut bool,
    hints: &mut Layout,
) -> String {
    use scraper::{ElementRef, Html, Node};

    const HIDDEN: &[&str] = &[
        "script", "style", "noscript", "template", "head", "svg", "iframe", "object",
    ];
    const BLOCKS: &[&str] = &[
        "p",
        "div",
        "section",
        "article",
        "header",
        "footer",
        "main",
        "nav",
        "aside",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "ul",
        "ol",
        "table",
        "tr",
        "blockquote",
        "pre",
        "dl",
        "dt",
        "dd",
        "form",
        "fieldset",
        "figure",
        "figcaption",
        "address",
        "hr",
    ];

    /// What is left to do: an element to open, or an element's end to write.
    enum Step<'a> {
        Open(ego_tree::NodeRef<'a, Node>),
        Close(&'a str, bool),
    }

    // An explicit stack, not recursion: how deep elements nest is the document's
    // choice, and a thread's stack is not.
    let document = Html::parse_document(html);
    *hints = layout::html_hints(&document);
    let mut out = String::new();
    let mut todo = vec![Step::Open(*document.root_element())];
    while let Some(step) = todo.pop() {
        if out.len() > max_bytes {
            *cut = true;
            break;
        }
        let node = match step {
            Step::Close(name, block) => {
                match name {
                    "td" | "th" => out.push_str(" | "),
                    _ if block || name == "li" => out.push('\n'),
                    _ => {}
                }
                continue;
            }
            Step::Open(node) => node,
        };
        match node.value() {
            // Source line breaks inside a paragraph are just spaces.
            Node::Text(t) => out.push_str(&t.replace(['\n', '\r', '\t'], " ")),
            Node::Element(e) if e.name() == "br" => out.push('\n'),
            Node::Element(_) => {
                let Some(el) = ElementRef::wrap(node) else {
                    continue;
                };
                let name = el.value().name();
                if HIDDEN.contains(&name) || el.value().attr("hidden").is_some() {
                    continue;
                }
                let block = BLOCKS.contains(&name);
                if block || name == "li" {
                    out.push('\n');
                }
                if name == "li" {
                    out.push_str("- ");
                }
                todo.push(Step::Close(name, block));
                // Children in reverse, so the first is taken first.
                let children: Vec<_> = node.children().collect();
                todo.extend(children.into_iter().rev().map(Step::Open));
            }
            _ => {}
        }
    }
    out.lines().map(str::trim).collect::<Vec<_>>().join("\n")
}
