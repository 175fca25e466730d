//! Tables in Markdown: a GFM pipe table when the table has one header row and no merged
//! cell (what every Markdown viewer shows), an HTML table otherwise, since pipe tables
//! cannot merge cells. The title and the unit line are paragraphs above the table. A
//! footnote reference in a cell is a real GFM footnote either way: an HTML table's cell
//! that holds one is written as Markdown between blank lines.

use std::fmt::Write;

use super::inline;
use crate::document::{Merge, Span, Table, TableCell};
use crate::model::CellAlign;
use crate::render::md_escape;

/// The table as a Markdown block (no blank line inside an HTML table but around a cell
/// with a footnote reference, so that the rest stays HTML).
pub fn render(t: &Table) -> String {
    let mut out = String::new();
    write(t, &mut out);
    out
}

/// [`render`] into `out` a row at a time (a table of 100,000 rows is never one string).
pub fn write(t: &Table, out: &mut impl Write) {
    if let Some(title) = &t.title {
        let _ = writeln!(out, "{}\n", md_escape::line_start(&inline(title, false)));
    }
    if let Some(unit) = &t.unit {
        let _ = writeln!(out, "{}\n", md_escape::line_start(&inline(unit, false)));
    }
    let merged = t
        .rows
        .iter()
        .flatten()
        .any(|c| c.span > 1 || c.merge() != Merge::None);
    if t.header_rows == 1 && !merged {
        pipe_table(t, out);
    } else {
        html_table(t, out);
    }
}

fn pipe_table(t: &Table, out: &mut impl Write) {
    let mut rows = t.rows.iter();
    let Some(header) = rows.next() else { return };
    // bold header cells are bold spans: `inline` writes the emphasis where Markdown
    // reads it as such; a `|` of the text is escaped, the cell being one line
    let cells = |row: &[TableCell]| {
        row.iter()
            .map(|c| md_escape::in_cell(&inline(&c.spans(), false)))
            .collect::<Vec<_>>()
    };
    let _ = writeln!(out, "| {} |", cells(header).join(" | "));
    let body_align: Vec<CellAlign> = t
        .rows
        .get(1)
        .map(|r| r.iter().map(|c| c.align).collect())
        .unwrap_or_default();
    let rule: Vec<&str> = (0..header.len())
        .map(
            |i| match body_align.get(i).copied().unwrap_or(CellAlign::Left) {
                CellAlign::Left => ":---",
                CellAlign::Center => ":---:",
                CellAlign::Right => "---:",
            },
        )
        .collect();
    let _ = writeln!(out, "|{}|", rule.join("|"));
    for row in rows {
        let _ = writeln!(out, "| {} |", cells(row).join(" | "));
    }
}

fn html_table(t: &Table, out: &mut impl Write) {
    let _ = out.write_str("<table>\n");
    for (r, row) in t.rows.iter().enumerate() {
        if r == 0 && t.header_rows > 0 {
            let _ = out.write_str("<thead>\n");
        }
        if r == t.header_rows {
            let _ = out.write_str("<tbody>\n");
        }
        let _ = out.write_str("<tr>");
        let tag = if r < t.header_rows { "th" } else { "td" };
        for cell in row {
            let rows = match cell.merge() {
                Merge::Continue => continue,
                Merge::Restart(n) => n,
                Merge::None => 1,
            };
            let _ = write!(out, "<{tag}");
            if cell.span > 1 {
                let _ = write!(out, " colspan=\"{}\"", cell.span);
            }
            if rows > 1 {
                let _ = write!(out, " rowspan=\"{rows}\"");
            }
            let align = match cell.align {
                CellAlign::Left => "left",
                CellAlign::Center => "center",
                CellAlign::Right => "right",
            };
            let spans = cell.spans();
            let noted = spans.iter().any(|s| matches!(s, Span::FootnoteRef { .. }));
            if noted {
                // GFM reads Markdown, and so a footnote reference, only outside an HTML
                // block, which a blank line ends: the cell's text goes between blank
                // lines, as Markdown, so that its note is a real footnote
                let _ = write!(
                    out,
                    " align=\"{align}\">\n\n{}\n\n</{tag}>",
                    markdown_cell(&spans, r < t.header_rows)
                );
            } else {
                let _ = write!(
                    out,
                    " align=\"{align}\">{}</{tag}>",
                    html(&spans, r < t.header_rows)
                );
            }
        }
        let _ = out.write_str("</tr>\n");
        if r + 1 == t.header_rows {
            let _ = out.write_str("</thead>\n");
        }
    }
    if t.rows.len() > t.header_rows {
        let _ = out.write_str("</tbody>\n");
    }
    let _ = out.write_str("</table>\n");
}

/// The text of a cell with a footnote reference, as one Markdown paragraph (`[^n]` for
/// the reference); in header cells bold is the cell's own.
fn markdown_cell(spans: &[Span], header: bool) -> String {
    let spans: Vec<Span> = spans
        .iter()
        .map(|s| match s {
            Span::Text { text, bold, italic } => Span::Text {
                text: text.clone(),
                bold: *bold && !header,
                italic: *italic,
            },
            other => other.clone(),
        })
        .collect();
    md_escape::line_start(&inline(&spans, false))
}

/// Spans as HTML: text escaped, emphasis as `<strong>`/`<em>`. In header cells bold is
/// the cell's own. (A cell with a footnote reference is written as Markdown instead:
/// [`markdown_cell`].)
fn html(spans: &[Span], header: bool) -> String {
    let mut out = String::new();
    for span in spans {
        match span {
            Span::Text { text, bold, italic } => {
                let mut t = escape_html(text);
                if *italic {
                    t = format!("<em>{t}</em>");
                }
                if *bold && !header {
                    t = format!("<strong>{t}</strong>");
                }
                out.push_str(&t);
            }
            Span::FootnoteRef { number } => {
                let _ = write!(out, "<sup>{number}</sup>");
            }
        }
    }
    out
}

/// Text for HTML: `&`, `<`, `>`, `"` as entities, line breaks as spaces (a blank line
/// would end the HTML block), and Markdown's own characters escaped, since GFM reads
/// inline Markdown inside a table cell's HTML only around tags, not inside them.
fn escape_html(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\n' | '\r' | '\u{b}' => out.push(' '),
            _ => out.push(c),
        }
    }
    out
}
