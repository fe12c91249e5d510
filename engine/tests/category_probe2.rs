//! A second probe of the compliance matrix's category (issue 31), written from the
//! confusions the tuned hand counts show (want one category, got another), before
//! the engine's category code was read: small documents of our own in six languages,
//! one service contract each, with the same shapes in each:
//!
//! - under the description of the service (a heading that says "technical"), a
//!   statement whose own meaning is about something else keeps that meaning: the
//!   invoices and the rate are **financial**, the single contact and the progress
//!   meeting are **management**, and what the offer must contain is **submission**;
//!   the work itself stays **technical**;
//! - under the bidders' conditions of participation, a minimum turnover and arrears
//!   of taxes or social contributions are **eligibility**, not financial: they say
//!   who may bid (the arrears are an exclusion ground);
//! - under a heading of the eligible actions (what work a grant pays for), what the
//!   action must do is **technical**: the heading's "eligible" is about the work, not
//!   about who may apply.
//!
//! `KNOWN_MISSES` holds the checks the engine fails today, and the test asserts it
//! equals the failures, so a fix or a loss both show.

mod probe;

use probe::{CategoryCase as Case, assert_known_misses, category_failures};

const CASES: &[Case] = &[
    Case {
        name: "en cleaning",
        text: "Request for Proposals: Office Cleaning Services\n\n1. Scope of services\n\nThe contractor shall clean the offices every working day between 18:00 and 21:00.\nInvoices must be issued monthly, one for each building.\nThe hourly rate shall include all wages, social charges and travel costs.\nThe contractor shall appoint a single point of contact for the facilities manager.\nThe contractor shall attend a monthly progress meeting with the site manager.\nThe proposal must include a description of the cleaning products to be used.\n\n2. Eligibility of bidders\n\nBidders must demonstrate an average annual turnover of at least USD 400,000 over the last three financial years.\nBidders must not be in arrears with the payment of taxes or social security contributions.\n\n3. Eligible actions\n\nEligible actions must train at least fifty local workers in safe cleaning methods.\n",
        rows: &[
            ("clean the offices every working day", "technical"),
            ("invoices must be issued monthly", "financial"),
            ("hourly rate shall include all wages", "financial"),
            (
                "single point of contact for the facilities manager",
                "management",
            ),
            ("attend a monthly progress meeting", "management"),
            (
                "proposal must include a description of the cleaning products",
                "submission",
            ),
            ("average annual turnover of at least", "eligibility"),
            ("in arrears with the payment of taxes", "eligibility"),
            ("train at least fifty local workers", "technical"),
        ],
    },
    Case {
        name: "fr nettoyage",
        text: "Appel d'offres : prestations de nettoyage des locaux\n\n1. Description des prestations\n\nLe titulaire doit nettoyer les bureaux chaque jour ouvré entre 18 heures et 21 heures.\nLes factures doivent être établies chaque mois, une par bâtiment.\nLe taux horaire doit inclure les salaires, les charges sociales et les frais de déplacement.\nLe titulaire doit désigner un interlocuteur unique auprès du responsable des services généraux.\nLe titulaire doit participer à une réunion mensuelle de suivi avec le responsable du site.\nL'offre doit comprendre une description des produits d'entretien utilisés.\n\n2. Conditions de participation\n\nLes candidats doivent justifier d'un chiffre d'affaires annuel moyen d'au moins 400 000 euros sur les trois derniers exercices.\nLes candidats ne doivent pas être en retard dans le paiement de leurs impôts ou cotisations sociales.\n\n3. Actions éligibles\n\nLes actions éligibles doivent former au moins cinquante agents locaux aux méthodes de nettoyage sûres.\n",
        rows: &[
            ("nettoyer les bureaux chaque jour ouvré", "technical"),
            ("factures doivent être établies chaque mois", "financial"),
            ("taux horaire doit inclure les salaires", "financial"),
            ("désigner un interlocuteur unique", "management"),
            ("participer à une réunion mensuelle de suivi", "management"),
            (
                "l'offre doit comprendre une description des produits",
                "submission",
            ),
            ("chiffre d'affaires annuel moyen d'au moins", "eligibility"),
            ("en retard dans le paiement de leurs impôts", "eligibility"),
            ("former au moins cinquante agents locaux", "technical"),
        ],
    },
    Case {
        name: "es limpieza",
        text: "Pliego de prescripciones: servicio de limpieza de oficinas\n\n1. Descripción del servicio\n\nEl adjudicatario deberá limpiar las oficinas cada día laborable entre las 18:00 y las 21:00.\nLas facturas deberán emitirse mensualmente, una por cada edificio.\nEl precio por hora deberá incluir los salarios, las cargas sociales y los desplazamientos.\nEl adjudicatario deberá designar un interlocutor único ante el responsable de servicios generales.\nEl adjudicatario deberá asistir a una reunión mensual de seguimiento con el responsable del centro.\nLa oferta deberá incluir una descripción de los productos de limpieza que se utilizarán.\n\n2. Requisitos de participación\n\nLos licitadores deberán acreditar un volumen anual de negocios medio de al menos 400.000 euros en los tres últimos ejercicios.\nLos licitadores no podrán tener deudas pendientes con la Hacienda pública ni con la Seguridad Social.\n\n3. Actividades subvencionables\n\nLas actividades subvencionables deberán formar al menos a cincuenta trabajadores locales en métodos de limpieza seguros.\n",
        rows: &[
            ("limpiar las oficinas cada día laborable", "technical"),
            ("facturas deberán emitirse mensualmente", "financial"),
            ("precio por hora deberá incluir los salarios", "financial"),
            ("designar un interlocutor único", "management"),
            ("asistir a una reunión mensual de seguimiento", "management"),
            (
                "la oferta deberá incluir una descripción de los productos",
                "submission",
            ),
            ("volumen anual de negocios medio de al menos", "eligibility"),
            ("deudas pendientes con la hacienda pública", "eligibility"),
            (
                "formar al menos a cincuenta trabajadores locales",
                "technical",
            ),
        ],
    },
    Case {
        name: "pt limpeza",
        text: "Caderno de encargos: serviços de limpeza de escritórios\n\n1. Descrição dos serviços\n\nO adjudicatário deve limpar os escritórios todos os dias úteis entre as 18h e as 21h.\nAs faturas devem ser emitidas mensalmente, uma por edifício.\nO preço por hora deve incluir os salários, os encargos sociais e as deslocações.\nO adjudicatário deve designar um interlocutor único junto do responsável pelos serviços gerais.\nO adjudicatário deve participar numa reunião mensal de acompanhamento com o responsável do local.\nA proposta deve incluir uma descrição dos produtos de limpeza a utilizar.\n\n2. Requisitos de participação\n\nOs concorrentes devem comprovar um volume de negócios anual médio de pelo menos 400 000 euros nos últimos três exercícios.\nOs concorrentes não podem ter dívidas ao fisco ou à segurança social.\n\n3. Ações elegíveis\n\nAs ações elegíveis devem formar pelo menos cinquenta trabalhadores locais em métodos de limpeza seguros.\n",
        rows: &[
            ("limpar os escritórios todos os dias úteis", "technical"),
            ("faturas devem ser emitidas mensalmente", "financial"),
            ("preço por hora deve incluir os salários", "financial"),
            ("designar um interlocutor único", "management"),
            (
                "participar numa reunião mensal de acompanhamento",
                "management",
            ),
            (
                "a proposta deve incluir uma descrição dos produtos",
                "submission",
            ),
            (
                "volume de negócios anual médio de pelo menos",
                "eligibility",
            ),
            ("dívidas ao fisco ou à segurança social", "eligibility"),
            (
                "formar pelo menos cinquenta trabalhadores locais",
                "technical",
            ),
        ],
    },
    Case {
        name: "it pulizia",
        text: "Capitolato tecnico: servizio di pulizia degli uffici\n\n1. Descrizione del servizio\n\nL'aggiudicatario deve pulire gli uffici ogni giorno lavorativo tra le 18:00 e le 21:00.\nLe fatture devono essere emesse mensilmente, una per ciascun edificio.\nLa tariffa oraria deve comprendere le retribuzioni, gli oneri sociali e le spese di trasferta.\nL'aggiudicatario deve nominare un referente unico per il responsabile dei servizi generali.\nL'aggiudicatario deve partecipare a una riunione mensile di monitoraggio con il responsabile della sede.\nL'offerta deve contenere una descrizione dei prodotti di pulizia utilizzati.\n\n2. Requisiti di partecipazione\n\nI concorrenti devono dimostrare un fatturato medio annuo di almeno 400.000 euro negli ultimi tre esercizi.\nI concorrenti non devono avere debiti fiscali o contributivi non pagati.\n\n3. Azioni ammissibili\n\nLe azioni ammissibili devono formare almeno cinquanta addetti locali a metodi di pulizia sicuri.\n",
        rows: &[
            ("pulire gli uffici ogni giorno lavorativo", "technical"),
            ("fatture devono essere emesse mensilmente", "financial"),
            (
                "tariffa oraria deve comprendere le retribuzioni",
                "financial",
            ),
            ("nominare un referente unico", "management"),
            (
                "partecipare a una riunione mensile di monitoraggio",
                "management",
            ),
            (
                "l'offerta deve contenere una descrizione dei prodotti",
                "submission",
            ),
            ("fatturato medio annuo di almeno", "eligibility"),
            ("debiti fiscali o contributivi non pagati", "eligibility"),
            ("formare almeno cinquanta addetti locali", "technical"),
        ],
    },
    Case {
        name: "de reinigung",
        text: "Leistungsbeschreibung: Unterhaltsreinigung von Büroräumen\n\n1. Beschreibung der Leistung\n\nDer Auftragnehmer muss die Büros an jedem Werktag zwischen 18 und 21 Uhr reinigen.\nRechnungen müssen monatlich gestellt werden, eine je Gebäude.\nDer Stundensatz muss Löhne, Sozialabgaben und Fahrtkosten enthalten.\nDer Auftragnehmer muss einen zentralen Ansprechpartner für die Hausverwaltung benennen.\nDer Auftragnehmer muss an einer monatlichen Abstimmungsbesprechung mit der Objektleitung teilnehmen.\nDas Angebot muss eine Beschreibung der verwendeten Reinigungsmittel enthalten.\n\n2. Teilnahmebedingungen\n\nDie Bieter müssen einen durchschnittlichen Jahresumsatz von mindestens 400.000 Euro in den letzten drei Geschäftsjahren nachweisen.\nDie Bieter dürfen keine Rückstände bei Steuern oder Sozialversicherungsbeiträgen haben.\n\n3. Förderfähige Maßnahmen\n\nFörderfähige Maßnahmen müssen mindestens fünfzig örtliche Beschäftigte in sicheren Reinigungsverfahren schulen.\n",
        rows: &[
            ("büros an jedem werktag zwischen", "technical"),
            ("rechnungen müssen monatlich gestellt werden", "financial"),
            ("stundensatz muss löhne, sozialabgaben", "financial"),
            (
                "zentralen ansprechpartner für die hausverwaltung",
                "management",
            ),
            ("monatlichen abstimmungsbesprechung", "management"),
            (
                "angebot muss eine beschreibung der verwendeten",
                "submission",
            ),
            (
                "durchschnittlichen jahresumsatz von mindestens",
                "eligibility",
            ),
            (
                "rückstände bei steuern oder sozialversicherungsbeiträgen",
                "eligibility",
            ),
            ("mindestens fünfzig örtliche beschäftigte", "technical"),
        ],
    },
];

