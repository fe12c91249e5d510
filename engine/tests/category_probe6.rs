//! A sixth probe of the compliance matrix's category (issue 31), weighted on the
//! confusions `rfp eval --blind` shows most at its start (counts only): submission
//! taken for technical (what the response must contain or show, in words of the
//! work), and management and technical taken for each other. Thirteen small documents
//! of our own (a US city RFP for a permit system, a federal RFQ with its performance
//! work statement, an EU grant call, a French CCTP and terms of reference, a Spanish
//! pliego and grant call, a Portuguese edital and aviso, an Italian avviso and
//! capitolato, two German documents), 123 statements in all, each with the ONE
//! category the convention of the fifth probe gives it:
//!
//! - **submission**: what the response must contain, list, indicate or link to, said
//!   to the bidder as an imperative ("Indicate whether…", "List the modules…",
//!   "Provide a link to…", "Indiquer…", "Enumere…", "Geben Sie an…"), statements about
//!   the response itself (its exceptions and deviations, what it identifies), and the
//!   items of a lead-in that says what each quote includes, whatever the work they
//!   talk of (hosting, modules, architecture, browsers, training hours);
//! - **management**: the work's calendar (start, completion dates and periods), its
//!   team and contact person, its meetings and workshops, and the reports owed during
//!   the work ("submit a status report", "apresentar relatório", "legt einen Bericht
//!   vor");
//! - **technical**: what the system or service must be or do, including the reports
//!   the system generates and a "Reporting" heading inside the scope, training and
//!   help desk given as part of the work, and data migration;
//! - **legal**: insurance, acceptance of the terms by bidding, confidentiality and
//!   data protection.
//!
//! Traps put in on purpose: imperatives of the work under a scope heading ("Provide
//! training…"), system reports under a "Reporting" heading, a contract's insurance
//! and the acceptance of terms by submitting (legal, not submission), content
//! statements that name hours, warranty, third parties, the contract's terms or a
//! data protection topic (submission all the same), and reports owed under headings
//! of the contract's execution or the beneficiary's obligations (management).
//!
//! First score, before any change: **82/123** (67 %). Per language: en 30/44, fr
//! 12/19, es 9/16, pt 6/14, it 10/14, de 15/16. Per wanted category: submission 28/53,
//! management 23/36, technical 25/27, legal 5/6, eligibility 1/1. The confusions (want
//! -> got): submission -> technical 15, submission -> no row 6, management -> no row
//! 4, management -> technical 4, management -> legal 4, submission -> management 3,
//! technical -> management 2, legal -> no row 1, submission -> format 1, management ->
//! submission 1. (The eleven "no row" are statements the matrix does not keep, no
//! category's fault: infinitive or impersonal instructions in Spanish, Portuguese and
//! Italian, an impersonal period, a German separable imperative.)
//!
//! `KNOWN_MISSES` holds the checks the engine fails today, and the test asserts it
//! equals the failures, so a fix or a loss both show.

mod probe;

use probe::{CategoryCase as Case, assert_known_misses, category_failures};

