//! The command line: what `report build` and `report check` write, print and exit with.

use std::fs;

use super::support::*;

#[test]
fn build_writes_both_formats_named_after_the_folder() {
    let dir = DataDir::new(REPORT, &[("01.yaml", SECTOR)]);
    let o = run(dir.tmp.path(), &["build", "data"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert_eq!(stdout(&o), "out/data.docx\nout/data.md\n");
    let md = fs::read_to_string(dir.out().join("data.md")).unwrap();
    assert!(md.contains("**BÁO CÁO**"));
    let docx = fs::read(dir.out().join("data.docx")).unwrap();
    assert!(unzip(&docx).contains_key("word/document.xml"));
}

#[test]
fn build_one_format_into_a_chosen_folder() {
    let dir = DataDir::new(REPORT, &[("01.yaml", SECTOR)]);
    let o = run(
        dir.tmp.path(),
        &["build", "data", "--format", "md", "--out", "ra"],
    );
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert_eq!(stdout(&o), "ra/data.md\n");
    assert!(!dir.tmp.path().join("ra/data.docx").exists());
}

#[test]
fn templates_folder_of_the_data_overrides() {
    let dir = DataDir::new(REPORT, &[("01.yaml", SECTOR)]);
    fs::create_dir(dir.path().join("templates")).unwrap();
    fs::write(dir.path().join("templates/header.md"), "ĐẦU TRANG RIÊNG\n").unwrap();
    let o = run(dir.tmp.path(), &["build", "data", "--format", "md"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let md = fs::read_to_string(dir.out().join("data.md")).unwrap();
    assert!(md.starts_with("ĐẦU TRANG RIÊNG\n"), "{md}");
}

#[test]
fn invalid_data_exits_1_and_keeps_previous_outputs() {
    let dir = DataDir::new(REPORT, &[("01.yaml", SECTOR)]);
    assert_eq!(
        run(dir.tmp.path(), &["build", "data"]).status.code(),
        Some(0)
    );
    let before_md = fs::read(dir.out().join("data.md")).unwrap();
    let before_docx = fs::read(dir.out().join("data.docx")).unwrap();
    let report_before = fs::read(dir.path().join("report.yaml")).unwrap();
    fs::write(
        dir.path().join("sectors/01.yaml"),
        "title: \"X:\"\nintro:\n  - Thiếu[^x].\n",
    )
    .unwrap();
    let o = run(dir.tmp.path(), &["build", "data"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stderr(&o).contains("data/sectors/01.yaml:3:10: error[E-footnote-undefined]"),
        "{}",
        stderr(&o)
    );
    assert_eq!(stdout(&o), "");
    assert_eq!(fs::read(dir.out().join("data.md")).unwrap(), before_md);
    assert_eq!(fs::read(dir.out().join("data.docx")).unwrap(), before_docx);
    assert_eq!(
        fs::read(dir.path().join("report.yaml")).unwrap(),
        report_before
    );
    let leftovers: Vec<_> = fs::read_dir(dir.out())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(leftovers.len(), 2, "no temporary files left: {leftovers:?}");
}

#[test]
fn check_reports_and_exits() {
    let dir = DataDir::new(REPORT, &[("01.yaml", SECTOR)]);
    let o = run(dir.tmp.path(), &["check", "data"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(!dir.out().exists(), "check writes nothing");
    fs::write(dir.path().join("sectors/01.yaml"), "titel: x\n").unwrap();
    let o = run(dir.tmp.path(), &["check", "data"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stderr(&o).contains("data/sectors/01.yaml:1:1: error[E-yaml]: unknown field `titel`"),
        "{}",
        stderr(&o)
    );
}

#[test]
fn usage_problems_exit_2() {
    let dir = DataDir::new(REPORT, &[("01.yaml", SECTOR)]);
    assert_eq!(
        run(dir.tmp.path(), &["build", "khong-co"]).status.code(),
        Some(2)
    );
    assert_eq!(
        run(dir.tmp.path(), &["build", "data", "--format", "pdf"])
            .status
            .code(),
        Some(2)
    );
    assert_eq!(run(dir.tmp.path(), &["lam-gi"]).status.code(), Some(2));
}

#[test]
fn the_shipped_reports_build() {
    let out = tempfile::tempdir().unwrap();
    for data in ["data/2021-04", "examples/xa-tan-phu-dong-2024-q3"] {
        let out_dir = out.path().to_str().unwrap();
        let o = run(&root(), &["build", data, "--out", out_dir]);
        assert_eq!(o.status.code(), Some(0), "{data}: {}", stderr(&o));
        assert_eq!(stderr(&o), "", "{data} builds without a word on stderr");
    }
}
