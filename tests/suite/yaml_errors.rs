//! Every YAML mistake a clerk can make, each with its own code, at its exact line and
//! character column: after Vietnamese text (precomposed and decomposed, NFD), with CRLF
//! line ends, and the same in ASCII. (The reader counts characters; taken for bytes, its
//! count put errors lines too early in any file with Vietnamese before the defect.)

use std::path::Path;

use report::diagnostic::render::{Format, render};
use report::messages::Lang;

use super::support::REPORT;

/// What comes before the defect: comments and a value full of marks, in five spellings
/// (the last two with CRLF and old Mac line ends, a lone CR).
fn prefixes() -> [(&'static str, String); 5] {
    let vi = "# Lĩnh vực văn hóa – xã hội, đường phố Đồng Tháp\n\
              # ghi chú: ế ẩm, ỗ ữ ự, ở đây có nhiều dấu\n\
              title: \"Trong lĩnh vực văn hóa – xã hội:\"\n\
              lead: Đảm bảo an sinh xã hội, chăm lo đời sống nhân dân\n";
    let nfd: String = unicode_normalization::UnicodeNormalization::nfd(vi).collect();
    let ascii: String = vi
        .chars()
        .map(|c| if c.is_ascii() { c } else { 'x' })
        .collect();
    [
        ("vi", vi.to_string()),
        ("nfd", nfd),
        ("ascii", ascii),
        ("crlf", vi.replace('\n', "\r\n")),
        ("cr", vi.replace('\n', "\r")),
    ]
}

/// The first diagnostic of a sector file `prefix + defect`, in short form, with the
/// file's name left out: `line:col: lỗi[code]`.
fn first_error(prefix: &str, defect: &str, spelling: &str) -> String {
    let defect = match spelling {
        "crlf" => defect.replace('\n', "\r\n"),
        "cr" => defect.replace('\n', "\r"),
        _ => defect.to_string(),
    };
    let sector = format!("{prefix}{defect}");
    let (_, diags) = report::load::load_from_memory(
        Path::new("D"),
        REPORT.as_bytes(),
        &[("01.yaml", sector.as_bytes())],
    );
    let out = render(&diags, Format::Short, Lang::Vi);
    let line = out
        .lines()
        .find(|l| l.contains("lỗi["))
        .unwrap_or_else(|| panic!("no error for {defect:?}:\n{out}"))
        .to_string();
    let line = line.strip_prefix("D/sectors/01.yaml:").unwrap_or(&line);
    let end = line.find("]:").map_or(line.len(), |i| i + 1);
    line[..end].to_string()
}

/// Each defect, the line and column where it must be reported (after the four lines of
/// the prefix), and its code.
const DEFECTS: &[(&str, &str, &str)] = &[
    // a tab in the indentation: at the tab
    ("models:\n\t- body: [a]\n", "6:1", "E-yaml-tab"),
    (
        "models:\n  - body:\n\t    - một đoạn\n",
        "7:1",
        "E-yaml-tab",
    ),
    // a list item indented less than the one before
    (
        "models:\n  - body:\n      - đoạn một\n     - đoạn hai\n",
        "8:6",
        "E-yaml-dash",
    ),
    // a key indented under a text value
    ("after:\n  - đoạn\n  footnotes: x\n", "7:3", "E-yaml-indent"),
    // a quote never closed
    (
        "intro:\n  - \"Hội quán có 08\n  - tổ\nafter: []\n",
        "6:5",
        "E-yaml-quote",
    ),
    // text after the closing quote
    (
        "intro:\n  - \"Hội quán\" có 08 tổ\n",
        "6:16",
        "E-yaml-after-quote",
    ),
    // a bracket never closed, more keys after it
    (
        "intro: [Hội quán, tổ\nafter: x\ndifficulties: y\n",
        "5:8",
        "E-yaml-bracket",
    ),
    // a key written twice
    ("intro: [a]\nlead: Lần hai\n", "6:1", "E-duplicate-key"),
    // `: ` in an unquoted value
    (
        "intro:\n  - x\nafter: Ghi chú: đã xong\n",
        "7:15",
        "E-yaml-colon",
    ),
    // `: ` in an unquoted list item (YAML reads it as a mapping)
    ("intro:\n  - Ghi chú: đã xong\n", "6:12", "E-yaml-colon"),
    // a stray `- ` where a key belongs
    ("intro: [a]\n- đoạn lạc\n", "6:1", "E-yaml-dash"),
    // a line that is not `key: value`
    (
        "intro: [a]\nđoạn không khóa\nafter: [b]\n",
        "6:1",
        "E-yaml-no-colon",
    ),
    // a second document in the file
    ("intro: [a]\n---\nafter: [b]\n", "6:1", "E-yaml-documents"),
];

#[test]
fn every_parser_error_at_its_exact_place_in_every_spelling() {
    let mut failures = Vec::new();
    for (defect, place, code) in DEFECTS {
        for (name, prefix) in prefixes() {
            let got = first_error(&prefix, defect, name);
            let want = format!("{place}: lỗi[{code}]");
            if got != want {
                failures.push(format!("{name} {defect:?}: got {got}, want {want}"));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn a_key_written_twice_points_at_both() {
    let sector = "# Hội quán\ntitle: x\nmodels:\n  - body: [a]\n    title: Một\n    body: [b]\n";
    let (_, diags) = report::load::load_from_memory(
        Path::new("D"),
        REPORT.as_bytes(),
        &[("01.yaml", sector.as_bytes())],
    );
    let out = render(&diags, Format::Human, Lang::Vi);
    assert!(out.contains(" --> D/sectors/01.yaml:6:5\n"), "{out}");
    assert!(out.contains(" ::: D/sectors/01.yaml:4:5\n"), "{out}");
    assert!(out.contains("|     ---- viết lần đầu ở đây"), "{out}");
}

#[test]
fn a_document_that_is_not_a_mapping() {
    for (name, prefix) in prefixes() {
        // the prefix's keys dropped: the comments, then a list
        let end = match name {
            "crlf" => "\r\n",
            "cr" => "\r",
            _ => "\n",
        };
        let comments: String = prefix.split_inclusive(end).take(2).collect();
        let got = first_error(&comments, "- một\n- hai\n", name);
        assert_eq!(got, "3:1: lỗi[E-not-mapping]", "{name}");
    }
}

#[test]
fn the_parser_words_follow_the_catalogue_never_replace_it() {
    let (_, diags) = report::load::load_from_memory(
        Path::new("D"),
        REPORT.as_bytes(),
        &[(
            "01.yaml",
            "# é\ntitle: x\nmodels:\n\t- body: [a]\n".as_bytes(),
        )],
    );
    let vi = render(&diags, Format::Human, Lang::Vi);
    assert!(
        vi.contains("lỗi[E-yaml-tab]: dấu tab được dùng để thụt lề"),
        "{vi}"
    );
    assert!(vi.contains("gợi ý: thay dấu tab bằng dấu cách"), "{vi}");
    assert!(vi.contains("chi tiết: tabs disallowed"), "{vi}");
    let en = render(&diags, Format::Human, Lang::En);
    assert!(
        en.contains("error[E-yaml-tab]: a tab is used for indentation"),
        "{en}"
    );
    assert!(en.contains("hint: replace the tab by spaces"), "{en}");
}

#[test]
fn a_raw_control_character_is_not_also_a_syntax_error() {
    let sector = "# Hội quán\ntitle: x\nintro:\n  - Mô hình\u{b}Hội quán\n  - \"hai\u{1b}ba\"\n";
    let (_, diags) = report::load::load_from_memory(
        Path::new("D"),
        REPORT.as_bytes(),
        &[("01.yaml", sector.as_bytes())],
    );
    let out = render(&diags, Format::Short, Lang::Vi);
    let codes: Vec<&str> = out
        .lines()
        .filter_map(|l| l.split('[').nth(1)?.split(']').next())
        .collect();
    assert_eq!(codes, ["E-control-char", "E-control-char"], "{out}");
    assert!(out.contains("01.yaml:4:12:"), "{out}");
    assert!(out.contains("01.yaml:5:9:"), "{out}");
}

#[test]
fn no_mistake_anywhere_panics_or_loses_its_place() {
    // every character a clerk mistypes, at every place of a small file with Vietnamese
    let base = "# Hội quán\r\ntitle: \"Lĩnh vực:\"\nmodels:\n  - body:\n      - Mô hình [^a] một.\n    footnotes: {a: Chú thích}\n";
    let inserts = [
        "\t", "\"", "[", ": ", "- ", "é", "\u{301}", "\r", "\u{b}", "---\n",
    ];
    let mut places = 0;
    for (at, _) in base.char_indices() {
        for insert in inserts {
            let text = format!("{}{insert}{}", &base[..at], &base[at..]);
            let (loaded, mut diags) = report::load::load_from_memory(
                Path::new("D"),
                REPORT.as_bytes(),
                &[("01.yaml", text.as_bytes())],
            );
            if let Some(loaded) = loaded {
                diags.extend(report::validate::validate(&loaded).1);
            }
            for format in [Format::Human, Format::Short, Format::Json] {
                render(&diags, format, Lang::En);
            }
            // every diagnostic with a place has a line inside the file
            for d in diags.iter() {
                if let Some(p) = diags.position(d) {
                    places += 1;
                    assert!(
                        p.line >= 1 && p.line <= text.lines().count() + 1,
                        "{text:?}"
                    );
                }
            }
        }
    }
    assert!(places > 100);
}
