//! The DOCX: snapshots of every XML part of data/2021-04, and targeted checks of the
//! decree's layout and of OOXML hygiene that hold for any input.

use std::collections::BTreeMap;

use quick_xml::Reader;
use quick_xml::events::Event;

use super::support::*;

fn docx_of(dir: &std::path::Path) -> Vec<u8> {
    report::render::docx::render(&document(dir))
}

fn reference_parts() -> BTreeMap<String, String> {
    unzip(&docx_of(&root().join("data/2021-04")))
}

#[test]
fn reference_report_parts_snapshot() {
    let parts = reference_parts();
    let names: Vec<&str> = parts.keys().map(String::as_str).collect();
    insta::assert_debug_snapshot!("docx-2021-04-part-names", names);
    for (name, xml) in &parts {
        let snapshot = format!("docx-2021-04-{}", name.replace(['/', '.', '[', ']'], "_"));
        insta::assert_snapshot!(snapshot, pretty_xml(xml));
    }
}

#[test]
fn same_input_same_bytes() {
    let dir = root().join("data/2021-04");
    let a = docx_of(&dir);
    let other = docx_of(&root().join("examples/xa-tan-phu-dong-2024-q3"));
    let b = docx_of(&dir);
    assert_eq!(
        a, b,
        "two builds in one process, with another report between them"
    );
    assert!(!other.is_empty());
}

