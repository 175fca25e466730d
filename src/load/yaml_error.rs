//! A YAML reader's error → a catalogue message at the place a clerk must edit. The
//! reader gives its place as a line and a character column, and its words in English;
//! each mistake a clerk makes (a tab in the indentation, a line indented wrong, a quote
//! or bracket never closed, a key written twice, `: ` in an unquoted value, a stray
//! `- `) gets its own message and hint, the reader's words kept only as a detail.

use std::ops::Range;

use crate::diagnostic::{Diagnostic, Label};
use crate::messages::{Message, Note};
use crate::source::{FileId, Source, Span};

/// The diagnostic for a YAML reader's error in `source`.
pub fn diagnostic(source: &Source, file: FileId, e: &serde_saphyr::Error) -> Diagnostic {
    let rendered = e.without_snippet().to_string();
    let first = rendered.lines().next().unwrap_or("").trim();
    let detail = strip_location_prefix(first);
    // the place is given separately; one place in a message is enough
    let detail = match detail.rfind(" at line ") {
        Some(i) => &detail[..i],
        None => detail,
    };
    let at = e
        .location()
        .map(|l| source.offset_at(l.line() as usize, l.column() as usize));
    let (message, range) = classify(source, detail, at);
    // the reader's advice is for programmers ("set DuplicateKeyPolicy in Options", "use
    // from_str_multiple"): the words before it only
    let detail = [", set ", "; use "]
        .iter()
        .fold(detail, |d, cut| d.split(cut).next().unwrap_or(d))
        .to_string();
    let mut d = match &range {
        Some(range) => Diagnostic::spanned(message, Span::new(file, range.clone())),
        None => Diagnostic::new(message, source.path()),
    }
    .with_detail(detail);
    if let (Message::DuplicateKey { key }, Some(at)) = (&d.message, &range)
        && let Some(first) = first_key(source, key, at.start)
    {
        d.labels.push(Label {
            span: Span::new(file, first),
            note: Note::FirstWritten,
        });
    }
    d
}

/// The first `key:` of the mapping whose key `key` is written again at byte `at`: the
/// lines above at the same indentation, up to the mapping's parent.
fn first_key(source: &Source, key: &str, at: usize) -> Option<Range<usize>> {
    let p = source.position(at);
    let indent = p.column - 1;
    for n in (1..p.line).rev() {
        let line = source.line(n);
        // a list item's `- ` counts as indentation of the mapping in it
        let mut body = line.trim_start_matches(' ');
        while let Some(rest) = body.strip_prefix("- ") {
            body = rest.trim_start_matches(' ');
        }
        if body.is_empty() || body.starts_with('#') {
            continue;
        }
        let this = line.len() - body.len();
        if this < indent {
            return None;
        }
        let written = [
            format!("{key}:"),
            format!("\"{key}\":"),
            format!("'{key}':"),
        ];
        if this == indent && written.iter().any(|w| body.starts_with(w.as_str())) {
            let start = source.offset_at(n, 1) + this;
            let len = if body.starts_with(key) {
                key.len()
            } else {
                key.len() + 2
            };
            return Some(start..start + len);
        }
    }
    None
}

