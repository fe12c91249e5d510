//! A probe of headings read as part of a statement (issue 31, "section"; issue 34,
//! structure from the document's layout), written before the engine's line-joining and
//! heading code was read: small documents of our own in six languages, in the shapes
//! where the eval finds a row's wanted heading opening the row's text:
//!
//! - a labelled run-in heading between dashes ("Tab 2 – Staffing Plan – Each proposal
//!   shall ..."), its title short or a list of annex letters ("Forms B, C, D, E, and G");
//! - a short heading line, no blank line after it, in a page of long wrapped lines,
//!   the next line beginning with a capital (a PDF's bold line); one holding a duty's
//!   word ("Mandatory Disclosure", "Pièces obligatoires"); one of several words, longer
//!   than half the width ("Eligibility of Applicant Organisations and Their Partners");
//!   one ending in a colon, in capitals, or a question ("¿Quién puede ...?");
//! - a numbered line or a bold line right over its text;
//! - a single-numbered clause with a run-in title under a deeper heading ("1. Prices:
//!   The prices must ..." under "4.2 Terms of Supply"), and one without a separator
//!   ("7 Warranty The Supplier shall ...");
//!
//! and lines that are not headings: a sentence with a dashed aside, a wrapped sentence
//! whose line breaks before a proper noun, a paragraph's short last line, a lead-in
//! ending in a colon, a line opening with a count ("3 copies ..."), a sentence's first
//! line over a line opening with a proper adjective.
//!
//! Each check names a row by a fragment of its text and the section it must have (as
//! the eval compares them: one holds the other as whole words), or a heading the row's
//! text must not begin with, or a fragment the row's section must not hold.
//! `KNOWN_MISSES` equals the failures, so a fix or a loss both show.
//! First score: 79/122 checks pass. Helper 59's cases (a heading glued to its statement
//! on one line, and lines that must not be split) brought it to 103/182; the glued
//! heading rule (`requirements/glued.rs`) to 133/182. Its one loss: "§ 3 Leistungszeit
//! Der Auftragnehmer hat … durchzuführen." was a row only while glued to the next
//! paragraph, whose verb binds; alone, "hat … durchzuführen" is not read as a duty.
//! The eleventh pass's cases (a heading numbered by a word, "Article 6 – …", "§ 4
//! Abnahme", "Cláusula 2.ª – …", or a number alone over its title, right over its
//! paragraph with no blank line, in seven languages; and "Article 5 of the …", a
//! sentence) passed 10/20 when written, 20/20 after the rule they led to; a numbered
//! title over its own subclauses ("2) Qualifications" / "2.1 …") 0/20 → 20/20; run-in
//! titles set off by a dash in six languages, in bold or in capitals with a stop
//! ("Warranty – The Supplier shall …", "**Confidentiality** The …", "PAYMENT TERMS.
//! Invoices …") 4/23 → 23/23.

mod probe;

use probe::{assert_known_misses, heading as plain, holds_words, normal, same_section};

struct Case {
    name: &'static str,
    text: &'static str,
    /// (fragment of a row, the row's section; alternatives separated by "|")
    sections: &'static [(&'static str, &'static str)],
    /// (fragment of a row, a heading its text must not begin with)
    not_opening: &'static [(&'static str, &'static str)],
    /// (fragment of a row, what its section must not hold as whole words)
    not_sections: &'static [(&'static str, &'static str)],
}

const NO: &[(&str, &str)] = &[];

