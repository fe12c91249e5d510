//! A third probe of the compliance matrix's category (issue 31), written before the
//! engine's category code was read, from the two confusions the hand counts show most
//! often on both parts (want submission, got technical or eligibility): 42 small
//! documents of our own in six languages, each a heading that pulls the wrong way and
//! a pair of statements that differ by one meaning:
//!
//! - what the OFFER must contain, describe, state or be accompanied by is
//!   **submission**, even when its content is technical and the heading says
//!   "technical requirements"; what the work or the system must do is **technical**;
//! - the duty to SUBMIT, ENCLOSE or ATTACH a document is **submission**, whatever the
//!   document proves, even under an eligibility heading; who may bid and the
//!   conditions a bidder must meet are **eligibility**.
//!
//! The cases repeat none of `category_probe.rs`, `category_probe2.rs` and
//! `category_cues.rs` (no CVs, whose hand counts differ). `KNOWN_MISSES` holds the
//! checks the engine fails today, and the test asserts it equals the failures, so a
//! fix or a loss both show.

mod probe;

use probe::{CategoryCase as Case, assert_known_misses, category_failures};

const CASES: &[Case] = &[
    Case {
        name: "en hosting",
        text: "Request for Proposals: Records Management System\n\n3. Technical requirements\n\nThe proposal shall describe the proposed hosting architecture and its backup arrangements.\nThe system shall support single sign-on for all municipal staff.\n",
        rows: &[
            (
                "The proposal shall describe the proposed hosting architecture and its backup arrangements",
                "submission",
            ),
            (
                "The system shall support single sign-on for all municipal staff",
                "technical",
            ),
        ],
    },
    Case {
        name: "en training plan",
        text: "Terms of Reference: Staff Training Programme\n\n2. Scope of work\n\nThe technical offer shall include a detailed work plan with a timetable for each module.\nThe contractor shall deliver the training sessions in the four regional offices.\n",
        rows: &[
            (
                "The technical offer shall include a detailed work plan with a timetable for each module",
                "submission",
            ),
            (
                "The contractor shall deliver the training sessions in the four regional offices",
                "technical",
            ),
        ],
    },
    Case {
        name: "en switches",
        text: "Invitation to Tender: Network Upgrade\n\n4. Technical specifications\n\nBidders shall state in their offer the warranty period of each switch offered.\nEach switch must provide at least 48 gigabit ports.\n",
        rows: &[
            (
                "Bidders shall state in their offer the warranty period of each switch offered",
                "submission",
            ),
            (
                "Each switch must provide at least 48 gigabit ports",
                "technical",
            ),
        ],
    },
    Case {
        name: "en road works",
        text: "Invitation to Bid: Road Maintenance Works\n\n2. Eligibility criteria\n\nBidders shall submit a copy of their certificate of incorporation.\nBidders must be registered with the national register of building contractors.\n",
        rows: &[
            (
                "Bidders shall submit a copy of their certificate of incorporation",
                "submission",
            ),
            (
                "Bidders must be registered with the national register of building contractors",
                "eligibility",
            ),
        ],
    },
    Case {
        name: "en printing",
        text: "Call for Tenders: Printing Services\n\n3. Eligibility of tenderers\n\nA copy of the tax clearance certificate must be enclosed with the tender.\nOnly firms established in a member state of the European Union may take part in this procedure.\n",
        rows: &[
            (
                "A copy of the tax clearance certificate must be enclosed with the tender",
                "submission",
            ),
            (
                "Only firms established in a member state of the European Union may take part in this procedure",
                "eligibility",
            ),
        ],
    },
    Case {
        name: "en guarding",
        text: "Request for Quotations: Security Guard Services\n\n2. Qualification requirements\n\nEach quotation must be accompanied by a bank reference letter issued within the last three months.\nThe bidder must have at least five years of experience in guarding public buildings.\n",
        rows: &[
            (
                "Each quotation must be accompanied by a bank reference letter issued within the last three months",
                "submission",
            ),
            (
                "The bidder must have at least five years of experience in guarding public buildings",
                "eligibility",
            ),
        ],
    },
    Case {
        name: "en lab",
        text: "Request for Proposals: Laboratory Equipment\n\n5. Equipment specifications\n\nBidders shall attach the manufacturer's data sheets for every instrument offered.\nEach centrifuge must operate on a 230 V power supply.\n",
        rows: &[
            (
                "Bidders shall attach the manufacturer's data sheets for every instrument offered",
                "submission",
            ),
            (
                "Each centrifuge must operate on a 230 V power supply",
                "technical",
            ),
        ],
    },
    Case {
        name: "fr hébergement",
        text: "Consultation : système de gestion documentaire\n\n3. Exigences techniques\n\nL'offre technique comprendra une description de l'architecture d'hébergement proposée.\nLe système devra permettre l'authentification unique des agents.\n",
        rows: &[
            (
                "L'offre technique comprendra une description de l'architecture d'hébergement proposée",
                "submission",
            ),
            (
                "Le système devra permettre l'authentification unique des agents",
                "technical",
            ),
        ],
    },
    Case {
        name: "fr méthodologie",
        text: "Marché de formation des agents\n\n2. Contenu de la prestation\n\nLe candidat présentera dans son offre la méthodologie retenue pour chaque module.\nLe prestataire animera les sessions dans les quatre agences régionales.\n",
        rows: &[
            (
                "Le candidat présentera dans son offre la méthodologie retenue pour chaque module",
                "submission",
            ),
            (
                "Le prestataire animera les sessions dans les quatre agences régionales",
                "technical",
            ),
        ],
    },
    Case {
        name: "fr commutateurs",
        text: "Renouvellement du réseau\n\n4. Spécifications techniques\n\nLe soumissionnaire précisera dans son offre la durée de garantie de chaque commutateur.\nChaque commutateur doit offrir au moins 48 ports gigabit.\n",
        rows: &[
            (
                "Le soumissionnaire précisera dans son offre la durée de garantie de chaque commutateur",
                "submission",
            ),
            (
                "Chaque commutateur doit offrir au moins 48 ports gigabit",
                "technical",
            ),
        ],
    },
    Case {
        name: "fr voirie",
        text: "Travaux d'entretien de voirie\n\n2. Conditions de participation\n\nLes candidats doivent fournir une copie de leur extrait Kbis.\nLes candidats doivent être inscrits au registre du commerce et des sociétés.\n",
        rows: &[
            (
                "Les candidats doivent fournir une copie de leur extrait Kbis",
                "submission",
            ),
            (
                "Les candidats doivent être inscrits au registre du commerce et des sociétés",
                "eligibility",
            ),
        ],
    },
    Case {
        name: "fr impression",
        text: "Prestations d'impression\n\n3. Candidats admis à soumissionner\n\nL'attestation de régularité fiscale doit être jointe au dossier de candidature.\nSeules les entreprises établies dans un État membre de l'Union européenne peuvent soumissionner.\n",
        rows: &[
            (
                "L'attestation de régularité fiscale doit être jointe au dossier de candidature",
                "submission",
            ),
            (
                "Seules les entreprises établies dans un État membre de l'Union européenne peuvent soumissionner",
                "eligibility",
            ),
        ],
    },
    Case {
        name: "fr gardiennage",
        text: "Prestations de gardiennage\n\n2. Capacités requises\n\nLa candidature doit être accompagnée d'une attestation bancaire datant de moins de trois mois.\nLe candidat doit justifier d'au moins cinq ans d'expérience dans le gardiennage de bâtiments publics.\n",
        rows: &[
            (
                "La candidature doit être accompagnée d'une attestation bancaire datant de moins de trois mois",
                "submission",
            ),
            (
                "Le candidat doit justifier d'au moins cinq ans d'expérience dans le gardiennage de bâtiments publics",
                "eligibility",
            ),
        ],
    },
    Case {
        name: "fr laboratoire",
        text: "Fourniture d'équipements de laboratoire\n\n5. Caractéristiques des équipements\n\nLe soumissionnaire doit joindre les fiches techniques du fabricant pour chaque appareil proposé.\nChaque centrifugeuse doit fonctionner sur une alimentation de 230 V.\n",
        rows: &[
            (
                "Le soumissionnaire doit joindre les fiches techniques du fabricant pour chaque appareil proposé",
                "submission",
            ),
            (
                "Chaque centrifugeuse doit fonctionner sur une alimentation de 230 V",
                "technical",
            ),
        ],
    },
    Case {
        name: "es alojamiento",
        text: "Pliego: sistema de gestión documental\n\n3. Requisitos técnicos\n\nLa propuesta deberá describir la arquitectura de alojamiento propuesta.\nEl sistema deberá permitir el inicio de sesión único del personal.\n",
        rows: &[
            (
                "La propuesta deberá describir la arquitectura de alojamiento propuesta",
                "submission",
            ),
            (
                "El sistema deberá permitir el inicio de sesión único del personal",
                "technical",
            ),
        ],
    },
    Case {
        name: "es cronograma",
        text: "Servicio de formación del personal\n\n2. Alcance de los trabajos\n\nLa oferta técnica deberá contener un cronograma detallado de cada módulo.\nEl adjudicatario impartirá las sesiones en las cuatro oficinas regionales.\n",
        rows: &[
            (
                "La oferta técnica deberá contener un cronograma detallado de cada módulo",
                "submission",
            ),
            (
                "El adjudicatario impartirá las sesiones en las cuatro oficinas regionales",
                "technical",
            ),
        ],
    },
    Case {
        name: "es conmutadores",
        text: "Renovación de la red corporativa\n\n4. Especificaciones técnicas\n\nLos licitadores indicarán en su oferta el plazo de garantía de cada conmutador.\nCada conmutador deberá disponer de al menos 48 puertos gigabit.\n",
        rows: &[
            (
                "Los licitadores indicarán en su oferta el plazo de garantía de cada conmutador",
                "submission",
            ),
            (
                "Cada conmutador deberá disponer de al menos 48 puertos gigabit",
                "technical",
            ),
        ],
    },
    Case {
        name: "es carreteras",
        text: "Obras de conservación de carreteras\n\n2. Requisitos de participación\n\nLos licitadores deberán presentar una copia de la escritura de constitución de la empresa.\nLos licitadores deberán estar inscritos en el registro oficial de contratistas.\n",
        rows: &[
            (
                "Los licitadores deberán presentar una copia de la escritura de constitución de la empresa",
                "submission",
            ),
            (
                "Los licitadores deberán estar inscritos en el registro oficial de contratistas",
                "eligibility",
            ),
        ],
    },
    Case {
        name: "es impresión",
        text: "Servicios de impresión\n\n3. Capacidad para contratar\n\nSe adjuntará a la oferta el certificado de estar al corriente de las obligaciones tributarias.\nSolo podrán participar las empresas establecidas en un Estado miembro de la Unión Europea.\n",
        rows: &[
            (
                "Se adjuntará a la oferta el certificado de estar al corriente de las obligaciones tributarias",
                "submission",
            ),
            (
                "Solo podrán participar las empresas establecidas en un Estado miembro de la Unión Europea",
                "eligibility",
            ),
        ],
    },
    Case {
        name: "es vigilancia",
        text: "Servicio de vigilancia\n\n2. Solvencia técnica\n\nLa oferta deberá ir acompañada de un certificado bancario emitido en los últimos tres meses.\nEl licitador deberá contar con al menos cinco años de experiencia en la vigilancia de edificios públicos.\n",
        rows: &[
            (
                "La oferta deberá ir acompañada de un certificado bancario emitido en los últimos tres meses",
                "submission",
            ),
            (
                "El licitador deberá contar con al menos cinco años de experiencia en la vigilancia de edificios públicos",
                "eligibility",
            ),
        ],
    },
    Case {
        name: "es laboratorio",
        text: "Suministro de equipos de laboratorio\n\n5. Características de los equipos\n\nEl licitador deberá adjuntar las fichas técnicas del fabricante de cada equipo ofertado.\nCada centrífuga deberá funcionar con una alimentación de 230 V.\n",
        rows: &[
            (
                "El licitador deberá adjuntar las fichas técnicas del fabricante de cada equipo ofertado",
                "submission",
            ),
            (
                "Cada centrífuga deberá funcionar con una alimentación de 230 V",
                "technical",
            ),
        ],
    },
    Case {
        name: "pt alojamento",
        text: "Sistema de gestão documental\n\n3. Requisitos técnicos\n\nA proposta deve descrever a arquitetura de alojamento proposta.\nO sistema deve permitir a autenticação única dos funcionários.\n",
        rows: &[
            (
                "A proposta deve descrever a arquitetura de alojamento proposta",
                "submission",
            ),
            (
                "O sistema deve permitir a autenticação única dos funcionários",
                "technical",
            ),
        ],
    },
    Case {
        name: "pt plano",
        text: "Formação dos trabalhadores\n\n2. Âmbito dos serviços\n\nA proposta técnica deve conter um plano de trabalho com o calendário de cada módulo.\nO prestador deve realizar as sessões nas quatro delegações regionais.\n",
        rows: &[
            (
                "A proposta técnica deve conter um plano de trabalho com o calendário de cada módulo",
                "submission",
            ),
            (
                "O prestador deve realizar as sessões nas quatro delegações regionais",
                "technical",
            ),
        ],
    },
    Case {
        name: "pt comutadores",
        text: "Renovação da rede\n\n4. Especificações técnicas\n\nOs concorrentes devem indicar na proposta o prazo de garantia de cada comutador.\nCada comutador deve dispor de pelo menos 48 portas gigabit.\n",
        rows: &[
            (
                "Os concorrentes devem indicar na proposta o prazo de garantia de cada comutador",
                "submission",
            ),
            (
                "Cada comutador deve dispor de pelo menos 48 portas gigabit",
                "technical",
            ),
        ],
    },
    Case {
        name: "pt estradas",
        text: "Conservação de estradas\n\n2. Requisitos de participação\n\nOs concorrentes devem apresentar uma cópia da certidão permanente do registo comercial.\nOs concorrentes devem estar inscritos no registo nacional de empreiteiros.\n",
        rows: &[
            (
                "Os concorrentes devem apresentar uma cópia da certidão permanente do registo comercial",
                "submission",
            ),
            (
                "Os concorrentes devem estar inscritos no registo nacional de empreiteiros",
                "eligibility",
            ),
        ],
    },
    Case {
        name: "pt impressão",
        text: "Serviços de impressão\n\n3. Quem pode concorrer\n\nDeve ser anexada à proposta a certidão de situação tributária regularizada.\nApenas podem concorrer as empresas estabelecidas num Estado-Membro da União Europeia.\n",
        rows: &[
            (
                "Deve ser anexada à proposta a certidão de situação tributária regularizada",
                "submission",
            ),
            (
                "Apenas podem concorrer as empresas estabelecidas num Estado-Membro da União Europeia",
                "eligibility",
            ),
        ],
    },
    Case {
        name: "pt vigilância",
        text: "Serviços de vigilância\n\n2. Requisitos de qualificação\n\nA proposta deve ser acompanhada de uma declaração bancária emitida nos últimos três meses.\nO concorrente deve ter pelo menos cinco anos de experiência na vigilância de edifícios públicos.\n",
        rows: &[
            (
                "A proposta deve ser acompanhada de uma declaração bancária emitida nos últimos três meses",
                "submission",
            ),
            (
                "O concorrente deve ter pelo menos cinco anos de experiência na vigilância de edifícios públicos",
                "eligibility",
            ),
        ],
    },
    Case {
        name: "pt laboratório",
        text: "Fornecimento de equipamento de laboratório\n\n5. Características do equipamento\n\nO concorrente deve anexar as fichas técnicas do fabricante de cada aparelho proposto.\nCada centrífuga deve funcionar com uma alimentação de 230 V.\n",
        rows: &[
            (
                "O concorrente deve anexar as fichas técnicas do fabricante de cada aparelho proposto",
                "submission",
            ),
            (
                "Cada centrífuga deve funcionar com uma alimentação de 230 V",
                "technical",
            ),
        ],
    },
    Case {
        name: "it hosting",
        text: "Sistema di gestione documentale\n\n3. Requisiti tecnici\n\nL'offerta tecnica deve descrivere l'architettura di hosting proposta.\nIl sistema deve consentire l'accesso unico del personale.\n",
        rows: &[
            (
                "L'offerta tecnica deve descrivere l'architettura di hosting proposta",
                "submission",
            ),
            (
                "Il sistema deve consentire l'accesso unico del personale",
                "technical",
            ),
        ],
    },
    Case {
        name: "it piano",
        text: "Formazione del personale\n\n2. Oggetto del servizio\n\nLa proposta deve contenere un piano di lavoro con il calendario di ciascun modulo.\nL'aggiudicatario deve svolgere le sessioni nelle quattro sedi regionali.\n",
        rows: &[
            (
                "La proposta deve contenere un piano di lavoro con il calendario di ciascun modulo",
                "submission",
            ),
            (
                "L'aggiudicatario deve svolgere le sessioni nelle quattro sedi regionali",
                "technical",
            ),
        ],
    },
    Case {
        name: "it switch",
        text: "Rinnovo della rete\n\n4. Specifiche tecniche\n\nI concorrenti devono indicare nell'offerta il periodo di garanzia di ciascuno switch.\nCiascuno switch deve disporre di almeno 48 porte gigabit.\n",
        rows: &[
            (
                "I concorrenti devono indicare nell'offerta il periodo di garanzia di ciascuno switch",
                "submission",
            ),
            (
                "Ciascuno switch deve disporre di almeno 48 porte gigabit",
                "technical",
            ),
        ],
    },
    Case {
        name: "it strade",
        text: "Manutenzione stradale\n\n2. Requisiti di partecipazione\n\nI concorrenti devono presentare copia del certificato di iscrizione alla camera di commercio.\nI concorrenti devono essere iscritti al registro delle imprese.\n",
        rows: &[
            (
                "I concorrenti devono presentare copia del certificato di iscrizione alla camera di commercio",
                "submission",
            ),
            (
                "I concorrenti devono essere iscritti al registro delle imprese",
                "eligibility",
            ),
        ],
    },
    Case {
        name: "it stampa",
        text: "Servizi di stampa\n\n3. Soggetti ammessi\n\nAlla domanda deve essere allegato il certificato di regolarità fiscale.\nPossono partecipare solo le imprese stabilite in uno Stato membro dell'Unione europea.\n",
        rows: &[
            (
                "Alla domanda deve essere allegato il certificato di regolarità fiscale",
                "submission",
            ),
            (
                "Possono partecipare solo le imprese stabilite in uno Stato membro dell'Unione europea",
                "eligibility",
            ),
        ],
    },
    Case {
        name: "it vigilanza",
        text: "Servizio di vigilanza\n\n2. Requisiti di capacità\n\nL'offerta deve essere corredata da una dichiarazione bancaria rilasciata negli ultimi tre mesi.\nIl concorrente deve avere almeno cinque anni di esperienza nella vigilanza di edifici pubblici.\n",
        rows: &[
            (
                "L'offerta deve essere corredata da una dichiarazione bancaria rilasciata negli ultimi tre mesi",
                "submission",
            ),
            (
                "Il concorrente deve avere almeno cinque anni di esperienza nella vigilanza di edifici pubblici",
                "eligibility",
            ),
        ],
    },
    Case {
        name: "it laboratorio",
        text: "Fornitura di attrezzature di laboratorio\n\n5. Caratteristiche delle attrezzature\n\nIl concorrente deve allegare le schede tecniche del produttore per ogni apparecchio offerto.\nOgni centrifuga deve funzionare con un'alimentazione a 230 V.\n",
        rows: &[
            (
                "Il concorrente deve allegare le schede tecniche del produttore per ogni apparecchio offerto",
                "submission",
            ),
            (
                "Ogni centrifuga deve funzionare con un'alimentazione a 230 V",
                "technical",
            ),
        ],
    },
    Case {
        name: "de Hosting",
        text: "Dokumentenmanagementsystem\n\n3. Technische Anforderungen\n\nDas Angebot muss die vorgesehene Hosting-Architektur beschreiben.\nDas System muss eine einheitliche Anmeldung für alle Beschäftigten unterstützen.\n",
        rows: &[
            (
                "Das Angebot muss die vorgesehene Hosting-Architektur beschreiben",
                "submission",
            ),
            (
                "Das System muss eine einheitliche Anmeldung für alle Beschäftigten unterstützen",
                "technical",
            ),
        ],
    },
    Case {
        name: "de Arbeitsplan",
        text: "Schulung der Beschäftigten\n\n2. Leistungsumfang\n\nDas technische Angebot muss einen Arbeitsplan mit Zeitplan für jedes Modul enthalten.\nDer Auftragnehmer muss die Schulungen in den vier Regionalbüros durchführen.\n",
        rows: &[
            (
                "Das technische Angebot muss einen Arbeitsplan mit Zeitplan für jedes Modul enthalten",
                "submission",
            ),
            (
                "Der Auftragnehmer muss die Schulungen in den vier Regionalbüros durchführen",
                "technical",
            ),
        ],
    },
    Case {
        name: "de Switches",
        text: "Erneuerung des Netzwerks\n\n4. Technische Spezifikationen\n\nDie Bieter müssen im Angebot die Garantiedauer jedes angebotenen Switches angeben.\nJeder Switch muss mindestens 48 Gigabit-Ports bieten.\n",
        rows: &[
            (
                "Die Bieter müssen im Angebot die Garantiedauer jedes angebotenen Switches angeben",
                "submission",
            ),
            (
                "Jeder Switch muss mindestens 48 Gigabit-Ports bieten",
                "technical",
            ),
        ],
    },
    Case {
        name: "de Straßen",
        text: "Straßenunterhaltung\n\n2. Eignung der Bieter\n\nDie Bieter müssen eine Kopie ihres Handelsregisterauszugs vorlegen.\nDie Bieter müssen in das Präqualifikationsverzeichnis eingetragen sein.\n",
        rows: &[
            (
                "Die Bieter müssen eine Kopie ihres Handelsregisterauszugs vorlegen",
                "submission",
            ),
            (
                "Die Bieter müssen in das Präqualifikationsverzeichnis eingetragen sein",
                "eligibility",
            ),
        ],
    },
    Case {
        name: "de Druck",
        text: "Druckleistungen\n\n3. Teilnahmeberechtigung\n\nDem Angebot muss eine Bescheinigung des Finanzamts über die steuerliche Zuverlässigkeit beigefügt werden.\nDie Bieter müssen ihren Sitz in einem Mitgliedstaat der Europäischen Union haben.\n",
        rows: &[
            (
                "Dem Angebot muss eine Bescheinigung des Finanzamts über die steuerliche Zuverlässigkeit beigefügt werden",
                "submission",
            ),
            (
                "Die Bieter müssen ihren Sitz in einem Mitgliedstaat der Europäischen Union haben",
                "eligibility",
            ),
        ],
    },
    Case {
        name: "de Bewachung",
        text: "Bewachungsleistungen\n\n2. Eignungskriterien\n\nDem Angebot muss eine Bankauskunft beiliegen, die nicht älter als drei Monate ist.\nDer Bieter muss mindestens fünf Jahre Erfahrung in der Bewachung öffentlicher Gebäude haben.\n",
        rows: &[
            (
                "Dem Angebot muss eine Bankauskunft beiliegen, die nicht älter als drei Monate ist",
                "submission",
            ),
            (
                "Der Bieter muss mindestens fünf Jahre Erfahrung in der Bewachung öffentlicher Gebäude haben",
                "eligibility",
            ),
        ],
    },
    Case {
        name: "de Labor",
        text: "Lieferung von Laborgeräten\n\n5. Gerätespezifikationen\n\nDer Bieter muss die Datenblätter des Herstellers für jedes angebotene Gerät beifügen.\nJede Zentrifuge muss mit 230 V betrieben werden.\n",
        rows: &[
            (
                "Der Bieter muss die Datenblätter des Herstellers für jedes angebotene Gerät beifügen",
                "submission",
            ),
            (
                "Jede Zentrifuge muss mit 230 V betrieben werden",
                "technical",
            ),
        ],
    },
    // --- eleventh pass: an adverb between the modal and the verb; the items of a
    // lead-in that says what the offer must hold -------------------------------------
    Case {
        name: "en fr es an adverb after the modal, and the items of an offer's lead-in",
        text: "Request for Proposals: Janitorial Services\n\n4.1 Scope of Services\n\nAll proposals submitted must specifically address each element of the scope of services.\nProposals must include the following information:\n1. Agency background, services provided and number of years in business.\n2. A description of the quality control plan for all sites.\nThe Contractor shall clean all offices daily.\n\nCahier des charges : nettoyage des bureaux\n\n3. Prestations attendues\n\nLes offres doivent obligatoirement présenter la méthodologie de nettoyage proposée.\n\nPliego: limpieza de oficinas\n\n3. Alcance del servicio\n\nLas ofertas deberán necesariamente incluir el plan de control de calidad del servicio.\n",
        rows: &[
            ("must specifically address each element", "submission"),
            (
                "Agency background, services provided and number of years",
                "submission",
            ),
            (
                "A description of the quality control plan for all sites",
                "submission",
            ),
            ("The Contractor shall clean all offices daily", "technical"),
            (
                "doivent obligatoirement présenter la méthodologie",
                "submission",
            ),
            (
                "deberán necesariamente incluir el plan de control",
                "submission",
            ),
        ],
    },
];

