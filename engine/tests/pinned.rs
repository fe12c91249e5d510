//! The engine's output pinned by its hash: any change to what it reads in the project's
//! sample RFP and in a few short phrasings fails here, so a refactor that must not
//! change behaviour is checked in CI (the whole corpus is checked by
//! `worker/examples/engine_snapshot.rs`, which needs the documents). A change meant to
//! change the analyses updates the hash, and its commit says how they changed.

use sha2::{Digest, Sha256};

const SAMPLE: &str = include_str!("../../worker/fixtures/sample-rfp.md");

const PHRASES: &[&str] = &[
    "Proposals must be received no later than 17:00 CET on 15 March 2027. Awards of up to EUR 250,000 are available.",
    "Les offres doivent être remises au plus tard le 15 mars 2027. Le montant maximum est de 50 000 euros.",
    "Die Angebote sind bis zum 20. Mai 2026 einzureichen. Die Förderung beträgt bis zu 200.000 EUR.",
];

#[test]
fn the_engines_output_is_the_pinned_one() {
    let mut hash = Sha256::new();
    for text in std::iter::once(SAMPLE).chain(PHRASES.iter().copied()) {
        hash.update(serde_json::to_string(&rfp_engine::analyze(text)).unwrap());
        hash.update([0]);
    }
    let got: String = hash.finalize().iter().map(|b| format!("{b:02x}")).collect();
    assert_eq!(got, PINNED, "the engine's output changed");
}

const PINNED: &str = "0837c05270131259c21d89315e45db32259f07f3246666097c9c2c2304d8202a";
