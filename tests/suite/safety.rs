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

#[cfg(unix)]
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

/// A data folder with `templates/NAME` holding `text`.
fn with_template(name: &str, text: &str) -> DataDir {
    let dir = DataDir::new(REPORT, &[("01.yaml", SECTOR)]);
    fs::create_dir(dir.path().join("templates")).unwrap();
    fs::write(dir.path().join("templates").join(name), text).unwrap();
    dir
}

/// Builds the Markdown of `dir`; the exit code and the error output (English).
fn build_md(dir: &DataDir, more: &[&str]) -> (Option<i32>, String) {
    let mut args = vec!["build", "data", "--format", "md", "--lang", "en"];
    args.extend_from_slice(more);
    let o = run(dir.tmp.path(), &args);
    (o.status.code(), stderr(&o))
}

#[cfg(unix)]
#[test]
fn a_template_linked_out_of_its_folder_is_refused() {
    let dir = DataDir::new(REPORT, &[("01.yaml", SECTOR)]);
    fs::create_dir(dir.path().join("templates")).unwrap();
    std::os::unix::fs::symlink("/etc/passwd", dir.path().join("templates/report.md")).unwrap();
    let (code, err) = build_md(&dir, &[]);
    assert_eq!(code, Some(1), "{err}");
    assert!(err.starts_with("error[E-outside-folder]: a link leads out of the data folder, to /etc/passwd\n  --> data/templates/report.md"), "{err}");
    assert!(!dir.out().exists(), "nothing written");
    // the templates folder itself a link to a folder outside the data folder
    fs::remove_dir_all(dir.path().join("templates")).unwrap();
    let elsewhere = dir.tmp.path().join("elsewhere");
    fs::create_dir(&elsewhere).unwrap();
    fs::write(elsewhere.join("header.md"), "LẠ\n").unwrap();
    std::os::unix::fs::symlink(&elsewhere, dir.path().join("templates")).unwrap();
    let (code, err) = build_md(&dir, &[]);
    assert_eq!(code, Some(1), "{err}");
    assert!(err.starts_with("error[E-outside-folder]"), "{err}");
    assert!(!dir.out().exists(), "nothing written");
    // the same folder given with --templates is the user's choice, but its files stay in it
    let (code, err) = build_md(&dir, &["--templates", "elsewhere"]);
    assert_eq!(code, Some(0), "{err}");
    std::os::unix::fs::symlink("/etc/hostname", elsewhere.join("closing.md")).unwrap();
    let (code, err) = build_md(&dir, &["--templates", "elsewhere"]);
    assert_eq!(code, Some(1), "{err}");
    assert!(err.contains("--> elsewhere/closing.md"), "{err}");
}

#[test]
fn templates_name_only_templates_of_their_folder() {
    for tag in [
        "{% include \"../report.yaml\" %}",
        "{% include \"/etc/passwd\" %}",
        "{% extends \"/etc/passwd\" %}",
        "{% include \"../../../../../../etc/passwd\" %}",
    ] {
        let dir = with_template("header.md", tag);
        let (code, err) = build_md(&dir, &[]);
        assert_eq!(code, Some(1), "{tag}: {err}");
        assert!(err.contains("error[E-template]"), "{tag}: {err}");
        assert!(!err.contains("root:"), "{tag}: {err}");
        assert!(!dir.out().exists(), "nothing written");
    }
}

#[test]
fn a_huge_template_file_is_refused_unread() {
    let dir = with_template("header.md", "");
    let huge = fs::File::create(dir.path().join("templates/report.md")).unwrap();
    huge.set_len(1024 * 1024 * 1024).unwrap();
    let (code, err) = build_md(&dir, &[]);
    assert_eq!(code, Some(1), "{err}");
    assert!(err.starts_with("error[E-file-too-large]: file too large: 1073741824 bytes, the limit is 262144\n  --> data/templates/report.md"), "{err}");
}

#[test]
fn nested_range_loops_stop_at_the_budget_with_exit_2_and_nothing_written() {
    let dir = with_template(
        "report.md",
        "{% for i in range(end=100000) %}{% for j in range(end=100000) %}{% endfor %}{% endfor %}",
    );
    let (code, err) = build_md(&dir, &[]);
    assert_eq!(code, Some(2), "{err}");
    assert!(err.starts_with("error[E-template-budget]: the templates' `range` loops produce more than 1000000 items; stopped; nothing was written\n  --> data/templates"), "{err}");
    assert!(!dir.out().exists(), "nothing written");
}

#[test]
fn a_template_writing_past_the_output_budget_stops_with_exit_2() {
    let line = "Một dòng lặp lại để làm đầy bộ nhớ, rất nhiều lần. ".repeat(4);
    let dir = with_template(
        "report.md",
        &format!("{{% for i in range(end=400000) %}}{line}\n{{% endfor %}}"),
    );
    let (code, err) = build_md(&dir, &[]);
    assert_eq!(code, Some(2), "{err}");
    assert!(err.starts_with("error[E-template-budget]: the Markdown the templates write passes 67108864 bytes; stopped; nothing was written"), "{err}");
    assert!(!dir.out().exists(), "nothing written");
}

