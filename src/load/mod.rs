//! Stage 1, load: a data folder on disk → the parsed files, with source locations.
//! Each file is read (UTF-8, its text checked), parsed into a located tree, checked
//! against the schema of its kind (every unknown, missing or mistyped key), and only then
//! deserialised into typed structures. Every file is read even when an earlier one failed.

pub mod blocks;
pub mod budgets;
mod cells;
mod csv_rows;
pub mod figures;
pub mod files;
pub mod located;
pub mod read;
mod shape;
pub mod tabular;
pub mod text;
mod tree;
pub mod units;
mod xlsx_rows;
mod yaml_error;

use std::path::{Path, PathBuf};

use serde::de::DeserializeOwned;
use serde_json::Value;

use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::messages::Message;
use crate::source::{FileId, SourceMap, Span};
pub use files::{AppendixFile, Key, ReportFile, SectorFile, Text};
pub use tabular::{ReadRows, Sheet};

/// The file that holds the document as a whole.
pub const REPORT_FILE: &str = "report.yaml";
/// The folder of sector files.
pub const SECTORS_DIR: &str = "sectors";
/// The folder of appendix files (optional).
pub const APPENDICES_DIR: &str = "appendices";

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
    /// Appendix files in file-name order.
    pub appendices: Vec<(FileId, AppendixFile)>,
    /// The text of every file, held once (shared with the diagnostics).
    pub sources: SourceMap,
    /// Whether every sector file parsed: checks across files (footnotes) need them all.
    pub complete: bool,
    /// For the folder of an earlier period: the first error its reading found, if any
    /// (`file:line:column code`); its figures count only when it has none.
    pub load_error: Option<String>,
    /// The data folders of the previous period and of the same period last year, when
    /// report.yaml names them (`previous`, `previous_year`): read as this one is, never
    /// their own previous ones.
    pub earlier: Earlier,
    /// The rows read from the tables' `rows_from` files, for the check to take.
    pub read_rows: ReadRows,
    /// For a synthesis (`synthesis:`): the units listed, each with its folder.
    pub units: Vec<units::UnitRow>,
    /// What was found of each unit, in the same order (`crate::synthesis::gather`; empty
    /// until then).
    pub found: Vec<units::Found>,
}

impl LoadedReport {
    /// Every table of the data, in reading order (report.yaml, the sectors, the
    /// appendices), with the file it is in.
    pub fn each_table(&self, f: &mut dyn FnMut(FileId, &files::TableFile)) {
        use files::Texts;
        let mut walk = |id: FileId, file: &dyn Texts| {
            file.each_block_list(&mut |blocks| files::each_table(blocks, &mut |t| f(id, t)));
        };
        walk(self.report_file, &self.report);
        for (id, sector) in &self.sectors {
            walk(*id, sector);
        }
        for (id, appendix) in &self.appendices {
            walk(*id, appendix);
        }
    }
}

/// The earlier periods a report compares with.
#[derive(Debug, Default)]
pub struct Earlier {
    pub previous: Option<Box<LoadedReport>>,
    pub previous_year: Option<Box<LoadedReport>>,
}

/// Reads and parses every file of the data folder `dir`. Returns the parsed report when
/// report.yaml parsed, and all the diagnostics found either way (with the sources).
pub fn load(dir: &Path) -> (Option<LoadedReport>, Diagnostics) {
    let (loaded, mut diags) = load_alone(dir);
    let loaded = loaded.map(|mut loaded| {
        loaded.earlier = earlier(dir, &loaded, &mut diags);
        loaded
    });
    (loaded, diags)
}

/// One data folder, without its earlier periods.
fn load_alone(dir: &Path) -> (Option<LoadedReport>, Diagnostics) {
    let mut diags = Diagnostics::default();
    let folder = read::read_folder(dir, &mut diags);
    let loaded = parse(dir, folder, &mut diags);
    (loaded, diags)
}

