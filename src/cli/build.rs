//! `report build` and `report check` over one or several data folders: each folder is
//! built (`crate::build::folder`, in parallel when there are several), then what became
//! of it is said in the order given; a failing folder does not stop the others, and the
//! exit code is the worst.

use std::path::{Component, Path, PathBuf};

use super::{EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE, Io, print_diagnostics};
use crate::build::{
    self as pipeline, Built, Failure, Format, Freshness, Mode, Outcome, Output, Plan, WriteError,
};
use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::messages::{Message, Notice};

pub fn run(dirs: &[PathBuf], plan: &Plan, io: &mut Io) -> u8 {
    let names = match pipeline::output_names(dirs) {
        Ok(names) => names,
        Err((a, b)) => {
            io.notice(Notice::SameName {
                a: dirs[a].display().to_string(),
                b: dirs[b].display().to_string(),
                name: pipeline::output_name(&dirs[b]),
            });
            return EXIT_USAGE;
        }
    };
    if let Some(code) = out_among_inputs(dirs, plan, io) {
        return code;
    }
    if let Some(templates) = plan.templates.filter(|t| !t.is_dir()) {
        let mut diags = Diagnostics::default();
        diags.push(Diagnostic::new(Message::TemplatesDir, templates));
        print_diagnostics(&diags, false, templates, io);
        return EXIT_USAGE;
    }
    let office = match office(plan, io) {
        Ok(office) => office,
        Err(code) => return code,
    };
    let folders = dirs.iter().map(PathBuf::as_path).zip(&names).collect();
    let results = crate::parallel::map(folders, |(dir, name)| {
        pipeline::folder::build(dir, name, plan, office.as_ref())
    });
    let several = dirs.len() > 1;
    let mut worst = EXIT_OK;
    for (dir, done) in dirs.iter().zip(results) {
        let code = report(dir, done, plan, several, io);
        worst = worst.max(code);
    }
    worst
}

