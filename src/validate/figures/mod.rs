//! Named figures: every definition gathered as the check meets it (a name is defined
//! once in the whole report: in a `figures:` map, or by a table for one of its
//! quantities), then each computed once, in exact decimals, from the figures or the table
//! it names (no circle, no division by zero, no overflow), printed the Vietnamese way at
//! its decimals; every reference `[=name]` names a figure, every figure is referred to.
//! A figure of a table is read from the table as checked and resolved
//! ([`super::tables`]): what the text says is what the table prints.

mod tables;

use std::collections::{BTreeMap, BTreeSet};
use std::rc::Rc;

use super::Checker;
use crate::load::files::{FigureFile, Figures, Text};
use crate::messages::{FigureMessage, Message};
use crate::model::{Figure, TableId};
use crate::numbers::{self, Decimal, MAX_DECIMALS};
use crate::source::{FileId, Span};

/// The figures of an earlier period (`previous`, `previous_year`): its folder's name,
/// and its figures when the folder passes `check`, else its first error.
pub(super) type EarlierFigures = BTreeMap<&'static str, Earlier>;

pub(super) struct Earlier {
    pub folder: String,
    pub figures: Result<BTreeMap<String, Figure>, String>,
}

/// A figure's definition and where it is.
pub(super) struct Defined {
    file: FileId,
    at: Span,
    source: Source,
}

enum Source {
    /// A definition in a `figures:` map.
    File(Box<FigureFile>),
    /// A definition said to be wrong where it is written: the name is defined (its uses
    /// are not errors of their own), its value never computed.
    Invalid,
    /// A quantity of a table.
    Table {
        table: TableId,
        what: TableQuantity,
        unit: Option<String>,
        pad: bool,
    },
}

/// The quantity of a table a figure names.
enum TableQuantity {
    /// The sum of a column's body cells (`total_figure`).
    ColumnTotal(usize),
    /// The number of body rows (`count_figure`).
    Rows,
    /// One cell: the body row whose number (STT) or first column says `key`, and a column.
    Cell { key: String, column: usize },
    /// The body rows whose cell in `column` meets the condition.
    Count { column: usize, condition: Condition },
}

enum Condition {
    /// Any content.
    Any,
    Equals(String),
    AtLeast(Decimal),
    AtMost(Decimal),
}

/// Where the computation of a figure is.
pub(super) enum State {
    Computing,
    Done(Option<Figure>),
}

/// The operation of a computed figure.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Operation {
    Sum,
    Difference,
    Ratio,
    Percent,
}

impl Operation {
    fn name(self) -> &'static str {
        match self {
            Operation::Sum => "sum",
            Operation::Difference => "difference",
            Operation::Ratio => "ratio",
            Operation::Percent => "percent",
        }
    }
}

/// How a figure prints: its decimals, a leading zero, a percent sign, a unit.
pub(super) struct Print {
    pub decimals: u32,
    pub pad: bool,
    pub percent: bool,
    pub unit: Option<String>,
}

impl Print {
    pub(super) fn figure(&self, value: Decimal) -> Figure {
        let mut text = number_text(value, self.decimals, self.pad);
        if self.percent {
            text.push('%');
        }
        match self.unit.as_deref() {
            // a percentage written as a value with its sign for unit: the sign as a
            // percentage prints it, without a space ("93,4%", as the decree's examples)
            Some("%") => text.push('%'),
            Some(unit) => text = format!("{text} {unit}"),
            None => {}
        }
        Figure {
            value,
            decimals: self.decimals,
            text,
            unit: self.unit.clone(),
            earlier: None,
        }
    }
}

/// `value` at `decimals`, with a leading zero under ten when `pad` ("08").
fn number_text(value: Decimal, decimals: u32, pad: bool) -> String {
    let text = numbers::format_vi(value, decimals);
    let rounded = numbers::round(value, decimals);
    if pad && decimals == 0 && !rounded.is_sign_negative() && rounded < Decimal::TEN {
        format!("0{text}")
    } else {
        text
    }
}

impl<'a> Checker<'a> {
    /// Gathers the figures of a `figures:` map.
    pub(super) fn gather_figures(&mut self, file: FileId, figures: &Figures) {
        for (name, figure) in &figures.0 {
            let at = Span::new(file, figure.range());
            self.define(name, file, at, Source::File(Box::new(figure.clone())));
        }
    }

