//! The loader and validator: one data folder per kind of field, valid and invalid.

use report::document::{Role, Span};

use super::support::*;

fn body_lines(doc: &report::document::Document) -> Vec<String> {
    doc.paragraphs()
        .map(|b| {
            let marker = b
                .marker
                .as_deref()
                .map(|m| format!("{m} "))
                .unwrap_or_default();
            format!("{:?}: {marker}{}", b.role, texts(&b.spans))
        })
        .collect()
}

#[test]
fn header_fields() {
    let report = REPORT.replace("agency:\n", "agency:\n  parent: UBND TỈNH THỬ\n");
    let dir = DataDir::new(&report, &[("01.yaml", SECTOR)]);
    let doc = document(&dir.path());
    assert_eq!(doc.header.parent_agency, ["UBND TỈNH THỬ"]);
    assert_eq!(doc.header.agency, ["ỦY BAN NHÂN DÂN", "THÀNH PHỐ THỬ"]);
    assert_eq!(doc.header.number, "Số: 07/BC-UBND");
    assert_eq!(doc.header.place_date, "Thử, ngày 05 tháng 3 năm 2024");
    assert_eq!(doc.title.doc_type, "BÁO CÁO");
    assert_eq!(doc.title.summary, "Tình hình thử nghiệm");
    assert!(doc.addressees.is_empty());
}

#[test]
fn blank_number_leaves_room_to_write() {
    let report = REPORT.replace("number: \"07\"\n", "number: \"\"\n");
    let dir = DataDir::new(&report, &[("01.yaml", SECTOR)]);
    assert_eq!(document(&dir.path()).header.number, "Số:       /BC-UBND");
    let report = REPORT.replace("number: \"07\"\n", "");
    let dir = DataDir::new(&report, &[("01.yaml", SECTOR)]);
    assert_eq!(document(&dir.path()).header.number, "Số:       /BC-UBND");
}

#[test]
fn addressees_one_and_several() {
    let one = format!("{REPORT}addressees:\n  - Văn phòng UBND tỉnh\n");
    let dir = DataDir::new(&one, &[("01.yaml", SECTOR)]);
    assert_eq!(document(&dir.path()).addressees, ["Văn phòng UBND tỉnh."]);
    let two = format!("{REPORT}addressees:\n  - Sở A\n  - Sở B;\n");
    let dir = DataDir::new(&two, &[("01.yaml", SECTOR)]);
    assert_eq!(document(&dir.path()).addressees, ["- Sở A;", "- Sở B."]);
}

#[test]
fn recipients_signer_and_closing() {
    let dir = DataDir::new(REPORT, &[("01.yaml", SECTOR)]);
    let doc = document(&dir.path());
    assert_eq!(doc.closing.recipients, ["- Như trên;", "- Lưu: VT."]);
    assert_eq!(
        doc.closing.signer_lines,
        ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"]
    );
    assert_eq!(doc.closing.signer_name, "Nguyễn Văn A");
    let last = doc.paragraphs().last().unwrap();
    assert_eq!(last.role, Role::Closing);
    assert_eq!(texts(&last.spans), "Trên đây là báo cáo./.");
}

#[test]
fn opening_sections_sectors_models_items_in_reading_order() {
    let report = REPORT
        .replace("sections:\n", "opening:\n  - Căn cứ kế hoạch.\nsections:\n")
        .replace(
            "    include: sectors\n",
            "    body:\n      - Tổng quát.\n    include: sectors\n",
        );
    let sector = r#"title: "Lĩnh vực một:"
lead: "đã làm như sau:"
intro:
  - Mở đầu lĩnh vực.
models:
  - title: Mô hình có tên
    body:
      - Đoạn một.
      - "- gạch đầu dòng"
      - "+ dấu cộng"
  - body:
      - Mô hình không tên, số đứng đầu đoạn.
      - Đoạn thứ hai.
after:
  - Ngoài ra.
difficulties:
  - Khó khăn A.
proposals:
  - Đề xuất A.
"#;
    let dir = DataDir::new(&report, &[("01.yaml", sector), ("02.yaml", SECTOR)]);
    let doc = document(&dir.path());
    assert_eq!(
        body_lines(&doc),
        [
            "Paragraph: Căn cứ kế hoạch.",
            "SectionHeading: 1. Kết quả",
            "Paragraph: Tổng quát.",
            "SectorHeading: * Lĩnh vực một: đã làm như sau:",
            "Paragraph: Mở đầu lĩnh vực.",
            "ModelHeading: 1) Mô hình có tên",
            "Paragraph: Đoạn một.",
            "Item: - gạch đầu dòng",
            "Item: + dấu cộng",
            "Paragraph: 2) Mô hình không tên, số đứng đầu đoạn.",
            "Paragraph: Đoạn thứ hai.",
            "Paragraph: Ngoài ra.",
            "SectorHeading: * Lĩnh vực thử:",
            "Paragraph: 1) Mô hình một.",
            "SectionHeading: 2. Khó khăn",
            "Item: - Khó khăn A.",
            "Item: - Khó khăn một.",
            "Closing: Trên đây là báo cáo./.",
        ]
    );
    // The sector title is bold, its lead is not.
    let sector_heading = doc.paragraphs().nth(3).unwrap();
    assert!(matches!(
        &sector_heading.spans[0],
        Span::Text { bold: true, .. }
    ));
    assert!(matches!(
        sector_heading.spans.last().unwrap(),
        Span::Text { bold: false, .. }
    ));
}

