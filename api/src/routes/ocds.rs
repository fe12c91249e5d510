//! The analysis as an Open Contracting Data Standard release (OCDS 1.1): what systems
//! that track tenders (procurement portals, CRMs, open-contracting publishers) read.
//!
//! One release of the proposal's contracting process: tag `tender`, or `tenderAmendment`
//! when the package holds amendments or clarifications. From the analysis: the title,
//! description, value and minimum value, the submission deadline as
//! `tenderPeriod.endDate` (with its zone's offset), the questions deadline as
//! `enquiryPeriod.endDate`, the publication date as `tenderPeriod.startDate`, the other
//! dated deadlines as `milestones`, eligibility and award criteria, how to submit, the
//! package's documents with their `documentType`, the amendments with what they changed,
//! and the issuer as the buyer and procuring entity with its contact point. Fields the
//! analysis lacks are left out, never invented; codes come from the standard's closed
//! and open codelists, and the release validates against the standard's release schema
//! (tests/tests/ocds.rs). The contracting process identifier (`ocid`) is
//! [`OCID_PREFIX`] and the proposal's id: a publisher that registers its own prefix
//! rewrites it.

use axum::Router;
use axum::http::header;
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use chrono::{NaiveTime, SecondsFormat};
use serde_json::{Map, Value, json};

use rfp_shared::domain::{DocumentRef, DocumentRole, Proposal, plain_text};

use super::calendar::{When, label, when, zone};
use crate::AppState;
use crate::error::{ApiError, CommonErrors, OwnedErrors, Problem};
use crate::extractors::ProposalPath;

/// The `ocid` prefix of the releases this service writes (OCDS prefixes are `ocds-`
/// and six characters, registered by a publisher).
pub const OCID_PREFIX: &str = "ocds-rfpanl";

/// Most milestones, documents and amendments a release lists.
const MAX_LIST: usize = 200;

pub fn router() -> Router<AppState> {
    Router::new().route("/api/proposals/{id}/ocds", get(ocds))
}

/// A text of the analysis: a string, or the `value` (or `text`) of an object; blank and
/// control characters gone.
fn text(v: &Value) -> Option<String> {
    let s = match v {
        Value::String(s) => s.as_str(),
        Value::Object(o) => o
            .get("value")
            .or_else(|| o.get("text"))
            .or_else(|| o.get("name"))
            .and_then(Value::as_str)?,
        _ => return None,
    };
    let s = plain_text(s.trim()).into_owned();
    (!s.is_empty()).then_some(s)
}

/// An OCDS date-time for a deadline of the analysis, and whether its zone was known. A
/// time in a named zone keeps that zone's offset on that date (`…T17:00:00+01:00`); a
/// time in an unnamed zone or a date alone is written in UTC (a date alone at 23:59:59,
/// the end of the day the standard's guidance gives), and said to be so.
fn date_time(deadline: &Value) -> Option<(String, bool)> {
    Some(match when(deadline)? {
        When::Instant(at) => {
            let local = deadline["time_zone"].as_str().and_then(zone).map(|tz| {
                at.with_timezone(&tz)
                    .to_rfc3339_opts(SecondsFormat::Secs, false)
            });
            (
                local.unwrap_or_else(|| at.to_rfc3339_opts(SecondsFormat::Secs, false)),
                true,
            )
        }
        When::Floating(at) => (
            at.and_utc().to_rfc3339_opts(SecondsFormat::Secs, true),
            false,
        ),
        When::Day(day) => (
            day.and_time(NaiveTime::from_hms_opt(23, 59, 59).expect("a valid time"))
                .and_utc()
                .to_rfc3339_opts(SecondsFormat::Secs, true),
            false,
        ),
    })
}