    fn define(&mut self, name: &str, file: FileId, at: Span, source: Source) {
        if !is_name(name) {
            let message = FigureMessage::Name { name: name.into() };
            self.push(Message::Figure(message), at);
        } else if crate::period::is_cut_off_name(name) {
            let message = FigureMessage::Reserved { name: name.into() };
            self.push(Message::Figure(message), at);
        } else if self.defined.contains_key(name) {
            let message = FigureMessage::Twice { name: name.into() };
            self.push(Message::Figure(message), at);
        } else {
            self.defined
                .insert(name.to_string(), Rc::new(Defined { file, at, source }));
            self.defined_order.push(name.to_string());
        }
    }

    /// Computes every figure, in the order defined; the tables their figures read are
    /// resolved on the way.
    pub(super) fn compute_figures(&mut self) -> BTreeMap<String, Figure> {
        for name in self.defined_order.clone() {
            self.compute(&name, &mut Vec::new());
        }
        std::mem::take(&mut self.states)
            .into_iter()
            .filter_map(|(name, state)| match state {
                State::Done(Some(f)) => Some((name, f)),
                _ => None,
            })
            .collect()
    }

    /// The figure `name`, computed once. `path` is the chain of figures being computed,
    /// for a circle's message.
    pub(super) fn compute(&mut self, name: &str, path: &mut Vec<String>) -> Option<Figure> {
        match self.states.get(name) {
            Some(State::Done(f)) => return f.clone(),
            Some(State::Computing) => {
                self.circle(name, path);
                return None;
            }
            None => {}
        }
        let d = Rc::clone(self.defined.get(name)?);
        self.states.insert(name.to_string(), State::Computing);
        path.push(name.to_string());
        let figure = match &d.source {
            Source::Invalid => None,
            Source::File(f) => self.evaluate(name, &d, f, path),
            Source::Table {
                table,
                what,
                unit,
                pad,
            } => {
                if self.resolve_table(*table, path) {
                    self.table_figure(name, &d, *table, what, unit.clone(), *pad)
                } else {
                    self.circle(name, path);
                    None
                }
            }
        };
        path.pop();
        self.states
            .insert(name.to_string(), State::Done(figure.clone()));
        figure
    }

    fn circle(&mut self, name: &str, path: &[String]) {
        let start = path.iter().position(|n| n == name).unwrap_or(0);
        let mut chain = path[start..].to_vec();
        chain.push(name.to_string());
        let Some(d) = self.defined.get(name) else {
            return;
        };
        let at = d.at.clone();
        let message = FigureMessage::Cycle {
            chain: chain.join(" → "),
        };
        self.push(Message::Figure(message), at);
    }

