//! `word/document.xml`: the header table, type and summary, addressees, the body
//! paragraphs and tables with their footnote references, the closing table, the
//! appendices each in a section of its own, and the section properties (A4, margins,
//! page-number headers from page 2, numbering restarted in each appendix).

use super::geometry::{Geometry, text_width};
use super::ooxml::*;
use super::parts::*;
use super::runs::spans;
use super::xml::Xml;
use crate::document::{Appendix, Block, Document, Paragraph, Role, Span, Words};
use crate::nd30::*;

/// `word/document.xml`, written into `x` (streaming into the package, see
/// [`super::render`]).
pub fn document(x: &mut Xml, doc: &Document, g: &Geometry) {
    x.open("w:document", &[("xmlns:w", NS_W), ("xmlns:r", NS_R)]);
    x.open("w:body", &[]);
    header_table(x, doc, g);
    title(x, doc, g);
    addressees(x, &doc.addressees, &doc.words, g);
    blocks(x, &doc.body, g.text_width, g, true);
    closing_table(x, doc, g);
    let footers = !doc.marks.contact.lines().is_empty();
    let mut section = Section::Main;
    for appendix in &doc.appendices {
        section_break(x, g, section, footers);
        self::appendix(x, appendix, doc, g);
        section = Section::Appendix {
            landscape: appendix.landscape,
        };
    }
    section_properties(x, g, section, footers);
}

/// Blocks of a section whose text is `width` twips wide. Two tables in a row are kept
/// apart by an empty paragraph, or Word would join them.
fn blocks(x: &mut Xml, blocks: &[Block], width: u32, g: &Geometry, first: bool) {
    let mut after_table = false;
    for (i, block) in blocks.iter().enumerate() {
        match block {
            Block::Paragraph(p) => {
                body_paragraph(x, p, first && i == 0);
                after_table = false;
            }
            Block::Table(t) => {
                if after_table {
                    paragraph(x, &centred(0), &RunProps::default(), "");
                }
                super::table::table(x, t, width, g.size_table);
                after_table = true;
            }
        }
    }
}

/// An appendix: "Phụ lục I" 14 pt bold, the title in capitals, the "(Kèm theo …)" line
/// in italics, all centred (Phụ lục I §III.1), then its blocks.
fn appendix(x: &mut Xml, a: &Appendix, doc: &Document, g: &Geometry) {
    let heading = RunProps::sized(SIZE_APPENDIX_HEADING).bold();
    let keep = |before| ParaProps {
        keep_next: true,
        ..centred(before)
    };
    paragraph(x, &keep(0), &heading, &a.heading);
    if let Some(title) = &a.title {
        paragraph(x, &keep(0), &RunProps::sized(g.size_title).bold(), title);
    }
    paragraph(
        x,
        &keep(0),
        &RunProps::sized(g.size_title).italic(),
        &a.reference,
    );
    let width = doc.page.text_width_on(a.landscape);
    blocks(x, &a.body, width, g, true);
}

/// Centred one-line paragraph for table cells and the title block.
fn centred(before: u32) -> ParaProps {
    ParaProps {
        before: Some(before),
        ..ParaProps::styled(STYLE_PLAIN)
    }
}

