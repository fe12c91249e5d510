//! The deadlines of a proposal's analysis as an iCalendar file (RFC 5545, written by
//! the `icalendar` crate) a bid team imports into its calendar: one event per dated
//! deadline, the quote in its description, and reminders 7 days and 1 day before the
//! submission deadline.
//!
//! A deadline's time is given in the zone its document names ("17:00 CET", "5:00 PM
//! Eastern Time", "East Africa Time"). [`zone`] reads that label as an IANA zone, so the
//! instant follows the zone's daylight-saving rules on that date, and the event starts
//! at that instant in UTC: every calendar program shows it in its user's own zone. A
//! time in an unnamed zone ("local time") is written as floating local time, and a
//! date without a time as an all-day event.

use axum::Router;
use axum::http::header;
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use chrono::{DateTime, Duration, NaiveDate, NaiveDateTime, NaiveTime, TimeZone, Utc};
use chrono_tz::Tz;
use icalendar::{Alarm, Calendar, Component, Event, EventLike};
use serde_json::Value;
use sha2::{Digest, Sha256};

use rfp_shared::domain::{Proposal, cap_chars as clip, plain_text};

use crate::AppState;
use crate::error::{ApiError, CommonErrors, OwnedErrors, Problem, ProblemCode};
use crate::extractors::ProposalPath;

/// Most events a calendar has, whatever the analysis holds.
const MAX_EVENTS: usize = 200;

/// Longest description, in characters (a quote from a model could be long).
const MAX_DESCRIPTION_CHARS: usize = 2000;

/// The deadline kinds that are not a date for the bid team to act on: project dates,
/// publication, legal references and replaced deadlines.
const NOT_FOR_THE_CALENDAR: &[&str] = &[
    "superseded_submission",
    "other",
    "reference",
    "publication",
    "project_start",
    "project_end",
];

pub fn router() -> Router<AppState> {
    Router::new().route("/api/proposals/{id}/deadlines.ics", get(deadlines))
}

/// When a deadline falls.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum When {
    /// A time in a named zone: that instant.
    Instant(DateTime<Utc>),
    /// A time in an unnamed zone ("local time"): the wall clock of wherever the reader is.
    Floating(NaiveDateTime),
    /// A date without a time.
    Day(NaiveDate),
}

