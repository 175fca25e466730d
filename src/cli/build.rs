//! `report build` and `report check` over one or several data folders: each folder is
//! prepared and rendered (in parallel when there are several), then reported in the order
//! given; a failing folder does not stop the others, and the exit code is the worst.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use super::{EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE, Io, print_diagnostics};
use crate::build::{self as pipeline, Format, Freshness, Output};
use crate::diagnostic::Diagnostics;
use crate::messages::Notice;

/// Write the outputs, or compare them with what is on disk.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    Write,
    Check,
}

/// What every folder of one `report build` is built with.
pub struct Plan<'a> {
    pub out: &'a Path,
    pub formats: &'a [Format],
    pub templates: Option<&'a Path>,
    pub deny_warnings: bool,
    pub mode: Mode,
    pub source_date_epoch: Option<i64>,
}

/// What became of one folder before anything is printed or written.
enum Outcome {
    Missing,
    /// Not a data folder, but a folder of data folders (these).
    Nested(Vec<String>),
    Invalid,
    /// The outputs could not be rendered (a template error).
    Unrendered(Diagnostics),
    Rendered(Vec<Output>),
}

struct Done {
    diags: Diagnostics,
    outcome: Outcome,
}

pub fn run(dirs: &[PathBuf], plan: &Plan, io: &mut Io) -> u8 {
    if let Some(code) = same_names(dirs, io) {
        return code;
    }
    let results = parallel(dirs, |dir| prepare(dir, plan));
    let several = dirs.len() > 1;
    let mut worst = EXIT_OK;
    for (dir, done) in dirs.iter().zip(results) {
        let code = report(dir, done, plan, several, io);
        worst = worst.max(code);
    }
    worst
}

pub fn check(dirs: &[PathBuf], deny_warnings: bool, io: &mut Io) -> u8 {
    let results = parallel(dirs, |dir| match unusable(dir) {
        Some(outcome) => Err(outcome),
        None => Ok(pipeline::prepare(dir).1),
    });
    let mut worst = EXIT_OK;
    for (dir, diags) in dirs.iter().zip(results) {
        let code = match diags {
            Err(outcome) => cannot_run(dir, outcome, io),
            Ok(diags) if print_diagnostics(&diags, deny_warnings, dir, io) => EXIT_PROBLEMS,
            Ok(_) => {
                io.notice(Notice::NoErrors {
                    folder: dir.display().to_string(),
                });
                EXIT_OK
            }
        };
        worst = worst.max(code);
    }
    worst
}

/// A folder that is not there, or holds data folders rather than being one.
fn unusable(dir: &Path) -> Option<Outcome> {
    if !dir.is_dir() {
        return Some(Outcome::Missing);
    }
    if dir.join(crate::load::REPORT_FILE).exists() {
        return None;
    }
    let mut inside: Vec<String> = std::fs::read_dir(dir)
        .into_iter()
        .flatten()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.join(crate::load::REPORT_FILE).is_file())
        .map(|p| p.display().to_string())
        .collect();
    inside.sort();
    (!inside.is_empty()).then_some(Outcome::Nested(inside))
}

fn prepare(dir: &Path, plan: &Plan) -> Done {
    if let Some(outcome) = unusable(dir) {
        return Done {
            diags: Diagnostics::default(),
            outcome,
        };
    }
    let (doc, diags) = pipeline::prepare(dir);
    let denied = plan.deny_warnings && diags.count(crate::diagnostic::Severity::Warning) > 0;
    let Some(mut doc) = doc.filter(|_| !denied) else {
        return Done {
            diags,
            outcome: Outcome::Invalid,
        };
    };
    pipeline::stamp(&mut doc, plan.source_date_epoch);
    let default_templates = dir.join("templates");
    let templates = plan.templates.or(Some(default_templates.as_path()));
    let name = pipeline::output_name(dir);
    let outcome = match pipeline::render(&doc, &name, plan.out, plan.formats, templates) {
        Ok(outputs) => Outcome::Rendered(outputs),
        Err(more) => Outcome::Unrendered(more),
    };
    Done { diags, outcome }
}

