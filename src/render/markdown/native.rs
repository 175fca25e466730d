//! The built-in templates (`templates/*.md`) written out in Rust: the same Markdown, byte
//! for byte, without Tera. Tera copies the whole view into its own values before it
//! renders, which doubled the memory of a large report and took half the Markdown's time;
//! the built-in templates are fixed, so the build writes them directly and keeps Tera for
//! the templates of a folder. A test renders every example and hostile documents both
//! ways and compares (`tests/suite/markdown_structure.rs`); each function below names the
//! template it stands for.

use std::fmt::Write;
use std::io;

use super::tidy::Tidy;
use super::{BlockView, View};
use crate::document::{Block, Document, Role};

/// The Markdown of `doc`, tidy (as Tera's output is once `tidy_in_place` has passed over
/// it), from `view`, its view without blocks: each block's view is made as it is written.
pub(super) fn render(doc: &Document, view: &View) -> String {
    let mut out = Tidy::default();
    report(&mut out, view, doc);
    out.finish()
}

/// The same Markdown written into `writer` a piece at a time, never held whole.
pub(super) fn render_into(
    doc: &Document,
    view: &View,
    writer: &mut dyn io::Write,
) -> io::Result<()> {
    let mut out = Tidy::into_writer(writer);
    report(&mut out, view, doc);
    out.finish_writing()
}

/// A Tera `if` on an optional string: present and not empty.
fn truthy(s: &Option<String>) -> Option<&str> {
    s.as_deref().filter(|s| !s.is_empty())
}

/// report.md
fn report(out: &mut Tidy, md: &View, doc: &Document) {
    header(out, md);
    let _ = write!(out, "\n\n**{}**\n\n**{}**\n", md.doc_type, md.summary);
    match md.addressees.as_slice() {
        [] => {}
        [one] => {
            let _ = write!(out, "\n{} {one}\n", md.words.addressees);
        }
        lines => {
            let _ = write!(out, "\n{}\n", md.words.addressees);
            for line in lines {
                out.push('\n');
                out.push_str(line);
            }
            out.push('\n');
        }
    }
    out.push('\n');
    blocks(out, &doc.body);
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
    for (a, appendix) in md.appendices.iter().zip(&doc.appendices) {
        let _ = write!(out, "\n\n## {}\n", a.heading);
        if let Some(title) = truthy(&a.title) {
            let _ = write!(out, "\n**{title}**\n");
        }
        let _ = write!(out, "\n*{}*\n", a.reference);
        blocks(out, &appendix.body);
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
fn header(out: &mut Tidy, md: &View) {
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
fn blocks(out: &mut Tidy, blocks: &[Block]) {
    for b in blocks {
        if let Block::Table(t) = b {
            // written as it is made, not held as the block's text
            out.push('\n');
            super::table::write(t, out);
            out.push('\n');
            continue;
        }
        let b: BlockView = super::block(b);
        out.push('\n');
        let marker = truthy(&b.marker);
        let lead = |out: &mut Tidy| {
            if let Some(m) = marker {
                out.push_str(m);
                out.push(' ');
            }
        };
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
        out.push('\n');
    }
}

/// closing.md
fn closing(out: &mut Tidy, md: &View) {
    let _ = write!(out, "| ***{}***", md.words.recipients);
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
