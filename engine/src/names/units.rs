//! The units inside an organisation (a department, a procurement office, a country
//! office) and the organisation itself: a unit is neither the title nor, where its
//! organisation is named beside it, the issuer ("Department of Parks, City of Alder
//! Bay" is the City's call; "Stadt Lindenau, Zentrale Vergabestelle" the Stadt's;
//! "Helping Hands – Malawi Country Office" the NGO's). A bilingual name ("Conseil
//! scolaire / School Board") is read in its first language.

use super::*;

/// The words a unit's name starts with, in the six languages (never a territory's:
/// "Département du Val-Fleuri" is a local authority).
const UNIT_WORDS: &[&str] = &[
    "department",
    "dept",
    "directorate",
    "division",
    "unit",
    "bureau",
    "direction",
    "pôle",
    "cellule",
    "sous-direction",
    "dirección",
    "subdirección",
    "secretaría",
    "departamento",
    "oficina",
    "unidad",
    "gerencia",
    "direção",
    "direcção",
    "diretoria",
    "secretaria",
    "divisão",
    "setor",
    "sector",
    "unidade",
    "gerência",
    "núcleo",
    "coordenação",
    "settore",
    "ufficio",
    "direzione",
    "dipartimento",
    "divisione",
    "unità",
    "amt",
    "abteilung",
    "referat",
    "fachbereich",
    "dezernat",
    "fachdienst",
    "sachgebiet",
    "secretariat",
    "secrétariat",
    "cabinet",
];

/// Unit words that are also what is bought or a part of a document ("Service de
/// restauration", "Section 2", "Office furniture"): a unit only before a capitalised
/// word ("Servizio Gare", "Area Tecnica", "Office of the Registrar" aside).
const WEAK_UNIT_WORDS: &[&str] = &[
    "office", "service", "services", "servicio", "servizio", "section", "sección", "sezione",
    "area", "área",
];

/// Words that make a short line a buying office ("Procurement Services", "Direction
/// des achats", "Ufficio Acquisti e Gare", "Zentrale Beschaffung").
const BUYING_WORDS: &[&str] = &[
    "procurement",
    "purchasing",
    "achats",
    "marchés",
    "compras",
    "contrataciones",
    "adquisiciones",
    "aquisições",
    "licitações",
    "acquisti",
    "gare",
    "appalti",
    "beschaffung",
    "einkauf",
    "vergabestelle",
];

/// Phrases that name an organisation's office in a country or region.
const COUNTRY_OFFICE: &[&str] = &[
    "country office",
    "regional office",
    "field office",
    "bureau pays",
    "bureau de pays",
    "bureau national",
    "bureau régional",
    "oficina de país",
    "oficina país",
    "oficina regional",
    "escritório",
    "ufficio paese",
    "ufficio regionale",
    "länderbüro",
    "regionalbüro",
];

/// The lower-case words of `text`, without the article a name may start with.
fn lower_words(text: &str) -> Vec<String> {
    let words: Vec<String> = text
        .split(|c: char| !(c.is_alphanumeric() || c == '-' || c == '\'' || c == '’'))
        .filter(|w| !w.is_empty())
        .take(24)
        .map(str::to_lowercase)
        .collect();
    match words.first().map(String::as_str) {
        Some("the" | "la" | "le" | "el" | "il" | "l'" | "die" | "der" | "a" | "o") => {
            words[1..].to_vec()
        }
        _ => words,
    }
}

/// Whether `text` is a unit's name: a unit word first, then a joining word or a
/// capitalised word ("Department of …", "Direction des routes", "Amt für Umwelt",
/// "Area Tecnica"), or a short line of a buying office ("Procurement Services",
/// "Zentrale Beschaffung"; not "Procurement of Office Furniture").
pub(super) fn is_unit(text: &str) -> bool {
    let words = lower_words(text);
    let raw: Vec<&str> = text.split_whitespace().take(24).collect();
    let Some(first) = words.first() else {
        return false;
    };
    let second = words.get(1).map(String::as_str).unwrap_or("");
    let capitalised_next = raw.get(1).is_some_and(|w| {
        w.starts_with(char::is_uppercase) && !JOINERS.contains(&w.to_lowercase().as_str())
    });
    let unit_first = (UNIT_WORDS.contains(&first.as_str())
        && (JOINERS.contains(&second) || capitalised_next))
        || (WEAK_UNIT_WORDS.contains(&first.as_str()) && capitalised_next);
    let buying = words.len() <= 6
        && words.iter().any(|w| BUYING_WORDS.contains(&w.as_str()))
        && !JOINERS.contains(&second)
        && title_cased(text);
    (unit_first || buying) && !DOC_TYPE.is_match(text)
}