/// The IANA zone a document's zone label means: an abbreviation ("CET", "EAT", "ET"),
/// a zone name ("Central European Time", "Eastern Standard Time"), or a place ("heure
/// de Paris", "hora peninsular", "Kenya time"). `None` for a label that names no place
/// ("local time", "heure locale", "Ortszeit").
///
/// Abbreviations stand for the region's civil time, not strictly for the standard or
/// daylight offset they spell: documents write "5 p.m. EST" in July and "17:00 CET" in
/// June, meaning the clock on the issuer's wall.
pub fn zone(label: &str) -> Option<Tz> {
    use chrono_tz::{Africa, America, Asia, Europe, Indian, Pacific};
    let abbreviation = match label.trim() {
        "ET" | "EST" | "EDT" => Some(America::New_York),
        "CT" | "CST" | "CDT" => Some(America::Chicago),
        "MT" | "MST" | "MDT" => Some(America::Denver),
        "PT" | "PST" | "PDT" => Some(America::Los_Angeles),
        "AKST" | "AKDT" => Some(America::Anchorage),
        "HST" => Some(Pacific::Honolulu),
        "UTC" | "GMT" | "Z" => Some(Tz::UTC),
        "CET" | "CEST" => Some(Europe::Brussels),
        "EET" | "EEST" => Some(Europe::Athens),
        "WET" | "WEST" => Some(Europe::Lisbon),
        "BST" => Some(Europe::London),
        "EAT" => Some(Africa::Nairobi),
        "WAT" => Some(Africa::Lagos),
        "CAT" => Some(Africa::Maputo),
        "SAST" => Some(Africa::Johannesburg),
        "IST" => Some(Asia::Kolkata),
        "GST" => Some(Asia::Dubai),
        _ => None,
    };
    if abbreviation.is_some() {
        return abbreviation;
    }
    let lower = format!(" {} ", label.to_lowercase().replace(['\'', '’'], " "));
    let has = |words: &str| lower.contains(&format!(" {words} "));
    // Names of zones, the longest first: "central european" before "central".
    const NAMES: &[(&str, Tz)] = &[
        ("central european", Europe::Brussels),
        ("western european", Europe::Lisbon),
        ("eastern european", Europe::Athens),
        ("central africa", Africa::Maputo),
        ("central african", Africa::Maputo),
        ("east africa", Africa::Nairobi),
        ("east african", Africa::Nairobi),
        ("eastern africa", Africa::Nairobi),
        ("west africa", Africa::Lagos),
        ("west african", Africa::Lagos),
        ("south africa", Africa::Johannesburg),
        ("south african", Africa::Johannesburg),
        ("greenwich mean", Tz::UTC),
        ("coordinated universal", Tz::UTC),
        ("universal", Tz::UTC),
        ("british", Europe::London),
        ("india", Asia::Kolkata),
        ("indian", Asia::Kolkata),
        ("gulf", Asia::Dubai),
        ("eastern", America::New_York),
        ("central", America::Chicago),
        ("mountain", America::Denver),
        ("pacific", America::Los_Angeles),
        ("alaska", America::Anchorage),
        ("hawaii", Pacific::Honolulu),
        // Places a document names its time by ("heure de Paris", "ora di Roma").
        ("peninsular", Europe::Madrid),
        ("madrid", Europe::Madrid),
        ("españa", Europe::Madrid),
        ("paris", Europe::Paris),
        ("france", Europe::Paris),
        ("bruxelles", Europe::Brussels),
        ("brussels", Europe::Brussels),
        ("brüssel", Europe::Brussels),
        ("luxembourg", Europe::Luxembourg),
        ("genève", Europe::Zurich),
        ("geneva", Europe::Zurich),
        ("berlin", Europe::Berlin),
        ("roma", Europe::Rome),
        ("rome", Europe::Rome),
        ("italia", Europe::Rome),
        ("italiana", Europe::Rome),
        ("lisboa", Europe::Lisbon),
        ("lisbon", Europe::Lisbon),
        ("portugal", Europe::Lisbon),
        ("brasília", America::Sao_Paulo),
        ("brasilia", America::Sao_Paulo),
        ("london", Europe::London),
        ("nairobi", Africa::Nairobi),
        ("kenya", Africa::Nairobi),
        ("madagascar", Indian::Antananarivo),
        ("antananarivo", Indian::Antananarivo),
        ("dakar", Africa::Dakar),
        ("abidjan", Africa::Abidjan),
        ("kinshasa", Africa::Kinshasa),
        ("lagos", Africa::Lagos),
        ("new york", America::New_York),
        ("washington", America::New_York),
    ];
    NAMES.iter().find(|(name, _)| has(name)).map(|(_, tz)| *tz)
}

/// When a deadline of the analysis falls: its `date` (ISO 8601), `time` (`HH:MM`) and
/// `time_zone` label. `None` when the date is not a date.
pub fn when(deadline: &Value) -> Option<When> {
    let date = deadline["date"].as_str()?.trim();
    let date = NaiveDate::parse_from_str(date.get(..10)?, "%Y-%m-%d").ok()?;
    let Some(time) = deadline["time"].as_str() else {
        return Some(When::Day(date));
    };
    // "24:00" is the end of the day.
    let local = if time.trim() == "24:00" {
        (date + Duration::days(1)).and_time(NaiveTime::MIN)
    } else {
        match NaiveTime::parse_from_str(time.trim(), "%H:%M") {
            Ok(t) => date.and_time(t),
            Err(_) => return Some(When::Day(date)),
        }
    };
    let Some(tz) = deadline["time_zone"].as_str().and_then(zone) else {
        return Some(When::Floating(local));
    };
    // A wall-clock time that the zone's clocks skip or repeat: its first instant, or
    // the instant an hour on.
    let instant = tz.from_local_datetime(&local).earliest().or_else(|| {
        tz.from_local_datetime(&(local + Duration::hours(1)))
            .earliest()
    })?;
    Some(When::Instant(instant.with_timezone(&Utc)))
}

