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
use xml::Xml;

/// Renders the document as the bytes of a DOCX package. The same document gives the
/// same bytes: parts in a fixed order, fixed ids, entries dated 1980-01-01.
/// `word/document.xml`, the part that grows with the report, is deflated as it is
/// written rather than held whole (15 MB of XML for a report of 10,000 models).
pub fn render(doc: &Document) -> Vec<u8> {
    let creator = doc.header.agency.join(" ");
    let notes = !doc.footnotes.is_empty();
    let g = geometry::Geometry::new(&doc.page);
    let contact = doc.marks.contact.lines();
    let footers = !contact.is_empty();
    let before = [
        ("[Content_Types].xml", parts::content_types(notes, footers)),
        ("_rels/.rels", parts::package_rels()),
        (
            "docProps/core.xml",
            parts::core(&doc.title.summary, &creator, &doc.created),
        ),
        ("docProps/app.xml", parts::app()),
    ];
    let mut after: Vec<(&str, String)> = vec![
        (
            "word/_rels/document.xml.rels",
            parts::document_rels(notes, footers),
        ),
        ("word/styles.xml", parts::styles(&g)),
        ("word/settings.xml", parts::settings(notes)),
    ];
    if notes {
        after.push(("word/footnotes.xml", footnotes::footnotes(&doc.footnotes)));
    }
    after.push(("word/header1.xml", parts::header_with_page_number(&g)));
    let first_header = if doc.marks.in_page_header() {
        parts::header_marks(&doc.marks, &g)
    } else {
        parts::header_empty()
    };
    after.push(("word/header2.xml", first_header));
    if footers {
        after.push(("word/footer1.xml", parts::footer_contact(&contact)));
        after.push(("word/footer2.xml", parts::footer_empty()));
    }
    let mut package = Package::new();
    for (name, content) in &before {
        package.part(name, content);
    }
    package.streamed_part("word/document.xml", |x| body::document(x, doc, &g));
    for (name, content) in &after {
        package.part(name, content);
    }
    package.finish()
}

/// Deflate level of the package: the fastest. Measured on data/2021-04: the default
/// level 6 made a 12.2 KB package instead of 16.6 KB and took 0.3 ms of the 1.1 ms the
/// DOCX took to render; a report's parts are a few hundred kilobytes of XML at most.
const DEFLATE_LEVEL: i64 = 1;

/// The zip package being written, in memory. Writing to memory cannot fail but for a
/// bug in the zip crate.
struct Package {
    zip: ZipWriter<Cursor<Vec<u8>>>,
    options: SimpleFileOptions,
}

impl Package {
    fn new() -> Package {
        Package {
            zip: ZipWriter::new(Cursor::new(Vec::new())),
            options: SimpleFileOptions::default()
                .compression_method(CompressionMethod::Deflated)
                .compression_level(Some(DEFLATE_LEVEL))
                .last_modified_time(DateTime::default())
                .unix_permissions(0o644),
        }
    }

    fn part(&mut self, name: &str, content: &str) {
        self.zip
            .start_file(name, self.options)
            .expect("zip entry in memory");
        self.zip
            .write_all(content.as_bytes())
            .expect("zip write in memory");
    }

    /// A part written by `write` into an [`Xml`] that streams into the entry.
    fn streamed_part(&mut self, name: &str, write: impl FnOnce(&mut Xml)) {
        self.zip
            .start_file(name, self.options)
            .expect("zip entry in memory");
        let mut x = Xml::streaming(&mut self.zip);
        write(&mut x);
        x.finish_into_sink();
    }

    fn finish(self) -> Vec<u8> {
        self.zip
            .finish()
            .expect("zip finish in memory")
            .into_inner()
    }
}

#[cfg(test)]
mod tests {
    use std::io::Read;

    use super::*;

    /// The entries of a package, by name, inflated.
    fn entries(package: &[u8]) -> Vec<(String, Vec<u8>)> {
        let mut zip = zip::ZipArchive::new(Cursor::new(package)).unwrap();
        (0..zip.len())
            .map(|i| {
                let mut entry = zip.by_index(i).unwrap();
                let mut bytes = Vec::new();
                entry.read_to_end(&mut bytes).unwrap();
                (entry.name().unwrap().to_string(), bytes)
            })
            .collect()
    }

    /// Streaming `word/document.xml` into the package changes nothing: the part is the
    /// one written whole, and the package the one its parts give written at once, on a
    /// document of several megabytes (the seed's body many times over, so that the part
    /// is passed on in many pieces, some ending inside a Vietnamese character).
    #[test]
    fn a_streamed_document_is_the_document_written_at_once() {
        let (doc, _) = crate::build::prepare(std::path::Path::new("data/2021-04"));
        let mut doc = doc.unwrap();
        let body = doc.body.clone();
        for _ in 0..120 {
            doc.body.extend(body.iter().cloned());
        }
        let package = render(&doc);

        let g = geometry::Geometry::new(&doc.page);
        let mut whole = Xml::new();
        body::document(&mut whole, &doc, &g);
        let whole = whole.finish();
        assert!(whole.len() > 3_000_000, "{}", whole.len());

        let parts = entries(&package);
        let document = parts.iter().find(|(n, _)| n == "word/document.xml");
        assert!(
            document.is_some_and(|(_, bytes)| bytes == whole.as_bytes()),
            "the streamed part differs from the part written whole"
        );
        let mut at_once = Package::new();
        for (name, bytes) in &parts {
            at_once.part(name, std::str::from_utf8(bytes).unwrap());
        }
        assert!(at_once.finish() == package, "the deflated bytes differ");
    }
}
