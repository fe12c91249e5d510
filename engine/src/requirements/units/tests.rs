//! The reader of statements, on pages written for the tests.

use crate::limits::StopFlag;

/// The matrix of `pages`: each row's text and section.
fn rows(pages: &[&str]) -> Vec<(String, String)> {
    crate::analyze_pages(pages, &StopFlag::default()).unwrap()["extracted_data"]["requirements"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            (
                r["text"].as_str().unwrap().to_owned(),
                r["section"].as_str().unwrap_or("").to_owned(),
            )
        })
        .collect()
}

/// A paragraph long enough that the text reads as unwrapped (a word processor's).
const LONG: &str = "The programme has run since 2019 in four regions and has trained more than two thousand people in the use of open data, with partners from local government, universities and civil society organisations who share its aims and its methods.";

#[test]
fn lines_without_marks_under_a_lead_in_or_a_heading_are_items() {
    for (lead_in, items, heading) in [
        (
            "To deliver the work, the consultant will:",
            ["Draft the survey questionnaire", "Train the enumerators"],
            "Deliverables",
        ),
        (
            "Le prestataire devra fournir :",
            ["Un rapport de démarrage", "Un plan de formation détaillé"],
            "Livrables",
        ),
        (
            "El contratista deberá presentar:",
            [
                "Un informe inicial del servicio",
                "Un plan de trabajo detallado",
            ],
            "Entregables",
        ),
    ] {
        let text = format!(
            "Background\n{LONG}\n{LONG}\n\nScope\n{lead_in}\n{}\n{}\n\n{heading}\n{}\n{}\n",
            items[0], items[1], items[0], items[1]
        );
        let got = rows(&[text.as_str()]);
        let texts: Vec<&str> = got.iter().map(|r| r.0.as_str()).collect();
        for item in items {
            assert!(texts.contains(&item), "{item}: {got:?}");
        }
        assert!(
            got.iter().any(|r| r.1 == heading && r.0 == items[1]),
            "{got:?}"
        );
        assert!(!texts.iter().any(|t| t.contains(LONG)), "{got:?}");
    }
}

#[test]
fn numbered_headings_in_sentence_case_are_sections() {
    for (heading, clause) in [
        (
            "4.1. Constitution de la promotion",
            "Le lauréat doit désigner un chef de projet.",
        ),
        (
            "3.2. Requisitos de la oferta",
            "La oferta debe incluir el precio unitario.",
        ),
        (
            "2.1. Condições de participação",
            "O proponente deve apresentar o alvará.",
        ),
        (
            "5.3. Modalità di consegna",
            "Il fornitore deve consegnare i beni entro 30 giorni.",
        ),
        (
            "6.1 Anforderungen an das Angebot",
            "Das Angebot muss unterschrieben sein.",
        ),
    ] {
        let text = format!("{heading}\n\n{clause}\n");
        assert_eq!(
            rows(&[text.as_str()]),
            [(clause.to_owned(), heading.to_owned())],
            "{heading}"
        );
    }
    // A heading wrapped on two lines is one heading.
    let got = rows(&[
        "4. Quels sont les engagements des administrations lauréates du\nprogramme ?\n\nLes lauréats doivent signer la convention.",
    ]);
    assert_eq!(
        got[0].1,
        "4. Quels sont les engagements des administrations lauréates du programme ?"
    );
}

#[test]
fn an_annex_heading_ends_the_numbered_sections_of_the_body() {
    for (body, annex, title_line_two, statement) in [
        (
            "5.2 Award criteria\n\nProposals must state the unit price.",
            "Annex B – Forms to fill in",
            "",
            "Each form must be signed by the legal representative.",
        ),
        (
            "6.1. Jugement des offres\n\nLe candidat doit indiquer le prix unitaire.",
            "Annexe 2 : PIÈCES À JOINDRE AU DOSSIER DE",
            "CANDIDATURE EN LIGNE",
            "Chaque pièce doit être signée par le représentant légal.",
        ),
        (
            "4.3. Criterios de valoración\n\nLa oferta debe indicar el precio unitario.",
            "Anexo II. Modelo de declaración responsable",
            "",
            "La declaración debe estar firmada por el representante legal.",
        ),
        (
            "3.1. Critérios de avaliação\n\nA proposta deve indicar o preço unitário.",
            "Anexo 1 - Formulário de candidatura",
            "",
            "O formulário deve ser assinado pelo representante legal.",
        ),
        (
            "7.4 Criteri di aggiudicazione\n\nL'offerta deve indicare il prezzo unitario.",
            "Allegato 3 - Schema di domanda",
            "",
            "La domanda deve essere firmata dal legale rappresentante.",
        ),
        (
            "2.2 Zuschlagskriterien\n\nDas Angebot muss den Einheitspreis nennen.",
            "Anlage 1: Formblätter zum Angebot",
            "",
            "Jedes Formblatt muss vom Bieter unterschrieben sein.",
        ),
    ] {
        let heading = if title_line_two.is_empty() {
            annex.to_owned()
        } else {
            format!("{annex}\n{title_line_two}")
        };
        let text = format!("{body}\n\n{heading}\n\n{statement}\n");
        let got = rows(&[text.as_str()]);
        let want = heading.replace('\n', " ");
        assert!(
            got.iter().any(|(t, s)| t == statement && *s == want),
            "{annex}: {got:?}"
        );
    }
    // A table of contents' line naming an annex is no heading.
    let got = rows(&[
        "Contents\n\nAnnex 1: Forms ........ 12\n\n1. Instructions\n\nBids must be sealed.",
    ]);
    assert_eq!(
        got,
        [(
            "Bids must be sealed.".to_owned(),
            "1. Instructions".to_owned()
        )]
    );
}