fn header_table(x: &mut Xml, doc: &Document, g: &Geometry) {
    let h = &doc.header;
    open_table(x, &[g.header_left, g.header_right]);
    open_row(x, true);
    open_cell(x, g.header_left);
    for parent in &h.parent_agency {
        paragraph(x, &centred(0), &RunProps::sized(SIZE_AGENCY), parent);
    }
    let agency_props = RunProps::sized(SIZE_AGENCY).bold();
    for line in &h.agency {
        paragraph(x, &centred(0), &agency_props, line);
    }
    let widest = h
        .agency
        .iter()
        .map(|l| text_width(l, SIZE_AGENCY))
        .max()
        .unwrap_or(0);
    rule(x, g.header_left, short_rule(widest));
    x.close(); // tc
    open_cell(x, g.header_right);
    paragraph(
        x,
        &centred(0),
        &RunProps::sized(g.size_national_title).bold(),
        &h.national_title,
    );
    paragraph(
        x,
        &centred(0),
        &RunProps::sized(g.size_motto).bold(),
        &h.motto,
    );
    rule(x, g.header_right, text_width(&h.motto, g.size_motto));
    x.close(); // tc
    x.close(); // tr
    open_row(x, true);
    open_cell(x, g.header_left);
    paragraph(
        x,
        &centred(BLOCK_SPACE_BEFORE),
        &RunProps::sized(SIZE_NUMBER),
        &h.number,
    );
    if let Some(urgency) = doc.marks.urgency {
        urgency_stamp(x, urgency, g.header_left);
    }
    x.close();
    open_cell(x, g.header_right);
    paragraph(
        x,
        &centred(BLOCK_SPACE_BEFORE),
        &RunProps::sized(g.size_place_date).italic(),
        &h.place_date,
    );
    x.close();
    x.close(); // tr
    x.close(); // tbl
}

/// The urgency stamp under the number (ô 10b): bold capitals in a single-line frame of
/// the decree's width, centred in the left column (§III.2.b).
fn urgency_stamp(x: &mut Xml, urgency: crate::marks::Urgency, column: u32) {
    let text = urgency.text();
    let decree = URGENCY_FRAME_MM
        .iter()
        .find(|(t, _)| *t == text)
        .map(|(_, w)| *w);
    let frame = stamp_frame(text, decree).min(column);
    // the side lines are drawn this far outside the indents
    let out = pt(MARK_FRAME_SIDE_SPACE_PT as f64).min(frame / 4);
    let side = (column - frame) / 2 + out;
    let props = ParaProps {
        frame: true,
        sides: Some((side, column - frame + 2 * out - side)),
        ..centred(URGENCY_SPACE_BEFORE)
    };
    paragraph(x, &props, &RunProps::sized(SIZE_MARK_STAMP).bold(), text);
}

/// "BÁO CÁO", the summary and its short rule. A summary longer than a line is set in
/// lines of even length (side indents), not one full line and a stray word.
fn title(x: &mut Xml, doc: &Document, g: &Geometry) {
    let props = RunProps::sized(g.size_title).bold();
    let type_para = ParaProps {
        keep_next: true,
        ..centred(TITLE_SPACE_BEFORE)
    };
    paragraph(x, &type_para, &props, &doc.title.doc_type);
    let (line, sides) = balanced_lines(text_width(&doc.title.summary, g.size_title), g.text_width);
    let summary_para = ParaProps {
        keep_next: true,
        sides,
        ..centred(0)
    };
    paragraph(x, &summary_para, &props, &doc.title.summary);
    rule(x, g.text_width, short_rule(line));
}

/// For text `width` twips wide: the length of its longest line, and the side indents
/// that make its lines even when it needs more than one.
fn balanced_lines(width: u32, text_width: u32) -> (u32, Option<(u32, u32)>) {
    let lines = width.div_ceil(text_width).max(1);
    if lines == 1 {
        return (width, None);
    }
    let line = (width / lines * BALANCE_SLACK_PERCENT / 100).min(text_width);
    let side = (text_width - line) / 2;
    (line, Some((side, side)))
}

/// "Kính gửi: X." centred, or "Kính gửi:" with the list under it, dashes under the colon.
fn addressees(x: &mut Xml, lines: &[String], doc_words: &Words, g: &Geometry) {
    let props = RunProps::sized(g.size_title);
    match lines {
        [] => {}
        [one] => paragraph(
            x,
            &centred(ADDRESSEE_SPACE_BEFORE),
            &props,
            &format!("{} {one}", doc_words.addressees),
        ),
        many => {
            let label = doc_words.addressees;
            let indent = g.text_width / 5;
            let label_para = ParaProps {
                sides: Some((indent, 0)),
                align: Some(Align::Left),
                ..centred(ADDRESSEE_SPACE_BEFORE)
            };
            paragraph(x, &label_para, &props, label);
            let list_para = ParaProps {
                sides: Some((indent + text_width(label, g.size_title), 0)),
                align: Some(Align::Left),
                ..centred(0)
            };
            for line in many {
                paragraph(x, &list_para, &props, line);
            }
        }
    }
}

