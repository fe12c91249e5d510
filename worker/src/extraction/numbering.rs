//! A DOCX's automatic numbering (`word/numbering.xml`): the bullet or number Word
//! draws before a numbered paragraph ("•", "3.", "b)", "2.1"), which the paragraph's
//! own text does not hold. Without it a Word document's lists and numbered headings
//! reach the engine as plain paragraphs, where a PDF of the same document shows
//! their markers; with it they read as lists do everywhere else.
//!
//! Each `w:num` (a numbering instance, `numId`) points to an `w:abstractNum` whose
//! levels (`ilvl` 0–8) give a format (`decimal`, `lowerLetter`, `upperRoman`,
//! `bullet`, `none`…), a text with placeholders (`"%1.%2."`) and a start; a
//! `w:lvlOverride/w:startOverride` restarts a level for one instance. Counters are
//! kept per instance, a level's count restarting when a level above it moves on.
//! Linked numbering styles and level redefinitions inside an override are not
//! followed: such a paragraph gets no marker, as before.

use std::collections::HashMap;

use super::layout::attr;

/// The levels of one list definition.
const LEVELS: usize = 9;

/// The most list definitions and instances read (a part is at most a few MB, but a
/// hostile one could define millions of tiny instances).
const MAX_DEFINITIONS: usize = 4096;

/// The most characters of a level's text kept: Word's own are a few.
const MAX_LEVEL_TEXT: usize = 32;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Format {
    Decimal,
    DecimalZero,
    LowerLetter,
    UpperLetter,
    LowerRoman,
    UpperRoman,
    Bullet,
    None,
}

impl Format {
    fn parse(value: &str) -> Format {
        match value {
            "decimalZero" => Format::DecimalZero,
            "lowerLetter" => Format::LowerLetter,
            "upperLetter" => Format::UpperLetter,
            "lowerRoman" => Format::LowerRoman,
            "upperRoman" => Format::UpperRoman,
            "bullet" => Format::Bullet,
            "none" => Format::None,
            // decimal, and the rarer ones (ordinal, cardinalText, decimalEnclosed…)
            // read as their number.
            _ => Format::Decimal,
        }
    }

    fn write(self, n: u32) -> String {
        match self {
            Format::Decimal => n.to_string(),
            Format::DecimalZero => format!("{n:02}"),
            Format::LowerLetter => letters(n),
            Format::UpperLetter => letters(n).to_uppercase(),
            Format::LowerRoman => roman(n),
            Format::UpperRoman => roman(n).to_uppercase(),
            Format::Bullet | Format::None => String::new(),
        }
    }
}

/// `a`…`z`, then `aa`…`zz` as Word writes them.
fn letters(n: u32) -> String {
    let n = n.max(1) - 1;
    let c = char::from(b'a' + (n % 26) as u8);
    std::iter::repeat_n(c, (n / 26 + 1).min(8) as usize).collect()
}

fn roman(mut n: u32) -> String {
    if n == 0 || n >= 4000 {
        return n.to_string();
    }
    let mut out = String::new();
    for (value, digits) in [
        (1000, "m"),
        (900, "cm"),
        (500, "d"),
        (400, "cd"),
        (100, "c"),
        (90, "xc"),
        (50, "l"),
        (40, "xl"),
        (10, "x"),
        (9, "ix"),
        (5, "v"),
        (4, "iv"),
        (1, "i"),
    ] {
        while n >= value {
            out.push_str(digits);
            n -= value;
        }
    }
    out
}

#[derive(Debug, Clone)]
struct Level {
    format: Format,
    text: String,
    start: u32,
}

impl Default for Level {
    fn default() -> Self {
        Level {
            format: Format::Decimal,
            text: String::new(),
            start: 1,
        }
    }
}

#[derive(Debug, Clone, Default)]
struct Instance {
    definition: String,
    starts: [Option<u32>; LEVELS],
}

/// A document's list definitions, and the counts reached so far while its
/// paragraphs are read in order.
#[derive(Debug, Default)]
pub(super) struct Numbering {
    definitions: HashMap<String, Vec<Level>>,
    instances: HashMap<String, Instance>,
    counts: HashMap<String, [u32; LEVELS]>,
}

