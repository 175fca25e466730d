//! Footnotes: numbered once, in reading order, across report.yaml and every sector;
//! every reference defined, every definition used, each key defined and used once.

use report::document::Span;

use super::support::*;

fn refs_in_order(doc: &report::document::Document) -> Vec<usize> {
    doc.paragraphs()
        .flat_map(|b| &b.spans)
        .filter_map(|s| match s {
            Span::FootnoteRef { number } => Some(*number),
            Span::Text { .. } => None,
        })
        .collect()
}

fn note_text(doc: &report::document::Document, n: usize) -> String {
    doc.footnotes[n - 1]
        .spans
        .iter()
        .map(|s| match s {
            Span::Text { text, .. } => text.as_str(),
            Span::FootnoteRef { .. } => "?",
        })
        .collect()
}

#[test]
fn numbered_in_reading_order_across_sectors() {
    // Defined out of reading order (the sector's note is defined in report.yaml, the
    // opening's in a sector), referenced in: opening, sector 1 model, sector 2 intro,
    // sector 2 difficulty.
    let report = REPORT.replace("sections:\n", "opening:\n  - Mở đầu[^mo-dau].\nsections:\n")
        + "footnotes:\n  khac: Chú thích của lĩnh vực hai.\n";
    let s1 = "title: \"Một:\"\nmodels:\n  - body:\n      - Mô hình[^m1].\n    footnotes:\n      m1: Chú thích mô hình một.\n";
    let s2 = "title: \"Hai:\"\nintro:\n  - Giới thiệu[^khac].\ndifficulties:\n  - Khó[^kho].\nfootnotes:\n  kho: Chú thích khó khăn.\n  mo-dau: Chú thích mở đầu.\n";
    let dir = DataDir::new(&report, &[("01.yaml", s1), ("02.yaml", s2)]);
    let doc = document(&dir.path());
    assert_eq!(refs_in_order(&doc), [1, 2, 3, 4]);
    assert_eq!(
        doc.footnotes.iter().map(|f| f.number).collect::<Vec<_>>(),
        [1, 2, 3, 4]
    );
    assert_eq!(note_text(&doc, 1), "Chú thích mở đầu.");
    assert_eq!(note_text(&doc, 2), "Chú thích mô hình một.");
    assert_eq!(note_text(&doc, 3), "Chú thích của lĩnh vực hai.");
    assert_eq!(note_text(&doc, 4), "Chú thích khó khăn.");
}

#[test]
fn the_reference_report_has_two_notes_at_the_right_words() {
    let doc = document(&root().join("data/2021-04"));
    assert_eq!(doc.footnotes.len(), 2);
    let before_ref = |n: usize| -> String {
        for b in doc.paragraphs() {
            let mut last = String::new();
            for s in &b.spans {
                match s {
                    Span::Text { text, .. } => last = text.clone(),
                    Span::FootnoteRef { number } if *number == n => return last,
                    _ => {}
                }
            }
        }
        panic!("no reference {n}");
    };
    assert!(
        before_ref(1).ends_with("có 08 Hội quán"),
        "{}",
        before_ref(1)
    );
    assert!(
        before_ref(2).ends_with("theo mô hình hợp tác xã kiểu mới"),
        "{}",
        before_ref(2)
    );
    assert!(
        note_text(&doc, 1).starts_with("Hội quán Làng bột Sa Đéc xã Tân Phú Đông (59 hội viên);")
    );
    assert!(note_text(&doc, 1).ends_with("Hội quán Nhà trọ phường Tân Quy Đông (07 hội viên)."));
    assert!(note_text(&doc, 2).starts_with("Hợp tác xã này chuyên cung cấp vật tư đầu vào"));
}

#[test]
fn undefined_unused_twice_and_reused_are_errors() {
    let s1 = "title: \"Một:\"\nintro:\n  - Có[^thieu] và[^dung] rồi lại[^dung].\nfootnotes:\n  thua: Không ai dùng.\n  dung: Dùng.\n";
    let s2 = "title: \"Hai:\"\nintro:\n  - x\nfootnotes:\n  dung: Định nghĩa lần hai.\n";
    let dir = DataDir::new(REPORT, &[("01.yaml", s1), ("02.yaml", s2)]);
    let d = diagnostics(&dir.path());
    assert_eq!(
        d.iter()
            .map(|m| m.lines().next().unwrap())
            .collect::<Vec<_>>(),
        [
            "DATA/sectors/02.yaml:5:3: lỗi[E-footnote-twice]: chú thích `dung` được định nghĩa hai lần (gợi ý: mỗi khóa chú thích chỉ được định nghĩa một lần; đổi tên một trong hai)",
            "DATA/sectors/01.yaml:3:33: lỗi[E-footnote-reused]: chú thích `[^dung]` đã được gắn ở chỗ khác (gợi ý: mỗi chú thích chỉ gắn vào một chỗ; định nghĩa một chú thích mới cho chỗ này)",
            "DATA/sectors/01.yaml:3:7: lỗi[E-footnote-undefined]: chú thích `[^thieu]` chưa được định nghĩa (gợi ý: thêm `thieu: <nội dung>` vào `footnotes` của mô hình hoặc của tệp này)",
            "DATA/sectors/01.yaml:5:3: lỗi[E-footnote-unused]: chú thích `thua` được định nghĩa nhưng không được dùng (gợi ý: đặt `[^thua]` ngay sau từ cần chú thích, hoặc xóa định nghĩa)",
        ]
    );
}

#[test]
fn a_note_cannot_reference_another() {
    let s = "title: \"Một:\"\nintro:\n  - Có[^a].\nfootnotes:\n  a: Xem[^b].\n  b: Lồng.\n";
    let dir = DataDir::new(REPORT, &[("01.yaml", s)]);
    let d = diagnostics(&dir.path());
    assert!(
        d.iter().any(|m| m.contains("[E-footnote-nested]")),
        "{d:#?}"
    );
}
