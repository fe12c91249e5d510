//! The sections of compliance-matrix rows in tenders for goods and their data sheets
//! (issue 31): lettered parts, lots, data-sheet rows, fields set in bold, and lines
//! a schedule repeats. Every sentence here is written for the test.

use rfp_engine::{Layout, StopFlag};

/// The section of the row whose text holds `needle`, analysed with `headings`
/// (level, text) as the layout's heading lines.
fn section_of(pages: &[&str], headings: &[(u8, &str)], needle: &str) -> Option<String> {
    let mut layout = Layout::new();
    for (level, text) in headings {
        layout.push_heading(*level, text);
    }
    let a = rfp_engine::analyze_document(pages, &layout, &StopFlag::default()).unwrap();
    a["extracted_data"]["requirements"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["text"].as_str().unwrap_or("").contains(needle))
        .map(|r| r["section"].as_str().unwrap_or("").to_owned())
}

/// The texts of all rows.
fn texts(pages: &[&str]) -> Vec<String> {
    let a = rfp_engine::analyze_pages(pages, &StopFlag::default()).unwrap();
    a["extracted_data"]["requirements"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["text"].as_str().unwrap_or("").to_owned())
        .collect()
}

#[test]
fn a_part_lettered_in_capitals_is_the_section_of_what_follows_in_six_languages() {
    let cases = [
        (
            "A. General Provisions\n\nThe supplier shall keep the goods insured until delivery.\n\nC. Preparation of Offers\n\nThe bidder shall quote its prices in euros.\n",
            "quote its prices",
            "C. Preparation of Offers",
        ),
        (
            "A. Dispositions générales\n\nLe fournisseur doit assurer les biens jusqu'à la livraison.\n\nB. Présentation des offres\n\nLe soumissionnaire doit indiquer ses prix en euros.\n",
            "indiquer ses prix",
            "B. Présentation des offres",
        ),
        (
            "A. Disposiciones generales\n\nEl proveedor deberá asegurar los bienes hasta la entrega.\n\nD. Presentación de ofertas\n\nEl oferente deberá cotizar sus precios en euros.\n",
            "cotizar sus precios",
            "D. Presentación de ofertas",
        ),
        (
            "A. Disposições gerais\n\nO fornecedor deve segurar os bens até a entrega.\n\nB. Apresentação das propostas\n\nO licitante deve indicar os preços em reais.\n",
            "indicar os preços",
            "B. Apresentação das propostas",
        ),
        (
            "A. Disposizioni generali\n\nIl fornitore deve assicurare i beni fino alla consegna.\n\nC. Presentazione delle offerte\n\nL'offerente deve indicare i prezzi in euro.\n",
            "indicare i prezzi",
            "C. Presentazione delle offerte",
        ),
        (
            "A. Allgemeine Bestimmungen\n\nDer Lieferant muss die Waren bis zur Lieferung versichern.\n\nB. Einreichung der Angebote\n\nDer Bieter muss seine Preise in Euro angeben.\n",
            "Preise in Euro",
            "B. Einreichung der Angebote",
        ),
    ];
    for (page, needle, want) in cases {
        let got = section_of(&[page], &[], needle);
        assert_eq!(got.as_deref(), Some(want), "{page}");
    }
}

#[test]
fn capital_letters_under_a_lead_in_stay_items_of_its_list() {
    let page = "The offer shall contain the following parts:\n\nA. Technical Offer\n\nB. Financial Offer\n\nThe bidder shall sign every page.\n";
    let rows = texts(&[page]);
    assert!(
        rows.iter().any(|r| r.contains("Technical Offer")),
        "{rows:?}"
    );
    assert!(
        rows.iter().any(|r| r.contains("Financial Offer")),
        "{rows:?}"
    );
}

#[test]
fn a_lot_is_the_section_of_its_specifications_in_six_languages() {
    let cases = [
        (
            "Lot 2 : Office chairs\nEach chair must have five castors and adjustable armrests.\n",
            "five castors",
            "Lot 2 : Office chairs",
        ),
        (
            "Lot 1 – Fournitures de bureau\nChaque carnet doit comporter cent feuilles lignées.\n",
            "cent feuilles",
            "Lot 1 – Fournitures de bureau",
        ),
        (
            "Lote 3 - Material de limpieza\nCada envase deberá contener cinco litros de producto.\n",
            "cinco litros",
            "Lote 3 - Material de limpieza",
        ),
        (
            "Lote 2: Equipamento informático\nCada monitor deve ter uma tela de vinte e quatro polegadas.\n",
            "vinte e quatro",
            "Lote 2: Equipamento informático",
        ),
        (
            "Lotto 1 – Arredi\nOgni scrivania deve avere un piano in legno massello.\n",
            "legno massello",
            "Lotto 1 – Arredi",
        ),
        (
            "Los 2: Büromöbel\nJeder Schrank muss abschließbar sein und zwei Böden haben.\n",
            "abschließbar",
            "Los 2: Büromöbel",
        ),
    ];
    for (page, needle, want) in cases {
        // After a form whose numbered line would otherwise stay the section.
        let form = "7. Attached are the papers of [tick the boxes of the papers]\n\nThe bidder shall complete this form in ink.\n\n";
        let text = format!("{form}{page}");
        let got = section_of(&[&text], &[], needle);
        assert_eq!(got.as_deref(), Some(want), "{page}");
    }
}

