//! A probe of German duties said without a modal verb, and of German lists (issue 31,
//! matrix recall), written before the engine's German tables were read: small documents
//! of our own phrasing, as a German tender's Leistungsbeschreibung, Vergabeunterlagen,
//! Teilnahmebedingungen or Aufforderung zur Angebotsabgabe reads. The shapes: the
//! zu-infinitive of necessity ("ist … einzureichen", "sind … beizufügen"), "haben … zu",
//! "ist verpflichtet", "verpflichtet sich", "obliegt", "ist Aufgabe des …", "trägt die
//! Kosten", the present tense of the bidder's or contractor's duty ("Der Auftragnehmer
//! erstellt …"), necessity nouns and adjectives ("Voraussetzung … ist", "Erforderlich
//! ist", "ist zwingend", "wird vorausgesetzt", "wird erwartet"), passives that demand
//! ("Es werden … gefordert", "Verlangt wird"), exclusions and prohibitions without a
//! modal ("werden ausgeschlossen", "sind nicht zugelassen", "ist unzulässig"), polite
//! imperatives ("Bitte reichen Sie … ein") and list items under such lead-ins. Beside
//! them, what binds nobody: the issuer's acts and reservations, the procedure's
//! timetable, descriptions, definitions ("sind … zu verstehen"), what the bidder
//! receives, and the same shapes with the issuer as the one bound. The cases of
//! `recall_probe.rs`, `recall_probe2.rs` and `binds_probe.rs` are not repeated.
//!
//! Each case names the statements that must be rows (mandatory ones), the items of a
//! list that must each be a row of their own, and the fragments that must be in no
//! row. `KNOWN_MISSES` holds the checks the engine fails today, and the test asserts it
//! equals the failures, so a fix or a loss both show.

mod probe;

use probe::{StatementCase as Case, assert_known_misses, statement_case_failures as failures};