const CASES: &[Case] = &[
    Case {
        name: "en city permits",
        text: "City of Lakeview\nRequest for Proposals No. 24-118: Parking Permit Management System\n\n1. Scope of Services\n\nThe system shall allow residents to renew their parking permits online at any hour.\nThe system shall send each permit holder a renewal reminder by email thirty days before expiry.\nThe vendor shall configure the system to read the license plates captured by the enforcement vehicles.\nThe vendor shall provide training for the City's permit clerks before the system goes live.\n\n1.4 Reporting\n\nThe system shall generate a monthly report of permits issued by zone.\nSupervisors must be able to export any report to a spreadsheet.\n\n2. Project Management\n\nThe vendor shall hold a kickoff meeting with City staff within ten days of contract execution.\nThe vendor shall submit a written status report to the City's project manager every Friday.\nThe vendor shall assign a dedicated project manager who remains on the project until acceptance.\nGo-live must occur no later than March 1, 2027.\n\n3. Proposal Response Requirements\n\nIndicate whether the proposed solution is hosted by the vendor or installed on City servers.\nList every module included in the base license.\nProvide a link to a demonstration environment of the proposed system.\nResponses must identify any third-party software required to run the system.\nInclude samples of three reports the system produces without customization.\nIf the solution does not meet a specification, state the workaround the vendor proposes.\n\n4. Exceptions and Deviations\n\nAll exceptions and deviations from the specifications must be listed in a separate section of the response.\nA vendor that takes no exception must say so in its response.\n\n5. Insurance\n\nThe vendor shall maintain commercial general liability insurance of at least one million dollars.\nSubmission of a proposal constitutes acceptance of the City's standard terms and conditions.\n\n",
        rows: &[
            (
                "the system shall allow residents to renew their parking permits online at any hour",
                "technical",
            ),
            (
                "the system shall send each permit holder a renewal reminder by email thirty days before expiry",
                "technical",
            ),
            (
                "the vendor shall configure the system to read the license plates captured by the enforcement vehicles",
                "technical",
            ),
            (
                "the vendor shall provide training for the city's permit clerks before the system goes live",
                "technical",
            ),
            (
                "the system shall generate a monthly report of permits issued by zone",
                "technical",
            ),
            (
                "supervisors must be able to export any report to a spreadsheet",
                "technical",
            ),
            (
                "the vendor shall hold a kickoff meeting with city staff within ten days of contract execution",
                "management",
            ),
            (
                "the vendor shall submit a written status report to the city's project manager every friday",
                "management",
            ),
            (
                "the vendor shall assign a dedicated project manager who remains on the project until acceptance",
                "management",
            ),
            (
                "go-live must occur no later than march 1, 2027",
                "management",
            ),
            (
                "indicate whether the proposed solution is hosted by the vendor or installed on city servers",
                "submission",
            ),
            (
                "list every module included in the base license",
                "submission",
            ),
            (
                "provide a link to a demonstration environment of the proposed system",
                "submission",
            ),
            (
                "responses must identify any third-party software required to run the system",
                "submission",
            ),
            (
                "include samples of three reports the system produces without customization",
                "submission",
            ),
            (
                "if the solution does not meet a specification, state the workaround the vendor proposes",
                "submission",
            ),
            (
                "all exceptions and deviations from the specifications must be listed in a separate section of the response",
                "submission",
            ),
            (
                "a vendor that takes no exception must say so in its response",
                "submission",
            ),
            (
                "the vendor shall maintain commercial general liability insurance of at least one million dollars",
                "legal",
            ),
            (
                "submission of a proposal constitutes acceptance of the city's standard terms and conditions",
                "legal",
            ),
        ],
    },
    Case {
        name: "en federal rfq",
        text: "Request for Quotations: Benefits Case Management Modernization\n\nPart A - Performance Work Statement\n\nA.1 Tasks\n\nThe contractor shall migrate the existing case records to the new platform without loss of data.\nThe contractor shall build an intake form that validates each field before it is saved.\nThe contractor shall provide help desk support to agency users during business days.\n\nA.2 Team and Meetings\n\nThe contractor shall participate in a sprint review with the product owner every two weeks.\nThe contractor shall deliver a monthly status report to the contracting officer's representative.\nThe contractor shall keep the same delivery lead for the whole period of performance.\nThe period of performance is twelve months from the date of award.\n\nPart B - Instructions to Quoters\n\nQuoters shall provide a link to a public code repository that shows prior work of the team.\nQuoters must identify each key person and the labor category proposed for that person.\nIndicate the number of hours each labor category will work in a typical sprint.\nQuoters must list any assumptions on which the quote relies.\nState any exception to the terms of this solicitation in the cover letter.\nThe technical volume shall describe the quoter's approach to user research.\nEach quote must include the following:\n- a short description of a similar system the team has delivered\n- the architecture the quoter proposes for the case platform\n- a plan for moving the data from the legacy database\n\n",
        rows: &[
            (
                "the contractor shall migrate the existing case records to the new platform without loss of data",
                "technical",
            ),
            (
                "the contractor shall build an intake form that validates each field before it is saved",
                "technical",
            ),
            (
                "the contractor shall provide help desk support to agency users during business days",
                "technical",
            ),
            (
                "the contractor shall participate in a sprint review with the product owner every two weeks",
                "management",
            ),
            (
                "the contractor shall deliver a monthly status report to the contracting officer's representative",
                "management",
            ),
            (
                "the contractor shall keep the same delivery lead for the whole period of performance",
                "management",
            ),
            (
                "the period of performance is twelve months from the date of award",
                "management",
            ),
            (
                "quoters shall provide a link to a public code repository that shows prior work of the team",
                "submission",
            ),
            (
                "quoters must identify each key person and the labor category proposed for that person",
                "submission",
            ),
            (
                "indicate the number of hours each labor category will work in a typical sprint",
                "submission",
            ),
            (
                "quoters must list any assumptions on which the quote relies",
                "submission",
            ),
            (
                "state any exception to the terms of this solicitation in the cover letter",
                "submission",
            ),
            (
                "the technical volume shall describe the quoter's approach to user research",
                "submission",
            ),
            (
                "a short description of a similar system the team has delivered",
                "submission",
            ),
            (
                "the architecture the quoter proposes for the case platform",
                "submission",
            ),
            (
                "a plan for moving the data from the legacy database",
                "submission",
            ),
        ],
    },
    Case {
        name: "en eu grant",
        text: "Call for Proposals: Youth Digital Skills Partnerships\n\n5. Content of the application\n\nApplicants must list all partners and the role of each in the action.\nThe application must show how the results will be shared after the project ends.\nProvide a timetable of the activities with their expected start and end dates.\nIndicate the total number of young people expected to take part in each activity.\n\n6. Implementation of the action\n\nThe coordinator shall submit an interim report at the middle of the project.\nThe coordinator shall organise a kick-off meeting with all partners in the first month.\nThe action must start between 1 March and 1 June 2027.\n\n7. Data protection\n\nPersonal data of participants must be processed only for the purposes of the action.\n\n",
        rows: &[
            (
                "applicants must list all partners and the role of each in the action",
                "submission",
            ),
            (
                "the application must show how the results will be shared after the project ends",
                "submission",
            ),
            (
                "provide a timetable of the activities with their expected start and end dates",
                "submission",
            ),
            (
                "indicate the total number of young people expected to take part in each activity",
                "submission",
            ),
            (
                "the coordinator shall submit an interim report at the middle of the project",
                "management",
            ),
            (
                "the coordinator shall organise a kick-off meeting with all partners in the first month",
                "management",
            ),
            (
                "the action must start between 1 march and 1 june 2027",
                "management",
            ),
            (
                "personal data of participants must be processed only for the purposes of the action",
                "legal",
            ),
        ],
    },
    Case {
        name: "fr cctp",
        text: "Cahier des clauses techniques particulières\nLogiciel de gestion des salles municipales\n\nArticle 3 - Description des prestations\n\nLa solution doit permettre l'export des réservations au format CSV.\nLe logiciel doit gérer les droits d'accès de chaque service.\nLe titulaire assure la reprise des données de l'outil actuel.\n\nArticle 4 - Organisation et suivi\n\nLe titulaire désigne un chef de projet unique, interlocuteur de la collectivité.\nUne réunion de suivi est organisée chaque mois entre le titulaire et la collectivité.\nLe titulaire remet un compte rendu dans les cinq jours qui suivent chaque réunion.\nLe déploiement doit être achevé dans un délai de six mois à compter de la notification.\n\nArticle 5 - Contenu de la réponse\n\nIndiquer les versions des navigateurs sur lesquels la solution fonctionne.\nLe candidat joint à sa réponse un planning prévisionnel du déploiement.\nPréciser les modalités d'hébergement des données et le lieu des serveurs.\nFournir un lien vers une version de démonstration de la solution.\nToute réserve ou dérogation au présent cahier doit être signalée dans la réponse.\n\n",
        rows: &[
            (
                "la solution doit permettre l'export des réservations au format csv",
                "technical",
            ),
            (
                "le logiciel doit gérer les droits d'accès de chaque service",
                "technical",
            ),
            (
                "le titulaire assure la reprise des données de l'outil actuel",
                "technical",
            ),
            (
                "le titulaire désigne un chef de projet unique, interlocuteur de la collectivité",
                "management",
            ),
            (
                "une réunion de suivi est organisée chaque mois entre le titulaire et la collectivité",
                "management",
            ),
            (
                "le titulaire remet un compte rendu dans les cinq jours qui suivent chaque réunion",
                "management",
            ),
            (
                "le déploiement doit être achevé dans un délai de six mois à compter de la notification",
                "management",
            ),
            (
                "indiquer les versions des navigateurs sur lesquels la solution fonctionne",
                "submission",
            ),
            (
                "le candidat joint à sa réponse un planning prévisionnel du déploiement",
                "submission",
            ),
            (
                "préciser les modalités d'hébergement des données et le lieu des serveurs",
                "submission",
            ),
            (
                "fournir un lien vers une version de démonstration de la solution",
                "submission",
            ),
            (
                "toute réserve ou dérogation au présent cahier doit être signalée dans la réponse",
                "submission",
            ),
        ],
    },
    Case {
        name: "fr termes de reference",
        text: "Termes de référence\nAppui à la modernisation de la fonction comptable\n\n2. Description de la mission\n\nLe consultant réalisera un diagnostic des procédures comptables de l'agence.\nLe consultant proposera un plan de comptes adapté aux normes en vigueur.\n\n3. Déroulement de la mission\n\nLe consultant animera deux ateliers de restitution avec les équipes de l'agence.\nLe rapport provisoire sera remis au plus tard six semaines après le démarrage de la mission.\n\n4. Composition du dossier\n\nLe consultant indiquera sa disponibilité pour toute la durée de la mission.\nDécrire les outils que le consultant compte utiliser pour le diagnostic.\n\n5. Confidentialité\n\nLe consultant est tenu au secret professionnel sur toutes les informations recueillies.\n\n",
        rows: &[
            (
                "le consultant réalisera un diagnostic des procédures comptables de l'agence",
                "technical",
            ),
            (
                "le consultant proposera un plan de comptes adapté aux normes en vigueur",
                "technical",
            ),
            (
                "le consultant animera deux ateliers de restitution avec les équipes de l'agence",
                "management",
            ),
            (
                "le rapport provisoire sera remis au plus tard six semaines après le démarrage de la mission",
                "management",
            ),
            (
                "le consultant indiquera sa disponibilité pour toute la durée de la mission",
                "submission",
            ),
            (
                "décrire les outils que le consultant compte utiliser pour le diagnostic",
                "submission",
            ),
            (
                "le consultant est tenu au secret professionnel sur toutes les informations recueillies",
                "legal",
            ),
        ],
    },
    Case {
        name: "es pliego",
        text: "Pliego de prescripciones técnicas\nPlataforma de administración electrónica del Ayuntamiento\n\n1. Prescripciones técnicas\n\nLa plataforma deberá permitir la firma electrónica de los documentos.\nEl sistema deberá integrarse con el registro electrónico municipal.\nEl adjudicatario deberá migrar los expedientes abiertos a la nueva plataforma.\n\n2. Organización del servicio\n\nEl adjudicatario designará un responsable del contrato como interlocutor único.\nSe celebrarán reuniones de seguimiento cada quince días entre el adjudicatario y el servicio.\nEl plazo de ejecución será de doce meses desde la formalización del contrato.\n\n3. Contenido del sobre B\n\nLos licitadores deberán indicar el número de horas de formación que ofrecen.\nSe incluirá una descripción de la arquitectura técnica propuesta.\nEnumere los módulos que forman parte de la solución ofertada.\nAportar un enlace a un entorno de demostración de la plataforma.\n\n4. Protección de datos\n\nEl adjudicatario deberá cumplir la normativa de protección de datos personales.\n\n",
        rows: &[
            (
                "la plataforma deberá permitir la firma electrónica de los documentos",
                "technical",
            ),
            (
                "el sistema deberá integrarse con el registro electrónico municipal",
                "technical",
            ),
            (
                "el adjudicatario deberá migrar los expedientes abiertos a la nueva plataforma",
                "technical",
            ),
            (
                "el adjudicatario designará un responsable del contrato como interlocutor único",
                "management",
            ),
            (
                "se celebrarán reuniones de seguimiento cada quince días entre el adjudicatario y el servicio",
                "management",
            ),
            (
                "el plazo de ejecución será de doce meses desde la formalización del contrato",
                "management",
            ),
            (
                "los licitadores deberán indicar el número de horas de formación que ofrecen",
                "submission",
            ),
            (
                "se incluirá una descripción de la arquitectura técnica propuesta",
                "submission",
            ),
            (
                "enumere los módulos que forman parte de la solución ofertada",
                "submission",
            ),
            (
                "aportar un enlace a un entorno de demostración de la plataforma",
                "submission",
            ),
            (
                "el adjudicatario deberá cumplir la normativa de protección de datos personales",
                "legal",
            ),
        ],
    },
    Case {
        name: "pt edital",
        text: "Edital de Pregão Eletrônico\nAquisição de sistema de gestão de frota\n\n1. Termo de referência\n\nO sistema deverá emitir alertas de vencimento das licenças dos veículos.\nO sistema deverá registrar o consumo de combustível de cada veículo.\n\n2. Execução do contrato\n\nA contratada deverá apresentar relatório mensal de atividades ao fiscal do contrato.\nOs serviços de implantação deverão ser concluídos em noventa dias a contar da ordem de serviço.\nA contratada deverá manter preposto para representá-la durante a execução do contrato.\n\n3. Da proposta\n\nInformar o prazo de garantia dos equipamentos ofertados.\nApresentar catálogo técnico dos equipamentos, com link para a página do fabricante.\nO licitante deverá declarar na proposta eventuais divergências em relação às especificações.\nListar os módulos do sistema incluídos na licença.\n\n4. Da habilitação\n\nA licitante deverá comprovar aptidão por meio de atestado de capacidade técnica.\n\n",
        rows: &[
            (
                "o sistema deverá emitir alertas de vencimento das licenças dos veículos",
                "technical",
            ),
            (
                "o sistema deverá registrar o consumo de combustível de cada veículo",
                "technical",
            ),
            (
                "a contratada deverá apresentar relatório mensal de atividades ao fiscal do contrato",
                "management",
            ),
            (
                "os serviços de implantação deverão ser concluídos em noventa dias a contar da ordem de serviço",
                "management",
            ),
            (
                "a contratada deverá manter preposto para representá-la durante a execução do contrato",
                "management",
            ),
            (
                "informar o prazo de garantia dos equipamentos ofertados",
                "submission",
            ),
            (
                "apresentar catálogo técnico dos equipamentos, com link para a página do fabricante",
                "submission",
            ),
            (
                "o licitante deverá declarar na proposta eventuais divergências em relação às especificações",
                "submission",
            ),
            (
                "listar os módulos do sistema incluídos na licença",
                "submission",
            ),
            (
                "a licitante deverá comprovar aptidão por meio de atestado de capacidade técnica",
                "eligibility",
            ),
        ],
    },
    Case {
        name: "it avviso",
        text: "Avviso pubblico per il sostegno a progetti di inclusione digitale\n\nArt. 4 - Contenuto della domanda\n\nIndicare il numero di destinatari previsti per ciascuna attività.\nElencare i partner coinvolti e il loro ruolo nel progetto.\nFornire il link al sito web del progetto, se esistente.\nSpecificare gli strumenti informatici che saranno messi a disposizione dei partecipanti.\n\nArt. 6 - Obblighi del beneficiario\n\nIl beneficiario deve trasmettere una relazione finale entro sessanta giorni dalla conclusione.\nLe attività devono concludersi entro il 31 dicembre 2027.\nIl beneficiario deve comunicare ogni variazione del gruppo di lavoro.\n\n",
        rows: &[
            (
                "indicare il numero di destinatari previsti per ciascuna attività",
                "submission",
            ),
            (
                "elencare i partner coinvolti e il loro ruolo nel progetto",
                "submission",
            ),
            (
                "fornire il link al sito web del progetto, se esistente",
                "submission",
            ),
            (
                "specificare gli strumenti informatici che saranno messi a disposizione dei partecipanti",
                "submission",
            ),
            (
                "il beneficiario deve trasmettere una relazione finale entro sessanta giorni dalla conclusione",
                "management",
            ),
            (
                "le attività devono concludersi entro il 31 dicembre 2027",
                "management",
            ),
            (
                "il beneficiario deve comunicare ogni variazione del gruppo di lavoro",
                "management",
            ),
        ],
    },
    Case {
        name: "it capitolato",
        text: "Capitolato tecnico\nServizio di prenotazione delle sale comunali\n\n1. Requisiti funzionali\n\nIl sistema deve consentire la prenotazione online delle sale.\nLa piattaforma deve rispettare le linee guida sull'accessibilità dei siti web.\nIl fornitore deve garantire un tempo di risposta inferiore a due secondi.\n\n2. Gestione del progetto\n\nIl fornitore deve nominare un referente unico per tutta la durata del contratto.\nIl fornitore partecipa agli incontri mensili di avanzamento con l'ente.\n\n3. Offerta tecnica\n\nDescrivere le modalità di assistenza agli utenti dopo l'avvio.\nIndicare le eventuali personalizzazioni proposte rispetto al prodotto standard.\n\n",
        rows: &[
            (
                "il sistema deve consentire la prenotazione online delle sale",
                "technical",
            ),
            (
                "la piattaforma deve rispettare le linee guida sull'accessibilità dei siti web",
                "technical",
            ),
            (
                "il fornitore deve garantire un tempo di risposta inferiore a due secondi",
                "technical",
            ),
            (
                "il fornitore deve nominare un referente unico per tutta la durata del contratto",
                "management",
            ),
            (
                "il fornitore partecipa agli incontri mensili di avanzamento con l'ente",
                "management",
            ),
            (
                "descrivere le modalità di assistenza agli utenti dopo l'avvio",
                "submission",
            ),
            (
                "indicare le eventuali personalizzazioni proposte rispetto al prodotto standard",
                "submission",
            ),
        ],
    },
    Case {
        name: "de leistungsbeschreibung",
        text: "Leistungsbeschreibung\nEinführung einer Software für das Bürgerbüro\n\n1. Leistungsumfang\n\nDie Software muss eine Schnittstelle zum vorhandenen Dokumentenmanagementsystem bereitstellen.\nDie Anwendung muss barrierefrei bedienbar sein.\nDer Auftragnehmer übernimmt die Datenübernahme aus dem Altsystem.\n\n2. Projektorganisation\n\nDer Auftragnehmer benennt eine Projektleitung und eine Stellvertretung.\nDer Auftragnehmer nimmt an monatlichen Abstimmungsterminen mit dem Auftraggeber teil.\nDie Einführung ist bis zum 30. Juni 2027 abzuschließen.\n\n3. Inhalt des Angebots\n\nGeben Sie an, welche Module im Lizenzumfang enthalten sind.\nNennen Sie einen Link zu einer Testumgebung der angebotenen Software.\nListen Sie alle Abweichungen von der Leistungsbeschreibung auf.\nDie Bieter haben die eingesetzten Fremdprodukte anzugeben.\n\n4. Vertraulichkeit\n\nDer Auftragnehmer verpflichtet sich zur Verschwiegenheit über alle dienstlichen Angelegenheiten.\n\n",
        rows: &[
            (
                "die software muss eine schnittstelle zum vorhandenen dokumentenmanagementsystem bereitstellen",
                "technical",
            ),
            (
                "die anwendung muss barrierefrei bedienbar sein",
                "technical",
            ),
            (
                "der auftragnehmer übernimmt die datenübernahme aus dem altsystem",
                "technical",
            ),
            (
                "der auftragnehmer benennt eine projektleitung und eine stellvertretung",
                "management",
            ),
            (
                "der auftragnehmer nimmt an monatlichen abstimmungsterminen mit dem auftraggeber teil",
                "management",
            ),
            (
                "die einführung ist bis zum 30. juni 2027 abzuschließen",
                "management",
            ),
            (
                "geben sie an, welche module im lizenzumfang enthalten sind",
                "submission",
            ),
            (
                "nennen sie einen link zu einer testumgebung der angebotenen software",
                "submission",
            ),
            (
                "listen sie alle abweichungen von der leistungsbeschreibung auf",
                "submission",
            ),
            (
                "die bieter haben die eingesetzten fremdprodukte anzugeben",
                "submission",
            ),
            (
                "der auftragnehmer verpflichtet sich zur verschwiegenheit über alle dienstlichen angelegenheiten",
                "legal",
            ),
        ],
    },
    Case {
        name: "es convocatoria",
        text: "Convocatoria de ayudas para proyectos de innovación social\n\nQuinta. Memoria del proyecto\n\nLa memoria deberá detallar el calendario de ejecución de las actividades.\nIndicar el número de personas beneficiarias directas del proyecto.\nDescribir la metodología de trabajo con las entidades colaboradoras.\n\nSéptima. Obligaciones de las entidades beneficiarias\n\nLa entidad beneficiaria deberá presentar un informe de seguimiento a los seis meses.\nLas actividades deberán ejecutarse antes del 30 de noviembre de 2027.\n\n",
        rows: &[
            (
                "la memoria deberá detallar el calendario de ejecución de las actividades",
                "submission",
            ),
            (
                "indicar el número de personas beneficiarias directas del proyecto",
                "submission",
            ),
            (
                "describir la metodología de trabajo con las entidades colaboradoras",
                "submission",
            ),
            (
                "la entidad beneficiaria deberá presentar un informe de seguimiento a los seis meses",
                "management",
            ),
            (
                "las actividades deberán ejecutarse antes del 30 de noviembre de 2027",
                "management",
            ),
        ],
    },
    Case {
        name: "pt aviso",
        text: "Aviso de concurso: projetos de modernização administrativa\n\n5. Formulário de candidatura\n\nIndicar as metas a atingir em cada ano do projeto.\nDescrever a equipa técnica afeta ao projeto e as funções de cada elemento.\n\n7. Obrigações do beneficiário\n\nO beneficiário deve enviar relatórios semestrais de execução à autoridade de gestão.\nO projeto deve estar concluído no prazo de vinte e quatro meses.\n\n",
        rows: &[
            (
                "indicar as metas a atingir em cada ano do projeto",
                "submission",
            ),
            (
                "descrever a equipa técnica afeta ao projeto e as funções de cada elemento",
                "submission",
            ),
            (
                "o beneficiário deve enviar relatórios semestrais de execução à autoridade de gestão",
                "management",
            ),
            (
                "o projeto deve estar concluído no prazo de vinte e quatro meses",
                "management",
            ),
        ],
    },
    Case {
        name: "de ausschreibung",
        text: "Aufforderung zur Angebotsabgabe: Betrieb eines Online-Portals\n\n1. Leistungen\n\nDas Portal muss eine Verfügbarkeit von 99,5 Prozent im Monat erreichen.\nDer Auftragnehmer muss Sicherheitsupdates innerhalb von drei Werktagen einspielen.\n\n2. Berichte und Termine\n\nDer Auftragnehmer legt dem Auftraggeber vierteljährlich einen Bericht über den Betrieb vor.\n\n3. Angebotsinhalt\n\nBeschreiben Sie das Vorgehen bei einer Störung außerhalb der Geschäftszeiten.\nDer Bieter muss im Angebot die vorgesehenen Rechenzentrumsstandorte angeben.\n\n",
        rows: &[
            (
                "das portal muss eine verfügbarkeit von 99,5 prozent im monat erreichen",
                "technical",
            ),
            (
                "der auftragnehmer muss sicherheitsupdates innerhalb von drei werktagen einspielen",
                "technical",
            ),
            (
                "der auftragnehmer legt dem auftraggeber vierteljährlich einen bericht über den betrieb vor",
                "management",
            ),
            (
                "beschreiben sie das vorgehen bei einer störung außerhalb der geschäftszeiten",
                "submission",
            ),
            (
                "der bieter muss im angebot die vorgesehenen rechenzentrumsstandorte angeben",
                "submission",
            ),
        ],
    },
];

