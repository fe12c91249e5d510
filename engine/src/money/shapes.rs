//! The budget shapes of issue 34, in sentences of our own in the six languages:
//! thousands grouped by spaces, thresholds of eligibility rules, an expenses
//! allowance beside the assignment's ceiling, sub-ceilings per partner, a programme's
//! envelope, stipends and prizes, and the currency of a bare "$".

use crate::analyze;

/// The budget `analyze` reads in `text`: min, max, total and currency.
fn budget(text: &str) -> (Option<f64>, Option<f64>, Option<f64>, Option<String>) {
    let a = analyze(text);
    let b = &a["extracted_data"]["budget"];
    (
        b["min"].as_f64(),
        b["max"].as_f64(),
        b["total"]["amount"].as_f64(),
        b["currency"].as_str().map(str::to_owned),
    )
}

type Case<'a> = (
    &'a str,
    Option<f64>,
    Option<f64>,
    Option<f64>,
    Option<&'a str>,
);

/// Every case's budget, checked all at once so one failure shows every other.
fn check(cases: &[Case]) {
    let wrong: Vec<String> = cases
        .iter()
        .filter_map(|(text, min, max, total, currency)| {
            let got = budget(text);
            let want = (*min, *max, *total, currency.map(str::to_owned));
            (got != want).then(|| format!("{text}\n  got {got:?}, want {want:?}"))
        })
        .collect();
    assert!(wrong.is_empty(), "\n{}", wrong.join("\n\n"));
}

#[test]
fn thousands_grouped_by_spaces_are_one_amount() {
    check(&[
        (
            "The maximum budget for the assignment is 40 000 USD.",
            None,
            Some(40_000.0),
            None,
            Some("USD"),
        ),
        (
            "Le budget maximum de la prestation est de 1\u{202f}200\u{202f}000 €.",
            None,
            Some(1_200_000.0),
            None,
            Some("EUR"),
        ),
        (
            "El presupuesto máximo del contrato es de 1 200 000 €.",
            None,
            Some(1_200_000.0),
            None,
            Some("EUR"),
        ),
        (
            "O valor máximo do contrato é de 250\u{a0}000 EUR.",
            None,
            Some(250_000.0),
            None,
            Some("EUR"),
        ),
        (
            "L'importo massimo del contratto è di 75 000 EUR.",
            None,
            Some(75_000.0),
            None,
            Some("EUR"),
        ),
        (
            "Das Auftragsvolumen beträgt maximal 85 000 CHF.",
            None,
            Some(85_000.0),
            None,
            Some("CHF"),
        ),
    ]);
}

#[test]
fn thresholds_of_eligibility_and_preference_rules_are_not_the_budget() {
    check(&[
        (
            "This tender is reserved for small firms where the evaluated tender sum is below KSh 250 million.",
            None,
            None,
            None,
            None,
        ),
        (
            "Les candidats doivent justifier d'un chiffre d'affaires annuel supérieur à 500 000 EUR.",
            None,
            None,
            None,
            None,
        ),
        (
            "Podrán participar las empresas cuya facturación anual sea inferior a 2 000 000 €.",
            None,
            None,
            None,
            None,
        ),
        (
            "Die Vergabe ist Unternehmen mit einem Jahresumsatz unter 1 000 000 EUR vorbehalten.",
            None,
            None,
            None,
            None,
        ),
        (
            "Bidders shall show financial resources sufficient to meet a cash-flow requirement of USD 400,000.",
            None,
            None,
            None,
            None,
        ),
        (
            "Upon the award of a contract over $150,000, the city will post a notice of award.",
            None,
            None,
            None,
            None,
        ),
        (
            "Le soumissionnaire doit disposer d'une trésorerie de 300 000 EUR.",
            None,
            None,
            None,
            None,
        ),
        (
            "O concorrente deve demonstrar um fluxo de caixa de 200.000 EUR.",
            None,
            None,
            None,
            None,
        ),
        (
            "Das Formular gilt, wenn der geschätzte Auftragswert 40.000 Euro überschreitet.",
            None,
            None,
            None,
            None,
        ),
        (
            "In der Regel liegen solche Aufträge bei zB. bis max 30.000 EUR.",
            None,
            None,
            None,
            None,
        ),
        (
            "Item 4, backpack. Weight: max. 4.5 pounds",
            None,
            None,
            None,
            None,
        ),
    ]);
}

