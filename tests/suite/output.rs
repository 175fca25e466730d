//! What the tool says, as a whole: JSON on every line in `--message-format json`, no
//! control byte from the data on the terminal, English with no Vietnamese in its
//! messages, why `--deny-warnings` stops, a folder of data folders refused by name, and
//! floods of diagnostics kept short.

use std::fs;
use std::path::Path;

use super::support::*;

/// Every line of both streams of `o` is one JSON object; the objects.
fn json_lines(o: &std::process::Output) -> Vec<serde_json::Value> {
    let mut all = Vec::new();
    for (name, bytes) in [("stdout", &o.stdout), ("stderr", &o.stderr)] {
        for line in String::from_utf8_lossy(bytes).lines() {
            let v: serde_json::Value = serde_json::from_str(line)
                .unwrap_or_else(|e| panic!("{name}: not JSON ({e}): {line:?}"));
            assert!(v.is_object(), "{name}: not an object: {line}");
            all.push(v);
        }
    }
    all
}

fn types(records: &[serde_json::Value]) -> Vec<String> {
    records
        .iter()
        .map(|r| r["type"].as_str().unwrap_or("?").to_string())
        .collect()
}

#[test]
fn json_mode_writes_json_on_every_line_of_both_streams() {
    let dir = DataDir::new(REPORT, &[("01.yaml", SECTOR)]);
    let cwd = dir.tmp.path();
    let json = ["--message-format", "json"];
    // build: the paths written
    let o = run(cwd, &[&json[..], &["build", "data"]].concat());
    assert_eq!(o.status.code(), Some(0));
    let t = types(&json_lines(&o));
    assert!(t.contains(&"written".to_string()), "{t:?}");
    // --check on a stale and a missing output
    fs::write(dir.out().join("data.md"), "cũ").unwrap();
    fs::remove_file(dir.out().join("data.docx")).unwrap();
    let o = run(cwd, &[&json[..], &["build", "--check", "data"]].concat());
    assert_eq!(o.status.code(), Some(1));
    let t = types(&json_lines(&o));
    assert!(
        t.contains(&"stale".to_string()) && t.contains(&"missing".to_string()),
        "{t:?}"
    );
    // check with diagnostics, and the per-folder summary
    let broken = DataDir::new(REPORT, &[("01.yaml", "title: x\nmodels:\n\t- body: [a]\n")]);
    let o = run(broken.tmp.path(), &[&json[..], &["check", "data"]].concat());
    let records = json_lines(&o);
    let t = types(&records);
    assert_eq!(t, ["diagnostic", "counts"], "{records:?}");
    assert_eq!(records[0]["code"], "E-yaml-tab");
    assert_eq!(records[0]["line"], 3);
    assert_eq!(records[1]["errors"], 1);
    // fatal errors
    let o = run(cwd, &[&json[..], &["check", "khong-co"]].concat());
    assert_eq!(o.status.code(), Some(2));
    let records = json_lines(&o);
    assert_eq!(records[0]["fatal"], true, "{records:?}");
    let o = run(
        cwd,
        &[&json[..], &["--lang", "xx", "check", "data"]].concat(),
    );
    assert_eq!(o.status.code(), Some(2));
    json_lines(&o);
}

#[test]
fn no_control_character_reaches_the_terminal() {
    let sector = "title: \"x\\e[2J\"\nintro:\n  - \"a\u{1b}]0;pwned\u{7}b\"\n  - Một\u{9b}31m\n\u{1b}[31mkey: 1\n";
    let dir = DataDir::new(REPORT, &[("01.yaml", sector)]);
    for format in ["human", "short", "json"] {
        for lang in ["vi", "en"] {
            let o = run(
                dir.tmp.path(),
                &["--message-format", format, "--lang", lang, "check", "data"],
            );
            assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
            for bytes in [&o.stdout, &o.stderr] {
                let text = String::from_utf8_lossy(bytes);
                let bad: Vec<char> = text
                    .chars()
                    .filter(|&c| c.is_control() && c != '\n')
                    .collect();
                assert!(bad.is_empty(), "{format} {lang}: {bad:?} in\n{text}");
            }
            if format == "human" {
                assert!(stderr(&o).contains("\\u{1b}"), "{}", stderr(&o));
            }
        }
    }
}

