//! The rows of a sheet of an XLSX workbook, within the budgets of [`super::budgets`]: the
//! workbook's parts are measured before calamine opens it, and the sheet is read a cell
//! at a time, keeping only the cells of the range, so that neither a cell at `XFD1048576`
//! nor a `range` of the whole sheet costs more than the cells the file holds.

use std::io::Cursor;
use std::path::Path;
use std::sync::Arc;

use calamine::{Data, Reader, Xlsx, XlsxError, open_workbook_from_rs};

use super::budgets::{self, Exceeded};
use super::cells::{Place, Request, SheetCell, SheetRow, SheetValue, parse_range};
use super::located::Text;
use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::messages::{BlockMessage, Message, XlsxProblem};
use crate::numbers;
use crate::source::FileId;

/// A cell the sheet holds, inside the range: its place and what it holds.
struct Held {
    row: u32,
    column: u32,
    value: SheetValue,
}

/// The rows of a range (or a whole sheet) asked for by one table or more.
struct Want {
    sheet: String,
    range: Option<Bounds>,
    skip: usize,
    /// The requests asking for it, as indexes of `naming`.
    naming: Vec<usize>,
}

/// A range's top-left and bottom-right cells, zero-based (row, column).
type Bounds = ((u32, u32), (u32, u32));

/// Reads, for each request naming the workbook `bytes`, the rows of the sheet it names
/// (its first, by default), the first `skip` rows of its range left out: the workbook
/// measured and opened once, each sheet scanned once. Every problem is a diagnostic, a
/// problem of the workbook or of a sheet said once.
pub fn read_xlsx(
    path: &Path,
    bytes: Vec<u8>,
    naming: &[&Request],
    diags: &mut Diagnostics,
) -> Vec<Option<Vec<SheetRow>>> {
    let mut out: Vec<Option<Vec<SheetRow>>> = naming.iter().map(|_| None).collect();
    let whole_file = |message| Diagnostic::new(Message::Block(message), path);
    if let Err(exceeded) = budgets::check_workbook(&bytes) {
        diags.push(whole_file(BlockMessage::FileLimit {
            exceeded,
            sheet: None,
        }));
        return out;
    }
    if bytes.starts_with(&OLE_MAGIC) {
        diags.push(whole_file(BlockMessage::XlsxRead {
            problem: XlsxProblem::OldOrProtected,
        }));
        return out;
    }
    let mut book: Xlsx<_> = match open_workbook_from_rs(Cursor::new(bytes)) {
        Ok(book) => book,
        Err(e) => {
            let (problem, detail) = unread(&e);
            diags.push(whole_file(BlockMessage::XlsxRead { problem }).with_detail(detail));
            return out;
        }
    };
    let mut wants: Vec<Want> = Vec::new();
    for (i, request) in naming.iter().enumerate() {
        let Some((sheet, range)) = wanted(&book, request, diags) else {
            continue;
        };
        let skip = request.skip();
        match wants
            .iter_mut()
            .find(|w| w.sheet == sheet && w.range == range && w.skip == skip)
        {
            Some(want) => want.naming.push(i),
            None => wants.push(Want {
                sheet,
                range,
                skip,
                naming: vec![i],
            }),
        }
    }
    let mut said: Vec<BlockMessage> = Vec::new();
    let mut say = |message: BlockMessage, detail: Option<String>, diags: &mut Diagnostics| {
        if !said.contains(&message) {
            let d = whole_file(message.clone());
            diags.push(match detail {
                Some(detail) => d.with_detail(detail),
                None => d,
            });
            said.push(message);
        }
    };
    let mut sheets: Vec<&str> = Vec::new();
    for want in &wants {
        if !sheets.contains(&want.sheet.as_str()) {
            sheets.push(&want.sheet);
        }
    }
    for sheet in sheets {
        let of_sheet: Vec<&Want> = wants.iter().filter(|w| w.sheet == sheet).collect();
        let at = Where {
            path,
            shared: sheet.into(),
            sheet: sheet.to_string(),
        };
        let over = |exceeded| BlockMessage::FileLimit {
            exceeded,
            sheet: Some(sheet.to_string()),
        };
        let held = match held_cells(&mut book, &at, &of_sheet, diags) {
            Ok(held) => held,
            Err(e) => {
                let (problem, detail) = unread(&e);
                say(BlockMessage::XlsxRead { problem }, Some(detail), diags);
                continue;
            }
        };
        for (want, held) in of_sheet.into_iter().zip(held) {
            match held.and_then(|held| rows_of(held, want.range, &at)) {
                Ok(rows) => {
                    // each asker has the rows; the last, the ones read
                    if let Some((&last, others)) = want.naming.split_last() {
                        for &i in others {
                            out[i] = Some(rows.clone());
                        }
                        out[last] = Some(rows);
                    }
                }
                Err(exceeded) => say(over(exceeded), None, diags),
            }
        }
    }
    out
}

