//! Safe by construction (issue 10): what a data folder received from others cannot make
//! the tool do. Each attack of the issue is a case here, with what must happen instead.

use super::support::*;

#[test]
fn a_layout_number_past_the_decree_is_an_error_at_its_place_not_overflowed() {
    for value in ["1e30", "73", ".inf", ".nan"] {
        let report = format!("{REPORT}layout:\n  paragraph_spacing_pt: {value}\n");
        let dir = DataDir::new(&report, &[("01.yaml", SECTOR)]);
        let d = diagnostics(&dir.path());
        assert_eq!(d.len(), 1, "{value}: {d:?}");
        assert!(
            d[0].starts_with("DATA/report.yaml:26:25: lỗi[E-layout]: `paragraph_spacing_pt: "),
            "{value}: {}",
            d[0]
        );
        assert!(d[0].contains("(6–72 pt)"), "{}", d[0]);
    }
    let report = format!("{REPORT}layout:\n  paragraph_spacing_pt: 72\n");
    let dir = DataDir::new(&report, &[("01.yaml", SECTOR)]);
    let doc = document(&dir.path());
    let xml = &unzip(&report::render::docx::render(&doc))["word/styles.xml"];
    assert!(
        xml.contains("w:before=\"1440\""),
        "72 pt is 1440 twips: {xml}"
    );
}
