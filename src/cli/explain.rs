//! `report explain [CODE]`: the long explanation of a diagnostic code, as `rustc
//! --explain` gives it (the rule and why, an example that gives the code, the fix);
//! without a code, every code with its title. The words are the catalogue's
//! (`messages/explain.rs`), in the language of the run; a code that is none is an error
//! (exit 2) that names the codes close to it.

use unicode_width::UnicodeWidthStr;

use super::{EXIT_OK, EXIT_USAGE, Io};
use crate::diagnostic::render::{self as diag_render, Format as MessageFormat};
use crate::messages::explain::{Code, Entry, Say, Snippet};
use crate::messages::{Lang, Word};

/// The explanation's paragraphs are wrapped at this many columns.
const WIDTH: usize = 80;

pub fn run(code: Option<&str>, io: &mut Io) -> u8 {
    let Some(typed) = code else {
        list(io);
        return EXIT_OK;
    };
    match Code::parse(typed) {
        Some(code) => {
            explain(code.entry(io.lang), io);
            EXIT_OK
        }
        None => {
            unknown(typed, io);
            EXIT_USAGE
        }
    }
}

fn snippets_json(snippets: &[Snippet]) -> serde_json::Value {
    snippets
        .iter()
        .map(|s| serde_json::json!({"path": s.path(), "text": s.text()}))
        .collect()
}

fn explain(entry: Entry, io: &mut Io) {
    let lang = io.lang;
    if io.format == MessageFormat::Json {
        let record = serde_json::json!({
            "type": "explanation",
            "code": entry.code.as_str(),
            "severity": entry.code.severity().name(),
            "title": entry.title,
            "explanation": entry.explanation,
            "fix": entry.fix,
            "example": snippets_json(entry.example),
            "fixed": snippets_json(entry.fixed),
        });
        let _ = writeln!(io.stdout, "{}", diag_render::json_safe(record.to_string()));
        return;
    }
    let mut out = format!(
        "{} — {}\n{}\n\n{}\n\n{}:\n",
        entry.code.as_str(),
        entry.title,
        Say::Severity(entry.code).text(lang),
        wrap(entry.explanation),
        Say::Example.text(lang),
    );
    snippets(&mut out, entry.example, lang);
    out.push_str(&format!(
        "\n{}\n",
        wrap(&format!("{}: {}", Say::Fix.text(lang), entry.fix))
    ));
    snippets(&mut out, entry.fixed, lang);
    out.push_str(&format!("\n{}\n", Say::SeeAll.text(lang)));
    let _ = write!(io.stdout, "{}", diag_render::escape(&out));
}

/// Each snippet after its place, its text indented by four spaces.
fn snippets(out: &mut String, snippets: &[Snippet], lang: Lang) {
    for s in snippets {
        out.push_str(&format!("\n{}\n\n", Say::Place(s).text(lang)));
        for line in s.text().lines() {
            if line.is_empty() {
                out.push('\n');
            } else {
                out.push_str(&format!("    {line}\n"));
            }
        }
    }
}

/// `text`'s paragraphs, each wrapped at [`WIDTH`] columns between words, never inside
/// a `code` span.
fn wrap(text: &str) -> String {
    let paragraphs: Vec<String> = text
        .split("\n\n")
        .map(|paragraph| {
            // the words, those of a code span joined into one
            let mut units: Vec<String> = Vec::new();
            let mut open = false;
            for word in paragraph.split_whitespace() {
                match units.last_mut() {
                    Some(unit) if open => {
                        unit.push(' ');
                        unit.push_str(word);
                    }
                    _ => units.push(word.to_string()),
                }
                open ^= word.matches('`').count() % 2 == 1;
            }
            let mut lines: Vec<String> = Vec::new();
            let mut line = String::new();
            for unit in units {
                if !line.is_empty() && line.width() + 1 + unit.width() > WIDTH {
                    lines.push(std::mem::take(&mut line));
                }
                if !line.is_empty() {
                    line.push(' ');
                }
                line.push_str(&unit);
            }
            lines.push(line);
            lines.join("\n")
        })
        .collect();
    paragraphs.join("\n\n")
}

