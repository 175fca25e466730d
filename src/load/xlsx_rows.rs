//! The rows of a sheet of an XLSX workbook, within the budgets of [`super::budgets`]: the
//! workbook's parts are measured before calamine opens it, and the sheet is read a cell
//! at a time, keeping only the cells of the range, so that neither a cell at `XFD1048576`
//! nor a `range` of the whole sheet costs more than the cells the file holds.

use std::io::Cursor;
use std::path::Path;
use std::sync::Arc;

use calamine::{Data, Reader, Xlsx, open_workbook_from_rs};

use super::budgets::{self, Exceeded};
use super::files::{RowsFromFile, Text};
use super::tabular::{Place, SheetCell, SheetRow, SheetValue, parse_range};
use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::messages::{BlockMessage, Message};
use crate::numbers;

/// A cell the sheet holds, inside the range: its place and what it holds.
struct Held {
    row: u32,
    column: u32,
    value: SheetValue,
}

/// Reads the rows of the sheet `spec` names (its first, by default) from the workbook
/// `bytes`, the first `skip` rows of the range left out; every problem a diagnostic.
pub fn read_xlsx(
    path: &Path,
    bytes: Vec<u8>,
    spec: &RowsFromFile,
    yaml: &Path,
    skip: usize,
    diags: &mut Diagnostics,
) -> Option<Vec<SheetRow>> {
    let whole_file = |message| Diagnostic::new(Message::Block(message), path);
    if let Err(exceeded) = budgets::check_workbook(&bytes) {
        diags.push(whole_file(BlockMessage::FileLimit {
            exceeded,
            sheet: None,
        }));
        return None;
    }
    let mut book: Xlsx<_> = match open_workbook_from_rs(Cursor::new(bytes)) {
        Ok(book) => book,
        Err(e) => {
            diags.push(whole_file(BlockMessage::XlsxRead {
                detail: e.to_string(),
            }));
            return None;
        }
    };
    let sheet = sheet_name(&book, spec.sheet.as_ref(), yaml, diags)?;
    let range = match &spec.range {
        Some(range) => match parse_range(range.value()) {
            Some(bounds) => Some(bounds),
            None => {
                let message = BlockMessage::SheetRange {
                    range: range.value().into(),
                };
                diags.push(Diagnostic::new(Message::Block(message), yaml).at(range.range()));
                return None;
            }
        },
        None => None,
    };
    let over = |exceeded| BlockMessage::FileLimit {
        exceeded,
        sheet: Some(sheet.clone()),
    };
    if let Some(((_, left), (_, right))) = range {
        let found = u64::from(right - left) + 1;
        if found > budgets::COLUMNS as u64 {
            let at = spec.range.as_ref().map_or(spec.file.range(), Text::range);
            let message = Message::Block(over(Exceeded::Columns { found }));
            diags.push(Diagnostic::new(message, yaml).at(at));
            return None;
        }
    }
    let at = Where {
        path,
        shared: sheet.as_str().into(),
        sheet: sheet.clone(),
    };
    let rows = held_cells(&mut book, &at, range, skip, diags)
        .map_err(|e| e.map(&over))
        .and_then(|held| rows_of(held, range, &at).map_err(|e| Ok(over(e))));
    match rows {
        Ok(rows) => Some(rows),
        Err(Ok(message)) => {
            diags.push(whole_file(message));
            None
        }
        Err(Err(detail)) => {
            diags.push(whole_file(BlockMessage::XlsxRead { detail }));
            None
        }
    }
}

/// The sheet `wanted` names, or the first; `None` (and a diagnostic) when there is no
/// such sheet.
fn sheet_name(
    book: &Xlsx<Cursor<Vec<u8>>>,
    wanted: Option<&Text>,
    yaml: &Path,
    diags: &mut Diagnostics,
) -> Option<String> {
    let names = book.sheet_names();
    let Some(wanted) = wanted else {
        return Some(names.first().cloned().unwrap_or_default());
    };
    let wanted_name = wanted.value().trim();
    if names.iter().any(|n| n == wanted_name) {
        return Some(wanted_name.to_string());
    }
    let message = BlockMessage::SheetMissing {
        sheet: wanted_name.into(),
        sheets: names
            .iter()
            .map(|n| format!("`{n}`"))
            .collect::<Vec<_>>()
            .join(", "),
    };
    diags.push(Diagnostic::new(Message::Block(message), yaml).at(wanted.range()));
    None
}

