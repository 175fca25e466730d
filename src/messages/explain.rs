//! The long explanation of every diagnostic code, for `report explain CODE` (as `rustc
//! --explain` does) and for the guide's page of errors, `docs/vi/ma-loi.md`, which is made
//! from here ([`page`]; a test in `tests/suite/explain.rs` holds the file to it) so that
//! the two cannot drift apart.
//!
//! Each code is a variant of [`Code`]. What a code means is one `match` per language
//! ([`vi`], [`en`]), so that a code without its explanation in either language does not
//! compile; its example (files that give the code, and the same files fixed) is one more
//! `match`, shared by the languages, since data and commands read the same in both. The
//! tests at the end hold [`Code::ALL`] to the codes the catalogue can produce, both ways:
//! the codes of a sample of every message, and the codes written in the catalogue's
//! entries.

use super::Lang;

macro_rules! codes {
    ($($name:ident = $code:literal,)+) => {
        /// A code a diagnostic can carry (`E-…` an error, `W-…` a warning).
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum Code {
            $($name,)+
        }

        impl Code {
            /// Every code, in the order of the guide's page: folders and files, YAML, keys,
            /// text, footnotes, the report's parts, the document's fields (Decree 30/2020),
            /// layout, marks, style, tables, the files of tables, appendices, figures,
            /// earlier periods, templates, outputs, PDF.
            pub const ALL: &'static [Code] = &[$(Code::$name,)+];

            /// The code as diagnostics print it, e.g. `E-blank`.
            pub fn as_str(self) -> &'static str {
                match self {
                    $(Code::$name => $code,)+
                }
            }
        }
    };
}

codes! {
    DataDir = "E-data-dir",
    Read = "E-read",
    Utf8 = "E-utf8",
    FileTooLarge = "E-file-too-large",
    OutsideFolder = "E-outside-folder",
    SectorsDir = "E-sectors-dir",
    SectorFile = "E-sector-file",
    NoSectors = "E-no-sectors",
    TooManySectors = "E-too-many-sectors",
    AppendixFile = "E-appendix-file",
    TooManyAppendices = "E-too-many-appendices",
    YamlTab = "E-yaml-tab",
    YamlIndent = "E-yaml-indent",
    YamlQuote = "E-yaml-quote",
    YamlAfterQuote = "E-yaml-after-quote",
    YamlBracket = "E-yaml-bracket",
    YamlColon = "E-yaml-colon",
    YamlDash = "E-yaml-dash",
    YamlNoColon = "E-yaml-no-colon",
    YamlReserved = "E-yaml-reserved",
    YamlDocuments = "E-yaml-documents",
    NotMapping = "E-not-mapping",
    YamlSyntax = "E-yaml-syntax",
    YamlLimit = "E-yaml-limit",
    UnknownKey = "E-unknown-key",
    MissingKey = "E-missing-key",
    WrongType = "E-wrong-type",
    DuplicateKey = "E-duplicate-key",
    Nfc = "W-nfc",
    ControlChar = "E-control-char",
    LegacyEncoding = "E-legacy-encoding",
    Markup = "E-markup",
    Blank = "E-blank",
    Placeholder = "E-placeholder",
    FootnoteUndefined = "E-footnote-undefined",
    FootnoteUnused = "E-footnote-unused",
    FootnoteTwice = "E-footnote-twice",
    FootnoteReused = "E-footnote-reused",
    FootnoteNested = "E-footnote-nested",
    FootnoteKey = "E-footnote-key",
    EmptySector = "E-empty-sector",
    EmptyModel = "E-empty-model",
    Block = "E-block",
    EmptyList = "E-empty-list",
    Include = "E-include",
    Numbering = "E-numbering",
    Date = "E-date",
    Period = "E-period",
    Number = "E-number",
    Symbol = "E-symbol",
    SymbolType = "W-symbol-type",
    Authority = "E-authority",
    RecipientsEmpty = "E-recipients-empty",
    RecipientsArchive = "E-recipients-archive",
    RecipientsNhuTren = "W-recipients-nhu-tren",
    Layout = "E-layout",
    LandscapeBody = "E-landscape-body",
    MarkUrgency = "E-mark-urgency",
    MarkCirculation = "E-mark-circulation",
    MarkTypist = "E-mark-typist",
    MarkDraft = "E-mark-draft",
    DraftNumbered = "E-draft-numbered",
    ElectronicNumbered = "E-electronic-numbered",
    ZeroPadding = "W-zero-padding",
    Capitalisation = "W-capitalisation",
    Ellipsis = "W-ellipsis",
    TableColumns = "E-table-columns",
    TableRows = "E-table-rows",
    TableRow = "E-table-row",
    TableMerge = "E-table-merge",
    TableSpan = "E-table-span",
    TableNumber = "E-table-number",
    NumberAmbiguous = "W-number-ambiguous",
    TableColumn = "E-table-column",
    TableTotal = "E-table-total",
    TableOverflow = "E-table-overflow",
    TablePercent = "W-table-percent",
    RowsFrom = "E-rows-from",
    Csv = "E-csv",
    Xlsx = "E-xlsx",
    XlsxSheet = "E-xlsx-sheet",
    XlsxRange = "E-xlsx-range",
    XlsxFormula = "E-xlsx-formula",
    XlsxCellError = "E-xlsx-cell-error",
    FileLimit = "E-file-limit",
    AppendixRef = "E-appendix-ref",
    AppendixUnused = "W-appendix-unused",
    Orientation = "E-orientation",
    FigureUndefined = "E-figure-undefined",
    FigureUnused = "W-figure-unused",
    FigureTwice = "E-figure-twice",
    FigureName = "E-figure-name",
    Figure = "E-figure",
    FigureCycle = "E-figure-cycle",
    FigureZero = "E-figure-zero",
    FigureOverflow = "E-figure-overflow",
    FigureDecimals = "E-figure-decimals",
    TableFigure = "E-table-figure",
    Ratio = "W-ratio",
    Parts = "W-parts",
    Separators = "W-separators",
    Previous = "E-previous",
    PreviousErrors = "E-previous-errors",
    FigureChange = "E-figure-change",
    SectorUnchanged = "W-sector-unchanged",
    TemplatesDir = "E-templates-dir",
    Template = "E-template",
    TemplateBudget = "E-template-budget",
    Output = "E-output",
    Write = "E-write",
    OutInsideData = "E-out-inside-data",
    PdfNoOffice = "E-pdf-no-office",
    Pdf = "E-pdf",
    PdfTimeout = "E-pdf-timeout",
}

/// The long explanation of a code, in one language.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Entry {
    pub code: Code,
    /// One line: what is wrong (the heading of the code's section).
    pub title: &'static str,
    /// The rule and why it is there, citing Decree 30/2020/NĐ-CP where the code enforces it.
    pub explanation: &'static str,
    /// What to change.
    pub fix: &'static str,
    /// Files (or commands) that give the code.
    pub example: &'static [Snippet],
    /// The same, fixed.
    pub fixed: &'static [Snippet],
}

/// A file of an example, or commands typed in a terminal.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Snippet {
    path: &'static str,
    /// The text, after a line break that lets it start on a line of its own in the source.
    text: &'static str,
}

impl Snippet {
    /// Where the text goes: a path in the data folder (`report.yaml`, of which only the keys
    /// that matter are shown; `sectors/01-kinh-te.yaml`; `../2021-03/report.yaml` in the
    /// folder of the earlier period beside it), or `$` for commands typed in a terminal.
    pub fn path(&self) -> &'static str {
        self.path
    }

    pub fn text(&self) -> &'static str {
        self.text.strip_prefix('\n').unwrap_or(self.text)
    }

    /// Commands typed in a terminal (and what they print), not a file.
    pub fn is_commands(&self) -> bool {
        self.path == "$"
    }

    /// A workbook shown as its sheets: `[name]`, then one row per line, cells separated
    /// by `|`.
    pub fn is_workbook(&self) -> bool {
        self.path.ends_with(".xlsx") && self.text().starts_with('[')
    }

    /// The language of the snippet's fenced block in Markdown.
    fn fence(&self) -> &'static str {
        if self.is_commands() {
            "console"
        } else if self.path.ends_with(".yaml") || self.path.ends_with(".yml") {
            "yaml"
        } else if self.path.ends_with(".csv") {
            "csv"
        } else {
            "text"
        }
    }
}

/// What one language says of a code.
struct Words {
    title: &'static str,
    explanation: &'static str,
    fix: &'static str,
}

/// The files (or commands) that give a code, and the same fixed.
struct Case {
    before: &'static [Snippet],
    after: &'static [Snippet],
}

impl Code {
    /// The code's explanation in `lang`.
    pub fn entry(self, lang: Lang) -> Entry {
        let words = match lang {
            Lang::Vi => vi(self),
            Lang::En => en(self),
        };
        let case = example(self);
        Entry {
            code: self,
            title: words.title,
            explanation: words.explanation,
            fix: words.fix,
            example: case.before,
            fixed: case.after,
        }
    }

    /// A warning (`W-…`): the report is still built.
    pub fn is_warning(self) -> bool {
        self.as_str().starts_with("W-")
    }

    /// How bad a problem of this code is.
    pub fn severity(self) -> super::Severity {
        if self.is_warning() {
            super::Severity::Warning
        } else {
            super::Severity::Error
        }
    }

    /// The code a clerk typed: in any case (`e-blank`), copied with its severity
    /// (`lỗi[E-blank]`), or without its `E-` / `W-` when that leaves one code (`blank`).
    pub fn parse(typed: &str) -> Option<Code> {
        let typed = bare(typed);
        if let Some(code) = Code::ALL
            .iter()
            .find(|c| c.as_str().eq_ignore_ascii_case(typed))
        {
            return Some(*code);
        }
        let mut named = Code::ALL
            .iter()
            .filter(|c| c.as_str()[2..].eq_ignore_ascii_case(typed));
        match (named.next(), named.next()) {
            (Some(code), None) => Some(*code),
            _ => None,
        }
    }

    /// The codes closest to one typed that is none, nearest first, at most five: those
    /// spelt nearly so, those whose name holds what was typed, and those whose name
    /// starts nearly so (`E-tabel`: the `E-table-…` codes).
    pub fn close_to(typed: &str) -> Vec<Code> {
        use strsim::normalized_damerau_levenshtein as near;
        let typed = bare(typed).to_lowercase();
        let name = typed
            .strip_prefix("e-")
            .or_else(|| typed.strip_prefix("w-"))
            .unwrap_or(&typed);
        let length = name.chars().count();
        let mut scored: Vec<(f64, Code)> = Code::ALL
            .iter()
            .map(|&code| {
                let full = code.as_str().to_ascii_lowercase();
                let own = &full[2..];
                let mut score = near(&typed, &full).max(near(name, own));
                if length >= 3 && own.contains(name) {
                    score = score.max(0.75);
                }
                if length >= 4 && own.len() > length {
                    score = score.max(near(name, &own[..length]) - 0.1);
                }
                (score, code)
            })
            .filter(|(score, _)| *score >= 0.6)
            .collect();
        scored.sort_by(|a, b| b.0.total_cmp(&a.0));
        scored.into_iter().take(5).map(|(_, code)| code).collect()
    }
}

/// What was typed, without the spaces around it and the severity a diagnostic prints
/// before it (`lỗi[E-blank]` → `E-blank`).
fn bare(typed: &str) -> &str {
    let typed = typed.trim();
    let typed = typed.rsplit_once('[').map_or(typed, |(_, code)| code);
    typed.trim_end_matches(']').trim()
}

/// The words around the explanations, in the language of the run.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Say<'a> {
    /// The heading of the page of errors.
    PageTitle,
    /// What the page is, under its heading.
    PageIntro,
    /// The heads of the page's table of codes.
    CodeHeading,
    TitleHeading,
    /// What a code's severity does to the build.
    Severity(Code),
    /// The head of an example.
    Example,
    /// The head of the fix.
    Fix,
    /// Before a snippet: the file it is in, or that it is typed in a terminal.
    Place(&'a Snippet),
    /// `report explain` without a code: the line above the list.
    ListHeading,
    /// After an explanation: how to see every code.
    SeeAll,
    /// A code that is none: what was typed, and the codes close to it.
    Unknown {
        typed: &'a str,
        close: &'a [Code],
    },
}

impl Say<'_> {
    pub fn text(&self, lang: Lang) -> String {
        use Say::*;
        let close = |close: &[Code]| {
            close
                .iter()
                .map(|c| c.as_str())
                .collect::<Vec<_>>()
                .join(", ")
        };
        match (self, lang) {
            (PageTitle, Lang::Vi) => "Danh mục mã lỗi".into(),
            (PageTitle, Lang::En) => "Error codes".into(),
            (PageIntro, Lang::Vi) => "Mỗi lỗi và cảnh báo mà `report check` và `report build` in ra có một mã, ví dụ `lỗi[E-blank]`. Trang này giải thích từng mã: quy định là gì và vì sao, một ví dụ gây ra nó, và cách sửa. Trên máy, lệnh `report explain MÃ` in đúng phần giải thích đó (ví dụ `report explain E-blank`; thêm `--lang en` để đọc bằng tiếng Anh), và `report explain` in danh sách mọi mã.\n\nMã bắt đầu bằng `E-` là **lỗi**: báo cáo không được dựng cho đến khi sửa xong. Mã bắt đầu bằng `W-` là **cảnh báo**: báo cáo vẫn được dựng, nhưng nên xem lại (với `--deny-warnings`, cảnh báo cũng làm dừng việc dựng).".into(),
            (PageIntro, Lang::En) => "Every error and warning that `report check` and `report build` print has a code, e.g. `error[E-blank]`. This page explains each code: what the rule is and why, an example that gives it, and the fix. On the machine, `report explain CODE` prints the same explanation (e.g. `report explain E-blank`; add `--lang en` for English), and `report explain` lists every code.\n\nA code that starts with `E-` is an **error**: the report is not built until it is fixed. A code that starts with `W-` is a **warning**: the report is built, but the place deserves a look (with `--deny-warnings`, warnings stop the build too).".into(),
            (CodeHeading, Lang::Vi) => "Mã".into(),
            (CodeHeading, Lang::En) => "Code".into(),
            (TitleHeading, Lang::Vi) => "Nội dung".into(),
            (TitleHeading, Lang::En) => "What".into(),
            (Severity(code), Lang::Vi) if code.is_warning() => {
                "Cảnh báo: báo cáo vẫn được dựng (trừ khi có `--deny-warnings`), nhưng nên xem lại.".into()
            }
            (Severity(_), Lang::Vi) => "Lỗi: báo cáo không được dựng cho đến khi sửa xong.".into(),
            (Severity(code), Lang::En) if code.is_warning() => {
                "Warning: the report is still built (unless `--deny-warnings`), but the place deserves a look.".into()
            }
            (Severity(_), Lang::En) => "Error: the report is not built until it is fixed.".into(),
            (Example, Lang::Vi) => "Ví dụ".into(),
            (Example, Lang::En) => "Example".into(),
            (Fix, Lang::Vi) => "Cách sửa".into(),
            (Fix, Lang::En) => "Fix".into(),
            (Place(s), Lang::Vi) if s.is_commands() => "Các lệnh gõ trong cửa sổ dòng lệnh, và những gì chúng in ra:".into(),
            (Place(s), Lang::Vi) if s.is_workbook() => format!("Bảng tính `{}` (mỗi hàng một dòng, các ô ngăn bằng `|`, tên trang tính trong `[ ]`):", s.path),
            (Place(s), Lang::Vi) => format!("Tệp `{}`:", s.path),
            (Place(s), Lang::En) if s.is_commands() => "Commands typed in a terminal, and what they print:".into(),
            (Place(s), Lang::En) if s.is_workbook() => format!("Workbook `{}` (one row per line, cells separated by `|`, the sheet's name in `[ ]`):", s.path),
            (Place(s), Lang::En) => format!("File `{}`:", s.path),
            (ListHeading, Lang::Vi) => "Các mã lỗi (E-: lỗi, W-: cảnh báo). Xem giải thích một mã: report explain MÃ".into(),
            (ListHeading, Lang::En) => "The codes (E-: error, W-: warning). For one code's explanation: report explain CODE".into(),
            (SeeAll, Lang::Vi) => "Danh sách mọi mã: report explain".into(),
            (SeeAll, Lang::En) => "Every code: report explain".into(),
            (Unknown { typed, close: [] }, Lang::Vi) => {
                format!("không có mã `{typed}`; xem danh sách mọi mã: report explain")
            }
            (Unknown { typed, close: c }, Lang::Vi) => format!(
                "không có mã `{typed}`; các mã gần giống: {}; xem danh sách mọi mã: report explain",
                close(c)
            ),
            (Unknown { typed, close: [] }, Lang::En) => {
                format!("there is no code `{typed}`; every code: report explain")
            }
            (Unknown { typed, close: c }, Lang::En) => format!(
                "there is no code `{typed}`; close ones: {}; every code: report explain",
                close(c)
            ),
        }
    }
}

/// The guide's page of errors (`docs/vi/ma-loi.md`), in Vietnamese: every code with its
/// explanation, example and fix.
pub fn page() -> String {
    let lang = Lang::Vi;
    let mut out = format!(
        "# {}\n\n<!-- Trang này được tạo từ src/messages/explain.rs; đừng sửa tay. Sửa ở đó rồi chạy:\n     UPDATE_EXPECT=1 cargo test --test main -- suite::explain -->\n\n{}\n\n| {} | {} |\n|---|---|\n",
        Say::PageTitle.text(lang),
        Say::PageIntro.text(lang),
        Say::CodeHeading.text(lang),
        Say::TitleHeading.text(lang),
    );
    for code in Code::ALL {
        let entry = code.entry(lang);
        out.push_str(&format!("| `{}` | {} |\n", code.as_str(), entry.title));
    }
    for code in Code::ALL {
        let entry = code.entry(lang);
        out.push_str(&format!(
            "\n## {} — {}\n\n*{}*\n\n{}\n\n**{}:**\n",
            code.as_str(),
            entry.title,
            Say::Severity(*code).text(lang),
            entry.explanation,
            Say::Example.text(lang),
        ));
        snippets(&mut out, entry.example, lang);
        out.push_str(&format!("\n**{}:** {}\n", Say::Fix.text(lang), entry.fix));
        snippets(&mut out, entry.fixed, lang);
    }
    out
}

/// Each snippet after its place, in a fenced block.
fn snippets(out: &mut String, snippets: &[Snippet], lang: Lang) {
    for s in snippets {
        out.push_str(&format!(
            "\n{}\n\n```{}\n{}```\n",
            Say::Place(s).text(lang),
            s.fence(),
            s.text()
        ));
    }
}