/// The earlier periods report.yaml names: each a folder beside this one (`../NAME`, no
/// other path: a data folder makes the tool read no folder but its siblings that are
/// data folders), loaded alone. Its own problems are not this report's; one that cannot
/// be loaded at all is an error at the name.
fn earlier(dir: &Path, loaded: &LoadedReport, diags: &mut Diagnostics) -> Earlier {
    let mut one = |name: Option<&Text>| -> Option<Box<LoadedReport>> {
        let name = name?;
        let value = name.value().trim();
        let sibling = value
            .strip_prefix("../")
            .filter(|n| !n.is_empty() && !n.contains(['/', '\\']) && *n != ".." && *n != ".");
        let at = name.span(loaded.report_file);
        let Some(sibling) = sibling else {
            let message = crate::messages::FigureMessage::PreviousPath {
                value: value.to_string(),
            };
            diags.push(Diagnostic::spanned(Message::Figure(message), at.clone()));
            return None;
        };
        let parent = dir.parent().unwrap_or(Path::new("."));
        let path = parent.join(sibling);
        // beside this folder after links too: a link beside it to anywhere on disk is
        // not a folder beside it
        let real = |p: &Path| std::fs::canonicalize(p).ok();
        let real_parent = |p: &Path| real(p).and_then(|p| p.parent().map(Path::to_path_buf));
        if real(&path).is_some() && real_parent(&path) != real_parent(dir) {
            let message = crate::messages::FigureMessage::PreviousPath {
                value: value.to_string(),
            };
            diags.push(Diagnostic::spanned(Message::Figure(message), at.clone()));
            return None;
        }
        match load_alone(&path) {
            (Some(mut earlier), found) if path.join(REPORT_FILE).is_file() => {
                earlier.load_error = found.first_error();
                Some(Box::new(earlier))
            }
            _ => {
                let message = crate::messages::FigureMessage::PreviousMissing {
                    value: value.to_string(),
                };
                diags.push(Diagnostic::spanned(Message::Figure(message), at.clone()));
                None
            }
        }
    };
    Earlier {
        previous: one(loaded.report.previous.as_ref()),
        previous_year: one(loaded.report.previous_year.as_ref()),
    }
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
        appendices: Vec::new(),
        appendix_count: 0,
    };
    let loaded = parse(dir, folder, &mut diags);
    (loaded, diags)
}

fn parse(dir: &Path, folder: read::Folder, diags: &mut Diagnostics) -> Option<LoadedReport> {
    let (report_path, report_bytes) = folder.report?;
    let report = parse_file::<ReportFile>(&report_path, report_bytes, crate::schema::report, diags);
    let sectors = parse_files::<SectorFile>(folder.sectors, crate::schema::sector, diags);
    let appendices = parse_files::<AppendixFile>(folder.appendices, crate::schema::appendix, diags);
    let complete = sectors.len() == folder.sector_count
        && folder.sector_count > 0
        && appendices.len() == folder.appendix_count;
    let read_rows = match &report {
        Some((id, r)) => read_rows(dir, (*id, r), &sectors, &appendices, diags),
        None => ReadRows::default(),
    };
    let units = match &report {
        Some((id, r)) => match &r.synthesis {
            Some(spec) => units::read_units(dir, *id, spec, diags),
            None => Vec::new(),
        },
        None => Vec::new(),
    };
    // Validation runs whenever report.yaml parsed, so that one run reports problems of
    // every kind; the build still stops on the errors already found.
    report.map(|(report_file, report)| LoadedReport {
        dir: dir.to_path_buf(),
        report_path,
        report_file,
        report,
        sectors,
        appendices,
        sources: diags.sources().clone(),
        complete,
        load_error: None,
        earlier: Earlier::default(),
        read_rows,
        units,
        found: Vec::new(),
    })
}

/// Reads the file of every table's `rows_from`, in reading order, and keeps its rows by
/// table, for the check to take.
fn read_rows(
    dir: &Path,
    report: (FileId, &ReportFile),
    sectors: &[(FileId, SectorFile)],
    appendices: &[(FileId, AppendixFile)],
    diags: &mut Diagnostics,
) -> ReadRows {
    use files::Texts;
    let mut requests = Vec::new();
    let mut tables = Vec::new();
    let mut ask = |id: FileId, file: &dyn Texts| {
        file.each_block_list(&mut |blocks| {
            files::each_table(blocks, &mut |table| {
                if let Some(spec) = &table.rows_from {
                    tables.push(id);
                    requests.push(tabular::Request {
                        spec: spec.clone(),
                        yaml: id,
                    });
                }
            });
        });
    };
    ask(report.0, report.1);
    for (id, sector) in sectors {
        ask(*id, sector);
    }
    for (id, appendix) in appendices {
        ask(*id, appendix);
    }
    let mut rows = ReadRows::default();
    if requests.is_empty() {
        return rows;
    }
    let answers = tabular::read_all(dir, &requests, diags);
    for ((id, request), sheet) in tables.into_iter().zip(&requests).zip(answers) {
        if let Some(sheet) = sheet {
            rows.insert(id, request.spec.file.range().start, sheet);
        }
    }
    rows
}