/// The cells of `sheet` that hold something (a value or a formula), inside `range` when
/// there is one and past the `skip` rows at its top (the top of the held cells without
/// one), in row order, read as values (a problem in one a diagnostic); at most
/// [`budgets::CELLS`] of them, in at most [`budgets::ROWS`] rows. The error is a budget
/// gone past, or calamine's reason.
fn held_cells(
    book: &mut Xlsx<Cursor<Vec<u8>>>,
    at: &Where,
    range: Option<((u32, u32), (u32, u32))>,
    skip: usize,
    diags: &mut Diagnostics,
) -> Result<Vec<Held>, Result<Exceeded, String>> {
    let mut reader = book
        .worksheet_cells_reader(&at.sheet)
        .map_err(|e| Err(e.to_string()))?;
    let inside = |(r, c): (u32, u32)| {
        range.is_none_or(|((top, left), (bottom, right))| {
            (top..=bottom).contains(&r) && (left..=right).contains(&c)
        })
    };
    let mut first_kept = range.map(|((top, _), _)| u64::from(top) + skip as u64);
    let mut held: Vec<Held> = Vec::new();
    let mut rows = 0;
    while let Some(cell) = reader
        .next_cell_with_formula()
        .map_err(|e| Err(e.to_string()))?
    {
        let formula = cell.formula.as_deref().filter(|f| !f.is_empty());
        let value = Data::from(cell.value);
        if !inside(cell.pos) || (value == Data::Empty && formula.is_none()) {
            continue;
        }
        let (row, column) = cell.pos;
        if u64::from(row) < *first_kept.get_or_insert(u64::from(row) + skip as u64) {
            continue;
        }
        if held.last().is_none_or(|h| h.row != row) {
            rows += 1;
            if rows > budgets::ROWS {
                return Err(Ok(Exceeded::Rows));
            }
        }
        if held.len() >= budgets::CELLS {
            let found = held.len() as u64 + 1;
            return Err(Ok(Exceeded::Cells { found }));
        }
        let value = match (&value, formula) {
            (Data::Empty, Some(f)) => {
                at.no_value(row, column, f, diags);
                SheetValue::Empty
            }
            (Data::String(s), Some(f)) if s.is_empty() => {
                at.no_value(row, column, f, diags);
                SheetValue::Empty
            }
            (data, _) => match sheet_value(data) {
                Ok(v) => v,
                Err(message) => {
                    diags.push(at.diagnostic(row, column, message));
                    SheetValue::Empty
                }
            },
        };
        held.push(Held { row, column, value });
    }
    // a sheet's XML lists its cells in order; one that does not is put in order
    held.sort_by_key(|h| (h.row, h.column));
    Ok(held)
}

/// The rows of the cells `held`: each from the range's first column to its last (the
/// held cells' when there is no range), its empty cells filled, the rows with nothing
/// in them left out.
fn rows_of(
    held: Vec<Held>,
    range: Option<((u32, u32), (u32, u32))>,
    at: &Where,
) -> Result<Vec<SheetRow>, Exceeded> {
    let (left, right) = match range {
        Some(((_, left), (_, right))) => (left, right),
        None => {
            let left = held.iter().map(|h| h.column).min().unwrap_or(0);
            let right = held.iter().map(|h| h.column).max().unwrap_or(0);
            (left, right)
        }
    };
    let width = (right - left) as usize + 1;
    if width > budgets::COLUMNS {
        return Err(Exceeded::Columns {
            found: width as u64,
        });
    }
    let kept: Vec<&[Held]> = held.chunk_by(|a, b| a.row == b.row).collect();
    let cells = kept.len() * width;
    if cells > budgets::CELLS {
        return Err(Exceeded::Cells {
            found: cells as u64,
        });
    }
    let mut rows = Vec::with_capacity(kept.len());
    for row_cells in kept {
        let r = row_cells[0].row;
        let mut cells: Vec<SheetCell> = (left..=right)
            .map(|c| SheetCell {
                value: SheetValue::Empty,
                place: at.place(r, c),
            })
            .collect();
        for h in row_cells {
            cells[(h.column - left) as usize].value = h.value.clone();
        }
        if cells.iter().any(|c| c.value != SheetValue::Empty) {
            rows.push(SheetRow { cells });
        }
    }
    Ok(rows)
}

