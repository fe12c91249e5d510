//! A probe of the specification lists of website, platform and software tenders
//! (issue 31, "Lists"), written before the engine's list code was read: whole small
//! tenders of our own in six languages, as extraction gives them (PDF lines with "•",
//! "–", "-", "*", "o" and the private-use glyphs, numbered and lettered items, Markdown
//! with "*" and "1.", DOCX paragraphs without their numbering), holding the lists such
//! tenders are mostly written in: features and services under a requirements heading
//! with no lead-in, under lead-ins with or without a modal, items that start with a
//! verb or a verbal noun, nested sub-items, items continued on the next line or after
//! a page break, tables of features with a mandatory/optional column, deliverables
//! and milestones, the parts of the proposal. And what binds nobody and must stay out:
//! the organisation's description and history, its current site's problems, the
//! issuer's aims, the timeline's issuer-side steps, its departments and audiences.
//!
//! Each case names the items that must each be a row of their own (item whole) and
//! the fragments that must be in no row. `KNOWN_MISSES` holds the checks the engine
//! fails today, and the test asserts it equals the failures, so a fix or a loss both
//! show.

mod probe;

use probe::{ItemCase as Case, assert_known_misses, item_case_rows, item_failures};

/// A small document: its pages are separated by "=== page N ===" lines.
const CASES: &[Case] = &[
    Case {
        name: "en PDF: a requirements heading with no lead-in, verbless hyphen items; the audiences and the current site's problems",
        text: "Harbourside Arts Trust\nRequest for Proposals: New Website\nIssued 2 February 2027\n\n1. About the Trust\n\nThe Harbourside Arts Trust was founded in 1987 and runs two galleries and a print studio on the quay.\nOur audiences include:\n- local families and primary schools;\n- visiting artists in residence;\n- collectors and art buyers.\n\n2. The current website\n\nThe current site is hard to update and does not display well on phones.\nStaff spend several hours a week fixing broken links by hand.\n\n3. Functional requirements\n\n- Responsive design for phones and tablets\n- Multilingual content (EN/FR)\n- Content migration of about 300 pages\n- Online sale of exhibition tickets with card payment\n- An events calendar that staff can edit without technical help\n\n4. Project goals\n\nThe Trust aims to double its online ticket sales and to reach younger visitors.\n",
        rows: &[
            "Responsive design for phones and tablets",
            "Multilingual content (EN/FR)",
            "Content migration of about 300 pages",
            "Online sale of exhibition tickets with card payment",
            "An events calendar that staff can edit without technical help",
        ],
        not_rows: &[
            "founded in 1987",
            "local families and primary schools",
            "visiting artists in residence",
            "collectors and art buyers",
            "The current site is hard to update",
            "fixing broken links by hand",
            "double its online ticket sales",
        ],
    },
    Case {
        name: "en PDF: the vendor's duties with verbs, nested en-dash sub-items, an item continued on the next line; the issuer's departments",
        text: "Township of Millbrook\nRequest for Proposals 27-03 – Resident Services Portal\n\nScope of Work\n\nThe selected vendor will:\n• Design and develop a resident services portal on an open-source platform;\n• Integrate the portal with the township's permit database and its payment\nprocessor;\n• Provide the following training:\n– two half-day sessions for content editors;\n– one session for system administrators;\n• Host and maintain the portal for three years after launch.\n\nThe portal must offer:\n• a searchable directory of township services;\n• online forms with file upload and e-signature;\n• accessibility conformant with WCAG 2.1 level AA.\n\nTownship departments involved\n• Clerk's Office\n• Parks and Recreation\n• Building and Permits\n",
        rows: &[
            "Design and develop a resident services portal on an open-source platform",
            "Integrate the portal with the township's permit database and its payment processor",
            "two half-day sessions for content editors",
            "one session for system administrators",
            "Host and maintain the portal for three years after launch",
            "a searchable directory of township services",
            "online forms with file upload and e-signature",
            "accessibility conformant with WCAG 2.1 level AA",
        ],
        not_rows: &[
            "Clerk's Office",
            "Parks and Recreation",
            "Building and Permits",
        ],
    },
    Case {
        name: "en Markdown: numbered services, deliverables with milestones, proposal contents; background and the issuer's timeline",
        text: "# Request for Proposals: Library Catalogue Discovery Layer\n\n## 1. Background\n\nThe Northfield Regional Library serves eleven branches and holds about 400,000 items.\nThe library wants its catalogue to be easier to search for young readers.\n\n## 2. Services required\n\n1. Installation and configuration of the discovery layer\n2. Import of the existing MARC records and nightly synchronisation\n3. Single sign-on with the library's membership system\n4. Training of catalogue staff, with recorded sessions\n\n## 3. Deliverables and milestones\n\n* Project plan – two weeks after contract signature\n* Test instance with sample records – by the end of month two\n* Go-live of the public interface – by the end of month four\n\n## 4. Proposal contents\n\nProposals should contain:\n\n1. A cover letter signed by an authorised officer\n2. A technical approach of no more than ten pages\n3. A price schedule showing licence and service fees separately\n\n## 5. Timeline\n\n* RFP released: 5 April 2027\n* Review of proposals by the library panel: May 2027\n* Contract award announced: June 2027\n",
        rows: &[
            "Installation and configuration of the discovery layer",
            "Import of the existing MARC records and nightly synchronisation",
            "Single sign-on with the library's membership system",
            "Training of catalogue staff, with recorded sessions",
            "Project plan – two weeks after contract signature",
            "Test instance with sample records – by the end of month two",
            "Go-live of the public interface – by the end of month four",
            "A cover letter signed by an authorised officer",
            "A technical approach of no more than ten pages",
            "A price schedule showing licence and service fees separately",
        ],
        not_rows: &[
            "serves eleven branches",
            "easier to search for young readers",
            "RFP released",
            "Review of proposals by the library panel",
            "Contract award announced",
        ],
    },
    Case {
        name: "en Markdown table of features with a Mandatory/Optional column",
        text: "# Software Requirements – Volunteer Management System\n\n## Feature list\n\n| Ref | Feature | Priority |\n|-----|---------|----------|\n| F1 | Volunteer self-registration with email verification | Mandatory |\n| F2 | Shift scheduling with reminders by text message | Mandatory |\n| F3 | Reports of volunteer hours per project | Optional |\n| F4 | Export of all records in CSV format | Mandatory |\n\n## About us\n\nFriends of Copperfield Park has about 600 volunteers who tend the park's gardens.\n",
        rows: &[
            "Volunteer self-registration with email verification",
            "Shift scheduling with reminders by text message",
            "Reports of volunteer hours per project",
            "Export of all records in CSV format",
        ],
        not_rows: &["about 600 volunteers"],
    },
    Case {
        name: "en DOCX paragraphs: items one per paragraph with no bullet after a modal lead-in; background",
        text: "Invitation to Tender: Intranet Replacement\n\nSection 2: Requirements\n\nThe supplier shall provide the following:\n\nA hosted intranet platform with single sign-on for all staff.\n\nMigration of the existing news archive and policy library.\n\nA staff directory synchronised nightly with the HR system.\n\nSection 3: About the Council\n\nThe Council employs 800 staff across four sites.\n",
        rows: &[
            "A hosted intranet platform with single sign-on for all staff",
            "Migration of the existing news archive and policy library",
            "A staff directory synchronised nightly with the HR system",
        ],
        not_rows: &["employs 800 staff across four sites"],
    },
    Case {
        name: "fr PDF: missions du prestataire in verbal nouns, en-dash items, lettered contents of the offer; context and the commune's aims",
        text: "Commune de Saint-Aubin-des-Prés\nCahier des charges – Refonte du site internet communal\n\n1. Contexte\n\nLa commune compte 6 200 habitants et dispose d'un site internet créé en 2012.\nLe site actuel est vieillissant et ne s'affiche pas correctement sur mobile.\n\n2. Objectifs\n\nLa commune souhaite :\n– faciliter l'accès des habitants aux démarches en ligne ;\n– mettre en valeur le patrimoine et les associations locales.\n\n3. Prestations attendues\n\nLe prestataire aura pour missions :\n– la conception graphique du site, en cohérence avec la charte de la commune ;\n– Mise en place d'un back-office simple pour les agents ;\n– la reprise des contenus existants (environ 250 pages) ;\n– l'hébergement et la maintenance pendant deux ans.\n\n4. Contenu de l'offre\n\nL'offre comprendra :\na) un mémoire technique présentant la méthode et le planning ;\nb) le bordereau des prix complété ;\nc) les références de sites réalisés pour des collectivités.\n",
        rows: &[
            "la conception graphique du site, en cohérence avec la charte de la commune",
            "Mise en place d'un back-office simple pour les agents",
            "la reprise des contenus existants (environ 250 pages)",
            "l'hébergement et la maintenance pendant deux ans",
            "un mémoire technique présentant la méthode et le planning",
            "le bordereau des prix complété",
            "les références de sites réalisés pour des collectivités",
        ],
        not_rows: &[
            "6 200 habitants",
            "Le site actuel est vieillissant",
            "faciliter l'accès des habitants aux démarches en ligne",
            "mettre en valeur le patrimoine et les associations locales",
        ],
    },
    Case {
        name: "fr PDF: fonctionnalités under a heading with no lead-in, asterisk items; a table with an Obligatoire/Souhaité column",
        text: "Syndicat intercommunal des eaux du Val d'Orge\nConsultation – Portail abonnés\n\nFonctionnalités attendues\n* consultation des factures et de l'historique de consommation ;\n* paiement en ligne par carte bancaire et prélèvement ;\n* signalement d'une fuite avec photo et géolocalisation.\n\nExigences techniques\nExigence                                              Niveau\nHébergement certifié HDS ou SecNumCloud                Obligatoire\nAuthentification à deux facteurs pour les agents       Obligatoire\nApplication mobile native                              Souhaité\n\nLe Syndicat dessert 14 communes et 52 000 abonnés.\n",
        rows: &[
            "consultation des factures et de l'historique de consommation",
            "paiement en ligne par carte bancaire et prélèvement",
            "signalement d'une fuite avec photo et géolocalisation",
            "Hébergement certifié HDS ou SecNumCloud",
            "Authentification à deux facteurs pour les agents",
            "Application mobile native",
        ],
        not_rows: &["14 communes et 52 000 abonnés"],
    },
    Case {
        name: "es PDF private-use bullets: the contractor's tasks, functional requirements with no lead-in; background and the issuer's calendar",
        text: "Ayuntamiento de Valdeoliva\nPliego de prescripciones técnicas – Nueva sede electrónica y portal web\n\n1. Antecedentes\n\nEl Ayuntamiento puso en marcha su primera web en 2009. Hoy recibe unas 20.000 visitas al mes.\n\n2. Objeto\n\nEl adjudicatario realizará las siguientes tareas:\n Análisis de necesidades con los servicios municipales.\n Diseño y desarrollo del nuevo portal, adaptado a dispositivos móviles.\n Formación de los editores en el uso del gestor de contenidos.\n Soporte técnico durante doce meses desde la puesta en producción.\n\n3. Requisitos funcionales\n Buscador de trámites por tema y por palabra clave.\n Agenda de eventos con filtro por barrio.\n Cumplimiento del Esquema Nacional de Seguridad.\n\n4. Calendario\n Publicación del anuncio: 10 de marzo de 2027.\n Apertura de ofertas por la Mesa de contratación: 2 de abril de 2027.\n Firma del contrato: mayo de 2027.\n",
        rows: &[
            "Análisis de necesidades con los servicios municipales",
            "Diseño y desarrollo del nuevo portal, adaptado a dispositivos móviles",
            "Formación de los editores en el uso del gestor de contenidos",
            "Soporte técnico durante doce meses desde la puesta en producción",
            "Buscador de trámites por tema y por palabra clave",
            "Agenda de eventos con filtro por barrio",
            "Cumplimiento del Esquema Nacional de Seguridad",
        ],
        not_rows: &[
            "primera web en 2009",
            "20.000 visitas al mes",
            "Publicación del anuncio",
            "Apertura de ofertas por la Mesa",
            "Firma del contrato",
        ],
    },
    Case {
        name: "es Markdown: the proposal's parts numbered, nested lettered sub-items; the audiences",
        text: "## Licitación: aplicación móvil de turismo de Sierra Alta\n\n### Público destinatario\n\nLa comarca recibe sobre todo:\n\n- familias de la región en fin de semana;\n- senderistas y ciclistas;\n- grupos escolares en primavera.\n\n### Contenido de la propuesta\n\n1. Memoria técnica, que incluirá:\n   a. arquitectura de la aplicación y tecnologías empleadas;\n   b. plan de pruebas con usuarios reales;\n2. Plan de mantenimiento durante dos temporadas.\n3. Oferta económica desglosada por fases.\n",
        rows: &[
            "arquitectura de la aplicación y tecnologías empleadas",
            "plan de pruebas con usuarios reales",
            "Plan de mantenimiento durante dos temporadas",
            "Oferta económica desglosada por fases",
        ],
        not_rows: &[
            "familias de la región en fin de semana",
            "senderistas y ciclistas",
            "grupos escolares en primavera",
        ],
    },
    Case {
        name: "pt PDF: the supplier shall ensure, 'o' bullets, an item continued after a page break, numbered deliverables with dates; the participating units",
        text: "Prefeitura Municipal de Serra Clara\nTermo de Referência – Plataforma de Agendamento de Serviços\n\n1. Justificativa\n\nA Prefeitura atende cerca de 3 mil pessoas por semana nos seus balcões. O sistema atual não permite agendar atendimento pela internet.\n\n2. Especificações\n\nO fornecedor deverá assegurar:\no agendamento on-line de atendimentos nas unidades da Prefeitura;\no envio de lembretes por SMS e por e-mail aos cidadãos;\no painel gerencial com indicadores de tempo de espera por\n=== page 2 ===\nPrefeitura Municipal de Serra Clara\nTermo de Referência – Plataforma de Agendamento de Serviços\nunidade de atendimento;\no integração com o login único do governo federal.\n\n3. Entregáveis\n1. Plano de implantação – até 15 dias após a assinatura do contrato\n2. Plataforma em produção – até 90 dias após a assinatura do contrato\n3. Relatório de capacitação das equipes – até 120 dias\n\n4. Unidades participantes\na) Secretaria de Saúde\nb) Secretaria de Assistência Social\nc) Central de Atendimento ao Cidadão\n",
        rows: &[
            "agendamento on-line de atendimentos nas unidades da Prefeitura",
            "envio de lembretes por SMS e por e-mail aos cidadãos",
            "painel gerencial com indicadores de tempo de espera por unidade de atendimento",
            "integração com o login único do governo federal",
            "Plano de implantação – até 15 dias após a assinatura do contrato",
            "Plataforma em produção – até 90 dias após a assinatura do contrato",
            "Relatório de capacitação das equipes – até 120 dias",
        ],
        not_rows: &[
            "3 mil pessoas por semana",
            "O sistema atual não permite",
            "Secretaria de Saúde",
            "Secretaria de Assistência Social",
            "Central de Atendimento ao Cidadão",
        ],
    },
    Case {
        name: "pt DOCX: technical requirements under a heading, en-dash items without a lead-in; the project's aims",
        text: "Associação dos Produtores de Mel do Vale Verde\nConvite para apresentação de propostas – Loja virtual\n\nObjetivos do projeto\nA Associação pretende vender diretamente aos consumidores e reduzir a dependência de intermediários.\n\nRequisitos técnicos\n– Catálogo de produtos com fotos, preços e estoque\n– Cálculo automático do frete pelos Correios\n– Emissão de nota fiscal eletrônica integrada ao pedido\n– Painel administrativo em português\n\nProposta\nA proposta deve incluir o valor total, o prazo de execução e o portfólio da empresa.\n",
        rows: &[
            "Catálogo de produtos com fotos, preços e estoque",
            "Cálculo automático do frete pelos Correios",
            "Emissão de nota fiscal eletrônica integrada ao pedido",
            "Painel administrativo em português",
        ],
        not_rows: &[
            "vender diretamente aos consumidores",
            "reduzir a dependência de intermediários",
        ],
    },
    Case {
        name: "it PDF: Prestazioni richieste as a heading with numbered verbal nouns, hyphen items under a modal lead-in; premises and the office's structure",
        text: "Comune di Castelmonte\nCapitolato tecnico – Rifacimento del portale istituzionale\n\nArt. 1 – Premessa\nIl Comune ha circa 9.000 abitanti. Il portale attuale è difficile da aggiornare e non segue le linee guida nazionali.\n\nArt. 2 – Prestazioni richieste:\n1. Migrazione dei contenuti dal portale attuale\n2. Progettazione dell'architettura dell'informazione secondo il modello nazionale\n3. Sviluppo del tema grafico accessibile\n4. Assistenza e manutenzione evolutiva per 24 mesi\n\nArt. 3 – Offerta tecnica\nL'offerta tecnica dovrà contenere:\n- relazione illustrativa della soluzione proposta, massimo 15 pagine;\n- curriculum del gruppo di lavoro;\n- cronoprogramma delle attività.\n\nArt. 4 – Organizzazione dell'Ente\nIl Comune è articolato nelle seguenti aree:\n- Area Amministrativa;\n- Area Tecnica e Lavori Pubblici;\n- Area Servizi alla Persona.\n",
        rows: &[
            "Migrazione dei contenuti dal portale attuale",
            "Progettazione dell'architettura dell'informazione secondo il modello nazionale",
            "Sviluppo del tema grafico accessibile",
            "Assistenza e manutenzione evolutiva per 24 mesi",
            "relazione illustrativa della soluzione proposta, massimo 15 pagine",
            "curriculum del gruppo di lavoro",
            "cronoprogramma delle attività",
        ],
        not_rows: &[
            "circa 9.000 abitanti",
            "Il portale attuale è difficile da aggiornare",
            "Area Amministrativa",
            "Area Tecnica e Lavori Pubblici",
            "Area Servizi alla Persona",
        ],
    },
    Case {
        name: "it PDF: a table of functional requirements with an Obbligatorio/Facoltativo column",
        text: "Unione dei Comuni della Valle Serena\nPiattaforma per i servizi scolastici – Requisiti\n\nCodice   Requisito                                          Tipo\nRF01     Accesso con identità digitale nazionale            Obbligatorio\nRF02     Pagamento della mensa con avviso elettronico       Obbligatorio\nRF03     Notifiche push sull'app per le famiglie            Facoltativo\n\nL'Unione gestisce le mense di dodici scuole primarie.\n",
        rows: &[
            "Accesso con identità digitale nazionale",
            "Pagamento della mensa con avviso elettronico",
            "Notifiche push sull'app per le famiglie",
        ],
        not_rows: &["mense di dodici scuole primarie"],
    },
    Case {
        name: "de PDF: the contractor takes on the following services, private-use bullets, lettered parts of the offer; the situation and the aims",
        text: "Stadtwerke Lindenau GmbH\nLeistungsbeschreibung – Kundenportal und Website\n\n1 Ausgangslage\nDie Stadtwerke versorgen rund 40.000 Haushalte mit Strom, Gas und Wasser. Die aktuelle Website ist technisch veraltet und wird von einer externen Agentur gepflegt.\n\n2 Ziele\nDie Stadtwerke möchten mehr Vorgänge digital abwickeln und die Zahl der Anrufe im Kundenservice senken.\n\n3 Leistungsumfang\nDer Auftragnehmer übernimmt folgende Leistungen:\n Konzeption und Umsetzung eines Kundenportals mit Zählerstandserfassung\n Bereitstellung eines Hostings in einem Rechenzentrum in Deutschland\n Anbindung an das Abrechnungssystem über eine dokumentierte Schnittstelle\n Einweisung der Mitarbeitenden im Kundenservice\n\n4 Bestandteile des Angebots\na) Konzeptskizze mit Architektur und Projektplan\nb) Preisblatt mit Pauschalpreis und Stundensätzen\nc) Nachweis von zwei Referenzprojekten im Versorgungsbereich\n",
        rows: &[
            "Konzeption und Umsetzung eines Kundenportals mit Zählerstandserfassung",
            "Bereitstellung eines Hostings in einem Rechenzentrum in Deutschland",
            "Anbindung an das Abrechnungssystem über eine dokumentierte Schnittstelle",
            "Einweisung der Mitarbeitenden im Kundenservice",
            "Konzeptskizze mit Architektur und Projektplan",
            "Preisblatt mit Pauschalpreis und Stundensätzen",
            "Nachweis von zwei Referenzprojekten im Versorgungsbereich",
        ],
        not_rows: &[
            "rund 40.000 Haushalte",
            "Die aktuelle Website ist technisch veraltet",
            "die Zahl der Anrufe im Kundenservice senken",
        ],
    },
    Case {
        name: "de Markdown: requirements heading with nested items, a milestones table; the association's history",
        text: "# Ausschreibung: Neue Website des Heimatvereins Birkenfelde\n\n## Über uns\n\nDer Heimatverein wurde 1952 gegründet und betreibt ein kleines Museum im alten Schulhaus.\n\n## Anforderungen an die Plattform\n\n* Barrierefreiheit nach BITV 2.0\n* Redaktionssystem mit Rollen und Rechten:\n  * Freigabe-Workflow in zwei Stufen\n  * Versionierung aller Seiten\n* Mehrsprachigkeit (Deutsch, Englisch, Leichte Sprache)\n\n## Meilensteine\n\n| Meilenstein | Termin |\n|---|---|\n| Fertigstellung des Designs | KW 20 |\n| Livegang der Website | KW 36 |\n",
        rows: &[
            "Barrierefreiheit nach BITV 2.0",
            "Freigabe-Workflow in zwei Stufen",
            "Versionierung aller Seiten",
            "Mehrsprachigkeit (Deutsch, Englisch, Leichte Sprache)",
            "Fertigstellung des Designs",
            "Livegang der Website",
        ],
        not_rows: &["1952 gegründet", "kleines Museum im alten Schulhaus"],
    },
];