/// The currencies of the standard's closed `currency` codelist (ISO 4217, historic
/// codes included), as its release schema lists them.
const CURRENCIES: &[&str] = &[
    "ADP", "AED", "AFA", "AFN", "ALK", "ALL", "AMD", "ANG", "AOA", "AOK", "AON", "AOR", "ARA",
    "ARP", "ARS", "ARY", "ATS", "AUD", "AWG", "AYM", "AZM", "AZN", "BAD", "BAM", "BBD", "BDT",
    "BEC", "BEF", "BEL", "BGJ", "BGK", "BGL", "BGN", "BHD", "BIF", "BMD", "BND", "BOB", "BOP",
    "BOV", "BRB", "BRC", "BRE", "BRL", "BRN", "BRR", "BSD", "BTN", "BUK", "BWP", "BYB", "BYN",
    "BYR", "BZD", "CAD", "CDF", "CHC", "CHE", "CHF", "CHW", "CLF", "CLP", "CNY", "COP", "COU",
    "CRC", "CSD", "CSJ", "CSK", "CUC", "CUP", "CVE", "CYP", "CZK", "DDM", "DEM", "DJF", "DKK",
    "DOP", "DZD", "ECS", "ECV", "EEK", "EGP", "ERN", "ESA", "ESB", "ESP", "ETB", "EUR", "FIM",
    "FJD", "FKP", "FRF", "GBP", "GEK", "GEL", "GHC", "GHP", "GHS", "GIP", "GMD", "GNE", "GNF",
    "GNS", "GQE", "GRD", "GTQ", "GWE", "GWP", "GYD", "HKD", "HNL", "HRD", "HRK", "HTG", "HUF",
    "IDR", "IEP", "ILP", "ILR", "ILS", "INR", "IQD", "IRR", "ISJ", "ISK", "ITL", "JMD", "JOD",
    "JPY", "KES", "KGS", "KHR", "KMF", "KPW", "KRW", "KWD", "KYD", "KZT", "LAJ", "LAK", "LBP",
    "LKR", "LRD", "LSL", "LSM", "LTL", "LTT", "LUC", "LUF", "LUL", "LVL", "LVR", "LYD", "MAD",
    "MDL", "MGA", "MGF", "MKD", "MLF", "MMK", "MNT", "MOP", "MRO", "MRU", "MTL", "MTP", "MUR",
    "MVQ", "MVR", "MWK", "MXN", "MXP", "MXV", "MYR", "MZE", "MZM", "MZN", "NAD", "NGN", "NIC",
    "NIO", "NLG", "NOK", "NPR", "NZD", "OMR", "PAB", "PEH", "PEI", "PEN", "PES", "PGK", "PHP",
    "PKR", "PLN", "PLZ", "PTE", "PYG", "QAR", "RHD", "ROK", "ROL", "RON", "RSD", "RUB", "RUR",
    "RWF", "SAR", "SBD", "SCR", "SDD", "SDG", "SDP", "SEK", "SGD", "SHP", "SIT", "SKK", "SLL",
    "SOS", "SRD", "SRG", "SSP", "STD", "STN", "SUR", "SVC", "SYP", "SZL", "THB", "TJR", "TJS",
    "TMM", "TMT", "TND", "TOP", "TPE", "TRL", "TRY", "TTD", "TWD", "TZS", "UAH", "UAK", "UGS",
    "UGW", "UGX", "USD", "USN", "USS", "UYI", "UYN", "UYP", "UYU", "UYW", "UZS", "VEB", "VEF",
    "VES", "VNC", "VND", "VUV", "WST", "XAF", "XAG", "XAU", "XBA", "XBB", "XBC", "XBD", "XCD",
    "XDR", "XEU", "XFO", "XFU", "XOF", "XPD", "XPF", "XPT", "XRE", "XSU", "XTS", "XUA", "XXX",
    "YDD", "YER", "YUD", "YUM", "YUN", "ZAL", "ZAR", "ZMK", "ZMW", "ZRN", "ZRZ", "ZWC", "ZWD",
    "ZWL", "ZWN", "ZWR",
];

/// Whether `code` is a currency of the standard's codelist.
pub(super) fn is_currency(code: &str) -> bool {
    CURRENCIES.binary_search(&code).is_ok()
}

