//! Reading a data folder from disk, within limits: the folder's files are listed and read
//! here and nowhere else, so that every limit on what a clerk's folder may hold is in
//! one place (and documented in the README).

use std::fs;
use std::io::{ErrorKind, Read};
use std::path::{Path, PathBuf};

use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::messages::{BlockMessage, Message, OsError};

/// At most this many bytes in one data file (the whole reference report is 24 KB).
pub const MAX_FILE_BYTES: u64 = 4 * 1024 * 1024;
/// At most this many bytes in all the files of a data folder.
pub const MAX_TOTAL_BYTES: u64 = 64 * 1024 * 1024;
/// At most this many sector files.
pub const MAX_SECTOR_FILES: usize = 500;
/// At most this many appendix files.
pub const MAX_APPENDIX_FILES: usize = 50;

/// The files of one data folder, read.
pub struct Folder {
    /// `report.yaml`, if it could be read.
    pub report: Option<(PathBuf, Vec<u8>)>,
    /// The sector files that could be read, in file-name order.
    pub sectors: Vec<(PathBuf, Vec<u8>)>,
    /// How many sector files there are (read or not).
    pub sector_count: usize,
    /// The appendix files that could be read, in file-name order.
    pub appendices: Vec<(PathBuf, Vec<u8>)>,
    /// How many appendix files there are (read or not).
    pub appendix_count: usize,
}

/// Reads `dir/report.yaml` and `dir/sectors/*.yaml`; every problem becomes a diagnostic.
pub fn read_folder(dir: &Path, diags: &mut Diagnostics) -> Folder {
    let root = fs::canonicalize(dir).unwrap_or_else(|_| dir.to_path_buf());
    let mut budget = MAX_TOTAL_BYTES;
    let report_path = dir.join(super::REPORT_FILE);
    let report = read_file(&report_path, &root, &mut budget, diags).map(|b| (report_path, b));
    let paths = sector_paths(dir, diags);
    let sector_count = paths.len();
    let sectors = paths
        .into_iter()
        .filter_map(|p| read_file(&p, &root, &mut budget, diags).map(|b| (p, b)))
        .collect();
    let paths = appendix_paths(dir, diags);
    let appendix_count = paths.len();
    let appendices = paths
        .into_iter()
        .filter_map(|p| read_file(&p, &root, &mut budget, diags).map(|b| (p, b)))
        .collect();
    Folder {
        report,
        sectors,
        sector_count,
        appendices,
        appendix_count,
    }
}

/// Whether the sub-folder `folder` of the data folder `dir` is a link that leads out of
/// it: then it is refused (`E-outside-folder`) before it is listed, so that no name of
/// a folder elsewhere shows in an error.
fn leads_out(dir: &Path, folder: &Path, diags: &mut Diagnostics) -> bool {
    let (Ok(root), Ok(real)) = (fs::canonicalize(dir), fs::canonicalize(folder)) else {
        return false;
    };
    if real.starts_with(&root) {
        return false;
    }
    let message = Message::OutsideFolder {
        target: real.display().to_string(),
    };
    diags.push(Diagnostic::new(message, folder));
    true
}

/// The YAML files in `dir/appendices`, sorted by file name; the folder is optional.
fn appendix_paths(dir: &Path, diags: &mut Diagnostics) -> Vec<PathBuf> {
    let folder = dir.join(super::APPENDICES_DIR);
    if leads_out(dir, &folder, diags) {
        return Vec::new();
    }
    let Ok(entries) = fs::read_dir(&folder) else {
        return Vec::new();
    };
    let mut paths: Vec<PathBuf> = Vec::new();
    for entry in entries.flatten() {
        let path = entry.path();
        let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
        if name.starts_with('.') {
            continue;
        }
        if paths.len() == MAX_APPENDIX_FILES {
            let message = BlockMessage::TooManyAppendices {
                limit: MAX_APPENDIX_FILES,
            };
            diags.push(Diagnostic::new(Message::Block(message), &folder));
            return Vec::new();
        }
        if (name.ends_with(".yaml") || name.ends_with(".yml")) && !path.is_dir() {
            paths.push(path);
        } else {
            let message = Message::Block(BlockMessage::AppendixFileNotYaml);
            diags.push(Diagnostic::new(message, &path));
        }
    }
    paths.sort();
    paths
}

/// Why a file named by the data was not read.
pub enum Refused {
    /// It is, or leads, outside the data folder.
    Outside,
    /// There is no such file.
    Missing,
    /// It could not be read, or is too large: the reason, for the clerk.
    Problem(OsError),
}

