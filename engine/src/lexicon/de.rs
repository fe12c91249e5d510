//! German: the words the rules read in German documents.

use super::{CategoryWords, Lexicon, MatrixWords, Modals, Traps};

/// German.
pub const DE: Lexicon = Lexicon {
    code: "de",
    name: "German",
    months: [
        &["januar", "jänner"],
        &["februar"],
        &["märz", "maerz"],
        &["april"],
        &["mai"],
        &["juni"],
        &["juli"],
        &["august"],
        &["september"],
        &["oktober", "okt"],
        &["november"],
        &["dezember", "dez"],
    ],
    weekdays: [
        "montag",
        "dienstag",
        "mittwoch",
        "donnerstag",
        "freitag",
        "samstag",
        "sonntag",
    ],
    ordinal_suffixes: &[r"\."],
    deadline_cues: &[
        "geöffnet bis",
        "eingereicht",
        "einzureichen",
        "vorzulegen",
        "frist",
        "abgabe",
        "einreichung",
        "einsendeschluss",
        "spätestens",
        "bis zum",
        "eingang",
        "schlusstermin",
        "angebotsschluss",
        "abgabeschluss",
        "bewerbungsschluss",
    ],
    question_cues: &[
        "rückfrage",
        "ruckfrage",
        "fragen",
        "antworten",
        "auskünfte",
        "auskunft",
    ],
    ceiling_cues: &[
        "höchstbetrag",
        "bis zu",
        "maximal",
        "höchstens",
        "begrenzt auf",
        "kostendach",
        "kostenrahmen",
        "obergrenze",
    ],
    budget_cues: &[
        "zuschuss",
        "förder",
        "stipendium",
        "dotiert",
        "preisgeld",
        "honorar",
        "auftragsvolumen",
        "auftragswert",
    ],
    minimum_cues: &["mindestens"],
    traps: Traps {
        fee: &["gebühr"],
        guarantee: &["sicherheitsleistung", "bürgschaft", "bietersicherheit"],
        insurance: &["versicherung", "haftung"],
        penalty: &["vertragsstrafe"],
        issuer_figures: &[
            "umsatz",
            "vorherige auftrag",
            "vorheriger auftrag",
            "bisherige auftrag",
            "bisheriger auftrag",
        ],
        rate: &[
            "gehalt",
            "pro tag",
            "pro stunde",
            "reisekosten",
            "pauschale",
            "spesen",
        ],
        example: &["zum beispiel", "beispiel", "zb.", "z.b.", "z. b."],
        threshold: &[
            "schwellenwert",
            "oder mehr",
            "weniger als",
            "mehr als",
            "vorbehalten",
            "überschreitet",
            "erreicht oder",
            "liquidität",
        ],
    },
    modals: Modals {
        shall: &[
            "soll",
            "sollen",
            "verpflichtet sich",
            "verpflichten sich",
            "hat sicherzustellen",
            "haben sicherzustellen",
        ],
        must: &[
            "muss",
            "müssen",
            "darf nicht",
            "dürfen nicht",
            "(?:kann|können) nur",
        ],
        required: &[
            "erforderlich",
            "verpflichtend",
            "vorzulegen",
            "einzureichen",
        ],
        will: &[
            // The verb's object may stand between ("werden vom Verfahren
            // ausgeschlossen", "wird bei der Wertung nicht berücksichtigt").
            r"(?:wird|werden) (?:[\p{L}.]+ ){0,4}(?:nicht berücksichtigt|nicht geprüft|nicht gewertet|nicht bewertet|nicht gefördert|ausgeschlossen|abgelehnt|zurückgewiesen)",
        ],
        should: &["sollte", "sollten"],
        may: &["kann", "können", "darf", "dürfen"],
    },
    not_eligible: &[
        "(?:ist|sind) nicht (?:antragsberechtigt|förderfähig|zuwendungsfähig|teilnahmeberechtigt)",
    ],
    document_types: &[
        "ausschreibung",
        "aufruf zur einreichung",
        "leistungsbeschreibung",
    ],
    matrix: MATRIX,
};

