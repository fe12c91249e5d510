//! The JSON schemas answers are validated against before they are stored (DESIGN §9).
//!
//! The built-in prompt asks for the default analysis schema (`analysis.schema.json`):
//! the original service's fields, extended with structured deadlines, budget, criteria,
//! sections, submission, contacts and the `semantic_query` the next workflow step
//! searches with. A prompt item's `output_format` is authoritative about its own keys,
//! so its answers are held only to what every analysis needs (`summary` and
//! `extracted_data`, every other key allowed), plus a non-empty `semantic_query` when
//! the format asks for one.

use std::sync::{Arc, LazyLock};

use serde_json::{Value, json};

/// The schema of the built-in prompt's answers.
pub static DEFAULT: LazyLock<Arc<Value>> = LazyLock::new(|| {
    Arc::new(
        serde_json::from_str(include_str!("analysis.schema.json"))
            .expect("analysis.schema.json is valid JSON"),
    )
});

/// What any answer must have: a summary (an object, or the text some prompts ask for)
/// and the extracted data; a semantic query, when there is one, is not empty.
fn minimal(require_semantic_query: bool) -> Value {
    let mut required = vec!["summary", "extracted_data"];
    if require_semantic_query {
        required.push("semantic_query");
    }
    json!({
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "RFP analysis",
        "type": "object",
        "required": required,
        "properties": {
            "narrative": {
                "type": "string",
                "description": "Prose the instructions ask for besides the JSON object (e.g. a narrative summary)."
            },
            "summary": { "type": ["object", "string"] },
            "extracted_data": { "type": "object" },
            "semantic_query": { "type": "string", "pattern": "\\S" }
        },
        "additionalProperties": true
    })
}

static PROMPT_ITEM: LazyLock<Arc<Value>> = LazyLock::new(|| Arc::new(minimal(false)));
static PROMPT_ITEM_WITH_QUERY: LazyLock<Arc<Value>> = LazyLock::new(|| Arc::new(minimal(true)));

/// The schema for answers to a prompt: the default one for the built-in prompt, the
/// minimal one for a prompt item's own format.
pub fn for_prompt(builtin: bool, output_format: &str) -> Arc<Value> {
    if builtin {
        DEFAULT.clone()
    } else if output_format.contains("semantic_query") {
        PROMPT_ITEM_WITH_QUERY.clone()
    } else {
        PROMPT_ITEM.clone()
    }
}

/// Checks `value` against `schema`; the error lists the first few violations with
/// where they are, for the job's error message and for a correction request.
pub fn validate(schema: &Value, value: &Value) -> Result<(), String> {
    let validator =
        jsonschema::validator_for(schema).map_err(|e| format!("the schema is invalid: {e}"))?;
    let problems: Vec<String> = validator
        .iter_errors(value)
        .take(5)
        .map(|e| {
            let at = e.instance_path().to_string();
            if at.is_empty() {
                e.to_string()
            } else {
                format!("{at}: {e}")
            }
        })
        .collect();
    if problems.is_empty() {
        Ok(())
    } else {
        Err(problems.join("; "))
    }
}

/// The words of a semantic query, for the 150-250 word guidance.
pub fn word_count(text: &str) -> usize {
    text.split_whitespace().count()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_default_schema_compiles_and_requires_the_original_fields() {
        let schema = DEFAULT.clone();
        let err = validate(&schema, &json!({ "summary": {}, "extracted_data": {} })).unwrap_err();
        assert!(err.contains("semantic_query"), "{err}");
        assert!(err.contains("mandatory_requirements"), "{err}");
        let empty_query = json!({
            "summary": { "title": null, "donor": null, "deadline": null, "budget_range": null, "key_focus": null },
            "extracted_data": { "mandatory_requirements": [], "evaluation_criteria": [], "deliverables": [],
                "target_beneficiaries": [], "geographic_scope": [] },
            "semantic_query": "   "
        });
        assert!(validate(&schema, &empty_query).is_err());
    }

    #[test]
    fn a_prompt_items_answer_keeps_any_key() {
        let schema = for_prompt(false, "Return JSON with summary and extracted_data.");
        let answer = json!({ "summary": "text", "extracted_data": {}, "hcd_summaries": [1, 2] });
        validate(&schema, &answer).unwrap();
        assert!(validate(&schema, &json!({ "summary": {} })).is_err());
        let with_query = for_prompt(false, "... \"semantic_query\": \"...\"");
        assert!(validate(&with_query, &answer).is_err());
    }
}