#[test]
fn rows_of_a_form_under_a_heading_that_asks_for_information_are_items() {
    for (heading, header, rows_, calendar) in [
        (
            "Information requested in the online form",
            "Block Field Limit Description",
            [
                "Applicant Legal name N/A Registered name of the organisation.",
                "Summary Outline of the idea 5 lines Short account of the",
            ],
            "Timeline Step Date Description",
        ),
        (
            "Informations demandées dans le dossier",
            "Rubrique Champ Longueur Description",
            [
                "Structure Raison sociale N/A Nom déclaré de l'organisme.",
                "Résumé Présentation de l'idée 5 lignes Brève description de la",
            ],
            "Calendrier Étape Date Description",
        ),
        (
            "Información solicitada en el formulario",
            "Bloque Campo Límite Descripción",
            [
                "Entidad Razón social N/A Nombre registrado de la entidad.",
                "Resumen Esbozo de la idea 5 líneas Breve relato de la",
            ],
            "Calendario Etapa Fecha Descripción",
        ),
        (
            "Informações solicitadas no formulário",
            "Bloco Campo Limite Descrição",
            [
                "Entidade Razão social N/A Nome registado da entidade.",
                "Resumo Esboço da ideia 5 linhas Breve relato da",
            ],
            "Calendário Etapa Data Descrição",
        ),
        (
            "Informazioni richieste nel modulo",
            "Blocco Campo Limite Descrizione",
            [
                "Ente Ragione sociale N/A Nome registrato dell'ente.",
                "Sintesi Schema dell'idea 5 righe Breve racconto della",
            ],
            "Calendario Fase Data Descrizione",
        ),
        (
            "Erforderliche Angaben im Formular",
            "Block Feld Umfang Beschreibung",
            [
                "Träger Name der Einrichtung N/A Eingetragener Name des Trägers.",
                "Zusammenfassung Skizze der Idee 5 Zeilen Kurze Darstellung der",
            ],
            "Zeitplan Schritt Datum Beschreibung",
        ),
    ] {
        let text = format!(
            "1. {heading}\n\n{header}\n\n{}\n\n{}\nproposal idea.\n\n2. {}\n\n{calendar}\n\nKickoff meeting 3 May 2026 Brussels office\n",
            rows_[0],
            rows_[1],
            calendar.split(' ').next().unwrap_or_default()
        );
        let got = rows(&[text.as_str()]);
        let texts: Vec<&str> = got.iter().map(|r| r.0.as_str()).collect();
        assert!(texts.contains(&rows_[0]), "{heading}: {got:?}");
        let wrapped = format!("{} proposal idea.", rows_[1]);
        assert!(
            got.iter()
                .any(|(t, s)| *t == wrapped && s.starts_with(&format!("1. {heading}"))),
            "{heading}: {got:?}"
        );
        // A table under a heading that asks for nothing stays out.
        assert!(
            !texts.iter().any(|t| t.contains("Kickoff")),
            "{heading}: {got:?}"
        );
    }
    // A heading in capitals is a heading, not a table's header row: the prose under
    // it stays prose.
    let got = rows(&[
        "1. Required information\n\nSUBMISSION CHECKLIST AND DESCRIPTION\n\nThe college opened in 1961 and now serves eight thousand students.\n",
    ]);
    assert!(got.is_empty(), "{got:?}");
}

#[test]
fn a_clause_list_stands_under_its_heading_and_contents_lines_are_no_rows() {
    let got = rows(&[
        "CONTENTS\n\n1. GENERAL INSTRUCTIONS ........ 3\n2. SPECIFICATIONS .......... 5\n\n1. GENERAL INSTRUCTIONS\n\nThe City invites proposals.\n\nSpecifications and Requirements\n\n1. The contractor shall provide a list of its staff.\n\n2. Invoices must be sent monthly.\n\n2. SPECIFICATIONS\n\nAll vehicles must be insured.",
    ]);
    assert_eq!(
        got,
        [
            (
                "The contractor shall provide a list of its staff.".to_owned(),
                "1. GENERAL INSTRUCTIONS › Specifications and Requirements › 1".to_owned()
            ),
            (
                "Invoices must be sent monthly.".to_owned(),
                "1. GENERAL INSTRUCTIONS › Specifications and Requirements › 2".to_owned()
            ),
            (
                "All vehicles must be insured.".to_owned(),
                "2. SPECIFICATIONS".to_owned()
            ),
        ]
    );
}

#[test]
fn a_sentence_in_capitals_that_binds_is_a_statement_not_a_heading() {
    let got = rows(&[
        "SUBMISSION\n\nPROPOSALS SENT BY EMAIL WILL NOT BE ACCEPTED\n\nThe offer must be uploaded to the portal.",
    ]);
    assert_eq!(
        got,
        [
            (
                "PROPOSALS SENT BY EMAIL WILL NOT BE ACCEPTED".to_owned(),
                "SUBMISSION".to_owned()
            ),
            (
                "The offer must be uploaded to the portal.".to_owned(),
                "SUBMISSION".to_owned()
            ),
        ]
    );
}

