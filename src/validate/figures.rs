//! Named figures: every definition of every file gathered first (a name is defined once
//! in the whole report), each computed from the figures it names (no circle, no division
//! by zero), printed the Vietnamese way at its decimals; every reference `[=name]` names
//! a figure, every figure is referred to.

use std::collections::BTreeMap;

use super::Checker;
use crate::load::LoadedReport;
use crate::load::blocks::written_decimals;
use crate::load::files::{FigureFile, Figures, SectorFile, Text};
use crate::messages::{FigureMessage, Message};
use crate::model::Figure;
use crate::numbers;
use crate::source::{FileId, Span};

/// The figures of the earlier periods, by period (`previous`, `previous_year`), with the
/// folder each comes from.
pub(super) type EarlierFigures = BTreeMap<&'static str, (String, BTreeMap<String, Figure>)>;

/// A figure's definition and where it is.
#[derive(Clone, Copy)]
pub(super) struct Defined<'a> {
    file: FileId,
    figure: &'a FigureFile,
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

enum State {
    Computing,
    Done(Option<Figure>),
}

impl<'a> Checker<'a> {
    /// Gathers the figures of every file, in reading order, and computes them.
    pub(super) fn figures<'l>(
        &mut self,
        loaded: &'l LoadedReport,
        sectors: &'l [(FileId, SectorFile)],
    ) -> BTreeMap<String, Figure> {
        let mut defined: BTreeMap<String, Defined<'l>> = BTreeMap::new();
        let mut order: Vec<String> = Vec::new();
        let mut gather = |c: &mut Self, file: FileId, figures: &'l Figures| {
            for (name, figure) in &figures.0 {
                let at = Span::new(file, figure.range());
                if !is_name(name) {
                    c.push(
                        figure_message(FigureMessage::Name { name: name.clone() }),
                        at,
                    );
                } else if defined.contains_key(name) {
                    c.push(
                        figure_message(FigureMessage::Twice { name: name.clone() }),
                        at,
                    );
                } else {
                    defined.insert(name.clone(), Defined { file, figure });
                    order.push(name.clone());
                }
            }
        };
        gather(self, loaded.report_file, &loaded.report.figures);
        for (id, sector) in sectors {
            gather(self, *id, &sector.figures);
        }
        for (id, appendix) in &loaded.appendices {
            gather(self, *id, &appendix.figures);
        }
        let mut states: BTreeMap<String, State> = BTreeMap::new();
        let mut table_places = BTreeMap::new();
        for (name, at, figure) in self.table_figures(loaded, sectors) {
            if !is_name(&name) {
                self.push(figure_message(FigureMessage::Name { name }), at);
            } else if defined.contains_key(&name) || table_places.contains_key(&name) {
                self.push(figure_message(FigureMessage::Twice { name }), at);
            } else {
                table_places.insert(name.clone(), at);
                states.insert(name, State::Done(Some(figure)));
            }
        }
        for name in &order {
            let mut path = Vec::new();
            self.compute(name, &defined, &mut states, &mut path);
        }
        self.figure_places = defined
            .iter()
            .map(|(name, d)| (name.clone(), Span::new(d.file, d.figure.range())))
            .chain(table_places)
            .collect();
        states
            .into_iter()
            .filter_map(|(name, state)| match state {
                State::Done(Some(f)) => Some((name, f)),
                _ => None,
            })
            .collect()
    }

    fn compute<'l>(
        &mut self,
        name: &str,
        defined: &BTreeMap<String, Defined<'l>>,
        states: &mut BTreeMap<String, State>,
        path: &mut Vec<String>,
    ) -> Option<Figure> {
        match states.get(name) {
            Some(State::Done(f)) => return f.clone(),
            Some(State::Computing) => {
                let start = path.iter().position(|n| n == name).unwrap_or(0);
                let mut chain = path[start..].to_vec();
                chain.push(name.to_string());
                let d = defined.get(name)?;
                let at = Span::new(d.file, d.figure.range());
                let message = FigureMessage::Cycle {
                    chain: chain.join(" → "),
                };
                self.push(figure_message(message), at);
                return None;
            }
            None => {}
        }
        let d = *defined.get(name)?;
        states.insert(name.to_string(), State::Computing);
        path.push(name.to_string());
        let figure = self.evaluate(name, d, defined, states, path);
        path.pop();
        states.insert(name.to_string(), State::Done(figure.clone()));
        figure
    }

    fn evaluate<'l>(
        &mut self,
        name: &str,
        d: Defined<'l>,
        defined: &BTreeMap<String, Defined<'l>>,
        states: &mut BTreeMap<String, State>,
        path: &mut Vec<String>,
    ) -> Option<Figure> {
        let def = &d.figure.definition;
        let at = Span::new(d.file, d.figure.range());
        let operations = [
            (Operation::Sum, &def.sum),
            (Operation::Difference, &def.difference),
            (Operation::Ratio, &def.ratio),
            (Operation::Percent, &def.percent),
        ];
        let computed: Vec<(Operation, &'l Vec<Text>)> = operations
            .into_iter()
            .filter_map(|(op, names)| names.as_ref().map(|n| (op, n)))
            .collect();
        let decimals = def
            .decimals
            .as_ref()
            .map(|n| n.value())
            .filter(|v| v.fract() == 0.0 && (0.0..=6.0).contains(v))
            .map(|v| v as usize);
        if let Some(of) = &def.change {
            if def.value.is_some() || !computed.is_empty() {
                let message = FigureMessage::Kind {
                    name: name.to_string(),
                };
                self.push(figure_message(message), at);
                return None;
            }
            return self.change(name, d, of, decimals, defined, states, path);
        }
        let (value, default_decimals, percent) = match (&def.value, computed.as_slice()) {
            (Some(v), []) => (v.value(), written_decimals(v.value()), false),
            (None, [(op, names)]) => {
                // every name a computation gives is a use, even when the computation fails
                for n in names.iter() {
                    self.figure_uses
                        .push((n.value().trim().to_string(), n.span(d.file)));
                }
                let pair = !matches!(op, Operation::Sum);
                if names.is_empty() || (pair && names.len() != 2) {
                    let message = FigureMessage::Operands {
                        name: name.to_string(),
                        operation: op.name(),
                    };
                    self.push(figure_message(message), at);
                    return None;
                }
                let mut operands = Vec::new();
                for n in names.iter() {
                    let key = n.value().trim();
                    let from_table = matches!(states.get(key), Some(State::Done(Some(_))));
                    if !defined.contains_key(key) && !from_table {
                        let message = FigureMessage::Undefined {
                            name: key.to_string(),
                        };
                        self.push(figure_message(message), n.span(d.file));
                        return None;
                    }
                    operands.push(self.compute(key, defined, states, path)?);
                }
                let most = operands.iter().map(|f| f.decimals).max().unwrap_or(0);
                match op {
                    Operation::Sum => (operands.iter().map(|f| f.value).sum(), most, false),
                    Operation::Difference => (operands[0].value - operands[1].value, most, false),
                    Operation::Ratio | Operation::Percent => {
                        if operands[1].value == 0.0 {
                            let message = FigureMessage::DivisionByZero {
                                name: name.to_string(),
                            };
                            self.push(figure_message(message), at);
                            return None;
                        }
                        let ratio = operands[0].value / operands[1].value;
                        match op {
                            Operation::Percent => (ratio * 100.0, 1, true),
                            _ => (ratio, 2, false),
                        }
                    }
                }
            }
            _ => {
                let message = FigureMessage::Kind {
                    name: name.to_string(),
                };
                self.push(figure_message(message), at);
                return None;
            }
        };
        let decimals = decimals.unwrap_or(default_decimals);
        let mut text = numbers::format_vi(value, decimals)?;
        if def.pad == Some(true) && decimals == 0 && (0.0..9.5).contains(&value) {
            text = format!("0{text}");
        }
        if percent {
            text.push('%');
        }
        if let Some(unit) = &def.unit {
            text = format!("{text} {}", super::to_nfc(unit.value().trim()));
        }
        Some(Figure {
            value,
            decimals,
            text,
        })
    }

    /// `{change: name, with: previous}`: how `name` moved since the earlier period, in
    /// words chosen by its sign: "tăng 12,5%", "giảm 3,2%", "bằng" (a change that rounds
    /// to nothing at the decimals printed).
    #[allow(clippy::too_many_arguments)]
    fn change<'l>(
        &mut self,
        name: &str,
        d: Defined<'l>,
        of: &'l Text,
        decimals: Option<usize>,
        defined: &BTreeMap<String, Defined<'l>>,
        states: &mut BTreeMap<String, State>,
        path: &mut Vec<String>,
    ) -> Option<Figure> {
        let key = of.value().trim();
        self.figure_uses.push((key.to_string(), of.span(d.file)));
        let with = d.figure.definition.with.as_ref();
        let period = with.map_or("previous", |w| w.value().trim());
        let Some((folder, earlier)) = self.earlier_figures.get(period).cloned() else {
            let message = if matches!(period, "previous" | "previous_year") {
                FigureMessage::NoEarlier {
                    name: name.to_string(),
                    with: period.to_string(),
                }
            } else {
                FigureMessage::BadWith {
                    value: period.to_string(),
                }
            };
            let at = with.map_or(of.span(d.file), |w| w.span(d.file));
            self.push(figure_message(message), at);
            return None;
        };
        let from_table = matches!(states.get(key), Some(State::Done(Some(_))));
        if !defined.contains_key(key) && !from_table {
            let message = FigureMessage::Undefined {
                name: key.to_string(),
            };
            self.push(figure_message(message), of.span(d.file));
            return None;
        }
        let now = self.compute(key, defined, states, path)?;
        let Some(then) = earlier.get(key) else {
            let message = FigureMessage::EarlierLacks {
                name: key.to_string(),
                folder,
            };
            self.push(figure_message(message), of.span(d.file));
            return None;
        };
        if then.value == 0.0 {
            let message = FigureMessage::DivisionByZero {
                name: name.to_string(),
            };
            self.push(figure_message(message), of.span(d.file));
            return None;
        }
        let rate = (now.value - then.value) / then.value.abs() * 100.0;
        let decimals = decimals.unwrap_or(1);
        let shown = numbers::format_vi(rate.abs(), decimals)?;
        let nothing = shown.chars().all(|c| matches!(c, '0' | ',' | '.'));
        let text = if nothing {
            "bằng".to_string()
        } else if rate > 0.0 {
            format!("tăng {shown}%")
        } else {
            format!("giảm {shown}%")
        };
        Some(Figure {
            value: rate,
            decimals,
            text,
        })
    }

    /// The figures of the earlier periods report.yaml names, by `previous` and
    /// `previous_year`, each with its folder's name (their own problems are not this
    /// report's).
    pub(super) fn earlier(loaded: &LoadedReport) -> EarlierFigures {
        let mut out = EarlierFigures::new();
        let periods = [
            ("previous", &loaded.earlier.previous),
            ("previous_year", &loaded.earlier.previous_year),
        ];
        for (period, earlier) in periods {
            if let Some(earlier) = earlier {
                let mut c = super::new_checker(earlier);
                let figures = c.figures(earlier, &earlier.sectors);
                let folder = earlier.dir.display().to_string();
                out.insert(period, (folder, figures));
            }
        }
        out
    }

    /// A sector file byte for byte the previous period's file of the same name: last
    /// period's figures are probably still there.
    pub(super) fn unchanged_sectors(&mut self, loaded: &LoadedReport, sectors: &[FileId]) {
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
                    figure_message(message),
                    path,
                ));
            }
        }
    }

    /// The figures tables name: a column's total (`total_figure`) and the number of
    /// body rows (`count_figure`), read from the rows as written (YAML and spreadsheet),
    /// each with the place of its name.
    fn table_figures(
        &self,
        loaded: &LoadedReport,
        sectors: &[(FileId, SectorFile)],
    ) -> Vec<(String, Span, Figure)> {
        use crate::load::files::{BlockFile, CellValue, Texts};
        use crate::load::tabular::SheetValue;
        let mut out = Vec::new();
        let mut visit = |file: FileId, doc: &dyn Texts| {
            doc.each_block_list(&mut |blocks| {
                for block in blocks {
                    let BlockFile::Structured(b, _) = block else {
                        continue;
                    };
                    let Some(t) = &b.table else { continue };
                    let width = t.columns.value.len();
                    // each body row's number per grid column (cells one column wide)
                    let mut rows: Vec<Vec<Option<(f64, usize)>>> = Vec::new();
                    for row in &t.rows {
                        let shapes = vec![
                            row.cells()
                                .iter()
                                .map(|c| {
                                    let n = |x: &Option<crate::load::files::Number>| {
                                        x.as_ref().map_or(1, |n| n.value().max(1.0) as usize)
                                    };
                                    (n(&c.cols), n(&c.rows))
                                })
                                .collect::<Vec<_>>(),
                        ];
                        let (placed, _) = crate::grid::place(&shapes, width);
                        let mut values = vec![None; width];
                        for p in placed.first().into_iter().flatten() {
                            if let crate::grid::PlacedKind::Cell { index, .. } = p.kind
                                && p.span == 1
                                && p.column < width
                            {
                                values[p.column] = match &row.cells()[index].value {
                                    CellValue::Number { value, decimals } => {
                                        Some((*value, *decimals))
                                    }
                                    CellValue::Text(text) => numbers::parse_vi(text.value()),
                                    CellValue::Empty => None,
                                };
                            }
                        }
                        rows.push(values);
                    }
                    if let Some(spec) = &t.rows_from
                        && let Some(sheet) = self.sheets.get(&(file, spec.file.range().start))
                    {
                        for row in &sheet.rows {
                            rows.push(
                                (0..width)
                                    .map(|i| match row.cells.get(i).map(|c| &c.value) {
                                        Some(SheetValue::Number(v, d)) => Some((*v, *d)),
                                        _ => None,
                                    })
                                    .collect(),
                            );
                        }
                    }
                    for (i, column) in t.columns.value.iter().enumerate() {
                        let Some(name) = &column.total_figure else {
                            continue;
                        };
                        let cells = rows.iter().filter_map(|r| r[i]);
                        let value: f64 = cells.clone().map(|(v, _)| v).sum();
                        let decimals = column
                            .decimals
                            .as_ref()
                            .map(|d| d.value().clamp(0.0, 6.0) as usize)
                            .unwrap_or_else(|| cells.map(|(_, d)| d).max().unwrap_or(0));
                        if let Some(text) = numbers::format_vi(value, decimals) {
                            let figure = Figure {
                                value,
                                decimals,
                                text,
                            };
                            out.push((name.value().trim().to_string(), name.span(file), figure));
                        }
                    }
                    if let Some(name) = &t.count_figure {
                        let count = rows.len() as f64;
                        let figure = Figure {
                            value: count,
                            decimals: 0,
                            text: numbers::format_vi(count, 0).unwrap_or_default(),
                        };
                        out.push((name.value().trim().to_string(), name.span(file), figure));
                    }
                }
            });
        };
        visit(loaded.report_file, &loaded.report);
        for (id, sector) in sectors {
            visit(*id, sector);
        }
        for (id, appendix) in &loaded.appendices {
            visit(*id, appendix);
        }
        out
    }

    /// Every reference names a figure; every figure is referred to, in the text or by
    /// another figure.
    pub(super) fn check_figure_refs(&mut self) {
        let refs = std::mem::take(&mut self.figure_refs);
        for (name, at) in &refs {
            if !self.figure_places.contains_key(name) {
                let message = FigureMessage::Undefined { name: name.clone() };
                self.push(figure_message(message), at.clone());
            }
        }
        let places = std::mem::take(&mut self.figure_places);
        for (name, at) in &places {
            let used = refs.iter().chain(&self.figure_uses).any(|(n, _)| n == name);
            if !used {
                let message = FigureMessage::Unused { name: name.clone() };
                self.push(figure_message(message), at.clone());
            }
        }
    }
}

fn figure_message(m: FigureMessage) -> Message {
    Message::Figure(m)
}

/// Lower-case ASCII letters, digits, `-` and `_`.
fn is_name(name: &str) -> bool {
    !name.is_empty()
        && name
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '_')
}
