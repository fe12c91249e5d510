//! The deadline shapes of issue 34, each in the languages that write it, in sentences
//! of our own: an application window, split ordinals, 24-hour "Hrs" times, times with
//! seconds, questions cues in a cell or on the line before, old/new date tables of an
//! addendum, a running "closes" header, and the dates that are never the deadline.

use crate::analyze;

/// The deadline `analyze` picks for `text`: its date and time.
fn deadline(text: &str) -> (Option<String>, Option<String>) {
    let a = analyze(text);
    let d = a["extracted_data"]["deadlines"]
        .as_array()
        .and_then(|l| l.iter().find(|d| d["what"] == "submission"));
    (
        d.and_then(|d| d["date"].as_str()).map(str::to_owned),
        d.and_then(|d| d["time"].as_str()).map(str::to_owned),
    )
}

/// Every case's deadline, checked all at once so one failure shows every other.
fn check(cases: &[(&str, Option<&str>, Option<&str>)]) {
    let wrong: Vec<String> = cases
        .iter()
        .filter_map(|(text, date, time)| {
            let (d, t) = deadline(text);
            ((d.as_deref(), t.as_deref()) != (*date, *time))
                .then(|| format!("{text}\n  got {d:?} {t:?}, want {date:?} {time:?}"))
        })
        .collect();
    assert!(wrong.is_empty(), "\n{}", wrong.join("\n\n"));
}

#[test]
fn the_end_of_an_application_window_is_the_deadline() {
    check(&[
        (
            "Applications will be accepted from 4 May 2026 until 29 May 2026.",
            Some("2026-05-29"),
            None,
        ),
        (
            "Les candidatures sont reçues du 4 mai 2026 au 29 mai 2026.",
            Some("2026-05-29"),
            None,
        ),
        (
            "Las solicitudes se podrán presentar desde el 4 de mayo de 2026 hasta el 29 de mayo de 2026.",
            Some("2026-05-29"),
            None,
        ),
        (
            "As candidaturas podem ser apresentadas de 4 de maio de 2026 até 29 de maio de 2026.",
            Some("2026-05-29"),
            None,
        ),
        (
            "Le domande possono essere presentate dal 4 maggio 2026 al 29 maggio 2026.",
            Some("2026-05-29"),
            None,
        ),
        (
            "Bewerbungen werden vom 4. Mai 2026 bis zum 29. Mai 2026 entgegengenommen.",
            Some("2026-05-29"),
            None,
        ),
        // A window named as the period of submissions, its first day without a year.
        (
            "Période de dépôt : du 1er septembre au 15 octobre 2026, 17 h (heure de l'Est)",
            Some("2026-10-15"),
            Some("17:00"),
        ),
        (
            "Application period: 1 September to 15 October 2026.",
            Some("2026-10-15"),
            None,
        ),
        // The Swiss closing word.
        (
            "Eingabeschluss ist am 31. Mai 2026 um 23:59 Uhr.",
            Some("2026-05-31"),
            Some("23:59"),
        ),
    ]);
}

#[test]
fn split_ordinals_hrs_and_seconds_are_read_as_written() {
    check(&[
        (
            "Bids must be delivered not later than 14 th March 2026 at 1600 Hrs.",
            Some("2026-03-14"),
            Some("16:00"),
        ),
        (
            "The closing date for proposals is March 14 th, 2026 at 3:00:00 p.m.",
            Some("2026-03-14"),
            Some("15:00"),
        ),
        (
            "Deadline for submission of tenders: 9 June 2026 at 11:00:00 AM",
            Some("2026-06-09"),
            Some("11:00"),
        ),
        (
            "Date limite de remise des offres : 12 juin 2026 à 10:30:00",
            Some("2026-06-12"),
            Some("10:30"),
        ),
        (
            "Frist für die Abgabe der Angebote: 12.06.2026, 0930 Hrs",
            Some("2026-06-12"),
            Some("09:30"),
        ),
        // After "las": the seconds and the afternoon are read too.
        (
            "Presentación de ofertas: 21 de julio de 2026, hasta las 3:00:00 p.m.",
            Some("2026-07-21"),
            Some("15:00"),
        ),
        // A closing label of its own; a Portuguese hour in words.
        (
            "Closing: 14 July 2026 at 1600 Hrs.",
            Some("2026-07-14"),
            Some("16:00"),
        ),
        (
            "Prazo: 18 de junho de 2026, às 18 horas.",
            Some("2026-06-18"),
            Some("18:00"),
        ),
        (
            "As propostas são recebidas até 3 de julho de 2026, às 17h30.",
            Some("2026-07-03"),
            Some("17:30"),
        ),
        // A duration in hours is no time of day.
        (
            "Prazo: 18 de junho de 2026; resposta em 48 horas.",
            Some("2026-06-18"),
            None,
        ),
    ]);
}

