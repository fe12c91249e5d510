//! Documents the project generates for its tests: PDFs of given text (Helvetica,
//! A4, about 50 lines a page), so that no test depends on a file written by others.

use lopdf::content::{Content, Operation};
use lopdf::{Dictionary, Document, Object, ObjectId, Stream, dictionary};

const LINES_PER_PAGE: usize = 50;

/// A PDF whose pages hold `text`'s lines (non-ASCII characters become ASCII).
pub fn pdf_from_text(text: &str) -> Vec<u8> {
    let lines: Vec<String> = text
        .lines()
        .map(|l| {
            l.replace(['–', '—'], "-")
                .replace('€', "EUR ")
                .chars()
                .map(|c| if c.is_ascii() { c } else { '?' })
                .collect()
        })
        .collect();
    pdf_from_pages(
        &lines
            .chunks(LINES_PER_PAGE)
            .map(|c| c.to_vec())
            .collect::<Vec<_>>(),
    )
}

/// A PDF with one page per entry, each holding its lines.
pub fn pdf_from_pages(pages: &[Vec<String>]) -> Vec<u8> {
    let mut doc = Document::with_version("1.5");
    let pages_id = doc.new_object_id();
    let font_id = doc.add_object(dictionary! {
        "Type" => "Font", "Subtype" => "Type1", "BaseFont" => "Helvetica", "Encoding" => "WinAnsiEncoding",
    });
    let resources_id = doc.add_object(dictionary! { "Font" => dictionary! { "F1" => font_id } });
    let mut kids = Vec::new();
    for lines in pages {
        let content = Content {
            operations: text_operations(lines),
        };
        let content_id = doc.add_object(Stream::new(dictionary! {}, content.encode().unwrap()));
        let page_id = doc.add_object(dictionary! {
            "Type" => "Page", "Parent" => pages_id, "Contents" => content_id,
        });
        kids.push(page_id.into());
    }
    finish(
        doc,
        pages_id,
        kids,
        dictionary! { "Resources" => resources_id },
    )
}

/// A one-page PDF whose lines are drawn as some generators write every line: the
/// first with `Tj`, then each with `'` (next line, show) or `"` (word and character
/// spacing, next line, show), the operators PDF readers must honour besides `Tj`/`TJ`.
pub fn pdf_with_quote_operators(lines: &[&str]) -> Vec<u8> {
    let mut doc = Document::with_version("1.5");
    let pages_id = doc.new_object_id();
    let font_id = doc.add_object(dictionary! {
        "Type" => "Font", "Subtype" => "Type1", "BaseFont" => "Helvetica", "Encoding" => "WinAnsiEncoding",
    });
    let mut ops = vec![
        Operation::new("BT", vec![]),
        Operation::new("Tf", vec!["F1".into(), 10.into()]),
        Operation::new("TL", vec![14.into()]),
        Operation::new("Td", vec![50.into(), 790.into()]),
    ];
    for (i, line) in lines.iter().enumerate() {
        let text = Object::string_literal(*line);
        ops.push(match i {
            0 => Operation::new("Tj", vec![text]),
            i if i % 2 == 1 => Operation::new("'", vec![text]),
            _ => Operation::new("\"", vec![0.into(), 0.into(), text]),
        });
    }
    ops.push(Operation::new("ET", vec![]));
    let content = Content { operations: ops }.encode().unwrap();
    let content_id = doc.add_object(Stream::new(dictionary! {}, content));
    let page_id = doc.add_object(dictionary! {
        "Type" => "Page", "Parent" => pages_id, "Contents" => content_id,
        "Resources" => dictionary! { "Font" => dictionary! { "F1" => font_id } },
    });
    finish(doc, pages_id, vec![page_id.into()], dictionary! {})
}

/// The project's sample RFP as a PDF.
pub fn sample_pdf() -> Vec<u8> {
    pdf_from_text(rfp_worker::SAMPLE_RFP)
}

