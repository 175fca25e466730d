//! Stage 1b of a synthesis, between load and validate: each unit's data folder for the
//! period, found by the pattern of `synthesis.folders`, read and checked as a report of
//! its own (with the same budgets, and with its own earlier periods for its comparisons),
//! on all cores; of each, only what the synthesis reads is kept (its figures with their
//! places, its date, its difficulties and proposals as printed), so that 3,321 units are
//! never held whole at once. A unit's folder is never a synthesis of its own units: its
//! `synthesis:` is not followed.

use std::collections::BTreeMap;
use std::path::Path;

use crate::load::files::{TableFile, UnitRowsFile};
use crate::load::tabular::{Place, Sheet, SheetCell, SheetRow, SheetRows, SheetValue};
use crate::load::units::{Found, Reported, UnitFigure, UnitRow, UnitText};
use crate::load::{LoadedReport, REPORT_FILE};
use crate::model::Figure;
use crate::source::FileId;

/// Finds and checks every unit of `loaded` (none when it is not a synthesis), then makes
/// the rows of every table that takes one row per unit (`units:`), kept as the rows a
/// table reads from a file are, for the check of tables to take.
pub fn gather(loaded: &mut LoadedReport) {
    // an earlier period's synthesis (`previous:`), for the comparisons of its figures
    let earlier = &mut loaded.earlier;
    for e in [&mut earlier.previous, &mut earlier.previous_year]
        .into_iter()
        .flatten()
    {
        gather(e);
    }
    if loaded.units.is_empty() {
        return;
    }
    let folders: Vec<&Path> = loaded.units.iter().map(|u| u.folder.as_path()).collect();
    loaded.found = crate::parallel::map(folders, found);
    let mut sheets = Vec::new();
    let list = loaded.sources.path(loaded.units[0].row.file).to_path_buf();
    let deadline = deadline(loaded);
    loaded.each_table(&mut |file: FileId, table: &TableFile| {
        if let (Some(spec), Some(at)) = (&table.units, table.rows_at()) {
            let rows = unit_rows(&loaded.units, &loaded.found, &spec.value, deadline);
            sheets.push((
                file,
                at,
                Sheet {
                    path: list.clone(),
                    rows,
                },
            ));
        }
    });
    for (file, at, sheet) in sheets {
        loaded.read_rows.insert(file, at, sheet);
    }
}

/// The rows of a table of the units that reported (`units:`): number, name, then each
/// figure of `spec.figures` (empty where the unit lacks it), in the order asked, by
/// group if asked (a row `I | Phường` before the group's units, numbered anew). Each
/// cell's place is the unit's row of the list.
fn unit_rows(
    units: &[UnitRow],
    found: &[Found],
    spec: &UnitRowsFile,
    deadline: Option<crate::model::Date>,
) -> SheetRows {
    let names: Vec<&str> = spec.figures.iter().map(|f| f.value().trim()).collect();
    let status = spec.status == Some(true);
    let mut reported: Vec<(&UnitRow, &Found)> = units
        .iter()
        .zip(found)
        .filter(|(_, found)| status || matches!(found, Found::Reported(_)))
        .collect();
    let value = |f: &Found, name: &str| match f {
        Found::Reported(r) => r.figures.get(name).map(|f| f.figure.value),
        _ => None,
    };
    match spec.order.as_ref().map(|o| o.value().trim()) {
        Some("name") => reported.sort_by_key(|(row, _)| crate::load::units::slug(&row.name)),
        Some(figure) if names.contains(&figure) => {
            // the largest first; a unit without the figure last
            reported.sort_by_key(|a| std::cmp::Reverse(value(a.1, figure)));
        }
        _ => {}
    }
    let grouped = spec.group == Some(true);
    if grouped {
        // the groups in the order the list first names them
        let mut order: Vec<Option<&String>> = Vec::new();
        for (row, _) in &reported {
            if !order.contains(&row.group.as_ref()) {
                order.push(row.group.as_ref());
            }
        }
        reported.sort_by_key(|(row, _)| order.iter().position(|g| *g == row.group.as_ref()));
    }
    let place = |row: &UnitRow| Place::text(row.row.file, row.row.range.clone());
    let text = |t: String, at: &Place| SheetCell {
        value: SheetValue::Text(t),
        place: at.clone(),
    };
    let mut rows = Vec::new();
    let (mut group, mut groups, mut number) = (None, 0, 0);
    for (row, r) in reported {
        let at = place(row);
        if grouped && (groups == 0 || group != Some(row.group.as_ref())) {
            group = Some(row.group.as_ref());
            groups += 1;
            number = 0;
            // the group as a heading: its first letter capital ("xã" → "Xã")
            let name = crate::style::capitalised(row.group.as_deref().unwrap_or_default());
            let mut cells = vec![text(crate::numbering::roman(groups), &at), text(name, &at)];
            // the row as wide as the units' rows: number, name, state, figures
            let width = 2 + usize::from(status) + names.len();
            cells.resize_with(width, || SheetCell {
                value: SheetValue::Empty,
                place: at.clone(),
            });
            rows.push(SheetRow { cells });
        }
        number += 1;
        let mut cells = vec![text(number.to_string(), &at), text(row.name.clone(), &at)];
        if status {
            cells.push(text(state_words(r, deadline), &at));
        }
        for name in &names {
            let figure = match r {
                Found::Reported(r) => r.figures.get(*name),
                _ => None,
            };
            let value = match figure {
                Some(f) => SheetValue::Number(f.figure.value, f.figure.decimals),
                None => SheetValue::Empty,
            };
            cells.push(SheetCell {
                value,
                place: at.clone(),
            });
        }
        rows.push(SheetRow { cells });
    }
    SheetRows::Read(rows)
}

