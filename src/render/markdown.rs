//! The Markdown renderer: the document → a Markdown view (escaped text, footnotes as
//! `[^n]`) → the Tera templates. Inline escaping is done here, once; the block layout is
//! the templates' business.

use serde::Serialize;
use tera::{Context, Tera};

mod native;
mod table;
mod tidy;

use crate::document::{Appendix, Block, Document, Paragraph, Role, Span};
use crate::render::md_escape;

pub const MAIN: &str = "report.md";

/// What the templates see as `md` (the raw document is there too, as `doc`).
#[derive(Serialize)]
struct View {
    header: HeaderView,
    doc_type: String,
    summary: String,
    addressees: Vec<String>,
    blocks: Vec<BlockView>,
    closing: ClosingView,
    appendices: Vec<AppendixView>,
    footnotes: Vec<FootnoteView>,
    marks: MarksView,
    /// The decree's words of the page ("Kính gửi:", "Nơi nhận:"), the document's.
    words: crate::document::Words,
}

/// The optional marks, printed and escaped; each absent (`None`, empty) when not used.
/// Urgency and typist go into table cells, the rest on lines of their own.
#[derive(Serialize)]
struct MarksView {
    draft: Option<String>,
    circulation: Option<String>,
    urgency: Option<String>,
    typist: Option<String>,
    contact: Vec<String>,
}

#[derive(Serialize)]
struct AppendixView {
    heading: String,
    title: Option<String>,
    reference: String,
    blocks: Vec<BlockView>,
}

#[derive(Serialize)]
struct HeaderView {
    parent_agency: Vec<String>,
    agency: Vec<String>,
    number: String,
    national_title: String,
    motto: String,
    place_date: String,
}

#[derive(Serialize)]
/// A paragraph (`kind` "paragraph", with its role and marker) or a table (`kind`
/// "table", its whole Markdown in `text`).
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

/// Renders the document as the built-in templates do, without Tera (`native`).
pub fn render_built_in(doc: &Document) -> String {
    native::render(doc, &view_of(doc, false))
}

/// The same Markdown as [`render_built_in`], written into `writer` as it is made: a long
/// report's is never held whole (`build::render` spools it into its output's temporary).
pub fn render_built_in_into(
    doc: &Document,
    writer: &mut dyn std::io::Write,
) -> std::io::Result<()> {
    native::render_into(doc, &view_of(doc, false), writer)
}

/// Renders the document through the template set.
pub fn render(doc: &Document, tera: &Tera) -> Result<String, tera::Error> {
    let mut out = Vec::new();
    render_to(doc, tera, &mut out)?;
    let mut text = String::from_utf8(out)
        .unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned());
    tidy_in_place(&mut text);
    Ok(text)
}

/// Renders the document through the template set into `out`, not yet tidied (see
/// [`tidy_in_place`]): for a caller that bounds what the templates write
/// (`templates::render_within`).
pub fn render_to(doc: &Document, tera: &Tera, out: impl std::io::Write) -> Result<(), tera::Error> {
    tera.render_to(MAIN, &context(doc), out)
}

/// What the templates see: `md`, the document escaped for Markdown, and `doc`, the raw
/// document.
pub fn context(doc: &Document) -> Context {
    let mut context = view_context(doc);
    context.insert("doc", doc);
    context
}

/// What the built-in templates see: `md` alone (they print no raw field; a test reads
/// them for `doc`).
pub fn view_context(doc: &Document) -> Context {
    let mut context = Context::new();
    context.insert("md", &view(doc));
    context
}

/// The same as JSON, for rendering in another process (`render::isolated`).
pub fn context_json(doc: &Document) -> serde_json::Value {
    serde_json::json!({ "md": view(doc), "doc": doc })
}

fn view(doc: &Document) -> View {
    view_of(doc, true)
}