#[test]
fn a_data_sheets_row_is_no_heading() {
    let page = "C. Preparation of Offers\n\nITB 20.1 Bid security is not demanded\n\nITB 21.1 The bidder shall submit two copies besides the original.\n";
    let got = section_of(&[page], &[], "two copies");
    assert_eq!(got.as_deref(), Some("C. Preparation of Offers"));
}

#[test]
fn a_field_and_its_value_set_in_bold_is_no_heading() {
    let page = "Submission of Offers\n\nE-mail: offers@example.org\n\nTime: 09.30 am\n\nFormat: A4 sheets\n\nThe bidder shall seal the envelope with its stamp.\n";
    let headings = [
        (1, "Submission of Offers"),
        (2, "E-mail: offers@example.org"),
        (2, "Time: 09.30 am"),
        (2, "Format: A4 sheets"),
    ];
    let got = section_of(&[page], &headings, "seal the envelope");
    assert_eq!(got.as_deref(), Some("Submission of Offers"));
    // A count without a unit may title what follows.
    let page =
        "Number of lots: 2\n\nThe bidder may offer for one lot or both but shall price each.\n";
    let got = section_of(&[page], &[(1, "Number of lots: 2")], "price each");
    assert_eq!(got.as_deref(), Some("Number of lots: 2"));
}

#[test]
fn a_line_that_heads_other_pages_is_text_in_a_pages_body() {
    // The closing line of a specification is the first line of three other pages
    // (a schedule repeated); in the body of the first page it ends a sentence.
    let first = "Schedule of chairs\n\nThe supplier shall label each carton with the lot number.\nThe supplier shall keep the cartons dry.\nThe supplier shall deliver on a weekday.\nThe chairs must be delivered assembled and\npacked in a sealed carton.\nThe supplier shall bear the cost of a return.\nThe supplier shall keep a stock of spare parts.\nThe supplier shall train two of our staff.\n";
    let others: Vec<String> = ["tables", "desks", "shelves"]
        .iter()
        .map(|what| format!("packed in a sealed carton.\nThe {what} must be made of oak.\nThe {what} must be delivered within ten days.\nThe {what} must carry a five year warranty.\n"))
        .collect();
    let pages = [first, &others[0], &others[1], &others[2]];
    let rows = texts(&pages);
    assert!(
        rows.iter()
            .any(|r| r.contains("delivered assembled and packed in a sealed carton")),
        "{rows:?}"
    );
}

#[test]
fn a_lots_specification_binds_without_a_verb_in_six_languages() {
    let cases = [
        (
            "Lot 2 : Office chairs\n\nThe chairs must be delivered assembled.\nSeat: black fabric, fire retardant\n",
            "Seat: black fabric",
        ),
        (
            "Lot 1 – Fournitures de bureau\n\nLes carnets doivent être livrés sous film.\nCouverture : carton recyclé de couleur verte\n",
            "Couverture : carton recyclé",
        ),
        (
            "Lote 3 - Material de limpieza\n\nLos envases deberán llevar etiqueta.\nCapacidad: cinco litros por envase\n",
            "Capacidad: cinco litros",
        ),
        (
            "Lote 2: Equipamento informático\n\nOs monitores devem ser entregues montados.\nResolução: mínimo de 1920 por 1080 pixels\n",
            "Resolução: mínimo",
        ),
        (
            "Lotto 1 – Arredi\n\nLe scrivanie devono essere consegnate montate.\nPiano: legno massello di rovere\n",
            "Piano: legno massello",
        ),
        (
            "Los 2: Büromöbel\n\nDie Schränke müssen montiert geliefert werden.\nOberfläche: Eiche, geölt und versiegelt\n",
            "Oberfläche: Eiche",
        ),
    ];
    for (page, needle) in cases {
        let rows = texts(&[page]);
        assert!(rows.iter().any(|r| r.contains(needle)), "{page}: {rows:?}");
    }
    // Outside a lot a field and its value bind nobody; under a lot, a long label
    // is no property (an award criterion's line).
    let rows = texts(&[
        "Contact details\n\nThe bidder shall sign the offer.\nTelephone: 0123 456 789 during office hours\n",
    ]);
    assert!(!rows.iter().any(|r| r.contains("Telephone")), "{rows:?}");
    let rows = texts(&[
        "Lot 4 : Printers\n\nThe printers must print in colour.\nMost advantageous economic offer weighting : 100 points\n",
    ]);
    assert!(!rows.iter().any(|r| r.contains("weighting")), "{rows:?}");
}

#[test]
fn a_propertys_label_wrapped_after_a_sentence_leads_no_list_in() {
    let page = "Lot 5 : Laptops\n\nThe laptops must be new. Keyboard: backlit, with a numeric pad. Battery:\nAt least ten hours of office use. Screen: fourteen inches, matte.\n";
    let rows = texts(&[page]);
    assert!(
        rows.iter()
            .any(|r| r.contains("Battery: At least ten hours")),
        "{rows:?}"
    );
}
