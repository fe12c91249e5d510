//! What a document says about itself besides its text, read while it is extracted: a
//! DOCX's paragraph styles (Title, Heading 1–3, known by `word/styles.xml`) and
//! properties (`docProps/core.xml` title and creator, `docProps/app.xml` Company); an
//! HTML page's `<title>`, `<h1>`–`<h3>` and `<meta>` (author, description,
//! `og:site_name`); Markdown's `#` headings; a PDF's Info dictionary (Title, Author,
//! Subject) and the largest lines of its first two pages (`pdf_lines`). The offline
//! engine weighs them when it picks the title and the issuer.
//!
//! The document's heading lines, which the compliance matrix reads as its sections,
//! come from the same reading: a DOCX's paragraphs in Heading 1–6 (or with an outline
//! level), HTML `<h1>`–`<h6>`, and a PDF's lines in a larger or bold type on every page
//! (`pdf_lines`). Markdown's `#` headings are in its text already.
//!
//! Every hint goes through [`rfp_engine::Layout`], which bounds their number and
//! length and cleans their text (no control characters, no markup), whatever the
//! document: a DOCX with 100,000 headings or a 50 MB `<title>` costs a few kilobytes.

use std::collections::HashMap;
use std::io::Read;

use rfp_engine::{HintKind, Layout};
use rfp_shared::ports::DocumentHint;

/// Most bytes of a DOCX properties or styles part read.
const MAX_PART_BYTES: u64 = 4 * 1024 * 1024;
/// Most lines of a Markdown document looked at for headings.
const MAX_MARKDOWN_LINES: usize = 20_000;

/// The hints of a layout, as the sandbox and the text cache carry them: the hints
/// first, then the heading lines (kinds `heading_line1`–`3`, which a worker that
/// does not know them drops, after the hints it reads).
pub fn to_hints(layout: &Layout) -> Vec<DocumentHint> {
    let hints = layout.hints().iter().map(|h| DocumentHint {
        kind: h.kind.name().to_owned(),
        text: h.text.clone(),
    });
    let headings = layout.headings().iter().map(|h| DocumentHint {
        kind: h.kind_name().to_owned(),
        text: h.text.clone(),
    });
    hints.chain(headings).collect()
}

/// A layout from carried hints, bounded and cleaned again (a child process or a
/// cached text is not trusted to have done it); kinds this engine does not know are
/// dropped. Reads a bounded number of entries, whatever was carried.
pub fn to_layout(hints: &[DocumentHint]) -> Layout {
    use rfp_engine::layout::{MAX_HEADING_LINES, MAX_HINTS};
    let mut layout = Layout::new();
    for h in hints.iter().take((MAX_HINTS + MAX_HEADING_LINES) * 2) {
        layout.push_named(&h.kind, &h.text);
    }
    layout
}

/// A PDF's Info dictionary: Title, Subject, Author.
pub(super) fn pdf_hints(doc: &pdf_extract::Document) -> Layout {
    use pdf_extract::Object;

    let mut layout = Layout::new();
    let info = match doc.trailer.get(b"Info") {
        Ok(Object::Reference(id)) => doc.get_object(*id).ok(),
        Ok(other) => Some(other),
        Err(_) => None,
    };
    let Some(Object::Dictionary(info)) = info else {
        return layout;
    };
    for (key, kind) in [
        (&b"Title"[..], HintKind::MetaTitle),
        (b"Subject", HintKind::MetaSubject),
        (b"Author", HintKind::MetaAuthor),
    ] {
        let value = match info.get(key) {
            Ok(Object::Reference(id)) => doc.get_object(*id).ok(),
            Ok(other) => Some(other),
            Err(_) => None,
        };
        if let Some(Object::String(bytes, _)) = value {
            layout.push(kind, &pdf_text_string(bytes));
        }
    }
    layout
}

/// A PDF text string: UTF-16 (big- or little-endian) after a byte-order mark, else
/// PDFDocEncoding, read as Latin-1 (the same for the characters names use). At most
/// a few kilobytes are decoded.
fn pdf_text_string(bytes: &[u8]) -> String {
    let bytes = &bytes[..bytes.len().min(8 * 1024)];
    let utf16 = |be: bool| {
        let units: Vec<u16> = bytes[2..]
            .chunks_exact(2)
            .map(|c| {
                if be {
                    u16::from_be_bytes([c[0], c[1]])
                } else {
                    u16::from_le_bytes([c[0], c[1]])
                }
            })
            .collect();
        String::from_utf16_lossy(&units)
    };
    match bytes {
        [0xfe, 0xff, ..] => utf16(true),
        [0xff, 0xfe, ..] => utf16(false),
        [0xef, 0xbb, 0xbf, rest @ ..] => String::from_utf8_lossy(rest).into_owned(),
        _ => bytes.iter().map(|&b| b as char).collect(),
    }
}

