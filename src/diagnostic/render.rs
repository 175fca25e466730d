//! Rendering diagnostics: `human` (rustc-like: the source line with a caret under the
//! exact characters, secondary labels, the hint), `short` (one line each, for CI logs and
//! editors) and `json` (one object per line). Positions come from the source map; text
//! from the data never reaches the terminal raw: control characters are shown escaped
//! (`\u{1b}`), and a line longer than a terminal is cut around the caret. After
//! [`MAX_PER_CODE`] diagnostics of one code in one file, one line says how many more
//! there are (JSON gives them all).

use std::borrow::Cow;
use std::collections::BTreeMap;
use std::fmt::Write;
use std::ops::Range;
use std::path::{Path, PathBuf};

use serde::Serialize;
use unicode_width::UnicodeWidthChar;

use super::{Diagnostic, Diagnostics, Place, Severity};
use crate::messages::{Lang, Word};
use crate::source::Source;

/// How diagnostics are printed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Format {
    #[default]
    Human,
    Short,
    Json,
}

/// At most this many diagnostics of one code in one file are shown (human and short).
pub const MAX_PER_CODE: usize = 20;
/// A source line is cut to about this many columns around the caret.
pub const MAX_LINE_WIDTH: usize = 100;
/// A tab in a source line is shown as this many spaces.
const TAB: &str = "    ";

/// Every diagnostic of `diags` in `format` and `lang`, each ending with a newline.
pub fn render(diags: &Diagnostics, format: Format, lang: Lang) -> String {
    let mut out = Vec::new();
    let _ = render_into(diags, format, lang, &mut out);
    String::from_utf8(out).unwrap_or_default()
}

/// [`render`] into `writer` as the diagnostics are written, never held whole (100,000
/// diagnostics in JSON are 46 MB); the writer's first error.
pub fn render_into(
    diags: &Diagnostics,
    format: Format,
    lang: Lang,
    writer: &mut dyn std::io::Write,
) -> std::io::Result<()> {
    let mut out = String::new();
    let mut shown: BTreeMap<(&Path, &str), usize> = BTreeMap::new();
    for d in diags.iter() {
        if out.len() >= FLUSH_BYTES {
            writer.write_all(out.as_bytes())?;
            out.clear();
        }
        if format != Format::Json {
            let n = shown
                .entry((d.path(diags.sources()), d.message.code()))
                .or_default();
            *n += 1;
            if *n > MAX_PER_CODE {
                continue;
            }
        }
        match format {
            Format::Human => human(&mut out, diags, d, lang),
            Format::Short => {
                out.push_str(&short(diags, d, lang));
                out.push('\n');
            }
            Format::Json => {
                out.push_str(&json(diags, d, lang));
                out.push('\n');
            }
        }
    }
    // the diagnostics past the limit of the list, and those never kept
    let mut more: BTreeMap<(&Path, &str), usize> = shown
        .into_iter()
        .filter(|&(_, n)| n > MAX_PER_CODE)
        .map(|(key, n)| (key, n - MAX_PER_CODE))
        .collect();
    for (file, code, n) in diags.omitted() {
        *more.entry((file, code)).or_default() += n;
    }
    for ((file, code), count) in more {
        let notice = crate::messages::Notice::More {
            count,
            code: code.to_string(),
            file: file.display().to_string(),
        };
        match format {
            Format::Json => out.push_str(&json_safe(notice.json(lang))),
            _ => out.push_str(&escape(&notice.text(lang))),
        }
        out.push('\n');
        if format == Format::Human {
            out.push('\n');
        }
    }
    writer.write_all(out.as_bytes())
}

/// How much text is gathered before it goes to the writer.
const FLUSH_BYTES: usize = 64 * 1024;

/// The counts of a folder's diagnostics.
pub fn counts(diags: &Diagnostics, folder: &str) -> crate::messages::Notice {
    crate::messages::Notice::Counts {
        folder: folder.to_string(),
        errors: diags.count(Severity::Error),
        warnings: diags.count(Severity::Warning),
        known_warnings: diags.known_warnings().map(str::to_string),
    }
}

/// The closing count line of a human report: "2 lỗi, 1 cảnh báo" / "2 errors, 1 warning".
pub fn summary(diags: &Diagnostics, lang: Lang) -> String {
    counts(diags, "").text(lang)
}

fn severity_word(s: Severity, lang: Lang) -> &'static str {
    match s {
        Severity::Error => Word::Error.text(lang),
        Severity::Warning => Word::Warning.text(lang),
    }
}

