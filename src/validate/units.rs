//! The figures of a synthesis across its units (`{units: sum}`, `count`, `min`, `max`,
//! `mean`, `share`), computed in exact decimals from the figures each unit's own check
//! computed, and what the synthesis says of its units: the ones that have not reported,
//! those whose data fails `check`, those late against the deadline. A unit that lacks a
//! figure is named, never counted as zero; a unit that writes a figure with another unit
//! of measure than the others, or a percentage where the others write a count, is an
//! error at that unit's own file.

use super::Checker;
use crate::diagnostic::Diagnostic;
use crate::load::files::UnitRowsFile;
use crate::load::files::{FigureFile, Text};
use crate::load::units::{Found, UnitFigure, UnitRow};
use crate::messages::{Message, UnitsMessage};
use crate::model::Figure;
use crate::numbers::{self, Decimal};
use crate::source::{FileId, Span};

/// How a synthesis gathers a figure of its units.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Aggregate {
    Sum,
    Count,
    Min,
    Max,
    Mean,
    /// The percentage of the units that reported whose figure is not zero.
    Share,
}

impl Aggregate {
    fn parse(s: &str) -> Option<Aggregate> {
        Some(match s {
            "sum" => Aggregate::Sum,
            "count" => Aggregate::Count,
            "min" => Aggregate::Min,
            "max" => Aggregate::Max,
            "mean" => Aggregate::Mean,
            "share" => Aggregate::Share,
            _ => return None,
        })
    }
}

/// How a figure is measured: its unit, and whether it is a percentage.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Measure {
    unit: Option<String>,
    percent: bool,
}

impl Measure {
    fn of(figure: &Figure) -> Measure {
        let unit = figure.unit.clone().filter(|u| u != "%");
        Measure {
            percent: unit.is_none() && (figure.text.ends_with('%') || figure.unit.is_some()),
            unit,
        }
    }

    fn words(&self) -> String {
        match (&self.unit, self.percent) {
            (Some(unit), _) => unit.clone(),
            (None, true) => "%".into(),
            (None, false) => "—".into(),
        }
    }
}

impl<'a> Checker<'a> {
    /// A figure `{units: …, of: …}` of a synthesis: the units' figures gathered.
    pub(super) fn across_units(
        &mut self,
        name: &str,
        file: FileId,
        f: &FigureFile,
        decimals: Option<u32>,
        pad: bool,
        unit: Option<String>,
    ) -> Option<Figure> {
        let def = &f.definition;
        let how = def.units.as_ref()?;
        let Some(aggregate) = Aggregate::parse(how.value().trim()) else {
            let message = UnitsMessage::Aggregate {
                value: how.value().trim().into(),
            };
            self.push(Message::Units(message), how.span(file));
            return None;
        };
        if !self.synthesis {
            let message = UnitsMessage::NotSynthesis { name: name.into() };
            self.push(Message::Units(message), how.span(file));
            return None;
        }
        let of = def.of.as_ref().map_or(name, |o| o.value().trim());
        let at = Span::new(file, f.range());
        let (values, lacking, reported) = self.units_figures(of);
        // (a unit without the figure a share counts is what the share says)
        if !lacking.is_empty() && aggregate != Aggregate::Share {
            self.lacking(of, &lacking, at.clone());
        }
        let from = values
            .iter()
            .map(|(row, f)| crate::messages::Contribution {
                code: row.code.clone(),
                unit: row.name.clone(),
                printed: f.figure.text.clone(),
                place: format!(
                    "{}:{}:{}",
                    crate::load::read::shown(&f.file),
                    f.position.line,
                    f.position.column
                ),
            })
            .collect();
        self.contributions.insert(name.to_string(), from);
        let measure = self.one_measure(of, &values)?;
        let most = values
            .iter()
            .map(|(_, f)| f.figure.decimals)
            .max()
            .unwrap_or(0);
        let count = Decimal::from(values.len() as u64);
        let sum = || numbers::sum(values.iter().map(|(_, f)| f.figure.value));
        let (value, default_decimals, percent, own_unit) = match aggregate {
            Aggregate::Count => (count, 0, false, None),
            Aggregate::Share => {
                let nonzero = values
                    .iter()
                    .filter(|(_, f)| !f.figure.value.is_zero())
                    .count();
                if reported == 0 {
                    return self.none_reports(name, of, at);
                }
                let share = numbers::percent(
                    Decimal::from(nonzero as u64),
                    Decimal::from(reported as u64),
                )?;
                (share, 1, true, None)
            }
            _ if values.is_empty() => return self.none_reports(name, of, at),
            Aggregate::Sum => {
                if measure.percent {
                    let message = UnitsMessage::PercentSum { name: name.into() };
                    self.push(Message::Units(message), how.span(file));
                    return None;
                }
                (sum()?, most, false, measure.unit.clone())
            }
            Aggregate::Min | Aggregate::Max => {
                let all = values.iter().map(|(_, f)| f.figure.value);
                let v = if aggregate == Aggregate::Min {
                    all.min()
                } else {
                    all.max()
                };
                (v?, most, measure.percent, measure.unit.clone())
            }
            Aggregate::Mean => (
                numbers::div(sum()?, count)?,
                most,
                measure.percent,
                measure.unit.clone(),
            ),
        };
        let print = super::figures::Print {
            decimals: decimals.unwrap_or(default_decimals),
            pad,
            percent,
            unit: unit.or(own_unit),
        };
        Some(print.figure(value))
    }

