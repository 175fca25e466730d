//! The DOCX renderer: a small typed OOXML writer over quick-xml (escaping) and zip
//! (deflate, fixed timestamps), for one fixed, regulated layout. docx-rs was set aside:
//! its footnotes lack `<w:footnoteRef/>` and separators, its property children are out
//! of schema order, its ids are process-global and it lets XML-illegal characters
//! through (see the README).

mod body;
mod footnotes;
mod geometry;
mod ooxml;
mod parts;
mod table;
pub mod xml;

use std::io::{Cursor, Write};

use zip::write::SimpleFileOptions;
use zip::{CompressionMethod, DateTime, ZipWriter};

use crate::document::Document;

/// Renders the document as the bytes of a DOCX package. The same document gives the
/// same bytes: parts in a fixed order, fixed ids, entries dated 1980-01-01.
pub fn render(doc: &Document) -> Vec<u8> {
    let creator = doc.header.agency.join(" ");
    let notes = !doc.footnotes.is_empty();
    let g = geometry::Geometry::new(&doc.page);
    let contact = doc.marks.contact.lines();
    let footers = !contact.is_empty();
    let mut parts: Vec<(&str, String)> = vec![
        ("[Content_Types].xml", parts::content_types(notes, footers)),
        ("_rels/.rels", parts::package_rels()),
        (
            "docProps/core.xml",
            parts::core(&doc.title.summary, &creator, &doc.created),
        ),
        ("docProps/app.xml", parts::app()),
        ("word/document.xml", body::document(doc, &g)),
        (
            "word/_rels/document.xml.rels",
            parts::document_rels(notes, footers),
        ),
        ("word/styles.xml", parts::styles(&g)),
        ("word/settings.xml", parts::settings(notes)),
    ];
    if notes {
        parts.push(("word/footnotes.xml", footnotes::footnotes(&doc.footnotes)));
    }
    parts.push(("word/header1.xml", parts::header_with_page_number(&g)));
    let first_header = if doc.marks.in_page_header() {
        parts::header_marks(&doc.marks, &g)
    } else {
        parts::header_empty()
    };
    parts.push(("word/header2.xml", first_header));
    if footers {
        parts.push(("word/footer1.xml", parts::footer_contact(&contact)));
        parts.push(("word/footer2.xml", parts::footer_empty()));
    }
    package(&parts)
}

/// Deflate level of the package: the fastest. Measured on data/2021-04: the default
/// level 6 made a 12.2 KB package instead of 16.6 KB and took 0.3 ms of the 1.1 ms the
/// DOCX took to render; a report's parts are a few hundred kilobytes of XML at most.
const DEFLATE_LEVEL: i64 = 1;

fn package(parts: &[(&str, String)]) -> Vec<u8> {
    let options = SimpleFileOptions::default()
        .compression_method(CompressionMethod::Deflated)
        .compression_level(Some(DEFLATE_LEVEL))
        .last_modified_time(DateTime::default())
        .unix_permissions(0o644);
    let mut zip = ZipWriter::new(Cursor::new(Vec::new()));
    for (name, content) in parts {
        // Writing to memory cannot fail but for a bug in the zip crate.
        zip.start_file(*name, options).expect("zip entry in memory");
        zip.write_all(content.as_bytes())
            .expect("zip write in memory");
    }
    zip.finish().expect("zip finish in memory").into_inner()
}
