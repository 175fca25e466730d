//! The optional marks (`marks:` in report.yaml): where each lands in the DOCX and the
//! Markdown of examples/du-thao-co-dau, that a report without marks has none of their
//! parts, that hostile text in them stays text, and the checks of their values.
//! (The exact diagnostic texts are pinned in tests/corpus/mark-*.)

use super::support::*;

fn example() -> report::document::Document {
    document(&root().join("examples/du-thao-co-dau"))
}

fn parts() -> std::collections::BTreeMap<String, String> {
    unzip(&report::render::docx::render(&example()))
}

/// The text of the paragraphs of an XML part, one string per `<w:p>`.
fn paragraphs(xml: &str) -> Vec<String> {
    xml.split("<w:p>")
        .skip(1)
        .map(|p| {
            p.split("<w:t xml:space=\"preserve\">")
                .skip(1)
                .map(|t| t.split("</w:t>").next().unwrap_or(""))
                .collect()
        })
        .collect()
}

#[test]
fn urgency_sits_framed_under_the_number_in_the_left_column() {
    let doc = &parts()["word/document.xml"];
    let header_table = doc.split("</w:tbl>").next().unwrap();
    let number = header_table.find("/BC-UBND").unwrap();
    let stamp = header_table
        .find(">KHẨN<")
        .expect("KHẨN in the header table");
    let place = header_table.find("Tân Phú Đông, ngày").unwrap();
    assert!(
        number < stamp && stamp < place,
        "under the number, left cell"
    );
    // the stamp's paragraph: a box of four single lines, bold, 13 pt
    let para = &header_table[header_table[..stamp].rfind("<w:p>").unwrap()..stamp];
    for side in ["top", "left", "bottom", "right"] {
        assert!(
            para.contains(&format!("<w:{side} w:val=\"single\"")),
            "{side}: {para}"
        );
    }
    assert!(
        para.contains("<w:b/>") && para.contains(r#"<w:sz w:val="26"/>"#),
        "{para}"
    );
    // 20 mm wide as the decree draws KHẨN: the left column less both indents, plus the
    // two 4 pt spaces outside them
    let ind = para.split("<w:ind w:left=\"").nth(1).unwrap();
    let left: u32 = ind.split('"').next().unwrap().parse().unwrap();
    let right: u32 = ind
        .split("w:right=\"")
        .nth(1)
        .unwrap()
        .split('"')
        .next()
        .unwrap()
        .parse()
        .unwrap();
    let column = 3686;
    let drawn = column - left - right + 2 * 80;
    assert!((1100..1180).contains(&drawn), "frame {drawn} twips");
}

#[test]
fn draft_and_circulation_head_page_one_only() {
    let p = parts();
    let first = &p["word/header2.xml"];
    let texts = paragraphs(first);
    assert_eq!(texts[0], "Dự thảo lần 2");
    assert_eq!(texts[1], "LƯU HÀNH NỘI BỘ");
    let circulation = &first[first
        .rfind("<w:p>")
        .map(|_| first.find("LƯU").unwrap())
        .unwrap()
        - 600..];
    assert!(
        circulation.contains(r#"<w:jc w:val="right"/>"#),
        "{circulation}"
    );
    assert!(!p["word/header1.xml"].contains("Dự thảo"));
    assert!(!p["word/header1.xml"].contains("LƯU HÀNH"));
    // the header of page 1 is the first-page header of the first section
    let doc = &p["word/document.xml"];
    let main = doc.split("</w:sectPr>").next().unwrap();
    assert!(main.contains(r#"<w:headerReference w:type="first" r:id="rId5"/>"#));
    assert!(main.contains("<w:titlePg/>"));
}

#[test]
fn typist_code_ends_the_recipients() {
    let doc = &parts()["word/document.xml"];
    let closing = doc[doc.find("Nơi nhận:").unwrap()..]
        .split("</w:tc>")
        .next()
        .unwrap();
    let lines = paragraphs(closing);
    assert_eq!(lines.last().unwrap(), "PL.(12)");
    assert_eq!(lines[lines.len() - 2], "- Lưu: VT, VP.");
    let para = &closing[closing.rfind("<w:p>").unwrap()..];
    assert!(
        para.contains(r#"<w:sz w:val="22"/>"#) && !para.contains("<w:i/>"),
        "{para}"
    );
}

#[test]
fn contact_block_is_the_first_page_footer_and_no_appendix_inherits_it() {
    let p = parts();
    let footer = &p["word/footer1.xml"];
    let lines = paragraphs(footer);
    assert_eq!(
        lines,
        [
            "Địa chỉ: Ấp Tân Phú, xã Tân Phú Đông, tỉnh Đồng Tháp",
            "ĐT: 0277 3861 234; Fax: 0277 3861 235",
            "E-mail: ubnd.tanphudong@dongthap.gov.vn; Website: tanphudong.dongthap.gov.vn",
        ]
    );
    // the rule: a top border on the first line, no side indents; 11 pt
    let first = footer.split("<w:p>").nth(1).unwrap();
    assert!(
        first.contains(r#"<w:top w:val="single""#) && !first.contains("<w:ind"),
        "{first}"
    );
    assert!(footer.matches(r#"<w:sz w:val="22"/>"#).count() >= 3);
    assert_eq!(paragraphs(&p["word/footer2.xml"]), [""]);
    let doc = &p["word/document.xml"];
    let sections: Vec<&str> = doc.split("<w:sectPr>").skip(1).collect();
    assert_eq!(sections.len(), 3, "the report and two appendices");
    assert!(sections[0].contains(r#"<w:footerReference w:type="first" r:id="rId6"/>"#));
    assert!(!sections[0].contains(r#"w:type="default" r:id="rId6""#));
    for s in &sections[1..] {
        assert!(
            s.contains(r#"<w:footerReference w:type="first" r:id="rId7"/>"#),
            "{s}"
        );
        assert!(!s.contains("rId6"), "{s}");
    }
    let rels = &p["word/_rels/document.xml.rels"];
    assert!(rels.contains(r#"Id="rId6""#) && rels.contains("footer1.xml"));
    assert!(p["[Content_Types].xml"].contains("/word/footer1.xml"));
}

#[test]
fn a_report_without_marks_has_none_of_their_parts() {
    let p = unzip(&report::render::docx::render(&document(
        &root().join("data/2021-04"),
    )));
    assert!(!p.keys().any(|k| k.contains("footer")), "{:?}", p.keys());
    assert!(!p["word/_rels/document.xml.rels"].contains("footer"));
    assert!(!p["word/document.xml"].contains("footerReference"));
    assert!(!p["word/header2.xml"].contains("<w:tbl>"));
}

#[test]
fn markdown_prints_every_mark() {
    let doc = example();
    let tera = report::render::templates::load(None).unwrap();
    let md = report::render::markdown::render(&doc, &tera).unwrap();
    assert!(
        md.starts_with("**Dự thảo lần 2**\n\n**LƯU HÀNH NỘI BỘ**\n\n| "),
        "{md}"
    );
    assert!(md.contains("| Số:       /BC-UBND<br>**KHẨN** |"), "{md}");
    assert!(md.contains("- Lưu: VT, VP.<br>PL.(12) |"), "{md}");
    assert!(
        md.contains("\n---\n\nĐịa chỉ: Ấp Tân Phú, xã Tân Phú Đông, tỉnh Đồng Tháp\n\nĐT: 0277 3861 234; Fax: 0277 3861 235\n"),
        "{md}"
    );
    // the contact block comes before the appendices
    assert!(md.find("Địa chỉ:").unwrap() < md.find("## Phụ lục I").unwrap());
}

#[test]
fn hostile_text_in_the_marks_stays_text() {
    let hostile = "- # [x](y) | <b>&amp; *z* \u{b}\u{0}]]>";
    let mut doc = document_with("Thử");
    doc.marks = report::marks::Marks {
        urgency: Some(report::marks::Urgency::HoaToc),
        circulation: Some(report::marks::Circulation::ReturnAfterReading),
        typist: Some(report::marks::Typist {
            code: hostile.into(),
            copies: 3,
        }),
        contact: report::marks::Contact {
            address: Some(hostile.into()),
            email: Some(hostile.into()),
            ..Default::default()
        },
        draft: Some(1),
        electronic: true,
    };
    for (name, xml) in unzip(&report::render::docx::render(&doc)) {
        well_formed(&xml).unwrap_or_else(|e| panic!("{name}: {e}"));
    }
    let tera = report::render::templates::load(None).unwrap();
    let md = report::render::markdown::render(&doc, &tera).unwrap();
    // no list, heading, link, HTML or table cell break made of the text
    assert!(md.contains("Địa chỉ: - \\# \\[x\\](y) | \\<b\\>"), "{md}");
    assert!(
        md.contains("<br>- \\# \\[x\\](y) \\| \\<b\\>"),
        "a table cell: {md}"
    );
    assert!(!md.contains("<b>"), "{md}");
}

fn with_marks(marks: &str, number: &str) -> Vec<String> {
    let report = REPORT.replace("number: \"07\"", &format!("number: \"{number}\""));
    let dir = DataDir::new(&format!("{report}marks:\n{marks}"), &[("01.yaml", SECTOR)]);
    diagnostics(&dir.path())
}

#[test]
fn every_value_is_checked_at_its_place() {
    let found = with_marks(
        "  urgency: gấp\n  circulation: mật\n  typist: {code: pl, copies: 2.5}\n  draft: 0\n",
        "",
    );
    let codes: Vec<&str> = found
        .iter()
        .filter_map(|l| l.split('[').nth(1)?.split(']').next())
        .collect();
    assert_eq!(
        codes,
        [
            "E-mark-urgency",
            "E-mark-circulation",
            "E-mark-typist",
            "E-mark-typist",
            "E-mark-draft"
        ],
        "{found:#?}"
    );
    // each at its line (report.yaml is REPORT plus the marks)
    let marks_line = REPORT.lines().count() + 2;
    for (i, l) in found.iter().enumerate() {
        let line = marks_line + i.min(2) + usize::from(i == 4);
        assert!(
            l.contains(&format!("report.yaml:{line}:")),
            "{l} (want line {line})"
        );
    }
}

#[test]
fn a_draft_has_no_number() {
    let found = with_marks("  draft: 2\n", "07");
    assert_eq!(found.len(), 1, "{found:#?}");
    assert!(
        found[0].contains("E-draft-numbered") && found[0].contains("report.yaml:5:"),
        "{found:#?}"
    );
    assert!(with_marks("  draft: 2\n", "").is_empty());
    assert!(with_marks("  urgency: Thượng khẩn\n  circulation: XEM XONG TRẢ LẠI\n  typist: {code: PL, copies: 300}\n  contact: {phone: \"0277\"}\n", "07").is_empty());
}

#[test]
fn an_electronic_document_leaves_number_day_and_month_to_the_document_system() {
    let report =
        format!("{REPORT}marks:\n  electronic: true\n").replace("number: \"07\"", "number: \"\"");
    let dir = DataDir::new(&report, &[("01.yaml", SECTOR)]);
    let doc = document(&dir.path());
    assert_eq!(doc.header.number, "Số:       /BC-UBND");
    assert_eq!(doc.header.place_date, "Thử, ngày      tháng      năm 2024");
    // a number already given is refused at its place
    let numbered = format!("{REPORT}marks:\n  electronic: true\n");
    let dir = DataDir::new(&numbered, &[("01.yaml", SECTOR)]);
    let said = diagnostics(&dir.path());
    assert!(
        said.iter()
            .any(|l| l.starts_with("DATA/report.yaml:5:9: lỗi[E-electronic-numbered]")),
        "{said:?}"
    );
}
