//! Reporting periods: `report init --period` (or a folder named for its period) sets the
//! date, the period's words, `period:`, the comparisons beside it and rewrites the comments
//! that would go stale; report.yaml's `period:` prints its data cut-off (Decree 09/2019,
//! article 12) as `[=ky-tu-ngay]` and `[=ky-den-ngay]`.

use std::fs;
use std::path::Path;

use super::support::*;

fn read(dir: &Path, file: &str) -> String {
    fs::read_to_string(dir.join(file)).unwrap()
}

/// The value of a top-level key of report.yaml, its comment left out.
fn key(report: &str, key: &str) -> Option<String> {
    report.lines().find_map(|l| {
        let value = l.strip_prefix(&format!("{key}:"))?;
        let value = value.split("  #").next().unwrap_or(value).trim();
        Some(value.trim_matches('"').to_string())
    })
}

/// From the quarterly example of 2024 to quarter III of 2026, named by the new folder:
/// the date keeps its day in the period, the summary and the comments say the new
/// quarter, and the folders of quarter II and of quarter III of 2025 beside it are the
/// comparisons.
#[test]
fn a_report_two_years_on_takes_the_period_its_folder_names() {
    let tmp = tempfile::tempdir().unwrap();
    let prev = tmp.path().join("xa-tan-phu-dong-2024-q3");
    copy_dir(&root().join("examples/xa-tan-phu-dong-2024-q3"), &prev);
    fs::create_dir(tmp.path().join("xa-tan-phu-dong-2026-q2")).unwrap();
    fs::create_dir(tmp.path().join("xa-tan-phu-dong-2025-q3")).unwrap();
    let o = run(
        tmp.path(),
        &[
            "init",
            "xa-tan-phu-dong-2026-q3",
            "--from",
            "xa-tan-phu-dong-2024-q3",
        ],
    );
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let new = tmp.path().join("xa-tan-phu-dong-2026-q3");
    let report = read(&new, "report.yaml");
    assert_eq!(key(&report, "date").as_deref(), Some("2026-09-05"));
    assert_eq!(
        key(&report, "summary").as_deref(),
        Some("Kết quả thực hiện công tác cải cách hành chính quý III năm 2026")
    );
    assert_eq!(key(&report, "period").as_deref(), Some("2026-q3"));
    assert_eq!(
        key(&report, "previous").as_deref(),
        Some("../xa-tan-phu-dong-2026-q2")
    );
    assert_eq!(
        key(&report, "previous_year").as_deref(),
        Some("../xa-tan-phu-dong-2025-q3")
    );
    // no comment keeps the old date or quarter
    for line in report.lines().filter(|l| l.contains('#')) {
        let comment = &line[line.find('#').unwrap()..];
        assert!(
            !comment.contains("2024-09-05")
                && !comment.contains("năm 2024")
                && !comment.contains("tháng 9 năm 2024"),
            "{line}"
        );
    }
    assert!(report.contains("(in ra \"ngày 05 tháng 9 năm 2026\")"));
    let said = stdout(&o);
    assert!(
        said.contains("thời gian chốt số liệu từ 15/06/2026 đến 14/09/2026"),
        "{said}"
    );
    assert!(said.contains("không còn cấp huyện"), "{said}");
    // the editor's schemas are in the folder, as `report schema` writes them
    assert!(report.starts_with("# yaml-language-server: $schema=./.schema/report.schema.json\n"));
    for (name, text) in report::schema::files() {
        if name != report::schema::METADATA_SCHEMA_FILE {
            assert_eq!(read(&new, &format!(".schema/{name}")), text, "{name}");
        }
    }
    let sector = read(&new, "sectors/01-chi-dao-dieu-hanh.yaml");
    assert!(sector.starts_with("# yaml-language-server: $schema=../.schema/sector.schema.json\n"));
}

/// A yearly report moves every year it names by one: this year's results and next
/// year's plans.
#[test]
fn a_yearly_report_moves_all_its_years() {
    let tmp = tempfile::tempdir().unwrap();
    copy_dir(
        &root().join("examples/xa-tan-phu-dong-2024"),
        &tmp.path().join("xa-tan-phu-dong-2024"),
    );
    let o = run(
        tmp.path(),
        &[
            "init",
            "moi",
            "--from",
            "xa-tan-phu-dong-2024",
            "--period",
            "2025",
        ],
    );
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let report = read(&tmp.path().join("moi"), "report.yaml");
    assert_eq!(
        key(&report, "summary").as_deref(),
        Some(
            "Tình hình thực hiện nhiệm vụ phát triển kinh tế - xã hội năm 2025 và phương hướng, nhiệm vụ năm 2026"
        )
    );
    assert_eq!(key(&report, "date").as_deref(), Some("2025-12-16"));
    assert_eq!(key(&report, "period").as_deref(), Some("2025"));
    // the folder it came from is the year before, beside it
    assert_eq!(
        key(&report, "previous").as_deref(),
        Some("../xa-tan-phu-dong-2024")
    );
}

