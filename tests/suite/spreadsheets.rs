//! Hostile spreadsheets: each crafted workbook or CSV file gets its error, named with
//! the file, the sheet and the limit, and the run never aborts, spins or grows past the
//! budgets (`load::budgets`; time and memory are measured by `scripts/bench-limits.sh`,
//! not asserted here).

use std::fs;
use std::io::Write;
use std::path::Path;

use super::support::*;

/// A sector whose table of 3 columns takes its rows from `file`, with `more` YAML lines
/// under `rows_from` (`range: …`).
fn sector(file: &str, more: &str) -> String {
    format!(
        "title: \"Lĩnh vực thử:\"\nmodels:\n  - body:\n      - Mô hình một.\nintro:\n  - table:\n      columns:\n        - {{width: 1}}\n        - {{width: 3, decimals: 0}}\n        - {{width: 3, decimals: 0}}\n      header:\n        - [Xã, Số hộ, Số người]\n      rows_from:\n        file: {file}\n{more}"
    )
}

/// A workbook of one sheet `Số liệu` whose `<sheetData>` is `rows` (and whatever else
/// `sheet_extra` puts before it), with shared strings `strings` when given.
fn workbook(rows: &str, strings: Option<&str>) -> Vec<u8> {
    workbook_parts(
        &format!(
            r#"<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>{rows}</sheetData></worksheet>"#
        ),
        strings,
    )
}

fn workbook_parts(sheet: &str, strings: Option<&str>) -> Vec<u8> {
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated);
    let shared_rel = if strings.is_some() {
        r#"<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>"#
    } else {
        ""
    };
    let mut parts = vec![
        (
            "[Content_Types].xml",
            r#"<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>"#.to_string(),
        ),
        (
            "_rels/.rels",
            r#"<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>"#.to_string(),
        ),
        (
            "xl/workbook.xml",
            r#"<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Số liệu" sheetId="1" r:id="rId1"/></sheets></workbook>"#.to_string(),
        ),
        (
            "xl/_rels/workbook.xml.rels",
            format!(r#"<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>{shared_rel}</Relationships>"#),
        ),
        ("xl/worksheets/sheet1.xml", sheet.to_string()),
    ];
    if let Some(strings) = strings {
        parts.push(("xl/sharedStrings.xml", strings.to_string()));
    }
    for (name, text) in parts {
        zip.start_file(name, options).unwrap();
        zip.write_all(text.as_bytes()).unwrap();
    }
    zip.finish().unwrap().into_inner()
}

