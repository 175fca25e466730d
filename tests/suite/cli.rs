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
        stderr(&o).contains("lỗi[E-footnote-undefined]: chú thích `[^x]` chưa được định nghĩa\n  --> data/sectors/01.yaml:3:10\n"),
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
    let err = stderr(&o);
    assert!(err.contains("lỗi[E-unknown-key]: khóa `titel` không có trong định dạng\n  --> data/sectors/01.yaml:1:1\n"), "{err}");
    assert!(err.ends_with("\n1 lỗi, 0 cảnh báo\n"), "{err}");
    // the same in one line each, for CI logs, and as JSON
    let o = run(
        dir.tmp.path(),
        &["check", "data", "--message-format", "short", "--lang", "en"],
    );
    assert!(stderr(&o).starts_with("data/sectors/01.yaml:1:1: error[E-unknown-key]: unknown key `titel` (hint: did you mean `title`?)\n"), "{}", stderr(&o));
    let o = run(
        dir.tmp.path(),
        &["check", "data", "--message-format", "json"],
    );
    let first: serde_json::Value =
        serde_json::from_str(stderr(&o).lines().next().unwrap()).unwrap();
    assert_eq!(first["code"], "E-unknown-key");
    assert_eq!(
        (first["line"].as_u64(), first["column"].as_u64()),
        (Some(1), Some(1))
    );
    assert_eq!(first["source_line"], "titel: x");
}

#[test]
fn usage_problems_exit_2() {
    let dir = DataDir::new(REPORT, &[("01.yaml", SECTOR)]);
    assert_eq!(
        run(dir.tmp.path(), &["build", "khong-co"]).status.code(),
        Some(2)
    );
    assert_eq!(
        run(dir.tmp.path(), &["build", "data", "--format", "odt"])
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
        assert!(
            !stderr(&o).contains("lỗi["),
            "{data} has no error: {}",
            stderr(&o)
        );
    }
}

#[test]
fn warnings_pass_unless_denied() {
    let sector = "title: \"T:\"\nintro:\n  - Một... hai…\n";
    let dir = DataDir::new(REPORT, &[("01.yaml", sector)]);
    let o = run(dir.tmp.path(), &["check", "data"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(stderr(&o).contains("cảnh báo[W-ellipsis]"));
    let o = run(dir.tmp.path(), &["check", "data", "--deny-warnings"]);
    assert_eq!(o.status.code(), Some(1));
    let o = run(dir.tmp.path(), &["build", "data", "--deny-warnings"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(!dir.out().exists(), "a denied warning builds nothing");
    let o = run(dir.tmp.path(), &["build", "data"]);
    assert_eq!(o.status.code(), Some(0));
}

#[test]
fn language_from_flag_or_environment() {
    let dir = DataDir::new(REPORT, &[("01.yaml", "titel: x\n")]);
    let o = std::process::Command::new(env!("CARGO_BIN_EXE_report"))
        .args(["check", "data"])
        .current_dir(dir.tmp.path())
        .env("REPORT_LANG", "en")
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(
        err.contains("error[E-unknown-key]: unknown key `titel`"),
        "{err}"
    );
    assert!(err.ends_with("1 error, 0 warnings\n"), "{err}");
    let o = run(dir.tmp.path(), &["check", "data", "--lang", "xx"]);
    assert_eq!(o.status.code(), Some(2));
}

#[test]
fn schema_command_writes_every_schema() {
    let dir = tempfile::tempdir().unwrap();
    let o = run(dir.path(), &["schema", "--out", "s"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert_eq!(
        stdout(&o),
        "s/report.schema.json\ns/sector.schema.json\ns/appendix.schema.json\ns/metadata.schema.json\n"
    );
    for name in ["report", "sector", "appendix", "metadata"] {
        let file = format!("{name}.schema.json");
        let committed = fs::read_to_string(root().join("schema").join(&file)).unwrap();
        let written = fs::read_to_string(dir.path().join("s").join(&file)).unwrap();
        assert_eq!(
            committed, written,
            "schema/{file} is up to date: run `report schema`"
        );
    }
}
