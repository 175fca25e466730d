//! The message catalogue: every diagnostic's code, text and hint, and every other text the
//! tool says, in Vietnamese and in English.
//!
//! One entry per message: one arm of one `match` gives everything about it, its code and
//! its texts and hints in every language side by side. A text is a [`Tr`], one field per
//! language, so that a message without its translation does not compile. Adding a language
//! is one more field of [`Tr`] (and a variant of [`Lang`], an arm of [`Tr::get`], a
//! column of the macro `tr!`): every entry then fails to compile until it has that column.
//!
//! The catalogues, by area: diagnostics here ([`Message`]), and those of blocks and tables
//! (`blocks.rs`), named figures (`figures.rs`), the optional marks (`marks.rs`) and the PDF
//! (`pdf.rs`) it holds; the notices of the commands (`notices.rs`); the texts of `--help`
//! (`help.rs`); the words messages are made of (`words.rs`); and the long explanation of
//! each code (`explain.rs`).

/// The texts of an entry of the catalogue, in every language, written only when asked for:
/// `tr! { vi: …, en: … }` is a [`Tr`] of closures (each a [`Text`]), each text a
/// `&'static str` or a `String`, usually a `format!` of the message's fields. So reading
/// an entry's code writes no text, and showing a message writes its text in the one
/// language of the run: the code of a diagnostic is asked for several times (to count,
/// group and sort them, and 100,000 diagnostics is a case measured in
/// `docs/performance.md`), its text and hint once each.
///
/// A language of the tool is a column here as in [`Tr`]: an entry without it matches no
/// rule of the macro, and does not compile.
macro_rules! tr {
    (vi: $vi:expr, en: $en:expr $(,)?) => {
        $crate::messages::Tr::<$crate::messages::Text<'_>> {
            vi: &move || $crate::messages::said($vi),
            en: &move || $crate::messages::said($en),
        }
    };
}

mod blocks;
pub mod explain;
mod figures;
mod help;
mod marks;
mod notices;
mod pdf;
mod units;
mod words;

pub use blocks::{BlockMessage, XlsxProblem};
pub use figures::FigureMessage;
pub use help::Help;
pub use marks::MarkMessage;
pub use notices::{Contribution, Notice, TodoWhat};
pub use pdf::{INSTALL as PDF_INSTALL, PdfMessage};
pub use units::UnitsMessage;
pub use words::{Budget, Kind, LegacyEncoding, Note, OsError, Word};

/// How bad a problem is: errors block the build, warnings do not. Each message of the
/// catalogue has one, which its code says: `E-…` an error, `W-…` a warning.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    Warning,
    Error,
}

impl Severity {
    /// Its name in JSON output: `error` or `warning`.
    pub fn name(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
        }
    }

    /// The severity a code says: `W-…` a warning, anything else (`E-…`) an error.
    pub fn of(code: &str) -> Severity {
        if code.starts_with("W-") {
            Severity::Warning
        } else {
            Severity::Error
        }
    }
}

/// The language of messages.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Lang {
    #[default]
    Vi,
    En,
}

impl Lang {
    /// `vi` or `en` (also `vi-VN`, `en_US.UTF-8`, …); anything else is `None`.
    pub fn parse(s: &str) -> Option<Lang> {
        let s = s.trim().to_ascii_lowercase();
        if s.starts_with("vi") {
            Some(Lang::Vi)
        } else if s.starts_with("en") {
            Some(Lang::En)
        } else {
            None
        }
    }
}

/// One value in every language of the tool, one field per language: the column of a
/// language in the catalogue. Adding a language is one more field, so that every entry of
/// the catalogue fails to compile until it has its translation. Named after `tr`, the call
/// that translates a text in gettext and Qt, and short because the catalogue writes it for
/// every text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Tr<T> {
    pub vi: T,
    pub en: T,
}

impl<T> Tr<T> {
    /// The value in `lang`.
    pub fn get(self, lang: Lang) -> T {
        match lang {
            Lang::Vi => self.vi,
            Lang::En => self.en,
        }
    }

    /// `f` of the value in every language.
    pub fn map<U>(self, mut f: impl FnMut(T) -> U) -> Tr<U> {
        Tr {
            vi: f(self.vi),
            en: f(self.en),
        }
    }
}

/// A text of an entry not written yet ([`tr!`]): a closure over the fields of the message.
type Text<'a> = &'a dyn Fn() -> String;

impl Tr<Text<'_>> {
    /// The text in `lang`, written.
    fn say(self, lang: Lang) -> String {
        (self.get(lang))()
    }
}

/// A text of [`tr!`], fixed (`&'static str`) or made (`String`), as a `String`.
fn said(text: impl Into<String>) -> String {
    text.into()
}

/// What the catalogue says of one diagnostic: one arm of the `match` of [`Message`] (or
/// of a catalogue it holds). Its texts are closures that borrow the message and live on
/// the stack of the function that matches it, so an entry is lent to a reader (the
/// `read` of `entry`), not returned.
struct Entry<'a> {
    /// Short, stable, e.g. `E-unknown-key`; it also says the severity ([`Severity::of`]).
    code: &'static str,
    /// What is wrong.
    text: Tr<Text<'a>>,
    /// What to do about it.
    hint: Tr<Text<'a>>,
}

