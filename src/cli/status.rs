//! `report status DIR`: the state of every unit of a synthesis, one line each in the
//! order of its list (human) or one JSON record each, and their count: reported on time,
//! late, failing `check`, not reported. Exit 1 while a unit has not reported or fails, so
//! that a CI job waits for every unit; 2 when the folder is not a synthesis.

use std::path::Path;

use super::{EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE, Io, print_diagnostics};
use crate::load::units::Found;
use crate::messages::Notice;

pub fn run(dir: &Path, io: &mut Io) -> u8 {
    let (loaded, diags) = crate::load::load(dir);
    let Some(mut loaded) = loaded else {
        print_diagnostics(&diags, false, dir, io);
        return EXIT_PROBLEMS;
    };
    let folder = dir.display().to_string();
    if loaded.report.synthesis.is_none() {
        io.notice(Notice::NotSynthesis { folder });
        return EXIT_USAGE;
    }
    let deadline = crate::synthesis::deadline(&loaded);
    crate::synthesis::gather(&mut loaded);
    let (mut reported, mut late, mut failing, mut missing) = (0, 0, 0, 0);
    for (row, found) in loaded.units.iter().zip(&loaded.found) {
        let (state, date, error) = match found {
            Found::Reported(r) => {
                let is_late = found.is_late(deadline);
                if is_late {
                    late += 1;
                } else {
                    reported += 1;
                }
                let state = if is_late { "late" } else { "reported" };
                (state, r.date.map(crate::model::iso_date), None)
            }
            Found::Failing(error) => {
                failing += 1;
                ("failing", None, Some(error.clone()))
            }
            Found::Missing => {
                missing += 1;
                ("missing", None, None)
            }
        };
        io.notice(Notice::Unit {
            code: row.code.clone(),
            name: row.name.clone(),
            group: row.group.clone(),
            state,
            date,
            folder: crate::load::read::shown(&row.folder),
            error,
        });
    }
    io.notice(Notice::Units {
        folder,
        units: loaded.units.len(),
        reported,
        late,
        failing,
        missing,
    });
    // the list's own problems (a row without a code…)
    if diags.has_errors() {
        print_diagnostics(&diags, false, dir, io);
        return EXIT_PROBLEMS;
    }
    if failing + missing > 0 {
        EXIT_PROBLEMS
    } else {
        EXIT_OK
    }
}
