//! `report init`: the data folder of the next period. From a previous folder: the same
//! structure, agency, signer, recipients and sectors (their models as starting text), with
//! the period-specific values cleared or advanced, and the opening that cites this
//! period's request replaced by a placeholder that `report check` refuses until it is
//! filled in. Without a previous folder: a commented skeleton with placeholders. It never
//! writes into an existing folder.

use std::fs;
use std::ops::Range;
use std::path::{Path, PathBuf};

use crate::diagnostic::Diagnostics;
use crate::load::{self, Text};
use crate::messages::TodoWhat;
use crate::model::Date;
use crate::validate::parse_date;

/// The mark of a place the clerk must fill in; `report check` reports any text that
/// still holds it (`E-placeholder`).
pub const PLACEHOLDER: &str = "«điền:";

/// Something the clerk must fill in or check, at a place of a new file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Todo {
    pub file: PathBuf,
    pub line: Option<usize>,
    pub what: TodoWhat,
}

/// Why `init` did nothing.
#[derive(Debug)]
pub enum InitError {
    /// The new folder exists already.
    Exists(PathBuf),
    /// The previous folder has errors: fix them first.
    Invalid(Diagnostics),
    Io(PathBuf, std::io::Error),
}

/// The folder of the next period, from `prev`.
pub fn from_previous(prev: &Path, new: &Path) -> Result<Vec<Todo>, InitError> {
    refuse_existing(new)?;
    let (loaded, diags) = load::load(prev);
    let Some(loaded) = loaded.filter(|_| !diags.has_errors()) else {
        return Err(InitError::Invalid(diags));
    };
    let r = &loaded.report;
    let source = loaded.sources.get(loaded.report_file).text();
    let report_path = new.join(load::REPORT_FILE);
    let mut edits: Vec<(Range<usize>, String, TodoWhat)> = Vec::new();
    if let Some(number) = &r.number {
        edits.push((range(number), "\"\"".into(), TodoWhat::Number));
    }
    let period = Period::of(r.summary.value(), &crate::build::output_name(prev));
    if let Some(date) = parse_date(r.date.value().trim()) {
        let next = period.advance_date(date);
        let text = format!("{:04}-{:02}-{:02}", next.year, next.month, next.day);
        let what = TodoWhat::Date { date: text.clone() };
        edits.push((range(&r.date), text, what));
    }
    let summary = period.advance_text(r.summary.value());
    let what = TodoWhat::Summary {
        summary: summary.clone(),
    };
    let replacement = if summary == r.summary.value() {
        source
            .get(range(&r.summary))
            .unwrap_or_default()
            .to_string()
    } else {
        quoted(&summary)
    };
    edits.push((range(&r.summary), replacement, what));
    for paragraph in r.opening.iter().filter(|t| cites_a_document(t.value())) {
        let text = format!(
            "{PLACEHOLDER} căn cứ văn bản yêu cầu báo cáo kỳ này; kỳ trước: {}»",
            paragraph.value()
        );
        edits.push((range(paragraph), quoted(&text), TodoWhat::Opening));
    }
    let mut todos = Vec::new();
    let text = apply(source, &mut edits, &report_path, &mut todos);
    write(&report_path, &text)?;
    for (id, _) in &loaded.sectors {
        let path = loaded.sources.path(*id);
        let target = new
            .join(load::SECTORS_DIR)
            .join(path.file_name().unwrap_or_default());
        copy(path, &target)?;
        todos.push(Todo {
            file: target,
            line: None,
            what: TodoWhat::Sector,
        });
    }
    copy_templates(prev, new)?;
    Ok(todos)
}

