//! Writing a build's outputs: atomically, all together, and safely beside other builds
//! into the same folder (a CI matrix, a watcher and a person at once).
//!
//! 1. Each output is written to a temporary file beside its target, named after the
//!    target and random letters by `tempfile` (`.2021-04.md.tmp-Xk3p9Q`), created new
//!    (never over another file), with a new file's permissions, and held under an exclusive lock (`flock`) for as long as this
//!    process lives. The file is created and locked while the output folder is held
//!    under a shared lock, so that a cleaner (below) never sees it unlocked. Most
//!    outputs are written into it from memory; the DOCX and the Markdown of a long
//!    report are written into it as they are rendered ([`spool`]), before the other
//!    outputs are done.
//! 2. Then, under an exclusive lock of the output folder itself (its directory, no lock
//!    file is left behind; on Windows see below):
//!    - temporaries whose owner is gone (no lock held on them) are removed; those of a
//!      build still running are locked, and left alone;
//!    - every target is checked before the first rename: absent or a regular file (not
//!      a folder, not a link), else nothing is changed;
//!    - each temporary takes its target's place: exchanged with it in one step where
//!      the system can (Linux's `renameat2(RENAME_EXCHANGE)`, on ext4, XFS, Btrfs,
//!      tmpfs), which leaves the previous version under the temporary's name; else the
//!      target is kept under a second name (a hard link, or a copy where the file
//!      system has none) and the temporary renamed over it. Either way the target is
//!      never missing. If a later output cannot take its place, the outputs already
//!      replaced are put back (exchanged back, or renamed back) and the error says
//!      whether that worked, output by output. The exchange is the fast way: a rename
//!      over a file makes ext4 allocate and start writing the new file's blocks at
//!      once (its `auto_da_alloc`), which took 0.23 ms an output here against 0.06 ms
//!      for an exchange and the unlink of the previous version.
//!
//! When every target already holds exactly its output's bytes (regular files, not links;
//! looked at under a shared lock of the output folders, so that no build is halfway
//! through its renames), nothing is written: the files and their dates stay as they are,
//! and a spooled temporary is removed. A build of unchanged data leaves its outputs
//! alone, and a document open in Word is not replaced by itself. One changed output,
//! and they are all written as above.
//!
//! 3. Before the first rename, a journal of the set is written beside it, and removed
//!    once every output is in its place or put back: the next build into the folder
//!    completes a set a killed build left halfway ([`crate::journal`]).
//!
//! The files are not forced to disk (`fsync`, a millisecond or more per file, a sixth
//! of a small build): against a power cut in the instant of the rename we rely on the
//! filesystem (ext4 orders a rename over a file after its data), and an output, unlike
//! the data, can always be built again.
//!
//! On Windows: the locks are `LockFileEx` (std's `File::lock`), which are mandatory
//! where `flock` is advisory, so a build reads its own temporaries back only through
//! the handle that holds the lock, and closes that handle once the temporary has taken
//! its target's place (see `Temporary`); a folder cannot be opened as a file, so it is locked
//! through a hidden `.report.lock` file in it, left there; there is no exchange, so the
//! previous version is kept aside and the temporary renamed over it (`MoveFileEx`,
//! which replaces). A target open in Word is expected to refuse the rename (Word opens
//! a document without sharing its deletion): the build fails, the outputs already
//! replaced are put back, and the error names the file (not tried on Windows here).

use std::collections::BTreeSet;
use std::fs::{self, File, TryLockError};
use std::io::{self, Read, Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};

/// One rendered file, not yet in its place.
#[derive(Debug)]
pub struct Output {
    pub path: PathBuf,
    pub content: Content,
}

/// What an output holds.
#[derive(Debug)]
pub enum Content {
    /// Its bytes, in memory.
    Bytes(Vec<u8>),
    /// Written into its temporary beside the target as it was made ([`spool`]), or the
    /// error met doing so, which its writing reports.
    Spooled(io::Result<Spool>),
}

/// An output's temporary, written whole.
#[derive(Debug)]
pub struct Spool {
    tmp: Temporary,
    len: u64,
}

impl Output {
    pub fn new(path: PathBuf, bytes: Vec<u8>) -> Output {
        Output {
            path,
            content: Content::Bytes(bytes),
        }
    }

    /// Its bytes, when they are in memory.
    pub fn bytes(&self) -> Option<&[u8]> {
        match &self.content {
            Content::Bytes(bytes) => Some(bytes),
            Content::Spooled(_) => None,
        }
    }
}

/// The output at `path` written by `write` straight into its temporary (as the folder's
/// protocol makes one, see the module's note), for [`write_all`] to put in place: a
/// long output is never held whole. `write` gets the file, to write and to seek in (a
/// zip package goes back to each entry's header). The output folder is made if it is
/// not there.
pub fn spool(path: PathBuf, write: impl FnOnce(&mut File) -> io::Result<()>) -> Output {
    let spooled = Temporary::create(&path).and_then(|mut tmp| {
        let file = tmp.file()?;
        write(file)?;
        let len = file.metadata()?.len();
        Ok(Spool { tmp, len })
    });
    Output {
        path,
        content: Content::Spooled(spooled),
    }
}