    /// A figure of a `figures:` map.
    fn evaluate(
        &mut self,
        name: &str,
        d: &Defined,
        f: &FigureFile,
        path: &mut Vec<String>,
    ) -> Option<Figure> {
        let def = &f.definition;
        let file = d.file;
        let at = d.at.clone();
        let kinds = [
            def.value.is_some(),
            def.sum.is_some(),
            def.difference.is_some(),
            def.ratio.is_some(),
            def.percent.is_some(),
            def.change.is_some(),
            def.multiply.is_some(),
            def.units.is_some(),
        ];
        // every name a computation gives is a use, even when the computation fails
        let operands: Vec<&Text> = [&def.sum, &def.difference, &def.ratio, &def.percent]
            .into_iter()
            .flatten()
            .flatten()
            .chain(&def.multiply)
            .chain(&def.change)
            .collect();
        for n in &operands {
            self.figure_uses
                .push((n.value().trim().to_string(), n.span(file)));
        }
        if kinds.iter().filter(|k| **k).count() != 1 {
            let message = FigureMessage::Kind { name: name.into() };
            self.push(Message::Figure(message), at);
            return None;
        }
        let decimals = match &def.decimals {
            None => None,
            Some(n) => {
                let v = n.value();
                if v.fract() == 0.0 && (0.0..=f64::from(MAX_DECIMALS)).contains(&v) {
                    Some(v as u32)
                } else {
                    let message = FigureMessage::Decimals {
                        value: v.to_string(),
                    };
                    self.push(Message::Figure(message), n.span(file));
                    return None;
                }
            }
        };
        let pad = def.pad == Some(true);
        let unit = def.unit.as_ref().map(|u| super::to_nfc(u.value().trim()));
        if let Some(of) = &def.change {
            return self.change(name, d, f, of, decimals, pad, unit, path);
        }
        if def.units.is_some() {
            return self.across_units(name, file, f, decimals, pad, unit);
        }
        let overflow = |c: &mut Self| {
            let message = FigureMessage::Overflow { name: name.into() };
            c.push(Message::Figure(message), at.clone());
        };
        let (value, default_decimals, percent) = if let Some(v) = &def.value {
            let Some(value) = numbers::from_f64(v.value()) else {
                overflow(self);
                return None;
            };
            (value, numbers::decimals_of(value), false)
        } else if let Some(of) = &def.multiply {
            let Some(by) = &def.by else {
                let message = FigureMessage::Operands {
                    name: name.into(),
                    operation: "multiply",
                };
                self.push(Message::Figure(message), at);
                return None;
            };
            let operand = self.operand(of, file, path)?;
            let by = numbers::from_f64(by.value());
            let Some(value) = by.and_then(|by| numbers::mul(operand.value, by)) else {
                overflow(self);
                return None;
            };
            (value, operand.decimals, false)
        } else {
            let (op, names) = [
                (Operation::Sum, &def.sum),
                (Operation::Difference, &def.difference),
                (Operation::Ratio, &def.ratio),
                (Operation::Percent, &def.percent),
            ]
            .into_iter()
            .find_map(|(op, names)| names.as_ref().map(|n| (op, n)))?;
            let pair = op != Operation::Sum;
            if names.is_empty() || (pair && names.len() != 2) {
                let message = FigureMessage::Operands {
                    name: name.into(),
                    operation: op.name(),
                };
                self.push(Message::Figure(message), at);
                return None;
            }
            let mut values = Vec::with_capacity(names.len());
            for n in names {
                values.push(self.operand(n, file, path)?);
            }
            let most = values.iter().map(|f| f.decimals).max().unwrap_or(0);
            let result = match op {
                Operation::Sum => numbers::sum(values.iter().map(|f| f.value)).map(|v| (v, most)),
                Operation::Difference => {
                    numbers::sub(values[0].value, values[1].value).map(|v| (v, most))
                }
                Operation::Ratio | Operation::Percent => {
                    if values[1].value.is_zero() {
                        let message = FigureMessage::DivisionByZero { name: name.into() };
                        self.push(Message::Figure(message), at);
                        return None;
                    }
                    if op == Operation::Percent {
                        numbers::percent(values[0].value, values[1].value).map(|v| (v, 1))
                    } else {
                        numbers::div(values[0].value, values[1].value).map(|v| (v, 2))
                    }
                }
            };
            let Some((value, decimals)) = result else {
                overflow(self);
                return None;
            };
            (value, decimals, op == Operation::Percent)
        };
        let print = Print {
            decimals: decimals.unwrap_or(default_decimals),
            pad,
            percent,
            unit,
        };
        Some(print.figure(value))
    }

    /// The figure a computation names: an error at the name when it is not defined.
    fn operand(&mut self, n: &Text, file: FileId, path: &mut Vec<String>) -> Option<Figure> {
        let key = n.value().trim();
        if !self.defined.contains_key(key) {
            let message = FigureMessage::Undefined { name: key.into() };
            self.push(Message::Figure(message), n.span(file));
            return None;
        }
        self.compute(key, path)
    }

