//! Tables: each checked once into the numeric [`Table`] that everything downstream reads.
//! Its header and body rows are placed on the grid once ([`crate::grid`]); every cell is
//! then read by the rule of the column it lands in: a number column's cells are exact
//! decimals at the column's decimals (or the cell's own), a dash, or a reference to a
//! named figure; the rows the loader attached from a CSV or XLSX file are read by the same
//! rules as the rows written in YAML. The figure cells, the percentage columns, the
//! column sums and the total row are computed once, when the table is resolved
//! ([`Checker::resolve_table`]): after the figures its cells name, before the figures
//! that name its quantities (`total_figure`, `count_figure`, `figures:`), so that a figure
//! and the table it comes from print the same number.

mod resolve;

use std::path::PathBuf;

use super::Checker;
use crate::diagnostic::Diagnostic;
use crate::grid::{self, Grid, GridError, Placed, PlacedKind};
use crate::load::files::{
    BlockFile, CellFile, CellValue, ColumnFile, Number, RowFile, TableFile, TotalFile,
};
use crate::load::tabular::{Place, SheetCell, SheetRows, SheetValue};
use crate::markup::{Inline, Style};
use crate::messages::{BlockMessage, Message};
use crate::model::*;
use crate::numbers::{self, Decimal, MAX_DECIMALS};
use crate::source::{FileId, Span};

/// What a column asks of its cells.
#[derive(Clone, Copy, Default)]
pub(super) struct ColumnRule {
    /// A number column: the decimals it prints with.
    pub decimals: Option<u32>,
    /// A percentage column: (numerator, denominator) columns, 0-based.
    pub percent_of: Option<(usize, usize)>,
}

/// Where each body row is, for its diagnostics: the YAML rows, then the file's.
#[derive(Default)]
pub(super) struct Places {
    yaml: Vec<Span>,
    /// The file's rows, each by its first cell's [`Place::numbers`] (8 bytes a row, not
    /// a whole place's 24), and the place of the first, which says what they number.
    sheet: Vec<(u32, u32)>,
    first: Option<Place>,
    /// The file the rows after the YAML ones came from.
    path: Option<PathBuf>,
}

impl Places {
    /// A diagnostic at body row `r`.
    fn diagnostic(&self, r: usize, message: BlockMessage) -> Option<Diagnostic> {
        let message = Message::Block(message);
        Some(match r.checked_sub(self.yaml.len()) {
            None => Diagnostic::spanned(message, self.yaml[r].clone()),
            Some(s) => {
                let path = self.path.as_deref().unwrap_or(std::path::Path::new(""));
                let place = self.first.as_ref()?.with_numbers(*self.sheet.get(s)?);
                place.diagnostic(message, path)
            }
        })
    }
}

/// A number cell that names a figure, filled when the table is resolved.
struct FigureCell {
    row: usize,
    cell: usize,
    name: String,
    /// The cell's own decimals, or its column's.
    decimals: Option<u32>,
}

/// The total row as written: the columns summed, where its label goes.
struct TotalRule {
    summed: Vec<usize>,
    label: Vec<Inline>,
    /// The label's first and last column (0-based); none when the first column is summed
    /// and no room was named.
    label_columns: Option<(usize, usize)>,
    label_align: Option<CellAlign>,
}

/// How far a table is resolved.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Resolution {
    Open,
    Resolving,
    Done,
}

/// A table as checked, with what its resolution needs.
pub(super) struct Draft {
    pub table: Table,
    /// The table's place (the block).
    pub at: Span,
    places: Places,
    figure_cells: Vec<FigureCell>,
    pub rules: Vec<ColumnRule>,
    total: Option<TotalRule>,
    /// Whether its own check found no error.
    pub clean: bool,
    pub resolution: Resolution,
    /// Each column's total, computed on resolution: the sum of its body cells one column
    /// wide, at the column's decimals (or the most any of them has); for a percentage
    /// column, the percentage of its two columns' totals (none where that divides by
    /// zero), never a sum of percentages. What the total row prints and what a
    /// `total_figure` names.
    pub totals: Vec<Option<Quantity>>,
    /// The first text (not a dash) of each column's body cells, if any.
    pub texts: Vec<Option<String>>,
    /// The body rows by the text of their first and second cells, made when a figure
    /// first names a cell by its row's key: (column, key) → rows.
    pub keys: Option<std::collections::BTreeMap<(usize, String), Vec<usize>>>,
}

