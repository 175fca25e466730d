//! Stage 1, load: a data folder on disk → the parsed files, with source locations.
//! Each file is read (UTF-8, its text checked), parsed into a located tree, checked
//! against the schema of its kind (every unknown, missing or mistyped key), and only then
//! deserialised into typed structures. Every file is read even when an earlier one failed.

pub mod files;
pub mod read;
mod shape;
pub mod text;
mod tree;
mod yaml_error;

use std::path::{Path, PathBuf};

use serde::de::DeserializeOwned;
use serde_json::Value;

use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::messages::Message;
use crate::source::{FileId, SourceMap};
pub use files::{Key, ReportFile, SectorFile, Text};

/// The file that holds the document as a whole.
pub const REPORT_FILE: &str = "report.yaml";
/// The folder of sector files.
pub const SECTORS_DIR: &str = "sectors";

/// A data folder, parsed.
#[derive(Debug)]
pub struct LoadedReport {
    pub dir: PathBuf,
    pub report_path: PathBuf,
    /// report.yaml in the source map.
    pub report_file: FileId,
    pub report: ReportFile,
    /// Sector files in file-name order.
    pub sectors: Vec<(FileId, SectorFile)>,
    /// The text of every file, held once (shared with the diagnostics).
    pub sources: SourceMap,
    /// Whether every sector file parsed: checks across files (footnotes) need them all.
    pub complete: bool,
}

/// Reads and parses every file of the data folder `dir`. Returns the parsed report when
/// report.yaml parsed, and all the diagnostics found either way (with the sources).
pub fn load(dir: &Path) -> (Option<LoadedReport>, Diagnostics) {
    let mut diags = Diagnostics::default();
    let folder = read::read_folder(dir, &mut diags);
    let loaded = parse(dir, folder, &mut diags);
    (loaded, diags)
}

/// The same as [`load`] for files already in memory (for fuzzing and embedding): paths
/// are `DIR/report.yaml` and `DIR/sectors/NAME`.
pub fn load_from_memory(
    dir: &Path,
    report: &[u8],
    sectors: &[(&str, &[u8])],
) -> (Option<LoadedReport>, Diagnostics) {
    let mut diags = Diagnostics::default();
    let folder = read::Folder {
        report: Some((dir.join(REPORT_FILE), report.to_vec())),
        sectors: sectors
            .iter()
            .map(|(name, bytes)| (dir.join(SECTORS_DIR).join(name), bytes.to_vec()))
            .collect(),
        sector_count: sectors.len(),
    };
    let loaded = parse(dir, folder, &mut diags);
    (loaded, diags)
}

fn parse(dir: &Path, folder: read::Folder, diags: &mut Diagnostics) -> Option<LoadedReport> {
    let (report_path, report_bytes) = folder.report?;
    let report = parse_file::<ReportFile>(&report_path, report_bytes, crate::schema::report, diags);
    let mut sectors = Vec::new();
    for (path, bytes) in folder.sectors {
        if let Some(sector) = parse_file::<SectorFile>(&path, bytes, crate::schema::sector, diags) {
            sectors.push(sector);
        }
    }
    let complete = sectors.len() == folder.sector_count && folder.sector_count > 0;
    // Validation runs whenever report.yaml parsed, so that one run reports problems of
    // every kind; the build still stops on the errors already found.
    report.map(|(report_file, report)| LoadedReport {
        dir: dir.to_path_buf(),
        report_path,
        report_file,
        report,
        sectors,
        sources: diags.sources().clone(),
        complete,
    })
}

