//! The build of one data folder: the pipeline (load → validate → lay out → render), then
//! the outputs written atomically, or compared with what is on disk (`--check`). The
//! stages are here; the build of a folder as a whole, from its path to its outputs
//! written, is `folder`; each output format is a renderer of `formats`.
//!
//! Writing is in two phases, safe beside other builds into the same folder: see
//! `crate::outputs`.

use std::fs;
use std::path::{Path, PathBuf};

pub mod folder;
pub mod formats;

use crate::diagnostic::Diagnostics;
use crate::document::Document;
use crate::layout::lay_out;
use crate::load::load;
pub use crate::outputs::{Failure, Output, WriteError, write_all};
use crate::validate::validate_owned;
pub use folder::{Built, Mode, Outcome, PdfPlan, Plan};
pub use formats::Format;

/// Load, validate and lay out `data_dir`. The document is there only without errors.
pub fn prepare(data_dir: &Path) -> (Option<Document>, Diagnostics) {
    let (report, diags) = check(data_dir);
    // the checked report goes as the document comes (`lay_out`)
    let doc = report.map(lay_out);
    (doc, diags)
}

/// Load and validate `data_dir` (`report check`: the layout finds no problem, so it is
/// left out). The checked report is there only without errors.
pub fn check(data_dir: &Path) -> (Option<crate::model::Report>, Diagnostics) {
    let (loaded, mut diags) = load(data_dir);
    let Some(mut loaded) = loaded else {
        return (None, diags);
    };
    // a synthesis: each unit's folder read and checked, on all cores
    crate::synthesis::gather(&mut loaded);
    // the files as read are let go of as they are checked (each sector file once its
    // part of the report is made), the rest at the end: their memory goes before the
    // layout's comes, and the text of those no diagnostic points into with them
    let (report, more) = validate_owned(loaded);
    diags.extend(more);
    diags.release_unused_sources();
    (report.filter(|_| !diags.has_errors()), diags)
}

/// Whether `doc` is long enough to be rendered in two formats at once, written
/// straight into its outputs' temporaries and let go of on a thread of its own.
pub fn is_large(doc: &Document) -> bool {
    doc.size() >= PARALLEL_BLOCKS
}

/// The timestamp of the package properties: the report's own date, or
/// `SOURCE_DATE_EPOCH` (seconds since 1970, UTC) when the caller has one.
pub fn stamp(doc: &mut Document, source_date_epoch: Option<i64>) {
    let Some(epoch) = source_date_epoch else {
        return;
    };
    let format =
        time::macros::format_description!("[year]-[month]-[day]T[hour]:[minute]:[second]Z");
    if let Ok(t) = time::OffsetDateTime::from_unix_timestamp(epoch)
        && let Ok(s) = t.format(&format)
    {
        doc.created = s;
    }
}

/// From this many blocks on (a table's rows counted, `Document::size`), DOCX and
/// Markdown are rendered at once (a thread costs about as much as rendering 500 blocks;
/// a 1,000-model report has 2,500).
const PARALLEL_BLOCKS: usize = 2_000;

/// The output name of a data folder: its own folder name (`data/2021-04` → `2021-04`).
pub fn output_name(data_dir: &Path) -> String {
    let named = data_dir
        .file_name()
        .map(|n| n.to_string_lossy().into_owned());
    named
        .filter(|n| n != "." && n != "..")
        .or_else(|| {
            fs::canonicalize(data_dir)
                .ok()
                .and_then(|p| p.file_name().map(|n| n.to_string_lossy().into_owned()))
        })
        .unwrap_or_else(|| "report".to_string())
}

