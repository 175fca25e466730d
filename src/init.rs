//! `report init`: the data folder of the next period. From a previous folder: the same
//! structure, agency, signer, recipients and sectors (their models as starting text), with
//! the period-specific values cleared or advanced, and the opening that cites this
//! period's request replaced by a placeholder that `report check` refuses until it is
//! filled in. Without a previous folder: a commented skeleton with placeholders. It never
//! writes into an existing folder.
//!
//! It copies only what the data format defines (report.yaml, the sector and appendix
//! files, the files tables take rows from, the `*.md` templates), from what the loader
//! and the templates reader read, confined to
//! the previous folder: a link out of it is refused, never followed. The new folder is
//! made beside its target under a hidden name and renamed into place when whole, so it
//! exists whole or not at all (a full disk midway leaves nothing to refuse the retry).

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
    /// There is no previous folder of that name.
    NoPrevious(PathBuf),
    Io(PathBuf, std::io::Error),
}

/// The folder of the next period, from `prev`.
pub fn from_previous(prev: &Path, new: &Path) -> Result<Vec<Todo>, InitError> {
    refuse_existing(new)?;
    if !prev.is_dir() {
        return Err(InitError::NoPrevious(prev.to_path_buf()));
    }
    let (loaded, diags) = load::load(prev);
    let Some(loaded) = loaded.filter(|_| !diags.has_errors()) else {
        return Err(InitError::Invalid(diags));
    };
    let templates = read_templates(prev)?;
    in_staging(new, |staging| {
        next_period(&loaded, prev, new, staging, &templates)
    })
}

