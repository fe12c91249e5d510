//! Reading a JSON object out of a model's text answer: inside ```` ```json ```` fences
//! with prose around it, bare and followed by prose, or anything in between. The prose
//! is kept as the analysis's narrative; nothing the model wrote is dropped.

use serde_json::Value;

/// The JSON object of an answer and the prose around it.
#[derive(Debug, Clone, PartialEq)]
pub struct Parsed {
    pub object: serde_json::Map<String, Value>,
    /// The text before and after the object, fences removed; `None` when blank.
    pub narrative: Option<String>,
}

/// At most this many `{` are tried as the start of an object, so a long answer of
/// prose full of braces cannot make parsing quadratic.
const MAX_STARTS: usize = 200;

/// Finds the analysis object in `text`: of the JSON objects it holds, the first with
/// both `summary` and `extracted_data`, else the largest. Fenced blocks are tried
/// first; then every `{` that starts a complete object (trailing prose is allowed,
/// the streaming parser stops at the end of the object).
pub fn parse(text: &str) -> Option<Parsed> {
    let mut candidates: Vec<(std::ops::Range<usize>, serde_json::Map<String, Value>)> = Vec::new();

    for (block, span) in fenced_blocks(text) {
        if let Some((object, _)) = object_at(block) {
            candidates.push((span, object));
        }
    }
    if candidates.is_empty() {
        let mut from = 0;
        let mut tries = 0;
        while let Some(offset) = text[from..].find('{') {
            let at = from + offset;
            tries += 1;
            if tries > MAX_STARTS {
                break;
            }
            match object_at(&text[at..]) {
                Some((object, len)) => {
                    candidates.push((at..at + len, object));
                    from = at + len;
                }
                None => from = at + 1,
            }
        }
    }

    let best = candidates
        .iter()
        .position(|(_, o)| o.contains_key("summary") && o.contains_key("extracted_data"))
        .or_else(|| {
            candidates
                .iter()
                .enumerate()
                .max_by_key(|(_, (span, _))| span.len())
                .map(|(i, _)| i)
        })?;
    let (span, object) = candidates.swap_remove(best);
    let prose = format!("{}\n\n{}", &text[..span.start], &text[span.end..]);
    let narrative = clean_prose(&prose);
    Some(Parsed { object, narrative })
}

/// The JSON object at the start of `text` (after whitespace) and the bytes it spans.
fn object_at(text: &str) -> Option<(serde_json::Map<String, Value>, usize)> {
    let trimmed = text.trim_start();
    let lead = text.len() - trimmed.len();
    if !trimmed.starts_with('{') {
        return None;
    }
    let mut stream = serde_json::Deserializer::from_str(trimmed).into_iter::<Value>();
    match stream.next() {
        Some(Ok(Value::Object(object))) => Some((object, lead + stream.byte_offset())),
        _ => None,
    }
}

/// The contents of each fenced code block (```` ``` ````, with or without a language)
/// and the span of the whole block, fences included.
fn fenced_blocks(text: &str) -> Vec<(&str, std::ops::Range<usize>)> {
    let mut out = Vec::new();
    let mut from = 0;
    while let Some(offset) = text[from..].find("```") {
        let open = from + offset;
        // The info string ends the opening line.
        let Some(line_end) = text[open..].find('\n').map(|i| open + i + 1) else {
            break;
        };
        let Some(close) = text[line_end..].find("```").map(|i| line_end + i) else {
            break;
        };
        out.push((&text[line_end..close], open..close + 3));
        from = close + 3;
    }
    out
}

/// Prose with leftover fences and surplus blank lines removed; `None` when empty.
fn clean_prose(prose: &str) -> Option<String> {
    let mut lines: Vec<&str> = Vec::new();
    for line in prose.lines() {
        let line = line.trim_end();
        if line.trim_start().starts_with("```") {
            continue;
        }
        if line.trim().is_empty() && lines.last().is_none_or(|l| l.trim().is_empty()) {
            continue;
        }
        lines.push(line);
    }
    while lines.last().is_some_and(|l| l.trim().is_empty()) {
        lines.pop();
    }
    let text = lines.join("\n");
    (!text.trim().is_empty()).then_some(text)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn fenced_json_with_prose_around_keeps_both() {
        let text = "Here is my reading.\n\nIt is a grant call.\n\n```json\n{\"summary\": {\"title\": \"X\"}, \"extracted_data\": {\"a\": [1, {\"b\": {\"c\": [\"}\"]}}]}}\n```\n\nLet me know.";
        let p = parse(text).unwrap();
        assert_eq!(p.object["summary"], json!({ "title": "X" }));
        assert_eq!(p.object["extracted_data"]["a"][1]["b"]["c"][0], "}");
        assert_eq!(
            p.narrative.as_deref(),
            Some("Here is my reading.\n\nIt is a grant call.\n\nLet me know.")
        );
    }

    #[test]
    fn bare_json_followed_by_prose() {
        let p = parse("{\"summary\": {}, \"extracted_data\": {}}\nThat is all {really}.").unwrap();
        assert!(p.object.contains_key("extracted_data"));
        assert_eq!(p.narrative.as_deref(), Some("That is all {really}."));
    }

    #[test]
    fn prefers_the_analysis_over_other_objects() {
        let text = "An example: {\"a\": 1}. The answer:\n{\"summary\": {}, \"extracted_data\": {}, \"x\": 2}";
        let p = parse(text).unwrap();
        assert_eq!(p.object["x"], 2);
    }

    #[test]
    fn deep_nesting_parses() {
        let deep = format!("{}1{}", "{\"a\":".repeat(100), "}".repeat(100));
        let text = format!("```\n{{\"summary\": {{}}, \"extracted_data\": {deep}}}\n```");
        assert!(parse(&text).is_some());
    }

    #[test]
    fn no_object_is_none() {
        assert!(parse("I cannot help with that.").is_none());
        assert!(parse("```json\n{\"summary\": \n```").is_none());
        assert!(parse("[1, 2]").is_none());
    }
}