/// Whether `text` names an office of an organisation in a country or region.
pub(super) fn is_country_office(text: &str) -> bool {
    let lower = text.to_lowercase();
    COUNTRY_OFFICE.iter().any(|p| lower.contains(p))
}

/// A line that names an organisation and its country office: "Mãos Solidárias –
/// Escritório de Angola".
pub(super) fn names_a_country_office(text: &str) -> bool {
    split_in_two(text).is_some_and(|(org, office)| {
        is_country_office(office) && !is_country_office(org) && letter_words(org) >= 1
    }) && title_cased(text)
        && text.split_whitespace().count() <= 12
}

/// `text` in two parts at its one separator (a comma, a dash or a slash between
/// spaces), the first separator kind found; `None` when it has none or several.
pub(super) fn split_in_two(text: &str) -> Option<(&str, &str)> {
    for sep in [" / ", " – ", " — ", " - ", ", "] {
        if text.matches(sep).count() == 1 {
            let (a, b) = text.split_once(sep)?;
            let (a, b) = (a.trim(), b.trim());
            if letter_words(a) >= 1 && letter_words(b) >= 1 {
                return Some((a, b));
            }
        }
    }
    None
}

/// The organisation a name with a unit or an office beside it stands for, or the
/// first language of a bilingual name; the name itself otherwise.
pub(super) fn parent_of_unit(name: &str) -> &str {
    let Some((a, b)) = split_in_two(name) else {
        return name;
    };
    let org = |t: &str| has_org_word(&format!(" {} ", t.to_lowercase()));
    // "U.S. Department of the Interior, Bureau of Land Management": a department's
    // bureau is an agency of its own that buys, not a buying office: the name stays
    // whole.
    let lower_a = a.trim().trim_start_matches("U.S. ").to_lowercase();
    if (lower_a.starts_with("department of") || lower_a.starts_with("ministry of"))
        && b.trim().to_lowercase().starts_with("bureau of")
        && !lower_words(b)
            .iter()
            .any(|w| BUYING_WORDS.contains(&w.as_str()))
    {
        return name;
    }
    let bilingual = name.contains(" / ") && (org(a) || org(b)) && letter_words(b) >= 2;
    if bilingual || ((is_unit(b) || is_country_office(b)) && !is_unit(a) && is_org_name(a)) {
        return a;
    }
    if is_country_office(b) && !is_country_office(a) && letter_words(a) >= 2 {
        return a;
    }
    if is_org_name(b) && !is_unit(b) && (is_unit(a) || !org(a)) {
        return b;
    }
    name
}

/// The part of a name in two parts ("Azienda Sanitaria Locale Tirreno Sud - UOC
/// Acquisizione beni e servizi", "Volkshochschule Rheintal-Nord, Zweckverband") that
/// the document's other evidence names, where it names that part and not the other:
/// the organisation its properties give (a DOCX's Company, a page's site name: "ASL
/// Tirreno Sud") shares two of its words, or the domain its e-mail addresses are sent
/// from spells two of them ("vhs-rheintal-nord"). The shapes of the two parts guess
/// which is the organisation; the evidence, where it converges on one, knows. `None`
/// when the name is in one part, or the evidence names both parts or neither.
pub(super) fn part_the_evidence_names<'a>(
    name: &'a str,
    meta_org: Option<&str>,
    domains: &[String],
) -> Option<&'a str> {
    let (a, b) = split_in_two(name)?;
    let words = |t: &str| -> Vec<String> {
        lower_words(t)
            .iter()
            .flat_map(|w| w.split('-'))
            .filter(|w| w.chars().count() >= 3 && !JOINERS.contains(w))
            .map(str::to_owned)
            .collect()
    };
    let backing = |part: &str| {
        let mine = words(part);
        let in_meta = meta_org.map_or(0, |m| {
            let theirs = words(m);
            mine.iter().filter(|w| theirs.contains(w)).count()
        });
        let in_domain = domains
            .iter()
            .map(|d| {
                mine.iter()
                    .filter(|w| {
                        let bare: String = w.chars().filter(|c| c.is_alphanumeric()).collect();
                        bare.chars().count() >= 3 && d.contains(&bare)
                    })
                    .count()
            })
            .max()
            .unwrap_or(0);
        in_meta.max(in_domain)
    };
    let (for_a, for_b) = (backing(a), backing(b));
    // A name, capitalised, not a unit's (an organisation's name need not hold an
    // organisation word: "Volkshochschule Rheintal-Nord", "Transport for Northshire").
    let named = |part: &'a str| {
        title_cased(part)
            && letter_words(part) <= 10
            && !part.contains(['@', ':'])
            && !has_year(part)
            && !is_unit(part)
    };
    if for_a >= 2 && for_b == 0 && named(a) {
        Some(a)
    } else if for_b >= 2 && for_a == 0 && named(b) {
        Some(b)
    } else {
        None
    }
}

