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

impl From<rfp_shared::domain::PromptItem> for Prompt {
    fn from(p: rfp_shared::domain::PromptItem) -> Self {
        Self {
            id: p.id,
            version: p.version,
            system_prompt: p.system_prompt,
            user_prompt_template: p.user_prompt_template,
            output_format: p.output_format,
        }
    }
}

/// The active prompt, looked up in the store at most once per `ttl` (so a prompt
/// change reaches the workers within it, and a busy worker costs the table one
/// lookup a minute, not one per job).
pub struct PromptCache {
    ttl: std::time::Duration,
    cached: tokio::sync::Mutex<Option<(std::time::Instant, Prompt)>>,
}

impl PromptCache {
    pub fn new(ttl: std::time::Duration) -> Self {
        Self {
            ttl,
            cached: tokio::sync::Mutex::new(None),
        }
    }

    /// The prompt for RFP analysis: the active prompt item, or the built-in default
    /// when there is none.
    pub async fn get(
        &self,
        store: &dyn rfp_shared::ports::Store,
    ) -> Result<Prompt, rfp_shared::ports::StoreError> {
        let mut cached = self.cached.lock().await;
        if let Some((_, prompt)) = cached.as_ref().filter(|(at, _)| at.elapsed() < self.ttl) {
            return Ok(prompt.clone());
        }
        let prompt = match store
            .find_prompt(&rfp_shared::domain::PromptQuery::rfp_analysis())
            .await?
        {
            Some(item) => Prompt::from(item),
            None => Prompt::builtin(),
        };
        *cached = Some((std::time::Instant::now(), prompt.clone()));
        Ok(prompt)
    }
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