/// The view, with the blocks (of the body and the appendices) or without them (for the
/// writer of the built-in templates, which makes each block's view as it writes it).
fn view_of(doc: &Document, with_blocks: bool) -> View {
    let blocks = |body: &[Block]| {
        if with_blocks {
            body.iter().map(block).collect()
        } else {
            Vec::new()
        }
    };
    let cell = |s: &str| md_escape::cell(s);
    View {
        header: HeaderView {
            parent_agency: doc.header.parent_agency.iter().map(|s| cell(s)).collect(),
            agency: doc.header.agency.iter().map(|s| cell(s)).collect(),
            number: cell(&doc.header.number),
            national_title: cell(&doc.header.national_title),
            motto: cell(&doc.header.motto),
            place_date: cell(&doc.header.place_date),
        },
        doc_type: md_escape::text(&doc.title.doc_type),
        summary: md_escape::text(&doc.title.summary),
        words: doc.words.clone(),
        addressees: doc
            .addressees
            .iter()
            .map(|a| match a.strip_prefix("- ") {
                Some(rest) => format!("- {}", md_escape::text(rest)),
                None => md_escape::text(a),
            })
            .collect(),
        blocks: blocks(&doc.body),
        appendices: doc
            .appendices
            .iter()
            .map(|a| appendix(a, blocks(&a.body)))
            .collect(),
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
                text: md_escape::line_start(&inline(&f.spans, false)),
            })
            .collect(),
        marks: marks(&doc.marks),
    }
}

fn marks(m: &crate::marks::Marks) -> MarksView {
    let line = md_escape::text;
    MarksView {
        draft: m.draft_text().map(|d| line(&d)),
        circulation: m.circulation.map(|c| line(c.text())),
        urgency: m.urgency.map(|u| md_escape::cell(u.text())),
        typist: m.typist.as_ref().map(|t| md_escape::cell(&t.text())),
        contact: m.contact.lines().iter().map(|l| line(l)).collect(),
    }
}

fn appendix(a: &Appendix, blocks: Vec<BlockView>) -> AppendixView {
    AppendixView {
        heading: md_escape::text(&a.heading),
        title: a.title.as_deref().map(md_escape::text),
        reference: md_escape::text(&a.reference),
        blocks,
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
        _ => md_escape::marker(m),
    });
    // The text begins a line, or follows a marker that Markdown may read as a list's.
    BlockView {
        kind: "paragraph",
        role: Some(b.role),
        marker,
        text: md_escape::line_start(&inline(&b.spans, heading)),
    }
}

/// Spans → Markdown, each escaped (`md_escape`). In headings, bold is the heading's own
/// and is not repeated. Emphasis is written only where Markdown reads it as emphasis
/// (`md_escape::can_emphasise`); elsewhere the text goes without it, never with stray
/// `*`.
fn inline(spans: &[Span], in_heading: bool) -> String {
    let pieces: Vec<Piece> = spans.iter().map(|s| piece(s, in_heading)).collect();
    let mut out = String::new();
    for (i, p) in pieces.iter().enumerate() {
        out.push_str(&p.lead);
        let after = if p.trail.is_empty() {
            pieces.get(i + 1).and_then(Piece::first_char)
        } else {
            p.trail.chars().next()
        };
        let emphasise =
            !p.mark.is_empty() && md_escape::can_emphasise(out.chars().last(), &p.core, after);
        if emphasise {
            out.push_str(p.mark);
        }
        out.push_str(&p.core);
        if emphasise {
            out.push_str(p.mark);
        }
        out.push_str(&p.trail);
    }
    out
}

/// A span made ready: white space around, the escaped text, its emphasis marker.
struct Piece {
    lead: String,
    core: String,
    trail: String,
    mark: &'static str,
}

impl Piece {
    /// The first character this piece may write (its marker counts as written).
    fn first_char(&self) -> Option<char> {
        let marked = (!self.mark.is_empty() && !self.core.is_empty()).then_some('*');
        self.lead
            .chars()
            .next()
            .or(marked)
            .or(self.core.chars().next())
    }
}

