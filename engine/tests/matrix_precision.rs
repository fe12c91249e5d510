//! Compliance matrix precision (issue 31): what binds nobody stays out of a row, in
//! six languages. Own sentences, read through the engine's public analysis.

mod rows;

use rows::rows;

#[test]
fn bids_kept_unopened_are_the_issuers_custody_in_six_languages() {
    for (text, binding, custody) in [
        (
            "Each tender must be sealed in two envelopes. The envelopes marked PRICE shall remain unopened until the second opening.",
            "Each tender must be sealed in two envelopes.",
            "shall remain unopened",
        ),
        (
            "Chaque offre doit être remise sous deux plis. Les plis marqués PRIX resteront fermés jusqu'à la seconde séance.",
            "Chaque offre doit être remise sous deux plis.",
            "resteront fermés",
        ),
        (
            "Cada oferta debe entregarse en dos sobres. Los sobres marcados PRECIO permanecerán cerrados hasta la segunda apertura.",
            "Cada oferta debe entregarse en dos sobres.",
            "permanecerán cerrados",
        ),
        (
            "Ogni offerta deve essere consegnata in due buste. Le buste marcate PREZZO rimarranno chiuse fino alla seconda seduta.",
            "Ogni offerta deve essere consegnata in due buste.",
            "rimarranno chiuse",
        ),
        (
            "Cada proposta deve ser entregue em dois envelopes. Os envelopes marcados PREÇO permanecerão lacrados até a segunda sessão.",
            "Cada proposta deve ser entregue em dois envelopes.",
            "permanecerão lacrados",
        ),
        (
            "Jedes Angebot muss in zwei Umschlägen eingereicht werden. Die Umschläge mit der Aufschrift PREIS bleiben bis zur zweiten Öffnung ungeöffnet.",
            "Jedes Angebot muss in zwei Umschlägen eingereicht werden.",
            "ungeöffnet",
        ),
    ] {
        let rows = rows(text);
        assert!(rows.iter().any(|r| r == binding), "{binding}: {rows:?}");
        assert!(
            !rows.iter().any(|r| r.contains(custody)),
            "{custody}: {rows:?}"
        );
    }
}

#[test]
fn an_items_sentence_that_binds_nobody_is_left_out_of_its_row() {
    // A list item of two sentences, the second the issuer's act: the first alone is a
    // row.
    for (text, binding, act) in [
        (
            "Terms of supply:\n\n- No partial delivery shall be accepted. Payment shall be made after the full delivery.\n- Goods must be new.\n",
            "No partial delivery shall be accepted.",
            "Payment shall be made",
        ),
        (
            "Conditions de livraison :\n\n- Aucune livraison partielle ne doit être faite. Les paiements seront effectués après la livraison complète.\n- Les biens doivent être neufs.\n",
            "Aucune livraison partielle ne doit être faite.",
            "Les paiements seront effectués",
        ),
        (
            "Condiciones de entrega:\n\n- No se debe realizar ninguna entrega parcial. Los pagos se realizarán tras la entrega completa.\n- Los bienes deben ser nuevos.\n",
            "No se debe realizar ninguna entrega parcial.",
            "Los pagos se realizarán",
        ),
        (
            "Condizioni di consegna:\n\n- Nessuna consegna parziale deve essere effettuata. I pagamenti saranno effettuati dopo la consegna completa.\n- I beni devono essere nuovi.\n",
            "Nessuna consegna parziale deve essere effettuata.",
            "I pagamenti saranno effettuati",
        ),
        (
            "Condições de entrega:\n\n- Nenhuma entrega parcial deve ser feita. Os pagamentos serão efetuados após a entrega completa.\n- Os bens devem ser novos.\n",
            "Nenhuma entrega parcial deve ser feita.",
            "Os pagamentos serão efetuados",
        ),
        (
            "Lieferbedingungen:\n\n- Teillieferungen müssen vermieden werden. Die Zahlung erfolgt nach der vollständigen Lieferung.\n- Die Waren müssen neu sein.\n",
            "Teillieferungen müssen vermieden werden.",
            "Die Zahlung erfolgt",
        ),
    ] {
        let rows = rows(text);
        assert!(rows.iter().any(|r| r == binding), "{binding}: {rows:?}");
        assert!(!rows.iter().any(|r| r.contains(act)), "{act}: {rows:?}");
    }
}