#[test]
fn an_expenses_allowance_is_not_the_ceiling_of_the_assignment() {
    check(&[
        (
            "Un montant de 500 EUR est prévu pour les frais de déplacement. Le montant total de la prestation ne doit pas dépasser 30 000 EUR.",
            None,
            Some(30_000.0),
            None,
            Some("EUR"),
        ),
        (
            "An allowance of USD 800 covers communication costs. The total contract value shall not exceed USD 25,000.",
            None,
            Some(25_000.0),
            None,
            Some("USD"),
        ),
        (
            "Se prevé una asignación de 600 € para gastos de viaje. El importe máximo del contrato es de 18.000 €.",
            None,
            Some(18_000.0),
            None,
            Some("EUR"),
        ),
        (
            "Für Reisekosten ist eine Pauschale von 700 EUR vorgesehen. Das Honorar beträgt höchstens 22.000 EUR.",
            None,
            Some(22_000.0),
            None,
            Some("EUR"),
        ),
        (
            "Está previsto um montante de 400 EUR para despesas de deslocação. O valor máximo do contrato é de 16.000 EUR.",
            None,
            Some(16_000.0),
            None,
            Some("EUR"),
        ),
        (
            "È previsto un rimborso di 450 EUR per le spese di viaggio. L'importo massimo del contratto è di 19.000 EUR.",
            None,
            Some(19_000.0),
            None,
            Some("EUR"),
        ),
    ]);
}

#[test]
fn the_per_project_ceiling_beats_a_partners_and_the_envelope_is_the_total() {
    check(&[
        (
            "Each partner may receive up to EUR 60,000. Each project receives at most EUR 180,000.",
            None,
            Some(180_000.0),
            None,
            Some("EUR"),
        ),
        (
            "The programme has a total envelope of EUR 4 million. Grants range from EUR 50,000 to EUR 150,000.",
            Some(50_000.0),
            Some(150_000.0),
            Some(4_000_000.0),
            Some("EUR"),
        ),
        (
            "L'enveloppe globale du programme est de 3 000 000 EUR ; chaque projet peut recevoir jusqu'à 120 000 EUR.",
            None,
            Some(120_000.0),
            Some(3_000_000.0),
            Some("EUR"),
        ),
        (
            "La dotazione complessiva del programma è di 2.000.000 EUR; ogni progetto può ricevere fino a 90.000 EUR.",
            None,
            Some(90_000.0),
            Some(2_000_000.0),
            Some("EUR"),
        ),
        (
            "Cada socio puede recibir hasta 40.000 €. Cada proyecto recibe como máximo 150.000 €.",
            None,
            Some(150_000.0),
            None,
            Some("EUR"),
        ),
        (
            "Cada parceiro pode receber até 40.000 EUR. Cada projeto recebe no máximo 150.000 EUR.",
            None,
            Some(150_000.0),
            None,
            Some("EUR"),
        ),
        (
            "Jeder Partner erhält bis zu 40.000 EUR. Jedes Projekt erhält höchstens 150.000 EUR.",
            None,
            Some(150_000.0),
            None,
            Some("EUR"),
        ),
    ]);
}