/// Reads one file, checks its text and shape, deserialises it.
fn parse_file<T: DeserializeOwned + files::Texts + files::FootnoteMaps>(
    path: &Path,
    bytes: Vec<u8>,
    schema: fn() -> &'static Value,
    diags: &mut Diagnostics,
) -> Option<(FileId, T)> {
    let text = match String::from_utf8(bytes) {
        Ok(text) => text,
        Err(e) => {
            let at = e.utf8_error().valid_up_to();
            let lossy = String::from_utf8_lossy(e.as_bytes()).into_owned();
            // the lossy text has the same bytes up to the first invalid one
            diags.add_source(path, lossy);
            diags.push(Diagnostic::new(Message::NotUtf8, path).at(at..at + 1));
            return None;
        }
    };
    let text = match text.strip_prefix('\u{feff}') {
        Some(rest) => rest.to_string(),
        None => text,
    };
    let file = diags.add_source(path, text);
    let sources = diags.sources().clone();
    let source = sources.get(file);
    let controls = text::check_source(source.text(), path, diags);
    // A raw control character has been reported at its place; the reader sees a space
    // there (as many bytes), so that it is not reported again as a syntax error.
    let sanitized;
    let text: &str = if controls.is_empty() {
        source.text()
    } else {
        sanitized = text::blank_controls(source.text());
        &sanitized
    };
    let check_value = |t: &str, at: std::ops::Range<usize>, diags: &mut Diagnostics| {
        text::check_value(t, at, file, &sources, diags)
    };
    // The usual case, a well-formed file, is read once, straight into its types; serde
    // skips unknown keys, so any skipped key sends the file the long way.
    let mut skipped = false;
    let typed: Result<T, _> =
        serde_saphyr::with_deserializer_from_str_with_options(text, yaml_options(), |de| {
            serde_ignored::deserialize(de, |p| skipped |= !is_location_marker(&p))
        });
    let typed = typed.map(|mut value| {
        value.footnote_maps(&mut |notes| notes.place_keys(text));
        value
    });
    if let (Ok(value), false) = (&typed, skipped) {
        value.each_text(&mut |t| check_value(t.value(), t.range(), diags));
        return typed.ok().map(|v| (file, v));
    }
    // The long way: a located tree, checked whole against the schema, so that every
    // unknown, missing or mistyped key is reported at its place.
    let tree =
        match serde_saphyr::from_str_with_options::<tree::Spot<tree::Node>>(text, yaml_options()) {
            Ok(tree) => tree,
            Err(e) => {
                diags.push(yaml_error::diagnostic(source, &e));
                return None;
            }
        };
    tree::each_text(&tree, &mut |value, at| check_value(value, at, diags));
    let conforms = shape::check(&tree, schema(), source, diags);
    match typed {
        Ok(value) => Some((file, value)),
        Err(e) => {
            // a file that does not conform has had its problems said, each at its place
            if conforms {
                diags.push(yaml_error::diagnostic(source, &e));
            }
            None
        }
    }
}

/// serde-saphyr passes a located value to `Spanned` as a map with a marker field that
/// `Spanned` does not keep; that is not a key of the file.
fn is_location_marker(path: &serde_ignored::Path) -> bool {
    matches!(path, serde_ignored::Path::Map { key, .. } if key == "__serde_saphyr_private_spanned")
}

/// The limits of the YAML reader, pinned here rather than left to the crate's defaults:
/// nesting 24 deep (block or flow; a report needs 6), 250,000 nodes, 10,000 aliases (and no alias expanding to more than
/// ten times the anchors, which stops "billion laughs"), 16 MiB of scalar text per file.
pub const YAML_MAX_DEPTH: usize = 24;
pub const YAML_MAX_NODES: usize = 250_000;
pub const YAML_MAX_ALIASES: usize = 10_000;
pub const YAML_MAX_SCALAR_BYTES: usize = 16 * 1024 * 1024;

fn yaml_options() -> serde_saphyr::Options {
    let mut budget = serde_saphyr::Budget::default();
    budget.max_depth = YAML_MAX_DEPTH;
    budget.flow_nesting_limit = YAML_MAX_DEPTH;
    budget.max_nodes = YAML_MAX_NODES;
    budget.max_aliases = YAML_MAX_ALIASES;
    budget.max_total_scalar_bytes = YAML_MAX_SCALAR_BYTES;
    let mut options = serde_saphyr::Options::default();
    options.budget = Some(budget);
    options
}
