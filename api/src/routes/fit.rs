//! Go/no-go: the organisation's profile (`PUT /api/profile`, one per owner) checked
//! against a proposal's analysis (`GET …/fit`): eligibility (legal type, country,
//! where the work is), budget, days left before the deadline, the submission language,
//! and the registrations and certificates the tender asks for. Each check is `pass`,
//! `fail` or `unknown`, with the tender's quote and page; the recommendation is `no_go`
//! on any failure, `go` when eligibility and time pass, else `review`. Deterministic: it
//! reads the stored analysis (the offline engine's or a model's facts), never a model.
//!
//! The profile is kept in the blob store (`profiles/<sha256 of the owner>.json`), which
//! both backends have: one small object a tenant reads and writes whole.

use axum::Router;
use axum::extract::State;
use axum::routing::get;
use serde::{Deserialize, Serialize};
use serde_json::{Value, json};
use sha2::{Digest, Sha256};

use rfp_shared::domain::plain_text;
use rfp_shared::ids::{BlobKey, Owner};
use rfp_shared::ports::BlobError;

use crate::AppState;
use crate::error::{ApiError, CommonErrors, JsonBodyErrors, OwnedErrors, Problem, ProblemCode};
use crate::extractors::{Caller, Json, ProposalPath};

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/api/profile", get(show).put(set))
        .route("/api/proposals/{id}/fit", get(fit))
}

/// What an organisation is and can do, as a go/no-go needs it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct Profile {
    /// `ngo`, `company`, `university`, `public_body` or `individual`.
    pub legal_type: String,
    /// Where it is registered: an ISO 3166-1 alpha-2 code (`KE`).
    pub country: String,
    /// Where it works (ISO 3166-1 alpha-2 codes).
    #[serde(default)]
    pub countries: Vec<String>,
    /// Languages it writes proposals in (ISO 639-1 codes: `en`, `fr`).
    #[serde(default)]
    pub languages: Vec<String>,
    #[serde(default)]
    pub sectors: Vec<String>,
    /// The contract sizes it bids for, in `currency`.
    pub budget_min: Option<f64>,
    pub budget_max: Option<f64>,
    /// ISO 4217 (`USD`); required with a budget range.
    pub currency: Option<String>,
    /// Registrations and certificates it holds ("tax compliance certificate").
    #[serde(default)]
    pub registrations: Vec<String>,
    /// Days it needs to prepare a bid.
    #[serde(default)]
    pub min_days_to_prepare: u32,
}

const LEGAL_TYPES: [&str; 5] = ["ngo", "company", "university", "public_body", "individual"];
const MAX_ITEMS: usize = 50;
const MAX_ITEM_CHARS: usize = 200;

