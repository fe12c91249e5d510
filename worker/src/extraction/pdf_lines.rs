//! The largest lines of a PDF's first pages, read while the page's text is: the
//! characters the parser hands the text output are grouped into lines as that output
//! groups them (same thresholds, so a line here is a line of the extracted text), each
//! line's type size is the median effective size of its characters (the font size
//! times the text matrix's vertical scale), and the lines clearly larger than the
//! page's body text (at least [`LARGE_RATIO`] times the size most of its characters
//! have) are the page's large lines, the largest first. Consecutive lines of the same
//! large size are one line wrapped, and joined.
//!
//! Every page also gives its candidate heading lines ([`PageLines`]): short lines set
//! in a bold face or clearly larger than the page's body text, wrapped ones joined.
//! Once all pages are read, [`heading_lines`] keeps those that stand out from the
//! document's body size (the size most of its characters have), leaves out running
//! headers, and ranks their styles into levels.
//!
//! The text output is called exactly as without this, so the text does not change, and
//! nothing is parsed twice. Bounded whatever the page: at most [`MAX_LINES`] lines of
//! at most [`MAX_LINE_CHARS`] characters are measured per page, at most
//! [`MAX_CANDIDATES_PER_PAGE`] candidates kept, and at most
//! [`rfp_engine::layout::MAX_HEADING_LINES`] heading lines given.

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
/// How much larger than the body text a line in a regular face must be to be a
/// heading.
const HEADING_RATIO: f64 = 1.15;
/// How much smaller than the body text a bold line may be and still be a heading
/// (bold small print is no heading).
const BOLD_MIN_RATIO: f64 = 0.95;
/// The share of a line's visible characters that must be bold for the line to be.
const BOLD_SHARE: f64 = 0.8;
/// Longest heading line, in characters (a longer line is text, whatever its type).
const MAX_HEADING_CHARS: usize = 160;
/// Most candidate heading lines one page keeps.
pub const MAX_CANDIDATES_PER_PAGE: usize = 60;
/// A heading line at a page's edge (its first or last lines) on this many pages is a
/// running header or footer.
const RUNNING_PAGES: usize = 3;
/// How many lines from each edge of a page a running header or footer stands.
const EDGE_LINES: usize = 3;

#[derive(Debug, Default)]
struct Line {
    text: String,
    chars: usize,
    /// Effective sizes of the line's first visible characters.
    sizes: Vec<f64>,
    /// Where its first visible character is, down from the page's top.
    y: f64,
    /// How many of its visible characters (of those measured) are in a bold face.
    bold: usize,
}

impl Line {
    fn size(&self) -> f64 {
        median(&self.sizes)
    }

