//! `rfp eval`: every labelled document through the real API (whatever backend, model
//! and prompt the service runs), scored field by field against the labels
//! ([`crate::score`]), printed as a table and written as a JSON report that a later
//! run can be compared with (`rfp eval --compare A.json B.json`).
//!
//! Beside the whole set it reports the figures of each part of the fixed held-out
//! split and of each language, scores the labelled tender packages (uploaded as one
//! proposal with their roles, the package's facts and its `changes`) and, where a
//! hand count exists, the compliance matrix ([`crate::score::matrix`]). The protocol
//! (tune on one part, report both) is docs/eval.md.

pub mod split;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use anyhow::{Context, bail};
use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::score::matrix::{self, MatrixCount, MatrixScore};
use crate::score::{
    self, BundleLabel, ChangesScore, DocScore, FIELDS, LABELS_FORMAT, LabelSet, Observed, Outcome,
};
use rfp_client::Client;

/// One document's result in a report.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct DocReport {
    pub document: String,
    /// `completed`, `failed` (with the job's error code) or `missing` (no such file).
    pub status: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub score: Option<DocScore>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub observed: Option<Observed>,
    /// The model's own time on this document, in milliseconds (`meta.model_latency_ms`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub model_ms: Option<f64>,
    /// Text extraction's time, in milliseconds (`meta.extract_ms`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub extract_ms: Option<f64>,
    /// `tuned` or `held_out` (eval/split.json); absent when the labels have no split.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub part: Option<String>,
    /// The label's language (`en`, `fr`, `en+he`…), for the figures per language.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub language: Option<String>,
    /// The compliance matrix against the document's hand count, when it has one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub matrix: Option<MatrixScore>,
}

impl DocReport {
    fn failed(document: &str, status: &str, error: Option<String>) -> Self {
        DocReport {
            document: document.to_owned(),
            status: status.to_owned(),
            error,
            score: None,
            observed: None,
            model_ms: None,
            extract_ms: None,
            part: None,
            language: None,
            matrix: None,
        }
    }
}

/// One tender package's result: its facts scored as a document's are, and its
/// `changes`.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct PackageReport {
    pub package: String,
    pub documents: Vec<String>,
    pub status: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub part: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub score: Option<DocScore>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub observed: Option<Observed>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub changes: Option<ChangesScore>,
}

/// The figures of a subset of the documents (a part of the split, a language).
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct PartFigures {
    /// Documents scored.
    pub documents: usize,
    pub fields: BTreeMap<String, FieldFigures>,
    /// The mean accuracy of deadline, budget, title and issuer.
    pub accuracy: f64,
}

/// One field's figures over the set.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct FieldFigures {
    /// Documents scored on this field.
    pub scored: usize,
    pub right: usize,
    /// Right among the documents whose label states a value.
    pub stated: usize,
    pub stated_right: usize,
    /// A value where the document states none.
    pub invented: usize,
    /// A trap reported as the fact.
    pub traps: usize,
    pub accuracy: f64,
}

/// A whole run.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Report {
    pub format: String,
    pub labels: String,
    pub service: String,
    pub engine: Option<String>,
    /// Who served the model (`meta.provider`: `local`, `bedrock`, `openai`) and where
    /// (`meta.provider_host`), when the service said.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub provider: Option<String>,
    pub model_id: Option<String>,
    pub prompt: Option<Value>,
    pub started_at: String,
    pub seconds: f64,
    pub documents: Vec<DocReport>,
    pub fields: BTreeMap<String, FieldFigures>,
    /// The mean accuracy of deadline, budget, title and issuer.
    pub accuracy: f64,
    /// Median model time per document, in milliseconds.
    pub median_model_ms: Option<f64>,
    pub median_extract_ms: Option<f64>,
    /// The figures of each part of the split (`tuned`, `held_out`).
    #[serde(default)]
    pub parts: BTreeMap<String, PartFigures>,
    /// The figures of each language.
    #[serde(default)]
    pub languages: BTreeMap<String, PartFigures>,
    #[serde(default)]
    pub packages: Vec<PackageReport>,
    /// The packages' facts, field by field.
    #[serde(default)]
    pub package_fields: BTreeMap<String, FieldFigures>,
    /// The compliance matrix summed over the hand-counted documents: `all`, and each
    /// part of the split (the lists of each document are in its own report).
    #[serde(default)]
    pub matrix: BTreeMap<String, MatrixScore>,
}

