//! The resolution of a checked table, once: after the figures its cells name, before the
//! figures that name its quantities. Its figure cells are filled, its percentage cells
//! computed (a typed one questioned when it differs), each column's total computed (the
//! sum of its cells, or for a percentage column the percentage of its columns' totals),
//! and the total row made from those totals: what the total row prints is what a
//! `total_figure` names.

use super::{Draft, Resolution, TotalRule};
use crate::messages::{BlockMessage, Message};
use crate::model::*;
use crate::numbers::{self, Decimal};
use crate::validate::Checker;

impl<'a> Checker<'a> {
    /// Computes what a table computes, once: its figure cells, its percentage cells, its
    /// column sums and its total row. A table whose figures are being computed from its
    /// own quantities is a circle: `false`.
    pub(in crate::validate) fn resolve_table(
        &mut self,
        id: TableId,
        path: &mut Vec<String>,
    ) -> bool {
        match self.tables[id].resolution {
            Resolution::Done => return true,
            Resolution::Resolving => return false,
            Resolution::Open => {}
        }
        self.tables[id].resolution = Resolution::Resolving;
        let cells = std::mem::take(&mut self.tables[id].figure_cells);
        for cell in &cells {
            // an undefined name is said with the other references
            let Some(figure) = self.compute(&cell.name, path) else {
                continue;
            };
            let decimals = cell.decimals.unwrap_or(figure.decimals);
            self.tables[id].table.rows[cell.row][cell.cell].content = Content::Number(Quantity {
                value: figure.value,
                decimals,
            });
        }
        let draft = &mut self.tables[id];
        let width = draft.rules.len();
        let mut problems: Vec<(usize, BlockMessage)> = Vec::new();
        for (column, rule) in draft.rules.iter().enumerate() {
            let Some(of) = rule.percent_of else { continue };
            for (r, row) in draft.table.rows.iter_mut().enumerate() {
                if let Some(problem) = percent_cell(row, column, of, rule.decimals) {
                    problems.push((r, problem));
                }
            }
        }
        let mut overflow = false;
        let sums: Vec<Quantity> = (0..width)
            .map(|column| {
                let decimals = draft.rules[column].decimals;
                let found = column_sum(&draft.table.rows, column, decimals);
                overflow |= found.is_err();
                found.ok().flatten().unwrap_or(Quantity {
                    value: Decimal::ZERO,
                    decimals: decimals.unwrap_or(0),
                })
            })
            .collect();
        draft.totals = draft
            .rules
            .iter()
            .zip(&sums)
            .map(|(rule, sum)| match rule.percent_of {
                None => Some(*sum),
                Some((a, b)) => {
                    let (x, y) = (sums.get(a)?, sums.get(b)?);
                    let value = numbers::percent(x.value, y.value);
                    overflow |= value.is_none() && !y.value.is_zero();
                    Some(Quantity {
                        value: value?,
                        decimals: rule.decimals.unwrap_or(1),
                    })
                }
            })
            .collect();
        draft.table.total = draft.total.as_ref().map(|rule| total_row(rule, draft));
        draft.resolution = Resolution::Done;
        let at = draft.at.clone();
        for (r, problem) in problems {
            let overflowed = problem == BlockMessage::TableOverflow;
            if let Some(d) = self.tables[id].places.diagnostic(r, problem) {
                self.diags.push(d);
            }
            self.tables[id].clean &= !overflowed;
        }
        if overflow {
            self.push(Message::Block(BlockMessage::TableOverflow), at);
            self.tables[id].clean = false;
        }
        true
    }

    /// Every table resolved, in order: the report's tables.
    pub(in crate::validate) fn finish_tables(&mut self) -> Vec<Table> {
        for id in 0..self.tables.len() {
            self.resolve_table(id, &mut Vec::new());
        }
        self.tables
            .iter_mut()
            .map(|d| std::mem::take(&mut d.table))
            .collect()
    }
}

/// The cell of a row that starts at grid column `column` and covers it alone.
fn single(row: &[Cell], column: usize) -> Option<usize> {
    row.iter()
        .position(|c| c.at(column) && c.span == 1 && !c.is_continuation())
}

/// Fills the cell of percent column `column` of a row with `a / b × 100` of the row's
/// cells in columns `a` and `b`; a figure typed there already is kept, and questioned
/// when it differs from the computed one at the column's decimals.
fn percent_cell(
    row: &mut [Cell],
    column: usize,
    (a, b): (usize, usize),
    decimals: Option<u32>,
) -> Option<BlockMessage> {
    let value = |col: usize| single(row, col).and_then(|i| row[i].quantity());
    let (Some(x), Some(y)) = (value(a), value(b)) else {
        return None;
    };
    let target = single(row, column)?;
    if y.value.is_zero() {
        return None;
    }
    let Some(exact) = numbers::percent(x.value, y.value) else {
        return Some(BlockMessage::TableOverflow);
    };
    let decimals = decimals.unwrap_or(1);
    let computed = numbers::format_vi(exact, decimals);
    let cell = &mut row[target];
    match &cell.content {
        Content::Empty => {
            cell.content = Content::Number(Quantity {
                value: exact,
                decimals,
            });
            None
        }
        Content::Number(written) => {
            let shown = numbers::format_vi(written.value, decimals);
            (shown != computed).then_some(BlockMessage::PercentDiffers {
                written: shown,
                computed,
            })
        }
        Content::Text(_) | Content::Plain(_) => None,
    }
}

/// The sum of a column's body cells one column wide, at `decimals` or the most any of
/// them has; `None` when it has no number, an error when the sum overflows.
fn column_sum(rows: &[Row], column: usize, decimals: Option<u32>) -> Result<Option<Quantity>, ()> {
    let mut sum: Option<Quantity> = None;
    for row in rows {
        let Some(q) = single(row, column).and_then(|i| row[i].quantity()) else {
            continue;
        };
        let before = sum.unwrap_or(Quantity {
            value: Decimal::ZERO,
            decimals: 0,
        });
        let value = numbers::add(before.value, q.value).ok_or(())?;
        sum = Some(Quantity {
            value,
            decimals: before.decimals.max(q.decimals),
        });
    }
    Ok(sum.map(|q| Quantity {
        value: q.value,
        decimals: decimals.unwrap_or(q.decimals),
    }))
}

/// The total row: the label over its columns, each summed column's total, a percentage
/// column's total where both columns it divides are summed.
fn total_row(rule: &TotalRule, draft: &Draft) -> Row {
    let width = draft.rules.len();
    let mut row = Vec::with_capacity(width);
    let mut column = 0;
    while column < width {
        if let Some((first, last)) = rule.label_columns
            && column == first
        {
            row.push(Cell {
                column: column as u32,
                span: (last - first + 1) as u32,
                rows: 1,
                content: Content::Text(rule.label.clone().into()),
                align: rule.label_align,
            });
            column = last + 1;
            continue;
        }
        let shown = rule.summed.contains(&column)
            || draft.rules[column]
                .percent_of
                .is_some_and(|(a, b)| rule.summed.contains(&a) && rule.summed.contains(&b));
        let content = match draft.totals[column].filter(|_| shown) {
            Some(q) => Content::Number(q),
            None => Content::Empty,
        };
        row.push(Cell {
            column: column as u32,
            span: 1,
            rows: 1,
            content,
            align: None,
        });
        column += 1;
    }
    row
}