/// A commented skeleton with placeholders.
pub fn skeleton(new: &Path) -> Result<Vec<Todo>, InitError> {
    refuse_existing(new)?;
    let report_path = new.join(load::REPORT_FILE);
    let sector_path = new.join(load::SECTORS_DIR).join("01-linh-vuc.yaml");
    write(&report_path, SKELETON_REPORT)?;
    write(&sector_path, SKELETON_SECTOR)?;
    let mut todos = Vec::new();
    for (path, text) in [
        (&report_path, SKELETON_REPORT),
        (&sector_path, SKELETON_SECTOR),
    ] {
        // the places of the skeleton's placeholders, lines from the source map
        let source = crate::source::Source::new(path, text.to_string());
        let mut last_line = 0;
        for (at, _) in text.match_indices(PLACEHOLDER) {
            let line = source.position(at).line;
            if line == last_line || source.line(line).trim_start().starts_with('#') {
                continue;
            }
            last_line = line;
            let rest = &text[at + PLACEHOLDER.len()..];
            let what = rest.split(['»', '\n']).next().unwrap_or(rest).trim();
            todos.push(Todo {
                file: path.clone(),
                line: Some(line),
                what: TodoWhat::Fill {
                    text: what.to_string(),
                },
            });
        }
    }
    Ok(todos)
}

fn refuse_existing(new: &Path) -> Result<(), InitError> {
    if new.exists() {
        Err(InitError::Exists(new.to_path_buf()))
    } else {
        Ok(())
    }
}

/// The bytes of a whole scalar in its file.
fn range(text: &Text) -> Range<usize> {
    text.range()
}

/// Applies `(range, replacement, todo)` edits to `source`, recording a todo at the line
/// of each in the new text.
fn apply(
    source: &str,
    edits: &mut [(Range<usize>, String, TodoWhat)],
    file: &Path,
    todos: &mut Vec<Todo>,
) -> String {
    edits.sort_by_key(|(r, _, _)| r.start);
    let mut out = String::with_capacity(source.len());
    let mut at = 0;
    for (r, replacement, what) in edits.iter() {
        if r.start < at || r.end > source.len() {
            continue;
        }
        out.push_str(&source[at..r.start]);
        let line = crate::source::line_count(&out);
        out.push_str(replacement);
        // keep the comments of a one-line value where they were
        let old = &source[r.clone()];
        let (old_width, new_width) = (old.chars().count(), replacement.chars().count());
        if !old.contains('\n') && new_width < old_width && source[r.end..].starts_with("  ") {
            out.extend(std::iter::repeat_n(' ', old_width - new_width));
        }
        at = r.end;
        todos.push(Todo {
            file: file.to_path_buf(),
            line: Some(line),
            what: what.clone(),
        });
    }
    out.push_str(&source[at..]);
    out
}

/// A YAML double-quoted scalar.
pub fn quoted(s: &str) -> String {
    format!("\"{}\"", s.replace('\\', "\\\\").replace('"', "\\\""))
}

/// Whether a paragraph cites a document by number ("Công văn số 551/VPUBND-THVX").
fn cites_a_document(s: &str) -> bool {
    s.split("số ").skip(1).any(|rest| {
        let digits = rest.chars().take_while(char::is_ascii_digit).count();
        digits > 0 && rest[digits..].starts_with('/')
    })
}

/// The reporting period a summary names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Period {
    Month,
    Quarter,
    Year,
}

const QUARTERS: [&str; 4] = ["I", "II", "III", "IV"];

impl Period {
    /// The period a summary names, or else the one a folder name suggests (`2021-04`
    /// monthly, `…-q3` quarterly), or else a year.
    fn of(summary: &str, folder: &str) -> Period {
        let folder = folder.to_lowercase();
        let tail: Vec<char> = folder.chars().rev().take(3).collect();
        if summary.contains("quý ") {
            Period::Quarter
        } else if summary.contains("tháng ") {
            Period::Month
        } else if matches!(tail.as_slice(), [d, 'q', '-' | '_'] if d.is_ascii_digit()) {
            Period::Quarter
        } else if matches!(tail.as_slice(), [a, b, '-'] if a.is_ascii_digit() && b.is_ascii_digit())
        {
            Period::Month
        } else {
            Period::Year
        }
    }

    fn months(self) -> u32 {
        match self {
            Period::Month => 1,
            Period::Quarter => 3,
            Period::Year => 12,
        }
    }

    /// The same day one period later, clamped to the month's length.
    fn advance_date(self, d: Date) -> Date {
        let total = d.year as u32 * 12 + (d.month as u32 - 1) + self.months();
        let (year, month) = ((total / 12) as u16, (total % 12 + 1) as u8);
        let mut day = d.day;
        while day > 28 && parse_date(&format!("{year:04}-{month:02}-{day:02}")).is_none() {
            day -= 1;
        }
        Date { year, month, day }
    }

