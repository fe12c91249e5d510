//! The records the service keeps: proposals, the RFP document they hold, the state
//! of the analysis job, and the queue message that carries a job to a worker.
//!
//! Field names follow the original DynamoDB items (`rfp_analysis_status`,
//! `rfp_analysis`, `rfp_analysis_error`) where they are visible to clients, so the
//! existing front end keeps working.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use crate::ids::{BlobKey, JobId, Owner, ProposalId};

/// A proposal: what a proposal writer works on. It holds the current RFP document
/// and the state of its analysis.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Proposal {
    pub id: ProposalId,
    pub owner: Owner,
    pub title: String,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    /// The current RFP document (the package's main one), once one was uploaded.
    pub document: Option<DocumentRef>,
    /// The package's other documents (annexes, amendments, clarifications), in upload
    /// order; see [`Proposal::package`] for the order they are read in.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub documents: Vec<DocumentRef>,
    /// The analysis of the current (or an earlier) document.
    #[serde(default)]
    pub analysis: AnalysisState,
    /// Bumped on every write; lets clients and long-polls notice a change cheaply.
    #[serde(default)]
    pub version: u64,
}

impl Proposal {
    pub fn new(owner: Owner, title: String, now: DateTime<Utc>) -> Self {
        Self {
            id: ProposalId::new(),
            owner,
            title,
            created_at: now,
            updated_at: now,
            document: None,
            documents: Vec::new(),
            analysis: AnalysisState::default(),
            version: 0,
        }
    }
}

impl Proposal {
    /// The documents of the package in the order they are read: the main document,
    /// its annexes (in upload order), then the amendments and clarifications by issue
    /// date (`issued_on`, else the upload's date), then upload time.
    pub fn package(&self) -> Vec<&DocumentRef> {
        package_order(self.document.as_ref(), &self.documents)
    }

    /// The package's identity: its documents' roles and hashes in order. A package of
    /// the main document alone is that document's hash, so an analysis recorded before
    /// packages existed still counts as the analysis of its proposal.
    pub fn package_sha256(&self) -> Option<String> {
        package_sha256(self.document.as_ref(), &self.documents)
    }

    /// The identity of the package the stored result read: the result's own
    /// `meta.document_sha256`, else the job's. `None` without a result.
    pub fn analysed_package_sha256(&self) -> Option<String> {
        let result = self.analysis.result.as_ref()?;
        result
            .get("meta")
            .and_then(|m| m.get("document_sha256"))
            .and_then(serde_json::Value::as_str)
            .map(str::to_owned)
            .or_else(|| self.analysis.document_sha256.clone())
    }

    /// Whether the stored result is of a package other than the current one: a
    /// document was added, deleted or replaced since it was made, so its deadlines,
    /// matrix and report may no longer hold. A proposal without a result is not stale.
    pub fn analysis_is_stale(&self) -> bool {
        match self.analysed_package_sha256() {
            Some(read) => self.package_sha256().as_deref() != Some(read.as_str()),
            None => false,
        }
    }
}

/// See [`Proposal::package`].
pub fn package_order<'a>(
    main: Option<&'a DocumentRef>,
    others: &'a [DocumentRef],
) -> Vec<&'a DocumentRef> {
    let mut annexes: Vec<&DocumentRef> =
        others.iter().filter(|d| !d.role.changes_facts()).collect();
    let mut changes: Vec<&DocumentRef> = others.iter().filter(|d| d.role.changes_facts()).collect();
    annexes.sort_by_key(|d| d.uploaded_at);
    changes.sort_by_key(|d| {
        (
            d.issued_on.unwrap_or(d.uploaded_at.date_naive()),
            d.uploaded_at,
        )
    });
    main.into_iter().chain(annexes).chain(changes).collect()
}

/// See [`Proposal::package_sha256`].
pub fn package_sha256(main: Option<&DocumentRef>, others: &[DocumentRef]) -> Option<String> {
    use sha2::Digest;
    let main = main?;
    if others.is_empty() {
        return Some(main.sha256.clone());
    }
    let mut h = sha2::Sha256::new();
    for d in package_order(Some(main), others) {
        h.update(d.role.as_str());
        h.update(b":");
        h.update(&d.sha256);
        h.update(b"\n");
    }
    Some(hex::encode(h.finalize()))
}

