//! Reading a data folder from disk, within limits: the folder's files are listed and read
//! here and nowhere else, so that every limit on what a clerk's folder may hold is in
//! one place (and documented in docs/development.md, Limits).

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
        target: shown(&real),
    };
    diags.push(Diagnostic::new(message, folder));
    true
}

/// A path as a clerk is shown it. On Windows `canonicalize` gives the verbatim form
/// (`\\?\C:\Users\…`, `\\?\UNC\server\share\…`), which Explorer and the clerk never
/// write: shown as `C:\Users\…` and `\\server\share\…` where that names the same file
/// ([`plain_windows_path`]). Elsewhere the path as it is.
pub fn shown(path: &Path) -> String {
    let text = path.display().to_string();
    if cfg!(windows) {
        plain_windows_path(&text).unwrap_or(text)
    } else {
        text
    }
}

/// The plain form of a verbatim Windows path, or `None` when it has none that names the
/// same file: too long for the plain form (260 characters), or holding a name the
/// plain form reads otherwise (`.`, `..`, a trailing dot or space, `/`, a device name such
/// as `CON` or `NUL`). What the `dunce` crate does, in the few lines it takes here.
pub fn plain_windows_path(verbatim: &str) -> Option<String> {
    let plain = if let Some(rest) = verbatim.strip_prefix(r"\\?\UNC\") {
        format!(r"\\{rest}")
    } else {
        let rest = verbatim.strip_prefix(r"\\?\")?;
        let drive = rest.as_bytes();
        let is_drive = drive.len() >= 3
            && drive[0].is_ascii_alphabetic()
            && drive[1] == b':'
            && drive[2] == b'\\';
        if !is_drive {
            return None;
        }
        rest.to_string()
    };
    if plain.chars().count() >= 260 || plain.contains('/') {
        return None;
    }
    const DEVICES: [&str; 22] = [
        "CON", "PRN", "AUX", "NUL", "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8",
        "COM9", "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9",
    ];
    let names = plain.trim_start_matches('\\').split('\\').skip(1);
    for name in names.filter(|n| !n.is_empty()) {
        let stem = name.split('.').next().unwrap_or(name).trim_end();
        let device = DEVICES.iter().any(|d| d.eq_ignore_ascii_case(stem));
        if name == "." || name == ".." || name.ends_with(['.', ' ']) || device {
            return None;
        }
    }
    Some(plain)
}

/// Whether a folder's entry is hidden: its name starts with a dot (an editor's swap
/// file, macOS's `.DS_Store`) or, on Windows, the system marks it hidden or a system
/// file (Explorer's `Thumbs.db` and `desktop.ini`, Word's `~$` owner files), which no
/// clerk sees in Explorer and which would otherwise be errors among the sector files.
fn hidden(entry: &fs::DirEntry) -> bool {
    if entry.file_name().to_string_lossy().starts_with('.') {
        return true;
    }
    #[cfg(windows)]
    {
        use std::os::windows::fs::MetadataExt;
        const HIDDEN_OR_SYSTEM: u32 = 0x2 | 0x4;
        if entry
            .metadata()
            .is_ok_and(|m| m.file_attributes() & HIDDEN_OR_SYSTEM != 0)
        {
            return true;
        }
    }
    false
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
        if hidden(&entry) {
            continue;
        }
        let path = entry.path();
        let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
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
    let visible = entries.flatten().filter(|e| !hidden(e));
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
                target: shown(&real),
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

#[cfg(test)]
mod tests {
    use super::*;

    /// What `canonicalize` gives on Windows is shown as Explorer writes it, where that
    /// names the same file; left verbatim where it would not.
    #[test]
    fn verbatim_windows_paths_are_shown_plain() {
        let plain = |p: &str| plain_windows_path(p);
        assert_eq!(
            plain(r"\\?\C:\Users\Tâm\Báo cáo\2021-04").as_deref(),
            Some(r"C:\Users\Tâm\Báo cáo\2021-04")
        );
        assert_eq!(
            plain(r"\\?\UNC\may-chu\chung\bao-cao").as_deref(),
            Some(r"\\may-chu\chung\bao-cao")
        );
        assert_eq!(plain(r"\\?\d:\").as_deref(), Some(r"d:\"));
        // not verbatim, or no plain form naming the same file
        assert_eq!(plain(r"C:\Users"), None);
        assert_eq!(plain("/home/tam"), None);
        assert_eq!(plain(r"\\?\Volume{0b1f}\x"), None);
        assert_eq!(plain(r"\\?\C:\a\CON"), None);
        assert_eq!(plain(r"\\?\C:\a\nul.txt"), None);
        assert_eq!(plain(r"\\?\C:\a\b."), None);
        assert_eq!(plain(r"\\?\C:\a\b \c"), None);
        assert_eq!(plain(r"\\?\C:\a\..\b"), None);
        assert_eq!(plain(r"\\?\C:\a/b"), None);
        let long = format!(r"\\?\C:\{}", "a".repeat(300));
        assert_eq!(plain(&long), None);
        // a console of Windows is shown the plain form; elsewhere a path is as it is
        let path = Path::new(r"\\?\C:\Users");
        let expected = if cfg!(windows) {
            r"C:\Users"
        } else {
            r"\\?\C:\Users"
        };
        assert_eq!(shown(path), expected);
        assert_eq!(shown(Path::new("/tmp/x")), "/tmp/x");
    }

    /// Hidden files are skipped before sector files are counted: a dot file everywhere,
    /// and on Windows a file the system marks hidden (Explorer's `Thumbs.db`).
    #[test]
    fn hidden_files_are_not_sector_files() {
        let dir = tempfile::tempdir().unwrap();
        let sectors = dir.path().join(super::super::SECTORS_DIR);
        fs::create_dir(&sectors).unwrap();
        fs::write(sectors.join("01.yaml"), "title: a\n").unwrap();
        fs::write(sectors.join(".01.yaml.swp"), "").unwrap();
        #[cfg(windows)]
        {
            let thumbs = sectors.join("Thumbs.db");
            fs::write(&thumbs, "").unwrap();
            let status = std::process::Command::new("attrib")
                .args(["+h", "+s"])
                .arg(&thumbs)
                .status()
                .unwrap();
            assert!(status.success());
        }
        let mut diags = Diagnostics::default();
        let paths = sector_paths(dir.path(), &mut diags);
        assert_eq!(paths, [sectors.join("01.yaml")]);
        assert!(!diags.has_errors());
    }
}
