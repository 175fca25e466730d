//! A province's synthesis of its units' reports: the figures gathered across units equal
//! what the units' own files say (a property, on random units), read back from the
//! Markdown and the DOCX; units missing, failing and late named in the output and by
//! `report status`; a unit that measures a figure otherwise is an error at its own file.

use std::fs;
use std::path::Path;

use proptest::prelude::*;

use super::support::*;

/// One unit's folder `dir/code` whose sector defines `figures` (`name: {value, unit}`)
/// and prints each, dated `date`.
fn unit(dir: &Path, code: &str, figures: &[(&str, String, &str)], date: &str) {
    let folder = dir.join(code);
    fs::create_dir_all(folder.join("sectors")).unwrap();
    fs::write(
        folder.join("report.yaml"),
        REPORT.replace("date: 2024-03-05", &format!("date: {date}")),
    )
    .unwrap();
    let mut sector = String::from("title: \"Lĩnh vực xã hội:\"\nfigures:\n");
    for (name, value, unit) in figures {
        sector.push_str(&format!("  {name}: {{value: {value}, unit: \"{unit}\"}}\n"));
    }
    sector.push_str("models:\n  - body:\n");
    for (name, _, _) in figures {
        sector.push_str(&format!("      - \"Số liệu [={name}].\"\n"));
    }
    fs::write(folder.join("sectors/01.yaml"), sector).unwrap();
}

/// The synthesis folder `dir/tinh` of the units `codes` (listed in that order), whose
/// sector prints each figure of `figures` (`name: definition`).
fn synthesis(dir: &Path, codes: &[&str], figures: &[(&str, &str)], deadline: &str) {
    let folder = dir.join("tinh");
    fs::create_dir_all(folder.join("sectors")).unwrap();
    let report = format!(
        "{REPORT}synthesis:\n  units: don-vi.csv\n  folders: \"../{{ma}}\"\n  deadline: {deadline}\n"
    );
    fs::write(folder.join("report.yaml"), report).unwrap();
    let mut list = String::from("ma,ten,nhom\n");
    for code in codes {
        list.push_str(&format!("{code},Xã Số {code},xã\n"));
    }
    fs::write(folder.join("don-vi.csv"), list).unwrap();
    let mut sector = String::from("title: \"Toàn tỉnh:\"\nfigures:\n");
    for (name, definition) in figures {
        sector.push_str(&format!("  {name}: {definition}\n"));
    }
    sector.push_str("models:\n  - body:\n");
    for (name, _) in figures {
        sector.push_str(&format!("      - \"Tổng hợp {name}: [={name}].\"\n"));
    }
    fs::write(folder.join("sectors/01.yaml"), sector).unwrap();
}

/// The number a paragraph `Tổng hợp NAME: …` of the Markdown prints.
fn printed(markdown: &str, name: &str) -> String {
    let start = format!("Tổng hợp {name}: ");
    let line = markdown
        .lines()
        .find_map(|l| l.split_once(&start).map(|(_, rest)| rest))
        .unwrap_or_else(|| panic!("{name} in {markdown}"));
    line.trim_end_matches('.').to_string()
}

/// The cells of the rows of the Markdown's tables that name a unit or total them (a
/// table in HTML, for its merged total, or in pipes), as text.
fn unit_table_rows(markdown: &str) -> Vec<Vec<String>> {
    let strip = |cell: &str| {
        let mut text = String::new();
        let mut in_tag = false;
        for c in cell.chars() {
            match c {
                '<' => in_tag = true,
                '>' => in_tag = false,
                c if !in_tag => text.push(c),
                _ => {}
            }
        }
        text.replace("**", "").trim().to_string()
    };
    markdown
        .lines()
        .filter(|l| l.contains("Xã Số") || l.contains("Cộng"))
        .filter(|l| l.starts_with("<tr>") || l.starts_with("| "))
        .map(|l| {
            if l.starts_with("<tr>") {
                l.split("</td>")
                    .map(strip)
                    .filter(|c| !c.is_empty())
                    .collect()
            } else {
                l.trim_matches('|')
                    .split('|')
                    .map(strip)
                    .filter(|c| !c.is_empty())
                    .collect()
            }
        })
        .collect()
}