    /// "tháng 4 năm 2021" → "tháng 5 năm 2021", "quý IV năm 2024" → "quý I năm 2025",
    /// "năm 2024" → "năm 2025".
    fn advance_text(self, s: &str) -> String {
        let words: Vec<&str> = s.split(' ').collect();
        let mut out: Vec<String> = words.iter().map(|w| w.to_string()).collect();
        let year_at = |i: usize| {
            words
                .get(i + 2)
                .filter(|_| words.get(i + 1) == Some(&"năm"))
                .and_then(|y| y.parse::<u16>().ok())
        };
        for i in 0..words.len() {
            match (self, words[i]) {
                (Period::Month, "tháng") => {
                    if let (Some(m), Some(y)) = (
                        words.get(i + 1).and_then(|m| m.parse::<u8>().ok()),
                        year_at(i + 1),
                    ) {
                        let (m, y) = if m >= 12 { (1, y + 1) } else { (m + 1, y) };
                        out[i + 1] = m.to_string();
                        out[i + 3] = y.to_string();
                    }
                }
                (Period::Quarter, "quý") => {
                    let q = words
                        .get(i + 1)
                        .and_then(|q| QUARTERS.iter().position(|r| r == q));
                    if let (Some(q), Some(y)) = (q, year_at(i + 1)) {
                        let (q, y) = if q == 3 { (0, y + 1) } else { (q + 1, y) };
                        out[i + 1] = QUARTERS[q].to_string();
                        out[i + 3] = y.to_string();
                    }
                }
                (Period::Year, "năm") => {
                    if let Some(y) = words.get(i + 1).and_then(|y| y.parse::<u16>().ok()) {
                        out[i + 1] = (y + 1).to_string();
                    }
                }
                _ => {}
            }
        }
        out.join(" ")
    }
}

fn write(path: &Path, text: &str) -> Result<(), InitError> {
    let io = |e| InitError::Io(path.to_path_buf(), e);
    fs::create_dir_all(path.parent().unwrap_or(Path::new("."))).map_err(io)?;
    fs::write(path, text).map_err(|e| InitError::Io(path.to_path_buf(), e))
}

fn copy(from: &Path, to: &Path) -> Result<(), InitError> {
    let text = fs::read(from).map_err(|e| InitError::Io(from.to_path_buf(), e))?;
    fs::create_dir_all(to.parent().unwrap_or(Path::new(".")))
        .map_err(|e| InitError::Io(to.to_path_buf(), e))?;
    fs::write(to, text).map_err(|e| InitError::Io(to.to_path_buf(), e))
}

/// The data folder's own Markdown templates, if any, go along.
fn copy_templates(prev: &Path, new: &Path) -> Result<(), InitError> {
    let Ok(entries) = fs::read_dir(prev.join("templates")) else {
        return Ok(());
    };
    for entry in entries.flatten() {
        if entry.path().is_file() {
            copy(
                &entry.path(),
                &new.join("templates").join(entry.file_name()),
            )?;
        }
    }
    Ok(())
}

const SKELETON_REPORT: &str = r#"# yaml-language-server: $schema=../../schema/report.schema.json
# Báo cáo mới. Thay mọi chỗ «điền: …» bằng nội dung; `report check` báo lỗi nếu còn sót.
# Định dạng đầy đủ: docs/data-format.md.

agency:                            # cơ quan ban hành
  parent: null                     # cơ quan chủ quản trực tiếp, nếu có (chữ in hoa)
  name:                            # tên cơ quan ban hành, mỗi phần tử một dòng, chữ in hoa
    - "«điền: ỦY BAN NHÂN DÂN»"
    - "«điền: THÀNH PHỐ …»"