/// Letters only Vietnamese uses (with its marks), outside quoted data.
fn vietnamese(line: &str) -> bool {
    let mut quoted = None;
    for c in line.chars() {
        match (quoted, c) {
            (Some(q), c) if c == q => quoted = None,
            (Some(_), _) => {}
            (None, '`' | '"' | '«') => quoted = Some(if c == '«' { '»' } else { c }),
            (None, c) => {
                let marked = ('\u{1EA0}'..='\u{1EF9}').contains(&c)
                    || "đĐăĂơƠưƯâÂêÊôÔàáãèéìíòóõùúýÀÁÈÉÌÍÒÓÙÚ".contains(c);
                if marked {
                    return true;
                }
            }
        }
    }
    false
}

#[test]
fn english_mode_prints_no_vietnamese_in_message_lines() {
    let corpus = root().join("tests/corpus");
    let mut failures = Vec::new();
    let mut cases: Vec<_> = fs::read_dir(&corpus)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.is_dir())
        .collect();
    cases.sort();
    for case in cases {
        let name = case.file_name().unwrap().to_str().unwrap().to_string();
        let o = run(
            &corpus,
            &["--lang", "en", "--message-format", "short", "check", &name],
        );
        for line in stderr(&o).lines().chain(stdout(&o).lines()) {
            // the message, hint and detail: after the file's place
            let message = line.split_once(": ").map_or(line, |(_, m)| m);
            if vietnamese(message) {
                failures.push(format!("{name}: {line}"));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn deny_warnings_says_why_it_stops() {
    let cwd = root();
    let o = run(&cwd, &["check", "--deny-warnings", "data/2021-04"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stderr(&o).contains("dừng: 4 cảnh báo và --deny-warnings"),
        "{}",
        stderr(&o)
    );
    let out = tempfile::tempdir().unwrap();
    let out = out.path().to_str().unwrap();
    let o = run(
        &cwd,
        &[
            "--lang",
            "en",
            "build",
            "--deny-warnings",
            "--out",
            out,
            "data/2021-04",
        ],
    );
    assert_eq!(o.status.code(), Some(1));
    let err = stderr(&o);
    assert!(
        err.contains("stopped: 4 warnings and --deny-warnings"),
        "{err}"
    );
    assert!(!err.contains("has errors"), "{err}");
}

#[test]
fn a_folder_of_data_folders_is_named_and_refused() {
    let o = run(&root(), &["check", "data"]);
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    assert!(
        stderr(&o).starts_with("lỗi: data không phải"),
        "{}",
        stderr(&o)
    );
    assert!(stderr(&o).contains("data/2021-04"), "{}", stderr(&o));
}

#[test]
fn a_flood_of_one_code_is_cut_to_one_line_of_count() {
    let keys: String = (0..5_000).map(|i| format!("k{i}: x\n")).collect();
    let sector = format!("title: x\nintro: [a]\n{keys}");
    let dir = DataDir::new(REPORT, &[("01.yaml", &sector)]);
    let o = run(
        dir.tmp.path(),
        &["--message-format", "short", "check", "data"],
    );
    let err = stderr(&o);
    let lines: Vec<&str> = err.lines().collect();
    assert!(lines.len() <= 25, "{} lines", lines.len());
    assert!(
        err.contains("và 4980 thông báo E-unknown-key nữa trong data/sectors/01.yaml"),
        "{err}"
    );
    // JSON gives them all
    let o = run(
        dir.tmp.path(),
        &["--message-format", "json", "check", "data"],
    );
    assert_eq!(stderr(&o).lines().count(), 5_001);
}

#[test]
fn a_long_line_is_cut_around_the_caret() {
    let long = "chữ ".repeat(20_000);
    let sector = format!("title: x\nintro:\n  - \"{long}[^khong-co] {long}\"\n");
    let dir = DataDir::new(REPORT, &[("01.yaml", &sector)]);
    let o = run(dir.tmp.path(), &["check", "data"]);
    let err = stderr(&o);
    assert!(err.contains("[E-footnote-undefined]"), "{err}");
    assert!(err.len() < 2_000, "{} bytes", err.len());
    let longest = err.lines().map(|l| l.chars().count()).max().unwrap();
    assert!(longest < 130, "a line of {longest} characters");
    assert!(err.contains("…"), "{err}");
}

#[test]
fn many_references_in_one_paragraph_are_placed_in_one_walk() {
    // 20,000 references: placing each from the paragraph's start was quadratic (25 s)
    let refs: String = (0..20_000).map(|i| format!("x[^n{i}] ")).collect();
    let sector = format!("title: x\nintro:\n  - \"{refs}\"\n");
    let (loaded, _) = report::load::load_from_memory(
        Path::new("D"),
        REPORT.as_bytes(),
        &[("01.yaml", sector.as_bytes())],
    );
    let (_, diags) = report::validate::validate(&loaded.unwrap());
    let out = report::diagnostic::render::render(
        &diags,
        report::diagnostic::render::Format::Short,
        report::messages::Lang::Vi,
    );
    // every reference undefined, each at its own column
    assert_eq!(diags.len(), 20_000);
    assert!(
        out.contains("D/sectors/01.yaml:3:7: lỗi[E-footnote-undefined]"),
        "{out:.300}"
    );
    // in JSON too, with the paragraph's line cut around each (whole, it was 4 GB)
    let json = report::diagnostic::render::render(
        &diags,
        report::diagnostic::render::Format::Json,
        report::messages::Lang::Vi,
    );
    assert_eq!(json.lines().count(), 20_000);
    assert!(json.len() < 20_000 * 600, "{} bytes", json.len());
}

#[test]
fn help_follows_the_language_of_the_run() {
    let cwd = root();
    for sub in [&[][..], &["build"], &["check"], &["init"], &["schema"]] {
        let vi = run(&cwd, &[sub, &["--help"]].concat());
        assert_eq!(vi.status.code(), Some(0));
        let vi = stdout(&vi);
        assert!(vi.contains("Cách dùng: report"), "{vi}");
        assert!(
            vi.contains("Tùy chọn:") && vi.contains("In trợ giúp này"),
            "{vi}"
        );
        assert!(!vi.contains("Usage:") && !vi.contains("Print help"), "{vi}");
        let en = run(&cwd, &[sub, &["--lang", "en", "--help"]].concat());
        let en = stdout(&en);
        assert!(
            en.contains("Usage: report") && en.contains("Print this help"),
            "{en}"
        );
        for line in en.lines() {
            assert!(!vietnamese(line), "Vietnamese in English help: {line}");
        }
        // REPORT_LANG too
        let o = std::process::Command::new(env!("CARGO_BIN_EXE_report"))
            .args([sub, &["--help"]].concat())
            .env("REPORT_LANG", "en")
            .output()
            .unwrap();
        assert_eq!(String::from_utf8_lossy(&o.stdout), en);
    }
    let vi = stdout(&run(&cwd, &["build", "--help"]));
    assert!(vi.contains("Kiểm tra rồi dựng báo cáo"), "{vi}");
    assert!(vi.contains("Coi cảnh báo là lỗi"), "{vi}");
}

#[test]
fn wrong_arguments_are_said_in_the_language_of_the_run() {
    let o = run(&root(), &["check"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).starts_with("lỗi: đối số dòng lệnh sai (chi tiết: "),
        "{}",
        stderr(&o)
    );
    let o = run(&root(), &["--lang", "en", "chek"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).starts_with("error: wrong command-line arguments"),
        "{}",
        stderr(&o)
    );
    let o = run(&root(), &["--message-format", "json", "--frob"]);
    assert_eq!(o.status.code(), Some(2));
    let records = json_lines(&o);
    assert_eq!(records[0]["type"], "bad-arguments");
    // clap's own words said again in Vietnamese, for the mistakes a clerk makes
    for (args, said) in [
        (
            &["build", "data/2021-04", "--check", "--watch"][..],
            "`--check` không dùng cùng với `--watch`",
        ),
        (&["biuld"][..], "không có lệnh `biuld`; có phải là `build`?"),
        (
            &["build", "data/2021-04", "--formt", "docx"][..],
            "không có tùy chọn `--formt`; có phải là `--format`?",
        ),
        (
            &["build", "data/2021-04", "--format", "doc"][..],
            "giá trị `doc` không hợp lệ cho `--format <FORMAT>`; các giá trị được: docx, md, pdf, meta; có phải là `docx`?",
        ),
        (&["check"][..], "thiếu `<DATA_DIRS>...`"),
    ] {
        let o = run(&root(), args);
        assert_eq!(o.status.code(), Some(2), "{args:?}");
        assert_eq!(
            stderr(&o).lines().next().unwrap_or(""),
            format!("lỗi: đối số dòng lệnh sai (chi tiết: {said}); xem report --help"),
            "{args:?}"
        );
    }
}

#[test]
fn control_characters_past_the_limit_are_counted() {
    let paragraph = "a\u{b}".repeat(500);
    let sector = format!("title: x\nintro:\n  - {paragraph}\n");
    let dir = DataDir::new(REPORT, &[("01.yaml", &sector)]);
    let o = run(
        dir.tmp.path(),
        &["--message-format", "short", "check", "data"],
    );
    let err = stderr(&o);
    assert_eq!(err.lines().count(), 21, "{err}");
    assert!(
        err.contains("và 480 thông báo E-control-char nữa trong data/sectors/01.yaml"),
        "{err}"
    );
    let o = run(
        dir.tmp.path(),
        &["--message-format", "json", "check", "data"],
    );
    let records = json_lines(&o);
    let more: Vec<_> = records.iter().filter(|r| r["type"] == "more").collect();
    assert_eq!(more.len(), 1, "{records:?}");
    assert_eq!(more[0]["count"], 400);
    let shown = records.iter().filter(|r| r["type"] == "diagnostic").count();
    assert_eq!(shown, 100);
}

/// A build killed between its renames left the Markdown of new data beside the DOCX of
/// the old, the new DOCX in its temporary and the set's journal: `--check` names the
/// set as interrupted, and the next build completes it before anything else.
#[test]
fn a_set_left_halfway_by_a_killed_build_is_completed_by_the_next() {
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path().join("2021-04");
    copy_dir(&root().join("data/2021-04"), &data);
    let (old, new) = (tmp.path().join("old"), tmp.path().join("new"));
    let build = |out: &Path, more: &[&str]| {
        let args = [
            &[
                "build",
                "2021-04",
                "--out",
                out.to_str().unwrap(),
                "--format",
                "docx,md",
            ][..],
            more,
        ]
        .concat();
        run(tmp.path(), &args)
    };
    assert_eq!(build(&old, &[]).status.code(), Some(0));
    let report = fs::read_to_string(data.join("report.yaml")).unwrap();
    fs::write(
        data.join("report.yaml"),
        report.replace("date: 2021-04-28", "date: 2021-04-29"),
    )
    .unwrap();
    assert_eq!(build(&new, &[]).status.code(), Some(0));
    // the state a kill leaves: the Markdown in place, the DOCX still in its temporary
    let out = &old;
    fs::copy(new.join("2021-04.md"), out.join("2021-04.md")).unwrap();
    let temporary = out.join(".2021-04.docx.tmp-999999-0");
    fs::copy(new.join("2021-04.docx"), &temporary).unwrap();
    let entry = |target: &Path, held: &Path| {
        let bytes = fs::read(held).unwrap();
        serde_json::json!({
            "temporary": if target.ends_with("2021-04.docx") { temporary.clone() } else { out.join(".2021-04.md.tmp-999999-1") },
            "target": target,
            "len": bytes.len(),
            "crc": crc32fast::hash(&bytes),
        })
    };
    let journal = serde_json::json!({"outputs": [
        entry(&out.join("2021-04.docx"), &new.join("2021-04.docx")),
        entry(&out.join("2021-04.md"), &new.join("2021-04.md")),
    ]});
    fs::write(out.join(".2021-04.docx.journal"), journal.to_string()).unwrap();

    let o = build(out, &["--check"]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    let said = format!("{}{}", stdout(&o), stderr(&o));
    assert!(
        said.contains("dở dang: ")
            && said.contains("2021-04.docx thuộc một lần dựng bị dừng giữa chừng"),
        "{said}"
    );
    // the next build into the folder, of another data folder, completes the set first:
    // the DOCX is the one the journal names, not a rebuild
    let other = tmp.path().join("khac");
    fs::create_dir_all(other.join("sectors")).unwrap();
    fs::write(other.join("report.yaml"), REPORT).unwrap();
    fs::write(other.join("sectors/01.yaml"), SECTOR).unwrap();
    let args = [
        "build",
        "khac",
        "--out",
        out.to_str().unwrap(),
        "--format",
        "md",
    ];
    let o = run(tmp.path(), &args);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(
        fs::read(out.join("2021-04.docx")).unwrap() == fs::read(new.join("2021-04.docx")).unwrap()
    );
    assert_eq!(
        fs::read(out.join("2021-04.md")).unwrap(),
        fs::read(new.join("2021-04.md")).unwrap()
    );
    let mut left: Vec<String> = fs::read_dir(out)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    left.sort();
    assert_eq!(left, ["2021-04.docx", "2021-04.md", "khac.md"]);
    assert_eq!(build(out, &["--check"]).status.code(), Some(0));
}
