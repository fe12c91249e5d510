//! Lists of tasks whose marks the text lost (issue 31): terms of reference and calls
//! write the consultant's tasks, the profile asked for and the work to deliver as
//! lists whose bullets are graphics the text layer does not hold, each item opening
//! with an infinitive or an imperative ("Élaborer un plan de …", "Être titulaire
//! d'un diplôme …", "Elaborar …", "Redigere …", "Develop …") or, in German, with a
//! noun of action ("Erstellung eines …"). A line that opens so, right after another
//! such item or over the next one, is an item of its own; whether it binds is the
//! list's business (its heading or lead-in), as for any list.

use std::collections::HashSet;
use std::sync::LazyLock;

/// The infinitives and imperatives that open a task, a condition of the profile or a
/// piece of work to deliver, in the six languages (lower case). Verbs whose
/// capitalised form is also a common noun at a line's start ("Review of …",
/// "Support to …", "Pouvoir adjudicateur") are read with the word after them
/// ([`noun_use`]).
static TASK_VERBS: LazyLock<HashSet<&'static str>> = LazyLock::new(|| {
    [
        // French.
        "accompagner",
        "actualiser",
        "adapter",
        "administrer",
        "aider",
        "analyser",
        "animer",
        "apporter",
        "appuyer",
        "apprécier",
        "archiver",
        "assister",
        "assurer",
        "avoir",
        "capitaliser",
        "collecter",
        "compiler",
        "concevoir",
        "conduire",
        "connaître",
        "conseiller",
        "consolider",
        "construire",
        "contribuer",
        "contrôler",
        "coordonner",
        "créer",
        "définir",
        "décrire",
        "démontrer",
        "déployer",
        "déterminer",
        "développer",
        "diffuser",
        "disposer",
        "documenter",
        "dresser",
        "effectuer",
        "élaborer",
        "encadrer",
        "enregistrer",
        "entretenir",
        "envoyer",
        "établir",
        "estimer",
        "être",
        "évaluer",
        "examiner",
        "exécuter",
        "faciliter",
        "faire",
        "financer",
        "finaliser",
        "formaliser",
        "former",
        "formuler",
        "fournir",
        "garantir",
        "gérer",
        "identifier",
        "informer",
        "installer",
        "intégrer",
        "justifier",
        "livrer",
        "maintenir",
        "maîtriser",
        "mener",
        "mesurer",
        "mettre",
        "mobiliser",
        "modéliser",
        "organiser",
        "parler",
        "participer",
        "piloter",
        "planifier",
        "posséder",
        "préparer",
        "présenter",
        "prendre",
        "procéder",
        "produire",
        "proposer",
        "rassembler",
        "réaliser",
        "recenser",
        "recueillir",
        "rédiger",
        "remettre",
        "rendre",
        "renseigner",
        "répertorier",
        "représenter",
        "respecter",
        "restituer",
        "réviser",
        "saisir",
        "sensibiliser",
        "signaler",
        "soumettre",
        "suivre",
        "superviser",
        "synthétiser",
        "tenir",
        "transmettre",
        "valider",
        "veiller",
        "vérifier",
        // Spanish.
        "acompañar",
        "acreditar",
        "actualizar",
        "analizar",
        "apoyar",
        "asegurar",
        "asesorar",
        "asistir",
        "capacitar",
        "coordinar",
        "construir",
        "contar",
        "definir",
        "desarrollar",
        "diseñar",
        "documentar",
        "efectuar",
        "ejecutar",
        "elaborar",
        "entregar",
        "establecer",
        "estar",
        "evaluar",
        "facilitar",
        "garantizar",
        "gestionar",
        "identificar",
        "implementar",
        "informar",
        "levantar",
        "mantener",
        "organizar",
        "participar",
        "poseer",
        "preparar",
        "presentar",
        "proponer",
        "proporcionar",
        "realizar",
        "recopilar",
        "redactar",
        "revisar",
        "sistematizar",
        "supervisar",
        "tener",
        "validar",
        // Portuguese.
        "acompanhar",
        "apoiar",
        "apresentar",
        "assegurar",
        "atualizar",
        "conhecer",
        "consolidar",
        "desenvolver",
        "elaborar",
        "emitir",
        "entregar",
        "executar",
        "fornecer",
        "garantir",
        "levantar",
        "manter",
        "mapear",
        "monitorar",
        "possuir",
        "prestar",
        "produzir",
        "propor",
        "realizar",
        "registrar",
        "sistematizar",
        "ter",
        "zelar",
        // Italian.
        "analizzare",
        "assicurare",
        "assistere",
        "avere",
        "collaborare",
        "conoscere",
        "coordinare",
        "curare",
        "elaborare",
        "effettuare",
        "essere",
        "fornire",
        "garantire",
        "gestire",
        "monitorare",
        "organizzare",
        "partecipare",
        "possedere",
        "predisporre",
        "preparare",
        "presentare",
        "produrre",
        "progettare",
        "realizzare",
        "redigere",
        "supportare",
        "svolgere",
        "valutare",
        "verificare",
        // English.
        "analyse",
        "analyze",
        "assess",
        "be",
        "have",
        "assist",
        "carry",
        "collect",
        "compile",
        "conduct",
        "coordinate",
        "demonstrate",
        "develop",
        "document",
        "draft",
        "ensure",
        "establish",
        "facilitate",
        "hold",
        "identify",
        "maintain",
        "organise",
        "organize",
        "participate",
        "possess",
        "prepare",
        "present",
        "produce",
        "provide",
        "recommend",
        "review",
        "submit",
        "support",
        "undertake",
        "update",
        // German: nouns of action that open a task ("Erstellung eines Konzepts").
        "abstimmung",
        "analyse",
        "aufbereitung",
        "auswertung",
        "befragung",
        "begleitung",
        "beratung",
        "bereitstellung",
        "dokumentation",
        "durchführung",
        "entwicklung",
        "erarbeitung",
        "erhebung",
        "erstellung",
        "koordination",
        "konzeption",
        "lieferung",
        "moderation",
        "organisation",
        "planung",
        "pflege",
        "prüfung",
        "teilnahme",
        "unterstützung",
        "vorbereitung",
        "vorlage",
    ]
    .into_iter()
    .collect()
});