/// ISO 3166-1 alpha-2 codes with a short English name (pycountry's list).
const COUNTRIES: &[(&str, &str)] = &[
    ("AD", "Andorra"),
    ("AE", "United Arab Emirates"),
    ("AF", "Afghanistan"),
    ("AG", "Antigua and Barbuda"),
    ("AI", "Anguilla"),
    ("AL", "Albania"),
    ("AM", "Armenia"),
    ("AO", "Angola"),
    ("AQ", "Antarctica"),
    ("AR", "Argentina"),
    ("AS", "American Samoa"),
    ("AT", "Austria"),
    ("AU", "Australia"),
    ("AW", "Aruba"),
    ("AX", "Åland Islands"),
    ("AZ", "Azerbaijan"),
    ("BA", "Bosnia and Herzegovina"),
    ("BB", "Barbados"),
    ("BD", "Bangladesh"),
    ("BE", "Belgium"),
    ("BF", "Burkina Faso"),
    ("BG", "Bulgaria"),
    ("BH", "Bahrain"),
    ("BI", "Burundi"),
    ("BJ", "Benin"),
    ("BL", "Saint Barthélemy"),
    ("BM", "Bermuda"),
    ("BN", "Brunei Darussalam"),
    ("BO", "Bolivia"),
    ("BQ", "Bonaire"),
    ("BR", "Brazil"),
    ("BS", "Bahamas"),
    ("BT", "Bhutan"),
    ("BV", "Bouvet Island"),
    ("BW", "Botswana"),
    ("BY", "Belarus"),
    ("BZ", "Belize"),
    ("CA", "Canada"),
    ("CC", "Cocos (Keeling) Islands"),
    ("CD", "Congo"),
    ("CF", "Central African Republic"),
    ("CG", "Congo"),
    ("CH", "Switzerland"),
    ("CI", "Côte d'Ivoire"),
    ("CK", "Cook Islands"),
    ("CL", "Chile"),
    ("CM", "Cameroon"),
    ("CN", "China"),
    ("CO", "Colombia"),
    ("CR", "Costa Rica"),
    ("CU", "Cuba"),
    ("CV", "Cabo Verde"),
    ("CW", "Curaçao"),
    ("CX", "Christmas Island"),
    ("CY", "Cyprus"),
    ("CZ", "Czechia"),
    ("DE", "Germany"),
    ("DJ", "Djibouti"),
    ("DK", "Denmark"),
    ("DM", "Dominica"),
    ("DO", "Dominican Republic"),
    ("DZ", "Algeria"),
    ("EC", "Ecuador"),
    ("EE", "Estonia"),
    ("EG", "Egypt"),
    ("EH", "Western Sahara"),
    ("ER", "Eritrea"),
    ("ES", "Spain"),
    ("ET", "Ethiopia"),
    ("FI", "Finland"),
    ("FJ", "Fiji"),
    ("FK", "Falkland Islands (Malvinas)"),
    ("FM", "Micronesia"),
    ("FO", "Faroe Islands"),
    ("FR", "France"),
    ("GA", "Gabon"),
    ("GB", "United Kingdom"),
    ("GD", "Grenada"),
    ("GE", "Georgia"),
    ("GF", "French Guiana"),
    ("GG", "Guernsey"),
    ("GH", "Ghana"),
    ("GI", "Gibraltar"),
    ("GL", "Greenland"),
    ("GM", "Gambia"),
    ("GN", "Guinea"),
    ("GP", "Guadeloupe"),
    ("GQ", "Equatorial Guinea"),
    ("GR", "Greece"),
    ("GS", "South Georgia and the South Sandwich Islands"),
    ("GT", "Guatemala"),
    ("GU", "Guam"),
    ("GW", "Guinea-Bissau"),
    ("GY", "Guyana"),
    ("HK", "Hong Kong"),
    ("HM", "Heard Island and McDonald Islands"),
    ("HN", "Honduras"),
    ("HR", "Croatia"),
    ("HT", "Haiti"),
    ("HU", "Hungary"),
    ("ID", "Indonesia"),
    ("IE", "Ireland"),
    ("IL", "Israel"),
    ("IM", "Isle of Man"),
    ("IN", "India"),
    ("IO", "British Indian Ocean Territory"),
    ("IQ", "Iraq"),
    ("IR", "Iran"),
    ("IS", "Iceland"),
    ("IT", "Italy"),
    ("JE", "Jersey"),
    ("JM", "Jamaica"),
    ("JO", "Jordan"),
    ("JP", "Japan"),
    ("KE", "Kenya"),
    ("KG", "Kyrgyzstan"),
    ("KH", "Cambodia"),
    ("KI", "Kiribati"),
    ("KM", "Comoros"),
    ("KN", "Saint Kitts and Nevis"),
    ("KP", "North Korea"),
    ("KR", "South Korea"),
    ("KW", "Kuwait"),
    ("KY", "Cayman Islands"),
    ("KZ", "Kazakhstan"),
    ("LA", "Laos"),
    ("LB", "Lebanon"),
    ("LC", "Saint Lucia"),
    ("LI", "Liechtenstein"),
    ("LK", "Sri Lanka"),
    ("LR", "Liberia"),
    ("LS", "Lesotho"),
    ("LT", "Lithuania"),
    ("LU", "Luxembourg"),
    ("LV", "Latvia"),
    ("LY", "Libya"),
    ("MA", "Morocco"),
    ("MC", "Monaco"),
    ("MD", "Moldova"),
    ("ME", "Montenegro"),
    ("MF", "Saint Martin (French part)"),
    ("MG", "Madagascar"),
    ("MH", "Marshall Islands"),
    ("MK", "North Macedonia"),
    ("ML", "Mali"),
    ("MM", "Myanmar"),
    ("MN", "Mongolia"),
    ("MO", "Macao"),
    ("MP", "Northern Mariana Islands"),
    ("MQ", "Martinique"),
    ("MR", "Mauritania"),
    ("MS", "Montserrat"),
    ("MT", "Malta"),
    ("MU", "Mauritius"),
    ("MV", "Maldives"),
    ("MW", "Malawi"),
    ("MX", "Mexico"),
    ("MY", "Malaysia"),
    ("MZ", "Mozambique"),
    ("NA", "Namibia"),
    ("NC", "New Caledonia"),
    ("NE", "Niger"),
    ("NF", "Norfolk Island"),
    ("NG", "Nigeria"),
    ("NI", "Nicaragua"),
    ("NL", "Netherlands"),
    ("NO", "Norway"),
    ("NP", "Nepal"),
    ("NR", "Nauru"),
    ("NU", "Niue"),
    ("NZ", "New Zealand"),
    ("OM", "Oman"),
    ("PA", "Panama"),
    ("PE", "Peru"),
    ("PF", "French Polynesia"),
    ("PG", "Papua New Guinea"),
    ("PH", "Philippines"),
    ("PK", "Pakistan"),
    ("PL", "Poland"),
    ("PM", "Saint Pierre and Miquelon"),
    ("PN", "Pitcairn"),
    ("PR", "Puerto Rico"),
    ("PS", "Palestine"),
    ("PT", "Portugal"),
    ("PW", "Palau"),
    ("PY", "Paraguay"),
    ("QA", "Qatar"),
    ("RE", "Réunion"),
    ("RO", "Romania"),
    ("RS", "Serbia"),
    ("RU", "Russian Federation"),
    ("RW", "Rwanda"),
    ("SA", "Saudi Arabia"),
    ("SB", "Solomon Islands"),
    ("SC", "Seychelles"),
    ("SD", "Sudan"),
    ("SE", "Sweden"),
    ("SG", "Singapore"),
    ("SH", "Saint Helena"),
    ("SI", "Slovenia"),
    ("SJ", "Svalbard and Jan Mayen"),
    ("SK", "Slovakia"),
    ("SL", "Sierra Leone"),
    ("SM", "San Marino"),
    ("SN", "Senegal"),
    ("SO", "Somalia"),
    ("SR", "Suriname"),
    ("SS", "South Sudan"),
    ("ST", "Sao Tome and Principe"),
    ("SV", "El Salvador"),
    ("SX", "Sint Maarten (Dutch part)"),
    ("SY", "Syria"),
    ("SZ", "Eswatini"),
    ("TC", "Turks and Caicos Islands"),
    ("TD", "Chad"),
    ("TF", "French Southern Territories"),
    ("TG", "Togo"),
    ("TH", "Thailand"),
    ("TJ", "Tajikistan"),
    ("TK", "Tokelau"),
    ("TL", "Timor-Leste"),
    ("TM", "Turkmenistan"),
    ("TN", "Tunisia"),
    ("TO", "Tonga"),
    ("TR", "Türkiye"),
    ("TT", "Trinidad and Tobago"),
    ("TV", "Tuvalu"),
    ("TW", "Taiwan"),
    ("TZ", "Tanzania"),
    ("UA", "Ukraine"),
    ("UG", "Uganda"),
    ("UM", "United States Minor Outlying Islands"),
    ("US", "United States"),
    ("UY", "Uruguay"),
    ("UZ", "Uzbekistan"),
    ("VA", "Holy See (Vatican City State)"),
    ("VC", "Saint Vincent and the Grenadines"),
    ("VE", "Venezuela"),
    ("VG", "Virgin Islands"),
    ("VI", "Virgin Islands"),
    ("VN", "Vietnam"),
    ("VU", "Vanuatu"),
    ("WF", "Wallis and Futuna"),
    ("WS", "Samoa"),
    ("YE", "Yemen"),
    ("YT", "Mayotte"),
    ("ZA", "South Africa"),
    ("ZM", "Zambia"),
    ("ZW", "Zimbabwe"),
];

