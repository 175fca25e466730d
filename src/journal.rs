//! The journal of a set of outputs taking their places, so that a build killed between
//! its renames leaves no mixed set (a DOCX of one data set beside the Markdown of
//! another) for longer than until the next run.
//!
//! Before the first temporary takes its target's place, the build writes beside the
//! outputs `.NAME.journal` (NAME the first output's file name): for each output, its
//! temporary, its target and the length and CRC-32 of what it holds. The journal goes
//! once every output is in its place (or put back). The renames happen under the output
//! folder's exclusive lock (see `crate::outputs`), so a journal seen under that lock, or
//! under a shared one, was left by a build that was killed.
//!
//! The next build into the folder completes such a set before anything else, under the
//! same lock: each output whose target does not hold it yet and whose temporary still
//! does is moved into its place; the leftovers go. `build --check` names a folder with an
//! interrupted set as such.

use std::fs;
use std::io::{self, Read};
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

/// One output of the set.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Entry {
    pub temporary: PathBuf,
    pub target: PathBuf,
    pub len: u64,
    pub crc: u32,
}

#[derive(Debug, Serialize, Deserialize)]
struct Journal {
    outputs: Vec<Entry>,
}

/// The journal file of a set whose first target is `first`.
pub fn path_for(first: &Path) -> PathBuf {
    let name = first.file_name().unwrap_or_default().to_string_lossy();
    first.with_file_name(format!(".{name}.journal"))
}

/// The length and CRC-32 of what `file` holds.
pub fn fingerprint(file: &Path) -> io::Result<(u64, u32)> {
    fingerprint_of(fs::File::open(file)?)
}

/// The length and CRC-32 of what `reader` gives to its end: a file already open (a
/// build's own temporary, which on Windows its lock bars from being opened again).
pub fn fingerprint_of(mut reader: impl Read) -> io::Result<(u64, u32)> {
    let mut hasher = crc32fast::Hasher::new();
    let mut buf = vec![0; 64 * 1024];
    let mut len = 0u64;
    loop {
        let n = reader.read(&mut buf)?;
        if n == 0 {
            return Ok((len, hasher.finalize()));
        }
        hasher.update(&buf[..n]);
        len += n as u64;
    }
}

/// Writes the journal of `outputs` at `path`.
pub fn write(path: &Path, outputs: Vec<Entry>) -> io::Result<()> {
    let text = serde_json::to_vec(&Journal { outputs }).map_err(io::Error::other)?;
    fs::write(path, text)
}

/// The journals left in `folder` by builds that were killed.
pub fn left_in(folder: &Path) -> Vec<PathBuf> {
    let Ok(entries) = fs::read_dir(folder) else {
        return Vec::new();
    };
    let mut found: Vec<PathBuf> = entries
        .flatten()
        .map(|e| e.path())
        .filter(|p| {
            let name = p.file_name().unwrap_or_default().to_string_lossy();
            name.starts_with('.') && name.ends_with(".journal")
        })
        .collect();
    found.sort();
    found
}

/// The targets a journal names (none when it cannot be read).
pub fn targets(journal: &Path) -> Vec<PathBuf> {
    read(journal).into_iter().map(|e| e.target).collect()
}

fn read(journal: &Path) -> Vec<Entry> {
    fs::read(journal)
        .ok()
        .and_then(|bytes| serde_json::from_slice::<Journal>(&bytes).ok())
        .map(|j| j.outputs)
        .unwrap_or_default()
}

/// Completes the set of the journal at `journal` (called under the folder's exclusive
/// lock): every output whose temporary still holds it takes its target's place; the
/// targets that could not be completed (their new version is gone) are returned. The
/// journal goes either way.
pub fn complete(journal: &Path) -> Vec<PathBuf> {
    let mut incomplete = Vec::new();
    for entry in read(journal) {
        let wanted = Ok((entry.len, entry.crc));
        if fingerprint(&entry.target).map_err(drop) == wanted {
            // in place; what the temporary holds is the previous version, if anything
            let _ = fs::remove_file(&entry.temporary);
        } else if fingerprint(&entry.temporary).map_err(drop) == wanted {
            if fs::rename(&entry.temporary, &entry.target).is_err() {
                incomplete.push(entry.target);
            }
        } else {
            incomplete.push(entry.target);
        }
    }
    let _ = fs::remove_file(journal);
    incomplete
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(dir: &Path, name: &str, new: &str) -> Entry {
        let temporary = dir.join(format!(".{name}.tmp-1-0"));
        fs::write(&temporary, new).unwrap();
        let (len, crc) = fingerprint(&temporary).unwrap();
        Entry {
            temporary,
            target: dir.join(name),
            len,
            crc,
        }
    }

    /// Killed after the DOCX took its place (exchanged: its temporary holds the previous
    /// version) and before the Markdown did: the next run completes the set.
    #[test]
    fn a_set_killed_between_its_renames_is_completed() {
        let dir = tempfile::tempdir().unwrap();
        let d = dir.path();
        let docx = entry(d, "a.docx", "new docx");
        let md = entry(d, "a.md", "new md");
        // the DOCX exchanged with its previous version
        fs::write(&docx.target, "new docx").unwrap();
        fs::write(&docx.temporary, "old docx").unwrap();
        fs::write(&md.target, "old md").unwrap();
        let journal = path_for(&docx.target);
        write(&journal, vec![docx.clone(), md.clone()]).unwrap();
        assert_eq!(left_in(d), std::slice::from_ref(&journal));
        assert_eq!(targets(&journal), [docx.target.clone(), md.target.clone()]);

        assert_eq!(complete(&journal), Vec::<PathBuf>::new());
        assert_eq!(fs::read_to_string(&docx.target).unwrap(), "new docx");
        assert_eq!(fs::read_to_string(&md.target).unwrap(), "new md");
        assert!(!docx.temporary.exists() && !md.temporary.exists());
        assert!(!journal.exists());
        assert!(left_in(d).is_empty());
    }

    /// An output whose new version is gone cannot be completed: it is named, the others
    /// are completed all the same.
    #[test]
    fn an_output_whose_new_version_is_gone_is_named() {
        let dir = tempfile::tempdir().unwrap();
        let d = dir.path();
        let docx = entry(d, "a.docx", "new docx");
        let md = entry(d, "a.md", "new md");
        fs::remove_file(&docx.temporary).unwrap();
        fs::write(&docx.target, "old docx").unwrap();
        let journal = path_for(&docx.target);
        write(&journal, vec![docx.clone(), md.clone()]).unwrap();
        assert_eq!(complete(&journal), std::slice::from_ref(&docx.target));
        assert_eq!(fs::read_to_string(&md.target).unwrap(), "new md");
        assert!(!journal.exists());
    }
}
