//! Fuzz target (b): arbitrary but valid-by-construction documents (any Unicode text in
//! every field, any mix of blocks, footnotes numbered as layout numbers them, page setup
//! within the decree's ranges) through both renderers. Every XML part of the DOCX must be
//! well-formed and free of characters XML 1.0 forbids.

#![no_main]

use std::io::Read;
use std::sync::OnceLock;

use libfuzzer_sys::arbitrary::{Result, Unstructured};
use libfuzzer_sys::fuzz_target;
use report::document::*;
use report::model::CellAlign;
use report::nd30::HeaderSizes;

fn text(u: &mut Unstructured) -> Result<String> {
    u.arbitrary()
}

fn spans(u: &mut Unstructured, notes: usize, next_ref: &mut usize) -> Result<Vec<Span>> {
    let mut out = Vec::new();
    for _ in 0..u.int_in_range(0..=4)? {
        if *next_ref <= notes && u.ratio(1, 4)? {
            out.push(Span::FootnoteRef { number: *next_ref });
            *next_ref += 1;
        } else {
            out.push(Span::Text { text: text(u)?, bold: u.arbitrary()?, italic: u.arbitrary()? });
        }
    }
    Ok(out)
}

fn document(u: &mut Unstructured) -> Result<Document> {
    let notes = u.int_in_range(0..=3)?;
    let mut next_ref = 1;
    let roles = [Role::SectionHeading, Role::SectorHeading, Role::ModelHeading, Role::Paragraph, Role::Item, Role::Closing];
    let mut body = Vec::new();
    for _ in 0..u.int_in_range(0..=12)? {
        let role = *u.choose(&roles)?;
        let marker = if u.arbitrary()? { Some(text(u)?) } else { None };
        body.push(Block::Paragraph(Paragraph { role, marker, spans: spans(u, notes, &mut next_ref)? }));
    }
    // every footnote is referenced once, in order, as layout guarantees
    while next_ref <= notes {
        body.push(Block::Paragraph(Paragraph { role: Role::Paragraph, marker: None, spans: vec![Span::FootnoteRef { number: next_ref }] }));
        next_ref += 1;
    }
    let footnotes = (1..=notes)
        .map(|number| Ok(Footnote { number, spans: spans(u, 0, &mut 1)? }))
        .collect::<Result<Vec<_>>>()?;
    let lines = |u: &mut Unstructured| -> Result<Vec<String>> { (0..u.int_in_range(0..=3)?).map(|_| text(u)).collect() };
    let page = PageSetup {
        margins_mm: [
            u.int_in_range(20..=25)? as f64,
            u.int_in_range(20..=25)? as f64,
            u.int_in_range(30..=35)? as f64,
            u.int_in_range(15..=20)? as f64,
        ],
        body_size_pt: *u.choose(&[13.0, 14.0])?,
        header_sizes: *u.choose(&[HeaderSizes::Large, HeaderSizes::Small])?,
        first_line_indent_cm: *u.choose(&[1.0, 1.27])?,
        line_spacing: 1.0 + u.int_in_range(0..=50)? as f64 / 100.0,
        paragraph_spacing_pt: u.int_in_range(6..=24)? as f64,
        landscape: u.arbitrary()?,
        table_size_pt: *u.choose(&[12.0, 13.0, 14.0])?,
    };
    // a table of arbitrary text on a grid that fits, merged or not
    if u.arbitrary()? {
        let columns = u.int_in_range(1..=4)?;
        let mut rows = Vec::new();
        for r in 0..u.int_in_range(1..=4)? {
            let mut row = Vec::new();
            for c in 0..columns {
                row.push(TableCell {
                    column: c,
                    span: 1,
                    rows: 1,
                    align: *u.choose(&[CellAlign::Left, CellAlign::Center, CellAlign::Right])?,
                    bold: r == 0,
                    content: CellContent::Spans(spans(u, 0, &mut 1)?.into()),
                });
            }
            rows.push(row);
        }
        body.push(Block::Table(Box::new(Table {
            title: if u.arbitrary()? { Some(spans(u, 0, &mut 1)?) } else { None },
            unit: None,
            widths: (0..columns).map(|_| 1.0).collect(),
            header_rows: 1,
            rows,
        })));
    }
    Ok(Document {
        header: Header {
            parent_agency: lines(u)?,
            agency: lines(u)?,
            number: text(u)?,
            national_title: text(u)?,
            motto: text(u)?,
            place_date: text(u)?,
        },
        title: Title { doc_type: text(u)?, summary: text(u)? },
        addressees: lines(u)?,
        body,
        appendices: Vec::new(),
        footnotes,
        closing: Closing { recipients: lines(u)?, signer_lines: lines(u)?, signer_name: text(u)? },
        date: IsoDate { year: u.int_in_range(1900..=2100)?, month: u.int_in_range(1..=12)?, day: u.int_in_range(1..=28)? },
        page,
        created: text(u)?,
        marks: Default::default(),
        metadata: Default::default(),
        words: Default::default(),
    })
}

fn templates() -> &'static tera::Tera {
    static TERA: OnceLock<tera::Tera> = OnceLock::new();
    TERA.get_or_init(|| report::render::templates::load(None).expect("built-in templates"))
}

fn check_part(name: &str, xml: &str) {
    assert!(xml.chars().all(report::render::docx::xml::is_xml_char), "{name}: an XML-illegal character");
    let mut reader = quick_xml::Reader::from_str(xml);
    let mut depth = 0i64;
    loop {
        match reader.read_event() {
            Ok(quick_xml::events::Event::Eof) => break,
            Ok(quick_xml::events::Event::Start(_)) => depth += 1,
            Ok(quick_xml::events::Event::End(_)) => depth -= 1,
            Ok(_) => {}
            Err(e) => panic!("{name}: not well-formed: {e}"),
        }
    }
    assert_eq!(depth, 0, "{name}: unbalanced");
}

fuzz_target!(|data: &[u8]| {
    let mut u = Unstructured::new(data);
    let Ok(doc) = document(&mut u) else { return };
    let docx = report::render::docx::render(&doc);
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(docx)).expect("a zip");
    for i in 0..zip.len() {
        let mut part = zip.by_index(i).expect("a part");
        let name = part.name().unwrap_or_default().to_string();
        let mut xml = String::new();
        part.read_to_string(&mut xml).expect("UTF-8 part");
        check_part(&name, &xml);
    }
    let _ = report::render::markdown::render(&doc, templates());
});