#[test]
fn markdown_whose_every_line_is_a_heading_is_read_as_text() {
    let mut text = String::from("###### REQUEST FOR PROPOSALS\n\n###### 3. SCOPE OF WORK\n\n");
    for n in 1..=8 {
        text.push_str(&format!("###### The vendor shall configure the module number {n} of the\n\n###### portal within two weeks.\n\n"));
    }
    text.push_str("###### 4. SUBMISSION\n\n###### The proposal must include:\n\n###### - a signed cover letter\n\n###### - the price schedule\n\n");
    for n in 1..=6 {
        text.push_str(&format!(
            "###### Background paragraph {n} about the city.\n\n"
        ));
    }
    let got = rows(&[text.as_str()]);
    assert!(
        got.iter().any(|r| r.0
            == "The vendor shall configure the module number 3 of the portal within two weeks."
            && r.1.ends_with("3. SCOPE OF WORK")),
        "{got:?}"
    );
    for item in ["a signed cover letter", "the price schedule"] {
        assert!(
            got.iter()
                .any(|r| r.0 == item && r.1.ends_with("4. SUBMISSION")),
            "{item}: {got:?}"
        );
    }
}

#[test]
fn a_long_running_header_is_no_section() {
    let header = "RFP 25-01 WEBSITE REDESIGN — NO PROPOSAL WILL BE ACCEPTED AFTER THE DEADLINE STATED ON THE COVER PAGE";
    let duties = [
        "The vendor must host the site in the European Union.",
        "Backups must be kept for ninety days.",
        "The vendor shall train two editors.",
        "All pages must meet WCAG 2.1 AA.",
    ];
    let pages: Vec<String> = (1..=4)
        .map(|n| {
            let heading = if n == 1 { "Scope of Work\n\n" } else { "" };
            format!("{n} {header}\n\n{heading}{}\n", duties[n - 1])
        })
        .collect();
    let pages: Vec<&str> = pages.iter().map(String::as_str).collect();
    let got = rows(&pages);
    assert_eq!(got.len(), 4, "{got:?}");
    assert!(got.iter().all(|r| r.1 == "Scope of Work"), "{got:?}");
}

#[test]
fn a_lead_in_whose_verb_is_left_for_its_items_is_no_row_and_a_heading_ends_its_list() {
    for (lead_in, item) in [
        (
            "Specifically, the consultant will:",
            "Map the drainage network of the town",
        ),
        (
            "Les solutions proposées doivent :",
            "Reposer sur des logiciels libres",
        ),
        (
            "Die Auftragnehmerin muss:",
            "Die Daten in Deutschland speichern",
        ),
    ] {
        let text = format!(
            "Scope\n\n{lead_in}\n\n- {item}\n\nTimeline\n\n- The programme runs for two years in four regions\n"
        );
        let got = rows(&[text.as_str()]);
        assert_eq!(got, [(item.to_owned(), "Scope".to_owned())], "{lead_in}");
    }
}

#[test]
fn a_numbered_heading_after_a_bulleted_list_is_a_heading() {
    let got = rows(&[
        "1. Contexte\n\nLe programme vise :\n\n- la formation des agents ;\n- l'ouverture des données.\n\n2. Quels sont les projets attendus ?\n\nLes projets doivent être réalisables en dix mois.",
    ]);
    assert_eq!(
        got.last().map(|r| r.1.as_str()),
        Some("2. Quels sont les projets attendus ?"),
        "{got:?}"
    );
}

#[test]
fn a_sentence_cut_by_a_page_break_is_one_row_and_a_sentence_after_a_list_is_not_its_item() {
    let got = rows(&[
        "Submission\n\nThe sealed envelope with three copies of the proposal must be delivered to the",
        "City Clerk before noon on the closing day.\n\nPlease send a proposal that includes the following:\nA cover letter of two pages\nA portfolio of previous work\nShortlisting will be done on a rolling basis.\n",
    ]);
    let texts: Vec<&str> = got.iter().map(|r| r.0.as_str()).collect();
    assert_eq!(
        texts,
        [
            "The sealed envelope with three copies of the proposal must be delivered to the City Clerk before noon on the closing day.",
            "Please send a proposal that includes the following",
            "A cover letter of two pages",
            "A portfolio of previous work",
        ]
    );
}

#[test]
fn a_line_repeated_in_the_body_of_pages_is_text_not_a_running_header() {
    // Each page: a running header, a heading, a sentence, then a sub-list repeated
    // under every heading (it never stands at a page's edge).
    for (header, lead_in, item) in [
        (
            "CITY OF RIVERTON — RFQ 12/2026",
            "Each sample should carry a label with",
            "the name of the firm,",
        ),
        (
            "VILLE DE SAINT-AUBIN — AO 12/2026",
            "Chaque échantillon doit porter une étiquette avec",
            "le nom de l'entreprise,",
        ),
        (
            "AYUNTAMIENTO DE VILLAVERDE — EXP 12/2026",
            "Cada muestra debe llevar una etiqueta con",
            "el nombre de la empresa,",
        ),
        (
            "MUNICÍPIO DE VALE VERDE — CP 12/2026",
            "Cada amostra deve ter uma etiqueta com",
            "o nome da empresa,",
        ),
        (
            "COMUNE DI VALVERDE — GARA 12/2026",
            "Ogni campione deve recare un'etichetta con",
            "il nome della ditta,",
        ),
        (
            "STADT GRÜNTAL — VERGABE 12/2026",
            "Jedes Muster muss ein Etikett tragen mit",
            "dem Namen der Firma,",
        ),
    ] {
        let pages: Vec<String> = ["north", "south", "east"]
            .iter()
            .enumerate()
            .map(|(page, n)| {
                format!(
                    "{header}\n\nThe {n} lot\n\nThe goods of lot {n} are described in the annex.\n\nThe quantities of lot {n} are estimates.\n\n• {lead_in}\n\ni. {item}\nii. the number of the lot.\n\nThe annex of lot {n} lists the sizes.\n\nThe prices of lot {n} are in euros.\n\nPage {}",
                    page + 1
                )
            })
            .collect();
        let pages: Vec<&str> = pages.iter().map(String::as_str).collect();
        let got = rows(&pages);
        // A row keeps the stop its item ends on.
        for want in [lead_in, item, "the number of the lot."] {
            assert_eq!(
                got.iter().filter(|r| r.0 == want).count(),
                3,
                "{want}: {got:?}"
            );
        }
        assert!(!got.iter().any(|r| r.0.contains(header)), "{got:?}");
    }
}

