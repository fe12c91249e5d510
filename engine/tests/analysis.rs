//! The engine's analysis of whole small documents: the sample RFP's key facts and
//! compliance matrix, the shapes real RFPs use (written for these tests), and hostile
//! inputs that must end quickly with a bounded result.

use rfp_engine::{REQUIREMENT_CATEGORIES, StopFlag, Stopped, analyze, analyze_pages};
use serde_json::{Value, json};

mod facts {
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
    fn a_list_item_is_one_row_whole_under_its_lead_in() {
        let text = "# Request for Quotation\n\n## 7. Technical quotation\n\nThe technical quotation shall include the following:\n\na. Cover Page. The cover page is not counted in the page limit.\nb. Staffing Plan. Refer to Section 5.7 for the estimated level of effort.\n\nOfferors must submit a separate price quotation. **The price quotation must be received by the due date.**\n";
        let a = analyze(text);
        let rows: Vec<(&str, &str)> = a["extracted_data"]["requirements"]
            .as_array()
            .unwrap()
            .iter()
            .map(|r| (r["text"].as_str().unwrap(), r["modality"].as_str().unwrap()))
            .collect();
        // Each item whole, with the lead-in's modality; the lead-in, whose modal
        // binds by itself, too.
        assert_eq!(
            rows,
            [
                (
                    "The technical quotation shall include the following",
                    "shall"
                ),
                (
                    "Cover Page. The cover page is not counted in the page limit.",
                    "shall"
                ),
                (
                    "Staffing Plan. Refer to Section 5.7 for the estimated level of effort.",
                    "shall"
                ),
                ("Offerors must submit a separate price quotation.", "must"),
                (
                    "The price quotation must be received by the due date.",
                    "must"
                ),
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
                // Under "4. Eligibility", one cue of submission is outweighed.
                "Each organisation may submit only one proposal",
                "must",
                true,
                "eligibility",
                "4. Eligibility",
            ),
            (
                // When the proposals are due, as the dates table's row: the bidder's
                // deadline, as the hand counts hold such rows.
                "| Proposal submission deadline | 15 March 2027",
                "required",
                true,
                "submission",
                "5. Important Dates",
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
                // A permission binds nobody.
                "Questions about this call may be sent",
                "",
                false,
                "",
                "",
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
        // The three deliverables bind the funded project (the section announces them).
        let deliverables = rows
            .iter()
            .filter(|r| r["section"] == "8. Deliverables")
            .count();
        assert_eq!(deliverables, 3, "{rows:#?}");
        // Nothing else: no heading, no will-statement of the issuer.
        assert_eq!(rows.len(), want.len() - 2 + 5 + 3, "{rows:#?}");
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
        // A list's item with thousands of short capitalised lines after it: each line
        // asks whether the item has ended, never by reading the item's growing text.
        let item_lines = format!(
            "Documents to submit:\n- Tax certificate\n{}",
            "Copy Of The Register\n".repeat(20_000)
        );
        for (name, text) in [
            ("long heading", long_heading),
            ("no spaces", no_spaces),
            ("table rows", pipes),
            ("addresses", emails),
            ("organisation names", names),
            ("an item's lines", item_lines),
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
        let budget = StopFlag::default();
        budget.stop();
        assert_eq!(analyze_pages(&[one_line(1 << 20)], &budget), Err(Stopped));
    }
}

/// Whole small documents in the shapes real RFPs use (written for these tests), each
/// checked for the facts a proposal writer needs first.
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
        let a = analyze_pages(&pages, &StopFlag::default()).unwrap();
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