fn country_name(code: &str) -> Option<&'static str> {
    COUNTRIES
        .binary_search_by(|(c, _)| c.cmp(&code))
        .ok()
        .map(|i| COUNTRIES[i].1)
}

fn invalid(detail: impl Into<String>) -> ApiError {
    ApiError::new(ProblemCode::InvalidProfile, detail)
}

impl Profile {
    /// The profile as stored: codes upper- or lower-cased as their standards write
    /// them, or the field that is wrong named.
    fn checked(mut self) -> Result<Self, ApiError> {
        self.legal_type = self.legal_type.trim().to_ascii_lowercase();
        if !LEGAL_TYPES.contains(&self.legal_type.as_str()) {
            return Err(invalid(format!(
                "`legal_type` is one of {}.",
                LEGAL_TYPES.join(", ")
            )));
        }
        let country = |c: &str, field: &str| -> Result<String, ApiError> {
            let code = c.trim().to_ascii_uppercase();
            country_name(&code).map(|_| code).ok_or_else(|| {
                invalid(format!(
                    "`{field}`: {:?} is not an ISO 3166-1 alpha-2 country code (KE, FR, US…).",
                    plain_text(&c.chars().take(20).collect::<String>())
                ))
            })
        };
        self.country = country(&self.country, "country")?;
        for (field, list) in [
            ("countries", &self.countries),
            ("languages", &self.languages),
            ("sectors", &self.sectors),
            ("registrations", &self.registrations),
        ] {
            if list.len() > MAX_ITEMS || list.iter().any(|s| s.chars().count() > MAX_ITEM_CHARS) {
                return Err(invalid(format!(
                    "`{field}` holds at most {MAX_ITEMS} items of at most {MAX_ITEM_CHARS} characters."
                )));
            }
        }
        self.countries = self
            .countries
            .iter()
            .map(|c| country(c, "countries"))
            .collect::<Result<_, _>>()?;
        self.languages = self
            .languages
            .iter()
            .map(|l| {
                let l = l.trim().to_ascii_lowercase();
                (l.len() == 2 && l.bytes().all(|b| b.is_ascii_lowercase()))
                    .then_some(l)
                    .ok_or_else(|| invalid("`languages` are ISO 639-1 codes: en, fr, es…"))
            })
            .collect::<Result<_, _>>()?;
        for (field, v) in [
            ("budget_min", self.budget_min),
            ("budget_max", self.budget_max),
        ] {
            if v.is_some_and(|v| !v.is_finite() || v < 0.0) {
                return Err(invalid(format!("`{field}` is an amount of 0 or more.")));
            }
        }
        if let (Some(lo), Some(hi)) = (self.budget_min, self.budget_max)
            && lo > hi
        {
            return Err(invalid("`budget_min` is more than `budget_max`."));
        }
        if let Some(c) = &self.currency {
            let c = c.trim().to_ascii_uppercase();
            if !super::ocds::is_currency(&c) {
                return Err(invalid("`currency` is an ISO 4217 code: USD, EUR, KES…"));
            }
            self.currency = Some(c);
        } else if self.budget_min.is_some() || self.budget_max.is_some() {
            return Err(invalid("A budget range needs its `currency`."));
        }
        if self.min_days_to_prepare > 365 {
            return Err(invalid("`min_days_to_prepare` is at most 365."));
        }
        Ok(self)
    }
}

