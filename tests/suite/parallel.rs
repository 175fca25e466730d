//! The paths that run on several threads (sector files read at once from 256 KB of YAML,
//! the style and prose checks at once from 4,000 paragraphs, DOCX and Markdown at once
//! from 2,000 blocks) say and write what one thread would: diagnostics in the order of
//! the files, outputs the same from run to run.

use std::fs;
use std::path::{Path, PathBuf};

use super::support::*;

/// data/2021-04 with 40 more sector files of 100 models each (about 500 KB, 4,000 more
/// paragraphs); with `mistakes`, an unknown key in files 905 and 931 and a ratio that
/// does not match its percentage in files 912 and 933.
fn large_folder(root_dir: &Path, mistakes: bool) -> PathBuf {
    let dir = root_dir.join("lon");
    copy_dir(&root().join("data/2021-04"), &dir);
    for n in 0..40 {
        let mut y = format!("title: \"Lĩnh vực thêm thứ {n}:\"\n");
        if mistakes && (n == 5 || n == 31) {
            y.push_str("tieu_de: sai\n");
        }
        y.push_str("models:\n");
        for m in 0..100 {
            let ratio = if mistakes && (n == 12 || n == 33) && m == 50 {
                " Hoàn thành 21/28 nhiệm vụ, đạt 80%."
            } else {
                ""
            };
            y.push_str(&format!(
                "  - body:\n      - \"Mô hình {n}-{m}: Ủy ban nhân dân xã đã triển khai thực hiện \
                 và nhân rộng mô hình thu gom rác thải trên các tuyến đường nông thôn, góp phần \
                 hạn chế ô nhiễm môi trường nước.{ratio}\"\n"
            ));
        }
        fs::write(dir.join(format!("sectors/9{n:02}-them.yaml")), y).unwrap();
    }
    let bytes: u64 = fs::read_dir(dir.join("sectors"))
        .unwrap()
        .map(|e| e.unwrap().metadata().unwrap().len())
        .sum();
    assert!(
        bytes > 256 * 1024,
        "{bytes} bytes: not on the parallel path"
    );
    dir
}

#[test]
fn diagnostics_of_files_read_at_once_come_in_file_order() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = large_folder(tmp.path(), true);
    let out = run(tmp.path(), &["check", dir.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let places: Vec<String> = stderr(&out)
        .lines()
        .filter(|l| l.trim_start().starts_with("-->") && l.contains("-them.yaml"))
        .map(|l| l.split("sectors/").nth(1).unwrap_or("").to_string())
        .map(|l| l[..3].to_string())
        .collect();
    // the unknown keys, found while reading, in file order; then the ratios, found by
    // the prose checks after every file is read, in file order
    assert_eq!(places, ["905", "931", "912", "933"], "{}", stderr(&out));
    // the text of these files was let go of once they were read, and read again for
    // the places and the lines shown
    let err = stderr(&out);
    assert!(err.contains("sectors/905-them.yaml:2:1"), "{err}");
    assert!(err.contains("2 | tieu_de: sai"), "{err}");
    let ratio = err.find("sectors/912-them.yaml:").unwrap();
    assert!(
        err[ratio..].contains("Hoàn thành 21/28 nhiệm vụ, đạt 80%"),
        "{err}"
    );
}

#[test]
fn a_large_report_builds_the_same_twice() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = large_folder(tmp.path(), false);
    let build = |out: &str| {
        let o = run(tmp.path(), &["build", dir.to_str().unwrap(), "--out", out]);
        assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
        let docx = fs::read(tmp.path().join(out).join("lon.docx")).unwrap();
        let md = fs::read_to_string(tmp.path().join(out).join("lon.md")).unwrap();
        (docx, md)
    };
    let (docx_a, md_a) = build("a");
    let (docx_b, md_b) = build("b");
    assert!(docx_a == docx_b && md_a == md_b);
    let parts = unzip(&docx_a);
    well_formed(&parts["word/document.xml"]).unwrap();
    // every model of every file, in file order
    let first = md_a.find("Mô hình 0-0:").unwrap();
    let last = md_a.find("Mô hình 39-99:").unwrap();
    assert!(first < last);
    assert!(parts["word/document.xml"].contains("Mô hình 39-99:"));
}

/// The DOCX and the Markdown of a long report are written into their temporaries as
/// they are made (`outputs::spool`), never held whole: the files are the outputs
/// rendered in memory, byte for byte; `--check` finds both current; a build of the same
/// data leaves them as they are (the spooled files compared with the outputs) and no
/// temporary behind; a build of changed data replaces them.
#[cfg(unix)]
#[test]
fn long_outputs_written_as_they_are_made_are_the_same_outputs() {
    use std::os::unix::fs::MetadataExt;
    let tmp = tempfile::tempdir().unwrap();
    let dir = large_folder(tmp.path(), false);
    let out = tmp.path().join("o");
    let args = [
        "build",
        dir.to_str().unwrap(),
        "--out",
        out.to_str().unwrap(),
    ];
    let build = |more: &[&str]| {
        let o = run(tmp.path(), &[&args[..], more].concat());
        assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    };
    build(&[]);
    let md = fs::read_to_string(out.join("lon.md")).unwrap();
    let doc = document(&dir);
    assert!(report::build::is_large(&doc), "not a long report");
    assert_eq!(md, report::render::markdown::render_built_in(&doc));
    let docx = fs::read(out.join("lon.docx")).unwrap();
    assert!(docx == report::render::docx::render(&doc), "another DOCX");
    build(&["--check"]);

    let stamp = |name: &str| {
        let m = fs::metadata(out.join(name)).unwrap();
        (m.ino(), m.mtime(), m.mtime_nsec())
    };
    let before = (stamp("lon.md"), stamp("lon.docx"));
    build(&[]);
    assert_eq!((stamp("lon.md"), stamp("lon.docx")), before, "rewritten");
    let mut names: Vec<String> = fs::read_dir(&out)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert_eq!(names, ["lon.docx", "lon.md"]);

    let file = dir.join("sectors/939-them.yaml");
    let text = fs::read_to_string(&file).unwrap();
    fs::write(&file, text.replace("Mô hình 39-99:", "Mô hình 39-99 mới:")).unwrap();
    build(&[]);
    assert_ne!(stamp("lon.md"), before.0);
    assert_ne!(stamp("lon.docx"), before.1);
    let md = fs::read_to_string(out.join("lon.md")).unwrap();
    assert!(md.contains("Mô hình 39-99 mới:"));
    let doc = document(&dir);
    assert_eq!(md, report::render::markdown::render_built_in(&doc));
    let docx = fs::read(out.join("lon.docx")).unwrap();
    assert!(docx == report::render::docx::render(&doc), "another DOCX");
    assert!(unzip(&docx)["word/document.xml"].contains("Mô hình 39-99 mới:"));
}
