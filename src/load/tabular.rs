//! Table rows from the files departments already have (`rows_from:`): a CSV file, or a
//! sheet and range of an XLSX workbook, inside the data folder. Each cell keeps its place:
//! a byte range of the CSV text (shown like a YAML place, with its line), or the sheet and
//! cell of the workbook (`Sheet1!B12`). Read with the `csv` and `calamine` crates.

use std::path::{Component, Path, PathBuf};

use std::collections::HashMap;
use std::sync::Mutex;

pub use super::cells::{Place, Request, SheetCell, SheetRow, SheetValue, cell_name, parse_range};
use super::csv_rows::{CsvError, CsvProblem, CsvRows};
use super::files::Text;
use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::messages::{BlockMessage, Message};
use crate::source::{FileId, Span};

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

/// The rows read from the tables' `rows_from` files, kept beside the files as written
/// (whose types are the YAML's alone), by table: the file the table is written in and
/// the place of its `rows_from.file`. The check takes each table's rows as it reads them,
/// so that a file of 100,000 rows is not held twice, as read and as checked; a check of
/// files that will be read again (by a test, or by `report figures`) puts them back.
#[derive(Debug, Default)]
pub struct ReadRows(Mutex<HashMap<(FileId, usize), Sheet>>);

impl ReadRows {
    /// The rows read for the table written in `file` whose `rows_from` (or `units`, in a
    /// synthesis) is at byte `at` (`TableFile::rows_at`).
    pub fn take(&self, file: FileId, at: usize) -> Option<Sheet> {
        self.lock().remove(&(file, at))
    }

    pub fn put_back(&self, file: FileId, at: usize, sheet: Sheet) {
        self.lock().insert((file, at), sheet);
    }

    /// Keeps `sheet` as the rows of the table written in `file` whose rows come from
    /// byte `at`.
    pub fn insert(&mut self, file: FileId, at: usize, sheet: Sheet) {
        self.0
            .get_mut()
            .unwrap_or_else(|e| e.into_inner())
            .insert((file, at), sheet);
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, HashMap<(FileId, usize), Sheet>> {
        // a check that panicked holding the lock cannot have left the map half changed
        self.0.lock().unwrap_or_else(|e| e.into_inner())
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
            // the lossy text has the same bytes up to the first invalid one
            let id = diags.add_source(path, String::from_utf8_lossy(e.as_bytes()).into_owned());
            diags.push(Diagnostic::spanned(
                Message::NotUtf8,
                Span::new(id, at..at + 1),
            ));
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
                let at = Span::new(request.yaml, given.range());
                diags.push(Diagnostic::spanned(message, at));
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
        let rows = match CsvRows::read((id, source.clone()), delimiter, key.1) {
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
                let d = Diagnostic::spanned(Message::Block(message), Span::new(id, at..at + 1));
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
            let at = Span::new(request.yaml, at);
            diags.push(Diagnostic::spanned(Message::Block(message), at));
            None
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