/// The report format this version writes.
pub const REPORT_FORMAT: &str = "rfp-eval-report/1";

/// The fields the headline accuracy averages.
pub const HEADLINE: [&str; 4] = ["deadline", "budget", "title", "issuer"];

pub struct Options {
    pub labels: PathBuf,
    pub docs: PathBuf,
    pub out: Option<PathBuf>,
    pub min_accuracy: Option<f64>,
    pub only: Option<String>,
    pub timeout: Duration,
}

/// What one run measures, read and checked before anything is sent.
struct Inputs {
    set: LabelSet,
    split: Option<split::Split>,
    counts: Vec<MatrixCount>,
}

fn read_inputs(labels: &Path) -> anyhow::Result<Inputs> {
    let set = read_labels(labels)?;
    let split = split::read_split(labels)?;
    if let Some((path, split)) = &split {
        let named = set.documents.keys().chain(
            set.bundles
                .values()
                .flat_map(|b| b.documents.iter().map(|d| &d.file)),
        );
        for name in named {
            if !split.contains_key(name) {
                bail!(
                    "{name} is labelled but not in the split {} (add it by the split's rule)",
                    path.display()
                );
            }
        }
    }
    let split = split.map(|(_, s)| s);
    let counts = split::read_matrix_counts(labels, split.as_ref())?;
    for c in &counts {
        if !set.documents.contains_key(&c.document) {
            bail!("the matrix hand count of {} has no label", c.document);
        }
    }
    Ok(Inputs { set, split, counts })
}

fn content_type(name: &str) -> &'static str {
    crate::content_type(Path::new(name))
}

/// Reads and checks a labelled set.
pub fn read_labels(path: &Path) -> anyhow::Result<LabelSet> {
    let text = std::fs::read_to_string(path)
        .with_context(|| format!("cannot read the labels {}", path.display()))?;
    let set: LabelSet = serde_json::from_str(&text)
        .with_context(|| format!("{} is not a labelled set", path.display()))?;
    if set.format != LABELS_FORMAT {
        bail!(
            "{} has format {:?}; this rfp reads {LABELS_FORMAT:?}",
            path.display(),
            set.format
        );
    }
    for name in set.documents.keys() {
        check_document_name(name)
            .with_context(|| format!("{}: a document's name", path.display()))?;
    }
    for (name, bundle) in &set.bundles {
        check_bundle(bundle).with_context(|| format!("{}: bundle {name}", path.display()))?;
    }
    Ok(set)
}

/// A bundle: a main document first, then annexes, amendments or clarifications, each
/// a sound name.
fn check_bundle(bundle: &BundleLabel) -> anyhow::Result<()> {
    let Some((first, rest)) = bundle.documents.split_first() else {
        bail!("it holds no document");
    };
    if first.role != "rfp" {
        bail!("its first document has role {:?}, not \"rfp\"", first.role);
    }
    for d in rest {
        if !matches!(d.role.as_str(), "annex" | "amendment" | "clarification") {
            bail!("{} has role {:?}", d.file, d.role);
        }
    }
    for d in &bundle.documents {
        check_document_name(&d.file)?;
    }
    for f in &bundle.changes {
        if !score::CHANGE_FIELDS.contains(&f.as_str()) {
            bail!("it changes {f:?}, not one of {:?}", score::CHANGE_FIELDS);
        }
    }
    Ok(())
}

/// A labelled document's name: a path relative to `--docs` that stays inside it (no
/// `..`, no absolute path, no drive) and prints as it is (no control characters, which
/// would drive the reader's terminal).
fn check_document_name(name: &str) -> anyhow::Result<()> {
    use std::path::Component;
    if name.is_empty() || name.len() > 1024 {
        bail!("{:?} is empty or longer than 1,024 bytes", safe_name(name));
    }
    if name.chars().any(char::is_control) {
        bail!("{:?} holds control characters", safe_name(name));
    }
    if !Path::new(name)
        .components()
        .all(|c| matches!(c, Component::Normal(_)))
    {
        bail!("{name:?} is not a path inside --docs (no `..`, `.`, absolute path or drive)");
    }
    Ok(())
}

/// A name for a message, its control characters dropped.
fn safe_name(name: &str) -> String {
    name.chars().filter(|c| !c.is_control()).take(200).collect()
}

