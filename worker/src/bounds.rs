//! Bounds on a result, whatever produced it: no string longer than a reader needs and
//! no list longer than a reader reads, so a result's size has a ceiling whatever the
//! document (a one-line file of megabytes) or the model (an answer that repeats
//! itself) did. Strings are cut at a character boundary, so a cut quote is still a
//! verbatim piece of the document and still passes the quote check.

use serde_json::Value;

/// Longest string kept anywhere in a result, in characters (the semantic query, at
/// 250 words, is the longest value asked for).
pub const MAX_STRING_CHARS: usize = 4_000;
/// Longest list kept anywhere in a result.
pub const MAX_LIST_ITEMS: usize = 200;
/// Longest compliance matrix (a list under a `requirements` key): a large RFP has
/// hundreds of requirement statements, and a bid team needs every one. The offline
/// engine's own cap, so its matrix is never cut twice.
pub const MAX_REQUIREMENT_ITEMS: usize = rfp_engine::requirements::MAX_REQUIREMENTS;
/// Deepest nesting kept; deeper values are replaced by `null`.
pub const MAX_DEPTH: usize = 16;

/// Cuts every value of `v` over its bound; returns how many it cut.
pub fn cap_result(v: &mut Value) -> usize {
    let mut cut = 0;
    // An explicit stack: how deep a model nests its answer is not ours to choose.
    let mut todo: Vec<(&mut Value, usize, usize)> = vec![(v, 0, MAX_LIST_ITEMS)];
    while let Some((v, depth, max_items)) = todo.pop() {
        if depth >= MAX_DEPTH && (v.is_array() || v.is_object()) {
            *v = Value::Null;
            cut += 1;
            continue;
        }
        match v {
            Value::String(s) => {
                if let Some((at, _)) = s.char_indices().nth(MAX_STRING_CHARS) {
                    s.truncate(at);
                    cut += 1;
                }
            }
            Value::Array(items) => {
                if items.len() > max_items {
                    items.truncate(max_items);
                    cut += 1;
                }
                todo.extend(items.iter_mut().map(|i| (i, depth + 1, MAX_LIST_ITEMS)));
            }
            Value::Object(map) => todo.extend(map.iter_mut().map(|(k, i)| {
                let max = if k == "requirements" {
                    MAX_REQUIREMENT_ITEMS
                } else {
                    MAX_LIST_ITEMS
                };
                (i, depth + 1, max)
            })),
            _ => {}
        }
    }
    cut
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn long_strings_and_lists_are_cut_and_counted() {
        let mut v = json!({
            "title": { "value": "é".repeat(MAX_STRING_CHARS + 10), "quote": "short" },
            "items": (0..MAX_LIST_ITEMS + 5).map(|i| json!({ "text": i.to_string() })).collect::<Vec<_>>(),
        });
        assert_eq!(cap_result(&mut v), 2);
        assert_eq!(
            v["title"]["value"].as_str().unwrap().chars().count(),
            MAX_STRING_CHARS
        );
        assert_eq!(v["title"]["quote"], "short");
        assert_eq!(v["items"].as_array().unwrap().len(), MAX_LIST_ITEMS);
        assert_eq!(cap_result(&mut v), 0, "a capped result is within bounds");
    }

    #[test]
    fn the_compliance_matrix_has_its_own_longer_bound() {
        let rows = |n: usize| {
            (0..n)
                .map(|i| json!({ "text": i.to_string() }))
                .collect::<Vec<_>>()
        };
        let mut v = json!({ "extracted_data": { "requirements": rows(MAX_LIST_ITEMS + 50) } });
        assert_eq!(cap_result(&mut v), 0);
        let mut v =
            json!({ "extracted_data": { "requirements": rows(MAX_REQUIREMENT_ITEMS + 1) } });
        assert_eq!(cap_result(&mut v), 1);
        assert_eq!(
            v["extracted_data"]["requirements"]
                .as_array()
                .unwrap()
                .len(),
            MAX_REQUIREMENT_ITEMS
        );
    }

    #[test]
    fn deep_nesting_is_cut() {
        // As deep as serde_json parses (its recursion limit is 128).
        let mut v = json!(1);
        for _ in 0..120 {
            v = json!([v]);
        }
        assert_eq!(cap_result(&mut v), 1);
        let mut depth = 0;
        let mut at = &v;
        while let Some(inner) = at.get(0) {
            at = inner;
            depth += 1;
        }
        assert_eq!(depth, MAX_DEPTH);
    }
}
