//! Every input of tests/fuzz-regressions/ through the stages of its fuzz target: none
//! may panic (or overflow the stack of this test thread, the default 2 MiB).

use std::fs;
use std::path::Path;

use super::support::*;

const SEPARATOR: &[u8] = b"\n---8<---\n";

/// The same split as fuzz/fuzz_targets/load_validate.rs.
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

#[test]
fn load_validate_findings_stay_fixed() {
    let dir = root().join("tests/fuzz-regressions/load_validate");
    let mut inputs: Vec<_> = fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    inputs.sort();
    assert!(!inputs.is_empty());
    for input in inputs {
        let data = fs::read(&input).unwrap();
        let parts = split(&data);
        let names: Vec<String> = (1..parts.len()).map(|i| format!("{i:02}.yaml")).collect();
        let sectors: Vec<(&str, &[u8])> = names
            .iter()
            .map(String::as_str)
            .zip(parts[1..].iter().copied())
            .collect();
        let (loaded, diags) = report::load::load_from_memory(Path::new("fuzz"), parts[0], &sectors);
        // each of these is refused with a diagnostic, not a crash
        assert!(diags.has_errors(), "{}", input.display());
        if let Some(loaded) = loaded {
            let _ = report::validate::validate(&loaded);
        }
    }
}
