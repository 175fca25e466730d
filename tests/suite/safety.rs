//! Safe by construction (issue 10): what a data folder received from others cannot make
//! the tool do. Each attack of the issue is a case here, with what must happen instead.

use std::fs;
use std::path::Path;
use std::process::{Command, Stdio};

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

/// Two data sets of the same folder name, `a/data` and `b/data`, told apart by a word.
fn two_data_sets() -> tempfile::TempDir {
    let tmp = tempfile::tempdir().unwrap();
    for (set, word) in [("a", "Anh"), ("b", "Bình")] {
        let dir = tmp.path().join(set).join("data");
        fs::create_dir_all(dir.join("sectors")).unwrap();
        fs::write(dir.join("report.yaml"), REPORT).unwrap();
        let sector = SECTOR.replace("Mô hình một.", &format!("Mô hình {word}."));
        fs::write(dir.join("sectors/01.yaml"), sector).unwrap();
    }
    tmp
}

fn names_in(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

#[test]
fn builds_into_one_folder_at_once_leave_whole_outputs_of_one_data_set() {
    let tmp = two_data_sets();
    let build = |set: &str, out: &str| {
        Command::new(env!("CARGO_BIN_EXE_report"))
            .args(["build", &format!("{set}/data"), "--out", out])
            .current_dir(tmp.path())
            .env_remove("REPORT_LANG")
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap()
    };
    // what each data set builds alone
    let mut expected = Vec::new();
    for set in ["a", "b"] {
        let o = build(set, &format!("ref-{set}"))
            .wait_with_output()
            .unwrap();
        assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
        let read = |ext: &str| fs::read(tmp.path().join(format!("ref-{set}/data.{ext}"))).unwrap();
        expected.push((read("docx"), read("md")));
    }
    assert_ne!(expected[0], expected[1]);
    let out = tmp.path().join("out");
    let (mut from_a, mut from_b) = (0, 0);
    for round in 0..30 {
        let (first, second) = if round % 2 == 0 {
            ("a", "b")
        } else {
            ("b", "a")
        };
        let one = build(first, "out");
        let two = build(second, "out");
        for child in [one, two] {
            let o = child.wait_with_output().unwrap();
            assert_eq!(o.status.code(), Some(0), "round {round}: {}", stderr(&o));
            assert_eq!(stdout(&o), "out/data.docx\nout/data.md\n");
        }
        assert_eq!(
            names_in(&out),
            ["data.docx", "data.md"],
            "round {round}: no temporary left"
        );
        let got = (
            fs::read(out.join("data.docx")).unwrap(),
            fs::read(out.join("data.md")).unwrap(),
        );
        if got == expected[0] {
            from_a += 1;
        } else if got == expected[1] {
            from_b += 1;
        } else {
            panic!("round {round}: the outputs are not both whole and of one data set");
        }
    }
    assert_eq!(from_a + from_b, 30);
}

#[test]
fn a_folder_in_place_of_an_output_changes_nothing_and_says_so() {
    let dir = DataDir::new(REPORT, &[("01.yaml", SECTOR)]);
    let o = run(dir.tmp.path(), &["build", "data"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let before = fs::read(dir.out().join("data.docx")).unwrap();
    fs::remove_file(dir.out().join("data.md")).unwrap();
    fs::create_dir(dir.out().join("data.md")).unwrap();
    fs::write(
        dir.path().join("sectors/01.yaml"),
        SECTOR.replace("một.", "hai."),
    )
    .unwrap();
    let o = run(dir.tmp.path(), &["build", "data", "--lang", "en"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).starts_with("error[E-output]: the output path exists and is not a regular file (a folder or a link); nothing was written, previous outputs are left as they were\n  --> out/data.md"),
        "{}",
        stderr(&o)
    );
    assert_eq!(fs::read(dir.out().join("data.docx")).unwrap(), before);
    assert_eq!(names_in(&dir.out()), ["data.docx", "data.md"]);
}

#[test]
fn an_output_folder_among_the_inputs_is_refused() {
    let dir = DataDir::new(REPORT, &[("01.yaml", SECTOR)]);
    fs::create_dir(dir.path().join("templates")).unwrap();
    fs::write(dir.path().join("templates/closing.md"), "KÝ\n").unwrap();
    fs::create_dir(dir.tmp.path().join("tpl")).unwrap();
    std::os::unix::fs::symlink(dir.path(), dir.tmp.path().join("link")).unwrap();
    let cases: [&[&str]; 7] = [
        &["--out", "data"],
        &["--out", "data/templates"],
        &["--out", "data/sectors"],
        &["--out", "data/new/deeper"],
        &["--out", "out/../data/./x"],
        &["--out", "link/x"],
        &["--out", "tpl/out", "--templates", "tpl"],
    ];
    for args in cases {
        let mut all = vec!["build", "data", "--lang", "en"];
        all.extend_from_slice(args);
        let o = run(dir.tmp.path(), &all);
        assert_eq!(o.status.code(), Some(2), "{args:?}: {}", stderr(&o));
        assert!(
            stderr(&o).starts_with(
                "error[E-out-inside-data]: the output folder is inside the input folder "
            ),
            "{args:?}: {}",
            stderr(&o)
        );
    }
    assert_eq!(
        fs::read_to_string(dir.path().join("templates/closing.md")).unwrap(),
        "KÝ\n"
    );
    assert_eq!(
        names_in(&dir.path()),
        ["report.yaml", "sectors", "templates"]
    );
    assert_eq!(names_in(&dir.path().join("sectors")), ["01.yaml"]);
    // beside the data folder is fine
    let o = run(dir.tmp.path(), &["build", "data", "--out", "data-out"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
}