/// Why outputs could not be written, and what is true of them afterwards.
#[derive(Debug)]
pub struct WriteError {
    /// The output that could not be written.
    pub path: PathBuf,
    pub failure: Failure,
    /// Outputs already replaced that could not be put back: they hold this build's
    /// version, the others their previous one. Empty when nothing was changed.
    pub replaced: Vec<PathBuf>,
}

#[derive(Debug)]
pub enum Failure {
    Io(io::Error),
    /// The target is there and is not a regular file (a folder, a link).
    NotAFile,
}

impl WriteError {
    fn io(path: &Path, e: io::Error) -> WriteError {
        WriteError {
            path: path.to_path_buf(),
            failure: Failure::Io(e),
            replaced: Vec::new(),
        }
    }
}

/// Writes every output atomically and together (see the module's note), unless every
/// target holds its output's bytes already. On error, nothing was changed unless
/// `replaced` says otherwise.
pub fn write_all(outputs: Vec<Output>) -> Result<(), WriteError> {
    write_all_with(outputs, &SYSTEM)
}

/// How a temporary takes its target's place: the system's calls, or in a test ones that
/// fail.
pub struct Moves<'a> {
    /// Exchanges two files in one step; an error where the system or the file system
    /// cannot (nothing is changed then, and `rename` is tried).
    pub exchange: &'a dyn Fn(&Path, &Path) -> io::Result<()>,
    pub rename: &'a dyn Fn(&Path, &Path) -> io::Result<()>,
}

const SYSTEM: Moves<'static> = Moves {
    exchange: &exchange,
    rename: &rename,
};

fn rename(from: &Path, to: &Path) -> io::Result<()> {
    fs::rename(from, to)
}

#[cfg(target_os = "linux")]
fn exchange(a: &Path, b: &Path) -> io::Result<()> {
    use rustix::fs::{CWD, RenameFlags, renameat_with};
    renameat_with(CWD, a, CWD, b, RenameFlags::EXCHANGE).map_err(io::Error::from)
}

#[cfg(not(target_os = "linux"))]
fn exchange(_: &Path, _: &Path) -> io::Result<()> {
    Err(io::ErrorKind::Unsupported.into())
}

/// [`write_all`] with the moves given, so that a test can make one fail.
pub fn write_all_with(outputs: Vec<Output>, moves: &Moves) -> Result<(), WriteError> {
    let folders: BTreeSet<PathBuf> = outputs.iter().map(|o| folder_of(&o.path)).collect();
    // (a set a killed build left is completed below, even when it is all current)
    let journals = folders
        .iter()
        .any(|f| !crate::journal::left_in(f).is_empty());
    if !journals && all_current(&outputs) {
        // spooled temporaries go with their outputs
        return Ok(());
    }
    let mut temporaries = Vec::new();
    // each output's length and CRC-32, for the journal: from its bytes when they are in
    // memory, read back only from a spooled temporary
    let mut fingerprints = Vec::new();
    for output in outputs {
        let tmp = match output.content {
            Content::Bytes(bytes) => {
                fingerprints.push(Some((bytes.len() as u64, crc32fast::hash(&bytes))));
                Temporary::create(&output.path)
                    .and_then(|mut tmp| tmp.file()?.write_all(&bytes).map(|()| tmp))
            }
            Content::Spooled(spooled) => {
                fingerprints.push(None);
                spooled.map(|spool| spool.tmp)
            }
        };
        temporaries.push(tmp.map_err(|e| WriteError::io(&output.path, e))?);
    }
    // in a fixed order, so that two builds never hold one each and wait for the other
    let mut locks = Vec::new();
    for folder in &folders {
        let lock = lock_folder(folder, Lock::Exclusive).map_err(|e| WriteError::io(folder, e))?;
        locks.push(lock);
    }
    // a set a killed build left halfway is completed first, while its temporaries are
    // there (`crate::journal`)
    for folder in &folders {
        for journal in crate::journal::left_in(folder) {
            crate::journal::complete(&journal);
        }
    }
    for tmp in &temporaries {
        remove_abandoned_temporaries(&tmp.target);
    }
    for tmp in &temporaries {
        match fs::symlink_metadata(&tmp.target) {
            Ok(meta) if !meta.is_file() => {
                return Err(WriteError {
                    path: tmp.target.clone(),
                    failure: Failure::NotAFile,
                    replaced: Vec::new(),
                });
            }
            Ok(_) => {}
            Err(e) if e.kind() == io::ErrorKind::NotFound => {}
            Err(e) => return Err(WriteError::io(&tmp.target, e)),
        }
    }
    let journal = temporaries
        .first()
        .map(|t| crate::journal::path_for(&t.target));
    if let Some(journal) = &journal {
        let entries = temporaries
            .iter()
            .zip(fingerprints)
            .map(|(t, known)| {
                let (len, crc) = match known {
                    Some(known) => known,
                    None => crate::journal::fingerprint_of(t.rewound()?)?,
                };
                Ok(crate::journal::Entry {
                    temporary: t.path.clone(),
                    target: t.target.clone(),
                    len,
                    crc,
                })
            })
            .collect::<io::Result<Vec<_>>>()
            .and_then(|entries| crate::journal::write(journal, entries));
        entries.map_err(|e| WriteError::io(journal, e))?;
    }
    let replaced = replace_all(&mut temporaries, moves);
    if let Some(journal) = &journal {
        let _ = fs::remove_file(journal);
    }
    replaced
}