#[test]
fn rows_under_a_tables_header_are_items_whole_not_headings() {
    // A header row of capitalised cells over rows that open with its first cell,
    // under a heading that names what to submit.
    for (heading, header, rows_of) in [
        (
            "Documents to submit",
            "Document Description Notes",
            [
                "Document A Company registration certificate. Issued within the last year.",
                "Document B Audited accounts of the last two years. For all applicants.",
            ],
        ),
        (
            "Pièces à fournir",
            "Pièce Description Remarques",
            [
                "Pièce A Extrait du registre du commerce. Daté de moins d'un an.",
                "Pièce B Bilans des deux derniers exercices. Pour tous les candidats.",
            ],
        ),
        (
            "Documentación a presentar",
            "Documento Descripción Observaciones",
            [
                "Documento A Certificado de inscripción en el registro. Emitido en el último año.",
                "Documento B Cuentas anuales de los dos últimos ejercicios. Para todos los licitadores.",
            ],
        ),
        (
            "Documentos a apresentar",
            "Documento Descrição Observações",
            [
                "Documento A Certidão de registo comercial da empresa. Emitida no último ano.",
                "Documento B Contas anuais dos dois últimos exercícios. Para todos os proponentes.",
            ],
        ),
        (
            "Documentazione da presentare",
            "Documento Descrizione Osservazioni",
            [
                "Documento A Certificato di iscrizione alla camera di commercio. Rilasciato nell'ultimo anno.",
                "Documento B Bilanci degli ultimi due esercizi chiusi. Per tutti i richiedenti.",
            ],
        ),
        (
            "Einzureichende Unterlagen",
            "Unterlage Beschreibung Hinweise",
            [
                "Unterlage A Auszug aus dem Handelsregister des Bieters. Nicht älter als ein Jahr.",
                "Unterlage B Jahresabschlüsse der letzten zwei Geschäftsjahre. Für alle Bieter.",
            ],
        ),
    ] {
        let page = format!(
            "## {heading}\n\n{header}\n\n{}\n\n{}\n",
            rows_of[0], rows_of[1]
        );
        let got = rows(&[page.as_str()]);
        let texts: Vec<&str> = got.iter().map(|r| r.0.as_str()).collect();
        assert_eq!(texts, rows_of, "{header}");
        assert!(got.iter().all(|r| r.1.starts_with(heading)), "{got:?}");
    }
    // A short numbered row under a header that binds with a modal is a row, not a
    // heading; under a list of contacts it stays what it was.
    for (header, row) in [
        (
            "Requirement No.: Description Must be attached Paper/Electronic",
            "1 Annex IV Yes Electronic",
        ),
        (
            "Exigence N° : Description Doit être jointe Papier/Électronique",
            "1 Annexe IV Oui Électronique",
        ),
        (
            "Requisito N°: Descripción Se debe adjuntar Papel/Electrónica",
            "1 Anexo IV Sí Electrónico",
        ),
        (
            "Requisito N.º: Descrição Deve ser anexado Papel/Eletrónico",
            "1 Anexo IV Sim Eletrónico",
        ),
        (
            "Requisito N.: Descrizione Deve essere allegato Carta/Elettronico",
            "1 Allegato IV Sì Elettronico",
        ),
        (
            "Anforderung Nr.: Beschreibung Muss beigefügt werden Papier/Elektronisch",
            "1 Anlage IV Ja Elektronisch",
        ),
    ] {
        let page =
            format!("Technical requirements\n\n{header}\n\n{row}\n\n2 Annex VI Yes Electronic\n");
        let got = rows(&[page.as_str()]);
        assert!(got.iter().any(|r| r.0 == row), "{row}: {got:?}");
    }
}

#[test]
fn a_tables_header_row_that_names_a_duty_is_no_row_but_its_rows_are() {
    for (header, row) in [
        (
            "Item No.: Description Must be attached Paper/Electronic",
            "1 Signed declaration of honour of the bidder Yes Electronic",
        ),
        (
            "Pièce N° : Description Doit être jointe Papier/Électronique",
            "1 Déclaration sur l'honneur signée du candidat Oui Électronique",
        ),
        (
            "Requisito N°: Descripción Se debe adjuntar Papel/Electrónica",
            "1 Declaración jurada firmada por el licitador Sí Electrónica",
        ),
        (
            "Requisito N.º: Descrição Deve ser anexado Papel/Eletrónico",
            "1 Declaração de honra assinada pelo proponente Sim Eletrónico",
        ),
        (
            "Requisito N.: Descrizione Deve essere allegato Carta/Elettronico",
            "1 Dichiarazione sostitutiva firmata dal concorrente Sì Elettronico",
        ),
        (
            "Anforderung Nr.: Beschreibung Muss beigefügt werden Papier/Elektronisch",
            "1 Unterschriebene Eigenerklärung des Bieters Ja Elektronisch",
        ),
    ] {
        let page = format!("Administrative requirements\n\n{header}\n\n{row}\n");
        let got = rows(&[page.as_str()]);
        let texts: Vec<&str> = got.iter().map(|r| r.0.as_str()).collect();
        assert_eq!(texts, [row], "{header}");
    }
}