/// How a state's name starts ("Republic of …", "Gobierno de la Provincia de …").
const STATES: &[&str] = &[
    "republic of",
    "the republic of",
    "federal republic of",
    "united republic of",
    "kingdom of",
    "government of",
    "république",
    "royaume",
    "gouvernement",
    "état d",
    "república",
    "reino de",
    "gobierno de",
    "estado d",
    "governo d",
    "repubblica",
    "regno d",
    "bundesrepublik",
    "freistaat",
    // A US state's seal caption above its department; a Spanish region's government
    // above its consejería.
    "state of",
    "junta de",
    "xunta de",
    "generalitat",
    "govern de",
];

/// How a ministry's name starts.
const MINISTRIES: &[&str] = &[
    "ministry",
    "ministère",
    "ministerio",
    "ministério",
    "ministero",
    "ministerium",
    "bundesministerium",
    "state ministry",
    "consejería",
    "conselleria",
    "consellería",
];

/// Whether the letterhead line `upper` heads the line below it, `lower`, that names
/// who asks: a state above anything, a ministry above a body of its own (an
/// authority, an agency, a board; not a unit: "Ministry of Health" / "Directorate
/// of Planning" is the ministry's).
pub(super) fn heads_a_stack(upper: &str, lower: &str) -> bool {
    let starts = |t: &str, list: &[&str]| {
        let t = t.trim().to_lowercase();
        list.iter().any(|p| t.starts_with(p))
    };
    // Kenya's ministries are made of state departments: the ministry asks.
    let body = !is_unit(lower)
        && !is_country_office(lower)
        && !starts(lower, STATES)
        && !starts(lower, &["state department"]);
    (starts(upper, STATES) && !starts(lower, STATES))
        || (starts(upper, MINISTRIES) && !starts(lower, MINISTRIES) && body)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_unit_beside_its_organisation_gives_the_organisation() {
        for (name, want) in [
            ("Department of Roads, Town of Elmstead", "Town of Elmstead"),
            ("Stadt Birkenau, Zentrale Vergabestelle", "Stadt Birkenau"),
            (
                "Dirección de Obras - Municipalidad de Río Claro",
                "Municipalidad de Río Claro",
            ),
            ("Settore Tecnico, Comune di Valbella", "Comune di Valbella"),
            ("Green Wells Aid – Uganda Country Office", "Green Wells Aid"),
            ("Office des forêts / Forestry Office", "Office des forêts"),
            ("Grants Team, Lakeside County", "Lakeside County"),
            // Not a unit and its organisation: left whole.
            (
                "Ministry of Health, Nutrition and Welfare",
                "Ministry of Health, Nutrition and Welfare",
            ),
            (
                "NATIONAL INSTITUTE OF TECHNOLOGY, LAKESIDE",
                "NATIONAL INSTITUTE OF TECHNOLOGY, LAKESIDE",
            ),
            ("Alder Foundation", "Alder Foundation"),
            // A department's bureau is an agency that buys: left whole.
            (
                "U.S. Department of Agriculture, Bureau of Rural Lending",
                "U.S. Department of Agriculture, Bureau of Rural Lending",
            ),
        ] {
            assert_eq!(parent_of_unit(name), want, "{name}");
        }
    }

    #[test]
    fn a_unit_is_a_department_or_a_buying_office_not_a_subject() {
        for unit in [
            "Procurement Services",
            "Direction des achats et des marchés",
            "Ufficio Acquisti e Gare",
            "Zentrale Beschaffung",
            "Amt für Umwelt",
            "Department of Public Works",
        ] {
            assert!(is_unit(unit), "{unit}");
        }
        for subject in [
            "Procurement of Office Furniture",
            "Office furniture for the town hall",
            "Service de restauration scolaire pour les écoles",
            "Request for Proposals",
        ] {
            assert!(!is_unit(subject), "{subject}");
        }
    }

    #[test]
    fn a_state_and_a_ministry_head_the_body_below_them() {
        for (upper, lower, heads) in [
            ("REPUBLIC OF ELDORIA", "MINISTRY OF TRANSPORT", true),
            ("MINISTRY OF TRANSPORT", "NATIONAL HIGHWAYS AUTHORITY", true),
            ("Ministerio de Salud", "Dirección de Compras", false),
            ("Ministry of Health", "Directorate of Planning", false),
            ("República de Vale Alto", "Ministério da Educação", true),
            ("Ministero dell'Ambiente", "Agenzia per le Acque", true),
            ("City of Lakeside", "Department of Public Works", false),
            (
                "MINISTRY OF WATER",
                "STATE DEPARTMENT FOR IRRIGATION",
                false,
            ),
        ] {
            assert_eq!(heads_a_stack(upper, lower), heads, "{upper} / {lower}");
        }
    }
}
