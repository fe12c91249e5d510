//! A probe of the statements that bind an applicant without a modal verb (issue 31,
//! "Imperatives" and "Obligation without a modal"), as a call for proposals or an
//! application guide writes them, written before the engine read it: small documents
//! of our own in six languages, each an application section, an eligibility section
//! and a limits table. Imperatives of application instructions ("Enter …", "Attach …",
//! "Do not include …", "Veuillez joindre", "Joindre …", "Adjunte", "Anexe",
//! "Allegare", "Fügen Sie … bei"); eligibility said in the indicative ("are not
//! eligible", "will not be accepted", "n'est pas recevable", "no serán admitidas",
//! "não serão aceites", "non sono ammissibili", "werden nicht berücksichtigt"); the
//! issuer's refusal with a list after it, each item a prohibition of its own; limits
//! without a modal ("The maximum project period is …", "La durée maximale est de …",
//! "Page limit: …", a table of page limits); "It is essential that applicants …" and
//! its equivalents. And what binds nobody: the issuer's process ("The review panel
//! will assess …"), its timetable ("Awards are expected …"), help offered ("Applicants
//! may contact …"), what is not required, background.
//!
//! Each case names the statements that must be rows (mandatory ones), the items of a
//! list that must each be a row of their own, and the fragments that must be in no
//! row. `KNOWN_MISSES` holds the checks the engine fails today, and the test asserts it
//! equals the failures, so a fix or a loss both show.

mod probe;

use probe::{StatementCase as Case, assert_known_misses, statement_case_failures as failures};

