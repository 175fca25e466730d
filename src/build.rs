//! The build: one data folder through the whole pipeline, then the outputs written
//! atomically (each to a temporary file in the output folder, then renamed into place),
//! so that a failed build never leaves a half-written or missing previous output.

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::document::Document;
use crate::layout::lay_out;
use crate::load::load;
use crate::messages::Message;
use crate::render::{docx, markdown, templates};
use crate::validate::validate;

/// An output format.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Format {
    Docx,
    Markdown,
}

impl Format {
    pub fn extension(self) -> &'static str {
        match self {
            Format::Docx => "docx",
            Format::Markdown => "md",
        }
    }
}

/// One rendered file, not yet written.
#[derive(Debug)]
pub struct Output {
    pub path: PathBuf,
    pub bytes: Vec<u8>,
}

/// Load, validate and lay out `data_dir`. The document is there only without errors.
pub fn prepare(data_dir: &Path) -> (Option<Document>, Diagnostics) {
    let (loaded, mut diags) = load(data_dir);
    let Some(loaded) = loaded else {
        return (None, diags);
    };
    let (report, more) = validate(&loaded);
    diags.extend(more);
    (report.map(|r| lay_out(&r)), diags)
}

/// Renders `doc` in every format asked for, into paths under `out_dir` named after the
/// data folder (`out/2021-04.docx`).
pub fn render(
    doc: &Document,
    name: &str,
    out_dir: &Path,
    formats: &[Format],
    templates_dir: Option<&Path>,
) -> Result<Vec<Output>, Diagnostics> {
    let mut outputs = Vec::new();
    for &format in formats {
        let bytes = match format {
            Format::Markdown => {
                let tera = templates::load(templates_dir)?;
                markdown::render(doc, &tera)
                    .map_err(|e| {
                        let file = templates_dir
                            .map_or_else(|| PathBuf::from(templates::MAIN), Path::to_path_buf);
                        let mut diags = Diagnostics::default();
                        diags.push(Diagnostic::new(
                            Message::Template {
                                detail: e.to_string(),
                            },
                            &file,
                        ));
                        diags
                    })?
                    .into_bytes()
            }
            Format::Docx => docx::render(doc),
        };
        outputs.push(Output {
            path: out_dir.join(format!("{name}.{}", format.extension())),
            bytes,
        });
    }
    Ok(outputs)
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

/// Writes every output atomically: a temporary file beside the target, synced, renamed.
/// On failure the previous file at that path is left as it was.
pub fn write_atomically(output: &Output) -> std::io::Result<()> {
    let dir = output.path.parent().unwrap_or(Path::new("."));
    fs::create_dir_all(dir)?;
    let file_name = output
        .path
        .file_name()
        .unwrap_or_default()
        .to_string_lossy();
    let tmp = dir.join(format!(".{file_name}.tmp-{}", std::process::id()));
    let result = (|| {
        let mut f = fs::File::create(&tmp)?;
        f.write_all(&output.bytes)?;
        f.sync_all()?;
        fs::rename(&tmp, &output.path)
    })();
    if result.is_err() {
        let _ = fs::remove_file(&tmp);
    }
    result
}
