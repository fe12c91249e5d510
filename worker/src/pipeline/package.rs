//! A tender package's job (issue 17): each document's text, kept per document hash
//! (an added amendment costs its own extraction only), then one analysis of the
//! whole package in which amendments and clarifications take precedence:
//!
//! - an engine that reads no instructions (the offline one) analyses each document
//!   alone and the analyses are merged by role and order (`crate::merge::merge`);
//! - a model is given every document in order under a header naming its file and
//!   role, with the precedence rule (`Prompt::for_package`).
//!
//! Either way every quote is then checked against the document it names, or named
//! after the document that has it (`quotes::check_package`).

use std::sync::Arc;

use serde_json::{Value, json};

use rfp_shared::domain::{DocumentRef, DocumentRole, JobMessage, Stage};
use rfp_shared::failure::FailureCode;
use rfp_shared::ports::DocumentHint;
use rfp_shared::telemetry::error_chain;

use super::meta::{self, DocumentMeta};
use super::{Failure, Stop, Worker, round2, stages, text};
use crate::merge::Analysed;
use crate::quotes::{Document, Source};

/// A document's text, page by page, and what it says about itself.
type Pages = Arc<Vec<String>>;
type Hints = Arc<Vec<DocumentHint>>;

/// Documents of one job extracted at once; each extraction is a sandboxed process
/// within the `RFP_EXTRACT_*` limits, and the worker's job slots bound the jobs.
const PARALLEL_EXTRACTIONS: usize = 2;

impl Worker {
    pub(super) async fn run_package(
        &self,
        msg: &JobMessage,
        attempt: u32,
        documents: Vec<DocumentRef>,
    ) -> Result<Value, Stop> {
        let (texts, extract_ms) = self.package_texts(msg, &documents).await?;
        metrics::histogram!("rfp_stage_duration_seconds", "stage" => "extract")
            .record(extract_ms / 1000.0);
        let mut per_document = Vec::with_capacity(documents.len());
        let mut pages = Vec::with_capacity(documents.len());
        let mut hints = Vec::with_capacity(documents.len());
        for (d, t) in documents.iter().zip(texts) {
            per_document.push(DocumentMeta {
                id: d.id().to_owned(),
                filename: d.filename.clone(),
                role: d.role,
                sha256: d.sha256.clone(),
                pages: t.extracted.pages.len(),
                text_chars: t.extracted.pages.iter().map(|p| p.chars().count()).sum(),
                extract_ms: round2(t.extract_ms),
                text_cache: t.cache,
                text_truncated: t.extracted.truncated,
                ocr: t.ocr.map(|r| r.engine),
            });
            pages.push(Arc::new(t.extracted.pages));
            hints.push(Arc::new(t.extracted.hints));
        }

        let prompt = self
            .staged(msg, Stage::Prompting, self.prompts.get(self.store.as_ref()))
            .await?
            .map_err(|e| Failure::transient(FailureCode::StoreUnavailable, error_chain(&e)))?;
        let schema = crate::model::schema::for_prompt(prompt.is_builtin(), &prompt.output_format);

        let (mut analysis, answer) = self
            .analyse_package(msg, &prompt, &schema, &documents, (&pages, &hints))
            .await?;

        let sources: Vec<Source> = documents
            .iter()
            .zip(&pages)
            .map(|(d, p)| Source {
                id: d.id().to_owned(),
                filename: d.label().to_owned(),
                document: Document::new(p),
            })
            .collect();
        let all_pages: Vec<String> = pages.iter().flat_map(|p| p.iter().cloned()).collect();
        let matrix = self.matrix_of(&prompt);
        let checked = stages::checked(&mut analysis, &schema, &all_pages, matrix, Some(&sources))?;
        let object = analysis
            .as_object_mut()
            .expect("the schema requires an object");
        object
            .entry("engine")
            .or_insert_with(|| json!(answer.engine));
        object.entry("changes").or_insert_with(|| json!([]));
        object.entry("conflicts").or_insert_with(|| json!([]));
        let package_sha256 = msg_package_sha256(&documents);
        let text = meta::TextFacts {
            extract_ms,
            text_cache: None,
            ocr: None,
            pages: all_pages.len(),
            text_chars: per_document.iter().map(|d| d.text_chars).sum(),
            text_truncated: per_document.iter().any(|d| d.text_truncated),
            documents: Some(&per_document),
            document_sha256: &package_sha256,
        };
        let meta = meta::ResultMeta::new(
            msg.job_id, &answer, &prompt, &checked, text, attempt, &self.id,
        );
        object.insert(
            "meta".into(),
            serde_json::to_value(&meta).expect("the meta serialises"),
        );
        Ok(analysis)
    }