/// Whether every target is a regular file holding exactly its output's bytes, seen
/// while no build is renaming into the folders (their shared locks held).
fn all_current(outputs: &[Output]) -> bool {
    let folders: BTreeSet<PathBuf> = outputs.iter().map(|o| folder_of(&o.path)).collect();
    // no folder yet, or none to lock: there is something to write
    let locks: Option<Vec<File>> = folders
        .iter()
        .map(|folder| lock_folder(folder, Lock::Shared).ok())
        .collect();
    locks.is_some() && outputs.iter().all(is_current)
}

/// Whether the target of `output` is a regular file holding exactly its bytes (read only
/// when the length is the same).
fn is_current(output: &Output) -> bool {
    let len = match &output.content {
        Content::Bytes(bytes) => bytes.len() as u64,
        Content::Spooled(Ok(spool)) => spool.len,
        Content::Spooled(Err(_)) => return false,
    };
    let same_length =
        fs::symlink_metadata(&output.path).is_ok_and(|m| m.is_file() && m.len() == len);
    same_length && holds_content(&output.path, &output.content) == Some(true)
}

/// Whether the file at `path` holds exactly `content`, read a piece at a time; `None`
/// when it cannot be read.
pub fn holds_content(path: &Path, content: &Content) -> Option<bool> {
    let mut file = File::open(path).ok()?;
    Some(match content {
        Content::Bytes(bytes) => holds(&mut file, bytes),
        Content::Spooled(Ok(spool)) => spool
            .tmp
            .rewound()
            .is_ok_and(|mut tmp| same_readers(&mut file, &mut tmp)),
        Content::Spooled(Err(_)) => false,
    })
}

/// Bytes are compared a piece at a time: the Markdown of 10,000 models is 10 MB, which
/// read whole was as much memory again.
const PIECE: usize = 64 * 1024;

/// Whether `reader` holds exactly `bytes` and nothing more.
fn holds(reader: &mut impl Read, bytes: &[u8]) -> bool {
    same_readers(reader, &mut &bytes[..])
}

/// Whether two readers hold the same bytes.
fn same_readers(a: &mut impl Read, b: &mut impl Read) -> bool {
    let (mut piece, mut other) = (vec![0; PIECE], vec![0; PIECE]);
    loop {
        let Some(n) = read_some(a, &mut piece) else {
            return false;
        };
        if n == 0 {
            // `b` must be at its end too
            return read_some(b, &mut [0]) == Some(0);
        }
        if b.read_exact(&mut other[..n]).is_err() || piece[..n] != other[..n] {
            return false;
        }
    }
}

/// One read, again when interrupted; `None` on an error.
fn read_some(reader: &mut impl Read, buf: &mut [u8]) -> Option<usize> {
    loop {
        match reader.read(buf) {
            Ok(n) => return Some(n),
            Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
            Err(_) => return None,
        }
    }
}

/// Puts each temporary in its target's place, putting the replaced ones back if one
/// cannot be. Runs under the output folders' exclusive locks.
fn replace_all(temporaries: &mut [Temporary], moves: &Moves) -> Result<(), WriteError> {
    // (target, where its previous version is)
    let mut done: Vec<(PathBuf, Previous)> = Vec::new();
    let mut failed = None;
    for tmp in temporaries.iter_mut() {
        match take_place(tmp, moves) {
            Ok(previous) => done.push((tmp.target.clone(), previous)),
            Err(e) => {
                failed = Some((tmp.target.clone(), e));
                break;
            }
        }
    }
    let Some((path, e)) = failed else {
        // the previous versions go: those kept aside here, the exchanged ones with their
        // temporaries (`Temporary::drop`)
        for (_, previous) in done {
            if let Previous::Kept(kept) = previous {
                let _ = fs::remove_file(kept);
            }
        }
        return Ok(());
    };
    let mut replaced = Vec::new();
    for (target, previous) in done.into_iter().rev() {
        let restored = match &previous {
            Previous::Exchanged(tmp) => (moves.exchange)(tmp, &target),
            Previous::Kept(kept) => fs::rename(kept, &target),
            Previous::None => fs::remove_file(&target),
        };
        if restored.is_err() {
            replaced.push(target);
        }
    }
    replaced.reverse();
    Err(WriteError {
        path,
        failure: Failure::Io(e),
        replaced,
    })
}

