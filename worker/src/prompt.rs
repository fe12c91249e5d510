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

impl Prompt {
    /// The built-in prompt, used when no prompt item matches.
    pub fn builtin() -> Self {
        Self {
            id: BUILTIN_ID.into(),
            version: 0,
            system_prompt: BUILTIN_SYSTEM.into(),
            user_prompt_template:
                "Analyse the following RFP document.\n\n<rfp>\n{rfp_text}\n</rfp>".into(),
            output_format: BUILTIN_FORMAT.into(),
        }
    }

    pub fn is_builtin(&self) -> bool {
        self.id == BUILTIN_ID
    }

    /// The user prompt for `document_text` (DESIGN §9).
    pub fn user_prompt(&self, document_text: &str) -> String {
        rfp_shared::domain::user_prompt(
            &self.user_prompt_template,
            &self.output_format,
            document_text,
        )
    }
}

impl Prompt {
    /// The prompt for a tender package (more than one document): the same prompt,
    /// told that the text holds several documents under headers naming their roles,
    /// and how an amendment's or a clarification's facts take precedence.
    pub fn for_package(&self) -> Self {
        Self {
            system_prompt: format!("{}\n\n{PACKAGE_SYSTEM}", self.system_prompt),
            output_format: format!("{}\n{PACKAGE_FORMAT}", self.output_format),
            ..self.clone()
        }
    }
}

/// The header that opens each document of a package in the model's text.
pub fn package_header(
    position: usize,
    of: usize,
    document: &rfp_shared::domain::DocumentRef,
) -> String {
    let issued = document
        .issued_on
        .map(|d| format!(", issued {d}"))
        .unwrap_or_default();
    format!(
        "===== Document {position} of {of}: {} (role: {}{issued}) =====",
        document.label(),
        document.role.as_str()
    )
}

const PACKAGE_SYSTEM: &str = "The text is a tender package: several documents, each opened by a line `===== Document N of M: <file> (role: <role>) =====`. The role `rfp` is the main document; `annex` documents (terms of reference, evaluation grids, forms) complete it; `amendment` and `clarification` documents, in the order given, change it. Where an amendment or a clarification changes a fact the documents before it state (the submission or questions deadline, the budget, page limits, eligibility, the evaluation criteria or their weights), report the changed value, quoted from the document that changed it, and keep what nothing changed. Facts only an annex states are part of the analysis. A quote is copied from one document, never across two, and never includes the header lines.";

const PACKAGE_FORMAT: &str = r#"- "changes": [{"field" (deadline, questions_due, budget.max, budget.min, page_limit, evaluation_criteria, eligibility, …), "before", "after", "document" (the file name of the amendment or clarification), "quote"}]: one entry for each fact an amendment or a clarification changed.
- "conflicts": [{"field": "deadline", "differs" (date, time or time_zone), "shown" and "other" (each {"value", "quote", "document"}), "why"}]: one entry where two documents state different submission deadlines and no precedence settles it (the main document and an annex, two notices issued the same day, the same time in two time zones); report the main document's (or the later notice's) as the deadline."#;

/// The id results record when the built-in prompt was used.
pub const BUILTIN_ID: &str = "default";

const BUILTIN_SYSTEM: &str = "You are an expert grant and proposal writer. You read requests for proposals (RFPs, calls for proposals, tenders, terms of reference) and extract, accurately and without invention, what a proposal writer needs first. Every fact you extract carries a `quote`: the exact words of the document it comes from, copied verbatim, never paraphrased. When the document does not say something, leave it null or empty rather than guessing.";

const BUILTIN_FORMAT: &str = r#"Record the analysis with the `record_rfp_analysis` tool (or, if you cannot call tools, answer with one JSON object) with these keys:
- "summary": {"title", "donor" (the issuer or funder), "deadline" (ISO-8601 date of the submission deadline), "budget_range" ({"currency", "min", "max"}), "key_focus"}.
- "extracted_data": {
    "deadlines": [{"what", "date" (ISO-8601), "time", "time_zone", "quote"}],
    "budget": {"currency" (ISO-4217), "min", "max", "quote"},
    "eligibility": [{"text", "quote"}],
    "evaluation_criteria": [{"criterion", "weight" or "points", "quote"}],
    "required_sections": [{"name", "page_limit", "quote"}],
    "submission": {"method", "format", "page_limit", "language", "quote"},
    "contacts": [{"name", "email", "phone", "quote"}],
    "geographic_scope": [...], "target_beneficiaries": [...], "deliverables": [...], "mandatory_requirements": [...],
    "requirements": [{"text" (the statement copied verbatim), "modality" (shall, must, required, will, should, may), "mandatory" (false for should and may), "category" (submission, format, eligibility, technical, management, financial, administrative, evaluation, legal), "section" (its number and heading), "page", "quote"}]: the compliance matrix, one entry for every sentence, list item or table row that states what a bidder or its proposal must, shall, is required to, should or may do or be (and "will not be considered unless…"), in any of the document's languages; not definitions, not the document describing itself, not what the issuer undertakes.
  }.
- "semantic_query": 150-250 words describing this opportunity for searching past proposals: the funder, sector, activities, beneficiaries, geography and approach.
Quotes are copied exactly from the document."#;

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

    #[test]
    fn placeholders_inside_the_document_are_left_alone() {
        let p = Prompt {
            user_prompt_template: "<{{rfp_content}}> and {rfp_text}".into(),
            output_format: "F".into(),
            ..Prompt::builtin()
        };
        assert_eq!(
            p.user_prompt("a {rfp_text} b {{rfp_content}}"),
            "<a {rfp_text} b {{rfp_content}}> and a {rfp_text} b {{rfp_content}}\n\nF"
        );
    }
}
