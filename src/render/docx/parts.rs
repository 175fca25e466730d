//! The package's fixed parts: content types, relationships, styles, settings, the page
//! headers, document properties. Their content depends only on the document, never on
//! the clock or the machine.

use super::geometry::Geometry;
use super::ooxml::{
    Align, Line, ParaProps, RunProps, open_cell, open_row, open_table, paragraph, run,
};
use super::xml::Xml;
use crate::marks::Marks;
use crate::nd30::*;

pub const NS_W: &str = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
pub const NS_R: &str = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const NS_PKG_REL: &str = "http://schemas.openxmlformats.org/package/2006/relationships";
const REL: &str = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/// Relationship ids of document.xml.
pub const RID_STYLES: &str = "rId1";
pub const RID_SETTINGS: &str = "rId2";
pub const RID_FOOTNOTES: &str = "rId3";
pub const RID_HEADER_DEFAULT: &str = "rId4";
pub const RID_HEADER_FIRST: &str = "rId5";
/// The first-page footer of the report's own section (the contact block), and the empty
/// first-page footer of the appendices' sections; only when there is a contact block.
pub const RID_FOOTER_FIRST: &str = "rId6";
pub const RID_FOOTER_EMPTY: &str = "rId7";

/// Style ids.
pub const STYLE_NORMAL: &str = "Normal";
pub const STYLE_PLAIN: &str = "Plain";
pub const STYLE_FOOTNOTE_TEXT: &str = "FootnoteText";
pub const STYLE_FOOTNOTE_REF: &str = "FootnoteReference";
pub const STYLE_HEADER: &str = "Header";

/// `with_footnotes`: whether the package has a footnotes part (only when there are notes);
/// `with_footers`: whether it has the footers of the contact block.
pub fn content_types(with_footnotes: bool, with_footers: bool) -> String {
    const WML: &str = "application/vnd.openxmlformats-officedocument.wordprocessingml";
    let mut x = Xml::new();
    x.open(
        "Types",
        &[(
            "xmlns",
            "http://schemas.openxmlformats.org/package/2006/content-types",
        )],
    );
    x.empty(
        "Default",
        &[
            ("Extension", "rels"),
            (
                "ContentType",
                "application/vnd.openxmlformats-package.relationships+xml",
            ),
        ],
    );
    x.empty(
        "Default",
        &[("Extension", "xml"), ("ContentType", "application/xml")],
    );
    let overrides = [
        ("/word/document.xml", format!("{WML}.document.main+xml")),
        ("/word/styles.xml", format!("{WML}.styles+xml")),
        ("/word/settings.xml", format!("{WML}.settings+xml")),
        ("/word/footnotes.xml", format!("{WML}.footnotes+xml")),
        ("/word/header1.xml", format!("{WML}.header+xml")),
        ("/word/header2.xml", format!("{WML}.header+xml")),
        ("/word/footer1.xml", format!("{WML}.footer+xml")),
        ("/word/footer2.xml", format!("{WML}.footer+xml")),
        (
            "/docProps/core.xml",
            "application/vnd.openxmlformats-package.core-properties+xml".into(),
        ),
        (
            "/docProps/app.xml",
            "application/vnd.openxmlformats-officedocument.extended-properties+xml".into(),
        ),
    ];
    for (part, kind) in &overrides {
        if *part == "/word/footnotes.xml" && !with_footnotes {
            continue;
        }
        if part.starts_with("/word/footer") && !with_footers {
            continue;
        }
        x.empty("Override", &[("PartName", part), ("ContentType", kind)]);
    }
    x.finish()
}

pub fn package_rels() -> String {
    let mut x = Xml::new();
    x.open("Relationships", &[("xmlns", NS_PKG_REL)]);
    let rels = [
        ("rId1", format!("{REL}/officeDocument"), "word/document.xml"),
        (
            "rId2",
            "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties"
                .into(),
            "docProps/core.xml",
        ),
        (
            "rId3",
            format!("{REL}/extended-properties"),
            "docProps/app.xml",
        ),
    ];
    for (id, kind, target) in &rels {
        x.empty(
            "Relationship",
            &[("Id", id), ("Type", kind), ("Target", target)],
        );
    }
    x.finish()
}

