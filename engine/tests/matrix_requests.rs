//! Compliance matrix (issue 31): requests without a modal verb, as a call's questions
//! and answers make them ("Si richiedono …", "Section 4 requires …"), bind; what is
//! not needed does not. Own sentences in six languages, read through the engine's
//! public analysis.

mod rows;

use rows::rows;

/// Each text is one statement; `binds` says whether it must be a row.
fn check(cases: &[(&str, bool)]) {
    for (text, binds) in cases {
        let rows = rows(text);
        let found = rows.iter().any(|r| r == text);
        assert_eq!(found, *binds, "{text}: {rows:?}");
    }
}

#[test]
fn impersonal_and_passive_requests_bind_in_six_languages() {
    check(&[
        (
            "Si richiedono due referenze bancarie per ogni candidato.",
            true,
        ),
        (
            "Viene richiesta una breve relazione sulle attività svolte.",
            true,
        ),
        (
            "Two bank references are requested for each applicant.",
            true,
        ),
        (
            "Deux références bancaires seront exigées de chaque candidat.",
            true,
        ),
        (
            "Serán requeridas dos referencias bancarias de cada licitador.",
            true,
        ),
        ("Pede-se uma breve descrição da equipa proposta.", true),
        ("Es werden zwei Bankreferenzen des Bieters verlangt.", true),
    ]);
}

#[test]
fn a_part_of_the_call_that_requires_binds_in_six_languages() {
    check(&[
        (
            "Il punto 3.2 del modulo richiede un piano di lavoro dettagliato.",
            true,
        ),
        ("Section 4.2 requires a detailed work plan.", true),
        ("L'article 5 exige une attestation d'assurance.", true),
        ("El apartado 6 exige un certificado de solvencia.", true),
        ("O item 7 exige uma declaração de idoneidade.", true),
        (
            "Abschnitt 5 verlangt einen Nachweis der Haftpflichtversicherung.",
            true,
        ),
    ]);
}

#[test]
fn what_is_not_needed_binds_nobody_in_six_languages() {
    check(&[
        ("Non occorre allegare lo statuto dell'associazione.", false),
        ("Applicants need not attach their statutes.", false),
        ("The bidder does not need to attach its statutes.", false),
        (
            "Les candidats ne sont pas tenus de joindre leurs statuts.",
            false,
        ),
        ("No hace falta adjuntar los estatutos de la entidad.", false),
        ("Não é preciso anexar os estatutos da entidade.", false),
        (
            "Die Satzung braucht dem Antrag nicht beigefügt zu werden.",
            false,
        ),
    ]);
}

#[test]
fn exclusions_with_an_adverb_bind_in_six_languages() {
    check(&[
        (
            "I contributi in natura sono espressamente esclusi dal cofinanziamento.",
            true,
        ),
        (
            "Subcontracting of the core tasks is expressly prohibited.",
            true,
        ),
        (
            "Les apports en nature sont expressément exclus du cofinancement.",
            true,
        ),
        (
            "Quedan expresamente excluidos los gastos de representación.",
            true,
        ),
        ("São expressamente vedados os pagamentos em espécie.", true),
        ("Sachleistungen sind ausdrücklich ausgeschlossen.", true),
    ]);
}

#[test]
fn the_host_body_that_applies_is_the_bidder_in_six_languages() {
    check(&[
        (
            "L'ente ospitante si impegna a garantire i locali del centro.",
            true,
        ),
        (
            "The host organisation undertakes to provide an office for the centre.",
            true,
        ),
        (
            "La structure d'accueil s'engage à fournir un local au centre.",
            true,
        ),
        (
            "La entidad de acogida se compromete a facilitar una oficina.",
            true,
        ),
        (
            "A entidade de acolhimento compromete-se a disponibilizar um escritório.",
            true,
        ),
        (
            "Die aufnehmende Einrichtung verpflichtet sich zur Bereitstellung eines Büros.",
            true,
        ),
    ]);
}

#[test]
fn an_example_to_follow_binds_in_italian() {
    check(&[
        ("Il calendario allegato è un modello da seguire.", true),
        ("Le tabelle vanno compilate seguendo l'esempio.", true),
    ]);
}

