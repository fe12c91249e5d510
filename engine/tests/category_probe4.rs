//! A fourth probe of the compliance matrix's category (issue 31), written before the
//! engine's category code or the lexicons' category tables were read, from the places
//! where two blind judges found the engine's category wrong
//! (`eval/category-sample-2026-12-07.md`): six small documents of our own, one genre
//! each (software quote, training contract, school furniture supply, health
//! consultancy, a grant call, network operation), in English, French, Spanish,
//! Portuguese, Italian and German, 108 statements in all, each with the ONE category a
//! bid manager would file it under. The rules, decided before the first run:
//!
//! - **financial**: money the bidder quotes, is paid or bears: prices and what they
//!   include, costs borne, fees, invoices and what goes with them, co-financing,
//!   eligible expenses, guarantees in money; even when the words around are technical
//!   (hosting fees, licence costs, spare parts);
//! - **submission**: when, where and how the offer or application is handed in, how
//!   many, and what it must contain or have attached (a list under "must include" is
//!   submission item by item, even a work plan or a price schedule);
//! - **format**: layout, language, page or character limits, file types and sizes,
//!   envelopes and copies;
//! - **eligibility**: who may bid or apply and the conditions a bidder or its staff
//!   must meet (experience, references, qualifications, clearances, being registered
//!   in a trade register, being in order with social contributions);
//! - **evaluation**: how offers are scored, thresholds, rejection in the scoring,
//!   hearings of the evaluation committee;
//! - **legal**: law, liability, insurance, confidentiality, ownership of data, data
//!   processing agreements, labour and state-aid rules;
//! - **management**: schedule and deadlines of the WORK (delivery periods, duration,
//!   start, completion), the team and its contact person, governance, reporting and
//!   meetings;
//! - **administrative**: formalities of the procedure that are neither content nor
//!   proof: filling in and signing prescribed forms and declarations, registering on
//!   a portal or obtaining access, questions and clarifications;
//! - **technical**: what the work, system or deliverable must be or do, including its
//!   service levels and the file format of a deliverable.
//!
//! Traps put in on purpose: cost and payment statements full of technical words,
//! schedule statements under the scope of work, statements whose heading is of
//! another topic ("submit" under who may bid, "presentazione della domanda" in an
//! expense rule, "cronograma" in what the proposal must include, "formato" in the work
//! itself), list items with no cue word (the lead-in decides), and statements with no
//! category word at all, where the heading should decide.
//!
//! First score, before any change: **69/108** (64 %). Per language: en 13/20, fr
//! 13/19, es 9/17, pt 12/18, it 9/17, de 13/17. Per wanted category: technical 11/14,
//! financial 9/17, management 11/16, submission 13/15, format 5/7, administrative 1/9,
//! eligibility 7/14, evaluation 4/6, legal 8/10. Four statements were no row at all
//! (a permission "may submit", "solo podrá", two statements without a modal: "sont
//! fermes", "est tenu au secret"). The most frequent confusions (want -> got):
//! administrative -> submission 6, financial -> technical 5, eligibility -> technical
//! 5, management -> legal 3, management -> technical 2, administrative -> format 2,
//! technical -> eligibility 2.
//!
//! `KNOWN_MISSES` holds the checks the engine fails today, and the test asserts it
//! equals the failures, so a fix or a loss both show.

mod probe;

use probe::{CategoryCase as Case, assert_known_misses, category_failures};