const CASES: &[Case] = &[
    // --- labelled run-in headings between dashes ------------------------------------
    Case {
        name: "en tabs with a dashed title before the text",
        text: "Request for Proposal 24-117: Fleet Maintenance Services\n\n5.2 Proposal Format\n\nProposals are to be organised in the tabs listed below, in the order given.\n\nTab 1 – Cover Letter – The cover letter must be signed by a person authorised to bind the firm.\n\nTab 2 – Staffing Plan and Key Personnel – Each proposal shall name the account manager and two backup technicians.\n\nTab 3 – Pricing, Discounts and Fees – The price sheet must list every labour rate, parts markup and travel fee.\n\nOption 2 – which covers the northern depots – must be priced by the Proposer on a separate sheet.\n",
        sections: &[
            ("signed by a person authorised", "Cover Letter"),
            (
                "name the account manager and two backup",
                "Staffing Plan and Key Personnel",
            ),
            (
                "every labour rate, parts markup",
                "Pricing, Discounts and Fees",
            ),
            (
                "priced by the proposer on a separate sheet",
                "5.2 Proposal Format",
            ),
        ],
        not_opening: &[
            ("signed by a person authorised", "Cover Letter"),
            (
                "name the account manager and two backup",
                "Staffing Plan and Key Personnel",
            ),
            (
                "every labour rate, parts markup",
                "Pricing, Discounts and Fees",
            ),
        ],
        not_sections: &[("priced by the proposer on a separate sheet", "which covers")],
    },
    Case {
        name: "fr es annexes and envelopes with a dashed title",
        text: "Règlement de la consultation : assistance à maîtrise d'ouvrage\n\n6. Contenu des offres\n\nAnnexe 2 – Références clientes – Le candidat doit fournir trois références de moins de trois ans.\n\nAnnexe 3 – Moyens humains – Le candidat doit joindre le curriculum vitae du chef de projet proposé.\n\nPliego de cláusulas: asistencia técnica a la oficina de obras\n\n7. Documentación\n\nSobre 2 – Oferta técnica – El licitador deberá incluir una memoria de veinte páginas como máximo.\n\nSobre 3 – Oferta económica – El licitador deberá indicar el precio sin impuestos y con impuestos.\n",
        sections: &[
            (
                "trois références de moins de trois ans",
                "Références clientes",
            ),
            ("curriculum vitae du chef de projet", "Moyens humains"),
            ("memoria de veinte páginas", "Oferta técnica"),
            ("precio sin impuestos", "Oferta económica"),
        ],
        not_opening: &[
            (
                "trois références de moins de trois ans",
                "Références clientes",
            ),
            ("curriculum vitae du chef de projet", "Moyens humains"),
            ("memoria de veinte páginas", "Oferta técnica"),
            ("precio sin impuestos", "Oferta económica"),
        ],
        not_sections: NO,
    },
    Case {
        name: "pt it de annexes, envelopes and attachments with a dashed title",
        text: "Programa do procedimento: serviços de limpeza\n\n8. Documentos da proposta\n\nAnexo III – Declaração de idoneidade – O concorrente deve apresentar a declaração assinada pelo representante legal.\n\nDisciplinare di gara: servizio di vigilanza\n\n9. Contenuto delle buste\n\nBusta B – Offerta tecnica – Il concorrente deve inserire una relazione di non oltre dieci pagine.\n\nVergabeunterlagen: Wartung der Lüftungsanlagen\n\n10. Angebotsinhalt\n\nAnlage 4 – Referenzliste – Der Bieter muss mindestens drei vergleichbare Aufträge aus den letzten fünf Jahren nennen.\n",
        sections: &[
            (
                "assinada pelo representante legal",
                "Declaração de idoneidade",
            ),
            ("non oltre dieci pagine", "Offerta tecnica"),
            ("drei vergleichbare aufträge", "Referenzliste"),
        ],
        not_opening: &[
            (
                "assinada pelo representante legal",
                "Declaração de idoneidade",
            ),
            ("non oltre dieci pagine", "Offerta tecnica"),
            ("drei vergleichbare aufträge", "Referenzliste"),
        ],
        not_sections: NO,
    },
    Case {
        name: "en fr de dashed titles of many words",
        text: "Request for Proposal 31-08: Home Care Staffing\n\n6.1 Proposal Contents\n\nTab 5 – Client Letters and Forms B, C, D, E, and G – Every proposal must carry at least four client letters\nfrom the past two years describing similar work for public bodies.\n\nAppel d'offres : personnel de soins à domicile\n\n6.2 Contenu de l'offre\n\nPièce 5 – Lettres de clients et formulaires B, C, D et E signés – Chaque offre doit comporter au moins\nquatre lettres de clients datant des deux dernières années.\n\nAusschreibung: Pflegepersonal für die häusliche Versorgung\n\n6.3 Angebotsinhalt\n\nTeil 5 – Kundenschreiben sowie die Formblätter B, C, D und E – Jedes Angebot muss mindestens vier\nSchreiben von Kunden aus den letzten zwei Jahren enthalten.\n",
        sections: &[
            (
                "four client letters",
                "Client Letters and Forms B, C, D, E, and G",
            ),
            (
                "quatre lettres de clients",
                "Lettres de clients et formulaires B, C, D et E signés",
            ),
            (
                "vier schreiben von kunden",
                "Kundenschreiben sowie die Formblätter B, C, D und E",
            ),
        ],
        not_opening: &[
            (
                "four client letters",
                "Client Letters and Forms B, C, D, E, and G",
            ),
            (
                "quatre lettres de clients",
                "Lettres de clients et formulaires B, C, D et E signés",
            ),
            (
                "vier schreiben von kunden",
                "Kundenschreiben sowie die Formblätter B, C, D und E",
            ),
        ],
        not_sections: NO,
    },
    // --- a short heading line in a page of long lines, no blank line after it ------
    Case {
        name: "en short heading lines among long wrapped lines",
        text: "Section 4 Contract Terms\n\nThe agreement will run for an initial term of three years and may be extended for up to two further\nperiods of twelve months each at the sole discretion of the Authority, subject to satisfactory\nperformance.\nInsurance Cover\nThe Contractor shall hold public liability insurance of not less than five million pounds for each\nclaim and shall provide a copy of the certificate whenever the Authority asks for it.\nConfidential Information\nThe Contractor must not disclose any information received from the Authority to a third party\nwithout the prior written consent of the Authority's contract manager.\nAll invoices under this agreement must quote the purchase order number and must be sent to the\nAccounts Payable Team of the Authority by electronic mail within thirty days of delivery.\n",
        sections: &[
            ("public liability insurance", "Insurance Cover"),
            (
                "must not disclose any information",
                "Confidential Information",
            ),
        ],
        not_opening: &[
            ("public liability insurance", "Insurance Cover"),
            (
                "must not disclose any information",
                "Confidential Information",
            ),
        ],
        not_sections: &[("must quote the purchase order", "Accounts Payable")],
    },
    Case {
        name: "fr es short heading lines among long wrapped lines",
        text: "Article 5 Exécution du marché\n\nLe marché est conclu pour une durée de deux ans à compter de sa notification et peut être reconduit\nune fois pour la même durée par décision expresse du pouvoir adjudicateur.\nAssurances\nLe titulaire doit justifier d'une assurance couvrant sa responsabilité civile professionnelle pour\ntoute la durée du marché et la présenter à chaque demande de l'acheteur.\nArtículo 6 Ejecución del contrato\n\nEl contrato tendrá una duración de dos años desde su formalización y podrá prorrogarse una sola vez\npor el mismo periodo si ambas partes lo acuerdan por escrito antes de su vencimiento.\nProtección de datos\nEl adjudicatario deberá tratar los datos personales únicamente para los fines de este contrato y\nconforme a las instrucciones del responsable del tratamiento.\n",
        sections: &[
            ("responsabilité civile professionnelle", "Assurances"),
            ("tratar los datos personales", "Protección de datos"),
        ],
        not_opening: &[
            ("responsabilité civile professionnelle", "Assurances"),
            ("tratar los datos personales", "Protección de datos"),
        ],
        not_sections: NO,
    },
    Case {
        name: "pt it de short heading lines among long wrapped lines",
        text: "Cláusula 5 Execução do contrato\n\nO contrato vigora pelo prazo de um ano a contar da data da sua assinatura e pode ser renovado por\niguais períodos até ao limite de três anos, salvo denúncia de qualquer das partes.\nFaturação\nO prestador deve emitir uma fatura por cada mês de serviço prestado e enviá-la por via eletrónica\nao serviço de contabilidade da entidade adjudicante.\nArticolo 6 Esecuzione del servizio\n\nIl servizio ha una durata di ventiquattro mesi decorrenti dalla data del verbale di avvio e può essere\nprorogato per il tempo strettamente necessario alla conclusione della nuova procedura.\nPersonale impiegato\nL'appaltatore deve impiegare personale formato e dotato di tesserino di riconoscimento ben visibile\ndurante tutto l'orario di servizio presso le sedi comunali.\n§ 7 Ausführung der Leistung\n\nDer Vertrag beginnt mit dem Tag der Zuschlagserteilung und endet nach Ablauf von drei Jahren, ohne\ndass es einer Kündigung bedarf, sofern die Parteien nichts anderes schriftlich vereinbaren.\nDatenschutz\nDer Auftragnehmer muss personenbezogene Daten ausschließlich auf Weisung des Auftraggebers und\nnur innerhalb der Europäischen Union verarbeiten.\n",
        sections: &[
            ("uma fatura por cada mês", "Faturação"),
            ("personale formato e dotato", "Personale impiegato"),
            ("ausschließlich auf weisung", "Datenschutz"),
        ],
        not_opening: &[
            ("uma fatura por cada mês", "Faturação"),
            ("personale formato e dotato", "Personale impiegato"),
            ("ausschließlich auf weisung", "Datenschutz"),
        ],
        not_sections: NO,
    },
    Case {
        name: "en fr es headings of several words over a paragraph, no blank line after them",
        text: "Call for Proposals: Community Energy\n\nThe programme funds small cooperatives that install shared solar panels on public buildings in rural areas\nand that involve local residents in the running of the installation over at least ten years.\n\nEligibility of Applicant Organisations and Their Partners\nThe lead applicant must be a cooperative registered in one of the participating regions for at least two\nyears and must hold a bank account in its own name.\n\nAppel à projets : énergie citoyenne\n\nLe programme finance les coopératives qui installent des panneaux solaires partagés sur des bâtiments\npublics en zone rurale et qui associent les habitants à la gestion de l'installation pendant dix ans.\n\nConditions de recevabilité des dossiers de candidature\nLe dossier doit être déposé sur la plateforme en ligne avant la date limite indiquée en première page de\nl'appel, accompagné de toutes les pièces demandées.\n\nConvocatoria: energía comunitaria\n\nEl programa financia a las cooperativas que instalan paneles solares compartidos en edificios públicos\nde zonas rurales y que implican a los vecinos en la gestión de la instalación durante diez años.\n\nPresentación de las solicitudes y plazo de presentación\nLas solicitudes deberán presentarse a través de la sede electrónica antes de la fecha indicada en el\nanuncio de la convocatoria, junto con la documentación exigida.\n",
        sections: &[
            (
                "cooperative registered in one of the participating",
                "Eligibility of Applicant Organisations and Their Partners",
            ),
            (
                "déposé sur la plateforme en ligne",
                "Conditions de recevabilité des dossiers de candidature",
            ),
            (
                "a través de la sede electrónica",
                "Presentación de las solicitudes y plazo de presentación",
            ),
        ],
        not_opening: &[
            (
                "cooperative registered in one of the participating",
                "Eligibility of Applicant Organisations and Their Partners",
            ),
            (
                "déposé sur la plateforme en ligne",
                "Conditions de recevabilité des dossiers de candidature",
            ),
            (
                "a través de la sede electrónica",
                "Presentación de las solicitudes y plazo de presentación",
            ),
        ],
        not_sections: NO,
    },
    Case {
        name: "pt it de headings of several words over a paragraph, and a sentence's first line",
        text: "Aviso: energia comunitária\n\nO programa financia cooperativas que instalam painéis solares partilhados em edifícios públicos de zonas\nrurais e que envolvem os moradores na gestão da instalação durante pelo menos dez anos.\n\nCondições de admissão das candidaturas e dos parceiros\nA entidade proponente deve estar registada como cooperativa numa das regiões participantes há pelo\nmenos dois anos à data da candidatura.\n\nBando: energia di comunità\n\nIl programma finanzia le cooperative che installano pannelli solari condivisi su edifici pubblici di aree\nrurali e che coinvolgono i residenti nella gestione dell'impianto per almeno dieci anni.\n\nModalità di presentazione della domanda di contributo\nLa domanda deve essere trasmessa tramite la piattaforma telematica della Regione entro la data di\nscadenza indicata nel bando, insieme agli allegati richiesti.\n\nFörderaufruf: Bürgerenergie\n\nDas Programm fördert Genossenschaften, die gemeinsame Solaranlagen auf öffentlichen Gebäuden im\nländlichen Raum errichten und die Bewohner über mindestens zehn Jahre am Betrieb beteiligen.\n\nAntragsberechtigung der Genossenschaften und ihrer Partner\nDie antragstellende Genossenschaft muss seit mindestens zwei Jahren in einer der teilnehmenden\nRegionen eingetragen sein.\n\nAll applicants are reminded that the grant agreement\nEnglish version prevails over any translation, and each applicant must accept it before the award.\n",
        sections: &[
            (
                "registada como cooperativa",
                "Condições de admissão das candidaturas e dos parceiros",
            ),
            (
                "piattaforma telematica della regione",
                "Modalità di presentazione della domanda di contributo",
            ),
            (
                "seit mindestens zwei jahren",
                "Antragsberechtigung der Genossenschaften und ihrer Partner",
            ),
        ],
        not_opening: &[
            (
                "registada como cooperativa",
                "Condições de admissão das candidaturas e dos parceiros",
            ),
            (
                "piattaforma telematica della regione",
                "Modalità di presentazione della domanda di contributo",
            ),
            (
                "seit mindestens zwei jahren",
                "Antragsberechtigung der Genossenschaften und ihrer Partner",
            ),
        ],
        not_sections: &[("each applicant must accept it", "reminded")],
    },
    // --- the heading line ends in a colon or is in capitals ------------------------
    Case {
        name: "en fr heading lines ending in a colon, and a lead-in that is no heading",
        text: "Terms of Reference: Review of the Water Tariff\n\nThe review covers the tariff structure of all four service areas and the connection charges applied to\nnew customers over the last five financial years.\nReporting Obligations:\nThe Consultant shall deliver a draft report within eight weeks and a final report two weeks after\nreceiving the Client's comments on the draft.\nThe Consultant shall also provide the following:\n- a presentation of the findings to the Board;\n- the tariff model in an editable spreadsheet.\n\nCahier des charges : étude de la tarification de l'eau\n\nL'étude porte sur la structure tarifaire des quatre secteurs de distribution et sur les frais de\nraccordement appliqués aux nouveaux abonnés au cours des cinq derniers exercices.\nLivrables attendus :\nLe prestataire doit remettre un rapport provisoire dans un délai de huit semaines puis un rapport\ndéfinitif deux semaines après les observations du maître d'ouvrage.\n",
        sections: &[
            ("draft report within eight weeks", "Reporting Obligations"),
            ("rapport provisoire dans un délai", "Livrables attendus"),
        ],
        not_opening: &[
            ("draft report within eight weeks", "Reporting Obligations"),
            ("rapport provisoire dans un délai", "Livrables attendus"),
        ],
        not_sections: &[("presentation of the findings", "following")],
    },
    Case {
        name: "es it de capital heading lines without a blank line after them",
        text: "Pliego de prescripciones técnicas: mantenimiento de fuentes públicas\n\nEl servicio comprende la limpieza, el control del agua y la reparación de todas las fuentes ornamentales\nsituadas en parques, plazas y jardines del término municipal.\nMEDIOS MATERIALES\nLa empresa adjudicataria deberá disponer de al menos dos vehículos con depósito de agua y equipo de\nlimpieza a presión durante toda la vigencia del contrato.\nCapitolato tecnico: manutenzione delle fontane\n\nIl servizio comprende la pulizia, il controllo dell'acqua e la riparazione di tutte le fontane ornamentali\nsituate nei parchi, nelle piazze e nei giardini del territorio comunale.\nMEZZI E ATTREZZATURE\nL'appaltatore deve disporre di almeno due automezzi dotati di serbatoio e di idropulitrice per tutta la\ndurata dell'appalto.\nLeistungsbeschreibung: Wartung der Zierbrunnen\n\nDie Leistung umfasst die Reinigung, die Wasserkontrolle und die Instandsetzung aller Zierbrunnen in den\nParks, auf den Plätzen und in den Grünanlagen des Stadtgebiets.\nFAHRZEUGE UND GERÄTE\nDer Auftragnehmer muss während der gesamten Vertragslaufzeit mindestens zwei Fahrzeuge mit\nWassertank und Hochdruckreiniger bereithalten.\n",
        sections: &[
            ("al menos dos vehículos", "MEDIOS MATERIALES"),
            ("almeno due automezzi", "MEZZI E ATTREZZATURE"),
            ("mindestens zwei fahrzeuge", "FAHRZEUGE UND GERÄTE"),
        ],
        not_opening: &[
            ("al menos dos vehículos", "MEDIOS MATERIALES"),
            ("almeno due automezzi", "MEZZI E ATTREZZATURE"),
            ("mindestens zwei fahrzeuge", "FAHRZEUGE UND GERÄTE"),
        ],
        not_sections: NO,
    },
    Case {
        name: "en fr es heading lines holding a duty's word, no blank line after them",
        text: "Notice of Funding Opportunity: Rural Clinics\n\nApplicants asking for more than one million dollars in any year must contact the programme officer at\nleast eight weeks before they send the application.\n\nMandatory Disclosure\nRecipients must report in writing any credible evidence of fraud or bribery connected with the award\nto the grants office without delay.\n\nAvis d'appel à projets : centres de santé ruraux\n\nLe porteur qui sollicite plus d'un million d'euros doit prendre contact avec le chargé de programme au\nmoins huit semaines avant le dépôt du dossier.\n\nPièces obligatoires\nLe dossier doit comprendre les statuts de la structure, le budget prévisionnel signé et une attestation\nde régularité fiscale datant de moins de six mois.\n\nConvocatoria: centros de salud rurales\n\nLa entidad que solicite más de un millón de euros deberá contactar con el responsable del programa al\nmenos ocho semanas antes de presentar la solicitud.\n\nRequisitos obligatorios\nLa entidad solicitante deberá estar inscrita en el registro de centros sanitarios de su comunidad\nautónoma en la fecha de cierre de la convocatoria.\n",
        sections: &[
            ("credible evidence of fraud", "Mandatory Disclosure"),
            ("budget prévisionnel signé", "Pièces obligatoires"),
            ("registro de centros sanitarios", "Requisitos obligatorios"),
        ],
        not_opening: &[
            ("credible evidence of fraud", "Mandatory Disclosure"),
            ("budget prévisionnel signé", "Pièces obligatoires"),
            ("registro de centros sanitarios", "Requisitos obligatorios"),
        ],
        not_sections: NO,
    },
    Case {
        name: "pt it de heading lines holding a duty's word, no blank line after them",
        text: "Aviso de concurso: clínicas rurais\n\nO candidato que solicite mais de um milhão de euros deve contactar o gestor do programa com pelo menos\noito semanas de antecedência em relação à submissão.\n\nDocumentos obrigatórios\nA candidatura deve incluir os estatutos da entidade, o orçamento assinado e a certidão de não dívida\nà segurança social emitida há menos de três meses.\n\nAvviso pubblico: ambulatori rurali\n\nIl soggetto che chiede più di un milione di euro deve contattare il responsabile del programma almeno\notto settimane prima della presentazione della domanda.\n\nRequisiti obbligatori\nIl soggetto proponente deve risultare iscritto al registro regionale delle strutture sanitarie alla\ndata di scadenza dell'avviso.\n\nFörderaufruf: Landarztpraxen\n\nWer mehr als eine Million Euro beantragt, muss spätestens acht Wochen vor der Antragstellung mit der\nzuständigen Programmleitung Kontakt aufnehmen.\n\nPflichtangaben und Nachweise\nDer Antrag muss die Satzung des Trägers, einen unterschriebenen Finanzplan und eine aktuelle\nBescheinigung des Finanzamts enthalten.\n",
        sections: &[
            ("orçamento assinado", "Documentos obrigatórios"),
            (
                "registro regionale delle strutture",
                "Requisiti obbligatori",
            ),
            (
                "unterschriebenen finanzplan",
                "Pflichtangaben und Nachweise",
            ),
        ],
        not_opening: &[
            ("orçamento assinado", "Documentos obrigatórios"),
            (
                "registro regionale delle strutture",
                "Requisiti obbligatori",
            ),
            (
                "unterschriebenen finanzplan",
                "Pflichtangaben und Nachweise",
            ),
        ],
        not_sections: NO,
    },
    // --- question headings, bold lines, numbered lines, no blank line after them -----
    Case {
        name: "en fr es question heading lines",
        text: "Call for Proposals: Youth Sport Grants\n\nThe fund supports local clubs that open their training sessions to young people from low-income families\nin the participating municipalities during the next two seasons.\nWho may apply?\nApplicants must be sports clubs registered as non-profit bodies for at least two years before the call.\nHow are proposals sent?\nProposals must be uploaded to the grants portal as a single file before the closing date.\n\nAppel à projets : sport pour les jeunes\n\nLe fonds soutient les clubs locaux qui ouvrent leurs entraînements aux jeunes issus de familles modestes\ndes communes participantes pendant les deux prochaines saisons.\nQui peut candidater ?\nLe porteur doit être un club sportif déclaré comme association depuis au moins deux ans.\n\nConvocatoria: deporte para jóvenes\n\nEl fondo apoya a los clubes locales que abren sus entrenamientos a jóvenes de familias con pocos recursos\nde los municipios participantes durante las dos próximas temporadas.\n¿Quién puede solicitar la ayuda?\nLa entidad solicitante deberá ser un club deportivo inscrito como asociación sin ánimo de lucro.\n",
        sections: &[
            ("registered as non-profit bodies", "Who may apply?"),
            ("uploaded to the grants portal", "How are proposals sent?"),
            ("club sportif déclaré", "Qui peut candidater ?"),
            (
                "club deportivo inscrito",
                "¿Quién puede solicitar la ayuda?",
            ),
        ],
        not_opening: &[
            ("registered as non-profit bodies", "Who may apply?"),
            ("uploaded to the grants portal", "How are proposals sent?"),
            ("club sportif déclaré", "Qui peut candidater ?"),
            (
                "club deportivo inscrito",
                "¿Quién puede solicitar la ayuda?",
            ),
        ],
        not_sections: NO,
    },
    Case {
        name: "pt it de numbered heading lines and a bold line without a blank line after them",
        text: "Caderno de encargos: manutenção de elevadores\n4.2 Visitas de manutenção\nO prestador deve realizar uma visita de manutenção preventiva em cada mês do contrato.\n4.3 Avarias\nO prestador deve intervir no prazo de quatro horas após a comunicação da avaria.\nCapitolato: manutenzione degli ascensori\n**Reperibilità**\nL'appaltatore deve garantire un servizio di reperibilità ventiquattro ore su ventiquattro.\nLeistungsverzeichnis: Aufzugswartung\n3.1 Störungsdienst\nDer Auftragnehmer muss bei Störungen innerhalb von zwei Stunden vor Ort sein.\n",
        sections: &[
            ("visita de manutenção preventiva", "Visitas de manutenção"),
            ("prazo de quatro horas", "Avarias"),
            ("ventiquattro ore su ventiquattro", "Reperibilità"),
            ("innerhalb von zwei stunden", "Störungsdienst"),
        ],
        not_opening: &[
            ("visita de manutenção preventiva", "Visitas de manutenção"),
            ("prazo de quatro horas", "Avarias"),
            ("ventiquattro ore su ventiquattro", "Reperibilità"),
            ("innerhalb von zwei stunden", "Störungsdienst"),
        ],
        not_sections: NO,
    },
    Case {
        name: "en fr es single-number clauses with a run-in title under a deeper heading",
        text: "Invitation to Tender: Office Chairs\n\n4. Conditions\n\n4.2 Terms of Supply\n\n1. Prices: The prices must include delivery, assembly and the removal of all packaging.\n\n2. Delivery period. The supplier shall deliver all chairs within six weeks of the order.\n\n3. The supplier shall replace any chair found faulty within ten days.\n\nAppel d'offres : sièges de bureau\n\n5.3 Conditions de livraison\n\n1. Prix : Les prix doivent comprendre la livraison, le montage et l'enlèvement des emballages.\n\n2. Délai. Le fournisseur doit livrer tous les sièges dans les six semaines suivant la commande.\n\nLicitación: sillas de oficina\n\n6.1 Condiciones de entrega\n\n1. Precios: Los precios deberán incluir la entrega, el montaje y la retirada de los embalajes.\n",
        sections: &[
            ("delivery, assembly and the removal", "Prices"),
            ("delivery, assembly and the removal", "4.2 Terms of Supply"),
            ("within six weeks of the order", "Delivery period"),
            ("within six weeks of the order", "4.2 Terms of Supply"),
            ("replace any chair found faulty", "4.2 Terms of Supply"),
            ("le montage et l'enlèvement", "Prix"),
            ("le montage et l'enlèvement", "5.3 Conditions de livraison"),
            ("dans les six semaines suivant", "Délai"),
            ("el montaje y la retirada", "Precios"),
            ("el montaje y la retirada", "6.1 Condiciones de entrega"),
        ],
        not_opening: &[
            ("delivery, assembly and the removal", "Prices"),
            ("within six weeks of the order", "Delivery period"),
            ("le montage et l'enlèvement", "Prix"),
            ("dans les six semaines suivant", "Délai"),
            ("el montaje y la retirada", "Precios"),
        ],
        not_sections: &[
            ("replace any chair found faulty", "Delivery period"),
            ("replace any chair found faulty", "Prices"),
        ],
    },
    Case {
        name: "en es single-number run-in headings",
        text: "Specification: School Furniture\n\n7 Warranty The Supplier shall repair or replace any defective item free of charge for five years.\n\n8 Delivery The Supplier must deliver all furniture assembled to each school before the term starts.\n\nPliego: mobiliario escolar\n\n9 Garantía El proveedor deberá reparar cualquier mueble defectuoso durante cinco años sin coste.\n",
        sections: &[
            (
                "repair or replace any defective item",
                "7 Warranty|Warranty",
            ),
            ("all furniture assembled", "8 Delivery|Delivery"),
            ("reparar cualquier mueble defectuoso", "9 Garantía|Garantía"),
        ],
        not_opening: &[
            ("repair or replace any defective item", "Warranty"),
            ("all furniture assembled", "Delivery"),
            ("reparar cualquier mueble defectuoso", "Garantía"),
        ],
        not_sections: NO,
    },
    // --- lines that are not headings -----------------------------------------------
    Case {
        name: "en a count opening a line and a wrapped line before a name are no headings",
        text: "Invitation to Bid: Supply of Laboratory Glassware\n\n2. Submission\n\nBids shall be delivered in a sealed envelope marked with the bid number to the reception desk of the\nCentral Laboratory before noon on the closing day.\n3 copies of the technical offer must be included in the envelope, each signed on every page.\n10 working days are allowed for clarification requests, after which no question will be answered.\nThe successful bidder shall deliver the glassware to\nCentral Stores, Building 7, within four weeks of the purchase order.\n",
        sections: &[
            ("copies of the technical offer", "2. Submission"),
            ("central stores, building 7", "2. Submission"),
        ],
        not_opening: NO,
        not_sections: &[
            ("copies of the technical offer", "3 copies"),
            ("central stores, building 7", "deliver the glassware"),
        ],
    },
    // --- a heading glued to its statement on one line (helper 59) -------------------
    Case {
        name: "en numbered and lettered run-in titles glued to their paragraph",
        text: "Request for Proposals 2027-04: Janitorial Services for County Buildings\n\n3. Contract Requirements\n\n3.1 Term. The initial contract term is two years, starting on the date of award.\n3.2 Insurance. The Contractor shall maintain general liability insurance of at least two million dollars\nfor each occurrence throughout the term of the contract.\n3.3 Background Checks: The Contractor must ensure that every cleaner assigned to a county building has\npassed a criminal background check before the first shift.\n\n4. Proposer Qualifications\n\nA. Company Experience The proposer must have provided commercial cleaning services to at least three\npublic agencies during the last five years.\nB. Minimum Staffing The proposer shall assign a full-time site supervisor to the main county campus.\n",
        sections: &[
            ("general liability insurance", "Insurance"),
            ("criminal background check", "Background Checks"),
            ("three public agencies", "Company Experience"),
            ("full-time site supervisor", "Minimum Staffing"),
        ],
        not_opening: &[
            ("general liability insurance", "Insurance"),
            ("criminal background check", "Background Checks"),
            ("three public agencies", "Company Experience"),
            ("full-time site supervisor", "Minimum Staffing"),
        ],
        not_sections: &[
            ("general liability insurance", "Background Checks"),
            ("three public agencies", "Minimum Staffing"),
        ],
    },
    Case {
        name: "en unnumbered run-in titles: title case, colon, stop and capitals",
        text: "Invitation for Bids: Road Salt Supply\n\n2. Specifications\n\nScope of Work The Contractor shall supply and deliver rock salt to the four municipal depots as ordered\nduring the winter season.\nDelivery Schedule: The Contractor must deliver each order within forty-eight hours of the request.\nWARRANTY The Contractor shall replace at its own cost any load that does not meet the specification.\nInvoicing. Each invoice must quote the purchase order number and the name of the receiving depot.\n",
        sections: &[
            ("four municipal depots", "Scope of Work"),
            ("within forty-eight hours", "Delivery Schedule"),
            ("replace at its own cost", "WARRANTY"),
            ("quote the purchase order number", "Invoicing"),
        ],
        not_opening: &[
            ("four municipal depots", "Scope of Work"),
            ("within forty-eight hours", "Delivery Schedule"),
            ("replace at its own cost", "WARRANTY"),
            ("quote the purchase order number", "Invoicing"),
        ],
        not_sections: &[("four municipal depots", "Delivery Schedule")],
    },
    Case {
        name: "fr articles with a dashed title glued to the clause, and a colon title",
        text: "Cahier des clauses particulières : entretien des espaces verts\n\nArticle 5 – Délais d'exécution Le titulaire doit achever chaque intervention dans un délai de cinq jours\nouvrés à compter du bon de commande.\nArticle 6 – Assurances Le titulaire doit être couvert par une assurance de responsabilité civile pendant\ntoute la durée du marché.\nSous-traitance : Le titulaire doit déclarer chaque sous-traitant avant le début de ses prestations.\n",
        sections: &[
            ("cinq jours ouvrés", "Délais d'exécution"),
            ("assurance de responsabilité civile", "Assurances"),
            ("déclarer chaque sous-traitant", "Sous-traitance"),
        ],
        not_opening: &[
            ("cinq jours ouvrés", "Délais d'exécution"),
            ("assurance de responsabilité civile", "Assurances"),
            ("déclarer chaque sous-traitant", "Sous-traitance"),
        ],
        not_sections: &[("cinq jours ouvrés", "Assurances")],
    },
    Case {
        name: "es clauses with a run-in title ending in a stop or a colon",
        text: "Pliego de cláusulas administrativas: suministro de mobiliario urbano\n\nCláusula 7. Plazo de ejecución. El contratista deberá entregar la totalidad del suministro en un plazo\nmáximo de tres meses.\nCláusula 8. Garantía definitiva: El adjudicatario deberá constituir una garantía del cinco por ciento del\nprecio de adjudicación.\nSolvencia técnica. Los licitadores deberán acreditar al menos dos suministros similares en los últimos\ntres años.\n",
        sections: &[
            ("totalidad del suministro", "Plazo de ejecución"),
            ("cinco por ciento", "Garantía definitiva"),
            ("dos suministros similares", "Solvencia técnica"),
        ],
        not_opening: &[
            ("totalidad del suministro", "Plazo de ejecución"),
            ("cinco por ciento", "Garantía definitiva"),
            ("dos suministros similares", "Solvencia técnica"),
        ],
        not_sections: &[("totalidad del suministro", "Garantía definitiva")],
    },
    Case {
        name: "de paragraphs with a run-in title before the sentence",
        text: "Besondere Vertragsbedingungen: Reinigung der Schulgebäude\n\n§ 3 Leistungszeit Der Auftragnehmer hat die Reinigung werktags zwischen 16 und 20 Uhr durchzuführen.\n§ 4 Vergütung Der Auftragnehmer hat seine Rechnungen monatlich mit einer Aufstellung der gereinigten\nFlächen einzureichen.\nHaftpflichtversicherung: Der Auftragnehmer muss eine Versicherung mit einer Deckungssumme von drei\nMillionen Euro nachweisen.\n",
        sections: &[
            ("werktags zwischen 16 und 20 uhr", "Leistungszeit"),
            ("aufstellung der gereinigten", "Vergütung"),
            ("deckungssumme von drei", "Haftpflichtversicherung"),
        ],
        not_opening: &[
            ("werktags zwischen 16 und 20 uhr", "Leistungszeit"),
            ("aufstellung der gereinigten", "Vergütung"),
            ("deckungssumme von drei", "Haftpflichtversicherung"),
        ],
        not_sections: &[("werktags zwischen 16 und 20 uhr", "Vergütung")],
    },
    Case {
        name: "pt it clauses with a run-in title glued to the text",
        text: "Caderno de encargos: fornecimento de refeições escolares\n\nCláusula 9.ª – Prazo de entrega O fornecedor deve entregar as refeições nas escolas até às 11 horas de\ncada dia letivo.\nSeguros. O fornecedor deve manter um seguro de responsabilidade civil durante a vigência do contrato.\n\nCapitolato speciale: servizio di refezione scolastica\n\nArt. 10 – Personale L'appaltatore deve impiegare almeno un cuoco diplomato in ciascun centro di cottura.\nArt. 11 Penali. L'appaltatore deve pagare una penale per ogni pasto consegnato in ritardo.\n",
        sections: &[
            ("até às 11 horas", "Prazo de entrega"),
            ("seguro de responsabilidade civil", "Seguros"),
            ("cuoco diplomato", "Personale"),
            ("pasto consegnato in ritardo", "Penali"),
        ],
        not_opening: &[
            ("até às 11 horas", "Prazo de entrega"),
            ("seguro de responsabilidade civil", "Seguros"),
            ("cuoco diplomato", "Personale"),
            ("pasto consegnato in ritardo", "Penali"),
        ],
        not_sections: &[("cuoco diplomato", "Penali")],
    },
    Case {
        name: "en lines that open with names, a clause number or a table row are not split",
        text: "Request for Quotation: Sports Field Maintenance\n\n2. Service Requirements\n\nNew Hampshire Licensed Pesticide Applicators must carry out every herbicide treatment under the contract.\nThe town may award the work to one or more firms, in whole or in\npart.\nBidders must include the cost of fuel and disposal in each unit price.\nA. The Contractor shall keep a log of every visit and send it to the parks office monthly.\n2.4 The Contractor shall repair any irrigation head damaged by its mowers within two days.\n\n3. Quantities\n\nLot 1 Northern Fields 12 hectares Weekly\nLot 2 Southern Fields 9 hectares Weekly\nThe Contractor must price each lot separately on the bid form.\n",
        sections: &[
            (
                "new hampshire licensed pesticide applicators must",
                "Service Requirements",
            ),
            (
                "bidders must include the cost of fuel",
                "Service Requirements",
            ),
            ("the contractor shall keep a log", "Service Requirements"),
            (
                "the contractor shall repair any irrigation",
                "Service Requirements",
            ),
            ("price each lot separately", "Quantities"),
        ],
        not_opening: NO,
        not_sections: &[
            ("bidders must include the cost of fuel", "part"),
            ("price each lot separately", "Southern Fields"),
        ],
    },
    Case {
        name: "fr es de it lines that open with a named body are not split",
        text: "Cahier des charges : nettoyage des gymnases\n\n1. Prestations\n\nLa Ville de Saint-Aubin Direction des Sports exige que le titulaire nettoie chaque gymnase tous les soirs.\n\nPliego técnico: limpieza de polideportivos\n\n1. Prestaciones\n\nEl Ayuntamiento de Villanueva Servicio de Deportes exige que el contratista limpie cada pabellón todos los días.\n\nLeistungsbeschreibung: Reinigung der Sporthallen\n\n1. Leistungen\n\nDie Stadt Neustadt Amt für Sport verlangt, dass der Auftragnehmer jede Halle täglich reinigt.\n\nCapitolato: pulizia delle palestre\n\n1. Prestazioni\n\nIl Comune di Borgonuovo Ufficio Sport richiede che l'appaltatore pulisca ogni palestra ogni sera.\n",
        sections: &[
            (
                "ville de saint-aubin direction des sports exige",
                "Prestations",
            ),
            (
                "ayuntamiento de villanueva servicio de deportes exige",
                "Prestaciones",
            ),
            ("stadt neustadt amt für sport verlangt", "Leistungen"),
            ("comune di borgonuovo ufficio sport richiede", "Prestazioni"),
        ],
        not_opening: NO,
        not_sections: NO,
    },
    // --- eleventh pass: a heading numbered by a word, or a number alone over its title,
    // right over its paragraph (no blank line), in seven languages --------------------
    Case {
        name: "en fr es headings numbered by a word right over their paragraph",
        text: "Service Contract: Street Lighting Maintenance\n\nThe City maintains about four thousand street lights and wishes to contract out their repair and inspection.\n\nArticle 6 – Obligations of the Contractor\nThe Contractor shall insure all equipment against theft and fire for the whole term of the contract.\n\nSection 7: Eligibility\nApplicants must be companies registered in the state for at least three years.\n\nArticle 5 of the General Regulation applies to every contract awarded under this call.\nThe bidder must accept the general conditions without reservation.\n\nContrat de service : éclairage public\n\nLa commune entretient environ quatre mille points lumineux et souhaite confier leur entretien.\n\nArticle 4 : Délai d'exécution\nLa mission doit être exécutée dans un délai de trente jours calendaires à compter de la notification.\n\nPliego: alumbrado público\n\nEl ayuntamiento mantiene unos cuatro mil puntos de luz y desea contratar su mantenimiento.\n\nArtículo 5. Plazo de entrega\nEl contratista deberá entregar los bienes en un plazo de quince días desde la firma del contrato.\n",
        sections: &[
            (
                "insure all equipment against theft",
                "Article 6 – Obligations of the Contractor|Obligations of the Contractor",
            ),
            (
                "registered in the state for at least three years",
                "Section 7: Eligibility|Eligibility",
            ),
            (
                "exécutée dans un délai de trente jours",
                "Article 4 : Délai d'exécution|Délai d'exécution",
            ),
            (
                "entregar los bienes en un plazo",
                "Artículo 5. Plazo de entrega|Plazo de entrega",
            ),
        ],
        not_opening: &[
            ("insure all equipment against theft", "Article 6"),
            (
                "registered in the state for at least three years",
                "Section 7",
            ),
            ("exécutée dans un délai de trente jours", "Article 4"),
            ("entregar los bienes en un plazo", "Artículo 5"),
        ],
        not_sections: &[("accept the general conditions", "General Regulation")],
    },
    Case {
        name: "it de pt headings numbered by a word right over their paragraph",
        text: "Capitolato: manutenzione dell'illuminazione pubblica\n\nIl Comune gestisce circa quattromila punti luce e intende affidarne la manutenzione.\n\nArticolo 3 - Durata del servizio\nIl servizio dovrà essere svolto per dodici mesi dalla data del verbale di avvio.\n\nLeistungsbeschreibung: Wartung der Straßenbeleuchtung\n\nDie Stadt betreibt rund viertausend Leuchten und vergibt deren Wartung.\n\n§ 4 Abnahme\nDer Auftragnehmer muss die Anlage vor der Abnahme vollständig in Betrieb nehmen.\n\nCaderno de encargos: iluminação pública\n\nO município gere cerca de quatro mil pontos de luz e pretende contratar a sua manutenção.\n\nCláusula 2.ª – Prazo de execução\nO adjudicatário deve concluir os trabalhos no prazo de noventa dias a contar da consignação.\n",
        sections: &[
            (
                "dodici mesi dalla data del verbale",
                "Articolo 3 - Durata del servizio|Durata del servizio",
            ),
            (
                "vor der abnahme vollständig in betrieb",
                "§ 4 Abnahme|Abnahme",
            ),
            (
                "concluir os trabalhos no prazo",
                "Cláusula 2.ª – Prazo de execução|Prazo de execução",
            ),
        ],
        not_opening: &[
            ("dodici mesi dalla data del verbale", "Articolo 3"),
            ("vor der abnahme vollständig in betrieb", "§ 4"),
            ("concluir os trabalhos no prazo", "Cláusula 2.ª"),
        ],
        not_sections: NO,
    },
    Case {
        name: "en fr a heading's number alone over its title, right over its paragraph",
        text: "Terms of Reference: Water Quality Survey\n\nThe survey covers the twelve boreholes of the district and the two treatment works that supply them.\n\n4.1\nReporting\nThe Consultant shall submit a monthly progress report to the Project Manager by the fifth working day.\n\n4.2\nData Ownership\nAll survey data must be handed over to the Client in an open format at the end of the assignment.\n\nTermes de référence : enquête sur la qualité de l'eau\n\nL'enquête porte sur les douze forages du district et sur les deux stations de traitement.\n\n5.\nLivrables attendus\nLe consultant doit remettre un rapport provisoire dans un délai de six semaines après le démarrage.\n",
        sections: &[
            (
                "monthly progress report to the project manager",
                "4.1 Reporting|Reporting",
            ),
            (
                "handed over to the client in an open format",
                "4.2 Data Ownership|Data Ownership",
            ),
            (
                "remettre un rapport provisoire dans un délai de six",
                "5. Livrables attendus|Livrables attendus",
            ),
        ],
        not_opening: &[
            (
                "monthly progress report to the project manager",
                "Reporting",
            ),
            (
                "handed over to the client in an open format",
                "Data Ownership",
            ),
            (
                "remettre un rapport provisoire dans un délai de six",
                "Livrables attendus",
            ),
        ],
        not_sections: NO,
    },
    Case {
        name: "en pt de a number alone over a title in capitals, or right after a sentence's end",
        text: "Request for Proposals: Janitorial Services\n\nThe Town seeks a contractor to clean its library and its two fire stations.\n\n2.\nELIGIBILITY\nProposers must hold a commercial cleaning licence issued in the state.\n\n3.\nSUBMISSION\n3.1\nFormat\nProposals must be sent as one PDF file of at most twenty pages.\nThe price form must be filled in as in Appendix D.\n3.2\nDelivery\nProposals must reach the Town Clerk before noon on the closing day.\n\nTermo de referência: limpeza das escolas\n\nO município pretende contratar a limpeza diária das suas quatro escolas.\n\n4.\nOBRIGAÇÕES DA CONTRATADA\nA contratada deverá fornecer todos os produtos de limpeza.\n\nLeistungsbeschreibung: Reinigung der Turnhallen\n\nDie Gemeinde vergibt die Reinigung ihrer drei Turnhallen.\n\n5.\nANFORDERUNGEN\nDer Auftragnehmer muss eigenes Personal mit Sachkundenachweis einsetzen.\n\nPrice schedule\n\n8\nSafety shoes 40\n\nThe Contractor shall quote one unit price for every item of the schedule.\n",
        sections: &[
            ("commercial cleaning licence", "2. ELIGIBILITY|ELIGIBILITY"),
            ("one pdf file of at most twenty pages", "3.1 Format|Format"),
            ("reach the town clerk before noon", "3.2 Delivery|Delivery"),
            (
                "fornecer todos os produtos de limpeza",
                "4. OBRIGAÇÕES DA CONTRATADA|OBRIGAÇÕES DA CONTRATADA",
            ),
            (
                "eigenes personal mit sachkundenachweis",
                "5. ANFORDERUNGEN|ANFORDERUNGEN",
            ),
        ],
        not_opening: &[
            ("reach the town clerk before noon", "3.2"),
            ("reach the town clerk before noon", "Delivery"),
        ],
        not_sections: &[
            ("fornecer todos os produtos de limpeza", "SUBMISSION"),
            ("quote one unit price for every item", "Safety shoes"),
        ],
    },
    Case {
        name: "en fr a narrow left column's headings cut into fragments over their subclauses",
        text: "Instructions to Bidders\n\n5. Qualificati\non of\nBidders\n 5.1 To establish its qualification, the Bidder shall provide the audited accounts of the last three years and a list of similar contracts.\n5.2 The qualification of each member of a joint venture shall be shown separately in the bid.\n\n6. Amendme\nnt of\nBidding\nDocument\n 6.1 At any time before the deadline the Purchaser may amend the Bidding Document by an addendum that forms part of it.\n6.2 Each Bidder shall acknowledge receipt of every addendum in its Letter of Bid.\n\nInstructions aux soumissionnaires\n\n7. Conditions\nde\nparticipati\non\n 7.1 Le soumissionnaire doit être inscrit au registre du commerce et joindre une attestation de régularité fiscale.\n7.2 La participation est ouverte à toute entreprise remplissant les conditions du présent article.\n",
        sections: &[
            (
                "audited accounts of the last three years",
                "5. Qualification of Bidders|Qualification of Bidders",
            ),
            (
                "acknowledge receipt of every addendum",
                "6. Amendment of Bidding Document|Amendment of Bidding Document",
            ),
            (
                "inscrit au registre du commerce",
                "7. Conditions de participation|Conditions de participation",
            ),
        ],
        not_opening: &[
            ("audited accounts of the last three years", "on of"),
            ("audited accounts of the last three years", "Bidders"),
            ("inscrit au registre du commerce", "de participati"),
        ],
        not_sections: NO,
    },
    Case {
        name: "en fr a narrow column's heading whose last fragment shares its first subclause's line",
        text: "Instructions to Bidders\n\n11. Currency\nof Offer 11.1 All prices in the offer shall be quoted in euros, taxes shown apart.\n11.2 The Bidder shall state the exchange rate it used for any imported part.\n\n12. Confidenti\nality 12.1 The Bidder shall keep the drawings of the site confidential after the award.\n\nInstructions aux soumissionnaires\n\n8. Langue de\nl'offre 8.1 L'offre et toute correspondance doivent être rédigées en français.\n8.2 Les notices techniques peuvent être jointes en anglais.\n",
        sections: &[
            (
                "quoted in euros, taxes shown apart",
                "11. Currency of Offer|Currency of Offer",
            ),
            (
                "state the exchange rate it used",
                "11. Currency of Offer|Currency of Offer",
            ),
            (
                "drawings of the site confidential",
                "12. Confidentiality|Confidentiality",
            ),
            (
                "rédigées en français",
                "8. Langue de l'offre|Langue de l'offre",
            ),
        ],
        not_opening: &[
            ("quoted in euros, taxes shown apart", "of Offer"),
            ("drawings of the site confidential", "ality"),
            ("rédigées en français", "l'offre 8.1"),
        ],
        not_sections: NO,
    },
    Case {
        name: "en fr es a numbered title over its own subclauses, marked by a dash or a parenthesis",
        text: "Request for Proposals: Audit Services\n\nThe agency seeks an external auditor for its accounts and its two regional offices.\n\n1- Scope of the Audit\n1.1 The auditor shall review the accounts of the last three financial years.\n1.2 The auditor must visit the two regional offices before the draft report.\n2) Qualifications\n2.1 The audit firm must be registered with the national institute of accountants.\n2.2 The lead auditor shall have ten years of experience in public sector audits.\n3 - Submission\n3.1. Proposals must be sent by e-mail to the procurement unit.\n\nTermes de référence : audit des comptes\n\nL'agence recherche un auditeur externe pour ses comptes et ses deux bureaux régionaux.\n\n1- Objet de la mission\n1.1 Le consultant doit analyser les comptes des trois derniers exercices.\n2) Profil du consultant\n2.1 Le consultant doit être inscrit à l'ordre des experts-comptables.\n2.2 Le chef de mission doit justifier de dix ans d'expérience en audit public.\n\nPliego: auditoría de cuentas\n\nLa agencia busca un auditor externo para sus cuentas y sus dos oficinas regionales.\n\n1) Objeto del contrato\n1.1 El adjudicatario deberá revisar las cuentas de los tres últimos ejercicios.\n2 - Solvencia técnica\n2.1 La empresa deberá estar inscrita en el registro oficial de auditores.\n",
        sections: &[
            (
                "review the accounts of the last three",
                "1- Scope of the Audit|Scope of the Audit",
            ),
            (
                "visit the two regional offices",
                "1- Scope of the Audit|Scope of the Audit",
            ),
            (
                "registered with the national institute",
                "2) Qualifications|Qualifications",
            ),
            (
                "ten years of experience in public sector",
                "2) Qualifications|Qualifications",
            ),
            (
                "sent by e-mail to the procurement unit",
                "3 - Submission|Submission",
            ),
            (
                "analyser les comptes des trois",
                "1- Objet de la mission|Objet de la mission",
            ),
            (
                "inscrit à l'ordre des experts",
                "2) Profil du consultant|Profil du consultant",
            ),
            (
                "dix ans d'expérience en audit",
                "2) Profil du consultant|Profil du consultant",
            ),
            (
                "revisar las cuentas de los tres",
                "1) Objeto del contrato|Objeto del contrato",
            ),
            (
                "registro oficial de auditores",
                "2 - Solvencia técnica|Solvencia técnica",
            ),
        ],
        not_opening: &[
            (
                "review the accounts of the last three",
                "Scope of the Audit",
            ),
            ("registered with the national institute", "Qualifications"),
            (
                "ten years of experience in public sector",
                "The audit firm must",
            ),
            ("ten years of experience in public sector", "Qualifications"),
            ("sent by e-mail to the procurement unit", "Submission"),
            ("analyser les comptes des trois", "Objet de la mission"),
            (
                "dix ans d'expérience en audit",
                "Le consultant doit être inscrit",
            ),
            ("dix ans d'expérience en audit", "Profil du consultant"),
            ("revisar las cuentas de los tres", "Objeto del contrato"),
            ("registro oficial de auditores", "Solvencia técnica"),
        ],
        not_sections: NO,
    },
    Case {
        name: "en fr a numbered heading right over the next number's clause",
        text: "Conditions of Contract: Audit Services\n\n4. Payment\n5. The auditor shall invoice the fee in two instalments of equal value.\n6. Invoices must be addressed to the finance officer of the agency.\n7. CONFIDENTIALITY\n8. The auditor shall keep all information confidential during and after the audit.\n\nConditions du contrat : audit des comptes\n\n3. Modalités de paiement\n4. Le consultant doit présenter une facture pour chaque tranche.\n",
        sections: &[
            ("invoice the fee in two instalments", "4. Payment|Payment"),
            ("addressed to the finance officer", "4. Payment|Payment"),
            (
                "keep all information confidential",
                "7. CONFIDENTIALITY|CONFIDENTIALITY",
            ),
            (
                "présenter une facture pour chaque",
                "3. Modalités de paiement|Modalités de paiement",
            ),
        ],
        not_opening: NO,
        not_sections: &[("keep all information confidential", "Payment")],
    },
    Case {
        name: "en fr es de it pt run-in titles set off by a dash",
        text: "General Conditions of Contract\n\nThe conditions below apply to every order placed under the framework agreement.\n\nWarranty – The Supplier shall repair any defect within ten days of written notice.\n\n3.5 Subcontracting – The Contractor shall not subcontract any part of the work without written consent.\n\nOption 2 – which covers the northern depots – must be priced separately by the Proposer.\n\nThe Contractor – as defined in clause 1 – shall keep a record of every visit.\n\nGarantie – Le titulaire doit réparer tout défaut dans un délai de dix jours.\n\nPlazo de ejecución - El contratista deberá terminar las obras en un plazo de seis meses.\n\nGewährleistung – Der Auftragnehmer muss Mängel innerhalb von zehn Tagen beseitigen.\n\nPenali – L'appaltatore dovrà versare una penale per ogni giorno di ritardo.\n\nPrazo de entrega – O fornecedor deve entregar os bens no prazo de trinta dias.\n",
        sections: &[
            ("repair any defect within ten days", "Warranty"),
            (
                "not subcontract any part of the work",
                "3.5 Subcontracting|Subcontracting",
            ),
            ("réparer tout défaut dans un délai", "Garantie"),
            ("terminar las obras en un plazo", "Plazo de ejecución"),
            ("mängel innerhalb von zehn tagen", "Gewährleistung"),
            ("versare una penale per ogni giorno", "Penali"),
            ("entregar os bens no prazo", "Prazo de entrega"),
        ],
        not_opening: &[
            ("repair any defect within ten days", "Warranty"),
            ("not subcontract any part of the work", "Subcontracting"),
            ("réparer tout défaut dans un délai", "Garantie"),
            ("terminar las obras en un plazo", "Plazo de ejecución"),
            ("mängel innerhalb von zehn tagen", "Gewährleistung"),
            ("versare una penale per ogni giorno", "Penali"),
            ("entregar os bens no prazo", "Prazo de entrega"),
        ],
        not_sections: &[
            ("priced separately by the proposer", "Option 2"),
            ("keep a record of every visit", "The Contractor"),
        ],
    },
    Case {
        name: "en fr run-in titles in bold or capitals, without a colon",
        text: "Conditions générales / General conditions\n\nThe conditions below apply to every order placed under the framework agreement.\n\n**Confidentiality** The Contractor shall keep all client data confidential during and after the contract.\n\nPAYMENT TERMS. Invoices must quote the purchase order number and the delivery date.\n\n**Pénalités** Le titulaire doit verser une pénalité de cent euros par jour de retard.\n",
        sections: &[
            ("keep all client data confidential", "Confidentiality"),
            ("quote the purchase order number", "PAYMENT TERMS"),
            ("verser une pénalité de cent euros", "Pénalités"),
        ],
        not_opening: &[
            ("keep all client data confidential", "Confidentiality"),
            ("quote the purchase order number", "PAYMENT TERMS"),
            ("verser une pénalité de cent euros", "Pénalités"),
        ],
        not_sections: NO,
    },
];