#[test]
fn a_contents_page_without_dot_leaders_is_no_section_of_the_text_after_it() {
    for (contents, entries, heading, statement) in [
        (
            "TABLE OF CONTENTS",
            [
                "I. SCOPE 3",
                "II. SUBMISSION OF OFFERS 4",
                "ANNEX A PRICE FORM 9",
            ],
            "SUBMISSION OF OFFERS",
            "The offer shall be signed by an authorised officer.",
        ),
        (
            "Sommaire",
            [
                "1. Objet 3",
                "2. Remise des offres 4",
                "Annexe 1 Bordereau des prix 9",
            ],
            "Remise des offres",
            "L'offre doit être signée par une personne habilitée.",
        ),
        (
            "Índice",
            [
                "1. Objeto 3",
                "2. Presentación de ofertas 4",
                "Anexo I Modelo de oferta 9",
            ],
            "Presentación de ofertas",
            "La oferta deberá estar firmada por el representante legal.",
        ),
        (
            "Indice",
            [
                "1. Oggetto 3",
                "2. Presentazione delle offerte 4",
                "Allegato 1 Modulo 9",
            ],
            "Presentazione delle offerte",
            "L'offerta deve essere firmata dal legale rappresentante.",
        ),
        (
            "Inhaltsverzeichnis",
            [
                "1. Gegenstand 3",
                "2. Abgabe der Angebote 4",
                "Anlage 1 Preisblatt 9",
            ],
            "Abgabe der Angebote",
            "Das Angebot muss von einer vertretungsberechtigten Person unterschrieben sein.",
        ),
        (
            "Sumário",
            [
                "1. Objeto 3",
                "2. Apresentação das propostas 4",
                "Anexo I Modelo 9",
            ],
            "Apresentação das propostas",
            "A proposta deve ser assinada pelo representante legal.",
        ),
    ] {
        let page_one = format!(
            "{contents}\n\n{}\n\n{}\n\n{}\n",
            entries[0], entries[1], entries[2]
        );
        let page_two = format!(
            "{}\n\n{heading}\n\n{statement}\n",
            entries[1].rsplit_once(' ').unwrap().0
        );
        let got = rows(&[page_one.as_str(), page_two.as_str()]);
        let row = got
            .iter()
            .find(|r| r.0 == statement)
            .unwrap_or_else(|| panic!("{got:?}"));
        assert!(row.1.contains(heading), "{row:?}");
        for e in entries {
            assert!(
                !row.1.contains(e),
                "a contents line in the section: {row:?}"
            );
        }
        // The contents' lines are no statements either.
        assert!(
            !got.iter().any(|r| entries.contains(&r.0.as_str())),
            "{got:?}"
        );
    }
}

#[test]
fn a_contents_heading_over_text_is_left_as_it_is() {
    let page = "Contents\n\nThe bid shall contain the forms of Annex 2.\n";
    let got = rows(&[page]);
    assert!(
        got.iter()
            .any(|r| r.0 == "The bid shall contain the forms of Annex 2."),
        "{got:?}"
    );
}

#[test]
fn a_run_in_heading_is_the_section_of_its_text() {
    for (line, section, statement) in [
        (
            "IV. FINAL CONTRACT: Any exceptions to the standard contract must be listed.",
            "IV. FINAL CONTRACT",
            "Any exceptions to the standard contract must be listed.",
        ),
        (
            "VI. eVA REGISTRATION: All vendors shall register before the award.",
            "VI. eVA REGISTRATION",
            "All vendors shall register before the award.",
        ),
        (
            "3.2 LIVRAISON : Le titulaire doit livrer sous trente jours.",
            "3.2 LIVRAISON",
            "Le titulaire doit livrer sous trente jours.",
        ),
        (
            "II. GARANTÍAS: El adjudicatario deberá constituir una garantía definitiva.",
            "II. GARANTÍAS",
            "El adjudicatario deberá constituir una garantía definitiva.",
        ),
        (
            "5. CONSEGNA: Il fornitore deve consegnare entro trenta giorni.",
            "5. CONSEGNA",
            "Il fornitore deve consegnare entro trenta giorni.",
        ),
        (
            "III. LIEFERUNG: Der Auftragnehmer muss binnen dreißig Tagen liefern.",
            "III. LIEFERUNG",
            "Der Auftragnehmer muss binnen dreißig Tagen liefern.",
        ),
        (
            "IV. ENTREGA: O fornecedor deve entregar em trinta dias.",
            "IV. ENTREGA",
            "O fornecedor deve entregar em trinta dias.",
        ),
    ] {
        let page = format!("SCOPE\n\nThe work is described below.\n\n{line}\n");
        let got = rows(&[page.as_str()]);
        assert!(
            got.iter().any(|r| r.0 == statement && r.1 == section),
            "{line}: {got:?}"
        );
    }
    // A sentence in mixed case before a colon is no heading.
    let page = "SCOPE\n\n4. The Contractor shall supply: forms, pens and paper.\n";
    let got = rows(&[page]);
    assert!(
        got.iter()
            .any(|r| r.0.starts_with("The Contractor shall supply")),
        "{got:?}"
    );
}

