//! Ready for CI and for next month: byte-identical builds, `build --check`, atomic
//! writes, several folders in one run, `report init`.

use std::fs;
use std::path::Path;
use std::process::Command;

use super::support::*;

fn build_in(cwd: &Path, out: &str, env: &[(&str, &str)]) -> (Vec<u8>, Vec<u8>) {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_report"));
    cmd.args(["build", "data/2021-04", "--out", out])
        .current_dir(cwd)
        .env_remove("SOURCE_DATE_EPOCH");
    for (k, v) in env {
        cmd.env(k, v);
    }
    let o = cmd.output().unwrap();
    assert_eq!(
        o.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    let dir = cwd.join(out);
    (
        fs::read(dir.join("2021-04.docx")).unwrap(),
        fs::read(dir.join("2021-04.md")).unwrap(),
    )
}

#[test]
fn byte_identical_across_processes_time_zones_and_locales() {
    let tmp = tempfile::tempdir().unwrap();
    let out_a = tmp.path().join("a");
    let out_b = tmp.path().join("b");
    let a = build_in(
        &root(),
        out_a.to_str().unwrap(),
        &[
            ("TZ", "Asia/Ho_Chi_Minh"),
            ("LANG", "vi_VN.UTF-8"),
            ("LC_ALL", "vi_VN.UTF-8"),
        ],
    );
    let b = build_in(
        &root(),
        out_b.to_str().unwrap(),
        &[
            ("TZ", "America/Los_Angeles"),
            ("LANG", "C"),
            ("LC_ALL", "C"),
        ],
    );
    assert!(a.0 == b.0, "DOCX differs between two processes");
    assert!(a.1 == b.1, "Markdown differs between two processes");
}

#[test]
fn byte_identical_within_one_process_in_any_order() {
    let render = |dir: &str| {
        let doc = document(&root().join(dir));
        let tera = report::render::templates::load(None).unwrap();
        (
            report::render::docx::render(&doc),
            report::render::markdown::render(&doc, &tera).unwrap(),
        )
    };
    let first = render("data/2021-04");
    let other = render("examples/xa-tan-phu-dong-2024-q3");
    let second = render("data/2021-04");
    assert!(first == second);
    assert!(other != first);
}

#[test]
fn properties_are_dated_from_the_report_or_source_date_epoch() {
    let tmp = tempfile::tempdir().unwrap();
    let (docx, _) = build_in(&root(), tmp.path().join("a").to_str().unwrap(), &[]);
    let core = &unzip(&docx)["docProps/core.xml"];
    assert!(
        core.contains(">2021-04-28T00:00:00Z</dcterms:created>"),
        "{core}"
    );
    let (docx, _) = build_in(
        &root(),
        tmp.path().join("b").to_str().unwrap(),
        &[("SOURCE_DATE_EPOCH", "1700000000")],
    );
    let core = &unzip(&docx)["docProps/core.xml"];
    assert!(
        core.contains(">2023-11-14T22:13:20Z</dcterms:created>"),
        "{core}"
    );
}

#[test]
fn check_passes_on_fresh_outputs_and_names_stale_or_missing_ones() {
    let dir = DataDir::new(REPORT, &[("01.yaml", SECTOR)]);
    let cwd = dir.tmp.path();
    let o = run(cwd, &["build", "data", "--check"]);
    assert_eq!(o.status.code(), Some(1));
    assert_eq!(
        stderr(&o),
        "thiếu: out/data.docx; dựng bằng: report build data --out out\nthiếu: out/data.md; dựng bằng: report build data --out out\n"
    );
    assert!(!dir.out().exists(), "--check writes nothing");

    assert_eq!(run(cwd, &["build", "data"]).status.code(), Some(0));
    let o = run(cwd, &["build", "data", "--check"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert_eq!(stdout(&o), "các tệp kết quả đã khớp với dữ liệu\n");

    let sector = SECTOR.replace("Mô hình một.", "Mô hình một, đã sửa.");
    fs::write(dir.path().join("sectors/01.yaml"), sector).unwrap();
    let before = fs::read(dir.out().join("data.md")).unwrap();
    let o = run(cwd, &["build", "data", "--check", "--lang", "en"]);
    assert_eq!(o.status.code(), Some(1));
    assert_eq!(
        stderr(&o),
        "stale: out/data.docx differs from what the data builds; rebuild with: report build data --out out\nstale: out/data.md differs from what the data builds; rebuild with: report build data --out out\n"
    );
    assert_eq!(fs::read(dir.out().join("data.md")).unwrap(), before);
}

#[cfg(unix)]
#[test]
fn a_read_only_output_folder_keeps_the_previous_outputs() {
    let dir = DataDir::new(REPORT, &[("01.yaml", SECTOR)]);
    let cwd = dir.tmp.path();
    assert_eq!(run(cwd, &["build", "data"]).status.code(), Some(0));
    let before: Vec<Vec<u8>> = ["data.docx", "data.md"]
        .iter()
        .map(|f| fs::read(dir.out().join(f)).unwrap())
        .collect();
    fs::write(
        dir.path().join("sectors/01.yaml"),
        SECTOR.replace("một.", "hai."),
    )
    .unwrap();
    for p in [cwd.to_path_buf(), dir.path(), dir.path().join("sectors")] {
        set_mode(&p, 0o755);
    }
    for f in ["report.yaml", "sectors/01.yaml"] {
        set_mode(&dir.path().join(f), 0o644);
    }
    set_mode(&dir.out(), 0o555);
    let o = run_unprivileged(cwd, &["build", "data"]);
    set_mode(&dir.out(), 0o755);
    assert_eq!(
        o.status.code(),
        Some(2),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    let err = String::from_utf8_lossy(&o.stderr);
    // headed in the language of the run, the system's error in it too
    assert!(
        err.contains("lỗi: không ghi được out/data.docx: không có quyền truy cập"),
        "{err}"
    );
    assert!(!err.contains("os error"), "{err}");
    let after: Vec<Vec<u8>> = ["data.docx", "data.md"]
        .iter()
        .map(|f| fs::read(dir.out().join(f)).unwrap())
        .collect();
    assert!(before == after, "previous outputs changed");
    assert_eq!(
        fs::read_dir(dir.out()).unwrap().count(),
        2,
        "no temporary file left"
    );
}

#[test]
fn a_temporary_file_left_by_a_killed_build_is_cleaned() {
    let dir = DataDir::new(REPORT, &[("01.yaml", SECTOR)]);
    fs::create_dir_all(dir.out()).unwrap();
    fs::write(dir.out().join(".data.md.tmp-99999"), "half a file").unwrap();
    assert_eq!(
        run(dir.tmp.path(), &["build", "data"]).status.code(),
        Some(0)
    );
    let mut names: Vec<String> = fs::read_dir(dir.out())
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .collect();
    names.sort();
    assert_eq!(names, ["data.docx", "data.md"]);
}

#[test]
fn several_folders_build_past_a_failing_one() {
    let tmp = tempfile::tempdir().unwrap();
    for (name, sector) in [("a", SECTOR), ("b", "titel: x\n"), ("c", SECTOR)] {
        fs::create_dir_all(tmp.path().join(name).join("sectors")).unwrap();
        fs::write(tmp.path().join(name).join("report.yaml"), REPORT).unwrap();
        fs::write(tmp.path().join(name).join("sectors/01.yaml"), sector).unwrap();
    }
    let o = run(tmp.path(), &["build", "a", "b", "c", "--format", "md"]);
    assert_eq!(o.status.code(), Some(1));
    assert_eq!(stdout(&o), "out/a.md\nout/c.md\n");
    assert!(
        stderr(&o).contains("b: không dựng vì dữ liệu có lỗi"),
        "{}",
        stderr(&o)
    );
    let o = run(tmp.path(), &["check", "a", "c"]);
    assert_eq!(o.status.code(), Some(0));
    assert_eq!(stdout(&o), "a: không có lỗi\nc: không có lỗi\n");
    let o = run(
        tmp.path(),
        &["build", "a", "c", "--format", "md", "--check"],
    );
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    // one folder given twice: the same outputs twice, refused
    let o = run(tmp.path(), &["build", "a", "./a", "--format", "md"]);
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    assert!(
        stderr(&o).contains("a và ./a cùng tên `a`, kết quả sẽ ghi đè lên nhau"),
        "{}",
        stderr(&o)
    );
}

/// The units of a province each have their folder for the period, all named alike
/// (`xa/30226-lai-vung/2025-q4`): built and checked together, each output named by its
/// unit; the folder of all of them is named as such by `check`, two levels down.
#[test]
fn units_folders_of_the_same_name_build_with_outputs_named_by_unit() {
    let tmp = tempfile::tempdir().unwrap();
    let units = ["30226-lai-vung", "30001-tan-thanh", "30316-my-an"];
    for unit in units {
        let dir = tmp.path().join("xa").join(unit).join("2025-q4");
        fs::create_dir_all(dir.join("sectors")).unwrap();
        fs::write(dir.join("report.yaml"), REPORT).unwrap();
        fs::write(dir.join("sectors/01.yaml"), SECTOR).unwrap();
    }
    let dirs: Vec<String> = units.iter().map(|u| format!("xa/{u}/2025-q4")).collect();
    let args = |cmd: &[&'static str]| -> Vec<String> {
        cmd.iter()
            .map(|s| s.to_string())
            .chain(dirs.iter().cloned())
            .collect()
    };
    fn as_strs(v: &[String]) -> Vec<&str> {
        v.iter().map(String::as_str).collect()
    }
    let build = args(&["build", "--format", "md,docx"]);
    let o = run(tmp.path(), &as_strs(&build));
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let mut written: Vec<String> = fs::read_dir(tmp.path().join("out"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    written.sort();
    let mut expected: Vec<String> = units
        .iter()
        .flat_map(|u| [format!("{u}-2025-q4.docx"), format!("{u}-2025-q4.md")])
        .collect();
    expected.sort();
    assert_eq!(written, expected);
    // each output is its own unit's
    let md = fs::read_to_string(tmp.path().join("out/30316-my-an-2025-q4.md")).unwrap();
    assert!(md.contains("BÁO CÁO"), "{md}");
    let mut check = args(&["build", "--format", "md,docx", "--check"]);
    let o = run(tmp.path(), &as_strs(&check));
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    check = args(&["check"]);
    let o = run(tmp.path(), &as_strs(&check));
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert_eq!(stdout(&o).lines().count(), 3, "{}", stdout(&o));
    // the folder of the units: named as a folder of data folders, each listed
    let o = run(tmp.path(), &["check", "xa"]);
    assert_eq!(o.status.code(), Some(2));
    let err = stderr(&o);
    assert!(err.contains("xa không phải một thư mục dữ liệu"), "{err}");
    for unit in units {
        assert!(err.contains(&format!("xa/{unit}/2025-q4")), "{err}");
    }
}

/// Replaces every `«điền: …»` (the whole quoted value) in the files of `dir` by `with`.
fn fill_placeholders(dir: &Path, with: &dyn Fn(&str) -> String) {
    for file in ["report.yaml", "sectors/01-linh-vuc.yaml"] {
        let path = dir.join(file);
        let Ok(text) = fs::read_to_string(&path) else {
            continue;
        };
        let filled: Vec<String> = text
            .lines()
            .map(|line| match (line.find("\"«điền:"), line.rfind("»\"")) {
                (Some(a), Some(b)) => format!(
                    "{}\"{}\"{}",
                    &line[..a],
                    with(&line[a + 1..b + 2]),
                    &line[b + 3..]
                ),
                _ => line.to_string(),
            })
            .collect();
        fs::write(&path, filled.join("\n") + "\n").unwrap();
    }
}

#[test]
fn init_from_the_previous_period_passes_check_once_filled() {
    let tmp = tempfile::tempdir().unwrap();
    let o = run(
        tmp.path(),
        &[
            "init",
            "2021-05",
            "--from",
            root().join("data/2021-04").to_str().unwrap(),
        ],
    );
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let printed = stdout(&o);
    for line in [
        "2021-05/report.yaml:13: number:",
        "2021-05/report.yaml:16: date: đoán theo kỳ trước, kiểm tra lại: 2021-05-28",
        "2021-05/report.yaml:23: opening:",
        "2021-05/sectors/04-an-ninh-trat-tu.yaml: nội dung kỳ trước",
    ] {
        assert!(printed.contains(line), "{line} in\n{printed}");
    }
    let new = tmp.path().join("2021-05");
    let report = fs::read_to_string(new.join("report.yaml")).unwrap();
    assert!(report.contains("number: \"\"") && report.contains("date: 2021-05-28"));
    assert!(
        report.starts_with("# yaml-language-server:"),
        "comments are kept"
    );
    // as created, the placeholder stops the build
    let o = run(tmp.path(), &["check", "2021-05"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("lỗi[E-placeholder]"));
    fill_placeholders(&new, &|_| {
        "Căn cứ Công văn số 612/VPUBND-THVX ngày 20 tháng 5 năm 2021 của Văn phòng UBND tỉnh Đồng Tháp.".into()
    });
    let o = run(tmp.path(), &["check", "2021-05"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert_eq!(
        run(tmp.path(), &["build", "2021-05"]).status.code(),
        Some(0)
    );
}

#[test]
fn init_skeleton_passes_check_once_filled_and_never_overwrites() {
    let tmp = tempfile::tempdir().unwrap();
    let o = run(tmp.path(), &["init", "moi"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(
        stdout(&o).contains("moi/report.yaml:15: năm-tháng-ngày\n"),
        "{}",
        stdout(&o)
    );
    let new = tmp.path().join("moi");
    fill_placeholders(&new, &|p: &str| match p {
        p if p.contains("năm-tháng-ngày") => "2024-06-05".into(),
        p if p.contains("ỦY BAN") => "ỦY BAN NHÂN DÂN".into(),
        p if p.contains("THÀNH PHỐ") => "THÀNH PHỐ THỬ".into(),
        p if p.contains("tiêu đề lĩnh vực") => "Lĩnh vực thử:".into(),
        _ => "Nội dung thật.".into(),
    });
    let o = run(tmp.path(), &["check", "moi"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));

    let before = fs::read(new.join("report.yaml")).unwrap();
    let o = run(tmp.path(), &["init", "moi"]);
    assert_eq!(o.status.code(), Some(2));
    let o = run(
        tmp.path(),
        &[
            "init",
            "moi",
            "--from",
            root().join("data/2021-04").to_str().unwrap(),
        ],
    );
    assert_eq!(o.status.code(), Some(2));
    assert_eq!(
        fs::read(new.join("report.yaml")).unwrap(),
        before,
        "untouched"
    );
}

/// The `report …` commands of the example workflow, `data/*` expanded against `repo`.
fn workflow_commands(repo: &Path) -> Vec<Vec<String>> {
    let workflow = fs::read_to_string(root().join("examples/ci/report.yml")).unwrap();
    let mut folders: Vec<String> = fs::read_dir(repo.join("data"))
        .unwrap()
        .map(|e| format!("data/{}", e.unwrap().file_name().to_string_lossy()))
        .collect();
    folders.sort();
    workflow
        .lines()
        .filter_map(|l| l.trim().strip_prefix("run: report "))
        .map(|cmd| {
            cmd.split_whitespace()
                .flat_map(|w| {
                    if w == "data/*" {
                        folders.clone()
                    } else {
                        vec![w.to_string()]
                    }
                })
                .collect()
        })
        .collect()
}

#[test]
fn the_example_workflow_runs_on_a_data_repository() {
    let repo = tempfile::tempdir().unwrap();
    let example = root().join("examples/xa-tan-phu-dong-2024-q3");
    let data = repo.path().join("data/2024-q3");
    fs::create_dir_all(data.join("sectors")).unwrap();
    fs::copy(example.join("report.yaml"), data.join("report.yaml")).unwrap();
    for entry in fs::read_dir(example.join("sectors")).unwrap() {
        let entry = entry.unwrap();
        fs::copy(entry.path(), data.join("sectors").join(entry.file_name())).unwrap();
    }
    // the committed outputs
    assert_eq!(
        run(repo.path(), &["build", "--out", "out", "data/2024-q3"])
            .status
            .code(),
        Some(0)
    );
    let commands = workflow_commands(repo.path());
    assert_eq!(commands.len(), 3, "{commands:?}");
    for args in &commands {
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        let o = run(repo.path(), &args);
        assert_eq!(o.status.code(), Some(0), "report {args:?}: {}", stderr(&o));
    }
    assert!(repo.path().join("build/2024-q3.docx").exists());
    // a data change without rebuilding out/ fails the second step, naming the file
    let report = fs::read_to_string(data.join("report.yaml"))
        .unwrap()
        .replace("Trần Thị Mai", "Trần Thị Lan");
    fs::write(data.join("report.yaml"), report).unwrap();
    let args: Vec<&str> = commands[1].iter().map(String::as_str).collect();
    let o = run(repo.path(), &args);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stderr(&o).contains("cũ: out/2024-q3.docx"),
        "{}",
        stderr(&o)
    );
}

#[test]
fn init_from_a_report_with_appendices_carries_them_and_their_files() {
    let tmp = tempfile::tempdir().unwrap();
    let prev = root().join("examples/xa-tan-phu-dong-2025");
    // not beside the folder it comes from: `previous` is cleared
    let o = run(
        tmp.path(),
        &["init", "lone", "--from", prev.to_str().unwrap()],
    );
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let lone = fs::read_to_string(tmp.path().join("lone/report.yaml")).unwrap();
    assert!(lone.contains("previous: null"), "{lone}");
    // beside it: the pair of examples copied side by side, the new folder beside them
    for name in ["xa-tan-phu-dong-2024", "xa-tan-phu-dong-2025"] {
        copy_tree(&root().join("examples").join(name), &tmp.path().join(name));
    }
    let prev = tmp.path().join("xa-tan-phu-dong-2025");
    let o = run(
        tmp.path(),
        &["init", "2026", "--from", "xa-tan-phu-dong-2025"],
    );
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let printed = stdout(&o);
    for line in [
        "2026/appendices/01-theo-ap.yaml: phụ lục kỳ trước",
        "2026/tables/chi-tieu-theo-ap.xlsx: số liệu kỳ trước",
        "2026/tables/cong-trinh.csv: số liệu kỳ trước",
    ] {
        assert!(printed.contains(line), "{line} in\n{printed}");
    }
    let new = tmp.path().join("2026");
    for file in [
        "appendices/01-theo-ap.yaml",
        "appendices/02-cong-trinh.yaml",
        "tables/chi-tieu-theo-ap.xlsx",
        "tables/cong-trinh.csv",
    ] {
        let (copied, was) = (
            fs::read(new.join(file)).unwrap(),
            fs::read(prev.join(file)).unwrap(),
        );
        if file.ends_with(".yaml") {
            // as it was, but for the editor's schema, now in the new folder
            let (first, rest) = copied.split_at(copied.iter().position(|&b| b == b'\n').unwrap());
            let (_, was_rest) = was.split_at(was.iter().position(|&b| b == b'\n').unwrap());
            assert_eq!(
                first,
                b"# yaml-language-server: $schema=../.schema/appendix.schema.json"
            );
            assert_eq!(rest, was_rest, "{file} copied as it was");
            assert!(new.join(".schema/appendix.schema.json").is_file());
        } else {
            assert_eq!(copied, was, "{file} copied as it was");
        }
    }
    fill_placeholders(&new, &|_| {
        "Thực hiện Công văn số 15/UBND-TH ngày 10 tháng 12 năm 2026 của Ủy ban nhân dân tỉnh Đồng Tháp.".into()
    });
    let o = run(tmp.path(), &["build", "2026", "--out", "out"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
}

fn copy_tree(from: &Path, to: &Path) {
    fs::create_dir_all(to).unwrap();
    for entry in fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.path().is_dir() {
            copy_tree(&entry.path(), &target);
        } else {
            fs::copy(entry.path(), target).unwrap();
        }
    }
}

/// A report dated on the last day a date can have: the next period's date is left as
/// it was, to be written by hand, never a year 10000.
#[test]
fn init_from_the_last_date_writes_no_year_past_9999() {
    let tmp = tempfile::tempdir().unwrap();
    let prev = tmp.path().join("9999-12");
    copy_dir(&root().join("data/2021-04"), &prev);
    let report = fs::read_to_string(prev.join("report.yaml")).unwrap();
    fs::write(
        prev.join("report.yaml"),
        report.replace("date: 2021-04-28", "date: 9999-12-31"),
    )
    .unwrap();
    let o = run(
        tmp.path(),
        &["init", "sau", "--from", prev.to_str().unwrap()],
    );
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let written = fs::read_to_string(tmp.path().join("sau/report.yaml")).unwrap();
    assert!(written.contains("date: 9999-12-31"), "{written}");
    assert!(!written.contains("10000"), "{written}");
}

/// report.yaml's `known_warnings` is said with the count of warnings (the shipped
/// reference says why its four are kept), in both formats; the warnings are still
/// printed, and `--deny-warnings` still fails on them.
#[test]
fn known_warnings_are_explained_by_the_data_not_hidden() {
    let note = "chỗ không nhất quán của văn bản gốc, giữ nguyên có chủ ý";
    let report = format!("{REPORT}figures:\n  khong-dung: 5\nknown_warnings: \"{note}\"\n");
    let dir = DataDir::new(&report, &[("01.yaml", SECTOR)]);
    let o = run(dir.tmp.path(), &["check", "data"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let err = stderr(&o);
    assert!(err.contains("cảnh báo[W-figure-unused]"), "{err}");
    assert!(
        err.contains(&format!("0 lỗi, 1 cảnh báo (ghi chú của báo cáo: {note})")),
        "{err}"
    );
    let o = run(
        dir.tmp.path(),
        &["check", "data", "--message-format", "json"],
    );
    let counts = stderr(&o)
        .lines()
        .find(|l| l.contains("\"type\":\"counts\""))
        .map(|l| serde_json::from_str::<serde_json::Value>(l).unwrap())
        .unwrap();
    assert_eq!(counts["known_warnings"], note);
    let o = run(dir.tmp.path(), &["check", "data", "--deny-warnings"]);
    assert_eq!(o.status.code(), Some(1));

    // no warnings: nothing to explain
    let report = format!("{REPORT}known_warnings: \"{note}\"\n");
    let dir = DataDir::new(&report, &[("01.yaml", SECTOR)]);
    let o = run(dir.tmp.path(), &["check", "data"]);
    assert!(
        !stderr(&o).contains(note) && !stdout(&o).contains(note),
        "{}",
        stderr(&o)
    );
}
