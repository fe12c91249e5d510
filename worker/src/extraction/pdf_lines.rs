//! The largest lines of a PDF's first pages, read while the page's text is: the
//! characters the parser hands the text output are grouped into lines as that output
//! groups them (same thresholds, so a line here is a line of the extracted text), each
//! line's type size is the median effective size of its characters (the font size
//! times the text matrix's vertical scale), and the lines clearly larger than the
//! page's body text (at least [`LARGE_RATIO`] times the size most of its characters
//! have) are the page's large lines, the largest first. Consecutive lines of the same
//! large size are one line wrapped, and joined.
//!
//! The text output is called exactly as without this, so the text does not change, and
//! nothing is parsed twice. Bounded whatever the page: at most [`MAX_LINES`] lines of
//! at most [`MAX_LINE_CHARS`] characters are measured per page.

use pdf_extract::{MediaBox, OutputDev, OutputError, Transform};

/// Pages whose large lines are hints: a title is on the cover or the page after it.
pub const LARGE_LINE_PAGES: u32 = 2;
/// How much larger than the page's body text a line must be to count as large.
pub const LARGE_RATIO: f64 = 1.3;
/// Most large lines (after joining wrapped ones) a page gives.
pub const MAX_LARGE_PER_PAGE: usize = 3;
/// Most lines of one page measured; the rest of a page only goes to the text.
const MAX_LINES: usize = 2_000;
/// Most characters of one line kept (a hint's own cap).
const MAX_LINE_CHARS: usize = rfp_engine::layout::MAX_HINT_CHARS;
/// Most lines joined into one wrapped title.
const MAX_WRAPPED: usize = 3;
/// How far below a large line (in its size) the next one may start to be its wrap.
const WRAP_GAP: f64 = 2.0;
/// Two sizes within this ratio are the same size.
const SAME_SIZE: f64 = 1.04;

#[derive(Debug, Default)]
struct Line {
    text: String,
    chars: usize,
    /// Effective sizes of the line's first visible characters.
    sizes: Vec<f64>,
    /// Where its first visible character is, down from the page's top.
    y: f64,
}

impl Line {
    fn size(&self) -> f64 {
        median(&self.sizes)
    }
}

fn median(sizes: &[f64]) -> f64 {
    let mut s = sizes.to_vec();
    s.sort_by(f64::total_cmp);
    s.get(s.len() / 2).copied().unwrap_or(0.0)
}

/// A text output that measures the lines it passes on to `inner`.
pub struct Measured<'o> {
    inner: &'o mut dyn OutputDev,
    height: f64,
    last_end: f64,
    last_y: f64,
    first_char: bool,
    lines: Vec<Line>,
    /// The current line holds no visible character yet.
    fresh: bool,
}

impl<'o> Measured<'o> {
    pub fn new(inner: &'o mut dyn OutputDev) -> Self {
        Self {
            inner,
            height: 0.0,
            // As the plain text output starts.
            last_end: 100_000.0,
            last_y: 0.0,
            first_char: false,
            lines: Vec::new(),
            fresh: true,
        }
    }

    fn new_line(&mut self) {
        if !self.fresh {
            self.fresh = true;
            if self.lines.len() < MAX_LINES {
                self.lines.push(Line::default());
            }
        }
    }

    fn current(&mut self) -> Option<&mut Line> {
        if self.lines.is_empty() {
            self.lines.push(Line::default());
        }
        (self.lines.len() < MAX_LINES).then(|| self.lines.last_mut())?
    }

    /// The page's large lines, the largest first (document order among equals), each
    /// wrapped title joined.
    pub fn large_lines(&self) -> Vec<String> {
        large_lines(&self.lines)
    }
}