    fn is_bold(&self) -> bool {
        !self.sizes.is_empty() && self.bold as f64 >= self.sizes.len() as f64 * BOLD_SHARE
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
    /// The font of the string being shown is a bold face.
    bold: bool,
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
            bold: false,
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

    /// The page's type sizes and candidate heading lines.
    pub fn page_lines(&self) -> PageLines {
        page_lines(&self.lines)
    }
}

/// A short line of a page set apart from its body text (wrapped lines joined).
#[derive(Debug, Clone)]
pub struct Candidate {
    pub text: String,
    pub size: f64,
    pub bold: bool,
    /// It stands among the first or last lines of its page.
    pub edge: bool,
}

/// What one page gives the document's heading lines.
#[derive(Debug, Clone, Default)]
pub struct PageLines {
    /// Visible characters per type size (in quarter points).
    pub sizes: Vec<(u32, usize)>,
    /// Its candidate heading lines, in reading order.
    pub candidates: Vec<Candidate>,
}

/// A size in quarter points, as sizes are counted.
fn quarter_points(size: f64) -> u32 {
    (size * 4.0).round().clamp(0.0, 100_000.0) as u32
}

/// The size most of `sizes`' characters have (the smaller of equals).
fn body_size(sizes: impl Iterator<Item = (u32, usize)>) -> f64 {
    let mut by: std::collections::BTreeMap<u32, usize> = Default::default();
    for (q, n) in sizes {
        *by.entry(q).or_default() += n;
    }
    let mut best = (0u32, 0usize);
    for (q, n) in by {
        if n > best.1 {
            best = (q, n);
        }
    }
    f64::from(best.0) / 4.0
}

fn page_lines(lines: &[Line]) -> PageLines {
    let measured: Vec<(usize, f64, &Line)> = lines
        .iter()
        .enumerate()
        .filter(|(_, l)| !l.sizes.is_empty() && l.size().is_finite())
        .map(|(at, l)| (at, l.size(), l))
        .collect();
    // By size (a page may set each of its lines in a size of its own).
    let mut by_size: std::collections::HashMap<u32, usize> = Default::default();
    for (_, size, l) in &measured {
        *by_size.entry(quarter_points(*size)).or_default() += l.chars;
    }
    let mut sizes: Vec<(u32, usize)> = by_size.into_iter().collect();
    sizes.sort_unstable();
    let body = body_size(sizes.iter().copied());
    let mut out = PageLines {
        sizes,
        candidates: Vec::new(),
    };
    if body <= 0.0 {
        return out;
    }
    let stands_out = |size: f64, l: &Line| {
        l.chars <= MAX_HEADING_CHARS
            && (size >= body * HEADING_RATIO || (l.is_bold() && size >= body * BOLD_MIN_RATIO))
    };
    let last = lines.len().saturating_sub(1);
    let mut i = 0;
    while i < measured.len() && out.candidates.len() < MAX_CANDIDATES_PER_PAGE {
        let (at, size, line) = measured[i];
        i += 1;
        if !stands_out(size, line) {
            continue;
        }
        // The lines right below in the same type are the same heading wrapped; more
        // than a few such lines are a paragraph set apart, no heading.
        let mut run = vec![line];
        let mut y = line.y;
        while i < measured.len() && run.len() <= MAX_WRAPPED {
            let (_, s, next) = measured[i];
            let same = stands_out(s, next)
                && next.is_bold() == line.is_bold()
                && s.max(size) <= s.min(size) * SAME_SIZE
                && next.y - y > 0.0
                && next.y - y <= size * WRAP_GAP;
            if !same {
                break;
            }
            run.push(next);
            y = next.y;
            i += 1;
        }
        if run.len() > MAX_WRAPPED {
            // Skip the rest of the paragraph too.
            while i < measured.len() && stands_out(measured[i].1, measured[i].2) {
                i += 1;
            }
            continue;
        }
        let text = run
            .iter()
            .map(|l| l.text.trim())
            .collect::<Vec<_>>()
            .join(" ");
        let end = at + run.len() - 1;
        out.candidates.push(Candidate {
            text,
            size,
            bold: line.is_bold(),
            edge: at < EDGE_LINES || end + EDGE_LINES > last,
        });
    }
    out
}

/// A heading line's text as running headers compare: letters only, lower case.
fn running_key(text: &str) -> String {
    text.chars()
        .filter(|c| c.is_alphabetic())
        .flat_map(char::to_lowercase)
        .take(MAX_HEADING_CHARS)
        .collect()
}

/// The document's heading lines from its pages' candidates: those clearly larger
/// than the document's body text or bold at its size, without running headers, in
/// reading order, each with its level (1 for the largest style, 3 for the third and
/// smaller; bold before regular at one size). At most
/// [`rfp_engine::layout::MAX_HEADING_LINES`].
pub fn heading_lines(pages: &[PageLines]) -> Vec<(u8, String)> {
    use std::collections::HashMap;
    let body = body_size(pages.iter().flat_map(|p| p.sizes.iter().copied()));
    if body <= 0.0 {
        return Vec::new();
    }
    let mut edges: HashMap<String, usize> = HashMap::new();
    for p in pages {
        let mut seen = std::collections::HashSet::new();
        for c in p.candidates.iter().filter(|c| c.edge) {
            let key = running_key(&c.text);
            if seen.insert(key.clone()) {
                *edges.entry(key).or_default() += 1;
            }
        }
    }
    let mut headings: Vec<&Candidate> = pages
        .iter()
        .flat_map(|p| &p.candidates)
        .filter(|c| c.size >= body * HEADING_RATIO || (c.bold && c.size >= body * BOLD_MIN_RATIO))
        .filter(|c| edges.get(&running_key(&c.text)).copied().unwrap_or(0) < RUNNING_PAGES)
        .take(rfp_engine::layout::MAX_HEADING_LINES)
        .collect();
    // Styles, the outermost first: larger, then bold.
    let style = |c: &Candidate| ((c.size * 2.0).round().clamp(0.0, 100_000.0) as u32, c.bold);
    let mut styles: Vec<(u32, bool)> = headings.iter().map(|c| style(c)).collect();
    styles.sort_by(|a, b| b.cmp(a));
    // The largest style, once in the document on its first pages, is its title
    // (a hint already), no section of it.
    let title = styles.first().copied().filter(|top| {
        styles.iter().filter(|s| *s == top).count() == 1
            && styles.len() > 1
            && pages
                .iter()
                .take(LARGE_LINE_PAGES as usize)
                .any(|p| p.candidates.iter().any(|c| style(c) == *top))
    });
    if let Some(top) = title {
        headings.retain(|c| style(c) != top);
    }
    styles.dedup();
    styles.retain(|s| Some(*s) != title);
    headings
        .iter()
        .map(|c| {
            let rank = styles.iter().position(|s| *s == style(c)).unwrap_or(0);
            let level = (rank + 1).min(usize::from(rfp_engine::layout::MAX_STYLE_LEVEL));
            (level as u8, c.text.clone())
        })
        .collect()
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
        let bold = self.bold;
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
                line.bold += usize::from(bold);
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

    fn font_weight(&mut self, bold: bool) -> Result<(), OutputError> {
        self.bold = bold;
        self.inner.font_weight(bold)
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
        let pages: Vec<Vec<(&Run, bool)>> = pages
            .iter()
            .map(|p| p.iter().map(|r| (r, false)).collect())
            .collect();
        styled_pdf(&pages)
    }

    /// A PDF whose runs are each in Helvetica or, when marked, Helvetica-Bold (the
    /// bold face known by its name alone).
    fn styled_pdf(pages: &[Vec<(&Run, bool)>]) -> Vec<u8> {
        let mut doc = Document::with_version("1.5");
        let pages_id = doc.new_object_id();
        let face = |doc: &mut Document, name: &str| {
            doc.add_object(dict(vec![
                ("Type", "Font".into()),
                ("Subtype", "Type1".into()),
                ("BaseFont", Object::Name(name.as_bytes().to_vec())),
                ("Encoding", "WinAnsiEncoding".into()),
            ]))
        };
        let font = face(&mut doc, "Helvetica");
        let bold = face(&mut doc, "Helvetica-Bold");
        let mut kids = Vec::new();
        for runs in pages {
            let mut ops = Vec::new();
            for (Run(text, size, scale, y), is_bold) in runs {
                let f = if *is_bold { "F2" } else { "F1" };
                ops.extend([
                    Operation::new("BT", vec![]),
                    Operation::new("Tf", vec![f.into(), (*size).into()]),
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
        let resources = dict(vec![(
            "Font",
            dict(vec![("F1", font.into()), ("F2", bold.into())]).into(),
        )]);
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
        // A page whose every line has a size of its own.
        let sizes: Vec<Run> = (0..3_000)
            .map(|i| {
                Run(
                    "Own Size",
                    6.0 + i as f32 * 0.01,
                    1.0,
                    830.0 - (i % 800) as f32,
                )
            })
            .collect();
        let started = std::time::Instant::now();
        let e = extract(&pdf(&[runs, long, sizes]), DocumentKind::Pdf).unwrap();
        let hints: Vec<&String> = e
            .hints
            .iter()
            .filter(|h| h.kind == "large")
            .map(|h| &h.text)
            .collect();
        assert!(hints.len() <= 2 * super::MAX_LARGE_PER_PAGE, "{hints:?}");
        let headings: Vec<&String> = e
            .hints
            .iter()
            .filter(|h| h.kind.starts_with("heading_line"))
            .map(|h| &h.text)
            .collect();
        assert!(
            headings.len() <= 3 * super::MAX_CANDIDATES_PER_PAGE,
            "{}",
            headings.len()
        );
        assert!(
            headings
                .iter()
                .all(|h| h.chars().count() <= rfp_engine::layout::MAX_HINT_CHARS)
        );
        assert!(
            hints
                .iter()
                .all(|h| h.chars().count() <= rfp_engine::layout::MAX_HINT_CHARS),
            "{hints:?}"
        );
        assert!(started.elapsed().as_secs() < 60, "{:?}", started.elapsed());
    }

    /// A page of body text in Helvetica with `heads` drawn over its paragraphs: each
    /// head (text, size, bold) opens a paragraph of three lines of its body (the
    /// bodies taken in turn).
    fn page_with_heads<'a>(
        heads: &[(&'a str, f32, bool)],
        bodies: &[&'a str],
    ) -> Vec<(Run<'a>, bool)> {
        let mut runs = Vec::new();
        let mut y = 790.0;
        for (k, (text, size, bold)) in heads.iter().enumerate() {
            let body_line = bodies[k % bodies.len()];
            runs.push((Run(text, *size, 1.0, y), *bold));
            y -= 2.0 * size;
            for _ in 0..3 {
                runs.push((Run(body_line, 10.0, 1.0, y), false));
                y -= 14.0;
            }
            y -= 14.0;
        }
        runs
    }

    fn heading_line_hints(pages: &[Vec<(Run, bool)>]) -> Vec<(String, String)> {
        let pages: Vec<Vec<(&Run, bool)>> = pages
            .iter()
            .map(|p| p.iter().map(|(r, b)| (r, *b)).collect())
            .collect();
        let e = extract(&styled_pdf(&pages), DocumentKind::Pdf).unwrap();
        e.hints
            .iter()
            .filter(|h| h.kind.starts_with("heading_line"))
            .map(|h| (h.kind.clone(), h.text.clone()))
            .collect()
    }

    #[test]
    fn bold_and_larger_lines_of_every_page_are_heading_lines_by_style() {
        let body = "The supplier keeps every delivery note for the inspection team.";
        let mut pages: Vec<Vec<(Run, bool)>> = vec![
            page_with_heads(
                &[
                    ("Supply of Laboratory Glassware", 24.0, false),
                    ("Background of the purchase", 14.0, false),
                ],
                &[body],
            ),
            page_with_heads(
                &[
                    ("Who may submit a tender?", 14.0, false),
                    ("Registration documents", 10.0, true),
                    // Slightly larger, regular: body text.
                    ("A line a little larger", 10.5, false),
                ],
                &[body],
            ),
            page_with_heads(&[("Packaging and labelling", 10.0, true)], &[body]),
            page_with_heads(&[("Delivery to the central stores", 14.0, false)], &[body]),
        ];
        // A running header in bold at the top of every page is no heading.
        for page in &mut pages {
            page.insert(0, (Run("Tender for glassware", 10.0, 1.0, 830.0), true));
        }
        let want: Vec<(String, String)> = [
            // The title (the largest type, once) is a title hint, not a section.
            ("heading_line1", "Background of the purchase"),
            ("heading_line1", "Who may submit a tender?"),
            ("heading_line2", "Registration documents"),
            ("heading_line2", "Packaging and labelling"),
            ("heading_line1", "Delivery to the central stores"),
        ]
        .iter()
        .map(|(k, t)| (k.to_string(), t.to_string()))
        .collect();
        assert_eq!(heading_line_hints(&pages), want);
    }

    #[test]
    fn the_matrix_takes_its_sections_from_the_headings_of_a_pdf() {
        let pages: Vec<Vec<(Run, bool)>> = vec![page_with_heads(
            &[
                ("Laboratory Glassware", 24.0, false),
                ("Who may submit a tender?", 14.0, false),
                (
                    "Packaging, labelling and delivery to the central stores of the faculty",
                    10.0,
                    true,
                ),
            ],
            &[
                "The cover page states the name of the glassware catalogue.",
                "A tenderer shall hold a registration as a laboratory supplier.",
                "Each carton shall carry the order number on two of its sides.",
            ],
        )];
        let refs: Vec<Vec<(&Run, bool)>> = pages
            .iter()
            .map(|p| p.iter().map(|(r, b)| (r, *b)).collect())
            .collect();
        let e = extract(&styled_pdf(&refs), DocumentKind::Pdf).unwrap();
        let section = |layout: &rfp_engine::Layout| -> Vec<String> {
            let a =
                rfp_engine::analyze_document(&e.pages, layout, &rfp_engine::StopFlag::default())
                    .unwrap();
            a["extracted_data"]["requirements"]
                .as_array()
                .unwrap()
                .iter()
                .map(|r| r["section"].as_str().unwrap_or("").to_owned())
                .collect()
        };
        let layout = crate::extraction::layout::to_layout(&e.hints);
        let sections = section(&layout);
        assert!(!sections.is_empty());
        // The bold heading is under the larger one.
        assert_eq!(
            sections,
            [
                "Who may submit a tender?",
                "Who may submit a tender? › Packaging, labelling and delivery to the central stores of the faculty"
            ],
        );
        // Without the layout the text's shapes do not see these headings.
        assert_ne!(section(&rfp_engine::Layout::new()), sections);
    }

    #[test]
    fn heading_lines_are_bounded_whatever_the_pages() {
        let long = "Heading ".repeat(40);
        let page = super::PageLines {
            sizes: vec![(40, 10_000), (56, 500)],
            candidates: (0..super::MAX_CANDIDATES_PER_PAGE)
                .map(|i| super::Candidate {
                    text: format!("{} {i}", &long[..(i * 7) % long.len()]),
                    size: 14.0,
                    bold: i % 2 == 0,
                    edge: false,
                })
                .collect(),
        };
        let pages = vec![page; 20_000];
        let started = std::time::Instant::now();
        let lines = super::heading_lines(&pages);
        assert_eq!(lines.len(), rfp_engine::layout::MAX_HEADING_LINES);
        assert!(lines.iter().all(|(level, _)| (1..=3).contains(level)));
        assert!(started.elapsed().as_secs() < 20, "{:?}", started.elapsed());
        assert!(super::heading_lines(&[]).is_empty());
    }
}
