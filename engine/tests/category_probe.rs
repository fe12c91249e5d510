//! A probe of the category the compliance matrix gives each row (issue 31, "category"
//! under Fields), written before the engine's category code was read: small documents
//! of our own in six languages, each row named by a fragment of its text and the
//! category a bid manager would give it, among the nine the README documents
//! (submission, format, eligibility, financial, evaluation, legal, management,
//! administrative, technical), used as the hand counts in `eval/matrix/` use them.
//!
//! The traps the issue names are here: a cue inside a longer word ("payload",
//! "awareness", "terminal"), a word of one language that is another's cue (a German
//! park "Bank", a French "formation"), "award" in a sentence that is not about
//! evaluation, a product's sizes, materials and colours (technical, not format),
//! envelopes, copies and the offer's language (format) against portal upload and
//! deadlines (submission), insurance and liability (legal), prices, payment and
//! guarantees (financial), experience, CVs and certificates (eligibility), reports
//! to the client (management), and a heading that decides ("Each unit must come with
//! a warranty" under the technical specifications is technical).
//!
//! `KNOWN_MISSES` holds the checks the engine fails today, and the test asserts it
//! equals the failures, so a fix or a loss both show.

mod probe;

use probe::{CategoryCase as Case, assert_known_misses, category_failures};