/// The words after a German noun of action that make it a task ("Erstellung eines
/// Konzepts", "Durchführung von Interviews"), not a heading ("Durchführung").
const GERMAN_OBJECT: &[&str] = &[
    "aller", "der", "des", "eines", "einer", "von", "zur", "zum", "und",
];

/// The words that follow an infinitive at an item's start (its object's article or
/// preposition: "Recenser les …", "Elaborar un …", "Redigere il …"), in the four
/// Romance languages, where an infinitive outside [`TASK_VERBS`] is known by its
/// ending ([`romance_infinitive`]).
#[rustfmt::skip]
const AFTER_INFINITIVE: &[&str] = &[
    // French.
    "le", "la", "les", "l'", "l’", "un", "une", "des", "du", "de", "d'", "d’", "à", "au",
    "aux", "en", "chaque", "tout", "toute", "tous", "toutes", "son", "sa", "ses", "leur",
    "leurs", "sur", "avec", "et",
    // Spanish and Portuguese.
    "el", "los", "las", "una", "del", "al", "con", "su", "sus", "cada", "todos", "todas",
    "o", "a", "os", "as", "um", "uma", "do", "da", "dos", "das", "ao", "aos", "com", "em",
    "seu", "sua", "seus", "suas", "e", "y",
    // Italian.
    "il", "lo", "i", "gli", "uno", "di", "della", "dei", "delle", "dello", "alla", "ai",
    "alle", "in", "ogni", "tutti", "tutte",
];

