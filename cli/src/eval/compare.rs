//! `rfp eval --compare A B`: two reports read back (and checked), and what got
//! better and what got worse from A to B.

use std::collections::BTreeMap;
use std::path::Path;

use anyhow::{Context, bail};

use super::inputs::{check_document_name, safe_name};
use super::render::mark;
use super::{DocReport, FieldFigures, REPORT_FORMAT};
use crate::score::FIELDS;

use super::Report;

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

/// What got better and what got worse from report `a` to report `b`; with `blind`,
/// the lists leave the held-out part's documents out (the fields' figures stay).
pub fn compare(a: &Report, b: &Report, blind: bool) -> String {
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
    let held_out = |d: &DocReport| d.part.as_deref() == Some(super::HELD_OUT);
    for d in b.documents.iter().filter(|d| !(blind && held_out(d))) {
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

pub fn run_compare(a: &Path, b: &Path, blind: bool) -> anyhow::Result<()> {
    let (a, b) = (read_report(a)?, read_report(b)?);
    print!("{}", compare(&a, &b, blind));
    Ok(())
}
