//! Blocks, tables and appendices: each block kind from the data to the document; a
//! table's grid as the DOCX and the Markdown write it, read back by a parser; rows from
//! CSV and XLSX; appendices numbered, in sections of their own, referred to by name; the
//! new example's parts pinned by snapshots.

use std::collections::BTreeMap;
use std::fs;

use quick_xml::Reader;
use quick_xml::events::Event;
use report::document::{Block, Document, Merge, Role, Table};

use super::support::*;

/// Every table of a document, body then appendices.
pub fn tables(doc: &Document) -> Vec<&Table> {
    doc.body
        .iter()
        .chain(doc.appendices.iter().flat_map(|a| &a.body))
        .filter_map(|b| match b {
            Block::Table(t) => Some(&**t),
            Block::Paragraph(_) => None,
        })
        .collect()
}

/// A table's rows as text, `|` between cells, `^` for a cell merged from above.
fn grid_text(t: &Table) -> Vec<String> {
    t.rows
        .iter()
        .map(|row| {
            row.iter()
                .map(|c| match c.merge() {
                    Merge::Continue => "^".to_string(),
                    _ if c.span > 1 => format!("{}<{}>", texts(&c.spans()), c.span),
                    _ => texts(&c.spans()),
                })
                .collect::<Vec<_>>()
                .join("|")
        })
        .collect()
}

const TABLE_SECTOR: &str = r#"title: "Lĩnh vực thử:"
intro:
  - "Thu ngân sách như sau:"
  - table:
      title: Thu ngân sách
      unit: "Đơn vị tính: triệu đồng"
      columns:
        - {width: 1, align: center}
        - {width: 4}
        - {width: 2, decimals: 1}
        - {width: 2, decimals: 1}
      header:
        - [{text: STT, rows: 2}, {text: Nội dung, rows: 2}, {text: Năm 2025, cols: 2}]
        - [Dự toán, Thực hiện]
      rows:
        - [1, "Thu thuế, phí", 2150, "2.386,5"]
        - [2, "Thu khác[^ghi-chu]", 350.25, 412.3]
        - [3, Chưa có số liệu, "-", ""]
      total:
        label: Tổng cộng
        columns: [3, 4]
      footnotes:
        ghi-chu: Gồm thu phạt vi phạm hành chính.
models:
  - body:
      - Mô hình một.
"#;

#[test]
fn a_table_with_merged_headers_numbers_and_a_total() {
    let dir = DataDir::new(REPORT, &[("01.yaml", TABLE_SECTOR)]);
    let doc = document(&dir.path());
    let t = tables(&doc)[0];
    assert_eq!(t.header_rows, 2);
    assert_eq!(texts(t.title.as_ref().unwrap()), "Thu ngân sách");
    assert_eq!(texts(t.unit.as_ref().unwrap()), "Đơn vị tính: triệu đồng");
    assert_eq!(
        grid_text(t),
        [
            "STT|Nội dung|Năm 2025<2>",
            "^|^|Dự toán|Thực hiện",
            "1|Thu thuế, phí|2.150,0|2.386,5",
            "2|Thu khác[1]|350,3|412,3",
            "3|Chưa có số liệu|-|",
            "Tổng cộng<2>|2.500,3|2.798,8",
        ]
    );
    // header cells bold and centred, the total row bold, numbers right-aligned
    assert!(t.rows[0].iter().all(|c| c.bold));
    assert!(t.rows[5].iter().all(|c| c.bold));
    assert_eq!(t.rows[2][2].align, report::model::CellAlign::Right);
    assert_eq!(t.rows[2][0].align, report::model::CellAlign::Center);
    assert_eq!(t.rows[0][0].merge(), Merge::Restart(2));
    assert_eq!(doc.footnotes.len(), 1, "a footnote in a cell is numbered");
}

