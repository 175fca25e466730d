//! The corpus of bad inputs (`tests/corpus/*/`, one data folder per check): the exact
//! diagnostic text of `report check` for each, in Vietnamese (`expected.txt`) and, where
//! an `expected.en.txt` exists, in English. Run with `UPDATE_EXPECT=1` to rewrite them
//! after an intended change, then review the diff.
//!
//! Also: nothing in the corpus, and no file of random or mutated bytes, makes the
//! pipeline panic.

use std::fs;
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::{Path, PathBuf};

use super::support::*;

fn cases() -> Vec<PathBuf> {
    let dir = root().join("tests/corpus");
    let mut cases: Vec<PathBuf> = fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.is_dir())
        .collect();
    cases.sort();
    cases
}

/// What `report check CASE` prints (stderr, then stdout) and its exit code, run from the
/// corpus folder so that paths read `case/report.yaml`.
fn check_output(case: &Path, lang: &str) -> String {
    let name = case.file_name().unwrap().to_str().unwrap();
    let o = run(case.parent().unwrap(), &["--lang", lang, "check", name]);
    format!(
        "{}{}exit: {}\n",
        stderr(&o),
        stdout(&o),
        o.status.code().unwrap_or(-1)
    )
}

#[test]
fn every_case_gives_its_expected_diagnostics() {
    let update = std::env::var_os("UPDATE_EXPECT").is_some();
    let mut failures = Vec::new();
    let mut checked = 0;
    for case in cases() {
        for (lang, file) in [("vi", "expected.txt"), ("en", "expected.en.txt")] {
            let path = case.join(file);
            let got = check_output(&case, lang);
            if update && (path.exists() || lang == "vi") {
                fs::write(&path, &got).unwrap();
            }
            let Ok(want) = fs::read_to_string(&path) else {
                continue;
            };
            checked += 1;
            if got != want {
                failures.push(format!(
                    "{}:\n--- expected\n{want}--- got\n{got}",
                    path.display()
                ));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    assert!(checked >= 40, "only {checked} expectations");
}

#[test]
fn every_case_fails_or_warns() {
    for case in cases() {
        let out = check_output(&case, "vi");
        let name = case.file_name().unwrap().to_string_lossy();
        assert!(
            out.contains("lỗi[") || out.contains("cảnh báo["),
            "{name} finds nothing:\n{out}"
        );
        let expect_exit = if out.contains("lỗi[") {
            "exit: 1"
        } else {
            "exit: 0"
        };
        assert!(out.ends_with(&format!("{expect_exit}\n")), "{name}:\n{out}");
    }
}

/// Runs the pipeline on `dir` in this process; a panic fails the test with the input.
fn survives(dir: &Path, what: &str) {
    let result = catch_unwind(AssertUnwindSafe(|| {
        let (doc, diags) = report::build::prepare(dir);
        let _ = report::diagnostic::render::render(&diags, Default::default(), Default::default());
        if let Some(doc) = doc {
            let _ = report::render::docx::render(&doc);
            let tera = report::render::templates::load(None).unwrap();
            let _ = report::render::markdown::render(&doc, &tera);
        }
    }));
    assert!(result.is_ok(), "panicked on {what}");
}

#[test]
fn no_corpus_input_panics() {
    for case in cases() {
        survives(&case, &case.display().to_string());
    }
}

/// A small deterministic generator (xorshift), so that a failure can be replayed.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

#[test]
fn random_and_mutated_bytes_never_panic() {
    let valid_report = fs::read(root().join("data/2021-04/report.yaml")).unwrap();
    let valid_sector = fs::read(root().join("data/2021-04/sectors/01-kinh-te.yaml")).unwrap();
    let alphabet: &[u8] =
        b" :-\n\t\"'[]{}*&!|>#%@`,?^\\0123456789abcxyz\xc3\xa1\xe1\xba\xa1\x0b\x00\xff";
    let mut rng = Rng(0x5eed_2021_0428);
    for round in 0..300 {
        let dir = DataDir::new("", &[]);
        let mut files = Vec::new();
        for valid in [&valid_report, &valid_sector] {
            let bytes: Vec<u8> = match round % 3 {
                // random bytes
                0 => (0..rng.below(400)).map(|_| rng.next() as u8).collect(),
                // random YAML-ish tokens
                1 => (0..rng.below(600))
                    .map(|_| alphabet[rng.below(alphabet.len())])
                    .collect(),
                // a valid file with a few bytes changed, cut or repeated
                _ => {
                    let mut b = valid.to_vec();
                    for _ in 0..1 + rng.below(8) {
                        let i = rng.below(b.len());
                        match rng.below(3) {
                            0 => b[i] = alphabet[rng.below(alphabet.len())],
                            1 => b.truncate(i),
                            _ => {
                                let piece = b[i..(i + rng.below(40)).min(b.len())].to_vec();
                                b.splice(i..i, piece);
                            }
                        }
                        if b.is_empty() {
                            break;
                        }
                    }
                    b
                }
            };
            files.push(bytes);
        }
        fs::write(dir.path().join("report.yaml"), &files[0]).unwrap();
        fs::write(dir.path().join("sectors/01.yaml"), &files[1]).unwrap();
        survives(&dir.path(), &format!("round {round}"));
    }
}