number: ""                         # số văn bản: để trống, điền khi văn thư cấp số
symbol: BC-UBND                    # ký hiệu: mã loại văn bản - mã cơ quan
place: "«điền: địa danh»"          # địa danh, ví dụ Sa Đéc
date: "«điền: năm-tháng-ngày»"     # ngày ban hành, ví dụ 2021-04-28
doc_type: BÁO CÁO                  # tên loại văn bản
summary: "«điền: trích yếu»"       # trích yếu nội dung
addressees:                        # kính gửi (bỏ cả khóa nếu không có)
  - "«điền: nơi nhận báo cáo»"
opening:                           # các đoạn mở đầu
  - "«điền: căn cứ văn bản yêu cầu báo cáo»"
numbering:                         # kiểu đánh số các cấp
  sections: "1."
  sectors: "*"
  models: "1)"
sections:                          # các mục của báo cáo
  - title: Đánh giá tình hình và kết quả thực hiện
    include: sectors
  - title: Những khó khăn, vướng mắc
    include: difficulties
  - title: Đề xuất và kiến nghị
    include: proposals
closing: "«điền: câu kết, ví dụ … báo cáo … biết để tổng hợp.»"   # "./." được thêm khi in
recipients:                        # nơi nhận, không gõ "- " đầu dòng và ";"/"." cuối dòng
  - Như trên
  - "Lưu: VT"
signer:                            # người ký
  authority:                       # quyền hạn ký: TM., KT., TL., TUQ., Q.
    - TM. ỦY BAN NHÂN DÂN
  title: CHỦ TỊCH                  # chức vụ
  name: "«điền: họ tên người ký»"  # họ tên
"#;

const SKELETON_SECTOR: &str = r#"# yaml-language-server: $schema=../../../schema/sector.schema.json
# Một lĩnh vực. Thêm tệp 02-…yaml, 03-…yaml cho các lĩnh vực khác.

title: "«điền: tiêu đề lĩnh vực, ví dụ Trong lĩnh vực kinh tế:»"
models:                            # các mô hình, công cụ tự đánh số
  - title: "«điền: tên mô hình»"   # tên mô hình (bỏ dòng này nếu số đứng đầu đoạn)
    body:                          # các đoạn; đoạn bắt đầu bằng "- " là gạch đầu dòng
      - "«điền: nội dung mô hình»"
difficulties:                      # khó khăn, vướng mắc
  - "«điền: khó khăn»"
proposals:                         # đề xuất, kiến nghị
  - "«điền: đề xuất»"
"#;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn periods_advance() {
        assert_eq!(
            Period::Month.advance_text("tình hình tháng 4 năm 2021"),
            "tình hình tháng 5 năm 2021"
        );
        assert_eq!(
            Period::Month.advance_text("tháng 12 năm 2021"),
            "tháng 1 năm 2022"
        );
        assert_eq!(
            Period::Quarter.advance_text("quý III năm 2024"),
            "quý IV năm 2024"
        );
        assert_eq!(
            Period::Quarter.advance_text("quý IV năm 2024"),
            "quý I năm 2025"
        );
        assert_eq!(
            Period::Year.advance_text("kết quả năm 2024"),
            "kết quả năm 2025"
        );
        let d = |year, month, day| Date { year, month, day };
        assert_eq!(Period::Month.advance_date(d(2021, 1, 31)), d(2021, 2, 28));
        assert_eq!(
            Period::Quarter.advance_date(d(2024, 11, 30)),
            d(2025, 2, 28)
        );
        assert_eq!(Period::Month.advance_date(d(2021, 12, 5)), d(2022, 1, 5));
    }

    #[test]
    fn periods_from_summary_or_folder() {
        assert_eq!(Period::of("Đánh giá mô hình", "2021-04"), Period::Month);
        assert_eq!(
            Period::of("Kết quả cải cách", "xa-tan-phu-dong-2024-q3"),
            Period::Quarter
        );
        assert_eq!(
            Period::of("Kết quả quý III năm 2024", "bao-cao"),
            Period::Quarter
        );
        assert_eq!(Period::of("Kết quả năm 2024", "bao-cao"), Period::Year);
    }

    #[test]
    fn citations() {
        assert!(cites_a_document(
            "Căn cứ Công văn số 551/VPUBND-THVX ngày 26"
        ));
        assert!(!cites_a_document(
            "Ủy ban nhân dân Thành phố báo cáo số liệu"
        ));
    }
}