impl<'a> Checker<'a> {
    /// Checks a table block; its place in [`Checker::tables`], which the block refers to.
    pub(super) fn table(&mut self, file: FileId, t: &TableFile, block: &BlockFile) -> TableId {
        let id = self.tables.len();
        let at = Span::new(file, block.range());
        self.definitions(file, &t.footnotes);
        let diags_before = self.diags.len();
        if t.columns.value.is_empty() {
            self.push(Message::Block(BlockMessage::TableNoColumns), at.clone());
            self.tables.push(Draft::empty(at));
            return id;
        }
        let (columns, rules): (Vec<Column>, Vec<ColumnRule>) =
            t.columns.value.iter().map(|c| self.column(file, c)).unzip();
        let width = columns.len();
        let title = t.title.as_ref().map(|x| self.inlines(file, x));
        let unit = t.unit.as_ref().map(|x| self.inlines(file, x));
        let header = self.header(file, &t.header, width);
        let mut figure_cells = Vec::new();
        let (rows, places) = self.body(file, t, &rules, &mut figure_cells);
        if rows.is_empty() && t.rows_from.is_none() {
            self.push(Message::Block(BlockMessage::TableNoRows), at.clone());
        }
        let total = t
            .total
            .as_ref()
            .and_then(|x| self.total_rule(file, x, &rules));
        let texts = column_texts(&rows, width);
        let draft = Draft {
            table: Table {
                title,
                unit,
                columns,
                header,
                rows,
                total: None,
            },
            at,
            places,
            figure_cells,
            rules,
            total,
            clean: !self.diags.has_errors_from(diags_before),
            resolution: Resolution::Open,
            totals: Vec::new(),
            texts,
            keys: None,
        };
        self.tables.push(draft);
        self.table_figures(file, t, id, width);
        id
    }

    fn column(&mut self, file: FileId, c: &ColumnFile) -> (Column, ColumnRule) {
        let weight = match &c.width {
            Some(w) if w.value().is_finite() && w.value() > 0.0 => w.value(),
            Some(w) => {
                let message = BlockMessage::TableColumnOption {
                    option: "width",
                    value: w.value().to_string(),
                };
                self.push(Message::Block(message), Span::new(file, w.range()));
                1.0
            }
            None => 1.0,
        };
        let decimals = c.decimals.as_ref().and_then(|d| self.decimals(file, d));
        let default = if c.decimals.is_some() {
            CellAlign::Right
        } else {
            CellAlign::Left
        };
        let align = match &c.align {
            Some(a) => CellAlign::parse(a.value()).unwrap_or_else(|| {
                let message = BlockMessage::TableColumnOption {
                    option: "align",
                    value: a.value().into(),
                };
                self.push(Message::Block(message), Span::new(file, a.range()));
                default
            }),
            None => default,
        };
        let percent_of = c.percent_of.as_ref().and_then(|p| {
            let columns: Vec<f64> = p.value.iter().map(|n| n.value()).collect();
            match columns.as_slice() {
                [a, b] if a.fract() == 0.0 && b.fract() == 0.0 && *a >= 1.0 && *b >= 1.0 => {
                    Some((*a as usize - 1, *b as usize - 1))
                }
                _ => {
                    let written: Vec<String> = columns.iter().map(f64::to_string).collect();
                    let message = BlockMessage::TableColumnOption {
                        option: "percent_of",
                        value: format!("[{}]", written.join(", ")),
                    };
                    let at = crate::load::files::location_range(&p.referenced);
                    self.push(Message::Block(message), Span::new(file, at));
                    None
                }
            }
        });
        // a percent column is a number column, at one decimal unless said
        let decimals = decimals.or(percent_of.map(|_| 1));
        let align = if percent_of.is_some() && c.align.is_none() {
            CellAlign::Right
        } else {
            align
        };
        (
            Column { weight, align },
            ColumnRule {
                decimals,
                percent_of,
            },
        )
    }

