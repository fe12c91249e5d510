//! The compliance matrix of any engine's answer, made trustworthy before it is stored:
//! every row of `extracted_data.requirements` must be verbatim in the document, or it
//! goes. A model's row whose quote (or, without one, whose text) the document does not
//! contain was invented or mangled; it is dropped and counted in `meta.requirements`,
//! so a bid team never tracks a requirement the RFP does not state. The rows kept get
//! the same shape and stable ids as the offline engine's: modality and `mandatory`
//! from the words when the model gave none it should, a category from the documented
//! list, the page the text stands on, and `REQ-` plus a hash of section and text.

use std::sync::LazyLock;

use regex::Regex;
use serde::Serialize;
use serde_json::{Map, Value, json};

use crate::quotes::Document;
use rfp_engine::requirements::{
    CATEGORIES, MAX_REQUIREMENTS, category_of, modality, requirement_id,
};

/// The modalities a row may name.
pub const MODALITIES: &[&str] = &["shall", "must", "required", "will", "should", "may"];

/// Longest text, section or quote kept, in characters.
const MAX_FIELD_CHARS: usize = 1000;

/// What settling the rows did, for `meta.requirements`.
#[derive(Debug, Default, Clone, PartialEq, Eq, Serialize)]
pub struct Settled {
    pub kept: usize,
    /// Rows whose quote or text is not in the document.
    pub dropped_unverified: usize,
    /// Rows that repeat another's statement under the same section (parts of a long
    /// document overlap; a model repeats itself).
    pub dropped_duplicate: usize,
    /// Rows that are not a statement at all (no text).
    pub dropped_malformed: usize,
    /// Rows past [`MAX_REQUIREMENTS`].
    pub dropped_over_limit: usize,
    /// Evaluation criteria linked to the requirements they score.
    pub criteria_linked: usize,
    /// Up to 5 texts of dropped unverified rows, for whoever reads the meta.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub unverified_examples: Vec<String>,
}

fn clip(s: &str, max: usize) -> String {
    rfp_shared::domain::cap_chars(s, max).to_owned()
}

fn text_of(v: &Value, key: &str) -> Option<String> {
    v.get(key)
        .and_then(Value::as_str)
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_owned)
}

