//! A second probe of the compliance matrix's precision (issue 31, "What should not be
//! there"), written before the engine's code of that area was read, from the shapes
//! the hand-judged sample (eval/precision-sample-2026-12-07.tsv, verdict N) found most
//! among the rows that bind nobody: form labels and their field values ("Place of
//! delivery: Main store"), descriptions whose subject is a system, a programme or a
//! place with "may", "can" or "will", lead-in fragments cut before their list, the
//! issuer's own undertakings and rights, and disclaimers. Small documents of our own
//! in six languages; beside each shape a near statement that DOES bind the bidder or
//! the contractor and must stay a row.
//!
//! Each case names the binding fragments (`rows`: in some row), the fragments that
//! must be in no row (`not_rows`), and the lead-ins that must not stand alone
//! (`not_alone`: in no row that holds none of the case's binding fragments).
//! `KNOWN_MISSES` holds the checks the engine fails today; the test asserts it equals
//! the failures, so a fix or a loss both show.

mod probe;

use probe::{PrecisionCase as Case, assert_known_misses, precision_case_failures as failures};

const CASES: &[Case] = &[
    // --- English ---
    Case {
        name: "en RFQ: a form's fields, the authority's rights and notices, a lead-in, descriptions",
        text: "REQUEST FOR QUOTATIONS No. RFQ-2027-031\nSupply of Office Chairs for the District Offices\n\nPlace of delivery: Central store, Block C\nDate of issue: 12 May 2027\nReference: DO/SUP/118\n\n1. Quotation contents\n\nThe quotation shall include the following:\nA price schedule signed by an authorised officer\nA sample chair or a brochure with its dimensions\nA warranty statement covering at least three years\n\n2. Delivery\n\nDelivery period: the chairs must be delivered within 30 days of the purchase order.\nThe supplier shall carry all chairs into the central store at its own cost.\nThe supplier will inform the Authority within five days of any delay in delivery.\n\n3. Award\n\nThe Authority will inform all bidders of the outcome by e-mail.\nThe Authority may award the contract in parts to several suppliers.\nThe Authority is not bound to accept the lowest or any quotation.\nThe Authority accepts no liability for costs incurred in preparing a quotation.\n\n4. Background\n\nThe district offices can seat about 400 staff in open-plan rooms.\nThe new furniture programme will run until the end of 2029.\nThe current inventory system can print a label for each item received.\n",
        rows: &[
            "A price schedule signed by an authorised officer",
            "A sample chair or a brochure with its dimensions",
            "A warranty statement covering at least three years",
            "delivered within 30 days of the purchase order",
            "carry all chairs into the central store at its own cost",
            "inform the Authority within five days of any delay",
        ],
        not_rows: &[
            "Central store, Block C",
            "12 May 2027",
            "DO/SUP/118",
            "will inform all bidders of the outcome",
            "may award the contract in parts",
            "not bound to accept the lowest",
            "accepts no liability for costs",
            "can seat about 400 staff",
            "will run until the end of 2029",
            "can print a label for each item",
        ],
        not_alone: &["The quotation shall include the following"],
    },
    // --- French ---
    Case {
        name: "fr consultation : champs d'un formulaire, réserves de l'acheteur, liste, descriptions",
        text: "AVIS DE CONSULTATION\nFourniture de mobilier pour la médiathèque\n\nLieu de livraison : magasin municipal, 4 rue des Tanneurs\nDate de publication : 2 mai 2027\nRéférence : MED-2027-07\n\n1. Contenu de l'offre\n\nLe candidat devra joindre à son offre les pièces suivantes :\nUn mémoire technique de dix pages au plus\nLes fiches techniques de chaque meuble proposé\nUn planning de livraison et de montage\n\n2. Livraison\n\nLe titulaire livrera le mobilier monté dans les salles de la médiathèque.\nLe titulaire devra reprendre les emballages à ses frais.\n\n3. Attribution\n\nLe pouvoir adjudicateur se réserve la possibilité de négocier avec les trois meilleurs candidats.\nL'acheteur informera les candidats non retenus par courriel.\nLa ville pourra attribuer le marché sans négociation.\nLes quantités sont données à titre indicatif et n'engagent pas l'acheteur.\n\n4. Présentation\n\nLa médiathèque peut accueillir jusqu'à quarante lecteurs en même temps.\nLe logiciel de prêt actuel peut exporter les fiches au format tableur.\n",
        rows: &[
            "Un mémoire technique de dix pages au plus",
            "Les fiches techniques de chaque meuble proposé",
            "Un planning de livraison et de montage",
            "livrera le mobilier monté dans les salles",
            "reprendre les emballages à ses frais",
        ],
        not_rows: &[
            "4 rue des Tanneurs",
            "2 mai 2027",
            "MED-2027-07",
            "se réserve la possibilité de négocier",
            "informera les candidats non retenus",
            "pourra attribuer le marché sans négociation",
            "données à titre indicatif",
            "peut accueillir jusqu'à quarante lecteurs",
            "peut exporter les fiches au format tableur",
        ],
        not_alone: &["Le candidat devra joindre à son offre les pièces suivantes"],
    },
    // --- Spanish ---
    Case {
        name: "es invitación: datos del formulario, facultades de la entidad, lista, descripciones",
        text: "INVITACIÓN A COTIZAR\nSuministro de contenedores de reciclaje\n\nLugar de entrega: Almacén municipal de la calle Mayor\nFecha: 3 de marzo de 2027\nExpediente: CR-2027-45\n\n1. Contenido de la oferta\n\nLa oferta técnica deberá incluir lo siguiente:\nLa ficha técnica de cada contenedor ofertado\nEl plazo de garantía de los contenedores en meses\nUna declaración responsable firmada por el representante legal\n\n2. Entrega\n\nEl adjudicatario entregará los contenedores en el almacén municipal en un plazo de diez días.\nEl licitador deberá indicar el peso en vacío de cada modelo.\n\n3. Adjudicación\n\nLa entidad podrá adjudicar el contrato por lotes separados.\nEl órgano de contratación se reserva la facultad de no adjudicar el contrato.\nEl Ayuntamiento notificará la adjudicación a todos los licitadores.\nEste documento no genera obligación alguna para el Ayuntamiento.\n\n4. Descripción\n\nEl programa de reciclaje puede atender a unos cuarenta mil hogares.\nEl punto limpio puede recibir hasta doscientas toneladas al mes.\n",
        rows: &[
            "La ficha técnica de cada contenedor ofertado",
            "El plazo de garantía de los contenedores en meses",
            "Una declaración responsable firmada por el representante legal",
            "entregará los contenedores en el almacén municipal",
            "indicar el peso en vacío de cada modelo",
        ],
        not_rows: &[
            "Almacén municipal de la calle Mayor",
            "3 de marzo de 2027",
            "CR-2027-45",
            "podrá adjudicar el contrato por lotes",
            "se reserva la facultad de no adjudicar",
            "notificará la adjudicación a todos",
            "no genera obligación alguna",
            "puede atender a unos cuarenta mil hogares",
            "puede recibir hasta doscientas toneladas",
        ],
        not_alone: &["La oferta técnica deberá incluir lo siguiente"],
    },
    // --- Portuguese ---
    Case {
        name: "pt cotação: campos do formulário, faculdades da comissão, lista, descrições",
        text: "SOLICITAÇÃO DE COTAÇÃO\nAquisição de cadeiras de rodas para a rede de saúde\n\nLocal de entrega: Almoxarifado central da Secretaria de Saúde\nData: 20 de abril de 2027\nProcesso: 4471/2027\n\n1. Conteúdo da proposta\n\nA proposta deverá conter o seguinte:\nPlanilha de preços unitários e totais\nCatálogo do fabricante com as especificações de cada modelo\nDeclaração de garantia mínima de doze meses\n\n2. Entrega\n\nA contratada entregará as cadeiras no almoxarifado central em até quinze dias.\nA licitante deverá informar a marca e o modelo de cada item.\n\n3. Julgamento\n\nA comissão poderá promover diligências para esclarecer as propostas.\nA Administração reserva-se a faculdade de cancelar a cotação a qualquer momento.\nA Secretaria comunicará o resultado a todas as participantes.\nO município não se responsabiliza por despesas com a elaboração das propostas.\n\n4. Contexto\n\nO programa de reabilitação pode atender até quinhentos pacientes por ano.\nO centro de saúde pode receber cerca de cem visitantes por dia.\n",
        rows: &[
            "Planilha de preços unitários e totais",
            "Catálogo do fabricante com as especificações de cada modelo",
            "Declaração de garantia mínima de doze meses",
            "entregará as cadeiras no almoxarifado central",
            "informar a marca e o modelo de cada item",
        ],
        not_rows: &[
            "Almoxarifado central da Secretaria de Saúde",
            "20 de abril de 2027",
            "4471/2027",
            "poderá promover diligências",
            "reserva-se a faculdade de cancelar",
            "comunicará o resultado a todas",
            "não se responsabiliza por despesas",
            "pode atender até quinhentos pacientes",
            "pode receber cerca de cem visitantes",
        ],
        not_alone: &["A proposta deverá conter o seguinte"],
    },
    // --- Italian ---
    Case {
        name: "it richiesta di preventivo: campi del modulo, facoltà dell'amministrazione, elenco, descrizioni",
        text: "RICHIESTA DI PREVENTIVO\nFornitura di arredi per la scuola primaria\n\nLuogo di consegna: Magazzino comunale di via dei Mulini\nData: 7 luglio 2027\nCIG: 9Z01A2B3C4\n\n1. Contenuto dell'offerta\n\nL'offerta tecnica dovrà contenere quanto segue:\nLe schede tecniche degli arredi proposti\nLe certificazioni di conformità alle norme sulla sicurezza\nIl cronoprogramma della consegna e del montaggio\n\n2. Consegna\n\nL'operatore economico dovrà consegnare gli arredi presso il magazzino comunale entro trenta giorni.\nIl fornitore comunicherà ogni variazione dei propri recapiti.\n\n3. Aggiudicazione\n\nL'amministrazione si riserva di aggiudicare anche in presenza di una sola offerta.\nLa stazione appaltante potrà chiedere chiarimenti sulle offerte.\nIl Comune renderà noto l'esito sul proprio sito istituzionale.\nLe quantità indicate sono puramente indicative e non vincolano il Comune.\n\n4. Descrizione\n\nLa palestra della scuola può ospitare fino a duecento persone.\nIl registro elettronico attuale può stampare le pagelle in formato PDF.\n",
        rows: &[
            "Le schede tecniche degli arredi proposti",
            "Le certificazioni di conformità alle norme sulla sicurezza",
            "Il cronoprogramma della consegna e del montaggio",
            "consegnare gli arredi presso il magazzino comunale",
            "comunicherà ogni variazione dei propri recapiti",
        ],
        not_rows: &[
            "Magazzino comunale di via dei Mulini",
            "7 luglio 2027",
            "9Z01A2B3C4",
            "si riserva di aggiudicare anche",
            "potrà chiedere chiarimenti sulle offerte",
            "renderà noto l'esito",
            "non vincolano il Comune",
            "può ospitare fino a duecento persone",
            "può stampare le pagelle",
        ],
        not_alone: &["L'offerta tecnica dovrà contenere quanto segue"],
    },
    // --- German ---
    Case {
        name: "de Preisanfrage: Formularfelder, Vorbehalte des Auftraggebers, Liste, Beschreibungen",
        text: "PREISANFRAGE\nLieferung von Streusalz für den Winterdienst\n\nLieferort: Bauhof der Gemeinde, Am Sägewerk 3\nDatum: 14. Mai 2027\nVergabenummer: BH-2027-12\n\n1. Inhalt des Angebots\n\nDas Angebot muss Folgendes enthalten:\nEin Preisblatt mit Netto- und Bruttopreisen je Tonne\nEin Datenblatt zur Körnung des Streusalzes\nEine Erklärung zur Lieferbereitschaft im Winter\n\n2. Lieferung\n\nDer Auftragnehmer muss das Streusalz frei Bauhof anliefern.\nDer Bieter hat mit dem Angebot eine Eigenerklärung zur Zuverlässigkeit vorzulegen.\n\n3. Zuschlag\n\nDer Auftraggeber behält sich vor, den Auftrag in Teilmengen zu vergeben.\nDie Gemeinde kann die Ausschreibung jederzeit aufheben.\nDer Auftraggeber wird die nicht berücksichtigten Bieter schriftlich informieren.\nFür Kosten der Angebotserstellung übernimmt die Gemeinde keine Haftung.\n\n4. Ausgangslage\n\nDas Salzlager kann bis zu 300 Tonnen aufnehmen.\nDas bestehende Bestellsystem kann Lieferscheine als PDF erzeugen.\n",
        rows: &[
            "Ein Preisblatt mit Netto- und Bruttopreisen je Tonne",
            "Ein Datenblatt zur Körnung des Streusalzes",
            "Eine Erklärung zur Lieferbereitschaft im Winter",
            "das Streusalz frei Bauhof anliefern",
            "eine Eigenerklärung zur Zuverlässigkeit vorzulegen",
        ],
        not_rows: &[
            "Am Sägewerk 3",
            "14. Mai 2027",
            "BH-2027-12",
            "behält sich vor, den Auftrag in Teilmengen",
            "kann die Ausschreibung jederzeit aufheben",
            "wird die nicht berücksichtigten Bieter",
            "übernimmt die Gemeinde keine Haftung",
            "kann bis zu 300 Tonnen aufnehmen",
            "kann Lieferscheine als PDF erzeugen",
        ],
        not_alone: &["Das Angebot muss Folgendes enthalten"],
    },
    // --- The issuer's own duties with the bidder's modal, permissions, contacts ---
    Case {
        name: "en ToR: the client's duties with 'shall', passives of payment, permissions, a contact",
        text: "TERMS OF REFERENCE\nAudit of the Water Utility's Billing System\n\nContract duration: 6 months\nBudget ceiling: USD 45,000\nContact person: Ms. Grace Otieno, Procurement Officer\n\n5. Obligations of the Client\n\nThe Client shall provide the Consultant with read access to the billing database.\nThe Client shall pay each invoice within 30 days of its approval.\nPayment will be made in two instalments after each report is accepted.\n\n6. Obligations of the Consultant\n\nThe Consultant shall submit an inception report within two weeks of signing.\nThe Consultant shall pay its own travel and subsistence costs.\nThe Consultant will have access to the utility's archive during office hours.\n\n7. Clarifications\n\nBidders may visit the utility's offices by appointment.\nQuestions can be sent to the contact person until 5 June 2027.\n",
        rows: &[
            "submit an inception report within two weeks of signing",
            "pay its own travel and subsistence costs",
        ],
        not_rows: &[
            "will have access to the utility's archive",
            "6 months",
            "USD 45,000",
            "Grace Otieno",
            "provide the Consultant with read access",
            "pay each invoice within 30 days",
            "will be made in two instalments",
            "may visit the utility's offices",
            "can be sent to the contact person",
        ],
        not_alone: &[],
    },
    Case {
        name: "fr CCAP : obligations de l'acheteur au futur et avec 'devra', facultés des candidats",
        text: "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES\nMaintenance des ascenseurs de la mairie\n\nDurée du marché : 36 mois\nMontant estimé : 60 000 euros HT\nInterlocuteur : M. Julien Roche, service des bâtiments\n\nArticle 7 – Obligations de l'acheteur\n\nL'acheteur devra remettre au titulaire les clés des locaux techniques.\nLe maître d'ouvrage réglera les factures dans un délai de trente jours.\nLe paiement sera effectué par virement administratif.\n\nArticle 8 – Obligations du titulaire\n\nLe titulaire devra intervenir dans les quatre heures en cas de panne.\nLe titulaire tiendra à jour le carnet d'entretien de chaque appareil.\nLe titulaire aura accès aux locaux techniques pendant les heures ouvrées.\n\nArticle 9 – Questions\n\nLes candidats peuvent visiter les locaux sur rendez-vous.\nLes questions peuvent être adressées par la plateforme jusqu'au 5 juin.\n",
        rows: &[
            "intervenir dans les quatre heures en cas de panne",
            "tiendra à jour le carnet d'entretien",
        ],
        not_rows: &[
            "aura accès aux locaux techniques",
            "36 mois",
            "60 000 euros HT",
            "Julien Roche",
            "remettre au titulaire les clés",
            "réglera les factures dans un délai",
            "sera effectué par virement",
            "peuvent visiter les locaux",
            "peuvent être adressées par la plateforme",
        ],
        not_alone: &[],
    },
    Case {
        name: "es pliego: obligaciones de la administración, pago en pasiva, facultades de los licitadores",
        text: "PLIEGO DE CLÁUSULAS ADMINISTRATIVAS\nServicio de limpieza de los colegios públicos\n\nDuración del contrato: 24 meses\nPresupuesto base: 180.000 euros\nResponsable del contrato: Dña. Marta Salcedo\n\nCláusula 9. Obligaciones de la Administración\n\nLa Administración deberá facilitar un cuarto para guardar los productos de limpieza.\nEl Ayuntamiento abonará las facturas en el plazo de treinta días.\nEl pago se realizará mediante transferencia bancaria.\n\nCláusula 10. Obligaciones del contratista\n\nEl contratista deberá limpiar las aulas cada tarde al terminar las clases.\nEl contratista aportará la maquinaria necesaria para el servicio.\nEl contratista tendrá acceso a los colegios en horario de tarde.\n\nCláusula 11. Consultas\n\nLos licitadores pueden visitar los colegios previa cita.\nLas consultas podrán dirigirse al responsable del contrato.\n",
        rows: &[
            "limpiar las aulas cada tarde",
            "aportará la maquinaria necesaria",
        ],
        not_rows: &[
            "tendrá acceso a los colegios",
            "24 meses",
            "180.000 euros",
            "Marta Salcedo",
            "facilitar un cuarto para guardar",
            "abonará las facturas en el plazo",
            "se realizará mediante transferencia",
            "pueden visitar los colegios",
            "podrán dirigirse al responsable",
        ],
        not_alone: &[],
    },
    Case {
        name: "pt contrato: obrigações da contratante, pagamento na passiva, faculdades das licitantes",
        text: "MINUTA DE CONTRATO\nServiços de vigilância das unidades de saúde\n\nVigência: 12 meses\nValor estimado: R$ 320.000,00\nFiscal do contrato: Sr. Ricardo Alves\n\nCláusula Quinta – Obrigações da contratante\n\nA contratante deverá fornecer crachás de acesso aos vigilantes.\nA Secretaria efetuará o pagamento até o décimo dia útil do mês seguinte.\nO pagamento será feito por ordem bancária.\n\nCláusula Sexta – Obrigações da contratada\n\nA contratada deverá substituir o vigilante ausente em até duas horas.\nA contratada manterá os vigilantes uniformizados durante o serviço.\nA contratada terá acesso ao sistema de câmeras das unidades.\n\nCláusula Sétima – Esclarecimentos\n\nAs licitantes podem vistoriar as unidades mediante agendamento.\nOs pedidos de esclarecimento poderão ser enviados por correio eletrônico.\n",
        rows: &[
            "substituir o vigilante ausente em até duas horas",
            "manterá os vigilantes uniformizados",
        ],
        not_rows: &[
            "terá acesso ao sistema de câmeras",
            "12 meses",
            "R$ 320.000,00",
            "Ricardo Alves",
            "fornecer crachás de acesso",
            "efetuará o pagamento até o décimo dia",
            "será feito por ordem bancária",
            "podem vistoriar as unidades",
            "poderão ser enviados por correio",
        ],
        not_alone: &[],
    },
    Case {
        name: "it contratto: obblighi del committente, pagamento al passivo, facoltà dei concorrenti",
        text: "SCHEMA DI CONTRATTO\nServizio di pulizia degli uffici comunali\n\nDurata: 24 mesi\nImporto a base d'asta: 95.000 euro\nResponsabile del procedimento: ing. Marco Bellini\n\nArt. 6 – Obblighi del committente\n\nIl committente dovrà mettere a disposizione un locale per i materiali.\nIl Comune pagherà le fatture entro sessanta giorni dal ricevimento.\nIl pagamento sarà effettuato con bonifico bancario.\n\nArt. 7 – Obblighi dell'appaltatore\n\nL'appaltatore dovrà pulire gli uffici ogni sera dopo la chiusura.\nL'appaltatore fornirà i prodotti di pulizia a basso impatto ambientale.\nL'appaltatore avrà accesso agli uffici dopo le ore diciotto.\n\nArt. 8 – Chiarimenti\n\nI concorrenti possono effettuare un sopralluogo su appuntamento.\nLe richieste di chiarimento potranno essere inviate tramite la piattaforma.\n",
        rows: &[
            "pulire gli uffici ogni sera",
            "fornirà i prodotti di pulizia",
        ],
        not_rows: &[
            "avrà accesso agli uffici",
            "24 mesi",
            "95.000 euro",
            "Marco Bellini",
            "mettere a disposizione un locale",
            "pagherà le fatture entro sessanta giorni",
            "sarà effettuato con bonifico",
            "possono effettuare un sopralluogo",
            "potranno essere inviate tramite",
        ],
        not_alone: &[],
    },
    Case {
        name: "de Vertrag: Pflichten des Auftraggebers, Zahlung im Passiv, Befugnisse der Bieter",
        text: "VERTRAGSBEDINGUNGEN\nGebäudereinigung der Grundschulen\n\nLaufzeit: 24 Monate\nGeschätzter Auftragswert: 150.000 Euro\nAnsprechpartner: Herr Tobias Brandt, Hauptamt\n\n§ 6 Pflichten des Auftraggebers\n\nDer Auftraggeber muss dem Auftragnehmer einen Abstellraum zur Verfügung stellen.\nDie Stadt zahlt die Rechnungen innerhalb von 30 Tagen.\nDie Zahlung erfolgt per Überweisung.\n\n§ 7 Pflichten des Auftragnehmers\n\nDer Auftragnehmer muss die Klassenräume täglich nach Unterrichtsende reinigen.\nDer Auftragnehmer stellt die Reinigungsmittel und Geräte.\nDer Auftragnehmer erhält einen Zugang zum Schließsystem der Schulen.\n\n§ 8 Fragen\n\nBieter können die Schulen nach Terminvereinbarung besichtigen.\nFragen können über die Vergabeplattform gestellt werden.\n",
        rows: &[
            "die Klassenräume täglich nach Unterrichtsende reinigen",
            "stellt die Reinigungsmittel und Geräte",
        ],
        not_rows: &[
            "erhält einen Zugang zum Schließsystem",
            "24 Monate",
            "150.000 Euro",
            "Tobias Brandt",
            "einen Abstellraum zur Verfügung stellen",
            "zahlt die Rechnungen innerhalb",
            "erfolgt per Überweisung",
            "können die Schulen nach Terminvereinbarung",
            "können über die Vergabeplattform",
        ],
        not_alone: &[],
    },
    // --- Permissions the bidder is given, under a heading or a list that binds ---
    Case {
        name: "en call: permissions under headings of requirements, in paragraphs and items",
        text: "CALL FOR PROPOSALS 2027/05\nSmall Grants for Community Libraries\n\n3. Eligibility of applicants\n\nApplicants must be non-profit bodies registered for at least two years.\n\nApplicants may act alone or together with partner libraries.\n\nPartner libraries may be located in any district of the region.\n\n4. Application requirements\n\n- The application form must be signed by the legal representative.\n- Questions may be e-mailed to the call's help desk until ten days before the deadline.\n- Applicants may attach photographs of the library's premises.\n",
        rows: &[
            "must be non-profit bodies registered for at least two years",
            "must be signed by the legal representative",
        ],
        not_rows: &[
            "may act alone or together with partner libraries",
            "may be located in any district",
            "may be e-mailed to the call's help desk",
            "may attach photographs of the library's premises",
        ],
        not_alone: &[],
    },
    Case {
        name: "fr appel : facultés des candidats sous un titre d'éligibilité et dans une liste",
        text: "APPEL À PROJETS 2027\nSoutien aux jardins partagés\n\n3. Critères d'éligibilité\n\nLes porteurs de projet doivent être des associations déclarées depuis au moins un an.\n\nLes candidats pourront se présenter seuls ou en groupement.\n\n4. Pièces exigées\n\n- Le dossier doit être signé par le président de l'association.\n- Les candidats pourront joindre des photographies du terrain.\n",
        rows: &[
            "doivent être des associations déclarées depuis au moins un an",
            "doit être signé par le président de l'association",
        ],
        not_rows: &[
            "pourront se présenter seuls ou en groupement",
            "pourront joindre des photographies du terrain",
        ],
        not_alone: &[],
    },
    Case {
        name: "es convocatoria: facultades de los solicitantes bajo un título de requisitos y en una lista",
        text: "CONVOCATORIA DE AYUDAS 2027\nHuertos escolares\n\n3. Requisitos de los solicitantes\n\nLos solicitantes deberán ser centros educativos públicos de la provincia.\n\nLos solicitantes podrán presentarse individualmente o agrupados.\n\n4. Requisitos de la solicitud\n\n- La solicitud deberá ir firmada por la dirección del centro.\n- Los solicitantes podrán adjuntar fotografías del huerto.\n",
        rows: &[
            "deberán ser centros educativos públicos de la provincia",
            "deberá ir firmada por la dirección del centro",
        ],
        not_rows: &[
            "podrán presentarse individualmente o agrupados",
            "podrán adjuntar fotografías del huerto",
        ],
        not_alone: &[],
    },
    Case {
        name: "pt edital: faculdades das proponentes sob um título de habilitação e numa lista",
        text: "EDITAL DE CHAMAMENTO 2027\nApoio a bibliotecas comunitárias\n\n3. Requisitos de habilitação\n\nAs proponentes deverão ser associações sem fins lucrativos com sede no estado.\n\nAs proponentes poderão participar isoladamente ou em rede.\n\n4. Requisitos da inscrição\n\n- O formulário deverá ser assinado pelo representante legal.\n- As proponentes poderão anexar fotografias do acervo.\n",
        rows: &[
            "deverão ser associações sem fins lucrativos",
            "deverá ser assinado pelo representante legal",
        ],
        not_rows: &[
            "poderão participar isoladamente ou em rede",
            "poderão anexar fotografias do acervo",
        ],
        not_alone: &[],
    },
    Case {
        name: "it bando: facoltà dei proponenti sotto un titolo di requisiti e in un elenco",
        text: "BANDO 2027\nContributi per orti urbani\n\n3. Requisiti di partecipazione\n\nI proponenti devono essere associazioni iscritte al registro regionale.\n\nI proponenti potranno partecipare singolarmente o in rete.\n\n4. Requisiti della domanda\n\n- La domanda dovrà essere firmata dal legale rappresentante.\n- I proponenti potranno allegare fotografie dell'area.\n",
        rows: &[
            "devono essere associazioni iscritte al registro regionale",
            "dovrà essere firmata dal legale rappresentante",
        ],
        not_rows: &[
            "potranno partecipare singolarmente o in rete",
            "potranno allegare fotografie dell'area",
        ],
        not_alone: &[],
    },
    Case {
        name: "de Aufruf: Befugnisse der Antragsteller unter einer Überschrift zu Anforderungen und in einer Liste",
        text: "FÖRDERAUFRUF 2027\nGemeinschaftsgärten in der Stadt\n\n3. Anforderungen an die Antragsteller\n\nAntragsteller müssen eingetragene Vereine mit Sitz in der Stadt sein.\n\nAntragsteller dürfen sich allein oder im Verbund bewerben.\n\n4. Anforderungen an den Antrag\n\n- Der Antrag muss vom Vorstand unterschrieben sein.\n- Antragsteller dürfen Fotos der Fläche beifügen.\n",
        rows: &[
            "müssen eingetragene vereine mit sitz in der stadt sein",
            "muss vom vorstand unterschrieben sein",
        ],
        not_rows: &[
            "dürfen sich allein oder im verbund bewerben",
            "dürfen fotos der fläche beifügen",
        ],
        not_alone: &[],
    },
];