#[test]
fn numbered_lists_take_their_style_from_numbering() {
    let report = REPORT.replace(
        "    include: sectors\n",
        "    body:\n      - numbered: [Ý thứ nhất, Ý thứ hai]\n    include: sectors\n",
    );
    for (style, markers) in [("", ["a)", "b)"]), ("1.", ["1.", "2."]), ("-", ["-", "-"])] {
        let report = if style.is_empty() {
            report.clone()
        } else {
            format!("{report}numbering:\n  items: \"{style}\"\n")
        };
        let dir = DataDir::new(&report, &[("01.yaml", SECTOR)]);
        let doc = document(&dir.path());
        let items: Vec<(Role, String)> = doc
            .paragraphs()
            .filter(|p| texts(&p.spans).starts_with("Ý thứ"))
            .map(|p| (p.role, p.marker.clone().unwrap_or_default()))
            .collect();
        assert_eq!(
            items,
            [
                (Role::Item, markers[0].into()),
                (Role::Item, markers[1].into())
            ],
            "numbering.items {style:?}"
        );
    }
}

#[test]
fn report_level_difficulties_come_before_the_sectors() {
    let report =
        format!("{REPORT}difficulties:\n  - Khó khăn chung.\nproposals:\n  - Đề xuất chung.\n");
    let dir = DataDir::new(&report, &[("01.yaml", SECTOR)]);
    let doc = document(&dir.path());
    let items: Vec<String> = doc
        .paragraphs()
        .filter(|p| p.role == Role::Item)
        .map(|p| texts(&p.spans))
        .collect();
    assert_eq!(items, ["Khó khăn chung.", "Khó khăn một."]);
}

#[test]
fn parent_agency_as_lines() {
    let report = REPORT.replace(
        "agency:\n",
        "agency:\n  parent:\n    - ỦY BAN NHÂN DÂN\n    - TỈNH ĐỒNG THÁP\n",
    );
    let dir = DataDir::new(&report, &[("01.yaml", SECTOR)]);
    let doc = document(&dir.path());
    assert_eq!(
        doc.header.parent_agency,
        ["ỦY BAN NHÂN DÂN", "TỈNH ĐỒNG THÁP"]
    );
    let xml = &unzip(&report::render::docx::render(&doc))["word/document.xml"];
    let first = xml.find("ỦY BAN NHÂN DÂN").unwrap();
    assert!(
        xml[first..].contains("TỈNH ĐỒNG THÁP"),
        "two paragraphs, in order"
    );
}

/// A data folder with appendices `(file name, text)`.
fn with_appendices(sector: &str, appendices: &[(&str, &str)]) -> DataDir {
    let dir = DataDir::new(REPORT, &[("01.yaml", sector)]);
    let folder = dir.path().join("appendices");
    fs::create_dir_all(&folder).unwrap();
    for (name, text) in appendices {
        fs::write(folder.join(name), text).unwrap();
    }
    dir
}

const REFERRING_SECTOR: &str =
    "title: \"T:\"\nmodels:\n  - body:\n      - \"Xem [Phụ lục: ngan-sach] và [Phụ lục:ap].\"\n";

