//! Fuzz target (c): arbitrary bytes as the file a table takes its rows from
//! (`rows_from`), through load, validation, layout, both renderers and every diagnostic
//! format, within the budgets of `load::budgets`. The first byte chooses the reader: CSV
//! when even, XLSX when odd; the rest is the file. The seeds in `fuzz/corpus/tables/`
//! are the shipped and corpus CSV and XLSX files written that way (`fuzz/seeds.sh`).

#![no_main]

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;
use report::diagnostic::render::{Format, render};
use report::messages::Lang;

const REPORT: &str = include_str!("../../tests/corpus/xlsx-formula/report.yaml");
/// The sector, held valid by a suite test so that the fuzzed bytes reach the readers.
const SECTOR: &str = include_str!("../tables-sector.yaml");

/// A data folder whose one table of 3 columns (text, two numbers, a total) takes its
/// rows from `bang.EXT`, made once.
fn folder(ext: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("report-fuzz-tables-{}-{ext}", std::process::id()));
    std::fs::create_dir_all(dir.join("sectors")).expect("a folder");
    std::fs::write(dir.join("report.yaml"), REPORT).expect("report.yaml");
    let sector = SECTOR.replace("bang.EXT", &format!("bang.{ext}"));
    std::fs::write(dir.join("sectors/01.yaml"), sector).expect("the sector");
    dir
}

fn folders() -> &'static (PathBuf, PathBuf) {
    static FOLDERS: OnceLock<(PathBuf, PathBuf)> = OnceLock::new();
    FOLDERS.get_or_init(|| (folder("csv"), folder("xlsx")))
}

fn build(dir: &Path, name: &str, file: &[u8]) {
    std::fs::write(dir.join(name), file).expect("the table's file");
    let (doc, diags) = report::build::prepare(dir);
    if let Some(doc) = doc {
        let _ = report::render::docx::render(&doc);
        let _ = report::render::markdown::render_built_in(&doc);
    }
    for format in [Format::Human, Format::Short, Format::Json] {
        let _ = render(&diags, format, Lang::Vi);
    }
}

fuzz_target!(|data: &[u8]| {
    let Some((&kind, file)) = data.split_first() else {
        return;
    };
    let (csv, xlsx) = folders();
    if kind % 2 == 0 {
        build(csv, "bang.csv", file);
    } else {
        build(xlsx, "bang.xlsx", file);
    }
});
