//! A probe of list items that lost their marks in extraction and are told apart only by
//! the semicolon ending each (issue 31, matrix recall): the Romance languages' (and
//! many English and German documents') way of writing a list, "… de :" then items
//! each ending ';', the last '.', where the PDF's bullet glyph did not come through.
//! The items wrap over two or three lines, so a line of its own is no item; an item
//! ends where a line ends with ';'. Infinitive duties in lower case under "… aura
//! pour tâches de :", "deberá:", "compete à contratada:", "dovrà:", "shall:", and
//! qualifications in capitals under "… des qualifications suivantes :". Beside them
//! what must stay out: the issuer's own duties listed the same way, and the sentence
//! after the list.
//!
//! Each case names the items that must each be a row of their own and the fragments
//! that must be in no row. `KNOWN_MISSES` holds the checks the engine fails today, and
//! the test asserts it equals the failures, so a fix or a loss both show.
//!
//! First score (written before the rule): 7/23 checks pass (every list in lower case
//! merged with its lead-in into one row; the capitalised qualifications already
//! parted). With the rule (`units.rs`, `semicolon_item` and
//! `Reader::semicolons_ahead`): 23/23.

mod probe;

use probe::{ItemCase as Case, assert_known_misses, item_case_rows, item_failures};

const CASES: &[Case] = &[
    Case {
        name: "fr tâches à l'infinitif, en minuscules, sur deux lignes, sous aura pour tâches de :",
        text: "Termes de référence : évaluation finale du projet d'appui aux coopératives\n\n3. Missions du consultant\nSous la supervision du coordonnateur, le consultant aura pour tâches de :\nélaborer une note méthodologique détaillée et la soumettre pour validation au comité\nde pilotage ;\nconduire des entretiens avec les membres des coopératives bénéficiaires dans les trois\nrégions d'intervention ;\nanalyser les données collectées et rédiger un rapport provisoire ;\nanimer un atelier de restitution des résultats.\n\n4. Durée\nLa mission durera quarante-cinq jours calendaires.\n",
        rows: &[
            "élaborer une note méthodologique détaillée et la soumettre pour validation au comité de pilotage",
            "conduire des entretiens avec les membres des coopératives bénéficiaires dans les trois régions d'intervention",
            "analyser les données collectées et rédiger un rapport provisoire",
            "animer un atelier de restitution des résultats",
        ],
        not_rows: &[],
    },
    Case {
        name: "es obligaciones en infinitivo, en minúsculas, sobre dos líneas, bajo El adjudicatario deberá:",
        text: "Pliego de prescripciones técnicas: mantenimiento de zonas verdes\n\nCláusula 5. Obligaciones del adjudicatario\nDurante la ejecución del contrato, el adjudicatario deberá:\nrealizar la siega de todas las praderas municipales con la frecuencia indicada en el\nanexo II;\nretirar los restos vegetales el mismo día de la intervención y trasladarlos a la planta\nde compostaje;\ncomunicar al responsable del contrato cualquier daño observado en el arbolado.\n\nCláusula 6. Obligaciones del Ayuntamiento\nEl Ayuntamiento facilitará el acceso a los recintos cerrados.\n",
        rows: &[
            "realizar la siega de todas las praderas municipales con la frecuencia indicada en el anexo II",
            "retirar los restos vegetales el mismo día de la intervención y trasladarlos a la planta de compostaje",
            "comunicar al responsable del contrato cualquier daño observado en el arbolado",
        ],
        not_rows: &["facilitará el acceso"],
    },
    Case {
        name: "pt obrigações no infinitivo, em minúsculas, em duas linhas, sob Compete à contratada:",
        text: "Termo de Referência: limpeza das unidades de saúde\n\n7. OBRIGAÇÕES DA CONTRATADA\nCompete à contratada, além das obrigações previstas em lei:\nfornecer todos os materiais de limpeza e os equipamentos necessários à execução dos\nserviços;\nmanter os empregados uniformizados e identificados com crachá durante todo o\nexpediente;\nsubstituir no prazo de vinte e quatro horas o empregado cuja conduta for considerada\ninadequada pela fiscalização.\n\n8. OBRIGAÇÕES DA CONTRATANTE\nCompete à contratante:\nefetuar o pagamento no prazo de trinta dias após o atesto da nota fiscal;\nindicar o fiscal do contrato.\n",
        rows: &[
            "fornecer todos os materiais de limpeza e os equipamentos necessários à execução dos serviços",
            "manter os empregados uniformizados e identificados com crachá durante todo o expediente",
            "substituir no prazo de vinte e quatro horas o empregado cuja conduta for considerada inadequada pela fiscalização",
        ],
        not_rows: &["efetuar o pagamento no prazo", "indicar o fiscal"],
    },
    Case {
        name: "it obblighi all'infinito, in minuscolo, su due righe, sotto L'aggiudicatario dovrà:",
        text: "Capitolato speciale d'appalto: servizio di trasporto scolastico\n\nArt. 8 - Obblighi dell'aggiudicatario\nPer tutta la durata dell'appalto l'aggiudicatario dovrà:\ngarantire la presenza di un accompagnatore su ogni scuolabus durante il trasporto dei\nbambini della scuola dell'infanzia;\nmantenere i mezzi in perfetto stato di efficienza e pulizia, secondo le indicazioni\ndel costruttore;\ncomunicare ogni variazione del personale impiegato entro tre giorni.\n\nArt. 9 - Durata\nL'appalto ha durata di tre anni scolastici.\n",
        rows: &[
            "garantire la presenza di un accompagnatore su ogni scuolabus durante il trasporto dei bambini della scuola dell'infanzia",
            "mantenere i mezzi in perfetto stato di efficienza e pulizia, secondo le indicazioni del costruttore",
            "comunicare ogni variazione del personale impiegato entro tre giorni",
        ],
        not_rows: &[],
    },
    Case {
        name: "en duties in lower case over two lines under The Consultant shall:",
        text: "Terms of Reference: Review of the Water Tariff Policy\n\n4. Scope of Services\nIn close cooperation with the regulator, the Consultant shall:\nreview the tariff structures of the five largest utilities and compare them with those\nof two neighbouring countries;\nestimate the cost of service of each utility from its audited accounts for the last\nthree financial years;\npropose two tariff options and present them at a validation workshop.\n\n5. Reporting\nThe regulator will provide office space in the capital.\n",
        rows: &[
            "review the tariff structures of the five largest utilities and compare them with those of two neighbouring countries",
            "estimate the cost of service of each utility from its audited accounts for the last three financial years",
            "propose two tariff options and present them at a validation workshop",
        ],
        not_rows: &["will provide office space"],
    },
    Case {
        name: "fr qualifications en majuscule, sur deux lignes, sous des qualifications suivantes :",
        text: "Avis de recrutement : expert en passation des marchés\n\n5. Profil\nLe consultant devra justifier des qualifications suivantes :\nDiplôme de niveau Master en droit des affaires, en gestion ou dans un domaine\nconnexe ;\nAu moins huit ans d'expérience en passation des marchés publics, dont trois dans des\nprojets financés par des bailleurs internationaux ;\nMaîtrise parfaite du français écrit et oral.\n\n6. Dossier de candidature\nLe dossier comprend une lettre de motivation et un curriculum vitae.\n",
        rows: &[
            "Diplôme de niveau Master en droit des affaires, en gestion ou dans un domaine connexe",
            "Au moins huit ans d'expérience en passation des marchés publics, dont trois dans des projets financés par des bailleurs internationaux",
            "Maîtrise parfaite du français écrit et oral",
        ],
        not_rows: &[],
    },
];

/// The checks the engine fails today: "case name | fragment".
const KNOWN_MISSES: &[&str] = &[];

#[test]
fn the_semicolon_items_probe_fails_only_its_known_misses() {
    assert_known_misses(
        "semicolon items probe",
        CASES,
        item_failures,
        |case| format!("{}: {:#?}", case.name, item_case_rows(case)),
        KNOWN_MISSES,
    );
}