/// Where a labelled document is: under `docs`, also once symbolic links are
/// followed. `None` when it is not there.
fn document_path(docs: &Path, name: &str) -> anyhow::Result<Option<PathBuf>> {
    let path = docs.join(name);
    if !path.is_file() {
        return Ok(None);
    }
    let root = docs
        .canonicalize()
        .with_context(|| format!("cannot resolve --docs {}", docs.display()))?;
    let real = path
        .canonicalize()
        .with_context(|| format!("cannot resolve {}", path.display()))?;
    if !real.starts_with(&root) {
        bail!(
            "{name} leads outside --docs {} (to {}) through a symbolic link",
            docs.display(),
            real.display()
        );
    }
    Ok(Some(real))
}

async fn analyse_one(
    client: &Client,
    path: &Path,
    name: &str,
    timeout: Duration,
) -> anyhow::Result<Value> {
    analyse_package(
        client,
        name,
        &[(path.to_owned(), name.to_owned(), "rfp".into())],
        timeout,
    )
    .await
}

/// Creates one proposal, uploads `documents` (path, name, role; the first is the main
/// document) as its package, analyses it and deletes it.
async fn analyse_package(
    client: &Client,
    title: &str,
    documents: &[(PathBuf, String, String)],
    timeout: Duration,
) -> anyhow::Result<Value> {
    let mut files = Vec::new();
    for (path, name, role) in documents {
        let bytes =
            std::fs::read(path).with_context(|| format!("cannot read {}", path.display()))?;
        files.push((bytes, name.as_str(), role.as_str()));
    }
    let proposal = client
        .create_proposal(&format!("rfp eval: {title}"))
        .await?;
    let id = proposal["id"]
        .as_str()
        .context("the service gave no proposal id")?
        .to_owned();
    let result = async {
        for (i, (bytes, name, role)) in files.into_iter().enumerate() {
            if i == 0 {
                client
                    .upload(&id, bytes, content_type(name), Some(name))
                    .await?;
            } else {
                client
                    .add_document(&id, bytes, content_type(name), Some(name), role)
                    .await?;
            }
        }
        let force = rfp_client::Analyze {
            force: true,
            ..rfp_client::Analyze::default()
        };
        client.analyze(&id, &force).await?;
        let status = client.wait_until_final(&id, timeout).await?;
        if !rfp_client::is_final(&status) {
            bail!("no result within {} s", timeout.as_secs());
        }
        Ok(status)
    }
    .await;
    // The evaluation leaves nothing behind in the service.
    let _ = client.delete_proposal(&id).await;
    result
}

fn median(mut values: Vec<f64>) -> Option<f64> {
    if values.is_empty() {
        return None;
    }
    values.sort_by(f64::total_cmp);
    let n = values.len();
    Some(if n % 2 == 1 {
        values[n / 2]
    } else {
        (values[n / 2 - 1] + values[n / 2]) / 2.0
    })
}

/// The figures of a run's documents.
pub fn figures(documents: &[DocReport]) -> (BTreeMap<String, FieldFigures>, f64) {
    figures_of(documents.iter().filter_map(|d| d.score.as_ref()))
}

/// The figures of some documents' scores.
pub fn figures_of<'a>(
    scores: impl Iterator<Item = &'a DocScore>,
) -> (BTreeMap<String, FieldFigures>, f64) {
    let mut fields: BTreeMap<String, FieldFigures> = BTreeMap::new();
    for s in scores {
        for f in FIELDS {
            let o = s.field(f);
            if o == Outcome::NotScored {
                continue;
            }
            let e = fields.entry(f.to_owned()).or_default();
            e.scored += 1;
            if o.is_right() {
                e.right += 1;
            }
            if o != Outcome::RightEmpty && o != Outcome::Invented {
                e.stated += 1;
                if o == Outcome::Right {
                    e.stated_right += 1;
                }
            }
            if o == Outcome::Invented {
                e.invented += 1;
            }
            if o == Outcome::Trap {
                e.traps += 1;
            }
        }
    }
    for e in fields.values_mut() {
        e.accuracy = if e.scored == 0 {
            0.0
        } else {
            e.right as f64 / e.scored as f64
        };
    }
    let headline: Vec<f64> = HEADLINE
        .iter()
        .filter_map(|f| fields.get(*f).map(|e| e.accuracy))
        .collect();
    let accuracy = if headline.is_empty() {
        0.0
    } else {
        headline.iter().sum::<f64>() / headline.len() as f64
    };
    (fields, accuracy)
}