/// The checks the engine fails today: "case | fragment | wanted category" (first
/// read 25/54, then 35/54, then 40/54 (what the offer must contain is submission under
/// any heading, `category.rs`'s offer duties), now 48/54 (money under a heading of the
/// work stays money; the cue families of wages and rates, meetings and invoices that
/// some languages lacked). Of helper 44's rules for these shapes, each measured alone
/// with the eval: eligible actions and costs, and exclusion grounds (arrears, social
/// security, turnover), are in the engine (tuned category +5, held out unchanged); the
/// offer's contents under the work's description (tuned +4) lost one held-out row and
/// is left out, and the tables' words for invoices, rates and meetings moved nothing.
/// The German arrears are no row at all (a prohibition with "dürfen keine", the
/// reading's).
const KNOWN_MISSES: &[&str] = &[
    "de reinigung | rückstände bei steuern oder sozialversicherungsbeiträgen | eligibility",
    "de reinigung | zentralen ansprechpartner für die hausverwaltung | management",
    "en cleaning | single point of contact for the facilities manager | management",
    "fr nettoyage | désigner un interlocuteur unique | management",
    "pt limpeza | designar um interlocutor único | management",
    "pt limpeza | participar numa reunião mensal de acompanhamento | management",
];

#[test]
fn the_second_category_probe_fails_only_its_known_misses() {
    assert_known_misses(
        "second category probe",
        CASES,
        category_failures,
        |c| c.name.to_owned(),
        KNOWN_MISSES,
    );
}
