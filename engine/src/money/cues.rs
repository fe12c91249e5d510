//! The words that say what an amount is: a trap (a fee, a guarantee, a rate, an
//! example, the issuer's own figures), a total, a ceiling, money for the work, a
//! minimum; in the six languages.

use std::sync::LazyLock;

use regex::Regex;

use crate::lexicon;
use crate::text::re;

/// Why an amount is not the budget, by the words of its clause.
pub(super) static TRAPS: LazyLock<Vec<(&str, Vec<&str>)>> = LazyLock::new(|| {
    vec![
        ("a fee", lexicon::all(|l| l.traps.fee)),
        ("a bond or guarantee", lexicon::all(|l| l.traps.guarantee)),
        ("insurance", lexicon::all(|l| l.traps.insurance)),
        ("a penalty", lexicon::all(|l| l.traps.penalty)),
        (
            "the issuer's own budget or history",
            lexicon::all(|l| l.traps.issuer_figures),
        ),
        ("a salary or a rate", lexicon::all(|l| l.traps.rate)),
        ("an example or a formula", lexicon::all(|l| l.traps.example)),
        ("a threshold", lexicon::all(|l| l.traps.threshold)),
    ]
});

/// The money one award or contract may get.
pub(super) static CEILING: LazyLock<Vec<&str>> = LazyLock::new(|| {
    let mut words = lexicon::all(|l| l.ceiling_cues);
    words.extend(MORE_CEILING);
    words
});

/// A contract's ceiling in the words of North American and East African tenders
/// besides the lexicons' ("upset limit", "engineer's estimate").
const MORE_CEILING: &[&str] = &["upset limit", "upset price", "engineer's estimate"];

/// Words that make an amount about money for the work at all.
pub(super) static BUDGET_WORDS: LazyLock<Vec<&str>> = LazyLock::new(|| {
    let mut words = lexicon::all(|l| l.budget_cues);
    words.extend(MORE_BUDGET_WORDS);
    words
});

/// A competition's prize money ("Preissumme", "prize pool") and a public body's
/// appropriation besides the lexicons' words.
const MORE_BUDGET_WORDS: &[&str] = &[
    "preissumme",
    "prize money",
    "prize pool",
    // Public money set aside by a council or a legislature ("The Town has
    // appropriated $95,000", "an appropriation of $2 million").
    "appropriated",
    "appropriation",
];

/// What buying the tender documents costs, said without the word "fee" ("Cost of
/// tender document | KES 1,000", "coût du dossier", "precio del pliego").
pub(super) const DOCUMENT_COST: &[&str] = &[
    "cost of tender document",
    "cost of bid document",
    "cost of bidding document",
    "cost of the bidding document",
    "price of the tender document",
    "price of tender document",
    "coût du dossier",
    "prix du dossier",
    "costo del pliego",
    "precio del pliego",
    "custo do processo",
    "custo das peças",
    "costo del capitolato",
    "kosten der vergabeunterlagen",
];

pub(super) static MIN_WORDS: LazyLock<Vec<&str>> =
    LazyLock::new(|| lexicon::all(|l| l.minimum_cues));

/// The call's whole envelope, not one award.
pub(super) const TOTAL: &[&str] = &[
    "this call",
    "the call",
    "under this",
    "programme budget",
    "program budget",
    "overall",
    "envelope",
    "enveloppe",
    "dotation",
    "dotazione",
    // A grant's or a prize's own "dotación" is one award; the call's is whole.
    "dotación total",
    "dotación global",
    "dotação total",
    "dotação global",
    "dotacao global",
    "del bando",
    "do aviso",
    // The call's own whole in the other languages ("o valor global da chamada",
    // "la dotazione dell'avviso", "el presupuesto de esta convocatoria", "die Mittel
    // des Aufrufs").
    "da chamada",
    "desta chamada",
    "do edital",
    "deste edital",
    "dell'avviso",
    "del presente avviso",
    "de esta convocatoria",
    "de la présente convocation",
    "des aufrufs",
    "dieses aufrufs",
    "importo disponibile",
    "anticipated funding",
    "intends to commit",
    "expects to commit",
    "plans to support",
    "to fund",
    "in new funding",
    "funding available",
    "made available",
    "allocated",
    "this cycle",
    "insgesamt stehen",
    "presente invito",
    "de la convocatoria",
    "de l'appel",
    "this solicitation",
    "this program",
    "this programme",
    "funding opportunity",
    "total funding",
    "total amount available",
    "over the life",
    "total possible",
    "volume of purchases",
    "program funds",
    "programme funds",
    "for the call",
    "programme total",
    "available for the",
    "stanziat",
    "asignado para",
    "alloué",
    "bereitgestellt",
    "destinados a",
    // A programme's or fund's own whole ("The programme's total budget is…", "Für
    // das Programm stehen insgesamt…").
    "programme's total",
    "program's total",
    "fund's total",
    "stehen insgesamt",
    "für das programm",
];