/// The checks the engine fails today: "case | fragment | wanted category". First
/// 82/123; 98/123 with the imperatives that tell the bidder to indicate, specify, list
/// or give a link read as the response's duties in every language, and what must be
/// listed, stated or said in the response (or a section of it), the declared
/// deviations, a technical volume and a French "joint à sa réponse" (+16); 105/123
/// with the work's calendar read as management (a start or end between dates or by
/// one, a period counted from the order to start or the notification, the period of
/// performance), workshops, and the contract's running and its manager read before
/// "contract" (+7); 106/123 with the reports of a statement whose subject is the
/// system read as its features, whatever its heading (+1). Left: eleven statements
/// the matrix keeps no row of, a user's ability to export a report, an imperative
/// after an "if" clause, a link in a catalogue's line read as format, an Italian line
/// whose language is read as Spanish ("al", "del", "se"), and two rows under an
/// Italian heading of the beneficiary's obligations ("obblighi", legal): reading such
/// headings as management fixed them and two of the fourth probe, but lost four legal
/// rows of the first and fourth probes under the same headings, so it was dropped.
const KNOWN_MISSES: &[&str] = &[
    "de leistungsbeschreibung | listen sie alle abweichungen von der leistungsbeschreibung auf | submission",
    "en city permits | if the solution does not meet a specification, state the workaround the vendor proposes | submission",
    "en city permits | supervisors must be able to export any report to a spreadsheet | technical",
    "en federal rfq | the period of performance is twelve months from the date of award | management",
    "es pliego | el plazo de ejecución será de doce meses desde la formalización del contrato | management",
    "es pliego | enumere los módulos que forman parte de la solución ofertada | submission",
    "es pliego | se celebrarán reuniones de seguimiento cada quince días entre el adjudicatario y el servicio | management",
    "es pliego | se incluirá una descripción de la arquitectura técnica propuesta | submission",
    "fr cctp | une réunion de suivi est organisée chaque mois entre le titulaire et la collectivité | management",
    "fr termes de reference | le consultant est tenu au secret professionnel sur toutes les informations recueillies | legal",
    "it avviso | elencare i partner coinvolti e il loro ruolo nel progetto | submission",
    "it avviso | fornire il link al sito web del progetto, se esistente | submission",
    "it avviso | il beneficiario deve comunicare ogni variazione del gruppo di lavoro | management",
    "it avviso | le attività devono concludersi entro il 31 dicembre 2027 | management",
    "pt edital | apresentar catálogo técnico dos equipamentos, com link para a página do fabricante | submission",
    "pt edital | informar o prazo de garantia dos equipamentos ofertados | submission",
    "pt edital | listar os módulos do sistema incluídos na licença | submission",
];

#[test]
fn the_sixth_category_probe_fails_only_its_known_misses() {
    assert_known_misses(
        "sixth category probe",
        CASES,
        category_failures,
        |c| c.name.to_owned(),
        KNOWN_MISSES,
    );
}
