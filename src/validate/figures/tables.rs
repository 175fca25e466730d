//! The figures a table names (`total_figure`, `count_figure`, and its `figures:`: a cell
//! by its row's key, a count of rows by a condition), defined as the check meets the
//! table and read from the table once it is resolved ([`crate::validate::tables`]).

use std::collections::BTreeMap;

use super::{Condition, Defined, Print, Source, TableQuantity};
use crate::load::files::{Number, TableFigureMap, TableFile};
use crate::messages::{FigureMessage, Message};
use crate::model::{Content, Figure, Quantity, TableId};
use crate::numbers::{self, Decimal};
use crate::source::{FileId, Span};
use crate::validate::Checker;

impl<'a> Checker<'a> {
    /// The figures a table names: a column's total (`total_figure`), the number of body
    /// rows (`count_figure`), a cell or a count (`figures:`).
    pub(in crate::validate) fn table_figures(
        &mut self,
        file: FileId,
        t: &TableFile,
        id: TableId,
        width: usize,
    ) {
        let table = |what, unit, pad| Source::Table {
            table: id,
            what,
            unit,
            pad,
        };
        for (i, column) in t.columns.value.iter().enumerate() {
            if let Some(name) = &column.total_figure {
                let source = table(TableQuantity::ColumnTotal(i), None, false);
                self.define(name.value().trim(), file, name.span(file), source);
            }
        }
        if let Some(name) = &t.count_figure {
            let source = table(TableQuantity::Rows, None, false);
            self.define(name.value().trim(), file, name.span(file), source);
        }
        for (name, figure) in &t.figures.0 {
            let at = Span::new(file, figure.range());
            let Some(what) = self.table_quantity(file, name, &figure.definition, width, &at) else {
                self.define(name, file, at, Source::Invalid);
                continue;
            };
            let d = &figure.definition;
            let unit = d
                .unit
                .as_ref()
                .map(|u| crate::validate::to_nfc(u.value().trim()));
            let source = table(what, unit, d.pad == Some(true));
            self.define(name, file, at, source);
        }
    }

    fn table_quantity(
        &mut self,
        file: FileId,
        name: &str,
        d: &TableFigureMap,
        width: usize,
        at: &Span,
    ) -> Option<TableQuantity> {
        let column = |c: &mut Self, n: &Number| -> Option<usize> {
            let v = n.value();
            if v.fract() == 0.0 && v >= 1.0 && v <= width as f64 {
                Some(v as usize - 1)
            } else {
                let message = FigureMessage::TableFigureColumn {
                    column: v.to_string(),
                    columns: width,
                };
                c.push(Message::Figure(message), n.span(file));
                None
            }
        };
        let conditions = [
            d.equals.is_some(),
            d.at_least.is_some(),
            d.at_most.is_some(),
        ];
        let conditions = conditions.iter().filter(|c| **c).count();
        match (&d.row, &d.column, &d.count) {
            (Some(row), Some(c), None) if conditions == 0 => {
                let key = match &row.0.value {
                    crate::load::files::ScalarValue::Text(t) => crate::validate::to_nfc(t.trim()),
                    crate::load::files::ScalarValue::Number(v, _) => v.to_string(),
                    crate::load::files::ScalarValue::Empty => String::new(),
                };
                let column = column(self, c)?;
                Some(TableQuantity::Cell { key, column })
            }
            (None, None, Some(c)) if conditions <= 1 => {
                let column = column(self, c)?;
                let bound = |c: &mut Self, n: &Number| {
                    let v = numbers::from_f64(n.value());
                    if v.is_none() {
                        let message = FigureMessage::Overflow { name: name.into() };
                        c.push(Message::Figure(message), n.span(file));
                    }
                    v
                };
                let condition = if let Some(text) = &d.equals {
                    Condition::Equals(crate::validate::to_nfc(text.value().trim()))
                } else if let Some(n) = &d.at_least {
                    Condition::AtLeast(bound(self, n)?)
                } else if let Some(n) = &d.at_most {
                    Condition::AtMost(bound(self, n)?)
                } else {
                    Condition::Any
                };
                Some(TableQuantity::Count { column, condition })
            }
            _ => {
                let message = FigureMessage::TableFigureKind { name: name.into() };
                self.push(Message::Figure(message), at.clone());
                None
            }
        }
    }

