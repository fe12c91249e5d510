//! The bid team's workspace on an analysis: the facts it corrected, the work it
//! assigned on the compliance matrix, the rows it added, and the trail of who changed
//! what.
//!
//! The analysis a worker records is never rewritten: the workspace is a record of its
//! own beside it (one per proposal, versioned), and readers see the analysis through
//! it ([`overlay::effective`]). That is what keeps the team's work through a
//! re-analysis: a new analysis replaces the engine's values, and the overlay lays the
//! same corrections and row edits over them again, matching rows by their stable ids
//! (the same section and statement give the same `REQ-…` id).
//!
//! - A corrected fact keeps the value the analysis had when it was corrected (`was`)
//!   and the package it had read. When a later analysis of a *different* package (an
//!   amendment was added) reads another value, the fact is in conflict: the team's
//!   value stays, and the conflict names both values until someone resolves it.
//! - A row's edits outlive the row: a row the new analysis no longer has is listed
//!   among the removed rows with its edits, and the most similar new row of its
//!   section, if any, as its likely successor.
//! - Every write is conditional on the workspace's version (the `ETag` clients send
//!   back as `If-Match`) and appends one history entry in the same write.

pub mod edits;
pub mod overlay;

use std::collections::BTreeMap;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use serde_json::Value;

/// Longest note on a fact or a row, in characters.
pub const MAX_NOTE_CHARS: usize = 2_000;
/// Longest owner or response section, in characters.
pub const MAX_SHORT_CHARS: usize = 200;
/// Longest text value (a title, an issuer, a team row's statement), in characters.
pub const MAX_TEXT_CHARS: usize = 1_000;
/// Most edits in one request (fact edits, or row updates, additions and moves).
pub const MAX_EDITS_PER_REQUEST: usize = 200;
/// Most rows the team may add to one matrix.
pub const MAX_TEAM_ROWS: usize = 200;
/// Most items the team may add to, or remove from, one list.
pub const MAX_LIST_EDITS: usize = 100;
/// Most rows holding edits (the matrix's 400 rows, the team's, and removed ones).
pub const MAX_ROW_EDITS: usize = 1_000;
/// Largest workspace, as JSON: every read of the analysis carries it.
pub const MAX_WORKSPACE_BYTES: usize = 1024 * 1024;

/// A summary fact the team can correct.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize, Hash)]
#[serde(rename_all = "snake_case")]
pub enum Fact {
    SubmissionDeadline,
    QuestionsDeadline,
    Budget,
    Title,
    Issuer,
    PageLimit,
    SubmissionMethod,
}

impl Fact {
    pub const ALL: &'static [Fact] = &[
        Fact::SubmissionDeadline,
        Fact::QuestionsDeadline,
        Fact::Budget,
        Fact::Title,
        Fact::Issuer,
        Fact::PageLimit,
        Fact::SubmissionMethod,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Fact::SubmissionDeadline => "submission_deadline",
            Fact::QuestionsDeadline => "questions_deadline",
            Fact::Budget => "budget",
            Fact::Title => "title",
            Fact::Issuer => "issuer",
            Fact::PageLimit => "page_limit",
            Fact::SubmissionMethod => "submission_method",
        }
    }

    pub fn parse(s: &str) -> Option<Fact> {
        Fact::ALL.iter().copied().find(|f| f.as_str() == s)
    }

    /// The names a package's `changes` list gives this fact.
    pub(crate) fn change_names(self) -> &'static [&'static str] {
        match self {
            Fact::SubmissionDeadline => &["deadline", "submission_deadline"],
            Fact::QuestionsDeadline => &["questions_deadline", "questions"],
            Fact::Budget => &[
                "budget",
                "budget.min",
                "budget.max",
                "budget.total",
                "budget.currency",
            ],
            Fact::Title => &["title"],
            Fact::Issuer => &["issuer"],
            Fact::PageLimit => &["page_limit", "submission.page_limit"],
            Fact::SubmissionMethod => &["submission_method", "submission.method"],
        }
    }
}

/// A list of the analysis the team can add items to or remove items from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize, Hash)]
#[serde(rename_all = "snake_case")]
pub enum List {
    Eligibility,
    RequiredSections,
    Contacts,
}

impl List {
    pub fn as_str(self) -> &'static str {
        match self {
            List::Eligibility => "eligibility",
            List::RequiredSections => "required_sections",
            List::Contacts => "contacts",
        }
    }
}

/// Where a row of the compliance matrix stands in the team's work.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum RowStatus {
    #[default]
    Open,
    InProgress,
    Answered,
    Compliant,
    NotApplicable,
}

impl RowStatus {
    pub const ALL: &'static [RowStatus] = &[
        RowStatus::Open,
        RowStatus::InProgress,
        RowStatus::Answered,
        RowStatus::Compliant,
        RowStatus::NotApplicable,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            RowStatus::Open => "open",
            RowStatus::InProgress => "in_progress",
            RowStatus::Answered => "answered",
            RowStatus::Compliant => "compliant",
            RowStatus::NotApplicable => "not_applicable",
        }
    }

    pub fn parse(s: &str) -> Option<RowStatus> {
        RowStatus::ALL.iter().copied().find(|r| r.as_str() == s)
    }
}

