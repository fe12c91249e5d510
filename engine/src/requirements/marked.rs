//! The lines the document's layout sets as headings (a PDF's lines in a larger or
//! bold type, a DOCX's Heading styles, HTML `<h1>`–`<h6>`: [`crate::Layout`]'s heading
//! lines), found again among the text's lines so the compliance matrix reads them as
//! the sections of its rows. A heading wrapped over up to [`MAX_WRAPPED`] lines is
//! one heading.
//!
//! Bounded: the layout holds at most a few thousand heading lines of a few hundred
//! characters, and each line of the text is compared with them by hashing at most
//! [`MAX_WRAPPED`] joins of at most [`MAX_KEY_BYTES`] bytes.

use std::collections::HashMap;

use super::sections::{HEADING_NUMBER, Level, MARKED_RANK};
use super::units::ITEM_MARK;
use crate::layout::{Layout, MAX_HEADING_LEVEL};
use crate::text::Line;

/// Most lines one heading is wrapped over.
const MAX_WRAPPED: usize = 3;
/// Longest join of lines compared with the headings (a heading line is at most a few
/// hundred characters).
const MAX_KEY_BYTES: usize = 4 * crate::layout::MAX_HINT_CHARS;
/// Most words of a line read as a heading because the layout marks it (as a
/// numbered heading found by its shape).
const MAX_WORDS: usize = 16;
/// Fewest words a statement set in bold has that binds (a short bold line is a
/// heading whatever it says: "Payment terms").
const MIN_STATEMENT_WORDS: usize = 5;

/// The layout's heading lines, by their text.
#[derive(Default)]
pub(super) struct Marked {
    by_text: HashMap<String, u8>,
}

