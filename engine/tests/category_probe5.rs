//! A fifth probe of the compliance matrix's category (issue 31), written before the
//! engine's category code or the lexicons' category tables were read, weighted on the
//! confusions `rfp eval --blind` shows most (counts only): submission taken for
//! technical, eligibility or legal; management and technical taken for each other.
//! Thirteen small documents of our own (records digitisation, IT maintenance, cleaning
//! of buildings, a mobile app, park maintenance, an online booking system, and grant
//! calls), in English, French, Spanish, Portuguese, Italian and German, 111 statements
//! in all, each with the ONE category the hand counts' convention gives it. The rules,
//! decided before the first run:
//!
//! - **submission**: what the proposal, offer, application or one of its parts must
//!   CONTAIN, include, describe, explain, demonstrate, show or have attached, whatever
//!   its topic (the approach to the work, the staff and their CVs, references, a work
//!   plan or schedule, a price schedule or the unit prices to quote), whether the
//!   subject is the document ("The technical proposal must describe…", "L'offre doit
//!   comprendre…", "Das Angebot muss … enthalten") or the bidder acting in it
//!   ("Offerors must provide résumés…", "Der Bieter hat im Angebot darzulegen…"), and
//!   each item of a list whose lead-in says what the offer must contain;
//! - **eligibility**: what the bidder or applicant (or its named staff) must BE or HAVE
//!   to bid: experience already gained, turnover, registrations, classifications,
//!   certifications, legal form and seat;
//! - **technical**: what the work, system or service must be or do, including its
//!   service levels, and reports or plans that the SYSTEM produces;
//! - **management**: the contract's schedule (start, completion), its team and contact
//!   person, its meetings and the reports the contractor or beneficiary owes during the
//!   work (even with "submit", "présenter", "apresentar");
//! - **financial**: what prices or fees must include, and invoicing;
//! - **legal**: insurance, confidentiality and data protection duties of the contract.
//!
//! Traps put in on purpose: content statements whose topic is technical, staffing,
//! price or schedule; "submit/present a report" during the work (management); reports
//! and planning done by the system (technical); staff qualifications under a
//! qualification heading (eligibility) beside CVs to provide (submission).
//!
//! First score, before any change: **76/111** (68 %). Per language: en 14/24, fr
//! 10/18, es 12/16, pt 11/17, it 14/17, de 15/19. Per wanted category: submission
//! 31/50, eligibility 8/18, management 15/19, technical 15/15, financial 5/6, legal
//! 2/3. The most frequent confusions (want -> got): eligibility -> submission 6
//! (being registered, classified, certified, of a legal form or seat), submission ->
//! eligibility 5 (CVs, references, experience to demonstrate in the offer), submission
//! -> administrative 4, submission -> financial 3 and -> technical 3, submission ->
//! format 2, management -> technical 2 and -> legal 2, eligibility -> technical 2.
//!
//! `KNOWN_MISSES` holds the checks the engine fails today, and the test asserts it
//! equals the failures, so a fix or a loss both show.

mod probe;

use probe::{CategoryCase as Case, assert_known_misses, category_failures};