/// [`parse_file`] of each file, the files spread over the cores when there is enough to
/// read; the diagnostics in the order of the files, as if read one after another.
fn parse_files<T: DeserializeOwned + files::Texts + files::FootnoteMaps + Send>(
    files: Vec<(PathBuf, Vec<u8>)>,
    schema: fn() -> &'static Value,
    diags: &mut Diagnostics,
) -> Vec<(FileId, T)> {
    let bytes: usize = files.iter().map(|(_, b)| b.len()).sum();
    if bytes < PARALLEL_BYTES {
        return files
            .into_iter()
            .filter_map(|(path, bytes)| parse_file::<T>(&path, bytes, schema, diags))
            .collect();
    }
    // a long report: each file's text is let go of once it is read into its types (the
    // text of 10,000 models is 10 MB, as much as the types), and read again from the file
    // where a place in it is needed
    let parsed = crate::parallel::map(files, |(path, bytes)| {
        let mut own = Diagnostics::default();
        let value = parse_file::<T>(&path, bytes, schema, &mut own).map(|(id, v)| {
            own.let_go_of_source(id);
            v
        });
        (path, value, own)
    });
    let mut out = Vec::new();
    for (path, value, own) in parsed {
        // each file's source joins the map here, in order: its id is the one it would
        // have had read alone
        diags.extend(own);
        if let (Some(value), Some(id)) = (value, diags.sources().id(&path)) {
            out.push((id, value));
        }
    }
    out
}

/// Below this many bytes of YAML, files are read on one thread: starting threads costs
/// about 3 ms of a process here (measured: `report check data/2021-04`, 26 KB, took
/// 7.0 ms with two threads and 3.9 ms with one), the reading of 256 KB about 12 ms.
const PARALLEL_BYTES: usize = 256 * 1024;

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
            let id = diags.add_source(path, lossy);
            diags.push(Diagnostic::spanned(
                Message::NotUtf8,
                Span::new(id, at..at + 1),
            ));
            return None;
        }
    };
    let file = diags.add_source(path, crate::source::without_bom(text));
    let sources = diags.sources().clone();
    let source = sources.get(file);
    let findings = text::check_source(source.text(), file, diags);
    let controls = &findings.controls;
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
        if findings.values_to_check {
            text::check_value(t, at, file, &sources, diags)
        }
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
        value.each_block_list(&mut |blocks| ambiguous_numbers(blocks, text, file, diags));
        return typed.ok().map(|v| (file, v));
    }
    // The long way: a located tree, checked whole against the schema, so that every
    // unknown, missing or mistyped key is reported at its place.
    let tree =
        match serde_saphyr::from_str_with_options::<tree::Spot<tree::Node>>(text, yaml_options()) {
            Ok(tree) => tree,
            Err(e) => {
                diags.push(yaml_error::diagnostic(source, file, &e));
                return None;
            }
        };
    tree::each_text(&tree, &mut |value, at| check_value(value, at, diags));
    let conforms = shape::check(&tree, schema(), (file, source), diags);
    match typed {
        Ok(value) => {
            value.each_block_list(&mut |blocks| ambiguous_numbers(blocks, text, file, diags));
            Some((file, value))
        }
        Err(e) => {
            // a file that does not conform has had its problems said, each at its place
            if conforms {
                diags.push(yaml_error::diagnostic(source, file, &e));
            }
            None
        }
    }
}

/// Warns at a table cell written `1.500` without quotes: YAML reads it as 1.5, where a
/// Vietnamese clerk most likely meant fifteen hundred (`1.500` is how they write it).
fn ambiguous_numbers(
    blocks: &[files::BlockFile],
    text: &str,
    file: FileId,
    diags: &mut Diagnostics,
) {
    for block in blocks {
        let files::BlockFile::Structured(b, _) = block else {
            continue;
        };
        let Some(table) = &b.table else { continue };
        for cell in table
            .header
            .iter()
            .chain(&table.rows)
            .flat_map(|r| r.cells())
        {
            if !matches!(cell.value, files::CellValue::Number { .. }) {
                continue;
            }
            let Some(written) = text.get(cell.range()) else {
                continue;
            };
            let written = written.trim();
            if looks_grouped(written) {
                let message = crate::messages::BlockMessage::AmbiguousNumber {
                    value: written.to_string(),
                };
                let at = Span::new(file, cell.range());
                diags.push(Diagnostic::spanned(Message::Block(message), at));
            }
        }
    }
}

/// `1.500`, `-12.000.000`: digits grouped by three with dots.
fn looks_grouped(s: &str) -> bool {
    let s = s.strip_prefix('-').unwrap_or(s);
    let mut groups = s.split('.');
    let lead = groups.next().unwrap_or("");
    let rest: Vec<&str> = groups.collect();
    !rest.is_empty()
        && (1..=3).contains(&lead.len())
        && lead.bytes().all(|b| b.is_ascii_digit())
        && rest
            .iter()
            .all(|g| g.len() == 3 && g.bytes().all(|b| b.is_ascii_digit()))
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
