//! Prompt assembly (DESIGN §9): the system prompt and the user prompt stay separate;
//! the user prompt is the template followed by the output format, with the document's
//! text in place of the placeholder.

/// A resolved prompt and where it came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Prompt {
    /// `default` for the built-in prompt, else the prompt item's id.
    pub id: String,
    pub version: u32,
    pub system_prompt: String,
    pub user_prompt_template: String,
    pub output_format: String,
}

/// The placeholders real prompt items use for the document's text.
const PLACEHOLDERS: &[&str] = &["{{rfp_text}}", "{{rfp_content}}", "{rfp_text}"];

impl Prompt {
    /// The built-in prompt, used when no prompt item matches.
    pub fn builtin() -> Self {
        Self {
            id: "default".into(),
            version: 0,
            system_prompt: "You are an expert grant and proposal writer. You read requests for proposals (RFPs, calls for proposals, tenders, terms of reference) and extract, accurately and without invention, what a proposal writer needs first. Quote the document for every fact you extract.".into(),
            user_prompt_template: "Analyse the following RFP document.\n\n<rfp>\n{rfp_text}\n</rfp>".into(),
            output_format: "Answer with one JSON object with two keys: \"summary\" (title, donor, deadline, budget_range, key_focus) and \"extracted_data\" (deadlines, budget, eligibility, evaluation_criteria, required_sections, submission, contacts, geographic_scope, mandatory_requirements, deliverables, target_beneficiaries). Give each extracted fact the verbatim quote it comes from.".into(),
        }
    }

    /// The user prompt for `document_text`. A template with no placeholder gets the
    /// text appended, so the document is never silently left out.
    pub fn user_prompt(&self, document_text: &str) -> String {
        let mut template = self.user_prompt_template.clone();
        let mut placed = false;
        for p in PLACEHOLDERS {
            if template.contains(p) {
                template = template.replace(p, document_text);
                placed = true;
            }
        }
        if !placed {
            template.push_str("\n\n");
            template.push_str(document_text);
        }
        format!("{template}\n\n{}", self.output_format)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_placeholder_form_takes_the_text() {
        for t in ["A {rfp_text} B", "A {{rfp_text}} B", "A {{rfp_content}} B"] {
            let p = Prompt {
                user_prompt_template: t.into(),
                output_format: "F".into(),
                ..Prompt::builtin()
            };
            assert_eq!(p.user_prompt("TEXT"), "A TEXT B\n\nF");
        }
        let p = Prompt {
            user_prompt_template: "No slot.".into(),
            output_format: "F".into(),
            ..Prompt::builtin()
        };
        assert_eq!(p.user_prompt("TEXT"), "No slot.\n\nTEXT\n\nF");
    }
}
