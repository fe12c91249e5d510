//! Category cues of the compliance matrix (issue 31) that hold in a software
//! specification: a user's experience, screens and browsers are the product's, a
//! platform is the thing to build, and the parts and prices of a French answer have
//! their own words. Own sentences, read through the engine's public analysis.

/// The category of the row holding `want_text`.
fn category(text: &str, want_text: &str) -> String {
    let analysis = rfp_engine::analyze(text);
    let rows = analysis["extracted_data"]["requirements"]
        .as_array()
        .expect("the analysis has a matrix")
        .clone();
    let row = rows
        .iter()
        .find(|r| r["text"].as_str().unwrap_or_default().contains(want_text))
        .unwrap_or_else(|| panic!("no row holds {want_text:?}: {rows:?}"));
    row["category"].as_str().unwrap_or_default().to_owned()
}

#[test]
fn a_users_experience_is_the_products_in_six_languages() {
    for text in [
        "The mobile app must give a smooth user experience.",
        "L'interface doit offrir une expérience utilisateur fluide sur mobile.",
        "La aplicación deberá ofrecer una experiencia de usuario sencilla.",
        "O aplicativo deve oferecer uma experiência do usuário agradável.",
        "L'app deve garantire una buona esperienza utente.",
        "Die Benutzeroberfläche muss barrierefrei sein.",
    ] {
        assert_eq!(category(text, text), "technical", "{text}");
    }
}

#[test]
fn a_french_platform_is_the_thing_to_build_unless_offers_go_to_it() {
    for (text, want) in [
        (
            "La plateforme doit rester disponible le week-end.",
            "technical",
        ),
        (
            "Les offres doivent être déposées sur la plateforme de dématérialisation.",
            "submission",
        ),
    ] {
        assert_eq!(category(text, text), want, "{text}");
    }
}

#[test]
fn the_parts_and_prices_of_a_french_answer() {
    for (text, want) in [
        (
            "Le candidat doit remettre un mémoire technique de présentation.",
            "submission",
        ),
        (
            "Le titulaire doit proposer une grille tarifaire selon le modèle économique retenu.",
            "financial",
        ),
    ] {
        assert_eq!(category(text, text), want, "{text}");
    }
}
