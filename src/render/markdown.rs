//! The Markdown renderer: the document → a Markdown view (escaped text, footnotes as
//! `[^n]`) → the Tera templates. Inline escaping is done here, once; the block layout is
//! the templates' business.

use serde::Serialize;
use tera::{Context, Tera};

mod table;

use crate::document::{Appendix, Block, Document, Paragraph, Role, Span};
use crate::render::templates;

/// What the templates see as `md` (the raw document is there too, as `doc`).
#[derive(Serialize)]
struct View<'a> {
    header: HeaderView<'a>,
    doc_type: String,
    summary: String,
    addressees: Vec<String>,
    blocks: Vec<BlockView>,
    closing: ClosingView,
    appendices: Vec<AppendixView>,
    footnotes: Vec<FootnoteView>,
}

#[derive(Serialize)]
struct AppendixView {
    heading: String,
    title: Option<String>,
    reference: String,
    blocks: Vec<BlockView>,
}

#[derive(Serialize)]
struct HeaderView<'a> {
    parent_agency: Vec<String>,
    agency: Vec<String>,
    number: String,
    national_title: &'a str,
    motto: &'a str,
    place_date: String,
}

/// A paragraph (`kind` "paragraph", with its role and marker) or a table (`kind`
/// "table", its whole Markdown in `text`).
#[derive(Serialize)]
struct BlockView {
    kind: &'static str,
    role: Option<Role>,
    marker: Option<String>,
    text: String,
}

#[derive(Serialize)]
struct ClosingView {
    recipients: Vec<String>,
    signer_lines: Vec<String>,
    signer_name: String,
}

#[derive(Serialize)]
struct FootnoteView {
    number: usize,
    text: String,
}

/// Renders the document through the template set.
pub fn render(doc: &Document, tera: &Tera) -> Result<String, tera::Error> {
    let mut context = Context::new();
    context.insert("md", &view(doc));
    context.insert("doc", doc);
    let out = tera.render(templates::MAIN, &context)?;
    Ok(tidy(&out))
}

fn view(doc: &Document) -> View<'_> {
    let cell = |s: &str| escape(s, true);
    View {
        header: HeaderView {
            parent_agency: doc.header.parent_agency.iter().map(|s| cell(s)).collect(),
            agency: doc.header.agency.iter().map(|s| cell(s)).collect(),
            number: cell(&doc.header.number),
            national_title: &doc.header.national_title,
            motto: &doc.header.motto,
            place_date: cell(&doc.header.place_date),
        },
        doc_type: escape(&doc.title.doc_type, false),
        summary: escape(&doc.title.summary, false),
        addressees: doc
            .addressees
            .iter()
            .map(|a| match a.strip_prefix("- ") {
                Some(rest) => format!("- {}", escape(rest, false)),
                None => escape(a, false),
            })
            .collect(),
        blocks: doc.body.iter().map(block).collect(),
        appendices: doc.appendices.iter().map(appendix).collect(),
        closing: ClosingView {
            recipients: doc.closing.recipients.iter().map(|s| cell(s)).collect(),
            signer_lines: doc.closing.signer_lines.iter().map(|s| cell(s)).collect(),
            signer_name: cell(&doc.closing.signer_name),
        },
        footnotes: doc
            .footnotes
            .iter()
            .map(|f| FootnoteView {
                number: f.number,
                text: inline(&f.spans, false),
            })
            .collect(),
    }
}

fn appendix(a: &Appendix) -> AppendixView {
    AppendixView {
        heading: escape(&a.heading, false),
        title: a.title.as_deref().map(|t| escape(t, false)),
        reference: escape(&a.reference, false),
        blocks: a.body.iter().map(block).collect(),
    }
}

fn block(b: &Block) -> BlockView {
    match b {
        Block::Paragraph(p) => paragraph(p),
        Block::Table(t) => BlockView {
            kind: "table",
            role: None,
            marker: None,
            text: table::render(t),
        },
    }
}

