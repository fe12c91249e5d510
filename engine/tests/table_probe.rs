//! A probe of how the compliance matrix reads requirements written in TABLES (issue 31,
//! "each row whole and alone"), written before the engine's matrix code was read:
//! small documents of our own in six languages holding tables as extraction gives them:
//! a PDF's rows with the cells of one row run together on one line (two spaces or more
//! between cells), a PDF's columns wrapped over several lines where each new cell opens
//! on a line starting with a space, DOCX/HTML tables as "| cell | cell |" lines, and
//! Markdown pipe tables with a header and a `---` line.
//!
//! Each case names the requirement cells that must each be a row of their own (the
//! cell whole; the row's other cells, an area, an ID, a priority, may be in the row or
//! not, since they only qualify the cell), fragments that must be in no row (a
//! descriptive cell that binds nobody, a question) and cells that must not be a row
//! ALONE (a header row, a priority word, an ID, a due date). `KNOWN_MISSES` holds the
//! checks the engine fails today, and the test asserts it equals the failures, so a fix
//! or a loss both show.

mod probe;

use probe::{assert_known_misses, item_checks, normal, row_texts};

/// A small document: its pages are separated by "=== page N ===" lines.
struct Case {
    name: &'static str,
    text: &'static str,
    /// Requirement cells: each must be in a row that holds no other of them.
    rows: &'static [&'static str],
    /// Fragments that must be in no row.
    not_rows: &'static [&'static str],
    /// Cells that must not be a row on their own (a row equal to them once pipes,
    /// punctuation and spaces are dropped).
    not_alone: &'static [&'static str],
}

