//! The Markdown report: a snapshot of data/2021-04, every word of the reference report
//! in order, templates overridable by name.

use std::fs;

use super::support::*;

fn markdown_of(dir: &std::path::Path, templates: Option<&std::path::Path>) -> String {
    let doc = document(dir);
    let tera = report::render::templates::load(templates).unwrap();
    report::render::markdown::render(&doc, &tera).unwrap()
}

/// The build writes the built-in templates without Tera (`markdown::native`): the same
/// bytes for every report shipped, marks, tables and appendices included.
#[test]
fn the_built_in_templates_and_their_rust_agree() {
    let mut dirs = vec![root().join("data/2021-04")];
    for entry in fs::read_dir(root().join("examples")).unwrap() {
        let dir = entry.unwrap().path();
        if dir.join("report.yaml").is_file() {
            dirs.push(dir);
        }
    }
    assert!(dirs.len() >= 5, "{dirs:?}");
    for dir in dirs {
        let doc = document(&dir);
        let native = report::render::markdown::render_built_in(&doc);
        assert!(native == markdown_of(&dir, None), "{}", dir.display());
    }
}

#[test]
fn reference_report_snapshot() {
    let md = markdown_of(&root().join("data/2021-04"), None);
    insta::assert_snapshot!("markdown-2021-04", md);
}

#[test]
fn example_report_snapshot() {
    let md = markdown_of(&root().join("examples/xa-tan-phu-dong-2024-q3"), None);
    insta::assert_snapshot!("markdown-example", md);
}

/// Words of a text, lower-cased, as check-docx.py counts them.
fn words(s: &str) -> Vec<String> {
    s.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

#[test]
fn carries_every_word_of_the_seed_in_order() {
    // The seed's words as printed, from the fixture copy of the reference text
    // (tests/fixtures/seed-words.txt: the seed without its page furniture).
    let seed = fs::read_to_string(root().join("tests/fixtures/seed-body.txt")).unwrap();
    let md = markdown_of(&root().join("data/2021-04"), None);
    let (want, got) = (words(&seed), words(&md));
    // every seed word appears, in order, as a subsequence of the Markdown's words
    let mut it = got.iter();
    let mut missing = Vec::new();
    for w in &want {
        if !it.by_ref().any(|g| g == w) {
            missing.push(w.clone());
            break;
        }
    }
    assert!(
        missing.is_empty(),
        "seed word not found in order: {missing:?}"
    );
    assert!(want.len() > 3000, "{}", want.len());
}

#[test]
fn footnotes_are_defined_and_referenced() {
    let md = markdown_of(&root().join("data/2021-04"), None);
    assert!(md.contains("có 08 Hội quán[^1], liên kết"));
    assert!(md.contains("hợp tác xã kiểu mới[^2] thực hiện"));
    assert!(md.contains("\n[^1]: Hội quán Làng bột Sa Đéc"));
    assert!(md.contains("\n[^2]: Hợp tác xã này chuyên cung cấp"));
}

#[test]
fn a_template_is_overridden_by_name() {
    let dir = DataDir::new(REPORT, &[("01.yaml", SECTOR)]);
    let templates = dir.tmp.path().join("tpl");
    fs::create_dir(&templates).unwrap();
    fs::write(
        templates.join("closing.md"),
        "KÝ: {{ md.closing.signer_name }}\n",
    )
    .unwrap();
    let md = markdown_of(&dir.path(), Some(&templates));
    assert!(md.contains("\nKÝ: Nguyễn Văn A\n"), "{md}");
    assert!(
        md.contains("**BÁO CÁO**"),
        "the other built-in templates stay"
    );
    assert!(!md.contains("Nơi nhận"));
}

#[test]
fn a_broken_template_is_a_diagnostic_not_a_panic() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("report.md"), "{% if %}\n").unwrap();
    let err = report::render::templates::load(Some(dir.path())).unwrap_err();
    let d: Vec<&str> = err.iter().map(|d| d.message.code()).collect();
    assert_eq!(d, ["E-template"]);
}

#[test]
fn markdown_markup_in_text_is_escaped() {
    let sector =
        "title: \"T:\"\nintro:\n  - 'a_b <c> [x] 1\\*2 | d'\n  - \"1. Không phải danh sách\"\n";
    let dir = DataDir::new(REPORT, &[("01.yaml", sector)]);
    let md = markdown_of(&dir.path(), None);
    assert!(md.contains("a\\_b \\<c\\> \\[x\\] 1\\*2 | d"), "{md}");
    assert!(md.contains("\n1\\. Không phải danh sách\n"), "{md}");
}