fn mark(o: Outcome) -> &'static str {
    match o {
        Outcome::Right => "ok",
        Outcome::RightEmpty => "ok-",
        Outcome::Wrong => "WRONG",
        Outcome::Missed => "missed",
        Outcome::Invented => "INVENTED",
        Outcome::Trap => "TRAP",
        Outcome::NotScored => "",
    }
}

/// The per-document table and the per-field figures, as text.
pub fn render(report: &Report) -> String {
    let mut out = String::new();
    out.push_str(&format!(
        "rfp eval: {} documents, engine {} ({}), provider {}, prompt {}\n\n",
        report.documents.len(),
        report.engine.as_deref().unwrap_or("?"),
        report.model_id.as_deref().unwrap_or("?"),
        report.provider.as_deref().unwrap_or("?"),
        report
            .prompt
            .as_ref()
            .map(|p| format!("{}/{}", p["id"].as_str().unwrap_or("?"), p["version"]))
            .unwrap_or_else(|| "?".into()),
    ));
    out.push_str(&format!(
        "| {:<58} | {:<8} | {:<8} | {:<8} | {:<8} | {:<6} | {:<8} | {:>8} |\n",
        "document", "deadline", "time", "budget", "title", "issuer", "language", "model ms"
    ));
    out.push_str(&format!(
        "|{:-<60}|{:-<10}|{:-<10}|{:-<10}|{:-<10}|{:-<8}|{:-<10}|{:-<10}|\n",
        "", "", "", "", "", "", "", ""
    ));
    for d in &report.documents {
        match &d.score {
            Some(s) => out.push_str(&format!(
                "| {:<58} | {:<8} | {:<8} | {:<8} | {:<8} | {:<6} | {:<8} | {:>8} |\n",
                d.document,
                mark(s.deadline),
                mark(s.deadline_time),
                mark(s.budget),
                mark(s.title),
                mark(s.issuer),
                mark(s.language),
                d.model_ms.map(|m| format!("{m:.1}")).unwrap_or_default(),
            )),
            None => out.push_str(&format!(
                "| {:<58} | {} {}\n",
                d.document,
                d.status,
                d.error.as_deref().unwrap_or("")
            )),
        }
    }
    out.push_str("\n| field | right | of | accuracy | right where stated | invented | traps |\n|---|---|---|---|---|---|---|\n");
    for f in FIELDS {
        if let Some(e) = report.fields.get(f) {
            out.push_str(&format!(
                "| {f} | {} | {} | {:.0} % | {}/{} | {} | {} |\n",
                e.right,
                e.scored,
                e.accuracy * 100.0,
                e.stated_right,
                e.stated,
                e.invented,
                e.traps
            ));
        }
    }
    out.push_str(&format!(
        "\naccuracy (mean of deadline, budget, title, issuer): {:.1} %\n",
        report.accuracy * 100.0
    ));
    if let (Some(m), Some(x)) = (report.median_model_ms, report.median_extract_ms) {
        out.push_str(&format!(
            "median per document: model {m:.1} ms, extraction {x:.1} ms\n"
        ));
    }
    render_parts(report, &mut out);
    render_packages(report, &mut out);
    render_matrix(report, &mut out);
    out
}

/// `right/of` of a field in some figures.
fn cell(fields: &BTreeMap<String, FieldFigures>, field: &str) -> String {
    fields
        .get(field)
        .map(|e| format!("{}/{}", e.right, e.scored))
        .unwrap_or_else(|| "-".into())
}

/// The whole set, each part of the split and each language, side by side.
fn render_parts(report: &Report, out: &mut String) {
    if report.parts.is_empty() && report.languages.len() < 2 {
        return;
    }
    out.push_str("\n| part | documents |");
    for f in FIELDS {
        out.push_str(&format!(" {f} |"));
    }
    out.push_str(" accuracy |\n|---|---|");
    out.push_str(&"---|".repeat(FIELDS.len() + 1));
    out.push('\n');
    let whole = PartFigures {
        documents: report
            .documents
            .iter()
            .filter(|d| d.score.is_some())
            .count(),
        fields: report.fields.clone(),
        accuracy: report.accuracy,
    };
    let rows = std::iter::once(("all".to_owned(), &whole))
        .chain(report.parts.iter().map(|(k, v)| (k.clone(), v)))
        .chain(
            report
                .languages
                .iter()
                .map(|(k, v)| (format!("language {k}"), v)),
        );
    for (name, p) in rows {
        out.push_str(&format!("| {name} | {} |", p.documents));
        for f in FIELDS {
            out.push_str(&format!(" {} |", cell(&p.fields, f)));
        }
        out.push_str(&format!(" {:.1} % |\n", p.accuracy * 100.0));
    }
}