const CASES: &[Case] = &[
    Case {
        name: "en software",
        text: "Request for Quotation: Case Management Software\n\n1. Scope of work\n\nThe system shall:\n- allow caseworkers to search records by name, date of birth or case number\n- export monthly statistics to spreadsheet files\n- keep an audit log of every change made by an administrator\n\nThe hosting fees for the production servers shall be borne by the contractor.\nThe contractor shall deliver the first working release within twelve weeks of contract signature.\nThe licence cost must cover an unlimited number of database users.\n\n2. Project organisation\n\nThe contractor shall name a project manager who will remain in post until final acceptance.\nA steering committee with the client's sponsor shall meet every two months to review progress.\n\n3. Instructions for submitting quotes\n\nQuotes must reach the procurement office no later than 2 March at noon.\nThe technical part of the quote shall not exceed twenty pages in 11-point font.\nEach quote must include:\n- the company's legal name and address\n- a work plan with milestones for each release\n- a completed price schedule\n\nQuoters must register in the state supplier portal before the closing date.\n\n4. Who may submit a quote\n\nOnly firms with at least five years in business may submit a quote.\nThe lead developer must hold a current security clearance.\n\n5. Evaluation of quotes\n\nQuotes that fail any mandatory requirement shall be rejected without further scoring.\n\n6. Contract terms\n\nThe contractor shall maintain professional liability insurance of at least USD 1 million.\nAll case data processed under the contract shall be kept confidential.\nInvoices for maintenance must be sent quarterly in arrears, with the hours worked.\n\n",
        rows: &[
            (
                "allow caseworkers to search records by name, date of birth or case number",
                "technical",
            ),
            (
                "export monthly statistics to spreadsheet files",
                "technical",
            ),
            (
                "keep an audit log of every change made by an administrator",
                "technical",
            ),
            (
                "the hosting fees for the production servers shall be borne by the contractor",
                "financial",
            ),
            (
                "the contractor shall deliver the first working release within twelve weeks of contract signature",
                "management",
            ),
            (
                "the licence cost must cover an unlimited number of database users",
                "financial",
            ),
            (
                "the contractor shall name a project manager who will remain in post until final acceptance",
                "management",
            ),
            (
                "a steering committee with the client's sponsor shall meet every two months to review progress",
                "management",
            ),
            (
                "quotes must reach the procurement office no later than 2 march at noon",
                "submission",
            ),
            (
                "the technical part of the quote shall not exceed twenty pages in 11-point font",
                "format",
            ),
            ("the company's legal name and address", "submission"),
            ("a work plan with milestones for each release", "submission"),
            ("a completed price schedule", "submission"),
            (
                "quoters must register in the state supplier portal before the closing date",
                "administrative",
            ),
            (
                "only firms with at least five years in business may submit a quote",
                "eligibility",
            ),
            (
                "the lead developer must hold a current security clearance",
                "eligibility",
            ),
            (
                "quotes that fail any mandatory requirement shall be rejected without further scoring",
                "evaluation",
            ),
            (
                "the contractor shall maintain professional liability insurance of at least usd 1 million",
                "legal",
            ),
            (
                "all case data processed under the contract shall be kept confidential",
                "legal",
            ),
            (
                "invoices for maintenance must be sent quarterly in arrears, with the hours worked",
                "financial",
            ),
        ],
    },
    Case {
        name: "fr formation",
        text: "Consultation : formation des agents à la bureautique\n\nArticle 1 - Contenu des prestations\n\nLe prestataire doit assurer vingt sessions de formation de deux jours sur le tableur et le traitement de texte.\nChaque session doit comporter des exercices pratiques sur poste individuel.\nLes frais de déplacement et d'hébergement des formateurs sont à la charge du prestataire.\nLes supports de cours doivent être remis aux stagiaires au format PDF.\n\nArticle 2 - Organisation et calendrier\n\nLes sessions doivent se dérouler entre le 1er mars et le 30 juin.\nLe prestataire doit désigner un coordonnateur pédagogique, interlocuteur unique de l'administration.\nUn bilan écrit doit être transmis au service des ressources humaines à l'issue de chaque session.\n\nArticle 3 - Prix et règlement\n\nLes prix sont fermes et non révisables pendant toute la durée du marché.\nLe titulaire doit joindre à chaque facture la feuille d'émargement des stagiaires.\n\nArticle 4 - Conditions de participation\n\nLes candidats doivent justifier d'au moins trois références de formation similaires au cours des trois dernières années.\nLes formateurs proposés doivent posséder une expérience d'au moins cinq ans en formation d'adultes.\n\nArticle 5 - Présentation et remise des offres\n\nLes offres doivent être déposées sur la plateforme de dématérialisation avant le 15 janvier à 12 heures.\nLe mémoire technique ne doit pas dépasser quinze pages.\nLes documents doivent être rédigés en langue française.\nL'offre doit contenir le programme détaillé de chaque module.\nLe candidat doit remplir et signer le formulaire de lettre de candidature.\n\nArticle 6 - Jugement des offres\n\nChaque candidat doit présenter sa méthode lors d'une audition de trente minutes devant la commission d'analyse.\n\nArticle 7 - Dispositions contractuelles\n\nLe prestataire est tenu au secret professionnel pour toutes les informations dont il a connaissance.\nLe prestataire doit souscrire une assurance de responsabilité civile professionnelle.\n\n",
        rows: &[
            (
                "le prestataire doit assurer vingt sessions de formation de deux jours sur le tableur et le traitement de texte",
                "technical",
            ),
            (
                "chaque session doit comporter des exercices pratiques sur poste individuel",
                "technical",
            ),
            (
                "les frais de déplacement et d'hébergement des formateurs sont à la charge du prestataire",
                "financial",
            ),
            (
                "les supports de cours doivent être remis aux stagiaires au format pdf",
                "technical",
            ),
            (
                "les sessions doivent se dérouler entre le 1er mars et le 30 juin",
                "management",
            ),
            (
                "le prestataire doit désigner un coordonnateur pédagogique, interlocuteur unique de l'administration",
                "management",
            ),
            (
                "un bilan écrit doit être transmis au service des ressources humaines à l'issue de chaque session",
                "management",
            ),
            (
                "les prix sont fermes et non révisables pendant toute la durée du marché",
                "financial",
            ),
            (
                "le titulaire doit joindre à chaque facture la feuille d'émargement des stagiaires",
                "financial",
            ),
            (
                "les candidats doivent justifier d'au moins trois références de formation similaires au cours des trois dernières années",
                "eligibility",
            ),
            (
                "les formateurs proposés doivent posséder une expérience d'au moins cinq ans en formation d'adultes",
                "eligibility",
            ),
            (
                "les offres doivent être déposées sur la plateforme de dématérialisation avant le 15 janvier à 12 heures",
                "submission",
            ),
            (
                "le mémoire technique ne doit pas dépasser quinze pages",
                "format",
            ),
            (
                "les documents doivent être rédigés en langue française",
                "format",
            ),
            (
                "l'offre doit contenir le programme détaillé de chaque module",
                "submission",
            ),
            (
                "le candidat doit remplir et signer le formulaire de lettre de candidature",
                "administrative",
            ),
            (
                "chaque candidat doit présenter sa méthode lors d'une audition de trente minutes devant la commission d'analyse",
                "evaluation",
            ),
            (
                "le prestataire est tenu au secret professionnel pour toutes les informations dont il a connaissance",
                "legal",
            ),
            (
                "le prestataire doit souscrire une assurance de responsabilité civile professionnelle",
                "legal",
            ),
        ],
    },
    Case {
        name: "es mobiliario",
        text: "Pliego de prescripciones: suministro de mobiliario escolar\n\n1. Objeto y características técnicas\n\nLas mesas deberán tener una superficie de melamina resistente a los arañazos.\nTodas las sillas deberán cumplir la norma europea sobre tallas del mobiliario escolar.\nEl precio ofertado deberá incluir el transporte, el montaje y la retirada de embalajes.\nLos muebles deberán entregarse en un plazo máximo de cuarenta y cinco días naturales desde la firma del contrato.\n\n2. Solvencia técnica\n\nLos licitadores deberán haber ejecutado al menos dos suministros similares en los últimos tres años.\nLos licitadores deberán disponer de un taller propio de montaje en el territorio nacional.\n\n3. Presentación de ofertas\n\nLas proposiciones deberán presentarse a través de la plataforma de contratación antes del día 20 de mayo.\nCada licitador solo podrá presentar una oferta.\nLa documentación deberá presentarse en tres sobres cerrados, firmados y numerados.\nLa oferta deberá incluir fichas técnicas y fotografías de cada modelo.\nLos licitadores deberán cumplimentar la declaración responsable conforme al modelo del anexo I.\n\n4. Criterios de adjudicación\n\nLas ofertas deberán obtener al menos 30 puntos en los criterios técnicos para pasar a la valoración del precio.\n\n5. Condiciones de ejecución\n\nEl adjudicatario será responsable de los daños causados a terceros durante la entrega.\nEl adjudicatario deberá constituir una garantía definitiva del 5 % del importe de adjudicación.\nEl contratista deberá presentar las facturas en formato electrónico a través del punto general de entrada.\nEl adjudicatario deberá cumplir la normativa laboral y de seguridad social respecto de su personal.\nEl adjudicatario deberá designar un responsable de la entrega que coordine los trabajos con cada centro escolar.\n\n",
        rows: &[
            (
                "las mesas deberán tener una superficie de melamina resistente a los arañazos",
                "technical",
            ),
            (
                "todas las sillas deberán cumplir la norma europea sobre tallas del mobiliario escolar",
                "technical",
            ),
            (
                "el precio ofertado deberá incluir el transporte, el montaje y la retirada de embalajes",
                "financial",
            ),
            (
                "los muebles deberán entregarse en un plazo máximo de cuarenta y cinco días naturales desde la firma del contrato",
                "management",
            ),
            (
                "los licitadores deberán haber ejecutado al menos dos suministros similares en los últimos tres años",
                "eligibility",
            ),
            (
                "los licitadores deberán disponer de un taller propio de montaje en el territorio nacional",
                "eligibility",
            ),
            (
                "las proposiciones deberán presentarse a través de la plataforma de contratación antes del día 20 de mayo",
                "submission",
            ),
            (
                "cada licitador solo podrá presentar una oferta",
                "submission",
            ),
            (
                "la documentación deberá presentarse en tres sobres cerrados, firmados y numerados",
                "format",
            ),
            (
                "la oferta deberá incluir fichas técnicas y fotografías de cada modelo",
                "submission",
            ),
            (
                "los licitadores deberán cumplimentar la declaración responsable conforme al modelo del anexo i",
                "administrative",
            ),
            (
                "las ofertas deberán obtener al menos 30 puntos en los criterios técnicos para pasar a la valoración del precio",
                "evaluation",
            ),
            (
                "el adjudicatario será responsable de los daños causados a terceros durante la entrega",
                "legal",
            ),
            (
                "el adjudicatario deberá constituir una garantía definitiva del 5 % del importe de adjudicación",
                "financial",
            ),
            (
                "el contratista deberá presentar las facturas en formato electrónico a través del punto general de entrada",
                "financial",
            ),
            (
                "el adjudicatario deberá cumplir la normativa laboral y de seguridad social respecto de su personal",
                "legal",
            ),
            (
                "el adjudicatario deberá designar un responsable de la entrega que coordine los trabajos con cada centro escolar",
                "management",
            ),
        ],
    },
    Case {
        name: "pt consultoria",
        text: "Termos de referência: consultoria para avaliação de um programa de saúde\n\n1. Âmbito dos serviços\n\nO consultor deverá realizar entrevistas com pelo menos trinta profissionais de saúde.\nOs questionários devem ser aplicados em formato digital nas três províncias.\nAs despesas com viagens às províncias deverão ser suportadas pelo consultor.\n\n2. Duração e calendário\n\nO consultor deverá concluir todos os trabalhos no prazo de quatro meses a contar da assinatura do contrato.\nO relatório inicial deve ser entregue duas semanas após o arranque dos trabalhos.\nO consultor deverá reunir-se quinzenalmente com a equipa de coordenação do ministério.\n\n3. Perfil do consultor\n\nO consultor deve possuir mestrado em saúde pública ou área afim.\nÉ exigida experiência mínima de oito anos em avaliação de programas.\nO consultor deve ter fluência em português e inglês.\n\n4. Remuneração e pagamentos\n\nOs honorários devem incluir todos os impostos aplicáveis.\nO consultor deve apresentar uma fatura com cada relatório aprovado.\n\n5. Apresentação das candidaturas\n\nAs candidaturas devem ser enviadas por correio eletrónico até 10 de abril às 17h00.\nA proposta deve incluir uma nota metodológica e um cronograma de trabalho.\nOs documentos devem ser enviados num único ficheiro PDF com no máximo 10 MB.\nOs candidatos devem preencher e assinar o formulário de declaração de compromisso de honra.\nOs pedidos de esclarecimento devem ser enviados por escrito até cinco dias antes do prazo.\n\n6. Critérios de avaliação\n\nAs propostas técnicas devem obter pelo menos 70 pontos para que a proposta financeira seja aberta.\n\n7. Confidencialidade e propriedade\n\nOs dados recolhidos são propriedade do ministério e não podem ser divulgados sem autorização escrita.\n\n",
        rows: &[
            (
                "o consultor deverá realizar entrevistas com pelo menos trinta profissionais de saúde",
                "technical",
            ),
            (
                "os questionários devem ser aplicados em formato digital nas três províncias",
                "technical",
            ),
            (
                "as despesas com viagens às províncias deverão ser suportadas pelo consultor",
                "financial",
            ),
            (
                "o consultor deverá concluir todos os trabalhos no prazo de quatro meses a contar da assinatura do contrato",
                "management",
            ),
            (
                "o relatório inicial deve ser entregue duas semanas após o arranque dos trabalhos",
                "management",
            ),
            (
                "o consultor deverá reunir-se quinzenalmente com a equipa de coordenação do ministério",
                "management",
            ),
            (
                "o consultor deve possuir mestrado em saúde pública ou área afim",
                "eligibility",
            ),
            (
                "é exigida experiência mínima de oito anos em avaliação de programas",
                "eligibility",
            ),
            (
                "o consultor deve ter fluência em português e inglês",
                "eligibility",
            ),
            (
                "os honorários devem incluir todos os impostos aplicáveis",
                "financial",
            ),
            (
                "o consultor deve apresentar uma fatura com cada relatório aprovado",
                "financial",
            ),
            (
                "as candidaturas devem ser enviadas por correio eletrónico até 10 de abril às 17h00",
                "submission",
            ),
            (
                "a proposta deve incluir uma nota metodológica e um cronograma de trabalho",
                "submission",
            ),
            (
                "os documentos devem ser enviados num único ficheiro pdf com no máximo 10 mb",
                "format",
            ),
            (
                "os candidatos devem preencher e assinar o formulário de declaração de compromisso de honra",
                "administrative",
            ),
            (
                "os pedidos de esclarecimento devem ser enviados por escrito até cinco dias antes do prazo",
                "administrative",
            ),
            (
                "as propostas técnicas devem obter pelo menos 70 pontos para que a proposta financeira seja aberta",
                "evaluation",
            ),
            (
                "os dados recolhidos são propriedade do ministério e não podem ser divulgados sem autorização escrita",
                "legal",
            ),
        ],
    },
    Case {
        name: "it digitalizzazione",
        text: "Avviso pubblico: contributi per la digitalizzazione delle piccole imprese\n\n1. Interventi ammissibili\n\nIl progetto deve prevedere l'adozione di almeno una soluzione di commercio elettronico.\nLe soluzioni adottate devono garantire la conservazione sicura dei dati dei clienti.\n\n2. Soggetti beneficiari\n\nLe imprese richiedenti devono avere sede operativa nel territorio regionale.\nLe imprese devono essere in regola con il versamento dei contributi previdenziali.\nLe imprese devono essere iscritte al registro delle imprese della camera di commercio.\n\n3. Spese ammissibili\n\nLe spese devono essere sostenute dopo la data di presentazione della domanda.\nIl costo delle licenze software deve riferirsi ai primi dodici mesi di utilizzo.\nIl beneficiario deve cofinanziare almeno il 30 % del costo totale del progetto.\n\n4. Modalità di presentazione della domanda\n\nLa domanda deve essere presentata esclusivamente tramite la piattaforma telematica regionale entro il 30 settembre.\nIl richiedente deve registrarsi sulla piattaforma e ottenere le credenziali di accesso.\nLa domanda deve essere firmata digitalmente dal legale rappresentante.\nAlla domanda deve essere allegato il piano di progetto con il cronoprogramma delle attività.\nLa descrizione del progetto non deve superare le 5.000 battute.\n\n5. Valutazione\n\nLe domande devono raggiungere il punteggio minimo di 60 punti per essere ammesse in graduatoria.\n\n6. Obblighi del beneficiario\n\nIl beneficiario deve concludere il progetto entro dodici mesi dalla concessione del contributo.\nIl beneficiario deve trasmettere una relazione finale sulle attività svolte.\nIl beneficiario deve rispettare la normativa sugli aiuti di Stato.\n\n",
        rows: &[
            (
                "il progetto deve prevedere l'adozione di almeno una soluzione di commercio elettronico",
                "technical",
            ),
            (
                "le soluzioni adottate devono garantire la conservazione sicura dei dati dei clienti",
                "technical",
            ),
            (
                "le imprese richiedenti devono avere sede operativa nel territorio regionale",
                "eligibility",
            ),
            (
                "le imprese devono essere in regola con il versamento dei contributi previdenziali",
                "eligibility",
            ),
            (
                "le imprese devono essere iscritte al registro delle imprese della camera di commercio",
                "eligibility",
            ),
            (
                "le spese devono essere sostenute dopo la data di presentazione della domanda",
                "financial",
            ),
            (
                "il costo delle licenze software deve riferirsi ai primi dodici mesi di utilizzo",
                "financial",
            ),
            (
                "il beneficiario deve cofinanziare almeno il 30 % del costo totale del progetto",
                "financial",
            ),
            (
                "la domanda deve essere presentata esclusivamente tramite la piattaforma telematica regionale entro il 30 settembre",
                "submission",
            ),
            (
                "il richiedente deve registrarsi sulla piattaforma e ottenere le credenziali di accesso",
                "administrative",
            ),
            (
                "la domanda deve essere firmata digitalmente dal legale rappresentante",
                "administrative",
            ),
            (
                "alla domanda deve essere allegato il piano di progetto con il cronoprogramma delle attività",
                "submission",
            ),
            (
                "la descrizione del progetto non deve superare le 5.000 battute",
                "format",
            ),
            (
                "le domande devono raggiungere il punteggio minimo di 60 punti per essere ammesse in graduatoria",
                "evaluation",
            ),
            (
                "il beneficiario deve concludere il progetto entro dodici mesi dalla concessione del contributo",
                "management",
            ),
            (
                "il beneficiario deve trasmettere una relazione finale sulle attività svolte",
                "management",
            ),
            (
                "il beneficiario deve rispettare la normativa sugli aiuti di stato",
                "legal",
            ),
        ],
    },
    Case {
        name: "de netzwerk",
        text: "Leistungsbeschreibung: Betrieb und Wartung der Netzwerkinfrastruktur\n\n1. Leistungsumfang\n\nDer Auftragnehmer muss alle Switches und Router monatlich auf Sicherheitsupdates prüfen.\nStörungen der Priorität 1 sind innerhalb von vier Stunden zu beheben.\nDie Kosten für Ersatzteile und Lizenzen sind vom Auftragnehmer zu tragen.\n\n2. Projektorganisation und Berichtswesen\n\nDer Auftragnehmer hat einen festen Ansprechpartner mit Vertretung zu benennen.\nDer Auftragnehmer muss quartalsweise einen Bericht über die Verfügbarkeit der Systeme vorlegen.\nDie Leistungen sind ab dem 1. Januar 2027 für eine Laufzeit von drei Jahren zu erbringen.\n\n3. Vergütung\n\nDer Auftragnehmer muss die Pauschale monatlich nachträglich in Rechnung stellen.\n\n4. Eignung\n\nDer Bieter muss mindestens zwei Referenzen über vergleichbare Leistungen aus den letzten drei Jahren nachweisen.\nDas eingesetzte Personal muss über eine gültige Zertifizierung des Herstellers verfügen.\n\n5. Angebotsabgabe\n\nAngebote sind bis zum 12. Februar 2027, 10:00 Uhr, über die Vergabeplattform einzureichen.\nDas Angebot muss in deutscher Sprache abgefasst sein.\nDem Angebot ist ein Betriebskonzept mit Eskalationsstufen beizufügen.\nDas Formblatt zur Eigenerklärung muss vollständig ausgefüllt und unterschrieben werden.\nFragen zu den Vergabeunterlagen sind bis spätestens 5. Februar 2027 schriftlich zu stellen.\n\n6. Wertung der Angebote\n\nAngebote, die die Mindestanforderungen nicht erfüllen, werden von der Wertung ausgeschlossen.\n\n7. Vertragsbedingungen\n\nDer Auftragnehmer haftet für Schäden, die durch eine fahrlässige Fehlkonfiguration entstehen.\nDer Auftragnehmer muss eine Vereinbarung zur Auftragsverarbeitung nach Art. 28 DSGVO abschließen.\n\n",
        rows: &[
            (
                "der auftragnehmer muss alle switches und router monatlich auf sicherheitsupdates prüfen",
                "technical",
            ),
            (
                "störungen der priorität 1 sind innerhalb von vier stunden zu beheben",
                "technical",
            ),
            (
                "die kosten für ersatzteile und lizenzen sind vom auftragnehmer zu tragen",
                "financial",
            ),
            (
                "der auftragnehmer hat einen festen ansprechpartner mit vertretung zu benennen",
                "management",
            ),
            (
                "der auftragnehmer muss quartalsweise einen bericht über die verfügbarkeit der systeme vorlegen",
                "management",
            ),
            (
                "die leistungen sind ab dem 1. januar 2027 für eine laufzeit von drei jahren zu erbringen",
                "management",
            ),
            (
                "der auftragnehmer muss die pauschale monatlich nachträglich in rechnung stellen",
                "financial",
            ),
            (
                "der bieter muss mindestens zwei referenzen über vergleichbare leistungen aus den letzten drei jahren nachweisen",
                "eligibility",
            ),
            (
                "das eingesetzte personal muss über eine gültige zertifizierung des herstellers verfügen",
                "eligibility",
            ),
            (
                "angebote sind bis zum 12. februar 2027, 10:00 uhr, über die vergabeplattform einzureichen",
                "submission",
            ),
            (
                "das angebot muss in deutscher sprache abgefasst sein",
                "format",
            ),
            (
                "dem angebot ist ein betriebskonzept mit eskalationsstufen beizufügen",
                "submission",
            ),
            (
                "das formblatt zur eigenerklärung muss vollständig ausgefüllt und unterschrieben werden",
                "administrative",
            ),
            (
                "fragen zu den vergabeunterlagen sind bis spätestens 5. februar 2027 schriftlich zu stellen",
                "administrative",
            ),
            (
                "angebote, die die mindestanforderungen nicht erfüllen, werden von der wertung ausgeschlossen",
                "evaluation",
            ),
            (
                "der auftragnehmer haftet für schäden, die durch eine fahrlässige fehlkonfiguration entstehen",
                "legal",
            ),
            (
                "der auftragnehmer muss eine vereinbarung zur auftragsverarbeitung nach art. 28 dsgvo abschließen",
                "legal",
            ),
        ],
    },
];