/// A deadline kind as a reader says it: `information_session` → "Information session".
pub(super) fn label(what: &str) -> String {
    let words = what.replace('_', " ");
    let mut chars = words.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => "Deadline".to_owned(),
    }
}

/// A TEXT value (RFC 5545 §3.3.11) for a property the `icalendar` crate writes raw
/// (`NAME`, whose type it does not know): its backslashes, commas, semicolons and line
/// breaks escaped, so a title cannot end the line and forge a property.
fn ics_text(s: &str) -> String {
    plain_text(s)
        .replace('\\', "\\\\")
        .replace(',', "\\,")
        .replace(';', "\\;")
        .replace('\n', "\\n")
}

/// The file: the crate's rendering, less the `DTSTAMP` it writes into every alarm with
/// the time of the export (RFC 5545 gives an alarm none), so the same analysis exports
/// the same bytes. Values are escaped and hold no line breaks, so a line that is exactly
/// a `DTSTAMP` property inside a `VALARM` is one the crate wrote.
fn render(calendar: &Calendar) -> String {
    let text = calendar.to_string();
    let mut out = String::with_capacity(text.len());
    let mut in_alarm = false;
    for line in text.split_inclusive("\r\n") {
        match line.trim_end_matches("\r\n") {
            "BEGIN:VALARM" => in_alarm = true,
            "END:VALARM" => in_alarm = false,
            l if in_alarm && l.starts_with("DTSTAMP:") => continue,
            _ => {}
        }
        out.push_str(line);
    }
    out
}

/// The calendar of an analysis's deadlines, as its file, or `None` when none is
/// dated. Every text from the analysis passes [`plain_text`] first: a quote with a
/// bare CR or an escape sequence must not forge a line or reach a terminal.
pub fn calendar(proposal: &Proposal, result: &Value) -> Option<String> {
    let deadlines = result["extracted_data"]["deadlines"].as_array()?;
    // The team's last correction counts as a change of the file too.
    let edited_at = result["workspace"]["updated_at"]
        .as_str()
        .and_then(|t| t.parse::<DateTime<Utc>>().ok());
    let stamp = proposal
        .analysis
        .completed_at
        .unwrap_or(proposal.updated_at)
        .max(edited_at.unwrap_or(DateTime::<Utc>::MIN_UTC));
    let title = plain_text(clip(&proposal.title, 200)).into_owned();
    // An analysis of an older package says so in the file, and in each event, where a
    // calendar program shows it.
    let stale = proposal.analysis_is_stale();
    let mut calendar = empty_calendar(&title, stale);
    let mut reminded = false;
    let mut uids = std::collections::HashSet::new();
    let mut events = 0;
    for d in deadlines {
        if events == MAX_EVENTS {
            break;
        }
        let what = d["what"].as_str().unwrap_or("deadline");
        if NOT_FOR_THE_CALENDAR.contains(&what) {
            continue;
        }
        let what = plain_text(clip(what, 100));
        let what = &*what;
        let Some(when) = when(d) else { continue };
        let mut event = Event::new();
        // The same deadline of the same proposal has the same UID on every export, so a
        // re-import updates the event instead of adding a second one.
        let digest = Sha256::digest(format!("{}\n{what}\n{}", proposal.id, d["date"]).as_bytes());
        let uid = format!("{}@rfp-analyzer", hex::encode(&digest[..12]));
        if !uids.insert(uid.clone()) {
            // The same deadline twice (a model may repeat one): one event.
            continue;
        }
        event.uid(&uid);
        // Stamped with the analysis it comes from: the same analysis exports the same
        // file, and a new one is seen by calendar programs as an update.
        event.timestamp(stamp);
        let edited = &d["edited"];
        let summary = if edited.is_object() {
            format!("{} (edited): {title}", label(what))
        } else {
            format!("{}: {title}", label(what))
        };
        event.summary(&if stale {
            format!("[Out of date] {summary}")
        } else {
            summary
        });
        let description = description(proposal, d, stale, &when);
        event.description(description.trim_end());
        match when {
            When::Instant(at) => event.starts(at),
            When::Floating(at) => event.starts(at),
            // An all-day event ends (exclusively) the next day.
            When::Day(day) => event.starts(day).ends(day + Duration::days(1)),
        };
        if what == "submission" && !reminded {
            reminded = true;
            for (days, text) in [(7, "in 7 days"), (1, "tomorrow")] {
                let mut alarm = Alarm::display(
                    &format!("Submission deadline {text}: {title}"),
                    -Duration::days(days),
                );
                // RFC 5545 gives an alarm no DTSTAMP (`render` drops the one the crate
                // writes); its UID (RFC 9074) is derived, so the same analysis always
                // exports the same file.
                alarm.uid(&format!("{uid}-{days}d"));
                event.alarm(alarm.done());
            }
        }
        calendar.push(event.done());
        events += 1;
    }
    (events > 0).then(|| render(&calendar.done()))
}