    /// Every document's text, read two at a time, within the package's text bound,
    /// with the extractions' total time.
    async fn package_texts(
        &self,
        msg: &JobMessage,
        documents: &[DocumentRef],
    ) -> Result<(Vec<text::Text>, f64), Stop> {
        // The whole package within one document's text bound: read in the order the
        // bound keeps texts, each cut to what is left of it as it arrives, so a job
        // holds at most the bound and one batch of texts, whatever the package.
        let mut bound = TextBound {
            left: self.config.extract.max_chars,
        };
        let mut read: Vec<Option<text::Text>> = documents.iter().map(|_| None).collect();
        let mut cut = 0;
        let roles: Vec<DocumentRole> = documents.iter().map(|d| d.role).collect();
        for batch in keep_order(&roles).chunks(PARALLEL_EXTRACTIONS) {
            let texts = batch.iter().map(|&i| self.package_text(msg, &documents[i]));
            let texts = futures::future::try_join_all(texts).await?;
            for (&i, mut t) in batch.iter().zip(texts) {
                cut += usize::from(bound.cut(&mut t.extracted));
                read[i] = Some(t);
            }
        }
        let texts: Vec<text::Text> = read
            .into_iter()
            .map(|t| t.expect("every document of the package was read"))
            .collect();
        let extract_ms: f64 = texts.iter().map(|t| t.extract_ms).sum();
        if cut > 0 {
            tracing::warn!(
                documents_cut = cut,
                max_chars = self.config.extract.max_chars,
                "The package has more text than RFP_MAX_TEXT_CHARS; its annexes' and then the main document's ends are left out."
            );
        }
        Ok((texts, extract_ms))
    }

    /// The model's answer for the package: each document analysed alone and the
    /// analyses merged by precedence (a model that reads no instructions), or the
    /// documents given whole, in order, under headers naming their file and role.
    async fn analyse_package(
        &self,
        msg: &JobMessage,
        prompt: &crate::prompt::Prompt,
        schema: &Arc<Value>,
        documents: &[DocumentRef],
        (pages, hints): (&[Pages], &[Hints]),
    ) -> Result<(Value, rfp_shared::ports::ModelAnswer), Stop> {
        Ok(if self.model.reads_packages_per_document() {
            let mut analysed = Vec::with_capacity(documents.len());
            let mut last = None;
            let (mut calls, mut latency_ms) = (0, 0.0);
            for (i, ((d, doc_pages), doc_hints)) in
                documents.iter().zip(pages).zip(hints).enumerate()
            {
                let text = (doc_pages, doc_hints);
                let mut answer = self.analyse(msg, prompt, schema, text, i > 0).await?;
                calls += answer.calls;
                latency_ms += answer.latency_ms;
                analysed.push(Analysed {
                    id: d.id().to_owned(),
                    filename: d.label().to_owned(),
                    role: d.role,
                    issued_on: d.issued_on,
                    analysis: std::mem::take(&mut answer.analysis),
                });
                last = Some(answer);
            }
            let mut answer = last.expect("a package has documents");
            answer.calls = calls;
            answer.latency_ms = latency_ms;
            (crate::merge::merge(analysed), answer)
        } else {
            let of = documents.len();
            let whole: Vec<String> = documents
                .iter()
                .zip(pages)
                .enumerate()
                .flat_map(|(i, (d, doc_pages))| {
                    let header = crate::prompt::package_header(i + 1, of, d);
                    doc_pages.iter().enumerate().map(move |(n, page)| match n {
                        0 => format!("{header}\n\n{page}"),
                        _ => page.clone(),
                    })
                })
                .collect();
            // A package read whole has one text and no one document's hints.
            let text = (&Arc::new(whole), &Arc::new(Vec::new()));
            let mut answer = self
                .analyse(msg, &prompt.for_package(), schema, text, false)
                .await?;
            (std::mem::take(&mut answer.analysis), answer)
        })
    }
}