/// The checks the engine fails today: "case | fragment | wanted category". First
/// 69/108; 77/108 with money under a heading of the work staying money (+5), a
/// guarantee measured in time read as a warranty, and the cue families of periods and
/// of the contract's signature as a start of the work's time (+3); 78/108 with the
/// cue family of who may bid ("Who may submit a quote" is eligibility); 80/108 with
/// the cues of who the bidder is (in a register, its seat: the fifth probe's pass).
const KNOWN_MISSES: &[&str] = &[
    "de netzwerk | angebote, die die mindestanforderungen nicht erfüllen, werden von der wertung ausgeschlossen | evaluation",
    "de netzwerk | das formblatt zur eigenerklärung muss vollständig ausgefüllt und unterschrieben werden | administrative",
    "de netzwerk | fragen zu den vergabeunterlagen sind bis spätestens 5. februar 2027 schriftlich zu stellen | administrative",
    "en software | invoices for maintenance must be sent quarterly in arrears, with the hours worked | financial",
    "en software | only firms with at least five years in business may submit a quote | eligibility",
    "en software | quoters must register in the state supplier portal before the closing date | administrative",
    "es mobiliario | cada licitador solo podrá presentar una oferta | submission",
    "es mobiliario | el adjudicatario deberá cumplir la normativa laboral y de seguridad social respecto de su personal | legal",
    "es mobiliario | el contratista deberá presentar las facturas en formato electrónico a través del punto general de entrada | financial",
    "es mobiliario | la oferta deberá incluir fichas técnicas y fotografías de cada modelo | submission",
    "es mobiliario | los licitadores deberán cumplimentar la declaración responsable conforme al modelo del anexo i | administrative",
    "es mobiliario | los licitadores deberán disponer de un taller propio de montaje en el territorio nacional | eligibility",
    "fr formation | chaque candidat doit présenter sa méthode lors d'une audition de trente minutes devant la commission d'analyse | evaluation",
    "fr formation | le candidat doit remplir et signer le formulaire de lettre de candidature | administrative",
    "fr formation | le prestataire doit assurer vingt sessions de formation de deux jours sur le tableur et le traitement de texte | technical",
    "fr formation | le prestataire est tenu au secret professionnel pour toutes les informations dont il a connaissance | legal",
    "fr formation | les prix sont fermes et non révisables pendant toute la durée du marché | financial",
    "it digitalizzazione | il beneficiario deve concludere il progetto entro dodici mesi dalla concessione del contributo | management",
    "it digitalizzazione | il beneficiario deve trasmettere una relazione finale sulle attività svolte | management",
    "it digitalizzazione | il progetto deve prevedere l'adozione di almeno una soluzione di commercio elettronico | technical",
    "it digitalizzazione | il richiedente deve registrarsi sulla piattaforma e ottenere le credenziali di accesso | administrative",
    "it digitalizzazione | la descrizione del progetto non deve superare le 5.000 battute | format",
    "it digitalizzazione | le soluzioni adottate devono garantire la conservazione sicura dei dati dei clienti | technical",
    "pt consultoria | o consultor deve possuir mestrado em saúde pública ou área afim | eligibility",
    "pt consultoria | o consultor deve ter fluência em português e inglês | eligibility",
    "pt consultoria | os candidatos devem preencher e assinar o formulário de declaração de compromisso de honra | administrative",
    "pt consultoria | os documentos devem ser enviados num único ficheiro pdf com no máximo 10 mb | format",
    "pt consultoria | os pedidos de esclarecimento devem ser enviados por escrito até cinco dias antes do prazo | administrative",
];

#[test]
fn the_fourth_category_probe_fails_only_its_known_misses() {
    assert_known_misses(
        "fourth category probe",
        CASES,
        category_failures,
        |c| c.name.to_owned(),
        KNOWN_MISSES,
    );
}
