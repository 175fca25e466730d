//! Helpers: data folders written from inline YAML, running the binary, unzipping and
//! pretty-printing DOCX parts.

use std::collections::BTreeMap;
use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use quick_xml::events::Event;
use quick_xml::{Reader, Writer};
use report::document::*;
use report::model::CellAlign;

/// The repository root.
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// A valid minimal report.yaml; tests replace or add lines.
pub const REPORT: &str = r#"agency:
  name:
    - ỦY BAN NHÂN DÂN
    - THÀNH PHỐ THỬ
number: "07"
symbol: BC-UBND
place: Thử
date: 2024-03-05
doc_type: BÁO CÁO
summary: Tình hình thử nghiệm
sections:
  - title: Kết quả
    include: sectors
  - title: Khó khăn
    include: difficulties
closing: Trên đây là báo cáo.
recipients:
  - Như trên
  - "Lưu: VT"
signer:
  authority:
    - TM. ỦY BAN NHÂN DÂN
  title: CHỦ TỊCH
  name: Nguyễn Văn A
"#;

/// A valid minimal sector file.
pub const SECTOR: &str = r#"title: "Lĩnh vực thử:"
models:
  - body:
      - Mô hình một.
difficulties:
  - Khó khăn một.
"#;

/// A data folder in a temporary directory.
pub struct DataDir {
    pub tmp: tempfile::TempDir,
}

impl DataDir {
    /// `report.yaml` and the sector files `(name, text)`.
    pub fn new(report: &str, sectors: &[(&str, &str)]) -> DataDir {
        let tmp = tempfile::Builder::new()
            .prefix("report-test")
            .tempdir()
            .unwrap();
        let dir = tmp.path().join("data");
        fs::create_dir_all(dir.join("sectors")).unwrap();
        fs::write(dir.join("report.yaml"), report).unwrap();
        for (name, text) in sectors {
            fs::write(dir.join("sectors").join(name), text).unwrap();
        }
        DataDir { tmp }
    }

    pub fn path(&self) -> PathBuf {
        self.tmp.path().join("data")
    }

    pub fn out(&self) -> PathBuf {
        self.tmp.path().join("out")
    }
}

/// Runs the binary as an unprivileged user when the tests run as root, so that a
/// read-only folder is read-only for it too.
#[cfg(unix)]
pub fn run_unprivileged(cwd: &Path, args: &[&str]) -> std::process::Output {
    let root = fs::read_to_string("/proc/self/status")
        .map(|s| {
            s.lines()
                .any(|l| l.starts_with("Uid:") && l.split_whitespace().nth(1) == Some("0"))
        })
        .unwrap_or(false);
    let mut cmd = if root {
        // a copy the unprivileged user can reach, wherever the checkout lives
        let exe = cwd.join("report");
        fs::copy(env!("CARGO_BIN_EXE_report"), &exe).unwrap();
        set_mode(&exe, 0o755);
        let mut c = Command::new("setpriv");
        c.args(["--reuid=65534", "--regid=65534", "--clear-groups"])
            .arg(&exe);
        c
    } else {
        Command::new(env!("CARGO_BIN_EXE_report"))
    };
    cmd.args(args)
        .current_dir(cwd)
        .env("RUST_BACKTRACE", "0")
        .output()
        .unwrap()
}

#[cfg(unix)]
pub fn set_mode(path: &Path, mode: u32) {
    use std::os::unix::fs::PermissionsExt;
    fs::set_permissions(path, fs::Permissions::from_mode(mode)).unwrap();
}

/// Runs the `report` binary with `args` in `cwd`.
pub fn run(cwd: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_report"))
        .args(args)
        .current_dir(cwd)
        .env("RUST_BACKTRACE", "0")
        .env_remove("REPORT_LANG")
        .output()
        .unwrap()
}

pub fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

pub fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// The document of a data folder, which must be valid.
pub fn document(dir: &Path) -> report::document::Document {
    let (doc, diags) = report::build::prepare(dir);
    let short = report::diagnostic::render::Format::Short;
    let messages = report::diagnostic::render::render(&diags, short, report::messages::Lang::Vi);
    doc.unwrap_or_else(|| panic!("{dir:?} should be valid:\n{messages}"))
}

/// The diagnostics `prepare` gives for a data folder, one short line each (Vietnamese),
/// with the folder's path written `DATA`.
pub fn diagnostics(dir: &Path) -> Vec<String> {
    let (_, diags) = report::build::prepare(dir);
    let base = dir.to_string_lossy().into_owned();
    let short = report::diagnostic::render::Format::Short;
    report::diagnostic::render::render(&diags, short, report::messages::Lang::Vi)
        .lines()
        .map(|l| l.replace(&base, "DATA"))
        .collect()
}

/// Every part of a DOCX package, by name.
pub fn unzip(bytes: &[u8]) -> BTreeMap<String, String> {
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
    let mut parts = BTreeMap::new();
    for i in 0..zip.len() {
        let mut f = zip.by_index(i).unwrap();
        let mut s = String::new();
        f.read_to_string(&mut s).unwrap();
        parts.insert(f.name().unwrap().to_string(), s);
    }
    parts
}

/// An XML part re-indented, one element per line, for snapshots and diffs.
pub fn pretty_xml(xml: &str) -> String {
    let mut reader = Reader::from_str(xml);
    let mut writer = Writer::new_with_indent(Vec::new(), b' ', 2);
    loop {
        match reader.read_event().unwrap() {
            Event::Eof => break,
            e => writer.write_event(e).unwrap(),
        }
    }
    String::from_utf8(writer.into_inner()).unwrap()
}