#[test]
fn numbering_styles_come_from_the_data() {
    let report =
        format!("{REPORT}numbering:\n  sections: \"I.\"\n  sectors: \"1.\"\n  models: \"a)\"\n");
    let dir = DataDir::new(&report, &[("01.yaml", SECTOR), ("02.yaml", SECTOR)]);
    let markers: Vec<String> = document(&dir.path())
        .paragraphs()
        .filter_map(|b| b.marker.clone())
        .collect();
    assert_eq!(markers, ["I.", "1.", "a)", "2.", "a)", "II.", "-", "-"]);
}

#[test]
fn emphasis_becomes_bold_and_italic_runs() {
    let sector =
        "title: \"T:\"\nmodels:\n  - body:\n      - 'Rất *quan trọng* và **gấp**, dấu \\* thật.'\n";
    let dir = DataDir::new(REPORT, &[("01.yaml", sector)]);
    let doc = document(&dir.path());
    let model = doc
        .paragraphs()
        .find(|b| b.marker.as_deref() == Some("1)"))
        .unwrap();
    let runs: Vec<(String, bool, bool)> = model
        .spans
        .iter()
        .map(|s| match s {
            Span::Text { text, bold, italic } => (text.clone(), *bold, *italic),
            Span::FootnoteRef { .. } => unreachable!(),
        })
        .collect();
    assert_eq!(
        runs,
        [
            ("Rất ".to_string(), false, false),
            ("quan trọng".to_string(), false, true),
            (" và ".to_string(), false, false),
            ("gấp".to_string(), true, false),
            (", dấu * thật.".to_string(), false, false),
        ]
    );
}

#[test]
fn text_is_normalised_to_nfc() {
    // "Thử" written decomposed: h + combining hook above on ư.
    let nfd = "Th\u{1b0}\u{309}";
    let sector = format!("title: \"{nfd}:\"\nintro:\n  - {nfd} nghiệm.\n");
    let dir = DataDir::new(REPORT, &[("01.yaml", &sector)]);
    let doc = document(&dir.path());
    assert!(body_lines(&doc).contains(&"SectorHeading: * Thử:".to_string()));
    assert!(body_lines(&doc).contains(&"Paragraph: Thử nghiệm.".to_string()));
}

#[test]
fn sectors_are_read_in_file_name_order() {
    let a = "title: \"A:\"\nintro:\n  - a\n";
    let b = "title: \"B:\"\nintro:\n  - b\n";
    let dir = DataDir::new(REPORT, &[("10-b.yaml", b), ("02-a.yaml", a)]);
    let headings: Vec<String> = body_lines(&document(&dir.path()))
        .into_iter()
        .filter(|l| l.starts_with("SectorHeading"))
        .collect();
    assert_eq!(headings, ["SectorHeading: * A:", "SectorHeading: * B:"]);
}

// Each kind of load and validation error has its case in tests/corpus (see corpus.rs);
// here, what the corpus does not show: problems inside values that span several lines,
// and several problems in one file.