    /// The figure `of` of every unit that reported: (unit, figure) for those that define
    /// it, the names of those that do not, and how many reported.
    fn units_figures(&self, of: &str) -> (Vec<(&'a UnitRow, &'a UnitFigure)>, Vec<String>, usize) {
        let mut values = Vec::new();
        let mut lacking = Vec::new();
        let mut reported = 0;
        for (row, found) in self.units.iter().zip(self.found) {
            if let Found::Reported(r) = found {
                reported += 1;
                match r.figures.get(of) {
                    Some(f) => values.push((row, f)),
                    None => lacking.push(row.name.clone()),
                }
            }
        }
        (values, lacking, reported)
    }

    /// The one measure of the units' figures `of`: the first unit's; every unit that
    /// measures it otherwise is an error at its own file, and nothing is computed.
    fn one_measure(&mut self, of: &str, values: &[(&UnitRow, &UnitFigure)]) -> Option<Measure> {
        let Some((first_unit, first)) = values.first() else {
            return Some(Measure {
                unit: None,
                percent: false,
            });
        };
        let expected = Measure::of(&first.figure);
        let mut same = true;
        for (unit, f) in &values[1..] {
            let found = Measure::of(&f.figure);
            if found != expected {
                same = false;
                let message = UnitsMessage::UnitDiffers {
                    name: of.into(),
                    unit: unit.name.clone(),
                    found: found.words(),
                    expected: expected.words(),
                    first: first_unit.name.clone(),
                };
                let d = Diagnostic::resolved(Message::Units(message), &f.file, f.position);
                self.diags.push(d);
            }
        }
        same.then_some(expected)
    }

    /// The units that reported without the figure `of`, named at `at`.
    fn lacking(&mut self, of: &str, lacking: &[String], at: Span) {
        let message = UnitsMessage::Lacking {
            name: of.into(),
            count: lacking.len(),
            units: lacking.join(", "),
        };
        self.push(Message::Units(message), at);
    }

    fn none_reports(&mut self, name: &str, of: &str, at: Span) -> Option<Figure> {
        let message = UnitsMessage::NoneReports {
            name: name.into(),
            of: of.into(),
        };
        self.push(Message::Units(message), at);
        None
    }

    /// A table of one row per unit (`units:`): only in a synthesis; a figure some units
    /// that reported lack names them (their cells are empty, not zero).
    pub(super) fn check_unit_rows(&mut self, file: FileId, spec: &UnitRowsFile, at: Span) {
        if !self.synthesis {
            let message = UnitsMessage::NotSynthesis {
                name: "units".into(),
            };
            self.push(Message::Units(message), at);
            return;
        }
        if let Some(order) = &spec.order {
            let value = order.value().trim();
            let known = ["list", "name"].contains(&value)
                || spec.figures.iter().any(|f| f.value().trim() == value);
            if !known {
                let message = UnitsMessage::Order {
                    value: value.into(),
                };
                self.push(Message::Units(message), order.span(file));
            }
        }
        for name in &spec.figures {
            let of = name.value().trim();
            let (values, lacking, _) = self.units_figures(of);
            if values.is_empty() && !lacking.is_empty() {
                self.none_reports(of, of, name.span(file));
            } else if !lacking.is_empty() {
                self.lacking(of, &lacking, name.span(file));
            } else {
                self.one_measure(of, &values);
            }
        }
    }