/// The checks the engine fails today: "case | fragment | wanted category" (first
/// read 42/84, now 69/84 with the offer's duties of `category.rs`). The five
/// permissions ("only firms … may take part") are no row at all, nor are the French
/// future "comprendra" and the Spanish "se adjuntará"; the registrations ("inscrits
/// au registre") and the seat in the Union have no eligibility cue yet; the
/// "sessions" of a training read as management and an Italian "modulo" as a form.
/// 70/84 since a line opening with a document's noun is an item under a heading of
/// requirements (`tasks.rs`): "L'offre technique comprendra …" is a row. The eleventh
/// pass's case: an adverb between the modal and the verb ("must specifically
/// address", "doivent obligatoirement présenter") is read; the items of a lead-in
/// that says what the offer holds are left to their own words (making them submission
/// moved the tuned categories by -1 and the held-out ones by 0: measured, dropped).
/// 78/90 with the cues of who the bidder is (in a register, its seat: the fifth
/// category probe's pass); 80/90 with the items of a lead-in that says what the offer
/// holds read as submission, unless they prove who the bidder is.
const KNOWN_MISSES: &[&str] = &[
    "en printing | Only firms established in a member state of the European Union may take part in this procedure | eligibility",
    "es cronograma | El adjudicatario impartirá las sesiones en las cuatro oficinas regionales | technical",
    "es impresión | Se adjuntará a la oferta el certificado de estar al corriente de las obligaciones tributarias | submission",
    "es impresión | Solo podrán participar las empresas establecidas en un Estado miembro de la Unión Europea | eligibility",
    "fr impression | Seules les entreprises établies dans un État membre de l'Union européenne peuvent soumissionner | eligibility",
    "it piano | L'aggiudicatario deve svolgere le sessioni nelle quattro sedi regionali | technical",
    "it piano | La proposta deve contenere un piano di lavoro con il calendario di ciascun modulo | submission",
    "it stampa | Possono partecipare solo le imprese stabilite in uno Stato membro dell'Unione europea | eligibility",
    "pt impressão | Apenas podem concorrer as empresas estabelecidas num Estado-Membro da União Europeia | eligibility",
    "pt plano | O prestador deve realizar as sessões nas quatro delegações regionais | technical",
];

#[test]
fn the_third_category_probe_fails_only_its_known_misses() {
    assert_known_misses(
        "third category probe",
        CASES,
        category_failures,
        |c| c.name.to_owned(),
        KNOWN_MISSES,
    );
}
