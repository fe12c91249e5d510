//! A probe of headings on a line of their own, marked by a letter, a number, a Roman
//! numeral or a word of their kind ("Section 4.", "Part C –", "Article 5 -", "Art. 5",
//! "§ 3", "Artículo 3.", "Cláusula 4.ª", "Chapitre 2", "Capítulo II", "Titolo III",
//! "Abschnitt 2"), whose rows are clauses numbered "1." or "4.2.1", lettered items
//! "a)" or paragraphs (issue 31, matrix sections), written before the engine's section
//! code was read: small documents of our own in six languages. The eval found rows
//! under such headings whose section ends in a bare clause number and holds no
//! heading at all.
//!
//! First score 67/93 (the cases up to the small letters' and the last two shapes
//! that must not become headings, which came after the held-out counts showed small
//! letters).
//!
//! Helper 67's cases (issue 31, the held-out part's rows whose section is a bare
//! clause number under a numbered heading on its own line, and its run-in titles
//! after a single number), also written before that code was read: a single
//! number's run-in title with a stop, a colon or nothing before the statement's
//! first word, in six languages; clauses whose numbering skips or repeats the
//! heading's ("4. EVALUATION" / "4 The bidder …", "3 Scope" / "12. The Contractor
//! …"); a heading numbered "2" or "3" after clauses "1."-"9."; a numbered heading in
//! capitals wrapped over two lines; a heading's number alone on the line above it;
//! and single-number clauses opening with a capitalised subject ("11. Proposals
//! shall …"), which must stay whole rows. First score of those: 27/51 (the probe
//! 144/168).
//!
//! Beside them, shapes that must not become headings: lettered or numbered items that
//! are statements themselves, a lead-in's list of short lettered names, a table of
//! contents.
//!
//! Each check names a row by a fragment of its text and a heading its section path
//! must hold (lower case, whitespace collapsed); the row must exist. A few checks name
//! a fragment the row's section must not hold. `KNOWN_MISSES` holds the checks the
//! engine fails today, and the test asserts it equals the failures, so a fix or a loss
//! both show.

mod probe;

use probe::{assert_known_misses, heading, matrix, normal};

/// A small document: its pages are separated by "=== page N ===" lines.
struct Case {
    name: &'static str,
    text: &'static str,
    /// (fragment of a row, a heading its section path must hold)
    holds: &'static [(&'static str, &'static str)],
    /// (fragment of a row, what its section must not hold)
    not_holds: &'static [(&'static str, &'static str)],
}

const NO: &[(&str, &str)] = &[];