/// Reads `path`, a file the data names (a table's `rows_from`), if it is a regular file
/// inside `dir` (after links are followed) and within [`MAX_FILE_BYTES`].
pub fn read_inside(dir: &Path, path: &Path) -> Result<Vec<u8>, Refused> {
    let problem = |e: std::io::Error| Refused::Problem(OsError::from(&e));
    let root = fs::canonicalize(dir).map_err(problem)?;
    let real = fs::canonicalize(path).map_err(|e| match e.kind() {
        std::io::ErrorKind::NotFound => Refused::Missing,
        _ => problem(e),
    })?;
    if !real.starts_with(&root) {
        return Err(Refused::Outside);
    }
    let meta = fs::metadata(&real).map_err(problem)?;
    if !meta.is_file() {
        return Err(Refused::Problem(OsError::not_a_file()));
    }
    let mut bytes = Vec::new();
    fs::File::open(&real)
        .and_then(|f| f.take(MAX_FILE_BYTES + 1).read_to_end(&mut bytes))
        .map_err(problem)?;
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(Refused::Problem(OsError::too_large(MAX_FILE_BYTES)));
    }
    Ok(bytes)
}

/// The YAML files in `dir/sectors`, sorted by file name; anything else there is an error.
fn sector_paths(dir: &Path, diags: &mut Diagnostics) -> Vec<PathBuf> {
    let sectors_dir = dir.join(super::SECTORS_DIR);
    if leads_out(dir, &sectors_dir, diags) {
        return Vec::new();
    }
    let entries = match fs::read_dir(&sectors_dir) {
        Ok(entries) => entries,
        Err(e) if !matches!(e.kind(), ErrorKind::NotFound | ErrorKind::NotADirectory) => {
            // there, but not readable: say so, not that it is missing
            let error = (&e).into();
            diags.push(Diagnostic::new(Message::ReadFailed { error }, &sectors_dir));
            return Vec::new();
        }
        Err(_) => {
            diags.push(Diagnostic::new(Message::SectorsDirMissing, &sectors_dir));
            return Vec::new();
        }
    };
    let mut paths: Vec<PathBuf> = Vec::new();
    // hidden files (an editor's, the system's) are skipped before they are counted
    let visible = entries
        .flatten()
        .filter(|e| !e.file_name().to_string_lossy().starts_with('.'));
    for entry in visible {
        if paths.len() == MAX_SECTOR_FILES {
            let limit = MAX_SECTOR_FILES.to_string();
            diags.push(Diagnostic::new(
                Message::TooManySectors { limit },
                &sectors_dir,
            ));
            return Vec::new();
        }
        paths.push(entry.path());
    }
    paths.sort();
    let mut yaml = Vec::new();
    for path in paths {
        let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
        if name.starts_with('.') {
            continue;
        }
        if (name.ends_with(".yaml") || name.ends_with(".yml")) && !path.is_dir() {
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

/// Reads one file of the folder: inside the folder (a link may not lead out of it), a
/// regular file, within the size limits.
fn read_file(
    path: &Path,
    root: &Path,
    budget: &mut u64,
    diags: &mut Diagnostics,
) -> Option<Vec<u8>> {
    let fail = |diags: &mut Diagnostics, message| {
        diags.push(Diagnostic::new(message, path));
        None
    };
    let real = match fs::canonicalize(path) {
        Ok(real) => real,
        Err(e) => {
            return fail(
                diags,
                Message::ReadFailed {
                    error: OsError::from(&e),
                },
            );
        }
    };
    if !real.starts_with(root) {
        return fail(
            diags,
            Message::OutsideFolder {
                target: real.display().to_string(),
            },
        );
    }
    let meta = match fs::metadata(&real) {
        Ok(meta) if meta.is_file() => meta,
        Ok(_) => {
            return fail(
                diags,
                Message::ReadFailed {
                    error: OsError::not_a_file(),
                },
            );
        }
        Err(e) => {
            return fail(
                diags,
                Message::ReadFailed {
                    error: OsError::from(&e),
                },
            );
        }
    };
    let limit = MAX_FILE_BYTES.min(*budget);
    // the folder's budget named where what is left of it is the limit
    let folder = (*budget < MAX_FILE_BYTES).then_some(MAX_TOTAL_BYTES);
    if meta.len() > limit {
        let message = Message::FileTooLarge {
            size: meta.len(),
            limit,
            folder,
        };
        return fail(diags, message);
    }
    // read no more than the limit even if the file grows meanwhile
    let mut bytes = Vec::with_capacity(meta.len() as usize);
    let read = fs::File::open(&real).and_then(|f| f.take(limit + 1).read_to_end(&mut bytes));
    match read {
        Ok(n) if n as u64 > limit => fail(
            diags,
            Message::FileTooLarge {
                size: n as u64,
                limit,
                folder,
            },
        ),
        Ok(n) => {
            *budget -= n as u64;
            Some(bytes)
        }
        Err(e) => fail(
            diags,
            Message::ReadFailed {
                error: OsError::from(&e),
            },
        ),
    }
}
