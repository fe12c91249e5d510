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