fn piece(span: &Span, in_heading: bool) -> Piece {
    match span {
        Span::Text { text, bold, italic } => {
            let text = if text.contains(['\n', '\r']) {
                std::borrow::Cow::Owned(text.replace(['\n', '\r'], " "))
            } else {
                std::borrow::Cow::Borrowed(text.as_str())
            };
            let (lead, core, trail) = split_spaces(&text);
            let mark = match (*bold && !in_heading, *italic) {
                (true, true) => "***",
                (true, false) => "**",
                (false, true) => "*",
                (false, false) => "",
            };
            Piece {
                lead: lead.to_string(),
                core: md_escape::inline(core),
                trail: trail.to_string(),
                mark,
            }
        }
        Span::FootnoteRef { number } => Piece {
            lead: String::new(),
            core: format!("[^{number}]"),
            trail: String::new(),
            mark: "",
        },
    }
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

/// Trailing spaces off every line, runs of blank lines folded to one, one final newline:
/// in place, the lines kept moved down over those dropped, without a second copy.
pub fn tidy_in_place(s: &mut String) {
    let mut bytes = std::mem::take(s).into_bytes();
    let mut write = 0;
    let mut read = 0;
    let mut blank = 0;
    let len = bytes.len();
    while read < len {
        // one line, as `str::lines` gives it: up to `\n`, without a `\r` before it
        let end = bytes[read..]
            .iter()
            .position(|&b| b == b'\n')
            .map_or(len, |i| read + i);
        let next = if end < len { end + 1 } else { len };
        let mut stop = if end > read && bytes[end - 1] == b'\r' && end < len {
            end - 1
        } else {
            end
        };
        while stop > read && matches!(bytes[stop - 1], b' ' | b'\t') {
            stop -= 1;
        }
        if stop == read {
            blank += 1;
            if blank > 1 || write == 0 {
                read = next;
                continue;
            }
        } else {
            blank = 0;
        }
        bytes.copy_within(read..stop, write);
        write += stop - read;
        // a last line without its line end gets one: the only place the text grows
        if write < bytes.len() {
            bytes[write] = b'\n';
        } else {
            bytes.push(b'\n');
        }
        write += 1;
        read = next;
    }
    bytes.truncate(write);
    while bytes.ends_with(b"\n\n") {
        bytes.pop();
    }
    // whole lines of valid UTF-8 moved down, ASCII spaces and line ends dropped: still
    // valid UTF-8
    *s = String::from_utf8(bytes)
        .unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned());
}

/// Texts for the tests of the tidy rule (`tidy_in_place`, `tidy::Tidy`): line ends, lone
/// carriage returns, trailing spaces and tabs, a no-break space, blank runs, Vietnamese.
#[cfg(test)]
const TIDY_CASES: &[&str] = &[
    "",
    "\n\n\n",
    "a",
    "\n\n a \t\n\n\n\nb\r\nc\r\n\r\n\r\nđ  \u{a0} \n",
    "x\ry \r\n\t\n",
    "a\n\nb\n\n",
    "tail\r",
    "tail \t",
    "a\r\r\n \r\n\n",
    " \t \n | a |\n\n\n\n",
    "   ",
    "\r\n\r\nViệt  \nNam\t\r\n\r\n\r\nđẹp\r",
];

#[cfg(test)]
mod tests {
    use super::*;

    /// The rule of [`tidy_in_place`] written line by line, as `str::lines` reads them.
    fn tidy(s: &str) -> String {
        let mut out = String::with_capacity(s.len());
        let mut blank = 0;
        for line in s.lines() {
            // spaces and tabs only: a no-break space at the end of a line is text
            let line = line.trim_end_matches([' ', '\t']);
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

    #[test]
    fn tidy_in_place_is_tidy() {
        for &s in TIDY_CASES {
            let mut t = s.to_string();
            tidy_in_place(&mut t);
            assert_eq!(t, tidy(s), "{s:?}");
        }
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

    #[test]
    fn emphasis_markdown_would_not_read_is_left_out() {
        let span = |text: &str, bold: bool| Span::Text {
            text: text.into(),
            bold,
            italic: false,
        };
        // `a**\*b**` is not bold in Markdown: the stars would show
        assert_eq!(
            inline(&[span("a", false), span("*b", true)], false),
            r"a\*b"
        );
        // two bold spans side by side would make one run `****`
        assert_eq!(inline(&[span("a", true), span("b", true)], false), "a**b**");
    }
}