#[test]
fn a_questions_cue_in_a_cell_or_on_the_line_above_is_not_the_deadline() {
    check(&[
        (
            "| Queries to reach the Procuring Entity not later than | 2 June 2026 |\n| Closing date for submission of tenders | 16 June 2026 |",
            Some("2026-06-16"),
            None,
        ),
        (
            "Clarifications must reach the Employer not later than:\n\n2 June 2026\n\nTenders must be received not later than 16 June 2026.",
            Some("2026-06-16"),
            None,
        ),
        (
            "Les demandes d'éclaircissements doivent parvenir au plus tard le :\n\n2 juin 2026\n\nLes offres doivent parvenir au plus tard le 16 juin 2026.",
            Some("2026-06-16"),
            None,
        ),
        (
            "Las consultas deberán recibirse a más tardar el:\n\n2 de junio de 2026\n\nLas ofertas deberán presentarse a más tardar el 16 de junio de 2026.",
            Some("2026-06-16"),
            None,
        ),
    ]);
}

#[test]
fn an_addendums_old_and_new_dates_give_the_new_one() {
    check(&[
        (
            "ADDENDUM No. 2\n\n| Initial opening date | New opening date |\n| 12 May 2026 | 26 May 2026 |",
            Some("2026-05-26"),
            None,
        ),
        (
            "Original closing: 12 May 2026 at 10:00\nRevised closing: 26 May 2026 at 10:00",
            Some("2026-05-26"),
            Some("10:00"),
        ),
        (
            "| Date initiale de clôture | Nouvelle date de clôture |\n| 12 mai 2026 | 26 mai 2026 |",
            Some("2026-05-26"),
            None,
        ),
        (
            "| Fecha de cierre anterior | Nueva fecha de cierre |\n| 12/05/2026 | 26/05/2026 |",
            Some("2026-05-26"),
            None,
        ),
        (
            "| Data di scadenza originaria | Nuova data di scadenza |\n| 12/05/2026 | 26/05/2026 |",
            Some("2026-05-26"),
            None,
        ),
        (
            "Fristverlängerung\nDie Angebotsfrist wird vom 12.05.2026 auf den 26.05.2026 verlängert.",
            Some("2026-05-26"),
            None,
        ),
    ]);
}

#[test]
fn a_running_closes_header_is_a_closing_cue() {
    check(&[(
        "Tender closes: 9 June 2026 at 11:00:00 AM\nADDENDUM 1\nThe following clarification is issued.\nTender closes: 9 June 2026 at 11:00:00 AM\nPage 2\nTender closes: 9 June 2026 at 11:00:00 AM",
        Some("2026-06-09"),
        Some("11:00"),
    )]);
}

#[test]
fn a_letters_own_date_or_the_publication_date_is_never_the_deadline() {
    check(&[
        (
            "Date: 3 May 2026\nAMENDMENT No. 1\nDear bidders, the scope of lot 2 is clarified below.",
            None,
            None,
        ),
        (
            "Published on 3 May 2026. Proposals are due by 2 June 2026.",
            Some("2026-06-02"),
            None,
        ),
        (
            "Publié le 3 mai 2026. Les offres doivent être remises au plus tard le 2 juin 2026.",
            Some("2026-06-02"),
            None,
        ),
        (
            "Veröffentlicht am 03.05.2026. Die Angebotsfrist endet am 02.06.2026.",
            Some("2026-06-02"),
            None,
        ),
    ]);
}

#[test]
fn the_period_a_contract_is_carried_out_in_is_not_the_deadline() {
    check(&[
        (
            "Plazo de Presentación de Oferta\n\nHasta el 25/11/2026 a las 14:00\n\nPlazo de Ejecución\n\nDel 26/11/2026 al 31/12/2026",
            Some("2026-11-25"),
            Some("14:00"),
        ),
        (
            "Date limite de remise des offres : 25 novembre 2026.\n\nDélai d'exécution : du 26 novembre 2026 au 31 décembre 2026.",
            Some("2026-11-25"),
            None,
        ),
        (
            "Prazo de apresentação das propostas: 25 de novembro de 2026.\n\nPrazo de execução: de 26 de novembro de 2026 até 31 de dezembro de 2026.",
            Some("2026-11-25"),
            None,
        ),
        (
            "Termine di presentazione delle offerte: 25 novembre 2026.\n\nTermine di esecuzione: dal 26 novembre 2026 al 31 dicembre 2026.",
            Some("2026-11-25"),
            None,
        ),
        (
            "Angebotsfrist: 25.11.2026, 12:00 Uhr.\n\nAusführungsfrist: vom 26.11.2026 bis zum 31.12.2026.",
            Some("2026-11-25"),
            Some("12:00"),
        ),
        (
            "Proposals are due no later than 25 November 2026.\n\nExecution period: 26 November 2026 to 31 December 2026.",
            Some("2026-11-25"),
            None,
        ),
    ]);
}

#[test]
fn a_bare_date_under_its_label_takes_the_label_and_the_time_line_below() {
    check(&[
        (
            "Deadline for submission of bids:\n\nDate : Wednesday, 6 May 2026\n\nTime : 10.00 am (Local time)",
            Some("2026-05-06"),
            Some("10:00"),
        ),
        (
            "Date limite de dépôt des offres :\n\nDate : mercredi 6 mai 2026\n\nHeure : 10h00",
            Some("2026-05-06"),
            Some("10:00"),
        ),
        (
            "Plazo de presentación de ofertas\n\nHasta el 6 de mayo de 2026\n\nHora: 10:00",
            Some("2026-05-06"),
            Some("10:00"),
        ),
        (
            "Prazo de entrega das propostas\n\nAté o dia 6 de maio de 2026\n\nHora: 10:00",
            Some("2026-05-06"),
            Some("10:00"),
        ),
        (
            "Scadenza per la presentazione delle offerte\n\nData: 6 maggio 2026\n\nOra: 10:00",
            Some("2026-05-06"),
            Some("10:00"),
        ),
        (
            "Frist für die Einreichung der Angebote\n\nDatum: 06.05.2026\n\nUhrzeit: 10:00",
            Some("2026-05-06"),
            Some("10:00"),
        ),
    ]);
}