/// The first bytes of an OLE compound file: an `.xls` workbook, or a `.xlsx` one Excel
/// encrypted under a password.
const OLE_MAGIC: [u8; 8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

/// Why calamine could not read a workbook, in the clerk's words, and in calamine's own
/// (the diagnostic's detail).
fn unread(e: &XlsxError) -> (XlsxProblem, String) {
    use zip::result::ZipError;
    let problem = match e {
        XlsxError::Zip(ZipError::FileNotFound) | XlsxError::FileNotFound(_) => {
            XlsxProblem::MissingPart
        }
        XlsxError::RelationshipNotFound => XlsxProblem::MissingPart,
        XlsxError::Zip(ZipError::InvalidArchive(_) | ZipError::UnsupportedArchive(_)) => {
            XlsxProblem::NotZip
        }
        XlsxError::Xml(_)
        | XlsxError::XmlAttr(_)
        | XlsxError::XmlEof(_)
        | XlsxError::UnexpectedNode(_)
        | XlsxError::Unexpected(_) => XlsxProblem::BrokenXml,
        XlsxError::Parse(_)
        | XlsxError::ParseFloat(_)
        | XlsxError::ParseInt(_)
        | XlsxError::Alphanumeric(_)
        | XlsxError::NumericColumn(_)
        | XlsxError::RangeWithoutColumnComponent
        | XlsxError::RangeWithoutRowComponent
        | XlsxError::ColumnNumberOverflow
        | XlsxError::RowNumberOverflow
        | XlsxError::DimensionCount(_)
        | XlsxError::CellTAttribute(_) => XlsxProblem::BadValue,
        _ => XlsxProblem::Damaged,
    };
    (problem, e.to_string())
}

/// The sheet and range a request names, checked: `None` (and a diagnostic at the
/// request) for a sheet the workbook lacks, a range that is not one, or a range wider
/// than the budget of columns.
fn wanted(
    book: &Xlsx<Cursor<Vec<u8>>>,
    request: &Request,
    diags: &mut Diagnostics,
) -> Option<(String, Option<Bounds>)> {
    let spec = &request.spec;
    let yaml = request.yaml;
    let sheet = sheet_name(book, spec.sheet.as_ref(), yaml, diags)?;
    let Some(range) = &spec.range else {
        return Some((sheet, None));
    };
    let Some(bounds) = parse_range(range.value()) else {
        let message = BlockMessage::SheetRange {
            range: range.value().into(),
        };
        diags.push(Diagnostic::spanned(
            Message::Block(message),
            range.span(yaml),
        ));
        return None;
    };
    let ((_, left), (_, right)) = bounds;
    let found = u64::from(right - left) + 1;
    if found > budgets::COLUMNS as u64 {
        let message = BlockMessage::FileLimit {
            exceeded: Exceeded::Columns { found },
            sheet: Some(sheet),
        };
        diags.push(Diagnostic::spanned(
            Message::Block(message),
            range.span(yaml),
        ));
        return None;
    }
    Some((sheet, Some(bounds)))
}

/// The sheet `wanted` names, or the first; `None` (and a diagnostic) when there is no
/// such sheet.
fn sheet_name(
    book: &Xlsx<Cursor<Vec<u8>>>,
    wanted: Option<&Text>,
    yaml: FileId,
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
    diags.push(Diagnostic::spanned(
        Message::Block(message),
        wanted.span(yaml),
    ));
    None
}

/// For each of `wants`, the cells of its sheet that hold something (a value or a
/// formula), inside its range when it has one and past the `skip` rows at its top (the
/// top of the held cells without one), in row order: at most [`budgets::CELLS`] of them,
/// in at most [`budgets::ROWS`] rows, or the budget gone past. The sheet is read once for
/// all of them, each cell read as a value once (a problem in one a diagnostic, said
/// once). The error is calamine's, when the sheet could not be read.
fn held_cells(
    book: &mut Xlsx<Cursor<Vec<u8>>>,
    at: &Where,
    wants: &[&Want],
    diags: &mut Diagnostics,
) -> Result<Vec<Result<Vec<Held>, Exceeded>>, XlsxError> {
    struct Taking {
        first_kept: Option<u64>,
        rows: usize,
        held: Result<Vec<Held>, Exceeded>,
        /// Whether it takes the cell being read.
        takes: bool,
    }
    let mut taking: Vec<Taking> = wants
        .iter()
        .map(|w| Taking {
            first_kept: w.range.map(|((top, _), _)| u64::from(top) + w.skip as u64),
            rows: 0,
            held: Ok(Vec::new()),
            takes: false,
        })
        .collect();
    let mut reader = book.worksheet_cells_reader(&at.sheet)?;
    while let Some(cell) = reader.next_cell_with_formula()? {
        let formula = cell.formula.as_deref().filter(|f| !f.is_empty());
        let data = Data::from(cell.value);
        if data == Data::Empty && formula.is_none() {
            continue;
        }
        let (row, column) = cell.pos;
        // which wants take the cell, within their budgets
        let mut last_taker = None;
        for (k, (want, taking)) in wants.iter().zip(taking.iter_mut()).enumerate() {
            taking.takes = false;
            let Ok(held) = &taking.held else {
                continue;
            };
            let inside = want.range.is_none_or(|((top, left), (bottom, right))| {
                (top..=bottom).contains(&row) && (left..=right).contains(&column)
            });
            let first_kept = *taking
                .first_kept
                .get_or_insert(u64::from(row) + want.skip as u64);
            if !inside || u64::from(row) < first_kept {
                continue;
            }
            let (new_row, count) = (held.last().is_none_or(|h| h.row != row), held.len());
            if new_row {
                taking.rows += 1;
                if taking.rows > budgets::ROWS {
                    taking.held = Err(Exceeded::Rows);
                    continue;
                }
            }
            if count >= budgets::CELLS {
                let found = count as u64 + 1;
                taking.held = Err(Exceeded::Cells { found });
                continue;
            }
            taking.takes = true;
            last_taker = Some(k);
        }
        // the cell read as a value once: a copy for each taker but the last, which has it
        if let Some(last) = last_taker {
            let mut value = Some(at.value(row, column, &data, formula, diags));
            for (k, taking) in taking.iter_mut().enumerate() {
                if let (true, Ok(held)) = (taking.takes, &mut taking.held) {
                    let value = if k == last {
                        value.take()
                    } else {
                        value.clone()
                    };
                    held.push(Held {
                        row,
                        column,
                        value: value.unwrap_or(SheetValue::Empty),
                    });
                }
            }
        }
        if taking.iter().all(|t| t.held.is_err()) {
            break;
        }
    }
    Ok(taking
        .into_iter()
        .map(|t| {
            t.held.map(|mut held| {
                // a sheet's XML lists its cells in order; one that does not is put in order
                held.sort_by_key(|h| (h.row, h.column));
                held
            })
        })
        .collect())
}

/// The rows of the cells `held`: each from the range's first column to its last (the
/// held cells' when there is no range), its empty cells filled, the rows with nothing
/// in them left out.
fn rows_of(held: Vec<Held>, range: Option<Bounds>, at: &Where) -> Result<Vec<SheetRow>, Exceeded> {
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

    /// What the cell at (`row`, `column`) holds: its value, or empty (and a diagnostic)
    /// for a formula with no value saved or a value that cannot be shown.
    fn value(
        &self,
        row: u32,
        column: u32,
        data: &Data,
        formula: Option<&str>,
        diags: &mut Diagnostics,
    ) -> SheetValue {
        let no_value =
            matches!(data, Data::Empty) || matches!(data, Data::String(s) if s.is_empty());
        match formula {
            Some(formula) if no_value => {
                let message = BlockMessage::FormulaNoValue {
                    formula: formula.into(),
                };
                diags.push(self.diagnostic(row, column, message));
                SheetValue::Empty
            }
            _ => sheet_value(data).unwrap_or_else(|message| {
                diags.push(self.diagnostic(row, column, message));
                SheetValue::Empty
            }),
        }
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
    // the serial counts days from the Julian day of 1899-12-30
    let day = time::Date::from_julian_day(SERIAL_ZERO_JULIAN_DAY + serial.floor() as i32).ok()?;
    Some(crate::period::day_month_year(day))
}

/// The Julian day of 30/12/1899, the day Excel's serial 0 names (the serials after
/// 28/02/1900 count as if 1900 had had a 29 February, as Excel's do).
const SERIAL_ZERO_JULIAN_DAY: i32 = 2_415_019;

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
