//! The long explanation of every diagnostic code, for `report explain CODE` (as `rustc
//! --explain` does) and for the guide's page of errors, `docs/vi/ma-loi.md`, which is made
//! from here ([`page`]; a test in `tests/suite/explain.rs` holds the file to it) so that
//! the two cannot drift apart.
//!
//! Each code is a variant of [`Code`], listed with the constant that explains it, in the
//! file of its area (`explain/files.rs`, `yaml.rs`, `text.rs`, `document.rs`, `tables.rs`,
//! `figures.rs`, `outputs.rs`): its title, explanation and fix, each in every language
//! side by side (a [`Tr`]), so that a code without its explanation in either language
//! does not compile, and its example (files that give the code, and the same files
//! fixed), shared by the languages, since data and commands read the same in both. The
//! tests at the end hold [`Code::ALL`] to the codes the catalogue can produce, both ways:
//! the codes of a sample of every message, and the codes written in the catalogue's
//! entries.

use super::{Lang, Tr};

mod document;
mod figures;
mod files;
mod outputs;
mod tables;
mod text;
mod units;
mod yaml;

macro_rules! codes {
    ($($name:ident = $code:literal => $area:ident::$explanation:ident,)+) => {
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

            /// What `report explain` says of the code.
            fn explanation(self) -> &'static Explanation {
                match self {
                    $(Code::$name => &$area::$explanation,)+
                }
            }
        }
    };
}