fn paragraph(b: &Paragraph) -> BlockView {
    let heading = matches!(b.role, Role::SectionHeading | Role::SectorHeading);
    // Markers of items are Markdown's own; in headings nothing needs escaping; a marker
    // that starts a paragraph (`1)`, `*`) must not be read as a list.
    let marker = b.marker.as_ref().map(|m| match b.role {
        Role::Item if m == "-" || m == "+" => m.clone(),
        _ if heading => m.clone(),
        _ => escape_marker(m),
    });
    // A paragraph without a marker must not be read as a list or heading by Markdown.
    let text = inline(&b.spans, heading);
    let text = if marker.is_none() {
        escape_line_start(&text)
    } else {
        text
    };
    BlockView {
        kind: "paragraph",
        role: Some(b.role),
        marker,
        text,
    }
}

/// Spans → Markdown. In headings, bold is the heading's own and is not repeated.
fn inline(spans: &[Span], in_heading: bool) -> String {
    let mut out = String::new();
    for span in spans {
        match span {
            Span::Text { text, bold, italic } => {
                let bold = *bold && !in_heading;
                let (lead, core, trail) = split_spaces(text);
                out.push_str(lead);
                let mark = match (bold, *italic) {
                    (true, true) => "***",
                    (true, false) => "**",
                    (false, true) => "*",
                    (false, false) => "",
                };
                if !core.is_empty() {
                    out.push_str(mark);
                    out.push_str(&escape(core, false));
                    out.push_str(mark);
                }
                out.push_str(trail);
            }
            Span::FootnoteRef { number } => out.push_str(&format!("[^{number}]")),
        }
    }
    out
}

/// Emphasis markers must hug the text: `** a **` is not bold in Markdown.
fn split_spaces(s: &str) -> (&str, &str, &str) {
    let core = s.trim();
    if core.is_empty() {
        return (s, "", "");
    }
    let start = s.len() - s.trim_start().len();
    let end = start + core.len();
    (&s[..start], core, &s[end..])
}

/// Escapes the characters Markdown would read as markup. In table cells `|` too.
fn escape(s: &str, in_cell: bool) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\\' | '*' | '_' | '[' | ']' | '<' | '>' | '`' => {
                out.push('\\');
                out.push(c);
            }
            '|' if in_cell => out.push_str("\\|"),
            '\n' => out.push(' '),
            _ => out.push(c),
        }
    }
    out
}

/// `1)` → `1\)`, `*` → `\*`: a marker printed as text, not read as a list marker.
fn escape_marker(m: &str) -> String {
    let mut out = String::new();
    for c in m.chars() {
        if matches!(c, '.' | ')' | '*' | '-' | '+') {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// Escapes what would make a line a list item or a heading: `1. `, `1) `, `- `, `+ `, `#`.
fn escape_line_start(text: &str) -> String {
    let digits = text.chars().take_while(|c| c.is_ascii_digit()).count();
    let rest = &text[digits..];
    if digits > 0 && (rest.starts_with(". ") || rest.starts_with(") ")) {
        return format!("{}\\{}", &text[..digits], rest);
    }
    if text.starts_with("- ") || text.starts_with("+ ") || text.starts_with('#') {
        return format!("\\{text}");
    }
    text.to_string()
}

/// Trailing spaces off every line, runs of blank lines folded to one, one final newline.
fn tidy(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut blank = 0;
    for line in s.lines() {
        let line = line.trim_end();
        if line.is_empty() {
            blank += 1;
            if blank > 1 || out.is_empty() {
                continue;
            }
        } else {
            blank = 0;
        }
        out.push_str(line);
        out.push('\n');
    }
    while out.ends_with("\n\n") {
        out.pop();
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markup_characters_are_escaped() {
        assert_eq!(escape("a*b_[c]|d", true), r"a\*b\_\[c\]\|d");
        assert_eq!(escape("a|b", false), "a|b");
    }

    #[test]
    fn line_starts_that_markdown_would_misread() {
        assert_eq!(escape_line_start("2. Bước"), r"2\. Bước");
        assert_eq!(escape_line_start("11) Tuyên"), r"11\) Tuyên");
        assert_eq!(escape_line_start("- x"), r"\- x");
        assert_eq!(escape_line_start("2021 là năm"), "2021 là năm");
    }

    #[test]
    fn emphasis_hugs_the_text() {
        let spans = vec![
            Span::Text {
                text: "rất ".into(),
                bold: false,
                italic: true,
            },
            Span::FootnoteRef { number: 3 },
        ];
        assert_eq!(inline(&spans, false), "*rất* [^3]");
    }
}