fn profile_key(owner: &Owner) -> BlobKey {
    let digest = hex::encode(Sha256::digest(owner.as_str().as_bytes()));
    BlobKey::parse(&format!("profiles/{digest}.json")).expect("a valid key")
}

async fn load(state: &AppState, owner: &Owner) -> Result<Option<Profile>, ApiError> {
    match state.backends.blobs.get(&profile_key(owner)).await {
        Ok(bytes) => serde_json::from_slice(&bytes)
            .map(Some)
            .map_err(ApiError::internal),
        Err(BlobError::NotFound(_)) => Ok(None),
        Err(e) => Err(e.into()),
    }
}

fn not_set() -> ApiError {
    ApiError::new(
        ProblemCode::ProfileNotSet,
        "No organisation profile is set: PUT /api/profile (or `rfp profile set FILE`).",
    )
}

#[utoipa::path(
    put,
    path = "/api/profile",
    tag = "proposals",
    summary = "Set the organisation's profile (for go/no-go)",
    request_body = Profile,
    responses(
        (status = 200, description = "The profile as stored", body = Profile),
        (status = 422, description = "A field that is not what it says", body = Problem, content_type = "application/problem+json"),
        JsonBodyErrors,
        CommonErrors,
    ),
)]
pub(crate) async fn set(
    State(state): State<AppState>,
    Caller(owner): Caller,
    Json(profile): Json<Profile>,
) -> Result<axum::Json<Profile>, ApiError> {
    let profile = profile.checked()?;
    let bytes = serde_json::to_vec(&profile).map_err(ApiError::internal)?;
    state
        .backends
        .blobs
        .put(&profile_key(&owner), bytes.into(), "application/json")
        .await?;
    Ok(axum::Json(profile))
}