fn large_lines(lines: &[Line]) -> Vec<String> {
    let measured: Vec<(f64, &Line)> = lines
        .iter()
        .filter(|l| !l.sizes.is_empty())
        .map(|l| (l.size(), l))
        .collect();
    // The body size: the size of the median character of the page.
    let total: usize = measured.iter().map(|(_, l)| l.chars).sum();
    let mut by_size: Vec<(f64, usize)> = measured.iter().map(|(s, l)| (*s, l.chars)).collect();
    by_size.sort_by(|a, b| a.0.total_cmp(&b.0));
    let mut seen = 0;
    let body = by_size
        .iter()
        .find(|(_, n)| {
            seen += n;
            seen * 2 >= total
        })
        .map_or(0.0, |(s, _)| *s);
    if !body.is_finite() || body <= 0.0 {
        return Vec::new();
    }
    let is_large = |s: f64| s.is_finite() && s >= body * LARGE_RATIO;
    let mut groups: Vec<(f64, String)> = Vec::new();
    let mut i = 0;
    while i < measured.len() {
        let (size, line) = measured[i];
        i += 1;
        if !is_large(size) {
            continue;
        }
        let mut text = line.text.trim().to_owned();
        let (mut joined, mut y) = (1, line.y);
        // The next line of the same size, right below (within two lines' height),
        // is the same heading wrapped; a heading further down is another.
        while i < measured.len()
            && joined < MAX_WRAPPED
            && is_large(measured[i].0)
            && measured[i].0.max(size) <= measured[i].0.min(size) * SAME_SIZE
            && (measured[i].1.y - y) > 0.0
            && (measured[i].1.y - y) <= size * WRAP_GAP
        {
            text.push(' ');
            text.push_str(measured[i].1.text.trim());
            y = measured[i].1.y;
            joined += 1;
            i += 1;
        }
        groups.push((size, text));
    }
    // Stable: document order among lines of one size.
    groups.sort_by(|a, b| b.0.total_cmp(&a.0));
    groups
        .into_iter()
        .take(MAX_LARGE_PER_PAGE)
        .map(|(_, t)| t)
        .collect()
}

impl OutputDev for Measured<'_> {
    fn begin_page(
        &mut self,
        page_num: u32,
        media_box: &MediaBox,
        art_box: Option<(f64, f64, f64, f64)>,
    ) -> Result<(), OutputError> {
        self.height = media_box.ury - media_box.lly;
        self.inner.begin_page(page_num, media_box, art_box)
    }

    fn end_page(&mut self) -> Result<(), OutputError> {
        self.inner.end_page()
    }

    fn output_character(
        &mut self,
        trm: &Transform,
        width: f64,
        spacing: f64,
        font_size: f64,
        char: &str,
    ) -> Result<(), OutputError> {
        // Where the plain text output breaks lines and puts spaces (its own
        // arithmetic, NaN included, so that its lines and these are the same).
        let (x, y) = (trm.m31, self.height - trm.m32);
        let v = (
            font_size * trm.m11 + font_size * trm.m21,
            font_size * trm.m12 + font_size * trm.m22,
        );
        let tfs = (v.0 * v.1).sqrt();
        let mut space = false;
        if self.first_char {
            if (y - self.last_y).abs() > tfs * 1.5
                || (x < self.last_end && (y - self.last_y).abs() > tfs * 0.5)
            {
                self.new_line();
            }
            space = x > self.last_end + tfs * 0.1;
        }
        // The size a reader sees: the font size times the vertical scale.
        let size = font_size.abs() * trm.m21.hypot(trm.m22);
        let visible = char.chars().any(|c| !c.is_whitespace());
        if let Some(line) = self.current() {
            if line.chars < MAX_LINE_CHARS {
                if space && !line.text.is_empty() {
                    line.text.push(' ');
                }
                for c in char.chars().take(MAX_LINE_CHARS - line.chars) {
                    line.text.push(c);
                    line.chars += 1;
                }
            }
            if visible && line.sizes.len() < MAX_LINE_CHARS && size.is_finite() {
                if line.sizes.is_empty() {
                    line.y = y;
                }
                line.sizes.push(size);
            }
        }
        if visible {
            self.fresh = false;
        }
        self.first_char = false;
        self.last_y = y;
        self.last_end = x + width * tfs;
        self.inner
            .output_character(trm, width, spacing, font_size, char)
    }

    fn begin_word(&mut self) -> Result<(), OutputError> {
        self.first_char = true;
        self.inner.begin_word()
    }

    fn end_word(&mut self) -> Result<(), OutputError> {
        self.inner.end_word()
    }

    fn end_line(&mut self) -> Result<(), OutputError> {
        self.inner.end_line()
    }

    fn stroke(
        &mut self,
        ctm: &Transform,
        colorspace: &pdf_extract::ColorSpace,
        color: &[f64],
        path: &pdf_extract::Path,
    ) -> Result<(), OutputError> {
        self.inner.stroke(ctm, colorspace, color, path)
    }

    fn fill(
        &mut self,
        ctm: &Transform,
        colorspace: &pdf_extract::ColorSpace,
        color: &[f64],
        path: &pdf_extract::Path,
    ) -> Result<(), OutputError> {
        self.inner.fill(ctm, colorspace, color, path)
    }
}