/// What each code means, in Vietnamese.
fn vi(code: Code) -> Words {
    use Code::*;
    match code {
        DataDir => Words {
            title: "Không có thư mục dữ liệu",
            explanation: "Các lệnh `report check`, `report build`, `report figures` và `report init --from` cần đường dẫn tới một thư mục dữ liệu có sẵn, tức thư mục chứa report.yaml và thư mục sectors/. Đường dẫn đã ghi không dẫn tới thư mục nào: thường do gõ sai tên (thiếu số 0 của tháng, nhầm dấu gạch), hoặc do chạy lệnh ở một thư mục khác với thư mục chứa data/.",
            fix: "Kiểm tra lại tên thư mục (lệnh `ls data` liệt kê các thư mục đang có), hoặc chuyển đến đúng thư mục rồi chạy lại lệnh.",
        },
        Read => Words {
            title: "Không đọc được tệp",
            explanation: "Thư mục dữ liệu mở được, nhưng một tệp (hoặc thư mục) trong đó không đọc được. Thông báo nói lý do theo lời của hệ thống: không có quyền đọc, tệp đang bị chương trình khác khóa, ổ mạng đã ngắt kết nối, hoặc các liên kết tượng trưng (symlink) trỏ vòng vào nhau. Tệp không đọc được thì không kiểm tra được, nên báo cáo không được dựng.",
            fix: "Cấp quyền đọc cho tệp (trên Windows: nhấp chuột phải, Properties, Security), đóng chương trình đang giữ tệp, hoặc chép tệp về máy, rồi chạy lại.",
        },
        Utf8 => Words {
            title: "Tệp không phải văn bản UTF-8",
            explanation: "Mọi tệp dữ liệu phải được lưu bằng bảng mã Unicode UTF-8. Nghị định 30/2020/NĐ-CP yêu cầu văn bản dùng bộ mã ký tự Unicode theo TCVN 6909:2001 (Phụ lục I, Phần I, mục I.4), và UTF-8 là cách lưu bộ mã đó mà mọi trình soạn thảo hiện nay dùng. Tệp này chứa những byte không phải UTF-8: thường do được lưu từ một chương trình cũ bằng bảng mã Windows-1258 hay ANSI, hoặc do chép nhầm một tệp Word (.doc, .docx) vào chỗ của tệp .yaml. Công cụ không đoán bảng mã, vì đoán sai sẽ làm sai chữ trong văn bản.",
            fix: "Mở tệp bằng Notepad (hoặc Notepad++, VS Code), chọn Save As (Lưu thành), chọn bảng mã (Encoding) UTF-8, lưu lại rồi chạy lại.",
        },
        FileTooLarge => Words {
            title: "Tệp quá lớn",
            explanation: "Mỗi tệp dữ liệu được đọc tối đa 4 MiB, và tất cả các tệp của một thư mục dữ liệu cộng lại tối đa 64 MiB. Cả bản báo cáo mẫu data/2021-04 chỉ khoảng 24 KB, nên một tệp lớn hơn giới hạn gần như chắc chắn là do dán nhầm (một bảng số liệu rất dài, một tệp ảnh hay tệp nén đổi tên thành .yaml). Giới hạn này giữ cho máy không bị treo khi gặp tệp như vậy.",
            fix: "Kiểm tra xem có dán nhầm dữ liệu không. Nếu nội dung thật sự dài, tách lĩnh vực thành nhiều tệp, và đưa bảng số liệu lớn ra tệp CSV hoặc XLSX riêng (`rows_from`).",
        },
        OutsideFolder => Words {
            title: "Liên kết trỏ ra ngoài thư mục dữ liệu",
            explanation: "Một tệp hoặc thư mục trong thư mục dữ liệu (hoặc trong thư mục mẫu) là một liên kết tượng trưng (symlink) trỏ tới chỗ khác trên đĩa. Công cụ chỉ đọc những gì nằm trong thư mục dữ liệu, để báo cáo gửi đi không lẫn tệp của nơi khác, và để một thư mục dữ liệu nhận từ người khác không đọc được các tệp khác của máy.",
            fix: "Chép hẳn tệp vào thư mục dữ liệu, thay cho liên kết.",
        },
        SectorsDir => Words {
            title: "Không có thư mục sectors/",
            explanation: "Nội dung của báo cáo nằm trong thư mục sectors/ của thư mục dữ liệu, mỗi lĩnh vực (phòng, ban) một tệp .yaml, đọc theo thứ tự tên tệp. Thư mục dữ liệu này không có sectors/ (hoặc sectors là một tệp), nên báo cáo không có phần nội dung. Thư mục sectors/ có mà không đọc được thì báo lỗi `E-read`.",
            fix: "Tạo thư mục sectors/ cạnh report.yaml và đặt vào đó các tệp lĩnh vực, ví dụ sectors/01-kinh-te.yaml. Lệnh `report init` tạo sẵn khung thư mục này.",
        },
        SectorFile => Words {
            title: "Tệp trong sectors/ không phải tệp YAML",
            explanation: "Mọi tệp trong sectors/ đều được coi là một lĩnh vực của báo cáo, nên ở đó chỉ được có tệp .yaml (hoặc .yml). Một tệp khác (ghi chú .txt, bản Word, thư mục con) có thể là nội dung quên chưa chép vào, nên công cụ báo lỗi thay vì lặng lẽ bỏ qua. Tệp ẩn (tên bắt đầu bằng dấu chấm) thì được bỏ qua.",
            fix: "Chuyển tệp đó ra khỏi sectors/ (ví dụ ra thư mục dữ liệu), hoặc chép nội dung của nó vào một tệp .yaml.",
        },
        NoSectors => Words {
            title: "Thư mục sectors/ không có tệp lĩnh vực nào",
            explanation: "Thư mục sectors/ có, nhưng không có tệp .yaml nào (tệp ẩn như .gitkeep không tính), nên báo cáo không có phần nội dung.",
            fix: "Thêm ít nhất một tệp lĩnh vực, ví dụ sectors/01-kinh-te.yaml với `title:` và nội dung.",
        },
        TooManySectors => Words {
            title: "Quá nhiều tệp trong sectors/",
            explanation: "Thư mục sectors/ được đọc tối đa 500 tệp. Một báo cáo của Ủy ban nhân dân có vài chục lĩnh vực đã là dài; vài trăm tệp thường là do chép nhầm cả một thư mục khác vào sectors/. Giới hạn này giữ cho công cụ không đọc tràn lan.",
            fix: "Xóa những gì chép nhầm vào sectors/, hoặc gộp các lĩnh vực nhỏ vào một tệp.",
        },
        AppendixFile => Words {
            title: "Tệp trong appendices/ không phải tệp YAML",
            explanation: "Mỗi tệp trong thư mục appendices/ là một phụ lục của báo cáo (Phụ lục I, II, … theo thứ tự tên tệp), nên ở đó chỉ được có tệp .yaml (hoặc .yml). Một tệp khác có thể là phụ lục quên chưa viết thành YAML, nên công cụ báo lỗi thay vì bỏ qua. Tệp ẩn (tên bắt đầu bằng dấu chấm) thì được bỏ qua.",
            fix: "Chuyển tệp đó ra khỏi appendices/, hoặc viết phụ lục thành một tệp .yaml (`title:`, `body:`).",
        },
        TooManyAppendices => Words {
            title: "Quá nhiều tệp trong appendices/",
            explanation: "Thư mục appendices/ được đọc tối đa 50 tệp. Phụ lục được đánh số bằng chữ số La Mã, Phụ lục I, II, III… (Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, mục III.1.a); hơn 50 phụ lục thường là do chép nhầm cả một thư mục vào appendices/.",
            fix: "Xóa những gì chép nhầm vào appendices/, hoặc gộp các phụ lục.",
        },
        YamlTab => Words {
            title: "Dấu tab dùng để thụt lề",
            explanation: "Tệp dữ liệu viết theo cú pháp YAML, trong đó thụt lề (số dấu cách ở đầu dòng) cho biết dòng nào thuộc nhóm nào. YAML chỉ cho thụt lề bằng dấu cách, không bằng dấu tab, vì mỗi trình soạn thảo hiện dấu tab một độ rộng khác nhau. Trong ví dụ, dòng `- body:` bắt đầu bằng một dấu tab, nhìn giống hai dấu cách.",
            fix: "Thay dấu tab ở đầu dòng bằng dấu cách, đúng số dấu cách như các dòng cùng cấp. Nhiều trình soạn thảo có tùy chọn tự đổi tab thành dấu cách.",
        },
        YamlIndent => Words {
            title: "Dòng thụt lề không khớp với các dòng cùng cấp",
            explanation: "Trong YAML, các khóa của cùng một nhóm phải bắt đầu ở cùng một cột. Trong ví dụ, `footnotes:` thuộc mô hình, cùng cấp với `title:` và `body:` (thụt 4 dấu cách), nhưng lại thụt 3 dấu cách, nên không thuộc nhóm nào.",
            fix: "Thụt lề dòng đó bằng đúng số dấu cách như các khóa cùng cấp ở trên.",
        },
        YamlQuote => Words {
            title: "Dấu nháy mở mà không đóng",
            explanation: "Một giá trị bắt đầu bằng dấu nháy (`\"` hoặc `'`) thì phải kết thúc bằng đúng dấu nháy đó. Thiếu dấu đóng, YAML đọc tiếp các dòng sau như thể chúng là chữ của đoạn, cho đến hết tệp. Công cụ chỉ ra dấu nháy mở, dù trình đọc YAML có thể chỉ phát hiện lỗi ở một dòng xa hơn.",
            fix: "Thêm dấu nháy đóng ở cuối giá trị. Trong chữ, một dấu nháy kép viết là `\\\"`; trong giá trị mở bằng `'`, một dấu `'` viết là `''`.",
        },
        YamlAfterQuote => Words {
            title: "Có chữ sau dấu nháy đóng giá trị",
            explanation: "Khi một giá trị bắt đầu bằng dấu nháy, YAML coi dấu nháy đóng là hết giá trị, và sau đó không được có chữ nào khác. Lỗi này hay gặp khi đoạn văn bắt đầu bằng một tên trong ngoặc kép, như `\"Hội quán Làng bột\" hoạt động hiệu quả.`: YAML hiểu phần trong ngoặc là cả giá trị, và không biết làm gì với phần còn lại.",
            fix: "Đặt cả đoạn trong dấu nháy kép, và viết các dấu nháy kép bên trong thành `\\\"`.",
        },
        YamlBracket => Words {
            title: "Dấu ngoặc [ hoặc { mở mà không đóng",
            explanation: "Trong YAML, `[ … ]` là một danh sách viết trên một dòng và `{ … }` là một nhóm khóa viết trên một dòng. Dấu mở mà thiếu dấu đóng thì YAML đọc tiếp sang các dòng sau và báo lỗi ở một chỗ xa hơn; công cụ chỉ ra đúng dấu mở. Nếu `[` là chữ của văn bản (một đoạn bắt đầu bằng `[`), giá trị phải đặt trong dấu nháy kép.",
            fix: "Thêm `]` (hoặc `}`) ở cuối, hoặc viết danh sách thành nhiều dòng, mỗi phần tử một dòng bắt đầu bằng `- `.",
        },
        YamlColon => Words {
            title: "Dấu hai chấm và dấu cách trong giá trị không có dấu nháy",
            explanation: "YAML hiểu `: ` (dấu hai chấm rồi dấu cách) là chỗ ngăn giữa khóa và giá trị. Một giá trị không có dấu nháy mà chứa `: `, như `title: Lĩnh vực kinh tế: nông nghiệp, dịch vụ`, thì YAML không biết dấu hai chấm nào ngăn khóa. Chữ của báo cáo thường có dấu hai chấm (\"Kết quả: …\", \"Chi tiết tại [Phụ lục: …]\"), nên đây là lỗi hay gặp.",
            fix: "Đặt cả giá trị trong dấu nháy kép. Một giá trị kết thúc bằng dấu hai chấm, như tiêu đề \"Trong lĩnh vực kinh tế:\", cũng phải đặt trong dấu nháy kép.",
        },
        YamlDash => Words {
            title: "Dòng `- ` nằm ở chỗ cần một khóa",
            explanation: "Dòng bắt đầu bằng `- ` là một phần tử của danh sách, và phải nằm dưới khóa của danh sách đó, thụt lề sâu hơn khóa. Trong ví dụ, khó khăn `- Thiếu vốn sản xuất.` đứng sát lề trái mà không có khóa `difficulties:` ở trên, nên YAML không biết nó thuộc danh sách nào.",
            fix: "Thêm khóa của danh sách ở dòng trên (ở đây là `difficulties:`) và thụt lề các phần tử sâu hơn khóa. Nếu `-` là chữ của văn bản, đặt cả giá trị trong dấu nháy kép.",
        },
        YamlNoColon => Words {
            title: "Dòng không phải `khóa: giá trị`",
            explanation: "Ở cấp ngoài cùng của tệp, và trong mỗi nhóm khóa, mỗi dòng phải là `khóa: giá trị`, hoặc là phần tiếp theo của giá trị ở dòng trên (thụt lề sâu hơn). Dòng `Khó khăn` trong ví dụ không có dấu hai chấm: có lẽ đó là một lời ghi chú cho người đọc tệp.",
            fix: "Nếu là ghi chú, bắt đầu dòng bằng `#` (YAML bỏ qua phần sau dấu `#`). Nếu là một khóa, thêm `:` và dấu cách sau tên khóa. Nếu là phần tiếp của đoạn ở trên, thụt lề dòng đó sâu hơn khóa.",
        },
        YamlReserved => Words {
            title: "Giá trị không có dấu nháy bắt đầu bằng @ hoặc dấu huyền",
            explanation: "YAML dành riêng các ký tự `@` và `` ` `` (dấu huyền rời) ở đầu một giá trị, nên một giá trị không có dấu nháy không được bắt đầu bằng chúng, chẳng hạn một tài khoản mạng xã hội viết sau `@`.",
            fix: "Đặt cả giá trị trong dấu nháy kép, và viết các dấu nháy kép bên trong thành `\\\"`.",
        },
        YamlDocuments => Words {
            title: "Dòng --- hoặc ... chia tệp thành nhiều phần",
            explanation: "Trong YAML, một dòng chỉ có `---` (hoặc `...`) bắt đầu (hoặc kết thúc) một tài liệu mới trong cùng tệp. Mỗi tệp dữ liệu là một tài liệu, nên phần sau dòng đó sẽ bị tách khỏi tệp. Dòng này thường do gõ một đường kẻ cho dễ nhìn.",
            fix: "Xóa dòng đó; muốn ngăn cách cho dễ nhìn thì dùng một dòng ghi chú bắt đầu bằng `#`. Nếu `---` là chữ của một đoạn, đặt cả đoạn trong dấu nháy kép.",
        },
        NotMapping => Words {
            title: "Tệp không gồm các dòng `khóa: giá trị`",
            explanation: "Mỗi tệp dữ liệu (report.yaml, một tệp lĩnh vực, một tệp phụ lục) là một nhóm khóa: các dòng `khóa: giá trị` bắt đầu sát lề trái, như `title:` và `models:`. Tệp này lại là một danh sách (các dòng bắt đầu bằng `- `) hoặc chỉ là một đoạn chữ, nên công cụ không biết phần nào là tiêu đề, phần nào là nội dung.",
            fix: "Bắt đầu tệp bằng các khóa sát lề trái, mỗi khóa một dòng: `title:` cho tiêu đề lĩnh vực; `models:`, `intro:` hoặc `difficulties:` cho các đoạn.",
        },
        YamlSyntax => Words {
            title: "YAML sai cú pháp",
            explanation: "Trình đọc YAML gặp một lỗi không thuộc các loại có mã riêng (tab, thụt lề, dấu nháy, dấu ngoặc, dấu hai chấm…). Lời của trình đọc, bằng tiếng Anh, được in sau `chi tiết:`. Một trường hợp hay gặp: đoạn văn bắt đầu bằng `*` (chữ nghiêng ở đầu đoạn) hoặc bằng `&`, `!`, `|`, `>`, `%`: YAML hiểu các ký tự này ở đầu giá trị là ký hiệu riêng của nó (`*` là bí danh, alias), không phải chữ.",
            fix: "Xem dòng được chỉ và dòng ngay trước nó: dấu ngoặc, dấu nháy, thụt lề. Một đoạn bắt đầu bằng ký tự đặc biệt thì đặt cả đoạn trong dấu nháy kép.",
        },
        YamlLimit => Words {
            title: "Tệp vượt giới hạn an toàn khi đọc YAML",
            explanation: "Trình đọc YAML có giới hạn để một tệp hỏng, hay cố ý làm hại, không làm treo máy: tối đa 24 tầng lồng nhau, 250.000 phần tử, 10.000 bí danh (alias) và 16 MiB chữ. Dữ liệu báo cáo bình thường chỉ lồng 5 hay 6 tầng, nên vượt giới hạn là dấu hiệu tệp bị hỏng, hoặc dùng bí danh YAML để nhân nội dung lên nhiều lần.",
            fix: "Viết thẳng nội dung: không lồng danh sách trong danh sách nhiều tầng, không dùng bí danh (`&ten`, `*ten`).",
        },
        UnknownKey => Words {
            title: "Khóa không có trong định dạng",
            explanation: "Mỗi nhóm khóa chỉ nhận những khóa đã định sẵn (tên tiếng Anh, chữ thường, nối bằng `_`; xem docs/data-format.md). Một khóa lạ thường là khóa gõ sai (`bodi` thay cho `body`, `adressees` thay cho `addressees`), và nếu bỏ qua thì nội dung dưới khóa đó sẽ mất khỏi báo cáo mà không ai hay. Công cụ gợi ý khóa đúng gần nhất, hoặc kể ra các khóa được dùng ở chỗ đó. Một khóa bắt buộc bị gõ sai chỉ báo lỗi này, không báo thêm `E-missing-key`.",
            fix: "Sửa tên khóa theo gợi ý.",
        },
        MissingKey => Words {
            title: "Thiếu khóa bắt buộc",
            explanation: "Một số khóa phải có: report.yaml cần `agency`, `symbol`, `place`, `date`, `doc_type`, `summary`, `sections`, `closing`, `recipients` và `signer`, tức các thành phần chính của văn bản hành chính (Nghị định 30/2020/NĐ-CP, Điều 8 khoản 2); mỗi tệp lĩnh vực cần `title`; mỗi mô hình cần `body`. Khi cấu trúc của một tệp sai như vậy, công cụ chưa kiểm tra đến nội dung của tệp đó cho đến khi sửa xong.",
            fix: "Thêm khóa còn thiếu vào đúng nhóm được chỉ.",
        },
        WrongType => Words {
            title: "Giá trị sai kiểu",
            explanation: "Mỗi khóa nhận một kiểu giá trị: một chuỗi chữ (`title: Trong lĩnh vực kinh tế`), một danh sách (các dòng `- …` bên dưới), một nhóm khóa, hay một số. Trong ví dụ, `title` của lĩnh vực là một danh sách, trong khi tiêu đề chỉ là một dòng chữ. Khi cấu trúc của một tệp sai như vậy, công cụ chưa kiểm tra đến nội dung của tệp đó cho đến khi sửa xong.",
            fix: "Viết giá trị theo kiểu mà thông báo nêu: chữ thì viết ngay sau khóa, trên cùng dòng; danh sách thì mỗi phần tử một dòng bắt đầu bằng `- `.",
        },
        DuplicateKey => Words {
            title: "Khóa được viết hai lần",
            explanation: "Trong một nhóm, mỗi khóa chỉ được viết một lần. Khóa viết hai lần thì YAML chỉ giữ một giá trị và lặng lẽ bỏ giá trị kia, nên công cụ báo lỗi ở cả hai chỗ. Trong ví dụ, mô hình có hai khóa `body:`, và đoạn thứ nhất sẽ mất.",
            fix: "Gộp hai phần làm một (ở đây: mọi đoạn dưới một khóa `body:`), hoặc xóa dòng thừa.",
        },
        Nfc => Words {
            title: "Văn bản không ở dạng Unicode NFC",
            explanation: "Một chữ tiếng Việt có dấu có thể được lưu theo hai cách: dựng sẵn (\"ệ\" là một ký tự) hoặc tổ hợp (\"e\" cộng dấu mũ cộng dấu nặng, ba ký tự). Hai cách nhìn giống hệt nhau, nên ví dụ dưới đây trông không khác gì bản đã sửa; nhưng cách tổ hợp làm việc tìm kiếm, sắp xếp và đếm chữ sai, và có phông chữ hiện dấu lệch. Nghị định 30/2020/NĐ-CP yêu cầu bộ mã Unicode theo TCVN 6909:2001 (Phụ lục I, Phần I, mục I.4), và chuẩn chung là dạng dựng sẵn (NFC). Đây là cảnh báo, mỗi tệp một lần: khi dựng, công cụ tự chuẩn hóa văn bản sang NFC.",
            fix: "Lưu lại tệp ở dạng dựng sẵn: trong Unikey dùng công cụ chuyển mã (Ctrl+Shift+F6) từ \"Unicode tổ hợp\" sang \"Unicode\"; nhiều trình soạn thảo có tùy chọn \"Unicode dựng sẵn\" (NFC).",
        },
        ControlChar => Words {
            title: "Ký tự điều khiển trong văn bản",
            explanation: "Văn bản có một ký tự vô hình không in được, thường gặp nhất là ký tự ngắt dòng mà Word chèn khi bấm Shift+Enter rồi được dán sang (U+000B). Trong tệp DOCX, những ký tự này hoặc làm hỏng tệp hoặc biến mất, nên công cụ không tự xóa: một ký tự vô hình trong văn bản hành chính cần được người soạn nhìn thấy và xóa. Ký tự có thể nằm thẳng trong tệp, hoặc được viết bằng dấu thoát YAML trong dấu nháy kép, như `\\v` trong ví dụ; lỗi chỉ ra đúng chỗ đó.",
            fix: "Xóa ký tự đó, hoặc thay bằng một dấu cách.",
        },
        LegacyEncoding => Words {
            title: "Văn bản gõ bằng bảng mã cũ (TCVN3, VNI)",
            explanation: "Đoạn văn có vẻ được gõ bằng bảng mã cũ TCVN3 (ABC, phông .VnTime) hoặc VNI (phông VNI-Times), rồi được chép sang tệp UTF-8: chữ hiện thành những ký tự lạ như `Uû ban nh©n d©n`. Nghị định 30/2020/NĐ-CP yêu cầu phông Times New Roman với bộ mã Unicode theo TCVN 6909:2001 (Phụ lục I, Phần I, mục I.4), nên đoạn này không in đúng được. Thông báo nêu tên bảng mã đã nhận ra.",
            fix: "Chuyển mã đoạn đó sang Unicode bằng Unikey: chép đoạn văn, mở công cụ chuyển mã (Ctrl+Shift+F6), chọn bảng mã nguồn là TCVN3 (ABC) hoặc VNI Windows theo thông báo, bảng mã đích là Unicode, rồi dán lại. Hoặc gõ lại đoạn đó bằng Unicode.",
        },
        Markup => Words {
            title: "Dấu nhấn mạnh hoặc tham chiếu viết sai",
            explanation: "Trong chữ của báo cáo, `*chữ nghiêng*` và `**chữ đậm**` phải có dấu mở và dấu đóng; `[^khoa]` là tham chiếu chú thích, `[=ten]` là tham chiếu số liệu, `[Phụ lục: khoa]` là tham chiếu phụ lục. Lỗi này báo một dấu `*` hay `**` mở mà không đóng (như trong ví dụ), hoặc một tham chiếu có khóa sai dạng (có chữ hoa, dấu tiếng Việt hay dấu cách) hay thiếu dấu `]`. Nếu để vậy, chữ sau dấu `*` sẽ in nghiêng đến hết đoạn, hoặc tham chiếu sẽ in nguyên văn.",
            fix: "Thêm dấu đóng sau chữ cần nhấn mạnh; viết `\\*` nếu là dấu sao thật. Khóa của tham chiếu chỉ gồm chữ thường không dấu, số và `-`, ví dụ `[^hoi-quan]`, `[=ho-ngheo]`.",
        },
        Blank => Words {
            title: "Tiêu đề, đoạn hoặc dòng rỗng",
            explanation: "Một tiêu đề, một đoạn văn, một ý, một chú thích hay một dòng khác của văn bản (địa danh, trích yếu, nơi nhận, người ký…) chỉ có dấu cách, hoặc là chuỗi rỗng `\"\"`. Khi in, nó thành một dòng trống hay một gạch đầu dòng không có chữ trong văn bản, nên công cụ báo lỗi để người soạn viết nội dung hoặc xóa dòng đó.",
            fix: "Viết nội dung vào chỗ đó, hoặc xóa cả dòng.",
        },
        Placeholder => Words {
            title: "Chỗ cần điền «điền: …» vẫn còn",
            explanation: "Lệnh `report init` tạo thư mục cho kỳ báo cáo mới và đánh dấu những chỗ người soạn phải tự viết bằng «điền: …» (ví dụ văn bản yêu cầu báo cáo của kỳ này). Chỗ đó vẫn còn nguyên, nên báo cáo chưa dựng được: in ra thì văn bản sẽ có chữ «điền: …».",
            fix: "Thay cả đoạn «điền: …», kể cả hai dấu « », bằng nội dung của kỳ này.",
        },
        FootnoteUndefined => Words {
            title: "Chú thích chưa được định nghĩa",
            explanation: "Tham chiếu `[^khoa]` đặt ngay sau chữ cần chú thích, còn nội dung chú thích được viết dưới `footnotes:` của mô hình, của tệp lĩnh vực, của bảng, của phụ lục hay của report.yaml, theo khóa. Tham chiếu này không tìm thấy khóa nào như vậy, thường do gõ sai khóa hoặc quên viết nội dung chú thích.",
            fix: "Thêm `khoa: <nội dung>` vào `footnotes:` (của mô hình hoặc của tệp), hoặc sửa khóa trong tham chiếu cho khớp với khóa đã có.",
        },
        FootnoteUnused => Words {
            title: "Chú thích được định nghĩa nhưng không được dùng",
            explanation: "Nội dung chú thích có dưới `footnotes:`, nhưng không có tham chiếu `[^khoa]` nào trỏ tới nó, nên chú thích sẽ không được in. Thường là quên đặt tham chiếu trong đoạn văn, hoặc tham chiếu bị gõ sai khóa.",
            fix: "Đặt `[^khoa]` ngay sau chữ cần chú thích (không có dấu cách ở giữa), hoặc xóa chú thích không dùng.",
        },
        FootnoteTwice => Words {
            title: "Chú thích được định nghĩa hai lần",
            explanation: "Khóa chú thích là chung cho cả báo cáo: chú thích được đánh số 1, 2, 3… theo thứ tự đọc qua mọi lĩnh vực, nên mỗi khóa chỉ được định nghĩa một lần. Hai tệp lĩnh vực do hai người soạn cùng dùng một khóa (như `ghi-chu`) thì công cụ không biết tham chiếu nào trỏ tới chú thích nào; lỗi chỉ ra cả hai chỗ.",
            fix: "Đổi tên một trong hai khóa, ở cả chỗ định nghĩa và chỗ tham chiếu; nên đặt khóa theo nội dung, như `hoi-quan`, `clb-duong-sinh`.",
        },
        FootnoteReused => Words {
            title: "Chú thích được gắn ở hai chỗ",
            explanation: "Mỗi chú thích thuộc về đúng một chỗ trong văn bản: trong Word, một chú thích chân trang có một số và một vị trí. Tham chiếu `[^khoa]` này đã được gắn ở chỗ khác rồi; lỗi chỉ ra cả hai chỗ.",
            fix: "Bỏ tham chiếu ở chỗ thứ hai, hoặc định nghĩa một chú thích mới (khóa khác) cho chỗ đó.",
        },
        FootnoteNested => Words {
            title: "Chú thích chứa chú thích khác",
            explanation: "Nội dung một chú thích lại có tham chiếu `[^…]` tới chú thích khác. Word không đặt được chú thích trong chú thích, nên điều này không in được.",
            fix: "Viết thẳng phần giải thích vào nội dung chú thích (ví dụ trong ngoặc đơn), và bỏ tham chiếu `[^…]`.",
        },
        FootnoteKey => Words {
            title: "Khóa chú thích sai dạng",
            explanation: "Khóa chú thích dưới `footnotes:` chỉ được gồm chữ thường không dấu (a–z), chữ số và dấu `-`, như `hoi-quan`. Khóa có chữ hoa, dấu tiếng Việt hay dấu cách, như `Hội-quán`, thì không tham chiếu được bằng `[^…]`. Thường đi kèm lỗi `E-footnote-undefined` ở tham chiếu.",
            fix: "Viết lại khóa bằng chữ thường không dấu, số và `-`, giống hệt khóa trong tham chiếu.",
        },
        EmptySector => Words {
            title: "Lĩnh vực không có nội dung",
            explanation: "Tệp lĩnh vực chỉ có tiêu đề (`title:`), mà không có `intro`, `models`, `after`, `difficulties` hay `proposals`. In ra sẽ là một tiêu đề không có nội dung bên dưới. Thường là tệp mới tạo chưa viết xong, hoặc nội dung bị thụt lề sai nên nằm ngoài các khóa đó.",
            fix: "Viết nội dung của lĩnh vực dưới ít nhất một trong các khóa `intro`, `models`, `after`, `difficulties`, `proposals`; hoặc xóa tệp nếu kỳ này lĩnh vực không có gì để báo cáo.",
        },
        EmptyModel => Words {
            title: "Mô hình không có nội dung",
            explanation: "Mỗi mô hình trong `models:` cần ít nhất một đoạn trong `body:`. Mô hình này có `body: []` (danh sách rỗng), nên in ra chỉ là một số thứ tự hay một tên mô hình không có nội dung.",
            fix: "Viết ít nhất một đoạn dưới `body:`, hoặc xóa mô hình đó.",
        },
        Block => Words {
            title: "Khối cần đúng một trong `numbered` hoặc `table`",
            explanation: "Một phần tử của danh sách đoạn văn (`body`, `intro`, `after`, `opening`…) là một đoạn văn (một chuỗi chữ), hoặc một khối: `numbered:` cho một danh sách ý đánh số a), b), c)…, `table:` cho một bảng. Một khối chỉ được có một trong hai khóa. Trong ví dụ, `table:` thụt lề ngang với `numbered:` nên YAML coi cả hai là một khối. Một đoạn văn có dấu `: ` mà không đặt trong dấu nháy kép cũng có thể bị YAML đọc thành một khối như vậy.",
            fix: "Tách thành hai phần tử, mỗi phần tử bắt đầu bằng `- ` (`- numbered:` và `- table:`). Nếu đó là một đoạn văn có dấu `: `, đặt cả đoạn trong dấu nháy kép.",
        },
        EmptyList => Words {
            title: "Danh sách `numbered` không có ý nào",
            explanation: "Khối `numbered:` là một danh sách các ý, được đánh số a), b), c)… khi in. Danh sách này rỗng, nên in ra không có gì, trong khi đoạn văn trước nó thường báo trước một danh sách (\"… trong các việc sau:\").",
            fix: "Thêm các ý vào danh sách, mỗi ý một dòng bắt đầu bằng `- `, hoặc xóa khối đó.",
        },
        Include => Words {
            title: "Giá trị `include` không có nghĩa",
            explanation: "Mỗi mục của báo cáo trong `sections:` có thể lấy nội dung từ các lĩnh vực bằng `include:`, với một trong ba giá trị: `sectors` (nội dung các lĩnh vực), `difficulties` (khó khăn, vướng mắc), `proposals` (đề xuất, kiến nghị). Giá trị khác, như `khokhan`, thì công cụ không biết lấy gì.",
            fix: "Dùng một trong `sectors`, `difficulties`, `proposals`, hoặc bỏ `include` nếu mục chỉ có `body`.",
        },
        Numbering => Words {
            title: "Kiểu đánh số không hợp lệ",
            explanation: "Khóa `numbering:` chọn cách đánh số các mục (`sections`), tiêu đề lĩnh vực (`sectors`), mô hình (`models`) và các ý (`items`). Mỗi kiểu là một trong: `\"I.\"`, `\"1.\"`, `\"1)\"`, `\"a)\"`, `\"a.\"`, `\"-\"`, `\"+\"`, `\"*\"` hoặc `\"\"` (không đánh số). Kiểu `\"1-\"` trong ví dụ không có trong danh sách. Hệ thống đề mục của Nghị định 30/2020/NĐ-CP dùng I., 1., a) (Phụ lục I, Phần I, mục II.6.đ); các kiểu khác theo thói quen của báo cáo.",
            fix: "Dùng một trong các kiểu kể trên, đặt trong dấu nháy kép.",
        },
        Date => Words {
            title: "Ngày không tồn tại hoặc sai dạng",
            explanation: "Ngày ban hành (`date`) được ghi theo dạng năm-tháng-ngày, `YYYY-MM-DD`, ví dụ `2021-04-28`, và phải là một ngày có thật (không có ngày 29 tháng 2 năm 2023). Từ đó công cụ tự in đúng quy định \"Sa Đéc, ngày 28 tháng 4 năm 2021\": viết đầy đủ bằng chữ số Ả Rập, ngày nhỏ hơn 10 và tháng 1, 2 có thêm số 0 phía trước (Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, mục II.4.b). Dạng `28/04/2021` có thể được hiểu là ngày 4 tháng 28 hay ngày 28 tháng 4, nên không được nhận.",
            fix: "Viết ngày dạng `YYYY-MM-DD`: năm đủ 4 chữ số, rồi tháng, rồi ngày, ngăn bằng dấu `-`.",
        },
        Period => Words {
            title: "Kỳ báo cáo sai dạng hoặc chưa ghi",
            explanation: "`period:` trong report.yaml ghi kỳ báo cáo theo một trong các dạng: `2026-09` (tháng), `2026-q3` (quý), `2026-6t` (6 tháng đầu năm), `2026-9t` (9 tháng) hoặc `2026` (năm). Từ kỳ đó công cụ biết cách gọi kỳ (\"quý III năm 2026\") và thời gian chốt số liệu theo chế độ báo cáo của Nghị định 09/2019/NĐ-CP (Điều 12), in bằng `[=ky-tu-ngay]` và `[=ky-den-ngay]`. Lỗi này báo một kỳ viết theo dạng khác, như `quý 3/2026` trong ví dụ, hoặc một đoạn dùng `[=ky-tu-ngay]`, `[=ky-den-ngay]` trong khi report.yaml không ghi `period`.",
            fix: "Ghi kỳ theo một trong các dạng kể trên, ví dụ `period: 2026-q3`.",
        },
        Number => Words {
            title: "Số văn bản không đúng quy định",
            explanation: "Số của văn bản (`number`) là số thứ tự do văn thư cấp, ghi bằng chữ số Ả Rập, và số nhỏ hơn 10 phải có thêm số 0 phía trước: \"Số: 05/BC-UBND\" (Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, mục II.3.a và II.3.c). Số có chữ (`05a`), có dấu cách, hay số nhỏ hơn 10 mà không có số 0 (`5`) đều không đúng. Văn bản giấy chỉ được cấp số sau khi ký (Điều 15 khoản 2), nên có thể để trống `number: \"\"` để điền tay.",
            fix: "Ghi số bằng chữ số, thêm số 0 trước số nhỏ hơn 10 (`\"05\"`), đặt trong dấu nháy kép; hoặc để `\"\"` nếu chưa có số.",
        },
        Symbol => Words {
            title: "Ký hiệu văn bản không đúng quy định",
            explanation: "Ký hiệu (`symbol`) gồm chữ viết tắt tên loại văn bản và chữ viết tắt tên cơ quan ban hành, như `BC-UBND`: chữ in hoa, các nhóm chữ nối bằng dấu gạch nối `-`, không có dấu cách (Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, mục II.3.b và II.3.c). Chỉ các chữ viết tắt chính thức có chữ thường (QyĐ, CTr, TTr, theo Phụ lục III) được giữ nguyên. Công văn không có chữ viết tắt tên loại: ký hiệu là tên cơ quan và tên đơn vị soạn thảo, như `UBND-VX`. Số và dấu `/` không thuộc ký hiệu: công cụ tự in \"Số: 05/BC-UBND\".",
            fix: "Viết các nhóm chữ in hoa nối bằng `-`, không có dấu cách, ví dụ `BC-UBND`.",
        },
        SymbolType => Words {
            title: "Ký hiệu không khớp với tên loại văn bản",
            explanation: "Nhóm chữ đầu của ký hiệu là chữ viết tắt tên loại văn bản theo Phụ lục III của Nghị định 30/2020/NĐ-CP: Báo cáo là BC, Tờ trình là TTr, Kế hoạch là KH, Quyết định là QĐ… Ở đây `doc_type` là BÁO CÁO nhưng ký hiệu bắt đầu bằng QĐ, thường do chép ký hiệu từ một văn bản khác. Đây là cảnh báo, vì công cụ không biết mọi trường hợp riêng của từng cơ quan.",
            fix: "Sửa nhóm chữ đầu của ký hiệu theo tên loại (ở đây `BC-UBND`), hoặc sửa `doc_type` nếu văn bản thật sự thuộc loại khác.",
        },
        Authority => Words {
            title: "Quyền hạn ký không đúng quy định",
            explanation: "Mỗi dòng của `signer.authority` (quyền hạn của người ký) bắt đầu bằng một trong các chữ viết tắt: `TM.` (thay mặt tập thể, ví dụ \"TM. ỦY BAN NHÂN DÂN\"), `KT.` (ký thay người đứng đầu), `TL.` (thừa lệnh), `TUQ.` (thừa ủy quyền), `Q.` (quyền, được giao quyền cấp trưởng), viết hoa, có dấu chấm và một dấu cách (Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, mục II.7.b; Điều 13). `T.M.`, `TM` không có dấu chấm, hay `TM.ỦY BAN` không có dấu cách đều sai. Người đứng đầu ký với danh nghĩa của chính mình thì không ghi `authority`, chỉ ghi `title`.",
            fix: "Sửa đầu dòng thành đúng chữ viết tắt, ví dụ `TM. ỦY BAN NHÂN DÂN`.",
        },
        RecipientsEmpty => Words {
            title: "Danh sách nơi nhận rỗng",
            explanation: "Phần nơi nhận gồm nơi nhận để thực hiện, để biết, và nơi lưu văn bản (Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, mục II.9.a), nên không thể rỗng. Ít nhất phải có dòng lưu văn thư \"Lưu: VT\".",
            fix: "Ghi các nơi nhận, mỗi nơi một dòng: \"Như trên\" đầu tiên nếu báo cáo có Kính gửi, \"Lưu: VT\" cuối cùng.",
        },
        RecipientsArchive => Words {
            title: "Nơi nhận thiếu dòng lưu văn thư",
            explanation: "Dòng cuối của nơi nhận là nơi lưu văn bản: chữ \"Lưu\", dấu hai chấm, chữ viết tắt \"VT\" (văn thư), có thể thêm chữ viết tắt đơn vị soạn thảo và số bản lưu (Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, mục II.9.d). Danh sách này không có dòng nào bắt đầu bằng \"Lưu\". Công cụ tự thêm \"- \" đầu dòng, \";\" và \".\" cuối dòng khi in.",
            fix: "Thêm dòng cuối `\"Lưu: VT\"` (trong dấu nháy kép, vì có dấu hai chấm), ví dụ `\"Lưu: VT, VP.\"`.",
        },
        RecipientsNhuTren => Words {
            title: "Có Kính gửi nhưng nơi nhận không bắt đầu bằng \"Như trên\"",
            explanation: "Báo cáo gửi cơ quan cấp trên có hai phần nơi nhận: \"Kính gửi\" (`addressees`) ghi nơi trực tiếp giải quyết, và \"Nơi nhận\" mà dòng đầu là \"Như trên\" để chỉ lại các nơi đó, tiếp theo là các nơi khác (Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, mục II.9.b). Báo cáo này có Kính gửi, nhưng dòng nơi nhận đầu tiên không phải \"Như trên\". Đây là cảnh báo vì có thể có lý do riêng.",
            fix: "Thêm \"Như trên\" làm dòng đầu tiên của `recipients`.",
        },
        Layout => Words {
            title: "Tùy chọn trình bày nằm ngoài khoảng Nghị định cho phép",
            explanation: "Khóa `layout:` cho chọn cách trình bày trong khoảng mà Nghị định 30/2020/NĐ-CP cho phép (Phụ lục I, Phần I): lề trên và lề dưới 20–25 mm, lề trái 30–35 mm, lề phải 15–20 mm (mục I.3); cỡ chữ nội dung 13–14, lùi đầu dòng 1 cm hoặc 1,27 cm, khoảng cách giữa các đoạn tối thiểu 6 pt (công cụ nhận đến 72 pt), giãn dòng từ dòng đơn đến 1,5 dòng (mục II.6.e); cỡ chữ Quốc hiệu/Tiêu ngữ/địa danh \"13/14/14\" hoặc \"12/13/13\". Giá trị ngoài khoảng sẽ làm văn bản sai thể thức, nên là lỗi.",
            fix: "Chọn một giá trị trong khoảng, hoặc bỏ khóa đó để dùng giá trị mặc định (lề 20/20/30/15 mm, chữ 14).",
        },
        LandscapeBody => Words {
            title: "Trang ngang cho phần nội dung không được phép ở đây",
            explanation: "Văn bản được trình bày theo chiều dài khổ A4 (trang dọc). Chỉ khi nội dung có bảng, biểu mà không làm thành phụ lục riêng, văn bản mới có thể trình bày theo chiều rộng (Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, mục I.2). Báo cáo này có `layout.orientation: landscape` nhưng phần nội dung không có bảng nào, hoặc đã có phụ lục.",
            fix: "Bỏ `layout.orientation` (hoặc ghi `portrait`). Nếu bảng rộng, đưa bảng vào một phụ lục và cho riêng phụ lục đó trang ngang (`orientation: landscape` trong tệp phụ lục).",
        },
        MarkUrgency => Words {
            title: "Độ khẩn không có trong Nghị định",
            explanation: "Dấu chỉ mức độ khẩn (`marks.urgency`) chỉ có ba mức: khẩn, thượng khẩn, hỏa tốc (Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, mục III.2.b). Công cụ in chúng bằng chữ in hoa trong khung, ở ô dưới số văn bản. Các chữ khác, như \"gấp\", không phải một mức độ khẩn.",
            fix: "Viết một trong: khẩn, thượng khẩn, hỏa tốc (chữ hoa hay thường đều được, \"hoả tốc\" cũng được); hoặc bỏ `urgency`.",
        },
        MarkCirculation => Words {
            title: "Chỉ dẫn phạm vi lưu hành không có trong Nghị định",
            explanation: "Chỉ dẫn về phạm vi lưu hành (`marks.circulation`) là \"LƯU HÀNH NỘI BỘ\" hoặc \"XEM XONG TRẢ LẠI\" (Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, mục III.2.c). Dấu chỉ độ mật (mật, tối mật, tuyệt mật) không phải chỉ dẫn lưu hành: nó theo pháp luật về bảo vệ bí mật nhà nước (mục III.2.a), và công cụ không in dấu này.",
            fix: "Viết \"lưu hành nội bộ\" hoặc \"xem xong trả lại\" (chữ hoa hay thường đều được); hoặc bỏ `circulation`.",
        },
        MarkTypist => Words {
            title: "Ký hiệu người đánh máy hoặc số bản sai",
            explanation: "Ký hiệu người soạn thảo (đánh máy) và số lượng bản phát hành (`marks.typist`) được in ở cuối phần nơi nhận, như \"PL.(300)\": ký hiệu bằng chữ in hoa, số bản bằng chữ số Ả Rập (Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, mục III.3). Công cụ nhận `code` gồm chữ in hoa, không dấu cách, không dấu chấm, tối đa 8 chữ, và `copies` là số nguyên từ 1 trở lên.",
            fix: "Viết `code` bằng chữ in hoa (ví dụ `PL`) và `copies` bằng số bản phát hành (ví dụ `12`); công cụ tự thêm dấu chấm và ngoặc.",
        },
        MarkDraft => Words {
            title: "Lần dự thảo không hợp lệ",
            explanation: "`marks.draft` đánh dấu văn bản là dự thảo: `1` in \"Dự thảo\", `2` in \"Dự thảo lần 2\", và cứ thế. Giá trị phải là một số nguyên từ 1 đến 99; `0`, số lẻ hay chữ thì không đúng. Dấu dự thảo không có trong Nghị định 30/2020/NĐ-CP mà theo thói quen của các cơ quan.",
            fix: "Ghi số lần dự thảo, ví dụ `draft: 2`; bỏ `draft` khi văn bản đã được ký.",
        },
        DraftNumbered => Words {
            title: "Văn bản dự thảo đã có số",
            explanation: "Văn bản giấy chỉ được cấp số sau khi người có thẩm quyền ký (Nghị định 30/2020/NĐ-CP, Điều 15 khoản 2), nên một bản dự thảo (`marks.draft`) chưa có số. Báo cáo này vừa là dự thảo vừa có `number`: hoặc số bị điền sớm, hoặc văn bản đã ký mà quên bỏ dấu dự thảo.",
            fix: "Để `number: \"\"` cho đến khi văn bản được ký; khi đã ký, bỏ `marks.draft` và ghi số.",
        },
        ElectronicNumbered => Words {
            title: "Văn bản điện tử đã có số",
            explanation: "Với văn bản điện tử (`marks.electronic: true`), số và thời gian ban hành do hệ thống quản lý văn bản cấp khi ký số (Nghị định 30/2020/NĐ-CP, Điều 15 khoản 3), nên văn bản để trống số, ngày và tháng. Báo cáo này là văn bản điện tử nhưng đã có `number`.",
            fix: "Để `number: \"\"`; hoặc bỏ `marks.electronic` nếu văn bản được ký tay trên giấy.",
        },
        ZeroPadding => Words {
            title: "Số đếm lúc có số 0 đứng trước, lúc không",
            explanation: "Nhiều báo cáo viết số đếm nhỏ hơn 10 với số 0 phía trước (\"08 Hội quán\", \"06/07 ấp\"). Nghị định 30/2020/NĐ-CP chỉ bắt buộc số 0 ở số văn bản và ngày, tháng ban hành, không bắt buộc ở số đếm trong nội dung; nhưng một văn bản nên viết thống nhất. Trong ví dụ, \"06/07\" có số 0 còn \"07/9\" thì không. Đây là cảnh báo về cách viết.",
            fix: "Chọn một cách viết, có hoặc không có số 0, và dùng thống nhất trong cả báo cáo.",
        },
        Capitalisation => Words {
            title: "Cùng một từ lúc viết hoa, lúc viết thường",
            explanation: "Theo Phụ lục II của Nghị định 30/2020/NĐ-CP, danh từ chung chỉ đơn vị hành chính viết thường và chỉ tên riêng viết hoa: \"thành phố Sa Đéc\", \"tỉnh Đồng Tháp\" (trừ đơn vị đặt tên bằng số, như \"Phường 1\"). Nhiều nơi quen viết hoa \"Thành phố\" khi đứng riêng để chỉ chính địa phương mình. Văn bản này viết từ đó đứng riêng lúc hoa, lúc thường cho cùng một nơi. Đây là cảnh báo về cách viết.",
            fix: "Chọn một cách viết và dùng thống nhất; theo Phụ lục II là viết thường (\"trên địa bàn thành phố\").",
        },
        Ellipsis => Words {
            title: "Dấu chấm lửng được viết nhiều kiểu",
            explanation: "Dấu chấm lửng có thể gõ là ba dấu chấm \"...\" hoặc một ký tự \"…\", và đôi khi bị gõ thừa thành \"....\". Văn bản này dùng nhiều kiểu cùng lúc, nên in ra trông không đều. Đây là cảnh báo về cách viết.",
            fix: "Dùng một kiểu, ví dụ \"...\", trong cả báo cáo.",
        },
        TableColumns => Words {
            title: "Bảng không có cột nào",
            explanation: "Một bảng (`table:`) phải khai báo các cột của nó trong `columns:`, mỗi cột một phần tử từ trái sang phải, với độ rộng tương đối (`width`), cách căn lề (`align`) và, cho cột số, số chữ số thập phân (`decimals`). Bảng này có `columns: []`, nên không dựng được.",
            fix: "Khai báo mỗi cột một phần tử, ví dụ `- {width: 3}` cho cột chữ, `- {width: 1, decimals: 0}` cho cột số.",
        },
        TableRows => Words {
            title: "Bảng không có dòng số liệu nào",
            explanation: "Bảng có cột và có thể có dòng tiêu đề (`header`), nhưng không có dòng số liệu nào: không có `rows:`, cũng không lấy dòng từ tệp (`rows_from:`). In ra chỉ là một dòng tiêu đề trơ trọi.",
            fix: "Thêm `rows:` (mỗi dòng một danh sách ô) hoặc `rows_from:` (lấy các dòng từ một tệp CSV hoặc XLSX).",
        },
        TableRow => Words {
            title: "Dòng không khớp với số cột của bảng",
            explanation: "Mỗi dòng của bảng phải phủ đúng các cột: số ô, cộng thêm các cột mà ô gộp ngang (`cols`) chiếm, cộng các cột đã bị ô gộp dọc (`rows`) ở dòng trên chiếm, bằng số cột trong `columns`. Trong ví dụ, bảng có 3 cột mà dòng thứ hai chỉ có 2 ô. Lỗi này cũng báo một ô gộp sang cột đã bị ô gộp dọc của dòng trên chiếm. Với dòng lấy từ tệp CSV, lỗi chỉ ra đúng dòng trong tệp.",
            fix: "Thêm hoặc bớt ô cho đủ số cột; ô không có số liệu thì để trống `\"\"`. Không viết ô cho cột đã bị ô gộp dọc ở dòng trên chiếm.",
        },
        TableMerge => Words {
            title: "Ô gộp dọc vượt quá dòng cuối",
            explanation: "Một ô gộp dọc (`rows: N`) chiếm N dòng, và phải nằm gọn trong phần của bảng chứa nó: các dòng tiêu đề (`header`) và các dòng số liệu (`rows`) gộp riêng. Trong ví dụ, ô \"Ấp\" gộp 3 dòng nhưng phần tiêu đề chỉ có 2 dòng.",
            fix: "Giảm `rows` cho vừa số dòng của phần đó.",
        },
        TableSpan => Words {
            title: "Số cột, số dòng gộp không hợp lệ",
            explanation: "Ô gộp viết `{text: …, cols: N}` (gộp N cột) hoặc `{text: …, rows: N}` (gộp N dòng), với N là số nguyên từ 1 trở lên. Giá trị `0`, số âm hay số lẻ thì không gộp được.",
            fix: "Ghi `cols` hoặc `rows` là số nguyên từ 1 trở lên (1 là không gộp).",
        },
        TableNumber => Words {
            title: "Ô chữ trong cột số",
            explanation: "Một cột có `decimals` (hoặc `percent_of`) là cột số: mọi ô của nó phải là số, để công cụ in số theo cách Việt Nam (dấu chấm ngăn hàng nghìn, dấu phẩy trước phần thập phân), cộng dòng tổng và tính số liệu. Ô được viết là số YAML (`1231500`, `65.2`) hoặc chuỗi theo một trong hai cách (`\"1.231.500\"`, `\"65,2\"`); ô trống, `-`, `–` hoặc `x` nghĩa là không có số liệu. Ô này là chữ. Với dòng lấy từ tệp CSV hoặc XLSX, lỗi chỉ ra đúng ô trong tệp.",
            fix: "Viết số vào ô, hoặc để trống (`\"\"`) hay ghi `-` nếu không có số liệu. Nếu cột thật sự là cột chữ, bỏ `decimals` của cột.",
        },
        NumberAmbiguous => Words {
            title: "Số viết 1.500 không có dấu nháy",
            explanation: "Trong YAML, `1.500` viết không có dấu nháy là một số thập phân, tức một phẩy năm, vì YAML dùng dấu chấm trước phần thập phân. Người Việt viết `1.500` thường để chỉ một nghìn năm trăm. Công cụ không đoán, mà cảnh báo: ô sẽ được in là 1,5 (hoặc 2 nếu cột không có chữ số thập phân).",
            fix: "Nếu là một nghìn năm trăm, viết `1500` hoặc `\"1.500\"` (trong dấu nháy kép, chuỗi có một dấu chấm và đúng ba chữ số sau nó được đọc theo cách Việt Nam); nếu là một phẩy năm, viết `1.5`.",
        },
        TableColumn => Words {
            title: "Tùy chọn của cột không hợp lệ",
            explanation: "Mỗi cột trong `columns:` có thể có: `width`, độ rộng tương đối, một số dương; `align`, căn lề, là `left`, `center` hoặc `right`; `decimals`, số chữ số thập phân, số nguyên từ 0 đến 6; `percent_of`, hai số thứ tự cột (đếm từ 1) để tính tỷ lệ phần trăm. `label_align` của dòng tổng cộng cũng là `left`, `center` hoặc `right`. Trong ví dụ, `align: giữa` không phải một giá trị được nhận.",
            fix: "Viết giá trị theo các dạng kể trên, ví dụ `align: center`.",
        },
        TableTotal => Words {
            title: "Dòng tổng cộng cộng sai cột",
            explanation: "Dòng tổng cộng (`total:`) cộng các cột ghi trong `columns:` (số thứ tự cột, đếm từ 1), và chỉ cộng được cột số (cột có `decimals`) có trong bảng. Trong ví dụ, cột 1 là cột chữ (tên ấp). Lỗi này cũng báo `label_columns` (các cột của nhãn \"Tổng cộng\") không nằm trước cột được cộng đầu tiên.",
            fix: "Chỉ ghi số thứ tự của các cột số, ví dụ `columns: [2]`; nhãn tự chiếm các cột đứng trước.",
        },
        TableOverflow => Words {
            title: "Số trong bảng vượt giới hạn tính chính xác",
            explanation: "Công cụ tính các tổng và tỷ lệ của bảng bằng số thập phân chính xác (tối đa 28 chữ số có nghĩa), không làm tròn kiểu máy tính. Một ô, hoặc tổng của một cột, vượt quá giới hạn đó, như `1e30` trong ví dụ (số 1 với 30 số 0): không có số liệu hành chính nào lớn đến vậy, nên gần như chắc chắn là gõ nhầm.",
            fix: "Kiểm tra lại số liệu của ô đó.",
        },
        TablePercent => Words {
            title: "Tỷ lệ ghi trong bảng khác với tỷ lệ tính ra",
            explanation: "Cột có `percent_of: [a, b]` là cột tỷ lệ phần trăm: ô để trống được tính bằng cột a chia cột b nhân 100. Ô đã ghi sẵn một tỷ lệ thì được giữ nguyên, nhưng ở đây nó khác với tỷ lệ tính từ các số của dòng (21/28 là 75%, không phải 80%), nên có thể số liệu của dòng hoặc tỷ lệ bị gõ nhầm.",
            fix: "Để trống ô (`\"\"`) để công cụ tự tính, hoặc kiểm tra lại số liệu của dòng.",
        },
        RowsFrom => Words {
            title: "Không lấy được tệp của bảng",
            explanation: "`rows_from.file` ghi đường dẫn của tệp CSV hoặc XLSX mà bảng lấy các dòng số liệu, tính từ thư mục dữ liệu, như `tables/so-lieu.csv`. Tệp đó không có (hãy để ý chữ hoa, chữ thường và đuôi tệp), nằm ngoài thư mục dữ liệu (`..`, đường dẫn tuyệt đối, liên kết ra ngoài), không đọc được, hoặc không phải tệp .csv hay .xlsx. Trong ví dụ, tên tệp ghi `so-ho.csv` nhưng tệp có tên `so-lieu.csv`.",
            fix: "Sửa đường dẫn cho đúng tên tệp; chép tệp vào trong thư mục dữ liệu nếu nó ở nơi khác; lưu bảng tính dạng .xlsx hoặc .csv.",
        },
        Csv => Words {
            title: "Tệp CSV sai dạng",
            explanation: "Tệp CSV là các dòng chữ, mỗi ô ngăn bằng dấu phẩy (hoặc dấu chấm phẩy, dấu tab nếu `delimiter` nói vậy). Một ô có dấu ngoặc kép thì cả ô phải nằm trong ngoặc kép, và dấu ngoặc kép bên trong ô được viết đôi `\"\"`, như Excel lưu. Trong ví dụ, ô `\"Ấp Tân Phú\" (cũ)` mở bằng dấu ngoặc kép nhưng không đóng ở cuối ô. Lỗi chỉ ra dòng và cột trong tệp; lời của trình đọc CSV (tiếng Anh) được in sau `chi tiết:` nếu có. Lỗi này cũng báo `delimiter` khác `\",\"`, `\";\"` và `\"\\t\"` (dấu tab), hoặc `sheet`, `range` (chỉ dùng cho bảng tính XLSX) ghi cho một tệp CSV.",
            fix: "Sửa ô đó thành `\"\"\"Ấp Tân Phú\"\" (cũ)\"`, hoặc mở tệp bằng Excel hay LibreOffice rồi lưu lại dạng CSV UTF-8.",
        },
        Xlsx => Words {
            title: "Không đọc được tệp XLSX",
            explanation: "Tệp có đuôi .xlsx nhưng không đọc được như một bảng tính Excel: không phải tệp .xlsx thật (ví dụ một tệp CSV đổi tên, như trong ví dụ), là bảng tính Excel cũ (.xls), được đặt mật khẩu, hoặc bị hỏng. Thông báo nói rõ trường hợp nào; lời của trình đọc (tiếng Anh) được in sau `chi tiết:`.",
            fix: "Mở tệp bằng Excel hoặc LibreOffice, bỏ mật khẩu nếu có, rồi lưu lại dạng Excel Workbook (.xlsx); hoặc nếu là tệp CSV, đổi đuôi tệp và `rows_from.file` thành .csv.",
        },
        XlsxSheet => Words {
            title: "Bảng tính không có trang tính này",
            explanation: "`rows_from.sheet` ghi tên trang tính (sheet) mà bảng lấy số liệu, và tệp không có trang tính nào tên như vậy. Tên phải giống hệt tên ở thẻ trang tính trong Excel, kể cả dấu và khoảng trắng. Gợi ý của thông báo kể ra các trang tính có trong tệp. Không ghi `sheet` thì trang tính đầu tiên được dùng.",
            fix: "Ghi đúng tên trang tính như gợi ý, hoặc bỏ `sheet` để dùng trang tính đầu tiên.",
        },
        XlsxRange => Words {
            title: "Vùng ô viết sai dạng",
            explanation: "`rows_from.range` chọn vùng ô của trang tính mà bảng lấy, viết như trong Excel: ô góc trên bên trái, dấu hai chấm, ô góc dưới bên phải, ví dụ `A2:B3`. `A2-B3` (dấu gạch thay cho dấu hai chấm), `A2:B` hay `2:3` thì không phải một vùng ô.",
            fix: "Viết vùng ô dạng `A2:B3`, hoặc bỏ `range` để lấy cả trang tính.",
        },
        XlsxFormula => Words {
            title: "Ô công thức không có giá trị đã tính",
            explanation: "Công cụ đọc giá trị mà Excel đã tính và lưu cho mỗi ô (điều người dùng nhìn thấy trong Excel), không tự tính công thức. Ô này có công thức (trong ví dụ `=B1-25`) nhưng tệp không lưu kết quả: một số chương trình tạo tệp .xlsx không tính công thức khi lưu. Nếu bỏ qua, ô sẽ in trống.",
            fix: "Mở tệp bằng Excel hoặc LibreOffice (chương trình sẽ tính lại công thức), lưu lại, rồi chạy lại.",
        },
        XlsxCellError => Words {
            title: "Ô báo lỗi của bảng tính",
            explanation: "Ô có giá trị lỗi của bảng tính, như `#DIV/0!` (chia cho 0), `#VALUE!`, `#REF!` hay `#N/A`, tức công thức của ô tính không ra. Ngày nằm ngoài khoảng năm 1899–9999 cũng được coi là lỗi, như Excel hiện `#######`. Ô như vậy không in vào báo cáo được.",
            fix: "Sửa công thức của ô trong bảng tính (hoặc nhập số liệu), lưu lại, rồi chạy lại.",
        },
        FileLimit => Words {
            title: "Tệp của bảng vượt giới hạn",
            explanation: "Bảng lấy từ tệp được giới hạn để một tệp hỏng hoặc quá lớn không làm treo máy: tối đa 100 cột, 100.000 dòng và 500.000 ô; với tệp XLSX, mỗi phần bên trong khi giải nén tối đa 64 MiB, cả tệp 256 MiB, 1.000.000 chuỗi dùng chung và 100.000 công thức dùng chung. Trong ví dụ, vùng ô `A1:DZ2` rộng 130 cột.",
            fix: "Ghi `range:` để chỉ lấy vùng ô của bảng cần in (ví dụ `A1:B2`); chia số liệu thành nhiều bảng; hoặc mở tệp bằng Excel hay LibreOffice, chỉ giữ bảng cần in rồi lưu lại.",
        },
        AppendixRef => Words {
            title: "Không có phụ lục được nhắc đến",
            explanation: "Trong chữ của báo cáo, `[Phụ lục: khoa]` được in thành tên của phụ lục, \"Phụ lục I\", \"Phụ lục II\"… (hoặc \"Phụ lục\" khi chỉ có một). Khóa là tên tệp trong appendices/ bỏ số thứ tự đầu và đuôi .yaml: tệp appendices/01-ngan-sach.yaml có khóa `ngan-sach`. Tham chiếu này không khớp với phụ lục nào; gợi ý kể ra các khóa có.",
            fix: "Sửa khóa trong tham chiếu theo tên tệp của phụ lục, ở đây `[Phụ lục: ngan-sach]`.",
        },
        AppendixUnused => Words {
            title: "Phụ lục không được nhắc đến trong văn bản",
            explanation: "Văn bản có phụ lục kèm theo thì trong văn bản phải có chỉ dẫn về phụ lục đó (Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, mục III.1.a). Không đoạn nào của báo cáo nhắc đến phụ lục này bằng `[Phụ lục: khoa]`. Đây là cảnh báo: phụ lục vẫn được in.",
            fix: "Nhắc đến phụ lục ở chỗ thích hợp, ví dụ \"(chi tiết tại [Phụ lục: ngan-sach])\"; đoạn có tham chiếu phải đặt trong dấu nháy kép vì có dấu `: `.",
        },
        Orientation => Words {
            title: "Hướng trang không hợp lệ",
            explanation: "`orientation` của một phụ lục (hoặc `layout.orientation` của báo cáo) là `portrait` (trang dọc, mặc định) hoặc `landscape` (trang ngang, cho bảng rộng). Các giá trị khác, như `ngang`, không được nhận.",
            fix: "Viết `portrait` hoặc `landscape`.",
        },
        FigureUndefined => Words {
            title: "Số liệu chưa được định nghĩa",
            explanation: "`[=ten]` trong chữ in ra giá trị của số liệu có tên `ten`, định nghĩa dưới `figures:` của report.yaml, của một tệp lĩnh vực hay phụ lục, hoặc lấy từ một bảng. Tham chiếu này không tìm thấy số liệu nào như vậy, thường do gõ sai tên.",
            fix: "Thêm `ten: <số>` vào `figures:`, hoặc sửa tên trong tham chiếu cho khớp với tên đã định nghĩa.",
        },
        FigureUnused => Words {
            title: "Số liệu được định nghĩa nhưng không được dùng",
            explanation: "Số liệu có tên dưới `figures:` nhưng không đoạn văn, bảng hay số liệu nào khác dùng nó. Thường là số trong câu được gõ tay thay vì dùng `[=ten]`, nên số trong câu có thể lệch với số liệu đã định nghĩa. Đây là cảnh báo.",
            fix: "Dùng `[=ten]` ở chỗ in số đó, hoặc xóa định nghĩa.",
        },
        FigureTwice => Words {
            title: "Số liệu được định nghĩa hai lần",
            explanation: "Tên số liệu là chung cho cả báo cáo, để `[=ten]` ở bất cứ đâu đều chỉ một số duy nhất. Hai tệp lĩnh vực cùng định nghĩa một tên (như `ty-le`) thì công cụ không biết dùng số nào.",
            fix: "Đổi tên một trong hai số liệu (và các tham chiếu của nó) cho rõ nghĩa, như `ty-le-thu`, `ty-le-van-hoa`.",
        },
        FigureName => Words {
            title: "Tên số liệu sai dạng",
            explanation: "Tên số liệu chỉ gồm chữ thường không dấu (a–z), chữ số, `-` và `_`, như `ho-ngheo`. Tên có dấu tiếng Việt, chữ hoa hay dấu cách, như `hộ nghèo`, thì không tham chiếu được bằng `[=…]`; thường đi kèm lỗi `E-figure-undefined` ở tham chiếu. Các tên `ky-tu-ngay` và `ky-den-ngay` được dành cho thời gian chốt số liệu của kỳ báo cáo (`period`), nên cũng không đặt cho số liệu khác được.",
            fix: "Viết lại tên bằng chữ thường không dấu, số và `-`, giống hệt tên trong tham chiếu; chọn tên khác nếu tên đó được dành riêng.",
        },
        Figure => Words {
            title: "Số liệu định nghĩa sai cách",
            explanation: "Một số liệu là một số (`ho-ngheo: 96`), hoặc một nhóm khóa với đúng một trong: `value` (giá trị), `sum` (tổng các số liệu), `difference` (hiệu), `ratio` (tỷ số), `percent` (tỷ lệ phần trăm), `multiply` (nhân với `by`), `change` (so với kỳ trước). `difference`, `ratio` và `percent` cần đúng hai tên số liệu: số thứ nhất trừ hoặc chia cho số thứ hai. Trong ví dụ, `percent` chỉ có một tên.",
            fix: "Ghi đúng một phép tính với đủ số liệu, ví dụ `{percent: [thuc-hien, du-toan]}`.",
        },
        FigureCycle => Words {
            title: "Các số liệu tính vòng tròn",
            explanation: "Một số liệu được tính từ các số liệu khác, và không được quay lại tính từ chính nó. Trong ví dụ, `tong-thu` là tổng có `thu-khac`, còn `thu-khac` lại là hiệu có `tong-thu`: không số nào tính được trước. Thông báo kể ra cả vòng.",
            fix: "Ghi thẳng giá trị của một số liệu trong vòng (ở đây `thu-khac`), hoặc sửa một phép tính cho hết vòng.",
        },
        FigureZero => Words {
            title: "Số liệu chia cho 0",
            explanation: "Một `ratio` hoặc `percent` chia cho một số liệu bằng 0 (trong ví dụ, kế hoạch là 0), nên không tính được.",
            fix: "Kiểm tra số liệu ở mẫu số (số thứ hai).",
        },
        FigureOverflow => Words {
            title: "Số liệu vượt giới hạn tính chính xác",
            explanation: "Số liệu được tính bằng số thập phân chính xác, tối đa 28 chữ số có nghĩa, để `0,1 + 0,2` đúng là `0,3` và các tổng không lệch. Một giá trị hoặc một kết quả vượt quá giới hạn đó, như `2.150e30` trong ví dụ (2.150 nhân 10 mũ 30): không có số liệu hành chính nào lớn đến vậy, thường do gõ nhầm hoặc chép từ bảng tính ở dạng số mũ.",
            fix: "Kiểm tra lại giá trị, và viết số đầy đủ, không dùng dạng số mũ `e`.",
        },
        FigureDecimals => Words {
            title: "Số chữ số thập phân không hợp lệ",
            explanation: "`decimals` của một số liệu (hoặc của một cột, một ô) là số chữ số sau dấu phẩy khi in, một số nguyên từ 0 đến 6. Giá trị khác, như `9` trong ví dụ, không được nhận.",
            fix: "Ghi `decimals` từ 0 đến 6, ví dụ `decimals: 1` cho tỷ lệ phần trăm.",
        },
        TableFigure => Words {
            title: "Số liệu lấy từ bảng không đúng",
            explanation: "`figures:` của một bảng đặt tên cho một ô (`{row: …, column: …}`: ô ở cột `column` của dòng có cột STT hoặc cột đầu là `row`) hoặc cho một số đếm dòng (`{count: …}`), và `total_figure` của một cột đặt tên cho tổng của cột. Lỗi này báo: không dòng nào (hoặc nhiều hơn một dòng) có khóa `row` đó, như \"Làm đường mới\" trong ví dụ; bảng không có cột đó; ô không chứa số; số liệu vừa là ô vừa là số đếm, hoặc có hai điều kiện; hoặc tổng của một cột có ô chữ.",
            fix: "Ghi `row` đúng chữ ở cột STT hoặc cột đầu của dòng (ở đây `\"1\"`), `column` là số thứ tự cột đếm từ 1, và chọn ô của một cột số.",
        },
        Ratio => Words {
            title: "Tỷ lệ ghi trong câu khác với tỷ số đứng trước",
            explanation: "Câu có một tỷ số như \"21/28\" và một tỷ lệ phần trăm như \"đạt 80%\", nhưng 21 chia 28 là 75%, khác 80% nhiều hơn mức làm tròn của các chữ số đã viết. Một trong hai số có lẽ bị gõ nhầm. Đây là cảnh báo, vì công cụ đọc số trong câu chữ chứ không biết chắc ý người viết.",
            fix: "Kiểm tra lại tỷ số hoặc tỷ lệ; hoặc để công cụ tính: định nghĩa `{percent: [da-xong, ke-hoach]}` dưới `figures:` và viết `[=ty-le]` trong câu.",
        },
        Parts => Words {
            title: "Các phần cộng lại không bằng tổng",
            explanation: "Câu nêu một tổng rồi kể các phần của nó, trong ngoặc đơn (\"21 người (10 cán bộ, 12 công chức)\") hoặc sau chữ \"trong đó\" (\"tổng số 1.245 hồ sơ, trong đó: 812 …; 423 …\"), nhưng các phần cộng lại không bằng tổng (10 + 12 = 22, không phải 21). Một số có lẽ bị gõ nhầm. Đây là cảnh báo.",
            fix: "Kiểm tra lại tổng hoặc các phần; hoặc để công cụ tính: định nghĩa `{sum: [can-bo, cong-chuc]}` dưới `figures:` và viết `[=tong-so]` trong câu.",
        },
        Separators => Words {
            title: "Số dùng dấu phẩy ngăn cách hàng nghìn",
            explanation: "Số viết theo cách Việt Nam dùng dấu chấm ngăn hàng nghìn và dấu phẩy trước phần thập phân: \"1.245\" là một nghìn hai trăm bốn mươi lăm, \"4,2\" là bốn phẩy hai. Báo cáo này viết số theo cách đó, nhưng có một số như \"1,245\" (cách viết tiếng Anh, thường do chép từ bảng tính), mà người đọc sẽ hiểu là một phẩy hai bốn năm. Đây là cảnh báo.",
            fix: "Viết lại theo cách Việt Nam, ở đây \"1.245\".",
        },
        Previous => Words {
            title: "Thư mục kỳ trước không hợp lệ",
            explanation: "`previous` (kỳ trước) và `previous_year` (cùng kỳ năm trước) trong report.yaml ghi thư mục dữ liệu của kỳ để so sánh số liệu (`change`). Thư mục đó phải nằm cạnh thư mục dữ liệu này và được viết là `../TEN`, như `../2021-03`: công cụ không đọc thư mục nào khác, để một thư mục dữ liệu không đọc được các tệp khác của máy. Lỗi này cũng báo một thư mục `../TEN` không có hoặc không có report.yaml.",
            fix: "Viết `../TEN`, với TEN là tên thư mục của kỳ trước nằm cùng chỗ với thư mục này, ví dụ `previous: ../2021-03`.",
        },
        PreviousErrors => Words {
            title: "Thư mục kỳ so sánh còn lỗi",
            explanation: "Thư mục của kỳ trước được đọc và kiểm tra như thư mục này. Nó còn lỗi (thông báo nêu lỗi đầu tiên, ở đây ngày viết sai dạng), nên số liệu của nó không được dùng để so sánh: một con số \"tăng, giảm so với kỳ trước\" tính từ dữ liệu có lỗi có thể sai.",
            fix: "Chạy `report check` cho thư mục kỳ trước và sửa các lỗi ở đó.",
        },
        FigureChange => Words {
            title: "Không so sánh được với kỳ trước",
            explanation: "Số liệu `{change: ten}` in ra mức tăng, giảm của số liệu `ten` so với kỳ trước (hoặc cùng kỳ năm trước với `with: previous_year`), \"tăng 8,7%\" hay \"giảm 06 hộ\" (`as: amount`). Lỗi này báo: report.yaml không ghi thư mục của kỳ đó (`previous:`), như trong ví dụ; kỳ đó không có số liệu `ten`; hoặc `with`, `as` có giá trị khác `previous`, `previous_year`, `percent`, `amount`. Công cụ không bao giờ coi số liệu thiếu là 0.",
            fix: "Thêm `previous: ../TEN` vào report.yaml (thư mục kỳ trước nằm cạnh thư mục này, có số liệu cùng tên), hoặc sửa `with`, `as`.",
        },
        SectorUnchanged => Words {
            title: "Tệp lĩnh vực giống hệt kỳ trước",
            explanation: "Tệp lĩnh vực này giống hệt từng byte tệp cùng tên trong thư mục kỳ trước (`previous`). Khi tạo kỳ mới bằng `report init --from`, nội dung kỳ trước được chép sang để sửa; tệp giống hệt nghĩa là có lẽ chưa được cập nhật, và số liệu của kỳ trước vẫn còn. Đây là cảnh báo.",
            fix: "Cập nhật nội dung và số liệu của kỳ này.",
        },
        TemplatesDir => Words {
            title: "Không có thư mục mẫu",
            explanation: "`--templates THƯ_MỤC` chỉ một thư mục chứa các mẫu Markdown (report.md, header.md, blocks.md, closing.md) thay cho mẫu có sẵn. Thư mục đã ghi không có, hoặc là một tệp. Lệnh dừng lại (mã thoát 2) mà không dựng gì.",
            fix: "Ghi đúng đường dẫn của thư mục mẫu, hoặc bỏ `--templates` để dùng mẫu có sẵn (hoặc thư mục templates/ trong thư mục dữ liệu).",
        },
        Template => Words {
            title: "Mẫu Markdown lỗi",
            explanation: "Một tệp mẫu trong thư mục templates/ của thư mục dữ liệu (hoặc trong `--templates`) thay cho mẫu có sẵn cùng tên, và được viết theo cú pháp Tera: `{{ … }}` in một giá trị, `{% … %}` là một lệnh (for, if…). Mẫu này sai cú pháp, như lệnh `{% endfor` thiếu `%}` trong ví dụ; lời của Tera (tiếng Anh) chỉ ra tệp, dòng và cột. Chỉ bản Markdown dùng mẫu; lỗi này có khi dựng (`report build`), không có khi chỉ kiểm tra.",
            fix: "Sửa mẫu theo cú pháp Tera, hoặc xóa tệp mẫu để dùng mẫu có sẵn.",
        },
        TemplateBudget => Words {
            title: "Mẫu Markdown vượt giới hạn",
            explanation: "Các mẫu Markdown được dựng trong giới hạn, để một mẫu viết nhầm (hay cố ý) không làm treo máy: tối đa 32 tệp mẫu, 16 tầng mẫu gọi nhau (`include`, `extends`), 1.000.000 phần tử do các vòng `range` sinh ra, 64 MiB chữ Markdown, 10 giây và một lượng bộ nhớ giới hạn. Một mẫu báo cáo bình thường còn cách xa các giới hạn đó. Lệnh dừng lại (mã thoát 2) và không ghi tệp nào.",
            fix: "Sửa mẫu cho bớt vòng lặp hay lồng nhau, hoặc xóa nó để dùng mẫu có sẵn.",
        },
        Output => Words {
            title: "Đường dẫn kết quả không phải tệp thường",
            explanation: "`report build` ghi kết quả vào thư mục `--out` (mặc định out/), mỗi thư mục dữ liệu một tên, như out/2021-04.docx. Ở đường dẫn đó lại có một thư mục hoặc một liên kết, không phải tệp thường, nên công cụ không ghi đè: chưa ghi tệp nào, các tệp cũ được giữ nguyên.",
            fix: "Xóa hoặc đổi tên thư mục (liên kết) đó, hoặc chọn thư mục `--out` khác.",
        },
        Write => Words {
            title: "Ghi kết quả được một phần",
            explanation: "Các tệp kết quả của một lần dựng (DOCX, Markdown, PDF…) được ghi cùng lúc: tệp mới được ghi ra bên cạnh, rồi thay tệp cũ. Lần này việc ghi hỏng giữa chừng (thông báo nói lý do, như hết chỗ trên đĩa), sau khi một số tệp đã được thay mà không đặt lại được bản cũ. Thông báo kể ra các tệp đó: lúc này các tệp kết quả không cùng một lần dựng.",
            fix: "Sửa nguyên nhân (giải phóng chỗ trên đĩa, cấp quyền ghi), rồi dựng lại; hoặc dựng vào thư mục `--out` khác.",
        },
        OutInsideData => Words {
            title: "Thư mục kết quả nằm trong thư mục dữ liệu",
            explanation: "Thư mục `--out` nằm bên trong thư mục dữ liệu (hoặc thư mục mẫu): kết quả sẽ ghi lẫn vào dữ liệu, và lần dựng sau sẽ gặp các tệp lạ trong dữ liệu. Lệnh dừng lại mà không dựng gì.",
            fix: "Chọn `--out` ở ngoài thư mục dữ liệu và thư mục mẫu, ví dụ `--out out`.",
        },
        PdfNoOffice => Words {
            title: "Không tìm thấy LibreOffice để dựng PDF",
            explanation: "Bản PDF (`--format pdf`) được tạo bằng cách cho LibreOffice chuyển tệp DOCX sang PDF, vì công cụ không tự dàn trang. Máy này không có LibreOffice (chương trình `soffice` không có trong PATH), hoặc đường dẫn ghi trong `--soffice` hay biến môi trường REPORT_SOFFICE không chạy được.",
            fix: "Cài LibreOffice (trên Debian, Ubuntu: `sudo apt-get install -y libreoffice-writer-nogui fonts-liberation`), hoặc chỉ đường dẫn tới `soffice` bằng `--soffice`, hoặc bỏ `pdf` khỏi `--format`.",
        },
        Pdf => Words {
            title: "LibreOffice không tạo được PDF",
            explanation: "LibreOffice đã chạy nhưng không tạo ra tệp PDF (lời của LibreOffice được in kèm), hoặc chương trình được chỉ bằng `--soffice` ghi ra một tệp không phải PDF, hay lớn bất thường: khi đó không tệp nào bị thay. Thường do `--soffice` chỉ nhầm một chương trình khác, như trong ví dụ, hoặc bản LibreOffice bị hỏng.",
            fix: "Kiểm tra `--soffice` (hoặc REPORT_SOFFICE) chỉ đúng chương trình `soffice` của LibreOffice; mở tệp DOCX bằng LibreOffice để xem có lỗi không.",
        },
        PdfTimeout => Words {
            title: "LibreOffice chạy quá thời gian chờ",
            explanation: "Mỗi lần chuyển sang PDF được chờ tối đa `--pdf-timeout` giây (mặc định 120). LibreOffice chưa xong trong thời gian đó nên đã bị dừng, cùng mọi tiến trình nó tạo ra. Thường do máy đang bận, văn bản rất dài, hoặc thời gian chờ đặt quá ngắn như trong ví dụ.",
            fix: "Tăng thời gian chờ bằng `--pdf-timeout GIÂY`, ví dụ `--pdf-timeout 300`, hoặc chạy lại khi máy rảnh.",
        },
    }
}