#[test]
fn include_chains_are_bounded_in_depth_and_files_in_number() {
    // 20 deep, within the number of files
    let dir = with_template("report.md", "{% include \"t0.md\" %}");
    for i in 0..20 {
        let next = format!("{{% include \"t{}.md\" %}}", i + 1);
        fs::write(dir.path().join(format!("templates/t{i}.md")), next).unwrap();
    }
    fs::write(dir.path().join("templates/t20.md"), "end").unwrap();
    let (code, err) = build_md(&dir, &[]);
    assert_eq!(code, Some(2), "{err}");
    assert!(err.starts_with("error[E-template-budget]: templates name one another (include, extends) more than 16 deep: report.md → t0.md → t1.md"), "{err}");
    // 3,000 deep needs 3,000 files: refused by their number, before any is read
    for i in 21..3000 {
        let next = format!("{{% include \"t{}.md\" %}}", i + 1);
        fs::write(dir.path().join(format!("templates/t{i}.md")), next).unwrap();
    }
    let (code, err) = build_md(&dir, &[]);
    assert_eq!(code, Some(2), "{err}");
    assert!(
        err.starts_with(
            "error[E-template-budget]: the templates folder has more than 32 .md files"
        ),
        "{err}"
    );
    assert!(!dir.out().exists(), "nothing written");
}

#[test]
fn a_rendering_past_its_time_is_stopped_by_the_tool() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(
        dir.path().join("report.md"),
        "{% for i in range(end=999999) %}{% for b in md.blocks %}{{ b.text }}{% endfor %}{% endfor %}",
    )
    .unwrap();
    let doc = document(&root().join("data/2021-04"));
    let budget = report::render::templates::Budget {
        output_bytes: u64::MAX,
        range_items: u64::MAX,
        time: std::time::Duration::from_millis(50),
    };
    let folder = report::render::templates::Folder {
        dir: dir.path(),
        root: dir.path(),
    };
    let set = report::render::templates::load_set(Some(folder), &budget).unwrap();
    let result = report::render::templates::render_within(&doc, set, &budget);
    assert_eq!(
        result,
        Err(report::render::templates::RenderError::Budget(
            report::messages::Budget::Time { seconds: 0 }
        ))
    );
}

#[test]
fn a_templates_option_that_names_no_folder_exits_2() {
    let dir = DataDir::new(REPORT, &[("01.yaml", SECTOR)]);
    fs::write(dir.tmp.path().join("a-file"), "x").unwrap();
    for templates in ["khong-co", "a-file"] {
        let (code, err) = build_md(&dir, &["--templates", templates]);
        assert_eq!(code, Some(2), "{err}");
        assert!(err.starts_with(&format!("error[E-templates-dir]: there is no such templates folder (it does not exist, or is a file)\n  --> {templates}")), "{err}");
        assert!(!dir.out().exists(), "nothing written");
    }
}

/// The names in `dir`, hidden ones too, recursively, as `a/b`.
fn tree(dir: &Path) -> Vec<String> {
    let mut names = Vec::new();
    for name in names_in(dir) {
        let path = dir.join(&name);
        if path.is_dir() && !path.is_symlink() {
            names.extend(tree(&path).into_iter().map(|n| format!("{name}/{n}")));
        } else {
            names.push(name);
        }
    }
    names
}

