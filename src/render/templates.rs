//! The Markdown templates: compiled into the binary, overridable by name from a folder
//! (the data folder's `templates/` or `--templates DIR`), as Zola does.

use std::fs;
use std::path::{Path, PathBuf};

use tera::Tera;

use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::messages::Message;

/// The built-in templates, by name.
pub const BUILT_IN: &[(&str, &str)] = &[
    ("report.md", include_str!("../../templates/report.md")),
    ("header.md", include_str!("../../templates/header.md")),
    ("closing.md", include_str!("../../templates/closing.md")),
];

/// The template the Markdown renderer starts from.
pub const MAIN: &str = "report.md";

/// The built-in templates with every `*.md` file of `dir` (if given and present)
/// replacing or adding the template of the same name.
pub fn load(dir: Option<&Path>) -> Result<Tera, Diagnostics> {
    let mut tera = Tera::default();
    tera.autoescape_on(Vec::<&str>::new());
    let mut diags = Diagnostics::default();
    let overrides = dir.map(override_files).unwrap_or_default();
    let mut sources: Vec<(String, String, Option<PathBuf>)> = BUILT_IN
        .iter()
        .filter(|(name, _)| !overrides.iter().any(|(n, _)| n == name))
        .map(|(name, text)| (name.to_string(), text.to_string(), None))
        .collect();
    for (name, path) in overrides {
        match fs::read_to_string(&path) {
            Ok(text) => sources.push((name, text, Some(path))),
            Err(e) => diags.push(Diagnostic::new(
                Message::ReadFailed { error: (&e).into() },
                &path,
            )),
        }
    }
    // All at once: Tera resolves `include`s between templates when they are added.
    let named = sources
        .iter()
        .map(|(name, text, _)| (name.as_str(), text.as_str()));
    if let Err(e) = tera.add_raw_templates(named) {
        let file = dir
            .filter(|_| sources.iter().any(|(_, _, p)| p.is_some()))
            .map_or_else(|| PathBuf::from(MAIN), Path::to_path_buf);
        diags.push(Diagnostic::new(
            Message::Template {
                detail: e.to_string(),
            },
            &file,
        ));
    }
    if diags.has_errors() {
        Err(diags)
    } else {
        Ok(tera)
    }
}

/// `(name, path)` of the `*.md` files directly in `dir`, sorted by name.
fn override_files(dir: &Path) -> Vec<(String, PathBuf)> {
    let Ok(entries) = fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut files: Vec<(String, PathBuf)> = entries
        .filter_map(|e| e.ok())
        .map(|e| e.path())
        .filter(|p| p.is_file() && p.extension().is_some_and(|x| x == "md"))
        .filter_map(|p| Some((p.file_name()?.to_str()?.to_string(), p)))
        .collect();
    files.sort();
    files
}