/// The checks the engine fails today ("case name | fragment"), sorted: the six
/// lead-ins whose object is "the following", each alone above its items (the hand
/// counts hold such lead-ins as requirements, see c8558e9 and b45ff65, so they stay).
const KNOWN_MISSES: &[&str] = &[
    "de Preisanfrage: Formularfelder, Vorbehalte des Auftraggebers, Liste, Beschreibungen | Das Angebot muss Folgendes enthalten",
    "en RFQ: a form's fields, the authority's rights and notices, a lead-in, descriptions | The quotation shall include the following",
    "es invitación: datos del formulario, facultades de la entidad, lista, descripciones | La oferta técnica deberá incluir lo siguiente",
    "fr consultation : champs d'un formulaire, réserves de l'acheteur, liste, descriptions | Le candidat devra joindre à son offre les pièces suivantes",
    "it richiesta di preventivo: campi del modulo, facoltà dell'amministrazione, elenco, descrizioni | L'offerta tecnica dovrà contenere quanto segue",
    "pt cotação: campos do formulário, faculdades da comissão, lista, descrições | A proposta deverá conter o seguinte",
];

#[test]
fn the_second_precision_probe_fails_only_its_known_misses() {
    assert_known_misses(
        "precision probe 2",
        CASES,
        failures,
        |case| format!("{}: {:#?}", case.name, probe::precision_rows(case.text)),
        KNOWN_MISSES,
    );
}