    /// `{change: name, with: previous, as: percent}`: how `name` moved since the earlier
    /// period, in words chosen by its sign: "tăng 12,5%", "giảm 3,2%"; with `as: amount`,
    /// by how much: "giảm 06 hộ", "tăng 120 triệu đồng"; "bằng" for a change that rounds
    /// to nothing at the decimals printed.
    #[allow(clippy::too_many_arguments)]
    fn change(
        &mut self,
        name: &str,
        d: &Defined,
        f: &FigureFile,
        of: &Text,
        decimals: Option<u32>,
        pad: bool,
        unit: Option<String>,
        path: &mut Vec<String>,
    ) -> Option<Figure> {
        let def = &f.definition;
        let file = d.file;
        let key = of.value().trim();
        let amount = match def.as_.as_ref().map(|a| a.value().trim()) {
            None | Some("percent") => false,
            Some("amount") => true,
            Some(other) => {
                let message = FigureMessage::BadAs {
                    value: other.into(),
                };
                let at = def.as_.as_ref().map_or(of.span(file), |a| a.span(file));
                self.push(Message::Figure(message), at);
                return None;
            }
        };
        let with = def.with.as_ref();
        let period = with.map_or("previous", |w| w.value().trim());
        let Some(earlier) = self.earlier_figures.get(period) else {
            // an earlier period's own comparisons are not checked here
            if self.as_earlier {
                return None;
            }
            let message = if matches!(period, "previous" | "previous_year") {
                FigureMessage::NoEarlier {
                    name: name.into(),
                    with: period.into(),
                }
            } else {
                FigureMessage::BadWith {
                    value: period.into(),
                }
            };
            let at = with.map_or(of.span(file), |w| w.span(file));
            self.push(Message::Figure(message), at);
            return None;
        };
        let folder = earlier.folder.clone();
        let then = match &earlier.figures {
            Err(problem) => {
                let message = FigureMessage::EarlierFails {
                    folder,
                    problem: problem.clone(),
                };
                self.push(Message::Figure(message), of.span(file));
                return None;
            }
            Ok(figures) => figures.get(key).cloned(),
        };
        let now = self.operand(of, file, path)?;
        let Some(then) = then else {
            let message = FigureMessage::EarlierLacks {
                name: key.into(),
                folder,
            };
            self.push(Message::Figure(message), of.span(file));
            return None;
        };
        let Some(moved) = numbers::sub(now.value, then.value) else {
            let message = FigureMessage::Overflow { name: name.into() };
            self.push(Message::Figure(message), d.at.clone());
            return None;
        };
        let (value, decimals, suffix) = if amount {
            let decimals = decimals.unwrap_or(now.decimals.max(then.decimals));
            let unit = unit.or(now.unit.clone());
            (
                moved,
                decimals,
                unit.map(|u| format!(" {u}")).unwrap_or_default(),
            )
        } else {
            if then.value.is_zero() {
                let message = FigureMessage::DivisionByZero { name: name.into() };
                self.push(Message::Figure(message), of.span(file));
                return None;
            }
            let Some(rate) = numbers::percent(moved, then.value.abs()) else {
                let message = FigureMessage::Overflow { name: name.into() };
                self.push(Message::Figure(message), d.at.clone());
                return None;
            };
            (rate, decimals.unwrap_or(1), "%".to_string())
        };
        let shown = number_text(value.abs(), decimals, pad);
        let text = if numbers::round(value, decimals).is_zero() {
            "bằng".to_string()
        } else if value.is_sign_positive() {
            format!("tăng {shown}{suffix}")
        } else {
            format!("giảm {shown}{suffix}")
        };
        Some(Figure {
            value,
            decimals,
            text,
            unit: None,
            earlier: Some(then.text),
        })
    }

    /// A sector file byte for byte the previous period's file of the same name: last
    /// period's figures are probably still there.
    pub(super) fn unchanged_sectors(
        &mut self,
        loaded: &crate::load::LoadedReport,
        sectors: &[FileId],
    ) {
        let Some(previous) = &loaded.earlier.previous else {
            return;
        };
        for id in sectors {
            let path = loaded.sources.path(*id);
            let name = path.file_name();
            let same = previous.sectors.iter().any(|(pid, _)| {
                previous.sources.path(*pid).file_name() == name
                    && previous.sources.get(*pid).text() == loaded.sources.get(*id).text()
            });
            if same {
                let message = FigureMessage::Unchanged {
                    folder: previous.dir.display().to_string(),
                };
                self.diags.push(crate::diagnostic::Diagnostic::new(
                    Message::Figure(message),
                    path,
                ));
            }
        }
    }

    /// Every reference names a figure; every figure is referred to, in the text or by
    /// another figure. Linear in the references and figures.
    /// The cut-off's names (`[=ky-tu-ngay]`) print the reporting `period`, which report.yaml
    /// must name.
    pub(super) fn check_figure_refs(&mut self, period: Option<crate::period::Period>) {
        let refs = std::mem::take(&mut self.figure_refs);
        for (name, at) in &refs {
            if crate::period::is_cut_off_name(name) {
                if period.is_none() {
                    let message = FigureMessage::CutOffNeedsPeriod { name: name.clone() };
                    self.push(Message::Figure(message), at.clone());
                }
            } else if !self.defined.contains_key(name) {
                let message = FigureMessage::Undefined { name: name.clone() };
                self.push(Message::Figure(message), at.clone());
            }
        }
        let used: BTreeSet<&str> = refs
            .iter()
            .chain(&self.figure_uses)
            .map(|(n, _)| n.as_str())
            .collect();
        let unused: Vec<(String, Span)> = self
            .defined_order
            .iter()
            .filter(|name| !used.contains(name.as_str()))
            .filter_map(|name| Some((name.clone(), self.defined.get(name)?.at.clone())))
            .collect();
        for (name, at) in unused {
            let message = FigureMessage::Unused { name };
            self.push(Message::Figure(message), at);
        }
        self.figure_refs = refs;
    }

    /// Where each figure is defined, by name.
    pub(super) fn figure_places(&self) -> BTreeMap<String, Span> {
        self.defined
            .iter()
            .map(|(name, d)| (name.clone(), d.at.clone()))
            .collect()
    }
}

/// Lower-case ASCII letters, digits, `-` and `_`.
fn is_name(name: &str) -> bool {
    !name.is_empty()
        && name
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '_')
}