#[test]
fn each_row_of_a_schedule_is_a_statement_of_its_own() {
    for (rows_of_schedule, due, not_due) in [
        (
            [
                "Call published Monday, March 3, 2025",
                "Deadline for submission of offers Monday, March 31, 2025, at 11:00 A.M.",
                "Opening of offers Monday, March 31, 2025, at 2:00 P.M.",
            ],
            "Deadline for submission of offers Monday, March 31, 2025, at 11:00 A.M.",
            "Opening of offers",
        ),
        (
            [
                "Publication de l'appel 03/03/2025",
                "Date limite de remise des offres 31/03/2025",
                "Ouverture des plis 01/04/2025",
            ],
            "Date limite de remise des offres 31/03/2025",
            "Ouverture des plis",
        ),
        (
            [
                "Veröffentlichung 03.03.2025",
                "Angebotsfrist 31.03.2025 12:00 Uhr",
                "Eröffnung der Angebote 01.04.2025",
            ],
            "Angebotsfrist 31.03.2025 12:00 Uhr",
            "Eröffnung",
        ),
    ] {
        let text = format!(
            "KEY DATES\n\n{}\n{}\n{}\n\nThe offer is written in English.\n",
            rows_of_schedule[0], rows_of_schedule[1], rows_of_schedule[2]
        );
        let got = rows(&[text.as_str()]);
        assert!(got.iter().any(|r| r.0 == due), "{due}: {got:?}");
        assert!(!got.iter().any(|r| r.0.contains(not_due)), "{got:?}");
    }
    // Lines of a sentence wrapped between dates stay one statement.
    let text = "TERMS\n\nThe Supplier shall deliver the goods between 3 March 2025 and\nthe end of the month, and shall invoice by 30 April 2025.\n";
    let got = rows(&[text]);
    assert!(
        got.iter()
            .any(|r| r.0.ends_with("invoice by 30 April 2025.") && r.0.starts_with("The Supplier")),
        "{got:?}"
    );
}

#[test]
fn a_parts_name_between_dashes_is_the_section_of_its_text() {
    for (heading, parts, statement) in [
        (
            "5. FORMAT OF OFFERS",
            [
                "Part 1 – Cover Letter – Sign the letter of the offer.",
                "Part 2 – Price Schedule – Fill in the unit price of every item.",
            ],
            "Fill in the unit price of every item.",
        ),
        (
            "5. PRÉSENTATION DES OFFRES",
            [
                "Partie 1 – Lettre de candidature – Joignez la lettre signée.",
                "Partie 2 – Bordereau des prix – Indiquez le prix unitaire de chaque article.",
            ],
            "Indiquez le prix unitaire de chaque article.",
        ),
        (
            "5. PRESENTACIÓN DE OFERTAS",
            [
                "Parte 1 – Carta de presentación – Adjunte la carta firmada.",
                "Parte 2 – Cuadro de precios – Indique el precio unitario de cada artículo.",
            ],
            "Indique el precio unitario de cada artículo.",
        ),
    ] {
        let text = format!("{heading}\n\n{}\n\n{}\n", parts[0], parts[1]);
        let got = rows(&[text.as_str()]);
        let title = parts[1].rsplit_once(" – ").map_or("", |(t, _)| t);
        assert!(
            got.iter().any(|r| r.0 == statement && r.1.ends_with(title)),
            "{title}: {got:?}"
        );
        assert!(
            !got.iter()
                .any(|r| r.1.contains(" 1 – ") && r.1.contains(" 2 – ")),
            "{got:?}"
        );
    }
}

#[test]
fn a_run_of_numbered_lines_under_a_heading_is_a_list_not_headings() {
    // Each item whole on its line, numbered on from 1 under a numbered heading: items,
    // not headings nor clauses. A numbered line after a blank line is the next heading.
    let text = "2. Services required\n1. Set-up of the booking engine for all venues\n2. Transfer of the existing member accounts\n3. Two training days for the box office staff\n\n3. Background of the Trust\n\nThe Trust was founded in 1961 and runs three theatres in the county.\n";
    let got = rows(&[text]);
    for item in [
        "Set-up of the booking engine for all venues",
        "Transfer of the existing member accounts",
        "Two training days for the box office staff",
    ] {
        assert!(
            got.iter()
                .any(|r| r.0 == item && r.1 == "2. Services required"),
            "{item}: {got:?}"
        );
    }
    assert!(!got.iter().any(|r| r.0.contains("1961")), "{got:?}");
}

#[test]
fn a_numbered_line_that_wraps_stays_a_clause() {
    // "19." wraps onto the next line: it starts a clause, whatever the "18." above it.
    let text = "Specifications\n\n18. The Contractor shall name a contact person for the contract.\n19. The Contractor shall replace a worker within two days of a request. The\nrequest is sent by email to the contact person.\n20. The Contractor shall keep all records for three years.\n";
    let got = rows(&[text]);
    let row = got
        .iter()
        .find(|r| r.0.starts_with("The Contractor shall keep all records"))
        .expect("clause 20 is a row");
    assert!(row.1.ends_with("20"), "{got:?}");
}

#[test]
fn an_o_bullet_after_an_item_cut_by_a_page_break_is_a_bullet() {
    let pages = [
        "Especificações\n\nO fornecedor deverá assegurar:\no envio de alertas por e-mail aos usuários;\no relatório mensal de acessos por\n",
        "unidade da rede;\no integração com o cadastro de usuários.\n",
    ];
    let got = rows(&pages);
    let texts: Vec<&str> = got.iter().map(|r| r.0.as_str()).collect();
    assert!(
        texts.iter().any(
            |t| t.starts_with("relatório mensal de acessos por unidade da rede")
                && !t.contains("integração")
        ),
        "{got:?}"
    );
    assert!(
        texts
            .iter()
            .any(|t| t.starts_with("integração com o cadastro")),
        "{got:?}"
    );
}