/// The checks the engine fails today ("case name | fragment"), sorted. First score,
/// before any rule: 95/136; with the rules of units.rs (a run of numbered lines is a
/// list, an "o" bullet after a page break, one table row a statement, a title over a
/// list that asks nothing), three headings' cues and helper 50's pipe tables: 126/136.
/// Left: a milestones table and the optional rows of tables laid out in columns, DOCX
/// paragraphs without marks after a lead-in, a nested item of three words, and a
/// numbered list whose first item is read as a clause.
const KNOWN_MISSES: &[&str] = &[
    "de Markdown: requirements heading with nested items, a milestones table; the association's history | Fertigstellung des Designs",
    "de Markdown: requirements heading with nested items, a milestones table; the association's history | Livegang der Website",
    "es Markdown: the proposal's parts numbered, nested lettered sub-items; the audiences | Oferta económica desglosada por fases",
    "es Markdown: the proposal's parts numbered, nested lettered sub-items; the audiences | Plan de mantenimiento durante dos temporadas",
    "fr PDF: fonctionnalités under a heading with no lead-in, asterisk items; a table with an Obligatoire/Souhaité column | Application mobile native",
    "it PDF: a table of functional requirements with an Obbligatorio/Facoltativo column | Notifiche push sull'app per le famiglie",
];

#[test]
fn the_spec_lists_probe_fails_only_its_known_misses() {
    assert_known_misses(
        "spec lists probe",
        CASES,
        item_failures,
        |case| format!("{}: {:#?}", case.name, item_case_rows(case)),
        KNOWN_MISSES,
    );
}