/// Writes the next period's files into `staging`; the todos name them as in `new`.
fn next_period(
    loaded: &load::LoadedReport,
    prev: &Path,
    new: &Path,
    staging: &Path,
    templates: &[(String, String)],
) -> Result<Vec<Todo>, InitError> {
    let r = &loaded.report;
    let source = loaded.sources.get(loaded.report_file).text();
    let report_path = new.join(load::REPORT_FILE);
    let mut edits: Vec<(Range<usize>, String, TodoWhat)> = Vec::new();
    if let Some(number) = &r.number {
        edits.push((range(number), "\"\"".into(), TodoWhat::Number));
    }
    let period = Period::of(r.summary.value(), &crate::build::output_name(prev));
    // (past 9999 the date stays as it was, to be written by hand: no year 10000)
    let advanced = parse_date(r.date.value().trim()).map(|d| period.advance_date(d));
    if let Some(next) = advanced.filter(|d| d.year <= 9999) {
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
    let paragraphs = r.opening.iter().filter_map(|b| match b {
        load::files::BlockFile::Paragraph(t) => Some(t),
        load::files::BlockFile::Structured(..) => None,
    });
    for paragraph in paragraphs.filter(|t| cites_a_document(t.value())) {
        let text = format!(
            "{PLACEHOLDER} căn cứ văn bản yêu cầu báo cáo kỳ này; kỳ trước: {}»",
            paragraph.value()
        );
        edits.push((range(paragraph), quoted(&text), TodoWhat::Opening));
    }
    // the previous period, beside the new one: named for the comparisons of figures
    let sibling = previous_name(prev, new);
    match (&sibling, &r.previous) {
        (Some(name), Some(previous)) => edits.push((
            range(previous),
            quoted(&format!("../{name}")),
            TodoWhat::Previous,
        )),
        // not beside the folder it comes from: the old name would point nowhere
        (None, Some(previous)) => {
            edits.push((range(previous), "null".into(), TodoWhat::PreviousCleared))
        }
        _ => {}
    }
    let mut todos = Vec::new();
    let mut text = apply(source, &mut edits, &report_path, &mut todos);
    if let (Some(name), None) = (&sibling, &r.previous) {
        if !text.ends_with('\n') {
            text.push('\n');
        }
        text.push_str(&format!(
            "previous: \"../{name}\"   # kỳ báo cáo trước, để so sánh số liệu ({{change: ten}})\n"
        ));
        todos.push(Todo {
            file: report_path.clone(),
            line: Some(crate::source::line_count(&text) - 1),
            what: TodoWhat::Previous,
        });
    }
    write(&staging.join(load::REPORT_FILE), &text)?;
    for (id, _) in &loaded.sectors {
        // the text the loader read, inside the folder: no file is read twice
        let (path, text) = (loaded.sources.path(*id), loaded.sources.get(*id).text());
        let name = Path::new(load::SECTORS_DIR).join(path.file_name().unwrap_or_default());
        write(&staging.join(&name), text)?;
        todos.push(Todo {
            file: new.join(name),
            line: None,
            what: TodoWhat::Sector,
        });
    }
    for (id, _) in &loaded.appendices {
        let (path, text) = (loaded.sources.path(*id), loaded.sources.get(*id).text());
        let name = Path::new(load::APPENDICES_DIR).join(path.file_name().unwrap_or_default());
        write(&staging.join(&name), text)?;
        todos.push(Todo {
            file: new.join(name),
            line: None,
            what: TodoWhat::Appendix,
        });
    }
    for name in table_files(loaded) {
        // read as a build reads it: inside the previous folder, within the size limit
        let Ok(bytes) = load::read::read_inside(prev, &prev.join(&name)) else {
            continue;
        };
        let target = staging.join(&name);
        let io = |e| InitError::Io(target.clone(), e);
        fs::create_dir_all(target.parent().unwrap_or(Path::new("."))).map_err(io)?;
        fs::write(&target, bytes).map_err(|e| InitError::Io(target.clone(), e))?;
        todos.push(Todo {
            file: new.join(&name),
            line: None,
            what: TodoWhat::TableFile,
        });
    }
    for (name, text) in templates {
        write(&staging.join("templates").join(name), text)?;
    }
    Ok(todos)
}

/// The previous folder's name when it sits beside the new one (`../NAME` from it).
fn previous_name(prev: &Path, new: &Path) -> Option<String> {
    let parent = |p: &Path| {
        let abs = std::path::absolute(p).ok()?;
        abs.parent().map(Path::to_path_buf)
    };
    let name = std::path::absolute(prev)
        .ok()?
        .file_name()?
        .to_str()?
        .to_string();
    (parent(prev)? == parent(new)?).then_some(name)
}

/// The files the tables take their rows from (`rows_from.file`), relative to the data
/// folder, each once, in reading order; only those the loader may read
/// ([`load::tabular::data_file`]).
fn table_files(loaded: &load::LoadedReport) -> Vec<PathBuf> {
    let mut names: Vec<PathBuf> = Vec::new();
    loaded.each_table(&mut |_, table| {
        let name = table.rows_from.as_ref().map(|spec| spec.file.value());
        if let Some(name) = name.and_then(load::tabular::data_file)
            && !names.contains(&name)
        {
            names.push(name);
        }
    });
    names
}

/// The previous folder's own Markdown templates, if it has a `templates/`: read as a
/// build reads them, confined to the folder and within the same limits.
fn read_templates(prev: &Path) -> Result<Vec<(String, String)>, InitError> {
    let dir = prev.join("templates");
    if dir.symlink_metadata().is_err() {
        return Ok(Vec::new());
    }
    let folder = crate::render::templates::Folder {
        dir: &dir,
        root: prev,
    };
    crate::render::templates::read_overrides(folder).map_err(InitError::Invalid)
}

/// Makes the folder `new` whole or not at all: `make` fills a hidden folder beside it,
/// which is renamed into place when `make` succeeds and removed when it fails.
fn in_staging<T>(
    new: &Path,
    make: impl FnOnce(&Path) -> Result<T, InitError>,
) -> Result<T, InitError> {
    let io = |path: &Path| {
        let path = path.to_path_buf();
        move |e| InitError::Io(path, e)
    };
    let parent = match new.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    fs::create_dir_all(parent).map_err(io(parent))?;
    let name = new.file_name().unwrap_or_default().to_string_lossy();
    let mut n = 0;
    let staging = loop {
        let staging = parent.join(format!(".{name}.init-{}-{n}", std::process::id()));
        match fs::create_dir(&staging) {
            Ok(()) => break staging,
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => n += 1,
            Err(e) => return Err(io(&staging)(e)),
        }
    };
    let made = make(&staging).and_then(|value| {
        // made meanwhile by someone else: theirs stays
        refuse_existing(new)?;
        fs::rename(&staging, new).map_err(io(new))?;
        Ok(value)
    });
    if made.is_err() {
        let _ = fs::remove_dir_all(&staging);
    }
    made
}

/// A commented skeleton with placeholders.
pub fn skeleton(new: &Path) -> Result<Vec<Todo>, InitError> {
    refuse_existing(new)?;
    let report_path = new.join(load::REPORT_FILE);
    let sector_path = new.join(load::SECTORS_DIR).join("01-linh-vuc.yaml");
    in_staging(new, |staging| {
        write(&staging.join(load::REPORT_FILE), SKELETON_REPORT)?;
        let sector = Path::new(load::SECTORS_DIR).join("01-linh-vuc.yaml");
        write(&staging.join(sector), SKELETON_SECTOR)
    })?;
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
    if new.symlink_metadata().is_ok() {
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

const SKELETON_REPORT: &str = r#"# yaml-language-server: $schema=../../schema/report.schema.json
# Báo cáo mới. Thay mọi chỗ «điền: …» bằng nội dung; `report check` báo lỗi nếu còn sót.
# Định dạng đầy đủ: docs/data-format.md.

agency:                            # cơ quan ban hành
  parent: null                     # cơ quan chủ quản trực tiếp, nếu có (chữ in hoa)
  name:                            # tên cơ quan ban hành, mỗi phần tử một dòng, chữ in hoa
    - "«điền: ỦY BAN NHÂN DÂN»"
    - "«điền: XÃ …, PHƯỜNG … hoặc TỈNH …»"
number: ""                         # số văn bản: để trống, điền khi văn thư cấp số
symbol: BC-UBND                    # ký hiệu: mã loại văn bản - mã cơ quan
place: "«điền: địa danh»"          # địa danh nơi cơ quan đóng trụ sở, ví dụ Tân Phú Đông
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

#[cfg(test)]
mod staging_tests {
    use super::*;

    #[test]
    fn a_folder_that_fails_midway_is_not_left_half_made() {
        let tmp = tempfile::tempdir().unwrap();
        let new = tmp.path().join("2021-05");
        let failed = in_staging(&new, |staging| -> Result<(), InitError> {
            write(&staging.join("report.yaml"), "half")?;
            Err(InitError::Io(
                staging.join("sectors/01.yaml"),
                std::io::Error::other("No space left on device"),
            ))
        });
        assert!(matches!(failed, Err(InitError::Io(..))));
        assert_eq!(fs::read_dir(tmp.path()).unwrap().count(), 0, "nothing left");
        // so the retry is not refused
        in_staging(&new, |staging| write(&staging.join("report.yaml"), "whole")).unwrap();
        assert_eq!(
            fs::read_to_string(new.join("report.yaml")).unwrap(),
            "whole"
        );
        assert_eq!(fs::read_dir(tmp.path()).unwrap().count(), 1);
    }
}