/// The file and sheet the cells are read from, for their places.
struct Where<'a> {
    path: &'a Path,
    sheet: String,
    shared: Arc<str>,
}

impl Where<'_> {
    fn place(&self, row: u32, column: u32) -> Place {
        Place::Cell {
            sheet: self.shared.clone(),
            row,
            column,
        }
    }

    fn diagnostic(&self, row: u32, column: u32, message: BlockMessage) -> Diagnostic {
        self.place(row, column)
            .diagnostic(Message::Block(message), self.path)
    }

    fn no_value(&self, row: u32, column: u32, formula: &str, diags: &mut Diagnostics) {
        let message = BlockMessage::FormulaNoValue {
            formula: formula.into(),
        };
        diags.push(self.diagnostic(row, column, message));
    }
}

fn sheet_value(data: &Data) -> Result<SheetValue, BlockMessage> {
    Ok(match data {
        Data::Empty => SheetValue::Empty,
        Data::Int(i) => SheetValue::Number((*i).into(), 0),
        Data::Float(f) => {
            let value = shown(*f).ok_or(BlockMessage::TableOverflow)?;
            SheetValue::Number(value, value.scale())
        }
        Data::String(s) if s.trim().is_empty() => SheetValue::Empty,
        Data::String(s) => SheetValue::Text(s.trim().to_string()),
        Data::Bool(b) => SheetValue::Text(if *b { "TRUE" } else { "FALSE" }.into()),
        Data::DateTime(d) => {
            SheetValue::Text(
                serial_date(d.as_f64()).ok_or_else(|| BlockMessage::CellError {
                    error: OUT_OF_RANGE_DATE.into(),
                })?,
            )
        }
        Data::DateTimeIso(s) | Data::DurationIso(s) => SheetValue::Text(s.clone()),
        Data::Error(e) => {
            return Err(BlockMessage::CellError {
                error: e.to_string(),
            });
        }
    })
}

/// What Excel shows in a cell whose date is outside the dates it can show.
const OUT_OF_RANGE_DATE: &str = "#######";

/// The number a spreadsheet float shows, without the noise of binary fractions
/// (0.30000000000000004 shows 0.3): at most nine decimals, exact. `None` past what
/// exact decimals hold (28 significant digits) or for a value that is not finite.
fn shown(v: f64) -> Option<numbers::Decimal> {
    if !v.is_finite() {
        return None;
    }
    let text = format!("{v:.9}");
    let exact = numbers::Decimal::from_str_exact(&text)
        .ok()
        .or_else(|| numbers::from_f64(v))?;
    Some(exact.normalize())
}

/// The last date serial Excel shows: 31/12/9999.
const LAST_SERIAL: f64 = 2_958_465.0;

/// An Excel date serial (days since 1899-12-30) as `dd/mm/yyyy`; `None` outside the
/// dates Excel shows (before 0, 30/12/1899, or after 31/12/9999).
fn serial_date(serial: f64) -> Option<String> {
    if !(0.0..LAST_SERIAL + 1.0).contains(&serial) {
        return None;
    }
    // days from 1970-01-01, then the civil date (H. Hinnant's algorithm)
    let z = serial.floor() as i64 - 25569 + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    Some(format!("{day:02}/{month:02}/{year}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_from_serials() {
        assert_eq!(serial_date(45658.0).unwrap(), "01/01/2025");
        assert_eq!(serial_date(44314.0).unwrap(), "28/04/2021");
        assert_eq!(serial_date(0.0).unwrap(), "30/12/1899");
        assert_eq!(serial_date(LAST_SERIAL + 0.99).unwrap(), "31/12/9999");
        for bad in [-1.0, LAST_SERIAL + 1.0, 1e300, f64::NAN, f64::INFINITY] {
            assert_eq!(serial_date(bad), None, "{bad}");
        }
    }
}