/// Settles `analysis.extracted_data.requirements` against `document`; `None` when the
/// analysis has no such list. `from_document` says the rows were read off the
/// document's own text and layout (the offline engine): a row with a page is kept as
/// it is, without looking its text up again (the quote check and the corpus test see
/// to it); a model's rows are looked up, and get the page their text is on.
pub fn settle(analysis: &mut Value, document: &Document, from_document: bool) -> Option<Settled> {
    let list = analysis
        .get_mut("extracted_data")?
        .get_mut("requirements")?;
    let rows = match list.take() {
        Value::Array(rows) => rows,
        // A model that answered a single row or a string: read it as a list.
        Value::Null => Vec::new(),
        other => vec![other],
    };
    let mut out = Settled::default();
    let mut kept: Vec<Value> = Vec::new();
    let mut ids = std::collections::HashSet::new();
    for row in rows {
        let row = match row {
            Value::String(text) => json!({ "text": text }),
            Value::Object(_) => row,
            _ => {
                out.dropped_malformed += 1;
                continue;
            }
        };
        let Some(text) = text_of(&row, "text").map(|t| clip(&t, MAX_FIELD_CHARS)) else {
            out.dropped_malformed += 1;
            continue;
        };
        let quote = text_of(&row, "quote").map(|q| clip(&q, MAX_FIELD_CHARS));
        // The text must be the statement verbatim; a paraphrase with a verbatim
        // quote takes the quote's words.
        let given_page = row.get("page").and_then(Value::as_u64);
        let found = match given_page {
            Some(page) if from_document => Some(page as usize),
            _ => document.find(&text),
        };
        let (text, page) = match (found, &quote) {
            (Some(page), _) => (text, page),
            (None, Some(q)) => match document.find(q) {
                Some(page) => (q.clone(), page),
                None => {
                    out.unverified(&text);
                    continue;
                }
            },
            (None, None) => {
                out.unverified(&text);
                continue;
            }
        };
        if kept.len() == MAX_REQUIREMENTS {
            out.dropped_over_limit += 1;
            continue;
        }
        let section = text_of(&row, "section")
            .map(|s| clip(&s, MAX_FIELD_CHARS))
            .unwrap_or_default();
        let id = requirement_id(&section, &text);
        if !ids.insert(id.clone()) {
            out.dropped_duplicate += 1;
            continue;
        }
        let found = modality(&text);
        let given = text_of(&row, "modality").map(|m| m.to_lowercase());
        let modality = given
            .filter(|m| MODALITIES.contains(&m.as_str()))
            .or_else(|| found.map(|m| m.name.to_owned()))
            .unwrap_or_else(|| "required".to_owned());
        let mandatory = row
            .get("mandatory")
            .and_then(Value::as_bool)
            .unwrap_or(!matches!(modality.as_str(), "should" | "may"));
        let category = text_of(&row, "category")
            .map(|c| c.to_lowercase())
            .filter(|c| CATEGORIES.contains(&c.as_str()))
            .unwrap_or_else(|| category_of(&text, &section).to_owned());
        let page = page as u64;
        let mut settled = Map::new();
        settled.insert("id".into(), json!(id));
        settled.insert("text".into(), json!(text));
        settled.insert("modality".into(), json!(modality));
        settled.insert("mandatory".into(), json!(mandatory));
        settled.insert("category".into(), json!(category));
        settled.insert("section".into(), json!(section));
        settled.insert("page".into(), json!(page));
        if let Some(d) = row.get("document").filter(|d| d.is_string()) {
            settled.insert("document".into(), d.clone());
        }
        settled.insert("quote".into(), json!(quote.unwrap_or_else(|| text.clone())));
        kept.push(Value::Object(settled));
    }
    out.kept = kept.len();
    *list = Value::Array(kept);
    Some(out)
}

/// Most requirement ids one criterion links to.
const MAX_LINKS: usize = 100;

/// A section number a criterion names: "5.01 Technical approach", "(see Section 4.2)",
/// "§ 3", "sección 2", "Abschnitt 4".
static SECTION_REFERENCE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)(?:^\W*(?:criterion\s+|criterio\s+|critère\s+|kriterium\s+)?(\d{1,2}(?:\.\d{1,3}){0,3})\.?\s+\p{L}|(?:\bsec\.|section|sección|seccion|secção|sezione|paragraph|paragraphe|apartado|punto|point|abschnitt|ziffer|§)\s*(\d{1,2}(?:\.\d{1,3}){0,3}))",
    )
    .expect("a valid pattern")
});

/// A section's number and title: "4.2 Staffing plan" → ("4.2", "staffing plan").
fn section_parts(section: &str) -> (Option<&str>, String) {
    let s = section.trim_start_matches(|c: char| !c.is_alphanumeric() && c != '§');
    // "Sec. 5.01 …", "Section 4 …", "§ 3 …": the number after the word.
    let lower = s.to_lowercase();
    let s = ["sec.", "section", "sección", "§"]
        .iter()
        .find(|w| lower.starts_with(*w))
        .map_or(s, |w| s[w.len()..].trim_start());
    let number_end = s
        .find(|c: char| !(c.is_ascii_digit() || c == '.'))
        .unwrap_or(s.len());
    let number = s[..number_end].trim_end_matches('.');
    let title = s[number_end..]
        .trim_matches(|c: char| !c.is_alphanumeric())
        .to_lowercase();
    ((!number.is_empty()).then_some(number), title)
}

