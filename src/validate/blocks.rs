//! Blocks, tables and appendices: each block one kind; every table row fills the grid
//! exactly (merged cells included, see [`crate::grid`]); number columns hold numbers,
//! printed the Vietnamese way with the column's decimals; the total row computed from the
//! columns it names; rows from CSV and XLSX files checked cell by cell at their places;
//! appendices numbered, their orientation known, each referred to from the text.

use std::path::Path;

use super::Checker;
use crate::diagnostic::Diagnostic;
use crate::grid::{self, GridError, PlacedKind};
use crate::load::files::{
    AppendixFile, BlockFile, CellFile, CellValue, ColumnFile, RowFile, StructuredBlock, TableFile,
};
use crate::load::tabular::{Place, SheetValue};
use crate::load::{LoadedReport, Text};
use crate::markup::{Inline, Style};
use crate::messages::{BlockMessage, Message};
use crate::model::*;
use crate::numbers;
use crate::source::{FileId, SourceMap, Span};

/// The most decimals a column may print.
const MAX_DECIMALS: f64 = 6.0;

/// A number column: the decimals it prints.
#[derive(Clone, Copy)]
struct ColumnRule {
    decimals: Option<usize>,
    /// A percent column: (numerator, denominator) columns, 0-based.
    percent_of: Option<(usize, usize)>,
}

/// Where a row came from, for its diagnostics.
enum RowPlace<'a> {
    Yaml(Span),
    Sheet(&'a Path, Place),
}

impl RowPlace<'_> {
    fn diagnostic(&self, message: BlockMessage, sources: &SourceMap) -> Diagnostic {
        let message = Message::Block(message);
        match self {
            RowPlace::Yaml(span) => Diagnostic::spanned(message, sources, span.clone()),
            RowPlace::Sheet(file, place) => place.diagnostic(message, file),
        }
    }
}

impl<'a> Checker<'a> {
    pub(super) fn blocks(&mut self, file: FileId, blocks: &[BlockFile]) -> Vec<Block> {
        // as long as the list read, not the four a collected `filter_map` starts with: a
        // model has one or two blocks, 10,000 of them made 3 MB of room never used
        let mut out = Vec::with_capacity(blocks.len());
        out.extend(blocks.iter().filter_map(|b| self.block(file, b)));
        out
    }

    fn block(&mut self, file: FileId, block: &BlockFile) -> Option<Block> {
        match block {
            BlockFile::Paragraph(text) => Some(Block::Paragraph(self.paragraph(file, text))),
            BlockFile::Structured(b, _) => match &**b {
                StructuredBlock {
                    numbered: Some(items),
                    table: None,
                    ..
                } => {
                    if items.is_empty() {
                        self.block_error(file, block, BlockMessage::EmptyList);
                    }
                    let items = items.iter().map(|t| self.prose_inlines(file, t)).collect();
                    Some(Block::Numbered(items))
                }
                StructuredBlock {
                    numbered: None,
                    table: Some(table),
                    ..
                } => self
                    .table(file, table, block)
                    .map(|t| Block::Table(Box::new(t))),
                StructuredBlock {
                    numbered: None,
                    table: None,
                    keys: 1..,
                } => {
                    // keys of its own only: each said by the structural check of the file
                    // (an unknown key, or a paragraph read as a key)
                    None
                }
                _ => {
                    self.block_error(file, block, BlockMessage::BlockKind);
                    None
                }
            },
        }
    }

    fn block_error(&mut self, file: FileId, block: &BlockFile, message: BlockMessage) {
        self.push(Message::Block(message), Span::new(file, block.range()));
    }