const CASES: &[Case] = &[
    Case {
        name: "en records",
        text: "Request for Proposals: Records Digitisation Services\n\n1. Statement of work\n\nThe contractor shall scan all paper case files at a resolution of at least 300 dpi.\nEach digitised file shall be searchable by file number and by client surname.\nThe scanning software shall produce a daily report of rejected or unreadable pages.\nThe contractor shall deliver a written progress report to the contracting officer every two weeks.\nThe contractor shall complete the scanning of the archive within nine months of the notice to proceed.\nThe contractor's project manager shall attend a monthly review meeting with agency staff.\n\n2. Minimum qualifications\n\nThe offeror must have completed at least three digitisation contracts of similar size in the past five years.\nThe proposed project manager must hold a recognised project management certification.\n\n3. Proposal contents\n\nThe technical proposal must describe the offeror's approach to handling fragile or damaged documents.\nThe proposal shall include a staffing plan showing the role and weekly hours of each team member.\nOfferors must provide résumés for all key personnel named in the proposal.\nThe proposal must demonstrate the offeror's experience with projects of this kind through at least three client references.\nThe cost proposal must show a unit price per scanned page and per indexed file.\nThe proposal must explain how the offeror will protect personal data while the files are off site.\nEach proposal must contain the following:\n- a cover letter signed by an authorised officer of the firm\n- a description of the quality control checks applied to each batch\n- a timeline for each phase of the work\n\n4. Pricing\n\nUnit prices must include pickup, transport and return of the boxes.\n\n",
        rows: &[
            (
                "the contractor shall scan all paper case files at a resolution of at least 300 dpi",
                "technical",
            ),
            (
                "each digitised file shall be searchable by file number and by client surname",
                "technical",
            ),
            (
                "the scanning software shall produce a daily report of rejected or unreadable pages",
                "technical",
            ),
            (
                "the contractor shall deliver a written progress report to the contracting officer every two weeks",
                "management",
            ),
            (
                "the contractor shall complete the scanning of the archive within nine months of the notice to proceed",
                "management",
            ),
            (
                "the contractor's project manager shall attend a monthly review meeting with agency staff",
                "management",
            ),
            (
                "the offeror must have completed at least three digitisation contracts of similar size in the past five years",
                "eligibility",
            ),
            (
                "the proposed project manager must hold a recognised project management certification",
                "eligibility",
            ),
            (
                "the technical proposal must describe the offeror's approach to handling fragile or damaged documents",
                "submission",
            ),
            (
                "the proposal shall include a staffing plan showing the role and weekly hours of each team member",
                "submission",
            ),
            (
                "offerors must provide résumés for all key personnel named in the proposal",
                "submission",
            ),
            (
                "the proposal must demonstrate the offeror's experience with projects of this kind through at least three client references",
                "submission",
            ),
            (
                "the cost proposal must show a unit price per scanned page and per indexed file",
                "submission",
            ),
            (
                "the proposal must explain how the offeror will protect personal data while the files are off site",
                "submission",
            ),
            (
                "a cover letter signed by an authorised officer of the firm",
                "submission",
            ),
            (
                "a description of the quality control checks applied to each batch",
                "submission",
            ),
            ("a timeline for each phase of the work", "submission"),
            (
                "unit prices must include pickup, transport and return of the boxes",
                "financial",
            ),
        ],
    },
    Case {
        name: "en grant",
        text: "Notice of Funding Opportunity: Community Literacy Program\n\nA. Eligible applicants\n\nApplicants must be nonprofit organisations with tax-exempt status under state law.\n\nB. Application content\n\nThe project narrative must address the literacy needs of the adults the project will serve.\nApplicants must describe how the outcomes of the project will be measured.\nApplicants must provide letters of commitment from each partner organisation.\nThe budget justification must explain each cost listed in the budget form.\n\nC. Award conditions\n\nRecipients must submit quarterly performance reports to the program officer.\n\n",
        rows: &[
            (
                "applicants must be nonprofit organisations with tax-exempt status under state law",
                "eligibility",
            ),
            (
                "the project narrative must address the literacy needs of the adults the project will serve",
                "submission",
            ),
            (
                "applicants must describe how the outcomes of the project will be measured",
                "submission",
            ),
            (
                "applicants must provide letters of commitment from each partner organisation",
                "submission",
            ),
            (
                "the budget justification must explain each cost listed in the budget form",
                "submission",
            ),
            (
                "recipients must submit quarterly performance reports to the program officer",
                "management",
            ),
        ],
    },
    Case {
        name: "fr maintenance",
        text: "Règlement de la consultation : maintenance du parc informatique\n\nArticle 1 - Nature des prestations\n\nLe titulaire doit intervenir sur site dans un délai de quatre heures ouvrées après chaque signalement d'incident.\nLe titulaire doit assurer la mise à jour régulière des postes de travail et des serveurs de la collectivité.\nL'outil de supervision doit permettre la planification automatique des sauvegardes.\n\nArticle 2 - Suivi de l'exécution\n\nLe titulaire doit désigner un chef de projet chargé du suivi du marché pendant toute sa durée.\nUne réunion de suivi doit être organisée chaque trimestre avec la direction des systèmes d'information.\n\nArticle 3 - Conditions de participation\n\nLe candidat doit disposer d'une certification du constructeur pour les matériels concernés.\nLe candidat doit être inscrit au registre du commerce et des sociétés ou à un registre équivalent.\n\nArticle 4 - Contenu de l'offre\n\nLe mémoire technique doit décrire l'organisation proposée pour l'assistance téléphonique des utilisateurs.\nLa note méthodologique doit préciser les moyens humains affectés à l'exécution du marché.\nLe candidat doit fournir les curriculum vitae des techniciens qui interviendront sur le marché.\nL'offre doit comprendre un planning prévisionnel de déploiement des nouveaux postes.\nLe candidat doit démontrer, dans son mémoire, sa capacité à intervenir simultanément sur plusieurs sites.\nLe dossier de l'offre doit comporter les pièces suivantes :\n- le bordereau des prix unitaires dûment complété\n- une présentation de trois références de prestations comparables\n\nArticle 5 - Prix\n\nLes prix doivent inclure les frais de déplacement des techniciens sur l'ensemble des sites.\n\n",
        rows: &[
            (
                "le titulaire doit intervenir sur site dans un délai de quatre heures ouvrées après chaque signalement d'incident",
                "technical",
            ),
            (
                "le titulaire doit assurer la mise à jour régulière des postes de travail et des serveurs de la collectivité",
                "technical",
            ),
            (
                "l'outil de supervision doit permettre la planification automatique des sauvegardes",
                "technical",
            ),
            (
                "le titulaire doit désigner un chef de projet chargé du suivi du marché pendant toute sa durée",
                "management",
            ),
            (
                "une réunion de suivi doit être organisée chaque trimestre avec la direction des systèmes d'information",
                "management",
            ),
            (
                "le candidat doit disposer d'une certification du constructeur pour les matériels concernés",
                "eligibility",
            ),
            (
                "le candidat doit être inscrit au registre du commerce et des sociétés ou à un registre équivalent",
                "eligibility",
            ),
            (
                "le mémoire technique doit décrire l'organisation proposée pour l'assistance téléphonique des utilisateurs",
                "submission",
            ),
            (
                "la note méthodologique doit préciser les moyens humains affectés à l'exécution du marché",
                "submission",
            ),
            (
                "le candidat doit fournir les curriculum vitae des techniciens qui interviendront sur le marché",
                "submission",
            ),
            (
                "l'offre doit comprendre un planning prévisionnel de déploiement des nouveaux postes",
                "submission",
            ),
            (
                "le candidat doit démontrer, dans son mémoire, sa capacité à intervenir simultanément sur plusieurs sites",
                "submission",
            ),
            (
                "le bordereau des prix unitaires dûment complété",
                "submission",
            ),
            (
                "une présentation de trois références de prestations comparables",
                "submission",
            ),
            (
                "les prix doivent inclure les frais de déplacement des techniciens sur l'ensemble des sites",
                "financial",
            ),
        ],
    },
    Case {
        name: "fr appel",
        text: "Appel à projets : inclusion numérique des seniors\n\n1. Porteurs de projet éligibles\n\nLes porteurs de projet doivent être des associations déclarées depuis au moins deux ans.\n\n2. Dossier de candidature\n\nLe dossier de candidature doit présenter le budget prévisionnel détaillé de l'action.\n\n3. Obligations du bénéficiaire\n\nLe bénéficiaire doit remettre un compte rendu d'exécution dans les trois mois suivant la fin de l'action.\n\n",
        rows: &[
            (
                "les porteurs de projet doivent être des associations déclarées depuis au moins deux ans",
                "eligibility",
            ),
            (
                "le dossier de candidature doit présenter le budget prévisionnel détaillé de l'action",
                "submission",
            ),
            (
                "le bénéficiaire doit remettre un compte rendu d'exécution dans les trois mois suivant la fin de l'action",
                "management",
            ),
        ],
    },
    Case {
        name: "es limpieza",
        text: "Pliego de cláusulas administrativas: servicio de limpieza de edificios municipales\n\n1. Prescripciones técnicas del servicio\n\nLa empresa adjudicataria deberá limpiar a diario los aseos, vestíbulos y zonas comunes.\nLos productos de limpieza utilizados deberán contar con etiqueta ecológica europea.\n\n2. Ejecución del contrato\n\nEl adjudicatario deberá nombrar un encargado que supervise al personal en cada edificio.\nEl adjudicatario deberá entregar un informe mensual de incidencias al responsable del contrato.\n\n3. Solvencia económica y técnica\n\nLos licitadores deberán tener un volumen anual de negocios de al menos 200.000 euros en alguno de los tres últimos años.\nLos licitadores deberán estar clasificados en el grupo U, subgrupo 1, categoría 2.\n\n4. Documentación a presentar\n\nLa memoria técnica deberá describir la organización del servicio y los turnos de trabajo previstos.\nLos licitadores deberán presentar un plan de trabajo con la frecuencia de cada tarea de limpieza.\nLa oferta deberá incluir la relación nominal del personal que se adscribirá al contrato.\nEl sobre C deberá contener la proposición económica conforme al modelo del anexo II.\nLos licitadores deberán explicar en su oferta las medidas previstas para reducir el consumo de agua.\nEn el sobre B deberán incluirse los siguientes documentos:\n- memoria descriptiva de la maquinaria y los medios materiales\n- programa de formación del personal de limpieza\n\n5. Precio del contrato\n\nEl precio ofertado deberá incluir todos los impuestos y gastos de desplazamiento.\n\n",
        rows: &[
            (
                "la empresa adjudicataria deberá limpiar a diario los aseos, vestíbulos y zonas comunes",
                "technical",
            ),
            (
                "los productos de limpieza utilizados deberán contar con etiqueta ecológica europea",
                "technical",
            ),
            (
                "el adjudicatario deberá nombrar un encargado que supervise al personal en cada edificio",
                "management",
            ),
            (
                "el adjudicatario deberá entregar un informe mensual de incidencias al responsable del contrato",
                "management",
            ),
            (
                "los licitadores deberán tener un volumen anual de negocios de al menos 200.000 euros en alguno de los tres últimos años",
                "eligibility",
            ),
            (
                "los licitadores deberán estar clasificados en el grupo u, subgrupo 1, categoría 2",
                "eligibility",
            ),
            (
                "la memoria técnica deberá describir la organización del servicio y los turnos de trabajo previstos",
                "submission",
            ),
            (
                "los licitadores deberán presentar un plan de trabajo con la frecuencia de cada tarea de limpieza",
                "submission",
            ),
            (
                "la oferta deberá incluir la relación nominal del personal que se adscribirá al contrato",
                "submission",
            ),
            (
                "el sobre c deberá contener la proposición económica conforme al modelo del anexo ii",
                "submission",
            ),
            (
                "los licitadores deberán explicar en su oferta las medidas previstas para reducir el consumo de agua",
                "submission",
            ),
            (
                "memoria descriptiva de la maquinaria y los medios materiales",
                "submission",
            ),
            (
                "programa de formación del personal de limpieza",
                "submission",
            ),
            (
                "el precio ofertado deberá incluir todos los impuestos y gastos de desplazamiento",
                "financial",
            ),
        ],
    },
    Case {
        name: "es subvencion",
        text: "Convocatoria de subvenciones para proyectos de voluntariado juvenil\n\nRequisitos de las entidades solicitantes\n\nLas entidades solicitantes deberán estar inscritas en el registro autonómico de asociaciones.\n\nContenido de la solicitud\n\nLa solicitud deberá acompañarse de una memoria del proyecto que describa los objetivos y las actividades.\n\n",
        rows: &[
            (
                "las entidades solicitantes deberán estar inscritas en el registro autonómico de asociaciones",
                "eligibility",
            ),
            (
                "la solicitud deberá acompañarse de una memoria del proyecto que describa los objetivos y las actividades",
                "submission",
            ),
        ],
    },
    Case {
        name: "pt aplicacao",
        text: "Caderno de encargos: desenvolvimento de uma aplicação móvel municipal\n\n1. Especificações técnicas\n\nA aplicação deve funcionar em dispositivos Android e iOS das três últimas versões.\nA aplicação deve permitir o envio de notificações aos munícipes registados.\n\n2. Gestão do contrato\n\nO prestador deve apresentar um relatório mensal de execução ao gestor do contrato.\nO prestador deve concluir o desenvolvimento no prazo de seis meses a contar da assinatura.\n\n3. Requisitos de participação\n\nOs concorrentes devem ter realizado pelo menos dois projetos de aplicações móveis nos últimos três anos.\nOs concorrentes devem ter a situação contributiva regularizada perante a segurança social.\n\n4. Documentos que constituem a proposta\n\nA proposta deve incluir uma memória descritiva da solução proposta.\nA proposta técnica deve descrever a metodologia de desenvolvimento e de testes.\nOs concorrentes devem apresentar os currículos da equipa técnica proposta.\nA proposta deve conter um cronograma detalhado das fases do projeto.\nA proposta deve demonstrar a experiência do concorrente em acessibilidade digital.\nA proposta de preço deve indicar o valor de cada licença anual de utilização.\n\n5. Condições financeiras\n\nO preço contratual deve incluir a manutenção corretiva durante o primeiro ano.\n\n6. Proteção de dados\n\nO prestador deve garantir a confidencialidade dos dados pessoais tratados na aplicação.\n\n",
        rows: &[
            (
                "a aplicação deve funcionar em dispositivos android e ios das três últimas versões",
                "technical",
            ),
            (
                "a aplicação deve permitir o envio de notificações aos munícipes registados",
                "technical",
            ),
            (
                "o prestador deve apresentar um relatório mensal de execução ao gestor do contrato",
                "management",
            ),
            (
                "o prestador deve concluir o desenvolvimento no prazo de seis meses a contar da assinatura",
                "management",
            ),
            (
                "os concorrentes devem ter realizado pelo menos dois projetos de aplicações móveis nos últimos três anos",
                "eligibility",
            ),
            (
                "os concorrentes devem ter a situação contributiva regularizada perante a segurança social",
                "eligibility",
            ),
            (
                "a proposta deve incluir uma memória descritiva da solução proposta",
                "submission",
            ),
            (
                "a proposta técnica deve descrever a metodologia de desenvolvimento e de testes",
                "submission",
            ),
            (
                "os concorrentes devem apresentar os currículos da equipa técnica proposta",
                "submission",
            ),
            (
                "a proposta deve conter um cronograma detalhado das fases do projeto",
                "submission",
            ),
            (
                "a proposta deve demonstrar a experiência do concorrente em acessibilidade digital",
                "submission",
            ),
            (
                "a proposta de preço deve indicar o valor de cada licença anual de utilização",
                "submission",
            ),
            (
                "o preço contratual deve incluir a manutenção corretiva durante o primeiro ano",
                "financial",
            ),
            (
                "o prestador deve garantir a confidencialidade dos dados pessoais tratados na aplicação",
                "legal",
            ),
        ],
    },
    Case {
        name: "it verde",
        text: "Disciplinare di gara: servizio di manutenzione del verde pubblico\n\n1. Oggetto del servizio\n\nL'appaltatore deve effettuare almeno sei sfalci dell'erba all'anno in tutte le aree verdi.\nLe potature devono essere eseguite secondo le buone pratiche agronomiche.\n\n2. Requisiti di partecipazione\n\nGli operatori economici devono essere iscritti alla camera di commercio per attività di manutenzione del verde.\nIl concorrente deve aver eseguito servizi analoghi per un importo non inferiore a 100.000 euro nell'ultimo triennio.\n\n3. Busta B – Offerta tecnica\n\nL'offerta tecnica deve descrivere le modalità di organizzazione del servizio.\nLa relazione tecnica deve illustrare i mezzi e le attrezzature messi a disposizione.\nIl concorrente deve indicare nell'offerta il numero di operatori impiegati per ciascuna squadra.\nL'offerta tecnica deve contenere un cronoprogramma degli interventi stagionali.\n\n4. Busta C – Offerta economica\n\nL'offerta economica deve indicare il ribasso percentuale sull'importo a base di gara.\n\n5. Esecuzione del servizio\n\nL'appaltatore deve nominare un referente tecnico reperibile durante l'orario di servizio.\nL'appaltatore deve trasmettere un rapporto mensile sugli interventi eseguiti.\nIl servizio deve iniziare entro trenta giorni dalla stipula del contratto.\n\n6. Garanzie e assicurazioni\n\nL'appaltatore deve stipulare una polizza assicurativa per la responsabilità civile verso terzi.\n\n7. Corrispettivo\n\nIl corrispettivo deve comprendere lo smaltimento del materiale di risulta.\n\n",
        rows: &[
            (
                "l'appaltatore deve effettuare almeno sei sfalci dell'erba all'anno in tutte le aree verdi",
                "technical",
            ),
            (
                "le potature devono essere eseguite secondo le buone pratiche agronomiche",
                "technical",
            ),
            (
                "gli operatori economici devono essere iscritti alla camera di commercio per attività di manutenzione del verde",
                "eligibility",
            ),
            (
                "il concorrente deve aver eseguito servizi analoghi per un importo non inferiore a 100.000 euro nell'ultimo triennio",
                "eligibility",
            ),
            (
                "l'offerta tecnica deve descrivere le modalità di organizzazione del servizio",
                "submission",
            ),
            (
                "la relazione tecnica deve illustrare i mezzi e le attrezzature messi a disposizione",
                "submission",
            ),
            (
                "il concorrente deve indicare nell'offerta il numero di operatori impiegati per ciascuna squadra",
                "submission",
            ),
            (
                "l'offerta tecnica deve contenere un cronoprogramma degli interventi stagionali",
                "submission",
            ),
            (
                "l'offerta economica deve indicare il ribasso percentuale sull'importo a base di gara",
                "submission",
            ),
            (
                "l'appaltatore deve nominare un referente tecnico reperibile durante l'orario di servizio",
                "management",
            ),
            (
                "l'appaltatore deve trasmettere un rapporto mensile sugli interventi eseguiti",
                "management",
            ),
            (
                "il servizio deve iniziare entro trenta giorni dalla stipula del contratto",
                "management",
            ),
            (
                "l'appaltatore deve stipulare una polizza assicurativa per la responsabilità civile verso terzi",
                "legal",
            ),
            (
                "il corrispettivo deve comprendere lo smaltimento del materiale di risulta",
                "financial",
            ),
        ],
    },
    Case {
        name: "de termine",
        text: "Vergabeunterlagen: Entwicklung eines Online-Terminbuchungssystems\n\n1. Leistungsbeschreibung\n\nDas System muss eine Terminbuchung rund um die Uhr ermöglichen.\nDas System muss Erinnerungen per E-Mail und SMS an die Bürgerinnen und Bürger versenden.\nDas System muss monatliche Berichte über die Auslastung jedes Standorts erzeugen.\n\n2. Projektorganisation\n\nDer Auftragnehmer muss einen festen Ansprechpartner für die gesamte Vertragslaufzeit benennen.\nDer Auftragnehmer hat wöchentlich über den Projektfortschritt zu berichten.\nDie Leistungen müssen bis zum 30. September vollständig abgeschlossen sein.\n\n3. Eignungskriterien\n\nDer Bieter muss über mindestens zehn Beschäftigte im Bereich Softwareentwicklung verfügen.\nDer Bieter muss in einem Berufs- oder Handelsregister eingetragen sein.\n\n4. Inhalt des Angebots\n\nDas Angebot muss ein Konzept zur Anbindung der vorhandenen Fachverfahren enthalten.\nIm Konzept ist darzustellen, wie der Bieter den Schutz personenbezogener Daten sicherstellt.\nDer Bieter muss dem Angebot Lebensläufe der vorgesehenen Projektmitglieder beifügen.\nDas Angebot muss einen Zeitplan mit den wesentlichen Meilensteinen enthalten.\nDer Bieter hat im Angebot darzulegen, wie er den Betrieb nach der Abnahme unterstützt.\nDas Angebot muss ein Preisblatt mit den Stundensätzen jeder Rolle enthalten.\n\n5. Vergütung\n\nRechnungen sind monatlich nach erbrachter Leistung zu stellen.\n\n6. Datenschutz\n\nDer Auftragnehmer muss personenbezogene Daten ausschließlich in Rechenzentren innerhalb der EU verarbeiten.\n\n",
        rows: &[
            (
                "das system muss eine terminbuchung rund um die uhr ermöglichen",
                "technical",
            ),
            (
                "das system muss erinnerungen per e-mail und sms an die bürgerinnen und bürger versenden",
                "technical",
            ),
            (
                "das system muss monatliche berichte über die auslastung jedes standorts erzeugen",
                "technical",
            ),
            (
                "der auftragnehmer muss einen festen ansprechpartner für die gesamte vertragslaufzeit benennen",
                "management",
            ),
            (
                "der auftragnehmer hat wöchentlich über den projektfortschritt zu berichten",
                "management",
            ),
            (
                "die leistungen müssen bis zum 30. september vollständig abgeschlossen sein",
                "management",
            ),
            (
                "der bieter muss über mindestens zehn beschäftigte im bereich softwareentwicklung verfügen",
                "eligibility",
            ),
            (
                "der bieter muss in einem berufs- oder handelsregister eingetragen sein",
                "eligibility",
            ),
            (
                "das angebot muss ein konzept zur anbindung der vorhandenen fachverfahren enthalten",
                "submission",
            ),
            (
                "im konzept ist darzustellen, wie der bieter den schutz personenbezogener daten sicherstellt",
                "submission",
            ),
            (
                "der bieter muss dem angebot lebensläufe der vorgesehenen projektmitglieder beifügen",
                "submission",
            ),
            (
                "das angebot muss einen zeitplan mit den wesentlichen meilensteinen enthalten",
                "submission",
            ),
            (
                "der bieter hat im angebot darzulegen, wie er den betrieb nach der abnahme unterstützt",
                "submission",
            ),
            (
                "das angebot muss ein preisblatt mit den stundensätzen jeder rolle enthalten",
                "submission",
            ),
            (
                "rechnungen sind monatlich nach erbrachter leistung zu stellen",
                "financial",
            ),
            (
                "der auftragnehmer muss personenbezogene daten ausschließlich in rechenzentren innerhalb der eu verarbeiten",
                "legal",
            ),
        ],
    },
    Case {
        name: "pt aviso",
        text: "Aviso de abertura de candidaturas: apoio à transição digital do comércio local\n\n1. Beneficiários\n\nOs beneficiários devem ser micro ou pequenas empresas com sede na região.\n\n2. Formulário de candidatura\n\nO formulário de candidatura deve descrever os resultados esperados do investimento.\n\n3. Obrigações dos beneficiários\n\nO beneficiário deve comunicar à autoridade de gestão qualquer alteração ao calendário do projeto.\n\n",
        rows: &[
            (
                "os beneficiários devem ser micro ou pequenas empresas com sede na região",
                "eligibility",
            ),
            (
                "o formulário de candidatura deve descrever os resultados esperados do investimento",
                "submission",
            ),
            (
                "o beneficiário deve comunicar à autoridade de gestão qualquer alteração ao calendário do projeto",
                "management",
            ),
        ],
    },
    Case {
        name: "it bando",
        text: "Bando per contributi a progetti culturali nei piccoli comuni\n\nArt. 2 - Soggetti ammessi\n\nI soggetti richiedenti devono avere sede legale in uno dei comuni della provincia.\n\nArt. 5 - Contenuto della domanda\n\nLa domanda deve essere corredata da una relazione che illustri gli obiettivi e il pubblico del progetto.\n\nArt. 7 - Realizzazione del progetto\n\nIl progetto deve concludersi entro diciotto mesi dalla data di avvio.\n\n",
        rows: &[
            (
                "i soggetti richiedenti devono avere sede legale in uno dei comuni della provincia",
                "eligibility",
            ),
            (
                "la domanda deve essere corredata da una relazione che illustri gli obiettivi e il pubblico del progetto",
                "submission",
            ),
            (
                "il progetto deve concludersi entro diciotto mesi dalla data di avvio",
                "management",
            ),
        ],
    },
    Case {
        name: "de foerderung",
        text: "Förderaufruf: Nachbarschaftsprojekte im ländlichen Raum\n\n1. Antragsberechtigte\n\nAntragstellende müssen gemeinnützige Körperschaften mit Sitz im Land sein.\n\n2. Antragsunterlagen\n\nDie Projektskizze muss die Ziele, die Zielgruppe und den Ablauf des Vorhabens beschreiben.\nDem Antrag ist ein Finanzierungsplan mit allen Einnahmen und Ausgaben beizufügen.\n\n",
        rows: &[
            (
                "antragstellende müssen gemeinnützige körperschaften mit sitz im land sein",
                "eligibility",
            ),
            (
                "die projektskizze muss die ziele, die zielgruppe und den ablauf des vorhabens beschreiben",
                "submission",
            ),
            (
                "dem antrag ist ein finanzierungsplan mit allen einnahmen und ausgaben beizufügen",
                "submission",
            ),
        ],
    },
];

/// The checks the engine fails today: "case | fragment | wanted category". First
/// 76/111; 92/111 with the cues of who the bidder is (in a register, its seat, its
/// legal form, similar services of the last years), personal data as law, the
/// contract's manager and term as management (+16); 104/111 with the offer's parts
/// and verbs of showing read as its duties, and the items of a lead-in that says
/// what the offer holds as submission unless they prove who the bidder is (+12);
/// 108/111 with one qualification cue (a CV, references) under a heading of the
/// offer's content read as what the offer describes, and such headings read as
/// submission in every language (+4). Left: prices in a cost proposal or a budget
/// justification (money outweighs), a staff certification beside two management cues.
const KNOWN_MISSES: &[&str] = &[
    "en grant | the budget justification must explain each cost listed in the budget form | submission",
    "en records | the cost proposal must show a unit price per scanned page and per indexed file | submission",
    "en records | the proposed project manager must hold a recognised project management certification | eligibility",
];

#[test]
fn the_fifth_category_probe_fails_only_its_known_misses() {
    assert_known_misses(
        "fifth category probe",
        CASES,
        category_failures,
        |c| c.name.to_owned(),
        KNOWN_MISSES,
    );
}
