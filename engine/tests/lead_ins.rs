//! A lead-in that leaves its list the verb's object or its clause's verb is no row of
//! its own (issue 31): its items are the rows. Own sentences, six languages, read
//! through the engine's public analysis.

mod rows;

use rows::rows;

#[test]
fn a_lead_in_that_leaves_its_items_the_object_is_no_row() {
    for (lead_in, item) in [
        (
            "The booking system must allow:",
            "Cancelling a booking from a phone",
        ),
        (
            "The supplier shall also provide:",
            "Spare lamps for every projector",
        ),
        (
            "Le logiciel devra permettre :",
            "La réservation d'une salle depuis un téléphone",
        ),
        (
            "Le titulaire devra notamment fournir :",
            "Les lampes de rechange des projecteurs",
        ),
        (
            "El sistema deberá permitir:",
            "La reserva de salas desde el teléfono",
        ),
        (
            "O sistema deverá permitir:",
            "A reserva de salas pelo telemóvel",
        ),
        (
            "Il sistema dovrà consentire:",
            "La prenotazione delle sale dal telefono",
        ),
        (
            "Das System muss ermöglichen:",
            "Die Buchung von Räumen per Telefon",
        ),
        // The verb is in the items: the lead-in's last clause has none.
        (
            "Le titulaire devra garantir que le logiciel :",
            "Fonctionne sans connexion",
        ),
        (
            "The contractor shall ensure that the portal:",
            "Works without a connection",
        ),
    ] {
        let text = format!("Scope\n\n{lead_in}\n\n- {item}\n- Another item of the list\n");
        let rows = rows(&text);
        let lead = lead_in.trim_end_matches([':', ' ']);
        assert!(
            !rows.iter().any(|r| r.trim_end_matches([':', ' ']) == lead),
            "{lead_in}: {rows:?}"
        );
        assert!(rows.iter().any(|r| r.contains(item)), "{item}: {rows:?}");
    }
}

#[test]
fn a_lead_in_with_its_own_object_stays_a_row() {
    for lead_in in [
        "The technical offer shall include a work plan that covers:",
        "Le titulaire devra fournir un rapport mensuel qui précise :",
    ] {
        let text = format!("Scope\n\n{lead_in}\n\n- the tasks done\n- the tasks left\n");
        let rows = rows(&text);
        let lead = lead_in.trim_end_matches([':', ' ']);
        assert!(rows.iter().any(|r| r.contains(lead)), "{lead_in}: {rows:?}");
    }
}