/// Nouns and adjectives that end as an infinitive does and open a line before an
/// article ("Dossier de candidature", "Calendrier des …", "Lugar de entrega", "Titolare
/// del contratto", "Pouvoir adjudicateur").
const NOT_INFINITIVES: &[&str] = &[
    // French.
    "atelier",
    "avenir",
    "boucher",
    "cahier",
    "calendrier",
    "chantier",
    "clavier",
    "conseiller",
    "courrier",
    "danger",
    "dernier",
    "désir",
    "devoir",
    "dossier",
    "espoir",
    "étranger",
    "fichier",
    "foyer",
    "hier",
    "hiver",
    "janvier",
    "février",
    "léger",
    "loisir",
    "loyer",
    "métier",
    "particulier",
    "plaisir",
    "pouvoir",
    "premier",
    "quartier",
    "régulier",
    "savoir",
    "sentier",
    "soir",
    "voir",
    // Spanish and Portuguese.
    "auxiliar",
    "bar",
    "carácter",
    "deber",
    "dever",
    "escolar",
    "familiar",
    "hogar",
    "lugar",
    "mar",
    "militar",
    "mujer",
    "mulher",
    "par",
    "particular",
    "placer",
    "poder",
    "popular",
    "prazer",
    "qualquer",
    "regular",
    "similar",
    "taller",
    "titular",
    "alquiler",
    "ser",
    "estar",
    // Italian.
    "affare",
    "altare",
    "ausiliare",
    "carattere",
    "cantiere",
    "cavaliere",
    "circolare",
    "consigliere",
    "corriere",
    "dovere",
    "esemplare",
    "familiare",
    "ingegnere",
    "mare",
    "mestiere",
    "militare",
    "nucleare",
    "parere",
    "particolare",
    "piacere",
    "popolare",
    "potere",
    "quartiere",
    "regolare",
    "scolare",
    "similare",
    "singolare",
    "solare",
    "titolare",
];

/// Whether `first`, before `second`, is an infinitive of a Romance language known by
/// its ending (French "-er", "-ir", Spanish and Portuguese "-ar", "-er", "-ir", Italian
/// "-are", "-ere", "-ire") and the article or preposition of its object after it.
fn romance_infinitive(first: &str, second: &str) -> bool {
    first.chars().count() >= 5
        && (["er", "ir", "ar"].iter().any(|e| first.ends_with(e))
            // (French nouns in "-aire", "-oire": "Prestataire", "Mémoire".)
            || (["are", "ere", "ire"].iter().any(|e| first.ends_with(e))
                && !["aire", "oire"].iter().any(|e| first.ends_with(e))))
        && AFTER_INFINITIVE.contains(&second)
        && !NOT_INFINITIVES.contains(&first)
}

/// Fewest and most words of a task line.
const MIN_TASK_WORDS: usize = 3;
const MAX_TASK_WORDS: usize = 30;

/// Whether the verb at a line's start is a noun there: English "Review of", "Support
/// to", "Draft report"; a German noun of action without its object.
fn noun_use(first: &str, second: &str) -> bool {
    let german = first.ends_with("ung")
        || first.ends_with("ion")
        || matches!(first, "analyse" | "pflege" | "teilnahme" | "vorlage");
    if german && first != "analyse" {
        return !GERMAN_OBJECT.contains(&second);
    }
    matches!(
        second,
        "of" | "to" | "for" | "and" | "report" | "reports" | "process" | "period" | "plan"
    )
}

