//! Named figures: defined once, computed (sums, differences, ratios, percentages) and
//! printed the Vietnamese way at their decimals, rounded half away from zero; referred to
//! from the text and from table cells; percent columns of tables computed, typed ones
//! questioned; `report figures` lists every figure with its places.

use super::support::*;

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
    let rows = first_table_rows(&document(&dir.path()));
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

/// Two data folders side by side, the later naming the earlier as `previous`; the
/// earlier defines `thu` as `then`, the later as `now`, and prints `[=so-sanh]`.
fn compared(then: &str, now: &str, change: &str) -> (tempfile::TempDir, std::path::PathBuf) {
    let tmp = tempfile::tempdir().unwrap();
    let write = |dir: &str, report: &str, sector: &str| {
        let d = tmp.path().join(dir);
        std::fs::create_dir_all(d.join("sectors")).unwrap();
        std::fs::write(d.join("report.yaml"), report).unwrap();
        std::fs::write(d.join("sectors/01.yaml"), sector).unwrap();
    };
    let sector = |body: &str, figures: &str| {
        format!("title: \"T:\"\nmodels:\n  - body:\n      - \"{body}\"\nfigures:\n{figures}")
    };
    write(
        "2024",
        REPORT,
        &sector("Thu [=thu].", &format!("  thu: {then}\n")),
    );
    write(
        "2025",
        &format!("{REPORT}previous: ../2024\n"),
        &sector(
            "Thu [=thu], [=so-sanh] so với năm trước.",
            &format!("  thu: {now}\n  so-sanh: {change}\n"),
        ),
    );
    let later = tmp.path().join("2025");
    (tmp, later)
}

#[test]
fn changes_since_the_previous_period_in_words_by_their_sign() {
    for (then, now, want) in [
        (16850.5, 18318.8, "tăng 8,7%"),
        (200.0, 150.0, "giảm 25,0%"),
        (1000.0, 1000.4, "bằng"),
    ] {
        let (_tmp, dir) = compared(&then.to_string(), &now.to_string(), "{change: thu}");
        let doc = document(&dir);
        let p = texts(&doc.paragraphs().nth(2).unwrap().spans);
        assert!(p.contains(&format!(", {want} so với năm trước.")), "{p}");
    }
}

#[test]
fn comparisons_that_cannot_be_made_are_said() {
    // the previous period has no such figure
    let (_tmp, dir) = compared("100", "120", "{change: khac}\n  khac: 5");
    let said = diagnostics(&dir);
    assert!(
        said.iter()
            .any(|l| l.contains("E-figure-change") && l.contains("`khac`")),
        "{said:?}"
    );
    // no previous period named
    let sector = "title: \"T:\"\nmodels:\n  - body:\n      - \"[=so-sanh]\"\nfigures:\n  thu: 5\n  so-sanh: {change: thu}\n";
    let dir = DataDir::new(REPORT, &[("01.yaml", sector)]);
    let said = diagnostics(&dir.path());
    assert!(
        said.iter()
            .any(|l| l.contains("E-figure-change") && l.contains("report.yaml không ghi")),
        "{said:?}"
    );
    // a previous period that is not a folder beside this one
    let report = format!("{REPORT}previous: /etc\n");
    let dir = DataDir::new(&report, &[("01.yaml", SECTOR)]);
    let said = diagnostics(&dir.path());
    assert!(said.iter().any(|l| l.contains("E-previous")), "{said:?}");
}

#[test]
fn a_sector_file_unchanged_since_the_previous_period_is_questioned() {
    let (tmp, dir) = compared("100", "120", "{change: thu}");
    std::fs::copy(
        tmp.path().join("2024/sectors/01.yaml"),
        dir.join("sectors/01.yaml"),
    )
    .unwrap();
    let said = diagnostics(&dir);
    assert!(
        said.iter().any(|l| l.contains("W-sector-unchanged")),
        "{said:?}"
    );
}