/// `{amount, currency}`, when the amount is a number and the currency one the standard
/// knows.
fn value(amount: &Value, currency: &Value) -> Option<Value> {
    let amount = amount.as_f64().filter(|a| a.is_finite() && *a >= 0.0)?;
    let currency = currency.as_str().map(str::trim)?;
    CURRENCIES
        .binary_search(&currency)
        .ok()
        .map(|_| json!({ "amount": amount, "currency": currency }))
}

/// The `submissionMethod` code of an analysis's method ("online portal", "email",
/// "by post", "hand delivery"…), in the languages the engine reads.
fn submission_method(method: &str) -> Option<&'static str> {
    let m = method.to_lowercase();
    let has = |words: &[&str]| words.iter().any(|w| m.contains(w));
    if has(&[
        "hand",
        "in person",
        "en mano",
        "en main propre",
        "persönlich",
        "a mano",
        "presencial",
    ]) {
        Some("inPerson")
    } else if has(&[
        "portal",
        "online",
        "electronic",
        "email",
        "e-mail",
        "upload",
        "platform",
        "plateforme",
        "plataforma",
        "piattaforma",
        "courriel",
        "correo electr",
    ]) {
        Some("electronicSubmission")
    } else if has(&[
        "post",
        "mail",
        "courier",
        "paper",
        "hard copy",
        "sealed",
        "courrier",
        "correo",
        "posta",
    ]) {
        Some("written")
    } else {
        None
    }
}

/// A milestone's `milestoneType` for a deadline kind.
fn milestone_type(what: &str) -> &'static str {
    if what.starts_with("project_") || what.contains("delivery") {
        "delivery"
    } else if [
        "award",
        "notification",
        "evaluation",
        "shortlist",
        "selection",
    ]
    .iter()
    .any(|w| what.contains(w))
    {
        "assessment"
    } else {
        "engagement"
    }
}

/// Deadline kinds that are not milestones: the two the tender's periods carry, the
/// publication (its start), and what is not a date of this tender.
const NOT_MILESTONES: &[&str] = &[
    "submission",
    "questions",
    "publication",
    "superseded_submission",
    "reference",
    "other",
];

/// A package document's `documentType`.
fn document_type(role: DocumentRole) -> &'static str {
    match role {
        DocumentRole::Rfp | DocumentRole::Amendment => "tenderNotice",
        DocumentRole::Annex => "biddingDocuments",
        DocumentRole::Clarification => "clarifications",
    }
}

/// `s` unless it is empty.
fn put(object: &mut Map<String, Value>, key: &str, value: Option<Value>) {
    if let Some(v) = value {
        object.insert(key.to_owned(), v);
    }
}