#[test]
fn init_copies_only_what_the_format_defines() {
    let dir = with_template("closing.md", "KÝ\n");
    fs::write(dir.path().join("templates/ghi-chu.txt"), "x").unwrap();
    fs::create_dir(dir.path().join("templates/cu.md")).unwrap();
    fs::write(dir.path().join("ghi-chu.txt"), "x").unwrap();
    fs::create_dir(dir.path().join(".git")).unwrap();
    fs::write(dir.path().join(".git/config"), "x").unwrap();
    fs::write(dir.path().join("sectors/.~lock.01.yaml#"), "x").unwrap();
    let o = run(dir.tmp.path(), &["init", "moi", "--from", "data"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let new = dir.tmp.path().join("moi");
    assert_eq!(
        tree(&new),
        [
            ".schema/appendix.schema.json",
            ".schema/report.schema.json",
            ".schema/sector.schema.json",
            "report.yaml",
            "sectors/01.yaml",
            "templates/closing.md"
        ]
    );
    assert_eq!(
        fs::read_to_string(new.join("templates/closing.md")).unwrap(),
        "KÝ\n"
    );
    assert_eq!(
        names_in(dir.tmp.path()),
        ["data", "moi"],
        "nothing staged is left"
    );
}

#[cfg(unix)]
#[test]
fn init_never_follows_a_link_out_of_the_previous_folder() {
    // a template linked to a file outside, then templates/ linked to /etc
    let dir = DataDir::new(REPORT, &[("01.yaml", SECTOR)]);
    fs::create_dir(dir.path().join("templates")).unwrap();
    std::os::unix::fs::symlink("/etc/passwd", dir.path().join("templates/report.md")).unwrap();
    for round in 0..2 {
        let o = run(
            dir.tmp.path(),
            &["init", "moi", "--from", "data", "--lang", "en"],
        );
        assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
        assert!(
            stderr(&o).starts_with("error[E-outside-folder]"),
            "{}",
            stderr(&o)
        );
        assert!(stderr(&o).contains("moi was not made"), "{}", stderr(&o));
        assert_eq!(
            names_in(dir.tmp.path()),
            ["data"],
            "round {round}: nothing made"
        );
        fs::remove_dir_all(dir.path().join("templates")).unwrap();
        std::os::unix::fs::symlink("/etc", dir.path().join("templates")).unwrap();
    }
}

#[test]
fn init_from_a_folder_that_does_not_exist_exits_2() {
    let tmp = tempfile::tempdir().unwrap();
    let o = run(
        tmp.path(),
        &["init", "moi", "--from", "khong-co", "--lang", "en"],
    );
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    assert!(
        stderr(&o).starts_with("error[E-data-dir]: there is no such data folder\n  --> khong-co"),
        "{}",
        stderr(&o)
    );
    assert_eq!(names_in(tmp.path()), Vec::<String>::new());
}

#[test]
fn a_template_that_grows_a_string_without_bound_stops_at_the_memory_limit() {
    let doublings = "{% set s = s ~ s %}".repeat(40);
    let dir = with_template(
        "report.md",
        &format!("{{% set s = \"0123456789abcdef\" %}}{doublings}{{{{ s | length }}}}"),
    );
    let (code, err) = build_md(&dir, &[]);
    assert_eq!(code, Some(2), "{err}");
    assert!(err.starts_with("error[E-template-budget]: rendering the templates needed more than 1024 MiB of memory; stopped; nothing was written"), "{err}");
    assert!(!dir.out().exists(), "nothing written");
}

#[test]
fn templates_rendered_apart_give_the_same_bytes() {
    // the built-in templates, given as a folder's: rendered in a child process
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path().join("2021-04");
    fs::create_dir_all(data.join("sectors")).unwrap();
    let source = root().join("data/2021-04");
    fs::copy(source.join("report.yaml"), data.join("report.yaml")).unwrap();
    for entry in fs::read_dir(source.join("sectors")).unwrap() {
        let entry = entry.unwrap();
        fs::copy(entry.path(), data.join("sectors").join(entry.file_name())).unwrap();
    }
    fs::create_dir(data.join("templates")).unwrap();
    for (name, text) in report::render::templates::BUILT_IN {
        fs::write(data.join("templates").join(name), text).unwrap();
    }
    let o = run(tmp.path(), &["build", "2021-04", "--format", "md"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let apart = fs::read_to_string(tmp.path().join("out/2021-04.md")).unwrap();
    let tera = report::render::templates::load(None).unwrap();
    let here = report::render::markdown::render(&document(&source), &tera).unwrap();
    assert_eq!(apart, here);
}

#[test]
fn templates_are_rendered_here_when_no_child_can_run() {
    use report::render::templates::{Budget, Folder, load_set};
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("closing.md"), "KÝ\n").unwrap();
    let folder = Folder {
        dir: dir.path(),
        root: dir.path(),
    };
    let budget = Budget::default();
    let set = load_set(Some(folder), &budget).unwrap();
    let doc = document(&root().join("data/2021-04"));
    let missing = Path::new("/khong-co/report");
    let md = report::render::isolated::render(Some(missing), &doc, set, &budget).unwrap();
    assert!(md.contains("\nKÝ\n"), "{md}");
}

/// A build of unchanged data writes nothing: the outputs keep their files and dates (a
/// document open in Word is not replaced by itself), and are listed as ever. A change
/// writes both again.
#[cfg(unix)]
#[test]
fn a_build_of_unchanged_data_leaves_the_outputs_as_they_are() {
    use std::os::unix::fs::MetadataExt;
    let dir = DataDir::new(REPORT, &[("01.yaml", SECTOR)]);
    let ids = || {
        ["docx", "md"].map(|ext| {
            let m = fs::metadata(dir.out().join(format!("data.{ext}"))).unwrap();
            (m.ino(), m.mtime_nsec(), m.mtime())
        })
    };
    let o = run(dir.tmp.path(), &["build", "data"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let first = ids();
    let o = run(dir.tmp.path(), &["build", "data"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert_eq!(stdout(&o), "out/data.docx\nout/data.md\n");
    assert_eq!(ids(), first, "unchanged: not written");
    fs::write(
        dir.path().join("sectors/01.yaml"),
        SECTOR.replace("một.", "hai."),
    )
    .unwrap();
    let o = run(dir.tmp.path(), &["build", "data"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let after = ids();
    assert!(
        after[0].0 != first[0].0 && after[1].0 != first[1].0,
        "changed: both written"
    );
    assert_eq!(names_in(&dir.out()), ["data.docx", "data.md"]);
}
