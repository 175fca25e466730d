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
mod runs;
mod table;
pub mod xml;

use std::io::{Cursor, Seek, Write};

use zip::write::SimpleFileOptions;
use zip::{CompressionMethod, DateTime, ZipWriter};

use super::guarded::Guarded;
use crate::document::Document;
use xml::Xml;

/// Renders the document as the bytes of a DOCX package. The same document gives the
/// same bytes: parts in a fixed order, fixed ids, entries dated 1980-01-01.
/// `word/document.xml`, the part that grows with the report, is deflated as it is
/// written rather than held whole (15 MB of XML for a report of 10,000 models).
pub fn render(doc: &Document) -> Vec<u8> {
    // writing into memory cannot fail but for a bug in the zip crate
    render_into(doc, Cursor::new(Vec::new()))
        .expect("a package in memory")
        .into_inner()
}

/// Renders the document as a DOCX package into `out` (a long report's into its output's
/// temporary file, never held whole), the same bytes as [`render`]'s; the writer back,
/// or its first error.
pub fn render_into<W: Write + Seek>(doc: &Document, out: W) -> std::io::Result<W> {
    // a write error is kept by the package's writer, and the zip crate goes on
    let package = package(doc, Guarded::new(out)).map_err(|e| match e {
        zip::result::ZipError::Io(e) => e,
        e => std::io::Error::other(e),
    })?;
    package.finish()
}

fn package<W: Write + Seek>(doc: &Document, out: W) -> zip::result::ZipResult<W> {
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
    let mut package = Package::new(out);
    for (name, content) in &before {
        package.part(name, content)?;
    }
    package.streamed_part("word/document.xml", |x| body::document(x, doc, &g))?;
    for (name, content) in &after {
        package.part(name, content)?;
    }
    package.finish()
}

/// Deflate level of the package: the fastest. Measured on data/2021-04: the default
/// level 6 made a 12.2 KB package instead of 16.6 KB and took 0.3 ms of the 1.1 ms the
/// DOCX took to render; a report's parts are a few hundred kilobytes of XML at most.
const DEFLATE_LEVEL: i64 = 1;

/// The zip package being written into `W`: memory, or a long report's file.
struct Package<W: Write + Seek> {
    zip: ZipWriter<W>,
    options: SimpleFileOptions,
}

impl<W: Write + Seek> Package<W> {
    fn new(out: W) -> Package<W> {
        Package {
            zip: ZipWriter::new(out),
            options: SimpleFileOptions::default()
                .compression_method(CompressionMethod::Deflated)
                .compression_level(Some(DEFLATE_LEVEL))
                .last_modified_time(DateTime::default())
                // the host system is written into each entry: Unix on every host, so
                // that a DOCX made on Windows is byte for byte the one made here
                .system(zip::System::Unix)
                .unix_permissions(0o644),
        }
    }

    fn part(&mut self, name: &str, content: &str) -> zip::result::ZipResult<()> {
        self.zip.start_file(name, self.options)?;
        Ok(self.zip.write_all(content.as_bytes())?)
    }

    /// A part written by `write` into an [`Xml`] that streams into the entry.
    fn streamed_part(
        &mut self,
        name: &str,
        write: impl FnOnce(&mut Xml),
    ) -> zip::result::ZipResult<()> {
        self.zip.start_file(name, self.options)?;
        let mut x = Xml::streaming(&mut self.zip);
        write(&mut x);
        Ok(x.finish_into_sink()?)
    }

    fn finish(self) -> zip::result::ZipResult<W> {
        self.zip.finish()
    }
}

#[cfg(test)]
mod tests {
    use std::io::{Read, Seek};

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
        let mut at_once = Package::new(Cursor::new(Vec::new()));
        for (name, bytes) in &parts {
            at_once
                .part(name, std::str::from_utf8(bytes).unwrap())
                .unwrap();
        }
        let at_once = at_once.finish().unwrap().into_inner();
        assert!(at_once == package, "the deflated bytes differ");

        // into a file, as a long report's package is spooled: the same bytes
        let mut file = tempfile::tempfile().unwrap();
        render_into(&doc, &mut file).unwrap();
        let mut written = Vec::new();
        file.rewind().unwrap();
        file.read_to_end(&mut written).unwrap();
        assert!(
            written == package,
            "the package written into a file differs"
        );
    }

    /// A writer that takes `room` bytes, then fails.
    struct Full {
        room: usize,
        at: u64,
        written: usize,
    }

    impl Write for Full {
        fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
            if self.written + buf.len() > self.room {
                return Err(std::io::Error::other("đĩa đầy"));
            }
            self.written += buf.len();
            self.at += buf.len() as u64;
            Ok(buf.len())
        }
        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }

    impl Seek for Full {
        fn seek(&mut self, to: std::io::SeekFrom) -> std::io::Result<u64> {
            if let std::io::SeekFrom::Start(at) = to {
                self.at = at;
            }
            Ok(self.at)
        }
    }

    /// A package whose writer fails, at its start, in the streamed part or at its end,
    /// gives the writer's error, and no panic.
    #[test]
    fn a_package_into_a_failing_writer_gives_its_error() {
        let (doc, _) = crate::build::prepare(std::path::Path::new("data/2021-04"));
        let mut doc = doc.unwrap();
        let body = doc.body.clone();
        for _ in 0..40 {
            doc.body.extend(body.iter().cloned());
        }
        let len = render(&doc).len();
        for room in [0, 100, len / 2, len - 10] {
            let full = Full {
                room,
                at: 0,
                written: 0,
            };
            let e = render_into(&doc, full).err().expect("written whole");
            assert_eq!(e.to_string(), "đĩa đầy", "room {room}");
        }
    }
}
