//! `report build --watch`: build, then build again whenever a file of a data folder (or
//! of the templates folder) changes, printing the diagnostics of each round. A round
//! whose data has errors writes nothing, so the last good outputs stay in place for the
//! viewer in the other window. Changes are found by looking at the folders' files
//! (path, size, modification time) twice a second: no watcher crate, no inotify limits,
//! and the same on a network share; a burst of saves is taken as one change once the
//! files have stayed still for one look. It runs until interrupted (Ctrl+C).

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};

use super::Io;
use super::build::run;
use crate::build::Plan;

/// How often the folders are looked at.
const POLL: Duration = Duration::from_millis(500);
/// At most this many files are looked at per round (a data folder has a few dozen).
const MAX_FILES: usize = 10_000;

/// What the watched files look like: path → (size, modification time).
type Snapshot = BTreeMap<PathBuf, (u64, Option<SystemTime>)>;

pub fn watch(dirs: &[PathBuf], plan: &Plan, io: &mut Io) -> u8 {
    let roots: Vec<&Path> = dirs
        .iter()
        .map(PathBuf::as_path)
        .chain(plan.templates)
        .collect();
    let mut seen = snapshot(&roots);
    // a first round that cannot run (no data folder, no LibreOffice) will not run later
    let first = round(dirs, plan, io);
    if first == super::EXIT_USAGE {
        return first;
    }
    loop {
        std::thread::sleep(POLL);
        let now = snapshot(&roots);
        if now == seen {
            continue;
        }
        // wait until the files stay still for one look (an editor saving in steps)
        let mut settled = now;
        loop {
            std::thread::sleep(POLL);
            let again = snapshot(&roots);
            if again == settled {
                break;
            }
            settled = again;
        }
        seen = settled;
        io.notice(crate::messages::Notice::Round { time: now_text() });
        round(dirs, plan, io);
    }
}

/// The time of day, local when the system says its offset (`14:32:05`), else UTC
/// marked as such.
fn now_text() -> String {
    let format = time::macros::format_description!("[hour]:[minute]:[second]");
    match time::OffsetDateTime::now_local() {
        Ok(now) => now.format(&format).unwrap_or_default(),
        Err(_) => {
            let now = time::OffsetDateTime::now_utc();
            format!("{} UTC", now.format(&format).unwrap_or_default())
        }
    }
}

/// One build (its diagnostics printed, its outputs written when the data is valid),
/// then the line that says the watch goes on.
fn round(dirs: &[PathBuf], plan: &Plan, io: &mut Io) -> u8 {
    let code = run(dirs, plan, io);
    io.notice(crate::messages::Notice::Watching);
    let _ = io.stdout.flush();
    let _ = io.stderr.flush();
    code
}

/// Every file under the roots, without following links, hidden files (editors' swap and
/// lock files, the tool's own temporaries) left out.
fn snapshot(roots: &[&Path]) -> Snapshot {
    let mut files = Snapshot::new();
    let mut stack: Vec<PathBuf> = roots.iter().map(|r| r.to_path_buf()).collect();
    while let Some(dir) = stack.pop() {
        let Ok(entries) = std::fs::read_dir(&dir) else {
            continue;
        };
        for entry in entries.flatten() {
            if files.len() >= MAX_FILES {
                return files;
            }
            let hidden = entry.file_name().to_string_lossy().starts_with('.');
            let Ok(meta) = entry.path().symlink_metadata() else {
                continue;
            };
            if hidden {
                continue;
            }
            if meta.is_dir() {
                stack.push(entry.path());
            } else {
                files.insert(entry.path(), (meta.len(), meta.modified().ok()));
            }
        }
    }
    files
}
