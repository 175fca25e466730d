//! The output formats of a build, each behind one interface, as mdBook's renderers are:
//! its file's extension, and its output (bytes, or a file written as it is made) from
//! the document and the outputs made before it. The DOCX and the Markdown are made from
//! the document alone (both at once on a long report); the PDF from the DOCX's bytes,
//! already made; the metadata with the PDF's page count. A new format is one more
//! [`Format`] and its [`Renderer`], here, and its name on the command line.

use std::path::{Path, PathBuf};

use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::document::Document;
use crate::messages::Message;
use crate::outputs::Output;
use crate::render::templates::{self, RenderError};
use crate::render::{docx, isolated};

/// An output format, in the order they are made.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Format {
    Docx,
    Markdown,
    /// The DOCX through LibreOffice (`crate::pdf`).
    Pdf,
    /// The Phụ lục VI metadata, `NAME.meta.json`.
    Metadata,
}

impl Format {
    /// The format's renderer.
    pub fn renderer(self) -> &'static dyn Renderer {
        match self {
            Format::Docx => &DocxFile,
            Format::Markdown => &MarkdownFile,
            Format::Pdf => &PdfFile,
            Format::Metadata => &MetadataFile,
        }
    }

    /// Its file's extension: `docx`, `md`, `pdf`, `meta.json`.
    pub fn extension(self) -> &'static str {
        self.renderer().extension()
    }
}

/// What every renderer of one build makes its output from.
pub struct Context<'a> {
    pub doc: &'a Document,
    /// The outputs' folder and name: `out/2021-04.docx`.
    pub out_dir: &'a Path,
    pub name: &'a str,
    /// The formats asked for, in order.
    pub formats: &'a [Format],
    /// The folder of the Markdown's templates, when not the built-in ones.
    pub templates: Option<templates::Folder<'a>>,
    /// The binary that renders a templates folder's Markdown in a child process.
    pub exe: Option<&'a Path>,
    /// LibreOffice, when the PDF is to be made (not under `--check`).
    pub office: Option<&'a crate::pdf::Office>,
    /// Whether the outputs are to be written, and only these: a long report's DOCX and
    /// built-in Markdown then go straight into their temporaries as they are made
    /// ([`crate::outputs::spool`]), never held whole.
    pub spool: bool,
}

/// One output format.
pub trait Renderer: Sync {
    /// Its file's extension.
    fn extension(&self) -> &'static str;

    /// Whether it is made from the document alone (so at once with the others that
    /// are), rather than from outputs made before it.
    fn made_from_document_alone(&self) -> bool {
        true
    }

    /// Its output at `path`, from the document and the outputs made `before` it; `None`
    /// when there is nothing to make (the PDF under `--check`).
    fn render(
        &self,
        ctx: &Context,
        path: PathBuf,
        before: &[Output],
    ) -> Result<Option<Output>, Diagnostics>;
}

impl Context<'_> {
    /// The path of the output of `format`.
    pub fn path(&self, format: Format) -> PathBuf {
        self.out_dir
            .join(format!("{}.{}", self.name, format.extension()))
    }
}

/// Every format of `ctx` rendered, in order; the first problem met.
pub fn render_all(ctx: &Context) -> Result<Vec<Output>, Diagnostics> {
    let render =
        |format: Format, before: &[Output]| format.renderer().render(ctx, ctx.path(format), before);
    let (alone, derived): (Vec<Format>, Vec<Format>) = ctx
        .formats
        .iter()
        .partition(|f| f.renderer().made_from_document_alone());
    // two made from the document at once when the report is long enough to pay for a
    // thread (`PARALLEL_BLOCKS`)
    let first = match alone.as_slice() {
        &[a, b] if super::is_large(ctx.doc) => {
            let (a, b) = crate::parallel::join(|| render(a, &[]), || render(b, &[]));
            vec![a, b]
        }
        _ => alone.iter().map(|&f| render(f, &[])).collect(),
    };
    let mut outputs = Vec::new();
    for output in first {
        outputs.extend(output?);
    }
    for format in derived {
        let output = render(format, &outputs)?;
        outputs.extend(output);
    }
    Ok(outputs)
}

struct DocxFile;

