//! The build of one data folder as a whole, from its path to its outputs written or
//! compared: whether it is a data folder at all, the pipeline, the templates it takes,
//! every output format (`formats`), and the writing. The command line only says what
//! became of it.

use std::path::{Path, PathBuf};

use super::formats::{self, Format};
use super::{Output, WriteError};
use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::messages::Message;
use crate::render::templates::Folder;

/// Write the outputs, or compare them with what is on disk.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    Write,
    Check,
}

/// What every folder of one build is built with.
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

/// What became of one folder.
pub enum Outcome {
    Missing,
    /// Not a data folder, but a folder of data folders (these).
    Nested(Vec<String>),
    Invalid,
    /// The outputs could not be rendered: a template's error in the data, or (`usage`)
    /// a problem of the command's own (a templates budget, LibreOffice).
    Unrendered {
        diags: Diagnostics,
        usage: bool,
    },
    /// Rendered, to be compared with what is on disk (`--check`).
    Rendered(Vec<Output>),
    /// Rendered and written (by the worker that rendered them, so that the folders of
    /// one build are written at once too): the paths, and how the writing went.
    Written(Vec<PathBuf>, Result<(), WriteError>),
}

/// One folder built: its diagnostics, and what became of it.
pub struct Built {
    pub diags: Diagnostics,
    pub outcome: Outcome,
}

/// LibreOffice, when the PDF is asked for and to be written (`--check` leaves the PDF
/// out: it is not byte-reproducible); the diagnostic when it cannot be found.
pub fn office(plan: &Plan) -> Result<Option<crate::pdf::Office>, Diagnostics> {
    if !plan.formats.contains(&Format::Pdf) || plan.mode == Mode::Check {
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
            Err(diags)
        }
    }
}

/// A folder that is not there, or holds data folders rather than being one: in it, or
/// one level further (a province's units, each with its folder for the period:
/// `xa/30226-lai-vung/2025-q4`).
pub fn unusable(dir: &Path) -> Option<Outcome> {
    if !dir.is_dir() {
        return Some(Outcome::Missing);
    }
    if dir.join(crate::load::REPORT_FILE).exists() {
        return None;
    }
    let folders = |dir: &Path| -> Vec<PathBuf> {
        let entries = std::fs::read_dir(dir).into_iter().flatten().flatten();
        entries.map(|e| e.path()).filter(|p| p.is_dir()).collect()
    };
    let is_data = |p: &Path| p.join(crate::load::REPORT_FILE).is_file();
    let mut inside: Vec<String> = folders(dir)
        .into_iter()
        .flat_map(|child| {
            if is_data(&child) {
                return vec![child];
            }
            folders(&child).into_iter().filter(|p| is_data(p)).collect()
        })
        .map(|p| p.display().to_string())
        .collect();
    inside.sort();
    (!inside.is_empty()).then_some(Outcome::Nested(inside))
}

/// Builds the data folder `dir` by `plan`: checked, laid out, rendered in every format
/// into outputs named `name` ([`super::output_names`]), written (or compared, under
/// `--check`).
pub fn build(dir: &Path, name: &str, plan: &Plan, office: Option<&crate::pdf::Office>) -> Built {
    if let Some(outcome) = unusable(dir) {
        return Built {
            diags: Diagnostics::default(),
            outcome,
        };
    }
    let (doc, diags) = super::prepare(dir);
    let denied = plan.deny_warnings && diags.count(crate::diagnostic::Severity::Warning) > 0;
    let Some(mut doc) = doc.filter(|_| !denied) else {
        return Built {
            diags,
            outcome: Outcome::Invalid,
        };
    };
    super::stamp(&mut doc, plan.source_date_epoch);
    let exe = std::env::current_exe().ok();
    let own = dir.join("templates");
    let ctx = formats::Context {
        doc: &doc,
        out_dir: plan.out,
        name,
        formats: plan.formats,
        templates: templates(dir, &own, plan),
        exe: exe.as_deref(),
        office,
        // written, not compared; and the PDF, which may yet fail, not waited for
        spool: plan.mode == Mode::Write && office.is_none(),
    };
    let rendered = formats::render_all(&ctx);
    // the document is done with: a long one goes while its outputs are written
    let large = super::is_large(&doc);
    crate::parallel::drop_aside(doc, large);
    let outcome = match (rendered, plan.mode) {
        (Ok(outputs), Mode::Write) => {
            let paths = outputs.iter().map(|o| o.path.clone()).collect();
            Outcome::Written(paths, super::write_all(outputs))
        }
        (Ok(outputs), Mode::Check) => Outcome::Rendered(outputs),
        (Err(diags), _) => {
            let usage = diags.iter().any(|d| stops_the_command(&d.message));
            Outcome::Unrendered { diags, usage }
        }
    };
    Built { diags, outcome }
}

/// The templates of the Markdown: `--templates DIR`, confined to itself, or the data
/// folder's own (`own`, its `templates/`) if there is one (even a broken link), confined
/// to the data folder; `None` for the built-in ones.
fn templates<'a>(dir: &'a Path, own: &'a Path, plan: &Plan<'a>) -> Option<Folder<'a>> {
    match plan.templates {
        Some(templates) => Some(Folder {
            dir: templates,
            root: templates,
        }),
        None => own.symlink_metadata().is_ok().then_some(Folder {
            dir: own,
            root: dir,
        }),
    }
}

/// Whether a problem of rendering is the command's own rather than the data's: the
/// templates' budget or folder, LibreOffice.
fn stops_the_command(message: &Message) -> bool {
    matches!(
        message,
        Message::TemplateBudget { .. } | Message::TemplatesDir | Message::Pdf(_)
    )
}
