//! A probe of headings that run into their text (issue 31, "section"), written before
//! the engine's section and heading code was read: small documents of our own in six
//! languages where a heading and its first statement share a line (a numbered heading
//! ending in a colon, a full stop or a dash, a bold Markdown label, a line of capitals),
//! where a heading line without final punctuation is followed at once by its text, and
//! lines that are not headings (a sentence wrapped over two lines, a two-column list of
//! roles or lots, a numbered clause that is a sentence, a "Note:" label).
//!
//! Each check names a row by a fragment of its text and the section it must have (as
//! the eval compares them: one holds the other as whole words), or a fragment the
//! row's section must not hold, or a heading the row's text must not begin with.
//! `KNOWN_MISSES` holds the checks the engine fails, and the test asserts it equals
//! the failures, so a fix or a loss both show. First score: 31/82 checks pass.

use rfp_engine::{Layout, StopFlag, analyze_document};

mod probe;

use probe::{heading as normal, holds_words, normal as words, pages, same_section};

struct Case {
    name: &'static str,
    text: &'static str,
    /// (fragment of a row, the row's section; alternatives separated by "|")
    sections: &'static [(&'static str, &'static str)],
    /// (fragment of a row, what its section must not hold as whole words)
    not_sections: &'static [(&'static str, &'static str)],
    /// (fragment of a row, a heading its text must not begin with; alternatives "|")
    not_opening: &'static [(&'static str, &'static str)],
}

const NO: &[(&str, &str)] = &[];

