//! The values of the data files that keep the place they were written: a text, a number,
//! a mapping key, a map of footnotes. Every check points at the exact character of a
//! problem through them; the file shapes (`files`, `blocks`, `figures`) are built of them.

use std::fmt;
use std::ops::Range;

use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};
use serde::de::{MapAccess, Visitor};
use serde::{Deserialize, Deserializer};
use serde_saphyr::{Location, Spanned};

use crate::source::{FileId, Span, range_of};

/// A text value with the place it was written.
#[derive(Debug, Clone, Deserialize)]
#[serde(transparent)]
pub struct Text(pub Spanned<String>);

impl Text {
    pub fn value(&self) -> &str {
        &self.0.value
    }

    /// The bytes of the scalar in its file (with its quotes, if any; at least one).
    pub fn range(&self) -> Range<usize> {
        range_of(&self.0.referenced)
    }

    /// The scalar's place in `file`.
    pub fn span(&self, file: FileId) -> Span {
        Span::new(file, self.range())
    }
}

/// A mapping key with the place it was written. (The YAML reader's located keys do not
/// pass through the wrapper that notices skipped keys, so the loader places each key
/// after reading, from its value's place: see [`Footnotes::place_keys`].)
#[derive(Debug, Clone, Deserialize)]
#[serde(from = "String")]
pub struct Key {
    value: String,
    range: Range<usize>,
}

impl From<String> for Key {
    fn from(value: String) -> Key {
        Key { value, range: 0..0 }
    }
}

impl Key {
    pub fn value(&self) -> &str {
        &self.value
    }

    /// The key's place in `file`.
    pub fn span(&self, file: FileId) -> Span {
        Span::new(file, self.range.clone())
    }
}

/// The place of a located list (`body`, `recipients`) in `file`.
pub fn list_span<T>(list: &Spanned<Vec<T>>, file: FileId) -> Span {
    Span::new(file, range_of(&list.referenced))
}

/// The bytes of a located node in its file (at least one).
pub fn location_range(loc: &Location) -> Range<usize> {
    let r = range_of(loc);
    r.start..r.end.max(r.start + 1)
}

impl JsonSchema for Text {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Text".into()
    }

    fn inline_schema() -> bool {
        true
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({ "type": "string" })
    }
}

/// A number with the place it was written.
#[derive(Debug, Clone, Deserialize)]
#[serde(transparent)]
pub struct Number(pub Spanned<f64>);

impl Number {
    pub fn value(&self) -> f64 {
        self.0.value
    }

    /// The bytes of the number in its file.
    pub fn range(&self) -> Range<usize> {
        location_range(&self.0.referenced)
    }

    /// The number's place in `file`.
    pub fn span(&self, file: FileId) -> Span {
        Span::new(file, range_of(&self.0.referenced))
    }
}

impl JsonSchema for Number {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Number".into()
    }

    fn inline_schema() -> bool {
        true
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({ "type": "number" })
    }
}

/// Footnote definitions in the order written: key → text, each with its place.
#[derive(Debug, Clone, Default)]
pub struct Footnotes(pub Vec<(Key, Text)>);

impl<'de> Deserialize<'de> for Footnotes {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Footnotes, D::Error> {
        struct Entries;
        impl<'de> Visitor<'de> for Entries {
            type Value = Footnotes;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("footnote key: text")
            }
            fn visit_unit<E: serde::de::Error>(self) -> Result<Footnotes, E> {
                Ok(Footnotes::default())
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Footnotes, A::Error> {
                let mut entries = Vec::new();
                while let Some(entry) = map.next_entry::<Key, Text>()? {
                    entries.push(entry);
                }
                Ok(Footnotes(entries))
            }
        }
        d.deserialize_map(Entries)
    }
}

impl Footnotes {
    /// Places each key in `source`: written before its value, as `key:` or `"key":`.
    /// A key that cannot be found there is placed at its value.
    pub fn place_keys(&mut self, source: &str) {
        for (key, text) in &mut self.0 {
            let at = text.range();
            key.range = key_before(source, at.start, &key.value).unwrap_or(at);
        }
    }
}

/// The bytes of mapping key `key` whose value starts at byte `value`.
fn key_before(source: &str, value: usize, key: &str) -> Option<Range<usize>> {
    let before = source.get(..value)?.trim_end();
    let before = before.strip_suffix(':')?.trim_end();
    for quote in ['"', '\'', ' '] {
        let inner = if quote == ' ' {
            before
        } else {
            match before.strip_suffix(quote) {
                Some(b) => b,
                None => continue,
            }
        };
        if inner.ends_with(key) {
            let end = inner.len();
            return Some(end - key.len()..end);
        }
    }
    None
}

impl JsonSchema for Footnotes {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Footnotes".into()
    }

    fn inline_schema() -> bool {
        true
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "type": "object",
            "description": "Chú thích cuối trang, theo khóa: `khoa: nội dung`. Khóa gồm chữ thường không dấu, số và `-`; trong văn bản, đặt `[^khoa]` ngay sau từ cần chú thích.",
            "additionalProperties": { "type": "string" }
        })
    }
}