#[test]
fn a_deadline_whose_weekday_is_another_days_loses_to_one_that_agrees() {
    // 30 April 2026 is a Thursday and 7 May 2026 a Thursday: "Wednesday, 30 April"
    // is a slip, the data sheet's date stands.
    check(&[
        (
            "The deadline for submission of bids is Wednesday, 30 April 2026 at 10 a.m.\n\nDeadline for submission of bids: Thursday, 7 May 2026 at 10 a.m.",
            Some("2026-05-07"),
            Some("10:00"),
        ),
        (
            "La date limite de remise des offres est fixée au mercredi 30 avril 2026.\n\nDate limite de remise des offres : jeudi 7 mai 2026.",
            Some("2026-05-07"),
            None,
        ),
        (
            "El plazo de presentación de ofertas vence el miércoles 30 de abril de 2026.\n\nPlazo de presentación de ofertas: jueves 7 de mayo de 2026.",
            Some("2026-05-07"),
            None,
        ),
        (
            "O prazo de apresentação das propostas termina na quarta-feira, 30 de abril de 2026.\n\nPrazo de apresentação das propostas: quinta-feira, 7 de maio de 2026.",
            Some("2026-05-07"),
            None,
        ),
        (
            "La scadenza per la presentazione delle offerte è mercoledì 30 aprile 2026.\n\nScadenza per la presentazione delle offerte: giovedì 7 maggio 2026.",
            Some("2026-05-07"),
            None,
        ),
        (
            "Die Angebotsfrist endet am Mittwoch, 30. April 2026.\n\nAngebotsfrist: Donnerstag, 7. Mai 2026.",
            Some("2026-05-07"),
            None,
        ),
        // Alone, a slipped weekday still names the deadline.
        (
            "Proposals must be received by 3:00 p.m. on Friday, March 15, 2027.",
            Some("2027-03-15"),
            Some("15:00"),
        ),
    ]);
}

#[test]
fn on_or_before_with_the_time_first_closes_submissions() {
    check(&[(
        "7. Tenders must be delivered to the address below on or before 16:00 (Tashkent Time), April 24, 2026. Late tenders will be rejected.",
        Some("2026-04-24"),
        Some("16:00"),
    )]);
}

#[test]
fn a_time_after_las_or_alle_keeps_its_minutes() {
    check(&[
        (
            "Fecha límite de presentación de ofertas: 25/11/2026 a las 09:49 horas.",
            Some("2026-11-25"),
            Some("09:49"),
        ),
        (
            "Scadenza per la presentazione delle offerte: 25 novembre 2026 alle 09:30.",
            Some("2026-11-25"),
            Some("09:30"),
        ),
    ]);
}

/// The questions deadline `analyze` lists first.
fn questions(text: &str) -> Option<String> {
    let a = analyze(text);
    a["extracted_data"]["deadlines"]
        .as_array()?
        .iter()
        .find(|d| d["what"] == "questions")
        .and_then(|d| d["date"].as_str())
        .map(str::to_owned)
}

#[test]
fn a_questions_period_ends_on_its_deadline_and_a_past_meeting_is_no_deadline() {
    let cases: &[(&str, Option<&str>)] = &[
        (
            "Question and Answer period November 10, 2026 - January 9, 2027",
            Some("2027-01-09"),
        ),
        (
            "This document records the questions received during the pre-bid conference, which was held on December 9, 2026.",
            None,
        ),
        (
            "Ce document reprend les questions posées lors de la réunion d'information qui s'est tenue le 9 décembre 2026.",
            None,
        ),
        (
            "Las preguntas se formularon en la sesión informativa, que se celebró el 9 de diciembre de 2026.",
            None,
        ),
        (
            "As perguntas foram colocadas na sessão de esclarecimento, que foi realizada em 9 de dezembro de 2026.",
            None,
        ),
        (
            "Le domande di chiarimento sono state poste durante il sopralluogo, che si è svolto il 9 dicembre 2026.",
            None,
        ),
        (
            "Die Fragen wurden bei der Informationsveranstaltung gestellt, die am 09.12.2026 stattfand.",
            None,
        ),
        (
            "Queries to reach the Procuring Entity not later than 2 June 2026.",
            Some("2026-06-02"),
        ),
    ];
    let wrong: Vec<String> = cases
        .iter()
        .filter(|(text, want)| questions(text).as_deref() != *want)
        .map(|(text, want)| format!("{text}\n  got {:?}, want {want:?}", questions(text)))
        .collect();
    assert!(wrong.is_empty(), "\n{}", wrong.join("\n\n"));
}