/// The compliance matrix's words in German.
const MATRIX: MatrixWords = MatrixWords {
    obligations: &[
        // The zu-infinitive of a separable verb put first ("Im Angebot anzugeben sind
        // Fabrikat und Typ", "Nachzuweisen ist die Fachkunde").
        r"(?:an|ab|auf|aus|bei|ein|mit|nach|vor|zurück|bereit|dar|fest|hinzu)zu\p{L}+(?:en|ern|eln) (?:ist|sind)",
        // Was der Auftragnehmer nur mit vorheriger Zustimmung darf ("Der Einsatz von
        // Nachunternehmern bedarf der vorherigen Zustimmung des Auftraggebers").
        r"(?:bedarf|bedürfen) der (?:vorherigen |ausdrücklichen |schriftlichen ){1,2}(?:zustimmung|genehmigung|einwilligung|freigabe)",
        // Wer teilnehmen darf, ohne Modalverb beschränkt ("Die Teilnahme ist auf KMU
        // beschränkt", "Nur vollständige Angebote werden zugelassen").
        r"(?:ist|sind) (?:[\p{L}-]+ ){0,4}(?:beschränkt|vorbehalten)",
        r"nur (?:\S+ ){1,16}(?:sind|werden) (?:zugelassen|teilnahmeberechtigt|antragsberechtigt|förderfähig|berücksichtigt|gewertet|erlaubt|gestattet)",
        r"unterlieg(?:t|en) (?:den|allen|sämtlichen) (?:\p{L}+ ){0,2}\p{L}*(?:bedingungen|bestimmungen|vorschriften|regeln|anforderungen)",
        r"es wird (?:erwartet|vorausgesetzt), dass",
        r"(?:ist|sind|wird|werden) (?:\S+ ){0,20}?(?:zu \p{L}+(?:en|ern|eln)|(?:an|ab|auf|aus|bei|ein|her|hin|mit|nach|vor|zurück|zusammen|fest|sicher|dar|bereit|weiter|zu|vorher|bekannt|durch|offen|um|über|unter|wieder|frei|hinzu|heraus|teil|entgegen|gegenüber|kund|klar|instand|fertig|statt|vorweg)zu\p{L}+(?:en|ern|eln))",
        r"(?:hat|haben) (?:\S+ ){0,12}?(?:zu \p{L}+(?:en|ern|eln)|(?:an|ab|auf|aus|bei|ein|her|hin|mit|nach|vor|zurück|zusammen|fest|sicher|dar|bereit|weiter|vorher|bekannt|durch|offen|um|über|unter|wieder|frei|hinzu|heraus|teil|entgegen|gegenüber|kund|klar|instand|fertig|statt|vorweg)zu\p{L}+(?:en|ern|eln))",
        // Die Bedingung, an der Zuschlag oder Zulassung hängt ("Voraussetzung für die
        // Zuschlagserteilung ist …", "ist zwingende Voraussetzung für die Teilnahme").
        r"(?:voraussetzung|vorbedingung|bedingung)(?:en)? für (?:[\p{L}-]+ ){0,2}(?:zuschlag|teilnahme|vergabe|zulassung|berücksichtigung|wertung|auszahlung|förderung|vertrag|auftrag|beauftragung|angebot|eignung|bewerbung)\p{L}* (?:ist|sind|bildet|bilden)",
        r"(?:ist|sind) (?:zwingende |unabdingbare |notwendige |unerlässliche )?(?:voraussetzung|vorbedingung|bedingung)(?:en)? (?:für|zur|zum) (?:[\p{L}-]+ ){0,2}(?:zuschlag|teilnahme|vergabe|zulassung|berücksichtigung|wertung|auszahlung|förderung|vertrag|auftrag|beauftragung|angebot|eignung|bewerbung)\p{L}*",
        // Verpflichtet, das Objekt davor ("ist zur Verschwiegenheit verpflichtet").
        r"(?:ist|sind) (?:[\p{L}-]+ ){0,4}verpflichtet",
        // A request in the passive ("Es werden Lebensläufe verlangt").
        r"(?:wird|werden) (?:\S+ ){0,10}?(?:verlangt|gefordert|vorausgesetzt)",
        // The same with the participle first ("Gefordert wird ein Nachweis …",
        // "Vorausgesetzt werden Kenntnisse …").
        r"(?:verlangt|gefordert|vorausgesetzt|erwartet) (?:wird|werden)",
        // What is expected of the bidder, named as the agent ("Vom Auftragnehmer wird
        // die Teilnahme … erwartet"); "werden 200 Gäste erwartet" binds nobody.
        r"vo(?:m|n dem|n der|n den) (?:[\p{L}-]+ )?(?:bieter|bewerber|auftragnehmer|anbieter|dienstleister|antragsteller)\p{L}* (?:wird|werden) (?:\S+ ){0,12}?erwartet",
        // Who may take part, said without a modal ("Teilnahmeberechtigt sind nur …").
        r"(?:teilnahmeberechtigt|antragsberechtigt|bewerbungsberechtigt|zugelassen) (?:ist|sind) (?:nur|ausschließlich|lediglich)",
        // A duty named by its noun or adjective, ending the statement ("Die Nutzung der
        // Plattform ist für alle Bieter Pflicht").
        r"(?:ist|sind) (?:für (?:[\p{L}-]+ ){1,3})?(?:pflicht|obligatorisch|verbindlich)\s*[.!]?\s*$",
        // A part of the call as the one who asks ("Abschnitt 4 verlangt …").
        r"(?:abschnitt|ziffer|punkt|paragraph|formular|anlage|ausschreibung) (?:[\p{L}\d.]+ ){0,4}(?:verlangt|fordert|erfordert)",
        r"(?:wird|werden) (?:hiermit |daher |deshalb )?gebeten",
        r"gebunden",
        r"vertragsbestandteil",
        r"bestandteil des vertrages",
        r"(?:ist|sind) (?:zwingend )?(?:notwendig|vorgeschrieben|beizufügen)",
        r"zwingend",
        // Eine Grenze ohne Modalverb ("Die Laufzeit beträgt höchstens 36 Monate", "Die
        // Skizze umfasst maximal zehn Seiten", "ist auf 50.000 Euro begrenzt").
        r"(?:beträgt|betragen|umfasst|umfassen) (?:[\p{L}-]+ ){0,2}(?:höchstens|maximal|nicht mehr als)",
        r"(?:ist|sind) auf (?:[\p{L}\d.,%€-]+ ){1,5}begrenzt",
        r"(?:mit dem angebot )?vorzulegende",
        r"einzureichende",
        // The bidder as the agent of "erfolgen" ("Die Umsetzung erfolgt durch den
        // Auftragnehmer").
        r"(?:erfolgt|erfolgen) (?:[\p{L}\d.,-]+ ){0,4}?(?:durch|vom|von) (?:den |dem |die |der )?(?:[\p{L}-]+ )?(?:bieter|bewerber|auftragnehmer|anbieter|dienstleister|auftragnehmende)\p{L}*",
        // How the work is done, its step for subject ("Die Umsetzung erfolgt in
        // Abstimmung mit …", "Die Schulung der Redaktion erfolgt vor Ort"); the
        // issuer's steps (award, payment, opening) are other nouns.
        r"(?:umsetzung|programmierung|gestaltung|entwicklung|migration|einrichtung|schulung|einweisung|lieferung|installation|dokumentation|wartung|konzeption|implementierung|erstellung|durchführung|ausführung|anbindung|integration|reinigung|pflege|entsorgung|leistungserbringung|montage|instandsetzung|anlieferung)(?: de[rs] (?:[\p{L}-]+ ){0,2}?[\p{L}-]+)? (?:erfolgt|erfolgen)",
        // A necessity's adjective opening the statement ("Notwendig sind Kenntnisse …",
        // "Unerlässlich ist …").
        r"^\W*(?:zusätzlich |außerdem |ferner |zudem )?(?:notwendig|nötig|unerlässlich|unabdingbar|obligatorisch|zwingend erforderlich) (?:ist|sind)",
        // The scope named as the contract's part ("Bestandteil des Auftrags ist …", "Die
        // Schulung ist Teil der Leistung", "Zum Leistungsumfang gehört …", "Der Auftrag
        // umfasst …", "Reisekosten sind im Angebotspreis enthalten").
        r"(?:bestandteil|teil) (?:des auftrags|der leistung(?:en)?|der beauftragung|des leistungsumfangs) (?:ist|sind)",
        r"(?:ist|sind) (?:\S+ ){0,6}?(?:bestandteil|teil) (?:des auftrags|der leistung(?:en)?|der beauftragung|des leistungsumfangs)",
        r"zu(?:m|r) (?:leistungsumfang|auftrag|leistung|beauftragung|umfang der leistung(?:en)?) (?:gehört|gehören|zählt|zählen)",
        r"(?:der auftrag|die leistung(?:en)?|der leistungsumfang|die beauftragung|das leistungspaket) (?:umfasst|umfassen|beinhaltet|beinhalten|enthält|enthalten|besteht aus)",
        r"(?:ist|sind) (?:\S+ ){0,4}?(?:im|in den) (?:angebotspreis|angebotspreisen|pauschalpreis|gesamtpreis|preis|preisen|einheitspreis|einheitspreisen|stundensatz|stundensätzen|tagessatz|tagessätzen|honorar) (?:\p{L}+ )?(?:enthalten|inbegriffen)",
        // The issuer's expectation in the first person ("Wir erwarten …", "Wir setzen …
        // voraus").
        r"wir (?:erwarten|verlangen|fordern),? (?:von (?:ihnen|\p{L}+ \p{L}+) )?(?:ein|eine|einen|dass|die|den|das|außerdem|insbesondere|zudem|ferner)",
        r"wir setzen (?:\S+ ){1,8}?voraus",
        // How or when the bidder's papers are handed in ("Die Abgabe der Angebote erfolgt
        // ausschließlich elektronisch …").
        r"(?:angebotsabgabe|abgabe|einreichung|übermittlung|übersendung|zusendung|vorlage)(?: de[rs] (?:\p{L}+ )?\p{L}+)? (?:erfolgt|erfolgen) (?:\S+ ){0,3}?(?:ausschließlich|nur|elektronisch|schriftlich|in textform|bis)",
        r"(?:angebote|bewerbungen|anträge) werden bis (?:\S+ ){0,6}(?:entgegengenommen|angenommen)",
        r"(?:wird|werden) (?:\p{L}+ ){0,4}nur (?:\p{L}+ ){0,4}(?:angenommen|akzeptiert|entgegengenommen)",
    ],
    prohibitions: &[
        // A permission that limits ("darf nur ein Angebot abgeben"): binding.
        r"(?:kann|können|darf|dürfen) (?:nur|ausschließlich|lediglich)",
        r"(?:kann|können|darf|dürfen) (?:\p{L}+ ){1,2}(?:ausschließlich|lediglich)",
        // A permission on a condition: the condition binds.
        r"(?:kann|können|darf|dürfen) [^.;:]{1,150}?(?:vorausgesetzt|unter der (?:voraussetzung|bedingung))",
        r"(?:werden|wird) nicht zugelassen",
        r"(?:ist|sind) (?:\p{L}+ ){0,2}nicht (?:gestattet|zulässig|erlaubt|zugelassen)",
        r"(?:ist|sind|wird|werden) (?:[\p{L}-]+ ){0,3}(?:untersagt|verboten)",
        r"unzulässig",
        r"(?:ist|sind) (?:ausdrücklich |grundsätzlich |generell |explizit )?ausgeschlossen",
        r"(?:wird|werden) (?:\p{L}+ ){0,4}nicht (?:\p{L}+ ){0,3}(?:können|dürfen)",
        r"kein\p{L}* (?:\p{L}+ ){1,6}(?:darf|dürfen)",
    ],
    imperatives: &[
        r"bitte",
        // Eine Bitte der Vergabestelle ("Wir bitten um …", "Wir bitten Sie, … zu …").
        r"wir bitten",
        r"(?:geben|fügen|reichen|senden|legen|beachten|übermitteln|füllen|nennen|beschreiben|stellen|unterschreiben|verwenden|nutzen|achten|laden|halten|begründen|erläutern|kennzeichnen|benennen|belegen|bestätigen|berücksichtigen) sie",
    ],
    undertakings: &[
        r"verzichte[nt]? auf (?:jegliche|alle|sämtliche|etwaige) (?:\p{L}+ ){0,2}\p{L}*(?:ansprüche|rechte|forderungen)",
        r"verpflichtet sich",
        r"verpflichten sich",
        r"(?:ich verpflichte mich|wir verpflichten uns)",
        r"(?:der|die) unterzeichnete?n?",
        r"(?:ich|wir) (?:erkläre|erklären|versichere|versichern) (?:hiermit|verbindlich)",
        r"(?:ist|sind) (?:allein )?verantwortlich für",
        // The verb's complement before it: "ist für die Entsorgung verantwortlich".
        r"(?:ist|sind) (?:allein )?für (?:\S+ ){1,8}?verantwortlich",
        r"trägt die verantwortung",
        r"(?:ist|sind) (?:allein )?(?:für (?:\S+ ){1,8}?zuständig|zuständig für)",
        // The subject after the verb, an adverbial first ("Während der Laufzeit ist
        // der Auftragnehmer zuständig für").
        r"(?:ist|sind) (?:der|die) (?:auftragnehmer|bieter|anbieter|dienstleister)\p{L}* (?:allein )?(?:verantwortlich|zuständig) für",
        r"(?:übernimmt|übernehmen) (?:die|alle)",
        r"sichert zu",
        // The duty's noun opening the statement, the bidder its holder, and a verb
        // ("Aufgabe des Auftragnehmers ist …", "Zu den Pflichten des AN gehört …").
        r"^\W*(?:zu den )?(?:haupt)?(?:aufgaben?|pflichten?) (?:des|der) (?:[\p{L}-]+ ){0,2}?(?:bieters?|bewerbers?|auftragnehmers?|anbieters?|dienstleisters?|antragstellers?|(?-i:AN)) (?:ist|sind|gehört|gehören|umfasst|umfassen|zählt|zählen)",
    ],
    charged_to: &[
        r"(?:obliegt|obliegen|oblag)",
        r"(?:geht|gehen) (?:\p{L}+ ){0,2}zu lasten",
        r"(?:liegt|liegen) (?:\p{L}+ ){0,2}(?:in der|im) (?:alleinigen )?(?:verantwortung|verantwortungsbereich|zuständigkeit)",
        r"(?:ist|sind) (?:sache|aufgabe|pflicht)",
        // A cost or a responsibility, its holder after the verb ("Die Kosten für
        // Reisen trägt der Auftragnehmer", "Die Verantwortung … liegt beim Bieter").
        r"(?:kosten|gebühren|auslagen|aufwendungen)\p{L}* (?:[\p{L}-]+ ){0,6}?(?:trägt|tragen|übernimmt|übernehmen)",
        r"(?:verantwortung|zuständigkeit|haftung)\p{L}* (?:[\p{L}-]+ ){0,8}?(?:liegt|liegen|verbleibt|verbleiben)",
    ],
    future: &[r"(?:wird|werden) (?:[\p{L}\d,-]+ ){1,10}\p{L}+(?:en|ern|eln)(?:\.|$)"],
    binding_consequences: &[
        // Eine Vertragsstrafe des Auftragnehmers ("wird eine Vertragsstrafe von 200 Euro
        // fällig").
        r"(?:wird|werden) (?:eine )?vertragsstrafen? (?:[\p{L}\d.,€%-]+ ){0,5}?(?:fällig|erhoben|verhängt|einbehalten)",
        r"(?:muss|müssen) mit (?:\p{L}+ ){0,2}(?:sanktionen|strafen|vertragsstrafen|ausschluss) rechnen",
        r"(?:führt|führen) (?:\p{L}+ ){0,2}zum (?:\p{L}+ )?(?:ausschluss|verfahrensausschluss)",
        r"(?:kann|können) (?:\p{L}+ ){0,3}ausgeschlossen werden",
        r"(?:zum|zu einem) ausschluss",
        // Die Stelle, die Unterlagen einer Art nicht annimmt ("Der Projektträger nimmt
        // keine Anträge an, die: …"): jede Art ist ein Verbot.
        r"(?:nimmt|nehmen|akzeptiert|akzeptieren|berücksichtigt|berücksichtigen|prüft|prüfen|fördert|fördern) (?:\p{L}+ ){0,2}keine (?:\p{L}+ ){0,2}(?:anträge|angebote|bewerbungen|skizzen|projektskizzen|vorhaben)",
        r"(?:schließt|schließen) (?:alle |jeden )?(?:bieter|bewerber|antragsteller)\p{L}* (?:\p{L}+ ){0,6}aus",
        r"kein\p{L}* (?:\p{L}+ ){1,6}(?:wird|werden) (?:\p{L}+ ){0,6}(?:berücksichtigt|akzeptiert|anerkannt)",
        r"(?:angebote|anträge|bewerbungen),? (?:[\p{L},]+ ){0,8}(?:werden|wird) (?:\p{L}+ ){0,3}(?:ausgeschlossen|abgelehnt|zurückgewiesen)",
        // Der Ausschluss mit dem Angebot hinter dem Verb ("Bei Nichtvorlage … wird das
        // Angebot ausgeschlossen").
        r"(?:wird|werden) (?:das |die |der |ein |eine |jedes |jede )?(?:angebot|angebote|bewerbung|bewerbungen|antrag|anträge|teilnahmeantrag|teilnahmeanträge|bieter|bewerber)(?:in|innen|s|n)? (?:\p{L}+ ){0,3}(?:ausgeschlossen|abgelehnt|zurückgewiesen|nicht berücksichtigt|nicht gewertet)",
        // What a faulty offer counts as, or that it is left aside ("Angebote ohne
        // Signatur gelten als nicht abgegeben", "Angebote per E-Mail bleiben
        // unberücksichtigt").
        r"(?:gilt|gelten) (?:\p{L}+ ){0,2}als nicht (?:abgegeben|eingegangen|eingereicht|fristgerecht|vorgelegt|zugegangen)",
        r"(?:bleibt|bleiben) (?:\p{L}+ ){0,2}(?:unberücksichtigt|ungewertet)",
    ],
    not_binding: &[
        r"(?:ist|sind) nicht (?:erforderlich|notwendig|verpflichtend)",
        r"nicht (?:mehr )?erforderlich",
        r"nicht (?:verlangt|gefordert|verpflichtet)",
        // What is not the contract's part ("ist nicht Bestandteil des Auftrags", "sind
        // nicht im Angebotspreis enthalten").
        r"nicht (?:\p{L}+ )?(?:bestandteil|teil) (?:des auftrags|der leistung(?:en)?|der beauftragung|des leistungsumfangs)",
        r"nicht (?:\S+ ){0,2}?(?:im|in den) (?:angebotspreis|angebotspreisen|pauschalpreis|gesamtpreis|preis|preisen|einheitspreis|einheitspreisen|stundensatz|stundensätzen|tagessatz|tagessätzen|honorar) (?:\p{L}+ )?(?:enthalten|inbegriffen)",
        // Nothing asked ("Es werden keine Sicherheiten verlangt").
        r"(?:wird|werden) (?:\S+ ){0,3}?kein\p{L}* (?:\S+ ){0,6}?(?:verlangt|gefordert|vorausgesetzt|erwartet)",
        r"(?:braucht|brauchen) (?:\p{L}+ ){0,4}nicht",
        r"nicht (?:zwingend|unbedingt) (?:notwendig|erforderlich|nötig|vorgeschrieben)",
        r"(?:ist|sind) nicht (?:\p{L}+ ){0,5}verantwortlich",
        r"(?:ist|sind) (?:\p{L}+ ){1,5}nicht verantwortlich",
        r"(?:ist|sind) optional",
        r"(?:ist|wird) beabsichtigt",
        r"(?:behält|behalten) sich (?:\p{L}+ ){0,4}vor",
        r"im eigenen interesse",
        r"kein(?:en)? nachteil",
        r"(?:ist|wäre) (?:von )?vorteil",
        r"erwünscht",
        r"nach (?:eigenem|freiem) ermessen",
        // The issuer declining liability ("Für … übernimmt die Stadt keine Haftung").
        r"(?:übernimmt|übernehmen|trägt|tragen) (?:\p{L}+ ){0,4}keine(?:rlei)? (?:haftung|gewähr|gewährleistung|verantwortung)",
        r"keine(?:rlei)? (?:haftung|gewähr|gewährleistung|verantwortung) (?:\p{L}+ ){0,3}übernommen",
    ],
    issuer_acts: &[
        // The issuer's meetings and openings, and when they are held.
        r"(?:besprechung|ortsbesichtigung|besichtigung|angebotsöffnung|öffnung der angebote|bieterkonferenz)(?: [\p{L}-]+){0,3} (?:findet|wird am)",
        // Answers to the bidders' questions, which the issuer gives.
        r"(?:antworten auf (?:die )?(?:bieter)?fragen|(?:bieter)?fragen)(?: [\p{L}\d,'’-]+){0,4} (?:wird|werden) (?:[\p{L}\d.]+ ){0,4}(?:beantwortet|mitgeteilt|versandt|versendet|bereitgestellt|übermittelt)",
        r"(?:wird|werden) (?:[\p{L}\d.]+ ){0,4}(?:geöffnet|veröffentlicht|benachrichtigt|zurückgegeben|erstattet|bewertet)",
        r"(?:die )?zahlung(?:en)? (?:erfolgt|erfolgen)",
        // Bids kept closed until a later opening: the issuer's custody.
        r"(?:bleibt|bleiben) (?:\p{L}+ ){0,2}ungeöffnet",
    ],
    given: &[r"(?:erhält|erhalten|bekommt|bekommen) (?:\p{L}+ ){0,3}zugang"],
    conditionals: &[
        r"sollten? (?:sie|der|die|das|es|ein\p{L}*)",
        r"wenn",
        r"falls",
        r"sofern",
    ],
    bidder: &[
        // "AN", the contractor's abbreviation, only after an article ("Der AN stellt
        // … sicher"): alone it is an English word in capitals.
        // Gender-inclusive forms too ("Auftragnehmer*in", "Bieter:innen", "Der*die
        // Auftragnehmer*in", "die Auftragnehmenden").
        r"(?:(?-i:[Dd]e[rmn]|[Dd]ie)[*:/_](?:der|die|den|dem) )?(?:bieter|bewerber|auftragnehmer|antragsteller|anbieter|dienstleister|zuwendungsempfänger|bietergemeinschaft|unternehmen|teilnehmer)(?:[*:_/]?(?:in|innen)|s|n)?|(?:auftragnehmende|bietende|anbietende)[nr]?|(?-i:[Dd]e[rmns] AN)",
        // The applying body by its role ("die aufnehmende Einrichtung").
        r"(?:aufnehmend|antragstellend|gastgebend)e[nrs]? (?:einrichtung|organisation|stelle)(?:en)?",
        // A post of the bidder's team ("Der Objektleiter wird …").
        r"(?:objekt|projekt|team)leiter(?:in|innen)?",
        r"(?-i:Sie|Ihr|Ihre|Ihren|Ihrem|Ihres)",
    ],
    issuer: &[
        r"(?:der auftraggeber(?:in)?|die auftraggeberin|die (?:\p{L}+ )?vergabestelle|die hochschule|die universität|das ministerium|die stiftung|die \p{L}*behörde|die \p{L}*verwaltung|die stadt|die gemeinde|der zuwendungsgeber|der landkreis|das land|die jury|das gremium|die btu)",
        r"wir",
        // "AG", the issuer's abbreviation, after an article ("Der AG stellt … bereit").
        r"(?-i:[Dd]e[rmns] AG)",
    ],
    issuer_agent: &[
        r"(?:durch|von) (?:den auftraggeber|die vergabestelle|die hochschule|die universität|das ministerium|die behörde|die verwaltung|die stadt|die jury|dem auftraggeber|der vergabestelle)",
    ],
    list_cues: &[
        r"kompetenzen",
        r"anforderungen",
        r"nachweise",
        r"einzureichende\p{L}*",
        r"vorzulegende\p{L}*",
        r"unterlagen",
        r"leistungen",
        r"aufgaben",
        r"pflichten",
        r"profil",
        r"leistungsbeschreibung",
        // Was geliefert wird, als Überschrift über seinen Punkten ("Leistungsumfang",
        // "Funktionsumfang").
        r"(?:leistungs|funktions|liefer)umfangs?",
        r"arbeitspakete?",
        r"leistungs(?:bausteine|bestandteile|pakete|positionen|module)",
        r"(?:muss|mindest)-?kriterien",
        // Was das Angebot enthält ("Bestandteile des Angebots", "Inhalt des Angebots").
        r"(?:bestandteile|inhalt) des angebots",
        r"angebotsbestandteile",
        r"(?:muss|müssen) (?:enthalten|umfassen|beinhalten)",
        r"(?:erforderliche|geforderte|anzugebende|einzutragende) (?:angaben|informationen|daten)",
    ],
    descriptive_cues: &[
        r"hintergrund",
        r"einleitung",
        r"ziele?",
        r"prioritäten",
        r"inhaltsverzeichnis",
        r"zuschlagskriterien",
        r"anlagen",
        r"leistungen de[rs] (?:behörde|vergabestelle|stadt|gemeinde|agentur|auftraggeberin|auftraggebers|verwaltung)",
        r"(?:bewertungs|vergabe|auswahl)(?:gremium|gremiums|kommission)",
        r"erwartete wirkungen",
        // Die Unterlagen der Vergabestelle, aufgezählt ("Die Vergabeunterlagen
        // bestehen aus:").
        r"vergabeunterlagen (?:bestehen aus|umfassen|enthalten|setzen sich)",
    ],
    heading_cues: &[
        r"eignungskriterien",
        r"\p{L}*anforderungen",
        r"teilnahmebedingungen",
        r"\p{L}*unterlagen",
        r"(?:das )?(?:angebot|bewerbung) (?:umfasst|enthält|besteht aus)",
        // A part of the offer named by its kind ("Technisches Angebot", "Preisangebot").
        r"(?:technisches|kaufmännisches|finanzielles) angebot",
        r"preisangebot",
    ],
    work: &[
        r"(?:system|plattform|lösung|anwendung|software|portal|website|webseite|werkzeug|datenbank)",
        // A web project's own names for it ("Der neue Internetauftritt", "Das
        // Redaktionssystem").
        r"(?:internetauftritt|webauftritt|onlineauftritt|internetseite|homepage|redaktionssystem|cms|content-management-system|onlineshop|webshop|app)",
    ],
    categories: CategoryWords {
        function_words: &[
            "der", "die", "und", "das", "für", "nicht", "mit", "eine", "ist", "sind", "zu", "den",
            "dem", "des", "ein", "im", "auf", "von", "sie",
        ],
        submission: &[
            r"einreich\p{L}*",
            // What the offer or application contains, as a heading names it.
            r"antragsunterlagen",
            r"inhalt des antrags",
            r"einzureich\p{L}*",
            r"angebotsfrist",
            r"abgabe",
            r"bietertool",
            r"vergabemarktplatz",
            r"vmp",
            r"nebenangebote",
            r"angebot\p{L}*",
            r"nachweise",
            r"übermitt\p{L}*",
            r"vorzuleg\p{L}*",
            r"beizufügen",
            r"(?:technische|kaufmännische)[snm]? (?:angebot|teil)\p{L}*",
            r"preisangebot\p{L}*",
            r"beifügen",
            r"beigefügt",
            r"spätestens",
            r"(?:erforderliche|geforderte|einzureichende) angaben",
        ],
        format: &[
            r"seiten",
            r"sprache",
            r"dateiformate?",
            r"format",
            r"schriftgröße",
            r"vorlage",
            r"umschlag",
            r"verschlossen\p{L}*",
            r"deutscher sprache",
            r"pdf",
            r"(?:zwei|drei|vier|fünf|sechs|\d+) (?:kopien|ausfertigungen|exemplaren?)",
            r"\p{L}+facher ausfertigung",
        ],
        eligibility: &[
            // Who may bid or apply, however the verb of bidding is written.
            r"wer (?:darf|kann) (?:sich )?(?:bewerben|teilnehmen|ein angebot abgeben|einen antrag stellen)",
            r"teilnahmeberechtigt\p{L}*",
            r"eignung\p{L}*",
            r"förderfähig",
            r"antragsberechtigt\p{L}*",
            // Who the bidder is: in a register, its seat, its legal form.
            r"eingetragen",
            r"(?:handels|berufs)register\p{L}*",
            r"gemeinnützig\p{L}*",
            r"(?:mit )?sitz (?:in|im)",
            r"berechtigt",
            r"erfahrung",
            r"referenzen",
            r"projektliste",
            r"ausgeschlossen",
            r"ausschluss\p{L}*",
            r"juristische person",
            r"insolvenz\p{L}*",
            r"leistungsfähigkeit",
            r"fachkunde",
            r"(?:mindest|jahres)?umsatz",
            r"letzten (?:zwei|drei|fünf|\d+) (?:geschäfts)?jahren?",
            r"lebensl(?:auf|äufe)\p{L}*",
            r"zertifizier\p{L}*",
            r"iso ?\d{4,5}",
            r"rückst[aä]nde?n?",
            r"sozialversicherungsbeitr\p{L}*",
        ],
        financial: &[
            // What the work's people are paid and the rates quoted for their time.
            r"l[öo]hne?",
            r"lohn\p{L}*",
            r"geh[äa]lt\p{L}*",
            r"stundens[aä]tz\p{L}*",
            r"tagess[aä]tz\p{L}*",
            r"kosten",
            r"preis\p{L}*",
            r"zahlung\p{L}*",
            r"rechnung\p{L}*",
            r"x-rechnung",
            r"budget",
            r"finanz\p{L}*",
            r"sicherheitsleistung",
            r"bürgschaft",
            r"zahlungsplan",
            r"mehrwertsteuer",
            r"mwst",
            r"umsatzsteuer",
            r"euro",
            r"entgelt",
            r"vergütung",
            r"honorar",
            r"förderfähigen? (?:kosten|ausgaben)",
        ],
        evaluation: &[
            r"punkte",
            r"bewertung\p{L}*",
            r"zuschlagskriterien",
            r"wertung",
            r"zuschlag\p{L}*",
            r"bewert\p{L}*",
        ],
        legal: &[
            r"gesetz\p{L}*",
            r"vertrag\p{L}*",
            r"vertragsbedingungen",
            r"rechtlich\p{L}*",
            r"datenschutz",
            r"dsgvo",
            r"vergabeunterlagen",
            r"vergabegesetz\p{L}*",
            r"mindestanforderungen",
            r"gebunden",
            r"geschäftsbedingungen",
            r"haftung",
            r"schadensersatz",
            r"bindefrist",
            r"versicherung\p{L}*",
            r"\p{L}*haftpflicht\p{L}*",
            r"schäden",
            r"dritter?",
            r"verschwiegenheit\p{L}*",
            r"geheimhaltung\p{L}*",
            r"mindestlohn\p{L}*",
        ],
        management: &[
            // The contract's signature or award as the point the work's time runs from. The work's duration.
            r"vertrags(?:unterzeichnung|schluss|beginn)",
            r"zuschlagserteilung",
            r"auftragserteilung",
            r"laufzeit",
            // The contract's term, read before "Vertrag".
            r"vertragslaufzeit",
            r"projektorganisation",
            // A period the work must keep, its number in digits or words.
            r"innerhalb von (?:\d+|\p{L}+) (?:tagen|wochen|monaten)",
            // Meetings with the client, in every language.
            r"\p{L}*besprechung\p{L}*",
            r"projektleitung",
            r"team",
            r"personal",
            r"bericht\p{L}*",
            r"zeitplan",
            r"koordination",
            r"ausführung",
            r"lieferung",
            r"leistungszeitraum",
            r"(?:rollen|aufgaben) und (?:verantwortlichkeiten|zuständigkeiten)",
            r"personalgewinnung",
            r"arbeitszeiten?",
            r"sitzung(?:en)?",
            r"sprints?",
            r"unterauftr\p{L}*",
            r"nachunternehm\p{L}*",
            r"abstimmungstermin\p{L}*",
            r"jour fixe",
        ],
        administrative: &[
            r"unterschrift",
            r"erklärung",
            r"eigenerklärung",
            r"formular",
            r"bescheinigung",
            r"kopie",
            r"fragen",
            r"bieterfragen",
            r"auskünfte",
            r"ortsbesichtigung\p{L}*",
            r"besichtigung\p{L}*",
            r"ansprechpart\p{L}*",
        ],
        offer: &[
            r"angebot\p{L}*",
            r"bieter\p{L}*",
            r"bewerb\p{L}*",
            r"teilnahmeantr\p{L}*",
            r"antr(?:ag|äge)\p{L}*",
            r"konzept\p{L}*",
            r"beizufügen",
            r"beifügen",
            r"beigefügt",
        ],
        technical: &[
            // The work's tasks and the statement of the work.
            r"aufgabenbeschreibung",
            r"leistungsverzeichnis",
            r"leistungsbeschreibung",
            r"leistungsumfang",
            r"funktion\p{L}*",
            r"technisch\p{L}*",
            r"website",
            r"software",
            r"system",
            r"hosting",
            r"logo",
            r"benutzer\p{L}*",
            r"nutzer\p{L}*",
            r"browser",
            r"app",
            r"schnittstellen?",
            r"zugriffsrechte?n?",
            r"mehrsprachig\p{L}*",
            r"los(?:e)? (?:nr\.? ?)?\d+",
            r"förderfähigen? (?:maßnahmen|vorhaben|projekte|aktivitäten)",
        ],
    },
};