#[test]
fn stipends_fellowships_and_prizes_are_the_award() {
    check(&[
        (
            "Fellows receive a stipend of $8,000 for the residency in Denver, Colorado.",
            None,
            Some(8_000.0),
            None,
            Some("USD"),
        ),
        (
            "Le lauréat reçoit un prix de 10 000 EUR.",
            None,
            Some(10_000.0),
            None,
            Some("EUR"),
        ),
        (
            "Cada beca tiene una dotación de 12.000 €.",
            None,
            Some(12_000.0),
            None,
            Some("EUR"),
        ),
        (
            "Das Stipendium ist mit 9.000 EUR dotiert.",
            None,
            Some(9_000.0),
            None,
            Some("EUR"),
        ),
        (
            "Cada bolseiro recebe uma bolsa de 7.500 EUR.",
            None,
            Some(7_500.0),
            None,
            Some("EUR"),
        ),
        (
            "Il vincitore riceve un premio di 5.000 EUR.",
            None,
            Some(5_000.0),
            None,
            Some("EUR"),
        ),
    ]);
}

#[test]
fn a_bare_dollar_takes_the_issuers_country_and_says_so() {
    check(&[
        (
            "City of Winnipeg, Manitoba, Canada\nThe maximum budget for this contract is $45,000.",
            None,
            Some(45_000.0),
            None,
            Some("CAD"),
        ),
        (
            "Department of Health, Queensland, Australia\nThe contract value is up to $60,000.",
            None,
            Some(60_000.0),
            None,
            Some("AUD"),
        ),
        (
            "Gobierno del Estado de Jalisco, México\nEl presupuesto máximo es de $900,000.",
            None,
            Some(900_000.0),
            None,
            Some("MXN"),
        ),
        (
            "County of Marin, California\nThe contract value is up to $60,000.",
            None,
            Some(60_000.0),
            None,
            Some("USD"),
        ),
    ]);
    let a = analyze("City of Winnipeg, Manitoba, Canada\nThe maximum budget is $45,000.");
    let notes = a["extracted_data"]["notes"].to_string();
    assert!(notes.contains("CAD"), "{notes}");
}

#[test]
fn a_budget_for_the_whole_of_one_contract_with_a_ceiling_is_its_max() {
    check(&[
        (
            "Antwort: Projektbudget für den gesamten Leistungsumfang (Konzept, Umsetzung, Wartung) von max. 20.000 Euro.",
            None,
            Some(20_000.0),
            None,
            Some("EUR"),
        ),
        (
            "Answer: the project budget for the whole scope (design, build, support) is max. 20,000 EUR.",
            None,
            Some(20_000.0),
            None,
            Some("EUR"),
        ),
        (
            "Réponse : le budget total de la prestation ne doit pas dépasser 20 000 EUR.",
            None,
            Some(20_000.0),
            None,
            Some("EUR"),
        ),
        (
            "Respuesta: el presupuesto total del contrato es de máximo 20.000 €.",
            None,
            Some(20_000.0),
            None,
            Some("EUR"),
        ),
        (
            "Resposta: o orçamento total do contrato é de no máximo 20.000 EUR.",
            None,
            Some(20_000.0),
            None,
            Some("EUR"),
        ),
        (
            "Risposta: l'importo totale del contratto è di massimo 20.000 EUR.",
            None,
            Some(20_000.0),
            None,
            Some("EUR"),
        ),
        // Without a ceiling, a programme's whole budget is the call's total.
        (
            "Das Gesamtbudget des Programms beträgt 2.000.000 EUR.",
            None,
            None,
            Some(2_000_000.0),
            Some("EUR"),
        ),
    ]);
}

/// A case's expected min, max, total and currency.
type Want<'a> = (Option<f64>, Option<f64>, Option<f64>, Option<&'a str>);

/// Each trap line alone gives no budget; before the real ceiling (joined by
/// `joiner`), it leaves the ceiling of 120,000 the budget.
fn check_traps(traps: &[(&[&str], &str, &str)], joiner: &str) {
    let mut cases: Vec<(String, Want)> = Vec::new();
    for (lines, real, currency) in traps {
        for line in *lines {
            cases.push(((*line).to_owned(), (None, None, None, None)));
            cases.push((
                format!("{line}{joiner}{real}"),
                (None, Some(120_000.0), None, Some(currency)),
            ));
        }
    }
    let cases: Vec<Case> = cases
        .iter()
        .map(|(t, (a, b, c, d))| (t.as_str(), *a, *b, *c, *d))
        .collect();
    check(&cases);
}

