//! Stage 1b of a synthesis, between load and validate: each unit's data folder for the
//! period, found by the pattern of `synthesis.folders`, read and checked as a report of
//! its own (with the same budgets), on all cores; of each, only what the synthesis reads
//! is kept (its figures with their places, its date), so that 3,321 units are never
//! held whole at once. A unit's folder is never a synthesis of its own units: its
//! `synthesis:` is not followed.

use std::path::Path;

use crate::load::units::{Found, Reported, UnitFigure};
use crate::load::{LoadedReport, REPORT_FILE};

/// Finds and checks every unit of `loaded` (none when it is not a synthesis).
pub fn gather(loaded: &mut LoadedReport) {
    let folders: Vec<&Path> = loaded.units.iter().map(|u| u.folder.as_path()).collect();
    loaded.found = crate::parallel::map(folders, found);
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
    let (entries, more) = crate::validate::figures_of(&loaded);
    diags.extend(more);
    if diags.has_errors() {
        return Found::Failing(diags.first_error().unwrap_or_default());
    }
    let sources = &loaded.sources;
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
    Found::Reported(Reported { date, figures })
}