/// Checks that `xml` is well-formed, returning the first error.
pub fn well_formed(xml: &str) -> Result<(), String> {
    let mut reader = Reader::from_str(xml);
    let mut depth = 0i32;
    loop {
        match reader.read_event() {
            Ok(Event::Eof) => break,
            Ok(Event::Start(_)) => depth += 1,
            Ok(Event::End(_)) => depth -= 1,
            Ok(_) => {}
            Err(e) => return Err(e.to_string()),
        }
    }
    if depth != 0 {
        return Err(format!("unbalanced elements ({depth})"));
    }
    Ok(())
}

/// A document whose every text field holds `text` (for hostile-text tests): headings,
/// a paragraph with a footnote reference, an item, the footnote, header and closing.
pub fn document_with(text: &str) -> Document {
    let span = |t: &str, b: bool| Span::Text {
        text: t.into(),
        bold: b,
        italic: !b,
    };
    Document {
        header: Header {
            parent_agency: vec![text.into(), text.into()],
            agency: vec![text.into()],
            number: text.into(),
            national_title: text.into(),
            motto: text.into(),
            place_date: text.into(),
        },
        title: Title {
            doc_type: text.into(),
            summary: text.into(),
        },
        addressees: vec![text.into(), text.into()],
        body: vec![
            Block::Paragraph(Paragraph {
                role: Role::SectorHeading,
                marker: Some(text.into()),
                spans: vec![span(text, true)],
            }),
            Block::Paragraph(Paragraph {
                role: Role::Paragraph,
                marker: None,
                spans: vec![span(text, false), Span::FootnoteRef { number: 1 }],
            }),
            Block::Paragraph(Paragraph {
                role: Role::Item,
                marker: Some("-".into()),
                spans: vec![span(text, false)],
            }),
            Block::Table(Box::new(hostile_table(text, false))),
            Block::Table(Box::new(hostile_table(text, true))),
        ],
        appendices: vec![Appendix {
            heading: "Phụ lục I".into(),
            title: Some(text.into()),
            reference: text.into(),
            landscape: true,
            body: vec![
                Block::Paragraph(Paragraph {
                    role: Role::Paragraph,
                    marker: None,
                    spans: vec![span(text, false)],
                }),
                Block::Table(Box::new(hostile_table(text, true))),
            ],
        }],
        footnotes: vec![Footnote {
            number: 1,
            spans: vec![span(text, false)],
        }],
        closing: Closing {
            recipients: vec![text.into()],
            signer_lines: vec![text.into()],
            signer_name: text.into(),
        },
        date: IsoDate {
            year: 2021,
            month: 4,
            day: 28,
        },
        page: PageSetup::default(),
        marks: Default::default(),
        metadata: Default::default(),
        words: Default::default(),
        created: text.into(),
    }
}

/// A table whose every text is `text`: one header row and two body rows; `merged` adds
/// a cell spanning two columns and one merged down two rows (an HTML table in Markdown).
pub fn hostile_table(text: &str, merged: bool) -> Table {
    // a merge given as the rows a cell covers (0: the continuation of one from above);
    // the middle column's text is plain (a file's cell), the others' spans
    let cell = |column, span, rows, bold| TableCell {
        column,
        span,
        rows,
        align: CellAlign::Right,
        bold,
        content: if rows == 0 {
            CellContent::Empty
        } else if column == 1 {
            CellContent::Plain(text.into())
        } else {
            CellContent::Spans(
                vec![Span::Text {
                    text: text.into(),
                    bold,
                    italic: false,
                }]
                .into(),
            )
        },
    };
    let rows = if merged {
        vec![
            vec![cell(0, 2, 1, true), cell(2, 1, 1, true)],
            vec![
                cell(0, 1, 2, false),
                cell(1, 1, 1, false),
                cell(2, 1, 1, false),
            ],
            vec![
                cell(0, 1, 0, false),
                cell(1, 1, 1, false),
                cell(2, 1, 1, false),
            ],
        ]
    } else {
        (0..3)
            .map(|r| (0..3).map(|c| cell(c, 1, 1, r == 0)).collect())
            .collect()
    };
    Table {
        title: Some(vec![Span::Text {
            text: text.into(),
            bold: true,
            italic: false,
        }]),
        unit: Some(vec![Span::Text {
            text: text.into(),
            bold: false,
            italic: true,
        }]),
        widths: vec![1.0, 2.0, 3.0],
        header_rows: 1,
        rows,
    }
}

/// The text of spans, footnote references as `[n]`.
pub fn texts(spans: &[Span]) -> String {
    spans
        .iter()
        .map(|s| match s {
            Span::Text { text, .. } => text.clone(),
            Span::FootnoteRef { number } => format!("[{number}]"),
        })
        .collect()
}

/// A copy of the folder `from`, files and sub-folders, at `to`.
pub fn copy_dir(from: &Path, to: &Path) {
    fs::create_dir_all(to).unwrap();
    for entry in fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            fs::copy(entry.path(), &target).unwrap();
        }
    }
}

/// The rows of the document's first table, each its cells' texts joined by `|`.
pub fn first_table_rows(doc: &Document) -> Vec<String> {
    tables_rows(doc).into_iter().next().expect("a table")
}

/// The rows of each table of the document's body, each its cells' texts joined by `|`.
pub fn tables_rows(doc: &Document) -> Vec<Vec<String>> {
    doc.body
        .iter()
        .filter_map(|b| match b {
            Block::Table(t) => Some(t),
            _ => None,
        })
        .map(|table| {
            table
                .rows
                .iter()
                .map(|r| {
                    r.iter()
                        .map(|c| texts(&c.spans()))
                        .collect::<Vec<_>>()
                        .join("|")
                })
                .collect()
        })
        .collect()
}
