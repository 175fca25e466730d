//! `cargo bench --bench pipeline`: the whole pipeline in one process (load, validate, lay
//! out, render DOCX and Markdown, as the build does) on data/2021-04 and on synthetic
//! reports of 10 to 50,000 models; prints the median of repeated runs per size, per
//! model, and the growth from one size to the next. A figure, not a test: nothing here
//! asserts a time.
//!
//! `-- --write DIR` only writes the synthetic folders (DIR/models-10, …), for
//! `scripts/bench.sh` to time whole processes, or those of the sizes after it
//! (`-- --write DIR 170x30`: 170 sector files of 30 models each, DIR/models-5100,
//! 5.2 MB of YAML: 170 times data/2021-04); `-- --stages DIR…` prints the median
//! time of each stage on each folder; `-- --repeat STAGE DIR` runs one stage 2,000
//! times over, for a profiler.

mod synth;

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

/// (sectors, models per sector) of each synthetic size.
pub const SIZES: [(usize, usize); 5] = [(1, 10), (2, 50), (10, 100), (100, 100), (100, 500)];

fn run_once(dir: &Path) -> (usize, usize) {
    let (doc, diags) = report::build::prepare(dir);
    let doc = doc.unwrap_or_else(|| {
        panic!(
            "{} has errors: {}",
            dir.display(),
            diags.count(report::diagnostic::Severity::Error)
        )
    });
    let docx = report::render::docx::render(&doc);
    let md = report::render::markdown::render_built_in(&doc);
    (docx.len(), md.len())
}

fn median(dir: &Path, runs: usize) -> (Duration, (usize, usize)) {
    let mut times = Vec::new();
    let mut sizes = (0, 0);
    for _ in 0..runs {
        let start = Instant::now();
        sizes = run_once(dir);
        times.push(start.elapsed());
    }
    times.sort();
    (times[runs / 2], sizes)
}

fn write_all(root: &Path, sizes: &[(usize, usize)]) -> Vec<(usize, PathBuf)> {
    sizes
        .iter()
        .map(|&(sectors, models)| {
            let total = sectors * models;
            let dir = root.join(format!("models-{total}"));
            let _ = std::fs::remove_dir_all(&dir);
            synth::write(&dir, sectors, models).expect("write synthetic report");
            (total, dir)
        })
        .collect()
}

/// Median time in ms of each stage on `dir`, in one process: load, validate, lay out,
/// DOCX, Markdown (the built-in templates, as the build writes them).
fn stages(dir: &Path, runs: usize) -> Vec<(&'static str, f64)> {
    let mut times: Vec<Vec<f64>> = vec![Vec::new(); 6];
    for _ in 0..runs {
        let mut lap = Instant::now();
        let mut next = |i: usize, times: &mut Vec<Vec<f64>>| {
            times[i].push(lap.elapsed().as_secs_f64() * 1e3);
            lap = Instant::now();
        };
        let (loaded, _) = report::load::load(dir);
        next(0, &mut times);
        let (checked, _) = report::validate::validate(&loaded.expect("loads"));
        next(1, &mut times);
        let doc = report::layout::lay_out(checked.expect("valid"));
        next(2, &mut times);
        let docx = report::render::docx::render(&doc);
        next(3, &mut times);
        let md = report::render::markdown::render_built_in(&doc);
        next(4, &mut times);
        drop((doc, docx, md));
        next(5, &mut times);
    }
    let names = ["load", "validate", "lay out", "DOCX", "Markdown", "drop"];
    names
        .iter()
        .zip(times)
        .map(|(n, mut t)| {
            t.sort_by(f64::total_cmp);
            (*n, t[t.len() / 2])
        })
        .collect()
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    // `--repeat STAGE DIR`: one stage 2,000 times over, for a profiler
    if let Some(i) = args.iter().position(|a| a == "--repeat") {
        let (stage, dir) = (args[i + 1].as_str(), Path::new(&args[i + 2]));
        let (loaded, _) = report::load::load(dir);
        let loaded = loaded.expect("loads");
        let checked = report::validate::validate(&loaded).0.expect("valid");
        let doc = report::layout::lay_out(checked.clone());
        for _ in 0..2000 {
            match stage {
                "load" => drop(report::load::load(dir)),
                "validate" => drop(report::validate::validate(&loaded)),
                // the clone of the checked report is in the profile too
                "layout" => drop(report::layout::lay_out(checked.clone())),
                "docx" => drop(report::render::docx::render(&doc)),
                "markdown" => drop(report::render::markdown::render_built_in(&doc)),
                _ => panic!("no stage {stage}"),
            }
        }
        return;
    }
    if let Some(i) = args.iter().position(|a| a == "--stages") {
        for dir in args[i + 1..].iter().filter(|a| !a.starts_with("--")) {
            let dir = Path::new(dir);
            let runs = if dir.ends_with("models-10000") || dir.ends_with("models-50000") {
                5
            } else {
                101
            };
            let s = stages(dir, runs);
            let total: f64 = s.iter().map(|(_, t)| t).sum();
            let parts: Vec<String> = s.iter().map(|(n, t)| format!("{n} {t:.2}")).collect();
            println!(
                "{}: {} (sum {total:.2} ms)",
                dir.display(),
                parts.join(", ")
            );
        }
        return;
    }
    if let Some(i) = args.iter().position(|a| a == "--write") {
        let root = PathBuf::from(args.get(i + 1).expect("--write DIR"));
        // `SECTORSxMODELS` sizes after the folder, else those of the scaling table
        // (cargo bench adds `--bench` to the arguments)
        let sizes: Vec<(usize, usize)> = args[i + 2..]
            .iter()
            .filter(|a| !a.starts_with("--"))
            .map(|a| {
                let (s, m) = a.split_once('x').expect("a size is SECTORSxMODELS");
                (s.parse().expect("sectors"), m.parse().expect("models"))
            })
            .collect();
        let sizes = if sizes.is_empty() { &SIZES[..] } else { &sizes };
        for (total, dir) in write_all(&root, sizes) {
            println!("{total}\t{}", dir.display());
        }
        return;
    }
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let (t, (docx, md)) = median(&root.join("data/2021-04"), 51);
    println!(
        "data/2021-04: {:.2} ms median of 51 (DOCX {docx} B, Markdown {md} B)",
        t.as_secs_f64() * 1e3
    );
    let tmp = std::env::temp_dir().join(format!("report-bench-{}", std::process::id()));
    println!(
        "\n{:>8} {:>12} {:>14} {:>10} {:>12}",
        "models", "median ms", "µs per model", "growth", "DOCX bytes"
    );
    let mut previous: Option<(usize, f64)> = None;
    for (total, dir) in write_all(&tmp, &SIZES) {
        let runs = if total >= 10_000 { 3 } else { 21 };
        let (t, (docx, _)) = median(&dir, runs);
        let ms = t.as_secs_f64() * 1e3;
        let growth = previous.map_or("-".to_string(), |(n, m)| {
            format!("×{:.1} / ×{}", ms / m, total / n)
        });
        println!(
            "{total:>8} {ms:>12.2} {:>14.1} {growth:>10} {docx:>12}",
            ms * 1e3 / total as f64
        );
        previous = Some((total, ms));
    }
    let _ = std::fs::remove_dir_all(&tmp);
}
