//! A probe of two shapes found while reading a Portuguese terms of reference of our
//! own through the matrix (issue 31): the offer's validity bounded in the future tense
//! without a modal ("O prazo de validade da proposta não será inferior a 60 dias",
//! "El plazo de validez de la oferta no será inferior a tres meses", "La durée de
//! validité des offres ne sera pas inférieure à 120 jours"), which binds the bidder as
//! "shall not be less than" does, beside the same future bounding what the issuer
//! gives ("La subvention ne sera pas inférieure à 5 000 euros"), which binds nobody;
//! and who may not take part as a group ("É vedada a participação de consórcios",
//! "Bietergemeinschaften sind nicht zugelassen"), whose category is eligibility, not
//! the work's. Six languages.
//!
//! Written with the rule, not before it (the shapes came from the Portuguese text):
//! 5/16 checks pass on the engine before it (the validity rows missing in four
//! languages, the group's rows read as technical), 9/16 with the validity rule. The
//! group's words as eligibility cues ("consortium", "groupement", "unión temporal",
//! "consórcio", "raggruppamento", "Bietergemeinschaft") read 16/16 but moved the
//! held-out category 95 -> 93/186 (`rfp eval --blind`), so they are not kept: their
//! seven checks are `KNOWN_MISSES`.

mod probe;

use probe::{CategoryCase, assert_known_misses, category_failures, normal, row_texts};

const CASES: &[CategoryCase] = &[
    CategoryCase {
        name: "the offer's validity bounded in the future tense",
        text: "Tender for cleaning services\n\n5. Offer\n\nThe validity of the offer will not be less than 90 days.\n\nO prazo de validade da proposta não será inferior a 60 (sessenta) dias.\n\nEl plazo de validez de la oferta no será inferior a tres meses.\n\nLa durée de validité des offres ne sera pas inférieure à 120 jours.\n\nLa validità dell'offerta non sarà inferiore a 180 giorni.\n\n6. Funding\n\nThe grant will not be less than 5,000 euros per project.\n\nLa subvention ne sera pas inférieure à 5 000 euros.\n\nLa ayuda no será inferior a 3.000 euros.\n\nO apoio financeiro não será inferior a R$ 10.000,00.\n",
        rows: &[
            (
                "validity of the offer will not be less than 90 days",
                "submission",
            ),
            ("validade da proposta não será inferior a 60", "submission"),
            (
                "validez de la oferta no será inferior a tres meses",
                "submission",
            ),
            (
                "validité des offres ne sera pas inférieure à 120 jours",
                "submission",
            ),
            (
                "validità dell'offerta non sarà inferiore a 180",
                "submission",
            ),
        ],
    },
    CategoryCase {
        name: "who may not take part as a group",
        text: "Concurso público\n\n3. Participação\n\nÉ vedada a participação de consórcios.\n\nNão é admitida a participação de empresas em consórcio.\n\nLa participation des groupements n'est pas autorisée.\n\nNo se admite la participación de uniones temporales de empresas.\n\nNon è ammessa la partecipazione di raggruppamenti temporanei.\n\nBietergemeinschaften sind nicht zugelassen.\n\nConsortia shall not be admitted to this tender.\n",
        rows: &[
            ("vedada a participação de consórcios", "eligibility"),
            ("participação de empresas em consórcio", "eligibility"),
            ("participation des groupements", "eligibility"),
            ("uniones temporales de empresas", "eligibility"),
            ("partecipazione di raggruppamenti temporanei", "eligibility"),
            ("bietergemeinschaften sind nicht zugelassen", "eligibility"),
            ("consortia shall not be admitted", "eligibility"),
        ],
    },
];

/// What the issuer gives, bounded the same way: in no row.
const NOT_ROWS: &[&str] = &[
    "The grant will not be less than 5,000 euros",
    "La subvention ne sera pas inférieure à 5 000 euros",
    "La ayuda no será inferior a 3.000 euros",
    "O apoio financeiro não será inferior a R$ 10.000,00",
];

/// The checks the engine fails today: "case name | fragment | category".
const KNOWN_MISSES: &[&str] = &[
    "who may not take part as a group | bietergemeinschaften sind nicht zugelassen | eligibility",
    "who may not take part as a group | consortia shall not be admitted | eligibility",
    "who may not take part as a group | partecipazione di raggruppamenti temporanei | eligibility",
    "who may not take part as a group | participation des groupements | eligibility",
    "who may not take part as a group | participação de empresas em consórcio | eligibility",
    "who may not take part as a group | uniones temporales de empresas | eligibility",
    "who may not take part as a group | vedada a participação de consórcios | eligibility",
];

#[test]
fn the_offer_terms_probe_fails_only_its_known_misses() {
    assert_known_misses(
        "offer terms probe",
        CASES,
        |case| {
            let (n, mut failed) = category_failures(case);
            if case.name.starts_with("the offer's validity") {
                let rows = row_texts(case.text, normal);
                for fragment in NOT_ROWS {
                    if rows.iter().any(|r| r.contains(&normal(fragment))) {
                        failed.push(format!("{} | {fragment} | no row", case.name));
                    }
                }
                return (n + NOT_ROWS.len(), failed);
            }
            (n, failed)
        },
        |case| format!("{}: {:#?}", case.name, probe::category_rows(case)),
        KNOWN_MISSES,
    );
}
