//! A probe of the compliance matrix's precision (issue 31, "What should not be
//! there"), written from the shapes a hand-judged sample of the tuned documents' rows
//! found most often among the rows that bind nobody (eval/precision-sample-2026-12-07.tsv:
//! labels 25, descriptions 25, fragments 17 of 81), before the engine's code of that
//! area was read. Small documents of our own in six languages, as a technical
//! specification or a call's instructions are written:
//! - **labels**: a requirement box's number ("Requirement no. 12", "Exigence n°4") and
//!   its title line above the box's statement, a form's blanks ("Name of the
//!   Offeror", "Signature and stamp"), a contact's name;
//! - **descriptions**: background facts, the issuer's options ("Two plans could be
//!   offered: …") and skills that "may be useful" with their items;
//! - **fragments**: a lead-in whose list carries the duty ("The portal shall allow
//!   members to:"), alone in a row of its own.
//!
//! Beside them, the statements that bind and must stay rows (the list's items, the
//! box's statement, the modal duties). Each case names the binding fragments
//! (`rows`: in some row), the fragments that must be in no row (`not_rows`), and the
//! labels and lead-ins that must not stand alone (`not_alone`: in no row that holds
//! none of the case's binding fragments; a lead-in merged with its first item or a
//! title with its box's statement is no failure). `KNOWN_MISSES` holds the checks the
//! engine fails today, and the test asserts it equals the failures, so a fix or a loss
//! both show.

mod probe;

use probe::{PrecisionCase as Case, assert_known_misses, precision_case_failures as failures};