pub fn document_rels(with_footnotes: bool, with_footers: bool) -> String {
    let mut x = Xml::new();
    x.open("Relationships", &[("xmlns", NS_PKG_REL)]);
    let rels = [
        (RID_STYLES, "styles", "styles.xml"),
        (RID_SETTINGS, "settings", "settings.xml"),
        (RID_FOOTNOTES, "footnotes", "footnotes.xml"),
        (RID_HEADER_DEFAULT, "header", "header1.xml"),
        (RID_HEADER_FIRST, "header", "header2.xml"),
        (RID_FOOTER_FIRST, "footer", "footer1.xml"),
        (RID_FOOTER_EMPTY, "footer", "footer2.xml"),
    ];
    for (id, kind, target) in rels {
        if id == RID_FOOTNOTES && !with_footnotes {
            continue;
        }
        if kind == "footer" && !with_footers {
            continue;
        }
        x.empty(
            "Relationship",
            &[
                ("Id", id),
                ("Type", &format!("{REL}/{kind}")),
                ("Target", target),
            ],
        );
    }
    x.finish()
}

/// Styles: Times New Roman and vi-VN on everything through the document defaults; the
/// body paragraph (Normal); a plain paragraph for table cells; footnote text and mark;
/// the page header.
pub fn styles(g: &Geometry) -> String {
    let mut x = Xml::new();
    x.open("w:styles", &[("xmlns:w", NS_W)]);
    x.open("w:docDefaults", &[]);
    x.open("w:rPrDefault", &[]).open("w:rPr", &[]);
    x.empty(
        "w:rFonts",
        &[
            ("w:ascii", FONT),
            ("w:hAnsi", FONT),
            ("w:eastAsia", FONT),
            ("w:cs", FONT),
        ],
    );
    let body = g.size_body.to_string();
    x.empty("w:sz", &[("w:val", &body)])
        .empty("w:szCs", &[("w:val", &body)]);
    x.empty(
        "w:lang",
        &[
            ("w:val", LANGUAGE),
            ("w:eastAsia", LANGUAGE),
            ("w:bidi", "ar-SA"),
        ],
    );
    x.close().close();
    x.open("w:pPrDefault", &[]);
    ParaProps {
        after: Some(0),
        line: Some(Line::Auto(240)),
        ..ParaProps::default()
    }
    .write(&mut x);
    x.close();
    x.close();

    let normal = ParaProps {
        before: Some(g.space_before),
        after: Some(0),
        line: Some(Line::Auto(g.line)),
        first_line: Some(g.first_line),
        align: Some(Align::Both),
        ..ParaProps::default()
    };
    paragraph_style(
        &mut x,
        STYLE_NORMAL,
        "Normal",
        None,
        &normal,
        &RunProps::default(),
        true,
    );
    let plain = ParaProps {
        before: Some(0),
        first_line: Some(0),
        align: Some(Align::Center),
        ..ParaProps::default()
    };
    paragraph_style(
        &mut x,
        STYLE_PLAIN,
        "Plain",
        Some(STYLE_NORMAL),
        &plain,
        &RunProps::default(),
        false,
    );
    let note = ParaProps {
        before: Some(0),
        line: Some(Line::Auto(240)),
        first_line: Some(0),
        align: Some(Align::Both),
        ..ParaProps::default()
    };
    paragraph_style(
        &mut x,
        STYLE_FOOTNOTE_TEXT,
        "footnote text",
        Some(STYLE_NORMAL),
        &note,
        &RunProps::sized(SIZE_FOOTNOTE),
        false,
    );
    let header = ParaProps {
        before: Some(0),
        line: Some(Line::Auto(240)),
        first_line: Some(0),
        align: Some(Align::Center),
        ..ParaProps::default()
    };
    paragraph_style(
        &mut x,
        STYLE_HEADER,
        "header",
        Some(STYLE_NORMAL),
        &header,
        &RunProps::sized(g.size_body),
        false,
    );
    x.open(
        "w:style",
        &[("w:type", "character"), ("w:styleId", STYLE_FOOTNOTE_REF)],
    );
    x.empty("w:name", &[("w:val", "footnote reference")]);
    x.open("w:rPr", &[])
        .empty("w:vertAlign", &[("w:val", "superscript")])
        .close();
    x.close();
    x.finish()
}