#[test]
fn appendices_are_numbered_and_referred_to_by_name() {
    let dir = with_appendices(
        REFERRING_SECTOR,
        &[
            (
                "01-ngan-sach.yaml",
                "title: Ngân sách\nbody:\n  - Nội dung một.\n",
            ),
            (
                "02-ap.yaml",
                "orientation: landscape\nbody:\n  - Nội dung hai.\n",
            ),
        ],
    );
    let doc = document(&dir.path());
    let said: Vec<String> = doc.paragraphs().map(|p| texts(&p.spans)).collect();
    assert!(
        said.contains(&"Xem Phụ lục I và Phụ lục II.".to_string()),
        "{said:?}"
    );
    let heads: Vec<(&str, Option<&str>, bool)> = doc
        .appendices
        .iter()
        .map(|a| (a.heading.as_str(), a.title.as_deref(), a.landscape))
        .collect();
    assert_eq!(
        heads,
        [
            ("Phụ lục I", Some("NGÂN SÁCH"), false),
            ("Phụ lục II", None, true)
        ]
    );
    assert_eq!(
        doc.appendices[0].reference,
        "(Kèm theo Báo cáo số 07/BC-UBND ngày 05 tháng 3 năm 2024 của Ủy ban nhân dân thành phố Thử)"
    );
    // one section per appendix: the report's, then each appendix's, numbered from 1
    let xml = &unzip(&report::render::docx::render(&doc))["word/document.xml"];
    assert_eq!(xml.matches("<w:sectPr>").count(), 3);
    assert_eq!(xml.matches(r#"<w:pgNumType w:start="1"/>"#).count(), 2);
    assert_eq!(
        xml.matches(r#"<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/>"#)
            .count(),
        1
    );
    assert!(
        xml.ends_with("</w:sectPr></w:body></w:document>"),
        "the last section closes the body"
    );
}

#[test]
fn a_single_appendix_is_phu_luc_without_a_numeral() {
    let sector = "title: \"T:\"\nmodels:\n  - body:\n      - \"Xem [Phụ lục: ngan-sach].\"\n";
    let dir = with_appendices(sector, &[("01-ngan-sach.yaml", "body:\n  - Một.\n")]);
    let doc = document(&dir.path());
    assert_eq!(doc.appendices[0].heading, "Phụ lục");
    assert!(doc.paragraphs().any(|p| texts(&p.spans) == "Xem Phụ lục."));
}

#[test]
fn a_blank_number_leaves_dots_in_the_reference_line() {
    let report = REPORT.replace("number: \"07\"", "number: \"\"");
    let dir = DataDir::new(&report, &[("01.yaml", REFERRING_SECTOR)]);
    let folder = dir.path().join("appendices");
    fs::create_dir_all(&folder).unwrap();
    fs::write(folder.join("01-ngan-sach.yaml"), "body:\n  - Một.\n").unwrap();
    fs::write(folder.join("02-ap.yaml"), "body:\n  - Hai.\n").unwrap();
    let doc = document(&dir.path());
    assert!(
        doc.appendices[1]
            .reference
            .starts_with("(Kèm theo Báo cáo số ....../BC-UBND ngày 05 tháng 3 năm 2024"),
        "{}",
        doc.appendices[1].reference
    );
}

#[test]
fn running_names_of_agencies() {
    let name = |lines: &[&str]| {
        report::validate::running_name(&lines.iter().map(|s| s.to_string()).collect::<Vec<_>>())
    };
    assert_eq!(
        name(&["ỦY BAN NHÂN DÂN", "XÃ TÂN PHÚ ĐÔNG"]),
        "Ủy ban nhân dân xã Tân Phú Đông"
    );
    assert_eq!(
        name(&["ỦY BAN NHÂN DÂN", "TỈNH ĐỒNG THÁP"]),
        "Ủy ban nhân dân tỉnh Đồng Tháp"
    );
    assert_eq!(
        name(&["ỦY BAN NHÂN DÂN", "THÀNH PHỐ HỒ CHÍ MINH"]),
        "Ủy ban nhân dân thành phố Hồ Chí Minh"
    );
    assert_eq!(
        name(&["ỦY BAN NHÂN DÂN", "PHƯỜNG SA ĐÉC"]),
        "Ủy ban nhân dân phường Sa Đéc"
    );
}

#[test]
fn rows_from_csv_and_xlsx_of_the_example() {
    let doc = document(&root().join("examples/xa-tan-phu-dong-2025"));
    let t = tables(&doc);
    assert_eq!(t.len(), 3);
    let xlsx = grid_text(t[1]);
    assert_eq!(
        xlsx.len(),
        2 + 6 + 1,
        "two header rows, six hamlets, the total"
    );
    assert_eq!(xlsx[2], "1|Ấp Tân Hòa|812|3.105|18|11|25|96,2|520|3.588");
    assert_eq!(xlsx[8], "Toàn xã<2>|4.026|15.382|96|61|125||2.845|19.631");
    let csv = grid_text(t[2]);
    assert_eq!(
        csv.len(),
        1 + 30 + 1,
        "a header row, thirty works, the total"
    );
    assert_eq!(
        csv[6],
        "6|Hệ thống nước sạch liên ấp Phú Thạnh; Tân Hòa|Ấp Phú Thạnh|1.422|1.251,4|Đang thi công"
    );
    assert_eq!(csv[31], "Tổng cộng<3>|50.505|45.312,0|");
}

/// Every data table of a DOCX's document part, read back with an XML parser: per row,
/// the grid columns each cell covers and its vMerge; plus the number of `gridCol`s and
/// which rows repeat as headers.
pub struct DocxTable {
    columns: usize,
    rows: Vec<Vec<(usize, Option<String>)>>,
    header: Vec<bool>,
}

pub fn docx_tables(xml: &str) -> Vec<DocxTable> {
    let mut reader = Reader::from_str(xml);
    let mut out: Vec<DocxTable> = Vec::new();
    let mut depth = 0;
    let mut borders_single = false;
    loop {
        match reader.read_event().unwrap() {
            Event::Eof => break,
            Event::Start(e) if e.name().as_ref() == "w:tbl" => {
                depth += 1;
                borders_single = false;
                out.push(DocxTable {
                    columns: 0,
                    rows: Vec::new(),
                    header: Vec::new(),
                });
            }
            Event::End(e) if e.name().as_ref() == "w:tbl" => {
                depth -= 1;
                // layout tables (header, closing) have no borders: not data tables
                if !borders_single {
                    out.pop();
                }
            }
            Event::Empty(e) if depth > 0 => {
                let t = out.last_mut().unwrap();
                let val = e
                    .try_get_attribute("w:val")
                    .ok()
                    .flatten()
                    .map(|a| a.value.to_string());
                match e.name().as_ref() {
                    "w:insideV" if val.as_deref() == Some("single") => borders_single = true,
                    "w:gridCol" => t.columns += 1,
                    "w:tblHeader" => *t.header.last_mut().unwrap() = true,
                    "w:gridSpan" => {
                        t.rows.last_mut().unwrap().last_mut().unwrap().0 =
                            val.unwrap().parse().unwrap()
                    }
                    "w:vMerge" => {
                        t.rows.last_mut().unwrap().last_mut().unwrap().1 =
                            Some(val.unwrap_or_else(|| "continue".into()))
                    }
                    _ => {}
                }
            }
            Event::Start(e) if depth > 0 => {
                let t = out.last_mut().unwrap();
                match e.name().as_ref() {
                    "w:tr" => {
                        t.rows.push(Vec::new());
                        t.header.push(false);
                    }
                    "w:tc" => t.rows.last_mut().unwrap().push((1, None)),
                    _ => {}
                }
            }
            _ => {}
        }
    }
    out
}

/// The grid rules of ECMA-376 that Word and LibreOffice rely on: every row covers the
/// grid exactly; a vMerge continuation sits under a merged cell of the same columns.
pub fn assert_grid_well_formed(t: &DocxTable) {
    let mut above: BTreeMap<usize, (usize, Option<String>)> = BTreeMap::new();
    for (r, row) in t.rows.iter().enumerate() {
        let mut column = 0;
        let mut here = BTreeMap::new();
        for (span, merge) in row {
            if merge.as_deref() == Some("continue") {
                let over = above.get(&column);
                assert!(
                    matches!(over, Some((s, Some(_))) if s == span),
                    "row {r} column {column}: continuation under {over:?}"
                );
            }
            here.insert(column, (*span, merge.clone()));
            column += span;
        }
        assert_eq!(
            column, t.columns,
            "row {r} covers {column} of {} columns",
            t.columns
        );
        above = here;
    }
}

#[test]
fn the_example_docx_grid_read_back() {
    let doc = document(&root().join("examples/xa-tan-phu-dong-2025"));
    let xml = &unzip(&report::render::docx::render(&doc))["word/document.xml"];
    let found = docx_tables(xml);
    assert_eq!(found.len(), 3, "three data tables");
    for t in &found {
        assert_grid_well_formed(t);
    }
    assert_eq!(
        found[0].header,
        [true, true, false, false, false, false, false]
    );
    assert_eq!(found[1].columns, 10);
    assert_eq!(found[2].header[0..2], [true, false]);
}

/// Every HTML table of a Markdown text, read back with an XML parser: the grid columns
/// each row covers, counting the cells merged down from rows above.
fn html_table_widths(md: &str) -> Vec<Vec<usize>> {
    let mut tables = Vec::new();
    let mut rest = md;
    while let Some(start) = rest.find("<table>") {
        let end = rest[start..].find("</table>").unwrap() + start + "</table>".len();
        let html = &rest[start..end];
        rest = &rest[end..];
        let mut reader = Reader::from_str(html);
        let mut widths = Vec::new();
        let mut pending: Vec<usize> = Vec::new(); // rows each column is still covered
        loop {
            match reader.read_event().unwrap() {
                Event::Eof => break,
                Event::Start(e) if e.name().as_ref() == "tr" => {
                    let covered = pending.iter().filter(|&&n| n > 0).count();
                    widths.push(covered);
                    for n in pending.iter_mut() {
                        *n = n.saturating_sub(1);
                    }
                }
                Event::Start(e) if matches!(e.name().as_ref(), "td" | "th") => {
                    let attr = |name: &str| {
                        e.try_get_attribute(name)
                            .ok()
                            .flatten()
                            .map_or(1, |a| a.value.parse().unwrap())
                    };
                    let (cols, rows): (usize, usize) = (attr("colspan"), attr("rowspan"));
                    *widths.last_mut().unwrap() += cols;
                    for _ in 0..cols {
                        pending.push(rows - 1);
                    }
                }
                _ => {}
            }
        }
        tables.push(widths);
    }
    tables
}

#[test]
fn the_example_markdown_tables_read_back() {
    let doc = document(&root().join("examples/xa-tan-phu-dong-2025"));
    let tera = report::render::templates::load(None).unwrap();
    let md = report::render::markdown::render(&doc, &tera).unwrap();
    let widths = html_table_widths(&md);
    assert_eq!(widths.len(), 3);
    for (w, columns) in widths.iter().zip([5, 10, 6]) {
        assert!(w.iter().all(|&n| n == columns), "{w:?} of {columns}");
    }
    // the appendices come after the signature, each with its reference line
    let signature = md.find("Lê Văn Thành").unwrap();
    let first = md.find("## Phụ lục I\n").unwrap();
    assert!(signature < first);
    assert!(md[first..].contains("*(Kèm theo Báo cáo số ....../BC-UBND ngày 15 tháng 12 năm 2025 của Ủy ban nhân dân xã Tân Phú Đông)*"));
}

#[test]
fn a_table_without_merges_is_a_gfm_pipe_table() {
    use pulldown_cmark::{Event as MdEvent, Options, Parser, Tag, TagEnd};
    let sector = r#"title: "T:"
intro:
  - table:
      columns: [{width: 1}, {width: 1, decimals: 0}]
      header:
        - [Ấp, "Số hộ | người"]
      rows:
        - ["A | B", 1231500]
        - ["*nghiêng*", 7]
models:
  - body:
      - Một.
"#;
    let dir = DataDir::new(REPORT, &[("01.yaml", sector)]);
    let doc = document(&dir.path());
    let tera = report::render::templates::load(None).unwrap();
    let md = report::render::markdown::render(&doc, &tera).unwrap();
    // every GFM table of the file: the header block, this table, the closing block
    let mut tables: Vec<Vec<Vec<String>>> = Vec::new();
    let mut cell = String::new();
    let mut in_table = false;
    for event in Parser::new_ext(&md, Options::ENABLE_TABLES) {
        match event {
            MdEvent::Start(Tag::Table(_)) => {
                in_table = true;
                tables.push(Vec::new());
            }
            MdEvent::End(TagEnd::Table) => in_table = false,
            MdEvent::Start(Tag::TableHead | Tag::TableRow) if in_table => {
                tables.last_mut().unwrap().push(Vec::new())
            }
            MdEvent::End(TagEnd::TableCell) if in_table => tables
                .last_mut()
                .unwrap()
                .last_mut()
                .unwrap()
                .push(std::mem::take(&mut cell)),
            MdEvent::Text(t) if in_table => cell.push_str(&t),
            _ => {}
        }
    }
    assert_eq!(tables.len(), 3);
    let rows = &tables[1];
    assert_eq!(
        *rows,
        [
            vec!["Ấp".to_string(), "Số hộ | người".into()],
            vec!["A | B".into(), "1.231.500".into()],
            vec!["nghiêng".into(), "7".into()],
        ]
    );
}

#[test]
fn example_snapshots() {
    let dir = root().join("examples/xa-tan-phu-dong-2025");
    let doc = document(&dir);
    let parts = unzip(&report::render::docx::render(&doc));
    for name in ["word/document.xml", "word/styles.xml", "word/header1.xml"] {
        let snapshot = format!("docx-example-2025-{}", name.replace(['/', '.'], "_"));
        insta::assert_snapshot!(snapshot, pretty_xml(&parts[name]));
    }
    let tera = report::render::templates::load(None).unwrap();
    let md = report::render::markdown::render(&doc, &tera).unwrap();
    insta::assert_snapshot!("markdown-example-2025", md);
}

/// The cells' text of every HTML table of a Markdown text, read back with an XML parser
/// (entities decoded), or the parser's error.
fn html_cells(md: &str) -> Result<Vec<String>, String> {
    let mut cells = Vec::new();
    let mut rest = md;
    while let Some(start) = rest.find("<table>") {
        let end = rest[start..].find("</table>").ok_or("unclosed table")? + start + 8;
        let mut reader = Reader::from_str(&rest[start..end]);
        rest = &rest[end..];
        let mut cell: Option<String> = None;
        loop {
            match reader.read_event().map_err(|e| e.to_string())? {
                Event::Eof => break,
                Event::Start(e) if matches!(e.name().as_ref(), "td" | "th") => {
                    cell = Some(String::new())
                }
                Event::End(e) if matches!(e.name().as_ref(), "td" | "th") => {
                    cells.extend(cell.take())
                }
                Event::Text(t) => {
                    if let Some(c) = cell.as_mut() {
                        c.push_str(&t.xml10_content());
                    }
                }
                Event::GeneralRef(r) => {
                    let name = r.into_inner();
                    let entity = format!("&{name};");
                    let decoded =
                        quick_xml::escape::unescape(&entity).map_err(|e| e.to_string())?;
                    if let Some(c) = cell.as_mut() {
                        c.push_str(&decoded);
                    }
                }
                _ => {}
            }
        }
    }
    Ok(cells)
}

fn fold(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

proptest::proptest! {
    /// Whatever text a merged table holds, its HTML table parses, and every cell gives
    /// the text back (white space folded): no markup of the data becomes structure.
    #[test]
    fn hostile_text_in_html_tables_comes_back(t in super::markdown_structure::hostile_text()) {
        let doc = document_with(&t);
        let tera = report::render::templates::load(None).unwrap();
        let md = report::render::markdown::render(&doc, &tera).unwrap();
        let cells = html_cells(&md);
        proptest::prop_assert!(cells.is_ok(), "{:?}\n{}", cells, md);
        let cells = cells.unwrap();
        // two merged tables (body and appendix), each 3 header/body cells less a continuation
        proptest::prop_assert_eq!(cells.len(), 2 * 7);
        for c in cells {
            proptest::prop_assert_eq!(fold(&c), fold(&t));
        }
    }
}

#[test]
fn a_landscape_body_when_the_report_has_a_table() {
    let report = format!("{REPORT}layout:\n  orientation: landscape\n");
    let dir = DataDir::new(&report, &[("01.yaml", TABLE_SECTOR)]);
    let doc = document(&dir.path());
    let xml = &unzip(&report::render::docx::render(&doc))["word/document.xml"];
    assert!(xml.contains(r#"<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/>"#));
    // the table takes the landscape text width: 297 − 30 − 15 mm
    let table = &docx_tables(xml)[0];
    assert_eq!(table.columns, 4);
    let widths: u32 = xml
        .split("<w:tblGrid>")
        .nth(3)
        .unwrap()
        .split("</w:tblGrid>")
        .next()
        .unwrap()
        .split("w:w=\"")
        .skip(1)
        .map(|w| w.split('"').next().unwrap().parse::<u32>().unwrap())
        .sum();
    assert_eq!(widths, 16838 - 1701 - 850);
}

#[test]
fn csv_with_crlf_and_nfd_text() {
    let sector = TABLE_SECTOR.replace(
        "      total:",
        "      rows_from:\n        file: bang.csv\n      total:",
    );
    let dir = DataDir::new(REPORT, &[("01.yaml", &sector)]);
    // CRLF line ends, a byte-order mark, NFD Vietnamese ("Thu phí" with combining marks)
    let nfd = "Thu phi\u{301} \u{111}o\u{302}\u{300}";
    fs::write(
        dir.path().join("bang.csv"),
        format!("\u{feff}4,{nfd},10,\"12,5\"\r\n5,Khác,1.000,x\r\n"),
    )
    .unwrap();
    let doc = document(&dir.path());
    let rows = grid_text(tables(&doc)[0]);
    assert_eq!(rows[5], "4|Thu phí đồ|10,0|12,5");
    assert_eq!(rows[6], "5|Khác|1.000,0|x");
    assert_eq!(rows[7], "Tổng cộng<2>|3.510,3|2.811,3");
    // a bad cell on the second CRLF line is pointed at its line and column
    fs::write(
        dir.path().join("bang.csv"),
        "4,Thu,10,1\r\n5,Khác,mười,2\r\n",
    )
    .unwrap();
    let said = diagnostics(&dir.path());
    assert_eq!(
        said[0],
        "DATA/bang.csv:2:8: lỗi[E-table-number]: cột 3 là cột số nhưng ô này là `mười` (gợi ý: viết một số (1231500, 65.2 hoặc \"1.231.500\", \"65,2\"), hoặc để trống ô (\"\"))"
    );
    // the same with old Mac line ends (a lone CR): the same line and column
    fs::write(dir.path().join("bang.csv"), "4,Thu,10,1\r5,Khác,mười,2\r").unwrap();
    let said = diagnostics(&dir.path());
    assert!(
        said[0].starts_with("DATA/bang.csv:2:8: lỗi[E-table-number]"),
        "{said:?}"
    );
}

/// A table of many rows makes a long report though it is one block: its DOCX and
/// Markdown are written into their temporaries as they are made, the Markdown table a
/// row at a time, and are the outputs rendered in memory, byte for byte.
#[test]
fn a_long_table_is_written_as_it_is_made_the_same() {
    let sector = TABLE_SECTOR.replace(
        "      total:",
        "      rows_from:\n        file: bang.csv\n      total:",
    );
    let dir = DataDir::new(REPORT, &[("01.yaml", &sector)]);
    let csv: String = (0..2_500)
        .map(|i| format!("{},Tổ {i},\"{},5\",{}\n", i + 4, i * 3, i % 7))
        .collect();
    fs::write(dir.path().join("bang.csv"), csv).unwrap();
    let doc = document(&dir.path());
    // header, YAML and file rows, the total: more than the 2,000 a long report has
    assert_eq!(tables(&doc)[0].rows.len(), 2 + 3 + 2_500 + 1);
    let paragraphs = doc.body.len() - 1;
    assert_eq!(doc.size(), paragraphs + 2_506);
    assert!(report::build::is_large(&doc));
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("o");
    let o = run(
        tmp.path(),
        &[
            "build",
            dir.path().to_str().unwrap(),
            "--out",
            out.to_str().unwrap(),
        ],
    );
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let name = report::build::output_name(&dir.path());
    let md = fs::read_to_string(out.join(format!("{name}.md"))).unwrap();
    assert_eq!(md, report::render::markdown::render_built_in(&doc));
    assert!(md.contains("<td align=\"center\">2.503</td><td align=\"left\">Tổ 2499</td><td align=\"right\">7.497,5</td><td align=\"right\">0,0</td>"));
    let docx = fs::read(out.join(format!("{name}.docx"))).unwrap();
    assert!(docx == report::render::docx::render(&doc), "another DOCX");
}