#[test]
fn the_end_of_a_bids_validity_is_not_a_deadline_for_bids() {
    let a = analyze(
        "Ende der Angebotsfrist 17.04.2026 12:00 Uhr\nEnde der Zuschlags- und Bindefrist 15.05.2026",
    );
    let listed: Vec<(String, String)> = a["extracted_data"]["deadlines"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| (d["what"].to_string(), d["date"].to_string()))
        .collect();
    assert!(
        !listed.contains(&("\"submission\"".into(), "\"2026-05-15\"".into())),
        "{listed:?}"
    );
    check(&[
        (
            "Deadline for submission of bids: 17 April 2026.\nBid validity period ends on 15 July 2026.",
            Some("2026-04-17"),
            None,
        ),
        (
            "Date limite de remise des offres : 17 avril 2026.\nDélai de validité des offres : 15 juillet 2026.",
            Some("2026-04-17"),
            None,
        ),
        (
            "Plazo de presentación de ofertas: 17 de abril de 2026.\nPlazo de validez de las ofertas: 15 de julio de 2026.",
            Some("2026-04-17"),
            None,
        ),
    ]);
}

#[test]
fn a_german_request_for_information_by_a_date_is_the_questions_deadline() {
    assert_eq!(
        questions(
            "Zusätzliche Auskünfte über die Vergabeunterlagen sind spätestens bis zum 16.04.2026 anzufordern."
        )
        .as_deref(),
        Some("2026-04-16")
    );
}

/// The notes `analyze` writes of `text`'s submission deadlines.
fn rival_notes(text: &str) -> usize {
    let a = analyze(text);
    a["extracted_data"]["notes"].as_array().map_or(0, |n| {
        n.iter()
            .filter(|n| {
                n.as_str()
                    .unwrap_or("")
                    .contains("two submission deadlines")
            })
            .count()
    })
}

#[test]
fn two_deadlines_of_one_document_neither_amending_the_other_are_both_told() {
    let cases: &[(&str, usize)] = &[
        (
            "15. The deadline for submission of bids is Wednesday, 30 April 2026 at 10 a.m.\n\nITB 23.1 Deadline for submission of bids: Thursday, 7 May 2026 at 10 a.m.",
            1,
        ),
        (
            "La date limite de remise des offres est le 30 avril 2026.\n\nDonnées particulières : date limite de remise des offres le 7 mai 2026.",
            1,
        ),
        // The same date said twice, and an extension, are no rivals.
        (
            "Proposals are due no later than 7 May 2026.\n\nDeadline for proposals: 7 May 2026, 17:00.",
            0,
        ),
        (
            "The deadline for proposals of 30 April 2026 is extended to 7 May 2026.",
            0,
        ),
    ];
    let wrong: Vec<String> = cases
        .iter()
        .filter(|(text, want)| rival_notes(text) != *want)
        .map(|(text, want)| format!("{text}: {} notes, want {want}", rival_notes(text)))
        .collect();
    assert!(wrong.is_empty(), "\n{}", wrong.join("\n"));
}

#[test]
fn a_deadline_before_the_documents_own_issue_date_loses_to_one_after_it() {
    check(&[
        (
            "Issued on: March 20, 2026\n\nThe deadline for submission of bids is 30 April 2025 at 10 a.m.\n\nDeadline for submission of bids: 7 May 2026 at 10 a.m.",
            Some("2026-05-07"),
            Some("10:00"),
        ),
        (
            "Publié le 20 mars 2026.\n\nLa date limite de remise des offres est le 30 avril 2025.\n\nDate limite de remise des offres : 7 mai 2026.",
            Some("2026-05-07"),
            None,
        ),
        (
            "Publicado el 20 de marzo de 2026.\n\nEl plazo de presentación de ofertas vence el 30 de abril de 2025.\n\nPlazo de presentación de ofertas: 7 de mayo de 2026.",
            Some("2026-05-07"),
            None,
        ),
        (
            "Veröffentlicht am 20.03.2026.\n\nDie Angebotsfrist endet am 30.04.2025.\n\nAngebotsfrist: 07.05.2026.",
            Some("2026-05-07"),
            None,
        ),
        // Alone, it is still the deadline the document states.
        (
            "Issued on: March 20, 2026\n\nThe deadline for submission of bids is 30 April 2025.",
            Some("2025-04-30"),
            None,
        ),
    ]);
}

#[test]
fn seconds_split_ordinals_and_hrs_in_every_language() {
    check(&[
        (
            "Proposals are due on 2 nd April 2026, 1430 hrs.",
            Some("2026-04-02"),
            Some("14:30"),
        ),
        (
            "Submission deadline: 21 st May 2026 at 3:00:00 PM",
            Some("2026-05-21"),
            Some("15:00"),
        ),
        (
            "Closing date for bids: 3 rd June 2026 at 10:00 a.m.",
            Some("2026-06-03"),
            Some("10:00"),
        ),
        (
            "Date limite de dépôt des offres : 1 er avril 2026 à 15:00:00",
            Some("2026-04-01"),
            Some("15:00"),
        ),
        (
            "Las ofertas deberán presentarse a más tardar el 14 de marzo de 2026 a las 15:00:00 horas.",
            Some("2026-03-14"),
            Some("15:00"),
        ),
        (
            "As propostas devem ser entregues até 14 de março de 2026, às 15:00:00.",
            Some("2026-03-14"),
            Some("15:00"),
        ),
        (
            "Le offerte devono pervenire entro il 14 marzo 2026 alle ore 15:00:00.",
            Some("2026-03-14"),
            Some("15:00"),
        ),
        (
            "Angebotsfrist: 14. März 2026, 15:00:00 Uhr",
            Some("2026-03-14"),
            Some("15:00"),
        ),
    ]);
}