/// `s` with every character that would act on a terminal (C0 and C1 controls other than
/// the tab, DEL, U+FFFE/U+FFFF) written as `\u{..}`.
pub fn escape(s: &str) -> Cow<'_, str> {
    if !s.chars().any(unsafe_char) {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        if unsafe_char(c) {
            let _ = write!(out, "\\u{{{:x}}}", c as u32);
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

fn unsafe_char(c: char) -> bool {
    (c.is_control() && !matches!(c, '\t' | '\n')) || matches!(c, '\u{FFFE}' | '\u{FFFF}')
}

/// One label to draw: the line, where the marks go, what they say.
struct Drawn {
    file: PathBuf,
    line: usize,
    column: usize,
    /// The line as shown (escaped, cut), and the marks under it.
    text: String,
    marks: String,
}

/// The line of `range.start` as shown, with `mark` under the characters of `range` on it.
/// Only a window of the line around the range is looked at, so that a diagnostic in a
/// line of a megabyte costs no more than one in a short line.
fn draw(source: &Source, range: &Range<usize>, mark: char) -> Drawn {
    let text = source.text();
    let position = source.position(range.start);
    let line = source.line_range(range.start);
    let start = position_in(text, range.start).clamp(line.start, line.end);
    let end = position_in(text, range.end).clamp(start, line.end);
    // a line too wide is shown as a window: a third of the width before the range, the
    // rest after it (whether it is too wide is known after a hundred characters at most)
    let mut fits = 0;
    let too_wide = text[line.clone()].chars().any(|c| {
        fits += if c == '\t' {
            TAB.len()
        } else {
            c.width().unwrap_or(1)
        };
        fits > MAX_LINE_WIDTH
    });
    let mut from = line.start;
    if too_wide {
        from = start;
        for (n, (i, _)) in text[line.start..start].char_indices().rev().enumerate() {
            if n == MAX_LINE_WIDTH / 3 {
                break;
            }
            from = line.start + i;
        }
    }
    let mut shown = String::new();
    let mut marks = String::new();
    if from > line.start {
        shown.push('…');
        marks.push(' ');
    }
    let mut width = 0;
    let mut to = from;
    for (i, c) in text[from..line.end].char_indices() {
        let at = from + i;
        // (a long marked range is cut with its line: at most a window of carets)
        if too_wide && width >= MAX_LINE_WIDTH {
            break;
        }
        let cell = if c == '\t' {
            TAB.to_string()
        } else if unsafe_char(c) {
            format!("\\u{{{:x}}}", c as u32)
        } else {
            c.to_string()
        };
        let w = if c == '\t' || unsafe_char(c) {
            cell.len()
        } else {
            c.width().unwrap_or(0)
        };
        shown.push_str(&cell);
        if at < end {
            let m = if at >= start { mark } else { ' ' };
            marks.extend(std::iter::repeat_n(m, w));
        }
        width += w;
        to = at + c.len_utf8();
    }
    if !marks.contains(mark) {
        marks.push(mark);
    }
    if to < line.end {
        shown.push('…');
    }
    Drawn {
        file: source.path().to_path_buf(),
        line: position.line,
        column: position.column,
        text: shown,
        marks: marks.trim_end().to_string(),
    }
}

/// `offset` clamped to `text` and moved back to a character boundary.
fn position_in(text: &str, offset: usize) -> usize {
    let mut offset = offset.min(text.len());
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    offset
}

fn human(out: &mut String, diags: &Diagnostics, d: &Diagnostic, lang: Lang) {
    let head = format!(
        "{}[{}]: {}",
        severity_word(d.severity(), lang),
        d.message.code(),
        escape(&d.message.text(lang))
    );
    let mut notes = vec![format!(
        "{}: {}",
        Word::Hint.text(lang),
        escape(&d.message.hint(lang))
    )];
    if let Some(detail) = &d.detail {
        notes.push(format!("{}: {}", Word::Detail.text(lang), escape(detail)));
    }
    if d.span().is_some_and(|s| diags.span_source(s).is_none()) {
        notes.push(format!(
            "{}: {}",
            Word::Note.text(lang),
            Word::FileChanged.text(lang)
        ));
    }
    let primary = d
        .span()
        .and_then(|s| diags.span_source(s))
        .map(|(source, range)| draw(source, range, '^'));
    let Some(primary) = primary else {
        // A problem with a whole file or folder: no snippet to show.
        let _ = writeln!(out, "{head}\n  --> {}", escape(&file_place(diags, d)));
        for note in notes {
            let _ = writeln!(out, "  = {note}");
        }
        out.push('\n');
        return;
    };
    let secondary: Vec<(Drawn, &str)> = d
        .labels
        .iter()
        .filter_map(|l| {
            let (source, range) = diags.span_source(&l.span)?;
            Some((draw(source, range, '-'), l.note.text(lang)))
        })
        .collect();
    let width = std::iter::once(&primary)
        .chain(secondary.iter().map(|(s, _)| s))
        .map(|s| s.line.to_string().len())
        .max()
        .unwrap_or(1);
    let pad = " ".repeat(width);
    let _ = writeln!(out, "{head}");
    let snippet = |out: &mut String, s: &Drawn, arrow: &str, label: &str| {
        let _ = writeln!(
            out,
            "{pad}{arrow} {}:{}:{}",
            escape(&s.file.display().to_string()),
            s.line,
            s.column
        );
        let _ = writeln!(out, "{pad} |");
        let _ = writeln!(out, "{:>width$} | {}", s.line, s.text);
        if label.is_empty() {
            let _ = writeln!(out, "{pad} | {}", s.marks);
        } else {
            let _ = writeln!(out, "{pad} | {} {label}", s.marks);
        }
    };
    snippet(out, &primary, " -->", "");
    for (s, label) in &secondary {
        let _ = writeln!(out, "{pad} |");
        snippet(out, s, " :::", label);
    }
    let _ = writeln!(out, "{pad} |");
    for note in notes {
        let _ = writeln!(out, "{pad} = {note}");
    }
    out.push('\n');
}

/// The file, and the spreadsheet cell when there is one: `tables/x.xlsx:Sheet1!B12`.
fn file_place(diags: &Diagnostics, d: &Diagnostic) -> String {
    let file = d.path(diags.sources()).display();
    match &d.place {
        Place::Cell(_, cell) => format!("{file}:{cell}"),
        Place::Resolved(_, p) => format!("{file}:{}:{}", p.line, p.column),
        _ => file.to_string(),
    }
}

fn short(diags: &Diagnostics, d: &Diagnostic, lang: Lang) -> String {
    let place = match diags.position(d) {
        Some(p) => format!(
            "{}:{}:{}",
            d.path(diags.sources()).display(),
            p.line,
            p.column
        ),
        None => file_place(diags, d),
    };
    let detail = match &d.detail {
        Some(detail) => format!(" [{}: {detail}]", Word::Detail.text(lang)),
        None => String::new(),
    };
    let line = format!(
        "{place}: {}[{}]: {} ({}: {}){detail}",
        severity_word(d.severity(), lang),
        d.message.code(),
        d.message.text(lang),
        Word::Hint.text(lang),
        d.message.hint(lang)
    );
    escape(&line.replace('\n', " ")).into_owned()
}

#[derive(Serialize)]
struct JsonLabel {
    file: String,
    line: usize,
    column: usize,
    message: &'static str,
}

#[derive(Serialize)]
struct JsonDiagnostic<'a> {
    #[serde(rename = "type")]
    kind: &'static str,
    severity: &'static str,
    code: &'static str,
    message: String,
    hint: String,
    detail: Option<&'a str>,
    file: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    cell: Option<&'a str>,
    line: Option<usize>,
    column: Option<usize>,
    source_line: Option<Cow<'a, str>>,
    labels: Vec<JsonLabel>,
}

fn json(diags: &Diagnostics, d: &Diagnostic, lang: Lang) -> String {
    let position = diags.position(d);
    // a long line is cut around the place, as in the other formats: 20,000 references
    // in a paragraph of 200 KB would otherwise write 4 GB
    let source_line = match d.span().and_then(|s| diags.span_source(s)) {
        Some((source, range)) => {
            let line = source.line(source.position(range.start).line);
            // (whether the line is too wide is known after as many characters)
            Some(if line.chars().nth(MAX_LINE_WIDTH).is_some() {
                Cow::Owned(draw(source, range, '^').text)
            } else {
                Cow::Borrowed(line)
            })
        }
        None => None,
    };
    let labels = d
        .labels
        .iter()
        .filter_map(|l| {
            let (source, range) = diags.span_source(&l.span)?;
            let p = source.position(range.start);
            Some(JsonLabel {
                file: source.path().display().to_string(),
                line: p.line,
                column: p.column,
                message: l.note.text(lang),
            })
        })
        .collect();
    let record = JsonDiagnostic {
        kind: "diagnostic",
        severity: d.severity().name(),
        code: d.message.code(),
        message: d.message.text(lang),
        hint: d.message.hint(lang),
        detail: d.detail.as_deref(),
        file: d.path(diags.sources()).display().to_string(),
        cell: match &d.place {
            Place::Cell(_, cell) => Some(cell),
            _ => None,
        },
        line: position.map(|p| p.line),
        column: position.map(|p| p.column),
        source_line,
        labels,
    };
    json_safe(serde_json::to_string(&record).unwrap_or_default())
}

/// A JSON text with the characters serde_json leaves raw but a terminal acts on (DEL, C1
/// controls, which serde_json does not escape as it does C0 ones) written as `\u00XX`.
pub fn json_safe(json: String) -> String {
    if !json.chars().any(unsafe_char) {
        return json;
    }
    let mut out = String::with_capacity(json.len() + 8);
    for c in json.chars() {
        if unsafe_char(c) {
            let _ = write!(out, "\\u{:04x}", c as u32);
        } else {
            out.push(c);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::messages::Message;

    #[test]
    fn control_characters_are_escaped() {
        assert_eq!(escape("a\u{1b}[2Jb"), "a\\u{1b}[2Jb");
        assert_eq!(escape("Sa Đéc"), "Sa Đéc");
    }

    /// A diagnostic in a file that changed after its text was let go of says so, and
    /// shows the file without a line, a column or a snippet, in every format.
    #[test]
    fn a_file_that_changed_is_named_without_a_place() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("01-kinh-te.yaml");
        let text = "title: \"Kinh tế\"\n";
        std::fs::write(&path, text).unwrap();
        let mut diags = Diagnostics::default();
        let id = diags.add_source(&path, text.to_string());
        diags.let_go_of_source(id);
        diags.push(Diagnostic::spanned(
            Message::BlankText,
            crate::source::Span::new(id, 7..17),
        ));
        let human = render(&diags, Format::Human, Lang::Vi);
        assert!(human.contains(":1:8"), "{human}");
        assert!(!human.contains("tệp đã thay đổi"), "{human}");

        std::fs::write(&path, "title: \"Kinh tế mới\"\n").unwrap();
        let mut diags = Diagnostics::default();
        let id = diags.add_source(&path, text.to_string());
        diags.let_go_of_source(id);
        diags.push(Diagnostic::spanned(
            Message::BlankText,
            crate::source::Span::new(id, 7..17),
        ));
        let human = render(&diags, Format::Human, Lang::Vi);
        let place = format!("--> {}\n", path.display());
        assert!(human.contains(&place), "{human}");
        assert!(
            human.contains("ghi chú: tệp đã thay đổi sau khi được đọc"),
            "{human}"
        );
        assert!(!human.contains(" | "), "a snippet: {human}");
        let english = render(&diags, Format::Human, Lang::En);
        assert!(
            english.contains("note: the file changed after it was read"),
            "{english}"
        );
        let json = render(&diags, Format::Json, Lang::En);
        assert!(json.contains("\"line\":null"), "{json}");
        assert!(json.contains("\"source_line\":null"), "{json}");
    }

    #[test]
    fn long_lines_are_cut_around_the_caret() {
        let text = format!("k: {}XY{}\n", "a".repeat(500), "b".repeat(500));
        let source = Source::new(Path::new("x"), text.clone());
        let at = text.find("XY").unwrap();
        let d = draw(&source, &(at..at + 2), '^');
        assert!(d.text.chars().count() <= MAX_LINE_WIDTH + 2, "{}", d.text);
        let caret = d.marks.find('^').unwrap();
        assert_eq!(
            &d.text[d.text.char_indices().nth(caret).unwrap().0..][..2],
            "XY"
        );
    }

    /// A long marked value on a long line: its carets are cut with the line, a window
    /// wide at most (they were 430 for a value of 430 characters).
    #[test]
    fn a_long_marked_range_is_cut_with_its_line() {
        let text = format!(
            "k: {}{}{}\n",
            "a".repeat(300),
            "đ".repeat(430),
            "b".repeat(300)
        );
        let source = Source::new(Path::new("x"), text.clone());
        let at = text.find('đ').unwrap();
        let d = draw(&source, &(at..at + 430 * 'đ'.len_utf8()), '^');
        assert!(d.text.chars().count() <= MAX_LINE_WIDTH + 2, "{}", d.text);
        let carets = d.marks.chars().filter(|&c| c == '^').count();
        assert!(
            (1..=MAX_LINE_WIDTH).contains(&carets),
            "{carets}: {}",
            d.marks
        );
        assert!(d.text.ends_with('…'));
    }
}
