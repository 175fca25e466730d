//! The structural check: a file's tree against the JSON Schema of its kind. Reports every
//! unknown key (with the nearest known one), missing required key and wrong kind of
//! value in the file, each at its place.

use serde_json::Value;

use super::tree::{Node, Spot, range};
use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::messages::{Kind, Message};
use crate::source::{FileId, Source, Span};

/// Checks `tree` against `schema`; returns whether it conforms.
pub fn check(
    tree: &Spot<Node>,
    schema: &Value,
    (file, source): (FileId, &Source),
    diags: &mut Diagnostics,
) -> bool {
    if !matches!(tree.value, Node::Map(_)) {
        let message = Message::NotAMapping {
            found: node_kind(&tree.value),
        };
        diags.push(Diagnostic::spanned(message, Span::new(file, range(tree))));
        return false;
    }
    let mut checker = Checker {
        root: schema,
        file,
        text: source.text(),
        found: Vec::new(),
    };
    checker.node(tree, schema, range(tree));
    let ok = checker.found.is_empty();
    for d in checker.found {
        diags.push(d);
    }
    ok
}

struct Checker<'a> {
    root: &'a Value,
    file: FileId,
    /// The file's text, to tell `- Ghi chú: abc` (text with `: ` in it) from a mapping.
    text: &'a str,
    found: Vec<Diagnostic>,
}

impl<'a> Checker<'a> {
    /// `anchor`: where to point when something is missing (the key of this node).
    fn node(&mut self, node: &Spot<Node>, schema: &'a Value, anchor: std::ops::Range<usize>) {
        let schema = self.resolve(schema);
        let branches = self.branches(schema);
        // the branch whose type fits the node, if any
        let fitting = branches.iter().copied().find(|b| accepts(b, &node.value));
        let Some(branch) = fitting else {
            let expected = branches
                .iter()
                .find_map(|b| type_kind(b))
                .unwrap_or(Kind::Text);
            if expected == Kind::Text
                && let Some(colon) = self.colon_in_text(&node.value)
            {
                self.push(Message::YamlColon, colon..colon + 1);
                return;
            }
            // at the key: a list or mapping where a string belongs starts on the next line
            self.push(
                Message::WrongType {
                    expected,
                    found: node_kind(&node.value),
                },
                anchor,
            );
            return;
        };
        match &node.value {
            Node::Map(entries) => {
                // `- Chi tiết: …` where a block may be text or a mapping (a paragraph
                // with `: ` in it, not quoted): a sentence read as a key
                let known = branch.get("properties").and_then(Value::as_object);
                let sentence = matches!(entries.as_slice(), [(key, _)]
                    if key.value.contains(char::is_whitespace)
                        && !known.is_some_and(|p| p.contains_key(&key.value)));
                if sentence && let Some(colon) = self.colon_in_text(&node.value) {
                    self.push(Message::YamlColon, colon..colon + 1);
                    return;
                }
                self.map(entries, branch, anchor)
            }
            Node::List(items) => {
                if let Some(item_schema) = branch.get("items") {
                    for item in items {
                        self.node(item, item_schema, range(item));
                    }
                }
            }
            Node::Null | Node::Text(_) | Node::Number => {}
        }
    }

    fn map(
        &mut self,
        entries: &[(Spot<String>, Spot<Node>)],
        schema: &'a Value,
        anchor: std::ops::Range<usize>,
    ) {
        let properties = schema.get("properties").and_then(Value::as_object);
        let additional = schema.get("additionalProperties");
        // the keys a misspelt key was taken for: said once, as unknown
        let mut meant: Vec<String> = Vec::new();
        for (key, value) in entries {
            if let Some(prop) = properties.and_then(|p| p.get(&key.value)) {
                self.node(value, prop, range(key));
            } else if let Some(extra) = additional.filter(|a| a.is_object()) {
                self.node(value, extra, range(key));
            } else {
                let allowed: Vec<String> = properties
                    .into_iter()
                    .flat_map(|p| p.keys().cloned())
                    .collect();
                let suggestion = nearest(&key.value, &allowed);
                meant.extend(suggestion.clone());
                self.push(
                    Message::UnknownKey {
                        key: key.value.clone(),
                        suggestion,
                        allowed,
                    },
                    range(key),
                );
            }
        }
        let required = schema.get("required").and_then(Value::as_array);
        for key in required.into_iter().flatten().filter_map(Value::as_str) {
            if !entries.iter().any(|(k, _)| k.value == key) && !meant.iter().any(|m| m == key) {
                self.push(Message::MissingKey { key: key.into() }, anchor.clone());
            }
        }
    }

