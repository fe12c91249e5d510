//! `rfp-engine`: the offline extractive analyzer, the default model of the embedded
//! backend, as a pure library: pages in, analysis out (`rfp_worker::model::extractive`
//! puts it behind the service's `Model` port).
//!
//! It makes no network call and no LLM call and is deterministic: the same text
//! always gives the same analysis. It reads the document line by line (and paragraph
//! by paragraph, for facts that wrap), keeps track of the section heading each line
//! stands under, and fills the analysis schema with named fact extractors:
//!
//! - [`text`]: lines, headings, paragraphs, sentences and verbatim quotes;
//! - [`dates`]: dates in six languages and every common notation, what each is for,
//!   and the submission deadline;
//! - [`money`]: amounts and currencies, the budget, the call-wide total, the traps;
//! - [`names`]: the title (the subject of the call) and the issuer;
//! - [`topics`]: eligibility, requirements, criteria, sections, submission, contacts,
//!   scope, and the semantic query.
//!
//! Every extracted value carries the quote it came from, a verbatim piece of the
//! document, so a reader can check it. Where the evidence is weak it leaves the field
//! empty and says why in `extracted_data.notes`: a wrong deadline or a fee shown as
//! the budget costs a proposal writer far more than an empty field.

mod dates;
mod money;
mod names;
pub mod requirements;

pub use requirements::CATEGORIES as REQUIREMENT_CATEGORIES;
mod text;
mod topics;

use serde_json::{Value, json};

/// The engine name results and meta record for this engine.
pub const ENGINE: &str = "extractive";
/// The analyzer's version, recorded as the model id of its results.
pub const MODEL_ID: &str = "extractive-v2";

/// The analysis was stopped before it ended (its job's budget spent, or the worker
/// stopping).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Stopped;

/// When an analysis must stop: a flag its caller sets, looked at every line and every
/// few hundred matches within a line, so a stop takes effect within milliseconds.
#[derive(Debug, Clone, Default)]
pub struct Budget {
    cancelled: std::sync::Arc<std::sync::atomic::AtomicBool>,
}

impl Budget {
    pub fn cancel(&self) {
        self.cancelled
            .store(true, std::sync::atomic::Ordering::Relaxed);
    }

    /// A guard that cancels the analysis when dropped.
    pub fn cancel_on_drop(&self) -> impl Drop + use<> {
        struct Guard(Budget);
        impl Drop for Guard {
            fn drop(&mut self) {
                self.0.cancel();
            }
        }
        Guard(self.clone())
    }

    fn check(&self) -> Result<(), Stopped> {
        if self.cancelled.load(std::sync::atomic::Ordering::Relaxed) {
            Err(Stopped)
        } else {
            Ok(())
        }
    }
}

/// Longest value the analyzer writes (a title, an item's text), in characters: a
/// document made of one enormous line must not make an enormous result.
pub const MAX_VALUE_CHARS: usize = 500;
/// At most this many dated entries and amounts are collected from one document.
const MAX_DATES: usize = 60;
const MAX_AMOUNTS: usize = 200;

/// `text` cut to at most `max` characters, at a character boundary (so a piece of a
/// document stays a verbatim piece of it). The same as `rfp_shared::domain::cap_chars`,
/// which the engine cannot borrow without building the service's dependencies.
pub fn cap_chars(text: &str, max: usize) -> &str {
    match text.char_indices().nth(max) {
        Some((at, _)) => &text[..at],
        None => text,
    }
}

/// `text`'s first `max` bytes at most, cut at a character boundary.
fn cap_bytes(text: &str, max: usize) -> &str {
    &text[..text.floor_char_boundary(max)]
}

/// Analyses `text`; the result has `summary`, `extracted_data` and `engine`.
pub fn analyze(text: &str) -> Value {
    analyze_pages(&[text], &Budget::default()).expect("an analysis nobody cancels ends")
}

