//! Footnotes across the whole report: each key defined once, well-formed, used exactly
//! once, no note inside a note.

use std::ops::Range;
use std::path::Path;

use super::Checker;
use crate::load::Text;
use crate::load::files::Footnotes;
use crate::markup::Inline;
use crate::messages::Message;

impl Checker<'_> {
    /// Records the footnote definitions of one `footnotes` map.
    pub(super) fn definitions(&mut self, file: &Path, defs: &Footnotes) {
        for (key, text) in &defs.0 {
            let key = key.clone();
            let key_at = self.key_before(file, &key, text);
            if !is_footnote_key(&key) {
                self.push(Message::FootnoteKey { key }, file, Some(key_at));
                continue;
            }
            if let Some((first_file, first_at)) = self.defs.get(&key) {
                let first = match self.sources.get(first_file) {
                    Some(src) => format!(
                        "{}:{}",
                        first_file.display(),
                        crate::diagnostic::position_of(src, first_at.start).line
                    ),
                    None => first_file.display().to_string(),
                };
                self.push(Message::FootnoteTwice { key, first }, file, Some(key_at));
                continue;
            }
            self.defs
                .insert(key.clone(), (file.to_path_buf(), key_at.clone()));
            let inlines = self.inlines(file, text);
            if inlines
                .iter()
                .any(|i| matches!(i, Inline::FootnoteRef { .. }))
            {
                self.push(Message::FootnoteNested, file, Some(text.byte_range()));
            }
            self.footnotes.insert(key, inlines);
        }
    }

    /// Every reference defined and used once, every definition used.
    pub(super) fn check_footnotes(&mut self) {
        let mut found = Vec::new();
        for (key, places) in &self.refs {
            for (file, at) in places.iter().skip(1) {
                found.push((
                    Message::FootnoteReused { key: key.clone() },
                    file.clone(),
                    at.clone(),
                ));
            }
            if !self.defs.contains_key(key) {
                for (file, at) in places {
                    found.push((
                        Message::FootnoteUndefined { key: key.clone() },
                        file.clone(),
                        at.clone(),
                    ));
                }
            }
        }
        for (key, (file, at)) in &self.defs {
            if !self.refs.contains_key(key) {
                found.push((
                    Message::FootnoteUnused { key: key.clone() },
                    file.clone(),
                    at.clone(),
                ));
            }
        }
        for (message, file, at) in found {
            self.push(message, &file, Some(at));
        }
    }

    /// The bytes of the mapping key `key` written before the value `text` (the nearest
    /// occurrence before the value), or the value's own bytes.
    fn key_before(&self, file: &Path, key: &str, text: &Text) -> Range<usize> {
        let start = text.byte_start();
        let found = self
            .sources
            .get(file)
            .and_then(|src| src.get(..start))
            .and_then(|before| before.rfind(key));
        match found {
            Some(at) => at..at + key.len(),
            None => start..start + text.byte_len().max(1),
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