const CASES: &[Case] = &[
    // --- lettered headings ---------------------------------------------------------
    Case {
        name: "en roman > letter > number",
        text: "Request for Proposals: Fleet Telematics\n\nII. PROPOSAL REQUIREMENTS\n\nA. Format\n\n1. Proposals must be submitted as one searchable PDF file.\n2. Pages shall be numbered in sequence from the cover onward.\n\nB. Content\n\n1. Each proposal must include a staffing plan for the first year.\n2. The proposer shall name three client references with telephone numbers.\n",
        holds: &[
            ("one searchable pdf file", "A. Format"),
            ("numbered in sequence from the cover", "A. Format"),
            ("staffing plan for the first year", "B. Content"),
            ("three client references", "B. Content"),
            ("three client references", "II. PROPOSAL REQUIREMENTS"),
        ],
        not_holds: NO,
    },
    Case {
        name: "en roman > letter > number, no blank lines",
        text: "Invitation to Tender: Bridge Inspection\nIII. TENDER CONDITIONS\nA. Eligibility\n1. Tenderers must hold a current state engineering licence.\n2. Each tenderer shall disclose any pending litigation.\nB. Pricing\n1. Rates must be fixed for the whole contract term.\n",
        holds: &[
            ("current state engineering licence", "A. Eligibility"),
            ("disclose any pending litigation", "A. Eligibility"),
            ("fixed for the whole contract term", "B. Pricing"),
        ],
        not_holds: NO,
    },
    Case {
        name: "en lettered headings at the top, numbered clauses",
        text: "Invitation for Bids: Road Salt Supply\n\nA. Scope of Supply\n1. The Supplier shall deliver rock salt to four depots within five days of each order.\n2. Each delivery must be weighed on a certified scale.\n\nB. Bid Submission\n1. Bids must be sealed and marked with the bid number on the envelope.\n",
        holds: &[
            ("rock salt to four depots", "A. Scope of Supply"),
            ("weighed on a certified scale", "A. Scope of Supply"),
            ("sealed and marked with the bid number", "B. Bid Submission"),
        ],
        not_holds: NO,
    },
    Case {
        name: "en lettered B) headings, paragraphs",
        text: "Request for Quotation: Printing Services\n\nA) Specifications\n\nThe printer shall use recycled paper of at least 80 gsm for all jobs.\n\nB) Delivery\n\nFinished material must be delivered to the central office within ten working days.\n",
        holds: &[
            ("recycled paper of at least 80 gsm", "A) Specifications"),
            ("within ten working days", "B) Delivery"),
        ],
        not_holds: NO,
    },
    Case {
        name: "fr lettre > numéro",
        text: "Consultation : nettoyage des locaux de la mairie\n\nA. Présentation des offres\n\n1. Les offres doivent être rédigées en langue française.\n2. Le candidat doit joindre un mémoire technique de dix pages au plus.\n\nB. Exécution des prestations\n\n1. Le titulaire doit intervenir chaque soir après la fermeture des bureaux.\n",
        holds: &[
            ("rédigées en langue française", "A. Présentation des offres"),
            (
                "mémoire technique de dix pages",
                "A. Présentation des offres",
            ),
            (
                "chaque soir après la fermeture",
                "B. Exécution des prestations",
            ),
        ],
        not_holds: NO,
    },
    Case {
        name: "pt letra > número",
        text: "Termo de referência: manutenção predial\n\nA) Da habilitação\n\n1. A licitante deverá apresentar certidão negativa de débitos trabalhistas.\n2. A licitante deverá comprovar experiência anterior em serviços semelhantes.\n\nB) Das obrigações da contratada\n\n1. A contratada deverá fornecer uniformes a todos os empregados.\n",
        holds: &[
            (
                "certidão negativa de débitos trabalhistas",
                "A) Da habilitação",
            ),
            (
                "experiência anterior em serviços semelhantes",
                "A) Da habilitação",
            ),
            (
                "uniformes a todos os empregados",
                "B) Das obrigações da contratada",
            ),
        ],
        not_holds: NO,
    },
    Case {
        name: "it lettera > numero",
        text: "Disciplinare di gara: servizio di mensa scolastica\n\nA. Requisiti di partecipazione\n\n1. Il concorrente deve essere iscritto al registro delle imprese.\n2. Il concorrente deve possedere la certificazione di qualità in corso di validità.\n\nB. Modalità di presentazione\n\n1. L'offerta deve pervenire entro le ore dodici del giorno indicato.\n",
        holds: &[
            (
                "iscritto al registro delle imprese",
                "A. Requisiti di partecipazione",
            ),
            (
                "certificazione di qualità",
                "A. Requisiti di partecipazione",
            ),
            ("entro le ore dodici", "B. Modalità di presentazione"),
        ],
        not_holds: NO,
    },
    Case {
        name: "de Buchstabe > Nummer",
        text: "Leistungsbeschreibung: Winterdienst\n\nA. Allgemeines\n\n1. Der Auftragnehmer muss ab vier Uhr morgens einsatzbereit sein.\n\nB. Eignung\n\n1. Der Bieter hat eine Referenz über vergleichbare Leistungen vorzulegen.\n2. Der Bieter muss eine gültige Betriebshaftpflichtversicherung nachweisen.\n",
        holds: &[
            ("ab vier uhr morgens einsatzbereit", "A. Allgemeines"),
            ("referenz über vergleichbare leistungen", "B. Eignung"),
            ("gültige betriebshaftpflichtversicherung", "B. Eignung"),
        ],
        not_holds: NO,
    },
    // --- headings with a word of their kind ------------------------------------------
    Case {
        name: "en Section 3. / Section 4. with numbered clauses",
        text: "Request for Proposals: Traffic Study\n\nSection 3. Scope of Work\n1. The consultant shall prepare a traffic count for every signalised intersection.\n2. The consultant must present the draft findings at a public meeting.\n\nSection 4. Evaluation\n1. The proposer must show at least two completed studies of similar size.\n",
        holds: &[
            (
                "traffic count for every signalised",
                "Section 3. Scope of Work",
            ),
            (
                "draft findings at a public meeting",
                "Section 3. Scope of Work",
            ),
            (
                "two completed studies of similar size",
                "Section 4. Evaluation",
            ),
        ],
        not_holds: NO,
    },
    Case {
        name: "en Part B – / Part C – with lettered items",
        text: "Tender Document: Pumping Station Upgrade\n\nPart B – Technical Specifications\na) The pumps shall be rated for continuous duty at full load.\nb) All motors must meet premium efficiency standards.\n\nPart C – Insurance\na) The Contractor shall carry general liability cover of two million dollars.\n",
        holds: &[
            (
                "rated for continuous duty",
                "Part B – Technical Specifications",
            ),
            (
                "premium efficiency standards",
                "Part B – Technical Specifications",
            ),
            (
                "general liability cover of two million",
                "Part C – Insurance",
            ),
        ],
        not_holds: NO,
    },
    Case {
        name: "en Article 5 - with paragraphs",
        text: "Draft Service Agreement: Waste Collection\n\nArticle 4 - Schedule\n\nThe Contractor shall collect household waste from each street once a week.\n\nArticle 5 - Payment\n\nInvoices must be submitted monthly with a record of the rounds completed.\n",
        holds: &[
            ("household waste from each street", "Article 4 - Schedule"),
            ("invoices must be submitted monthly", "Article 5 - Payment"),
        ],
        not_holds: NO,
    },
    Case {
        name: "fr Chapitre 2 > Art. 5 > numéro",
        text: "Cahier des clauses particulières : entretien des espaces verts\n\nChapitre 2 – Conditions d'exécution\n\nArt. 5 – Pénalités\n\n1. Tout retard dans l'exécution des tontes doit être signalé au maître d'ouvrage le jour même.\n2. Le titulaire doit tenir un registre des interventions.\n\nArt. 6 – Sous-traitance\n\nLe titulaire doit déclarer chaque sous-traitant avant le début des travaux.\n",
        holds: &[
            (
                "signalé au maître d'ouvrage le jour même",
                "Art. 5 – Pénalités",
            ),
            ("registre des interventions", "Art. 5 – Pénalités"),
            ("déclarer chaque sous-traitant", "Art. 6 – Sous-traitance"),
            (
                "registre des interventions",
                "Chapitre 2 – Conditions d'exécution",
            ),
        ],
        not_holds: NO,
    },
    Case {
        name: "es Artículo 3. with numbered clauses",
        text: "Pliego de cláusulas administrativas: suministro de mobiliario escolar\n\nArtículo 3. Garantías\n\n1. El adjudicatario deberá constituir una garantía definitiva del cinco por ciento.\n2. La garantía deberá mantenerse hasta el fin del plazo de garantía de los bienes.\n\nArtículo 4. Plazo de entrega\n\n1. El mobiliario deberá entregarse antes del inicio del curso escolar.\n",
        holds: &[
            (
                "garantía definitiva del cinco por ciento",
                "Artículo 3. Garantías",
            ),
            ("mantenerse hasta el fin del plazo", "Artículo 3. Garantías"),
            (
                "antes del inicio del curso escolar",
                "Artículo 4. Plazo de entrega",
            ),
        ],
        not_holds: NO,
    },
    Case {
        name: "es Cláusula 4.ª with paragraphs",
        text: "Contrato de servicios de vigilancia\n\nCláusula 4.ª Plazo de ejecución\n\nEl contratista deberá iniciar el servicio en los diez días siguientes a la firma.\n\nCláusula 5.ª Personal\n\nEl personal asignado deberá contar con la habilitación profesional vigente.\n",
        holds: &[
            (
                "iniciar el servicio en los diez días",
                "Cláusula 4.ª Plazo de ejecución",
            ),
            ("habilitación profesional vigente", "Cláusula 5.ª Personal"),
        ],
        not_holds: NO,
    },
    Case {
        name: "es Capítulo II > letra > número",
        text: "Pliego técnico: renovación del alumbrado público\n\nCapítulo II. Condiciones técnicas\n\nA. Luminarias\n\n1. Las luminarias deberán tener una eficacia mínima de 120 lúmenes por vatio.\n\nB. Instalación\n\n1. El contratista deberá retirar y reciclar las luminarias sustituidas.\n",
        holds: &[
            ("120 lúmenes por vatio", "A. Luminarias"),
            ("retirar y reciclar las luminarias", "B. Instalación"),
            (
                "retirar y reciclar las luminarias",
                "Capítulo II. Condiciones técnicas",
            ),
        ],
        not_holds: NO,
    },
    Case {
        name: "pt Capítulo II / Cláusula 4.ª with numbered clauses",
        text: "Edital de pregão: fornecimento de material de escritório\n\nCapítulo II – Das condições de participação\n\n1. Poderão participar apenas empresas do ramo cadastradas no sistema.\n2. A empresa deverá apresentar declaração de cumprimento dos requisitos.\n\nCláusula 4.ª – Do prazo de entrega\n\n1. O material deverá ser entregue em até quinze dias corridos.\n",
        holds: &[
            (
                "declaração de cumprimento dos requisitos",
                "Capítulo II – Das condições de participação",
            ),
            (
                "entregue em até quinze dias corridos",
                "Cláusula 4.ª – Do prazo de entrega",
            ),
        ],
        not_holds: NO,
    },
    Case {
        name: "it Titolo III > Art. 5 > numero",
        text: "Capitolato speciale d'appalto: manutenzione strade\n\nTitolo III – Esecuzione del contratto\n\nArt. 5 – Penali\n\n1. L'appaltatore deve completare ogni intervento urgente entro ventiquattro ore.\n2. L'appaltatore deve comunicare per iscritto ogni sospensione dei lavori.\n\nArt. 6 – Sicurezza\n\nL'appaltatore deve redigere un piano operativo di sicurezza prima dell'avvio.\n",
        holds: &[
            (
                "ogni intervento urgente entro ventiquattro ore",
                "Art. 5 – Penali",
            ),
            ("ogni sospensione dei lavori", "Art. 5 – Penali"),
            ("piano operativo di sicurezza", "Art. 6 – Sicurezza"),
            (
                "ogni sospensione dei lavori",
                "Titolo III – Esecuzione del contratto",
            ),
        ],
        not_holds: NO,
    },
    Case {
        name: "de Abschnitt 2 / § 3 with numbered clauses and paragraphs",
        text: "Vergabeunterlagen: Reinigung der Schulgebäude\n\nAbschnitt 2 Leistungsumfang\n\n1. Der Auftragnehmer muss die Klassenräume täglich nach Unterrichtsende reinigen.\n2. Die Sanitärräume sind zweimal täglich zu reinigen.\n\n§ 3 Vertragslaufzeit\n\nDer Auftragnehmer muss die Leistung für mindestens zwei Jahre erbringen.\n",
        holds: &[
            (
                "täglich nach unterrichtsende reinigen",
                "Abschnitt 2 Leistungsumfang",
            ),
            ("zweimal täglich zu reinigen", "Abschnitt 2 Leistungsumfang"),
            (
                "für mindestens zwei jahre erbringen",
                "§ 3 Vertragslaufzeit",
            ),
        ],
        not_holds: NO,
    },
    // --- numbered headings ----------------------------------------------------------
    Case {
        name: "en 4 Evaluation with clauses 1. 2.",
        text: "Request for Proposals: Payroll Software\n\n3 Requirements\n1. The software must calculate overtime under the state's rules.\n2. The vendor shall provide training for six payroll clerks.\n\n4 Evaluation\n1. Proposers must score at least seventy points on the technical criteria to be shortlisted.\n",
        holds: &[
            (
                "calculate overtime under the state's rules",
                "3 Requirements",
            ),
            ("training for six payroll clerks", "3 Requirements"),
            ("at least seventy points", "4 Evaluation"),
        ],
        not_holds: NO,
    },
    Case {
        name: "en 4. EVALUATION with lettered items",
        text: "Request for Proposals: Janitorial Services\n\n3. SUBMISSION\na) Proposals must be delivered to the procurement office in a sealed box.\nb) Each proposal shall bear the signature of an authorised officer.\n\n4. EVALUATION\na) Proposers must attend an interview if invited by the panel.\n",
        holds: &[
            ("procurement office in a sealed box", "3. SUBMISSION"),
            ("signature of an authorised officer", "3. SUBMISSION"),
            ("attend an interview if invited", "4. EVALUATION"),
        ],
        not_holds: NO,
    },
    Case {
        name: "en 4.2 Insurance with 4.2.1 clauses",
        text: "General Conditions of Contract\n\n4.1 Indemnity\n4.1.1 The Contractor shall hold the Owner harmless against third-party claims.\n4.2 Insurance\n4.2.1 The Contractor shall maintain workers' compensation cover for all staff.\n4.2.2 Certificates of insurance must be provided before work begins.\n",
        holds: &[
            ("hold the owner harmless", "4.1 Indemnity"),
            ("workers' compensation cover for all staff", "4.2 Insurance"),
            (
                "certificates of insurance must be provided",
                "4.2 Insurance",
            ),
        ],
        not_holds: NO,
    },
    Case {
        name: "fr 3. MODALITÉS with lettered items",
        text: "Règlement de la consultation : transport scolaire\n\n3. MODALITÉS DE REMISE DES OFFRES\na) Les offres doivent être déposées sur la plateforme avant la date limite.\nb) Chaque pièce doit être signée électroniquement par le représentant.\n\n4. CRITÈRES DE SÉLECTION\nLe candidat doit justifier d'une flotte de dix autocars au moins.\n",
        holds: &[
            (
                "déposées sur la plateforme",
                "3. MODALITÉS DE REMISE DES OFFRES",
            ),
            (
                "signée électroniquement",
                "3. MODALITÉS DE REMISE DES OFFRES",
            ),
            ("flotte de dix autocars", "4. CRITÈRES DE SÉLECTION"),
        ],
        not_holds: NO,
    },
    Case {
        name: "de 4.2 Versicherung with 4.2.1 clauses",
        text: "Besondere Vertragsbedingungen\n\n4.2 Versicherung\n4.2.1 Der Auftragnehmer hat eine Haftpflichtversicherung mit einer Deckung von fünf Millionen Euro nachzuweisen.\n4.2.2 Der Nachweis muss vor Vertragsbeginn vorgelegt werden.\n4.3 Gewährleistung\n4.3.1 Die Gewährleistungsfrist muss mindestens vier Jahre betragen.\n",
        holds: &[
            ("deckung von fünf millionen euro", "4.2 Versicherung"),
            ("vor vertragsbeginn vorgelegt", "4.2 Versicherung"),
            ("mindestens vier jahre betragen", "4.3 Gewährleistung"),
        ],
        not_holds: NO,
    },
    Case {
        name: "it 5 Obblighi with paragraphs",
        text: "Capitolato tecnico: servizio di pulizia\n\n5 Obblighi dell'appaltatore\n\nL'appaltatore deve fornire a proprie spese tutti i prodotti detergenti necessari.\n\n6 Controlli\n\nL'appaltatore deve consentire ispezioni senza preavviso da parte del direttore.\n",
        holds: &[
            ("tutti i prodotti detergenti", "5 Obblighi dell'appaltatore"),
            ("ispezioni senza preavviso", "6 Controlli"),
        ],
        not_holds: NO,
    },
    // --- small letters (found in the held-out part's counts: a lettered heading on a
    // line of its own whose rows got only a clause number) ---------------------------
    Case {
        name: "en roman > small letter > number",
        text: "Request for Proposals: Park Lighting Renewal\n\nIII. PROPOSAL REQUIREMENTS\n\na) Format of the Proposal\n\n1. Proposals must be delivered as one signed PDF file.\n2. Each page shall carry the proposer's name.\n\nb) Content of the Proposal\n\n1. The proposal must include a maintenance plan for two years.\n",
        holds: &[
            ("one signed pdf file", "a) Format of the Proposal"),
            ("carry the proposer's name", "a) Format of the Proposal"),
            (
                "maintenance plan for two years",
                "b) Content of the Proposal",
            ),
            (
                "maintenance plan for two years",
                "III. PROPOSAL REQUIREMENTS",
            ),
        ],
        not_holds: NO,
    },
    Case {
        name: "fr petite lettre > numéro",
        text: "Règlement de consultation : entretien des toitures\n\na. Conditions de participation\n1. Le candidat doit produire une attestation d'assurance décennale.\n2. Le candidat doit présenter deux références de chantiers récents.\nb. Jugement des offres\n1. Chaque offre doit comporter un planning détaillé des interventions.\n",
        holds: &[
            (
                "attestation d'assurance décennale",
                "a. Conditions de participation",
            ),
            (
                "deux références de chantiers",
                "a. Conditions de participation",
            ),
            (
                "planning détaillé des interventions",
                "b. Jugement des offres",
            ),
        ],
        not_holds: NO,
    },
    Case {
        name: "es letra minúscula > número",
        text: "Pliego de condiciones: mantenimiento de fuentes ornamentales\n\na) Solvencia técnica\n\n1. El licitador deberá acreditar tres contratos similares en los últimos cinco años.\n\nb) Forma de las proposiciones\n\n1. Las proposiciones deberán presentarse en sobre cerrado y firmado.\n",
        holds: &[
            ("tres contratos similares", "a) Solvencia técnica"),
            ("sobre cerrado y firmado", "b) Forma de las proposiciones"),
        ],
        not_holds: NO,
    },
    Case {
        name: "it lettera minuscola > numero, de kleiner Buchstabe > Absatz",
        text: "Avviso: servizio di trasporto disabili\n\na) Requisiti dei mezzi\n\n1. Ogni veicolo deve essere dotato di pedana elevatrice omologata.\n\nb) Personale\n\n1. Gli autisti devono possedere la patente di categoria D.\n\n=== page 2 ===\nLeistungsbeschreibung: Grünpflege\n\na) Mäharbeiten\n\nDer Auftragnehmer muss die Rasenflächen alle zwei Wochen mähen.\n\nb) Baumpflege\n\nDer Auftragnehmer hat abgestorbene Äste innerhalb einer Woche zu entfernen.\n",
        holds: &[
            ("pedana elevatrice omologata", "a) Requisiti dei mezzi"),
            ("patente di categoria d", "b) Personale"),
            ("alle zwei wochen mähen", "a) Mäharbeiten"),
            ("abgestorbene äste", "b) Baumpflege"),
        ],
        not_holds: NO,
    },
    Case {
        name: "pt letra minúscula > número",
        text: "Termo de referência: vigilância patrimonial\n\na) Do efetivo\n1. A contratada deverá manter dois vigilantes em cada turno.\n2. Os vigilantes deverão portar crachá de identificação.\nb) Dos equipamentos\n1. A contratada deverá fornecer rádios de comunicação aos postos.\n",
        holds: &[
            ("dois vigilantes em cada turno", "a) Do efetivo"),
            ("crachá de identificação", "a) Do efetivo"),
            ("rádios de comunicação", "b) Dos equipamentos"),
        ],
        not_holds: NO,
    },
    // --- shapes that must not become headings ----------------------------------------
    Case {
        name: "en lettered items that are statements",
        text: "Invitation for Bids: Water Meters\n\n3. Bid Conditions\n\nA. Bids must be received before the closing time stated on the cover page.\nB. Each bid shall include a completed price schedule.\nC. The bidder shall quote a unit price for each meter size.\n",
        holds: &[
            ("closing time stated on the cover page", "3. Bid Conditions"),
            ("completed price schedule", "3. Bid Conditions"),
            ("unit price for each meter size", "3. Bid Conditions"),
        ],
        not_holds: &[
            ("completed price schedule", "closing time"),
            ("unit price for each meter size", "completed price schedule"),
        ],
    },
    Case {
        name: "en a) statements under Section 5.",
        text: "Request for Proposals: Legal Services\n\nSection 5. Submission\n\na) The bidder shall attach a signed conflict of interest declaration.\nb) The bidder shall attach proof of admission to the state bar.\n",
        holds: &[
            (
                "signed conflict of interest declaration",
                "Section 5. Submission",
            ),
            (
                "proof of admission to the state bar",
                "Section 5. Submission",
            ),
        ],
        not_holds: &[(
            "proof of admission to the state bar",
            "conflict of interest",
        )],
    },
    Case {
        name: "es a) enunciados bajo Artículo",
        text: "Pliego de condiciones: servicio de jardinería\n\nArtículo 7. Obligaciones del contratista\n\na) El contratista deberá reponer las plantas que se sequen durante el contrato.\nb) El contratista deberá retirar los restos de poda el mismo día.\n",
        holds: &[
            (
                "reponer las plantas que se sequen",
                "Artículo 7. Obligaciones del contratista",
            ),
            (
                "restos de poda el mismo día",
                "Artículo 7. Obligaciones del contratista",
            ),
        ],
        not_holds: &[("restos de poda el mismo día", "reponer las plantas")],
    },
    Case {
        name: "en lead-in with short lettered names",
        text: "Request for Proposals: Consulting Services\n\n4. Proposal Contents\n\nThe proposal must contain the following documents:\nA. Cover letter\nB. Price form\nC. Signed declaration\n\nPrices must be quoted in euros including all taxes.\n",
        holds: &[
            (
                "must contain the following documents",
                "4. Proposal Contents",
            ),
            (
                "quoted in euros including all taxes",
                "4. Proposal Contents",
            ),
        ],
        not_holds: &[
            ("quoted in euros including all taxes", "signed declaration"),
            ("quoted in euros including all taxes", "price form"),
        ],
    },
    Case {
        name: "de Einleitungssatz mit kurzen Buchstabenpunkten",
        text: "Aufforderung zur Angebotsabgabe: Büromöbel\n\n2. Angebotsunterlagen\n\nDas Angebot muss folgende Unterlagen enthalten:\nA. Anschreiben\nB. Preisblatt\nC. Eigenerklärung\n\nDie Preise sind in Euro einschließlich Umsatzsteuer anzugeben.\n",
        holds: &[
            ("folgende unterlagen enthalten", "2. Angebotsunterlagen"),
            (
                "in euro einschließlich umsatzsteuer",
                "2. Angebotsunterlagen",
            ),
        ],
        not_holds: &[("in euro einschließlich umsatzsteuer", "eigenerklärung")],
    },
    Case {
        name: "en small-letter names under a lead-in, blank lines between",
        text: "Request for Proposals: Audit Services\n\n5. Format\n\nThe submission shall consist of the following volumes:\n\na) Technical volume\n\nb) Price volume\n\nc) Signed forms\n\nEvery volume must be bound separately.\n",
        holds: &[("bound separately", "5. Format")],
        not_holds: &[
            ("bound separately", "signed forms"),
            ("bound separately", "price volume"),
        ],
    },
    Case {
        name: "fr lettres capitales sous une introduction, lignes vides entre",
        text: "Appel d'offres : fourniture de mobilier\n\n3. Contenu de l'offre\n\nL'offre comprend les pièces suivantes :\n\nA. Offre technique\n\nB. Offre financière\n\nLe candidat doit parapher chaque page de son offre.\n",
        holds: &[("parapher chaque page", "3. Contenu de l'offre")],
        not_holds: &[("parapher chaque page", "offre financière")],
    },
    Case {
        name: "en table of contents, then lettered headings",
        text: "Request for Proposals: Website Hosting\n\nTABLE OF CONTENTS\nA. Background .......... 2\nB. Scope of Work .......... 2\nC. Submission .......... 3\n\n=== page 2 ===\nA. Background\nThe Library runs a public catalogue used by some twelve thousand members.\nB. Scope of Work\n1. The provider shall host the catalogue with an availability of 99.9 percent.\n2. The provider must apply security patches within seven days of release.\n=== page 3 ===\nC. Submission\n1. Proposals must be emailed to the purchasing officer by the deadline.\n",
        holds: &[
            ("availability of 99.9 percent", "B. Scope of Work"),
            ("security patches within seven days", "B. Scope of Work"),
            ("emailed to the purchasing officer", "C. Submission"),
        ],
        not_holds: &[("availability of 99.9 percent", "....")],
    },
    // --- helper 67: a single number's run-in title, and numbered headings on their own
    // line whose clauses are numbered from elsewhere (issue 31) -----------------------
    Case {
        name: "en single number run-in title, no stop",
        text: "Request for Proposals: Library Shelving\n\n1 Background The county library is replacing the shelving in two of its branches.\n\n2 Delivery The Contractor shall bring all shelving units to the loading dock of each branch.\n\n3 Warranty The Contractor must guarantee every unit against defects for five years.\n",
        holds: &[
            ("all shelving units to the loading dock", "Delivery"),
            ("guarantee every unit against defects", "Warranty"),
        ],
        not_holds: &[("guarantee every unit against defects", "Delivery")],
    },
    Case {
        name: "en single number run-in title with a stop",
        text: "Invitation to Bid: Janitorial Supplies\n\n4. Insurance. The Supplier shall carry public liability cover of two million dollars.\n5. Invoicing. Every invoice must quote the purchase order number and the delivery date.\n",
        holds: &[
            ("public liability cover of two million", "Insurance"),
            ("quote the purchase order number", "Invoicing"),
        ],
        not_holds: &[("quote the purchase order number", "Insurance")],
    },
    Case {
        name: "en single number run-in title with a colon",
        text: "Request for Quotation: Data Centre Cooling\n\n6. Acceptance: The Contractor shall correct any defect found in the acceptance tests within ten days.\n7. Termination: The Contractor must hand over all site keys on the last day of the contract.\n",
        holds: &[
            (
                "correct any defect found in the acceptance tests",
                "Acceptance",
            ),
            ("hand over all site keys", "Termination"),
        ],
        not_holds: &[("hand over all site keys", "Acceptance")],
    },
    Case {
        name: "en single-number clauses whose subject is capitalised stay whole rows",
        text: "Request for Proposals: Payroll Software\n\n2. SUBMISSION\n\n11. Proposals shall stay open for acceptance during ninety calendar days.\n12. Offerors must attend the site visit on the announced morning.\n13. Prices must be stated in US dollars.\n",
        holds: &[
            ("proposals shall stay open for acceptance", "SUBMISSION"),
            ("offerors must attend the site visit", "SUBMISSION"),
            ("prices must be stated in us dollars", "SUBMISSION"),
        ],
        not_holds: NO,
    },
    Case {
        name: "fr titre en ligne après un seul numéro",
        text: "Marché public : fourniture de postes informatiques\n\n3. Garantie. Le titulaire doit garantir les matériels livrés pendant deux ans pièces et main-d'oeuvre.\n4. Pénalités : Le titulaire doit verser une pénalité de cent euros par jour de retard constaté.\n",
        holds: &[
            ("garantir les matériels livrés", "Garantie"),
            ("cent euros par jour de retard", "Pénalités"),
        ],
        not_holds: &[("cent euros par jour de retard", "Garantie")],
    },
    Case {
        name: "es título en línea tras un solo número",
        text: "Pliego de condiciones: reparación de caminos rurales\n\n5 Plazo de ejecución El contratista deberá terminar las obras en un plazo de seis meses.\n\n6. Garantía. El adjudicatario deberá constituir una garantía definitiva del cinco por ciento.\n",
        holds: &[
            ("terminar las obras en un plazo", "Plazo de ejecución"),
            ("constituir una garantía definitiva", "Garantía"),
        ],
        not_holds: &[("constituir una garantía definitiva", "Plazo")],
    },
    Case {
        name: "pt título em linha após um só número",
        text: "Termo de referência: limpeza de escolas\n\n7. Obrigações da contratada. A contratada deverá manter um encarregado em cada unidade escolar.\n8. Pagamento: A nota fiscal deverá ser emitida em nome da secretaria de educação.\n",
        holds: &[
            (
                "manter um encarregado em cada unidade",
                "Obrigações da contratada",
            ),
            ("emitida em nome da secretaria", "Pagamento"),
        ],
        not_holds: &[("emitida em nome da secretaria", "Obrigações")],
    },
    Case {
        name: "it titolo in linea dopo un solo numero",
        text: "Capitolato: manutenzione del verde pubblico\n\n9. Cauzione. L'aggiudicatario deve costituire una cauzione definitiva prima della stipula.\n10. Subappalto: Il subappalto deve essere autorizzato per iscritto dalla stazione appaltante.\n",
        holds: &[
            ("costituire una cauzione definitiva", "Cauzione"),
            ("autorizzato per iscritto", "Subappalto"),
        ],
        not_holds: &[("autorizzato per iscritto", "Cauzione")],
    },
    Case {
        name: "de Fließtitel nach einer einzelnen Nummer",
        text: "Leistungsbeschreibung: Wartung der Aufzugsanlagen\n\n2 Leistungsumfang Der Auftragnehmer muss jede Anlage viermal im Jahr warten.\n\n3. Gewährleistung. Der Auftragnehmer muss gemeldete Mängel innerhalb von zehn Tagen beseitigen.\n",
        holds: &[
            ("jede anlage viermal im jahr", "Leistungsumfang"),
            (
                "gemeldete mängel innerhalb von zehn tagen",
                "Gewährleistung",
            ),
        ],
        not_holds: &[("gemeldete mängel innerhalb", "Leistungsumfang")],
    },
    Case {
        name: "en heading '4. EVALUATION' then clauses repeating its number",
        text: "Request for Tenders: Street Lighting\n\n3. SUBMISSION\n\n3.1 Tenders must be lodged through the county's own lighting portal.\n\n4. EVALUATION\n\n4 The bidder with the lowest evaluated price shall be invited to negotiate.\n5 Each bidder must keep its offer open for ninety days.\n",
        holds: &[
            (
                "lodged through the county's own lighting portal",
                "SUBMISSION",
            ),
            ("lowest evaluated price", "EVALUATION"),
            ("keep its offer open for ninety days", "EVALUATION"),
        ],
        not_holds: NO,
    },
    Case {
        name: "en heading '3 Scope' then clauses numbered from 12",
        text: "Statement of Work: Network Cabling\n\n3 Scope\n\n12. The Contractor shall install category six cabling in all offices of the annex.\n13. The Contractor shall label both ends of every cable it installs.\n\n4 Testing\n\n14. Every link must be certified with a calibrated tester.\n",
        holds: &[
            ("category six cabling", "Scope"),
            ("label both ends of every cable", "Scope"),
            ("certified with a calibrated tester", "Testing"),
        ],
        not_holds: &[("certified with a calibrated tester", "Scope")],
    },
    Case {
        name: "es encabezado '2' tras las cláusulas 1 a 9 de la sección anterior",
        text: "Pliego: suministro de mobiliario escolar\n\n1 Condiciones generales\n\n1. Cada licitador deberá pintar su logotipo en la caja número uno.\n2. Cada licitador deberá usar tinta azul en los pupitres de muestra.\n3. Cada licitador deberá traer dos sillas de muestra al almacén.\n4. Cada licitador deberá numerar a mano las páginas del catálogo.\n5. Cada licitador deberá citar tres colegios donde montó pupitres.\n6. Cada licitador deberá indicar el peso de cada pupitre en kilos.\n7. Cada licitador deberá aportar fotos de las bisagras de las mesas.\n8. Cada licitador deberá enviar el catálogo en una memoria USB.\n9. Cada licitador deberá designar un interlocutor para los colegios.\n\n2 Entrega\n\n1. El adjudicatario deberá entregar el mobiliario montado en cada centro.\n2. El adjudicatario deberá retirar los embalajes el mismo día.\n",
        holds: &[
            (
                "designar un interlocutor para los colegios",
                "Condiciones generales",
            ),
            ("entregar el mobiliario montado", "Entrega"),
            ("retirar los embalajes", "Entrega"),
        ],
        not_holds: &[("retirar los embalajes", "Condiciones generales")],
    },
    Case {
        name: "fr intertitre '3' après les clauses 1 à 9",
        text: "Règlement de consultation : entretien des espaces verts\n\n2 Dossier de candidature\n\n1. Chaque jardinier proposé doit savoir tailler les haies de buis.\n2. Chaque candidat doit citer ses tondeuses par marque et par âge.\n3. Chaque candidat doit dire où il entrepose ses déchets verts.\n4. Chaque candidat doit montrer une photo de ses remorques.\n5. Chaque candidat doit nommer un chef d'équipe joignable le samedi.\n6. Chaque candidat doit chiffrer le ramassage des feuilles mortes.\n7. Chaque candidat doit décrire son arrosage des massifs en été.\n8. Chaque candidat doit joindre deux plans de parcs entretenus.\n9. Chaque candidat doit signer la fiche des haies de buis.\n3 Jugement des offres\n1. Le candidat doit détailler son prix dans le bordereau fourni.\n",
        holds: &[
            (
                "signer la fiche des haies de buis",
                "Dossier de candidature",
            ),
            (
                "détailler son prix dans le bordereau",
                "Jugement des offres",
            ),
        ],
        not_holds: &[(
            "détailler son prix dans le bordereau",
            "Dossier de candidature",
        )],
    },
    Case {
        name: "de Großbuchstaben-Überschrift über zwei Zeilen",
        text: "Vergabeunterlagen: Schulbusverkehr\n\n4. ANFORDERUNGEN AN DAS TECHNISCHE\nKONZEPT DES BIETERS\n\n1. Das Konzept muss die eingesetzten Fahrzeuge mit Baujahr nennen.\n2. Der Bieter muss einen Ersatzfahrer für jede Linie benennen.\n",
        holds: &[
            (
                "eingesetzten fahrzeuge mit baujahr",
                "ANFORDERUNGEN AN DAS TECHNISCHE",
            ),
            (
                "ersatzfahrer für jede linie",
                "ANFORDERUNGEN AN DAS TECHNISCHE",
            ),
        ],
        not_holds: NO,
    },
    Case {
        name: "en capitals heading wrapped over two lines",
        text: "Request for Proposals: Records Digitisation\n\n5. REQUIREMENTS FOR THE TECHNICAL\nPROPOSAL AND WORK PLAN\n\n5.1 The technical proposal must describe the scanning workflow step by step.\n5.2 The work plan shall show the monthly volume of pages to be scanned.\n",
        holds: &[
            (
                "describe the scanning workflow",
                "REQUIREMENTS FOR THE TECHNICAL",
            ),
            ("monthly volume of pages", "REQUIREMENTS FOR THE TECHNICAL"),
        ],
        not_holds: NO,
    },
    Case {
        name: "pt número sozinho na linha acima do título",
        text: "Edital: aquisição de medicamentos\n\n6\nCONDIÇÕES DE ENTREGA\n\nA contratada deverá entregar os medicamentos no almoxarifado central.\nOs lotes deverão ter validade mínima de doze meses.\n\n7\nSANÇÕES\n\nA contratada deverá pagar multa de um por cento por dia de atraso.\n",
        holds: &[
            ("no almoxarifado central", "CONDIÇÕES DE ENTREGA"),
            ("validade mínima de doze meses", "CONDIÇÕES DE ENTREGA"),
            ("multa de um por cento", "SANÇÕES"),
        ],
        not_holds: &[("multa de um por cento", "CONDIÇÕES DE ENTREGA")],
    },
    Case {
        name: "it numero da solo sopra il titolo",
        text: "Disciplinare: servizio di trasporto disabili\n\n3\nRequisiti dei mezzi\n\nOgni veicolo deve essere dotato di pedana elevatrice omologata.\n\n4\nPersonale\n\nL'appaltatore deve impiegare autisti con almeno tre anni di esperienza.\n",
        holds: &[
            ("pedana elevatrice omologata", "Requisiti dei mezzi"),
            ("autisti con almeno tre anni", "Personale"),
        ],
        not_holds: &[("autisti con almeno tre anni", "Requisiti dei mezzi")],
    },
    Case {
        name: "it titolo '5. VALUTAZIONE' poi clausole che ripetono il numero",
        text: "Lettera di invito: servizio di pulizia\n\n5. VALUTAZIONE DELLE OFFERTE\n\n5 L'offerta tecnica deve essere contenuta in venti pagine.\n6 L'offerta economica deve indicare il ribasso percentuale.\n",
        holds: &[
            ("contenuta in venti pagine", "VALUTAZIONE DELLE OFFERTE"),
            (
                "indicare il ribasso percentuale",
                "VALUTAZIONE DELLE OFFERTE",
            ),
        ],
        not_holds: NO,
    },
    Case {
        name: "pt en clauses numbered '5.2.' with a stop, one a line, no blank line",
        text: "Edital de pregão eletrónico: serviços de limpeza\n\n5. DAS OBRIGAÇÕES DA CONTRATADA\n5.1. Cabe à contratada fornecer uniformes aos empregados.\n5.2. A contratada obriga-se a manter preposto no local dos serviços.\n5.3. Compete à contratada responder pelos danos causados ao município.\n\nConditions of Contract: Cleaning Services\n\n6. OBLIGATIONS OF THE CONTRACTOR\n6.1. The contractor shall supply uniforms to its staff.\n6.2. The contractor must keep a supervisor on site during the work.\n",
        holds: &[
            ("fornecer uniformes aos empregados", "5.1"),
            ("manter preposto no local", "5.2"),
            ("responder pelos danos causados", "5.3"),
            ("supply uniforms to its staff", "6.1"),
            ("keep a supervisor on site", "6.2"),
        ],
        not_holds: &[
            ("manter preposto no local", "5.1"),
            ("keep a supervisor on site", "6.1"),
        ],
    },
];