const CASES: &[Case] = &[
    // --- English ---
    Case {
        name: "en application guide: imperatives, 'it is essential that', the panel's work",
        text: "=== page 1 ===\nNOTICE OF FUNDING OPPORTUNITY\nCommunity Sensor Networks for Air Quality\n\nPart 4. How to Apply\n\n4.1 Preparing the application\n\nThe programme began in 2019 to help towns build low-cost monitoring networks.\nFollow the steps in the applicant handbook unless this notice states otherwise.\nEnter the number of participating schools in field 12 of the cover form.\nAttach the letters of support as a single PDF named Support_Letters.\nDo not include hyperlinks to websites or videos in the project narrative.\nUse a font size of at least 11 points throughout the narrative.\nIt is essential that applicants register in the grants portal at least four weeks before the due date.\nIt is critical that the budget justification matches the figures of the budget form.\nApplicants may contact the programme officer with questions about scope.\nA letter of institutional commitment is not required at this stage.\n\n4.2 After submission\n\nThe review panel will assess each application against the criteria in Part 5.\nAwards are expected to be made in June of next year.\n",
        rows: &[
            "Follow the steps in the applicant handbook",
            "Enter the number of participating schools in field 12",
            "Attach the letters of support as a single PDF",
            "Do not include hyperlinks to websites or videos",
            "Use a font size of at least 11 points",
            "It is essential that applicants register in the grants portal",
            "It is critical that the budget justification matches",
        ],
        items: &[],
        not_rows: &[
            "The programme began in 2019",
            "Applicants may contact the programme officer",
            "A letter of institutional commitment is not required",
            "The review panel will assess each application",
            "Awards are expected to be made in June",
        ],
    },
    Case {
        name: "en eligibility and limits: indicative, the agency's refusal with a list",
        text: "=== page 1 ===\nPart 3. Eligibility\n\nPublic and private non-profit organisations based in the country can apply.\nFor-profit companies are not eligible to apply.\nApplicants are not allowed to submit more than one application per round.\nApplications received after the deadline will not be reviewed.\nIncomplete applications will not be considered.\nThe agency will not accept an application that:\na) exceeds the page limit set out below;\nb) lacks the signature of the authorised organisational representative;\nc) duplicates a proposal now under review by another funder.\n\nPart 4. Limits\n\nThe maximum project period is 3 years.\nBudgets are limited to $400,000 in direct costs per year.\nPage limit: 12 pages for the project narrative.\n\nSection              Page limit\nAbstract             1 page\nData sharing plan    2 pages\nBiographical sketch  3 pages per person\n",
        rows: &[
            "For-profit companies are not eligible to apply",
            "Applicants are not allowed to submit more than one application",
            "Applications received after the deadline will not be reviewed",
            "Incomplete applications will not be considered",
            "The maximum project period is 3 years",
            "Budgets are limited to $400,000 in direct costs per year",
            "12 pages for the project narrative",
            "Data sharing plan",
            "Biographical sketch",
        ],
        items: &[
            "exceeds the page limit set out below",
            "lacks the signature of the authorised organisational representative",
            "duplicates a proposal now under review by another funder",
        ],
        not_rows: &[],
    },
    // --- French ---
    Case {
        name: "fr appel à projets: impératif poli, infinitif, 'il est impératif que', recevabilité",
        text: "=== page 1 ===\nAppel à projets 2026 – Santé numérique en territoire rural\n\n3. Constitution du dossier\n\nLa région accompagne depuis 2018 les projets de télémédecine des communes.\nVeuillez joindre le budget prévisionnel au format tableur.\nJoindre les curriculum vitae des membres de l'équipe en un seul fichier.\nIndiquer le numéro SIRET de la structure porteuse en première page.\nNe pas dépasser quinze pages pour la description du projet.\nIl est impératif que le porteur dépose un dossier complet avant la date limite.\nLes porteurs peuvent solliciter un rendez-vous auprès du service instructeur.\nUne lettre de soutien des élus n'est pas exigée.\n\n4. Durée et montant\n\nLa durée maximale est de 24 mois.\nLe montant de l'aide est plafonné à 150 000 euros par projet.\n\n5. Recevabilité\n\nUn dossier incomplet n'est pas recevable.\nLes entreprises de plus de 250 salariés ne sont pas éligibles.\nLes dossiers envoyés par courrier électronique ne seront pas acceptés.\n\n6. Sélection\n\nLe comité de sélection examinera les dossiers en septembre.\nLes résultats seront publiés sur le site de la région en fin d'année.\n",
        rows: &[
            "Veuillez joindre le budget prévisionnel",
            "Joindre les curriculum vitae des membres de l'équipe",
            "Indiquer le numéro SIRET de la structure porteuse",
            "Ne pas dépasser quinze pages",
            "Il est impératif que le porteur dépose un dossier complet",
            "La durée maximale est de 24 mois",
            "Le montant de l'aide est plafonné à 150 000 euros",
            "Un dossier incomplet n'est pas recevable",
            "Les entreprises de plus de 250 salariés ne sont pas éligibles",
            "Les dossiers envoyés par courrier électronique ne seront pas acceptés",
        ],
        items: &[],
        not_rows: &[
            "La région accompagne depuis 2018",
            "Les porteurs peuvent solliciter un rendez-vous",
            "Une lettre de soutien des élus n'est pas exigée",
            "Le comité de sélection examinera les dossiers",
            "Les résultats seront publiés",
        ],
    },
    // --- Spanish ---
    Case {
        name: "es convocatoria: imperativos, infinitivo, 'es imprescindible que', admisión y lista",
        text: "=== page 1 ===\nConvocatoria de ayudas a proyectos de economía circular 2026\n\nArtículo 6. Presentación de solicitudes\n\nEl programa se puso en marcha en 2020 con fondos propios de la consejería.\nAdjunte el plan de trabajo en un único archivo PDF.\nIndicar el número de identificación fiscal de la entidad en la primera página.\nCumplimente todos los apartados del formulario electrónico.\nNo incluya enlaces a páginas web en la memoria técnica.\nEs imprescindible que la entidad solicitante esté inscrita en el registro autonómico.\nLos solicitantes pueden consultar sus dudas en la oficina de atención al ciudadano.\nNo se exige aval bancario.\n\nArtículo 7. Límites\n\nLa extensión máxima es de 20 páginas.\nEl plazo máximo de ejecución es de 18 meses.\n\nArtículo 8. Admisión\n\nLas solicitudes presentadas fuera de plazo no serán admitidas.\nLas asociaciones sin inscripción registral no son subvencionables.\nEl órgano convocante no admitirá las solicitudes que:\na) carezcan de la memoria técnica firmada;\nb) superen el importe máximo de la ayuda por beneficiario;\nc) se presenten por un medio distinto de la sede electrónica.\n\nArtículo 9. Evaluación\n\nLa comisión de valoración evaluará las solicitudes en un plazo de tres meses.\nLa resolución se publicará en el diario oficial.\n",
        rows: &[
            "Adjunte el plan de trabajo",
            "Indicar el número de identificación fiscal",
            "Cumplimente todos los apartados del formulario",
            "No incluya enlaces a páginas web",
            "Es imprescindible que la entidad solicitante esté inscrita",
            "La extensión máxima es de 20 páginas",
            "El plazo máximo de ejecución es de 18 meses",
            "Las solicitudes presentadas fuera de plazo no serán admitidas",
            "Las asociaciones sin inscripción registral no son subvencionables",
        ],
        items: &[
            "carezcan de la memoria técnica firmada",
            "superen el importe máximo de la ayuda por beneficiario",
            "se presenten por un medio distinto de la sede electrónica",
        ],
        not_rows: &[
            "El programa se puso en marcha en 2020",
            "Los solicitantes pueden consultar sus dudas",
            "No se exige aval bancario",
            "La comisión de valoración evaluará las solicitudes",
            "La resolución se publicará en el diario oficial",
        ],
    },
    // --- Portuguese ---
    Case {
        name: "pt edital: imperativo, infinitivo, 'é indispensável que', admissibilidade",
        text: "=== page 1 ===\nAviso de abertura de candidaturas – Apoio a projetos culturais 2026\n\n5. Instruções de candidatura\n\nO programa existe desde 2015 e apoiou mais de trezentos projetos.\nAnexe o orçamento detalhado em formato PDF.\nPreencher todos os campos obrigatórios do formulário eletrónico.\nIndicar o número de identificação fiscal da entidade proponente.\nNão inclua fotografias no plano de atividades.\nÉ indispensável que o proponente tenha sede em território nacional.\nOs candidatos podem pedir esclarecimentos por correio eletrónico.\nNão é exigida garantia bancária.\n\n6. Duração e montante\n\nA duração máxima é de 12 meses.\nO apoio financeiro está limitado a 50 000 euros por projeto.\n\n7. Admissibilidade\n\nAs candidaturas entregues após o prazo não serão aceites.\nAs entidades com dívidas à segurança social não são elegíveis.\n\n8. Avaliação\n\nO júri avaliará as candidaturas no prazo de 60 dias.\nOs resultados serão divulgados no sítio da Direção-Geral.\n",
        rows: &[
            "Anexe o orçamento detalhado",
            "Preencher todos os campos obrigatórios",
            "Indicar o número de identificação fiscal",
            "Não inclua fotografias no plano de atividades",
            "É indispensável que o proponente tenha sede",
            "A duração máxima é de 12 meses",
            "O apoio financeiro está limitado a 50 000 euros",
            "As candidaturas entregues após o prazo não serão aceites",
            "As entidades com dívidas à segurança social não são elegíveis",
        ],
        items: &[],
        not_rows: &[
            "O programa existe desde 2015",
            "Os candidatos podem pedir esclarecimentos",
            "Não é exigida garantia bancária",
            "O júri avaliará as candidaturas",
            "Os resultados serão divulgados",
        ],
    },
    // --- Italian ---
    Case {
        name: "it bando: infinito, imperativo, 'è indispensabile che', ammissibilità",
        text: "=== page 1 ===\nBando per il sostegno a progetti di innovazione sociale 2026\n\nArt. 5 – Modalità di presentazione\n\nIl programma è attivo dal 2017 e ha finanziato oltre cento progetti.\nAllegare il curriculum del responsabile scientifico in formato PDF.\nCompilare il modulo online in ogni sua parte.\nIndicare il codice fiscale dell'ente capofila.\nNon inserire collegamenti a siti esterni nella proposta.\nÈ indispensabile che il capofila abbia una sede operativa nella regione.\nI proponenti possono chiedere chiarimenti all'ufficio bandi.\nNon è richiesta la fideiussione bancaria.\n\nArt. 6 – Durata e importo\n\nLa durata massima del progetto è di 24 mesi.\nIl contributo è limitato a 80.000 euro per progetto.\n\nArt. 7 – Ammissibilità\n\nLe domande pervenute oltre il termine non sono ammissibili.\nLe imprese in stato di liquidazione non sono ammesse al contributo.\n\nArt. 8 – Valutazione\n\nLa commissione valuterà le proposte entro novanta giorni.\nLa graduatoria sarà pubblicata sul sito della Regione.\n",
        rows: &[
            "Allegare il curriculum del responsabile scientifico",
            "Compilare il modulo online in ogni sua parte",
            "Indicare il codice fiscale dell'ente capofila",
            "Non inserire collegamenti a siti esterni",
            "È indispensabile che il capofila abbia una sede operativa",
            "La durata massima del progetto è di 24 mesi",
            "Il contributo è limitato a 80.000 euro",
            "Le domande pervenute oltre il termine non sono ammissibili",
            "Le imprese in stato di liquidazione non sono ammesse",
        ],
        items: &[],
        not_rows: &[
            "Il programma è attivo dal 2017",
            "I proponenti possono chiedere chiarimenti",
            "Non è richiesta la fideiussione bancaria",
            "La commissione valuterà le proposte",
            "La graduatoria sarà pubblicata",
        ],
    },
    // --- German ---
    Case {
        name: "de Förderaufruf: Imperativ, 'es ist zwingend erforderlich', Zulässigkeit und Liste",
        text: "=== page 1 ===\nFörderaufruf Digitale Bildung in der Erwachsenenbildung 2026\n\n4. Antragstellung\n\nDas Programm wurde 2019 aufgelegt und seither zweimal verlängert.\nFügen Sie dem Antrag einen Finanzierungsplan bei.\nGeben Sie die Steuernummer der antragstellenden Einrichtung an.\nVerwenden Sie ausschließlich das Formular im Förderportal.\nReichen Sie keine Anlagen per E-Mail ein.\nEs ist zwingend erforderlich, dass die Projektskizze in deutscher Sprache verfasst ist.\nAntragsteller können sich bei Fragen an den Projektträger wenden.\nEine Bankbürgschaft ist nicht erforderlich.\n\n5. Laufzeit und Umfang\n\nDie Laufzeit beträgt höchstens 36 Monate.\nDie Projektskizze umfasst maximal zehn Seiten.\n\n6. Zulässigkeit\n\nVerspätet eingegangene Anträge werden nicht berücksichtigt.\nUnternehmen in Schwierigkeiten sind nicht antragsberechtigt.\nDer Projektträger nimmt keine Anträge an, die:\na) ohne rechtsverbindliche Unterschrift eingereicht werden;\nb) den Höchstbetrag der Zuwendung überschreiten;\nc) auf einem anderen Weg als über das Förderportal eingehen.\n\n7. Auswahl\n\nDas Gutachtergremium bewertet die Skizzen im Herbst.\nDie Förderentscheidungen werden voraussichtlich im März bekanntgegeben.\n",
        rows: &[
            "Fügen Sie dem Antrag einen Finanzierungsplan bei",
            "Geben Sie die Steuernummer der antragstellenden Einrichtung an",
            "Verwenden Sie ausschließlich das Formular im Förderportal",
            "Reichen Sie keine Anlagen per E-Mail ein",
            "Es ist zwingend erforderlich, dass die Projektskizze",
            "Die Laufzeit beträgt höchstens 36 Monate",
            "Die Projektskizze umfasst maximal zehn Seiten",
            "Verspätet eingegangene Anträge werden nicht berücksichtigt",
            "Unternehmen in Schwierigkeiten sind nicht antragsberechtigt",
        ],
        items: &[
            "ohne rechtsverbindliche Unterschrift eingereicht werden",
            "den Höchstbetrag der Zuwendung überschreiten",
            "auf einem anderen Weg als über das Förderportal eingehen",
        ],
        not_rows: &[
            "Das Programm wurde 2019 aufgelegt",
            "Antragsteller können sich bei Fragen",
            "Eine Bankbürgschaft ist nicht erforderlich",
            "Das Gutachtergremium bewertet die Skizzen",
            "Die Förderentscheidungen werden voraussichtlich",
        ],
    },
];

/// The checks the engine fails today ("case name | fragment"), sorted.
const KNOWN_MISSES: &[&str] = &[
    "en eligibility and limits: indicative, the agency's refusal with a list | Biographical sketch",
    "en eligibility and limits: indicative, the agency's refusal with a list | Data sharing plan",
];

#[test]
fn the_instructions_probe_fails_only_its_known_misses() {
    assert_known_misses(
        "instructions probe",
        CASES,
        failures,
        |case| format!("{}: {:#?}", case.name, probe::statement_rows(case.text)),
        KNOWN_MISSES,
    );
}