#[test]
fn each_row_of_a_table_is_a_statement_of_its_own() {
    for text in [
        "Feature list\n\n| Ref | Feature | Priority |\n|---|---|---|\n| A1 | Export of all bookings to a spreadsheet | Mandatory |\n| A2 | Login with the city's single sign-on | Mandatory |\n",
        "Feature list\n\nFeature                                         Priority\nExport of all bookings to a spreadsheet         Mandatory\nLogin with the city's single sign-on            Mandatory\n",
    ] {
        let got = rows(&[text]);
        for cell in [
            "Export of all bookings to a spreadsheet",
            "Login with the city's single sign-on",
        ] {
            assert!(
                got.iter().any(|r| r.0.contains(cell)
                    && !r.0.contains(if cell.starts_with("Export") {
                        "Login"
                    } else {
                        "Export"
                    })),
                "{cell}: {got:?}"
            );
        }
    }
}

#[test]
fn a_title_right_over_a_list_that_asks_nothing_binds_nobody() {
    // "Participating departments" is a title over the issuer's departments; "Documents
    // to submit" leads its items in as a colon does.
    let text = "Scope of Work\n\nThe vendor shall deliver the portal by June.\n\nParticipating departments\n• Office of the Clerk\n• Parks and Recreation\n\nDocuments to submit\n• Company profile\n• Price schedule\n";
    let got = rows(&[text]);
    let texts: Vec<&str> = got.iter().map(|r| r.0.as_str()).collect();
    assert!(!texts.contains(&"Office of the Clerk"), "{got:?}");
    assert!(!texts.contains(&"Parks and Recreation"), "{got:?}");
    assert!(texts.contains(&"Company profile"), "{got:?}");
    assert!(texts.contains(&"Price schedule"), "{got:?}");
}

#[test]
fn the_quick_test_before_the_lead_in_patterns_lets_every_lead_in_through() {
    // Each a lead-in without a colon (both patterns' shapes, six languages, a word in
    // capitals, a guillemet before the verb) and each with words after the count: the
    // quick test must pass every line the patterns match, or a list loses its lead-in.
    for text in [
        "The proposal consists of the following sections",
        "The proposal shall include the following",
        "Each tender is to contain",
        "The bid consists of 2 envelopes",
        "Le dossier comprend les pièces suivantes",
        "Sont à fournir les documents ci-après",
        "«comprende",
        "El servicio comprende",
        "Se presentarán los siguientes documentos",
        "Se adjunta la siguiente documentación",
        "As tarefas diárias compreendem",
        "A proposta é composta por três volumes distintos",
        "L'offerta si compone di tre buste telematiche",
        "Devono essere allegati i seguenti documenti",
        "Das Angebot besteht aus drei Teilen",
        "Zu den täglichen Leistungen gehören",
        "Vorzulegen sind folgende Unterlagen",
        "LA OFERTA INCLUYE",
        "Les prestations du bureau d'études comprennent notamment",
        "The services include in particular",
        "Die Leistungen umfassen insbesondere",
        "Le personnel clé est composé comme suit",
        "The key staff are listed below",
        "La documentación se detalla a continuación",
    ] {
        let matched = super::FOLLOWING_END.is_match(text)
            || super::BARE_LEAD_IN.is_match(text)
            || super::BELOW_END.is_match(text);
        assert!(matched, "the patterns no longer read {text:?} as a lead-in");
        assert!(super::ends_near_lead_word(text), "{text:?}");
        assert!(super::leads_in_bare(text), "{text:?}");
    }
    // And it keeps the patterns from running on lines that end as no lead-in does.
    for text in [
        "The Contractor shall deliver the reports monthly",
        "Le titulaire assure la maintenance du site",
        "The following day the committee meets",
        "Table 3",
    ] {
        assert!(!super::leads_in_bare(text), "{text:?}");
    }
    assert!(!super::ends_near_lead_word(
        "The Contractor shall deliver the reports monthly"
    ));
}

#[test]
fn short_lines_under_a_heading_of_what_to_provide_are_items_in_wrapped_text_too() {
    // A document of wrapped paragraphs (its long lines set the width), then a heading
    // that announces what the bidder provides, and a run of short lines in sentence
    // case with no marks and no lead-in: each line is an item of its own.
    const PROSE: &str = "This notice sets out how the agency will recruit the consultant who will carry out the\nstudy of the regional programme, and how the candidates are selected.";
    for (heading, items) in [
        (
            "4. Documents to submit",
            [
                "A signed letter of motivation",
                "A detailed curriculum vitae with three references",
                "A financial offer in euros with all taxes",
            ],
        ),
        (
            "4. Pièces à fournir",
            [
                "Une lettre de motivation signée",
                "Un curriculum vitae détaillé avec trois références",
                "Une offre financière en euros toutes taxes comprises",
            ],
        ),
        (
            "4. Documentos a presentar",
            [
                "Una carta de motivación firmada",
                "Un currículum detallado con tres referencias",
                "Una oferta económica en euros con todos los impuestos",
            ],
        ),
        (
            "4. Documentos exigidos",
            [
                "Uma carta de motivação assinada",
                "Um currículo detalhado com três referências",
                "Uma proposta financeira em euros com todos os impostos",
            ],
        ),
        (
            "4. Documentazione da presentare",
            [
                "Una lettera di motivazione firmata",
                "Un curriculum dettagliato con tre referenze",
                "Una offerta economica in euro comprensiva di imposte",
            ],
        ),
    ] {
        let page = format!(
            "Notice\n\n{PROSE}\n\n{heading}\n\n{}\n{}\n{}\n\n5. Calendar\n\n{PROSE}\n",
            items[0], items[1], items[2]
        );
        let got: Vec<String> = rows(&[&page]).into_iter().map(|(text, _)| text).collect();
        assert_eq!(got, items, "{heading}");
    }
    // Lines in title case under such a heading are a table of contents or headings.
    let page = format!(
        "Notice\n\n{PROSE}\n\n4. Documents to submit\n\nSection IV. Application and Submission Information\nSection V. Application Review Information\n\n5. Calendar\n\n{PROSE}\n"
    );
    assert!(rows(&[&page]).is_empty());
}