/// The message for the reader's words `detail` at byte `at`, and the place to show.
fn classify(source: &Source, detail: &str, at: Option<usize>) -> (Message, Option<Range<usize>>) {
    let text = source.text();
    let Some(at) = at else {
        return (generic(detail), None);
    };
    let one = |i: usize| i..i + text[i..].chars().next().map_or(1, char::len_utf8);
    let line = source.line_range(at);
    let line_text = &text[line.clone()];
    let indent = line_text.len() - line_text.trim_start().len();
    let content = one(line.start + indent);
    let char_at = text[at..].chars().next();
    if detail.contains("tabs disallowed") || detail.contains("tab") && detail.contains("indent") {
        // the reader points after the tab; show the first tab of the indentation
        let tab = line_text[..indent]
            .find('\t')
            .map_or(at, |i| line.start + i);
        return (Message::YamlTab, Some(one(tab)));
    }
    if detail.starts_with("multiple YAML documents") {
        // the reader points at the second document; show the line that starts it
        let n = source.position(at).line;
        let marker = (n.saturating_sub(50).max(1)..=n)
            .rev()
            .find(|&l| ["---", "..."].iter().any(|m| source.line(l).starts_with(m)));
        let range = marker.map_or(content, |l| one(source.offset_at(l, 1)));
        return (Message::YamlDocuments, Some(range));
    }
    if detail.starts_with("unclosed quote") {
        let quote = char_at.filter(|c| matches!(c, '"' | '\'')).unwrap_or('"');
        return (Message::YamlUnclosedQuote { quote }, Some(one(at)));
    }
    if detail.starts_with("invalid trailing content after") {
        let quote = if detail.contains("single") { '\'' } else { '"' };
        return (Message::YamlAfterQuote { quote }, Some(one(at)));
    }
    if detail.starts_with("unclosed bracket") {
        let bracket = char_at.filter(|c| matches!(c, '[' | '{')).unwrap_or('[');
        return (Message::YamlUnclosedBracket { bracket }, Some(one(at)));
    }
    if let Some(key) = detail.strip_prefix("duplicate mapping key: ") {
        let key = key.split(',').next().unwrap_or(key).trim().to_string();
        let range = match text[at..].starts_with(key.as_str()) {
            true => at..at + key.len(),
            false => one(at),
        };
        return (Message::DuplicateKey { key }, Some(range));
    }
    // a flow list or mapping left open on an earlier line reads as these
    if (detail.contains("illegal placement of ':'")
        || detail.contains("did not find expected ',' or")
        || detail.contains("did not find expected node content"))
        && let Some(open) = unclosed_bracket(source, at)
    {
        let bracket = text[open..].chars().next().unwrap_or('[');
        return (Message::YamlUnclosedBracket { bracket }, Some(one(open)));
    }
    if detail.contains("mapping values are not allowed") {
        // `key: Ghi chú: abc`: a second `: ` on a line that has its key
        let before = &text[line.start..at];
        return match before.trim_start().find(": ") {
            Some(_) if text[at..].starts_with(':') => (Message::YamlColon, Some(one(at))),
            _ => (Message::YamlIndent, Some(content)),
        };
    }
    if detail.contains("block sequence entries are not allowed") {
        return (Message::YamlDash, Some(one(at)));
    }
    if detail.contains("did not find expected key") || detail.contains("did not find expected '-'")
    {
        let dash = line_text.trim_start();
        return if dash.starts_with("- ") || dash == "-" {
            (Message::YamlDash, Some(content))
        } else {
            (Message::YamlIndent, Some(content))
        };
    }
    if detail.contains("simple key expected ':'") || detail.contains("could not find expected ':'")
    {
        return (Message::YamlNoColon, Some(content));
    }
    if let Some(found) = detail
        .strip_prefix("unexpected character: `")
        .and_then(|r| r.chars().next())
        .filter(|c| matches!(c, '@' | '`'))
    {
        return (Message::YamlReserved { found }, Some(one(at)));
    }
    (generic(detail), Some(one(at)))
}

fn generic(detail: &str) -> Message {
    if detail.contains("budget") || detail.contains("recursion") || detail.contains("depth") {
        Message::YamlLimit
    } else {
        Message::YamlSyntax
    }
}

/// The `[` or `{` before byte `at` left open, looking back a few lines (quotes and
/// comments left out).
fn unclosed_bracket(source: &Source, at: usize) -> Option<usize> {
    let line = source.position(at).line;
    for n in (line.saturating_sub(20).max(1)..line).rev() {
        let start = source.offset_at(n, 1);
        let mut open: Vec<usize> = Vec::new();
        let mut quote: Option<char> = None;
        let mut previous = ' ';
        for (i, c) in source.line(n).char_indices() {
            match (quote, c) {
                (Some(q), c) if c == q => quote = None,
                (Some(_), _) => {}
                (None, '"' | '\'') => quote = Some(c),
                (None, '#') if previous.is_whitespace() => break,
                (None, '[' | '{') => open.push(start + i),
                (None, ']' | '}') => {
                    open.pop();
                }
                _ => {}
            }
            previous = c;
        }
        if let Some(&first) = open.first() {
            return Some(first);
        }
    }
    None
}

/// `error: line 2 column 1: unknown field` → `unknown field`.
fn strip_location_prefix(s: &str) -> &str {
    let s = s.strip_prefix("error: ").unwrap_or(s);
    if s.starts_with("line ")
        && let Some(i) = s.find(": ")
    {
        return &s[i + 2..];
    }
    s
}

#[cfg(test)]
mod tests {
    /// What the reader counts, pinned: a syntax error's place is a line and a column in
    /// characters, with no byte offset (its character offset, taken for bytes, put the
    /// error lines too early after Vietnamese text).
    #[test]
    fn the_reader_gives_errors_a_line_and_a_character_column() {
        let text = "# ế ế ế\ntitle: Ghi chú: x\n";
        let e = serde_saphyr::from_str::<serde_json::Value>(text).unwrap_err();
        let at = e.location().unwrap();
        assert_eq!((at.line(), at.column()), (2, 15));
        assert_eq!(at.span().byte_offset(), None);
        // its offset counts characters (8 on the first line, 14 before the `:`), which
        // is not the `:`'s byte offset
        assert_eq!(at.span().offset(), 22);
        assert_eq!(text.find(": x").unwrap(), 29);
    }
}