/// `1.234,5` (Vietnamese) → 1234.5.
fn number(printed: &str) -> f64 {
    let digits: String = printed
        .split(' ')
        .next()
        .unwrap()
        .trim_end_matches('%')
        .replace('.', "")
        .replace(',', ".");
    digits.parse().unwrap()
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 12, .. ProptestConfig::default() })]

    /// Every figure printed in the synthesis is the sum (count, min, max) over the units
    /// that define it, as the units' own files say; units without it are left out, not
    /// counted as zero.
    #[test]
    fn a_synthesis_prints_the_sum_over_its_units(
        values in proptest::collection::vec(proptest::option::of(0u32..5_000), 1..7),
    ) {
        let tmp = tempfile::tempdir().unwrap();
        let codes: Vec<String> = (0..values.len()).map(|i| format!("{}", 30000 + i)).collect();
        for (code, value) in codes.iter().zip(&values) {
            let mut figures = vec![("dan-so", "100".to_string(), "người")];
            if let Some(v) = value {
                figures.push(("ho-ngheo", v.to_string(), "hộ"));
            }
            unit(tmp.path(), code, &figures, "2024-03-05");
        }
        let defined: Vec<u32> = values.iter().flatten().copied().collect();
        prop_assume!(!defined.is_empty());
        let names: Vec<&str> = codes.iter().map(String::as_str).collect();
        synthesis(
            tmp.path(),
            &names,
            &[
                ("ho-ngheo", "{units: sum}"),
                ("so-xa", "{units: count, of: ho-ngheo}"),
                ("it-nhat", "{units: min, of: ho-ngheo}"),
                ("nhieu-nhat", "{units: max, of: ho-ngheo}"),
            ],
            "2024-03-31",
        );
        let out = tmp.path().join("out");
        let o = run(tmp.path(), &["build", "tinh", "--format", "md,docx", "--out", out.to_str().unwrap()]);
        prop_assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
        let md = fs::read_to_string(out.join("tinh.md")).unwrap();
        let sum: u32 = defined.iter().sum();
        prop_assert_eq!(number(&printed(&md, "ho-ngheo")), f64::from(sum));
        prop_assert_eq!(number(&printed(&md, "so-xa")), defined.len() as f64);
        prop_assert_eq!(number(&printed(&md, "it-nhat")), f64::from(*defined.iter().min().unwrap()));
        prop_assert_eq!(number(&printed(&md, "nhieu-nhat")), f64::from(*defined.iter().max().unwrap()));
        // the DOCX says the same as the Markdown
        let docx = unzip(&fs::read(out.join("tinh.docx")).unwrap());
        let body = &docx["word/document.xml"];
        prop_assert!(body.contains(&printed(&md, "ho-ngheo")), "{}", printed(&md, "ho-ngheo"));
        // the units that lack it are named, never counted as zero
        let lacking = values.iter().filter(|v| v.is_none()).count();
        prop_assert_eq!(stderr(&o).contains("W-units-lacking"), lacking > 0, "{}", stderr(&o));
    }
}

