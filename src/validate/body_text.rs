//! The paragraphs of body text that the style observations and the checks of the prose's
//! numbers read, in reading order: found, and those checks run (on two threads on a long
//! report), before the report is checked, which may let go of each sector file as it
//! goes.
//!
//! The order is the one in which the check of the report meets them: the sectors, the
//! appendices, then report.yaml's opening, sections, difficulties, proposals and closing
//! (`validate::tests::the_body_text_is_what_the_check_reads`; the corpus pins the
//! warnings these checks give, each at its place).

use crate::load::files::{BlockFile, ModelFile, SectorFile, StructuredBlock};
use crate::load::{LoadedReport, Text};
use crate::source::FileId;

/// The paragraphs of body text of a report, in reading order.
pub(super) fn body_text<'a>(
    loaded: &'a LoadedReport,
    sectors: &'a [(FileId, SectorFile)],
) -> Vec<(FileId, &'a Text)> {
    let mut out = Vec::new();
    for (file, s) in sectors {
        sector(*file, s, &mut out);
    }
    for (file, a) in &loaded.appendices {
        blocks(*file, &a.body, &mut out);
    }
    let (file, f) = (loaded.report_file, &loaded.report);
    blocks(file, &f.opening, &mut out);
    for s in &f.sections {
        blocks(file, &s.body, &mut out);
    }
    out.extend(f.difficulties.iter().map(|t| (file, t)));
    out.extend(f.proposals.iter().map(|t| (file, t)));
    out.push((file, &f.closing));
    out
}

fn sector<'a>(file: FileId, s: &'a SectorFile, out: &mut Vec<(FileId, &'a Text)>) {
    out.extend(s.lead.iter().map(|t| (file, t)));
    blocks(file, &s.intro, out);
    for m in &s.models {
        model(file, m, out);
    }
    blocks(file, &s.after, out);
    out.extend(s.difficulties.iter().map(|t| (file, t)));
    out.extend(s.proposals.iter().map(|t| (file, t)));
}

fn model<'a>(file: FileId, m: &'a ModelFile, out: &mut Vec<(FileId, &'a Text)>) {
    blocks(file, &m.body.value, out);
}

/// A paragraph, the items of a numbered list, the title of a table that has columns.
fn blocks<'a>(file: FileId, blocks: &'a [BlockFile], out: &mut Vec<(FileId, &'a Text)>) {
    for block in blocks {
        match block {
            BlockFile::Paragraph(text) => out.push((file, text)),
            BlockFile::Structured(b, _) => match &**b {
                StructuredBlock {
                    numbered: Some(items),
                    table: None,
                    ..
                } => out.extend(items.iter().map(|t| (file, t))),
                StructuredBlock {
                    numbered: None,
                    table: Some(table),
                    ..
                } if !table.columns.value.is_empty() => {
                    out.extend(table.title.iter().map(|t| (file, t)))
                }
                _ => {}
            },
        }
    }
}