    /// A figure read from a resolved table; none from a table with errors (said).
    pub(super) fn table_figure(
        &mut self,
        name: &str,
        d: &Defined,
        id: TableId,
        what: &TableQuantity,
        unit: Option<String>,
        pad: bool,
    ) -> Option<Figure> {
        let draft = &mut self.tables[id];
        if !draft.clean {
            return None;
        }
        let found = read_quantity(draft, name, what);
        match found {
            Ok(q) => {
                let print = Print {
                    decimals: q.decimals,
                    pad,
                    percent: false,
                    unit,
                };
                Some(print.figure(q.value))
            }
            Err(message) => {
                self.push(Message::Figure(message), d.at.clone());
                None
            }
        }
    }
}

/// The quantity of a resolved table that a figure names, or why it has none.
fn read_quantity(
    draft: &mut crate::validate::tables::Draft,
    name: &str,
    what: &TableQuantity,
) -> Result<Quantity, FigureMessage> {
    let count = |n: usize| Quantity {
        value: Decimal::from(n),
        decimals: 0,
    };
    match what {
        TableQuantity::ColumnTotal(column) => {
            if let Some(text) = &draft.texts[*column] {
                return Err(FigureMessage::TableFigureText {
                    name: name.into(),
                    value: text.clone(),
                });
            }
            draft.totals[*column].ok_or(FigureMessage::DivisionByZero { name: name.into() })
        }
        TableQuantity::Rows => Ok(count(draft.table.rows.len())),
        TableQuantity::Count { column, condition } => {
            let meets = |cell: &crate::model::Cell| match (condition, &cell.content) {
                (_, Content::Empty) => false,
                (Condition::Any, _) => true,
                (Condition::Equals(want), _) => cell.text() == *want,
                (Condition::AtLeast(bound), Content::Number(q)) => q.value >= *bound,
                (Condition::AtMost(bound), Content::Number(q)) => q.value <= *bound,
                _ => false,
            };
            let n = draft
                .table
                .rows
                .iter()
                .filter(|row| {
                    row.iter()
                        .find(|c| c.at(*column) && !c.is_continuation())
                        .is_some_and(meets)
                })
                .count();
            Ok(count(n))
        }
        TableQuantity::Cell { key, column } => {
            let rows = &draft.table.rows;
            let keys = draft.keys.get_or_insert_with(|| row_keys(rows));
            let found = keys
                .get(&(0, key.clone()))
                .or_else(|| keys.get(&(1, key.clone())))
                .map_or(&[][..], Vec::as_slice);
            match found {
                [r] => rows[*r]
                    .iter()
                    .find(|c| c.at(*column) && !c.is_continuation())
                    .and_then(|c| c.quantity())
                    .ok_or(FigureMessage::TableFigureNotNumber { name: name.into() }),
                _ => Err(FigureMessage::TableFigureRow {
                    key: key.clone(),
                    found: found.len(),
                }),
            }
        }
    }
}

/// The body rows by the text of their cells in the first two columns (a row's own cells:
/// one merged down from above is no key of it).
fn row_keys(rows: &[crate::model::Row]) -> BTreeMap<(usize, String), Vec<usize>> {
    let mut keys: BTreeMap<(usize, String), Vec<usize>> = BTreeMap::new();
    for (r, row) in rows.iter().enumerate() {
        for column in [0, 1] {
            if let Some(cell) = row.iter().find(|c| c.at(column) && !c.is_continuation()) {
                keys.entry((column, cell.text())).or_default().push(r);
            }
        }
    }
    keys
}