/// Every problem the tool can report.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Message {
    ReadFailed {
        error: OsError,
    },
    NotUtf8,
    /// A YAML syntax error of no kind below; the parser's words follow as a detail.
    YamlSyntax,
    YamlLimit,
    /// A tab in the indentation.
    YamlTab,
    /// A line indented more or less than its level.
    YamlIndent,
    /// A quote opened and never closed.
    YamlUnclosedQuote {
        quote: char,
    },
    /// Text after the closing quote of a value.
    YamlAfterQuote {
        quote: char,
    },
    /// A `[` or `{` opened and never closed.
    YamlUnclosedBracket {
        bracket: char,
    },
    /// `: ` inside an unquoted value.
    YamlColon,
    /// A `- ` where a key belongs, or on the key's own line.
    YamlDash,
    /// A line that is neither `key: value` nor part of the value above.
    YamlNoColon,
    /// A character that cannot start an unquoted value (`@`, `` ` ``).
    YamlReserved {
        found: char,
    },
    /// A `---` or `...` line splits the file into several YAML documents.
    YamlDocuments,
    /// The file is a list or a text, not `key: value` lines.
    NotAMapping {
        found: Kind,
    },
    UnknownKey {
        key: String,
        suggestion: Option<String>,
        allowed: Vec<String>,
    },
    MissingKey {
        key: String,
    },
    WrongType {
        expected: Kind,
        found: Kind,
    },
    DuplicateKey {
        key: String,
    },
    SectorsDirMissing,
    SectorFileNotYaml,
    NoSectors,
    NotNfc,
    ControlChar {
        code_point: u32,
    },
    LegacyText {
        encoding: LegacyEncoding,
    },
    UnclosedEmphasis {
        mark: &'static str,
    },
    BadFootnoteRef,
    FootnoteUndefined {
        key: String,
    },
    FootnoteUnused {
        key: String,
    },
    FootnoteTwice {
        key: String,
    },
    FootnoteReused {
        key: String,
    },
    FootnoteNested,
    FootnoteKey {
        key: String,
    },
    EmptySector,
    EmptyModel,
    /// A title, paragraph or item that is empty or only spaces.
    BlankText,
    BadDate {
        value: String,
    },
    BadNumber {
        value: String,
    },
    BadSymbol {
        value: String,
    },
    SymbolTypeMismatch {
        code: String,
        expected: String,
        doc_type: String,
    },
    BadAuthority {
        line: String,
    },
    RecipientsEmpty,
    RecipientsNoArchive,
    RecipientsNoNhuTren,
    BadNumbering {
        value: String,
        allowed: String,
    },
    BadInclude {
        value: String,
        allowed: String,
    },
    LayoutRange {
        option: &'static str,
        value: String,
        range: &'static str,
    },
    MixedPadding {
        padded: String,
        unpadded: String,
    },
    MixedCapitalisation {
        word: String,
        upper: usize,
        lower: usize,
    },
    MixedEllipses {
        forms: String,
    },
    Template {
        detail: String,
    },
    Placeholder,
    FileTooLarge {
        size: u64,
        limit: u64,
        /// The budget of all the files of a folder, when what is left of it is the
        /// limit this file went past.
        folder: Option<u64>,
    },
    TooManySectors {
        limit: String,
    },
    OutsideFolder {
        target: String,
    },
    /// Blocks, tables, spreadsheets, appendices (`messages/blocks.rs`).
    Block(BlockMessage),
    /// The optional marks (`messages/marks.rs`).
    Mark(MarkMessage),
    /// The PDF output (`messages/pdf.rs`).
    Pdf(PdfMessage),
    /// Named figures (`messages/figures.rs`).
    Figure(FigureMessage),
    /// A synthesis and its units (`messages/units.rs`).
    Units(UnitsMessage),
    OutputNotAFile,
    OutputsPartlyWritten {
        error: OsError,
        replaced: String,
    },
    OutInsideData {
        data: String,
    },
    TemplatesDir,
    TemplateBudget {
        exceeded: Budget,
    },
    NoDataFolder,
}

/// The closing bracket of an opening one.
fn closing(open: char) -> char {
    match open {
        '{' => '}',
        _ => ']',
    }
}

