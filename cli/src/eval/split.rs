//! What `rfp eval` reads beside the labels: the fixed held-out split
//! (`split.json`, format `rfp-eval-split/1`) and the compliance-matrix hand counts
//! (`matrix/*.json`, format `rfp-eval-matrix/1`). Both are optional, so a labelled set
//! written for one test needs neither.
//!
//! The split is written down, not computed here: its rule (the SHA-256 of each call's
//! name, see `eval/split.json` and docs/eval.md) reads only file names, and keeping the
//! outcome in a file means a reader sees which documents are held out without running
//! anything, and a changed rule shows up in review.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use anyhow::{Context, bail};
use serde::Deserialize;

use crate::score::matrix::MatrixCount;

/// The split format this version reads.
pub const SPLIT_FORMAT: &str = "rfp-eval-split/1";

/// The two parts.
pub const PARTS: [&str; 2] = ["tuned", "held_out"];

#[derive(Debug, Deserialize)]
struct SplitFile {
    format: String,
    groups: Vec<Group>,
}

#[derive(Debug, Deserialize)]
struct Group {
    part: String,
    documents: Vec<String>,
}

/// Which part each document is in.
pub type Split = BTreeMap<String, String>;

/// The split beside `labels` (`split.json` in the same folder), when there is one.
pub fn read_split(labels: &Path) -> anyhow::Result<Option<(PathBuf, Split)>> {
    let path = labels.with_file_name("split.json");
    if !path.is_file() {
        return Ok(None);
    }
    let text = std::fs::read_to_string(&path)
        .with_context(|| format!("cannot read the split {}", path.display()))?;
    let file: SplitFile = serde_json::from_str(&text)
        .with_context(|| format!("{} is not a split", path.display()))?;
    if file.format != SPLIT_FORMAT {
        bail!("{} is not in format {SPLIT_FORMAT:?}", path.display());
    }
    let mut split = Split::new();
    for g in file.groups {
        if !PARTS.contains(&g.part.as_str()) {
            bail!("{}: a group in part {:?}", path.display(), g.part);
        }
        for d in g.documents {
            if split.insert(d.clone(), g.part.clone()).is_some() {
                bail!("{}: {d} is in two groups", path.display());
            }
        }
    }
    Ok(Some((path, split)))
}

/// The hand counts beside `labels` (`matrix/*.json`), sorted by document, each
/// checked, and in the part the split gives its document.
pub fn read_matrix_counts(
    labels: &Path,
    split: Option<&Split>,
) -> anyhow::Result<Vec<MatrixCount>> {
    let dir = labels.with_file_name("matrix");
    if !dir.is_dir() {
        return Ok(Vec::new());
    }
    let mut counts = Vec::new();
    for entry in
        std::fs::read_dir(&dir).with_context(|| format!("cannot list {}", dir.display()))?
    {
        let path = entry?.path();
        if path.extension().and_then(|e| e.to_str()) != Some("json") {
            continue;
        }
        let text = std::fs::read_to_string(&path)
            .with_context(|| format!("cannot read {}", path.display()))?;
        let count: MatrixCount = serde_json::from_str(&text)
            .with_context(|| format!("{} is not a matrix hand count", path.display()))?;
        count
            .check()
            .map_err(|e| anyhow::anyhow!("{}: {e}", path.display()))?;
        if let (Some(split), Some(part)) = (split, &count.split)
            && split.get(&count.document) != Some(part)
        {
            bail!(
                "{} says {} is {part}, the split says {:?}",
                path.display(),
                count.document,
                split.get(&count.document)
            );
        }
        counts.push(count);
    }
    counts.sort_by(|a, b| a.document.cmp(&b.document));
    Ok(counts)
}
