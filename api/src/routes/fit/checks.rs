//! The checks of a go/no-go, one function each (eligibility, country of registration,
//! geography, budget, time left, language, registrations), with the words they look
//! for in the tender's statements.

use serde_json::Value;

use rfp_shared::domain::plain_text;

use super::assess::{Check, Statement, check, page_of, statements};
use super::profile::{COUNTRIES, Profile, country_name};

/// The words that name each legal type in a tender's eligibility rules.
pub(super) const TYPE_WORDS: &[(&str, &[&str])] = &[
    (
        "ngo",
        &[
            "non-profit",
            "nonprofit",
            "not-for-profit",
            "ngo",
            "civil society",
            "charit",
            "association",
            "foundation",
            "sans but lucratif",
            "sin ánimo de lucro",
            "sin fines de lucro",
            "senza scopo di lucro",
            "gemeinnützig",
            "sem fins lucrativos",
            "organisation non gouvernementale",
        ],
    ),
    (
        "company",
        &[
            "compan",
            "firm",
            "enterprise",
            "business",
            "sme",
            "contractor",
            "supplier",
            "vendor",
            "consultanc",
            "entreprise",
            "empresa",
            "impresa",
            "unternehmen",
            "société",
        ],
    ),
    (
        "university",
        &[
            "universit",
            "research institut",
            "academic",
            "higher education",
            "université",
            "universidad",
            "università",
            "hochschule",
        ],
    ),
    (
        "public_body",
        &[
            "municipalit",
            "public bod",
            "local authorit",
            "government",
            "public institution",
            "public entit",
            "commune",
            "collectivité",
            "ayuntamiento",
            "comune",
            "gemeinde",
        ],
    ),
    (
        "individual",
        &[
            "individual",
            "natural person",
            "person",
            "personne physique",
            "persona física",
            "persona fisica",
        ],
    ),
];

/// Cues of a rule that excludes who it names.
pub(super) const EXCLUDING: &[&str] = &[
    " not eligible",
    "ineligible",
    "excluded",
    "may not apply",
    "cannot apply",
    "are not allowed",
    "non éligible",
    "ne sont pas éligibles",
    "no son elegibles",
    "non sono ammissibili",
    "nicht förderfähig",
    "não são elegíveis",
];

pub(super) fn names_type(text: &str, legal_type: &str) -> bool {
    TYPE_WORDS
        .iter()
        .find(|(t, _)| *t == legal_type)
        .is_some_and(|(_, words)| words.iter().any(|w| text.contains(w)))
}

pub(super) fn eligibility(profile: &Profile, rules: &[Statement]) -> Check {
    let lower: Vec<String> = rules.iter().map(|r| r.text.to_lowercase()).collect();
    let excluded = lower.iter().position(|t| {
        EXCLUDING.iter().any(|e| t.contains(e)) && names_type(t, &profile.legal_type)
    });
    if let Some(i) = excluded {
        return check(
            "eligibility",
            "fail",
            format!(
                "The tender excludes applicants of your type ({}).",
                profile.legal_type
            ),
            Some(&rules[i]),
        );
    }
    // A rule that says who may apply names the types it lets in.
    let naming: Vec<usize> = (0..rules.len())
        .filter(|&i| TYPE_WORDS.iter().any(|(t, _)| names_type(&lower[i], t)))
        .filter(|&i| !EXCLUDING.iter().any(|e| lower[i].contains(e)))
        .collect();
    if let Some(&i) = naming
        .iter()
        .find(|&&i| names_type(&lower[i], &profile.legal_type))
    {
        return check(
            "eligibility",
            "pass",
            format!(
                "The tender lets in applicants of your type ({}).",
                profile.legal_type
            ),
            Some(&rules[i]),
        );
    }
    match naming.first() {
        Some(&i) => check(
            "eligibility",
            "fail",
            format!(
                "The tender names who may apply, and your type ({}) is not among them.",
                profile.legal_type
            ),
            Some(&rules[i]),
        ),
        None => check(
            "eligibility",
            "unknown",
            "The analysis names no type of applicant.".into(),
            None,
        ),
    }
}

/// Countries `text` names (by their English names).
pub(super) fn countries_in(text: &str) -> Vec<&'static str> {
    COUNTRIES
        .iter()
        .filter(|(_, name)| {
            text.match_indices(name).any(|(at, _)| {
                let before = text[..at].chars().next_back();
                let after = text[at + name.len()..].chars().next();
                !before.is_some_and(char::is_alphanumeric)
                    && !after.is_some_and(char::is_alphanumeric)
            })
        })
        .map(|(code, _)| *code)
        .collect()
}