/// The release of a proposal's analysis `result` (see the module's comment).
pub fn release(p: &Proposal, result: &Value) -> Value {
    let summary = &result["summary"];
    let data = &result["extracted_data"];
    let ocid = format!("{OCID_PREFIX}-{}", p.id);
    let package = p.package();
    let amended = package.iter().any(|d| d.role.changes_facts());
    let mut tender = Map::new();
    tender.insert("id".into(), json!(format!("{}-tender", p.id)));
    let title = text(&data["title"])
        .or_else(|| text(&summary["title"]))
        .unwrap_or_else(|| plain_text(&p.title).into_owned());
    tender.insert("title".into(), json!(title));
    put(
        &mut tender,
        "description",
        text(&summary["key_focus"])
            .or_else(|| text(&data["key_focus"]))
            .map(Value::from),
    );

    // The issuer: the buyer and the procuring entity, with its contact point.
    let issuer = text(&data["issuer"]).or_else(|| text(&summary["donor"]));
    let mut parties = Vec::new();
    if let Some(name) = &issuer {
        let reference = json!({ "id": "issuer", "name": name });
        let party = issuer_party(data, name);
        parties.push(party);
        tender.insert("procuringEntity".into(), reference);
    }

    // Value: the ceiling (else the call's total), and the floor.
    let budget = &data["budget"];
    let currency = &budget["currency"];
    let ceiling = value(&budget["max"], currency).or_else(|| {
        value(
            &budget["total"]["amount"],
            budget["total"]["currency"]
                .as_str()
                .map_or(currency, |_| &budget["total"]["currency"]),
        )
    });
    put(&mut tender, "value", ceiling);
    put(&mut tender, "minValue", value(&budget["min"], currency));

    // Periods and milestones from the dated deadlines.
    let zone_notes = put_periods(&mut tender, data);

    // Who may bid, how bids are judged, how they are sent.
    put_terms(&mut tender, data, &zone_notes);

    // The package's documents, and what its amendments changed.
    put_documents(&mut tender, &package, result);

    let mut release = json!({
        "ocid": ocid,
        "id": p.analysis.job_id.map_or_else(|| p.id.to_string(), |j| j.to_string()),
        "date": p
            .analysis
            .completed_at
            .unwrap_or(p.updated_at)
            .to_rfc3339_opts(SecondsFormat::Secs, true),
        "tag": [if amended { "tenderAmendment" } else { "tender" }],
        "initiationType": "tender",
        "tender": Value::Object(tender),
    });
    if let Some(language) = data["language"]
        .as_str()
        .filter(|l| l.len() == 2 && l.bytes().all(|b| b.is_ascii_lowercase()))
    {
        release["language"] = json!(language);
    }
    if let Some(name) = issuer {
        release["buyer"] = json!({ "id": "issuer", "name": name });
        release["parties"] = json!(parties);
    }
    release
}

/// The issuer as a party (buyer and procuring entity), with the first contact as its
/// contact point.
fn issuer_party(data: &Value, name: &str) -> Value {
    let mut party = json!({ "id": "issuer", "name": name, "roles": ["buyer", "procuringEntity"] });
    if let Some(c) = data["contacts"].as_array().and_then(|c| c.first()) {
        let mut point = Map::new();
        put(&mut point, "name", text(&c["name"]).map(Value::from));
        put(&mut point, "email", text(&c["email"]).map(Value::from));
        put(&mut point, "telephone", text(&c["phone"]).map(Value::from));
        if !point.is_empty() {
            party["contactPoint"] = Value::Object(point);
        }
    }
    party
}

/// The tender, enquiry and milestone dates from the dated deadlines; the notes to add
/// where a time had no zone.
fn put_periods(tender: &mut Map<String, Value>, data: &Value) -> Vec<&'static str> {
    let deadlines: Vec<&Value> = data["deadlines"]
        .as_array()
        .map(|d| d.iter().collect())
        .unwrap_or_default();
    let first = |what: &str| deadlines.iter().find(|d| d["what"] == what).copied();
    let mut zone_notes = Vec::new();
    let mut tender_period = Map::new();
    if let Some((at, known)) = first("submission").and_then(date_time) {
        if !known {
            zone_notes.push("The document names no time zone for the submission deadline: tenderPeriod.endDate is the issuer's local time written as UTC.");
        }
        tender_period.insert("endDate".into(), json!(at));
    }
    if let Some((at, _)) = first("publication").and_then(date_time) {
        tender_period.insert("startDate".into(), json!(at));
    }
    if !tender_period.is_empty() {
        tender.insert("tenderPeriod".into(), Value::Object(tender_period));
    }
    if let Some((at, _)) = first("questions").and_then(date_time) {
        tender.insert("enquiryPeriod".into(), json!({ "endDate": at }));
        tender.insert("hasEnquiries".into(), json!(true));
    }
    let milestones: Vec<Value> = deadlines
        .iter()
        .filter_map(|d| {
            let what = d["what"].as_str().unwrap_or("deadline");
            if NOT_MILESTONES.contains(&what) {
                return None;
            }
            let (due, _) = date_time(d)?;
            let mut m = json!({
                "title": label(&plain_text(what)),
                "type": milestone_type(what),
                "dueDate": due,
                "status": "scheduled",
            });
            if let Some(q) = text(&d["quote"]) {
                m["description"] = json!(q);
            }
            Some(m)
        })
        .take(MAX_LIST)
        .enumerate()
        .map(|(i, mut m)| {
            m["id"] = json!(format!("milestone-{}", i + 1));
            m
        })
        .collect();
    if !milestones.is_empty() {
        tender.insert("milestones".into(), json!(milestones));
    }
    zone_notes
}

