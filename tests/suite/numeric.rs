//! The numeric core: a table and the figures that name its quantities are one model, so
//! what the text says is what the table prints, in the DOCX and in the Markdown, each
//! read back by a parser; exact decimals; every new way of naming a quantity; the
//! errors of numbers (overflow, decimals out of range, an earlier period that fails).

use std::fs;
use std::path::Path;

use quick_xml::Reader;
use quick_xml::events::Event;

use super::support::*;

/// The text of every cell of every bordered (data) table of a DOCX's document part,
/// read back with an XML parser: tables → rows → cells (the continuation of a merge is
/// an empty cell).
pub fn docx_cells(xml: &str) -> Vec<Vec<Vec<String>>> {
    let mut reader = Reader::from_str(xml);
    // every table (bordered or not, its rows), and the tables open, innermost last
    let mut tables: Vec<(bool, Vec<Vec<String>>)> = Vec::new();
    let mut open: Vec<usize> = Vec::new();
    let mut in_text = false;
    loop {
        let event = reader.read_event().unwrap();
        let here = open.last().copied();
        match (event, here) {
            (Event::Eof, _) => break,
            (Event::Start(e), _) if e.name().as_ref() == "w:tbl" => {
                open.push(tables.len());
                tables.push((false, Vec::new()));
            }
            (Event::End(e), _) if e.name().as_ref() == "w:tbl" => {
                open.pop();
            }
            (Event::Start(e), Some(t)) if e.name().as_ref() == "w:tr" => {
                tables[t].1.push(Vec::new())
            }
            (Event::Start(e), Some(t)) if e.name().as_ref() == "w:tc" => {
                tables[t].1.last_mut().unwrap().push(String::new())
            }
            (Event::Start(e), _) if e.name().as_ref() == "w:t" => in_text = true,
            (Event::End(e), _) if e.name().as_ref() == "w:t" => in_text = false,
            (Event::Empty(e), Some(t)) if e.name().as_ref() == "w:insideV" => {
                let single = e
                    .try_get_attribute("w:val")
                    .ok()
                    .flatten()
                    .is_some_and(|a| a.value == "single");
                tables[t].0 |= single;
            }
            (Event::Text(x), Some(t)) if in_text => {
                if let Some(cell) = tables[t].1.last_mut().and_then(|r| r.last_mut()) {
                    cell.push_str(&x.xml10_content());
                }
            }
            (Event::GeneralRef(r), Some(t)) if in_text => {
                let entity = format!("&{};", r.into_inner());
                let decoded = quick_xml::escape::unescape(&entity).unwrap().into_owned();
                if let Some(cell) = tables[t].1.last_mut().and_then(|r| r.last_mut()) {
                    cell.push_str(&decoded);
                }
            }
            _ => {}
        }
    }
    tables
        .into_iter()
        .filter(|(bordered, _)| *bordered)
        .map(|(_, rows)| rows)
        .collect()
}

/// The cells of every data table of a Markdown text, in order, read back: a pipe table
/// with pulldown-cmark (GFM tables), an HTML table with an XML parser; each cell's text
/// with its markup and white space folded away. (The header and the closing are pipe
/// tables of layout, not data: left out.)
pub fn markdown_cells(md: &str) -> Vec<Vec<Vec<String>>> {
    use pulldown_cmark::{Event as Md, Options, Parser, Tag, TagEnd};
    let mut tables: Vec<(usize, Vec<Vec<String>>)> = Vec::new();
    let mut cell: Option<String> = None;
    let options = Options::ENABLE_TABLES | Options::ENABLE_FOOTNOTES;
    for (event, range) in Parser::new_ext(md, options).into_offset_iter() {
        match event {
            Md::Start(Tag::Table(_)) => tables.push((range.start, Vec::new())),
            Md::Start(Tag::TableHead | Tag::TableRow) => {
                tables.last_mut().unwrap().1.push(Vec::new());
            }
            Md::Start(Tag::TableCell) => cell = Some(String::new()),
            Md::End(TagEnd::TableCell) => {
                let t = &mut tables.last_mut().unwrap().1;
                t.last_mut().unwrap().push(fold(&cell.take().unwrap()));
            }
            Md::Text(t) | Md::Code(t) => {
                if let Some(c) = cell.as_mut() {
                    c.push_str(&t);
                }
            }
            Md::FootnoteReference(label) => {
                if let Some(c) = cell.as_mut() {
                    c.push_str(&format!("[^{label}]"));
                }
            }
            _ => {}
        }
    }
    let layout = |rows: &Vec<Vec<String>>| {
        let text = rows.concat().concat();
        text.contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM") || text.contains("Nơi nhận:")
    };
    tables.retain(|(_, rows)| !layout(rows));
    // HTML tables: the text between the tags (a cell with a footnote holds Markdown)
    let mut from = 0;
    while let Some(found) = md[from..].find("<table>") {
        let start = from + found;
        let end = md[start..].find("</table>").unwrap() + start + 8;
        from = end;
        let mut rows: Vec<Vec<String>> = Vec::new();
        let mut reader = Reader::from_str(&md[start..end]);
        let mut cell: Option<String> = None;
        loop {
            match reader.read_event().unwrap() {
                Event::Eof => break,
                Event::Start(e) if e.name().as_ref() == "tr" => rows.push(Vec::new()),
                Event::Start(e) if matches!(e.name().as_ref(), "td" | "th") => {
                    cell = Some(String::new())
                }
                Event::End(e) if matches!(e.name().as_ref(), "td" | "th") => {
                    let text = fold(&cell.take().unwrap()).replace("**", "");
                    rows.last_mut().unwrap().push(text);
                }
                Event::Text(t) => {
                    if let Some(c) = cell.as_mut() {
                        c.push_str(&t.xml10_content());
                    }
                }
                Event::GeneralRef(r) => {
                    let entity = format!("&{};", r.into_inner());
                    let decoded = quick_xml::escape::unescape(&entity).unwrap().into_owned();
                    if let Some(c) = cell.as_mut() {
                        c.push_str(&decoded);
                    }
                }
                _ => {}
            }
        }
        tables.push((start, rows));
    }
    tables.sort_by_key(|(at, _)| *at);
    tables.into_iter().map(|(_, rows)| rows).collect()
}