const CASES: &[Case] = &[
    // --- English ---
    Case {
        name: "en goods RFQ",
        text: "Request for Quotation: Supply of Classroom Furniture\n\n1. Instructions to bidders\n\nQuotations must be delivered to the Procurement Office no later than 14 May 2027 at 10:00.\nEach quotation shall be placed in a sealed envelope marked with the reference number.\nBidders must provide one original and two copies of the quotation.\nQuestions about this request must be sent by e-mail to the procurement officer before 5 May 2027.\n\n2. Technical specifications\n\nEach chair shall have a seat height of 46 cm and a frame of powder-coated steel.\nThe desks must be available in blue, green and grey.\nEach unit must come with a two-year warranty against manufacturing defects.\nThe cover of every chair must be made of washable fabric.\nThe awarded supplier must assemble every desk on site.\n\n3. Prices and payment\n\nPrices must be quoted in US dollars, inclusive of delivery to each school.\nThe supplier shall submit one invoice per school after delivery.\nA performance guarantee of 5 % of the contract value must be furnished by the successful bidder.\n",
        rows: &[
            (
                "delivered to the Procurement Office no later than",
                "submission",
            ),
            ("placed in a sealed envelope marked with", "format"),
            ("one original and two copies of the quotation", "format"),
            (
                "Questions about this request must be sent by e-mail",
                "administrative",
            ),
            (
                "seat height of 46 cm and a frame of powder-coated steel",
                "technical",
            ),
            ("available in blue, green and grey", "technical"),
            (
                "two-year warranty against manufacturing defects",
                "technical",
            ),
            (
                "cover of every chair must be made of washable fabric",
                "technical",
            ),
            (
                "awarded supplier must assemble every desk on site",
                "technical",
            ),
            ("Prices must be quoted in US dollars", "financial"),
            ("submit one invoice per school after delivery", "financial"),
            (
                "performance guarantee of 5 % of the contract value",
                "financial",
            ),
        ],
    },
    Case {
        name: "en consultancy ToR",
        text: "Terms of Reference: Evaluation of a Youth Employment Programme\n\n1. Background\n\nThe programme has trained 4,000 young people in six districts since 2022.\n\n2. Qualifications of the consultant\n\nThe lead consultant must hold a master's degree in economics or a related field.\nThe consultant must have at least seven years of experience in labour market studies.\nCVs of all proposed team members must be attached to the proposal.\n\n3. Reporting and deliverables\n\nThe consultant shall submit an inception report within two weeks of signing the contract.\nThe consultant will report to the programme manager every fortnight.\nA final report of no more than forty pages must be delivered by the end of the assignment.\n\n4. Award criteria\n\nThe technical proposal must demonstrate a clear understanding of these terms of reference to score above 70 points.\n\n5. Contract terms\n\nThe consultant shall hold professional liability insurance for the duration of the contract.\nAll data collected under the assignment must remain confidential.\nThe consultant must not subcontract any part of the assignment without written approval.\n",
        rows: &[
            (
                "master's degree in economics or a related field",
                "eligibility",
            ),
            (
                "seven years of experience in labour market studies",
                "eligibility",
            ),
            (
                "CVs of all proposed team members must be attached",
                "eligibility",
            ),
            ("submit an inception report within two weeks", "management"),
            (
                "will report to the programme manager every fortnight",
                "management",
            ),
            ("final report of no more than forty pages", "management"),
            (
                "demonstrate a clear understanding of these terms of reference",
                "evaluation",
            ),
            ("professional liability insurance for the duration", "legal"),
            (
                "data collected under the assignment must remain confidential",
                "legal",
            ),
            (
                "must not subcontract any part of the assignment",
                "management",
            ),
        ],
    },
    Case {
        name: "en software RFP",
        text: "Request for Proposals: Case Management System\n\nSection 4 – Functional requirements\n\nThe system shall let caseworkers search records by name, date of birth and case number.\nThe system must send notifications to users when a case is reassigned.\nThe platform must encrypt every payload exchanged with the payroll service.\nThe system shall export reports in PDF and CSV format.\nTerminal sessions must close after fifteen minutes of inactivity.\n\nSection 5 – Proposal submission\n\nProposals must be uploaded to the county's e-procurement portal.\nThe proposal must be written in English.\nThe technical proposal must not exceed 25 pages in 11-point font.\n\nSection 6 – Vendor qualifications\n\nThe vendor must be certified to ISO/IEC 27001.\nThe vendor must have completed at least three similar implementations for public agencies in the last five years.\n\nSection 7 – Insurance and indemnity\n\nThe vendor shall indemnify the County against all claims arising from the vendor's negligence.\nThe vendor shall maintain general liability insurance of at least $1,000,000 per occurrence.\nThe policy must remain in force until final acceptance of the system.\n",
        rows: &[
            (
                "search records by name, date of birth and case number",
                "technical",
            ),
            (
                "send notifications to users when a case is reassigned",
                "technical",
            ),
            (
                "encrypt every payload exchanged with the payroll service",
                "technical",
            ),
            ("export reports in PDF and CSV format", "technical"),
            (
                "Terminal sessions must close after fifteen minutes",
                "technical",
            ),
            (
                "uploaded to the county's e-procurement portal",
                "submission",
            ),
            ("The proposal must be written in English", "format"),
            ("must not exceed 25 pages in 11-point font", "format"),
            ("certified to ISO/IEC 27001", "eligibility"),
            (
                "three similar implementations for public agencies",
                "eligibility",
            ),
            ("indemnify the County against all claims", "legal"),
            (
                "general liability insurance of at least $1,000,000",
                "legal",
            ),
            (
                "policy must remain in force until final acceptance",
                "legal",
            ),
        ],
    },
    Case {
        name: "en event services",
        text: "Request for Proposals: Event Management Services\n\n1. Scope of services\n\nThe contractor shall organise the annual awards ceremony for up to 300 guests.\nThe contractor must provide catering, sound equipment and stage lighting.\nThe campaign material must raise awareness of the ceremony among local employers.\nThe prime contractor shall coordinate all subcontractors on the day of the event.\n\n2. Pre-proposal meeting\n\nAll bidders must attend the site visit at the venue on 3 March 2027.\nBidders must register for the site visit by e-mail.\n\n3. Evaluation of proposals\n\nShortlisted bidders must give a presentation to the evaluation panel.\n\n4. Pricing\n\nBidders must break down their fee per guest and per service.\n",
        rows: &[
            ("organise the annual awards ceremony", "technical"),
            ("catering, sound equipment and stage lighting", "technical"),
            (
                "raise awareness of the ceremony among local employers",
                "technical",
            ),
            (
                "coordinate all subcontractors on the day of the event",
                "management",
            ),
            ("attend the site visit at the venue", "administrative"),
            ("register for the site visit by e-mail", "administrative"),
            ("give a presentation to the evaluation panel", "evaluation"),
            ("break down their fee per guest", "financial"),
        ],
    },
    Case {
        name: "en grant call, headings decide",
        text: "Call for Proposals: Community Arts Grants 2027\n\n1. Who can apply\n\nApplicants must be based in the county and active for at least two years.\n\n2. Budget\n\nThe budget must show all sources of income and expenditure.\nCosts must be itemised per activity.\n\n3. How to apply\n\nApplications must be sent through the online form by 30 June 2027.\nApplications must not exceed ten pages, including annexes.\n\n4. Reporting\n\nGrantees must send a short narrative report within two months of the project's end.\n",
        rows: &[
            (
                "based in the county and active for at least two years",
                "eligibility",
            ),
            ("show all sources of income and expenditure", "financial"),
            ("Costs must be itemised per activity", "financial"),
            ("sent through the online form", "submission"),
            ("must not exceed ten pages, including annexes", "format"),
            ("short narrative report within two months", "management"),
        ],
    },
    // --- French ---
    Case {
        name: "fr fournitures",
        text: "Cahier des charges : fourniture de tenues de travail\n\nArticle 1 – Spécifications techniques\n\nLes vestes doivent être disponibles en tailles S à XXL.\nLe tissu doit être composé d'au moins 65 % de coton.\nChaque veste doit porter le logo brodé de la commune, de couleur bleu marine.\nLes fermetures éclair doivent être garanties deux ans.\n\nArticle 2 – Présentation des offres\n\nL'offre doit être rédigée en langue française.\nLes offres doivent être remises sous pli cacheté portant la mention « Ne pas ouvrir ».\nLes offres doivent être déposées sur la plateforme de dématérialisation avant le 12 juin 2027 à 12 heures.\n\nArticle 3 – Prix et paiement\n\nLes prix doivent être indiqués en euros hors taxes et toutes taxes comprises.\nLe titulaire doit joindre une facture à chaque livraison.\n\nArticle 4 – Capacités du candidat\n\nLe candidat doit justifier d'au moins trois marchés similaires au cours des trois dernières années.\nLe candidat doit fournir les certificats de qualification professionnelle de ses ateliers.\n",
        rows: &[
            ("disponibles en tailles S à XXL", "technical"),
            ("composé d'au moins 65 % de coton", "technical"),
            (
                "logo brodé de la commune, de couleur bleu marine",
                "technical",
            ),
            (
                "fermetures éclair doivent être garanties deux ans",
                "technical",
            ),
            ("rédigée en langue française", "format"),
            ("remises sous pli cacheté", "format"),
            (
                "déposées sur la plateforme de dématérialisation",
                "submission",
            ),
            ("indiqués en euros hors taxes", "financial"),
            ("joindre une facture à chaque livraison", "financial"),
            (
                "trois marchés similaires au cours des trois dernières années",
                "eligibility",
            ),
            (
                "certificats de qualification professionnelle",
                "eligibility",
            ),
        ],
    },
    Case {
        name: "fr prestation intellectuelle",
        text: "Termes de référence : accompagnement à la transformation numérique\n\n1. Contexte\n\nLa communauté de communes regroupe douze villages et emploie quatre-vingts agents.\n\n2. Missions du prestataire\n\nLe prestataire doit assurer la formation des agents à l'utilisation de l'outil.\nLe prestataire doit animer un comité de pilotage chaque trimestre.\nLe prestataire s'engage à remettre un rapport d'avancement mensuel.\n\n3. Équipe proposée\n\nLe chef de projet doit justifier d'une expérience d'au moins dix ans.\nLes CV des experts proposés doivent être joints à l'offre.\n\n4. Clauses contractuelles\n\nLe titulaire doit souscrire une assurance responsabilité civile professionnelle.\nLe titulaire doit respecter le secret professionnel pour toutes les informations recueillies.\n\n5. Critères d'attribution\n\nL'offre technique doit présenter une méthodologie détaillée, notée sur 60 points.\nLes candidats admissibles doivent présenter leur offre oralement devant la commission d'évaluation.\n\n6. Questions\n\nLes questions doivent être adressées par écrit au plus tard dix jours avant la date limite.\n",
        rows: &[
            ("assurer la formation des agents", "technical"),
            (
                "animer un comité de pilotage chaque trimestre",
                "management",
            ),
            ("remettre un rapport d'avancement mensuel", "management"),
            ("expérience d'au moins dix ans", "eligibility"),
            ("CV des experts proposés doivent être joints", "eligibility"),
            ("assurance responsabilité civile professionnelle", "legal"),
            ("respecter le secret professionnel", "legal"),
            ("méthodologie détaillée, notée sur 60 points", "evaluation"),
            ("oralement devant la commission d'évaluation", "evaluation"),
            (
                "adressées par écrit au plus tard dix jours",
                "administrative",
            ),
        ],
    },
    Case {
        name: "fr logiciel",
        text: "Cahier des clauses techniques particulières : plateforme de réservation des salles\n\n3. Exigences fonctionnelles\n\nLa plateforme doit permettre la réservation d'une salle en moins de trois clics.\nL'application doit afficher les disponibilités sous forme de calendrier.\nLes droits d'accès doivent être paramétrables par profil d'utilisateur.\nLa solution doit proposer un export des données au format CSV.\n\n4. Pilotage du projet\n\nLe titulaire doit désigner un chef de projet unique pendant toute la durée du marché.\nLe titulaire doit tenir une réunion de suivi toutes les deux semaines.\n",
        rows: &[
            (
                "réservation d'une salle en moins de trois clics",
                "technical",
            ),
            ("disponibilités sous forme de calendrier", "technical"),
            ("droits d'accès doivent être paramétrables", "technical"),
            ("export des données au format CSV", "technical"),
            ("désigner un chef de projet unique", "management"),
            ("réunion de suivi toutes les deux semaines", "management"),
        ],
    },
    // --- Spanish ---
    Case {
        name: "es suministro",
        text: "Pliego de prescripciones técnicas: suministro de bancos y papeleras para parques\n\n1. Características técnicas\n\nLos bancos deberán fabricarse en madera tratada y acero galvanizado.\nLas papeleras deberán tener una capacidad mínima de 50 litros.\nEl color de la estructura deberá ser verde oscuro.\n\n2. Presentación de ofertas\n\nLas ofertas deberán presentarse en la sede electrónica antes del 3 de julio de 2027.\nLa oferta deberá redactarse en castellano.\nLos licitadores deberán presentar la documentación en tres sobres cerrados y firmados.\n\n3. Solvencia\n\nLos licitadores deberán acreditar un volumen anual de negocios de al menos 200.000 euros.\nEl licitador deberá contar con la certificación ISO 9001 vigente.\n\n4. Garantías y pago\n\nEl adjudicatario deberá constituir una garantía definitiva del 5 % del importe de adjudicación.\nEl adjudicatario deberá emitir factura electrónica por cada entrega.\n\n5. Obligaciones del contratista\n\nEl contratista deberá cumplir la normativa vigente en materia de prevención de riesgos laborales.\nEl contratista será responsable de los daños que cause a terceros durante la ejecución.\nEl contratista deberá designar un responsable del contrato como interlocutor único.\n",
        rows: &[
            (
                "fabricarse en madera tratada y acero galvanizado",
                "technical",
            ),
            ("capacidad mínima de 50 litros", "technical"),
            (
                "color de la estructura deberá ser verde oscuro",
                "technical",
            ),
            ("presentarse en la sede electrónica", "submission"),
            ("La oferta deberá redactarse en castellano", "format"),
            ("tres sobres cerrados y firmados", "format"),
            (
                "volumen anual de negocios de al menos 200.000 euros",
                "eligibility",
            ),
            ("certificación ISO 9001 vigente", "eligibility"),
            ("garantía definitiva del 5 %", "financial"),
            ("emitir factura electrónica por cada entrega", "financial"),
            ("prevención de riesgos laborales", "legal"),
            ("responsable de los daños que cause a terceros", "legal"),
            (
                "responsable del contrato como interlocutor único",
                "management",
            ),
        ],
    },
    Case {
        name: "es servicios",
        text: "Pliego de cláusulas: servicio de mantenimiento de jardines\n\n1. Objeto del servicio\n\nEl contratista deberá realizar la poda de los árboles dos veces al año.\nEl contratista deberá retirar los restos vegetales el mismo día.\n\n2. Criterios de adjudicación\n\nLa memoria técnica deberá describir el plan de trabajo con un calendario detallado.\n\n3. Consultas y visita\n\nLas consultas deberán formularse por correo electrónico hasta cinco días antes del plazo.\nLos licitadores deberán asistir a la visita obligatoria a las instalaciones.\n\n4. Personal\n\nEl encargado del servicio deberá acreditar una experiencia mínima de cinco años en jardinería.\nEl contratista deberá entregar un informe mensual de los trabajos realizados.\n",
        rows: &[
            ("poda de los árboles dos veces al año", "technical"),
            ("retirar los restos vegetales el mismo día", "technical"),
            (
                "describir el plan de trabajo con un calendario detallado",
                "evaluation",
            ),
            ("formularse por correo electrónico", "administrative"),
            ("asistir a la visita obligatoria", "administrative"),
            (
                "experiencia mínima de cinco años en jardinería",
                "eligibility",
            ),
            ("informe mensual de los trabajos realizados", "management"),
        ],
    },
    Case {
        name: "es lotes, the lot's heading decides",
        text: "Pliego de prescripciones técnicas: suministro de mobiliario escolar\n\nLote 2: Sillas apilables\n\nCada silla deberá soportar una carga de 120 kg.\nLas patas deberán llevar tacos de goma antideslizantes.\n\nLote 3: Pizarras blancas\n\nCada pizarra deberá medir 120 por 240 cm y llevar bandeja para rotuladores.\n",
        rows: &[
            ("soportar una carga de 120 kg", "technical"),
            ("tacos de goma antideslizantes", "technical"),
            ("medir 120 por 240 cm", "technical"),
        ],
    },
    // --- Portuguese ---
    Case {
        name: "pt aplicativo",
        text: "Termo de referência: contratação de serviços de desenvolvimento de aplicativo\n\n1. Requisitos funcionais\n\nO aplicativo deverá permitir o agendamento de consultas pelo celular.\nO sistema deverá enviar lembretes por mensagem de texto aos usuários.\nO sistema deverá gerar relatórios em formato PDF.\n\n2. Qualificação técnica\n\nA empresa deverá comprovar experiência mínima de três anos em desenvolvimento de aplicativos.\nO coordenador do projeto deverá possuir certificação PMP.\n\n3. Apresentação da proposta\n\nA proposta deverá ser enviada pelo portal de compras até 20 de agosto de 2027.\nA proposta deverá ser redigida em língua portuguesa, sem rasuras.\n\n4. Preços e pagamento\n\nOs preços deverão ser cotados em reais, incluindo todos os impostos.\nA contratada deverá apresentar garantia de execução de 5 % do valor do contrato.\n\n5. Obrigações da contratada\n\nA contratada deverá manter sigilo sobre os dados dos pacientes.\nA contratada será responsável por danos causados a terceiros.\nA contratada deverá apresentar relatório mensal de atividades ao gestor do contrato.\nA contratada não poderá subcontratar o objeto sem autorização prévia.\n\n6. Esclarecimentos\n\nOs pedidos de esclarecimento deverão ser enviados por e-mail até cinco dias úteis antes da abertura.\n",
        rows: &[
            ("agendamento de consultas pelo celular", "technical"),
            ("enviar lembretes por mensagem de texto", "technical"),
            ("gerar relatórios em formato PDF", "technical"),
            (
                "experiência mínima de três anos em desenvolvimento",
                "eligibility",
            ),
            ("deverá possuir certificação PMP", "eligibility"),
            ("enviada pelo portal de compras", "submission"),
            ("redigida em língua portuguesa, sem rasuras", "format"),
            ("cotados em reais, incluindo todos os impostos", "financial"),
            (
                "garantia de execução de 5 % do valor do contrato",
                "financial",
            ),
            ("manter sigilo sobre os dados dos pacientes", "legal"),
            ("responsável por danos causados a terceiros", "legal"),
            (
                "relatório mensal de atividades ao gestor do contrato",
                "management",
            ),
            ("não poderá subcontratar o objeto", "management"),
            (
                "pedidos de esclarecimento deverão ser enviados",
                "administrative",
            ),
        ],
    },
    Case {
        name: "pt uniformes",
        text: "Edital de pregão: aquisição de uniformes escolares\n\n1. Especificações técnicas\n\nAs camisetas deverão ser confeccionadas em malha 100 % algodão.\nAs camisetas deverão estar disponíveis nos tamanhos P, M, G e GG.\nCada peça deverá ter garantia de doze meses contra defeitos de fabricação.\n\n2. Habilitação\n\nO licitante deverá apresentar atestado de capacidade técnica emitido por órgão público.\nO licitante deverá comprovar regularidade fiscal perante a Fazenda Nacional.\n\n3. Entrega das propostas\n\nAs propostas deverão ser entregues em envelope lacrado e rubricado.\nO adjudicatário deverá entregar os uniformes em até trinta dias após a assinatura do contrato.\n",
        rows: &[
            ("confeccionadas em malha 100 % algodão", "technical"),
            ("tamanhos P, M, G e GG", "technical"),
            ("garantia de doze meses contra defeitos", "technical"),
            (
                "atestado de capacidade técnica emitido por órgão público",
                "eligibility",
            ),
            (
                "regularidade fiscal perante a Fazenda Nacional",
                "eligibility",
            ),
            ("entregues em envelope lacrado e rubricado", "format"),
            ("entregar os uniformes em até trinta dias", "technical"),
        ],
    },
    // --- Italian ---
    Case {
        name: "it fornitura",
        text: "Capitolato tecnico: fornitura di arredi per biblioteca\n\n1. Specifiche tecniche\n\nGli scaffali devono essere realizzati in legno di faggio e avere un'altezza di 200 cm.\nI tavoli devono essere disponibili nei colori bianco e rovere.\n\n2. Modalità di presentazione dell'offerta\n\nL'offerta deve essere caricata sulla piattaforma telematica entro le ore 12:00 del 10 settembre 2027.\nL'offerta deve essere redatta in lingua italiana.\nLa documentazione deve essere contenuta in una busta chiusa e sigillata.\n\n3. Requisiti di partecipazione\n\nIl concorrente deve essere iscritto alla Camera di commercio per attività coerenti con l'oggetto.\nIl concorrente deve aver eseguito nell'ultimo triennio forniture analoghe per almeno 100.000 euro.\n\n4. Garanzie e pagamenti\n\nL'offerta deve essere corredata da una garanzia provvisoria pari al 2 % del prezzo base.\nL'aggiudicatario deve emettere fattura elettronica entro trenta giorni dalla consegna.\n\n5. Obblighi contrattuali\n\nL'appaltatore deve stipulare una polizza assicurativa per la responsabilità civile verso terzi.\nL'appaltatore deve rispettare i contratti collettivi nazionali di lavoro.\nL'appaltatore deve nominare un referente per la gestione del contratto.\n\n6. Criteri di aggiudicazione\n\nL'offerta tecnica deve descrivere le modalità di montaggio, valutate fino a 30 punti.\n\n7. Chiarimenti\n\nLe richieste di chiarimento devono pervenire almeno sei giorni prima della scadenza.\n",
        rows: &[
            ("realizzati in legno di faggio", "technical"),
            ("disponibili nei colori bianco e rovere", "technical"),
            ("caricata sulla piattaforma telematica", "submission"),
            ("redatta in lingua italiana", "format"),
            ("busta chiusa e sigillata", "format"),
            ("iscritto alla Camera di commercio", "eligibility"),
            ("forniture analoghe per almeno 100.000 euro", "eligibility"),
            ("garanzia provvisoria pari al 2 %", "financial"),
            (
                "emettere fattura elettronica entro trenta giorni",
                "financial",
            ),
            ("polizza assicurativa per la responsabilità civile", "legal"),
            ("contratti collettivi nazionali di lavoro", "legal"),
            (
                "nominare un referente per la gestione del contratto",
                "management",
            ),
            (
                "modalità di montaggio, valutate fino a 30 punti",
                "evaluation",
            ),
            (
                "richieste di chiarimento devono pervenire",
                "administrative",
            ),
        ],
    },
    Case {
        name: "it servizi",
        text: "Avviso pubblico: servizio di comunicazione istituzionale\n\n1. Attività richieste\n\nL'affidatario deve realizzare una campagna di sensibilizzazione sui social network.\nL'affidatario deve produrre dieci brevi video sottotitolati in due lingue.\n\n2. Gruppo di lavoro\n\nIl responsabile del gruppo di lavoro deve avere almeno cinque anni di esperienza nella comunicazione pubblica.\nI curricula dei componenti del gruppo devono essere allegati all'offerta tecnica.\n\n3. Rendicontazione\n\nL'affidatario deve trasmettere una relazione trimestrale sulle attività svolte.\n",
        rows: &[
            (
                "campagna di sensibilizzazione sui social network",
                "technical",
            ),
            ("dieci brevi video sottotitolati in due lingue", "technical"),
            (
                "almeno cinque anni di esperienza nella comunicazione pubblica",
                "eligibility",
            ),
            ("curricula dei componenti del gruppo", "eligibility"),
            ("relazione trimestrale sulle attività svolte", "management"),
        ],
    },
    // --- German ---
    Case {
        name: "de Lieferung",
        text: "Leistungsbeschreibung: Lieferung von Parkbänken\n\n1. Technische Anforderungen\n\nDie Sitzfläche jeder Bank muss aus Eichenholz gefertigt sein und eine Höhe von 45 cm haben.\nDie Metallteile müssen feuerverzinkt und anthrazitfarben beschichtet sein.\nDie Gewährleistung für jede Bank muss fünf Jahre betragen.\n\n2. Form der Angebote\n\nDas Angebot ist in deutscher Sprache abzufassen.\nDas Angebot muss über die Vergabeplattform elektronisch eingereicht werden.\n\n3. Eignung\n\nDer Bieter muss mindestens drei vergleichbare Lieferungen in den letzten drei Jahren nachweisen.\nDer Bieter muss eine Zertifizierung nach ISO 14001 vorlegen.\n\n4. Preise und Zahlung\n\nDie Preise sind als Nettopreise zuzüglich Umsatzsteuer anzugeben.\nDer Auftragnehmer muss für jede Teillieferung eine prüffähige Rechnung stellen.\n\n5. Vertragsbedingungen\n\nDer Auftragnehmer muss eine Betriebshaftpflichtversicherung nachweisen.\nDer Auftragnehmer muss die Vorschriften zum Mindestlohn einhalten.\nDer Auftragnehmer muss einen Ansprechpartner für die Projektleitung benennen.\n\n6. Zuschlagskriterien\n\nDas Angebot muss ein Konzept zur Montage enthalten, das mit bis zu 30 Punkten bewertet wird.\n\n7. Bieterfragen\n\nFragen zu den Vergabeunterlagen müssen bis zum 5. Oktober 2027 schriftlich gestellt werden.\n",
        rows: &[
            ("aus Eichenholz gefertigt sein", "technical"),
            ("feuerverzinkt und anthrazitfarben beschichtet", "technical"),
            (
                "Gewährleistung für jede Bank muss fünf Jahre betragen",
                "technical",
            ),
            ("in deutscher Sprache abzufassen", "format"),
            (
                "über die Vergabeplattform elektronisch eingereicht",
                "submission",
            ),
            (
                "drei vergleichbare Lieferungen in den letzten drei Jahren",
                "eligibility",
            ),
            ("Zertifizierung nach ISO 14001", "eligibility"),
            ("Nettopreise zuzüglich Umsatzsteuer", "financial"),
            ("prüffähige Rechnung stellen", "financial"),
            ("Betriebshaftpflichtversicherung nachweisen", "legal"),
            ("Vorschriften zum Mindestlohn einhalten", "legal"),
            (
                "Ansprechpartner für die Projektleitung benennen",
                "management",
            ),
            ("Konzept zur Montage enthalten", "evaluation"),
            ("schriftlich gestellt werden", "administrative"),
        ],
    },
    Case {
        name: "de Website",
        text: "Leistungsbeschreibung: Relaunch der Website eines Museums\n\n2. Funktionale Anforderungen\n\nDie Website muss eine Volltextsuche über alle Inhalte bieten.\nDas Redaktionssystem muss Rollen und Rechte für Redakteure verwalten.\nDie Website muss Formate wie Video und Audio einbinden können.\nDer Auftragnehmer muss die Redakteure in einer eintägigen Schulung einweisen.\n\n3. Projektorganisation\n\nDer Auftragnehmer muss monatlich einen Statusbericht an die Projektleitung senden.\nDer Auftragnehmer muss an einem wöchentlichen Abstimmungstermin teilnehmen.\n\n4. Angebotsinhalt\n\nDem Angebot sind Referenzen über drei vergleichbare Websites beizufügen.\nDie Lebensläufe des vorgesehenen Projektteams sind beizufügen.\n",
        rows: &[
            ("Volltextsuche über alle Inhalte", "technical"),
            ("Rollen und Rechte für Redakteure", "technical"),
            ("Formate wie Video und Audio", "technical"),
            ("in einer eintägigen Schulung einweisen", "technical"),
            ("monatlich einen Statusbericht", "management"),
            ("wöchentlichen Abstimmungstermin teilnehmen", "management"),
            ("Referenzen über drei vergleichbare Websites", "eligibility"),
            ("Lebensläufe des vorgesehenen Projektteams", "eligibility"),
        ],
    },
];

/// The checks the engine fails today ("case | fragment | want"), sorted.
const KNOWN_MISSES: &[&str] = &[
    "de Lieferung | Ansprechpartner für die Projektleitung benennen | management",
    "de Website | Lebensläufe des vorgesehenen Projektteams | eligibility",
    "de Website | Referenzen über drei vergleichbare Websites | eligibility",
    "en consultancy ToR | must not subcontract any part of the assignment | management",
    "fr prestation intellectuelle | assurer la formation des agents | technical",
    "it fornitura | nominare un referente per la gestione del contratto | management",
    "it servizi | curricula dei componenti del gruppo | eligibility",
    "pt uniformes | entregar os uniformes em até trinta dias | technical",
];

#[test]
fn the_category_probe_fails_only_its_known_misses() {
    assert_known_misses(
        "category probe",
        CASES,
        category_failures,
        |c| c.name.to_owned(),
        KNOWN_MISSES,
    );
}