#[utoipa::path(
    get,
    path = "/api/profile",
    tag = "proposals",
    summary = "The organisation's profile",
    responses(
        (status = 200, description = "The profile", body = Profile),
        (status = 409, description = "No profile is set", body = Problem, content_type = "application/problem+json"),
        CommonErrors,
    ),
)]
pub(crate) async fn show(
    State(state): State<AppState>,
    Caller(owner): Caller,
) -> Result<axum::Json<Profile>, ApiError> {
    load(&state, &owner)
        .await?
        .map(axum::Json)
        .ok_or_else(not_set)
}

/// One check of the go/no-go.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct Check {
    pub name: &'static str,
    /// `pass`, `fail` or `unknown`.
    pub status: &'static str,
    pub why: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub quote: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub page: Option<u64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub document: Option<String>,
}

/// The go/no-go of an analysis for a profile.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct Fit {
    pub checks: Vec<Check>,
    /// `go`, `review` or `no_go`.
    pub recommendation: &'static str,
    pub reasons: Vec<String>,
}

/// A statement of the analysis: its text, quote, page and document.
struct Statement {
    text: String,
    quote: Option<String>,
    page: Option<u64>,
    document: Option<String>,
}

/// The pages the quotes of the analysis were found on, by the pointer of their value.
fn page_of(analysis: &Value, pointer: &str) -> Option<u64> {
    analysis["meta"]["quotes"]["pages"]
        .as_array()?
        .iter()
        .find(|p| {
            p["path"]
                .as_str()
                .is_some_and(|path| path.starts_with(pointer))
        })
        .and_then(|p| p["page"].as_u64())
}

fn statements(analysis: &Value, key: &str) -> Vec<Statement> {
    let list = &analysis["extracted_data"][key];
    let items: Vec<&Value> = match list {
        Value::Array(a) => a.iter().collect(),
        Value::Null => Vec::new(),
        other => vec![other],
    };
    items
        .into_iter()
        .enumerate()
        .filter_map(|(i, v)| {
            let text = match v {
                Value::String(s) => s.clone(),
                Value::Object(o) => o
                    .get("text")
                    .or_else(|| o.get("value"))
                    .or_else(|| o.get("name"))
                    .and_then(Value::as_str)?
                    .to_owned(),
                _ => return None,
            };
            Some(Statement {
                quote: v["quote"].as_str().map(|q| plain_text(q).into_owned()),
                page: v["page"]
                    .as_u64()
                    .or_else(|| page_of(analysis, &format!("/extracted_data/{key}/{i}"))),
                document: v["document"]
                    .as_str()
                    .or_else(|| v["filename"].as_str())
                    .map(str::to_owned),
                text: plain_text(&text).into_owned(),
            })
        })
        .collect()
}

fn check(name: &'static str, status: &'static str, why: String, from: Option<&Statement>) -> Check {
    Check {
        name,
        status,
        why,
        quote: from.and_then(|s| s.quote.clone().or_else(|| Some(s.text.clone()))),
        page: from.and_then(|s| s.page),
        document: from.and_then(|s| s.document.clone()),
    }
}