/// Units not reported, failing and late: the synthesis builds with the others, names
/// each at its row of the list, and `report status` gives each unit's state and exits 1;
/// --deny-warnings makes them fatal.
#[test]
fn missing_failing_and_late_units_are_named_and_left_out() {
    let tmp = tempfile::tempdir().unwrap();
    unit(
        tmp.path(),
        "29986",
        &[("ho-ngheo", "120".into(), "hộ")],
        "2024-03-05",
    );
    unit(
        tmp.path(),
        "30001",
        &[("ho-ngheo", "85".into(), "hộ")],
        "2024-04-02",
    );
    unit(
        tmp.path(),
        "30002",
        &[("ho-ngheo", "40".into(), "hộ")],
        "2024-03-05",
    );
    // a clerk's mistake in one unit: a reference to a figure never defined
    let failing = tmp.path().join("30002/sectors/01.yaml");
    let text = fs::read_to_string(&failing).unwrap();
    fs::write(&failing, text.replace("[=ho-ngheo]", "[=ho-ngheo-moi]")).unwrap();
    synthesis(
        tmp.path(),
        &["29986", "30001", "30002", "30316"],
        &[("ho-ngheo", "{units: sum}")],
        "2024-03-31",
    );
    let o = run(tmp.path(), &["build", "tinh", "--format", "md"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let md = fs::read_to_string(tmp.path().join("out/tinh.md")).unwrap();
    assert_eq!(
        printed(&md, "ho-ngheo"),
        "205 hộ",
        "120 + 85: the failing unit left out"
    );
    let err = stderr(&o);
    for (code, line) in [
        ("W-unit-late", "don-vi.csv:3:1"),
        ("W-unit-failing", "don-vi.csv:4:1"),
        ("W-unit-missing", "don-vi.csv:5:1"),
    ] {
        assert!(err.contains(code), "{code}: {err}");
        assert!(err.contains(line), "{line}: {err}");
    }
    assert!(err.contains("Xã Số 30316 (30316) chưa báo cáo"), "{err}");
    assert_eq!(
        err.matches("W-unit-late").count(),
        1,
        "only 30001 is late: {err}"
    );
    assert!(
        err.contains("E-figure-undefined"),
        "the failing unit's first error: {err}"
    );
    let o = run(
        tmp.path(),
        &["build", "tinh", "--format", "md", "--deny-warnings"],
    );
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));

    let o = run(tmp.path(), &["status", "tinh"]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    let out = stdout(&o);
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.len(), 5, "{out}");
    assert_eq!(
        lines[0],
        "  29986 Xã Số 29986 (xã): đã báo cáo, ngày 2024-03-05"
    );
    assert_eq!(
        lines[1],
        "  30001 Xã Số 30001 (xã): nộp muộn, ngày 2024-04-02"
    );
    assert!(
        lines[2].starts_with("  30002 Xã Số 30002 (xã): có lỗi: ")
            && lines[2].ends_with("E-figure-undefined"),
        "{out}"
    );
    assert_eq!(
        lines[3],
        "  30316 Xã Số 30316 (xã): chưa báo cáo: không có 30316"
    );
    assert_eq!(
        lines[4],
        "tinh: 4 đơn vị: 1 đã báo cáo đúng hạn, 1 nộp muộn, 1 có lỗi, 1 chưa báo cáo"
    );
    let o = run(tmp.path(), &["status", "tinh", "--message-format", "json"]);
    let states: Vec<String> = stdout(&o)
        .lines()
        .filter_map(|l| {
            let v: serde_json::Value = serde_json::from_str(l).unwrap();
            v["state"].as_str().map(str::to_string)
        })
        .collect();
    assert_eq!(states, ["reported", "late", "failing", "missing"]);
    // `report figures` traces the sum to the units' files
    let o = run(tmp.path(), &["figures", "tinh"]);
    let out = stdout(&o);
    assert!(out.contains("ho-ngheo = 205 hộ"), "{out}");
    assert!(
        out.contains("từ Xã Số 29986 (29986): 120 hộ, 29986/sectors/01.yaml:3:13"),
        "{out}"
    );
    assert!(
        out.contains("từ Xã Số 30001 (30001): 85 hộ, 30001/sectors/01.yaml:3:13"),
        "{out}"
    );
}