/// Where the version of a target that an output replaced is, until the build is done.
enum Previous {
    /// There was none.
    None,
    /// Under the temporary's name, exchanged with it.
    Exchanged(PathBuf),
    /// Under a name of its own ([`keep_previous`]).
    Kept(PathBuf),
}

/// Puts `tmp` in its target's place: exchanged with an existing target (an exchange
/// with none fails, changing nothing), else renamed over it with the previous version
/// kept aside first. On error nothing is changed.
fn take_place(tmp: &mut Temporary, moves: &Moves) -> io::Result<Previous> {
    if (moves.exchange)(&tmp.path, &tmp.target).is_ok() {
        tmp.file = None;
        return Ok(Previous::Exchanged(tmp.path.clone()));
    }
    let kept = keep_previous(&tmp.target)?;
    match (moves.rename)(&tmp.path, &tmp.target) {
        Ok(()) => {
            tmp.renamed = true;
            tmp.file = None;
            Ok(kept.map_or(Previous::None, Previous::Kept))
        }
        Err(e) => {
            if let Some(kept) = kept {
                let _ = fs::remove_file(kept);
            }
            Err(e)
        }
    }
}

/// The current version of `target` under a temporary name (a hard link, else a copy),
/// to put back if the build cannot finish; `None` when there is none.
fn keep_previous(target: &Path) -> io::Result<Option<PathBuf>> {
    if !target.exists() {
        return Ok(None);
    }
    let prefix = temporary_prefix(target);
    let kept = temporary_builder(&prefix, ".old").make_in(folder_of(target), |path| {
        match fs::hard_link(target, path) {
            // the name is taken: tempfile tries another
            Err(e) if e.kind() == io::ErrorKind::AlreadyExists => Err(e),
            Err(_) => fs::copy(target, path).map(drop),
            Ok(()) => Ok(()),
        }
    })?;
    Ok(Some(kept.into_temp_path().keep().map_err(|e| e.error)?))
}

/// A temporary output: created new, locked, removed unless it was renamed into place
/// (exchanged with its target, the name holds the previous version, removed too).
#[derive(Debug)]
struct Temporary {
    path: PathBuf,
    target: PathBuf,
    /// Holds the lock that tells other builds this file's owner is alive; let go of
    /// (closed, unlocked) once the file has taken its target's place. On Windows an open
    /// file at the target would keep the previous version from being put back there if
    /// a later output fails (where renames lack POSIX semantics: FAT, network shares,
    /// Wine), and its lock, mandatory there, would bar others from reading the output.
    file: Option<File>,
    renamed: bool,
}

impl Temporary {
    /// An empty temporary for `target`, its folder made if need be.
    fn create(target: &Path) -> io::Result<Temporary> {
        let folder = folder_of(target);
        fs::create_dir_all(&folder)?;
        let (path, file) = {
            // created and locked while no cleaner can run (see the module's note)
            let _shared = lock_folder(&folder, Lock::Shared)?;
            create_locked(target)?
        };
        Ok(Temporary {
            path,
            target: target.to_path_buf(),
            file: Some(file),
            renamed: false,
        })
    }

    /// The temporary's file, to write into, until it takes its target's place.
    fn file(&mut self) -> io::Result<&mut File> {
        self.file
            .as_mut()
            .ok_or_else(|| io::ErrorKind::NotFound.into())
    }

    /// The temporary's own file, at its start, to read back what was written. Read
    /// through this handle, not opened again by its path: on Windows the lock held on
    /// it (`LockFileEx`) is mandatory, and bars every other handle from reading it, this
    /// process's included.
    fn rewound(&self) -> io::Result<&File> {
        let mut file = self.file.as_ref().ok_or(io::ErrorKind::NotFound)?;
        file.seek(SeekFrom::Start(0))?;
        Ok(file)
    }
}

impl Drop for Temporary {
    fn drop(&mut self) {
        if !self.renamed {
            let _ = fs::remove_file(&self.path);
        }
    }
}

/// A new temporary file beside `target`, under an exclusive lock, readable too (what was
/// written is read back through this handle, `rewound`). Its removal is [`Temporary`]'s.
fn create_locked(target: &Path) -> io::Result<(PathBuf, File)> {
    let prefix = temporary_prefix(target);
    let named = temporary_builder(&prefix, "").tempfile_in(folder_of(target))?;
    let (file, path) = named.keep().map_err(|e| e.error)?;
    if let Err(e) = file.lock() {
        let _ = fs::remove_file(&path);
        return Err(e);
    }
    Ok((path, file))
}