#[test]
fn a_questions_cue_in_a_cell_or_above_in_every_language() {
    check(&[
        (
            "| Date limite pour les questions | 2 juin 2026 |\n| Date limite de remise des offres | 16 juin 2026 |",
            Some("2026-06-16"),
            None,
        ),
        (
            "| Plazo para formular consultas | 2 de junio de 2026 |\n| Plazo de presentación de ofertas | 16 de junio de 2026 |",
            Some("2026-06-16"),
            None,
        ),
        (
            "| Pedidos de esclarecimento até | 2 de junho de 2026 |\n| Prazo para apresentação das propostas | 16 de junho de 2026 |",
            Some("2026-06-16"),
            None,
        ),
        (
            "Os pedidos de esclarecimento devem ser apresentados até:\n\n2 de junho de 2026\n\nAs propostas devem ser apresentadas até 16 de junho de 2026.",
            Some("2026-06-16"),
            None,
        ),
        (
            "Le richieste di chiarimento devono pervenire entro il:\n\n2 giugno 2026\n\nLe offerte devono pervenire entro il 16 giugno 2026.",
            Some("2026-06-16"),
            None,
        ),
        (
            "| Fragen der Bieter bis spätestens | 02.06.2026 |\n| Ende der Angebotsfrist | 16.06.2026 |",
            Some("2026-06-16"),
            None,
        ),
        (
            "Bieterfragen sind zu richten bis:\n\n02.06.2026\n\nDie Angebote müssen bis zum 16.06.2026 eingegangen sein.",
            Some("2026-06-16"),
            None,
        ),
        // A questions date alone invents no submission deadline.
        (
            "Queries to reach the Procuring Entity not later than:\n\n2 June 2026",
            None,
            None,
        ),
        (
            "| Questions must reach the Employer not later than | 2 June 2026 |",
            None,
            None,
        ),
    ]);
}

#[test]
fn old_and_new_dates_in_every_language() {
    check(&[
        // The closing row below other dated rows: the header is the first row above
        // that holds no date.
        (
            "| Step | Original date | Revised date |\n| Site visit | 4 May 2026 | 11 May 2026 |\n| Last day for questions | 12 May 2026 | 19 May 2026 |\n| Closing time | 2:00 pm, 26 May 2026 | 2:00 pm, 9 June 2026 |",
            Some("2026-06-09"),
            Some("14:00"),
        ),
        (
            "| Étape | Date initiale | Nouvelle date |\n| Visite du site | 4 mai 2026 | 11 mai 2026 |\n| Clôture des offres | 26 mai 2026 à 10h00 | 9 juin 2026 à 10h00 |",
            Some("2026-06-09"),
            Some("10:00"),
        ),
        (
            "| Original closing date | Revised closing date |\n| 12 May 2026 | 26 May 2026 |",
            Some("2026-05-26"),
            None,
        ),
        (
            "| Data inicial de abertura | Nova data de abertura |\n| 12/05/2026 | 26/05/2026 |",
            Some("2026-05-26"),
            None,
        ),
        (
            "| Bisherige Angebotsfrist | Neue Angebotsfrist |\n| 12.05.2026 | 26.05.2026 |",
            Some("2026-05-26"),
            None,
        ),
        (
            "Fecha de cierre original: 12 de mayo de 2026\nNueva fecha de cierre: 26 de mayo de 2026",
            Some("2026-05-26"),
            None,
        ),
        (
            "Data di scadenza originaria: 12 maggio 2026\nNuova data di scadenza: 26 maggio 2026",
            Some("2026-05-26"),
            None,
        ),
        (
            "Date limite initiale : 12 mai 2026\nNouvelle date limite : 26 mai 2026",
            Some("2026-05-26"),
            None,
        ),
        (
            "O prazo de apresentação das propostas, inicialmente fixado em 12 de maio de 2026, é prorrogado até 26 de maio de 2026.",
            Some("2026-05-26"),
            None,
        ),
    ]);
}

#[test]
fn a_running_closing_header_in_every_language() {
    check(&[
        (
            "Clôture des offres : 9 juin 2026 à 11:00:00\nADDITIF N° 1\nLa précision suivante est apportée.\nClôture des offres : 9 juin 2026 à 11:00:00",
            Some("2026-06-09"),
            Some("11:00"),
        ),
        (
            "Cierre de la licitación: 9 de junio de 2026 a las 11:00:00\nADENDA N.º 1\nSe emite la siguiente aclaración.\nCierre de la licitación: 9 de junio de 2026 a las 11:00:00",
            Some("2026-06-09"),
            Some("11:00"),
        ),
        (
            "Encerramento do concurso: 9 de junho de 2026 às 11:00:00\nADENDA N.º 1\nÉ emitido o seguinte esclarecimento.\nEncerramento do concurso: 9 de junho de 2026 às 11:00:00",
            Some("2026-06-09"),
            Some("11:00"),
        ),
        (
            "Chiusura della gara: 9 giugno 2026 ore 11:00:00\nADDENDUM N. 1\nSi comunica il seguente chiarimento.\nChiusura della gara: 9 giugno 2026 ore 11:00:00",
            Some("2026-06-09"),
            Some("11:00"),
        ),
        (
            "Angebotsschluss: 09.06.2026, 11:00:00 Uhr\nNachtrag Nr. 1\nFolgende Klarstellung wird mitgeteilt.\nAngebotsschluss: 09.06.2026, 11:00:00 Uhr",
            Some("2026-06-09"),
            Some("11:00"),
        ),
    ]);
}