/// The words that name each legal type in a tender's eligibility rules.
const TYPE_WORDS: &[(&str, &[&str])] = &[
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
const EXCLUDING: &[&str] = &[
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

fn names_type(text: &str, legal_type: &str) -> bool {
    TYPE_WORDS
        .iter()
        .find(|(t, _)| *t == legal_type)
        .is_some_and(|(_, words)| words.iter().any(|w| text.contains(w)))
}

fn eligibility(profile: &Profile, rules: &[Statement]) -> Check {
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
fn countries_in(text: &str) -> Vec<&'static str> {
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

fn registered_where(profile: &Profile, rules: &[Statement]) -> Check {
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

fn geography(profile: &Profile, analysis: &Value) -> Check {
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

fn budget(profile: &Profile, analysis: &Value) -> Check {
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

fn time_left(profile: &Profile, analysis: &Value, today: chrono::NaiveDate) -> Check {
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
const LANGUAGES: &[(&str, &[&str])] = &[
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

fn language(profile: &Profile, analysis: &Value) -> Check {
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
fn registrations(profile: &Profile, analysis: &Value) -> Check {
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

fn words(s: &str) -> Vec<String> {
    s.to_lowercase()
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.chars().count() >= 3)
        .map(|w| w.chars().take(6).collect())
        .collect()
}

/// The go/no-go of `analysis` for `profile`, on `today`.
pub fn assess(profile: &Profile, analysis: &Value, today: chrono::NaiveDate) -> Fit {
    let rules = statements(analysis, "eligibility");
    let checks = vec![
        eligibility(profile, &rules),
        registered_where(profile, &rules),
        geography(profile, analysis),
        budget(profile, analysis),
        time_left(profile, analysis, today),
        language(profile, analysis),
        registrations(profile, analysis),
    ];
    let failed: Vec<String> = checks
        .iter()
        .filter(|c| c.status == "fail")
        .map(|c| format!("{}: {}", c.name, c.why))
        .collect();
    let unknown: Vec<String> = checks
        .iter()
        .filter(|c| c.status == "unknown")
        .map(|c| format!("{} (check it yourself): {}", c.name, c.why))
        .collect();
    let key_pass = ["eligibility", "time"]
        .iter()
        .all(|n| checks.iter().any(|c| c.name == *n && c.status == "pass"));
    let (recommendation, reasons) = if !failed.is_empty() {
        ("no_go", failed)
    } else if key_pass {
        ("go", unknown)
    } else {
        ("review", unknown)
    };
    Fit {
        checks,
        recommendation,
        reasons,
    }
}

#[utoipa::path(
    get,
    path = "/api/proposals/{id}/fit",
    tag = "analysis",
    summary = "Go/no-go: the analysis checked against the organisation's profile",
    description = "Each check (eligibility, country, geography, budget, time, language, registrations) is `pass`, `fail` or `unknown` with the tender's quote, page and document; `recommendation` is `no_go` on any failure, `go` when eligibility and time pass, else `review`, with its reasons.",
    params(ProposalPath),
    responses(
        (status = 200, description = "The checks and the recommendation", body = Fit),
        OwnedErrors,
        (status = 409, description = "No completed analysis yet, or no profile set", body = Problem, content_type = "application/problem+json"),
        CommonErrors,
    ),
)]
pub(crate) async fn fit(
    State(state): State<AppState>,
    super::workspace::SeenProposal {
        owner, proposal, ..
    }: super::workspace::SeenProposal,
) -> Result<axum::response::Response, ApiError> {
    use axum::response::IntoResponse;
    let result = super::matrix::completed_result(&proposal)?;
    let profile = load(&state, &owner).await?.ok_or_else(not_set)?;
    let fit = assess(&profile, result, chrono::Utc::now().date_naive());
    Ok(super::matrix::mark_stale(
        &proposal,
        axum::Json(json!(fit)).into_response(),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn profile(v: Value) -> Result<Profile, ApiError> {
        serde_json::from_value::<Profile>(v).unwrap().checked()
    }

    #[test]
    fn bad_profiles_name_their_field() {
        let base = json!({"legal_type": "ngo", "country": "KE"});
        assert!(profile(base.clone()).is_ok());
        for (change, field) in [
            (json!({"country": "XX"}), "country"),
            (json!({"countries": ["KE", "ZZ"]}), "countries"),
            (json!({"legal_type": "cooperative"}), "legal_type"),
            (json!({"budget_min": -5, "currency": "USD"}), "budget_min"),
            (
                json!({"budget_min": 10, "budget_max": 5, "currency": "USD"}),
                "budget_min",
            ),
            (json!({"budget_max": 5}), "currency"),
            (json!({"currency": "DOLLARS", "budget_max": 5}), "currency"),
            (json!({"languages": ["english"]}), "languages"),
            (json!({"sectors": vec!["x"; 51]}), "sectors"),
            (json!({"min_days_to_prepare": 1000}), "min_days_to_prepare"),
        ] {
            let mut v = base.clone();
            v.as_object_mut()
                .unwrap()
                .extend(change.as_object().unwrap().clone());
            let e = profile(v).unwrap_err();
            assert_eq!(e.code.code(), "invalid_profile");
            assert!(e.detail.contains(field), "{field}: {}", e.detail);
        }
        assert_eq!(
            profile(json!({"legal_type": "NGO", "country": "ke"}))
                .unwrap()
                .country,
            "KE"
        );
    }

    #[test]
    fn countries_are_found_by_name_as_whole_words() {
        assert_eq!(
            countries_in("Firms registered in Kenya or Uganda"),
            ["KE", "UG"]
        );
        assert!(countries_in("Nigerian firms").is_empty());
        assert!(COUNTRIES.windows(2).all(|w| w[0].0 < w[1].0));
    }

    fn analysis() -> Value {
        json!({"extracted_data": {
            "eligibility": [
                {"text": "Applicants must be non-profit organisations registered in Kenya.", "quote": "Applicants must be non-profit organisations registered in Kenya."},
                {"text": "Individuals are not eligible.", "quote": "Individuals are not eligible."}
            ],
            "budget": {"min": 50000, "max": 250000, "currency": "USD", "quote": "between USD 50,000 and USD 250,000"},
            "deadlines": [{"what": "submission", "date": "2027-03-15", "quote": "by 15 March 2027"}],
            "submission": {"language": "English", "language_quote": "in English"},
            "requirements": [{"text": "Attach a valid tax compliance certificate.", "mandatory": true}]
        }})
    }

    #[test]
    fn an_eligible_ngo_in_time_goes_and_an_individual_does_not() {
        let today = chrono::NaiveDate::from_ymd_opt(2027, 2, 1).unwrap();
        let ngo = profile(
            json!({"legal_type": "ngo", "country": "KE", "countries": ["KE"], "languages": ["en"],
            "budget_min": 100000, "budget_max": 1000000, "currency": "USD",
            "registrations": ["tax compliance certificate"], "min_days_to_prepare": 10}),
        )
        .unwrap();
        let fit = assess(&ngo, &analysis(), today);
        let status = |f: &Fit, n: &str| f.checks.iter().find(|c| c.name == n).unwrap().status;
        assert_eq!(fit.recommendation, "go", "{fit:#?}");
        for n in [
            "eligibility",
            "country",
            "budget",
            "time",
            "language",
            "registrations",
        ] {
            assert_eq!(status(&fit, n), "pass", "{n}: {fit:#?}");
        }
        assert_eq!(status(&fit, "geography"), "unknown");
        let person =
            profile(json!({"legal_type": "individual", "country": "FR", "languages": ["fr"]}))
                .unwrap();
        let fit = assess(&person, &analysis(), today);
        assert_eq!(fit.recommendation, "no_go");
        let e = fit.checks.iter().find(|c| c.name == "eligibility").unwrap();
        assert_eq!(e.status, "fail");
        assert_eq!(e.quote.as_deref(), Some("Individuals are not eligible."));
        assert_eq!(status(&fit, "country"), "fail");
        assert_eq!(status(&fit, "language"), "fail");
        assert_eq!(status(&fit, "registrations"), "fail");
        let late = chrono::NaiveDate::from_ymd_opt(2027, 3, 10).unwrap();
        let fit = assess(&ngo, &analysis(), late);
        assert_eq!(status(&fit, "time"), "fail");
        assert_eq!(fit.recommendation, "no_go");
        let nothing = assess(&ngo, &json!({"extracted_data": {}}), today);
        assert_eq!(nothing.recommendation, "review");
        assert!(
            nothing
                .checks
                .iter()
                .filter(|c| c.name != "registrations")
                .all(|c| c.status == "unknown"),
            "{nothing:#?}"
        );
    }
}