    /// `decimals:` of a column or a cell: a whole number from 0 to 6, else an error.
    fn decimals(&mut self, file: FileId, d: &Number) -> Option<u32> {
        let v = d.value();
        if v.fract() == 0.0 && (0.0..=f64::from(MAX_DECIMALS)).contains(&v) {
            Some(v as u32)
        } else {
            let message = BlockMessage::TableColumnOption {
                option: "decimals",
                value: v.to_string(),
            };
            self.push(Message::Block(message), Span::new(file, d.range()));
            None
        }
    }

    /// The header rows on the grid: text, bold, centred by layout.
    fn header(&mut self, file: FileId, rows: &[RowFile], width: usize) -> Vec<Row> {
        let shapes: Vec<Vec<(usize, usize)>> = rows.iter().map(|r| self.shapes(file, r)).collect();
        let (placed, errors) = grid::place(&shapes, width);
        for e in errors {
            let (message, row, cell) = grid_message(e);
            let Some(row_file) = rows.get(row) else {
                continue;
            };
            let at = cell
                .and_then(|i| row_file.cells().get(i))
                .map_or(row_file.range(), CellFile::range);
            self.push(Message::Block(message), Span::new(file, at));
        }
        placed
            .iter()
            .zip(rows)
            .map(|(placed, row)| {
                placed
                    .iter()
                    .map(|p| {
                        let content = match p.kind {
                            PlacedKind::Continue => Content::Empty,
                            PlacedKind::Cell { index, .. } => match &row.cells()[index].value {
                                CellValue::Text(t) => Content::Text(self.inlines(file, t).into()),
                                CellValue::Number { value, decimals } => Content::Text(
                                    plain(&number_as_written(*value, *decimals)).into(),
                                ),
                                CellValue::Empty => Content::Empty,
                            },
                        };
                        cell_at(p, content)
                    })
                    .collect()
            })
            .collect()
    }

    /// The `(cols, rows)` of each cell of a YAML row.
    fn shapes(&mut self, file: FileId, row: &RowFile) -> Vec<(usize, usize)> {
        row.cells()
            .iter()
            .map(|c| {
                (
                    self.span(file, c.cols.as_ref()),
                    self.span(file, c.rows.as_ref()),
                )
            })
            .collect()
    }

    fn span(&mut self, file: FileId, n: Option<&Number>) -> usize {
        let Some(n) = n else { return 1 };
        let v = n.value();
        if v.fract() == 0.0 && (1.0..=100.0).contains(&v) {
            v as usize
        } else {
            let message = BlockMessage::TableSpan {
                value: v.to_string(),
            };
            self.push(Message::Block(message), Span::new(file, n.range()));
            1
        }
    }