impl Renderer for DocxFile {
    fn extension(&self) -> &'static str {
        "docx"
    }

    fn render(
        &self,
        ctx: &Context,
        path: PathBuf,
        _: &[Output],
    ) -> Result<Option<Output>, Diagnostics> {
        let doc = ctx.doc;
        if ctx.spool && super::is_large(doc) {
            let write = |file: &mut std::fs::File| docx::render_into(doc, file).map(drop);
            return Ok(Some(crate::outputs::spool(path, write)));
        }
        Ok(Some(Output::new(path, docx::render(doc))))
    }
}

struct MarkdownFile;

impl Renderer for MarkdownFile {
    fn extension(&self) -> &'static str {
        "md"
    }

    /// The built-in templates written directly, or the templates of a folder through
    /// Tera within their budget (in a child process, when the binary is known).
    fn render(
        &self,
        ctx: &Context,
        path: PathBuf,
        _: &[Output],
    ) -> Result<Option<Output>, Diagnostics> {
        let doc = ctx.doc;
        let Some(folder) = ctx.templates else {
            if ctx.spool && super::is_large(doc) {
                let write = |file: &mut std::fs::File| {
                    crate::render::markdown::render_built_in_into(doc, file)
                };
                return Ok(Some(crate::outputs::spool(path, write)));
            }
            let bytes = crate::render::markdown::render_built_in(doc).into_bytes();
            return Ok(Some(Output::new(path, bytes)));
        };
        let budget = templates::Budget::default();
        let set = templates::load_set(Some(folder), &budget)?;
        let markdown = isolated::render(ctx.exe, doc, set, &budget).map_err(|e| {
            let message = match e {
                RenderError::Template(detail) => Message::Template { detail },
                RenderError::Budget(exceeded) => Message::TemplateBudget { exceeded },
            };
            let mut diags = Diagnostics::default();
            diags.push(Diagnostic::new(message, folder.dir));
            diags
        })?;
        Ok(Some(Output::new(path, markdown.into_bytes())))
    }
}

struct PdfFile;

impl Renderer for PdfFile {
    fn extension(&self) -> &'static str {
        "pdf"
    }

    fn made_from_document_alone(&self) -> bool {
        false
    }

    /// The DOCX made before it, through LibreOffice (the DOCX made now when it is not
    /// an output itself).
    fn render(
        &self,
        ctx: &Context,
        path: PathBuf,
        before: &[Output],
    ) -> Result<Option<Output>, Diagnostics> {
        let Some(office) = ctx.office else {
            return Ok(None);
        };
        let docx_path = ctx.path(Format::Docx);
        let made = before
            .iter()
            .find(|o| o.path == docx_path)
            .and_then(Output::bytes);
        let rendered;
        let docx = match made {
            Some(bytes) => bytes,
            None => {
                rendered = docx::render(ctx.doc);
                &rendered
            }
        };
        match crate::pdf::convert(office, docx, ctx.name, &ctx.doc.created) {
            Ok(bytes) => Ok(Some(Output::new(path, bytes))),
            Err(message) => {
                let mut diags = Diagnostics::default();
                diags.push(Diagnostic::new(Message::Pdf(message), &path));
                Err(diags)
            }
        }
    }
}

struct MetadataFile;

impl Renderer for MetadataFile {
    fn extension(&self) -> &'static str {
        "meta.json"
    }

    fn made_from_document_alone(&self) -> bool {
        false
    }

    /// The document's metadata with the page count of the PDF made before it, or under
    /// `--check` of the one on disk.
    fn render(
        &self,
        ctx: &Context,
        path: PathBuf,
        before: &[Output],
    ) -> Result<Option<Output>, Diagnostics> {
        let pdf = ctx.path(Format::Pdf);
        let pages = match before.iter().find(|o| o.path == pdf) {
            Some(o) => o.bytes().and_then(crate::pdf::page_count),
            None if ctx.formats.contains(&Format::Pdf) => std::fs::read(&pdf)
                .ok()
                .and_then(|b| crate::pdf::page_count(&b)),
            None => None,
        };
        let mut metadata = ctx.doc.metadata.clone();
        metadata.page_amount = pages;
        Ok(Some(Output::new(path, metadata.to_json().into_bytes())))
    }
}
