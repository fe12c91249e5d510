//! What a document says about itself besides its text: the styles its author gave
//! its lines (a Word "Title", HTML `<h1>`), the largest lines of its first pages, and
//! its properties (a PDF's Info dictionary, a DOCX's core and app properties, an HTML
//! page's `<title>` and `<meta>`). Extraction collects these hints; the engine weighs
//! them with the text when it picks the title and the issuer (`names`).
//!
//! The hints come from the document, so they are bounded and cleaned here, whatever
//! the caller did: at most [`MAX_HINTS`] hints of at most [`MAX_HINT_CHARS`]
//! characters, without control characters, markup tags or runs of whitespace. A DOCX
//! with 100,000 headings or a one-line title of 50 MB costs a few kilobytes.
//!
//! Besides the hints, a layout holds the document's heading lines: every line its
//! author set as a heading (a PDF's lines in a larger or bold type, a DOCX's Heading
//! 1–6, HTML `<h1>`–`<h6>`), with a level from 1 (outermost) to 4 (the deepest: a
//! paragraph set in bold below a document's styled headings). The compliance
//! matrix reads them as the sections of its rows. At most [`MAX_HEADING_LINES`] of at
//! most [`MAX_HINT_CHARS`] characters, cleaned as hints are.

/// Most hints a layout holds; later ones are dropped.
pub const MAX_HINTS: usize = 64;
/// Most characters of one hint's text; a longer one is cut (at a word when it can).
pub const MAX_HINT_CHARS: usize = 300;
/// Most hints of one kind: a document's hundredth heading says nothing about its
/// title, and one kind must not crowd out the others.
pub const MAX_HINTS_PER_KIND: usize = 12;

/// Most heading lines a layout holds; later ones are dropped.
pub const MAX_HEADING_LINES: usize = 2_000;
/// The deepest level of a heading line (a deeper heading is read at this level).
pub const MAX_HEADING_LEVEL: u8 = 4;
/// The deepest level a document's heading styles give (a PDF's type sizes, Word's
/// Heading levels, HTML's `<hN>`); [`MAX_HEADING_LEVEL`] is for what stands below
/// them (a paragraph in bold in a word processor's text).
pub const MAX_STYLE_LEVEL: u8 = 3;
/// How the worker's sandbox and text cache name a heading line of each level (a kind
/// that an older engine does not know, and so drops).
const HEADING_LINE_KINDS: [&str; MAX_HEADING_LEVEL as usize] = [
    "heading_line1",
    "heading_line2",
    "heading_line3",
    "heading_line4",
];

/// What a hint is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum HintKind {
    /// A line in the author's title style (Word's `Title`).
    Title,
    /// A first-level heading (Word's `Heading 1`, HTML `<h1>`).
    Heading1,
    /// A second-level heading.
    Heading2,
    /// A third-level heading.
    Heading3,
    /// One of the lines in the largest type of the first pages (a PDF's fonts).
    Large,
    /// The document's title property (PDF `Title`, DOCX `dc:title`, HTML `<title>`).
    MetaTitle,
    /// The subject or description property (PDF `Subject`, `<meta name=description>`).
    MetaSubject,
    /// The author property (PDF `Author`, DOCX `dc:creator`, `<meta name=author>`).
    MetaAuthor,
    /// The organisation property (DOCX `Company`, `<meta property=og:site_name>`).
    MetaCompany,
}

impl HintKind {
    const ALL: [(HintKind, &'static str); 9] = [
        (Self::Title, "title"),
        (Self::Heading1, "heading1"),
        (Self::Heading2, "heading2"),
        (Self::Heading3, "heading3"),
        (Self::Large, "large"),
        (Self::MetaTitle, "meta_title"),
        (Self::MetaSubject, "meta_subject"),
        (Self::MetaAuthor, "meta_author"),
        (Self::MetaCompany, "meta_company"),
    ];

    /// The kind's stable name, as the worker's sandbox and text cache write it.
    pub fn name(self) -> &'static str {
        Self::ALL
            .iter()
            .find(|(k, _)| *k == self)
            .map_or("title", |(_, n)| n)
    }

    /// The kind a name stands for; `None` for a name this engine does not know.
    pub fn from_name(name: &str) -> Option<Self> {
        Self::ALL.iter().find(|(_, n)| *n == name).map(|(k, _)| *k)
    }

    /// Whether the hint is a property of the file rather than a line of its text.
    pub fn is_metadata(self) -> bool {
        matches!(
            self,
            Self::MetaTitle | Self::MetaSubject | Self::MetaAuthor | Self::MetaCompany
        )
    }

    /// Whether the hint marks a line as the document's title or top heading.
    pub fn is_title_like(self) -> bool {
        matches!(self, Self::Title | Self::Heading1 | Self::Large)
    }
}