const CASES: &[Case] = &[
    // --- English ---
    Case {
        name: "en specification: a lead-in's list, numbered requirement boxes with titles",
        text: "REQUEST FOR PROPOSALS No. 14/2027\nMember Portal for a Rowing Federation\n\n4. Functional requirements\n\n4.2 Bookings\n\nThe portal shall allow members to:\nReserve a boat for a chosen time slot\nCancel a reservation up to two hours before the slot starts\nSee the calendar of regattas of every club\nRequirement no. 12\nBoat reservations\n | The portal shall e-mail a reminder to the member on the day before each reservation.\n |\nRequirement no. 13\nDamage reports\n | The portal shall let a member report damage to a boat, with a photo attached.\n |\n",
        rows: &[
            "Reserve a boat for a chosen time slot",
            "Cancel a reservation up to two hours before the slot starts",
            "See the calendar of regattas of every club",
            "e-mail a reminder to the member on the day before each reservation",
            "report damage to a boat, with a photo attached",
        ],
        not_rows: &[],
        not_alone: &[
            "The portal shall allow members to",
            "Requirement no. 12",
            "Boat reservations",
            "Requirement no. 13",
            "Damage reports",
        ],
    },
    Case {
        name: "en instructions: contacts, background, useful skills, a quotation form",
        text: "Section 2. Instructions to Offerors\n\n2.1 Points of contact\nContracting Officer: Dana Whitfield\nE-mail: dana.whitfield@example.org\n\n2.2 Background\nThe federation counts about 6,000 members in 48 clubs. Today members book boats by phone or on paper sheets kept in each boathouse.\n\n2.3 Useful skills\nUseful skills for this assignment could include:\n- Mobile application design\n- Card payment integration\n- Accessibility testing with screen readers\n\n2.4 Quotation\nOfferors must quote one fixed price for the whole project.\nEach quotation must remain valid for 120 days after the closing date.\n\nQuotation form\nName of the Offeror\nPostal address of the Offeror\nSignature and stamp\n",
        rows: &[
            "quote one fixed price for the whole project",
            "remain valid for 120 days after the closing date",
        ],
        not_rows: &[
            "Dana Whitfield",
            "about 6,000 members",
            "book boats by phone",
            "Mobile application design",
            "Card payment integration",
            "Accessibility testing with screen readers",
        ],
        not_alone: &[
            "Useful skills for this assignment could include",
            "Name of the Offeror",
            "Postal address of the Offeror",
            "Signature and stamp",
        ],
    },
    // --- French ---
    Case {
        name: "fr CCTP : liste sous « devra permettre », encadrés d'exigences, contacts, formules possibles",
        text: "Cahier des clauses techniques particulières\nPlateforme de réservation des équipements sportifs\n\n3. Exigences fonctionnelles\n\nLa plateforme devra permettre :\nLa réservation d’un créneau par un club ou par un particulier\nLe paiement en ligne par carte bancaire\nL’envoi d’un rappel par courriel la veille du créneau\nExigence n°4\nGestion des tarifs\n | Le titulaire devra paramétrer les tarifs par équipement et par catégorie d’usagers.\n |\nExigence n°5\nTableau de bord\n | La solution devra fournir chaque mois un tableau de bord de la fréquentation des salles.\n |\n\n4. Contexte\n\nLa commune gère aujourd’hui onze gymnases et deux piscines. Les réservations se font encore par téléphone auprès du service des sports.\n\nDeux formules pourront être proposées aux usagers :\nUne formule découverte, limitée à trois créneaux par mois\nUne formule annuelle, sans limite de créneaux\n\nContacts\nResponsable du marché : Claire Dufour\nCourriel : claire.dufour@example.fr\n",
        rows: &[
            "La réservation d’un créneau par un club ou par un particulier",
            "Le paiement en ligne par carte bancaire",
            "L’envoi d’un rappel par courriel la veille du créneau",
            "paramétrer les tarifs par équipement et par catégorie d’usagers",
            "fournir chaque mois un tableau de bord de la fréquentation",
        ],
        not_rows: &[
            "onze gymnases et deux piscines",
            "se font encore par téléphone",
            "Une formule découverte",
            "Une formule annuelle",
            "Claire Dufour",
        ],
        not_alone: &[
            "La plateforme devra permettre",
            "Exigence n°4",
            "Gestion des tarifs",
            "Exigence n°5",
            "Tableau de bord",
        ],
    },
    // --- Spanish ---
    Case {
        name: "es pliego: antecedentes, lista bajo 'deberá garantizar', requisito numerado, datos del licitador",
        text: "Pliego de prescripciones técnicas\nServicio de mantenimiento de las fuentes públicas\n\n2. Antecedentes\nEl Ayuntamiento cuenta con ciento veinte fuentes ornamentales repartidas en nueve distritos. Hasta la fecha el mantenimiento se ha prestado con medios propios.\n\n3. Requisitos del servicio\nEl adjudicatario deberá garantizar:\nLa limpieza semanal de cada fuente\nLa reparación de las averías en un plazo máximo de 48 horas\nEl registro de cada intervención en la aplicación municipal\n\nRequisito n.º 6\nControl de la calidad del agua\n | El adjudicatario deberá analizar la calidad del agua de cada fuente una vez al mes.\n |\n\nDatos del licitador\nNombre o razón social\nFirma y sello\n\nPersona de contacto: Jorge Ibáñez\n",
        rows: &[
            "La limpieza semanal de cada fuente",
            "La reparación de las averías en un plazo máximo de 48 horas",
            "El registro de cada intervención en la aplicación municipal",
            "analizar la calidad del agua de cada fuente una vez al mes",
        ],
        not_rows: &[
            "ciento veinte fuentes ornamentales",
            "con medios propios",
            "Jorge Ibáñez",
        ],
        not_alone: &[
            "El adjudicatario deberá garantizar",
            "Requisito n.º 6",
            "Control de la calidad del agua",
            "Nombre o razón social",
            "Firma y sello",
        ],
    },
    // --- Portuguese ---
    Case {
        name: "pt termo de referência: contexto, lista sob 'deverá', requisito numerado, gestor, competências úteis",
        text: "Termo de referência\nContratação de serviços de manutenção de elevadores\n\n1. Contexto\nO edifício sede possui seis elevadores instalados em 2009. A manutenção atual é feita por meio de contrato emergencial.\n\n2. Obrigações da contratada\nA contratada deverá:\nRealizar visitas preventivas mensais em cada elevador\nAtender chamados de emergência em até duas horas\nSubstituir peças defeituosas por componentes originais\n\nRequisito 3\nRelatórios de manutenção\n | A contratada deverá entregar relatório mensal das intervenções realizadas em cada elevador.\n |\n\nGestor do contrato: Paulo Menezes\nTelefone: (61) 3333-0000\n\nAs competências úteis podem incluir:\nExperiência com elevadores hidráulicos\nConhecimento das normas de acessibilidade\n",
        rows: &[
            "Realizar visitas preventivas mensais em cada elevador",
            "Atender chamados de emergência em até duas horas",
            "Substituir peças defeituosas por componentes originais",
            "entregar relatório mensal das intervenções realizadas",
        ],
        not_rows: &[
            "seis elevadores instalados em 2009",
            "contrato emergencial",
            "Paulo Menezes",
            "Experiência com elevadores hidráulicos",
            "Conhecimento das normas de acessibilidade",
        ],
        not_alone: &[
            "A contratada deverá",
            "Requisito 3",
            "Relatórios de manutenção",
            "As competências úteis podem incluir",
        ],
    },
    // --- Italian ---
    Case {
        name: "it capitolato: premessa, lista sotto 'dovrà consentire', requisito numerato, modulo d'offerta",
        text: "Capitolato tecnico\nServizio di gestione della biblioteca digitale\n\n1. Premessa\nLa biblioteca civica conserva circa ottantamila volumi e un fondo di manoscritti del Settecento. Il catalogo è consultabile in rete dal 2015.\n\n2. Requisiti\nIl sistema dovrà consentire:\nLa ricerca per autore, titolo e soggetto\nIl prestito digitale con scadenza automatica\nL'esportazione dei record bibliografici in formato MARC\nRequisito n. 8\nAccessibilità\n | Il sistema dovrà rispettare le linee guida di accessibilità WCAG 2.1 di livello AA.\n |\n\nReferente: dott.ssa Laura Ferri\n\nModulo di offerta\nDenominazione dell'operatore economico\nTimbro e firma\n",
        rows: &[
            "La ricerca per autore, titolo e soggetto",
            "Il prestito digitale con scadenza automatica",
            "L'esportazione dei record bibliografici in formato MARC",
            "rispettare le linee guida di accessibilità WCAG 2.1",
        ],
        not_rows: &[
            "ottantamila volumi",
            "consultabile in rete dal 2015",
            "Laura Ferri",
        ],
        not_alone: &[
            "Il sistema dovrà consentire",
            "Requisito n. 8",
            "Accessibilità",
            "Denominazione dell'operatore economico",
            "Timbro e firma",
        ],
    },
    // --- German ---
    Case {
        name: "de Leistungsbeschreibung: Ausgangslage, Liste unter 'muss ermöglichen', Anforderung Nr., Angebotsformular",
        text: "Leistungsbeschreibung\nDigitales Fundbüro für eine Kreisstadt\n\n1. Ausgangslage\nDie Stadt verzeichnet jährlich rund 2.500 Fundsachen. Bisher werden sie in einer Tabelle des Bürgeramts erfasst.\n\n2. Anforderungen\nDas System muss Folgendes ermöglichen:\nErfassung einer Fundsache mit Foto und Fundort\nSuche nach Fundsachen durch Bürgerinnen und Bürger\nBenachrichtigung der Verliererin oder des Verlierers per E-Mail\n\nAnforderung Nr. 5\nLöschfristen\n | Der Auftragnehmer muss personenbezogene Daten nach sechs Monaten automatisch löschen.\n |\n\nAnsprechpartnerin: Frau Sabine Krüger\n\nHilfreiche Kenntnisse können sein:\nErfahrung mit kommunalen Fachverfahren\nKenntnisse im Datenschutzrecht\n\nAngebotsformular\nName des Bieters\nUnterschrift und Stempel\n",
        rows: &[
            "Erfassung einer Fundsache mit Foto und Fundort",
            "Suche nach Fundsachen durch Bürgerinnen und Bürger",
            "Benachrichtigung der Verliererin oder des Verlierers per E-Mail",
            "personenbezogene Daten nach sechs Monaten automatisch löschen",
        ],
        not_rows: &[
            "rund 2.500 Fundsachen",
            "Tabelle des Bürgeramts",
            "Sabine Krüger",
            "Erfahrung mit kommunalen Fachverfahren",
            "Kenntnisse im Datenschutzrecht",
        ],
        not_alone: &[
            "Das System muss Folgendes ermöglichen",
            "Anforderung Nr. 5",
            "Löschfristen",
            "Name des Bieters",
            "Unterschrift und Stempel",
        ],
    },
];