/// The order in which a package's texts are kept within the text bound: the
/// amendments and clarifications first (they are short, and they are what changes
/// the facts), then the main document, then the annexes.
fn keep_order(roles: &[DocumentRole]) -> Vec<usize> {
    let rank = |r: DocumentRole| match r {
        DocumentRole::Amendment | DocumentRole::Clarification => 0,
        DocumentRole::Rfp => 1,
        DocumentRole::Annex => 2,
    };
    let mut order: Vec<usize> = (0..roles.len()).collect();
    order.sort_by_key(|&i| rank(roles[i]));
    order
}

/// What is left of a package's text bound (`RFP_MAX_TEXT_CHARS` for all of it).
struct TextBound {
    left: usize,
}

impl TextBound {
    /// Keeps what of `t` fits in what is left: whole, or its first pages with the
    /// last one cut (then `truncated`, and `true` is returned).
    fn cut(&mut self, t: &mut crate::extract::Extracted) -> bool {
        let total: usize = t.pages.iter().map(|p| p.chars().count()).sum();
        if total <= self.left {
            self.left -= total;
            return false;
        }
        let mut kept = Vec::new();
        for page in std::mem::take(&mut t.pages) {
            if self.left == 0 {
                break;
            }
            let chars = page.chars().count();
            if chars <= self.left {
                self.left -= chars;
                kept.push(page);
            } else {
                kept.push(rfp_shared::domain::cap_chars(&page, self.left).to_owned());
                self.left = 0;
            }
        }
        t.pages = kept;
        t.truncated = true;
        true
    }
}

/// The package's identity, from its documents in order.
fn msg_package_sha256(documents: &[DocumentRef]) -> String {
    rfp_shared::domain::package_sha256(documents.first(), &documents[1..]).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::{DocumentKind, Extracted};

    fn text(pages: &[&str]) -> text::Text {
        text::Text {
            extracted: Extracted {
                kind: DocumentKind::Text,
                truncated: false,
                pages: pages.iter().map(|p| (*p).to_owned()).collect(),
                hints: Vec::new(),
            },
            extract_ms: 0.0,
            cache: None,
            ocr: None,
        }
    }

    /// As `run_package` applies the bound: in keeping order, one text at a time.
    fn fit(texts: &mut [text::Text], roles: &[DocumentRole], max_chars: usize) -> usize {
        let mut bound = TextBound { left: max_chars };
        keep_order(roles)
            .into_iter()
            .filter(|&i| bound.cut(&mut texts[i].extracted))
            .count()
    }

    #[test]
    fn a_package_over_the_text_bound_keeps_its_amendments_then_its_main_document() {
        use DocumentRole::*;
        let mut texts = vec![text(&["aaaa", "aaaa"]), text(&["xxxxxx"]), text(&["zz"])];
        let cut = fit(&mut texts, &[Rfp, Annex, Amendment], 7);
        assert_eq!(cut, 2);
        assert_eq!(texts[2].extracted.pages, ["zz"]);
        assert_eq!(texts[0].extracted.pages, ["aaaa", "a"]);
        assert!(texts[0].extracted.truncated);
        assert_eq!(texts[1].extracted.pages, Vec::<String>::new());
        let mut small = vec![text(&["ab"]), text(&["cd"])];
        assert_eq!(fit(&mut small, &[Rfp, Annex], 4), 0);
        assert!(!small[1].extracted.truncated);
    }
}