fn render_packages(report: &Report, out: &mut String) {
    if report.packages.is_empty() {
        return;
    }
    out.push_str("\npackages:\n| package | part | deadline | time | budget | title | issuer | changes |\n|---|---|---|---|---|---|---|---|\n");
    for p in &report.packages {
        let Some(s) = &p.score else {
            out.push_str(&format!(
                "| {} | {} | {} {} |\n",
                p.package,
                p.part.as_deref().unwrap_or("-"),
                p.status,
                p.error.as_deref().unwrap_or("")
            ));
            continue;
        };
        let changes = p.changes.as_ref().map_or("-".to_owned(), |c| {
            if c.right {
                "ok".to_owned()
            } else {
                format!(
                    "WRONG (missing {:?}, unexpected {:?})",
                    c.missing, c.unexpected
                )
            }
        });
        out.push_str(&format!(
            "| {} | {} | {} | {} | {} | {} | {} | {changes} |\n",
            p.package,
            p.part.as_deref().unwrap_or("-"),
            mark(s.deadline),
            mark(s.deadline_time),
            mark(s.budget),
            mark(s.title),
            mark(s.issuer),
        ));
        if let Some(c) = &p.changes {
            for r in &c.reported {
                out.push_str(&format!("    reported change {r}\n"));
            }
        }
    }
}

fn share(t: matrix::Tally) -> String {
    match t.share() {
        Some(x) => format!("{}/{} ({:.0} %)", t.found, t.of, x * 100.0),
        None => "-".into(),
    }
}

/// The matrix against the hand counts: per document, per part, then what was missed
/// and the rows no count covers, for a person to judge.
fn render_matrix(report: &Report, out: &mut String) {
    let counted: Vec<&DocReport> = report
        .documents
        .iter()
        .filter(|d| d.matrix.is_some())
        .collect();
    if counted.is_empty() {
        return;
    }
    out.push_str("\ncompliance matrix against the hand counts (eval/matrix/):\n| document | part | rows | recall | without modal | non-requirements found | category right | section right | rows matched to neither |\n|---|---|---|---|---|---|---|---|---|\n");
    let line = |name: &str, part: &str, m: &MatrixScore, unmatched: String| {
        format!(
            "| {name} | {part} | {} | {} | {} | {} | {} | {} | {unmatched} |\n",
            m.rows,
            share(m.recall),
            share(m.without_modal),
            share(m.non_requirements),
            share(m.category),
            share(m.section),
        )
    };
    for d in &counted {
        let m = d.matrix.as_ref().expect("filtered");
        out.push_str(&line(
            &d.document,
            d.part.as_deref().unwrap_or("-"),
            m,
            m.unmatched_rows.len().to_string(),
        ));
    }
    for (name, m) in &report.matrix {
        out.push_str(&line(name, "", m, String::new()));
    }
    if let Some(all) = report.matrix.get("all") {
        out.push_str("\nrecall per shape: ");
        let shapes: Vec<String> = all
            .by_shape
            .iter()
            .map(|(shape, t)| format!("{shape} {}", share(*t)))
            .collect();
        out.push_str(&shapes.join(", "));
        out.push('\n');
    }
    for d in &counted {
        let m = d.matrix.as_ref().expect("filtered");
        out.push_str(&format!("\n{}:\n", d.document));
        for f in &m.missed {
            out.push_str(&format!("  missed: {f}\n"));
        }
        for f in &m.false_positives {
            out.push_str(&format!("  NOT A REQUIREMENT, in the matrix: {f}\n"));
        }
        for f in &m.wrong_fields {
            out.push_str(&format!("  category/section: {f}\n"));
        }
        for r in &m.unmatched_rows {
            let short: String = r.chars().take(160).collect();
            out.push_str(&format!(
                "  neither (judge): {}\n",
                short.replace('\n', " ")
            ));
        }
    }
}

/// The figures of the documents `keep` selects.
fn part_figures(documents: &[DocReport], keep: impl Fn(&DocReport) -> bool) -> PartFigures {
    let chosen: Vec<&DocScore> = documents
        .iter()
        .filter(|d| keep(d))
        .filter_map(|d| d.score.as_ref())
        .collect();
    let (fields, accuracy) = figures_of(chosen.iter().copied());
    PartFigures {
        documents: chosen.len(),
        fields,
        accuracy,
    }
}