/// A unit that writes a figure as a percentage where the others count households: an
/// error at that unit's file, and nothing summed; a percentage summed is an error too.
#[test]
fn a_unit_measuring_a_figure_otherwise_is_an_error_at_its_file() {
    let tmp = tempfile::tempdir().unwrap();
    unit(
        tmp.path(),
        "29986",
        &[("ho-ngheo", "120".into(), "hộ")],
        "2024-03-05",
    );
    unit(
        tmp.path(),
        "30001",
        &[("ho-ngheo", "4.5".into(), "%")],
        "2024-03-05",
    );
    synthesis(
        tmp.path(),
        &["29986", "30001"],
        &[("ho-ngheo", "{units: sum}")],
        "2024-03-31",
    );
    let o = run(tmp.path(), &["check", "tinh", "--message-format", "short"]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    let err = stderr(&o);
    assert!(
        err.contains("30001/sectors/01.yaml:3:13: lỗi[E-units-measure]: Xã Số 30001 ghi số liệu `ho-ngheo` theo đơn vị tính `%`, khác `hộ` của Xã Số 29986"),
        "{err}"
    );
    // a percentage written as a value with "%" for unit prints as a percentage does
    let o = run(tmp.path(), &["figures", "30001"]);
    assert!(stdout(&o).starts_with("ho-ngheo = 4,5% "), "{}", stdout(&o));
    // every unit in %: a mean is fine, a sum is refused
    unit(
        tmp.path(),
        "29986",
        &[("ho-ngheo", "3.5".into(), "%")],
        "2024-03-05",
    );
    let o = run(tmp.path(), &["check", "tinh"]);
    assert!(stderr(&o).contains("E-units-figure"), "{}", stderr(&o));
    synthesis(
        tmp.path(),
        &["29986", "30001"],
        &[("ho-ngheo", "{units: mean}")],
        "2024-03-31",
    );
    let o = run(tmp.path(), &["build", "tinh", "--format", "md"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let md = fs::read_to_string(tmp.path().join("out/tinh.md")).unwrap();
    assert_eq!(printed(&md, "ho-ngheo"), "4,0%");
    // JSON gives the number as printed, its decimals beside it
    let o = run(tmp.path(), &["figures", "tinh", "--message-format", "json"]);
    let line = stdout(&o).lines().next().unwrap().to_string();
    let v: serde_json::Value = serde_json::from_str(&line).unwrap();
    assert_eq!(
        (v["value"].as_str(), v["decimals"].as_u64()),
        (Some("4.0"), Some(1)),
        "{line}"
    );
    assert_eq!(v["from"].as_array().map(Vec::len), Some(2), "{line}");
}

/// A table of one row per unit (`units:`): the units that reported, in the order asked,
/// each with its figures; its total row says what the figure gathered across the units
/// says (both read back from the Markdown). With `status`, every unit of the list and
/// its state. In a report that is not a synthesis, or with an order of no kind, an error.
#[test]
fn a_table_of_units_has_their_rows_and_its_total_is_the_gathered_sum() {
    let tmp = tempfile::tempdir().unwrap();
    unit(
        tmp.path(),
        "29986",
        &[("ho-ngheo", "120".into(), "hộ")],
        "2024-03-05",
    );
    unit(
        tmp.path(),
        "30001",
        &[("ho-ngheo", "85".into(), "hộ")],
        "2024-04-02",
    );
    unit(
        tmp.path(),
        "30002",
        &[("ho-ngheo", "310".into(), "hộ")],
        "2024-03-05",
    );
    synthesis(
        tmp.path(),
        &["29986", "30001", "30002", "30316"],
        &[("ho-ngheo", "{units: sum}")],
        "2024-03-31",
    );
    // a body item of the sector's model (under `models: - body:`)
    let table = |units: &str| {
        [
            "      - table:",
            "          columns:",
            "            - {width: 1}",
            "            - {width: 3}",
            "            - {width: 2, decimals: 0}",
            "          header:",
            "            - [STT, Đơn vị, Hộ nghèo]",
            &format!("          units: {units}"),
            "          total:",
            "            label: Cộng",
            "            columns: [3]",
            "",
        ]
        .join("\n")
    };
    let sector = tmp.path().join("tinh/sectors/01.yaml");
    let mut text = fs::read_to_string(&sector).unwrap();
    text.push_str(&table("{figures: [ho-ngheo], order: ho-ngheo}"));
    fs::write(&sector, &text).unwrap();
    let o = run(tmp.path(), &["build", "tinh", "--format", "md"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(
        !stderr(&o).contains("W-units-lacking"),
        "every unit has it: {}",
        stderr(&o)
    );
    let md = fs::read_to_string(tmp.path().join("out/tinh.md")).unwrap();
    assert_eq!(
        unit_table_rows(&md),
        [
            ["1", "Xã Số 30002", "310"],
            ["2", "Xã Số 29986", "120"],
            ["3", "Xã Số 30001", "85"],
        ]
        .iter()
        .map(|r| r.map(String::from).to_vec())
        .chain([vec!["Cộng".to_string(), "515".to_string()]])
        .collect::<Vec<_>>(),
        "{md}"
    );
    assert_eq!(printed(&md, "ho-ngheo"), "515 hộ");

    // every unit and its state
    let status = text
        .replace("{figures: [ho-ngheo], order: ho-ngheo}", "{status: true}")
        .replace("{width: 2, decimals: 0}", "{width: 2}")
        .replace(
            "          total:\n            label: Cộng\n            columns: [3]\n",
            "",
        );
    fs::write(&sector, &status).unwrap();
    let o = run(tmp.path(), &["build", "tinh", "--format", "md"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let md = fs::read_to_string(tmp.path().join("out/tinh.md")).unwrap();
    assert_eq!(
        unit_table_rows(&md),
        [
            ["1", "Xã Số 29986", "Đã báo cáo (05/03/2024)"],
            ["2", "Xã Số 30001", "Nộp muộn (02/04/2024)"],
            ["3", "Xã Số 30002", "Đã báo cáo (05/03/2024)"],
            ["4", "Xã Số 30316", "Chưa báo cáo"],
        ]
        .map(|r| r.map(String::from).to_vec()),
        "{md}"
    );

    // a column some units lack: named; one no unit has: an error
    let with = |figures: &str| text.replace("{figures: [ho-ngheo], order: ho-ngheo}", figures);
    unit(
        tmp.path(),
        "30002",
        &[("ho-can-ngheo", "310".into(), "hộ")],
        "2024-03-05",
    );
    fs::write(&sector, with("{figures: [ho-ngheo]}")).unwrap();
    let o = run(tmp.path(), &["check", "tinh", "--message-format", "short"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(
        stderr(&o).contains("W-units-lacking]: 1 đơn vị đã báo cáo nhưng không có số liệu `ho-ngheo`, không được tính: Xã Số 30002"),
        "{}",
        stderr(&o)
    );
    fs::write(&sector, with("{figures: [khong-co]}")).unwrap();
    let o = run(tmp.path(), &["check", "tinh"]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    assert!(stderr(&o).contains("số liệu `khong-co`"), "{}", stderr(&o));
    unit(
        tmp.path(),
        "30002",
        &[("ho-ngheo", "310".into(), "hộ")],
        "2024-03-05",
    );
    // an order of no kind; and a table of units in a report that is no synthesis
    fs::write(&sector, text.replace("order: ho-ngheo", "order: ma")).unwrap();
    let o = run(tmp.path(), &["check", "tinh"]);
    assert!(
        stderr(&o).contains("lỗi[E-units-figure]: thứ tự `ma`"),
        "{}",
        stderr(&o)
    );
    let own = tmp.path().join("29986/sectors/02.yaml");
    fs::write(
        &own,
        format!(
            "title: \"Bảng:\"\nmodels:\n  - body:\n{}",
            table("{figures: [ho-ngheo]}")
                .replace("  - table", "      - table")
                .replace("\n      ", "\n          ")
        ),
    )
    .unwrap();
    let o = run(tmp.path(), &["check", "29986"]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    assert!(stderr(&o).contains("E-units-figure"), "{}", stderr(&o));
}

/// A synthesis compares its gathered figures with its previous period's synthesis, whose
/// own units are gathered too.
#[test]
fn a_gathered_figure_compares_with_the_previous_synthesis() {
    let tmp = tempfile::tempdir().unwrap();
    let q3 = tmp.path().join("q3");
    let q4 = tmp.path().join("q4");

    for (dir, values) in [(&q3, ["130", "90"]), (&q4, ["120", "85"])] {
        for (code, value) in ["29986", "30001"].iter().zip(values) {
            unit(
                dir,
                code,
                &[("ho-ngheo", value.to_string(), "hộ")],
                "2024-03-05",
            );
        }
        synthesis(
            dir,
            &["29986", "30001"],
            &[
                ("ho-ngheo", "{units: sum}"),
                ("ho-ngheo-giam", "{change: ho-ngheo, as: amount}"),
            ],
            "2024-03-31",
        );
    }
    // the two syntheses side by side, each finding its units in its own folder
    for period in ["q3", "q4"] {
        let from = tmp.path().join(period).join("tinh");
        let to = tmp.path().join(format!("tinh-{period}"));
        fs::rename(&from, &to).unwrap();
        let report = to.join("report.yaml");
        let text = fs::read_to_string(&report).unwrap();
        let text = text.replace(
            "folders: \"../{ma}\"",
            &format!("folders: \"../{period}/{{ma}}\""),
        );
        let previous = if period == "q4" {
            "previous: ../tinh-q3\n"
        } else {
            ""
        };
        fs::write(&report, format!("{text}{previous}")).unwrap();
    }
    // q3's synthesis is the previous period's: its own comparison is not made
    let q3_sector = tmp.path().join("tinh-q3/sectors/01.yaml");
    let text = fs::read_to_string(&q3_sector).unwrap();
    let text = text
        .replace("  ho-ngheo-giam: {change: ho-ngheo, as: amount}\n", "")
        .replace(
            "      - \"Tổng hợp ho-ngheo-giam: [=ho-ngheo-giam].\"\n",
            "",
        );
    fs::write(&q3_sector, text).unwrap();
    let o = run(tmp.path(), &["build", "tinh-q4", "--format", "md"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let md = fs::read_to_string(tmp.path().join("out/tinh-q4.md")).unwrap();
    assert_eq!(printed(&md, "ho-ngheo"), "205 hộ");
    assert_eq!(printed(&md, "ho-ngheo-giam"), "giảm 15 hộ", "220 → 205");
}

/// The units' difficulties and proposals gathered by sector, each headed by its unit's
/// name, with the unit's figures printed in them; a kind of text of no kind is an error.
#[test]
fn the_units_difficulties_are_gathered_by_sector_with_each_unit_named() {
    let tmp = tempfile::tempdir().unwrap();
    for (code, value) in [("29986", "120"), ("30001", "85")] {
        unit(
            tmp.path(),
            code,
            &[("ho-ngheo", value.into(), "hộ")],
            "2024-03-05",
        );
        let sector = tmp.path().join(code).join("sectors/01.yaml");
        let text = fs::read_to_string(&sector).unwrap();
        let more = "difficulties:\n  - \"Còn [=ho-ngheo] nghèo cần hỗ trợ.\"\nproposals:\n  - Đề nghị hỗ trợ vốn.\n";
        fs::write(&sector, format!("{text}{more}")).unwrap();
        fs::write(
            tmp.path().join(code).join("sectors/02-noi-vu.yaml"),
            "title: \"Nội vụ:\"\nmodels:\n  - body:\n      - Ổn định.\ndifficulties:\n  - Thiếu công chức.\n",
        )
        .unwrap();
    }
    synthesis(
        tmp.path(),
        &["29986", "30001"],
        &[("ho-ngheo", "{units: sum}")],
        "2024-03-31",
    );
    let sector = tmp.path().join("tinh/sectors/01.yaml");
    let text = fs::read_to_string(&sector).unwrap();
    let gathered =
        "      - units_text: difficulties\n        sector: noi-vu\n      - units_text: proposals\n";
    fs::write(&sector, format!("{text}{gathered}")).unwrap();
    let o = run(tmp.path(), &["build", "tinh", "--format", "md"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let md = fs::read_to_string(tmp.path().join("out/tinh.md")).unwrap();
    let items: Vec<&str> = md.lines().filter(|l| l.starts_with("- **Xã Số")).collect();
    assert_eq!(
        items,
        [
            "- **Xã Số 29986:** Thiếu công chức.",
            "- **Xã Số 30001:** Thiếu công chức.",
            "- **Xã Số 29986:** Đề nghị hỗ trợ vốn.",
            "- **Xã Số 30001:** Đề nghị hỗ trợ vốn.",
        ],
        "{md}"
    );
    // all sectors: the unit's own figure printed in its text
    fs::write(&sector, format!("{text}      - units_text: difficulties\n")).unwrap();
    let o = run(tmp.path(), &["build", "tinh", "--format", "md"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let md = fs::read_to_string(tmp.path().join("out/tinh.md")).unwrap();
    assert!(
        md.contains("- **Xã Số 30001:** Còn 85 hộ nghèo cần hỗ trợ."),
        "{md}"
    );
    fs::write(&sector, format!("{text}      - units_text: kho-khan\n")).unwrap();
    let o = run(tmp.path(), &["check", "tinh"]);
    assert!(
        stderr(&o).contains("`units_text: kho-khan` không phải difficulties hay proposals"),
        "{}",
        stderr(&o)
    );
}

/// `report init --synthesis`: report.yaml with `synthesis:` (the units' folders of the
/// period), a list of units with its header; once filled, with one unit and its folder,
/// it passes `check`. `init --from` a synthesis carries its list and moves its units'
/// folders to the new period.
#[test]
fn init_makes_a_synthesis_that_passes_check_once_filled() {
    let tmp = tempfile::tempdir().unwrap();
    let o = run(
        tmp.path(),
        &["init", "tinh/2025-q4", "--synthesis", "--period", "2025-q4"],
    );
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let dir = tmp.path().join("tinh/2025-q4");
    assert_eq!(
        fs::read_to_string(dir.join("don-vi.csv")).unwrap(),
        "ma,ten,nhom\n"
    );
    let report = fs::read_to_string(dir.join("report.yaml")).unwrap();
    assert!(
        report.contains("folders: \"../xa/{ma}-{slug}/2025-q4\""),
        "{report}"
    );
    let o = run(tmp.path(), &["check", "tinh/2025-q4"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("don-vi.csv:1:1"), "{}", stderr(&o));
    assert!(stderr(&o).contains("E-units-list"), "{}", stderr(&o));
    // the deadline to fill is said once, as a placeholder, not as a wrong date
    assert!(!stderr(&o).contains("E-date"), "{}", stderr(&o));
    // filled: every placeholder, one unit and its folder
    for file in ["report.yaml", "sectors/01-linh-vuc.yaml"] {
        let path = dir.join(file);
        let text: String = fs::read_to_string(&path)
            .unwrap()
            .lines()
            .map(|line| {
                let Some(a) = line.find("«điền:") else {
                    return line.to_string();
                };
                let b = a + line[a..].find('»').unwrap() + '»'.len_utf8();
                let value = if line.trim_start().starts_with("deadline") {
                    "2026-01-05"
                } else if line.contains("«điền: ỦY") {
                    "ỦY BAN NHÂN DÂN"
                } else if line.contains("XÃ …") {
                    "TỈNH ĐỒNG THÁP"
                } else if line.contains("câu kết") {
                    "Trên đây là báo cáo."
                } else {
                    "Tình hình"
                };
                format!("{}{value}{}", &line[..a], &line[b..])
            })
            .map(|l| l + "\n")
            .collect();
        fs::write(&path, text).unwrap();
    }
    fs::write(
        dir.join("don-vi.csv"),
        "ma,ten,nhom\n30226,Xã Lai Vung,xã\n",
    )
    .unwrap();
    let figure = [("ho-ngheo", "120".to_string(), "hộ")];
    unit(
        &tmp.path().join("tinh/xa"),
        "30226-lai-vung",
        &figure,
        "2026-01-05",
    );
    fs::rename(
        tmp.path().join("tinh/xa/30226-lai-vung"),
        tmp.path().join("tinh/xa/tmp"),
    )
    .unwrap();
    fs::create_dir_all(tmp.path().join("tinh/xa/30226-lai-vung")).unwrap();
    fs::rename(
        tmp.path().join("tinh/xa/tmp"),
        tmp.path().join("tinh/xa/30226-lai-vung/2025-q4"),
    )
    .unwrap();
    let o = run(tmp.path(), &["check", "tinh/2025-q4"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    // dated on the deadline itself: on time
    assert!(!stderr(&o).contains("W-unit-late"), "{}", stderr(&o));
    // a deadline that is no date
    let report = dir.join("report.yaml");
    let text = fs::read_to_string(&report).unwrap();
    fs::write(&report, text.replace("2026-01-05", "2026-13-05")).unwrap();
    let o = run(tmp.path(), &["check", "tinh/2025-q4"]);
    assert!(
        stderr(&o).contains("lỗi[E-date]: ngày `2026-13-05`"),
        "{}",
        stderr(&o)
    );
    fs::write(&report, text).unwrap();
    let o = run(tmp.path(), &["status", "tinh/2025-q4"]);
    assert_eq!(o.status.code(), Some(0), "{}{}", stdout(&o), stderr(&o));
    assert!(
        stdout(&o).contains("30226 Xã Lai Vung (xã): đã báo cáo"),
        "{}",
        stdout(&o)
    );

    // the next quarter from this one: the list carried, the folders of 2026-q1
    let o = run(
        tmp.path(),
        &["init", "tinh/2026-q1", "--from", "tinh/2025-q4"],
    );
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let next = tmp.path().join("tinh/2026-q1");
    assert_eq!(
        fs::read_to_string(next.join("don-vi.csv")).unwrap(),
        "ma,ten,nhom\n30226,Xã Lai Vung,xã\n"
    );
    let report = fs::read_to_string(next.join("report.yaml")).unwrap();
    assert!(
        report.contains("folders: \"../xa/{ma}-{slug}/2026-q1\""),
        "{report}"
    );
    assert!(stdout(&o).contains("synthesis.folders"), "{}", stdout(&o));
}

/// A share counts the units that reported with the figure not zero (a percentage, a
/// figure computed as one counting as one); a figure no unit has is an error, not 0.
#[test]
fn a_share_and_a_figure_no_unit_has() {
    let tmp = tempfile::tempdir().unwrap();
    unit(
        tmp.path(),
        "29986",
        &[("dat-chuan", "1".into(), "xã")],
        "2024-03-05",
    );
    unit(
        tmp.path(),
        "30001",
        &[("dat-chuan", "0".into(), "xã")],
        "2024-03-05",
    );
    unit(
        tmp.path(),
        "30002",
        &[("ho-ngheo", "12".into(), "hộ")],
        "2024-03-05",
    );
    unit(
        tmp.path(),
        "30003",
        &[("dat-chuan", "1".into(), "xã")],
        "2024-03-05",
    );
    synthesis(
        tmp.path(),
        &["29986", "30001", "30002", "30003"],
        &[("ty-le-dat", "{units: share, of: dat-chuan}")],
        "2024-03-31",
    );
    let o = run(tmp.path(), &["build", "tinh", "--format", "md"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let md = fs::read_to_string(tmp.path().join("out/tinh.md")).unwrap();
    // 2 of the 4 units that reported: 30001's is 0, 30002 has none
    assert_eq!(printed(&md, "ty-le-dat"), "50,0%");
    assert!(!stderr(&o).contains("W-units-lacking"), "{}", stderr(&o));
    // a percentage computed by a unit (`percent:`) is a percentage as one written with %
    let sector = |code: &str, figure: &str| {
        let text = format!(
            "title: \"Lĩnh vực:\"\nfigures:\n  a: 3\n  b: 4\n  ty-le: {figure}\nmodels:\n  - body:\n      - \"Số liệu [=a], [=b], [=ty-le].\"\n"
        );
        fs::write(tmp.path().join(code).join("sectors/01.yaml"), text).unwrap();
    };
    sector("29986", "{percent: [a, b]}");
    sector("30001", "{value: 80, unit: \"%\"}");
    synthesis(
        tmp.path(),
        &["29986", "30001"],
        &[("ty-le", "{units: sum}")],
        "2024-03-31",
    );
    let o = run(tmp.path(), &["check", "tinh"]);
    let err = stderr(&o);
    assert!(err.contains("cộng các tỷ lệ phần trăm"), "{err}");
    assert!(!err.contains("E-units-measure"), "the same measure: {err}");
    // a figure no unit has
    synthesis(
        tmp.path(),
        &["29986", "30001"],
        &[("khong-co", "{units: sum}")],
        "2024-03-31",
    );
    let o = run(tmp.path(), &["check", "tinh"]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    assert!(
        stderr(&o).contains("không đơn vị nào đã báo cáo có số liệu `khong-co`"),
        "{}",
        stderr(&o)
    );
}