const CASES: &[Case] = &[
    // --- numbered run-in headings ----------------------------------------------------
    Case {
        name: "en numbered run-in headings ending in a colon",
        text: "Request for Quotation: Printing of the Annual Report\n\n1. General\n\nThe City invites quotes for printing its annual report in two languages.\n\n3.4 Delivery: The supplier shall deliver all printed copies to City Hall within ten working days of the proof's approval.\n\nA signed delivery note must accompany every shipment.\n\n3.5 Packaging: Copies must be packed in boxes holding no more than fifty copies each.\n\n3.6 Invoicing: The supplier shall send one invoice per order, quoting the purchase order number.\n",
        sections: &[
            ("deliver all printed copies to city hall", "3.4 Delivery"),
            ("signed delivery note must accompany", "3.4 Delivery"),
            ("no more than fifty copies", "3.5 Packaging"),
            ("one invoice per order", "3.6 Invoicing"),
        ],
        not_sections: &[("deliver all printed copies", "supplier shall")],
        not_opening: &[
            ("deliver all printed copies to city hall", "3.4 Delivery"),
            ("no more than fifty copies", "3.5 Packaging"),
            ("one invoice per order", "3.6 Invoicing"),
        ],
    },
    Case {
        name: "fr numbered run-in headings ending in a full stop",
        text: "Cahier des clauses particulières : fourniture de mobilier de bureau\n\n4. Conditions d'exécution\n\n4.1. Livraison. Le titulaire doit livrer le mobilier monté dans les locaux désignés par l'acheteur.\n\n4.2. Garantie. Le titulaire garantit le mobilier livré pendant deux ans à compter de la réception et doit remplacer toute pièce défectueuse.\n\n4.3. Pénalités. En cas de retard, le titulaire doit verser une pénalité de cent euros par jour calendaire.\n",
        sections: &[
            ("livrer le mobilier monté", "4.1. Livraison"),
            ("remplacer toute pièce défectueuse", "4.2. Garantie"),
            ("cent euros par jour calendaire", "4.3. Pénalités"),
        ],
        not_sections: NO,
        not_opening: &[
            ("livrer le mobilier monté", "4.1. Livraison"),
            ("remplacer toute pièce défectueuse", "4.2. Garantie"),
            ("cent euros par jour calendaire", "4.3. Pénalités"),
        ],
    },
    Case {
        name: "es Cláusula N.ª run-in headings",
        text: "Pliego de cláusulas administrativas: obras de reforma del mercado municipal\n\nCláusula 7.ª Plazo. El contratista deberá terminar las obras en un plazo máximo de seis meses desde el acta de replanteo.\n\nCláusula 8.ª Garantía definitiva. El adjudicatario deberá constituir una garantía del cinco por ciento del precio de adjudicación.\n\nCláusula 9.ª Seguros. El contratista deberá suscribir un seguro de responsabilidad civil antes del inicio de las obras.\n",
        sections: &[
            (
                "terminar las obras en un plazo máximo",
                "Cláusula 7.ª Plazo|Plazo",
            ),
            (
                "garantía del cinco por ciento",
                "Cláusula 8.ª Garantía definitiva|Garantía definitiva",
            ),
            (
                "seguro de responsabilidad civil",
                "Cláusula 9.ª Seguros|Seguros",
            ),
        ],
        not_sections: NO,
        not_opening: &[
            (
                "terminar las obras en un plazo máximo",
                "Cláusula 7.ª Plazo|Plazo",
            ),
            (
                "garantía del cinco por ciento",
                "Cláusula 8.ª Garantía definitiva|Garantía definitiva",
            ),
            (
                "seguro de responsabilidad civil",
                "Cláusula 9.ª Seguros|Seguros",
            ),
        ],
    },
    Case {
        name: "pt Cláusula N.ª – run-in headings",
        text: "Caderno de encargos: manutenção de espaços verdes\n\nCláusula 3.ª – Prazo. O adjudicatário deve concluir os trabalhos de poda no prazo de noventa dias.\n\nCláusula 4.ª – Seguros. O adjudicatário deve manter um seguro de acidentes de trabalho durante toda a execução do contrato.\n",
        sections: &[
            (
                "concluir os trabalhos de poda",
                "Cláusula 3.ª – Prazo|Prazo",
            ),
            (
                "seguro de acidentes de trabalho",
                "Cláusula 4.ª – Seguros|Seguros",
            ),
        ],
        not_sections: NO,
        not_opening: &[
            (
                "concluir os trabalhos de poda",
                "Cláusula 3.ª – Prazo|Prazo",
            ),
            (
                "seguro de acidentes de trabalho",
                "Cláusula 4.ª – Seguros|Seguros",
            ),
        ],
    },
    Case {
        name: "it Art. N - run-in headings",
        text: "Capitolato speciale d'appalto: servizio di pulizia delle scuole\n\nArt. 9 - Penali. In caso di ritardo nell'esecuzione, l'appaltatore dovrà corrispondere una penale pari all'uno per mille dell'importo per ogni giorno.\n\nArt. 10 - Fatturazione. L'appaltatore deve emettere fattura elettronica al termine di ogni mese.\n",
        sections: &[
            ("uno per mille dell'importo", "Art. 9 - Penali|Penali"),
            (
                "fattura elettronica al termine",
                "Art. 10 - Fatturazione|Fatturazione",
            ),
        ],
        not_sections: NO,
        not_opening: &[
            ("uno per mille dell'importo", "Art. 9 - Penali|Penali"),
            (
                "fattura elettronica al termine",
                "Art. 10 - Fatturazione|Fatturazione",
            ),
        ],
    },
    Case {
        name: "de § N run-in headings",
        text: "Besondere Vertragsbedingungen: Lieferung einer Photovoltaikanlage\n\n§ 5 Abnahme. Der Auftragnehmer muss die Anlage vor der Abnahme vollständig in Betrieb nehmen und prüfen.\n\n§ 6 Gewährleistung. Der Auftragnehmer hat gemeldete Mängel innerhalb von zwei Wochen zu beseitigen.\n",
        sections: &[
            ("vollständig in betrieb nehmen", "§ 5 Abnahme|Abnahme"),
            (
                "innerhalb von zwei wochen zu beseitigen",
                "§ 6 Gewährleistung|Gewährleistung",
            ),
        ],
        not_sections: NO,
        not_opening: &[
            ("vollständig in betrieb nehmen", "§ 5 Abnahme|Abnahme"),
            (
                "innerhalb von zwei wochen zu beseitigen",
                "§ 6 Gewährleistung|Gewährleistung",
            ),
        ],
    },
    // --- bold Markdown run-in labels -------------------------------------------------
    Case {
        name: "en Markdown bold run-in labels",
        text: "# Terms of Reference: Evaluation of a Literacy Programme\n\n## 4. Deliverables and Reporting\n\n**Inception report.** The consultant shall submit an inception report within two weeks of signing the contract.\n\n**Reporting.** The consultant must present the draft findings to the steering group before the final report.\n",
        sections: &[
            ("inception report within two weeks", "Inception report"),
            ("draft findings to the steering group", "Reporting"),
        ],
        not_sections: NO,
        not_opening: &[
            ("inception report within two weeks", "Inception report"),
            ("draft findings to the steering group", "Reporting"),
        ],
    },
    Case {
        name: "fr es de Markdown bold and underscore labels with a colon",
        text: "# Consultation : fourniture de matériel informatique\n\n**Langue :** les offres doivent être rédigées en français.\n\n**Validité :** les offres doivent rester valables pendant cent vingt jours.\n\n# Pliego: suministro de equipos\n\n__Plazo__: el proveedor deberá entregar los equipos en un plazo de quince días.\n\n__Lugar de entrega__: los equipos deberán entregarse en el almacén central del ayuntamiento.\n\n# Leistungsbeschreibung: Druckerwartung\n\n**Vergütung:** Die Rechnung muss die Bestellnummer des Auftraggebers enthalten.\n",
        sections: &[
            ("rédigées en français", "Langue"),
            ("cent vingt jours", "Validité"),
            ("plazo de quince días", "Plazo"),
            ("almacén central del ayuntamiento", "Lugar de entrega"),
            ("bestellnummer des auftraggebers", "Vergütung"),
        ],
        not_sections: NO,
        not_opening: &[
            ("rédigées en français", "Langue"),
            ("cent vingt jours", "Validité"),
            ("plazo de quince días", "Plazo"),
            ("almacén central del ayuntamiento", "Lugar de entrega"),
            ("bestellnummer des auftraggebers", "Vergütung"),
        ],
    },
    // --- a heading line followed at once by its text (PDF) ---------------------------
    Case {
        name: "en heading lines without a blank line after them, and a wrapped sentence",
        text: "Invitation to Quote: Community Hall Repairs\nScope of Work\nThe Contractor shall repair the roof of the community hall and replace the gutters on both sides.\nAny Subcontractor Engaged by the Contractor\nmust hold the same insurance as the Contractor.\nSchedule of Works\nAll work must be finished before the end of October.\n",
        sections: &[
            ("repair the roof of the community hall", "Scope of Work"),
            ("must hold the same insurance", "Scope of Work"),
            ("finished before the end of october", "Schedule of Works"),
        ],
        not_sections: &[("must hold the same insurance", "Subcontractor Engaged")],
        not_opening: &[("repair the roof of the community hall", "Scope of Work")],
    },
    Case {
        name: "fr pt it de heading lines without a blank line after them",
        text: "Cahier des charges : entretien des toitures\nModalités de paiement\nLe titulaire doit joindre un relevé d'identité bancaire à chaque facture.\nPrazo de execução\nO prestador deve concluir os trabalhos em sessenta dias corridos.\nModalità di consegna\nLa merce deve essere consegnata presso il magazzino comunale.\nLeistungsumfang\nDer Auftragnehmer muss alle Dachrinnen zweimal im Jahr reinigen.\n",
        sections: &[
            ("relevé d'identité bancaire", "Modalités de paiement"),
            ("sessenta dias corridos", "Prazo de execução"),
            ("presso il magazzino comunale", "Modalità di consegna"),
            ("dachrinnen zweimal im jahr", "Leistungsumfang"),
        ],
        not_sections: NO,
        not_opening: &[
            ("relevé d'identité bancaire", "Modalités de paiement"),
            ("sessenta dias corridos", "Prazo de execução"),
            ("presso il magazzino comunale", "Modalità di consegna"),
            ("dachrinnen zweimal im jahr", "Leistungsumfang"),
        ],
    },
    // --- capitals glued to text ------------------------------------------------------
    Case {
        name: "en es it capital headings glued to their text",
        text: "Request for Proposals: Janitorial Services\n\nINSURANCE REQUIREMENTS The Contractor shall maintain general liability insurance of at least one million dollars.\n\nINDEMNIFICATION The Contractor shall hold the County harmless from all claims arising from the services.\n\nOBLIGACIONES DEL CONTRATISTA El contratista deberá aportar todos los productos de limpieza.\n\nOBBLIGHI DELL'APPALTATORE L'appaltatore deve garantire la presenza di un referente unico.\n",
        sections: &[
            (
                "general liability insurance of at least",
                "INSURANCE REQUIREMENTS",
            ),
            ("hold the county harmless", "INDEMNIFICATION"),
            (
                "todos los productos de limpieza",
                "OBLIGACIONES DEL CONTRATISTA",
            ),
            (
                "presenza di un referente unico",
                "OBBLIGHI DELL'APPALTATORE",
            ),
        ],
        not_sections: NO,
        not_opening: &[
            (
                "general liability insurance of at least",
                "INSURANCE REQUIREMENTS",
            ),
            ("hold the county harmless", "INDEMNIFICATION"),
            (
                "todos los productos de limpieza",
                "OBLIGACIONES DEL CONTRATISTA",
            ),
            (
                "presenza di un referente unico",
                "OBBLIGHI DELL'APPALTATORE",
            ),
        ],
    },
    // --- lines that are not headings -------------------------------------------------
    Case {
        name: "en two-column list of roles is no heading; run-in heading after it",
        text: "Request for Quotation: Agile Delivery Services\n\n1. Labour Categories\n\nCategory 5 - Data Engineer Category 6 - Tester\nCategory 7 - Scrum Master Category 8 - Content Designer\n\n1.2 Quote Submission: Quotes will be accepted only through the online purchasing portal before the closing date.\n\nEach quote must include an hourly rate for every labour category listed above.\n",
        sections: &[
            (
                "accepted only through the online purchasing portal",
                "1.2 Quote Submission",
            ),
            (
                "hourly rate for every labour category",
                "1.2 Quote Submission",
            ),
        ],
        not_sections: &[
            (
                "accepted only through the online purchasing portal",
                "Category",
            ),
            ("hourly rate for every labour category", "Category"),
        ],
        not_opening: &[(
            "accepted only through the online purchasing portal",
            "1.2 Quote Submission",
        )],
    },
    Case {
        name: "fr two-column list of lots is no heading",
        text: "Règlement de la consultation : travaux de rénovation de l'école\n\n2. Allotissement\n\nLot 1 – Peinture Lot 2 – Menuiserie\nLot 3 – Électricité Lot 4 – Plomberie\n\nLe candidat doit remettre une offre distincte pour chaque lot.\n",
        sections: &[("une offre distincte pour chaque lot", "2. Allotissement")],
        not_sections: &[("une offre distincte pour chaque lot", "Lot")],
        not_opening: NO,
    },
    Case {
        name: "en numbered clauses that are sentences and a Note label are no headings",
        text: "General Conditions of Contract\n\n12. Termination\n\n12.1 The Purchaser may terminate the contract by written notice if the Supplier fails to deliver.\n\n12.2 The Supplier shall return all documents to the Purchaser within seven days of termination.\n\nNote: The Supplier must also delete every electronic copy of the Purchaser's data.\n",
        sections: &[
            ("return all documents to the purchaser", "12. Termination"),
            ("delete every electronic copy", "12. Termination"),
        ],
        not_sections: &[
            ("return all documents to the purchaser", "Supplier shall"),
            ("delete every electronic copy", "Note"),
        ],
        not_opening: NO,
    },
    Case {
        name: "es pt a sentence with a colon is no heading",
        text: "Pliego técnico: suministro de uniformes\n\n3. Obligaciones\n\nEl adjudicatario deberá presentar los documentos siguientes: el certificado de calidad y la ficha técnica de cada prenda.\n\nTermo de referência: fornecimento de uniformes\n\n4. Obrigações\n\nA contratada deverá apresentar o seguinte: o certificado de qualidade de cada peça.\n",
        sections: &[
            ("el certificado de calidad", "3. Obligaciones"),
            ("o certificado de qualidade de cada peça", "4. Obrigações"),
        ],
        not_sections: &[
            ("el certificado de calidad", "documentos siguientes"),
            (
                "o certificado de qualidade de cada peça",
                "apresentar o seguinte",
            ),
        ],
        not_opening: NO,
    },
];