/// The output names of the data folders of one build: each its own folder name
/// ([`output_name`]), and where several share it, led by the folders above it that tell
/// them apart, as the units of a province whose folders for the period are named alike
/// (`xa/30226-lai-vung/2025-q4` and `xa/30001-tan-thanh/2025-q4` →
/// `30226-lai-vung-2025-q4`, `30001-tan-thanh-2025-q4`). Two folders that nothing tells
/// apart (one folder given twice): their indexes.
pub fn output_names(dirs: &[PathBuf]) -> Result<Vec<String>, (usize, usize)> {
    // each folder's own name, then the names of the folders above it, nearest first
    let lines: Vec<Vec<String>> = dirs
        .iter()
        .map(|dir| {
            let absolute = std::path::absolute(dir).unwrap_or_else(|_| dir.clone());
            let above = absolute
                .parent()
                .into_iter()
                .flat_map(Path::ancestors)
                .filter_map(|p| p.file_name())
                .map(|n| n.to_string_lossy().into_owned());
            std::iter::once(output_name(dir)).chain(above).collect()
        })
        .collect();
    let mut depth = vec![1; dirs.len()];
    let name = |i: usize, depth: &[usize]| -> String {
        let taken = &lines[i][..depth[i].min(lines[i].len())];
        taken.iter().rev().cloned().collect::<Vec<_>>().join("-")
    };
    loop {
        let mut first: std::collections::BTreeMap<String, usize> = Default::default();
        let mut clash = None;
        for i in 0..dirs.len() {
            if let Some(&j) = first.get(&name(i, &depth)) {
                clash = Some((j, i));
                break;
            }
            first.insert(name(i, &depth), i);
        }
        let Some((a, b)) = clash else {
            return Ok((0..dirs.len()).map(|i| name(i, &depth)).collect());
        };
        // both go one folder up, every other folder of that name with them
        let shared = name(a, &depth);
        if depth[a] >= lines[a].len() && depth[b] >= lines[b].len() {
            return Err((a, b));
        }
        for i in 0..dirs.len() {
            if name(i, &depth) == shared && depth[i] < lines[i].len() {
                depth[i] += 1;
            }
        }
    }
}

/// How an output on disk compares with what a build would write.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Freshness {
    Fresh,
    Missing,
    Stale,
    /// Named by the journal of a set a killed build left halfway (`crate::journal`).
    Interrupted,
}

/// Compares each output with the file at its path.
pub fn compare(outputs: &[Output]) -> Vec<(PathBuf, Freshness)> {
    let folders: std::collections::BTreeSet<&Path> =
        outputs.iter().filter_map(|o| o.path.parent()).collect();
    let interrupted: Vec<PathBuf> = folders
        .into_iter()
        .flat_map(crate::journal::left_in)
        .flat_map(|j| crate::journal::targets(&j))
        .collect();
    outputs
        .iter()
        .map(|o| {
            if interrupted.contains(&o.path) {
                return (o.path.clone(), Freshness::Interrupted);
            }
            let state = match crate::outputs::holds_content(&o.path, &o.content) {
                Some(true) => Freshness::Fresh,
                Some(false) => Freshness::Stale,
                None => Freshness::Missing,
            };
            (o.path.clone(), state)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(dirs: &[&str]) -> Result<Vec<String>, (usize, usize)> {
        let dirs: Vec<PathBuf> = dirs
            .iter()
            .map(|d| PathBuf::from("/data").join(d))
            .collect();
        output_names(&dirs)
    }

    #[test]
    fn folders_named_alike_are_told_apart_by_the_folders_above_them() {
        assert_eq!(
            names(&["2021-04", "2021-05"]).unwrap(),
            ["2021-04", "2021-05"]
        );
        assert_eq!(
            names(&[
                "xa/30226-lai-vung/2025-q4",
                "xa/30001-tan-thanh/2025-q4",
                "tinh/2025-q4x"
            ])
            .unwrap(),
            [
                "30226-lai-vung-2025-q4",
                "30001-tan-thanh-2025-q4",
                "2025-q4x"
            ]
        );
        // alike two levels up: as far up as they differ; the others keep their own name
        assert_eq!(
            names(&["a/x/q4", "b/x/q4", "c/y/q4x"]).unwrap(),
            ["a-x-q4", "b-x-q4", "q4x"]
        );
        // the same folder twice: nothing tells them apart
        assert_eq!(names(&["2021-04", "x", "2021-04"]), Err((0, 2)));
    }
}
