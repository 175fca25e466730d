//! Fuzz target (a): arbitrary bytes as a data folder, through load, validation, layout,
//! both renderers and every diagnostic format. The input is report.yaml, then each sector
//! file, separated by a line `---8<---`; the seeds in `fuzz/seeds/load_validate/` are the
//! shipped reports and the corpus of bad inputs written that way.

#![no_main]

use std::path::Path;
use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;
use report::diagnostic::render::{Format, render};
use report::messages::Lang;

const SEPARATOR: &[u8] = b"\n---8<---\n";

fn split(data: &[u8]) -> Vec<&[u8]> {
    let mut parts = Vec::new();
    let mut rest = data;
    while let Some(i) = rest.windows(SEPARATOR.len()).position(|w| w == SEPARATOR) {
        parts.push(&rest[..i]);
        rest = &rest[i + SEPARATOR.len()..];
    }
    parts.push(rest);
    parts
}

fn templates() -> &'static tera::Tera {
    static TERA: OnceLock<tera::Tera> = OnceLock::new();
    TERA.get_or_init(|| report::render::templates::load(None).expect("built-in templates"))
}

fuzz_target!(|data: &[u8]| {
    let parts = split(data);
    let names: Vec<String> = (1..parts.len()).map(|i| format!("{i:02}.yaml")).collect();
    let sectors: Vec<(&str, &[u8])> = names.iter().map(String::as_str).zip(parts[1..].iter().copied()).collect();
    let dir = Path::new("fuzz");
    let (loaded, mut diags) = report::load::load_from_memory(dir, parts[0], &sectors);
    if let Some(loaded) = loaded {
        let (checked, more) = report::validate::validate(&loaded);
        diags.extend(more);
        if let Some(checked) = checked.filter(|_| !diags.has_errors()) {
            let doc = report::layout::lay_out(checked);
            let _ = report::render::docx::render(&doc);
            let _ = report::render::markdown::render(&doc, templates());
        }
    }
    for format in [Format::Human, Format::Short, Format::Json] {
        let _ = render(&diags, format, Lang::Vi);
    }
});