/// The checks the engine fails today ("case name | fragment | want"), sorted.
const KNOWN_MISSES: &[&str] = &[
    "en heading lines without a blank line after them, and a wrapped sentence | must hold the same insurance | Scope of Work",
    "en heading lines without a blank line after them, and a wrapped sentence | repair the roof of the community hall | Scope of Work",
    "fr pt it de heading lines without a blank line after them | relevé d'identité bancaire | Modalités de paiement",
];

/// Whether a row's text begins with the heading (or one of `heading`'s), once the
/// marks and numbers before its first word are dropped.
fn opens_with(text: &str, heading: &str) -> bool {
    let strip = |s: &str| -> String {
        let s = normal(s);
        let mut rest: &str = &s;
        while let Some((first, tail)) = rest.split_once(' ') {
            if first.chars().any(char::is_alphabetic) {
                break;
            }
            rest = tail;
        }
        rest.trim_start_matches(['*', '_']).to_owned()
    };
    let t = strip(text);
    heading.split('|').any(|h| {
        let h = strip(h);
        !h.is_empty() && t.starts_with(&h)
    })
}

/// The rows of a case's document: (text, section), normalised text.
fn case_rows(case: &Case) -> Vec<(String, String)> {
    let pages = pages(case.text);
    let analysis =
        analyze_document(&pages, &Layout::new(), &StopFlag::default()).expect("not stopped");
    analysis["extracted_data"]["requirements"]
        .as_array()
        .expect("a matrix")
        .iter()
        .map(|r| {
            (
                words(r["text"].as_str().unwrap_or_default()),
                r["section"].as_str().unwrap_or_default().to_owned(),
            )
        })
        .collect()
}