/// A line's text as compared: spaces collapsed, case folded, emphasis marks gone.
fn key(text: &str) -> String {
    text.split_whitespace()
        .map(|w| w.trim_matches(['*', '_']))
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

impl Marked {
    pub fn new(layout: &Layout) -> Self {
        let mut by_text = HashMap::new();
        for h in layout.headings() {
            // A text set at two levels is read at the outer one.
            let level = by_text.entry(key(&h.text)).or_insert(h.level);
            *level = (*level).min(h.level);
        }
        Self { by_text }
    }

    /// The heading that starts at line `i` as the layout marks it: its level as a
    /// section's, its label and how many lines it takes. A lead-in ending in a colon,
    /// a list's bullet item, a sentence and a statement that binds are no heading,
    /// however they are set.
    /// In `unwrapped` text every line is a paragraph of its own.
    pub fn at(
        &self,
        lines: &[Line<'_>],
        i: usize,
        unwrapped: bool,
    ) -> Option<(Level, String, usize)> {
        if self.by_text.is_empty() {
            return None;
        }
        let first = lines.get(i)?;
        // A phrase set in bold inside a paragraph is emphasis: a heading opens its
        // paragraph, or follows a sentence's end or another heading.
        let opens = first.starts_paragraph
            || unwrapped
            || i.checked_sub(1).is_none_or(|p| {
                let prev = lines[p].text.trim_end();
                lines[p].page != first.page
                    || prev.ends_with(['.', ':', ';', '!', '?'])
                    || (prev.len() <= MAX_KEY_BYTES && self.by_text.contains_key(&key(prev)))
            });
        if !opens {
            return None;
        }
        let mut joined = String::new();
        for (k, l) in lines[i..].iter().take(MAX_WRAPPED).enumerate() {
            if k > 0 && (l.page != first.page || l.starts_paragraph) {
                break;
            }
            if joined.len() + l.text.len() > MAX_KEY_BYTES {
                break;
            }
            if k > 0 {
                joined.push(' ');
            }
            joined.push_str(l.text.trim());
            if let Some(&level) = self.by_text.get(&key(&joined)) {
                // A bold sentence that the next line goes on in lower case is text.
                let goes_on = lines.get(i + k + 1).is_some_and(|n| {
                    !n.starts_paragraph
                        && n.page == first.page
                        && n.text.starts_with(char::is_lowercase)
                });
                if goes_on {
                    return None;
                }
                return heading(&joined, level).map(|level| (level, joined, k + 1));
            }
        }
        None
    }
}

/// The level a marked heading of layout `level` (1 outermost) enters the path at, if
/// its text can be a heading.
fn heading(text: &str, level: u8) -> Option<Level> {
    let text = text.trim();
    let words = text.split_whitespace().count();
    let number = HEADING_NUMBER.captures(text);
    let letters = text.chars().filter(|c| c.is_alphabetic()).count();
    // A reference number, a date, an amount or a row of figures is no heading.
    let digits = text.chars().filter(|c| c.is_ascii_digit()).count();
    let binds = words >= MIN_STATEMENT_WORDS
        && super::reading::reading(text).is_some_and(|r| r.shape != super::Shape::NonModal);
    let no_heading = words > MAX_WORDS
        || letters < 2
        || text.starts_with('(')
        || digits * 4 >= letters * 3
        || text.ends_with([':', '.', ';', ','])
        || (number.is_none() && ITEM_MARK.is_match(text))
        || field_value(text)
        || text.contains('[')
        || super::units::DATA_SHEET_ROW.is_match(text)
        || binds;
    if no_heading {
        return None;
    }
    Some(match number {
        Some(c) => Level::Numbered(c[1].split('.').count()),
        // Above the headings the text's shapes find; the outermost highest.
        None => Level::Plain(MARKED_RANK + MAX_HEADING_LEVEL - level.clamp(1, MAX_HEADING_LEVEL)),
    })
}

/// Whether `text` is a field and its value set in bold ("E-mail: tenders@…",
/// "Time: 10.30 am", "Format: A4", "Heure : 10 h 30"): a label without a number, a
/// colon, then a value holding an address, or figures with words or units (a bare
/// count, "Nº de lotes: 2", may title what follows).
fn field_value(text: &str) -> bool {
    let Some((label, value)) = text.split_once(':') else {
        return false;
    };
    let value = value.trim();
    !value.is_empty()
        && label.split_whitespace().count() <= 4
        && !label.contains(|c: char| c.is_ascii_digit())
        && (value.contains('@')
            || value.contains("www.")
            || value.contains(|c: char| c.is_ascii_digit()) && value.contains(char::is_alphabetic))
}

#[cfg(test)]
mod tests {
    use crate::Layout;
    use crate::limits::StopFlag;

    /// The section of each row of `page` analysed with `headings` (level, text) as
    /// its layout's heading lines, by the row's first words.
    fn sections(page: &str, headings: &[(u8, &str)]) -> Vec<(String, String)> {
        let mut layout = Layout::new();
        for (level, text) in headings {
            layout.push_heading(*level, text);
        }
        let a = crate::analyze_document(&[page], &layout, &StopFlag::default()).unwrap();
        a["extracted_data"]["requirements"]
            .as_array()
            .unwrap()
            .iter()
            .map(|r| {
                let text = r["text"].as_str().unwrap();
                let start: String = text
                    .split_whitespace()
                    .take(2)
                    .collect::<Vec<_>>()
                    .join(" ");
                (start, r["section"].as_str().unwrap_or("").to_owned())
            })
            .collect()
    }

    fn pairs(want: &[(&str, &str)]) -> Vec<(String, String)> {
        want.iter()
            .map(|(a, b)| (a.to_string(), b.to_string()))
            .collect()
    }

    #[test]
    fn a_line_the_layout_sets_as_a_heading_is_the_section_of_what_follows() {
        type Case<'a> = (
            &'a str,
            &'a str,
            Vec<(u8, &'a str)>,
            Vec<(&'a str, &'a str)>,
        );
        let cases: Vec<Case> = vec![
            (
                "a question and a long heading, which the text's shapes do not take",
                "Who can take part in this call for tenders?\n\nThe tenderer shall be registered as a supplier of office furniture.\n\nRequirements for the training of the operating staff at the handover\n\nThe contractor shall train six operators before the acceptance test.\n",
                vec![
                    (1, "Who can take part in this call for tenders?"),
                    (
                        1,
                        "Requirements for the training of the operating staff at the handover",
                    ),
                ],
                vec![
                    (
                        "The tenderer",
                        "Who can take part in this call for tenders?",
                    ),
                    (
                        "The contractor",
                        "Requirements for the training of the operating staff at the handover",
                    ),
                ],
            ),
            (
                "levels stack, and a heading replaces those of its level or deeper",
                "Conditions de participation des entreprises candidates\n\nQui peut répondre à la consultation ouverte ?\n\nLe candidat doit être inscrit au registre du commerce.\n\nDocuments à joindre au dossier du candidat retenu\n\nLe candidat doit fournir une attestation d'assurance.\n\nModalités d'exécution et de paiement du marché\n\nLe titulaire doit livrer les mobiliers dans un délai de trente jours.\n",
                vec![
                    (1, "Conditions de participation des entreprises candidates"),
                    (2, "Qui peut répondre à la consultation ouverte ?"),
                    (2, "Documents à joindre au dossier du candidat retenu"),
                    (1, "Modalités d'exécution et de paiement du marché"),
                ],
                vec![
                    (
                        "Le candidat",
                        "Conditions de participation des entreprises candidates › Qui peut répondre à la consultation ouverte ?",
                    ),
                    (
                        "Le candidat",
                        "Conditions de participation des entreprises candidates › Documents à joindre au dossier du candidat retenu",
                    ),
                    (
                        "Le titulaire",
                        "Modalités d'exécution et de paiement du marché",
                    ),
                ],
            ),
            (
                "a heading wrapped over two lines is one heading",
                "Requisitos técnicos de los equipos informáticos y de su\ninstalación en las oficinas municipales\n\nEl adjudicatario deberá instalar los equipos en cada oficina.\n",
                vec![(
                    2,
                    "Requisitos técnicos de los equipos informáticos y de su instalación en las oficinas municipales",
                )],
                vec![(
                    "El adjudicatario",
                    "Requisitos técnicos de los equipos informáticos y de su instalación en las oficinas municipales",
                )],
            ),
            (
                "bold words inside a paragraph, a bold sentence that binds and a lead-in are no headings",
                "Condizioni generali per la fornitura dei banchi scolastici\n\nIl fornitore deve consegnare i banchi entro il mese di agosto e\nil collaudo avviene a scuola.\n\nIl fornitore deve allegare la scheda tecnica dei banchi\n\nL'offerta deve contenere i seguenti elementi:\n- il prezzo unitario dei banchi;\n- la garanzia di cinque anni.\n",
                vec![
                    (
                        1,
                        "Condizioni generali per la fornitura dei banchi scolastici",
                    ),
                    (2, "il collaudo avviene a scuola."),
                    (2, "Il fornitore deve allegare la scheda tecnica dei banchi"),
                    (2, "L'offerta deve contenere i seguenti elementi:"),
                ],
                vec![
                    (
                        "Il fornitore",
                        "Condizioni generali per la fornitura dei banchi scolastici",
                    ),
                    (
                        "Il fornitore",
                        "Condizioni generali per la fornitura dei banchi scolastici",
                    ),
                    (
                        "L'offerta deve",
                        "Condizioni generali per la fornitura dei banchi scolastici",
                    ),
                    // The lead-in's items, under the same heading.
                    (
                        "il prezzo",
                        "Condizioni generali per la fornitura dei banchi scolastici",
                    ),
                    (
                        "la garanzia",
                        "Condizioni generali per la fornitura dei banchi scolastici",
                    ),
                ],
            ),
            (
                "a numbered heading keeps its number's depth",
                "Allgemeine Bedingungen der Ausschreibung\n\n3.2 Wie ist das Angebot der Bieter einzureichen?\n\nDer Bieter muss das Angebot elektronisch einreichen.\n",
                vec![
                    (1, "Allgemeine Bedingungen der Ausschreibung"),
                    (3, "3.2 Wie ist das Angebot der Bieter einzureichen?"),
                ],
                vec![(
                    "Der Bieter",
                    "3.2 Wie ist das Angebot der Bieter einzureichen?",
                )],
            ),
        ];
        for (what, page, headings, want) in cases {
            assert_eq!(sections(page, &headings), pairs(&want), "{what}");
        }
    }

    #[test]
    fn without_layout_headings_the_text_shapes_still_give_sections() {
        let page =
            "Prazo de entrega\n\nO fornecedor deve entregar os equipamentos em trinta dias.\n";
        assert_eq!(
            sections(page, &[]),
            pairs(&[("O fornecedor", "Prazo de entrega")])
        );
    }

    #[test]
    fn many_headings_and_a_huge_line_cost_little() {
        let headings: Vec<String> = (0..5_000)
            .map(|i| format!("Lot {i} heading of the works"))
            .collect();
        let refs: Vec<(u8, &str)> = headings.iter().map(|h| (2, h.as_str())).collect();
        let mut page = String::new();
        for h in headings.iter().take(3_000) {
            page.push_str(h);
            page.push_str("\n\nThe contractor shall complete the works of this lot.\n\n");
        }
        // A 1 MB line: linear work takes seconds in a debug build, quadratic hours
        // (4 MB ran near the bound when the machine was loaded).
        page.push_str(&"word ".repeat(200_000));
        page.push('\n');
        let started = std::time::Instant::now();
        let rows = sections(&page, &refs);
        assert!(!rows.is_empty());
        assert!(
            rows.iter().all(|(_, s)| s.chars().count() <= 4 * 130),
            "{:?}",
            rows.last()
        );
        assert!(started.elapsed().as_secs() < 30, "{:?}", started.elapsed());
    }
}