/// Prints what became of one folder, writes or compares its outputs; its exit code.
fn report(dir: &Path, done: Done, plan: &Plan, several: bool, io: &mut Io) -> u8 {
    let outcome = match done.outcome {
        outcome @ (Outcome::Missing | Outcome::Nested(_)) => {
            return cannot_run(dir, outcome, io);
        }
        outcome => outcome,
    };
    let failed = print_diagnostics(&done.diags, plan.deny_warnings, dir, io);
    match outcome {
        Outcome::Missing | Outcome::Nested(_) => EXIT_USAGE,
        Outcome::Invalid => {
            debug_assert!(failed);
            // with errors; a stop on warnings alone has been said
            if done.diags.has_errors() {
                io.notice(Notice::NotBuilt {
                    folder: dir.display().to_string(),
                });
            }
            EXIT_PROBLEMS
        }
        Outcome::Unrendered(diags) => {
            print_diagnostics(&diags, false, dir, io);
            EXIT_PROBLEMS
        }
        Outcome::Rendered(outputs) => match plan.mode {
            Mode::Write => write(&outputs, io),
            Mode::Check => compare(dir, &outputs, several, io),
        },
    }
}

fn write(outputs: &[Output], io: &mut Io) -> u8 {
    match pipeline::write_all(outputs) {
        Ok(()) => {
            for o in outputs {
                io.notice(Notice::Written {
                    path: o.path.display().to_string(),
                });
            }
            EXIT_OK
        }
        Err((path, e)) => {
            io.notice(Notice::CannotWrite {
                path: path.display().to_string(),
                error: (&e).into(),
            });
            EXIT_USAGE
        }
    }
}

fn compare(dir: &Path, outputs: &[Output], several: bool, io: &mut Io) -> u8 {
    let mut code = EXIT_OK;
    for (path, state) in pipeline::compare(outputs) {
        let path = path.display().to_string();
        match state {
            Freshness::Fresh => {}
            Freshness::Missing => {
                io.notice(Notice::Missing { path });
                code = EXIT_PROBLEMS;
            }
            Freshness::Stale => {
                io.notice(Notice::Stale { path });
                code = EXIT_PROBLEMS;
            }
        }
    }
    if code == EXIT_OK {
        io.notice(Notice::UpToDate {
            folder: several.then(|| dir.display().to_string()),
        });
    }
    code
}

/// A folder the command cannot run on: said, exit 2.
fn cannot_run(dir: &Path, outcome: Outcome, io: &mut Io) -> u8 {
    let folder = dir.display().to_string();
    match outcome {
        Outcome::Nested(inside) => io.notice(Notice::FolderOfFolders { folder, inside }),
        _ => io.notice(Notice::NoDataFolder { folder }),
    }
    EXIT_USAGE
}

/// Two folders of the same name would write the same outputs: refused, exit 2.
fn same_names(dirs: &[PathBuf], io: &mut Io) -> Option<u8> {
    let mut seen: BTreeMap<String, &Path> = BTreeMap::new();
    for dir in dirs {
        let name = pipeline::output_name(dir);
        if let Some(first) = seen.insert(name.clone(), dir) {
            io.notice(Notice::SameName {
                a: first.display().to_string(),
                b: dir.display().to_string(),
                name,
            });
            return Some(EXIT_USAGE);
        }
    }
    None
}

fn fill_slots<T>(slots: &mut [Option<T>], results: Vec<(usize, T)>) {
    for (i, r) in results {
        slots[i] = Some(r);
    }
}

/// The stack of a worker thread: as the main thread's, so that a folder is read with the
/// same headroom whether it is built alone or with others.
const WORKER_STACK: usize = 8 * 1024 * 1024;

/// `f` over every folder, on as many threads as the machine has cores (at most one per
/// folder), results in the order given.
fn parallel<T: Send>(dirs: &[PathBuf], f: impl Fn(&Path) -> T + Sync) -> Vec<T> {
    let threads = std::thread::available_parallelism()
        .map_or(1, |n| n.get())
        .min(dirs.len())
        .max(1);
    if threads == 1 {
        return dirs.iter().map(|d| f(d)).collect();
    }
    let mut slots: Vec<Option<T>> = dirs.iter().map(|_| None).collect();
    // worker t takes folders t, t + threads, t + 2 × threads, …
    let share = |t: usize| -> Vec<(usize, T)> {
        (t..dirs.len())
            .step_by(threads)
            .map(|i| (i, f(&dirs[i])))
            .collect()
    };
    std::thread::scope(|scope| {
        let mut handles = Vec::new();
        for t in 0..threads {
            let share = &share;
            let worker = std::thread::Builder::new().stack_size(WORKER_STACK);
            match worker.spawn_scoped(scope, move || share(t)) {
                Ok(handle) => handles.push(handle),
                // no thread to be had: do that share here
                Err(_) => fill_slots(&mut slots, share(t)),
            }
        }
        for handle in handles {
            // a panicking worker is a bug: carry its panic on rather than hide it
            let results = handle
                .join()
                .unwrap_or_else(|e| std::panic::resume_unwind(e));
            fill_slots(&mut slots, results);
        }
    });
    // every index was filled by exactly one share
    slots.into_iter().flatten().collect()
}