const CASES: &[Case] = &[
    Case {
        name: "de Frist: 'ist bis … einzureichen', Fragen 'sind … zu stellen'; die Vergabestelle antwortet",
        text: "=== page 1 ===\nAUFFORDERUNG ZUR ANGEBOTSABGABE\n\n2. Fristen\n\nDas Angebot ist bis zum 14. März 2027, 11:00 Uhr, über die Vergabeplattform einzureichen.\nFragen zu den Unterlagen sind spätestens zehn Tage vor Fristende schriftlich zu stellen.\nDie Vergabestelle beantwortet alle Fragen in anonymisierter Form.\n",
        rows: &[
            "Das Angebot ist bis zum 14. März 2027",
            "Fragen zu den Unterlagen sind spätestens zehn Tage",
        ],
        items: &[],
        not_rows: &["Die Vergabestelle beantwortet alle Fragen"],
    },
    Case {
        name: "de Eignung: 'sind beizufügen', 'sind abzugeben'; Formblätter stehen bereit",
        text: "3. Eignung\n\nDem Angebot sind ein aktueller Auszug aus dem Gewerbezentralregister und eine Bescheinigung der Berufsgenossenschaft beizufügen.\nEigenerklärungen sind auf den beigefügten Formblättern abzugeben.\nDie Formblätter stehen auf der Vergabeplattform zum Download bereit.\n",
        rows: &[
            "Dem Angebot sind ein aktueller Auszug aus dem Gewerbezentralregister",
            "Eigenerklärungen sind auf den beigefügten Formblättern abzugeben",
        ],
        items: &[],
        not_rows: &["Die Formblätter stehen auf der Vergabeplattform"],
    },
    Case {
        name: "de Leistungsort: 'ist … zu erbringen', 'sind … durchzuführen'; das Gebäude",
        text: "Leistungsbeschreibung\n\n4. Ort und Zeit der Leistung\n\nDie Leistung ist in den Räumen des Auftraggebers in Magdeburg zu erbringen.\nDie Schulungen sind an zwei aufeinanderfolgenden Tagen durchzuführen.\nDas Gebäude verfügt über einen barrierefreien Zugang und ausreichend Parkplätze.\n",
        rows: &[
            "Die Leistung ist in den Räumen des Auftraggebers",
            "Die Schulungen sind an zwei aufeinanderfolgenden Tagen durchzuführen",
        ],
        items: &[],
        not_rows: &["Das Gebäude verfügt über einen barrierefreien Zugang"],
    },
    Case {
        name: "de Konzept: 'ist im Angebot darzustellen', 'sind … zu beschreiben'; Gewichtung",
        text: "5. Konzept\n\nDie geplante Vorgehensweise ist im Angebot nachvollziehbar darzustellen.\nIm Konzept sind die Meilensteine und die Zuständigkeiten im Projektteam zu beschreiben.\nDas Konzept fließt mit 40 Prozent in die Wertung ein.\n",
        rows: &[
            "Die geplante Vorgehensweise ist im Angebot",
            "Im Konzept sind die Meilensteine",
        ],
        items: &[],
        not_rows: &["Das Konzept fließt mit 40 Prozent"],
    },
    Case {
        name: "de zwei Sätze auf einer Zeile: 'Eine Wartung ist … durchzuführen' nach einer Beschreibung",
        text: "6. Wartung\n\nDie Anlage wurde im Jahr 2015 errichtet. Eine Wartung ist zweimal jährlich durchzuführen. Die Ergebnisse sind in einem Prüfbericht festzuhalten.\n",
        rows: &[
            "Eine Wartung ist zweimal jährlich durchzuführen",
            "Die Ergebnisse sind in einem Prüfbericht festzuhalten",
        ],
        items: &[],
        not_rows: &["Die Anlage wurde im Jahr 2015 errichtet"],
    },
    Case {
        name: "de 'sind … auszuweisen', 'ist … abzufassen'; 'zu finden' und 'zu rechnen' binden niemanden",
        text: "7. Form des Angebots\n\nRabatte und Skonti sind im Preisblatt gesondert auszuweisen.\nDas Angebot ist in deutscher Sprache abzufassen.\nDie Unterlagen sind auf der Vergabeplattform des Landes zu finden.\nMit einer Entscheidung über den Zuschlag ist Ende Mai zu rechnen.\n",
        rows: &[
            "Rabatte und Skonti sind im Preisblatt gesondert auszuweisen",
            "Das Angebot ist in deutscher Sprache abzufassen",
        ],
        items: &[],
        not_rows: &[
            "Die Unterlagen sind auf der Vergabeplattform des Landes zu finden",
            "Mit einer Entscheidung über den Zuschlag",
        ],
    },
    Case {
        name: "de eine Definition mit 'sind … zu verstehen' bindet niemanden; 'sind … anzuzeigen' schon",
        text: "§ 2 Begriffe und Meldepflichten\n\nUnter Beschäftigten im Sinne dieser Unterlagen sind alle Personen zu verstehen, die beim Auftragnehmer angestellt sind.\nÄnderungen im Personaleinsatz sind dem Auftraggeber unverzüglich anzuzeigen.\n",
        rows: &["Änderungen im Personaleinsatz sind dem Auftraggeber unverzüglich anzuzeigen"],
        items: &[],
        not_rows: &["Unter Beschäftigten im Sinne dieser Unterlagen"],
    },
    Case {
        name: "de Teilnahmebedingungen: 'sind … einzureichen' in einem Absatz nach einem Fakt",
        text: "Teilnahmebedingungen\n\n4. Form der Bewerbung\n\nDer Teilnahmewettbewerb ist die erste Stufe des Verfahrens. Bewerbungen sind in einem verschlossenen Umschlag mit der Aufschrift der Vergabenummer einzureichen.\nDie Vergabestelle wählt höchstens fünf Bewerber aus.\n",
        rows: &["Bewerbungen sind in einem verschlossenen Umschlag"],
        items: &[],
        not_rows: &[
            "Der Teilnahmewettbewerb ist die erste Stufe",
            "Die Vergabestelle wählt höchstens fünf Bewerber aus",
        ],
    },
    Case {
        name: "de 'hat … auszuführen', 'haben … anzugeben' auf einer Zeile; Öffnungszeiten",
        text: "§ 4 Ausführung\n\nDer Auftragnehmer hat die Arbeiten so auszuführen, dass der Dienstbetrieb nicht gestört wird. Die Bieter haben ihre Preise in Euro anzugeben.\nDie Dienststelle ist werktags von 7 bis 18 Uhr geöffnet.\n",
        rows: &[
            "Der Auftragnehmer hat die Arbeiten so auszuführen",
            "Die Bieter haben ihre Preise in Euro anzugeben",
        ],
        items: &[],
        not_rows: &["Die Dienststelle ist werktags"],
    },
    Case {
        name: "de 'haben … offenzulegen', 'haben … zu benennen'; Bietergemeinschaften zugelassen",
        text: "8. Bietergemeinschaften\n\nBietergemeinschaften sind zugelassen.\nBietergemeinschaften haben ein bevollmächtigtes Mitglied für die Vertretung zu benennen.\nAlle Mitglieder haben mit dem Angebot ihre Anteile an der Leistung offenzulegen.\n",
        rows: &[
            "Bietergemeinschaften haben ein bevollmächtigtes Mitglied",
            "Alle Mitglieder haben mit dem Angebot ihre Anteile",
        ],
        items: &[],
        not_rows: &["Bietergemeinschaften sind zugelassen"],
    },
    Case {
        name: "de 'ist verpflichtet', 'ist zur Verschwiegenheit verpflichtet'; der Auftraggeber als Verantwortlicher",
        text: "§ 6 Datenschutz\n\nDer Auftragnehmer ist verpflichtet, die Bestimmungen der Datenschutz-Grundverordnung einzuhalten.\nDas eingesetzte Personal ist zur Verschwiegenheit verpflichtet.\nDer Auftraggeber ist Verantwortlicher im Sinne des Datenschutzrechts.\n",
        rows: &[
            "Der Auftragnehmer ist verpflichtet, die Bestimmungen",
            "Das eingesetzte Personal ist zur Verschwiegenheit verpflichtet",
        ],
        items: &[],
        not_rows: &["Der Auftraggeber ist Verantwortlicher im Sinne"],
    },
    Case {
        name: "de 'verpflichtet sich'; ein Gesetz gilt seit",
        text: "§ 9 Mindestentgelt\n\nDer Bieter verpflichtet sich, seinen Beschäftigten mindestens das gesetzliche Mindestentgelt zu zahlen.\nDer Auftragnehmer verpflichtet sich ferner, seine Nachunternehmer in gleicher Weise zu binden.\nDas Landesvergabegesetz gilt seit dem 1. Januar 2020.\n",
        rows: &[
            "Der Bieter verpflichtet sich, seinen Beschäftigten",
            "Der Auftragnehmer verpflichtet sich ferner",
        ],
        items: &[],
        not_rows: &["Das Landesvergabegesetz gilt seit"],
    },
    Case {
        name: "de 'Dem Auftragnehmer obliegt', 'Es obliegt dem Bieter'; was dem Auftraggeber obliegt",
        text: "5. Entsorgung und Ortskenntnis\n\nDem Auftragnehmer obliegt die fachgerechte Entsorgung des Verpackungsmaterials.\nEs obliegt dem Bieter, sich vor Ort über die baulichen Gegebenheiten zu informieren.\nDem Auftraggeber obliegt die Bereitstellung eines Lagerraums.\n",
        rows: &[
            "Dem Auftragnehmer obliegt die fachgerechte Entsorgung",
            "Es obliegt dem Bieter, sich vor Ort",
        ],
        items: &[],
        not_rows: &["Dem Auftraggeber obliegt die Bereitstellung eines Lagerraums"],
    },
    Case {
        name: "de 'Aufgabe des Auftragnehmers ist', 'ist Aufgabe der Agentur'; Aufgabe des Ministeriums",
        text: "3. Aufgaben\n\nAufgabe des Auftragnehmers ist die Planung und Durchführung von vier Workshops.\nDie Moderation der Sitzungen ist Aufgabe der Agentur.\nDie Einladung der Teilnehmenden ist Aufgabe des Ministeriums.\n",
        rows: &[
            "Aufgabe des Auftragnehmers ist die Planung",
            "Die Moderation der Sitzungen ist Aufgabe der Agentur",
        ],
        items: &[],
        not_rows: &["Die Einladung der Teilnehmenden ist Aufgabe des Ministeriums"],
    },
    Case {
        name: "de 'trägt die Kosten', 'Die Kosten … trägt der Auftragnehmer'; was der Auftraggeber trägt",
        text: "§ 8 Kosten\n\nDer Bieter trägt sämtliche Kosten für die Ausarbeitung seines Angebots.\nDie Kosten für Reisen und Unterkunft trägt der Auftragnehmer.\nDie Kosten der Bekanntmachung trägt der Auftraggeber.\n",
        rows: &[
            "Der Bieter trägt sämtliche Kosten",
            "Die Kosten für Reisen und Unterkunft trägt der Auftragnehmer",
        ],
        items: &[],
        not_rows: &["Die Kosten der Bekanntmachung trägt der Auftraggeber"],
    },
    Case {
        name: "de 'liegt beim Auftragnehmer', 'haftet für'; Verantwortung des Auftraggebers",
        text: "§ 10 Verantwortung und Haftung\n\nDie Verantwortung für die Sicherung der Baustelle liegt beim Auftragnehmer.\nDer Auftragnehmer haftet für Schäden, die seine Beschäftigten bei der Ausführung verursachen.\nDie Verantwortung für die Bereitstellung der Räume liegt beim Auftraggeber.\n",
        rows: &[
            "Die Verantwortung für die Sicherung der Baustelle liegt beim Auftragnehmer",
            "Der Auftragnehmer haftet für Schäden",
        ],
        items: &[],
        not_rows: &["Die Verantwortung für die Bereitstellung der Räume liegt beim Auftraggeber"],
    },
    Case {
        name: "de 'hat … zu erfolgen'; 'erfolgt' im Verfahren bindet niemanden",
        text: "9. Rechnungen und Öffnung\n\nDie Rechnungsstellung hat elektronisch im Format XRechnung zu erfolgen.\nDie Abgabe der Angebote hat ausschließlich in Textform zu erfolgen.\nDie Öffnung der Angebote erfolgt nicht öffentlich.\nDie Zuschlagserteilung erfolgt voraussichtlich in der 30. Kalenderwoche.\n",
        rows: &[
            "Die Rechnungsstellung hat elektronisch",
            "Die Abgabe der Angebote hat ausschließlich in Textform",
        ],
        items: &[],
        not_rows: &[
            "Die Öffnung der Angebote erfolgt nicht öffentlich",
            "Die Zuschlagserteilung erfolgt voraussichtlich",
        ],
    },
    Case {
        name: "de Präsens: 'Der Auftragnehmer erstellt', 'Er stimmt … ab'; der Auftraggeber stellt bereit",
        text: "Leistungsbeschreibung\n\n3. Leistungsumfang\n\nDer Auftragnehmer erstellt bis Ende Mai ein Feinkonzept für die Datenmigration.\nEr stimmt das Konzept mit der Projektleitung des Auftraggebers ab.\nDer Auftraggeber stellt die Altdaten im CSV-Format zur Verfügung.\n",
        rows: &[
            "Der Auftragnehmer erstellt bis Ende Mai ein Feinkonzept",
            "Er stimmt das Konzept mit der Projektleitung",
        ],
        items: &[],
        not_rows: &["Der Auftraggeber stellt die Altdaten"],
    },
    Case {
        name: "de Präsens: 'Der Bieter legt … vor', 'benennt'; die Vergabestelle prüft",
        text: "4. Inhalt des Angebots\n\nDer Bieter legt mit dem Angebot drei Referenzen über vergleichbare Aufträge vor.\nDer Bieter benennt eine Projektleitung mit mindestens fünf Jahren Berufserfahrung.\nDie Vergabestelle prüft die Referenzen stichprobenartig.\n",
        rows: &[
            "Der Bieter legt mit dem Angebot drei Referenzen",
            "Der Bieter benennt eine Projektleitung",
        ],
        items: &[],
        not_rows: &["Die Vergabestelle prüft die Referenzen"],
    },
    Case {
        name: "de Präsens: 'Die Agentur übernimmt', 'Sie betreut'; Einwohnerzahl",
        text: "Leistungsbeschreibung Öffentlichkeitsarbeit\n\n2. Leistungen der Agentur\n\nDie Agentur übernimmt die Konzeption und Gestaltung der Kampagne.\nSie betreut die Kanäle in den sozialen Medien während der gesamten Laufzeit.\nDie Gemeinde zählt rund 14.000 Einwohnerinnen und Einwohner.\n",
        rows: &[
            "Die Agentur übernimmt die Konzeption",
            "Sie betreut die Kanäle in den sozialen Medien",
        ],
        items: &[],
        not_rows: &["Die Gemeinde zählt rund 14.000"],
    },
    Case {
        name: "de Präsens mit Abkürzungen: 'Der AN stellt sicher', 'gewährleistet'; der AG meldet",
        text: "6. Betrieb\n\nDer AN stellt sicher, dass Störungen innerhalb von vier Stunden bearbeitet werden.\nDer AN gewährleistet die Erreichbarkeit einer Hotline an allen Werktagen.\nDer AG meldet Störungen über das Ticketsystem.\n",
        rows: &[
            "Der AN stellt sicher, dass Störungen",
            "Der AN gewährleistet die Erreichbarkeit",
        ],
        items: &[],
        not_rows: &["Der AG meldet Störungen"],
    },
    Case {
        name: "de Präsens: 'Der Dienstleister liefert', 'Der Auftragnehmer sorgt für'; der Auftragnehmer erhält",
        text: "4. Lieferung und Vergütung\n\nDer Dienstleister liefert die Geräte vorkonfiguriert an die zwölf Standorte.\nDer Auftragnehmer sorgt für die Rücknahme der Altgeräte.\nDer Auftragnehmer erhält eine Vergütung nach den angebotenen Stundensätzen.\nFür die Teilnahme am Wettbewerb erhält jeder Bieter eine Aufwandsentschädigung von 500 Euro.\n",
        rows: &[
            "Der Dienstleister liefert die Geräte vorkonfiguriert",
            "Der Auftragnehmer sorgt für die Rücknahme",
        ],
        items: &[],
        not_rows: &[
            "Der Auftragnehmer erhält eine Vergütung",
            "erhält jeder Bieter eine Aufwandsentschädigung",
        ],
    },
    Case {
        name: "de 'Voraussetzung für die Teilnahme ist', 'Teilnahmeberechtigt sind'; das Verfahren",
        text: "Teilnahmebedingungen\n\n1. Teilnahme\n\nVoraussetzung für die Teilnahme ist die Eintragung in das amtliche Verzeichnis präqualifizierter Unternehmen.\nTeilnahmeberechtigt sind nur Unternehmen mit Sitz in einem Mitgliedstaat der Europäischen Union.\nDas Verfahren wird als offenes Verfahren durchgeführt.\n",
        rows: &[
            "Voraussetzung für die Teilnahme ist die Eintragung",
            "Teilnahmeberechtigt sind nur Unternehmen",
        ],
        items: &[],
        not_rows: &["Das Verfahren wird als offenes Verfahren durchgeführt"],
    },
    Case {
        name: "de 'Erforderlich ist', 'erforderlich sind'; das Team des Auftraggebers",
        text: "4. Personal\n\nErforderlich ist ein abgeschlossenes Hochschulstudium der Informatik oder eine gleichwertige Qualifikation.\nZusätzlich erforderlich sind Kenntnisse der deutschen Sprache auf dem Niveau C1.\nDas Team des Auftraggebers besteht aus sechs Personen.\n",
        rows: &[
            "Erforderlich ist ein abgeschlossenes Hochschulstudium",
            "Zusätzlich erforderlich sind Kenntnisse der deutschen Sprache",
        ],
        items: &[],
        not_rows: &["Das Team des Auftraggebers besteht aus sechs Personen"],
    },
    Case {
        name: "de 'ist zwingend', 'ist zwingend erforderlich'; Dauer der Besichtigung",
        text: "5. Ortsbesichtigung\n\nDie Teilnahme an der Ortsbesichtigung am 3. Februar ist zwingend.\nDie Angabe einer Telefonnummer für Rückfragen ist zwingend erforderlich.\nDie Besichtigung dauert etwa zwei Stunden.\n",
        rows: &[
            "Die Teilnahme an der Ortsbesichtigung am 3. Februar ist zwingend",
            "Die Angabe einer Telefonnummer für Rückfragen",
        ],
        items: &[],
        not_rows: &["Die Besichtigung dauert etwa zwei Stunden"],
    },
    Case {
        name: "de 'Bedingung für den Zuschlag ist'; der Zuschlag wird erteilt",
        text: "7. Zuschlag\n\nBedingung für den Zuschlag ist die Vorlage einer Bescheinigung in Steuersachen.\nDer Zuschlag wird auf das wirtschaftlichste Angebot erteilt.\n",
        rows: &["Bedingung für den Zuschlag ist die Vorlage"],
        items: &[],
        not_rows: &["Der Zuschlag wird auf das wirtschaftlichste Angebot erteilt"],
    },
    Case {
        name: "de 'Vorausgesetzt wird', 'werden vorausgesetzt'; Start der Website",
        text: "3. Fachliche Anforderungen\n\nVorausgesetzt wird eine mindestens dreijährige Erfahrung in der Betreuung kommunaler Internetauftritte.\nSichere Kenntnisse im Umgang mit dem eingesetzten Redaktionssystem werden vorausgesetzt.\nDer heutige Internetauftritt ging im Jahr 2019 online.\n",
        rows: &[
            "Vorausgesetzt wird eine mindestens dreijährige Erfahrung",
            "Sichere Kenntnisse im Umgang mit dem eingesetzten Redaktionssystem werden vorausgesetzt",
        ],
        items: &[],
        not_rows: &["Der heutige Internetauftritt ging im Jahr 2019 online"],
    },
    Case {
        name: "de 'wird … erwartet', 'Erwartet wird'; eine Prognose des Auftraggebers",
        text: "4. Zusammenarbeit\n\nVom Auftragnehmer wird die Teilnahme an monatlichen Abstimmungsterminen erwartet.\nErwartet wird außerdem eine wöchentliche kurze Statusmeldung per E-Mail.\nDer Auftraggeber erwartet im kommenden Jahr einen deutlichen Anstieg der Nutzerzahlen.\n",
        rows: &[
            "Vom Auftragnehmer wird die Teilnahme an monatlichen Abstimmungsterminen erwartet",
            "Erwartet wird außerdem eine wöchentliche kurze Statusmeldung",
        ],
        items: &[],
        not_rows: &["Der Auftraggeber erwartet im kommenden Jahr"],
    },
    Case {
        name: "de 'ist erforderlich' nach dem Nomen; 'ist nicht erforderlich' bindet niemanden",
        text: "6. Sicherheit\n\nFür alle eingesetzten Personen ist ein erweitertes Führungszeugnis erforderlich.\nEin Nachweis über die Schulung in Arbeitssicherheit ist notwendig.\nEine Anmeldung zur Besichtigung ist nicht erforderlich.\n",
        rows: &[
            "ist ein erweitertes Führungszeugnis erforderlich",
            "Ein Nachweis über die Schulung in Arbeitssicherheit ist notwendig",
        ],
        items: &[],
        not_rows: &["Eine Anmeldung zur Besichtigung ist nicht erforderlich"],
    },
    Case {
        name: "de 'ist Pflicht', 'ist verpflichtend'; 'ist freiwillig' bindet niemanden",
        text: "2. Kommunikation\n\nDie Nutzung der elektronischen Vergabeplattform ist für alle Bieter Pflicht.\nEine Registrierung auf der Plattform ist verpflichtend.\nDie Teilnahme an der Bieterinformation ist freiwillig.\n",
        rows: &[
            "Die Nutzung der elektronischen Vergabeplattform ist für alle Bieter Pflicht",
            "Eine Registrierung auf der Plattform ist verpflichtend",
        ],
        items: &[],
        not_rows: &["Die Teilnahme an der Bieterinformation ist freiwillig"],
    },
    Case {
        name: "de 'Es werden … gefordert', 'Gefordert wird'; 'Es werden keine … vergütet'",
        text: "6. Eignungsnachweise\n\nEs werden mindestens zwei Referenzen aus den letzten drei Jahren gefordert.\nGefordert wird ferner ein Nachweis über eine Zertifizierung nach ISO 9001.\nEs werden keine Entwürfe vergütet.\n",
        rows: &[
            "Es werden mindestens zwei Referenzen",
            "Gefordert wird ferner ein Nachweis",
        ],
        items: &[],
        not_rows: &["Es werden keine Entwürfe vergütet"],
    },
    Case {
        name: "de 'Verlangt wird', 'Es wird … verlangt'; die Zahlung",
        text: "7. Preise und Sicherheiten\n\nVerlangt wird die Angabe der Stundensätze für alle vorgesehenen Personen.\nEs wird eine Vertragserfüllungsbürgschaft in Höhe von 5 % der Auftragssumme verlangt.\nDie Zahlung erfolgt innerhalb von 30 Tagen nach Eingang der Rechnung.\n",
        rows: &[
            "Verlangt wird die Angabe der Stundensätze",
            "Es wird eine Vertragserfüllungsbürgschaft",
        ],
        items: &[],
        not_rows: &["Die Zahlung erfolgt innerhalb von 30 Tagen"],
    },
    Case {
        name: "de 'Angebote, die …, werden ausgeschlossen', 'werden von der Wertung ausgeschlossen'; Mitteilung",
        text: "9. Ausschluss\n\nAngebote, die nach Ablauf der Angebotsfrist eingehen, werden ausgeschlossen.\nUnvollständige Angebote werden von der Wertung ausgeschlossen.\nDie Gründe für einen Ausschluss werden den Bietern schriftlich mitgeteilt.\n",
        rows: &[
            "Angebote, die nach Ablauf der Angebotsfrist eingehen, werden ausgeschlossen",
            "Unvollständige Angebote werden von der Wertung ausgeschlossen",
        ],
        items: &[],
        not_rows: &["Die Gründe für einen Ausschluss werden den Bietern"],
    },
    Case {
        name: "de 'sind nicht zugelassen', 'sind nicht zulässig'; keine Lose",
        text: "10. Nebenangebote\n\nNebenangebote sind nicht zugelassen.\nMehrere Hauptangebote eines Bieters sind ebenfalls nicht zulässig.\nDer Auftrag ist nicht in Lose aufgeteilt.\n",
        rows: &[
            "Nebenangebote sind nicht zugelassen",
            "Mehrere Hauptangebote eines Bieters sind ebenfalls nicht zulässig",
        ],
        items: &[],
        not_rows: &["Der Auftrag ist nicht in Lose aufgeteilt"],
    },
    Case {
        name: "de 'ist unzulässig', 'ist untersagt', 'ist ausgeschlossen'; der frühere Vertrag",
        text: "§ 11 Unterauftragsvergabe\n\nEine Weitergabe der Leistung an Dritte ohne Zustimmung des Auftraggebers ist unzulässig.\nDie Verwendung der Daten für eigene Zwecke des Auftragnehmers ist untersagt.\nEine nachträgliche Änderung der Preise ist ausgeschlossen.\nDer bisherige Vertrag wurde im Jahr 2021 geschlossen.\n",
        rows: &[
            "Eine Weitergabe der Leistung an Dritte ohne Zustimmung",
            "Die Verwendung der Daten für eigene Zwecke",
            "Eine nachträgliche Änderung der Preise ist ausgeschlossen",
        ],
        items: &[],
        not_rows: &["Der bisherige Vertrag wurde im Jahr 2021 geschlossen"],
    },
    Case {
        name: "de 'gelten als nicht abgegeben', 'bleiben unberücksichtigt'; eine Auskunft",
        text: "8. Formvorschriften\n\nAngebote ohne qualifizierte elektronische Signatur gelten als nicht abgegeben.\nAngebote per E-Mail bleiben unberücksichtigt.\nAuskünfte erteilt die Zentrale Vergabestelle unter der angegebenen Telefonnummer.\n",
        rows: &[
            "Angebote ohne qualifizierte elektronische Signatur gelten als nicht abgegeben",
            "Angebote per E-Mail bleiben unberücksichtigt",
        ],
        items: &[],
        not_rows: &["Auskünfte erteilt die Zentrale Vergabestelle"],
    },
    Case {
        name: "de 'Bitte reichen Sie … ein', 'Bitte geben Sie … an'; ein Dank",
        text: "Angebotsformular\n\nBitte reichen Sie Ihr Angebot ausschließlich elektronisch über die Plattform ein.\nBitte geben Sie für jede Position einen Einzelpreis an.\nVielen Dank für Ihr Interesse an dieser Ausschreibung.\n",
        rows: &[
            "Bitte reichen Sie Ihr Angebot ausschließlich elektronisch",
            "Bitte geben Sie für jede Position einen Einzelpreis an",
        ],
        items: &[],
        not_rows: &["Vielen Dank für Ihr Interesse"],
    },
    Case {
        name: "de 'Bitte verwenden Sie', 'Bitte senden Sie'; eine Ansprechperson steht zur Verfügung",
        text: "Hinweise zur Angebotsabgabe\n\nBitte verwenden Sie für das Preisblatt ausschließlich die bereitgestellte Tabellenvorlage.\nBitte senden Sie Ihre Fragen bis zum 20. April an die unten genannte Adresse.\nBei Fragen steht Ihnen Frau Weber gern zur Verfügung.\n",
        rows: &[
            "Bitte verwenden Sie für das Preisblatt",
            "Bitte senden Sie Ihre Fragen bis zum 20. April",
        ],
        items: &[],
        not_rows: &["steht Ihnen Frau Weber gern zur Verfügung"],
    },
    Case {
        name: "de Liste mit Punkten unter 'Folgende Unterlagen sind dem Angebot beizufügen:'",
        text: "5. Angebotsunterlagen\n\nFolgende Unterlagen sind dem Angebot beizufügen:\n• ausgefülltes Preisblatt\n• unterschriebene Eigenerklärung zur Tariftreue\n• Nachweis der Berufshaftpflichtversicherung\n• Kurzprofil der vorgesehenen Projektleitung\n",
        rows: &[],
        items: &[
            "ausgefülltes Preisblatt",
            "unterschriebene Eigenerklärung zur Tariftreue",
            "Nachweis der Berufshaftpflichtversicherung",
            "Kurzprofil der vorgesehenen Projektleitung",
        ],
        not_rows: &[],
    },
    Case {
        name: "de Liste mit Gedankenstrichen unter 'Der Leistungsumfang umfasst:'",
        text: "Leistungsbeschreibung\n\n2. Leistungsumfang\n\nDer Leistungsumfang umfasst:\n– die Analyse der bestehenden Abläufe in der Kämmerei,\n– die Erstellung eines Sollkonzepts,\n– die Schulung von bis zu 30 Beschäftigten,\n– die Dokumentation aller Ergebnisse.\n",
        rows: &[],
        items: &[
            "die Analyse der bestehenden Abläufe in der Kämmerei",
            "die Erstellung eines Sollkonzepts",
            "die Schulung von bis zu 30 Beschäftigten",
            "die Dokumentation aller Ergebnisse",
        ],
        not_rows: &[],
    },
    Case {
        name: "de Liste ohne Zeichen unter 'Zu den Aufgaben des Auftragnehmers gehören insbesondere'; was der Auftraggeber liefert",
        text: "3. Leistungen\n\nZu den Aufgaben des Auftragnehmers gehören insbesondere\nPflege der Inhalte des Internetauftritts\nTechnische Wartung des Webservers\nMonatliche Auswertung der Zugriffszahlen\n\nDer Auftraggeber liefert Texte und Bilder.\n",
        rows: &[],
        items: &[
            "Pflege der Inhalte des Internetauftritts",
            "Technische Wartung des Webservers",
            "Monatliche Auswertung der Zugriffszahlen",
        ],
        not_rows: &["Der Auftraggeber liefert Texte und Bilder"],
    },
    Case {
        name: "de Liste mit Buchstaben unter 'Mit dem Angebot sind einzureichen:'",
        text: "6. Einzureichende Unterlagen\n\nMit dem Angebot sind einzureichen:\na) das unterschriebene Angebotsschreiben,\nb) das Leistungsverzeichnis mit Einheitspreisen,\nc) die Erklärung zur Bietergemeinschaft, sofern zutreffend.\n",
        rows: &[],
        items: &[
            "das unterschriebene Angebotsschreiben",
            "das Leistungsverzeichnis mit Einheitspreisen",
            "die Erklärung zur Bietergemeinschaft",
        ],
        not_rows: &[],
    },
    Case {
        name: "de nummerierte Liste unter 'Der Auftragnehmer hat folgende Leistungen zu erbringen:'",
        text: "§ 3 Leistungen\n\nDer Auftragnehmer hat folgende Leistungen zu erbringen:\n1. Aufnahme des Baumbestands in allen städtischen Parks\n2. Bewertung der Verkehrssicherheit jedes Baumes\n3. Übergabe der Daten in das Baumkataster der Stadt\n",
        rows: &[],
        items: &[
            "Aufnahme des Baumbestands in allen städtischen Parks",
            "Bewertung der Verkehrssicherheit jedes Baumes",
            "Übergabe der Daten in das Baumkataster der Stadt",
        ],
        not_rows: &[],
    },
    Case {
        name: "de Liste mit Bindestrichen unter 'Nicht zugelassen sind:'",
        text: "4. Form\n\nNicht zugelassen sind:\n- Angebote per Telefax\n- Angebote in Papierform\n- Angebote auf Datenträgern\n",
        rows: &[],
        items: &[
            "Angebote per Telefax",
            "Angebote in Papierform",
            "Angebote auf Datenträgern",
        ],
        not_rows: &[],
    },
    Case {
        name: "de Liste mit Sternchen unter 'Vorzulegen sind:'; Vertraulichkeit",
        text: "7. Unterlagen\n\nVorzulegen sind:\n* Nachweis der Eintragung in das Handelsregister\n* Bestätigung der Haftpflichtversicherung\n* Liste der vorgesehenen Nachunternehmer\n\nDie Unterlagen werden vertraulich behandelt.\n",
        rows: &[],
        items: &[
            "Nachweis der Eintragung in das Handelsregister",
            "Bestätigung der Haftpflichtversicherung",
            "Liste der vorgesehenen Nachunternehmer",
        ],
        not_rows: &["Die Unterlagen werden vertraulich behandelt"],
    },
    Case {
        name: "de was die Vergabestelle tut, Vorbehalte, Zeitplan: keine Zeile",
        text: "5. Wertung\n\nDie Vergabestelle prüft die Angebote in vier Wertungsstufen.\nDer Auftraggeber behält sich vor, den Auftrag nur teilweise zu vergeben.\nDie Zuschlagserteilung erfolgt nach Ablauf der Informationsfrist.\nDie Wertung der Preise erfolgt nach der Formel in Anlage 3.\n",
        rows: &[],
        items: &[],
        not_rows: &[
            "Die Vergabestelle prüft die Angebote",
            "Der Auftraggeber behält sich vor, den Auftrag",
            "Die Zuschlagserteilung erfolgt nach Ablauf",
            "Die Wertung der Preise erfolgt",
        ],
    },
    Case {
        name: "de Ausgangslage und eine Liste ohne Pflicht: keine Zeile",
        text: "1. Ausgangslage\n\nDer Landkreis umfasst 24 Gemeinden mit zusammen rund 130.000 Einwohnern.\nDie Kreisverwaltung gliedert sich in folgende Fachbereiche:\n- Bürgerservice und Ordnung\n- Jugend und Soziales\n- Bauen und Umwelt\nDie IT wird zentral von einem kommunalen Rechenzentrum betrieben.\n",
        rows: &[],
        items: &[],
        not_rows: &[
            "Der Landkreis umfasst 24 Gemeinden",
            "Bürgerservice und Ordnung",
            "Jugend und Soziales",
            "Bauen und Umwelt",
            "Die IT wird zentral",
        ],
    },
    Case {
        name: "de 'erfolgt durch den Auftragnehmer', 'ist für … zuständig'; was durch den Auftraggeber erfolgt",
        text: "4. Umsetzung\n\nDie technische Umsetzung erfolgt durch den Auftragnehmer in enger Abstimmung mit der Projektgruppe.\nDer Auftragnehmer ist für die Einweisung der Redakteurinnen und Redakteure zuständig.\nDie Abnahme erfolgt durch den Auftraggeber nach einer Testphase von vier Wochen.\n",
        rows: &[
            "Die technische Umsetzung erfolgt durch den Auftragnehmer",
            "ist für die Einweisung der Redakteurinnen und Redakteure zuständig",
        ],
        items: &[],
        not_rows: &["Die Abnahme erfolgt durch den Auftraggeber"],
    },
    Case {
        name: "de 'Notwendig sind', 'Unerlässlich ist'; was der Auftraggeber für notwendig hält",
        text: "5. Qualifikation\n\nNotwendig sind fundierte Kenntnisse im barrierefreien Webdesign.\nUnerlässlich ist eine feste Ansprechperson während der gesamten Projektlaufzeit.\nDie Gemeinde hält eine Überarbeitung des Leitbilds für notwendig.\n",
        rows: &[
            "Notwendig sind fundierte Kenntnisse",
            "Unerlässlich ist eine feste Ansprechperson",
        ],
        items: &[],
        not_rows: &["Die Gemeinde hält eine Überarbeitung"],
    },
    Case {
        name: "de geschlechtergerechte Formen: 'Der*die Auftragnehmer*in erstellt', 'Die Auftragnehmer:in legt … vor'",
        text: "3. Leistungen\n\nDer*die Auftragnehmer*in erstellt ein Konzept für die Nutzerführung.\nDie Auftragnehmer:in legt nach jeder Projektphase einen Zwischenbericht vor.\nDie Auftraggeberin stellt Fotos und Texte zur Verfügung.\n",
        rows: &[
            "erstellt ein Konzept für die Nutzerführung",
            "legt nach jeder Projektphase einen Zwischenbericht vor",
        ],
        items: &[],
        not_rows: &["stellt Fotos und Texte zur Verfügung"],
    },
    Case {
        name: "de Passiv im Präsens für das zu liefernde System; der heutige Betrieb und die Wertung binden niemanden",
        text: "Leistungsbeschreibung Relaunch\n\n4. Anforderungen an die Website\n\nDie neue Website wird vollständig responsiv umgesetzt.\nDas System wird an den bestehenden Verzeichnisdienst angebunden.\nDie bisherige Website wird von einem externen Dienstleister betrieben.\nDie Angebote werden nach den Kriterien der Anlage 4 gewertet.\n",
        rows: &[
            "Die neue Website wird vollständig responsiv umgesetzt",
            "Das System wird an den bestehenden Verzeichnisdienst angebunden",
        ],
        items: &[],
        not_rows: &[
            "Die bisherige Website wird von einem externen Dienstleister betrieben",
            "Die Angebote werden nach den Kriterien",
        ],
    },
    Case {
        name: "de Liste mit Punkten unter der Überschrift 'Leistungsumfang' ohne Einleitung",
        text: "Leistungsbeschreibung\n\n3. Leistungsumfang\n\n• Konzeption der Seitenstruktur und der Navigation\n• Gestaltung der Startseite und von sechs Vorlagen\n• Migration der vorhandenen Inhalte in das neue System\n",
        rows: &[],
        items: &[
            "Konzeption der Seitenstruktur und der Navigation",
            "Gestaltung der Startseite und von sechs Vorlagen",
            "Migration der vorhandenen Inhalte in das neue System",
        ],
        not_rows: &[],
    },
    Case {
        name: "de Liste mit Strichen unter der Überschrift 'Funktionsumfang' ohne Einleitung",
        text: "4. Funktionsumfang\n\n- Volltextsuche über alle Inhalte der Website\n- Veranstaltungskalender mit Filter nach Sparten\n- Newsletter-Anmeldung mit doppelter Bestätigung\n",
        rows: &[],
        items: &[
            "Volltextsuche über alle Inhalte der Website",
            "Veranstaltungskalender mit Filter nach Sparten",
            "Newsletter-Anmeldung mit doppelter Bestätigung",
        ],
        not_rows: &[],
    },
    Case {
        name: "de Liste unter 'Ausgangssituation' und 'Projekthintergrund': keine Zeile",
        text: "1. Ausgangssituation\n\n- drei Museen mit eigenen Teilauftritten\n- ein Online-Shop für Eintrittskarten eines Drittanbieters\n\n2. Projekthintergrund\n\n- Förderung durch ein Landesprogramm zur Digitalisierung\n- Laufzeit des Förderprojekts bis Ende 2027\n",
        rows: &[],
        items: &[],
        not_rows: &[
            "drei Museen mit eigenen Teilauftritten",
            "ein Online-Shop für Eintrittskarten",
            "Förderung durch ein Landesprogramm",
            "Laufzeit des Förderprojekts",
        ],
    },
    Case {
        name: "de 'Bestandteil des Auftrags ist', 'Zum Leistungsumfang gehört', 'im Angebotspreis enthalten'; 'nicht Bestandteil'",
        text: "3. Umfang der Beauftragung\n\nBestandteil des Auftrags ist auch die Schulung von zwei Redakteurinnen.\nZum Leistungsumfang gehört die Einrichtung einer Testumgebung.\nSämtliche Reisekosten sind im Angebotspreis enthalten.\nDie laufende Pflege der Inhalte ist nicht Bestandteil des Auftrags.\n",
        rows: &[
            "Bestandteil des Auftrags ist auch die Schulung",
            "Zum Leistungsumfang gehört die Einrichtung",
            "Sämtliche Reisekosten sind im Angebotspreis enthalten",
        ],
        items: &[],
        not_rows: &["Die laufende Pflege der Inhalte ist nicht Bestandteil"],
    },
    Case {
        name: "de 'Der Auftrag umfasst', 'Die Leistung beinhaltet'; was die Stiftung umfasst",
        text: "2. Gegenstand\n\nDer Auftrag umfasst die Neugestaltung des gesamten Internetauftritts.\nDie Leistung beinhaltet außerdem ein Jahr technischen Support nach dem Start.\nDie Stiftung umfasst vier Häuser und einen Park.\n",
        rows: &[
            "Der Auftrag umfasst die Neugestaltung",
            "Die Leistung beinhaltet außerdem ein Jahr",
        ],
        items: &[],
        not_rows: &["Die Stiftung umfasst vier Häuser"],
    },
    Case {
        name: "de 'Wir erwarten', 'Wir setzen … voraus'; 'Wir freuen uns', was wir anbieten",
        text: "5. Erwartungen an die Agentur\n\nWir erwarten ein schlüssiges Konzept für die mobile Nutzung.\nWir setzen Erfahrung mit Projekten im Kulturbereich voraus.\nWir freuen uns auf Ihr Angebot.\nWir bieten einen festen Ansprechpartner im Haus.\n",
        rows: &[
            "Wir erwarten ein schlüssiges Konzept",
            "Wir setzen Erfahrung mit Projekten im Kulturbereich voraus",
        ],
        items: &[],
        not_rows: &[
            "Wir freuen uns auf Ihr Angebot",
            "Wir bieten einen festen Ansprechpartner",
        ],
    },
    Case {
        name: "de 'Die Abgabe der Angebote erfolgt ausschließlich …'; die Auftragserteilung erfolgt",
        text: "6. Angebotsabgabe\n\nDie Abgabe der Angebote erfolgt ausschließlich elektronisch über die Vergabeplattform.\nDie Übermittlung der Nachweise erfolgt bis spätestens zum Ende der Angebotsfrist.\nDie Auftragserteilung erfolgt schriftlich durch die Vergabestelle.\n",
        rows: &[
            "Die Abgabe der Angebote erfolgt ausschließlich elektronisch",
            "Die Übermittlung der Nachweise erfolgt bis spätestens",
        ],
        items: &[],
        not_rows: &["Die Auftragserteilung erfolgt schriftlich"],
    },
    Case {
        name: "de Liste unter der Überschrift 'Arbeitspakete' ohne Einleitung",
        text: "4. Arbeitspakete\n\n• Analyse der Nutzergruppen und ihrer Wege durch die Website\n• Entwurf eines Designs für Startseite und Unterseiten\n• Programmierung der Vorlagen im vorhandenen Redaktionssystem\n",
        rows: &[],
        items: &[
            "Analyse der Nutzergruppen und ihrer Wege",
            "Entwurf eines Designs für Startseite und Unterseiten",
            "Programmierung der Vorlagen im vorhandenen Redaktionssystem",
        ],
        not_rows: &[],
    },
    Case {
        name: "de 'Die Umsetzung erfolgt …', 'Die Schulung … erfolgt …'; was durch den Auftraggeber erfolgt",
        text: "Leistungsbeschreibung\n\n5. Durchführung\n\nDie Umsetzung erfolgt in enger Abstimmung mit der Abteilung Kommunikation.\nDie Schulung der Redaktion erfolgt vor Ort in zwei halbtägigen Terminen.\nDie Übergabe der Zugangsdaten erfolgt durch den Auftraggeber zu Projektbeginn.\n",
        rows: &[
            "Die Umsetzung erfolgt in enger Abstimmung",
            "Die Schulung der Redaktion erfolgt vor Ort",
        ],
        items: &[],
        not_rows: &["Die Übergabe der Zugangsdaten erfolgt durch den Auftraggeber"],
    },
    Case {
        name: "de 'Der neue Internetauftritt wird … gestaltet', 'Das Redaktionssystem wird … angepasst'; der bisherige Auftritt",
        text: "Leistungsbeschreibung\n\n3. Anforderungen an den Internetauftritt\n\nDer neue Internetauftritt wird barrierefrei nach BITV 2.0 gestaltet.\nDas Redaktionssystem wird an die Rollen der Redaktion angepasst.\nDer bisherige Internetauftritt wird von einer Agentur in Erfurt betreut.\n",
        rows: &[
            "Der neue Internetauftritt wird barrierefrei",
            "Das Redaktionssystem wird an die Rollen der Redaktion angepasst",
        ],
        items: &[],
        not_rows: &["Der bisherige Internetauftritt wird von einer Agentur"],
    },
    // Added with the rule for the zu-infinitive put first (from the third fresh matrix
    // probe's pass): "anzugeben sind", "Nachzuweisen ist"; "Einzusehen sind" tells
    // where the papers are; the contractor's "Anlieferung erfolgt".
    Case {
        name: "de 'anzugeben sind', 'Nachzuweisen ist' vorangestellt; 'Einzusehen sind' beschreibt",
        text: "=== page 1 ===\nLEISTUNGSBESCHREIBUNG\n\n4. Angebot\n\nIm Angebot anzugeben sind Fabrikat und Typ der angebotenen Geräte.\nNachzuweisen ist die Fachkunde des Personals durch Zertifikate.\nEinzusehen sind die Pläne auf der Vergabeplattform.\nDie Anlieferung erfolgt ausschließlich über den Hof an der Nordseite.\n",
        rows: &[
            "Im Angebot anzugeben sind Fabrikat und Typ",
            "Nachzuweisen ist die Fachkunde",
            "Die Anlieferung erfolgt ausschließlich",
        ],
        items: &[],
        not_rows: &["Einzusehen sind die Pläne"],
    },
];

/// The checks the engine fails today ("case name | fragment"), sorted.
const KNOWN_MISSES: &[&str] = &[
    "de 'Aufgabe des Auftragnehmers ist', 'ist Aufgabe der Agentur'; Aufgabe des Ministeriums | Die Moderation der Sitzungen ist Aufgabe der Agentur",
    "de Präsens: 'Der Auftragnehmer erstellt', 'Er stimmt … ab'; der Auftraggeber stellt bereit | Er stimmt das Konzept mit der Projektleitung",
    "de Präsens: 'Die Agentur übernimmt', 'Sie betreut'; Einwohnerzahl | Sie betreut die Kanäle in den sozialen Medien",
    "de nummerierte Liste unter 'Der Auftragnehmer hat folgende Leistungen zu erbringen:' | Übergabe der Daten in das Baumkataster der Stadt",
];

#[test]
fn the_german_duties_probe_fails_only_its_known_misses() {
    assert_known_misses(
        "german duties probe",
        CASES,
        failures,
        |case| format!("{}: {:#?}", case.name, probe::statement_rows(case.text)),
        KNOWN_MISSES,
    );
}
