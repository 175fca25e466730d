//! The budgets of the files tables take rows from (`rows_from`), each decided before the
//! file is read further: a crafted workbook of a few kilobytes must not abort the run,
//! spin or take memory past them. The README's security section lists them.
//!
//! A workbook is a zip of XML parts, and calamine trusts what they declare: it reserves
//! room for the count of shared strings the part states, and for a shared formula's
//! index, before it has read them. So before calamine opens a workbook, every part is
//! inflated here once as a stream (nothing kept) under a byte cap, and those two numbers
//! are read from the XML's tags and held to their budgets ([`check_workbook`]). The sheet is
//! then read a cell at a time (`calamine`'s cell reader), never as a grid sized by its
//! declared dimension, and a table from a file holds at most [`ROWS`] rows, [`COLUMNS`]
//! columns and [`CELLS`] cells.

use std::io::{BufRead, Cursor, Read};

/// The most bytes one part of a workbook may inflate to (a sheet of 100,000 rows of ten
/// numbers is about 40 MiB of XML).
pub const PART_BYTES: u64 = 64 << 20;
/// The most bytes all the parts of a workbook may inflate to together.
pub const WORKBOOK_BYTES: u64 = 256 << 20;
/// The most shared strings a workbook may declare or hold.
pub const SHARED_STRINGS: u64 = 1_000_000;
/// The highest index of a shared formula (`<f t="shared" si="…">`).
pub const SHARED_FORMULAS: u64 = 100_000;
/// The most rows a table takes from one file (a Word table of 100,000 rows is about
/// 2,500 pages).
pub const ROWS: usize = 100_000;
/// The most columns a table takes from a file: the width of a sheet's cells or of its
/// `range`, or a CSV record's fields.
pub const COLUMNS: usize = 100;
/// The most cells (rows × columns) a table takes from one file.
pub const CELLS: usize = 500_000;

/// A budget a file goes past.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Exceeded {
    /// A part of the workbook inflates past [`PART_BYTES`].
    PartBytes { part: String },
    /// The parts together inflate past [`WORKBOOK_BYTES`].
    WorkbookBytes,
    /// The shared strings, declared or held, are more than [`SHARED_STRINGS`].
    SharedStrings { count: u64 },
    /// A shared formula's index is past [`SHARED_FORMULAS`].
    SharedFormula { index: u64 },
    /// The table would be wider than [`COLUMNS`].
    Columns { found: u64 },
    /// The table would take more than [`ROWS`] rows.
    Rows,
    /// The table would take more than [`CELLS`] cells.
    Cells { found: u64 },
}

/// Inflates every part of the workbook `bytes` as a stream under the byte budgets, and
/// reads from its XML the counts calamine would trust. A zip that cannot be read is left
/// for calamine to report.
pub fn check_workbook(bytes: &[u8]) -> Result<(), Exceeded> {
    let Ok(mut zip) = zip::ZipArchive::new(Cursor::new(bytes)) else {
        return Ok(());
    };
    let mut total = 0u64;
    for i in 0..zip.len() {
        let Ok(part) = zip.by_index(i) else {
            continue;
        };
        let name = part.name().map(|n| n.into_owned()).unwrap_or_default();
        let mut capped = Counted {
            inner: part.take(PART_BYTES + 1),
            read: 0,
        };
        if name.ends_with(".xml") || name.ends_with(".rels") {
            scan_xml(&mut capped)?;
        }
        // the rest of the part, and all of one that is not XML
        let _ = std::io::copy(&mut capped, &mut std::io::sink());
        if capped.read > PART_BYTES {
            return Err(Exceeded::PartBytes { part: name });
        }
        total += capped.read;
        if total > WORKBOOK_BYTES {
            return Err(Exceeded::WorkbookBytes);
        }
    }
    Ok(())
}

/// A reader that counts what it gives.
struct Counted<R> {
    inner: R,
    read: u64,
}

impl<R: Read> Read for Counted<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.read += n as u64;
        Ok(n)
    }
}

/// Reads an XML part for the numbers calamine trusts: `<sst uniqueCount>` and the count
/// of `<si>` (shared strings), `<f si>` (shared formulas). Only tags are looked at, each
/// up to [`TAG_BYTES`], and text is skipped as it streams by: an XML reader would gather
/// a text whole, and a part of 64 MiB of blank space would be 64 MiB in memory. What is
/// not well-formed is left for calamine to report.
fn scan_xml(part: &mut impl Read) -> Result<(), Exceeded> {
    let mut part = std::io::BufReader::with_capacity(64 * 1024, part);
    let mut tag = Vec::new();
    let mut strings = 0u64;
    loop {
        // the text up to the next tag, let go of as it is read
        loop {
            let Ok(buf) = part.fill_buf() else {
                return Ok(());
            };
            if buf.is_empty() {
                return Ok(());
            }
            match buf.iter().position(|&b| b == b'<') {
                Some(i) => {
                    part.consume(i + 1);
                    break;
                }
                None => {
                    let n = buf.len();
                    part.consume(n);
                }
            }
        }
        tag.clear();
        if part
            .by_ref()
            .take(TAG_BYTES)
            .read_until(b'>', &mut tag)
            .is_err()
        {
            return Ok(());
        }
        let (name, attributes) = split_tag(&tag);
        match name {
            b"sst" => {
                let declared =
                    attribute(attributes, b"uniqueCount").max(attribute(attributes, b"count"));
                if let Some(count) = declared.filter(|&c| c > SHARED_STRINGS) {
                    return Err(Exceeded::SharedStrings { count });
                }
            }
            b"si" => {
                strings += 1;
                if strings > SHARED_STRINGS {
                    return Err(Exceeded::SharedStrings { count: strings });
                }
            }
            b"f" => {
                if let Some(index) = attribute(attributes, b"si").filter(|&i| i > SHARED_FORMULAS) {
                    return Err(Exceeded::SharedFormula { index });
                }
            }
            _ => {}
        }
    }
}

