//! The rows of a CSV file, read a row at a time from its text in the source map. The
//! loader reads them once to find the file's problems and count its rows, keeping none;
//! the check reads them again as it places them on the grid, so that a table of 100,000
//! rows is never held as cells beside the checked table it becomes.

use std::io::Read;
use std::ops::Range;
use std::sync::Arc;

use super::budgets::{self, Exceeded};
use super::cells::{Place, SheetCell, SheetRow, SheetValue};
use crate::numbers;
use crate::source::{FileId, Source};

/// How a CSV file is read: the text (the file's source, shared with the source map), its
/// delimiter and how many records at the top are skipped.
#[derive(Debug, Clone)]
pub struct CsvRows {
    source: Arc<Source>,
    /// The source's id in the map, for the cells' places.
    file: FileId,
    delimiter: u8,
    skip: usize,
    /// How many rows it has, counted by the loader.
    count: usize,
}

/// Why a CSV file cannot give its rows, and the byte where that is seen.
pub struct CsvError {
    pub at: usize,
    pub problem: CsvProblem,
}

pub enum CsvProblem {
    /// A record the csv crate could not read, and its reason.
    Syntax(String),
    /// A quoted field whose quotes do not close it (`"abc` to the end of the file, or
    /// `"abc"def`), which the csv crate reads without complaint.
    Quotes,
    /// A budget gone past (`load::budgets`).
    Limit(Exceeded),
}

impl CsvRows {
    /// Reads every row of `source` once: the rows' count, or the first problem.
    pub fn read(
        (file, source): (FileId, Arc<Source>),
        delimiter: u8,
        skip: usize,
    ) -> Result<CsvRows, CsvError> {
        let mut rows = CsvRows {
            source,
            file,
            delimiter,
            skip,
            count: 0,
        };
        let (mut count, mut width) = (0, 0);
        let mut reader = rows.clone().reader();
        while let Some(row) = reader.next_row() {
            let row = row?;
            let at = row.place().map_or(0, |p| p.numbers().0 as usize);
            let limit = |exceeded| CsvError {
                at,
                problem: CsvProblem::Limit(exceeded),
            };
            count += 1;
            width = width.max(row.cells.len());
            if row.cells.len() > budgets::COLUMNS {
                let found = row.cells.len() as u64;
                return Err(limit(Exceeded::Columns { found }));
            }
            if count > budgets::ROWS {
                return Err(limit(Exceeded::Rows));
            }
            if count * width > budgets::CELLS {
                let found = (count * width) as u64;
                return Err(limit(Exceeded::Cells { found }));
            }
            let text = rows.source.text();
            if let Some(bad) = row.cells.iter().find(|c| !quotes_close(text, &c.place)) {
                return Err(CsvError {
                    at: bad.place.numbers().0 as usize,
                    problem: CsvProblem::Quotes,
                });
            }
        }
        rows.count = count;
        Ok(rows)
    }

    pub fn len(&self) -> usize {
        self.count
    }

    fn reader(self) -> RowReader {
        let text = self.source.text();
        // a byte-order mark, as Excel writes "CSV UTF-8", is not part of the first cell
        let bom = if text.starts_with('\u{feff}') { 3 } else { 0 };
        let csv = csv::ReaderBuilder::new()
            .has_headers(false)
            .flexible(true)
            .delimiter(self.delimiter)
            .from_reader(SourceReader {
                source: self.source.clone(),
                at: bom,
            });
        RowReader {
            csv,
            record: csv::StringRecord::new(),
            index: 0,
            bom,
            rows: self,
        }
    }
}

impl IntoIterator for CsvRows {
    type Item = SheetRow;
    type IntoIter = RowReader;

    /// The rows, read again; the loader found no problem in them.
    fn into_iter(self) -> RowReader {
        self.reader()
    }
}

/// The rows of a CSV text, one at a time.
pub struct RowReader {
    csv: csv::Reader<SourceReader>,
    record: csv::StringRecord,
    /// Records read so far.
    index: usize,
    bom: usize,
    rows: CsvRows,
}