#[cfg(test)]
mod tests {
    use super::super::extract::{DocumentKind, extract};
    use pdf_extract::content::{Content, Operation};
    use pdf_extract::{Dictionary, Document, Object, Stream};

    /// One run of text: its words, the font size `Tf` sets, the text matrix's scale
    /// (`Tm`), and where it starts.
    struct Run<'a>(&'a str, f32, f32, f32);

    fn dict(pairs: Vec<(&str, Object)>) -> Dictionary {
        let mut d = Dictionary::new();
        for (k, v) in pairs {
            d.set(k, v);
        }
        d
    }

    /// A PDF (A4, Helvetica) with one page per entry, each run drawn where it says.
    fn pdf(pages: &[Vec<Run>]) -> Vec<u8> {
        let mut doc = Document::with_version("1.5");
        let pages_id = doc.new_object_id();
        let font = doc.add_object(dict(vec![
            ("Type", "Font".into()),
            ("Subtype", "Type1".into()),
            ("BaseFont", "Helvetica".into()),
            ("Encoding", "WinAnsiEncoding".into()),
        ]));
        let mut kids = Vec::new();
        for runs in pages {
            let mut ops = Vec::new();
            for Run(text, size, scale, y) in runs {
                ops.extend([
                    Operation::new("BT", vec![]),
                    Operation::new("Tf", vec!["F1".into(), (*size).into()]),
                    Operation::new(
                        "Tm",
                        vec![
                            (*scale).into(),
                            0.into(),
                            0.into(),
                            (*scale).into(),
                            50.into(),
                            (*y).into(),
                        ],
                    ),
                    Operation::new("Tj", vec![Object::string_literal(*text)]),
                    Operation::new("ET", vec![]),
                ]);
            }
            let content = Content { operations: ops }.encode().unwrap();
            let content = doc.add_object(Stream::new(Dictionary::new(), content));
            let page = doc.add_object(dict(vec![
                ("Type", "Page".into()),
                ("Parent", pages_id.into()),
                ("Contents", content.into()),
            ]));
            kids.push(page.into());
        }
        let count = kids.len() as i64;
        let resources = dict(vec![("Font", dict(vec![("F1", font.into())]).into())]);
        doc.objects.insert(
            pages_id,
            Object::Dictionary(dict(vec![
                ("Type", "Pages".into()),
                ("Kids", kids.into()),
                ("Count", count.into()),
                (
                    "MediaBox",
                    vec![0.into(), 0.into(), 595.into(), 842.into()].into(),
                ),
                ("Resources", resources.into()),
            ])),
        );
        let catalog = doc.add_object(dict(vec![
            ("Type", "Catalog".into()),
            ("Pages", pages_id.into()),
        ]));
        doc.trailer.set("Root", catalog);
        let mut out = Vec::new();
        doc.save_to(&mut out).unwrap();
        out
    }

    /// Body text: lines of 10 pt from `y` down.
    fn body(from: f32, lines: usize) -> Vec<Run<'static>> {
        (0..lines)
            .map(|i| {
                Run(
                    "The tenderer shall submit the offer before the deadline.",
                    10.0,
                    1.0,
                    from - 14.0 * i as f32,
                )
            })
            .collect()
    }

    fn large_hints(pages: &[Vec<Run>]) -> Vec<String> {
        let e = extract(&pdf(pages), DocumentKind::Pdf).unwrap();
        e.hints
            .iter()
            .filter(|h| h.kind == "large")
            .map(|h| h.text.clone())
            .collect()
    }

    fn with_body<'a>(mut head: Vec<Run<'a>>) -> Vec<Run<'a>> {
        head.extend(body(600.0, 20));
        head
    }

    #[test]
    fn the_largest_lines_of_the_first_pages_are_hints() {
        type Case<'a> = (&'a str, Vec<Vec<Run<'a>>>, &'a [&'a str]);
        let cases: Vec<Case> = vec![
            (
                "one large line over body text",
                vec![with_body(vec![Run(
                    "Rural Digital Skills Programme",
                    24.0,
                    1.0,
                    780.0,
                )])],
                &["Rural Digital Skills Programme"],
            ),
            (
                "the size is the font size times the text matrix's scale",
                vec![with_body(vec![Run(
                    "Rural Digital Skills Programme",
                    1.0,
                    22.0,
                    780.0,
                )])],
                &["Rural Digital Skills Programme"],
            ),
            (
                "a wrapped title is one hint, in reading order",
                vec![with_body(vec![
                    Run("Consulting Services for the Zanzibar", 20.0, 1.0, 780.0),
                    Run("Geospatial Data Platform", 20.0, 1.0, 756.0),
                ])],
                &["Consulting Services for the Zanzibar Geospatial Data Platform"],
            ),
            (
                "the largest first; a slightly larger line is no heading",
                vec![with_body(vec![
                    Run("Request for Proposals", 16.0, 1.0, 800.0),
                    Run("Website Relaunch 2026", 26.0, 1.0, 760.0),
                    Run("Issued on 3 March 2026", 11.0, 1.0, 730.0),
                ])],
                &["Website Relaunch 2026", "Request for Proposals"],
            ),
            (
                "a heading of the same size further down is another",
                vec![with_body(vec![
                    Run("Bid Documents for Goods", 20.0, 1.0, 800.0),
                    Run("Contents", 20.0, 1.0, 700.0),
                ])],
                &["Bid Documents for Goods", "Contents"],
            ),
            (
                "text of one size has no large line",
                vec![body(800.0, 30)],
                &[],
            ),
            (
                "at most three per page",
                vec![with_body(vec![
                    Run("First Heading Line", 30.0, 1.0, 820.0),
                    Run("Second Heading Line", 26.0, 1.0, 780.0),
                    Run("Third Heading Line", 22.0, 1.0, 740.0),
                    Run("Fourth Heading Line", 18.0, 1.0, 700.0),
                ])],
                &[
                    "First Heading Line",
                    "Second Heading Line",
                    "Third Heading Line",
                ],
            ),
            (
                "pages one and two only",
                vec![
                    with_body(vec![Run("Cover Title Line", 24.0, 1.0, 780.0)]),
                    with_body(vec![Run("Second Page Heading", 24.0, 1.0, 780.0)]),
                    with_body(vec![Run("Third Page Heading", 24.0, 1.0, 780.0)]),
                ],
                &["Cover Title Line", "Second Page Heading"],
            ),
        ];
        for (what, pages, want) in cases {
            assert_eq!(large_hints(&pages), *want, "{what}");
        }
    }

    #[test]
    fn measuring_the_lines_leaves_the_text_as_it_was() {
        use pdf_extract::{PageExtractor, PlainTextOutput};
        let bytes = pdf(&[
            with_body(vec![
                Run("Consulting Services for the Zanzibar", 20.0, 1.0, 780.0),
                Run("Geospatial Data Platform", 1.0, 20.0, 756.0),
            ]),
            body(800.0, 10),
        ]);
        let doc = Document::load_mem(&bytes).unwrap();
        let mut reader = PageExtractor::new(&doc);
        for n in 1..=2 {
            let (mut plain, mut measured) = (String::new(), String::new());
            reader
                .output_page(&mut PlainTextOutput::new(&mut plain), n)
                .unwrap();
            let mut out = PlainTextOutput::new(&mut measured);
            reader
                .output_page(&mut super::Measured::new(&mut out), n)
                .unwrap();
            assert_eq!(plain, measured, "page {n}");
        }
    }

    #[test]
    fn a_page_of_a_hundred_thousand_runs_gives_few_short_hints() {
        let mut runs = Vec::new();
        for i in 0..100_000 {
            let size = if i % 7 == 0 { 30.0 } else { 8.0 };
            runs.push(Run("Lot Heading Text", size, 1.0, 800.0 - (i % 700) as f32));
        }
        let mut long = vec![Run("Giant", 40.0, 1.0, 830.0)];
        long.extend((0..2_000).map(|_| Run("Giant", 40.0, 1.0, 830.0)));
        let started = std::time::Instant::now();
        let hints = large_hints(&[runs, long]);
        assert!(hints.len() <= 2 * super::MAX_LARGE_PER_PAGE, "{hints:?}");
        assert!(
            hints
                .iter()
                .all(|h| h.chars().count() <= rfp_engine::layout::MAX_HINT_CHARS),
            "{hints:?}"
        );
        assert!(started.elapsed().as_secs() < 60, "{:?}", started.elapsed());
    }
}