impl Message {
    /// Short stable code, e.g. `E-unknown-key`.
    pub fn code(&self) -> &'static str {
        self.entry(|e| e.code)
    }

    pub fn severity(&self) -> Severity {
        Severity::of(self.code())
    }

    /// What is wrong.
    pub fn text(&self, lang: Lang) -> String {
        self.entry(|e| e.text.say(lang))
    }

    /// What to do about it.
    pub fn hint(&self, lang: Lang) -> String {
        self.entry(|e| e.hint.say(lang))
    }

    /// The catalogue's entry of the message, lent to `read`.
    fn entry<R>(&self, read: impl FnOnce(Entry<'_>) -> R) -> R {
        use Message::*;
        let entry = match self {
            ReadFailed { error } => Entry {
                code: "E-read",
                text: tr! {
                    vi: format!("không đọc được: {}", error.text(Lang::Vi)),
                    en: format!("cannot be read: {}", error.text(Lang::En)),
                },
                hint: tr! {
                    vi: "kiểm tra đường dẫn và quyền đọc tệp",
                    en: "check the path and the read permission",
                },
            },
            NotUtf8 => Entry {
                code: "E-utf8",
                text: tr! {
                    vi: "tệp không phải văn bản UTF-8",
                    en: "the file is not UTF-8 text",
                },
                hint: tr! {
                    vi: "mở tệp bằng trình soạn thảo và lưu lại với bảng mã UTF-8",
                    en: "open the file in an editor and save it as UTF-8",
                },
            },
            YamlSyntax => Entry {
                code: "E-yaml-syntax",
                text: tr! {
                    vi: "YAML sai cú pháp",
                    en: "YAML syntax error",
                },
                hint: tr! {
                    vi: "kiểm tra dấu ngoặc, dấu nháy và thụt lề ở dòng này hoặc dòng trước",
                    en: "check brackets, quotes and indentation on this line or the one before",
                },
            },
            YamlLimit => Entry {
                code: "E-yaml-limit",
                text: tr! {
                    vi: "tệp vượt giới hạn an toàn khi đọc YAML",
                    en: "the file exceeds a safety limit of the YAML reader",
                },
                hint: tr! {
                    vi: "tệp dữ liệu báo cáo không cần bí danh (alias) lồng nhau hay cấu trúc sâu đến vậy; viết thẳng nội dung",
                    en: "report data needs no nested aliases or structures this deep; write the content out",
                },
            },
            YamlTab => Entry {
                code: "E-yaml-tab",
                text: tr! {
                    vi: "dấu tab được dùng để thụt lề",
                    en: "a tab is used for indentation",
                },
                hint: tr! {
                    vi: "thay dấu tab bằng dấu cách (YAML chỉ thụt lề bằng dấu cách)",
                    en: "replace the tab by spaces (YAML indents with spaces only)",
                },
            },
            YamlIndent => Entry {
                code: "E-yaml-indent",
                text: tr! {
                    vi: "dòng này thụt lề không khớp với các dòng cùng cấp",
                    en: "this line is not indented like the other lines of its level",
                },
                hint: tr! {
                    vi: "thụt lề dòng này bằng đúng số dấu cách như các khóa cùng cấp ở trên",
                    en: "indent this line by as many spaces as the keys of its level above",
                },
            },
            YamlUnclosedQuote { quote } => Entry {
                code: "E-yaml-quote",
                text: tr! {
                    vi: format!("dấu nháy `{quote}` mở ở đây nhưng không được đóng"),
                    en: format!("the quote `{quote}` opened here is never closed"),
                },
                hint: if *quote == '\'' {
                    tr! {
                        vi: "thêm `'` ở cuối giá trị; trong chữ, viết `''` cho một dấu `'`",
                        en: "add `'` at the end of the value; inside the text, write `''` for one `'`",
                    }
                } else {
                    tr! {
                        vi: format!("thêm `{quote}` ở cuối giá trị; trong chữ, viết `\\{quote}` cho một dấu `{quote}`"),
                        en: format!("add `{quote}` at the end of the value; inside the text, write `\\{quote}` for one `{quote}`"),
                    }
                },
            },
            YamlAfterQuote { quote } => Entry {
                code: "E-yaml-after-quote",
                text: tr! {
                    vi: format!("có chữ sau dấu nháy `{quote}` đóng giá trị"),
                    en: format!("text follows the closing quote `{quote}` of the value"),
                },
                hint: if *quote == '\'' {
                    tr! {
                        vi: "đặt cả giá trị trong dấu nháy; trong chữ, viết `''` cho một dấu `'`",
                        en: "put the whole value in quotes; inside the text, write `''` for one `'`",
                    }
                } else {
                    tr! {
                        vi: format!("đặt cả giá trị trong dấu nháy; trong chữ, viết `\\{quote}` cho một dấu `{quote}`"),
                        en: format!("put the whole value in quotes; inside the text, write `\\{quote}` for one `{quote}`"),
                    }
                },
            },
            YamlUnclosedBracket { bracket } => Entry {
                code: "E-yaml-bracket",
                text: tr! {
                    vi: format!("dấu `{bracket}` mở ở đây nhưng không được đóng"),
                    en: format!("the `{bracket}` opened here is never closed"),
                },
                hint: tr! {
                    vi: format!("thêm `{}` ở cuối; nếu `{bracket}` là chữ của giá trị, đặt cả giá trị trong dấu nháy kép", closing(*bracket)),
                    en: format!("add `{}` at the end; if `{bracket}` is part of the text, put the whole value in double quotes", closing(*bracket)),
                },
            },
            YamlColon => Entry {
                code: "E-yaml-colon",
                text: tr! {
                    vi: "dấu `:` và dấu cách nằm trong một giá trị không có dấu nháy",
                    en: "a `:` followed by a space inside an unquoted value",
                },
                hint: tr! {
                    vi: "đặt cả giá trị trong dấu nháy kép: `khóa: \"… : …\"`",
                    en: "put the whole value in double quotes: `key: \"… : …\"`",
                },
            },
            YamlDash => Entry {
                code: "E-yaml-dash",
                text: tr! {
                    vi: "dòng `- ` (phần tử danh sách) nằm ở chỗ cần một khóa",
                    en: "a `- ` (list item) line where a key belongs",
                },
                hint: tr! {
                    vi: "viết mỗi phần tử `- ` trên một dòng riêng, thẳng hàng với các phần tử khác và thụt lề sâu hơn khóa của danh sách; nếu `-` là chữ, đặt giá trị trong dấu nháy kép",
                    en: "write each `- ` item on its own line, aligned with the other items and indented deeper than the list's key; if `-` is text, put the value in double quotes",
                },
            },
            YamlNoColon => Entry {
                code: "E-yaml-no-colon",
                text: tr! {
                    vi: "dòng này không phải `khóa: giá trị` cũng không thuộc giá trị ở trên",
                    en: "this line is neither `key: value` nor part of the value above",
                },
                hint: tr! {
                    vi: "thêm `:` và dấu cách sau tên khóa, hoặc thụt lề dòng này sâu hơn khóa ở trên để nối vào giá trị của nó",
                    en: "add `:` and a space after the key's name, or indent this line deeper than the key above to continue its value",
                },
            },
            YamlReserved { found } => Entry {
                code: "E-yaml-reserved",
                text: tr! {
                    vi: format!("giá trị không có dấu nháy không được bắt đầu bằng `{found}`"),
                    en: format!("an unquoted value cannot start with `{found}`"),
                },
                hint: tr! {
                    vi: "đặt cả giá trị trong dấu nháy kép: `khóa: \"…\"`",
                    en: "put the whole value in double quotes: `key: \"…\"`",
                },
            },
            NotAMapping { found } => Entry {
                code: "E-not-mapping",
                text: tr! {
                    vi: format!("tệp phải gồm các dòng `khóa: giá trị`, nhưng ở đây là {}", found.name().vi),
                    en: format!("the file must be `key: value` lines, but it is {}", found.name().en),
                },
                hint: tr! {
                    vi: "bắt đầu tệp bằng các khóa không thụt lề, mỗi khóa một dòng, ví dụ `title: …`",
                    en: "start the file with unindented keys, one per line, e.g. `title: …`",
                },
            },
            YamlDocuments => Entry {
                code: "E-yaml-documents",
                text: tr! {
                    vi: "dòng `---` hoặc `...` chia tệp thành nhiều tài liệu YAML",
                    en: "a `---` or `...` line splits the file into several YAML documents",
                },
                hint: tr! {
                    vi: "xóa dòng này: mỗi tệp là một tài liệu; nếu là chữ của một đoạn, đặt đoạn trong dấu nháy kép",
                    en: "delete this line: each file is one document; if it is text of a paragraph, put the paragraph in double quotes",
                },
            },
            UnknownKey {
                key,
                suggestion,
                allowed,
            } => Entry {
                code: "E-unknown-key",
                text: tr! {
                    vi: format!("khóa `{key}` không có trong định dạng"),
                    en: format!("unknown key `{key}`"),
                },
                hint: match suggestion {
                    Some(s) => tr! {
                        vi: format!("có phải là `{s}`?"),
                        en: format!("did you mean `{s}`?"),
                    },
                    None => tr! {
                        vi: format!("các khóa được dùng ở đây: {}", allowed.join(", ")),
                        en: format!("keys allowed here: {}", allowed.join(", ")),
                    },
                },
            },
            MissingKey { key } => Entry {
                code: "E-missing-key",
                text: tr! {
                    vi: format!("thiếu khóa bắt buộc `{key}`"),
                    en: format!("missing required key `{key}`"),
                },
                hint: tr! {
                    vi: format!("thêm `{key}: ...` vào nhóm này"),
                    en: format!("add `{key}: ...` to this mapping"),
                },
            },
            WrongType { expected, found } => Entry {
                code: "E-wrong-type",
                text: tr! {
                    vi: format!("cần {}, nhưng ở đây là {}", expected.name().vi, found.name().vi),
                    en: format!("expected {}, found {}", expected.name().en, found.name().en),
                },
                hint: match expected {
                    Kind::List => tr! {
                        vi: "viết mỗi phần tử trên một dòng, bắt đầu bằng \"- \"",
                        en: "write each item on its own line, starting with \"- \"",
                    },
                    Kind::Text => tr! {
                        vi: "viết giá trị trên cùng dòng với khóa, đặt trong dấu nháy kép nếu có dấu \":\"",
                        en: "write the value on the key's line, in double quotes if it holds \":\"",
                    },
                    _ => tr! {
                        vi: "xem `report explain E-wrong-type`, và định dạng dữ liệu trong hướng dẫn (docs/vi/dinh-dang-du-lieu.md)",
                        en: "see `report explain E-wrong-type --lang en`, and the data format (docs/data-format.md)",
                    },
                },
            },
            DuplicateKey { key } => Entry {
                code: "E-duplicate-key",
                text: tr! {
                    vi: format!("khóa `{key}` được viết hai lần"),
                    en: format!("key `{key}` is written twice"),
                },
                hint: tr! {
                    vi: "xóa một trong hai dòng",
                    en: "delete one of the two lines",
                },
            },
            SectorsDirMissing => Entry {
                code: "E-sectors-dir",
                text: tr! {
                    vi: "không có thư mục sectors/",
                    en: "there is no sectors/ folder",
                },
                hint: tr! {
                    vi: "tạo thư mục sectors/ với một tệp .yaml cho mỗi lĩnh vực, ví dụ sectors/01-kinh-te.yaml",
                    en: "create a sectors/ folder with one .yaml file per sector, e.g. sectors/01-kinh-te.yaml",
                },
            },
            SectorFileNotYaml => Entry {
                code: "E-sector-file",
                text: tr! {
                    vi: "tệp trong sectors/ không phải tệp YAML",
                    en: "a file in sectors/ is not a YAML file",
                },
                hint: tr! {
                    vi: "chỉ để các tệp .yaml của các lĩnh vực trong sectors/; chuyển tệp này ra chỗ khác",
                    en: "keep only the sectors' .yaml files in sectors/; move this file elsewhere",
                },
            },
            NoSectors => Entry {
                code: "E-no-sectors",
                text: tr! {
                    vi: "thư mục sectors/ không có tệp lĩnh vực nào",
                    en: "the sectors/ folder has no sector file",
                },
                hint: tr! {
                    vi: "thêm ít nhất một tệp, ví dụ sectors/01-kinh-te.yaml",
                    en: "add at least one file, e.g. sectors/01-kinh-te.yaml",
                },
            },
            NotNfc => Entry {
                code: "W-nfc",
                text: tr! {
                    vi: "văn bản không ở dạng Unicode NFC (dấu tiếng Việt được gõ tách rời); đã chuẩn hóa khi dựng",
                    en: "text is not in Unicode NFC (Vietnamese marks typed as separate characters); normalised for the build",
                },
                hint: tr! {
                    vi: "lưu lại tệp ở dạng NFC (nhiều trình soạn thảo có tùy chọn \"Unicode dựng sẵn\")",
                    en: "save the file in NFC (many editors call it \"precomposed Unicode\")",
                },
            },
            ControlChar { code_point } => Entry {
                code: "E-control-char",
                text: tr! {
                    vi: format!("ký tự điều khiển U+{code_point:04X} trong văn bản"),
                    en: format!("control character U+{code_point:04X} in the text"),
                },
                // a vertical tab
                hint: if *code_point == 0x0B {
                    tr! {
                        vi: "ký tự này thường do dán từ Word (Shift+Enter); xóa nó hoặc thay bằng dấu cách",
                        en: "Word's Shift+Enter pastes this character; delete it or replace it with a space",
                    }
                } else {
                    tr! {
                        vi: "ký tự vô hình này không in được; xóa nó",
                        en: "this invisible character does not print; delete it",
                    }
                },
            },
            LegacyText { encoding } => Entry {
                code: "E-legacy-encoding",
                text: tr! {
                    vi: format!("văn bản có vẻ được gõ bằng bảng mã cũ {} (hiện thành chữ lỗi trong UTF-8)", encoding.name()),
                    en: format!("text looks typed in the legacy {} encoding (mojibake in UTF-8)", encoding.name()),
                },
                hint: tr! {
                    vi: "gõ lại đoạn này bằng Unicode, hoặc chuyển mã bằng công cụ chuyển mã (Unikey: Ctrl+Shift+F6)",
                    en: "retype the passage in Unicode, or convert it with a converter (Unikey: Ctrl+Shift+F6)",
                },
            },
            UnclosedEmphasis { mark } => Entry {
                code: "E-markup",
                text: tr! {
                    vi: format!("dấu `{mark}` mở chữ nhấn mạnh nhưng không đóng"),
                    en: format!("`{mark}` opens emphasis that is never closed"),
                },
                hint: tr! {
                    vi: format!("thêm `{mark}` ở cuối chữ cần nhấn mạnh, hoặc viết `\\*` nếu là dấu sao thật"),
                    en: format!("add `{mark}` after the emphasised words, or write `\\*` for a literal star"),
                },
            },
            BadFootnoteRef => Entry {
                code: "E-markup",
                text: tr! {
                    vi: "tham chiếu chú thích sai dạng",
                    en: "malformed footnote reference",
                },
                hint: tr! {
                    vi: "viết `[^khoa]`, khóa gồm chữ thường không dấu, số và `-`",
                    en: "write `[^key]`, the key of lower-case ASCII letters, digits and `-`",
                },
            },
            FootnoteUndefined { key } => Entry {
                code: "E-footnote-undefined",
                text: tr! {
                    vi: format!("chú thích `[^{key}]` chưa được định nghĩa"),
                    en: format!("footnote `[^{key}]` is not defined"),
                },
                hint: tr! {
                    vi: format!("thêm `{key}: <nội dung>` vào `footnotes` của mô hình hoặc của tệp này"),
                    en: format!("add `{key}: <text>` to the `footnotes` of the model or of this file"),
                },
            },
            FootnoteUnused { key } => Entry {
                code: "E-footnote-unused",
                text: tr! {
                    vi: format!("chú thích `{key}` được định nghĩa nhưng không được dùng"),
                    en: format!("footnote `{key}` is defined but never used"),
                },
                hint: tr! {
                    vi: format!("đặt `[^{key}]` ngay sau từ cần chú thích, hoặc xóa định nghĩa"),
                    en: format!("put `[^{key}]` right after the word it explains, or delete the definition"),
                },
            },
            FootnoteTwice { key } => Entry {
                code: "E-footnote-twice",
                text: tr! {
                    vi: format!("chú thích `{key}` được định nghĩa hai lần"),
                    en: format!("footnote `{key}` is defined twice"),
                },
                hint: tr! {
                    vi: "mỗi khóa chú thích chỉ được định nghĩa một lần; đổi tên một trong hai",
                    en: "each footnote key is defined once; rename one of the two",
                },
            },
            FootnoteReused { key } => Entry {
                code: "E-footnote-reused",
                text: tr! {
                    vi: format!("chú thích `[^{key}]` đã được gắn ở chỗ khác"),
                    en: format!("footnote `[^{key}]` is already placed elsewhere"),
                },
                hint: tr! {
                    vi: "mỗi chú thích chỉ gắn vào một chỗ; định nghĩa một chú thích mới cho chỗ này",
                    en: "a footnote belongs to one place; define a new one for this place",
                },
            },
            FootnoteNested => Entry {
                code: "E-footnote-nested",
                text: tr! {
                    vi: "chú thích không được chứa tham chiếu chú thích khác",
                    en: "a footnote cannot reference another footnote",
                },
                hint: tr! {
                    vi: "bỏ `[^...]` khỏi nội dung chú thích",
                    en: "remove the `[^...]` from the footnote's text",
                },
            },
            FootnoteKey { key } => Entry {
                code: "E-footnote-key",
                text: tr! {
                    vi: format!("khóa chú thích `{key}` sai dạng"),
                    en: format!("malformed footnote key `{key}`"),
                },
                hint: tr! {
                    vi: "khóa chú thích chỉ gồm chữ thường không dấu, số và `-`, ví dụ `hoi-quan`",
                    en: "footnote keys are lower-case ASCII letters, digits and `-`, e.g. `hoi-quan`",
                },
            },
            EmptySector => Entry {
                code: "E-empty-sector",
                text: tr! {
                    vi: "lĩnh vực không có nội dung",
                    en: "the sector has no content",
                },
                hint: tr! {
                    vi: "thêm ít nhất một trong: intro, models, after, difficulties, proposals",
                    en: "add at least one of: intro, models, after, difficulties, proposals",
                },
            },
            EmptyModel => Entry {
                code: "E-empty-model",
                text: tr! {
                    vi: "mô hình không có nội dung (body rỗng)",
                    en: "the model has no content (empty body)",
                },
                hint: tr! {
                    vi: "viết ít nhất một đoạn trong body",
                    en: "write at least one paragraph in body",
                },
            },
            BlankText => Entry {
                code: "E-blank",
                text: tr! {
                    vi: "tiêu đề, đoạn hoặc dòng này rỗng",
                    en: "this title, paragraph or item is empty",
                },
                hint: tr! {
                    vi: "viết nội dung vào đây, hoặc xóa cả dòng",
                    en: "write the content here, or delete the whole line",
                },
            },
            BadDate { value } => Entry {
                code: "E-date",
                text: tr! {
                    vi: format!("ngày `{value}` không tồn tại hoặc sai dạng"),
                    en: format!("date `{value}` does not exist or is malformed"),
                },
                hint: tr! {
                    vi: "viết ngày dạng YYYY-MM-DD, ví dụ 2021-04-28",
                    en: "write the date as YYYY-MM-DD, e.g. 2021-04-28",
                },
            },
            BadNumber { value } => Entry {
                code: "E-number",
                text: tr! {
                    vi: format!("số văn bản `{value}` không đúng quy định"),
                    en: format!("document number `{value}` is not of the decree's form"),
                },
                hint: tr! {
                    vi: "số văn bản là chữ số, số nhỏ hơn 10 có số 0 đứng trước (\"05\"), hoặc để \"\" để điền tay",
                    en: "a document number is digits, zero-padded below 10 (\"05\"), or \"\" to fill in by hand",
                },
            },
            BadSymbol { value } => Entry {
                code: "E-symbol",
                text: tr! {
                    vi: format!("ký hiệu văn bản `{value}` không đúng quy định"),
                    en: format!("document symbol `{value}` is not of the decree's form"),
                },
                hint: tr! {
                    vi: "ký hiệu gồm các nhóm chữ in hoa nối bằng \"-\", không có dấu cách, ví dụ BC-UBND",
                    en: "a symbol is groups of capitals joined by \"-\", no spaces, e.g. BC-UBND",
                },
            },
            SymbolTypeMismatch {
                code,
                expected,
                doc_type,
            } => Entry {
                code: "W-symbol-type",
                text: tr! {
                    vi: format!("ký hiệu bắt đầu bằng `{code}` nhưng tên loại `{doc_type}` viết tắt là `{expected}`"),
                    en: format!("the symbol starts with `{code}` but `{doc_type}` abbreviates to `{expected}`"),
                },
                hint: tr! {
                    vi: format!("với tên loại này, ký hiệu thường bắt đầu bằng `{expected}-`"),
                    en: format!("for this document type the symbol usually starts with `{expected}-`"),
                },
            },
            BadAuthority { line } => Entry {
                code: "E-authority",
                text: tr! {
                    vi: format!("quyền hạn ký `{line}` không bắt đầu bằng TM., KT., TL., TUQ. hoặc Q."),
                    en: format!("signing authority `{line}` does not start with TM., KT., TL., TUQ. or Q."),
                },
                hint: tr! {
                    vi: "viết TM. (thay mặt), KT. (ký thay), TL. (thừa lệnh), TUQ. (thừa ủy quyền) hoặc Q. (quyền), ví dụ \"TM. ỦY BAN NHÂN DÂN\"",
                    en: "write TM., KT., TL., TUQ. or Q., e.g. \"TM. ỦY BAN NHÂN DÂN\"",
                },
            },
            RecipientsEmpty => Entry {
                code: "E-recipients-empty",
                text: tr! {
                    vi: "danh sách nơi nhận rỗng",
                    en: "the recipient list is empty",
                },
                hint: tr! {
                    vi: "thêm ít nhất \"Như trên\" (nếu có Kính gửi) và \"Lưu: VT\"",
                    en: "add at least \"Như trên\" (with addressees) and \"Lưu: VT\"",
                },
            },
            RecipientsNoArchive => Entry {
                code: "E-recipients-archive",
                text: tr! {
                    vi: "nơi nhận thiếu dòng lưu văn thư (\"Lưu: VT\")",
                    en: "the recipients lack the archive line (\"Lưu: VT\")",
                },
                hint: tr! {
                    vi: "thêm dòng cuối \"Lưu: VT\" (có thể thêm đơn vị soạn thảo và số bản)",
                    en: "add a last line \"Lưu: VT\" (optionally the drafting unit and copies)",
                },
            },
            RecipientsNoNhuTren => Entry {
                code: "W-recipients-nhu-tren",
                text: tr! {
                    vi: "văn bản có Kính gửi nhưng nơi nhận không bắt đầu bằng \"Như trên\"",
                    en: "the document has addressees but the recipients do not start with \"Như trên\"",
                },
                hint: tr! {
                    vi: "thêm \"Như trên\" làm dòng đầu tiên của nơi nhận",
                    en: "add \"Như trên\" as the first recipient",
                },
            },
            BadNumbering { value, allowed } => Entry {
                code: "E-numbering",
                text: tr! {
                    vi: format!("kiểu đánh số `{value}` không hợp lệ"),
                    en: format!("unknown numbering style `{value}`"),
                },
                hint: tr! {
                    vi: format!("dùng một trong: {allowed}"),
                    en: format!("use one of: {allowed}"),
                },
            },
            BadInclude { value, allowed } => Entry {
                code: "E-include",
                text: tr! {
                    vi: format!("`include: {value}` không có nghĩa"),
                    en: format!("`include: {value}` means nothing"),
                },
                hint: tr! {
                    vi: format!("dùng một trong: {allowed}"),
                    en: format!("use one of: {allowed}"),
                },
            },
            LayoutRange {
                option,
                value,
                range,
            } => Entry {
                code: "E-layout",
                text: tr! {
                    vi: format!("`{option}: {value}` nằm ngoài khoảng Nghị định 30/2020 cho phép ({range})"),
                    en: format!("`{option}: {value}` is outside what Decree 30/2020 allows ({range})"),
                },
                hint: tr! {
                    vi: "bỏ khóa này để dùng giá trị mặc định, hoặc chọn một giá trị trong khoảng",
                    en: "remove the key to use the default, or choose a value within the range",
                },
            },
            MixedPadding { padded, unpadded } => Entry {
                code: "W-zero-padding",
                text: tr! {
                    vi: format!("số đếm lúc có số 0 đứng trước (`{padded}`), lúc không (`{unpadded}`)"),
                    en: format!("counts are sometimes zero-padded (`{padded}`), sometimes not (`{unpadded}`)"),
                },
                hint: tr! {
                    vi: "chọn một cách viết và dùng thống nhất trong cả báo cáo",
                    en: "choose one way and use it throughout the report",
                },
            },
            MixedCapitalisation { word, upper, lower } => Entry {
                code: "W-capitalisation",
                text: tr! {
                    vi: format!("`{word}` đứng riêng được viết hoa {upper} lần và viết thường {lower} lần cho cùng một nơi"),
                    en: format!("standalone `{word}` is capitalised {upper} times and lower-case {lower} times for the same place"),
                },
                hint: tr! {
                    vi: "Phụ lục II Nghị định 30/2020: danh từ chung chỉ đơn vị hành chính viết thường (\"thành phố\", \"tỉnh\"); chọn một cách viết và dùng thống nhất",
                    en: "Decree 30/2020 Annex II: the common noun of an administrative unit is lower-case (\"thành phố\", \"tỉnh\"); choose one way and keep to it",
                },
            },
            MixedEllipses { forms } => Entry {
                code: "W-ellipsis",
                text: tr! {
                    vi: format!("dấu chấm lửng được viết nhiều kiểu: {forms}"),
                    en: format!("ellipses are written in several ways: {forms}"),
                },
                hint: tr! {
                    vi: "dùng một kiểu, ví dụ \"...\", trong cả báo cáo",
                    en: "use one form, e.g. \"...\", throughout the report",
                },
            },
            Template { detail } => Entry {
                code: "E-template",
                text: tr! {
                    vi: format!("mẫu Markdown lỗi:\n{detail}"),
                    en: format!("Markdown template error:\n{detail}"),
                },
                hint: tr! {
                    vi: "sửa mẫu theo cú pháp Tera, hoặc xóa tệp mẫu để dùng mẫu có sẵn",
                    en: "fix the template (Tera syntax), or delete the file to use the built-in one",
                },
            },
            Placeholder => Entry {
                code: "E-placeholder",
                text: tr! {
                    vi: "chỗ cần điền «điền: …» vẫn còn",
                    en: "a «điền: …» placeholder is still there",
                },
                hint: tr! {
                    vi: "thay cả đoạn «điền: …» bằng nội dung của kỳ này",
                    en: "replace the whole «điền: …» with this period's content",
                },
            },
            FileTooLarge {
                size,
                limit,
                folder,
            } => Entry {
                code: "E-file-too-large",
                text: match folder {
                    None => tr! {
                        vi: format!("tệp quá lớn: {size} byte, giới hạn {limit} byte"),
                        en: format!("file too large: {size} bytes, the limit is {limit}"),
                    },
                    Some(f) => tr! {
                        vi: format!("tệp {size} byte vượt phần còn lại ({limit} byte) của giới hạn {} MiB cho tất cả các tệp của thư mục dữ liệu", f >> 20),
                        en: format!("the file's {size} bytes go past what is left ({limit} bytes) of the {} MiB limit for all the files of the data folder", f >> 20),
                    },
                },
                hint: tr! {
                    vi: "một báo cáo không cần tệp lớn đến vậy; tách lĩnh vực thành nhiều tệp, hoặc kiểm tra xem có dán nhầm dữ liệu không",
                    en: "a report needs no file this large; split the sector into several files, or check for data pasted by mistake",
                },
            },
            TooManySectors { limit } => Entry {
                code: "E-too-many-sectors",
                text: tr! {
                    vi: format!("thư mục sectors/ có hơn {limit} tệp"),
                    en: format!("the sectors/ folder has more than {limit} files"),
                },
                hint: tr! {
                    vi: "gộp các lĩnh vực, hoặc kiểm tra xem có chép nhầm thư mục vào sectors/ không",
                    en: "merge sectors, or check that no folder was copied into sectors/ by mistake",
                },
            },
            OutsideFolder { target } => Entry {
                code: "E-outside-folder",
                text: tr! {
                    vi: format!("liên kết trỏ ra ngoài thư mục dữ liệu, tới {target}"),
                    en: format!("a link leads out of the data folder, to {target}"),
                },
                hint: tr! {
                    vi: "chép tệp vào thư mục dữ liệu thay vì liên kết tới nơi khác",
                    en: "copy the file into the data folder instead of linking elsewhere",
                },
            },
            Block(m) => return m.entry(read),
            Mark(m) => return m.entry(read),
            Pdf(m) => return m.entry(read),
            Figure(m) => return m.entry(read),
            Units(m) => return m.entry(read),
            OutputNotAFile => Entry {
                code: "E-output",
                text: tr! {
                    vi: "đường dẫn kết quả đã có và không phải tệp thường (là thư mục hoặc liên kết); chưa ghi tệp nào, các tệp cũ được giữ nguyên",
                    en: "the output path exists and is not a regular file (a folder or a link); nothing was written, previous outputs are left as they were",
                },
                hint: tr! {
                    vi: "xóa hoặc đổi tên nó, hoặc chọn thư mục --out khác",
                    en: "remove or rename it, or choose another --out folder",
                },
            },
            OutputsPartlyWritten { error, replaced } => Entry {
                code: "E-write",
                text: tr! {
                    vi: format!("không ghi được: {}; các tệp đã thay bằng bản mới mà không đặt lại được bản cũ: {replaced}; các tệp khác được giữ nguyên", error.text(Lang::Vi)),
                    en: format!("cannot be written: {}; these were replaced by the new version and could not be put back: {replaced}; the others are as they were", error.text(Lang::En)),
                },
                hint: tr! {
                    vi: "sửa lỗi ghi tệp rồi dựng lại: các tệp kết quả lúc này không cùng một lần dựng",
                    en: "fix the write problem and build again: the outputs are not from one build now",
                },
            },
            OutInsideData { data } => Entry {
                code: "E-out-inside-data",
                text: tr! {
                    vi: format!("thư mục kết quả nằm trong thư mục đầu vào {data}: kết quả sẽ ghi lẫn vào dữ liệu; chưa dựng gì"),
                    en: format!("the output folder is inside the input folder {data}: outputs would land among the data; nothing was built"),
                },
                hint: tr! {
                    vi: "chọn --out ở ngoài thư mục dữ liệu và thư mục mẫu, ví dụ out/",
                    en: "choose an --out outside the data and templates folders, e.g. out/",
                },
            },
            TemplatesDir => Entry {
                code: "E-templates-dir",
                text: tr! {
                    vi: "không có thư mục mẫu này (không tồn tại, hoặc là một tệp)",
                    en: "there is no such templates folder (it does not exist, or is a file)",
                },
                hint: tr! {
                    vi: "đưa đường dẫn tới thư mục chứa các tệp mẫu .md, hoặc bỏ --templates để dùng mẫu có sẵn",
                    en: "give the path of a folder of .md templates, or leave --templates out for the built-in ones",
                },
            },
            TemplateBudget { exceeded } => Entry {
                code: "E-template-budget",
                text: tr! {
                    vi: format!("{}; chưa ghi tệp nào", exceeded.text().vi),
                    en: format!("{}; nothing was written", exceeded.text().en),
                },
                hint: tr! {
                    vi: "một mẫu báo cáo không cần lặp hay lồng nhau đến vậy; sửa mẫu, hoặc xóa nó để dùng mẫu có sẵn",
                    en: "a report template needs no loops or nesting this large; fix the template, or delete it to use the built-in one",
                },
            },
            NoDataFolder => Entry {
                code: "E-data-dir",
                text: tr! {
                    vi: "không có thư mục dữ liệu này",
                    en: "there is no such data folder",
                },
                hint: tr! {
                    vi: "kiểm tra đường dẫn, ví dụ data/2021-04",
                    en: "check the path, e.g. data/2021-04",
                },
            },
        };
        read(entry)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn languages_parse_from_locales() {
        assert_eq!(Lang::parse("en_US.UTF-8"), Some(Lang::En));
        assert_eq!(Lang::parse("vi-VN"), Some(Lang::Vi));
        assert_eq!(Lang::parse("fr"), None);
    }

    #[test]
    fn codes_carry_their_severity() {
        assert_eq!(Message::NotNfc.severity(), Severity::Warning);
        assert_eq!(Message::EmptySector.severity(), Severity::Error);
        let m = Message::MissingKey {
            key: "summary".into(),
        };
        assert_ne!(m.text(Lang::Vi), m.text(Lang::En));
        assert!(m.hint(Lang::En).contains("summary"));
    }
}