/// What a document is to its tender package.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize, utoipa::ToSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum DocumentRole {
    /// The main document (the RFP, call, tender notice); one per proposal.
    #[default]
    Rfp,
    /// Terms of reference, evaluation grid, budget template, forms.
    Annex,
    /// An amendment, addendum or corrigendum: it changes the main document.
    Amendment,
    /// Published questions and answers to bidders, which may change a fact too.
    Clarification,
}

impl DocumentRole {
    pub const ALL: [DocumentRole; 4] =
        [Self::Rfp, Self::Annex, Self::Amendment, Self::Clarification];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Rfp => "rfp",
            Self::Annex => "annex",
            Self::Amendment => "amendment",
            Self::Clarification => "clarification",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL
            .into_iter()
            .find(|r| r.as_str().eq_ignore_ascii_case(s.trim()))
    }

    /// Whether what this document states replaces what came before it.
    pub fn changes_facts(self) -> bool {
        matches!(self, Self::Amendment | Self::Clarification)
    }
}

/// Where an uploaded RFP document lives and what it is.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct DocumentRef {
    /// The bucket (AWS) or `local` (embedded).
    pub bucket: String,
    pub key: BlobKey,
    /// Hex SHA-256 of the bytes; the blob key is derived from it.
    pub sha256: String,
    pub content_type: String,
    pub size: u64,
    pub filename: Option<String>,
    pub uploaded_at: DateTime<Utc>,
    /// What the document is to its package (absent in records written before
    /// packages: the main document).
    #[serde(default)]
    pub role: DocumentRole,
    /// The date an amendment or clarification was issued, when its uploader gave it:
    /// it orders them before the upload time does.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub issued_on: Option<chrono::NaiveDate>,
}

impl DocumentRef {
    /// The document's id within its proposal: the first 16 hex digits of its hash (a
    /// package holds the same bytes once).
    pub fn id(&self) -> &str {
        &self.sha256[..self.sha256.len().min(16)]
    }

    /// The file name, or the id where none was given.
    pub fn label(&self) -> &str {
        self.filename.as_deref().unwrap_or(self.id())
    }
}

/// Where an analysis job stands. Serialised with the names clients read.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default, utoipa::ToSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum AnalysisStatus {
    #[default]
    NotStarted,
    Queued,
    Processing,
    Completed,
    Failed,
}

impl AnalysisStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::NotStarted => "not_started",
            Self::Queued => "queued",
            Self::Processing => "processing",
            Self::Completed => "completed",
            Self::Failed => "failed",
        }
    }

    /// Queued or processing: a job exists and has not ended.
    pub fn in_flight(self) -> bool {
        matches!(self, Self::Queued | Self::Processing)
    }

    pub fn is_final(self) -> bool {
        matches!(self, Self::Completed | Self::Failed)
    }
}

/// The stage a job is in; each has the progress percentage of DESIGN §7.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default, utoipa::ToSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum Stage {
    #[default]
    NotStarted,
    Queued,
    Fetching,
    Extracting,
    Prompting,
    Analyzing,
    Saving,
    /// Waiting for redelivery after a transient failure.
    Retrying,
    Completed,
    Failed,
}

impl Stage {
    /// The progress a job shows when it enters this stage.
    pub fn progress(self) -> u8 {
        match self {
            Self::NotStarted | Self::Queued => 0,
            Self::Fetching => 10,
            Self::Extracting => 25,
            Self::Prompting => 40,
            Self::Analyzing => 50,
            Self::Saving => 95,
            Self::Completed => 100,
            Self::Retrying | Self::Failed => 0,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Self::NotStarted => "not_started",
            Self::Queued => "queued",
            Self::Fetching => "fetching",
            Self::Extracting => "extracting",
            Self::Prompting => "prompting",
            Self::Analyzing => "analyzing",
            Self::Saving => "saving",
            Self::Retrying => "retrying",
            Self::Completed => "completed",
            Self::Failed => "failed",
        }
    }
}

/// Why a job failed (or, while it is retried, why the last attempt did).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct JobError {
    /// Stable, machine-readable (`document_no_text`, `model_throttled`, …).
    pub code: String,
    /// For people: what happened and, where there is one, what to do.
    pub message: String,
    /// Whether another attempt may succeed.
    #[serde(default)]
    pub retryable: bool,
}

impl JobError {
    pub fn new(code: impl Into<String>, message: impl Into<String>, retryable: bool) -> Self {
        Self {
            code: code.into(),
            message: message.into(),
            retryable,
        }
    }
}