/// A one-page PDF whose content stream inflates to `inflated_mib` MiB of blanks: a
/// decompression bomb, small on disk, that a parser must hold in memory to read.
pub fn pdf_bomb(inflated_mib: usize) -> Vec<u8> {
    let mut doc = Document::with_version("1.5");
    let pages_id = doc.new_object_id();
    let mut content = Stream::new(dictionary! {}, vec![b' '; inflated_mib << 20]);
    content.compress().unwrap();
    let content_id = doc.add_object(content);
    let page_id = doc.add_object(dictionary! {
        "Type" => "Page", "Parent" => pages_id, "Contents" => content_id,
    });
    finish(doc, pages_id, vec![page_id.into()], dictionary! {})
}

/// A PDF that reuses one font name for different fonts, as PDFs may: resource names
/// are only unique within one resource dictionary. `/F1` is plain Helvetica on page 1
/// and in page 2's own resources, but in the Form XObject drawn on page 1, and on page
/// 3, it is a font whose encoding maps the byte `A` to the glyph `Z`. Each `(AAA)`
/// shown through that font reads `ZZZ`; a reader that resolves `/F1` by name across
/// pages or resource dictionaries reads `AAA` there instead.
pub fn pdf_with_reused_font_names() -> Vec<u8> {
    let mut doc = Document::with_version("1.5");
    let pages_id = doc.new_object_id();
    let plain = doc.add_object(dictionary! {
        "Type" => "Font", "Subtype" => "Type1", "BaseFont" => "Helvetica", "Encoding" => "WinAnsiEncoding",
    });
    let shifted = doc.add_object(dictionary! {
        "Type" => "Font", "Subtype" => "Type1", "BaseFont" => "Helvetica",
        "Encoding" => dictionary! {
            "Type" => "Encoding", "BaseEncoding" => "WinAnsiEncoding",
            "Differences" => vec![65.into(), Object::Name(b"Z".to_vec())],
        },
    });
    let show = |x: i64, y: i64, text: &str| {
        vec![
            Operation::new("BT", vec![]),
            Operation::new("Tf", vec!["F1".into(), 10.into()]),
            Operation::new("Td", vec![x.into(), y.into()]),
            Operation::new("Tj", vec![Object::string_literal(text)]),
            Operation::new("ET", vec![]),
        ]
    };
    let form = Stream::new(
        dictionary! {
            "Type" => "XObject", "Subtype" => "Form",
            "BBox" => vec![0.into(), 0.into(), 595.into(), 842.into()],
            "Resources" => dictionary! { "Font" => dictionary! { "F1" => shifted } },
        },
        Content {
            operations: show(50, 600, "AAA"),
        }
        .encode()
        .unwrap(),
    );
    let form_id = doc.add_object(form);
    let mut page = |font, text: &str, with_form: bool| {
        let mut ops = show(50, 790, text);
        if with_form {
            ops.push(Operation::new("Do", vec!["Fm1".into()]));
        }
        let content = Content { operations: ops }.encode().unwrap();
        let content_id = doc.add_object(Stream::new(dictionary! {}, content));
        let mut resources = dictionary! { "Font" => dictionary! { "F1" => font } };
        if with_form {
            resources.set("XObject", dictionary! { "Fm1" => form_id });
        }
        doc.add_object(dictionary! {
            "Type" => "Page", "Parent" => pages_id, "Contents" => content_id,
            "Resources" => resources,
        })
    };
    let kids: Vec<Object> = vec![
        page(plain, "Plain AAA", true).into(),
        page(plain, "Plain again AAA", false).into(),
        page(shifted, "AAA", false).into(),
    ];
    finish(doc, pages_id, kids, dictionary! {})
}

/// `lines` in Helvetica 10 from the top left of an A4 page, 14 points apart.
fn text_operations(lines: &[String]) -> Vec<Operation> {
    let mut ops = vec![
        Operation::new("BT", vec![]),
        Operation::new("Tf", vec!["F1".into(), 10.into()]),
        Operation::new("TL", vec![14.into()]),
        Operation::new("Td", vec![50.into(), 790.into()]),
    ];
    for line in lines {
        ops.push(Operation::new(
            "Tj",
            vec![Object::string_literal(line.as_str())],
        ));
        ops.push(Operation::new("T*", vec![]));
    }
    ops.push(Operation::new("ET", vec![]));
    ops
}

