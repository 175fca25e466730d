//! Footnotes across the whole report: each key defined once, well-formed, used exactly
//! once, no note inside a note.

use super::Checker;
use crate::diagnostic::Diagnostic;
use crate::load::files::Footnotes;
use crate::markup::Inline;
use crate::messages::{Message, Note};
use crate::source::{FileId, Span};

impl Checker<'_> {
    /// Records the footnote definitions of one `footnotes` map.
    pub(super) fn definitions(&mut self, file: FileId, defs: &Footnotes) {
        for (key, text) in &defs.0 {
            let key_at = key.span(file);
            let key = key.value().to_string();
            if !is_footnote_key(&key) {
                self.push(Message::FootnoteKey { key }, key_at);
                continue;
            }
            if let Some(first) = self.defs.get(&key) {
                let d = Diagnostic::spanned(Message::FootnoteTwice { key }, key_at)
                    .with_label(first.clone(), Note::FirstDefined);
                self.diags.push(d);
                continue;
            }
            self.defs.insert(key.clone(), key_at);
            let inlines = self.inlines(file, text);
            if inlines
                .iter()
                .any(|i| matches!(i, Inline::FootnoteRef { .. }))
            {
                self.push(Message::FootnoteNested, text.span(file));
            }
            self.footnotes.insert(key, inlines);
        }
    }

    /// Every reference defined and used once, every definition used.
    pub(super) fn check_footnotes(&mut self) {
        let at = |message, span: &Span| Diagnostic::spanned(message, span.clone());
        let mut found = Vec::new();
        for (key, places) in &self.refs {
            if let [first, again @ ..] = places.as_slice() {
                for place in again {
                    let message = Message::FootnoteReused { key: key.clone() };
                    let d = at(message, place).with_label(first.clone(), Note::FirstUsed);
                    found.push(d);
                }
            }
            if !self.defs.contains_key(key) {
                for place in places {
                    found.push(at(Message::FootnoteUndefined { key: key.clone() }, place));
                }
            }
        }
        for (key, place) in &self.defs {
            if !self.refs.contains_key(key) {
                found.push(at(Message::FootnoteUnused { key: key.clone() }, place));
            }
        }
        for d in found {
            self.diags.push(d);
        }
    }
}

/// A footnote key: lower-case ASCII letters, digits and `-`.
fn is_footnote_key(key: &str) -> bool {
    !key.is_empty()
        && key
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}

#[cfg(test)]
mod tests {
    use super::is_footnote_key;

    #[test]
    pub(super) fn footnote_keys() {
        assert!(is_footnote_key("hoi-quan") && is_footnote_key("m1"));
        assert!(!is_footnote_key("Khóa-Sai") && !is_footnote_key("a b") && !is_footnote_key(""));
    }
}