/// The checks the engine fails today ("case name | fragment"), sorted. The four
/// lead-ins with a modal whose items carry the object ("The portal shall allow members
/// to:") are rows again: the rule that left them out (c8558e9) made the corpus test's
/// modal-search recall lose a lead-in it counts, as 47b9414 once found, so it is
/// reverted until the two measures agree on such lead-ins.
const KNOWN_MISSES: &[&str] = &[
    "de Leistungsbeschreibung: Ausgangslage, Liste unter 'muss ermöglichen', Anforderung Nr., Angebotsformular | Das System muss Folgendes ermöglichen",
    "en instructions: contacts, background, useful skills, a quotation form | Accessibility testing with screen readers",
    "en instructions: contacts, background, useful skills, a quotation form | Card payment integration",
    "en instructions: contacts, background, useful skills, a quotation form | Mobile application design",
    "en specification: a lead-in's list, numbered requirement boxes with titles | The portal shall allow members to",
    "es pliego: antecedentes, lista bajo 'deberá garantizar', requisito numerado, datos del licitador | El adjudicatario deberá garantizar",
    "fr CCTP : liste sous « devra permettre », encadrés d'exigences, contacts, formules possibles | La plateforme devra permettre",
    "it capitolato: premessa, lista sotto 'dovrà consentire', requisito numerato, modulo d'offerta | Il sistema dovrà consentire",
];

#[test]
fn the_precision_probe_fails_only_its_known_misses() {
    assert_known_misses(
        "precision probe",
        CASES,
        failures,
        |case| format!("{}: {:#?}", case.name, probe::precision_rows(case.text)),
        KNOWN_MISSES,
    );
}