/// The checks the engine fails today ("case name | fragment | want"), sorted. Of the
/// eleventh pass's "numbered heading right over the next number's clause" ("4.
/// Payment" / "5. The auditor shall …"), a clause that binds stays under the heading
/// (a first rule that kept any clause there put a proposal's list of numbered parts,
/// "3. Technical Approach" / "4. Proposed Business Solution", under its first part);
/// the French heading over a clause is read as the first item of a list.
const KNOWN_MISSES: &[&str] = &[
    "en es single-number run-in headings | all furniture assembled | 8 Delivery|Delivery",
    "en es single-number run-in headings | all furniture assembled | opens not Delivery",
    "en es single-number run-in headings | repair or replace any defective item | 7 Warranty|Warranty",
    "en es single-number run-in headings | repair or replace any defective item | opens not Warranty",
    "en es single-number run-in headings | reparar cualquier mueble defectuoso | 9 Garantía|Garantía",
    "en es single-number run-in headings | reparar cualquier mueble defectuoso | opens not Garantía",
    "en fr a numbered heading right over the next number's clause | présenter une facture pour chaque | 3. Modalités de paiement|Modalités de paiement",
    "en fr de dashed titles of many words | four client letters | Client Letters and Forms B, C, D, E, and G",
    "en fr de dashed titles of many words | four client letters | opens not Client Letters and Forms B, C, D, E, and G",
    "en fr de dashed titles of many words | quatre lettres de clients | Lettres de clients et formulaires B, C, D et E signés",
    "en fr de dashed titles of many words | quatre lettres de clients | opens not Lettres de clients et formulaires B, C, D et E signés",
    "en fr de dashed titles of many words | vier schreiben von kunden | Kundenschreiben sowie die Formblätter B, C, D und E",
    "en fr de dashed titles of many words | vier schreiben von kunden | opens not Kundenschreiben sowie die Formblätter B, C, D und E",
    "en fr es heading lines holding a duty's word, no blank line after them | budget prévisionnel signé | Pièces obligatoires",
    "en fr es heading lines holding a duty's word, no blank line after them | budget prévisionnel signé | opens not Pièces obligatoires",
    "en fr es heading lines holding a duty's word, no blank line after them | credible evidence of fraud | Mandatory Disclosure",
    "en fr es heading lines holding a duty's word, no blank line after them | credible evidence of fraud | opens not Mandatory Disclosure",
    "en fr es heading lines holding a duty's word, no blank line after them | registro de centros sanitarios | Requisitos obligatorios",
    "en fr es heading lines holding a duty's word, no blank line after them | registro de centros sanitarios | opens not Requisitos obligatorios",
    "en fr es headings of several words over a paragraph, no blank line after them | a través de la sede electrónica | Presentación de las solicitudes y plazo de presentación",
    "en fr es headings of several words over a paragraph, no blank line after them | a través de la sede electrónica | opens not Presentación de las solicitudes y plazo de presentación",
    "en fr es headings of several words over a paragraph, no blank line after them | cooperative registered in one of the participating | Eligibility of Applicant Organisations and Their Partners",
    "en fr es headings of several words over a paragraph, no blank line after them | cooperative registered in one of the participating | opens not Eligibility of Applicant Organisations and Their Partners",
    "en fr es headings of several words over a paragraph, no blank line after them | déposé sur la plateforme en ligne | Conditions de recevabilité des dossiers de candidature",
    "en fr es headings of several words over a paragraph, no blank line after them | déposé sur la plateforme en ligne | opens not Conditions de recevabilité des dossiers de candidature",
    "en fr es question heading lines | club deportivo inscrito | ¿Quién puede solicitar la ayuda?",
    "en lines that open with names, a clause number or a table row are not split | price each lot separately | Quantities",
    "en lines that open with names, a clause number or a table row are not split | price each lot separately | not Southern Fields",
    "es clauses with a run-in title ending in a stop or a colon | dos suministros similares | Solvencia técnica",
    "pt it de heading lines holding a duty's word, no blank line after them | orçamento assinado | Documentos obrigatórios",
    "pt it de heading lines holding a duty's word, no blank line after them | orçamento assinado | opens not Documentos obrigatórios",
    "pt it de headings of several words over a paragraph, and a sentence's first line | each applicant must accept it | not reminded",
    "pt it de headings of several words over a paragraph, and a sentence's first line | piattaforma telematica della regione | Modalità di presentazione della domanda di contributo",
    "pt it de headings of several words over a paragraph, and a sentence's first line | piattaforma telematica della regione | opens not Modalità di presentazione della domanda di contributo",
    "pt it de headings of several words over a paragraph, and a sentence's first line | registada como cooperativa | Condições de admissão das candidaturas e dos parceiros",
    "pt it de headings of several words over a paragraph, and a sentence's first line | registada como cooperativa | opens not Condições de admissão das candidaturas e dos parceiros",
    "pt it de headings of several words over a paragraph, and a sentence's first line | seit mindestens zwei jahren | Antragsberechtigung der Genossenschaften und ihrer Partner",
    "pt it de headings of several words over a paragraph, and a sentence's first line | seit mindestens zwei jahren | opens not Antragsberechtigung der Genossenschaften und ihrer Partner",
    "pt it de numbered heading lines and a bold line without a blank line after them | visita de manutenção preventiva | Visitas de manutenção",
];