/// Analyses a document's pages until `limit` says stop. Its time is linear in the
/// text: every pattern runs over each line or paragraph once, and each match looks at
/// a bounded window around it. Every value it writes is bounded too
/// ([`MAX_VALUE_CHARS`], lists of a few dozen entries), whatever the document.
pub fn analyze_pages<S: AsRef<str>>(pages: &[S], limit: &Budget) -> Result<Value, Stopped> {
    let lines = text::lines(pages, limit)?;
    let blocks = text::blocks(&lines, limit)?;
    let language = text::language(lines.iter().take(3000).map(|l| l.text));
    let mut notes: Vec<String> = Vec::new();

    // Dated entries and the submission deadline.
    let convention =
        dates::convention(blocks.iter().take(2000).map(|b| &*b.text), language == "en");
    let entries = dates::dated_entries(&blocks, convention, MAX_DATES, limit)?;
    let chosen = dates::submission_deadline(&entries).cloned().map(|mut c| {
        // The deadline's time may be written where the same date is said again
        // ("31 March 2011" on the cover, "by 31 March 2011 at 5 p.m." inside).
        if c.time.is_none() {
            c.time = entries
                .iter()
                .filter(|d| d.kind == Some(dates::Kind::Submission) && d.iso == c.iso)
                .find_map(|d| d.time.clone());
        }
        c
    });
    let chosen = chosen.as_ref();
    let mut deadlines = Vec::new();
    // The submission deadline comes first, with its time.
    if let Some(c) = chosen {
        deadlines.push(c.to_json("submission"));
    }
    let mut seen = std::collections::HashSet::new();
    if let Some(c) = chosen {
        seen.insert((c.iso.clone(), "submission"));
    }
    for d in entries.iter() {
        let kind = match d.kind {
            Some(dates::Kind::Submission) if chosen.is_some_and(|c| c.order == d.order) => {
                "submission"
            }
            Some(dates::Kind::Submission) if d.superseded => "superseded_submission",
            Some(dates::Kind::Submission) if d.score >= 3 => "submission",
            Some(dates::Kind::Submission) => "other",
            Some(k) => k.name(),
            None => continue,
        };
        if seen.insert((d.iso.clone(), kind)) {
            deadlines.push(d.to_json(kind));
        }
    }
    if chosen.is_none() {
        notes.push(if entries.iter().any(|d| d.kind == Some(dates::Kind::Submission)) {
            "No submission deadline: the dates near closing words are not clearly the deadline for submissions.".to_owned()
        } else {
            "No submission deadline: no date in the document stands beside a closing cue (deadline, due, no later than, date limite, fecha límite, prazo, scadenza, Frist).".to_owned()
        });
    }

    // Money and the budget.
    let judged = money::judged_amounts(&blocks, MAX_AMOUNTS, limit)?;
    let (budget, budget_range) = money::budget(&judged);
    if budget["max"].is_null() && budget.get("total").is_none() {
        notes.push(if judged.iter().any(|j| j.trap.is_some()) {
            "No budget: the amounts in the document are fees, guarantees, rates, examples or the issuer's own figures, not money for the work.".to_owned()
        } else {
            "No budget: no amount is stated as a ceiling, range or value for the work.".to_owned()
        });
    }

    // Title and issuer.
    let title = names::title(&lines);
    let issuer = names::issuer(&lines);

    let rest = topics::rest(&lines, limit)?;
    let (requirements, requirements_left_out) = requirements::requirements(&blocks, &lines, limit)?;
    if requirements_left_out > 0 {
        notes.push(format!(
            "The compliance matrix lists the first {} requirements; {requirements_left_out} more were left out.",
            requirements::MAX_REQUIREMENTS
        ));
    }
    let semantic_query = topics::semantic_query(
        [&title, &issuer, &rest.key_focus]
            .into_iter()
            .flatten()
            .filter_map(|v| v["value"].as_str())
            .chain(
                [
                    &rest.beneficiaries,
                    &rest.geographic,
                    &rest.deliverables,
                    &rest.eligibility,
                ]
                .into_iter()
                .flat_map(|list| list.iter().take(4))
                .filter_map(|v| v["text"].as_str()),
            ),
        lines
            .iter()
            .filter(|l| !l.is_heading)
            .flat_map(|l| text::sentences(l.text)),
    );

    let summary = json!({
        "title": title.as_ref().map(|t| t["value"].clone()),
        "donor": issuer.as_ref().map(|i| i["value"].clone()),
        "deadline": chosen.map(|d| d.iso.clone()),
        "budget_range": budget_range,
        "key_focus": rest.key_focus.as_ref().map(|k| k["value"].clone()),
    });
    Ok(json!({
        "summary": summary,
        "extracted_data": {
            "title": title,
            "issuer": issuer,
            "language": language,
            "key_focus": rest.key_focus,
            "deadlines": deadlines,
            "budget": budget,
            "eligibility": rest.eligibility,
            "evaluation_criteria": rest.criteria,
            "required_sections": rest.sections,
            "submission": rest.submission,
            "contacts": rest.contacts,
            "geographic_scope": rest.geographic,
            "target_beneficiaries": rest.beneficiaries,
            "deliverables": rest.deliverables,
            "mandatory_requirements": rest.mandatory,
            "requirements": requirements,
            "notes": notes,
        },
        "semantic_query": semantic_query,
        "engine": ENGINE,
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    const SAMPLE: &str = include_str!("../../worker/fixtures/sample-rfp.md");

    #[test]
    fn page_footers_and_exclusion_penalties_are_not_evaluation_criteria() {
        let text = "# Call for Proposals 2027\n\n## 5. Exclusion criteria\n\nApplicants making false declarations may also receive financial penalties representing 2% to 10% of the grant.\n\n## 7. Award criteria\n\n| Criterion | Points |\n|---|---|\n| Relevance of the action | 30 |\n| Quality of the methodology | 40 points |\n\n33 | P a ge Version 2 TMR September 21, 2018\n\nPage 4 of 12 — scored out of 100 points\n\n| Value for money | 30 |\n";
        let a = analyze(text);
        let names: Vec<&str> = a["extracted_data"]["evaluation_criteria"]
            .as_array()
            .unwrap()
            .iter()
            .map(|c| c["criterion"].as_str().unwrap())
            .collect();
        assert_eq!(
            names,
            [
                "Relevance of the action",
                "Quality of the methodology",
                "Value for money"
            ]
        );
    }

    #[test]
    fn a_list_items_explanations_do_not_inherit_the_lead_ins_modality() {
        let text = "# Request for Quotation\n\n## 7. Technical quotation\n\nThe technical quotation shall include the following:\n\na. Cover Page. The cover page is not counted in the page limit.\nb. Staffing Plan. Refer to Section 5.7 for the estimated level of effort.\n\nOfferors must submit a separate price quotation. **The price quotation must be received by the due date.**\n";
        let a = analyze(text);
        let texts: Vec<&str> = a["extracted_data"]["requirements"]
            .as_array()
            .unwrap()
            .iter()
            .map(|r| r["text"].as_str().unwrap())
            .collect();
        assert_eq!(
            texts,
            [
                "The technical quotation shall include the following",
                "Cover Page.",
                "Staffing Plan.",
                "Offerors must submit a separate price quotation.",
                "The price quotation must be received by the due date.",
            ]
        );
    }

    #[test]
    fn the_sample_rfps_compliance_matrix_holds_every_binding_statement_and_no_other() {
        let a = analyze(SAMPLE);
        let rows = a["extracted_data"]["requirements"].as_array().unwrap();
        // (start of the statement, modality, mandatory, category, section); written
        // from the fixture by hand.
        let want: &[(&str, &str, bool, &str, &str)] = &[
            ("Rural households", "", false, "", ""),
            (
                "Projects should reach people",
                "should",
                false,
                "technical",
                "1. Background and Purpose",
            ),
            (
                "Applicants must contribute co-financing",
                "must",
                true,
                "financial",
                "2. Budget and Funding",
            ),
            (
                "Projects must take place",
                "must",
                true,
                "technical",
                "3. Geographic Scope",
            ),
            (
                "Activities in the regional capital are not eligible",
                "required",
                true,
                "eligibility",
                "3. Geographic Scope",
            ),
            (
                "Applicants must be non-profit organisations",
                "must",
                true,
                "eligibility",
                "4. Eligibility",
            ),
            (
                "Consortia of up to four partners are eligible; the lead applicant must meet",
                "must",
                true,
                "eligibility",
                "4. Eligibility",
            ),
            (
                "For-profit companies are not eligible",
                "required",
                true,
                "eligibility",
                "4. Eligibility",
            ),
            (
                "Each organisation may submit only one proposal",
                "must",
                true,
                "submission",
                "4. Eligibility",
            ),
            (
                "Proposals received after the submission deadline will not be considered",
                "will",
                true,
                "submission",
                "5. Important Dates",
            ),
            (
                "Proposals must be written in English and must not exceed 15 pages",
                "must",
                true,
                "format",
                "6. Proposal Format and Required Sections",
            ),
            (
                "The proposal must contain the following sections",
                "must",
                true,
                "format",
                "6. Proposal Format and Required Sections",
            ),
            (
                "Executive summary (maximum 1 page)",
                "must",
                true,
                "format",
                "6. Proposal Format and Required Sections",
            ),
            (
                "Sustainability plan",
                "must",
                true,
                "format",
                "6. Proposal Format and Required Sections",
            ),
            (
                "Proposals scoring below 60 points will not be funded",
                "will",
                true,
                "evaluation",
                "7. Evaluation Criteria",
            ),
            (
                "Proposals must be submitted electronically",
                "must",
                true,
                "submission",
                "9. Submission",
            ),
            (
                "Proposals sent by email or post will not be accepted",
                "will",
                true,
                "submission",
                "9. Submission",
            ),
            (
                "Questions about this call may be sent",
                "may",
                false,
                "submission",
                "10. Contact",
            ),
        ];
        let find = |start: &str| {
            rows.iter()
                .find(|r| r["text"].as_str().unwrap().starts_with(start))
        };
        for (start, modality, mandatory, category, section) in want {
            if modality.is_empty() {
                assert!(find(start).is_none(), "{start}: not a requirement");
                continue;
            }
            let row = find(start).unwrap_or_else(|| panic!("missing: {start}\n{rows:#?}"));
            assert_eq!(row["modality"], *modality, "{start}");
            assert_eq!(row["mandatory"], *mandatory, "{start}");
            assert_eq!(row["category"], *category, "{start}");
            assert_eq!(row["section"], *section, "{start}");
            assert_eq!(row["page"], 1, "{start}");
            assert!(
                SAMPLE.contains(row["quote"].as_str().unwrap()),
                "{start}: quote verbatim"
            );
        }
        // The seven required sections, the list items of the lead-in.
        let sections = rows
            .iter()
            .filter(|r| r["section"] == "6. Proposal Format and Required Sections")
            .count();
        assert_eq!(sections, 2 + 7, "{rows:#?}");
        // Nothing else: no heading, no will-statement of the issuer, no deliverable.
        assert_eq!(rows.len(), want.len() - 1 + 5, "{rows:#?}");
        for r in rows {
            let text = r["text"].as_str().unwrap();
            assert!(
                !text.starts_with('#') && !text.contains("Answers to all questions"),
                "{text}"
            );
            assert!(REQUIREMENT_CATEGORIES.contains(&r["category"].as_str().unwrap()));
        }
        // Stable: the same text gives the same ids.
        let again = analyze(SAMPLE);
        assert_eq!(
            again["extracted_data"]["requirements"],
            a["extracted_data"]["requirements"]
        );
    }

    #[test]
    fn the_sample_rfp_yields_its_key_facts() {
        let a = analyze(SAMPLE);
        let s = &a["summary"];
        assert_eq!(
            s["title"], "Rural Digital Skills Programme 2027",
            "the subject of the call, not its kind"
        );
        assert_eq!(
            s["donor"],
            "Northern Valleys Regional Development Agency (NVRDA)"
        );
        assert_eq!(s["deadline"], "2027-03-15");
        assert_eq!(s["budget_range"], "EUR 50,000 – 250,000");
        assert_eq!(a["engine"], "extractive");

        let d = &a["extracted_data"];
        let submission = d["deadlines"]
            .as_array()
            .unwrap()
            .iter()
            .find(|d| d["what"] == "submission")
            .unwrap();
        assert_eq!(
            (
                submission["time"].as_str(),
                submission["time_zone"].as_str()
            ),
            (Some("17:00"), Some("CET"))
        );
        assert!(
            d["deadlines"]
                .as_array()
                .unwrap()
                .iter()
                .any(|d| d["what"] == "questions" && d["date"] == "2027-02-20")
        );
        assert_eq!(
            (d["budget"]["min"].as_i64(), d["budget"]["max"].as_i64()),
            (Some(50_000), Some(250_000))
        );
        assert_eq!(d["budget"]["total"]["amount"].as_i64(), Some(1_200_000));

        let criteria: Vec<(String, i64)> = d["evaluation_criteria"]
            .as_array()
            .unwrap()
            .iter()
            .map(|c| {
                (
                    c["criterion"].as_str().unwrap().to_owned(),
                    c["points"].as_i64().unwrap(),
                )
            })
            .collect();
        assert_eq!(criteria.len(), 5, "{criteria:?}");
        assert_eq!(criteria.iter().map(|c| c.1).sum::<i64>(), 100);
        assert_eq!(
            criteria[1],
            ("Quality of the project design and work plan".to_owned(), 30)
        );

        let sections: Vec<&str> = d["required_sections"]
            .as_array()
            .unwrap()
            .iter()
            .map(|s| s["name"].as_str().unwrap())
            .collect();
        assert_eq!(sections.len(), 7, "{sections:?}");
        assert_eq!(d["required_sections"][0]["page_limit"], 1);
        assert_eq!(d["submission"]["method"], "online portal");
        assert_eq!(d["submission"]["page_limit"], 15);
        assert_eq!(d["submission"]["language"], "English");
        assert_eq!(
            d["contacts"][0]["email"],
            "digital-skills@nvrda.example.org"
        );
        assert_eq!(d["contacts"][0]["phone"], "+44 1632 960 418");
        assert!(d["eligibility"].as_array().unwrap().iter().any(|e| {
            e["text"]
                .as_str()
                .unwrap()
                .starts_with("Applicants must be non-profit")
        }));
        assert!(
            d["geographic_scope"]
                .as_array()
                .unwrap()
                .iter()
                .any(|g| g["text"].as_str().unwrap().contains("Dunmore Fells"))
        );
    }

    #[test]
    fn the_same_text_always_gives_the_same_analysis() {
        assert_eq!(analyze(SAMPLE), analyze(SAMPLE));
    }

    #[test]
    fn nothing_is_invented_for_a_text_without_facts() {
        let a = analyze("Minutes of the garden committee.\nWe discussed roses and the weather.");
        assert_eq!(a["summary"]["deadline"], Value::Null);
        assert_eq!(a["summary"]["budget_range"], Value::Null);
        let d = &a["extracted_data"];
        for key in [
            "deadlines",
            "evaluation_criteria",
            "contacts",
            "required_sections",
        ] {
            assert_eq!(d[key], json!([]), "{key}");
        }
    }
}

#[cfg(test)]
mod hostile {
    use super::*;

    /// One line of `bytes` bytes, dense in what the patterns look for: dates, times,
    /// amounts, addresses, sentence ends, list marks.
    pub(crate) fn one_line(bytes: usize) -> String {
        let unit = "Proposals must be submitted by 15 March 2027 at 17:00 CET to bids@agency.example.org (tel +1 555 0100 2000); the budget is up to EUR 250,000 per award, e.g. the ceiling. ";
        let mut s = String::with_capacity(bytes + unit.len());
        while s.len() < bytes {
            s.push_str(unit);
        }
        s
    }

    #[test]
    fn a_long_single_line_is_read_in_linear_time_with_a_bounded_result() {
        for size in [64 * 1024, 512 * 1024, 4 << 20] {
            let text = one_line(size);
            let started = std::time::Instant::now();
            let a = analyze(&text);
            let took = started.elapsed();
            let out = serde_json::to_string(&a).unwrap();
            eprintln!("{size} bytes: {took:?}, result {} bytes", out.len());
            assert!(out.len() < 256 * 1024, "a result of {} bytes", out.len());
        }
    }

    #[test]
    fn other_hostile_shapes_end_with_a_bounded_result() {
        let long_heading = format!(
            "# Call {}\n{}",
            "for proposals ".repeat(80_000),
            "Applications are due on 15 March 2027. Eligible applicants must apply.\n"
                .repeat(20_000)
        );
        let no_spaces = "9".repeat(2 << 20) + &"15/03/2027".repeat(100_000);
        let pipes = "| Criterion | 10 points |\n".repeat(100_000);
        // Hundreds of lines of distinct organisation-like names, each long.
        let names: String = (0..400)
            .map(|i| {
                let mut line = String::new();
                for j in 0..40 {
                    line.push_str(&format!("The Water Agency Number{i}x{j} (WA{i}X{j}) and "));
                }
                line.push_str(&"filler ".repeat(2_000));
                line.push('\n');
                line
            })
            .collect();
        let emails = "a@b.example.org ".repeat(200_000);
        for (name, text) in [
            ("long heading", long_heading),
            ("no spaces", no_spaces),
            ("table rows", pipes),
            ("addresses", emails),
            ("organisation names", names),
        ] {
            let started = std::time::Instant::now();
            let a = analyze(&text);
            let out = serde_json::to_string(&a).unwrap();
            eprintln!(
                "{name}: {:?}, result {} bytes",
                started.elapsed(),
                out.len()
            );
            assert!(
                out.len() < 256 * 1024,
                "{name}: a result of {} bytes",
                out.len()
            );
        }
    }

    #[test]
    fn a_cancelled_analysis_stops() {
        let budget = Budget::default();
        budget.cancel();
        assert_eq!(analyze_pages(&[one_line(1 << 20)], &budget), Err(Stopped));
    }
}

/// Whole small documents in the shapes real RFPs use (written for these tests), each
/// checked for the facts a proposal writer needs first.
#[cfg(test)]
mod shapes {
    use super::*;

    fn deadline(text: &str) -> Option<String> {
        analyze(text)["summary"]["deadline"]
            .as_str()
            .map(str::to_owned)
    }

    #[test]
    fn the_submission_deadline_in_the_shapes_real_documents_use() {
        let cases: &[(&str, Option<&str>)] = &[
            (
                "Bids must reach the Procurement Unit no later than 17:00 East Africa Time on 15 March\n2027. Late bids will be rejected.",
                Some("2027-03-15"),
            ),
            (
                "Proposals are due Wednesday, October 15, 2025 at 3:30 PM Eastern.",
                Some("2025-10-15"),
            ),
            (
                "| Issue Date: | September 2, 2025 |\n| Bid Opening Date: | October 1, 2025 |",
                Some("2025-10-01"),
            ),
            (
                "Issue date\n\n2 September 2025\n\nBid Opening Date:\n\n1 October 2025",
                Some("2025-10-01"),
            ),
            (
                "Les candidatures sont ouvertes du 4 mai 2020 au 7 juin 2020 à 23h.",
                Some("2020-06-07"),
            ),
            (
                "Fecha límite de presentación de ofertas: 12 de junio de 2026, a las 14:00 horas.",
                Some("2026-06-12"),
            ),
            (
                "O prazo para envio das propostas termina em 30 de abril de 2026.",
                Some("2026-04-30"),
            ),
            (
                "La scadenza per la presentazione delle domande è fissata al 15 luglio 2026.",
                Some("2026-07-15"),
            ),
            (
                "Die Angebotsfrist endet am 20. Mai 2026 um 12:00 Uhr.",
                Some("2026-05-20"),
            ),
            (
                "Las ofertas se presentarán hasta las 14:00 horas del día 15 de marzo de 2027.",
                Some("2027-03-15"),
            ),
            (
                "As propostas deverão ser entregues até 30 de abril de 2026.",
                Some("2026-04-30"),
            ),
            (
                "Le domande devono pervenire entro le ore 12:00 del 15 luglio 2026.",
                Some("2026-07-15"),
            ),
            (
                "Angebote sind bis zum 20. Mai 2026 einzureichen.",
                Some("2026-05-20"),
            ),
            (
                "Les dossiers doivent être déposés avant le 15 mars 2027 à 12h.",
                Some("2027-03-15"),
            ),
            (
                "Proposals must be received by 3:00 p.m. on Friday, March 15, 2027.",
                Some("2027-03-15"),
            ),
            (
                "Questions must be submitted by 1 March 2027. Proposals must be submitted by 15 March 2027.",
                Some("2027-03-15"),
            ),
            (
                "The deadline of 10 July 2026 has been extended to 24 July 2026.",
                Some("2026-07-24"),
            ),
            (
                "| Original deadline | July 10, 2026 |\n| Extended deadline | July 17, 2026 |",
                Some("2026-07-17"),
            ),
            (
                "A pre-bid meeting will be held on 3 June 2026. A site visit is scheduled for 5 June 2026.",
                None,
            ),
            (
                "This RFP was issued on 1 June 2026. The contract will start on 1 September 2026.",
                None,
            ),
            (
                "The assignment runs from July 1, 2026 to February 28, 2027.",
                None,
            ),
        ];
        for (text, want) in cases {
            assert_eq!(deadline(text).as_deref(), *want, "{text}");
        }
    }

    /// (min, max, total)
    type Figures = (Option<i64>, Option<i64>, Option<i64>);

    fn budget(text: &str) -> Figures {
        let b = &analyze(text)["extracted_data"]["budget"];
        (
            b["min"].as_i64(),
            b["max"].as_i64(),
            b["total"]["amount"].as_i64(),
        )
    }

    #[test]
    fn the_budget_is_the_money_for_the_work_and_never_a_trap() {
        let cases: &[(&str, Figures)] = &[
            (
                "A non-refundable bid processing fee of $25.00 must accompany each bid. The contract value shall not exceed $180,000.",
                (None, Some(180_000), None),
            ),
            (
                "The County's operating budget is $3.9 billion. Awards of up to $75,000 are available.",
                (None, Some(75_000), None),
            ),
            (
                "Example: if the lowest price is $40,000 and a proposal costs $50,000, it receives 32 points.",
                (None, None, None),
            ),
            (
                "The consultant will be paid a daily rate of USD 350 per day.",
                (None, None, None),
            ),
            (
                "Grants will range from EUR 20,000 to EUR 60,000 per project. The total envelope of the call is EUR 1,000,000.",
                (Some(20_000), Some(60_000), Some(1_000_000)),
            ),
            (
                "Le montant maximum de la subvention est de 50 000 euros par projet.",
                (None, Some(50_000), None),
            ),
            (
                "El presupuesto base de licitación asciende a 120.000,00 € (IVA excluido).",
                (None, Some(120_000), None),
            ),
            (
                "O valor máximo do apoio é de R$ 500 mil por projeto.",
                (None, Some(500_000), None),
            ),
            (
                "Il contributo massimo concedibile è pari a 150.000 euro.",
                (None, Some(150_000), None),
            ),
            (
                "Die Förderung beträgt bis zu 200.000 EUR je Vorhaben.",
                (None, Some(200_000), None),
            ),
            (
                "A bid security of KSh 100,000 and a performance bond of 10% are required. Insurance cover of USD 1,000,000 is mandatory.",
                (None, None, None),
            ),
        ];
        for (text, want) in cases {
            assert_eq!(budget(text), *want, "{text}");
        }
    }

    #[test]
    fn the_title_is_never_a_running_header_a_heading_or_a_code() {
        let doc = "Page 1 of 3\nM-BE 0% AND/OR W-BE 0%\nREQUEST FOR PROPOSAL\nJanitorial Services for County Office Buildings\n1. Background\nThe County of Example invites proposals.\n\u{c}Page 2 of 3\nM-BE 0% AND/OR W-BE 0%\nSecond page.\n\u{c}Page 3 of 3\nM-BE 0% AND/OR W-BE 0%\nThird page.";
        let pages: Vec<&str> = doc.split('\u{c}').collect();
        let a = analyze_pages(&pages, &Budget::default()).unwrap();
        assert_eq!(
            a["summary"]["title"],
            "Janitorial Services for County Office Buildings"
        );
    }

    #[test]
    fn the_issuer_is_never_a_url_an_address_or_a_label() {
        let doc = "https://www.example-water.org\nprocurement@example-water.org\nHead Office: 14 River Road, Kisumu\nTERMS OF REFERENCE\nBaseline Survey of Rural Water Points\nThe Lake Basin Water Authority (LBWA) invites qualified firms to submit proposals. LBWA manages water points in three counties.";
        let a = analyze(doc);
        assert_eq!(
            a["summary"]["donor"],
            "The Lake Basin Water Authority (LBWA)"
        );
        assert_eq!(
            a["summary"]["title"],
            "Baseline Survey of Rural Water Points"
        );
    }
}