#[test]
fn amounts_that_are_never_the_budget_in_every_language() {
    // Each language: a bid guarantee, a turnover requirement, insurance cover, a
    // penalty per day, a fee for the tender documents and a past contract's value,
    // each alone (no budget) and before the real ceiling.
    let traps: &[(&[&str], &str, &str)] = &[
        (
            &[
                "A bid security of USD 5,000 is required.",
                "Bidders must have an average annual turnover of at least USD 500,000.",
                "The contractor shall hold professional liability insurance of USD 1,000,000.",
                "Liquidated damages of USD 200 per day of delay will apply.",
                "The tender documents may be purchased for a non-refundable fee of USD 100.",
                "The previous contract for this service, awarded in 2022, was worth USD 95,000.",
            ],
            "The maximum budget for this contract is USD 120,000.",
            "USD",
        ),
        (
            &[
                "Une garantie de soumission de 5 000 EUR est exigée.",
                "Le soumissionnaire doit justifier d'un chiffre d'affaires annuel moyen d'au moins 500 000 EUR.",
                "Le titulaire doit souscrire une assurance responsabilité civile d'un montant de 1 000 000 EUR.",
                "Des pénalités de retard de 200 EUR par jour calendaire seront appliquées.",
                "Le dossier d'appel d'offres peut être retiré contre paiement d'une somme non remboursable de 50 EUR.",
                "Le précédent marché, attribué en 2022, s'élevait à 95 000 EUR.",
            ],
            "Le budget maximum de la prestation est de 120 000 EUR.",
            "EUR",
        ),
        (
            &[
                "Se exige una garantía provisional de 5.000 €.",
                "Los licitadores deberán acreditar un volumen anual de negocios de al menos 500.000 €.",
                "El adjudicatario deberá suscribir un seguro de responsabilidad civil por importe de 1.000.000 €.",
                "Se aplicará una penalidad de 200 € por cada día de retraso.",
                "Los pliegos pueden adquirirse previo pago de 50 € no reembolsables.",
                "El contrato anterior, adjudicado en 2022, ascendió a 95.000 €.",
            ],
            "El presupuesto máximo del contrato es de 120.000 €.",
            "EUR",
        ),
        (
            &[
                "É exigida uma caução provisória de 5.000 EUR.",
                "Os concorrentes devem comprovar um volume de negócios anual de pelo menos 500.000 EUR.",
                "O adjudicatário deve dispor de um seguro de responsabilidade civil no valor de 1.000.000 EUR.",
                "Será aplicada uma multa de 200 EUR por cada dia de atraso.",
                "As peças do procedimento podem ser adquiridas mediante o pagamento de 50 EUR, não reembolsáveis.",
                "O contrato anterior, adjudicado em 2022, teve o valor de 95.000 EUR.",
            ],
            "O valor máximo do contrato é de 120.000 EUR.",
            "EUR",
        ),
        (
            &[
                "È richiesta una cauzione provvisoria di 5.000 EUR.",
                "I concorrenti devono dimostrare un fatturato annuo di almeno 500.000 EUR.",
                "L'aggiudicatario deve stipulare una polizza assicurativa di responsabilità civile con un massimale di 1.000.000 EUR.",
                "Sarà applicata una penale di 200 EUR per ogni giorno di ritardo.",
                "La documentazione di gara può essere acquistata al costo di 50 EUR, non rimborsabili.",
                "Il contratto precedente, aggiudicato nel 2022, era di 95.000 EUR.",
            ],
            "L'importo massimo del contratto è di 120.000 EUR.",
            "EUR",
        ),
        (
            &[
                "Es ist eine Bietersicherheit in Höhe von 5.000 EUR zu stellen.",
                "Die Bieter müssen einen Jahresumsatz von mindestens 500.000 EUR nachweisen.",
                "Der Auftragnehmer muss eine Berufshaftpflichtversicherung mit einer Deckungssumme von 1.000.000 EUR nachweisen.",
                "Für jeden Tag der Verspätung wird eine Vertragsstrafe von 200 EUR fällig.",
                "Die Vergabeunterlagen sind gegen eine Gebühr von 50 EUR erhältlich.",
                "Der vorherige Auftrag aus dem Jahr 2022 hatte einen Wert von 95.000 EUR.",
            ],
            "Das Auftragsvolumen beträgt maximal 120.000 EUR.",
            "EUR",
        ),
    ];
    check_traps(traps, " ");
}

