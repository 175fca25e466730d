//! Limits: hostile or accidental inputs get a clear error, never a hang, a crash or a
//! memory blow-up. The limits themselves are documented in the README.

use std::fs;

use super::support::*;

fn codes(dir: &std::path::Path) -> Vec<String> {
    diagnostics(dir)
        .iter()
        .filter_map(|l| l.split('[').nth(1)?.split(']').next().map(String::from))
        .collect()
}

#[test]
fn an_alias_bomb_is_refused() {
    let mut bomb = String::from(
        "title: \"T:\"\nx0: &a0 [\"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\"]\n",
    );
    for i in 1..10 {
        let refs = vec![format!("*a{}", i - 1); 9].join(", ");
        bomb.push_str(&format!("x{i}: &a{i} [{refs}]\n"));
    }
    let dir = DataDir::new(REPORT, &[("01.yaml", &bomb)]);
    assert_eq!(codes(&dir.path()), ["E-yaml-limit"]);
}

#[test]
fn deep_nesting_is_refused() {
    let deep = format!(
        "title: \"T:\"\nintro: {}x{}\n",
        "[".repeat(10_000),
        "]".repeat(10_000)
    );
    let dir = DataDir::new(REPORT, &[("01.yaml", &deep)]);
    let c = codes(&dir.path());
    assert_eq!(c.len(), 1, "{c:?}");
    assert!(c[0] == "E-yaml-limit" || c[0] == "E-yaml-syntax", "{c:?}");
    let block: String = (0..200)
        .map(|i| format!("{}- \n", "  ".repeat(i)))
        .collect();
    let dir = DataDir::new(
        REPORT,
        &[("01.yaml", &format!("title: \"T:\"\nintro:\n{block}"))],
    );
    assert_eq!(codes(&dir.path()), ["E-yaml-limit"]);
}

#[test]
fn a_100_mb_file_is_refused_without_being_read() {
    let dir = DataDir::new(REPORT, &[("01.yaml", SECTOR)]);
    let big = fs::File::create(dir.path().join("sectors/02.yaml")).unwrap();
    big.set_len(100 * 1024 * 1024).unwrap();
    let d = diagnostics(&dir.path());
    assert_eq!(d.len(), 1, "{d:?}");
    assert!(d[0].starts_with("DATA/sectors/02.yaml: lỗi[E-file-too-large]: tệp quá lớn: 104857600 byte, giới hạn 4194304 byte"), "{}", d[0]);
}

#[test]
fn a_list_of_a_million_items_is_refused() {
    let items = "  - Mục.\n".repeat(1_000_000);
    assert!(items.len() > 4 * 1024 * 1024);
    let dir = DataDir::new(
        REPORT,
        &[("01.yaml", &format!("title: \"T:\"\nintro:\n{items}"))],
    );
    assert_eq!(codes(&dir.path()), ["E-file-too-large"]);
    // within the file size, the node budget stops it
    let items = "- a\n".repeat(1_000_000);
    let dir = DataDir::new(
        REPORT,
        &[("01.yaml", &format!("title: \"T:\"\nintro:\n{items}"))],
    );
    assert_eq!(codes(&dir.path()), ["E-yaml-limit"]);
}

#[test]
fn a_very_long_line_builds() {
    let line = "Một đoạn văn rất dài, ".repeat(60_000);
    assert!(line.len() > 1_500_000);
    let sector = format!("title: \"T:\"\nintro:\n  - \"{line}\"\n");
    let dir = DataDir::new(REPORT, &[("01.yaml", &sector)]);
    let doc = document(&dir.path());
    let docx = report::render::docx::render(&doc);
    assert!(unzip(&docx)["word/document.xml"].len() > line.len());
}

#[test]
fn thousands_of_sector_files_are_refused() {
    let dir = DataDir::new(REPORT, &[]);
    for i in 0..2_000 {
        fs::write(dir.path().join(format!("sectors/{i:04}.yaml")), SECTOR).unwrap();
    }
    let d = diagnostics(&dir.path());
    assert_eq!(d.len(), 1, "{d:?}");
    assert!(
        d[0].starts_with("DATA/sectors: lỗi[E-too-many-sectors]: thư mục sectors/ có hơn 500 tệp"),
        "{}",
        d[0]
    );
}

#[cfg(unix)]
#[test]
fn a_link_out_of_the_data_folder_is_refused() {
    let dir = DataDir::new(REPORT, &[("01.yaml", SECTOR)]);
    let outside = dir.tmp.path().join("secret.yaml");
    fs::write(&outside, SECTOR).unwrap();
    std::os::unix::fs::symlink(&outside, dir.path().join("sectors/02.yaml")).unwrap();
    std::os::unix::fs::symlink("/etc/passwd", dir.path().join("sectors/03.yaml")).unwrap();
    let d = diagnostics(&dir.path());
    assert_eq!(d.len(), 2, "{d:?}");
    assert!(
        d[0].starts_with("DATA/sectors/02.yaml: lỗi[E-outside-folder]"),
        "{}",
        d[0]
    );
    assert!(
        d[1].starts_with("DATA/sectors/03.yaml: lỗi[E-outside-folder]"),
        "{}",
        d[1]
    );
    // a link inside the folder is fine
    fs::remove_file(dir.path().join("sectors/02.yaml")).unwrap();
    fs::remove_file(dir.path().join("sectors/03.yaml")).unwrap();
    fs::write(dir.path().join("chung.yaml"), SECTOR).unwrap();
    std::os::unix::fs::symlink(
        dir.path().join("chung.yaml"),
        dir.path().join("sectors/02.yaml"),
    )
    .unwrap();
    assert!(diagnostics(&dir.path()).is_empty());
}