fn paragraph_style(
    x: &mut Xml,
    id: &'static str,
    name: &str,
    based_on: Option<&str>,
    ppr: &ParaProps,
    rpr: &RunProps,
    default: bool,
) {
    let mut attrs = vec![("w:type", "paragraph")];
    if default {
        attrs.push(("w:default", "1"));
    }
    attrs.push(("w:styleId", id));
    x.open("w:style", &attrs);
    x.empty("w:name", &[("w:val", name)]);
    if let Some(base) = based_on {
        x.empty("w:basedOn", &[("w:val", base)]);
    }
    x.empty("w:qFormat", &[]);
    ppr.write(x);
    rpr.write(x);
    x.close();
}

/// Settings: the separator footnotes, Vietnamese number separators, Word 2013+ mode.
pub fn settings(with_footnotes: bool) -> String {
    let mut x = Xml::new();
    x.open("w:settings", &[("xmlns:w", NS_W)]);
    x.empty("w:defaultTabStop", &[("w:val", "720")]);
    x.empty("w:characterSpacingControl", &[("w:val", "doNotCompress")]);
    if with_footnotes {
        x.open("w:footnotePr", &[]);
        x.empty("w:footnote", &[("w:id", "-1")]);
        x.empty("w:footnote", &[("w:id", "0")]);
        x.close();
    }
    x.open("w:compat", &[]);
    x.empty(
        "w:compatSetting",
        &[
            ("w:name", "compatibilityMode"),
            ("w:uri", "http://schemas.microsoft.com/office/word"),
            ("w:val", "15"),
        ],
    );
    x.close();
    x.empty("w:themeFontLang", &[("w:val", LANGUAGE)]);
    x.empty("w:decimalSymbol", &[("w:val", ",")]);
    x.empty("w:listSeparator", &[("w:val", ";")]);
    x.finish()
}

/// The header of pages 2 onwards: the page number, centred (§I.7).
pub fn header_with_page_number(g: &Geometry) -> String {
    let mut x = Xml::new();
    x.open("w:hdr", &[("xmlns:w", NS_W)]);
    x.open("w:p", &[]);
    ParaProps::styled(STYLE_HEADER).write(&mut x);
    let props = RunProps::sized(g.size_body);
    field_char(&mut x, &props, "begin");
    x.open("w:r", &[]);
    props.write(&mut x);
    x.leaf("w:instrText", &[("xml:space", "preserve")], " PAGE ");
    x.close();
    field_char(&mut x, &props, "separate");
    run(&mut x, &props, "2");
    field_char(&mut x, &props, "end");
    x.finish()
}

fn field_char(x: &mut Xml, props: &RunProps, kind: &str) {
    x.open("w:r", &[]);
    props.write(x);
    x.empty("w:fldChar", &[("w:fldCharType", kind)]);
    x.close();
}

/// The header of page 1: empty (no page number on the first page).
pub fn header_empty() -> String {
    let mut x = Xml::new();
    x.open("w:hdr", &[("xmlns:w", NS_W)]);
    paragraph(
        &mut x,
        &ParaProps::styled(STYLE_HEADER),
        &RunProps::default(),
        "",
    );
    x.finish()
}

/// Core properties, dated from the report's own date (never the clock).
pub fn core(title: &str, creator: &str, date: &str) -> String {
    let mut x = Xml::new();
    x.open(
        "cp:coreProperties",
        &[
            (
                "xmlns:cp",
                "http://schemas.openxmlformats.org/package/2006/metadata/core-properties",
            ),
            ("xmlns:dc", "http://purl.org/dc/elements/1.1/"),
            ("xmlns:dcterms", "http://purl.org/dc/terms/"),
            ("xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance"),
        ],
    );
    x.leaf("dc:title", &[], title);
    x.leaf("dc:creator", &[], creator);
    x.leaf("dc:language", &[], LANGUAGE);
    x.leaf("dcterms:created", &[("xsi:type", "dcterms:W3CDTF")], date);
    x.leaf("dcterms:modified", &[("xsi:type", "dcterms:W3CDTF")], date);
    x.finish()
}