#[test]
fn more_thresholds_and_dollars() {
    check(&[
        (
            "Sono ammesse le imprese con un fatturato annuo inferiore a 2.000.000 EUR.",
            None,
            None,
            None,
            None,
        ),
        (
            "Ville de Montréal (Québec), Canada\nLe budget maximal du contrat est de 45 000 $.",
            None,
            Some(45_000.0),
            None,
            Some("CAD"),
        ),
        (
            "Prefeitura de São Paulo, Brasil\nO valor máximo do contrato é de R$ 45.000,00.",
            None,
            Some(45_000.0),
            None,
            Some("BRL"),
        ),
        (
            "The maximum award is US$ 45,000 per project.",
            None,
            Some(45_000.0),
            None,
            Some("USD"),
        ),
        (
            "Un importo di 300 EUR è previsto per le spese di viaggio. L'importo complessivo dell'incarico non può superare 25.000 EUR.",
            None,
            Some(25_000.0),
            None,
            Some("EUR"),
        ),
        (
            "Para despesas de viagem está previsto um montante de 300 EUR. O montante total do contrato não pode exceder 25 000 EUR.",
            None,
            Some(25_000.0),
            None,
            Some("EUR"),
        ),
        (
            "Chaque partenaire peut recevoir jusqu'à 40 000 EUR. Chaque projet reçoit au maximum 150 000 EUR.",
            None,
            Some(150_000.0),
            None,
            Some("EUR"),
        ),
        (
            "Ogni partner può ricevere fino a 40.000 EUR. Ogni progetto riceve al massimo 150.000 EUR.",
            None,
            Some(150_000.0),
            None,
            Some("EUR"),
        ),
        (
            "O envelope financeiro global do programa é de 3 000 000 EUR; cada projeto pode receber até 120 000 EUR.",
            None,
            Some(120_000.0),
            Some(3_000_000.0),
            Some("EUR"),
        ),
        (
            "Der Gesamtrahmen des Programms beträgt 3 000 000 EUR; jedes Projekt kann bis zu 120 000 EUR erhalten.",
            None,
            Some(120_000.0),
            Some(3_000_000.0),
            Some("EUR"),
        ),
        (
            "La dotación total de la convocatoria es de 3 000 000 €; cada proyecto puede recibir hasta 120 000 €.",
            None,
            Some(120_000.0),
            Some(3_000_000.0),
            Some("EUR"),
        ),
    ]);
}