/// A calendar with its properties and no event yet: named after the proposal's
/// `title`, marked when the analysis is `stale`.
fn empty_calendar(title: &str, stale: bool) -> Calendar {
    let mut calendar = Calendar::empty();
    for (key, value) in [
        ("VERSION", "2.0"),
        ("PRODID", "-//RFP Analyzer//Deadlines//EN"),
        ("CALSCALE", "GREGORIAN"),
        ("METHOD", "PUBLISH"),
    ] {
        calendar.append_property(icalendar::Property::new(key, value));
    }
    let name = format!("Deadlines: {title}");
    calendar.append_property(icalendar::Property::new("NAME", ics_text(&name)));
    calendar.append_property(icalendar::Property::new("X-WR-CALNAME", name));
    if stale {
        calendar.append_property(icalendar::Property::new("X-RFP-ANALYSIS-STALE", "TRUE"));
    }
    calendar
}

/// An event's description: out of date or not, the time as the document states it,
/// the team's correction, a floating time's caveat, and the quote.
fn description(proposal: &Proposal, d: &Value, stale: bool, when: &When) -> String {
    let edited = &d["edited"];
    let mut description = String::new();
    if stale {
        description.push_str(&super::matrix::stale_warning(proposal));
        description.push('\n');
    }
    if let (Some(time), zone) = (d["time"].as_str(), d["time_zone"].as_str()) {
        let stated = format!(
            "{} {}{}",
            clip(d["date"].as_str().unwrap_or_default(), 40),
            clip(time, 40),
            zone.map(|z| format!(" {}", clip(z, 80)))
                .unwrap_or_default()
        );
        description.push_str(&format!(
            "As the document states it: {}.\n",
            plain_text(&stated)
        ));
    }
    if edited.is_object() {
        let by = plain_text(clip(edited["by"].as_str().unwrap_or("the team"), 200)).into_owned();
        let at = edited["at"].as_str().unwrap_or_default();
        let at = clip(at, 16).replace('T', " ");
        description.push_str(&format!("Corrected by {by} ({at} UTC)"));
        if let Some(note) = edited["note"].as_str() {
            description.push_str(&format!(": {}", plain_text(clip(note, 500))));
        }
        if let Some(was) = edited["was"]["date"].as_str() {
            description.push_str(&format!(
                ". The analysis had read {}",
                plain_text(clip(was, 40))
            ));
        }
        description.push_str(".\n");
    }
    if let When::Floating(_) = when {
        description.push_str("The document names no time zone: the issuer's local time.\n");
    }
    if let Some(quote) = d["quote"].as_str() {
        description.push_str(&format!(
            "\u{201c}{}\u{201d}",
            plain_text(clip(quote, MAX_DESCRIPTION_CHARS))
        ));
    }
    description
}