/// The meta of the first completed analysis names the engine, provider, model and
/// prompt of the run.
#[derive(Default)]
struct Engine {
    engine: Option<String>,
    provider: Option<String>,
    model_id: Option<String>,
    prompt: Option<Value>,
}

impl Engine {
    fn note(&mut self, meta: &Value) {
        self.engine = self
            .engine
            .take()
            .or_else(|| meta["engine"].as_str().map(str::to_owned));
        self.provider = self.provider.take().or_else(|| {
            meta["provider"]
                .as_str()
                .map(|p| match meta["provider_host"].as_str() {
                    Some(host) => format!("{p} ({host})"),
                    None => p.to_owned(),
                })
        });
        self.model_id = self
            .model_id
            .take()
            .or_else(|| meta["model_id"].as_str().map(str::to_owned));
        self.prompt = self
            .prompt
            .take()
            .or_else(|| (!meta["prompt"].is_null()).then(|| meta["prompt"].clone()));
    }
}

fn failure(status: &Value) -> String {
    format!(
        "{}: {}",
        status["error"]["code"].as_str().unwrap_or("unknown"),
        status["error"]["message"].as_str().unwrap_or("")
    )
}

/// Runs the evaluation; the exit status says whether it met `min_accuracy`.
pub async fn run(client: &Client, o: Options) -> anyhow::Result<bool> {
    let Inputs { set, split, counts } = read_inputs(&o.labels)?;
    if !o.docs.is_dir() {
        bail!("--docs {} is not a folder", o.docs.display());
    }
    let started = Instant::now();
    let started_at = chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Secs, true);
    let part_of = |name: &str| split.as_ref().and_then(|s| s.get(name).cloned());
    let wanted = |name: &str| {
        o.only
            .as_ref()
            .is_none_or(|only| name.contains(only.as_str()))
    };
    let mut documents = Vec::new();
    let mut engine = Engine::default();
    for (name, label) in &set.documents {
        if !wanted(name) {
            continue;
        }
        let Some(path) = document_path(&o.docs, name)? else {
            eprintln!("rfp eval: {name}: not in {}", o.docs.display());
            documents.push(DocReport::failed(name, "missing", None));
            continue;
        };
        eprintln!("rfp eval: {name}");
        let mut doc = match analyse_one(client, &path, name, o.timeout).await {
            Ok(status) if status["status"] == "completed" => {
                let analysis = &status["rfp_analysis"];
                let meta = &analysis["meta"];
                engine.note(meta);
                let observed = score::observe(analysis);
                let rows = analysis["extracted_data"]["requirements"]
                    .as_array()
                    .cloned()
                    .unwrap_or_default();
                DocReport {
                    score: Some(score::score(label, &observed)),
                    observed: Some(observed),
                    model_ms: meta["model_latency_ms"].as_f64(),
                    extract_ms: meta["extract_ms"].as_f64(),
                    matrix: counts
                        .iter()
                        .find(|c| &c.document == name)
                        .map(|c| matrix::score(c, &rows)),
                    ..DocReport::failed(name, "completed", None)
                }
            }
            Ok(status) => DocReport::failed(name, "failed", Some(failure(&status))),
            Err(e) => DocReport::failed(name, "failed", Some(format!("{e:#}"))),
        };
        doc.part = part_of(name);
        doc.language = label.language.clone();
        documents.push(doc);
    }
    let mut packages = Vec::new();
    for (name, bundle) in &set.bundles {
        if !wanted(name) {
            continue;
        }
        packages.push(run_package(client, &o, name, bundle, &mut engine, part_of).await?);
    }
    if documents.iter().all(|d| d.score.is_none()) && packages.iter().all(|p| p.score.is_none()) {
        bail!(
            "no labelled document was analysed (are they in {}?)",
            o.docs.display()
        );
    }
    let (fields, accuracy) = figures(&documents);
    let mut parts = BTreeMap::new();
    if split.is_some() {
        for part in split::PARTS {
            parts.insert(
                part.to_owned(),
                part_figures(&documents, |d| d.part.as_deref() == Some(part)),
            );
        }
    }
    let mut languages = BTreeMap::new();
    for language in documents.iter().filter_map(|d| d.language.clone()) {
        if let std::collections::btree_map::Entry::Vacant(e) = languages.entry(language) {
            let figures = part_figures(&documents, |d| d.language.as_deref() == Some(e.key()));
            e.insert(figures);
        }
    }
    let (package_fields, _) = figures_of(packages.iter().filter_map(|p| p.score.as_ref()));
    let mut matrix_totals = BTreeMap::new();
    if documents.iter().any(|d| d.matrix.is_some()) {
        matrix_totals.insert(
            "all".to_owned(),
            matrix::total(documents.iter().filter_map(|d| d.matrix.as_ref())),
        );
        for part in split::PARTS {
            let chosen = documents
                .iter()
                .filter(|d| d.part.as_deref() == Some(part))
                .filter_map(|d| d.matrix.as_ref());
            matrix_totals.insert(part.to_owned(), matrix::total(chosen));
        }
    }
    let report = Report {
        format: REPORT_FORMAT.into(),
        labels: o.labels.display().to_string(),
        service: client.base().to_owned(),
        engine: engine.engine,
        provider: engine.provider,
        model_id: engine.model_id,
        prompt: engine.prompt,
        started_at,
        seconds: (started.elapsed().as_secs_f64() * 10.0).round() / 10.0,
        median_model_ms: median(documents.iter().filter_map(|d| d.model_ms).collect()),
        median_extract_ms: median(documents.iter().filter_map(|d| d.extract_ms).collect()),
        documents,
        fields,
        accuracy,
        parts,
        languages,
        packages,
        package_fields,
        matrix: matrix_totals,
    };
    print!("{}", render(&report));
    if let Some(out) = &o.out {
        std::fs::write(out, serde_json::to_string_pretty(&report)?)
            .with_context(|| format!("cannot write {}", out.display()))?;
        eprintln!("rfp eval: report written to {}", out.display());
    }
    Ok(match o.min_accuracy {
        Some(min) if report.accuracy * 100.0 < min => {
            eprintln!(
                "rfp eval: accuracy {:.1} % is under --min-accuracy {min} %",
                report.accuracy * 100.0
            );
            false
        }
        _ => true,
    })
}