    fn table(&mut self, file: FileId, t: &TableFile, block: &BlockFile) -> Option<Table> {
        self.definitions(file, &t.footnotes);
        let errors_before = self.diags.count(crate::diagnostic::Severity::Error);
        if t.columns.value.is_empty() {
            self.block_error(file, block, BlockMessage::TableNoColumns);
            return None;
        }
        let (columns, rules): (Vec<Column>, Vec<ColumnRule>) =
            t.columns.value.iter().map(|c| self.column(file, c)).unzip();
        let width = columns.len();
        let header: Vec<Vec<Cell>> = t
            .header
            .iter()
            .map(|row| self.yaml_row(file, row, None))
            .collect();
        self.fit(&t.header, &header, width, file);
        let mut rows: Vec<Vec<Cell>> = Vec::new();
        let mut places: Vec<RowPlace> = Vec::new();
        for row in &t.rows {
            rows.push(self.yaml_row(file, row, Some(&rules)));
            places.push(RowPlace::Yaml(Span::new(file, row.range())));
        }
        if let Some(spec) = &t.rows_from
            && let Some(sheet) = self.sheets.get(&(file, spec.file.range().start))
        {
            for row in &sheet.rows {
                let cells = self.sheet_row(&sheet.path, row, &rules, width);
                rows.push(cells);
                places.push(RowPlace::Sheet(&sheet.path, row.place.clone()));
            }
        }
        if rows.is_empty() && t.rows_from.is_none() {
            self.block_error(file, block, BlockMessage::TableNoRows);
        }
        self.fit_rows(&rows, &places, width);
        let total = t
            .total
            .as_ref()
            .map(|total| self.total(file, total, &rows, &rules));
        let mut total = total.flatten();
        for (i, rule) in rules.iter().enumerate() {
            if let Some((a, b)) = rule.percent_of {
                let check = |c: &mut Self, at: Option<&RowPlace>, message| {
                    if let Some(at) = at {
                        c.diags.push(at.diagnostic(message, c.sources));
                    }
                };
                for (row, place) in rows.iter_mut().zip(&places) {
                    if let Some(m) = percent_cell(row, width, i, (a, b), rule.decimals) {
                        check(self, Some(place), m);
                    }
                }
                if let Some(total) = &mut total {
                    percent_cell(total, width, i, (a, b), rule.decimals);
                }
            }
        }
        let table = Table {
            title: t.title.as_ref().map(|x| self.prose_inlines(file, x)),
            unit: t.unit.as_ref().map(|x| self.inlines(file, x)),
            columns,
            header,
            rows,
            total,
        };
        let clean = self.diags.count(crate::diagnostic::Severity::Error) == errors_before;
        clean.then_some(table)
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
        let decimals = c.decimals.as_ref().and_then(|d| {
            let v = d.value();
            if v.fract() == 0.0 && (0.0..=MAX_DECIMALS).contains(&v) {
                Some(v as usize)
            } else {
                let message = BlockMessage::TableColumnOption {
                    option: "decimals",
                    value: v.to_string(),
                };
                self.push(Message::Block(message), Span::new(file, d.range()));
                None
            }
        });
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
                    let message = BlockMessage::TableColumnOption {
                        option: "percent_of",
                        value: format!("{columns:?}"),
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

    /// The cells of a row written in YAML; `rules` for body rows (number columns).
    fn yaml_row(&mut self, file: FileId, row: &RowFile, rules: Option<&[ColumnRule]>) -> Vec<Cell> {
        let mut column = 0;
        let mut cells = Vec::new();
        for c in row.cells() {
            let cols = self.span(file, c.cols.as_ref());
            let rows = self.span(file, c.rows.as_ref());
            let rule = rules.and_then(|r| r.get(column)).copied();
            let (content, number) = self.cell_content(file, c, rule, column);
            cells.push(Cell {
                content,
                cols,
                rows,
                number,
            });
            column += cols;
        }
        cells
    }

    fn span(&mut self, file: FileId, n: Option<&crate::load::files::Number>) -> usize {
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

    fn cell_content(
        &mut self,
        file: FileId,
        c: &CellFile,
        rule: Option<ColumnRule>,
        column: usize,
    ) -> (Vec<Inline>, Option<f64>) {
        let number_column = rule.and_then(|r| r.decimals);
        match (&c.value, number_column) {
            (CellValue::Empty, _) => (Vec::new(), None),
            (CellValue::Number { value, decimals }, wanted) => {
                self.number_cell(file, c, *value, wanted.unwrap_or(*decimals), column)
            }
            (CellValue::Text(t), Some(decimals)) => match numbers::parse_vi(t.value()) {
                Some((value, _)) => self.number_cell(file, c, value, decimals, column),
                None if figure_name(t.value()).is_some() => {
                    let name = figure_name(t.value()).unwrap_or_default();
                    self.figure_refs
                        .push((name.to_string(), Span::new(file, t.range())));
                    match self.figure_values.get(name).map(|f| f.value) {
                        Some(value) => self.number_cell(file, c, value, decimals, column),
                        // undefined: said with the other references
                        None => (Vec::new(), None),
                    }
                }
                None if is_dash(t.value()) => (plain(t.value().trim()), None),
                None => {
                    let message = BlockMessage::TableNotNumber {
                        value: t.value().into(),
                        column: column + 1,
                    };
                    self.push(Message::Block(message), Span::new(file, t.range()));
                    (Vec::new(), None)
                }
            },
            (CellValue::Text(t), None) => (self.inlines(file, t), None),
        }
    }

    fn number_cell(
        &mut self,
        file: FileId,
        c: &CellFile,
        value: f64,
        decimals: usize,
        column: usize,
    ) -> (Vec<Inline>, Option<f64>) {
        match numbers::format_vi(value, decimals) {
            Some(text) => (plain(&text), Some(value)),
            None => {
                let message = BlockMessage::TableNotNumber {
                    value: value.to_string(),
                    column: column + 1,
                };
                self.push(Message::Block(message), Span::new(file, c.range()));
                (Vec::new(), None)
            }
        }
    }

    /// The cells of a row read from a spreadsheet or CSV file.
    fn sheet_row(
        &mut self,
        path: &Path,
        row: &crate::load::tabular::SheetRow,
        rules: &[ColumnRule],
        width: usize,
    ) -> Vec<Cell> {
        let mut cells = Vec::new();
        for (i, cell) in row.cells.iter().enumerate().take(width) {
            let decimals = rules.get(i).and_then(|r| r.decimals);
            let at = RowPlace::Sheet(path, cell.place.clone());
            let (content, number) = match (&cell.value, decimals) {
                (SheetValue::Empty, _) => (Vec::new(), None),
                (SheetValue::Number(v, shown), wanted) => {
                    match numbers::format_vi(*v, wanted.unwrap_or(*shown)) {
                        Some(text) => (plain(&text), Some(*v)),
                        None => (Vec::new(), None),
                    }
                }
                (SheetValue::Text(t), Some(_)) if is_dash(t) => (plain(t), None),
                (SheetValue::Text(t), Some(_)) => {
                    let message = BlockMessage::TableNotNumber {
                        value: t.clone(),
                        column: i + 1,
                    };
                    self.diags.push(at.diagnostic(message, self.sources));
                    (Vec::new(), None)
                }
                (SheetValue::Text(t), None) => (plain(&super::to_nfc(t)), None),
            };
            cells.push(Cell {
                content,
                cols: 1,
                rows: 1,
                number,
            });
        }
        if row.cells.len() != width {
            let message = BlockMessage::TableRowWidth {
                found: row.cells.len(),
                columns: width,
            };
            let at = RowPlace::Sheet(path, row.place.clone());
            self.diags.push(at.diagnostic(message, self.sources));
        }
        cells
    }

    /// The header rows fill the grid.
    fn fit(&mut self, rows: &[RowFile], cells: &[Vec<Cell>], width: usize, file: FileId) {
        let shapes: Vec<Vec<(usize, usize)>> = cells
            .iter()
            .map(|r| r.iter().map(|c| (c.cols, c.rows)).collect())
            .collect();
        let (_, errors) = grid::place(&shapes, width);
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
    }

    /// The body rows fill the grid; a spreadsheet row's width is checked as it is read.
    fn fit_rows(&mut self, rows: &[Vec<Cell>], places: &[RowPlace], width: usize) {
        let shapes: Vec<Vec<(usize, usize)>> = rows
            .iter()
            .map(|r| r.iter().map(|c| (c.cols, c.rows)).collect())
            .collect();
        let (_, errors) = grid::place(&shapes, width);
        for e in errors {
            let (message, row, _) = grid_message(e);
            // a spreadsheet row's width was said when it was read
            if let Some(place @ RowPlace::Yaml(..)) = places.get(row) {
                self.diags.push(place.diagnostic(message, self.sources));
            }
        }
    }

    fn total(
        &mut self,
        file: FileId,
        total: &crate::load::files::TotalFile,
        rows: &[Vec<Cell>],
        rules: &[ColumnRule],
    ) -> Option<Vec<Cell>> {
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
        let shapes: Vec<Vec<(usize, usize)>> = rows
            .iter()
            .map(|r| r.iter().map(|c| (c.cols, c.rows)).collect())
            .collect();
        let (placed, _) = grid::place(&shapes, width);
        let mut sums = vec![0.0; width];
        for (row, cells) in placed.iter().zip(rows) {
            for p in row {
                if let PlacedKind::Cell { index, .. } = p.kind
                    && p.span == 1
                    && let Some(v) = cells.get(index).and_then(|c| c.number)
                    && let Some(sum) = sums.get_mut(p.column)
                {
                    *sum += v;
                }
            }
        }
        let label = self.inlines(file, &total.label);
        let mut cells = vec![Cell {
            content: label,
            cols: first.max(1),
            rows: 1,
            number: None,
        }];
        let start = if first == 0 { 1 } else { first };
        for (column, sum) in sums.iter().enumerate().skip(start) {
            let content = if summed.contains(&column) {
                let decimals = rules[column].decimals.unwrap_or(0);
                plain(&numbers::format_vi(*sum, decimals).unwrap_or_default())
            } else {
                Vec::new()
            };
            cells.push(Cell {
                content,
                cols: 1,
                rows: 1,
                number: summed.contains(&column).then_some(*sum),
            });
        }
        if first == 0 {
            // the first column is summed itself: the label has no room of its own
            let decimals = rules[0].decimals.unwrap_or(0);
            cells[0].content = plain(&numbers::format_vi(sums[0], decimals).unwrap_or_default());
        }
        Some(cells)
    }

    /// The appendices, numbered in file order; their keys for `[Phụ lục: key]`.
    pub(super) fn appendices(&mut self, loaded: &LoadedReport) -> Vec<Appendix> {
        loaded
            .appendices
            .iter()
            .map(|(id, a)| self.appendix(*id, a))
            .collect()
    }

    fn appendix(&mut self, file: FileId, a: &AppendixFile) -> Appendix {
        self.definitions(file, &a.footnotes);
        let landscape = a
            .orientation
            .as_ref()
            .is_some_and(|o| self.orientation(file, o));
        Appendix {
            key: appendix_key(self.sources.path(file)),
            title: a.title.as_ref().map(|t| super::to_nfc(t.value().trim())),
            landscape,
            body: self.blocks(file, &a.body),
        }
    }

    /// `portrait` → false, `landscape` → true; anything else is an error.
    pub(super) fn orientation(&mut self, file: FileId, value: &Text) -> bool {
        match value.value().trim() {
            "portrait" => false,
            "landscape" => true,
            other => {
                let message = BlockMessage::Orientation {
                    value: other.into(),
                };
                self.push(Message::Block(message), Span::new(file, value.range()));
                false
            }
        }
    }

    /// Every `[Phụ lục: key]` names an appendix; every appendix is referred to.
    pub(super) fn check_appendix_refs(&mut self, appendices: &[Appendix]) {
        let known: Vec<&str> = appendices.iter().map(|a| a.key.as_str()).collect();
        let refs = std::mem::take(&mut self.appendix_refs);
        for (key, at) in &refs {
            if !known.contains(&key.as_str()) {
                let message = BlockMessage::AppendixRefUnknown {
                    key: key.clone(),
                    known: known.join(", "),
                };
                self.push(Message::Block(message), at.clone());
            }
        }
        for (a, id) in appendices.iter().zip(&self.appendix_files) {
            if !refs.iter().any(|(key, _)| *key == a.key) {
                let message = BlockMessage::AppendixUnused { key: a.key.clone() };
                let path = self.sources.path(*id).to_path_buf();
                self.diags
                    .push(Diagnostic::new(Message::Block(message), &path));
            }
        }
    }
}

/// Fills the cell of percent column `column` of a row with `a / b × 100` of the row's
/// cells in columns `a` and `b`; a figure typed there already is kept, and questioned
/// when it differs from the computed one at the column's decimals.
fn percent_cell(
    row: &mut [Cell],
    width: usize,
    column: usize,
    (a, b): (usize, usize),
    decimals: Option<usize>,
) -> Option<BlockMessage> {
    // the cell of each grid column, where a row's cells each cover one
    let mut at = Vec::with_capacity(width);
    for (index, cell) in row.iter().enumerate() {
        for _ in 0..cell.cols {
            at.push(if cell.cols == 1 { Some(index) } else { None });
        }
    }
    let value = |col: usize| at.get(col).copied().flatten().and_then(|i| row[i].number);
    let (Some(x), Some(y)) = (value(a), value(b)) else {
        return None;
    };
    let target = at.get(column).copied().flatten()?;
    if y == 0.0 {
        return None;
    }
    let decimals = decimals.unwrap_or(1);
    let computed = numbers::format_vi(x / y * 100.0, decimals)?;
    let cell = &mut row[target];
    match cell.number {
        None if cell.content.is_empty() => {
            cell.content = plain(&computed);
            cell.number = Some(x / y * 100.0);
            None
        }
        Some(written) => {
            let shown = numbers::format_vi(written, decimals)?;
            (shown != computed).then_some(BlockMessage::PercentDiffers {
                written: shown,
                computed,
            })
        }
        None => None,
    }
}

/// An appendix's key: its file name without the extension and a leading order number
/// (`appendices/01-ngan-sach.yaml` → `ngan-sach`).
pub fn appendix_key(path: &Path) -> String {
    let stem = path.file_stem().and_then(|s| s.to_str()).unwrap_or("");
    let digits = stem.chars().take_while(char::is_ascii_digit).count();
    match stem[digits..].strip_prefix(['-', '_', '.', ' ']) {
        Some(rest) if digits > 0 && !rest.is_empty() => rest.to_string(),
        _ => stem.to_string(),
    }
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
fn is_dash(s: &str) -> bool {
    matches!(s.trim(), "-" | "–" | "—" | "x" | "X")
}

fn plain(text: &str) -> Vec<Inline> {
    vec![Inline::Text {
        text: text.to_string(),
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn appendix_keys_drop_the_order_number() {
        let key = |p: &str| appendix_key(Path::new(p));
        assert_eq!(key("appendices/01-ngan-sach.yaml"), "ngan-sach");
        assert_eq!(key("appendices/2_ap.yml"), "ap");
        assert_eq!(key("appendices/ngan-sach.yaml"), "ngan-sach");
        assert_eq!(key("appendices/2021.yaml"), "2021");
        assert_eq!(key("appendices/01-.yaml"), "01-");
    }
}