    /// The body rows, those written in YAML then those read from the `rows_from` file,
    /// placed on the grid a row at a time and read cell by cell by their columns' rules.
    /// The file's rows are taken from the table as they are read (put back only when the
    /// files are to be read again), so that they are not held twice.
    fn body(
        &mut self,
        file: FileId,
        t: &TableFile,
        rules: &[ColumnRule],
        figure_cells: &mut Vec<FigureCell>,
    ) -> (Vec<Row>, Places) {
        let width = rules.len();
        if let Some(spec) = &t.units {
            let at = Span::new(file, crate::source::range_of(&spec.referenced));
            self.check_unit_rows(file, &spec.value, at);
        }
        let at = t.rows_at();
        let sheet = at.and_then(|at| self.read_rows.take(file, at));
        let kept = if self.keep_files { sheet.clone() } else { None };
        let mut places = Places {
            yaml: t.rows.iter().map(|r| Span::new(file, r.range())).collect(),
            sheet: Vec::new(),
            first: None,
            path: sheet.as_ref().map(|s| s.path.clone()),
        };
        let sheet_rows = sheet.map(|s| s.rows);
        let sheet_count = sheet_rows.as_ref().map_or(0, SheetRows::len);
        let mut grid = Grid::new(width);
        let mut rows = Vec::with_capacity(t.rows.len() + sheet_count);
        for (r, row) in t.rows.iter().enumerate() {
            let row_decimals = row.decimals.as_ref().and_then(|d| self.decimals(file, d));
            let shapes = self.shapes(file, row);
            let placed = grid.place_row(shapes);
            let mut cells = Vec::with_capacity(placed.len());
            for p in &placed {
                let content = match p.kind {
                    PlacedKind::Continue => Content::Empty,
                    PlacedKind::Cell { index, .. } => {
                        // a row's own decimals hold for its number cells
                        let rule = rules.get(p.column).copied().filter(|_| p.span == 1);
                        let rule = rule.map(|r| ColumnRule {
                            decimals: r.decimals.and(row_decimals).or(r.decimals),
                            ..r
                        });
                        match self.yaml_cell(file, &row.cells()[index], rule, p.column) {
                            Read::Content(c) => c,
                            Read::Figure(name, decimals) => {
                                let cell = cells.len();
                                figure_cells.push(FigureCell {
                                    row: r,
                                    cell,
                                    name,
                                    decimals,
                                });
                                Content::Empty
                            }
                        }
                    }
                };
                cells.push(cell_at(p, content));
            }
            rows.push(cells);
        }
        places.sheet.reserve_exact(sheet_count);
        let path = places.path.clone();
        for row in sheet_rows.into_iter().flatten() {
            let Some(place) = row.place().cloned() else {
                continue;
            };
            places.sheet.push(place.numbers());
            places.first.get_or_insert(place);
            let placed = grid.place_row(std::iter::repeat_n((1, 1), row.cells.len()));
            // (a row under a cell merged down into it has the continuation first: its
            // cells follow, in order)
            let mut read = row.cells.into_iter();
            let mut cells = Vec::with_capacity(placed.len());
            for p in &placed {
                let content = match p.kind {
                    PlacedKind::Continue => Content::Empty,
                    PlacedKind::Cell { .. } => match read.next() {
                        Some(cell) => {
                            let rule = rules.get(p.column).copied();
                            self.sheet_cell(path.as_deref(), cell, rule, p.column)
                        }
                        None => Content::Empty,
                    },
                };
                cells.push(cell_at(p, content));
            }
            rows.push(cells);
        }
        for e in grid.finish() {
            let (message, row, _) = grid_message(e);
            if let Some(d) = places.diagnostic(row, message) {
                self.diags.push(d);
            }
        }
        if let (Some(at), Some(sheet)) = (at, kept) {
            self.read_rows.put_back(file, at, sheet);
        }
        (rows, places)
    }

