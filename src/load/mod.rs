//! Stage 1, load: a data folder on disk → the parsed files, with source locations.
//! Problems (a missing file, YAML syntax, unknown or missing keys, wrong types) become
//! diagnostics; every file is read even when an earlier one failed.

pub mod files;

use std::fs;
use std::path::{Path, PathBuf};

use serde::de::DeserializeOwned;

use crate::diagnostic::{Diagnostic, Diagnostics, Position};
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
}

/// Reads and parses every file of the data folder `dir`. Returns the parsed report when
/// every file parsed, and all the diagnostics found either way.
pub fn load(dir: &Path) -> (Option<LoadedReport>, Diagnostics) {
    let mut diags = Diagnostics::default();
    let report_path = dir.join(REPORT_FILE);
    let report = parse_file::<ReportFile>(&report_path, &mut diags);
    let mut sectors = Vec::new();
    for path in sector_paths(dir, &mut diags) {
        if let Some(sector) = parse_file::<SectorFile>(&path, &mut diags) {
            sectors.push((path, sector));
        }
    }
    let loaded = match report {
        Some(report) if !diags.has_errors() => Some(LoadedReport {
            dir: dir.to_path_buf(),
            report_path,
            report,
            sectors,
        }),
        _ => None,
    };
    (loaded, diags)
}

/// The YAML files in `dir/sectors`, sorted by file name; anything else there is an error.
fn sector_paths(dir: &Path, diags: &mut Diagnostics) -> Vec<PathBuf> {
    let sectors_dir = dir.join(SECTORS_DIR);
    let entries = match fs::read_dir(&sectors_dir) {
        Ok(entries) => entries,
        Err(e) => {
            diags.push(
                Diagnostic::error(
                    "E-sectors-dir",
                    &sectors_dir,
                    format!("không đọc được thư mục lĩnh vực: {e}"),
                )
                .hint("mỗi báo cáo cần thư mục sectors/ chứa một tệp .yaml cho mỗi lĩnh vực"),
            );
            return Vec::new();
        }
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
            diags.push(
                Diagnostic::error(
                    "E-sector-file",
                    &path,
                    "tệp trong sectors/ không phải tệp YAML",
                )
                .hint("chỉ để các tệp .yaml của các lĩnh vực trong sectors/; chuyển tệp này ra chỗ khác"),
            );
        }
    }
    if yaml.is_empty() && !diags.has_errors() {
        diags.push(
            Diagnostic::error(
                "E-no-sectors",
                &sectors_dir,
                "thư mục sectors/ không có tệp lĩnh vực nào",
            )
            .hint("thêm ít nhất một tệp, ví dụ sectors/01-kinh-te.yaml"),
        );
    }
    yaml
}

/// Reads one file and deserialises it; a failure becomes one diagnostic.
fn parse_file<T: DeserializeOwned>(path: &Path, diags: &mut Diagnostics) -> Option<T> {
    let bytes = match fs::read(path) {
        Ok(bytes) => bytes,
        Err(e) => {
            diags.push(Diagnostic::error(
                "E-read",
                path,
                format!("không đọc được tệp: {e}"),
            ));
            return None;
        }
    };
    let text = match String::from_utf8(bytes) {
        Ok(text) => text,
        Err(e) => {
            let position = position_of_byte(e.as_bytes(), e.utf8_error().valid_up_to());
            diags.push(
                Diagnostic::error("E-utf8", path, "tệp không phải văn bản UTF-8")
                    .at(position)
                    .hint("lưu lại tệp với bảng mã UTF-8"),
            );
            return None;
        }
    };
    match serde_saphyr::from_str::<T>(&text) {
        Ok(value) => Some(value),
        Err(e) => {
            diags.push(yaml_diagnostic(path, &e));
            None
        }
    }
}

/// Turns a YAML parse or shape error into a diagnostic at its location.
fn yaml_diagnostic(path: &Path, e: &serde_saphyr::Error) -> Diagnostic {
    let rendered = e.without_snippet().to_string();
    let first = rendered.lines().next().unwrap_or("").trim();
    let message = strip_location_prefix(first);
    let mut d = Diagnostic::error("E-yaml", path, message.to_string())
        .hint("sửa khóa hoặc giá trị tại vị trí này theo docs/data-format.md");
    if let Some(loc) = e.location() {
        d = d.at(Position {
            line: loc.line() as usize,
            column: loc.column() as usize,
        });
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

/// Line and character column of byte offset `at` in possibly invalid UTF-8.
fn position_of_byte(bytes: &[u8], at: usize) -> Position {
    let before = String::from_utf8_lossy(&bytes[..at.min(bytes.len())]);
    let line = before.matches('\n').count() + 1;
    let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    Position { line, column }
}
