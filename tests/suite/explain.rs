//! `report explain` and its catalogue (`src/messages/explain.rs`): the guide's page of
//! errors, `docs/vi/ma-loi.md`, is made from the catalogue (run with `UPDATE_EXPECT=1`
//! to rewrite it after an intended change, then review the diff); every example made of
//! files gives its code when checked, and its fix gives nothing; the command finds a code
//! in any case, and names the close ones of a code that is none.

use std::collections::BTreeMap;
use std::fs;
use std::io::Write;
use std::path::Path;

use report::messages::explain::{Code, Snippet, page};
use unicode_normalization::UnicodeNormalization;

use super::support::*;

const PAGE: &str = "docs/vi/ma-loi.md";

#[test]
fn the_page_of_errors_is_made_from_the_catalogue() {
    let made = page();
    let path = root().join(PAGE);
    if std::env::var_os("UPDATE_EXPECT").is_some() {
        fs::create_dir_all(path.parent().unwrap()).unwrap();
        fs::write(&path, &made).unwrap();
    }
    let written = fs::read_to_string(&path).unwrap_or_default();
    assert!(
        written == made,
        "{PAGE} is not what the catalogue makes: run `UPDATE_EXPECT=1 cargo test --test main -- suite::explain` and review the diff"
    );
    assert!(unicode_normalization::is_nfc(&written));
    for code in Code::ALL {
        assert!(
            written.contains(&format!("\n## {} — ", code.as_str())),
            "{}",
            code.as_str()
        );
    }
}

/// The codes whose example is not run through the checker, and why: each is a situation
/// of the machine or of the command line, shown as commands typed in a terminal, not as
/// files of a data folder.
const NOT_CHECKED: &[(&str, &str)] = &[
    (
        "E-data-dir",
        "a folder named on the command line that is not there",
    ),
    (
        "E-read",
        "a file without read permission, which root (who may run the tests) reads anyway",
    ),
    (
        "E-utf8",
        "bytes that are not UTF-8, which a UTF-8 page cannot show",
    ),
    ("E-file-too-large", "a file of more than 4 MiB"),
    (
        "E-outside-folder",
        "a symbolic link, which a text cannot show",
    ),
    (
        "E-sectors-dir",
        "a data folder without sectors/, shown by `ls`",
    ),
    ("E-no-sectors", "an empty sectors/, shown by `ls`"),
    ("E-too-many-sectors", "more than 500 files"),
    ("E-too-many-appendices", "more than 50 files"),
    (
        "E-templates-dir",
        "an option of the command line (`--templates`)",
    ),
    (
        "E-template-budget",
        "a template that renders for seconds, or a hundred million items",
    ),
    ("E-output", "a folder where `report build` writes an output"),
    (
        "E-write",
        "a disk that fills up while `report build` writes",
    ),
    (
        "E-out-inside-data",
        "an option of the command line (`--out`)",
    ),
    ("E-pdf-no-office", "a machine without LibreOffice"),
    ("E-pdf", "what LibreOffice (or another program) does"),
    ("E-pdf-timeout", "how long LibreOffice takes"),
];