pub(super) fn registered_where(profile: &Profile, rules: &[Statement]) -> Check {
    let cues = [
        "registered",
        "established",
        "incorporated",
        "based in",
        "legally",
        "immatricul",
        "domicil",
        "registrad",
        "sede",
    ];
    for rule in rules {
        let lower = rule.text.to_lowercase();
        if !cues.iter().any(|c| lower.contains(c)) {
            continue;
        }
        let named = countries_in(&rule.text);
        if named.is_empty() {
            continue;
        }
        let name = country_name(&profile.country).unwrap_or_default();
        return if named.contains(&profile.country.as_str()) {
            check(
                "country",
                "pass",
                format!("Applicants registered in {name} are eligible."),
                Some(rule),
            )
        } else {
            check(
                "country",
                "fail",
                format!(
                    "The tender asks for registration in {}; yours is {name}.",
                    named
                        .iter()
                        .filter_map(|c| country_name(c))
                        .collect::<Vec<_>>()
                        .join(", ")
                ),
                Some(rule),
            )
        };
    }
    check(
        "country",
        "unknown",
        "The analysis names no country applicants must be registered in.".into(),
        None,
    )
}

pub(super) fn geography(profile: &Profile, analysis: &Value) -> Check {
    let mut scope = statements(analysis, "geographic_scope");
    if scope.is_empty() {
        scope = statements(analysis, "geography");
    }
    for s in &scope {
        let named = countries_in(&s.text);
        if named.is_empty() {
            continue;
        }
        let works =
            |c: &&&str| profile.countries.iter().any(|p| p == **c) || profile.country == ***c;
        return match named.iter().find(works) {
            Some(c) => check(
                "geography",
                "pass",
                format!(
                    "The work is in {}, where you work.",
                    country_name(c).unwrap_or_default()
                ),
                Some(s),
            ),
            None => check(
                "geography",
                "fail",
                "The work is in countries where you do not work.".into(),
                Some(s),
            ),
        };
    }
    check(
        "geography",
        "unknown",
        "The analysis names no country where the work is done.".into(),
        None,
    )
}

pub(super) fn budget(profile: &Profile, analysis: &Value) -> Check {
    let b = &analysis["extracted_data"]["budget"];
    let from = Statement {
        text: String::new(),
        quote: b["quote"].as_str().map(|q| plain_text(q).into_owned()),
        page: page_of(analysis, "/extracted_data/budget/quote"),
        document: b["document"].as_str().map(str::to_owned),
    };
    let (lo, hi) = (
        b["min"].as_f64(),
        b["max"].as_f64().or_else(|| b["total"]["amount"].as_f64()),
    );
    if lo.is_none() && hi.is_none() {
        return check(
            "budget",
            "unknown",
            "The analysis found no budget.".into(),
            None,
        );
    }
    let currency = b["currency"].as_str().unwrap_or_default();
    if profile.currency.as_deref() != Some(currency)
        || (profile.budget_min.is_none() && profile.budget_max.is_none())
    {
        return check(
            "budget",
            "unknown",
            format!(
                "The budget is in {}; your range is in {}.",
                if currency.is_empty() {
                    "an unnamed currency"
                } else {
                    currency
                },
                profile.currency.as_deref().unwrap_or("no currency")
            ),
            Some(&from),
        );
    }
    let show = |v: Option<f64>| v.map_or("—".to_owned(), |v| format!("{v}"));
    let range = format!("{currency} {}–{}", show(lo), show(hi));
    if let (Some(hi), Some(min)) = (hi, profile.budget_min)
        && hi < min
    {
        return check(
            "budget",
            "fail",
            format!("The tender's {range} is below your smallest contract ({currency} {min})."),
            Some(&from),
        );
    }
    if let (Some(lo), Some(max)) = (lo, profile.budget_max)
        && lo > max
    {
        return check(
            "budget",
            "fail",
            format!("The tender's {range} is above your largest contract ({currency} {max})."),
            Some(&from),
        );
    }
    check(
        "budget",
        "pass",
        format!("The tender's {range} is within your range."),
        Some(&from),
    )
}

pub(super) fn time_left(profile: &Profile, analysis: &Value, today: chrono::NaiveDate) -> Check {
    let deadlines = statements(analysis, "deadlines");
    let raw = analysis["extracted_data"]["deadlines"].as_array();
    let found = raw.and_then(|d| d.iter().position(|d| d["what"] == "submission"));
    let Some(i) = found else {
        return check(
            "time",
            "unknown",
            "The analysis found no submission deadline.".into(),
            None,
        );
    };
    let d = &raw.expect("found in it")[i];
    let Some(date) = d["date"]
        .as_str()
        .and_then(|s| chrono::NaiveDate::parse_from_str(s.get(..10)?, "%Y-%m-%d").ok())
    else {
        return check(
            "time",
            "unknown",
            "The submission deadline has no date.".into(),
            None,
        );
    };
    let from = Statement {
        text: String::new(),
        quote: d["quote"].as_str().map(|q| plain_text(q).into_owned()),
        page: page_of(analysis, &format!("/extracted_data/deadlines/{i}")),
        document: deadlines.get(i).and_then(|s| s.document.clone()),
    };
    let left = (date - today).num_days();
    let need = i64::from(profile.min_days_to_prepare);
    if left < 0 {
        check(
            "time",
            "fail",
            format!("The deadline ({date}) has passed."),
            Some(&from),
        )
    } else if left < need {
        check(
            "time",
            "fail",
            format!("{left} days are left before {date}; you need {need}."),
            Some(&from),
        )
    } else {
        check(
            "time",
            "pass",
            format!("{left} days are left before {date}; you need {need}."),
            Some(&from),
        )
    }
}