#[test]
fn a_template_that_includes_itself_is_an_error() {
    let dir = DataDir::new(REPORT, &[("01.yaml", SECTOR)]);
    let templates = dir.path().join("templates");
    fs::create_dir(&templates).unwrap();
    fs::write(templates.join("header.md"), "{% include \"header.md\" %}\n").unwrap();
    let o = run(dir.tmp.path(), &["build", "data", "--format", "md"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("lỗi[E-template]"), "{}", stderr(&o));
    assert!(stderr(&o).contains("Circular include"), "{}", stderr(&o));
    fs::write(templates.join("header.md"), "{% include \"a.md\" %}\n").unwrap();
    fs::write(templates.join("a.md"), "{% include \"header.md\" %}\n").unwrap();
    let o = run(dir.tmp.path(), &["build", "data", "--format", "md"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("Circular include"), "{}", stderr(&o));
}

#[test]
fn five_hundred_sector_files_and_a_hidden_one_are_not_too_many() {
    let dir = DataDir::new(REPORT, &[]);
    for i in 0..500 {
        fs::write(dir.path().join(format!("sectors/{i:03}.yaml")), SECTOR).unwrap();
    }
    fs::write(dir.path().join("sectors/.DS_Store"), "x").unwrap();
    assert_eq!(diagnostics(&dir.path()), Vec::<String>::new());
    fs::write(dir.path().join("sectors/500.yaml"), SECTOR).unwrap();
    assert_eq!(codes(&dir.path()), ["E-too-many-sectors"]);
}

#[cfg(unix)]
#[test]
fn an_unreadable_sectors_folder_is_reported_as_unreadable_not_missing() {
    let dir = DataDir::new(REPORT, &[("01.yaml", SECTOR)]);
    let cwd = dir.tmp.path();
    for p in [cwd.to_path_buf(), dir.path()] {
        set_mode(&p, 0o755);
    }
    set_mode(&dir.path().join("report.yaml"), 0o644);
    set_mode(&dir.path().join("sectors"), 0o000);
    let o = run_unprivileged(cwd, &["check", "data", "--message-format", "short"]);
    set_mode(&dir.path().join("sectors"), 0o755);
    let err = stderr(&o);
    assert_eq!(o.status.code(), Some(1), "{err}");
    assert!(
        err.starts_with("data/sectors: lỗi[E-read]: không đọc được: không có quyền truy cập"),
        "{err}"
    );
    assert!(!err.contains("E-sectors-dir"), "{err}");
}

/// A `sectors/` or `appendices/` folder that is a link out of the data folder is refused
/// before it is listed: no name of the folder elsewhere shows in an error.
#[cfg(unix)]
#[test]
fn a_linked_sub_folder_is_refused_before_it_is_listed() {
    for sub in ["sectors", "appendices"] {
        let dir = DataDir::new(REPORT, &[("01.yaml", SECTOR)]);
        let elsewhere = dir.tmp.path().join("noi-khac");
        fs::create_dir_all(&elsewhere).unwrap();
        fs::write(elsewhere.join("bi-mat-ten-tep.txt"), "x").unwrap();
        if sub == "sectors" {
            fs::remove_dir_all(dir.path().join("sectors")).unwrap();
        }
        std::os::unix::fs::symlink(&elsewhere, dir.path().join(sub)).unwrap();
        let d = diagnostics(&dir.path());
        assert!(
            d[0].starts_with(&format!("DATA/{sub}: lỗi[E-outside-folder]")),
            "{d:?}"
        );
        assert!(!d.iter().any(|l| l.contains("bi-mat-ten-tep")), "{d:?}");
    }
}

/// Past the budget of all the files of a folder, the file that goes past it says so,
/// naming the budget, not as if it alone were too large.
#[test]
fn the_folders_budget_is_named_when_it_is_the_limit() {
    let comment = format!("{}\n", "#".repeat(999));
    let big = format!("title: \"T:\"\n{}", comment.repeat(4_000));
    let names: Vec<String> = (0..17).map(|i| format!("{i:02}.yaml")).collect();
    let sectors: Vec<(&str, &str)> = names.iter().map(|n| (n.as_str(), big.as_str())).collect();
    let dir = DataDir::new(REPORT, &sectors);
    let d = diagnostics(&dir.path());
    let over: Vec<&String> = d
        .iter()
        .filter(|l| l.contains("E-file-too-large"))
        .collect();
    assert_eq!(over.len(), 1, "{d:?}");
    assert!(
        over[0].starts_with(
            "DATA/sectors/16.yaml: lỗi[E-file-too-large]: tệp 4000012 byte vượt phần còn lại ("
        ) && over[0].contains("byte) của giới hạn 64 MiB cho tất cả các tệp của thư mục dữ liệu"),
        "{}",
        over[0]
    );
}