#[test]
fn init_beside_the_previous_period_names_it() {
    let (tmp, dir) = compared("100", "120", "{change: thu}");
    let o = run(tmp.path(), &["init", "2026", "--from", "2025"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let report = std::fs::read_to_string(tmp.path().join("2026/report.yaml")).unwrap();
    assert!(report.contains("previous: \"../2025\""), "{report}");
    assert!(!report.contains("../2024"), "{report}");
    // copied unchanged, the sector is questioned until it is updated
    let said = diagnostics(&tmp.path().join("2026"));
    assert!(
        said.iter().any(|l| l.contains("W-sector-unchanged")),
        "{said:?}"
    );
    let _ = dir;
}

#[test]
fn a_column_total_and_a_row_count_as_figures() {
    let sector = r#"title: "T:"
intro:
  - "Có [=so-xa] xã, tổng số hộ [=tong-ho], bình quân [=binh-quan] hộ mỗi xã."
  - table:
      count_figure: so-xa
      columns:
        - {width: 3}
        - {width: 1, decimals: 0, total_figure: tong-ho}
      header:
        - [Xã, Số hộ]
      rows:
        - [Xã Một, 120]
        - [Xã Hai, "1.005"]
        - [Xã Ba, "-"]
figures:
  binh-quan: {ratio: [tong-ho, so-xa], decimals: 1}
models:
  - body:
      - Một.
"#;
    let dir = DataDir::new(REPORT, &[("01.yaml", sector)]);
    let doc = document(&dir.path());
    let p = texts(&doc.paragraphs().nth(2).unwrap().spans);
    assert_eq!(p, "Có 3 xã, tổng số hộ 1.125, bình quân 375,0 hộ mỗi xã.");
    // a name given to a column and also under figures is defined twice
    let twice = sector.replace("figures:\n", "figures:\n  so-xa: 3\n");
    let dir = DataDir::new(REPORT, &[("01.yaml", &twice)]);
    let said = diagnostics(&dir.path());
    assert!(
        said.iter()
            .any(|l| l.contains("E-figure-twice") && l.contains("`so-xa`")),
        "{said:?}"
    );
}

/// `previous:` names a folder beside this one after links too: a link beside it that
/// leads elsewhere on disk is refused; `--out` inside the folder beside, which the build
/// reads, is refused before anything is built, and that folder is left as it was.
#[cfg(unix)]
#[test]
fn the_previous_period_is_beside_after_links_and_never_written_into() {
    let (tmp, later) = compared("100", "120", "{change: thu}");
    // the earlier folder moved elsewhere, a link beside in its place
    let elsewhere = tempfile::tempdir().unwrap();
    let moved = elsewhere.path().join("2024");
    std::fs::rename(tmp.path().join("2024"), &moved).unwrap();
    std::os::unix::fs::symlink(&moved, tmp.path().join("2024")).unwrap();
    // (and the change it would have fed has no earlier period)
    let said = diagnostics(&later);
    assert!(
        said[0]
            .contains("lỗi[E-previous]: `../2024` không phải thư mục nằm cạnh thư mục dữ liệu này"),
        "{said:?}"
    );
    // back in its place: read, and not an output folder
    std::fs::remove_file(tmp.path().join("2024")).unwrap();
    std::fs::rename(&moved, tmp.path().join("2024")).unwrap();
    assert_eq!(diagnostics(&later), Vec::<String>::new());
    let before: Vec<_> = std::fs::read_dir(tmp.path().join("2024"))
        .unwrap()
        .collect();
    let o = run(
        tmp.path(),
        &["build", "2025", "--out", "2024/out", "--format", "md"],
    );
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    assert!(stderr(&o).contains("E-out-inside-data"), "{}", stderr(&o));
    let after: Vec<_> = std::fs::read_dir(tmp.path().join("2024"))
        .unwrap()
        .collect();
    assert_eq!(before.len(), after.len());
    assert!(!tmp.path().join("2024/out").exists());
    // a folder beside that is not a data folder is an output folder like any other
    let o = run(
        tmp.path(),
        &["build", "2025", "--out", "ket-qua", "--format", "md"],
    );
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
}
