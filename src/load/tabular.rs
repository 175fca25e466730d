//! Table rows from the files departments already have (`rows_from:`): a CSV file, or a
//! sheet and range of an XLSX workbook, inside the data folder. Each cell keeps its place:
//! a byte range of the CSV text (shown like a YAML place, with its line), or the sheet and
//! cell of the workbook (`Sheet1!B12`). Read with the `csv` and `calamine` crates.

use std::ops::Range;
use std::path::{Component, Path, PathBuf};

use super::csv_rows::{CsvError, CsvProblem, CsvRows};
use super::files::{RowsFromFile, Text};
use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::messages::{BlockMessage, Message};
use crate::numbers;

/// Rows read from a file, with the file's path.
#[derive(Debug, Clone)]
pub struct Sheet {
    pub path: PathBuf,
    pub rows: SheetRows,
}

/// The rows of a file, for the check to take one at a time.
#[derive(Debug, Clone)]
pub enum SheetRows {
    /// A workbook's sheet, read whole (as calamine reads it).
    Read(Vec<SheetRow>),
    /// A CSV file, read again a row at a time from its text.
    Csv(CsvRows),
}

impl SheetRows {
    pub fn len(&self) -> usize {
        match self {
            SheetRows::Read(rows) => rows.len(),
            SheetRows::Csv(rows) => rows.len(),
        }
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

impl IntoIterator for SheetRows {
    type Item = SheetRow;
    type IntoIter = SheetRowIter;

    fn into_iter(self) -> SheetRowIter {
        match self {
            SheetRows::Read(rows) => SheetRowIter::Read(rows.into_iter()),
            SheetRows::Csv(rows) => SheetRowIter::Csv(rows.into_iter()),
        }
    }
}

/// The rows of a file, each let go of by the check once it is placed.
pub enum SheetRowIter {
    Read(std::vec::IntoIter<SheetRow>),
    Csv(super::csv_rows::RowReader),
}

impl Iterator for SheetRowIter {
    type Item = SheetRow;

    fn next(&mut self) -> Option<SheetRow> {
        match self {
            SheetRowIter::Read(rows) => rows.next(),
            SheetRowIter::Csv(rows) => rows.next(),
        }
    }
}

/// A row of a file: never empty (a row with no cell is not kept).
#[derive(Debug, Clone)]
pub struct SheetRow {
    pub cells: Vec<SheetCell>,
}

impl SheetRow {
    /// The row as a whole: its first cell's place.
    pub fn place(&self) -> Place {
        self.cells
            .first()
            .map_or(Place::Text { start: 0, end: 1 }, |c| c.place.clone())
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
    /// Bytes of the CSV text (at most 4 MiB).
    Text { start: u32, end: u32 },
    /// A cell of a sheet (0-based), named `Sheet1!B12`; the sheet's name is shared.
    Cell {
        sheet: std::sync::Arc<str>,
        row: u32,
        column: u32,
    },
}

impl Place {
    pub(super) fn text(range: Range<usize>) -> Place {
        let at = |n: usize| u32::try_from(n).unwrap_or(u32::MAX);
        Place::Text {
            start: at(range.start),
            end: at(range.end),
        }
    }

    /// The place's two numbers: the CSV text's byte range, or the cell's row and column.
    pub fn numbers(&self) -> (u32, u32) {
        match *self {
            Place::Text { start, end } => (start, end),
            Place::Cell { row, column, .. } => (row, column),
        }
    }

    /// The place of the same file (and sheet) at `numbers` ([`Place::numbers`]).
    pub fn with_numbers(&self, (a, b): (u32, u32)) -> Place {
        match self {
            Place::Text { .. } => Place::Text { start: a, end: b },
            Place::Cell { sheet, .. } => Place::Cell {
                sheet: sheet.clone(),
                row: a,
                column: b,
            },
        }
    }

    /// A diagnostic at this place of `file`.
    pub fn diagnostic(&self, message: Message, file: &Path) -> Diagnostic {
        let d = Diagnostic::new(message, file);
        match self {
            Place::Text { start, end } => d.at(*start as usize..*end as usize),
            Place::Cell { sheet, row, column } => {
                d.at_cell(format!("{sheet}!{}", cell_name(*row, *column)))
            }
        }
    }
}

/// A table's `rows_from`, and the YAML file that names it (for problems with the name).
pub struct Request {
    pub spec: RowsFromFile,
    pub yaml: PathBuf,
}

impl Request {
    fn at_name(&self, message: BlockMessage) -> Diagnostic {
        Diagnostic::new(Message::Block(message), &self.yaml).at(self.spec.file.range())
    }

    /// The rows of the file to leave out (`skip`).
    pub(super) fn skip(&self) -> usize {
        self.spec
            .skip
            .as_ref()
            .map_or(0, |n| n.value().max(0.0) as usize)
    }
}

/// Reads the rows every request names, each file once however many tables name it: its
/// bytes read and measured once, a CSV text held once, a workbook opened once and each of
/// its sheets scanned once for all the ranges taken from it. Every problem becomes a
/// diagnostic, a problem of a file once; a request whose rows could not be read gets
/// `None`. The answers are in the order of the requests.
pub fn read_all(dir: &Path, requests: &[Request], diags: &mut Diagnostics) -> Vec<Option<Sheet>> {
    let mut out: Vec<Option<Sheet>> = requests.iter().map(|_| None).collect();
    // the files named, in the order they are first named, with their kind and the
    // requests naming each
    let mut files: Vec<(PathBuf, Kind, Vec<usize>)> = Vec::new();
    for (i, request) in requests.iter().enumerate() {
        let name = request.spec.file.value().trim();
        let Some(relative) = data_file(name) else {
            diags.push(request.at_name(BlockMessage::RowsFromPath { path: name.into() }));
            continue;
        };
        let Some(kind) = kind(name) else {
            diags.push(request.at_name(BlockMessage::RowsFromKind { path: name.into() }));
            continue;
        };
        match files.iter_mut().find(|(named, _, _)| *named == relative) {
            Some((_, _, naming)) => naming.push(i),
            None => files.push((relative, kind, vec![i])),
        }
    }
    for (relative, kind, naming) in files {
        let path = dir.join(&relative);
        let bytes = match super::read::read_inside(dir, &path) {
            Ok(bytes) => bytes,
            Err(refused) => {
                for &i in &naming {
                    let path = requests[i].spec.file.value().trim().into();
                    let message = match &refused {
                        super::read::Refused::Outside => BlockMessage::RowsFromPath { path },
                        super::read::Refused::Missing => BlockMessage::RowsFromMissing { path },
                        super::read::Refused::Problem(error) => BlockMessage::RowsFromRead {
                            path,
                            error: error.clone(),
                        },
                    };
                    diags.push(requests[i].at_name(message));
                }
                continue;
            }
        };
        let named: Vec<&Request> = naming.iter().map(|&i| &requests[i]).collect();
        let rows = match kind {
            Kind::Csv => read_csv(&path, bytes, &named, diags),
            Kind::Xlsx => super::xlsx_rows::read_xlsx(&path, bytes, &named, diags)
                .into_iter()
                .map(|rows| rows.map(SheetRows::Read))
                .collect(),
        };
        for (i, rows) in naming.into_iter().zip(rows) {
            out[i] = rows.map(|rows| Sheet {
                path: path.clone(),
                rows,
            });
        }
    }
    out
}
/// The one rule for the files a data folder may name (a table's `rows_from.file`): a
/// relative path of plain names (`tables/thu.csv`, `./thu.csv`), never `..` nor a root,
/// so that it stays inside the folder; the file itself is then read only if, links
/// resolved, it is inside the folder too ([`super::read::read_inside`]). `init` copies the
/// files this rule allows, the loader reads them.
pub fn data_file(name: &str) -> Option<PathBuf> {
    let relative = Path::new(name.trim());
    let plain = relative
        .components()
        .all(|c| matches!(c, Component::Normal(_) | Component::CurDir));
    let named: PathBuf = relative
        .components()
        .filter(|c| matches!(c, Component::Normal(_)))
        .collect();
    (plain && !named.as_os_str().is_empty()).then_some(named)
}

enum Kind {
    Csv,
    Xlsx,
}

/// The kind of file a name says, by its extension: `None` for one that is not read.
fn kind(name: &str) -> Option<Kind> {
    let lower = name.to_lowercase();
    if lower.ends_with(".csv") {
        Some(Kind::Csv)
    } else if lower.ends_with(".xlsx") {
        Some(Kind::Xlsx)
    } else {
        None
    }
}

/// The rows of the CSV file `bytes` for each request naming it: the text held once, read
/// once for each delimiter and `skip` asked for.
fn read_csv(
    path: &Path,
    bytes: Vec<u8>,
    naming: &[&Request],
    diags: &mut Diagnostics,
) -> Vec<Option<SheetRows>> {
    let text = match String::from_utf8(bytes) {
        Ok(text) => text,
        Err(e) => {
            let at = e.utf8_error().valid_up_to();
            diags.add_source(path, String::from_utf8_lossy(e.as_bytes()).into_owned());
            diags.push(Diagnostic::new(Message::NotUtf8, path).at(at..at + 1));
            return naming.iter().map(|_| None).collect();
        }
    };
    let id = diags.add_source(path, text);
    let source = diags.sources().shared(id);
    for request in naming {
        let spec = &request.spec;
        for (option, given) in [("sheet", &spec.sheet), ("range", &spec.range)] {
            if let Some(given) = given {
                let message = Message::Block(BlockMessage::CsvSheetOption { option });
                diags.push(Diagnostic::new(message, &request.yaml).at(given.range()));
            }
        }
    }
    let mut read: Vec<((u8, usize), Option<CsvRows>)> = Vec::new();
    let mut rows_for = |request: &Request, diags: &mut Diagnostics| {
        let delimiter = delimiter(request, diags)?;
        let key = (delimiter, request.skip());
        if let Some((_, rows)) = read.iter().find(|(k, _)| *k == key) {
            return rows.clone();
        }
        let rows = match CsvRows::read(source.clone(), delimiter, key.1) {
            Ok(rows) => Some(rows),
            Err(CsvError { at, problem }) => {
                let (message, detail) = match problem {
                    CsvProblem::Syntax(detail) => (BlockMessage::CsvSyntax, Some(detail)),
                    CsvProblem::Quotes => (BlockMessage::CsvQuotes, None),
                    CsvProblem::Limit(exceeded) => (
                        BlockMessage::FileLimit {
                            exceeded,
                            sheet: None,
                        },
                        None,
                    ),
                };
                let d = Diagnostic::new(Message::Block(message), path).at(at..at + 1);
                diags.push(match detail {
                    Some(detail) => d.with_detail(detail),
                    None => d,
                });
                None
            }
        };
        read.push((key, rows.clone()));
        rows
    };
    naming
        .iter()
        .map(|request| rows_for(request, diags).map(SheetRows::Csv))
        .collect()
}

/// The delimiter a request asks for: `,` (by default), `;` or a tab; `None` (and a
/// diagnostic) for another.
fn delimiter(request: &Request, diags: &mut Diagnostics) -> Option<u8> {
    let spec = &request.spec;
    // (a tab is the delimiter's whole value: only spaces are trimmed)
    match spec.delimiter.as_ref().map(|d| d.value().trim_matches(' ')) {
        None | Some(",") => Some(b','),
        Some(";") => Some(b';'),
        Some("\\t") | Some("\t") => Some(b'\t'),
        Some(other) => {
            let message = BlockMessage::CsvDelimiter {
                value: other.into(),
            };
            let at = spec
                .delimiter
                .as_ref()
                .map_or(spec.file.range(), Text::range);
            diags.push(Diagnostic::new(Message::Block(message), &request.yaml).at(at));
            None
        }
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

    #[test]
    fn only_relative_paths_inside_the_folder() {
        assert_eq!(
            data_file("tables/a.csv"),
            Some(PathBuf::from("tables/a.csv"))
        );
        assert_eq!(data_file(" ./a.csv "), Some(PathBuf::from("a.csv")));
        for bad in [
            "",
            " ",
            "../a.csv",
            "tables/../../a.csv",
            "/etc/passwd",
            ".",
        ] {
            assert_eq!(data_file(bad), None, "{bad}");
        }
    }
}