/// The whole of the project's money, said as such ("The total project budget is
/// $48,000", "le budget total du projet", "el presupuesto total del proyecto"): as
/// strong as a stated ceiling, so that a cap on one part of the work beside it ("hosting
/// after year one not to exceed $2,400 per year") is not taken for the budget.
pub(super) const PROJECT_TOTAL: &[&str] = &[
    "total project budget",
    "project's total budget",
    "total budget of the project",
    "total budget for the project",
    "total budget of this project",
    "total budget for this project",
    "budget total du projet",
    "budget global du projet",
    "presupuesto total del proyecto",
    "presupuesto global del proyecto",
    "orçamento total do projeto",
    "orçamento total do projecto",
    "orçamento global do projeto",
    "budget totale del progetto",
    "budget complessivo del progetto",
    "gesamtbudget des projekts",
    "gesamtbudget für das projekt",
    "gesamtbudget des vorhabens",
];

/// A value that holds the contract's possible extensions or renewals ("el valor
/// estimado del contrato, incluidas las posibles prórrogas", "including the renewal
/// options", "compresi gli eventuali rinnovi", "einschließlich der
/// Verlängerungsoptionen"): the contract's whole life, the total beside the budget of
/// its first term. Lower case; a joining word, at most three words, the extension.
pub(super) static WITH_EXTENSIONS: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?:^|[^\w])(?:includ\w*|incl\.|inclu\w*|compres[aeio]|comprensiv[aeio]|inklusive|inkl\.|einschlie(?:ß|ss)lich|and|with|plus|y|e|et|avec|con|com|samt|mit)\s+(?:\S+\s+){0,3}?(?:prórrogas?|prorrogas?|prorrogaç\w*|proroghe|proroga|rinnov[io]|renewals?|renewal options?|option years?|option periods?|optional periods?|optional extensions?|reconductions?|verlängerung\w*)(?:[^\w]|$)",
    )
});

/// A fee that is what the work is paid, not a charge on the bidder: the whole fee of
/// the assignment ("the total fee for the assignment shall not exceed…").
pub(super) const WORK_FEE: &[&str] = &[
    "total fee",
    "fee budget",
    "budget for fees",
    "fee envelope",
    "fee for the assignment",
    "fees for the assignment",
    "consultancy fee",
    "consulting fee",
    "professional fee",
    "lump-sum fee",
    "lump sum fee",
    "honoraires totaux",
    "total des honoraires",
    "honorarios totales",
    "total de honorarios",
    "honorários totais",
    "total dos honorários",
    "onorario complessivo",
    "onorario totale",
    "gesamthonorar",
];

/// Money set aside for expenses beside the work's fee (travel, accommodation): an
/// allowance, never the budget.
pub(super) const EXPENSES: &[&str] = &[
    "provided for travel",
    "for travel and",
    "for travel,",
    "for travel costs",
    "for travel expenses",
    "frais de déplacement",
    "frais de voyage",
    "pour les déplacements",
    "gastos de viaje",
    "gastos de desplazamiento",
    "despesas de deslocação",
    "despesas de viagem",
    "spese di viaggio",
    "spese di trasferta",
    "reisekosten",
];

/// Words that open a range of amounts ("entre 25 000 € e 150 000 €", "zwischen…
/// und…", "tra… e…"): a range is stated, whatever the verb.
pub(super) const RANGE_OPENERS: &[&str] = &[
    "between ",
    "from ",
    "entre ",
    "zwischen ",
    "von ",
    "tra ",
    "fra ",
    "da ",
    "de ",
];

/// One assignment or contract: an envelope or an allocation said of it is that
/// contract's budget, not a call's total ("l'enveloppe allouée à cette mission").
pub(super) const ONE_CONTRACT: &[&str] = &[
    "this assignment",
    "this contract",
    "of the contract",
    "the assignment",
    "dell'appalto",
    "del contratto",
    "du marché",
    "del contrato",
    "do contrato",
    "des auftrags",
    "this consultancy",
    "cette mission",
    "ce marché",
    "cette prestation",
    "esta consultoría",
    "este contrato",
    "esta asistencia",
    "esta prestação",
    "esta consultoria",
    "questo incarico",
    "questo contratto",
    "presente incarico",
    "diesen auftrag",
    "dieser auftrag",
    "diese leistung",
];

