//! Property: whatever Unicode text a report holds (control characters, NFD, right-to-left
//! text, emoji, XML and Markdown markup, YAML escapes), every XML part of the DOCX built
//! from it is well-formed and free of the characters XML 1.0 forbids.

use proptest::prelude::*;

use super::support::*;

/// Text drawn from the troublesome corners of Unicode, mixed with plain Vietnamese.
fn hostile_text() -> impl Strategy<Value = String> {
    let pieces = prop_oneof![
        Just("Thử nghiệm ".to_string()),
        Just("Th\u{1b0}\u{309} NFD ".to_string()),
        Just("\u{202e}\u{5d0}\u{5d1} \u{627}\u{644}\u{639} ".to_string()),
        Just("👩‍👩‍👧🇻🇳 ".to_string()),
        Just("<w:t>&amp;]]>\"' ".to_string()),
        Just("**[^x]\\* ".to_string()),
        (0u32..0x20).prop_map(|c| char::from_u32(c).unwrap().to_string()),
        (0x7fu32..0xa0).prop_map(|c| char::from_u32(c).unwrap().to_string()),
        Just("\u{fffe}\u{ffff}\u{2028}\u{feff}".to_string()),
        any::<char>().prop_map(|c| c.to_string()),
    ];
    proptest::collection::vec(pieces, 0..12).prop_map(|v| v.concat())
}

fn assert_parts_clean(docx: &[u8]) -> Result<(), TestCaseError> {
    for (name, xml) in unzip(docx) {
        prop_assert!(well_formed(&xml).is_ok(), "{name}: {:?}", well_formed(&xml));
        let bad: Vec<char> = xml
            .chars()
            .filter(|&c| !report::render::docx::xml::is_xml_char(c))
            .collect();
        prop_assert!(bad.is_empty(), "{name}: {bad:?}");
    }
    Ok(())
}

