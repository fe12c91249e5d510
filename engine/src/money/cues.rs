//! The words that say what an amount is: a trap (a fee, a guarantee, a rate, an
//! example, the issuer's own figures), a total, a ceiling, money for the work, a
//! minimum; in the six languages.

use std::sync::LazyLock;

use crate::lexicon;

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
pub(super) static CEILING: LazyLock<Vec<&str>> = LazyLock::new(|| lexicon::all(|l| l.ceiling_cues));

/// Words that make an amount about money for the work at all.
pub(super) static BUDGET_WORDS: LazyLock<Vec<&str>> =
    LazyLock::new(|| lexicon::all(|l| l.budget_cues));

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
    "importo disponibile",
    "complessiv",
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
    "gesamt",
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
    "estimated total",
    "for the call",
    "programme total",
    "available for the",
    "budget total",
    "montant total",
    "presupuesto total",
    "stanziat",
    "asignado para",
    "alloué",
    "bereitgestellt",
    "destinados a",
    "orçamento total",
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