#[test]
fn a_reference_inside_a_wrapped_paragraph_is_pointed_at_exactly() {
    let sector = "title: \"T:\"\nintro:\n  - \"Đoạn văn dài được ngắt\n     xuống dòng, có chú thích[^thieu] ở dòng hai\"\n  - Dòng trơn\n    nối tiếp[^thieu2] nữa\n";
    let dir = DataDir::new(REPORT, &[("01.yaml", sector)]);
    let d = diagnostics(&dir.path());
    assert!(
        d[0].starts_with(
            "DATA/sectors/01.yaml:4:30: lỗi[E-footnote-undefined]: chú thích `[^thieu]`"
        ),
        "{d:#?}"
    );
    assert!(
        d[1].starts_with(
            "DATA/sectors/01.yaml:6:13: lỗi[E-footnote-undefined]: chú thích `[^thieu2]`"
        ),
        "{d:#?}"
    );
}

#[test]
fn markup_errors_point_into_the_text() {
    let sector = "title: \"T:\"\nintro:\n  - \"Đây là *chưa đóng\"\n  - Sai [^Khóa sai]\n";
    let dir = DataDir::new(REPORT, &[("01.yaml", sector)]);
    let d = diagnostics(&dir.path());
    assert!(
        d[0].starts_with("DATA/sectors/01.yaml:3:13: lỗi[E-markup]"),
        "{d:#?}"
    );
    assert!(
        d[1].starts_with("DATA/sectors/01.yaml:4:9: lỗi[E-markup]"),
        "{d:#?}"
    );
}

#[test]
fn every_structural_problem_of_a_file_at_once() {
    let report = REPORT
        .replace("place: Thử\n", "plac: Thử\n")
        .replace("summary: Tình hình thử nghiệm\n", "summary: [a, b]\n");
    let sector = "title: \"X:\"\nintr:\n  - a\nmodels:\n  - titel: b\n    body: [c]\n";
    let dir = DataDir::new(&report, &[("01.yaml", sector)]);
    let codes: Vec<String> = diagnostics(&dir.path())
        .iter()
        .map(|l| l.split(": ").nth(1).unwrap().to_string())
        .collect();
    assert_eq!(
        codes,
        [
            "lỗi[E-unknown-key]",
            "lỗi[E-wrong-type]",
            // `place` is missing, but `plac` was taken for it: said once, as unknown
            "lỗi[E-unknown-key]",
            "lỗi[E-unknown-key]",
        ]
    );
}

/// Blank means blank: a text the report cannot go without, written as white space, as
/// characters of no width, or as markup around nothing, is `E-blank` at its place, and
/// nothing is built (it would print as `****`, `- ;` or `*, ngày …*`).
#[test]
fn a_required_text_that_shows_nothing_is_blank() {
    let cases = [
        ("summary: Tình hình thử nghiệm", "summary: \" \"", "10:10"),
        ("doc_type: BÁO CÁO", "doc_type: \"\\u200B\"", "9:11"),
        ("place: Thử", "place: \"\\u3000\\uFEFF\"", "7:8"),
        ("    - THÀNH PHỐ THỬ", "    - \"\\u2060\"", "4:7"),
        ("  - Như trên", "  - \" \"", "18:5"),
        ("  title: CHỦ TỊCH", "  title: \"\\t\"", "23:10"),
        ("  name: Nguyễn Văn A", "  name: \"\\u00AD\"", "24:9"),
        ("    - TM. ỦY BAN NHÂN DÂN", "    - \" \"", "22:7"),
        (
            "closing: Trên đây là báo cáo.",
            "closing: \"****\"",
            "16:10",
        ),
        ("  - title: Kết quả", "  - title: \"** **\"", "12:12"),
    ];
    for (from, to, at) in cases {
        assert!(REPORT.contains(from), "{from}");
        let dir = DataDir::new(&REPORT.replace(from, to), &[("01.yaml", SECTOR)]);
        let said = diagnostics(&dir.path());
        assert_eq!(said.len(), 1, "{to}: {said:?}");
        assert!(
            said[0].starts_with(&format!("DATA/report.yaml:{at}: lỗi[E-blank]")),
            "{to}: {said:?}"
        );
    }
    // a contact line given blank, in the marks
    let dir = DataDir::new(
        &format!("{REPORT}marks:\n  contact:\n    phone: \"\\u200B\"\n"),
        &[("01.yaml", SECTOR)],
    );
    let said = diagnostics(&dir.path());
    assert_eq!(said.len(), 1, "{said:?}");
    assert!(
        said[0].starts_with("DATA/report.yaml:27:12: lỗi[E-blank]"),
        "{said:?}"
    );
}
