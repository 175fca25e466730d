//! Stage 1, load: a data folder on disk → the parsed files, with source locations.
//! Each file is read (UTF-8, its text checked), parsed into a located tree, checked
//! against the schema of its kind (every unknown, missing or mistyped key), and only then
//! deserialised into typed structures. Every file is read even when an earlier one failed.

pub mod files;
pub mod locate;
mod shape;
pub mod text;
mod tree;

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};

use serde::de::DeserializeOwned;
use serde_json::Value;

use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::messages::Message;
pub use files::{ReportFile, SectorFile, Text};

/// The file that holds the document as a whole.
pub const REPORT_FILE: &str = "report.yaml";
/// The folder of sector files.
pub const SECTORS_DIR: &str = "sectors";

/// A data folder, parsed.
#[derive(Debug)]
pub struct LoadedReport {
    pub dir: PathBuf,
    pub report_path: PathBuf,
    pub report: ReportFile,
    /// Sector files in file-name order.
    pub sectors: Vec<(PathBuf, SectorFile)>,
    /// The text of every file, for locating problems inside values.
    pub sources: BTreeMap<PathBuf, String>,
    /// Whether every sector file parsed: checks across files (footnotes) need them all.
    pub complete: bool,
}

/// Reads and parses every file of the data folder `dir`. Returns the parsed report when
/// every file parsed, and all the diagnostics found either way (with the sources).
pub fn load(dir: &Path) -> (Option<LoadedReport>, Diagnostics) {
    let mut diags = Diagnostics::default();
    let mut sources = BTreeMap::new();
    let report_path = dir.join(REPORT_FILE);
    let report = parse_file::<ReportFile>(
        &report_path,
        &crate::schema::report(),
        &mut sources,
        &mut diags,
    );
    let sector_schema = crate::schema::sector();
    let mut sectors = Vec::new();
    let paths = sector_paths(dir, &mut diags);
    let count = paths.len();
    for path in paths {
        if let Some(sector) =
            parse_file::<SectorFile>(&path, &sector_schema, &mut sources, &mut diags)
        {
            sectors.push((path, sector));
        }
    }
    let complete = sectors.len() == count && count > 0;
    // Validation runs whenever report.yaml parsed, so that one run reports problems of
    // every kind; the build still stops on the errors already found.
    let loaded = report.map(|report| LoadedReport {
        dir: dir.to_path_buf(),
        report_path,
        report,
        sectors,
        sources,
        complete,
    });
    (loaded, diags)
}

/// The YAML files in `dir/sectors`, sorted by file name; anything else there is an error.
fn sector_paths(dir: &Path, diags: &mut Diagnostics) -> Vec<PathBuf> {
    let sectors_dir = dir.join(SECTORS_DIR);
    let Ok(entries) = fs::read_dir(&sectors_dir) else {
        diags.push(Diagnostic::new(Message::SectorsDirMissing, &sectors_dir));
        return Vec::new();
    };
    let mut paths: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    paths.sort();
    let mut yaml = Vec::new();
    for path in paths {
        let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
        if name.starts_with('.') {
            continue;
        }
        if path.is_file() && (name.ends_with(".yaml") || name.ends_with(".yml")) {
            yaml.push(path);
        } else {
            diags.push(Diagnostic::new(Message::SectorFileNotYaml, &path));
        }
    }
    if yaml.is_empty() && !diags.has_errors() {
        diags.push(Diagnostic::new(Message::NoSectors, &sectors_dir));
    }
    yaml
}

/// Reads one file, checks its text and shape, deserialises it.
fn parse_file<T: DeserializeOwned>(
    path: &Path,
    schema: &Value,
    sources: &mut BTreeMap<PathBuf, String>,
    diags: &mut Diagnostics,
) -> Option<T> {
    let bytes = match fs::read(path) {
        Ok(bytes) => bytes,
        Err(e) => {
            diags.push(Diagnostic::new(
                Message::ReadFailed {
                    error: e.to_string(),
                },
                path,
            ));
            return None;
        }
    };
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
    let text = text
        .strip_prefix('\u{feff}')
        .map(str::to_string)
        .unwrap_or(text);
    diags.add_source(path, text.clone());
    sources.insert(path.to_path_buf(), text.clone());
    let controls = text::check_source(&text, path, diags);
    let tree = match serde_saphyr::from_str::<tree::Spot<tree::Node>>(&text) {
        Ok(tree) => tree,
        Err(e) => {
            let d = yaml_diagnostic(path, &e);
            // a raw control character is often what the parser tripped on: said already
            let said = d.range.as_ref().is_some_and(|r| {
                line_of(&text, r.start)
                    .is_some_and(|l| controls.iter().any(|&c| line_of(&text, c) == Some(l)))
            });
            if !said {
                diags.push(d);
            }
            return None;
        }
    };
    tree::each_text(&tree, &mut |value, at| {
        text::check_value(value, at, &controls, path, diags)
    });
    let conforms = shape::check(&tree, schema, path, diags);
    match serde_saphyr::from_str::<T>(&text) {
        Ok(value) => Some(value),
        Err(e) => {
            // a file that does not conform has had its problems said, each at its place
            if conforms {
                diags.push(yaml_diagnostic(path, &e));
            }
            None
        }
    }
}

fn line_of(text: &str, offset: usize) -> Option<usize> {
    text.get(..offset).map(|t| t.matches('\n').count())
}

/// A YAML parse error as a diagnostic at its location.
fn yaml_diagnostic(path: &Path, e: &serde_saphyr::Error) -> Diagnostic {
    let rendered = e.without_snippet().to_string();
    let first = rendered.lines().next().unwrap_or("").trim();
    let detail = strip_location_prefix(first);
    // the location is given separately; one place in a message is enough
    let detail = match detail.rfind(" at line ") {
        Some(i) => detail[..i].to_string(),
        None => detail.to_string(),
    };
    let message = if let Some(key) = detail.strip_prefix("duplicate mapping key: ") {
        let key = key.split(',').next().unwrap_or(key).trim().to_string();
        Message::DuplicateKey { key }
    } else if detail.contains("budget") || detail.contains("recursion") || detail.contains("depth")
    {
        Message::YamlLimit { detail }
    } else {
        Message::YamlSyntax { detail }
    };
    let mut d = Diagnostic::new(message, path);
    if let Some(loc) = e.location() {
        let span = loc.span();
        let start = span.byte_offset().unwrap_or_else(|| span.offset()) as usize;
        d = d.at(start..start + span.byte_len().unwrap_or(1).max(1) as usize);
    }
    d
}

/// `error: line 2 column 1: unknown field` → `unknown field`.
fn strip_location_prefix(s: &str) -> &str {
    let s = s.strip_prefix("error: ").unwrap_or(s);
    if s.starts_with("line ")
        && let Some(i) = s.find(": ")
    {
        return &s[i + 2..];
    }
    s
}