#[test]
fn an_amendments_own_date_is_never_the_deadline_in_every_language() {
    check(&[
        (
            "Date: 3 May 2026\nAMENDMENT No. 1\nThe deadline for submission of proposals remains 2 June 2026.",
            Some("2026-06-02"),
            None,
        ),
        (
            "Paris, le 3 mai 2026\nADDITIF N° 1\nMadame, Monsieur, le périmètre du lot 2 est précisé ci-dessous.",
            None,
            None,
        ),
        (
            "Madrid, 3 de mayo de 2026\nENMIENDA N.º 1\nSe aclara el alcance del lote 2.",
            None,
            None,
        ),
        (
            "Lisboa, 3 de maio de 2026\nADENDA N.º 1\nEsclarece-se o âmbito do lote 2.",
            None,
            None,
        ),
        (
            "Roma, 3 maggio 2026\nRETTIFICA N. 1\nSi precisa l'oggetto del lotto 2.",
            None,
            None,
        ),
        (
            "Berlin, den 03.05.2026\nÄnderungsmitteilung Nr. 1\nDer Umfang von Los 2 wird wie folgt präzisiert.",
            None,
            None,
        ),
    ]);
}

#[test]
fn dates_that_are_never_the_deadline_in_every_language() {
    // Each language: a site visit, a contract's start, a bid's validity and the
    // document's publication, alone (no deadline) and before the real deadline.
    let traps: &[(&str, &str)] = &[
        (
            "Site visit: 20 May 2026 at 10:00.\nThe contract is expected to start on 1 July 2026.\nTenders shall remain valid until 30 September 2026.\nPublication date: 3 May 2026.",
            "Proposals must be submitted by 2 June 2026.",
        ),
        (
            "Visite de site obligatoire le 20 mai 2026 à 10h00.\nLe démarrage de la mission est prévu le 1er juillet 2026.\nLes offres restent valables jusqu'au 30 septembre 2026.\nDate de publication : 3 mai 2026.",
            "Les offres doivent être déposées au plus tard le 2 juin 2026.",
        ),
        (
            "Visita a las instalaciones: 20 de mayo de 2026.\nFecha de inicio del contrato: 1 de julio de 2026.\nLas ofertas serán válidas hasta el 30 de septiembre de 2026.\nFecha de publicación: 3 de mayo de 2026.",
            "Las ofertas deberán presentarse hasta el 2 de junio de 2026.",
        ),
        (
            "Visita ao local: 20 de maio de 2026.\nData de início do contrato: 1 de julho de 2026.\nAs propostas são válidas até 30 de setembro de 2026.\nData de publicação: 3 de maio de 2026.",
            "As propostas devem ser apresentadas até 2 de junho de 2026.",
        ),
        (
            "Sopralluogo obbligatorio: 20 maggio 2026.\nData di inizio del contratto: 1 luglio 2026.\nLe offerte sono valide fino al 30 settembre 2026.\nData di pubblicazione: 3 maggio 2026.",
            "Le offerte devono pervenire entro il 2 giugno 2026.",
        ),
        (
            "Ortsbesichtigung am 20.05.2026 um 10:00 Uhr.\nVertragsbeginn: 01.07.2026.\nDie Bieter sind bis zum 30.09.2026 an ihre Angebote gebunden.\nDatum der Veröffentlichung: 03.05.2026.",
            "Die Angebote müssen bis zum 02.06.2026 eingegangen sein.",
        ),
    ];
    let mut cases: Vec<(String, Option<&str>, Option<&str>)> = Vec::new();
    for (trap, real) in traps {
        cases.push(((*trap).to_owned(), None, None));
        for line in trap.lines() {
            cases.push((format!("{line}\n{real}"), Some("2026-06-02"), None));
        }
    }
    let cases: Vec<(&str, Option<&str>, Option<&str>)> =
        cases.iter().map(|(t, d, h)| (t.as_str(), *d, *h)).collect();
    check(&cases);
}

