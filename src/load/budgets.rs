//! The budgets of the files tables take rows from (`rows_from`), each decided before the
//! file is read further: a crafted workbook of a few kilobytes must not abort the run,
//! spin or take memory past them. The README's security section lists them.
//!
//! A workbook is a zip of XML parts, and calamine trusts what they declare: it reserves
//! room for the count of shared strings the part states, and for a shared formula's
//! index, before it has read them. So before calamine opens a workbook, every part is
//! inflated here once as a stream (nothing kept) under a byte cap, and those two numbers
//! are read from the XML and held to their budgets ([`check_workbook`]). The sheet is
//! then read a cell at a time (`calamine`'s cell reader), never as a grid sized by its
//! declared dimension, and a table from a file holds at most [`ROWS`] rows, [`COLUMNS`]
//! columns and [`CELLS`] cells.

use std::io::{Cursor, Read};

use quick_xml::events::Event;

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
/// of `<si>` (shared strings), `<f si>` (shared formulas). Stops quietly at the first
/// XML error, which calamine reports if the part is one it reads.
fn scan_xml(part: &mut impl Read) -> Result<(), Exceeded> {
    let mut xml = quick_xml::Reader::from_reader(std::io::BufReader::new(part));
    let mut buf = Vec::new();
    let mut strings = 0u64;
    loop {
        buf.clear();
        let e = match xml.read_event_into(&mut buf) {
            Ok(Event::Start(e) | Event::Empty(e)) => e,
            Ok(Event::Eof) | Err(_) => return Ok(()),
            Ok(_) => continue,
        };
        let number = |name: &str| -> Option<u64> {
            let a = e.try_get_attribute(name).ok()??;
            let v = a.value.trim().to_string();
            // a number too long for u64 is past every budget
            Some(v.parse::<u64>().unwrap_or(u64::MAX)).filter(|_| !v.is_empty())
        };
        match e.local_name().as_ref() {
            "sst" => {
                let declared = number("uniqueCount").max(number("count"));
                if let Some(count) = declared.filter(|&c| c > SHARED_STRINGS) {
                    return Err(Exceeded::SharedStrings { count });
                }
            }
            "si" => {
                strings += 1;
                if strings > SHARED_STRINGS {
                    return Err(Exceeded::SharedStrings { count: strings });
                }
            }
            "f" => {
                if let Some(index) = number("si").filter(|&i| i > SHARED_FORMULAS) {
                    return Err(Exceeded::SharedFormula { index });
                }
            }
            _ => {}
        }
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