/// One package through the API: its documents uploaded in order with their roles,
/// analysed once, its facts and `changes` scored.
async fn run_package(
    client: &Client,
    o: &Options,
    name: &str,
    bundle: &BundleLabel,
    engine: &mut Engine,
    part_of: impl Fn(&str) -> Option<String>,
) -> anyhow::Result<PackageReport> {
    let mut report = PackageReport {
        package: name.to_owned(),
        documents: bundle.documents.iter().map(|d| d.file.clone()).collect(),
        status: "missing".into(),
        error: None,
        part: part_of(&bundle.documents[0].file),
        score: None,
        observed: None,
        changes: None,
    };
    let mut files = Vec::new();
    for d in &bundle.documents {
        let Some(path) = document_path(&o.docs, &d.file)? else {
            eprintln!(
                "rfp eval: package {name}: {} not in {}",
                d.file,
                o.docs.display()
            );
            return Ok(report);
        };
        files.push((path, d.file.clone(), d.role.clone()));
    }
    eprintln!("rfp eval: package {name} ({} documents)", files.len());
    match analyse_package(client, name, &files, o.timeout).await {
        Ok(status) if status["status"] == "completed" => {
            let analysis = &status["rfp_analysis"];
            engine.note(&analysis["meta"]);
            let observed = score::observe(analysis);
            report.status = "completed".into();
            report.score = Some(score::score(&bundle.expected, &observed));
            report.observed = Some(observed);
            report.changes = Some(score::score_changes(&bundle.changes, &analysis["changes"]));
        }
        Ok(status) => {
            report.status = "failed".into();
            report.error = Some(failure(&status));
        }
        Err(e) => {
            report.status = "failed".into();
            report.error = Some(format!("{e:#}"));
        }
    }
    Ok(report)
}

fn read_report(path: &Path) -> anyhow::Result<Report> {
    let text = std::fs::read_to_string(path)
        .with_context(|| format!("cannot read the report {}", path.display()))?;
    let report: Report = serde_json::from_str(&text)
        .with_context(|| format!("{} is not an rfp eval report", path.display()))?;
    if report.format != REPORT_FORMAT {
        bail!(
            "{} has format {:?}, not {REPORT_FORMAT:?}",
            path.display(),
            report.format
        );
    }
    check_report(&report).with_context(|| format!("{} is not a sound report", path.display()))?;
    Ok(report)
}