#[test]
fn a_window_written_short_ends_on_its_deadline() {
    check(&[
        (
            "The application window opens on 2 May 2026 and closes on 30 May 2026.",
            Some("2026-05-30"),
            None,
        ),
        (
            "Applications can be submitted between 2 May 2026 and 30 May 2026.",
            Some("2026-05-30"),
            None,
        ),
        (
            "L'appel à candidatures est ouvert du 2 au 30 mai 2026.",
            Some("2026-05-30"),
            None,
        ),
        (
            "El plazo de presentación de solicitudes será del 2 al 30 de mayo de 2026.",
            Some("2026-05-30"),
            None,
        ),
        (
            "As candidaturas podem ser submetidas de 2 a 30 de maio de 2026.",
            Some("2026-05-30"),
            None,
        ),
        (
            "Le domande possono essere presentate dal 2 al 30 maggio 2026.",
            Some("2026-05-30"),
            None,
        ),
        (
            "Anträge können vom 2. bis 30. Mai 2026 eingereicht werden.",
            Some("2026-05-30"),
            None,
        ),
        (
            "Bewerbungszeitraum: 02.05.2026 bis 30.05.2026",
            Some("2026-05-30"),
            None,
        ),
    ]);
}

#[test]
fn a_window_with_its_hours_ends_on_its_deadline_at_its_closing_time() {
    check(&[
        (
            "Applications may be submitted from 9:00 a.m. on 1 March 2027 until 5:00 p.m. on 14 May 2027.",
            Some("2027-05-14"),
            Some("17:00"),
        ),
        (
            "Les dossiers peuvent être déposés du 1er mars 2027 à 9 h jusqu'au 14 mai 2027 à 12 h.",
            Some("2027-05-14"),
            Some("12:00"),
        ),
        (
            "Las solicitudes podrán presentarse desde las 9:00 horas del 1 de marzo de 2027 hasta las 14:00 horas del 14 de mayo de 2027.",
            Some("2027-05-14"),
            Some("14:00"),
        ),
        (
            "As candidaturas podem ser submetidas das 9h00 de 1 de março de 2027 até às 17h00 de 14 de maio de 2027.",
            Some("2027-05-14"),
            Some("17:00"),
        ),
        (
            "Le domande possono essere presentate dalle ore 10:00 del 1° marzo 2027 fino alle ore 13:00 del 14 maggio 2027.",
            Some("2027-05-14"),
            Some("13:00"),
        ),
        (
            "Anträge können vom 1. März 2027, 9 Uhr, bis zum 14. Mai 2027, 12 Uhr eingereicht werden.",
            Some("2027-05-14"),
            Some("12:00"),
        ),
    ]);
}

#[test]
fn a_table_laid_out_with_spaces_is_read_by_its_rows() {
    check(&[
        (
            "KEY DATES\nDeadline for written questions          March 3, 2027\nProposal due date                       March 17, 2027 2:00 PM\nAward notice                            April 20, 2027",
            Some("2027-03-17"),
            Some("14:00"),
        ),
        (
            "CALENDRIER\nDate limite des questions               03/03/2027 – 12:00\nDate limite de remise des offres        17/03/2027 – 16:00",
            Some("2027-03-17"),
            Some("16:00"),
        ),
        (
            "PRESENTACIÓN DE OFERTAS\nFin del plazo de consultas               15/02/2027 – 10:00\nFin del plazo de presentación            25/02/2027 – 13:00",
            Some("2027-02-25"),
            Some("13:00"),
        ),
        (
            "TERMINE\nFrist für Bieterfragen                  03.03.2027, 10:00 Uhr\nAngebotsfrist                           17.03.2027, 12:00 Uhr",
            Some("2027-03-17"),
            Some("12:00"),
        ),
    ]);
}

#[test]
fn times_as_each_language_writes_them() {
    check(&[
        (
            "Les offres doivent être remises au plus tard le 30 mai 2026 à 12 heures.",
            Some("2026-05-30"),
            Some("12:00"),
        ),
        (
            "Date limite de dépôt : 30 mai 2026, 17h",
            Some("2026-05-30"),
            Some("17:00"),
        ),
        (
            "Fecha límite de presentación: 30 de mayo de 2026, a las 12:00 horas (hora peninsular).",
            Some("2026-05-30"),
            Some("12:00"),
        ),
        (
            "Prazo de entrega das propostas: 30 de maio de 2026, às 17h00.",
            Some("2026-05-30"),
            Some("17:00"),
        ),
        (
            "Termine di presentazione delle offerte: 30 maggio 2026, ore 12.00.",
            Some("2026-05-30"),
            Some("12:00"),
        ),
        (
            "Angebotsfrist: 30.05.2026, 12.00 Uhr",
            Some("2026-05-30"),
            Some("12:00"),
        ),
        (
            "Closing date for tenders: 30 May 2026 at 1600hrs East Africa Time.",
            Some("2026-05-30"),
            Some("16:00"),
        ),
        (
            "Proposals are due May 30th, 2026 by 4.00 pm.",
            Some("2026-05-30"),
            Some("16:00"),
        ),
        (
            "Bids must be received no later than 16:00:00 hrs on 30 May 2026.",
            Some("2026-05-30"),
            Some("16:00"),
        ),
        (
            "Sealed bids shall be received before 12 noon on Saturday, 30 May 2026.",
            Some("2026-05-30"),
            Some("12:00"),
        ),
        (
            "Submission deadline: 2026-05-30T17:00:00",
            Some("2026-05-30"),
            Some("17:00"),
        ),
        (
            "Deadline for receipt of proposals: 30th day of May, 2026.",
            Some("2026-05-30"),
            None,
        ),
    ]);
}