/// The most bytes of one tag looked at (its name and attributes).
const TAG_BYTES: u64 = 4096;

/// A tag's local name (without its prefix) and the bytes of its attributes.
fn split_tag(tag: &[u8]) -> (&[u8], &[u8]) {
    let end = tag
        .iter()
        .position(|b| b.is_ascii_whitespace() || matches!(b, b'/' | b'>'))
        .unwrap_or(tag.len());
    let name = &tag[..end];
    let local = name.rsplit(|&b| b == b':').next().unwrap_or(name);
    (local, &tag[end..])
}

/// The number attribute `name` holds among `attributes` (`a="1" b='2'`), if it is
/// there; a number too long for u64 is past every budget.
fn attribute(mut attributes: &[u8], name: &[u8]) -> Option<u64> {
    loop {
        let start = attributes.iter().position(|b| !b.is_ascii_whitespace())?;
        attributes = &attributes[start..];
        let eq = attributes.iter().position(|&b| b == b'=')?;
        let key = attributes[..eq].trim_ascii();
        let rest = attributes[eq + 1..].trim_ascii_start();
        let quote = *rest.first()?;
        if quote != b'"' && quote != b'\'' {
            return None;
        }
        let close = rest[1..].iter().position(|&b| b == quote)?;
        let value = rest[1..1 + close].trim_ascii();
        if key == name {
            let digits = std::str::from_utf8(value).ok()?;
            return (!digits.is_empty()).then(|| digits.parse::<u64>().unwrap_or(u64::MAX));
        }
        attributes = &rest[close + 2..];
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn scan(xml: &str) -> Result<(), Exceeded> {
        scan_xml(&mut xml.as_bytes())
    }

    #[test]
    fn declared_counts_past_their_budgets() {
        assert_eq!(
            scan(r#"<sst xmlns="x" count="5" uniqueCount="9999999999999"><si><t>a</t></si></sst>"#),
            Err(Exceeded::SharedStrings {
                count: 9_999_999_999_999
            })
        );
        assert_eq!(
            scan(r#"<sst uniqueCount="99999999999999999999999"/>"#),
            Err(Exceeded::SharedStrings { count: u64::MAX })
        );
        assert_eq!(scan(r#"<sst count="1000000" uniqueCount="3"/>"#), Ok(()));
        assert_eq!(
            scan(
                r#"<sheetData><row><c r="A1"><f t="shared" si="4000000000" ref="A1:A2">1</f></c></row></sheetData>"#
            ),
            Err(Exceeded::SharedFormula {
                index: 4_000_000_000
            })
        );
        assert_eq!(scan(r#"<c><f t="shared" si="100000"/></c>"#), Ok(()));
        assert_eq!(
            scan(r#"<c><f si="100001"/></c>"#),
            Err(Exceeded::SharedFormula { index: 100_001 })
        );
    }

    #[test]
    fn attributes_in_any_quotes_and_spacing() {
        let at = |tag: &str, name: &str| attribute(split_tag(tag.as_bytes()).1, name.as_bytes());
        assert_eq!(
            at("x:sst a='1'\n uniqueCount = \" 12 \">", "uniqueCount"),
            Some(12)
        );
        assert_eq!(at("sst uniqueCount=\"12\" count=\"3\"/>", "count"), Some(3));
        assert_eq!(at("sst xcount=\"12\">", "count"), None);
        assert_eq!(at("f si=\"\">", "si"), None);
        assert_eq!(at("f si=\"-1\">", "si"), Some(u64::MAX));
        assert_eq!(split_tag(b"x:sst a='1'>").0, b"sst");
        assert_eq!(split_tag(b"si/>").0, b"si");
    }

    /// Text is skipped as it streams by: a run of blank space longer than any buffer,
    /// then a tag past the budget.
    #[test]
    fn text_between_tags_is_skipped() {
        let xml = format!("<c>{}</c><f si=\"100001\"/>", " ".repeat(1 << 20));
        assert_eq!(scan(&xml), Err(Exceeded::SharedFormula { index: 100_001 }));
    }

    #[test]
    fn shared_strings_counted_as_held() {
        let many = "<si/>".repeat(SHARED_STRINGS as usize);
        assert_eq!(scan(&format!("<sst>{many}</sst>")), Ok(()));
        assert_eq!(
            scan(&format!("<sst>{many}<si><t>x</t></si></sst>")),
            Err(Exceeded::SharedStrings {
                count: SHARED_STRINGS + 1
            })
        );
    }
}