/// A unit's state in a table of the units' reports: "Đã báo cáo (05/01/2026)", "Nộp muộn
/// (08/01/2026)", "Có lỗi", "Chưa báo cáo".
fn state_words(found: &Found, deadline: Option<crate::model::Date>) -> String {
    match found {
        Found::Reported(r) => {
            let word = if found.is_late(deadline) {
                "Nộp muộn"
            } else {
                "Đã báo cáo"
            };
            match r.date {
                Some(d) => format!("{word} ({})", crate::period::day_month_year(d)),
                None => word.to_string(),
            }
        }
        Found::Failing(_) => "Có lỗi, chưa tổng hợp".to_string(),
        Found::Missing => "Chưa báo cáo".to_string(),
    }
}

/// The deadline of a synthesis (`synthesis.deadline`), when it is a date.
pub fn deadline(loaded: &LoadedReport) -> Option<crate::model::Date> {
    let at = loaded.report.synthesis.as_ref()?.deadline.as_ref()?;
    crate::validate::parse_date(at.value().trim())
}

/// What there is of the unit whose folder is `folder`.
pub fn found(folder: &Path) -> Found {
    if !folder.join(REPORT_FILE).is_file() {
        return Found::Missing;
    }
    let (loaded, mut diags) = crate::load::load(folder);
    let Some(loaded) = loaded else {
        return Found::Failing(diags.first_error().unwrap_or_default());
    };
    let (entries, report, more) = crate::validate::figures_and_report(&loaded);
    diags.extend(more);
    if diags.has_errors() {
        return Found::Failing(diags.first_error().unwrap_or_default());
    }
    let sources = &loaded.sources;
    let keys = loaded
        .sectors
        .iter()
        .map(|(id, _)| crate::validate::appendix_key(sources.path(*id)));
    let mut texts = Vec::new();
    for (sector, s) in keys.zip(&report.sectors) {
        for (proposal, list) in [(false, &s.difficulties), (true, &s.proposals)] {
            texts.extend(list.iter().map(|inlines| UnitText {
                sector: sector.clone(),
                proposal,
                text: printed(inlines, &report.figures),
            }));
        }
    }
    let figures = entries
        .into_iter()
        .filter_map(|entry| {
            let figure = entry.figure?;
            let place = UnitFigure {
                figure,
                file: sources.path(entry.defined.file).to_path_buf(),
                position: sources.position(&entry.defined),
            };
            Some((entry.name, place))
        })
        .collect();
    let date = crate::validate::parse_date(loaded.report.date.value().trim());
    Found::Reported(Reported {
        date,
        figures,
        texts,
    })
}

/// A unit's text as its report prints it: its figures' values in place of `[=name]`,
/// without its footnotes' marks; an appendix reference is the unit's own ("phụ lục").
fn printed(inlines: &[crate::markup::Inline], figures: &BTreeMap<String, Figure>) -> String {
    use crate::markup::Inline;
    let mut text = String::new();
    for inline in inlines {
        match inline {
            Inline::Text { text: t, .. } => text.push_str(t),
            Inline::FigureRef { name, .. } => {
                text.push_str(figures.get(name).map_or("…", |f| f.text.as_str()));
            }
            Inline::AppendixRef { .. } => text.push_str("phụ lục"),
            Inline::FootnoteRef { .. } => {}
        }
    }
    text
}