fn body_paragraph(x: &mut Xml, block: &Paragraph, first: bool) {
    let props = ParaProps {
        keep_next: matches!(
            block.role,
            Role::SectionHeading | Role::SectorHeading | Role::ModelHeading | Role::Closing
        ),
        before: first.then_some(BODY_START_SPACE),
        ..ParaProps::default()
    };
    x.open("w:p", &[]);
    props.write(x);
    if let Some(marker) = &block.marker {
        let (bold, italic) = match block.spans.first() {
            Some(Span::Text { bold, italic, .. }) => (*bold, *italic),
            _ => (false, false),
        };
        let style = RunProps {
            bold,
            italic,
            ..RunProps::default()
        };
        run(x, &style, &format!("{marker} "));
    }
    spans(x, &block.spans, None);
    x.close();
}

/// Recipients on the left, authority, title, room to sign and the name on the right,
/// in one row that does not split across pages.
fn closing_table(x: &mut Xml, doc: &Document, g: &Geometry) {
    let c = &doc.closing;
    open_table(x, &[g.closing_left, g.closing_right]);
    open_row(x, true);
    open_cell(x, g.closing_left);
    let left = |before| ParaProps {
        align: Some(Align::Left),
        keep_next: true,
        ..centred(before)
    };
    let heading = RunProps::sized(SIZE_RECIPIENTS_HEADING).bold().italic();
    paragraph(x, &left(BLOCK_SPACE_BEFORE), &heading, doc.words.recipients);
    for line in &c.recipients {
        paragraph(x, &left(0), &RunProps::sized(SIZE_RECIPIENTS), line);
    }
    if let Some(typist) = &doc.marks.typist {
        // ô 12: on its own line at the foot of the recipients, 11 pt (§III.3)
        paragraph(x, &left(0), &RunProps::sized(SIZE_TYPIST), &typist.text());
    }
    x.close();
    open_cell(x, g.closing_right);
    let signer = RunProps::sized(g.size_title).bold();
    for (i, line) in c.signer_lines.iter().enumerate() {
        let before = if i == 0 { BLOCK_SPACE_BEFORE } else { 0 };
        paragraph(x, &centred(before), &signer, line);
    }
    for _ in 0..SIGNATURE_LINES {
        paragraph(x, &centred(0), &RunProps::sized(g.size_title), "");
    }
    paragraph(x, &centred(0), &signer, &c.signer_name);
    x.close();
    x.close(); // tr
    x.close(); // tbl
}

/// The sections of the document: the report itself, then one per appendix.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Section {
    Main,
    Appendix { landscape: bool },
}

/// Ends `section` with a paragraph that carries its properties (the next section starts
/// on a new page); the paragraph is one point high.
fn section_break(x: &mut Xml, g: &Geometry, section: Section, footers: bool) {
    x.open("w:p", &[]);
    x.open("w:pPr", &[]);
    x.empty(
        "w:spacing",
        &[
            ("w:before", "0"),
            ("w:after", "0"),
            ("w:line", "20"),
            ("w:lineRule", "exact"),
        ],
    );
    RunProps::sized(RULE_FONT_SIZE).write(x);
    section_properties(x, g, section, footers);
    x.close();
    x.close();
}

