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
    let Some(loaded) = loaded else {
        return (None, diags);
    };
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