/// Links each evaluation criterion to the requirements it scores where the document
/// says so: a criterion that names a section ("5.01 Technical approach", "see
/// Section 4") scores the requirements under that section and its subsections; a
/// criterion named as a section is titled ("Staffing plan") scores the requirements
/// under it. The ids go in the criterion's `requirements`; returns how many
/// criteria were linked.
pub fn link_criteria(analysis: &mut Value) -> usize {
    let Some(data) = analysis
        .get_mut("extracted_data")
        .and_then(Value::as_object_mut)
    else {
        return 0;
    };
    let rows: Vec<(String, Option<String>, String)> = match data.get("requirements") {
        Some(Value::Array(rows)) => rows
            .iter()
            .filter_map(|r| {
                let id = r.get("id")?.as_str()?.to_owned();
                let (number, title) = section_parts(r.get("section")?.as_str()?);
                Some((id, number.map(str::to_owned), title))
            })
            .collect(),
        _ => return 0,
    };
    let Some(Value::Array(criteria)) = data.get_mut("evaluation_criteria") else {
        return 0;
    };
    let mut linked = 0;
    for criterion in criteria.iter_mut().filter_map(Value::as_object_mut) {
        let name = criterion
            .get("criterion")
            .and_then(Value::as_str)
            .unwrap_or_default();
        let quote = criterion
            .get("quote")
            .and_then(Value::as_str)
            .unwrap_or_default();
        let numbers: Vec<String> = SECTION_REFERENCE
            .captures_iter(name)
            .chain(SECTION_REFERENCE.captures_iter(quote))
            .filter_map(|c| c.get(1).or_else(|| c.get(2)))
            .map(|m| m.as_str().trim_end_matches('.').to_owned())
            .collect();
        let (_, title) = section_parts(name);
        let titled = title.split_whitespace().count() >= 2;
        let ids: Vec<Value> = rows
            .iter()
            .filter(|(_, number, row_title)| {
                let by_number = number.as_deref().is_some_and(|n| {
                    numbers
                        .iter()
                        .any(|want| n == want || n.starts_with(&format!("{want}.")))
                });
                by_number || (titled && *row_title == title)
            })
            .take(MAX_LINKS)
            .map(|(id, _, _)| json!(id))
            .collect();
        if !ids.is_empty() {
            criterion.insert("requirements".into(), Value::Array(ids));
            linked += 1;
        }
    }
    linked
}