/// `s` as a YAML double-quoted scalar, control characters and others as escapes.
fn yaml_quoted(s: &str) -> String {
    let mut out = String::from("\"");
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c if (c as u32) < 0x20 || (0x7f..0xa0).contains(&(c as u32)) => {
                out.push_str(&format!("\\x{:02x}", c as u32))
            }
            '\u{2028}' | '\u{2029}' | '\u{feff}' | '\u{fffe}' | '\u{ffff}' => {
                out.push_str(&format!("\\u{:04x}", c as u32))
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn any_text_in_any_field_gives_clean_parts(text in hostile_text()) {
        assert_parts_clean(&report::render::docx::render(&document_with(&text)))?;
    }

    #[test]
    fn any_text_through_yaml_escapes_gives_clean_parts_or_a_diagnostic(text in hostile_text()) {
        let sector = format!("title: {}\nintro:\n  - {}\n", yaml_quoted(&text), yaml_quoted(&text));
        let (loaded, diags) = report::load::load_from_memory(std::path::Path::new("p"), REPORT.as_bytes(), &[("01.yaml", sector.as_bytes())]);
        let loaded = loaded.expect("report.yaml is valid");
        let (checked, more) = report::validate::validate(&loaded);
        if diags.has_errors() || more.has_errors() {
            // refused with a diagnostic (a control character, a markup mistake): fine
            return Ok(());
        }
        let doc = report::layout::lay_out(checked.expect("valid"));
        assert_parts_clean(&report::render::docx::render(&doc))?;
    }
}

/// A table's shape: columns, then header rows and body rows as cells `(cols, rows)`,
/// built to fill the grid exactly, and whether a mutation may have broken that.
#[derive(Debug, Clone)]
struct Shape {
    columns: usize,
    header: Vec<Vec<(usize, usize)>>,
    body: Vec<Vec<(usize, usize)>>,
    mutated: bool,
}

/// Rows that fill `columns` exactly: each cell no wider than the free run it starts, and
/// merged down no further than the part's last row.
fn fill(columns: usize, rows: usize, choices: &[usize]) -> Vec<Vec<(usize, usize)>> {
    let mut covered = vec![0usize; columns];
    let mut pick = choices.iter().cycle();
    let mut out = Vec::new();
    for r in 0..rows {
        let mut row = Vec::new();
        let mut c = 0;
        while c < columns {
            if covered[c] > 0 {
                c += 1;
                continue;
            }
            let run = (c..columns).take_while(|&k| covered[k] == 0).count();
            let cols = 1 + pick.next().unwrap() % run;
            let down = 1 + pick.next().unwrap() % (rows - r);
            covered[c..c + cols].fill(down);
            row.push((cols, down));
            c += cols;
        }
        for k in covered.iter_mut() {
            *k = k.saturating_sub(1);
        }
        out.push(row);
    }
    out
}

fn shape() -> impl Strategy<Value = Shape> {
    (
        1usize..6,
        0usize..3,
        1usize..5,
        proptest::collection::vec(0usize..100, 1..40),
        proptest::option::of((0usize..50, 1usize..4, 1usize..4)),
    )
        .prop_map(|(columns, header_rows, body_rows, choices, mutation)| {
            let mut header = fill(columns, header_rows, &choices);
            let mut body = fill(columns, body_rows, &choices[choices.len() / 2..]);
            let mutated = mutation.is_some();
            if let Some((at, cols, rows)) = mutation {
                let all: Vec<&mut (usize, usize)> =
                    header.iter_mut().chain(body.iter_mut()).flatten().collect();
                let n = all.len();
                if let Some(cell) = all.into_iter().nth(at % n.max(1)) {
                    *cell = (cols, rows);
                }
            }
            Shape {
                columns,
                header,
                body,
                mutated,
            }
        })
}

fn table_yaml(s: &Shape) -> String {
    let row = |cells: &[(usize, usize)], text: &str| {
        let cells: Vec<String> = cells
            .iter()
            .enumerate()
            .map(|(i, (c, r))| format!("{{text: \"{text}{i}\", cols: {c}, rows: {r}}}"))
            .collect();
        format!("        - [{}]\n", cells.join(", "))
    };
    let mut y = String::from("title: \"T:\"\nintro:\n  - table:\n      columns:\n");
    for _ in 0..s.columns {
        y.push_str("        - {width: 1}\n");
    }
    if !s.header.is_empty() {
        y.push_str("      header:\n");
        for r in &s.header {
            y.push_str(&row(r, "Tiêu đề "));
        }
    }
    y.push_str("      rows:\n");
    for r in &s.body {
        y.push_str(&row(r, "Ô "));
    }
    y
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    /// Any table the model accepts yields a grid whose every row covers the columns
    /// exactly, with every continuation under a merged cell; a table built to fit is
    /// accepted.
    #[test]
    fn accepted_tables_fill_their_grid(s in shape()) {
        let sector = table_yaml(&s);
        let (loaded, diags) = report::load::load_from_memory(std::path::Path::new("p"), REPORT.as_bytes(), &[("01.yaml", sector.as_bytes())]);
        let loaded = loaded.expect("report.yaml is valid");
        let (checked, more) = report::validate::validate(&loaded);
        prop_assert!(!diags.has_errors(), "{sector}");
        let Some(checked) = checked else {
            prop_assert!(s.mutated, "a table built to fit was refused: {sector}\n{:?}", more.iter().collect::<Vec<_>>());
            return Ok(());
        };
        let doc = report::layout::lay_out(checked);
        let table = doc.body.iter().find_map(|b| match b {
            report::document::Block::Table(t) => Some(t),
            _ => None,
        }).expect("the table");
        prop_assert_eq!(table.rows.len(), s.header.len() + s.body.len());
        prop_assert_eq!(table.header_rows, s.header.len());
        let xml = &unzip(&report::render::docx::render(&doc))["word/document.xml"];
        for t in super::tables::docx_tables(xml) {
            super::tables::assert_grid_well_formed(&t);
        }
    }
}

proptest! {
    /// Printing a number the Vietnamese way and reading it back gives the number
    /// exactly, at the decimals printed.
    #[test]
    fn vietnamese_numbers_read_back(units in -10_000_000_000i64..10_000_000_000, decimals in 0u32..5) {
        let value = report::numbers::Decimal::new(units, decimals);
        let text = report::numbers::format_vi(value, decimals);
        let (back, written) = report::numbers::parse_vi(&text).unwrap();
        prop_assert_eq!(written, decimals, "{}", text);
        prop_assert_eq!(back, value, "{} → {}", value, text);
    }
}