impl RowReader {
    /// The next row that is neither skipped nor blank, or the problem that stops the
    /// reading.
    fn next_row(&mut self) -> Option<Result<SheetRow, CsvError>> {
        loop {
            match self.csv.read_record(&mut self.record) {
                Ok(false) => return None,
                Ok(true) => {}
                Err(e) => {
                    let at = e.position().map_or(0, |p| p.byte() as usize) + self.bom;
                    return Some(Err(CsvError {
                        at,
                        problem: CsvProblem::Syntax(csv_error(&e)),
                    }));
                }
            }
            self.index += 1;
            if self.index <= self.rows.skip || self.record.iter().all(|f| f.trim().is_empty()) {
                continue;
            }
            let text = self.rows.source.text();
            let mut start = self.record.position().map_or(0, |p| p.byte() as usize) + self.bom;
            // after a CRLF line end the csv crate gives the record's start at the LF
            while matches!(text.as_bytes().get(start), Some(b'\r' | b'\n')) {
                start += 1;
            }
            let places = field_ranges(text, start, self.rows.delimiter, self.record.len());
            let cells = self
                .record
                .iter()
                .zip(places)
                .map(|(field, range)| SheetCell {
                    value: text_value(field),
                    place: Place::text(self.rows.file, range),
                })
                .collect();
            return Some(Ok(SheetRow { cells }));
        }
    }
}

impl Iterator for RowReader {
    type Item = SheetRow;

    fn next(&mut self) -> Option<SheetRow> {
        self.next_row()?.ok()
    }
}

/// Whether the field at `place` of `text`, if it opens with a quote, is closed by one
/// at its end with the quotes inside doubled (`"a ""b"" c"`); a field that does not open
/// with a quote may hold them as it likes (`5" ống`).
fn quotes_close(text: &str, place: &Place) -> bool {
    let (start, end) = place.numbers();
    let raw = text
        .get(start as usize..end as usize)
        .unwrap_or_default()
        .trim();
    let Some(inner) = raw.strip_prefix('"') else {
        return true;
    };
    let Some(inner) = inner.strip_suffix('"') else {
        return false;
    };
    inner.split("\"\"").all(|piece| !piece.contains('"'))
}

/// The text of a source as a reader, from byte `at` on.
struct SourceReader {
    source: Arc<Source>,
    at: usize,
}

impl Read for SourceReader {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let rest = self
            .source
            .text()
            .as_bytes()
            .get(self.at..)
            .unwrap_or_default();
        let n = rest.len().min(buf.len());
        buf[..n].copy_from_slice(&rest[..n]);
        self.at += n;
        Ok(n)
    }
}

/// The csv crate's error without its own position (the diagnostic gives the place).
fn csv_error(e: &csv::Error) -> String {
    match e.kind() {
        csv::ErrorKind::Utf8 { .. } => "not UTF-8".into(),
        csv::ErrorKind::Io(err) => err.to_string(),
        _ => e.to_string(),
    }
}

/// The byte ranges of the first `count` fields of the record starting at `start`: a
/// small scan that knows quotes, for places only (the csv crate gives the values).
fn field_ranges(text: &str, start: usize, delimiter: u8, count: usize) -> Vec<Range<usize>> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(count);
    let mut i = start;
    let mut field_start = start;
    let mut quoted = false;
    while i < bytes.len() && out.len() < count {
        let b = bytes[i];
        if b == b'"' {
            quoted = !quoted;
        } else if !quoted && (b == delimiter || b == b'\n' || b == b'\r') {
            out.push(field_start..i.max(field_start + 1).min(bytes.len()));
            if b != delimiter {
                break;
            }
            field_start = i + 1;
        }
        i += 1;
    }
    while out.len() < count {
        let end = i.min(bytes.len());
        out.push(field_start.min(end)..(field_start + 1).min(bytes.len().max(1)));
        field_start = end;
    }
    out
}

/// A text field: a number when it reads as one (`1.231.500`, `65,2`, `65.2`), else text.
fn text_value(field: &str) -> SheetValue {
    let t = field.trim();
    if t.is_empty() {
        SheetValue::Empty
    } else if let Some((v, decimals)) = numbers::parse_vi(t) {
        SheetValue::Number(v, decimals)
    } else {
        SheetValue::Text(t.to_string())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quotes_close_their_fields() {
        let closes = |raw: &str| {
            let file = crate::source::SourceMap::default().add("a.csv".as_ref(), raw.into());
            let place = Place::Text {
                file,
                start: 0,
                end: raw.len() as u32,
            };
            quotes_close(raw, &place)
        };
        for ok in [
            "abc",
            "5\" ống",
            "\"a,b\"",
            "\"a \"\"b\"\" c\"",
            "\"\"",
            " \"x\" ",
            "",
        ] {
            assert!(closes(ok), "{ok}");
        }
        for bad in ["\"abc", "\"abc\"def", "\"", "\"a\"b\"", "\"a\"\"\"b\""] {
            assert!(!closes(bad), "{bad}");
        }
    }

    #[test]
    fn csv_field_places_know_quotes() {
        let text = "a,\"b,c\",d\n";
        assert_eq!(field_ranges(text, 0, b',', 3), [0..1, 2..7, 8..9]);
    }
}
