//! The built-in templates (`templates/*.md`) written out in Rust: the same Markdown, byte
//! for byte, without Tera. Tera copies the whole view into its own values before it
//! renders, which doubled the memory of a large report and took half the Markdown's time;
//! the built-in templates are fixed, so the build writes them directly and keeps Tera for
//! the templates of a folder. A test renders every example and hostile documents both
//! ways and compares (`tests/suite/markdown_structure.rs`); each function below names the
//! template it stands for.

use std::fmt::Write;

use super::{BlockView, View};
use crate::document::Role;

/// The Markdown of `view`, before `tidy` (as Tera's output is).
pub(super) fn render(view: &View) -> String {
    let mut out = String::with_capacity(estimate(view));
    report(&mut out, view);
    out
}

/// Bytes enough for the text of the view and the markup around it.
fn estimate(view: &View) -> usize {
    let blocks = |b: &[BlockView]| b.iter().map(|b| b.text.len() + 16).sum::<usize>();
    blocks(&view.blocks)
        + view
            .appendices
            .iter()
            .map(|a| blocks(&a.blocks) + 256)
            .sum::<usize>()
        + view
            .footnotes
            .iter()
            .map(|f| f.text.len() + 16)
            .sum::<usize>()
        + 4096
}

/// A Tera `if` on an optional string: present and not empty.
fn truthy(s: &Option<String>) -> Option<&str> {
    s.as_deref().filter(|s| !s.is_empty())
}

/// report.md
fn report(out: &mut String, md: &View) {
    header(out, md);
    let _ = write!(out, "\n\n**{}**\n\n**{}**\n", md.doc_type, md.summary);
    match md.addressees.as_slice() {
        [] => {}
        [one] => {
            let _ = write!(out, "\nKính gửi: {one}\n");
        }
        lines => {
            out.push_str("\nKính gửi:\n");
            for line in lines {
                out.push('\n');
                out.push_str(line);
            }
            out.push('\n');
        }
    }
    out.push('\n');
    blocks(out, &md.blocks);
    out.push('\n');
    closing(out, md);
    out.push('\n');
    if !md.marks.contact.is_empty() {
        out.push_str("\n---\n\n");
        for (i, line) in md.marks.contact.iter().enumerate() {
            out.push_str(line);
            out.push('\n');
            if i + 1 < md.marks.contact.len() {
                out.push('\n');
            }
        }
    }
    for a in &md.appendices {
        let _ = write!(out, "\n\n## {}\n", a.heading);
        if let Some(title) = truthy(&a.title) {
            let _ = write!(out, "\n**{title}**\n");
        }
        let _ = write!(out, "\n*{}*\n", a.reference);
        blocks(out, &a.blocks);
        out.push('\n');
    }
    out.push('\n');
    if !md.footnotes.is_empty() {
        out.push('\n');
        for f in &md.footnotes {
            let _ = writeln!(out, "[^{}]: {}", f.number, f.text);
        }
    }
    out.push('\n');
}

/// header.md
fn header(out: &mut String, md: &View) {
    if let Some(draft) = truthy(&md.marks.draft) {
        let _ = write!(out, "**{draft}**\n\n");
    }
    if let Some(circulation) = truthy(&md.marks.circulation) {
        let _ = write!(out, "**{circulation}**\n\n");
    }
    let h = &md.header;
    out.push_str("| ");
    for line in &h.parent_agency {
        out.push_str(line);
        out.push_str("<br>");
    }
    for (i, line) in h.agency.iter().enumerate() {
        let _ = write!(out, "**{line}**");
        if i + 1 < h.agency.len() {
            out.push_str("<br>");
        }
    }
    let _ = write!(
        out,
        " | **{}**<br>**{}** |\n|:---:|:---:|\n| {}",
        h.national_title, h.motto, h.number
    );
    if let Some(urgency) = truthy(&md.marks.urgency) {
        let _ = write!(out, "<br>**{urgency}**");
    }
    let _ = writeln!(out, " | *{}* |", h.place_date);
}

/// blocks.md
fn blocks(out: &mut String, blocks: &[BlockView]) {
    for b in blocks {
        out.push('\n');
        let marker = truthy(&b.marker);
        let lead = |out: &mut String| {
            if let Some(m) = marker {
                out.push_str(m);
                out.push(' ');
            }
        };
        if b.kind == "table" {
            out.push_str(&b.text);
        } else {
            match b.role {
                Some(Role::SectionHeading) => {
                    out.push_str("## ");
                    lead(out);
                }
                Some(Role::SectorHeading) => {
                    out.push_str("### ");
                    lead(out);
                }
                Some(Role::Item) => {
                    out.push_str(b.marker.as_deref().unwrap_or(""));
                    out.push(' ');
                }
                _ => lead(out),
            }
            out.push_str(&b.text);
        }
        out.push('\n');
    }
}

/// closing.md
fn closing(out: &mut String, md: &View) {
    out.push_str("| ***Nơi nhận:***");
    for line in &md.closing.recipients {
        out.push_str("<br>");
        out.push_str(line);
    }
    if let Some(typist) = truthy(&md.marks.typist) {
        out.push_str("<br>");
        out.push_str(typist);
    }
    out.push_str(" | ");
    for line in &md.closing.signer_lines {
        let _ = write!(out, "**{line}**<br>");
    }
    let _ = write!(
        out,
        "<br><br><br>**{}** |\n|:---|:---:|\n",
        md.closing.signer_name
    );
}
