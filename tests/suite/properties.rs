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
        let doc = report::layout::lay_out(&checked.expect("valid"));
        assert_parts_clean(&report::render::docx::render(&doc))?;
    }
}