impl Numbering {
    /// The definitions of a `word/numbering.xml` part (empty when it is missing or
    /// unreadable: the paragraphs then get no marker).
    pub(super) fn parse(xml: &str) -> Numbering {
        use quick_xml::events::Event;

        let mut n = Numbering::default();
        let mut reader = quick_xml::Reader::from_str(xml);
        // Where the reader is: inside a definition (and which level of it), or inside
        // an instance (and which level's override).
        let mut definition: Option<String> = None;
        let mut level: Option<usize> = None;
        let mut instance: Option<String> = None;
        let mut overridden: Option<usize> = None;
        let level_of = |e: &quick_xml::events::BytesStart| {
            attr(e, "ilvl")
                .and_then(|v| v.parse::<usize>().ok())
                .filter(|l| *l < LEVELS)
        };
        loop {
            let (e, empty) = match reader.read_event() {
                Err(_) | Ok(Event::Eof) => break,
                Ok(Event::Start(e)) => (e, false),
                Ok(Event::Empty(e)) => (e, true),
                Ok(Event::End(e)) => {
                    match e.local_name().as_ref() {
                        "abstractNum" => definition = None,
                        "lvl" => level = None,
                        "num" => instance = None,
                        "lvlOverride" => overridden = None,
                        _ => {}
                    }
                    continue;
                }
                Ok(_) => continue,
            };
            let val = || attr(&e, "val");
            match e.local_name().as_ref() {
                "abstractNum" if !empty => {
                    definition =
                        attr(&e, "abstractNumId").filter(|_| n.definitions.len() < MAX_DEFINITIONS);
                    if let Some(id) = &definition {
                        n.definitions
                            .entry(id.clone())
                            .or_insert_with(|| vec![Level::default(); LEVELS]);
                    }
                }
                "num" if !empty => {
                    instance = attr(&e, "numId").filter(|_| n.instances.len() < MAX_DEFINITIONS);
                    if let Some(id) = &instance {
                        n.instances.entry(id.clone()).or_default();
                    }
                }
                // A level inside an override redefines it: not followed.
                "lvl" if !empty && instance.is_none() => level = level_of(&e),
                "lvlOverride" if !empty => overridden = level_of(&e),
                "abstractNumId" => {
                    if let (Some(i), Some(v)) = (
                        instance.as_ref().and_then(|id| n.instances.get_mut(id)),
                        val(),
                    ) {
                        i.definition = v;
                    }
                }
                "startOverride" => {
                    let start = val().and_then(|v| v.parse::<u32>().ok());
                    let i = instance.as_ref().and_then(|id| n.instances.get_mut(id));
                    if let (Some(i), Some(l), Some(start)) = (i, overridden, start) {
                        i.starts[l] = Some(start);
                    }
                }
                "start" | "numFmt" | "lvlText" if instance.is_none() => {
                    let (Some(id), Some(l)) = (&definition, level) else {
                        continue;
                    };
                    let Some(lv) = n.definitions.get_mut(id).and_then(|d| d.get_mut(l)) else {
                        continue;
                    };
                    let v = val().unwrap_or_default();
                    match e.local_name().as_ref() {
                        "start" => lv.start = v.parse().unwrap_or(1),
                        "numFmt" => lv.format = Format::parse(&v),
                        _ => lv.text = v.chars().take(MAX_LEVEL_TEXT).collect(),
                    }
                }
                _ => {}
            }
        }
        n
    }