/// Whether a row's text begins with the heading: at once, or after a label of a word
/// and a number or letter and a dash ("tab 2 – staffing plan – ..."), once the marks
/// and numbers before the first word are dropped. A sentence that only repeats the
/// heading's words after a word or two ("the cover letter must ...") does not.
fn opens_with(text: &str, heading: &str) -> bool {
    let strip = |s: &str| -> String {
        let s = plain(s);
        let mut rest: &str = &s;
        while let Some((first, tail)) = rest.split_once(' ') {
            if first.chars().any(char::is_alphabetic) {
                break;
            }
            rest = tail;
        }
        rest.to_owned()
    };
    let (t, h) = (strip(text), strip(heading));
    if h.is_empty() {
        return false;
    }
    if t.starts_with(&h) {
        return true;
    }
    let words: Vec<&str> = t.splitn(4, ' ').collect();
    matches!(words.as_slice(), [_, _, dash, rest] if ["–", "-", "—"].contains(dash) && rest.starts_with(&h))
}

/// The rows of a case's document: (normalised text, section).
fn case_rows(case: &Case) -> Vec<(String, String)> {
    probe::matrix(case.text)
        .iter()
        .map(|r| {
            (
                normal(r["text"].as_str().unwrap_or_default()),
                r["section"].as_str().unwrap_or_default().to_owned(),
            )
        })
        .collect()
}