#[test]
fn lines_under_a_lead_in_that_ends_with_a_stop_are_its_items() {
    // A sentence that binds the bidder and announces a list by its words, though it
    // ends with a stop, then lines with no marks that open with a capital: each is an
    // item, under a heading that announces nothing by itself.
    const PROSE: &str = "This notice sets out how the agency will recruit the firm that will carry out the\nstudy of the regional programme, and how the candidates are selected.";
    for (lead_in, items) in [
        (
            "Each bidder must include the following items in its proposal.",
            [
                "A cover letter signed by an officer of the firm",
                "A description of the approach and the timeline",
                "Three references from clients of the last five years",
            ],
        ),
        (
            "Le candidat devra fournir les pièces suivantes.",
            [
                "Une lettre de motivation signée par le gérant",
                "Une note méthodologique et un calendrier",
                "Trois attestations de bonne exécution",
            ],
        ),
        (
            "El licitador deberá presentar los siguientes documentos.",
            [
                "Una carta de presentación firmada",
                "Una memoria con la metodología y el calendario",
                "Tres certificados de buena ejecución",
            ],
        ),
        (
            "O proponente deverá apresentar os seguintes documentos.",
            [
                "Uma carta de apresentação assinada",
                "Uma memória com a metodologia e o calendário",
                "Três atestados de boa execução",
            ],
        ),
        (
            "Il concorrente dovrà presentare i seguenti documenti.",
            [
                "Una lettera di presentazione firmata",
                "Una relazione con la metodologia e il calendario",
                "Tre attestati di buona esecuzione",
            ],
        ),
        (
            "Der Bieter muss die folgenden Unterlagen einreichen.",
            [
                "Ein unterschriebenes Anschreiben",
                "Ein Konzept mit Methodik und Zeitplan",
                "Drei Referenzen vergleichbarer Aufträge",
            ],
        ),
    ] {
        let page = format!(
            "Notice\n\n{PROSE}\n\n3. Phase one\n\n{lead_in}\n{}\n{}\n{}\n\n4. Phase two\n\n{PROSE}\n",
            items[0], items[1], items[2]
        );
        let got: Vec<String> = rows(&[&page]).into_iter().map(|(text, _)| text).collect();
        assert_eq!(got, [lead_in, items[0], items[1], items[2]], "{lead_in}");
    }
    // A sentence that says how the issuer proceeds leads in no list: the paragraph
    // after it is no item.
    let page = format!(
        "Notice\n\n{PROSE}\n\n3. Phase one\n\nThe selection will proceed as follows.\nEach proposal is first checked for completeness by the procurement office\nand then read by three members of the committee.\n\n4. Phase two\n\n{PROSE}\n"
    );
    assert!(rows(&[&page]).is_empty(), "{:?}", rows(&[&page]));
}

#[test]
fn lines_under_a_lead_in_ending_with_an_adverb_or_as_follows_are_its_items() {
    // A lead-in with no colon whose verb of what a thing is made of has an adverb after
    // it, or that ends "as follows" and its like, on a line that stops short: the lines
    // right under it that open with a capital are its items.
    const PROSE: &str = "This notice sets out how the agency will recruit the firm that will carry out the\nstudy of the regional programme, and how the candidates are selected.";
    for (lead_in, items) in [
        (
            "Les prestations du titulaire comprennent notamment",
            [
                "Le diagnostic de quarante bâtiments publics",
                "Le dimensionnement des installations de chaque site",
            ],
        ),
        (
            "The contractor's services include in particular",
            [
                "A survey of forty public buildings",
                "The sizing of the installations of each site",
            ],
        ),
        (
            "Le titulaire remettra ses livrables comme suit",
            [
                "Un rapport de diagnostic au terme du premier mois",
                "Un rapport final au terme de la mission",
            ],
        ),
        (
            "Der Auftragnehmer erbringt die Leistungen wie folgt",
            [
                "Eine Bestandsaufnahme aller vierzig Gebäude",
                "Eine Auslegung der Anlagen für jeden Standort",
            ],
        ),
    ] {
        let page = format!(
            "Notice\n\n{PROSE}\n\n3. Services\n\n{lead_in}\n{}\n{}\n\n4. Calendar\n\n{PROSE}\n",
            items[0], items[1]
        );
        let got: Vec<String> = rows(&[&page]).into_iter().map(|(text, _)| text).collect();
        assert!(
            items.iter().all(|i| got.contains(&i.to_string())),
            "{lead_in}: {got:?}"
        );
    }
}