#[test]
fn currencies_and_groupings_as_each_country_writes_them() {
    check(&[
        (
            "The available budget is USD 40 000.",
            None,
            Some(40_000.0),
            None,
            Some("USD"),
        ),
        (
            "Le montant maximum du marché est de 40.000,00 € HT.",
            None,
            Some(40_000.0),
            None,
            Some("EUR"),
        ),
        (
            "Das Kostendach beträgt CHF 85'000.–",
            None,
            Some(85_000.0),
            None,
            Some("CHF"),
        ),
        (
            "The estimated contract value is Kshs. 2,500,000.",
            None,
            Some(2_500_000.0),
            None,
            Some("KES"),
        ),
        (
            "The maximum grant is $1.2 million per project.",
            None,
            Some(1_200_000.0),
            None,
            Some("USD"),
        ),
        (
            "Valor estimado do contrato: R$ 1.200.000,00 (um milhão e duzentos mil reais).",
            None,
            Some(1_200_000.0),
            None,
            Some("BRL"),
        ),
        (
            "Importo a base di gara: € 150.000,00 oltre IVA.",
            None,
            Some(150_000.0),
            None,
            Some("EUR"),
        ),
        (
            "Geschätzter Auftragswert: 150.000 EUR netto.",
            None,
            Some(150_000.0),
            None,
            Some("EUR"),
        ),
        (
            "El valor estimado del contrato asciende a 150.000,00 euros, IVA excluido.",
            None,
            Some(150_000.0),
            None,
            Some("EUR"),
        ),
        (
            "Le coût estimatif de la mission est de 25 000 000 FCFA.",
            None,
            Some(25_000_000.0),
            None,
            Some("XOF"),
        ),
        (
            "Funding of up to $50K is available per award.",
            None,
            Some(50_000.0),
            None,
            Some("USD"),
        ),
    ]);
}

#[test]
fn more_traps_as_tenders_write_them() {
    let traps: &[(&[&str], &str, &str)] = &[
        (
            &[
                "| Bid security | KES 100,000 |",
                "The Contractor shall maintain commercial general liability insurance with a minimum coverage of $1,000,000 per occurrence.",
                "Payment and performance bonds are required for contracts over $100,000.",
                "The Contractor's liability under this contract shall be limited to USD 1,000,000.",
                "Liquidated damages will be assessed at $500 per calendar day.",
                "Describe three projects of similar size, each valued at USD 500,000 or more.",
                "A non-refundable fee of Kshs 1,000 is payable for the tender document.",
                "Contractors must pay at least the minimum wage of $15.50 per hour.",
                "Any purchase over $10,000 requires three written quotes.",
            ],
            "The maximum budget for this contract is USD 120,000.",
            "USD",
        ),
        (
            &[
                "| Montant de la caution de soumission | 500 000 FCFA |",
                "Le titulaire souscrit une police d'assurance couvrant sa responsabilité à hauteur de 2 000 000 EUR.",
                "Le candidat doit présenter un chiffre d'affaires global d'au moins 800 000 EUR sur les trois derniers exercices.",
                "La responsabilité du titulaire est plafonnée à 1 000 000 EUR.",
            ],
            "Le budget maximum de la prestation est de 120 000 EUR.",
            "EUR",
        ),
        (
            &[
                "Solvencia económica: volumen anual de negocios igual o superior a 300.000 €.",
                "| Garantía provisional | 3.000 € |",
                "El contratista dispondrá de un seguro de responsabilidad civil con una cobertura mínima de 600.000 €.",
            ],
            "El presupuesto máximo del contrato es de 120.000 €.",
            "EUR",
        ),
        (
            &[
                "Os concorrentes devem possuir um capital social mínimo de 50.000 EUR.",
                "| Caução | 6.000 EUR |",
                "O adjudicatário pagará uma sanção pecuniária de 150 EUR por cada dia de atraso.",
            ],
            "O valor máximo do contrato é de 120.000 EUR.",
            "EUR",
        ),
        (
            &[
                "Requisiti di capacità economico-finanziaria: fatturato globale minimo di 500.000 EUR.",
                "La garanzia provvisoria è pari al 2% dell'importo a base di gara, ossia 2.400 EUR.",
                "| Cauzione provvisoria | 2.400 EUR |",
            ],
            "L'importo massimo del contratto è di 120.000 EUR.",
            "EUR",
        ),
        (
            &[
                "Mindestumsatz der letzten drei Geschäftsjahre: 300.000 EUR.",
                "Haftpflichtversicherung mit Deckungssummen von mindestens 3 Mio. EUR für Personenschäden.",
                "| Sicherheitsleistung | 6.000 EUR |",
            ],
            "Das Auftragsvolumen beträgt maximal 120.000 EUR.",
            "EUR",
        ),
    ];
    check_traps(traps, "\n");
}