/// The whole of something, which is the call's total only when no ceiling is said
/// of it: "le montant total de la prestation ne doit pas dépasser" is one contract's.
pub(super) const CONTRACT_TOTAL: &[&str] = &[
    "montant total",
    "presupuesto total",
    "orçamento total",
    "budget total",
    "estimated total",
    "importo totale",
    // "l'importo complessivo dell'incarico non può superare" is one contract's.
    "complessiv",
    "gesamtbetrag",
    // "für den gesamten Leistungsumfang von max. 20.000 Euro" is the whole of one
    // contract.
    "gesamt",
];

/// The dollar countries, the United States first: the currency, the country's name,
/// and the words that name it (the country, its provinces or states). "New Mexico"
/// counts for both the United States and Mexico, and the first of equals wins.
pub(super) const DOLLAR_COUNTRIES: &[(&str, &str, &[&str])] = &[
    (
        "USD",
        "the United States",
        &[
            "alabama",
            "alaska",
            "arizona",
            "arkansas",
            "california",
            "colorado",
            "connecticut",
            "delaware",
            "florida",
            "georgia",
            "hawaii",
            "idaho",
            "illinois",
            "indiana",
            "iowa",
            "kansas",
            "kentucky",
            "louisiana",
            "maine",
            "maryland",
            "massachusetts",
            "michigan",
            "minnesota",
            "mississippi",
            "missouri",
            "montana",
            "nebraska",
            "nevada",
            "new hampshire",
            "new jersey",
            "new mexico",
            "new york",
            "north carolina",
            "north dakota",
            "ohio",
            "oklahoma",
            "oregon",
            "pennsylvania",
            "rhode island",
            "south carolina",
            "south dakota",
            "tennessee",
            "texas",
            "utah",
            "vermont",
            "virginia",
            "washington",
            "west virginia",
            "wisconsin",
            "wyoming",
            "united states",
            "u.s.",
            "usa",
            "federal",
        ],
    ),
    (
        "CAD",
        "Canada",
        &[
            "canada",
            "canadian",
            "ontario",
            "québec",
            "quebec",
            "british columbia",
            "alberta",
            "manitoba",
            "saskatchewan",
            "nova scotia",
            "new brunswick",
            "newfoundland",
            "yukon",
            "nunavut",
            "northwest territories",
            "prince edward island",
        ],
    ),
    (
        "AUD",
        "Australia",
        &[
            "australia",
            "australian",
            "new south wales",
            "queensland",
            "tasmania",
            "western australia",
            "south australia",
            "northern territory",
            // Its business number and its time zones, on a letterhead or a closing time.
            "abn",
            "awst",
            "acst",
            "acdt",
            "aest",
            "aedt",
            "nsw",
            "qld",
        ],
    ),
    ("NZD", "New Zealand", &["new zealand", "aotearoa"]),
    (
        "MXN",
        "Mexico",
        &["méxico", "mexico", "mexican", "mexicano", "mexicana"],
    ),
    ("ARS", "Argentina", &["argentina", "república argentina"]),
    ("CLP", "Chile", &["chile", "chilena", "chileno"]),
    ("COP", "Colombia", &["colombia", "colombiana", "colombiano"]),
    ("SGD", "Singapore", &["singapore"]),
    ("HKD", "Hong Kong", &["hong kong"]),
    ("JMD", "Jamaica", &["jamaica", "jamaican"]),
    ("TTD", "Trinidad and Tobago", &["trinidad"]),
    ("NAD", "Namibia", &["namibia", "namibian", "windhoek"]),
    ("UYU", "Uruguay", &["uruguay", "montevideo"]),
    (
        "DOP",
        "the Dominican Republic",
        &[
            "república dominicana",
            "dominican republic",
            "santo domingo",
        ],
    ),
];

/// Headings of sections about money.
pub(super) const BUDGET_HEADINGS: &[&str] = &[
    "budget",
    "funding",
    "financ",
    "award information",
    "award budget",
    "dotazione",
    "dotation",
    "presupuesto",
    "valor estimado",
    "precio",
    "montant",
    "importo",
    "orçamento",
    "förder",
    "co-financement",
    "cofinanciación",
    "volume of purchases",
    "price",
];

pub(super) const RANGE_JOIN: &[&str] = &[
    "and", "to", "-", "–", "—", "et", "y", "e", "a", "bis", "und", "à",
];
