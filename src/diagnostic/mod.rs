//! Diagnostics as data: every problem found becomes a [`Diagnostic`] (a catalogue
//! [`Message`], a file, a byte range in it), collected in [`Diagnostics`] together with the
//! text of every source read, and rendered once, at the edge (see `render` below).

pub mod render;

use std::collections::BTreeMap;
use std::ops::Range;
use std::path::{Path, PathBuf};

use crate::messages::Message;

/// How bad a problem is: errors block the build, warnings do not.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    Warning,
    Error,
}

/// A place in a source: 1-based line and column, the column counted in characters
/// (as an editor counts them on Vietnamese text).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Default)]
pub struct Position {
    pub line: usize,
    pub column: usize,
}

/// One problem: what, in which file, where in it (a byte range of the file's text).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    pub message: Message,
    pub file: PathBuf,
    pub range: Option<Range<usize>>,
    /// A spreadsheet cell (`Sheet1!B12`), for a problem in an XLSX file: a place that is
    /// not a byte range of a text.
    pub cell: Option<String>,
}

impl Diagnostic {
    pub fn new(message: Message, file: &Path) -> Self {
        Diagnostic {
            message,
            file: file.to_path_buf(),
            range: None,
            cell: None,
        }
    }

    /// The problem is at a spreadsheet cell, e.g. `Sheet1!B12`.
    pub fn at_cell(mut self, cell: String) -> Self {
        self.cell = Some(cell);
        self
    }

    /// The problem is at bytes `range` of the file.
    pub fn at(mut self, range: Range<usize>) -> Self {
        self.range = Some(range);
        self
    }

    pub fn severity(&self) -> Severity {
        self.message.severity()
    }
}

/// The diagnostics of one run, in the order found, and the sources they point into.
#[derive(Debug, Default)]
pub struct Diagnostics {
    list: Vec<Diagnostic>,
    sources: BTreeMap<PathBuf, String>,
}

impl Diagnostics {
    pub fn push(&mut self, d: Diagnostic) {
        self.list.push(d);
    }

    /// Records the text of a file, for positions and snippets.
    pub fn add_source(&mut self, path: &Path, text: String) {
        self.sources.insert(path.to_path_buf(), text);
    }

    pub fn source(&self, path: &Path) -> Option<&str> {
        self.sources.get(path).map(String::as_str)
    }

    pub fn has_errors(&self) -> bool {
        self.count(crate::diagnostic::Severity::Error) > 0
    }

    pub fn count(&self, severity: Severity) -> usize {
        self.list
            .iter()
            .filter(|d| d.severity() == severity)
            .count()
    }

    pub fn is_empty(&self) -> bool {
        self.list.is_empty()
    }

    pub fn iter(&self) -> impl Iterator<Item = &Diagnostic> {
        self.list.iter()
    }

    /// Moves the diagnostics and sources of `other` into this list.
    pub fn extend(&mut self, other: Diagnostics) {
        self.list.extend(other.list);
        self.sources.extend(other.sources);
    }

    /// The line and character column of a diagnostic's start, if it has a place.
    pub fn position(&self, d: &Diagnostic) -> Option<Position> {
        let range = d.range.as_ref()?;
        Some(position_of(self.source(&d.file)?, range.start))
    }
}

/// Line and character column of byte `offset` of `text` (clamped to a char boundary).
pub fn position_of(text: &str, offset: usize) -> Position {
    let mut offset = offset.min(text.len());
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    let before = &text[..offset];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    Position {
        line,
        column: before[line_start..].chars().count() + 1,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_count_characters_not_bytes() {
        let text = "a: 1\nđịa danh: Sa Đéc\n";
        let at = text.find("Sa").unwrap();
        assert_eq!(
            position_of(text, at),
            Position {
                line: 2,
                column: 11
            }
        );
        assert_eq!(position_of(text, 0), Position { line: 1, column: 1 });
        assert_eq!(position_of(text, 10_000), Position { line: 3, column: 1 });
    }
}
