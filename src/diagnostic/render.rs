//! Rendering diagnostics: `human` (rustc-like, with the source line and a caret, by
//! codespan-reporting, which counts columns in characters), `short` (one line each, for
//! CI logs and editors) and `json` (one object per line).

use std::collections::BTreeMap;
use std::fmt::Write;
use std::path::Path;

use codespan_reporting::diagnostic::{Diagnostic as Report, Label};
use codespan_reporting::files::SimpleFiles;
use codespan_reporting::term::{self, Chars, Config};
use serde::Serialize;

use super::{Diagnostic, Diagnostics, Severity};
use crate::messages::Lang;

/// How diagnostics are printed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Format {
    #[default]
    Human,
    Short,
    Json,
}

/// Every diagnostic of `diags` in `format` and `lang`, each ending with a newline.
pub fn render(diags: &Diagnostics, format: Format, lang: Lang) -> String {
    match format {
        Format::Human => human(diags, lang),
        Format::Short => diags.iter().map(|d| short(diags, d, lang) + "\n").collect(),
        Format::Json => diags.iter().map(|d| json(diags, d, lang) + "\n").collect(),
    }
}

/// The closing count line of a human report: "2 lỗi, 1 cảnh báo" / "2 errors, 1 warning".
pub fn summary(diags: &Diagnostics, lang: Lang) -> String {
    let (e, w) = (diags.count(Severity::Error), diags.count(Severity::Warning));
    match lang {
        Lang::Vi => format!("{e} lỗi, {w} cảnh báo"),
        Lang::En => format!(
            "{e} error{}, {w} warning{}",
            if e == 1 { "" } else { "s" },
            if w == 1 { "" } else { "s" }
        ),
    }
}

fn severity_word(s: Severity, lang: Lang) -> &'static str {
    match (s, lang) {
        (Severity::Error, Lang::Vi) => "lỗi",
        (Severity::Warning, Lang::Vi) => "cảnh báo",
        (Severity::Error, Lang::En) => "error",
        (Severity::Warning, Lang::En) => "warning",
    }
}

fn hint_word(lang: Lang) -> &'static str {
    match lang {
        Lang::Vi => "gợi ý",
        Lang::En => "hint",
    }
}

fn human(diags: &Diagnostics, lang: Lang) -> String {
    let mut files = SimpleFiles::new();
    let mut ids: BTreeMap<&Path, usize> = BTreeMap::new();
    let config = Config {
        chars: Chars::ascii(),
        ..Config::default()
    };
    let mut out = String::new();
    for d in diags.iter() {
        let hint = format!("{}: {}", hint_word(lang), d.message.hint(lang));
        let located = match (&d.range, diags.source(&d.file)) {
            (Some(range), Some(text)) => Some((range, text)),
            _ => None,
        };
        let Some((range, text)) = located else {
            // A problem with a whole file or folder: no snippet to show.
            let _ = writeln!(
                out,
                "{}[{}]: {}\n  --> {}\n  = {hint}\n",
                severity_word(d.severity(), lang),
                d.message.code(),
                d.message.text(lang),
                file_place(d)
            );
            continue;
        };
        let id = *ids
            .entry(d.file.as_path())
            .or_insert_with(|| files.add(d.file.display().to_string(), text));
        let report = match d.severity() {
            Severity::Error => Report::error(),
            Severity::Warning => Report::warning(),
        }
        .with_code(d.message.code())
        .with_message(d.message.text(lang))
        .with_label(Label::primary(id, caret_range(text, range.clone())))
        .with_note(hint);
        match term::emit_into_string(&config, &files, &report) {
            Ok(s) => out.push_str(&localise(&s, lang)),
            Err(_) => out.push_str(&(short(diags, d, lang) + "\n\n")),
        }
    }
    out
}

/// codespan writes "error"/"warning"; the Vietnamese report says "lỗi"/"cảnh báo".
fn localise(s: &str, lang: Lang) -> String {
    match lang {
        Lang::En => s.to_string(),
        Lang::Vi => s
            .replacen("error[", "lỗi[", 1)
            .replacen("warning[", "cảnh báo[", 1),
    }
}

/// A range codespan can show: within the text, on char boundaries, at least one char.
fn caret_range(text: &str, range: std::ops::Range<usize>) -> std::ops::Range<usize> {
    let clamp = |mut i: usize| {
        i = i.min(text.len());
        while !text.is_char_boundary(i) {
            i -= 1;
        }
        i
    };
    let start = clamp(range.start);
    let mut end = clamp(range.end.max(start));
    if end == start {
        end = text[start..]
            .chars()
            .next()
            .map_or(start, |c| start + c.len_utf8());
    }
    // one line at most: codespan draws multi-line ranges as a box
    if let Some(nl) = text[start..end].find('\n') {
        end = start + nl.max(1).min(end - start);
    }
    start..end
}

/// The file, and the spreadsheet cell when there is one: `tables/x.xlsx:Sheet1!B12`.
fn file_place(d: &Diagnostic) -> String {
    match &d.cell {
        Some(cell) => format!("{}:{cell}", d.file.display()),
        None => d.file.display().to_string(),
    }
}

fn short(diags: &Diagnostics, d: &Diagnostic, lang: Lang) -> String {
    let place = match diags.position(d) {
        Some(p) => format!("{}:{}:{}", d.file.display(), p.line, p.column),
        None => file_place(d),
    };
    format!(
        "{place}: {}[{}]: {} ({}: {})",
        severity_word(d.severity(), lang),
        d.message.code(),
        d.message.text(lang).replace('\n', " "),
        hint_word(lang),
        d.message.hint(lang)
    )
}

#[derive(Serialize)]
struct JsonDiagnostic<'a> {
    severity: &'static str,
    code: &'static str,
    message: String,
    hint: String,
    file: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    cell: Option<&'a str>,
    line: Option<usize>,
    column: Option<usize>,
    source_line: Option<&'a str>,
}

fn json(diags: &Diagnostics, d: &Diagnostic, lang: Lang) -> String {
    let position = diags.position(d);
    let source_line = position.and_then(|p| diags.source(&d.file)?.lines().nth(p.line - 1));
    let record = JsonDiagnostic {
        severity: match d.severity() {
            Severity::Error => "error",
            Severity::Warning => "warning",
        },
        code: d.message.code(),
        message: d.message.text(lang),
        hint: d.message.hint(lang),
        file: d.file.display().to_string(),
        cell: d.cell.as_deref(),
        line: position.map(|p| p.line),
        column: position.map(|p| p.column),
        source_line,
    };
    serde_json::to_string(&record).unwrap_or_default()
}