/// One thing the document says about itself.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hint {
    pub kind: HintKind,
    /// Clean, bounded text (see [`clean`]).
    pub text: String,
}

/// A line the document sets as a heading.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HeadingLine {
    /// 1 (outermost) to [`MAX_HEADING_LEVEL`].
    pub level: u8,
    /// Clean, bounded text (see [`clean`]).
    pub text: String,
}

impl HeadingLine {
    /// The name the sandbox and the text cache carry a heading line of this level by.
    pub fn kind_name(&self) -> &'static str {
        HEADING_LINE_KINDS[usize::from(self.level.clamp(1, MAX_HEADING_LEVEL)) - 1]
    }
}

/// The level a carried kind's name stands for ("heading_line2" is 2).
fn heading_line_level(kind: &str) -> Option<u8> {
    HEADING_LINE_KINDS
        .iter()
        .position(|k| *k == kind)
        .map(|at| at as u8 + 1)
}

/// The hints of one document, in the order they were found (document order for
/// lines, the properties after), and its heading lines in document order.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Layout {
    hints: Vec<Hint>,
    headings: Vec<HeadingLine>,
}

impl Layout {
    /// A layout without hints: what a plain text says about itself.
    pub fn new() -> Self {
        Self::default()
    }

    /// Adds a hint; returns whether it was kept. Empty text, a duplicate of a hint of
    /// the same kind, a kind over [`MAX_HINTS_PER_KIND`] and anything past
    /// [`MAX_HINTS`] are not.
    pub fn push(&mut self, kind: HintKind, text: &str) -> bool {
        if self.hints.len() >= MAX_HINTS
            || self.hints.iter().filter(|h| h.kind == kind).count() >= MAX_HINTS_PER_KIND
        {
            return false;
        }
        let text = clean(text);
        if text.chars().filter(|c| c.is_alphanumeric()).count() < 2
            || self.hints.iter().any(|h| h.kind == kind && h.text == text)
        {
            return false;
        }
        self.hints.push(Hint { kind, text });
        true
    }

    /// Adds a hint by its kind's name ([`HintKind::name`], or a heading line's
    /// [`HeadingLine::kind_name`]); an unknown kind is dropped (a text cached by a
    /// newer worker).
    pub fn push_named(&mut self, kind: &str, text: &str) -> bool {
        if let Some(level) = heading_line_level(kind) {
            return self.push_heading(level, text);
        }
        HintKind::from_name(kind).is_some_and(|k| self.push(k, text))
    }

    /// Adds a heading line of `level` (1 is outermost; deeper ones are read at
    /// [`MAX_HEADING_LEVEL`]); returns whether it was kept. Text without two letters
    /// or digits and anything past [`MAX_HEADING_LINES`] are not.
    pub fn push_heading(&mut self, level: u8, text: &str) -> bool {
        if self.headings.len() >= MAX_HEADING_LINES {
            return false;
        }
        let text = clean(text);
        if text.chars().filter(|c| c.is_alphanumeric()).count() < 2 {
            return false;
        }
        let level = level.clamp(1, MAX_HEADING_LEVEL);
        self.headings.push(HeadingLine { level, text });
        true
    }

    /// The heading lines, in document order.
    pub fn headings(&self) -> &[HeadingLine] {
        &self.headings
    }

    pub fn hints(&self) -> &[Hint] {
        &self.hints
    }

    /// The hints of one kind.
    pub fn of(&self, kind: HintKind) -> impl Iterator<Item = &str> {
        self.hints
            .iter()
            .filter(move |h| h.kind == kind)
            .map(|h| h.text.as_str())
    }

    /// Whether the layout holds no hint (heading lines aside).
    pub fn is_empty(&self) -> bool {
        self.hints.is_empty()
    }
}

/// A hint's text made safe and small: markup tags (`<br>`, `<b>`) and control
/// characters go, whitespace runs become one space, at most [`MAX_HINT_CHARS`]
/// characters (cut at the last space before the cap when there is one, so no word is
/// cut in two). Reads at most a few times the cap of its input, whatever its length.
pub fn clean(text: &str) -> String {
    let mut out = String::new();
    let mut in_tag = false;
    let mut space = false;
    let mut chars = 0;
    // The input is bounded too: tags and spaces shrink it, so read a generous window.
    for c in text.chars().take(MAX_HINT_CHARS * 8) {
        match c {
            '<' => in_tag = true,
            '>' if in_tag => {
                in_tag = false;
                space = !out.is_empty();
            }
            _ if in_tag => {}
            c if c.is_whitespace() || c.is_control() || is_format(c) => {
                space = !out.is_empty() && (c.is_whitespace() || space);
            }
            c => {
                if space {
                    out.push(' ');
                    chars += 1;
                    space = false;
                }
                out.push(c);
                chars += 1;
            }
        }
        if chars > MAX_HINT_CHARS {
            break;
        }
    }
    if chars > MAX_HINT_CHARS {
        let cut = crate::cap_chars(&out, MAX_HINT_CHARS);
        let cut = cut
            .rfind(' ')
            .filter(|&at| at > 0)
            .map_or(cut, |at| &cut[..at]);
        out = cut.to_owned();
    }
    out.trim().to_owned()
}

