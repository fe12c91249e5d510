//! A probe of list items that carry a bullet or a dash and get no row (issue 31,
//! matrix recall), written before the engine's code for them was read: small
//! documents of our own in six languages whose marked items ("•", "-", "–", "o", "▪",
//! the private-use glyphs a PDF's extraction leaves) sit under a lead-in ending ':'
//! without any cue ("Deliverables of the assignment:", "Le dossier de candidature :"),
//! under a lead-in with a cue, under a sentence without a cue that ends with a stop
//! ("The consultant's tasks are as follows."), under a short heading line; items of
//! one or several lines, items across a page break, items whose own text has no verb.
//! Beside them, marked lists that bind nobody (background, objectives, the issuer's
//! services, a contents list, the evaluation committee's members): no row.
//!
//! Each case names the items that must each be a row of their own and the fragments
//! that must be in no row. `KNOWN_MISSES` holds the checks the engine fails today, and
//! the test asserts it equals the failures, so a fix or a loss both show.

mod probe;

use probe::{ItemCase as Case, assert_known_misses, item_case_rows, item_failures};

/// A small document: its pages are separated by "=== page N ===" lines.
const CASES: &[Case] = &[
    // Lead-ins ending ':' without a cue.
    Case {
        name: "en bullets under Deliverables of the assignment:; background bullets",
        text: "Terms of Reference: Review of the Harbour Ferry Timetable\n\n1. Background\n\nThe ferry service today:\n• links the two harbours eight times a day;\n• carries about 600 passengers on a weekday;\n• is run by a company owned by the county.\n\n2. The assignment\n\nDeliverables of the assignment:\n• an inception note with the survey plan, within two weeks;\n• a passenger survey covering a full week in spring;\n• a draft timetable for the winter and the summer seasons;\n• a final report with the costs of each option.\n",
        rows: &[
            "an inception note with the survey plan, within two weeks",
            "a passenger survey covering a full week in spring",
            "a draft timetable for the winter and the summer seasons",
            "a final report with the costs of each option",
        ],
        not_rows: &[
            "links the two harbours eight times a day",
            "carries about 600 passengers",
            "run by a company owned by the county",
        ],
    },
    Case {
        name: "fr dashes under Le dossier de candidature :",
        text: "Appel à candidatures : résidence d'artistes au musée du textile\n\nArticle 5 – Candidature\n\nLe dossier de candidature :\n- un formulaire d'inscription rempli et signé ;\n- un portfolio de quinze visuels au maximum ;\n- une note d'intention de deux pages sur le projet de résidence ;\n- une attestation d'affiliation au régime des artistes-auteurs.\n",
        rows: &[
            "un formulaire d'inscription rempli et signé",
            "un portfolio de quinze visuels au maximum",
            "une note d'intention de deux pages sur le projet de résidence",
            "une attestation d'affiliation au régime des artistes-auteurs",
        ],
        not_rows: &[],
    },
    Case {
        name: "es U+F0B7 under Documentación técnica:",
        text: "Contratación del servicio de mantenimiento de ascensores\n\nSobre número 2\n\nDocumentación técnica:\n\u{F0B7} Relación de los ascensores que la empresa mantiene en la provincia.\n\u{F0B7} Plan de mantenimiento preventivo con la frecuencia de las visitas.\n\u{F0B7} Tiempo de respuesta ante averías, expresado en horas.\n\u{F0B7} Organigrama del personal técnico asignado.\n",
        rows: &[
            "Relación de los ascensores que la empresa mantiene en la provincia",
            "Plan de mantenimiento preventivo con la frecuencia de las visitas",
            "Tiempo de respuesta ante averías, expresado en horas",
            "Organigrama del personal técnico asignado",
        ],
        not_rows: &[],
    },
    Case {
        name: "pt en-dashes under Conteúdo do envelope de habilitação:",
        text: "Pregão para aquisição de mobiliário escolar\n\nConteúdo do envelope de habilitação:\n– prova de inscrição no cadastro nacional de pessoas jurídicas;\n– certidão de regularidade perante o fundo de garantia;\n– balanço patrimonial do último exercício social;\n– declaração de que a empresa não emprega menores.\n",
        rows: &[
            "prova de inscrição no cadastro nacional de pessoas jurídicas",
            "certidão de regularidade perante o fundo de garantia",
            "balanço patrimonial do último exercício social",
            "declaração de que a empresa não emprega menores",
        ],
        not_rows: &[],
    },
    Case {
        name: "it ▪ under Contenuto della busta tecnica:",
        text: "Procedura negoziata per il servizio di trasporto scolastico\n\nArt. 9 – Offerta tecnica\n\nContenuto della busta tecnica:\n▪ relazione sull'organizzazione del servizio, massimo dieci pagine;\n▪ elenco dei mezzi con anno di immatricolazione e numero di posti;\n▪ piano di formazione degli autisti;\n▪ proposte migliorative senza costi per il comune.\n",
        rows: &[
            "relazione sull'organizzazione del servizio, massimo dieci pagine",
            "elenco dei mezzi con anno di immatricolazione e numero di posti",
            "piano di formazione degli autisti",
            "proposte migliorative senza costi per il comune",
        ],
        not_rows: &[],
    },
    Case {
        name: "de bullets under Bestandteile des Angebots:",
        text: "Ausschreibung: Pflege der Grünanlagen im Stadtpark\n\n4. Angebot\n\nBestandteile des Angebots:\n• ausgefülltes Leistungsverzeichnis mit Einheitspreisen\n• Nachweis der Eintragung in die Handwerksrolle\n• Liste der eingesetzten Maschinen und Geräte\n• Erklärung zur Tariftreue\n",
        rows: &[
            "ausgefülltes Leistungsverzeichnis mit Einheitspreisen",
            "Nachweis der Eintragung in die Handwerksrolle",
            "Liste der eingesetzten Maschinen und Geräte",
            "Erklärung zur Tariftreue",
        ],
        not_rows: &[],
    },
    // Lead-ins with a cue.
    Case {
        name: "en o items under a lead-in with a cue; the agency's services",
        text: "Request for Proposals: Library Self-Service Kiosks\n\n2. About the Library Service\n\nThe Library Service offers residents:\no free loans of books, films and games;\no homework clubs in eight branches;\no a mobile library for the villages.\n\n3. Proposal Requirements\n\nThe following items are to be included with each proposal:\no a description of the kiosk hardware and its warranty;\no the software licence terms for five years;\no two references from public libraries.\n",
        rows: &[
            "a description of the kiosk hardware and its warranty",
            "the software licence terms for five years",
            "two references from public libraries",
        ],
        not_rows: &[
            "free loans of books, films and games",
            "homework clubs in eight branches",
            "a mobile library for the villages",
        ],
    },
    Case {
        name: "fr bullets under Les candidats joignent à leur offre :",
        text: "Marché de maîtrise d'œuvre : réhabilitation de la salle des fêtes\n\nArticle 6 – Pièces de l'offre\n\nLes candidats joignent à leur offre les pièces suivantes :\n• un mémoire technique précisant la méthode et les moyens ;\n• trois références de réhabilitation de bâtiments publics ;\n• le détail des honoraires par phase de la mission.\n",
        rows: &[
            "un mémoire technique précisant la méthode et les moyens",
            "trois références de réhabilitation de bâtiments publics",
            "le détail des honoraires par phase de la mission",
        ],
        not_rows: &[],
    },
    Case {
        name: "es dashes under Se adjuntará la siguiente documentación:",
        text: "Convocatoria de ayudas para la modernización del comercio local\n\nBase séptima. Solicitudes\n\nA la solicitud se adjuntará la siguiente documentación:\n- Escritura de constitución del comercio solicitante, en copia.\n- Presupuesto detallado de la inversión prevista.\n- Certificado de situación censal expedido por la Agencia Tributaria.\n",
        rows: &[
            "Escritura de constitución del comercio solicitante, en copia",
            "Presupuesto detallado de la inversión prevista",
            "Certificado de situación censal expedido por la Agencia Tributaria",
        ],
        not_rows: &[],
    },
    Case {
        name: "de dashes under a lead-in with Nachweise, one item over two lines",
        text: "Vergabe: Reinigung der Schulgebäude\n\n5. Eignung\n\nMit dem Angebot sind folgende Nachweise vorzulegen:\n– Auszug aus dem Gewerbezentralregister,\n  nicht älter als drei Monate\n– Referenzen über die Reinigung von mindestens zwei Schulen\n– Bescheinigung der Berufsgenossenschaft\n",
        rows: &[
            "Auszug aus dem Gewerbezentralregister, nicht älter als drei Monate",
            "Referenzen über die Reinigung von mindestens zwei Schulen",
            "Bescheinigung der Berufsgenossenschaft",
        ],
        not_rows: &[],
    },
    // Sentences without a cue, ending with a stop.
    Case {
        name: "en dashes under The consultant's tasks are as follows.",
        text: "Terms of Reference: Baseline Survey of Household Energy Use\n\n3. Tasks\n\nThe consultant's tasks are as follows.\n- Design a questionnaire on cooking fuels and lighting.\n- Train twelve enumerators and test the questionnaire in two villages.\n- Survey 800 households in the four target districts.\n- Clean the data and share it in an open format.\n",
        rows: &[
            "Design a questionnaire on cooking fuels and lighting",
            "Train twelve enumerators and test the questionnaire in two villages",
            "Survey 800 households in the four target districts",
            "Clean the data and share it in an open format",
        ],
        not_rows: &[],
    },
    Case {
        name: "fr en-dashes under Les missions du prestataire sont les suivantes.",
        text: "Cahier des charges : animation du réseau des tiers-lieux\n\n3. Missions\n\nLes missions du prestataire sont les suivantes.\n– Organiser quatre rencontres régionales par an.\n– Tenir à jour la carte en ligne des tiers-lieux.\n– Rédiger une lettre d'information trimestrielle.\n",
        rows: &[
            "Organiser quatre rencontres régionales par an",
            "Tenir à jour la carte en ligne des tiers-lieux",
            "Rédiger une lettre d'information trimestrielle",
        ],
        not_rows: &[],
    },
    Case {
        name: "es bullets under Las tareas del adjudicatario son las siguientes.",
        text: "Pliego técnico: gestión de las redes sociales del ayuntamiento\n\n2. Tareas\n\nLas tareas del adjudicatario son las siguientes.\n• Publicación diaria en los perfiles municipales.\n• Respuesta a los mensajes de la ciudadanía en el mismo día.\n• Informe mensual de audiencia y de interacción.\n",
        rows: &[
            "Publicación diaria en los perfiles municipales",
            "Respuesta a los mensajes de la ciudadanía en el mismo día",
            "Informe mensual de audiencia y de interacción",
        ],
        not_rows: &[],
    },
    Case {
        name: "pt U+F0A7 under As atividades da contratada são as seguintes.",
        text: "Termo de referência: manutenção da rede de computadores\n\n3. Atividades\n\nAs atividades da contratada são as seguintes.\n\u{F0A7} Atendimento às chamadas de suporte em até quatro horas.\n\u{F0A7} Substituição de peças defeituosas sem custo adicional.\n\u{F0A7} Relatório mensal dos atendimentos realizados.\n",
        rows: &[
            "Atendimento às chamadas de suporte em até quatro horas",
            "Substituição de peças defeituosas sem custo adicional",
            "Relatório mensal dos atendimentos realizados",
        ],
        not_rows: &[],
    },
    Case {
        name: "it dashes under Le attività richieste sono le seguenti.",
        text: "Capitolato: servizio di catalogazione dell'archivio storico\n\nArt. 3 – Attività\n\nLe attività richieste sono le seguenti.\n- Riordino dei fascicoli dal 1900 al 1950.\n- Descrizione delle unità archivistiche nel software regionale.\n- Redazione dell'inventario a stampa.\n",
        rows: &[
            "Riordino dei fascicoli dal 1900 al 1950",
            "Descrizione delle unità archivistiche nel software regionale",
            "Redazione dell'inventario a stampa",
        ],
        not_rows: &[],
    },
    Case {
        name: "de bullets under Die Aufgaben des Auftragnehmers sind folgende.",
        text: "Leistungsbeschreibung: Betreuung der Ladesäulen\n\n2. Aufgaben\n\nDie Aufgaben des Auftragnehmers sind folgende.\n• Wartung aller Ladesäulen zweimal im Jahr.\n• Behebung von Störungen binnen 24 Stunden.\n• Abrechnung der Ladevorgänge gegenüber den Nutzern.\n",
        rows: &[
            "Wartung aller Ladesäulen zweimal im Jahr",
            "Behebung von Störungen binnen 24 Stunden",
            "Abrechnung der Ladevorgänge gegenüber den Nutzern",
        ],
        not_rows: &[],
    },
    // Short heading lines without a cue.
    Case {
        name: "en bullets under a short heading Technical offer; Objectives bullets",
        text: "Invitation to Tender: Cleaning of the Regional Hospital\n\nObjectives\n• a cleaner and safer hospital for patients;\n• fewer infections caught on the wards.\n\nTechnical offer\n• Staffing plan per ward and per shift\n• List of cleaning products with their safety sheets\n• Quality control method and reporting format\n",
        rows: &[
            "Staffing plan per ward and per shift",
            "List of cleaning products with their safety sheets",
            "Quality control method and reporting format",
        ],
        not_rows: &[
            "a cleaner and safer hospital for patients",
            "fewer infections caught on the wards",
        ],
    },
    Case {
        name: "fr dashes under a short heading Offre financière",
        text: "Consultation : location de véhicules utilitaires\n\nOffre financière\n- Bordereau des prix unitaires complété\n- Détail estimatif signé par le candidat\n- Relevé d'identité bancaire\n",
        rows: &[
            "Bordereau des prix unitaires complété",
            "Détail estimatif signé par le candidat",
            "Relevé d'identité bancaire",
        ],
        not_rows: &[],
    },
    Case {
        name: "pt bullets under a short heading Qualificação técnica; Sumário",
        text: "Sumário\n• Objeto\n• Prazos\n• Qualificação técnica\n\nObjeto\n\nContratação de serviço de vigilância para os postos de saúde.\n\nQualificação técnica\n• Atestado de execução de serviço de vigilância para órgão público\n• Registro da empresa na polícia federal\n• Relação dos vigilantes com seus certificados de formação\n",
        rows: &[
            "Atestado de execução de serviço de vigilância para órgão público",
            "Registro da empresa na polícia federal",
            "Relação dos vigilantes com seus certificados de formação",
        ],
        not_rows: &["• Prazos"],
    },
    Case {
        name: "it U+F0D8 under a short heading Requisiti tecnici",
        text: "Avviso: noleggio di stampanti per gli uffici comunali\n\nRequisiti tecnici\n\u{F0D8} stampa a colori fronte e retro\n\u{F0D8} velocità di almeno trenta pagine al minuto\n\u{F0D8} assistenza in loco entro il giorno lavorativo successivo\n",
        rows: &[
            "stampa a colori fronte e retro",
            "velocità di almeno trenta pagine al minuto",
            "assistenza in loco entro il giorno lavorativo successivo",
        ],
        not_rows: &[],
    },
    // Items across a page break, items of several lines.
    Case {
        name: "es dashes across a page break with a running header",
        text: "Ayuntamiento de Villaverde del Río\nExpediente 44/2026\n\nCláusula 10. Documentación administrativa\n\nDocumentación a incluir en el sobre A:\n- Declaración responsable conforme al modelo del anexo I.\n- Documento que acredite la representación del firmante,\n  cuando no sea el propio empresario.\n=== page 2 ===\nAyuntamiento de Villaverde del Río\nExpediente 44/2026\n- Compromiso de adscripción de medios personales.\n- Dirección de correo electrónico para las notificaciones.\n",
        rows: &[
            "Declaración responsable conforme al modelo del anexo I",
            "Documento que acredite la representación del firmante, cuando no sea el propio empresario",
            "Compromiso de adscripción de medios personales",
            "Dirección de correo electrónico para las notificaciones",
        ],
        not_rows: &[],
    },
    Case {
        name: "de o items across a page break; Inhaltsverzeichnis",
        text: "Inhaltsverzeichnis\no Einleitung\no Leistungsumfang\no Vertragsbedingungen\n\nLeistungsumfang\n\nZu liefern sind:\no zwanzig höhenverstellbare Schreibtische mit Kabelwanne\no zwanzig Bürostühle mit Lordosenstütze\n=== page 2 ===\nSeite 2 von 3\no Montage der Möbel in den Büros im zweiten Stock\no Entsorgung der Verpackung\n",
        rows: &[
            "zwanzig höhenverstellbare Schreibtische mit Kabelwanne",
            "zwanzig Bürostühle mit Lordosenstütze",
            "Montage der Möbel in den Büros im zweiten Stock",
            "Entsorgung der Verpackung",
        ],
        not_rows: &["o Einleitung", "o Vertragsbedingungen"],
    },
    Case {
        name: "en bullets of several lines without a verb under Annexes to the bid:",
        text: "Request for Bids: Supply of Hospital Beds\n\nSection 4. Bid Submission\n\nAnnexes to the bid:\n• Copy of the company's registration certificate, and of\n  its latest amendment if any\n• Manufacturer's authorisation for each model of bed\n  offered, on the manufacturer's letterhead\n• Bank statement for the last six months\n",
        rows: &[
            "Copy of the company's registration certificate, and of its latest amendment if any",
            "Manufacturer's authorisation for each model of bed offered, on the manufacturer's letterhead",
            "Bank statement for the last six months",
        ],
        not_rows: &[],
    },
    // Other glyphs, blank lines between items, items of two sentences.
    Case {
        name: "en ➢ items with blank lines between them under Proposal contents:",
        text: "Request for Proposals: Translation of the Council's Website\n\nProposal contents:\n\n➢ A short profile of the agency and its translators.\n\n➢ Sample translations of a page of municipal news into two languages.\n\n➢ Rates per word and per hour of proofreading.\n\n➢ Turnaround times for urgent texts.\n",
        rows: &[
            "A short profile of the agency and its translators",
            "Sample translations of a page of municipal news into two languages",
            "Rates per word and per hour of proofreading",
            "Turnaround times for urgent texts",
        ],
        not_rows: &[],
    },
    Case {
        name: "fr ● items of two sentences under Modalités d'exécution :",
        text: "Marché : fourniture de repas pour les centres de loisirs\n\nModalités d'exécution :\n● Les repas sont livrés en liaison froide avant 10 heures. Les barquettes portent la date de fabrication.\n● Un menu végétarien est proposé chaque semaine. Il est affiché à l'avance.\n● Le titulaire reprend les contenants vides le lendemain.\n",
        rows: &[
            "Les repas sont livrés en liaison froide avant 10 heures",
            "Un menu végétarien est proposé chaque semaine",
            "Le titulaire reprend les contenants vides le lendemain",
        ],
        not_rows: &[],
    },
    Case {
        name: "es ✓ items under Requisitos de los licitantes:",
        text: "Licitación del servicio de socorrismo en las piscinas municipales\n\nRequisitos de los licitantes:\n✓ Experiencia mínima de tres temporadas en servicios similares.\n✓ Socorristas con titulación oficial en vigor.\n✓ Seguro de responsabilidad civil por importe de 600.000 euros.\n",
        rows: &[
            "Experiencia mínima de tres temporadas en servicios similares",
            "Socorristas con titulación oficial en vigor",
            "Seguro de responsabilidad civil por importe de 600.000 euros",
        ],
        not_rows: &[],
    },
    Case {
        name: "pt * items under a sentence ending ':' without a cue",
        text: "Edital: oficinas culturais nas bibliotecas públicas\n\n5. Inscrição\n\nNo ato da inscrição, o proponente apresenta:\n* ficha de inscrição preenchida;\n* portfólio com fotografias de oficinas anteriores;\n* plano da oficina com objetivos e materiais.\n",
        rows: &[
            "ficha de inscrição preenchida",
            "portfólio com fotografias de oficinas anteriores",
            "plano da oficina com objetivos e materiais",
        ],
        not_rows: &[],
    },
    Case {
        name: "it ► items under a lead-in with allega:",
        text: "Bando per la concessione del chiosco nel parco\n\nArt. 4 – Domanda\n\nL'operatore economico allega alla domanda:\n► copia del documento di identità del titolare;\n► progetto di allestimento del chiosco;\n► piano economico per i sei anni della concessione.\n",
        rows: &[
            "copia del documento di identità del titolare",
            "progetto di allestimento del chiosco",
            "piano economico per i sei anni della concessione",
        ],
        not_rows: &[],
    },
    Case {
        name: "de ■ items under Was wir erwarten:",
        text: "Ausschreibung: Moderation der Bürgerwerkstätten\n\nWas wir erwarten:\n■ Erfahrung mit Beteiligungsverfahren in Kommunen\n■ Moderation von drei Abendveranstaltungen mit bis zu 80 Personen\n■ Fotoprotokoll jeder Veranstaltung binnen einer Woche\n",
        rows: &[
            "Erfahrung mit Beteiligungsverfahren in Kommunen",
            "Moderation von drei Abendveranstaltungen mit bis zu 80 Personen",
            "Fotoprotokoll jeder Veranstaltung binnen einer Woche",
        ],
        not_rows: &[],
    },
    // Lists that bind nobody.
    Case {
        name: "en evaluation committee members and project objectives, dashes",
        text: "Request for Proposals: Tourism Marketing Campaign\n\nProject objectives:\n- more visitors in the months outside the summer;\n- longer stays in the hill villages;\n- a stronger brand for the valley abroad.\n\nEvaluation committee\n\nThe proposals will be assessed by:\n- the head of the tourism office;\n- a marketing lecturer from the local college;\n- two members of the hoteliers' association.\n\nThe contractor shall deliver the campaign plan within one month of signature.\n",
        rows: &["The contractor shall deliver the campaign plan within one month of signature"],
        not_rows: &[
            "more visitors in the months outside the summer",
            "longer stays in the hill villages",
            "the head of the tourism office",
            "a marketing lecturer from the local college",
            "two members of the hoteliers' association",
        ],
    },
    Case {
        name: "fr the issuer's services and background, bullets",
        text: "Consultation : refonte de l'intranet de la communauté de communes\n\nContexte\n\nLa communauté de communes regroupe :\n• vingt-deux communes rurales ;\n• environ 31 000 habitants ;\n• 240 agents répartis sur six sites.\n\nLe service informatique assure pour les communes :\n• la gestion des postes de travail ;\n• l'hébergement des logiciels métiers ;\n• l'assistance téléphonique aux agents.\n",
        rows: &[],
        not_rows: &[
            "vingt-deux communes rurales",
            "environ 31 000 habitants",
            "240 agents répartis sur six sites",
            "la gestion des postes de travail",
            "l'hébergement des logiciels métiers",
            "l'assistance téléphonique aux agents",
        ],
    },
    Case {
        name: "es objectives of the programme and members of the committee, dashes",
        text: "Convocatoria de proyectos de innovación social\n\nObjetivos del programa:\n- Reducir el abandono escolar en los barrios del norte.\n- Mejorar el acceso de los mayores a los servicios digitales.\n\nComisión de valoración\n\nLa comisión estará formada por:\n- La concejala de Servicios Sociales, que la presidirá.\n- Dos técnicos del área de Participación Ciudadana.\n- Un secretario con voz pero sin voto.\n",
        rows: &[],
        not_rows: &[
            "Reducir el abandono escolar",
            "Mejorar el acceso de los mayores",
            "La concejala de Servicios Sociales",
            "Dos técnicos del área de Participación Ciudadana",
            "Un secretario con voz pero sin voto",
        ],
    },
    Case {
        name: "it background of the institute and its services, U+F0B7",
        text: "Avviso per la fornitura di un sistema di prenotazione\n\nPremessa\n\nL'Istituto gestisce:\n\u{F0B7} tre poliambulatori nel territorio provinciale;\n\u{F0B7} un centro prelievi aperto sei giorni su sette;\n\u{F0B7} un servizio di telemedicina per i pazienti cronici.\n\nIl fornitore deve garantire l'integrazione con il sistema regionale di prenotazione.\n",
        rows: &[
            "Il fornitore deve garantire l'integrazione con il sistema regionale di prenotazione",
        ],
        not_rows: &[
            "tre poliambulatori nel territorio provinciale",
            "un centro prelievi aperto sei giorni su sette",
            "un servizio di telemedicina per i pazienti cronici",
        ],
    },
];

/// The checks the engine fails today ("case name | fragment"), sorted. First score
/// 108/129: marked items under a short heading line without a cue ("Technical offer",
/// "Offre financière", "Qualificação técnica"), under a sentence without a cue that
/// ends with a stop in Portuguese and Italian, under a lead-in ending ':' when blank
/// lines part the items or when the lead-in is a question of what is expected ("Was
/// wir erwarten:").
const KNOWN_MISSES: &[&str] = &[];

#[test]
fn the_marked_items_probe_fails_only_its_known_misses() {
    assert_known_misses(
        "marked items probe",
        CASES,
        item_failures,
        |case| format!("{}: {:#?}", case.name, item_case_rows(case)),
        KNOWN_MISSES,
    );
}