#[test]
fn an_items_later_sentence_on_what_is_not_needed_leaves_the_item_binding() {
    let text = "The proposal must include:\n\n- Two signed reference letters. The letters need not be originals.\n- A price schedule in euros.\n";
    let rows = rows(text);
    assert!(
        rows.iter().any(|r| r == "Two signed reference letters."),
        "{rows:?}"
    );
    assert!(!rows.iter().any(|r| r.contains("need not")), "{rows:?}");
}

#[test]
fn a_sanction_the_bidder_incurs_binds_in_six_languages() {
    check(&[
        (
            "I candidati che rendono dichiarazioni false sono passibili di sanzioni amministrative.",
            true,
        ),
        (
            "Applicants who make false statements are liable to administrative penalties.",
            true,
        ),
        (
            "Les candidats auteurs de fausses déclarations sont passibles de sanctions.",
            true,
        ),
        (
            "Los licitadores que falseen datos serán pasibles de sanciones administrativas.",
            true,
        ),
        (
            "Os proponentes que prestarem falsas declarações ficam sujeitos a sanções administrativas.",
            true,
        ),
        (
            "Bieter, die falsche Angaben machen, müssen mit Sanktionen rechnen.",
            true,
        ),
    ]);
}

#[test]
fn instructions_rejections_and_a_procedures_present_passive_bind() {
    check(&[
        (
            "Bidders are instructed to seal each envelope separately.",
            true,
        ),
        (
            "An offer valid for less than ninety days shall be rejected by the Buyer.",
            true,
        ),
        (
            "L'offerta viene presentata esclusivamente tramite la piattaforma.",
            true,
        ),
    ]);
}

#[test]
fn a_permission_that_limits_binds_in_six_languages() {
    check(&[
        ("Each firm may submit only one proposal.", true),
        ("Ogni concorrente può presentare una sola offerta.", true),
        ("Chaque candidat ne peut déposer qu'un seul dossier.", true),
        ("Cada licitador podrá presentar una sola oferta.", true),
        ("Cada proponente pode apresentar apenas uma proposta.", true),
        ("Jeder Bieter darf nur ein Angebot abgeben.", true),
        // A permission without a limit binds nobody.
        ("Bidders may visit the site before the deadline.", false),
        (
            "I concorrenti possono visitare il sito prima della scadenza.",
            false,
        ),
    ]);
}

#[test]
fn a_permission_on_a_condition_binds_in_six_languages() {
    check(&[
        (
            "Annexes may be written in Spanish, provided that a certified translation is attached.",
            true,
        ),
        (
            "Il consorzio può affidare parte del servizio, purché ne resti responsabile.",
            true,
        ),
        (
            "Les annexes peuvent être rédigées en anglais, à condition qu'une traduction soit jointe.",
            true,
        ),
        (
            "Los anexos podrán redactarse en inglés, siempre que se adjunte una traducción.",
            true,
        ),
        (
            "Os anexos podem ser redigidos em inglês, desde que acompanhados de tradução.",
            true,
        ),
        (
            "Anlagen können auf Englisch eingereicht werden, vorausgesetzt, eine Übersetzung liegt bei.",
            true,
        ),
        // The issuer's own permission on a condition binds nobody.
        (
            "The Authority may extend the deadline, provided that all bidders are told.",
            false,
        ),
    ]);
}

#[test]
fn french_cues_read_across_an_elided_article() {
    check(&[
        (
            "Le titulaire est responsable d'assurer la maintenance du site.",
            true,
        ),
        (
            "Le dossier est remis avant le 3 mars, sous peine d'exclusion.",
            true,
        ),
        ("Le candidat ne peut déposer qu'un dossier.", true),
        (
            "Les candidats ne sont pas tenus d'envoyer leurs statuts.",
            false,
        ),
    ]);
}

#[test]
fn a_negated_modal_of_a_relative_clause_describes_its_noun() {
    check(&[
        (
            "Nel museo ci sono sale che non possono ospitare più di venti visitatori.",
            false,
        ),
        (
            "There are rooms that cannot hold more than twenty visitors.",
            false,
        ),
        (
            "Items that may not be shipped by air must be listed in the offer.",
            true,
        ),
        (
            "Le spese che non possono essere documentate devono essere escluse dal bilancio.",
            true,
        ),
        (
            "Il candidato non può subappaltare le attività di base.",
            true,
        ),
    ]);
}
