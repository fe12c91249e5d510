//! The organisation's profile and its validation: what a go/no-go needs to know about
//! a bidder (legal type, where it is registered and works, languages, contract sizes,
//! registrations, days to prepare), every field checked before it is stored.

use serde::{Deserialize, Serialize};

use rfp_shared::domain::plain_text;

use crate::error::{ApiError, ProblemCode};

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

pub(super) const LEGAL_TYPES: [&str; 5] =
    ["ngo", "company", "university", "public_body", "individual"];
pub(super) const MAX_ITEMS: usize = 50;
pub(super) const MAX_ITEM_CHARS: usize = 200;

/// ISO 3166-1 alpha-2 codes with a short English name (pycountry's list).
pub(super) const COUNTRIES: &[(&str, &str)] = &[
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

pub(super) fn country_name(code: &str) -> Option<&'static str> {
    COUNTRIES
        .binary_search_by(|(c, _)| c.cmp(&code))
        .ok()
        .map(|i| COUNTRIES[i].1)
}

pub(super) fn invalid(detail: impl Into<String>) -> ApiError {
    ApiError::new(ProblemCode::InvalidProfile, detail)
}

impl Profile {
    /// The profile as stored: codes upper- or lower-cased as their standards write
    /// them, or the field that is wrong named.
    pub(super) fn checked(mut self) -> Result<Self, ApiError> {
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
            if !crate::routes::ocds::is_currency(&c) {
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