/// A report read back is checked before any of it is printed: a hand-edited or
/// hostile file must not show an accuracy of 1e300 % or NaN, counts that contradict
/// each other, or names that drive the terminal.
fn check_report(r: &Report) -> anyhow::Result<()> {
    let share = |what: &str, x: f64| -> anyhow::Result<()> {
        if !(x.is_finite() && (0.0..=1.0).contains(&x)) {
            bail!("{what} is {x}, not a share from 0 to 1");
        }
        Ok(())
    };
    share("accuracy", r.accuracy)?;
    if r.documents.len() > 100_000 || r.fields.len() > 64 {
        bail!("it holds more documents or fields than any evaluation");
    }
    for (name, f) in &r.fields {
        if !FIELDS.contains(&name.as_str()) {
            bail!("it scores an unknown field {:?}", safe_name(name));
        }
        share(&format!("{name}'s accuracy"), f.accuracy)?;
        let sound = f.right <= f.scored
            && f.stated_right <= f.stated
            && f.stated <= f.scored
            && f.invented <= f.scored
            && f.traps <= f.scored
            && f.scored <= r.documents.len();
        if !sound {
            bail!("{name}'s counts contradict each other or the documents");
        }
    }
    for d in &r.documents {
        check_document_name(&d.document)?;
        for (what, v) in [("model_ms", d.model_ms), ("extract_ms", d.extract_ms)] {
            if v.is_some_and(|v| !v.is_finite() || v < 0.0) {
                bail!("{}'s {what} is not a time", d.document);
            }
        }
    }
    let texts = [
        Some(r.labels.as_str()),
        Some(r.service.as_str()),
        r.engine.as_deref(),
        r.provider.as_deref(),
        r.model_id.as_deref(),
    ];
    if texts
        .into_iter()
        .flatten()
        .any(|t| t.chars().any(char::is_control))
    {
        bail!("its labels, service, engine or model name holds control characters");
    }
    Ok(())
}

/// What got better and what got worse from report `a` to report `b`.
pub fn compare(a: &Report, b: &Report) -> String {
    let label = |r: &Report| {
        format!(
            "{} ({}), prompt {}",
            r.engine.as_deref().unwrap_or("?"),
            r.model_id.as_deref().unwrap_or("?"),
            r.prompt
                .as_ref()
                .map(|p| {
                    format!(
                        "{}/{}",
                        safe_name(p["id"].as_str().unwrap_or("?")),
                        p["version"].as_u64().unwrap_or_default()
                    )
                })
                .unwrap_or_else(|| "?".into())
        )
    };
    let mut out = format!(
        "A: {}\nB: {}\n\n| field | A | B | change |\n|---|---|---|---|\n",
        label(a),
        label(b)
    );
    for f in FIELDS {
        let (fa, fb) = (a.fields.get(f), b.fields.get(f));
        let pct = |e: Option<&FieldFigures>| e.map_or(0.0, |e| e.accuracy * 100.0);
        out.push_str(&format!(
            "| {f} | {:.0} % | {:.0} % | {:+.0} |\n",
            pct(fa),
            pct(fb),
            pct(fb) - pct(fa)
        ));
    }
    out.push_str(&format!(
        "| accuracy | {:.1} % | {:.1} % | {:+.1} |\n\n",
        a.accuracy * 100.0,
        b.accuracy * 100.0,
        (b.accuracy - a.accuracy) * 100.0
    ));
    let by_name: BTreeMap<&str, &DocReport> = a
        .documents
        .iter()
        .map(|d| (d.document.as_str(), d))
        .collect();
    let (mut better, mut worse) = (Vec::new(), Vec::new());
    for d in &b.documents {
        let Some(old) = by_name.get(d.document.as_str()) else {
            continue;
        };
        let (Some(sa), Some(sb)) = (&old.score, &d.score) else {
            continue;
        };
        for f in FIELDS {
            let (oa, ob) = (sa.field(f), sb.field(f));
            if oa.is_right() == ob.is_right() {
                continue;
            }
            let line = format!("{}: {f} {} → {}", d.document, mark(oa), mark(ob));
            if ob.is_right() {
                better.push(line);
            } else {
                worse.push(line);
            }
        }
    }
    out.push_str(&format!("better ({}):\n", better.len()));
    for l in &better {
        out.push_str(&format!("  + {l}\n"));
    }
    out.push_str(&format!("worse ({}):\n", worse.len()));
    for l in &worse {
        out.push_str(&format!("  - {l}\n"));
    }
    out
}

pub fn run_compare(a: &Path, b: &Path) -> anyhow::Result<()> {
    let (a, b) = (read_report(a)?, read_report(b)?);
    print!("{}", compare(&a, &b));
    Ok(())
}
