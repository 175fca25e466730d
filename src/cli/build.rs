//! `report build` and `report check` over one or several data folders: each folder is
//! prepared and rendered (in parallel when there are several), then reported in the order
//! given; a failing folder does not stop the others, and the exit code is the worst.

use std::collections::BTreeMap;
use std::path::{Component, Path, PathBuf};

use super::{EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE, Io, print_diagnostics};
use crate::build::{self as pipeline, Failure, Format, Freshness, Output, WriteError};
use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::messages::{Message, Notice};
use crate::render::templates::Folder;

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
    pub pdf: PdfPlan<'a>,
}

/// How the PDF is made, when it is asked for.
pub struct PdfPlan<'a> {
    /// `--soffice` / `REPORT_SOFFICE`.
    pub soffice: Option<&'a Path>,
    pub timeout: std::time::Duration,
    pub flavour: crate::pdf::Flavour,
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
    /// Rendered and written (by the worker that rendered them, so that the folders of
    /// one build are written at once too): the paths, and how the writing went.
    Written(Vec<PathBuf>, Result<(), WriteError>),
}

struct Done {
    diags: Diagnostics,
    outcome: Outcome,
}

pub fn run(dirs: &[PathBuf], plan: &Plan, io: &mut Io) -> u8 {
    if let Some(code) = same_names(dirs, io) {
        return code;
    }
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
    let folders = dirs.iter().map(PathBuf::as_path).collect();
    let results = crate::parallel::map(folders, |dir| prepare(dir, plan, office.as_ref()));
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
    let results = crate::parallel::map(folders, |dir| match unusable(dir) {
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
    if !plan.formats.contains(&Format::Pdf) {
        return Ok(None);
    }
    if plan.mode == Mode::Check {
        io.notice(Notice::PdfNotCompared);
        return Ok(None);
    }
    let path = std::env::var_os("PATH");
    match crate::pdf::find(plan.pdf.soffice, path.as_deref()) {
        Ok(program) => Ok(Some(crate::pdf::Office {
            program,
            timeout: plan.pdf.timeout,
            flavour: plan.pdf.flavour,
        })),
        Err(message) => {
            let mut diags = Diagnostics::default();
            let place = plan.pdf.soffice.unwrap_or(Path::new("soffice"));
            diags.push(Diagnostic::new(Message::Pdf(message), place));
            print_diagnostics(&diags, false, place, io);
            Err(EXIT_USAGE)
        }
    }
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

fn prepare(dir: &Path, plan: &Plan, office: Option<&crate::pdf::Office>) -> Done {
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
    // `--templates DIR`, confined to itself, or the data folder's `templates/` if there is
    // one (even a broken link), confined to the data folder
    let own = dir.join("templates");
    let templates = match plan.templates {
        Some(dir) => Some(Folder { dir, root: dir }),
        None if own.symlink_metadata().is_ok() => Some(Folder {
            dir: &own,
            root: dir,
        }),
        None => None,
    };
    let name = pipeline::output_name(dir);
    let exe = std::env::current_exe().ok();
    let rendered = pipeline::render(
        &doc,
        &name,
        plan.out,
        plan.formats,
        templates,
        exe.as_deref(),
        // written, not compared; and the PDF, which may yet fail, not waited for
        plan.mode == Mode::Write && office.is_none(),
    );
    let mut outcome = match rendered {
        Ok(outputs) => Outcome::Rendered(outputs),
        Err(more) => Outcome::Unrendered(more),
    };
    if let (Outcome::Rendered(outputs), Some(office)) = (&mut outcome, office) {
        match pipeline::render_pdf(&doc, &name, plan.out, office) {
            Ok(pdf) => outputs.push(pdf),
            Err(more) => outcome = Outcome::Unrendered(more),
        }
    }
    if let Outcome::Rendered(outputs) = &mut outcome
        && plan.formats.contains(&Format::Metadata)
    {
        // the page count of the PDF built now, or under --check of the one on disk
        let pdf = plan.out.join(format!("{name}.{}", Format::Pdf.extension()));
        let pages = match outputs.iter().find(|o| o.path == pdf) {
            Some(o) => o.bytes().and_then(crate::pdf::page_count),
            None if plan.formats.contains(&Format::Pdf) => std::fs::read(&pdf)
                .ok()
                .and_then(|b| crate::pdf::page_count(&b)),
            None => None,
        };
        outputs.push(pipeline::render_metadata(&doc, &name, plan.out, pages));
    }
    // the document is done with: a long one goes while its outputs are written
    let large = pipeline::is_large(&doc);
    crate::parallel::drop_aside(doc, large);
    let outcome = match (outcome, plan.mode) {
        (Outcome::Rendered(outputs), Mode::Write) => {
            let paths = outputs.iter().map(|o| o.path.clone()).collect();
            Outcome::Written(paths, pipeline::write_all(outputs))
        }
        (outcome, _) => outcome,
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
            // a budget stopped, or no such templates folder: the command could not run
            // (and LibreOffice could not make the PDF)
            let usage = [
                "E-template-budget",
                "E-templates-dir",
                "E-pdf",
                "E-pdf-timeout",
                "E-pdf-no-office",
            ];
            if diags.iter().any(|d| usage.contains(&d.message.code())) {
                EXIT_USAGE
            } else {
                EXIT_PROBLEMS
            }
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