    /// `{units_text: difficulties|proposals, sector: KEY}`: the units' difficulties (or
    /// proposals) of that sector (of every sector without one), each a dash item headed
    /// by the unit's name in bold, in the order of the list.
    pub(super) fn units_text(
        &mut self,
        file: FileId,
        block: &crate::load::files::StructuredBlock,
    ) -> Vec<crate::model::Block> {
        use crate::markup::{Inline, Style};
        use crate::model::{Block, ItemSign, Paragraph};
        let Some(what) = &block.units_text else {
            return Vec::new();
        };
        let proposal = match what.value().trim() {
            "difficulties" => false,
            "proposals" => true,
            other => {
                let message = UnitsMessage::TextKind {
                    value: other.into(),
                };
                self.push(Message::Units(message), what.span(file));
                return Vec::new();
            }
        };
        if !self.synthesis {
            let message = UnitsMessage::NotSynthesis {
                name: "units_text".into(),
            };
            self.push(Message::Units(message), what.span(file));
            return Vec::new();
        }
        let sector = block.sector.as_ref().map(|s| s.value().trim());
        let mut out = Vec::new();
        for (row, found) in self.units.iter().zip(self.found) {
            let Found::Reported(r) = found else { continue };
            let texts = r
                .texts
                .iter()
                .filter(|t| t.proposal == proposal && sector.is_none_or(|s| s == t.sector));
            for t in texts {
                let bold = Style {
                    bold: true,
                    italic: false,
                };
                out.push(Block::Paragraph(Paragraph {
                    item: Some(ItemSign::Dash),
                    inlines: vec![
                        Inline::Text {
                            text: format!("{}:", row.name),
                            style: bold,
                        },
                        Inline::Text {
                            text: format!(" {}", t.text),
                            style: Style::default(),
                        },
                    ],
                }));
            }
        }
        out
    }

    /// What the synthesis says of its units: each one not reported, failing or late,
    /// at its row of the list.
    pub(super) fn check_units(&mut self, deadline: Option<(FileId, &Text)>) {
        let deadline = deadline.and_then(|(file, text)| {
            let date = crate::validate::parse_date(text.value().trim());
            // a placeholder is said as such (E-placeholder)
            if date.is_none() && !text.value().contains(crate::load::text::PLACEHOLDER) {
                let message = Message::BadDate {
                    value: text.value().into(),
                };
                self.push(message, text.span(file));
            }
            date
        });
        for (row, found) in self.units.iter().zip(self.found) {
            let unit = format!("{} ({})", row.name, row.code);
            let message = match found {
                Found::Missing => UnitsMessage::NotReported {
                    unit,
                    folder: crate::load::read::shown(&row.folder),
                },
                Found::Failing(error) => UnitsMessage::Failing {
                    unit,
                    error: error.clone(),
                },
                Found::Reported(r) => match (r.date, deadline) {
                    (Some(date), Some(by)) if found.is_late(deadline) => UnitsMessage::Late {
                        unit,
                        date: crate::model::iso_date(date),
                        deadline: crate::model::iso_date(by),
                    },
                    _ => continue,
                },
            };
            self.push(Message::Units(message), row.row.clone());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_aggregates_are_named_in_english_as_the_other_computations() {
        for (name, a) in [
            ("sum", Aggregate::Sum),
            ("count", Aggregate::Count),
            ("min", Aggregate::Min),
            ("max", Aggregate::Max),
            ("mean", Aggregate::Mean),
            ("share", Aggregate::Share),
        ] {
            assert_eq!(Aggregate::parse(name), Some(a));
        }
        assert_eq!(Aggregate::parse("tong"), None);
        assert_eq!(Aggregate::parse("Sum"), None);
    }
}