    /// A cell written in YAML, by its column's rule.
    fn yaml_cell(
        &mut self,
        file: FileId,
        c: &CellFile,
        rule: Option<ColumnRule>,
        column: usize,
    ) -> Read {
        let own = c.decimals.as_ref().and_then(|d| self.decimals(file, d));
        let wanted = own.or(rule.and_then(|r| r.decimals));
        let at = Span::new(file, c.range());
        match &c.value {
            CellValue::Empty => Read::Content(Content::Empty),
            CellValue::Number { value, decimals } => match self.yaml_number(*value, at) {
                Some(v) => Read::Content(Content::Number(Quantity {
                    value: v,
                    decimals: wanted.unwrap_or(*decimals as u32),
                })),
                None => Read::Content(Content::Empty),
            },
            CellValue::Text(t) if rule.is_some_and(|r| r.decimals.is_some()) => {
                let decimals = wanted.unwrap_or(0);
                let value = t.value();
                match numbers::parse_vi(value) {
                    Some((v, _)) => Read::Content(Content::Number(Quantity { value: v, decimals })),
                    None => match figure_name(value) {
                        Some(name) => {
                            self.figure_refs.push((name.to_string(), t.span(file)));
                            Read::Figure(name.to_string(), wanted)
                        }
                        None if is_dash(value) => {
                            Read::Content(Content::Text(plain(value.trim()).into()))
                        }
                        None => {
                            let message = BlockMessage::TableNotNumber {
                                value: value.into(),
                                column: column + 1,
                            };
                            self.push(Message::Block(message), t.span(file));
                            Read::Content(Content::Empty)
                        }
                    },
                }
            }
            CellValue::Text(t) => Read::Content(Content::Text(self.inlines(file, t).into())),
        }
    }

    /// A YAML number as an exact decimal; past what decimals hold, an error at `at`.
    fn yaml_number(&mut self, value: f64, at: Span) -> Option<Decimal> {
        let exact = numbers::from_f64(value);
        if exact.is_none() {
            self.push(Message::Block(BlockMessage::TableOverflow), at);
        }
        exact
    }

    /// A cell read from a CSV or XLSX file, by its column's rule (its text moved, not
    /// copied, into the table).
    fn sheet_cell(
        &mut self,
        path: Option<&std::path::Path>,
        cell: SheetCell,
        rule: Option<ColumnRule>,
        column: usize,
    ) -> Content {
        let number_column = rule.and_then(|r| r.decimals);
        if let SheetValue::Text(t) = &cell.value {
            // a cell is text like any other: no control character, no legacy encoding
            let path = path.unwrap_or(std::path::Path::new(""));
            for message in crate::load::text::check_cell(t) {
                self.diags.push(cell.place.diagnostic(message, path));
            }
        }
        match cell.value {
            SheetValue::Empty => Content::Empty,
            SheetValue::Number(value, shown) => Content::Number(Quantity {
                value,
                decimals: number_column.unwrap_or(shown),
            }),
            SheetValue::Text(t) if number_column.is_some() && is_dash(&t) => {
                Content::Text(plain(t.trim()).into())
            }
            SheetValue::Text(t) if number_column.is_some() => {
                let message = BlockMessage::TableNotNumber {
                    value: t,
                    column: column + 1,
                };
                let path = path.unwrap_or(std::path::Path::new(""));
                self.diags
                    .push(cell.place.diagnostic(Message::Block(message), path));
                Content::Empty
            }
            SheetValue::Text(t) => Content::Plain(super::to_nfc_owned(t).into()),
        }
    }

    /// The total row as written: its columns (number columns), its label and the
    /// columns the label takes.
    fn total_rule(
        &mut self,
        file: FileId,
        total: &TotalFile,
        rules: &[ColumnRule],
    ) -> Option<TotalRule> {
        let width = rules.len();
        let mut summed = Vec::new();
        for n in &total.columns.value {
            let v = n.value();
            let index = v as usize;
            let ok = v.fract() == 0.0
                && v >= 1.0
                && index <= width
                && rules[index - 1].decimals.is_some();
            if ok {
                summed.push(index - 1);
            } else {
                let message = BlockMessage::TotalColumn {
                    column: v.to_string(),
                    columns: width,
                };
                self.push(Message::Block(message), Span::new(file, n.range()));
            }
        }
        summed.sort_unstable();
        summed.dedup();
        let first = *summed.first()?;
        let label_columns = match &total.label_columns {
            None => (first > 0).then(|| (0, first - 1)),
            Some(named) => {
                let values: Vec<f64> = named.value.iter().map(|n| n.value()).collect();
                match values.as_slice() {
                    [a, b]
                        if a.fract() == 0.0
                            && b.fract() == 0.0
                            && *a >= 1.0
                            && a <= b
                            && (*b as usize) <= first =>
                    {
                        Some((*a as usize - 1, *b as usize - 1))
                    }
                    _ => {
                        let written: Vec<String> = values.iter().map(f64::to_string).collect();
                        let message = BlockMessage::TotalLabel {
                            value: format!("[{}]", written.join(", ")),
                            first: first + 1,
                        };
                        let at = crate::load::files::location_range(&named.referenced);
                        self.push(Message::Block(message), Span::new(file, at));
                        None
                    }
                }
            }
        };
        let label_align = total.label_align.as_ref().and_then(|a| {
            let found = CellAlign::parse(a.value());
            if found.is_none() {
                let message = BlockMessage::TableColumnOption {
                    option: "align",
                    value: a.value().into(),
                };
                self.push(Message::Block(message), a.span(file));
            }
            found
        });
        Some(TotalRule {
            summed,
            label: self.inlines(file, &total.label),
            label_columns,
            label_align,
        })
    }
}