/// The failed checks of one case and how many checks it has.
fn failures(case: &Case) -> (usize, Vec<String>) {
    let rows = case_rows(case);
    let row_of = |fragment: &str| {
        let fragment = normal(fragment);
        rows.iter()
            .find(|(text, _)| text.contains(&fragment))
            .cloned()
    };
    let mut failed = Vec::new();
    for (fragment, want) in case.sections {
        if !row_of(fragment).is_some_and(|(_, got)| same_section(&got, want)) {
            failed.push(format!("{} | {fragment} | {want}", case.name));
        }
    }
    for (fragment, heading) in case.not_opening {
        if row_of(fragment).is_none_or(|(text, _)| opens_with(&text, heading)) {
            failed.push(format!("{} | {fragment} | opens not {heading}", case.name));
        }
    }
    for (fragment, avoid) in case.not_sections {
        if row_of(fragment).is_none_or(|(_, got)| holds_words(&normal(&got), &normal(avoid))) {
            failed.push(format!("{} | {fragment} | not {avoid}", case.name));
        }
    }
    let n = case.sections.len() + case.not_opening.len() + case.not_sections.len();
    (n, failed)
}

#[test]
fn the_heading_join_probe_fails_only_its_known_misses() {
    assert_known_misses(
        "heading join probe",
        CASES,
        failures,
        |c| format!("{}: {:#?}", c.name, case_rows(c)),
        KNOWN_MISSES,
    );
}