/// The failed checks of one case and how many checks it has.
fn failures(case: &Case) -> (usize, Vec<String>) {
    let rows = case_rows(case);
    let row_of = |fragment: &str| {
        let fragment = words(fragment);
        rows.iter()
            .find(|(text, _)| text.contains(&fragment))
            .cloned()
    };
    let mut failed = Vec::new();
    for (fragment, want) in case.sections {
        if !row_of(fragment).is_some_and(|(_, got)| same_section(&got, want)) {
            failed.push(format!("{} | {fragment} | {want}", case.name));
        }
    }
    for (fragment, avoid) in case.not_sections {
        if row_of(fragment).is_none_or(|(_, got)| holds_words(&words(&got), &words(avoid))) {
            failed.push(format!("{} | {fragment} | not {avoid}", case.name));
        }
    }
    for (fragment, heading) in case.not_opening {
        if row_of(fragment).is_none_or(|(text, _)| opens_with(&text, heading)) {
            failed.push(format!("{} | {fragment} | opens not {heading}", case.name));
        }
    }
    let n = case.sections.len() + case.not_sections.len() + case.not_opening.len();
    (n, failed)
}

#[test]
fn the_runin_probe_fails_only_its_known_misses() {
    let mut all = Vec::new();
    let mut checks = 0;
    for case in CASES {
        let (n, failed) = failures(case);
        checks += n;
        if !failed.is_empty() {
            eprintln!("{}: {:#?}", case.name, case_rows(case));
        }
        all.extend(failed);
    }
    all.sort();
    eprintln!(
        "run-in probe: {}/{} checks pass",
        checks - all.len(),
        checks
    );
    for f in &all {
        eprintln!("    \"{f}\",");
    }
    let known: Vec<String> = KNOWN_MISSES.iter().map(|s| (*s).to_owned()).collect();
    assert_eq!(all, known, "the failures differ from KNOWN_MISSES");
}