/// An HTML page's `<title>`, `<h1>`–`<h3>` and `<meta>` author, description and site
/// name; its `<h1>`–`<h6>` are its heading lines.
pub(super) fn html_hints(document: &scraper::Html) -> Layout {
    use scraper::Selector;

    let mut layout = Layout::new();
    let select = |s: &str| Selector::parse(s).expect("a valid selector");
    let text_of = |el: scraper::ElementRef| -> String {
        el.text()
            .take(64)
            .flat_map(|t| t.chars().take(2_000))
            .collect()
    };
    for (selector, kind) in [
        ("h1", HintKind::Heading1),
        ("h2", HintKind::Heading2),
        ("h3", HintKind::Heading3),
        ("title", HintKind::MetaTitle),
    ] {
        for el in document
            .select(&select(selector))
            .take(rfp_engine::layout::MAX_HINTS_PER_KIND)
        {
            layout.push(kind, &text_of(el));
        }
    }
    // Every heading, in document order, as a heading line (levels past 3 at 3).
    for el in document
        .select(&select("h1, h2, h3, h4, h5, h6"))
        .take(rfp_engine::layout::MAX_HEADING_LINES)
    {
        let level = el.value().name()[1..].parse::<u8>().unwrap_or(3);
        layout.push_heading(level.min(rfp_engine::layout::MAX_STYLE_LEVEL), &text_of(el));
    }
    for (selector, kind) in [
        (r#"meta[name="author" i]"#, HintKind::MetaAuthor),
        (r#"meta[property="og:site_name" i]"#, HintKind::MetaCompany),
        (r#"meta[name="description" i]"#, HintKind::MetaSubject),
    ] {
        for el in document.select(&select(selector)).take(4) {
            if let Some(content) = el.value().attr("content") {
                layout.push(kind, content);
            }
        }
    }
    layout
}

/// Markdown's headings: `#` lines (a first-level heading alone is the title).
pub(super) fn markdown_hints(text: &str) -> Layout {
    let mut layout = Layout::new();
    for line in text.lines().take(MAX_MARKDOWN_LINES) {
        let hashes = line.chars().take_while(|&c| c == '#').count();
        let kind = match hashes {
            1 => HintKind::Heading1,
            2 => HintKind::Heading2,
            3 => HintKind::Heading3,
            _ => continue,
        };
        if line[hashes..].starts_with(' ') {
            layout.push(kind, line[hashes..].trim_matches([' ', '#', '*']));
        }
    }
    layout
}

/// A DOCX part's text, at most [`MAX_PART_BYTES`]; empty when it is missing.
pub(super) fn docx_part<R: Read + std::io::Seek>(
    archive: &mut zip::ZipArchive<R>,
    name: &str,
) -> String {
    let mut xml = String::new();
    if let Ok(part) = archive.by_name(name) {
        let _ = part.take(MAX_PART_BYTES).read_to_string(&mut xml);
    }
    xml
}

/// What a DOCX paragraph style makes its paragraphs: a hint (Title, Heading 1–3)
/// and a heading line's level (Heading 1–6, or the style's outline level).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(super) struct DocxStyle {
    pub hint: Option<HintKind>,
    pub level: Option<u8>,
    /// The numbering the style gives its paragraphs (`numId`, `ilvl`), as a heading
    /// style numbered "1.", "1.1" does.
    pub num: Option<(u32, u8)>,
}

/// Most paragraph styles of a DOCX read.
const MAX_STYLES: usize = 256;

/// The heading level a built-in style name or id stands for ("heading 2",
/// "Titre2", "Überschrift 3", …): 1 to 6.
fn heading_level(name: &str) -> Option<u8> {
    let name = name.to_lowercase().replace(' ', "");
    ["heading", "titre", "überschrift", "titolo", "título"]
        .iter()
        .find_map(|p| name.strip_prefix(p))
        .and_then(|n| n.parse::<u8>().ok())
        .filter(|n| (1..=6).contains(n))
}

/// A paragraph's outline level (`<w:outlineLvl w:val="0"/>` is the outermost; 9 is
/// body text): a heading line's level, 1 to 6.
pub(super) fn outline_level(e: &quick_xml::events::BytesStart) -> Option<u8> {
    attr(e, "val")
        .and_then(|v| v.parse::<u8>().ok())
        .filter(|v| *v < 6)
        .map(|v| v + 1)
}

/// What the paragraph styles of a DOCX stand for: style id → the hint (the Title
/// style and the first three heading levels) and the heading level (six levels, or
/// the style's outline level), known by their built-in names ("Title", "heading 1";
/// Word writes the English names whatever the language of its menus) or, failing
/// that, their ids.
pub(super) fn docx_styles<R: Read + std::io::Seek>(
    archive: &mut zip::ZipArchive<R>,
) -> HashMap<String, DocxStyle> {
    use quick_xml::events::Event;

    let xml = docx_part(archive, "word/styles.xml");
    let mut reader = quick_xml::Reader::from_str(&xml);
    let mut styles: HashMap<String, DocxStyle> = HashMap::new();
    let mut current: Option<String> = None;
    let mut style_level: u8 = 0;
    let style_of = |name: &str| -> DocxStyle {
        let level = heading_level(name);
        let hint = match name.to_lowercase().replace(' ', "").as_str() {
            "title" | "titre" | "titel" | "titolo" | "título" => Some(HintKind::Title),
            _ => match level {
                Some(1) => Some(HintKind::Heading1),
                Some(2) => Some(HintKind::Heading2),
                Some(3) => Some(HintKind::Heading3),
                _ => None,
            },
        };
        DocxStyle {
            hint,
            level,
            num: None,
        }
    };
    let mut set = |id: &str, style: DocxStyle| {
        if styles.len() < MAX_STYLES || styles.contains_key(id) {
            let s = styles.entry(id.to_owned()).or_default();
            s.hint = s.hint.or(style.hint);
            s.level = s.level.or(style.level);
            s.num = s.num.or(style.num);
        }
    };
    loop {
        match reader.read_event() {
            Err(_) | Ok(Event::Eof) => break,
            Ok(Event::Start(e)) if e.local_name().as_ref() == "style" => {
                current = attr(&e, "styleId");
                style_level = 0;
                if let Some(id) = current.as_deref() {
                    set(id, style_of(id));
                }
            }
            Ok(Event::Empty(e)) if e.local_name().as_ref() == "name" => {
                if let (Some(id), Some(name)) = (current.as_ref(), attr(&e, "val")) {
                    set(id, style_of(&name));
                }
            }
            Ok(Event::Empty(e)) if e.local_name().as_ref() == "outlineLvl" => {
                if let Some(id) = current.as_ref() {
                    set(
                        id,
                        DocxStyle {
                            level: outline_level(&e),
                            ..DocxStyle::default()
                        },
                    );
                }
            }
            // A style's numbering: its level comes first, then the instance.
            Ok(Event::Empty(e)) if e.local_name().as_ref() == "ilvl" => {
                style_level = attr(&e, "val").and_then(|v| v.parse().ok()).unwrap_or(0);
            }
            Ok(Event::Empty(e)) if e.local_name().as_ref() == "numId" => {
                let num = attr(&e, "val").and_then(|v| v.parse::<u32>().ok());
                if let (Some(id), Some(num)) = (current.as_ref(), num) {
                    set(
                        id,
                        DocxStyle {
                            num: Some((num, style_level)),
                            ..DocxStyle::default()
                        },
                    );
                }
            }
            Ok(Event::End(e)) if e.local_name().as_ref() == "style" => current = None,
            Ok(_) => {}
        }
    }
    styles.retain(|_, s| s.hint.is_some() || s.level.is_some() || s.num.is_some());
    styles
}

/// An attribute's value by its local name (`w:val`, `w:styleId`).
pub(super) fn attr(e: &quick_xml::events::BytesStart, name: &str) -> Option<String> {
    e.attributes()
        .flatten()
        .find(|a| a.key.local_name().as_ref() == name)
        .and_then(|a| {
            a.normalized_value(quick_xml::XmlVersion::Implicit1_0)
                .ok()
                .map(|v| v.into_owned())
        })
}

/// The most of one property's text kept (a hint keeps far less).
const MAX_PROPERTY_BYTES: usize = 4096;

/// A DOCX's properties: `dc:title` and `dc:creator` in `docProps/core.xml`, `Company`
/// in `docProps/app.xml`.
pub(super) fn docx_properties<R: Read + std::io::Seek>(
    archive: &mut zip::ZipArchive<R>,
    layout: &mut Layout,
) {
    use quick_xml::events::Event;

    for (part, fields) in [
        (
            "docProps/core.xml",
            &[
                ("title", HintKind::MetaTitle),
                ("creator", HintKind::MetaAuthor),
                ("subject", HintKind::MetaSubject),
            ][..],
        ),
        (
            "docProps/app.xml",
            &[("Company", HintKind::MetaCompany)][..],
        ),
    ] {
        let xml = docx_part(archive, part);
        let mut reader = quick_xml::Reader::from_str(&xml);
        let mut field: Option<HintKind> = None;
        // A property's text comes in pieces around each reference ('Roads &amp;
        // Bridges'): one hint when its element ends.
        let mut value = String::new();
        loop {
            match reader.read_event() {
                Err(_) | Ok(Event::Eof) => break,
                Ok(Event::Start(e)) => {
                    field = fields
                        .iter()
                        .find(|(n, _)| e.local_name().as_ref() == *n)
                        .map(|(_, k)| *k);
                    value.clear();
                }
                Ok(Event::Text(t)) if field.is_some() && value.len() < MAX_PROPERTY_BYTES => {
                    value.push_str(&t.xml10_content());
                }
                Ok(Event::GeneralRef(r)) if field.is_some() => {
                    super::markup::push_ref(&mut value, &r);
                }
                Ok(Event::End(_)) => {
                    if let Some(kind) = field.take() {
                        layout.push(kind, &value);
                    }
                    value.clear();
                }
                Ok(_) => {}
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pdf_text_strings_are_read_in_their_encodings() {
        let mut utf16 = vec![0xfe, 0xff];
        for u in "Ausschreibung Müll".encode_utf16() {
            utf16.extend(u.to_be_bytes());
        }
        assert_eq!(pdf_text_string(&utf16), "Ausschreibung Müll");
        assert_eq!(pdf_text_string(b"Appel \xe0 projets"), "Appel à projets");
    }

    #[test]
    fn markdown_headings_are_hints_by_level() {
        let layout =
            markdown_hints("# Terms of Reference\n## Background\n#hashtag\n### Scope\n####### x");
        let hints: Vec<(&str, &str)> = layout
            .hints()
            .iter()
            .map(|h| (h.kind.name(), h.text.as_str()))
            .collect();
        assert_eq!(
            hints,
            [
                ("heading1", "Terms of Reference"),
                ("heading2", "Background"),
                ("heading3", "Scope")
            ]
        );
    }

    fn docx(parts: &[(&str, String)]) -> Vec<u8> {
        use std::io::Write;
        let mut buf = std::io::Cursor::new(Vec::new());
        {
            let mut zip = zip::ZipWriter::new(&mut buf);
            for (name, body) in parts {
                zip.start_file(*name, zip::write::SimpleFileOptions::default())
                    .unwrap();
                zip.write_all(body.as_bytes()).unwrap();
            }
            zip.finish().unwrap();
        }
        buf.into_inner()
    }

    fn kinds(hints: &[DocumentHint]) -> Vec<(&str, &str)> {
        hints
            .iter()
            .map(|h| (h.kind.as_str(), h.text.as_str()))
            .collect()
    }

    #[test]
    fn a_docx_gives_its_styled_lines_and_properties() {
        let styles = r#"<w:styles xmlns:w="w"><w:style w:type="paragraph" w:styleId="Titre"><w:name w:val="Title"/></w:style><w:style w:type="paragraph" w:styleId="berschrift1"><w:name w:val="heading 1"/></w:style></w:styles>"#;
        let body = r#"<w:document xmlns:w="w"><w:body>
<w:p><w:pPr><w:pStyle w:val="Titre"/></w:pPr><w:r><w:t>Étude de faisabilité</w:t></w:r><w:r><w:t> d'un réseau de chaleur</w:t></w:r></w:p>
<w:p><w:r><w:t>Texte courant.</w:t></w:r></w:p>
<w:p><w:pPr><w:pStyle w:val="berschrift1"/></w:pPr><w:r><w:t>Contexte</w:t></w:r></w:p>
</w:body></w:document>"#;
        let core = r#"<cp:coreProperties xmlns:cp="c" xmlns:dc="d"><dc:title>Etude r&#233;seau &amp; chaleur</dc:title><dc:creator>Marie Dupont</dc:creator></cp:coreProperties>"#;
        let app = r#"<Properties><Company>Communauté de communes du Val</Company></Properties>"#;
        let bytes = docx(&[
            ("word/document.xml", body.into()),
            ("word/styles.xml", styles.into()),
            ("docProps/core.xml", core.into()),
            ("docProps/app.xml", app.into()),
        ]);
        let e = crate::extract::extract(&bytes, crate::extract::DocumentKind::Docx).unwrap();
        assert_eq!(
            kinds(&e.hints),
            [
                // One hint, its references read, not one hint a piece.
                ("meta_title", "Etude réseau & chaleur"),
                ("meta_author", "Marie Dupont"),
                ("meta_company", "Communauté de communes du Val"),
                ("title", "Étude de faisabilité d'un réseau de chaleur"),
                ("heading1", "Contexte"),
                // Heading lines come after the hints.
                ("heading_line1", "Contexte"),
            ]
        );
    }

    #[test]
    fn a_docx_gives_its_headings_of_six_levels_and_outline_levels_as_heading_lines() {
        let style = |id: &str, name: &str, outline: &str| {
            format!(
                r#"<w:style w:type="paragraph" w:styleId="{id}"><w:name w:val="{name}"/><w:pPr>{outline}</w:pPr></w:style>"#
            )
        };
        let styles = format!(
            r#"<w:styles xmlns:w="w">{}{}{}{}</w:styles>"#,
            style("Titre2", "heading 2", ""),
            style("Titre5", "heading 5", ""),
            style(
                "Chapitre",
                "Chapitre maison",
                r#"<w:outlineLvl w:val="0"/>"#
            ),
            style("Corps", "Corps de texte", r#"<w:outlineLvl w:val="9"/>"#),
        );
        let para = |style: &str, text: &str| {
            format!(
                r#"<w:p><w:pPr><w:pStyle w:val="{style}"/></w:pPr><w:r><w:t>{text}</w:t></w:r></w:p>"#
            )
        };
        let body = format!(
            r#"<w:document xmlns:w="w"><w:body>{}{}{}{}<w:p><w:pPr><w:outlineLvl w:val="1"/></w:pPr><w:r><w:t>Calendrier des livraisons</w:t></w:r></w:p></w:body></w:document>"#,
            para("Chapitre", "Conditions de participation"),
            para("Titre2", "Pièces à fournir"),
            para("Titre5", "Format des fichiers"),
            para("Corps", "Le titulaire livre les fichiers sources."),
        );
        let bytes = docx(&[("word/document.xml", body), ("word/styles.xml", styles)]);
        let e = crate::extract::extract(&bytes, crate::extract::DocumentKind::Docx).unwrap();
        assert_eq!(
            kinds(&e.hints),
            [
                ("heading2", "Pièces à fournir"),
                ("heading_line1", "Conditions de participation"),
                ("heading_line2", "Pièces à fournir"),
                // Levels past the third are read at the third.
                ("heading_line3", "Format des fichiers"),
                ("heading_line2", "Calendrier des livraisons"),
            ]
        );
    }

    #[test]
    fn a_short_docx_paragraph_all_in_bold_is_a_heading_line_below_the_styled_ones() {
        let run = |bold: &str, text: &str| {
            format!(r#"<w:r><w:rPr>{bold}</w:rPr><w:t xml:space="preserve">{text}</w:t></w:r>"#)
        };
        let para = |runs: String| format!("<w:p>{runs}</w:p>");
        let bold = "<w:b/><w:bCs/>";
        let long = "Conditions ".repeat(20);
        let paragraphs = [
            para(run(bold, "Accès des ") + &run(bold, "utilisateurs invités")),
            // Bold words in a paragraph of regular text.
            para(run(bold, "Attention : ") + &run("", "le titulaire livre les sources.")),
            // Bold turned off, and the paragraph mark's own bold, are not bold.
            para(run(r#"<w:b w:val="0"/>"#, "Texte normal du marché")),
            format!(
                r#"<w:p><w:pPr><w:rPr><w:b/></w:rPr></w:pPr>{}</w:p>"#,
                run("", "Paragraphe ordinaire")
            ),
            // A bold paragraph longer than a heading.
            para(run(bold, &long)),
            para(run(bold, "Exigences de sécurité des données")),
        ];
        let body = format!(
            r#"<w:document xmlns:w="w"><w:body>{}</w:body></w:document>"#,
            paragraphs.concat()
        );
        let bytes = docx(&[("word/document.xml", body)]);
        let e = crate::extract::extract(&bytes, crate::extract::DocumentKind::Docx).unwrap();
        assert_eq!(
            kinds(&e.hints),
            [
                ("heading_line4", "Accès des utilisateurs invités"),
                ("heading_line4", "Exigences de sécurité des données"),
            ]
        );
    }

    #[test]
    fn a_docx_with_a_hundred_thousand_headings_gives_a_bounded_layout() {
        let styles = r#"<w:styles xmlns:w="w"><w:style w:styleId="Heading1"><w:name w:val="heading 1"/></w:style></w:styles>"#;
        let mut body = String::from(r#"<w:document xmlns:w="w"><w:body>"#);
        for i in 0..100_000 {
            body.push_str(&format!(
                r#"<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:t>Section {i} {}</w:t></w:r></w:p>"#,
                "x".repeat(i % 50)
            ));
        }
        body.push_str("</w:body></w:document>");
        let bytes = docx(&[
            ("word/document.xml", body),
            ("word/styles.xml", styles.into()),
        ]);
        let e = crate::extract::extract(&bytes, crate::extract::DocumentKind::Docx).unwrap();
        assert_eq!(
            e.hints.len(),
            rfp_engine::layout::MAX_HINTS_PER_KIND + rfp_engine::layout::MAX_HEADING_LINES
        );
        assert!(
            e.hints
                .iter()
                .all(|h| h.text.chars().count() <= rfp_engine::layout::MAX_HINT_CHARS)
        );
    }

    #[test]
    fn an_html_page_gives_its_title_headings_and_meta() {
        let html = r#"<!DOCTYPE html><html><head><title>Convocatoria 2027 | Fundaci&oacute;n Agua</title>
<meta name="author" content="Fundación Agua Limpia"><meta property="og:site_name" content="Fundación Agua Limpia">
<meta name="description" content="Ayudas para proyectos de agua"></head>
<body><h1>Convocatoria de ayudas <b>2027</b></h1><h2>Bases</h2><script>var h1 = 1;</script><h5>Plazos</h5></body></html>"#;
        let e =
            crate::extract::extract(html.as_bytes(), crate::extract::DocumentKind::Html).unwrap();
        assert_eq!(
            kinds(&e.hints),
            [
                ("heading1", "Convocatoria de ayudas 2027"),
                ("heading2", "Bases"),
                ("meta_title", "Convocatoria 2027 | Fundación Agua"),
                ("meta_author", "Fundación Agua Limpia"),
                ("meta_company", "Fundación Agua Limpia"),
                ("meta_subject", "Ayudas para proyectos de agua"),
                ("heading_line1", "Convocatoria de ayudas 2027"),
                ("heading_line2", "Bases"),
                ("heading_line3", "Plazos"),
            ]
        );
    }

    #[test]
    fn carried_hints_are_bounded_and_cleaned_again() {
        let hints: Vec<DocumentHint> = (0..10_000)
            .map(|i| DocumentHint {
                kind: if i % 2 == 0 { "heading1" } else { "unknown" }.into(),
                text: format!("Heading\u{1b}[2J {i}<br>"),
            })
            .collect();
        let layout = to_layout(&hints);
        assert!(layout.hints().len() <= rfp_engine::layout::MAX_HINTS);
        let headings: Vec<DocumentHint> = (0..100_000)
            .map(|i| DocumentHint {
                kind: "heading_line2".into(),
                text: format!("Lot {i}<br>"),
            })
            .collect();
        let carried = to_layout(&headings);
        assert_eq!(
            carried.headings().len(),
            rfp_engine::layout::MAX_HEADING_LINES
        );
        assert_eq!(to_layout(&to_hints(&carried)), carried);
        assert!(
            layout
                .hints()
                .iter()
                .all(|h| !h.text.contains(['\u{1b}', '<']))
        );
        assert_eq!(to_layout(&to_hints(&layout)), layout);
    }
}
