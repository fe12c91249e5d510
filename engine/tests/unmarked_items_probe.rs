//! A probe of list items with no marker at all, one per line (issue 31, matrix
//! recall), written before the engine's code for them was read: small documents of
//! our own in six languages whose items lost their bullets (graphics that the text
//! extraction does not keep) and sit one per line, or parted by blank lines, under a
//! binding lead-in ending ':' ("The following documents must be enclosed with the
//! application:", "Dem Antrag sind folgende Unterlagen beizufügen:") or under a heading
//! naming what is to be submitted, who is eligible or what the system must do
//! ("Documents to be submitted", "Organismes éligibles", "Funciones del sistema");
//! items that start with a capital and have no final stop, items that are imperative
//! or infinitive verbs ("Generate district reports ...", "Générer ..."). Beside them,
//! unmarked lines that bind nobody: an address block, a table of contents, the
//! issuer's departments, a paragraph's wrapped lines, headings in a row.
//!
//! Each case names the items that must each be a row of their own and the fragments
//! that must be in no row. `KNOWN_MISSES` holds the checks the engine fails today, and
//! the test asserts it equals the failures, so a fix or a loss both show.

mod probe;

use probe::{ItemCase as Case, assert_known_misses, item_case_rows, item_failures};

/// A small document: its pages are separated by "=== page N ===" lines.
const CASES: &[Case] = &[
    // Checklists of documents to enclose, under a lead-in ending ':'.
    Case {
        name: "en documents one per line under a modal lead-in; address block",
        text: "Call for Applications: Neighbourhood Arts Fund 2026\n\nHow to apply\n\nThe following documents must be enclosed with the application:\nA cover letter signed by the chair of the organisation\nA copy of the constitution or articles of association\nThe budget of the project with its sources of income\nProof of the bank account held in the organisation's name\n\nApplications are sent to:\n\nNeighbourhood Arts Fund\nCultural Services Office\n44 Mill Lane\nRiverton RV3 8QT\n",
        rows: &[
            "A cover letter signed by the chair of the organisation",
            "A copy of the constitution or articles of association",
            "The budget of the project with its sources of income",
            "Proof of the bank account held in the organisation's name",
        ],
        not_rows: &["Cultural Services Office", "44 Mill Lane"],
    },
    Case {
        name: "en documents parted by blank lines under a heading Documents to be submitted",
        text: "Invitation to Tender: Cleaning of Council Offices\n\nSection 4\n\nDocuments to be submitted\n\nA completed and signed form of tender\n\nThe company's certificate of incorporation\n\nA current certificate of public liability insurance\n\nThree references from clients served in the last five years\n\nSection 5\n\nEvaluation of tenders\n\nTenders are scored on price and on quality, in equal parts.\n",
        rows: &[
            "A completed and signed form of tender",
            "The company's certificate of incorporation",
            "A current certificate of public liability insurance",
            "Three references from clients served in the last five years",
        ],
        not_rows: &[],
    },
    Case {
        name: "en eligible organisations one per line under Eligible Organizations; the agency's divisions",
        text: "Notice of Funding Opportunity: Rural Broadband Planning Grants\n\nAbout the Agency\n\nThe Agency is organised in four divisions:\nDivision of Grants Management\nDivision of Rural Infrastructure\nDivision of Policy and Research\nDivision of Administration\n\nEligible Organizations\n\nCounties and municipalities with fewer than 50,000 residents\nTribal governments and their housing authorities\nRegional planning councils formed under state law\nNonprofit cooperatives that provide electric or telephone service\n",
        rows: &[
            "Counties and municipalities with fewer than 50,000 residents",
            "Tribal governments and their housing authorities",
            "Regional planning councils formed under state law",
            "Nonprofit cooperatives that provide electric or telephone service",
        ],
        not_rows: &[
            "Division of Rural Infrastructure",
            "Division of Policy and Research",
        ],
    },
    Case {
        name: "en imperative cells one per line under The system shall:",
        text: "Request for Proposals: Case Management Software\n\n3. Functional Requirements\n\nThe system shall:\nGenerate district-level reports on open and closed cases each month\nAlert the supervisor by e-mail when a case is overdue by ten days\nExport any search result to a spreadsheet file\nRecord every change to a case with the user's name and the time\n",
        rows: &[
            "Generate district-level reports on open and closed cases each month",
            "Alert the supervisor by e-mail when a case is overdue by ten days",
            "Export any search result to a spreadsheet file",
            "Record every change to a case with the user's name and the time",
        ],
        not_rows: &[],
    },
    Case {
        name: "en imperative lines under a heading Required Functions; table of contents",
        text: "Request for Quotation: Visitor Booking Portal\n\nTable of Contents\n\nIntroduction\nScope of Work\nRequired Functions\nPricing Schedule\n\nRequired Functions\n\nAllow visitors to book a time slot without creating an account\nSend a reminder text message one day before the visit\nLet staff cancel or move a booking and notify the visitor\nShow the number of free places for each day on the home page\n",
        rows: &[
            "Allow visitors to book a time slot without creating an account",
            "Send a reminder text message one day before the visit",
            "Let staff cancel or move a booking and notify the visitor",
            "Show the number of free places for each day on the home page",
        ],
        not_rows: &["Pricing Schedule"],
    },
    Case {
        name: "en items ending with a stop under Each bid must include:; a wrapped paragraph",
        text: "Tender for School Meals Supply\n\nGeneral conditions\n\nThe Board may extend the contract once for a further period of twelve\nmonths if the supplier's performance has been satisfactory in the first\nyear and the prices remain within the approved budget.\n\nEach bid must include:\n\nA menu plan for four weeks approved by a dietitian.\n\nThe list of kitchens from which the meals will be delivered.\n\nA food safety certificate issued in the last twelve months.\n",
        rows: &[
            "A menu plan for four weeks approved by a dietitian",
            "The list of kitchens from which the meals will be delivered",
            "A food safety certificate issued in the last twelve months",
        ],
        not_rows: &[],
    },
    // French.
    Case {
        name: "fr pièces une par ligne sous Le dossier doit comprendre :; adresse",
        text: "Appel à projets : Jardins partagés de quartier\n\nArticle 4 – Dossier de candidature\n\nLe dossier doit comprendre les pièces suivantes :\nUne lettre de candidature signée par le représentant légal\nLes statuts de l'association à jour\nUn budget prévisionnel du projet sur deux ans\nUn relevé d'identité bancaire au nom de l'association\n\nAdresse d'envoi\n\nMairie de Bellerive\nService de la vie associative\n3 place de la Fontaine\n",
        rows: &[
            "Une lettre de candidature signée par le représentant légal",
            "Les statuts de l'association à jour",
            "Un budget prévisionnel du projet sur deux ans",
            "Un relevé d'identité bancaire au nom de l'association",
        ],
        not_rows: &["Service de la vie associative", "3 place de la Fontaine"],
    },
    Case {
        name: "fr organismes éligibles séparés par des lignes vides; sommaire",
        text: "Appel à manifestation d'intérêt : mobilité rurale\n\nSommaire\n\nContexte\nObjectifs\nBénéficiaires\nCalendrier\n\nOrganismes éligibles\n\nLes communes et leurs groupements de moins de 20 000 habitants\n\nLes associations déclarées depuis au moins un an\n\nLes sociétés coopératives d'intérêt collectif\n",
        rows: &[
            "Les communes et leurs groupements de moins de 20 000 habitants",
            "Les associations déclarées depuis au moins un an",
            "Les sociétés coopératives d'intérêt collectif",
        ],
        not_rows: &["Calendrier"],
    },
    Case {
        name: "fr infinitifs sous La solution devra permettre de :",
        text: "Consultation : logiciel de gestion des salles municipales\n\n3. Besoins fonctionnels\n\nLa solution devra permettre de :\nGérer les réservations des salles par les associations en ligne\nGénérer chaque mois un état d'occupation par salle\nEnvoyer une alerte au gardien lorsqu'une salle est réservée le soir\nFacturer les locations aux tarifs votés par le conseil\n",
        rows: &[
            "Gérer les réservations des salles par les associations en ligne",
            "Générer chaque mois un état d'occupation par salle",
            "Envoyer une alerte au gardien lorsqu'une salle est réservée le soir",
            "Facturer les locations aux tarifs votés par le conseil",
        ],
        not_rows: &[],
    },
    Case {
        name: "fr directions du département et titres en série",
        text: "Marché de fournitures de bureau\n\nPrésentation de l'acheteur\n\nLe département compte les directions suivantes :\nDirection des routes et des mobilités\nDirection de l'action sociale\nDirection des collèges\n\nChapitre 2\nObjet du marché\nGénéralités\n\nLe titulaire livre les fournitures dans un délai de cinq jours ouvrés.\n",
        rows: &["Le titulaire livre les fournitures dans un délai de cinq jours ouvrés"],
        not_rows: &[
            "Direction de l'action sociale",
            "Direction des collèges",
            "Objet du marché",
        ],
    },
    // Spanish.
    Case {
        name: "es documentos uno por línea bajo Los licitadores deberán presentar:",
        text: "Pliego de cláusulas: suministro de mobiliario para la biblioteca\n\nCláusula 8. Documentación\n\nLos licitadores deberán presentar la siguiente documentación:\nDeclaración responsable firmada por el representante de la empresa\nCertificado de estar al corriente con la Seguridad Social\nFicha técnica de cada mueble ofertado\nPlazo de entrega expresado en días naturales\n",
        rows: &[
            "Declaración responsable firmada por el representante de la empresa",
            "Certificado de estar al corriente con la Seguridad Social",
            "Ficha técnica de cada mueble ofertado",
            "Plazo de entrega expresado en días naturales",
        ],
        not_rows: &[],
    },
    Case {
        name: "es entidades beneficiarias bajo un título; dirección",
        text: "Convocatoria de ayudas para la digitalización del comercio local\n\nEntidades beneficiarias\n\nPequeños comercios con local abierto en el municipio\nAsociaciones de comerciantes inscritas en el registro municipal\nMercados de abastos gestionados por concesionarios\n\nLugar de presentación\n\nAyuntamiento de Valdecruz\nRegistro General\nCalle Mayor, 12\n",
        rows: &[
            "Pequeños comercios con local abierto en el municipio",
            "Asociaciones de comerciantes inscritas en el registro municipal",
            "Mercados de abastos gestionados por concesionarios",
        ],
        not_rows: &["Registro General", "Calle Mayor, 12"],
    },
    Case {
        name: "es infinitivos bajo El sistema deberá:",
        text: "Contrato de servicios: plataforma de cita previa\n\n5. Requisitos funcionales\n\nEl sistema deberá:\n\nPermitir la reserva de cita desde el móvil sin registro previo\n\nEnviar un recordatorio por SMS el día anterior a la cita\n\nGenerar informes semanales de citas atendidas por oficina\n",
        rows: &[
            "Permitir la reserva de cita desde el móvil sin registro previo",
            "Enviar un recordatorio por SMS el día anterior a la cita",
            "Generar informes semanales de citas atendidas por oficina",
        ],
        not_rows: &[],
    },
    Case {
        name: "es índice y párrafo partido en líneas",
        text: "Pliego de prescripciones técnicas\n\nÍndice\n\nObjeto del contrato\nAlcance de los trabajos\nMedios personales\nPlazo de ejecución\n\nObjeto del contrato\n\nEl presente pliego regula la limpieza de los colegios públicos\ndel municipio durante el curso escolar, incluidos los patios\ny los gimnasios de cada centro.\n",
        rows: &[],
        not_rows: &["Alcance de los trabajos", "Medios personales"],
    },
    // Portuguese.
    Case {
        name: "pt documentos um por linha sob Devem ser apresentados:",
        text: "Edital de chamamento público: feira de artesanato\n\nCapítulo 3 – Inscrição\n\nNo ato da inscrição devem ser apresentados os seguintes documentos:\nCópia do documento de identidade do artesão\nComprovante de residência no município\nFotografias de três peças produzidas pelo candidato\nCarteira nacional do artesão, quando houver\n",
        rows: &[
            "Cópia do documento de identidade do artesão",
            "Comprovante de residência no município",
            "Fotografias de três peças produzidas pelo candidato",
            "Carteira nacional do artesão, quando houver",
        ],
        not_rows: &[],
    },
    Case {
        name: "pt entidades elegíveis separadas por linhas vazias; secretarias",
        text: "Chamada pública para projetos de educação ambiental\n\nA Prefeitura é composta pelas seguintes secretarias:\nSecretaria de Meio Ambiente\nSecretaria de Educação\nSecretaria de Obras\n\nEntidades elegíveis\n\nOrganizações da sociedade civil com sede no estado\n\nEscolas públicas da rede municipal\n\nCooperativas de catadores de materiais recicláveis\n",
        rows: &[
            "Organizações da sociedade civil com sede no estado",
            "Escolas públicas da rede municipal",
            "Cooperativas de catadores de materiais recicláveis",
        ],
        not_rows: &["Secretaria de Educação", "Secretaria de Obras"],
    },
    Case {
        name: "pt infinitivos sob O sistema deverá:",
        text: "Termo de referência: sistema de gestão da frota\n\n4. Especificações\n\nO sistema deverá:\nRegistrar o abastecimento de cada veículo com data e quilometragem\nEmitir relatórios mensais de consumo por secretaria\nAlertar o gestor quando a revisão de um veículo estiver vencida\n",
        rows: &[
            "Registrar o abastecimento de cada veículo com data e quilometragem",
            "Emitir relatórios mensais de consumo por secretaria",
            "Alertar o gestor quando a revisão de um veículo estiver vencida",
        ],
        not_rows: &[],
    },
    Case {
        name: "pt sumário e títulos em série",
        text: "Pregão eletrônico para serviços de vigilância\n\nSumário\n\nDo objeto\nDa participação\nDo julgamento\nDas penalidades\n\nAnexo I\nTermo de referência\nDisposições gerais\n\nA contratada manterá vigilantes nos postos durante as vinte e quatro horas do dia.\n",
        rows: &[
            "A contratada manterá vigilantes nos postos durante as vinte e quatro horas do dia",
        ],
        not_rows: &["Da participação", "Do julgamento", "Termo de referência"],
    },
    // Italian.
    Case {
        name: "it documenti uno per riga sotto Alla domanda devono essere allegati:",
        text: "Bando per contributi alle associazioni sportive\n\nArt. 6 – Domanda\n\nAlla domanda devono essere allegati i seguenti documenti:\nCopia dello statuto registrato dell'associazione\nBilancio consuntivo dell'ultima stagione sportiva\nElenco degli atleti tesserati con la loro età\nCopia del documento di identità del presidente\n",
        rows: &[
            "Copia dello statuto registrato dell'associazione",
            "Bilancio consuntivo dell'ultima stagione sportiva",
            "Elenco degli atleti tesserati con la loro età",
            "Copia del documento di identità del presidente",
        ],
        not_rows: &[],
    },
    Case {
        name: "it soggetti ammessi sotto un titolo; indirizzo",
        text: "Avviso pubblico per la gestione dei centri estivi\n\nSoggetti ammessi\n\nCooperative sociali iscritte all'albo regionale\nAssociazioni di promozione sociale con sede nella provincia\nParrocchie e oratori con esperienza nei servizi per minori\n\nPer informazioni\n\nComune di Roccalta\nUfficio Servizi Educativi\nVia Garibaldi 21\n",
        rows: &[
            "Cooperative sociali iscritte all'albo regionale",
            "Associazioni di promozione sociale con sede nella provincia",
            "Parrocchie e oratori con esperienza nei servizi per minori",
        ],
        not_rows: &["Ufficio Servizi Educativi", "Via Garibaldi 21"],
    },
    Case {
        name: "it infiniti sotto Il software dovrà consentire di:",
        text: "Capitolato tecnico: software per la biblioteca civica\n\n2. Funzionalità richieste\n\nIl software dovrà consentire di:\n\nCatalogare i volumi secondo le regole nazionali\n\nGestire prestiti e restituzioni con la tessera sanitaria\n\nInviare un avviso all'utente tre giorni prima della scadenza\n",
        rows: &[
            "Catalogare i volumi secondo le regole nazionali",
            "Gestire prestiti e restituzioni con la tessera sanitaria",
            "Inviare un avviso all'utente tre giorni prima della scadenza",
        ],
        not_rows: &[],
    },
    Case {
        name: "it indice e settori dell'ente",
        text: "Disciplinare di gara\n\nIndice\n\nPremesse\nOggetto dell'appalto\nRequisiti di partecipazione\nCriteri di aggiudicazione\n\nL'ente è articolato nei seguenti settori:\nSettore Lavori Pubblici\nSettore Servizi Sociali\nSettore Finanziario\n\nL'operatore economico deve possedere l'iscrizione alla camera di commercio.\n",
        rows: &["L'operatore economico deve possedere l'iscrizione alla camera di commercio"],
        not_rows: &[
            "Oggetto dell'appalto",
            "Criteri di aggiudicazione",
            "Settore Servizi Sociali",
        ],
    },
    // German.
    Case {
        name: "de Unterlagen je Zeile unter Dem Antrag sind beizufügen:",
        text: "Förderaufruf: Dorfläden im ländlichen Raum\n\n5. Antragstellung\n\nDem Antrag sind folgende Unterlagen beizufügen:\nKostenplan des Vorhabens mit Angeboten von Lieferanten\nNachweis der Eintragung im Handelsregister\nLageplan des Ladengeschäfts\nErklärung über erhaltene Beihilfen der letzten drei Jahre\n",
        rows: &[
            "Kostenplan des Vorhabens mit Angeboten von Lieferanten",
            "Nachweis der Eintragung im Handelsregister",
            "Lageplan des Ladengeschäfts",
            "Erklärung über erhaltene Beihilfen der letzten drei Jahre",
        ],
        not_rows: &[],
    },
    Case {
        name: "de Antragsberechtigte unter einer Überschrift, durch Leerzeilen getrennt; Anschrift",
        text: "Richtlinie zur Förderung von Bürgerenergie\n\nAntragsberechtigte\n\nEingetragene Genossenschaften mit Sitz im Land\n\nGemeinden und Gemeindeverbände\n\nVereine, deren Satzung den Klimaschutz als Zweck nennt\n\nAnschrift\n\nLandesamt für Energie\nReferat Förderung\nHafenstraße 7\n",
        rows: &[
            "Eingetragene Genossenschaften mit Sitz im Land",
            "Gemeinden und Gemeindeverbände",
            "Vereine, deren Satzung den Klimaschutz als Zweck nennt",
        ],
        not_rows: &["Referat Förderung", "Hafenstraße 7"],
    },
    Case {
        name: "de Funktionen je Zeile unter Die Software muss folgende Funktionen bieten:",
        text: "Leistungsbeschreibung: Software für das Bürgerbüro\n\n3. Anforderungen\n\nDie Software muss folgende Funktionen bieten:\nOnline-Terminvergabe für alle Dienstleistungen des Bürgerbüros\nAnzeige der Wartenummern auf Bildschirmen im Wartebereich\nMonatliche Auswertung der Wartezeiten je Schalter\n",
        rows: &[
            "Online-Terminvergabe für alle Dienstleistungen des Bürgerbüros",
            "Anzeige der Wartenummern auf Bildschirmen im Wartebereich",
            "Monatliche Auswertung der Wartezeiten je Schalter",
        ],
        not_rows: &[],
    },
    Case {
        name: "de Inhaltsverzeichnis, Ämter der Stadt und umbrochener Absatz",
        text: "Vergabeunterlagen Straßenreinigung\n\nInhaltsverzeichnis\n\nAllgemeine Angaben\nLeistungsumfang\nZuschlagskriterien\n\nDie Stadtverwaltung gliedert sich in:\nAmt für Umwelt\nAmt für Tiefbau\nOrdnungsamt\n\nDer Auftragnehmer reinigt die Fahrbahnen der Innenstadt an jedem\nWerktag bis sieben Uhr morgens und entsorgt den Kehricht auf eigene\nKosten.\n",
        rows: &[
            "Der Auftragnehmer reinigt die Fahrbahnen der Innenstadt an jedem Werktag bis sieben Uhr morgens und entsorgt den Kehricht auf eigene Kosten",
        ],
        not_rows: &[
            "Leistungsumfang",
            "Zuschlagskriterien",
            "Amt für Tiefbau",
            "Ordnungsamt",
        ],
    },
];