/// ISO 639-1 codes of the language names a tender writes.
pub(super) const LANGUAGES: &[(&str, &[&str])] = &[
    (
        "en",
        &[
            "english", "anglais", "inglés", "inglese", "englisch", "inglês",
        ],
    ),
    (
        "fr",
        &[
            "french",
            "français",
            "francais",
            "francés",
            "francese",
            "französisch",
            "francês",
        ],
    ),
    (
        "es",
        &[
            "spanish",
            "espagnol",
            "español",
            "spagnolo",
            "spanisch",
            "espanhol",
            "castellano",
        ],
    ),
    (
        "pt",
        &[
            "portuguese",
            "portugais",
            "portugués",
            "portoghese",
            "portugiesisch",
            "português",
        ],
    ),
    ("it", &["italian", "italien", "italiano", "italienisch"]),
    (
        "de",
        &[
            "german", "allemand", "alemán", "tedesco", "deutsch", "alemão",
        ],
    ),
    (
        "ar",
        &["arabic", "arabe", "árabe", "arabo", "arabisch", "العربية"],
    ),
    (
        "he",
        &[
            "hebrew",
            "hébreu",
            "hebreo",
            "ebraico",
            "hebräisch",
            "עברית",
        ],
    ),
];

pub(super) fn language(profile: &Profile, analysis: &Value) -> Check {
    let s = &analysis["extracted_data"]["submission"];
    let Some(named) = s["language"].as_str() else {
        return check(
            "language",
            "unknown",
            "The analysis found no submission language.".into(),
            None,
        );
    };
    let from = Statement {
        text: named.to_owned(),
        quote: s["language_quote"]
            .as_str()
            .map(|q| plain_text(q).into_owned()),
        page: page_of(analysis, "/extracted_data/submission/language_quote"),
        document: None,
    };
    let lower = named.to_lowercase();
    let codes: Vec<&str> = LANGUAGES
        .iter()
        .filter(|(_, names)| names.iter().any(|n| lower.contains(n)))
        .map(|(c, _)| *c)
        .collect();
    if codes.is_empty() {
        return check(
            "language",
            "unknown",
            format!(
                "The tender asks for {}, which this check does not know.",
                plain_text(named)
            ),
            Some(&from),
        );
    }
    if codes
        .iter()
        .any(|c| profile.languages.iter().any(|l| l == c))
    {
        check(
            "language",
            "pass",
            format!(
                "Proposals are written in {}, one of your languages.",
                plain_text(named)
            ),
            Some(&from),
        )
    } else {
        check(
            "language",
            "fail",
            format!(
                "Proposals are written in {}, which is not one of your languages.",
                plain_text(named)
            ),
            Some(&from),
        )
    }
}

/// The certificates and registrations the tender's binding rules ask for, that none of
/// the profile's registrations matches.
pub(super) fn registrations(profile: &Profile, analysis: &Value) -> Check {
    let cues = [
        "certificate",
        "certification",
        "registration",
        "licence",
        "license",
        "accreditation",
        "attestation",
        "certificat",
        "certificado",
        "certificato",
        "bescheinigung",
        "zertifikat",
    ];
    let held: Vec<Vec<String>> = profile.registrations.iter().map(|r| words(r)).collect();
    let mut asked = statements(analysis, "requirements");
    asked.retain(|s| cues.iter().any(|c| s.text.to_lowercase().contains(c)));
    let binding: Vec<&Statement> = asked.iter().collect();
    if binding.is_empty() {
        return check(
            "registrations",
            "pass",
            "The tender asks for no certificate or registration.".into(),
            None,
        );
    }
    let missing = binding.iter().find(|s| {
        let w = words(&s.text);
        !held.iter().any(|h| {
            !h.is_empty() && h.iter().filter(|x| w.contains(x)).count() * 2 >= h.len().max(2)
        })
    });
    match missing {
        Some(s) => check(
            "registrations",
            "fail",
            "The tender asks for a certificate or registration your profile does not list.".into(),
            Some(s),
        ),
        None => check(
            "registrations",
            "pass",
            "Your registrations cover what the tender asks for.".into(),
            binding.first().copied(),
        ),
    }
}

pub(super) fn words(s: &str) -> Vec<String> {
    s.to_lowercase()
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.chars().count() >= 3)
        .map(|w| w.chars().take(6).collect())
        .collect()
}