/// Whether `text` (a line) opens with a task's infinitive, imperative or noun of
/// action, with a capital, and has an item's length and no colon at its end.
pub(super) fn opens_task(text: &str) -> bool {
    let text = text.trim();
    if !text.starts_with(char::is_uppercase) || text.ends_with(':') {
        return false;
    }
    // (A line's words are counted up to one past the most: a line may be megabytes.)
    let count = text.split_whitespace().take(MAX_TASK_WORDS + 1).count();
    if !(MIN_TASK_WORDS..=MAX_TASK_WORDS).contains(&count) {
        return false;
    }
    let mut words = text.split_whitespace();
    let (Some(first), Some(second)) = (words.next(), words.next()) else {
        return false;
    };
    let word = |w: &str| {
        w.trim_matches(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’')
            .to_lowercase()
    };
    let first = word(first);
    // "D'élaborer", "L'appui" open no task; "S'assurer" does.
    let first = first
        .strip_prefix("s'")
        .or_else(|| first.strip_prefix("s’"))
        .map(str::to_owned)
        .unwrap_or(first);
    let second = word(second);
    // "Indexer l'ensemble …": the elided article is the object's.
    let second = match second.char_indices().find(|&(_, c)| c == '\'' || c == '’') {
        Some((at, c)) => second[..at + c.len_utf8()].to_owned(),
        None => second,
    };
    (TASK_VERBS.contains(first.as_str()) && !noun_use(&first, &second))
        || romance_infinitive(&first, &second)
}

/// The nouns that open an item of a list of duties without a verb: a piece of work
/// ("Appui aux communes …", "Suivi des travaux …"), a condition of the profile
/// ("Diplôme de …", "Maîtrise de …"), a deliverable ("Rapport de démarrage …") or a
/// document to enclose ("Copie du registre …"), in the six languages (lower case,
/// singular). Nouns known by their ending ([`NOUN_ENDINGS`]) need not be here but
/// for those a determiner may stand before ([`DETERMINERS`]).
static ITEM_NOUNS: LazyLock<HashSet<&'static str>> = LazyLock::new(|| {
    [
        // French.
        "acte",
        "analyse",
        "appui",
        "atelier",
        "attestation",
        "bilan",
        "bordereau",
        "budget",
        "caution",
        "certificat",
        "chronogramme",
        "collecte",
        "compte",
        "contrôle",
        "copie",
        "curriculum",
        "cv",
        "déclaration",
        "devis",
        "diagnostic",
        "diplôme",
        "document",
        "étude",
        "examen",
        "expertise",
        "extrait",
        "fiche",
        "formulaire",
        "garantie",
        "guide",
        "inventaire",
        "justificatif",
        "lettre",
        "liste",
        "manuel",
        "maquette",
        "maîtrise",
        "mémoire",
        "mise",
        "méthodologie",
        "module",
        "note",
        "offre",
        "pièce",
        "plan",
        "planning",
        "pratique",
        "présentation",
        "preuve",
        "procès-verbal",
        "proposition",
        "prototype",
        "quitus",
        "rapport",
        "référence",
        "registre",
        "relevé",
        "revue",
        "schéma",
        "sens",
        "statut",
        "stratégie",
        "suivi",
        "synthèse",
        "tableau",
        "titre",
        "version",
        "cartographie",
        // Spanish.
        "acta",
        "análisis",
        "apoyo",
        "carta",
        "certificado",
        "constancia",
        "copia",
        "cronograma",
        "currículum",
        "declaración",
        "diagnóstico",
        "diploma",
        "dominio",
        "escritura",
        "estudio",
        "informe",
        "manejo",
        "memoria",
        "plano",
        "póliza",
        "presupuesto",
        "propuesta",
        "registro",
        "relación",
        "taller",
        "título",
        // Portuguese.
        "análise",
        "apoio",
        "atestado",
        "certidão",
        "comprovante",
        "cópia",
        "currículo",
        "declaração",
        "documento",
        "domínio",
        "estudo",
        "oficina",
        "orçamento",
        "proposta",
        "prova",
        "relatório",
        // Italian.
        "attestazione",
        "certificato",
        "cronoprogramma",
        "dichiarazione",
        "garanzia",
        "laurea",
        "mappa",
        "padronanza",
        "piano",
        "preventivo",
        "rapporto",
        "relazione",
        "ricevuta",
        "rilievo",
        "studio",
        "supporto",
        // English.
        "certificate",
        "copy",
        "degree",
        "diploma",
        "draft",
        "fluency",
        "familiarity",
        "knowledge",
        "letter",
        "list",
        "map",
        "master's",
        "bachelor's",
        "phd",
        "proficiency",
        "proof",
        "proposal",
        "report",
        "review",
        "schedule",
        "statement",
        "support",
        "workshop",
        "evidence",
        // German.
        "auszug",
        "bericht",
        "bescheinigung",
        "erklärung",
        "konzept",
        "nachweis",
        "referenzliste",
        "studium",
    ]
    .into_iter()
    .collect()
});

/// The endings of the nouns of action, of quality and of result that open such items
/// ("Élaboration", "Renforcement", "Connaissance", "Capacité", "Elaboración",
/// "Conocimiento", "Experiencia", "Elaboração", "Redazione", "Development",
/// "Erfahrung", "Kenntnisse").
const NOUN_ENDINGS: &[&str] = &[
    // French.
    "tion",
    "sion",
    "ment",
    "age",
    "ance",
    "ence",
    "ité",
    "ure",
    "isme",
    // Spanish.
    "ción",
    "sión",
    "miento",
    "ncia",
    "dad",
    // Portuguese.
    "ção",
    "são",
    "mento",
    "ência",
    "ância",
    "dade",
    "agem",
    // Italian.
    "zione",
    "sione",
    "enza",
    "anza",
    "tà",
    // English.
    "ity",
    "ness",
    "ing",
    "ship",
    // German.
    "ung",
    "nisse",
    "nis",
    "schaft",
    "ität",
    "abschluss",
    "studium",
];