/// Who did something, and when.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Stamp {
    pub by: String,
    pub at: DateTime<Utc>,
}

/// A fact the team set (or cleared: `value` null).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Correction {
    pub value: Value,
    #[serde(flatten)]
    pub stamp: Stamp,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    /// The analysis's value when the team set this one (or last resolved a conflict).
    pub was: Value,
    /// The package the analysis had read then.
    #[serde(default)]
    pub package_sha256: Option<String>,
}

/// An item the team added to a list (its fields depend on the list).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AddedItem {
    pub item: Value,
    #[serde(flatten)]
    pub stamp: Stamp,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

/// An item of the analysis's list the team removed, by the text it matched.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RemovedItem {
    pub text: String,
    #[serde(flatten)]
    pub stamp: Stamp,
}

/// The team's changes to one list.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ListEdits {
    #[serde(default)]
    pub added: Vec<AddedItem>,
    #[serde(default)]
    pub removed: Vec<RemovedItem>,
}

/// The team's work on one row of the matrix.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct RowEdit {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub owner: Option<String>,
    #[serde(default)]
    pub status: RowStatus,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub response_section: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    /// The engine (or model) was wrong: this is not a requirement. Kept, hidden from
    /// the matrix by default, counted.
    #[serde(default)]
    pub not_a_requirement: bool,
    /// The row's statement and section when it was first edited, so a row a later
    /// analysis no longer has can still be shown with its edits.
    pub text: String,
    #[serde(default)]
    pub section: String,
    /// The last change.
    pub stamp: Option<Stamp>,
}

/// A row the team added to the matrix.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TeamRow {
    /// `TEAM-001`, …: never reused within a proposal.
    pub id: String,
    pub text: String,
    #[serde(default)]
    pub section: String,
    pub category: String,
    pub mandatory: bool,
    #[serde(flatten)]
    pub stamp: Stamp,
}

/// The workspace of one proposal. Version 0 is the empty workspace nobody wrote.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Workspace {
    pub version: u64,
    #[serde(default)]
    pub facts: BTreeMap<Fact, Correction>,
    #[serde(default)]
    pub lists: BTreeMap<List, ListEdits>,
    #[serde(default)]
    pub rows: BTreeMap<String, RowEdit>,
    #[serde(default)]
    pub team_rows: Vec<TeamRow>,
    #[serde(default)]
    pub next_team_row: u32,
    #[serde(default)]
    pub updated: Option<Stamp>,
    /// Where the store keeps this version's body when it is not in the record itself
    /// (DynamoDB: the S3 key of a body over the item limit), so the next write can
    /// delete it without reading it again. Never serialised.
    #[serde(skip)]
    pub stored_at: Option<String>,
}

/// One change in a history entry: what, before and after.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Change {
    /// `fact`, `list`, `row`, `team_row` or `conflict`.
    pub kind: String,
    /// The fact's or list's name, or the row's id.
    pub target: String,
    pub before: Value,
    pub after: Value,
}

/// One write of the workspace: who, when, and every change it made.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct HistoryEntry {
    /// The workspace's version this write made.
    pub version: u64,
    #[serde(flatten)]
    pub stamp: Stamp,
    pub changes: Vec<Change>,
}

/// The entity tag of a proposal's analysis as the team sees it: the workspace's
/// version and the analysis job whose result it lies over. Either changing (a team
/// member's edit, a new analysis) changes it.
pub fn etag(workspace_version: u64, analysis_job: Option<&str>) -> String {
    let job: String = analysis_job
        .unwrap_or("none")
        .chars()
        .filter(char::is_ascii_alphanumeric)
        .take(32)
        .collect();
    format!("\"w{workspace_version}-{job}\"")
}

/// Whether an `If-Match` header value matches `current` (a list of tags, or `*`).
pub fn if_match(header: &str, current: &str) -> bool {
    header
        .split(',')
        .map(str::trim)
        .any(|t| t == "*" || t == current || t.strip_prefix("W/") == Some(current))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_etag_changes_with_either_the_workspace_or_the_analysis() {
        let a = etag(3, Some("01a2-b3"));
        assert_eq!(a, "\"w3-01a2b3\"");
        assert_ne!(a, etag(4, Some("01a2-b3")));
        assert_ne!(a, etag(3, Some("ffff")));
        assert!(if_match("\"w1-x\", \"w3-01a2b3\"", &a));
        assert!(if_match("*", &a));
        assert!(!if_match("\"w2-01a2b3\"", &a));
    }

    #[test]
    fn names_round_trip() {
        for f in Fact::ALL {
            assert_eq!(Fact::parse(f.as_str()), Some(*f));
            assert_eq!(serde_json::to_value(f).unwrap(), f.as_str());
        }
        for s in RowStatus::ALL {
            assert_eq!(RowStatus::parse(s.as_str()), Some(*s));
        }
    }
}