const CASES: &[Case] = &[
    Case {
        name: "en PDF cells run together, Area Requirement Priority",
        text: "Request for Proposals: Library Booking Platform\n\n3. Functional Requirements\n\nThe table below lists the functions the new platform is expected to cover.\n\nArea  Requirement  Priority\nBookings  Allow patrons to reserve a study room up to fourteen days ahead  Mandatory\nNotifications  Alert patrons by text message one hour before their booking starts  Mandatory\nReporting  Export monthly room occupancy figures to a spreadsheet  Desirable\nAccess  Permit branch managers to block rooms for staff events  Mandatory\n\n4. Submission\n\nProposals are due on 12 March at noon.\n",
        rows: &[
            "Allow patrons to reserve a study room up to fourteen days ahead",
            "Alert patrons by text message one hour before their booking starts",
            "Export monthly room occupancy figures to a spreadsheet",
            "Permit branch managers to block rooms for staff events",
        ],
        not_rows: &[],
        not_alone: &["Area Requirement Priority", "Mandatory", "Desirable"],
    },
    Case {
        name: "en PDF columns wrapped, unrelated cells of one row",
        text: "Scope of Work\n\nThe solution must include the following capabilities. Cells of one row are unrelated; read each column on its own.\n\nIntake Scoring Publication\n\nProvide an online form\nthrough which applicants\nupload their grant files\n Permit reviewers to score\neach application against\nthe published rubric\n Display awarded grants on\na public map by county\n\nAlert applicants by email\nwhen their file is incomplete\n For files scored by two\nreviewers, use the average\nof both scores\n Export the list of awards\nto the finance system\n",
        rows: &[
            "Provide an online form through which applicants upload their grant files",
            "Permit reviewers to score each application against the published rubric",
            "Display awarded grants on a public map by county",
            "Alert applicants by email when their file is incomplete",
            "For files scored by two reviewers, use the average of both scores",
            "Export the list of awards to the finance system",
        ],
        not_rows: &[],
        not_alone: &["Intake Scoring Publication"],
    },
    Case {
        name: "en DOCX table ID Description M/O with noun phrases and a descriptive can",
        text: "Annex B: Requirements Matrix\n\nBidders shall state against each line whether the proposed solution complies.\n\n| ID | Description | M/O | Response |\n| R-01 | Single sign-on with the council's staff directory | M | |\n| R-02 | Audit trail of every change made to a case record | M | |\n| R-03 | The current system can store scanned letters up to 5 MB | Info | |\n| R-04 | Display the case history on one screen | O | |\n",
        rows: &[
            "Single sign-on with the council's staff directory",
            "Audit trail of every change made to a case record",
            "Display the case history on one screen",
        ],
        not_rows: &["current system can store scanned letters"],
        not_alone: &["ID Description M/O Response", "R-01", "M"],
    },
    Case {
        name: "en Markdown pipe table, imperative after an opening clause",
        text: "# Website Redesign: Technical Requirements\n\n## Content management\n\n| Area | Requirement | Priority |\n|---|---|---|\n| Editing | Permit editors to schedule a page for publication at a set date | High |\n| Archive | For pages older than two years, move them to the archive section automatically | Medium |\n| Search | Index the full text of attached PDF files | High |\n| Hosting | Visitors can currently reach the site only over HTTP | Info |\n",
        rows: &[
            "Permit editors to schedule a page for publication at a set date",
            "For pages older than two years, move them to the archive section automatically",
            "Index the full text of attached PDF files",
        ],
        not_rows: &["visitors can currently reach the site"],
        not_alone: &["Area Requirement Priority", "High", "Medium"],
    },
    Case {
        name: "en deliverables table Deliverable Due Format",
        text: "5. Deliverables\n\nThe consultant shall provide the following deliverables.\n\n| Deliverable | Due | Format |\n| --- | --- | --- |\n| Inception report setting out the work plan | Week 2 | PDF |\n| Data migration plan for the legacy records | Week 6 | Word |\n| Final user guide for front-desk staff | Week 20 | PDF and HTML |\n",
        rows: &[
            "Inception report setting out the work plan",
            "Data migration plan for the legacy records",
            "Final user guide for front-desk staff",
        ],
        not_rows: &[],
        not_alone: &["Deliverable Due Format", "Week 2", "PDF"],
    },
    Case {
        name: "en documents to submit table and a Q&A table",
        text: "Section 6: Proposal Contents\n\nDocuments to submit\n\n| Document | Form | Required? |\n| Signed cover letter | Form A | Yes |\n| Certificate of public liability insurance | Form C | Yes |\n| Three client references | Form D | Yes |\n\nQuestions and answers\n\n| No. | Question | Answer |\n| 1 | Can we send our proposal on a USB stick? | No. Proposals must be uploaded to the e-tender portal. |\n| 2 | Is there a page limit? | Yes. The technical proposal must not exceed 30 pages. |\n",
        rows: &[
            "Signed cover letter",
            "Certificate of public liability insurance",
            "Three client references",
            "Proposals must be uploaded to the e-tender portal",
            "The technical proposal must not exceed 30 pages",
        ],
        not_rows: &["send our proposal on a usb stick", "is there a page limit"],
        not_alone: &["Document Form Required?", "Yes", "Form A"],
    },
    Case {
        name: "fr tableau Fonction Exigence Priorité",
        text: "Cahier des charges : plateforme de réservation des équipements sportifs\n\n4. Exigences fonctionnelles\n\n| Fonction | Exigence | Priorité |\n|---|---|---|\n| Réservation | Permettre aux clubs de réserver un créneau en ligne | Obligatoire |\n| Rappels | Notifier les clubs par courriel deux jours avant le créneau | Obligatoire |\n| Statistiques | Exporter le taux d'occupation mensuel par gymnase | Souhaitable |\n| Existant | L'outil actuel peut déjà gérer les badges d'accès | Information |\n| Paiement | Paiement en ligne par carte bancaire | Obligatoire |\n",
        rows: &[
            "Permettre aux clubs de réserver un créneau en ligne",
            "Notifier les clubs par courriel deux jours avant le créneau",
            "Exporter le taux d'occupation mensuel par gymnase",
            "Paiement en ligne par carte bancaire",
        ],
        not_rows: &["l'outil actuel peut déjà gérer"],
        not_alone: &["Fonction Exigence Priorité", "Obligatoire", "Souhaitable"],
    },
    Case {
        name: "fr PDF cellules collées, livrables",
        text: "Termes de référence\n\n6. Livrables attendus\n\nLivrable  Échéance  Format\nRapport de démarrage précisant la méthode  Semaine 3  PDF\nMaquettes des pages principales du site  Semaine 8  Figma\nGuide d'administration destiné aux agents  Semaine 16  PDF\n",
        rows: &[
            "Rapport de démarrage précisant la méthode",
            "Maquettes des pages principales du site",
            "Guide d'administration destiné aux agents",
        ],
        not_rows: &[],
        not_alone: &["Livrable Échéance Format", "Semaine 3"],
    },
    Case {
        name: "es tabla Módulo Requisito Prioridad",
        text: "Pliego de prescripciones técnicas: aplicación de citas del centro de salud\n\n3. Requisitos funcionales\n\n| Módulo | Requisito | Prioridad |\n|---|---|---|\n| Citas | Permitir a los pacientes pedir cita desde el móvil | Obligatorio |\n| Avisos | Enviar un recordatorio por SMS el día anterior a la cita | Obligatorio |\n| Informes | Exportar el número de citas atendidas por semana | Deseable |\n| Situación actual | El sistema vigente puede consultar la agenda de cada médico | Informativo |\n",
        rows: &[
            "Permitir a los pacientes pedir cita desde el móvil",
            "Enviar un recordatorio por SMS el día anterior a la cita",
            "Exportar el número de citas atendidas por semana",
        ],
        not_rows: &["el sistema vigente puede consultar"],
        not_alone: &["Módulo Requisito Prioridad", "Obligatorio", "Deseable"],
    },
    Case {
        name: "es PDF celdas juntas, documentación a presentar",
        text: "Anexo II. Documentación a presentar\n\nDocumento  Modelo  Obligatorio\nDeclaración responsable firmada  Anexo III  Sí\nCertificado de solvencia económica  Anexo IV  Sí\nRelación de trabajos similares realizados  Anexo V  Sí\n",
        rows: &[
            "Declaración responsable firmada",
            "Certificado de solvencia económica",
            "Relación de trabajos similares realizados",
        ],
        not_rows: &[],
        not_alone: &["Documento Modelo Obligatorio", "Sí", "Anexo III"],
    },
    Case {
        name: "pt tabela Funcionalidade Requisito Prioridade",
        text: "Termo de referência: sistema de gestão escolar\n\n4. Requisitos do sistema\n\n| Funcionalidade | Requisito | Prioridade |\n|---|---|---|\n| Matrícula | Permitir aos pais efetuar a matrícula pela internet | Obrigatório |\n| Notas | Exibir o boletim de cada aluno por bimestre | Obrigatório |\n| Relatórios | Exportar a frequência mensal por turma | Desejável |\n| Contexto | A rede atual pode emitir declarações em papel | Informativo |\n",
        rows: &[
            "Permitir aos pais efetuar a matrícula pela internet",
            "Exibir o boletim de cada aluno por bimestre",
            "Exportar a frequência mensal por turma",
        ],
        not_rows: &["a rede atual pode emitir"],
        not_alone: &[
            "Funcionalidade Requisito Prioridade",
            "Obrigatório",
            "Desejável",
        ],
    },
    Case {
        name: "it tabella Area Requisito Priorità",
        text: "Capitolato tecnico: portale dei servizi comunali\n\n3. Requisiti funzionali\n\n| Area | Requisito | Priorità |\n|---|---|---|\n| Pratiche | Consentire ai cittadini di presentare istanze online | Obbligatorio |\n| Pagamenti | Integrazione con il sistema pagoPA | Obbligatorio |\n| Avvisi | Notificare al cittadino ogni cambio di stato della pratica | Facoltativo |\n| Stato attuale | Il portale esistente può già mostrare gli orari degli uffici | Informativo |\n",
        rows: &[
            "Consentire ai cittadini di presentare istanze online",
            "Integrazione con il sistema pagoPA",
            "Notificare al cittadino ogni cambio di stato della pratica",
        ],
        not_rows: &["il portale esistente può già mostrare"],
        not_alone: &["Area Requisito Priorità", "Obbligatorio", "Facoltativo"],
    },
    Case {
        name: "de Tabelle Bereich Anforderung Priorität",
        text: "Leistungsbeschreibung: Terminbuchung für das Bürgeramt\n\n3. Funktionale Anforderungen\n\n| Bereich | Anforderung | Priorität |\n|---|---|---|\n| Buchung | Ermöglichen, dass Bürger Termine online buchen | Muss |\n| Erinnerung | Versand einer Erinnerung per E-Mail am Vortag | Muss |\n| Auswertung | Export der monatlichen Buchungszahlen als CSV | Kann |\n| Ist-Zustand | Das bisherige System kann nur Termine am Schalter vergeben | Info |\n",
        rows: &[
            "Ermöglichen, dass Bürger Termine online buchen",
            "Versand einer Erinnerung per E-Mail am Vortag",
            "Export der monatlichen Buchungszahlen als CSV",
        ],
        not_rows: &["das bisherige system kann nur"],
        not_alone: &["Bereich Anforderung Priorität", "Muss", "Kann"],
    },
    Case {
        name: "de PDF Zellen zusammen, einzureichende Unterlagen",
        text: "Vergabeunterlagen\n\n5. Einzureichende Unterlagen\n\nUnterlage  Formblatt  Pflicht\nEigenerklärung zur Eignung  Formblatt 124  Ja\nNachweis der Berufshaftpflichtversicherung  formlos  Ja\nDrei Referenzen vergleichbarer Aufträge  Formblatt 444  Ja\n",
        rows: &[
            "Eigenerklärung zur Eignung",
            "Nachweis der Berufshaftpflichtversicherung",
            "Drei Referenzen vergleichbarer Aufträge",
        ],
        not_rows: &[],
        not_alone: &["Unterlage Formblatt Pflicht", "Ja", "Formblatt 124"],
    },
];

