//! The build of one data folder: the pipeline (load → validate → lay out → render), then
//! the outputs written atomically, or compared with what is on disk (`--check`).
//!
//! Writing is in two phases: every output is first written to a temporary file beside
//! its target; only when all are written are they renamed into place. A build that fails
//! for any reason (invalid data, an unwritable or full folder, a killed process) leaves the
//! previous outputs as they were; a temporary file left by a killed process is removed by
//! the next build. The files are not forced to disk (`fsync`, a millisecond or more per
//! file, a sixth of a small build): against a power cut in the instant of the rename we
//! rely on the filesystem (ext4 orders a rename over a file after its data), and an
//! output, unlike the data, can always be built again.

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
    let doc = report.filter(|_| !diags.has_errors()).map(|r| lay_out(&r));
    (doc, diags)
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
/// (`out/2021-04.docx`).
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

/// Writes every output atomically and together (see the module's note). On error, the
/// path that failed and why; no previous output has been changed.
pub fn write_all(outputs: &[Output]) -> Result<(), (PathBuf, std::io::Error)> {
    let mut written: Vec<(PathBuf, &Output)> = Vec::new();
    let cleanup = |written: &[(PathBuf, &Output)]| {
        for (tmp, _) in written {
            let _ = fs::remove_file(tmp);
        }
    };
    for output in outputs {
        match write_temporary(output) {
            Ok(tmp) => written.push((tmp, output)),
            Err(e) => {
                cleanup(&written);
                return Err((output.path.clone(), e));
            }
        }
    }
    for (i, (tmp, output)) in written.iter().enumerate() {
        if let Err(e) = fs::rename(tmp, &output.path) {
            cleanup(&written[i..]);
            return Err((output.path.clone(), e));
        }
    }
    Ok(())
}

/// The temporary file of an output: hidden, beside it, named after it and this process.
fn temporary_path(path: &Path) -> PathBuf {
    let name = path.file_name().unwrap_or_default().to_string_lossy();
    path.with_file_name(format!(".{name}.tmp-{}", std::process::id()))
}

fn write_temporary(output: &Output) -> std::io::Result<PathBuf> {
    let dir = output.path.parent().unwrap_or(Path::new("."));
    fs::create_dir_all(dir)?;
    remove_stale_temporaries(&output.path);
    let tmp = temporary_path(&output.path);
    let result = fs::File::create(&tmp).and_then(|mut f| f.write_all(&output.bytes));
    match result {
        Ok(()) => Ok(tmp),
        Err(e) => {
            let _ = fs::remove_file(&tmp);
            Err(e)
        }
    }
}

/// Removes `.NAME.tmp-*` files a killed build left beside `path`.
fn remove_stale_temporaries(path: &Path) {
    let (Some(dir), Some(name)) = (path.parent(), path.file_name()) else {
        return;
    };
    let prefix = format!(".{}.tmp-", name.to_string_lossy());
    let Ok(entries) = fs::read_dir(if dir.as_os_str().is_empty() {
        Path::new(".")
    } else {
        dir
    }) else {
        return;
    };
    for entry in entries.flatten() {
        if entry.file_name().to_string_lossy().starts_with(&prefix) {
            let _ = fs::remove_file(entry.path());
        }
    }
}

/// How an output on disk compares with what a build would write.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Freshness {
    Fresh,
    Missing,
    Stale,
}

/// Compares each output with the file at its path.
pub fn compare(outputs: &[Output]) -> Vec<(PathBuf, Freshness)> {
    outputs
        .iter()
        .map(|o| {
            let state = match fs::read(&o.path) {
                Ok(bytes) if bytes == o.bytes => Freshness::Fresh,
                Ok(_) => Freshness::Stale,
                Err(_) => Freshness::Missing,
            };
            (o.path.clone(), state)
        })
        .collect()
}