#[utoipa::path(
    get,
    path = "/api/proposals/{id}/deadlines.ics",
    tag = "analysis",
    summary = "The analysis's deadlines as an iCalendar file",
    description = "One event per dated deadline of the analysis (submission, questions, information session…), with its quote in the description. A time in a named zone (\"17:00 CET\", \"East Africa Time\") starts at that instant in UTC, by the zone's own daylight-saving rules on that date; a time in \"local time\" is floating; a date without a time is an all-day event. The submission deadline has reminders 7 days and 1 day before.",
    params(ProposalPath),
    responses(
        (status = 200, description = "The calendar (RFC 5545)", body = String, content_type = "text/calendar"),
        OwnedErrors,
        (status = 409, description = "No completed analysis yet, or one without a dated deadline", body = Problem, content_type = "application/problem+json"),
        CommonErrors,
    ),
)]
pub(crate) async fn deadlines(
    super::workspace::SeenProposal { proposal, .. }: super::workspace::SeenProposal,
) -> Result<Response, ApiError> {
    let result = super::matrix::completed_result(&proposal)?;
    let Some(calendar) = calendar(&proposal, result) else {
        return Err(ApiError::new(
            ProblemCode::NoDatedDeadlines,
            "The analysis found no dated deadline to put in a calendar.",
        ));
    };
    let response = (
        [
            (
                header::CONTENT_TYPE,
                "text/calendar; charset=utf-8".to_owned(),
            ),
            (
                header::CONTENT_DISPOSITION,
                format!(
                    "attachment; filename=\"{}\"",
                    super::matrix::file_name(&proposal, "deadlines", "ics")
                ),
            ),
        ],
        calendar,
    )
        .into_response();
    Ok(super::matrix::mark_stale(&proposal, response))
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn instant(date: &str, time: &str, zone: &str) -> DateTime<Utc> {
        match when(&json!({"date": date, "time": time, "time_zone": zone})) {
            Some(When::Instant(at)) => at,
            other => panic!("{date} {time} {zone}: {other:?}"),
        }
    }

    fn utc(s: &str) -> DateTime<Utc> {
        DateTime::parse_from_rfc3339(s).unwrap().with_timezone(&Utc)
    }

    #[test]
    fn a_time_in_a_named_zone_is_its_instant_by_that_zones_rules_on_that_date() {
        // Winter and summer in Brussels.
        assert_eq!(
            instant("2027-03-15", "17:00", "CET"),
            utc("2027-03-15T16:00:00Z")
        );
        assert_eq!(
            instant("2027-06-15", "17:00", "CET"),
            utc("2027-06-15T15:00:00Z")
        );
        assert_eq!(
            instant("2027-06-15", "17:00", "CEST"),
            utc("2027-06-15T15:00:00Z")
        );
        // East Africa has no daylight saving: UTC+3 all year.
        assert_eq!(
            instant("2025-08-24", "12:00", "EAT"),
            utc("2025-08-24T09:00:00Z")
        );
        assert_eq!(
            instant("2025-01-24", "12:00", "East Africa Time"),
            utc("2025-01-24T09:00:00Z")
        );
        // "EST" in July is what the issuer's clock says: EDT.
        assert_eq!(
            instant("2026-07-01", "17:00", "EST"),
            utc("2026-07-01T21:00:00Z")
        );
        assert_eq!(
            instant("2026-01-12", "14:00", "Eastern Standard Time"),
            utc("2026-01-12T19:00:00Z")
        );
        assert_eq!(
            instant("2026-01-12", "14:00", "Central European Time"),
            utc("2026-01-12T13:00:00Z")
        );
        assert_eq!(
            instant("2026-01-12", "14:00", "heure de Paris"),
            utc("2026-01-12T13:00:00Z")
        );
        assert_eq!(
            instant("2026-05-04", "13:00", "hora peninsular"),
            utc("2026-05-04T11:00:00Z")
        );
        assert_eq!(
            instant("2026-05-04", "13:00", "GMT"),
            utc("2026-05-04T13:00:00Z")
        );
        assert_eq!(
            instant("2026-05-04", "24:00", "UTC"),
            utc("2026-05-05T00:00:00Z")
        );
    }

    #[test]
    fn a_zone_that_names_no_place_is_floating_and_a_date_alone_is_a_day() {
        let floating =
            when(&json!({"date": "2026-05-04", "time": "10:00", "time_zone": "local time"}));
        assert!(matches!(floating, Some(When::Floating(_))), "{floating:?}");
        assert!(matches!(
            when(&json!({"date": "2026-05-04", "time": "10:00"})),
            Some(When::Floating(_))
        ));
        assert_eq!(
            when(&json!({"date": "2026-05-04"})),
            Some(When::Day(NaiveDate::from_ymd_opt(2026, 5, 4).unwrap()))
        );
        assert_eq!(when(&json!({"date": "the fourth of May"})), None);
        assert_eq!(when(&json!({"date": "2026-13-04"})), None);
        assert_eq!(zone("Ortszeit"), None);
        assert_eq!(zone("heure locale"), None);
    }

    fn proposal() -> Proposal {
        Proposal::new(
            rfp_shared::ids::Owner::parse("someone").unwrap(),
            "Call".into(),
            Utc::now(),
        )
    }

    #[test]
    fn the_calendar_keeps_the_dates_to_act_on_once_each_and_reminds_of_the_first_submission() {
        let result = json!({"extracted_data": {"deadlines": [
            {"what": "submission", "date": "2027-03-15", "time": "17:00", "time_zone": "local time", "quote": "by 15 March 2027 at 17:00 local time"},
            {"what": "submission", "date": "2027-03-15", "time": "17:00", "time_zone": "local time"},
            {"what": "site visit", "date": "2027-02-01"},
            {"what": "project_start", "date": "2027-06-01"},
            {"what": "superseded_submission", "date": "2027-03-01"},
            {"what": "questions", "date": "soon"},
        ]}});
        let text = calendar(&proposal(), &result).unwrap().to_string();
        assert_eq!(text.matches("BEGIN:VEVENT").count(), 2, "{text}");
        assert_eq!(text.matches("BEGIN:VALARM").count(), 2, "{text}");
        assert!(
            text.contains("DTSTART:20270315T170000\r\n"),
            "floating: {text}"
        );
        assert!(text.contains("the issuer's local time"), "{text}");
        assert!(text.contains("SUMMARY:Site visit: Call"), "{text}");
        assert!(!text.contains("20270601"), "{text}");
        assert!(!text.contains("20270301"), "{text}");

        let none = json!({"extracted_data": {"deadlines": [{"what": "project_end", "date": "2027-12-31"}]}});
        assert!(calendar(&proposal(), &none).is_none());
        assert!(calendar(&proposal(), &json!({"extracted_data": {}})).is_none());
        let many: Vec<Value> = (0..1000)
            .map(|i| json!({"what": format!("milestone {i}"), "date": "2027-01-01"}))
            .collect();
        let text = calendar(&proposal(), &json!({"extracted_data": {"deadlines": many}}))
            .unwrap()
            .to_string();
        assert_eq!(text.matches("BEGIN:VEVENT").count(), MAX_EVENTS);
    }

    /// The properties of a calendar file as a strict reader sees them: lines split at
    /// any CR or LF (as some parsers do), continuation lines unfolded.
    fn strict_lines(text: &str) -> Vec<String> {
        let mut lines: Vec<String> = Vec::new();
        for raw in text.split(['\r', '\n']).filter(|l| !l.is_empty()) {
            match raw.strip_prefix(' ') {
                Some(more) => lines.last_mut().unwrap().push_str(more),
                None => lines.push(raw.to_owned()),
            }
        }
        lines
    }

    #[test]
    fn a_hostile_quote_or_title_cannot_forge_a_line_or_carry_a_control_character() {
        let mut p = proposal();
        p.title = "Call; with, commas\\ and a NAME:x".into();
        let result = json!({"extracted_data": {"deadlines": [{
            "what": "submission\rX-EVIL:1",
            "date": "2027-03-15", "time": "17:00\u{1b}[2J", "time_zone": "CET\rEND:VEVENT",
            "quote": "Bids close at 17:00.\rEND:VEVENT\rBEGIN:VEVENT\rSUMMARY:Forged\u{1b}]0;x\u{7}\u{0}",
        }]}});
        let text = calendar(&p, &result).unwrap();
        let bad: Vec<char> = text
            .chars()
            .filter(|c| c.is_control() && !matches!(c, '\r' | '\n'))
            .collect();
        assert!(bad.is_empty(), "{bad:?} in {text}");
        // Every CR is one of a CRLF line end.
        assert_eq!(text.matches('\r').count(), text.matches("\r\n").count());
        let lines = strict_lines(&text);
        assert_eq!(
            lines.iter().filter(|l| *l == "BEGIN:VEVENT").count(),
            1,
            "{text}"
        );
        assert!(
            !lines.iter().any(|l| l.starts_with("SUMMARY:Forged")),
            "{text}"
        );
        assert!(!lines.iter().any(|l| l.starts_with("X-EVIL")), "{text}");
        assert!(
            lines.contains(&"NAME:Deadlines: Call\\; with\\, commas\\\\ and a NAME:x".to_owned()),
            "{text}"
        );
        // And it still parses, with the calendar's name whole.
        let parsed: icalendar::Calendar = text.parse().unwrap();
        assert_eq!(parsed.components.len(), 1);
    }

    #[test]
    fn the_same_analysis_exports_the_same_bytes_alarms_included() {
        let result = json!({"extracted_data": {"deadlines": [
            {"what": "submission", "date": "2027-03-15", "time": "17:00", "time_zone": "CET"},
        ]}});
        let first = calendar(&proposal(), &result).unwrap();
        let mut in_alarm = false;
        for line in first.split("\r\n") {
            match line {
                "BEGIN:VALARM" => in_alarm = true,
                "END:VALARM" => in_alarm = false,
                l => assert!(!(in_alarm && l.starts_with("DTSTAMP")), "{first}"),
            }
        }
        assert_eq!(first.matches("BEGIN:VALARM").count(), 2);
        // The event's own DTSTAMP is the analysis's, not the time of the export.
        assert_eq!(first.matches("DTSTAMP:").count(), 1, "{first}");
    }

    #[test]
    fn an_out_of_date_analysis_says_so_in_the_calendar() {
        use rfp_shared::domain::DocumentRef;
        let mut p = proposal();
        let doc = |sha: &str| DocumentRef {
            bucket: "local".into(),
            key: rfp_shared::ids::BlobKey::parse("documents/x").unwrap(),
            sha256: sha.into(),
            content_type: "text/plain".into(),
            size: 1,
            filename: None,
            uploaded_at: Utc::now(),
            role: Default::default(),
            issued_on: None,
        };
        p.document = Some(doc("aaaa"));
        let result = json!({"meta": {"document_sha256": "aaaa"}, "extracted_data": {"deadlines": [
            {"what": "submission", "date": "2027-03-15"},
        ]}});
        p.analysis.result = Some(result.clone());
        let fresh = calendar(&p, &result).unwrap();
        assert!(
            !fresh.contains("STALE") && !fresh.contains("Out of date"),
            "{fresh}"
        );
        let mut amendment = doc("bbbb");
        amendment.role = rfp_shared::domain::DocumentRole::Amendment;
        p.documents.push(amendment);
        let stale = calendar(&p, &result).unwrap();
        assert!(stale.contains("X-RFP-ANALYSIS-STALE:TRUE\r\n"), "{stale}");
        assert!(
            stale.contains("SUMMARY:[Out of date] Submission: Call"),
            "{stale}"
        );
        assert!(stale.contains("OUT OF DATE"), "{stale}");
    }

    #[test]
    fn a_wall_clock_time_the_clocks_skip_is_read_as_the_next_hour() {
        // 02:30 on the night Brussels moves its clocks forward does not exist.
        assert_eq!(
            instant("2027-03-28", "02:30", "CET"),
            utc("2027-03-28T01:30:00Z")
        );
    }
}