codes! {
    // the data folder and its files
    DataDir = "E-data-dir" => files::DATA_DIR,
    Read = "E-read" => files::READ,
    Utf8 = "E-utf8" => files::UTF8,
    FileTooLarge = "E-file-too-large" => files::FILE_TOO_LARGE,
    OutsideFolder = "E-outside-folder" => files::OUTSIDE_FOLDER,
    SectorsDir = "E-sectors-dir" => files::SECTORS_DIR,
    SectorFile = "E-sector-file" => files::SECTOR_FILE,
    NoSectors = "E-no-sectors" => files::NO_SECTORS,
    TooManySectors = "E-too-many-sectors" => files::TOO_MANY_SECTORS,
    AppendixFile = "E-appendix-file" => files::APPENDIX_FILE,
    TooManyAppendices = "E-too-many-appendices" => files::TOO_MANY_APPENDICES,

    // YAML and keys
    YamlTab = "E-yaml-tab" => yaml::YAML_TAB,
    YamlIndent = "E-yaml-indent" => yaml::YAML_INDENT,
    YamlQuote = "E-yaml-quote" => yaml::YAML_QUOTE,
    YamlAfterQuote = "E-yaml-after-quote" => yaml::YAML_AFTER_QUOTE,
    YamlBracket = "E-yaml-bracket" => yaml::YAML_BRACKET,
    YamlColon = "E-yaml-colon" => yaml::YAML_COLON,
    YamlDash = "E-yaml-dash" => yaml::YAML_DASH,
    YamlNoColon = "E-yaml-no-colon" => yaml::YAML_NO_COLON,
    YamlReserved = "E-yaml-reserved" => yaml::YAML_RESERVED,
    YamlDocuments = "E-yaml-documents" => yaml::YAML_DOCUMENTS,
    NotMapping = "E-not-mapping" => yaml::NOT_MAPPING,
    YamlSyntax = "E-yaml-syntax" => yaml::YAML_SYNTAX,
    YamlLimit = "E-yaml-limit" => yaml::YAML_LIMIT,
    UnknownKey = "E-unknown-key" => yaml::UNKNOWN_KEY,
    MissingKey = "E-missing-key" => yaml::MISSING_KEY,
    WrongType = "E-wrong-type" => yaml::WRONG_TYPE,
    DuplicateKey = "E-duplicate-key" => yaml::DUPLICATE_KEY,

    // text, footnotes and the report's parts
    Nfc = "W-nfc" => text::NFC,
    ControlChar = "E-control-char" => text::CONTROL_CHAR,
    LegacyEncoding = "E-legacy-encoding" => text::LEGACY_ENCODING,
    Markup = "E-markup" => text::MARKUP,
    Blank = "E-blank" => text::BLANK,
    Placeholder = "E-placeholder" => text::PLACEHOLDER,
    FootnoteUndefined = "E-footnote-undefined" => text::FOOTNOTE_UNDEFINED,
    FootnoteUnused = "E-footnote-unused" => text::FOOTNOTE_UNUSED,
    FootnoteTwice = "E-footnote-twice" => text::FOOTNOTE_TWICE,
    FootnoteReused = "E-footnote-reused" => text::FOOTNOTE_REUSED,
    FootnoteNested = "E-footnote-nested" => text::FOOTNOTE_NESTED,
    FootnoteKey = "E-footnote-key" => text::FOOTNOTE_KEY,
    EmptySector = "E-empty-sector" => text::EMPTY_SECTOR,
    EmptyModel = "E-empty-model" => text::EMPTY_MODEL,
    Block = "E-block" => text::BLOCK,
    EmptyList = "E-empty-list" => text::EMPTY_LIST,
    Include = "E-include" => text::INCLUDE,
    Numbering = "E-numbering" => text::NUMBERING,

    // the document's fields (Decree 30/2020), layout, marks and style
    Date = "E-date" => document::DATE,
    Period = "E-period" => document::PERIOD,
    Number = "E-number" => document::NUMBER,
    Symbol = "E-symbol" => document::SYMBOL,
    SymbolType = "W-symbol-type" => document::SYMBOL_TYPE,
    Authority = "E-authority" => document::AUTHORITY,
    RecipientsEmpty = "E-recipients-empty" => document::RECIPIENTS_EMPTY,
    RecipientsArchive = "E-recipients-archive" => document::RECIPIENTS_ARCHIVE,
    RecipientsNhuTren = "W-recipients-nhu-tren" => document::RECIPIENTS_NHU_TREN,
    Layout = "E-layout" => document::LAYOUT,
    LandscapeBody = "E-landscape-body" => document::LANDSCAPE_BODY,
    MarkUrgency = "E-mark-urgency" => document::MARK_URGENCY,
    MarkCirculation = "E-mark-circulation" => document::MARK_CIRCULATION,
    MarkTypist = "E-mark-typist" => document::MARK_TYPIST,
    MarkDraft = "E-mark-draft" => document::MARK_DRAFT,
    DraftNumbered = "E-draft-numbered" => document::DRAFT_NUMBERED,
    ElectronicNumbered = "E-electronic-numbered" => document::ELECTRONIC_NUMBERED,
    ZeroPadding = "W-zero-padding" => document::ZERO_PADDING,
    Capitalisation = "W-capitalisation" => document::CAPITALISATION,
    Ellipsis = "W-ellipsis" => document::ELLIPSIS,

    // tables, the files of tables and appendices
    TableColumns = "E-table-columns" => tables::TABLE_COLUMNS,
    TableRows = "E-table-rows" => tables::TABLE_ROWS,
    TableRow = "E-table-row" => tables::TABLE_ROW,
    TableMerge = "E-table-merge" => tables::TABLE_MERGE,
    TableSpan = "E-table-span" => tables::TABLE_SPAN,
    TableNumber = "E-table-number" => tables::TABLE_NUMBER,
    NumberAmbiguous = "W-number-ambiguous" => tables::NUMBER_AMBIGUOUS,
    TableColumn = "E-table-column" => tables::TABLE_COLUMN,
    TableTotal = "E-table-total" => tables::TABLE_TOTAL,
    TableOverflow = "E-table-overflow" => tables::TABLE_OVERFLOW,
    TablePercent = "W-table-percent" => tables::TABLE_PERCENT,
    RowsFrom = "E-rows-from" => tables::ROWS_FROM,
    Csv = "E-csv" => tables::CSV,
    Xlsx = "E-xlsx" => tables::XLSX,
    XlsxSheet = "E-xlsx-sheet" => tables::XLSX_SHEET,
    XlsxRange = "E-xlsx-range" => tables::XLSX_RANGE,
    XlsxFormula = "E-xlsx-formula" => tables::XLSX_FORMULA,
    XlsxCellError = "E-xlsx-cell-error" => tables::XLSX_CELL_ERROR,
    FileLimit = "E-file-limit" => tables::FILE_LIMIT,
    AppendixRef = "E-appendix-ref" => tables::APPENDIX_REF,
    AppendixUnused = "W-appendix-unused" => tables::APPENDIX_UNUSED,
    Orientation = "E-orientation" => tables::ORIENTATION,

    // named figures and earlier periods
    FigureUndefined = "E-figure-undefined" => figures::FIGURE_UNDEFINED,
    FigureUnused = "W-figure-unused" => figures::FIGURE_UNUSED,
    FigureTwice = "E-figure-twice" => figures::FIGURE_TWICE,
    FigureName = "E-figure-name" => figures::FIGURE_NAME,
    Figure = "E-figure" => figures::FIGURE,
    FigureCycle = "E-figure-cycle" => figures::FIGURE_CYCLE,
    FigureZero = "E-figure-zero" => figures::FIGURE_ZERO,
    FigureOverflow = "E-figure-overflow" => figures::FIGURE_OVERFLOW,
    FigureDecimals = "E-figure-decimals" => figures::FIGURE_DECIMALS,
    TableFigure = "E-table-figure" => figures::TABLE_FIGURE,
    Ratio = "W-ratio" => figures::RATIO,
    Parts = "W-parts" => figures::PARTS,
    Separators = "W-separators" => figures::SEPARATORS,
    Previous = "E-previous" => figures::PREVIOUS,
    PreviousErrors = "E-previous-errors" => figures::PREVIOUS_ERRORS,
    FigureChange = "E-figure-change" => figures::FIGURE_CHANGE,
    SectorUnchanged = "W-sector-unchanged" => figures::SECTOR_UNCHANGED,

    // templates, outputs and the PDF
    TemplatesDir = "E-templates-dir" => outputs::TEMPLATES_DIR,
    Template = "E-template" => outputs::TEMPLATE,
    TemplateBudget = "E-template-budget" => outputs::TEMPLATE_BUDGET,
    Output = "E-output" => outputs::OUTPUT,
    Write = "E-write" => outputs::WRITE,
    OutInsideData = "E-out-inside-data" => outputs::OUT_INSIDE_DATA,
    PdfNoOffice = "E-pdf-no-office" => outputs::PDF_NO_OFFICE,
    Pdf = "E-pdf" => outputs::PDF,
    PdfTimeout = "E-pdf-timeout" => outputs::PDF_TIMEOUT,

    // a synthesis and its units
    UnitsList = "E-units-list" => units::UNITS_LIST,
    UnitsFolders = "E-units-folders" => units::UNITS_FOLDERS,
    UnitsFigure = "E-units-figure" => units::UNITS_FIGURE,
    UnitsMeasure = "E-units-measure" => units::UNITS_MEASURE,
    UnitsLacking = "W-units-lacking" => units::UNITS_LACKING,
    UnitMissing = "W-unit-missing" => units::UNIT_MISSING,
    UnitFailing = "W-unit-failing" => units::UNIT_FAILING,
    UnitLate = "W-unit-late" => units::UNIT_LATE,
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

/// Everything `report explain` says of a code: its words in every language, and its
/// example, the same in every language.
struct Explanation {
    /// One line: what is wrong (the heading of the code's section).
    title: Tr<&'static str>,
    /// The rule and why it is there, citing Decree 30/2020/NĐ-CP where the code enforces it.
    explanation: Tr<&'static str>,
    /// What to change.
    fix: Tr<&'static str>,
    /// Files (or commands) that give the code. A path under `../` is in the folder of
    /// the earlier period, beside the data folder; of report.yaml only the keys that
    /// matter are shown. `tests/suite/explain.rs` runs every example made of files
    /// through the checker: the example must give its code, and its fix nothing.
    example: &'static [Snippet],
    /// The same, fixed.
    fixed: &'static [Snippet],
}

impl Code {
    /// The code's explanation in `lang`.
    pub fn entry(self, lang: Lang) -> Entry {
        let explained = self.explanation();
        Entry {
            code: self,
            title: explained.title.get(lang),
            explanation: explained.explanation.get(lang),
            fix: explained.fix.get(lang),
            example: explained.example,
            fixed: explained.fixed,
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
        match self {
            PageTitle => Tr { vi: "Danh mục mã lỗi".into(), en: "Error codes".into() },
            PageIntro => Tr {
                vi: "Mỗi lỗi và cảnh báo mà `report check` và `report build` in ra có một mã, ví dụ `lỗi[E-blank]`. Trang này giải thích từng mã: quy định là gì và vì sao, một ví dụ gây ra nó, và cách sửa. Trên máy, lệnh `report explain MÃ` in đúng phần giải thích đó (ví dụ `report explain E-blank`; thêm `--lang en` để đọc bằng tiếng Anh), và `report explain` in danh sách mọi mã.\n\nMã bắt đầu bằng `E-` là **lỗi**: báo cáo không được dựng cho đến khi sửa xong. Mã bắt đầu bằng `W-` là **cảnh báo**: báo cáo vẫn được dựng, nhưng nên xem lại (với `--deny-warnings`, cảnh báo cũng làm dừng việc dựng).".into(),
                en: "Every error and warning that `report check` and `report build` print has a code, e.g. `error[E-blank]`. This page explains each code: what the rule is and why, an example that gives it, and the fix. On the machine, `report explain CODE` prints the same explanation (e.g. `report explain E-blank`; add `--lang en` for English), and `report explain` lists every code.\n\nA code that starts with `E-` is an **error**: the report is not built until it is fixed. A code that starts with `W-` is a **warning**: the report is built, but the place deserves a look (with `--deny-warnings`, warnings stop the build too).".into(),
            },
            CodeHeading => Tr { vi: "Mã".into(), en: "Code".into() },
            TitleHeading => Tr { vi: "Nội dung".into(), en: "What".into() },
            Severity(code) if code.is_warning() => Tr {
                vi: "Cảnh báo: báo cáo vẫn được dựng (trừ khi có `--deny-warnings`), nhưng nên xem lại.".into(),
                en: "Warning: the report is still built (unless `--deny-warnings`), but the place deserves a look.".into(),
            },
            Severity(_) => Tr {
                vi: "Lỗi: báo cáo không được dựng cho đến khi sửa xong.".into(),
                en: "Error: the report is not built until it is fixed.".into(),
            },
            Example => Tr { vi: "Ví dụ".into(), en: "Example".into() },
            Fix => Tr { vi: "Cách sửa".into(), en: "Fix".into() },
            Place(s) if s.is_commands() => Tr {
                vi: "Các lệnh gõ trong cửa sổ dòng lệnh, và những gì chúng in ra:".into(),
                en: "Commands typed in a terminal, and what they print:".into(),
            },
            Place(s) if s.is_workbook() => Tr {
                vi: format!("Bảng tính `{}` (mỗi hàng một dòng, các ô ngăn bằng `|`, tên trang tính trong `[ ]`):", s.path),
                en: format!("Workbook `{}` (one row per line, cells separated by `|`, the sheet's name in `[ ]`):", s.path),
            },
            Place(s) => Tr { vi: format!("Tệp `{}`:", s.path), en: format!("File `{}`:", s.path) },
            ListHeading => Tr {
                vi: "Các mã lỗi (E-: lỗi, W-: cảnh báo). Xem giải thích một mã: report explain MÃ".into(),
                en: "The codes (E-: error, W-: warning). For one code's explanation: report explain CODE".into(),
            },
            SeeAll => Tr {
                vi: "Danh sách mọi mã: report explain".into(),
                en: "Every code: report explain".into(),
            },
            Unknown { typed, close: [] } => Tr {
                vi: format!("không có mã `{typed}`; xem danh sách mọi mã: report explain"),
                en: format!("there is no code `{typed}`; every code: report explain"),
            },
            Unknown { typed, close: c } => Tr {
                vi: format!(
                    "không có mã `{typed}`; các mã gần giống: {}; xem danh sách mọi mã: report explain",
                    close(c)
                ),
                en: format!(
                    "there is no code `{typed}`; close ones: {}; every code: report explain",
                    close(c)
                ),
            },
        }
        .get(lang)
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

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;

    use super::*;
    use crate::load::budgets::Exceeded;
    use crate::messages::{
        BlockMessage, Budget, FigureMessage, LegacyEncoding, MarkMessage, Message, OsError,
        PdfMessage, UnitsMessage, XlsxProblem,
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
        all.extend(units(error.clone()).into_iter().map(Units));
        all.extend(blocks(error).into_iter().map(Block));
        all.extend(figures().into_iter().map(Figure));
        all.extend(marks().into_iter().map(Mark));
        all.extend(pdf().into_iter().map(Pdf));
        all
    }

    fn units(error: OsError) -> Vec<UnitsMessage> {
        use UnitsMessage::*;
        let s = || String::from("x");
        vec![
            ListPath { path: s() },
            ListMissing { path: s() },
            ListRead { error },
            Header { found: s() },
            ListEmpty,
            RowIncomplete,
            Code { code: s() },
            Twice { code: s() },
            TooMany { limit: 1 },
            Pattern { found: s() },
            Aggregate { value: s() },
            Order { value: s() },
            TextKind { value: s() },
            NotSynthesis { name: s() },
            NoneReports { name: s(), of: s() },
            PercentSum { name: s() },
            UnitDiffers {
                name: s(),
                unit: s(),
                found: s(),
                expected: s(),
                first: s(),
            },
            Lacking {
                name: s(),
                count: 1,
                units: s(),
            },
            NotReported {
                unit: s(),
                folder: s(),
            },
            Failing {
                unit: s(),
                error: s(),
            },
            Late {
                unit: s(),
                date: s(),
                deadline: s(),
            },
        ]
    }

    fn units_variant(m: &UnitsMessage) -> &'static str {
        use UnitsMessage::*;
        match m {
            ListPath { .. } => "UnitsListPath",
            ListMissing { .. } => "UnitsListMissing",
            ListRead { .. } => "UnitsListRead",
            Header { .. } => "UnitsHeader",
            ListEmpty => "UnitsListEmpty",
            RowIncomplete => "UnitsRowIncomplete",
            Code { .. } => "UnitsCode",
            Twice { .. } => "UnitsTwice",
            TooMany { .. } => "UnitsTooMany",
            Pattern { .. } => "UnitsPattern",
            Aggregate { .. } => "UnitsAggregate",
            Order { .. } => "UnitsOrder",
            TextKind { .. } => "UnitsTextKind",
            NotSynthesis { .. } => "UnitsNotSynthesis",
            NoneReports { .. } => "UnitsNoneReports",
            PercentSum { .. } => "UnitsPercentSum",
            UnitDiffers { .. } => "UnitsUnitDiffers",
            Lacking { .. } => "UnitsLacking",
            NotReported { .. } => "UnitsNotReported",
            Failing { .. } => "UnitsFailing",
            Late { .. } => "UnitsLate",
        }
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
            Units(u) => units_variant(u),
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
            include_str!("units.rs"),
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