/// The names of a target's temporaries (`prefix`, random letters, then `suffix`),
/// created new by `tempfile`, with the permissions of any new file (0666 less the umask,
/// as the target itself would get: tempfile's own 0600 would make every output private
/// to its builder once it takes the target's place).
fn temporary_builder<'a>(prefix: &'a str, suffix: &'a str) -> tempfile::Builder<'a, 'a> {
    let mut builder = tempfile::Builder::new();
    builder.prefix(prefix).suffix(suffix);
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        builder.permissions(fs::Permissions::from_mode(0o666));
    }
    builder
}

/// The prefix of every temporary file of `target`: hidden, beside it, named after it.
fn temporary_prefix(target: &Path) -> String {
    let name = target.file_name().unwrap_or_default().to_string_lossy();
    format!(".{name}.tmp-")
}

/// The folder a path is in (`.` for a bare file name).
fn folder_of(path: &Path) -> PathBuf {
    match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    }
}

enum Lock {
    Shared,
    Exclusive,
}

/// Locks the folder itself (its directory), waiting for other builds; released when the
/// handle is dropped, or when the process ends, however it ends.
fn lock_folder(folder: &Path, how: Lock) -> io::Result<File> {
    let handle = match File::open(folder) {
        Ok(handle) => handle,
        // no folder (yet): nothing to lock. Not the lock file below: another build may
        // make the folder meanwhile, and the file would be left in it
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Err(e),
        // where a folder cannot be opened as a file, a lock file in it instead
        Err(_) => lock_file(folder)?,
    };
    match how {
        Lock::Shared => handle.lock_shared()?,
        Lock::Exclusive => handle.lock()?,
    }
    Ok(handle)
}

/// The lock file of a folder that cannot be opened as a file: on Windows every folder
/// (std opens no directory there: that takes `FILE_FLAG_BACKUP_SEMANTICS`), on Unix a
/// folder that cannot be read. It stays in the folder, empty.
fn lock_file(folder: &Path) -> io::Result<File> {
    let mut options = File::options();
    options.create(true).append(true);
    // hidden in Explorer, as its leading dot hides it elsewhere (set when it is made)
    #[cfg(windows)]
    {
        use std::os::windows::fs::OpenOptionsExt;
        const FILE_ATTRIBUTE_HIDDEN: u32 = 0x2;
        options.attributes(FILE_ATTRIBUTE_HIDDEN);
    }
    options.open(folder.join(".report.lock"))
}