/// `cells` as one row `r` (1-based): `(column letters, value)`.
fn row(r: u32, cells: &[(&str, &str)]) -> String {
    let cells: String = cells
        .iter()
        .map(|(col, v)| format!(r#"<c r="{col}{r}"><v>{v}</v></c>"#))
        .collect();
    format!(r#"<row r="{r}">{cells}</row>"#)
}

/// A data folder whose table reads `bang.xlsx` (or `.csv`) holding `bytes`.
fn folder(name: &str, bytes: &[u8], more: &str) -> DataDir {
    let dir = DataDir::new(REPORT, &[("01.yaml", &sector(name, more))]);
    fs::write(dir.path().join(name), bytes).unwrap();
    dir
}

/// What `report check` says (the first error line of each diagnostic), and its exit
/// code; nothing on stderr may be a panic or an abort.
fn check(dir: &Path) -> (Vec<String>, Option<i32>) {
    let o = run(dir, &["check", "."]);
    let err = stderr(&o);
    assert!(
        !err.contains("panicked") && !err.contains("memory allocation"),
        "{err}"
    );
    // the place's line, its indent (which grows with the line number's digits) left out
    let said = err
        .lines()
        .map(str::trim_start)
        .filter(|l| l.starts_with("lỗi[") || l.starts_with("--> "))
        .map(String::from)
        .collect();
    (said, o.status.code())
}

#[test]
fn a_cell_at_the_last_column_and_row_is_refused_not_an_abort() {
    // 1.9 KB; calamine's whole-sheet range would be 16,384 × 1,048,576 cells
    let rows = format!(
        "{}{}",
        row(1, &[("A", "1")]),
        row(1_048_576, &[("XFD", "2")])
    );
    let dir = folder("bang.xlsx", &workbook(&rows, None), "");
    let (said, code) = check(&dir.path());
    assert_eq!(code, Some(1));
    assert_eq!(
        said,
        [
            "lỗi[E-file-limit]: bảng lấy từ tệp rộng 16.384 cột (trang tính `Số liệu`), giới hạn là 100 cột",
            "--> ./bang.xlsx",
        ]
    );
}

#[test]
fn a_range_of_the_whole_sheet_is_refused_before_reading() {
    let rows = row(1, &[("A", "1"), ("B", "2"), ("C", "3")]);
    let dir = folder(
        "bang.xlsx",
        &workbook(&rows, None),
        "        range: A1:XFD1048576\n",
    );
    let (said, code) = check(&dir.path());
    assert_eq!(code, Some(1));
    assert_eq!(
        said[0],
        "lỗi[E-file-limit]: bảng lấy từ tệp rộng 16.384 cột (trang tính `Số liệu`), giới hạn là 100 cột"
    );
    // at the range in the sector file
    assert!(said[1].starts_with("--> ./sectors/01.yaml:"), "{said:?}");
}

/// A range down to the sheet's last row costs only the cells the sheet holds.
#[test]
fn a_range_to_the_last_row_reads_the_rows_there_are() {
    let rows = format!(
        "{}{}{}",
        row(1, &[("A", "0"), ("B", "0"), ("C", "0")]),
        row(2, &[("A", "1"), ("B", "20"), ("C", "300")]),
        row(3, &[("A", "2"), ("B", "21"), ("C", "301")])
    );
    let dir = folder(
        "bang.xlsx",
        &workbook(&rows, None),
        "        range: A1:C1048576\n        skip: 1\n",
    );
    let (said, code) = check(&dir.path());
    assert_eq!((said.as_slice(), code), (&[][..], Some(0)));
    // the header and the two rows under the skipped one
    let texts = first_table_rows(&document(&dir.path()));
    assert_eq!(texts, ["Xã|Số hộ|Số người", "1|20|300", "2|21|301"]);
}

#[test]
fn counts_calamine_would_trust_are_held_to_their_budgets() {
    let strings = r#"<?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="1" uniqueCount="4294967295"><si><t>Xã</t></si></sst>"#;
    let rows = r#"<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1"><v>1</v></c></row>"#;
    let dir = folder("bang.xlsx", &workbook(rows, Some(strings)), "");
    let (said, _) = check(&dir.path());
    assert_eq!(
        said[0],
        "lỗi[E-file-limit]: tệp XLSX khai báo hoặc có 4.294.967.295 chuỗi dùng chung, giới hạn là 1.000.000"
    );

    let rows = r#"<row r="1"><c r="A1"><v>1</v></c><c r="B1"><f t="shared" si="4000000000" ref="B1:B2">A1</f><v>1</v></c></row>"#;
    let dir = folder("bang.xlsx", &workbook(rows, None), "");
    let (said, _) = check(&dir.path());
    assert_eq!(
        said[0],
        "lỗi[E-file-limit]: tệp XLSX có công thức dùng chung số 4.000.000.000, giới hạn là 100.000"
    );
}

/// A sheet of a few hundred kilobytes that inflates past the budget of a part (blank
/// space between the rows, as a zip bomb has).
#[test]
fn a_part_that_inflates_past_its_budget_is_refused() {
    let blank = " ".repeat(65 << 20);
    let rows = format!("{}{blank}", row(1, &[("A", "1")]));
    let bytes = workbook(&rows, None);
    assert!(bytes.len() < 4 << 20, "{} bytes", bytes.len());
    let dir = folder("bang.xlsx", &bytes, "");
    let (said, _) = check(&dir.path());
    assert_eq!(
        said[0],
        "lỗi[E-file-limit]: phần `xl/worksheets/sheet1.xml` của tệp XLSX khi giải nén lớn hơn 64 MiB, giới hạn cho một phần"
    );
}

#[test]
fn rows_past_the_budget_are_refused() {
    let rows: String = (1..=100_001)
        .map(|r| format!(r#"<row r="{r}"><c r="A{r}"><v>{r}</v></c></row>"#))
        .collect();
    let dir = folder("bang.xlsx", &workbook(&rows, None), "");
    let (said, _) = check(&dir.path());
    assert_eq!(
        said[0],
        "lỗi[E-file-limit]: bảng lấy từ tệp có hơn 100.000 dòng (trang tính `Số liệu`), giới hạn của một tệp"
    );
    // the same rows in a CSV file
    let csv: String = (1..=100_001).map(|r| format!("x,{r},1\n")).collect();
    let dir = folder("bang.csv", csv.as_bytes(), "");
    let (said, _) = check(&dir.path());
    assert_eq!(
        said,
        [
            "lỗi[E-file-limit]: bảng lấy từ tệp có hơn 100.000 dòng, giới hạn của một tệp",
            "--> ./bang.csv:100001:1",
        ]
    );
}

#[test]
fn a_csv_record_past_the_columns_is_refused_at_its_line() {
    let wide = vec!["1"; 101].join(",");
    let dir = folder("bang.csv", format!("a,1,2\n{wide}\n").as_bytes(), "");
    let (said, _) = check(&dir.path());
    assert_eq!(
        said,
        [
            "lỗi[E-file-limit]: bảng lấy từ tệp rộng 101 cột, giới hạn là 100 cột",
            "--> ./bang.csv:2:1",
        ]
    );
}

/// What the csv crate reads without complaint: text after a closing quote, a quote
/// never closed.
#[test]
fn quotes_that_do_not_close_their_cell_are_errors_at_the_cell() {
    for (csv, at) in [
        (
            "Xã Một,1,2\nXã \"Hai\",3,4\n\"Ba\" xã,5,6\n",
            "--> ./bang.csv:3:1",
        ),
        ("Xã Một,1,2\nXã Hai,\"3,4\n", "--> ./bang.csv:2:8"),
    ] {
        let dir = folder("bang.csv", csv.as_bytes(), "");
        let (said, code) = check(&dir.path());
        assert_eq!(code, Some(1));
        assert_eq!(
            said,
            [
                "lỗi[E-csv]: ô mở bằng dấu ngoặc kép nhưng không đóng đúng ở cuối ô",
                at
            ],
            "{csv:?}"
        );
    }
}

/// A cell is text like any other: a control character (an escape sequence that would
/// act on a terminal showing the Markdown) and TCVN3 mojibake are found at their cells.
#[test]
fn a_cells_text_is_checked_like_yaml_text() {
    let csv = "Xã \u{1b}]0;pwned\u{7},1,2\nCéng hoµ x· héi,3,4\n";
    let dir = folder("bang.csv", csv.as_bytes(), "");
    let (said, code) = check(&dir.path());
    assert_eq!(code, Some(1));
    assert_eq!(
        said,
        [
            "lỗi[E-control-char]: ký tự điều khiển U+001B trong văn bản",
            "--> ./bang.csv:1:1",
            "lỗi[E-legacy-encoding]: văn bản có vẻ được gõ bằng bảng mã cũ TCVN3 (ABC) (hiện thành chữ lỗi trong UTF-8)",
            "--> ./bang.csv:2:1",
        ]
    );
    // in a workbook, an inline string with an escape character
    let rows = r#"<row r="1"><c r="A1" t="inlineStr"><is><t>Xã &#27;[31m</t></is></c><c r="B1"><v>1</v></c></row>"#;
    let dir = folder("bang.xlsx", &workbook(rows, None), "");
    let (said, _) = check(&dir.path());
    assert_eq!(said[1], "--> ./bang.xlsx:Số liệu!A1");
    assert!(said[0].starts_with("lỗi[E-control-char]"), "{said:?}");
}

/// The fuzz target `tables` (fuzz/fuzz_targets/tables.rs) writes its bytes as the file of
/// this folder's one table: the folder must be valid with a good file of either kind, or
/// the fuzzed bytes stop at the folder's own error and never reach the readers.
#[test]
fn the_fuzz_target_reaches_the_readers() {
    let report = include_str!("../corpus/xlsx-formula/report.yaml");
    let sector = include_str!("../../fuzz/tables-sector.yaml");
    let rows = format!(
        "{}{}",
        row(1, &[("A", "Xã A"), ("B", "10"), ("C", "1.5")]),
        row(2, &[("A", "Xã B"), ("B", "20"), ("C", "2.5")])
    );
    let rows = rows
        .replace("<c r=\"A1\">", "<c r=\"A1\" t=\"str\">")
        .replace("<c r=\"A2\">", "<c r=\"A2\" t=\"str\">");
    for (ext, bytes) in [
        ("csv", b"Xa A,10,1.5\nXa B,20,2.5\n".to_vec()),
        ("xlsx", workbook(&rows, None)),
    ] {
        let dir = DataDir::new(
            report,
            &[(
                "01.yaml",
                &sector.replace("bang.EXT", &format!("bang.{ext}")),
            )],
        );
        fs::write(dir.path().join(format!("bang.{ext}")), bytes).unwrap();
        let rows = first_table_rows(&document(&dir.path()));
        assert_eq!(rows.len(), 4, "{ext}: {rows:?}");
        assert!(rows[3].ends_with("|30|4,0"), "{ext}: {rows:?}");
    }
}

/// A workbook calamine cannot read is said in the clerk's words, in the run's language;
/// calamine's own words, in English, only as the detail.
#[test]
fn why_a_workbook_cannot_be_read_is_said_in_the_clerks_words() {
    let mut ole = vec![0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
    ole.extend([0; 504]);
    let no_workbook = {
        let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
        zip.start_file(
            "[Content_Types].xml",
            zip::write::SimpleFileOptions::default(),
        )
        .unwrap();
        zip.write_all(b"<Types/>").unwrap();
        zip.finish().unwrap().into_inner()
    };
    let broken = workbook_parts(
        "<worksheet><sheetData><row r=\"1\"><c r=\"A1\"><v>1</v></c></row></sheetData",
        None,
    );
    let cases: [(&[u8], &str, &str); 4] = [
        (
            b"Xa,So ho\nA,1\n",
            "tệp không phải là bảng tính .xlsx (không mở được như một tệp nén)",
            "mở tệp bằng Excel hoặc LibreOffice",
        ),
        (
            &ole,
            "tệp là bảng tính Excel cũ (.xls) hoặc được đặt mật khẩu, không phải .xlsx",
            "bỏ mật khẩu của tệp (nếu có)",
        ),
        (
            &no_workbook,
            "tệp thiếu một phần bên trong mà bảng tính cần",
            "mở tệp bằng Excel hoặc LibreOffice",
        ),
        (
            &broken,
            "nội dung XML bên trong tệp bị hỏng",
            "mở tệp bằng Excel hoặc LibreOffice",
        ),
    ];
    for (bytes, why, hint) in cases {
        let dir = folder("bang.xlsx", bytes, "");
        let o = run(&dir.path(), &["check", "."]);
        let err = stderr(&o);
        assert_eq!(o.status.code(), Some(1), "{err}");
        let first = format!("lỗi[E-xlsx]: không đọc được tệp XLSX: {why}");
        assert_eq!(err.lines().next(), Some(first.as_str()), "{err}");
        assert!(err.contains(&format!("gợi ý: {hint}")), "{err}");
        // calamine's words only after "chi tiết:", on their own line
        for line in err.lines().filter(|l| !l.contains("chi tiết:")) {
            assert!(
                !line.contains("Zip") && !line.contains("zip error") && !line.contains("Xml"),
                "{line}"
            );
        }
        let o = run(&dir.path(), &["check", ".", "--lang", "en"]);
        let err = stderr(&o);
        assert!(
            err.starts_with("error[E-xlsx]: cannot read the XLSX file: "),
            "{err}"
        );
    }
}

/// A sector of one table for each of `files` (each with its `rows_from` lines after the
/// file's name).
fn sector_of_tables(files: &[&str]) -> String {
    let tables: String = files
        .iter()
        .map(|file| {
            format!(
                "  - table:\n      columns:\n        - {{width: 1}}\n        - {{width: 3, decimals: 0}}\n        - {{width: 3, decimals: 0}}\n      header:\n        - [Xã, Số hộ, Số người]\n      rows_from:\n        file: {file}\n"
            )
        })
        .collect();
    format!("title: \"Lĩnh vực thử:\"\nmodels:\n  - body:\n      - Mô hình một.\nintro:\n{tables}")
}

/// Several tables naming one workbook read it once: one scan of the sheet gives each
/// table the rows of its range, the same range to two tables alike.
#[test]
fn several_tables_take_their_ranges_from_one_reading() {
    let rows = format!(
        "{}{}{}",
        row(1, &[("A", "1"), ("B", "20"), ("C", "300")]),
        row(2, &[("A", "2"), ("B", "21"), ("C", "301")]),
        row(3, &[("A", "3"), ("B", "22"), ("C", "302")])
    );
    let sector = sector_of_tables(&[
        "bang.xlsx\n        range: A1:C1",
        "bang.xlsx\n        range: A2:C3",
        "./bang.xlsx\n        range: A2:C3",
        "bang.xlsx\n        range: B1:D3\n        skip: 2",
    ]);
    let dir = DataDir::new(REPORT, &[("01.yaml", &sector)]);
    fs::write(dir.path().join("bang.xlsx"), workbook(&rows, None)).unwrap();
    let tables = tables_rows(&document(&dir.path()));
    let header = "Xã|Số hộ|Số người";
    assert_eq!(
        tables,
        [
            vec![header, "1|20|300"],
            vec![header, "2|21|301", "3|22|302"],
            vec![header, "2|21|301", "3|22|302"],
            vec![header, "22|302|"],
        ]
    );
}

/// A problem of a file, or of a cell two tables take, is said once, not once for each
/// table naming the file.
#[test]
fn a_problem_of_a_file_several_tables_name_is_said_once() {
    let rows = format!(
        "{}{}",
        row(1, &[("A", "1"), ("B", "20"), ("C", "300")]),
        r#"<row r="2"><c r="A2"><v>2</v></c><c r="B2" t="e"><v>#DIV/0!</v></c></row>"#
    );
    let sector = sector_of_tables(&[
        "bang.xlsx\n        range: A1:C2",
        "bang.xlsx\n        range: A2:C2",
        "bang.xlsx",
        "hong.csv",
        "hong.csv\n        skip: 1",
    ]);
    let dir = DataDir::new(REPORT, &[("01.yaml", &sector)]);
    fs::write(dir.path().join("bang.xlsx"), workbook(&rows, None)).unwrap();
    fs::write(dir.path().join("hong.csv"), b"1,2,3\n4,\xff,6\n").unwrap();
    let said: Vec<String> = diagnostics(&dir.path())
        .into_iter()
        .filter(|l| l.contains("lỗi["))
        .collect();
    assert_eq!(said.len(), 2, "{said:#?}");
    assert!(
        said[0].contains("Số liệu!B2") && said[0].contains("#DIV/0!"),
        "{said:#?}"
    );
    assert!(said[1].contains("hong.csv:2:3"), "{said:#?}");
}

/// The system's reasons are said in the run's language, the limit named: a file past
/// the 4 MiB of one file, links that lead in a loop.
#[cfg(unix)]
#[test]
fn why_a_file_was_not_read_is_said_in_vietnamese() {
    let big = vec![b'1'; (4 << 20) + 1];
    let dir = folder("bang.csv", &big, "");
    let (said, _) = check(&dir.path());
    assert_eq!(
        said[0],
        "lỗi[E-rows-from]: không đọc được tệp `bang.csv`: tệp lớn hơn 4 MiB, giới hạn cho một tệp"
    );
    // the hint is about the size, not the name or the permission
    let err = stderr(&run(&dir.path(), &["check", "."]));
    assert!(
        err.contains("gợi ý: tách tệp thành các tệp nhỏ hơn"),
        "{err}"
    );
    let dir = DataDir::new(REPORT, &[("01.yaml", &sector("vong.csv", ""))]);
    std::os::unix::fs::symlink("vong-2.csv", dir.path().join("vong.csv")).unwrap();
    std::os::unix::fs::symlink("vong.csv", dir.path().join("vong-2.csv")).unwrap();
    let (said, _) = check(&dir.path());
    assert_eq!(
        said[0],
        "lỗi[E-rows-from]: không đọc được tệp `vong.csv`: các liên kết tượng trưng (symlink) trỏ vòng vào nhau"
    );
}

/// A CSV file's delimiter: a tab (written `"\t"`) and `;` read; another is an error at
/// the delimiter with the ones that work; `sheet` and `range`, which a CSV file has not,
/// are errors rather than ignored.
#[test]
fn a_csv_files_delimiter_and_the_options_it_has_not() {
    let dir = folder(
        "bang.csv",
        "Xã A\t1\t2\nXã B\t3\t4\n".as_bytes(),
        "        delimiter: \"\\t\"\n",
    );
    let rows = first_table_rows(&document(&dir.path()));
    assert_eq!(rows, ["Xã|Số hộ|Số người", "Xã A|1|2", "Xã B|3|4"]);

    let dir = folder("bang.csv", b"A|1|2\n", "        delimiter: \"|\"\n");
    let o = run(&dir.path(), &["check", "."]);
    let err = stderr(&o);
    assert!(
        err.starts_with("lỗi[E-csv]: dấu phân cách cột `|` không dùng được cho tệp CSV"),
        "{err}"
    );
    assert!(err.contains("--> ./sectors/01.yaml:"), "{err}");
    assert!(err.contains("\"\\t\" (dấu tab)"), "{err}");

    let dir = folder(
        "bang.csv",
        b"A,1,2\n",
        "        range: A1:C1\n        sheet: Trang 1\n",
    );
    let (said, code) = check(&dir.path());
    assert_eq!(code, Some(1));
    let errors: Vec<&String> = said.iter().filter(|l| l.starts_with("lỗi[")).collect();
    assert_eq!(
        errors,
        [
            "lỗi[E-csv]: `sheet` chỉ dùng cho tệp XLSX, không dùng cho tệp CSV",
            "lỗi[E-csv]: `range` chỉ dùng cho tệp XLSX, không dùng cho tệp CSV"
        ]
    );
}
