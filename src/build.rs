//! The build of one data folder: the pipeline (load → validate → lay out → render), then
//! the outputs written atomically, or compared with what is on disk (`--check`).
//!
//! Writing is in two phases, safe beside other builds into the same folder: see
//! `crate::outputs`.

use std::fs;
use std::path::{Path, PathBuf};

use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::document::Document;
use crate::layout::lay_out;
use crate::load::load;
use crate::messages::Message;
pub use crate::outputs::{Failure, Output, WriteError, write_all};
use crate::render::templates::{self, RenderError};
use crate::render::{docx, isolated};
use crate::validate::validate_owned;

/// An output format.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Format {
    Docx,
    Markdown,
    /// The DOCX through LibreOffice (`crate::pdf`); made by the caller that has found
    /// LibreOffice, not by [`render`].
    Pdf,
    /// The Phụ lục VI metadata, `NAME.meta.json`; made by the caller, which knows the
    /// PDF's page count, not by [`render`].
    Metadata,
}

impl Format {
    pub fn extension(self) -> &'static str {
        match self {
            Format::Docx => "docx",
            Format::Markdown => "md",
            Format::Pdf => "pdf",
            Format::Metadata => "meta.json",
        }
    }
}

/// Load, validate and lay out `data_dir`. The document is there only without errors.
pub fn prepare(data_dir: &Path) -> (Option<Document>, Diagnostics) {
    let (report, diags) = check(data_dir);
    // the checked report goes as the document comes (`lay_out`)
    let doc = report.map(lay_out);
    (doc, diags)
}

/// Load and validate `data_dir` (`report check`: the layout finds no problem, so it is
/// left out). The checked report is there only without errors.
pub fn check(data_dir: &Path) -> (Option<crate::model::Report>, Diagnostics) {
    let (loaded, mut diags) = load(data_dir);
    let Some(loaded) = loaded else {
        return (None, diags);
    };
    // the files as read are let go of as they are checked (each sector file once its
    // part of the report is made), the rest at the end: their memory goes before the
    // layout's comes, and the text of those no diagnostic points into with them
    let (report, more) = validate_owned(loaded);
    diags.extend(more);
    diags.release_unused_sources();
    (report.filter(|_| !diags.has_errors()), diags)
}

/// Whether `doc` is long enough to be rendered in two formats at once, written
/// straight into its outputs' temporaries and let go of on a thread of its own.
pub fn is_large(doc: &Document) -> bool {
    doc.size() >= PARALLEL_BLOCKS
}

/// The timestamp of the package properties: the report's own date, or
/// `SOURCE_DATE_EPOCH` (seconds since 1970, UTC) when the caller has one.
pub fn stamp(doc: &mut Document, source_date_epoch: Option<i64>) {
    let Some(epoch) = source_date_epoch else {
        return;
    };
    let format =
        time::macros::format_description!("[year]-[month]-[day]T[hour]:[minute]:[second]Z");
    if let Ok(t) = time::OffsetDateTime::from_unix_timestamp(epoch)
        && let Ok(s) = t.format(&format)
    {
        doc.created = s;
    }
}

/// Renders `doc` in every format asked for, into paths under `out_dir` named `name`
/// (`out/2021-04.docx`), the Markdown through the built-in templates or those of
/// `templates`, within the templates' budget; those of a folder in a child process of
/// the binary `exe` (`render::isolated`), when given. With `spool` (the outputs are to
/// be written, and only these), the DOCX and the built-in Markdown of a long report go
/// straight into their temporaries as they are made ([`crate::outputs::spool`]), their
/// folder made then.
pub fn render(
    doc: &Document,
    name: &str,
    out_dir: &Path,
    formats: &[Format],
    templates: Option<templates::Folder>,
    exe: Option<&Path>,
    spool: bool,
) -> Result<Vec<Output>, Diagnostics> {
    let path = |format: Format| out_dir.join(format!("{name}.{}", format.extension()));
    let docx = || {
        if !formats.contains(&Format::Docx) {
            return None;
        }
        let path = path(Format::Docx);
        if spool && is_large(doc) {
            let write = |file: &mut std::fs::File| docx::render_into(doc, file).map(drop);
            return Some(crate::outputs::spool(path, write));
        }
        Some(Output::new(path, docx::render(doc)))
    };
    let markdown = || {
        if !formats.contains(&Format::Markdown) {
            return Ok(None);
        }
        let path = path(Format::Markdown);
        if spool && templates.is_none() && is_large(doc) {
            let write =
                |file: &mut std::fs::File| crate::render::markdown::render_built_in_into(doc, file);
            return Ok(Some(crate::outputs::spool(path, write)));
        }
        markdown(doc, templates, exe).map(|bytes| Some(Output::new(path, bytes)))
    };
    // the two formats at once when both are asked for and the report is large enough
    // to pay for a thread (`PARALLEL_BLOCKS`)
    let both = formats.contains(&Format::Docx) && formats.contains(&Format::Markdown);
    let (mut docx, markdown) = if both && is_large(doc) {
        crate::parallel::join(docx, markdown)
    } else {
        (docx(), markdown())
    };
    let mut markdown = markdown?;
    let mut outputs = Vec::new();
    for &format in formats {
        let output = match format {
            Format::Docx => docx.take(),
            Format::Markdown => markdown.take(),
            Format::Pdf | Format::Metadata => None,
        };
        outputs.extend(output);
    }
    Ok(outputs)
}