/// Bidirectional and zero-width controls, which are not `is_control` but reorder or
/// hide what a reader sees.
fn is_format(c: char) -> bool {
    matches!(c, '\u{200b}'..='\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' | '\u{feff}')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hints_are_cleaned_of_markup_controls_and_runs_of_space() {
        let cases: &[(&str, &str)] = &[
            ("Ministry of Health<br>", "Ministry of Health"),
            (
                "  Appel\t\u{1b}[2J à   projets\n2027 ",
                "Appel [2J à projets 2027",
            ),
            ("<b>Ausschreibung</b> Website", "Ausschreibung Website"),
            ("Pliego\u{202e}txt.exe", "Pliegotxt.exe"),
        ];
        for (raw, want) in cases {
            assert_eq!(clean(raw), *want, "{raw:?}");
        }
    }

    #[test]
    fn a_huge_hint_is_cut_at_a_word_within_its_cap() {
        let huge = "Bando ".repeat(10_000_000 / 6);
        let c = clean(&huge);
        assert!(c.chars().count() <= MAX_HINT_CHARS, "{}", c.len());
        assert!(c.ends_with("Bando"), "{c}");
        let one_word = "x".repeat(1_000_000);
        assert_eq!(clean(&one_word).chars().count(), MAX_HINT_CHARS);
    }

    #[test]
    fn a_layout_holds_a_bounded_number_of_hints() {
        let mut layout = Layout::new();
        for i in 0..100_000 {
            layout.push(HintKind::Heading2, &format!("Section {i}"));
        }
        assert_eq!(layout.of(HintKind::Heading2).count(), MAX_HINTS_PER_KIND);
        for kind in HintKind::ALL.map(|(k, _)| k) {
            for i in 0..100 {
                layout.push(kind, &format!("Heading number {i}"));
            }
        }
        assert_eq!(layout.hints().len(), MAX_HINTS);
        assert!(!layout.push(HintKind::Title, "One more"));
    }

    #[test]
    fn heading_lines_are_bounded_cleaned_and_carried_by_name() {
        let mut layout = Layout::new();
        for i in 0..100_000 {
            layout.push_heading(2, &format!("Part {i}<br>"));
        }
        assert_eq!(layout.headings().len(), MAX_HEADING_LINES);
        assert_eq!(layout.headings()[7].text, "Part 7");
        assert!(layout.hints().is_empty(), "heading lines are no hints");
        assert!(layout.push(HintKind::Heading2, "Scope of work"));

        let mut carried = Layout::new();
        for (kind, text, kept) in [
            ("heading_line1", "Terms of payment", true),
            ("heading_line3", "Delivery schedule", true),
            ("heading_line5", "A level nobody writes", false),
            ("heading_line2", " . ", false),
        ] {
            assert_eq!(carried.push_named(kind, text), kept, "{kind} {text}");
        }
        let levels: Vec<(u8, &str, &str)> = carried
            .headings()
            .iter()
            .map(|h| (h.level, h.kind_name(), h.text.as_str()))
            .collect();
        assert_eq!(
            levels,
            [
                (1, "heading_line1", "Terms of payment"),
                (3, "heading_line3", "Delivery schedule"),
            ]
        );
        assert!(carried.push_heading(9, "Deeper than four"));
        assert_eq!(carried.headings()[2].level, MAX_HEADING_LEVEL);
        let huge = "Heading ".repeat(1_000_000);
        assert!(carried.push_heading(1, &huge));
        assert!(carried.headings()[3].text.chars().count() <= MAX_HINT_CHARS);
    }

    #[test]
    fn kinds_round_trip_by_name_and_unknown_names_are_dropped() {
        for (kind, name) in HintKind::ALL {
            assert_eq!(HintKind::from_name(name), Some(kind));
            assert_eq!(kind.name(), name);
        }
        let mut layout = Layout::new();
        assert!(!layout.push_named("font_colour", "Red"));
        assert!(layout.push_named("meta_author", "OSPI Procurement Office"));
        assert!(
            !layout.push_named("meta_author", "OSPI Procurement Office"),
            "a duplicate"
        );
        assert!(!layout.push(HintKind::Title, " - "), "no text");
    }
}