fn fold(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The DOCX, the Markdown and the document of a valid data folder.
pub fn outputs(dir: &Path) -> (String, String, report::document::Document) {
    let doc = document(dir);
    let xml = unzip(&report::render::docx::render(&doc))["word/document.xml"].clone();
    let md = report::render::markdown::render_built_in(&doc);
    (xml, md, doc)
}

/// Every paragraph's text of the document body.
fn paragraphs(doc: &report::document::Document) -> Vec<String> {
    doc.body
        .iter()
        .filter_map(|b| match b {
            report::document::Block::Paragraph(p) => Some(texts(&p.spans)),
            _ => None,
        })
        .collect()
}

/// The case a new user met: a figure named after a column's total, the column's second
/// cell under a cell merged down. The text said 10, the total row 30, and `check` was
/// silent. Now both say 30, in the DOCX and in the Markdown.
#[test]
fn a_figure_and_its_tables_total_say_one_number() {
    let sector = r#"title: "Lĩnh vực thử:"
intro:
  - "Tổng [=tong] hộ."
  - table:
      columns: [{width: 3}, {width: 1, decimals: 0, total_figure: tong}]
      rows:
        - [{text: Nhóm A, rows: 2}, 10]
        - [20]
      total: {label: Tổng cộng, columns: [2]}
"#;
    let dir = DataDir::new(REPORT, &[("01.yaml", sector)]);
    let (xml, md, doc) = outputs(&dir.path());
    assert!(paragraphs(&doc).contains(&"Tổng 30 hộ.".to_string()));
    let docx = docx_cells(&xml);
    assert_eq!(docx[0].last().unwrap(), &["Tổng cộng", "30"]);
    let markdown = markdown_cells(&md);
    assert_eq!(markdown[0].last().unwrap(), &["Tổng cộng", "30"]);
    assert!(md.contains("Tổng 30 hộ."), "{md}");
    let o = run(dir.tmp.path(), &["check", "data"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
}

/// A sector with a table that names a cell, counts rows by a condition, mixes decimals
/// in one number column; a figure multiplied by a constant; counts padded.
const NAMED_QUANTITIES: &str = r#"title: "Lĩnh vực thử:"
intro:
  - "Làm [=km-duong] đường; [=so-xong] công trình hoàn thành; [=so-dat]/[=so-chi-tieu] chỉ tiêu đạt; năng suất [=nang-suat-ta] tạ/ha; cộng [=cong]."
  - table:
      columns:
        - {width: 1}
        - {width: 4}
        - {width: 2, decimals: 1, total_figure: cong}
        - {width: 2}
      header:
        - [STT, Chỉ tiêu, Kết quả, Tình trạng]
      rows:
        - [1, Làm đường, {text: "1,235", decimals: 3}, Hoàn thành]
        - [2, Tỷ lệ hộ dùng nước sạch, 93.6, Hoàn thành]
        - [3, Tỷ lệ thu thuế, 101.45, Đang làm]
        - [4, Chưa có số liệu, "-", Đang làm]
      count_figure: so-chi-tieu
      figures:
        km-duong: {row: "1", column: 3, unit: km}
        so-xong: {count: 4, equals: Hoàn thành, pad: true}
        so-dat: {count: 3, at_least: 100, pad: true}
figures:
  nang-suat: {value: 5.24}
  nang-suat-ta: {multiply: nang-suat, by: 10, decimals: 0}
"#;

#[test]
fn a_cell_a_count_by_condition_and_a_product_are_figures() {
    let dir = DataDir::new(REPORT, &[("01.yaml", NAMED_QUANTITIES)]);
    let (xml, md, doc) = outputs(&dir.path());
    let said = "Làm 1,235 km đường; 02 công trình hoàn thành; 01/4 chỉ tiêu đạt; \
                năng suất 52 tạ/ha; cộng 196,3.";
    assert!(
        paragraphs(&doc).contains(&said.to_string()),
        "{:#?}",
        paragraphs(&doc)
    );
    for table in [&docx_cells(&xml)[0], &markdown_cells(&md)[0]] {
        // each cell at its own decimals: the cell's, else the column's
        let column: Vec<&str> = table[1..].iter().map(|r| r[2].as_str()).collect();
        assert_eq!(column, ["1,235", "93,6", "101,5", "-"]);
    }
    // the sum of the exact values (1,235 + 93,6 + 101,45), at the column's decimals
    assert!(md.contains("cộng 196,3."), "{md}");
}

#[test]
fn a_total_rows_label_takes_the_columns_named() {
    let sector = r#"title: "Lĩnh vực thử:"
intro:
  - table:
      columns: [{width: 1}, {width: 3}, {width: 1, decimals: 0}]
      header:
        - [STT, Xã, Số hộ]
      rows: [[1, Tân Phú, 5], [2, Tân Hòa, 7]]
      total: {label: Tổng cộng, columns: [3], label_columns: [2, 2], label_align: center}
"#;
    let dir = DataDir::new(REPORT, &[("01.yaml", sector)]);
    let (xml, md, doc) = outputs(&dir.path());
    assert_eq!(docx_cells(&xml)[0][3], ["", "Tổng cộng", "12"]);
    assert_eq!(markdown_cells(&md)[0][3], ["", "Tổng cộng", "12"]);
    let table = super::tables::tables(&doc)[0];
    let total = table.rows.last().unwrap();
    assert_eq!(total[1].align, report::model::CellAlign::Center);
    assert_eq!((total[0].span, total[1].span, total[2].span), (1, 1, 1));
    // a label over a summed column is refused, at the key
    let bad = sector.replace("label_columns: [2, 2]", "label_columns: [2, 3]");
    let dir = DataDir::new(REPORT, &[("01.yaml", &bad)]);
    let found = diagnostics(&dir.path());
    assert!(
        found
            .iter()
            .any(|d| d.contains("E-table-total") && d.contains("label_columns")),
        "{found:#?}"
    );
}

/// Two periods side by side, the later comparing with the earlier.
fn two_periods(earlier_sector: &str, later_figures: &str) -> tempfile::TempDir {
    let tmp = tempfile::tempdir().unwrap();
    for (name, sector, previous) in [
        ("2024-q1", earlier_sector.to_string(), ""),
        (
            "2024-q2",
            format!("{SECTOR}figures:\n{later_figures}"),
            "previous: ../2024-q1\n",
        ),
    ] {
        let dir = tmp.path().join(name);
        fs::create_dir_all(dir.join("sectors")).unwrap();
        fs::write(dir.join("report.yaml"), format!("{REPORT}{previous}")).unwrap();
        fs::write(dir.join("sectors/01.yaml"), sector).unwrap();
    }
    tmp
}

#[test]
fn an_absolute_change_and_report_figures_shows_the_earlier_value() {
    let earlier = format!("{SECTOR}figures:\n  ho-ngheo: {{value: 126, unit: hộ}}\n");
    let later = "  ho-ngheo: {value: 120, unit: hộ}\n  \
                 giam: {change: ho-ngheo, as: amount, pad: true}\n  \
                 ty-le: {change: ho-ngheo}\n";
    let tmp = two_periods(&earlier, later);
    let data = tmp.path().join("2024-q2");
    let sector = fs::read_to_string(data.join("sectors/01.yaml")).unwrap();
    let sector = sector.replace(
        "Mô hình một.",
        "Số hộ nghèo [=ho-ngheo], [=giam] ([=ty-le]).",
    );
    fs::write(data.join("sectors/01.yaml"), sector).unwrap();
    let doc = document(&data);
    assert!(
        paragraphs(&doc)
            .iter()
            .any(|p| p.contains("Số hộ nghèo 120 hộ, giảm 06 hộ (giảm 4,8%).")),
        "{:#?}",
        paragraphs(&doc)
    );
    let o = run(tmp.path(), &["figures", "2024-q2"]);
    let out = stdout(&o);
    assert!(
        out.contains("giam = giảm 06 hộ, so với 126 hộ của kỳ trước"),
        "{out}"
    );
    assert!(
        out.contains("ty-le = giảm 4,8%, so với 126 hộ của kỳ trước"),
        "{out}"
    );
    let o = run(
        tmp.path(),
        &["--message-format", "json", "figures", "2024-q2"],
    );
    let line = stdout(&o)
        .lines()
        .find(|l| l.contains("\"name\":\"ho-ngheo\""))
        .unwrap()
        .to_string();
    let v: serde_json::Value = serde_json::from_str(&line).unwrap();
    assert_eq!(v["value"], "120");
    assert_eq!(v["decimals"], 0);
    assert_eq!(v["unit"], "hộ");
}

#[test]
fn an_earlier_folder_with_errors_feeds_no_comparison() {
    // the earlier period's table has a text in a number column
    let earlier = format!(
        "{SECTOR}figures:\n  ho-ngheo: {{value: 126}}\nintro:\n  - table:\n      \
         columns: [{{width: 1, decimals: 0}}]\n      rows: [[mười]]\n"
    );
    let later = "  ho-ngheo: 120\n  ty-le: {change: ho-ngheo}\n";
    let tmp = two_periods(&earlier, later);
    let data = tmp.path().join("2024-q2");
    let sector = fs::read_to_string(data.join("sectors/01.yaml")).unwrap();
    fs::write(
        data.join("sectors/01.yaml"),
        sector.replace("Mô hình một.", "Giảm [=ty-le] so với [=ho-ngheo]."),
    )
    .unwrap();
    let found = diagnostics(&data);
    let error = found
        .iter()
        .find(|d| d.contains("E-previous-errors"))
        .unwrap_or_else(|| panic!("{found:#?}"));
    assert!(error.contains("2024-q1"), "{error}");
    assert!(
        error.contains("sectors/01.yaml:9:") && error.contains("E-table-number"),
        "the earlier folder's first problem, at its place: {error}"
    );
    let o = run(tmp.path(), &["build", "2024-q2", "--out", "out"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(!tmp.path().join("out").exists());
    // an earlier folder that does not even read is named the same way
    fs::write(tmp.path().join("2024-q1/sectors/01.yaml"), "title: [").unwrap();
    let found = diagnostics(&data);
    assert!(
        found
            .iter()
            .any(|d| d.contains("E-previous-errors") && d.contains("E-yaml")),
        "{found:#?}"
    );
}

#[test]
fn numbers_past_exact_decimals_and_decimals_out_of_range_are_errors() {
    let sector = format!(
        "{SECTOR}figures:\n  lon: 1e308\n  lon-nua: {{sum: [lon, lon]}}\n  \
         le: {{value: 1.5, decimals: 9}}\n  am: {{value: 1.5, decimals: -1}}\n"
    );
    let sector = sector.replace("Mô hình một.", "\"[=lon-nua] [=le] [=am]\"");
    let dir = DataDir::new(REPORT, &[("01.yaml", &sector)]);
    let found = diagnostics(&dir.path());
    let codes: Vec<&str> = found
        .iter()
        .filter_map(|d| d.split('[').nth(1)?.split(']').next())
        .collect();
    assert!(codes.contains(&"E-figure-overflow"), "{found:#?}");
    assert_eq!(
        codes.iter().filter(|c| **c == "E-figure-decimals").count(),
        2,
        "{found:#?}"
    );
    let o = run(dir.tmp.path(), &["build", "data", "--out", "out"]);
    assert_eq!(o.status.code(), Some(1));
    // a table cell too
    let table = format!(
        "{SECTOR}intro:\n  - table:\n      columns: [{{width: 1, decimals: 0}}]\n      \
         rows: [[1e300], [{{text: 5, decimals: 7}}]]\n"
    );
    let dir = DataDir::new(REPORT, &[("01.yaml", &table)]);
    let found = diagnostics(&dir.path());
    assert!(
        found.iter().any(|d| d.contains("E-table-overflow")),
        "{found:#?}"
    );
    assert!(
        found
            .iter()
            .any(|d| d.contains("E-table-column") && d.contains("decimals: 7")),
        "{found:#?}"
    );
}

/// `report figures` on a folder whose table holds a text in a number column: the
/// column's total is not printed as if it were whole.
#[test]
fn a_total_of_a_table_with_errors_is_not_computed() {
    let sector = format!(
        "{SECTOR}intro:\n  - \"Tổng [=tong].\"\n  - table:\n      \
         columns: [{{width: 1, decimals: 0, total_figure: tong}}]\n      rows: [[5], [mười], [7]]\n"
    );
    let dir = DataDir::new(REPORT, &[("01.yaml", &sector)]);
    let o = run(dir.tmp.path(), &["figures", "data"]);
    assert_eq!(o.status.code(), Some(1));
    let out = stdout(&o);
    assert!(out.contains("tong = không tính được"), "{out}");
    // a text column's total, named, would leave the text out: an error
    let text_column = sector
        .replace("decimals: 0, ", "")
        .replace("[mười]", "[Chưa rõ]");
    let dir = DataDir::new(REPORT, &[("01.yaml", &text_column)]);
    let found = diagnostics(&dir.path());
    assert!(
        found
            .iter()
            .any(|d| d.contains("E-table-figure") && d.contains("Chưa rõ")),
        "{found:#?}"
    );
}

/// A footnote in a cell of a merged table is a real footnote in the Markdown: the
/// reference and its definition read back by pulldown-cmark (and by pandoc's GFM reader
/// where pandoc is installed).
#[test]
fn a_footnote_in_a_merged_tables_cell_is_a_markdown_footnote() {
    use pulldown_cmark::{Event as Md, Options, Parser, Tag};
    let sector = r#"title: "Lĩnh vực thử:"
intro:
  - table:
      columns: [{width: 3}, {width: 1, decimals: 0}, {width: 1, decimals: 0}]
      header:
        - [{text: Nội dung, rows: 2}, {text: Năm 2025, cols: 2}]
        - [Dự toán, Thực hiện]
      rows:
        - ["Thu khác[^ghi-chu]", 350, 412]
      footnotes:
        ghi-chu: Gồm thu phạt vi phạm hành chính.
"#;
    let dir = DataDir::new(REPORT, &[("01.yaml", sector)]);
    let (_, md, _) = outputs(&dir.path());
    assert!(md.contains("<table>"), "a merged table is HTML: {md}");
    let mut references = Vec::new();
    let mut definitions = Vec::new();
    for event in Parser::new_ext(&md, Options::ENABLE_TABLES | Options::ENABLE_FOOTNOTES) {
        match event {
            Md::FootnoteReference(l) => references.push(l.to_string()),
            Md::Start(Tag::FootnoteDefinition(l)) => definitions.push(l.to_string()),
            _ => {}
        }
    }
    assert_eq!(references, ["1"], "{md}");
    assert_eq!(definitions, ["1"], "{md}");
    assert!(!md.contains("<sup>"), "{md}");
    assert_eq!(markdown_cells(&md)[0][2], ["Thu khác[^1]", "350", "412"]);
    let pandoc = std::process::Command::new("pandoc")
        .args(["-f", "gfm", "-t", "plain"])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn();
    if let Ok(mut pandoc) = pandoc {
        use std::io::Write;
        pandoc
            .stdin
            .take()
            .unwrap()
            .write_all(md.as_bytes())
            .unwrap();
        let out = pandoc.wait_with_output().unwrap();
        let text = String::from_utf8_lossy(&out.stdout);
        // the note survives: its text is there, after a reference mark
        assert!(text.contains("Thu khác[1]"), "{text}");
        assert!(
            text.contains("[1] Gồm thu phạt vi phạm hành chính."),
            "{text}"
        );
    }
}

/// A random table as YAML, and the names of the figures it defines: each number column's
/// total (`t{c}`), each body cell of a row that has its own key (`c{r}-{c}`), the rows.
#[derive(Debug, Clone)]
struct RandomTable {
    yaml: String,
    columns: usize,
    /// (figure, row of the table as read back (header = 0), grid column)
    cells: Vec<(String, usize, usize)>,
    totals: Vec<(String, usize)>,
}

fn random_table() -> impl proptest::strategy::Strategy<Value = RandomTable> {
    use proptest::prelude::*;
    // a number cell: empty, a dash, or units at a scale, with its own decimals or not
    let cell = prop_oneof![
        1 => Just(None),
        1 => Just(Some("\"-\"".to_string())),
        8 => (-100_000i64..1_000_000, 0u32..4, proptest::option::of(0u32..4)).prop_map(|(u, s, own)| {
            let v = report::numbers::Decimal::new(u, s);
            Some(match own {
                Some(d) => format!("{{text: {v}, decimals: {d}}}"),
                None => v.to_string(),
            })
        }),
    ];
    (
        2usize..5,
        proptest::collection::vec(0u32..4, 4),
        any::<bool>(),
    )
        .prop_flat_map(move |(numbers, decimals, percent)| {
            let rows = proptest::collection::vec(
                (
                    proptest::collection::vec(cell.clone(), numbers),
                    any::<bool>(),
                ),
                1..7,
            );
            (Just(numbers), Just(decimals), Just(percent), rows)
        })
        .prop_map(|(numbers, decimals, percent, rows)| {
            let percent = percent && numbers >= 3;
            let columns = numbers + 1;
            let mut yaml = String::from("      columns:\n        - {width: 3}\n");
            for c in 1..columns {
                if percent && c == columns - 1 {
                    let denominator: report::numbers::Decimal = rows
                        .iter()
                        .filter_map(|(values, _)| value_of(&values[1]))
                        .sum();
                    let named = if denominator.is_zero() {
                        String::new()
                    } else {
                        format!(", total_figure: t{c}")
                    };
                    yaml.push_str(&format!(
                        "        - {{width: 1, percent_of: [2, 3]{named}}}\n"
                    ));
                } else {
                    yaml.push_str(&format!(
                        "        - {{width: 1, decimals: {}, total_figure: t{c}}}\n",
                        decimals[c - 1]
                    ));
                }
            }
            yaml.push_str("      header:\n        - [Nội dung");
            for c in 1..columns {
                yaml.push_str(&format!(", Cột {c}"));
            }
            yaml.push_str("]\n      rows:\n");
            let mut cells = Vec::new();
            let mut merged_from_above = false;
            for (r, (values, merge)) in rows.iter().enumerate() {
                yaml.push_str("        - [");
                let mut parts = Vec::new();
                let last = r + 1 == rows.len();
                let merge = *merge && !merged_from_above && !last;
                if !merged_from_above {
                    let key = format!("Dòng {r}");
                    parts.push(if merge {
                        format!("{{text: \"{key}\", rows: 2}}")
                    } else {
                        format!("\"{key}\"")
                    });
                    // a figure for every cell that holds a number: typed, or computed
                    // from two numbers, the second not zero
                    let number = |c: usize| values[c - 1].as_deref().is_some_and(|v| v != "\"-\"");
                    for c in 1..columns {
                        let holds = if percent && c == columns - 1 {
                            number(1) && number(2) && !zero(&values[1])
                        } else {
                            number(c)
                        };
                        if holds {
                            cells.push((format!("c{r}-{c}"), r + 1, c));
                        }
                    }
                }
                for (c, v) in values.iter().enumerate() {
                    // the percent column is left empty for the tool to fill
                    let computed = percent && c + 2 == columns;
                    parts.push(if computed {
                        "\"\"".into()
                    } else {
                        v.clone().unwrap_or_else(|| "\"\"".into())
                    });
                }
                yaml.push_str(&parts.join(", "));
                yaml.push_str("]\n");
                merged_from_above = merge;
            }
            let summed: Vec<String> = (2..=columns).map(|c| c.to_string()).collect();
            yaml.push_str(&format!(
                "      total: {{label: Tổng cộng, columns: [{}]}}\n",
                summed.join(", ")
            ));
            // a percentage column's total divides by its second column's: none of zero
            let denominator: report::numbers::Decimal = rows
                .iter()
                .filter_map(|(values, _)| value_of(&values[1]))
                .sum();
            let totals = (1..columns)
                .filter(|c| !(percent && *c == columns - 1 && denominator.is_zero()))
                .map(|c| (format!("t{c}"), c))
                .collect();
            let keyed = cells.iter().filter(|(name, _, _)| name.starts_with('c'));
            let mut figures = String::from("      figures:\n");
            for (name, row, column) in keyed {
                figures.push_str(&format!(
                    "        {name}: {{row: \"Dòng {}\", column: {}}}\n",
                    row - 1,
                    column + 1
                ));
            }
            if !cells.is_empty() {
                yaml.push_str(&figures);
            }
            RandomTable {
                yaml,
                columns,
                cells,
                totals,
            }
        })
}

/// The number of a generated cell, if it holds one.
fn value_of(v: &Option<String>) -> Option<report::numbers::Decimal> {
    let v = v.as_deref()?.trim_start_matches("{text: ");
    let number = v.split([',', '}']).next().unwrap_or(v).trim();
    number.parse().ok()
}

/// Whether a generated number cell is zero.
fn zero(v: &Option<String>) -> bool {
    value_of(v).is_some_and(|d| d.is_zero())
}

/// Every paragraph's text of a DOCX document part, read back with an XML parser.
fn docx_paragraphs(xml: &str) -> Vec<String> {
    let mut reader = Reader::from_str(xml);
    let mut out = Vec::new();
    let mut in_text = false;
    loop {
        match reader.read_event().unwrap() {
            Event::Eof => break,
            Event::Start(e) if e.name().as_ref() == "w:p" => out.push(String::new()),
            Event::Start(e) if e.name().as_ref() == "w:t" => in_text = true,
            Event::End(e) if e.name().as_ref() == "w:t" => in_text = false,
            Event::Text(t) if in_text => {
                if let Some(p) = out.last_mut() {
                    p.push_str(&t.xml10_content());
                }
            }
            _ => {}
        }
    }
    out
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(48))]

    /// For random tables (cells merged down, decimals per column and per cell, empty
    /// cells and dashes, a computed percentage column, a total row), every figure that
    /// names a quantity of the table (a column's total, a cell) prints exactly what the
    /// table prints at that place: read back from the DOCX XML and from the Markdown.
    #[test]
    fn every_figure_of_a_table_is_what_the_table_prints(t in random_table()) {
        let names: Vec<&str> = t
            .totals
            .iter()
            .map(|(n, _)| n.as_str())
            .chain(t.cells.iter().map(|(n, _, _)| n.as_str()))
            .collect();
        let quoted: Vec<String> = names.iter().map(|n| format!("[={n}]")).collect();
        let sector = format!(
            "title: \"Lĩnh vực thử:\"\nintro:\n  - \"KIỂM TRA {} HẾT\"\n  - table:\n{}",
            quoted.join(" ; "),
            t.yaml
        );
        let dir = DataDir::new(REPORT, &[("01.yaml", &sector)]);
        let (doc, diags) = report::build::prepare(&dir.path());
        let short = report::diagnostic::render::Format::Short;
        let said = report::diagnostic::render::render(&diags, short, report::messages::Lang::En);
        let doc = doc.unwrap_or_else(|| panic!("{sector}\n{said}"));
        let xml = unzip(&report::render::docx::render(&doc))["word/document.xml"].clone();
        let md = report::render::markdown::render_built_in(&doc);
        let from_docx = docx_paragraphs(&xml)
            .into_iter()
            .find(|p| p.starts_with("KIỂM TRA"))
            .unwrap();
        let from_md = md.lines().find(|l| l.starts_with("KIỂM TRA")).unwrap().to_string();
        for (paragraph, table) in [
            (from_docx, docx_cells(&xml).remove(0)),
            (from_md, markdown_cells(&md).remove(0)),
        ] {
            let inner = paragraph.trim_start_matches("KIỂM TRA ").trim_end_matches(" HẾT");
            let printed: Vec<&str> = inner.split(" ; ").collect();
            proptest::prop_assert_eq!(printed.len(), names.len(), "{}", paragraph);
            // number columns are the row's last cells, whatever the merge in the first
            let at = |row: &Vec<String>, column: usize| row[row.len() - (t.columns - column)].clone();
            let total = table.last().unwrap();
            for (i, (name, column)) in t.totals.iter().enumerate() {
                proptest::prop_assert_eq!(printed[i], at(total, *column), "{} in\n{}", name, sector);
            }
            for (j, (name, row, column)) in t.cells.iter().enumerate() {
                let i = t.totals.len() + j;
                proptest::prop_assert_eq!(printed[i], at(&table[*row], *column), "{} in\n{}", name, sector);
            }
        }
    }
}

/// `pad` puts a zero before a count under ten as printed (9,6 prints 10, not 010), never
/// before a negative one or a ten.
#[test]
fn pad_is_for_what_prints_under_ten() {
    let sector = format!(
        "{SECTOR}figures:\n  a: {{value: 7, pad: true}}\n  b: {{value: 10, pad: true}}\n  \
         c: {{value: 9.6, decimals: 0, pad: true}}\n  d: {{value: -3, pad: true}}\n  \
         e: {{value: 0.4, decimals: 0, pad: true}}\n"
    );
    let sector = sector.replace("Mô hình một.", "\"Số [=a] [=b] [=c] [=d] [=e].\"");
    let dir = DataDir::new(REPORT, &[("01.yaml", &sector)]);
    let doc = document(&dir.path());
    assert!(
        paragraphs(&doc).contains(&"Số 07 10 10 -3 00.".to_string()),
        "{:#?}",
        paragraphs(&doc)
    );
}

/// A table figure's column is a whole number from 1 to the table's columns.
#[test]
fn a_table_figures_column_is_one_of_the_table() {
    let sector = format!(
        "{SECTOR}intro:\n  - table:\n      columns: [{{width: 1}}, {{width: 1, decimals: 0}}]\n      \
         rows: [[\"1\", 5]]\n      figures:\n        a: {{row: \"1\", column: 3}}\n        \
         b: {{count: 0}}\n        c: {{row: \"1\", column: 1.5}}\n        d: {{row: \"1\", column: 2}}\n        \
         e: {{row: \"1\", column: 2, equals: \"5\"}}\n"
    );
    let sector = sector.replace("Mô hình một.", "\"[=a] [=b] [=c] [=d] [=e]\"");
    let dir = DataDir::new(REPORT, &[("01.yaml", &sector)]);
    let found = diagnostics(&dir.path());
    let columns: Vec<&String> = found
        .iter()
        .filter(|d| d.contains("E-table-figure") && d.contains("bảng có 2 cột"))
        .collect();
    assert_eq!(columns.len(), 3, "{found:#?}");
    for (value, line) in [("3", 12), ("0", 13), ("1.5", 14)] {
        assert!(
            columns
                .iter()
                .any(|d| d.contains(&format!("lấy cột {value},"))
                    && d.contains(&format!(":{line}:"))),
            "{value} {found:#?}"
        );
    }
    // a cell takes no condition
    assert!(
        found
            .iter()
            .any(|d| d.contains(":16:") && d.contains("số liệu `e` của bảng cần")),
        "{found:#?}"
    );
    // the one in range is no error of its own
    assert_eq!(
        found.iter().filter(|d| d.contains("lỗi")).count(),
        4,
        "{found:#?}"
    );
}

/// Counts by a condition: any content, at most, at least, equal to a number as printed;
/// an empty cell meets no condition.
#[test]
fn counts_by_every_condition() {
    let sector = format!(
        "{SECTOR}intro:\n  - \"Đếm [=co-chu] [=den-50] [=bang-5] [=tu-50].\"\n  - table:\n      \
         columns: [{{width: 1}}, {{width: 1, decimals: 0}}, {{width: 1}}]\n      \
         rows: [[A, 5, x], [B, 60, \"\"], [C, \"\", y], [D, 40, y]]\n      figures:\n        \
         co-chu: {{count: 3}}\n        den-50: {{count: 2, at_most: 50}}\n        \
         bang-5: {{count: 2, equals: \"5\"}}\n        tu-50: {{count: 2, at_least: 50}}\n"
    );
    let dir = DataDir::new(REPORT, &[("01.yaml", &sector)]);
    let doc = document(&dir.path());
    assert!(
        paragraphs(&doc).contains(&"Đếm 3 2 1 1.".to_string()),
        "{:#?}",
        paragraphs(&doc)
    );
}

/// A row written as a mapping gives its numbers their own decimals (one indicator a row,
/// in a number column that mixes several); its text cells are not numbers.
#[test]
fn a_row_has_its_own_decimals() {
    let sector = r#"title: "Lĩnh vực thử:"
intro:
  - "Chiều dài [=dai] km, tỷ lệ [=ty-le]%."
  - table:
      columns: [{width: 1}, {width: 3}, {width: 1, decimals: 1}]
      rows:
        - {cells: [1, Chiều dài đường, "1,235"], decimals: 3}
        - [2, Tỷ lệ hộ dùng nước sạch, 93.64]
      figures:
        dai: {row: "1", column: 3}
        ty-le: {row: "2", column: 3}
"#;
    let dir = DataDir::new(REPORT, &[("01.yaml", sector)]);
    let (xml, md, doc) = outputs(&dir.path());
    assert!(
        paragraphs(&doc).contains(&"Chiều dài 1,235 km, tỷ lệ 93,6%.".to_string()),
        "{:#?}",
        paragraphs(&doc)
    );
    for table in [&docx_cells(&xml)[0], &markdown_cells(&md)[0]] {
        assert_eq!(table[0], ["1", "Chiều dài đường", "1,235"]);
        assert_eq!(table[1], ["2", "Tỷ lệ hộ dùng nước sạch", "93,6"]);
    }
    let bad = sector
        .replace("decimals: 3}", "decimals: 9}")
        .replace("[=dai] km, ", "");
    let dir = DataDir::new(REPORT, &[("01.yaml", &bad)]);
    let found = diagnostics(&dir.path());
    assert!(
        found
            .iter()
            .any(|d| d.contains("E-table-column") && d.contains("decimals: 9")),
        "{found:#?}"
    );
    let unknown = sector.replace("decimals: 3}", "decimal: 3}");
    let dir = DataDir::new(REPORT, &[("01.yaml", &unknown)]);
    let found = diagnostics(&dir.path());
    assert!(
        found
            .iter()
            .any(|d| d.contains("E-unknown-key") && d.contains("decimal")),
        "{found:#?}"
    );
}

/// Every option of a table out of its range is an error at its place: a width that is
/// not a positive number, a percentage of columns that are not whole numbers from 1, a
/// merge that is not a whole number from 1 to 100; a figure name of other characters
/// than lower-case ASCII letters, digits, `-` and `_`.
#[test]
fn options_out_of_range_are_errors_at_their_place() {
    let sector = format!(
        "{SECTOR}figures:\n  ho_ngheo-2: 1\n  Ho-ngheo: 2\n  ho.ngheo: 3\nintro:\n  - \"[=ho_ngheo-2]\"\n  \
         - table:\n      columns:\n        - {{width: 0}}\n        - {{width: -1}}\n        \
         - {{width: 2, decimals: 0}}\n        - {{width: 1, percent_of: [1.5, 3]}}\n        \
         - {{width: 1, percent_of: [0, 3]}}\n        - {{width: 1, percent_of: [3, 2.5]}}\n        \
         - {{width: 1, percent_of: [3, 0]}}\n      \
         rows:\n        - [{{text: A, cols: 1.5}}, {{text: B, rows: 0}}, 1, \"\", \"\", \"\", \"\"]\n        \
         - [{{text: C, cols: 101}}]\n"
    );
    let dir = DataDir::new(REPORT, &[("01.yaml", &sector)]);
    let found = diagnostics(&dir.path());
    let at = |line: usize, code: &str, text: &str| {
        assert!(
            found
                .iter()
                .any(|d| d.contains(&format!(":{line}:")) && d.contains(code) && d.contains(text)),
            "{line} {code} {text}: {found:#?}"
        );
    };
    at(9, "E-figure-name", "Ho-ngheo");
    at(10, "E-figure-name", "ho.ngheo");
    assert!(
        !found.iter().any(|d| d.contains("`ho_ngheo-2`")),
        "{found:#?}"
    );
    at(15, "E-table-column", "width: 0");
    at(16, "E-table-column", "width: -1");
    for (line, value) in [
        (18, "[1.5, 3]"),
        (19, "[0, 3]"),
        (20, "[3, 2.5]"),
        (21, "[3, 0]"),
    ] {
        at(line, "E-table-column", &format!("percent_of: {value}`"));
        at(line, "E-table-column", "cột được chia");
    }
    at(23, "E-table-span", "1.5");
    at(23, "E-table-span", "`0`");
    at(24, "E-table-span", "101");
}

/// A cell of the last YAML row merged down into the first row of the file: the file's
/// cells follow the continuation, each in its own column.
#[test]
fn a_cell_merged_down_into_the_files_rows() {
    let sector = r#"title: "Lĩnh vực thử:"
intro:
  - "Tổng [=tong]."
  - table:
      columns: [{width: 2}, {width: 1, decimals: 0, total_figure: tong}]
      rows:
        - [{text: Nhóm A, rows: 2}, 10]
      rows_from: {file: x.csv}
"#;
    let dir = DataDir::new(REPORT, &[("01.yaml", sector)]);
    fs::write(dir.path().join("x.csv"), "20\nNhóm B,30\n").unwrap();
    let (xml, md, doc) = outputs(&dir.path());
    assert!(
        paragraphs(&doc).contains(&"Tổng 60.".to_string()),
        "{:#?}",
        paragraphs(&doc)
    );
    let docx = docx_cells(&xml);
    assert_eq!(docx[0], [["Nhóm A", "10"], ["", "20"], ["Nhóm B", "30"]]);
    let markdown = markdown_cells(&md);
    assert_eq!(
        markdown[0],
        vec![vec!["Nhóm A", "10"], vec!["20"], vec!["Nhóm B", "30"]]
    );
}

/// A number cell that names a figure takes its value (names of letters, digits, `-` and
/// `_`); a note merged across a number column is no text of that column; a header's
/// number prints as written; the first column summed leaves no room for a label.
#[test]
fn figure_cells_merged_notes_header_numbers_and_a_first_column_total() {
    let sector = r#"title: "Lĩnh vực thử:"
intro:
  - "Tổng [=t0] và [=t1]."
  - table:
      columns: [{width: 1, decimals: 0, total_figure: t0}, {width: 1, decimals: 0, total_figure: t1}]
      header:
        - [Số, 10]
      rows:
        - [5, "[=so_a-b]"]
        - [{text: Ghi chú chung, cols: 2}]
        - [7, 3]
      total: {label: Tổng cộng, columns: [1, 2]}
figures:
  so_a-b: 4
"#;
    let dir = DataDir::new(REPORT, &[("01.yaml", sector)]);
    let (xml, md, doc) = outputs(&dir.path());
    assert!(
        paragraphs(&doc).contains(&"Tổng 12 và 7.".to_string()),
        "{:#?}",
        paragraphs(&doc)
    );
    let docx = docx_cells(&xml);
    assert_eq!(docx[0][0], ["Số", "10"]);
    assert_eq!(docx[0][1], ["5", "4"]);
    assert_eq!(
        docx[0][4],
        ["12", "7"],
        "no label: the first column is summed"
    );
    assert_eq!(markdown_cells(&md)[0][4], ["12", "7"]);
    // what only looks like a reference is no number; a row too wide is said, not a panic
    let bad = sector
        .replace("\"[=so_a-b]\"", "\"[=]\"")
        .replace("[7, 3]", "[7, 3, 9]");
    let dir = DataDir::new(REPORT, &[("01.yaml", &bad)]);
    let found = diagnostics(&dir.path());
    assert!(
        found
            .iter()
            .any(|d| d.contains("E-table-number") && d.contains("[=]")),
        "{found:#?}"
    );
    assert!(
        found.iter().any(|d| d.contains("E-table-row")),
        "{found:#?}"
    );
    for odd in ["[=a b]", "[=Ho]", "[=ho.a]"] {
        let bad = sector.replace("[=so_a-b]", odd);
        let dir = DataDir::new(REPORT, &[("01.yaml", &bad)]);
        let found = diagnostics(&dir.path());
        assert!(
            found.iter().any(|d| d.contains("lỗi[E-")),
            "{odd}: {found:#?}"
        );
    }
}

/// A table's sums and percentages past what exact decimals hold are errors of the
/// table, at the row or at the table, never a wrong number: a column whose sum
/// overflows, a row's percentage that overflows, a percentage of totals that overflows.
#[test]
fn a_tables_sums_and_percentages_past_exact_decimals_are_errors() {
    let table = |rows: &str| {
        format!(
            "{SECTOR}intro:\n  - table:\n      columns: [{{width: 1}}, {{width: 1, decimals: 0}}, \
             {{width: 1, decimals: 0}}, {{width: 1, percent_of: [2, 3]}}]\n      rows: {rows}\n      \
             total: {{label: Tổng, columns: [2, 3]}}\n"
        )
    };
    for (rows, line) in [
        // the sum of column 2
        (
            "[[A, 70000000000000000000000000000, 1, \"\"], [B, 70000000000000000000000000000, 1, \"\"]]",
            8,
        ),
        // a row's percentage: 7 × 10^26 × 100
        ("[[A, 900000000000000000000000000, 1, \"\"]]", 10),
        // the percentage of the totals: each row's fits, the sum's does not
        (
            "[[A, 500000000000000000000000000, 1, \"\"], [B, 500000000000000000000000000, 1, \"\"]]",
            8,
        ),
    ] {
        let dir = DataDir::new(REPORT, &[("01.yaml", &table(rows))]);
        let found = diagnostics(&dir.path());
        assert!(
            found
                .iter()
                .any(|d| d.contains("E-table-overflow") && d.contains(&format!(":{line}:"))),
            "{rows}: {found:#?}"
        );
        let o = run(dir.tmp.path(), &["build", "data", "--out", "out"]);
        assert_eq!(o.status.code(), Some(1), "{rows}");
    }
}

/// A row's percentage that overflows makes its table give no figure, even where the
/// totals do not overflow (a negative row brings them back); a percentage that only
/// differs from the computed one is a warning and leaves the table's figures.
#[test]
fn a_row_that_overflows_leaves_its_table_without_figures() {
    let sector = |rows: &str| {
        format!(
            "{SECTOR}intro:\n  - \"Tổng [=t].\"\n  - table:\n      columns: [{{width: 1}}, \
             {{width: 1, decimals: 0, total_figure: t}}, {{width: 1, decimals: 0}}, \
             {{width: 1, percent_of: [2, 3]}}]\n      rows: {rows}\n"
        )
    };
    let overflowing = sector(
        "[[A, 900000000000000000000000000, 1, \"\"], [B, -900000000000000000000000000, 1, \"\"]]",
    );
    let dir = DataDir::new(REPORT, &[("01.yaml", &overflowing)]);
    let o = run(dir.tmp.path(), &["figures", "data"]);
    assert!(stdout(&o).contains("t = không tính được"), "{}", stdout(&o));
    let differing = sector("[[A, 1, 4, \"30,0\"], [B, 3, 4, \"\"]]");
    let dir = DataDir::new(REPORT, &[("01.yaml", &differing)]);
    let o = run(dir.tmp.path(), &["figures", "data"]);
    assert!(stdout(&o).contains("t = 4 "), "{}", stdout(&o));
    assert!(stderr(&o).contains("W-table-percent"), "{}", stderr(&o));
}

/// A cell figure's row found by the text of its second column, where its first (the
/// number) does not say the key.
#[test]
fn a_cell_figure_by_the_second_columns_text() {
    let sector = r#"title: "Lĩnh vực thử:"
intro:
  - "Đường [=duong] km."
  - table:
      columns: [{width: 1}, {width: 3}, {width: 1, decimals: 1}]
      rows:
        - [1, Nạo vét kênh, 2.5]
        - [2, Làm đường, 4.2]
      figures:
        duong: {row: Làm đường, column: 3}
"#;
    let dir = DataDir::new(REPORT, &[("01.yaml", sector)]);
    let doc = document(&dir.path());
    assert!(
        paragraphs(&doc).contains(&"Đường 4,2 km.".to_string()),
        "{:#?}",
        paragraphs(&doc)
    );
}