/// Who may bid, how bids are judged, and how they are sent (with the zone notes).
fn put_terms(tender: &mut Map<String, Value>, data: &Value, zone_notes: &[&str]) {
    let eligibility: Vec<String> = data["eligibility"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(text)
        .collect();
    if !eligibility.is_empty() {
        tender.insert("eligibilityCriteria".into(), json!(eligibility.join("\n")));
    }
    let criteria: Vec<String> = data["evaluation_criteria"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|c| {
            let name = text(&c["criterion"]).or_else(|| text(c))?;
            let weight = c["weight"]
                .as_f64()
                .map(|w| format!("{w}%"))
                .or_else(|| c["points"].as_f64().map(|p| format!("{p} points")));
            Some(match weight {
                Some(w) => format!("{name}: {w}"),
                None => name,
            })
        })
        .collect();
    if !criteria.is_empty() {
        tender.insert("awardCriteria".into(), json!("ratedCriteria"));
        tender.insert("awardCriteriaDetails".into(), json!(criteria.join("\n")));
    }
    let submission = &data["submission"];
    if let Some(code) = submission["method"].as_str().and_then(submission_method) {
        tender.insert("submissionMethod".into(), json!([code]));
    }
    let mut how: Vec<String> = [
        ("Method", &submission["method"]),
        ("Where", &submission["address"]),
        ("Format", &submission["format"]),
        ("Language", &submission["language"]),
    ]
    .into_iter()
    .filter_map(|(what, v)| text(v).map(|t| format!("{what}: {t}")))
    .collect();
    if let Some(pages) = submission["page_limit"].as_u64() {
        how.push(format!("Page limit: {pages}"));
    }
    how.extend(zone_notes.iter().map(|n| (*n).to_owned()));
    if !how.is_empty() {
        tender.insert("submissionMethodDetails".into(), json!(how.join("\n")));
    }
}

/// The package's documents, and an amendment per document that changes facts, saying
/// what it changed.
fn put_documents(tender: &mut Map<String, Value>, package: &[&DocumentRef], result: &Value) {
    let documents: Vec<Value> = package
        .iter()
        .take(MAX_LIST)
        .map(|d| {
            let mut doc = json!({
                "id": d.id(),
                "documentType": document_type(d.role),
                "title": plain_text(d.label()),
                "format": d.content_type,
            });
            if let Some(day) = d.issued_on {
                doc["datePublished"] = json!(format!("{day}T00:00:00Z"));
            }
            doc
        })
        .collect();
    if !documents.is_empty() {
        tender.insert("documents".into(), json!(documents));
    }
    let changes = result["changes"]
        .as_array()
        .map(Vec::as_slice)
        .unwrap_or(&[]);
    let amendments: Vec<Value> = package
        .iter()
        .filter(|d| d.role.changes_facts())
        .take(MAX_LIST)
        .map(|d| {
            let what: Vec<String> = changes
                .iter()
                .filter(|c| c["document_id"].as_str() == Some(d.id()))
                .map(|c| {
                    format!(
                        "{}: {} → {}",
                        text(&c["field"]).unwrap_or_default(),
                        show(&c["before"]),
                        show(&c["after"])
                    )
                })
                .collect();
            let mut a = json!({
                "id": d.id(),
                "rationale": format!("{} {}", label(d.role.as_str()), plain_text(d.label())),
                "description": if what.is_empty() {
                    "No fact the analysis tracks was changed by this document.".to_owned()
                } else {
                    what.join("\n")
                },
            });
            if let Some(day) = d.issued_on {
                a["date"] = json!(format!("{day}T00:00:00Z"));
            }
            a
        })
        .collect();
    if !amendments.is_empty() {
        tender.insert("amendments".into(), json!(amendments));
    }
}

/// A changed value as a reader says it.
fn show(v: &Value) -> String {
    match v {
        Value::Null => "—".to_owned(),
        Value::String(s) => plain_text(s).into_owned(),
        other => plain_text(&other.to_string()).into_owned(),
    }
}

#[utoipa::path(
    get,
    path = "/api/proposals/{id}/ocds",
    tag = "analysis",
    summary = "The analysis as an OCDS 1.1 release",
    description = "An Open Contracting Data Standard 1.1 release of the tender (tag `tender`, or `tenderAmendment` when the package holds amendments or clarifications): title, description, value and minimum value, tenderPeriod.endDate (the submission deadline with its zone's offset), enquiryPeriod.endDate, milestones for the other dated deadlines, eligibility and award criteria, submission method, the package's documents and amendments, and the issuer as buyer with its contact point. Valid against the standard's release schema. Carries `x-rfp-analysis-stale: true` when the package changed after the analysis.",
    params(ProposalPath),
    responses(
        (status = 200, description = "The release", body = Object, content_type = "application/json"),
        OwnedErrors,
        (status = 409, description = "No completed analysis yet", body = Problem, content_type = "application/problem+json"),
        CommonErrors,
    ),
)]
pub(crate) async fn ocds(
    super::workspace::SeenProposal { proposal, .. }: super::workspace::SeenProposal,
) -> Result<Response, ApiError> {
    let result = super::matrix::completed_result(&proposal)?;
    let response = (
        [
            (header::CONTENT_TYPE, "application/json".to_owned()),
            (
                header::CONTENT_DISPOSITION,
                format!(
                    "inline; filename=\"{}\"",
                    super::matrix::file_name(&proposal, "ocds", "json")
                ),
            ),
        ],
        axum::Json(release(&proposal, result)),
    )
        .into_response();
    Ok(super::matrix::mark_stale(&proposal, response))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_currency_table_is_sorted_for_its_search() {
        assert!(CURRENCIES.windows(2).all(|w| w[0] < w[1]));
        assert!(value(&json!(5), &json!("EUR")).is_some());
        assert!(value(&json!(5), &json!("$")).is_none());
        assert!(value(&json!(-5), &json!("EUR")).is_none());
    }

    #[test]
    fn a_deadline_keeps_its_zones_offset_and_an_unzoned_one_says_so() {
        assert_eq!(
            date_time(&json!({"date": "2027-03-15", "time": "17:00", "time_zone": "CET"})),
            Some(("2027-03-15T17:00:00+01:00".to_owned(), true))
        );
        assert_eq!(
            date_time(&json!({"date": "2027-06-15", "time": "17:00", "time_zone": "CET"})),
            Some(("2027-06-15T17:00:00+02:00".to_owned(), true))
        );
        assert_eq!(
            date_time(&json!({"date": "2027-03-15", "time": "10:00"})),
            Some(("2027-03-15T10:00:00Z".to_owned(), false))
        );
        assert_eq!(
            date_time(&json!({"date": "2027-03-15"})),
            Some(("2027-03-15T23:59:59Z".to_owned(), false))
        );
    }

    #[test]
    fn submission_methods_map_to_the_codelist_in_several_languages() {
        for (method, code) in [
            ("online portal", Some("electronicSubmission")),
            ("by e-mail", Some("electronicSubmission")),
            ("plateforme électronique", Some("electronicSubmission")),
            ("by post in a sealed envelope", Some("written")),
            ("correo certificado", Some("written")),
            ("hand delivery", Some("inPerson")),
            ("carrier pigeon", None),
        ] {
            assert_eq!(submission_method(method), code, "{method}");
        }
    }
}