/// Every code with its title, one per line.
fn list(io: &mut Io) {
    let lang = io.lang;
    if io.format == MessageFormat::Json {
        for &code in Code::ALL {
            let record = serde_json::json!({
                "type": "code",
                "code": code.as_str(),
                "severity": code.severity().name(),
                "title": code.entry(lang).title,
            });
            let _ = writeln!(io.stdout, "{}", diag_render::json_safe(record.to_string()));
        }
        return;
    }
    let width = Code::ALL
        .iter()
        .map(|c| c.as_str().len())
        .max()
        .unwrap_or(0);
    let mut out = format!("{}\n\n", Say::ListHeading.text(lang));
    for &code in Code::ALL {
        out.push_str(&format!(
            "{:width$}  {}\n",
            code.as_str(),
            code.entry(lang).title
        ));
    }
    let _ = write!(io.stdout, "{}", diag_render::escape(&out));
}

/// A code that is none: said on stderr, with the codes close to it.
fn unknown(typed: &str, io: &mut Io) {
    let lang = io.lang;
    let close = Code::close_to(typed);
    let said = Say::Unknown {
        typed: typed.trim(),
        close: &close,
    }
    .text(lang);
    let message = format!("{}: {said}", Word::Error.text(lang));
    if io.format == MessageFormat::Json {
        let record = serde_json::json!({
            "type": "unknown-code",
            "fatal": true,
            "code": typed.trim(),
            "close": close.iter().map(|c| c.as_str()).collect::<Vec<_>>(),
            "message": message,
        });
        let _ = writeln!(io.stderr, "{}", diag_render::json_safe(record.to_string()));
    } else {
        let _ = writeln!(io.stderr, "{}", diag_render::escape(&message));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run_with(args: Option<&str>, lang: Lang, format: MessageFormat) -> (u8, String, String) {
        let (mut out, mut err) = (Vec::new(), Vec::new());
        let code = {
            let mut io = Io {
                stdout: &mut out,
                stderr: &mut err,
                lang,
                format,
            };
            run(args, &mut io)
        };
        (
            code,
            String::from_utf8(out).unwrap_or_default(),
            String::from_utf8(err).unwrap_or_default(),
        )
    }

    #[test]
    fn explain_prints_the_entry_in_the_language_of_the_run() {
        let (code, out, err) = run_with(Some("e-blank"), Lang::Vi, MessageFormat::Human);
        assert_eq!((code, err.as_str()), (EXIT_OK, ""));
        assert!(
            out.starts_with("E-blank — Tiêu đề, đoạn hoặc dòng rỗng\nLỗi: "),
            "{out}"
        );
        assert!(
            out.contains("\nVí dụ:\n") && out.contains("\nCách sửa: "),
            "{out}"
        );
        assert!(
            out.contains("\n    title: \"Trong lĩnh vực kinh tế:\"\n"),
            "{out}"
        );
        assert!(
            out.lines()
                .all(|l| l.width() <= WIDTH || l.starts_with("    ")),
            "{out}"
        );
        // a code span is never cut
        let (_, out, _) = run_with(Some("E-csv"), Lang::Vi, MessageFormat::Human);
        assert!(out.contains("`chi tiết:`"), "{out}");
        let (_, out, _) = run_with(Some("E-blank"), Lang::En, MessageFormat::Human);
        assert!(
            out.starts_with("E-blank — An empty title, paragraph or item\nError: "),
            "{out}"
        );
    }

    #[test]
    fn an_unknown_code_is_an_error_that_names_the_close_ones() {
        let (code, out, err) = run_with(Some("E-blnk"), Lang::Vi, MessageFormat::Human);
        assert_eq!((code, out.as_str()), (EXIT_USAGE, ""));
        assert!(
            err.starts_with("lỗi: không có mã `E-blnk`; các mã gần giống: E-blank, "),
            "{err}"
        );
        let (_, _, err) = run_with(Some("E-blnk"), Lang::En, MessageFormat::Json);
        let record: serde_json::Value = serde_json::from_str(err.trim()).unwrap_or_default();
        assert_eq!(record["type"], "unknown-code");
        assert_eq!(record["close"][0], "E-blank");
    }

    #[test]
    fn without_a_code_every_code_is_listed() {
        let (code, out, _) = run_with(None, Lang::Vi, MessageFormat::Human);
        assert_eq!(code, EXIT_OK);
        let listed = out
            .lines()
            .filter(|l| l.starts_with("E-") || l.starts_with("W-"))
            .count();
        assert_eq!(listed, Code::ALL.len());
        let (_, out, _) = run_with(None, Lang::En, MessageFormat::Json);
        assert_eq!(out.lines().count(), Code::ALL.len());
    }
}