fn section_properties(x: &mut Xml, g: &Geometry, section: Section, footers: bool) {
    x.open("w:sectPr", &[]);
    x.empty(
        "w:headerReference",
        &[("w:type", "default"), ("r:id", RID_HEADER_DEFAULT)],
    );
    let landscape = match section {
        Section::Main => {
            x.empty(
                "w:headerReference",
                &[("w:type", "first"), ("r:id", RID_HEADER_FIRST)],
            );
            if footers {
                // the contact block on page 1 only (§III.4)
                x.empty(
                    "w:footerReference",
                    &[("w:type", "first"), ("r:id", RID_FOOTER_FIRST)],
                );
            }
            g.landscape
        }
        Section::Appendix { landscape } => {
            if footers {
                // an appendix never inherits the contact block
                x.empty(
                    "w:footerReference",
                    &[("w:type", "first"), ("r:id", RID_FOOTER_EMPTY)],
                );
            }
            x.empty("w:type", &[("w:val", "nextPage")]);
            landscape
        }
    };
    let (w, h) = if landscape {
        (PAGE_HEIGHT, PAGE_WIDTH)
    } else {
        (PAGE_WIDTH, PAGE_HEIGHT)
    };
    let (w, h) = (w.to_string(), h.to_string());
    let mut size = vec![("w:w", w.as_str()), ("w:h", h.as_str())];
    if landscape {
        size.push(("w:orient", "landscape"));
    }
    x.empty("w:pgSz", &size);
    let [top, bottom, left, right] = g.margins;
    let margins = [
        ("w:top", top),
        ("w:right", right),
        ("w:bottom", bottom),
        ("w:left", left),
        ("w:header", mm(HEADER_DISTANCE_MM)),
        ("w:footer", mm(HEADER_DISTANCE_MM)),
        ("w:gutter", 0),
    ];
    let values: Vec<String> = margins.iter().map(|(_, v)| v.to_string()).collect();
    let attrs: Vec<(&str, &str)> = margins
        .iter()
        .zip(&values)
        .map(|((k, _), v)| (*k, v.as_str()))
        .collect();
    x.empty("w:pgMar", &attrs);
    if section != Section::Main {
        // each appendix is numbered from 1 (§III.1.đ)
        x.empty("w:pgNumType", &[("w:start", "1")]);
    }
    x.empty("w:cols", &[("w:space", "720")]);
    if section == Section::Main {
        x.empty("w:titlePg", &[]);
    }
    x.close();
}

/// A rule centred in a container `container` twips wide, `length` twips long.
fn rule(x: &mut Xml, container: u32, length: u32) {
    let length = length.min(container);
    let side = (container - length) / 2;
    let props = ParaProps {
        rule: true,
        sides: Some((side, container - length - side)),
        line: Some(Line::Exact(RULE_LINE)),
        mark: RunProps::sized(RULE_FONT_SIZE),
        ..centred(0)
    };
    paragraph(x, &props, &RunProps::default(), "");
}

/// The length of a short rule under a line `width` twips long (§II.2.b, §II.5.b).
fn short_rule(width: u32) -> u32 {
    ((width as f64 * SHORT_RULE_FRACTION) as u32).max(mm(SHORT_RULE_MIN_MM))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn widths_match_measured_lines() {
        let mm = |tw: u32| tw as f64 / TWIPS_PER_MM;
        let agency = mm(text_width("ỦY BAN NHÂN DÂN", 26));
        assert!((41.0..46.0).contains(&agency), "{agency}");
        let motto = mm(text_width("Độc lập - Tự do - Hạnh phúc", 28));
        assert!((57.0..63.0).contains(&motto), "{motto}");
    }

    #[test]
    fn long_summaries_get_even_lines() {
        let w = 9355;
        assert_eq!(balanced_lines(w / 2, w), (w / 2, None));
        let (line, sides) = balanced_lines(w * 3 / 2, w);
        assert!(line < w && line > w * 3 / 4, "{line}");
        let (l, r) = sides.unwrap();
        assert_eq!(l, r);
        assert!(l + r + line <= w);
    }

    #[test]
    fn short_rules_are_a_third_to_a_half() {
        let w = text_width("THÀNH PHỐ SA ĐÉC", 26);
        let r = short_rule(w);
        assert!(r * 3 >= w && r * 2 <= w, "{r} of {w}");
    }
}