    /// The `:` of `Ghi chú: abc` where text belongs: a one-key mapping written on one
    /// line, key and value, which YAML reads as a mapping because of its `: `.
    fn colon_in_text(&self, node: &Node) -> Option<usize> {
        let Node::Map(entries) = node else {
            return None;
        };
        let [(key, value)] = entries.as_slice() else {
            return None;
        };
        let between = range(key).end..range(value).start;
        let gap = self.text.get(between.clone())?;
        if gap.contains('\n') || !matches!(value.value, Node::Text(_) | Node::Number) {
            return None;
        }
        gap.find(':').map(|i| between.start + i)
    }

    /// Follows `$ref` into `definitions` (and a one-branch `allOf`, which is how schemars
    /// gives a referenced type its own description).
    fn resolve(&self, schema: &'a Value) -> &'a Value {
        let mut schema = schema;
        for _ in 0..16 {
            if let Some([only]) = schema
                .get("allOf")
                .and_then(Value::as_array)
                .map(Vec::as_slice)
            {
                schema = only;
                continue;
            }
            let Some(target) = schema.get("$ref").and_then(Value::as_str) else {
                break;
            };
            let path = target.trim_start_matches("#/").split('/');
            let mut found = self.root;
            for part in path {
                match found.get(part) {
                    Some(v) => found = v,
                    None => return schema,
                }
            }
            schema = found;
        }
        schema
    }

    /// The alternatives of a schema: its `anyOf`/`oneOf` branches, or itself.
    fn branches(&self, schema: &'a Value) -> Vec<&'a Value> {
        for key in ["anyOf", "oneOf"] {
            if let Some(list) = schema.get(key).and_then(Value::as_array) {
                return list.iter().map(|b| self.resolve(b)).collect();
            }
        }
        vec![schema]
    }

    fn push(&mut self, message: Message, at: std::ops::Range<usize>) {
        self.found
            .push(Diagnostic::spanned(message, Span::new(self.file, at)));
    }
}

/// The JSON types a schema allows (`type` as a string or a list); none means any.
fn types(schema: &Value) -> Vec<&str> {
    match schema.get("type") {
        Some(Value::String(t)) => vec![t.as_str()],
        Some(Value::Array(ts)) => ts.iter().filter_map(Value::as_str).collect(),
        _ => Vec::new(),
    }
}

fn accepts(schema: &Value, node: &Node) -> bool {
    let types = types(schema);
    if types.is_empty() {
        return true;
    }
    types.iter().any(|t| match (*t, node) {
        ("null", Node::Null) => true,
        // a plain scalar such as 05 or 2021-04-28 reads as a string too
        ("string", Node::Text(_) | Node::Number) => true,
        ("number" | "integer", Node::Number) => true,
        ("number" | "integer", Node::Text(s)) => s.trim().replace(',', ".").parse::<f64>().is_ok(),
        ("array", Node::List(_)) => true,
        ("object", Node::Map(_)) => true,
        _ => false,
    })
}

fn type_kind(schema: &Value) -> Option<Kind> {
    types(schema).iter().find_map(|t| match *t {
        "string" => Some(Kind::Text),
        "array" => Some(Kind::List),
        "object" => Some(Kind::Map),
        "number" | "integer" => Some(Kind::Number),
        _ => None,
    })
}

fn node_kind(node: &Node) -> Kind {
    match node {
        Node::Null => Kind::Empty,
        Node::Text(_) => Kind::Text,
        Node::Number => Kind::Number,
        Node::List(_) => Kind::List,
        Node::Map(_) => Kind::Map,
    }
}

/// The known key nearest to a misspelt one, if it is near enough to be a typo.
fn nearest(key: &str, known: &[String]) -> Option<String> {
    let key = key.to_lowercase();
    known
        .iter()
        .map(|k| (strsim::damerau_levenshtein(&key, &k.to_lowercase()), k))
        .filter(|(d, k)| *d <= (k.chars().count() / 3).max(1))
        .min_by_key(|(d, _)| *d)
        .map(|(_, k)| k.clone())
}

#[cfg(test)]
mod tests {
    use super::nearest;

    #[test]
    fn typos_find_their_key() {
        let known: Vec<String> = ["place", "date", "summary", "body"]
            .map(String::from)
            .to_vec();
        assert_eq!(nearest("plaec", &known).as_deref(), Some("place"));
        assert_eq!(nearest("bodi", &known).as_deref(), Some("body"));
        assert_eq!(nearest("Summary", &known).as_deref(), Some("summary"));
        assert_eq!(nearest("chu-thich", &known), None);
    }
}
