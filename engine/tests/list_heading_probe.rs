//! A probe of lists under a heading or a lead-in that binds (issue 31, "list items
//! lost"), written before the engine's code for it was read: small documents of our
//! own in six languages whose items sit directly under a heading that names what the
//! bidder provides or must meet ("Deliverables", "Pièces à fournir", "Requisitos",
//! "Einzureichende Unterlagen"...), under a lead-in without any cue ("The proposal
//! comprises:", "Tab 3 - ..."), in checklist tables ("[ ] ..."), in every marker shape
//! (bullets, dashes, "o", private-use glyphs, numbers, letters, roman numerals, none);
//! and beside them lists that bind nobody (background, objectives, what the issuer
//! provides, the evaluation committee, a table of contents, expected impacts, the
//! issuer's services and sites).
//!
//! Each case names the items that must each be a row of their own and the fragments
//! that must be in no row. `KNOWN_MISSES` holds the checks the engine fails today, and
//! the test asserts it equals the failures, so a fix or a loss both show.

mod probe;

use probe::{ItemCase as Case, assert_known_misses, item_case_rows, item_failures};

/// A small document: its pages are separated by "=== page N ===" lines.
const CASES: &[Case] = &[
    Case {
        name: "en bullets under a Deliverables heading; Background list",
        text: "Terms of Reference: Mid-term Review of the Rural Water Programme\n\n1. Background\n\n• the programme covers nine districts in the northern province;\n• it began in 2021 with a budget of four million dollars;\n• two partner utilities operate the piped schemes.\n\n2. Deliverables\n\n• an inception note describing the review method;\n• a draft review report for comment by the steering group;\n• a final review report with an executive summary;\n• a slide deck for the closing workshop.\n",
        rows: &[
            "an inception note describing the review method",
            "a draft review report for comment by the steering group",
            "a final review report with an executive summary",
            "a slide deck for the closing workshop",
        ],
        not_rows: &[
            "nine districts in the northern province",
            "two partner utilities",
        ],
    },
    Case {
        name: "en numbers 1. under DOCUMENTS TO SUBMIT; the Authority will provide",
        text: "Invitation to Quote: Printing of Annual Reports\n\nDOCUMENTS TO SUBMIT\n\n1. Company profile with the names of the directors\n2. Copy of a current business licence\n3. Three samples of comparable print work\n4. Completed price schedule in the form at Annex B\n\nThe Authority will provide:\n\n1. the final artwork in print-ready files\n2. a list of delivery addresses for the copies\n",
        rows: &[
            "Company profile with the names of the directors",
            "Copy of a current business licence",
            "Three samples of comparable print work",
            "Completed price schedule in the form at Annex B",
        ],
        not_rows: &[
            "the final artwork in print-ready files",
            "a list of delivery addresses",
        ],
    },
    Case {
        name: "en letters a) under Required qualifications; evaluation committee members",
        text: "Consultancy: Gender Audit of the Ministry of Labour\n\nRequired qualifications\n\na) a master's degree in social sciences or a related field;\nb) seven years of experience in gender analysis;\nc) fluency in written and spoken English;\nd) prior audits for a public body.\n\nEvaluation committee members\n\na) the director of human resources;\nb) a senior adviser from the planning unit;\nc) an external gender specialist.\n",
        rows: &[
            "a master's degree in social sciences or a related field",
            "seven years of experience in gender analysis",
            "fluency in written and spoken English",
            "prior audits for a public body",
        ],
        not_rows: &[
            "the director of human resources",
            "a senior adviser from the planning unit",
        ],
    },
    Case {
        name: "en roman (i) under Mandatory requirements; Objectives of the programme",
        text: "Request for Proposals: Fleet Telematics\n\nObjectives of the programme\n\n(i) lower fuel use across the municipal fleet;\n(ii) fewer unplanned vehicle breakdowns;\n(iii) better data on how vehicles are used.\n\nMandatory requirements\n\n(i) real-time location of every vehicle at one-minute intervals;\n(ii) alerts for harsh braking and speeding;\n(iii) data hosted in the country for the whole contract;\n(iv) a web dashboard usable without extra software.\n",
        rows: &[
            "real-time location of every vehicle at one-minute intervals",
            "alerts for harsh braking and speeding",
            "data hosted in the country for the whole contract",
            "a web dashboard usable without extra software",
        ],
        not_rows: &[
            "lower fuel use across the municipal fleet",
            "fewer unplanned vehicle breakdowns",
        ],
    },
    Case {
        name: "en [ ] checklist under Submission checklist; Table of contents",
        text: "Table of contents\n1 Introduction\n2 Scope of work\n3 Submission checklist\n\nSubmission checklist\n\n[ ] Signed bid form\n[ ] Proof of insurance cover of at least one million\n[ ] Completed pricing workbook\n[ ] Signed conflict of interest declaration\n",
        rows: &[
            "Signed bid form",
            "Proof of insurance cover of at least one million",
            "Completed pricing workbook",
            "Signed conflict of interest declaration",
        ],
        not_rows: &["2 Scope of work", "1 Introduction"],
    },
    Case {
        name: "en Tab N - parts under a lead-in without a cue",
        text: "Request for Proposals: Records Digitisation Services\n\nProposal format\n\nThe proposal comprises:\n\nTab 1 - Cover letter signed by an officer of the firm\nTab 2 - Technical approach and work plan\nTab 3 - Resumes of the key personnel\nTab 4 - Price proposal on the county's cost sheet\n",
        rows: &[
            "Cover letter signed by an officer of the firm",
            "Technical approach and work plan",
            "Resumes of the key personnel",
            "Price proposal on the county's cost sheet",
        ],
        not_rows: &[],
    },
    Case {
        name: "en one per line without markers under Eligibility criteria; Services of the agency",
        text: "Grant Call: Small Business Export Support\n\nServices of the agency\n\nExport market studies for member firms\nTrade fair stands at reduced rates\nAdvice on customs procedures\n\nEligibility criteria\n\nRegistered in the state for at least two years\nFewer than fifty employees on the payroll\nAnnual turnover below five million dollars\nNo outstanding tax debts at the date of application\n",
        rows: &[
            "Registered in the state for at least two years",
            "Fewer than fifty employees on the payroll",
            "Annual turnover below five million dollars",
            "No outstanding tax debts at the date of application",
        ],
        not_rows: &[
            "Export market studies for member firms",
            "Trade fair stands at reduced rates",
        ],
    },
    Case {
        name: "en numbers 1.1 under Deliverables; Expected impacts",
        text: "Scope of Services: Coastal Erosion Study\n\n3. Expected impacts\n\n3.1 Safer access to the beaches in winter\n3.2 Less damage to the promenade after storms\n\n4. Deliverables\n\n4.1 Survey of the shoreline with drone imagery\n4.2 Model of sediment movement over ten years\n4.3 Options paper with costed protection measures\n",
        rows: &[
            "Survey of the shoreline with drone imagery",
            "Model of sediment movement over ten years",
            "Options paper with costed protection measures",
        ],
        not_rows: &[
            "Safer access to the beaches in winter",
            "Less damage to the promenade",
        ],
    },
    Case {
        name: "fr o items under Pièces à fournir; the issuer's sites",
        text: "Consultation : entretien des espaces verts\n\nSites de la commune\n\no Mairie, 4 place de la Halle\no Groupe scolaire des Tilleuls\no Stade municipal Jean Moulin\n\nPièces à fournir\n\no un mémoire technique décrivant les moyens humains\no une attestation d'assurance en responsabilité civile\no le bordereau des prix unitaires complété\no un relevé d'identité bancaire au nom de l'entreprise\n",
        rows: &[
            "un mémoire technique décrivant les moyens humains",
            "une attestation d'assurance en responsabilité civile",
            "le bordereau des prix unitaires complété",
            "un relevé d'identité bancaire au nom de l'entreprise",
        ],
        not_rows: &["4 place de la Halle", "Groupe scolaire des Tilleuls"],
    },
    Case {
        name: "fr numbers 1) under Livrables; Objectifs du programme",
        text: "Cahier des charges : étude de mobilité douce\n\nObjectifs du programme\n\n1) développer les trajets à vélo vers les collèges ;\n2) réduire le trafic automobile en centre-bourg.\n\nLivrables\n\n1) un diagnostic des itinéraires cyclables existants ;\n2) une carte des points noirs de sécurité ;\n3) un plan d'actions chiffré sur cinq ans.\n",
        rows: &[
            "un diagnostic des itinéraires cyclables existants",
            "une carte des points noirs de sécurité",
            "un plan d'actions chiffré sur cinq ans",
        ],
        not_rows: &[
            "développer les trajets à vélo",
            "réduire le trafic automobile",
        ],
    },
    Case {
        name: "fr dashes under Le dossier comprend :",
        text: "Appel à candidatures : résidence d'artistes 2027\n\nComposition du dossier\n\nLe dossier comprend :\n\n- un curriculum vitae artistique ;\n- une note d'intention de deux pages ;\n- un dossier visuel de dix œuvres récentes ;\n- un budget prévisionnel de la résidence.\n",
        rows: &[
            "un curriculum vitae artistique",
            "une note d'intention de deux pages",
            "un dossier visuel de dix œuvres récentes",
            "un budget prévisionnel de la résidence",
        ],
        not_rows: &[],
    },
    Case {
        name: "fr (a) under Critères d'éligibilité; Membres du comité d'évaluation",
        text: "Appel à projets : innovation sociale\n\nCritères d'éligibilité\n\n(a) association déclarée depuis plus d'un an ;\n(b) siège social situé dans le département ;\n(c) projet mené avec au moins un partenaire local.\n\nMembres du comité d'évaluation\n\n(a) la vice-présidente chargée de la solidarité ;\n(b) deux agents du service de l'économie sociale.\n",
        rows: &[
            "association déclarée depuis plus d'un an",
            "siège social situé dans le département",
            "projet mené avec au moins un partenaire local",
        ],
        not_rows: &[
            "la vice-présidente chargée de la solidarité",
            "deux agents du service",
        ],
    },
    Case {
        name: "es numbers 1.1 under Documentación a presentar; Antecedentes",
        text: "Pliego: servicio de mantenimiento de ascensores\n\n1. Antecedentes\n\n1.1 El ayuntamiento dispone de doce ascensores en sus edificios.\n1.2 El contrato anterior finalizó en marzo.\n\n2. Documentación a presentar\n\n2.1 Certificado de inscripción en el registro de empresas instaladoras\n2.2 Póliza de responsabilidad civil vigente\n2.3 Relación de los técnicos asignados al servicio\n",
        rows: &[
            "Certificado de inscripción en el registro de empresas instaladoras",
            "Póliza de responsabilidad civil vigente",
            "Relación de los técnicos asignados al servicio",
        ],
        not_rows: &[
            "doce ascensores en sus edificios",
            "El contrato anterior finalizó",
        ],
    },
    Case {
        name: "es letters A. under Requisitos; Servicios de la agencia",
        text: "Convocatoria: auxiliares de guía turística\n\nServicios de la agencia\n\nA. Rutas guiadas por el casco histórico.\nB. Venta de entradas para museos.\n\nRequisitos\n\nA. Título de técnico en guía de turismo.\nB. Nivel avanzado de inglés o francés.\nC. Disponibilidad para trabajar los fines de semana.\n",
        rows: &[
            "Título de técnico en guía de turismo",
            "Nivel avanzado de inglés o francés",
            "Disponibilidad para trabajar los fines de semana",
        ],
        not_rows: &[
            "Rutas guiadas por el casco histórico",
            "Venta de entradas para museos",
        ],
    },
    Case {
        name: "es bullets under Entregables; Impactos esperados",
        text: "Términos de referencia: evaluación del programa de becas\n\nImpactos esperados\n\n• mayor permanencia de los becarios en la universidad;\n• más becarias en carreras técnicas.\n\nEntregables\n\n• plan de trabajo con el cronograma de campo;\n• base de datos de las encuestas depurada;\n• informe final con recomendaciones.\n",
        rows: &[
            "plan de trabajo con el cronograma de campo",
            "base de datos de las encuestas depurada",
            "informe final con recomendaciones",
        ],
        not_rows: &[
            "mayor permanencia de los becarios",
            "más becarias en carreras técnicas",
        ],
    },
    Case {
        name: "pt roman i. under Documentos de habilitação; Sumário",
        text: "Sumário\n1 Do objeto\n2 Da habilitação\n3 Das penalidades\n\nDocumentos de habilitação\n\ni. ato constitutivo da empresa registrado na junta comercial;\nii. prova de regularidade com a fazenda municipal;\niii. certidão negativa de débitos trabalhistas;\niv. balanço patrimonial do último exercício.\n",
        rows: &[
            "ato constitutivo da empresa registrado na junta comercial",
            "prova de regularidade com a fazenda municipal",
            "certidão negativa de débitos trabalhistas",
            "balanço patrimonial do último exercício",
        ],
        not_rows: &["1 Do objeto", "3 Das penalidades"],
    },
    Case {
        name: "pt dashes under Produtos a entregar; Objetivos do programa",
        text: "Termo de referência: diagnóstico de saneamento rural\n\nObjetivos do programa\n\n- ampliar o acesso à água tratada nas comunidades;\n- reduzir doenças de veiculação hídrica.\n\nProdutos a entregar\n\n- relatório de campo com as visitas realizadas;\n- mapa das fontes de abastecimento existentes;\n- relatório final com as propostas de intervenção.\n",
        rows: &[
            "relatório de campo com as visitas realizadas",
            "mapa das fontes de abastecimento existentes",
            "relatório final com as propostas de intervenção",
        ],
        not_rows: &[
            "ampliar o acesso à água tratada",
            "reduzir doenças de veiculação hídrica",
        ],
    },
    Case {
        name: "pt bullets under A proposta compreende:",
        text: "Chamamento público: oficinas culturais nas escolas\n\nA proposta compreende:\n\n• plano pedagógico das oficinas;\n• currículo dos oficineiros;\n• planilha de custos por oficina.\n",
        rows: &[
            "plano pedagógico das oficinas",
            "currículo dos oficineiros",
            "planilha de custos por oficina",
        ],
        not_rows: &[],
    },
    Case {
        name: "it numbers (1) under Requisiti di partecipazione; Premessa",
        text: "Avviso: servizio di mediazione linguistica\n\nPremessa\n\n(1) Il comune accoglie ogni anno circa trecento nuovi residenti stranieri.\n(2) Lo sportello è aperto tre giorni a settimana.\n\nRequisiti di partecipazione\n\n(1) iscrizione alla camera di commercio per attività analoghe;\n(2) fatturato annuo nel settore di almeno centomila euro;\n(3) mediatori con conoscenza dell'arabo e del cinese.\n",
        rows: &[
            "iscrizione alla camera di commercio per attività analoghe",
            "fatturato annuo nel settore di almeno centomila euro",
            "mediatori con conoscenza dell'arabo e del cinese",
        ],
        not_rows: &[
            "trecento nuovi residenti stranieri",
            "Lo sportello è aperto",
        ],
    },
    Case {
        name: "it [ ] checklist under Documentazione da presentare; Sedi dell'ente",
        text: "Procedura negoziata: pulizia degli uffici\n\nSedi dell'ente\n\n- Palazzo comunale, via Roma 10\n- Biblioteca civica, piazza Garibaldi 3\n\nDocumentazione da presentare\n\n[ ] modello di offerta economica compilato\n[ ] attestato di sopralluogo rilasciato dall'ufficio tecnico\n[ ] garanzia provvisoria pari al due per cento\n",
        rows: &[
            "modello di offerta economica compilato",
            "attestato di sopralluogo rilasciato dall'ufficio tecnico",
            "garanzia provvisoria pari al due per cento",
        ],
        not_rows: &["Palazzo comunale, via Roma 10", "Biblioteca civica"],
    },
    Case {
        name: "it letters a) under L'offerta comprende:",
        text: "Capitolato: fornitura di software gestionale\n\nL'offerta comprende:\n\na) relazione tecnica sulle funzioni del prodotto;\nb) piano di formazione per gli utenti;\nc) offerta economica con il canone annuale.\n",
        rows: &[
            "relazione tecnica sulle funzioni del prodotto",
            "piano di formazione per gli utenti",
            "offerta economica con il canone annuale",
        ],
        not_rows: &[],
    },
    Case {
        name: "de private-use bullets under Einzureichende Unterlagen; Ziele des Programms",
        text: "Ausschreibung: Reinigung der Schulgebäude\n\nZiele des Programms\n\n\u{F0B7} gesunde Lernumgebung für alle Kinder\n\u{F0B7} geringerer Einsatz von Reinigungsmitteln\n\nEinzureichende Unterlagen\n\n\u{F0B7} Auszug aus dem Handelsregister\n\u{F0B7} Nachweis der Betriebshaftpflichtversicherung\n\u{F0B7} Referenzliste über vergleichbare Aufträge\n\u{F0B7} ausgefülltes Preisblatt\n",
        rows: &[
            "Auszug aus dem Handelsregister",
            "Nachweis der Betriebshaftpflichtversicherung",
            "Referenzliste über vergleichbare Aufträge",
            "ausgefülltes Preisblatt",
        ],
        not_rows: &[
            "gesunde Lernumgebung für alle Kinder",
            "geringerer Einsatz von Reinigungsmitteln",
        ],
    },
    Case {
        name: "de letters a) under Eignungskriterien; Leistungen der Behörde",
        text: "Verhandlungsverfahren: Planung eines Radwegs\n\nLeistungen der Behörde\n\na) Bereitstellung der vorhandenen Vermessungsdaten\nb) Abstimmung mit den Grundeigentümern\n\nEignungskriterien\n\na) mindestens drei abgeschlossene Radwegplanungen in den letzten fünf Jahren\nb) ein Projektleiter mit Ingenieurabschluss\nc) Jahresumsatz von mindestens 500.000 Euro\n",
        rows: &[
            "mindestens drei abgeschlossene Radwegplanungen in den letzten fünf Jahren",
            "ein Projektleiter mit Ingenieurabschluss",
            "Jahresumsatz von mindestens 500.000 Euro",
        ],
        not_rows: &[
            "Bereitstellung der vorhandenen Vermessungsdaten",
            "Abstimmung mit den Grundeigentümern",
        ],
    },
    Case {
        name: "de dashes under Das Angebot umfasst:; Mitglieder des Bewertungsgremiums",
        text: "Vergabe: Betrieb der Stadtbibliothek-App\n\nDas Angebot umfasst:\n\n– ein Betriebskonzept für die App;\n– einen Zeitplan für die Übernahme;\n– eine Preisaufstellung je Jahr.\n\nMitglieder des Bewertungsgremiums\n\n– die Leiterin der Stadtbibliothek\n– ein Vertreter der IT-Abteilung\n",
        rows: &[
            "ein Betriebskonzept für die App",
            "einen Zeitplan für die Übernahme",
            "eine Preisaufstellung je Jahr",
        ],
        not_rows: &[
            "die Leiterin der Stadtbibliothek",
            "ein Vertreter der IT-Abteilung",
        ],
    },
    Case {
        name: "de numbers 1. under Mindestanforderungen; Hintergrund",
        text: "Leistungsbeschreibung: Videokonferenzsystem\n\nHintergrund\n\n1. Die Verwaltung hat sechs Standorte im Landkreis.\n2. Heute werden Telefonkonferenzen genutzt.\n\nMindestanforderungen\n\n1. Unterstützung von bis zu hundert Teilnehmenden\n2. Verschlüsselung der Übertragung nach aktuellem Stand\n3. Betrieb in einem Rechenzentrum in der EU\n",
        rows: &[
            "Unterstützung von bis zu hundert Teilnehmenden",
            "Verschlüsselung der Übertragung nach aktuellem Stand",
            "Betrieb in einem Rechenzentrum in der EU",
        ],
        not_rows: &[
            "sechs Standorte im Landkreis",
            "Heute werden Telefonkonferenzen genutzt",
        ],
    },
    Case {
        name: "fr private-use glyph under Exigences minimales; Le pouvoir adjudicateur fournira",
        text: "Marché : maintenance du parc informatique\n\nLe pouvoir adjudicateur fournira :\n\n\u{F0A7} un accès aux locaux aux heures ouvrées ;\n\u{F0A7} l'inventaire du matériel installé.\n\nExigences minimales\n\n\u{F0A7} intervention sur site en moins de quatre heures ;\n\u{F0A7} techniciens certifiés par les constructeurs ;\n\u{F0A7} rapport mensuel des incidents traités.\n",
        rows: &[
            "intervention sur site en moins de quatre heures",
            "techniciens certifiés par les constructeurs",
            "rapport mensuel des incidents traités",
        ],
        not_rows: &[
            "un accès aux locaux aux heures ouvrées",
            "l'inventaire du matériel installé",
        ],
    },
    // Added with the headings of the bidder's obligations, its experience and its
    // commitments (from the third fresh matrix probe's pass): before them such items
    // under "Obligaciones del contratista", "Obrigações da contratada", "Obblighi
    // dell'appaltatore", "Pflichten des Auftragnehmers", "Obligations du prestataire",
    // "Expérience requise" were no rows; the issuer's obligations stay out.
    Case {
        name: "obligations, experience and commitments headings in five languages; the issuer's stay out",
        text: r#"CAHIER DES CHARGES

5. Obligaciones del contratista

Realizar la limpieza diaria de las aulas y los aseos
Elaborar un informe mensual de las tareas realizadas

6. Obrigações da contratada

Realizar a limpeza diária das salas e instalações
Elaborar um relatório mensal das atividades

7. Obblighi dell'appaltatore

Eseguire la pulizia giornaliera delle aule
Redigere una relazione mensile delle attività

8. Pflichten des Auftragnehmers

Durchführung der täglichen Reinigung der Klassenräume
Erstellung eines monatlichen Berichts über die Leistungen

9. Obligations du prestataire

Nettoyage quotidien des salles de classe et des sanitaires
Réassort des consommables dans tous les sanitaires

10. Expérience requise

Conception d'au moins deux outils de suivi d'indicateurs
Formation d'équipes techniques de collectivités locales

11. Obligations de la commune

Mise à disposition d'un local de stockage
Fourniture de l'eau et de l'électricité
"#,
        rows: &[
            "Realizar la limpieza diaria",
            "Elaborar un informe mensual",
            "Realizar a limpeza diária",
            "Elaborar um relatório mensal",
            "Eseguire la pulizia giornaliera",
            "Redigere una relazione mensile",
            "Durchführung der täglichen Reinigung",
            "Erstellung eines monatlichen Berichts",
            "Nettoyage quotidien des salles",
            "Réassort des consommables",
            "Conception d'au moins deux outils",
            "Formation d'équipes techniques",
        ],
        not_rows: &["Mise à disposition d'un local", "Fourniture de l'eau"],
    },
];

