//! The cells a table reads from a file (`rows_from:`), each with its place: a byte range
//! of the CSV text, or a sheet's cell (`Sheet1!B12`); and the ask of a table that the
//! readers of both kinds of file answer. Shared by the CSV and XLSX readers and the check,
//! which turns them into a table's rows.

use std::ops::Range;
use std::path::Path;

use super::files::RowsFromFile;
use crate::diagnostic::Diagnostic;
use crate::messages::{BlockMessage, Message};
use crate::numbers;
use crate::source::{FileId, Span};

/// A row of a file: never empty (a row with no cell is not kept).
#[derive(Debug, Clone)]
pub struct SheetRow {
    pub cells: Vec<SheetCell>,
}

impl SheetRow {
    /// The row as a whole: its first cell's place (a row is never empty).
    pub fn place(&self) -> Option<&Place> {
        self.cells.first().map(|c| &c.place)
    }
}

#[derive(Debug, Clone)]
pub struct SheetCell {
    pub value: SheetValue,
    pub place: Place,
}

#[derive(Debug, Clone, PartialEq)]
pub enum SheetValue {
    Text(String),
    /// An exact number and the decimals it shows.
    Number(numbers::Decimal, u32),
    Empty,
}

/// Where a cell is in its file: small, since a table may have 100,000 rows of them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Place {
    /// Bytes of the CSV text (at most 4 MiB), held in the source map as `file`.
    Text { file: FileId, start: u32, end: u32 },
    /// A cell of a sheet (0-based), named `Sheet1!B12`; the sheet's name is shared.
    Cell {
        sheet: std::sync::Arc<str>,
        row: u32,
        column: u32,
    },
}

impl Place {
    pub fn text(file: FileId, range: Range<usize>) -> Place {
        let at = |n: usize| u32::try_from(n).unwrap_or(u32::MAX);
        Place::Text {
            file,
            start: at(range.start),
            end: at(range.end),
        }
    }

    /// The place's two numbers: the CSV text's byte range, or the cell's row and column.
    pub fn numbers(&self) -> (u32, u32) {
        match *self {
            Place::Text { start, end, .. } => (start, end),
            Place::Cell { row, column, .. } => (row, column),
        }
    }

    /// The place of the same file (and sheet) at `numbers` ([`Place::numbers`]).
    pub fn with_numbers(&self, (a, b): (u32, u32)) -> Place {
        match self {
            Place::Text { file, .. } => Place::Text {
                file: *file,
                start: a,
                end: b,
            },
            Place::Cell { sheet, .. } => Place::Cell {
                sheet: sheet.clone(),
                row: a,
                column: b,
            },
        }
    }

    /// A diagnostic at this place of the file at `path`.
    pub fn diagnostic(&self, message: Message, path: &Path) -> Diagnostic {
        match self {
            Place::Text { file, start, end } => {
                Diagnostic::spanned(message, Span::new(*file, *start as usize..*end as usize))
            }
            Place::Cell { sheet, row, column } => {
                let cell = format!("{sheet}!{}", cell_name(*row, *column));
                Diagnostic::at_cell(message, path, cell)
            }
        }
    }
}

/// A table's `rows_from`, and the YAML file that names it (for problems with the name).
pub struct Request {
    pub spec: RowsFromFile,
    pub yaml: FileId,
}

impl Request {
    pub(super) fn at_name(&self, message: BlockMessage) -> Diagnostic {
        let at = Span::new(self.yaml, self.spec.file.range());
        Diagnostic::spanned(Message::Block(message), at)
    }

    /// The rows of the file to leave out (`skip`).
    pub(super) fn skip(&self) -> usize {
        self.spec
            .skip
            .as_ref()
            .map_or(0, |n| n.value().max(0.0) as usize)
    }
}

/// `A3:H12` → ((2, 0), (11, 7)), zero-based (row, column), corners in any order.
pub fn parse_range(s: &str) -> Option<((u32, u32), (u32, u32))> {
    let (a, b) = s.trim().split_once(':')?;
    let (r1, c1) = parse_cell(a)?;
    let (r2, c2) = parse_cell(b)?;
    Some(((r1.min(r2), c1.min(c2)), (r1.max(r2), c1.max(c2))))
}

/// `B12` → (11, 1).
fn parse_cell(s: &str) -> Option<(u32, u32)> {
    let s = s.trim().trim_start_matches('$');
    let letters: String = s.chars().take_while(char::is_ascii_alphabetic).collect();
    let digits = s[letters.len()..].trim_start_matches('$');
    if letters.is_empty() || letters.len() > 3 || digits.is_empty() {
        return None;
    }
    let row: u32 = digits.parse().ok()?;
    let col = letters.bytes().try_fold(0u32, |acc, b| {
        Some(acc * 26 + u32::from(b.to_ascii_uppercase() - b'A') + 1)
    })?;
    ((1..=1_048_576).contains(&row) && col <= 16_384).then(|| (row - 1, col - 1))
}

/// (11, 1) → `B12`.
pub fn cell_name(row: u32, col: u32) -> String {
    let mut letters = Vec::new();
    let mut n = col + 1;
    while n > 0 {
        letters.push(b'A' + ((n - 1) % 26) as u8);
        n = (n - 1) / 26;
    }
    letters.reverse();
    format!("{}{}", String::from_utf8_lossy(&letters), row + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cell_names_both_ways() {
        assert_eq!(cell_name(11, 1), "B12");
        assert_eq!(cell_name(0, 25), "Z1");
        assert_eq!(cell_name(0, 26), "AA1");
        assert_eq!(cell_name(9, 701), "ZZ10");
        assert_eq!(parse_cell("B12"), Some((11, 1)));
        assert_eq!(parse_cell("$AA$1"), Some((0, 26)));
        assert_eq!(parse_range("H12:A3"), Some(((2, 0), (11, 7))));
        for bad in ["", "A", "12", "A0", "A1", "A1:", "1A:B2", "ABCD1:A2"] {
            assert!(parse_range(bad).is_none(), "{bad}");
        }
    }
}