/// The checks the engine fails today (see the module's doc).
const KNOWN_MISSES: &[&str] = &[
    "de PDF Zellen zusammen, einzureichende Unterlagen | Drei Referenzen vergleichbarer Aufträge",
    "de PDF Zellen zusammen, einzureichende Unterlagen | Eigenerklärung zur Eignung",
    "de PDF Zellen zusammen, einzureichende Unterlagen | Nachweis der Berufshaftpflichtversicherung",
    "en PDF cells run together, Area Requirement Priority | Alert patrons by text message one hour before their booking starts",
    "en PDF cells run together, Area Requirement Priority | Allow patrons to reserve a study room up to fourteen days ahead",
    "en PDF cells run together, Area Requirement Priority | Export monthly room occupancy figures to a spreadsheet",
    "en PDF cells run together, Area Requirement Priority | Permit branch managers to block rooms for staff events",
    "en PDF columns wrapped, unrelated cells of one row | Alert applicants by email when their file is incomplete",
    "en PDF columns wrapped, unrelated cells of one row | Display awarded grants on a public map by county",
    "en PDF columns wrapped, unrelated cells of one row | Export the list of awards to the finance system",
    "en PDF columns wrapped, unrelated cells of one row | For files scored by two reviewers, use the average of both scores",
    "en PDF columns wrapped, unrelated cells of one row | Permit reviewers to score each application against the published rubric",
    "en PDF columns wrapped, unrelated cells of one row | Provide an online form through which applicants upload their grant files",
    "en documents to submit table and a Q&A table | Proposals must be uploaded to the e-tender portal",
    "es PDF celdas juntas, documentación a presentar | Certificado de solvencia económica",
    "es PDF celdas juntas, documentación a presentar | Declaración responsable firmada",
    "es PDF celdas juntas, documentación a presentar | Relación de trabajos similares realizados",
    "fr PDF cellules collées, livrables | Guide d'administration destiné aux agents",
    "fr PDF cellules collées, livrables | Maquettes des pages principales du site",
    "fr PDF cellules collées, livrables | Rapport de démarrage précisant la méthode",
];

/// A text's words only: pipes, punctuation and spaces dropped, lower case.
fn bare(text: &str) -> String {
    normal(text)
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// The failed checks of one case: a cell that is no row of its own (missing, or
/// merged with another cell), a fragment that is in a row (the list probes' checks,
/// [`probe::item_checks`]), a cell that is a row alone.
fn failures(case: &Case) -> (usize, Vec<String>) {
    let rows = row_texts(case.text, normal);
    let (checks, mut failed) = item_checks(case.name, &rows, case.rows, case.not_rows);
    for cell in case.not_alone {
        if rows.iter().any(|r| bare(r) == bare(cell)) {
            failed.push(format!("{} | alone: {}", case.name, cell));
        }
    }
    (checks + case.not_alone.len(), failed)
}

#[test]
fn the_table_probe_fails_only_its_known_misses() {
    assert_known_misses(
        "table probe",
        CASES,
        failures,
        |case| format!("{}: {:#?}", case.name, row_texts(case.text, normal)),
        KNOWN_MISSES,
    );
}