/// The analysis job of a proposal: one at a time, fenced by `job_id`. Missing fields
/// read as their defaults, so items written by the original service decode.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct AnalysisState {
    #[serde(rename = "rfp_analysis_status")]
    pub status: AnalysisStatus,
    #[serde(rename = "rfp_analysis_job_id")]
    pub job_id: Option<JobId>,
    pub progress: u8,
    pub stage: Stage,
    /// Deliveries of the job's message so far (1 on the first attempt).
    pub attempts: u32,
    pub requested_at: Option<DateTime<Utc>>,
    pub started_at: Option<DateTime<Utc>>,
    pub completed_at: Option<DateTime<Utc>>,
    #[serde(rename = "rfp_analysis_error")]
    pub error: Option<JobError>,
    /// `{ "summary": {…}, "extracted_data": {…}, … }` once completed.
    #[serde(rename = "rfp_analysis")]
    pub result: Option<serde_json::Value>,
    /// SHA-256 of the document the job analyses: a new upload makes a new analysis due.
    pub document_sha256: Option<String>,
    /// Which worker holds (or last held) the job.
    pub worker: Option<String>,
    /// Carried from the request that asked for the analysis to every log line of it.
    pub trace_id: Option<String>,
    /// Where the worker POSTs the outcome when the job ends.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub callback_url: Option<String>,
}

/// The queue message that carries a job to a worker (DESIGN §6). Versioned so that
/// a rolling deploy can tell old messages from new ones.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct JobMessage {
    pub v: u32,
    pub job_id: JobId,
    pub proposal_id: ProposalId,
    pub owner: Owner,
    /// The package's main document.
    pub document: DocumentRef,
    /// The package's other documents as they were when the job was requested.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub documents: Vec<DocumentRef>,
    pub requested_at: DateTime<Utc>,
    pub trace_id: String,
    /// Where to POST the outcome when the job ends.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub callback_url: Option<String>,
}

impl JobMessage {
    pub const VERSION: u32 = 1;

    /// The job's documents in the order they are read (see [`Proposal::package`]).
    pub fn package(&self) -> Vec<&DocumentRef> {
        package_order(Some(&self.document), &self.documents)
    }

    /// The identity of the package the job analyses.
    pub fn package_sha256(&self) -> String {
        package_sha256(Some(&self.document), &self.documents).unwrap_or_default()
    }

    /// The message of the proposal's current job, as just enqueued.
    pub fn for_current_job(p: &Proposal) -> Option<Self> {
        let a = &p.analysis;
        Some(Self {
            v: Self::VERSION,
            job_id: a.job_id?,
            proposal_id: p.id,
            owner: p.owner.clone(),
            document: p.document.clone()?,
            documents: p.documents.clone(),
            requested_at: a.requested_at?,
            trace_id: a.trace_id.clone().unwrap_or_default(),
            callback_url: a.callback_url.clone(),
        })
    }
}

/// A prompt item (DESIGN §5): `PK=prompt#<id>`, `SK=version#<n>` in the original
/// table. The worker uses the active one for its section, sub-section and category.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct PromptItem {
    /// The UUID after `prompt#`.
    pub id: String,
    pub version: u32,
    #[serde(default)]
    pub name: Option<String>,
    pub section: String,
    pub sub_section: String,
    #[serde(default)]
    pub categories: Vec<String>,
    pub is_active: bool,
    pub system_prompt: String,
    pub user_prompt_template: String,
    #[serde(default)]
    pub output_format: String,
}

/// The placeholders real prompt items use for the document's text.
pub const TEXT_PLACEHOLDERS: &[&str] = &["{{rfp_text}}", "{{rfp_content}}", "{rfp_text}"];

/// The user prompt (DESIGN §9): the template with the document's text in place of its
/// placeholder, then a blank line and the output format. A template with no
/// placeholder gets the text appended, so the document is never silently left out.
pub fn user_prompt(template: &str, output_format: &str, text: &str) -> String {
    let mut prompt = String::with_capacity(template.len() + text.len() + output_format.len() + 4);
    let mut placed = false;
    let mut rest = template;
    // One pass over the template, so placeholder-like strings inside the document's
    // text are left alone; the double-brace forms are tried first.
    while let Some(at) = rest.find('{') {
        prompt.push_str(&rest[..at]);
        let tail = &rest[at..];
        match TEXT_PLACEHOLDERS.iter().find(|p| tail.starts_with(**p)) {
            Some(p) => {
                prompt.push_str(text);
                placed = true;
                rest = &tail[p.len()..];
            }
            None => {
                prompt.push('{');
                rest = &tail[1..];
            }
        }
    }
    prompt.push_str(rest);
    if !placed {
        prompt.push_str("\n\n");
        prompt.push_str(text);
    }
    prompt.push_str("\n\n");
    prompt.push_str(output_format);
    prompt
}

