//! The command line: the global options, the commands and their arguments, as clap
//! reads them (the help text is the doc comments here).

use std::path::PathBuf;

use anyhow::bail;
use clap::{Args, Parser, Subcommand, ValueEnum};

use crate::work;

#[derive(Parser)]
#[command(
    name = "rfp",
    version,
    about = "Analyse RFPs with the RFP Analyzer service."
)]
pub(crate) struct Cli {
    /// The service's address.
    #[arg(
        long,
        env = "RFP_URL",
        default_value = "http://127.0.0.1:8080",
        global = true
    )]
    pub(crate) url: String,
    /// Bearer token for the service.
    #[arg(long, env = "RFP_TOKEN", global = true, hide_env_values = true)]
    pub(crate) token: Option<String>,
    /// Owner to act as, while the service trusts the x-rfp-owner header. Before the
    /// command (`rfp --owner bob list`): after it, `--owner` is the matrix's row owner.
    #[arg(long, env = "RFP_OWNER")]
    pub(crate) owner: Option<String>,
    #[command(subcommand)]
    pub(crate) command: Command,
}

#[derive(Clone, Copy, ValueEnum)]
pub(crate) enum Format {
    Json,
    Markdown,
}

#[derive(Clone, Copy, ValueEnum)]
pub(crate) enum ListFormat {
    Table,
    Json,
}

#[derive(Clone, Copy, ValueEnum)]
pub(crate) enum MatrixFormat {
    Xlsx,
    Csv,
    Md,
    Json,
}

impl MatrixFormat {
    pub(crate) fn name(self) -> &'static str {
        match self {
            Self::Xlsx => "xlsx",
            Self::Csv => "csv",
            Self::Md => "md",
            Self::Json => "json",
        }
    }

    /// The format a file name's extension asks for.
    pub(crate) fn of_path(path: &std::path::Path) -> anyhow::Result<Self> {
        let ext = path
            .extension()
            .and_then(|e| e.to_str())
            .map(str::to_ascii_lowercase);
        Ok(match ext.as_deref() {
            Some("xlsx") => Self::Xlsx,
            Some("csv") => Self::Csv,
            Some("md") => Self::Md,
            Some("json") => Self::Json,
            _ => bail!(
                "--matrix {}: the extension names the format: .xlsx, .csv, .md or .json",
                path.display()
            ),
        })
    }
}

#[derive(Subcommand)]
pub(crate) enum Command {
    /// Create a proposal, upload FILE, ask for its analysis and (by default) follow it.
    Analyze(AnalyzeArgs),
    /// A proposal's compliance matrix: every requirement of its analysed RFP, as a
    /// file (--format, --out), as a list (--owner, --status, --list), or worked
    /// (`set REQ-… --owner … --status …`, `add TEXT`).
    Matrix {
        id: String,
        #[arg(long, value_enum, default_value = "xlsx")]
        format: MatrixFormat,
        /// Where to write it (a workbook is not printed).
        #[arg(long)]
        out: Option<PathBuf>,
        /// List the rows of this owner.
        #[arg(long)]
        owner: Option<String>,
        /// List the rows of this status (open, in_progress, answered, compliant,
        /// not_applicable).
        #[arg(long)]
        status: Option<String>,
        /// List the rows (all of them without --owner or --status).
        #[arg(long)]
        list: bool,
        /// Also list the rows marked not a requirement.
        #[arg(long)]
        hidden: bool,
        #[command(subcommand)]
        action: Option<work::MatrixAction>,
    },
    /// Corrects a fact of a proposal's analysis; every export then uses it, marked
    /// edited. VALUE: a deadline `YYYY-MM-DD [HH:MM [ZONE]]`, a budget `[CUR] MAX` or
    /// `[CUR] MIN-MAX`, a text, a page count, `none`, or a JSON object.
    Set {
        id: String,
        /// submission_deadline, questions_deadline, budget, title, issuer, page_limit
        /// or submission_method.
        field: String,
        value: Option<String>,
        #[arg(long)]
        note: Option<String>,
        /// Back to the analysis's own value.
        #[arg(long)]
        revert: bool,
    },
    /// Who changed what in a proposal's workspace, newest first.
    History {
        id: String,
        #[arg(long, default_value_t = 50)]
        limit: u32,
    },
    /// A proposal's deadlines as an iCalendar file, with reminders 7 days and 1 day
    /// before the submission deadline.
    Deadlines {
        id: String,
        /// Where to write it (default: standard output).
        #[arg(long)]
        out: Option<PathBuf>,
    },
    /// A proposal's analysis as an Open Contracting Data Standard 1.1 release (JSON),
    /// for procurement portals, CRMs and open-contracting publishers.
    Ocds {
        id: String,
        /// Where to write it (default: standard output).
        #[arg(long)]
        out: Option<PathBuf>,
    },
    /// A response outline from a proposal's analysis: the required sections in order
    /// with their limits, criteria and requirements, a cover and a checklist.
    Outline {
        id: String,
        /// Where to write it; its extension (.docx or .md) gives the format.
        #[arg(long)]
        out: Option<PathBuf>,
        /// `docx` or `md` (default: from --out, else md to standard output).
        #[arg(long)]
        format: Option<String>,
    },
    /// Your organisation's profile, which go/no-go checks read.
    Profile {
        #[command(subcommand)]
        command: ProfileCommand,
    },
    /// Go/no-go: a proposal's analysis checked against your profile (eligibility,
    /// country, geography, budget, days left, language, registrations).
    Fit {
        id: String,
        #[arg(long, value_enum, default_value_t = Format::Json)]
        format: Format,
    },
    /// Your proposals, newest first, with their analysis status.
    List {
        #[arg(long, default_value_t = 20)]
        limit: u32,
        /// `table` (default) or `json`.
        #[arg(long, value_enum, default_value = "table")]
        format: ListFormat,
    },
    /// A proposal's analysis status (with --wait, followed through its stages to the
    /// end; with --format markdown, the analysis once it is complete).
    Status {
        id: String,
        /// Follow the job until it ends, with a progress bar.
        #[arg(long)]
        wait: bool,
        #[arg(long, value_enum, default_value = "json")]
        format: Format,
    },
    /// A proposal's analysis, as JSON or as a Markdown report.
    Show {
        id: String,
        #[arg(long, value_enum, default_value = "json")]
        format: Format,
        /// Write it here instead of printing it.
        #[arg(long)]
        out: Option<PathBuf>,
    },
    /// Accuracy against facts read by hand: every labelled document through the
    /// service, each field scored (see the README's "Measuring the analysis").
    Eval(EvalArgs),
    /// Prompt administration.
    Prompts {
        #[command(subcommand)]
        command: PromptCommand,
    },
}

