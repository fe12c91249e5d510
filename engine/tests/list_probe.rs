//! A probe of how the compliance matrix reads lists (issue 31, "Lists" and
//! "Obligation without a modal"), written before the engine read it: small documents
//! of our own in six languages, in every list shape the issue names (dashes, bullets,
//! the private-use glyphs a PDF's extraction leaves, "o", roman numerals, letters,
//! numbers, lists across a page break, lead-ins with and without a modal, Markdown
//! whose every line is a heading), and lists that bind nobody (the issuer's services,
//! background facts, a table of contents, the evaluation committee's members).
//!
//! Each case names the items that must each be a row of their own and the fragments
//! that must be in no row. `KNOWN_MISSES` holds the checks the engine fails today, and
//! the test asserts it equals the failures, so a fix or a loss both show.

mod probe;

use probe::{ItemCase as Case, assert_known_misses, item_case_rows, item_failures};

/// A small document: its pages are separated by "=== page N ===" lines.
const CASES: &[Case] = &[
    Case {
        name: "fr en-dash, lead-in without a modal, qualifications under a heading",
        text: "Termes de référence : refonte du portail associatif\n\n1. Contexte\n\nL'association gère un réseau de quarante jardins partagés dans la région. Elle compte aujourd'hui trois salariés et une centaine de bénévoles.\n\n2. Pièces à fournir :\n\n– une lettre de motivation signée par le représentant légal ;\n– un extrait Kbis de moins de trois mois ;\n– les références de trois projets comparables ;\n– une proposition financière détaillée en euros hors taxes.\n\n3. Profil recherché\n\n– cinq années d'expérience au moins dans le développement web ;\n– une bonne maîtrise des outils de gestion de contenu ;\n– la capacité à animer des ateliers avec les bénévoles.\n",
        rows: &[
            "une lettre de motivation signée par le représentant légal",
            "un extrait Kbis de moins de trois mois",
            "les références de trois projets comparables",
            "une proposition financière détaillée en euros hors taxes",
            "cinq années d'expérience au moins dans le développement web",
            "une bonne maîtrise des outils de gestion de contenu",
            "la capacité à animer des ateliers avec les bénévoles",
        ],
        not_rows: &["quarante jardins partagés", "trois salariés"],
    },
    Case {
        name: "en bullets, bare noun phrases ending in ; and ; and",
        text: "Request for Quotation: Supply of Office Furniture\n\nBackground\n\nThe Trust runs four regional offices and a training centre.\n\nDocuments to submit:\n\n• a certified copy of the registration certificate;\n• a valid tax clearance certificate;\n• a price schedule signed by an authorised person; and\n• a delivery plan for the four offices.\n",
        rows: &[
            "a certified copy of the registration certificate",
            "a valid tax clearance certificate",
            "a price schedule signed by an authorised person",
            "a delivery plan for the four offices",
        ],
        not_rows: &["runs four regional offices"],
    },
    Case {
        name: "es private-use bullet U+F0B7",
        text: "Pliego de prescripciones técnicas: servicio de limpieza de edificios municipales\n\nDocumentación a presentar:\n\u{F0B7} Copia del documento nacional de identidad del representante.\n\u{F0B7} Certificado de estar al corriente con la Seguridad Social.\n\u{F0B7} Declaración responsable de no estar incurso en prohibición de contratar.\n\u{F0B7} Memoria técnica con el plan de trabajo propuesto.\n\nCriterios de adjudicación\n\nLa oferta económica se valorará hasta 60 puntos.\n",
        rows: &[
            "Copia del documento nacional de identidad del representante",
            "Certificado de estar al corriente con la Seguridad Social",
            "Declaración responsable de no estar incurso en prohibición de contratar",
            "Memoria técnica con el plan de trabajo propuesto",
        ],
        not_rows: &[],
    },
    Case {
        name: "pt private-use bullet U+F0A7 with a tab",
        text: "Edital de chamada pública: consultoria em gestão de resíduos sólidos\n\nDocumentos exigidos:\n\n\u{F0A7}\tcópia do contrato social da empresa;\n\u{F0A7}\tcertidão negativa de débitos federais;\n\u{F0A7}\tatestado de capacidade técnica emitido por cliente público;\n\u{F0A7}\tproposta de preço assinada pelo responsável legal.\n",
        rows: &[
            "cópia do contrato social da empresa",
            "certidão negativa de débitos federais",
            "atestado de capacidade técnica emitido por cliente público",
            "proposta de preço assinada pelo responsável legal",
        ],
        not_rows: &[],
    },
    Case {
        name: "it private-use bullet U+F0D8",
        text: "Avviso pubblico per la fornitura di arredi scolastici\n\nDocumenti da allegare:\n\n\u{F0D8} domanda di partecipazione firmata digitalmente;\n\u{F0D8} copia del documento d'identità del legale rappresentante;\n\u{F0D8} dichiarazione sostitutiva di certificazione camerale;\n\u{F0D8} offerta economica redatta secondo il modello allegato.\n",
        rows: &[
            "domanda di partecipazione firmata digitalmente",
            "copia del documento d'identità del legale rappresentante",
            "dichiarazione sostitutiva di certificazione camerale",
            "offerta economica redatta secondo il modello allegato",
        ],
        not_rows: &[],
    },
    Case {
        name: "en nested o bullets under a lead-in without a modal",
        text: "Request for Proposals: Booking Platform for Sports Halls\n\nScope of Work\n\nThe contractor will build a booking platform for the sports halls of the district.\n\nThe platform features:\n\n• online booking of halls by the hour, with a calendar view;\n• payment by card and by invoice;\n• an administration area, with:\no management of opening hours per hall;\no export of bookings to a spreadsheet;\no role-based access for staff.\n",
        rows: &[
            "online booking of halls by the hour",
            "payment by card and by invoice",
            "management of opening hours per hall",
            "export of bookings to a spreadsheet",
            "role-based access for staff",
        ],
        not_rows: &[],
    },
    Case {
        name: "de hyphens, label without a modal",
        text: "Leistungsbeschreibung: Relaunch der Vereinswebsite\n\nEinzureichende Unterlagen:\n\n- Angebot mit Festpreis für alle Leistungen\n- Referenzliste mit mindestens drei vergleichbaren Projekten\n- Nachweis einer Betriebshaftpflichtversicherung\n- Zeitplan für die Umsetzung bis zum Livegang\n",
        rows: &[
            "Angebot mit Festpreis für alle Leistungen",
            "Referenzliste mit mindestens drei vergleichbaren Projekten",
            "Nachweis einer Betriebshaftpflichtversicherung",
            "Zeitplan für die Umsetzung bis zum Livegang",
        ],
        not_rows: &[],
    },
    Case {
        name: "de top-level o bullets under a lead-in in the indicative",
        text: "Leistungsbeschreibung: Betrieb der Website\n\nAnforderungen an den Betrieb\n\nDer Auftragnehmer stellt sicher:\no tägliche Datensicherung mit einer Aufbewahrung von 30 Tagen\no Verfügbarkeit der Website von mindestens 99,5 Prozent im Jahresmittel\no Einspielen von Sicherheitsupdates innerhalb von 48 Stunden\n",
        rows: &[
            "tägliche Datensicherung mit einer Aufbewahrung von 30 Tagen",
            "Verfügbarkeit der Website von mindestens 99,5 Prozent im Jahresmittel",
            "Einspielen von Sicherheitsupdates innerhalb von 48 Stunden",
        ],
        not_rows: &[],
    },
    Case {
        name: "en roman numerals i. under a modal lead-in",
        text: "Terms of Reference: Water Tariff Review\n\n5. Duties of the Consultant\n\nThe Consultant shall:\n\ni. review the existing water tariff studies;\nii. prepare a demand forecast for the next ten years;\niii. hold two workshops with the utility's staff; and\niv. submit a final report in English.\n",
        rows: &[
            "review the existing water tariff studies",
            "prepare a demand forecast for the next ten years",
            "hold two workshops with the utility's staff",
            "submit a final report in English",
        ],
        not_rows: &[],
    },
    Case {
        name: "fr roman numerals (i)",
        text: "Cahier des clauses particulières\n\nArticle 4 – Obligations du titulaire\n\nLe titulaire est tenu de :\n(i) désigner un chef de projet dès la notification du marché ;\n(ii) transmettre un rapport mensuel d'avancement ;\n(iii) respecter la charte graphique de la commune.\n",
        rows: &[
            "désigner un chef de projet dès la notification du marché",
            "transmettre un rapport mensuel d'avancement",
            "respecter la charte graphique de la commune",
        ],
        not_rows: &[],
    },
    Case {
        name: "es letters a) under a modal lead-in, background list after",
        text: "Pliego de cláusulas administrativas\n\nCláusula 7. Obligaciones del adjudicatario\n\nEl adjudicatario deberá:\na) designar un responsable técnico del contrato;\nb) entregar un informe trimestral de actividades;\nc) mantener la confidencialidad de los datos tratados.\n\nCláusula 8. Antecedentes\n\nEl municipio cuenta con:\n- 35 000 habitantes empadronados;\n- una red de catorce bibliotecas públicas;\n- un centro de datos propio desde 2019.\n",
        rows: &[
            "designar un responsable técnico del contrato",
            "entregar un informe trimestral de actividades",
            "mantener la confidencialidad de los datos tratados",
        ],
        not_rows: &[
            "35 000 habitantes empadronados",
            "una red de catorce bibliotecas públicas",
            "un centro de datos propio desde 2019",
        ],
    },
    Case {
        name: "pt letters (a), deliverables without a modal; the committee's members",
        text: "Termo de referência: estudo de mobilidade urbana\n\n4. Produtos esperados:\n\n(a) plano de trabalho detalhado no prazo de quinze dias;\n(b) diagnóstico da mobilidade com mapas temáticos;\n(c) relatório final com recomendações priorizadas.\n\n5. Avaliação\n\nA comissão de avaliação é composta por:\n(a) o Secretário Municipal de Administração, que a preside;\n(b) dois técnicos da Secretaria de Obras;\n(c) um representante da Procuradoria do Município.\n",
        rows: &[
            "plano de trabalho detalhado no prazo de quinze dias",
            "diagnóstico da mobilidade com mapas temáticos",
            "relatório final com recomendações priorizadas",
        ],
        not_rows: &[
            "o Secretário Municipal de Administração",
            "dois técnicos da Secretaria de Obras",
            "um representante da Procuradoria do Município",
        ],
    },
    Case {
        name: "it letters a. under an eligibility lead-in",
        text: "Avviso pubblico: servizio di manutenzione del verde\n\nArt. 5 – Requisiti di partecipazione\n\nI concorrenti devono possedere i seguenti requisiti:\na. iscrizione alla Camera di Commercio per attività coerenti;\nb. fatturato minimo annuo di 200.000 euro negli ultimi tre anni;\nc. esecuzione di almeno due servizi analoghi.\n\nArt. 6 – Obblighi dell'aggiudicatario\n\nL'aggiudicatario garantisce:\n- la presenza di un referente durante gli interventi;\n- lo smaltimento del materiale di risulta.\n",
        rows: &[
            "iscrizione alla Camera di Commercio per attività coerenti",
            "fatturato minimo annuo di 200.000 euro negli ultimi tre anni",
            "esecuzione di almeno due servizi analoghi",
            "la presenza di un referente durante gli interventi",
            "lo smaltimento del materiale di risulta",
        ],
        not_rows: &[],
    },
    Case {
        name: "de numbers 1. under a modal lead-in",
        text: "Leistungsbeschreibung\n\n3. Leistungsumfang\n\nDer Auftragnehmer muss folgende Leistungen erbringen:\n1. Konzeption der Seitenstruktur und der Navigation\n2. Gestaltung eines barrierefreien Designs\n3. Schulung der Redaktion in zwei Terminen\n",
        rows: &[
            "Konzeption der Seitenstruktur und der Navigation",
            "Gestaltung eines barrierefreien Designs",
            "Schulung der Redaktion in zwei Terminen",
        ],
        not_rows: &[],
    },
    Case {
        name: "en numbers 1) under Deliverables:",
        text: "Terms of Reference: Drainage Assessment\n\nDeliverables:\n\n1) An inception report within ten days of signature.\n2) A draft assessment of the existing drainage network.\n3) A final report with costed options for the council.\n",
        rows: &[
            "An inception report within ten days of signature",
            "A draft assessment of the existing drainage network",
            "A final report with costed options for the council",
        ],
        not_rows: &[],
    },
    Case {
        name: "en numbers 1.1 under a Deliverables heading",
        text: "Terms of Reference: Evaluation of a Youth Employment Programme\n\n4. Deliverables\n\n4.1 Inception report, within two weeks of contract signature.\n4.2 Stakeholder map covering all district councils.\n4.3 Final evaluation report, not exceeding forty pages.\n",
        rows: &[
            "Inception report, within two weeks of contract signature",
            "Stakeholder map covering all district councils",
            "Final evaluation report, not exceeding forty pages",
        ],
        not_rows: &[],
    },
    Case {
        name: "fr Le prestataire : with items in the indicative",
        text: "Consultation : hébergement et maintenance du site de la mairie\n\nArticle 2 – Prestations attendues\n\nLe prestataire :\n- assure l'hébergement du site sur des serveurs situés dans l'Union européenne ;\n- met à jour les extensions du site chaque mois ;\n- forme deux agents de la mairie à l'administration du site.\n",
        rows: &[
            "assure l'hébergement du site sur des serveurs situés dans l'Union européenne",
            "met à jour les extensions du site chaque mois",
            "forme deux agents de la mairie à l'administration du site",
        ],
        not_rows: &[],
    },
    Case {
        name: "en bullets across page breaks with a running header; the committee's members",
        text: "City of Westbrook\nRequest for Proposals 2026-14: Street Lighting Audit\nPage 1 of 3\n\n1. Submission Requirements\n\nProposals must include the following:\n\n• a cover letter signed by an officer of the firm;\n• a description of the firm's experience with lighting audits;\n=== page 2 ===\nCity of Westbrook\nRequest for Proposals 2026-14: Street Lighting Audit\nPage 2 of 3\n• résumés of the key staff proposed for the audit;\n• three client references with contact details; and\n• a fee proposal in a separate sealed envelope.\n\n2. About the City\n\nThe City maintains about 9,000 street lights on 300 miles of road.\n=== page 3 ===\nCity of Westbrook\nRequest for Proposals 2026-14: Street Lighting Audit\nPage 3 of 3\n\n3. Evaluation Committee\n\nThe evaluation committee consists of:\n• the Director of Public Works;\n• the City Engineer and her deputy;\n• a representative of the Finance Department.\n",
        rows: &[
            "a cover letter signed by an officer of the firm",
            "a description of the firm's experience with lighting audits",
            "résumés of the key staff proposed for the audit",
            "three client references with contact details",
            "a fee proposal in a separate sealed envelope",
        ],
        not_rows: &[
            "the Director of Public Works",
            "the City Engineer and her deputy",
            "a representative of the Finance Department",
            "maintains about 9,000 street lights",
        ],
    },
    Case {
        name: "fr en-dash item cut by a page break; background facts",
        text: "Commune de Belleval — Consultation n° 2026-07\nPage 1\n\nArticle 3 – Livrables\n\nLe prestataire remet :\n– un rapport de démarrage sous quinze jours ;\n– un diagnostic des usages du site actuel, accompagné\n=== page 2 ===\nCommune de Belleval — Consultation n° 2026-07\nPage 2\nd'une synthèse des entretiens menés ;\n– une maquette graphique de la page d'accueil ;\n– la documentation d'administration du site.\n=== page 3 ===\nCommune de Belleval — Consultation n° 2026-07\nPage 3\n\nArticle 4 – Présentation de la commune\n\nLa commune en chiffres :\n– douze mille habitants ;\n– trois écoles primaires publiques ;\n– un budget annuel de quatorze millions d'euros.\n",
        rows: &[
            "un rapport de démarrage sous quinze jours",
            "un diagnostic des usages du site actuel, accompagné d'une synthèse des entretiens menés",
            "une maquette graphique de la page d'accueil",
            "la documentation d'administration du site",
        ],
        not_rows: &[
            "douze mille habitants",
            "trois écoles primaires publiques",
            "un budget annuel de quatorze millions",
        ],
    },
    Case {
        name: "en Markdown whose every line is a ###### heading",
        text: "###### Request for Proposals – Bus Timetable App\n\n###### 3. Proposal Contents\n\n###### The proposal must contain:\n\n###### 1. A company profile of no more than five pages.\n\n###### 2. Two examples of mobile apps delivered in the last three years.\n\n###### 3. A project plan with milestones and staffing.\n\n###### About the Transit Authority\n\n###### The Authority operates twelve bus lines across the county.\n",
        rows: &[
            "A company profile of no more than five pages",
            "Two examples of mobile apps delivered in the last three years",
            "A project plan with milestones and staffing",
        ],
        not_rows: &["operates twelve bus lines"],
    },
    Case {
        name: "en Markdown ###### headings over * items; the issuer's services",
        text: "###### Request for Quotation – Laptops for Schools\n\n###### Minimum specifications\n\nEach laptop offered:\n\n* has a 14-inch screen with full HD resolution\n* has at least 16 GB of memory\n* runs for eight hours or more on its battery\n\n###### About the Ministry\n\nThe Ministry's IT unit provides:\n\n* a help desk for all three hundred schools\n* repairs of broken devices at the central warehouse\n",
        rows: &[
            "has a 14-inch screen with full HD resolution",
            "has at least 16 GB of memory",
            "runs for eight hours or more on its battery",
        ],
        not_rows: &[
            "a help desk for all three hundred schools",
            "repairs of broken devices at the central warehouse",
        ],
    },
    Case {
        name: "en the issuer's services and a table of contents",
        text: "Request for Proposals: Trade Fair Stand Design\n\nTable of Contents\n1. Introduction .......... 2\n2. Scope of Work .......... 3\n3. Submission Requirements .......... 5\n4. Evaluation Criteria .......... 7\n\n1. Introduction\n\nThe Chamber offers its members:\n• legal advice on employment matters;\n• training courses for new managers;\n• an annual conference on regional trade.\n\n2. Scope of Work\n\nThe contractor shall design and build a stand of 60 square metres.\n",
        rows: &["The contractor shall design and build a stand of 60 square metres"],
        not_rows: &[
            "legal advice on employment matters",
            "training courses for new managers",
            "an annual conference on regional trade",
            "Submission Requirements",
            "Evaluation Criteria",
        ],
    },
    Case {
        name: "fr the issuer's services; es modal lead-in with hyphens",
        text: "Appel d'offres : accompagnement numérique des communes\n\n1. Présentation\n\nL'Office départemental propose aux communes :\n- un appui juridique pour leurs marchés publics ;\n- des formations gratuites pour les élus ;\n- un service de conseil en urbanisme.\n\n2. Dossier de candidature\n\nLe dossier de candidature doit comprendre :\n- une note méthodologique de dix pages au plus ;\n- le calendrier prévisionnel des ateliers ;\n- les curriculum vitae des intervenants.\n",
        rows: &[
            "une note méthodologique de dix pages au plus",
            "le calendrier prévisionnel des ateliers",
            "les curriculum vitae des intervenants",
        ],
        not_rows: &[
            "un appui juridique pour leurs marchés publics",
            "des formations gratuites pour les élus",
            "un service de conseil en urbanisme",
        ],
    },
    Case {
        name: "es modal lead-in; de table of contents without leaders",
        text: "Inhaltsverzeichnis\n1 Einleitung 2\n2 Leistungsbeschreibung 3\n3 Anforderungen an das Angebot 5\n\nPliego: suministro de equipos informáticos\n\nLos licitadores deberán presentar:\n- certificado de garantía de los equipos por tres años;\n- ficha técnica de cada modelo ofertado;\n- plan de entrega en las sedes del organismo.\n",
        rows: &[
            "certificado de garantía de los equipos por tres años",
            "ficha técnica de cada modelo ofertado",
            "plan de entrega en las sedes del organismo",
        ],
        not_rows: &["Anforderungen an das Angebot", "Leistungsbeschreibung 3"],
    },
    Case {
        name: "it modal lead-in with en-dashes; pt modal lead-in with bullets",
        text: "Capitolato tecnico: servizio di trasporto scolastico\n\nL'aggiudicatario dovrà garantire:\n– la pulizia quotidiana dei mezzi impiegati;\n– la presenza di un accompagnatore su ogni mezzo;\n– la sostituzione dei mezzi guasti entro due ore.\n\nEdital: serviço de transporte escolar\n\nA proponente deverá apresentar:\n• comprovante de inscrição no cadastro nacional;\n• certidão de regularidade do fundo de garantia;\n• relação dos veículos com ano de fabricação.\n",
        rows: &[
            "la pulizia quotidiana dei mezzi impiegati",
            "la presenza di un accompagnatore su ogni mezzo",
            "la sostituzione dei mezzi guasti entro due ore",
            "comprovante de inscrição no cadastro nacional",
            "certidão de regularidade do fundo de garantia",
            "relação dos veículos com ano de fabricação",
        ],
        not_rows: &[],
    },
];

/// The checks the engine fails today ("case name | fragment"), sorted.
const KNOWN_MISSES: &[&str] = &[
    "en numbers 1.1 under a Deliverables heading | Final evaluation report, not exceeding forty pages",
    "en numbers 1.1 under a Deliverables heading | Inception report, within two weeks of contract signature",
    "en numbers 1.1 under a Deliverables heading | Stakeholder map covering all district councils",
];

#[test]
fn the_list_probe_fails_only_its_known_misses() {
    assert_known_misses(
        "list probe",
        CASES,
        item_failures,
        |case| format!("{}: {:#?}", case.name, item_case_rows(case)),
        KNOWN_MISSES,
    );
}