#[test]
fn more_dates_that_are_never_the_deadline() {
    check(&[
        (
            "Date of this Addendum: 12 May 2026\nAll other terms and conditions remain unchanged.",
            None,
            None,
        ),
        (
            "| Date of advertisement | 3 May 2026 |\n| Pre-bid meeting | 20 May 2026 at 10:00 hrs |\n| Closing date | 2 June 2026 at 12:00 hrs |\n| Expected award | 30 June 2026 |",
            Some("2026-06-02"),
            Some("12:00"),
        ),
        (
            "Deadline for submission of bids: 2 June 2026.\nBid opening: 9 June 2026 at 10:00.",
            Some("2026-06-02"),
            None,
        ),
        (
            "Date de lancement : 3 mai 2026.\nDate limite de remise des offres : 2 juin 2026.\nOuverture des plis : 9 juin 2026 à 10h00.",
            Some("2026-06-02"),
            None,
        ),
        (
            "Fecha de publicación en el perfil del contratante: 3 de mayo de 2026.\nFecha límite de presentación de ofertas: 2 de junio de 2026.\nApertura de sobres: 9 de junio de 2026.",
            Some("2026-06-02"),
            None,
        ),
        (
            "Prazo de apresentação das propostas: 2 de junho de 2026.\nData de abertura das propostas: 9 de junho de 2026.",
            Some("2026-06-02"),
            None,
        ),
        (
            "Termine di presentazione delle offerte: 2 giugno 2026.\nApertura delle buste: 9 giugno 2026.",
            Some("2026-06-02"),
            None,
        ),
        (
            "Angebotsfrist: 02.06.2026.\nÖffnung der Angebote: 09.06.2026.",
            Some("2026-06-02"),
            None,
        ),
        (
            "Contract award is expected by 30 June 2026. Proposals are due on 2 June 2026.",
            Some("2026-06-02"),
            None,
        ),
    ]);
}

#[test]
fn no_deadline_is_invented_for_a_call_without_one() {
    check(&[
        (
            "Applications are accepted on a rolling basis. The programme starts on 1 September 2026.",
            None,
            None,
        ),
        ("Questions may be submitted until 20 May 2026.", None, None),
        (
            "Les candidatures sont examinées au fil de l'eau. Le programme démarre le 1er septembre 2026.",
            None,
            None,
        ),
        (
            "La convocatoria permanecerá abierta hasta agotar el crédito. Publicada el 3 de mayo de 2026.",
            None,
            None,
        ),
        (
            "As candidaturas são avaliadas por ordem de chegada. O programa inicia-se a 1 de setembro de 2026.",
            None,
            None,
        ),
        (
            "Lo sportello resta aperto fino ad esaurimento delle risorse. Avviso pubblicato il 3 maggio 2026.",
            None,
            None,
        ),
        (
            "Anträge können laufend gestellt werden. Das Programm beginnt am 01.09.2026.",
            None,
            None,
        ),
        (
            "Proposals submitted in the 2025 round were reviewed on 12 March 2025.",
            None,
            None,
        ),
    ]);
}

#[test]
fn a_bid_data_sheet_and_an_ocr_read_old_new_table() {
    check(&[
        (
            "| Activity | Date |\n| Deadline for requests for clarification | 2 June 2026 |\n| Deadline for submission of tenders | 16 June 2026, 11:00 |",
            Some("2026-06-16"),
            Some("11:00"),
        ),
        (
            "ITB 7.1 | Clarification of bidding documents may be requested no later than: 2 June 2026 |\nITB 22.1 | The deadline for bid submission is: Date: 16 June 2026 Time: 11:00 a.m. |",
            Some("2026-06-16"),
            Some("11:00"),
        ),
        (
            "ADDENDUM NO. 1\nInitial opening date New opening date\n12 May 2026 26 May 2026",
            Some("2026-05-26"),
            None,
        ),
        (
            "ADDITIF N° 1\nDate initiale de clôture Nouvelle date de clôture\n12 mai 2026 26 mai 2026",
            Some("2026-05-26"),
            None,
        ),
        (
            "Original closing date: 12 May 2026. Revised closing date: 26 May 2026 at 11:00 a.m.",
            Some("2026-05-26"),
            Some("11:00"),
        ),
        (
            "La fecha límite de presentación de ofertas se amplía del 12 de mayo de 2026 al 26 de mayo de 2026.",
            Some("2026-05-26"),
            None,
        ),
        (
            "O prazo de entrega das propostas é prorrogado de 12 de maio de 2026 para 26 de maio de 2026.",
            Some("2026-05-26"),
            None,
        ),
        (
            "Il termine di presentazione delle offerte è prorogato dal 12 maggio 2026 al 26 maggio 2026.",
            Some("2026-05-26"),
            None,
        ),
        (
            "La date limite de remise des offres est reportée du 12 mai 2026 au 26 mai 2026.",
            Some("2026-05-26"),
            None,
        ),
    ]);
}

#[test]
fn a_date_wrapped_onto_the_next_line_beside_another_is_read_without_a_panic() {
    check(&[(
        "Original and revised closing dates\nMay 4, 2026 - Changes for due dates on or after May\n26, 2026. Proposals are due no later than 2 June 2026.",
        Some("2026-06-02"),
        None,
    )]);
}