/// From this many blocks on (a table's rows counted, `Document::size`), DOCX and
/// Markdown are rendered at once (a thread costs about as much as rendering 500 blocks;
/// a 1,000-model report has 2,500).
const PARALLEL_BLOCKS: usize = 2_000;

/// The Markdown of `doc`: the built-in templates written directly, or the templates of
/// `templates` through Tera within their budget (in a child process of `exe`, when
/// given).
fn markdown(
    doc: &Document,
    templates: Option<templates::Folder>,
    exe: Option<&Path>,
) -> Result<Vec<u8>, Diagnostics> {
    let Some(folder) = templates else {
        return Ok(crate::render::markdown::render_built_in(doc).into_bytes());
    };
    let budget = templates::Budget::default();
    let set = templates::load_set(Some(folder), &budget)?;
    let markdown = isolated::render(exe, doc, set, &budget).map_err(|e| {
        let message = match e {
            RenderError::Template(detail) => Message::Template { detail },
            RenderError::Budget(exceeded) => Message::TemplateBudget { exceeded },
        };
        let mut diags = Diagnostics::default();
        diags.push(Diagnostic::new(message, folder.dir));
        diags
    })?;
    Ok(markdown.into_bytes())
}

/// The PDF of `doc` through LibreOffice, at `out_dir/name.pdf`.
pub fn render_pdf(
    doc: &Document,
    name: &str,
    out_dir: &Path,
    office: &crate::pdf::Office,
) -> Result<Output, Diagnostics> {
    let docx = docx::render(doc);
    let path = out_dir.join(format!("{name}.{}", Format::Pdf.extension()));
    match crate::pdf::convert(office, &docx, name, &doc.created) {
        Ok(bytes) => Ok(Output::new(path, bytes)),
        Err(message) => {
            let mut diags = Diagnostics::default();
            diags.push(Diagnostic::new(Message::Pdf(message), &path));
            Err(diags)
        }
    }
}

/// The metadata of `doc` at `out_dir/name.meta.json`, with the page count `pages` of its
/// PDF when there is one.
pub fn render_metadata(doc: &Document, name: &str, out_dir: &Path, pages: Option<u32>) -> Output {
    let mut metadata = doc.metadata.clone();
    metadata.page_amount = pages;
    Output::new(
        out_dir.join(format!("{name}.{}", Format::Metadata.extension())),
        metadata.to_json().into_bytes(),
    )
}

/// The output name of a data folder: its own folder name (`data/2021-04` → `2021-04`).
pub fn output_name(data_dir: &Path) -> String {
    let named = data_dir
        .file_name()
        .map(|n| n.to_string_lossy().into_owned());
    named
        .filter(|n| n != "." && n != "..")
        .or_else(|| {
            fs::canonicalize(data_dir)
                .ok()
                .and_then(|p| p.file_name().map(|n| n.to_string_lossy().into_owned()))
        })
        .unwrap_or_else(|| "report".to_string())
}

/// How an output on disk compares with what a build would write.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Freshness {
    Fresh,
    Missing,
    Stale,
    /// Named by the journal of a set a killed build left halfway (`crate::journal`).
    Interrupted,
}

/// Compares each output with the file at its path.
pub fn compare(outputs: &[Output]) -> Vec<(PathBuf, Freshness)> {
    let folders: std::collections::BTreeSet<&Path> =
        outputs.iter().filter_map(|o| o.path.parent()).collect();
    let interrupted: Vec<PathBuf> = folders
        .into_iter()
        .flat_map(crate::journal::left_in)
        .flat_map(|j| crate::journal::targets(&j))
        .collect();
    outputs
        .iter()
        .map(|o| {
            if interrupted.contains(&o.path) {
                return (o.path.clone(), Freshness::Interrupted);
            }
            let state = match crate::outputs::holds_content(&o.path, &o.content) {
                Some(true) => Freshness::Fresh,
                Some(false) => Freshness::Stale,
                None => Freshness::Missing,
            };
            (o.path.clone(), state)
        })
        .collect()
}