/// The checks the engine fails today ("case name | fragment"), sorted. First score
/// 75/109: every binding-nobody line stays out of the matrix, and unmarked items one per
/// line under a lead-in ending ':' are mostly rows; lost are items under a heading line
/// without ':' ("Documents to be submitted", "Eligible Organizations", "Organismes
/// éligibles", "Entidades beneficiarias", "Soggetti ammessi", "Antragsberechtigte",
/// "Required Functions") and items parted by blank lines under a lead-in. 76/109
/// since a run of lines opening with a task's infinitive is a list of its own
/// (`infinitive_items_probe.rs`): "Permitir …" over "Enviar …" under "El sistema
/// deberá:". 79/109 since a run of lines opening with a document's noun is one too
/// (`noun_items_probe.rs`): "A menu plan …", "A food safety certificate …", "The list
/// of kitchens …" under "Each bid must include:".
const KNOWN_MISSES: &[&str] = &[
    "de Antragsberechtigte unter einer Überschrift, durch Leerzeilen getrennt; Anschrift | Eingetragene Genossenschaften mit Sitz im Land",
    "de Antragsberechtigte unter einer Überschrift, durch Leerzeilen getrennt; Anschrift | Gemeinden und Gemeindeverbände",
    "de Antragsberechtigte unter einer Überschrift, durch Leerzeilen getrennt; Anschrift | Vereine, deren Satzung den Klimaschutz als Zweck nennt",
    "en documents parted by blank lines under a heading Documents to be submitted | A completed and signed form of tender",
    "en documents parted by blank lines under a heading Documents to be submitted | A current certificate of public liability insurance",
    "en documents parted by blank lines under a heading Documents to be submitted | The company's certificate of incorporation",
    "en documents parted by blank lines under a heading Documents to be submitted | Three references from clients served in the last five years",
    "en eligible organisations one per line under Eligible Organizations; the agency's divisions | Counties and municipalities with fewer than 50,000 residents",
    "en eligible organisations one per line under Eligible Organizations; the agency's divisions | Nonprofit cooperatives that provide electric or telephone service",
    "en eligible organisations one per line under Eligible Organizations; the agency's divisions | Regional planning councils formed under state law",
    "en eligible organisations one per line under Eligible Organizations; the agency's divisions | Tribal governments and their housing authorities",
    "en imperative lines under a heading Required Functions; table of contents | Allow visitors to book a time slot without creating an account",
    "en imperative lines under a heading Required Functions; table of contents | Let staff cancel or move a booking and notify the visitor",
    "en imperative lines under a heading Required Functions; table of contents | Send a reminder text message one day before the visit",
    "en imperative lines under a heading Required Functions; table of contents | Show the number of free places for each day on the home page",
    "es entidades beneficiarias bajo un título; dirección | Asociaciones de comerciantes inscritas en el registro municipal",
    "es entidades beneficiarias bajo un título; dirección | Mercados de abastos gestionados por concesionarios",
    "es entidades beneficiarias bajo un título; dirección | Pequeños comercios con local abierto en el municipio",
    "fr organismes éligibles séparés par des lignes vides; sommaire | Les associations déclarées depuis au moins un an",
    "fr organismes éligibles séparés par des lignes vides; sommaire | Les communes et leurs groupements de moins de 20 000 habitants",
    "fr organismes éligibles séparés par des lignes vides; sommaire | Les sociétés coopératives d'intérêt collectif",
    "it soggetti ammessi sotto un titolo; indirizzo | Associazioni di promozione sociale con sede nella provincia",
    "it soggetti ammessi sotto un titolo; indirizzo | Cooperative sociali iscritte all'albo regionale",
    "it soggetti ammessi sotto un titolo; indirizzo | Parrocchie e oratori con esperienza nei servizi per minori",
    "pt entidades elegíveis separadas por linhas vazias; secretarias | Cooperativas de catadores de materiais recicláveis",
    "pt entidades elegíveis separadas por linhas vazias; secretarias | Escolas públicas da rede municipal",
    "pt entidades elegíveis separadas por linhas vazias; secretarias | Organizações da sociedade civil com sede no estado",
];

#[test]
fn the_unmarked_items_probe_fails_only_its_known_misses() {
    assert_known_misses(
        "unmarked items probe",
        CASES,
        item_failures,
        |case| format!("{}: {:#?}", case.name, item_case_rows(case)),
        KNOWN_MISSES,
    );
}