/// A blank skeleton of each kind of period: the default date is the day after the
/// cut-off, the words follow the summary's placeholder; leap years and year ends.
#[test]
fn a_skeleton_of_every_kind_of_period() {
    let tmp = tempfile::tempdir().unwrap();
    for (period, date, words, cut_off) in [
        (
            "2024-02",
            "2024-02-15",
            "tháng 02 năm 2024",
            "15/01/2024 đến 14/02/2024",
        ),
        (
            "2026-01",
            "2026-01-15",
            "tháng 01 năm 2026",
            "15/12/2025 đến 14/01/2026",
        ),
        (
            "2026-q1",
            "2026-03-15",
            "quý I năm 2026",
            "15/12/2025 đến 14/03/2026",
        ),
        (
            "2026-q4",
            "2026-12-15",
            "quý IV năm 2026",
            "15/09/2026 đến 14/12/2026",
        ),
        (
            "2026-6t",
            "2026-06-15",
            "6 tháng đầu năm 2026",
            "15/12/2025 đến 14/06/2026",
        ),
        (
            "2026-9t",
            "2026-09-15",
            "9 tháng năm 2026",
            "15/12/2025 đến 14/09/2026",
        ),
        (
            "2026",
            "2026-12-15",
            "năm 2026",
            "15/12/2025 đến 14/12/2026",
        ),
    ] {
        let name = format!("ubnd-xa-hoa-binh-{period}");
        let o = run(tmp.path(), &["init", &name]);
        assert_eq!(o.status.code(), Some(0), "{period}: {}", stderr(&o));
        let report = read(&tmp.path().join(&name), "report.yaml");
        assert_eq!(key(&report, "date").as_deref(), Some(date), "{period}");
        assert_eq!(key(&report, "period").as_deref(), Some(period), "{period}");
        let summary = key(&report, "summary").unwrap();
        let words = words
            .replace("tháng 02", "tháng 2")
            .replace("tháng 01", "tháng 1");
        assert!(
            summary.ends_with(&format!("» {words}")),
            "{period}: {summary}"
        );
        assert!(stdout(&o).contains(cut_off), "{period}: {}", stdout(&o));
    }
}

#[test]
fn a_period_that_is_not_one_or_disagrees_with_the_folder_makes_nothing() {
    let tmp = tempfile::tempdir().unwrap();
    let o = run(tmp.path(), &["init", "moi", "--period", "2026-13"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).starts_with("lỗi: kỳ báo cáo `2026-13` sai dạng"),
        "{}",
        stderr(&o)
    );
    let o = run(tmp.path(), &["init", "xa-2026-q3", "--period", "2026-q4"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("--period 2026-q4 khác kỳ trong tên thư mục mới (2026-q3)"),
        "{}",
        stderr(&o)
    );
    assert_eq!(fs::read_dir(tmp.path()).unwrap().count(), 0);
}

/// `period:` prints its cut-off where the text names it, the same in the DOCX's text
/// and the Markdown.
#[test]
fn the_cut_off_prints_where_the_text_names_it() {
    let report = REPORT.replace(
        "summary: Tình hình thử nghiệm\n",
        "summary: Tình hình thử nghiệm quý I năm 2024\nperiod: 2024-q1\n",
    );
    let sector = SECTOR.replace(
        "Mô hình một.",
        "Số liệu từ ngày [=ky-tu-ngay] đến ngày [=ky-den-ngay].",
    );
    let dir = DataDir::new(&report, &[("01.yaml", &sector)]);
    let out = dir.out();
    let o = run(
        &dir.path(),
        &[
            "build",
            ".",
            "--out",
            out.to_str().unwrap(),
            "--format",
            "docx,md",
        ],
    );
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let sentence = "Số liệu từ ngày 15/12/2023 đến ngày 14/03/2024.";
    let file = |ext: &str| {
        fs::read_dir(&out)
            .unwrap()
            .map(|e| e.unwrap().path())
            .find(|p| p.extension().is_some_and(|e| e == ext))
            .unwrap()
    };
    let md = fs::read_to_string(file("md")).unwrap();
    assert!(md.contains(sentence), "{md}");
    let docx = file("docx");
    let xml = &unzip(&fs::read(docx).unwrap())["word/document.xml"];
    let text: String = xml
        .split("<w:t")
        .skip(1)
        .filter_map(|t| t.split_once('>').and_then(|(_, r)| r.split_once("</w:t>")))
        .map(|(t, _)| t)
        .collect();
    assert!(text.contains(sentence), "{text}");
}

#[test]
fn the_cut_off_needs_its_period_and_keeps_its_names() {
    let sector = SECTOR.replace("Mô hình một.", "Từ ngày [=ky-tu-ngay].");
    let dir = DataDir::new(REPORT, &[("01.yaml", &sector)]);
    let said = diagnostics(&dir.path());
    assert!(
        said.iter()
            .any(|l| l.contains("E-period") && l.contains("ky-tu-ngay")),
        "{said:#?}"
    );

    let report = REPORT.replace(
        "summary: Tình hình thử nghiệm\n",
        "summary: Tình hình thử nghiệm\nperiod: 2024-q5\n",
    );
    let dir = DataDir::new(&report, &[("01.yaml", SECTOR)]);
    let said = diagnostics(&dir.path());
    assert!(
        said.iter()
            .any(|l| l.contains("E-period") && l.contains("2024-q5")),
        "{said:#?}"
    );

    let report = REPORT.replace(
        "summary: Tình hình thử nghiệm\n",
        "summary: Tình hình thử nghiệm\nperiod: 2024\nfigures:\n  ky-den-ngay: 5\n",
    );
    let sector = SECTOR.replace("Mô hình một.", "Đến ngày [=ky-den-ngay].");
    let dir = DataDir::new(&report, &[("01.yaml", &sector)]);
    let said = diagnostics(&dir.path());
    assert!(
        said.iter()
            .any(|l| l.contains("E-figure-name") && l.contains("ky-den-ngay")),
        "{said:#?}"
    );
}
