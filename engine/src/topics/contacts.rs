//! Contacts: e-mail addresses, with the telephone number said on the same line.

use std::sync::LazyLock;

use regex::Regex;
use serde_json::{Value, json};

use crate::limits::{StopFlag, Stopped, cap_chars};
use crate::text::{Line, has_any, quote, re};

static EMAIL: LazyLock<Regex> =
    LazyLock::new(|| re(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}"));
static PHONE: LazyLock<Regex> =
    LazyLock::new(|| re(r"\+?\(?\d{1,4}\)?[\s.-]?\d{2,4}(?:[\s.-]?\d{2,4}){1,3}"));

/// The contacts of `lines`, at most 10.
pub(super) fn find(lines: &[Line], stop: &StopFlag) -> Result<Vec<Value>, Stopped> {
    let mut contacts = Vec::new();
    'lines: for l in lines {
        stop.check()?;
        // The line's phone number, looked for once whatever its number of addresses.
        let mut phone: Option<Option<String>> = None;
        for m in EMAIL.find_iter(l.text) {
            if contacts.len() >= 10 {
                break 'lines;
            }
            let email = cap_chars(m.as_str().trim_end_matches('.'), 254);
            if contacts.iter().any(|c: &Value| c["email"] == email) {
                continue;
            }
            let mut c = json!({ "email": email, "quote": quote(l.text, m.range()) });
            let phone = phone.get_or_insert_with(|| {
                if !has_any(l.text, &["tel", "phone", "call"]) {
                    return None;
                }
                PHONE
                    .find_iter(l.text)
                    .find(|p| {
                        p.as_str().chars().filter(char::is_ascii_digit).count() >= 8
                            && crate::dates::dates(p.as_str(), crate::dates::Convention::DayFirst)
                                .is_empty()
                    })
                    .map(|p| cap_chars(p.as_str().trim(), 40).to_owned())
            });
            if let Some(p) = phone {
                c["phone"] = json!(p);
            }
            contacts.push(c);
        }
    }
    Ok(contacts)
}
