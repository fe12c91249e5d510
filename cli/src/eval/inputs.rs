//! What a run reads before it sends anything: the labelled set (checked), the split,
//! the hand counts of the matrix, and where each labelled document is.

use std::path::{Path, PathBuf};

use anyhow::{Context, bail};

use crate::score::matrix::MatrixCount;
use crate::score::{self, BundleLabel, LABELS_FORMAT, LabelSet};

use super::split;

/// What one run measures, read and checked before anything is sent.
pub(super) struct Inputs {
    pub(super) set: LabelSet,
    pub(super) split: Option<split::Split>,
    pub(super) counts: Vec<MatrixCount>,
}

pub(super) fn read_inputs(labels: &Path) -> anyhow::Result<Inputs> {
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

pub(super) fn content_type(name: &str) -> &'static str {
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
pub(super) fn check_bundle(bundle: &BundleLabel) -> anyhow::Result<()> {
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
pub(super) fn check_document_name(name: &str) -> anyhow::Result<()> {
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
pub(super) fn safe_name(name: &str) -> String {
    name.chars().filter(|c| !c.is_control()).take(200).collect()
}

/// Where a labelled document is: under `docs`, also once symbolic links are
/// followed. `None` when it is not there.
pub(super) fn document_path(docs: &Path, name: &str) -> anyhow::Result<Option<PathBuf>> {
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