/// What each code means, in English.
fn en(code: Code) -> Words {
    use Code::*;
    match code {
        DataDir => Words {
            title: "No such data folder",
            explanation: "`report check`, `report build`, `report figures` and `report init --from` need the path of an existing data folder: the folder that holds report.yaml and sectors/. The path given leads to no folder: usually a typo (a month without its zero, a wrong dash), or the command was run from another folder than the one that holds data/.",
            fix: "Check the folder's name (`ls data` lists the folders there), or go to the right folder and run the command again.",
        },
        Read => Words {
            title: "A file cannot be read",
            explanation: "The data folder opens, but a file (or folder) in it cannot be read. The message gives the system's reason: no permission to read it, another program holds it locked, a network drive went away, or symbolic links lead in a loop. A file that cannot be read cannot be checked, so nothing is built.",
            fix: "Give read permission on the file (on Windows: right-click, Properties, Security), close the program that holds it, or copy it to this machine, then run again.",
        },
        Utf8 => Words {
            title: "The file is not UTF-8 text",
            explanation: "Every data file is saved in the Unicode UTF-8 encoding. Decree 30/2020/ND-CP asks for Unicode characters per TCVN 6909:2001 (Annex I, Part I, I.4), and UTF-8 is the way every editor today stores them. This file holds bytes that are not UTF-8: usually an old program saved it in Windows-1258 or ANSI, or a Word file (.doc, .docx) was copied where a .yaml file belongs. The tool does not guess the encoding: a wrong guess would change the words of the document.",
            fix: "Open the file in Notepad (or Notepad++, VS Code), Save As with the UTF-8 encoding, and run again.",
        },
        FileTooLarge => Words {
            title: "The file is too large",
            explanation: "Each data file is read up to 4 MiB, and all the files of a data folder together up to 64 MiB. The whole reference report data/2021-04 is about 24 KB, so a file past the limit was almost surely pasted by mistake (a very long table, an image or an archive renamed .yaml). The limit keeps the machine from stalling on such a file.",
            fix: "Check for data pasted by mistake. If the content really is that long, split the sector into several files, and move large tables to a CSV or XLSX file of their own (`rows_from`).",
        },
        OutsideFolder => Words {
            title: "A link leads out of the data folder",
            explanation: "A file or folder in the data folder (or in the templates folder) is a symbolic link that leads elsewhere on the disk. The tool reads only what is inside the data folder, so that a report never mixes in files from elsewhere, and a data folder received from someone else cannot read the machine's other files.",
            fix: "Copy the file itself into the data folder instead of the link.",
        },
        SectorsDir => Words {
            title: "There is no sectors/ folder",
            explanation: "The report's content is in the data folder's sectors/ folder, one .yaml file per sector (department), read in file-name order. This data folder has no sectors/ (or sectors is a file), so the report has no content. A sectors/ folder that is there but cannot be read is `E-read`.",
            fix: "Make a sectors/ folder beside report.yaml and put the sector files in it, e.g. sectors/01-kinh-te.yaml. `report init` makes this skeleton.",
        },
        SectorFile => Words {
            title: "A file in sectors/ is not a YAML file",
            explanation: "Every file in sectors/ is taken for a sector of the report, so only .yaml (or .yml) files belong there. Another file (a .txt note, a Word copy, a sub-folder) may be content not copied in yet, so the tool says so instead of skipping it silently. Hidden files (whose names start with a dot) are skipped.",
            fix: "Move the file out of sectors/ (to the data folder, say), or copy its content into a .yaml file.",
        },
        NoSectors => Words {
            title: "The sectors/ folder has no sector file",
            explanation: "There is a sectors/ folder, but it holds no .yaml file (hidden files such as .gitkeep do not count), so the report has no content.",
            fix: "Add at least one sector file, e.g. sectors/01-kinh-te.yaml with its `title:` and content.",
        },
        TooManySectors => Words {
            title: "Too many files in sectors/",
            explanation: "The sectors/ folder is read up to 500 files. A People's Committee report with a few dozen sectors is already a long one; hundreds of files usually mean a whole other folder was copied into sectors/ by mistake. The limit keeps the tool from reading without end.",
            fix: "Remove what was copied into sectors/ by mistake, or merge small sectors into one file.",
        },
        AppendixFile => Words {
            title: "A file in appendices/ is not a YAML file",
            explanation: "Each file in the appendices/ folder is an appendix of the report (Phụ lục I, II, … in file-name order), so only .yaml (or .yml) files belong there. Another file may be an appendix not written as YAML yet, so the tool says so instead of skipping it. Hidden files (whose names start with a dot) are skipped.",
            fix: "Move the file out of appendices/, or write the appendix as a .yaml file (`title:`, `body:`).",
        },
        TooManyAppendices => Words {
            title: "Too many files in appendices/",
            explanation: "The appendices/ folder is read up to 50 files. Appendices are numbered in Roman numerals, Phụ lục I, II, III… (Decree 30/2020/ND-CP, Annex I, Part I, III.1.a); more than 50 usually means a whole folder was copied into appendices/ by mistake.",
            fix: "Remove what was copied into appendices/ by mistake, or merge appendices.",
        },
        YamlTab => Words {
            title: "A tab used for indentation",
            explanation: "Data files are written in YAML, where the indentation (the spaces at the start of a line) tells which line belongs to which group. YAML indents with spaces only, never with tabs, since every editor shows a tab at another width. In the example, the line `- body:` starts with a tab that looks like two spaces.",
            fix: "Replace the tab at the start of the line by spaces, as many as the lines of its level have. Many editors have an option that turns tabs into spaces.",
        },
        YamlIndent => Words {
            title: "A line indented unlike the others of its level",
            explanation: "In YAML, the keys of one group start at the same column. In the example, `footnotes:` belongs to the model, at the level of `title:` and `body:` (4 spaces in), but it is indented by 3 spaces, so it belongs to no group.",
            fix: "Indent the line by as many spaces as the keys of its level above.",
        },
        YamlQuote => Words {
            title: "A quote opened and never closed",
            explanation: "A value that starts with a quote (`\"` or `'`) ends with the same quote. Without it, YAML reads the lines after it as text of the paragraph, to the end of the file. The tool points at the opening quote, even when the YAML reader only trips lines later.",
            fix: "Add the closing quote at the end of the value. Inside the text, a double quote is written `\\\"`; in a value opened with `'`, a `'` is written `''`.",
        },
        YamlAfterQuote => Words {
            title: "Text after the closing quote of a value",
            explanation: "When a value starts with a quote, YAML takes the closing quote for the end of the value, and nothing else may follow. This often happens when a paragraph starts with a quoted name, as in `\"Hội quán Làng bột\" hoạt động hiệu quả.`: YAML takes the quoted part for the whole value and cannot place the rest.",
            fix: "Put the whole paragraph in double quotes, and write the double quotes inside it as `\\\"`.",
        },
        YamlBracket => Words {
            title: "A [ or { opened and never closed",
            explanation: "In YAML, `[ … ]` is a list written on one line and `{ … }` a mapping written on one line. An opening bracket without its closing one makes YAML read on into the next lines and trip further down; the tool points at the opening bracket. If the `[` is text (a paragraph that starts with `[`), the value must be in double quotes.",
            fix: "Add the `]` (or `}`) at the end, or write the list on several lines, one item per line starting with `- `.",
        },
        YamlColon => Words {
            title: "A colon and a space in an unquoted value",
            explanation: "YAML reads `: ` (a colon, then a space) as what separates a key from its value. In an unquoted value that holds `: `, such as `title: Lĩnh vực kinh tế: nông nghiệp, dịch vụ`, YAML cannot tell which colon ends the key. A report's text often has colons (\"Kết quả: …\", \"Chi tiết tại [Phụ lục: …]\"), so this mistake is a common one.",
            fix: "Put the whole value in double quotes. A value that ends with a colon, such as the title \"Trong lĩnh vực kinh tế:\", also goes in double quotes.",
        },
        YamlDash => Words {
            title: "A `- ` line where a key belongs",
            explanation: "A line that starts with `- ` is an item of a list, and goes under the list's key, indented deeper than the key. In the example, the difficulty `- Thiếu vốn sản xuất.` stands at the left margin with no `difficulties:` key above it, so YAML cannot tell which list it belongs to.",
            fix: "Add the list's key on the line above (here `difficulties:`) and indent the items deeper than the key. If the `-` is text, put the whole value in double quotes.",
        },
        YamlNoColon => Words {
            title: "A line that is not `key: value`",
            explanation: "At the top level of a file, and in each mapping, every line is `key: value`, or the continuation of the value on the line above (indented deeper). The line `Khó khăn` in the example has no colon: it is probably a note for whoever reads the file.",
            fix: "For a note, start the line with `#` (YAML skips what follows a `#`). For a key, add `:` and a space after its name. For the continuation of the paragraph above, indent the line deeper than the key.",
        },
        YamlReserved => Words {
            title: "An unquoted value that starts with @ or a backtick",
            explanation: "YAML reserves `@` and `` ` `` at the start of a value, so an unquoted value cannot start with them, such as a social-media account written after `@`.",
            fix: "Put the whole value in double quotes, and write the double quotes inside it as `\\\"`.",
        },
        YamlDocuments => Words {
            title: "A --- or ... line splits the file",
            explanation: "In YAML, a line of only `---` (or `...`) starts (or ends) a new document in the same file. Each data file is one document, so what follows the line would be cut off from the file. Such a line is usually typed as a rule, to make the file easier to read.",
            fix: "Delete the line; to set parts apart, use a comment line that starts with `#`. If `---` is text of a paragraph, put the whole paragraph in double quotes.",
        },
        NotMapping => Words {
            title: "The file is not `key: value` lines",
            explanation: "Each data file (report.yaml, a sector file, an appendix file) is a mapping: `key: value` lines at the left margin, such as `title:` and `models:`. This file is a list instead (lines that start with `- `), or only a text, so the tool cannot tell the title from the content.",
            fix: "Start the file with keys at the left margin, one per line: `title:` for the sector's title; `models:`, `intro:` or `difficulties:` for the paragraphs.",
        },
        YamlSyntax => Words {
            title: "YAML syntax error",
            explanation: "The YAML reader met a mistake of no kind that has a code of its own (tab, indentation, quote, bracket, colon…). The reader's own words, in English, follow `detail:`. A common case: a paragraph that starts with `*` (italics at its start) or with `&`, `!`, `|`, `>`, `%`: at the start of a value YAML reads these as its own signs (`*` is an alias), not as text.",
            fix: "Look at the line shown and the one before it: brackets, quotes, indentation. Put a paragraph that starts with a special character in double quotes.",
        },
        YamlLimit => Words {
            title: "The file exceeds a safety limit of the YAML reader",
            explanation: "The YAML reader has limits so that a broken or hostile file cannot stall the machine: at most 24 levels of nesting, 250,000 items, 10,000 aliases and 16 MiB of text. Report data nests 5 or 6 levels deep, so a file past the limits is broken, or multiplies its content with YAML aliases.",
            fix: "Write the content out: no lists nested many levels deep, no aliases (`&name`, `*name`).",
        },
        UnknownKey => Words {
            title: "Unknown key",
            explanation: "Each mapping takes only the keys of the format (English names, lower case, joined with `_`; see docs/data-format.md). An unknown key is usually a misspelt one (`bodi` for `body`, `adressees` for `addressees`), and skipping it would drop what is under it from the report without anyone noticing. The tool suggests the nearest right key, or lists the keys allowed there. A misspelt required key gives this error only, not `E-missing-key` as well.",
            fix: "Correct the key's name as suggested.",
        },
        MissingKey => Words {
            title: "Missing required key",
            explanation: "Some keys must be there: report.yaml needs `agency`, `symbol`, `place`, `date`, `doc_type`, `summary`, `sections`, `closing`, `recipients` and `signer`, the main components of an administrative document (Decree 30/2020/ND-CP, Article 8.2); each sector file needs `title`; each model needs `body`. While a file's structure is wrong like this, its content is not checked until it is fixed.",
            fix: "Add the missing key to the mapping shown.",
        },
        WrongType => Words {
            title: "A value of the wrong kind",
            explanation: "Each key takes one kind of value: a string (`title: Trong lĩnh vực kinh tế`), a list (`- …` lines under it), a mapping, or a number. In the example, the sector's `title` is a list, where a title is one line of text. While a file's structure is wrong like this, its content is not checked until it is fixed.",
            fix: "Write the value of the kind the message names: text on the key's own line; a list one item per line, each starting with `- `.",
        },
        DuplicateKey => Words {
            title: "A key written twice",
            explanation: "In one mapping each key is written once. YAML would keep one value of a key written twice and drop the other silently, so the tool points at both. In the example the model has two `body:` keys, and the first paragraph would be lost.",
            fix: "Merge the two (here: every paragraph under one `body:`), or delete the extra line.",
        },
        Nfc => Words {
            title: "Text not in Unicode NFC",
            explanation: "A Vietnamese letter with marks can be stored two ways: precomposed (\"ệ\" as one character) or decomposed (\"e\" plus a circumflex plus a dot below, three characters). Both look the same, so the example below looks no different from its fix; but decomposed text makes searching, sorting and counting go wrong, and some fonts misplace the marks. Decree 30/2020/ND-CP asks for Unicode per TCVN 6909:2001 (Annex I, Part I, I.4), whose common form is the precomposed one (NFC). This is a warning, once per file: the build normalises the text to NFC.",
            fix: "Save the file precomposed: Unikey's converter (Ctrl+Shift+F6) from \"Unicode tổ hợp\" to \"Unicode\"; many editors have a \"precomposed Unicode\" (NFC) option.",
        },
        ControlChar => Words {
            title: "A control character in the text",
            explanation: "The text holds an invisible character that does not print, most often the line break Word puts in on Shift+Enter, pasted along (U+000B). In a DOCX such characters either break the file or vanish, so the tool does not drop them: an invisible character in an administrative document should be seen and removed by a person. It may be in the file as it is, or written as a YAML escape inside double quotes, like the `\\v` of the example; the error points at it.",
            fix: "Delete the character, or replace it with a space.",
        },
        LegacyEncoding => Words {
            title: "Text typed in a legacy encoding (TCVN3, VNI)",
            explanation: "The passage looks typed in the legacy TCVN3 (ABC, the .VnTime fonts) or VNI (VNI-Times) encoding and then copied into a UTF-8 file: the words show as odd characters such as `Uû ban nh©n d©n`. Decree 30/2020/ND-CP asks for Times New Roman with Unicode per TCVN 6909:2001 (Annex I, Part I, I.4), so this passage cannot print right. The message names the encoding found.",
            fix: "Convert the passage to Unicode with Unikey: copy it, open the converter (Ctrl+Shift+F6), choose TCVN3 (ABC) or VNI Windows as the source, as the message says, and Unicode as the target, then paste it back. Or retype the passage in Unicode.",
        },
        Markup => Words {
            title: "Malformed emphasis or reference",
            explanation: "In a report's text, `*italics*` and `**bold**` have an opening and a closing mark; `[^key]` refers to a footnote, `[=name]` to a figure, `[Phụ lục: key]` to an appendix. This error is a `*` or `**` opened and never closed (as in the example), or a reference whose key is malformed (capitals, Vietnamese marks or spaces) or lacks its `]`. Left so, the words after the `*` would print in italics to the end of the paragraph, or the reference would print as typed.",
            fix: "Add the closing mark after the emphasised words; write `\\*` for a literal star. A reference's key is lower-case letters without marks, digits and `-`, e.g. `[^hoi-quan]`, `[=ho-ngheo]`.",
        },
        Blank => Words {
            title: "An empty title, paragraph or item",
            explanation: "A title, a paragraph, an item, a footnote or another line of the document (the place, the summary, a recipient, the signer…) is only spaces, or the empty string `\"\"`. Printed, it would be an empty line, or a dash with no words, in the document, so the tool asks for the content or for the line to go.",
            fix: "Write the content there, or delete the whole line.",
        },
        Placeholder => Words {
            title: "A «điền: …» placeholder is still there",
            explanation: "`report init` makes the folder of a new period and marks with «điền: …» (\"fill in: …\") what the clerk must write (this period's request for the report, say). The mark is still there, so the report is not built: it would print «điền: …» in the document.",
            fix: "Replace the whole «điền: …», the « » included, with this period's content.",
        },
        FootnoteUndefined => Words {
            title: "Footnote not defined",
            explanation: "A reference `[^key]` goes right after the word it explains, and the footnote's text under `footnotes:` of the model, the sector file, the table, the appendix or report.yaml, by its key. This reference finds no such key, usually because the key is misspelt or the footnote's text was never written.",
            fix: "Add `key: <text>` under `footnotes:` (of the model or of the file), or correct the key of the reference to one that is defined.",
        },
        FootnoteUnused => Words {
            title: "Footnote defined but never used",
            explanation: "The footnote's text is under `footnotes:`, but no `[^key]` reference points at it, so it would not print. Usually the reference was never put in the paragraph, or its key is misspelt.",
            fix: "Put `[^key]` right after the word it explains (no space between), or delete the unused footnote.",
        },
        FootnoteTwice => Words {
            title: "Footnote defined twice",
            explanation: "Footnote keys are shared by the whole report: footnotes are numbered 1, 2, 3… in reading order across every sector, so each key is defined once. When two sector files written by two people use the same key (such as `ghi-chu`), the tool cannot tell which reference means which footnote; the error points at both places.",
            fix: "Rename one of the two keys, where it is defined and where it is referred to; keys named after their content, such as `hoi-quan`, `clb-duong-sinh`, do not clash.",
        },
        FootnoteReused => Words {
            title: "Footnote placed twice",
            explanation: "A footnote belongs to one place in the text: in Word, a footnote has one number and one place. This `[^key]` is already placed elsewhere; the error points at both places.",
            fix: "Remove the second reference, or define a new footnote (another key) for that place.",
        },
        FootnoteNested => Words {
            title: "A footnote inside a footnote",
            explanation: "A footnote's text refers to another footnote with `[^…]`. Word cannot put a footnote inside a footnote, so this cannot print.",
            fix: "Write the explanation into the footnote's own text (in parentheses, say), and remove the `[^…]`.",
        },
        FootnoteKey => Words {
            title: "Malformed footnote key",
            explanation: "A footnote key under `footnotes:` is lower-case letters without marks (a–z), digits and `-` only, such as `hoi-quan`. A key with capitals, Vietnamese marks or spaces, such as `Hội-quán`, cannot be referred to with `[^…]`. It usually comes with `E-footnote-undefined` at the reference.",
            fix: "Write the key in lower-case letters without marks, digits and `-`, exactly as the reference has it.",
        },
        EmptySector => Words {
            title: "A sector with no content",
            explanation: "The sector file has only its title (`title:`), and no `intro`, `models`, `after`, `difficulties` or `proposals`. It would print a heading with nothing under it. Usually the file is new and not written yet, or its content is indented wrongly and so sits outside those keys.",
            fix: "Write the sector's content under at least one of `intro`, `models`, `after`, `difficulties`, `proposals`; or delete the file if the sector has nothing to report this period.",
        },
        EmptyModel => Words {
            title: "A model with no content",
            explanation: "Each model in `models:` needs at least one paragraph in `body:`. This model has `body: []` (an empty list), so it would print a number or a model's name with nothing under it.",
            fix: "Write at least one paragraph under `body:`, or delete the model.",
        },
        Block => Words {
            title: "A block needs exactly one of `numbered` or `table`",
            explanation: "An item of a paragraph list (`body`, `intro`, `after`, `opening`…) is a paragraph (a string), or a block: `numbered:` for a list of items lettered a), b), c)…, `table:` for a table. A block has one of the two keys only. In the example, `table:` is indented as deep as `numbered:`, so YAML takes both for one block. A paragraph with `: ` in it and no double quotes can also be read by YAML as such a block.",
            fix: "Split it into two items, each starting with `- ` (`- numbered:` and `- table:`). If it is a paragraph with `: ` in it, put the whole paragraph in double quotes.",
        },
        EmptyList => Words {
            title: "An empty `numbered` list",
            explanation: "A `numbered:` block is a list of items, lettered a), b), c)… when printed. This list is empty, so it prints nothing, where the paragraph before it usually announces a list (\"… trong các việc sau:\").",
            fix: "Add the items, one per line starting with `- `, or delete the block.",
        },
        Include => Words {
            title: "An `include` that means nothing",
            explanation: "Each section of the report in `sections:` can take content from the sectors with `include:`, one of three values: `sectors` (the sectors' content), `difficulties`, `proposals`. Another value, such as `khokhan`, tells the tool nothing to take.",
            fix: "Use one of `sectors`, `difficulties`, `proposals`, or leave `include` out if the section has its `body` only.",
        },
        Numbering => Words {
            title: "Unknown numbering style",
            explanation: "The `numbering:` key chooses how the sections (`sections`), sector headings (`sectors`), models (`models`) and items (`items`) are numbered. Each style is one of `\"I.\"`, `\"1.\"`, `\"1)\"`, `\"a)\"`, `\"a.\"`, `\"-\"`, `\"+\"`, `\"*\"` or `\"\"` (no number). The `\"1-\"` of the example is not one of them. The heading scheme of Decree 30/2020/ND-CP uses I., 1., a) (Annex I, Part I, II.6.đ); the others follow the habits of reports.",
            fix: "Use one of the styles above, in double quotes.",
        },
        Date => Words {
            title: "A date that does not exist or is malformed",
            explanation: "The date of issue (`date`) is written year-month-day, `YYYY-MM-DD`, e.g. `2021-04-28`, and must be a real day (there is no 29 February 2023). From it the tool prints the decree's form, \"Sa Đéc, ngày 28 tháng 4 năm 2021\": written out in Arabic digits, a day below 10 and the months 1 and 2 with a leading zero (Decree 30/2020/ND-CP, Annex I, Part I, II.4.b). `28/04/2021` could be read as the 4th of month 28 or the 28th of April, so it is not taken.",
            fix: "Write the date as `YYYY-MM-DD`: the year in 4 digits, then the month, then the day, joined by `-`.",
        },
        Period => Words {
            title: "A reporting period malformed or missing",
            explanation: "`period:` in report.yaml names the reporting period in one of the forms `2026-09` (a month), `2026-q3` (a quarter), `2026-6t` (the first 6 months), `2026-9t` (9 months) or `2026` (a year). From it the tool knows what to call the period (\"quý III năm 2026\") and its data cut-off under the reporting regime of Decree 09/2019/ND-CP (Article 12), printed by `[=ky-tu-ngay]` and `[=ky-den-ngay]`. This error is a period in another form, like the `quý 3/2026` of the example, or a paragraph that uses `[=ky-tu-ngay]`, `[=ky-den-ngay]` while report.yaml names no `period`.",
            fix: "Write the period in one of the forms above, e.g. `period: 2026-q3`.",
        },
        Number => Words {
            title: "The document number is not of the decree's form",
            explanation: "The document's number (`number`) is the sequence number the registry assigns, in Arabic digits, with a leading zero below 10: \"Số: 05/BC-UBND\" (Decree 30/2020/ND-CP, Annex I, Part I, II.3.a and II.3.c). A number with a letter (`05a`), a space, or below 10 without its zero (`5`) is not right. A paper document is numbered only once signed (Article 15.2), so `number: \"\"` may stay blank, to fill in by hand.",
            fix: "Write the number in digits, with a zero before a number below 10 (`\"05\"`), in double quotes; or leave it `\"\"` while there is no number yet.",
        },
        Symbol => Words {
            title: "The document symbol is not of the decree's form",
            explanation: "The symbol (`symbol`) is the abbreviation of the document type and that of the issuing agency, such as `BC-UBND`: capitals, groups joined by a hyphen `-`, no spaces (Decree 30/2020/ND-CP, Annex I, Part I, II.3.b and II.3.c). Only the official abbreviations with lower-case letters (QyĐ, CTr, TTr, in Annex III) are kept as they are. A công văn (official letter) has no type abbreviation: its symbol is the agency and the drafting unit, such as `UBND-VX`. The number and the `/` are not part of the symbol: the tool prints \"Số: 05/BC-UBND\".",
            fix: "Write groups of capitals joined by `-`, with no spaces, e.g. `BC-UBND`.",
        },
        SymbolType => Words {
            title: "The symbol does not match the document type",
            explanation: "The first group of the symbol is the abbreviation of the document type, from Annex III of Decree 30/2020/ND-CP: Báo cáo is BC, Tờ trình TTr, Kế hoạch KH, Quyết định QĐ… Here `doc_type` is BÁO CÁO but the symbol starts with QĐ, usually copied from another document. It is a warning, since the tool does not know every agency's own cases.",
            fix: "Correct the symbol's first group for the type (here `BC-UBND`), or `doc_type` if the document really is of another type.",
        },
        Authority => Words {
            title: "The signing authority is not of the decree's form",
            explanation: "Each line of `signer.authority` (the signer's authority) starts with one of the abbreviations `TM.` (on behalf of a collective, e.g. \"TM. ỦY BAN NHÂN DÂN\"), `KT.` (signing for the head), `TL.` (by order), `TUQ.` (by delegation), `Q.` (acting head), in capitals, with the dot and a space (Decree 30/2020/ND-CP, Annex I, Part I, II.7.b; Article 13). `T.M.`, `TM` without the dot, or `TM.ỦY BAN` without the space are wrong. A head who signs in his or her own right has no `authority`, only the `title`.",
            fix: "Correct the start of the line to the right abbreviation, e.g. `TM. ỦY BAN NHÂN DÂN`.",
        },
        RecipientsEmpty => Words {
            title: "The recipient list is empty",
            explanation: "The recipients are where the document goes to be acted on, to be known, and where it is kept (Decree 30/2020/ND-CP, Annex I, Part I, II.9.a), so the list cannot be empty. It has at least the archive line \"Lưu: VT\".",
            fix: "List the recipients, one per line: \"Như trên\" first if the report has addressees, \"Lưu: VT\" last.",
        },
        RecipientsArchive => Words {
            title: "The recipients lack the archive line",
            explanation: "The last recipient is where the document is kept: the word \"Lưu\", a colon, the abbreviation \"VT\" (the registry), and optionally the drafting unit's abbreviation and the number of copies kept (Decree 30/2020/ND-CP, Annex I, Part I, II.9.d). No line of this list starts with \"Lưu\". The tool adds the \"- \" before each line and the \";\" and \".\" after them when it prints.",
            fix: "Add a last line `\"Lưu: VT\"` (in double quotes, for its colon), e.g. `\"Lưu: VT, VP.\"`.",
        },
        RecipientsNhuTren => Words {
            title: "Addressees, but the recipients do not start with \"Như trên\"",
            explanation: "A report sent to a higher body has two parts of recipients: \"Kính gửi\" (`addressees`), those who act on it, and \"Nơi nhận\", whose first line \"Như trên\" (\"as above\") names them again, before the others (Decree 30/2020/ND-CP, Annex I, Part I, II.9.b). This report has addressees, but its first recipient is not \"Như trên\". It is a warning, as there may be a reason.",
            fix: "Add \"Như trên\" as the first line of `recipients`.",
        },
        Layout => Words {
            title: "A layout option outside what the decree allows",
            explanation: "The `layout:` key chooses the layout within what Decree 30/2020/ND-CP allows (Annex I, Part I): top and bottom margins 20–25 mm, left 30–35 mm, right 15–20 mm (I.3); body text 13–14 pt, first-line indent 1 cm or 1.27 cm, at least 6 pt between paragraphs (the tool takes up to 72), line spacing from single to 1.5 lines (II.6.e); national title/motto/place sizes \"13/14/14\" or \"12/13/13\". A value outside its range would break the document's form, so it is an error.",
            fix: "Choose a value within the range, or leave the key out for the default (margins 20/20/30/15 mm, 14 pt text).",
        },
        LandscapeBody => Words {
            title: "A landscape body is not allowed here",
            explanation: "A document is laid out along the length of the A4 page (portrait). Only when its content has tables not made into appendices may it be laid out across the width (Decree 30/2020/ND-CP, Annex I, Part I, I.2). This report has `layout.orientation: landscape` but its body has no table, or it has appendices.",
            fix: "Remove `layout.orientation` (or write `portrait`). For a wide table, move it into an appendix and turn that appendix alone (`orientation: landscape` in the appendix file).",
        },
        MarkUrgency => Words {
            title: "An urgency the decree does not know",
            explanation: "The urgency mark (`marks.urgency`) has three levels only: khẩn, thượng khẩn, hỏa tốc (Decree 30/2020/ND-CP, Annex I, Part I, III.2.b). The tool prints them in framed capitals, under the document number. Other words, such as \"gấp\" (\"urgent\"), are not a level.",
            fix: "Write one of khẩn, thượng khẩn, hỏa tốc (any case; \"hoả tốc\" too); or leave `urgency` out.",
        },
        MarkCirculation => Words {
            title: "A circulation note the decree does not know",
            explanation: "The circulation note (`marks.circulation`) is \"LƯU HÀNH NỘI BỘ\" (internal circulation) or \"XEM XONG TRẢ LẠI\" (return after reading) (Decree 30/2020/ND-CP, Annex I, Part I, III.2.c). A secrecy mark (mật, tối mật, tuyệt mật) is no circulation note: it follows the law on state secrets (III.2.a), and the tool does not print it.",
            fix: "Write \"lưu hành nội bộ\" or \"xem xong trả lại\" (any case); or leave `circulation` out.",
        },
        MarkTypist => Words {
            title: "A wrong typist code or number of copies",
            explanation: "The drafter's (typist's) code and the number of copies issued (`marks.typist`) print at the foot of the recipients, as \"PL.(300)\": the code in capitals, the copies in Arabic digits (Decree 30/2020/ND-CP, Annex I, Part I, III.3). The tool takes a `code` of capital letters, no spaces, no dot, at most 8 of them, and `copies` a whole number from 1.",
            fix: "Write `code` in capitals (e.g. `PL`) and `copies` as the number of copies issued (e.g. `12`); the tool adds the dot and the parentheses.",
        },
        MarkDraft => Words {
            title: "A draft round that is not valid",
            explanation: "`marks.draft` marks the document as a draft: `1` prints \"Dự thảo\", `2` \"Dự thảo lần 2\" (second draft), and so on. The value is a whole number from 1 to 99; `0`, a fraction or a word is not right. The draft mark is not in Decree 30/2020/ND-CP; it follows the agencies' habit.",
            fix: "Give the draft's round, e.g. `draft: 2`; remove `draft` once the document is signed.",
        },
        DraftNumbered => Words {
            title: "A draft that already has a number",
            explanation: "A paper document is numbered only after it is signed (Decree 30/2020/ND-CP, Article 15.2), so a draft (`marks.draft`) has no number yet. This report is both a draft and numbered: either the number came too early, or the document is signed and the draft mark was left.",
            fix: "Keep `number: \"\"` until the document is signed; once signed, remove `marks.draft` and give the number.",
        },
        ElectronicNumbered => Words {
            title: "An electronic document that already has a number",
            explanation: "For an electronic document (`marks.electronic: true`), the number and the date of issue are given by the document system when it is signed digitally (Decree 30/2020/ND-CP, Article 15.3), so the document leaves its number, day and month blank. This report is electronic but has a `number`.",
            fix: "Keep `number: \"\"`; or remove `marks.electronic` if the document is signed by hand on paper.",
        },
        ZeroPadding => Words {
            title: "Counts sometimes zero-padded, sometimes not",
            explanation: "Many reports write counts below 10 with a leading zero (\"08 Hội quán\", \"06/07 ấp\"). Decree 30/2020/ND-CP asks for the zero only in the document number and the date of issue, not in counts in the text; but a document should be consistent. In the example, \"06/07\" is padded and \"07/9\" is not. It is a warning about style.",
            fix: "Choose one way, with or without the zero, and keep to it throughout the report.",
        },
        Capitalisation => Words {
            title: "One word capitalised in some places and not in others",
            explanation: "By Annex II of Decree 30/2020/ND-CP, the common noun of an administrative unit is lower case and only the proper name is capitalised: \"thành phố Sa Đéc\", \"tỉnh Đồng Tháp\" (except units named by a number, such as \"Phường 1\"). Many places capitalise a standalone \"Thành phố\" that means their own city. This document writes the standalone word both ways for the same place. It is a warning about style.",
            fix: "Choose one way and keep to it; Annex II says lower case (\"trên địa bàn thành phố\").",
        },
        Ellipsis => Words {
            title: "Ellipses written in several ways",
            explanation: "An ellipsis can be typed as three dots \"...\" or as the one character \"…\", and is sometimes typed with one dot too many, \"....\". This document uses several forms at once, which prints unevenly. It is a warning about style.",
            fix: "Use one form, e.g. \"...\", throughout the report.",
        },
        TableColumns => Words {
            title: "A table with no columns",
            explanation: "A table (`table:`) declares its columns in `columns:`, one item per column from left to right, with its relative width (`width`), its alignment (`align`) and, for a number column, its decimals (`decimals`). This table has `columns: []`, so it cannot be built.",
            fix: "Declare one item per column, e.g. `- {width: 3}` for a text column, `- {width: 1, decimals: 0}` for a number column.",
        },
        TableRows => Words {
            title: "A table with no data rows",
            explanation: "The table has columns, and maybe header rows (`header`), but no data row: no `rows:`, and no rows taken from a file (`rows_from:`). It would print a lone header.",
            fix: "Add `rows:` (each row a list of cells) or `rows_from:` (rows taken from a CSV or XLSX file).",
        },
        TableRow => Words {
            title: "A row that does not match the table's columns",
            explanation: "Each row covers exactly the table's columns: its cells, plus the columns its merged cells span (`cols`), plus the columns that cells merged down (`rows`) from above cover, make the number of `columns`. In the example the table has 3 columns and its second row 2 cells. The error is also a cell spanning into a column that a cell merged down from above covers. For rows from a CSV file, it points at the file's line.",
            fix: "Add or remove cells to fill the columns; a cell with no figure is left empty, `\"\"`. Write no cell for a column that a cell merged down from above covers.",
        },
        TableMerge => Words {
            title: "A cell merged down past the last row",
            explanation: "A cell merged down (`rows: N`) covers N rows, and stays within its part of the table: the header rows (`header`) and the data rows (`rows`) merge separately. In the example the cell \"Ấp\" merges 3 rows down in a header of 2 rows.",
            fix: "Lower `rows` to fit the rows of its part.",
        },
        TableSpan => Words {
            title: "A column or row span that is not valid",
            explanation: "A merged cell is `{text: …, cols: N}` (spanning N columns) or `{text: …, rows: N}` (N rows), N a whole number from 1. `0`, a negative number or a fraction cannot merge.",
            fix: "Give `cols` or `rows` a whole number from 1 (1 merges nothing).",
        },
        TableNumber => Words {
            title: "A text in a number column",
            explanation: "A column with `decimals` (or `percent_of`) is a number column: every cell of it is a number, so that the tool prints it the Vietnamese way (dots between thousands, a comma before decimals), adds up the total row and computes figures. A cell is a YAML number (`1231500`, `65.2`) or a string written either way (`\"1.231.500\"`, `\"65,2\"`); an empty cell, `-`, `–` or `x` means no figure. This cell is text. For rows from a CSV or XLSX file, the error points at the file's cell.",
            fix: "Write a number in the cell, or leave it empty (`\"\"`) or `-` when there is no figure. If the column really holds text, remove its `decimals`.",
        },
        NumberAmbiguous => Words {
            title: "A number 1.500 written without quotes",
            explanation: "In YAML, an unquoted `1.500` is a decimal number, one and a half, since YAML puts a dot before decimals. A Vietnamese writer usually means fifteen hundred by `1.500`. The tool does not guess but warns: the cell would print as 1,5 (or 2 in a column without decimals).",
            fix: "For fifteen hundred write `1500` or `\"1.500\"` (in double quotes, a string with one dot and exactly three digits after it is read the Vietnamese way); for one and a half write `1.5`.",
        },
        TableColumn => Words {
            title: "A column option that is not valid",
            explanation: "Each column in `columns:` may have: `width`, its relative width, a positive number; `align`, `left`, `center` or `right`; `decimals`, a whole number from 0 to 6; `percent_of`, two column numbers (from 1) to compute a percentage from. The total row's `label_align` is `left`, `center` or `right` too. In the example, `align: giữa` (\"middle\") is not a value taken.",
            fix: "Write the value in one of the forms above, e.g. `align: center`.",
        },
        TableTotal => Words {
            title: "The total row adds up the wrong columns",
            explanation: "The total row (`total:`) adds up the columns its `columns:` names (column numbers, from 1), and only the table's number columns (those with `decimals`) add up. In the example, column 1 is a text column (the hamlets' names). The error is also `label_columns` (the columns of the \"Tổng cộng\" label) not lying before the first summed column.",
            fix: "Name number columns only, e.g. `columns: [2]`; the label takes the columns before them.",
        },
        TableOverflow => Words {
            title: "A number of the table past exact arithmetic",
            explanation: "The tool computes a table's totals and percentages in exact decimals (at most 28 significant digits), without a computer's binary rounding. A cell, or a column's total, is past that limit, like the `1e30` of the example (a 1 with 30 zeros): no administrative figure is that large, so it is almost surely a typo.",
            fix: "Check the cell's figure.",
        },
        TablePercent => Words {
            title: "A percentage in the table that its row does not give",
            explanation: "A column with `percent_of: [a, b]` is a percentage column: an empty cell is computed as column a divided by column b, times 100. A percentage typed in is kept, but here it differs from what the row's figures give (21/28 is 75%, not 80%), so the row's figures or the percentage may be mistyped.",
            fix: "Leave the cell empty (`\"\"`) for the tool to compute it, or check the row's figures.",
        },
        RowsFrom => Words {
            title: "The file of a table cannot be taken",
            explanation: "`rows_from.file` gives the path of the CSV or XLSX file a table takes its rows from, from the data folder, such as `tables/so-lieu.csv`. That file is not there (mind capitals and the extension), is outside the data folder (`..`, an absolute path, a link leading out), cannot be read, or is not a .csv or .xlsx file. In the example the path says `so-ho.csv` but the file is named `so-lieu.csv`.",
            fix: "Correct the path to the file's name; copy the file into the data folder if it is elsewhere; save the spreadsheet as .xlsx or .csv.",
        },
        Csv => Words {
            title: "Malformed CSV",
            explanation: "A CSV file is lines of text, cells separated by commas (or semicolons, or tabs, when `delimiter` says so). A cell with a double quote is quoted whole, and the quotes inside it are doubled, `\"\"`, as Excel writes them. In the example, the cell `\"Ấp Tân Phú\" (cũ)` opens with a quote that does not close it at its end. The error points at the file's line and column; the CSV reader's own words (in English), if any, follow `detail:`. The error is also a `delimiter` other than `\",\"`, `\";\"` and `\"\\t\"` (a tab), or a `sheet` or `range` (for XLSX workbooks only) given for a CSV file.",
            fix: "Write the cell as `\"\"\"Ấp Tân Phú\"\" (cũ)\"`, or open the file in Excel or LibreOffice and save it again as CSV UTF-8.",
        },
        Xlsx => Words {
            title: "The XLSX file cannot be read",
            explanation: "The file's name ends in .xlsx but it does not read as an Excel workbook: it is no real .xlsx (a CSV file renamed, as in the example), an old Excel workbook (.xls), one under a password, or a damaged one. The message says which; the reader's own words (in English) follow `detail:`.",
            fix: "Open the file in Excel or LibreOffice, remove its password if any, and save it again as an Excel Workbook (.xlsx); or, for a CSV file, rename it and its `rows_from.file` to .csv.",
        },
        XlsxSheet => Words {
            title: "The workbook has no such sheet",
            explanation: "`rows_from.sheet` names the sheet a table takes its figures from, and the workbook has no sheet of that name. The name must be exactly the one on Excel's sheet tab, marks and spaces included. The hint lists the workbook's sheets. Without `sheet`, the first sheet is used.",
            fix: "Give the sheet's name exactly as the hint lists it, or leave `sheet` out to use the first sheet.",
        },
        XlsxRange => Words {
            title: "A malformed cell range",
            explanation: "`rows_from.range` chooses the cells of the sheet a table takes, written as in Excel: the top-left cell, a colon, the bottom-right cell, e.g. `A2:B3`. `A2-B3` (a dash for the colon), `A2:B` or `2:3` is no range.",
            fix: "Write the range as `A2:B3`, or leave `range` out to take the whole sheet.",
        },
        XlsxFormula => Words {
            title: "A formula cell without its computed value",
            explanation: "The tool reads the value Excel computed and stored for each cell (what Excel shows), and computes no formula itself. This cell holds a formula (`=B1-25` in the example) but the file stores no result: some programs that write .xlsx files compute no formula when they save. Skipped, the cell would print empty.",
            fix: "Open the file in Excel or LibreOffice (which computes the formulas again), save it, and run again.",
        },
        XlsxCellError => Words {
            title: "A cell holding a spreadsheet error",
            explanation: "The cell holds a spreadsheet error value, such as `#DIV/0!` (division by zero), `#VALUE!`, `#REF!` or `#N/A`: its formula cannot be computed. A date outside the years 1899–9999 is an error too, which Excel shows as `#######`. Such a cell cannot print in the report.",
            fix: "Fix the cell's formula in the spreadsheet (or type the figure in), save it, and run again.",
        },
        FileLimit => Words {
            title: "The file of a table is past a limit",
            explanation: "A table's file is held to limits so that a damaged or huge file cannot stall the machine: at most 100 columns, 100,000 rows and 500,000 cells; for an XLSX file, each part inside it at most 64 MiB once inflated, the whole file 256 MiB, 1,000,000 shared strings and 100,000 shared formulas. In the example, the range `A1:DZ2` is 130 columns wide.",
            fix: "Give `range:` to take only the cells of the table to print (e.g. `A1:B2`); split the data into several tables; or open the file in Excel or LibreOffice, keep only the table to print, and save it again.",
        },
        AppendixRef => Words {
            title: "No appendix of that key",
            explanation: "In a report's text, `[Phụ lục: key]` prints as the appendix's heading, \"Phụ lục I\", \"Phụ lục II\"… (or \"Phụ lục\" when there is only one). The key is the file's name in appendices/ without its leading order number and .yaml: appendices/01-ngan-sach.yaml has the key `ngan-sach`. This reference matches no appendix; the hint lists the keys there are.",
            fix: "Correct the reference's key to the appendix's file name, here `[Phụ lục: ngan-sach]`.",
        },
        AppendixUnused => Words {
            title: "An appendix the text never refers to",
            explanation: "A document with an appendix refers to it in its text (Decree 30/2020/ND-CP, Annex I, Part I, III.1.a). No paragraph of the report refers to this appendix with `[Phụ lục: key]`. It is a warning: the appendix still prints.",
            fix: "Refer to the appendix where it belongs, e.g. \"(chi tiết tại [Phụ lục: ngan-sach])\"; the paragraph goes in double quotes, for the `: ` in it.",
        },
        Orientation => Words {
            title: "An orientation that is not valid",
            explanation: "The `orientation` of an appendix (or the report's `layout.orientation`) is `portrait` (the default) or `landscape` (for wide tables). Other values, such as `ngang` (\"across\"), are not taken.",
            fix: "Write `portrait` or `landscape`.",
        },
        FigureUndefined => Words {
            title: "Figure not defined",
            explanation: "`[=name]` in the text prints the value of the figure named `name`, defined under `figures:` of report.yaml, of a sector or appendix file, or taken from a table. This reference finds no such figure, usually because the name is misspelt.",
            fix: "Add `name: <number>` under `figures:`, or correct the name in the reference to a defined one.",
        },
        FigureUnused => Words {
            title: "Figure defined but never used",
            explanation: "A figure is named under `figures:` but no paragraph, table or other figure uses it. Usually the sentence has the number typed by hand instead of `[=name]`, so the two can drift apart. It is a warning.",
            fix: "Use `[=name]` where the number prints, or delete the definition.",
        },
        FigureTwice => Words {
            title: "Figure defined twice",
            explanation: "Figure names are shared by the whole report, so that `[=name]` anywhere means one number. When two sector files define the same name (such as `ty-le`), the tool cannot tell which to use.",
            fix: "Rename one of the two figures (and its references) to say what it is, such as `ty-le-thu`, `ty-le-van-hoa`.",
        },
        FigureName => Words {
            title: "Malformed figure name",
            explanation: "A figure's name is lower-case letters without marks (a–z), digits, `-` and `_` only, such as `ho-ngheo`. A name with Vietnamese marks, capitals or spaces, such as `hộ nghèo`, cannot be referred to with `[=…]`; it usually comes with `E-figure-undefined` at the reference. The names `ky-tu-ngay` and `ky-den-ngay` are kept for the data cut-off of the reporting period (`period`), so no other figure may take them.",
            fix: "Write the name in lower-case letters without marks, digits and `-`, exactly as the reference has it; choose another if the name is kept.",
        },
        Figure => Words {
            title: "A figure defined the wrong way",
            explanation: "A figure is a number (`ho-ngheo: 96`), or a mapping with exactly one of `value`, `sum` (of figures), `difference`, `ratio`, `percent`, `multiply` (by `by`), `change` (since an earlier period). `difference`, `ratio` and `percent` take exactly two figure names: the first minus, or divided by, the second. In the example, `percent` has one name.",
            fix: "Give exactly one computation with all its figures, e.g. `{percent: [thuc-hien, du-toan]}`.",
        },
        FigureCycle => Words {
            title: "Figures computed in a circle",
            explanation: "A figure is computed from others, and cannot come back to itself. In the example, `tong-thu` is a sum with `thu-khac` in it, and `thu-khac` a difference with `tong-thu` in it: neither can be computed first. The message shows the whole circle.",
            fix: "Give one figure of the circle its value (here `thu-khac`), or change one computation to break the circle.",
        },
        FigureZero => Words {
            title: "A figure divides by zero",
            explanation: "A `ratio` or `percent` divides by a figure that is 0 (in the example, the plan is 0), so it cannot be computed.",
            fix: "Check the figure in the denominator (the second one).",
        },
        FigureOverflow => Words {
            title: "A figure past exact arithmetic",
            explanation: "Figures are computed in exact decimals, at most 28 significant digits, so that `0,1 + 0,2` is exactly `0,3` and totals never drift. A value or a result is past that limit, like the `2.150e30` of the example (2,150 times ten to the 30th): no administrative figure is that large; it is a typo, or copied from a spreadsheet in exponent form.",
            fix: "Check the value, and write the number out, without the exponent form `e`.",
        },
        FigureDecimals => Words {
            title: "Decimals that are not valid",
            explanation: "The `decimals` of a figure (or of a column, or a cell) is the number of digits printed after the decimal comma, a whole number from 0 to 6. Another value, such as the `9` of the example, is not taken.",
            fix: "Give `decimals` from 0 to 6, e.g. `decimals: 1` for a percentage.",
        },
        TableFigure => Words {
            title: "A figure taken from a table the wrong way",
            explanation: "A table's `figures:` names a cell (`{row: …, column: …}`: the cell in column `column` of the row whose number (STT) or first column says `row`) or a count of rows (`{count: …}`), and a column's `total_figure` names its total. This error is: no row (or more than one) has that `row` key, such as \"Làm đường mới\" in the example; the table has no such column; the cell holds no number; the figure is both a cell and a count, or has two conditions; or the total of a column holds a text cell.",
            fix: "Give `row` as the row's number (STT) or first column says it exactly (here `\"1\"`), `column` as the column's number from 1, and pick a cell of a number column.",
        },
        Ratio => Words {
            title: "A percentage in the sentence unlike the ratio before it",
            explanation: "The sentence has a ratio such as \"21/28\" and a percentage such as \"đạt 80%\", but 21 divided by 28 is 75%, further from 80% than the rounding of the digits written allows. One of the two is probably mistyped. It is a warning, since the tool reads numbers in prose and cannot be sure what the writer meant.",
            fix: "Check the ratio or the percentage; or let the tool compute it: define `{percent: [da-xong, ke-hoach]}` under `figures:` and write `[=ty-le]` in the sentence.",
        },
        Parts => Words {
            title: "Parts that do not add up to their total",
            explanation: "The sentence gives a total and then its parts, in parentheses (\"21 người (10 cán bộ, 12 công chức)\") or after \"trong đó\" (\"of which\": \"tổng số 1.245 hồ sơ, trong đó: 812 …; 423 …\"), but the parts do not add up to the total (10 + 12 = 22, not 21). One number is probably mistyped. It is a warning.",
            fix: "Check the total or the parts; or let the tool compute it: define `{sum: [can-bo, cong-chuc]}` under `figures:` and write `[=tong-so]` in the sentence.",
        },
        Separators => Words {
            title: "A number grouping thousands with a comma",
            explanation: "Numbers written the Vietnamese way group thousands with dots and put a comma before decimals: \"1.245\" is twelve hundred and forty-five, \"4,2\" four point two. This report writes numbers so, but has one such as \"1,245\" (the English way, usually copied from a spreadsheet), which a reader takes for one point two four five. It is a warning.",
            fix: "Write it the Vietnamese way, here \"1.245\".",
        },
        Previous => Words {
            title: "The earlier period's folder is not valid",
            explanation: "`previous` (the previous period) and `previous_year` (the same period last year) in report.yaml name the data folder of the period that figures are compared with (`change`). That folder lies beside this data folder and is written `../NAME`, such as `../2021-03`: the tool reads no other folder, so that a data folder cannot read the machine's other files. The error is also a `../NAME` folder that is not there or has no report.yaml.",
            fix: "Write `../NAME`, NAME being the previous period's folder beside this one, e.g. `previous: ../2021-03`.",
        },
        PreviousErrors => Words {
            title: "The earlier period's folder has errors",
            explanation: "The previous period's folder is read and checked as this one is. It has errors (the message names the first, here a malformed date), so its figures are not used for comparisons: an \"up, down since the previous period\" computed from data with errors could be wrong.",
            fix: "Run `report check` on the earlier folder and fix its errors.",
        },
        FigureChange => Words {
            title: "No comparison with the earlier period",
            explanation: "A figure `{change: name}` prints how much the figure `name` went up or down since the previous period (or the same period last year, with `with: previous_year`), \"tăng 8,7%\" or \"giảm 06 hộ\" (`as: amount`). This error is: report.yaml names no folder for that period (`previous:`), as in the example; that period has no figure `name`; or `with`, `as` is not `previous`, `previous_year`, `percent`, `amount`. The tool never takes a missing figure for 0.",
            fix: "Add `previous: ../NAME` to report.yaml (the earlier folder beside this one, with a figure of the same name), or correct `with`, `as`.",
        },
        SectorUnchanged => Words {
            title: "A sector file unchanged since the earlier period",
            explanation: "This sector file is byte for byte the file of the same name in the previous period's folder (`previous`). `report init --from` copies the previous period's content into a new period to be edited; an identical file was probably never updated, and last period's figures are still there. It is a warning.",
            fix: "Update the content and figures for this period.",
        },
        TemplatesDir => Words {
            title: "No such templates folder",
            explanation: "`--templates FOLDER` names a folder of Markdown templates (report.md, header.md, blocks.md, closing.md) that replace the built-in ones. The folder given is not there, or is a file. The command stops (exit 2) and builds nothing.",
            fix: "Give the right path of the templates folder, or leave `--templates` out for the built-in templates (or the data folder's templates/).",
        },
        Template => Words {
            title: "Markdown template error",
            explanation: "A template file in the data folder's templates/ (or in `--templates`) replaces the built-in template of the same name, and is written in Tera: `{{ … }}` prints a value, `{% … %}` is a statement (for, if…). This template has a syntax error, like the `{% endfor` without its `%}` of the example; Tera's own words (in English) give the file, line and column. Only the Markdown output uses templates; the error comes with `report build`, not with `report check`.",
            fix: "Fix the template (Tera syntax), or delete the file to use the built-in one.",
        },
        TemplateBudget => Words {
            title: "A Markdown template past its budget",
            explanation: "Markdown templates render within a budget, so that a mistaken (or hostile) template cannot stall the machine: at most 32 template files, 16 templates naming one another (`include`, `extends`), 1,000,000 items from `range` loops, 64 MiB of Markdown, 10 seconds and a bounded amount of memory. A report's template stays far from these. The command stops (exit 2) and writes nothing.",
            fix: "Fix the template so that it loops or nests less, or delete it to use the built-in one.",
        },
        Output => Words {
            title: "The output path is not a regular file",
            explanation: "`report build` writes into the `--out` folder (out/ by default), one name per data folder, such as out/2021-04.docx. At that path there is a folder or a link instead of a regular file, so the tool does not overwrite it: nothing was written, the previous outputs are as they were.",
            fix: "Remove or rename that folder (or link), or choose another `--out` folder.",
        },
        Write => Words {
            title: "Outputs partly written",
            explanation: "The outputs of one build (DOCX, Markdown, PDF…) are written together: each new file is written beside the old one, then takes its place. This time writing failed halfway (the message says why, such as a full disk), after some outputs were replaced and the old ones could not be put back. The message lists them: the outputs are not from one build now.",
            fix: "Fix the cause (free space on the disk, give write permission), then build again; or build into another `--out` folder.",
        },
        OutInsideData => Words {
            title: "The output folder is inside the data folder",
            explanation: "The `--out` folder is inside the data folder (or the templates folder): the outputs would land among the data, and the next build would meet strange files in it. The command stops and builds nothing.",
            fix: "Choose an `--out` outside the data and templates folders, e.g. `--out out`.",
        },
        PdfNoOffice => Words {
            title: "LibreOffice not found to make the PDF",
            explanation: "The PDF (`--format pdf`) is made by LibreOffice converting the DOCX, since the tool lays out no pages itself. This machine has no LibreOffice (no `soffice` program on the PATH), or the path in `--soffice` or the REPORT_SOFFICE environment variable does not run.",
            fix: "Install LibreOffice (on Debian, Ubuntu: `sudo apt-get install -y libreoffice-writer-nogui fonts-liberation`), or give the path of `soffice` with `--soffice`, or leave `pdf` out of `--format`.",
        },
        Pdf => Words {
            title: "LibreOffice made no PDF",
            explanation: "LibreOffice ran but made no PDF (its own words follow), or the program `--soffice` names wrote a file that is no PDF, or one unusually large: then nothing is replaced. Usually `--soffice` names another program, as in the example, or the LibreOffice install is broken.",
            fix: "Check that `--soffice` (or REPORT_SOFFICE) names LibreOffice's `soffice` program; open the DOCX in LibreOffice to see if anything is wrong.",
        },
        PdfTimeout => Words {
            title: "LibreOffice took too long",
            explanation: "Each conversion to PDF is given at most `--pdf-timeout` seconds (120 by default). LibreOffice had not finished by then, so it was stopped, with every process it started. Usually the machine is busy, the document very long, or the time too short, as in the example.",
            fix: "Give it longer with `--pdf-timeout SECONDS`, e.g. `--pdf-timeout 300`, or run again when the machine is less busy.",
        },
    }
}