impl Settled {
    fn unverified(&mut self, text: &str) {
        self.dropped_unverified += 1;
        if self.unverified_examples.len() < 5 {
            self.unverified_examples.push(clip(text, 200));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn document() -> Document {
        Document::new(&[
            "1. Eligibility\nApplicants must be registered non-profit organisations.".to_owned(),
            "6. Format\nProposals shall not exceed 10 pages. Annexes should be in PDF.".to_owned(),
        ])
    }

    #[test]
    fn a_models_rows_are_kept_only_where_the_document_says_them() {
        let mut analysis = json!({"extracted_data": {"requirements": [
            {"text": "Proposals shall not exceed 10 pages.", "modality": "Shall", "section": "6. Format", "page": 9, "quote": "Proposals shall not exceed 10 pages."},
            {"text": "Bidders must hold ISO 27001 certification.", "modality": "must", "quote": "Bidders must hold ISO 27001 certification."},
            {"text": "Applicants need to be non-profits", "quote": "Applicants must be registered non-profit organisations."},
            {"text": "Annexes should be in PDF."},
            "Proposals shall not exceed 10 pages.",
            {"text": "Proposals shall not exceed 10 pages.", "section": "6. Format"},
            {"modality": "must"},
            42,
        ]}});
        let settled = settle(&mut analysis, &document(), false).unwrap();
        assert_eq!(
            settled,
            Settled {
                kept: 4,
                dropped_unverified: 1,
                dropped_duplicate: 1,
                dropped_malformed: 2,
                dropped_over_limit: 0,
                criteria_linked: 0,
                unverified_examples: vec!["Bidders must hold ISO 27001 certification.".into()],
            }
        );
        let rows = analysis["extracted_data"]["requirements"]
            .as_array()
            .unwrap();
        // Normalised modality, the page the text is on (not the model's), a category.
        assert_eq!(rows[0]["modality"], "shall");
        assert_eq!(rows[0]["page"], 2);
        assert_eq!(rows[0]["mandatory"], true);
        assert_eq!(rows[0]["category"], "format");
        assert_eq!(
            rows[0]["id"],
            requirement_id("6. Format", "Proposals shall not exceed 10 pages.")
        );
        // A paraphrase takes its verbatim quote's words.
        assert_eq!(
            rows[1]["text"],
            "Applicants must be registered non-profit organisations."
        );
        assert_eq!(rows[1]["modality"], "must");
        assert_eq!(rows[1]["page"], 1);
        // No modality given: read from the words; "should" does not bind.
        assert_eq!(rows[2]["modality"], "should");
        assert_eq!(rows[2]["mandatory"], false);
        assert_eq!(rows[2]["quote"], "Annexes should be in PDF.");
        // The same statement without a section is another row than with one.
        assert_eq!(rows[3]["section"], "");
    }

    #[test]
    fn the_offline_engines_pages_are_kept_and_an_analysis_without_rows_is_left_alone() {
        let mut analysis = json!({"extracted_data": {"requirements": [
            {"text": "Proposals shall not exceed 10 pages.", "page": 7, "modality": "shall"},
        ]}});
        settle(&mut analysis, &document(), true).unwrap();
        assert_eq!(analysis["extracted_data"]["requirements"][0]["page"], 7);
        let mut none = json!({"extracted_data": {"mandatory_requirements": []}});
        assert_eq!(settle(&mut none, &document(), false), None);
        assert_eq!(
            none,
            json!({"extracted_data": {"mandatory_requirements": []}})
        );
    }

    #[test]
    fn criteria_link_to_the_requirements_of_the_sections_they_name() {
        let mut analysis = json!({"extracted_data": {
            "requirements": [
                {"id": "REQ-A", "section": "5.01 Technical Understanding and Approach"},
                {"id": "REQ-B", "section": "5.01.2 Work plan"},
                {"id": "REQ-C", "section": "5.010 Other"},
                {"id": "REQ-D", "section": "Staffing Plan"},
                {"id": "REQ-E", "section": "4. Eligibility"},
                {"id": "REQ-F", "section": "Sec. 5.04 Staffing Approach"},
            ],
            "evaluation_criteria": [
                {"criterion": "5.01 Technical Understanding and Approach", "weight_percent": 10},
                {"criterion": "Staffing plan", "points": 20},
                {"criterion": "Relevance", "quote": "Relevance of the action (see Section 4): 30 points", "points": 30},
                {"criterion": "Value for money", "points": 10},
                "Quality: 40%",
                {"criterion": "[Sec. 5.04 Staffing Approach", "weight_percent": 10},
            ],
        }});
        assert_eq!(link_criteria(&mut analysis), 4);
        let c = &analysis["extracted_data"]["evaluation_criteria"];
        assert_eq!(c[0]["requirements"], json!(["REQ-A", "REQ-B"]));
        assert_eq!(c[0]["weight_percent"], 10, "the weight is kept");
        assert_eq!(c[1]["requirements"], json!(["REQ-D"]));
        assert_eq!(c[2]["requirements"], json!(["REQ-E"]));
        assert!(c[3].get("requirements").is_none());
        assert_eq!(c[4], "Quality: 40%");
        assert_eq!(c[5]["requirements"], json!(["REQ-F"]));
    }

    #[test]
    fn rows_past_the_limit_are_counted_not_kept() {
        let page: String = (0..MAX_REQUIREMENTS + 10)
            .map(|i| format!("Item {i} must be delivered. "))
            .collect();
        let rows: Vec<Value> = (0..MAX_REQUIREMENTS + 10)
            .map(|i| json!({"text": format!("Item {i} must be delivered.")}))
            .collect();
        let mut analysis = json!({"extracted_data": {"requirements": rows}});
        let settled = settle(&mut analysis, &Document::new(&[page]), false).unwrap();
        assert_eq!(settled.kept, MAX_REQUIREMENTS);
        assert_eq!(settled.dropped_over_limit, 10);
    }
}