/// The matrix's rows of a case: (text, section), both normalised.
fn case_rows(case: &Case) -> Vec<(String, String)> {
    matrix(case.text)
        .iter()
        .map(|r| {
            (
                normal(r["text"].as_str().unwrap_or_default()),
                normal(r["section"].as_str().unwrap_or_default()),
            )
        })
        .collect()
}

/// The failed checks of one case and how many checks it has.
fn failures(case: &Case) -> (usize, Vec<String>) {
    let rows = case_rows(case);
    let section_of = |fragment: &str| {
        let fragment = normal(fragment);
        rows.iter()
            .find(|(text, _)| text.contains(&fragment))
            .map(|(_, section)| section.clone())
    };
    let mut failed = Vec::new();
    for (fragment, want) in case.holds {
        let ok = section_of(fragment).is_some_and(|got| got.contains(&heading(want)));
        if !ok {
            failed.push(format!("{} | {fragment} | {want}", case.name));
        }
    }
    for (fragment, avoid) in case.not_holds {
        let ok = section_of(fragment).is_some_and(|got| !got.contains(&normal(avoid)));
        if !ok {
            failed.push(format!("{} | {fragment} | not {avoid}", case.name));
        }
    }
    (case.holds.len() + case.not_holds.len(), failed)
}

/// The misses at this commit: all are helper 67's cases. A single number's run-in
/// title with a stop or a colon ("4. Insurance. The Supplier …", "6. Acceptance: …")
/// is its clause's label since the eleventh pass; one with neither ("5 Plazo de
/// ejecución El contratista …", "7 Warranty The Supplier …") is in no row's section:
/// the section is the bare number, and the title stays in the row's text. (Clauses
/// numbered straight through under a numbered heading, "11." under "2. SUBMISSION",
/// stay under it since the eleventh pass.) An undotted heading "3 Jugement des offres"
/// right under clause "9." (no blank line) is no heading.
const KNOWN_MISSES: &[&str] = &[
    "de Fließtitel nach einer einzelnen Nummer | gemeldete mängel innerhalb von zehn tagen | Gewährleistung",
    "de Fließtitel nach einer einzelnen Nummer | jede anlage viermal im jahr | Leistungsumfang",
    "en single number run-in title, no stop | all shelving units to the loading dock | Delivery",
    "en single number run-in title, no stop | guarantee every unit against defects | Warranty",
    "es título en línea tras un solo número | constituir una garantía definitiva | Garantía",
    "es título en línea tras un solo número | terminar las obras en un plazo | Plazo de ejecución",
    "fr intertitre '3' après les clauses 1 à 9 | détailler son prix dans le bordereau | Jugement des offres",
    "fr intertitre '3' après les clauses 1 à 9 | détailler son prix dans le bordereau | not Dossier de candidature",
];

#[test]
fn the_heading_marks_probe_fails_only_its_known_misses() {
    assert_known_misses(
        "heading marks probe",
        CASES,
        failures,
        |c| format!("{}: {:#?}", c.name, case_rows(c)),
        KNOWN_MISSES,
    );
}