/// Nouns with those endings that open a heading, an address or a list of the
/// issuer's units rather than a duty ("Direction des …", "Présentation du projet").
const NOT_ITEM_NOUNS: &[&str] = &[
    "administration",
    "annexe",
    "article",
    "chapitre",
    "commune",
    "contexte",
    "dirección",
    "direção",
    "direction",
    "direzione",
    "division",
    "département",
    "date",
    "durée",
    "introduction",
    "inspection",
    "justification",
    "localisation",
    "objet",
    "section",
    "situation",
    "table",
    "heading",
    "building",
    "meeting",
    "ministère",
    "ministerio",
    "ministério",
    "ministero",
    "nature",
    "structure",
    "sommaire",
];

/// The determiners before a document or a deliverable ("Une copie de …", "Le
/// rapport final …", "Un certificado …", "Il piano …", "A copy of …").
const DETERMINERS: &[&str] = &[
    "un", "une", "le", "la", "les", "l'", "l’", "des", "el", "los", "las", "una", "o", "a", "os",
    "as", "um", "uma", "il", "lo", "gli", "i", "uno", "an", "the", "ein", "eine",
];

/// The words of quality that may stand before a profile's noun ("Bonne connaissance
/// de …", "Solide expérience …", "Excelente dominio …", "Sichere Kenntnisse …").
const QUALIFIERS: &[&str] = &[
    "bonne",
    "bon",
    "très",
    "excellente",
    "excellent",
    "solide",
    "parfaite",
    "parfait",
    "grande",
    "forte",
    "large",
    "buena",
    "buen",
    "excelente",
    "amplia",
    "amplio",
    "sólida",
    "sólido",
    "profundo",
    "profunda",
    "boa",
    "bom",
    "ótima",
    "ótimo",
    "ampla",
    "amplo",
    "buona",
    "buon",
    "ottima",
    "ottimo",
    "solida",
    "approfondita",
    "comprovata",
    "good",
    "excellent",
    "strong",
    "sound",
    "proven",
    "solid",
    "thorough",
    "extensive",
    "gute",
    "sehr",
    "fundierte",
    "umfassende",
    "sichere",
    "mehrjährige",
    "abgeschlossenes",
    "abgeschlossene",
    "abgeschlossener",
];