#[test]
fn a4_margins_and_first_page_without_number() {
    let doc = &reference_parts()["word/document.xml"];
    assert!(doc.contains(r#"<w:pgSz w:w="11906" w:h="16838"/>"#));
    // top 20, right 15, bottom 20, left 30 mm
    assert!(doc.contains(r#"<w:pgMar w:top="1134" w:right="850" w:bottom="1134" w:left="1701" w:header="567" w:footer="567" w:gutter="0"/>"#), "{doc}");
    assert!(doc.contains("<w:titlePg/>"));
    assert!(doc.contains(r#"<w:headerReference w:type="default" r:id="rId4"/>"#));
    assert!(doc.contains(r#"<w:headerReference w:type="first" r:id="rId5"/>"#));
    let parts = reference_parts();
    assert!(parts["word/header1.xml"].contains(" PAGE "));
    assert!(!parts["word/header2.xml"].contains("PAGE"));
    assert!(
        parts["word/header1.xml"].contains(r#"<w:sz w:val="28"/>"#),
        "page number 14 pt"
    );
}

#[test]
fn times_new_roman_and_vietnamese_everywhere() {
    let styles = &reference_parts()["word/styles.xml"];
    assert!(styles.contains(r#"<w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="Times New Roman" w:cs="Times New Roman"/>"#));
    assert!(styles.contains(r#"<w:lang w:val="vi-VN""#));
    // no run anywhere names another font
    for (name, xml) in reference_parts() {
        let fonts = xml.matches("w:rFonts").count();
        assert!(fonts == 0 || name == "word/styles.xml", "{name} sets fonts");
    }
}

#[test]
fn body_paragraphs_are_justified_indented_and_spaced() {
    let styles = &reference_parts()["word/styles.xml"];
    let normal = styles
        .split(r#"w:styleId="Normal""#)
        .nth(1)
        .unwrap()
        .split("</w:style>")
        .next()
        .unwrap();
    assert!(
        normal
            .contains(r#"<w:spacing w:before="120" w:after="0" w:line="240" w:lineRule="auto"/>"#),
        "{normal}"
    );
    assert!(normal.contains(r#"<w:ind w:firstLine="567"/>"#));
    assert!(normal.contains(r#"<w:jc w:val="both"/>"#));
}

#[test]
fn footnotes_have_marks_separators_and_references() {
    let parts = reference_parts();
    let notes = &parts["word/footnotes.xml"];
    assert!(notes.contains(r#"<w:footnote w:type="separator" w:id="-1"><w:p>"#));
    assert!(notes.contains(r#"<w:footnote w:type="continuationSeparator" w:id="0"><w:p>"#));
    assert!(notes.contains("<w:separator/>") && notes.contains("<w:continuationSeparator/>"));
    for id in ["1", "2"] {
        let note = notes
            .split(&format!(r#"<w:footnote w:id="{id}">"#))
            .nth(1)
            .unwrap();
        let note = note.split("</w:footnote>").next().unwrap();
        assert!(
            note.contains("<w:footnoteRef/>"),
            "note {id} prints its number"
        );
        assert!(
            parts["word/document.xml"].contains(&format!(r#"<w:footnoteReference w:id="{id}"/>"#))
        );
    }
    assert!(parts["word/styles.xml"].contains(r#"<w:vertAlign w:val="superscript"/>"#));
    assert!(
        parts["word/settings.xml"].contains(
            r#"<w:footnotePr><w:footnote w:id="-1"/><w:footnote w:id="0"/></w:footnotePr>"#
        )
    );
}

#[test]
fn no_footnotes_no_footnotes_part() {
    let parts = unzip(&docx_of(&root().join("examples/xa-tan-phu-dong-2024-q3")));
    assert!(!parts.contains_key("word/footnotes.xml"));
    assert!(!parts["word/_rels/document.xml.rels"].contains("footnotes"));
    assert!(!parts["[Content_Types].xml"].contains("footnotes"));
    assert!(!parts["word/settings.xml"].contains("footnotePr"));
}

/// The text of each paragraph of a part, in order.
fn paragraph_texts(xml: &str) -> Vec<String> {
    let mut reader = Reader::from_str(xml);
    let (mut out, mut cur, mut in_t) = (Vec::new(), String::new(), false);
    loop {
        match reader.read_event().unwrap() {
            Event::Start(e) if e.name().as_ref() == "w:t" => in_t = true,
            Event::End(e) if e.name().as_ref() == "w:t" => in_t = false,
            Event::Text(t) if in_t => cur.push_str(&t.xml10_content()),
            Event::GeneralRef(r) if in_t => {
                let name = r.into_inner();
                cur.push_str(&quick_xml::escape::unescape(&format!("&{name};")).unwrap());
            }
            Event::End(e) if e.name().as_ref() == "w:p" => out.push(std::mem::take(&mut cur)),
            Event::Eof => break,
            _ => {}
        }
    }
    out
}

#[test]
fn header_block_and_closing_block_read_as_the_decree_says() {
    let texts = paragraph_texts(&reference_parts()["word/document.xml"]);
    let start: Vec<&str> = texts.iter().take(11).map(String::as_str).collect();
    assert_eq!(
        start,
        [
            "ỦY BAN NHÂN DÂN",
            "THÀNH PHỐ SA ĐÉC",
            "",
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "Độc lập - Tự do - Hạnh phúc",
            "",
            "Số: 141/BC-UBND",
            "Sa Đéc, ngày 28 tháng 4 năm 2021",
            "BÁO CÁO",
            "Đánh giá và nhân rộng các mô hình, cách làm hay trên địa bàn thành phố Sa Đéc",
            "",
        ]
    );
    assert_eq!(
        texts[11],
        "Kính gửi: Văn phòng Ủy ban nhân dân tỉnh Đồng Tháp."
    );
    let end: Vec<&str> = texts
        .iter()
        .rev()
        .take(13)
        .rev()
        .map(String::as_str)
        .collect();
    assert_eq!(
        end,
        [
            "Ủy ban nhân dân Thành phố báo cáo Văn phòng Ủy ban nhân dân Tỉnh biết để tổng hợp./.",
            "Nơi nhận:",
            "- Như trên;",
            "- CT và PCT UBND TP;",
            "- LĐVP/HĐND & UBND TP;",
            "- Lưu: VT.",
            "TM. ỦY BAN NHÂN DÂN",
            "CHỦ TỊCH",
            "",
            "",
            "",
            "",
            "Nguyễn Văn Hon",
        ]
    );
    let doc = &reference_parts()["word/document.xml"];
    assert!(
        doc.contains("<w:cantSplit/>"),
        "the closing row does not split"
    );
}

/// ECMA-376 child order of the property elements this writer produces.
const ORDER: &[(&str, &str)] = &[
    (
        "w:rPr",
        "rStyle rFonts b bCs i iCs caps smallCaps strike dstrike outline shadow emboss imprint noProof snapToGrid vanish webHidden color spacing w kern position sz szCs highlight u effect bdr shd fitText vertAlign rtl cs em lang eastAsianLayout specVanish oMath",
    ),
    (
        "w:pPr",
        "pStyle keepNext keepLines pageBreakBefore framePr widowControl numPr suppressLineNumbers pBdr shd tabs suppressAutoHyphens kinsoku wordWrap overflowPunct topLinePunct autoSpaceDE autoSpaceDN bidi adjustRightInd snapToGrid spacing ind contextualSpacing mirrorIndents suppressOverlap jc textDirection textAlignment textboxTightWrap outlineLvl divId cnfStyle rPr sectPr pPrChange",
    ),
    (
        "w:sectPr",
        "headerReference footerReference footnotePr endnotePr type pgSz pgMar paperSrc pgBorders lnNumType pgNumType cols formProt vAlign noEndnote titlePg textDirection bidi rtlGutter docGrid printerSettings",
    ),
    (
        "w:style",
        "name aliases basedOn next link autoRedefine hidden uiPriority semiHidden unhideWhenUsed qFormat locked personal personalCompose personalReply rsid pPr rPr tblPr trPr tcPr tblStylePr",
    ),
    (
        "w:tblPr",
        "tblStyle tblpPr tblOverlap bidiVisual tblStyleRowBandSize tblStyleColBandSize tblW jc tblCellSpacing tblInd tblBorders shd tblLayout tblCellMar tblLook tblCaption tblDescription",
    ),
    (
        "w:tcPr",
        "cnfStyle tcW gridSpan hMerge vMerge tcBorders shd noWrap tcMar textDirection tcFitText vAlign hideMark",
    ),
];

/// `(parent, child before, child after)` for every property child out of schema order.
fn order_violations(xml: &str) -> Vec<String> {
    let mut reader = Reader::from_str(xml);
    // stack of (element name, index of the last child seen in the schema order)
    let mut stack: Vec<(String, Option<usize>)> = Vec::new();
    let mut bad = Vec::new();
    let mut visit = |stack: &mut Vec<(String, Option<usize>)>, name: &str| {
        if let Some((parent, last)) = stack.last_mut()
            && let Some((_, order)) = ORDER.iter().find(|(p, _)| p == parent)
        {
            let local = name.trim_start_matches("w:");
            let rank = order.split(' ').position(|c| c == local);
            match (rank, *last) {
                (Some(r), Some(l)) if r < l => {
                    bad.push(format!("{parent}: {local} after rank {l}"))
                }
                (Some(r), _) => *last = Some(r),
                (None, _) => bad.push(format!("{parent}: unknown child {local}")),
            }
        }
    };
    loop {
        match reader.read_event().unwrap() {
            Event::Start(e) => {
                let name = e.name().as_ref().to_string();
                visit(&mut stack, &name);
                stack.push((name, None));
            }
            Event::Empty(e) => {
                let name = e.name().as_ref().to_string();
                visit(&mut stack, &name);
            }
            Event::End(_) => {
                stack.pop();
            }
            Event::Eof => break,
            _ => {}
        }
    }
    bad
}

#[test]
fn property_children_in_schema_order() {
    for dir in [
        "data/2021-04",
        "examples/xa-tan-phu-dong-2024-q3",
        "examples/du-thao-co-dau",
    ] {
        for (name, xml) in unzip(&docx_of(&root().join(dir))) {
            let bad = order_violations(&xml);
            assert!(bad.is_empty(), "{dir} {name}: {bad:?}");
        }
    }
}

#[test]
fn the_order_check_catches_a_misordered_block() {
    let xml = r#"<w:r><w:rPr><w:b/><w:rStyle w:val="x"/></w:rPr></w:r>"#;
    assert_eq!(order_violations(xml).len(), 1);
}

#[test]
fn hostile_text_never_breaks_a_part() {
    let hostile = [
        "\u{0}\u{1}\u{8}\u{b}\u{c}\u{e}\u{1f}\u{7f}\u{fffe}\u{ffff}",
        "]]></w:t><w:t>&amp; <!-- \"' </w:p>",
        "Thu\u{309}\u{301}a NFD; \u{202e}RTL \u{5d0}\u{5d1}\u{5d2} عربى; emoji 👩‍👩‍👧 🇻🇳",
        "tab\there\nnewline\r\ncrlf\u{2028}ls",
        "",
    ];
    for text in hostile {
        let parts = unzip(&report::render::docx::render(&document_with(text)));
        for (name, xml) in &parts {
            well_formed(xml).unwrap_or_else(|e| panic!("{name} with {text:?}: {e}"));
            let illegal: Vec<char> = xml
                .chars()
                .filter(|&c| !report::render::docx::xml::is_xml_char(c))
                .collect();
            assert!(illegal.is_empty(), "{name} with {text:?} has {illegal:?}");
        }
    }
}

#[test]
fn layout_options_reach_the_page_and_the_styles() {
    let report = format!(
        "{REPORT}layout:\n  margins_mm: {{top: 25, bottom: 20, left: 35, right: 20}}\n  body_size_pt: 13\n  header_sizes: \"12/13/13\"\n  first_line_indent_cm: 1.27\n  line_spacing: 1.5\n  paragraph_spacing_pt: 8\n"
    );
    let dir = DataDir::new(&report, &[("01.yaml", SECTOR)]);
    let parts = unzip(&docx_of(&dir.path()));
    let doc = &parts["word/document.xml"];
    assert!(
        doc.contains(r#"<w:pgMar w:top="1417" w:right="1134" w:bottom="1134" w:left="1984""#),
        "{doc}"
    );
    // 155 mm of text: the right header column stays 100 mm, the left one takes 55 mm
    assert!(
        doc.contains(r#"<w:gridCol w:w="3119"/><w:gridCol w:w="5669"/>"#),
        "{doc}"
    );
    assert!(doc.contains(
        r#"<w:sz w:val="24"/><w:szCs w:val="24"/></w:rPr><w:t xml:space="preserve">CỘNG HÒA"#
    ));
    let styles = &parts["word/styles.xml"];
    assert!(styles.contains(r#"<w:spacing w:before="160" w:after="0" w:line="360" w:lineRule="auto"/><w:ind w:firstLine="720"/>"#), "{styles}");
    assert!(styles.contains(r#"<w:sz w:val="26"/><w:szCs w:val="26"/><w:lang"#));
}