/// The files (or commands) that give each code, and the same fixed. A path under `../`
/// is in the folder of the earlier period, beside the data folder; of report.yaml only
/// the keys that matter are shown. `tests/suite/explain.rs` runs every example made of
/// files through the checker: the example must give its code, and its fix nothing.
fn example(code: Code) -> Case {
    use Code::*;
    match code {
        DataDir => Case {
            before: &[Snippet {
                path: "$",
                text: r#"
$ ls data
2021-03  2021-04
$ report check data/2021-4
"#,
            }],
            after: &[Snippet {
                path: "$",
                text: r#"
$ report check data/2021-04
"#,
            }],
        },
        Read => Case {
            before: &[Snippet {
                path: "$",
                text: r#"
$ ls -l data/2021-04/sectors
--w------- 1 vanthu vanthu 5120 Apr 28 08:15 01-kinh-te.yaml
$ report check data/2021-04
"#,
            }],
            after: &[Snippet {
                path: "$",
                text: r#"
$ chmod u+r data/2021-04/sectors/01-kinh-te.yaml
$ report check data/2021-04
"#,
            }],
        },
        Utf8 => Case {
            before: &[Snippet {
                path: "$",
                text: r#"
$ file data/2021-04/sectors/01-kinh-te.yaml
data/2021-04/sectors/01-kinh-te.yaml: ISO-8859 text
"#,
            }],
            after: &[Snippet {
                path: "$",
                text: r#"
$ file data/2021-04/sectors/01-kinh-te.yaml
data/2021-04/sectors/01-kinh-te.yaml: Unicode text, UTF-8 text
"#,
            }],
        },
        FileTooLarge => Case {
            before: &[Snippet {
                path: "$",
                text: r#"
$ ls -l data/2021-04/sectors
-rw-r--r-- 1 vanthu vanthu 52428800 Apr 28 08:15 01-kinh-te.yaml
"#,
            }],
            after: &[Snippet {
                path: "$",
                text: r#"
$ ls -l data/2021-04/sectors
-rw-r--r-- 1 vanthu vanthu 18432 Apr 28 08:15 01-kinh-te.yaml
"#,
            }],
        },
        OutsideFolder => Case {
            before: &[Snippet {
                path: "$",
                text: r#"
$ ls -l data/2021-04/sectors
lrwxrwxrwx 1 vanthu vanthu 36 Apr 28 08:15 01-kinh-te.yaml -> /home/vanthu/Tải về/01-kinh-te.yaml
"#,
            }],
            after: &[Snippet {
                path: "$",
                text: r#"
$ rm data/2021-04/sectors/01-kinh-te.yaml
$ cp "/home/vanthu/Tải về/01-kinh-te.yaml" data/2021-04/sectors/
"#,
            }],
        },
        SectorsDir => Case {
            before: &[Snippet {
                path: "$",
                text: r#"
$ ls data/2021-04
report.yaml
"#,
            }],
            after: &[Snippet {
                path: "$",
                text: r#"
$ ls data/2021-04 data/2021-04/sectors
data/2021-04:
report.yaml  sectors

data/2021-04/sectors:
01-kinh-te.yaml
"#,
            }],
        },
        SectorFile => Case {
            before: &[
                Snippet {
                    path: "sectors/01-kinh-te.yaml",
                    text: r#"
title: "Trong lĩnh vực kinh tế:"
models:
  - body:
      - Hiện trên địa bàn có 08 Hội quán.
"#,
                },
                Snippet {
                    path: "sectors/ghi-chu.txt",
                    text: r#"
Ghi chú: nhớ bổ sung số liệu tháng 3 trước khi trình ký.
"#,
                },
            ],
            after: &[
                Snippet {
                    path: "sectors/01-kinh-te.yaml",
                    text: r#"
title: "Trong lĩnh vực kinh tế:"
models:
  - body:
      - Hiện trên địa bàn có 08 Hội quán.
"#,
                },
                Snippet {
                    path: "ghi-chu.txt",
                    text: r#"
Ghi chú: nhớ bổ sung số liệu tháng 3 trước khi trình ký.
"#,
                },
            ],
        },
        NoSectors => Case {
            before: &[Snippet {
                path: "$",
                text: r#"
$ ls -A data/2021-04/sectors
.gitkeep
"#,
            }],
            after: &[Snippet {
                path: "$",
                text: r#"
$ ls -A data/2021-04/sectors
.gitkeep  01-kinh-te.yaml
"#,
            }],
        },
        TooManySectors => Case {
            before: &[Snippet {
                path: "$",
                text: r#"
$ ls data/2021-04/sectors | wc -l
612
"#,
            }],
            after: &[Snippet {
                path: "$",
                text: r#"
$ ls data/2021-04/sectors
01-kinh-te.yaml  02-van-hoa-xa-hoi.yaml  03-noi-chinh.yaml
"#,
            }],
        },
        AppendixFile => Case {
            before: &[Snippet {
                path: "appendices/ghi-chu.txt",
                text: r#"
Phụ lục số liệu: chờ Phòng Tài chính gửi.
"#,
            }],
            after: &[Snippet {
                path: "ghi-chu.txt",
                text: r#"
Phụ lục số liệu: chờ Phòng Tài chính gửi.
"#,
            }],
        },
        TooManyAppendices => Case {
            before: &[Snippet {
                path: "$",
                text: r#"
$ ls data/2021-04/appendices | wc -l
51
"#,
            }],
            after: &[Snippet {
                path: "$",
                text: r#"
$ ls data/2021-04/appendices
01-ngan-sach.yaml  02-theo-ap.yaml
"#,
            }],
        },
        YamlTab => Case {
            before: &[Snippet {
                path: "sectors/01-kinh-te.yaml",
                text: "\ntitle: \"Trong lĩnh vực kinh tế:\"\nmodels:\n\t- body:\n      - Hiện trên địa bàn có 08 Hội quán.\n",
            }],
            after: &[Snippet {
                path: "sectors/01-kinh-te.yaml",
                text: r#"
title: "Trong lĩnh vực kinh tế:"
models:
  - body:
      - Hiện trên địa bàn có 08 Hội quán.
"#,
            }],
        },
        YamlIndent => Case {
            before: &[Snippet {
                path: "sectors/01-kinh-te.yaml",
                text: r#"
title: "Trong lĩnh vực kinh tế:"
models:
  - title: Mô hình Hội quán
    body:
      - Hiện trên địa bàn có 08 Hội quán.
   footnotes: {}
"#,
            }],
            after: &[Snippet {
                path: "sectors/01-kinh-te.yaml",
                text: r#"
title: "Trong lĩnh vực kinh tế:"
models:
  - title: Mô hình Hội quán
    body:
      - Hiện trên địa bàn có 08 Hội quán.
    footnotes: {}
"#,
            }],
        },
        YamlQuote => Case {
            before: &[Snippet {
                path: "sectors/01-kinh-te.yaml",
                text: r#"
title: "Trong lĩnh vực kinh tế:"
models:
  - body:
      - "Hiện trên địa bàn có 08 Hội quán.
difficulties:
  - Thiếu vốn sản xuất.
"#,
            }],
            after: &[Snippet {
                path: "sectors/01-kinh-te.yaml",
                text: r#"
title: "Trong lĩnh vực kinh tế:"
models:
  - body:
      - "Hiện trên địa bàn có 08 Hội quán."
difficulties:
  - Thiếu vốn sản xuất.
"#,
            }],
        },
        YamlAfterQuote => Case {
            before: &[Snippet {
                path: "sectors/01-kinh-te.yaml",
                text: r#"
title: "Trong lĩnh vực kinh tế:"
models:
  - body:
      - "Hội quán Làng bột" hoạt động hiệu quả.
"#,
            }],
            after: &[Snippet {
                path: "sectors/01-kinh-te.yaml",
                text: r#"
title: "Trong lĩnh vực kinh tế:"
models:
  - body:
      - "\"Hội quán Làng bột\" hoạt động hiệu quả."
"#,
            }],
        },
        YamlBracket => Case {
            before: &[Snippet {
                path: "report.yaml",
                text: r#"
recipients: [Như trên, CT và PCT UBND TP, "Lưu: VT"
"#,
            }],
            after: &[Snippet {
                path: "report.yaml",
                text: r#"
recipients: [Như trên, CT và PCT UBND TP, "Lưu: VT"]
"#,
            }],
        },
        YamlColon => Case {
            before: &[Snippet {
                path: "sectors/01-kinh-te.yaml",
                text: r#"
title: Lĩnh vực kinh tế: nông nghiệp, dịch vụ
models:
  - body:
      - Hiện trên địa bàn có 08 Hội quán.
"#,
            }],
            after: &[Snippet {
                path: "sectors/01-kinh-te.yaml",
                text: r#"
title: "Lĩnh vực kinh tế: nông nghiệp, dịch vụ"
models:
  - body:
      - Hiện trên địa bàn có 08 Hội quán.
"#,
            }],
        },
        YamlDash => Case {
            before: &[Snippet {
                path: "sectors/01-kinh-te.yaml",
                text: r#"
title: "Trong lĩnh vực kinh tế:"
models:
  - body:
      - Hiện trên địa bàn có 08 Hội quán.
- Thiếu vốn sản xuất.
"#,
            }],
            after: &[Snippet {
                path: "sectors/01-kinh-te.yaml",
                text: r#"
title: "Trong lĩnh vực kinh tế:"
models:
  - body:
      - Hiện trên địa bàn có 08 Hội quán.
difficulties:
  - Thiếu vốn sản xuất.
"#,
            }],
        },
        YamlNoColon => Case {
            before: &[Snippet {
                path: "sectors/01-kinh-te.yaml",
                text: r#"
title: "Trong lĩnh vực kinh tế:"
models:
  - body:
      - Hiện trên địa bàn có 08 Hội quán.
Khó khăn
difficulties:
  - Thiếu vốn sản xuất.
"#,
            }],
            after: &[Snippet {
                path: "sectors/01-kinh-te.yaml",
                text: r#"
title: "Trong lĩnh vực kinh tế:"
models:
  - body:
      - Hiện trên địa bàn có 08 Hội quán.
# Khó khăn
difficulties:
  - Thiếu vốn sản xuất.
"#,
            }],
        },
        YamlReserved => Case {
            before: &[Snippet {
                path: "sectors/01-kinh-te.yaml",
                text: r#"
title: "Trong lĩnh vực kinh tế:"
models:
  - body:
      - @Zalo "Sa Đéc trực tuyến" đã có 12.000 người theo dõi.
"#,
            }],
            after: &[Snippet {
                path: "sectors/01-kinh-te.yaml",
                text: r#"
title: "Trong lĩnh vực kinh tế:"
models:
  - body:
      - "@Zalo \"Sa Đéc trực tuyến\" đã có 12.000 người theo dõi."
"#,
            }],
        },
        YamlDocuments => Case {
            before: &[Snippet {
                path: "sectors/01-kinh-te.yaml",
                text: r#"
title: "Trong lĩnh vực kinh tế:"
models:
  - body:
      - Hiện trên địa bàn có 08 Hội quán.
---
difficulties:
  - Thiếu vốn sản xuất.
"#,
            }],
            after: &[Snippet {
                path: "sectors/01-kinh-te.yaml",
                text: r#"
title: "Trong lĩnh vực kinh tế:"
models:
  - body:
      - Hiện trên địa bàn có 08 Hội quán.
difficulties:
  - Thiếu vốn sản xuất.
"#,
            }],
        },
        NotMapping => Case {
            before: &[Snippet {
                path: "sectors/01-kinh-te.yaml",
                text: r#"
- Hiện trên địa bàn có 08 Hội quán.
- Thiếu vốn sản xuất.
"#,
            }],
            after: &[Snippet {
                path: "sectors/01-kinh-te.yaml",
                text: r#"
title: "Trong lĩnh vực kinh tế:"
models:
  - body:
      - Hiện trên địa bàn có 08 Hội quán.
difficulties:
  - Thiếu vốn sản xuất.
"#,
            }],
        },
        YamlSyntax => Case {
            before: &[Snippet {
                path: "sectors/01-kinh-te.yaml",
                text: r#"
title: "Trong lĩnh vực kinh tế:"
models:
  - body:
      - *Mô hình Hội quán* được nhân rộng.
"#,
            }],
            after: &[Snippet {
                path: "sectors/01-kinh-te.yaml",
                text: r#"
title: "Trong lĩnh vực kinh tế:"
models:
  - body:
      - "*Mô hình Hội quán* được nhân rộng."
"#,
            }],
        },
        YamlLimit => Case {
            before: &[Snippet {
                path: "sectors/01-kinh-te.yaml",
                text: r#"
title: "Trong lĩnh vực kinh tế:"
intro: [[[[[[[[[[[[[[[[[[[[[[[[[Hiện có 08 Hội quán.]]]]]]]]]]]]]]]]]]]]]]]]]
"#,
            }],
            after: &[Snippet {
                path: "sectors/01-kinh-te.yaml",
                text: r#"
title: "Trong lĩnh vực kinh tế:"
intro: [Hiện có 08 Hội quán.]
"#,
            }],
        },
        UnknownKey => Case {
            before: &[Snippet {
                path: "sectors/01-kinh-te.yaml",
                text: r#"
title: "Trong lĩnh vực kinh tế:"
models:
  - bodi:
      - Hiện trên địa bàn có 08 Hội quán.
"#,
            }],
            after: &[Snippet {
                path: "sectors/01-kinh-te.yaml",
                text: r#"
title: "Trong lĩnh vực kinh tế:"
models:
  - body:
      - Hiện trên địa bàn có 08 Hội quán.
"#,
            }],
        },
        MissingKey => Case {
            before: &[Snippet {
                path: "sectors/01-kinh-te.yaml",
                text: r#"
models:
  - body:
      - Hiện trên địa bàn có 08 Hội quán.
"#,
            }],
            after: &[Snippet {
                path: "sectors/01-kinh-te.yaml",
                text: r#"
title: "Trong lĩnh vực kinh tế:"
models:
  - body:
      - Hiện trên địa bàn có 08 Hội quán.
"#,
            }],
        },
        WrongType => Case {
            before: &[Snippet {
                path: "sectors/01-kinh-te.yaml",
                text: r#"
title:
  - "Trong lĩnh vực kinh tế:"
models:
  - body:
      - Hiện trên địa bàn có 08 Hội quán.
"#,
            }],
            after: &[Snippet {
                path: "sectors/01-kinh-te.yaml",
                text: r#"
title: "Trong lĩnh vực kinh tế:"
models:
  - body:
      - Hiện trên địa bàn có 08 Hội quán.
"#,
            }],
        },
        DuplicateKey => Case {
            before: &[Snippet {
                path: "sectors/01-kinh-te.yaml",
                text: r#"
title: "Trong lĩnh vực kinh tế:"
models:
  - title: Mô hình Hội quán
    body:
      - Hiện trên địa bàn có 08 Hội quán.
    body:
      - Các Hội quán liên kết phát triển du lịch.
"#,
            }],
            after: &[Snippet {
                path: "sectors/01-kinh-te.yaml",
                text: r#"
title: "Trong lĩnh vực kinh tế:"
models:
  - title: Mô hình Hội quán
    body:
      - Hiện trên địa bàn có 08 Hội quán.
      - Các Hội quán liên kết phát triển du lịch.
"#,
            }],
        },
        Nfc => Case {
            before: &[Snippet {
                path: "sectors/01-kinh-te.yaml",
                text: r#"
title: "Trong lĩnh vực kinh tế:"
models:
  - body:
      - Hiện trên địa bàn có 08 Hội quán.
"#,
            }],
            after: &[Snippet {
                path: "sectors/01-kinh-te.yaml",
                text: r#"
title: "Trong lĩnh vực kinh tế:"
models:
  - body:
      - Hiện trên địa bàn có 08 Hội quán.
"#,
            }],
        },
        ControlChar => Case {
            before: &[Snippet {
                path: "sectors/01-kinh-te.yaml",
                text: r#"
title: "Trong lĩnh vực kinh tế:"
models:
  - body:
      - "Hiện trên địa bàn có 08 Hội quán,\vliên kết phát triển du lịch."
"#,
            }],
            after: &[Snippet {
                path: "sectors/01-kinh-te.yaml",
                text: r#"
title: "Trong lĩnh vực kinh tế:"
models:
  - body:
      - "Hiện trên địa bàn có 08 Hội quán, liên kết phát triển du lịch."
"#,
            }],
        },
        LegacyEncoding => Case {
            before: &[Snippet {
                path: "sectors/01-kinh-te.yaml",
                text: r#"
title: "Trong lĩnh vực kinh tế:"
models:
  - body:
      - "Uû ban nh©n d©n thµnh phè ®· triÓn khai thùc hiÖn m« h×nh héi qu¸n."
"#,
            }],
            after: &[Snippet {
                path: "sectors/01-kinh-te.yaml",
                text: r#"
title: "Trong lĩnh vực kinh tế:"
models:
  - body:
      - "Ủy ban nhân dân thành phố đã triển khai thực hiện mô hình hội quán."
"#,
            }],
        },
        Markup => Case {
            before: &[Snippet {
                path: "sectors/01-kinh-te.yaml",
                text: r#"
title: "Trong lĩnh vực kinh tế:"
models:
  - body:
      - Thành phố nhân rộng mô hình *Hội quán gắn với từng ngành hàng.
"#,
            }],
            after: &[Snippet {
                path: "sectors/01-kinh-te.yaml",
                text: r#"
title: "Trong lĩnh vực kinh tế:"
models:
  - body:
      - Thành phố nhân rộng mô hình *Hội quán* gắn với từng ngành hàng.
"#,
            }],
        },
        Blank => Case {
            before: &[Snippet {
                path: "sectors/01-kinh-te.yaml",
                text: r#"
title: "Trong lĩnh vực kinh tế:"
models:
  - body:
      - Hiện trên địa bàn có 08 Hội quán.
      - "   "
difficulties:
  - ""
"#,
            }],
            after: &[Snippet {
                path: "sectors/01-kinh-te.yaml",
                text: r#"
title: "Trong lĩnh vực kinh tế:"
models:
  - body:
      - Hiện trên địa bàn có 08 Hội quán.
difficulties:
  - Thiếu vốn sản xuất.
"#,
            }],
        },
        Placeholder => Case {
            before: &[Snippet {
                path: "sectors/01-kinh-te.yaml",
                text: r#"
title: "Trong lĩnh vực kinh tế:"
models:
  - body:
      - "«điền: nội dung mô hình»"
"#,
            }],
            after: &[Snippet {
                path: "sectors/01-kinh-te.yaml",
                text: r#"
title: "Trong lĩnh vực kinh tế:"
models:
  - body:
      - Hiện trên địa bàn có 08 Hội quán.
"#,
            }],
        },
        FootnoteUndefined => Case {
            before: &[Snippet {
                path: "sectors/01-kinh-te.yaml",
                text: r#"
title: "Trong lĩnh vực kinh tế:"
models:
  - body:
      - Hiện trên địa bàn có 08 Hội quán[^hoi-quan].
"#,
            }],
            after: &[Snippet {
                path: "sectors/01-kinh-te.yaml",
                text: r#"
title: "Trong lĩnh vực kinh tế:"
models:
  - body:
      - Hiện trên địa bàn có 08 Hội quán[^hoi-quan].
    footnotes:
      hoi-quan: Hội quán Làng bột Sa Đéc, Hội quán Làng hoa, …
"#,
            }],
        },
        FootnoteUnused => Case {
            before: &[Snippet {
                path: "sectors/01-kinh-te.yaml",
                text: r#"
title: "Trong lĩnh vực kinh tế:"
models:
  - body:
      - Hiện trên địa bàn có 08 Hội quán.
    footnotes:
      hoi-quan: Hội quán Làng bột Sa Đéc, Hội quán Làng hoa, …
"#,
            }],
            after: &[Snippet {
                path: "sectors/01-kinh-te.yaml",
                text: r#"
title: "Trong lĩnh vực kinh tế:"
models:
  - body:
      - Hiện trên địa bàn có 08 Hội quán[^hoi-quan].
    footnotes:
      hoi-quan: Hội quán Làng bột Sa Đéc, Hội quán Làng hoa, …
"#,
            }],
        },
        FootnoteTwice => Case {
            before: &[
                Snippet {
                    path: "sectors/01-kinh-te.yaml",
                    text: r#"
title: "Trong lĩnh vực kinh tế:"
models:
  - body:
      - Hiện trên địa bàn có 08 Hội quán[^ghi-chu].
    footnotes:
      ghi-chu: Hội quán Làng bột Sa Đéc, Hội quán Làng hoa, …
"#,
                },
                Snippet {
                    path: "sectors/02-van-hoa-xa-hoi.yaml",
                    text: r#"
title: "Lĩnh vực văn hóa - xã hội:"
models:
  - body:
      - Có 12 câu lạc bộ dưỡng sinh[^ghi-chu].
    footnotes:
      ghi-chu: Câu lạc bộ phường 1, phường 2, …
"#,
                },
            ],
            after: &[
                Snippet {
                    path: "sectors/01-kinh-te.yaml",
                    text: r#"
title: "Trong lĩnh vực kinh tế:"
models:
  - body:
      - Hiện trên địa bàn có 08 Hội quán[^hoi-quan].
    footnotes:
      hoi-quan: Hội quán Làng bột Sa Đéc, Hội quán Làng hoa, …
"#,
                },
                Snippet {
                    path: "sectors/02-van-hoa-xa-hoi.yaml",
                    text: r#"
title: "Lĩnh vực văn hóa - xã hội:"
models:
  - body:
      - Có 12 câu lạc bộ dưỡng sinh[^clb-duong-sinh].
    footnotes:
      clb-duong-sinh: Câu lạc bộ phường 1, phường 2, …
"#,
                },
            ],
        },
        FootnoteReused => Case {
            before: &[Snippet {
                path: "sectors/01-kinh-te.yaml",
                text: r#"
title: "Trong lĩnh vực kinh tế:"
models:
  - body:
      - Hiện trên địa bàn có 08 Hội quán[^hoi-quan].
      - Các Hội quán[^hoi-quan] liên kết phát triển du lịch.
    footnotes:
      hoi-quan: Hội quán Làng bột Sa Đéc, Hội quán Làng hoa, …
"#,
            }],
            after: &[Snippet {
                path: "sectors/01-kinh-te.yaml",
                text: r#"
title: "Trong lĩnh vực kinh tế:"
models:
  - body:
      - Hiện trên địa bàn có 08 Hội quán[^hoi-quan].
      - Các Hội quán liên kết phát triển du lịch.
    footnotes:
      hoi-quan: Hội quán Làng bột Sa Đéc, Hội quán Làng hoa, …
"#,
            }],
        },
        FootnoteNested => Case {
            before: &[Snippet {
                path: "sectors/01-kinh-te.yaml",
                text: r#"
title: "Trong lĩnh vực kinh tế:"
models:
  - body:
      - Hiện trên địa bàn có 08 Hội quán[^hoi-quan].
    footnotes:
      hoi-quan: Hội quán Làng bột Sa Đéc[^lang-bot], Hội quán Làng hoa, …
      lang-bot: Thành lập năm 2019, có 59 hội viên.
"#,
            }],
            after: &[Snippet {
                path: "sectors/01-kinh-te.yaml",
                text: r#"
title: "Trong lĩnh vực kinh tế:"
models:
  - body:
      - Hiện trên địa bàn có 08 Hội quán[^hoi-quan].
    footnotes:
      hoi-quan: Hội quán Làng bột Sa Đéc (thành lập năm 2019, có 59 hội viên), Hội quán Làng hoa, …
"#,
            }],
        },
        FootnoteKey => Case {
            before: &[Snippet {
                path: "sectors/01-kinh-te.yaml",
                text: r#"
title: "Trong lĩnh vực kinh tế:"
models:
  - body:
      - Hiện trên địa bàn có 08 Hội quán[^hoi-quan].
    footnotes:
      Hội-quán: Hội quán Làng bột Sa Đéc, Hội quán Làng hoa, …
"#,
            }],
            after: &[Snippet {
                path: "sectors/01-kinh-te.yaml",
                text: r#"
title: "Trong lĩnh vực kinh tế:"
models:
  - body:
      - Hiện trên địa bàn có 08 Hội quán[^hoi-quan].
    footnotes:
      hoi-quan: Hội quán Làng bột Sa Đéc, Hội quán Làng hoa, …
"#,
            }],
        },
        EmptySector => Case {
            before: &[Snippet {
                path: "sectors/02-van-hoa-xa-hoi.yaml",
                text: r#"
title: "Lĩnh vực văn hóa - xã hội:"
"#,
            }],
            after: &[Snippet {
                path: "sectors/02-van-hoa-xa-hoi.yaml",
                text: r#"
title: "Lĩnh vực văn hóa - xã hội:"
intro:
  - Phong trào văn hóa, văn nghệ, thể dục thể thao tiếp tục phát triển.
"#,
            }],
        },
        EmptyModel => Case {
            before: &[Snippet {
                path: "sectors/01-kinh-te.yaml",
                text: r#"
title: "Trong lĩnh vực kinh tế:"
models:
  - title: Mô hình Hội quán
    body: []
"#,
            }],
            after: &[Snippet {
                path: "sectors/01-kinh-te.yaml",
                text: r#"
title: "Trong lĩnh vực kinh tế:"
models:
  - title: Mô hình Hội quán
    body:
      - Hiện trên địa bàn có 08 Hội quán.
"#,
            }],
        },
        Block => Case {
            before: &[Snippet {
                path: "sectors/01-kinh-te.yaml",
                text: r#"
title: "Trong lĩnh vực kinh tế:"
intro:
  - "Các Hội quán liên kết trong các việc sau:"
  - numbered:
      - phục vụ khách tham quan;
      - tiêu thụ nông sản sạch.
    table:
      columns: [{width: 3}, {width: 1, decimals: 0}]
      rows:
        - [Ấp Tân Phú, 120]
"#,
            }],
            after: &[Snippet {
                path: "sectors/01-kinh-te.yaml",
                text: r#"
title: "Trong lĩnh vực kinh tế:"
intro:
  - "Các Hội quán liên kết trong các việc sau:"
  - numbered:
      - phục vụ khách tham quan;
      - tiêu thụ nông sản sạch.
  - table:
      columns: [{width: 3}, {width: 1, decimals: 0}]
      rows:
        - [Ấp Tân Phú, 120]
"#,
            }],
        },
        EmptyList => Case {
            before: &[Snippet {
                path: "sectors/01-kinh-te.yaml",
                text: r#"
title: "Trong lĩnh vực kinh tế:"
models:
  - body:
      - "Các Hội quán liên kết trong các việc sau:"
      - numbered: []
"#,
            }],
            after: &[Snippet {
                path: "sectors/01-kinh-te.yaml",
                text: r#"
title: "Trong lĩnh vực kinh tế:"
models:
  - body:
      - "Các Hội quán liên kết trong các việc sau:"
      - numbered:
          - phục vụ khách tham quan;
          - tiêu thụ nông sản sạch.
"#,
            }],
        },
        Include => Case {
            before: &[Snippet {
                path: "report.yaml",
                text: r#"
sections:
  - title: Đánh giá tình hình và kết quả thực hiện
    include: sectors
  - title: Những khó khăn, vướng mắc
    include: khokhan
"#,
            }],
            after: &[Snippet {
                path: "report.yaml",
                text: r#"
sections:
  - title: Đánh giá tình hình và kết quả thực hiện
    include: sectors
  - title: Những khó khăn, vướng mắc
    include: difficulties
"#,
            }],
        },
        Numbering => Case {
            before: &[Snippet {
                path: "report.yaml",
                text: r#"
numbering:
  models: "1-"
"#,
            }],
            after: &[Snippet {
                path: "report.yaml",
                text: r#"
numbering:
  models: "1)"
"#,
            }],
        },
        Date => Case {
            before: &[Snippet {
                path: "report.yaml",
                text: r#"
date: 28/04/2021
"#,
            }],
            after: &[Snippet {
                path: "report.yaml",
                text: r#"
date: 2021-04-28
"#,
            }],
        },
        Period => Case {
            before: &[Snippet {
                path: "report.yaml",
                text: r#"
period: quý 3/2026
"#,
            }],
            after: &[Snippet {
                path: "report.yaml",
                text: r#"
period: 2026-q3
"#,
            }],
        },
        Number => Case {
            before: &[Snippet {
                path: "report.yaml",
                text: r#"
number: "5"
"#,
            }],
            after: &[Snippet {
                path: "report.yaml",
                text: r#"
number: "05"
"#,
            }],
        },
        Symbol => Case {
            before: &[Snippet {
                path: "report.yaml",
                text: r#"
symbol: "BC - UBND"
"#,
            }],
            after: &[Snippet {
                path: "report.yaml",
                text: r#"
symbol: BC-UBND
"#,
            }],
        },
        SymbolType => Case {
            before: &[Snippet {
                path: "report.yaml",
                text: r#"
symbol: QĐ-UBND
doc_type: BÁO CÁO
"#,
            }],
            after: &[Snippet {
                path: "report.yaml",
                text: r#"
symbol: BC-UBND
doc_type: BÁO CÁO
"#,
            }],
        },
        Authority => Case {
            before: &[Snippet {
                path: "report.yaml",
                text: r#"
signer:
  authority:
    - T.M. ỦY BAN NHÂN DÂN
  title: CHỦ TỊCH
  name: Nguyễn Văn Hon
"#,
            }],
            after: &[Snippet {
                path: "report.yaml",
                text: r#"
signer:
  authority:
    - TM. ỦY BAN NHÂN DÂN
  title: CHỦ TỊCH
  name: Nguyễn Văn Hon
"#,
            }],
        },
        RecipientsEmpty => Case {
            before: &[Snippet {
                path: "report.yaml",
                text: r#"
recipients: []
"#,
            }],
            after: &[Snippet {
                path: "report.yaml",
                text: r#"
recipients:
  - Như trên
  - "Lưu: VT"
"#,
            }],
        },
        RecipientsArchive => Case {
            before: &[Snippet {
                path: "report.yaml",
                text: r#"
recipients:
  - Như trên
  - CT và PCT UBND TP
"#,
            }],
            after: &[Snippet {
                path: "report.yaml",
                text: r#"
recipients:
  - Như trên
  - CT và PCT UBND TP
  - "Lưu: VT"
"#,
            }],
        },
        RecipientsNhuTren => Case {
            before: &[Snippet {
                path: "report.yaml",
                text: r#"
addressees:
  - Văn phòng Ủy ban nhân dân tỉnh Đồng Tháp
recipients:
  - CT và PCT UBND TP
  - "Lưu: VT"
"#,
            }],
            after: &[Snippet {
                path: "report.yaml",
                text: r#"
addressees:
  - Văn phòng Ủy ban nhân dân tỉnh Đồng Tháp
recipients:
  - Như trên
  - CT và PCT UBND TP
  - "Lưu: VT"
"#,
            }],
        },
        Layout => Case {
            before: &[Snippet {
                path: "report.yaml",
                text: r#"
layout:
  margins_mm: {top: 20, bottom: 20, left: 25, right: 15}
  body_size_pt: 12
"#,
            }],
            after: &[Snippet {
                path: "report.yaml",
                text: r#"
layout:
  margins_mm: {top: 20, bottom: 20, left: 30, right: 15}
  body_size_pt: 13
"#,
            }],
        },
        LandscapeBody => Case {
            before: &[Snippet {
                path: "report.yaml",
                text: r#"
layout:
  orientation: landscape
"#,
            }],
            after: &[Snippet {
                path: "report.yaml",
                text: r#"
layout:
  orientation: portrait
"#,
            }],
        },
        MarkUrgency => Case {
            before: &[Snippet {
                path: "report.yaml",
                text: r#"
marks:
  urgency: gấp
"#,
            }],
            after: &[Snippet {
                path: "report.yaml",
                text: r#"
marks:
  urgency: khẩn
"#,
            }],
        },
        MarkCirculation => Case {
            before: &[Snippet {
                path: "report.yaml",
                text: r#"
marks:
  circulation: mật
"#,
            }],
            after: &[Snippet {
                path: "report.yaml",
                text: r#"
marks:
  circulation: lưu hành nội bộ
"#,
            }],
        },
        MarkTypist => Case {
            before: &[Snippet {
                path: "report.yaml",
                text: r#"
marks:
  typist:
    code: pl
    copies: 0
"#,
            }],
            after: &[Snippet {
                path: "report.yaml",
                text: r#"
marks:
  typist:
    code: PL
    copies: 12
"#,
            }],
        },
        MarkDraft => Case {
            before: &[Snippet {
                path: "report.yaml",
                text: r#"
number: ""
marks:
  draft: 0
"#,
            }],
            after: &[Snippet {
                path: "report.yaml",
                text: r#"
number: ""
marks:
  draft: 2
"#,
            }],
        },
        DraftNumbered => Case {
            before: &[Snippet {
                path: "report.yaml",
                text: r#"
number: "05"
marks:
  draft: 2
"#,
            }],
            after: &[Snippet {
                path: "report.yaml",
                text: r#"
number: ""
marks:
  draft: 2
"#,
            }],
        },
        ElectronicNumbered => Case {
            before: &[Snippet {
                path: "report.yaml",
                text: r#"
number: "05"
marks:
  electronic: true
"#,
            }],
            after: &[Snippet {
                path: "report.yaml",
                text: r#"
number: ""
marks:
  electronic: true
"#,
            }],
        },
        ZeroPadding => Case {
            before: &[Snippet {
                path: "sectors/01-kinh-te.yaml",
                text: r#"
title: "Trong lĩnh vực kinh tế:"
models:
  - body:
      - Mô hình đã thực hiện được 06/07 ấp.
      - Mô hình triển khai ở 07/9 xã, phường.
"#,
            }],
            after: &[Snippet {
                path: "sectors/01-kinh-te.yaml",
                text: r#"
title: "Trong lĩnh vực kinh tế:"
models:
  - body:
      - Mô hình đã thực hiện được 06/07 ấp.
      - Mô hình triển khai ở 07/09 xã, phường.
"#,
            }],
        },
        Capitalisation => Case {
            before: &[Snippet {
                path: "sectors/01-kinh-te.yaml",
                text: r#"
title: "Trong lĩnh vực kinh tế:"
models:
  - body:
      - Mô hình được triển khai trên địa bàn Thành phố.
      - Công an thành phố giao chỉ tiêu cho từng phường.
"#,
            }],
            after: &[Snippet {
                path: "sectors/01-kinh-te.yaml",
                text: r#"
title: "Trong lĩnh vực kinh tế:"
models:
  - body:
      - Mô hình được triển khai trên địa bàn thành phố.
      - Công an thành phố giao chỉ tiêu cho từng phường.
"#,
            }],
        },
        Ellipsis => Case {
            before: &[Snippet {
                path: "sectors/01-kinh-te.yaml",
                text: r#"
title: "Trong lĩnh vực kinh tế:"
models:
  - body:
      - Mô hình gồm hội quán, hợp tác xã...
      - Các đơn vị tham gia gồm phường 1, phường 2…
"#,
            }],
            after: &[Snippet {
                path: "sectors/01-kinh-te.yaml",
                text: r#"
title: "Trong lĩnh vực kinh tế:"
models:
  - body:
      - Mô hình gồm hội quán, hợp tác xã...
      - Các đơn vị tham gia gồm phường 1, phường 2...
"#,
            }],
        },
        TableColumns => Case {
            before: &[Snippet {
                path: "sectors/01-kinh-te.yaml",
                text: r#"
title: "Trong lĩnh vực kinh tế:"
intro:
  - table:
      columns: []
      rows:
        - [Ấp Tân Phú, 120]
"#,
            }],
            after: &[Snippet {
                path: "sectors/01-kinh-te.yaml",
                text: r#"
title: "Trong lĩnh vực kinh tế:"
intro:
  - table:
      columns:
        - {width: 3}
        - {width: 1, decimals: 0}
      rows:
        - [Ấp Tân Phú, 120]
"#,
            }],
        },
        TableRows => Case {
            before: &[Snippet {
                path: "sectors/01-kinh-te.yaml",
                text: r#"
title: "Trong lĩnh vực kinh tế:"
intro:
  - table:
      columns:
        - {width: 3}
        - {width: 1, decimals: 0}
      header:
        - [Ấp, Số hộ]
"#,
            }],
            after: &[Snippet {
                path: "sectors/01-kinh-te.yaml",
                text: r#"
title: "Trong lĩnh vực kinh tế:"
intro:
  - table:
      columns:
        - {width: 3}
        - {width: 1, decimals: 0}
      header:
        - [Ấp, Số hộ]
      rows:
        - [Ấp Tân Phú, 120]
"#,
            }],
        },
        TableRow => Case {
            before: &[Snippet {
                path: "sectors/01-kinh-te.yaml",
                text: r#"
title: "Trong lĩnh vực kinh tế:"
intro:
  - table:
      columns:
        - {width: 3}
        - {width: 1, decimals: 0}
        - {width: 1, decimals: 1}
      header:
        - [Ấp, Số hộ, Tỷ lệ (%)]
      rows:
        - [Ấp Tân Phú, 120, 45.5]
        - [Ấp Tân Hòa, 98]
"#,
            }],
            after: &[Snippet {
                path: "sectors/01-kinh-te.yaml",
                text: r#"
title: "Trong lĩnh vực kinh tế:"
intro:
  - table:
      columns:
        - {width: 3}
        - {width: 1, decimals: 0}
        - {width: 1, decimals: 1}
      header:
        - [Ấp, Số hộ, Tỷ lệ (%)]
      rows:
        - [Ấp Tân Phú, 120, 45.5]
        - [Ấp Tân Hòa, 98, ""]
"#,
            }],
        },
        TableMerge => Case {
            before: &[Snippet {
                path: "sectors/01-kinh-te.yaml",
                text: r#"
title: "Trong lĩnh vực kinh tế:"
intro:
  - table:
      columns: [{width: 3}, {width: 1}]
      header:
        - [{text: Ấp, rows: 3}, Số hộ]
        - [Năm 2021]
      rows:
        - [Ấp Tân Phú, 120]
"#,
            }],
            after: &[Snippet {
                path: "sectors/01-kinh-te.yaml",
                text: r#"
title: "Trong lĩnh vực kinh tế:"
intro:
  - table:
      columns: [{width: 3}, {width: 1}]
      header:
        - [{text: Ấp, rows: 2}, Số hộ]
        - [Năm 2021]
      rows:
        - [Ấp Tân Phú, 120]
"#,
            }],
        },
        TableSpan => Case {
            before: &[Snippet {
                path: "sectors/01-kinh-te.yaml",
                text: r#"
title: "Trong lĩnh vực kinh tế:"
intro:
  - table:
      columns: [{width: 3}, {width: 1}, {width: 1}]
      header:
        - [Ấp, {text: Năm 2021, cols: 0}]
      rows:
        - [Ấp Tân Phú, 120, 130]
"#,
            }],
            after: &[Snippet {
                path: "sectors/01-kinh-te.yaml",
                text: r#"
title: "Trong lĩnh vực kinh tế:"
intro:
  - table:
      columns: [{width: 3}, {width: 1}, {width: 1}]
      header:
        - [Ấp, {text: Năm 2021, cols: 2}]
      rows:
        - [Ấp Tân Phú, 120, 130]
"#,
            }],
        },
        TableNumber => Case {
            before: &[Snippet {
                path: "sectors/01-kinh-te.yaml",
                text: r#"
title: "Trong lĩnh vực kinh tế:"
intro:
  - table:
      columns:
        - {width: 3}
        - {width: 1, decimals: 0}
      header:
        - [Ấp, Số hộ]
      rows:
        - [Ấp Tân Phú, một trăm hai mươi]
"#,
            }],
            after: &[Snippet {
                path: "sectors/01-kinh-te.yaml",
                text: r#"
title: "Trong lĩnh vực kinh tế:"
intro:
  - table:
      columns:
        - {width: 3}
        - {width: 1, decimals: 0}
      header:
        - [Ấp, Số hộ]
      rows:
        - [Ấp Tân Phú, 120]
"#,
            }],
        },
        NumberAmbiguous => Case {
            before: &[Snippet {
                path: "sectors/01-kinh-te.yaml",
                text: r#"
title: "Trong lĩnh vực kinh tế:"
intro:
  - table:
      columns:
        - {width: 3}
        - {width: 1, decimals: 0}
      header:
        - [Ấp, Số người]
      rows:
        - [Ấp Tân Phú, 1.500]
"#,
            }],
            after: &[Snippet {
                path: "sectors/01-kinh-te.yaml",
                text: r#"
title: "Trong lĩnh vực kinh tế:"
intro:
  - table:
      columns:
        - {width: 3}
        - {width: 1, decimals: 0}
      header:
        - [Ấp, Số người]
      rows:
        - [Ấp Tân Phú, "1.500"]
"#,
            }],
        },
        TableColumn => Case {
            before: &[Snippet {
                path: "sectors/01-kinh-te.yaml",
                text: r#"
title: "Trong lĩnh vực kinh tế:"
intro:
  - table:
      columns:
        - {width: 3, align: giữa}
        - {width: 1, decimals: 0}
      rows:
        - [Ấp Tân Phú, 120]
"#,
            }],
            after: &[Snippet {
                path: "sectors/01-kinh-te.yaml",
                text: r#"
title: "Trong lĩnh vực kinh tế:"
intro:
  - table:
      columns:
        - {width: 3, align: center}
        - {width: 1, decimals: 0}
      rows:
        - [Ấp Tân Phú, 120]
"#,
            }],
        },
        TableTotal => Case {
            before: &[Snippet {
                path: "sectors/01-kinh-te.yaml",
                text: r#"
title: "Trong lĩnh vực kinh tế:"
intro:
  - table:
      columns:
        - {width: 3}
        - {width: 1, decimals: 0}
      rows:
        - [Ấp Tân Phú, 120]
        - [Ấp Tân Hòa, 95]
      total:
        label: Tổng cộng
        columns: [1, 2]
"#,
            }],
            after: &[Snippet {
                path: "sectors/01-kinh-te.yaml",
                text: r#"
title: "Trong lĩnh vực kinh tế:"
intro:
  - table:
      columns:
        - {width: 3}
        - {width: 1, decimals: 0}
      rows:
        - [Ấp Tân Phú, 120]
        - [Ấp Tân Hòa, 95]
      total:
        label: Tổng cộng
        columns: [2]
"#,
            }],
        },
        TableOverflow => Case {
            before: &[Snippet {
                path: "sectors/01-kinh-te.yaml",
                text: r#"
title: "Trong lĩnh vực kinh tế:"
intro:
  - table:
      columns:
        - {width: 3}
        - {width: 1, decimals: 0}
      rows:
        - [Ấp Tân Phú, 1e30]
        - [Ấp Tân Hòa, 95]
      total: {label: Tổng cộng, columns: [2]}
"#,
            }],
            after: &[Snippet {
                path: "sectors/01-kinh-te.yaml",
                text: r#"
title: "Trong lĩnh vực kinh tế:"
intro:
  - table:
      columns:
        - {width: 3}
        - {width: 1, decimals: 0}
      rows:
        - [Ấp Tân Phú, 130]
        - [Ấp Tân Hòa, 95]
      total: {label: Tổng cộng, columns: [2]}
"#,
            }],
        },
        TablePercent => Case {
            before: &[Snippet {
                path: "sectors/01-kinh-te.yaml",
                text: r#"
title: "Trong lĩnh vực kinh tế:"
intro:
  - table:
      columns:
        - {width: 3}
        - {width: 1, decimals: 0}
        - {width: 1, decimals: 0}
        - {width: 1, percent_of: [3, 2]}
      header:
        - [Nội dung, Kế hoạch, Đã xong, Tỷ lệ (%)]
      rows:
        - [Nhiệm vụ, 28, 21, 80]
"#,
            }],
            after: &[Snippet {
                path: "sectors/01-kinh-te.yaml",
                text: r#"
title: "Trong lĩnh vực kinh tế:"
intro:
  - table:
      columns:
        - {width: 3}
        - {width: 1, decimals: 0}
        - {width: 1, decimals: 0}
        - {width: 1, percent_of: [3, 2]}
      header:
        - [Nội dung, Kế hoạch, Đã xong, Tỷ lệ (%)]
      rows:
        - [Nhiệm vụ, 28, 21, ""]
"#,
            }],
        },
        RowsFrom => Case {
            before: &[
                Snippet {
                    path: "sectors/01-kinh-te.yaml",
                    text: r#"
title: "Trong lĩnh vực kinh tế:"
intro:
  - table:
      columns:
        - {width: 3}
        - {width: 1, decimals: 0}
      rows_from:
        file: tables/so-ho.csv
"#,
                },
                Snippet {
                    path: "tables/so-lieu.csv",
                    text: r#"
Ấp Tân Phú,120
Ấp Tân Hòa,95
"#,
                },
            ],
            after: &[
                Snippet {
                    path: "sectors/01-kinh-te.yaml",
                    text: r#"
title: "Trong lĩnh vực kinh tế:"
intro:
  - table:
      columns:
        - {width: 3}
        - {width: 1, decimals: 0}
      rows_from:
        file: tables/so-lieu.csv
"#,
                },
                Snippet {
                    path: "tables/so-lieu.csv",
                    text: r#"
Ấp Tân Phú,120
Ấp Tân Hòa,95
"#,
                },
            ],
        },
        Csv => Case {
            before: &[
                Snippet {
                    path: "sectors/01-kinh-te.yaml",
                    text: r#"
title: "Trong lĩnh vực kinh tế:"
intro:
  - table:
      columns:
        - {width: 3}
        - {width: 1, decimals: 0}
      rows_from:
        file: tables/so-lieu.csv
"#,
                },
                Snippet {
                    path: "tables/so-lieu.csv",
                    text: r#"
"Ấp Tân Phú" (cũ),120
Ấp Tân Hòa,95
"#,
                },
            ],
            after: &[
                Snippet {
                    path: "sectors/01-kinh-te.yaml",
                    text: r#"
title: "Trong lĩnh vực kinh tế:"
intro:
  - table:
      columns:
        - {width: 3}
        - {width: 1, decimals: 0}
      rows_from:
        file: tables/so-lieu.csv
"#,
                },
                Snippet {
                    path: "tables/so-lieu.csv",
                    text: r#"
"""Ấp Tân Phú"" (cũ)",120
Ấp Tân Hòa,95
"#,
                },
            ],
        },
        Xlsx => Case {
            before: &[
                Snippet {
                    path: "sectors/01-kinh-te.yaml",
                    text: r#"
title: "Trong lĩnh vực kinh tế:"
intro:
  - table:
      columns:
        - {width: 3}
        - {width: 1, decimals: 0}
      rows_from:
        file: tables/so-lieu.xlsx
"#,
                },
                Snippet {
                    path: "tables/so-lieu.xlsx",
                    text: r#"
Ấp Tân Phú,120
Ấp Tân Hòa,95
"#,
                },
            ],
            after: &[
                Snippet {
                    path: "sectors/01-kinh-te.yaml",
                    text: r#"
title: "Trong lĩnh vực kinh tế:"
intro:
  - table:
      columns:
        - {width: 3}
        - {width: 1, decimals: 0}
      rows_from:
        file: tables/so-lieu.csv
"#,
                },
                Snippet {
                    path: "tables/so-lieu.csv",
                    text: r#"
Ấp Tân Phú,120
Ấp Tân Hòa,95
"#,
                },
            ],
        },
        XlsxSheet => Case {
            before: &[
                Snippet {
                    path: "sectors/01-kinh-te.yaml",
                    text: r#"
title: "Trong lĩnh vực kinh tế:"
intro:
  - table:
      columns:
        - {width: 3}
        - {width: 1, decimals: 0}
      rows_from:
        file: tables/so-lieu.xlsx
        sheet: Sheet1
"#,
                },
                Snippet {
                    path: "tables/so-lieu.xlsx",
                    text: r#"
[Số liệu]
Ấp Tân Phú | 120
Ấp Tân Hòa | 95
"#,
                },
            ],
            after: &[
                Snippet {
                    path: "sectors/01-kinh-te.yaml",
                    text: r#"
title: "Trong lĩnh vực kinh tế:"
intro:
  - table:
      columns:
        - {width: 3}
        - {width: 1, decimals: 0}
      rows_from:
        file: tables/so-lieu.xlsx
        sheet: Số liệu
"#,
                },
                Snippet {
                    path: "tables/so-lieu.xlsx",
                    text: r#"
[Số liệu]
Ấp Tân Phú | 120
Ấp Tân Hòa | 95
"#,
                },
            ],
        },
        XlsxRange => Case {
            before: &[
                Snippet {
                    path: "sectors/01-kinh-te.yaml",
                    text: r#"
title: "Trong lĩnh vực kinh tế:"
intro:
  - table:
      columns:
        - {width: 3}
        - {width: 1, decimals: 0}
      rows_from:
        file: tables/so-lieu.xlsx
        range: A2-B3
"#,
                },
                Snippet {
                    path: "tables/so-lieu.xlsx",
                    text: r#"
[Số liệu]
Ấp | Số hộ
Ấp Tân Phú | 120
Ấp Tân Hòa | 95
"#,
                },
            ],
            after: &[
                Snippet {
                    path: "sectors/01-kinh-te.yaml",
                    text: r#"
title: "Trong lĩnh vực kinh tế:"
intro:
  - table:
      columns:
        - {width: 3}
        - {width: 1, decimals: 0}
      rows_from:
        file: tables/so-lieu.xlsx
        range: A2:B3
"#,
                },
                Snippet {
                    path: "tables/so-lieu.xlsx",
                    text: r#"
[Số liệu]
Ấp | Số hộ
Ấp Tân Phú | 120
Ấp Tân Hòa | 95
"#,
                },
            ],
        },
        XlsxFormula => Case {
            before: &[
                Snippet {
                    path: "sectors/01-kinh-te.yaml",
                    text: r#"
title: "Trong lĩnh vực kinh tế:"
intro:
  - table:
      columns:
        - {width: 3}
        - {width: 1, decimals: 0}
      rows_from:
        file: tables/so-lieu.xlsx
"#,
                },
                Snippet {
                    path: "tables/so-lieu.xlsx",
                    text: r#"
[Số liệu]
Ấp Tân Phú | 120
Ấp Tân Hòa | =B1-25
"#,
                },
            ],
            after: &[
                Snippet {
                    path: "sectors/01-kinh-te.yaml",
                    text: r#"
title: "Trong lĩnh vực kinh tế:"
intro:
  - table:
      columns:
        - {width: 3}
        - {width: 1, decimals: 0}
      rows_from:
        file: tables/so-lieu.xlsx
"#,
                },
                Snippet {
                    path: "tables/so-lieu.xlsx",
                    text: r#"
[Số liệu]
Ấp Tân Phú | 120
Ấp Tân Hòa | 95
"#,
                },
            ],
        },
        XlsxCellError => Case {
            before: &[
                Snippet {
                    path: "sectors/01-kinh-te.yaml",
                    text: r#"
title: "Trong lĩnh vực kinh tế:"
intro:
  - table:
      columns:
        - {width: 3}
        - {width: 1, decimals: 1}
      rows_from:
        file: tables/so-lieu.xlsx
"#,
                },
                Snippet {
                    path: "tables/so-lieu.xlsx",
                    text: r#"
[Số liệu]
Ấp Tân Phú | 45.5
Ấp Tân Hòa | #DIV/0!
"#,
                },
            ],
            after: &[
                Snippet {
                    path: "sectors/01-kinh-te.yaml",
                    text: r#"
title: "Trong lĩnh vực kinh tế:"
intro:
  - table:
      columns:
        - {width: 3}
        - {width: 1, decimals: 1}
      rows_from:
        file: tables/so-lieu.xlsx
"#,
                },
                Snippet {
                    path: "tables/so-lieu.xlsx",
                    text: r#"
[Số liệu]
Ấp Tân Phú | 45.5
Ấp Tân Hòa | 0
"#,
                },
            ],
        },
        FileLimit => Case {
            before: &[
                Snippet {
                    path: "sectors/01-kinh-te.yaml",
                    text: r#"
title: "Trong lĩnh vực kinh tế:"
intro:
  - table:
      columns:
        - {width: 3}
        - {width: 1, decimals: 0}
      rows_from:
        file: tables/so-lieu.xlsx
        range: A1:DZ2
"#,
                },
                Snippet {
                    path: "tables/so-lieu.xlsx",
                    text: r#"
[Số liệu]
Ấp Tân Phú | 120
Ấp Tân Hòa | 95
"#,
                },
            ],
            after: &[
                Snippet {
                    path: "sectors/01-kinh-te.yaml",
                    text: r#"
title: "Trong lĩnh vực kinh tế:"
intro:
  - table:
      columns:
        - {width: 3}
        - {width: 1, decimals: 0}
      rows_from:
        file: tables/so-lieu.xlsx
        range: A1:B2
"#,
                },
                Snippet {
                    path: "tables/so-lieu.xlsx",
                    text: r#"
[Số liệu]
Ấp Tân Phú | 120
Ấp Tân Hòa | 95
"#,
                },
            ],
        },
        AppendixRef => Case {
            before: &[
                Snippet {
                    path: "sectors/01-kinh-te.yaml",
                    text: r#"
title: "Trong lĩnh vực kinh tế:"
models:
  - body:
      - "Kết quả thu ngân sách chi tiết tại [Phụ lục: thu-chi]."
"#,
                },
                Snippet {
                    path: "appendices/01-ngan-sach.yaml",
                    text: r#"
title: Kết quả thu ngân sách năm 2021
body:
  - Thu ngân sách đạt 101,2% dự toán.
"#,
                },
            ],
            after: &[
                Snippet {
                    path: "sectors/01-kinh-te.yaml",
                    text: r#"
title: "Trong lĩnh vực kinh tế:"
models:
  - body:
      - "Kết quả thu ngân sách chi tiết tại [Phụ lục: ngan-sach]."
"#,
                },
                Snippet {
                    path: "appendices/01-ngan-sach.yaml",
                    text: r#"
title: Kết quả thu ngân sách năm 2021
body:
  - Thu ngân sách đạt 101,2% dự toán.
"#,
                },
            ],
        },
        AppendixUnused => Case {
            before: &[
                Snippet {
                    path: "sectors/01-kinh-te.yaml",
                    text: r#"
title: "Trong lĩnh vực kinh tế:"
models:
  - body:
      - Thu ngân sách đạt 101,2% dự toán.
"#,
                },
                Snippet {
                    path: "appendices/01-ngan-sach.yaml",
                    text: r#"
title: Kết quả thu ngân sách năm 2021
body:
  - Thu ngân sách đạt 101,2% dự toán.
"#,
                },
            ],
            after: &[
                Snippet {
                    path: "sectors/01-kinh-te.yaml",
                    text: r#"
title: "Trong lĩnh vực kinh tế:"
models:
  - body:
      - "Thu ngân sách đạt 101,2% dự toán (chi tiết tại [Phụ lục: ngan-sach])."
"#,
                },
                Snippet {
                    path: "appendices/01-ngan-sach.yaml",
                    text: r#"
title: Kết quả thu ngân sách năm 2021
body:
  - Thu ngân sách đạt 101,2% dự toán.
"#,
                },
            ],
        },
        Orientation => Case {
            before: &[
                Snippet {
                    path: "sectors/01-kinh-te.yaml",
                    text: r#"
title: "Trong lĩnh vực kinh tế:"
models:
  - body:
      - "Kết quả thu ngân sách chi tiết tại [Phụ lục: ngan-sach]."
"#,
                },
                Snippet {
                    path: "appendices/01-ngan-sach.yaml",
                    text: r#"
title: Kết quả thu ngân sách năm 2021
orientation: ngang
body:
  - Thu ngân sách đạt 101,2% dự toán.
"#,
                },
            ],
            after: &[
                Snippet {
                    path: "sectors/01-kinh-te.yaml",
                    text: r#"
title: "Trong lĩnh vực kinh tế:"
models:
  - body:
      - "Kết quả thu ngân sách chi tiết tại [Phụ lục: ngan-sach]."
"#,
                },
                Snippet {
                    path: "appendices/01-ngan-sach.yaml",
                    text: r#"
title: Kết quả thu ngân sách năm 2021
orientation: landscape
body:
  - Thu ngân sách đạt 101,2% dự toán.
"#,
                },
            ],
        },
        FigureUndefined => Case {
            before: &[Snippet {
                path: "sectors/01-kinh-te.yaml",
                text: r#"
title: "Trong lĩnh vực kinh tế:"
models:
  - body:
      - "Toàn xã còn [=ho-ngheo] hộ nghèo."
figures:
  ho-ngheo-cu: 96
"#,
            }],
            after: &[Snippet {
                path: "sectors/01-kinh-te.yaml",
                text: r#"
title: "Trong lĩnh vực kinh tế:"
models:
  - body:
      - "Toàn xã còn [=ho-ngheo] hộ nghèo."
figures:
  ho-ngheo: 96
"#,
            }],
        },
        FigureUnused => Case {
            before: &[Snippet {
                path: "sectors/01-kinh-te.yaml",
                text: r#"
title: "Trong lĩnh vực kinh tế:"
models:
  - body:
      - Toàn xã còn 96 hộ nghèo.
figures:
  ho-ngheo: 96
"#,
            }],
            after: &[Snippet {
                path: "sectors/01-kinh-te.yaml",
                text: r#"
title: "Trong lĩnh vực kinh tế:"
models:
  - body:
      - "Toàn xã còn [=ho-ngheo] hộ nghèo."
figures:
  ho-ngheo: 96
"#,
            }],
        },
        FigureTwice => Case {
            before: &[
                Snippet {
                    path: "sectors/01-kinh-te.yaml",
                    text: r#"
title: "Trong lĩnh vực kinh tế:"
models:
  - body:
      - "Thu ngân sách đạt [=ty-le] dự toán."
figures:
  ty-le: {percent: [thuc-hien, du-toan]}
  thuc-hien: 18318.8
  du-toan: 18400
"#,
                },
                Snippet {
                    path: "sectors/02-van-hoa-xa-hoi.yaml",
                    text: r#"
title: "Lĩnh vực văn hóa - xã hội:"
models:
  - body:
      - "Tỷ lệ hộ gia đình văn hóa đạt [=ty-le]."
figures:
  ty-le: {percent: [ho-van-hoa, tong-so-ho]}
  ho-van-hoa: 1820
  tong-so-ho: 1950
"#,
                },
            ],
            after: &[
                Snippet {
                    path: "sectors/01-kinh-te.yaml",
                    text: r#"
title: "Trong lĩnh vực kinh tế:"
models:
  - body:
      - "Thu ngân sách đạt [=ty-le-thu] dự toán."
figures:
  ty-le-thu: {percent: [thuc-hien, du-toan]}
  thuc-hien: 18318.8
  du-toan: 18400
"#,
                },
                Snippet {
                    path: "sectors/02-van-hoa-xa-hoi.yaml",
                    text: r#"
title: "Lĩnh vực văn hóa - xã hội:"
models:
  - body:
      - "Tỷ lệ hộ gia đình văn hóa đạt [=ty-le-van-hoa]."
figures:
  ty-le-van-hoa: {percent: [ho-van-hoa, tong-so-ho]}
  ho-van-hoa: 1820
  tong-so-ho: 1950
"#,
                },
            ],
        },
        FigureName => Case {
            before: &[Snippet {
                path: "sectors/01-kinh-te.yaml",
                text: r#"
title: "Trong lĩnh vực kinh tế:"
models:
  - body:
      - "Toàn xã còn [=ho-ngheo] hộ nghèo."
figures:
  hộ nghèo: 96
"#,
            }],
            after: &[Snippet {
                path: "sectors/01-kinh-te.yaml",
                text: r#"
title: "Trong lĩnh vực kinh tế:"
models:
  - body:
      - "Toàn xã còn [=ho-ngheo] hộ nghèo."
figures:
  ho-ngheo: 96
"#,
            }],
        },
        Figure => Case {
            before: &[Snippet {
                path: "sectors/01-kinh-te.yaml",
                text: r#"
title: "Trong lĩnh vực kinh tế:"
models:
  - body:
      - "Thu ngân sách đạt [=ty-le] dự toán."
figures:
  ty-le: {percent: [thuc-hien]}
  thuc-hien: 18318.8
  du-toan: 18400
"#,
            }],
            after: &[Snippet {
                path: "sectors/01-kinh-te.yaml",
                text: r#"
title: "Trong lĩnh vực kinh tế:"
models:
  - body:
      - "Thu ngân sách đạt [=ty-le] dự toán."
figures:
  ty-le: {percent: [thuc-hien, du-toan]}
  thuc-hien: 18318.8
  du-toan: 18400
"#,
            }],
        },
        FigureCycle => Case {
            before: &[Snippet {
                path: "sectors/01-kinh-te.yaml",
                text: r#"
title: "Trong lĩnh vực kinh tế:"
models:
  - body:
      - "Tổng thu đạt [=tong-thu] triệu đồng."
figures:
  tong-thu: {sum: [thu-thue, thu-khac]}
  thu-khac: {difference: [tong-thu, thu-thue]}
  thu-thue: 2150
"#,
            }],
            after: &[Snippet {
                path: "sectors/01-kinh-te.yaml",
                text: r#"
title: "Trong lĩnh vực kinh tế:"
models:
  - body:
      - "Tổng thu đạt [=tong-thu] triệu đồng."
figures:
  tong-thu: {sum: [thu-thue, thu-khac]}
  thu-khac: 236.5
  thu-thue: 2150
"#,
            }],
        },
        FigureZero => Case {
            before: &[Snippet {
                path: "sectors/01-kinh-te.yaml",
                text: r#"
title: "Trong lĩnh vực kinh tế:"
models:
  - body:
      - "Đã hoàn thành [=ty-le] kế hoạch."
figures:
  ty-le: {percent: [da-xong, ke-hoach]}
  da-xong: 21
  ke-hoach: 0
"#,
            }],
            after: &[Snippet {
                path: "sectors/01-kinh-te.yaml",
                text: r#"
title: "Trong lĩnh vực kinh tế:"
models:
  - body:
      - "Đã hoàn thành [=ty-le] kế hoạch."
figures:
  ty-le: {percent: [da-xong, ke-hoach]}
  da-xong: 21
  ke-hoach: 28
"#,
            }],
        },
        FigureOverflow => Case {
            before: &[Snippet {
                path: "sectors/01-kinh-te.yaml",
                text: r#"
title: "Trong lĩnh vực kinh tế:"
models:
  - body:
      - "Tổng thu đạt [=tong-thu] đồng."
figures:
  tong-thu: {sum: [thu-thue, thu-khac]}
  thu-thue: 2.150e30
  thu-khac: 236500000
"#,
            }],
            after: &[Snippet {
                path: "sectors/01-kinh-te.yaml",
                text: r#"
title: "Trong lĩnh vực kinh tế:"
models:
  - body:
      - "Tổng thu đạt [=tong-thu] đồng."
figures:
  tong-thu: {sum: [thu-thue, thu-khac]}
  thu-thue: 2150000000
  thu-khac: 236500000
"#,
            }],
        },
        FigureDecimals => Case {
            before: &[Snippet {
                path: "sectors/01-kinh-te.yaml",
                text: r#"
title: "Trong lĩnh vực kinh tế:"
models:
  - body:
      - "Đã hoàn thành [=ty-le] kế hoạch."
figures:
  ty-le: {percent: [da-xong, ke-hoach], decimals: 9}
  da-xong: 21
  ke-hoach: 28
"#,
            }],
            after: &[Snippet {
                path: "sectors/01-kinh-te.yaml",
                text: r#"
title: "Trong lĩnh vực kinh tế:"
models:
  - body:
      - "Đã hoàn thành [=ty-le] kế hoạch."
figures:
  ty-le: {percent: [da-xong, ke-hoach], decimals: 1}
  da-xong: 21
  ke-hoach: 28
"#,
            }],
        },
        TableFigure => Case {
            before: &[Snippet {
                path: "sectors/01-kinh-te.yaml",
                text: r#"
title: "Trong lĩnh vực kinh tế:"
models:
  - body:
      - "Đã làm mới [=km-duong] km đường giao thông nông thôn."
      - table:
          columns: [{width: 1}, {width: 4}, {width: 2, decimals: 3}]
          rows:
            - [1, Làm đường, "1,235"]
            - [2, Nạo vét kênh, "0,800"]
          figures:
            km-duong: {row: "Làm đường mới", column: 3}
"#,
            }],
            after: &[Snippet {
                path: "sectors/01-kinh-te.yaml",
                text: r#"
title: "Trong lĩnh vực kinh tế:"
models:
  - body:
      - "Đã làm mới [=km-duong] km đường giao thông nông thôn."
      - table:
          columns: [{width: 1}, {width: 4}, {width: 2, decimals: 3}]
          rows:
            - [1, Làm đường, "1,235"]
            - [2, Nạo vét kênh, "0,800"]
          figures:
            km-duong: {row: "1", column: 3}
"#,
            }],
        },
        Ratio => Case {
            before: &[Snippet {
                path: "sectors/01-kinh-te.yaml",
                text: r#"
title: "Trong lĩnh vực kinh tế:"
models:
  - body:
      - Đến nay đã hoàn thành 21/28 nhiệm vụ theo kế hoạch, đạt 80%.
"#,
            }],
            after: &[Snippet {
                path: "sectors/01-kinh-te.yaml",
                text: r#"
title: "Trong lĩnh vực kinh tế:"
models:
  - body:
      - Đến nay đã hoàn thành 21/28 nhiệm vụ theo kế hoạch, đạt 75%.
"#,
            }],
        },
        Parts => Case {
            before: &[Snippet {
                path: "sectors/01-kinh-te.yaml",
                text: r#"
title: "Trong lĩnh vực kinh tế:"
models:
  - body:
      - Tổng số cán bộ, công chức xã hiện có 21 người (10 cán bộ, 12 công chức).
"#,
            }],
            after: &[Snippet {
                path: "sectors/01-kinh-te.yaml",
                text: r#"
title: "Trong lĩnh vực kinh tế:"
models:
  - body:
      - Tổng số cán bộ, công chức xã hiện có 22 người (10 cán bộ, 12 công chức).
"#,
            }],
        },
        Separators => Case {
            before: &[Snippet {
                path: "sectors/01-kinh-te.yaml",
                text: r#"
title: "Trong lĩnh vực kinh tế:"
models:
  - body:
      - Đã giải quyết 1.231 hồ sơ đúng hạn.
      - Tiếp nhận trực tuyến 1,245 hồ sơ.
"#,
            }],
            after: &[Snippet {
                path: "sectors/01-kinh-te.yaml",
                text: r#"
title: "Trong lĩnh vực kinh tế:"
models:
  - body:
      - Đã giải quyết 1.231 hồ sơ đúng hạn.
      - Tiếp nhận trực tuyến 1.245 hồ sơ.
"#,
            }],
        },
        Previous => Case {
            before: &[
                Snippet {
                    path: "report.yaml",
                    text: r#"
previous: data/2021-03
"#,
                },
                Snippet {
                    path: "../2021-03/report.yaml",
                    text: r#"
date: 2021-03-29
"#,
                },
            ],
            after: &[
                Snippet {
                    path: "report.yaml",
                    text: r#"
previous: ../2021-03
"#,
                },
                Snippet {
                    path: "../2021-03/report.yaml",
                    text: r#"
date: 2021-03-29
"#,
                },
            ],
        },
        PreviousErrors => Case {
            before: &[
                Snippet {
                    path: "report.yaml",
                    text: r#"
previous: ../2021-03
"#,
                },
                Snippet {
                    path: "sectors/01-kinh-te.yaml",
                    text: r#"
title: "Trong lĩnh vực kinh tế:"
models:
  - body:
      - "Toàn xã còn [=ho-ngheo] hộ nghèo, [=giam] so với kỳ trước."
figures:
  ho-ngheo: 96
  giam: {change: ho-ngheo, as: amount, unit: hộ}
"#,
                },
                Snippet {
                    path: "../2021-03/report.yaml",
                    text: r#"
date: 31/03/2021
"#,
                },
                Snippet {
                    path: "../2021-03/sectors/01-kinh-te.yaml",
                    text: r#"
title: "Trong lĩnh vực kinh tế:"
models:
  - body:
      - "Toàn xã còn [=ho-ngheo] hộ nghèo."
figures:
  ho-ngheo: 102
"#,
                },
            ],
            after: &[
                Snippet {
                    path: "report.yaml",
                    text: r#"
previous: ../2021-03
"#,
                },
                Snippet {
                    path: "sectors/01-kinh-te.yaml",
                    text: r#"
title: "Trong lĩnh vực kinh tế:"
models:
  - body:
      - "Toàn xã còn [=ho-ngheo] hộ nghèo, [=giam] so với kỳ trước."
figures:
  ho-ngheo: 96
  giam: {change: ho-ngheo, as: amount, unit: hộ}
"#,
                },
                Snippet {
                    path: "../2021-03/report.yaml",
                    text: r#"
date: 2021-03-31
"#,
                },
                Snippet {
                    path: "../2021-03/sectors/01-kinh-te.yaml",
                    text: r#"
title: "Trong lĩnh vực kinh tế:"
models:
  - body:
      - "Toàn xã còn [=ho-ngheo] hộ nghèo."
figures:
  ho-ngheo: 102
"#,
                },
            ],
        },
        FigureChange => Case {
            before: &[Snippet {
                path: "sectors/01-kinh-te.yaml",
                text: r#"
title: "Trong lĩnh vực kinh tế:"
models:
  - body:
      - "Toàn xã còn [=ho-ngheo] hộ nghèo, [=giam] so với kỳ trước."
figures:
  ho-ngheo: 96
  giam: {change: ho-ngheo, as: amount, unit: hộ}
"#,
            }],
            after: &[
                Snippet {
                    path: "report.yaml",
                    text: r#"
previous: ../2021-03
"#,
                },
                Snippet {
                    path: "sectors/01-kinh-te.yaml",
                    text: r#"
title: "Trong lĩnh vực kinh tế:"
models:
  - body:
      - "Toàn xã còn [=ho-ngheo] hộ nghèo, [=giam] so với kỳ trước."
figures:
  ho-ngheo: 96
  giam: {change: ho-ngheo, as: amount, unit: hộ}
"#,
                },
                Snippet {
                    path: "../2021-03/sectors/01-kinh-te.yaml",
                    text: r#"
title: "Trong lĩnh vực kinh tế:"
models:
  - body:
      - "Toàn xã còn [=ho-ngheo] hộ nghèo."
figures:
  ho-ngheo: 102
"#,
                },
            ],
        },
        SectorUnchanged => Case {
            before: &[
                Snippet {
                    path: "report.yaml",
                    text: r#"
previous: ../2021-03
"#,
                },
                Snippet {
                    path: "sectors/01-kinh-te.yaml",
                    text: r#"
title: "Trong lĩnh vực kinh tế:"
models:
  - body:
      - Toàn xã còn 102 hộ nghèo.
"#,
                },
                Snippet {
                    path: "../2021-03/sectors/01-kinh-te.yaml",
                    text: r#"
title: "Trong lĩnh vực kinh tế:"
models:
  - body:
      - Toàn xã còn 102 hộ nghèo.
"#,
                },
            ],
            after: &[
                Snippet {
                    path: "report.yaml",
                    text: r#"
previous: ../2021-03
"#,
                },
                Snippet {
                    path: "sectors/01-kinh-te.yaml",
                    text: r#"
title: "Trong lĩnh vực kinh tế:"
models:
  - body:
      - Toàn xã còn 96 hộ nghèo.
"#,
                },
                Snippet {
                    path: "../2021-03/sectors/01-kinh-te.yaml",
                    text: r#"
title: "Trong lĩnh vực kinh tế:"
models:
  - body:
      - Toàn xã còn 102 hộ nghèo.
"#,
                },
            ],
        },
        TemplatesDir => Case {
            before: &[Snippet {
                path: "$",
                text: r#"
$ report build data/2021-04 --templates mau-bao-cao
"#,
            }],
            after: &[Snippet {
                path: "$",
                text: r#"
$ ls mau-bao-cao
closing.md  report.md
$ report build data/2021-04 --templates mau-bao-cao
"#,
            }],
        },
        Template => Case {
            before: &[Snippet {
                path: "templates/closing.md",
                text: r#"
***Nơi nhận:***
{% for line in md.closing.recipients %}
- {{ line }}
{% endfor

**{{ md.closing.signer_name }}**
"#,
            }],
            after: &[Snippet {
                path: "templates/closing.md",
                text: r#"
***Nơi nhận:***
{% for line in md.closing.recipients %}
- {{ line }}
{% endfor %}

**{{ md.closing.signer_name }}**
"#,
            }],
        },
        TemplateBudget => Case {
            before: &[Snippet {
                path: "$",
                text: r#"
$ cat data/2021-04/templates/closing.md
{% for i in range(end=100000000) %}-{% endfor %}
$ report build data/2021-04
"#,
            }],
            after: &[Snippet {
                path: "$",
                text: r#"
$ rm data/2021-04/templates/closing.md
$ report build data/2021-04
"#,
            }],
        },
        Output => Case {
            before: &[Snippet {
                path: "$",
                text: r#"
$ ls -ld out/2021-04.docx
drwxr-xr-x 2 vanthu vanthu 4096 Apr 28 08:15 out/2021-04.docx
$ report build data/2021-04
"#,
            }],
            after: &[Snippet {
                path: "$",
                text: r#"
$ mv out/2021-04.docx out/2021-04-cu
$ report build data/2021-04
"#,
            }],
        },
        Write => Case {
            before: &[Snippet {
                path: "$",
                text: r#"
$ df -h out
Filesystem      Size  Used Avail Use% Mounted on
/dev/sdb1        16G   16G     0 100% /media/usb
$ report build data/2021-04
"#,
            }],
            after: &[Snippet {
                path: "$",
                text: r#"
$ report build data/2021-04 --out ~/bao-cao
"#,
            }],
        },
        OutInsideData => Case {
            before: &[Snippet {
                path: "$",
                text: r#"
$ report build data/2021-04 --out data/2021-04/ket-qua
"#,
            }],
            after: &[Snippet {
                path: "$",
                text: r#"
$ report build data/2021-04 --out out
"#,
            }],
        },
        PdfNoOffice => Case {
            before: &[Snippet {
                path: "$",
                text: r#"
$ report build data/2021-04 --format docx,pdf
"#,
            }],
            after: &[Snippet {
                path: "$",
                text: r#"
$ sudo apt-get install -y libreoffice-writer-nogui fonts-liberation
$ report build data/2021-04 --format docx,pdf
"#,
            }],
        },
        Pdf => Case {
            before: &[Snippet {
                path: "$",
                text: r#"
$ report build data/2021-04 --format pdf --soffice /usr/bin/evince
"#,
            }],
            after: &[Snippet {
                path: "$",
                text: r#"
$ report build data/2021-04 --format pdf --soffice /usr/bin/soffice
"#,
            }],
        },
        PdfTimeout => Case {
            before: &[Snippet {
                path: "$",
                text: r#"
$ report build data/2021-04 --format pdf --pdf-timeout 10
"#,
            }],
            after: &[Snippet {
                path: "$",
                text: r#"
$ report build data/2021-04 --format pdf --pdf-timeout 300
"#,
            }],
        },
    }
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;

    use super::*;
    use crate::load::budgets::Exceeded;
    use crate::messages::{
        BlockMessage, Budget, FigureMessage, LegacyEncoding, MarkMessage, Message, OsError,
        PdfMessage, XlsxProblem,
    };

    /// One message of every variant of the catalogue (and of the catalogues of blocks,
    /// figures, marks and the PDF it holds).
    fn samples() -> Vec<Message> {
        use Message::*;
        let s = || String::from("x");
        let error = OsError::from(&std::io::Error::from(std::io::ErrorKind::NotFound));
        let mut all = vec![
            ReadFailed {
                error: error.clone(),
            },
            NotUtf8,
            YamlSyntax,
            YamlLimit,
            YamlTab,
            YamlIndent,
            YamlUnclosedQuote { quote: '"' },
            YamlAfterQuote { quote: '"' },
            YamlUnclosedBracket { bracket: '[' },
            YamlColon,
            YamlDash,
            YamlNoColon,
            YamlReserved { found: '@' },
            YamlDocuments,
            NotAMapping {
                found: crate::messages::Kind::List,
            },
            UnknownKey {
                key: s(),
                suggestion: None,
                allowed: Vec::new(),
            },
            MissingKey { key: s() },
            WrongType {
                expected: crate::messages::Kind::Text,
                found: crate::messages::Kind::List,
            },
            DuplicateKey { key: s() },
            SectorsDirMissing,
            SectorFileNotYaml,
            NoSectors,
            NotNfc,
            ControlChar { code_point: 0x0b },
            LegacyText {
                encoding: LegacyEncoding::Tcvn3,
            },
            UnclosedEmphasis { mark: "*" },
            BadFootnoteRef,
            FootnoteUndefined { key: s() },
            FootnoteUnused { key: s() },
            FootnoteTwice { key: s() },
            FootnoteReused { key: s() },
            FootnoteNested,
            FootnoteKey { key: s() },
            EmptySector,
            EmptyModel,
            BlankText,
            BadDate { value: s() },
            BadNumber { value: s() },
            BadSymbol { value: s() },
            SymbolTypeMismatch {
                code: s(),
                expected: s(),
                doc_type: s(),
            },
            BadAuthority { line: s() },
            RecipientsEmpty,
            RecipientsNoArchive,
            RecipientsNoNhuTren,
            BadNumbering {
                value: s(),
                allowed: s(),
            },
            BadInclude {
                value: s(),
                allowed: s(),
            },
            LayoutRange {
                option: "x",
                value: s(),
                range: "x",
            },
            MixedPadding {
                padded: s(),
                unpadded: s(),
            },
            MixedCapitalisation {
                word: s(),
                upper: 1,
                lower: 1,
            },
            MixedEllipses { forms: s() },
            Template { detail: s() },
            Placeholder,
            FileTooLarge {
                size: 2,
                limit: 1,
                folder: None,
            },
            TooManySectors { limit: s() },
            OutsideFolder { target: s() },
            OutputNotAFile,
            OutputsPartlyWritten {
                error: error.clone(),
                replaced: s(),
            },
            OutInsideData { data: s() },
            TemplatesDir,
            TemplateBudget {
                exceeded: Budget::Files { limit: 1 },
            },
            NoDataFolder,
        ];
        all.extend(blocks(error).into_iter().map(Block));
        all.extend(figures().into_iter().map(Figure));
        all.extend(marks().into_iter().map(Mark));
        all.extend(pdf().into_iter().map(Pdf));
        all
    }

    fn blocks(error: OsError) -> Vec<BlockMessage> {
        use BlockMessage::*;
        let s = || String::from("x");
        vec![
            BlockKind,
            EmptyList,
            BadAppendixRef,
            TableNoColumns,
            TableNoRows,
            TableRowWidth {
                found: 1,
                columns: 2,
            },
            TableOverlap,
            TablePastLastRow,
            TableSpan { value: s() },
            TableNotNumber {
                value: s(),
                column: 1,
            },
            TableColumnOption {
                option: "align",
                value: s(),
            },
            TotalColumn {
                column: s(),
                columns: 1,
            },
            RowsFromPath { path: s() },
            RowsFromKind { path: s() },
            RowsFromRead { path: s(), error },
            RowsFromMissing { path: s() },
            CsvSyntax,
            CsvDelimiter { value: s() },
            CsvSheetOption { option: "sheet" },
            CsvQuotes,
            XlsxRead {
                problem: XlsxProblem::NotZip,
            },
            FileLimit {
                exceeded: Exceeded::Rows,
                sheet: None,
            },
            SheetMissing {
                sheet: s(),
                sheets: s(),
            },
            SheetRange { range: s() },
            FormulaNoValue { formula: s() },
            CellError { error: s() },
            AppendixRefUnknown {
                key: s(),
                known: s(),
            },
            AppendixUnused { key: s() },
            Orientation { value: s() },
            AppendixFileNotYaml,
            TooManyAppendices { limit: 1 },
            LandscapeBody,
            AmbiguousNumber { value: s() },
            PercentDiffers {
                written: s(),
                computed: s(),
            },
            TotalLabel {
                value: s(),
                first: 1,
            },
            TableOverflow,
        ]
    }

    fn figures() -> Vec<FigureMessage> {
        use FigureMessage::*;
        let s = || String::from("x");
        vec![
            BadFigureRef,
            BadPeriod { value: s() },
            CutOffNeedsPeriod { name: s() },
            Reserved { name: s() },
            Undefined { name: s() },
            Unused { name: s() },
            Twice { name: s() },
            Name { name: s() },
            Kind { name: s() },
            Operands {
                name: s(),
                operation: "ratio",
            },
            Cycle { chain: s() },
            DivisionByZero { name: s() },
            RatioDiffers {
                stated: s(),
                computed: s(),
            },
            PartsDiffer {
                total: s(),
                sum: s(),
            },
            MixedSeparators { english: s() },
            PreviousPath { value: s() },
            PreviousMissing { value: s() },
            NoEarlier {
                name: s(),
                with: s(),
            },
            EarlierLacks {
                name: s(),
                folder: s(),
            },
            BadWith { value: s() },
            Unchanged { folder: s() },
            Overflow { name: s() },
            Decimals { value: s() },
            EarlierFails {
                folder: s(),
                problem: s(),
            },
            BadAs { value: s() },
            TableFigureColumn {
                column: s(),
                columns: 1,
            },
            TableFigureKind { name: s() },
            TableFigureRow { key: s(), found: 0 },
            TableFigureNotNumber { name: s() },
            TableFigureText {
                name: s(),
                value: s(),
            },
        ]
    }

    fn marks() -> Vec<MarkMessage> {
        use MarkMessage::*;
        let s = || String::from("x");
        vec![
            Urgency {
                value: s(),
                allowed: "x",
            },
            Circulation {
                value: s(),
                allowed: "x",
            },
            TypistCode { value: s() },
            Copies { value: s() },
            DraftRound { value: s() },
            DraftNumbered { number: s() },
            ElectronicNumbered { number: s() },
        ]
    }

    fn pdf() -> Vec<PdfMessage> {
        use PdfMessage::*;
        vec![
            OfficeNotFound { named: None },
            ConversionFailed {
                detail: String::from("x"),
            },
            Timeout { seconds: 1 },
            NotPdf { limit: None },
        ]
    }

    /// Names every variant of the catalogue's messages without a wildcard, so that a new
    /// one stops these tests from compiling until it has a sample in [`samples`] (and, if
    /// its code is new, an entry). Returns the variant's name, so that the samples are
    /// seen to hold each variant once.
    fn variant(m: &Message) -> &'static str {
        use Message::*;
        match m {
            ReadFailed { .. } => "ReadFailed",
            NotUtf8 => "NotUtf8",
            YamlSyntax => "YamlSyntax",
            YamlLimit => "YamlLimit",
            YamlTab => "YamlTab",
            YamlIndent => "YamlIndent",
            YamlUnclosedQuote { .. } => "YamlUnclosedQuote",
            YamlAfterQuote { .. } => "YamlAfterQuote",
            YamlUnclosedBracket { .. } => "YamlUnclosedBracket",
            YamlColon => "YamlColon",
            YamlDash => "YamlDash",
            YamlNoColon => "YamlNoColon",
            YamlReserved { .. } => "YamlReserved",
            YamlDocuments => "YamlDocuments",
            NotAMapping { .. } => "NotAMapping",
            UnknownKey { .. } => "UnknownKey",
            MissingKey { .. } => "MissingKey",
            WrongType { .. } => "WrongType",
            DuplicateKey { .. } => "DuplicateKey",
            SectorsDirMissing => "SectorsDirMissing",
            SectorFileNotYaml => "SectorFileNotYaml",
            NoSectors => "NoSectors",
            NotNfc => "NotNfc",
            ControlChar { .. } => "ControlChar",
            LegacyText { .. } => "LegacyText",
            UnclosedEmphasis { .. } => "UnclosedEmphasis",
            BadFootnoteRef => "BadFootnoteRef",
            FootnoteUndefined { .. } => "FootnoteUndefined",
            FootnoteUnused { .. } => "FootnoteUnused",
            FootnoteTwice { .. } => "FootnoteTwice",
            FootnoteReused { .. } => "FootnoteReused",
            FootnoteNested => "FootnoteNested",
            FootnoteKey { .. } => "FootnoteKey",
            EmptySector => "EmptySector",
            EmptyModel => "EmptyModel",
            BlankText => "BlankText",
            BadDate { .. } => "BadDate",
            BadNumber { .. } => "BadNumber",
            BadSymbol { .. } => "BadSymbol",
            SymbolTypeMismatch { .. } => "SymbolTypeMismatch",
            BadAuthority { .. } => "BadAuthority",
            RecipientsEmpty => "RecipientsEmpty",
            RecipientsNoArchive => "RecipientsNoArchive",
            RecipientsNoNhuTren => "RecipientsNoNhuTren",
            BadNumbering { .. } => "BadNumbering",
            BadInclude { .. } => "BadInclude",
            LayoutRange { .. } => "LayoutRange",
            MixedPadding { .. } => "MixedPadding",
            MixedCapitalisation { .. } => "MixedCapitalisation",
            MixedEllipses { .. } => "MixedEllipses",
            Template { .. } => "Template",
            Placeholder => "Placeholder",
            FileTooLarge { .. } => "FileTooLarge",
            TooManySectors { .. } => "TooManySectors",
            OutsideFolder { .. } => "OutsideFolder",
            OutputNotAFile => "OutputNotAFile",
            OutputsPartlyWritten { .. } => "OutputsPartlyWritten",
            OutInsideData { .. } => "OutInsideData",
            TemplatesDir => "TemplatesDir",
            TemplateBudget { .. } => "TemplateBudget",
            NoDataFolder => "NoDataFolder",
            Block(b) => block_variant(b),
            Figure(f) => figure_variant(f),
            Mark(m) => mark_variant(m),
            Pdf(p) => pdf_variant(p),
        }
    }

    fn block_variant(m: &BlockMessage) -> &'static str {
        use BlockMessage::*;
        match m {
            BlockKind => "BlockKind",
            EmptyList => "EmptyList",
            BadAppendixRef => "BadAppendixRef",
            TableNoColumns => "TableNoColumns",
            TableNoRows => "TableNoRows",
            TableRowWidth { .. } => "TableRowWidth",
            TableOverlap => "TableOverlap",
            TablePastLastRow => "TablePastLastRow",
            TableSpan { .. } => "TableSpan",
            TableNotNumber { .. } => "TableNotNumber",
            TableColumnOption { .. } => "TableColumnOption",
            TotalColumn { .. } => "TotalColumn",
            RowsFromPath { .. } => "RowsFromPath",
            RowsFromKind { .. } => "RowsFromKind",
            RowsFromRead { .. } => "RowsFromRead",
            RowsFromMissing { .. } => "RowsFromMissing",
            CsvSyntax => "CsvSyntax",
            CsvDelimiter { .. } => "CsvDelimiter",
            CsvSheetOption { .. } => "CsvSheetOption",
            CsvQuotes => "CsvQuotes",
            XlsxRead { .. } => "XlsxRead",
            FileLimit { .. } => "FileLimit",
            SheetMissing { .. } => "SheetMissing",
            SheetRange { .. } => "SheetRange",
            FormulaNoValue { .. } => "FormulaNoValue",
            CellError { .. } => "CellError",
            AppendixRefUnknown { .. } => "AppendixRefUnknown",
            AppendixUnused { .. } => "AppendixUnused",
            Orientation { .. } => "Orientation",
            AppendixFileNotYaml => "AppendixFileNotYaml",
            TooManyAppendices { .. } => "TooManyAppendices",
            LandscapeBody => "LandscapeBody",
            AmbiguousNumber { .. } => "AmbiguousNumber",
            PercentDiffers { .. } => "PercentDiffers",
            TotalLabel { .. } => "TotalLabel",
            TableOverflow => "TableOverflow",
        }
    }

    fn figure_variant(m: &FigureMessage) -> &'static str {
        use FigureMessage::*;
        match m {
            BadFigureRef => "BadFigureRef",
            BadPeriod { .. } => "BadPeriod",
            CutOffNeedsPeriod { .. } => "CutOffNeedsPeriod",
            Reserved { .. } => "Reserved",
            Undefined { .. } => "Undefined",
            Unused { .. } => "Unused",
            Twice { .. } => "Twice",
            Name { .. } => "Name",
            Kind { .. } => "Kind",
            Operands { .. } => "Operands",
            Cycle { .. } => "Cycle",
            DivisionByZero { .. } => "DivisionByZero",
            RatioDiffers { .. } => "RatioDiffers",
            PartsDiffer { .. } => "PartsDiffer",
            MixedSeparators { .. } => "MixedSeparators",
            PreviousPath { .. } => "PreviousPath",
            PreviousMissing { .. } => "PreviousMissing",
            NoEarlier { .. } => "NoEarlier",
            EarlierLacks { .. } => "EarlierLacks",
            BadWith { .. } => "BadWith",
            Unchanged { .. } => "Unchanged",
            Overflow { .. } => "Overflow",
            Decimals { .. } => "Decimals",
            EarlierFails { .. } => "EarlierFails",
            BadAs { .. } => "BadAs",
            TableFigureColumn { .. } => "TableFigureColumn",
            TableFigureKind { .. } => "TableFigureKind",
            TableFigureRow { .. } => "TableFigureRow",
            TableFigureNotNumber { .. } => "TableFigureNotNumber",
            TableFigureText { .. } => "TableFigureText",
        }
    }

    fn mark_variant(m: &MarkMessage) -> &'static str {
        use MarkMessage::*;
        match m {
            Urgency { .. } => "Urgency",
            Circulation { .. } => "Circulation",
            TypistCode { .. } => "TypistCode",
            Copies { .. } => "Copies",
            DraftRound { .. } => "DraftRound",
            DraftNumbered { .. } => "DraftNumbered",
            ElectronicNumbered { .. } => "ElectronicNumbered",
        }
    }

    fn pdf_variant(m: &PdfMessage) -> &'static str {
        use PdfMessage::*;
        match m {
            OfficeNotFound { .. } => "OfficeNotFound",
            ConversionFailed { .. } => "ConversionFailed",
            Timeout { .. } => "Timeout",
            NotPdf { .. } => "NotPdf",
        }
    }

    /// The codes written in the catalogue's entries (`code: "E-…"`).
    fn codes_in_source() -> BTreeSet<String> {
        let sources = [
            include_str!("../messages.rs"),
            include_str!("blocks.rs"),
            include_str!("figures.rs"),
            include_str!("marks.rs"),
            include_str!("pdf.rs"),
        ];
        let mut codes = BTreeSet::new();
        for source in sources {
            for (start, field) in source.match_indices("code: \"") {
                let literal = &source[start + field.len()..];
                let literal = &literal[..literal.find('"').expect("a closing quote")];
                let is_code = (literal.starts_with("E-") || literal.starts_with("W-"))
                    && literal[2..]
                        .chars()
                        .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
                if is_code {
                    codes.insert(literal.to_string());
                }
            }
        }
        codes
    }

    #[test]
    fn every_code_of_the_catalogue_has_an_entry_and_every_entry_a_code() {
        let samples = samples();
        let names: Vec<&str> = samples.iter().map(variant).collect();
        let distinct: BTreeSet<&str> = names.iter().copied().collect();
        assert_eq!(distinct.len(), names.len(), "a variant sampled twice");
        let mut made: BTreeSet<String> = samples.iter().map(|m| m.code().to_string()).collect();
        let written = codes_in_source();
        assert!(written.len() > 100, "{written:?}");
        made.extend(written);
        let entries: BTreeSet<String> = Code::ALL.iter().map(|c| c.as_str().into()).collect();
        assert_eq!(entries.len(), Code::ALL.len(), "a code listed twice");
        let missing: Vec<&String> = made.difference(&entries).collect();
        let extra: Vec<&String> = entries.difference(&made).collect();
        assert!(
            missing.is_empty(),
            "codes without an explanation: {missing:?}"
        );
        assert!(extra.is_empty(), "explanations of no code: {extra:?}");
    }

    #[test]
    fn every_entry_is_written_out_in_both_languages() {
        use unicode_normalization::is_nfc;
        for &code in Code::ALL {
            let vi = code.entry(Lang::Vi);
            let en = code.entry(Lang::En);
            for entry in [vi, en] {
                let name = code.as_str();
                assert!(
                    !entry.title.is_empty() && !entry.title.ends_with('.'),
                    "{name}"
                );
                assert!(entry.explanation.ends_with('.'), "{name}");
                assert!(entry.fix.ends_with('.'), "{name}");
                for text in [entry.title, entry.explanation, entry.fix] {
                    assert!(is_nfc(text), "{name}: {text}");
                }
                assert!(
                    !entry.example.is_empty() && !entry.fixed.is_empty(),
                    "{name}"
                );
                for s in entry.example.iter().chain(entry.fixed) {
                    assert!(!s.path().is_empty() && s.text().ends_with('\n'), "{name}");
                    assert!(is_nfc(s.text()), "{name}: {}", s.path());
                }
            }
            assert_ne!(vi.title, en.title, "{}", code.as_str());
            assert_ne!(vi.explanation, en.explanation, "{}", code.as_str());
        }
    }

    #[test]
    fn codes_are_found_however_they_are_typed() {
        for typed in ["E-blank", "e-blank", "E-BLANK", " lỗi[E-blank] ", "blank"] {
            assert_eq!(Code::parse(typed), Some(Code::Blank), "{typed}");
        }
        assert_eq!(Code::parse("W-nfc"), Some(Code::Nfc));
        // `figure` is E-figure's name, and only part of W-figure-unused's
        assert_eq!(Code::parse("figure"), Some(Code::Figure));
        assert_eq!(Code::parse("E-blnk"), None);
        assert_eq!(Code::parse(""), None);
    }

    #[test]
    fn a_code_that_is_none_has_its_close_ones() {
        let close = Code::close_to("E-blnk");
        assert_eq!(close.first(), Some(&Code::Blank), "{close:?}");
        assert!(close.contains(&Code::Block), "{close:?}");
        let footnotes = Code::close_to("footnote");
        assert_eq!(footnotes.len(), 5, "{footnotes:?}");
        assert!(
            footnotes
                .iter()
                .all(|c| c.as_str().starts_with("E-footnote-")),
            "{footnotes:?}"
        );
        let tables = Code::close_to("E-tabel");
        assert_eq!(tables.len(), 5, "{tables:?}");
        assert!(
            tables.iter().all(|c| c.as_str().starts_with("E-table-")),
            "{tables:?}"
        );
        assert!(Code::close_to("zzzzzz").is_empty());
    }

    #[test]
    fn the_page_has_a_section_per_code_in_order() {
        let page = page();
        let mut at = 0;
        for code in Code::ALL {
            let heading = format!("\n## {} — {}\n", code.as_str(), code.entry(Lang::Vi).title);
            let found = page[at..].find(&heading);
            assert!(found.is_some(), "{heading}");
            at += found.unwrap_or(0) + heading.len();
        }
        assert!(unicode_normalization::is_nfc(&page));
    }
}
