//! How the field probes (`fields_probe.rs`, `fresh_fields_probe.rs`) compare what the
//! engine gave with what a case expects: amounts within a cent, a date's day, a time's
//! minutes of the day.

// Each probe is a test crate of its own and uses only part of this module.
#![allow(dead_code)]

use serde_json::Value;

/// Whether two amounts are the same within a cent.
pub fn same(a: f64, b: f64) -> bool {
    (a - b).abs() < 0.01
}

/// A number, or the `amount` of an object holding one.
pub fn amount(v: &Value) -> Option<f64> {
    v.as_f64().or_else(|| v["amount"].as_f64())
}

/// The first ten characters of an ISO date.
pub fn day(v: &Value) -> Option<String> {
    let s = v.as_str()?.trim();
    (s.len() >= 10 && s.is_char_boundary(10)).then(|| s[..10].to_owned())
}

/// Minutes of the day of "14:30", "2:30 PM", "2:30 p.m.", "14h30", "14.30".
pub fn minutes(t: &str) -> Option<u32> {
    let t = t.trim().to_lowercase();
    let pm = t.contains("pm") || t.contains("p.m");
    let am = t.contains("am") || t.contains("a.m");
    let digits: Vec<u32> = t
        .split(|c: char| !c.is_ascii_digit())
        .filter(|s| !s.is_empty())
        .take(2)
        .map(|s| s.parse().ok())
        .collect::<Option<_>>()?;
    let (mut h, m) = match digits[..] {
        [h] => (h, 0),
        [h, m] => (h, m),
        _ => return None,
    };
    if pm && h < 12 {
        h += 12;
    }
    if am && h == 12 {
        h = 0;
    }
    (h <= 24 && m < 60).then_some(h * 60 + m)
}

/// The minutes of the day of the submission's time, when its date is the deadline's.
pub fn time_on(submission: Option<&Value>, deadline: Option<&str>) -> Option<u32> {
    submission
        .filter(|d| day(&d["date"]).as_deref() == deadline)
        .and_then(|d| d["time"].as_str().and_then(minutes))
}

/// A budget's minimum, maximum and total.
pub fn bounds(budget: &Value) -> (Option<f64>, Option<f64>, Option<f64>) {
    (
        amount(&budget["min"]),
        amount(&budget["max"]),
        amount(&budget["total"]),
    )
}