#[test]
fn every_example_gives_its_code_and_its_fix_nothing() {
    let not_checked: BTreeMap<&str, &str> = NOT_CHECKED.iter().copied().collect();
    let mut failures = Vec::new();
    let mut checked = 0;
    for &code in Code::ALL {
        let entry = code.entry(report::messages::Lang::Vi);
        let commands = entry
            .example
            .iter()
            .chain(entry.fixed)
            .any(Snippet::is_commands);
        let name = code.as_str();
        assert_eq!(
            commands,
            not_checked.contains_key(name),
            "{name}: an example of commands is one of NOT_CHECKED, and only such an example"
        );
        if commands {
            continue;
        }
        checked += 1;
        // W-nfc: the example is the same text decomposed (NFD), which looks the same
        let decompose = code == Code::Nfc;
        let before = codes_of(entry.example, decompose);
        if !before.iter().any(|c| c == name) {
            failures.push(format!("{name}: the example gives {before:?}"));
        }
        let after = codes_of(entry.fixed, false);
        if !after.is_empty() {
            failures.push(format!("{name}: the fix gives {after:?}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    assert!(checked > 90, "only {checked} examples checked");
}

/// The codes `report check` (and, for a folder of templates, `report build`) gives on
/// the data folder the snippets make: each is written into a minimal valid report
/// (`support::REPORT` with the keys a report.yaml snippet names replaced, and
/// `support::SECTOR` unless a sector file is given); a path under `../NAME/` goes into
/// the folder of an earlier period beside it, made the same way.
fn codes_of(snippets: &[Snippet], decompose: bool) -> Vec<String> {
    let tmp = tempfile::Builder::new()
        .prefix("report-explain")
        .tempdir()
        .unwrap();
    let mut folders: BTreeMap<String, Vec<(String, String)>> = BTreeMap::new();
    folders.entry("data".into()).or_default();
    for s in snippets {
        let text = if decompose {
            s.text().nfd().collect()
        } else {
            s.text().to_string()
        };
        let (folder, path) = match s.path().strip_prefix("../") {
            Some(rest) => {
                let (folder, path) = rest.split_once('/').unwrap();
                (folder.to_string(), path.to_string())
            }
            None => ("data".to_string(), s.path().to_string()),
        };
        folders.entry(folder).or_default().push((path, text));
    }
    for (folder, files) in &folders {
        // an earlier period's sector differs from this one's, unless the example says
        let sector = if folder == "data" {
            SECTOR.to_string()
        } else {
            SECTOR.replace("Khó khăn một.", "Khó khăn của kỳ trước.")
        };
        write_folder(&tmp.path().join(folder), files, &sector);
    }
    let data = tmp.path().join("data");
    let (_, diags) = report::build::check(&data);
    let mut codes: Vec<String> = diags.iter().map(|d| d.message.code().to_string()).collect();
    let templates = data.join("templates");
    if templates.is_dir()
        && let Err(diags) = report::render::templates::load(Some(&templates))
    {
        codes.extend(diags.iter().map(|d| d.message.code().to_string()));
    }
    codes
}

fn write_folder(dir: &Path, files: &[(String, String)], sector: &str) {
    fs::create_dir_all(dir.join("sectors")).unwrap();
    let mut report = REPORT.to_string();
    let has_sector = files
        .iter()
        .any(|(p, _)| p.starts_with("sectors/") && (p.ends_with(".yaml") || p.ends_with(".yml")));
    if !has_sector {
        fs::write(dir.join("sectors/01-thu.yaml"), sector).unwrap();
    }
    for (path, text) in files {
        if path == "report.yaml" {
            report = merge(&report, text);
            continue;
        }
        let full = dir.join(path);
        fs::create_dir_all(full.parent().unwrap()).unwrap();
        if path.ends_with(".xlsx") && text.starts_with('[') {
            fs::write(&full, workbook(text)).unwrap();
        } else {
            fs::write(&full, text).unwrap();
        }
    }
    fs::write(dir.join("report.yaml"), report).unwrap();
}

/// The top-level keys of a YAML text, each with its lines.
fn blocks(text: &str) -> Vec<(String, String)> {
    let mut blocks: Vec<(String, String)> = Vec::new();
    for line in text.split_inclusive('\n') {
        let starts_key = !line.starts_with([' ', '#', '\n']);
        match blocks.last_mut() {
            Some((_, lines)) if !starts_key => lines.push_str(line),
            _ => {
                let key = line.split(':').next().unwrap_or("").to_string();
                blocks.push((key, line.to_string()));
            }
        }
    }
    blocks
}

/// `base` with each top-level key of `snippet` in place of its own (the first time it
/// is named), or added.
fn merge(base: &str, snippet: &str) -> String {
    let mut merged = blocks(base);
    let mut replaced = Vec::new();
    for (key, lines) in blocks(snippet) {
        match merged.iter_mut().find(|(k, _)| *k == key) {
            Some(block) if !replaced.contains(&key) => {
                block.1 = lines;
                replaced.push(key);
            }
            _ => merged.push((key, lines)),
        }
    }
    merged.into_iter().map(|(_, lines)| lines).collect()
}

/// A workbook from its sheets shown as text: `[name]`, then one row per line, cells
/// separated by `|`; a cell `=…` is a formula saved without its value, `#…` a
/// spreadsheet error, digits a number, anything else text.
fn workbook(text: &str) -> Vec<u8> {
    let mut sheets: Vec<(String, Vec<Vec<String>>)> = Vec::new();
    for line in text.lines() {
        if let Some(name) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
            sheets.push((name.to_string(), Vec::new()));
        } else if !line.trim().is_empty() {
            let cells = line.split('|').map(|c| c.trim().to_string()).collect();
            sheets.last_mut().unwrap().1.push(cells);
        }
    }
    let escape = |s: &str| {
        s.replace('&', "&amp;")
            .replace('<', "&lt;")
            .replace('>', "&gt;")
            .replace('"', "&quot;")
    };
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default();
    let mut types = String::from(
        r#"<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>"#,
    );
    let mut book = String::from(
        r#"<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>"#,
    );
    let mut rels = String::from(
        r#"<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"#,
    );
    let mut parts = Vec::new();
    for (i, (name, rows)) in sheets.iter().enumerate() {
        let n = i + 1;
        types.push_str(&format!(r#"<Override PartName="/xl/worksheets/sheet{n}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>"#));
        book.push_str(&format!(
            r#"<sheet name="{}" sheetId="{n}" r:id="rId{n}"/>"#,
            escape(name)
        ));
        rels.push_str(&format!(r#"<Relationship Id="rId{n}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet{n}.xml"/>"#));
        let mut data = String::new();
        for (r, row) in rows.iter().enumerate() {
            let r = r + 1;
            data.push_str(&format!(r#"<row r="{r}">"#));
            for (c, value) in row.iter().enumerate() {
                let at = format!("{}{r}", (b'A' + c as u8) as char);
                let cell = if value.is_empty() {
                    continue;
                } else if let Some(formula) = value.strip_prefix('=') {
                    format!(r#"<c r="{at}"><f>{}</f></c>"#, escape(formula))
                } else if value.starts_with('#') {
                    format!(r#"<c r="{at}" t="e"><v>{}</v></c>"#, escape(value))
                } else if value.parse::<f64>().is_ok() {
                    format!(r#"<c r="{at}"><v>{value}</v></c>"#)
                } else {
                    format!(
                        r#"<c r="{at}" t="inlineStr"><is><t>{}</t></is></c>"#,
                        escape(value)
                    )
                };
                data.push_str(&cell);
            }
            data.push_str("</row>");
        }
        parts.push((
            format!("xl/worksheets/sheet{n}.xml"),
            format!(
                r#"<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>{data}</sheetData></worksheet>"#
            ),
        ));
    }
    types.push_str("</Types>");
    book.push_str("</sheets></workbook>");
    rels.push_str("</Relationships>");
    parts.push(("[Content_Types].xml".into(), types));
    parts.push((
        "_rels/.rels".into(),
        r#"<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>"#.into(),
    ));
    parts.push(("xl/workbook.xml".into(), book));
    parts.push(("xl/_rels/workbook.xml.rels".into(), rels));
    for (name, text) in parts {
        zip.start_file(name, options).unwrap();
        zip.write_all(text.as_bytes()).unwrap();
    }
    zip.finish().unwrap().into_inner()
}

#[test]
fn report_explain_finds_a_code_in_any_case_in_the_language_of_the_run() {
    let here = root();
    let o = run(&here, &["explain", "e-blank"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let out = stdout(&o);
    assert!(
        out.starts_with("E-blank — Tiêu đề, đoạn hoặc dòng rỗng\n"),
        "{out}"
    );
    let o = run(&here, &["--lang", "en", "explain", "E-BLANK"]);
    assert!(
        stdout(&o).starts_with("E-blank — An empty title, paragraph or item\n"),
        "{}",
        stdout(&o)
    );
}

#[test]
fn report_explain_of_a_code_that_is_none_names_the_close_ones() {
    let o = run(&root(), &["explain", "E-blnk"]);
    assert_eq!(o.status.code(), Some(2));
    assert_eq!(stdout(&o), "");
    let err = stderr(&o);
    assert!(
        err.starts_with("lỗi: không có mã `E-blnk`; các mã gần giống: E-blank, "),
        "{err}"
    );
}

#[test]
fn report_explain_alone_lists_every_code() {
    let o = run(&root(), &["explain"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let out = stdout(&o);
    let listed: Vec<&str> = out
        .lines()
        .filter_map(|l| l.split_whitespace().next())
        .filter(|w| w.starts_with("E-") || w.starts_with("W-"))
        .collect();
    let all: Vec<&str> = Code::ALL.iter().map(|c| c.as_str()).collect();
    assert_eq!(listed, all);
    let help = stdout(&run(&root(), &["--help"]));
    assert!(help.contains("explain"), "{help}");
}

#[test]
fn report_explain_help_follows_the_language_of_the_run() {
    let vi = stdout(&run(&root(), &["explain", "--help"]));
    assert!(vi.contains("Cách dùng: report explain"), "{vi}");
    assert!(vi.contains("Mã lỗi, ví dụ E-blank"), "{vi}");
    let en = stdout(&run(&root(), &["--lang", "en", "explain", "--help"]));
    assert!(en.contains("Usage: report explain"), "{en}");
    assert!(en.contains("The code, e.g. E-blank"), "{en}");
    assert!(!en.contains("Mã lỗi"), "{en}");
}