pub fn check(dirs: &[PathBuf], deny_warnings: bool, io: &mut Io) -> u8 {
    let folders = dirs.iter().map(PathBuf::as_path).collect();
    let results = crate::parallel::map(folders, |dir| match pipeline::folder::unusable(dir) {
        Some(outcome) => Err(outcome),
        None => Ok(pipeline::check(dir).1),
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

/// LibreOffice, when the PDF is asked for and written; exit 2 when it cannot be found.
/// `--check` leaves the PDF out (it is not byte-reproducible, see the README) and says so.
fn office(plan: &Plan, io: &mut Io) -> Result<Option<crate::pdf::Office>, u8> {
    if plan.formats.contains(&Format::Pdf) && plan.mode == Mode::Check {
        io.notice(Notice::PdfNotCompared);
    }
    pipeline::folder::office(plan).map_err(|diags| {
        let place = plan.pdf.soffice.unwrap_or(Path::new("soffice"));
        print_diagnostics(&diags, false, place, io);
        EXIT_USAGE
    })
}

/// Prints what became of one folder, writes or compares its outputs; its exit code.
fn report(dir: &Path, done: Built, plan: &Plan, several: bool, io: &mut Io) -> u8 {
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
        Outcome::Unrendered { diags, usage } => {
            print_diagnostics(&diags, false, dir, io);
            // a budget stopped, no such templates folder, LibreOffice could not make
            // the PDF: the command could not run
            if usage { EXIT_USAGE } else { EXIT_PROBLEMS }
        }
        Outcome::Rendered(outputs) => compare(dir, &outputs, several, io),
        Outcome::Written(paths, result) => written(&paths, result, io),
    }
}

fn written(paths: &[PathBuf], result: Result<(), WriteError>, io: &mut Io) -> u8 {
    match result {
        Ok(()) => {
            for path in paths {
                io.notice(Notice::Written {
                    path: path.display().to_string(),
                });
            }
            EXIT_OK
        }
        Err(e) => {
            write_failed(e, io);
            EXIT_USAGE
        }
    }
}

/// Says what is true of the outputs after a failed write.
pub(super) fn write_failed(e: WriteError, io: &mut Io) {
    let p = e.path.display();
    match (e.failure, e.replaced.is_empty()) {
        (Failure::Io(err), true) => io.notice(Notice::CannotWrite {
            path: p.to_string(),
            error: (&err).into(),
        }),
        (failure, _) => {
            let message = match failure {
                Failure::NotAFile => Message::OutputNotAFile,
                Failure::Io(err) => Message::OutputsPartlyWritten {
                    error: (&err).into(),
                    replaced: e
                        .replaced
                        .iter()
                        .map(|p| p.display().to_string())
                        .collect::<Vec<_>>()
                        .join(", "),
                },
            };
            let mut diags = Diagnostics::default();
            diags.push(Diagnostic::new(message, &e.path));
            print_diagnostics(&diags, false, &e.path, io);
        }
    }
}

/// The command that builds `output` of the data folder `dir` again, quoted where a
/// shell needs it.
fn rebuild_command(dir: &Path, output: &Path) -> String {
    let quote = |p: &Path| {
        let p = p.display().to_string();
        if p.is_empty() || p.contains(|c: char| c.is_whitespace() || "\"'$`&|;<>()*?#".contains(c))
        {
            format!("\"{}\"", p.replace('"', "\\\""))
        } else {
            p
        }
    };
    let out = output
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    format!("report build {} --out {}", quote(dir), quote(out))
}

fn compare(dir: &Path, outputs: &[Output], several: bool, io: &mut Io) -> u8 {
    let mut code = EXIT_OK;
    for (path, state) in pipeline::compare(outputs) {
        let rebuild = rebuild_command(dir, &path);
        let path = path.display().to_string();
        match state {
            Freshness::Fresh => {}
            Freshness::Missing => {
                io.notice(Notice::Missing { path, rebuild });
                code = EXIT_PROBLEMS;
            }
            Freshness::Stale => {
                io.notice(Notice::Stale { path, rebuild });
                code = EXIT_PROBLEMS;
            }
            Freshness::Interrupted => {
                io.notice(Notice::Interrupted { path });
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

/// `--out` equal to or inside a data folder given, a data folder beside one (an earlier
/// period it may read), or the templates folder: outputs would land among the inputs
/// (`--out D/templates` overwrote a template). Refused, exit 2.
fn out_among_inputs(dirs: &[PathBuf], plan: &Plan, io: &mut Io) -> Option<u8> {
    let out = resolved(plan.out);
    let inputs = dirs.iter().map(PathBuf::as_path).chain(plan.templates);
    let given = inputs
        .filter(|d| d.is_dir())
        .map(|d| (d.to_path_buf(), resolved(d)));
    // and the data folders beside a data folder given, which its `previous:` and
    // `previous_year:` may name (outputs there would break that period's folder)
    let beside = dirs.iter().filter_map(|d| {
        let parent = resolved(d).parent()?.to_path_buf();
        let folder = out
            .ancestors()
            .find(|a| a.parent() == Some(parent.as_path()))?;
        folder
            .join(crate::load::REPORT_FILE)
            .is_file()
            .then(|| (folder.to_path_buf(), folder.to_path_buf()))
    });
    for (input, real) in given.chain(beside).collect::<Vec<_>>() {
        if out.starts_with(&real) {
            let message = Message::OutInsideData {
                data: crate::load::read::shown(&input),
            };
            let mut diags = Diagnostics::default();
            diags.push(Diagnostic::new(message, plan.out));
            print_diagnostics(&diags, false, plan.out, io);
            return Some(EXIT_USAGE);
        }
    }
    None
}

/// The real path `path` names, whether or not it exists yet: absolute, with `..` and
/// every link of the part that exists resolved.
fn resolved(path: &Path) -> PathBuf {
    let absolute = std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf());
    let mut real = PathBuf::new();
    for part in absolute.components() {
        match part {
            Component::ParentDir => {
                real.pop();
            }
            Component::CurDir => {}
            part => {
                real.push(part);
                if let Ok(r) = std::fs::canonicalize(&real) {
                    real = r;
                }
            }
        }
    }
    real
}
