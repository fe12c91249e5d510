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

mod compare;
mod inputs;
mod render;
pub mod split;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use anyhow::{Context, bail};
use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::score::matrix::{self, MatrixScore};
use crate::score::{self, BundleLabel, ChangesScore, DocScore, FIELDS, Observed, Outcome};
use rfp_client::Client;

pub use compare::run_compare;
use inputs::{Inputs, content_type, document_path, read_inputs};
use render::render;

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
    /// Names (title, issuer) not right, by how they differ from the label
    /// ([`crate::score::NameMiss`]).
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub misses: BTreeMap<String, usize>,
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
    /// Written with `--blind`: the held-out part's documents and packages carry no
    /// result, only the part's figures above do.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub blind: bool,
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
    /// Hide the held-out part's documents (`--blind`).
    pub blind: bool,
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
            if let Some(miss) = s.name_miss(f) {
                *e.misses.entry(miss.describe().to_owned()).or_default() += 1;
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
        let mut doc =
            run_document(client, &path, name, label, &counts, o.timeout, &mut engine).await;
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
    let (parts, languages) = parts_and_languages(&documents, split.is_some());
    let (package_fields, _) = figures_of(packages.iter().filter_map(|p| p.score.as_ref()));
    let matrix_totals = matrix_totals(&documents);
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
        blind: false,
    };
    let report = if o.blind { blinded(report) } else { report };
    publish(&report, &o)
}

/// The part of the split whose documents are kept out of sight while tuning.
pub const HELD_OUT: &str = "held_out";

/// The report with every held-out document's and package's result taken out, once
/// the part's figures are summed: what `--blind` prints and writes. The names stay,
/// so the report still says what was run.
pub fn blinded(mut report: Report) -> Report {
    let held_out = |part: &Option<String>| part.as_deref() == Some(HELD_OUT);
    for d in report.documents.iter_mut().filter(|d| held_out(&d.part)) {
        d.error = None;
        d.score = None;
        d.observed = None;
        d.model_ms = None;
        d.extract_ms = None;
        d.matrix = None;
    }
    for p in report.packages.iter_mut().filter(|p| held_out(&p.part)) {
        p.error = None;
        p.score = None;
        p.observed = None;
        p.changes = None;
    }
    report.blind = true;
    report
}

/// One labelled document through the API, scored against its `label` (and its hand
/// count of the matrix, if any); a failed analysis is a failed report.
async fn run_document(
    client: &Client,
    path: &Path,
    name: &str,
    label: &score::Label,
    counts: &[matrix::MatrixCount],
    timeout: Duration,
    engine: &mut Engine,
) -> DocReport {
    match analyse_one(client, path, name, timeout).await {
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
                    .find(|c| c.document == name)
                    .map(|c| matrix::score(c, &rows)),
                ..DocReport::failed(name, "completed", None)
            }
        }
        Ok(status) => DocReport::failed(name, "failed", Some(failure(&status))),
        Err(e) => DocReport::failed(name, "failed", Some(format!("{e:#}"))),
    }
}

/// The figures of each part of the split (when there is one) and of each language.
fn parts_and_languages(
    documents: &[DocReport],
    has_split: bool,
) -> (BTreeMap<String, PartFigures>, BTreeMap<String, PartFigures>) {
    let mut parts = BTreeMap::new();
    if has_split {
        for part in split::PARTS {
            parts.insert(
                part.to_owned(),
                part_figures(documents, |d| d.part.as_deref() == Some(part)),
            );
        }
    }
    let mut languages = BTreeMap::new();
    for language in documents.iter().filter_map(|d| d.language.clone()) {
        if let std::collections::btree_map::Entry::Vacant(e) = languages.entry(language) {
            let figures = part_figures(documents, |d| d.language.as_deref() == Some(e.key()));
            e.insert(figures);
        }
    }
    (parts, languages)
}

/// The compliance matrix summed over the hand-counted documents: `all`, and each part.
fn matrix_totals(documents: &[DocReport]) -> BTreeMap<String, MatrixScore> {
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
    matrix_totals
}

/// Prints the report, writes it to `--out`, and says whether it met `--min-accuracy`.
fn publish(report: &Report, o: &Options) -> anyhow::Result<bool> {
    print!("{}", render(report));
    if let Some(out) = &o.out {
        std::fs::write(out, serde_json::to_string_pretty(report)?)
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