#[test]
fn a_budget_in_a_cell_under_its_label_or_as_a_range_in_every_language() {
    check(&[
        (
            "| Estimated budget | USD 50,000 |",
            None,
            Some(50_000.0),
            None,
            Some("USD"),
        ),
        (
            "| Montant estimatif | 25 000 000 FCFA |",
            None,
            Some(25_000_000.0),
            None,
            Some("XOF"),
        ),
        (
            "| Presupuesto base de licitación (IVA excluido) | 150.000,00 € |",
            None,
            Some(150_000.0),
            None,
            Some("EUR"),
        ),
        (
            "| Valor estimado do contrato | 150.000,00 EUR |",
            None,
            Some(150_000.0),
            None,
            Some("EUR"),
        ),
        (
            "| Importo a base d'asta | 150.000,00 EUR |",
            None,
            Some(150_000.0),
            None,
            Some("EUR"),
        ),
        (
            "| Geschätzter Auftragswert | 150.000,00 EUR |",
            None,
            Some(150_000.0),
            None,
            Some("EUR"),
        ),
        (
            "Estimated budget:\n\nUSD 50,000",
            None,
            Some(50_000.0),
            None,
            Some("USD"),
        ),
        (
            "Budget indicatif :\n\n50 000 EUR",
            None,
            Some(50_000.0),
            None,
            Some("EUR"),
        ),
        (
            "Grants will range between $50,000 and $150,000.",
            Some(50_000.0),
            Some(150_000.0),
            None,
            Some("USD"),
        ),
        (
            "La subvention sera comprise entre 50 000 et 150 000 EUR.",
            Some(50_000.0),
            Some(150_000.0),
            None,
            Some("EUR"),
        ),
        (
            "La ayuda será de entre 50.000 y 150.000 € por proyecto.",
            Some(50_000.0),
            Some(150_000.0),
            None,
            Some("EUR"),
        ),
        (
            "O apoio por projeto será entre 50.000 e 150.000 EUR.",
            Some(50_000.0),
            Some(150_000.0),
            None,
            Some("EUR"),
        ),
        (
            "Il contributo per progetto è compreso tra 50.000 e 150.000 EUR.",
            Some(50_000.0),
            Some(150_000.0),
            None,
            Some("EUR"),
        ),
        (
            "Die Förderung je Projekt liegt zwischen 50.000 und 150.000 EUR.",
            Some(50_000.0),
            Some(150_000.0),
            None,
            Some("EUR"),
        ),
        (
            "The contract amount shall not exceed USD 75,000 (seventy-five thousand US dollars).",
            None,
            Some(75_000.0),
            None,
            Some("USD"),
        ),
    ]);
}

#[test]
fn a_bare_dollar_of_more_dollar_and_peso_countries() {
    check(&[
        (
            "Government of Jamaica, Kingston\nThe maximum contract value is $4,500,000.",
            None,
            Some(4_500_000.0),
            None,
            Some("JMD"),
        ),
        (
            "Hong Kong Arts Development Council\nThe maximum grant is $200,000 per project.",
            None,
            Some(200_000.0),
            None,
            Some("HKD"),
        ),
        (
            "Intendencia de Montevideo, Uruguay\nEl presupuesto máximo es de $ 900.000.",
            None,
            Some(900_000.0),
            None,
            Some("UYU"),
        ),
        (
            "Ministry of Finance, Republic of Trinidad and Tobago\nThe budget ceiling is $350,000.",
            None,
            Some(350_000.0),
            None,
            Some("TTD"),
        ),
        (
            "City of Windhoek, Namibia\nThe maximum budget is N$ 500,000.",
            None,
            Some(500_000.0),
            None,
            Some("NAD"),
        ),
    ]);
}