/// Whether `text` (a line) has an item's shape and opens with a noun of a duty, of a
/// profile, of a deliverable or of a document ([`ITEM_NOUNS`], [`NOUN_ENDINGS`]),
/// after a determiner (a document's or a deliverable's noun only) or a word of
/// quality: "Élaboration d'un plan …", "Maîtrise de l'outil …", "Rapport de démarrage
/// …", "Une copie du registre …", "Bonne connaissance de …". Whether such a line is an
/// item is its heading's business ([`names_tasks`]) and its neighbours'.
pub(super) fn opens_noun_item(text: &str) -> bool {
    if !item_shaped(text) {
        return false;
    }
    let word = |w: &str| {
        w.trim_matches(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’')
            .to_lowercase()
    };
    let mut words = text.split_whitespace().take(4).map(word);
    let Some(mut first) = words.next() else {
        return false;
    };
    let mut determined = false;
    // "L'inventaire …": the elided article.
    if let Some((_, rest)) = first
        .split_once('\'')
        .or_else(|| first.split_once('’'))
        .filter(|(article, rest)| matches!(*article, "l" | "d") && !rest.is_empty())
    {
        first = rest.to_owned();
        determined = true;
    } else if DETERMINERS.contains(&first.as_str()) {
        let Some(next) = words.next() else {
            return false;
        };
        first = next;
        determined = true;
    }
    for _ in 0..2 {
        if !determined && QUALIFIERS.contains(&first.as_str()) {
            let Some(next) = words.next() else {
                return false;
            };
            first = next;
        }
    }
    let known =
        |w: &str| ITEM_NOUNS.contains(w) || ITEM_NOUNS.contains(w.strip_suffix('s').unwrap_or(w));
    // After a determiner, the document's or deliverable's noun may follow the words
    // that qualify it ("An inception report …", "A market assessment report …").
    let noun = if determined {
        known(&first) || words.take(2).any(|w| known(&w))
    } else {
        let singular = first.strip_suffix('s').unwrap_or(&first);
        known(&first)
            || (first.chars().count() >= 5
                && !NOT_ITEM_NOUNS.contains(&first.as_str())
                && !NOT_ITEM_NOUNS.contains(&singular)
                && NOUN_ENDINGS
                    .iter()
                    .any(|e| first.ends_with(e) || singular.ends_with(e)))
    };
    // A line that binds by its own verb is a sentence, not a noun's item ("L'offre
    // technique comprendra …"). Asked last: the sentence reader is the engine's
    // costliest test, and most lines fail the word tests first.
    noun && super::reading::reading(text).is_none()
}

/// Whether a lead-in without a colon announces the items after it as "the
/// following" ("Le consultant sera chargé des tâches suivantes", "L'offre
/// comprendra les éléments ci-après", "los siguientes documentos", "the following").
pub(super) fn leads_in_the_following(text: &str) -> bool {
    // (The last word, or the one before a last noun: "los siguientes documentos".)
    text.split_whitespace().rev().take(2).any(|last| {
        matches!(
            last.to_lowercase().as_str(),
            "suivant"
                | "suivants"
                | "suivante"
                | "suivantes"
                | "ci-après"
                | "siguiente"
                | "siguientes"
                | "seguinte"
                | "seguintes"
                | "seguente"
                | "seguenti"
                | "following"
                | "folgende"
                | "folgenden"
        )
    })
}

/// The words of a heading that names the work, the profile or the conditions asked
/// of whoever takes the assignment, in the six languages (lower case, whole words):
/// "Missions du consultant", "Activités à réaliser", "Profil requis", "Funciones del
/// consultor", "Atribuições da contratada", "Compiti dell'affidatario",
/// "Leistungsumfang", "Tasks of the Consultant", "Qualifications", "Obligations du
/// prestataire", "Expérience requise", "Engagements du bénéficiaire" (not a role:
/// "Rôle du comité de pilotage" is the issuer's).
static TASK_HEADING: LazyLock<regex::Regex> = LazyLock::new(|| {
    crate::text::re(
        r"(?i)(?:^|[^\p{L}])(?:t[âa]ches|missions?|activit[ée]s|attributions|responsabilit[ée]s|prestations|profil|qualifications?|comp[ée]tences|conditions|exigences|tareas|funciones|actividades|responsabilidades|perfil|requisitos|cualificaci[óo]n|atribui[çc][õo]es|atividades|tarefas|qualifica[çc][õo]es|compiti|attivit[àa]|mansioni|prestazioni|requisiti|profilo|aufgaben|leistungen|leistungsumfang|leistungsbeschreibung|t[äa]tigkeiten|anforderungen|qualifikationen?|tasks|duties|responsibilities|activities|scope|profile|requirements|experience|livrables|mandat|dossiers?\s+(?:administratif|de\s+candidature|de\s+soumission)|produits\s+(?:attendus|livrables)|pi[èe]ces|documents?\s+(?:[àa]|to|requis|exig[ée]s|demand[ée]s|required|constitutifs)|(?:composition|contenu)\s+(?:du|de\s+l['’]|de\s+la)\s*(?:dossier|offre|proposition|soumission)|entregables|productos\s+(?:esperados|entregables)|documentaci[óo]n\s+(?:a|que|requerida|exigida)|documentos\s+(?:a|que|requeridos|exigidos|necess[áa]rios)|produtos\s+(?:esperados|a\s+serem)|prodotti\s+attesi|documentazione\s+(?:da|richiesta)|deliverables|outputs|unterlagen|nachweise|obligations|exp[ée]rience\s+(?:requise|professionnelle|exig[ée]e)|engagements|[ée]tendue|services\s+(?:demand[ée]s|attendus|requis|required|requested)|obligaciones|experiencia|alcance|compromisos|servicios\s+(?:requeridos|solicitados)|obriga[çc][õo]es|experi[êe]ncia|escopo|compromissos|servi[çc]os\s+(?:requeridos|solicitados)|obblighi|esperienza|impegni|servizi\s+richiesti|pflichten|erfahrung|commitments)(?:$|[^\p{L}])",
    )
});

/// Whether the innermost heading of `section` names the work, the profile or the
/// conditions asked ([`TASK_HEADING`]), and neither names the issuer alone, describes
/// (background, objectives), denies, nor has the issuer speak.
pub(super) fn names_tasks(section: &str) -> bool {
    let innermost = section.rsplit(" › ").next().unwrap_or(section);
    TASK_HEADING.is_match(innermost)
        // The issuer's own ("Obligations de l'Agence", "Obligations of the County").
        && (!super::reading::names_issuer(innermost) || super::reading::names_bidder(innermost))
        && !super::reading::announces_description(innermost)
        && !super::reading::denies(innermost)
        && !super::reading::issuer_speaks(innermost)
}

/// Whether a list item with no lead-in, right under its heading, is a task that the
/// heading binds: it opens with a task's verb ([`opens_task`]) under a heading that
/// names the work, the profile or the conditions asked ([`names_tasks`]).
pub(super) fn heading_binds_task(section: &str, item: &str) -> bool {
    if opens_task(item) {
        return names_tasks(section);
    }
    // (The heading first: the noun test reads the item as a sentence.)
    names_tasks(section) && opens_noun_item(item)
}

/// Whether a line has an item's shape: a capital, a few words to a line's worth, and
/// no colon at its end.
pub(super) fn item_shaped(text: &str) -> bool {
    let text = text.trim();
    let words = text.split_whitespace().take(MAX_TASK_WORDS + 1).count();
    text.starts_with(char::is_uppercase)
        && !text.ends_with(':')
        && (MIN_TASK_WORDS..=MAX_TASK_WORDS).contains(&words)
}

/// Whether a list item opening with a task's verb stands right under a heading that
/// describes (background, objectives: "Objectifs du projet" / "Développer l'offre
/// …"): it states the issuer's aims, whatever its verb.
pub(super) fn under_description(section: &str, item: &str) -> bool {
    let innermost = section.rsplit(" › ").next().unwrap_or(section);
    opens_task(item) && super::reading::announces_description(innermost)
}

#[cfg(test)]
mod tests {
    use super::{leads_in_the_following, opens_noun_item, opens_task};

    #[test]
    fn noun_items_open_with_a_noun_of_a_duty_a_profile_a_deliverable_or_a_document() {
        for t in [
            "Élaboration d'un plan de communication",
            "Appui aux communes pour la passation",
            "Bonne connaissance des procédures comptables",
            "Une copie du registre de commerce",
            "An inception report setting out the method",
            "Experiencia mínima de cinco años",
            "Abgeschlossenes Hochschulstudium der Informatik",
        ] {
            assert!(opens_noun_item(t), "{t}");
        }
        for t in [
            "Direction des ressources humaines",
            "La mission durera quarante jours",
            "Le consultant travaillera avec l'équipe",
            "Pièces à fournir :",
            "Rapport",
        ] {
            assert!(!opens_noun_item(t), "{t}");
        }
        assert!(leads_in_the_following(
            "Le consultant sera chargé des tâches suivantes"
        ));
        assert!(leads_in_the_following(
            "El licitador presentará los siguientes documentos"
        ));
        assert!(!leads_in_the_following("Le ministère est organisé en"));
    }

    #[test]
    fn tasks_open_with_an_infinitive_an_imperative_or_a_noun_of_action() {
        for t in [
            "Élaborer une note de cadrage",
            "Être titulaire d'un diplôme de master",
            "Presentar un informe mensual de avance",
            "Redigere il piano delle attività",
            "Develop a sampling frame for the survey",
            "Erstellung eines Konzepts mit Zeitplan",
            "S'assurer de la qualité des données",
        ] {
            assert!(opens_task(t), "{t}");
        }
        for t in [
            "Review of the proposals",
            "Dossier de candidature complet",
            "Durchführung",
            "élaborer une note de cadrage",
            "Missions du consultant",
            "Les tâches du consultant:",
        ] {
            assert!(!opens_task(t), "{t}");
        }
    }
}
