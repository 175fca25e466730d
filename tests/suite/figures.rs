//! Named figures: defined once, computed (sums, differences, ratios, percentages) and
//! printed the Vietnamese way at their decimals, rounded half away from zero; referred to
//! from the text and from table cells; percent columns of tables computed, typed ones
//! questioned; `report figures` lists every figure with its places.

use report::document::Span;

use super::support::*;

fn texts(spans: &[Span]) -> String {
    spans
        .iter()
        .map(|s| match s {
            Span::Text { text, .. } => text.clone(),
            Span::FootnoteRef { number } => format!("[{number}]"),
        })
        .collect()
}

/// The sector's one paragraph, as printed, with `figures` defined beside it.
fn printed(paragraph: &str, figures: &str) -> String {
    let sector =
        format!("title: \"T:\"\nmodels:\n  - body:\n      - \"{paragraph}\"\nfigures:\n{figures}");
    let dir = DataDir::new(REPORT, &[("01.yaml", &sector)]);
    let doc = document(&dir.path());
    let p = doc.paragraphs().nth(2).unwrap();
    texts(&p.spans)
}

#[test]
fn figures_print_the_vietnamese_way() {
    assert_eq!(
        printed(
            "Có [=hoi-quan] Hội quán, [=hoi-vien] hội viên, thu [=thu].",
            "  hoi-quan: {value: 8, pad: true}\n  hoi-vien: 1231500\n  thu: {value: 4.2, unit: tỷ đồng}\n"
        ),
        "Có 08 Hội quán, 1.231.500 hội viên, thu 4,2 tỷ đồng."
    );
}

#[test]
fn computed_figures_and_their_rounding() {
    let figures = "  xong: 21\n  tong: 28\n  ty-le: {percent: [xong, tong]}\n  con: {difference: [tong, xong]}\n  tong-hai: {sum: [xong, tong]}\n  ti-so: {ratio: [xong, tong]}\n  nua: {value: 2.675, decimals: 2}\n  le: {percent: [mot, ba], decimals: 2}\n  mot: 1\n  ba: 3\n";
    assert_eq!(
        printed(
            "[=xong]/[=tong] nhiệm vụ, đạt [=ty-le]; còn [=con]; cộng [=tong-hai]; tỷ số [=ti-so]; [=nua]; [=le]",
            figures
        ),
        "21/28 nhiệm vụ, đạt 75,0%; còn 7; cộng 49; tỷ số 0,75; 2,68; 33,33%"
    );
}

#[test]
fn figures_in_table_cells_and_percent_columns() {
    let sector = r#"title: "T:"
intro:
  - table:
      columns:
        - {width: 3}
        - {width: 1, decimals: 0}
        - {width: 1, decimals: 0}
        - {width: 1, percent_of: [3, 2]}
      header:
        - [Nội dung, Tổng số, Đã xong, Tỷ lệ (%)]
      rows:
        - [Nhiệm vụ, "[=tong]", "[=xong]", ""]
        - [Chỉ tiêu, 12, 10, ""]
      total:
        label: Cộng
        columns: [2, 3]
figures:
  tong: 28
  xong: 21
models:
  - body:
      - Một.
"#;
    let dir = DataDir::new(REPORT, &[("01.yaml", sector)]);
    let doc = document(&dir.path());
    let table = doc
        .body
        .iter()
        .find_map(|b| match b {
            report::document::Block::Table(t) => Some(t),
            _ => None,
        })
        .unwrap();
    let rows: Vec<String> = table
        .rows
        .iter()
        .map(|r| {
            r.iter()
                .map(|c| texts(&c.spans))
                .collect::<Vec<_>>()
                .join("|")
        })
        .collect();
    assert_eq!(
        rows,
        [
            "Nội dung|Tổng số|Đã xong|Tỷ lệ (%)",
            "Nhiệm vụ|28|21|75,0",
            "Chỉ tiêu|12|10|83,3",
            "Cộng|40|31|77,5",
        ]
    );
}

#[test]
fn report_figures_lists_each_figure_with_its_places() {
    let cwd = root();
    let o = run(&cwd, &["figures", "examples/xa-tan-phu-dong-2025"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let out = stdout(&o);
    assert!(
        out.contains(
            "ty-le-thu = 99,6% (định nghĩa: examples/xa-tan-phu-dong-2025/sectors/01-kinh-te.yaml:"
        ),
        "{out}"
    );
    assert!(out.contains("ho-ngheo-giam = 35 hộ"), "{out}");
    let o = run(
        &cwd,
        &[
            "--message-format",
            "json",
            "figures",
            "examples/xa-tan-phu-dong-2025",
        ],
    );
    let lines: Vec<serde_json::Value> = stdout(&o)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let ratio = lines.iter().find(|v| v["name"] == "ty-le-thu").unwrap();
    assert_eq!(ratio["printed"], "99,6%");
    assert_eq!(ratio["type"], "figure");
    assert_eq!(ratio["used"].as_array().unwrap().len(), 1);
    let used = lines.iter().find(|v| v["name"] == "du-toan-thu").unwrap()["used"].clone();
    assert_eq!(
        used.as_array().unwrap().len(),
        2,
        "in the text and in ty-le-thu"
    );
}