    /// The marker of the next paragraph numbered by instance `num` at level
    /// `level`, counting it: "•" for a bullet, the level's text with its
    /// placeholders filled ("2.1.", "(c)"); `None` for no numbering (`numId` 0, an
    /// unknown instance, a level of format `none` with no text).
    pub(super) fn next(&mut self, num: &str, level: usize) -> Option<String> {
        if level >= LEVELS {
            return None;
        }
        let instance = self.instances.get(num)?;
        let levels = self.definitions.get(&instance.definition)?;
        let start = |l: usize| instance.starts[l].unwrap_or(levels[l].start);
        let counts = self.counts.entry(num.to_owned()).or_insert([0; LEVELS]);
        counts[level] = if counts[level] == 0 {
            start(level)
        } else {
            counts[level].saturating_add(1)
        };
        for c in counts.iter_mut().skip(level + 1) {
            *c = 0;
        }
        let this = &levels[level];
        if this.format == Format::Bullet {
            return Some("•".to_owned());
        }
        let mut out = String::new();
        let mut chars = this.text.chars().peekable();
        while let Some(c) = chars.next() {
            let placeholder = (c == '%')
                .then(|| chars.peek().and_then(|d| d.to_digit(10)))
                .flatten();
            match placeholder {
                Some(d) if (1..=LEVELS as u32).contains(&d) => {
                    chars.next();
                    let l = d as usize - 1;
                    // A level above not reached yet counts as its start.
                    let count = if counts[l] == 0 { start(l) } else { counts[l] };
                    out.push_str(&levels[l].format.write(count));
                }
                _ => out.push(c),
            }
        }
        let out = out.trim().to_owned();
        (!out.is_empty()).then_some(out)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const XML: &str = r#"<w:numbering xmlns:w="w">
<w:abstractNum w:abstractNumId="0">
  <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>
  <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2"/></w:lvl>
  <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="(%3)"/></w:lvl>
</w:abstractNum>
<w:abstractNum w:abstractNumId="1">
  <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="&#61623;"/></w:lvl>
  <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerRoman"/><w:lvlText w:val="%2)"/></w:lvl>
  <w:lvl w:ilvl="2"><w:numFmt w:val="none"/><w:lvlText w:val=""/></w:lvl>
</w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>
<w:num w:numId="3"><w:abstractNumId w:val="0"/>
  <w:lvlOverride w:ilvl="0"><w:startOverride w:val="7"/></w:lvlOverride></w:num>
</w:numbering>"#;

    #[test]
    fn numbers_count_per_level_and_restart_below_the_level_that_moves() {
        let mut n = Numbering::parse(XML);
        let got: Vec<Option<String>> = [
            ("1", 0),
            ("1", 1),
            ("1", 1),
            ("1", 2),
            ("1", 2),
            ("1", 0),
            ("1", 1),
            ("1", 2),
        ]
        .iter()
        .map(|(num, l)| n.next(num, *l))
        .collect();
        let want = ["1.", "1.1", "1.2", "(a)", "(b)", "2.", "2.1", "(a)"];
        assert_eq!(
            got,
            want.iter().map(|w| Some(w.to_string())).collect::<Vec<_>>()
        );
    }

    #[test]
    fn bullets_romans_overrides_and_unknown_instances() {
        let mut n = Numbering::parse(XML);
        // A Symbol-font bullet glyph is drawn as a plain bullet.
        assert_eq!(n.next("2", 0).as_deref(), Some("•"));
        assert_eq!(n.next("2", 1).as_deref(), Some("i)"));
        assert_eq!(n.next("2", 1).as_deref(), Some("ii)"));
        assert_eq!(n.next("2", 1).as_deref(), Some("iii)"));
        assert_eq!(n.next("2", 2), None, "a level of format none");
        // An instance of the same definition with its own start and count.
        assert_eq!(n.next("3", 0).as_deref(), Some("7."));
        assert_eq!(n.next("3", 0).as_deref(), Some("8."));
        assert_eq!(n.next("1", 0).as_deref(), Some("1."));
        assert_eq!(n.next("0", 0), None, "numId 0 is no numbering");
        assert_eq!(n.next("9", 0), None);
        assert_eq!(n.next("1", 12), None);
    }

    #[test]
    fn letters_and_romans_are_written_as_word_writes_them() {
        assert_eq!(letters(1), "a");
        assert_eq!(letters(26), "z");
        assert_eq!(letters(27), "aa");
        assert_eq!(roman(4), "iv");
        assert_eq!(roman(14), "xiv");
        assert_eq!(roman(1999), "mcmxcix");
    }

    #[test]
    fn a_hostile_part_is_bounded() {
        let mut xml = String::from("<w:numbering xmlns:w=\"w\">");
        for i in 0..20_000 {
            xml.push_str(&format!(
                "<w:num w:numId=\"{i}\"><w:abstractNumId w:val=\"0\"/></w:num>"
            ));
        }
        xml.push_str("</w:numbering>");
        let n = Numbering::parse(&xml);
        assert_eq!(n.instances.len(), MAX_DEFINITIONS);
        let broken = Numbering::parse("<w:numbering><w:num w:numId=");
        assert!(broken.instances.is_empty());
    }
}