/// Removes the temporary files of `target` whose owner is gone: a build killed before
/// it could clean up. A temporary of a build still running is locked and stays.
fn remove_abandoned_temporaries(target: &Path) {
    let prefix = temporary_prefix(target);
    let Ok(entries) = fs::read_dir(folder_of(target)) else {
        return;
    };
    for entry in entries.flatten() {
        if !entry.file_name().to_string_lossy().starts_with(&prefix) {
            continue;
        }
        let Ok(file) = File::open(entry.path()) else {
            continue;
        };
        match file.try_lock() {
            Ok(()) => {
                let _ = fs::remove_file(entry.path());
            }
            Err(TryLockError::WouldBlock) | Err(TryLockError::Error(_)) => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn output(dir: &Path, name: &str, text: &str) -> Output {
        Output::new(dir.join(name), text.as_bytes().to_vec())
    }

    /// The files of `dir` but the folder's lock file, which Windows has ([`lock_file`]).
    fn names(dir: &Path) -> Vec<String> {
        let mut names: Vec<String> = fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .filter(|name| name != ".report.lock")
            .collect();
        names.sort();
        names
    }

    #[test]
    fn a_rename_that_fails_midway_puts_the_first_output_back() {
        let dir = tempfile::tempdir().unwrap();
        write_all(vec![output(dir.path(), "a.docx", "old a")]).unwrap();
        let outputs = [
            output(dir.path(), "a.docx", "new a"),
            output(dir.path(), "a.md", "new md"),
        ];
        let calls = std::cell::Cell::new(0);
        let rename = |from: &Path, to: &Path| {
            calls.set(calls.get() + 1);
            if calls.get() == 2 {
                return Err(io::Error::other("disk full"));
            }
            fs::rename(from, to)
        };
        let cannot = |_: &Path, _: &Path| Err(io::ErrorKind::Unsupported.into());
        let moves = Moves {
            exchange: &cannot,
            rename: &rename,
        };
        let err = write_all_with(outputs.into(), &moves).unwrap_err();
        assert_eq!(calls.get(), 2, "the first rename happened");
        assert_eq!(err.path, dir.path().join("a.md"));
        assert!(err.replaced.is_empty(), "{:?}", err.replaced);
        assert_eq!(
            fs::read_to_string(dir.path().join("a.docx")).unwrap(),
            "old a"
        );
        assert_eq!(names(dir.path()), ["a.docx"], "no temporary left");
    }

    fn spooled(dir: &Path, name: &str, text: &str) -> Output {
        spool(dir.join(name), |w| w.write_all(text.as_bytes()))
    }

    /// A spooled output is read back, for the comparison and for the journal, through
    /// its temporary's own handle, which holds the lock: on Windows that lock bars any
    /// other handle from reading the file, this process's included.
    #[test]
    fn a_spooled_output_is_read_back_through_its_own_handle() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("out");
        let text = "Báo cáo số 141/BC-UBND\n".repeat(5_000);
        let first = spooled(&out, "a.md", &text);
        // compared before it is written: a different file, then the same bytes
        fs::create_dir_all(&out).unwrap();
        fs::write(out.join("b.md"), "khác").unwrap();
        assert_eq!(
            holds_content(&out.join("b.md"), &first.content),
            Some(false)
        );
        fs::write(out.join("b.md"), &text).unwrap();
        assert_eq!(holds_content(&out.join("b.md"), &first.content), Some(true));
        // read again from its start, however often
        assert_eq!(holds_content(&out.join("b.md"), &first.content), Some(true));
        // written with an output in memory (the journal fingerprints the spool)
        write_all(vec![first, output(&out, "a.docx", "a")]).unwrap();
        assert_eq!(fs::read_to_string(out.join("a.md")).unwrap(), text);
        assert_eq!(names(&out), ["a.docx", "a.md", "b.md"], "a temporary left");
    }

    /// A spooled output is in its temporary, beside its target, until it is written; then
    /// it is the target, and a spool of the same bytes leaves the target as it is (seen
    /// by its inode: Unix only).
    #[cfg(unix)]
    #[test]
    fn a_spooled_output_takes_its_place_or_leaves_the_same_bytes_alone() {
        use std::os::unix::fs::MetadataExt;
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("out");
        let first = spooled(&out, "a.md", "Báo cáo\n");
        assert_eq!(first.bytes(), None);
        assert_eq!(output(&out, "a.docx", "a").bytes(), Some(&b"a"[..]));
        let tmp = names(&out);
        assert!(
            tmp.len() == 1 && tmp[0].starts_with(".a.md.tmp-"),
            "{tmp:?}"
        );
        write_all(vec![first, output(&out, "a.docx", "a")]).unwrap();
        assert_eq!(fs::read_to_string(out.join("a.md")).unwrap(), "Báo cáo\n");
        assert_eq!(names(&out), ["a.docx", "a.md"]);

        let inode = |name: &str| fs::metadata(out.join(name)).unwrap().ino();
        let before = (inode("a.md"), inode("a.docx"));
        let same = spooled(&out, "a.md", "Báo cáo\n");
        assert_eq!(holds_content(&out.join("a.md"), &same.content), Some(true));
        write_all(vec![same, output(&out, "a.docx", "a")]).unwrap();
        assert_eq!((inode("a.md"), inode("a.docx")), before, "replaced");
        assert_eq!(names(&out), ["a.docx", "a.md"], "a temporary left");

        // as long, not the same: written, and the other output with it
        let other = spooled(&out, "a.md", "Báo cáo\r");
        assert_eq!(
            holds_content(&out.join("a.md"), &other.content),
            Some(false)
        );
        assert_eq!(holds_content(&out.join("b.md"), &other.content), None);
        write_all(vec![other, output(&out, "a.docx", "a")]).unwrap();
        assert_eq!(fs::read_to_string(out.join("a.md")).unwrap(), "Báo cáo\r");
        assert_ne!((inode("a.md"), inode("a.docx")), before);
    }

    /// A spool whose writing failed is an output that cannot be written: the error is
    /// its, nothing is replaced, and its temporary is gone.
    #[test]
    fn a_spool_that_could_not_be_written_changes_nothing() {
        let dir = tempfile::tempdir().unwrap();
        write_all(vec![output(dir.path(), "a.md", "old")]).unwrap();
        let failed = spool(dir.path().join("a.md"), |w| {
            w.write_all(b"half")?;
            Err(io::Error::other("disk full"))
        });
        assert!(matches!(&failed.content, Content::Spooled(Err(_))));
        assert_eq!(names(dir.path()), ["a.md"], "the temporary stays");
        assert_eq!(
            holds_content(&dir.path().join("a.md"), &failed.content),
            Some(false)
        );
        let err = write_all(vec![output(dir.path(), "a.docx", "new"), failed]).unwrap_err();
        assert_eq!(err.path, dir.path().join("a.md"));
        assert!(matches!(err.failure, Failure::Io(ref e) if e.to_string() == "disk full"));
        assert!(err.replaced.is_empty());
        assert_eq!(fs::read_to_string(dir.path().join("a.md")).unwrap(), "old");
        assert_eq!(names(dir.path()), ["a.md"], "a temporary left");
    }

    /// Two readers are the same when they give the same bytes to the end, however their
    /// reads are cut.
    /// An output gets the permissions of any new file, not a temporary's private ones:
    /// a spooled output and one written from memory, both over a file and new.
    #[cfg(unix)]
    #[test]
    fn an_output_is_readable_as_any_new_file_is() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let probe = dir.path().join("probe");
        fs::write(&probe, "").unwrap();
        let wanted = fs::metadata(&probe).unwrap().permissions().mode() & 0o777;
        assert_ne!(wanted & 0o044, 0, "the umask of this test lets others read");
        for round in ["old", "new"] {
            let spooled = spool(dir.path().join("a.docx"), |f| f.write_all(round.as_bytes()));
            write_all(vec![spooled, output(dir.path(), "a.md", round)]).unwrap();
            for name in ["a.docx", "a.md"] {
                let mode = fs::metadata(dir.path().join(name))
                    .unwrap()
                    .permissions()
                    .mode();
                assert_eq!(mode & 0o777, wanted, "{name} ({round})");
            }
        }
    }

    #[test]
    fn two_readers_are_compared_to_their_ends() {
        let same = |a: &[u8], b: &[u8]| same_readers(&mut &a[..], &mut &b[..]);
        assert!(same(b"", b""));
        assert!(same(b"abc", b"abc"));
        assert!(!same(b"abc", b"abd"));
        assert!(!same(b"abc", b"abcd"), "b is longer");
        assert!(!same(b"abcd", b"abc"), "a is longer");
        assert!(!same(b"", b"a"));
        let long: Vec<u8> = (0..200_000u32).map(|i| (i % 251) as u8).collect();
        let mut other = long.clone();
        assert!(same_readers(&mut Trickle(&long[..], 0), &mut &other[..]));
        *other.last_mut().unwrap() ^= 1;
        assert!(!same_readers(&mut Trickle(&long[..], 0), &mut &other[..]));
    }

    /// Where the system can, an existing target is exchanged with its temporary: no
    /// rename is needed, and the previous version goes with the temporary.
    #[cfg(target_os = "linux")]
    #[test]
    fn an_existing_target_is_exchanged_with_its_temporary() {
        let dir = tempfile::tempdir().unwrap();
        write_all(vec![output(dir.path(), "a.docx", "old a")]).unwrap();
        let never = |_: &Path, _: &Path| Err(io::Error::other("no rename"));
        let moves = Moves {
            exchange: &exchange,
            rename: &never,
        };
        write_all_with(vec![output(dir.path(), "a.docx", "new a")], &moves).unwrap();
        assert_eq!(
            fs::read_to_string(dir.path().join("a.docx")).unwrap(),
            "new a"
        );
        assert_eq!(names(dir.path()), ["a.docx"], "no temporary left");
        // a new target has nothing to be exchanged with: renamed
        let err = write_all_with(vec![output(dir.path(), "b.md", "b")], &moves).unwrap_err();
        assert_eq!(err.path, dir.path().join("b.md"));
        assert_eq!(names(dir.path()), ["a.docx"]);
    }

    /// An output that cannot take its place after another was exchanged with its target:
    /// that one is exchanged back, and nothing of the build is left.
    #[cfg(target_os = "linux")]
    #[test]
    fn an_exchange_is_undone_when_a_later_output_fails() {
        let dir = tempfile::tempdir().unwrap();
        write_all(vec![
            output(dir.path(), "a.docx", "old a"),
            output(dir.path(), "a.md", "old md"),
        ])
        .unwrap();
        let calls = std::cell::Cell::new(0);
        let second_fails = |a: &Path, b: &Path| {
            calls.set(calls.get() + 1);
            if calls.get() == 2 {
                return Err(io::Error::other("disk full"));
            }
            exchange(a, b)
        };
        let never = |_: &Path, _: &Path| Err(io::Error::other("disk full"));
        let moves = Moves {
            exchange: &second_fails,
            rename: &never,
        };
        let outputs = [
            output(dir.path(), "a.docx", "new a"),
            output(dir.path(), "a.md", "new md"),
        ];
        let err = write_all_with(outputs.into(), &moves).unwrap_err();
        assert_eq!(calls.get(), 3, "exchanged, failed, exchanged back");
        assert_eq!(err.path, dir.path().join("a.md"));
        assert!(err.replaced.is_empty(), "{:?}", err.replaced);
        for (name, text) in [("a.docx", "old a"), ("a.md", "old md")] {
            assert_eq!(fs::read_to_string(dir.path().join(name)).unwrap(), text);
        }
        assert_eq!(names(dir.path()), ["a.docx", "a.md"], "no temporary left");
    }

    /// A reader that gives at most three bytes a read, and is interrupted now and then.
    struct Trickle<'a>(&'a [u8], usize);

    impl Read for Trickle<'_> {
        fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
            self.1 += 1;
            if self.1.is_multiple_of(4) {
                return Err(io::ErrorKind::Interrupted.into());
            }
            let n = buf.len().min(self.0.len()).min(3);
            buf[..n].copy_from_slice(&self.0[..n]);
            self.0 = &self.0[n..];
            Ok(n)
        }
    }

    #[test]
    fn what_a_file_holds_is_compared_piece_by_piece() {
        let text = "Báo cáo số 141/BC-UBND".as_bytes();
        assert!(holds(&mut Trickle(text, 0), text));
        assert!(holds(&mut Trickle(b"", 0), b""));
        assert!(
            !holds(&mut Trickle(text, 0), &text[..text.len() - 1]),
            "more"
        );
        assert!(
            !holds(&mut Trickle(&text[..text.len() - 1], 0), text),
            "less"
        );
        let mut other = text.to_vec();
        other[7] ^= 1;
        assert!(!holds(&mut Trickle(&other, 0), text), "another byte");
        // pieces of the reader's own size, longer than one read of `holds`
        // a reader that fails: not the same, and no second try
        struct Broken;
        impl Read for Broken {
            fn read(&mut self, _: &mut [u8]) -> io::Result<usize> {
                Err(io::Error::other("disk gone"))
            }
        }
        assert!(!holds(&mut Broken, b""));
        let long: Vec<u8> = (0..200_000u32).map(|i| (i % 251) as u8).collect();
        assert!(holds(&mut io::Cursor::new(&long), &long));
        let mut changed = long.clone();
        changed[150_000] ^= 1;
        assert!(!holds(&mut io::Cursor::new(&changed), &long));
    }

    #[test]
    fn a_folder_in_the_way_changes_nothing() {
        let dir = tempfile::tempdir().unwrap();
        write_all(vec![output(dir.path(), "x.docx", "old")]).unwrap();
        fs::create_dir(dir.path().join("x.md")).unwrap();
        let outputs = [
            output(dir.path(), "x.docx", "new"),
            output(dir.path(), "x.md", "new"),
        ];
        let err = write_all(outputs.into()).unwrap_err();
        assert!(matches!(err.failure, Failure::NotAFile));
        assert_eq!(err.path, dir.path().join("x.md"));
        assert_eq!(
            fs::read_to_string(dir.path().join("x.docx")).unwrap(),
            "old"
        );
        assert_eq!(names(dir.path()), ["x.docx", "x.md"]);
    }

    #[test]
    fn a_temporary_of_a_live_build_stays_an_abandoned_one_goes() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("r.md");
        let (live, _held) = create_locked(&target).unwrap();
        let abandoned = dir.path().join(".r.md.tmp-1-1");
        fs::write(&abandoned, "half").unwrap();
        write_all(vec![output(dir.path(), "r.md", "x")]).unwrap();
        assert!(live.exists(), "a live build's temporary is left alone");
        assert!(!abandoned.exists(), "an abandoned temporary is removed");
    }

    /// The file's identity: a rename over it gives another inode.
    #[cfg(unix)]
    fn inode(path: &Path) -> u64 {
        use std::os::unix::fs::MetadataExt;
        fs::metadata(path).unwrap().ino()
    }

    #[cfg(unix)]
    #[test]
    fn an_output_that_holds_its_bytes_already_is_left_as_it_is() {
        let dir = tempfile::tempdir().unwrap();
        let (a, b) = (dir.path().join("a.docx"), dir.path().join("a.md"));
        write_all(vec![
            output(dir.path(), "a.docx", "same"),
            output(dir.path(), "a.md", "v1"),
        ])
        .unwrap();
        let (a0, b0) = (inode(&a), inode(&b));
        // the same bytes: not replaced
        write_all(vec![
            output(dir.path(), "a.docx", "same"),
            output(dir.path(), "a.md", "v1"),
        ])
        .unwrap();
        assert_eq!((inode(&a), inode(&b)), (a0, b0), "nothing rewritten");
        // one changed (of the same length): all are written, as one data set
        write_all(vec![
            output(dir.path(), "a.docx", "same"),
            output(dir.path(), "a.md", "v2"),
        ])
        .unwrap();
        assert_ne!(inode(&a), a0, "written with the other");
        assert_ne!(inode(&b), b0, "the changed output is replaced");
        assert_eq!(fs::read_to_string(&b).unwrap(), "v2");
        assert_eq!(names(dir.path()), ["a.docx", "a.md"], "no temporary left");
    }

    /// A link in the place of an output is refused even when what it points to holds the
    /// output's bytes: the same outcome as a link to anything else.
    #[cfg(unix)]
    #[test]
    fn a_link_to_the_same_bytes_is_still_a_link() {
        let dir = tempfile::tempdir().unwrap();
        // the link's own length (that of "elsewhere.md") is the output's too
        let text = "mười hai!";
        assert_eq!(text.len(), "elsewhere.md".len());
        fs::write(dir.path().join("elsewhere.md"), text).unwrap();
        std::os::unix::fs::symlink("elsewhere.md", dir.path().join("r.md")).unwrap();
        let err = write_all(vec![output(dir.path(), "r.md", text)]).unwrap_err();
        assert!(matches!(err.failure, Failure::NotAFile));
    }
}