/// A page of [`pdf_with_pages`].
#[derive(Debug, Clone)]
pub enum Page {
    /// Lines of Helvetica text, as [`pdf_from_pages`] writes them.
    Typed(Vec<String>),
    /// A grey image (8 bits a pixel, rows top to bottom) drawn `draws` times over the
    /// whole page of `size` points and nothing else: a scanned page (once), or a page
    /// that costs a renderer `draws` times the decoding.
    Image {
        width: u32,
        height: u32,
        grey: Vec<u8>,
        size: (u32, u32),
        draws: usize,
    },
}

/// A PDF of typed and image-only pages, in order (images are Flate-compressed).
pub fn pdf_with_pages(pages: &[Page]) -> Vec<u8> {
    let mut doc = Document::with_version("1.5");
    let pages_id = doc.new_object_id();
    let font_id = doc.add_object(dictionary! {
        "Type" => "Font", "Subtype" => "Type1", "BaseFont" => "Helvetica", "Encoding" => "WinAnsiEncoding",
    });
    let mut kids = Vec::new();
    for page in pages {
        let (ops, resources, size) = match page {
            Page::Typed(lines) => {
                let ops = text_operations(lines);
                (
                    ops,
                    dictionary! { "Font" => dictionary! { "F1" => font_id } },
                    (595, 842),
                )
            }
            Page::Image {
                width,
                height,
                grey,
                size,
                draws,
            } => {
                let mut image = Stream::new(
                    dictionary! {
                        "Type" => "XObject", "Subtype" => "Image",
                        "Width" => i64::from(*width), "Height" => i64::from(*height),
                        "ColorSpace" => "DeviceGray", "BitsPerComponent" => 8,
                    },
                    grey.clone(),
                );
                image.compress().unwrap();
                let image_id = doc.add_object(image);
                let (w, h) = (i64::from(size.0), i64::from(size.1));
                let mut ops = vec![
                    Operation::new("q", vec![]),
                    Operation::new(
                        "cm",
                        vec![w.into(), 0.into(), 0.into(), h.into(), 0.into(), 0.into()],
                    ),
                ];
                ops.extend((0..*draws).map(|_| Operation::new("Do", vec!["Im1".into()])));
                ops.push(Operation::new("Q", vec![]));
                (
                    ops,
                    dictionary! { "XObject" => dictionary! { "Im1" => image_id } },
                    *size,
                )
            }
        };
        let content = Content { operations: ops }.encode().unwrap();
        let content_id = doc.add_object(Stream::new(dictionary! {}, content));
        let media_box: Vec<Object> = vec![
            0.into(),
            0.into(),
            i64::from(size.0).into(),
            i64::from(size.1).into(),
        ];
        let page_id = doc.add_object(dictionary! {
            "Type" => "Page", "Parent" => pages_id, "Contents" => content_id,
            "Resources" => resources, "MediaBox" => media_box,
        });
        kids.push(page_id.into());
    }
    finish(doc, pages_id, kids, dictionary! {})
}

/// Writes `doc` with an A4 page tree of `kids` at `pages_id` (plus `extra` entries,
/// such as inherited resources) and a catalog.
fn finish(mut doc: Document, pages_id: ObjectId, kids: Vec<Object>, extra: Dictionary) -> Vec<u8> {
    let count = kids.len() as i64;
    let mut pages = dictionary! {
        "Type" => "Pages", "Kids" => kids, "Count" => count,
        "MediaBox" => vec![0.into(), 0.into(), 595.into(), 842.into()],
    };
    for (key, value) in extra {
        pages.set(key, value);
    }
    doc.objects.insert(pages_id, Object::Dictionary(pages));
    let catalog_id = doc.add_object(dictionary! { "Type" => "Catalog", "Pages" => pages_id });
    doc.trailer.set("Root", catalog_id);
    let mut out = Vec::new();
    doc.save_to(&mut out).unwrap();
    out
}