#[derive(Subcommand)]
pub(crate) enum ProfileCommand {
    /// Sets the profile from a JSON file (`{"legal_type": "ngo", "country": "KE", …}`).
    Set { file: PathBuf },
    /// Prints the profile.
    Show,
}

#[derive(Subcommand)]
pub(crate) enum PromptCommand {
    /// Every prompt version.
    List,
    /// One prompt's versions.
    Show { id: String },
    /// Create a prompt (or, with --id, a new version of one) from a JSON file with
    /// section, sub_section, categories, system_prompt, user_prompt_template, output_format.
    Push {
        file: PathBuf,
        #[arg(long)]
        id: Option<String>,
        /// Make the new version the active one.
        #[arg(long)]
        activate: bool,
    },
}

// The arguments of `rfp analyze` (its help is the variant's doc comment).
#[derive(Args)]
pub(crate) struct AnalyzeArgs {
    pub(crate) file: PathBuf,
    /// The proposal's title (default: the file's name).
    #[arg(long)]
    pub(crate) title: Option<String>,
    /// Analyse again even if this document was analysed before.
    #[arg(long)]
    pub(crate) force: bool,
    /// Return once the job is queued, printing its ids.
    #[arg(long)]
    pub(crate) no_wait: bool,
    #[arg(long, value_enum, default_value = "json")]
    pub(crate) format: Format,
    /// Write the analysis here instead of printing it.
    #[arg(long)]
    pub(crate) out: Option<PathBuf>,
    /// Also write the compliance matrix here once the analysis completes; its
    /// extension picks the format (.xlsx, .csv, .md, .json).
    #[arg(long)]
    pub(crate) matrix: Option<PathBuf>,
    /// An annex of the package (terms of reference, evaluation grid, forms);
    /// repeatable.
    #[arg(long, value_name = "FILE")]
    pub(crate) annex: Vec<PathBuf>,
    /// An amendment (addendum, corrigendum), which overrides what the documents
    /// before it state; repeatable, in the order they were issued.
    #[arg(long, value_name = "FILE")]
    pub(crate) amendment: Vec<PathBuf>,
    /// Published questions and answers; repeatable, in the order they were issued.
    #[arg(long, value_name = "FILE")]
    pub(crate) clarification: Vec<PathBuf>,
}

// The arguments of `rfp eval` (its help is the variant's doc comment).
#[derive(Args)]
pub(crate) struct EvalArgs {
    /// The labelled set (JSON, format rfp-eval-labels/1), e.g. eval/corpus-labels.json.
    #[arg(required_unless_present = "compare")]
    pub(crate) labels: Option<PathBuf>,
    /// The folder holding the labelled documents.
    #[arg(long, required_unless_present = "compare")]
    pub(crate) docs: Option<PathBuf>,
    /// Write the JSON report here (for --compare later).
    #[arg(long)]
    pub(crate) out: Option<PathBuf>,
    /// Exit non-zero when the accuracy (mean of deadline, budget, title and
    /// issuer, in %) is under this.
    #[arg(long)]
    pub(crate) min_accuracy: Option<f64>,
    /// Only the documents whose name contains this.
    #[arg(long)]
    pub(crate) only: Option<String>,
    /// Give up on one document after this many seconds.
    #[arg(long, default_value_t = 600)]
    pub(crate) timeout_secs: u64,
    /// Keep the held-out part of the split out of sight while tuning (docs/eval.md):
    /// its documents' and packages' results are neither printed nor written to --out,
    /// only the part's figures are. With --compare, the lists of what got better and
    /// worse leave held-out documents out.
    #[arg(long)]
    pub(crate) blind: bool,
    /// Compare two reports instead: what got better and what got worse from A to B.
    #[arg(long, num_args = 2, value_names = ["A", "B"], conflicts_with_all = ["labels", "docs"])]
    pub(crate) compare: Option<Vec<PathBuf>>,
}