pub fn app() -> String {
    let mut x = Xml::new();
    x.open(
        "Properties",
        &[(
            "xmlns",
            "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties",
        )],
    );
    x.leaf(
        "Application",
        &[],
        concat!("report ", env!("CARGO_PKG_VERSION")),
    );
    x.finish()
}

/// The header of page 1 with marks: one borderless row, the draft mark on the left (top
/// of page 1), the circulation note framed on the right, above the national title
/// (§III.2.c; format-nd30 §16). A one-point paragraph closes the header (a header ends
/// with a paragraph) so that the header stays within the top margin.
pub fn header_marks(marks: &Marks, g: &Geometry) -> String {
    let mut x = Xml::new();
    x.open("w:hdr", &[("xmlns:w", NS_W)]);
    let frame = marks
        .circulation
        .map(|c| stamp_frame(c.text(), None))
        .unwrap_or(0)
        .min(g.text_width / 2);
    let left = g.text_width - frame;
    let mut widths = vec![left];
    if frame > 0 {
        widths.push(frame);
    }
    open_table(&mut x, &widths);
    open_row(&mut x, true);
    open_cell(&mut x, left);
    let draft = ParaProps {
        align: Some(Align::Left),
        ..ParaProps::styled(STYLE_HEADER)
    };
    let text = marks.draft_text().unwrap_or_default();
    paragraph(&mut x, &draft, &RunProps::sized(SIZE_DRAFT).bold(), &text);
    x.close(); // tc
    if let Some(c) = marks.circulation {
        open_cell(&mut x, frame);
        let stamp = ParaProps {
            frame: true,
            sides: Some((MARK_FRAME_INDENT, MARK_FRAME_INDENT)),
            align: Some(Align::Right),
            ..ParaProps::styled(STYLE_HEADER)
        };
        paragraph(
            &mut x,
            &stamp,
            &RunProps::sized(SIZE_MARK_STAMP).bold(),
            c.text(),
        );
        x.close(); // tc
    }
    x.close(); // tr
    x.close(); // tbl
    tiny_paragraph(&mut x);
    x.finish()
}

/// A paragraph one point high.
fn tiny_paragraph(x: &mut Xml) {
    let props = ParaProps {
        line: Some(Line::Exact(20)),
        mark: RunProps::sized(RULE_FONT_SIZE),
        ..ParaProps::styled(STYLE_HEADER)
    };
    paragraph(x, &props, &RunProps::default(), "");
}

/// The width of a stamp's frame, twips: the decree's size for the urgency stamps
/// (`decree_mm`), never less than the text and its padding.
pub fn stamp_frame(text: &str, decree_mm: Option<f64>) -> u32 {
    let needed = super::geometry::text_width(text, SIZE_MARK_STAMP) + 2 * mm(MARK_FRAME_PADDING_MM);
    needed.max(decree_mm.map(mm).unwrap_or(0))
}

/// The first-page footer of the report's section: the contact block, 11 pt upright,
/// under a rule across the whole text width (§III.4). Page 1 only: the section sets
/// `titlePg`, and no other page shows this footer.
pub fn footer_contact(lines: &[String]) -> String {
    let mut x = Xml::new();
    x.open("w:ftr", &[("xmlns:w", NS_W)]);
    for (i, line) in lines.iter().enumerate() {
        let props = ParaProps {
            top_rule: i == 0,
            ..ParaProps::styled(STYLE_HEADER)
        };
        paragraph(&mut x, &props, &RunProps::sized(SIZE_CONTACT), line);
    }
    x.finish()
}

/// An empty footer: the first-page footer of the appendices' sections, so that none of
/// them inherits the contact block.
pub fn footer_empty() -> String {
    let mut x = Xml::new();
    x.open("w:ftr", &[("xmlns:w", NS_W)]);
    paragraph(
        &mut x,
        &ParaProps::styled(STYLE_HEADER),
        &RunProps::default(),
        "",
    );
    x.finish()
}