/// The checks the engine fails today ("case name | fragment"), sorted. First score
/// 87/133, before a heading's cue bound its own items (`heading_binds_items`): items
/// numbered "1.1" under a heading read as sub-headings, "[ ]" and "Tab N -" lines
/// are no items, lines without marks under a heading are no items, an objective in
/// the infinitive binds by itself, a contents list without page numbers is rows.
const KNOWN_MISSES: &[&str] = &[
    "en Tab N - parts under a lead-in without a cue | Cover letter signed by an officer of the firm",
    "en Tab N - parts under a lead-in without a cue | Price proposal on the county's cost sheet",
    "en Tab N - parts under a lead-in without a cue | Resumes of the key personnel",
    "en Tab N - parts under a lead-in without a cue | Technical approach and work plan",
    "en [ ] checklist under Submission checklist; Table of contents | Completed pricing workbook",
    "en [ ] checklist under Submission checklist; Table of contents | Proof of insurance cover of at least one million",
    "en [ ] checklist under Submission checklist; Table of contents | Signed bid form",
    "en [ ] checklist under Submission checklist; Table of contents | Signed conflict of interest declaration",
    "en numbers 1.1 under Deliverables; Expected impacts | Model of sediment movement over ten years",
    "en numbers 1.1 under Deliverables; Expected impacts | Options paper with costed protection measures",
    "en numbers 1.1 under Deliverables; Expected impacts | Survey of the shoreline with drone imagery",
    "en one per line without markers under Eligibility criteria; Services of the agency | Annual turnover below five million dollars",
    "en one per line without markers under Eligibility criteria; Services of the agency | Fewer than fifty employees on the payroll",
    "en one per line without markers under Eligibility criteria; Services of the agency | No outstanding tax debts at the date of application",
    "en one per line without markers under Eligibility criteria; Services of the agency | Registered in the state for at least two years",
    "es numbers 1.1 under Documentación a presentar; Antecedentes | Certificado de inscripción en el registro de empresas instaladoras",
    "es numbers 1.1 under Documentación a presentar; Antecedentes | Póliza de responsabilidad civil vigente",
    "es numbers 1.1 under Documentación a presentar; Antecedentes | Relación de los técnicos asignados al servicio",
    "fr numbers 1) under Livrables; Objectifs du programme | développer les trajets à vélo",
    "it [ ] checklist under Documentazione da presentare; Sedi dell'ente | attestato di sopralluogo rilasciato dall'ufficio tecnico",
    "it [ ] checklist under Documentazione da presentare; Sedi dell'ente | garanzia provvisoria pari al due per cento",
    "it [ ] checklist under Documentazione da presentare; Sedi dell'ente | modello di offerta economica compilato",
    "pt roman i. under Documentos de habilitação; Sumário | 1 Do objeto",
    "pt roman i. under Documentos de habilitação; Sumário | 3 Das penalidades",
];

#[test]
fn the_list_heading_probe_fails_only_its_known_misses() {
    assert_known_misses(
        "list heading probe",
        CASES,
        item_failures,
        |case| format!("{}: {:#?}", case.name, item_case_rows(case)),
        KNOWN_MISSES,
    );
}
