//! What a document says about itself besides its text, read while it is extracted: a
//! DOCX's paragraph styles (Title, Heading 1–3, known by `word/styles.xml`) and
//! properties (`docProps/core.xml` title and creator, `docProps/app.xml` Company); an
//! HTML page's `<title>`, `<h1>`–`<h3>` and `<meta>` (author, description,
//! `og:site_name`); Markdown's `#` headings; a PDF's Info dictionary (Title, Author,
//! Subject) and the largest lines of its first two pages (`pdf_lines`). The offline
//! engine weighs them when it picks the title and the issuer.
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

/// The hints of a layout, as the sandbox and the text cache carry them.
pub fn to_hints(layout: &Layout) -> Vec<DocumentHint> {
    layout
        .hints()
        .iter()
        .map(|h| DocumentHint {
            kind: h.kind.name().to_owned(),
            text: h.text.clone(),
        })
        .collect()
}

/// A layout from carried hints, bounded and cleaned again (a child process or a
/// cached text is not trusted to have done it); kinds this engine does not know are
/// dropped.
pub fn to_layout(hints: &[DocumentHint]) -> Layout {
    let mut layout = Layout::new();
    for h in hints.iter().take(rfp_engine::layout::MAX_HINTS * 2) {
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
/// name.
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
fn docx_part<R: Read + std::io::Seek>(archive: &mut zip::ZipArchive<R>, name: &str) -> String {
    let mut xml = String::new();
    if let Ok(part) = archive.by_name(name) {
        let _ = part.take(MAX_PART_BYTES).read_to_string(&mut xml);
    }
    xml
}

/// What the paragraph styles of a DOCX stand for: style id → kind, for the Title
/// style and the first three heading levels, known by their built-in names ("Title",
/// "heading 1"; Word writes the English names whatever the language of its menus) or,
/// failing that, their ids.
pub(super) fn docx_styles<R: Read + std::io::Seek>(
    archive: &mut zip::ZipArchive<R>,
) -> HashMap<String, HintKind> {
    use quick_xml::events::Event;

    let xml = docx_part(archive, "word/styles.xml");
    let mut reader = quick_xml::Reader::from_str(&xml);
    let mut styles = HashMap::new();
    let mut current: Option<String> = None;
    let kind_of = |name: &str| -> Option<HintKind> {
        match name.to_lowercase().replace(' ', "").as_str() {
            "title" | "titre" | "titel" | "titolo" | "título" => Some(HintKind::Title),
            "heading1" | "titre1" | "überschrift1" | "titolo1" | "título1" => {
                Some(HintKind::Heading1)
            }
            "heading2" | "titre2" | "überschrift2" | "titolo2" | "título2" => {
                Some(HintKind::Heading2)
            }
            "heading3" | "titre3" | "überschrift3" | "titolo3" | "título3" => {
                Some(HintKind::Heading3)
            }
            _ => None,
        }
    };
    loop {
        match reader.read_event() {
            Err(_) | Ok(Event::Eof) => break,
            Ok(Event::Start(e)) if e.local_name().as_ref() == "style" => {
                current = attr(&e, "styleId");
                if let Some(kind) = current.as_deref().and_then(kind_of) {
                    styles.insert(current.clone().unwrap_or_default(), kind);
                }
            }
            Ok(Event::Empty(e)) if e.local_name().as_ref() == "name" => {
                if let (Some(id), Some(kind)) = (
                    current.as_ref(),
                    attr(&e, "val").as_deref().and_then(kind_of),
                ) {
                    styles.insert(id.clone(), kind);
                }
            }
            Ok(Event::End(e)) if e.local_name().as_ref() == "style" => current = None,
            Ok(_) => {}
        }
        if styles.len() > 64 {
            break;
        }
    }
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
        assert_eq!(e.hints.len(), rfp_engine::layout::MAX_HINTS_PER_KIND);
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
<body><h1>Convocatoria de ayudas <b>2027</b></h1><h2>Bases</h2><script>var h1 = 1;</script></body></html>"#;
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
        assert!(
            layout
                .hints()
                .iter()
                .all(|h| !h.text.contains(['\u{1b}', '<']))
        );
        assert_eq!(to_layout(&to_hints(&layout)), layout);
    }
}