/// Which prompt a job needs.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct PromptQuery {
    pub section: String,
    pub sub_section: String,
    pub category: String,
}

impl PromptQuery {
    /// The RFP analysis prompt of the original deployment.
    pub fn rfp_analysis() -> Self {
        Self {
            section: "proposal_writer".into(),
            sub_section: "step-1".into(),
            category: "RFP / Call for Proposals".into(),
        }
    }

    pub fn matches(&self, p: &PromptItem) -> bool {
        p.is_active
            && p.section == self.section
            && p.sub_section == self.sub_section
            && p.categories.iter().any(|c| c == &self.category)
    }
}

/// Of the prompts that match, the one to use: the highest version, then the id, so
/// the choice is the same on every backend.
pub fn pick_prompt(query: &PromptQuery, candidates: Vec<PromptItem>) -> Option<PromptItem> {
    candidates
        .into_iter()
        .filter(|p| query.matches(p))
        .max_by(|a, b| a.version.cmp(&b.version).then_with(|| a.id.cmp(&b.id)))
}

/// `text` cut to at most `max` characters, at a character boundary (so a piece of a
/// document stays a verbatim piece of it).
pub fn cap_chars(text: &str, max: usize) -> &str {
    match text.char_indices().nth(max) {
        Some((at, _)) => &text[..at],
        None => text,
    }
}

/// Text from a document made safe to write into an export or a terminal: no C0 or C1
/// control characters and no DEL. A CR, CRLF, vertical tab or form feed becomes one
/// line feed (a bare CR is a line break to some parsers and none to others, which is
/// how a quote forges a line of an iCalendar file); a tab stays; every other control
/// character (NUL, ESC and the escape sequences it starts, the C1 range) is dropped.
/// Borrowed when there is nothing to change, which is nearly always.
pub fn plain_text(s: &str) -> std::borrow::Cow<'_, str> {
    let unsafe_char = |c: char| c != '\n' && c != '\t' && c.is_control();
    if !s.chars().any(unsafe_char) {
        return std::borrow::Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\r' => {
                if chars.peek() != Some(&'\n') {
                    out.push('\n');
                }
            }
            '\u{0b}' | '\u{0c}' => out.push('\n'),
            c if unsafe_char(c) => {}
            c => out.push(c),
        }
    }
    std::borrow::Cow::Owned(out)
}

/// A name a person gave (a proposal's title, a document's file name) made safe to
/// show: no control characters (NUL, escapes) and no bidirectional controls (which
/// can make `txt.exe` read as `exe.txt`), trimmed, at most `max` characters.
pub fn clean_label(s: &str, max: usize) -> String {
    let is_bidi_control = |c: char| matches!(c, '\u{061c}' | '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}');
    s.chars()
        .filter(|&c| !c.is_control() && !is_bidi_control(c))
        .collect::<String>()
        .trim()
        .chars()
        .take(max)
        .collect()
}

#[cfg(test)]
mod label_tests {
    #[test]
    fn labels_lose_control_and_bidi_characters() {
        assert_eq!(
            super::clean_label(" Call\u{0}\u{202e}cod.exe\u{1b}[31m ", 100),
            "Callcod.exe[31m"
        );
        assert_eq!(super::clean_label("ééé", 2), "éé");
    }

    #[test]
    fn plain_text_turns_line_breaks_into_line_feeds_and_drops_other_controls() {
        use super::plain_text;
        assert!(matches!(
            plain_text("Bids close\tat 17:00.\nSee p. 3"),
            std::borrow::Cow::Borrowed(_)
        ));
        assert_eq!(plain_text("a\r\nb\rc\u{0c}d\u{0b}e"), "a\nb\nc\nd\ne");
        assert_eq!(
            plain_text("red \u{1b}[31mtext\u{1b}[0m\u{0}\u{7f}\u{9b}2J é"),
            "red [31mtext[0m2J é"
        );
        // Hebrew and Arabic keep their direction marks: they are not controls.
        assert_eq!(plain_text("\u{200f}מכרז"), "\u{200f}מכרז");
    }
}