/// What reading a cell gave: its content, or a figure it names.
enum Read {
    Content(Content),
    Figure(String, Option<u32>),
}

impl Draft {
    /// The draft of a table that could not be read at all (no columns).
    fn empty(at: Span) -> Draft {
        Draft {
            table: Table::default(),
            at,
            places: Places::default(),
            figure_cells: Vec::new(),
            rules: Vec::new(),
            total: None,
            clean: false,
            resolution: Resolution::Open,
            totals: Vec::new(),
            texts: Vec::new(),
            keys: None,
        }
    }
}

/// A placed cell with its content.
fn cell_at(p: &Placed, content: Content) -> Cell {
    let rows = match p.kind {
        PlacedKind::Cell { rows, .. } => rows,
        PlacedKind::Continue => 0,
    };
    Cell {
        column: p.column as u32,
        span: p.span as u32,
        rows: rows as u32,
        content,
        align: None,
    }
}

/// The first text (not a dash) of each column's body cells one column wide.
fn column_texts(rows: &[Row], width: usize) -> Vec<Option<String>> {
    let mut out = vec![None; width];
    for row in rows {
        for cell in row.iter().filter(|c| c.span == 1) {
            // (every cell is on the grid: the slot is there)
            let Some(slot) = out.get_mut(cell.column as usize) else {
                continue;
            };
            if matches!(cell.content, Content::Text(_) | Content::Plain(_)) && slot.is_none() {
                let text = cell.text();
                if !is_dash(&text) {
                    *slot = Some(text);
                }
            }
        }
    }
    out
}

/// A number of a header cell, as the YAML wrote it.
fn number_as_written(value: f64, decimals: usize) -> String {
    numbers::from_f64(value).map_or_else(
        || value.to_string(),
        |v| numbers::format_vi(v, decimals as u32),
    )
}

/// `name` of a cell that is only a figure reference, `[=name]`.
fn figure_name(text: &str) -> Option<&str> {
    let name = text.trim().strip_prefix("[=")?.strip_suffix(']')?;
    let plain = name
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
    (!name.is_empty() && plain).then_some(name)
}

/// A dash or an empty mark, which a number column may hold for "no figure".
pub(super) fn is_dash(s: &str) -> bool {
    matches!(s.trim(), "-" | "–" | "—" | "x" | "X")
}

pub(super) fn plain(text: &str) -> Vec<Inline> {
    plain_owned(text.to_string())
}

fn plain_owned(text: String) -> Vec<Inline> {
    vec![Inline::Text {
        text,
        style: Style::default(),
    }]
}

fn grid_message(e: GridError) -> (BlockMessage, usize, Option<usize>) {
    match e {
        GridError::RowWidth {
            row,
            found,
            columns,
        } => (BlockMessage::TableRowWidth { found, columns }, row, None),
        GridError::PastLastRow { row, index } => (BlockMessage::TablePastLastRow, row, Some(index)),
        GridError::Overlap { row, index } => (BlockMessage::TableOverlap, row, Some(index)),
    }
}
